//! A generic signed HTTPS webhook for any other gateway an organisation runs: each message
//! is a JSON body posted to `url`, with `X-Sspr-Timestamp` (Unix seconds) and
//! `X-Sspr-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`; the gateway's
//! receipts come back to `status_url` signed the same way. Owns the format (documented in
//! README); refuses receipts whose timestamp is more than five minutes off.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};

use super::{
    Callback, Provider, ProviderConfig, RECEIPT_SKEW_SECS, Receipt, ReceiptError, ReceiptStatus,
    SendFuture, failed, same,
};
use crate::CoreError;
use crate::delivery::{Channel, Outgoing, ProviderStatus};
use crate::directory::Secret;

pub(super) struct Webhook {
    channel: Channel,
    url: String,
    from: Option<String>,
    secret: Secret,
    http: reqwest::Client,
}

/// What the gateway receives.
#[derive(Serialize)]
struct Body<'a> {
    channel: &'a str,
    to: &'a str,
    from: &'a str,
    text: &'a str,
    language: &'a str,
    tenant: Option<&'a str>,
    status_url: Option<&'a str>,
}

#[derive(Deserialize)]
struct Accepted {
    id: Option<String>,
}

#[derive(Deserialize)]
struct Status {
    id: String,
    status: String,
    #[serde(default)]
    detail: Option<String>,
}

/// The signature header's value for `body` sent at `timestamp`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!(
        "sha256={}",
        data_encoding::HEXLOWER.encode(&mac.finalize().into_bytes())
    )
}

impl Webhook {
    pub(super) fn new(
        what: &str,
        channel: Channel,
        p: &ProviderConfig,
        secret: Secret,
        http: reqwest::Client,
    ) -> Result<Webhook, CoreError> {
        Ok(Webhook {
            channel,
            url: p
                .url
                .clone()
                .ok_or_else(|| CoreError::Config(format!("{what}: `url` is required")))?,
            from: p.from.clone(),
            secret,
            http,
        })
    }
}

impl Provider for Webhook {
    fn send<'a>(
        &'a self,
        msg: &'a Outgoing,
        to: &'a str,
        status_url: Option<&'a str>,
    ) -> SendFuture<'a> {
        Box::pin(async move {
            let from = if msg.from.is_empty() || self.channel == Channel::Voice {
                self.from.as_deref().unwrap_or("")
            } else {
                msg.from.as_str()
            };
            let body = serde_json::to_vec(&Body {
                channel: self.channel.as_str(),
                to,
                from,
                text: &msg.body,
                language: &msg.lang,
                tenant: msg.tenant_id.as_deref(),
                status_url,
            })
            .map_err(|_| ProviderStatus::BadAnswer)?;
            let ts = msg.at;
            let res = self
                .http
                .post(&self.url)
                .header("content-type", "application/json")
                .header("x-sspr-timestamp", ts.to_string())
                .header("x-sspr-signature", signature(&self.secret.0, ts, &body))
                .body(body)
                .send()
                .await
                .map_err(|e| failed(&e))?;
            let status = res.status();
            if !status.is_success() {
                return Err(ProviderStatus::Http(status.as_u16()));
            }
            // The answer may name the message (for its receipts); an empty one is fine.
            let bytes = res.bytes().await.map_err(|e| failed(&e))?;
            Ok(serde_json::from_slice::<Accepted>(&bytes)
                .ok()
                .and_then(|a| a.id))
        })
    }

    fn receipt(&self, cb: &Callback) -> Result<Receipt, ReceiptError> {
        let ts: i64 = cb
            .header("x-sspr-timestamp")
            .and_then(|t| t.trim().parse().ok())
            .ok_or(ReceiptError::BadSignature)?;
        let got = cb
            .header("x-sspr-signature")
            .ok_or(ReceiptError::BadSignature)?;
        if !same(
            got.as_bytes(),
            signature(&self.secret.0, ts, &cb.body).as_bytes(),
        ) {
            return Err(ReceiptError::BadSignature);
        }
        if (cb.now - ts).abs() > RECEIPT_SKEW_SECS {
            return Err(ReceiptError::Stale);
        }
        let s: Status = serde_json::from_slice(&cb.body).map_err(|_| ReceiptError::Malformed)?;
        let status = match s.status.as_str() {
            "delivered" => ReceiptStatus::Delivered,
            "failed" | "undelivered" => ReceiptStatus::Failed,
            _ => ReceiptStatus::Pending,
        };
        let word: String = s
            .status
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(32)
            .collect();
        let detail = match s.detail {
            Some(d) => {
                let d: String = d
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .take(32)
                    .collect();
                format!("{word} {d}")
            }
            None => word,
        };
        Ok(Receipt {
            id: s.id,
            status,
            detail,
        })
    }
}
