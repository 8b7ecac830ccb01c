//! Signed-in users (issue 3): sign-in with smart lockout (G1), server-side sessions, the
//! security-info registration of every method (G3..G7), the sign-in interrupt (G2, C1, C2)
//! and change password (N4). Owns these side effects; refuses to render anything, and every
//! rule it applies comes from the policy crate (`signin`, `register`, `password`). This
//! file holds the session types and loading; `signin.rs`, `enrol.rs` and `password.rs`
//! the actions.

pub mod console;
mod console_reports;
mod console_users;
mod enrol;
mod password;
pub mod recovery;
mod signin;

use serde::{Deserialize, Serialize};
use sspr_i18n::Lang;
use sspr_policy::register::{self, EmailProblem, QuestionProblem};
use sspr_policy::signin::{Failure, Interrupt, Lockout, SignInGate, sign_in_interrupt};
use sspr_policy::{Method, PasswordProblem, phone, userid};

use crate::crypto::normalize_answer;
use crate::delivery::Channel;
use crate::proof::{
    self, Answer, Challenge, Pending, ProofError, ProofOption, Prover, Purpose, Subject, Verifier,
};
use crate::store::{
    AuditEvent, AuditStep, ContactField, Outcome, Tenant, TotpKind, UserLock, UserRecord,
};
use crate::{Core, CoreError};
use sspr_wire::ErrorCode;

pub use sspr_wire::{
    AccountWire, CheckWire, EnrolWire, InterruptKind, MethodWire, OptionWire, PendingWire,
};

/// A registration waiting for its proof: a code sent, or an authenticator secret shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
enum Enrol {
    Email {
        address: String,
        code: Challenge,
    },
    Phone {
        number: String,
        office: bool,
        voice: bool,
        code: Challenge,
    },
    /// The secret is sealed with the server key even inside the session row.
    Totp {
        totp_kind: TotpKind,
        sealed: String,
    },
    /// V4: a pairing code for the device page (sealed; its HMAC is in `device_pairings`).
    Device {
        sealed: String,
        expires_at: i64,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SessionState {
    upn: String,
    lang: String,
    ip: Option<String>,
    signed_in_at: i64,
    return_url: Option<String>,
    interrupt: Option<InterruptKind>,
    pending: Option<Enrol>,
    /// Sign-in verification still to pass: the session opens nothing until it is done.
    #[serde(default)]
    check: Option<SignInCheck>,
    /// Issue 12: this session passed the sign-in second step (the console requires it).
    #[serde(default)]
    second_step: bool,
    /// Issue 12: a console page's form waiting for its review (kept so nothing typed is lost).
    #[serde(default)]
    draft: Option<console::Draft>,
    /// Issue 12: a recovery code this administrator just issued, sealed, shown to them
    /// until they dismiss it.
    #[serde(default)]
    issued: Option<console::Issued>,
    /// Issue 12: signed in with a helpdesk recovery code, to register new methods.
    #[serde(default)]
    recovery: bool,
}

impl SessionState {
    fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }
}

/// Second step of sign-in for users with a method fit for it (an authenticator, a device or
/// a phone; never email or security questions, as in Entra). Protects security info from a
/// stolen password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SignInCheck {
    options: Vec<ProofOption>,
    pending: Option<Pending>,
}

