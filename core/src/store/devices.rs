//! V4 devices: paired public keys, pairing codes (HMACs) and notifications with their
//! number. Owns `devices`, `device_pairings` and `push_challenges`; refuses to check a
//! signature (`device` does).

use super::{ChallengeRow, ChallengeStatus, Conn, DeviceRow};
use crate::CoreError;

#[derive(sqlx::FromRow)]
struct ChallengeDbRow {
    id: i64,
    user_id: i64,
    number: i64,
    org: String,
    status: String,
    expires_at: i64,
}

impl ChallengeDbRow {
    fn into_row(self) -> Result<ChallengeRow, CoreError> {
        Ok(ChallengeRow {
            id: self.id,
            user_id: self.user_id,
            number: self.number,
            org: self.org,
            status: ChallengeStatus::from_column(&self.status)?,
            expires_at: self.expires_at,
        })
    }
}

const CHALLENGE_COLUMNS: &str =
    "SELECT id, user_id, number, org, status, expires_at FROM push_challenges";
const DEVICE_COLUMNS: &str =
    "SELECT id, user_id, public_key, name, created_at, last_ts FROM devices";

impl Conn<'_> {
    /// A new pairing code for the user; any earlier one is gone (call inside a transaction).
    pub async fn add_pairing(
        &mut self,
        code_hash: &[u8],
        user_id: i64,
        expires_at: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM device_pairings WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *c)
                .await?;
            sqlx::query("INSERT INTO device_pairings (code_hash, user_id, expires_at) VALUES ($1, $2, $3)")
                .bind(code_hash)
                .bind(user_id)
                .bind(expires_at)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Spend a pairing code: the user it was for, if it exists and has not expired.
    pub async fn take_pairing(
        &mut self,
        code_hash: &[u8],
        now: i64,
    ) -> Result<Option<i64>, CoreError> {
        let row: Option<(i64,)> = on!(self, c => {
            sqlx::query_as("DELETE FROM device_pairings WHERE code_hash = $1 AND expires_at > $2 RETURNING user_id")
                .bind(code_hash)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.map(|(u,)| u))
    }

    pub async fn pairing_open(&mut self, user_id: i64, now: i64) -> Result<bool, CoreError> {
        let row: Option<(i64,)> = on!(self, c => {
            sqlx::query_as("SELECT user_id FROM device_pairings WHERE user_id = $1 AND expires_at > $2")
                .bind(user_id)
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.is_some())
    }

    pub async fn add_device(
        &mut self,
        user_id: i64,
        public_key: &[u8],
        name: &str,
        now: i64,
    ) -> Result<i64, CoreError> {
        let (id,): (i64,) = on!(self, c => {
            sqlx::query_as("INSERT INTO devices (user_id, public_key, name, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(user_id)
                .bind(public_key)
                .bind(name)
                .bind(now)
                .fetch_one(&mut *c)
                .await
        })?;
        Ok(id)
    }

    pub async fn device(&mut self, id: i64) -> Result<Option<DeviceRow>, CoreError> {
        let sql = format!("{DEVICE_COLUMNS} WHERE id = $1");
        Ok(on!(self, c => {
            sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await
        })?)
    }

    pub async fn devices_of(&mut self, user_id: i64) -> Result<Vec<DeviceRow>, CoreError> {
        let sql = format!("{DEVICE_COLUMNS} WHERE user_id = $1 ORDER BY id");
        Ok(on!(self, c => {
            sqlx::query_as(&sql).bind(user_id).fetch_all(&mut *c).await
        })?)
    }

    /// Record a signed request's timestamp; false if it is not newer than the last one.
    pub async fn advance_device_ts(&mut self, id: i64, ts: i64) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("UPDATE devices SET last_ts = $1 WHERE id = $2 AND last_ts < $1")
                .bind(ts)
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    pub async fn delete_device(&mut self, user_id: i64, id: i64) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("DELETE FROM devices WHERE id = $1 AND user_id = $2")
                .bind(id)
                .bind(user_id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// A new notification; it replaces any the user has not answered from the same part of
    /// the product (issue 10: a stranger's reset never replaces the user's own sign-in
    /// notification). Call inside a transaction.
    pub async fn add_challenge(
        &mut self,
        user_id: i64,
        number: i64,
        org: &str,
        expires_at: i64,
        for_reset: bool,
    ) -> Result<i64, CoreError> {
        let (id,): (i64,) = on!(self, c => {
            sqlx::query("UPDATE push_challenges SET status = $1 WHERE user_id = $2 AND status = $3 AND for_reset = $4")
                .bind(ChallengeStatus::Replaced.as_str())
                .bind(user_id)
                .bind(ChallengeStatus::Pending.as_str())
                .bind(for_reset)
                .execute(&mut *c)
                .await?;
            sqlx::query_as("INSERT INTO push_challenges (user_id, number, org, status, expires_at, for_reset) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                .bind(user_id)
                .bind(number)
                .bind(org)
                .bind(ChallengeStatus::Pending.as_str())
                .bind(expires_at)
                .bind(for_reset)
                .fetch_one(&mut *c)
                .await
        })?;
        Ok(id)
    }

    pub async fn challenge(&mut self, id: i64) -> Result<Option<ChallengeRow>, CoreError> {
        let sql = format!("{CHALLENGE_COLUMNS} WHERE id = $1");
        let row: Option<ChallengeDbRow> = on!(self, c => {
            sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await
        })?;
        row.map(ChallengeDbRow::into_row).transpose()
    }

    pub async fn pending_challenge(
        &mut self,
        user_id: i64,
        now: i64,
    ) -> Result<Option<ChallengeRow>, CoreError> {
        let sql = format!(
            "{CHALLENGE_COLUMNS} WHERE user_id = $1 AND status = $2 AND expires_at > $3 ORDER BY for_reset, id DESC LIMIT 1"
        );
        let row: Option<ChallengeDbRow> = on!(self, c => {
            sqlx::query_as(&sql)
                .bind(user_id)
                .bind(ChallengeStatus::Pending.as_str())
                .bind(now)
                .fetch_optional(&mut *c)
                .await
        })?;
        row.map(ChallengeDbRow::into_row).transpose()
    }

    /// Answer a pending challenge once: false if it was answered (or replaced) already.
    pub async fn answer_challenge(
        &mut self,
        id: i64,
        status: ChallengeStatus,
    ) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("UPDATE push_challenges SET status = $1 WHERE id = $2 AND status = $3")
                .bind(status.as_str())
                .bind(id)
                .bind(ChallengeStatus::Pending.as_str())
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }
}

pooled! {
    fn take_pairing(&self, code_hash: &[u8], now: i64) -> Option<i64>;
    fn pairing_open(&self, user_id: i64, now: i64) -> bool;
    fn add_device(&self, user_id: i64, public_key: &[u8], name: &str, now: i64) -> i64;
    fn device(&self, id: i64) -> Option<DeviceRow>;
    fn devices_of(&self, user_id: i64) -> Vec<DeviceRow>;
    fn advance_device_ts(&self, id: i64, ts: i64) -> bool;
    fn delete_device(&self, user_id: i64, id: i64) -> bool;
    fn challenge(&self, id: i64) -> Option<ChallengeRow>;
    fn pending_challenge(&self, user_id: i64, now: i64) -> Option<ChallengeRow>;
    fn answer_challenge(&self, id: i64, status: ChallengeStatus) -> bool;
}

impl super::Store {
    /// A new pairing code for the user, replacing any earlier one, in one transaction.
    pub async fn add_pairing(
        &self,
        code_hash: &[u8],
        user_id: i64,
        expires_at: i64,
    ) -> Result<(), CoreError> {
        let mut tx = self.begin().await?;
        tx.c().add_pairing(code_hash, user_id, expires_at).await?;
        tx.commit().await
    }

    /// A new notification replacing the user's unanswered one of the same kind, in one
    /// transaction.
    pub async fn add_challenge(
        &self,
        user_id: i64,
        number: i64,
        org: &str,
        expires_at: i64,
        for_reset: bool,
    ) -> Result<i64, CoreError> {
        let mut tx = self.begin().await?;
        let id = tx
            .c()
            .add_challenge(user_id, number, org, expires_at, for_reset)
            .await?;
        tx.commit().await?;
        Ok(id)
    }
}
