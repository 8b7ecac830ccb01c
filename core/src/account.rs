//! Signed-in users (issue 3): sign-in with smart lockout (G1), server-side sessions, the
//! security-info registration of every method (G3..G7), the sign-in interrupt (G2, C1, C2)
//! and change password (N4). Owns these side effects; refuses to render anything, and every
//! rule it applies comes from the policy crate (`signin`, `register`, `password`).

use serde::{Deserialize, Serialize};
use sspr_i18n::Lang;
use sspr_policy::register::{self, EmailProblem, Progress, QuestionProblem};
use sspr_policy::signin::{Failure, Interrupt, Lockout, SignInGate, sign_in_interrupt};
use sspr_policy::throttle::Gate;
use sspr_policy::{Method, PasswordProblem, PasswordRules, phone, userid};

use crate::crypto::{Crypto, normalize_answer, totp_match};
use crate::delivery::Channel;
use crate::flow::{CODE_SENT, VERIFY_FAIL, email_window, gate, user_facts, verify_window};
use crate::store::{
    AuditEvent, AuditStep, ContactField, Outcome, Tenant, TotpKind, UserLock, UserRecord,
};
use crate::{Core, CoreError};

/// What sign-in leads to before the portal (G2, C1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterruptKind {
    Register,
    Reconfirm,
}

/// A registration waiting for its proof: a code sent, or an authenticator secret shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
enum Enrol {
    Email {
        address: String,
        hash: String,
        expires_at: i64,
    },
    Phone {
        number: String,
        office: bool,
        voice: bool,
        hash: String,
        expires_at: i64,
    },
    /// The secret is sealed with the server key even inside the session row.
    Totp { totp_kind: TotpKind, sealed: String },
    /// V4: a pairing code for the device page (sealed; its HMAC is in `device_pairings`).
    Device { sealed: String, expires_at: i64 },
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
}

/// Second step of sign-in for users with a method fit for it (an authenticator, a device or
/// a phone; never email or security questions, as in Entra). Protects security info from a
/// stolen password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SignInCheck {
    options: Vec<CheckOption>,
    pending: Option<CheckPending>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct CheckOption {
    /// `app`, `software_oath`, `hardware_oath`, `push`, `sms`, `voice` or `office`.
    id: String,
    method: Method,
    target: Option<String>,
    masked: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum CheckPending {
    Code {
        option: String,
        hash: String,
        expires_at: i64,
    },
    Totp {
        option: String,
    },
    Push {
        option: String,
        challenge: i64,
        number: u8,
    },
}

impl CheckPending {
    fn option(&self) -> &str {
        match self {
            CheckPending::Code { option, .. }
            | CheckPending::Totp { option }
            | CheckPending::Push { option, .. } => option,
        }
    }
}

/// The sign-in verification page: the methods offered (masked) and the one pending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckView {
    pub lang: Lang,
    /// (id, method, masked target).
    pub options: Vec<(String, Method, String)>,
    pub pending: Option<String>,
    /// V4: the number to type on the device.
    pub number: Option<u8>,
}

/// One registered method as the security-info page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodEntry {
    /// `email`, `phone`, `office`, `questions` or `totp-<id>`.
    pub id: String,
    pub method: Method,
    /// The address or number (the user's own), a token's serial, or empty.
    pub detail: String,
    /// G3: a mobile phone from the directory, not yet registered by the user.
    pub from_directory: bool,
    pub added_at: Option<i64>,
}

/// A registration in progress, as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PendingView {
    Email {
        address: String,
    },
    Phone {
        number: String,
        office: bool,
        voice: bool,
    },
    /// G5: the secret (base32) and its `otpauth://` URI for the QR code.
    Totp {
        totp_kind: String,
        secret: String,
        uri: String,
    },
    /// V4: the code to type on the device page.
    Device {
        code: String,
    },
}

/// Everything the signed-in pages show. Holds no answer, code or stored secret; only the
/// secret of an authenticator being added is shown, to its own user, until it is verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecurityInfo {
    pub upn: String,
    pub display_name: String,
    pub lang: Lang,
    pub interrupt: Option<InterruptKind>,
    pub return_url: Option<String>,
    pub methods: Vec<MethodEntry>,
    /// Methods the user may register now (G7, E3d, P3).
    pub can_add: Vec<Method>,
    pub progress: Progress,
    /// Whether the user could reset their password now (E3 passes).
    pub can_reset: bool,
    pub pending: Option<PendingView>,
    /// G6: question ids (`sq-*`) and the tenant's own questions, and how many to pick.
    pub questions_offered: Vec<String>,
    pub questions_to_register: u8,
    pub registered_questions: Vec<String>,
    /// Hardware tokens imported for this user, waiting for activation (serials).
    pub inactive_tokens: Vec<String>,
    /// G3: the directory's mobile phone, offered pre-filled at first registration.
    pub prefill_phone: Option<String>,
    pub apps: usize,
    pub apps_max: usize,
    pub password_rules: PasswordRules,
    pub name_parts: Vec<String>,
    /// The password lives on-premises and no directory is configured: change it there.
    pub on_premises: bool,
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
    #[error(transparent)]
    Internal(#[from] CoreError),
}

