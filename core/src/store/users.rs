//! Users: the directory data, status and registration dates, group membership, and the
//! password hash. Owns the `users` and `user_groups` tables; refuses to decide who may reset.

use std::collections::HashMap;

use super::model::{account_kind_from_column, password_source_from_column};
use super::{Conn, ContactField, TotpKind, UserRecord};
use crate::CoreError;

#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    tenant_id: String,
    upn: String,
    display_name: String,
    enabled: bool,
    locked: bool,
    password_source: String,
    admin_roles: String,
    primary_email: Option<String>,
    alternate_email: Option<String>,
    mobile_phone: Option<String>,
    office_phone: Option<String>,
    auth_phone: Option<String>,
    auth_email: Option<String>,
    auth_office_phone: Option<String>,
    registered_at: Option<i64>,
    last_confirmed_at: Option<i64>,
    kind: String,
    home_tenant: Option<String>,
    answers: i64,
    devices: i64,
}

/// The columns of [`UserRow`], shared by every user query.
macro_rules! user_columns {
    () => {
        "SELECT u.id, u.tenant_id, u.upn, u.display_name, u.enabled, u.locked, \
         u.password_source, u.admin_roles, u.primary_email, u.alternate_email, u.mobile_phone, \
         u.office_phone, u.auth_phone, u.auth_email, u.auth_office_phone, u.registered_at, \
         u.last_confirmed_at, u.kind, u.home_tenant, \
         (SELECT COUNT(*) FROM security_answers a WHERE a.user_id = u.id) AS answers, \
         (SELECT COUNT(*) FROM devices d WHERE d.user_id = u.id) AS devices"
    };
}

const USER_SELECT: &str = concat!(user_columns!(), " FROM users u");

/// A user's row with its groups (joined by [`LIST_SEP`]) and activated authenticator kinds
/// (joined by commas), for the single-user lookup.
#[derive(sqlx::FromRow)]
struct UserRowOne {
    #[sqlx(flatten)]
    row: UserRow,
    groups: Option<String>,
    kinds: Option<String>,
}

/// Joins group names in [`UserRowOne`]: the unit separator, which no group name holds.
const LIST_SEP: char = '\u{1f}';

const USER_SELECT_ONE_SQLITE: &str = concat!(
    user_columns!(),
    ", (SELECT group_concat(g.group_name, char(31)) FROM user_groups g WHERE g.user_id = u.id) AS groups",
    ", (SELECT group_concat(DISTINCT t.kind) FROM totp_credentials t WHERE t.user_id = u.id AND t.activated = TRUE) AS kinds",
    " FROM users u"
);

const USER_SELECT_ONE_PG: &str = concat!(
    user_columns!(),
    ", (SELECT string_agg(g.group_name, chr(31)) FROM user_groups g WHERE g.user_id = u.id) AS groups",
    ", (SELECT string_agg(DISTINCT t.kind, ',') FROM totp_credentials t WHERE t.user_id = u.id AND t.activated = TRUE) AS kinds",
    " FROM users u"
);

impl UserRow {
    fn into_record(
        self,
        groups: Vec<String>,
        kinds: Vec<TotpKind>,
    ) -> Result<UserRecord, CoreError> {
        Ok(UserRecord {
            id: self.id,
            tenant_id: self.tenant_id,
            upn: self.upn,
            display_name: self.display_name,
            enabled: self.enabled,
            locked: self.locked,
            password_source: password_source_from_column(&self.password_source)?,
            admin_roles: serde_json::from_str(&self.admin_roles)?,
            primary_email: self.primary_email,
            alternate_email: self.alternate_email,
            mobile_phone: self.mobile_phone,
            office_phone: self.office_phone,
            auth_phone: self.auth_phone,
            auth_email: self.auth_email,
            auth_office_phone: self.auth_office_phone,
            groups,
            totp_kinds: kinds,
            answers: self.answers.clamp(0, 255) as u8,
            devices: self.devices.clamp(0, 255) as u8,
            registered_at: self.registered_at,
            last_confirmed_at: self.last_confirmed_at,
            kind: account_kind_from_column(&self.kind)?,
            home_tenant: self.home_tenant,
        })
    }
}

