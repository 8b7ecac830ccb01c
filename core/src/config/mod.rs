//! Configuration, loaded once in layers: defaults, then a TOML file, then `SSPR_*`
//! environment variables. Unknown keys in either layer are an error naming them. Owns the
//! settings; refuses to read files other than the one it is given.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use sspr_policy::Limits;

use crate::CoreError;

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    /// Upgrade with STARTTLS (required unless the host is loopback).
    #[serde(default = "yes")]
    pub starttls: bool,
    #[serde(default)]
    pub username: Option<String>,
    /// File holding the password; never logged.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// A CA certificate (PEM) to trust besides the public roots, for a relay whose
    /// certificate a private CA signed.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

fn default_smtp_port() -> u16 {
    587
}
fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address the portal listens on.
    pub listen: String,
    /// sqlx database URL (`sqlite://PATH` or `postgres://...`). Unset: the SQLite file
    /// `sspr.db` in `var_dir` (see [`Config::database_url`]).
    pub database_url: Option<String>,
    /// Writable state: the default SQLite database, the server key, the outbox.
    pub var_dir: PathBuf,
    /// The built static files (the `pkg/` scripts, wasm and styles, and `public/`'s files)
    /// that pages load; relative paths are from the working directory. `cargo xtask
    /// build` writes them to `target/site`; an installed portal names where they were copied.
    pub site_dir: PathBuf,
    /// Demo mode: the dev outbox page is served (when `outbox` is on). Never on in production.
    pub demo: bool,
    /// Write messages a channel cannot otherwise deliver (no SMTP, no SMS/voice provider) to
    /// `var/outbox/`, codes included. On by default for development; turn it off in production.
    pub outbox: bool,
    /// `__Host-` Secure cookies. Chromium accepts them on http://127.0.0.1 and localhost.
    pub secure_cookies: bool,
    /// `Strict-Transport-Security: max-age=` sent with every response while cookies are
    /// secure (a year by default; 0 sends none, for a portal behind plain HTTP in a lab).
    pub hsts_max_age_secs: u64,
    /// Origins (scheme://host:port) allowed to call the server functions besides the portal's own.
    pub allowed_origins: Vec<String>,
    /// Origins that `?ru=` may return to.
    pub return_url_allowlist: Vec<String>,
    /// Origins allowed to frame the compact layout (W1).
    pub frame_ancestors: Vec<String>,
    /// E5: personal consumer mail domains.
    pub consumer_domains: Vec<String>,
    /// Where the success page sends users to sign in when no `?ru=` was given.
    pub sign_in_url: String,
    /// Issue 11: the IANA time zone times are shown in (`Europe/Berlin`) until the browser
    /// has said its own; `UTC` by default.
    pub time_zone: String,
    /// Concurrent Argon2id computations (each takes 19 MiB).
    pub hash_concurrency: usize,
    /// Argon2id computations that may wait for a hashing thread; beyond them a request is
    /// answered "busy, try again" at once (issue 10: a flood cannot queue without end).
    pub hash_queue: usize,
    /// Proxies (CIDRs) whose `Forwarded` / `X-Forwarded-For` name the client. Empty: the
    /// socket's peer is the client, whatever a header says (issue 10).
    pub trusted_proxies: Vec<crate::client::Cidr>,
    /// Audit rows older than this many days are deleted by the sweep; 0 keeps them all.
    pub audit_retention_days: u32,
    pub smtp: Option<SmtpConfig>,
    /// V3, issue 15: `[sms]` and `[voice]`, each an ordered list of providers
    /// (`[[sms.providers]]`); a channel without one uses the outbox, or fails when
    /// `outbox = false`.
    pub sms: Option<crate::delivery::phone::PhoneConfig>,
    pub voice: Option<crate::delivery::phone::PhoneConfig>,
    /// The portal's public origin (`https://sspr.contoso.com`), which providers send their
    /// delivery receipts to; without it no receipt is asked for.
    pub public_url: Option<String>,
    /// Clients (CIDRs) that may read `/metrics`; loopback by default.
    pub metrics_allow: Vec<crate::client::Cidr>,
    /// P10, P11: the on-premises directory (`[directory]`), for writeback, unlock and sign-in.
    pub directory: Option<crate::directory::DirectoryConfig>,
    /// O4: a folder of `<tag>.ftl` files with the administrator's wording for messages.
    pub templates_dir: Option<PathBuf>,
    pub limits: Limits,
    /// Log lines as text for people, or JSON objects (one per line) for a log collector.
    pub log_format: LogFormat,
}

