//! Stand-ins for the SMS and voice providers, on 127.0.0.1, written from the providers'
//! documentation and independent of the portal's clients (their signatures are computed
//! here again): Twilio's `Messages.json` and `Calls.json` (basic authentication, form
//! bodies, 201 with a `sid`, Twilio's error JSON), Vonage's `/sms/json` (key and secret in
//! the form, a per-message `status`), and the portal's signed webhook. Each can be told to
//! fail (an HTTP status, a refusal, a slow answer) and sends the providers' signed
//! delivery receipts. Owns nothing of the product; refuses every request it cannot
//! authenticate, as the real services do.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use hmac::{Hmac, Mac};
use serde::Serialize;

/// What the fakes answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// Answer with this HTTP status (Twilio's and the webhook's error shape).
    Status(u16),
    /// Vonage: HTTP 200 with this per-message status (e.g. "1" throttled, "4" bad credentials).
    Reject(String),
    /// Answer only after this long.
    Slow(Duration),
}

/// Which API took a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Api {
    TwilioMessage,
    TwilioCall,
    Vonage,
    Webhook,
}

/// A message one of the fakes accepted.
#[derive(Debug, Clone, Serialize)]
pub struct Received {
    pub api: Api,
    pub id: String,
    pub to: String,
    pub from: String,
    /// The SMS text, the TwiML of a call, or the webhook's `text`.
    pub text: String,
    /// Vonage's `type`, the webhook's `language`.
    pub kind: Option<String>,
    pub status_url: Option<String>,
    /// The webhook's `channel`.
    pub channel: Option<String>,
}

/// The credentials the fakes expect.
#[derive(Debug, Clone)]
pub struct Accounts {
    pub twilio_sid: String,
    pub twilio_token: String,
    pub vonage_key: String,
    pub vonage_secret: String,
    pub vonage_signature_secret: String,
    pub webhook_secret: String,
}

impl Default for Accounts {
    fn default() -> Self {
        Accounts {
            twilio_sid: "AC00000000000000000000000000000001".into(),
            twilio_token: "twilio-test-token".into(),
            vonage_key: "vonagekey".into(),
            vonage_secret: "vonage-test-secret".into(),
            vonage_signature_secret: "vonage-signature-secret".into(),
            webhook_secret: "webhook-test-secret".into(),
        }
    }
}

struct Inner {
    accounts: Accounts,
    mode: Mutex<Mode>,
    received: Mutex<Vec<Received>>,
    /// Requests refused for bad credentials or shape, by API.
    refused: Mutex<Vec<(Api, u16)>>,
    seq: Mutex<u64>,
    /// Send a "delivered" receipt after each accepted message.
    auto_receipts: bool,
}

#[derive(Clone)]
pub struct Fakes {
    pub addr: SocketAddr,
    inner: Arc<Inner>,
}

/// A receipt as a provider would send it: where, with which headers, what body.
#[derive(Debug, Clone)]
pub struct SignedReceipt {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

fn twilio_sig(token: &str, url: &str, fields: &[(String, String)]) -> String {
    let mut data = url.to_string();
    let mut sorted = fields.to_vec();
    sorted.sort();
    for (k, v) in sorted {
        data.push_str(&k);
        data.push_str(&v);
    }
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).expect("key");
    mac.update(data.as_bytes());
    data_encoding::BASE64.encode(&mac.finalize().into_bytes())
}

fn hmac256(key: &str, data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).expect("key");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn webhook_sig(secret: &str, ts: i64, body: &[u8]) -> String {
    let mut data = format!("{ts}.").into_bytes();
    data.extend_from_slice(body);
    format!(
        "sha256={}",
        data_encoding::HEXLOWER.encode(&hmac256(secret, &data))
    )
}

fn vonage_sig(secret: &str, fields: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = fields.iter().filter(|(k, _)| k != "sig").collect();
    sorted.sort();
    let data: String = sorted
        .iter()
        .map(|(k, v)| format!("&{k}={}", v.replace(['&', '='], "_")))
        .collect();
    data_encoding::HEXUPPER.encode(&hmac256(secret, data.as_bytes()))
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn form(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field(f: &[(String, String)], k: &str) -> Option<String> {
    f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
}

fn twilio_error(status: u16, code: u32, message: &str) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST),
        axum::Json(serde_json::json!({
            "code": code,
            "message": message,
            "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
            "status": status,
        })),
    )
        .into_response()
}

