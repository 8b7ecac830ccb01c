//! Several nodes on one PostgreSQL (issue 9): real `sspr serve` processes on 127.0.0.1,
//! sharing a database started by the test and a server key, spoken to over plain HTTP/1.1
//! as a browser without JavaScript would (forms, redirects, one cookie). Nothing that
//! arbitrates between requests may live in a process: a flow continues on another node,
//! throttles and single-use codes hold across nodes, each notice is sent once, a killed node
//! loses nothing, and a database restart is survived without restarting a node.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sspr_testservers::Postgres;

use super::SmtpSink;

const FIXTURE: &str = r#"
[[tenant]]
id = "n"
name = "Nodes Ltd"
domains = ["nodes.example"]
sender = "no-reply@nodes.example"
[tenant.policy]
scope = "all"
methods = ["email"]
allow_unlock = false

[[user]]
upn = "alice@nodes.example"
display_name = "Alice"
primary_email = "alice@nodes.example"
alternate_email = "alice@home.example"
password = "Old-Passw0rd-Alice"

[[user]]
upn = "bob@nodes.example"
display_name = "Bob"
alternate_email = "bob@home.example"

[[user]]
upn = "carl@nodes.example"
display_name = "Carl"
alternate_email = "carl@home.example"

[[user]]
upn = "dina@nodes.example"
display_name = "Dina"
alternate_email = "dina@home.example"
"#;

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A reply as the browser sees it.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn location(&self) -> &str {
        self.header("location").unwrap_or("")
    }
}

/// One HTTP/1.1 request with `Connection: close`; `None` when the node cannot be reached.
/// Every test client is 127.0.0.1: the per-client quotas (issue 10, tested on their own)
/// are off here, and a light proof of work keeps the tests quick (checked the same way).
const NODE_LIMITS: [(&str, &str); 5] = [
    ("SSPR_LIMITS_STARTS_PER_IP", "0"),
    ("SSPR_LIMITS_STARTS_PER_NETWORK", "0"),
    ("SSPR_LIMITS_SENDS_PER_IP", "0"),
    ("SSPR_LIMITS_SENDS_PER_NETWORK", "0"),
    ("SSPR_LIMITS_CAPTCHA_BITS", "8"),
];

pub(crate) fn http(
    port: u16,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<&str>,
) -> Option<Reply> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let body = form.unwrap_or("");
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nAccept: text/html\r\nSec-Fetch-Site: same-origin\r\n"
    );
    if let Some(c) = cookie {
        req.push_str(&format!("Cookie: {c}\r\n"));
    }
    if form.is_some() {
        req.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split(' ').nth(1)?.parse().ok()?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    Some(Reply {
        status,
        headers,
        body,
    })
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> &'a str {
    let i = s.find(start).map(|i| i + start.len()).expect(start);
    &s[i..i + s[i..].find(end).expect(end)]
}

fn enc(s: &str) -> String {
    s.replace('@', "%40").replace('+', "%2B")
}

/// One `sspr serve` process.
struct Node {
    child: Option<Child>,
    port: u16,
    var: PathBuf,
}

impl Node {
    fn start(db: &str, var: &Path, config: Option<&Path>) -> Node {
        let port = free_port();
        let mut c = Command::new(env!("CARGO_BIN_EXE_sspr"));
        c.arg("serve")
            .env("SSPR_LISTEN", format!("127.0.0.1:{port}"))
            .env("SSPR_DATABASE_URL", db)
            .env("SSPR_VAR_DIR", var)
            .env("SSPR_LOG", "warn")
            .envs(NODE_LIMITS)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(cfg) = config {
            c.env("SSPR_CONFIG", cfg);
        }
        let child = c.spawn().unwrap();
        let mut node = Node {
            child: Some(child),
            port,
            var: var.to_path_buf(),
        };
        node.wait_ready();
        node
    }

