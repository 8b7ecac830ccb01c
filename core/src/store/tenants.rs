//! Tenants, their domains and groups. Owns the `tenants`, `tenant_domains` and `groups`
//! tables; refuses to judge a policy (the policy crate and `admin` validate before a write).

use super::{Conn, Tenant, TenantLayout};
use crate::CoreError;

#[derive(sqlx::FromRow)]
struct TenantRow {
    id: String,
    name: String,
    paid: bool,
    sender: String,
    policy: String,
}

impl TenantRow {
    fn into_tenant(self) -> Result<Tenant, CoreError> {
        Ok(Tenant {
            id: self.id,
            name: self.name,
            paid: self.paid,
            sender: self.sender,
            policy: serde_json::from_str(&self.policy)?,
        })
    }
}

/// (tenant id, domain or group name) rows.
type Pairs = Vec<(String, String)>;

const COLUMNS: &str = "t.id, t.name, t.paid, t.sender, t.policy";

impl Conn<'_> {
    pub async fn tenant(&mut self, id: &str) -> Result<Option<Tenant>, CoreError> {
        let sql = format!("SELECT {COLUMNS} FROM tenants t WHERE t.id = $1");
        let row: Option<TenantRow> = on!(self, c => {
            sqlx::query_as(&sql).bind(id).fetch_optional(&mut *c).await
        })?;
        row.map(TenantRow::into_tenant).transpose()
    }

    pub async fn tenant_for_domain(&mut self, domain: &str) -> Result<Option<Tenant>, CoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM tenants t JOIN tenant_domains d ON d.tenant_id = t.id WHERE d.domain = $1"
        );
        let domain = domain.to_lowercase();
        let row: Option<TenantRow> = on!(self, c => {
            sqlx::query_as(&sql).bind(&domain).fetch_optional(&mut *c).await
        })?;
        row.map(TenantRow::into_tenant).transpose()
    }

    /// Replace a tenant's policy (JSON), already validated by the caller.
    pub async fn set_policy(&mut self, tenant: &str, policy_json: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE tenants SET policy = $1 WHERE id = $2")
                .bind(policy_json)
                .bind(tenant)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Every tenant's domains and groups (D2's sync places users and memberships by them).
    pub async fn tenant_layouts(&mut self) -> Result<Vec<TenantLayout>, CoreError> {
        let (ids, domains, groups): (Vec<(String,)>, Pairs, Pairs) = on!(self, c => {
            let ids = sqlx::query_as("SELECT id FROM tenants ORDER BY id")
                .fetch_all(&mut *c)
                .await?;
            let domains = sqlx::query_as(
                "SELECT tenant_id, domain FROM tenant_domains ORDER BY tenant_id, domain",
            )
            .fetch_all(&mut *c)
            .await?;
            let groups =
                sqlx::query_as("SELECT tenant_id, name FROM groups ORDER BY tenant_id, name")
                    .fetch_all(&mut *c)
                    .await?;
            Ok::<_, sqlx::Error>((ids, domains, groups))
        })?;
        Ok(ids
            .into_iter()
            .map(|(id,)| TenantLayout {
                domains: domains
                    .iter()
                    .filter(|(t, _)| *t == id)
                    .map(|(_, d)| d.clone())
                    .collect(),
                groups: groups
                    .iter()
                    .filter(|(t, _)| *t == id)
                    .map(|(_, g)| g.clone())
                    .collect(),
                id,
            })
            .collect())
    }
}

pooled! {
    fn tenant(&self, id: &str) -> Option<Tenant>;
    fn tenant_for_domain(&self, domain: &str) -> Option<Tenant>;
    fn set_policy(&self, tenant: &str, policy_json: &str) -> ();
    fn tenant_layouts(&self) -> Vec<TenantLayout>;
}