impl Fakes {
    /// Start the fakes on `addr` (`127.0.0.1:0` for any free port).
    pub async fn start(
        addr: &str,
        accounts: Accounts,
        auto_receipts: bool,
    ) -> std::io::Result<Fakes> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let inner = Arc::new(Inner {
            accounts,
            mode: Mutex::new(Mode::Accept),
            received: Mutex::new(Vec::new()),
            refused: Mutex::new(Vec::new()),
            seq: Mutex::new(0),
            auto_receipts,
        });
        let fakes = Fakes { addr, inner };
        let app = Router::new()
            .route("/2010-04-01/Accounts/{sid}/{resource}", post(twilio))
            .route("/sms/json", post(vonage))
            .route("/webhook", post(webhook))
            .route("/_received", get(list))
            .route("/_mode", post(set_mode))
            .with_state(fakes.clone());
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(fakes)
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn accounts(&self) -> &Accounts {
        &self.inner.accounts
    }

    pub fn set_mode(&self, m: Mode) {
        if let Ok(mut g) = self.inner.mode.lock() {
            *g = m;
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.inner
            .received
            .lock()
            .map(|v| v.clone())
            .unwrap_or_default()
    }

    /// Requests refused for credentials or shape: (API, HTTP status).
    pub fn refused(&self) -> Vec<(Api, u16)> {
        self.inner
            .refused
            .lock()
            .map(|v| v.clone())
            .unwrap_or_default()
    }

    fn mode(&self) -> Mode {
        self.inner
            .mode
            .lock()
            .map(|m| m.clone())
            .unwrap_or(Mode::Accept)
    }

    fn next_id(&self, prefix: &str) -> String {
        let n = self
            .inner
            .seq
            .lock()
            .map(|mut s| {
                *s += 1;
                *s
            })
            .unwrap_or(0);
        format!("{prefix}{n:032x}")
    }

    fn refuse(&self, api: Api, status: u16) {
        if let Ok(mut r) = self.inner.refused.lock() {
            r.push((api, status));
        }
    }

    fn accept(&self, r: Received) {
        if self.inner.auto_receipts
            && let Some(receipt) = self.receipt(&r, "delivered")
        {
            tokio::spawn(async move {
                // After the portal recorded the send (one insert once the answer is back).
                tokio::time::sleep(Duration::from_secs(1)).await;
                let _ = post_receipt(&receipt).await;
            });
        }
        if let Ok(mut v) = self.inner.received.lock() {
            v.push(r);
        }
    }

    /// The signed receipt the provider behind `r` would send with `status`
    /// (`delivered`, `undelivered`, `failed`, `completed`, `busy`); none without a status URL.
    pub fn receipt(&self, r: &Received, status: &str) -> Option<SignedReceipt> {
        let url = r.status_url.clone()?;
        let a = &self.inner.accounts;
        Some(match r.api {
            Api::TwilioMessage | Api::TwilioCall => {
                let (id_key, status_key) = if r.api == Api::TwilioCall {
                    ("CallSid", "CallStatus")
                } else {
                    ("MessageSid", "MessageStatus")
                };
                let mut fields: Vec<(String, String)> = vec![
                    (id_key.into(), r.id.clone()),
                    (status_key.into(), status.into()),
                    ("AccountSid".into(), a.twilio_sid.clone()),
                    ("To".into(), r.to.clone()),
                    ("From".into(), r.from.clone()),
                    ("ApiVersion".into(), "2010-04-01".into()),
                ];
                if status == "undelivered" || status == "failed" {
                    fields.push(("ErrorCode".into(), "30003".into()));
                }
                let sig = twilio_sig(&a.twilio_token, &url, &fields);
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields.iter())
                    .finish();
                SignedReceipt {
                    url,
                    headers: vec![
                        (
                            "content-type".into(),
                            "application/x-www-form-urlencoded".into(),
                        ),
                        ("x-twilio-signature".into(), sig),
                    ],
                    body: body.into_bytes(),
                }
            }
            Api::Vonage => {
                let mut fields: Vec<(String, String)> = vec![
                    ("msisdn".into(), r.to.clone()),
                    ("to".into(), r.from.clone()),
                    ("network-code".into(), "44010".into()),
                    ("messageId".into(), r.id.clone()),
                    ("status".into(), status.into()),
                    (
                        "err-code".into(),
                        if status == "delivered" { "0" } else { "1" }.into(),
                    ),
                    ("message-timestamp".into(), "2026-12-02 08:00:00".into()),
                    ("timestamp".into(), unix_now().to_string()),
                    ("nonce".into(), self.next_id("n")),
                ];
                let sig = vonage_sig(&a.vonage_signature_secret, &fields);
                fields.push(("sig".into(), sig));
                let body = form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(fields.iter())
                    .finish();
                SignedReceipt {
                    url,
                    headers: vec![(
                        "content-type".into(),
                        "application/x-www-form-urlencoded".into(),
                    )],
                    body: body.into_bytes(),
                }
            }
            Api::Webhook => {
                let body = serde_json::to_vec(&serde_json::json!({"id": r.id, "status": status}))
                    .unwrap_or_default();
                let ts = unix_now();
                SignedReceipt {
                    url,
                    headers: vec![
                        ("content-type".into(), "application/json".into()),
                        ("x-sspr-timestamp".into(), ts.to_string()),
                        (
                            "x-sspr-signature".into(),
                            webhook_sig(&a.webhook_secret, ts, &body),
                        ),
                    ],
                    body,
                }
            }
        })
    }
}

