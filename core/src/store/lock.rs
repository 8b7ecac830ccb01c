//! Per-user serialisation of sends and verifications, so parallel requests cannot all pass
//! a throttle check before any of them records its failure (SPEC 16). On PostgreSQL it is a
//! session advisory lock, so every node sharing the database waits on the same lock and a
//! node that dies releases it with its connection; on SQLite (one process by construction)
//! a striped in-process mutex. Owns mutual exclusion; refuses to decide what it protects.

use sqlx::Postgres;
use sqlx::pool::PoolConnection;

use super::{Pool, Store};
use crate::CoreError;

/// Striped: bounded memory, a collision only makes two users wait for each other.
static LOCAL: std::sync::LazyLock<Vec<tokio::sync::Mutex<()>>> =
    std::sync::LazyLock::new(|| (0..64).map(|_| tokio::sync::Mutex::new(())).collect());

/// FNV-1a over the user ID: stable across processes and versions, so every node computes
/// the same advisory-lock key.
fn key(upn: &str) -> u64 {
    upn.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Held while one request acts for one user; released when dropped.
pub struct UserLock(Inner);

enum Inner {
    Local(#[allow(dead_code)] tokio::sync::MutexGuard<'static, ()>),
    Postgres {
        conn: Option<PoolConnection<Postgres>>,
        key: i64,
    },
}

impl Store {
    /// Wait until no other request, on any node, acts for `upn`.
    pub async fn lock_user(&self, upn: &str) -> Result<UserLock, CoreError> {
        let k = key(upn);
        match &self.pool {
            Pool::Sqlite(_) => Ok(UserLock(Inner::Local(
                LOCAL[(k % LOCAL.len() as u64) as usize].lock().await,
            ))),
            Pool::Postgres { locks, .. } => {
                let mut conn = locks.acquire().await?;
                let key = k as i64;
                sqlx::query("SELECT pg_advisory_lock($1)")
                    .bind(key)
                    .execute(&mut *conn)
                    .await?;
                Ok(UserLock(Inner::Postgres {
                    conn: Some(conn),
                    key,
                }))
            }
        }
    }
}

impl Drop for UserLock {
    fn drop(&mut self) {
        let Inner::Postgres { conn, key } = &mut self.0 else {
            return;
        };
        let Some(mut conn) = conn.take() else {
            return;
        };
        let key = *key;
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
