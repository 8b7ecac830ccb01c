//! The stored model: the records the store returns and takes, and every stored kind or status
//! as an enum mapped to its column text once, here. Owns the vocabulary of the tables;
//! refuses to hold a password hash, an answer or a TOTP secret in any type an administrator
//! can see.

use serde::Serialize;
use sspr_policy::eligibility::{AccountKind, MethodData, PasswordSource};
use sspr_policy::{Method, Policy, UserFacts};

use crate::CoreError;

/// A column text no enum variant maps to: the database was written by something else.
pub(crate) fn corrupt(what: &str, value: &str) -> CoreError {
    CoreError::Corrupt(format!("{what} {value:?} is not a known value"))
}

/// Declares a stored enum with its column text, mapped both ways by one exhaustive table.
macro_rules! stored_enum {
    ($(#[$m:meta])* pub enum $name:ident { $($(#[$vm:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vm])* $variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The column text.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)* }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)* _ => None }
            }

            #[allow(dead_code)]
            pub(crate) fn from_column(s: &str) -> Result<Self, CoreError> {
                Self::parse(s).ok_or_else(|| corrupt(stringify!($name), s))
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&s).ok_or_else(|| {
                    serde::de::Error::custom(format!("unknown {} {s:?}", stringify!($name)))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

stored_enum! {
    /// The kinds of TOTP credential (`totp_credentials.kind`).
    pub enum TotpKind {
        App = "app",
        SoftwareOath = "software_oath",
        HardwareOath = "hardware_oath",
    }
}

impl TotpKind {
    /// The method a credential of this kind proves.
    pub fn method(self) -> Method {
        match self {
            TotpKind::App => Method::MobileAppCode,
            TotpKind::SoftwareOath => Method::SoftwareOath,
            TotpKind::HardwareOath => Method::HardwareOath,
        }
    }

    /// The credential kind behind a TOTP method; `None` for every other method.
    pub fn of_method(m: Method) -> Option<Self> {
        match m {
            Method::MobileAppCode => Some(TotpKind::App),
            Method::SoftwareOath => Some(TotpKind::SoftwareOath),
            Method::HardwareOath => Some(TotpKind::HardwareOath),
            Method::MobileAppNotification
            | Method::Email
            | Method::MobilePhone
            | Method::OfficePhone
            | Method::SecurityQuestions => None,
        }
    }
}

stored_enum! {
    /// A notification's life (`push_challenges.status`).
    pub enum ChallengeStatus {
        Pending = "pending",
        Approved = "approved",
        Denied = "denied",
        /// A newer notification to the same user took its place.
        Replaced = "replaced",
    }
}

stored_enum! {
    /// What an audit row records (A1).
    pub enum AuditStep {
        Start = "start",
        Choose = "choose",
        Select = "select",
        SendCode = "send-code",
        Verify = "verify",
        Unlock = "unlock",
        Reset = "reset",
        Password = "password",
        Directory = "directory",
        Notify = "notify",
        AdminRequest = "admin-request",
        SignIn = "signin",
        SignInVerify = "signin-verify",
        SignOut = "signout",
        Interrupt = "interrupt",
        Reconfirm = "reconfirm",
        Register = "register",
        RegisterSendCode = "register-send-code",
        RegisterPairing = "register-pairing",
        RegisterVerify = "register-verify",
        DeleteMethod = "delete-method",
        ChangePassword = "change-password",
        /// Issue 15: a provider's signed delivery receipt for a text or call.
        Delivery = "delivery",
        /// Issue 12: an administrator saved (or reverted) a tenant's policy in the console.
        PolicyChange = "policy-change",
        /// Issue 12: an administrator cleared a user's blocks (resets, codes, sign-in).
        AdminClearBlocks = "admin-clear-blocks",
        /// Issue 12: an administrator set a user's contact data (D1).
        AdminSetContact = "admin-set-contact",
        /// Issue 12: an administrator issued a user's recovery code.
        AdminRecoveryCode = "admin-recovery-code",
        /// Issue 12: `sspr directory sync` wrote its changes (the operations page shows it).
        DirectorySync = "directory-sync",
    }
}

stored_enum! {
    /// How the step ended.
    pub enum Outcome {
        Ok = "ok",
        /// The user's proof or password was wrong.
        Fail = "fail",
        /// A throttle or lockout refused the attempt.
        Blocked = "blocked",
        /// Something broke (delivery, directory, queue).
        Error = "error",
        /// A rule refused the input (password rules, the directory's policy).
        Rejected = "rejected",
        /// E3/E5: the user cannot reset here.
        Ineligible = "ineligible",
        /// The user put the sign-in interrupt off.
        Dismissed = "dismissed",
    }
}

stored_enum! {
    /// The contact columns an administrator or the directory sync may set (D1, D2), and the
    /// registered ones a user proves (G3, G4).
    pub enum ContactField {
        AlternateEmail = "alternate_email",
        MobilePhone = "mobile_phone",
        OfficePhone = "office_phone",
        AuthEmail = "auth_email",
        AuthPhone = "auth_phone",
        AuthOfficePhone = "auth_office_phone",
    }
}

/// The audit's method column: the method's name as the export has always shown it.
pub fn method_column(m: Method) -> &'static str {
    match m {
        Method::MobileAppNotification => "MobileAppNotification",
        Method::MobileAppCode => "MobileAppCode",
        Method::HardwareOath => "HardwareOath",
        Method::SoftwareOath => "SoftwareOath",
        Method::Email => "Email",
        Method::MobilePhone => "MobilePhone",
        Method::OfficePhone => "OfficePhone",
        Method::SecurityQuestions => "SecurityQuestions",
    }
}

pub(crate) fn method_from_column(s: &str) -> Result<Method, CoreError> {
    Method::ALL
        .into_iter()
        .find(|m| method_column(*m) == s)
        .ok_or_else(|| corrupt("method", s))
}

pub(crate) fn password_source_from_column(s: &str) -> Result<PasswordSource, CoreError> {
    PasswordSource::parse(s).ok_or_else(|| corrupt("password source", s))
}

pub(crate) fn account_kind_from_column(s: &str) -> Result<AccountKind, CoreError> {
    AccountKind::parse(s).ok_or_else(|| corrupt("account kind", s))
}

fn ser_source<S: serde::Serializer>(v: &PasswordSource, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v.as_str())
}

fn ser_kind<S: serde::Serializer>(v: &AccountKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v.as_str())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    pub id: String,
    pub name: String,
    pub paid: bool,
    pub sender: String,
    pub policy: Policy,
}

/// A user as stored. Serialises to what an administrator may see (`sspr user show`): the
/// internal id is skipped, and the record holds no password hash, answer or TOTP secret.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct UserRecord {
    #[serde(skip)]
    pub id: i64,
    #[serde(rename = "tenant")]
    pub tenant_id: String,
    pub upn: String,
    pub display_name: String,
    pub enabled: bool,
    pub locked: bool,
    #[serde(serialize_with = "ser_source")]
    pub password_source: PasswordSource,
    pub admin_roles: Vec<String>,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub auth_phone: Option<String>,
    pub auth_email: Option<String>,
    pub auth_office_phone: Option<String>,
    pub groups: Vec<String>,
    /// Kinds of activated TOTP credentials held.
    pub totp_kinds: Vec<TotpKind>,
    #[serde(rename = "security_questions_registered")]
    pub answers: u8,
    /// V4: devices paired for notifications.
    pub devices: u8,
    /// G7: when registration was last complete; C1: when the user last confirmed it.
    pub registered_at: Option<i64>,
    pub last_confirmed_at: Option<i64>,
    /// B1, B2: a member, guest, self-service or invited user; a guest's home tenant.
    #[serde(serialize_with = "ser_kind")]
    pub kind: AccountKind,
    pub home_tenant: Option<String>,
}

