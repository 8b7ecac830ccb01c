//! A page's whole response, rendered on the server: the app resolved in place (every
//! `Suspense` awaited, as JavaScript-off users need anyway), the meta tags put in the head,
//! the hydration bookkeeping scripts with the response's nonce, then one body with its
//! length. Issue 14: leptos_axum's per-request path streamed a chunked body through several
//! stream adapters and cloned the options twice; this is the same work once. Owns the
//! rendering of one request; refuses routing (the server lists the page routes) and
//! anything about what a page shows.

use std::sync::Arc;

use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::reactive::owner::Sandboxed;
use leptos_axum::ResponseOptions;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

/// What a rendered page answers: its status and headers as the page set them (redirects,
/// cookies, the CSP) and the document.
pub struct Rendered {
    pub status: Option<http::StatusCode>,
    pub headers: http::HeaderMap,
    pub html: String,
}

/// Render the page for `parts`, with `context` provided first (the server's state).
pub async fn render(
    options: Arc<LeptosOptions>,
    parts: http::request::Parts,
    context: impl FnOnce() + Send + 'static,
) -> Rendered {
    let url = format!(
        "http://leptos.dev{}",
        parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/")
    );
    let res = ResponseOptions::default();
    let (meta, meta_output) = ServerMetaContext::new();
    let sc: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(Arc::clone(&sc)));
    let (app, nonce) = owner.with(|| {
        provide_context(RequestUrl::new(&url));
        provide_context(meta);
        provide_context(parts);
        provide_context(res.clone());
        provide_context(leptos_router::Method::Get);
        leptos_router::components::provide_server_redirect(leptos_axum::redirect);
        leptos::nonce::provide_nonce();
        context();
        let app = crate::shell_with(move || (*options).clone());
        // The shell may put the entry template's placeholder in its place.
        let nonce = leptos::nonce::use_nonce()
            .map(|n| n.to_string())
            .unwrap_or_default();
        (
            Sandboxed::new(app.to_html_stream_in_order().collect::<String>()),
            nonce,
        )
    });
    let mut html = app.await;
    while let Some(pending) = sc.await_deferred() {
        pending.await;
    }
    if let Some(data) = sc.pending_data() {
        let chunks: Vec<String> = data.collect().await;
        for chunk in chunks {
            html.push_str("<script nonce=\"");
            html.push_str(&nonce);
            html.push_str("\">");
            html.push_str(&chunk);
            html.push_str("</script>");
        }
    }
    let html = meta_output
        .inject_meta_context(futures::stream::once(async move { html }).boxed())
        .await
        .collect::<String>()
        .await;
    owner.unset_with_forced_cleanup();
    let parts = match res.0.write() {
        Ok(mut p) => std::mem::take(&mut *p),
        Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
    };
    Rendered {
        status: parts.status,
        headers: parts.headers,
        html,
    }
}
