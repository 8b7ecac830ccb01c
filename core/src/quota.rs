//! The rolling quotas of issue 10 that SPEC 16 does not have: per client (address and
//! network) for reset starts, sign-ins and sends; per user for messages over a day and the
//! resend cooldown; per tenant and for the whole portal for messages a day. Each is a
//! [`Quota`] over the shared `events` table. Owns which keys an action counts under and the
//! order they are checked in; refuses to decide what happens when one is full (the caller
//! shows its page).

use std::net::IpAddr;

use sspr_policy::throttle::Quota;
pub use sspr_wire::ErrorCode;

use crate::delivery::Channel;
use crate::store::EventKind;
use crate::{Core, CoreError};

/// Which limit refused, so the page can say what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Too many attempts from the client's address or network.
    Client,
    /// A code just went to this user by this channel.
    Cooldown,
    /// The user had their day's messages (across channels).
    UserDay,
    /// The tenant's or the portal's daily message budget is spent.
    Budget,
}

impl Limit {
    /// What the user is shown.
    pub fn error_code(self) -> ErrorCode {
        match self {
            Limit::Client => ErrorCode::TooMany,
            Limit::Cooldown => ErrorCode::ResendWait,
            Limit::UserDay => ErrorCode::EmailLimit,
            Limit::Budget => ErrorCode::MessagesPaused,
        }
    }

    /// The audit row's reason.
    pub fn reason(self) -> &'static str {
        match self {
            Limit::Client => "client-limit",
            Limit::Cooldown => "resend-cooldown",
            Limit::UserDay => "user-daily-cap",
            Limit::Budget => "message-budget",
        }
    }
}

/// A quota is full: which, and when the next attempt is allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{} until {until}", limit.reason())]
pub struct Refused {
    pub limit: Limit,
    pub until: i64,
}

/// What a client asks for, counted per address and per network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Start,
    SignIn,
    Send,
}

impl Action {
    fn kind(self) -> EventKind {
        match self {
            Action::Start => EventKind::ClientStart,
            Action::SignIn => EventKind::ClientSignIn,
            Action::Send => EventKind::ClientSend,
        }
    }

    fn quotas(self, core: &Core) -> (u32, u32) {
        let l = &core.config.limits;
        match self {
            Action::Start => (l.starts_per_ip, l.starts_per_network),
            Action::SignIn => (l.signins_per_ip, l.signins_per_network),
            Action::Send => (l.sends_per_ip, l.sends_per_network),
        }
    }
}

/// One key of one kind under one quota.
struct Counted {
    key: String,
    kind: EventKind,
    quota: Quota,
    limit: Limit,
}

/// The per-client keys of `ip` (as the audit writes it): its address and its network.
fn client_counts(core: &Core, action: Action, ip: Option<&str>) -> Vec<Counted> {
    let Some(ip) = ip.and_then(|s| s.parse::<IpAddr>().ok()) else {
        // No socket address (an in-process caller): nothing to key a client limit on.
        return Vec::new();
    };
    let window_secs = core.config.limits.client_window_secs;
    let (per_ip, per_net) = action.quotas(core);
    vec![
        Counted {
            key: format!("ip:{ip}"),
            kind: action.kind(),
            quota: Quota {
                max: per_ip,
                window_secs,
            },
            limit: Limit::Client,
        },
        Counted {
            key: format!("net:{}", crate::client::network_of(ip)),
            kind: action.kind(),
            quota: Quota {
                max: per_net,
                window_secs,
            },
            limit: Limit::Client,
        },
    ]
}

/// The first full quota among `counts`, if any; the latest `until` among them otherwise
/// would be a guess, so the first refusal answers.
async fn check(core: &Core, counts: &[Counted]) -> Result<Result<(), Refused>, CoreError> {
    let now = core.now();
    for c in counts {
        if c.quota.max == 0 {
            continue;
        }
        let nth = core
            .store
            .nth_newest_event(&c.key, c.kind, c.quota.since(now), c.quota.max)
            .await?;
        if let Some(until) = c.quota.refused_until(nth, now) {
            return Ok(Err(Refused {
                limit: c.limit,
                until,
            }));
        }
    }
    Ok(Ok(()))
}

