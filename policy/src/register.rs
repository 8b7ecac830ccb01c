//! Registration rules for security info (G3..G7, E3d, SPEC 16): which methods a user may
//! register, how far they are from the required number, and the checks on what they type
//! (alternate email, security questions). Owns these decisions; refuses to store anything,
//! send codes or hash answers (callers do, with the normalised answer this module gives).

use crate::eligibility::{TWO_GATE_METHODS, UserFacts, distinct_kinds};
use crate::limits::Limits;
use crate::model::{Method, Policy};

/// G6: the predefined questions (defined with the policy, which picks among them).
pub use crate::model::PREDEFINED_QUESTIONS;

/// Whether a stored question is one of the predefined ones (its text is then a Fluent id).
pub fn is_predefined(question: &str) -> bool {
    PREDEFINED_QUESTIONS.contains(&question)
}

/// Security answers are compared after normalisation: trimmed, lower case, inner whitespace
/// collapsed (V5). The same function decides duplicates at registration.
pub fn normalize_answer(a: &str) -> String {
    a.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The methods this user may register, in display order. Administrators get the two-gate
/// methods (E3d) whatever P3 says, never security questions; the office phone needs a paid
/// tenant (P3).
pub fn registrable(policy: &Policy, is_admin: bool, paid: bool) -> Vec<Method> {
    let candidates: Vec<Method> = if is_admin {
        TWO_GATE_METHODS.to_vec()
    } else {
        policy.methods.clone()
    };
    [
        Method::MobileAppCode,
        Method::MobileAppNotification,
        Method::MobilePhone,
        Method::OfficePhone,
        Method::Email,
        Method::SoftwareOath,
        Method::HardwareOath,
        Method::SecurityQuestions,
    ]
    .into_iter()
    .filter(|m| candidates.contains(m))
    .filter(|m| *m != Method::OfficePhone || paid)
    .filter(|m| !(is_admin && *m == Method::SecurityQuestions))
    .collect()
}

/// G7, M1, M2: how many distinct counting methods the user has data for, against the number
/// required (two for administrators, E3d).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Progress {
    pub have: usize,
    pub required: u8,
}

impl Progress {
    pub fn complete(self) -> bool {
        self.have >= self.required as usize
    }
}

pub fn progress(policy: &Policy, facts: &UserFacts, paid: bool) -> Progress {
    let methods: Vec<Method> = Method::ALL
        .into_iter()
        .filter(|m| {
            if facts.is_admin {
                TWO_GATE_METHODS.contains(m) && (*m != Method::OfficePhone || paid)
            } else {
                policy.counting(*m)
            }
        })
        .filter(|m| facts.data.has(*m, policy.questions_to_register))
        .collect();
    Progress {
        have: distinct_kinds(&methods),
        required: if facts.is_admin {
            2
        } else {
            policy.methods_required
        },
    }
}

/// P1, E3d: whether SSPR (and so registration) is on for this user at all.
pub fn sspr_enabled_for(policy: &Policy, facts: &UserFacts) -> bool {
    if facts.is_admin {
        return policy.admin_sspr;
    }
    match &policy.scope {
        crate::model::Scope::None => false,
        crate::model::Scope::All => true,
        crate::model::Scope::Selected(groups) => groups
            .iter()
            .any(|g| facts.groups.iter().any(|ug| ug.eq_ignore_ascii_case(g))),
    }
}

/// What is wrong with an authentication email; each maps to a Fluent id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailProblem {
    Shape,
    /// G4: it must differ from the account's own address.
    SameAsAccount,
}

impl EmailProblem {
    pub fn fluent_id(self) -> &'static str {
        match self {
            EmailProblem::Shape => "setup-err-email-shape",
            EmailProblem::SameAsAccount => "setup-err-email-same",
        }
    }
}

