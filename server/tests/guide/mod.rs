//! Issue 16: docs/admin-guide.md run as written. Its files (a code block whose first line is
//! `# /etc/...`) are written, its `sudo -u sspr sspr ...` commands and the systemd unit's
//! `ExecStart` are run from a folder that is not the repository, against a real OpenLDAP
//! with the guide's access rules and a Samba domain controller given the guide's delegated
//! rights. Only the install paths move into a temporary folder and the directory's address
//! becomes the test server's; nothing else of the guide is changed.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sspr_core::Config;
use sspr_core::directory::{Directory, Ldap};

use super::nodes::{free_port, http};

/// The delegated service account's password (the guide's `$SSPR_SVC_PASSWORD`).
const SVC: &str = "Svc-Acct-Passw0rd-2026";

const GUIDE: &str = include_str!("../../../docs/admin-guide.md");

/// A fenced block: its language and its text.
fn blocks() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String)> = None;
    for line in GUIDE.lines() {
        if let Some(fence) = line.strip_prefix("```") {
            match open.take() {
                Some(b) => out.push(b),
                None => open = Some((fence.trim().to_string(), String::new())),
            }
        } else if let Some((_, text)) = open.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out
}

/// The block whose first line is `first`.
fn block(first: &str) -> String {
    blocks()
        .into_iter()
        .map(|(_, t)| t)
        .find(|t| t.lines().next() == Some(first))
        .unwrap_or_else(|| panic!("the guide has no block starting {first:?}"))
}

/// The block of `lang` right after the one holding `line`.
fn block_after(line: &str, lang: &str) -> String {
    let b = blocks();
    let i = b
        .iter()
        .position(|(_, t)| t.lines().any(|l| l == line))
        .unwrap_or_else(|| panic!("no block holds {line:?}"));
    assert_eq!(b[i + 1].0, lang, "the block after {line:?}");
    b[i + 1].1.clone()
}

/// The install's folders under a temporary root.
struct Root {
    dir: PathBuf,
}

