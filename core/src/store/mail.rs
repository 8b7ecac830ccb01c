//! The mail queue (O1, O2, K1): sealed notices, claims that let exactly one worker on any
//! node send each, retries and give-ups. Owns `mail_queue`; refuses to open a message.

use super::{Conn, QueuedMail};
use crate::CoreError;

impl Conn<'_> {
    pub async fn enqueue_mail(&mut self, sealed: &str, now: i64) -> Result<i64, CoreError> {
        let (id,): (i64,) = on!(self, c => {
            sqlx::query_as("INSERT INTO mail_queue (created_at, sealed, next_attempt_at) VALUES ($1, $2, $1) RETURNING id")
                .bind(now)
                .bind(sealed)
                .fetch_one(&mut *c)
                .await
        })?;
        Ok(id)
    }

    /// Messages due now, oldest first.
    pub async fn due_mail(&mut self, now: i64, limit: i64) -> Result<Vec<QueuedMail>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT id, sealed, attempts, created_at FROM mail_queue WHERE sent_at IS NULL AND failed_at IS NULL AND sealed IS NOT NULL AND next_attempt_at <= $1 AND claimed_until <= $1 ORDER BY id LIMIT $2")
                .bind(now)
                .bind(limit)
                .fetch_all(&mut *c)
                .await
        })?)
    }

    /// Claim a message for one send; false if another worker holds it or it was sent. The
    /// conditional update is atomic on both engines, so two workers never both win.
    pub async fn claim_mail(
        &mut self,
        id: i64,
        claim: &str,
        now: i64,
        until: i64,
    ) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("UPDATE mail_queue SET claimed_until = $1, claim = $2 WHERE id = $3 AND claimed_until <= $4 AND sent_at IS NULL AND failed_at IS NULL")
                .bind(until)
                .bind(claim)
                .bind(id)
                .bind(now)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Sent: the body goes, the record stays.
    pub async fn mark_mail_sent(
        &mut self,
        id: i64,
        claim: &str,
        now: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE mail_queue SET sent_at = $1, sealed = NULL, claimed_until = 0, claim = NULL WHERE id = $2 AND claim = $3")
                .bind(now)
                .bind(id)
                .bind(claim)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn retry_mail(
        &mut self,
        id: i64,
        claim: &str,
        attempts: i64,
        next: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE mail_queue SET attempts = $1, next_attempt_at = $2, claimed_until = 0, claim = NULL WHERE id = $3 AND claim = $4")
                .bind(attempts)
                .bind(next)
                .bind(id)
                .bind(claim)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn give_up_mail(&mut self, id: i64, now: i64) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE mail_queue SET failed_at = $1, sealed = NULL, claimed_until = 0 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// (queued, sent, given up) counts, for tests and `sspr report`.
    pub async fn mail_counts(&mut self) -> Result<(i64, i64, i64), CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT COUNT(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL), COUNT(sent_at), COUNT(failed_at) FROM mail_queue")
                .fetch_one(&mut *c)
                .await
        })?)
    }

    /// Issue 14, `/metrics`: messages waiting (neither sent nor given up) and when the
    /// oldest of them was queued.
    pub async fn mail_backlog(&mut self) -> Result<(i64, Option<i64>), CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM mail_queue WHERE sent_at IS NULL AND failed_at IS NULL")
                .fetch_one(&mut *c)
                .await
        })?)
    }
}

pooled! {
    fn mail_backlog(&self) -> (i64, Option<i64>);
    fn enqueue_mail(&self, sealed: &str, now: i64) -> i64;
    fn due_mail(&self, now: i64, limit: i64) -> Vec<QueuedMail>;
    fn claim_mail(&self, id: i64, claim: &str, now: i64, until: i64) -> bool;
    fn mark_mail_sent(&self, id: i64, claim: &str, now: i64) -> ();
    fn retry_mail(&self, id: i64, claim: &str, attempts: i64, next: i64) -> ();
    fn give_up_mail(&self, id: i64, now: i64) -> ();
    fn mail_counts(&self) -> (i64, i64, i64);
}
