//! The on-premises directory (P10, P11, N1, N3) behind a trait: OpenLDAP (password-modify
//! extended operation, ppolicy's `pwdAccountLockedTime`) and Active Directory (`unicodePwd`,
//! `lockoutTime`) over StartTLS or LDAPS with ldap3. Owns the LDAP conversation; refuses plain
//! LDAP (except an explicit switch on loopback, for tests), and never logs a password or
//! the service account's secret.

use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use ldap3::exop::PasswordModify;
use ldap3::{LdapConnAsync, LdapConnSettings, Mod, Scope, SearchEntry};
use serde::Deserialize;

use crate::CoreError;
use crate::sync::{DirectoryUser, Snapshot};

mod metered;
mod rules;

pub use metered::Metered;
pub use rules::{ad_rules, openldap_rules};

/// Which kind of directory, and so which attributes and operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryKind {
    #[default]
    Openldap,
    ActiveDirectory,
}

/// `[directory]` in the configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryConfig {
    /// `ldap://host:389` (with StartTLS) or `ldaps://host:636`.
    pub url: String,
    #[serde(default)]
    pub kind: DirectoryKind,
    pub bind_dn: String,
    /// File holding the service account's password; never logged. The alternative is the
    /// `SSPR_DIRECTORY_BIND_PASSWORD` environment variable, which wins when both are set.
    #[serde(default)]
    pub bind_password_file: Option<PathBuf>,
    /// The password from `SSPR_DIRECTORY_BIND_PASSWORD`; never read from the file, never
    /// printed (its Debug is redacted).
    #[serde(skip)]
    pub bind_password_env: Option<Secret>,
    pub base_dn: String,
    /// The attribute holding the user ID; default `mail` (OpenLDAP) or `userPrincipalName` (AD).
    #[serde(default)]
    pub user_attribute: Option<String>,
    /// When the user attribute holds a bare name (`uid`, `sAMAccountName`): the domain that
    /// makes it a user ID (`olga` is `olga@` this). User IDs in other domains are not looked up.
    #[serde(default)]
    pub upn_suffix: Option<String>,
    /// The tenants whose users this directory holds: sync creates and updates users in
    /// these only (and refuses to run without them).
    #[serde(default)]
    pub tenants: Vec<String>,
    /// Where the directory keeps what sync reads (D2); each defaults to the usual attribute.
    #[serde(default)]
    pub attributes: AttributeMap,
    /// A CA certificate (PEM) to trust besides the public roots.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// OpenLDAP: the password policy for users without a `pwdPolicySubentry` of their own
    /// (slapd's `ppolicy_default`, which LDAP cannot read). Unset: the only `pwdPolicy`
    /// entry under `base_dn`, if there is exactly one.
    #[serde(default)]
    pub password_policy_dn: Option<String>,
    /// Tests only: plain LDAP to a loopback address. Refused for any other host.
    #[serde(default)]
    pub insecure_loopback: bool,
}

/// A secret held in memory whose Debug output hides it (configuration is printed in errors
/// and may be logged).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

/// `[directory.attributes]`: the attribute names sync reads. The defaults are the same for
/// OpenLDAP (inetOrgPerson, cosine) and Active Directory.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct AttributeMap {
    /// Default `displayName` (then `cn`).
    #[serde(default)]
    pub display_name: Option<String>,
    /// Default `mail`: the primary email of users sync creates.
    #[serde(default)]
    pub mail: Option<String>,
    /// Default `otherMailbox`: the alternate email.
    #[serde(default)]
    pub other_mail: Option<String>,
    /// Default `mobile`: the mobile phone.
    #[serde(default)]
    pub mobile: Option<String>,
    /// Default `telephoneNumber`: the office phone.
    #[serde(default)]
    pub office_phone: Option<String>,
    /// Default `memberOf`: group membership, read with the groups' `member` and
    /// `uniqueMember` (so OpenLDAP works without the memberof overlay).
    #[serde(default)]
    pub member_of: Option<String>,
}

impl AttributeMap {
    fn get<'a>(v: &'a Option<String>, default: &'a str) -> &'a str {
        v.as_deref().unwrap_or(default)
    }
}

/// What went wrong with the directory; the first is the user's to fix, the second is not.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// N1: the directory's own policy refused the password (ppolicy, AD constraint).
    #[error("the directory's password policy refused the password")]
    PolicyRefused,
    #[error("no such user in the directory")]
    NoSuchUser,
    #[error("directory unavailable: {0}")]
    Unavailable(String),
}