impl AccountError {
    /// Stable code for URLs (`?e=`) and audit rows.
    pub fn code(&self) -> &'static str {
        match self {
            AccountError::NoSession => "no-session",
            AccountError::UserId(userid::UserIdError::Empty) => "userid-empty",
            AccountError::UserId(userid::UserIdError::NotAnAddress) => "userid-shape",
            AccountError::UserId(userid::UserIdError::TooLong) => "userid-too-long",
            AccountError::Credentials => "credentials",
            AccountError::LockedOut { .. } => "locked-out",
            AccountError::AccountLocked => "account-locked",
            AccountError::NotAllowed => "not-allowed",
            AccountError::UnknownMethod => "unknown-option",
            AccountError::NothingPending => "code-used",
            AccountError::CodeWrong => "code-wrong",
            AccountError::CodeExpired => "code-expired",
            AccountError::Blocked { .. } => "blocked",
            AccountError::EmailLimit { .. } => "email-limit",
            AccountError::Delivery => "delivery",
            AccountError::Email(p) => match p {
                EmailProblem::Shape => "email-shape",
                EmailProblem::SameAsAccount => "email-same",
            },
            AccountError::Phone(_) => "phone",
            AccountError::Questions(_) => "questions",
            AccountError::TooManyApps => "too-many-apps",
            AccountError::TokenUnknown => "token-unknown",
            AccountError::Password(_) => "password",
            AccountError::CurrentPassword => "current-password",
            AccountError::OnPremises => "on-premises",
            AccountError::TooManyDevices => "too-many-apps",
            AccountError::NeedsVerification => "needs-verification",
            AccountError::DirectoryPolicy => "directory-policy",
            AccountError::PushPending => "push-pending",
            AccountError::PushDenied => "push-denied",
            AccountError::Internal(_) => "internal",
        }
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
}

