//! Server-rendered pages of the signed-in portal (issue 3): sign-in (G1), my account, security
//! info and adding each method (G3..G7), the interrupt (G2) and reconfirmation (C1), change
//! password (N4). Owns markup and wording; refuses to keep state or decide policy (the
//! session lives on the server; the server functions answer every question).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;
use sspr_i18n::Value;
use sspr_policy::{Method, PasswordProblem};
use sspr_server_fns::account::{
    AccountWire, ChangePassword, CheckCode, CheckSelect, CheckWire, EnrolWire, InterruptKind,
    MethodWire, Reconfirm, SetupApp, SetupCancel, SetupDelete, SetupDevice, SetupEmail, SetupPhone,
    SetupQuestions, SetupToken, SetupVerify, SignIn, SignOut, SkipInterrupt, get_account,
    get_check,
};

use crate::islands::{PasswordFields, PasswordLabels};
use crate::pages::{ErrorBanner, Unavailable, hidden, problem_text, q, question_label};
use crate::text::{lang, t, ta};

fn mkt() -> String {
    lang().tag().to_ascii_lowercase()
}

/// A portal path in the current language.
fn href(path: &str) -> String {
    format!("{path}?mkt={}", mkt())
}

fn mkt_field() -> impl IntoView {
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
    t(match m {
        Method::MobileAppCode => "method-app",
        Method::MobileAppNotification => "method-notification",
        Method::SoftwareOath => "method-software",
        Method::HardwareOath => "method-hardware",
        Method::MobilePhone => "method-phone",
        Method::OfficePhone => "method-office",
        Method::Email => "method-email",
        Method::SecurityQuestions => "method-questions",
    })
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
            &[("count", Value::from(m.detail.clone()))],
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
        <h1>{t("signin-title")}</h1>
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
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let page = page.clone();
                Suspend::new(async move {
                    match get_account().await {
                        Ok(Some(a)) => page(a).into_any(),
                        Ok(None) => not_signed_in().into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })
            }}
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
            _ => return None,
        };
        Some(view! { <p role="status" class="success">{t(id)}</p> })
    })
}

