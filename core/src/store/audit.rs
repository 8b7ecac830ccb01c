//! The audit trail (A1, W2) and the sweep of expired rows. Owns `audit`; refuses to store
//! a secret, a code or a message body (its types have no place for one).

use super::model::method_from_column;
use super::{AuditEvent, AuditFilter, AuditStep, Conn, Outcome, method_column};
use crate::CoreError;

fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|v| !v.is_empty())
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    at: i64,
    tenant_id: Option<String>,
    user: Option<String>,
    ip: Option<String>,
    client: Option<String>,
    step: String,
    method: Option<String>,
    outcome: String,
    reason: Option<String>,
}

impl AuditRow {
    fn into_event(self) -> Result<AuditEvent, CoreError> {
        Ok(AuditEvent {
            at: self.at,
            tenant_id: self.tenant_id,
            user: self.user,
            ip: self.ip,
            client: self.client,
            step: AuditStep::from_column(&self.step)?,
            method: self.method.as_deref().map(method_from_column).transpose()?,
            outcome: Outcome::from_column(&self.outcome)?,
            reason: self.reason,
        })
    }
}

const AUDIT_COLUMNS: &str =
    "SELECT at, tenant_id, \"user\", ip, client, step, method, outcome, reason FROM audit";

impl Conn<'_> {
    pub async fn audit(&mut self, e: &AuditEvent) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO audit (at, tenant_id, \"user\", ip, client, step, method, outcome, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .bind(e.at)
                .bind(opt(&e.tenant_id))
                .bind(opt(&e.user))
                .bind(opt(&e.ip))
                .bind(opt(&e.client))
                .bind(e.step.as_str())
                .bind(e.method.map(method_column))
                .bind(e.outcome.as_str())
                .bind(opt(&e.reason))
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Audit rows with `since <= at < until`, oldest first, optionally for one tenant or user.
    pub async fn audit_between(
        &mut self,
        since: i64,
        until: i64,
        tenant: Option<&str>,
        user: Option<&str>,
    ) -> Result<Vec<AuditEvent>, CoreError> {
        let sql = format!(
            "{AUDIT_COLUMNS} WHERE at >= $1 AND at < $2 AND ($3 IS NULL OR tenant_id = $3) AND ($4 IS NULL OR \"user\" = $4) ORDER BY at, id"
        );
        let rows: Vec<AuditRow> = on!(self, c => {
            sqlx::query_as(&sql)
                .bind(since)
                .bind(until)
                .bind(tenant)
                .bind(user)
                .fetch_all(&mut *c)
                .await
        })?;
        rows.into_iter().map(AuditRow::into_event).collect()
    }

    /// Issue 12 (A1, W2): the newest `limit` rows `filter` matches, newest first, filtered
    /// in SQL (the tenant's and user's indexes serve it).
    pub async fn audit_search(
        &mut self,
        filter: &AuditFilter,
        limit: i64,
    ) -> Result<Vec<AuditEvent>, CoreError> {
        let sql = format!(
            "{AUDIT_COLUMNS} WHERE at >= $1 AND at < $2 AND ($3 IS NULL OR tenant_id = $3) \
             AND ($4 IS NULL OR \"user\" = $4) AND ($5 IS NULL OR step = $5) \
             AND ($6 IS NULL OR outcome = $6) AND ($7 IS NULL OR ip = $7) \
             AND ($8 IS NULL OR client = $8) ORDER BY at DESC, id DESC LIMIT $9"
        );
        let f = filter;
        let rows: Vec<AuditRow> = on!(self, c => {
            sqlx::query_as(&sql)
                .bind(f.since)
                .bind(f.until)
                .bind(f.tenant.as_deref())
                .bind(f.user.as_deref())
                .bind(f.step.map(AuditStep::as_str))
                .bind(f.outcome.map(Outcome::as_str))
                .bind(f.ip.as_deref())
                .bind(f.client.as_deref())
                .bind(limit)
                .fetch_all(&mut *c)
                .await
        })?;
        rows.into_iter().map(AuditRow::into_event).collect()
    }

    /// Issue 12: the newest row of `step` (the operations page's last directory sync).
    pub async fn last_audit(&mut self, step: AuditStep) -> Result<Option<AuditEvent>, CoreError> {
        let sql = format!("{AUDIT_COLUMNS} WHERE step = $1 ORDER BY at DESC, id DESC LIMIT 1");
        let row: Option<AuditRow> = on!(self, c => {
            sqlx::query_as(&sql).bind(step.as_str()).fetch_optional(&mut *c).await
        })?;
        row.map(AuditRow::into_event).transpose()
    }

    /// Issue 10: failed verifications in reset flows for `upn` after `since` and after the
    /// user's last completed reset: how many, and the latest.
    pub async fn reset_attempts(
        &mut self,
        upn: &str,
        since: i64,
    ) -> Result<(i64, Option<i64>), CoreError> {
        let row: (i64, Option<i64>) = on!(self, c => {
            sqlx::query_as(
                "SELECT COUNT(*), MAX(at) FROM audit WHERE \"user\" = $1 AND step = $2 AND outcome = $3 AND at > $4 \
                 AND at > COALESCE((SELECT MAX(at) FROM audit WHERE \"user\" = $1 AND step = $5 AND outcome = $6), 0)",
            )
            .bind(upn)
            .bind(AuditStep::Verify.as_str())
            .bind(Outcome::Fail.as_str())
            .bind(since)
            .bind(AuditStep::Reset.as_str())
            .bind(Outcome::Ok.as_str())
            .fetch_one(&mut *c)
            .await
        })?;
        Ok(row)
    }

    /// The newest `limit` rows, newest first.
    pub async fn audit_rows(&mut self, limit: i64) -> Result<Vec<AuditEvent>, CoreError> {
        let sql = format!("{AUDIT_COLUMNS} ORDER BY id DESC LIMIT $1");
        let rows: Vec<AuditRow> = on!(self, c => {
            sqlx::query_as(&sql).bind(limit).fetch_all(&mut *c).await
        })?;
        rows.into_iter().map(AuditRow::into_event).collect()
    }

    /// Drop expired flows, captchas, sessions and pairings, and throttle events, sign-in
    /// failures and notifications older than `horizon`; audit rows older than
    /// `audit_retention_secs` (0 keeps them).
    pub async fn sweep(
        &mut self,
        now: i64,
        horizon: i64,
        audit_retention_secs: i64,
    ) -> Result<(), CoreError> {
        let before = now - horizon;
        if audit_retention_secs > 0 {
            let cutoff = now - audit_retention_secs;
            on!(&mut *self, c => sqlx::query("DELETE FROM audit WHERE at < $1").bind(cutoff).execute(&mut *c).await.map(|r| r.rows_affected()))?;
        }
        for (sql, at) in [
            ("DELETE FROM flows WHERE expires_at <= $1", now),
            ("DELETE FROM captchas_spent WHERE expires_at <= $1", now),
            ("DELETE FROM events WHERE at < $1", before),
            ("DELETE FROM sessions WHERE expires_at <= $1", now),
            ("DELETE FROM device_pairings WHERE expires_at <= $1", now),
            ("DELETE FROM push_challenges WHERE expires_at < $1", before),
            ("DELETE FROM signin_failures WHERE at < $1", before),
            // Receipts come within hours; a week covers a carrier's retries.
            (
                "DELETE FROM sent_messages WHERE sent_at < $1",
                now - 7 * 24 * 3600,
            ),
        ] {
            on!(&mut *self, c => sqlx::query(sql).bind(at).execute(&mut *c).await.map(|r| r.rows_affected()))?;
        }
        Ok(())
    }
}

pooled! {
    fn audit(&self, e: &AuditEvent) -> ();
    fn audit_between(&self, since: i64, until: i64, tenant: Option<&str>, user: Option<&str>) -> Vec<AuditEvent>;
    fn audit_rows(&self, limit: i64) -> Vec<AuditEvent>;
    fn audit_search(&self, filter: &AuditFilter, limit: i64) -> Vec<AuditEvent>;
    fn last_audit(&self, step: AuditStep) -> Option<AuditEvent>;
    fn reset_attempts(&self, upn: &str, since: i64) -> (i64, Option<i64>);
    fn sweep(&self, now: i64, horizon: i64, audit_retention_secs: i64) -> ();
}
