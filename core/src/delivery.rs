//! Delivery of mail, SMS and voice messages behind one trait: a file outbox (the default, and
//! what the demo's dev page reads), SMTP through lettre, and memory for tests. Owns the
//! transport; refuses to log a message body or a code (O3): logs keep channel and outcome.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};

use crate::CoreError;
use crate::config::SmtpConfig;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Sms,
    Voice,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }
}

/// One outgoing message. `from` and `subject` matter for email only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub channel: Channel,
    pub to: String,
    pub from: String,
    pub subject: String,
    pub body: String,
    pub at: i64,
}

pub type DeliveryFuture<'a> = Pin<Box<dyn Future<Output = Result<(), CoreError>> + Send + 'a>>;

pub trait Delivery: Send + Sync {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a>;
}

fn email_message(msg: &Outgoing) -> Result<Message, CoreError> {
    let from: Mailbox = msg
        .from
        .parse()
        .map_err(|e| CoreError::Delivery(format!("sender address: {e}")))?;
    let to: Mailbox = msg
        .to
        .parse()
        .map_err(|e| CoreError::Delivery(format!("recipient address: {e}")))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(msg.body.clone())
        .map_err(|e| CoreError::Delivery(e.to_string()))
}

/// Writes each message to `dir`: a JSON record (what the dev outbox page shows) and, for
/// email, the RFC 5322 message as an `.eml` file.
pub struct FileOutbox {
    pub dir: PathBuf,
    seq: Mutex<u64>,
}

impl FileOutbox {
    pub fn new(dir: PathBuf) -> Result<Self, CoreError> {
        std::fs::create_dir_all(&dir)?;
        let seq = std::fs::read_dir(&dir)?.count() as u64;
        Ok(FileOutbox {
            dir,
            seq: Mutex::new(seq),
        })
    }

    /// Messages in the outbox, newest first.
    pub fn list(&self, max: usize) -> Result<Vec<Outgoing>, CoreError> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names.reverse();
        names
            .into_iter()
            .take(max)
            .map(|p| Ok(serde_json::from_slice(&std::fs::read(p)?)?))
            .collect()
    }
}

impl Delivery for FileOutbox {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            let n = {
                let mut s = self
                    .seq
                    .lock()
                    .map_err(|_| CoreError::Delivery("outbox lock poisoned".into()))?;
                *s += 1;
                *s
            };
            let stem = format!("{:010}-{n:06}-{}", msg.at, msg.channel.as_str());
            if msg.channel == Channel::Email {
                let eml = email_message(msg)?.formatted();
                tokio::fs::write(self.dir.join(format!("{stem}.eml")), eml).await?;
            }
            tokio::fs::write(
                self.dir.join(format!("{stem}.json")),
                serde_json::to_vec_pretty(msg)?,
            )
            .await?;
            tracing::info!(
                channel = msg.channel.as_str(),
                "message written to the outbox"
            );
            Ok(())
        })
    }
}

/// Mail through an SMTP relay; SMS and voice go to `fallback` (a provider trait's default is
/// the file outbox until a provider is configured).
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    fallback: Arc<dyn Delivery>,
}

impl Smtp {
    pub fn new(cfg: &SmtpConfig, fallback: Arc<dyn Delivery>) -> Result<Self, CoreError> {
        let loopback = matches!(cfg.host.as_str(), "127.0.0.1" | "localhost" | "::1");
        let mut b = if cfg.starttls {
            // O4: STARTTLS is required (never opportunistic), checked against the public
            // roots and, when given, the relay's own CA.
            let mut tls = TlsParameters::builder(cfg.host.clone());
            if let Some(ca) = &cfg.ca_file {
                let pem = std::fs::read(ca).map_err(|e| {
                    CoreError::Config(format!("smtp ca_file {}: {e}", ca.display()))
                })?;
                let cert = Certificate::from_pem(&pem).map_err(|e| {
                    CoreError::Config(format!("smtp ca_file {}: {e}", ca.display()))
                })?;
                tls = tls.add_root_certificate(cert);
            }
            let params = tls
                .build_rustls()
                .map_err(|e| CoreError::Config(format!("smtp TLS: {e}")))?;
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host)
                .tls(Tls::Required(params))
        } else if loopback {
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host)
        } else {
            return Err(CoreError::Config(
                "smtp: starttls = false is only allowed for a loopback host".into(),
            ));
        };
        b = b.port(cfg.port);
        if let (Some(user), Some(file)) = (&cfg.username, &cfg.password_file) {
            let pw = std::fs::read_to_string(file).map_err(|e| {
                CoreError::Config(format!("smtp password file {}: {e}", file.display()))
            })?;
            b = b.credentials(Credentials::new(user.clone(), pw.trim().to_string()));
        }
        Ok(Smtp {
            transport: b.build(),
            fallback,
        })
    }
}

impl Delivery for Smtp {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            if msg.channel != Channel::Email {
                return self.fallback.send(msg).await;
            }
            let m = email_message(msg)?;
            match self.transport.send(m).await {
                Ok(_) => {
                    tracing::info!(channel = "email", "message accepted by the SMTP relay");
                    Ok(())
                }
                Err(e) => {
                    tracing::warn!(channel = "email", error = %e, "SMTP relay refused or unreachable");
                    Err(CoreError::Delivery(
                        "the mail server could not be reached".into(),
                    ))
                }
            }
        })
    }
}

/// A channel with no transport configured (no SMTP, no SMS provider, not in demo mode):
/// every send fails, so the flow tells the user to pick another method.
pub struct Undeliverable;

impl Delivery for Undeliverable {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            tracing::warn!(
                channel = msg.channel.as_str(),
                "no transport configured for this channel"
            );
            Err(CoreError::Delivery("no transport configured".into()))
        })
    }
}

/// Keeps messages in memory; tests read them back. `fail` simulates a broken transport.
#[derive(Default)]
pub struct Memory {
    pub sent: Mutex<Vec<Outgoing>>,
    pub fail: std::sync::atomic::AtomicBool,
}

impl Memory {
    pub fn messages(&self) -> Vec<Outgoing> {
        self.sent.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl Delivery for Memory {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            if self.fail.load(std::sync::atomic::Ordering::SeqCst) {
                return Err(CoreError::Delivery("simulated failure".into()));
            }
            self.sent
                .lock()
                .map_err(|_| CoreError::Delivery("lock".into()))?
                .push(msg.clone());
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn o4_file_outbox_writes_eml_and_lists_newest_first() {
        let dir = std::env::temp_dir().join(format!("sspr-outbox-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let o = FileOutbox::new(dir.clone()).unwrap();
        for (i, ch) in [Channel::Email, Channel::Sms].into_iter().enumerate() {
            let m = Outgoing {
                channel: ch,
                to: if ch == Channel::Email {
                    "a@demo.example".into()
                } else {
                    "+81 9012345678".into()
                },
                from: "no-reply@demo.example".into(),
                subject: "コード".into(),
                body: format!("body {i}"),
                at: 100 + i as i64,
            };
            o.send(&m).await.unwrap();
        }
        let list = o.list(10).unwrap();
        assert_eq!(
            list.iter().map(|m| m.channel).collect::<Vec<_>>(),
            vec![Channel::Sms, Channel::Email]
        );
        let emls = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .count();
        assert_eq!(emls, 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