/// G1: user ID and password.
#[component]
pub fn SignInPage() -> impl IntoView {
    let username = q("username").unwrap_or_default();
    let out = q("out").is_some();
    view! {
        <h1>{t("signin-title")}</h1>
        <p>{t("signin-intro")}</p>
        {out.then(|| view! { <p role="status" class="success">{t("signin-signed-out")}</p> })}
        <ErrorBanner/>
        <form method="post" action=crate::api(SignIn::url()) class="card">
            {mkt_field()}
            {hidden("ru", q("ru"))}
            <div class="field">
                <label for="username">{t("userid-label")}</label>
                <input id="username" name="username" type="text" inputmode="email" autocomplete="username" required value=username/>
            </div>
            <div class="field">
                <label for="password">{t("signin-password-label")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
            </div>
            <button type="submit" class="primary">{t("signin-button")}</button>
        </form>
        <p><a href=href("/")>{t("signin-cant-access")}</a></p>
    }
}

fn check_option_label(id: &str, masked: &str) -> String {
    let key = match id {
        "sms" => "option-sms",
        "voice" => "option-voice",
        "office" => "option-office",
        "software_oath" => "option-software_oath",
        "hardware_oath" => "option-hardware_oath",
        "push" => "option-push",
        _ => "option-app",
    };
    ta(key, &[("masked", Value::from(masked.to_string()))])
}

fn check_step(c: CheckWire) -> impl IntoView {
    let options = c
        .options
        .iter()
        .map(|(id, _, masked)| {
            let selected = c.pending.as_deref() == Some(id.as_str());
            view! {
                <li>
                    <form method="post" action=crate::api(CheckSelect::url())>
                        {mkt_field()}
                        <input type="hidden" name="option" value=id.clone()/>
                        <button type="submit" aria-pressed=selected.to_string()>{check_option_label(id, masked)}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let masked = c
        .pending
        .as_ref()
        .and_then(|p| c.options.iter().find(|o| &o.0 == p))
        .map(|o| o.2.clone())
        .unwrap_or_default();
    let pending = c.pending.clone().map(|p| match p.as_str() {
        "push" => view! {
            <form method="post" action=crate::api(CheckCode::url()) class="card">
                {mkt_field()}
                <input type="hidden" name="code" value=""/>
                <p id="pending">{t("pending-push")}</p>
                <p class="push-number" id="push-number">{c.number.map(|n| n.to_string()).unwrap_or_default()}</p>
                <p class="hint">{t("pending-push-then")}</p>
                <button type="submit" class="primary">{t("push-continue")}</button>
            </form>
        }
        .into_any(),
        other => {
            let by_message = matches!(other, "sms" | "voice" | "office");
            let m = Value::from(masked.clone());
            let intro = match other {
                "sms" => ta("pending-sms", &[("masked", m)]),
                "voice" | "office" => ta("pending-voice", &[("masked", m)]),
                _ => t("pending-totp"),
            };
            let outbox = (c.demo && by_message).then(|| {
                view! { <p class="demo"><a href="/dev/outbox" target="_blank" rel="noopener">{t("demo-outbox-link")}</a></p> }
            });
            view! {
                <form method="post" action=crate::api(CheckCode::url()) class="card">
                    {mkt_field()}
                    <p id="pending">{intro}</p>
                    {outbox}
                    <div class="field">
                        <label for="code">{t("code-label")}</label>
                        <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="pending"/>
                    </div>
                    <button type="submit" class="primary">{t("verify-button")}</button>
                </form>
            }
            .into_any()
        }
    });
    view! {
        <h1>{t("check-title")}</h1>
        <p>{t("check-intro")}</p>
        <ErrorBanner/>
        <div class="verify">
            <section aria-labelledby="pick">
                <p id="pick">{t("verify-pick")}</p>
                <ul class="options">{options}</ul>
            </section>
            {pending}
        </div>
    }
}

/// G1's second step, for users with an authenticator, a device or a phone.
#[component]
pub fn SignInVerifyPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match get_check().await {
                    Ok(Some(c)) => check_step(c).into_any(),
                    Ok(None) => {
                        let to = format!("/signin?mkt={}&e=no-session", mkt());
                        #[cfg(feature = "ssr")]
                        leptos_axum::redirect(&to);
                        view! { <a class="button" href=to>{t("signin-button")}</a> }.into_any()
                    }
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn sign_out_form() -> impl IntoView {
    view! {
        <form method="post" action=crate::api(SignOut::url())>
            {mkt_field()}
            <button type="submit">{t("signout-button")}</button>
        </form>
    }
}

/// The signed-in home: who you are, security info, change password, sign out.
#[component]
pub fn AccountPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        view! {
            <h1>{t("account-title")}</h1>
            <p>{ta("account-signed-in-as", &[("name", Value::from(a.display_name.clone())), ("upn", Value::from(a.upn.clone()))])}</p>
            {done_status()}
            <ul class="links">
                <li><a href=href("/setup")>{t("account-security-info")}</a></li>
                {(!a.on_premises).then(|| view! { <li><a href=href("/password/change")>{t("account-change-password")}</a></li> })}
            </ul>
            {sign_out_form()}
        }
    })
}

fn progress_text(a: &AccountWire) -> String {
    let args = [
        (
            "have",
            Value::from(a.progress.have.min(a.progress.required as usize)),
        ),
        ("required", Value::from(a.progress.required)),
    ];
    if a.progress.complete() {
        ta("setup-progress-ok", &args)
    } else {
        ta("setup-progress-short", &args)
    }
}

fn reconfirm_form() -> impl IntoView {
    view! {
        <form method="post" action=crate::api(Reconfirm::url())>
            {mkt_field()}
            <button type="submit" class="primary">{t("confirm-looks-good")}</button>
        </form>
    }
}

fn methods_list(a: &AccountWire, actions: bool) -> AnyView {
    if a.methods.is_empty() {
        return view! { <p id="no-methods">{t("setup-none")}</p> }.into_any();
    }
    let items = a
        .methods
        .iter()
        .map(|m| {
            let name = method_name(m.method);
            let detail = method_detail(m);
            let what = if detail.is_empty() { name.clone() } else { format!("{name} {detail}") };
            let changeable = matches!(m.method, Method::Email | Method::MobilePhone | Method::OfficePhone | Method::SecurityQuestions);
            let change = (actions && changeable).then(|| {
                let label = ta("setup-change-label", &[("what", Value::from(what.clone()))]);
                view! { <a href=href(&format!("/setup/add/{}", slug(m.method))) aria-label=label>{t("setup-change")}</a> }
            });
            let delete = (actions && !m.from_directory).then(|| {
                let label = ta("setup-delete-label", &[("what", Value::from(what.clone()))]);
                view! {
                    <form method="post" action=crate::api(SetupDelete::url()) class="inline">
                        {mkt_field()}
                        <input type="hidden" name="id" value=m.id.clone()/>
                        <button type="submit" aria-label=label>{t("setup-delete")}</button>
                    </form>
                }
            });
            view! {
                <li data-method=slug(m.method)>
                    <span class="method">{name}</span>" "
                    <span class="detail">{detail}</span>
                    {m.from_directory.then(|| view! { <span class="hint">" "{t("setup-from-directory")}</span> })}
                    " "{change}{delete}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="methods" aria-labelledby="methods-heading">{items}</ul> }.into_any()
}

/// G3..G7: the user's methods, what they may add, and whether they can reset.
#[component]
pub fn SecurityInfoPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        let adds = a
            .can_add
            .iter()
            .map(|m| view! { <li><a href=href(&format!("/setup/add/{}", slug(*m)))>{add_label(*m)}</a></li> })
            .collect_view();
        let complete = a.progress.complete();
        view! {
            <h1>{t("setup-title")}</h1>
            <p>{t("setup-intro")}</p>
            {done_status()}
            <ErrorBanner/>
            <p id="progress" class:success=complete>{progress_text(&a)}</p>
            {(a.interrupt == Some(InterruptKind::Reconfirm) && complete).then(reconfirm_form)}
            <h2 id="methods-heading">{t("setup-methods-heading")}</h2>
            {methods_list(&a, true)}
            <h2>{t("setup-add-heading")}</h2>
            <ul class="links">{adds}</ul>
            <p><a href=href("/account")>{t("account-title")}</a></p>
        }
    })
}

/// G2: *help us protect your account*.
#[component]
pub fn ProtectPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        view! {
            <h1>{t("protect-title")}</h1>
            <p>{t("protect-intro")}</p>
            <ErrorBanner/>
            <p id="progress">{progress_text(&a)}</p>
            <a class="button primary" href=href("/setup")>{t("next")}</a>
            <form method="post" action=crate::api(SkipInterrupt::url())>
                {mkt_field()}
                <button type="submit">{t("protect-skip")}</button>
            </form>
        }
    })
}

