//! Issue 12: the administrator console's policy pages as data. Each [`Blade`] is one page of
//! Entra's password reset blade; [`apply`] reads that page's form fields onto a policy and
//! validates the whole result, so the browser (wasm) and the server refuse the same things.
//! Owns the field names and their parsing; refuses to store anything or judge who may edit.

use crate::limits::Limits;
use crate::model::{Helpdesk, Method, Policy, PolicyError, Scope, TenantFlags, Translations};

/// One page of the policy (Entra's blades).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
pub enum Blade {
    /// P1: who may reset.
    Properties,
    /// P2, P3, P4 and the administrator's own questions.
    Methods,
    /// P5, P6.
    Registration,
    /// P7, P8.
    Notifications,
    /// P9 and the tenant's branding.
    Customization,
    /// P10, P11.
    OnPremises,
    /// E3d: the two-gate policy for administrators.
    Administrators,
}

impl Blade {
    pub const ALL: [Blade; 7] = [
        Blade::Properties,
        Blade::Methods,
        Blade::Registration,
        Blade::Notifications,
        Blade::Customization,
        Blade::OnPremises,
        Blade::Administrators,
    ];

    /// The URL segment under `/admin/policy/`.
    pub fn slug(self) -> &'static str {
        match self {
            Blade::Properties => "properties",
            Blade::Methods => "methods",
            Blade::Registration => "registration",
            Blade::Notifications => "notifications",
            Blade::Customization => "customization",
            Blade::OnPremises => "on-premises",
            Blade::Administrators => "administrators",
        }
    }

    pub fn from_slug(s: &str) -> Option<Blade> {
        Blade::ALL.into_iter().find(|b| b.slug() == s)
    }
}

/// The prefix of a known group's checkbox on the properties page (P1's group picker):
/// `group:<name>`.
pub const GROUP_FIELD: &str = "group:";

/// Issue 12 (P4): the prefix of a predefined question's checkbox on the methods page:
/// `question:<sq-id>`.
pub const QUESTION_FIELD: &str = "question:";

/// The form field of a method's checkbox on the methods page.
pub fn method_field(m: Method) -> &'static str {
    match m {
        Method::MobileAppNotification => "method-mobile_app_notification",
        Method::MobileAppCode => "method-mobile_app_code",
        Method::HardwareOath => "method-hardware_oath",
        Method::SoftwareOath => "method-software_oath",
        Method::Email => "method-email",
        Method::MobilePhone => "method-mobile_phone",
        Method::OfficePhone => "method-office_phone",
        Method::SecurityQuestions => "method-security_questions",
    }
}

/// Why a page's form cannot become a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// A number field holds something else; the field's name.
    NotANumber(&'static str),
    /// The helpdesk link is neither an email address nor an `https://` URL.
    HelpdeskInvalid,
    /// P4: a translation line (`ja-JP: ...`) comes before any question.
    TranslationFirst,
    /// The policy the form describes breaks a rule.
    Policy(PolicyError),
}

impl FormError {
    pub fn fluent_id(&self) -> &'static str {
        match self {
            FormError::NotANumber(_) => "admin-err-number",
            FormError::HelpdeskInvalid => "admin-err-helpdesk",
            FormError::TranslationFirst => "admin-err-translation-first",
            FormError::Policy(p) => p.fluent_id(),
        }
    }

    /// The field the error belongs beside, when it is one field's.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            FormError::NotANumber(f) => Some(f),
            FormError::HelpdeskInvalid => Some("helpdesk"),
            FormError::TranslationFirst => Some("custom_questions"),
            FormError::Policy(p) => match p {
                PolicyError::ScopeWithoutGroups => Some("groups"),
                PolicyError::MethodsRequiredOutOfRange(_) => Some("methods_required"),
                PolicyError::QuestionsToRegisterOutOfRange(_) => Some("questions_to_register"),
                PolicyError::QuestionsToAskOutOfRange(_)
                | PolicyError::QuestionsAskedExceedRegistered { .. } => Some("questions_to_ask"),
                PolicyError::TooFewQuestionsOffered { .. } => Some("questions"),
                PolicyError::ReconfirmDaysOutOfRange(_) => Some("reconfirm_days"),
                PolicyError::CustomQuestionInvalid { .. }
                | PolicyError::QuestionTranslationInvalid { .. } => Some("custom_questions"),
                PolicyError::BrandAccentInvalid => Some("accent"),
                PolicyError::BrandLogoInvalid => Some("logo"),
                PolicyError::SignInDomainInvalid => Some("sign_in_domain"),
                PolicyError::SignInUrlInvalid => Some("sign_in_url"),
                _ => None,
            },
        }
    }
}

