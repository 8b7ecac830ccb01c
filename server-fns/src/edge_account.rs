//! Server-side halves of the account server functions: the session cookie, redirects to the
//! page that shows each outcome, the QR code. Owns the mapping of account results to URLs;
//! refuses to decide anything itself.

use crate::edge::{client_ip, cookie, ctx, enc, request_lang, unavailable};
use http::HeaderValue;
use http::header::SET_COOKIE;
use leptos::prelude::*;
use leptos_axum::{ResponseOptions, redirect};
use sspr_core::Core;
use sspr_core::account::{AccountError, Accounts, Entry, SignInRequest, SignedIn};
use sspr_i18n::Lang;
use sspr_wire::{AccountWire, CheckWire, EnrolWire, InterruptKind};

pub const SESSION_COOKIE_HOST: &str = "__Host-sspr-session";
pub const SESSION_COOKIE_PLAIN: &str = "sspr-session";

fn cookie_name(core: &Core) -> &'static str {
    if core.config.secure_cookies {
        SESSION_COOKIE_HOST
    } else {
        SESSION_COOKIE_PLAIN
    }
}

pub(crate) fn session_token(core: &Core) -> Option<String> {
    cookie(cookie_name(core))
}

fn set_session_cookie(core: &Core, value: &str, max_age: i64) {
    let secure = if core.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let v = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        cookie_name(core)
    );
    if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(&v)) {
        res.append_header(SET_COOKIE, v);
    }
}

/// `path?mkt=..&k=v...`, values percent-encoded.
pub(crate) fn url(path: &str, lang: Lang, extra: &[(&str, String)]) -> String {
    let mut u = format!("{path}?mkt={}", lang.tag().to_ascii_lowercase());
    for (k, v) in extra {
        u.push_str(&format!("&{k}={}", enc(v)));
    }
    u
}

/// The query that explains an error: its code and, where useful, its details.
fn error_query(e: &AccountError) -> Vec<(&'static str, String)> {
    let mut q = vec![("e", e.code().to_string())];
    match e {
        AccountError::Blocked { until }
        | AccountError::EmailLimit { until }
        | AccountError::LockedOut { until } => q.push(("until", until.to_string())),
        AccountError::Limited(r) => q.push(("until", r.until.to_string())),
        AccountError::Password(ps) => q.push((
            "p",
            ps.iter()
                .map(|p| p.fluent_id())
                .collect::<Vec<_>>()
                .join(","),
        )),
        AccountError::Questions(ps) => q.push((
            "p",
            ps.iter()
                .map(|p| p.fluent_id())
                .collect::<Vec<_>>()
                .join(","),
        )),
        AccountError::Phone(p) => q.push(("p", p.fluent_id().to_string())),
        // Issue 10: a full hashing queue is load, not a fault; a flood must not flood the log.
        AccountError::Internal(sspr_core::CoreError::Busy) => {
            tracing::debug!("account action refused: hashing queue full")
        }
        AccountError::Internal(err) => tracing::error!(error = %err, "account action failed"),
        _ => {}
    }
    q
}

fn kind_path(pending: Option<&EnrolWire>) -> &'static str {
    match pending {
        Some(EnrolWire::Email { .. }) => "/setup/add/email",
        Some(EnrolWire::Phone { office: true, .. }) => "/setup/add/office",
        Some(EnrolWire::Phone { .. }) => "/setup/add/phone",
        Some(EnrolWire::Totp { software: true, .. }) => "/setup/add/software",
        Some(EnrolWire::Totp { .. }) => "/setup/add/app",
        Some(EnrolWire::Device { .. }) => "/setup/add/notification",
        None => "/setup",
    }
}

/// The QR code of an `otpauth://` URI as an SVG `data:` URL (the CSP allows `img-src data:`).
fn qr_data_url(uri: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build();
            format!(
                "data:image/svg+xml;base64,{}",
                data_encoding::BASE64.encode(svg.as_bytes())
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "QR code not drawn");
            String::new()
        }
    }
}

