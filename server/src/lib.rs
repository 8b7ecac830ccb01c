//! The portal server: builds `Core` from configuration, and the axum router with the pages,
//! server functions, static files and the security middleware (cross-site refusal, headers,
//! CORS for configured origins). Owns HTTP wiring; refuses to hold flow logic.

mod delivery;
mod device;
mod entry_cache;
pub mod ops;

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sspr_app::{App, shell};
use sspr_core::delivery::phone::{PhoneConfig, Providers};
use sspr_core::delivery::{Channel, Channels, Delivery, FileOutbox, Smtp, Undeliverable};
use sspr_core::{Config, Core, CoreError, SystemClock};
use sspr_server_fns::AppCtx;

/// Build the shared state: database (migrated), server key, delivery, clock.
pub async fn build_state(config: Config) -> Result<AppCtx, CoreError> {
    // O4: the administrator's message wording, checked before anything starts.
    if let Some(dir) = &config.templates_dir {
        sspr_i18n::Overrides::load(dir)
            .and_then(sspr_i18n::Overrides::install)
            .map_err(|e| CoreError::Config(format!("templates_dir: {e}")))?;
    }
    let store = sspr_core::store::Store::connect(&config.database_url()).await?;
    // Issue 14: a key rotation interrupted before its files were swapped is settled first.
    sspr_core::rekey::settle(&store, &config.var_dir, &config.limits).await?;
    let key = sspr_core::crypto::Crypto::load_or_create_key(&config.var_dir.join("secret.key"))?;
    let crypto = sspr_core::crypto::Crypto::with_queue(
        key,
        &config.limits,
        config.hash_concurrency,
        config.hash_queue,
    )?;
    // Messages no transport can carry go to var/outbox (codes included): the development
    // default, which the demo's dev page reads. With `outbox = false` such a channel fails
    // with a clear message and the user picks another method.
    let outbox = if config.outbox {
        Some(Arc::new(FileOutbox::new(config.var_dir.join("outbox"))?))
    } else {
        None
    };
    let fallback: Arc<dyn Delivery> = match &outbox {
        Some(o) => o.clone(),
        None => Arc::new(Undeliverable),
    };
    let email: Arc<dyn Delivery> = match &config.smtp {
        Some(smtp) => Arc::new(Smtp::new(smtp)?),
        None => fallback.clone(),
    };
    // Issue 15: texts and calls by the configured providers, in order.
    let phone =
        |channel: Channel, cfg: &Option<PhoneConfig>| -> Result<Arc<dyn Delivery>, CoreError> {
            match cfg {
                Some(p) if !p.providers.is_empty() => Ok(Arc::new(Providers::new(
                    channel,
                    p,
                    config.public_url.as_deref(),
                )?)),
                _ => Ok(fallback.clone()),
            }
        };
    let metrics = Arc::new(sspr_core::metrics::Metrics::default());
    let delivery: Arc<dyn Delivery> = Arc::new(Channels {
        email,
        sms: phone(Channel::Sms, &config.sms)?,
        voice: phone(Channel::Voice, &config.voice)?,
        metrics: metrics.clone(),
    });
    let demo = config.demo;
    let core = Core {
        store,
        delivery,
        metrics: metrics.clone(),
        clock: Arc::new(SystemClock),
        crypto,
        // Issue 14: every directory call counted with its time for `/metrics`.
        directory: match &config.directory {
            Some(d) => Some(Arc::new(sspr_core::directory::Metered {
                inner: Arc::new(sspr_core::directory::Ldap::new(d)?),
                metrics: metrics.clone(),
            })),
            None => None,
        },
        config: Arc::new(config),
    };
    // The dev page that lists the outbox exists in demo mode only.
    let outbox = outbox.filter(|_| demo);
    Ok(AppCtx { core, outbox })
}

