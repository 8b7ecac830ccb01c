//! Throttle windows' events (codes sent, failed verifications, administrator requests) and
//! sign-in failures for smart lockout, shared by every node through the database. Owns the
//! `events` and `signin_failures` tables; refuses to decide when a window is full (the
//! policy crate's `Window` and `Lockout` do).

use super::Conn;
use crate::CoreError;

/// The kinds of throttled event, mapped to `events.kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A failed verification of any method (SPEC 16: 5 in 15 minutes blocks for 24 hours).
    VerifyFail,
    /// A one-time code sent over any channel (SPEC 16 counts emails; SMS and voice too).
    CodeSent,
    /// K1: a request for the administrators' help.
    AdminRequest,
    /// Issue 10: a reset started by a client (keyed by address and by network).
    ClientStart,
    /// Issue 10: a sign-in tried by a client.
    ClientSignIn,
    /// Issue 10: a code or notification sent at a client's request.
    ClientSend,
    /// Issue 10: a message counted against a budget (a user's day, a tenant's, the portal's).
    Message,
    /// Issue 10: a code sent to a user by one channel to one destination (keyed
    /// `<channel>:<upn>:<to>`), for the resend cooldown.
    Resend,
    /// Issue 10: a refused attempt that was audited (one row per key and window).
    Refusal,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::VerifyFail => "verify-fail",
            EventKind::CodeSent => "code-sent",
            EventKind::AdminRequest => "admin-request",
            EventKind::ClientStart => "client-start",
            EventKind::ClientSignIn => "client-signin",
            EventKind::ClientSend => "client-send",
            EventKind::Message => "message",
            EventKind::Resend => "resend",
            EventKind::Refusal => "refusal",
        }
    }
}

impl Conn<'_> {
    pub async fn add_event(
        &mut self,
        key: &str,
        kind: EventKind,
        at: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO events (key, kind, at) VALUES ($1, $2, $3)")
                .bind(key)
                .bind(kind.as_str())
                .bind(at)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn events_since(
        &mut self,
        key: &str,
        kind: EventKind,
        since: i64,
    ) -> Result<Vec<i64>, CoreError> {
        let rows: Vec<(i64,)> = on!(self, c => {
            sqlx::query_as("SELECT at FROM events WHERE key = $1 AND kind = $2 AND at > $3 ORDER BY at")
                .bind(key)
                .bind(kind.as_str())
                .bind(since)
                .fetch_all(&mut *c)
                .await
        })?;
        Ok(rows.into_iter().map(|(t,)| t).collect())
    }

    /// The time of the `n`-th newest event (1 = the newest) of `key` after `since`, if
    /// there are that many: what a rolling quota needs, without reading every row.
    pub async fn nth_newest_event(
        &mut self,
        key: &str,
        kind: EventKind,
        since: i64,
        n: u32,
    ) -> Result<Option<i64>, CoreError> {
        let offset = i64::from(n.max(1) - 1);
        let row: Option<(i64,)> = on!(self, c => {
            sqlx::query_as("SELECT at FROM events WHERE key = $1 AND kind = $2 AND at > $3 ORDER BY at DESC LIMIT 1 OFFSET $4")
                .bind(key)
                .bind(kind.as_str())
                .bind(since)
                .bind(offset)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.map(|r| r.0))
    }

    pub async fn clear_events(&mut self, key: &str, kind: EventKind) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM events WHERE key = $1 AND kind = $2")
                .bind(key)
                .bind(kind.as_str())
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// G1: failed sign-ins for `upn` since `since`, as (time, fingerprint).
    pub async fn signin_failures(
        &mut self,
        upn: &str,
        since: i64,
    ) -> Result<Vec<(i64, i64)>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT at, fingerprint FROM signin_failures WHERE upn = $1 AND at >= $2 ORDER BY at")
                .bind(upn)
                .bind(since)
                .fetch_all(&mut *c)
                .await
        })?)
    }

    pub async fn add_signin_failure(
        &mut self,
        upn: &str,
        at: i64,
        fingerprint: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO signin_failures (upn, at, fingerprint) VALUES ($1, $2, $3)")
                .bind(upn)
                .bind(at)
                .bind(fingerprint)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn clear_signin_failures(&mut self, upn: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM signin_failures WHERE upn = $1")
                .bind(upn)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}

pooled! {
    fn add_event(&self, key: &str, kind: EventKind, at: i64) -> ();
    fn events_since(&self, key: &str, kind: EventKind, since: i64) -> Vec<i64>;
    fn clear_events(&self, key: &str, kind: EventKind) -> ();
    fn nth_newest_event(&self, key: &str, kind: EventKind, since: i64, n: u32) -> Option<i64>;
    fn signin_failures(&self, upn: &str, since: i64) -> Vec<(i64, i64)>;
    fn add_signin_failure(&self, upn: &str, at: i64, fingerprint: i64) -> ();
    fn clear_signin_failures(&self, upn: &str) -> ();
}
