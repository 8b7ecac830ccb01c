//! Per-user serialisation of sends and verifications, so parallel requests cannot all pass
//! a throttle check before any of them records its failure (SPEC 16). Within a node it is a
//! striped in-process mutex (bounded memory; SQLite, one process by construction, needs no
//! more). On PostgreSQL the stripe's holder then takes a session advisory lock, so every
//! node sharing the database waits on the same lock; a node that dies releases it with its
//! connection. Holding the stripe first means at most one connection per stripe waits in the
//! database, so the lock pool (one connection per stripe) can never run dry. Owns mutual
//! exclusion; refuses to decide what it protects.

use sqlx::Postgres;
use sqlx::pool::PoolConnection;

use super::{Pool, Store};
use crate::CoreError;

/// How many users a node serves at once; a collision only makes two users wait for each
/// other. Also the size of PostgreSQL's lock pool.
pub(super) const STRIPES: u32 = 32;

static LOCAL: std::sync::LazyLock<Vec<tokio::sync::Mutex<()>>> =
    std::sync::LazyLock::new(|| (0..STRIPES).map(|_| tokio::sync::Mutex::new(())).collect());

/// FNV-1a over the user ID: stable across processes and versions, so every node computes
/// the same advisory-lock key.
fn key(upn: &str) -> u64 {
    upn.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Held while one request acts for one user; released when dropped.
pub struct UserLock {
    /// Dropped first (fields drop in order): the database lock goes before the stripe is
    /// free for the next holder.
    _db: Option<DbLock>,
    _stripe: tokio::sync::MutexGuard<'static, ()>,
}

struct DbLock {
    conn: Option<PoolConnection<Postgres>>,
    key: i64,
}

/// A connection waiting in `pg_advisory_lock`: if the request is dropped before the lock is
/// granted, the connection is closed, not returned to the pool where the lock, granted
/// later, would stay with an idle connection.
struct Waiting(Option<PoolConnection<Postgres>>);

impl Drop for Waiting {
    fn drop(&mut self) {
        if let Some(c) = self.0.as_mut() {
            c.close_on_drop();
        }
    }
}

impl Store {
    /// Wait until no other request, on any node, acts for `upn`.
    pub async fn lock_user(&self, upn: &str) -> Result<UserLock, CoreError> {
        let k = key(upn);
        let stripe = LOCAL[(k % u64::from(STRIPES)) as usize].lock().await;
        let db = match &self.pool {
            Pool::Sqlite(_) => None,
            Pool::Postgres { locks, .. } => {
                let mut waiting = Waiting(Some(locks.acquire().await?));
                let key = k as i64;
                if let Some(conn) = waiting.0.as_mut() {
                    // The lock pool's connections carry a lock_timeout: a lock held by a
                    // stuck request elsewhere is an error here, not a wait without end.
                    sqlx::query("SELECT pg_advisory_lock($1)")
                        .bind(key)
                        .execute(&mut **conn)
                        .await?;
                }
                Some(DbLock {
                    conn: waiting.0.take(),
                    key,
                })
            }
        };
        Ok(UserLock {
            _db: db,
            _stripe: stripe,
        })
    }
}

impl Drop for DbLock {
    fn drop(&mut self) {
        let Some(mut conn) = self.conn.take() else {
            return;
        };
        let key = self.key;
        // Unlock on the connection that locked. Should that fail (or no runtime be left),
        // the connection is closed instead, which releases every lock it held.
        match tokio::runtime::Handle::try_current() {
            Ok(rt) => {
                rt.spawn(async move {
                    let unlocked = sqlx::query("SELECT pg_advisory_unlock($1)")
                        .bind(key)
                        .execute(&mut *conn)
                        .await;
                    if unlocked.is_err() {
                        conn.close_on_drop();
                    }
                });
            }
            Err(_) => conn.close_on_drop(),
        }
    }
}
