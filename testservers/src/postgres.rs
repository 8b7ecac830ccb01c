//! PostgreSQL for the tests: Debian's server binaries, a cluster made by `initdb` in a
//! temporary directory, listening on 127.0.0.1 only, trust authentication for the `sspr`
//! role on loopback, durability switched off (tests, not data). Started under the
//! `postgres` system user when the tests run as root (the server refuses root), through a
//! small shell that stops the server and removes its directory when our process goes away,
//! even when a shared server in a `static` is never dropped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use crate::{free_port, listening, run, temp_dir};

/// The role every test database belongs to.
pub const ROLE: &str = "sspr";

/// The newest installed server's binaries (`/usr/lib/postgresql/<major>/bin`).
fn bin_dir() -> PathBuf {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("postgres").exists().then_some((major, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, b)| b).unwrap_or_else(|| {
        panic!("no PostgreSQL server under /usr/lib/postgresql (run `cargo xtask test`, which installs Debian's postgresql)")
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// `program args...`, as the `postgres` user when we are root.
fn as_server_user(program: &Path, args: &[&str]) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program).args(args);
        c
    } else {
        let mut c = Command::new(program);
        c.args(args);
        c
    }
}

/// A PostgreSQL server on a free loopback port; stopped (and its directory removed) on drop
/// or when the test process exits.
pub struct Postgres {
    child: Option<Child>,
    stdin: Option<ChildStdin>,
    dir: PathBuf,
    port: u16,
}

impl Postgres {
    pub fn start() -> Postgres {
        let bin = bin_dir();
        let dir = temp_dir("postgres");
        let data = dir.join("data");
        if is_root() {
            run(
                Command::new("chown")
                    .args(["-R", "postgres:postgres"])
                    .arg(&dir),
                None,
            );
        }
        run(
            &mut as_server_user(
                &bin.join("initdb"),
                &[
                    "-D",
                    data.to_str().unwrap(),
                    "-U",
                    ROLE,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",
                ],
            ),
            None,
        );
        // Loopback only, whatever the cluster's defaults say.
        std::fs::write(
            data.join("pg_hba.conf"),
            "host all all 127.0.0.1/32 trust\nlocal all all trust\n",
        )
        .unwrap();
        let mut pg = Postgres {
            child: None,
            stdin: None,
            dir,
            port: free_port(),
        };
        pg.launch();
        pg
    }

    fn launch(&mut self) {
        let bin = bin_dir();
        let data = self.dir.join("data");
        let log = self.dir.join("server.log");
        // The shell reads our end of a pipe: when it closes (drop, or this process exiting
        // however it does) the server gets a fast shutdown and its directory goes; after a
        // line `keep` (a restart) the data stays.
        let script = format!(
            "{postgres} -D {data} -k {dir} -p {port} -c listen_addresses=127.0.0.1 \
             -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
             -c max_connections=400 -c shared_buffers=32MB >>{log} 2>&1 & p=$!; \
             read line; kill -INT $p; wait $p; [ \"$line\" = keep ] || rm -rf {dir}",
            postgres = bin.join("postgres").display(),
            data = data.display(),
            dir = self.dir.display(),
            port = self.port,
            log = log.display(),
        );
        let mut child = as_server_user(Path::new("/bin/sh"), &["-c", &script])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start postgres");
        let stdin = child.stdin.take();
        for _ in 0..300 {
            if listening(self.port) {
                self.child = Some(child);
                self.stdin = stdin;
                return;
            }
            if let Ok(Some(status)) = child.try_wait() {
                let log = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("postgres exited ({status}) before listening:\n{log}");
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!(
            "postgres did not listen on 127.0.0.1:{} within 30 s",
            self.port
        );
    }

    /// The URL of database `db` for the `sspr` role.
    pub fn url(&self, db: &str) -> String {
        format!("postgres://{ROLE}@127.0.0.1:{}/{db}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// A new, empty database; its URL.
    pub fn create_database(&self) -> String {
        static N: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "t{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        run(
            Command::new(bin_dir().join("psql"))
                .args(["-X", "-q", "-h", "127.0.0.1", "-U", ROLE, "-d", "postgres"])
                .arg("-p")
                .arg(self.port.to_string())
                .arg("-c")
                .arg(format!("CREATE DATABASE {name}")),
            None,
        );
        self.url(&name)
    }

    /// Stop the server (fast shutdown: clients are disconnected); `restart` brings it back
    /// on the same port with the same data.
    pub fn stop(&mut self) {
        self.halt(true);
    }

    pub fn restart(&mut self) {
        self.halt(true);
        self.launch();
    }

    fn halt(&mut self, keep: bool) {
        if let Some(mut stdin) = self.stdin.take()
            && keep
        {
            let _ = stdin.write_all(b"keep\n");
            let _ = stdin.flush();
        }
        if let Some(mut c) = self.child.take() {
            let _ = c.wait();
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        self.halt(false);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