/// What stopped a signed-in action; each maps to a Fluent id, and none reveals whether an
/// account exists (sign-in failures are one message).
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("not signed in, or the session ended")]
    NoSession,
    #[error("user id refused")]
    UserId(userid::UserIdError),
    #[error("user id or password wrong")]
    Credentials,
    #[error("smart lockout")]
    LockedOut { until: i64 },
    #[error("account locked")]
    AccountLocked,
    #[error("method not allowed")]
    NotAllowed,
    #[error("unknown method")]
    UnknownMethod,
    #[error("nothing pending")]
    NothingPending,
    #[error("code wrong")]
    CodeWrong,
    #[error("code expired")]
    CodeExpired,
    #[error("too many failed verifications")]
    Blocked { until: i64 },
    #[error("too many codes sent")]
    EmailLimit { until: i64 },
    #[error("delivery failed")]
    Delivery,
    #[error("email refused")]
    Email(EmailProblem),
    #[error("phone refused")]
    Phone(phone::PhoneError),
    #[error("questions refused")]
    Questions(Vec<QuestionProblem>),
    #[error("too many authenticator apps")]
    TooManyApps,
    #[error("no such token")]
    TokenUnknown,
    #[error("password refused")]
    Password(Vec<PasswordProblem>),
    #[error("current password wrong")]
    CurrentPassword,
    #[error("password managed on-premises")]
    OnPremises,
    #[error("too many devices")]
    TooManyDevices,
    #[error("sign-in verification still to pass")]
    NeedsVerification,
    #[error("the directory's password policy refused the password")]
    DirectoryPolicy,
    #[error("notification not answered yet")]
    PushPending,
    #[error("notification denied")]
    PushDenied,
    /// Issue 10: a quota beyond SPEC 16; its page says when to try again.
    #[error(transparent)]
    Limited(crate::quota::Refused),
    #[error("phone country not allowed")]
    PhoneCountry,
    #[error(transparent)]
    Internal(#[from] CoreError),
}

impl From<ProofError> for AccountError {
    fn from(e: ProofError) -> Self {
        match e {
            ProofError::Blocked { until } => AccountError::Blocked { until },
            ProofError::SendLimit { until } => AccountError::EmailLimit { until },
            ProofError::Limited(r) => AccountError::Limited(r),
            ProofError::PhoneCountry => AccountError::PhoneCountry,
            ProofError::Delivery => AccountError::Delivery,
            ProofError::Expired => AccountError::CodeExpired,
            ProofError::Wrong | ProofError::AnswersWrong => AccountError::CodeWrong,
            ProofError::PushPending => AccountError::PushPending,
            ProofError::PushDenied => AccountError::PushDenied,
            ProofError::Internal(e) => AccountError::Internal(e),
        }
    }
}

impl AccountError {
    /// Stable code for URLs (`?e=`) and audit rows.
    /// What the user is shown.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            AccountError::NoSession => ErrorCode::NoSession,
            AccountError::UserId(userid::UserIdError::Empty) => ErrorCode::UserIdEmpty,
            AccountError::UserId(userid::UserIdError::NotAnAddress) => ErrorCode::UserIdShape,
            AccountError::UserId(userid::UserIdError::TooLong) => ErrorCode::UserIdTooLong,
            AccountError::Credentials => ErrorCode::Credentials,
            AccountError::LockedOut { .. } => ErrorCode::LockedOut,
            AccountError::AccountLocked => ErrorCode::AccountLocked,
            AccountError::NotAllowed => ErrorCode::NotAllowed,
            AccountError::UnknownMethod => ErrorCode::UnknownOption,
            AccountError::NothingPending => ErrorCode::CodeUsed,
            AccountError::CodeWrong => ErrorCode::CodeWrong,
            AccountError::CodeExpired => ErrorCode::CodeExpired,
            AccountError::Blocked { .. } => ErrorCode::Blocked,
            AccountError::EmailLimit { .. } => ErrorCode::EmailLimit,
            AccountError::Delivery => ErrorCode::Delivery,
            AccountError::Email(p) => match p {
                EmailProblem::Shape => ErrorCode::EmailShape,
                EmailProblem::SameAsAccount => ErrorCode::EmailSame,
            },
            AccountError::Phone(_) => ErrorCode::Phone,
            AccountError::Questions(_) => ErrorCode::Questions,
            AccountError::TooManyApps => ErrorCode::TooManyApps,
            AccountError::TokenUnknown => ErrorCode::TokenUnknown,
            AccountError::Password(_) => ErrorCode::Password,
            AccountError::CurrentPassword => ErrorCode::CurrentPassword,
            AccountError::OnPremises => ErrorCode::OnPremises,
            AccountError::TooManyDevices => ErrorCode::TooManyApps,
            AccountError::NeedsVerification => ErrorCode::NeedsVerification,
            AccountError::DirectoryPolicy => ErrorCode::DirectoryPolicy,
            AccountError::PushPending => ErrorCode::PushPending,
            AccountError::PushDenied => ErrorCode::PushDenied,
            AccountError::Limited(r) => r.limit.error_code(),
            AccountError::PhoneCountry => ErrorCode::PhoneCountry,
            AccountError::Internal(CoreError::Busy) => ErrorCode::Busy,
            AccountError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// Stable code for URLs (`?e=`).
    pub fn code(&self) -> &'static str {
        self.error_code().code()
    }
}