/// A page's fields as the form sends them: name, value (a checkbox is present when ticked).
pub type Fields = [(String, String)];

fn get<'f>(fields: &'f Fields, name: &str) -> Option<&'f str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
}

fn ticked(fields: &Fields, name: &str) -> bool {
    get(fields, name).is_some_and(|v| !v.is_empty() && v != "false" && v != "off")
}

fn number<T: std::str::FromStr>(
    fields: &Fields,
    name: &'static str,
    current: T,
    errs: &mut Vec<FormError>,
) -> T {
    match get(fields, name) {
        None => current,
        Some(v) => v.parse().unwrap_or_else(|_| {
            errs.push(FormError::NotANumber(name));
            current
        }),
    }
}

/// One entry per line or comma (groups) or per line (questions), trimmed, blanks dropped.
fn list(v: &str, commas: bool) -> Vec<String> {
    v.split(|c| c == '\n' || (commas && c == ','))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A line of the questions field that translates the question above it: `ja-JP: text`.
fn translation_line(line: &str) -> Option<(&str, &str)> {
    let (tag, text) = line.split_once(':')?;
    crate::model::lang_tag(tag).then_some((tag, text.trim()))
}

/// P4's questions field: one question per line, each followed by its translations, one per
/// line as `<language tag>: <text>`. A translation before any question is refused.
fn questions_from(v: &str) -> Result<(Vec<String>, Translations), FormError> {
    let mut questions: Vec<String> = Vec::new();
    let mut translations = Translations::new();
    for line in v.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match translation_line(line) {
            Some((tag, text)) => {
                let q = questions.last().ok_or(FormError::TranslationFirst)?;
                translations
                    .entry(q.clone())
                    .or_default()
                    .insert(tag.to_string(), text.to_string());
            }
            None => questions.push(line.to_string()),
        }
    }
    Ok((questions, translations))
}

/// What [`questions_from`] reads back: each question, then its translations.
fn questions_field(policy: &Policy) -> String {
    let mut out = Vec::new();
    for q in &policy.custom_questions {
        out.push(q.clone());
        for (tag, text) in policy.question_translations.get(q).into_iter().flatten() {
            out.push(format!("{tag}: {text}"));
        }
    }
    out.join("\n")
}

fn optional(v: Option<&str>) -> Option<String> {
    v.map(str::to_string).filter(|s| !s.is_empty())
}

/// `policy` with `blade`'s fields read from `fields`; every other setting stays. The result
/// is validated whole (P12 and the ranges), so a page can't save what another page forbids.
pub fn apply(
    policy: &Policy,
    blade: Blade,
    fields: &Fields,
    tenant: TenantFlags,
    limits: &Limits,
) -> Result<Policy, Vec<FormError>> {
    let (p, mut errs) = read(policy, blade, fields);
    if let Err(v) = p.validate(tenant, limits) {
        errs.extend(v.into_iter().map(FormError::Policy));
    }
    if errs.is_empty() { Ok(p) } else { Err(errs) }
}

/// Issue 12: one change of the history undone: each page field it altered goes back to its
/// value before it, and every setting changed since by other changes stays as it is now.
/// The result is validated whole, like a page's form.
pub fn revert(
    current: &Policy,
    before: &Policy,
    after: &Policy,
    tenant: TenantFlags,
    limits: &Limits,
) -> Result<Policy, Vec<FormError>> {
    let mut p = current.clone();
    let mut errs = Vec::new();
    for blade in Blade::ALL {
        let (old, new) = (fields_of(before, blade), fields_of(after, blade));
        if old == new {
            continue;
        }
        let fields: Vec<(String, String)> = fields_of(&p, blade)
            .into_iter()
            .zip(old.into_iter().zip(new))
            .map(|((k, now), ((_, o), (_, n)))| (k, if o != n { o } else { now }))
            .collect();
        let (next, e) = read(&p, blade, &fields);
        p = next;
        errs.extend(e);
    }
    if let Err(v) = p.validate(tenant, limits) {
        errs.extend(v.into_iter().map(FormError::Policy));
    }
    if errs.is_empty() { Ok(p) } else { Err(errs) }
}

