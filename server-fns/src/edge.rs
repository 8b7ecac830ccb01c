//! Server-side halves of the server functions: cookie, client IP and language in, redirect
//! out. Owns the mapping of flow results to URLs; refuses to decide anything itself.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::ConnectInfo;
use http::HeaderValue;
use http::header::{COOKIE, SET_COOKIE};
use http::request::Parts;
use leptos::prelude::*;
use leptos_axum::{ResponseOptions, redirect};
use sspr_core::delivery::FileOutbox;
use sspr_core::flow::{FlowError, Flows, StartRequest};
use sspr_core::{ClientType, Core, Mode};
use sspr_i18n::Lang;

use crate::{EntryView, FlowWire, OutboxItem, Step, UNAVAILABLE};

/// What the server gives every server function and page.
#[derive(Clone)]
pub struct AppCtx {
    pub core: Core,
    /// The demo outbox, when demo mode writes messages to files.
    pub outbox: Option<Arc<FileOutbox>>,
}

/// Marks the one internal request that renders the entry page as a template (see the
/// server's `entry_cache`): the captcha and the CSP nonce become placeholders, filled in per
/// response.
#[derive(Debug, Clone, Copy)]
pub struct TemplateRender;
pub const NONCE_PLACEHOLDER: &str = "SSPRNONCEPLACEHOLDER";
pub const CAPTCHA_PLACEHOLDER: &str = "SSPRCAPTCHAPLACEHOLDER";

/// Whether the current request renders the entry template.
pub fn template_render() -> bool {
    with_context::<Parts, _>(|p| p.extensions.get::<TemplateRender>().is_some()).unwrap_or(false)
}

pub const FLOW_COOKIE_HOST: &str = "__Host-sspr-flow";
pub const FLOW_COOKIE_PLAIN: &str = "sspr-flow";

pub(crate) fn ctx() -> Result<AppCtx, ServerFnError> {
    use_context::<AppCtx>().ok_or_else(|| ServerFnError::ServerError(UNAVAILABLE.into()))
}

pub(crate) fn unavailable<E: std::fmt::Display>(e: E) -> ServerFnError {
    tracing::error!(error = %e, "request failed");
    ServerFnError::ServerError(UNAVAILABLE.into())
}

fn cookie_name(core: &Core) -> &'static str {
    if core.config.secure_cookies {
        FLOW_COOKIE_HOST
    } else {
        FLOW_COOKIE_PLAIN
    }
}

fn flow_token(core: &Core) -> Option<String> {
    cookie(cookie_name(core))
}

/// The value of cookie `name` on the current request.
pub(crate) fn cookie(name: &str) -> Option<String> {
    // Read in place: the request's parts are never cloned for a lookup (issue 14).
    with_context::<Parts, _>(|parts| {
        parts
            .headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|c| {
                let (k, v) = c.trim().split_once('=')?;
                (k == name && !v.is_empty()).then(|| v.to_string())
            })
    })
    .flatten()
}

pub(crate) fn set_flow_cookie(core: &Core, token: &str) {
    let secure = if core.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let max_age = core.config.limits.flow_ttl_secs;
    let v = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        cookie_name(core)
    );
    if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&v)) {
        res.append_header(SET_COOKIE, v);
    }
}

/// A query parameter of the current request, percent-decoded.
fn query(name: &str) -> Option<String> {
    with_context::<Parts, _>(|p| {
        p.uri.query()?.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k == name && !v.is_empty()).then(|| {
                let v = v.replace('+', " ");
                let mut out = Vec::new();
                let b = v.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if b[i] == b'%'
                        && let Some(x) = v
                            .get(i + 1..i + 3)
                            .and_then(|h| u8::from_str_radix(h, 16).ok())
                    {
                        out.push(x);
                        i += 3;
                        continue;
                    }
                    out.push(b[i]);
                    i += 1;
                }
                String::from_utf8_lossy(&out).into_owned()
            })
        })
    })
    .flatten()
}

/// The client's address as the server resolved it (issue 10: behind trusted proxies, the
/// address they name), else the socket's peer.
pub(crate) fn client_ip() -> Option<String> {
    with_context::<Parts, _>(|parts| {
        if let Some(ip) = parts.extensions.get::<sspr_core::client::ClientIp>() {
            return Some(ip.0.to_string());
        }
        parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip().to_string())
    })
    .flatten()
}

/// L1, L2 and the visit's choice: `?mkt=` (or the posting page's, sent in its form), else
/// the language chosen earlier in this visit (the `sspr-lang` cookie), else Accept-Language.
pub fn request_lang(mkt: Option<&str>) -> Lang {
    let accept = with_context::<Parts, _>(|p| {
        p.headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    })
    .flatten();
    sspr_i18n::negotiate(mkt, cookie(LANG_COOKIE).as_deref(), accept.as_deref())
}

/// Issue 11: the language this visit chose (`?mkt=` or the picker), remembered until the
/// browser closes so every later page, redirect and message keeps it.
pub const LANG_COOKIE: &str = "sspr-lang";
/// Issue 11: the browser's IANA time zone, written by the page's own script.
pub const ZONE_COOKIE: &str = "sspr-tz";

