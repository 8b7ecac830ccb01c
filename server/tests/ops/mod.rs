//! Issue 14, operating the portal: `sspr check-config` against a real SMTP sink (up, then
//! down), `sspr backup` restored with its key (and useless without it), and a SIGTERM that
//! lets a request in flight finish before the process exits cleanly.

use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sspr_core::Config;
use sspr_core::store::TotpKind;

use super::nodes::{free_port, http};
use super::{Cli, SmtpSink};

#[test]
#[ignore = "needs the SMTP sink (aiosmtpd): `cargo xtask test` installs it and runs this"]
fn issue14_check_config_reaches_each_part_and_fails_on_the_one_that_is_down() {
    let cli = Cli::new("check-config");
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert, key) = (cli.dir.join("cert.pem"), cli.dir.join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    let site = cli.dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    for f in ["sspr.js", "sspr.css"] {
        std::fs::write(site.join("pkg").join(f), "").unwrap();
    }
    let port = free_port();
    let maildir = cli.dir.join("maildir");
    let conf = cli.dir.join("sspr.toml");
    std::fs::write(
        &conf,
        format!(
            "outbox = false\nsite_dir = \"{}\"\n[smtp]\nhost = \"localhost\"\nport = {port}\nca_file = \"{}\"\n",
            site.display(),
            cert.display()
        ),
    )
    .unwrap();
    let conf = conf.to_str().unwrap().to_string();
    let check = || cli.run(&["--config", &conf, "check-config"]);

    let sink = SmtpSink::start(port, &cert, &key, &maildir);
    let (ok, out, err) = check();
    assert!(ok, "{out}{err}");
    for want in [
        "configuration: ok",
        "database: ok, SQLite",
        "(created at the first start)",
        "static files: ok",
        &format!("smtp: ok, localhost:{port} took a session"),
    ] {
        assert!(out.contains(want), "{want} in {out}");
    }
    assert!(!out.contains("FAILED") && !out.contains("warning"), "{out}");
    // Nothing was written: no database, no key, no mail.
    assert!(!cli.dir.join("sspr.db").exists() && !cli.dir.join("secret.key").exists());
    let mails = std::fs::read_dir(maildir.join("new"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(mails, 0);

    // The relay is down: that line fails, the command fails, the rest still says ok.
    drop(sink);
    let (ok, out, _) = check();
    assert!(!ok, "{out}");
    assert!(
        out.contains("smtp: FAILED") && out.contains("database: ok"),
        "{out}"
    );
    // The static files are missing: said, with what to set.
    std::fs::remove_dir_all(&site).unwrap();
    let (ok, out, _) = check();
    assert!(
        !ok && out.contains("static files: FAILED: no pkg/sspr.js") && out.contains("site_dir"),
        "{out}"
    );
    // A typo in the file is named before anything is reached.
    std::fs::write(&conf, "outbx = false\n").unwrap();
    let (ok, _, err) = check();
    assert!(!ok && err.contains("outbx"), "{err}");
}

const TOTP_USER: &str = r#"
[[tenant]]
id = "b"
name = "Backup Ltd"
domains = ["backup.example"]
sender = "no-reply@backup.example"
[tenant.policy]
scope = "all"
methods = ["email", "software_oath"]

[[user]]
upn = "frank@backup.example"
display_name = "Frank"
totp = [{ kind = "app", secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }]
"#;

/// The sealed authenticator secrets of `upn`, opened with the node's key (None: cannot).
async fn opened(ctx: &sspr_server_fns::AppCtx, upn: &str) -> Vec<Option<Vec<u8>>> {
    let core = &ctx.core;
    let u = core
        .store
        .user_by_upn(upn)
        .await
        .unwrap()
        .expect("the user");
    let creds = core
        .store
        .conn()
        .await
        .unwrap()
        .c()
        .totp_credentials(u.id, TotpKind::App)
        .await
        .unwrap();
    creds.iter().map(|c| core.crypto.open(&c.secret)).collect()
}

fn config_in(dir: &std::path::Path) -> Config {
    Config::load(
        None,
        [(
            "SSPR_VAR_DIR".to_string(),
            dir.to_string_lossy().into_owned(),
        )],
    )
    .unwrap()
}

#[tokio::test]
async fn issue14_a_backup_taken_while_serving_restores_with_its_key() {
    let tmp = Cli::new("backup");
    let live = tmp.dir.join("live");
    let ctx = sspr::build_state(config_in(&live)).await.unwrap();
    let core = &ctx.core;
    sspr_core::import::import(
        &core.store,
        &core.crypto,
        &core.config.limits,
        TOTP_USER,
        false,
        0,
    )
    .await
    .unwrap();
    let before = opened(&ctx, "frank@backup.example").await;
    assert!(matches!(before.as_slice(), [Some(_)]), "{before:?}");

    // Online: the live database stays open while the copy is taken.
    let dir = tmp.dir.join("backup-1");
    let b = sspr::ops::backup(&core.store, &core.config, &dir)
        .await
        .unwrap();
    assert_eq!(b.database.as_deref(), Some(dir.join("sspr.db").as_path()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!((mode(&dir), mode(&b.key)), (0o700, 0o600));
        assert_eq!(mode(b.database.as_deref().unwrap()), 0o600);
    }
    // Never over an earlier backup.
    let again = sspr::ops::backup(&core.store, &core.config, &dir).await;
    assert!(again.unwrap_err().to_string().contains("exists"));

    // Restored as the guide says (both files into a new var_dir): the same secrets open.
    let restored = tmp.dir.join("restored");
    std::fs::create_dir_all(&restored).unwrap();
    for f in ["sspr.db", "secret.key"] {
        std::fs::copy(dir.join(f), restored.join(f)).unwrap();
    }
    let back = sspr::build_state(config_in(&restored)).await.unwrap();
    assert_eq!(opened(&back, "frank@backup.example").await, before);

    // The database without its key: the user is there, the secrets are not readable.
    let keyless = tmp.dir.join("keyless");
    std::fs::create_dir_all(&keyless).unwrap();
    std::fs::copy(dir.join("sspr.db"), keyless.join("sspr.db")).unwrap();
    let lost = sspr::build_state(config_in(&keyless)).await.unwrap();
    assert_eq!(opened(&lost, "frank@backup.example").await, vec![None]);
}

#[test]
fn issue14_sigterm_lets_the_request_in_flight_finish_then_exits_cleanly() {
    let tmp = Cli::new("sigterm");
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_sspr"))
        .arg("serve")
        .env("SSPR_LISTEN", format!("127.0.0.1:{port}"))
        .env("SSPR_VAR_DIR", &tmp.dir)
        .env("SSPR_LOG", "info,sqlx=warn")
        .env("SSPR_LOG_FORMAT", "json")
        .env("SSPR_LOG_FILE", tmp.dir.join("sspr.log"))
        // A refused sign-in answers no sooner than this: a request that takes a while.
        .env("SSPR_LIMITS_SIGNIN_FAILURE_FLOOR_MS", "3000")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "sspr serve did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let begun = Instant::now();
    let in_flight = std::thread::spawn(move || {
        let status = http(
            port,
            "POST",
            "/api/signin",
            None,
            Some("username=nobody%40nowhere.example&password=wrong-password"),
        )
        .map(|r| r.status);
        (status, begun.elapsed())
    });
    std::thread::sleep(Duration::from_millis(700));
    let sent = Instant::now();
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok);
    // The request begun before the signal gets its whole answer, after the refusal's
    // floor of 3 s, that is well after the signal.
    let (status, took) = in_flight.join().unwrap();
    assert!(
        status.is_some_and(|s| s < 500) && took >= Duration::from_secs(3),
        "{status:?} after {took:?}"
    );
    // Then the process ends by itself, successfully, well within the grace period.
    let exited = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            sent.elapsed() < Duration::from_secs(15),
            "sspr serve did not stop after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exited.success(), "{exited}");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "nothing listens any more"
    );
    // `log_format = "json"`: every line is one JSON object; the stop was logged, in order.
    let log = std::fs::read_to_string(tmp.dir.join("sspr.log")).unwrap();
    let messages: Vec<String> = log
        .lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            v["fields"]["message"].as_str().unwrap_or("").to_string()
        })
        .collect();
    let at = |m: &str| messages.iter().position(|x| x.starts_with(m));
    assert!(
        at("shutting down") < at("sspr stopped") && at("shutting down").is_some(),
        "{messages:?}"
    );
    assert!(!log.contains("wrong-password"), "no password in the log");
}

