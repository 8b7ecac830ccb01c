//! N1, issue 16: the on-premises directory's own password policy for one user (OpenLDAP
//! ppolicy, Active Directory's domain policy or a fine-grained one), merged with the
//! tenant's rules into the one set the browser shows and the server checks. Owns the merge
//! and the list of what only the directory can check; refuses to read a directory (the
//! server's connector does, and passes the numbers in).

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::password::PasswordRules;

/// What the directory enforces on a new password for one user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct DirectoryRules {
    /// Fewest characters (OpenLDAP `pwdMinLength` when `pwdCheckQuality` is on; AD
    /// `minPwdLength` or `msDS-MinimumPasswordLength`); 0: none.
    pub min_chars: usize,
    /// Most characters (OpenLDAP `pwdMaxLength`); 0: no limit.
    pub max_chars: usize,
    /// AD's complexity rule (`pwdProperties` bit 1, `msDS-PasswordComplexityEnabled`).
    pub complexity: bool,
    /// Earlier passwords the directory refuses to take again (`pwdInHistory`,
    /// `pwdHistoryLength`, `msDS-PasswordHistoryLength`); 0: none.
    pub history: u32,
    /// Seconds a password must be kept before it may change (`pwdMinAge`, `minPwdAge`,
    /// `msDS-MinimumPasswordAge`); 0: none.
    pub min_age_secs: u64,
    /// OpenLDAP: a quality module (`pwdCheckModule`, `pwdUseCheckModule`) whose rules are
    /// its own.
    pub check_module: bool,
}

/// A rule the directory enforces that the browser cannot check (it needs the user's
/// earlier passwords or the time of the last change): shown as a line of its own, checked
/// when the password is submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum Unchecked {
    /// Not one of the last `n` passwords.
    History(u32),
    /// Kept at least this many days (rounded up) before the next change.
    MinAgeDays(u64),
    /// The directory's own quality module has further rules.
    QualityModule,
}

impl Unchecked {
    pub fn fluent_id(self) -> &'static str {
        match self {
            Unchecked::History(_) => "pw-dir-history",
            Unchecked::MinAgeDays(_) => "pw-dir-min-age",
            Unchecked::QualityModule => "pw-dir-module",
        }
    }

    /// The number the sentence carries (`$n`), if any.
    pub fn count(self) -> u64 {
        match self {
            Unchecked::History(n) => n.into(),
            Unchecked::MinAgeDays(d) => d,
            Unchecked::QualityModule => 0,
        }
    }
}

impl DirectoryRules {
    /// The lines for what only the directory can check, in a fixed order.
    pub fn unchecked(&self) -> Vec<Unchecked> {
        let mut out = Vec::new();
        if self.history > 0 {
            out.push(Unchecked::History(self.history));
        }
        if self.min_age_secs > 0 {
            out.push(Unchecked::MinAgeDays(self.min_age_secs.div_ceil(86_400)));
        }
        if self.check_module {
            out.push(Unchecked::QualityModule);
        }
        out
    }
}

impl PasswordRules {
    /// The stricter of each rule: the tenant's and the directory's. The banned list and its
    /// scoring stay the tenant's (the directory has none the portal can read).
    pub fn with_directory(&self, d: &DirectoryRules) -> PasswordRules {
        let max_chars = match d.max_chars {
            0 => self.max_chars,
            m => self.max_chars.min(m),
        };
        PasswordRules {
            min_chars: self.min_chars.max(d.min_chars),
            max_chars,
            require_classes: self.require_classes,
            banned: self.banned.clone(),
            ad_complexity: self.ad_complexity || d.complexity,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PasswordProblem::*;
    use crate::password::{check_password, name_parts, shown_rules};

    fn ad() -> DirectoryRules {
        DirectoryRules {
            min_chars: 12,
            complexity: true,
            history: 24,
            min_age_secs: 86_400 + 1,
            ..DirectoryRules::default()
        }
    }

    #[test]
    fn issue16_the_stricter_of_each_rule_applies() {
        let tenant = PasswordRules::default();
        let merged = tenant.with_directory(&ad());
        assert_eq!(merged.min_chars, 12);
        assert_eq!(merged.max_chars, 256);
        assert!(merged.ad_complexity && merged.require_classes);
        // The tenant's longer minimum wins over a shorter directory one.
        let strict = PasswordRules {
            min_chars: 14,
            ..PasswordRules::default()
        };
        assert_eq!(strict.with_directory(&ad()).min_chars, 14);
        let capped = DirectoryRules {
            max_chars: 64,
            ..DirectoryRules::default()
        };
        assert_eq!(tenant.with_directory(&capped).max_chars, 64);
        // A directory without a policy changes nothing.
        assert_eq!(tenant.with_directory(&DirectoryRules::default()), tenant);
    }

    #[test]
    fn issue16_a_ten_character_password_is_too_short_for_a_twelve_character_directory() {
        let merged = PasswordRules::default().with_directory(&ad());
        let names = name_parts("olga@contoso.example", "Olga Onprem");
        assert_eq!(
            check_password("Tidal-Orb5", None, &merged, &names),
            vec![TooShort]
        );
        assert!(check_password("Tidal-Orb5", None, &PasswordRules::default(), &names).is_empty());
    }

    #[test]
    fn issue16_ad_complexity_refuses_any_name_part_of_three_characters() {
        let rules = PasswordRules {
            ad_complexity: true,
            ..PasswordRules::default()
        };
        let names = name_parts("bob.lee@contoso.example", "Bob Lee");
        // Scoring alone ignores three-letter name parts and accepts this.
        assert!(
            check_password("Kite-Lamp-Bob-77", None, &PasswordRules::default(), &names).is_empty()
        );
        assert_eq!(
            check_password("Kite-Lamp-BOB-77", None, &rules, &names),
            vec![ContainsName]
        );
        // Even a password too short for the rest says it.
        assert_eq!(
            check_password("bob1!X", None, &rules, &names),
            vec![TooShort, ContainsName]
        );
        assert!(shown_rules(&rules, &names).contains(&ContainsName));
        assert!(!shown_rules(&PasswordRules::default(), &names).contains(&ContainsName));
    }

    #[test]
    fn issue16_ad_counts_a_fifth_category_when_the_tenant_asks_for_no_classes() {
        let rules = PasswordRules {
            require_classes: false,
            ad_complexity: true,
            ..PasswordRules::default()
        };
        // Lower, upper and letters without case (kana): three of AD's five.
        assert!(check_password("kiteLAMPかきくけこ", None, &rules, &[]).is_empty());
        assert_eq!(
            check_password("kitelampかきくけこ", None, &rules, &[]),
            vec![NeedsThreeClasses]
        );
        // The tenant's three of four stays the stricter rule when it is on.
        let both = PasswordRules {
            ad_complexity: true,
            ..PasswordRules::default()
        };
        assert_eq!(
            check_password("kiteLAMPかきくけこ", None, &both, &[]),
            vec![NeedsThreeClasses]
        );
    }

    #[test]
    fn issue16_history_and_minimum_age_are_lines_of_their_own() {
        assert_eq!(
            ad().unchecked(),
            vec![Unchecked::History(24), Unchecked::MinAgeDays(2)]
        );
        let module = DirectoryRules {
            check_module: true,
            ..DirectoryRules::default()
        };
        assert_eq!(module.unchecked(), vec![Unchecked::QualityModule]);
        assert!(DirectoryRules::default().unchecked().is_empty());
    }
}
