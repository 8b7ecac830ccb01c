//! Sliding-window throttles of SPEC 16 (failed verifications, emails sent): N events within a
//! window block until `block` after the last one. Owns the arithmetic; refuses to store events.

use crate::UnixTime;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub max: u32,
    pub window_secs: i64,
    pub block_secs: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    Open { remaining: u32 },
    Blocked { until: UnixTime },
}

impl Window {
    /// Decide from past event times (any order) at `now`. Events older than the block period
    /// no longer matter, so callers may prune them.
    pub fn gate(&self, events: &[UnixTime], now: UnixTime) -> Gate {
        let mut ev: Vec<UnixTime> = events.iter().copied().filter(|t| *t <= now).collect();
        ev.sort_unstable();
        // Blocked when some run of `max` events fits inside the window and the block since the
        // last event of that run has not yet elapsed; later events extend the block.
        let m = self.max as usize;
        if m > 0 && ev.len() >= m {
            for i in (m - 1..ev.len()).rev() {
                if ev[i] - ev[i + 1 - m] < self.window_secs {
                    let last = *ev.last().unwrap_or(&ev[i]);
                    let until = last + self.block_secs;
                    if now < until {
                        return Gate::Blocked { until };
                    }
                    break;
                }
            }
        }
        let recent = ev.iter().filter(|t| now - **t < self.window_secs).count() as u32;
        Gate::Open {
            remaining: self.max.saturating_sub(recent),
        }
    }
}

/// A rolling quota (issue 10): at most `max` events in any `window_secs`; `max == 0` is no
/// limit. Unlike [`Window`] nothing is blocked beyond the window: the next event is allowed
/// as soon as the oldest counted one leaves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub max: u32,
    pub window_secs: i64,
}

impl Quota {
    /// How far back the store must look for [`Quota::refused_until`]'s argument.
    pub fn since(&self, now: UnixTime) -> UnixTime {
        now - self.window_secs
    }

    /// `nth_newest`: the time of the `max`-th newest event after [`Quota::since`] (none if
    /// fewer). Refused until that event leaves the window, if it has not yet.
    pub fn refused_until(&self, nth_newest: Option<UnixTime>, now: UnixTime) -> Option<UnixTime> {
        if self.max == 0 {
            return None;
        }
        nth_newest
            .map(|t| t + self.window_secs)
            .filter(|until| *until > now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue10_a_quota_refuses_the_max_plus_first_until_the_oldest_leaves() {
        let q = Quota {
            max: 3,
            window_secs: 100,
        };
        let now = 1_000;
        // Fewer than max events in the window: allowed.
        assert_eq!(q.refused_until(None, now), None);
        // The third newest at 950: refused until 1050.
        assert_eq!(q.refused_until(Some(950), now), Some(1_050));
        // The third newest is just leaving the window.
        assert_eq!(q.refused_until(Some(900), now), None);
        assert_eq!(q.since(now), 900);
        let off = Quota {
            max: 0,
            window_secs: 100,
        };
        assert_eq!(off.refused_until(Some(999), now), None);
    }

    const VERIFY: Window = Window {
        max: 5,
        window_secs: 3600,
        block_secs: 86400,
    };
    const EMAIL: Window = Window {
        max: 10,
        window_secs: 600,
        block_secs: 86400,
    };

    #[test]
    fn spec16_five_failed_verifications_per_hour_then_24h_block() {
        let t0 = 1_000_000;
        let four: Vec<i64> = (0..4).map(|i| t0 + i * 60).collect();
        assert_eq!(VERIFY.gate(&four, t0 + 300), Gate::Open { remaining: 1 });
        let five: Vec<i64> = (0..5).map(|i| t0 + i * 60).collect();
        let last = t0 + 240;
        assert_eq!(
            VERIFY.gate(&five, t0 + 300),
            Gate::Blocked {
                until: last + 86400
            }
        );
        assert_eq!(
            VERIFY.gate(&five, last + 86399),
            Gate::Blocked {
                until: last + 86400
            }
        );
        assert_eq!(
            VERIFY.gate(&five, last + 86400),
            Gate::Open { remaining: 5 }
        );
    }

    #[test]
    fn spec16_failures_spread_over_more_than_an_hour_do_not_block() {
        let t0 = 1_000_000;
        let spread: Vec<i64> = (0..5).map(|i| t0 + i * 1000).collect();
        assert!(matches!(VERIFY.gate(&spread, t0 + 4001), Gate::Open { .. }));
    }

    #[test]
    fn spec16_ten_emails_per_ten_minutes_then_24h_block() {
        let t0 = 5_000;
        let nine: Vec<i64> = (0..9).map(|i| t0 + i).collect();
        assert_eq!(EMAIL.gate(&nine, t0 + 10), Gate::Open { remaining: 1 });
        let ten: Vec<i64> = (0..10).map(|i| t0 + i).collect();
        assert_eq!(
            EMAIL.gate(&ten, t0 + 10),
            Gate::Blocked {
                until: t0 + 9 + 86400
            }
        );
    }
}