async fn record(core: &Core, counts: &[Counted]) -> Result<(), CoreError> {
    let now = core.now();
    for c in counts.iter().filter(|c| c.quota.max > 0) {
        core.store.add_event(&c.key, c.kind, now).await?;
    }
    Ok(())
}

/// How many times the client at `ip` did `action` in the client window (its address's
/// count); 0 for an unknown client.
pub async fn recent(core: &Core, action: Action, ip: Option<&str>) -> Result<u32, CoreError> {
    let Some(ip) = ip.and_then(|s| s.parse::<IpAddr>().ok()) else {
        return Ok(0);
    };
    let since = core.now() - core.config.limits.client_window_secs;
    let events = core
        .store
        .events_since(&format!("ip:{ip}"), action.kind(), since)
        .await?;
    Ok(events.len() as u32)
}

/// A start or a sign-in by the client at `ip`: refused when its address or network is over
/// its quota, else counted. A refused attempt is not counted, so the quota drains.
pub async fn take_client(
    core: &Core,
    action: Action,
    ip: Option<&str>,
) -> Result<Result<(), Refused>, CoreError> {
    let counts = client_counts(core, action, ip);
    if let Err(r) = check(core, &counts).await? {
        return Ok(Err(r));
    }
    record(core, &counts).await?;
    Ok(Ok(()))
}

/// Everything one message counts under: the client's address and network, the user's day,
/// the resend cooldown for this channel and destination (none for a notification), the
/// tenant's and the portal's budgets.
pub struct Message<'a> {
    /// The user's window key: `reset:<upn>` or `account:<upn>` (`Purpose::failure_key`).
    pub user: String,
    pub tenant_id: Option<&'a str>,
    pub ip: Option<&'a str>,
    /// The channel and the address or number a code goes to.
    pub to: Option<(Channel, &'a str)>,
}

impl Message<'_> {
    fn counts(&self, core: &Core) -> Vec<Counted> {
        let l = &core.config.limits;
        let day = |max| Quota {
            max,
            window_secs: 24 * 60 * 60,
        };
        let mut out = client_counts(core, Action::Send, self.ip);
        out.push(Counted {
            key: format!("user:{}", self.user),
            kind: EventKind::Message,
            quota: Quota {
                max: l.user_messages_per_day,
                window_secs: l.user_messages_window_secs,
            },
            limit: Limit::UserDay,
        });
        if let Some((ch, to)) = self.to
            && l.resend_cooldown_secs > 0
        {
            out.push(Counted {
                key: format!("{}:{}:{to}", ch.as_str(), self.user),
                kind: EventKind::Resend,
                quota: Quota {
                    max: 1,
                    window_secs: l.resend_cooldown_secs,
                },
                limit: Limit::Cooldown,
            });
        }
        if let Some(t) = self.tenant_id {
            out.push(Counted {
                key: format!("tenant:{t}"),
                kind: EventKind::Message,
                quota: day(l.tenant_messages_per_day),
                limit: Limit::Budget,
            });
        }
        out.push(Counted {
            key: "global".into(),
            kind: EventKind::Message,
            quota: day(l.global_messages_per_day),
            limit: Limit::Budget,
        });
        out
    }

    /// Whether this message may go now. Checked before it is sent.
    pub async fn admit(&self, core: &Core) -> Result<Result<(), Refused>, CoreError> {
        check(core, &self.counts(core)).await
    }

    /// Count the message once it went.
    pub async fn sent(&self, core: &Core) -> Result<(), CoreError> {
        record(core, &self.counts(core)).await
    }
}

/// Whether a refusal keyed `what` (an action and its client or user) is the first in the
/// client window, so the caller audits it; later ones in the same window are not written
/// (issue 10: refused attempts are audited, but a flood cannot fill the disk).
pub async fn first_refusal(core: &Core, what: &str) -> Result<bool, CoreError> {
    let quota = Quota {
        max: 1,
        window_secs: core.config.limits.client_window_secs.max(1),
    };
    let now = core.now();
    let nth = core
        .store
        .nth_newest_event(what, EventKind::Refusal, quota.since(now), 1)
        .await?;
    if quota.refused_until(nth, now).is_some() {
        return Ok(false);
    }
    core.store.add_event(what, EventKind::Refusal, now).await?;
    Ok(true)
}
