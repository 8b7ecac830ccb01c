//! The reset and unlock flow (E1..E5, V1..V7, N1..N3, O1, O2, K1, A1, W2): a state machine
//! kept server-side, keyed by the HMAC of a random token the browser holds in a cookie.
//! Owns the order of steps, throttles and side effects; refuses to render anything, and
//! every decision it takes comes from the policy crate.

use serde::{Deserialize, Serialize};
use sspr_i18n::{Lang, Value, tr, tr_args};
use sspr_policy::eligibility::MethodData;
use sspr_policy::password::name_parts;
use sspr_policy::throttle::{Gate, Window};
use sspr_policy::{
    Helpdesk, Ineligible, Method, MethodKind, PasswordProblem, PasswordRules, UserFacts, mask,
    phone, userid,
};

use crate::crypto::{normalize_answer, totp_match};
use crate::delivery::{Channel, Outgoing};
use crate::store::{
    AuditEvent, AuditStep, ContactField, EventKind, Outcome, Tenant, TotpKind, UserLock, UserRecord,
};
use crate::{Core, CoreError};

/// W2: who opened the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ClientType {
    #[default]
    Browser,
    SignInScreen,
    App,
}

impl ClientType {
    /// From the `?client=` query value; anything else is a browser.
    pub fn parse(s: Option<&str>) -> Self {
        match s {
            Some("signin") | Some("sign_in_screen") => ClientType::SignInScreen,
            Some("app") => ClientType::App,
            _ => ClientType::Browser,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            ClientType::Browser => "browser",
            ClientType::SignInScreen => "sign_in_screen",
            ClientType::App => "app",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Reset the password (and unlock, N2).
    Reset,
    /// Unlock only (N3, P11).
    Unlock,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// E3/E5 failed: contact your administrator.
    Contact,
    /// I forgot my password / I know it but can't sign in.
    Choose,
    Verify,
    NewPassword,
    Done,
}

/// How an offered method is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verifier {
    EmailCode,
    SmsCode,
    VoiceCode,
    /// TOTP against the user's credentials of the method's kind.
    Totp,
    Questions,
    /// V4: approve a notification on a paired device, typing the number shown here.
    Push,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct OptionState {
    id: String,
    method: Method,
    verifier: Verifier,
    target: Option<String>,
    masked: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum Pending {
    Code {
        option: String,
        hash: String,
        expires_at: i64,
    },
    Totp {
        option: String,
    },
    Questions {
        option: String,
        questions: Vec<String>,
    },
    Push {
        option: String,
        challenge: i64,
        number: u8,
    },
}

impl Pending {
    fn option(&self) -> &str {
        match self {
            Pending::Code { option, .. }
            | Pending::Totp { option }
            | Pending::Questions { option, .. }
            | Pending::Push { option, .. } => option,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FlowState {
    upn: String,
    tenant_id: Option<String>,
    user_id: Option<i64>,
    lang: String,
    client: ClientType,
    ip: Option<String>,
    return_url: Option<String>,
    compact: bool,
    step: Step,
    reason: Option<String>,
    mode: Mode,
    required: u8,
    options: Vec<OptionState>,
    passed: Vec<MethodKind>,
    pending: Option<Pending>,
    /// V5: the questions drawn for this flow.
    #[serde(default)]
    drawn: Option<Vec<String>>,
    admin_request_sent: bool,
}

impl FlowState {
    fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }
    fn distinct_passed(&self) -> usize {
        let mut k = self.passed.clone();
        k.sort();
        k.dedup();
        k.len()
    }
}

/// What the pages need to show a flow. Carries no target address, code or answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowView {
    pub upn: String,
    pub step: Step,
    pub reason: Option<Ineligible>,
    pub helpdesk: Option<Helpdesk>,
    pub allow_unlock: bool,
    pub mode: Mode,
    pub required: u8,
    pub passed: usize,
    pub options: Vec<OptionView>,
    pub pending: Option<PendingView>,
    pub password_rules: PasswordRules,
    pub name_parts: Vec<String>,
    pub return_url: Option<String>,
    pub sign_in_url: String,
    pub lang: Lang,
    pub compact: bool,
    pub admin_request_sent: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    pub id: String,
    pub method: Method,
    pub verifier: Verifier,
    pub masked: String,
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingView {
    pub option: String,
    pub verifier: Verifier,
    pub masked: String,
    pub questions: Vec<String>,
    /// V4: the number to type on the device (number matching).
    pub number: Option<u8>,
}

/// What a user did wrong or what stopped them; each maps to a Fluent id and none reveals
/// whether an account exists.
#[derive(Debug, thiserror::Error)]
pub enum FlowError {
    #[error("no flow, or it expired")]
    NoFlow,
    #[error("user id refused")]
    UserId(userid::UserIdError),
    #[error("captcha answer wrong or expired")]
    Captcha,
    #[error("action not allowed at this step")]
    WrongStep,
    #[error("unknown method")]
    UnknownOption,
    #[error("code wrong")]
    CodeWrong,
    #[error("code expired")]
    CodeExpired,
    #[error("no challenge pending")]
    NothingPending,
    #[error("too many failed verifications")]
    Blocked { until: i64 },
    #[error("too many emails")]
    EmailLimit { until: i64 },
    #[error("answers wrong")]
    AnswersWrong,
    #[error("password refused")]
    Password(Vec<PasswordProblem>),
    #[error("delivery failed")]
    Delivery,
    #[error("administrator request limit")]
    AdminRequestLimit,
    #[error("the directory's password policy refused the password")]
    DirectoryPolicy,
    #[error("the directory is unavailable")]
    DirectoryDown,
    #[error("notification not answered yet")]
    PushPending,
    #[error("notification denied")]
    PushDenied,
    #[error(transparent)]
    Internal(#[from] CoreError),
}

impl FlowError {
    /// Stable code for URLs (`?e=`) and audit rows.
    pub fn code(&self) -> &'static str {
        match self {
            FlowError::NoFlow => "no-flow",
            FlowError::UserId(userid::UserIdError::Empty) => "userid-empty",
            FlowError::UserId(userid::UserIdError::NotAnAddress) => "userid-shape",
            FlowError::UserId(userid::UserIdError::TooLong) => "userid-too-long",
            FlowError::Captcha => "captcha",
            FlowError::WrongStep => "wrong-step",
            FlowError::UnknownOption => "unknown-option",
            FlowError::CodeWrong => "code-wrong",
            FlowError::CodeExpired => "code-expired",
            FlowError::NothingPending => "code-used",
            FlowError::Blocked { .. } => "blocked",
            FlowError::EmailLimit { .. } => "email-limit",
            FlowError::AnswersWrong => "answers-wrong",
            FlowError::Password(_) => "password",
            FlowError::Delivery => "delivery",
            FlowError::AdminRequestLimit => "admin-request-limit",
            FlowError::DirectoryPolicy => "directory-policy",
            FlowError::DirectoryDown => "directory",
            FlowError::PushPending => "push-pending",
            FlowError::PushDenied => "push-denied",
            FlowError::Internal(_) => "internal",
        }
    }
}

pub struct StartRequest {
    pub user_id: String,
    pub captcha_id: String,
    pub captcha_answer: String,
    pub lang: Lang,
    pub client: ClientType,
    pub ip: Option<String>,
    pub return_url: Option<String>,
    pub compact: bool,
}

/// A captcha challenge: the page shows "what is a + b", the server keeps the answer.
pub struct Captcha {
    pub id: String,
    pub a: u8,
    pub b: u8,
}

pub(crate) const VERIFY_FAIL: EventKind = EventKind::VerifyFail;
/// Codes sent to a user over any channel (SPEC 16 counts emails; we count SMS and voice too).
pub(crate) const CODE_SENT: EventKind = EventKind::CodeSent;
const ADMIN_REQUEST: EventKind = EventKind::AdminRequest;

pub(crate) fn verify_window(c: &Core) -> Window {
    let l = &c.config.limits;
    Window {
        max: l.verify_failures,
        window_secs: l.verify_window_secs,
        block_secs: l.verify_block_secs,
    }
}

pub(crate) fn email_window(c: &Core) -> Window {
    let l = &c.config.limits;
    Window {
        max: l.emails_per_window,
        window_secs: l.email_window_secs,
        block_secs: l.email_block_secs,
    }
}

pub(crate) async fn gate(
    c: &Core,
    key: &str,
    kind: EventKind,
    w: Window,
) -> Result<Gate, CoreError> {
    let now = c.now();
    let events = c
        .store
        .events_since(key, kind, now - w.window_secs - w.block_secs)
        .await?;
    Ok(w.gate(&events, now))
}

pub(crate) fn user_facts(u: &UserRecord) -> UserFacts {
    let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.is_empty());
    UserFacts {
        enabled: u.enabled,
        groups: u.groups.clone(),
        is_admin: !u.admin_roles.is_empty(),
        password_source: u.password_source,
        data: MethodData {
            email: has(&u.auth_email) || has(&u.alternate_email),
            // G3: a directory mobile phone lets the user reset without registering.
            mobile_phone: has(&u.auth_phone) || has(&u.mobile_phone),
            office_phone: has(&u.auth_office_phone) || has(&u.office_phone),
            app_code: u.totp_kinds.contains(&TotpKind::App),
            app_notification: u.devices > 0,
            hardware_oath: u.totp_kinds.contains(&TotpKind::HardwareOath),
            software_oath: u.totp_kinds.contains(&TotpKind::SoftwareOath),
            questions: u.answers,
        },
    }
}

/// V1: the methods offered to this user, masked, in a stable order.
fn options_for(u: &UserRecord, methods: &[Method]) -> Vec<OptionState> {
    let mut out = Vec::new();
    let nonempty = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
    for m in methods {
        match m {
            Method::Email => {
                let mut addrs: Vec<String> =
                    [nonempty(&u.auth_email), nonempty(&u.alternate_email)]
                        .into_iter()
                        .flatten()
                        .collect();
                addrs.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
                for (i, a) in addrs.into_iter().enumerate() {
                    out.push(OptionState {
                        id: format!("email{i}"),
                        method: *m,
                        verifier: Verifier::EmailCode,
                        masked: mask::mask_email(&a),
                        target: Some(a),
                    });
                }
            }
            Method::MobilePhone => {
                if let Some(p) = nonempty(&u.auth_phone).or_else(|| nonempty(&u.mobile_phone)) {
                    let masked = mask::mask_phone(phone::dialable(&p));
                    for (id, v) in [("sms", Verifier::SmsCode), ("voice", Verifier::VoiceCode)] {
                        out.push(OptionState {
                            id: id.into(),
                            method: *m,
                            verifier: v,
                            target: Some(p.clone()),
                            masked: masked.clone(),
                        });
                    }
                }
            }
            Method::OfficePhone => {
                if let Some(p) =
                    nonempty(&u.auth_office_phone).or_else(|| nonempty(&u.office_phone))
                {
                    let masked = mask::mask_phone(phone::dialable(&p));
                    out.push(OptionState {
                        id: "office".into(),
                        method: *m,
                        verifier: Verifier::VoiceCode,
                        target: Some(p),
                        masked,
                    });
                }
            }
            Method::MobileAppCode | Method::SoftwareOath | Method::HardwareOath => {
                out.push(OptionState {
                    id: totp_kind(*m).as_str().into(),
                    method: *m,
                    verifier: Verifier::Totp,
                    target: None,
                    masked: String::new(),
                });
            }
            Method::SecurityQuestions => {
                out.push(OptionState {
                    id: "questions".into(),
                    method: *m,
                    verifier: Verifier::Questions,
                    target: None,
                    masked: String::new(),
                });
            }
            Method::MobileAppNotification => {
                if u.devices > 0 {
                    out.push(OptionState {
                        id: "push".into(),
                        method: *m,
                        verifier: Verifier::Push,
                        target: None,
                        masked: String::new(),
                    });
                }
            }
        }
    }
    out
}

fn totp_kind(m: Method) -> TotpKind {
    TotpKind::of_method(m).unwrap_or(TotpKind::App)
}

/// V4, SPEC 16: whether `code` is a fresh TOTP of one of the user's activated credentials of
/// `kind` (+-1 step); the step it used is spent, so the same code never passes twice.
pub(crate) async fn verify_totp(
    core: &Core,
    user_id: i64,
    kind: TotpKind,
    code: &str,
) -> Result<bool, CoreError> {
    let skew = core.config.limits.totp_skew_steps;
    let now = core.now();
    for cred in core.store.totp_credentials(user_id, kind).await? {
        let Some(secret) = core.crypto.open(&cred.secret) else {
            continue;
        };
        if let Some(step) = totp_match(
            &secret,
            code,
            now,
            cred.step_secs,
            skew,
            cred.last_used_step,
        ) && core.store.use_totp_step(cred.id, step).await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A one-time code's message (V2, V3) in the user's language, from the tenant's sender.
pub(crate) fn code_message(
    core: &Core,
    lang: Lang,
    channel: Channel,
    to: &str,
    tenant: Option<&Tenant>,
    code: &str,
) -> Outgoing {
    let args = [
        ("code", Value::from(code.to_string())),
        (
            "minutes",
            Value::from(core.config.limits.code_ttl_secs / 60),
        ),
        (
            "org",
            Value::from(tenant.map(|t| t.name.clone()).unwrap_or_default()),
        ),
    ];
    Outgoing {
        channel,
        to: to.to_string(),
        from: tenant.map(|t| t.sender.clone()).unwrap_or_default(),
        subject: tr_args(lang, "msg-code-subject", &args),
        body: tr_args(
            lang,
            match channel {
                Channel::Email => "msg-code-email",
                Channel::Sms => "msg-code-sms",
                Channel::Voice => "msg-code-voice",
            },
            &args,
        ),
        at: core.now(),
    }
}

/// The flow layer's entry points.
pub struct Flows<'a> {
    core: &'a Core,
}

impl<'a> Flows<'a> {
    pub fn new(core: &'a Core) -> Self {
        Flows { core }
    }

    fn key(&self, token: &str) -> Vec<u8> {
        self.core.crypto.mac(&[b"flow", token.as_bytes()])
    }

    async fn load(&self, token: &str) -> Result<FlowState, FlowError> {
        let json = self
            .core
            .store
            .get_flow(&self.key(token), self.core.now())
            .await?
            .ok_or(FlowError::NoFlow)?;
        Ok(serde_json::from_str(&json).map_err(CoreError::from)?)
    }

    /// Load the flow holding its user's lock, re-reading the state once the lock is held.
    async fn load_locked(&self, token: &str) -> Result<(FlowState, UserLock), FlowError> {
        let upn = self.load(token).await?.upn;
        let guard = self.core.store.lock_user(&upn).await?;
        Ok((self.load(token).await?, guard))
    }

    async fn save(&self, token: &str, st: &FlowState, expires_at: i64) -> Result<(), FlowError> {
        let json = serde_json::to_string(st).map_err(CoreError::from)?;
        self.core
            .store
            .put_flow(&self.key(token), expires_at, &json)
            .await?;
        Ok(())
    }

    async fn update(&self, token: &str, st: &FlowState) -> Result<(), FlowError> {
        // The expiry set at start stays: a flow lives 15 minutes from the user ID (SPEC 16).
        let json = serde_json::to_string(st).map_err(CoreError::from)?;
        self.core.store.put_flow(&self.key(token), 0, &json).await?;
        Ok(())
    }

    async fn audit(
        &self,
        st: &FlowState,
        step: AuditStep,
        method: Option<Method>,
        outcome: Outcome,
        reason: Option<&str>,
    ) {
        let e = AuditEvent {
            at: self.core.now(),
            tenant_id: st.tenant_id.clone(),
            user: Some(st.upn.clone()),
            ip: st.ip.clone(),
            client: Some(st.client.as_str().into()),
            step,
            method,
            outcome,
            reason: reason.map(String::from),
        };
        if let Err(err) = self.core.store.audit(&e).await {
            tracing::error!(error = %err, step = step.as_str(), "audit write failed");
        }
    }

    /// Whether the flow's user keeps their password on-premises (E3e, P10).
    async fn on_premises(&self, st: &FlowState) -> Result<bool, CoreError> {
        Ok(match self.core.store.user_by_upn(&st.upn).await? {
            Some(u) => u.password_source.on_premises(),
            None => false,
        })
    }

    async fn directory(
        &self,
        st: &FlowState,
    ) -> Result<std::sync::Arc<dyn crate::directory::Directory>, FlowError> {
        match &self.core.directory {
            Some(d) => Ok(d.clone()),
            None => {
                tracing::error!("writeback is on but no [directory] is configured");
                self.audit(
                    st,
                    AuditStep::Directory,
                    None,
                    Outcome::Error,
                    Some("not-configured"),
                )
                .await;
                Err(FlowError::DirectoryDown)
            }
        }
    }

    /// Audit and map a directory failure: its policy's refusal is the user's to fix.
    async fn directory_failed(
        &self,
        st: &FlowState,
        step: AuditStep,
        e: crate::directory::DirectoryError,
    ) -> FlowError {
        use crate::directory::DirectoryError as D;
        match e {
            D::PolicyRefused => {
                self.audit(st, step, None, Outcome::Rejected, Some("directory-policy"))
                    .await;
                FlowError::DirectoryPolicy
            }
            other => {
                tracing::error!(error = %other, step = step.as_str(), "directory failed");
                self.audit(st, step, None, Outcome::Error, Some("directory"))
                    .await;
                FlowError::DirectoryDown
            }
        }
    }

    /// The flow's tenant, carrying the policy its user follows (B1, B2).
    async fn tenant_of(&self, st: &FlowState) -> Result<Option<Tenant>, CoreError> {
        if st.user_id.is_some()
            && let Some(u) = self.core.store.user_by_upn(&st.upn).await?
        {
            return crate::partner::tenant_for_user(self.core, &u).await;
        }
        match &st.tenant_id {
            Some(id) => self.core.store.tenant(id).await,
            None => Ok(None),
        }
    }

    /// E2: a new captcha challenge: a signed token (nonce, expiry, the two numbers) that
    /// costs no database write; only its use is recorded.
    pub async fn captcha(&self) -> Result<Captcha, FlowError> {
        let c = &self.core.crypto;
        let (a, b) = (1 + c.pick(0..9) as u8, 1 + c.pick(0..9) as u8);
        let exp = self.core.now() + self.core.config.limits.captcha_ttl_secs;
        let nonce = c.token();
        let mut raw = Vec::with_capacity(80);
        raw.extend_from_slice(nonce.as_bytes());
        raw.extend_from_slice(&exp.to_be_bytes());
        raw.extend_from_slice(&[a, b]);
        let mac = c.mac(&[b"captcha", &raw]);
        raw.extend_from_slice(&mac);
        Ok(Captcha {
            id: data_encoding::BASE64URL_NOPAD.encode(&raw),
            a,
            b,
        })
    }

    /// Check a captcha answer; the challenge is spent whether or not the answer is right.
    async fn check_captcha(&self, id: &str, answer: &str) -> Result<(), FlowError> {
        let c = &self.core.crypto;
        let raw = data_encoding::BASE64URL_NOPAD
            .decode(id.as_bytes())
            .map_err(|_| FlowError::Captcha)?;
        if raw.len() != 43 + 8 + 2 + 32 {
            return Err(FlowError::Captcha);
        }
        let (body, mac) = raw.split_at(43 + 8 + 2);
        if !crate::crypto::Crypto::mac_eq(&c.mac(&[b"captcha", body]), mac) {
            return Err(FlowError::Captcha);
        }
        let exp = i64::from_be_bytes(body[43..51].try_into().map_err(|_| FlowError::Captcha)?);
        if exp <= self.core.now()
            || !self
                .core
                .store
                .spend_captcha(&c.mac(&[b"captcha-spent", &body[..43]]), exp)
                .await?
        {
            return Err(FlowError::Captcha);
        }
        let want = body[51] as i64 + body[52] as i64;
        match answer.trim().parse::<i64>() {
            Ok(n) if n == want => Ok(()),
            _ => Err(FlowError::Captcha),
        }
    }

    /// E2..E5: check the captcha, then eligibility, and open a flow. Returns the flow token.
    /// Unknown and known user IDs take the same path (B3).
    pub async fn start(&self, req: StartRequest) -> Result<String, FlowError> {
        let core = self.core;
        let now = core.now();
        let upn =
            userid::normalize(&req.user_id, &core.config.limits).map_err(FlowError::UserId)?;
        self.check_captcha(&req.captcha_id, &req.captcha_answer)
            .await?;
        let domain = upn.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        let user = core.store.user_by_upn(&upn).await?;
        let tenant = match &user {
            Some(u) => crate::partner::tenant_for_user(core, u).await?,
            None => core.store.tenant_for_domain(domain).await?,
        };
        let policy = tenant
            .as_ref()
            .map(|t| t.policy.clone())
            .unwrap_or_default();
        let facts = match (&user, &tenant) {
            (Some(u), Some(_)) => Some(user_facts(u)),
            _ => None,
        };
        let verdict = sspr_policy::check_eligibility(
            &upn,
            facts.as_ref(),
            &policy,
            &core.config.consumer_domains,
        );
        let mut st = FlowState {
            upn: upn.clone(),
            tenant_id: tenant.as_ref().map(|t| t.id.clone()),
            user_id: user.as_ref().map(|u| u.id),
            lang: req.lang.tag().into(),
            client: req.client,
            ip: req.ip,
            return_url: req.return_url.filter(|u| core.config.return_url_allowed(u)),
            compact: req.compact,
            step: Step::Contact,
            reason: None,
            mode: Mode::Reset,
            required: 0,
            options: Vec::new(),
            passed: Vec::new(),
            pending: None,
            drawn: None,
            admin_request_sent: false,
        };
        let mut exact = None;
        match (verdict, &user) {
            (Ok(e), Some(u)) => {
                st.required = e.required;
                // P12: with one method required only the app's code counts; its
                // notification is not offered alone.
                let methods: Vec<Method> = e
                    .methods
                    .iter()
                    .copied()
                    .filter(|m| e.required > 1 || *m != Method::MobileAppNotification)
                    .collect();
                st.options = options_for(u, &methods);
                st.step = if policy.allow_unlock {
                    Step::Choose
                } else {
                    Step::Verify
                };
            }
            (Err(r), _) => exact = Some(r),
            (Ok(_), None) => exact = Some(Ineligible::AccountUnavailable),
        }
        // B3: the page must not tell a stranger that an account exists or holds an admin
        // role. A missing or disabled account is shown what an existing user with no groups
        // and no data would be shown under the policy of the user ID's domain; so is a
        // partner account (B1, B2), whose own policy differs from the domain's; an
        // administrator short of methods is shown "not registered". The audit keeps the
        // exact reason.
        let partner = user
            .as_ref()
            .is_some_and(|u| u.kind != sspr_policy::eligibility::AccountKind::Member);
        let stranger = {
            let domain_policy = core
                .store
                .tenant_for_domain(domain)
                .await?
                .map(|t| t.policy)
                .unwrap_or_default();
            let blank = UserFacts {
                enabled: true,
                ..UserFacts::default()
            };
            sspr_policy::check_eligibility(&upn, Some(&blank), &domain_policy, &[])
                .err()
                .unwrap_or(Ineligible::NotRegistered)
        };
        st.reason = exact.map(|r| {
            let public = match r {
                Ineligible::AccountUnavailable => stranger,
                _ if partner => stranger,
                Ineligible::AdminNotRegistered => Ineligible::NotRegistered,
                other => other,
            };
            public.code().to_string()
        });
        let token = core.crypto.token();
        self.save(&token, &st, now + core.config.limits.flow_ttl_secs)
            .await?;
        self.audit(
            &st,
            AuditStep::Start,
            None,
            if exact.is_none() {
                Outcome::Ok
            } else {
                Outcome::Ineligible
            },
            exact.map(|r| r.code()),
        )
        .await;
        Ok(token)
    }

    pub async fn view(&self, token: &str) -> Result<FlowView, FlowError> {
        let st = self.load(token).await?;
        let tenant = self.tenant_of(&st).await?;
        let policy = tenant
            .as_ref()
            .map(|t| t.policy.clone())
            .unwrap_or_default();
        // The user's name parts and the tenant's rules are shown only at the new-password
        // step: before verification they would tell a stranger about the account.
        let at_password = st.step == Step::NewPassword;
        let display = match st.user_id {
            Some(_) if at_password => self
                .core
                .store
                .user_by_upn(&st.upn)
                .await?
                .map(|u| u.display_name)
                .unwrap_or_default(),
            _ => String::new(),
        };
        let pending = st.pending.as_ref().and_then(|p| {
            let o = st.options.iter().find(|o| o.id == p.option())?;
            Some(PendingView {
                option: o.id.clone(),
                verifier: o.verifier,
                masked: o.masked.clone(),
                questions: match p {
                    Pending::Questions { questions, .. } => questions.clone(),
                    _ => Vec::new(),
                },
                number: match p {
                    Pending::Push { number, .. } => Some(*number),
                    _ => None,
                },
            })
        });
        Ok(FlowView {
            upn: st.upn.clone(),
            step: st.step,
            reason: st.reason.as_deref().and_then(Ineligible::from_code),
            helpdesk: policy.helpdesk.clone(),
            allow_unlock: policy.allow_unlock,
            mode: st.mode,
            required: st.required,
            passed: st.distinct_passed(),
            options: st
                .options
                .iter()
                .map(|o| OptionView {
                    id: o.id.clone(),
                    method: o.method,
                    verifier: o.verifier,
                    masked: o.masked.clone(),
                    passed: st.passed.contains(&o.method.kind()),
                })
                .collect(),
            pending,
            password_rules: if at_password {
                policy.password.clone()
            } else {
                PasswordRules::default()
            },
            name_parts: if at_password {
                name_parts(&st.upn, &display)
            } else {
                Vec::new()
            },
            return_url: st.return_url.clone(),
            sign_in_url: self.core.config.sign_in_url.clone(),
            lang: st.lang(),
            compact: st.compact,
            admin_request_sent: st.admin_request_sent,
        })
    }

    /// Trouble choice: reset, or unlock only when P11 allows.
    pub async fn choose(&self, token: &str, mode: Mode) -> Result<(), FlowError> {
        let mut st = self.load(token).await?;
        if st.step != Step::Choose {
            return Err(FlowError::WrongStep);
        }
        st.mode = mode;
        st.step = Step::Verify;
        self.update(token, &st).await?;
        self.audit(
            &st,
            AuditStep::Choose,
            None,
            Outcome::Ok,
            Some(if mode == Mode::Unlock {
                "unlock"
            } else {
                "reset"
            }),
        )
        .await;
        Ok(())
    }

    async fn blocked(&self, st: &FlowState) -> Result<(), FlowError> {
        if let Gate::Blocked { until } =
            gate(self.core, &st.upn, VERIFY_FAIL, verify_window(self.core)).await?
        {
            return Err(FlowError::Blocked { until });
        }
        Ok(())
    }

    /// V1: pick a method; codes are generated and sent now (V2, V3), TOTP and questions wait
    /// for the user's input.
    pub async fn select(&self, token: &str, option_id: &str) -> Result<(), FlowError> {
        let core = self.core;
        let (mut st, _guard) = self.load_locked(token).await?;
        if st.step != Step::Verify {
            return Err(FlowError::WrongStep);
        }
        let opt = st
            .options
            .iter()
            .find(|o| o.id == option_id)
            .cloned()
            .ok_or(FlowError::UnknownOption)?;
        if st.passed.contains(&opt.method.kind()) {
            return Err(FlowError::UnknownOption);
        }
        self.blocked(&st).await?;
        let lang = st.lang();
        let now = core.now();
        st.pending = Some(match opt.verifier {
            Verifier::EmailCode | Verifier::SmsCode | Verifier::VoiceCode => {
                let channel = match opt.verifier {
                    Verifier::EmailCode => Channel::Email,
                    Verifier::SmsCode => Channel::Sms,
                    _ => Channel::Voice,
                };
                if let Gate::Blocked { until } =
                    gate(core, &st.upn, CODE_SENT, email_window(core)).await?
                {
                    self.audit(
                        &st,
                        AuditStep::SendCode,
                        Some(opt.method),
                        Outcome::Blocked,
                        Some("email-limit"),
                    )
                    .await;
                    return Err(FlowError::EmailLimit { until });
                }
                let code = core.crypto.code(core.config.limits.code_digits);
                let hash = data_encoding::HEXLOWER.encode(&core.crypto.mac(&[
                    b"code",
                    token.as_bytes(),
                    option_id.as_bytes(),
                    code.as_bytes(),
                ]));
                let tenant = match &st.tenant_id {
                    Some(id) => core.store.tenant(id).await?,
                    None => None,
                };
                let target = opt.target.clone().unwrap_or_default();
                let to = match channel {
                    Channel::Email => target,
                    _ => phone::dialable(&target).to_string(),
                };
                let msg = code_message(core, lang, channel, &to, tenant.as_ref(), &code);
                if let Err(e) = core.delivery.send(&msg).await {
                    tracing::warn!(error = %e, channel = channel.as_str(), "code delivery failed");
                    self.audit(
                        &st,
                        AuditStep::SendCode,
                        Some(opt.method),
                        Outcome::Error,
                        Some("delivery"),
                    )
                    .await;
                    return Err(FlowError::Delivery);
                }
                core.store.add_event(&st.upn, CODE_SENT, now).await?;
                Pending::Code {
                    option: opt.id.clone(),
                    hash,
                    expires_at: now + core.config.limits.code_ttl_secs,
                }
            }
            Verifier::Totp => Pending::Totp {
                option: opt.id.clone(),
            },
            Verifier::Push => {
                let uid = st.user_id.ok_or(FlowError::WrongStep)?;
                let org = match &st.tenant_id {
                    Some(id) => core.store.tenant(id).await?.map(|t| t.name),
                    None => None,
                }
                .unwrap_or_default();
                let (challenge, number) = crate::device::create_challenge(core, uid, &org).await?;
                Pending::Push {
                    option: opt.id.clone(),
                    challenge,
                    number,
                }
            }
            Verifier::Questions => {
                // The drawn set stays for the flow: choosing the method again must not
                // re-draw until a user can answer every question (V5); only a wrong answer does.
                let questions = match st.drawn.clone() {
                    Some(q) => q,
                    None => self.draw_questions(&st).await?,
                };
                st.drawn = Some(questions.clone());
                Pending::Questions {
                    option: opt.id.clone(),
                    questions,
                }
            }
        });
        self.update(token, &st).await?;
        self.audit(&st, AuditStep::Select, Some(opt.method), Outcome::Ok, None)
            .await;
        Ok(())
    }

    /// V5: P4's number of the user's questions, drawn at random.
    async fn draw_questions(&self, st: &FlowState) -> Result<Vec<String>, FlowError> {
        let user_id = st.user_id.ok_or(FlowError::WrongStep)?;
        let tenant = self.tenant_of(st).await?;
        let ask = tenant.map(|t| t.policy.questions_to_ask).unwrap_or(3) as usize;
        let mut qs: Vec<String> = self
            .core
            .store
            .security_answers(user_id)
            .await?
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        let mut out = Vec::new();
        while out.len() < ask && !qs.is_empty() {
            let i = self.core.crypto.pick(0..qs.len());
            out.push(qs.swap_remove(i));
        }
        Ok(out)
    }

    async fn fail(&self, st: &FlowState, method: Method, reason: &str) -> Result<(), FlowError> {
        self.core
            .store
            .add_event(&st.upn, VERIFY_FAIL, self.core.now())
            .await?;
        self.audit(
            st,
            AuditStep::Verify,
            Some(method),
            Outcome::Fail,
            Some(reason),
        )
        .await;
        Ok(())
    }

    async fn passed(
        &self,
        token: &str,
        mut st: FlowState,
        method: Method,
    ) -> Result<(), FlowError> {
        st.pending = None;
        st.passed.push(method.kind());
        self.audit(&st, AuditStep::Verify, Some(method), Outcome::Ok, None)
            .await;
        if st.distinct_passed() >= st.required as usize {
            match st.mode {
                Mode::Reset => st.step = Step::NewPassword,
                Mode::Unlock => {
                    let uid = st.user_id.ok_or(FlowError::WrongStep)?;
                    // N3, P11: an on-premises account is unlocked in the directory first; if
                    // it cannot be reached, nothing is saved and the proof stays unspent.
                    if self.on_premises(&st).await? {
                        let dir = self.directory(&st).await?;
                        if let Err(e) = dir.unlock(&st.upn).await {
                            return Err(self.directory_failed(&st, AuditStep::Unlock, e).await);
                        }
                    }
                    // N3: unlocked, counters cleared and the flow done, together.
                    st.step = Step::Done;
                    let json = serde_json::to_string(&st).map_err(CoreError::from)?;
                    let mut tx = self.core.store.begin().await?;
                    let mut c = tx.c();
                    c.unlock(uid).await?;
                    c.clear_events(&st.upn, VERIFY_FAIL).await?;
                    c.put_flow(&self.key(token), 0, &json).await?;
                    tx.commit().await?;
                    self.audit(&st, AuditStep::Unlock, None, Outcome::Ok, None)
                        .await;
                    return Ok(());
                }
            }
        }
        self.update(token, &st).await
    }

    /// D2: a directory mobile phone the user has just proven in a reset also becomes their
    /// authentication phone, if they had none (the registration page does the same, G3).
    async fn adopt_verified_mobile(&self, st: &FlowState, option: &str) -> Result<(), FlowError> {
        let Some(target) = st
            .options
            .iter()
            .find(|o| o.id == option)
            .and_then(|o| o.target.clone())
        else {
            return Ok(());
        };
        let store = &self.core.store;
        if let Some(u) = store.user_by_upn(&st.upn).await?
            && u.auth_phone.as_deref().is_none_or(str::is_empty)
            && u.mobile_phone.as_deref() == Some(target.as_str())
        {
            store
                .set_contact(u.id, ContactField::AuthPhone, Some(&target))
                .await?;
        }
        Ok(())
    }

    fn option_method(st: &FlowState, id: &str) -> Method {
        st.options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.method)
            .unwrap_or(Method::Email)
    }

    /// V2..V4, V6: check a one-time code or a TOTP code for the pending method.
    pub async fn verify_code(&self, token: &str, code: &str) -> Result<(), FlowError> {
        let core = self.core;
        let (mut st, _guard) = self.load_locked(token).await?;
        if st.step != Step::Verify {
            return Err(FlowError::NothingPending);
        }
        let pending = st.pending.clone().ok_or(FlowError::NothingPending)?;
        self.blocked(&st).await?;
        let method = Self::option_method(&st, pending.option());
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        match pending {
            Pending::Code {
                option,
                hash,
                expires_at,
            } => {
                if core.now() >= expires_at {
                    st.pending = None;
                    self.update(token, &st).await?;
                    self.audit(
                        &st,
                        AuditStep::Verify,
                        Some(method),
                        Outcome::Fail,
                        Some("code-expired"),
                    )
                    .await;
                    return Err(FlowError::CodeExpired);
                }
                let want = data_encoding::HEXLOWER
                    .decode(hash.as_bytes())
                    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
                let got = core.crypto.mac(&[
                    b"code",
                    token.as_bytes(),
                    option.as_bytes(),
                    code.as_bytes(),
                ]);
                if !crate::crypto::Crypto::mac_eq(&want, &got) {
                    self.fail(&st, method, "code-wrong").await?;
                    return Err(FlowError::CodeWrong);
                }
                if method == Method::MobilePhone {
                    self.adopt_verified_mobile(&st, &option).await?;
                }
                self.passed(token, st, method).await
            }
            Pending::Totp { .. } => {
                let uid = st.user_id.ok_or(FlowError::WrongStep)?;
                if verify_totp(core, uid, totp_kind(method), &code).await? {
                    return self.passed(token, st, method).await;
                }
                self.fail(&st, method, "code-wrong").await?;
                Err(FlowError::CodeWrong)
            }
            Pending::Questions { .. } => Err(FlowError::WrongStep),
            Pending::Push { challenge, .. } => {
                use crate::device::{ChallengeState, state_of};
                let state = match core.store.challenge(challenge).await? {
                    Some(c) => state_of(&c, core.now()),
                    None => ChallengeState::Expired,
                };
                match state {
                    ChallengeState::Approved => self.passed(token, st, method).await,
                    ChallengeState::Pending => Err(FlowError::PushPending),
                    ChallengeState::Denied => {
                        st.pending = None;
                        self.update(token, &st).await?;
                        self.fail(&st, method, "push-denied").await?;
                        Err(FlowError::PushDenied)
                    }
                    ChallengeState::Expired => {
                        st.pending = None;
                        self.update(token, &st).await?;
                        self.audit(
                            &st,
                            AuditStep::Verify,
                            Some(method),
                            Outcome::Fail,
                            Some("code-expired"),
                        )
                        .await;
                        Err(FlowError::CodeExpired)
                    }
                }
            }
        }
    }

    /// V5: every asked question must be answered right; a wrong answer draws a new set.
    pub async fn verify_answers(&self, token: &str, answers: &[String]) -> Result<(), FlowError> {
        let core = self.core;
        let (mut st, _guard) = self.load_locked(token).await?;
        let Some(Pending::Questions { option, questions }) = st.pending.clone() else {
            return Err(FlowError::NothingPending);
        };
        self.blocked(&st).await?;
        let method = Self::option_method(&st, &option);
        let uid = st.user_id.ok_or(FlowError::WrongStep)?;
        let stored = core.store.security_answers(uid).await?;
        let mut all_ok = answers.len() == questions.len();
        for (q, a) in questions.iter().zip(answers) {
            let hash = stored
                .iter()
                .find(|(sq, _)| sq == q)
                .map(|(_, h)| h.as_str());
            // Verify every answer even after a wrong one, so timing does not tell which was wrong.
            let ok = match hash {
                Some(h) => core.crypto.verify_secret(&normalize_answer(a), h).await?,
                None => false,
            };
            all_ok &= ok;
        }
        if !all_ok {
            self.fail(&st, method, "answers-wrong").await?;
            let questions = self.draw_questions(&st).await?;
            st.drawn = Some(questions.clone());
            st.pending = Some(Pending::Questions { option, questions });
            self.update(token, &st).await?;
            return Err(FlowError::AnswersWrong);
        }
        self.passed(token, st, method).await
    }

    /// N1, N2: check, hash and store the new password, unlock, notify, audit.
    pub async fn set_password(
        &self,
        token: &str,
        password: &str,
        confirm: &str,
    ) -> Result<(), FlowError> {
        let core = self.core;
        let (mut st, _guard) = self.load_locked(token).await?;
        if st.step != Step::NewPassword {
            return Err(FlowError::WrongStep);
        }
        let uid = st.user_id.ok_or(FlowError::WrongStep)?;
        let user = core
            .store
            .user_by_upn(&st.upn)
            .await?
            .ok_or(FlowError::NoFlow)?;
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(FlowError::NoFlow)?;
        let names = name_parts(&user.upn, &user.display_name);
        let problems =
            sspr_policy::check_password(password, Some(confirm), &tenant.policy.password, &names);
        if !problems.is_empty() {
            self.audit(
                &st,
                AuditStep::Password,
                None,
                Outcome::Rejected,
                Some(problems[0].fluent_id()),
            )
            .await;
            return Err(FlowError::Password(problems));
        }
        let on_premises = user.password_source.on_premises();
        if on_premises {
            // P10: written back to the directory, whose own policy has the last word (N1);
            // a refusal keeps the user here to try another password.
            let dir = self.directory(&st).await?;
            if let Err(e) = dir.set_password(&st.upn, password).await {
                return Err(self.directory_failed(&st, AuditStep::Password, e).await);
            }
            // N2: a reset unlocks, in the directory as here.
            if let Err(e) = dir.unlock(&st.upn).await {
                tracing::warn!(error = %e, "directory unlock after a reset failed");
            }
        }
        // Hashed before the transaction: Argon2id must not hold it open.
        let phc = match on_premises {
            true => None,
            false => Some(core.crypto.hash_secret(password).await?),
        };
        st.step = Step::Done;
        st.pending = None;
        let json = serde_json::to_string(&st).map_err(CoreError::from)?;
        // N2 in one transaction: the new password (or the unlock of an on-premises account),
        // the failure counters cleared, every session of the user ended (whoever was signed
        // in with the old password is out) and the flow done; or none of it.
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        match &phc {
            Some(phc) => c.set_password_and_unlock(uid, phc).await?,
            None => c.unlock(uid).await?,
        }
        c.clear_events(&st.upn, VERIFY_FAIL).await?;
        c.delete_user_sessions(uid).await?;
        c.put_flow(&self.key(token), 0, &json).await?;
        tx.commit().await?;
        self.audit(&st, AuditStep::Reset, None, Outcome::Ok, None)
            .await;
        self.notify_reset(&st, &user, &tenant).await;
        Ok(())
    }

    /// O1 (P7) to the user; O2 (P8) to every other administrator when an administrator resets.
    async fn notify_reset(&self, st: &FlowState, user: &UserRecord, tenant: &Tenant) {
        let core = self.core;
        let lang = st.lang();
        let mut sends = Vec::new();
        if tenant.policy.notify_users {
            let mut to: Vec<String> = [&user.primary_email, &user.alternate_email]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect();
            if to.is_empty() {
                to.push(user.upn.clone());
            }
            for t in to {
                sends.push(Outgoing {
                    channel: Channel::Email,
                    to: t,
                    from: tenant.sender.clone(),
                    subject: tr(lang, "msg-reset-subject"),
                    body: tr_args(
                        lang,
                        "msg-reset-body",
                        &[("user", Value::from(user.upn.clone()))],
                    ),
                    at: core.now(),
                });
            }
        }
        if tenant.policy.notify_admins && !user.admin_roles.is_empty() {
            match core
                .store
                .admin_emails(&tenant.id, core.config.limits.contact_admin_max_recipients)
                .await
            {
                Ok(admins) => {
                    for a in admins.into_iter().filter(|a| {
                        !a.eq_ignore_ascii_case(user.primary_email.as_deref().unwrap_or(""))
                    }) {
                        sends.push(Outgoing {
                            channel: Channel::Email,
                            to: a,
                            from: tenant.sender.clone(),
                            subject: tr(lang, "msg-admin-reset-subject"),
                            body: tr_args(
                                lang,
                                "msg-admin-reset-body",
                                &[("user", Value::from(user.upn.clone()))],
                            ),
                            at: core.now(),
                        });
                    }
                }
                Err(e) => tracing::error!(error = %e, "could not list administrators"),
            }
        }
        // Queued: the mail server may be down; the queue retries, and the reset never waits.
        for m in sends {
            if let Err(e) = crate::mailqueue::MailQueue::new(core).enqueue(&m).await {
                tracing::error!(error = %e, "reset notification not queued");
                self.audit(st, AuditStep::Notify, None, Outcome::Error, Some("queue"))
                    .await;
            }
        }
    }

    /// K1: ask the tenant's administrators for help, rate limited. Unknown users get the same
    /// answer and nothing is sent (B3).
    pub async fn request_admin(&self, token: &str) -> Result<(), FlowError> {
        let core = self.core;
        let mut st = self.load(token).await?;
        if st.step != Step::Contact {
            return Err(FlowError::WrongStep);
        }
        let key = st.upn.clone();
        let w = Window {
            max: core.config.limits.admin_requests_per_day,
            window_secs: 86400,
            block_secs: 86400,
        };
        if let Gate::Blocked { .. } = gate(core, &key, ADMIN_REQUEST, w).await? {
            return Err(FlowError::AdminRequestLimit);
        }
        core.store
            .add_event(&key, ADMIN_REQUEST, core.now())
            .await?;
        if let (Some(_), Some(tid)) = (st.user_id, &st.tenant_id)
            && let Some(tenant) = core.store.tenant(tid).await?
        {
            let admins = core
                .store
                .admin_emails(tid, core.config.limits.contact_admin_max_recipients)
                .await?;
            let lang = st.lang();
            let mut mails = Vec::new();
            for a in admins {
                mails.push(Outgoing {
                    channel: Channel::Email,
                    to: a,
                    from: tenant.sender.clone(),
                    subject: tr(lang, "msg-admin-request-subject"),
                    body: tr_args(
                        lang,
                        "msg-admin-request-body",
                        &[("user", Value::from(st.upn.clone()))],
                    ),
                    at: core.now(),
                });
            }
            // Queued in the background: known and unknown user IDs answer alike, at once
            // (B3); a mail outage delays the mail, it is not shown.
            let core = core.clone();
            tokio::spawn(async move {
                for m in mails {
                    if let Err(e) = crate::mailqueue::MailQueue::new(&core).enqueue(&m).await {
                        tracing::error!(error = %e, "administrator request not queued");
                    }
                }
            });
        }
        st.admin_request_sent = true;
        self.update(token, &st).await?;
        self.audit(&st, AuditStep::AdminRequest, None, Outcome::Ok, None)
            .await;
        Ok(())
    }
}
