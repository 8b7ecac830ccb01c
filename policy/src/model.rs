//! The policy model of SPEC section 2 (P1..P13) and its validation. Owns what a tenant may
//! configure and which configurations are refused (P12); refuses to know about storage.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use crate::limits::Limits;
use crate::password::PasswordRules;

/// P3: the methods a tenant may enable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Method {
    MobileAppNotification,
    MobileAppCode,
    HardwareOath,
    SoftwareOath,
    Email,
    /// SMS or voice call to the mobile phone.
    MobilePhone,
    /// Voice call to the office phone; only for tenants flagged as paid.
    OfficePhone,
    SecurityQuestions,
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::MobileAppNotification,
        Method::MobileAppCode,
        Method::HardwareOath,
        Method::SoftwareOath,
        Method::Email,
        Method::MobilePhone,
        Method::OfficePhone,
        Method::SecurityQuestions,
    ];

    /// The distinct kind this method counts as (V1 "distinct methods"): the app's code and
    /// notification come from one registered app, so they count once.
    pub fn kind(self) -> MethodKind {
        match self {
            Method::MobileAppNotification | Method::MobileAppCode => MethodKind::App,
            Method::HardwareOath => MethodKind::HardwareOath,
            Method::SoftwareOath => MethodKind::SoftwareOath,
            Method::Email => MethodKind::Email,
            Method::MobilePhone => MethodKind::MobilePhone,
            Method::OfficePhone => MethodKind::OfficePhone,
            Method::SecurityQuestions => MethodKind::SecurityQuestions,
        }
    }

    pub fn is_app(self) -> bool {
        self.kind() == MethodKind::App
    }
}

/// What counts as one method when counting distinct methods (V1, M1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum MethodKind {
    App,
    HardwareOath,
    SoftwareOath,
    Email,
    MobilePhone,
    OfficePhone,
    SecurityQuestions,
}

/// P1: who may use SSPR.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Scope {
    #[default]
    None,
    Selected(Vec<String>),
    All,
}

/// P9: where users are sent when told to contact an administrator.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Helpdesk {
    Url(String),
    Email(String),
}

/// Tenant facts that policy validation depends on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TenantFlags {
    /// Paid tenants may enable the office phone (P3).
    pub paid: bool,
}

/// One tenant's SSPR policy (SPEC section 2).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(default, deny_unknown_fields)
)]
pub struct Policy {
    /// P1. End-user SSPR is off by default.
    pub scope: Scope,
    /// E3d: SSPR for administrators (two-gate policy) is on by default.
    pub admin_sspr: bool,
    /// P2: 1 or 2.
    pub methods_required: u8,
    /// P3, kept sorted and without duplicates by `Policy::enabled`.
    pub methods: Vec<Method>,
    /// P4.
    pub questions_to_register: u8,
    pub questions_to_ask: u8,
    /// P5, P6.
    pub require_registration: bool,
    pub reconfirm_days: u16,
    /// P7, P8.
    pub notify_users: bool,
    pub notify_admins: bool,
    /// P9.
    pub helpdesk: Option<Helpdesk>,
    /// P10, P11.
    pub writeback: bool,
    pub allow_unlock: bool,
    /// N1.
    pub password: PasswordRules,
    /// G6: the administrator's own security questions, offered beside the predefined list.
    pub custom_questions: Vec<String>,
    /// Issue 12 (P4): the administrator's questions in other languages: the question as in
    /// `custom_questions`, then a language tag (`ja-JP`, `de`) and its wording there.
    pub question_translations: Translations,
    /// Issue 12: a helpdesk recovery code may also reset the password once (not only sign
    /// in to register new methods).
    pub recovery_code_resets: bool,
    /// Issue 12 (P4): which predefined questions users may pick (`sq-*` ids); `None`
    /// offers them all.
    pub predefined_questions: Option<Vec<String>>,
    /// Issue 10: the country calling codes (`"81"`, `"+1"`) that text messages and calls
    /// may go to; empty allows every country.
    pub phone_countries: Vec<String>,
    /// Issue 15: the sender name or number this tenant's text messages come from (an
    /// alphanumeric sender ID of up to 11 characters, or a number in E.164); empty uses the
    /// provider's configured `from`.
    pub sms_sender: String,
    /// Issue 11: how the tenant's pages look once a user ID of its domain is known.
    pub branding: Branding,
}

