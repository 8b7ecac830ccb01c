//! V3, issue 15: SMS and voice providers over HTTPS, in an ordered failover list per
//! channel (`[sms]`, `[voice]`). Owns the providers' configuration (secrets from files or
//! `SSPR_*` variables, redacted in Debug), the HTTP client (reqwest, rustls, timeouts) and
//! the verification of their signed delivery receipts. Refuses plain HTTP to anything but
//! loopback, and never logs a body, a code or a number.

mod twilio;
mod vonage;
mod webhook;

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Duration;

use serde::Deserialize;
use sspr_policy::phone;

use super::{
    Channel, Delivery, DeliveryError, DeliveryFuture, Failure, Outgoing, ProviderStatus, Sent,
};
use crate::CoreError;
use crate::directory::Secret;

/// `[sms]` or `[voice]`: the providers, tried in this order.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Default)]
#[serde(deny_unknown_fields)]
pub struct PhoneConfig {
    #[serde(default)]
    pub providers: Vec<ProviderConfig>,
}

/// One provider of `[[sms.providers]]` / `[[voice.providers]]`. `kind` picks the API.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    pub kind: ProviderKind,
    /// The provider's name in the audit, the metrics, the receipt URL and its `SSPR_*`
    /// secret variables; defaults to `kind`. Unique within a channel.
    #[serde(default)]
    pub name: Option<String>,
    /// The API's root (Twilio `https://api.twilio.com`, Vonage `https://rest.nexmo.com`);
    /// for `webhook`, the URL messages are posted to (required).
    #[serde(default)]
    pub url: Option<String>,
    /// Twilio: the account SID. Vonage: the API key.
    #[serde(default)]
    pub account: Option<String>,
    /// The sender: a number in E.164 (required for voice) or, where the provider and the
    /// country allow, an alphanumeric sender name. A tenant's `sms_sender` overrides it.
    #[serde(default)]
    pub from: Option<String>,
    /// Twilio: send SMS through a Messaging Service instead of `from`.
    #[serde(default)]
    pub messaging_service: Option<String>,
    /// File holding the secret (Twilio auth token, Vonage API secret, the webhook's HMAC
    /// key); or `SSPR_<SMS|VOICE>_<NAME>_SECRET`.
    #[serde(default)]
    pub secret_file: Option<PathBuf>,
    /// Vonage: file holding the signature secret its delivery receipts are signed with
    /// (SHA-256 HMAC); or `SSPR_<SMS|VOICE>_<NAME>_RECEIPT_SECRET`. Twilio signs receipts
    /// with the auth token, the webhook with its secret.
    #[serde(default)]
    pub receipt_secret_file: Option<PathBuf>,
    /// Seconds for the whole request (connect, send, answer); then the next provider.
    #[serde(default = "default_timeout")]
    pub timeout_secs: u64,
    /// Tenants this provider serves; empty serves every tenant.
    #[serde(default)]
    pub tenants: Vec<String>,
    #[serde(skip)]
    pub secret_env: Option<Secret>,
    #[serde(skip)]
    pub receipt_secret_env: Option<Secret>,
}

fn default_timeout() -> u64 {
    10
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    Twilio,
    Vonage,
    Webhook,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Twilio => "twilio",
            ProviderKind::Vonage => "vonage",
            ProviderKind::Webhook => "webhook",
        }
    }
}

impl ProviderConfig {
    pub fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(self.kind.as_str())
    }

    /// The `SSPR_*` variable prefix of this provider's secrets: `SSPR_SMS_TWILIO_`.
    pub fn env_prefix(&self, channel: Channel) -> String {
        let name: String = self
            .name()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        format!("SSPR_{}_{}_", channel.as_str().to_ascii_uppercase(), name)
    }
}

fn read_secret(
    what: &str,
    file: &Option<PathBuf>,
    env: &Option<Secret>,
) -> Result<Option<Secret>, CoreError> {
    if let Some(s) = env {
        return Ok(Some(s.clone()));
    }
    match file {
        Some(f) => std::fs::read_to_string(f)
            .map(|s| Some(Secret(s.trim().to_string())))
            .map_err(|e| CoreError::Config(format!("{what}: {}: {e}", f.display()))),
        None => Ok(None),
    }
}

/// A provider's status callback as it reached the portal: the public URL it was sent to
/// (what a signature covers), its headers (lower-case names), query and body.
#[derive(Debug, Clone, Default)]
pub struct Callback {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub query: String,
    pub body: Vec<u8>,
    pub now: i64,
}

impl Callback {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The form fields of the query and of a form-encoded body, in their order.
    pub fn form(&self) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = form_urlencoded::parse(self.query.as_bytes())
            .into_owned()
            .collect();
        let json = self
            .header("content-type")
            .is_some_and(|c| c.starts_with("application/json"));
        if !json {
            v.extend(form_urlencoded::parse(&self.body).into_owned());
        }
        v
    }
}