/// `log_format`: how log lines are written (issue 14). Neither ever holds a secret.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:3000".into(),
            database_url: None,
            var_dir: PathBuf::from("var"),
            site_dir: PathBuf::from("target/site"),
            demo: false,
            outbox: true,
            secure_cookies: true,
            hsts_max_age_secs: 31_536_000,
            allowed_origins: Vec::new(),
            return_url_allowlist: Vec::new(),
            frame_ancestors: Vec::new(),
            consumer_domains: [
                "gmail.com",
                "googlemail.com",
                "outlook.com",
                "hotmail.com",
                "live.com",
                "msn.com",
                "yahoo.com",
                "yahoo.co.jp",
                "icloud.com",
                "me.com",
                "aol.com",
                "gmx.de",
                "proton.me",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
            sign_in_url: "/".into(),
            time_zone: "UTC".into(),
            hash_concurrency: 2,
            hash_queue: 64,
            trusted_proxies: Vec::new(),
            audit_retention_days: 365,
            smtp: None,
            sms: None,
            voice: None,
            public_url: None,
            metrics_allow: ["127.0.0.0/8", "::1/128"]
                .iter()
                .filter_map(|c| c.parse().ok())
                .collect(),
            directory: None,
            templates_dir: None,
            limits: Limits::default(),
            log_format: LogFormat::Text,
        }
    }
}

/// Environment variables this program reads (besides `SSPR_CONFIG`, the file's path).
const ENV_KEYS: &[&str] = &[
    "SSPR_CONFIG",
    "SSPR_LISTEN",
    "SSPR_DATABASE_URL",
    "SSPR_VAR_DIR",
    "SSPR_SITE_DIR",
    "SSPR_TEMPLATES_DIR",
    "SSPR_DEMO",
    "SSPR_OUTBOX",
    "SSPR_SECURE_COOKIES",
    "SSPR_HSTS_MAX_AGE_SECS",
    "SSPR_ALLOWED_ORIGINS",
    "SSPR_RETURN_URL_ALLOWLIST",
    "SSPR_TIME_ZONE",
    "SSPR_FRAME_ANCESTORS",
    "SSPR_SIGN_IN_URL",
    "SSPR_HASH_CONCURRENCY",
    "SSPR_HASH_QUEUE",
    "SSPR_TRUSTED_PROXIES",
    "SSPR_AUDIT_RETENTION_DAYS",
    "SSPR_LOG",
    "SSPR_LOG_FILE",
    "SSPR_LOG_FORMAT",
    "SSPR_DEMO_FILE",
    "SSPR_DIRECTORY_BIND_PASSWORD",
    "SSPR_PUBLIC_URL",
    "SSPR_METRICS_ALLOW",
];

fn parse_bool(key: &str, v: &str) -> Result<bool, CoreError> {
    match v.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(CoreError::Config(format!(
            "{key}: expected true or false, got {v:?}"
        ))),
    }
}

