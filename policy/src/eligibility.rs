//! Reset eligibility: E5 (consumer accounts), E3 a..e in order, M1/M2 counting and the E3d
//! administrator two-gate policy. Owns the decision and its reason; refuses to look anything
//! up: the caller gathers `UserFacts` first.

use crate::model::{Method, MethodKind, Policy, Scope};

/// Where the user's password lives (SPEC section 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PasswordSource {
    #[default]
    Cloud,
    Federated,
    PassThrough,
    HashSync,
}

impl PasswordSource {
    /// Federated, pass-through and hash-sync passwords are managed on-premises.
    pub fn on_premises(self) -> bool {
        !matches!(self, PasswordSource::Cloud)
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "cloud" => PasswordSource::Cloud,
            "federated" => PasswordSource::Federated,
            "pass_through" => PasswordSource::PassThrough,
            "hash_sync" => PasswordSource::HashSync,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PasswordSource::Cloud => "cloud",
            PasswordSource::Federated => "federated",
            PasswordSource::PassThrough => "pass_through",
            PasswordSource::HashSync => "hash_sync",
        }
    }
}

/// B1, B2: what the user is to the tenant that holds their account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AccountKind {
    #[default]
    Member,
    /// B1: a partner organisation's user, who follows their home tenant's policy.
    Guest,
    /// B2: signed up through self-service sign-up.
    SelfService,
    /// B2: invited with an email, with no home tenant here.
    Invited,
}

impl AccountKind {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "member" => Some(AccountKind::Member),
            "guest" => Some(AccountKind::Guest),
            "self_service" => Some(AccountKind::SelfService),
            "invited" => Some(AccountKind::Invited),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AccountKind::Member => "member",
            AccountKind::Guest => "guest",
            AccountKind::SelfService => "self_service",
            AccountKind::Invited => "invited",
        }
    }
}

/// B2: users who signed up themselves or were invited reset with the email they registered
/// then, whatever the tenant enables: one method, email only, always in scope. The tenant's
/// password rules and notices still apply.
pub fn external_policy(resource: &Policy) -> Policy {
    Policy {
        scope: Scope::All,
        methods_required: 1,
        methods: vec![Method::Email],
        require_registration: false,
        ..resource.clone()
    }
}

/// Which authentication data a user has (registered or from the directory, G3).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MethodData {
    pub email: bool,
    pub mobile_phone: bool,
    pub office_phone: bool,
    pub app_code: bool,
    pub app_notification: bool,
    pub hardware_oath: bool,
    pub software_oath: bool,
    /// Number of security questions answered.
    pub questions: u8,
}

impl MethodData {
    /// Whether the user has data for `m`; security questions need P4's registered count.
    pub fn has(&self, m: Method, questions_needed: u8) -> bool {
        match m {
            Method::MobileAppNotification => self.app_notification,
            Method::MobileAppCode => self.app_code,
            Method::HardwareOath => self.hardware_oath,
            Method::SoftwareOath => self.software_oath,
            Method::Email => self.email,
            Method::MobilePhone => self.mobile_phone,
            Method::OfficePhone => self.office_phone,
            Method::SecurityQuestions => self.questions >= questions_needed && self.questions > 0,
        }
    }
}

/// What eligibility needs to know about the user. `None` for an unknown user ID.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserFacts {
    pub enabled: bool,
    pub groups: Vec<String>,
    pub is_admin: bool,
    pub password_source: PasswordSource,
    pub data: MethodData,
}

/// Why a user cannot use SSPR; each maps to a contact-your-administrator page. On the wire
/// it is its `code()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Ineligible {
    /// E5: a personal consumer account.
    #[cfg_attr(feature = "serde", serde(rename = "consumer"))]
    ConsumerAccount,
    /// E3a: no such account, or it is disabled (the same answer for both, B3).
    #[cfg_attr(feature = "serde", serde(rename = "unavailable"))]
    AccountUnavailable,
    /// E3b: SSPR is not enabled for this user.
    #[cfg_attr(feature = "serde", serde(rename = "not-enabled"))]
    NotEnabled,
    /// E3c: not enough registered data for the required methods.
    #[cfg_attr(feature = "serde", serde(rename = "not-registered"))]
    NotRegistered,
    /// E3d: an administrator without two of the two-gate methods.
    #[cfg_attr(feature = "serde", serde(rename = "admin-not-registered"))]
    AdminNotRegistered,
    /// E3e: the password is managed on-premises and writeback is off.
    #[cfg_attr(feature = "serde", serde(rename = "writeback-off"))]
    WritebackOff,
}