/// The language remembered for this visit, if one was chosen.
pub fn chosen_lang() -> Option<Lang> {
    cookie(LANG_COOKIE).and_then(|v| Lang::from_tag(&v))
}

/// Remember `lang` for the visit (a session cookie, sent only when it changes).
pub fn remember_lang(lang: Lang) {
    if chosen_lang() == Some(lang) {
        return;
    }
    let secure = with_context::<AppCtx, _>(|c| c.core.config.secure_cookies).unwrap_or(true);
    let v = format!(
        "{LANG_COOKIE}={}; Path=/; SameSite=Lax{}",
        lang.tag(),
        if secure { "; Secure" } else { "" }
    );
    if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&v)) {
        res.append_header(SET_COOKIE, v);
    }
}

/// The time zone to show times in: the browser's (when it is a zone we know), else the
/// portal's configured `time_zone`.
pub fn request_zone() -> String {
    cookie(ZONE_COOKIE)
        .map(|z| crate::edge::decode_zone(&z))
        .filter(|z| sspr_i18n::known_zone(z).is_some())
        .or_else(|| with_context::<AppCtx, _>(|c| c.core.config.time_zone.clone()))
        .unwrap_or_else(|| "UTC".into())
}

/// A cookie's zone name: `%2F` is the only escape a zone name needs.
fn decode_zone(v: &str) -> String {
    v.replace("%2F", "/").replace("%2f", "/")
}

fn go(step: Step, lang: &str, compact: bool, err: Option<&str>) {
    let mut url = format!("{}?mkt={}", step.path(), lang.to_ascii_lowercase());
    if compact {
        url.push_str("&compact=1");
    }
    if let Some(e) = err {
        url.push_str("&e=");
        url.push_str(e);
    }
    redirect(&url);
}

pub async fn entry_view() -> Result<EntryView, ServerFnError> {
    let c = ctx()?;
    let l = &c.core.config.limits;
    if template_render() {
        return Ok(EntryView {
            captcha_id: CAPTCHA_PLACEHOLDER.into(),
            bits: l.captcha_bits,
            wait_secs: l.captcha_wait_secs,
            brand: None,
        });
    }
    // Issue 11: a link that names the organisation (an app's *Can't access your account?*
    // with `?domain_hint=` or a prefilled user ID) shows its look at once. Only what any
    // stranger typing an ID of that domain is shown.
    let domain = query("domain_hint")
        .or_else(|| query("username").and_then(|u| u.rsplit_once('@').map(|(_, d)| d.to_string())))
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| sspr_policy::model::domain_valid(d));
    let brand = match domain {
        Some(d) => c
            .core
            .store
            .tenant_for_domain(&d)
            .await
            .map_err(unavailable)?
            .map(|t| sspr_wire::Brand::of(&t.name, &t.policy)),
        None => None,
    };
    let ip = client_ip();
    let cap = Flows::new(&c.core)
        .captcha(ip.as_deref())
        .await
        .map_err(unavailable)?;
    Ok(EntryView {
        captcha_id: cap.id,
        bits: cap.bits,
        wait_secs: l.captcha_wait_secs,
        brand,
    })
}

pub async fn flow_view() -> Result<Option<FlowWire>, ServerFnError> {
    let c = ctx()?;
    let Some(token) = flow_token(&c.core) else {
        return Ok(None);
    };
    let v = match Flows::new(&c.core).view(&token).await {
        Ok(v) => v,
        Err(FlowError::NoFlow) => return Ok(None),
        Err(e) => return Err(unavailable(e)),
    };
    let mut v = v;
    v.demo = c.core.config.demo && c.outbox.is_some();
    Ok(Some(v))
}

/// The flow exists but cannot be read back (database down): its page says so and offers a
/// retry, rather than claiming the session expired.
fn unreadable(e: FlowError, lang: &str) {
    tracing::error!(error = %e, "flow unreadable after an action");
    let mkt = if lang.is_empty() {
        String::new()
    } else {
        format!("mkt={}&", lang.to_ascii_lowercase())
    };
    redirect(&format!("/reset/continue?{mkt}e=internal"));
}

pub struct StartForm {
    pub username: String,
    pub captcha_id: String,
    pub captcha_answer: String,
    pub mkt: Option<String>,
    pub ru: Option<String>,
    pub client: Option<String>,
    pub compact: Option<String>,
}

pub(crate) fn enc(s: &str) -> String {
    sspr_wire::percent::encode(s)
}