/// POST a receipt to its URL; the HTTP status the portal answered.
pub async fn post_receipt(r: &SignedReceipt) -> Result<u16, String> {
    let mut req = reqwest::Client::new().post(&r.url).body(r.body.clone());
    for (k, v) in &r.headers {
        req = req.header(k, v);
    }
    req.send()
        .await
        .map(|res| res.status().as_u16())
        .map_err(|e| e.to_string())
}

/// The failure modes every API shares: an HTTP status, or a slow answer.
async fn apply_mode(f: &Fakes) -> Option<u16> {
    match f.mode() {
        Mode::Status(s) => Some(s),
        Mode::Slow(d) => {
            tokio::time::sleep(d).await;
            None
        }
        _ => None,
    }
}

async fn twilio(
    State(f): State<Fakes>,
    Path((sid, resource)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let a = &f.inner.accounts;
    let api = match resource.as_str() {
        "Messages.json" => Api::TwilioMessage,
        "Calls.json" => Api::TwilioCall,
        _ => return twilio_error(404, 20404, "The requested resource was not found"),
    };
    let want = format!(
        "Basic {}",
        data_encoding::BASE64.encode(format!("{}:{}", a.twilio_sid, a.twilio_token).as_bytes())
    );
    let auth = headers.get("authorization").and_then(|v| v.to_str().ok());
    if auth != Some(want.as_str()) || sid != a.twilio_sid {
        f.refuse(api, 401);
        return twilio_error(401, 20003, "Authenticate");
    }
    let is_form = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        f.refuse(api, 400);
        return twilio_error(400, 20001, "Expected a form body");
    }
    if let Some(s) = apply_mode(&f).await {
        return match s {
            429 => twilio_error(429, 20429, "Too Many Requests"),
            s => twilio_error(s, 20500, "Internal Server Error"),
        };
    }
    let fields = form(&body);
    let to = field(&fields, "To").unwrap_or_default();
    if !to.starts_with('+') || to.contains(' ') || to.len() < 8 {
        f.refuse(api, 400);
        return twilio_error(400, 21211, "The 'To' number is not a valid phone number.");
    }
    let from = field(&fields, "From").or_else(|| field(&fields, "MessagingServiceSid"));
    let text = match api {
        Api::TwilioCall => field(&fields, "Twiml"),
        _ => field(&fields, "Body"),
    };
    let (Some(from), Some(text)) = (from, text) else {
        f.refuse(api, 400);
        return twilio_error(400, 21603, "A 'From' and a body or TwiML are required");
    };
    let id = f.next_id(if api == Api::TwilioCall { "CA" } else { "SM" });
    f.accept(Received {
        api,
        id: id.clone(),
        to: to.clone(),
        from,
        text,
        kind: None,
        status_url: field(&fields, "StatusCallback"),
        channel: None,
    });
    (
        StatusCode::CREATED,
        axum::Json(serde_json::json!({"sid": id, "status": "queued", "to": to, "api_version": "2010-04-01"})),
    )
        .into_response()
}

