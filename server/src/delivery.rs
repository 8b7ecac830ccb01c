//! Issue 15's HTTP surface: the providers' delivery receipts (`/delivery/<channel>/<name>/status`,
//! which the providers call) and `/metrics` (Prometheus text, for the clients in
//! `metrics_allow`). Owns turning a request into a [`Callback`]; refuses to decide whether a
//! receipt is genuine (the provider's code in core does).

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sspr_core::client::ClientIp;
use sspr_core::delivery::Channel;
use sspr_core::delivery::phone::{Callback, ReceiptError};
use sspr_core::receipts::{self, ReceiptFailure};
use sspr_server_fns::AppCtx;

pub fn routes(ctx: AppCtx) -> Router {
    Router::new()
        .route(
            "/delivery/{channel}/{provider}/status",
            get(receipt).post(receipt),
        )
        .route("/metrics", get(metrics))
        .with_state(ctx)
}

async fn receipt(
    State(ctx): State<AppCtx>,
    Path((channel, provider)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let core = &ctx.core;
    let (Some(channel), Some(base)) = (Channel::parse(&channel), core.config.public_url.as_deref())
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if channel == Channel::Email {
        return StatusCode::NOT_FOUND.into_response();
    }
    let query = query.unwrap_or_default();
    // The URL the provider was given (what its signature covers): the public origin, not
    // the Host header a client chose.
    let mut url = format!(
        "{}/delivery/{}/{provider}/status",
        base.trim_end_matches('/'),
        channel.as_str()
    );
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    let cb = Callback {
        url,
        headers: headers
            .iter()
            .filter_map(|(k, v)| Some((k.as_str().to_string(), v.to_str().ok()?.to_string())))
            .collect(),
        query,
        body: body.to_vec(),
        now: core.now(),
    };
    match receipts::record(core, channel, &provider, &cb).await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(ReceiptFailure::Refused(e)) => {
            tracing::warn!(channel = channel.as_str(), %provider, error = %e, "delivery receipt refused");
            let status = match e {
                ReceiptError::UnknownProvider => StatusCode::NOT_FOUND,
                ReceiptError::Malformed => StatusCode::BAD_REQUEST,
                ReceiptError::BadSignature | ReceiptError::Stale => StatusCode::FORBIDDEN,
            };
            (status, "refused").into_response()
        }
        Err(ReceiptFailure::Store(e)) => {
            tracing::error!(error = %e, "delivery receipt not recorded");
            // The provider retries a receipt that was not taken.
            (StatusCode::SERVICE_UNAVAILABLE, "try again").into_response()
        }
    }
}

async fn metrics(State(ctx): State<AppCtx>, ip: Option<axum::Extension<ClientIp>>) -> Response {
    let allowed = ip.is_some_and(|axum::Extension(ClientIp(ip))| {
        ctx.core.config.metrics_allow.iter().any(|c| c.contains(ip))
    });
    if !allowed {
        return StatusCode::NOT_FOUND.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        sspr_core::metrics::scrape(&ctx.core).await,
    )
        .into_response()
}
