//! Storage: every SQL statement of the product lives here, behind plain methods, so the
//! flows never see an engine. SQLite (WAL, migrations in `core/migrations`) is the embedded
//! default. Owns persistence; refuses to make policy decisions.

use std::str::FromStr;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{Row, SqlitePool};
use sspr_policy::Policy;

use crate::CoreError;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tenant {
    pub id: String,
    pub name: String,
    pub paid: bool,
    pub sender: String,
    pub policy: Policy,
}

/// A user as stored. Serialises to what an administrator may see (`sspr user show`): the
/// internal id is skipped, and the record holds no password hash, answer or TOTP secret.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct UserRecord {
    #[serde(skip)]
    pub id: i64,
    #[serde(rename = "tenant")]
    pub tenant_id: String,
    pub upn: String,
    pub display_name: String,
    pub enabled: bool,
    pub locked: bool,
    pub password_source: String,
    pub admin_roles: Vec<String>,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub auth_phone: Option<String>,
    pub auth_email: Option<String>,
    pub auth_office_phone: Option<String>,
    pub groups: Vec<String>,
    /// Kinds of TOTP credentials held (`app`, `software_oath`, `hardware_oath`).
    pub totp_kinds: Vec<String>,
    #[serde(rename = "security_questions_registered")]
    pub answers: u8,
    /// V4: devices paired for notifications.
    pub devices: u8,
    /// G7: when registration was last complete; C1: when the user last confirmed it.
    pub registered_at: Option<i64>,
    pub last_confirmed_at: Option<i64>,
    /// B1, B2: `member`, `guest`, `self_service` or `invited`; a guest's home tenant.
    pub kind: String,
    pub home_tenant: Option<String>,
}

/// One TOTP credential as the security-info page lists it (no secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotpInfo {
    pub id: i64,
    pub kind: String,
    pub activated: bool,
    pub serial: Option<String>,
    pub manufacturer: Option<String>,
    pub model: Option<String>,
    pub created_at: Option<i64>,
}

/// A paired device (V4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    pub id: i64,
    pub user_id: i64,
    pub public_key: Vec<u8>,
    pub name: String,
    pub created_at: i64,
    pub last_ts: i64,
}

/// A notification waiting for, or given, the device's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeRow {
    pub id: i64,
    pub user_id: i64,
    pub number: i64,
    pub org: String,
    pub status: String,
    pub expires_at: i64,
}

/// A signed-in session row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub user_id: i64,
    pub expires_at: i64,
    pub state: String,
}

#[derive(Debug, Clone)]
pub struct TotpCredential {
    pub id: i64,
    pub secret: String,
    pub last_used_step: i64,
    pub step_secs: i64,
}

/// A hardware OATH token from `sspr oath import`, its secret already sealed.
#[derive(Debug, Clone)]
pub struct NewOathToken {
    pub user_id: i64,
    pub serial: String,
    pub sealed_secret: String,
    pub step_secs: i64,
    pub manufacturer: String,
    pub model: String,
}

/// One audit row (A1, W2). Never holds a secret, a code or a message body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditEvent {
    pub at: i64,
    pub tenant_id: Option<String>,
    pub user: Option<String>,
    pub ip: Option<String>,
    pub client: Option<String>,
    pub step: String,
    pub method: Option<String>,
    pub outcome: String,
    pub reason: Option<String>,
}

fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|v| !v.is_empty())
}