/// What a receipt says of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReceiptStatus {
    Delivered,
    Failed,
    /// On its way (queued, sent to the carrier, ringing): nothing to record yet.
    Pending,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The provider's message id, as its send answer gave it.
    pub id: String,
    pub status: ReceiptStatus,
    /// The provider's own status words (`undelivered 30003`), for the audit. Never a body.
    pub detail: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error("no such provider")]
    UnknownProvider,
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the receipt is too old or from the future")]
    Stale,
    #[error("the receipt lacks what the provider's API documents")]
    Malformed,
}

/// How far a signed receipt's timestamp may be from now.
pub(crate) const RECEIPT_SKEW_SECS: i64 = 300;

type SendFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Option<String>, ProviderStatus>> + Send + 'a>>;

/// One provider's API.
trait Provider: Send + Sync {
    /// Send `msg`, already addressed in E.164 (`to`); the provider's message id if any.
    fn send<'a>(
        &'a self,
        msg: &'a Outgoing,
        to: &'a str,
        status_url: Option<&'a str>,
    ) -> SendFuture<'a>;
    fn receipt(&self, cb: &Callback) -> Result<Receipt, ReceiptError>;
}

struct Entry {
    name: String,
    tenants: Vec<String>,
    api: Box<dyn Provider>,
}

/// A channel's providers, tried in order until one takes the message.
pub struct Providers {
    channel: Channel,
    entries: Vec<Entry>,
    /// `public_url`: where status callbacks are asked for (none without it).
    public_url: Option<String>,
}

/// Plain HTTP only to loopback (the tests' local servers); everything else over TLS.
fn check_url(what: &str, url: &str) -> Result<(), CoreError> {
    let rest = if let Some(r) = url.strip_prefix("https://") {
        return if r.is_empty() {
            Err(CoreError::Config(format!("{what}: no host in {url:?}")))
        } else {
            Ok(())
        };
    } else if let Some(r) = url.strip_prefix("http://") {
        r
    } else {
        return Err(CoreError::Config(format!(
            "{what}: {url:?} is not an https:// URL"
        )));
    };
    let host = rest.split(['/', '?']).next().unwrap_or("");
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    if matches!(host, "127.0.0.1" | "localhost" | "[::1]") {
        Ok(())
    } else {
        Err(CoreError::Config(format!(
            "{what}: plain http:// is only allowed to a loopback host, use https://"
        )))
    }
}

