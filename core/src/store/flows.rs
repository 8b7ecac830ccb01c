//! Reset flows (a state JSON under the HMAC of the flow token) and spent captchas. Owns the
//! `flows` and `captchas_spent` tables; refuses to read the state it stores.

use super::Conn;
use crate::CoreError;

impl Conn<'_> {
    /// Create a flow, or replace its state keeping the expiry it was created with.
    pub async fn put_flow(
        &mut self,
        id_hash: &[u8],
        expires_at: i64,
        state: &str,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO flows (id_hash, expires_at, state) VALUES ($1, $2, $3) ON CONFLICT (id_hash) DO UPDATE SET state = excluded.state")
                .bind(id_hash)
                .bind(expires_at)
                .bind(state)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// End a flow before its time.
    pub async fn delete_flow(&mut self, id_hash: &[u8]) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM flows WHERE id_hash = $1")
                .bind(id_hash)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn get_flow(
        &mut self,
        id_hash: &[u8],
        now: i64,
    ) -> Result<Option<String>, CoreError> {
        let row: Option<(String,)> = on!(self, c => {
            sqlx::query_as("SELECT state FROM flows WHERE id_hash = $1 AND expires_at > $2")
                .bind(id_hash)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.map(|(s,)| s))
    }

    /// Record a captcha challenge as spent; false when it was spent before (single use),
    /// on any node.
    pub async fn spend_captcha(
        &mut self,
        id_hash: &[u8],
        expires_at: i64,
    ) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("INSERT INTO captchas_spent (id_hash, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(id_hash)
                .bind(expires_at)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }
}

pooled! {
    fn delete_flow(&self, id_hash: &[u8]) -> ();
    fn put_flow(&self, id_hash: &[u8], expires_at: i64, state: &str) -> ();
    fn get_flow(&self, id_hash: &[u8], now: i64) -> Option<String>;
    fn spend_captcha(&self, id_hash: &[u8], expires_at: i64) -> bool;
}