/// Never prints the token.
impl std::fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedIn")
            .field("interrupt", &self.interrupt)
            .field("return_url", &self.return_url)
            .field("needs_verification", &self.needs_verification)
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

    fn lockout(&self) -> Lockout {
        let l = &self.core.config.limits;
        Lockout {
            threshold: l.signin_lockout_threshold,
            first_lock_secs: l.signin_lockout_secs,
            max_lock_secs: l.signin_lockout_max_secs,
        }
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
        if let Err(err) = self.core.store.audit(&e).await {
            tracing::error!(error = %err, step = step.as_str(), "audit write failed");
        }
    }

    /// The password check. Cloud accounts use the local Argon2id hash; accounts whose
    /// password lives on-premises will bind to the directory (issue 4) and fail until then.
    async fn password_ok(
        &self,
        user: Option<&UserRecord>,
        password: &str,
    ) -> Result<bool, CoreError> {
        let crypto = &self.core.crypto;
        // The directory's bind for accounts whose password lives on-premises.
        if let (Some(u), Some(dir)) = (user.filter(|u| u.enabled), &self.core.directory)
            && on_premises(u)
        {
            use crate::directory::DirectoryError as D;
            return match dir.check_password(&u.upn, password).await {
                Ok(ok) => Ok(ok),
                Err(D::NoSuchUser) | Err(D::PolicyRefused) => Ok(false),
                Err(D::Unavailable(e)) => Err(CoreError::Directory(e)),
            };
        }
        let hash = match user {
            Some(u) if u.enabled => self.core.store.password_hash(u.id).await?,
            _ => None,
        };
        match hash {
            Some(h) => crypto.verify_secret(password, &h).await,
            None => {
                let dummy = DUMMY_HASH
                    .get_or_try_init(|| crypto.hash_secret("sspr-no-account"))
                    .await?;
                crypto.verify_secret(password, dummy).await?;
                Ok(false)
            }
        }
    }

    fn fingerprint(&self, upn: &str, password: &str) -> i64 {
        let m = self
            .core
            .crypto
            .mac(&[b"signin-fp", upn.as_bytes(), password.as_bytes()]);
        i64::from_be_bytes(m[..8].try_into().unwrap_or([0; 8]))
    }

    async fn lockout_gate(&self, upn: &str) -> Result<SignInGate, CoreError> {
        let now = self.core.now();
        let l = self.lockout();
        let failures: Vec<Failure> = self
            .core
            .store
            .signin_failures(upn, now - l.max_lock_secs)
            .await?
            .into_iter()
            .map(|(at, fp)| Failure {
                at,
                fingerprint: fp as u64,
            })
            .collect();
        Ok(l.gate(&failures, now))
    }

    /// G1: user ID and password. Unknown, disabled and wrong all answer `Credentials` after
    /// the same work; failures feed smart lockout whether or not the account exists.
    pub async fn sign_in(&self, req: SignInRequest) -> Result<SignedIn, AccountError> {
        let core = self.core;
        let upn =
            userid::normalize(&req.user_id, &core.config.limits).map_err(AccountError::UserId)?;
        let started = tokio::time::Instant::now();
        let floor = std::time::Duration::from_millis(core.config.limits.signin_failure_floor_ms);
        let _guard = core.store.lock_user(&upn).await?;
        if let Some(prev) = &req.previous {
            core.store.delete_session(&self.key(prev)).await?;
        }
        let user = core.store.user_by_upn(&upn).await?;
        if let SignInGate::Locked { until } = self.lockout_gate(&upn).await? {
            if let Some(u) = &user {
                self.audit(
                    u,
                    req.ip.as_deref(),
                    AuditStep::SignIn,
                    None,
                    Outcome::Blocked,
                    Some("locked-out"),
                )
                .await;
            }
            tokio::time::sleep_until(started + floor).await;
            return Err(AccountError::LockedOut { until });
        }
        let ok = self.password_ok(user.as_ref(), &req.password).await?;
        let now = core.now();
        let Some(user) = user.clone().filter(|_| ok) else {
            core.store
                .add_signin_failure(&upn, now, self.fingerprint(&upn, &req.password))
                .await?;
            if let Some(u) = &user {
                let reason = if !u.enabled {
                    "disabled"
                } else if u.password_source.on_premises() {
                    "directory-not-configured"
                } else {
                    "credentials"
                };
                self.audit(
                    u,
                    req.ip.as_deref(),
                    AuditStep::SignIn,
                    None,
                    Outcome::Fail,
                    Some(reason),
                )
                .await;
            }
            // B3: every refusal takes at least the same time, whatever work it needed.
            tokio::time::sleep_until(started + floor).await;
            return Err(AccountError::Credentials);
        };
        core.store.clear_signin_failures(&upn).await?;
        if user.locked {
            self.audit(
                &user,
                req.ip.as_deref(),
                AuditStep::SignIn,
                None,
                Outcome::Fail,
                Some("account-locked"),
            )
            .await;
            return Err(AccountError::AccountLocked);
        }
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(AccountError::Credentials)?;
        let interrupt = interrupt_for(&user, &tenant, now);
        let options = check_options(&user);
        let check = (!options.is_empty()).then_some(SignInCheck {
            options,
            pending: None,
        });
        let token = core.crypto.token();
        let st = SessionState {
            upn: upn.clone(),
            lang: req.lang.tag().into(),
            ip: req.ip.clone(),
            signed_in_at: now,
            return_url: req.return_url.filter(|u| core.config.return_url_allowed(u)),
            interrupt,
            pending: None,
            check,
        };
        core.store
            .put_session(
                &self.key(&token),
                user.id,
                now + core.config.limits.session_ttl_secs,
                &serde_json::to_string(&st).map_err(CoreError::from)?,
            )
            .await?;
        self.audit(
            &user,
            req.ip.as_deref(),
            AuditStep::SignIn,
            None,
            Outcome::Ok,
            interrupt.map(|i| match i {
                InterruptKind::Register => "interrupt-register",
                InterruptKind::Reconfirm => "interrupt-reconfirm",
            }),
        )
        .await;
        Ok(SignedIn {
            token,
            interrupt,
            return_url: st.return_url,
            needs_verification: st.check.is_some(),
        })
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
        let st: SessionState = serde_json::from_str(&row.state).map_err(CoreError::from)?;
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

    pub async fn sign_out(&self, token: &str) -> Result<(), AccountError> {
        if let Ok((st, user, _)) = self.load(token).await {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::SignOut,
                None,
                Outcome::Ok,
                None,
            )
            .await;
        }
        self.core.store.delete_session(&self.key(token)).await?;
        Ok(())
    }

    /// The signed-in pages' data.
    pub async fn info(&self, token: &str) -> Result<SecurityInfo, AccountError> {
        let core = self.core;
        let (st, user, tenant) = self.load(token).await?;
        let policy = &tenant.policy;
        let facts = user_facts(&user);
        let totps = core.store.list_totp(user.id).await?;
        let nonempty = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
        let mut methods = Vec::new();
        for t in totps.iter().filter(|t| t.activated) {
            let method = t.kind.method();
            methods.push(MethodEntry {
                id: format!("totp-{}", t.id),
                method,
                detail: t.serial.clone().unwrap_or_default(),
                from_directory: false,
                added_at: t.created_at,
            });
        }
        for d in core.store.devices_of(user.id).await? {
            methods.push(MethodEntry {
                id: format!("device-{}", d.id),
                method: Method::MobileAppNotification,
                detail: d.name,
                from_directory: false,
                added_at: Some(d.created_at),
            });
        }
        match (nonempty(&user.auth_phone), nonempty(&user.mobile_phone)) {
            (Some(p), _) => methods.push(entry("phone", Method::MobilePhone, p, false)),
            (None, Some(p)) => methods.push(entry("phone", Method::MobilePhone, p, true)),
            _ => {}
        }
        if let Some(p) = nonempty(&user.auth_office_phone) {
            methods.push(entry("office", Method::OfficePhone, p, false));
        }
        // V2: the alternate email is never shown here; only the registered one is.
        if let Some(e) = nonempty(&user.auth_email) {
            methods.push(entry("email", Method::Email, e, false));
        }
        let registered_questions: Vec<String> = core
            .store
            .security_answers(user.id)
            .await?
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        if !registered_questions.is_empty() {
            methods.push(entry(
                "questions",
                Method::SecurityQuestions,
                registered_questions.len().to_string(),
                false,
            ));
        }
        let apps = totps
            .iter()
            .filter(|t| t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath))
            .count();
        let apps_max = core.config.limits.authenticator_apps_max;
        let devices = user.devices as usize;
        let inactive_tokens: Vec<String> = totps
            .iter()
            .filter(|t| !t.activated)
            .filter_map(|t| t.serial.clone())
            .collect();
        let can_add: Vec<Method> = registrable_for(&user, &tenant)
            .into_iter()
            .filter(|m| match m {
                Method::MobileAppCode | Method::SoftwareOath => apps < apps_max,
                Method::MobileAppNotification => devices < apps_max,
                Method::HardwareOath => !inactive_tokens.is_empty(),
                _ => true,
            })
            .collect();
        let pending = match &st.pending {
            None => None,
            Some(Enrol::Device { sealed, expires_at }) => {
                // Shown until the device pairs (the code is spent) or it expires.
                if *expires_at > core.now() && core.store.pairing_open(user.id, core.now()).await? {
                    let code = core
                        .crypto
                        .open(sealed)
                        .ok_or_else(|| CoreError::Corrupt("pairing code".into()))?;
                    Some(PendingView::Device {
                        code: String::from_utf8_lossy(&code).into_owned(),
                    })
                } else {
                    None
                }
            }
            Some(Enrol::Email { address, .. }) => Some(PendingView::Email {
                address: address.clone(),
            }),
            Some(Enrol::Phone {
                number,
                office,
                voice,
                ..
            }) => Some(PendingView::Phone {
                number: number.clone(),
                office: *office,
                voice: *voice,
            }),
            Some(Enrol::Totp { totp_kind, sealed }) => {
                let raw = core
                    .crypto
                    .open(sealed)
                    .ok_or_else(|| CoreError::Corrupt("pending secret".into()))?;
                let secret = data_encoding::BASE32_NOPAD.encode(&raw);
                Some(PendingView::Totp {
                    totp_kind: totp_kind.as_str().into(),
                    uri: otpauth_uri(
                        &tenant.name,
                        &user.upn,
                        &secret,
                        core.config.limits.totp_step_secs,
                    ),
                    secret,
                })
            }
        };
        // Changed elsewhere only when it lives on-premises and no directory is configured.
        let on_premises = on_premises(&user) && core.directory.is_none();
        Ok(SecurityInfo {
            upn: user.upn.clone(),
            display_name: user.display_name.clone(),
            lang: Lang::from_tag(&st.lang).unwrap_or_default(),
            interrupt: st.interrupt,
            return_url: st.return_url.clone(),
            methods,
            can_add,
            progress: register::progress(policy, &facts, tenant.paid),
            can_reset: sspr_policy::check_eligibility(
                &user.upn,
                Some(&facts),
                policy,
                &core.config.consumer_domains,
            )
            .is_ok(),
            pending,
            questions_offered: register::offered_questions(policy),
            questions_to_register: policy.questions_to_register,
            registered_questions,
            inactive_tokens,
            prefill_phone: nonempty(&user.auth_phone).or_else(|| nonempty(&user.mobile_phone)),
            apps,
            apps_max,
            password_rules: policy.password.clone(),
            name_parts: sspr_policy::password::name_parts(&user.upn, &user.display_name),
            on_premises,
        })
    }

    /// The sign-in verification page's data.
    pub async fn check_view(&self, token: &str) -> Result<CheckView, AccountError> {
        let (st, _, _) = self.load_any(token).await?;
        let check = st.check.as_ref().ok_or(AccountError::NothingPending)?;
        Ok(CheckView {
            lang: Lang::from_tag(&st.lang).unwrap_or_default(),
            options: check
                .options
                .iter()
                .map(|o| (o.id.clone(), o.method, o.masked.clone()))
                .collect(),
            pending: check.pending.as_ref().map(|p| p.option().to_string()),
            number: match &check.pending {
                Some(CheckPending::Push { number, .. }) => Some(*number),
                _ => None,
            },
        })
    }

    /// Pick the method for the second step: a code is sent now, a TOTP or a notification waits.
    pub async fn check_select(&self, token: &str, option_id: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_any_locked(token).await?;
        let mut check = st.check.clone().ok_or(AccountError::NothingPending)?;
        let opt = check
            .options
            .iter()
            .find(|o| o.id == option_id)
            .cloned()
            .ok_or(AccountError::UnknownMethod)?;
        self.blocked(&st.upn).await?;
        check.pending = Some(match opt.id.as_str() {
            "sms" | "voice" | "office" => {
                let channel = if opt.id == "sms" {
                    Channel::Sms
                } else {
                    Channel::Voice
                };
                let target = opt.target.clone().unwrap_or_default();
                let (hash, expires_at) = self
                    .send_code(
                        token,
                        &st,
                        &user,
                        &tenant,
                        channel,
                        phone::dialable(&target),
                        opt.method,
                    )
                    .await?;
                CheckPending::Code {
                    option: opt.id.clone(),
                    hash,
                    expires_at,
                }
            }
            "push" => {
                let (challenge, number) =
                    crate::device::create_challenge(core, user.id, &tenant.name).await?;
                CheckPending::Push {
                    option: opt.id.clone(),
                    challenge,
                    number,
                }
            }
            _ => CheckPending::Totp {
                option: opt.id.clone(),
            },
        });
        st.check = Some(check);
        self.save(token, &st).await
    }

    /// The second step's proof. On success the session opens; returns where sign-in leads.
    pub async fn check_verify(&self, token: &str, code: &str) -> Result<SignedIn, AccountError> {
        let core = self.core;
        let (mut st, user, _, _guard) = self.load_any_locked(token).await?;
        let mut check = st.check.clone().ok_or(AccountError::NothingPending)?;
        let pending = check.pending.clone().ok_or(AccountError::NothingPending)?;
        self.blocked(&st.upn).await?;
        let method = check
            .options
            .iter()
            .find(|o| o.id == pending.option())
            .map(|o| o.method)
            .unwrap_or(Method::MobilePhone);
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let now = core.now();
        let ok = match &pending {
            CheckPending::Code {
                hash, expires_at, ..
            } => {
                if now >= *expires_at {
                    check.pending = None;
                    st.check = Some(check);
                    self.save(token, &st).await?;
                    return Err(AccountError::CodeExpired);
                }
                let want = data_encoding::HEXLOWER
                    .decode(hash.as_bytes())
                    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
                Crypto::mac_eq(
                    &want,
                    &core
                        .crypto
                        .mac(&[b"enrol", token.as_bytes(), code.as_bytes()]),
                )
            }
            CheckPending::Totp { option } => {
                let kind = TotpKind::parse(option)
                    .ok_or_else(|| CoreError::Corrupt(format!("sign-in option {option:?}")))?;
                crate::flow::verify_totp(core, user.id, kind, &code).await?
            }
            CheckPending::Push { challenge, .. } => {
                use crate::device::{ChallengeState, state_of};
                let state = match core.store.challenge(*challenge).await? {
                    Some(c) => state_of(&c, now),
                    None => ChallengeState::Expired,
                };
                match state {
                    ChallengeState::Approved => true,
                    ChallengeState::Pending => return Err(AccountError::PushPending),
                    ChallengeState::Expired => {
                        check.pending = None;
                        st.check = Some(check);
                        self.save(token, &st).await?;
                        return Err(AccountError::CodeExpired);
                    }
                    ChallengeState::Denied => {
                        check.pending = None;
                        st.check = Some(check);
                        self.save(token, &st).await?;
                        self.fail(&st, &user, method).await?;
                        return Err(AccountError::PushDenied);
                    }
                }
            }
        };
        if !ok {
            self.fail(&st, &user, method).await?;
            return Err(AccountError::CodeWrong);
        }
        // The session opens under a new token (the half-signed-in one ends): a token someone
        // planted before the second step is worth nothing after it.
        st.check = None;
        let fresh = core.crypto.token();
        core.store
            .put_session(
                &self.key(&fresh),
                user.id,
                now + core.config.limits.session_ttl_secs,
                &serde_json::to_string(&st).map_err(CoreError::from)?,
            )
            .await?;
        core.store.delete_session(&self.key(token)).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::SignInVerify,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(SignedIn {
            token: fresh,
            interrupt: st.interrupt,
            return_url: st.return_url,
            needs_verification: false,
        })
    }

    /// G2: *not now*. The prompt returns at the next sign-in; this session goes on.
    pub async fn dismiss_interrupt(&self, token: &str) -> Result<Option<String>, AccountError> {
        let (mut st, user, _, _guard) = self.load_locked(token).await?;
        if let Some(i) = st.interrupt.take() {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::Interrupt,
                None,
                Outcome::Dismissed,
                Some(match i {
                    InterruptKind::Register => "register",
                    InterruptKind::Reconfirm => "reconfirm",
                }),
            )
            .await;
            self.save(token, &st).await?;
        }
        Ok(st.return_url)
    }

    /// C1: the user confirms their info is current. A directory mobile phone they saw
    /// becomes their fixed authentication phone (G3).
    pub async fn confirm(&self, token: &str) -> Result<Option<String>, AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        if !register::progress(&tenant.policy, &user_facts(&user), tenant.paid).complete() {
            return Err(AccountError::NotAllowed);
        }
        if user.auth_phone.as_deref().is_none_or(str::is_empty)
            && let Some(m) = user.mobile_phone.as_deref().filter(|m| !m.is_empty())
        {
            core.store
                .set_contact(user.id, ContactField::AuthPhone, Some(m))
                .await?;
        }
        core.store.mark_registered(user.id, core.now()).await?;
        st.interrupt = None;
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Reconfirm,
            None,
            Outcome::Ok,
            None,
        )
        .await;
        Ok(st.return_url)
    }

    /// After any change: G7 complete means registered (and confirmed) now; C2: a deletion
    /// below the requirement changes nothing until the period ends.
    async fn after_change(
        &self,
        token: &str,
        st: &mut SessionState,
        user_id: i64,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let user = core
            .store
            .user_by_upn(&st.upn)
            .await?
            .filter(|u| u.id == user_id)
            .ok_or(AccountError::NoSession)?;
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(AccountError::NoSession)?;
        if register::progress(&tenant.policy, &user_facts(&user), tenant.paid).complete() {
            core.store.mark_registered(user.id, core.now()).await?;
            st.interrupt = None;
        }
        self.save(token, st).await
    }

    fn allowed(&self, user: &UserRecord, tenant: &Tenant, m: Method) -> Result<(), AccountError> {
        if registrable_for(user, tenant).contains(&m) {
            Ok(())
        } else {
            Err(AccountError::NotAllowed)
        }
    }

    async fn blocked(&self, upn: &str) -> Result<(), AccountError> {
        if let Gate::Blocked { until } =
            gate(self.core, upn, VERIFY_FAIL, verify_window(self.core)).await?
        {
            return Err(AccountError::Blocked { until });
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn send_code(
        &self,
        token: &str,
        st: &SessionState,
        user: &UserRecord,
        tenant: &Tenant,
        channel: Channel,
        to: &str,
        method: Method,
    ) -> Result<(String, i64), AccountError> {
        let core = self.core;
        if let Gate::Blocked { until } = gate(core, &st.upn, CODE_SENT, email_window(core)).await? {
            self.audit(
                user,
                st.ip.as_deref(),
                AuditStep::RegisterSendCode,
                Some(method),
                Outcome::Blocked,
                Some("email-limit"),
            )
            .await;
            return Err(AccountError::EmailLimit { until });
        }
        let now = core.now();
        let code = core.crypto.code(core.config.limits.code_digits);
        let lang = Lang::from_tag(&st.lang).unwrap_or_default();
        let msg = crate::flow::code_message(core, lang, channel, to, Some(tenant), &code);
        if let Err(e) = core.delivery.send(&msg).await {
            tracing::warn!(error = %e, channel = channel.as_str(), "registration code delivery failed");
            self.audit(
                user,
                st.ip.as_deref(),
                AuditStep::RegisterSendCode,
                Some(method),
                Outcome::Error,
                Some("delivery"),
            )
            .await;
            return Err(AccountError::Delivery);
        }
        core.store.add_event(&st.upn, CODE_SENT, now).await?;
        let hash = data_encoding::HEXLOWER.encode(&core.crypto.mac(&[
            b"enrol",
            token.as_bytes(),
            code.as_bytes(),
        ]));
        Ok((hash, now + core.config.limits.code_ttl_secs))
    }

    /// G4: register (or change) the authentication email; a code goes to it first.
    pub async fn begin_email(&self, token: &str, address: &str) -> Result<(), AccountError> {
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::Email)?;
        let address = register::check_auth_email(address, &user.upn, user.primary_email.as_deref())
            .map_err(AccountError::Email)?;
        self.blocked(&st.upn).await?;
        let (hash, expires_at) = self
            .send_code(
                token,
                &st,
                &user,
                &tenant,
                Channel::Email,
                &address,
                Method::Email,
            )
            .await?;
        st.pending = Some(Enrol::Email {
            address,
            hash,
            expires_at,
        });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterSendCode,
            Some(Method::Email),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    /// V3, V7: register (or change) the mobile phone (SMS or voice) or the office phone (voice).
    pub async fn begin_phone(
        &self,
        token: &str,
        number: &str,
        office: bool,
        voice: bool,
    ) -> Result<(), AccountError> {
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        let method = if office {
            Method::OfficePhone
        } else {
            Method::MobilePhone
        };
        self.allowed(&user, &tenant, method)?;
        let number = phone::normalize(number).map_err(AccountError::Phone)?;
        let voice = voice || office;
        self.blocked(&st.upn).await?;
        let channel = if voice { Channel::Voice } else { Channel::Sms };
        let (hash, expires_at) = self
            .send_code(
                token,
                &st,
                &user,
                &tenant,
                channel,
                phone::dialable(&number),
                method,
            )
            .await?;
        st.pending = Some(Enrol::Phone {
            number,
            office,
            voice,
            hash,
            expires_at,
        });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterSendCode,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    /// G5: a new authenticator secret (160 bits, SPEC 16), shown until a code proves it.
    pub async fn begin_totp(&self, token: &str, software_token: bool) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        let method = if software_token {
            Method::SoftwareOath
        } else {
            Method::MobileAppCode
        };
        self.allowed(&user, &tenant, method)?;
        let apps = core
            .store
            .list_totp(user.id)
            .await?
            .iter()
            .filter(|t| t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath))
            .count();
        if apps >= core.config.limits.authenticator_apps_max {
            return Err(AccountError::TooManyApps);
        }
        let bytes = (core.config.limits.totp_secret_min_bits as usize)
            .div_ceil(8)
            .max(20);
        let sealed = core.crypto.seal(&core.crypto.random_bytes(bytes))?;
        st.pending = Some(Enrol::Totp {
            totp_kind: if software_token {
                TotpKind::SoftwareOath
            } else {
                TotpKind::App
            },
            sealed,
        });
        self.save(token, &st).await
    }

    /// V4: a pairing code (96 bits, 10 minutes, single use) for the device page.
    pub async fn begin_device(&self, token: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::MobileAppNotification)?;
        if user.devices as usize >= core.config.limits.authenticator_apps_max {
            return Err(AccountError::TooManyDevices);
        }
        // 96 random bits (20 base32 characters): too many to guess in ten minutes, whatever
        // the rate; the link carries it, so it is rarely typed.
        let code = data_encoding::BASE32_NOPAD.encode(&core.crypto.random_bytes(12));
        let expires_at = core.now() + 10 * 60;
        core.store
            .add_pairing(
                &crate::device::Devices::new(core).pairing_hash(&code),
                user.id,
                expires_at,
            )
            .await?;
        st.pending = Some(Enrol::Device {
            sealed: core.crypto.seal(code.as_bytes())?,
            expires_at,
        });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterPairing,
            Some(Method::MobileAppNotification),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    pub async fn cancel_pending(&self, token: &str) -> Result<(), AccountError> {
        let (mut st, _, _, _guard) = self.load_locked(token).await?;
        st.pending = None;
        self.save(token, &st).await
    }

    async fn fail(
        &self,
        st: &SessionState,
        user: &UserRecord,
        method: Method,
    ) -> Result<(), AccountError> {
        self.core
            .store
            .add_event(&st.upn, VERIFY_FAIL, self.core.now())
            .await?;
        // During sign-in's second step the failure belongs to sign-in.
        let step = if st.check.is_some() {
            AuditStep::SignInVerify
        } else {
            AuditStep::RegisterVerify
        };
        self.audit(
            user,
            st.ip.as_deref(),
            step,
            Some(method),
            Outcome::Fail,
            Some("code-wrong"),
        )
        .await;
        Ok(())
    }

    /// The code that proves a pending email, phone or authenticator; then it counts.
    pub async fn verify_pending(&self, token: &str, code: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, _tenant, _guard) = self.load_locked(token).await?;
        let pending = st.pending.clone().ok_or(AccountError::NothingPending)?;
        self.blocked(&st.upn).await?;
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let now = core.now();
        let method = match &pending {
            Enrol::Email { .. } => Method::Email,
            Enrol::Phone { office: true, .. } => Method::OfficePhone,
            Enrol::Phone { .. } => Method::MobilePhone,
            Enrol::Totp { totp_kind, .. } => totp_kind.method(),
            // The device proves itself on the device page, not with a code here.
            Enrol::Device { .. } => return Err(AccountError::NothingPending),
        };
        match pending {
            Enrol::Email {
                hash, expires_at, ..
            }
            | Enrol::Phone {
                hash, expires_at, ..
            } => {
                if now >= expires_at {
                    st.pending = None;
                    self.save(token, &st).await?;
                    return Err(AccountError::CodeExpired);
                }
                let want = data_encoding::HEXLOWER
                    .decode(hash.as_bytes())
                    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
                let got = core
                    .crypto
                    .mac(&[b"enrol", token.as_bytes(), code.as_bytes()]);
                if !Crypto::mac_eq(&want, &got) {
                    self.fail(&st, &user, method).await?;
                    return Err(AccountError::CodeWrong);
                }
                match st.pending.take() {
                    Some(Enrol::Email { address, .. }) => {
                        core.store
                            .set_contact(user.id, ContactField::AuthEmail, Some(&address))
                            .await?
                    }
                    Some(Enrol::Phone { number, office, .. }) => {
                        let field = if office {
                            ContactField::AuthOfficePhone
                        } else {
                            ContactField::AuthPhone
                        };
                        core.store
                            .set_contact(user.id, field, Some(&number))
                            .await?
                    }
                    _ => {}
                }
            }
            Enrol::Device { .. } => return Err(AccountError::NothingPending),
            Enrol::Totp { totp_kind, sealed } => {
                let secret = core
                    .crypto
                    .open(&sealed)
                    .ok_or_else(|| CoreError::Corrupt("pending secret".into()))?;
                let l = &core.config.limits;
                let Some(step) =
                    totp_match(&secret, &code, now, l.totp_step_secs, l.totp_skew_steps, 0)
                else {
                    self.fail(&st, &user, method).await?;
                    return Err(AccountError::CodeWrong);
                };
                // The limit again: another session may have added one meanwhile.
                let apps = core
                    .store
                    .list_totp(user.id)
                    .await?
                    .iter()
                    .filter(|t| {
                        t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath)
                    })
                    .count();
                if apps >= core.config.limits.authenticator_apps_max {
                    return Err(AccountError::TooManyApps);
                }
                core.store
                    .add_totp(user.id, totp_kind, &sealed, step, now)
                    .await?;
                st.pending = None;
            }
        }
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        self.after_change(token, &mut st, user.id).await
    }

    /// Activate a hardware token an administrator imported, with a code it shows.
    pub async fn activate_token(
        &self,
        token: &str,
        serial: &str,
        code: &str,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::HardwareOath)?;
        self.blocked(&st.upn).await?;
        let cred = core
            .store
            .inactive_token(user.id, serial.trim())
            .await?
            .ok_or(AccountError::TokenUnknown)?;
        let secret = core
            .crypto
            .open(&cred.secret)
            .ok_or_else(|| CoreError::Corrupt("token secret".into()))?;
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let now = core.now();
        let Some(step) = totp_match(
            &secret,
            &code,
            now,
            cred.step_secs,
            core.config.limits.totp_skew_steps,
            cred.last_used_step,
        ) else {
            self.fail(&st, &user, Method::HardwareOath).await?;
            return Err(AccountError::CodeWrong);
        };
        core.store.activate_token(cred.id, step, now).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(Method::HardwareOath),
            Outcome::Ok,
            None,
        )
        .await;
        self.after_change(token, &mut st, user.id).await
    }

    /// G6: set all the user's questions at once; answers kept only as Argon2id hashes of
    /// the normalised answer.
    pub async fn set_questions(
        &self,
        token: &str,
        pairs: &[(String, String)],
    ) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::SecurityQuestions)?;
        let problems = register::check_questions(pairs, &tenant.policy, &core.config.limits);
        if !problems.is_empty() {
            return Err(AccountError::Questions(problems));
        }
        let mut rows = Vec::with_capacity(pairs.len());
        for (q, a) in pairs {
            rows.push((
                q.trim().to_string(),
                core.crypto.hash_secret(&normalize_answer(a)).await?,
            ));
        }
        core.store.replace_security_answers(user.id, &rows).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(Method::SecurityQuestions),
            Outcome::Ok,
            None,
        )
        .await;
        self.after_change(token, &mut st, user.id).await
    }

    /// Remove one registered method (C2: this never brings the prompt forward).
    pub async fn delete_method(&self, token: &str, id: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (st, user, _, _guard) = self.load_locked(token).await?;
        let method = match id {
            "email" => {
                core.store
                    .set_contact(user.id, ContactField::AuthEmail, None)
                    .await?;
                Method::Email
            }
            "phone" if user.auth_phone.is_some() => {
                core.store
                    .set_contact(user.id, ContactField::AuthPhone, None)
                    .await?;
                Method::MobilePhone
            }
            "office" => {
                core.store
                    .set_contact(user.id, ContactField::AuthOfficePhone, None)
                    .await?;
                Method::OfficePhone
            }
            "questions" => {
                core.store.replace_security_answers(user.id, &[]).await?;
                Method::SecurityQuestions
            }
            other if other.starts_with("device-") => {
                let id: i64 = other["device-".len()..]
                    .parse()
                    .map_err(|_| AccountError::UnknownMethod)?;
                if !core.store.delete_device(user.id, id).await? {
                    return Err(AccountError::UnknownMethod);
                }
                Method::MobileAppNotification
            }
            other => {
                let cred: i64 = other
                    .strip_prefix("totp-")
                    .and_then(|n| n.parse().ok())
                    .ok_or(AccountError::UnknownMethod)?;
                if !core.store.delete_totp(user.id, cred).await? {
                    return Err(AccountError::UnknownMethod);
                }
                Method::MobileAppCode
            }
        };
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::DeleteMethod,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    /// N4: change a known password; other sessions of the user end.
    pub async fn change_password(
        &self,
        token: &str,
        current: &str,
        password: &str,
        confirm: &str,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let (st, user, tenant, _guard) = self.load_locked(token).await?;
        let directory = on_premises(&user).then(|| self.core.directory.clone());
        if let Some(None) = directory {
            return Err(AccountError::OnPremises);
        }
        if let SignInGate::Locked { until } = self.lockout_gate(&user.upn).await? {
            return Err(AccountError::LockedOut { until });
        }
        if !self.password_ok(Some(&user), current).await? {
            // A wrong current password counts toward smart lockout, as at sign-in.
            core.store
                .add_signin_failure(&user.upn, core.now(), self.fingerprint(&user.upn, current))
                .await?;
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::ChangePassword,
                None,
                Outcome::Fail,
                Some("current-password"),
            )
            .await;
            return Err(AccountError::CurrentPassword);
        }
        let names = sspr_policy::password::name_parts(&user.upn, &user.display_name);
        let problems =
            sspr_policy::check_password(password, Some(confirm), &tenant.policy.password, &names);
        if !problems.is_empty() {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::ChangePassword,
                None,
                Outcome::Rejected,
                Some(problems[0].fluent_id()),
            )
            .await;
            return Err(AccountError::Password(problems));
        }
        let phc = match directory.flatten() {
            // N1, P10: the directory's own policy has the last word.
            Some(dir) => match dir.set_password(&user.upn, password).await {
                Ok(()) => None,
                Err(crate::directory::DirectoryError::PolicyRefused) => {
                    return Err(AccountError::DirectoryPolicy);
                }
                Err(e) => return Err(AccountError::Internal(CoreError::Directory(e.to_string()))),
            },
            None => Some(core.crypto.hash_secret(password).await?),
        };
        // N4 in one transaction: the new hash, smart lockout's failures cleared and every
        // other session of the user ended.
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        if let Some(phc) = &phc {
            c.set_password_and_unlock(user.id, phc).await?;
        }
        c.clear_signin_failures(&user.upn).await?;
        c.delete_other_sessions(user.id, &self.key(token)).await?;
        tx.commit().await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::ChangePassword,
            None,
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }
}