fn kinds_of(rows: Vec<(i64, String)>) -> Result<HashMap<i64, Vec<TotpKind>>, CoreError> {
    let mut out: HashMap<i64, Vec<TotpKind>> = HashMap::new();
    for (id, k) in rows {
        out.entry(id).or_default().push(TotpKind::from_column(&k)?);
    }
    Ok(out)
}

fn groups_of(rows: Vec<(i64, String)>) -> HashMap<i64, Vec<String>> {
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (id, g) in rows {
        out.entry(id).or_default().push(g);
    }
    out
}

impl Conn<'_> {
    pub async fn user_by_upn(&mut self, upn: &str) -> Result<Option<UserRecord>, CoreError> {
        // Issue 14: one query, the groups and authenticator kinds folded into the row (this
        // lookup is on most pages). B3: an unknown user ID makes the same one query.
        let row = match self {
            Conn::Sqlite(c) => {
                let sql = format!("{USER_SELECT_ONE_SQLITE} WHERE u.upn = $1");
                sqlx::query_as::<_, UserRowOne>(&sql)
                    .bind(upn)
                    .fetch_optional(&mut **c)
                    .await?
            }
            Conn::Postgres(c) => {
                let sql = format!("{USER_SELECT_ONE_PG} WHERE u.upn = $1");
                sqlx::query_as::<_, UserRowOne>(&sql)
                    .bind(upn)
                    .fetch_optional(&mut **c)
                    .await?
            }
        };
        let Some(one) = row else {
            return Ok(None);
        };
        let mut groups: Vec<String> = one
            .groups
            .as_deref()
            .unwrap_or("")
            .split(LIST_SEP)
            .filter(|g| !g.is_empty())
            .map(String::from)
            .collect();
        groups.sort();
        let mut kinds: Vec<&str> = one
            .kinds
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter(|k| !k.is_empty())
            .collect();
        kinds.sort_unstable();
        kinds.dedup();
        let kinds = kinds
            .into_iter()
            .map(TotpKind::from_column)
            .collect::<Result<Vec<_>, _>>()?;
        one.row.into_record(groups, kinds).map(Some)
    }

    /// Every user, sorted by user ID (D2's sync compares them with the directory), in three
    /// queries whatever the count.
    pub async fn all_users(&mut self) -> Result<Vec<UserRecord>, CoreError> {
        let sql = format!("{USER_SELECT} ORDER BY u.upn");
        let (rows, groups, kinds) = on!(self, c => {
            let rows: Vec<UserRow> = sqlx::query_as(&sql).fetch_all(&mut *c).await?;
            let groups: Vec<(i64, String)> =
                sqlx::query_as("SELECT user_id, group_name FROM user_groups ORDER BY group_name")
                    .fetch_all(&mut *c)
                    .await?;
            let kinds: Vec<(i64, String)> = sqlx::query_as(
                "SELECT DISTINCT user_id, kind FROM totp_credentials WHERE activated = TRUE ORDER BY kind",
            )
            .fetch_all(&mut *c)
            .await?;
            Ok::<_, sqlx::Error>((rows, groups, kinds))
        })?;
        let mut groups = groups_of(groups);
        let mut kinds = kinds_of(kinds)?;
        rows.into_iter()
            .map(|r| {
                let id = r.id;
                r.into_record(
                    groups.remove(&id).unwrap_or_default(),
                    kinds.remove(&id).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Every user ID, optionally of one tenant, sorted.
    pub async fn upns(&mut self, tenant: Option<&str>) -> Result<Vec<String>, CoreError> {
        let rows: Vec<(String,)> = on!(self, c => {
            sqlx::query_as("SELECT upn FROM users WHERE ($1 IS NULL OR tenant_id = $1) ORDER BY upn")
                .bind(tenant)
                .fetch_all(&mut *c)
                .await
        })?;
        Ok(rows.into_iter().map(|(u,)| u).collect())
    }

    pub async fn upn_of(&mut self, user_id: i64) -> Result<Option<String>, CoreError> {
        let row: Option<(String,)> = on!(self, c => {
            sqlx::query_as("SELECT upn FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.map(|(u,)| u))
    }

    pub async fn password_hash(&mut self, user_id: i64) -> Result<Option<String>, CoreError> {
        let row: Option<(Option<String>,)> = on!(self, c => {
            sqlx::query_as("SELECT password_hash FROM users WHERE id = $1")
                .bind(user_id)
                .fetch_optional(&mut *c)
                .await
        })?;
        Ok(row.and_then(|(h,)| h))
    }

    /// N2: set the password and unlock the account in one statement.
    pub async fn set_password_and_unlock(
        &mut self,
        user_id: i64,
        phc: &str,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE users SET password_hash = $1, locked = FALSE WHERE id = $2")
                .bind(phc)
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// N3.
    pub async fn unlock(&mut self, user_id: i64) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE users SET locked = FALSE WHERE id = $1")
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// One contact column (D1, D2, G3, G4).
    pub async fn set_contact(
        &mut self,
        user_id: i64,
        field: ContactField,
        value: Option<&str>,
    ) -> Result<(), CoreError> {
        // The column name comes from the enum, never from input.
        let sql = format!("UPDATE users SET {} = $1 WHERE id = $2", field.as_str());
        on!(self, c => {
            sqlx::query(&sql)
                .bind(value)
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// G7: registration complete now (kept if it was already); C1: confirmed now.
    pub async fn mark_registered(&mut self, user_id: i64, now: i64) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE users SET registered_at = COALESCE(registered_at, $1), last_confirmed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Primary addresses of the tenant's administrators (O2, K1), at most `max`.
    pub async fn admin_emails(
        &mut self,
        tenant_id: &str,
        max: usize,
    ) -> Result<Vec<String>, CoreError> {
        let rows: Vec<(String,)> = on!(self, c => {
            sqlx::query_as("SELECT primary_email FROM users WHERE tenant_id = $1 AND admin_roles <> '[]' AND enabled = TRUE AND primary_email IS NOT NULL AND primary_email <> '' ORDER BY upn LIMIT $2")
                .bind(tenant_id)
                .bind(max as i64)
                .fetch_all(&mut *c)
                .await
        })?;
        Ok(rows.into_iter().map(|(e,)| e).collect())
    }

    /// D2: membership follows the directory.
    pub async fn join_group(&mut self, user_id: i64, group: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("INSERT INTO user_groups (user_id, group_name) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(user_id)
                .bind(group)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    pub async fn leave_group(&mut self, user_id: i64, group: &str) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("DELETE FROM user_groups WHERE user_id = $1 AND group_name = $2")
                .bind(user_id)
                .bind(group)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }
}

pooled! {
    fn user_by_upn(&self, upn: &str) -> Option<UserRecord>;
    fn all_users(&self) -> Vec<UserRecord>;
    fn upns(&self, tenant: Option<&str>) -> Vec<String>;
    fn upn_of(&self, user_id: i64) -> Option<String>;
    fn password_hash(&self, user_id: i64) -> Option<String>;
    fn set_password_and_unlock(&self, user_id: i64, phc: &str) -> ();
    fn unlock(&self, user_id: i64) -> ();
    fn set_contact(&self, user_id: i64, field: ContactField, value: Option<&str>) -> ();
    fn mark_registered(&self, user_id: i64, now: i64) -> ();
    fn admin_emails(&self, tenant_id: &str, max: usize) -> Vec<String>;
    fn join_group(&self, user_id: i64, group: &str) -> ();
    fn leave_group(&self, user_id: i64, group: &str) -> ();
}
