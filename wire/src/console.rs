//! Issue 12: what the administrator console's pages show. Owns their shape; refuses to carry
//! a user's secret, answer or address (the impact lists user IDs only).

use serde::{Deserialize, Serialize};
use sspr_policy::form::Blade;
use sspr_policy::{Limits, Policy};

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
    /// The tenant's facts and the portal's limits the policy is validated against (the
    /// browser checks a page's form with them as the server will).
    pub paid: bool,
    pub limits: Limits,
    pub policy: Policy,
    /// The tenant's groups (P1's picker).
    #[serde(default)]
    pub groups: Vec<String>,
    /// The page form waiting for review, if any.
    pub draft: Option<DraftWire>,
    /// The latest changes, newest first.
    pub history: Vec<ChangeWire>,
    /// A recovery code this administrator just issued, shown until dismissed.
    #[serde(default)]
    pub issued: Option<IssuedWire>,
}

/// A recovery code as its issuer sees it, once.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedWire {
    pub upn: String,
    pub code: String,
    pub expires_at: i64,
}

/// Never prints the code.
impl std::fmt::Debug for IssuedWire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedWire")
            .field("upn", &self.upn)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
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
    /// Each field the change altered, with its old and new value.
    #[serde(default)]
    pub differences: Vec<sspr_policy::form::Difference>,
    pub reverts: Option<i64>,
}

/// Why a console action was refused, as the `?e=` of the page it returns to. One code per
/// refusal; a refused form is shown by its draft, beside the fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsoleCode {
    /// The role may not change the policy.
    Forbidden,
    /// Nothing waits to be saved.
    NoDraft,
    /// No such change in the history.
    NoChange,
    /// The change (or the policy a revert puts back) breaks a rule.
    Refused,
    /// A broken dependency; try again.
    Unavailable,
    /// Another administrator, beyond this role.
    Protected,
    /// Contact data that is not an address or a number (or the user's own address).
    ContactInvalid,
    /// No such user in the administrator's organisation.
    NoUser,
}

impl ConsoleCode {
    pub const ALL: [ConsoleCode; 8] = [
        ConsoleCode::Forbidden,
        ConsoleCode::NoDraft,
        ConsoleCode::NoChange,
        ConsoleCode::Refused,
        ConsoleCode::Unavailable,
        ConsoleCode::Protected,
        ConsoleCode::ContactInvalid,
        ConsoleCode::NoUser,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConsoleCode::Forbidden => "forbidden",
            ConsoleCode::NoDraft => "no-draft",
            ConsoleCode::NoChange => "no-change",
            ConsoleCode::Refused => "refused",
            ConsoleCode::Unavailable => "unavailable",
            ConsoleCode::Protected => "protected",
            ConsoleCode::ContactInvalid => "contact-invalid",
            ConsoleCode::NoUser => "no-user",
        }
    }

    pub fn parse(s: &str) -> Option<ConsoleCode> {
        ConsoleCode::ALL.into_iter().find(|c| c.code() == s)
    }

    pub fn fluent_id(self) -> &'static str {
        match self {
            ConsoleCode::Forbidden => "admin-err-forbidden",
            ConsoleCode::NoDraft => "admin-err-no-draft",
            ConsoleCode::NoChange => "admin-err-no-change",
            ConsoleCode::Refused => "admin-err-refused",
            ConsoleCode::Unavailable => "err-internal",
            ConsoleCode::Protected => "admin-err-protected",
            ConsoleCode::ContactInvalid => "admin-err-contact",
            ConsoleCode::NoUser => "admin-err-no-user",
        }
    }
}

/// A2: the console's reports over the last days, for the administrator's tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportWire {
    /// The first day's midnight (UTC, Unix seconds) and how many days.
    pub since: i64,
    pub days: u32,
    pub by_day: Vec<DayCounts>,
    /// Failures and refusals by their audit reason, most frequent first.
    pub failures: Vec<(String, u64)>,
    /// Methods proven in resets and unlocks, most used first.
    pub methods: Vec<(sspr_policy::Method, u64)>,
    pub funnel: Funnel,
    pub users: u32,
    pub can_reset: u32,
    /// Users of the tenant who could not reset now for want of methods (E3c, E3d).
    pub short_of_methods: Vec<String>,
}