/// Issue 11: a tenant's look (the organisation's name is the tenant's own). Every part is
/// optional; the portal's default look stands in for what is unset.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(default, deny_unknown_fields)
)]
pub struct Branding {
    /// The logo: a path on the portal (`/brand/contoso.svg`, a file in `public/`) or an
    /// image `data:` URI; the pages' CSP loads nothing from elsewhere.
    pub logo: Option<String>,
    /// The accent colour of buttons and links, `#rrggbb`, at least 4.5:1 against white
    /// (white text on it, and it on white, stay readable: WCAG AA).
    pub accent: Option<String>,
    /// The domain shown in the user ID example (`user@contoso.com`), as on the sign-in page.
    pub sign_in_domain: Option<String>,
    /// Issue 11: the organisation's own sign-in page (`https://...`), where the done page's
    /// button leads (unless the app that sent the user asked for its own return address).
    pub sign_in_url: Option<String>,
}

/// An `https://` address with a host and no whitespace (a helpdesk link, a sign-in page).
pub fn https_url_valid(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !s.contains(char::is_whitespace) && !s.contains(['"', '<', '>'])
    })
}

/// `#rrggbb` as its three channels.
pub fn parse_colour(s: &str) -> Option<[u8; 3]> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
    Some([c(0)?, c(2)?, c(4)?])
}

/// WCAG contrast ratio of a colour against white.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
    1.05 / (l + 0.05)
}

/// A brand colour the pages can use: `#rrggbb` with >= 4.5:1 against white.
pub fn accent_valid(s: &str) -> bool {
    parse_colour(s).is_some_and(|c| contrast_with_white(c) >= 4.5)
}

/// A logo the pages' CSP can load: a portal path without tricks, or a base64 image URI.
pub fn logo_valid(s: &str) -> bool {
    if s.len() > 200_000 {
        return false;
    }
    if let Some(rest) = s.strip_prefix("data:image/") {
        return [
            "png;base64,",
            "jpeg;base64,",
            "gif;base64,",
            "webp;base64,",
            "svg+xml;base64,",
        ]
        .iter()
        .any(|p| rest.starts_with(p))
            && rest.split_once(',').is_some_and(|(_, b)| {
                b.bytes()
                    .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
            });
    }
    s.starts_with('/')
        && !s.starts_with("//")
        && !s.contains("..")
        && s.len() <= 200
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"/-_.".contains(&c))
}

/// A domain for the user ID example: labels of letters, digits and hyphens.
pub fn domain_valid(s: &str) -> bool {
    s.len() <= 253
        && s.contains('.')
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        })
}

/// G6: the predefined questions, as Fluent ids (`sq-*`) so each user reads them in their own
/// language. Stored answers keep the id, never the translated text.
pub const PREDEFINED_QUESTIONS: [&str; 10] = [
    "sq-first-pet",
    "sq-birth-city",
    "sq-first-school",
    "sq-childhood-friend",
    "sq-first-job-city",
    "sq-grandparent-name",
    "sq-first-concert",
    "sq-childhood-street",
    "sq-favourite-teacher",
    "sq-first-car",
];

/// Issue 12 (P4): the translations of the administrator's own questions: the question as
/// in `custom_questions` → language tag → its wording there.
pub type Translations = BTreeMap<String, BTreeMap<String, String>>;