impl Ineligible {
    pub const ALL: [Ineligible; 6] = [
        Ineligible::ConsumerAccount,
        Ineligible::AccountUnavailable,
        Ineligible::NotEnabled,
        Ineligible::NotRegistered,
        Ineligible::AdminNotRegistered,
        Ineligible::WritebackOff,
    ];

    /// Stable code used in URLs, audit rows and Fluent ids (`contact-reason-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            Ineligible::ConsumerAccount => "consumer",
            Ineligible::AccountUnavailable => "unavailable",
            Ineligible::NotEnabled => "not-enabled",
            Ineligible::NotRegistered => "not-registered",
            Ineligible::AdminNotRegistered => "admin-not-registered",
            Ineligible::WritebackOff => "writeback-off",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The methods a user may verify with, and how many distinct ones are needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligibility {
    pub required: u8,
    pub methods: Vec<Method>,
    /// E3d applied: the user is an administrator under the two-gate policy.
    pub two_gate: bool,
}

/// E3d: the administrator two-gate methods, whatever P1..P4 say.
pub const TWO_GATE_METHODS: [Method; 5] = [
    Method::Email,
    Method::MobilePhone,
    Method::OfficePhone,
    Method::MobileAppCode,
    Method::MobileAppNotification,
];

/// Distinct method kinds among `methods`.
pub fn distinct_kinds(methods: &[Method]) -> usize {
    let mut kinds: Vec<MethodKind> = methods.iter().map(|m| m.kind()).collect();
    kinds.sort();
    kinds.dedup();
    kinds.len()
}

/// E5: whether the user ID's domain is a consumer mail domain (case-insensitive).
pub fn is_consumer(user_id: &str, consumer_domains: &[String]) -> bool {
    user_id
        .rsplit_once('@')
        .is_some_and(|(_, d)| consumer_domains.iter().any(|c| c.eq_ignore_ascii_case(d)))
}

/// E5 then E3 a..e, in order: the first failing check is the reason.
/// B3: the reasons an ineligible user ID of a domain under `policy` might have, besides
/// `shown`, in E3's order. A function of the policy alone, so it tells nothing of the
/// account.
pub fn possible_reasons(policy: &Policy, shown: Ineligible) -> Vec<Ineligible> {
    let mut out = vec![Ineligible::AccountUnavailable];
    if !matches!(policy.scope, Scope::All) || !policy.admin_sspr {
        out.push(Ineligible::NotEnabled);
    }
    if !matches!(policy.scope, Scope::None) {
        out.push(Ineligible::NotRegistered);
    }
    if policy.admin_sspr {
        out.push(Ineligible::AdminNotRegistered);
    }
    if !policy.writeback {
        out.push(Ineligible::WritebackOff);
    }
    out.retain(|r| *r != shown);
    out
}

pub fn check_eligibility(
    user_id: &str,
    user: Option<&UserFacts>,
    policy: &Policy,
    consumer_domains: &[String],
) -> Result<Eligibility, Ineligible> {
    if is_consumer(user_id, consumer_domains) {
        return Err(Ineligible::ConsumerAccount);
    }
    // a.
    let user = match user {
        Some(u) if u.enabled => u,
        _ => return Err(Ineligible::AccountUnavailable),
    };
    let elig = if user.is_admin {
        // d. Two-gate policy whatever P1..P4 say; never security questions.
        if !policy.admin_sspr {
            return Err(Ineligible::NotEnabled);
        }
        let methods: Vec<Method> = TWO_GATE_METHODS
            .into_iter()
            .filter(|m| user.data.has(*m, policy.questions_to_register))
            .collect();
        if distinct_kinds(&methods) < 2 {
            return Err(Ineligible::AdminNotRegistered);
        }
        Eligibility {
            required: 2,
            methods,
            two_gate: true,
        }
    } else {
        // b.
        let in_scope = match &policy.scope {
            Scope::None => false,
            Scope::All => true,
            Scope::Selected(groups) => groups
                .iter()
                .any(|g| user.groups.iter().any(|ug| ug.eq_ignore_ascii_case(g))),
        };
        if !in_scope {
            return Err(Ineligible::NotEnabled);
        }
        // c. M1, M2, P12: only enabled methods, and only the ones that count, are counted.
        let methods: Vec<Method> = Method::ALL
            .into_iter()
            .filter(|m| policy.enabled(*m) && user.data.has(*m, policy.questions_to_register))
            .collect();
        let counting: Vec<Method> = methods
            .iter()
            .copied()
            .filter(|m| policy.counting(*m))
            .collect();
        if distinct_kinds(&counting) < policy.methods_required as usize {
            return Err(Ineligible::NotRegistered);
        }
        Eligibility {
            required: policy.methods_required,
            methods,
            two_gate: false,
        }
    };
    // e.
    if user.password_source.on_premises() && !policy.writeback {
        return Err(Ineligible::WritebackOff);
    }
    Ok(elig)
}

/// Issue 12: whether a helpdesk recovery code may reset this user's password once: the
/// policy allows it, and nothing but the user's methods keeps them from resetting (they are
/// in scope, and an on-premises password can be written back).
pub fn recovery_reset_allowed(
    user_id: &str,
    user: &UserFacts,
    policy: &Policy,
    consumer_domains: &[String],
) -> bool {
    // E3e is checked last by `check_eligibility`, after the methods: asked here first.
    let writable = !user.password_source.on_premises() || policy.writeback;
    policy.recovery_code_resets
        && writable
        && matches!(
            check_eligibility(user_id, Some(user), policy, consumer_domains),
            Ok(_) | Err(Ineligible::NotRegistered | Ineligible::AdminNotRegistered)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue10_b3_the_possible_reasons_follow_the_policy_alone() {
        let selected = Policy {
            scope: Scope::Selected(vec!["sspr".into()]),
            ..Policy::default()
        };
        assert_eq!(
            possible_reasons(&selected, Ineligible::NotEnabled),
            [
                Ineligible::AccountUnavailable,
                Ineligible::NotRegistered,
                Ineligible::AdminNotRegistered,
                Ineligible::WritebackOff,
            ]
        );
        let all = Policy {
            scope: Scope::All,
            writeback: true,
            ..Policy::default()
        };
        assert_eq!(
            possible_reasons(&all, Ineligible::NotRegistered),
            [
                Ineligible::AccountUnavailable,
                Ineligible::AdminNotRegistered
            ]
        );
        let none = Policy {
            admin_sspr: false,
            ..Policy::default()
        };
        assert_eq!(
            possible_reasons(&none, Ineligible::NotEnabled),
            [Ineligible::AccountUnavailable, Ineligible::WritebackOff]
        );
    }
    use crate::model::Method::*;

    fn consumer() -> Vec<String> {
        vec!["gmail.com".into(), "outlook.com".into()]
    }

    fn data(methods: &[Method], questions: u8) -> MethodData {
        MethodData {
            email: methods.contains(&Email),
            mobile_phone: methods.contains(&MobilePhone),
            office_phone: methods.contains(&OfficePhone),
            app_code: methods.contains(&MobileAppCode),
            app_notification: methods.contains(&MobileAppNotification),
            hardware_oath: methods.contains(&HardwareOath),
            software_oath: methods.contains(&SoftwareOath),
            questions,
        }
    }

    fn user(methods: &[Method]) -> UserFacts {
        UserFacts {
            enabled: true,
            groups: vec!["staff".into()],
            data: data(methods, 0),
            ..UserFacts::default()
        }
    }

    fn all_policy(required: u8, methods: &[Method]) -> Policy {
        Policy {
            scope: Scope::All,
            methods_required: required,
            methods: methods.to_vec(),
            ..Policy::default()
        }
    }

    #[test]
    fn e5_consumer_domains_cannot_use_sspr() {
        let p = all_policy(1, &[Email]);
        let u = user(&[Email]);
        assert_eq!(
            check_eligibility("joe@GMAIL.com", Some(&u), &p, &consumer()),
            Err(Ineligible::ConsumerAccount)
        );
        assert!(check_eligibility("joe@contoso.com", Some(&u), &p, &consumer()).is_ok());
    }

    #[test]
    fn e3a_missing_and_disabled_accounts_get_the_same_reason() {
        let p = all_policy(1, &[Email]);
        let disabled = UserFacts {
            enabled: false,
            ..user(&[Email])
        };
        assert_eq!(
            check_eligibility("x@c.com", None, &p, &[]),
            Err(Ineligible::AccountUnavailable)
        );
        assert_eq!(
            check_eligibility("x@c.com", Some(&disabled), &p, &[]),
            Err(Ineligible::AccountUnavailable)
        );
    }

    #[test]
    fn e3b_scope_none_selected_all() {
        let u = user(&[Email]);
        let cases = [
            (Scope::None, Err(Ineligible::NotEnabled)),
            (
                Scope::Selected(vec!["other".into()]),
                Err(Ineligible::NotEnabled),
            ),
            (Scope::Selected(vec!["Staff".into()]), Ok(())),
            (Scope::All, Ok(())),
        ];
        for (scope, want) in cases {
            let p = Policy {
                scope: scope.clone(),
                ..all_policy(1, &[Email])
            };
            assert_eq!(
                check_eligibility("u@c.com", Some(&u), &p, &[]).map(|_| ()),
                want,
                "{scope:?}"
            );
        }
    }

    #[test]
    fn m1_registered_versus_required() {
        let cases: &[(&[Method], u8, bool)] = &[
            (&[Email], 1, true),
            (&[Email, MobilePhone], 1, true),
            (&[Email], 2, false),
            (&[Email, MobilePhone], 2, true),
            (&[], 1, false),
        ];
        for (has, required, ok) in cases {
            let p = all_policy(*required, &[Email, MobilePhone, SecurityQuestions]);
            let r = check_eligibility("u@c.com", Some(&user(has)), &p, &[]);
            assert_eq!(r.is_ok(), *ok, "has={has:?} required={required}");
            if !ok {
                assert_eq!(r, Err(Ineligible::NotRegistered));
            }
        }
    }

    #[test]
    fn m2_only_still_enabled_methods_count_after_a_policy_change() {
        let u = user(&[Email, MobilePhone]);
        let before = all_policy(2, &[Email, MobilePhone, SecurityQuestions]);
        assert!(check_eligibility("u@c.com", Some(&u), &before, &[]).is_ok());
        let after = all_policy(2, &[Email, SecurityQuestions]);
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &after, &[]),
            Err(Ineligible::NotRegistered)
        );
    }