fn client(timeout_secs: u64) -> Result<reqwest::Client, CoreError> {
    let t = Duration::from_secs(timeout_secs.max(1));
    reqwest::Client::builder()
        .timeout(t)
        .connect_timeout(t.min(Duration::from_secs(5)))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("sspr/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| CoreError::Config(format!("HTTP client: {e}")))
}

/// The status of a failed request: timed out, no connection, or the HTTP status.
fn failed(e: &reqwest::Error) -> ProviderStatus {
    if e.is_timeout() {
        ProviderStatus::Timeout
    } else if let Some(s) = e.status() {
        ProviderStatus::Http(s.as_u16())
    } else if e.is_decode() || e.is_body() {
        ProviderStatus::BadAnswer
    } else {
        ProviderStatus::Unreachable
    }
}

/// Send `req`; a success status's JSON body as `T`, or the status it failed with.
async fn answer<T: serde::de::DeserializeOwned>(
    req: reqwest::RequestBuilder,
) -> Result<T, ProviderStatus> {
    let res = req.send().await.map_err(|e| failed(&e))?;
    let status = res.status();
    if !status.is_success() {
        return Err(ProviderStatus::Http(status.as_u16()));
    }
    res.json().await.map_err(|_| ProviderStatus::BadAnswer)
}

/// Constant-time comparison of a received signature with the expected one.
fn same(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

impl Providers {
    pub fn new(
        channel: Channel,
        cfg: &PhoneConfig,
        public_url: Option<&str>,
    ) -> Result<Providers, CoreError> {
        let mut entries: Vec<Entry> = Vec::new();
        for p in &cfg.providers {
            let name = p.name().to_string();
            let what = format!("[{}] provider {name:?}", channel.as_str());
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(CoreError::Config(format!(
                    "{what}: a name is letters, digits, - and _"
                )));
            }
            if entries.iter().any(|e| e.name == name) {
                return Err(CoreError::Config(format!(
                    "{what}: two providers of one channel have this name; give one a `name`"
                )));
            }
            let secret = read_secret(&what, &p.secret_file, &p.secret_env)?.ok_or_else(|| {
                CoreError::Config(format!(
                    "{what}: no secret: set secret_file or {}SECRET",
                    p.env_prefix(channel)
                ))
            })?;
            let receipt_secret = read_secret(&what, &p.receipt_secret_file, &p.receipt_secret_env)?;
            if let Some(u) = &p.url {
                check_url(&what, u)?;
            }
            let http = client(p.timeout_secs)?;
            let api: Box<dyn Provider> = match p.kind {
                ProviderKind::Twilio => {
                    Box::new(twilio::Twilio::new(&what, channel, p, secret, http)?)
                }
                ProviderKind::Vonage => {
                    if channel == Channel::Voice {
                        return Err(CoreError::Config(format!(
                            "{what}: Vonage carries SMS only here; use twilio or webhook for voice"
                        )));
                    }
                    Box::new(vonage::Vonage::new(&what, p, secret, receipt_secret, http)?)
                }
                ProviderKind::Webhook => {
                    Box::new(webhook::Webhook::new(&what, channel, p, secret, http)?)
                }
            };
            entries.push(Entry {
                name,
                tenants: p.tenants.clone(),
                api,
            });
        }
        if let Some(u) = public_url {
            check_url("public_url", u)?;
        }
        Ok(Providers {
            channel,
            entries,
            public_url: public_url.map(|u| u.trim_end_matches('/').to_string()),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The path a provider's receipts come back to (under `public_url`).
    pub fn receipt_path(channel: Channel, name: &str) -> String {
        format!("/delivery/{}/{name}/status", channel.as_str())
    }
}

impl Delivery for Providers {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            let to = phone::e164(&msg.to);
            // What every provider sends or says: the text without isolation marks.
            let msg = &Outgoing {
                body: super::segment::sent_text(&msg.body),
                ..msg.clone()
            };
            let mut failed = Vec::new();
            let mut any = false;
            for e in &self.entries {
                if !e.tenants.is_empty()
                    && !msg
                        .tenant_id
                        .as_deref()
                        .is_some_and(|t| e.tenants.iter().any(|x| x == t))
                {
                    continue;
                }
                any = true;
                let status_url = self
                    .public_url
                    .as_ref()
                    .map(|u| format!("{u}{}", Self::receipt_path(self.channel, &e.name)));
                match e.api.send(msg, &to, status_url.as_deref()).await {
                    Ok(id) => {
                        tracing::info!(
                            channel = self.channel.as_str(),
                            provider = %e.name,
                            "message accepted by the provider"
                        );
                        return Ok(Sent {
                            provider: e.name.clone(),
                            id,
                            failed,
                        });
                    }
                    Err(status) => {
                        tracing::warn!(
                            channel = self.channel.as_str(),
                            provider = %e.name,
                            %status,
                            "provider did not take the message; trying the next one"
                        );
                        failed.push(Failure {
                            provider: e.name.clone(),
                            status,
                        });
                    }
                }
            }
            if any {
                Err(DeliveryError::Failed(failed))
            } else {
                Err(DeliveryError::NotConfigured)
            }
        })
    }

    fn receipt(
        &self,
        channel: Channel,
        provider: &str,
        callback: &Callback,
    ) -> Result<Receipt, ReceiptError> {
        if channel != self.channel {
            return Err(ReceiptError::UnknownProvider);
        }
        let e = self
            .entries
            .iter()
            .find(|e| e.name == provider)
            .ok_or(ReceiptError::UnknownProvider)?;
        e.api.receipt(callback)
    }
}

/// XML text and attribute escaping (TwiML).
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue15_plain_http_only_to_loopback() {
        assert!(check_url("x", "https://api.twilio.com").is_ok());
        assert!(check_url("x", "http://127.0.0.1:3005").is_ok());
        assert!(check_url("x", "http://localhost/send").is_ok());
        assert!(check_url("x", "http://gateway.example/send").is_err());
        assert!(check_url("x", "http://127.0.0.1.evil.example/").is_err());
        assert!(check_url("x", "ftp://x").is_err());
    }

    #[test]
    fn issue15_secrets_are_redacted_in_debug() {
        let mut p: ProviderConfig =
            toml::from_str("kind = \"twilio\"\naccount = \"AC1\"\nfrom = \"+15005550006\"\n")
                .unwrap();
        p.secret_env = Some(Secret("tok-123456".into()));
        let shown = format!("{p:?}");
        assert!(!shown.contains("tok-123456"), "{shown}");
        assert_eq!(p.env_prefix(Channel::Sms), "SSPR_SMS_TWILIO_");
    }

    #[test]
    fn issue15_unknown_provider_keys_are_errors() {
        let e = toml::from_str::<ProviderConfig>("kind = \"twilio\"\nauth_token = \"x\"\n");
        assert!(e.is_err());
        let e = toml::from_str::<ProviderConfig>("kind = \"nexmo\"\n");
        assert!(e.is_err());
    }

    #[test]
    fn twiml_is_escaped() {
        assert_eq!(xml_escape("a<b & 'c'"), "a&lt;b &amp; &apos;c&apos;");
    }
}