/// A language tag as a translation is filed under: a primary language of 2 or 3 lower-case
/// letters, then up to two subtags of 2..8 letters or digits (`ja-JP`, `pt`, `sr-Latn-RS`).
pub fn lang_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|c| c.is_ascii_lowercase())
        && rest.len() <= 2
        && rest
            .iter()
            .all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphanumeric()))
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            scope: Scope::None,
            admin_sspr: true,
            methods_required: 1,
            methods: vec![Method::Email, Method::MobilePhone],
            questions_to_register: 3,
            questions_to_ask: 3,
            require_registration: true,
            reconfirm_days: 180,
            notify_users: true,
            notify_admins: true,
            helpdesk: None,
            writeback: false,
            allow_unlock: true,
            password: PasswordRules::default(),
            custom_questions: Vec::new(),
            question_translations: BTreeMap::new(),
            recovery_code_resets: false,
            predefined_questions: None,
            phone_countries: Vec::new(),
            sms_sender: String::new(),
            branding: Branding::default(),
        }
    }
}

/// Issue 15: a sender the carriers take: empty (the provider's own), a number in E.164
/// (`+` and 8..15 digits), or an alphanumeric sender ID (1..11 ASCII letters, digits and
/// spaces, with at least one letter).
pub fn sms_sender_valid(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    if let Some(d) = s.strip_prefix('+') {
        return (8..=15).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit());
    }
    s.len() <= 11
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ')
        && s.chars().any(|c| c.is_ascii_alphabetic())
        && s.trim() == s
}

/// Why a policy cannot be saved (P12 and the ranges of P2, P4, P6). Each maps to a Fluent id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    /// P1: `selected` with no group.
    ScopeWithoutGroups,
    /// P2 is 1 or 2.
    MethodsRequiredOutOfRange(u8),
    /// Fewer methods enabled than required.
    TooFewMethods {
        enabled: usize,
        required: u8,
    },
    /// P3: the office phone needs a paid tenant.
    OfficePhoneNeedsPaidTenant,
    /// P4: each count in 3..=5.
    QuestionsToRegisterOutOfRange(u8),
    QuestionsToAskOutOfRange(u8),
    /// P4: asked <= registered.
    QuestionsAskedExceedRegistered {
        ask: u8,
        register: u8,
    },
    /// P4: with security questions on, fewer questions are offered (predefined picked and
    /// the administrator's own) than a user must register, or a picked one is unknown.
    TooFewQuestionsOffered {
        offered: usize,
        needed: u8,
    },
    /// P6: 0..=730.
    ReconfirmDaysOutOfRange(u16),
    /// P12: the app needs `needed` further methods beside it.
    AppNeedsFurtherMethods {
        needed: u8,
    },
    /// P12: with one method required only the app code counts, so notification alone is no method.
    AppNotificationAloneWithOneRequired,
    /// N1: bad password settings.
    PasswordLengthOutOfRange,
    TooManyBannedTerms {
        count: usize,
        max: usize,
    },
    /// G6, SPEC 16: an administrator-defined question is empty, too long or repeated.
    CustomQuestionInvalid {
        max_chars: usize,
    },
    /// Issue 12 (P4): a translation belongs to no question of the list, its language tag is
    /// malformed (`ja-JP`, `pt`, `sr-Latn-RS`), or its text is empty or too long.
    QuestionTranslationInvalid {
        max_chars: usize,
    },
    /// Issue 15: `sms_sender` is neither an alphanumeric sender ID (1..11 letters, digits
    /// and spaces, not only digits) nor a number in E.164.
    SmsSenderInvalid,
    /// Issue 11: the brand colour is not `#rrggbb` or too light for white text (< 4.5:1).
    BrandAccentInvalid,
    /// Issue 11: the logo is neither a path on the portal nor an image `data:` URI.
    BrandLogoInvalid,
    /// Issue 11: the sign-in domain is not a domain name.
    SignInDomainInvalid,
    /// Issue 11: the organisation's sign-in page is not an `https://` address.
    SignInUrlInvalid,
}