/// C1: confirm (or edit) the registered info.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        view! {
            <h1>{t("confirm-title")}</h1>
            <p>{t("confirm-intro")}</p>
            <ErrorBanner/>
            <h2 id="methods-heading">{t("setup-methods-heading")}</h2>
            {methods_list(&a, false)}
            {reconfirm_form()}
            <p><a href=href("/setup")>{t("confirm-edit")}</a></p>
        }
    })
}

fn code_form(intro: String, demo: bool) -> impl IntoView {
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
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-describedby="pending"/>
            </div>
            <button type="submit" class="primary">{t("verify-button")}</button>
        </form>
        <form method="post" action=crate::api(SetupCancel::url())>
            {mkt_field()}
            <button type="submit">{t("cancel")}</button>
        </form>
    }
}

fn email_form(a: &AccountWire) -> AnyView {
    if let Some(EnrolWire::Email { address }) = &a.pending {
        return code_form(
            ta("pending-email", &[("masked", Value::from(address.clone()))]),
            a.demo,
        )
        .into_any();
    }
    let value = q("value").unwrap_or_default();
    view! {
        <form method="post" action=crate::api(SetupEmail::url()) class="card">
            {mkt_field()}
            <div class="field">
                <label for="address">{t("setup-email-label")}</label>
                <input id="address" name="address" type="email" autocomplete="email" required value=value aria-describedby="address-hint"/>
                <p class="hint" id="address-hint">{t("setup-email-hint")}</p>
            </div>
            <button type="submit" class="primary">{t("next")}</button>
        </form>
    }
    .into_any()
}

