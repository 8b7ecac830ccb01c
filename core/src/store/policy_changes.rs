//! Issue 12: the console's change history. Owns `policy_changes` (each change's whole policy
//! before and after, who made it, what it reverted); refuses to validate a policy (the policy
//! crate does, before a write).

use super::Conn;
use crate::CoreError;

/// One saved change, its policies as stored (JSON).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PolicyChange {
    pub id: i64,
    pub tenant_id: String,
    pub at: i64,
    pub admin: String,
    pub old_policy: String,
    pub new_policy: String,
    pub reverts: Option<i64>,
}

const COLUMNS: &str = "id, tenant_id, at, admin, old_policy, new_policy, reverts";

impl Conn<'_> {
    /// Record a change; returns its id. Call in the transaction that sets the policy.
    pub async fn record_policy_change(
        &mut self,
        tenant: &str,
        at: i64,
        admin: &str,
        old_policy: &str,
        new_policy: &str,
        reverts: Option<i64>,
    ) -> Result<i64, CoreError> {
        let sql = "INSERT INTO policy_changes (tenant_id, at, admin, old_policy, new_policy, reverts) \
                   VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
        let (id,): (i64,) = on!(self, c => {
            sqlx::query_as(sql)
                .bind(tenant)
                .bind(at)
                .bind(admin)
                .bind(old_policy)
                .bind(new_policy)
                .bind(reverts)
                .fetch_one(&mut *c)
                .await
        })?;
        Ok(id)
    }

    /// A tenant's changes, newest first.
    pub async fn policy_changes(
        &mut self,
        tenant: &str,
        limit: i64,
    ) -> Result<Vec<PolicyChange>, CoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM policy_changes WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2"
        );
        let rows = on!(self, c => {
            sqlx::query_as(&sql).bind(tenant).bind(limit).fetch_all(&mut *c).await
        })?;
        Ok(rows)
    }

    /// One change of a tenant (never another tenant's).
    pub async fn policy_change(
        &mut self,
        tenant: &str,
        id: i64,
    ) -> Result<Option<PolicyChange>, CoreError> {
        let sql = format!("SELECT {COLUMNS} FROM policy_changes WHERE tenant_id = $1 AND id = $2");
        let row = on!(self, c => {
            sqlx::query_as(&sql).bind(tenant).bind(id).fetch_optional(&mut *c).await
        })?;
        Ok(row)
    }
}

pooled! {
    fn policy_changes(&self, tenant: &str, limit: i64) -> Vec<PolicyChange>;
    fn policy_change(&self, tenant: &str, id: i64) -> Option<PolicyChange>;
}