impl Store {
    /// Open (creating the file and its folder) and migrate.
    pub async fn connect(url: &str) -> Result<Store, CoreError> {
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            let path = path.split('?').next().unwrap_or(path);
            if path != ":memory:"
                && let Some(dir) = std::path::Path::new(path)
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir)?;
            }
        }
        let opts = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // WAL + NORMAL: commits survive a crash of the process; only a power loss may
            // drop the last transactions (flows and throttles, not passwords' safety).
            .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(std::time::Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Store { pool })
    }

    /// A private in-memory database (one connection), for tests.
    pub async fn memory() -> Result<Store, CoreError> {
        let opts = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Store { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A cheap round trip, for health checks.
    pub async fn ping(&self) -> Result<(), CoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    fn tenant_from_row(row: &sqlx::sqlite::SqliteRow) -> Result<Tenant, CoreError> {
        let policy: String = row.try_get("policy")?;
        Ok(Tenant {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            paid: row.try_get::<i64, _>("paid")? != 0,
            sender: row.try_get("sender")?,
            policy: serde_json::from_str(&policy)?,
        })
    }

    pub async fn tenant(&self, id: &str) -> Result<Option<Tenant>, CoreError> {
        let row = sqlx::query("SELECT * FROM tenants WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Self::tenant_from_row(&r)).transpose()
    }

    pub async fn tenant_for_domain(&self, domain: &str) -> Result<Option<Tenant>, CoreError> {
        let row = sqlx::query("SELECT t.* FROM tenants t JOIN tenant_domains d ON d.tenant_id = t.id WHERE d.domain = ?")
            .bind(domain.to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Self::tenant_from_row(&r)).transpose()
    }

    pub async fn user_by_upn(&self, upn: &str) -> Result<Option<UserRecord>, CoreError> {
        let Some(r) = sqlx::query("SELECT * FROM users WHERE upn = ?")
            .bind(upn)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let id: i64 = r.try_get("id")?;
        let roles: String = r.try_get("admin_roles")?;
        let groups =
            sqlx::query("SELECT group_name FROM user_groups WHERE user_id = ? ORDER BY group_name")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|g| g.try_get::<String, _>(0))
                .collect::<Result<Vec<_>, _>>()?;
        let totp_kinds = sqlx::query(
            "SELECT DISTINCT kind FROM totp_credentials WHERE user_id = ? AND activated = 1 ORDER BY kind",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|g| g.try_get::<String, _>(0))
        .collect::<Result<Vec<_>, _>>()?;
        let answers: i64 = sqlx::query("SELECT COUNT(*) FROM security_answers WHERE user_id = ?")
            .bind(id)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let devices: i64 = sqlx::query("SELECT COUNT(*) FROM devices WHERE user_id = ?")
            .bind(id)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(Some(UserRecord {
            id,
            tenant_id: r.try_get("tenant_id")?,
            upn: r.try_get("upn")?,
            display_name: r.try_get("display_name")?,
            enabled: r.try_get::<i64, _>("enabled")? != 0,
            locked: r.try_get::<i64, _>("locked")? != 0,
            password_source: r.try_get("password_source")?,
            admin_roles: serde_json::from_str(&roles)?,
            primary_email: r.try_get("primary_email")?,
            alternate_email: r.try_get("alternate_email")?,
            mobile_phone: r.try_get("mobile_phone")?,
            office_phone: r.try_get("office_phone")?,
            auth_phone: r.try_get("auth_phone")?,
            auth_email: r.try_get("auth_email")?,
            auth_office_phone: r.try_get("auth_office_phone")?,
            groups,
            totp_kinds,
            answers: answers.clamp(0, 255) as u8,
            devices: devices.clamp(0, 255) as u8,
            registered_at: r.try_get("registered_at")?,
            last_confirmed_at: r.try_get("last_confirmed_at")?,
            kind: r.try_get("kind")?,
            home_tenant: r.try_get("home_tenant")?,
        }))
    }

    pub async fn password_hash(&self, user_id: i64) -> Result<Option<String>, CoreError> {
        Ok(sqlx::query("SELECT password_hash FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?
            .and_then(|r| r.try_get::<Option<String>, _>(0).ok().flatten()))
    }

    /// N2: set the password and unlock the account in one statement.
    pub async fn set_password_and_unlock(&self, user_id: i64, phc: &str) -> Result<(), CoreError> {
        sqlx::query("UPDATE users SET password_hash = ?, locked = 0 WHERE id = ?")
            .bind(phc)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Replace a tenant's policy (JSON), already validated by the caller.
    pub async fn set_policy(&self, tenant: &str, policy_json: &str) -> Result<(), CoreError> {
        sqlx::query("UPDATE tenants SET policy = ? WHERE id = ?")
            .bind(policy_json)
            .bind(tenant)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// D1: one contact column; only the columns an administrator may set are accepted.
    pub async fn set_contact(
        &self,
        user_id: i64,
        field: &str,
        value: Option<&str>,
    ) -> Result<(), CoreError> {
        let sql = match field {
            "alternate_email" => "UPDATE users SET alternate_email = ? WHERE id = ?",
            "mobile_phone" => "UPDATE users SET mobile_phone = ? WHERE id = ?",
            "office_phone" => "UPDATE users SET office_phone = ? WHERE id = ?",
            other => return Err(CoreError::Config(format!("{other} is not a contact field"))),
        };
        sqlx::query(sql)
            .bind(value)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// N3.
    pub async fn unlock(&self, user_id: i64) -> Result<(), CoreError> {
        sqlx::query("UPDATE users SET locked = 0 WHERE id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn totp_credentials(
        &self,
        user_id: i64,
        kind: &str,
    ) -> Result<Vec<TotpCredential>, CoreError> {
        sqlx::query("SELECT id, secret, last_used_step, step_secs FROM totp_credentials WHERE user_id = ? AND kind = ? AND activated = 1 ORDER BY id")
            .bind(user_id)
            .bind(kind)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(TotpCredential {
                    id: r.try_get(0)?,
                    secret: r.try_get(1)?,
                    last_used_step: r.try_get(2)?,
                    step_secs: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Serials already known, among `serials`.
    pub async fn known_serials(&self, serials: &[String]) -> Result<Vec<String>, CoreError> {
        let mut out = Vec::new();
        for s in serials {
            if sqlx::query("SELECT 1 FROM totp_credentials WHERE serial = ?")
                .bind(s)
                .fetch_optional(&self.pool)
                .await?
                .is_some()
            {
                out.push(s.clone());
            }
        }
        Ok(out)
    }

    /// Insert hardware tokens, not yet activated, in one transaction: all or nothing.
    pub async fn insert_oath_tokens(&self, tokens: &[NewOathToken]) -> Result<(), CoreError> {
        let mut tx = self.pool.begin().await?;
        for t in tokens {
            sqlx::query(
                "INSERT INTO totp_credentials (user_id, kind, secret, activated, step_secs, serial, manufacturer, model) \
                 VALUES (?, 'hardware_oath', ?, 0, ?, ?, ?, ?)",
            )
            .bind(t.user_id)
            .bind(&t.sealed_secret)
            .bind(t.step_secs)
            .bind(&t.serial)
            .bind(&t.manufacturer)
            .bind(&t.model)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Record a TOTP step as used; false if a concurrent request used it (or a later one) first.
    pub async fn use_totp_step(&self, cred_id: i64, step: i64) -> Result<bool, CoreError> {
        let r = sqlx::query(
            "UPDATE totp_credentials SET last_used_step = ? WHERE id = ? AND last_used_step < ?",
        )
        .bind(step)
        .bind(cred_id)
        .bind(step)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn security_answers(&self, user_id: i64) -> Result<Vec<(String, String)>, CoreError> {
        sqlx::query("SELECT question, answer_hash FROM security_answers WHERE user_id = ? ORDER BY question")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    pub async fn put_flow(
        &self,
        id_hash: &[u8],
        expires_at: i64,
        state: &str,
    ) -> Result<(), CoreError> {
        sqlx::query("INSERT INTO flows (id_hash, expires_at, state) VALUES (?, ?, ?) ON CONFLICT(id_hash) DO UPDATE SET state = excluded.state")
            .bind(id_hash)
            .bind(expires_at)
            .bind(state)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn get_flow(&self, id_hash: &[u8], now: i64) -> Result<Option<String>, CoreError> {
        Ok(
            sqlx::query("SELECT state FROM flows WHERE id_hash = ? AND expires_at > ?")
                .bind(id_hash)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?
                .map(|r| r.try_get(0))
                .transpose()?,
        )
    }

    /// Record a captcha challenge as spent; false when it was spent before (single use).
    pub async fn spend_captcha(&self, id_hash: &[u8], expires_at: i64) -> Result<bool, CoreError> {
        let r =
            sqlx::query("INSERT OR IGNORE INTO captchas_spent (id_hash, expires_at) VALUES (?, ?)")
                .bind(id_hash)
                .bind(expires_at)
                .execute(&self.pool)
                .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn add_event(&self, key: &str, kind: &str, at: i64) -> Result<(), CoreError> {
        sqlx::query("INSERT INTO events (key, kind, at) VALUES (?, ?, ?)")
            .bind(key)
            .bind(kind)
            .bind(at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn events_since(
        &self,
        key: &str,
        kind: &str,
        since: i64,
    ) -> Result<Vec<i64>, CoreError> {
        sqlx::query("SELECT at FROM events WHERE key = ? AND kind = ? AND at > ? ORDER BY at")
            .bind(key)
            .bind(kind)
            .bind(since)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }

    pub async fn clear_events(&self, key: &str, kind: &str) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM events WHERE key = ? AND kind = ?")
            .bind(key)
            .bind(kind)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Drop expired flows, captchas and events older than `horizon`.
    pub async fn sweep(&self, now: i64, horizon: i64) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM flows WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM captchas_spent WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM events WHERE at < ?")
            .bind(now - horizon)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM device_pairings WHERE expires_at <= ?")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM push_challenges WHERE expires_at < ?")
            .bind(now - horizon)
            .execute(&self.pool)
            .await?;
        sqlx::query("DELETE FROM signin_failures WHERE at < ?")
            .bind(now - horizon)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Primary addresses of the tenant's administrators (O2, K1), at most `max`.
    pub async fn admin_emails(
        &self,
        tenant_id: &str,
        max: usize,
    ) -> Result<Vec<String>, CoreError> {
        sqlx::query("SELECT primary_email FROM users WHERE tenant_id = ? AND admin_roles != '[]' AND enabled = 1 AND primary_email IS NOT NULL AND primary_email != '' ORDER BY upn LIMIT ?")
            .bind(tenant_id)
            .bind(max as i64)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }

    pub async fn audit(&self, e: &AuditEvent) -> Result<(), CoreError> {
        sqlx::query("INSERT INTO audit (at, tenant_id, user, ip, client, step, method, outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(e.at)
            .bind(opt(&e.tenant_id))
            .bind(opt(&e.user))
            .bind(opt(&e.ip))
            .bind(opt(&e.client))
            .bind(&e.step)
            .bind(opt(&e.method))
            .bind(&e.outcome)
            .bind(opt(&e.reason))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Audit rows with `since <= at < until`, oldest first, optionally for one tenant or user.
    pub async fn audit_between(
        &self,
        since: i64,
        until: i64,
        tenant: Option<&str>,
        user: Option<&str>,
    ) -> Result<Vec<AuditEvent>, CoreError> {
        sqlx::query(
            "SELECT at, tenant_id, user, ip, client, step, method, outcome, reason FROM audit \
             WHERE at >= ? AND at < ? AND (? IS NULL OR tenant_id = ?) AND (? IS NULL OR user = ?) ORDER BY at, id",
        )
        .bind(since)
        .bind(until)
        .bind(tenant)
        .bind(tenant)
        .bind(user)
        .bind(user)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(Self::audit_from_row)
        .collect()
    }

    fn audit_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<AuditEvent, CoreError> {
        Ok(AuditEvent {
            at: r.try_get(0)?,
            tenant_id: r.try_get(1)?,
            user: r.try_get(2)?,
            ip: r.try_get(3)?,
            client: r.try_get(4)?,
            step: r.try_get(5)?,
            method: r.try_get(6)?,
            outcome: r.try_get(7)?,
            reason: r.try_get(8)?,
        })
    }

    /// Every user (D2's sync compares them with the directory).
    pub async fn all_users(&self) -> Result<Vec<UserRecord>, CoreError> {
        let mut out = Vec::new();
        for upn in self.upns(None).await? {
            if let Some(u) = self.user_by_upn(&upn).await? {
                out.push(u);
            }
        }
        Ok(out)
    }

    /// Every tenant's domains and groups (D2's sync places users and memberships by them).
    pub async fn tenant_layouts(&self) -> Result<Vec<crate::sync::TenantLayout>, CoreError> {
        let mut out = Vec::new();
        for r in sqlx::query("SELECT id FROM tenants ORDER BY id")
            .fetch_all(&self.pool)
            .await?
        {
            let id: String = r.try_get(0)?;
            let names = |sql: &'static str| {
                let id = id.clone();
                async move {
                    sqlx::query(sql)
                        .bind(id)
                        .fetch_all(&self.pool)
                        .await?
                        .iter()
                        .map(|r| Ok(r.try_get(0)?))
                        .collect::<Result<Vec<String>, CoreError>>()
                }
            };
            let domains =
                names("SELECT domain FROM tenant_domains WHERE tenant_id = ? ORDER BY domain")
                    .await?;
            let groups = names("SELECT name FROM groups WHERE tenant_id = ? ORDER BY name").await?;
            out.push(crate::sync::TenantLayout {
                id,
                domains,
                groups,
            });
        }
        Ok(out)
    }

    /// D2: membership follows the directory.
    pub async fn join_group(&self, user_id: i64, group: &str) -> Result<(), CoreError> {
        sqlx::query("INSERT OR IGNORE INTO user_groups (user_id, group_name) VALUES (?, ?)")
            .bind(user_id)
            .bind(group)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn leave_group(&self, user_id: i64, group: &str) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM user_groups WHERE user_id = ? AND group_name = ?")
            .bind(user_id)
            .bind(group)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// D2: a directory user sspr did not have, with the password on-premises (no local hash)
    /// and nothing registered. One transaction: the user and their groups, or nothing.
    pub async fn create_synced_user(&self, u: &crate::sync::NewUser) -> Result<i64, CoreError> {
        let mut tx = self.pool.begin().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO users (tenant_id, upn, display_name, password_source, primary_email, alternate_email, mobile_phone, office_phone) VALUES (?, ?, ?, 'hash_sync', ?, ?, ?, ?) RETURNING id",
        )
        .bind(&u.tenant_id)
        .bind(&u.upn)
        .bind(&u.display_name)
        .bind(&u.primary_email)
        .bind(&u.alternate_email)
        .bind(&u.mobile_phone)
        .bind(&u.office_phone)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        for g in &u.groups {
            sqlx::query("INSERT INTO user_groups (user_id, group_name) VALUES (?, ?)")
                .bind(id)
                .bind(g)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Every user ID, optionally of one tenant, sorted.
    pub async fn upns(&self, tenant: Option<&str>) -> Result<Vec<String>, CoreError> {
        sqlx::query("SELECT upn FROM users WHERE (? IS NULL OR tenant_id = ?) ORDER BY upn")
            .bind(tenant)
            .bind(tenant)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok(r.try_get(0)?))
            .collect()
    }

    pub async fn audit_rows(&self, limit: i64) -> Result<Vec<AuditEvent>, CoreError> {
        sqlx::query("SELECT at, tenant_id, user, ip, client, step, method, outcome, reason FROM audit ORDER BY id DESC LIMIT ?")
            .bind(limit)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(Self::audit_from_row)
            .collect()
    }

    // --- security info (issue 3) ---------------------------------------------------------

    pub async fn put_session(
        &self,
        id_hash: &[u8],
        user_id: i64,
        expires_at: i64,
        state: &str,
    ) -> Result<(), CoreError> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_id, expires_at, state) VALUES (?, ?, ?, ?)",
        )
        .bind(id_hash)
        .bind(user_id)
        .bind(expires_at)
        .bind(state)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn get_session(
        &self,
        id_hash: &[u8],
        now: i64,
    ) -> Result<Option<SessionRow>, CoreError> {
        let row = sqlx::query(
            "SELECT user_id, expires_at, state FROM sessions WHERE id_hash = ? AND expires_at > ?",
        )
        .bind(id_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SessionRow {
                user_id: r.try_get(0)?,
                expires_at: r.try_get(1)?,
                state: r.try_get(2)?,
            })
        })
        .transpose()
    }

    pub async fn update_session(&self, id_hash: &[u8], state: &str) -> Result<(), CoreError> {
        sqlx::query("UPDATE sessions SET state = ? WHERE id_hash = ?")
            .bind(state)
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn delete_session(&self, id_hash: &[u8]) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = ?")
            .bind(id_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// End every session of a user (after a reset: whoever was signed in is out).
    pub async fn delete_user_sessions(&self, user_id: i64) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// End every session of a user except `keep` (after a password change).
    pub async fn delete_other_sessions(&self, user_id: i64, keep: &[u8]) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?")
            .bind(user_id)
            .bind(keep)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// G1: failed sign-ins for `upn` since `since`, as (time, fingerprint).
    pub async fn signin_failures(
        &self,
        upn: &str,
        since: i64,
    ) -> Result<Vec<(i64, i64)>, CoreError> {
        sqlx::query(
            "SELECT at, fingerprint FROM signin_failures WHERE upn = ? AND at >= ? ORDER BY at",
        )
        .bind(upn)
        .bind(since)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect()
    }

    pub async fn add_signin_failure(
        &self,
        upn: &str,
        at: i64,
        fingerprint: i64,
    ) -> Result<(), CoreError> {
        sqlx::query("INSERT INTO signin_failures (upn, at, fingerprint) VALUES (?, ?, ?)")
            .bind(upn)
            .bind(at)
            .bind(fingerprint)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn clear_signin_failures(&self, upn: &str) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM signin_failures WHERE upn = ?")
            .bind(upn)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Registered contact info: `auth_email`, `auth_phone` or `auth_office_phone`.
    pub async fn set_auth_contact(
        &self,
        user_id: i64,
        field: &str,
        value: Option<&str>,
    ) -> Result<(), CoreError> {
        let sql = match field {
            "auth_email" => "UPDATE users SET auth_email = ? WHERE id = ?",
            "auth_phone" => "UPDATE users SET auth_phone = ? WHERE id = ?",
            "auth_office_phone" => "UPDATE users SET auth_office_phone = ? WHERE id = ?",
            other => {
                return Err(CoreError::Config(format!(
                    "{other} is not registered contact info"
                )));
            }
        };
        sqlx::query(sql)
            .bind(value)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// G7: registration complete now (kept if it was already); C1: confirmed now.
    pub async fn mark_registered(&self, user_id: i64, now: i64) -> Result<(), CoreError> {
        sqlx::query("UPDATE users SET registered_at = COALESCE(registered_at, ?), last_confirmed_at = ? WHERE id = ?")
            .bind(now)
            .bind(now)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn list_totp(&self, user_id: i64) -> Result<Vec<TotpInfo>, CoreError> {
        sqlx::query("SELECT id, kind, activated, serial, manufacturer, model, created_at FROM totp_credentials WHERE user_id = ? ORDER BY id")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                Ok(TotpInfo {
                    id: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    activated: r.try_get::<i64, _>(2)? != 0,
                    serial: r.try_get(3)?,
                    manufacturer: r.try_get(4)?,
                    model: r.try_get(5)?,
                    created_at: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// G5: a verified authenticator; `used_step` is the step its first code used (no replay).
    pub async fn add_totp(
        &self,
        user_id: i64,
        kind: &str,
        sealed_secret: &str,
        used_step: i64,
        now: i64,
    ) -> Result<i64, CoreError> {
        let r = sqlx::query("INSERT INTO totp_credentials (user_id, kind, secret, last_used_step, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
            .bind(user_id)
            .bind(kind)
            .bind(sealed_secret)
            .bind(used_step)
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    /// An imported hardware token of this user waiting for activation, by serial.
    pub async fn inactive_token(
        &self,
        user_id: i64,
        serial: &str,
    ) -> Result<Option<TotpCredential>, CoreError> {
        let row = sqlx::query("SELECT id, secret, last_used_step, step_secs FROM totp_credentials WHERE user_id = ? AND serial = ? AND activated = 0")
            .bind(user_id)
            .bind(serial)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| {
            Ok(TotpCredential {
                id: r.try_get(0)?,
                secret: r.try_get(1)?,
                last_used_step: r.try_get(2)?,
                step_secs: r.try_get(3)?,
            })
        })
        .transpose()
    }

    pub async fn activate_token(
        &self,
        cred_id: i64,
        used_step: i64,
        now: i64,
    ) -> Result<(), CoreError> {
        sqlx::query("UPDATE totp_credentials SET activated = 1, last_used_step = ?, created_at = ? WHERE id = ?")
            .bind(used_step)
            .bind(now)
            .bind(cred_id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Delete one of the user's TOTP credentials; false if it is not theirs.
    pub async fn delete_totp(&self, user_id: i64, cred_id: i64) -> Result<bool, CoreError> {
        let r = sqlx::query("DELETE FROM totp_credentials WHERE id = ? AND user_id = ?")
            .bind(cred_id)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// G6: replace the user's questions and answer hashes in one transaction.
    pub async fn replace_security_answers(
        &self,
        user_id: i64,
        answers: &[(String, String)],
    ) -> Result<(), CoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM security_answers WHERE user_id = ?")
            .bind(user_id)
            .execute(&mut *tx)
            .await?;
        for (q, h) in answers {
            sqlx::query(
                "INSERT INTO security_answers (user_id, question, answer_hash) VALUES (?, ?, ?)",
            )
            .bind(user_id)
            .bind(q)
            .bind(h)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    // --- devices and notifications (V4) ------------------------------------------------

    pub async fn add_pairing(
        &self,
        code_hash: &[u8],
        user_id: i64,
        expires_at: i64,
    ) -> Result<(), CoreError> {
        sqlx::query("DELETE FROM device_pairings WHERE user_id = ?")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO device_pairings (code_hash, user_id, expires_at) VALUES (?, ?, ?)",
        )
        .bind(code_hash)
        .bind(user_id)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Spend a pairing code: the user it was for, if it exists and has not expired.
    pub async fn take_pairing(&self, code_hash: &[u8], now: i64) -> Result<Option<i64>, CoreError> {
        let row = sqlx::query(
            "DELETE FROM device_pairings WHERE code_hash = ? AND expires_at > ? RETURNING user_id",
        )
        .bind(code_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    pub async fn pairing_open(&self, user_id: i64, now: i64) -> Result<bool, CoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM device_pairings WHERE user_id = ? AND expires_at > ?")
                .bind(user_id)
                .bind(now)
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    pub async fn add_device(
        &self,
        user_id: i64,
        public_key: &[u8],
        name: &str,
        now: i64,
    ) -> Result<i64, CoreError> {
        let r = sqlx::query("INSERT INTO devices (user_id, public_key, name, created_at) VALUES (?, ?, ?, ?) RETURNING id")
            .bind(user_id)
            .bind(public_key)
            .bind(name)
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    fn device_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<DeviceRow, CoreError> {
        Ok(DeviceRow {
            id: r.try_get("id")?,
            user_id: r.try_get("user_id")?,
            public_key: r.try_get("public_key")?,
            name: r.try_get("name")?,
            created_at: r.try_get("created_at")?,
            last_ts: r.try_get("last_ts")?,
        })
    }

    pub async fn device(&self, id: i64) -> Result<Option<DeviceRow>, CoreError> {
        let row = sqlx::query("SELECT * FROM devices WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Self::device_from_row(&r)).transpose()
    }

    pub async fn devices_of(&self, user_id: i64) -> Result<Vec<DeviceRow>, CoreError> {
        sqlx::query("SELECT * FROM devices WHERE user_id = ? ORDER BY id")
            .bind(user_id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(Self::device_from_row)
            .collect()
    }

    /// Record a signed request's timestamp; false if it is not newer than the last one.
    pub async fn advance_device_ts(&self, id: i64, ts: i64) -> Result<bool, CoreError> {
        let r = sqlx::query("UPDATE devices SET last_ts = ? WHERE id = ? AND last_ts < ?")
            .bind(ts)
            .bind(id)
            .bind(ts)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn delete_device(&self, user_id: i64, id: i64) -> Result<bool, CoreError> {
        let r = sqlx::query("DELETE FROM devices WHERE id = ? AND user_id = ?")
            .bind(id)
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    pub async fn upn_of(&self, user_id: i64) -> Result<Option<String>, CoreError> {
        let row = sqlx::query("SELECT upn FROM users WHERE id = ?")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get(0)).transpose()?)
    }

    pub async fn add_challenge(
        &self,
        user_id: i64,
        number: i64,
        org: &str,
        expires_at: i64,
    ) -> Result<i64, CoreError> {
        // A new notification replaces any the user has not answered.
        sqlx::query("UPDATE push_challenges SET status = 'replaced' WHERE user_id = ? AND status = 'pending'")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        let r = sqlx::query("INSERT INTO push_challenges (user_id, number, org, status, expires_at) VALUES (?, ?, ?, 'pending', ?) RETURNING id")
            .bind(user_id)
            .bind(number)
            .bind(org)
            .bind(expires_at)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    fn challenge_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<ChallengeRow, CoreError> {
        Ok(ChallengeRow {
            id: r.try_get("id")?,
            user_id: r.try_get("user_id")?,
            number: r.try_get("number")?,
            org: r.try_get("org")?,
            status: r.try_get("status")?,
            expires_at: r.try_get("expires_at")?,
        })
    }

    pub async fn challenge(&self, id: i64) -> Result<Option<ChallengeRow>, CoreError> {
        let row = sqlx::query("SELECT * FROM push_challenges WHERE id = ?")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Self::challenge_from_row(&r)).transpose()
    }

    pub async fn pending_challenge(
        &self,
        user_id: i64,
        now: i64,
    ) -> Result<Option<ChallengeRow>, CoreError> {
        let row = sqlx::query("SELECT * FROM push_challenges WHERE user_id = ? AND status = 'pending' AND expires_at > ? ORDER BY id DESC LIMIT 1")
            .bind(user_id)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| Self::challenge_from_row(&r)).transpose()
    }

    /// Answer a pending challenge once: false if it was answered (or replaced) already.
    pub async fn answer_challenge(&self, id: i64, status: &str) -> Result<bool, CoreError> {
        let r = sqlx::query(
            "UPDATE push_challenges SET status = ? WHERE id = ? AND status = 'pending'",
        )
        .bind(status)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(r.rows_affected() == 1)
    }

    // --- mail queue (O1, O2, K1) ---------------------------------------------------------

    pub async fn enqueue_mail(&self, sealed: &str, now: i64) -> Result<i64, CoreError> {
        let r = sqlx::query("INSERT INTO mail_queue (created_at, sealed, next_attempt_at) VALUES (?, ?, ?) RETURNING id")
            .bind(now)
            .bind(sealed)
            .bind(now)
            .fetch_one(&self.pool)
            .await?;
        Ok(r.try_get(0)?)
    }

    /// Messages due now: (id, sealed, attempts, created_at), oldest first.
    pub async fn due_mail(
        &self,
        now: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String, i64, i64)>, CoreError> {
        sqlx::query("SELECT id, sealed, attempts, created_at FROM mail_queue WHERE sent_at IS NULL AND failed_at IS NULL AND sealed IS NOT NULL AND next_attempt_at <= ? AND claimed_until <= ? ORDER BY id LIMIT ?")
            .bind(now)
            .bind(now)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
            .collect()
    }

    /// Claim a message for one send; false if another worker holds it or it was sent.
    pub async fn claim_mail(
        &self,
        id: i64,
        claim: &str,
        now: i64,
        until: i64,
    ) -> Result<bool, CoreError> {
        let r = sqlx::query("UPDATE mail_queue SET claimed_until = ?, claim = ? WHERE id = ? AND claimed_until <= ? AND sent_at IS NULL AND failed_at IS NULL")
            .bind(until)
            .bind(claim)
            .bind(id)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Sent: the body goes, the record stays.
    pub async fn mark_mail_sent(&self, id: i64, claim: &str, now: i64) -> Result<(), CoreError> {
        sqlx::query("UPDATE mail_queue SET sent_at = ?, sealed = NULL, claimed_until = 0, claim = NULL WHERE id = ? AND claim = ?")
        .bind(now)
        .bind(id)
        .bind(claim)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn retry_mail(
        &self,
        id: i64,
        claim: &str,
        attempts: i64,
        next: i64,
    ) -> Result<(), CoreError> {
        sqlx::query("UPDATE mail_queue SET attempts = ?, next_attempt_at = ?, claimed_until = 0, claim = NULL WHERE id = ? AND claim = ?")
            .bind(attempts)
            .bind(next)
            .bind(id)
            .bind(claim)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn give_up_mail(&self, id: i64, now: i64) -> Result<(), CoreError> {
        sqlx::query(
            "UPDATE mail_queue SET failed_at = ?, sealed = NULL, claimed_until = 0 WHERE id = ?",
        )
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// (queued, sent, given up) counts, for tests and `sspr report`.
    pub async fn mail_counts(&self) -> Result<(i64, i64, i64), CoreError> {
        let r = sqlx::query("SELECT COUNT(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL), COUNT(sent_at), COUNT(failed_at) FROM mail_queue")
            .fetch_one(&self.pool)
            .await?;
        Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
    }
}
