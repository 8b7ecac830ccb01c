//! An import's write (docs/import.md): tenants, their domains and groups, users with their
//! groups, sealed TOTP seeds and answer hashes, all in one transaction. Owns the
//! all-or-nothing write; refuses to check the file (`crate::import` has done that).

use super::{ImportConflict, ImportTenant, ImportUser, Store};
use crate::CoreError;

fn unique_violation(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .is_some_and(|d| d.is_unique_violation())
}

impl Store {
    /// Write the tenants and users; with `replace`, a tenant of the same id goes first with
    /// all its users. Nothing is written unless everything is.
    pub async fn import(
        &self,
        tenants: &[ImportTenant],
        users: &[ImportUser],
        replace: bool,
    ) -> Result<(), ImportConflict> {
        let mut tx = self.begin().await?;
        for t in tenants {
            let policy = serde_json::to_string(&t.policy).map_err(CoreError::from)?;
            let r = on!(tx.c(), c => {
                if replace {
                    sqlx::query("DELETE FROM tenants WHERE id = $1")
                        .bind(&t.id)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
                sqlx::query("INSERT INTO tenants (id, name, paid, sender, policy) VALUES ($1, $2, $3, $4, $5)")
                    .bind(&t.id)
                    .bind(&t.name)
                    .bind(t.paid)
                    .bind(&t.sender)
                    .bind(&policy)
                    .execute(&mut *c)
                    .await.map(|r| r.rows_affected())
            });
            match r {
                Err(e) if unique_violation(&e) => return Err(ImportConflict::Tenant(t.id.clone())),
                other => other.map_err(CoreError::from)?,
            };
            on!(tx.c(), c => {
                for d in &t.domains {
                    sqlx::query("INSERT INTO tenant_domains (domain, tenant_id) VALUES ($1, $2)")
                        .bind(d.to_lowercase())
                        .bind(&t.id)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
                for g in &t.groups {
                    sqlx::query("INSERT INTO groups (tenant_id, name) VALUES ($1, $2)")
                        .bind(&t.id)
                        .bind(g)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
            });
        }
        for u in users {
            let roles = serde_json::to_string(&u.admin_roles).map_err(CoreError::from)?;
            let r: Result<(i64,), sqlx::Error> = on!(tx.c(), c => {
                sqlx::query_as(
                    "INSERT INTO users (tenant_id, upn, display_name, enabled, locked, password_source, password_hash, admin_roles, primary_email, alternate_email, mobile_phone, office_phone, auth_phone, auth_email, registered_at, last_confirmed_at, kind, home_tenant) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16, $17) RETURNING id",
                )
                .bind(&u.tenant_id)
                .bind(&u.upn)
                .bind(&u.display_name)
                .bind(u.enabled)
                .bind(u.locked)
                .bind(u.password_source.as_str())
                .bind(&u.password_hash)
                .bind(&roles)
                .bind(&u.primary_email)
                .bind(&u.alternate_email)
                .bind(&u.mobile_phone)
                .bind(&u.office_phone)
                .bind(&u.auth_phone)
                .bind(&u.auth_email)
                .bind(u.registered_at)
                .bind(u.kind.as_str())
                .bind(&u.home_tenant)
                .fetch_one(&mut *c)
                .await
            });
            let id = match r {
                Ok((id,)) => id,
                Err(e) if unique_violation(&e) => return Err(ImportConflict::User(u.upn.clone())),
                Err(e) => return Err(CoreError::from(e).into()),
            };
            on!(tx.c(), c => {
                for g in &u.groups {
                    sqlx::query("INSERT INTO user_groups (user_id, group_name) VALUES ($1, $2)")
                        .bind(id)
                        .bind(g)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
                for (kind, sealed) in &u.totp {
                    sqlx::query("INSERT INTO totp_credentials (user_id, kind, secret) VALUES ($1, $2, $3)")
                        .bind(id)
                        .bind(kind.as_str())
                        .bind(sealed)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
                for (q, h) in &u.answers {
                    sqlx::query("INSERT INTO security_answers (user_id, question, answer_hash) VALUES ($1, $2, $3)")
                        .bind(id)
                        .bind(q)
                        .bind(h)
                        .execute(&mut *c)
                        .await
                        .map_err(CoreError::from)?;
                }
            });
        }
        tx.commit().await?;
        Ok(())
    }
}