fn phone_form(a: &AccountWire, office: bool) -> AnyView {
    if let Some(EnrolWire::Phone {
        number,
        office: o,
        voice,
    }) = &a.pending
        && *o == office
    {
        let masked = Value::from(number.clone());
        let intro = if *voice {
            ta("pending-voice", &[("masked", masked)])
        } else {
            ta("pending-sms", &[("masked", masked)])
        };
        return code_form(intro, a.demo).into_any();
    }
    // G3: at first registration the directory's mobile phone is offered, and may be changed.
    let value = q("value")
        .or_else(|| {
            if office {
                None
            } else {
                a.prefill_phone.clone()
            }
        })
        .unwrap_or_default();
    let channel = (!office).then(|| {
        view! {
            <fieldset class="field">
                <legend>{t("setup-phone-channel")}</legend>
                <label><input type="radio" name="channel" value="sms" checked/>" "{t("setup-phone-sms")}</label>
                <label><input type="radio" name="channel" value="voice"/>" "{t("setup-phone-voice")}</label>
            </fieldset>
        }
    });
    view! {
        <form method="post" action=crate::api(SetupPhone::url()) class="card">
            {mkt_field()}
            <input type="hidden" name="kind" value=if office { "office" } else { "mobile" }/>
            <div class="field">
                <label for="number">{t(if office { "setup-office-label" } else { "setup-phone-label" })}</label>
                <input id="number" name="number" type="tel" autocomplete="tel" required value=value aria-describedby="number-hint"/>
                <p class="hint" id="number-hint">{t("setup-phone-hint")}</p>
            </div>
            {channel}
            <button type="submit" class="primary">{t("next")}</button>
        </form>
    }
    .into_any()
}

fn app_form(a: &AccountWire, software: bool) -> AnyView {
    if let Some(EnrolWire::Totp {
        software: s,
        secret,
        qr,
        ..
    }) = &a.pending
        && *s == software
    {
        return view! {
            <ol class="steps">
                <li>{t("setup-app-step-scan")}</li>
                <li>{t("setup-app-step-code")}</li>
            </ol>
            <img class="qr" src=qr.clone() alt=t("setup-app-qr-alt") width="200" height="200"/>
            <p>{t("setup-app-secret")}" "<code id="secret">{secret.clone()}</code></p>
            {code_form(t("pending-totp"), false)}
        }
        .into_any();
    }
    view! {
        <p>{t(if software { "setup-software-intro" } else { "setup-app-intro" })}</p>
        <form method="post" action=crate::api(SetupApp::url()) class="card">
            {mkt_field()}
            <input type="hidden" name="kind" value=if software { "software" } else { "app" }/>
            <button type="submit" class="primary">{t("next")}</button>
        </form>
    }
    .into_any()
}

/// V4: pair the phone's device page with a code shown here.
fn device_form(a: &AccountWire) -> AnyView {
    if let Some(EnrolWire::Device { code }) = &a.pending {
        let link = format!("/device?pair={code}&mkt={}", mkt());
        return view! {
            <ol class="steps">
                <li>{t("setup-device-step-open")}" "<a href=link target="_blank" rel="noopener">{t("setup-device-link")}</a></li>
                <li>{t("setup-device-step-code")}" "<strong id="pairing-code">{code.clone()}</strong></li>
            </ol>
            <p>{t("setup-device-then")}</p>
            <a class="button primary" href=href("/setup")>{t("setup-device-done")}</a>
        }
        .into_any();
    }
    view! {
        <p>{t("setup-device-intro")}</p>
        <form method="post" action=crate::api(SetupDevice::url()) class="card">
            {mkt_field()}
            <button type="submit" class="primary">{t("next")}</button>
        </form>
    }
    .into_any()
}