pub async fn account(password: bool) -> Result<Option<AccountWire>, ServerFnError> {
    let c = ctx()?;
    let Some(token) = session_token(&c.core) else {
        return Ok(None);
    };
    let accounts = Accounts::new(&c.core);
    let mut i = match accounts.info_with(&token, password).await {
        Ok(i) => i,
        Err(AccountError::NoSession | AccountError::NeedsVerification) => return Ok(None),
        Err(e) => return Err(unavailable(e)),
    };
    if let Some(EnrolWire::Totp { uri, qr, .. }) = &mut i.pending {
        *qr = qr_data_url(uri);
    }
    i.demo = c.core.config.demo && c.outbox.is_some();
    Ok(Some(i))
}

pub async fn sign_in(
    username: String,
    password: String,
    mkt: Option<String>,
    ru: Option<String>,
) -> Result<(), ServerFnError> {
    sign_in_as(username, password, mkt, ru, None).await
}

/// Issue 12: sign-in with a helpdesk recovery code in place of password and second step;
/// `purpose` `reset` asks to reset the password with it (when the policy allows).
pub async fn sign_in_recovery(
    username: String,
    code: String,
    purpose: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let reset = purpose.as_deref() == Some("reset");
    sign_in_as(username, code, mkt, None, Some(reset)).await
}

/// `recovery`: `None` for a password, `Some(reset)` for a recovery code.
async fn sign_in_as(
    username: String,
    password: String,
    mkt: Option<String>,
    ru: Option<String>,
    recovery: Option<bool>,
) -> Result<(), ServerFnError> {
    let c = ctx()?;
    let lang = request_lang(mkt.as_deref());
    let req = SignInRequest {
        user_id: username.clone(),
        password,
        lang,
        ip: client_ip(),
        return_url: ru.clone().filter(|s| !s.is_empty()),
        previous: session_token(&c.core),
    };
    let accounts = Accounts::new(&c.core);
    let entered = match recovery {
        Some(reset) => accounts.sign_in_with_recovery_code(req, reset).await,
        None => accounts.sign_in(req).await.map(Entry::Session),
    };
    match entered {
        Ok(Entry::Session(s)) => {
            // A new token at every sign-in (rotation); the old session was ended.
            set_session_cookie(&c.core, &s.token, c.core.config.limits.session_ttl_secs);
            if s.reset_refused {
                // The code signed the user in to register; the page says why not a reset.
                redirect(&url(
                    "/account",
                    lang,
                    &[("done", "recovery-no-reset".into())],
                ));
            } else {
                redirect(&after_sign_in(s, lang));
            }
        }
        Ok(Entry::Reset { flow }) => {
            crate::edge::set_flow_cookie(&c.core, &flow);
            redirect(&url(sspr_wire::Step::NewPassword.path(), lang, &[]));
        }
        Err(e) => {
            let mut q = error_query(&e);
            q.push(("username", username));
            if let Some(ru) = ru.filter(|s| !s.is_empty()) {
                q.push(("ru", ru));
            }
            let page = if recovery.is_some() {
                "/signin/recovery"
            } else {
                "/signin"
            };
            redirect(&url(page, lang, &q));
        }
    }
    Ok(())
}

/// Where a completed sign-in leads: its second step, the interrupt, the return address or
/// the account page.
fn after_sign_in(s: SignedIn, lang: Lang) -> String {
    if s.needs_verification {
        return url("/signin/verify", lang, &[]);
    }
    match s.interrupt {
        Some(InterruptKind::Register) => url("/setup/protect", lang, &[]),
        Some(InterruptKind::Reconfirm) => url("/setup/confirm", lang, &[]),
        None => s.return_url.unwrap_or_else(|| url("/account", lang, &[])),
    }
}

