//! Signed-in sessions (a state JSON under the HMAC of the session token). Owns the
//! `sessions` table; refuses to read the state it stores.

use super::{Conn, SessionRow};
use crate::CoreError;

impl Conn<'_> {
    pub async fn put_session(
        &mut self,
        id_hash: &[u8],
        user_id: i64,
        expires_at: i64,
        state: &str,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO sessions (id_hash, user_id, expires_at, state) VALUES ($1, $2, $3, $4)")
                .bind(id_hash)
                .bind(user_id)
                .bind(expires_at)
                .bind(state)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn get_session(
        &mut self,
        id_hash: &[u8],
        now: i64,
    ) -> Result<Option<SessionRow>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT user_id, expires_at, state FROM sessions WHERE id_hash = $1 AND expires_at > $2")
                .bind(id_hash)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?)
    }

    pub async fn update_session(&mut self, id_hash: &[u8], state: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE sessions SET state = $1 WHERE id_hash = $2")
                .bind(state)
                .bind(id_hash)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn delete_session(&mut self, id_hash: &[u8]) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                .bind(id_hash)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// End every session of a user (after a reset: whoever was signed in is out).
    pub async fn delete_user_sessions(&mut self, user_id: i64) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// End every session of a user except `keep` (after a password change).
    pub async fn delete_other_sessions(
        &mut self,
        user_id: i64,
        keep: &[u8],
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2")
                .bind(user_id)
                .bind(keep)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}

pooled! {
    fn put_session(&self, id_hash: &[u8], user_id: i64, expires_at: i64, state: &str) -> ();
    fn get_session(&self, id_hash: &[u8], now: i64) -> Option<SessionRow>;
    fn update_session(&self, id_hash: &[u8], state: &str) -> ();
    fn delete_session(&self, id_hash: &[u8]) -> ();
    fn delete_user_sessions(&self, user_id: i64) -> ();
    fn delete_other_sessions(&self, user_id: i64, keep: &[u8]) -> ();
}