impl PolicyError {
    /// The Fluent message id explaining this refusal.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            PolicyError::ScopeWithoutGroups => "policy-err-scope-without-groups",
            PolicyError::MethodsRequiredOutOfRange(_) => "policy-err-methods-required",
            PolicyError::TooFewMethods { .. } => "policy-err-too-few-methods",
            PolicyError::OfficePhoneNeedsPaidTenant => "policy-err-office-phone-paid",
            PolicyError::QuestionsToRegisterOutOfRange(_) => "policy-err-questions-register",
            PolicyError::QuestionsToAskOutOfRange(_) => "policy-err-questions-ask",
            PolicyError::QuestionsAskedExceedRegistered { .. } => {
                "policy-err-questions-ask-exceeds"
            }
            PolicyError::TooFewQuestionsOffered { .. } => "policy-err-too-few-questions",
            PolicyError::ReconfirmDaysOutOfRange(_) => "policy-err-reconfirm-days",
            PolicyError::AppNeedsFurtherMethods { .. } => "policy-err-app-needs-more",
            PolicyError::AppNotificationAloneWithOneRequired => "policy-err-app-notification-alone",
            PolicyError::PasswordLengthOutOfRange => "policy-err-password-length",
            PolicyError::TooManyBannedTerms { .. } => "policy-err-banned-terms",
            PolicyError::CustomQuestionInvalid { .. } => "policy-err-custom-question",
            PolicyError::QuestionTranslationInvalid { .. } => "policy-err-question-translation",
            PolicyError::SmsSenderInvalid => "policy-err-sms-sender",
            PolicyError::BrandAccentInvalid => "policy-err-brand-accent",
            PolicyError::BrandLogoInvalid => "policy-err-brand-logo",
            PolicyError::SignInDomainInvalid => "policy-err-sign-in-domain",
            PolicyError::SignInUrlInvalid => "policy-err-sign-in-url",
        }
    }
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PolicyError::ScopeWithoutGroups => {
                write!(f, "P1: scope `selected` needs at least one group")
            }
            PolicyError::MethodsRequiredOutOfRange(n) => {
                write!(f, "P2: methods required must be 1 or 2, not {n}")
            }
            PolicyError::TooFewMethods { enabled, required } => {
                write!(
                    f,
                    "P2/P3: {required} methods required but only {enabled} enabled"
                )
            }
            PolicyError::OfficePhoneNeedsPaidTenant => {
                write!(f, "P3: the office phone is only for paid tenants")
            }
            PolicyError::QuestionsToRegisterOutOfRange(n) => {
                write!(f, "P4: questions to register must be 3..5, not {n}")
            }
            PolicyError::QuestionsToAskOutOfRange(n) => {
                write!(f, "P4: questions to ask must be 3..5, not {n}")
            }
            PolicyError::QuestionsAskedExceedRegistered { ask, register } => {
                write!(
                    f,
                    "P4: cannot ask {ask} questions when only {register} are registered"
                )
            }
            PolicyError::TooFewQuestionsOffered { offered, needed } => write!(
                f,
                "P4: {offered} security questions offered (predefined_questions and custom_questions), {needed} needed to register"
            ),
            PolicyError::ReconfirmDaysOutOfRange(n) => {
                write!(f, "P6: reconfirmation days must be 0..730, not {n}")
            }
            PolicyError::AppNeedsFurtherMethods { needed } => write!(
                f,
                "P12: a policy that enables the mobile app must enable at least {needed} further method(s)"
            ),
            PolicyError::AppNotificationAloneWithOneRequired => write!(
                f,
                "P12: with one method required only the app code counts; the notification alone is not a method"
            ),
            PolicyError::PasswordLengthOutOfRange => {
                write!(
                    f,
                    "N1: password length bounds must lie within 8..256, min <= max"
                )
            }
            PolicyError::TooManyBannedTerms { count, max } => {
                write!(f, "N1: {count} custom banned terms, at most {max} allowed")
            }
            PolicyError::CustomQuestionInvalid { max_chars } => write!(
                f,
                "G6: custom questions must be 1..{max_chars} characters and all different"
            ),
            PolicyError::QuestionTranslationInvalid { max_chars } => write!(
                f,
                "P4: a question's translation must follow a question of the list, under a language tag such as ja-JP, in 1..{max_chars} characters"
            ),
            PolicyError::SmsSenderInvalid => write!(
                f,
                "sms_sender must be a sender name of 1..11 letters and digits, or a number such as +15017122661"
            ),
            PolicyError::BrandAccentInvalid => write!(
                f,
                "branding.accent must be #rrggbb with at least 4.5:1 contrast against white"
            ),
            PolicyError::BrandLogoInvalid => write!(
                f,
                "branding.logo must be a path on the portal (/brand/logo.svg) or a data:image/...;base64, URI"
            ),
            PolicyError::SignInUrlInvalid => {
                write!(
                    f,
                    "branding.sign_in_url must be an https:// address such as https://login.contoso.com"
                )
            }
            PolicyError::SignInDomainInvalid => {
                write!(
                    f,
                    "branding.sign_in_domain must be a domain name such as contoso.com"
                )
            }
        }
    }
}