pub type DirectoryFuture<'a, T> =
    Pin<Box<dyn Future<Output = Result<T, DirectoryError>> + Send + 'a>>;

/// The operations the flows need from a directory.
pub trait Directory: Send + Sync {
    /// P10: set (reset) the user's password, subject to the directory's policy.
    fn set_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, ()>;
    /// N3: clear the directory's lockout.
    fn unlock<'a>(&'a self, upn: &'a str) -> DirectoryFuture<'a, ()>;
    /// Whether `password` is the user's (a bind as the user).
    fn check_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, bool>;
    /// N1, issue 16: the directory's own password rules for the user (briefly cached).
    fn password_rules<'a>(
        &'a self,
        upn: &'a str,
    ) -> DirectoryFuture<'a, sspr_policy::DirectoryRules>;
    /// Issue 14, `/readyz`: the directory answers and the service account binds.
    fn reachable(&self) -> DirectoryFuture<'_, ()>;
}

/// An LDAP directory reached with ldap3.
pub struct Ldap {
    cfg: DirectoryConfig,
    bind_password: String,
    tls: Arc<rustls::ClientConfig>,
    starttls: bool,
    rules_cache: rules::RulesCache,
}

fn unavailable(e: impl std::fmt::Display) -> DirectoryError {
    DirectoryError::Unavailable(e.to_string())
}

/// RFC 4515 escaping of a value in a search filter.
fn escape(v: &str) -> String {
    v.chars()
        .map(|c| match c {
            '*' => "\\2a".to_string(),
            '(' => "\\28".to_string(),
            ')' => "\\29".to_string(),
            '\\' => "\\5c".to_string(),
            '\0' => "\\00".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// AD's `unicodePwd`: the password in double quotes, UTF-16LE.
pub fn ad_unicode_pwd(password: &str) -> Vec<u8> {
    format!("\"{password}\"")
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect()
}

/// A subtree search's entries, fetched in pages of 500 (AD answers at most 1000 entries per
/// search, OpenLDAP 500 by default); search references (AD's referrals to its other
/// partitions) are not entries and are skipped.
async fn entries(
    ldap: &mut ldap3::Ldap,
    base: &str,
    filter: &str,
    attrs: Vec<&str>,
) -> Result<Vec<SearchEntry>, DirectoryError> {
    use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
    let adapters: Vec<Box<dyn Adapter<_, _>>> = vec![
        Box::new(EntriesOnly::new()),
        Box::new(PagedResults::new(500)),
    ];
    let mut stream = ldap
        .streaming_search_with(adapters, base, Scope::Subtree, filter, attrs)
        .await
        .map_err(unavailable)?;
    let mut out = Vec::new();
    while let Some(e) = stream.next().await.map_err(unavailable)? {
        out.push(SearchEntry::construct(e));
    }
    stream.finish().await.success().map_err(unavailable)?;
    Ok(out)
}

/// A DN as compared here: lower case, no spaces around separators (`CN=a, OU=b` is
/// `cn=a,ou=b`).
fn norm_dn(dn: &str) -> String {
    dn.split(',')
        .map(|rdn| rdn.split('=').map(str::trim).collect::<Vec<_>>().join("="))
        .collect::<Vec<_>>()
        .join(",")
        .to_lowercase()
}

/// Every value of an attribute.
fn all<'a>(e: &'a SearchEntry, attr: &str) -> &'a [String] {
    e.attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(attr))
        .map(|(_, v)| v.as_slice())
        .unwrap_or_default()
}

/// An attribute's first value (names compare without case, as LDAP's do).
fn first(e: &SearchEntry, attr: &str) -> Option<String> {
    e.attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(attr))
        .and_then(|(_, v)| v.first().cloned())
}