/// G4: a plausible address (one `@`, a dot in the domain, no spaces, <= 254 chars) that is
/// neither the user ID nor the primary address. Returns it trimmed.
pub fn check_auth_email(
    input: &str,
    upn: &str,
    primary: Option<&str>,
) -> Result<String, EmailProblem> {
    let a = input.trim();
    let ok = a.len() <= 254
        && !a.chars().any(|c| c.is_whitespace() || c.is_control())
        && match a.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if !ok {
        return Err(EmailProblem::Shape);
    }
    if a.eq_ignore_ascii_case(upn) || primary.is_some_and(|p| a.eq_ignore_ascii_case(p.trim())) {
        return Err(EmailProblem::SameAsAccount);
    }
    Ok(a.to_string())
}

/// What is wrong with a set of security questions and answers (G6, SPEC 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionProblem {
    /// P4: exactly this many must be registered.
    WrongCount {
        want: u8,
    },
    /// Not in the predefined list nor the tenant's own questions.
    UnknownQuestion,
    DuplicateQuestion,
    /// SPEC 16: answers 3..40 characters.
    AnswerLength,
    /// SPEC 16: no two answers alike (after normalisation).
    DuplicateAnswer,
}

impl QuestionProblem {
    pub fn fluent_id(self) -> &'static str {
        match self {
            QuestionProblem::WrongCount { .. } => "setup-err-questions-count",
            QuestionProblem::UnknownQuestion => "setup-err-questions-unknown",
            QuestionProblem::DuplicateQuestion => "setup-err-questions-duplicate",
            QuestionProblem::AnswerLength => "setup-err-answer-length",
            QuestionProblem::DuplicateAnswer => "setup-err-answer-duplicate",
        }
    }
}

/// Questions the tenant offers: the predefined ids it picked (P4), then the administrator's own.
pub fn offered_questions(policy: &Policy) -> Vec<String> {
    PREDEFINED_QUESTIONS
        .iter()
        .filter(|q| policy.offers_predefined(q))
        .map(|s| s.to_string())
        .chain(policy.custom_questions.iter().map(|q| q.trim().to_string()))
        .collect()
}

/// Issue 12 (P4): a question's wording for a reader of `lang` (a tag such as `pt-BR`) among
/// its `translations` (tag → text): that tag's, else the same language's in another region;
/// `None` shows the question as written. The server and the pages (wasm) both pick with it.
pub fn pick_translation<'t>(
    translations: &'t std::collections::BTreeMap<String, String>,
    lang: &str,
) -> Option<&'t str> {
    let primary = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
    translations
        .iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(lang))
        .or_else(|| {
            translations
                .iter()
                .find(|(tag, _)| primary(tag) == primary(lang))
        })
        .map(|(_, text)| text.trim())
}

/// Issue 12 (P4): an administrator's question in the reader's language, else as written.
/// Predefined questions are not looked up here (their wording is the pages' translation).
pub fn question_text<'p>(policy: &'p Policy, question: &'p str, lang: &str) -> &'p str {
    policy
        .question_translations
        .get(question.trim())
        .and_then(|tr| pick_translation(tr, lang))
        .unwrap_or(question)
}

/// Issue 12 (P4): the translations of the administrator's questions among `questions`, for
/// the pages to show each in the reader's language ([`pick_translation`]).
pub fn translations_of<'q>(
    policy: &Policy,
    questions: impl IntoIterator<Item = &'q String>,
) -> crate::model::Translations {
    questions
        .into_iter()
        .filter(|q| !is_predefined(q))
        .filter_map(|q| {
            policy
                .question_translations
                .get(q.trim())
                .map(|tr| (q.clone(), tr.clone()))
        })
        .collect()
}

