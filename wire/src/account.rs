//! The signed-in pages as they see the user's security info and sign-in's second step.

use serde::{Deserialize, Serialize};
use sspr_policy::register::Progress;
use sspr_policy::{Method, PasswordRules};

use crate::{OptionWire, PendingWire};

/// What sign-in leads to before the portal (G2, C1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterruptKind {
    Register,
    Reconfirm,
}

/// One registered method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodWire {
    /// `email`, `phone`, `office`, `questions`, `device-<id>` or `totp-<id>`.
    pub id: String,
    pub method: Method,
    /// The address or number (the user's own), a token's serial, a device's name, or empty.
    pub detail: String,
    /// G3: a mobile phone from the directory, not yet registered by the user.
    pub from_directory: bool,
    pub added_at: Option<i64>,
    /// Issue 11: the user can reset now and could not without this method (the delete page
    /// warns). Counts what the list does not show, such as the alternate email (V2).
    #[serde(default)]
    pub needed: bool,
}

/// A registration waiting for its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EnrolWire {
    Email {
        address: String,
    },
    Phone {
        number: String,
        office: bool,
        voice: bool,
    },
    /// G5: the secret (base32) for manual entry, its `otpauth://` URI, and the QR code of it
    /// (an SVG `data:` URL the server draws; empty until it has).
    Totp {
        software: bool,
        secret: String,
        uri: String,
        qr: String,
    },
    /// V4: the pairing code to type on the device page.
    Device {
        code: String,
    },
}

/// The signed-in user's security info. Holds no answer, code or stored secret; only the
/// secret of an authenticator being added is shown, to its own user, until it is verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountWire {
    pub upn: String,
    pub display_name: String,
    /// The session's language tag.
    pub lang: String,
    pub interrupt: Option<InterruptKind>,
    pub return_url: Option<String>,
    pub methods: Vec<MethodWire>,
    /// Methods the user may register now (G7, E3d, P3).
    pub can_add: Vec<Method>,
    pub progress: Progress,
    /// Whether the user could reset their password now (E3 passes).
    pub can_reset: bool,
    pub pending: Option<EnrolWire>,
    /// G6: question ids (`sq-*`) and the tenant's own questions, and how many to pick.
    pub questions_offered: Vec<String>,
    /// Issue 12 (P4): the translations of the tenant's own questions shown here (question
    /// as stored → language tag → its wording); the page picks its language's.
    #[serde(default)]
    pub question_translations: crate::Translations,
    pub questions_to_register: u8,
    pub registered_questions: Vec<String>,
    /// Hardware tokens imported for this user, waiting for activation (serials).
    pub inactive_tokens: Vec<String>,
    /// G3: the directory's mobile phone, offered pre-filled at first registration.
    pub prefill_phone: Option<String>,
    pub apps: usize,
    pub apps_max: usize,
    /// The rules the new password is held to: the tenant's, merged with the directory's
    /// for an on-premises user (issue 16).
    pub password_rules: PasswordRules,
    pub name_parts: Vec<String>,
    /// What only the directory can check (history, minimum age), shown as lines of their own.
    pub password_unchecked: Vec<sspr_policy::Unchecked>,
    /// The password lives on-premises and no directory is configured: change it there.
    pub on_premises: bool,
    /// Demo mode: the page links to the dev outbox.
    pub demo: bool,
    /// Issue 10: someone failed verifications in a reset of this account lately (since
    /// the last completed reset, within 30 days): how many times, and when last.
    pub reset_attempts: Option<ResetAttempts>,
    /// Issue 11: the user's tenant's look.
    #[serde(default)]
    pub brand: Option<crate::Brand>,
    /// Issue 12: the user holds an administrator role (the page links to the console).
    #[serde(default)]
    pub admin: bool,
}

/// Failed reset attempts the owner is told about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetAttempts {
    pub count: u32,
    pub last_at: i64,
}

/// The second step of sign-in: the methods offered, masked, and the one pending, in the
/// reset flow's own types (one engine offers both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckWire {
    pub lang: String,
    pub options: Vec<OptionWire>,
    pub pending: Option<PendingWire>,
    pub demo: bool,
}

/// A method's name in words (its Fluent id), in pages and in the notices about security
/// info.
pub fn method_fluent_id(m: Method) -> &'static str {
    match m {
        Method::MobileAppCode => "method-app",
        Method::MobileAppNotification => "method-notification",
        Method::SoftwareOath => "method-software",
        Method::HardwareOath => "method-hardware",
        Method::MobilePhone => "method-phone",
        Method::OfficePhone => "method-office",
        Method::Email => "method-email",
        Method::SecurityQuestions => "method-questions",
    }
}
