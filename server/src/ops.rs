//! Issue 14, operations an administrator runs on the host: `sspr check-config` (the
//! configuration, then every dependency it names reached, nothing sent or written),
//! `sspr backup DIR` (an online copy of the SQLite database and the server key) and
//! `sspr rotate-key` (a new server key, everything re-sealed). Owns those reports; refuses
//! to print a secret (passwords in URLs, keys) or to overwrite a backup.

use std::fmt::Write;
use std::path::Path;

use sspr_core::crypto::Crypto;
use sspr_core::delivery::phone::Providers;
use sspr_core::delivery::{Channel, Smtp};
use sspr_core::store::Store;
use sspr_core::{Config, CoreError};

/// What `check-config` found: one line per part, and whether every part is usable.
pub struct Check {
    pub report: String,
    pub ok: bool,
}

impl Check {
    fn line(&mut self, part: &str, result: Result<String, String>) {
        match result {
            Ok(said) => {
                let _ = writeln!(self.report, "{part}: ok, {said}");
            }
            Err(e) => {
                self.ok = false;
                let _ = writeln!(self.report, "{part}: FAILED: {e}");
            }
        }
    }

    fn warn(&mut self, what: &str) {
        let _ = writeln!(self.report, "warning: {what}");
    }
}

/// Check `config` (already loaded from `file`, so its syntax and keys are good) and reach
/// the database, the mail relay and the directory it names.
pub async fn check_config(config: &Config, file: Option<&Path>) -> Check {
    let mut c = Check {
        report: String::new(),
        ok: true,
    };
    c.line(
        "configuration",
        Ok(match file {
            Some(f) => format!("{} and the SSPR_* variables", f.display()),
            None => "defaults and the SSPR_* variables (no file)".into(),
        }),
    );
    c.line(
        "database",
        Store::check(&config.database_url())
            .await
            .map_err(|e| e.to_string()),
    );
    let key = config.var_dir.join("secret.key");
    c.line(
        "server key",
        match std::fs::metadata(&key) {
            Ok(m) if m.len() == 32 => Ok(key.display().to_string()),
            Ok(_) => Err(format!("{} must hold 32 bytes", key.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(format!("{} (created at the first start)", key.display()))
            }
            Err(e) => Err(format!("{}: {e}", key.display())),
        },
    );
    if config.var_dir.join("secret.key.new").exists() {
        c.warn("secret.key.new exists: a key rotation was interrupted; the next start settles it");
    }
    c.line(
        "listen",
        config
            .listen
            .parse::<std::net::SocketAddr>()
            .map(|a| a.to_string())
            .map_err(|e| format!("{:?}: {e}", config.listen)),
    );
    let pkg = config.site_dir.join("pkg");
    c.line(
        "static files",
        match ["sspr.js", "sspr.css"].iter().find(|f| !pkg.join(f).exists()) {
            None => Ok(config.site_dir.display().to_string()),
            Some(f) => Err(format!(
                "no pkg/{f} in {}: set site_dir to the built site (`cargo xtask build` writes target/site)",
                config.site_dir.display()
            )),
        },
    );
    if let Some(dir) = &config.templates_dir {
        c.line(
            "message templates",
            sspr_i18n::Overrides::load(dir)
                .map(|_| dir.display().to_string())
                .map_err(|e| format!("templates_dir: {e}")),
        );
    }
    match &config.smtp {
        Some(smtp) => {
            let reached = match Smtp::new(smtp) {
                Ok(s) => s.check().await,
                Err(e) => Err(e),
            };
            c.line(
                "smtp",
                reached
                    .map(|()| format!("{}:{} took a session", smtp.host, smtp.port))
                    .map_err(|e| e.to_string()),
            );
        }
        None if config.outbox => c.line(
            "smtp",
            Ok("not configured: mail is written to the outbox".into()),
        ),
        None => c.line(
            "smtp",
            Err("not configured and outbox = false: no mail can be sent".into()),
        ),
    }
    for (channel, phone) in [(Channel::Sms, &config.sms), (Channel::Voice, &config.voice)] {
        let Some(p) = phone.as_ref().filter(|p| !p.providers.is_empty()) else {
            continue;
        };
        let names: Vec<&str> = p.providers.iter().map(|p| p.name()).collect();
        c.line(
            channel.as_str(),
            Providers::new(channel, p, config.public_url.as_deref())
                .map(|_| {
                    format!(
                        "{} (configuration and secrets; nothing is sent)",
                        names.join(", ")
                    )
                })
                .map_err(|e| e.to_string()),
        );
    }
    if let Some(d) = &config.directory {
        let reached = match sspr_core::directory::Ldap::new(d) {
            Ok(l) => l.test(None).await.map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        c.line("directory", reached);
    }
    if config.demo {
        c.warn("demo = true: the outbox page is served; never in production");
    }
    if config.outbox {
        c.warn("outbox = true: messages without a transport are written to disk with their codes; set outbox = false in production");
    }
    if !config.secure_cookies {
        c.warn("secure_cookies = false: cookies may travel over plain HTTP");
    }
    c
}

/// What `backup` wrote.
#[derive(Debug)]
pub struct Backup {
    pub database: Option<std::path::PathBuf>,
    pub key: std::path::PathBuf,
}

/// Copy the server key and, with SQLite, the database (online, consistent) into `dir`, a
/// new folder created with mode 0700 (files 0600); an existing folder is refused. With PostgreSQL
/// only the key is copied (`pg_dump` backs up the database).
pub async fn backup(store: &Store, config: &Config, dir: &Path) -> Result<Backup, CoreError> {
    let key_from = config.var_dir.join("secret.key");
    let (db_to, key_to) = (dir.join("sspr.db"), dir.join("secret.key"));
    if dir.exists() {
        return Err(CoreError::Config(format!(
            "{} exists: back up into a new folder",
            dir.display()
        )));
    }
    // A new folder only the service user can open (an existing one keeps its mode).
    let mut d = std::fs::DirBuilder::new();
    d.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        d.mode(0o700);
    }
    d.create(dir)?;
    let key = Crypto::read_key(&key_from)?;
    Crypto::write_key(&key_to, &key)?;
    let database = match sspr_core::store::Engine::of_url(&config.database_url()) {
        Some(sspr_core::store::Engine::Sqlite) => {
            store.backup_sqlite(&db_to).await?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&db_to, std::fs::Permissions::from_mode(0o600))?;
            }
            Some(db_to)
        }
        _ => None,
    };
    Ok(Backup {
        database,
        key: key_to,
    })
}

