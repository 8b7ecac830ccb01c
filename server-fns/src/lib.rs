//! Thin Leptos server functions over sspr-core, and the wire types the pages render. Each
//! function reads the flow cookie, calls one flow method and redirects to the page of the
//! flow's next step, so the same form works with and without JavaScript. Owns the HTTP
//! edge of the flows; refuses to hold logic (that is sspr-core's and sspr-policy's), and no
//! error crossing the wire carries internals.

use leptos::prelude::*;
use sspr_policy::Ineligible;

pub mod account;
pub mod console;
#[cfg(feature = "ssr")]
mod edge;
#[cfg(feature = "ssr")]
mod edge_account;
#[cfg(feature = "ssr")]
mod edge_console;
#[cfg(feature = "ssr")]
pub use edge::{
    AppCtx, CAPTCHA_PLACEHOLDER, FLOW_COOKIE_HOST, FLOW_COOKIE_PLAIN, LANG_COOKIE,
    NONCE_PLACEHOLDER, TemplateRender, ZONE_COOKIE, chosen_lang, remember_lang, request_lang,
    request_zone, template_render,
};

pub use sspr_wire::{
    Brand, EntryView, ErrorCode, FlowWire, Mode, OptionWire, OutboxItem, PendingWire, Step,
    Verifier, method_fluent_id,
};
pub use sspr_wire::{csv, percent};

/// Fluent id of the message for an error code from a URL (`?e=`); a code we never send
/// reads as the generic error.
pub fn error_fluent_id(code: &str) -> &'static str {
    ErrorCode::parse(code)
        .unwrap_or(ErrorCode::Internal)
        .fluent_id()
}

/// Fluent id explaining an E3/E5 refusal.
pub fn reason_fluent_id(reason: Option<Ineligible>) -> &'static str {
    match reason.unwrap_or(Ineligible::AccountUnavailable) {
        Ineligible::ConsumerAccount => "contact-reason-consumer",
        Ineligible::AccountUnavailable => "contact-reason-unavailable",
        Ineligible::NotEnabled => "contact-reason-not-enabled",
        Ineligible::NotRegistered => "contact-reason-not-registered",
        Ineligible::AdminNotRegistered => "contact-reason-admin-not-registered",
        Ineligible::WritebackOff => "contact-reason-writeback-off",
    }
}

/// Fluent id of one line of B3's "this can also happen when" list.
pub fn also_fluent_id(reason: Ineligible) -> &'static str {
    match reason {
        Ineligible::ConsumerAccount => "contact-also-consumer",
        Ineligible::AccountUnavailable => "contact-also-unavailable",
        Ineligible::NotEnabled => "contact-also-not-enabled",
        Ineligible::NotRegistered => "contact-also-not-registered",
        Ineligible::AdminNotRegistered => "contact-also-admin-not-registered",
        Ineligible::WritebackOff => "contact-also-writeback-off",
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
    captcha_answer: Option<String>,
    mkt: Option<String>,
    ru: Option<String>,
    client: Option<String>,
    compact: Option<String>,
) -> Result<(), ServerFnError> {
    edge::start_reset(edge::StartForm {
        username,
        captcha_id,
        captcha_answer: captcha_answer.unwrap_or_default(),
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
