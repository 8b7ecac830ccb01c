//! Real servers for the test suites, started on 127.0.0.1 and stopped on drop: OpenLDAP
//! `slapd` (ppolicy, memberof, StartTLS), a Samba Active Directory domain controller (LDAP
//! with StartTLS) and PostgreSQL (`postgres`). Owns their configuration, certificates, seeding (with the
//! servers' own command-line tools) and processes; refuses to listen off loopback and knows
//! nothing of sspr. `cargo xtask test` installs the Debian packages they need.

mod postgres;

pub use postgres::Postgres;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// A fresh directory under the system temp dir.
fn temp_dir(kind: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "sspr-{kind}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn listening(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
}

/// Wait up to 20 s for `port` to accept connections; the child's log is in the panic.
fn wait_for(port: u16, child: &mut Child, what: &str, log: &Path) {
    for _ in 0..200 {
        if listening(port) {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            let log = std::fs::read_to_string(log).unwrap_or_default();
            panic!("{what} exited ({status}) before listening on 127.0.0.1:{port}:\n{log}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("{what} did not listen on 127.0.0.1:{port} within 20 s");
}

/// Run a tool to completion, `input` on its stdin; its output is in the panic if it fails.
/// Returns its standard output.
fn run(command: &mut Command, input: Option<&str>) -> String {
    let what = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{what}: {e} (run `cargo xtask test`, which installs it)"));
    if let Some(input) = input {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{what} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `attr: value` lines of `ldapsearch -LLL` output, for one attribute.
fn values(ldif: &str, attr: &str) -> Vec<String> {
    let prefix = format!("{}: ", attr.to_lowercase());
    ldif.lines()
        .filter(|l| l.to_lowercase().starts_with(&prefix))
        .map(|l| l[prefix.len()..].to_string())
        .collect()
}

/// A self-signed certificate for `localhost`: `cert.pem` (also the CA to trust), `key.pem`.
fn certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert, certified.cert.pem()).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();
    // Samba refuses a key others can read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    (cert, key)
}

/// The OpenLDAP directory's suffix, its administrator (rootdn) and sspr's service account.
pub const SUFFIX: &str = "dc=example,dc=org";
pub const ADMIN_DN: &str = "cn=admin,dc=example,dc=org";
pub const ADMIN_PASSWORD: &str = "admin-secret";
pub const SERVICE_DN: &str = "cn=sspr,dc=example,dc=org";
const SERVICE_PASSWORD: &str = "service-secret";

/// OpenLDAP `slapd` in a temporary directory on a free loopback port, killed on drop.
pub struct Slapd {
    child: Option<Child>,
    dir: PathBuf,
    port: u16,
}

impl Slapd {
    /// slapd with the base entries (the suffix; `ou=people`, `ou=groups`, `ou=policies`; a
    /// default ppolicy of 12 characters at least with lockout after 3 failures until an
    /// administrator unlocks; the service account `cn=sspr`, which may write everything),
    /// then `ldif` added over LDAP so the overlays see it (memberof fills `memberOf`).
    pub fn start(ldif: &str) -> Slapd {
        Self::start_with_access(
            &format!(
                "access to attrs=userPassword
  by dn.exact=\"{SERVICE_DN}\" write
  by self write
  by anonymous auth
  by * none
access to *
  by dn.exact=\"{SERVICE_DN}\" write
  by * read
"
            ),
            ldif,
        )
    }

    /// `start`, with these `access` lines (slapd.conf syntax) instead of the service
    /// account's write on everything: to check an ACL the documentation gives.
    pub fn start_with_access(access: &str, ldif: &str) -> Slapd {
        let dir = temp_dir("slapd");
        std::fs::create_dir_all(dir.join("db")).unwrap();
        let (cert, key) = certificate(&dir);
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
moduleload memberof
pidfile {d}/slapd.pid
TLSCertificateFile {cert}
TLSCertificateKeyFile {key}
database mdb
maxsize 10485760
suffix "{SUFFIX}"
rootdn "{ADMIN_DN}"
rootpw {ADMIN_PASSWORD}
directory {d}/db
overlay ppolicy
ppolicy_default "cn=default,ou=policies,{SUFFIX}"
ppolicy_hash_cleartext
ppolicy_use_lockout
overlay memberof
{access}
"#,
                cert = cert.display(),
                key = key.display(),
            ),
        )
        .unwrap();
        std::fs::write(dir.join("bind.pw"), format!("{SERVICE_PASSWORD}\n")).unwrap();
        let mut s = Slapd {
            child: None,
            dir,
            port: free_port(),
        };
        s.restart();
        s.ldapadd(&format!(
            "dn: {SUFFIX}
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: ou=people,{SUFFIX}
objectClass: organizationalUnit
ou: people

dn: ou=groups,{SUFFIX}
objectClass: organizationalUnit
ou: groups

dn: ou=policies,{SUFFIX}
objectClass: organizationalUnit
ou: policies

dn: cn=default,ou=policies,{SUFFIX}
objectClass: pwdPolicy
objectClass: device
cn: default
pwdAttribute: userPassword
pwdMinLength: 12
pwdCheckQuality: 2
pwdLockout: TRUE
pwdMaxFailure: 3
pwdLockoutDuration: 0

dn: {SERVICE_DN}
objectClass: simpleSecurityObject
objectClass: organizationalRole
cn: sspr
userPassword: {SERVICE_PASSWORD}
"
        ));
        if !ldif.trim().is_empty() {
            s.ldapadd(ldif);
        }
        s
    }

    /// Add entries as the administrator (plain LDAP on loopback: the test's own access).
    pub fn ldapadd(&self, ldif: &str) {
        run(
            Command::new("ldapadd")
                .args(["-x", "-H", &self.admin_url(), "-D", ADMIN_DN, "-w"])
                .arg(ADMIN_PASSWORD),
            Some(ldif),
        );
    }

    /// Modify entries as the administrator.
    pub fn ldapmodify(&self, ldif: &str) {
        run(
            Command::new("ldapmodify")
                .args(["-x", "-H", &self.admin_url(), "-D", ADMIN_DN, "-w"])
                .arg(ADMIN_PASSWORD),
            Some(ldif),
        );
    }

    /// One attribute of the entries matching `filter`, read as the administrator.
    pub fn query(&self, filter: &str, attr: &str) -> Vec<String> {
        values(
            &run(
                Command::new("ldapsearch")
                    .args(["-LLL", "-x", "-H", &self.admin_url(), "-D", ADMIN_DN, "-w"])
                    .args([ADMIN_PASSWORD, "-b", SUFFIX, filter, attr]),
                None,
            ),
            attr,
        )
    }

    /// Plain LDAP on 127.0.0.1, for the test's own checks as the administrator.
    pub fn admin_url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    /// What a deployment configures: StartTLS to the name the certificate holds.
    pub fn url(&self) -> String {
        format!("ldap://localhost:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The certificate to trust (self-signed).
    pub fn ca_file(&self) -> PathBuf {
        self.dir.join("cert.pem")
    }

    /// The service account's password, in a file as deployments keep it.
    pub fn service_password_file(&self) -> PathBuf {
        self.dir.join("bind.pw")
    }

    /// The server's own directory (removed on drop): room for the test's files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Start again (same data, same port).
    pub fn restart(&mut self) {
        self.stop();
        let log = self.dir.join("slapd.log");
        let mut child = Command::new("/usr/sbin/slapd")
            .arg("-f")
            .arg(self.dir.join("slapd.conf"))
            .args(["-h", &format!("ldap://127.0.0.1:{}/", self.port), "-d", "0"])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("starting /usr/sbin/slapd (run `cargo xtask test`, which installs it)");
        wait_for(self.port, &mut child, "slapd", &log);
        self.child = Some(child);
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The Samba domain: DNS name, base DN and its Administrator (sspr's service account here).
pub const AD_DOMAIN: &str = "contoso.example";
pub const AD_BASE: &str = "DC=contoso,DC=example";
pub const AD_ADMIN_DN: &str = "CN=Administrator,CN=Users,DC=contoso,DC=example";
pub const AD_ADMIN_PASSWORD: &str = "Adm1n-Passw0rd-Samba";

/// Samba's LDAP ports are fixed (389, 636): one domain controller at a time per process.
static AD_PORTS: Mutex<()> = Mutex::new(());

/// A Samba Active Directory domain controller (LDAP only) on 127.0.0.1:389, killed on drop.
pub struct SambaDc {
    child: Option<Child>,
    /// `samba -i` stops when its standard input closes: held here, so it ends with the test
    /// (even a killed one) and never inherits a closed stdin from a CI runner.
    _stdin: Option<std::process::ChildStdin>,
    dir: PathBuf,
    _ports: MutexGuard<'static, ()>,
}

/// Seeding a provisioned domain before it starts, with Samba's own tools on its database.
pub struct SambaSetup<'a> {
    dir: &'a Path,
}

impl SambaSetup<'_> {
    /// `samba-tool ARGS -H sam.ldb`, e.g. `["user", "create", "alice", "Pw", ...]`.
    pub fn tool(&self, args: &[&str]) {
        run(
            Command::new("samba-tool")
                .args(args)
                .arg("-H")
                .arg(self.dir.join("dc/private/sam.ldb"))
                .arg("-s")
                .arg(self.dir.join("dc/etc/smb.conf")),
            None,
        );
    }

    /// Run a shell script (bash, stopping at the first failure) whose `samba-tool` works on
    /// this domain's database, as on the domain controller itself: documentation's commands
    /// as written. `env` is added to its environment; returns its standard output.
    pub fn shell(&self, script: &str, env: &[(&str, &str)]) -> String {
        let bin = self.dir.join("bin");
        std::fs::create_dir_all(&bin).unwrap();
        let wrapper = bin.join("samba-tool");
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nexec /usr/bin/samba-tool \"$@\" -H {} -s {}\n",
                self.dir.join("dc/private/sam.ldb").display(),
                self.dir.join("dc/etc/smb.conf").display()
            ),
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let path = format!(
            "{}:{}",
            bin.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        run(
            Command::new("bash")
                .args(["-euo", "pipefail", "-c", script])
                .env("PATH", path)
                .envs(env.iter().copied()),
            None,
        )
    }

    /// Apply an LDIF of changes (`changetype: modify`) to the database.
    pub fn ldbmodify(&self, ldif: &str) {
        run(
            Command::new("ldbmodify")
                .arg("-H")
                .arg(self.dir.join("dc/private/sam.ldb")),
            Some(ldif),
        );
    }
}

impl SambaDc {
    /// Provision the domain `contoso.example` (lockout after 3 bad passwords until unlocked,
    /// 12 characters at least, complexity on, no minimum age), let `setup` seed it, then
    /// serve LDAP with StartTLS on 127.0.0.1:389 with a certificate for `localhost`.
    pub fn start(setup: impl FnOnce(&SambaSetup)) -> SambaDc {
        let ports = AD_PORTS.lock().unwrap_or_else(|e| e.into_inner());
        assert!(
            !listening(389),
            "something already listens on 127.0.0.1:389; the Samba tests need that port"
        );
        let dir = temp_dir("samba");
        let d = dir.display();
        run(
            Command::new("samba-tool").args([
                "domain",
                "provision",
                &format!("--targetdir={d}/dc"),
                "--realm=CONTOSO.EXAMPLE",
                "--domain=CONTOSO",
                "--server-role=dc",
                "--dns-backend=NONE",
                "--host-name=dc1",
                "--host-ip=127.0.0.1",
                &format!("--adminpass={AD_ADMIN_PASSWORD}"),
                "--option=netbios name = DC1",
                "--option=interfaces = lo",
                "--option=bind interfaces only = yes",
                "--option=server services = ldap",
                &format!("--option=pid directory = {d}/dc"),
                &format!("--option=ncalrpc dir = {d}/dc/ncalrpc"),
                &format!("--option=winbindd socket directory = {d}/dc/winbindd"),
            ]),
            None,
        );
        let (cert, key) = certificate(&dir);
        let conf = dir.join("dc/etc/smb.conf");
        let mut text = std::fs::read_to_string(&conf).unwrap();
        // Samba accepts the previous password for an hour after a change (NTLM's grace
        // window, on LDAP binds too); off, so a test sees a reset at once.
        text = text.replacen(
            "[global]",
            &format!(
                "[global]\n\told password allowed period = 0\n\ttls enabled = yes\n\ttls keyfile = {}\n\ttls certfile = {}\n\ttls cafile = {}",
                key.display(),
                cert.display(),
                cert.display()
            ),
            1,
        );
        std::fs::write(&conf, text).unwrap();
        let s = SambaSetup { dir: &dir };
        s.tool(&[
            "domain",
            "passwordsettings",
            "set",
            "--account-lockout-threshold=3",
            "--account-lockout-duration=0",
            "--min-pwd-length=12",
            "--min-pwd-age=0",
            "--complexity=on",
        ]);
        setup(&s);
        let log = dir.join("samba.log");
        let mut child = Command::new("samba")
            .args(["-i", "-M", "single", "-s"])
            .arg(&conf)
            .stdin(Stdio::piped())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting samba (run `cargo xtask test`, which installs samba-ad-dc)");
        let stdin = child.stdin.take();
        wait_for(389, &mut child, "samba", &log);
        SambaDc {
            child: Some(child),
            _stdin: stdin,
            dir,
            _ports: ports,
        }
    }

    /// What a deployment configures: StartTLS to the name the certificate holds.
    pub fn url(&self) -> String {
        "ldap://localhost:389".into()
    }

    /// The certificate to trust (self-signed).
    pub fn ca_file(&self) -> PathBuf {
        self.dir.join("cert.pem")
    }

    /// One attribute of the entries matching `filter`, read as the Administrator over
    /// StartTLS (Samba refuses simple binds in the clear).
    pub fn query(&self, filter: &str, attr: &str) -> Vec<String> {
        values(
            &run(
                Command::new("ldapsearch")
                    // The test's own check of its own server: sspr's connector is the one
                    // that verifies the certificate (GnuTLS here will not take rcgen's as a CA).
                    .env("LDAPTLS_REQCERT", "never")
                    .args([
                        "-LLL",
                        "-ZZ",
                        "-x",
                        "-H",
                        &self.url(),
                        "-D",
                        AD_ADMIN_DN,
                        "-w",
                    ])
                    .args([AD_ADMIN_PASSWORD, "-b", AD_BASE, filter, attr]),
                None,
            ),
            attr,
        )
    }

    /// The Administrator's password in a file, as sspr's service account reads it.
    pub fn admin_password_file(&self) -> PathBuf {
        let f = self.dir.join("admin.pw");
        std::fs::write(&f, format!("{AD_ADMIN_PASSWORD}\n")).unwrap();
        f
    }

    /// The server's own directory (removed on drop): room for the test's files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for SambaDc {
    fn drop(&mut self) {
        self._stdin.take();
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        // The next domain controller needs the port.
        for _ in 0..50 {
            if !listening(389) {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