impl UserRecord {
    /// What the policy crate decides on: status, groups, and which methods' data the user
    /// holds (E3, M1, G7).
    pub fn facts(&self) -> UserFacts {
        let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.is_empty());
        UserFacts {
            enabled: self.enabled,
            groups: self.groups.clone(),
            is_admin: !self.admin_roles.is_empty(),
            password_source: self.password_source,
            data: MethodData {
                email: has(&self.auth_email) || has(&self.alternate_email),
                // G3: a directory mobile phone lets the user reset without registering.
                mobile_phone: has(&self.auth_phone) || has(&self.mobile_phone),
                office_phone: has(&self.auth_office_phone) || has(&self.office_phone),
                app_code: self.totp_kinds.contains(&TotpKind::App),
                app_notification: self.devices > 0,
                hardware_oath: self.totp_kinds.contains(&TotpKind::HardwareOath),
                software_oath: self.totp_kinds.contains(&TotpKind::SoftwareOath),
                questions: self.answers,
            },
        }
    }

    /// The value of a contact column.
    pub fn contact(&self, f: ContactField) -> Option<&str> {
        match f {
            ContactField::AlternateEmail => self.alternate_email.as_deref(),
            ContactField::MobilePhone => self.mobile_phone.as_deref(),
            ContactField::OfficePhone => self.office_phone.as_deref(),
            ContactField::AuthEmail => self.auth_email.as_deref(),
            ContactField::AuthPhone => self.auth_phone.as_deref(),
            ContactField::AuthOfficePhone => self.auth_office_phone.as_deref(),
        }
    }
}