/// G6: check the (question, answer) pairs a user submits; every problem found, once each.
pub fn check_questions(
    pairs: &[(String, String)],
    policy: &Policy,
    limits: &Limits,
) -> Vec<QuestionProblem> {
    let mut out = Vec::new();
    let mut push = |p: QuestionProblem| {
        if !out.contains(&p) {
            out.push(p);
        }
    };
    if pairs.len() != policy.questions_to_register as usize {
        push(QuestionProblem::WrongCount {
            want: policy.questions_to_register,
        });
    }
    let offered = offered_questions(policy);
    let mut questions: Vec<&str> = Vec::new();
    let mut answers: Vec<String> = Vec::new();
    for (q, a) in pairs {
        if !offered.iter().any(|o| o == q.trim()) {
            push(QuestionProblem::UnknownQuestion);
        }
        if questions.contains(&q.trim()) {
            push(QuestionProblem::DuplicateQuestion);
        }
        questions.push(q.trim());
        let n = a.trim().chars().count();
        if n < limits.answer_min_chars || n > limits.answer_max_chars {
            push(QuestionProblem::AnswerLength);
        }
        let norm = normalize_answer(a);
        if !norm.is_empty() && answers.contains(&norm) {
            push(QuestionProblem::DuplicateAnswer);
        }
        answers.push(norm);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eligibility::MethodData;
    use crate::model::PolicyError;

    fn policy(required: u8, methods: &[Method]) -> Policy {
        Policy {
            methods_required: required,
            methods: methods.to_vec(),
            custom_questions: vec!["Name of the office plant?".into()],
            ..Policy::default()
        }
    }

    #[test]
    fn e3d_admins_register_two_gate_methods_never_questions() {
        let p = policy(1, &[Method::Email, Method::SecurityQuestions]);
        assert_eq!(
            registrable(&p, false, false),
            vec![Method::Email, Method::SecurityQuestions]
        );
        assert_eq!(
            registrable(&p, true, false),
            vec![
                Method::MobileAppCode,
                Method::MobileAppNotification,
                Method::MobilePhone,
                Method::Email
            ]
        );
        assert!(registrable(&p, true, true).contains(&Method::OfficePhone));
    }

    #[test]
    fn g7_m1_m2_progress_counts_distinct_enabled_methods() {
        let p = policy(
            2,
            &[Method::Email, Method::MobilePhone, Method::MobileAppCode],
        );
        let mut facts = UserFacts {
            enabled: true,
            data: MethodData {
                email: true,
                ..MethodData::default()
            },
            ..UserFacts::default()
        };
        assert_eq!(
            progress(&p, &facts, false),
            Progress {
                have: 1,
                required: 2
            }
        );
        assert!(!progress(&p, &facts, false).complete());
        facts.data.mobile_phone = true;
        assert!(progress(&p, &facts, false).complete());
        // M2: data for a method the policy no longer enables does not count.
        facts.data.mobile_phone = false;
        facts.data.questions = 3;
        assert!(!progress(&p, &facts, false).complete());
        // E3d: administrators need two of the two-gate methods.
        let admin = UserFacts {
            is_admin: true,
            data: MethodData {
                email: true,
                questions: 5,
                ..MethodData::default()
            },
            ..facts
        };
        assert_eq!(
            progress(&policy(1, &[Method::Email]), &admin, false).required,
            2
        );
        assert!(!progress(&policy(1, &[Method::Email]), &admin, false).complete());
    }

    #[test]
    fn g4_alternate_email_must_differ_from_the_account() {
        let upn = "alice@demo.example";
        assert_eq!(
            check_auth_email(" alice@home.example ", upn, None),
            Ok("alice@home.example".into())
        );
        assert_eq!(
            check_auth_email("ALICE@demo.example", upn, None),
            Err(EmailProblem::SameAsAccount)
        );
        assert_eq!(
            check_auth_email("a.adams@corp.example", upn, Some("A.Adams@corp.example")),
            Err(EmailProblem::SameAsAccount)
        );
        for bad in [
            "",
            "alice",
            "a@b",
            "a b@c.example",
            "a@@c.example",
            "@c.example",
        ] {
            assert_eq!(
                check_auth_email(bad, upn, None),
                Err(EmailProblem::Shape),
                "{bad}"
            );
        }
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(q, a)| (q.to_string(), a.to_string()))
            .collect()
    }

    #[test]
    fn g6_questions_count_length_and_duplicates() {
        let p = policy(1, &[Method::SecurityQuestions]);
        let l = Limits::default();
        let good = pairs(&[
            ("sq-first-pet", "Rex"),
            ("sq-birth-city", "Osaka"),
            ("Name of the office plant?", "Fern"),
        ]);
        assert_eq!(check_questions(&good, &p, &l), vec![]);
        let cases = [
            (
                pairs(&[("sq-first-pet", "Rex"), ("sq-birth-city", "Osaka")]),
                vec![QuestionProblem::WrongCount { want: 3 }],
            ),
            (
                pairs(&[
                    ("sq-first-pet", "Rex"),
                    ("sq-first-pet", "Osaka"),
                    ("made up?", "Fern"),
                ]),
                vec![
                    QuestionProblem::DuplicateQuestion,
                    QuestionProblem::UnknownQuestion,
                ],
            ),
            (
                pairs(&[
                    ("sq-first-pet", "Rx"),
                    ("sq-birth-city", &"x".repeat(41)),
                    ("sq-first-car", "Corolla"),
                ]),
                vec![QuestionProblem::AnswerLength],
            ),
            (
                pairs(&[
                    ("sq-first-pet", "New  York"),
                    ("sq-birth-city", " new york"),
                    ("sq-first-car", "Corolla"),
                ]),
                vec![QuestionProblem::DuplicateAnswer],
            ),
        ];
        for (input, want) in cases {
            let mut got = check_questions(&input, &p, &l);
            got.sort_by_key(|p| p.fluent_id());
            let mut want = want;
            want.sort_by_key(|p| p.fluent_id());
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn g6_custom_questions_are_validated_with_the_policy() {
        let l = Limits::default();
        let mut p = Policy {
            scope: crate::model::Scope::All,
            ..policy(1, &[Method::Email])
        };
        assert!(p.validate(Default::default(), &l).is_ok());
        p.custom_questions = vec!["x".repeat(201)];
        assert!(p.validate(Default::default(), &l).is_err());
        p.custom_questions = vec!["Same?".into(), "same?".into()];
        assert!(p.validate(Default::default(), &l).is_err());
    }

    #[test]
    fn issue12_p4_custom_questions_are_shown_in_the_readers_language() {
        let l = Limits::default();
        let q = "Name of the office plant?";
        let mut p = Policy {
            scope: crate::model::Scope::All,
            custom_questions: vec![q.into()],
            ..policy(1, &[Method::Email])
        };
        p.question_translations.insert(
            q.into(),
            [
                ("ja-JP".to_string(), "オフィスの植物の名前は？".to_string()),
                (
                    "pt-PT".to_string(),
                    "Nome da planta do escritório?".to_string(),
                ),
            ]
            .into(),
        );
        assert!(p.validate(Default::default(), &l).is_ok());
        assert_eq!(question_text(&p, q, "ja-JP"), "オフィスの植物の名前は？");
        // The same language in another region, then the question as written.
        assert_eq!(
            question_text(&p, q, "pt-BR"),
            "Nome da planta do escritório?"
        );
        assert_eq!(question_text(&p, q, "de-DE"), q);
        assert_eq!(question_text(&p, "Other?", "ja-JP"), "Other?");
        // A translation of no question, a bad tag, an empty text: refused.
        for (question, tag, text) in [
            ("Gone?", "ja-JP", "x"),
            (q, "Japanese", "x"),
            (q, "ja-JP", " "),
        ] {
            let mut bad = p.clone();
            bad.question_translations
                .entry(question.into())
                .or_default()
                .insert(tag.into(), text.into());
            assert!(
                bad.validate(Default::default(), &l)
                    .is_err_and(|e| e.contains(&PolicyError::QuestionTranslationInvalid {
                        max_chars: l.custom_question_max_chars
                    })),
                "{question} {tag} {text:?}"
            );
        }
    }
}