pub async fn start_reset(f: StartForm) -> Result<(), ServerFnError> {
    let c = ctx()?;
    let lang = request_lang(f.mkt.as_deref());
    let compact = f
        .compact
        .as_deref()
        .is_some_and(|v| v == "1" || v == "true");
    let req = StartRequest {
        user_id: f.username.clone(),
        captcha_id: f.captcha_id,
        captcha_answer: f.captcha_answer,
        lang,
        client: ClientType::parse(f.client.as_deref()),
        ip: client_ip(),
        return_url: f.ru.clone().filter(|s| !s.is_empty()),
        compact,
    };
    match Flows::new(&c.core).start(req).await {
        Ok(token) => {
            set_flow_cookie(&c.core, &token);
            // The first page is whatever the new flow says; view() reads it back.
            match Flows::new(&c.core).view(&token).await {
                Ok(st) => go(st.step, lang.tag(), st.compact, None),
                Err(e) => unreadable(e, lang.tag()),
            }
        }
        Err(e) => {
            if let FlowError::Internal(err) = &e
                && !matches!(err, sspr_core::CoreError::Busy)
            {
                tracing::error!(error = %err, "start failed");
            }
            // Back to the entry page, keeping what the user typed (bad input loses nothing).
            let mut url = format!(
                "/?mkt={}&e={}&username={}",
                lang.tag().to_ascii_lowercase(),
                e.code(),
                enc(&f.username)
            );
            if let FlowError::Limited(r) = &e {
                url.push_str(&format!("&until={}", r.until));
            }
            for (k, v) in [
                ("ru", &f.ru),
                ("client", &f.client),
                ("compact", &f.compact),
            ] {
                if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
                    url.push_str(&format!("&{k}={}", enc(v)));
                }
            }
            redirect(&url);
        }
    }
    Ok(())
}

/// Run one flow action, then redirect to the page of the flow's step (with the error, if any).
async fn act<F, Fut>(f: F) -> Result<(), ServerFnError>
where
    F: FnOnce(AppCtx, String) -> Fut,
    Fut: std::future::Future<Output = Result<(), FlowError>>,
{
    let c = ctx()?;
    let Some(token) = flow_token(&c.core) else {
        redirect(&format!("/?e={}", FlowError::NoFlow.code()));
        return Ok(());
    };
    // Issue 11: a language picked mid-flow is the flow's from now on (its pages, redirects
    // and the messages it sends).
    if let Some(l) = chosen_lang()
        && let Err(e) = Flows::new(&c.core).set_lang(&token, l).await
        && !matches!(e, FlowError::NoFlow)
    {
        tracing::warn!(error = %e, "could not record the flow's language");
    }
    let result = f(c.clone(), token.clone()).await;
    let err = match &result {
        Ok(()) => None,
        Err(e @ FlowError::Internal(sspr_core::CoreError::Busy)) => Some(e.code().to_string()),
        Err(FlowError::Internal(e)) => {
            tracing::error!(error = %e, "flow action failed");
            Some("internal".to_string())
        }
        Err(FlowError::Blocked { until }) | Err(FlowError::EmailLimit { until }) => Some(format!(
            "{}&until={until}",
            result.as_ref().err().map(|e| e.code()).unwrap_or("blocked")
        )),
        Err(e @ FlowError::Limited(r)) => Some(format!("{}&until={}", e.code(), r.until)),
        Err(FlowError::Password(problems)) => {
            let ids: Vec<&str> = problems.iter().map(|p| p.fluent_id()).collect();
            Some(format!("password&p={}", ids.join(",")))
        }
        Err(e) => Some(e.code().to_string()),
    };
    match Flows::new(&c.core).view(&token).await {
        Ok(v) => go(v.step, &v.lang, v.compact, err.as_deref()),
        Err(FlowError::NoFlow) => redirect(&format!("/?e={}", FlowError::NoFlow.code())),
        Err(e) => unreadable(e, ""),
    }
    Ok(())
}

pub async fn choose(mode: String) -> Result<(), ServerFnError> {
    let mode = if mode == "unlock" {
        Mode::Unlock
    } else {
        Mode::Reset
    };
    act(|c, t| async move { Flows::new(&c.core).choose(&t, mode).await }).await
}

pub async fn select(option: String) -> Result<(), ServerFnError> {
    act(|c, t| async move { Flows::new(&c.core).select(&t, &option).await }).await
}

pub async fn code(code: String) -> Result<(), ServerFnError> {
    act(|c, t| async move { Flows::new(&c.core).verify_code(&t, &code).await }).await
}

pub async fn answers(answers: Vec<String>) -> Result<(), ServerFnError> {
    act(|c, t| async move { Flows::new(&c.core).verify_answers(&t, &answers).await }).await
}

pub async fn password(password: String, confirm: String) -> Result<(), ServerFnError> {
    act(|c, t| async move {
        Flows::new(&c.core)
            .set_password(&t, &password, &confirm)
            .await
    })
    .await
}

pub async fn request_admin() -> Result<(), ServerFnError> {
    act(|c, t| async move { Flows::new(&c.core).request_admin(&t).await }).await
}

pub async fn outbox() -> Result<Vec<OutboxItem>, ServerFnError> {
    let c = ctx()?;
    let Some(o) = c.outbox.filter(|_| c.core.config.demo) else {
        return Err(ServerFnError::ServerError("not found".into()));
    };
    let items = o.list(50).map_err(unavailable)?;
    Ok(items
        .into_iter()
        .map(|m| OutboxItem {
            channel: m.channel.as_str().into(),
            to: m.to,
            subject: m.subject,
            body: m.body,
            at: m.at,
        })
        .collect())
}