fn list(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// A comma-separated list of CIDRs from the variable `key`.
fn cidrs(key: &str, v: &str) -> Result<Vec<crate::client::Cidr>, CoreError> {
    list(v)
        .iter()
        .map(|s| {
            s.parse()
                .map_err(|e| CoreError::Config(format!("{key}: {e}")))
        })
        .collect()
}

fn number<T: std::str::FromStr>(key: &str, v: &str) -> Result<T, CoreError> {
    v.trim()
        .parse()
        .map_err(|_| CoreError::Config(format!("{key}: expected a number, got {v:?}")))
}

/// `SSPR_LIMITS_<FIELD>`: one number of `[limits]` from the environment (`SSPR_LIMITS_STARTS_PER_IP=5`
/// sets `limits.starts_per_ip`). An unknown field is an error naming the variable.
fn set_limit(limits: &Limits, key: &str, v: &str) -> Result<Limits, CoreError> {
    let field = key.trim_start_matches("SSPR_LIMITS_").to_ascii_lowercase();
    let mut table =
        toml::Table::try_from(limits).map_err(|e| CoreError::Config(format!("{key}: {e}")))?;
    if !table.contains_key(&field) {
        return Err(CoreError::Config(format!(
            "unknown environment variable {key}"
        )));
    }
    let value = match v.trim().parse::<i64>() {
        Ok(n) => toml::Value::Integer(n),
        Err(_) => {
            return Err(CoreError::Config(format!(
                "{key}: expected a number, got {v:?}"
            )));
        }
    };
    table.insert(field, value);
    table
        .try_into()
        .map_err(|e| CoreError::Config(format!("{key}: {e}")))
}

/// `SSPR_<SMS|VOICE>_<NAME>_SECRET` and `..._RECEIPT_SECRET`: a provider's secrets from
/// the environment. A variable naming no configured provider is an error naming it.
fn set_provider_secret(c: &mut Config, key: &str, v: String) -> Result<(), CoreError> {
    use crate::delivery::Channel;
    let (channel, phone) = if key.starts_with("SSPR_SMS_") {
        (Channel::Sms, c.sms.as_mut())
    } else {
        (Channel::Voice, c.voice.as_mut())
    };
    let provider = phone.and_then(|p| {
        p.providers.iter_mut().find(|p| {
            let prefix = p.env_prefix(channel);
            key == format!("{prefix}SECRET") || key == format!("{prefix}RECEIPT_SECRET")
        })
    });
    let Some(p) = provider else {
        return Err(CoreError::Config(format!(
            "{key} is set but no [{}] provider has that name",
            channel.as_str()
        )));
    };
    let secret = Some(crate::directory::Secret(v.trim().to_string()));
    if key.ends_with("_RECEIPT_SECRET") {
        p.receipt_secret_env = secret;
    } else {
        p.secret_env = secret;
    }
    Ok(())
}

impl Config {
    /// Defaults, then `file` (if any), then the `SSPR_*` variables of `env`.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, CoreError> {
        let mut c = match file {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| CoreError::Config(format!("{}: {e}", p.display())))?;
                toml::from_str(&text)
                    .map_err(|e| CoreError::Config(format!("{}: {e}", p.display())))?
            }
            None => Config::default(),
        };
        for (k, v) in env {
            if !k.starts_with("SSPR_") {
                continue;
            }
            match k.as_str() {
                "SSPR_LISTEN" => c.listen = v,
                "SSPR_DATABASE_URL" => c.database_url = Some(v),
                "SSPR_VAR_DIR" => c.var_dir = PathBuf::from(v),
                "SSPR_SITE_DIR" => c.site_dir = PathBuf::from(v),
                "SSPR_TEMPLATES_DIR" => c.templates_dir = Some(PathBuf::from(v)),
                "SSPR_DEMO" => c.demo = parse_bool(&k, &v)?,
                "SSPR_OUTBOX" => c.outbox = parse_bool(&k, &v)?,
                "SSPR_SECURE_COOKIES" => c.secure_cookies = parse_bool(&k, &v)?,
                "SSPR_HSTS_MAX_AGE_SECS" => {
                    c.hsts_max_age_secs = v.parse().map_err(|_| {
                        CoreError::Config(format!("{k}: expected seconds, got {v:?}"))
                    })?
                }
                "SSPR_ALLOWED_ORIGINS" => c.allowed_origins = list(&v),
                "SSPR_RETURN_URL_ALLOWLIST" => c.return_url_allowlist = list(&v),
                "SSPR_FRAME_ANCESTORS" => c.frame_ancestors = list(&v),
                "SSPR_SIGN_IN_URL" => c.sign_in_url = v,
                "SSPR_TIME_ZONE" => c.time_zone = v,
                "SSPR_DIRECTORY_BIND_PASSWORD" => match c.directory.as_mut() {
                    Some(d) => d.bind_password_env = Some(crate::directory::Secret(v)),
                    None => {
                        return Err(CoreError::Config(
                            "SSPR_DIRECTORY_BIND_PASSWORD is set but the configuration has no [directory]".into(),
                        ));
                    }
                },
                "SSPR_PUBLIC_URL" => c.public_url = Some(v),
                "SSPR_LOG_FORMAT" => {
                    c.log_format = match v.trim().to_ascii_lowercase().as_str() {
                        "text" => LogFormat::Text,
                        "json" => LogFormat::Json,
                        _ => {
                            return Err(CoreError::Config(format!(
                                "{k}: expected text or json, got {v:?}"
                            )));
                        }
                    }
                }
                "SSPR_METRICS_ALLOW" => c.metrics_allow = cidrs(&k, &v)?,
                k if k.starts_with("SSPR_SMS_") || k.starts_with("SSPR_VOICE_") => {
                    set_provider_secret(&mut c, k, v)?
                }
                "SSPR_HASH_CONCURRENCY" => c.hash_concurrency = number(&k, &v)?,
                "SSPR_HASH_QUEUE" => c.hash_queue = number(&k, &v)?,
                "SSPR_AUDIT_RETENTION_DAYS" => c.audit_retention_days = number(&k, &v)?,
                "SSPR_TRUSTED_PROXIES" => c.trusted_proxies = cidrs(&k, &v)?,
                k if k.starts_with("SSPR_LIMITS_") => {
                    c.limits = set_limit(&c.limits, k, &v)?;
                }
                k if ENV_KEYS.contains(&k) => {}
                _ => {
                    return Err(CoreError::Config(format!(
                        "unknown environment variable {k}"
                    )));
                }
            }
        }
        if c.hash_queue == 0 {
            return Err(CoreError::Config("hash_queue must be at least 1".into()));
        }
        if c.hash_concurrency == 0 {
            return Err(CoreError::Config(
                "hash_concurrency must be at least 1".into(),
            ));
        }
        if sspr_i18n::known_zone(&c.time_zone).is_none() {
            return Err(CoreError::Config(format!(
                "time_zone: {:?} is not an IANA time zone name (such as Europe/Berlin) or UTC",
                c.time_zone
            )));
        }
        if c.limits.code_digits < 6 {
            return Err(CoreError::Config(
                "limits.code_digits must be 6 or more (SPEC 16)".into(),
            ));
        }
        Ok(c)
    }

    /// The database to open: `database_url`, or else `sspr.db` in `var_dir` (so moving
    /// `var_dir` moves everything the portal writes).
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.var_dir.join("sspr.db").display()),
        }
    }

    /// Whether `url` may be returned to (`?ru=`): its origin is on the allowlist.
    pub fn return_url_allowed(&self, url: &str) -> bool {
        // No control characters or spaces: the URL goes into a Location header.
        if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return false;
        }
        let origin_of = |u: &str| -> Option<String> {
            let (scheme, rest) = u.split_once("://")?;
            let host = rest.split(['/', '?', '#']).next()?;
            (!host.is_empty() && (scheme == "https" || scheme == "http"))
                .then(|| format!("{scheme}://{host}"))
        };
        match origin_of(url) {
            Some(o) => self
                .return_url_allowlist
                .iter()
                .any(|a| a.trim_end_matches('/').eq_ignore_ascii_case(&o)),
            None => false,
        }
    }
}

