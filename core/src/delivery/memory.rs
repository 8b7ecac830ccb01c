//! Transports that carry nothing anywhere: `Memory` keeps messages for tests to read back
//! (and can fail on demand); `Undeliverable` is a channel with no transport configured, so
//! the flow tells the user to pick another method.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Delivery, DeliveryError, DeliveryFuture, Outgoing, Sent};

pub struct Undeliverable;

impl Delivery for Undeliverable {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            tracing::warn!(
                channel = msg.channel.as_str(),
                "no transport configured for this channel"
            );
            Err(DeliveryError::NotConfigured)
        })
    }
}

#[derive(Default)]
pub struct Memory {
    pub sent: Mutex<Vec<Outgoing>>,
    pub fail: AtomicBool,
}

impl Memory {
    pub fn messages(&self) -> Vec<Outgoing> {
        self.sent.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Delivery for Memory {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            if self.fail.load(Ordering::SeqCst) {
                return Err(DeliveryError::Local("simulated failure".into()));
            }
            self.sent
                .lock()
                .map_err(|_| DeliveryError::Local("lock".into()))?
                .push(msg.clone());
            Ok(Sent::by("memory"))
        })
    }
}
