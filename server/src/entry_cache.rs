//! The entry page (E2) is the portal's busiest page and the same for everyone but its captcha
//! and its CSP nonce. It is rendered once per language through Leptos with placeholders,
//! and each response fills in a fresh captcha challenge and nonce. Owns that cache; refuses
//! requests whose query holds anything but `mkt` (they render normally), so error messages,
//! prefilled user IDs and embedding parameters never meet a cached page.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use sspr_core::flow::Flows;
use sspr_i18n::Lang;
use sspr_server_fns::{AppCtx, CAPTCHA_PLACEHOLDER, NONCE_PLACEHOLDER, TemplateRender};
use tower::ServiceExt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Seg {
    Lit(String),
    Nonce,
    CaptchaId,
}

pub struct EntryCache {
    pages: Router,
    ctx: AppCtx,
    templates: RwLock<HashMap<Lang, Arc<Vec<Seg>>>>,
}

/// Split a rendered page at the placeholders; `None` when one is missing (then the page is
/// not cached and every request renders normally).
fn segments(html: &str) -> Option<Vec<Seg>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let n = rest.find(NONCE_PLACEHOLDER);
        let c = rest.find(CAPTCHA_PLACEHOLDER);
        let (i, seg, len) = match (n, c) {
            (Some(n), Some(c)) if c < n => (c, Seg::CaptchaId, CAPTCHA_PLACEHOLDER.len()),
            (Some(n), _) => (n, Seg::Nonce, NONCE_PLACEHOLDER.len()),
            (None, Some(c)) => (c, Seg::CaptchaId, CAPTCHA_PLACEHOLDER.len()),
            (None, None) => {
                out.push(Seg::Lit(rest.to_string()));
                break;
            }
        };
        if i > 0 {
            out.push(Seg::Lit(rest[..i].to_string()));
        }
        out.push(seg);
        rest = &rest[i + len..];
    }
    let has = |s: &Seg| out.contains(s);
    (has(&Seg::Nonce) && has(&Seg::CaptchaId)).then_some(out)
}

impl EntryCache {
    pub fn new(pages: Router, ctx: AppCtx) -> Self {
        EntryCache {
            pages,
            ctx,
            templates: RwLock::new(HashMap::new()),
        }
    }

    async fn template(&self, lang: Lang) -> Option<Arc<Vec<Seg>>> {
        if let Some(t) = self.templates.read().ok()?.get(&lang) {
            return Some(t.clone());
        }
        let req = Request::get(format!("/?mkt={}", lang.tag().to_ascii_lowercase()))
            .extension(TemplateRender)
            .body(Body::empty())
            .ok()?;
        let res = self.pages.clone().oneshot(req).await.ok()?;
        if res.status() != StatusCode::OK {
            return None;
        }
        let bytes = res.into_body().collect().await.ok()?.to_bytes();
        let Some(segs) = segments(&String::from_utf8_lossy(&bytes)) else {
            tracing::warn!("entry page template lacks a placeholder; serving it uncached");
            return None;
        };
        let t = Arc::new(segs);
        self.templates.write().ok()?.insert(lang, t.clone());
        Some(t)
    }
}

/// Middleware: serve `GET /` and `GET /?mkt=..` from the template.
pub async fn serve(State(cache): State<Arc<EntryCache>>, req: Request, next: Next) -> Response {
    if req.method() != Method::GET || req.uri().path() != "/" {
        return next.run(req).await;
    }
    let mut mkt = None;
    for kv in req
        .uri()
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|s| !s.is_empty())
    {
        match kv.split_once('=') {
            Some(("mkt", v)) => mkt = Some(v.to_string()),
            _ => return next.run(req).await,
        }
    }
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    // Issue 11: the language chosen earlier in the visit, and a new choice remembered.
    let lang_cookie = cookie(&req, sspr_server_fns::LANG_COOKIE);
    let lang = sspr_i18n::negotiate(mkt.as_deref(), lang_cookie.as_deref(), accept);
    let remember = mkt
        .as_deref()
        .and_then(sspr_i18n::Lang::from_tag)
        .filter(|l| lang_cookie.as_deref().and_then(sspr_i18n::Lang::from_tag) != Some(*l));
    let Some(tpl) = cache.template(lang).await else {
        return next.run(req).await;
    };
    // A client with few recent starts gets the base difficulty; the challenge costs no
    // database read (the start reads the client's count and may ask it to wait).
    let captcha = Flows::new(&cache.ctx.core).captcha_base();
    let nonce = cache.ctx.core.crypto.token();
    let mut html = String::with_capacity(
        tpl.iter()
            .map(|s| if let Seg::Lit(l) = s { l.len() } else { 64 })
            .sum(),
    );
    for seg in tpl.iter() {
        match seg {
            Seg::Lit(l) => html.push_str(l),
            Seg::Nonce => html.push_str(&nonce),
            Seg::CaptchaId => html.push_str(&captcha.id),
        }
    }
    let csp = sspr_app::content_security_policy(&nonce, "'none'");
    let mut res = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if let Ok(v) = HeaderValue::from_str(&csp) {
        res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
    }
    if let Some(l) = remember {
        let secure = if cache.ctx.core.config.secure_cookies {
            "; Secure"
        } else {
            ""
        };
        let v = format!(
            "{}={}; Path=/; SameSite=Lax{secure}",
            sspr_server_fns::LANG_COOKIE,
            l.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&v) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

/// The value of cookie `name` on `req`.
fn cookie(req: &Request, name: &str) -> Option<String> {
    req.headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name && !v.is_empty()).then(|| v.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_find_every_placeholder() {
        let html = format!(
            "<script nonce=\"{NONCE_PLACEHOLDER}\"></script><input value=\"{CAPTCHA_PLACEHOLDER}\"><p id=\"captcha-status\">wait</p><x n=\"{NONCE_PLACEHOLDER}\">"
        );
        let s = segments(&html).unwrap();
        assert_eq!(
            s,
            vec![
                Seg::Lit("<script nonce=\"".into()),
                Seg::Nonce,
                Seg::Lit("\"></script><input value=\"".into()),
                Seg::CaptchaId,
                Seg::Lit("\"><p id=\"captcha-status\">wait</p><x n=\"".into()),
                Seg::Nonce,
                Seg::Lit("\">".into()),
            ]
        );
        assert_eq!(segments("<p>no placeholders</p>"), None);
    }
}
