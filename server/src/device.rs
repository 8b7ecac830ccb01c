//! The device page's JSON API (V4): pairing, fetching the pending notification, answering
//! it. Requests are authenticated by the device key's signature, not by a cookie. Owns the
//! HTTP shape; refuses to decide anything (`sspr_core::device` does), and its errors carry
//! no internals.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use data_encoding::BASE64URL_NOPAD;
use serde::Deserialize;
use sspr_core::device::{ChallengeState, DeviceError, Devices};
use sspr_server_fns::AppCtx;

pub fn routes(ctx: AppCtx) -> Router {
    Router::new()
        .route("/api/device/pair", post(pair))
        .route("/api/device/pending", post(pending))
        .route("/api/device/answer", post(answer))
        .with_state(ctx)
}

fn b64(s: &str) -> Option<Vec<u8>> {
    BASE64URL_NOPAD
        .decode(s.trim_end_matches('=').as_bytes())
        .ok()
}

fn refuse(e: DeviceError) -> Response {
    let (status, code) = match e {
        DeviceError::Pairing => (StatusCode::BAD_REQUEST, "pairing"),
        DeviceError::Unauthorised => (StatusCode::UNAUTHORIZED, "unauthorised"),
        DeviceError::NoChallenge => (StatusCode::NOT_FOUND, "no-challenge"),
        DeviceError::Internal(err) => {
            tracing::error!(error = %err, "device request failed");
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
        }
    };
    (status, Json(serde_json::json!({ "error": code }))).into_response()
}

fn bad_request() -> Response {
    (
        StatusCode::BAD_REQUEST,
        Json(serde_json::json!({ "error": "bad-request" })),
    )
        .into_response()
}

#[derive(Deserialize)]
struct PairIn {
    code: String,
    public_key: String,
    signature: String,
    name: String,
}

async fn pair(State(ctx): State<AppCtx>, Json(p): Json<PairIn>) -> Response {
    let (Some(key), Some(sig)) = (b64(&p.public_key), b64(&p.signature)) else {
        return bad_request();
    };
    match Devices::new(&ctx.core)
        .pair(&p.code, &key, &sig, &p.name)
        .await
    {
        Ok(id) => Json(serde_json::json!({ "device": id })).into_response(),
        Err(e) => refuse(e),
    }
}

#[derive(Deserialize)]
struct PendingIn {
    device: i64,
    ts: i64,
    signature: String,
}

async fn pending(State(ctx): State<AppCtx>, Json(p): Json<PendingIn>) -> Response {
    let Some(sig) = b64(&p.signature) else {
        return bad_request();
    };
    match Devices::new(&ctx.core).pending(p.device, p.ts, &sig).await {
        Ok(r) => Json(serde_json::json!({ "request": r })).into_response(),
        Err(e) => refuse(e),
    }
}

#[derive(Deserialize)]
struct AnswerIn {
    device: i64,
    ts: i64,
    challenge: i64,
    number: String,
    approve: bool,
    signature: String,
}

async fn answer(State(ctx): State<AppCtx>, Json(a): Json<AnswerIn>) -> Response {
    let Some(sig) = b64(&a.signature) else {
        return bad_request();
    };
    match Devices::new(&ctx.core)
        .answer(a.device, a.ts, a.challenge, &a.number, a.approve, &sig)
        .await
    {
        Ok(state) => {
            let s = match state {
                ChallengeState::Approved => "approved",
                ChallengeState::Denied => "denied",
                ChallengeState::Expired => "expired",
                ChallengeState::Pending => "pending",
            };
            Json(serde_json::json!({ "state": s })).into_response()
        }
        Err(e) => refuse(e),
    }
}
