//! Issue 15: the texts and calls providers took (`sent_messages`), keyed by the provider's
//! message id, and the status their receipts report. Owns `sent_messages`; refuses to keep
//! a number, a body or a code (its columns have no place for one).

use super::model::method_from_column;
use super::{Conn, method_column};
use crate::CoreError;
use crate::delivery::Channel;
use sspr_policy::Method;

/// A message as recorded at its send, for the receipt's audit row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentMessage {
    pub tenant_id: Option<String>,
    pub user: Option<String>,
    pub method: Option<Method>,
    /// `sent`, `delivered` or `failed`.
    pub status: String,
}

/// A message a provider took, as recorded at its send.
#[derive(Debug, Clone, Copy)]
pub struct NewSent<'a> {
    pub channel: Channel,
    pub provider: &'a str,
    pub provider_id: &'a str,
    pub tenant_id: Option<&'a str>,
    pub user: Option<&'a str>,
    pub method: Option<Method>,
    pub at: i64,
}

type SentRow = (Option<String>, Option<String>, Option<String>, String);

impl Conn<'_> {
    pub async fn record_sent(&mut self, m: NewSent<'_>) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO sent_messages (channel, provider, provider_id, tenant_id, \"user\", method, sent_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (channel, provider, provider_id) DO NOTHING")
                .bind(m.channel.as_str())
                .bind(m.provider)
                .bind(m.provider_id)
                .bind(m.tenant_id)
                .bind(m.user)
                .bind(m.method.map(method_column))
                .bind(m.at)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn sent_message(
        &mut self,
        channel: Channel,
        provider: &str,
        provider_id: &str,
    ) -> Result<Option<SentMessage>, CoreError> {
        let row: Option<SentRow> = on!(self, c => {
            sqlx::query_as("SELECT tenant_id, \"user\", method, status FROM sent_messages WHERE channel = $1 AND provider = $2 AND provider_id = $3")
                .bind(channel.as_str())
                .bind(provider)
                .bind(provider_id)
                .fetch_optional(&mut *c)
                .await
        })?;
        row.map(|(tenant_id, user, method, status)| {
            Ok(SentMessage {
                tenant_id,
                user,
                method: method.as_deref().map(method_from_column).transpose()?,
                status,
            })
        })
        .transpose()
    }

    /// Set the final status once: true if this call set it (a repeated receipt is not
    /// audited twice).
    pub async fn settle_sent(
        &mut self,
        channel: Channel,
        provider: &str,
        provider_id: &str,
        status: &str,
        now: i64,
    ) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("UPDATE sent_messages SET status = $1, status_at = $2 WHERE channel = $3 AND provider = $4 AND provider_id = $5 AND status = 'sent'")
                .bind(status)
                .bind(now)
                .bind(channel.as_str())
                .bind(provider)
                .bind(provider_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }
}

pooled! {
    fn record_sent(&self, m: NewSent<'_>) -> ();
    fn sent_message(&self, channel: Channel, provider: &str, provider_id: &str) -> Option<SentMessage>;
    fn settle_sent(&self, channel: Channel, provider: &str, provider_id: &str, status: &str, now: i64) -> bool;
}