impl Ldap {
    /// Check the configuration: StartTLS (`ldap://`) or LDAPS only; plain LDAP is refused at
    /// startup with a clear error unless `insecure_loopback` is set for a loopback host.
    pub fn new(cfg: &DirectoryConfig) -> Result<Ldap, CoreError> {
        let (scheme, rest) = cfg.url.split_once("://").ok_or_else(|| {
            CoreError::Config(format!(
                "directory url {:?}: expected ldap:// or ldaps://",
                cfg.url
            ))
        })?;
        let host = rest.split([':', '/']).next().unwrap_or("");
        let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]");
        let starttls = match scheme {
            "ldaps" => false,
            "ldap" if cfg.insecure_loopback && loopback => false,
            "ldap" if cfg.insecure_loopback => {
                return Err(CoreError::Config(
                    "directory: insecure_loopback is only allowed for a loopback host".into(),
                ));
            }
            "ldap" => true,
            other => {
                return Err(CoreError::Config(format!(
                    "directory url scheme {other:?}: expected ldap:// (StartTLS) or ldaps://"
                )));
            }
        };
        let bind_password = match (&cfg.bind_password_env, &cfg.bind_password_file) {
            (Some(secret), _) => secret.0.trim().to_string(),
            (None, Some(file)) => std::fs::read_to_string(file)
                .map_err(|e| {
                    CoreError::Config(format!(
                        "directory bind_password_file {}: {e}",
                        file.display()
                    ))
                })?
                .trim()
                .to_string(),
            (None, None) => {
                return Err(CoreError::Config(
                    "directory: the service account's password comes from bind_password_file or SSPR_DIRECTORY_BIND_PASSWORD; neither is set".into(),
                ));
            }
        };
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        if let Some(ca) = &cfg.ca_file {
            use rustls::pki_types::CertificateDer;
            use rustls::pki_types::pem::PemObject;
            for cert in CertificateDer::pem_file_iter(ca).map_err(|e| {
                CoreError::Config(format!("directory ca_file {}: {e}", ca.display()))
            })? {
                let cert = cert.map_err(|e| {
                    CoreError::Config(format!("directory ca_file {}: {e}", ca.display()))
                })?;
                roots.add(cert).map_err(|e| {
                    CoreError::Config(format!("directory ca_file {}: {e}", ca.display()))
                })?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| CoreError::Config(format!("directory TLS: {e}")))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Ldap {
            cfg: cfg.clone(),
            bind_password,
            tls: Arc::new(tls),
            starttls,
            rules_cache: Default::default(),
        })
    }

    /// The user attribute's value for a user ID, if this directory can hold that user.
    fn directory_name(&self, upn: &str) -> Option<String> {
        match &self.cfg.upn_suffix {
            None => Some(upn.to_string()),
            Some(suffix) => {
                let (local, domain) = upn.rsplit_once('@')?;
                domain
                    .eq_ignore_ascii_case(suffix)
                    .then(|| local.to_string())
            }
        }
    }

    /// The user ID for a user attribute's value; with `upn_suffix`, a value already naming
    /// another domain is no user of this directory.
    fn user_id(&self, value: &str) -> Option<String> {
        let value = value.trim();
        match &self.cfg.upn_suffix {
            Some(suffix) => match value.rsplit_once('@') {
                None => Some(format!("{value}@{suffix}")),
                Some((_, d)) if d.eq_ignore_ascii_case(suffix) => Some(value.to_string()),
                Some(_) => None,
            },
            None => Some(value.to_string()),
        }
        .map(|v| v.to_lowercase())
    }

    fn user_attribute(&self) -> &str {
        self.cfg
            .user_attribute
            .as_deref()
            .unwrap_or(match self.cfg.kind {
                DirectoryKind::Openldap => "mail",
                DirectoryKind::ActiveDirectory => "userPrincipalName",
            })
    }

    async fn connect(&self) -> Result<ldap3::Ldap, DirectoryError> {
        let settings = LdapConnSettings::new()
            .set_conn_timeout(Duration::from_secs(5))
            .set_starttls(self.starttls)
            .set_config(self.tls.clone());
        let (conn, ldap) = LdapConnAsync::with_settings(settings, &self.cfg.url)
            .await
            .map_err(unavailable)?;
        ldap3::drive!(conn);
        Ok(ldap)
    }

    /// A connection bound as the service account, and the user's DN.
    async fn service(&self, upn: &str) -> Result<(ldap3::Ldap, String), DirectoryError> {
        let mut ldap = self.connect().await?;
        ldap.simple_bind(&self.cfg.bind_dn, &self.bind_password)
            .await
            .map_err(unavailable)?
            .success()
            .map_err(unavailable)?;
        let name = self.directory_name(upn).ok_or(DirectoryError::NoSuchUser)?;
        let filter = format!("({}={})", self.user_attribute(), escape(&name));
        let found = entries(&mut ldap, &self.cfg.base_dn, &filter, vec!["1.1"]).await?;
        let dn = match found.as_slice() {
            [one] => one.dn.clone(),
            [] => return Err(DirectoryError::NoSuchUser),
            _ => {
                return Err(DirectoryError::Unavailable(format!(
                    "{upn} matches several entries"
                )));
            }
        };
        Ok((ldap, dn))
    }
}

