//! Sign-in rules for the security-info portal (issue 3): Entra-style smart lockout (G1) and
//! the sign-in interrupt for registration (G2, G7) and reconfirmation (C1, C2, P5, P6). Owns
//! the decisions; refuses to store failures or read a clock (callers pass `now` and the
//! failures they kept, each with a keyed fingerprint of the wrong password).

use crate::UnixTime;
use crate::model::Policy;

/// Smart lockout settings (Entra: 10 failures, then a lockout that starts at 60 s and grows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lockout {
    pub threshold: u32,
    pub first_lock_secs: i64,
    pub max_lock_secs: i64,
}

impl Default for Lockout {
    fn default() -> Self {
        Lockout {
            threshold: 10,
            first_lock_secs: 60,
            max_lock_secs: 24 * 3600,
        }
    }
}

/// One failed sign-in since the last successful one. `fingerprint` identifies the wrong
/// password (an HMAC the caller computes), so repeats of the same one count once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    pub at: UnixTime,
    pub fingerprint: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInGate {
    Open,
    Locked { until: UnixTime },
}

impl Lockout {
    /// The threshold-th distinct wrong password locks for `first_lock_secs`; each further
    /// distinct one while the count stands locks again for twice as long (capped).
    pub fn gate(&self, failures: &[Failure], now: UnixTime) -> SignInGate {
        let mut sorted = failures.to_vec();
        sorted.sort_by_key(|f| f.at);
        let mut seen: Vec<u64> = Vec::new();
        let mut distinct_times = Vec::new();
        for f in sorted {
            if !seen.contains(&f.fingerprint) {
                seen.push(f.fingerprint);
                distinct_times.push(f.at);
            }
        }
        let n = distinct_times.len() as u32;
        if n < self.threshold.max(1) {
            return SignInGate::Open;
        }
        let extra = n - self.threshold.max(1);
        let secs = self
            .first_lock_secs
            .saturating_mul(1_i64 << extra.min(30))
            .min(self.max_lock_secs);
        let until = distinct_times[distinct_times.len() - 1] + secs;
        if now < until {
            SignInGate::Locked { until }
        } else {
            SignInGate::Open
        }
    }
}

/// What signing in leads to before the user reaches the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupt {
    None,
    /// G2: *help us protect your account*; cancelling is allowed, it returns next sign-in.
    Register,
    /// C1: confirm (or edit) the registered info.
    Reconfirm,
}

/// G2, G7, C1, C2 (P5, P6). `has_enough`: data for the required number of methods now;
/// `registered_at`: when registration was last complete; `last_confirmed_at`: C1's clock.
pub fn sign_in_interrupt(
    policy: &Policy,
    has_enough: bool,
    registered_at: Option<UnixTime>,
    last_confirmed_at: Option<UnixTime>,
    now: UnixTime,
) -> Interrupt {
    if !policy.require_registration {
        return Interrupt::None;
    }
    if registered_at.is_none() {
        return if has_enough {
            Interrupt::Reconfirm
        } else {
            Interrupt::Register
        };
    }
    let period = i64::from(policy.reconfirm_days) * 86_400;
    let due = policy.reconfirm_days > 0
        && last_confirmed_at
            .or(registered_at)
            .is_some_and(|t| now - t >= period);
    // C2: having deleted a method below the requirement does not bring the prompt forward;
    // when the period ends the user registers again (or confirms, if they have enough).
    match (due, has_enough) {
        (false, _) => Interrupt::None,
        (true, true) => Interrupt::Reconfirm,
        (true, false) => Interrupt::Register,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(at: i64, fp: u64) -> Failure {
        Failure {
            at,
            fingerprint: fp,
        }
    }

    #[test]
    fn g1_smart_lockout_after_ten_distinct_wrong_passwords_for_60s() {
        let l = Lockout::default();
        let nine: Vec<Failure> = (0..9).map(|i| f(i, i as u64)).collect();
        assert_eq!(l.gate(&nine, 20), SignInGate::Open);
        let ten: Vec<Failure> = (0..10).map(|i| f(i, i as u64)).collect();
        assert_eq!(l.gate(&ten, 20), SignInGate::Locked { until: 9 + 60 });
        assert_eq!(l.gate(&ten, 69), SignInGate::Open);
    }

    #[test]
    fn g1_repeats_of_the_same_wrong_password_do_not_count() {
        let l = Lockout::default();
        let same: Vec<Failure> = (0..50).map(|i| f(i, 7)).collect();
        assert_eq!(l.gate(&same, 60), SignInGate::Open);
    }

    #[test]
    fn g1_lockout_grows_with_each_further_failure_and_is_capped() {
        let l = Lockout::default();
        let cases = [(11, 120), (12, 240), (13, 480), (30, 86_400)];
        for (n, secs) in cases {
            let fs: Vec<Failure> = (0..n).map(|i| f(i * 1000, i as u64)).collect();
            let last = (n - 1) * 1000;
            assert_eq!(
                l.gate(&fs, last),
                SignInGate::Locked { until: last + secs },
                "{n} failures"
            );
        }
    }

    fn policy(days: u16) -> Policy {
        Policy {
            require_registration: true,
            reconfirm_days: days,
            ..Policy::default()
        }
    }

    const DAY: i64 = 86_400;

    #[test]
    fn g2_unregistered_users_are_asked_at_every_sign_in() {
        for _ in 0..3 {
            assert_eq!(
                sign_in_interrupt(&policy(180), false, None, None, 10 * DAY),
                Interrupt::Register
            );
        }
        let p5_off = Policy {
            require_registration: false,
            ..policy(180)
        };
        assert_eq!(
            sign_in_interrupt(&p5_off, false, None, None, 10 * DAY),
            Interrupt::None
        );
    }

    #[test]
    fn c1_reconfirmation_after_p6_days_and_never_with_zero() {
        let cases = [
            (179, Interrupt::None),
            (180, Interrupt::Reconfirm),
            (400, Interrupt::Reconfirm),
        ];
        for (days, want) in cases {
            assert_eq!(
                sign_in_interrupt(&policy(180), true, Some(0), Some(0), days * DAY),
                want,
                "{days} days"
            );
        }
        assert_eq!(
            sign_in_interrupt(&policy(0), true, Some(0), Some(0), 1000 * DAY),
            Interrupt::None
        );
        // Confirming stamps the date: asked again only a full period later.
        assert_eq!(
            sign_in_interrupt(&policy(180), true, Some(0), Some(200 * DAY), 300 * DAY),
            Interrupt::None
        );
    }

    #[test]
    fn c2_deleting_a_method_does_not_bring_the_prompt_forward() {
        // Two methods required, one deleted on day 10: no prompt until the period ends.
        assert_eq!(
            sign_in_interrupt(&policy(180), false, Some(0), Some(0), 11 * DAY),
            Interrupt::None
        );
        assert_eq!(
            sign_in_interrupt(&policy(180), false, Some(0), Some(0), 180 * DAY),
            Interrupt::Register
        );
    }
}