    #[test]
    fn e3c_security_questions_count_only_when_enough_are_answered() {
        let p = Policy {
            questions_to_register: 3,
            ..all_policy(1, &[SecurityQuestions])
        };
        let mut u = user(&[]);
        u.data.questions = 2;
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &p, &[]),
            Err(Ineligible::NotRegistered)
        );
        u.data.questions = 3;
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &p, &[])
                .unwrap()
                .methods,
            vec![SecurityQuestions]
        );
    }

    #[test]
    fn e3c_p12_app_notification_does_not_count_with_one_required() {
        let p = all_policy(1, &[MobileAppNotification, MobileAppCode, Email]);
        let u = user(&[MobileAppNotification]);
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &p, &[]),
            Err(Ineligible::NotRegistered)
        );
    }

    #[test]
    fn e3d_admin_gets_two_gate_policy_whatever_p1_to_p4_say() {
        // Scope none and one method required: the admin still needs two two-gate methods.
        let p = Policy {
            scope: Scope::None,
            ..all_policy(1, &[SecurityQuestions])
        };
        let mut admin = user(&[Email, MobilePhone]);
        admin.is_admin = true;
        let e = check_eligibility("a@c.com", Some(&admin), &p, &[]).unwrap();
        assert_eq!((e.required, e.two_gate), (2, true));
        assert_eq!(e.methods, vec![Email, MobilePhone]);
    }

    #[test]
    fn e3d_admin_never_uses_security_questions() {
        let p = all_policy(1, &[Email, SecurityQuestions]);
        let mut admin = user(&[Email]);
        admin.is_admin = true;
        admin.data.questions = 5;
        assert_eq!(
            check_eligibility("a@c.com", Some(&admin), &p, &[]),
            Err(Ineligible::AdminNotRegistered)
        );
    }

    #[test]
    fn e3d_app_code_and_notification_are_one_gate() {
        let p = all_policy(1, &[Email]);
        let mut admin = user(&[MobileAppCode, MobileAppNotification]);
        admin.is_admin = true;
        assert_eq!(
            check_eligibility("a@c.com", Some(&admin), &p, &[]),
            Err(Ineligible::AdminNotRegistered)
        );
    }

    #[test]
    fn e3d_admin_sspr_switched_off_means_not_enabled() {
        let p = Policy {
            admin_sspr: false,
            ..all_policy(1, &[Email])
        };
        let mut admin = user(&[Email, MobilePhone]);
        admin.is_admin = true;
        assert_eq!(
            check_eligibility("a@c.com", Some(&admin), &p, &[]),
            Err(Ineligible::NotEnabled)
        );
    }

    #[test]
    fn e3e_on_premises_password_needs_writeback() {
        let mut u = user(&[Email]);
        u.password_source = PasswordSource::HashSync;
        let off = all_policy(1, &[Email]);
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &off, &[]),
            Err(Ineligible::WritebackOff)
        );
        let on = Policy {
            writeback: true,
            ..off
        };
        assert!(check_eligibility("u@c.com", Some(&u), &on, &[]).is_ok());
    }

    #[test]
    fn e3_checks_run_in_order_a_to_e() {
        // Fails b, c and e at once: b wins. Fails c and e: c wins.
        let mut u = user(&[]);
        u.password_source = PasswordSource::Federated;
        u.groups.clear();
        let p = Policy {
            scope: Scope::Selected(vec!["staff".into()]),
            ..all_policy(1, &[Email])
        };
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &p, &[]),
            Err(Ineligible::NotEnabled)
        );
        let p = all_policy(1, &[Email]);
        assert_eq!(
            check_eligibility("u@c.com", Some(&u), &p, &[]),
            Err(Ineligible::NotRegistered)
        );
    }

    #[test]
    fn ineligible_codes_round_trip() {
        for r in Ineligible::ALL {
            assert_eq!(Ineligible::from_code(r.code()), Some(r));
        }
    }
}