/// V4: the portal's own authenticator, installable on a phone. It keeps a WebCrypto key
/// (never leaves the device) and answers notifications; `/device.js` does the work, this
/// page gives it markup and words.
#[component]
pub fn DevicePage() -> impl IntoView {
    let pair = q("pair").unwrap_or_default();
    let nonce = leptos::nonce::use_nonce()
        .map(|n| n.to_string())
        .unwrap_or_default();
    view! {
        <link rel="manifest" href="/device.webmanifest"/>
        <h1>{t("device-title")}</h1>
        <p>{t("device-intro")}</p>
        <p id="device-status" role="status" aria-live="polite"
            data-paired=t("device-paired") data-pair-failed=t("device-pair-failed")
            data-approved=t("device-approved") data-denied=t("device-denied")
            data-none=t("device-no-request") data-error=t("something-wrong")
            data-request=t("device-request")></p>
        <section id="pair" hidden>
            <form id="pair-form" class="card">
                <div class="field">
                    <label for="pair-code">{t("device-pair-code")}</label>
                    <input id="pair-code" name="code" type="text" autocapitalize="characters" autocomplete="off" spellcheck="false" required value=pair/>
                </div>
                <div class="field">
                    <label for="device-name">{t("device-name")}</label>
                    <input id="device-name" name="name" type="text" autocomplete="off" maxlength="60" value=t("device-name-default")/>
                </div>
                <button type="submit" class="primary">{t("device-pair-button")}</button>
            </form>
        </section>
        <section id="paired" hidden>
            <button id="check" type="button">{t("device-check")}</button>
            <form id="answer-form" class="card" hidden>
                <h2 id="request-title">{t("device-request-title")}</h2>
                <p id="request-text"></p>
                <div class="field">
                    <label for="number">{t("device-number")}</label>
                    <input id="number" name="number" type="text" inputmode="numeric" autocomplete="off"/>
                </div>
                <button type="submit" value="approve" class="primary">{t("device-approve")}</button>
                <button type="submit" value="deny">{t("device-deny")}</button>
            </form>
        </section>
        <noscript><p>{t("device-needs-js")}</p></noscript>
        <script type="module" src="/device.js" nonce=nonce></script>
    }
}

fn hardware_form(a: &AccountWire) -> AnyView {
    let chosen = q("value");
    let options = a
        .inactive_tokens
        .iter()
        .map(|s| view! { <option value=s.clone() selected=chosen.as_deref() == Some(s.as_str())>{s.clone()}</option> })
        .collect_view();
    view! {
        <p>{t("setup-hardware-intro")}</p>
        <form method="post" action=crate::api(SetupToken::url()) class="card">
            {mkt_field()}
            <div class="field">
                <label for="serial">{t("setup-hardware-serial")}</label>
                <select id="serial" name="serial" required>{options}</select>
            </div>
            <div class="field">
                <label for="code">{t("code-label")}</label>
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required/>
            </div>
            <button type="submit" class="primary">{t("verify-button")}</button>
        </form>
    }
    .into_any()
}

fn questions_form(a: &AccountWire) -> AnyView {
    const Q: [&str; 5] = ["q0", "q1", "q2", "q3", "q4"];
    const A: [&str; 5] = ["a0", "a1", "a2", "a3", "a4"];
    let n = (a.questions_to_register as usize).min(5);
    let rows = (0..n)
        .map(|i| {
            let chosen = q(Q[i]).or_else(|| a.registered_questions.get(i).cloned());
            let default = chosen.unwrap_or_else(|| a.questions_offered.get(i).cloned().unwrap_or_default());
            let options = a
                .questions_offered
                .iter()
                .map(|o| view! { <option value=o.clone() selected=*o == default>{question_label(o)}</option> })
                .collect_view();
            let n1 = Value::from(i + 1);
            view! {
                <div class="field question">
                    <label for=Q[i]>{ta("setup-question-label", &[("n", n1.clone())])}</label>
                    <select id=Q[i] name=Q[i] required>{options}</select>
                    <label for=A[i]>{ta("setup-answer-label", &[("n", n1)])}</label>
                    <input id=A[i] name=A[i] type="text" autocomplete="off" required maxlength="40"/>
                </div>
            }
        })
        .collect_view();
    view! {
        <p>{ta("setup-questions-intro", &[("count", Value::from(n))])}</p>
        <form method="post" action=crate::api(SetupQuestions::url()) class="card">
            {mkt_field()}
            {rows}
            <button type="submit" class="primary">{t("save")}</button>
        </form>
    }
    .into_any()
}

