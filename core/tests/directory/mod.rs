//! P10, P11, N1, N3 against a real OpenLDAP: Debian's `slapd` with the ppolicy overlay and a
//! self-signed certificate for StartTLS, started here on 127.0.0.1 and stopped when the test
//! ends. `cargo xtask test` installs slapd and runs these (`--include-ignored`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ldap3::{LdapConnAsync, Scope, SearchEntry};
use sspr_core::Mode;
use sspr_core::account::{Accounts, SignInRequest};
use sspr_core::directory::{Directory, DirectoryConfig, DirectoryKind, Ldap};
use sspr_core::flow::{FlowError, Step};
use sspr_i18n::Lang;

use super::{World, world_with};

const SUFFIX: &str = "dc=example,dc=org";
const OLGA: &str = "uid=olga,ou=people,dc=example,dc=org";

const FIXTURE: &str = r#"
[[tenant]]
id = "c"
name = "Contoso"
domains = ["contoso.example"]
sender = "no-reply@contoso.example"
[tenant.policy]
scope = "all"
methods = ["email", "mobile_phone"]
writeback = true
allow_unlock = true

[[user]]
upn = "olga@contoso.example"
display_name = "Olga Onprem"
password_source = "hash_sync"
mobile_phone = "+81 9012340000"
"#;

