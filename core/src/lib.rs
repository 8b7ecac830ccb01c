//! The SSPR flows and the I/O at their edges: storage (sqlx), delivery (outbox, SMTP),
//! crypto (CSPRNG, HMAC, Argon2id, TOTP), import and configuration. Owns every side effect
//! of a reset; refuses to render HTML or know about HTTP (server-fns and the server do).

pub mod account;
pub mod admin;
pub mod client;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod delivery;
pub mod device;
pub mod directory;
pub mod error;
pub mod flow;
pub mod import;
pub mod mailqueue;
pub mod metrics;
pub mod notice;
pub mod oath;
pub mod partner;
pub mod password_rules;
pub mod proof;
pub mod quota;
pub mod receipts;
pub mod rekey;
pub mod report;
pub mod store;
pub mod sync;

use std::sync::Arc;

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::Config;
pub use error::CoreError;
pub use flow::{ClientType, FlowWire, Mode, StartRequest, Step};

/// Everything a request needs, cheap to clone.
#[derive(Clone)]
pub struct Core {
    pub store: store::Store,
    pub delivery: Arc<dyn delivery::Delivery>,
    /// `/metrics`: the counters every part adds to (the same as `delivery`'s, when it is a
    /// [`delivery::Channels`]).
    pub metrics: Arc<metrics::Metrics>,
    pub clock: Arc<dyn Clock>,
    pub crypto: crypto::Crypto,
    pub config: Arc<Config>,
    /// P10, P11: the on-premises directory, when configured.
    pub directory: Option<Arc<dyn directory::Directory>>,
}

impl Core {
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Write an audit event and count it for `/metrics` (issue 14): the one way events are
    /// audited, so the counts are the audit's.
    pub async fn audit(&self, e: &store::AuditEvent) -> Result<(), CoreError> {
        self.metrics.audited(e);
        self.store.audit(e).await
    }
}
