//! Vonage's (Nexmo's) SMS API: `POST /sms/json` with the API key and secret, a per-message
//! status in a success answer (status "0" is taken, anything else refused); receipts are its
//! delivery receipts, signed (`sig`: HMAC-SHA256 of the sorted `&key=value` fields, keyed by
//! the signature secret) and timestamped. SMS only: its Voice API needs an application key.

use hmac::{Hmac, Mac};
use serde::Deserialize;

use super::{
    Callback, Provider, ProviderConfig, RECEIPT_SKEW_SECS, Receipt, ReceiptError, ReceiptStatus,
    SendFuture, answer, same,
};
use crate::CoreError;
use crate::delivery::segment::{Encoding, segments};
use crate::delivery::{Outgoing, ProviderStatus};
use crate::directory::Secret;

pub(super) struct Vonage {
    base: String,
    key: String,
    from: Option<String>,
    secret: Secret,
    signature_secret: Option<Secret>,
    http: reqwest::Client,
}

#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    messages: Vec<Part>,
}

#[derive(Deserialize)]
struct Part {
    status: String,
    #[serde(rename = "message-id")]
    message_id: Option<String>,
}

impl Vonage {
    pub(super) fn new(
        what: &str,
        p: &ProviderConfig,
        secret: Secret,
        signature_secret: Option<Secret>,
        http: reqwest::Client,
    ) -> Result<Vonage, CoreError> {
        Ok(Vonage {
            base: p
                .url
                .clone()
                .unwrap_or_else(|| "https://rest.nexmo.com".into())
                .trim_end_matches('/')
                .to_string(),
            key: p.account.clone().ok_or_else(|| {
                CoreError::Config(format!("{what}: `account` (the API key) is required"))
            })?,
            from: p.from.clone(),
            secret,
            signature_secret,
            http,
        })
    }
}

/// Vonage's signature of a set of fields: HMAC-SHA256 over `&key=value` for each field but
/// `sig`, sorted by key, with `&` and `=` in values replaced by `_`; upper-case hex.
pub fn signature(secret: &str, fields: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = fields.iter().filter(|(k, _)| k != "sig").collect();
    sorted.sort();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    for (k, v) in sorted {
        mac.update(format!("&{k}={}", v.replace(['&', '='], "_")).as_bytes());
    }
    data_encoding::HEXUPPER.encode(&mac.finalize().into_bytes())
}

impl Provider for Vonage {
    fn send<'a>(
        &'a self,
        msg: &'a Outgoing,
        to: &'a str,
        status_url: Option<&'a str>,
    ) -> SendFuture<'a> {
        Box::pin(async move {
            let from = if msg.from.is_empty() {
                self.from.clone().unwrap_or_default()
            } else {
                msg.from.clone()
            };
            let kind = match segments(&msg.body).encoding {
                Encoding::Gsm7 => "text",
                Encoding::Ucs2 => "unicode",
            };
            let mut form: Vec<(&str, String)> = vec![
                ("api_key", self.key.clone()),
                ("api_secret", self.secret.0.clone()),
                ("from", from),
                // Vonage takes E.164 without the plus.
                ("to", to.trim_start_matches('+').to_string()),
                ("text", msg.body.clone()),
                ("type", kind.to_string()),
            ];
            if let Some(u) = status_url {
                form.push(("callback", u.to_string()));
            }
            let answer: Answer = answer(
                self.http
                    .post(format!("{}/sms/json", self.base))
                    .form(&form),
            )
            .await?;
            let Some(first) = answer.messages.first() else {
                return Err(ProviderStatus::BadAnswer);
            };
            if let Some(refused) = answer.messages.iter().find(|p| p.status != "0") {
                return Err(ProviderStatus::Rejected(
                    refused
                        .status
                        .chars()
                        .filter(char::is_ascii_alphanumeric)
                        .take(8)
                        .collect(),
                ));
            }
            Ok(first.message_id.clone())
        })
    }

    fn receipt(&self, cb: &Callback) -> Result<Receipt, ReceiptError> {
        // Without a signature secret no receipt can be trusted: each is refused.
        let secret = self
            .signature_secret
            .as_ref()
            .ok_or(ReceiptError::BadSignature)?;
        let json = cb
            .header("content-type")
            .is_some_and(|c| c.starts_with("application/json"));
        let mut fields = cb.form();
        if json {
            let obj: serde_json::Map<String, serde_json::Value> =
                serde_json::from_slice(&cb.body).map_err(|_| ReceiptError::Malformed)?;
            for (k, v) in obj {
                let v = match v {
                    serde_json::Value::String(s) => s,
                    other => other.to_string(),
                };
                fields.push((k, v));
            }
        }
        let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let got = field("sig").ok_or(ReceiptError::BadSignature)?;
        let want = signature(&secret.0, &fields);
        if !same(got.to_ascii_uppercase().as_bytes(), want.as_bytes()) {
            return Err(ReceiptError::BadSignature);
        }
        let ts: i64 = field("timestamp")
            .and_then(|t| t.parse().ok())
            .ok_or(ReceiptError::Malformed)?;
        if (cb.now - ts).abs() > RECEIPT_SKEW_SECS {
            return Err(ReceiptError::Stale);
        }
        let (Some(id), Some(word)) = (field("messageId"), field("status")) else {
            return Err(ReceiptError::Malformed);
        };
        let status = match word.as_str() {
            "delivered" => ReceiptStatus::Delivered,
            "failed" | "rejected" | "expired" => ReceiptStatus::Failed,
            _ => ReceiptStatus::Pending,
        };
        let detail = match field("err-code") {
            Some(c) if c != "0" => format!("{word} {c}"),
            _ => word,
        };
        Ok(Receipt { id, status, detail })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue15_vonage_signature_sorts_fields_and_replaces_separators() {
        let f = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let a = signature(
            "s3cret",
            &f(&[("b", "2"), ("a", "x&y=z"), ("sig", "ignored")]),
        );
        let b = signature("s3cret", &f(&[("a", "x_y_z"), ("b", "2")]));
        assert_eq!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(a, signature("other", &f(&[("a", "x_y_z"), ("b", "2")])));
    }
}
