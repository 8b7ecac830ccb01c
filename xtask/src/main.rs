//! `cargo xtask run` and `cargo xtask test` (matklad's xtask pattern): install what a fresh
//! machine lacks (wasm target, pinned cargo tools, Debian Chromium, npm packages), build,
//! and run the portal or every check. Owns developer and CI automation; uses std only, so
//! it builds in seconds before anything else.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

mod pages;
mod site;

const WASM_BINDGEN: &str = "0.2.130";
const TRUNK: &str = "0.21.14";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = project_root();
    if let Err(e) = env::set_current_dir(&root) {
        eprintln!("xtask: cannot enter {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    let r = match args.first().map(String::as_str) {
        Some("run") => run(),
        Some("build") => install(false)
            .and_then(|()| site::build_front())
            .and_then(|()| site::build_server()),
        Some("test") => test(&args[1..]),
        Some("install") => install(true),
        Some("bench") => bench(args.get(1).map(String::as_str)),
        _ => {
            eprintln!(
                "usage: cargo xtask run | build | test [--skip-e2e] | bench [--pages] | install"
            );
            return ExitCode::from(2);
        }
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn cargo_bin() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env::var("HOME").unwrap_or_default()).join(".cargo"))
        .join("bin")
}

/// PATH with cargo's bin and the project's node_modules/.bin in front.
fn path_env() -> String {
    let mut parts = vec![
        cargo_bin().display().to_string(),
        Path::new("node_modules/.bin")
            .canonicalize()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    ];
    parts.push(env::var("PATH").unwrap_or_default());
    parts.retain(|p| !p.is_empty());
    parts.join(":")
}

fn cmd(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).env("PATH", path_env());
    c
}

fn step(name: &str, mut c: Command) -> Result {
    let t = Instant::now();
    println!("\n==> {name}");
    let status = c
        .status()
        .map_err(|e| format!("{name}: cannot start: {e}"))?;
    println!(
        "<== {name}: {} in {:.0?}",
        if status.success() { "ok" } else { "FAILED" },
        t.elapsed()
    );
    if status.success() {
        Ok(())
    } else {
        Err(format!("{name} failed ({status})"))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let o = cmd(program, args).output().ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|s| s.trim() == "0")
}

fn apt_install(packages: &[&str]) -> Result {
    let sudo = !is_root();
    let run = |args: &[&str]| {
        let mut c = if sudo {
            // sudo resets the environment: the frontend goes on its command line.
            let mut c = cmd("sudo", &["DEBIAN_FRONTEND=noninteractive", "apt-get"]);
            c.args(args);
            c
        } else {
            cmd("apt-get", args)
        };
        c.env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    step("apt-get update", run(&["update", "-qq"]))?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend_from_slice(packages);
    step(
        &format!("apt-get install {}", packages.join(" ")),
        run(&args),
    )
}

/// Install whatever is missing: for `run` the wasm target, wasm-bindgen-cli and the npm
/// packages (binaryen's wasm-opt); with `browser` (tests, `install`) also trunk, Chromium,
/// chromedriver and the test servers. No cargo-leptos (issue 14): `site` builds what it
/// built, so a fresh machine does not compile it.
fn install(browser: bool) -> Result {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        step(
            "rustup target add wasm32-unknown-unknown",
            cmd("rustup", &["target", "add", "wasm32-unknown-unknown"]),
        )?;
    }
    let components = output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    for c in ["clippy", "rustfmt"] {
        if !components.lines().any(|l| l.starts_with(c)) {
            step(
                &format!("rustup component add {c}"),
                cmd("rustup", &["component", "add", c]),
            )?;
        }
    }
    if !site::has_wasm_bindgen(WASM_BINDGEN) {
        // Not --locked: a locked dependency of 0.2.130 is missing from the registry.
        step(
            "install wasm-bindgen-cli",
            cmd(
                "cargo",
                &[
                    "install",
                    "wasm-bindgen-cli",
                    "--version",
                    WASM_BINDGEN,
                    "--force",
                ],
            ),
        )?;
    }
    // Issue 14: trunk builds only the static bundle, which `cargo xtask test` checks; the
    // portal (`cargo xtask run`) never needs it, so a first run does not wait for it.
    if browser && !output("trunk", &["--version"]).is_some_and(|v| v.contains(TRUNK)) {
        let mut c = cmd(
            "cargo",
            &["install", "--locked", "trunk", "--version", TRUNK],
        );
        c.env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16");
        step("install trunk", c)?;
    }
    if !Path::new("node_modules/.bin/wasm-opt").exists() || browser {
        step("npm ci", cmd("npm", &["ci", "--no-audit", "--no-fund"]))?;
    }
    if browser
        && !(Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists())
    {
        apt_install(&["chromium", "chromium-driver"])?;
    }
    if browser {
        test_servers()?;
    }
    Ok(())
}

