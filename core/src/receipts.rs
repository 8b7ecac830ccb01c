//! Issue 15: a provider's delivery receipt, verified by its provider (signature, age), put
//! in the audit beside the send it answers: once per message, as delivered or failed.
//! Owns the receipt's effect; refuses an unsigned or stale receipt, and one for a message
//! the portal did not send (nothing is written for it).

use crate::delivery::Channel;
use crate::delivery::phone::{Callback, ReceiptError, ReceiptStatus};
use crate::store::{AuditEvent, AuditStep, Outcome};
use crate::{Core, CoreError};

/// What a verified receipt did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    /// The message's final status is now in the audit.
    Settled(ReceiptStatus),
    /// Still on its way (queued, ringing): nothing to record.
    Pending,
    /// Its message is not one the portal recorded (too old, or a notice): ignored.
    Unknown,
    /// The message had its final status already.
    Repeated,
}

#[derive(Debug, thiserror::Error)]
pub enum ReceiptFailure {
    #[error(transparent)]
    Refused(#[from] ReceiptError),
    #[error(transparent)]
    Store(#[from] CoreError),
}

pub async fn record(
    core: &Core,
    channel: Channel,
    provider: &str,
    cb: &Callback,
) -> Result<Recorded, ReceiptFailure> {
    let r = core.delivery.receipt(channel, provider, cb)?;
    let word = match r.status {
        ReceiptStatus::Pending => return Ok(Recorded::Pending),
        ReceiptStatus::Delivered => "delivered",
        ReceiptStatus::Failed => "failed",
    };
    let Some(sent) = core.store.sent_message(channel, provider, &r.id).await? else {
        tracing::info!(
            channel = channel.as_str(),
            provider,
            "receipt for a message not on record"
        );
        return Ok(Recorded::Unknown);
    };
    let now = core.now();
    if !core
        .store
        .settle_sent(channel, provider, &r.id, word, now)
        .await?
    {
        return Ok(Recorded::Repeated);
    }
    core.metrics.receipt(channel, provider, word);
    core.audit(&AuditEvent {
        at: now,
        tenant_id: sent.tenant_id,
        user: sent.user,
        ip: None,
        client: None,
        step: AuditStep::Delivery,
        method: sent.method,
        outcome: match r.status {
            ReceiptStatus::Delivered => Outcome::Ok,
            _ => Outcome::Error,
        },
        reason: Some(format!("receipt:{provider}:{}", r.detail)),
    })
    .await?;
    Ok(Recorded::Settled(r.status))
}