impl Ldap {
    /// D2: every user under `base_dn` (user ID, name, mail, phones, groups) and every group.
    pub async fn snapshot(&self) -> Result<Snapshot, DirectoryError> {
        let mut ldap = self.connect().await?;
        ldap.simple_bind(&self.cfg.bind_dn, &self.bind_password)
            .await
            .map_err(unavailable)?
            .success()
            .map_err(unavailable)?;
        let (people, groups) = match self.cfg.kind {
            DirectoryKind::Openldap => (
                "(objectClass=inetOrgPerson)",
                "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))",
            ),
            // People only: not disabled accounts, not the domain's own (Administrator,
            // krbtgt, Guest are critical system objects).
            DirectoryKind::ActiveDirectory => (
                "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(!(isCriticalSystemObject=TRUE)))",
                "(objectClass=group)",
            ),
        };
        // Groups first: membership is read from both sides (a user's `memberOf`, a group's
        // `member` or `uniqueMember`), so a directory without the memberof overlay works;
        // sspr knows a group by its `cn`.
        let group_entries = entries(
            &mut ldap,
            &self.cfg.base_dn,
            groups,
            vec!["cn", "member", "uniqueMember"],
        )
        .await?;
        // Indexed both ways, so a group of every user (AD's Domain Users) costs one lookup
        // per user, not a scan of its members.
        let mut cns: Vec<String> = Vec::new();
        let mut by_dn: HashMap<String, usize> = HashMap::new();
        let mut by_member: HashMap<String, Vec<usize>> = HashMap::new();
        for e in &group_entries {
            let Some(cn) = first(e, "cn") else { continue };
            let i = cns.len();
            cns.push(cn);
            by_dn.insert(norm_dn(&e.dn), i);
            for m in all(e, "member").iter().chain(all(e, "uniqueMember")) {
                by_member.entry(norm_dn(m)).or_default().push(i);
            }
        }
        let a = &self.cfg.attributes;
        let attr = self.user_attribute();
        let display = AttributeMap::get(&a.display_name, "displayName");
        let mail = AttributeMap::get(&a.mail, "mail");
        let other_mail = AttributeMap::get(&a.other_mail, "otherMailbox");
        let mobile = AttributeMap::get(&a.mobile, "mobile");
        let office = AttributeMap::get(&a.office_phone, "telephoneNumber");
        let member_of = AttributeMap::get(&a.member_of, "memberOf");
        let wanted = vec![
            attr, display, "cn", mail, other_mail, mobile, office, member_of,
        ];
        let users = entries(&mut ldap, &self.cfg.base_dn, people, wanted).await?;
        let _ = ldap.unbind().await;
        let users = users
            .iter()
            .filter_map(|e| {
                let dn = norm_dn(&e.dn);
                let groups: BTreeSet<usize> = all(e, member_of)
                    .iter()
                    .filter_map(|g| by_dn.get(&norm_dn(g)).copied())
                    .chain(by_member.get(&dn).into_iter().flatten().copied())
                    .collect();

                Some(DirectoryUser {
                    upn: self.user_id(&first(e, attr)?)?,
                    display_name: first(e, display).or_else(|| first(e, "cn")),
                    mail: first(e, mail),
                    // RFC 1274's syntax is `type$mailbox`; AD's is the address.
                    other_mail: first(e, other_mail)
                        .map(|v| v.rsplit_once('$').map_or(v.clone(), |(_, m)| m.to_string())),
                    mobile: first(e, mobile),
                    office: first(e, office),
                    groups: groups.into_iter().map(|i| cns[i].clone()).collect(),
                })
            })
            .collect();
        Ok(Snapshot { users, groups: cns })
    }