/// `policy` with `blade`'s fields read from `fields`, and what could not be read; the
/// result is not validated.
fn read(policy: &Policy, blade: Blade, fields: &Fields) -> (Policy, Vec<FormError>) {
    let mut p = policy.clone();
    let mut errs = Vec::new();
    match blade {
        Blade::Properties => {
            // The tenant's groups are ticked (`group:<name>`), any other typed in `groups`.
            let mut groups: Vec<String> = fields
                .iter()
                .filter(|(k, v)| {
                    k.starts_with(GROUP_FIELD) && !v.is_empty() && v != "false" && v != "off"
                })
                .map(|(k, _)| k[GROUP_FIELD.len()..].to_string())
                .collect();
            for g in get(fields, "groups")
                .map(|g| list(g, true))
                .unwrap_or_default()
            {
                if !groups.contains(&g) {
                    groups.push(g);
                }
            }
            p.scope = match get(fields, "scope") {
                Some("all") => Scope::All,
                Some("selected") => Scope::Selected(groups),
                _ => Scope::None,
            };
        }
        Blade::Methods => {
            p.methods_required = number(fields, "methods_required", p.methods_required, &mut errs);
            p.methods = Method::ALL
                .into_iter()
                .filter(|m| ticked(fields, method_field(*m)))
                .collect();
            p.questions_to_register = number(
                fields,
                "questions_to_register",
                p.questions_to_register,
                &mut errs,
            );
            p.questions_to_ask = number(fields, "questions_to_ask", p.questions_to_ask, &mut errs);
            if let Some(q) = get(fields, "custom_questions") {
                match questions_from(q) {
                    Ok((list, translations)) => {
                        p.custom_questions = list;
                        p.question_translations = translations;
                    }
                    Err(e) => errs.push(e),
                }
            }
            p.recovery_code_resets = ticked(fields, "recovery_code_resets");
            // P4: the predefined questions ticked; all of them is "all" (the default). A form
            // without the picker (`questions_picker`) leaves the choice as it is.
            if get(fields, "questions_picker").is_some() {
                let picked: Vec<String> = crate::model::PREDEFINED_QUESTIONS
                    .iter()
                    .filter(|q| ticked(fields, &format!("{QUESTION_FIELD}{q}")))
                    .map(|q| q.to_string())
                    .collect();
                p.predefined_questions =
                    (picked.len() < crate::model::PREDEFINED_QUESTIONS.len()).then_some(picked);
            }
        }
        Blade::Registration => {
            p.require_registration = ticked(fields, "require_registration");
            p.reconfirm_days = number(fields, "reconfirm_days", p.reconfirm_days, &mut errs);
        }
        Blade::Notifications => {
            p.notify_users = ticked(fields, "notify_users");
            p.notify_admins = ticked(fields, "notify_admins");
        }
        Blade::Customization => {
            p.helpdesk = match get(fields, "helpdesk").unwrap_or("") {
                "" => None,
                v if v.starts_with("https://")
                    && v.len() > 8
                    && !v.contains(char::is_whitespace) =>
                {
                    Some(Helpdesk::Url(v.to_string()))
                }
                v if !v.contains(char::is_whitespace)
                    && v.split_once('@')
                        .is_some_and(|(a, d)| !a.is_empty() && d.contains('.')) =>
                {
                    Some(Helpdesk::Email(v.to_string()))
                }
                _ => {
                    errs.push(FormError::HelpdeskInvalid);
                    p.helpdesk.clone()
                }
            };
            p.branding.logo = optional(get(fields, "logo"));
            p.branding.accent = optional(get(fields, "accent"));
            p.branding.sign_in_domain = optional(get(fields, "sign_in_domain"));
            p.branding.sign_in_url = optional(get(fields, "sign_in_url"));
        }
        Blade::OnPremises => {
            p.writeback = ticked(fields, "writeback");
            p.allow_unlock = ticked(fields, "allow_unlock");
        }
        Blade::Administrators => {
            p.admin_sspr = ticked(fields, "admin_sspr");
        }
    }
    (p, errs)
}

