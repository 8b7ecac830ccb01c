//! The core layer's error enum. Variants a user can act on carry a Fluent id; internals
//! (database, I/O) stay here and never cross the wire.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum CoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("delivery failed: {0}")]
    Delivery(String),
    #[error("configuration: {0}")]
    Config(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("hashing: {0}")]
    Hash(String),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    #[error("directory: {0}")]
    Directory(String),
    /// Issue 10: the hashing queue is full; the request is refused at once.
    #[error("busy: the hashing queue is full")]
    Busy,
}

impl From<serde_json::Error> for CoreError {
    fn from(e: serde_json::Error) -> Self {
        CoreError::Corrupt(e.to_string())
    }
}