/// The methods fit for the second step of sign-in, masked as in a reset (V1).
fn check_options(u: &UserRecord) -> Vec<CheckOption> {
    let nonempty = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
    let mut out = Vec::new();
    for (kind, method) in [
        (TotpKind::App, Method::MobileAppCode),
        (TotpKind::SoftwareOath, Method::SoftwareOath),
        (TotpKind::HardwareOath, Method::HardwareOath),
    ] {
        if u.totp_kinds.contains(&kind) {
            out.push(CheckOption {
                id: kind.as_str().into(),
                method,
                target: None,
                masked: String::new(),
            });
        }
    }
    if u.devices > 0 {
        out.push(CheckOption {
            id: "push".into(),
            method: Method::MobileAppNotification,
            target: None,
            masked: String::new(),
        });
    }
    if let Some(p) = nonempty(&u.auth_phone).or_else(|| nonempty(&u.mobile_phone)) {
        let masked = sspr_policy::mask::mask_phone(phone::dialable(&p));
        for id in ["sms", "voice"] {
            out.push(CheckOption {
                id: id.into(),
                method: Method::MobilePhone,
                target: Some(p.clone()),
                masked: masked.clone(),
            });
        }
    }
    if let Some(p) = nonempty(&u.auth_office_phone).or_else(|| nonempty(&u.office_phone)) {
        out.push(CheckOption {
            id: "office".into(),
            masked: sspr_policy::mask::mask_phone(phone::dialable(&p)),
            method: Method::OfficePhone,
            target: Some(p),
        });
    }
    out
}

fn entry(id: &str, method: Method, detail: String, from_directory: bool) -> MethodEntry {
    MethodEntry {
        id: id.into(),
        method,
        detail,
        from_directory,
        added_at: None,
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
    let facts = user_facts(user);
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