/// The settings a page shows, as its fields (what `apply` reads back unchanged).
pub fn fields_of(policy: &Policy, blade: Blade) -> Vec<(String, String)> {
    let b = |v: bool| if v { "on".to_string() } else { String::new() };
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| out.push((k.to_string(), v));
    match blade {
        Blade::Properties => {
            let (scope, groups) = match &policy.scope {
                Scope::None => ("none", String::new()),
                Scope::All => ("all", String::new()),
                Scope::Selected(g) => ("selected", g.join(", ")),
            };
            push("scope", scope.into());
            push("groups", groups);
        }
        Blade::Methods => {
            push("methods_required", policy.methods_required.to_string());
            for m in Method::ALL {
                push(method_field(m), b(policy.methods.contains(&m)));
            }
            push(
                "questions_to_register",
                policy.questions_to_register.to_string(),
            );
            push("questions_to_ask", policy.questions_to_ask.to_string());
            push("custom_questions", questions_field(policy));
            push("recovery_code_resets", b(policy.recovery_code_resets));
            push("questions_picker", "1".into());
            for q in crate::model::PREDEFINED_QUESTIONS {
                push(
                    &format!("{QUESTION_FIELD}{q}"),
                    b(policy.offers_predefined(q)),
                );
            }
        }
        Blade::Registration => {
            push("require_registration", b(policy.require_registration));
            push("reconfirm_days", policy.reconfirm_days.to_string());
        }
        Blade::Notifications => {
            push("notify_users", b(policy.notify_users));
            push("notify_admins", b(policy.notify_admins));
        }
        Blade::Customization => {
            push(
                "helpdesk",
                match &policy.helpdesk {
                    None => String::new(),
                    Some(Helpdesk::Url(u)) => u.clone(),
                    Some(Helpdesk::Email(e)) => e.clone(),
                },
            );
            push("logo", policy.branding.logo.clone().unwrap_or_default());
            push("accent", policy.branding.accent.clone().unwrap_or_default());
            push(
                "sign_in_domain",
                policy.branding.sign_in_domain.clone().unwrap_or_default(),
            );
            push(
                "sign_in_url",
                policy.branding.sign_in_url.clone().unwrap_or_default(),
            );
        }
        Blade::OnPremises => {
            push("writeback", b(policy.writeback));
            push("allow_unlock", b(policy.allow_unlock));
        }
        Blade::Administrators => push("admin_sspr", b(policy.admin_sspr)),
    }
    out
}

/// One setting a change altered, as the console's pages show it: the field's name and its
/// value before and after (the change history's old and new values).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Difference {
    pub field: String,
    pub old: String,
    pub new: String,
}

/// The page fields whose values differ between two policies, page by page.
pub fn differences(old: &Policy, new: &Policy) -> Vec<Difference> {
    Blade::ALL
        .into_iter()
        .flat_map(|b| fields_of(old, b).into_iter().zip(fields_of(new, b)))
        .filter(|((_, o), (_, n))| o != n)
        .map(|((field, old), (_, new))| Difference { field, old, new })
        .collect()
}