#[tokio::test]
async fn issue14_rotating_the_key_reseals_secrets_and_mail_and_ends_sessions_cleanly() {
    use sspr_core::account::{AccountError, Accounts, SignInRequest};
    use sspr_core::delivery::{Channel, Outgoing};
    use sspr_core::mailqueue::MailQueue;
    let tmp = Cli::new("rotate");
    let var = tmp.dir.join("var");
    let mut config = config_in(&var);
    config.limits.argon2_m_kib = 64;
    config.limits.argon2_t = 1;
    let ctx = sspr::build_state(config.clone()).await.unwrap();
    let fixture = format!(
        "{TOTP_USER}\n[[user]]\nupn = \"gail@backup.example\"\ndisplay_name = \"Gail\"\npassword = \"Gail-Passw0rd-1\"\n"
    );
    let core = &ctx.core;
    sspr_core::import::import(
        &core.store,
        &core.crypto,
        &core.config.limits,
        &fixture,
        false,
        0,
    )
    .await
    .unwrap();
    let before = opened(&ctx, "frank@backup.example").await;
    let signed = Accounts::new(core)
        .sign_in(SignInRequest {
            user_id: "gail@backup.example".into(),
            password: "Gail-Passw0rd-1".into(),
            lang: sspr_i18n::Lang::EnUs,
            ip: Some("127.0.0.1".into()),
            return_url: None,
            previous: None,
        })
        .await
        .unwrap();
    assert!(Accounts::new(core).info(&signed.token).await.is_ok());
    MailQueue::new(core)
        .enqueue(&Outgoing {
            channel: Channel::Email,
            to: "gail@home.example".into(),
            from: "no-reply@backup.example".into(),
            subject: "Your password was reset".into(),
            body: "The password was just reset.".into(),
            at: 0,
            lang: "en-US".into(),
            tenant_id: None,
        })
        .await
        .unwrap();
    let old_key = std::fs::read(var.join("secret.key")).unwrap();

    let r = sspr::ops::rotate_key(&ctx).await.unwrap();
    assert_eq!((r.secrets, r.mail, r.sessions), (1, 1, 1), "{r:?}");
    drop(ctx);
    let new_key = std::fs::read(var.join("secret.key")).unwrap();
    assert_ne!(new_key, old_key);
    assert_eq!(std::fs::read(var.join("secret.key.old")).unwrap(), old_key);
    assert!(!var.join("secret.key.new").exists());

    // Started again on the new key: the same secret opens, the queued mail goes out, and
    // the old session is simply gone (the page sends Gail to sign in), not an error.
    let back = sspr::build_state(config.clone()).await.unwrap();
    assert_eq!(opened(&back, "frank@backup.example").await, before);
    let pass = MailQueue::new(&back.core).run_once().await.unwrap();
    assert_eq!((pass.sent, pass.given_up), (1, 0));
    assert!(matches!(
        Accounts::new(&back.core).info(&signed.token).await,
        Err(AccountError::NoSession)
    ));
    // The old key opens nothing any more.
    let stale =
        sspr_core::crypto::Crypto::new(old_key.try_into().unwrap(), &back.core.config.limits, 1)
            .unwrap();
    let sealed = back
        .core
        .store
        .conn()
        .await
        .unwrap()
        .c()
        .sealed_totp_secrets()
        .await
        .unwrap();
    assert_eq!(stale.open(&sealed[0].1), None);
    drop(back);

    // Interrupted before its commit (a new key written, the database untouched): the next
    // start removes the unused key and keeps the one that opens the secrets.
    std::fs::write(var.join("secret.key.new"), [7u8; 32]).unwrap();
    let back = sspr::build_state(config.clone()).await.unwrap();
    assert!(!var.join("secret.key.new").exists());
    assert_eq!(std::fs::read(var.join("secret.key")).unwrap(), new_key);
    assert_eq!(opened(&back, "frank@backup.example").await, before);

    // A rotation refused part-way (a key that opens nothing) changes nothing.
    let stranger = sspr_core::crypto::Crypto::new([9; 32], &back.core.config.limits, 1).unwrap();
    let e = sspr_core::rekey::rotate(&back.core.store, &stranger, &stale)
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("does not open with the current key"), "{e}");
    assert_eq!(opened(&back, "frank@backup.example").await, before);

    // Interrupted after its commit, between the two renames (no secret.key at all): the
    // next start finds the database sealed with the new key and finishes the swap.
    let third = sspr_core::crypto::Crypto::new([3; 32], &back.core.config.limits, 1).unwrap();
    sspr_core::rekey::rotate(&back.core.store, &back.core.crypto, &third)
        .await
        .unwrap();
    drop(back);
    std::fs::write(var.join("secret.key.new"), [3u8; 32]).unwrap();
    std::fs::rename(var.join("secret.key"), var.join("secret.key.old")).unwrap();
    let back = sspr::build_state(config.clone()).await.unwrap();
    assert_eq!(std::fs::read(var.join("secret.key")).unwrap(), [3u8; 32]);
    assert!(!var.join("secret.key.new").exists());
    assert_eq!(opened(&back, "frank@backup.example").await, before);
    drop(back);

    // A missing key beside a previous one is never replaced by a fresh key.
    std::fs::remove_file(var.join("secret.key")).unwrap();
    let refused = sspr::build_state(config).await.err().unwrap().to_string();
    assert!(refused.contains("is missing but"), "{refused}");
}
