//! `sspr`: serve the portal, or run an administrator command. anyhow lives here only.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use sspr_core::config::LogFormat;
use sspr_core::{Clock, Config, SystemClock};

/// Issue 14: a page's render makes hundreds of small allocations; glibc's malloc was a fifth
/// of the CPU under load (docs/benchmarks.md), mimalloc's thread-local heaps much less.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "sspr", version, about = "Self-service password reset portal")]
struct Cli {
    /// Configuration file (TOML); `SSPR_*` environment variables override it.
    #[arg(long, env = "SSPR_CONFIG", global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve {
        /// Import this file (replacing its tenants) before serving: the demo tenant.
        #[arg(long, env = "SSPR_DEMO_FILE")]
        demo: Option<PathBuf>,
    },
    /// Export audit events (A1): JSON lines or CSV on standard output.
    Audit {
        /// First day, UTC (YYYY-MM-DD); default: 30 days ago.
        #[arg(long)]
        since: Option<String>,
        /// Day after the last, UTC (YYYY-MM-DD); default: tomorrow.
        #[arg(long)]
        until: Option<String>,
        #[arg(long)]
        tenant: Option<String>,
        #[arg(long)]
        user: Option<String>,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
    },
    /// Resets, unlocks and failures by reason over the last days, and who could reset now (A2).
    Report {
        #[arg(long)]
        tenant: Option<String>,
        /// Days to cover; default: `limits.report_days` (30).
        #[arg(long)]
        days: Option<u32>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show or change a tenant's policy (SPEC section 2); refusals name the rule.
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Show a user, or set their contact info (D1, D3). Never security answers or secrets.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Hardware OATH tokens (docs/import.md): `oath import FILE.csv`.
    Oath {
        #[command(subcommand)]
        command: OathCommand,
    },
    /// The on-premises directory (`[directory]` in the configuration).
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// Import tenants, policies, groups and users (docs/import.md). All or nothing.
    Import {
        file: PathBuf,
        /// Replace tenants of the same id (and their users) instead of refusing them.
        #[arg(long)]
        replace: bool,
    },
    /// Check the configuration and reach the database, mail relay and directory it names,
    /// changing and sending nothing; fails when any part is unusable.
    CheckConfig,
    /// Copy the server key and the SQLite database (online) into a new folder DIR.
    Backup { dir: PathBuf },
    /// Replace the server key and re-seal what it protects (stop every node first; then
    /// copy var_dir/secret.key to each). Users signed in or mid-reset start again.
    RotateKey,
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Print the policy as TOML.
    Show { tenant: String },
    /// Set keys: `sspr policy set demo methods_required=2 'methods=["email","mobile_phone"]'`.
    Set {
        tenant: String,
        #[arg(required = true)]
        settings: Vec<String>,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Bind as the service account (StartTLS or LDAPS) and, with --user, find that user.
    Test {
        #[arg(long)]
        user: Option<String>,
    },
    /// D2: users (created in the tenant owning their domain), phones (`mobile`,
    /// `telephoneNumber`), `otherMailbox` and group membership (`memberOf`).
    Sync {
        /// Show what would change and change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Let every member leave a group (by default a sync never empties a group: an
        /// unreadable memberOf looks the same as an emptied group).
        #[arg(long)]
        allow_empty_groups: bool,
    },
}

#[derive(Subcommand)]
enum OathCommand {
    /// Import tokens from a CSV (upn,serial number,secret key,time interval,manufacturer,model);
    /// every bad row is reported with its line and nothing is imported.
    Import { file: PathBuf },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Print the user as JSON.
    Show { upn: String },
    /// Set contact info; an empty value clears it.
    SetContact {
        upn: String,
        #[arg(long)]
        alternate_email: Option<String>,
        #[arg(long)]
        mobile_phone: Option<String>,
        /// Only for users not synchronised from on-premises (D1).
        #[arg(long)]
        office_phone: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Jsonl,
    Csv,
}

fn day(arg: Option<&str>, default: i64, name: &str) -> anyhow::Result<i64> {
    match arg {
        None => Ok(default),
        Some(s) => sspr_core::report::parse_date(s)
            .ok_or_else(|| anyhow::anyhow!("--{name} {s:?}: expected a date as YYYY-MM-DD")),
    }
}

/// Logs to standard output, or appended to `SSPR_LOG_FILE` (the end-to-end run greps that
/// file for the secrets its tests used: none may appear), as text or JSON lines.
fn init_logging(format: LogFormat) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SSPR_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn".into());
    let file = match std::env::var_os("SSPR_LOG_FILE") {
        Some(path) => Some(std::sync::Mutex::new(
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .with_context(|| format!("opening the log file {}", path.to_string_lossy()))?,
        )),
        None => None,
    };
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    match (format, file) {
        (LogFormat::Text, None) => logs.init(),
        (LogFormat::Text, Some(f)) => logs.with_ansi(false).with_writer(f).init(),
        (LogFormat::Json, None) => logs.json().init(),
        (LogFormat::Json, Some(f)) => logs.json().with_writer(f).init(),
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let env = std::env::vars().filter(|(k, _)| !k.starts_with("SSPR_CONFIG"));
    let config = Config::load(cli.config.as_deref(), env).context("loading configuration")?;
    init_logging(config.log_format)?;
    match cli.command.unwrap_or(Command::Serve {
        demo: std::env::var_os("SSPR_DEMO_FILE").map(PathBuf::from),
    }) {
        Command::Import { file, replace } => {
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            import(&ctx, &file, replace).await
        }
        Command::Serve { demo } => serve(config, demo).await,
        Command::CheckConfig => {
            let c = sspr::ops::check_config(&config, cli.config.as_deref()).await;
            print!("{}", c.report);
            if c.ok {
                Ok(())
            } else {
                Err(anyhow::anyhow!(
                    "the configuration is not usable (see above)"
                ))
            }
        }
        Command::RotateKey => {
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let r = sspr::ops::rotate_key(&ctx).await.context("rotate-key")?;
            println!(
                "new server key in place ({} secrets and {} queued messages sealed again, {} sessions and {} flows ended); the previous key is secret.key.old",
                r.secrets, r.mail, r.sessions, r.flows
            );
            if r.unreadable_mail > 0 {
                println!(
                    "{} queued messages could not be opened with the previous key either and were left to be given up",
                    r.unreadable_mail
                );
            }
            println!("copy secret.key to every node before starting them");
            Ok(())
        }
        Command::Backup { dir } => {
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let b = sspr::ops::backup(&ctx.core.store, &ctx.core.config, &dir)
                .await
                .context("backup")?;
            println!("server key: {}", b.key.display());
            match b.database {
                Some(db) => println!("database: {}", db.display()),
                None => println!("database: PostgreSQL, not copied: back it up with pg_dump"),
            }
            Ok(())
        }
        Command::Directory {
            command: DirectoryCommand::Test { user },
        } => {
            let cfg = config
                .directory
                .as_ref()
                .ok_or_else(|| anyhow::anyhow!("no [directory] in the configuration"))?;
            let ldap = sspr_core::directory::Ldap::new(cfg)?;
            let said = ldap
                .test(user.as_deref())
                .await
                .map_err(|e| anyhow::anyhow!("directory test failed: {e}"))?;
            println!("{said}");
            Ok(())
        }
        Command::Directory {
            command:
                DirectoryCommand::Sync {
                    dry_run,
                    allow_empty_groups,
                },
        } => {
            let cfg = config
                .directory
                .clone()
                .ok_or_else(|| anyhow::anyhow!("no [directory] in the configuration"))?;
            let ldap = sspr_core::directory::Ldap::new(&cfg)?;
            let found = ldap
                .snapshot()
                .await
                .map_err(|e| anyhow::anyhow!("directory sync failed: {e}"))?;
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let store = &ctx.core.store;
            let plan = sspr_core::sync::plan_with_store(
                store,
                &found,
                &cfg.tenants,
                &ctx.core.config.limits,
                sspr_core::sync::Options { allow_empty_groups },
            )
            .await?;
            for c in &plan.changes {
                println!("{c}");
            }
            for r in &plan.refused {
                println!("refused: {r}");
            }
            for u in &plan.unknown {
                println!("no tenant owns this user's domain: {u}");
            }
            if dry_run {
                println!("dry run: {} change(s), nothing written", plan.changes.len());
            } else {
                sspr_core::sync::apply(store, &plan).await?;
                sspr_core::sync::record(&ctx.core, &plan).await?;
                println!("{} change(s) written", plan.changes.len());
            }
            Ok(())
        }
        Command::Oath {
            command: OathCommand::Import { file },
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let c = &ctx.core;
            let n = sspr_core::oath::import_csv(&c.store, &c.crypto, &c.config.limits, &text)
                .await
                .map_err(|e| anyhow::anyhow!("{}:\n{e}", file.display()))?;
            println!(
                "imported {n} hardware token(s); each counts once its user activates it with a code"
            );
            Ok(())
        }
        Command::Policy { command } => {
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            match command {
                PolicyCommand::Show { tenant } => print!(
                    "{}",
                    sspr_core::admin::policy_show(&ctx.core, &tenant).await?
                ),
                PolicyCommand::Set { tenant, settings } => {
                    sspr_core::admin::policy_set(&ctx.core, &tenant, &settings).await?;
                    println!("policy of {tenant} saved");
                }
            }
            Ok(())
        }
        Command::User { command } => {
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let view = match command {
                UserCommand::Show { upn } => sspr_core::admin::user_show(&ctx.core, &upn).await?,
                UserCommand::SetContact {
                    upn,
                    alternate_email,
                    mobile_phone,
                    office_phone,
                } => {
                    let change = sspr_core::admin::ContactChange {
                        alternate_email,
                        mobile_phone,
                        office_phone,
                    };
                    sspr_core::admin::user_set_contact(&ctx.core, &upn, change).await?
                }
            };
            println!("{}", serde_json::to_string_pretty(&view)?);
            Ok(())
        }
        Command::Audit {
            since,
            until,
            tenant,
            user,
            format,
        } => {
            let today = SystemClock.now().div_euclid(86_400) * 86_400;
            let since = day(since.as_deref(), today - 29 * 86_400, "since")?;
            let until = day(until.as_deref(), today + 86_400, "until")?;
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let rows = ctx
                .core
                .store
                .audit_between(since, until, tenant.as_deref(), user.as_deref())
                .await?;
            print!(
                "{}",
                match format {
                    Format::Jsonl => sspr_core::report::to_jsonl(&rows),
                    Format::Csv => sspr_core::report::to_csv(&rows),
                }
            );
            Ok(())
        }
        Command::Report { tenant, days, json } => {
            let now = SystemClock.now();
            let days = days.unwrap_or(config.limits.report_days);
            let ctx = sspr::build_state(config)
                .await
                .context("opening the database")?;
            let r = sspr_core::report::report(
                &ctx.core,
                tenant.as_deref(),
                now - i64::from(days) * 86_400,
                now + 1,
            )
            .await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                println!("period            {} .. {}", r.since, r.until);
                println!("sign-ins          {}", r.sign_ins);
                println!("registrations     {}", r.registrations);
                println!("flows started     {}", r.started);
                println!("resets            {}", r.resets);
                println!("unlocks           {}", r.unlocks);
                for (reason, n) in &r.failures_by_reason {
                    println!("refused: {reason:<18} {n}");
                }
                let share = if r.users == 0 {
                    0.0
                } else {
                    100.0 * r.able_to_reset as f64 / r.users as f64
                };
                println!(
                    "able to reset now {} of {} users ({share:.0} %)",
                    r.able_to_reset, r.users
                );
            }
            Ok(())
        }
    }
}

async fn import(
    ctx: &sspr_server_fns::AppCtx,
    file: &PathBuf,
    replace: bool,
) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let c = &ctx.core;
    let s = sspr_core::import::import(
        &c.store,
        &c.crypto,
        &c.config.limits,
        &text,
        replace,
        SystemClock.now(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    println!(
        "imported {} tenant(s) and {} user(s) from {}",
        s.tenants,
        s.users,
        file.display()
    );
    Ok(())
}

async fn serve(mut config: Config, demo: Option<PathBuf>) -> anyhow::Result<()> {
    if demo.is_some() {
        config.demo = true;
    }
    if config.outbox && !config.demo {
        tracing::warn!(
            "messages without a transport are written to the outbox folder in var_dir with their codes; set outbox = false in production"
        );
    }
    let options = sspr::leptos_options(&config.site_dir);
    let listen = config.listen.clone();
    let ctx = sspr::build_state(config).await.context("starting")?;
    if let Some(file) = &demo {
        import(&ctx, file, true).await?;
    }
    {
        let store = ctx.core.store.clone();
        // Issue 10: audit rows are kept `audit_retention_days`, then swept.
        let retention = i64::from(ctx.core.config.audit_retention_days) * 86400;
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(300)).await;
                if let Err(e) = store.sweep(SystemClock.now(), 2 * 86400, retention).await {
                    tracing::warn!(error = %e, "sweep failed");
                }
            }
        });
    }
    // O1, O2, K1: the mail queue's worker (retries while the mail server is down), told to
    // stop between two messages when the server shuts down.
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(sspr_core::mailqueue::worker(ctx.core.clone(), stopping));
    let app = sspr::router(ctx, options);
    let addr: SocketAddr = listen
        .parse()
        .with_context(|| format!("listen address {listen:?}"))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding {addr}"))?;
    tracing::info!("sspr listening on http://{addr}");
    // Issue 14: on SIGTERM or Ctrl-C no new connection is taken, requests in flight finish
    // (for at most SHUTDOWN_GRACE), then the mail worker ends between two messages.
    let (signalled, signal) = tokio::sync::watch::channel(false);
    let server = axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        let _ = signalled.send(true);
    });
    let grace = async move {
        let mut signal = signal;
        let _ = signal.wait_for(|s| *s).await;
        tokio::time::sleep(SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        served = server => served?,
        _ = grace => tracing::warn!("requests still in flight after {SHUTDOWN_GRACE:?}; stopping anyway"),
    }
    let _ = stop.send(true);
    let _ = worker.await;
    tracing::info!("sspr stopped");
    Ok(())
}

/// How long requests in flight may take to finish once a shutdown is asked for.
const SHUTDOWN_GRACE: std::time::Duration = std::time::Duration::from_secs(20);

/// Ctrl-C, or SIGTERM (systemd's stop, a container's).
async fn shutdown_signal() {
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
