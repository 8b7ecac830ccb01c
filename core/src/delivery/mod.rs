//! Delivery of mail, SMS and voice messages behind one trait. Owns the transports: a file
//! outbox (the development default, which the demo's dev page reads), SMTP through lettre,
//! SMS and voice providers over HTTPS (`phone`: Twilio, Vonage, a signed webhook, in an
//! ordered failover list), and memory for tests; [`Channels`] sends each message by the
//! transport of its channel and counts the result. Refuses to log a message's body, its
//! code or its recipient (O3): logs and the audit keep channel, provider and status.

mod memory;
mod outbox;
pub mod phone;
pub mod segment;
mod smtp;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use memory::{Memory, Undeliverable};
pub use outbox::FileOutbox;
pub use smtp::Smtp;

use crate::metrics::Metrics;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Sms,
    Voice,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        match s {
            "email" => Some(Channel::Email),
            "sms" => Some(Channel::Sms),
            "voice" => Some(Channel::Voice),
            _ => None,
        }
    }
}

/// One outgoing message. `subject` matters for email only; `from` is the sender: the
/// tenant's address for email, its sender name or number for SMS (empty: the provider's
/// configured default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub channel: Channel,
    pub to: String,
    pub from: String,
    pub subject: String,
    pub body: String,
    pub at: i64,
    /// The flow's language (BCP 47), for a voice call's speech and the provider's encoding.
    #[serde(default)]
    pub lang: String,
    /// The tenant the message is sent for: a provider may serve only some tenants.
    #[serde(default)]
    pub tenant_id: Option<String>,
}

/// How one provider failed. Never carries the provider's answer body (it may echo the
/// message, code included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderStatus {
    /// No connection (refused, DNS, TLS).
    Unreachable,
    /// No answer within the configured timeout.
    Timeout,
    /// An HTTP status other than success: 4xx (refused), 429 (throttled), 5xx.
    Http(u16),
    /// The provider answered with success but refused the message (Vonage's per-message
    /// status, for one): its own code.
    Rejected(String),
    /// A success status with a body that does not say what the provider's API documents.
    BadAnswer,
}

impl std::fmt::Display for ProviderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProviderStatus::Unreachable => f.write_str("unreachable"),
            ProviderStatus::Timeout => f.write_str("timeout"),
            ProviderStatus::Http(s) => write!(f, "http-{s}"),
            ProviderStatus::Rejected(code) => write!(f, "rejected-{code}"),
            ProviderStatus::BadAnswer => f.write_str("bad-answer"),
        }
    }
}

/// One provider's failure to take a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub provider: String,
    pub status: ProviderStatus,
}

impl Failure {
    /// The audit row's reason: `delivery:<provider>:<status>`.
    pub fn reason(&self) -> String {
        format!("delivery:{}:{}", self.provider, self.status)
    }
}

/// A message a transport took. `provider` names the transport (`outbox`, `smtp`, a
/// provider's configured name); `id` is the provider's message id, when it gives one (the
/// key its delivery receipts come back with); `failed` lists the providers tried before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub provider: String,
    pub id: Option<String>,
    pub failed: Vec<Failure>,
}

impl Sent {
    pub fn by(provider: &str) -> Sent {
        Sent {
            provider: provider.to_string(),
            id: None,
            failed: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    #[error("no transport is configured for this channel")]
    NotConfigured,
    /// Every provider of the channel was tried and failed, in order.
    #[error("every provider failed: {}", .0.iter().map(Failure::reason).collect::<Vec<_>>().join(", "))]
    Failed(Vec<Failure>),
    /// The local side: the outbox's disk, an address that does not parse, the SMTP relay.
    #[error("{0}")]
    Local(String),
}

impl DeliveryError {
    /// The providers that failed (empty for a local failure).
    pub fn failures(&self) -> &[Failure] {
        match self {
            DeliveryError::Failed(f) => f,
            _ => &[],
        }
    }
}

impl From<std::io::Error> for DeliveryError {
    fn from(e: std::io::Error) -> Self {
        DeliveryError::Local(e.to_string())
    }
}

impl From<DeliveryError> for crate::CoreError {
    fn from(e: DeliveryError) -> Self {
        crate::CoreError::Delivery(e.to_string())
    }
}

pub type DeliveryFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Sent, DeliveryError>> + Send + 'a>>;

pub trait Delivery: Send + Sync {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a>;

    /// A provider's delivery receipt (its status callback), verified against the
    /// provider's signature. Transports without receipts refuse every one.
    fn receipt(
        &self,
        _channel: Channel,
        _provider: &str,
        _callback: &phone::Callback,
    ) -> Result<phone::Receipt, phone::ReceiptError> {
        Err(phone::ReceiptError::UnknownProvider)
    }
}

/// Each channel's transport: email by SMTP or the outbox, SMS and voice by their provider
/// lists (or the outbox, or nothing). Every send and failure is counted in `metrics` here,
/// the one place all messages pass.
pub struct Channels {
    pub email: Arc<dyn Delivery>,
    pub sms: Arc<dyn Delivery>,
    pub voice: Arc<dyn Delivery>,
    pub metrics: Arc<Metrics>,
}

impl Channels {
    /// One transport for every channel (tests, the outbox-only development setup).
    pub fn all(t: Arc<dyn Delivery>, metrics: Arc<Metrics>) -> Channels {
        Channels {
            email: t.clone(),
            sms: t.clone(),
            voice: t,
            metrics,
        }
    }

    fn of(&self, channel: Channel) -> &Arc<dyn Delivery> {
        match channel {
            Channel::Email => &self.email,
            Channel::Sms => &self.sms,
            Channel::Voice => &self.voice,
        }
    }
}

impl Delivery for Channels {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            let result = self.of(msg.channel).send(msg).await;
            let ch = msg.channel;
            match &result {
                Ok(sent) => {
                    for f in &sent.failed {
                        self.metrics.message(ch, &f.provider, &f.status.to_string());
                    }
                    self.metrics.message(ch, &sent.provider, "sent");
                }
                Err(DeliveryError::Failed(failures)) => {
                    for f in failures {
                        self.metrics.message(ch, &f.provider, &f.status.to_string());
                    }
                }
                Err(DeliveryError::NotConfigured) => {
                    self.metrics.message(ch, "none", "not-configured")
                }
                Err(DeliveryError::Local(_)) => self.metrics.message(ch, "local", "error"),
            }
            result
        })
    }

    fn receipt(
        &self,
        channel: Channel,
        provider: &str,
        callback: &phone::Callback,
    ) -> Result<phone::Receipt, phone::ReceiptError> {
        self.of(channel).receipt(channel, provider, callback)
    }
}