pub struct SignInRequest {
    pub user_id: String,
    pub password: String,
    pub lang: Lang,
    pub ip: Option<String>,
    pub return_url: Option<String>,
    /// The session cookie the browser still held, ended at sign-in (rotation).
    pub previous: Option<String>,
}

pub struct SignedIn {
    pub token: String,
    pub interrupt: Option<InterruptKind>,
    pub return_url: Option<String>,
    /// A second step is due first (`/signin/verify`).
    pub needs_verification: bool,
    /// Issue 12: a recovery code was asked to reset, which the policy does not allow; it
    /// signed the user in to register instead.
    pub reset_refused: bool,
}

/// Issue 12: what a sign-in's credential opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Credential {
    Password,
    /// A helpdesk recovery code; `reset`: the user asked to reset their password with it.
    RecoveryCode {
        reset: bool,
    },
}

/// What a sign-in opened: a session, or (a recovery code asked to reset) a reset flow.
pub enum Entry {
    Session(SignedIn),
    /// The flow's token: the reset continues at its new password.
    Reset {
        flow: String,
    },
}

/// Never prints the flow's token.
impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Entry::Session(s) => f.debug_tuple("Session").field(s).finish(),
            Entry::Reset { .. } => f.write_str("Reset { .. }"),
        }
    }
}

/// Never prints the token.
impl std::fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedIn")
            .field("interrupt", &self.interrupt)
            .field("return_url", &self.return_url)
            .field("needs_verification", &self.needs_verification)
            .field("reset_refused", &self.reset_refused)
            .finish_non_exhaustive()
    }
}

/// A session, its user and tenant, loaded while holding the user's lock.
type Locked = (SessionState, UserRecord, Tenant, UserLock);

/// A fixed hash to verify against when the account has none, so unknown user IDs cost the
/// same Argon2id time as known ones (B3).
static DUMMY_HASH: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

/// Signed-in actions.
pub struct Accounts<'a> {
    core: &'a Core,
}

impl<'a> Accounts<'a> {
    pub fn new(core: &'a Core) -> Self {
        Accounts { core }
    }

    fn key(&self, token: &str) -> Vec<u8> {
        self.core.crypto.mac(&[b"session", token.as_bytes()])
    }

    async fn audit(
        &self,
        user: &UserRecord,
        ip: Option<&str>,
        step: AuditStep,
        method: Option<Method>,
        outcome: Outcome,
        reason: Option<&str>,
    ) {
        let e = AuditEvent {
            at: self.core.now(),
            tenant_id: Some(user.tenant_id.clone()),
            user: Some(user.upn.clone()),
            ip: ip.map(String::from),
            client: Some("browser".into()),
            step,
            method,
            outcome,
            reason: reason.map(String::from),
        };
        if let Err(err) = self.core.audit(&e).await {
            tracing::error!(error = %err, step = step.as_str(), "audit write failed");
        }
    }

    /// The session and its user, or `NoSession` (expired, signed out, account gone or
    /// disabled), or `NeedsVerification` while the second step of sign-in is due.
    async fn load(&self, token: &str) -> Result<(SessionState, UserRecord, Tenant), AccountError> {
        let loaded = self.load_any(token).await?;
        if loaded.0.check.is_some() {
            return Err(AccountError::NeedsVerification);
        }
        Ok(loaded)
    }

