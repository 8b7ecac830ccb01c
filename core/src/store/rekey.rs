//! Issue 14, rotating the server key: every value sealed with it (authenticator and OATH
//! secrets, queued mail), and every row found by a MAC of it (sessions, flows, pending
//! device pairings), read and replaced in the rotation's one transaction. Owns that SQL;
//! refuses to open or seal anything (the caller holds both keys).

use super::Conn;
use crate::CoreError;

impl Conn<'_> {
    /// Every TOTP and OATH credential's sealed secret: (id, sealed).
    pub async fn sealed_totp_secrets(&mut self) -> Result<Vec<(i64, String)>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT id, secret FROM totp_credentials ORDER BY id")
                .fetch_all(&mut *c)
                .await
        })?)
    }

    pub async fn reseal_totp_secret(&mut self, id: i64, sealed: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE totp_credentials SET secret = $1 WHERE id = $2")
                .bind(sealed)
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Every queued message still holding its sealed body: (id, sealed).
    pub async fn sealed_mail(&mut self) -> Result<Vec<(i64, String)>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT id, sealed FROM mail_queue WHERE sealed IS NOT NULL ORDER BY id")
                .fetch_all(&mut *c)
                .await
        })?)
    }

    pub async fn reseal_mail(&mut self, id: i64, sealed: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE mail_queue SET sealed = $1 WHERE id = $2")
                .bind(sealed)
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// End what only the old key could find: signed-in sessions, flows in progress and
    /// pending device pairings (their ids are MACs of the old key), recovery codes. Returns
    /// (sessions, flows).
    pub async fn end_keyed_rows(&mut self) -> Result<(u64, u64), CoreError> {
        let sessions = on!(self, c => {
            sqlx::query("DELETE FROM sessions").execute(&mut *c).await.map(|r| r.rows_affected())
        })?;
        let flows = on!(self, c => {
            sqlx::query("DELETE FROM flows").execute(&mut *c).await.map(|r| r.rows_affected())
        })?;
        on!(self, c => {
            sqlx::query("DELETE FROM device_pairings").execute(&mut *c).await.map(|r| r.rows_affected())
        })?;
        // Issue 12: a recovery code is found by its MAC too; the helpdesk issues a new one.
        on!(self, c => {
            sqlx::query("DELETE FROM recovery_codes").execute(&mut *c).await.map(|r| r.rows_affected())
        })?;
        Ok((sessions, flows))
    }
}
