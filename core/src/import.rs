//! `sspr import`: tenants, policies, groups and users from a TOML file (docs/import.md).
//! Everything is checked first, with the line and field at fault, then written in one
//! transaction: all or nothing. Passwords and security answers are hashed on the way in.
//! Owns the file format; refuses partial imports.

use serde::Deserialize;
use sspr_policy::eligibility::{AccountKind, PasswordSource};
use sspr_policy::{Limits, Policy, TenantFlags, phone, userid};
use toml::Spanned;

use crate::CoreError;
use crate::crypto::{Crypto, decode_totp_secret, normalize_answer};
use crate::store::{ImportConflict, ImportTenant, ImportUser, Store, TotpKind};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    #[serde(default)]
    tenant: Vec<Spanned<TenantIn>>,
    #[serde(default)]
    user: Vec<Spanned<UserIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantIn {
    id: String,
    name: String,
    domains: Vec<String>,
    sender: String,
    #[serde(default)]
    paid: bool,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    policy: Policy,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TotpIn {
    kind: String,
    secret: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerIn {
    question: String,
    answer: String,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserIn {
    upn: String,
    display_name: String,
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    locked: bool,
    #[serde(default)]
    password_source: Option<String>,
    #[serde(default)]
    password: Option<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    admin_roles: Vec<String>,
    primary_email: Option<String>,
    alternate_email: Option<String>,
    mobile_phone: Option<String>,
    office_phone: Option<String>,
    auth_phone: Option<String>,
    auth_email: Option<String>,
    #[serde(default)]
    totp: Vec<TotpIn>,
    #[serde(default)]
    security_questions: Vec<AnswerIn>,
    /// C1: when the user last confirmed their security info (`YYYY-MM-DD`, UTC); the default
    /// is the import itself for users with registered data.
    last_confirmed: Option<String>,
    /// B1, B2: `member` (default), `guest`, `self_service` or `invited`.
    kind: Option<String>,
    /// B1: a guest's home tenant (in this file), whose policy they follow.
    home_tenant: Option<String>,
    /// The tenant holding the account, for users whose domain is no tenant's (partners).
    tenant: Option<String>,
}

/// Issue 11: a question whose text is a predefined question's, in any shipped language
/// (case, spacing and the question mark aside), is that predefined question, so each reader
/// sees it in their own language; any other text is the administrator's own, kept as written.
pub fn canonical_question(text: &str) -> String {
    fn norm(s: &str) -> String {
        s.trim()
            .trim_end_matches(['?', '？', '؟'])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }
    let want = norm(text);
    if sspr_policy::register::is_predefined(text.trim()) {
        return text.trim().to_string();
    }
    for id in sspr_policy::register::PREDEFINED_QUESTIONS {
        if sspr_i18n::Lang::ALL
            .iter()
            .any(|&l| norm(&sspr_i18n::tr(l, id)) == want)
        {
            return id.to_string();
        }
    }
    text.trim().to_string()
}

/// A refusal naming the line and the field at fault.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("line {line}: {field}: {message}")]
pub struct ImportError {
    pub line: usize,
    pub field: String,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportFailure {
    #[error("{0}")]
    Invalid(ImportError),
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// What an import wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub tenants: usize,
    pub users: usize,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

struct Checked {
    tenants: Vec<TenantIn>,
    users: Vec<(UserIn, PasswordSource)>,
}

fn check(text: &str, limits: &Limits) -> Result<Checked, ImportError> {
    let file: ImportFile = toml::from_str(text).map_err(|e| ImportError {
        line: e.span().map(|s| line_of(text, s.start)).unwrap_or(1),
        field: "file".into(),
        message: e.message().to_string(),
    })?;
    let mut tenants = Vec::new();
    for t in file.tenant {
        let line = line_of(text, t.span().start);
        let err = |field: &str, message: String| ImportError {
            line,
            field: field.into(),
            message,
        };
        let t = t.into_inner();
        if t.id.trim().is_empty() {
            return Err(err("id", "must not be empty".into()));
        }
        if t.domains.is_empty() {
            return Err(err(
                "domains",
                "at least one verified domain is needed".into(),
            ));
        }
        if !t.sender.contains('@') {
            return Err(err(
                "sender",
                format!("{:?} is not an email address", t.sender),
            ));
        }
        if let Err(errs) = t.policy.validate(TenantFlags { paid: t.paid }, limits) {
            let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
            return Err(err("policy", msgs.join("; ")));
        }
        if tenants.iter().any(|o: &TenantIn| o.id == t.id) {
            return Err(err("id", format!("tenant {:?} appears twice", t.id)));
        }
        tenants.push(t);
    }
    let mut users: Vec<(UserIn, PasswordSource)> = Vec::new();
    for u in file.user {
        let line = line_of(text, u.span().start);
        let err = |field: &str, message: String| ImportError {
            line,
            field: field.into(),
            message,
        };
        let mut u = u.into_inner();
        u.upn = userid::normalize(&u.upn, limits)
            .map_err(|e| err("upn", format!("{:?} is not a valid user ID ({e:?})", u.upn)))?;
        if users.iter().any(|(o, _)| o.upn == u.upn) {
            return Err(err("upn", format!("{} appears twice", u.upn)));
        }
        let domain = u
            .upn
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        let tenant = match &u.tenant {
            Some(id) => tenants
                .iter()
                .find(|t| &t.id == id)
                .ok_or_else(|| err("tenant", format!("no tenant {id:?} in this file")))?,
            None => tenants
                .iter()
                .find(|t| t.domains.iter().any(|d| d.eq_ignore_ascii_case(&domain)))
                .ok_or_else(|| {
                    err(
                        "upn",
                        format!("no tenant in this file has the domain {domain} (partners: set `tenant`)"),
                    )
                })?,
        };
        let kind = match &u.kind {
            None => sspr_policy::eligibility::AccountKind::Member,
            Some(k) => sspr_policy::eligibility::AccountKind::parse(k).ok_or_else(|| {
                err(
                    "kind",
                    format!("{k:?}: expected member, guest, self_service or invited"),
                )
            })?,
        };
        match (&u.home_tenant, kind) {
            (Some(h), sspr_policy::eligibility::AccountKind::Guest) => {
                if !tenants.iter().any(|t| &t.id == h) {
                    return Err(err("home_tenant", format!("no tenant {h:?} in this file")));
                }
            }
            (Some(_), _) => {
                return Err(err("home_tenant", "only a guest has a home tenant".into()));
            }
            (None, _) => {}
        }
        for g in &u.groups {
            if !tenant.groups.contains(g) {
                return Err(err(
                    "groups",
                    format!("tenant {} has no group {g:?}", tenant.id),
                ));
            }
        }
        let source = match &u.password_source {
            None => PasswordSource::Cloud,
            Some(s) => PasswordSource::parse(s).ok_or_else(|| {
                err(
                    "password_source",
                    format!("{s:?}: expected cloud, federated, pass_through or hash_sync"),
                )
            })?,
        };
        for (field, v) in [
            ("mobile_phone", &mut u.mobile_phone),
            ("office_phone", &mut u.office_phone),
            ("auth_phone", &mut u.auth_phone),
        ] {
            if let Some(p) = v.as_mut() {
                *p = phone::normalize(p).map_err(|e| {
                    err(
                        field,
                        format!("{p:?}: {e:?} (V7: write +<country code> <number>)"),
                    )
                })?;
            }
        }
        if let Some(d) = &u.last_confirmed
            && crate::report::parse_date(d).is_none()
        {
            return Err(err("last_confirmed", format!("{d:?}: expected YYYY-MM-DD")));
        }
        for (field, v) in [
            ("primary_email", &u.primary_email),
            ("alternate_email", &u.alternate_email),
            ("auth_email", &u.auth_email),
        ] {
            if let Some(e) = v
                && (!e.contains('@') || e.starts_with('@') || e.ends_with('@'))
            {
                return Err(err(field, format!("{e:?} is not an email address")));
            }
        }
        // G4: an alternate email must differ from the account's own address.
        if let Some(alt) = &u.alternate_email
            && (alt.eq_ignore_ascii_case(&u.upn)
                || u.primary_email
                    .as_deref()
                    .is_some_and(|p| p.eq_ignore_ascii_case(alt)))
        {
            return Err(err(
                "alternate_email",
                "must differ from the account's own address (G4)".into(),
            ));
        }
        if let Some(pw) = &u.password
            && pw.chars().count() < limits.password_min_chars
        {
            return Err(err(
                "password",
                format!("shorter than {} characters", limits.password_min_chars),
            ));
        }
        for t in &u.totp {
            if TotpKind::parse(&t.kind).is_none() {
                return Err(err(
                    "totp.kind",
                    format!("{:?}: expected app, software_oath or hardware_oath", t.kind),
                ));
            }
            let bits = decode_totp_secret(&t.secret)
                .map(|s| s.len() * 8)
                .unwrap_or(0);
            if bits < limits.totp_secret_min_bits as usize {
                return Err(err(
                    "totp.secret",
                    format!(
                        "must be base32 of at least {} bits",
                        limits.totp_secret_min_bits
                    ),
                ));
            }
        }
        let qs = &u.security_questions;
        if !qs.is_empty()
            && (qs.len() < limits.questions_min as usize
                || qs.len() > limits.questions_max as usize)
        {
            return Err(err(
                "security_questions",
                format!(
                    "{} given, expected {}..{}",
                    qs.len(),
                    limits.questions_min,
                    limits.questions_max
                ),
            ));
        }
        let mut seen = Vec::new();
        for q in qs {
            let n = q.answer.trim().chars().count();
            if n < limits.answer_min_chars || n > limits.answer_max_chars {
                return Err(err(
                    "security_questions.answer",
                    format!(
                        "answers must be {}..{} characters",
                        limits.answer_min_chars, limits.answer_max_chars
                    ),
                ));
            }
            if q.question.chars().count() > limits.custom_question_max_chars
                || q.question.trim().is_empty()
            {
                return Err(err(
                    "security_questions.question",
                    format!(
                        "questions must be 1..{} characters",
                        limits.custom_question_max_chars
                    ),
                ));
            }
            let a = normalize_answer(&q.answer);
            if seen.contains(&a) {
                return Err(err(
                    "security_questions.answer",
                    "two answers are the same".into(),
                ));
            }
            seen.push(a);
        }
        users.push((u, source));
    }
    Ok(Checked { tenants, users })
}

/// Check `text` completely, then write it in one transaction. With `replace`, tenants in the
/// file replace existing ones of the same id (and all their users); without it, an existing
/// tenant id or user ID is refused.
pub async fn import(
    store: &Store,
    crypto: &Crypto,
    limits: &Limits,
    text: &str,
    replace: bool,
    now: i64,
) -> Result<ImportSummary, ImportFailure> {
    let checked = check(text, limits).map_err(ImportFailure::Invalid)?;
    // Hash before the transaction: Argon2id is slow and must not hold the write lock.
    let mut hashed = Vec::new();
    for (u, _) in &checked.users {
        let pw = match &u.password {
            Some(p) => Some(crypto.hash_secret(p).await?),
            None => None,
        };
        let mut answers = Vec::new();
        for q in &u.security_questions {
            answers.push((
                canonical_question(&q.question),
                crypto.hash_secret(&normalize_answer(&q.answer)).await?,
            ));
        }
        hashed.push((pw, answers));
    }
    let tenants: Vec<ImportTenant> = checked
        .tenants
        .iter()
        .map(|t| ImportTenant {
            id: t.id.clone(),
            name: t.name.clone(),
            paid: t.paid,
            sender: t.sender.clone(),
            policy: t.policy.clone(),
            domains: t.domains.clone(),
            groups: t.groups.clone(),
        })
        .collect();
    let mut users = Vec::new();
    for ((u, source), (pw, answers)) in checked.users.iter().zip(hashed) {
        let domain = u.upn.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        let tenant_in = match &u.tenant {
            Some(id) => checked.tenants.iter().find(|t| &t.id == id),
            None => checked
                .tenants
                .iter()
                .find(|t| t.domains.iter().any(|d| d.eq_ignore_ascii_case(domain))),
        };
        // G7: registered means data for the required number of methods (C2 relies on it).
        let registered = tenant_in
            .is_some_and(|t| registration_complete(u, answers.len(), &t.policy, t.paid))
            .then(|| {
                u.last_confirmed
                    .as_deref()
                    .and_then(crate::report::parse_date)
                    .unwrap_or(now)
            });
        let mut totp = Vec::new();
        for t in &u.totp {
            // Sealed with the server key: the database never holds a seed in clear.
            let seed = decode_totp_secret(&t.secret).unwrap_or_default();
            let kind = TotpKind::parse(&t.kind)
                .ok_or_else(|| CoreError::Corrupt(format!("totp kind {:?}", t.kind)))?;
            totp.push((kind, crypto.seal(&seed)?));
        }
        users.push(ImportUser {
            tenant_id: tenant_in.map(|t| t.id.clone()).unwrap_or_default(),
            upn: u.upn.clone(),
            display_name: u.display_name.clone(),
            enabled: u.enabled,
            locked: u.locked,
            password_source: *source,
            password_hash: pw,
            admin_roles: u.admin_roles.clone(),
            primary_email: u.primary_email.clone(),
            alternate_email: u.alternate_email.clone(),
            mobile_phone: u.mobile_phone.clone(),
            office_phone: u.office_phone.clone(),
            auth_phone: u.auth_phone.clone(),
            auth_email: u.auth_email.clone(),
            registered_at: registered,
            kind: u
                .kind
                .as_deref()
                .and_then(AccountKind::parse)
                .unwrap_or_default(),
            home_tenant: u.home_tenant.clone(),
            groups: u.groups.clone(),
            totp,
            answers,
        });
    }
    store
        .import(&tenants, &users, replace)
        .await
        .map_err(|e| match e {
            ImportConflict::Tenant(id) => ImportFailure::Invalid(ImportError {
                line: 0,
                field: "tenant.id".into(),
                message: format!("tenant {id:?} exists already (use --replace)"),
            }),
            ImportConflict::User(upn) => ImportFailure::Invalid(ImportError {
                line: 0,
                field: "upn".into(),
                message: format!("{upn} exists already (use --replace)"),
            }),
            ImportConflict::Core(e) => ImportFailure::Core(e),
        })?;
    Ok(ImportSummary {
        tenants: checked.tenants.len(),
        users: checked.users.len(),
    })
}

/// G7 for an imported user: what they hold counts as registered only when it is enough.
fn registration_complete(u: &UserIn, answers: usize, policy: &Policy, paid: bool) -> bool {
    use sspr_policy::eligibility::{MethodData, UserFacts};
    let some = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.is_empty());
    let kind = |k: &str| u.totp.iter().any(|t| t.kind == k);
    let facts = UserFacts {
        enabled: u.enabled,
        groups: u.groups.clone(),
        is_admin: !u.admin_roles.is_empty(),
        password_source: PasswordSource::default(),
        data: MethodData {
            email: some(&u.auth_email),
            mobile_phone: some(&u.auth_phone),
            office_phone: false,
            app_code: kind("app"),
            app_notification: false,
            hardware_oath: kind("hardware_oath"),
            software_oath: kind("software_oath"),
            questions: answers.min(255) as u8,
        },
    };
    sspr_policy::register::progress(policy, &facts, paid).complete()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue11_an_imported_question_with_a_predefined_text_is_that_question() {
        assert_eq!(
            canonical_question("What was the name of your first pet?"),
            "sq-first-pet"
        );
        assert_eq!(
            canonical_question("  what was the name of  your first pet "),
            "sq-first-pet"
        );
        assert_eq!(
            canonical_question(&sspr_i18n::tr(sspr_i18n::Lang::JaJp, "sq-birth-city")),
            "sq-birth-city"
        );
        assert_eq!(canonical_question("sq-first-car"), "sq-first-car");
        assert_eq!(
            canonical_question("What was your first car?"),
            "What was your first car?"
        );
    }

    const GOOD: &str = r#"
[[tenant]]
id = "t"
name = "T"
domains = ["t.example"]
sender = "no-reply@t.example"
groups = ["staff"]
[tenant.policy]
scope = "all"
methods = ["email", "mobile_phone"]

[[user]]
upn = "A@T.example"
display_name = "A"
groups = ["staff"]
mobile_phone = "+81 90-1234-5678"
"#;

    fn check_err(text: &str) -> ImportError {
        check(text, &Limits::default())
            .err()
            .expect("must be refused")
    }

    #[test]
    fn import_accepts_a_good_file_and_normalises() {
        let c = check(GOOD, &Limits::default()).unwrap();
        assert_eq!(c.users[0].0.upn, "a@t.example");
        assert_eq!(c.users[0].0.mobile_phone.as_deref(), Some("+81 9012345678"));
    }

    #[test]
    fn import_refuses_with_line_and_field() {
        let bad_phone = GOOD.replace("+81 90-1234-5678", "090-1234");
        let e = check_err(&bad_phone);
        assert_eq!((e.line, e.field.as_str()), (12, "mobile_phone"), "{e}");
        let bad_key = GOOD.replace("display_name = \"A\"", "display_nam = \"A\"");
        let e = check_err(&bad_key);
        assert!(e.message.contains("display_nam"), "{e}");
        let bad_group = GOOD.replace(
            "groups = [\"staff\"]\nmobile",
            "groups = [\"nope\"]\nmobile",
        );
        assert_eq!(check_err(&bad_group).field, "groups");
        let p12 = GOOD.replace(
            "methods = [\"email\", \"mobile_phone\"]",
            "methods = [\"mobile_app_code\"]",
        );
        let e = check_err(&p12);
        assert_eq!((e.line, e.field.as_str()), (2, "policy"));
        assert!(e.message.contains("P12"), "{e}");
        let g4 = GOOD.replace("display_name = \"A\"", "display_name = \"A\"\nprimary_email = \"a@t.example\"\nalternate_email = \"A@t.example\"");
        assert_eq!(check_err(&g4).field, "alternate_email");
    }

    #[tokio::test]
    async fn import_is_all_or_nothing() {
        let store = Store::memory().await.unwrap();
        let crypto = Crypto::new([3; 32], &Limits::default(), 1).unwrap();
        let l = Limits::default();
        let s = import(&store, &crypto, &l, GOOD, false, 0).await.unwrap();
        assert_eq!(
            s,
            ImportSummary {
                tenants: 1,
                users: 1
            }
        );
        // Again without replace: refused, and nothing half-written.
        let twice = import(&store, &crypto, &l, GOOD, false, 0).await;
        assert!(matches!(twice, Err(ImportFailure::Invalid(_))));
        let again = import(&store, &crypto, &l, GOOD, true, 0).await.unwrap();
        assert_eq!(again.users, 1);
        assert!(store.user_by_upn("a@t.example").await.unwrap().is_some());
    }

    #[tokio::test]
    async fn totp_seeds_are_sealed_in_the_database() {
        let store = Store::memory().await.unwrap();
        let crypto = Crypto::new([3; 32], &Limits::default(), 1).unwrap();
        let text = GOOD.replace(
            "mobile_phone = \"+81 90-1234-5678\"",
            "totp = [{ kind = \"app\", secret = \"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\" }]",
        );
        import(&store, &crypto, &Limits::default(), &text, false, 0)
            .await
            .unwrap();
        let creds = store
            .totp_credentials(1, crate::store::TotpKind::App)
            .await
            .unwrap();
        assert_eq!(creds.len(), 1);
        assert!(!creds[0].secret.contains("JBSWY3DP"), "{}", creds[0].secret);
        assert_eq!(
            crypto.open(&creds[0].secret),
            decode_totp_secret("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        );
    }
}
