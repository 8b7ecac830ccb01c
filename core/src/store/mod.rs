//! Storage: every SQL statement of the product lives under this folder, one file per
//! aggregate, written once in the SQL that SQLite (the embedded default) and PostgreSQL
//! (several nodes) both speak, with `$n` placeholders. Each statement runs on a [`Conn`]: a
//! pooled connection for a single write or read, or a [`Tx`] when several writes must land
//! together. Per-user serialisation ([`Store::lock_user`]) lives here too, in the database
//! when the database is shared. Owns persistence; refuses to make policy decisions.

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool};

use crate::CoreError;

/// Run `$body` once per engine with `$c` bound to that engine's `&mut Connection`: the SQL
/// text is the same, the driver differs. Statements take `&mut *$c`.
macro_rules! on {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::store::Conn::Sqlite($c) => {
                let $c: &mut sqlx::SqliteConnection = &mut *$c;
                $body
            }
            $crate::store::Conn::Postgres($c) => {
                let $c: &mut sqlx::PgConnection = &mut *$c;
                $body
            }
        }
    };
}

/// `Store` methods that run one [`Conn`] method on a pooled connection.
macro_rules! pooled {
    ($( $(#[$m:meta])* fn $name:ident(&self $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty; )*) => {
        impl $crate::store::Store {
            $(
                $(#[$m])*
                pub async fn $name(&self $(, $arg: $ty)*) -> Result<$ret, $crate::CoreError> {
                    self.conn().await?.c().$name($($arg),*).await
                }
            )*
        }
    };
}

mod audit;
mod credentials;
mod devices;
mod flows;
mod import;
mod lock;
mod mail;
mod messages;
pub mod model;
mod policy_changes;
mod recovery_codes;
mod rekey;
mod sessions;
mod sync;
mod tenants;
mod throttle;
mod users;

pub use lock::UserLock;
pub use messages::{NewSent, SentMessage};
pub use model::*;
pub use policy_changes::PolicyChange;
pub use sync::SyncWrite;
pub use throttle::EventKind;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn of_url(url: &str) -> Option<Engine> {
        if url.starts_with("sqlite:") {
            Some(Engine::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Engine::Postgres)
        } else {
            None
        }
    }
}

#[derive(Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres {
        pool: PgPool,
        /// Connections that hold users' advisory locks, apart from the statements' pool so a
        /// lock holder never waits for a connection another lock holder keeps.
        locks: PgPool,
    },
}

#[derive(Clone)]
pub struct Store {
    pool: Pool,
}

