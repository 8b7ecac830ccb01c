//! The wire: every type the server hands to a page and every code a page shows, defined once
//! for the server (sspr-core returns them), the server functions (which send them) and the
//! pages (which render them, in wasm too). Owns their shape and the error codes' Fluent ids;
//! refuses to hold anything a page must not see (no contact address in clear, no code, no
//! answer) and has no dependency but serde and the policy crate.

mod account;
mod console;
pub mod csv;
mod error;
mod flow;
pub mod percent;

pub use account::{
    AccountWire, CheckWire, EnrolWire, InterruptKind, MethodWire, ResetAttempts, method_fluent_id,
};
pub use console::{
    AuditPage, AuditQuery, AuditRowWire, ChangeWire, ConsoleAccess, ConsoleCode, ConsoleWire,
    DayCounts, DraftWire, Funnel, ImpactWire, IssuedWire, OpsWire, ReportWire, UserLookup,
    UserWire,
};
pub use error::ErrorCode;

pub use flow::{
    Brand, EntryView, FlowWire, Mode, OptionWire, OutboxItem, PendingWire, Step, Verifier,
};
/// Issue 12 (P4): the translations of an organization's own security questions.
pub use sspr_policy::model::Translations;
