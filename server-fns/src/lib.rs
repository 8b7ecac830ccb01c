//! Thin Leptos server functions over sspr-core, and the wire types the pages render. Each
//! function reads the flow cookie, calls one flow method and redirects to the page of the
//! flow's next step, so the same form works with and without JavaScript. Owns the HTTP
//! edge of the flows; refuses to hold logic (that is sspr-core's and sspr-policy's), and no
//! error crossing the wire carries internals.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sspr_policy::{Helpdesk, Ineligible, Method, PasswordRules};

pub mod account;
#[cfg(feature = "ssr")]
mod edge;
#[cfg(feature = "ssr")]
mod edge_account;
#[cfg(feature = "ssr")]
pub use edge::{
    AppCtx, CAPTCHA_PLACEHOLDER, FLOW_COOKIE_HOST, FLOW_COOKIE_PLAIN, NONCE_PLACEHOLDER,
    TemplateRender, template_render,
};

/// A captcha challenge to render (E2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryView {
    pub captcha_id: String,
    pub a: u8,
    pub b: u8,
}

/// Where a flow stands: which page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Contact,
    Choose,
    Verify,
    NewPassword,
    Done,
}

impl Step {
    pub fn path(self) -> &'static str {
        match self {
            Step::Contact => "/reset/contact",
            Step::Choose => "/reset/choose",
            Step::Verify => "/reset/verify",
            Step::NewPassword => "/reset/password",
            Step::Done => "/reset/done",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verifier {
    EmailCode,
    SmsCode,
    VoiceCode,
    Totp,
    Questions,
    Push,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionWire {
    pub id: String,
    pub method: Method,
    pub verifier: Verifier,
    pub masked: String,
    pub passed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingWire {
    pub option: String,
    pub verifier: Verifier,
    pub masked: String,
    pub questions: Vec<String>,
    /// V4: the number to type on the device.
    pub number: Option<u8>,
}

/// A flow as the pages see it: no contact address in clear, no code, no answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowWire {
    pub upn: String,
    pub step: Step,
    /// `Ineligible::code()` when the step is Contact.
    pub reason: Option<String>,
    pub helpdesk: Option<Helpdesk>,
    pub unlock: bool,
    pub required: u8,
    pub passed: usize,
    pub options: Vec<OptionWire>,
    pub pending: Option<PendingWire>,
    pub password_rules: PasswordRules,
    pub name_parts: Vec<String>,
    pub sign_in_url: String,
    pub lang: String,
    pub compact: bool,
    pub admin_request_sent: bool,
    /// Demo mode: the page links to the dev outbox where codes land.
    pub demo: bool,
}

/// One message of the demo outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub channel: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub at: i64,
}

/// Fluent ids for flow error codes (`?e=`) and E3/E5 reasons; literal so the key-coverage
/// test sees them.
/// Fluent id of the message for an error code (see `FlowError::code`).
pub fn error_fluent_id(code: &str) -> &'static str {
    match code {
        "no-flow" => "err-no-flow",
        "userid-empty" => "userid-err-empty",
        "userid-shape" => "userid-err-shape",
        "userid-too-long" => "userid-err-too-long",
        "captcha" => "err-captcha",
        "wrong-step" => "err-wrong-step",
        "unknown-option" => "err-unknown-option",
        "code-wrong" => "err-code-wrong",
        "code-expired" => "err-code-expired",
        "code-used" => "err-code-used",
        "blocked" => "err-blocked",
        "email-limit" => "err-email-limit",
        "answers-wrong" => "err-answers-wrong",
        "password" => "err-password",
        "delivery" => "err-delivery",
        "admin-request-limit" => "err-admin-request-limit",
        "push-pending" => "err-push-pending",
        "directory-policy" => "err-directory-policy",
        "directory" => "err-directory",
        "push-denied" => "err-push-denied",
        _ => "err-internal",
    }
}

/// Fluent id explaining an E3/E5 refusal.
pub fn reason_fluent_id(code: &str) -> &'static str {
    match Ineligible::from_code(code).unwrap_or(Ineligible::AccountUnavailable) {
        Ineligible::ConsumerAccount => "contact-reason-consumer",
        Ineligible::AccountUnavailable => "contact-reason-unavailable",
        Ineligible::NotEnabled => "contact-reason-not-enabled",
        Ineligible::NotRegistered => "contact-reason-not-registered",
        Ineligible::AdminNotRegistered => "contact-reason-admin-not-registered",
        Ineligible::WritebackOff => "contact-reason-writeback-off",
    }
}

/// The generic, internals-free error for a broken dependency (database, mail).
pub const UNAVAILABLE: &str = "unavailable";

/// A fresh captcha for the entry page.
#[server(prefix = "/api", endpoint = "entry")]
pub async fn get_entry() -> Result<EntryView, ServerFnError> {
    edge::entry_view().await
}

/// The current flow, or `None` when there is none (no cookie, expired).
#[server(prefix = "/api", endpoint = "flow")]
pub async fn get_flow() -> Result<Option<FlowWire>, ServerFnError> {
    edge::flow_view().await
}

/// E2: user ID + captcha; opens the flow and goes to its first page.
#[server(prefix = "/api", endpoint = "start")]
pub async fn start_reset(
    username: String,
    captcha_id: String,
    captcha_answer: String,
    mkt: Option<String>,
    ru: Option<String>,
    client: Option<String>,
    compact: Option<String>,
) -> Result<(), ServerFnError> {
    edge::start_reset(edge::StartForm {
        username,
        captcha_id,
        captcha_answer,
        mkt,
        ru,
        client,
        compact,
    })
    .await
}

/// Trouble choice: `reset` or `unlock`.
#[server(prefix = "/api", endpoint = "choose")]
pub async fn choose_trouble(mode: String) -> Result<(), ServerFnError> {
    edge::choose(mode).await
}

/// V1: pick a method (sends the code for email, SMS and voice).
#[server(prefix = "/api", endpoint = "select")]
pub async fn select_method(option: String) -> Result<(), ServerFnError> {
    edge::select(option).await
}

/// V2..V4: a one-time or TOTP code.
#[server(prefix = "/api", endpoint = "code")]
pub async fn submit_code(code: String) -> Result<(), ServerFnError> {
    edge::code(code).await
}

/// V5: answers to the asked questions, in order (up to five).
#[server(prefix = "/api", endpoint = "answers")]
pub async fn submit_answers(
    a0: Option<String>,
    a1: Option<String>,
    a2: Option<String>,
    a3: Option<String>,
    a4: Option<String>,
) -> Result<(), ServerFnError> {
    edge::answers([a0, a1, a2, a3, a4].into_iter().flatten().collect()).await
}

/// N1, N2: the new password.
#[server(prefix = "/api", endpoint = "password")]
pub async fn set_password(password: String, confirm: String) -> Result<(), ServerFnError> {
    edge::password(password, confirm).await
}

/// K1: ask the administrators for help.
#[server(prefix = "/api", endpoint = "admin-request")]
pub async fn request_admin() -> Result<(), ServerFnError> {
    edge::request_admin().await
}

/// Demo mode only: the messages in the outbox, newest first.
#[server(prefix = "/api", endpoint = "outbox")]
pub async fn get_outbox() -> Result<Vec<OutboxItem>, ServerFnError> {
    edge::outbox().await
}
