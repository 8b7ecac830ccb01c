//! O1, O2, K1, O4: notifications go into the `mail_queue` table and a worker hands them to
//! the delivery backend, retrying with backoff while the mail server is down. Owns the
//! queue's lifecycle (claim, send, mark, back off, give up); refuses to log a message's
//! body or recipient, and to keep a body once it is sent. One-time codes never wait here:
//! they go out at once, or the user is told to pick another method.

use std::sync::LazyLock;

use tokio::sync::Notify;

use crate::delivery::Outgoing;
use crate::{Core, CoreError};

/// Wakes the worker when something is queued.
static WAKE: LazyLock<Notify> = LazyLock::new(Notify::new);

/// How long a worker owns a claimed message before another may try it: well beyond the
/// SMTP transport's own timeouts, so a slow send is never taken over mid-way.
const CLAIM_SECS: i64 = 600;
/// After this long without success a message is given up (and the failure logged).
pub const GIVE_UP_SECS: i64 = 3 * 24 * 3600;

/// Seconds to wait after `attempts` failed tries: 30 s, doubling, at most an hour.
pub fn backoff(attempts: u32) -> i64 {
    (30_i64 << attempts.saturating_sub(1).min(7)).min(3600)
}

/// What one pass of the worker did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retried: usize,
    pub given_up: usize,
}

pub struct MailQueue<'a> {
    core: &'a Core,
}

impl<'a> MailQueue<'a> {
    pub fn new(core: &'a Core) -> Self {
        MailQueue { core }
    }

    /// Queue a message (sealed) and wake the worker.
    pub async fn enqueue(&self, msg: &Outgoing) -> Result<i64, CoreError> {
        let sealed = self.core.crypto.seal(&serde_json::to_vec(msg)?)?;
        let now = self.core.now();
        let id = self.core.store.enqueue_mail(&sealed, now).await?;
        WAKE.notify_one();
        Ok(id)
    }

    /// Try every due message once. A message is claimed before it is sent and marked sent
    /// (its body dropped) as soon as the server took it, so two workers never send it twice.
    pub async fn run_once(&self) -> Result<Pass, CoreError> {
        self.run_until(|| false).await
    }

    /// `run_once`, stopping before the next message once `stop()` says so (a shutdown): the
    /// message being sent is finished and marked, the rest stay due for the next start.
    pub async fn run_until(&self, stop: impl Fn() -> bool) -> Result<Pass, CoreError> {
        let core = self.core;
        let mut pass = Pass::default();
        for m in core.store.due_mail(core.now(), 50).await? {
            if stop() {
                break;
            }
            let (id, attempts, created_at) = (m.id, m.attempts, m.created_at);
            // The time again for each message: sends before it may have been slow.
            let now = core.now();
            let claim = core.crypto.token();
            if !core
                .store
                .claim_mail(id, &claim, now, now + CLAIM_SECS)
                .await?
            {
                continue;
            }
            let msg: Option<Outgoing> = core
                .crypto
                .open(&m.sealed)
                .and_then(|raw| serde_json::from_slice(&raw).ok());
            let Some(msg) = msg else {
                tracing::error!(id, "queued mail cannot be opened (server key changed?)");
                core.store.give_up_mail(id, now).await?;
                pass.given_up += 1;
                continue;
            };
            match core.delivery.send(&msg).await {
                Ok(_) => {
                    core.store.mark_mail_sent(id, &claim, core.now()).await?;
                    pass.sent += 1;
                }
                Err(e) if now - created_at >= GIVE_UP_SECS => {
                    tracing::error!(id, error = %e, "queued mail given up after retries");
                    core.store.give_up_mail(id, now).await?;
                    pass.given_up += 1;
                }
                Err(e) => {
                    let attempts = attempts as u32 + 1;
                    let next = now + backoff(attempts);
                    tracing::warn!(id, attempts, error = %e, next_attempt_at = next, "queued mail not sent; will retry");
                    core.store
                        .retry_mail(id, &claim, attempts as i64, next)
                        .await?;
                    pass.retried += 1;
                }
            }
        }
        Ok(pass)
    }
}

/// The worker the server runs: a pass when woken by a new message, and every few seconds
/// for retries that have come due, until `stop` turns true; then it returns between two
/// messages (issue 14: a shutdown never cuts a send in half). Errors are logged and the
/// loop goes on.
pub async fn worker(core: Core, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        let stopping = stop.clone();
        match MailQueue::new(&core).run_until(|| *stopping.borrow()).await {
            Ok(p) if p.sent + p.retried + p.given_up > 0 => {
                tracing::info!(
                    sent = p.sent,
                    retried = p.retried,
                    given_up = p.given_up,
                    "mail queue pass"
                )
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "mail queue pass failed"),
        }
        if *stop.borrow() {
            return;
        }
        tokio::select! {
            _ = WAKE.notified() => {}
            changed = stop.changed() => {
                if changed.is_err() {
                    return; // the server is gone
                }
            }
            _ = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
        }
        if *stop.borrow() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_30_seconds_to_an_hour() {
        let got: Vec<i64> = (1..=9).map(backoff).collect();
        assert_eq!(got, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