/// Which top-level settings differ between two policies (the change history's summary).
pub fn changed(old: &Policy, new: &Policy) -> Vec<&'static str> {
    let mut c = Vec::new();
    let mut diff = |name: &'static str, d: bool| {
        if d {
            c.push(name)
        }
    };
    diff("scope", old.scope != new.scope);
    diff("admin_sspr", old.admin_sspr != new.admin_sspr);
    diff(
        "methods_required",
        old.methods_required != new.methods_required,
    );
    diff(
        "methods",
        old.methods.len() != new.methods.len()
            || old.methods.iter().any(|m| !new.methods.contains(m)),
    );
    diff(
        "questions_to_register",
        old.questions_to_register != new.questions_to_register,
    );
    diff(
        "questions_to_ask",
        old.questions_to_ask != new.questions_to_ask,
    );
    diff(
        "custom_questions",
        old.custom_questions != new.custom_questions
            || old.question_translations != new.question_translations,
    );
    diff(
        "predefined_questions",
        old.predefined_questions != new.predefined_questions,
    );
    diff(
        "recovery_code_resets",
        old.recovery_code_resets != new.recovery_code_resets,
    );
    diff(
        "require_registration",
        old.require_registration != new.require_registration,
    );
    diff("reconfirm_days", old.reconfirm_days != new.reconfirm_days);
    diff("notify_users", old.notify_users != new.notify_users);
    diff("notify_admins", old.notify_admins != new.notify_admins);
    diff("helpdesk", old.helpdesk != new.helpdesk);
    diff("branding", old.branding != new.branding);
    diff("writeback", old.writeback != new.writeback);
    diff("allow_unlock", old.allow_unlock != new.allow_unlock);
    diff("password", old.password != new.password);
    diff(
        "phone_countries",
        old.phone_countries != new.phone_countries,
    );
    diff("sms_sender", old.sms_sender != new.sms_sender);
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn base() -> Policy {
        Policy {
            scope: Scope::All,
            methods: vec![Method::Email, Method::MobilePhone],
            ..Policy::default()
        }
    }

    #[test]
    fn issue12_every_page_reads_back_what_it_shows() {
        let p = base();
        for blade in Blade::ALL {
            let shown = fields_of(&p, blade);
            let back = apply(
                &p,
                blade,
                &shown,
                TenantFlags::default(),
                &Limits::default(),
            )
            .unwrap_or_else(|e| panic!("{blade:?}: {e:?}"));
            assert_eq!(back, p, "{blade:?}");
            assert_eq!(Blade::from_slug(blade.slug()), Some(blade));
        }
    }

    #[test]
    fn issue12_p1_groups_are_picked_and_typed() {
        let form = f(&[
            ("scope", "selected"),
            ("group:staff", "on"),
            ("group:unticked", ""),
            ("groups", "contractors, staff"),
        ]);
        let p = apply(
            &base(),
            Blade::Properties,
            &form,
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            p.scope,
            Scope::Selected(vec!["staff".into(), "contractors".into()])
        );
    }

    #[test]
    fn issue12_p12_the_app_alone_with_two_required_is_refused() {
        let form = f(&[("methods_required", "2"), ("method-mobile_app_code", "on")]);
        let errs = apply(
            &base(),
            Blade::Methods,
            &form,
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert!(
            errs.iter().any(|e| matches!(
                e,
                FormError::Policy(
                    PolicyError::TooFewMethods { .. } | PolicyError::AppNeedsFurtherMethods { .. }
                )
            )),
            "{errs:?}"
        );
        // Unticked boxes are off; two distinct methods pass.
        let form = f(&[
            ("methods_required", "2"),
            ("method-email", "on"),
            ("method-mobile_phone", "on"),
        ]);
        let p = apply(
            &base(),
            Blade::Methods,
            &form,
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(p.methods_required, 2);
        assert_eq!(p.methods, vec![Method::Email, Method::MobilePhone]);
    }

    #[test]
    fn issue12_p4_questions_carry_their_translations_and_a_recovery_code_may_reset() {
        let text = "Name of the office plant?\nja-JP: オフィスの植物の名前は？\n de: Name der Büropflanze?\nFirst concert?";
        let form = f(&[
            ("methods_required", "1"),
            ("method-email", "on"),
            ("custom_questions", text),
            ("recovery_code_resets", "on"),
        ]);
        let p = apply(
            &base(),
            Blade::Methods,
            &form,
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            p.custom_questions,
            ["Name of the office plant?", "First concert?"]
        );
        let tr = &p.question_translations["Name of the office plant?"];
        assert_eq!(tr["ja-JP"], "オフィスの植物の名前は？");
        assert_eq!(tr["de"], "Name der Büropflanze?");
        assert!(p.recovery_code_resets);
        // The page shows what it read, and reads it back unchanged.
        let shown = fields_of(&p, Blade::Methods);
        let back = apply(
            &p,
            Blade::Methods,
            &shown,
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(back, p);
        assert_eq!(
            changed(&base(), &p),
            ["methods", "custom_questions", "recovery_code_resets"]
        );
        // A translation with no question above it is refused beside the field.
        let errs = apply(
            &base(),
            Blade::Methods,
            &f(&[
                ("method-email", "on"),
                ("custom_questions", "ja-JP: 質問？"),
            ]),
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!(errs, vec![FormError::TranslationFirst]);
        assert_eq!(errs[0].field(), Some("custom_questions"));
    }

    #[test]
    fn issue12_the_history_shows_each_changed_field_with_its_old_and_new_value() {
        let old = base();
        let mut new = base();
        new.methods_required = 2;
        new.notify_users = false;
        assert_eq!(
            differences(&old, &new),
            [
                Difference {
                    field: "methods_required".into(),
                    old: "1".into(),
                    new: "2".into()
                },
                Difference {
                    field: "notify_users".into(),
                    old: "on".into(),
                    new: String::new()
                },
            ]
        );
        assert!(differences(&old, &old).is_empty());
    }

    #[test]
    fn issue12_a_revert_undoes_its_own_change_and_keeps_later_ones() {
        let l = Limits::default();
        let v0 = base();
        let mut v1 = v0.clone();
        v1.methods_required = 2;
        let mut v2 = v1.clone();
        v2.notify_users = false;
        v2.reconfirm_days = 90;
        // Undo the first change (1 -> 2 methods) on top of the second.
        let back = revert(&v2, &v0, &v1, TenantFlags::default(), &l).unwrap();
        assert_eq!(back.methods_required, 1);
        assert!(!back.notify_users);
        assert_eq!(back.reconfirm_days, 90);
        // A revert that would break a rule now is refused like a form: asking 5 questions
        // again after registering 3 became the rule.
        let mut five = v0.clone();
        (five.questions_to_register, five.questions_to_ask) = (5, 5);
        let mut ask3 = five.clone();
        ask3.questions_to_ask = 3;
        let mut now = ask3.clone();
        now.questions_to_register = 3;
        assert_eq!(
            revert(&now, &five, &ask3, TenantFlags::default(), &l),
            Err(vec![FormError::Policy(
                PolicyError::QuestionsAskedExceedRegistered {
                    ask: 5,
                    register: 3
                }
            )])
        );
    }

    #[test]
    fn issue12_p4_the_predefined_questions_offered_are_picked_and_enough_are_needed() {
        let l = Limits::default();
        let mut with_q = base();
        with_q.methods.push(Method::SecurityQuestions);
        let mut form = fields_of(&with_q, Blade::Methods);
        // Untick all but two: fewer than the three a user registers.
        for (k, v) in form.iter_mut() {
            if k.starts_with(QUESTION_FIELD)
                && k != "question:sq-first-pet"
                && k != "question:sq-birth-city"
            {
                v.clear();
            }
        }
        let errs = apply(&with_q, Blade::Methods, &form, TenantFlags::default(), &l).unwrap_err();
        assert_eq!(
            errs,
            vec![FormError::Policy(PolicyError::TooFewQuestionsOffered {
                offered: 2,
                needed: 3
            })]
        );
        assert_eq!(errs[0].field(), Some("questions"));
        // A third, the administrator's own: enough.
        for (k, v) in form.iter_mut() {
            if k == "custom_questions" {
                *v = "Name of the office plant?".into();
            }
        }
        let p = apply(&with_q, Blade::Methods, &form, TenantFlags::default(), &l).unwrap();
        assert_eq!(
            p.predefined_questions.as_deref(),
            Some(&["sq-first-pet".to_string(), "sq-birth-city".to_string()][..])
        );
        assert_eq!(
            crate::register::offered_questions(&p),
            ["sq-first-pet", "sq-birth-city", "Name of the office plant?"]
        );
        // All ticked is the default; a form without the picker keeps the choice.
        let all = apply(
            &with_q,
            Blade::Methods,
            &fields_of(&with_q, Blade::Methods),
            TenantFlags::default(),
            &l,
        )
        .unwrap();
        assert_eq!(all.predefined_questions, None);
        let kept = apply(
            &p,
            Blade::Methods,
            &f(&[("method-email", "on"), ("method-security_questions", "on")]),
            TenantFlags::default(),
            &l,
        )
        .unwrap();
        assert_eq!(kept.predefined_questions, p.predefined_questions);
    }

    #[test]
    fn issue12_bad_fields_are_named_and_other_pages_settings_stay() {
        let errs = apply(
            &base(),
            Blade::Registration,
            &f(&[("reconfirm_days", "soon")]),
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!(errs, vec![FormError::NotANumber("reconfirm_days")]);
        assert_eq!(errs[0].field(), Some("reconfirm_days"));
        let errs = apply(
            &base(),
            Blade::Properties,
            &f(&[("scope", "selected"), ("groups", " , ")]),
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!(
            errs,
            vec![FormError::Policy(PolicyError::ScopeWithoutGroups)]
        );
        let p = apply(
            &base(),
            Blade::Properties,
            &f(&[("scope", "selected"), ("groups", "staff, sales\nit")]),
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(
            p.scope,
            Scope::Selected(vec!["staff".into(), "sales".into(), "it".into()])
        );
        assert_eq!(p.methods, base().methods);
        assert_eq!(changed(&base(), &p), vec!["scope"]);
        let errs = apply(
            &base(),
            Blade::Customization,
            &f(&[("helpdesk", "call Bob")]),
            TenantFlags::default(),
            &Limits::default(),
        )
        .unwrap_err();
        assert_eq!(errs, vec![FormError::HelpdeskInvalid]);
    }
}