#[cfg(test)]
mod partner_tests {
    use super::*;

    #[test]
    fn b2_external_users_reset_with_email_only_and_are_always_in_scope() {
        let resource = Policy {
            scope: Scope::Selected(vec!["staff".into()]),
            methods_required: 2,
            methods: vec![Method::MobilePhone, Method::SecurityQuestions],
            ..Policy::default()
        };
        let p = external_policy(&resource);
        assert_eq!(
            (p.methods_required, p.methods.clone()),
            (1, vec![Method::Email])
        );
        let facts = |email: bool| UserFacts {
            enabled: true,
            data: MethodData {
                email,
                mobile_phone: true,
                questions: 5,
                ..MethodData::default()
            },
            ..UserFacts::default()
        };
        let ok = check_eligibility("sam@example.net", Some(&facts(true)), &p, &[]).unwrap();
        assert_eq!(ok.methods, vec![Method::Email]);
        assert_eq!(
            check_eligibility("sam@example.net", Some(&facts(false)), &p, &[]),
            Err(Ineligible::NotRegistered)
        );
        assert_eq!(p.password, resource.password);
        for k in ["member", "guest", "self_service", "invited"] {
            assert_eq!(AccountKind::parse(k).map(AccountKind::as_str), Some(k));
        }
    }

