//! N1 password rules: length, the optional character-class rule, and Entra-style banned
//! password scoring (normalisation, edit distance 1, the user's name parts). Owns the verdict
//! and the live checklist the browser shows; refuses to hash or store anything.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// The tenant's password settings (SPEC 16 defaults).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(default, deny_unknown_fields)
)]
pub struct PasswordRules {
    pub min_chars: usize,
    pub max_chars: usize,
    /// Three of four classes (lower, upper, digit, symbol). On by default, as Entra; NIST
    /// 800-63B advises against it, so tenants may turn it off.
    pub require_classes: bool,
    /// The tenant's custom banned terms (<= 1000), added to the global list.
    pub banned: Vec<String>,
    /// Active Directory's complexity rule (`pwdProperties` bit 1, a fine-grained policy's
    /// `msDS-PasswordComplexityEnabled`): no part of the user's name of 3 characters or more,
    /// and three of five categories (the four above and letters that are neither upper nor
    /// lower case). Set by the directory's policy for on-premises users (issue 16); a tenant
    /// may set it for everyone.
    pub ad_complexity: bool,
}

impl Default for PasswordRules {
    fn default() -> Self {
        PasswordRules {
            min_chars: 8,
            max_chars: 256,
            require_classes: true,
            banned: Vec::new(),
            ad_complexity: false,
        }
    }
}

/// One rule of the live checklist; each maps to a Fluent id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    NeedsThreeClasses,
    /// Too close to a commonly used or banned password.
    Banned,
    /// Built on the user's own name.
    ContainsName,
    /// The confirmation differs.
    Mismatch,
}

impl PasswordProblem {
    pub fn fluent_id(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "pw-rule-length",
            PasswordProblem::TooLong => "pw-rule-max-length",
            PasswordProblem::NeedsThreeClasses => "pw-rule-classes",
            PasswordProblem::Banned => "pw-rule-banned",
            PasswordProblem::ContainsName => "pw-rule-name",
            PasswordProblem::Mismatch => "pw-rule-match",
        }
    }
}

/// Global banned terms, already normalised (see `normalize`). Short on purpose: the scoring
/// catches variants, and tenants add their own (company names, products, places).
pub const GLOBAL_BANNED: &[&str] = &[
    "password",
    "passw0rd",
    "welcome",
    "letmein",
    "qwerty",
    "qwertz",
    "azerty",
    "abc123",
    "l23456",
    "l234567",
    "l2345678",
    "iloveyou",
    "admin",
    "administrator",
    "login",
    "master",
    "monkey",
    "dragon",
    "sunshine",
    "football",
    "baseball",
    "princess",
    "shadow",
    "superman",
    "trustno",
    "changeme",
    "secret",
    "spring",
    "summer",
    "autumn",
    "winter",
    "default",
    "zaq",
    "asdf",
    "zxcvbn",
    "hello",
    "freedom",
    "whatever",
    "starwars",
    "pokemon",
];

/// Entra's normalisation: lower case and common substitutions 0->o 1->l $->s @->a (plus 3->e,
/// 5->s, 7->t, !->i as documented variants).
pub fn normalize(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '0' => 'o',
            '1' => 'l',
            '$' | '5' => 's',
            '@' => 'a',
            '3' => 'e',
            '7' => 't',
            '!' => 'i',
            c => c,
        })
        .collect()
}

