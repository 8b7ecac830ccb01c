//! N1, issue 16: the directory's effective password policy for one user, read over the
//! service account's connection and kept for a minute. OpenLDAP: the user's own
//! `pwdPolicySubentry`, else the configured `password_policy_dn` (slapd's `ppolicy_default`),
//! else the only `pwdPolicy` entry under `base_dn`. Active Directory: the user's
//! `msDS-ResultantPSO` (a fine-grained policy), else the domain's policy. Owns that reading
//! and its cache; refuses to decide what the rules mean (`sspr_policy::onprem` merges them).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use ldap3::{Scope, SearchEntry};
use sspr_policy::DirectoryRules;

use super::{DirectoryError, DirectoryKind, Ldap, entries, first, unavailable};

/// How long a user's policy is reused: long enough for one new-password step (the page,
/// then the submission), short enough that an administrator's change shows within a minute.
const TTL: Duration = Duration::from_secs(60);
/// Beyond this many users the cache starts again (it holds no secret, only numbers).
const MAX_ENTRIES: usize = 10_000;

/// The policies read lately, by user ID.
#[derive(Default)]
pub(super) struct RulesCache(Mutex<HashMap<String, (Instant, DirectoryRules)>>);

impl RulesCache {
    fn get(&self, upn: &str, now: Instant) -> Option<DirectoryRules> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(upn)
            .filter(|(at, _)| now.duration_since(*at) < TTL)
            .map(|(_, r)| r.clone())
    }

    fn put(&self, upn: &str, now: Instant, rules: DirectoryRules) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(upn.to_string(), (now, rules));
    }
}

/// One entry's attributes, read with a base search.
async fn entry(
    ldap: &mut ldap3::Ldap,
    dn: &str,
    attrs: Vec<&str>,
) -> Result<Option<SearchEntry>, DirectoryError> {
    let (found, _) = ldap
        .search(dn, Scope::Base, "(objectClass=*)", attrs)
        .await
        .map_err(unavailable)?
        .success()
        .map_err(unavailable)?;
    Ok(found.into_iter().next().map(SearchEntry::construct))
}

