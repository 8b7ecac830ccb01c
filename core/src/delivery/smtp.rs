//! Mail through an SMTP relay (lettre, STARTTLS required unless loopback: O4). Owns the
//! relay connection; refuses every channel but email.

use lettre::message::{Mailbox, header::ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::{Channel, Delivery, DeliveryError, DeliveryFuture, Outgoing, Sent};
use crate::CoreError;
use crate::config::SmtpConfig;

pub(super) fn email_message(msg: &Outgoing) -> Result<Message, DeliveryError> {
    let from: Mailbox = msg
        .from
        .parse()
        .map_err(|e| DeliveryError::Local(format!("sender address: {e}")))?;
    let to: Mailbox = msg
        .to
        .parse()
        .map_err(|e| DeliveryError::Local(format!("recipient address: {e}")))?;
    Message::builder()
        .from(from)
        .to(to)
        .subject(msg.subject.clone())
        .header(ContentType::TEXT_PLAIN)
        .body(msg.body.clone())
        .map_err(|e| DeliveryError::Local(e.to_string()))
}

pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl Smtp {
    pub fn new(cfg: &SmtpConfig) -> Result<Self, CoreError> {
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
        // 20 s for a whole send (lettre's default is a minute): a shutdown's wait for the
        // mail worker stays inside the service manager's stop timeout.
        b = b
            .port(cfg.port)
            .timeout(Some(std::time::Duration::from_secs(20)));
        if let (Some(user), Some(file)) = (&cfg.username, &cfg.password_file) {
            let pw = std::fs::read_to_string(file).map_err(|e| {
                CoreError::Config(format!("smtp password file {}: {e}", file.display()))
            })?;
            b = b.credentials(Credentials::new(user.clone(), pw.trim().to_string()));
        }
        Ok(Smtp {
            transport: b.build(),
        })
    }

    /// `sspr check-config`: connect, upgrade with STARTTLS, authenticate, and say goodbye,
    /// sending nothing.
    pub async fn check(&self) -> Result<(), CoreError> {
        let ten = std::time::Duration::from_secs(10);
        match tokio::time::timeout(ten, self.transport.test_connection()).await {
            Ok(Ok(true)) => Ok(()),
            Ok(Ok(false)) => Err(CoreError::Config(
                "the relay did not accept a session".into(),
            )),
            Ok(Err(e)) => Err(CoreError::Config(e.to_string())),
            Err(_) => Err(CoreError::Config("no answer within 10 s".into())),
        }
    }
}

impl Delivery for Smtp {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            if msg.channel != Channel::Email {
                return Err(DeliveryError::NotConfigured);
            }
            let m = email_message(msg)?;
            match self.transport.send(m).await {
                Ok(_) => {
                    tracing::info!(channel = "email", "message accepted by the SMTP relay");
                    Ok(Sent::by("smtp"))
                }
                Err(e) => {
                    tracing::warn!(channel = "email", error = %e, "SMTP relay refused or unreachable");
                    Err(DeliveryError::Local(
                        "the mail server could not be reached".into(),
                    ))
                }
            }
        })
    }
}
