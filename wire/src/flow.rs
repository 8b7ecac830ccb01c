//! The reset flow as its pages see it.

use serde::{Deserialize, Serialize};
use sspr_policy::{Helpdesk, Ineligible, Method, PasswordRules};

/// A captcha challenge to render (E2, issue 10): the signed challenge and the difficulty
/// the browser's solver must reach (`sspr_policy::pow`), and the wait that stands in for
/// it without JavaScript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryView {
    pub captcha_id: String,
    pub bits: u8,
    pub wait_secs: i64,
    /// Issue 11: the look of the tenant a link named (`?domain_hint=`, or the domain of a
    /// prefilled `?username=`); none on the plain entry page (the portal's own look).
    #[serde(default)]
    pub brand: Option<Brand>,
}

/// Where a flow stands: which page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// E3/E5 failed: contact your administrator.
    Contact,
    /// I forgot my password / I know it but can't sign in.
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

/// What the flow is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Reset the password (and unlock, N2).
    Reset,
    /// Unlock only (N3, P11).
    Unlock,
}

/// How an offered method is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verifier {
    EmailCode,
    SmsCode,
    VoiceCode,
    /// TOTP against the user's credentials of the method's kind.
    Totp,
    Questions,
    /// V4: approve a notification on a paired device, typing the number shown on screen.
    Push,
}

/// A method offered, masked (V1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionWire {
    pub id: String,
    pub method: Method,
    pub verifier: Verifier,
    pub masked: String,
    pub passed: bool,
}

/// The proof the flow waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingWire {
    pub option: String,
    pub verifier: Verifier,
    pub masked: String,
    pub questions: Vec<String>,
    /// Issue 12 (P4): the translations of the tenant's own questions shown here (question
    /// as stored → language tag → its wording); the page picks its language's.
    #[serde(default)]
    pub question_translations: crate::Translations,
    /// V4: the number to type on the device (number matching).
    pub number: Option<u8>,
    /// Issue 11: for a code sent by message, when another may be asked for (Unix seconds;
    /// the resend cooldown), so the page offers "Resend code" with its wait.
    #[serde(default)]
    pub resend_at: Option<i64>,
}

/// A flow as the pages see it: no contact address in clear, no code, no answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowWire {
    pub upn: String,
    pub step: Step,
    /// Why the flow ends at Contact, as shown (B3: never more than a stranger may learn).
    pub reason: Option<Ineligible>,
    /// B3: the other reasons that are possible under the domain's policy.
    pub also: Vec<Ineligible>,
    pub helpdesk: Option<Helpdesk>,
    pub mode: Mode,
    pub required: u8,
    pub passed: usize,
    pub options: Vec<OptionWire>,
    pub pending: Option<PendingWire>,
    /// The rules the new password is held to: the tenant's, merged with the directory's
    /// for an on-premises user (issue 16).
    pub password_rules: PasswordRules,
    pub name_parts: Vec<String>,
    /// What only the directory can check (history, minimum age), shown as lines of their own.
    pub password_unchecked: Vec<sspr_policy::Unchecked>,
    /// Where *sign in* leads: the embedding app's return URL (W1), else the sign-in page.
    pub sign_in_url: String,
    /// The flow's language tag.
    pub lang: String,
    pub compact: bool,
    pub admin_request_sent: bool,
    /// Demo mode: the page links to the dev outbox where codes land.
    pub demo: bool,
    /// Issue 11: the look of the user ID's domain's tenant (what a stranger typing a user ID
    /// of that domain sees too), once the user ID is known.
    #[serde(default)]
    pub brand: Option<Brand>,
}

/// Issue 11: what a tenant's pages show of it: its name, logo, accent colour (checked by
/// the policy: `#rrggbb`, readable with white text) and helpdesk.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Brand {
    pub org: String,
    pub logo: Option<String>,
    pub accent: Option<String>,
    pub helpdesk: Option<Helpdesk>,
    /// The domain of the tenant's user IDs, for the example (`user@contoso.com`).
    #[serde(default)]
    pub sign_in_domain: Option<String>,
    /// Issue 11: the organisation's own sign-in page, for the done page's button.
    #[serde(default)]
    pub sign_in_url: Option<String>,
}

impl Brand {
    /// The tenant's name and look from its policy.
    pub fn of(org: &str, policy: &sspr_policy::Policy) -> Brand {
        Brand {
            org: org.to_string(),
            logo: policy.branding.logo.clone(),
            accent: policy
                .branding
                .accent
                .clone()
                .filter(|a| sspr_policy::model::accent_valid(a)),
            helpdesk: policy.helpdesk.clone(),
            sign_in_domain: policy
                .branding
                .sign_in_domain
                .clone()
                .filter(|d| sspr_policy::model::domain_valid(d)),
            sign_in_url: policy
                .branding
                .sign_in_url
                .clone()
                .filter(|u| sspr_policy::model::https_url_valid(u)),
        }
    }
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