/// Leptos options for the pages, their static files served from `site_dir` (the
/// configuration's, so an installed binary runs from any working directory). The rest comes
/// from cargo-leptos's environment when it started the binary (the reload port of `watch`).
pub fn leptos_options(site_dir: &std::path::Path) -> LeptosOptions {
    // Asked only under cargo-leptos: without its variables Leptos prints advice about
    // compiling to standard output, which an installed portal's log does not need.
    let cargo_leptos = std::env::var_os("LEPTOS_OUTPUT_NAME").is_some();
    let mut options = match cargo_leptos.then(|| leptos::config::get_configuration(None)) {
        Some(Ok(c)) if !c.leptos_options.output_name.is_empty() => c.leptos_options,
        _ => LeptosOptions::builder()
            .output_name("sspr")
            .site_pkg_dir("pkg")
            .build(),
    };
    options.site_root = site_dir.to_string_lossy().as_ref().into();
    options
}

/// A page: rendered whole by `sspr_app::render`, answered with its status, its headers
/// (redirects, cookies, the CSP) and one body of known length.
async fn render_page(options: Arc<LeptosOptions>, ctx: AppCtx, req: Request<Body>) -> Response {
    let (parts, _body) = req.into_parts();
    let r = sspr_app::render::render(options, parts, move || provide_context(ctx)).await;
    let mut res = Response::new(Body::from(r.html));
    if let Some(status) = r.status {
        *res.status_mut() = status;
    }
    res.headers_mut().extend(r.headers);
    res.headers_mut()
        .entry(header::CONTENT_TYPE)
        .or_insert(HeaderValue::from_static("text/html; charset=utf-8"));
    res
}

/// The whole HTTP surface.
pub fn router(ctx: AppCtx, options: LeptosOptions) -> Router {
    let routes = generate_route_list(App);
    // The server functions through leptos_axum (no page listings given to it); the pages
    // through `render_page`, one whole body each (issue 14).
    let mut pages = Router::new().leptos_routes_with_context(
        &options,
        Vec::new(),
        {
            let ctx = ctx.clone();
            move || provide_context(ctx.clone())
        },
        {
            let o = options.clone();
            move || shell(o.clone())
        },
    );
    let shared = Arc::new(options.clone());
    for listing in &routes {
        let (ctx, o) = (ctx.clone(), Arc::clone(&shared));
        pages = pages.route(
            listing.path(),
            get(move |req: Request<Body>| render_page(o.clone(), ctx.clone(), req)),
        );
    }
    let pages = pages
        .fallback(leptos_axum::file_and_error_handler(shell))
        .with_state(options);
    let health = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/brand.css", get(brand_css))
        .with_state(ctx.clone());
    let cache = Arc::new(entry_cache::EntryCache::new(pages.clone(), ctx.clone()));
    let mut app = pages
        .layer(middleware::from_fn_with_state(cache, entry_cache::serve))
        .merge(health)
        .merge(device::routes(ctx.clone()))
        .merge(delivery::routes(ctx.clone()))
        .layer(middleware::from_fn_with_state(
            ctx.clone(),
            refuse_cross_site,
        ))
        .layer(middleware::from_fn_with_state(
            ctx.clone(),
            security_headers,
        ))
        .layer(middleware::from_fn(incomplete_forms))
        .layer(middleware::from_fn_with_state(ctx.clone(), client_identity))
        // No form of the portal comes near 64 KiB; bigger bodies are refused before parsing.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(64 * 1024))
        // Issue 14: outermost, so every answer is counted, refusals included.
        .layer(middleware::from_fn_with_state(ctx.clone(), count_request));
    let origins: Vec<HeaderValue> = ctx
        .core
        .config
        .allowed_origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if !origins.is_empty() {
        app = app.layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(origins)
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::CONTENT_TYPE, header::ACCEPT])
                .expose_headers([header::LOCATION])
                .allow_credentials(true),
        );
    }
    app
}

/// Issue 14, `/metrics`: one answered request by its route's pattern (never the path a
/// client sent, which could carry anything): static files as `/pkg/*` or `static`, paths no
/// route knows as `unmatched`.
async fn count_request(State(ctx): State<AppCtx>, req: Request, next: Next) -> Response {
    let matched = req
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .cloned();
    let pkg = req.uri().path().starts_with("/pkg/");
    let res = next.run(req).await;
    let route = match &matched {
        Some(m) => m.as_str(),
        None if pkg => "/pkg/*",
        None if res.status() == StatusCode::NOT_FOUND => "unmatched",
        None => "static",
    };
    ctx.core.metrics.request(route, res.status().as_u16());
    res
}