fn edit_distance_at_most_one(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < la && j < lb {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match la.cmp(&lb) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (la - i) + (lb - j) <= 1
}

/// Entra's scoring: each banned term found (fuzzily, edit distance 1) in the normalised
/// password counts one point, every other character one point; fewer than 5 points fails.
/// Returns (points, whether a name part was found).
fn score(pw: &str, terms: &[(Vec<char>, bool)]) -> (usize, bool) {
    let p: Vec<char> = normalize(pw).chars().collect();
    let mut used = vec![false; p.len()];
    let mut points = 0;
    let mut name_hit = false;
    // Longer terms first, so "password" wins over "pass".
    let mut order: Vec<&(Vec<char>, bool)> = terms.iter().filter(|(t, _)| t.len() >= 3).collect();
    order.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    for (term, is_name) in order {
        let mut start = 0;
        while start < p.len() {
            let mut hit = None;
            for len in [term.len(), term.len() + 1, term.len().saturating_sub(1)] {
                if len == 0 || start + len > p.len() {
                    continue;
                }
                let window = &p[start..start + len];
                if used[start..start + len].iter().any(|u| *u) {
                    continue;
                }
                // Fuzzy matching only for terms of 4+ characters: "abc" must match exactly.
                let matches = if term.len() >= 4 {
                    edit_distance_at_most_one(window, term)
                } else {
                    window == &term[..]
                };
                if matches {
                    hit = Some(len);
                    break;
                }
            }
            match hit {
                Some(len) => {
                    used[start..start + len].iter_mut().for_each(|u| *u = true);
                    points += 1;
                    name_hit |= *is_name;
                    start += len;
                }
                None => start += 1,
            }
        }
    }
    points += used.iter().filter(|u| !**u).count();
    (points, name_hit)
}

/// Parts of the user's name (display name words, the user ID's local part split on
/// punctuation) of 3+ characters, in lower case. The scoring counts those of 4+ characters
/// (normalised); AD's complexity rule refuses any of them inside the password.
pub fn name_parts(user_id: &str, display_name: &str) -> Vec<String> {
    let local = user_id.split('@').next().unwrap_or("");
    local
        .split(|c: char| !c.is_alphanumeric())
        .chain(display_name.split(|c: char| !c.is_alphanumeric()))
        .filter(|p| p.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

/// The lines of the live checklist for these rules, in order: the same list wherever a
/// new password is chosen (reset, change, first password).
pub fn shown_rules(rules: &PasswordRules, names: &[String]) -> Vec<PasswordProblem> {
    let mut shown = vec![PasswordProblem::TooShort];
    if rules.require_classes || rules.ad_complexity {
        shown.push(PasswordProblem::NeedsThreeClasses);
    }
    shown.push(PasswordProblem::Banned);
    let scored_name = names.iter().any(|n| n.chars().count() >= 4);
    if scored_name || (rules.ad_complexity && !names.is_empty()) {
        shown.push(PasswordProblem::ContainsName);
    }
    shown.push(PasswordProblem::Mismatch);
    shown
}

/// Which classes the password has: lower, upper, digit, symbol, and (AD's fifth) letters
/// that are neither upper nor lower case.
fn classes(pw: &str) -> [bool; 5] {
    [
        pw.chars().any(|c| c.is_lowercase()),
        pw.chars().any(|c| c.is_uppercase()),
        pw.chars().any(|c| c.is_ascii_digit()),
        pw.chars().any(|c| !c.is_alphanumeric()),
        pw.chars()
            .any(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase()),
    ]
}

/// Every problem with `pw` (empty when it is acceptable). `confirm` is checked when given.
pub fn check_password(
    pw: &str,
    confirm: Option<&str>,
    rules: &PasswordRules,
    names: &[String],
) -> Vec<PasswordProblem> {
    let mut out = Vec::new();
    let n = pw.chars().count();
    if n < rules.min_chars {
        out.push(PasswordProblem::TooShort);
    }
    if n > rules.max_chars {
        out.push(PasswordProblem::TooLong);
    }
    if rules.require_classes || rules.ad_complexity {
        // Three of four is the stricter rule; AD's own counts a fifth category.
        let counted = if rules.require_classes { 4 } else { 5 };
        if classes(pw)[..counted].iter().filter(|c| **c).count() < 3 {
            out.push(PasswordProblem::NeedsThreeClasses);
        }
    }
    // AD: no name part of 3+ characters anywhere in the password, whatever surrounds it.
    let lower = pw.to_lowercase();
    if rules.ad_complexity && names.iter().any(|n| lower.contains(n.as_str())) {
        out.push(PasswordProblem::ContainsName);
    }
    // Issue 11: "not contain your name" means what it says. A name part of 4+ characters
    // anywhere in the password (look-alike digits and symbols read as letters) refuses it,
    // however many points the rest scores; the browser's checklist runs this same line.
    let folded = normalize(pw);
    if !out.contains(&PasswordProblem::ContainsName)
        && names
            .iter()
            .filter(|t| t.chars().count() >= 4)
            .any(|t| folded.contains(normalize(t).as_str()))
    {
        out.push(PasswordProblem::ContainsName);
    }
    // Scoring a too-short password adds nothing the length rule hasn't said.
    // Past the maximum, scoring (linear in the banned list) is skipped: TooLong says it all.
    if n >= rules.min_chars && n <= rules.max_chars {
        let mut terms: Vec<(Vec<char>, bool)> = GLOBAL_BANNED
            .iter()
            .map(|t| (t.chars().collect(), false))
            .collect();
        terms.extend(
            rules
                .banned
                .iter()
                .map(|t| (normalize(t).chars().collect(), false)),
        );
        terms.extend(
            names
                .iter()
                .filter(|t| t.chars().count() >= 4)
                .map(|t| (normalize(t).chars().collect(), true)),
        );
        let (points, name_hit) = score(pw, &terms);
        let problem = match name_hit {
            true => PasswordProblem::ContainsName,
            false => PasswordProblem::Banned,
        };
        if points < 5 && !out.contains(&problem) {
            out.push(problem);
        }
    }
    if let Some(c) = confirm
        && c != pw
    {
        out.push(PasswordProblem::Mismatch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use PasswordProblem::*;

    fn check(pw: &str) -> Vec<PasswordProblem> {
        check_password(
            pw,
            None,
            &PasswordRules::default(),
            &name_parts("john.smith@contoso.com", "John Smith"),
        )
    }

    #[test]
    fn n1_length_and_classes() {
        let cases: &[(&str, &[PasswordProblem])] = &[
            ("Ab1!", &[TooShort]),
            ("correcthorsebattery", &[NeedsThreeClasses]),
            ("Correct-horse-battery", &[]),
            ("Blue7Kite4Lamp", &[]),
        ];
        for (pw, want) in cases {
            assert_eq!(&check(pw), want, "{pw}");
        }
        assert_eq!(check(&"Ab1!".repeat(65)), vec![TooLong]);
        // A huge input is refused on length alone, without scoring it against the list.
        assert_eq!(check(&"Password1!".repeat(100_000)), vec![TooLong]);
    }

    #[test]
    fn n1_character_class_rule_can_be_turned_off() {
        let rules = PasswordRules {
            require_classes: false,
            ..PasswordRules::default()
        };
        assert!(check_password("correcthorsebattery", None, &rules, &[]).is_empty());
    }

    #[test]
    fn n1_banned_list_normalisation_and_edit_distance_one() {
        for pw in [
            "Password1!",
            "P@$$w0rd1!",
            "Passwprd1!",
            "Welcome1!",
            "Qwerty12!",
            "Pasword12!",
        ] {
            assert_eq!(check(pw), vec![Banned], "{pw}");
        }
        // Enough other material around a banned term passes (5 points or more).
        assert!(check("Password+Kite-Lamp9").is_empty());
    }

    #[test]
    fn n1_custom_banned_terms() {
        let rules = PasswordRules {
            banned: vec!["Contoso".into()],
            ..PasswordRules::default()
        };
        assert_eq!(
            check_password("C0nt0so12!", None, &rules, &[]),
            vec![Banned]
        );
        assert!(check_password("C0nt0so12!", None, &PasswordRules::default(), &[]).is_empty());
    }

    #[test]
    fn n1_user_name_parts_of_four_chars_or_more() {
        assert_eq!(check("Smith12!"), vec![ContainsName]);
        assert_eq!(check("J0hnSmith!"), vec![ContainsName]);
        assert_eq!(name_parts("jo.li@c.com", "Jo Li"), Vec::<String>::new());
    }

    #[test]
    fn issue11_a_password_holding_the_name_is_refused_whatever_it_scores() {
        let names = name_parts("alice@demo.example", "Alice Adams");
        let r = check_password("Alice12345!", None, &PasswordRules::default(), &names);
        assert_eq!(r, vec![ContainsName]);
        let r = check_password("My-@l!ce-Kite-42", None, &PasswordRules::default(), &names);
        assert_eq!(r, vec![ContainsName]);
        let r = check_password("Blue7Kite4Lamp", None, &PasswordRules::default(), &names);
        assert!(r.is_empty(), "{r:?}");
    }

    #[test]
    fn n1_confirmation_must_match() {
        let r = check_password(
            "Blue7Kite4Lamp",
            Some("Blue7Kite4Lamq"),
            &PasswordRules::default(),
            &[],
        );
        assert_eq!(r, vec![Mismatch]);
    }

    #[test]
    fn edit_distance_one_cases() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(edit_distance_at_most_one(&c("password"), &c("passwrd")));
        assert!(edit_distance_at_most_one(&c("password"), &c("passwordx")));
        assert!(edit_distance_at_most_one(&c("password"), &c("passwerd")));
        assert!(!edit_distance_at_most_one(&c("password"), &c("pasword12")));
        assert!(!edit_distance_at_most_one(&c("password"), &c("psasword")));
    }
}