#[cfg(test)]
mod reference;

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn layers_defaults_file_env() {
        let dir = std::env::temp_dir().join(format!("sspr-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("sspr.toml");
        std::fs::write(
            &f,
            "listen = \"127.0.0.1:4000\"\ndemo = true\n[limits]\ncode_ttl_secs = 120\n",
        )
        .unwrap();
        let c = Config::load(
            Some(&f),
            env(&[("SSPR_LISTEN", "127.0.0.1:5000"), ("PATH", "/bin")]),
        )
        .unwrap();
        assert_eq!(c.listen, "127.0.0.1:5000");
        assert!(c.demo);
        assert_eq!(c.limits.code_ttl_secs, 120);
        assert_eq!(c.limits.flow_ttl_secs, 900);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn issue15_sms_and_voice_providers_with_secrets_from_the_environment() {
        let dir = std::env::temp_dir().join(format!("sspr-config-sms-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("sspr.toml");
        std::fs::write(
            &f,
            r#"public_url = "https://sspr.contoso.example"
[[sms.providers]]
kind = "twilio"
account = "AC123"
from = "+15005550006"
[[sms.providers]]
kind = "webhook"
name = "gateway-2"
url = "https://gw.contoso.example/sms"
[[voice.providers]]
kind = "twilio"
account = "AC123"
from = "+15005550006"
"#,
        )
        .unwrap();
        let c = Config::load(
            Some(&f),
            env(&[
                ("SSPR_SMS_TWILIO_SECRET", "tok"),
                ("SSPR_SMS_GATEWAY_2_SECRET", "hmac"),
                ("SSPR_VOICE_TWILIO_SECRET", "tok2"),
            ]),
        )
        .unwrap();
        let sms = c.sms.as_ref().unwrap();
        assert_eq!(sms.providers.len(), 2);
        assert_eq!(sms.providers[1].name(), "gateway-2");
        assert_eq!(sms.providers[1].secret_env.as_ref().unwrap().0, "hmac");
        assert_eq!(
            c.voice.as_ref().unwrap().providers[0]
                .secret_env
                .as_ref()
                .unwrap()
                .0,
            "tok2"
        );
        assert!(
            !format!("{c:?}").contains("hmac\""),
            "secrets are redacted in Debug"
        );
        let e = Config::load(Some(&f), env(&[("SSPR_SMS_NEXMO_SECRET", "x")]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("SSPR_SMS_NEXMO_SECRET"), "{e}");
        std::fs::write(
            &f,
            "[[sms.providers]]\nkind = \"twilio\"\nauth_token = \"x\"\n",
        )
        .unwrap();
        let e = Config::load(Some(&f), env(&[])).unwrap_err().to_string();
        assert!(e.contains("auth_token"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unknown_keys_are_named() {
        let dir = std::env::temp_dir().join(format!("sspr-config-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("sspr.toml");
        std::fs::write(&f, "lisen = \"x\"\n").unwrap();
        let e = Config::load(Some(&f), env(&[])).unwrap_err().to_string();
        assert!(e.contains("lisen"), "{e}");
        let e = Config::load(None, env(&[("SSPR_LISTNE", "x")]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("SSPR_LISTNE"), "{e}");
        let e = Config::load(None, env(&[("SSPR_DIRECTORY_BIND_PASSWORD", "x")]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("no [directory]"), "{e}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn return_url_only_to_allowlisted_origins() {
        let c = Config {
            return_url_allowlist: vec!["https://app.example".into()],
            ..Config::default()
        };
        assert!(c.return_url_allowed("https://app.example/signin?x=1"));
        assert!(!c.return_url_allowed("https://app.example.evil.com/"));
        assert!(!c.return_url_allowed("javascript:alert(1)"));
        assert!(!c.return_url_allowed("//app.example/"));
        // Issue 10: CR/LF would split the Location header (it panicked the redirect).
        assert!(!c.return_url_allowed("https://app.example/\r\nSet-Cookie: a=b"));
        assert!(!c.return_url_allowed("https://app.example/a b"));
    }

    #[test]
    fn issue10_every_limit_and_the_trusted_proxies_come_from_the_environment() {
        let c = Config::load(
            None,
            env(&[
                ("SSPR_LIMITS_STARTS_PER_IP", "5"),
                ("SSPR_LIMITS_RESEND_COOLDOWN_SECS", "30"),
                ("SSPR_TRUSTED_PROXIES", "10.0.0.0/8, ::1"),
                ("SSPR_AUDIT_RETENTION_DAYS", "90"),
                ("SSPR_HASH_QUEUE", "8"),
            ]),
        )
        .unwrap();
        assert_eq!(c.limits.starts_per_ip, 5);
        assert_eq!(c.limits.resend_cooldown_secs, 30);
        assert_eq!(c.limits.signins_per_ip, Limits::default().signins_per_ip);
        assert_eq!(c.trusted_proxies.len(), 2);
        assert_eq!((c.audit_retention_days, c.hash_queue), (90, 8));
        for bad in [
            ("SSPR_LIMITS_NO_SUCH_LIMIT", "1"),
            ("SSPR_LIMITS_STARTS_PER_IP", "many"),
            ("SSPR_TRUSTED_PROXIES", "10.0.0.0/99"),
        ] {
            let e = Config::load(None, env(&[bad])).unwrap_err().to_string();
            assert!(e.contains(bad.0), "{e}");
        }
        // And from the file.
        let c: Config =
            toml::from_str("trusted_proxies = [\"192.168.0.0/16\"]\n[limits]\nsends_per_ip = 7\n")
                .unwrap();
        assert_eq!(c.limits.sends_per_ip, 7);
        assert!(toml::from_str::<Config>("trusted_proxies = [\"nope\"]\n").is_err());
    }
}