impl std::error::Error for PolicyError {}

impl Policy {
    /// Issue 12 (P4): whether users may pick the predefined question `id`.
    pub fn offers_predefined(&self, id: &str) -> bool {
        self.predefined_questions
            .as_ref()
            .is_none_or(|p| p.iter().any(|q| q == id))
    }

    /// Whether P3 enables `m`.
    pub fn enabled(&self, m: Method) -> bool {
        self.methods.contains(&m)
    }

    /// Methods that count toward P2 (P12: with one method required only the app *code* counts).
    pub fn counting(&self, m: Method) -> bool {
        self.enabled(m) && !(m == Method::MobileAppNotification && self.methods_required == 1)
    }

    /// Validate the whole policy (P1..P12); every refusal is returned, in field order.
    pub fn validate(&self, tenant: TenantFlags, limits: &Limits) -> Result<(), Vec<PolicyError>> {
        let mut errs = Vec::new();
        if matches!(&self.scope, Scope::Selected(g) if g.is_empty()) {
            errs.push(PolicyError::ScopeWithoutGroups);
        }
        let required_ok = matches!(self.methods_required, 1 | 2);
        if !required_ok {
            errs.push(PolicyError::MethodsRequiredOutOfRange(
                self.methods_required,
            ));
        }
        if self.enabled(Method::OfficePhone) && !tenant.paid {
            errs.push(PolicyError::OfficePhoneNeedsPaidTenant);
        }
        let qrange = limits.questions_min..=limits.questions_max;
        if !qrange.contains(&self.questions_to_register) {
            errs.push(PolicyError::QuestionsToRegisterOutOfRange(
                self.questions_to_register,
            ));
        }
        if !qrange.contains(&self.questions_to_ask) {
            errs.push(PolicyError::QuestionsToAskOutOfRange(self.questions_to_ask));
        }
        if self.questions_to_ask > self.questions_to_register {
            errs.push(PolicyError::QuestionsAskedExceedRegistered {
                ask: self.questions_to_ask,
                register: self.questions_to_register,
            });
        }
        let picked = self.predefined_questions.as_deref().unwrap_or(&[]);
        let offered = match &self.predefined_questions {
            None => PREDEFINED_QUESTIONS.len(),
            Some(p) => p.len(),
        } + self.custom_questions.len();
        if picked
            .iter()
            .any(|q| !PREDEFINED_QUESTIONS.contains(&q.as_str()))
            || (self.enabled(Method::SecurityQuestions)
                && offered < usize::from(self.questions_to_register))
        {
            errs.push(PolicyError::TooFewQuestionsOffered {
                offered,
                needed: self.questions_to_register,
            });
        }
        if self.reconfirm_days > 730 {
            errs.push(PolicyError::ReconfirmDaysOutOfRange(self.reconfirm_days));
        }
        if required_ok {
            let app = self.methods.iter().any(|m| m.is_app());
            let mut further_kinds: Vec<MethodKind> = self
                .methods
                .iter()
                .filter(|m| !m.is_app())
                .map(|m| m.kind())
                .collect();
            further_kinds.sort();
            further_kinds.dedup();
            let further = further_kinds.len();
            if app && further < self.methods_required as usize {
                errs.push(PolicyError::AppNeedsFurtherMethods {
                    needed: self.methods_required,
                });
            } else if self.methods_required == 1
                && self.enabled(Method::MobileAppNotification)
                && !self.enabled(Method::MobileAppCode)
                && further == 0
            {
                errs.push(PolicyError::AppNotificationAloneWithOneRequired);
            }
            let mut kinds: Vec<MethodKind> = self
                .methods
                .iter()
                .filter(|m| self.counting(**m))
                .map(|m| m.kind())
                .collect();
            kinds.sort();
            kinds.dedup();
            if kinds.len() < self.methods_required as usize {
                errs.push(PolicyError::TooFewMethods {
                    enabled: kinds.len(),
                    required: self.methods_required,
                });
            }
        }
        let p = &self.password;
        if p.min_chars < limits.password_min_chars
            || p.max_chars > limits.password_max_chars
            || p.min_chars > p.max_chars
        {
            errs.push(PolicyError::PasswordLengthOutOfRange);
        }
        if !sms_sender_valid(&self.sms_sender) {
            errs.push(PolicyError::SmsSenderInvalid);
        }
        let b = &self.branding;
        if b.accent.as_deref().is_some_and(|a| !accent_valid(a)) {
            errs.push(PolicyError::BrandAccentInvalid);
        }
        if b.logo.as_deref().is_some_and(|l| !logo_valid(l)) {
            errs.push(PolicyError::BrandLogoInvalid);
        }
        if b.sign_in_domain
            .as_deref()
            .is_some_and(|d| !domain_valid(d))
        {
            errs.push(PolicyError::SignInDomainInvalid);
        }
        if b.sign_in_url
            .as_deref()
            .is_some_and(|u| !https_url_valid(u))
        {
            errs.push(PolicyError::SignInUrlInvalid);
        }
        if p.banned.len() > limits.banned_custom_max {
            errs.push(PolicyError::TooManyBannedTerms {
                count: p.banned.len(),
                max: limits.banned_custom_max,
            });
        }
        let mut seen: Vec<&str> = Vec::new();
        for q in &self.custom_questions {
            let t = q.trim();
            if t.is_empty()
                || t.chars().count() > limits.custom_question_max_chars
                || seen.iter().any(|s| s.eq_ignore_ascii_case(t))
            {
                errs.push(PolicyError::CustomQuestionInvalid {
                    max_chars: limits.custom_question_max_chars,
                });
                break;
            }
            seen.push(t);
        }
        let max = limits.custom_question_max_chars;
        let translation_ok = |q: &String, tr: &BTreeMap<String, String>| {
            self.custom_questions.iter().any(|c| c.trim() == q.trim())
                && tr.iter().all(|(tag, text)| {
                    lang_tag(tag) && !text.trim().is_empty() && text.trim().chars().count() <= max
                })
        };
        if !self
            .question_translations
            .iter()
            .all(|(q, tr)| translation_ok(q, tr))
        {
            errs.push(PolicyError::QuestionTranslationInvalid { max_chars: max });
        }
        if errs.is_empty() { Ok(()) } else { Err(errs) }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn issue11_branding_takes_readable_colours_portal_logos_and_domains() {
        assert!(accent_valid("#0b5cad") && accent_valid("#6B2FA3"));
        assert!(!accent_valid("#ffff00"), "too light for white text");
        assert!(!accent_valid("0b5cad") && !accent_valid("#0b5cad;x") && !accent_valid("red"));
        assert!(
            logo_valid("/brand/contoso.svg") && logo_valid("data:image/png;base64,iVBORw0KGgo=")
        );
        for bad in [
            "https://evil.example/x.png",
            "//evil.example/x",
            "/../etc/passwd",
            "javascript:alert(1)",
            "data:text/html;base64,PGI+",
        ] {
            assert!(!logo_valid(bad), "{bad}");
        }
        let mut p = Policy {
            scope: Scope::All,
            ..Policy::default()
        };
        p.branding = Branding {
            logo: Some("https://x.example/l.png".into()),
            accent: Some("#eeeeee".into()),
            sign_in_domain: Some("not a domain".into()),
            sign_in_url: Some("http://login.contoso.com".into()),
        };
        let errs = p
            .validate(TenantFlags::default(), &Limits::default())
            .unwrap_err();
        for e in [
            PolicyError::BrandAccentInvalid,
            PolicyError::BrandLogoInvalid,
            PolicyError::SignInDomainInvalid,
            PolicyError::SignInUrlInvalid,
        ] {
            assert!(errs.contains(&e), "{e:?} in {errs:?}");
        }
    }

    use super::*;
    use Method::*;

    fn policy(required: u8, methods: &[Method]) -> Policy {
        Policy {
            methods_required: required,
            methods: methods.to_vec(),
            scope: Scope::All,
            ..Policy::default()
        }
    }

    fn check(p: &Policy, paid: bool) -> Result<(), Vec<PolicyError>> {
        p.validate(TenantFlags { paid }, &Limits::default())
    }

    #[test]
    fn p1_p2_p3_defaults_are_valid_and_end_user_sspr_is_off() {
        let p = Policy::default();
        assert_eq!(p.scope, Scope::None);
        assert!(
            p.admin_sspr,
            "E3d: SSPR for administrators is on by default"
        );
        assert_eq!(check(&p, false), Ok(()));
    }

    #[test]
    fn p1_selected_scope_needs_a_group() {
        let p = Policy {
            scope: Scope::Selected(vec![]),
            ..Policy::default()
        };
        assert_eq!(check(&p, false), Err(vec![PolicyError::ScopeWithoutGroups]));
    }

    #[test]
    fn p2_methods_required_is_one_or_two() {
        for (n, ok) in [(0, false), (1, true), (2, true), (3, false)] {
            let r = check(&policy(n, &[Email, MobilePhone]), false);
            assert_eq!(r.is_ok(), ok, "required={n}: {r:?}");
            if !ok {
                assert_eq!(
                    r.unwrap_err(),
                    vec![PolicyError::MethodsRequiredOutOfRange(n)]
                );
            }
        }
    }

    #[test]
    fn p2_p3_refuses_fewer_enabled_methods_than_required() {
        assert_eq!(
            check(&policy(2, &[Email]), false),
            Err(vec![PolicyError::TooFewMethods {
                enabled: 1,
                required: 2
            }])
        );
    }

    #[test]
    fn p3_office_phone_only_for_paid_tenants() {
        let p = policy(1, &[Email, OfficePhone]);
        assert_eq!(
            check(&p, false),
            Err(vec![PolicyError::OfficePhoneNeedsPaidTenant])
        );
        assert_eq!(check(&p, true), Ok(()));
    }

    #[test]
    fn p4_question_counts_are_bounded_and_asked_at_most_registered() {
        let cases: &[(u8, u8, &[PolicyError])] = &[
            (3, 3, &[]),
            (5, 3, &[]),
            (
                2,
                2,
                &[
                    PolicyError::QuestionsToRegisterOutOfRange(2),
                    PolicyError::QuestionsToAskOutOfRange(2),
                ],
            ),
            (6, 3, &[PolicyError::QuestionsToRegisterOutOfRange(6)]),
            (
                3,
                4,
                &[PolicyError::QuestionsAskedExceedRegistered {
                    ask: 4,
                    register: 3,
                }],
            ),
        ];
        for (reg, ask, want) in cases {
            let p = Policy {
                questions_to_register: *reg,
                questions_to_ask: *ask,
                ..policy(1, &[SecurityQuestions])
            };
            let got = check(&p, false).err().unwrap_or_default();
            assert_eq!(&got, want, "register={reg} ask={ask}");
        }
    }

    #[test]
    fn p6_reconfirm_days_within_0_to_730() {
        for (d, ok) in [(0, true), (180, true), (730, true), (731, false)] {
            let p = Policy {
                reconfirm_days: d,
                ..Policy::default()
            };
            assert_eq!(check(&p, false).is_ok(), ok, "days={d}");
        }
    }

    #[test]
    fn p12_app_with_one_required_needs_one_further_method() {
        let cases: &[(&[Method], Option<PolicyError>)] = &[
            (
                &[MobileAppCode],
                Some(PolicyError::AppNeedsFurtherMethods { needed: 1 }),
            ),
            (
                &[MobileAppNotification, MobileAppCode],
                Some(PolicyError::AppNeedsFurtherMethods { needed: 1 }),
            ),
            (&[MobileAppCode, Email], None),
            (
                &[MobileAppNotification, MobileAppCode, SecurityQuestions],
                None,
            ),
        ];
        for (methods, want) in cases {
            let got = check(&policy(1, methods), false).err().unwrap_or_default();
            assert_eq!(got.first().cloned(), want.clone(), "{methods:?}");
        }
    }

    #[test]
    fn p12_app_with_two_required_needs_two_further_methods() {
        let cases: &[(&[Method], bool)] = &[
            (&[MobileAppNotification, Email], false),
            (&[MobileAppCode, Email], false),
            (&[MobileAppNotification, Email, MobilePhone], true),
            (
                &[
                    MobileAppCode,
                    MobileAppNotification,
                    Email,
                    SecurityQuestions,
                ],
                true,
            ),
        ];
        for (methods, ok) in cases {
            let r = check(&policy(2, methods), false);
            assert_eq!(r.is_ok(), *ok, "{methods:?}: {r:?}");
            if !ok {
                assert!(
                    r.unwrap_err()
                        .contains(&PolicyError::AppNeedsFurtherMethods { needed: 2 })
                );
            }
        }
    }

    #[test]
    fn p12_listing_a_method_twice_does_not_count_twice() {
        let errs = check(&policy(2, &[MobileAppCode, Email, Email]), false).unwrap_err();
        assert!(
            errs.contains(&PolicyError::AppNeedsFurtherMethods { needed: 2 }),
            "{errs:?}"
        );
    }

    #[test]
    fn p12_with_one_required_only_the_app_code_counts() {
        let p = policy(1, &[MobileAppNotification, Email]);
        assert!(!p.counting(MobileAppNotification));
        assert!(p.counting(Email));
        let p2 = policy(2, &[MobileAppNotification, Email, MobilePhone]);
        assert!(p2.counting(MobileAppNotification));
    }

    #[test]
    fn p12_refusals_have_a_clear_reason_and_a_fluent_id() {
        let errs = check(&policy(2, &[MobileAppCode, Email]), false).unwrap_err();
        let msg = errs[0].to_string();
        assert!(
            msg.starts_with("P12:") && msg.contains("at least 2 further"),
            "{msg}"
        );
        assert_eq!(errs[0].fluent_id(), "policy-err-app-needs-more");
    }

    #[test]
    fn p13_method_kind_counts_app_code_and_notification_once() {
        assert_eq!(MobileAppCode.kind(), MobileAppNotification.kind());
        assert_ne!(HardwareOath.kind(), SoftwareOath.kind());
    }

    #[test]
    fn issue15_the_sms_sender_is_a_sender_id_or_an_e164_number() {
        for ok in ["", "Contoso", "IT Desk", "+15017122661", "+819012345678"] {
            assert!(sms_sender_valid(ok), "{ok:?}");
        }
        for bad in [
            "Contoso Pharma",
            "12345",
            "+1 501",
            "コントソ",
            "+12",
            " Contoso",
            "a;b",
        ] {
            assert!(!sms_sender_valid(bad), "{bad:?}");
        }
        let p = Policy {
            sms_sender: "Contoso Pharmaceuticals".into(),
            ..Default::default()
        };
        assert_eq!(check(&p, false), Err(vec![PolicyError::SmsSenderInvalid]));
    }

    #[test]
    fn n1_password_settings_are_validated() {
        let mut p = Policy::default();
        p.password.min_chars = 4;
        assert_eq!(
            check(&p, false),
            Err(vec![PolicyError::PasswordLengthOutOfRange])
        );
        let mut p = Policy::default();
        p.password.banned = (0..1001).map(|i| format!("term{i}")).collect();
        assert_eq!(
            check(&p, false),
            Err(vec![PolicyError::TooManyBannedTerms {
                count: 1001,
                max: 1000
            }])
        );
    }
}