/// One TOTP credential as the security-info page lists it (no secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotpInfo {
    pub id: i64,
    pub kind: TotpKind,
    pub activated: bool,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub created_at: Option<i64>,
}

/// A TOTP credential with its sealed secret, for checking a code.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TotpCredential {
    pub id: i64,
    pub secret: String,
    pub last_used_step: i64,
    pub step_secs: i64,
}

/// A hardware OATH token from `sspr oath import`, its secret already sealed.
#[derive(Debug, Clone)]
pub struct NewOathToken {
    pub user_id: i64,
    pub serial: String,
    pub sealed_secret: String,
    pub step_secs: i64,
    pub manufacturer: String,
    pub model: String,
}

/// A paired device (V4).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DeviceRow {
    pub id: i64,
    pub user_id: i64,
    pub public_key: Vec<u8>,
    pub name: String,
    pub created_at: i64,
    pub last_ts: i64,
}

/// A notification waiting for, or given, the device's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeRow {
    pub id: i64,
    pub user_id: i64,
    pub number: i64,
    pub org: String,
    pub status: ChallengeStatus,
    pub expires_at: i64,
}

/// A signed-in session row.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct SessionRow {
    pub user_id: i64,
    pub expires_at: i64,
    pub state: String,
}

/// One audit row (A1, W2). Never holds a secret, a code or a message body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    pub at: i64,
    pub tenant_id: Option<String>,
    pub user: Option<String>,
    pub ip: Option<String>,
    pub client: Option<String>,
    pub step: AuditStep,
    pub method: Option<Method>,
    pub outcome: Outcome,
    pub reason: Option<String>,
}

/// Issue 12 (A1, W2): what the console's audit search asks for; `None` matches anything.
/// The store filters in SQL, so a large trail is never read whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// `since <= at < until`.
    pub since: i64,
    pub until: i64,
    pub tenant: Option<String>,
    pub user: Option<String>,
    pub step: Option<AuditStep>,
    pub outcome: Option<Outcome>,
    pub ip: Option<String>,
    pub client: Option<String>,
}

/// A queued notice as the worker sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct QueuedMail {
    pub id: i64,
    pub sealed: String,
    pub attempts: i64,
    pub created_at: i64,
}

/// A tenant's domains and groups (D2's sync places users and memberships by them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TenantLayout {
    pub id: String,
    pub domains: Vec<String>,
    pub groups: Vec<String>,
}

/// D2: a directory user sspr does not have yet: password on-premises, nothing registered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncedUser {
    pub upn: String,
    pub tenant_id: String,
    pub display_name: String,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub groups: Vec<String>,
}

/// A tenant as an import writes it.
#[derive(Debug, Clone)]
pub struct ImportTenant {
    pub id: String,
    pub name: String,
    pub paid: bool,
    pub sender: String,
    pub policy: Policy,
    pub domains: Vec<String>,
    pub groups: Vec<String>,
}

/// A user as an import writes it: secrets already hashed or sealed.
#[derive(Debug, Clone)]
pub struct ImportUser {
    pub tenant_id: String,
    pub upn: String,
    pub display_name: String,
    pub enabled: bool,
    pub locked: bool,
    pub password_source: PasswordSource,
    pub password_hash: Option<String>,
    pub admin_roles: Vec<String>,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub auth_phone: Option<String>,
    pub auth_email: Option<String>,
    pub registered_at: Option<i64>,
    pub kind: AccountKind,
    pub home_tenant: Option<String>,
    pub groups: Vec<String>,
    /// (kind, sealed seed)
    pub totp: Vec<(TotpKind, String)>,
    /// (question, answer hash)
    pub answers: Vec<(String, String)>,
}

/// Why an import's write was refused.
#[derive(Debug, thiserror::Error)]
pub enum ImportConflict {
    #[error("tenant {0:?} exists already (use --replace)")]
    Tenant(String),
    #[error("{0} exists already (use --replace)")]
    User(String),
    #[error(transparent)]
    Core(#[from] CoreError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_enum_round_trips_through_its_column() {
        for k in TotpKind::ALL {
            assert_eq!(TotpKind::parse(k.as_str()), Some(*k));
            assert_eq!(TotpKind::of_method(k.method()), Some(*k));
        }
        for s in ChallengeStatus::ALL {
            assert_eq!(ChallengeStatus::parse(s.as_str()), Some(*s));
        }
        for s in AuditStep::ALL {
            assert_eq!(AuditStep::parse(s.as_str()), Some(*s));
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()), Some(*o));
        }
        for f in ContactField::ALL {
            assert_eq!(ContactField::parse(f.as_str()), Some(*f));
        }
        for m in Method::ALL {
            assert_eq!(method_from_column(method_column(m)).unwrap(), m);
        }
        assert!(TotpKind::from_column("sms").is_err());
    }
}
