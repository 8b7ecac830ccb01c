//! The portal's pages. Pages render on the server only (Leptos islands mode); the two
//! islands in `islands` are all the browser hydrates. Owns markup, routes and the choice of
//! words; refuses to decide policy (server-fns and the policy crate do).

mod account;
mod admin;
pub mod islands;
mod pages;
#[cfg(feature = "ssr")]
pub mod render;
mod text;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

pub use text::Lang;
use text::t;

/// A server function's URL as forms must post it: on the configured API origin in the static
/// bundle, relative on the server.
pub fn api(path: &str) -> String {
    format!("{}{path}", leptos::server_fn::client::get_server_url())
}

/// The HTML document around every page: one `<html lang>`, the CSP nonce, the island loader.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    shell_with(move || options)
}

/// [`shell`] with the options asked for only when the island loader is first rendered
/// (issue 14: a page need not clone them).
pub fn shell_with(options: impl FnOnce() -> LeptosOptions) -> impl IntoView {
    let lang = text::request_lang();
    provide_context(lang);
    provide_context(text::request_zone());
    #[cfg(feature = "ssr")]
    {
        security_headers();
        // Issue 11: a language asked for by `?mkt=` (the picker's links) is kept for the visit.
        if text::query_param("mkt").is_some_and(|m| Lang::from_tag(&m) == Some(lang)) {
            sspr_server_fns::remember_lang(lang);
        }
    }
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=if lang.rtl() { "rtl" } else { "ltr" }>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <link rel="stylesheet" href="/pkg/sspr.css"/>
                <link rel="icon" href="/favicon.ico"/>
                {island_scripts(options)}
                <ZoneScript/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The island loader: `HydrationScripts`' tags, rendered once and reused with each
/// response's nonce (issue 14: rendering and then rewriting them cost every page). Leptos
/// 0.8 writes the nonce into the preload links' `crossorigin` (issue 10); here they say
/// `crossorigin=""` (anonymous, same origin) and only the script carries the nonce.
#[cfg(feature = "ssr")]
fn island_scripts(options: impl FnOnce() -> LeptosOptions) -> impl IntoView {
    use std::sync::OnceLock;
    const MARK: &str = "SSPRSCRIPTNONCE";
    static PARTS: OnceLock<(String, String)> = OnceLock::new();
    // What `HydrationScripts` does to the page itself in islands mode.
    if let Some(sc) = Owner::current_shared_context() {
        sc.set_is_hydrating(false);
    }
    let (head, tail) = PARTS.get_or_init(|| {
        let options = options();
        let html = Owner::new().with(|| {
            provide_context(leptos::nonce::Nonce::from_value(MARK));
            view! { <HydrationScripts options islands=true/> }.to_html()
        });
        let html = html.replace(&format!("crossorigin=\"{MARK}\""), "crossorigin=\"\"");
        match html.split_once(MARK) {
            Some((h, t)) => (h.to_string(), t.to_string()),
            None => (html, String::new()),
        }
    });
    let nonce = leptos::nonce::use_nonce()
        .map(|n| n.to_string())
        .unwrap_or_default();
    leptos::tachys::html::InertElement::new(format!("{head}{nonce}{tail}"))
}

/// Issue 11: the browser tells the portal its time zone (a cookie the server reads to show
/// times in the user's own), with this response's nonce. Without script, times are in the
/// portal's configured zone, named.
#[component]
fn ZoneScript() -> impl IntoView {
    const JS: &str = "try{var z=encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone||'');\
if(z&&document.cookie.indexOf('sspr-tz='+z)<0)document.cookie='sspr-tz='+z+';path=/;samesite=lax'\
+(location.protocol=='https:'?';secure':'')}catch(e){}";
    let nonce = leptos::nonce::use_nonce().map(|n| n.to_string());
    view! { <script nonce=nonce>{JS}</script> }
}

#[cfg(not(feature = "ssr"))]
fn island_scripts(options: impl FnOnce() -> LeptosOptions) -> impl IntoView {
    view! { <HydrationScripts options=options() islands=true/> }
}

/// The pages' Content-Security-Policy: scripts only with this response's nonce, wasm
/// compilation allowed (`'wasm-unsafe-eval'`, never `'unsafe-eval'`), framing as given.
#[cfg(feature = "ssr")]
pub fn content_security_policy(nonce: &str, frame_ancestors: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors {frame_ancestors}"
    )
}