/// Add (or change) one method: `/setup/add/:kind`.
#[component]
pub fn AddMethodPage() -> impl IntoView {
    let kind = use_params_map()
        .with_untracked(|p| p.get("kind"))
        .unwrap_or_default();
    signed_in(move |a: AccountWire| {
        let method = [
            Method::MobileAppCode,
            Method::MobileAppNotification,
            Method::SoftwareOath,
            Method::HardwareOath,
            Method::MobilePhone,
            Method::OfficePhone,
            Method::Email,
            Method::SecurityQuestions,
        ]
        .into_iter()
        .find(|m| slug(*m) == kind);
        let allowed = method.filter(|m| {
            a.can_add.contains(m)
                || a.pending.is_some() && matches!(m, Method::MobileAppCode | Method::SoftwareOath)
        });
        let body = match allowed {
            Some(Method::Email) => email_form(&a),
            Some(Method::MobilePhone) => phone_form(&a, false),
            Some(Method::OfficePhone) => phone_form(&a, true),
            Some(Method::MobileAppCode) => app_form(&a, false),
            Some(Method::MobileAppNotification) => device_form(&a),
            Some(Method::SoftwareOath) => app_form(&a, true),
            Some(Method::HardwareOath) => hardware_form(&a),
            Some(Method::SecurityQuestions) => questions_form(&a),
            _ => view! { <p>{t("setup-not-available")}</p> }.into_any(),
        };
        let title = method.map(add_label).unwrap_or_else(|| t("setup-title"));
        view! {
            <h1>{title}</h1>
            <ErrorBanner/>
            {body}
            <p><a href=href("/setup")>{t("setup-back")}</a></p>
        }
    })
}

/// N4: change a known password, with the live rule checklist of the reset flow.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        if a.on_premises {
            return view! {
                <h1>{t("change-title")}</h1>
                <p>{t("err-on-premises")}</p>
                <p><a href=href("/account")>{t("account-title")}</a></p>
            }
            .into_any();
        }
        let r = &a.password_rules;
        let mut shown = vec![PasswordProblem::TooShort];
        if r.require_classes {
            shown.push(PasswordProblem::NeedsThreeClasses);
        }
        shown.push(PasswordProblem::Banned);
        if !a.name_parts.is_empty() {
            shown.push(PasswordProblem::ContainsName);
        }
        shown.push(PasswordProblem::Mismatch);
        let labels = PasswordLabels {
            password: t("password-label"),
            confirm: t("confirm-label"),
            heading: t("password-rules"),
            ok: t("pw-rule-ok"),
            not_ok: t("pw-rule-not-ok"),
            rules: shown.into_iter().map(|p| (p, problem_text(p, r))).collect(),
        };
        view! {
            <h1>{t("change-title")}</h1>
            <ErrorBanner rules=a.password_rules.clone()/>
            <form method="post" action=crate::api(ChangePassword::url()) class="card">
                {mkt_field()}
                <input type="hidden" name="username" autocomplete="username" value=a.upn.clone()/>
                <div class="field">
                    <label for="current">{t("change-current-label")}</label>
                    <input id="current" name="current" type="password" autocomplete="current-password" required/>
                </div>
                <PasswordFields rules=a.password_rules.clone() names=a.name_parts.clone() labels=labels/>
                <button type="submit" class="primary">{t("change-button")}</button>
            </form>
            <p><a href=href("/account")>{t("account-title")}</a></p>
        }
        .into_any()
    })
}
