//! The reset and unlock flow (E1..E5, V1..V7, N1..N3, O1, O2, K1, A1, W2): a state machine
//! kept server-side, keyed by the HMAC of a random token the browser holds in a cookie.
//! Owns the order of steps, throttles and side effects; refuses to render anything, and
//! every decision it takes comes from the policy crate.

mod finish;
mod start;
mod verify;

use serde::{Deserialize, Serialize};
use sspr_i18n::{Lang, Value, tr, tr_args};
use sspr_policy::password::name_parts;
use sspr_policy::pow;
use sspr_policy::throttle::{Gate, Window};
use sspr_policy::{
    Ineligible, Method, MethodKind, PasswordProblem, PasswordRules, UserFacts, userid,
};

use crate::delivery::{Channel, Outgoing};
use crate::proof::{
    self, Answer, Challenge, Pending, ProofError, ProofOption, Prover, Purpose, Subject,
};
use crate::store::{
    AuditEvent, AuditStep, ContactField, EventKind, Outcome, Tenant, TotpKind, UserLock, UserRecord,
};
use crate::{Core, CoreError};
use sspr_wire::ErrorCode;

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

pub use sspr_wire::{FlowWire, Mode, OptionWire, PendingWire, Step, Verifier};

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
    /// B3: the other reasons possible under the domain's policy, shown under `reason`.
    #[serde(default)]
    also: Vec<String>,
    mode: Mode,
    required: u8,
    options: Vec<ProofOption>,
    passed: Vec<MethodKind>,
    pending: Option<Pending>,
    /// V5: the questions drawn for this flow.
    #[serde(default)]
    drawn: Option<Vec<String>>,
    admin_request_sent: bool,
    /// Issue 11: the look of the user ID's domain's tenant, taken at start.
    #[serde(default)]
    brand: Option<sspr_wire::Brand>,
}

impl FlowState {
    /// A new reset for `upn` at `step`, nothing proven, no tenant or look yet.
    fn opened(upn: &str, lang: Lang, ip: Option<String>, step: Step) -> FlowState {
        FlowState {
            upn: upn.to_string(),
            tenant_id: None,
            user_id: None,
            lang: lang.tag().into(),
            client: ClientType::Browser,
            ip,
            return_url: None,
            compact: false,
            step,
            reason: None,
            also: Vec::new(),
            mode: Mode::Reset,
            required: 0,
            options: Vec::new(),
            passed: Vec::new(),
            pending: None,
            drawn: None,
            admin_request_sent: false,
            brand: None,
        }
    }

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
    /// Issue 10: a quota beyond SPEC 16; its page says when to try again.
    #[error(transparent)]
    Limited(crate::quota::Refused),
    #[error("phone country not allowed")]
    PhoneCountry,
    #[error(transparent)]
    Internal(#[from] CoreError),
}

impl FlowError {
    /// What the user is shown.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            FlowError::NoFlow => ErrorCode::NoFlow,
            FlowError::UserId(userid::UserIdError::Empty) => ErrorCode::UserIdEmpty,
            FlowError::UserId(userid::UserIdError::NotAnAddress) => ErrorCode::UserIdShape,
            FlowError::UserId(userid::UserIdError::TooLong) => ErrorCode::UserIdTooLong,
            FlowError::Captcha => ErrorCode::Captcha,
            FlowError::WrongStep => ErrorCode::WrongStep,
            FlowError::UnknownOption => ErrorCode::UnknownOption,
            FlowError::CodeWrong => ErrorCode::CodeWrong,
            FlowError::CodeExpired => ErrorCode::CodeExpired,
            FlowError::NothingPending => ErrorCode::CodeUsed,
            FlowError::Blocked { .. } => ErrorCode::Blocked,
            FlowError::EmailLimit { .. } => ErrorCode::EmailLimit,
            FlowError::AnswersWrong => ErrorCode::AnswersWrong,
            FlowError::Password(_) => ErrorCode::Password,
            FlowError::Delivery => ErrorCode::Delivery,
            FlowError::AdminRequestLimit => ErrorCode::AdminRequestLimit,
            FlowError::DirectoryPolicy => ErrorCode::DirectoryPolicy,
            FlowError::DirectoryDown => ErrorCode::Directory,
            FlowError::PushPending => ErrorCode::PushPending,
            FlowError::PushDenied => ErrorCode::PushDenied,
            FlowError::Limited(r) => r.limit.error_code(),
            FlowError::PhoneCountry => ErrorCode::PhoneCountry,
            FlowError::Internal(CoreError::Busy) => ErrorCode::Busy,
            FlowError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// Stable code for URLs (`?e=`) and audit rows.
    pub fn code(&self) -> &'static str {
        self.error_code().code()
    }
}