/// Issue 14: alive. The process answers; nothing else is asked, so a database outage never
/// gets a node restarted (its pages say "try again later" and it recovers by itself).
/// Issue 11: a tenant's accent colour as a stylesheet (`/brand.css?accent=0b5cad`), so the
/// pages' CSP keeps refusing inline styles. Only colours the policy accepts (readable with
/// white text) are served; anything else is a 404.
async fn brand_css(uri: axum::http::Uri) -> axum::response::Response {
    let accent = uri
        .query()
        .unwrap_or("")
        .split('&')
        .find_map(|kv| kv.strip_prefix("accent="))
        .map(|h| format!("#{h}"));
    let Some(rgb) = accent
        .as_deref()
        .filter(|a| sspr_policy::model::accent_valid(a))
        .and_then(sspr_policy::model::parse_colour)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // The hover and selected tint: the colour at 10% over white.
    let soft = rgb.map(|c| 255 - (255 - u16::from(c)) / 10);
    let css = format!(
        ".page{{--accent:#{:02x}{:02x}{:02x};--accent-soft:#{:02x}{:02x}{:02x}}}\n",
        rgb[0], rgb[1], rgb[2], soft[0], soft[1], soft[2]
    );
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        css,
    )
        .into_response()
}

async fn healthz() -> impl IntoResponse {
    (StatusCode::OK, "ok")
}

/// How long `/readyz` reuses its answer, counted from when the probe ended: a probe every
/// second from every load balancer costs the directory one bind per interval, and a
/// stranger cannot make it bind more.
const READY_FOR: std::time::Duration = std::time::Duration::from_secs(5);
/// The longest one probe may take; beyond it the part counts as unavailable.
const PROBE_LIMIT: std::time::Duration = std::time::Duration::from_secs(5);

/// The last answer; held while a probe runs, so concurrent requests wait for that one
/// probe instead of starting their own.
static READY: tokio::sync::Mutex<Option<(std::time::Instant, bool)>> =
    tokio::sync::Mutex::const_new(None);

/// Issue 14: ready to serve users: the database answers and, when `[directory]` is set, the
/// directory binds the service account. 503 otherwise (the reason is in the log).
async fn readyz(State(ctx): State<AppCtx>) -> impl IntoResponse {
    let mut last = READY.lock().await;
    let fresh = last.filter(|(at, _)| at.elapsed() < READY_FOR);
    let ok = match fresh {
        Some((_, ok)) => ok,
        None => {
            let ok = probe(&ctx).await;
            *last = Some((std::time::Instant::now(), ok));
            ok
        }
    };
    drop(last);
    if ok {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "unavailable")
    }
}

async fn probe(ctx: &AppCtx) -> bool {
    let late = |what: &str| format!("{what}: no answer within {PROBE_LIMIT:?}");
    let db = match tokio::time::timeout(PROBE_LIMIT, ctx.core.store.ping()).await {
        Ok(r) => r.map_err(|e| e.to_string()),
        Err(_) => Err(late("database")),
    };
    if let Err(e) = db {
        tracing::error!(error = %e, "readiness: database unavailable");
        return false;
    }
    if let Some(d) = &ctx.core.directory {
        let dir = match tokio::time::timeout(PROBE_LIMIT, d.reachable()).await {
            Ok(r) => r.map_err(|e| e.to_string()),
            Err(_) => Err(late("directory")),
        };
        if let Err(e) = dir {
            tracing::error!(error = %e, "readiness: directory unavailable");
            return false;
        }
    }
    true
}