    /// `sspr directory test`: bind as the service account over the configured transport and,
    /// when given, find the user. Returns what was checked, for the administrator.
    pub async fn test(&self, upn: Option<&str>) -> Result<String, DirectoryError> {
        match upn {
            Some(upn) => {
                let (mut ldap, dn) = self.service(upn).await?;
                let _ = ldap.unbind().await;
                // Issue 16: the policy the checklist will show, so reading it is proven too.
                let rules = self.rules(upn).await?;
                Ok(format!(
                    "bound as {}; {upn} is {dn}\npassword policy for {upn}: {}",
                    self.cfg.bind_dn,
                    rules::describe(&rules)
                ))
            }
            None => {
                let mut ldap = self.connect().await?;
                ldap.simple_bind(&self.cfg.bind_dn, &self.bind_password)
                    .await
                    .map_err(unavailable)?
                    .success()
                    .map_err(unavailable)?;
                let _ = ldap.unbind().await;
                Ok(format!("bound as {}", self.cfg.bind_dn))
            }
        }
    }
}

/// LDAP result codes that mean "the directory's policy refused this password".
fn is_policy_refusal(rc: u32) -> bool {
    // constraintViolation (19), unwillingToPerform (53, AD), invalidAttributeSyntax (21).
    matches!(rc, 19 | 21 | 53)
}