    /// `load`, then again under the user's lock, so a write never rests on a state another
    /// request changed in between.
    async fn load_locked(&self, token: &str) -> Result<Locked, AccountError> {
        let upn = self.load(token).await?.1.upn;
        let guard = self.core.store.lock_user(&upn).await?;
        let (st, user, tenant) = self.load(token).await?;
        Ok((st, user, tenant, guard))
    }

    async fn load_any_locked(&self, token: &str) -> Result<Locked, AccountError> {
        let upn = self.load_any(token).await?.1.upn;
        let guard = self.core.store.lock_user(&upn).await?;
        let (st, user, tenant) = self.load_any(token).await?;
        Ok((st, user, tenant, guard))
    }

    async fn load_any(
        &self,
        token: &str,
    ) -> Result<(SessionState, UserRecord, Tenant), AccountError> {
        let core = self.core;
        let row = core
            .store
            .get_session(&self.key(token), core.now())
            .await?
            .ok_or(AccountError::NoSession)?;
        // A state this version cannot read (written before an upgrade) is a session that
        // ended: the user signs in again.
        let st: SessionState = serde_json::from_str(&row.state).map_err(|e| {
            tracing::warn!(error = %e, "a stored session could not be read; treated as ended");
            AccountError::NoSession
        })?;
        let user = core
            .store
            .user_by_upn(&st.upn)
            .await?
            .filter(|u| u.id == row.user_id && u.enabled)
            .ok_or(AccountError::NoSession)?;
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(AccountError::NoSession)?;
        Ok((st, user, tenant))
    }

    async fn save(&self, token: &str, st: &SessionState) -> Result<(), AccountError> {
        let json = serde_json::to_string(st).map_err(CoreError::from)?;
        self.core
            .store
            .update_session(&self.key(token), &json)
            .await?;
        Ok(())
    }

    /// The proof engine for this session's user.
    fn prover<'s>(
        &'s self,
        st: &'s SessionState,
        user: &'s UserRecord,
        purpose: Purpose,
        token: &'s str,
        held: &'s UserLock,
    ) -> Prover<'s> {
        Prover::new(
            self.core,
            Subject {
                upn: &st.upn,
                user_id: Some(user.id),
                tenant_id: Some(&user.tenant_id),
                ip: st.ip.as_deref(),
                client: "browser",
                purpose,
                token,
            },
            held,
        )
    }
}

fn entry(id: &str, method: Method, detail: String, from_directory: bool) -> MethodWire {
    MethodWire {
        id: id.into(),
        method,
        detail,
        from_directory,
        added_at: None,
        needed: false,
    }
}

fn on_premises(u: &UserRecord) -> bool {
    u.password_source.on_premises()
}

/// What this user may register. B2: users who signed up themselves or were invited keep
/// the email they registered then; nothing here may replace it (only a reset proves them).
fn registrable_for(user: &UserRecord, tenant: &Tenant) -> Vec<Method> {
    use sspr_policy::eligibility::AccountKind;
    match user.kind {
        AccountKind::SelfService | AccountKind::Invited => Vec::new(),
        AccountKind::Member | AccountKind::Guest => {
            register::registrable(&tenant.policy, !user.admin_roles.is_empty(), tenant.paid)
        }
    }
}

/// G2, C1, C2 for this user now: only where SSPR applies to them (P1, E3d).
fn interrupt_for(user: &UserRecord, tenant: &Tenant, now: i64) -> Option<InterruptKind> {
    let facts = user.facts();
    if !register::sspr_enabled_for(&tenant.policy, &facts) {
        return None;
    }
    let has_enough = register::progress(&tenant.policy, &facts, tenant.paid).complete();
    match sign_in_interrupt(
        &tenant.policy,
        has_enough,
        user.registered_at,
        user.last_confirmed_at,
        now,
    ) {
        Interrupt::None => None,
        Interrupt::Register => Some(InterruptKind::Register),
        Interrupt::Reconfirm => Some(InterruptKind::Reconfirm),
    }
}

/// `otpauth://totp/Issuer:user?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30`.
pub fn otpauth_uri(issuer: &str, upn: &str, secret_b32: &str, period: i64) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'@' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period={period}",
        enc(issuer),
        enc(upn),
        enc(issuer)
    )
}