/// Server functions refuse cross-site requests. Fetch Metadata decides when the browser
/// sends it (`Sec-Fetch-Site: same-origin` passes even with `Origin: null`, which
/// `Referrer-Policy: no-referrer` causes on plain form posts); otherwise an `Origin`, when
/// sent, must be this host or a configured origin.
pub fn cross_site_allowed(headers: &axum::http::HeaderMap, allowed_origins: &[String]) -> bool {
    let get = |k: header::HeaderName| headers.get(k).and_then(|v| v.to_str().ok());
    let origin = get(header::ORIGIN);
    let configured = origin.is_some_and(|o| allowed_origins.iter().any(|a| a == o));
    match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some("same-origin") | Some("none") => true,
        Some(_) => configured,
        None => {
            let host = get(header::HOST).unwrap_or("");
            match origin {
                None => true,
                Some(o) => {
                    configured || o == format!("http://{host}") || o == format!("https://{host}")
                }
            }
        }
    }
}

async fn refuse_cross_site(State(ctx): State<AppCtx>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET
        && req.uri().path().starts_with("/api/")
        && !cross_site_allowed(req.headers(), &ctx.core.config.allowed_origins)
    {
        tracing::warn!(path = req.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
    }
    next.run(req).await
}

/// Issue 10: a form post that lacks a field, or holds one that cannot be read, goes back
/// where it came from with a localised message (`?e=form-incomplete`), never with the server
/// function's argument error (which names internal fields).
async fn incomplete_forms(req: Request, next: Next) -> Response {
    let api =
        req.uri().path().starts_with("/api/") && !req.uri().path().starts_with("/api/device/");
    let res = next.run(req).await;
    if !api || !res.headers().contains_key("serverfnerror") {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (StatusCode::BAD_REQUEST, "").into_response();
    };
    if !(bytes.starts_with(b"Args|") || bytes.starts_with(b"Deserialization|")) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let code = sspr_server_fns::ErrorCode::FormIncomplete.code();
    let back = parts
        .headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .filter(|l| l.starts_with('/') && !l.starts_with("//"))
        .map(|l| {
            let sep = if l.contains('?') { '&' } else { '?' };
            format!("{l}{sep}e={code}")
        });
    parts.headers.remove("serverfnerror");
    parts.headers.remove(header::CONTENT_LENGTH);
    match back.and_then(|b| HeaderValue::from_str(&b).ok()) {
        Some(v) => {
            parts.status = StatusCode::FOUND;
            parts.headers.insert(header::LOCATION, v);
            Response::from_parts(parts, Body::empty())
        }
        None => (StatusCode::BAD_REQUEST, code).into_response(),
    }
}

/// Issue 10: the client's address, resolved once per request from the socket and, when
/// the peer is a trusted proxy, its `Forwarded` / `X-Forwarded-For` (`trusted_proxies`).
/// Audit rows and every per-client limit read it from the request's extensions.
async fn client_identity(State(ctx): State<AppCtx>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip());
    if let Some(peer) = peer {
        let h = req.headers();
        let header = |name: &str| {
            let values: Vec<&str> = h
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect();
            (!values.is_empty()).then(|| values.join(","))
        };
        let ip = sspr_core::client::resolve(
            peer,
            header("forwarded").as_deref(),
            header("x-forwarded-for").as_deref(),
            &ctx.core.config.trusted_proxies,
        );
        req.extensions_mut().insert(sspr_core::client::ClientIp(ip));
    }
    next.run(req).await
}

/// Headers on every response; pages set their own CSP (with a nonce) in the shell.
async fn security_headers(State(ctx): State<AppCtx>, req: Request, next: Next) -> Response<Body> {
    // Issue 12: pages that show a person's data (contact info, a recovery code shown once,
    // the audit) are kept by no cache: not the browser's back/forward cache or history,
    // not a proxy's.
    let private = ["/admin", "/account", "/setup", "/signin", "/reset", "/dev/"]
        .iter()
        .any(|p| req.uri().path().starts_with(p));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if private && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // Issue 10: once cookies are Secure the portal is HTTPS-only; browsers are told so.
    let hsts = ctx.core.config.hsts_max_age_secs;
    if ctx.core.config.secure_cookies
        && hsts > 0
        && let Ok(v) = HeaderValue::from_str(&format!("max-age={hsts}"))
    {
        h.insert(header::STRICT_TRANSPORT_SECURITY, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        );
    }
    res
}