impl Directory for Ldap {
    fn reachable(&self) -> DirectoryFuture<'_, ()> {
        Box::pin(async move { self.test(None).await.map(|_| ()) })
    }

    fn set_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, ()> {
        Box::pin(async move {
            let (mut ldap, dn) = self.service(upn).await?;
            let res = match self.cfg.kind {
                DirectoryKind::Openldap => {
                    ldap.extended(PasswordModify {
                        user_id: Some(&dn),
                        old_pass: None,
                        new_pass: Some(password),
                    })
                    .await
                    .map_err(unavailable)?
                    .1
                }
                DirectoryKind::ActiveDirectory => {
                    let pwd = ad_unicode_pwd(password);
                    // LDAP_SERVER_POLICY_HINTS: hold this reset to the password history,
                    // as a user's own change is (issue 16); servers without it ignore it.
                    ldap.with_controls(ldap3::controls::RawControl {
                        ctype: "1.2.840.113556.1.4.2239".into(),
                        crit: false,
                        // SEQUENCE { INTEGER 1 }
                        val: Some(vec![0x30, 0x03, 0x02, 0x01, 0x01]),
                    })
                    .modify(
                        &dn,
                        vec![Mod::Replace(&b"unicodePwd"[..], [&pwd[..]].into())],
                    )
                    .await
                    .map_err(unavailable)?
                }
            };
            let _ = ldap.unbind().await;
            match res.rc {
                0 => Ok(()),
                rc if is_policy_refusal(rc) => Err(DirectoryError::PolicyRefused),
                rc => Err(DirectoryError::Unavailable(format!(
                    "password change: result code {rc}"
                ))),
            }
        })
    }

    fn unlock<'a>(&'a self, upn: &'a str) -> DirectoryFuture<'a, ()> {
        Box::pin(async move {
            let (mut ldap, dn) = self.service(upn).await?;
            let res = match self.cfg.kind {
                DirectoryKind::Openldap => ldap
                    .modify(
                        &dn,
                        vec![Mod::Delete(
                            "pwdAccountLockedTime",
                            std::collections::HashSet::new(),
                        )],
                    )
                    .await
                    .map_err(unavailable)?,
                DirectoryKind::ActiveDirectory => ldap
                    .modify(&dn, vec![Mod::Replace("lockoutTime", ["0"].into())])
                    .await
                    .map_err(unavailable)?,
            };
            let _ = ldap.unbind().await;
            // noSuchAttribute (16): it was not locked.
            match res.rc {
                0 | 16 => Ok(()),
                rc => Err(DirectoryError::Unavailable(format!(
                    "unlock: result code {rc}"
                ))),
            }
        })
    }

    fn password_rules<'a>(
        &'a self,
        upn: &'a str,
    ) -> DirectoryFuture<'a, sspr_policy::DirectoryRules> {
        Box::pin(self.rules(upn))
    }

    fn check_password<'a>(&'a self, upn: &'a str, password: &'a str) -> DirectoryFuture<'a, bool> {
        Box::pin(async move {
            if password.is_empty() {
                return Ok(false);
            }
            let (mut svc, dn) = self.service(upn).await?;
            let _ = svc.unbind().await;
            let mut ldap = self.connect().await?;
            let res = ldap.simple_bind(&dn, password).await.map_err(unavailable)?;
            let _ = ldap.unbind().await;
            // invalidCredentials (49): wrong password (or locked by ppolicy).
            match res.rc {
                0 => Ok(true),
                49 => Ok(false),
                rc => Err(DirectoryError::Unavailable(format!(
                    "bind: result code {rc}"
                ))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_values_are_escaped() {
        assert_eq!(escape("a*b(c)\\d"), "a\\2ab\\28c\\29\\5cd");
    }

    #[test]
    fn ad_password_is_quoted_utf16le() {
        assert_eq!(
            ad_unicode_pwd("ab"),
            vec![0x22, 0, b'a', 0, b'b', 0, 0x22, 0]
        );
    }

    #[test]
    fn a_bare_user_attribute_takes_the_configured_suffix() {
        let mut c = cfg("ldaps://dc.example.com", false);
        let plain = Ldap::new(&c).unwrap();
        assert_eq!(
            plain.directory_name("Olga@Contoso.example").as_deref(),
            Some("Olga@Contoso.example")
        );
        assert_eq!(
            plain.user_id(" Olga@Contoso.Example ").as_deref(),
            Some("olga@contoso.example")
        );
        c.user_attribute = Some("uid".into());
        c.upn_suffix = Some("contoso.example".into());
        let uid = Ldap::new(&c).unwrap();
        assert_eq!(
            uid.directory_name("olga@CONTOSO.example").as_deref(),
            Some("olga")
        );
        assert_eq!(uid.directory_name("olga@elsewhere.example"), None);
        assert_eq!(uid.directory_name("olga"), None);
        assert_eq!(uid.user_id("Olga").as_deref(), Some("olga@contoso.example"));
        assert_eq!(uid.user_id("ceo@fabrikam.example"), None);
        assert_eq!(norm_dn("CN=a b, OU=People ,DC=x"), "cn=a b,ou=people,dc=x");
    }

    #[test]
    fn the_service_password_comes_from_the_environment_or_a_file_and_is_never_printed() {
        let mut c = cfg("ldaps://dc.example.com", false);
        c.bind_password_file = None;
        let e = Ldap::new(&c).err().unwrap().to_string();
        assert!(e.contains("SSPR_DIRECTORY_BIND_PASSWORD") && e.contains("bind_password_file"));
        c.bind_password_env = Some(Secret("from-env-secret".into()));
        assert_eq!(Ldap::new(&c).unwrap().bind_password, "from-env-secret");
        assert!(!format!("{c:?}").contains("from-env-secret"));
    }

    #[test]
    fn directory_settings_are_checked_by_name() {
        let toml = "url = \"ldaps://dc\"\nbind_dn = \"cn=s\"\nbind_password_file = \"/p\"\nbase_dn = \"dc=x\"\n[attributes]\nmobile = \"pager\"\n";
        let c: DirectoryConfig = toml::from_str(toml).unwrap();
        assert_eq!(c.attributes.mobile.as_deref(), Some("pager"));
        let bad = toml.replace("mobile", "mobil");
        let e = toml::from_str::<DirectoryConfig>(&bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("mobil"), "{e}");
    }

    fn cfg(url: &str, insecure: bool) -> DirectoryConfig {
        let file = std::env::temp_dir().join(format!("sspr-dir-pw-{}", std::process::id()));
        std::fs::write(&file, "pw\n").unwrap();
        DirectoryConfig {
            url: url.into(),
            kind: DirectoryKind::Openldap,
            bind_dn: "cn=sspr".into(),
            bind_password_file: Some(file),
            bind_password_env: None,
            base_dn: "dc=example".into(),
            user_attribute: None,
            upn_suffix: None,
            tenants: vec!["c".into()],
            attributes: Default::default(),
            ca_file: None,
            password_policy_dn: None,
            insecure_loopback: insecure,
        }
    }

    #[test]
    fn plain_ldap_only_on_loopback_with_the_explicit_switch() {
        assert!(
            Ldap::new(&cfg("ldap://dc.example.com", false))
                .unwrap()
                .starttls
        );
        assert!(
            !Ldap::new(&cfg("ldaps://dc.example.com", false))
                .unwrap()
                .starttls
        );
        assert!(
            !Ldap::new(&cfg("ldap://127.0.0.1:3890", true))
                .unwrap()
                .starttls
        );
        assert!(Ldap::new(&cfg("ldap://dc.example.com", true)).is_err());
        assert!(Ldap::new(&cfg("http://dc.example.com", false)).is_err());
    }
}
