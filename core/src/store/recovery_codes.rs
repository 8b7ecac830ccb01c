//! Issue 12: the helpdesk's recovery codes. Owns `recovery_codes` (one per user, its MAC,
//! when it was issued and ends, who issued it); refuses to see a code in clear.

use super::Conn;
use crate::CoreError;

impl Conn<'_> {
    /// Keep `user`'s new code, replacing any earlier one.
    pub async fn put_recovery_code(
        &mut self,
        user: i64,
        code_hash: &[u8],
        issued_at: i64,
        expires_at: i64,
        issued_by: &str,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO recovery_codes (user_id, code_hash, issued_at, expires_at, issued_by) VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (user_id) DO UPDATE SET code_hash = excluded.code_hash, issued_at = excluded.issued_at, \
                         expires_at = excluded.expires_at, issued_by = excluded.issued_by")
                .bind(user)
                .bind(code_hash)
                .bind(issued_at)
                .bind(expires_at)
                .bind(issued_by)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Spend `user`'s code if it is `code_hash` and still valid at `now`: true once.
    pub async fn take_recovery_code(
        &mut self,
        user: i64,
        code_hash: &[u8],
        now: i64,
    ) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1 AND code_hash = $2 AND expires_at > $3")
                .bind(user)
                .bind(code_hash)
                .bind(now)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Whether `user`'s code is `code_hash` and valid at `now`, spending nothing (a sign-in
    /// checks first and spends it with [`Self::take_recovery_code`] once nothing refuses it).
    pub async fn recovery_code_matches(
        &mut self,
        user: i64,
        code_hash: &[u8],
        now: i64,
    ) -> Result<bool, CoreError> {
        let row: Option<(i64,)> = on!(self, c => {
            sqlx::query_as("SELECT user_id FROM recovery_codes WHERE user_id = $1 AND code_hash = $2 AND expires_at > $3")
                .bind(user)
                .bind(code_hash)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.is_some())
    }

    /// When `user`'s unspent code ends, if one is valid at `now`.
    pub async fn recovery_code_until(
        &mut self,
        user: i64,
        now: i64,
    ) -> Result<Option<i64>, CoreError> {
        let row: Option<(i64,)> = on!(self, c => {
            sqlx::query_as("SELECT expires_at FROM recovery_codes WHERE user_id = $1 AND expires_at > $2")
                .bind(user)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.map(|r| r.0))
    }
}

pooled! {
    fn put_recovery_code(&self, user: i64, code_hash: &[u8], issued_at: i64, expires_at: i64, issued_by: &str) -> ();
    fn take_recovery_code(&self, user: i64, code_hash: &[u8], now: i64) -> bool;
    fn recovery_code_until(&self, user: i64, now: i64) -> Option<i64>;
    fn recovery_code_matches(&self, user: i64, code_hash: &[u8], now: i64) -> bool;
}