    #[test]
    fn issue12_a_recovery_code_resets_only_when_the_policy_says_and_methods_are_all_missing() {
        let mut policy = Policy {
            scope: Scope::All,
            ..Policy::default()
        };
        let nothing = UserFacts {
            enabled: true,
            ..UserFacts::default()
        };
        assert!(!recovery_reset_allowed(
            "a@contoso.com",
            &nothing,
            &policy,
            &[]
        ));
        policy.recovery_code_resets = true;
        assert!(recovery_reset_allowed(
            "a@contoso.com",
            &nothing,
            &policy,
            &[]
        ));
        // Out of scope, or on-premises without writeback: a code does not open a reset.
        policy.scope = Scope::None;
        assert!(!recovery_reset_allowed(
            "a@contoso.com",
            &nothing,
            &policy,
            &[]
        ));
        policy.scope = Scope::All;
        let on_premises = UserFacts {
            password_source: PasswordSource::Federated,
            ..nothing.clone()
        };
        assert!(!recovery_reset_allowed(
            "a@contoso.com",
            &on_premises,
            &policy,
            &[]
        ));
        policy.writeback = true;
        assert!(recovery_reset_allowed(
            "a@contoso.com",
            &on_premises,
            &policy,
            &[]
        ));
        // E5: a personal consumer account never.
        assert!(!recovery_reset_allowed(
            "a@outlook.com",
            &nothing,
            &policy,
            &["outlook.com".to_string()]
        ));
    }
}