impl From<ProofError> for FlowError {
    fn from(e: ProofError) -> Self {
        match e {
            ProofError::Blocked { until } => FlowError::Blocked { until },
            ProofError::SendLimit { until } => FlowError::EmailLimit { until },
            ProofError::Limited(r) => FlowError::Limited(r),
            ProofError::PhoneCountry => FlowError::PhoneCountry,
            ProofError::Delivery => FlowError::Delivery,
            ProofError::Expired => FlowError::CodeExpired,
            ProofError::Wrong => FlowError::CodeWrong,
            ProofError::AnswersWrong => FlowError::AnswersWrong,
            ProofError::PushPending => FlowError::PushPending,
            ProofError::PushDenied => FlowError::PushDenied,
            ProofError::Internal(e) => FlowError::Internal(e),
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

/// A captcha challenge (issue 10): the browser finds a counter that makes
/// SHA-256(`id` ":" counter) start with `bits` zero bits (`sspr_policy::pow`).
pub struct Captcha {
    pub id: String,
    pub bits: u8,
}

impl Captcha {
    /// The answer a browser's solver finds (tests and load generators use it).
    pub fn solve(&self) -> String {
        pow::search(&self.id, self.bits, 0, u64::MAX)
            .map(|n| n.to_string())
            .unwrap_or_default()
    }
}

const VERIFY_FAIL: EventKind = EventKind::VerifyFail;
const ADMIN_REQUEST: EventKind = EventKind::AdminRequest;

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
        // A state this version cannot read (written before an upgrade) is a flow that
        // ended: the user starts again rather than meeting an error on every page.
        serde_json::from_str(&json).map_err(|e| {
            tracing::warn!(error = %e, "a stored flow could not be read; treated as ended");
            FlowError::NoFlow
        })
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

    /// Issue 11: the language the user picked mid-flow becomes the flow's (its pages and the
    /// messages it sends from now on); nothing is written when it already is.
    pub async fn set_lang(&self, token: &str, lang: Lang) -> Result<(), FlowError> {
        let mut st = self.load(token).await?;
        if st.lang == lang.tag() {
            return Ok(());
        }
        st.lang = lang.tag().to_string();
        self.update(token, &st).await
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
        if let Err(err) = self.core.audit(&e).await {
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

    /// The flow as its page shows it. `demo` is the server's to set (it knows the outbox).
    pub async fn view(&self, token: &str) -> Result<FlowWire, FlowError> {
        let st = self.load(token).await?;
        // The user's name parts and the tenant's rules are shown only at the new-password
        // step: before verification they would tell a stranger about the account.
        let at_password = st.step == Step::NewPassword;
        // Issue 14: only the contact page (helpdesk) and the new-password page (rules) show
        // anything of the tenant; the other steps read the flow alone (one query).
        let (tenant, user) = match st.step {
            // B3: the contact page (and its helpdesk) is the domain's, whoever the ID is; a
            // partner's own home tenant would tell the account apart.
            Step::Contact => {
                let domain = st.upn.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
                (self.core.store.tenant_for_domain(domain).await?, None)
            }
            Step::NewPassword if st.user_id.is_some() => {
                match self.core.store.user_by_upn(&st.upn).await? {
                    Some(u) => (
                        crate::partner::tenant_for_user(self.core, &u).await?,
                        Some(u),
                    ),
                    None => (None, None),
                }
            }
            Step::NewPassword | Step::Choose | Step::Verify | Step::Done => (None, None),
        };
        let policy = tenant
            .as_ref()
            .map(|t| t.policy.clone())
            .unwrap_or_default();
        let display = user
            .as_ref()
            .map(|u| u.display_name.clone())
            .unwrap_or_default();
        // Issue 16: an on-premises user sees the directory's rules merged in.
        let effective = match &user {
            Some(u) => crate::password_rules::for_user(self.core, u, &policy.password).await,
            None => crate::password_rules::Effective {
                rules: PasswordRules::default(),
                unchecked: Vec::new(),
            },
        };
        let pending = st.pending.as_ref().and_then(|p| {
            let o = st.options.iter().find(|o| o.id == p.option)?;
            Some(PendingWire {
                option: o.id.clone(),
                verifier: o.verifier,
                masked: o.masked.clone(),
                questions: match &p.challenge {
                    Challenge::Questions { questions } => questions.clone(),
                    _ => Vec::new(),
                },
                question_translations: match &p.challenge {
                    Challenge::Questions { questions } => {
                        sspr_policy::register::translations_of(&policy, questions)
                    }
                    _ => Default::default(),
                },
                number: match &p.challenge {
                    Challenge::Push { number, .. } => Some(*number),
                    _ => None,
                },
                resend_at: p.challenge.resend_at(&self.core.config.limits),
            })
        });
        Ok(FlowWire {
            upn: st.upn.clone(),
            step: st.step,
            reason: st.reason.as_deref().and_then(Ineligible::from_code),
            also: st
                .also
                .iter()
                .filter_map(|c| Ineligible::from_code(c))
                .collect(),
            helpdesk: policy.helpdesk.clone(),
            mode: st.mode,
            required: st.required,
            passed: st.distinct_passed(),
            options: st
                .options
                .iter()
                .map(|o| OptionWire {
                    id: o.id.clone(),
                    method: o.method,
                    verifier: o.verifier,
                    masked: o.masked.clone(),
                    passed: st.passed.contains(&o.method.kind()),
                })
                .collect(),
            pending,
            password_rules: effective.rules,
            password_unchecked: effective.unchecked,
            name_parts: if at_password {
                name_parts(&st.upn, &display)
            } else {
                Vec::new()
            },
            // W1: an app that embedded the portal gets the user back; else the
            // organisation's own sign-in page (issue 11), else the portal's.
            sign_in_url: st
                .return_url
                .clone()
                .or_else(|| st.brand.as_ref().and_then(|b| b.sign_in_url.clone()))
                .unwrap_or_else(|| self.core.config.sign_in_url.clone()),
            lang: st.lang().tag().to_string(),
            compact: st.compact,
            admin_request_sent: st.admin_request_sent,
            demo: false,
            brand: st.brand.clone(),
        })
    }
}
