//! Server functions of the signed-in portal (issue 3): sign-in and out, the security-info
//! registration, the interrupt and change password, and the wire types their pages render.
//! Each reads the session cookie, calls one `sspr_core::account` method and redirects to the
//! page that shows the outcome; refuses to decide anything itself.

// A form's fields are a server function's arguments; the questions form has eleven.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

pub use sspr_wire::{AccountWire, CheckWire, EnrolWire, InterruptKind, MethodWire, ResetAttempts};

/// The sign-in verification in progress, or `None`.
#[server(prefix = "/api", endpoint = "signin-check")]
pub async fn get_check() -> Result<Option<CheckWire>, ServerFnError> {
    crate::edge_account::check().await
}

/// Pick the method for the second step of sign-in.
#[server(prefix = "/api", endpoint = "signin-check-select")]
pub async fn check_select(option: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::check_select(option, mkt).await
}

/// The second step's code (empty for a notification: *Continue*).
#[server(prefix = "/api", endpoint = "signin-check-code")]
pub async fn check_code(code: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::check_code(code, mkt).await
}

/// The signed-in user's data, or `None` when not signed in. `password`: the page chooses a
/// new password, so the rules include the directory's (issue 16).
#[server(prefix = "/api", endpoint = "account")]
pub async fn get_account(password: bool) -> Result<Option<AccountWire>, ServerFnError> {
    crate::edge_account::account(password).await
}

/// G1: user ID and password.
#[server(prefix = "/api", endpoint = "signin")]
pub async fn sign_in(
    username: String,
    password: String,
    mkt: Option<String>,
    ru: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_account::sign_in(username, password, mkt, ru).await
}

/// Issue 12: user ID and a helpdesk recovery code; `purpose` `reset` (the second button)
/// resets the password with it where the policy allows, anything else registers methods.
#[server(prefix = "/api", endpoint = "signin-recovery")]
pub async fn sign_in_recovery(
    username: String,
    code: String,
    purpose: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_account::sign_in_recovery(username, code, purpose, mkt).await
}

#[server(prefix = "/api", endpoint = "signout")]
pub async fn sign_out(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::sign_out(mkt).await
}

/// G2: *skip for now*.
#[server(prefix = "/api", endpoint = "interrupt-skip")]
pub async fn skip_interrupt(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::skip_interrupt(mkt).await
}

/// C1: *looks good*.
#[server(prefix = "/api", endpoint = "reconfirm")]
pub async fn reconfirm(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::reconfirm(mkt).await
}

/// G4: an email address to register; a code goes to it.
#[server(prefix = "/api", endpoint = "setup-email")]
pub async fn setup_email(address: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_email(address, mkt).await
}

/// V3: a phone to register. `kind`: `mobile` or `office`; `channel`: `sms` or `voice`.
#[server(prefix = "/api", endpoint = "setup-phone")]
pub async fn setup_phone(
    number: String,
    kind: String,
    channel: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_account::setup_phone(number, kind, channel, mkt).await
}

/// G5: start adding an authenticator app (`kind` = `app`) or software token (`software`).
#[server(prefix = "/api", endpoint = "setup-app")]
pub async fn setup_app(kind: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_app(kind, mkt).await
}

/// V4: a pairing code for the device page.
#[server(prefix = "/api", endpoint = "setup-device")]
pub async fn setup_device(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_device(mkt).await
}

/// The code that proves the pending registration.
#[server(prefix = "/api", endpoint = "setup-verify")]
pub async fn setup_verify(code: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_verify(code, mkt).await
}

#[server(prefix = "/api", endpoint = "setup-cancel")]
pub async fn setup_cancel(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_cancel(mkt).await
}

/// Activate an imported hardware token.
#[server(prefix = "/api", endpoint = "setup-token")]
pub async fn setup_token(
    serial: String,
    code: String,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_account::setup_token(serial, code, mkt).await
}

/// G6: the questions (`q0..q4`) and answers (`a0..a4`), all at once.
#[server(prefix = "/api", endpoint = "setup-questions")]
pub async fn setup_questions(
    q0: Option<String>,
    a0: Option<String>,
    q1: Option<String>,
    a1: Option<String>,
    q2: Option<String>,
    a2: Option<String>,
    q3: Option<String>,
    a3: Option<String>,
    q4: Option<String>,
    a4: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let pairs = [(q0, a0), (q1, a1), (q2, a2), (q3, a3), (q4, a4)]
        .into_iter()
        .filter_map(|(q, a)| Some((q?, a.unwrap_or_default())))
        .collect();
    crate::edge_account::setup_questions(pairs, mkt).await
}

/// Delete one registered method.
#[server(prefix = "/api", endpoint = "setup-delete")]
pub async fn setup_delete(id: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_account::setup_delete(id, mkt).await
}

/// N4.
#[server(prefix = "/api", endpoint = "password-change")]
pub async fn change_password(
    current: String,
    password: String,
    confirm: String,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_account::change_password(current, password, confirm, mkt).await
}
