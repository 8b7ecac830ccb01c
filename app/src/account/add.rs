//! Adding a method (G3..G6, V4): one page per kind, each proven before it counts, and the
//! installable device page.

use super::*;
use crate::pages::{PageTitle, described_by, error_text, field_error};

pub(super) fn email_form(a: &AccountWire) -> AnyView {
    if let Some(EnrolWire::Email { address }) = &a.pending {
        return code_form(
            ta("pending-email", &[("masked", Value::from(address.clone()))]),
            a.demo,
        )
        .into_any();
    }
    let value = q("value").unwrap_or_default();
    let addr_err = field_error("address");
    view! {
        <form method="post" action=crate::api(SetupEmail::url()) class="card">
            {mkt_field()}
            <div class="field">
                <label for="address">{t("setup-email-label")}</label>
                <input id="address" name="address" type="email" autocomplete="email" required value=value
                    aria-invalid=addr_err.is_some().then_some("true") aria-describedby=described_by("address", &addr_err, "address-hint") autofocus=addr_err.is_some()/>
                {error_text("address", addr_err.clone())}
                <p class="hint" id="address-hint">{t("setup-email-hint")}</p>
            </div>
            <button type="submit" class="primary">{t("next")}</button>
        </form>
    }
    .into_any()
}

pub(super) fn phone_form(a: &AccountWire, office: bool) -> AnyView {
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

pub(super) fn app_form(a: &AccountWire, software: bool) -> AnyView {
    if let Some(EnrolWire::Totp {
        software: s,
        secret,
        qr,
        uri,
    }) = &a.pending
        && *s == software
    {
        // Issue 11: on the phone itself, the otpauth:// link opens the authenticator; typed
        // by hand, the secret reads best in groups of four.
        let grouped = secret
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        return view! {
            <ol class="steps">
                <li>{t("setup-app-step-scan")}</li>
                <li>{t("setup-app-step-code")}</li>
            </ol>
            <img class="qr" src=qr.clone() alt=t("setup-app-qr-alt") width="200" height="200"/>
            <p><a class="button" href=uri.clone() id="otpauth">{t("setup-app-open-link")}</a></p>
            <p>{t("setup-app-secret")}" "<code id="secret" class="secret">{secret.clone()}</code></p>
            <p>{t("setup-app-secret-grouped")}" "<span class="secret" id="secret-grouped">{grouped}</span></p>
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
pub(super) fn device_form(a: &AccountWire) -> AnyView {
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
        <PageTitle text=t("device-title")/>
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

pub(super) fn hardware_form(a: &AccountWire) -> AnyView {
    let chosen = q("value");
    let options = a
        .inactive_tokens
        .iter()
        .map(|s| view! { <option value=s.clone() selected=chosen.as_deref() == Some(s.as_str())>{s.clone()}</option> })
        .collect_view();
    let code_err = field_error("code");
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
                <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-invalid=code_err.is_some().then_some("true") aria-describedby=described_by("code", &code_err, "") autofocus=code_err.is_some()/>
                        {error_text("code", code_err.clone())}
            </div>
            <button type="submit" class="primary">{t("verify-button")}</button>
        </form>
    }
    .into_any()
}

pub(super) fn questions_form(a: &AccountWire) -> AnyView {
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
                .map(|o| view! { <option value=o.clone() selected=*o == default>{question_label(o, &a.question_translations)}</option> })
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
            <PageTitle text=title/>
            <ErrorBanner/>
            {body}
            <p><a href=href("/setup")>{t("setup-back")}</a></p>
        }
    })
}
