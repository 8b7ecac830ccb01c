//! `sspr`: serve the portal, or run an administrator command. anyhow lives here only.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use sspr_core::{Clock, Config, SystemClock};

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
        #[arg(long)]
        demo: Option<PathBuf>,
    },
    /// Import tenants, policies, groups and users (docs/import.md). All or nothing.
    Import {
        file: PathBuf,
        /// Replace tenants of the same id (and their users) instead of refusing them.
        #[arg(long)]
        replace: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SSPR_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let env = std::env::vars().filter(|(k, _)| !k.starts_with("SSPR_CONFIG"));
    let config = Config::load(cli.config.as_deref(), env).context("loading configuration")?;
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
    let options = sspr::leptos_options();
    let listen = config.listen.clone();
    let ctx = sspr::build_state(config).await.context("starting")?;
    if let Some(file) = &demo {
        import(&ctx, file, true).await?;
    }
    {
        let store = ctx.core.store.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(std::time::Duration::from_secs(300)).await;
                if let Err(e) = store.sweep(SystemClock.now(), 2 * 86400).await {
                    tracing::warn!(error = %e, "sweep failed");
                }
            }
        });
    }
    let app = sspr::router(ctx, options);
    let addr: SocketAddr = listen
        .parse()
        .with_context(|| format!("listen address {listen:?}"))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding {addr}"))?;
    tracing::info!("sspr listening on http://{addr}");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
