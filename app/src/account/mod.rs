//! Server-rendered pages of the signed-in portal (issue 3): sign-in (G1), my account, security
//! info and adding each method (G3..G7), the interrupt (G2) and reconfirmation (C1), change
//! password (N4). Owns markup and wording; refuses to keep state or decide policy (the
//! session lives on the server; the server functions answer every question). This file
//! holds what the pages share; `signin.rs`, `info.rs`, `add.rs` and `password.rs` the pages.

mod add;
mod info;
mod password;
mod signin;

pub use add::{AddMethodPage, DevicePage};
pub use info::{AccountPage, ConfirmPage, DeleteMethodPage, ProtectPage, SecurityInfoPage};
pub use password::ChangePasswordPage;
pub use signin::{RecoverySignInPage, SignInPage, SignInVerifyPage};

use crate::pages::{PageTitle, described_by, error_text, field_error};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;
use sspr_i18n::Value;
use sspr_policy::Method;
use sspr_server_fns::account::{
    AccountWire, ChangePassword, CheckCode, CheckSelect, CheckWire, EnrolWire, InterruptKind,
    MethodWire, Reconfirm, SetupApp, SetupCancel, SetupDelete, SetupDevice, SetupEmail, SetupPhone,
    SetupQuestions, SetupToken, SetupVerify, SignIn, SignInRecovery, SignOut, SkipInterrupt,
    get_account, get_check,
};

use sspr_server_fns::{OptionWire, Verifier};

use crate::islands::PasswordFields;
use crate::pages::{ErrorBanner, Unavailable, hidden, password_labels, q, question_label};
use crate::text::{fmt_time, lang, t, ta};

fn mkt() -> String {
    lang().tag().to_ascii_lowercase()
}

/// A portal path in the current language.
pub(crate) fn href(path: &str) -> String {
    format!("{path}?mkt={}", mkt())
}

/// The form field that keeps the page's language through a post.
pub(crate) fn mkt_field() -> impl IntoView {
    view! { <input type="hidden" name="mkt" value=mkt()/> }
}

/// The URL slug of a method on `/setup/add/:kind`.
fn slug(m: Method) -> &'static str {
    match m {
        Method::MobileAppCode => "app",
        Method::MobileAppNotification => "notification",
        Method::SoftwareOath => "software",
        Method::HardwareOath => "hardware",
        Method::MobilePhone => "phone",
        Method::OfficePhone => "office",
        Method::Email => "email",
        Method::SecurityQuestions => "questions",
    }
}

fn method_name(m: Method) -> String {
    t(sspr_server_fns::method_fluent_id(m))
}

fn add_label(m: Method) -> String {
    t(match m {
        Method::MobileAppCode => "add-app",
        Method::MobileAppNotification => "add-notification",
        Method::SoftwareOath => "add-software",
        Method::HardwareOath => "add-hardware",
        Method::MobilePhone => "add-phone",
        Method::OfficePhone => "add-office",
        Method::Email => "add-email",
        Method::SecurityQuestions => "add-questions",
    })
}

fn method_detail(m: &MethodWire) -> String {
    match m.method {
        Method::SecurityQuestions => ta(
            "method-questions-detail",
            // A number, so each language's plural categories apply.
            &[(
                "count",
                m.detail
                    .parse::<i64>()
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::from(m.detail.clone())),
            )],
        ),
        _ => m.detail.clone(),
    }
}

/// Shown (and, on the server, redirected) when nobody is signed in. The redirect goes to
/// sign-in's second step, which sends on to sign-in itself when no sign-in is half done.
fn not_signed_in() -> impl IntoView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect(&format!("/signin/verify?mkt={}", mkt()));
    let to = format!("/signin?mkt={}&e=no-session", mkt());
    view! {
        <PageTitle text=t("signin-title")/>
        <div class="error" role="alert"><p>{t("err-no-session")}</p></div>
        <a class="button" href=to>{t("signin-button")}</a>
    }
}

/// Renders `page` with the signed-in user's data, or the sign-in prompt, or W3's retry.
fn signed_in<F, V>(page: F) -> impl IntoView
where
    F: Fn(AccountWire) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    signed_in_with(false, page)
}

/// `signed_in`; `password`: the page chooses a new password, so the data carries the rules
/// the directory adds (issue 16).
fn signed_in_with<F, V>(password: bool, page: F) -> impl IntoView
where
    F: Fn(AccountWire) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| ()>
            {
                Suspend::new(async move {
                    match get_account(password).await {
                        Ok(Some(a)) => {
                            let brand = a.brand.clone();
                            view! { {crate::pages::brand_bar(brand)} {page(a)} }.into_any()
                        }
                        Ok(None) => not_signed_in().into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

/// `?done=` after a successful action, announced as a status.
fn done_status() -> impl IntoView {
    q("done").and_then(|d| {
        let id = match d.as_str() {
            "added" => "setup-done-added",
            "deleted" => "setup-done-deleted",
            "confirmed" => "confirm-done",
            "password" => "change-done",
            // Issue 12: a recovery code asked to reset, where the policy lets it only sign in.
            "recovery-no-reset" => {
                return Some(
                    view! { <p role="status" class="notice">{t("recovery-no-reset")}</p> }
                        .into_any(),
                );
            }
            _ => return None,
        };
        Some(view! { <p role="status" class="success">{t(id)}</p> }.into_any())
    })
}

fn sign_out_form() -> impl IntoView {
    view! {
        <form method="post" action=crate::api(SignOut::url())>
            {mkt_field()}
            <button type="submit">{t("signout-button")}</button>
        </form>
    }
}

fn code_form(intro: String, demo: bool) -> impl IntoView {
    let code_err = field_error("code");
    let outbox = demo.then(|| {
        view! { <p class="demo"><a href="/dev/outbox" target="_blank" rel="noopener">{t("demo-outbox-link")}</a></p> }
    });
    view! {
        <form method="post" action=crate::api(SetupVerify::url()) class="card">
            {mkt_field()}
            <p id="pending">{intro}</p>
            {outbox}
            <div class="field">
                <label for="code">{t("code-label")}</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-invalid=code_err.is_some().then_some("true") aria-describedby=described_by("code", &code_err, "pending") autofocus=code_err.is_some()/>
                        {error_text("code", code_err.clone())}
            </div>
            <button type="submit" class="primary">{t("verify-button")}</button>
        </form>
        <form method="post" action=crate::api(SetupCancel::url())>
            {mkt_field()}
            <button type="submit">{t("cancel")}</button>
        </form>
    }
}