async fn vonage(State(f): State<Fakes>, body: Bytes) -> Response {
    let a = &f.inner.accounts;
    let fields = form(&body);
    if field(&fields, "api_key").as_deref() != Some(a.vonage_key.as_str())
        || field(&fields, "api_secret").as_deref() != Some(a.vonage_secret.as_str())
    {
        f.refuse(Api::Vonage, 200);
        return axum::Json(serde_json::json!({
            "message-count": "1",
            "messages": [{"status": "4", "error-text": "Bad Credentials"}]
        }))
        .into_response();
    }
    if let Some(s) = apply_mode(&f).await {
        return (
            StatusCode::from_u16(s).unwrap_or(StatusCode::BAD_GATEWAY),
            "error",
        )
            .into_response();
    }
    if let Mode::Reject(code) = f.mode() {
        return axum::Json(serde_json::json!({
            "message-count": "1",
            "messages": [{"status": code, "error-text": "Refused by the fake"}]
        }))
        .into_response();
    }
    let to = field(&fields, "to").unwrap_or_default();
    if to.is_empty() || !to.chars().all(|c| c.is_ascii_digit()) {
        f.refuse(Api::Vonage, 200);
        return axum::Json(serde_json::json!({
            "message-count": "1",
            "messages": [{"status": "3", "error-text": "Invalid to"}]
        }))
        .into_response();
    }
    let id = f.next_id("");
    f.accept(Received {
        api: Api::Vonage,
        id: id.clone(),
        to: to.clone(),
        from: field(&fields, "from").unwrap_or_default(),
        text: field(&fields, "text").unwrap_or_default(),
        kind: field(&fields, "type"),
        status_url: field(&fields, "callback"),
        channel: None,
    });
    axum::Json(serde_json::json!({
        "message-count": "1",
        "messages": [{"to": to, "message-id": id, "status": "0", "remaining-balance": "10.00", "message-price": "0.03", "network": "44010"}]
    }))
    .into_response()
}

async fn webhook(State(f): State<Fakes>, headers: HeaderMap, body: Bytes) -> Response {
    let ts: Option<i64> = headers
        .get("x-sspr-timestamp")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let sig = headers
        .get("x-sspr-signature")
        .and_then(|v| v.to_str().ok());
    let good = match (ts, sig) {
        (Some(ts), Some(sig)) => sig == webhook_sig(&f.inner.accounts.webhook_secret, ts, &body),
        _ => false,
    };
    if !good {
        f.refuse(Api::Webhook, 401);
        return (StatusCode::UNAUTHORIZED, "bad signature").into_response();
    }
    if let Some(s) = apply_mode(&f).await {
        return (
            StatusCode::from_u16(s).unwrap_or(StatusCode::BAD_GATEWAY),
            "error",
        )
            .into_response();
    }
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(&body) else {
        f.refuse(Api::Webhook, 400);
        return (StatusCode::BAD_REQUEST, "not JSON").into_response();
    };
    let s = |k: &str| v.get(k).and_then(|x| x.as_str()).map(String::from);
    let id = f.next_id("wh-");
    f.accept(Received {
        api: Api::Webhook,
        id: id.clone(),
        to: s("to").unwrap_or_default(),
        from: s("from").unwrap_or_default(),
        text: s("text").unwrap_or_default(),
        kind: s("language"),
        status_url: s("status_url"),
        channel: s("channel"),
    });
    (
        StatusCode::ACCEPTED,
        axum::Json(serde_json::json!({"id": id})),
    )
        .into_response()
}

/// Everything accepted, oldest first (the Playwright run reads codes here).
async fn list(State(f): State<Fakes>) -> Response {
    axum::Json(f.received()).into_response()
}

/// `POST /_mode` with `accept`, `status:<code>`, `reject:<code>` or `slow:<ms>`: how the
/// fakes answer from now on (the Playwright run's provider outage).
async fn set_mode(State(f): State<Fakes>, body: String) -> Response {
    let m = match body.trim().split_once(':') {
        None if body.trim() == "accept" => Mode::Accept,
        Some(("status", s)) => match s.parse() {
            Ok(s) => Mode::Status(s),
            Err(_) => return StatusCode::BAD_REQUEST.into_response(),
        },
        Some(("reject", c)) => Mode::Reject(c.to_string()),
        Some(("slow", ms)) => match ms.parse() {
            Ok(ms) => Mode::Slow(Duration::from_millis(ms)),
            Err(_) => return StatusCode::BAD_REQUEST.into_response(),
        },
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    f.set_mode(m);
    StatusCode::NO_CONTENT.into_response()
}