fn number(e: &SearchEntry, attr: &str) -> i64 {
    first(e, attr)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

fn flag(e: &SearchEntry, attr: &str) -> bool {
    first(e, attr).is_some_and(|v| v.eq_ignore_ascii_case("TRUE"))
}

/// OpenLDAP ppolicy's rules from a `pwdPolicy` entry. `pwdMinLength` counts only when
/// quality checking is on (`pwdCheckQuality` 1 or 2), as slapd applies it.
pub fn openldap_rules(e: &SearchEntry) -> DirectoryRules {
    let quality = number(e, "pwdCheckQuality") > 0;
    DirectoryRules {
        min_chars: if quality {
            number(e, "pwdMinLength").max(0) as usize
        } else {
            0
        },
        max_chars: if quality {
            number(e, "pwdMaxLength").max(0) as usize
        } else {
            0
        },
        complexity: false,
        history: number(e, "pwdInHistory").clamp(0, u32::MAX.into()) as u32,
        min_age_secs: number(e, "pwdMinAge").max(0) as u64,
        check_module: quality
            && (first(e, "pwdCheckModule").is_some() || flag(e, "pwdUseCheckModule")),
    }
}

/// Active Directory's rules from the domain object or a password settings object. The
/// minimum age (`minPwdAge`) is not read: AD holds a user's own change to it, not a reset
/// by the service account, which is what writeback does. History is enforced on resets
/// too, through the policy-hints control the writeback sends.
pub fn ad_rules(e: &SearchEntry, pso: bool) -> DirectoryRules {
    let (min, complex, history) = if pso {
        (
            number(e, "msDS-MinimumPasswordLength"),
            flag(e, "msDS-PasswordComplexityEnabled"),
            number(e, "msDS-PasswordHistoryLength"),
        )
    } else {
        (
            number(e, "minPwdLength"),
            number(e, "pwdProperties") & 1 == 1,
            number(e, "pwdHistoryLength"),
        )
    };
    DirectoryRules {
        min_chars: min.max(0) as usize,
        max_chars: 0,
        complexity: complex,
        history: history.clamp(0, u32::MAX.into()) as u32,
        min_age_secs: 0,
        check_module: false,
    }
}

const PPOLICY_ATTRS: [&str; 7] = [
    "pwdMinLength",
    "pwdMaxLength",
    "pwdCheckQuality",
    "pwdInHistory",
    "pwdMinAge",
    "pwdCheckModule",
    "pwdUseCheckModule",
];

/// The rules in a line for `sspr directory test` (an administrator's English, not the
/// users' checklist): `at least 12 characters, complexity, not the last 5 passwords`.
pub fn describe(r: &DirectoryRules) -> String {
    let mut parts = Vec::new();
    if r.min_chars > 0 {
        parts.push(format!("at least {} characters", r.min_chars));
    }
    if r.max_chars > 0 {
        parts.push(format!("at most {} characters", r.max_chars));
    }
    if r.complexity {
        parts.push("complexity (three of five kinds of character, no part of the name)".into());
    }
    if r.history > 0 {
        parts.push(format!("not the last {} passwords", r.history));
    }
    if r.min_age_secs > 0 {
        parts.push(format!("kept {} s before the next change", r.min_age_secs));
    }
    if r.check_module {
        parts.push("a quality module's own rules".into());
    }
    if parts.is_empty() {
        "none found (the tenant's rules apply alone)".into()
    } else {
        parts.join(", ")
    }
}

impl Ldap {
    /// The directory's rules for `upn`, from the cache when read within the minute.
    pub async fn rules(&self, upn: &str) -> Result<DirectoryRules, DirectoryError> {
        let key = upn.to_lowercase();
        if let Some(r) = self.rules_cache.get(&key, Instant::now()) {
            return Ok(r);
        }
        let (mut ldap, dn) = self.service(upn).await?;
        let read = match self.cfg.kind {
            DirectoryKind::Openldap => self.openldap(&mut ldap, &dn).await,
            DirectoryKind::ActiveDirectory => self.active_directory(&mut ldap, &dn).await,
        };
        let _ = ldap.unbind().await;
        let rules = read?;
        self.rules_cache.put(&key, Instant::now(), rules.clone());
        Ok(rules)
    }

    async fn openldap(
        &self,
        ldap: &mut ldap3::Ldap,
        dn: &str,
    ) -> Result<DirectoryRules, DirectoryError> {
        let own = entry(ldap, dn, vec!["pwdPolicySubentry"])
            .await?
            .and_then(|e| first(&e, "pwdPolicySubentry"));
        let policy_dn = match own.or_else(|| self.cfg.password_policy_dn.clone()) {
            Some(p) => p,
            None => {
                // No default named: the directory's only policy is its default.
                let found = entries(
                    ldap,
                    &self.cfg.base_dn,
                    "(objectClass=pwdPolicy)",
                    PPOLICY_ATTRS.to_vec(),
                )
                .await?;
                return Ok(match found.as_slice() {
                    [one] => openldap_rules(one),
                    _ => DirectoryRules::default(),
                });
            }
        };
        Ok(entry(ldap, &policy_dn, PPOLICY_ATTRS.to_vec())
            .await?
            .map(|e| openldap_rules(&e))
            .unwrap_or_default())
    }

    async fn active_directory(
        &self,
        ldap: &mut ldap3::Ldap,
        dn: &str,
    ) -> Result<DirectoryRules, DirectoryError> {
        let pso = entry(ldap, dn, vec!["msDS-ResultantPSO"])
            .await?
            .and_then(|e| first(&e, "msDS-ResultantPSO"));
        if let Some(pso) = pso {
            let e = entry(
                ldap,
                &pso,
                vec![
                    "msDS-MinimumPasswordLength",
                    "msDS-PasswordComplexityEnabled",
                    "msDS-PasswordHistoryLength",
                ],
            )
            .await?;
            // Every setting is mandatory on a PSO: none seen means the service account may
            // not read it, and the domain's policy would be the wrong one to show.
            return match e.filter(|e| first(e, "msDS-MinimumPasswordLength").is_some()) {
                Some(e) => Ok(ad_rules(&e, true)),
                None => Err(DirectoryError::Unavailable(format!(
                    "{dn}'s fine-grained password policy {pso} cannot be read: the service account needs read on the Password Settings Container"
                ))),
            };
        }
        let domain = entry(ldap, "", vec!["defaultNamingContext"])
            .await?
            .and_then(|e| first(&e, "defaultNamingContext"))
            .unwrap_or_else(|| self.cfg.base_dn.clone());
        Ok(entry(
            ldap,
            &domain,
            vec!["minPwdLength", "pwdProperties", "pwdHistoryLength"],
        )
        .await?
        .map(|e| ad_rules(&e, false))
        .unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(attrs: &[(&str, &str)]) -> SearchEntry {
        SearchEntry {
            dn: "cn=p".into(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
                .collect(),
            bin_attrs: Default::default(),
        }
    }

    #[test]
    fn issue16_ppolicy_length_counts_only_with_quality_checking() {
        let on = e(&[
            ("pwdMinLength", "12"),
            ("pwdCheckQuality", "2"),
            ("pwdInHistory", "5"),
            ("pwdMinAge", "3600"),
        ]);
        let r = openldap_rules(&on);
        assert_eq!((r.min_chars, r.history, r.min_age_secs), (12, 5, 3600));
        assert!(!r.check_module && !r.complexity);
        let off = e(&[("pwdMinLength", "12"), ("pwdCheckQuality", "0")]);
        assert_eq!(openldap_rules(&off).min_chars, 0);
        let module = e(&[("pwdCheckQuality", "1"), ("pwdCheckModule", "ppm.so")]);
        assert!(openldap_rules(&module).check_module);
    }

    #[test]
    fn issue16_ad_domain_and_fine_grained_policies() {
        let domain = e(&[
            ("minPwdLength", "12"),
            ("pwdProperties", "1"),
            ("pwdHistoryLength", "24"),
            ("minPwdAge", "-864000000000"),
        ]);
        let r = ad_rules(&domain, false);
        assert_eq!((r.min_chars, r.complexity, r.history), (12, true, 24));
        // A reset is not held to the minimum age.
        assert_eq!(r.min_age_secs, 0);
        assert!(!ad_rules(&e(&[("pwdProperties", "2")]), false).complexity);
        let pso = e(&[
            ("msDS-MinimumPasswordLength", "16"),
            ("msDS-PasswordComplexityEnabled", "FALSE"),
        ]);
        let r = ad_rules(&pso, true);
        assert_eq!((r.min_chars, r.complexity), (16, false));
    }

    #[test]
    fn issue16_the_cache_keeps_a_policy_for_a_minute() {
        let c = RulesCache::default();
        let t = Instant::now();
        let r = DirectoryRules {
            min_chars: 12,
            ..DirectoryRules::default()
        };
        c.put("olga@contoso.example", t, r.clone());
        assert_eq!(
            c.get("olga@contoso.example", t + Duration::from_secs(59)),
            Some(r)
        );
        assert_eq!(c.get("olga@contoso.example", t + TTL), None);
        assert_eq!(c.get("pete@contoso.example", t), None);
    }
}
