//! Issue 12: what the administrator console's pages show. Owns their shape; refuses to carry
//! a user's secret, answer or address (the impact lists user IDs only).

use serde::{Deserialize, Serialize};
use sspr_policy::Policy;
use sspr_policy::form::Blade;

/// Who may open the console, or why not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ConsoleAccess {
    Open(Box<ConsoleWire>),
    /// Signed in without the sign-in second step (no method fit for it, or not passed).
    SecondStepNeeded,
    /// Signed in, holding no administrator role.
    NotAdmin,
}

/// The console's data for the signed-in administrator's own tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsoleWire {
    pub upn: String,
    pub display_name: String,
    pub tenant_name: String,
    /// The administrator's roles, as the directory names them.
    pub roles: Vec<String>,
    /// A global or authentication-policy administrator: may change the policy.
    pub can_edit_policy: bool,
    pub policy: Policy,
    /// The page form waiting for review, if any.
    pub draft: Option<DraftWire>,
    /// The latest changes, newest first.
    pub history: Vec<ChangeWire>,
}

/// A page's form before it is saved: refused, or with what it would do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftWire {
    pub blade: Blade,
    pub fields: Vec<(String, String)>,
    /// Refusals: (Fluent id, the field it belongs beside).
    pub errors: Vec<(String, Option<String>)>,
    /// The settings it changes (policy keys).
    pub changed: Vec<String>,
    pub impact: Option<ImpactWire>,
}

/// M2: who can reset before and after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpactWire {
    pub users: u32,
    pub can_before: u32,
    pub can_after: u32,
    /// Could reset before, could not after (user IDs).
    pub stranded: Vec<String>,
    /// Could not before, can after.
    pub gained: Vec<String>,
}

/// One saved change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeWire {
    pub id: i64,
    pub at: i64,
    pub admin: String,
    pub changed: Vec<String>,
    pub reverts: Option<i64>,
}