impl Root {
    fn new(name: &str) -> Root {
        let dir = std::env::temp_dir().join(format!("sspr-guide-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["etc", "var", "share/site/pkg"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        Root { dir }
    }

    /// The guide's absolute paths, moved under the root.
    fn moved(&self, text: &str) -> String {
        let d = self.dir.display();
        text.replace("/etc/sspr", &format!("{d}/etc"))
            .replace("/var/lib/sspr", &format!("{d}/var"))
            .replace("/usr/local/share/sspr", &format!("{d}/share"))
            .replace("/usr/local/bin/sspr", env!("CARGO_BIN_EXE_sspr"))
    }

    fn etc(&self, name: &str) -> PathBuf {
        self.dir.join("etc").join(name)
    }

    /// Write the guide's file `/etc/sspr/NAME` (its block), with `edit` applied.
    fn install(&self, first_line: &str, edit: impl Fn(String) -> String) -> PathBuf {
        let name = first_line
            .trim_start_matches("# /etc/sspr/")
            .split([',', ' '])
            .next()
            .unwrap();
        let path = self.etc(name);
        std::fs::write(&path, edit(self.moved(&block(first_line)))).unwrap();
        path
    }

    /// `sspr ARGS` as the guide runs it, from the root (not the repository), with no
    /// `SSPR_*` variable of the test's own environment.
    fn sspr(&self, args: &[String]) -> (bool, String, String) {
        let mut c = Command::new(env!("CARGO_BIN_EXE_sspr"));
        c.args(args).current_dir(&self.dir);
        for (k, _) in std::env::vars() {
            if k.starts_with("SSPR_") {
                c.env_remove(k);
            }
        }
        let out = c.env("SSPR_LOG", "error").output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

impl Root {
    /// `sspr --config CONFIG ARGS`.
    fn with(&self, config: &Path, args: &[&str]) -> (bool, String, String) {
        let mut all = vec!["--config".to_string(), config.display().to_string()];
        all.extend(args.iter().map(|a| a.to_string()));
        self.sspr(&all)
    }
}

impl Drop for Root {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The guide's `sudo -u sspr sspr ...` commands, in order, with their paths moved.
fn commands(root: &Root) -> Vec<(String, Vec<String>)> {
    blocks()
        .into_iter()
        .filter(|(lang, _)| lang == "sh")
        .flat_map(|(_, t)| t.lines().map(String::from).collect::<Vec<_>>())
        .filter_map(|l| {
            let args = l.strip_prefix("sudo -u sspr sspr ")?;
            let args = root.moved(args.split(" #").next().unwrap_or(args));
            Some((
                l.clone(),
                args.split_whitespace().map(String::from).collect(),
            ))
        })
        .collect()
}

/// The `url = ...` line of a `[directory]` block, pointed at the test's server.
fn with_url(text: String, url: &str) -> String {
    text.lines()
        .map(|l| {
            if l.starts_with("url = \"ldap") {
                format!("url = \"{url}\"")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn directory_of(config: &Path, env: &[(&str, &str)]) -> Ldap {
    let c = Config::load(
        Some(config),
        env.iter().map(|(k, v)| (k.to_string(), v.to_string())),
    )
    .unwrap();
    Ldap::new(c.directory.as_ref().expect("[directory]")).unwrap()
}

/// The unit's `ExecStart`, started with its `Environment`; killed on drop.
struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_unit(root: &Root) -> Service {
    let unit = root.moved(&block("# /etc/systemd/system/sspr.service"));
    let exec = unit
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .expect("ExecStart");
    let mut words = exec.split_whitespace();
    let mut c = Command::new(words.next().unwrap());
    c.args(words).current_dir(&root.dir);
    for (k, _) in std::env::vars() {
        if k.starts_with("SSPR_") {
            c.env_remove(k);
        }
    }
    for l in unit.lines().filter_map(|l| l.strip_prefix("Environment=")) {
        let (k, v) = l.split_once('=').unwrap();
        c.env(k, v);
    }
    Service(
        c.stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap(),
    )
}

fn wait_healthy(port: u16, service: &mut Service) {
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(60) {
        if http(port, "GET", "/healthz", None, None).is_some_and(|r| r.status == 200) {
            return;
        }
        if let Ok(Some(status)) = service.0.try_wait() {
            panic!("the guide's service exited ({status})");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the guide's service did not answer /healthz within 60 s");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs OpenLDAP slapd: `cargo xtask test` installs it and runs this"]
async fn issue16_the_guides_install_runs_as_written_against_openldap() {
    use sspr_testservers::{SUFFIX, Slapd};
    // The directory as the guide describes it: its access rules, its suffix and service
    // account, the policy entry `password_policy_dn` names (the test server's default).
    assert_eq!(SUFFIX, "dc=example,dc=org");
    let access = block("# slapd.conf, sspr's access");
    let mut slapd = Slapd::start_with_access(
        &access,
        &format!(
            "dn: uid=ada,ou=people,{SUFFIX}
objectClass: inetOrgPerson
uid: ada
cn: Ada Admin
sn: Admin
mail: ada@example.org
mobile: +81 90 1234 0001
userPassword: Ada-First-Passw0rd

dn: uid=olga,ou=people,{SUFFIX}
objectClass: inetOrgPerson
uid: olga
cn: Olga Staff
sn: Staff
mail: olga@example.org

dn: cn=staff,ou=groups,{SUFFIX}
objectClass: groupOfNames
cn: staff
member: uid=ada,ou=people,{SUFFIX}
member: uid=olga,ou=people,{SUFFIX}
"
        ),
    );
    let root = Root::new("openldap");
    // Step 2: the static files where the guide copies them (a marker stands for the build).
    std::fs::write(
        root.dir.join("share/site/pkg/sspr.css"),
        "/* the guide's site */",
    )
    .unwrap();
    std::fs::write(root.dir.join("share/site/pkg/sspr.js"), "").unwrap();
    // Step 4: the secrets, then the configuration on a free port and the test's slapd.
    std::fs::write(root.etc("smtp-password"), "relay-secret\n").unwrap();
    std::fs::copy(slapd.service_password_file(), root.etc("ldap-password")).unwrap();
    std::fs::copy(slapd.ca_file(), root.etc("ldap-ca.pem")).unwrap();
    let port = free_port();
    let listen = format!("127.0.0.1:{port}");
    let config = root.install("# /etc/sspr/sspr.toml", |t| {
        with_url(t.replace("127.0.0.1:3000", &listen), &slapd.url())
    });
    root.install("# /etc/sspr/tenants.toml", |t| t);

    // Steps 5 and 6, in the guide's order.
    let cmds = commands(&root);
    let names: Vec<&str> = cmds
        .iter()
        .map(|(_, a)| a.get(2).map(String::as_str).unwrap_or(""))
        .collect();
    assert_eq!(
        names,
        [
            "check-config",
            "directory",
            "import",
            "directory",
            "directory",
            "user",
            "backup",
            "rotate-key"
        ]
    );
    for (line, args) in &cmds {
        let (ok, out, err) = root.sspr(args);
        if args.contains(&"check-config".to_string()) {
            // Every part reached but the mail relay, which this test has not got: that line
            // fails, and so does the command; it sent and wrote nothing.
            assert!(!ok, "{out}");
            for part in [
                "configuration",
                "database",
                "server key",
                "static files",
                "directory",
            ] {
                assert!(
                    out.lines().any(|l| l.starts_with(&format!("{part}: ok"))),
                    "{part} in {out}"
                );
            }
            assert!(out.contains("smtp: FAILED"), "{out}");
            assert!(
                !out.contains("warning"),
                "the guide's file is production's: {out}"
            );
            assert!(!root.dir.join("var/sspr.db").exists());
            continue;
        }
        assert!(ok, "{line}\n{err}");
        if args.contains(&"test".to_string()) {
            // The output the guide shows is the output.
            assert_eq!(out, block_after(line, "text"), "{line}");
        }
        if args.contains(&"--dry-run".to_string()) {
            assert!(
                out.contains("create olga@example.org in tenant example"),
                "{out}"
            );
        }
        if args.contains(&"rotate-key".to_string()) {
            assert!(out.contains("new server key in place"), "{out}");
            assert!(root.dir.join("var/secret.key.old").exists());
        }
        if args.contains(&"show".to_string()) {
            assert!(
                out.contains("Global Administrator") && out.contains("hash_sync"),
                "{out}"
            );
        }
    }
    let (ok, out, err) = root.with(&config, &["user", "show", "olga@example.org"]);
    assert!(
        ok && out.contains("staff"),
        "sync brought Olga in: {out}{err}"
    );

    // Step 7: the unit's command, from a folder that is not the repository.
    let mut service = start_unit(&root);
    wait_healthy(port, &mut service);
    let page = http(port, "GET", "/", None, None).unwrap();
    assert_eq!(page.status, 200);
    assert!(page.body.contains("/pkg/sspr.css"), "{}", page.body);
    let ready = http(port, "GET", "/readyz", None, None).unwrap();
    assert_eq!((ready.status, ready.body.as_str()), (200, "ready"));
    let css = http(port, "GET", "/pkg/sspr.css", None, None).unwrap();
    assert_eq!(
        (css.status, css.body.as_str()),
        (200, "/* the guide's site */"),
        "static files come from site_dir"
    );
    // Issue 14: the directory down, the node is not ready (after the five seconds its
    // answer is reused) but alive; back up, ready again.
    slapd.stop();
    std::thread::sleep(Duration::from_millis(5200));
    let ready = http(port, "GET", "/readyz", None, None).unwrap();
    assert_eq!((ready.status, ready.body.as_str()), (503, "unavailable"));
    let alive = http(port, "GET", "/healthz", None, None).unwrap();
    assert_eq!(alive.status, 200);
    slapd.restart();
    std::thread::sleep(Duration::from_millis(5200));
    let ready = http(port, "GET", "/readyz", None, None).unwrap();
    assert_eq!(ready.status, 200, "ready again once the directory is back");
    // Issue 14: the directory's calls are counted by result, the pages by route.
    let metrics = http(port, "GET", "/metrics", None, None).unwrap();
    assert_eq!(metrics.status, 200);
    for line in [
        "sspr_directory_calls_total{op=\"reachable\",result=\"ok\"} 2",
        "sspr_directory_calls_total{op=\"reachable\",result=\"error\"} 1",
        "sspr_http_requests_total{route=\"/pkg/*\",status=\"200\"} 1",
        "sspr_http_requests_total{route=\"/readyz\",status=\"503\"} 1",
    ] {
        assert!(metrics.body.contains(line), "{line} in {}", metrics.body);
    }
    drop(service);
    assert!(
        root.dir.join("var/sspr.db").exists(),
        "the database is in var_dir"
    );
    assert!(root.dir.join("var/secret.key").exists());
    assert!(!root.dir.join("var/outbox").exists(), "outbox = false");

    // Step 9's restore: the backup's two files in place of var_dir's, and Olga is back.
    let backup = root.dir.join("var/backup-2026-12-02");
    for f in ["sspr.db-wal", "sspr.db-shm", "sspr.db", "secret.key"] {
        let _ = std::fs::remove_file(root.dir.join("var").join(f));
    }
    for f in ["sspr.db", "secret.key"] {
        std::fs::copy(backup.join(f), root.dir.join("var").join(f)).unwrap();
    }
    let (ok, out, err) = root.with(&config, &["user", "show", "olga@example.org"]);
    assert!(
        ok && out.contains("olga@example.org"),
        "restored: {out}{err}"
    );

    // The repository's deploy/ files are the guide's.
    for (file, first) in [
        ("deploy/sspr.service", "# /etc/systemd/system/sspr.service"),
        ("deploy/sspr.toml", "# /etc/sspr/sspr.toml"),
    ] {
        let shipped =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(file))
                .unwrap();
        assert_eq!(shipped, block(first), "{file} and the guide differ");
    }

    // The access rules are enough for what the portal does: clear a lock, write a password.
    let dir = directory_of(&config, &[]);
    for _ in 0..3 {
        assert!(
            !dir.check_password("ada@example.org", "wrong")
                .await
                .unwrap()
        );
    }
    assert!(
        !dir.check_password("ada@example.org", "Ada-First-Passw0rd")
            .await
            .unwrap(),
        "ppolicy locked Ada"
    );
    dir.unlock("ada@example.org").await.unwrap();
    dir.set_password("ada@example.org", "Ada-Second-Passw0rd")
        .await
        .unwrap();
    assert!(
        dir.check_password("ada@example.org", "Ada-Second-Passw0rd")
            .await
            .unwrap()
    );

    // The example with every key is a valid configuration that finds Ada by `uid`.
    let every = root.install("# /etc/sspr/sspr.toml, OpenLDAP with every key", |t| {
        with_url(t, &slapd.url())
    });
    let (ok, out, err) = root.with(&every, &["directory", "test", "--user", "ada@example.org"]);
    assert!(ok, "{err}");
    assert!(
        out.contains(&format!("ada@example.org is uid=ada,ou=people,{SUFFIX}"))
            && out.contains("at least 12 characters"),
        "{out}"
    );
    slapd.stop();
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Samba AD: `cargo xtask test` installs it and runs this"]
async fn issue16_the_guides_active_directory_example_works_with_only_the_delegated_rights() {
    use sspr_testservers::AD_BASE;
    let rights = blocks()
        .into_iter()
        .map(|(_, t)| t)
        .find(|t| t.starts_with("samba-tool user create sspr-svc"))
        .expect("the guide's samba-tool commands");
    let dc = domain(&rights);
    assert_eq!(AD_BASE, "DC=contoso,DC=example");
    let root = Root::new("ad");
    std::fs::write(root.etc("ad-password"), format!("{SVC}\n")).unwrap();
    std::fs::copy(dc.ca_file(), root.etc("ad-ca.pem")).unwrap();
    let config = root.install(
        "# /etc/sspr/sspr.toml, Active Directory with every key",
        |t| with_url(t, &dc.url()),
    );
    let test = |upn: &str| root.with(&config, &["directory", "test", "--user", upn]);
    let (ok, out, err) = test("alice@contoso.example");
    assert!(ok, "{err}");
    assert!(
        out.starts_with("bound as CN=sspr-svc,CN=Users,DC=contoso,DC=example; alice@contoso.example is CN=alice,CN=Users,")
            && out.contains("at least 12 characters, complexity"),
        "{out}"
    );
    let (ok, out, err) = test("bob@contoso.example");
    assert!(ok && out.contains("at least 16 characters"), "{out}{err}");

    // The delegated rights are enough: unlock (lockoutTime) and reset (Reset password).
    let dir = directory_of(&config, &[]);
    for _ in 0..3 {
        assert!(
            !dir.check_password("alice@contoso.example", "wrong")
                .await
                .unwrap()
        );
    }
    assert!(
        dc.query("(sAMAccountName=alice)", "lockoutTime")
            .iter()
            .any(|t| t != "0")
    );
    dir.unlock("alice@contoso.example").await.unwrap();
    assert!(
        dc.query("(sAMAccountName=alice)", "lockoutTime")
            .iter()
            .all(|t| t == "0")
    );
    dir.set_password("alice@contoso.example", "Spring-Garden-2027")
        .await
        .unwrap();
    assert!(
        dir.check_password("alice@contoso.example", "Spring-Garden-2027")
            .await
            .unwrap()
    );
    drop(dc);

    // Without the guide's read on the Password Settings Container, Bob's policy is not
    // silently the domain's: the test says which right is missing.
    let partial: String = rights
        .lines()
        .filter(|l| !l.contains("Password Settings Container"))
        .map(|l| format!("{l}\n"))
        .collect();
    let dc = domain(&partial);
    std::fs::copy(dc.ca_file(), root.etc("ad-ca.pem")).unwrap();
    let (ok, _, err) = test("bob@contoso.example");
    assert!(!ok && err.contains("Password Settings Container"), "{err}");
}

/// Alice, and Bob under a fine-grained policy of 16 characters, then `rights` (the guide's
/// `samba-tool` commands) run on the domain controller.
fn domain(rights: &str) -> sspr_testservers::SambaDc {
    sspr_testservers::SambaDc::start(|s| {
        s.tool(&[
            "user",
            "create",
            "alice",
            "Winter-Harbor-1984",
            "--use-username-as-cn",
            "--given-name=Alice",
            "--surname=Onprem",
        ]);
        s.tool(&[
            "user",
            "create",
            "bob",
            "Summer-Meadow-2001",
            "--use-username-as-cn",
        ]);
        // A fine-grained policy on Bob: seen only through the Password Settings Container.
        s.tool(&[
            "domain",
            "passwordsettings",
            "pso",
            "create",
            "long",
            "1",
            "--min-pwd-length=16",
            "--complexity=on",
        ]);
        s.tool(&["domain", "passwordsettings", "pso", "apply", "long", "bob"]);
        s.shell(rights, &[("SSPR_SVC_PASSWORD", SVC)]);
    })
}