/// One day's successes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCounts {
    /// Midnight UTC, Unix seconds.
    pub day: i64,
    pub registrations: u64,
    pub resets: u64,
    pub unlocks: u64,
}

/// Reset and unlock attempts by how far they got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funnel {
    pub started: u64,
    pub eligible: u64,
    pub verified_one: u64,
    pub verified_two: u64,
    pub password_set: u64,
}

/// Issue 12: a user as the console shows them (D1, D3): directory data, the kinds of method
/// they hold, their contact data, and what blocks them now. Never a secret or an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserWire {
    pub upn: String,
    pub display_name: String,
    pub enabled: bool,
    /// Locked in the directory (an unlock, or the directory's own tools, ends it).
    pub locked: bool,
    pub on_premises: bool,
    pub groups: Vec<String>,
    pub admin_roles: Vec<String>,
    /// Kinds of method the user has data for.
    pub methods: Vec<sspr_policy::Method>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    /// Could reset now; else why not (E3).
    pub can_reset: bool,
    pub reason: Option<sspr_policy::Ineligible>,
    /// SPEC 16 and G1: when the blocks now in force end.
    pub reset_blocked_until: Option<i64>,
    pub sends_blocked_until: Option<i64>,
    pub signin_locked_until: Option<i64>,
    /// An unspent recovery code is valid until then.
    #[serde(default)]
    pub recovery_until: Option<i64>,
    /// The signed-in administrator may change this user (not another administrator, unless
    /// a global or privileged authentication administrator).
    pub manageable: bool,
}

/// The result of looking a user up in the console.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserLookup {
    Found(Box<UserWire>),
    /// No such user in the administrator's organisation.
    NotFound,
}

/// A1, W2: what the console's audit search asks (every filter optional; dates YYYY-MM-DD,
/// UTC, the end day included).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub user: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub step: Option<String>,
    pub outcome: Option<String>,
    pub ip: Option<String>,
    pub client: Option<String>,
    /// 0 is the newest page.
    pub page: u32,
}

/// One audit row as the console lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRowWire {
    pub at: i64,
    pub user: Option<String>,
    pub step: String,
    pub method: Option<sspr_policy::Method>,
    pub outcome: String,
    pub reason: Option<String>,
    pub ip: Option<String>,
    pub client: Option<String>,
}

/// A page of the audit search, newest first, and the whole result as downloads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRowWire>,
    pub page: u32,
    pub more: bool,
    /// Rows matching, up to the export's cap.
    pub total: u32,
    pub capped: bool,
    pub csv: String,
    pub jsonl: String,
    /// The values the step, outcome and client filters accept.
    pub steps: Vec<String>,
    pub outcomes: Vec<String>,
    pub clients: Vec<String>,
    /// A filter that could not be read (a bad date): its name.
    pub invalid: Option<String>,
}

/// Issue 12: the console's operations page: the portal's dependencies as this node sees
/// them now, and the last directory failure the tenant's audit holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpsWire {
    pub database_ok: bool,
    /// `None`: no `[directory]` configured.
    pub directory_ok: Option<bool>,
    pub writeback: bool,
    /// The last directory failure in the tenant's audit (30 days): when, and its reason.
    pub directory_last_error: Option<(i64, String)>,
    /// Issue 12: the tenant's last password written back (or account unlocked) in the
    /// directory (30 days).
    #[serde(default)]
    pub directory_last_writeback: Option<i64>,
    /// The last `sspr directory sync` that wrote its changes: when, and how many changes it
    /// wrote, values it refused and users no tenant owns.
    #[serde(default)]
    pub directory_last_sync: Option<(i64, [u64; 3])>,
    /// Notices waiting, when the oldest was queued, sent and given up (the whole portal).
    pub mail_waiting: i64,
    pub mail_oldest: Option<i64>,
    pub mail_sent: i64,
    pub mail_failed: i64,
    /// Argon2id computations waiting on this node.
    pub hash_waiting: u64,
    pub version: String,
}