pub async fn check() -> Result<Option<CheckWire>, ServerFnError> {
    let c = ctx()?;
    let Some(token) = session_token(&c.core) else {
        return Ok(None);
    };
    match Accounts::new(&c.core).check_view(&token).await {
        Ok(v) => Ok(Some(CheckWire {
            demo: c.core.config.demo && c.outbox.is_some(),
            ..v
        })),
        Err(AccountError::NoSession | AccountError::NothingPending) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Run one step of sign-in's verification; errors come back to its page.
async fn check_act<F, Fut>(mkt: Option<String>, f: F) -> Result<(), ServerFnError>
where
    F: FnOnce(Core, String) -> Fut,
    Fut: std::future::Future<Output = Result<Option<SignedIn>, AccountError>>,
{
    let c = ctx()?;
    let lang = request_lang(mkt.as_deref());
    let Some(token) = session_token(&c.core) else {
        redirect(&url("/signin", lang, &[("e", "no-session".into())]));
        return Ok(());
    };
    match f(c.core.clone(), token).await {
        Ok(Some(s)) => {
            // The second step issued a new token: the cookie follows it.
            set_session_cookie(&c.core, &s.token, c.core.config.limits.session_ttl_secs);
            redirect(&after_sign_in(s, lang))
        }
        Ok(None) => redirect(&url("/signin/verify", lang, &[])),
        Err(AccountError::NoSession | AccountError::NothingPending) => {
            redirect(&url("/signin", lang, &[("e", "no-session".into())]))
        }
        Err(e) => redirect(&url("/signin/verify", lang, &error_query(&e))),
    }
    Ok(())
}

pub async fn check_select(option: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    check_act(mkt, |core, t| async move {
        Accounts::new(&core).check_select(&t, &option).await?;
        Ok(None)
    })
    .await
}

pub async fn check_code(code: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    check_act(mkt, |core, t| async move {
        Ok(Some(Accounts::new(&core).check_verify(&t, &code).await?))
    })
    .await
}

pub async fn sign_out(mkt: Option<String>) -> Result<(), ServerFnError> {
    let c = ctx()?;
    let lang = request_lang(mkt.as_deref());
    if let Some(token) = session_token(&c.core)
        && let Err(e) = Accounts::new(&c.core).sign_out(&token).await
    {
        return Err(unavailable(e));
    }
    set_session_cookie(&c.core, "", 0);
    redirect(&url("/signin", lang, &[("out", "1".into())]));
    Ok(())
}

/// Run one account action with the session; redirect to `ok` (or where the action says), or
/// back to `err_page` with the error (and `keep`, what the user typed).
async fn act<F, Fut>(
    mkt: Option<String>,
    ok: &str,
    err_page: &str,
    keep: Vec<(&'static str, String)>,
    f: F,
) -> Result<(), ServerFnError>
where
    F: FnOnce(Core, String) -> Fut,
    Fut: std::future::Future<Output = Result<Option<String>, AccountError>>,
{
    let c = ctx()?;
    let lang = request_lang(mkt.as_deref());
    let Some(token) = session_token(&c.core) else {
        redirect(&url("/signin", lang, &[("e", "no-session".into())]));
        return Ok(());
    };
    match f(c.core.clone(), token).await {
        Ok(Some(to)) => redirect(&to),
        Ok(None) => redirect(&url(ok, lang, &[])),
        Err(AccountError::NoSession) => {
            redirect(&url("/signin", lang, &[("e", "no-session".into())]))
        }
        Err(AccountError::NeedsVerification) => redirect(&url("/signin/verify", lang, &[])),
        Err(e) => {
            let mut q = error_query(&e);
            q.extend(keep);
            redirect(&url(err_page, lang, &q));
        }
    }
    Ok(())
}

pub async fn skip_interrupt(mkt: Option<String>) -> Result<(), ServerFnError> {
    act(
        mkt,
        "/account",
        "/setup/protect",
        vec![],
        |core, t| async move { Accounts::new(&core).dismiss_interrupt(&t).await },
    )
    .await
}

pub async fn reconfirm(mkt: Option<String>) -> Result<(), ServerFnError> {
    let lang = request_lang(mkt.as_deref());
    let done = url("/account", lang, &[("done", "confirmed".into())]);
    act(
        mkt,
        "/account",
        "/setup/confirm",
        vec![],
        |core, t| async move {
            Ok(Some(
                Accounts::new(&core).confirm(&t).await?.unwrap_or(done),
            ))
        },
    )
    .await
}

pub async fn setup_email(address: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let keep = vec![("value", address.clone())];
    act(
        mkt,
        "/setup/add/email",
        "/setup/add/email",
        keep,
        |core, t| async move {
            Accounts::new(&core).begin_email(&t, &address).await?;
            Ok(None)
        },
    )
    .await
}

pub async fn setup_phone(
    number: String,
    kind: String,
    channel: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let office = kind == "office";
    let page = if office {
        "/setup/add/office"
    } else {
        "/setup/add/phone"
    };
    let voice = channel.as_deref() == Some("voice");
    let keep = vec![("value", number.clone())];
    act(mkt, page, page, keep, |core, t| async move {
        Accounts::new(&core)
            .begin_phone(&t, &number, office, voice)
            .await?;
        Ok(None)
    })
    .await
}

pub async fn setup_app(kind: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let software = kind == "software";
    let page = if software {
        "/setup/add/software"
    } else {
        "/setup/add/app"
    };
    act(mkt, page, page, vec![], |core, t| async move {
        Accounts::new(&core).begin_totp(&t, software).await?;
        Ok(None)
    })
    .await
}

pub async fn setup_device(mkt: Option<String>) -> Result<(), ServerFnError> {
    let page = "/setup/add/notification";
    act(mkt, page, page, vec![], |core, t| async move {
        Accounts::new(&core).begin_device(&t).await?;
        Ok(None)
    })
    .await
}

pub async fn setup_verify(code: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let c = ctx()?;
    // Errors go back to the page of what is pending (read before the attempt).
    let page = match session_token(&c.core) {
        Some(t) => match Accounts::new(&c.core).info(&t).await {
            Ok(i) => kind_path(i.pending.as_ref()),
            Err(_) => "/setup",
        },
        None => "/setup",
    };
    let lang = request_lang(mkt.as_deref());
    let done = url("/setup", lang, &[("done", "added".into())]);
    act(mkt, "/setup", page, vec![], |core, t| async move {
        Accounts::new(&core).verify_pending(&t, &code).await?;
        Ok(Some(done))
    })
    .await
}

pub async fn setup_cancel(mkt: Option<String>) -> Result<(), ServerFnError> {
    act(mkt, "/setup", "/setup", vec![], |core, t| async move {
        Accounts::new(&core).cancel_pending(&t).await?;
        Ok(None)
    })
    .await
}

pub async fn setup_token(
    serial: String,
    code: String,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let lang = request_lang(mkt.as_deref());
    let done = url("/setup", lang, &[("done", "added".into())]);
    let keep = vec![("value", serial.clone())];
    act(
        mkt,
        "/setup",
        "/setup/add/hardware",
        keep,
        |core, t| async move {
            Accounts::new(&core)
                .activate_token(&t, &serial, &code)
                .await?;
            Ok(Some(done))
        },
    )
    .await
}

pub async fn setup_questions(
    pairs: Vec<(String, String)>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let lang = request_lang(mkt.as_deref());
    let done = url("/setup", lang, &[("done", "added".into())]);
    // Bad input loses nothing but the answers: the chosen questions come back.
    let keep: Vec<(&'static str, String)> = ["q0", "q1", "q2", "q3", "q4"]
        .into_iter()
        .zip(pairs.iter().map(|(q, _)| q.clone()))
        .collect();
    act(
        mkt,
        "/setup",
        "/setup/add/questions",
        keep,
        |core, t| async move {
            Accounts::new(&core).set_questions(&t, &pairs).await?;
            Ok(Some(done))
        },
    )
    .await
}

pub async fn setup_delete(id: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let lang = request_lang(mkt.as_deref());
    let done = url("/setup", lang, &[("done", "deleted".into())]);
    act(mkt, "/setup", "/setup", vec![], |core, t| async move {
        Accounts::new(&core).delete_method(&t, &id).await?;
        Ok(Some(done))
    })
    .await
}

pub async fn change_password(
    current: String,
    password: String,
    confirm: String,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let lang = request_lang(mkt.as_deref());
    let done = url("/account", lang, &[("done", "password".into())]);
    act(
        mkt,
        "/account",
        "/password/change",
        vec![],
        |core, t| async move {
            Accounts::new(&core)
                .change_password(&t, &current, &password, &confirm)
                .await?;
            Ok(Some(done))
        },
    )
    .await
}
