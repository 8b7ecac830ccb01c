//! The clock at the edge: the system clock for the server, a manual clock for tests. Owns
//! "now"; the policy crate refuses to read it and takes `now` as a parameter instead.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A wait on a clock.
pub type Sleep = std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>;

pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch, UTC.
    fn now(&self) -> i64;
    /// Wait `secs` seconds of this clock (the captcha's wait without JavaScript).
    fn sleep(&self, secs: i64) -> Sleep {
        let d = std::time::Duration::from_secs(secs.max(0) as u64);
        Box::pin(tokio::time::sleep(d))
    }
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0)
    }
}

/// A clock tests move by hand.
#[derive(Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(start: i64) -> Self {
        ManualClock(Arc::new(AtomicI64::new(start)))
    }
    pub fn advance(&self, secs: i64) {
        self.0.fetch_add(secs, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
    /// Waiting on a manual clock moves it: tests see the wait without taking it.
    fn sleep(&self, secs: i64) -> Sleep {
        self.advance(secs.max(0));
        Box::pin(std::future::ready(()))
    }
}