/// CSP with a per-response nonce and `'wasm-unsafe-eval'` (never `'unsafe-eval'`); framing
/// only for the compact layout and only by configured origins (W1).
#[cfg(feature = "ssr")]
fn security_headers() {
    use http::HeaderValue;
    use http::header::CONTENT_SECURITY_POLICY;
    // The integration has already given the request a fresh nonce; only the entry template
    // swaps it for its placeholder (a second CSPRNG nonce per page cost for nothing).
    if sspr_server_fns::template_render() {
        provide_context(leptos::nonce::Nonce::from_value(
            sspr_server_fns::NONCE_PLACEHOLDER,
        ));
    } else if leptos::nonce::use_nonce().is_none() {
        leptos::nonce::provide_nonce();
    }
    let nonce = leptos::nonce::use_nonce()
        .map(|n| n.to_string())
        .unwrap_or_default();
    let compact = text::query_param("compact").is_some_and(|v| v == "1");
    let ancestors = if compact {
        with_context::<sspr_server_fns::AppCtx, _>(|c| c.core.config.frame_ancestors.join(" "))
    } else {
        None
    }
    .filter(|a| !a.is_empty())
    .unwrap_or_else(|| "'none'".into());
    let csp = content_security_policy(&nonce, &ancestors);
    if let (Some(res), Ok(v)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&csp),
    ) {
        res.insert_header(CONTENT_SECURITY_POLICY, v);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // The server's shell provides the language; the static bundle decides it here.
    if use_context::<Lang>().is_none() {
        let lang = text::request_lang();
        provide_context(lang);
        #[cfg(feature = "csr")]
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
        }
    }
    let compact = text::query_param("compact").is_some_and(|v| v == "1");
    let app = t("app-name");
    // Issue 11: each page names itself first (`<Title text=..>` in the page), then the portal.
    let formatter = {
        let app = app.clone();
        move |page: String| {
            if page == app {
                page
            } else {
                format!("{page} – {app}")
            }
        }
    };
    view! {
        <Title formatter/>
        <Title text=app/>
        <Router>
            <div class="page" class:compact=compact>
                <a class="skip" href="#main">{t("skip-to-content")}</a>
                <pages::Header/>
                <main id="main">
                    <islands::Enhance
                        wrong=t("something-wrong")
                        retry=t("retry")
                        working=t("working")
                    />
                    <Routes fallback=pages::NotFound>
                        <Route path=path!("/") view=pages::EntryPage ssr=SsrMode::Async/>
                        <Route path=path!("/reset/:step") view=pages::FlowPage ssr=SsrMode::Async/>
                        <Route path=path!("/dev/outbox") view=pages::OutboxPage ssr=SsrMode::Async/>
                        <Route path=path!("/signin") view=account::SignInPage/>
                        <Route path=path!("/signin/recovery") view=account::RecoverySignInPage/>
                        <Route path=path!("/signin/verify") view=account::SignInVerifyPage ssr=SsrMode::Async/>
                        <Route path=path!("/account") view=account::AccountPage ssr=SsrMode::Async/>
                        <Route path=path!("/setup") view=account::SecurityInfoPage ssr=SsrMode::Async/>
                        <Route path=path!("/setup/protect") view=account::ProtectPage ssr=SsrMode::Async/>
                        <Route path=path!("/setup/confirm") view=account::ConfirmPage ssr=SsrMode::Async/>
                        <Route path=path!("/setup/add/:kind") view=account::AddMethodPage ssr=SsrMode::Async/>
                        <Route path=path!("/setup/delete/:id") view=account::DeleteMethodPage ssr=SsrMode::Async/>
                        <Route path=path!("/password/change") view=account::ChangePasswordPage ssr=SsrMode::Async/>
                        <Route path=path!("/device") view=account::DevicePage/>
                        <Route path=path!("/admin") view=admin::AdminPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/operations") view=admin::OperationsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/audit") view=admin::AuditPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/users") view=admin::UsersPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/reports") view=admin::ReportsPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/policy/review") view=admin::PolicyReviewPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/policy/history") view=admin::PolicyHistoryPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/policy/:blade") view=admin::PolicyBladePage ssr=SsrMode::Async/>
                    </Routes>
                </main>
            </div>
        </Router>
    }
}