/// The SMTP sink for the O4 tests (aiosmtpd from PyPI) in a virtual environment under
/// target/, so nothing of it is installed system-wide.
const AIOSMTPD: &str = "1.4.6";
const TEST_PYTHON: &str = "target/pyenv/bin/python";

fn test_servers() -> Result {
    // OpenLDAP (ppolicy, memberof) and a Samba AD domain controller for the directory tests
    // (P10, P11, D2), with the LDAP and ldb command-line tools that seed them; the tests start
    // their own servers on 127.0.0.1 (sspr-testservers).
    let needed = [
        ("/usr/sbin/slapd", "slapd"),
        ("/usr/bin/ldapadd", "ldap-utils"),
        ("/usr/sbin/samba", "samba-ad-dc"),
        (
            "/usr/share/samba/setup/ad-schema/AD_DS_Attributes__Windows_Server_2012_R2.ldf",
            "samba-ad-provision",
        ),
        ("/usr/bin/ldbmodify", "ldb-tools"),
    ];
    let missing: Vec<&str> = needed
        .iter()
        .filter(|(path, _)| !Path::new(path).exists())
        .map(|(_, package)| *package)
        .collect();
    let mut missing = missing;
    // PostgreSQL for the core suite's second run and the several-nodes tests (issue 9): any
    // Debian server under /usr/lib/postgresql/<major>/bin.
    let has_postgres = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| d.flatten().any(|e| e.path().join("bin/postgres").exists()))
        .unwrap_or(false);
    if !has_postgres {
        missing.push("postgresql");
    }
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
    let ok =
        output(TEST_PYTHON, &["-m", "aiosmtpd", "--version"]).is_some_and(|v| v.contains(AIOSMTPD));
    if !ok {
        step(
            "python venv for the test servers (target/pyenv)",
            cmd("python3", &["-m", "venv", "target/pyenv"]),
        )?;
        step(
            "pip install aiosmtpd (SMTP sink)",
            cmd(
                TEST_PYTHON,
                &[
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    &format!("aiosmtpd=={AIOSMTPD}"),
                ],
            ),
        )?;
    }
    Ok(())
}

fn run() -> Result {
    install(false)?;
    site::build_front()?;
    site::build_server()?;
    let listen = env::var("SSPR_LISTEN").unwrap_or_else(|_| "127.0.0.1:3000".into());
    println!(
        "\nsspr will listen on http://{listen}/ with the demo tenants (README.md lists the users);"
    );
    println!("messages go to http://{listen}/dev/outbox");
    let mut c = cmd("target/release/sspr", &["serve"]);
    if env::var_os("SSPR_DEMO_FILE").is_none() {
        c.env("SSPR_DEMO_FILE", "demo/demo.toml");
    }
    step("target/release/sspr serve (the demo)", c)
}