/// An entry's attributes, as ldap3 adds them.
type Entry = Vec<(&'static str, HashSet<String>)>;

/// slapd in a temporary directory, on a free loopback port, killed on drop.
struct Slapd {
    child: std::process::Child,
    dir: PathBuf,
    port: u16,
}

impl Slapd {
    fn start(dir: &Path) -> Slapd {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut s = Slapd {
            child: Self::spawn(dir, port),
            dir: dir.to_path_buf(),
            port,
        };
        s.wait();
        s
    }

    fn spawn(dir: &Path, port: u16) -> std::process::Child {
        std::process::Command::new("/usr/sbin/slapd")
            .arg("-f")
            .arg(dir.join("slapd.conf"))
            .args(["-h", &format!("ldap://127.0.0.1:{port}/"), "-d", "0"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("starting /usr/sbin/slapd (run `cargo xtask test`, which installs it)")
    }

    fn wait(&mut self) {
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!("slapd did not start on 127.0.0.1:{}", self.port);
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn restart(&mut self) {
        self.stop();
        self.child = Self::spawn(&self.dir, self.port);
        self.wait();
    }

    fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Configuration, certificate and the directory's entries: a ppolicy (12 characters at least,
/// lockout after 3 failures until an administrator unlocks), a service account that may set
/// passwords and unlock, and Olga.
async fn directory() -> (Slapd, PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "sspr-slapd-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(dir.join("db")).unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    std::fs::write(dir.join("cert.pem"), certified.cert.pem()).unwrap();
    std::fs::write(dir.join("key.pem"), certified.key_pair.serialize_pem()).unwrap();
    let d = dir.display();
    std::fs::write(
        dir.join("slapd.conf"),
        format!(
            r#"include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile {d}/slapd.pid
TLSCertificateFile {d}/cert.pem
TLSCertificateKeyFile {d}/key.pem
database mdb
maxsize 10485760
suffix "{SUFFIX}"
rootdn "cn=admin,{SUFFIX}"
rootpw admin-secret
directory {d}/db
overlay ppolicy
ppolicy_default "cn=default,ou=policies,{SUFFIX}"
ppolicy_hash_cleartext
ppolicy_use_lockout
access to attrs=userPassword
  by dn.exact="cn=sspr,{SUFFIX}" write
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact="cn=sspr,{SUFFIX}" write
  by * read
"#
        ),
    )
    .unwrap();
    let slapd = Slapd::start(&dir);
    let (conn, mut ldap) = LdapConnAsync::new(&slapd.url()).await.unwrap();
    ldap3::drive!(conn);
    ldap.simple_bind(&format!("cn=admin,{SUFFIX}"), "admin-secret")
        .await
        .unwrap()
        .success()
        .unwrap();
    let set = |v: &[&str]| -> HashSet<String> { v.iter().map(|s| s.to_string()).collect() };
    let entries: Vec<(String, Entry)> = vec![
        (
            SUFFIX.into(),
            vec![
                ("objectClass", set(&["dcObject", "organization"])),
                ("o", set(&["Example"])),
                ("dc", set(&["example"])),
            ],
        ),
        (
            format!("ou=people,{SUFFIX}"),
            vec![
                ("objectClass", set(&["organizationalUnit"])),
                ("ou", set(&["people"])),
            ],
        ),
        (
            format!("ou=policies,{SUFFIX}"),
            vec![
                ("objectClass", set(&["organizationalUnit"])),
                ("ou", set(&["policies"])),
            ],
        ),
        (
            format!("cn=default,ou=policies,{SUFFIX}"),
            vec![
                ("objectClass", set(&["pwdPolicy", "device"])),
                ("cn", set(&["default"])),
                ("pwdAttribute", set(&["userPassword"])),
                ("pwdMinLength", set(&["12"])),
                ("pwdCheckQuality", set(&["2"])),
                ("pwdLockout", set(&["TRUE"])),
                ("pwdMaxFailure", set(&["3"])),
                ("pwdLockoutDuration", set(&["0"])),
            ],
        ),
        (
            format!("cn=sspr,{SUFFIX}"),
            vec![
                (
                    "objectClass",
                    set(&["simpleSecurityObject", "organizationalRole"]),
                ),
                ("cn", set(&["sspr"])),
                ("userPassword", set(&["service-secret"])),
            ],
        ),
        (
            OLGA.into(),
            vec![
                ("objectClass", set(&["inetOrgPerson"])),
                ("uid", set(&["olga"])),
                ("cn", set(&["Olga Onprem"])),
                ("sn", set(&["Onprem"])),
                ("mail", set(&["olga@contoso.example"])),
                ("mobile", set(&["+81 90 1234 0000"])),
                ("telephoneNumber", set(&["+81 3 1234 0000"])),
                ("userPassword", set(&["Old-Passw0rd-Olga"])),
            ],
        ),
    ];
    for (dn, attrs) in entries {
        let attrs: Vec<(String, HashSet<String>)> =
            attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        ldap.add(&dn, attrs).await.unwrap().success().unwrap();
    }
    let _ = ldap.unbind().await;
    std::fs::write(dir.join("bind.pw"), "service-secret\n").unwrap();
    (slapd, dir)
}

/// The connector as a deployment would configure it: StartTLS, checked against the test CA
/// (the certificate names `localhost`).
fn config(slapd: &Slapd, dir: &Path) -> DirectoryConfig {
    DirectoryConfig {
        url: format!("ldap://localhost:{}", slapd.port),
        kind: DirectoryKind::Openldap,
        bind_dn: format!("cn=sspr,{SUFFIX}"),
        bind_password_file: dir.join("bind.pw"),
        base_dn: SUFFIX.into(),
        user_attribute: None,
        ca_file: Some(dir.join("cert.pem")),
        insecure_loopback: false,
    }
}

fn connector(slapd: &Slapd, dir: &Path) -> Arc<dyn Directory> {
    Arc::new(Ldap::new(&config(slapd, dir)).unwrap())
}

async fn bind_ok(slapd: &Slapd, password: &str) -> bool {
    let (conn, mut ldap) = LdapConnAsync::new(&slapd.url()).await.unwrap();
    ldap3::drive!(conn);
    let ok = ldap.simple_bind(OLGA, password).await.unwrap().rc == 0;
    let _ = ldap.unbind().await;
    ok
}

async fn locked(slapd: &Slapd) -> bool {
    let (conn, mut ldap) = LdapConnAsync::new(&slapd.url()).await.unwrap();
    ldap3::drive!(conn);
    ldap.simple_bind(&format!("cn=admin,{SUFFIX}"), "admin-secret")
        .await
        .unwrap();
    let (rs, _) = ldap
        .search(
            OLGA,
            Scope::Base,
            "(objectClass=*)",
            vec!["pwdAccountLockedTime"],
        )
        .await
        .unwrap()
        .success()
        .unwrap();
    let e = SearchEntry::construct(rs[0].clone());
    e.attrs.contains_key("pwdAccountLockedTime")
}

async fn lock_out(slapd: &Slapd) {
    for _ in 0..3 {
        assert!(!bind_ok(slapd, "not-her-password").await);
    }
    assert!(locked(slapd).await, "ppolicy locked Olga");
}

async fn world(slapd: &Slapd, dir: &Path) -> World {
    let mut w = world_with(FIXTURE).await;
    w.core.directory = Some(connector(slapd, dir));
    w
}

async fn verified_reset(w: &World, mode: Mode) -> String {
    let t = w.start("olga@contoso.example").await.unwrap();
    w.flows().choose(&t, mode).await.unwrap();
    w.flows().select(&t, "sms").await.unwrap();
    t
}

#[tokio::test]
#[ignore = "needs OpenLDAP slapd: `cargo xtask test` installs it and runs this"]
async fn p10_reset_writes_back_the_directory_refuses_by_its_policy_and_the_reset_unlocks() {
    let (slapd, dir) = directory().await;
    let w = world(&slapd, &dir).await;
    lock_out(&slapd).await;
    let t = verified_reset(&w, Mode::Reset).await;
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012340000"))
        .await
        .unwrap();
    // N1: long enough for the tenant (8), too short for the directory (12): its refusal is
    // a clear error and the user stays to try another password.
    assert!(matches!(
        w.flows()
            .set_password(&t, "Tidal-Orb-5", "Tidal-Orb-5")
            .await,
        Err(FlowError::DirectoryPolicy)
    ));
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);
    w.flows()
        .set_password(&t, "Long-Enough-Passw0rd", "Long-Enough-Passw0rd")
        .await
        .unwrap();
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::Done);
    assert!(!locked(&slapd).await, "N2: a reset unlocks");
    assert!(bind_ok(&slapd, "Long-Enough-Passw0rd").await);
    assert!(!bind_ok(&slapd, "Old-Passw0rd-Olga").await);
    // `sspr directory test` finds her through the service account over StartTLS.
    let said = Ldap::new(&config(&slapd, &dir))
        .unwrap()
        .test(Some("olga@contoso.example"))
        .await
        .unwrap();
    assert!(
        said.ends_with(&format!("olga@contoso.example is {OLGA}")),
        "{said}"
    );
    // D2: sync maps the directory's phones (normalised, V7) and nothing else.
    let found = Ldap::new(&config(&slapd, &dir))
        .unwrap()
        .users()
        .await
        .unwrap();
    let users = w.core.store.all_users().await.unwrap();
    let plan = sspr_core::sync::plan(&found, &users);
    let fields: Vec<(&str, Option<&str>)> = plan
        .changes
        .iter()
        .map(|c| (c.field, c.to.as_deref()))
        .collect();
    assert_eq!(fields, vec![("office_phone", Some("+81 312340000"))]);
    sspr_core::sync::apply(&w.core.store, &plan).await.unwrap();
    let olga = w
        .core
        .store
        .user_by_upn("olga@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(olga.office_phone.as_deref(), Some("+81 312340000"));
    assert!(sspr_core::sync::plan(&found, &[olga]).changes.is_empty());
    // No local hash: the password lives in the directory only.
    let olga = w
        .core
        .store
        .user_by_upn("olga@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert!(w.core.store.password_hash(olga.id).await.unwrap().is_none());
    // G1 for on-premises users: sign-in binds to the directory.
    let a = Accounts::new(&w.core);
    let sign_in = |pw: &str| SignInRequest {
        user_id: "olga@contoso.example".into(),
        password: pw.into(),
        lang: Lang::EnUs,
        ip: None,
        return_url: None,
        previous: None,
    };
    assert!(a.sign_in(sign_in("Long-Enough-Passw0rd")).await.is_ok());
    assert!(a.sign_in(sign_in("Old-Passw0rd-Olga")).await.is_err());
}

#[tokio::test]
#[ignore = "needs OpenLDAP slapd: `cargo xtask test` installs it and runs this"]
async fn n3_p11_unlock_only_clears_the_directory_lockout_and_keeps_the_password() {
    let (slapd, dir) = directory().await;
    let w = world(&slapd, &dir).await;
    lock_out(&slapd).await;
    let t = verified_reset(&w, Mode::Unlock).await;
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012340000"))
        .await
        .unwrap();
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::Done);
    assert!(!locked(&slapd).await);
    assert!(bind_ok(&slapd, "Old-Passw0rd-Olga").await);
}

#[tokio::test]
#[ignore = "needs OpenLDAP slapd: `cargo xtask test` installs it and runs this"]
async fn directory_down_is_a_clear_error_the_proof_stays_and_no_notice_goes() {
    let (mut slapd, dir) = directory().await;
    let w = world(&slapd, &dir).await;
    // Down after the code step, at the new password.
    let t = verified_reset(&w, Mode::Reset).await;
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012340000"))
        .await
        .unwrap();
    slapd.stop();
    assert!(matches!(
        w.flows()
            .set_password(&t, "Long-Enough-Passw0rd", "Long-Enough-Passw0rd")
            .await,
        Err(FlowError::DirectoryDown)
    ));
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);
    assert_eq!(
        w.core.store.mail_counts().await.unwrap(),
        (0, 0, 0),
        "no success notice"
    );
    // Down at an unlock: the code is not spent; once it is back, the same code works.
    slapd.restart();
    lock_out(&slapd).await;
    let u = verified_reset(&w, Mode::Unlock).await;
    let code = w.last_code("+81 9012340000");
    slapd.stop();
    assert!(matches!(
        w.flows().verify_code(&u, &code).await,
        Err(FlowError::DirectoryDown)
    ));
    slapd.restart();
    w.flows().verify_code(&u, &code).await.unwrap();
    assert_eq!(w.flows().view(&u).await.unwrap().step, Step::Done);
    // And the reset left pending above goes through now.
    w.flows()
        .set_password(&t, "Long-Enough-Passw0rd", "Long-Enough-Passw0rd")
        .await
        .unwrap();
    assert!(bind_ok(&slapd, "Long-Enough-Passw0rd").await);
}