/// Rotate the server key of the portal whose state `ctx` opened (with every node stopped):
/// a new key is written beside the old as `secret.key.new`, the database is re-sealed in
/// one transaction, then `secret.key` becomes `secret.key.old` and the new key takes its
/// place. Fails with nothing changed before the commit; an interrupted swap is refused at
/// the next start, with what to do.
pub async fn rotate_key(
    ctx: &sspr_server_fns::AppCtx,
) -> Result<sspr_core::rekey::Rotated, CoreError> {
    let core = &ctx.core;
    let var = &core.config.var_dir;
    let (current, next, old) = (
        var.join("secret.key"),
        var.join("secret.key.new"),
        var.join("secret.key.old"),
    );
    let key = Crypto::generate_key();
    let new = Crypto::new(key, &core.config.limits, 1)?;
    // The new key is on disk (synced) before the database depends on it; if anything stops
    // after this, the next start settles which key the database holds (`rekey::settle`).
    Crypto::write_key(&next, &key)?;
    sspr_core::rekey::sync_dir(var);
    let rotated = match sspr_core::rekey::rotate(&core.store, &core.crypto, &new).await {
        Ok(r) => r,
        Err(e) => {
            let _ = std::fs::remove_file(&next);
            return Err(e);
        }
    };
    core.store.checkpoint().await?;
    std::fs::rename(&current, &old)
        .and_then(|()| std::fs::rename(&next, &current))
        .map_err(|e| {
            CoreError::Config(format!(
                "the database is sealed with the new key, but {} could not take its place ({e}): move it to {} before starting",
                next.display(),
                current.display()
            ))
        })?;
    sspr_core::rekey::sync_dir(var);
    Ok(rotated)
}