fn test(args: &[String]) -> Result {
    let e2e = !args.iter().any(|a| a == "--skip-e2e");
    let t = Instant::now();
    install(true)?;
    step(
        "cargo fmt --check",
        cmd("cargo", &["fmt", "--all", "--check"]),
    )?;
    step(
        "clippy (server, ssr)",
        cmd(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--exclude",
                "sspr-frontend",
                "--all-targets",
                "--features",
                "sspr-app/ssr",
                "--",
                "-D",
                "warnings",
            ],
        ),
    )?;
    step(
        "clippy (browser, hydrate)",
        cmd(
            "cargo",
            &[
                "clippy",
                "-p",
                "sspr-frontend",
                "-p",
                "sspr-app",
                "-p",
                "sspr-policy",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                "sspr-frontend/hydrate",
                "--",
                "-D",
                "warnings",
            ],
        ),
    )?;
    step(
        "clippy (static bundle, csr)",
        cmd(
            "cargo",
            &[
                "clippy",
                "-p",
                "sspr-csr",
                "--features",
                "csr",
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ],
        ),
    )?;
    // `--include-ignored`: the tests that need a real server (the SMTP sink) run here.
    let mut rust = cmd(
        "cargo",
        &[
            "test",
            "--workspace",
            "--exclude",
            "sspr-frontend",
            "--features",
            "sspr-app/ssr",
            "--",
            "--include-ignored",
        ],
    );
    // Absolute but not canonical: the venv's python is a symlink that must stay one.
    let python = env::current_dir()
        .map_err(|e| e.to_string())?
        .join(TEST_PYTHON);
    rust.env("SMTP_SINK_PYTHON", python);
    step("cargo test (Rust, with the SMTP sink)", rust)?;
    // The whole core integration suite again, on PostgreSQL (a server started by the tests).
    let mut pg = cmd(
        "cargo",
        &[
            "test",
            "-p",
            "sspr-core",
            "--test",
            "flows",
            "--",
            "--include-ignored",
        ],
    );
    pg.env("SSPR_TEST_DATABASE", "postgres");
    step("cargo test (the core suite on PostgreSQL)", pg)?;
    let mut wasm = cmd(
        "cargo",
        &[
            "test",
            "-p",
            "sspr-policy",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "wasm",
        ],
    );
    wasm.env("CHROMEDRIVER", "/usr/bin/chromedriver");
    step("wasm-bindgen-test (policy in headless Chromium)", wasm)?;
    // The static client-side bundle (Trunk.toml) is built every time, so it cannot rot; the
    // Playwright run serves it from another origin against the real portal.
    step(
        "trunk build (static client-side bundle into dist/)",
        cmd("trunk", &["build"]),
    )?;
    if e2e {
        step(
            "build sspr-devtools (static host for dist/)",
            cmd("cargo", &["build", "--release", "-p", "sspr-devtools"]),
        )?;
        let var = Path::new("target/e2e-var");
        let _ = std::fs::remove_dir_all(var);
        std::fs::create_dir_all(var).map_err(|e| format!("creating {}: {e}", var.display()))?;
        site::build_front()?;
        site::build_server()?;
        let mut server = cmd("target/release/sspr", &["serve"])
            .env("SSPR_DEMO_FILE", "demo/demo.toml")
            .env("SSPR_VAR_DIR", var)
            .env("SSPR_CONFIG", "end2end/sspr-e2e.toml")
            .env("SSPR_LOG", "info,sqlx=warn")
            // The teardown greps this log and the database for the secrets the tests used.
            .env("SSPR_LOG_FILE", "target/e2e-var/server.log")
            .spawn()
            .map_err(|e| format!("starting the portal: {e}"))?;
        let mut playwright = cmd("npx", &["playwright", "test"]);
        playwright.current_dir("end2end");
        let run = wait_ready("127.0.0.1:3000").and_then(|()| {
            step(
                "Playwright end-to-end (against the release portal)",
                playwright,
            )
        });
        let _ = server.kill();
        let _ = server.wait();
        if run.is_err() {
            // The server logs to a file during the run; show its end to explain a failure.
            let log = std::fs::read_to_string(var.join("server.log")).unwrap_or_default();
            let lines: Vec<&str> = log.lines().collect();
            eprintln!("--- last lines of {}/server.log ---", var.display());
            for l in &lines[lines.len().saturating_sub(40)..] {
                eprintln!("{l}");
            }
        }
        run?;
    }
    println!("\nall checks passed in {:.0?}", t.elapsed());
    Ok(())
}