    fn wait_ready(&mut self) {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(60) {
            if http(self.port, "GET", "/healthz", None, None).is_some_and(|r| r.status == 200) {
                return;
            }
            if let Some(c) = self.child.as_mut()
                && let Ok(Some(status)) = c.try_wait()
            {
                panic!("sspr serve exited ({status}) before it was ready");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("sspr serve on port {} not ready within 60 s", self.port);
    }

    /// `kill -9`: no shutdown of any kind.
    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// The newest one-time code this node wrote to its outbox for `to`.
    fn code_for(&self, to: &str) -> String {
        let t = Instant::now();
        while t.elapsed() < Duration::from_secs(10) {
            let mut names: Vec<PathBuf> = std::fs::read_dir(self.var.join("outbox"))
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            names.sort();
            for p in names.iter().rev() {
                let msg: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap();
                if msg["to"] == to {
                    let body = msg["body"].as_str().unwrap_or("");
                    let digits: String = body
                        .split(|c: char| !c.is_ascii_digit())
                        .find(|w| w.len() == 6)
                        .unwrap_or("")
                        .into();
                    assert_eq!(digits.len(), 6, "no code in {body}");
                    return digits;
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("no code for {to} in {}", self.var.display());
    }

    /// Start a reset for `upn`: the flow cookie.
    fn start_reset(&self, upn: &str) -> String {
        let entry = http(self.port, "GET", "/", None, None).expect("entry page");
        let id = between(&entry.body, "name=\"captcha_id\" value=\"", "\"").to_string();
        let bits: u8 = between(&entry.body, "data-bits=\"", "\"").parse().unwrap();
        let sum = sspr_core::flow::Captcha {
            id: id.clone(),
            bits,
        }
        .solve();
        let r = self
            .post(
                "/api/start",
                None,
                &format!(
                    "username={}&captcha_id={id}&captcha_answer={sum}&mkt=en-us",
                    enc(upn)
                ),
            )
            .expect("start");
        assert_eq!(r.status, 302, "{r:?}");
        assert!(
            r.location().starts_with("/reset/verify"),
            "{}",
            r.location()
        );
        r.header("set-cookie")
            .and_then(|c| c.split(';').next())
            .expect("flow cookie")
            .to_string()
    }

    fn post(&self, path: &str, cookie: Option<&str>, form: &str) -> Option<Reply> {
        http(self.port, "POST", path, cookie, Some(form))
    }

    /// Submit the code; it must move the flow to the new-password step.
    fn prove(&self, flow: &str, code: &str) {
        let r = self
            .post("/api/code", Some(flow), &format!("code={code}"))
            .unwrap();
        assert!(
            r.location().starts_with("/reset/password") && !r.location().contains("e="),
            "{r:?}"
        );
    }

    /// Set the new password; the flow must be done.
    fn finish(&self, flow: &str, password: &str) {
        let r = self
            .post(
                "/api/password",
                Some(flow),
                &format!("password={password}&confirm={password}"),
            )
            .unwrap();
        assert!(r.location().starts_with("/reset/done"), "{r:?}");
    }

    fn stop_gracefully(&mut self) {
        self.kill();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.stop_gracefully();
    }
}

/// A fresh folder for the test's files, removed when it drops.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("sspr-nodes-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The database imported once, and two var dirs that share one server key (README: every
/// node needs the same `secret.key`).
fn cluster(scratch: &Path, db: &str) -> (PathBuf, PathBuf) {
    let (a, b) = (scratch.join("a"), scratch.join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let file = scratch.join("nodes.toml");
    std::fs::write(&file, FIXTURE).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_sspr"))
        .arg("import")
        .arg(&file)
        .env("SSPR_DATABASE_URL", db)
        .env("SSPR_VAR_DIR", &a)
        .env("SSPR_LOG", "error")
        .envs(NODE_LIMITS)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::copy(a.join("secret.key"), b.join("secret.key")).unwrap();
    (a, b)
}

#[test]
#[ignore = "needs PostgreSQL: `cargo xtask test` installs it and runs this"]
fn issue9_two_nodes_share_flows_throttles_and_codes_and_a_killed_node_loses_nothing() {
    let pg = Postgres::start();
    let db = pg.create_database();
    let scratch = Scratch::new("share");
    let (var_a, var_b) = cluster(&scratch.0, &db);
    let mut a = Node::start(&db, &var_a, None);
    let b = Node::start(&db, &var_b, None);

    // A reset started on node A continues on node B: the code A sent is checked by B, and
    // B sets the password.
    let flow = a.start_reset("alice@nodes.example");
    let r = a.post("/api/select", Some(&flow), "option=email0").unwrap();
    assert!(r.location().starts_with("/reset/verify"), "{r:?}");
    let code = a.code_for("alice@home.example");
    b.prove(&flow, &code);
    b.finish(&flow, "New-Passw0rd-Kite-1");
    let page = http(a.port, "GET", "/reset/done", Some(&flow), None).unwrap();
    assert_eq!(page.status, 200);

    // SPEC 16 across nodes: 200 wrong codes at once for one user, half to each node. Exactly
    // five count as failures; every other one is refused as blocked.
    let flow = a.start_reset("bob@nodes.example");
    a.post("/api/select", Some(&flow), "option=email0").unwrap();
    let real = a.code_for("bob@home.example");
    let wrong = if real == "000000" { "111111" } else { "000000" };
    let ports = [a.port, b.port];
    let outcomes: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..200)
            .map(|i| {
                let flow = flow.clone();
                let port = ports[i % 2];
                s.spawn(move || {
                    http(
                        port,
                        "POST",
                        "/api/code",
                        Some(&flow),
                        Some(&format!("code={wrong}")),
                    )
                    .map(|r| r.location().to_string())
                    .unwrap_or_else(|| "unreachable".into())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let wrong_counted = outcomes
        .iter()
        .filter(|l| l.contains("e=code-wrong"))
        .count();
    let blocked = outcomes.iter().filter(|l| l.contains("e=blocked")).count();
    assert_eq!(
        (wrong_counted, blocked),
        (5, 195),
        "every answer: {:?}",
        outcomes
            .iter()
            .filter(|l| !l.contains("e=blocked"))
            .collect::<Vec<_>>()
    );
    // Blocked for real: the right code is refused too, on either node.
    let r = b
        .post("/api/code", Some(&flow), &format!("code={real}"))
        .unwrap();
    assert!(r.location().contains("e=blocked"), "{r:?}");

    // One valid code sent to both nodes at once: exactly one of them accepts it.
    let flow = b.start_reset("carl@nodes.example");
    b.post("/api/select", Some(&flow), "option=email0").unwrap();
    let code = b.code_for("carl@home.example");
    let answers: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = ports
            .iter()
            .flat_map(|p| [*p, *p])
            .map(|port| {
                let (flow, code) = (flow.clone(), code.clone());
                s.spawn(move || {
                    http(
                        port,
                        "POST",
                        "/api/code",
                        Some(&flow),
                        Some(&format!("code={code}")),
                    )
                    .map(|r| r.location().to_string())
                    .unwrap_or_default()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    // The others are told the code is used, at the step the winner moved the flow to.
    let accepted = answers
        .iter()
        .filter(|l| l.starts_with("/reset/password") && !l.contains("e="))
        .count();
    let used = answers.iter().filter(|l| l.contains("e=code-used")).count();
    assert_eq!((accepted, used), (1, 3), "{answers:?}");

    // kill -9 node A mid-flow: the flow, its pending code and the user's lock live in the
    // database, so node B carries on.
    let flow = a.start_reset("dina@nodes.example");
    a.post("/api/select", Some(&flow), "option=email0").unwrap();
    let code = a.code_for("dina@home.example");
    a.kill();
    b.prove(&flow, &code);
    b.finish(&flow, "New-Passw0rd-Lamp-1");

    // The administrator's commands read the same database.
    let cli = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_sspr"))
            .args(args)
            .env("SSPR_DATABASE_URL", &db)
            .env("SSPR_VAR_DIR", &var_b)
            .env("SSPR_LOG", "error")
            .envs(NODE_LIMITS)
            .envs(NODE_LIMITS)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "sspr {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let report: serde_json::Value = serde_json::from_str(&cli(&["report", "--json"])).unwrap();
    assert_eq!(report["resets"], 2, "{report}");
    let audit = cli(&["audit", "--user", "bob@nodes.example"]);
    let refused = audit
        .lines()
        .filter(|l| l.contains("\"reason\":\"code-wrong\""))
        .count();
    assert_eq!(refused, 5, "{audit}");
    assert!(cli(&["user", "show", "dina@nodes.example"]).contains("dina@home.example"));
    assert!(cli(&["policy", "show", "n"]).contains("methods"));
}

#[test]
#[ignore = "needs PostgreSQL and the aiosmtpd SMTP sink: `cargo xtask test` installs them and runs this"]
fn issue9_two_mail_workers_deliver_each_notice_once() {
    let pg = Postgres::start();
    let db = pg.create_database();
    let scratch = Scratch::new("mail");
    let (var_a, var_b) = cluster(&scratch.0, &db);
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert, key) = (scratch.0.join("cert.pem"), scratch.0.join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    let maildir = scratch.0.join("maildir");
    let smtp_port = free_port();
    let _sink = SmtpSink::start(smtp_port, &cert, &key, &maildir);
    let config = scratch.0.join("sspr.toml");
    std::fs::write(
        &config,
        format!(
            "[smtp]\nhost = \"localhost\"\nport = {smtp_port}\nstarttls = true\nca_file = \"{}\"\n",
            cert.display()
        ),
    )
    .unwrap();
    let a = Node::start(&db, &var_a, Some(&config));
    let b = Node::start(&db, &var_b, Some(&config));
    // Four resets, two finished on each node: four O1 notices to each user's addresses,
    // queued in the shared database where both nodes' workers claim them.
    let users = ["alice", "bob", "carl", "dina"];
    for (i, u) in users.iter().enumerate() {
        let (first, second) = if i % 2 == 0 { (&a, &b) } else { (&b, &a) };
        let flow = first.start_reset(&format!("{u}@nodes.example"));
        first
            .post("/api/select", Some(&flow), "option=email0")
            .unwrap();
        // Codes go by SMTP now: read the sink.
        let code = code_in_maildir(&maildir, &format!("{u}@home.example"));
        second.prove(&flow, &code);
        second.finish(&flow, "Fresh-Passw0rd-99");
    }
    // Alice has two addresses (primary and alternate), the others one: five notices.
    let t = Instant::now();
    let notices = loop {
        let n = subjects(&maildir)
            .into_iter()
            .filter(|s| s.contains("password was reset"))
            .count();
        if n >= 5 || t.elapsed() > Duration::from_secs(60) {
            break n;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    // Time for a duplicate to arrive, were there one.
    std::thread::sleep(Duration::from_secs(3));
    let again = subjects(&maildir)
        .into_iter()
        .filter(|s| s.contains("password was reset"))
        .count();
    assert_eq!((notices, again), (5, 5));
}

fn mails(maildir: &Path) -> Vec<String> {
    std::fs::read_dir(maildir.join("new"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .collect()
}

fn subjects(maildir: &Path) -> Vec<String> {
    mails(maildir)
        .iter()
        .map(|m| super::subject_of(m))
        .collect()
}

/// The code in the newest mail to `to`.
fn code_in_maildir(maildir: &Path, to: &str) -> String {
    let t = Instant::now();
    while t.elapsed() < Duration::from_secs(20) {
        for m in mails(maildir) {
            if m.contains(&format!("To: {to}")) {
                let text = m.replace("=\r\n", "").replace("=\n", "");
                if let Some(code) = text
                    .split(|c: char| !c.is_ascii_digit())
                    .find(|w| w.len() == 6)
                {
                    return code.to_string();
                }
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no code for {to} at the SMTP sink");
}

#[test]
#[ignore = "needs PostgreSQL: `cargo xtask test` installs it and runs this"]
fn issue9_postgresql_restarted_under_load_the_clear_page_then_success_without_a_node_restart() {
    let mut pg = Postgres::start();
    let db = pg.create_database();
    let scratch = Scratch::new("restart");
    let (var_a, _) = cluster(&scratch.0, &db);
    let a = Node::start(&db, &var_a, None);
    let flow = a.start_reset("alice@nodes.example");
    // Load all through the outage: four clients reading the flow page and the entry page.
    // Every request must get an answer (no dropped connection, no panic): a page, the
    // clear "try again later" page, or a redirect.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let load: Vec<_> = (0..4)
        .map(|i| {
            let (stop, flow, port) = (stop.clone(), flow.clone(), a.port);
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    let r = if i % 2 == 0 {
                        http(port, "GET", "/reset/verify", Some(&flow), None)
                    } else {
                        http(port, "GET", "/?mkt=en-us", None, None)
                    };
                    statuses.push(r.map(|r| r.status));
                    std::thread::sleep(Duration::from_millis(5));
                }
                statuses
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    pg.stop();
    // While it is down: the flow page is the clear "try again later" page (no panic, no
    // empty or internal body), a form post redirects to it, and /readyz says unavailable.
    let page = http(a.port, "GET", "/reset/verify", Some(&flow), None).expect("the node answers");
    assert_eq!(page.status, 503, "{page:?}");
    assert!(page.body.contains("<html"), "{}", page.body);
    assert!(
        page.body.contains("Try again later") || page.body.contains("try again later"),
        "{}",
        page.body
    );
    assert!(
        !page.body.contains("sqlx") && !page.body.contains("Database"),
        "{}",
        page.body
    );
    let post = a
        .post("/api/select", Some(&flow), "option=email0")
        .expect("the node answers");
    assert!(post.status == 302 || post.status == 503, "{post:?}");
    // Issue 14: not ready, but alive (a database outage is no reason to restart a node).
    let ready = http(a.port, "GET", "/readyz", None, None).unwrap();
    assert_eq!((ready.status, ready.body.as_str()), (503, "unavailable"));
    let alive = http(a.port, "GET", "/healthz", None, None).unwrap();
    assert_eq!((alive.status, alive.body.as_str()), (200, "ok"));
    // Back: the same node serves again, the flow started before the outage included.
    pg.restart();
    let t = Instant::now();
    while http(a.port, "GET", "/readyz", None, None).is_none_or(|r| r.status != 200) {
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "the node did not recover"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let statuses: Vec<Option<u16>> = load.into_iter().flat_map(|t| t.join().unwrap()).collect();
    assert!(statuses.len() > 20, "the load ran: {statuses:?}");
    assert!(
        statuses
            .iter()
            .all(|s| matches!(s, Some(200) | Some(302) | Some(303) | Some(503))),
        "every request answered with a page: {statuses:?}"
    );
    assert!(statuses.contains(&Some(503)) && statuses.contains(&Some(200)));
    let r = a.post("/api/select", Some(&flow), "option=email0").unwrap();
    assert!(
        r.location().starts_with("/reset/verify") && !r.location().contains("e="),
        "{r:?}"
    );
    let code = a.code_for("alice@home.example");
    a.prove(&flow, &code);
    let fresh = a.start_reset("bob@nodes.example");
    assert!(!fresh.is_empty());
}
