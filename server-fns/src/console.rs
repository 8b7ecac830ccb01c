//! Issue 12: server functions of the administrator console (`/admin`). Each reads the session
//! cookie, calls one `sspr_core::account::console` method and redirects to the page that
//! shows the outcome, so the forms work without JavaScript. Refuses to decide who may do
//! what (sspr-core checks the role on every call) or to parse a form (the policy crate does).

use std::collections::HashMap;

use leptos::prelude::*;

pub use sspr_wire::{
    AuditPage, AuditQuery, AuditRowWire, ChangeWire, ConsoleAccess, ConsoleCode, ConsoleWire,
    DayCounts, DraftWire, Funnel, ImpactWire, IssuedWire, OpsWire, ReportWire, UserLookup,
    UserWire,
};

/// The console's data for the signed-in user, or `None` when nobody is signed in.
#[server(prefix = "/api", endpoint = "console")]
pub async fn get_console() -> Result<Option<ConsoleAccess>, ServerFnError> {
    crate::edge_console::console().await
}

/// A policy page's form (`blade`: its slug; `f[name]`: its fields) kept for review.
#[server(prefix = "/api", endpoint = "console-review")]
pub async fn console_review(
    blade: String,
    f: Option<HashMap<String, String>>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_console::review(blade, f.unwrap_or_default(), mkt).await
}

/// Save the reviewed change; `notify` (a ticked checkbox): ask the users it strands to
/// register more methods.
#[server(prefix = "/api", endpoint = "console-save")]
pub async fn console_save(
    notify: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_console::save(notify.is_some_and(|v| !v.is_empty()), mkt).await
}

/// Drop the change under review.
#[server(prefix = "/api", endpoint = "console-discard")]
pub async fn console_discard(mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_console::discard(mkt).await
}

/// Put back what change `id` replaced.
#[server(prefix = "/api", endpoint = "console-revert")]
pub async fn console_revert(id: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_console::revert(id, mkt).await
}

/// A2: the reports of the last `days` days, or `None` when this session may not read them.
#[server(prefix = "/api", endpoint = "console-report")]
pub async fn get_report(days: u32) -> Result<Option<ReportWire>, ServerFnError> {
    crate::edge_console::report(days).await
}

/// A user of the administrator's organisation, or `None` when this session may not look.
#[server(prefix = "/api", endpoint = "console-user")]
pub async fn get_console_user(upn: String) -> Result<Option<UserLookup>, ServerFnError> {
    crate::edge_console::user(upn).await
}

/// Clear a user's blocks (failed verifications, codes sent, failed sign-ins).
#[server(prefix = "/api", endpoint = "console-clear-blocks")]
pub async fn console_clear_blocks(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_console::clear_blocks(upn, mkt).await
}

/// D1: a user's alternate email and phones (an empty field clears it).
#[server(prefix = "/api", endpoint = "console-set-contact")]
pub async fn console_set_contact(
    upn: String,
    alternate_email: Option<String>,
    mobile_phone: Option<String>,
    office_phone: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    crate::edge_console::set_contact(upn, alternate_email, mobile_phone, office_phone, mkt).await
}

/// Issue 12: a one-time recovery code for a user who lost every method.
#[server(prefix = "/api", endpoint = "console-recovery-code")]
pub async fn console_issue_recovery(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_console::issue_recovery(upn, mkt).await
}

/// Stop showing the recovery code just issued.
#[server(prefix = "/api", endpoint = "console-recovery-done")]
pub async fn console_dismiss_code(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    crate::edge_console::dismiss_code(upn, mkt).await
}

/// A1, W2: the audit search, or `None` when this session may not read the audit.
#[server(prefix = "/api", endpoint = "console-audit")]
pub async fn get_audit(q: AuditQuery) -> Result<Option<AuditPage>, ServerFnError> {
    crate::edge_console::audit(q).await
}

/// Issue 12: the operations page's data, or `None` when this session may not read it.
#[server(prefix = "/api", endpoint = "console-operations")]
pub async fn get_operations() -> Result<Option<OpsWire>, ServerFnError> {
    crate::edge_console::operations().await
}