fn rss_kib(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(|l| l.trim_start_matches("VmRSS:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

fn wait_ready(addr: &str) -> Result {
    use std::io::{Read, Write};
    let deadline = Instant::now() + std::time::Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(addr) {
            let _ = s.write_all(
                format!("GET /healthz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
                    .as_bytes(),
            );
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                return Ok(());
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
    Err(format!("{addr} not ready"))
}

/// The figures of docs/benchmarks.md, all on loopback, each load bounded in time.
fn wrk(name: &str, url: &str, cookie: Option<&str>) -> Result {
    let mut args = vec!["-t2", "-c32", "-d10s", "--latency"];
    let header;
    if let Some(c) = cookie {
        header = format!("Cookie: {c}");
        args.extend(["-H", header.as_str()]);
    }
    args.push(url);
    step(name, cmd("wrk", &args))
}

/// The limits of the benchmark's server: quotas per client off, a light captcha.
const BENCH_LIMITS: [(&str, &str); 7] = [
    ("SSPR_LIMITS_STARTS_PER_IP", "0"),
    ("SSPR_LIMITS_STARTS_PER_NETWORK", "0"),
    ("SSPR_LIMITS_SIGNINS_PER_IP", "0"),
    ("SSPR_LIMITS_SIGNINS_PER_NETWORK", "0"),
    ("SSPR_LIMITS_SENDS_PER_IP", "0"),
    ("SSPR_LIMITS_SENDS_PER_NETWORK", "0"),
    ("SSPR_LIMITS_CAPTCHA_BITS", "8"),
];

/// One engine's figures: the entry page and a mid-flow page under wrk, then start-reset at
/// 1,000 req/s, a mid-flow page under 400 junk sign-ins and B3's start timings, against a
/// fresh import of the demo tenants.
/// A benchmark's server on `addr`: a fresh import of the demo tenants into `var` and `db`,
/// then `sspr serve` with [`BENCH_LIMITS`].
fn bench_server(label: &str, db: &str, var: &Path, addr: &str) -> Result<std::process::Child> {
    let _ = std::fs::remove_dir_all(var);
    // Import in its own process, so idle RSS is the server's own (Argon2id's 19 MiB buffers
    // for the demo's hashes are not counted).
    let mut import = cmd(
        "target/release/sspr",
        &["import", "--replace", "demo/demo.toml"],
    );
    import.env("SSPR_VAR_DIR", var).env("SSPR_DATABASE_URL", db);
    step(&format!("{label}: import the demo tenants"), import)?;
    cmd("target/release/sspr", &["serve"])
        .env("SSPR_LISTEN", addr)
        .env("SSPR_VAR_DIR", var)
        .env("SSPR_DATABASE_URL", db)
        .env("SSPR_LOG", "warn")
        // Every load comes from 127.0.0.1: the per-client quotas (issue 10) would refuse it,
        // and the load generator solves a light proof of work per start.
        .envs(BENCH_LIMITS.iter().copied())
        .spawn()
        .map_err(|e| e.to_string())
}

fn bench_engine(label: &str, db: &str, var: &Path, addr: &str) -> Result {
    let mut server = bench_server(label, db, var, addr)?;
    let result = (|| -> Result {
        wait_ready(addr)?;
        std::thread::sleep(std::time::Duration::from_secs(2));
        println!("{label}: server RSS idle: {}", rss_kib(server.id()));
        wrk(
            &format!("wrk: {label}: entry page (SSR), 32 connections"),
            &format!("http://{addr}/?mkt=en-us"),
            None,
        )?;
        let cookie = output(
            "target/release/sspr-devtools",
            &[
                "flow-cookie",
                "--base",
                addr,
                "--user",
                "alice@demo.example",
            ],
        )
        .ok_or("no flow cookie")?;
        wrk(
            &format!("wrk: {label}: mid-flow /reset/verify with a flow cookie, 32 connections"),
            &format!("http://{addr}/reset/verify?mkt=en-us"),
            Some(cookie.trim()),
        )?;
        step(
            &format!("{label}: start-reset at 1000 req/s"),
            cmd(
                "target/release/sspr-devtools",
                &[
                    "start-reset",
                    "--base",
                    addr,
                    "--rate",
                    "1000",
                    "--seconds",
                    "10",
                ],
            ),
        )?;
        step(
            &format!("{label}: a mid-flow page alone, then under 400 junk sign-ins"),
            cmd(
                "target/release/sspr-devtools",
                &[
                    "signin-flood",
                    "--base",
                    addr,
                    "--cookie",
                    cookie.trim(),
                    "--concurrency",
                    "400",
                    "--seconds",
                    "10",
                ],
            ),
        )?;
        step(
            &format!("{label}: B3, start-reset medians per kind of user ID"),
            cmd(
                "target/release/sspr-devtools",
                &["b3-timing", "--base", addr, "--requests", "1000"],
            ),
        )?;
        println!(
            "{label}: server RSS after the load: {}",
            rss_kib(server.id())
        );
        Ok(())
    })();
    let _ = server.kill();
    let _ = server.wait();
    result
}

fn bench(only: Option<&str>) -> Result {
    install(false)?;
    if output("wrk", &["--version"]).is_none() && !Path::new("/usr/bin/wrk").exists() {
        apt_install(&["wrk"])?;
    }
    test_servers()?;
    site::build_front()?;
    site::build_server()?;
    step(
        "build sspr-devtools",
        cmd("cargo", &["build", "--release", "-p", "sspr-devtools"]),
    )?;
    let addr = "127.0.0.1:3100";
    // Issue 14: every page against its own bytes, and complete resets per second.
    pages::bench_pages(addr)?;
    if only == Some("--pages") {
        return Ok(());
    }
    // The bare-axum baseline serves the entry page's bytes, fetched from a SQLite run.
    bench_engine(
        "SQLite",
        "sqlite://target/bench-var/sspr.db",
        Path::new("target/bench-var"),
        addr,
    )?;
    // PostgreSQL: the server the tests use, on loopback, for the same run.
    let mut pg = Command::new("target/release/sspr-devtools")
        .arg("postgres")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut url = String::new();
    {
        use std::io::BufRead;
        let out = pg.stdout.take().ok_or("postgres: no stdout")?;
        std::io::BufReader::new(out)
            .read_line(&mut url)
            .map_err(|e| e.to_string())?;
    }
    let r = bench_engine(
        "PostgreSQL",
        url.trim(),
        Path::new("target/bench-var-pg"),
        addr,
    );
    drop(pg.stdin.take());
    let _ = pg.wait();
    r?;
    // The bare-axum baseline: the entry page's bytes, served by a handler that does nothing.
    let server = cmd("target/release/sspr", &["serve"])
        .env("SSPR_LISTEN", addr)
        .env("SSPR_VAR_DIR", "target/bench-var")
        .env("SSPR_DATABASE_URL", "sqlite://target/bench-var/sspr.db")
        .env("SSPR_LOG", "warn")
        .spawn()
        .map_err(|e| e.to_string());
    let mut server = server?;
    let fetched = wait_ready(addr).and_then(|_| {
        step(
            "fetch the entry page",
            cmd(
                "curl",
                &[
                    "-s",
                    "-o",
                    "target/bench-page.html",
                    &format!("http://{addr}/?mkt=en-us"),
                ],
            ),
        )
    });
    let _ = server.kill();
    let _ = server.wait();
    fetched?;
    println!(
        "entry page: {} bytes",
        std::fs::metadata("target/bench-page.html")
            .map(|m| m.len())
            .unwrap_or(0)
    );
    let mut bare = cmd(
        "target/release/sspr-devtools",
        &[
            "serve-bytes",
            "--file",
            "target/bench-page.html",
            "--listen",
            "127.0.0.1:3999",
        ],
    )
    .spawn()
    .map_err(|e| e.to_string())?;
    std::thread::sleep(std::time::Duration::from_secs(1));
    let r = wrk(
        "wrk: bare axum, the entry page's bytes, 32 connections",
        "http://127.0.0.1:3999/",
        None,
    );
    let _ = bare.kill();
    let _ = bare.wait();
    r
}