/// One connection, of either engine, that statements run on.
pub enum Conn<'a> {
    Sqlite(&'a mut SqliteConnection),
    Postgres(&'a mut PgConnection),
}

/// A connection taken from the pool for one call.
pub struct Pooled(PooledInner);

enum PooledInner {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl Pooled {
    pub fn c(&mut self) -> Conn<'_> {
        match &mut self.0 {
            PooledInner::Sqlite(p) => Conn::Sqlite(p),
            PooledInner::Postgres(p) => Conn::Postgres(p),
        }
    }
}

/// A transaction: everything written through [`Tx::c`] lands at [`Tx::commit`] or not at all
/// (dropped without a commit, it rolls back).
pub struct Tx(TxInner);

enum TxInner {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    pub fn c(&mut self) -> Conn<'_> {
        match &mut self.0 {
            TxInner::Sqlite(t) => Conn::Sqlite(t),
            TxInner::Postgres(t) => Conn::Postgres(t),
        }
    }

    pub async fn commit(self) -> Result<(), CoreError> {
        match self.0 {
            TxInner::Sqlite(t) => t.commit().await?,
            TxInner::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

/// How long a request waits for a database connection before it is told to try later.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);

impl Store {
    /// Open and migrate the database a URL names: `sqlite://path` (created with its folder
    /// when missing) or `postgres://user@host/db`.
    pub async fn connect(url: &str) -> Result<Store, CoreError> {
        match Engine::of_url(url) {
            Some(Engine::Sqlite) => Self::connect_sqlite(url).await,
            Some(Engine::Postgres) => Self::connect_postgres(url).await,
            None => Err(CoreError::Config(format!(
                "database_url must start with sqlite:// or postgres:// (got {:?})",
                url.split(':').next().unwrap_or("")
            ))),
        }
    }

    async fn connect_sqlite(url: &str) -> Result<Store, CoreError> {
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
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            // Issue 14: a local file cannot go away between queries; the default ping on
            // every acquire was a second round trip to the connection's thread per query.
            .test_before_acquire(false)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(opts)
            .await?;
        SQLITE_MIGRATIONS.run(&pool).await?;
        Ok(Store {
            pool: Pool::Sqlite(pool),
        })
    }

    async fn connect_postgres(url: &str) -> Result<Store, CoreError> {
        let opts = PgConnectOptions::from_str(url)?.application_name("sspr");
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(opts.clone())
            .await?;
        // Several nodes may start at once: sqlx's migrator takes an advisory lock itself.
        POSTGRES_MIGRATIONS.run(&pool).await?;
        let locks = PgPoolOptions::new()
            .max_connections(lock::STRIPES)
            .min_connections(0)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_lazy_with(opts.options([("lock_timeout", "10s")]));
        Ok(Store {
            pool: Pool::Postgres { pool, locks },
        })
    }

    /// Issue 14, `sspr check-config`: whether the database a URL names can be reached,
    /// changing nothing (no file created, no migration run). Says what was found; a URL's
    /// password never appears in it.
    pub async fn check(url: &str) -> Result<String, CoreError> {
        match Engine::of_url(url) {
            Some(Engine::Sqlite) => {
                let path = url
                    .trim_start_matches("sqlite://")
                    .trim_start_matches("sqlite:")
                    .split('?')
                    .next()
                    .unwrap_or("");
                if !std::path::Path::new(path).exists() {
                    return Ok(format!("SQLite {path} (created at the first start)"));
                }
                let opts = SqliteConnectOptions::from_str(url)?.read_only(true);
                let mut c = sqlx::ConnectOptions::connect(&opts).await?;
                sqlx::query("SELECT 1").execute(&mut c).await?;
                Ok(format!("SQLite {path}"))
            }
            Some(Engine::Postgres) => {
                let opts = PgConnectOptions::from_str(url)?.application_name("sspr-check");
                let mut c =
                    tokio::time::timeout(ACQUIRE_TIMEOUT, sqlx::ConnectOptions::connect(&opts))
                        .await
                        .map_err(|_| CoreError::Config("no answer within 5 s".into()))??;
                sqlx::query("SELECT 1").execute(&mut c).await?;
                Ok(format!(
                    "PostgreSQL {}:{}/{}",
                    opts.get_host(),
                    opts.get_port(),
                    opts.get_database().unwrap_or("")
                ))
            }
            None => Err(CoreError::Config(format!(
                "database_url must start with sqlite:// or postgres:// (got {:?})",
                url.split(':').next().unwrap_or("")
            ))),
        }
    }

    /// Make every commit so far durable against a power loss, not only a crash (SQLite in
    /// WAL mode with `synchronous = NORMAL` syncs at checkpoints; PostgreSQL at each commit).
    pub async fn checkpoint(&self) -> Result<(), CoreError> {
        if let Pool::Sqlite(pool) = &self.pool {
            sqlx::query("PRAGMA wal_checkpoint(FULL)")
                .execute(pool)
                .await?;
        }
        Ok(())
    }

    /// Issue 14, `sspr backup`: an online, consistent copy of a SQLite database into the new
    /// file `to` (`VACUUM INTO`), taken while the portal serves. PostgreSQL is backed up
    /// with its own tools (`pg_dump`), so it is refused here.
    pub async fn backup_sqlite(&self, to: &std::path::Path) -> Result<(), CoreError> {
        match &self.pool {
            Pool::Sqlite(pool) => {
                sqlx::query("VACUUM INTO ?")
                    .bind(to.to_string_lossy().into_owned())
                    .execute(pool)
                    .await?;
                Ok(())
            }
            Pool::Postgres { .. } => Err(CoreError::Config(
                "the database is PostgreSQL: back it up with pg_dump".into(),
            )),
        }
    }

    /// A private in-memory SQLite database (one connection), for tests.
    pub async fn memory() -> Result<Store, CoreError> {
        let opts = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(opts)
            .await?;
        SQLITE_MIGRATIONS.run(&pool).await?;
        Ok(Store {
            pool: Pool::Sqlite(pool),
        })
    }

    pub fn engine(&self) -> Engine {
        match self.pool {
            Pool::Sqlite(_) => Engine::Sqlite,
            Pool::Postgres { .. } => Engine::Postgres,
        }
    }

    /// A connection for one call.
    pub async fn conn(&self) -> Result<Pooled, CoreError> {
        Ok(Pooled(match &self.pool {
            Pool::Sqlite(p) => PooledInner::Sqlite(p.acquire().await?),
            Pool::Postgres { pool, .. } => PooledInner::Postgres(pool.acquire().await?),
        }))
    }

    /// Begin a transaction.
    pub async fn begin(&self) -> Result<Tx, CoreError> {
        Ok(Tx(match &self.pool {
            Pool::Sqlite(p) => TxInner::Sqlite(p.begin().await?),
            Pool::Postgres { pool, .. } => TxInner::Postgres(pool.begin().await?),
        }))
    }

    /// A cheap round trip, for health checks.
    pub async fn ping(&self) -> Result<(), CoreError> {
        on!(self.conn().await?.c(), c => sqlx::query("SELECT 1").execute(&mut *c).await.map(|r| r.rows_affected()))?;
        Ok(())
    }

    /// Every value of one text column, for tests that prove what the database holds (no
    /// secret in clear, no body once sent). `sql` is the test's own constant.
    #[doc(hidden)]
    pub async fn debug_texts(&self, sql: &str) -> Result<Vec<Option<String>>, CoreError> {
        let rows: Vec<(Option<String>,)> = on!(self.conn().await?.c(), c => {
            sqlx::query_as(sql).fetch_all(&mut *c).await
        })?;
        Ok(rows.into_iter().map(|(s,)| s).collect())
    }
}
