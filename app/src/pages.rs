//! Server-rendered pages: entry (E2), the flow pages (contact, choice, verification, new
//! password, done) and the demo outbox. Owns markup and wording; refuses to keep state (the
//! flow lives on the server) and to decide anything the server functions answer.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_location, use_query_map};
use sspr_i18n::Value;
use sspr_policy::{Helpdesk, PasswordProblem, PasswordRules};
use sspr_server_fns::{
    ChooseTrouble, FlowWire, Mode, OptionWire, PendingWire, RequestAdmin, SelectMethod,
    SetPassword, StartReset, Step, SubmitAnswers, SubmitCode, Verifier, also_fluent_id,
    error_fluent_id, get_entry, get_flow, get_outbox, reason_fluent_id,
};

use crate::islands::{PasswordFields, PasswordLabels, PowCaptcha};
use crate::text::{Lang, fmt_time, lang, t, ta};

pub(crate) fn q(name: &'static str) -> Option<String> {
    use_query_map()
        .with_untracked(|m| m.get(name))
        .filter(|v| !v.is_empty())
}

/// Header: product name and the language picker (issue 11): every shipped language, each
/// link this page in that language (`?mkt=`, the other parameters kept, an error dropped),
/// so the flow stays where it is; the server remembers the choice for the visit. Plain
/// links in a disclosure: it works without script and in the compact layout.
#[component]
pub fn Header() -> impl IntoView {
    let loc = use_location();
    let path = loc.pathname.get_untracked();
    let kept: String = loc
        .search
        .get_untracked()
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| {
            let k = kv.split('=').next().unwrap_or("");
            !kv.is_empty() && !["mkt", "e", "until", "p"].contains(&k)
        })
        .map(|kv| format!("{kv}&"))
        .collect();
    let current = lang();
    view! {
        <header class="top">
            <span class="brand">{t("app-name")}</span>
            <nav class="lang" aria-label=t("lang-switch-label")>
                <details>
                    <summary>
                        <span class="lang-label">{t("lang-switch-label")}</span>
                        <span class="lang-current" lang=current.tag()>{current.endonym()}</span>
                    </summary>
                    {leptos::tachys::html::InertElement::new(picker_list(current, &path, &kept))}
                </details>
            </nav>
        </header>
    }
}

/// The picker's list as markup, built once per language for the common case (a page with no
/// other parameters; issue 14: 46 links per page are not worth 46 views).
fn picker_list(current: Lang, path: &str, kept: &str) -> String {
    fn build(current: Lang, path: &str, kept: &str) -> String {
        let mut out = String::from("<ul class=\"langs\">");
        for &l in Lang::ALL {
            let tag = l.tag();
            out.push_str(&format!(
                "<li><a href=\"{}?{}mkt={}\" hreflang=\"{tag}\" lang=\"{tag}\"{}>{}</a></li>",
                escape_attr(path),
                escape_attr(kept),
                tag.to_ascii_lowercase(),
                if l == current {
                    " aria-current=\"true\""
                } else {
                    ""
                },
                l.endonym()
            ));
        }
        out.push_str("</ul>");
        out
    }
    if !kept.is_empty() {
        return build(current, path, kept);
    }
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<(Lang, String), String>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (current, path.to_string());
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return hit;
    }
    let html = build(current, path, kept);
    if let Ok(mut c) = cache.lock()
        && c.len() < 256
    {
        c.insert(key, html.clone());
    }
    html
}

/// Text safe inside a double-quoted attribute.
fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The user ID shown as an example (E2): at the tenant's sign-in domain once a link named
/// the tenant (issue 11), else the portal's own.
pub(crate) fn userid_example_at(domain: Option<&str>) -> String {
    format!("user@{}", domain.unwrap_or("contoso.com"))
}

pub(crate) fn userid_example() -> String {
    userid_example_at(None)
}

/// The page's heading, which also names the page in its `<title>` (issue 11: each step
/// has its own).
#[component]
pub(crate) fn PageTitle(text: String) -> impl IntoView {
    view! {
        <leptos_meta::Title text=text.clone()/>
        <h1>{text}</h1>
    }
}

/// An error from `?e=` (and its details), announced to screen readers.
/// `rules`: the tenant's password rules, for the password step's details.
#[component]
pub(crate) fn ErrorBanner(#[prop(optional)] rules: Option<PasswordRules>) -> impl IntoView {
    let rules = rules.unwrap_or_default();
    // Issue 11: an error about one field is shown beside it (`field_error`), not here.
    let code = q("e").filter(|c| {
        sspr_server_fns::ErrorCode::parse(c)
            .and_then(|e| e.field())
            .is_none()
    });
    code.map(|code| {
        let until = q("until").and_then(|u| u.parse::<i64>().ok()).map(fmt_time).unwrap_or_default();
        let msg = ta(
            error_fluent_id(&code),
            &[("until", Value::from(until)), ("example", Value::from(userid_example()))],
        );
        let details: Vec<String> = q("p")
            .map(|p| p.split(',').filter_map(|id| detail_text(id, &rules)).collect())
            .unwrap_or_default();
        view! {
            <div class="error" role="alert" id="error">
                <p>{msg}</p>
                {(!details.is_empty()).then(|| view! { <ul>{details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul> })}
            </div>
        }
    })
}

/// Issue 11: the message of the page's error when it is about input `field`.
pub(crate) fn field_error(field: &str) -> Option<String> {
    field_error_for(field, &userid_example())
}

/// [`field_error`] with the user ID example of the page.
pub(crate) fn field_error_for(field: &str, example: &str) -> Option<String> {
    let code = q("e")?;
    let e = sspr_server_fns::ErrorCode::parse(&code)?;
    (e.field() == Some(field)).then(|| {
        ta(
            e.fluent_id(),
            &[("example", Value::from(example.to_string()))],
        )
    })
}

/// `aria-describedby` of an input: its error first (when it has one), then its hint.
pub(crate) fn described_by(field: &str, err: &Option<String>, hint: &str) -> Option<String> {
    match (err.is_some(), hint.is_empty()) {
        (true, true) => Some(format!("{field}-error")),
        (true, false) => Some(format!("{field}-error {hint}")),
        (false, true) => None,
        (false, false) => Some(hint.to_string()),
    }
}

/// The error beside input `field`, announced as it appears.
pub(crate) fn error_text(field: &str, err: Option<String>) -> impl IntoView + use<> {
    let id = format!("{field}-error");
    err.map(|m| view! { <p class="field-error" id=id role="alert">{m}</p> })
}

/// A password rule in words, with the tenant's numbers (AD's complexity words its two
/// rules its own way).
pub(crate) fn problem_text(p: PasswordProblem, rules: &PasswordRules) -> String {
    let id = match p {
        PasswordProblem::NeedsThreeClasses if rules.ad_complexity && !rules.require_classes => {
            "pw-rule-classes-ad"
        }
        PasswordProblem::ContainsName if rules.ad_complexity => "pw-rule-name-ad",
        p => p.fluent_id(),
    };
    ta(
        id,
        &[
            ("min", Value::from(rules.min_chars)),
            ("max", Value::from(rules.max_chars)),
        ],
    )
}

/// A detail line of an error (`?p=`): a password rule, a security-question or phone problem.
fn detail_text(id: &str, rules: &PasswordRules) -> Option<String> {
    if let Some(p) = problem_from_id(id) {
        return Some(problem_text(p, rules));
    }
    DETAIL_IDS.contains(&id).then(|| t(id))
}

/// Details other than password rules that an error may carry (literal for the key test).
const DETAIL_IDS: [&str; 8] = [
    "setup-err-questions-count",
    "setup-err-questions-unknown",
    "setup-err-questions-duplicate",
    "setup-err-answer-length",
    "setup-err-answer-duplicate",
    "phone-err-country-code",
    "phone-err-characters",
    "phone-err-length",
];

/// A security question in the reader's language: predefined ones are Fluent ids (G6), the
/// administrator's own are shown in the translation the server sent (P4, issue 12), else
/// as written.
pub(crate) fn question_label(q: &str, translations: &sspr_policy::model::Translations) -> String {
    if sspr_policy::register::is_predefined(q) {
        return t(q);
    }
    translations
        .get(q)
        .and_then(|tr| sspr_policy::register::pick_translation(tr, crate::text::lang().tag()))
        .unwrap_or(q)
        .to_string()
}

fn problem_from_id(id: &str) -> Option<PasswordProblem> {
    [
        PasswordProblem::TooShort,
        PasswordProblem::TooLong,
        PasswordProblem::NeedsThreeClasses,
        PasswordProblem::Banned,
        PasswordProblem::ContainsName,
        PasswordProblem::Mismatch,
    ]
    .into_iter()
    .find(|p| p.fluent_id() == id)
}

/// The page shown when a dependency is down (W3): a clear message and a retry.
#[component]
pub(crate) fn Unavailable() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::SERVICE_UNAVAILABLE);
    }
    // `href=""` is this page's own URL, query included: a retry with no router hook, so the
    // page renders in any context (a router hook inside a suspended view can panic while
    // the server resolves it, and this is the page that must never fail).
    view! {
        <div class="error" role="alert">
            <p>{t("something-wrong")}</p>
            <a class="button" href="">{t("retry")}</a>
        </div>
    }
}

pub(crate) fn hidden(name: &'static str, value: Option<String>) -> impl IntoView {
    value.map(|v| view! { <input type="hidden" name=name value=v/> })
}

/// E2: user ID and captcha. `?username=` prefills, `?ru=`, `?client=` and `?compact=` ride along.
#[component]
pub fn EntryPage() -> impl IntoView {
    let username = q("username").unwrap_or_default();
    let (ru, client, compact) = (q("ru"), q("client"), q("compact"));
    let mkt = lang().tag().to_ascii_lowercase();
    view! {
        <PageTitle text=t("reset-title")/>
        <p>{t("entry-intro")}</p>
        <ErrorBanner/>
        <Suspense fallback=|| ()>
            {
                Suspend::new(async move {
                    match get_entry().await {
                        Ok(cap) => {
                        let example = userid_example_at(cap.brand.as_ref().and_then(|b| b.sign_in_domain.as_deref()));
                        let user_err = field_error_for("username", &example);
                        view! {
                            {brand_bar(cap.brand.clone())}
                            <form method="post" action=crate::api(StartReset::url()) class="card">
                                <input type="hidden" name="captcha_id" value=cap.captcha_id.clone()/>
                                <input type="hidden" name="mkt" value=mkt/>
                                {hidden("ru", ru)}
                                {hidden("client", client)}
                                {hidden("compact", compact)}
                                <div class="field">
                                    <label for="username">{t("userid-label")}</label>
                                    <input id="username" name="username" type="text" inputmode="email" autocomplete="username"
                                        required value=username aria-invalid=user_err.is_some().then_some("true")
                                        aria-describedby=described_by("username", &user_err, "username-hint") autofocus=user_err.is_some()/>
                                    {error_text("username", user_err.clone())}
                                    <p class="hint" id="username-hint">{ta("userid-hint", &[("example", Value::from(example.clone()))])}</p>
                                </div>
                                <fieldset class="field captcha">
                                    <legend>{t("captcha-legend")}</legend>
                                    <PowCaptcha id=cap.captcha_id.clone() bits=cap.bits
                                        nojs=ta("captcha-nojs", &[("seconds", Value::from(cap.wait_secs))])
                                        working=t("captcha-working") done=t("captcha-done")/>
                                </fieldset>
                                <button type="submit" class="primary">{t("next")}</button>
                            </form>
                            <p><a href=format!("/signin?mkt={}", lang().tag().to_ascii_lowercase())>{t("entry-signin-link")}</a></p>
                        }
                        .into_any()
                        }
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

/// Every `/reset/*` URL renders the flow's current step (the flow, not the URL, is the truth).
///
/// The `Suspend` is the child itself, not a `move ||` closure around it: SSR dry-resolves a
/// closure by calling it (a second fetch that is dropped after its first query) and then
/// calls it again; a bare `Suspend` is one future polled throughout (issue 14). Nothing in
/// these futures reads a signal, so the closure never re-ran in the browser either.
#[component]
pub fn FlowPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match get_flow().await {
                    Ok(Some(f)) => flow_step(f).into_any(),
                    Ok(None) => view! {
                        <PageTitle text=t("reset-title")/>
                        <div class="error" role="alert"><p>{t("err-no-flow")}</p></div>
                        <a class="button" href=format!("/?mkt={}", lang().tag().to_ascii_lowercase())>{t("back-to-start")}</a>
                    }
                    .into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn flow_step(f: FlowWire) -> impl IntoView {
    let brand = f.brand.clone();
    let helpdesk = (f.step != Step::Contact)
        .then(|| brand.as_ref().and_then(|b| b.helpdesk.clone()))
        .flatten();
    let progress = progress(f.step, f.mode);
    // Issue 11: every step can be left; a new start replaces this flow.
    let cancel = matches!(f.step, Step::Choose | Step::Verify | Step::NewPassword).then(|| {
        let href = format!(
            "/?mkt={}{}",
            lang().tag().to_ascii_lowercase(),
            if f.compact { "&compact=1" } else { "" }
        );
        view! { <p class="cancel"><a href=href>{t("cancel")}</a></p> }
    });
    let page = match f.step {
        Step::Contact => contact(f).into_any(),
        Step::Choose => choose().into_any(),
        Step::Verify => verify(f).into_any(),
        Step::NewPassword => new_password(f).into_any(),
        Step::Done => done(f).into_any(),
    };
    view! {
        {brand_bar(brand)}
        {progress}
        {page}
        {cancel}
        {helpdesk.map(helpdesk_line)}
    }
}

/// Issue 11: the organisation once its user ID is known: logo, name and accent colour (a
/// stylesheet of the portal's, so the CSP still refuses inline styles).
pub(crate) fn brand_bar(brand: Option<sspr_server_fns::Brand>) -> impl IntoView {
    brand.map(|b| {
        let alt = ta("brand-logo-alt", &[("org", Value::from(b.org.clone()))]);
        view! {
            {b.accent.map(|a| view! {
                <link rel="stylesheet" href=format!("/brand.css?accent={}", a.trim_start_matches('#').to_ascii_lowercase())/>
            })}
            <div class="org">
                {b.logo.map(|src| view! { <img src=src alt=alt/> })}
                <span class="org-name">{b.org}</span>
            </div>
        }
    })
}

/// Issue 11: where to get help, at the foot of each step.
pub(crate) fn helpdesk_line(h: Helpdesk) -> impl IntoView {
    let (href, shown) = match h {
        Helpdesk::Url(u) => (u.clone(), u),
        Helpdesk::Email(e) => (format!("mailto:{e}"), e),
    };
    // The contact is a link wherever the language puts it in the sentence.
    const SLOT: &str = "\u{E000}";
    let text = ta("helpdesk-contact", &[("contact", Value::from(SLOT))]);
    let (before, after) = text.split_once(SLOT).unwrap_or((text.as_str(), ""));
    let (before, after) = (before.to_string(), after.to_string());
    view! {
        <p class="helpdesk">{before}<a href=href rel="noopener">{shown}</a>{after}</p>
    }
}

/// Issue 11: where the user is in the flow (reset: user ID, verification, new password,
/// done; unlock has no password step). The contact page is an end, not a step.
fn progress(step: Step, mode: Mode) -> Option<impl IntoView> {
    let steps: &[(&str, u8)] = if mode == Mode::Unlock {
        &[("step-userid", 0), ("step-verify", 1), ("step-done", 3)]
    } else {
        &[
            ("step-userid", 0),
            ("step-verify", 1),
            ("step-password", 2),
            ("step-done", 3),
        ]
    };
    let at = match step {
        Step::Contact => return None,
        Step::Choose | Step::Verify => 1,
        Step::NewPassword => 2,
        Step::Done => 3,
    };
    let total = steps.len();
    let current = steps.iter().position(|(_, n)| *n == at).unwrap_or(0) + 1;
    let label = ta(
        "progress-step",
        &[
            ("current", Value::from(current)),
            ("total", Value::from(total)),
        ],
    );
    Some(view! {
        <nav aria-label=t("progress-label")>
            <p class="visually-hidden">{label}</p>
            <ol class="progress">
                {steps.iter().map(|(id, n)| {
                    let class = if *n < at { "done" } else { "" };
                    let current = (*n == at).then_some("step");
                    view! { <li class=class aria-current=current>{t(id)}</li> }
                }).collect_view()}
            </ol>
        </nav>
    })
}

fn contact(f: FlowWire) -> impl IntoView {
    let reason = t(reason_fluent_id(f.reason));
    let help = match f.helpdesk {
        Some(Helpdesk::Url(u)) => {
            view! { <p><a href=u rel="noopener">{t("contact-helpdesk-link")}</a></p> }.into_any()
        }
        Some(Helpdesk::Email(e)) => {
            let text = ta(
                "contact-helpdesk-email",
                &[("email", Value::from(e.clone()))],
            );
            view! { <p><a href=format!("mailto:{e}")>{text}</a></p> }.into_any()
        }
        None => view! { <p>{t("contact-no-helpdesk")}</p> }.into_any(),
    };
    view! {
        <PageTitle text=t("contact-title")/>
        <ErrorBanner/>
        <p class="reason" data-reason=f.reason.map(|r| r.code()).unwrap_or_default()>{reason}</p>
        {(!f.also.is_empty()).then(|| view! {
            <p>{t("contact-also-intro")}</p>
            <ul class="also">
                {f.also.iter().map(|r| view! { <li data-reason=r.code()>{t(also_fluent_id(*r))}</li> }).collect_view()}
            </ul>
        })}
        {help}
        {if f.admin_request_sent {
            view! { <p role="status">{t("contact-request-sent")}</p> }.into_any()
        } else {
            view! {
                <form method="post" action=crate::api(RequestAdmin::url())>
                    <button type="submit">{t("contact-request-button")}</button>
                </form>
            }
            .into_any()
        }}
        <p><a href=format!("/?mkt={}", lang().tag().to_ascii_lowercase())>{t("back-to-start")}</a></p>
    }
}

fn choose() -> impl IntoView {
    let choice = |mode: &'static str, title: &'static str, hint: &'static str| {
        view! {
            <form method="post" action=crate::api(ChooseTrouble::url()) class="choice">
                <input type="hidden" name="mode" value=mode/>
                <button type="submit" aria-describedby=format!("{mode}-hint")>{t(title)}</button>
                <p class="hint" id=format!("{mode}-hint")>{t(hint)}</p>
            </form>
        }
    };
    view! {
        <PageTitle text=t("choose-title")/>
        <ErrorBanner/>
        {choice("reset", "choose-forgot", "choose-forgot-hint")}
        {choice("unlock", "choose-unlock", "choose-unlock-hint")}
    }
}

/// What the page says while a code is awaited, on the reset and the sign-in pages alike.
pub(crate) fn pending_intro(v: Verifier, masked: Value<'static>) -> String {
    match v {
        Verifier::EmailCode => ta("pending-email", &[("masked", masked)]),
        Verifier::SmsCode => ta("pending-sms", &[("masked", masked)]),
        Verifier::VoiceCode => ta("pending-voice", &[("masked", masked)]),
        Verifier::Totp | Verifier::Questions | Verifier::Push => t("pending-totp"),
    }
}

/// Issue 11: "Resend code" under a code sent by message, with how long until the portal
/// sends another (the resend cooldown; asked earlier, the server says to wait).
pub(crate) fn resend_form(
    action: String,
    option: String,
    resend_at: Option<i64>,
    mkt: Option<String>,
) -> impl IntoView {
    let wait = resend_at
        .map(|at| at - crate::text::now())
        .filter(|s| *s > 0);
    view! {
        <form method="post" action=action class="resend">
            {hidden("mkt", mkt)}
            <input type="hidden" name="option" value=option/>
            <button type="submit" aria-describedby=wait.map(|_| "resend-wait")>{t("resend-code")}</button>
            {wait.map(|s| {
                // One text per second of the wait, each with its own plural form.
                let texts = (1..=s.min(3600)).map(|n| ta("resend-in", &[("seconds", Value::from(n))])).collect();
                view! { <crate::islands::ResendWait seconds=s texts=texts/> }
            })}
        </form>
    }
}

/// The Fluent id of an offered method's label, on the reset and the sign-in pages alike.
pub(crate) fn option_key(o: &OptionWire) -> &'static str {
    match (o.verifier, o.id.as_str()) {
        (Verifier::EmailCode, _) => "option-email",
        (Verifier::SmsCode, _) => "option-sms",
        (Verifier::VoiceCode, "office") => "option-office",
        (Verifier::VoiceCode, _) => "option-voice",
        (Verifier::Totp, "software_oath") => "option-software_oath",
        (Verifier::Totp, "hardware_oath") => "option-hardware_oath",
        (Verifier::Totp, _) => "option-app",
        (Verifier::Questions, _) => "option-questions",
        (Verifier::Push, _) => "option-push",
    }
}

fn pending_view(p: PendingWire, demo: bool) -> impl IntoView {
    let code_err = field_error("code");
    let by_message = matches!(
        p.verifier,
        Verifier::EmailCode | Verifier::SmsCode | Verifier::VoiceCode
    );
    let outbox = (demo && by_message).then(|| {
        view! { <p class="demo"><a href="/dev/outbox" target="_blank" rel="noopener">{t("demo-outbox-link")}</a></p> }
    });
    let masked = Value::from(p.masked.clone());
    match p.verifier {
        Verifier::Questions => view! {
            <form method="post" action=crate::api(SubmitAnswers::url()) class="card">
                <fieldset>
                    <legend>{t("questions-legend")}</legend>
                    {p.questions.iter().enumerate().map(|(i, question)| {
                        let id = format!("a{i}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{question_label(question, &p.question_translations)}</label>
                                <input id=id.clone() name=id type="text" autocomplete="off" required/>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="primary">{t("verify-button")}</button>
            </form>
        }
        .into_any(),
        Verifier::Push => {
            let number = p.number.map(|n| n.to_string()).unwrap_or_default();
            view! {
                <form method="post" action=crate::api(SubmitCode::url()) class="card">
                    <input type="hidden" name="code" value=""/>
                    <p id="pending">{t("pending-push")}</p>
                    <p class="push-number" id="push-number" aria-describedby="pending">{number}</p>
                    <p class="hint">{t("pending-push-then")}</p>
                    <button type="submit" class="primary">{t("push-continue")}</button>
                </form>
            }
            .into_any()
        }
        v => {
            let intro = pending_intro(v, masked);
            view! {
                <form method="post" action=crate::api(SubmitCode::url()) class="card">
                    <p id="pending">{intro}</p>
                    {outbox}
                    <div class="field">
                        <label for="code">{t("code-label")}</label>
                        <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-invalid=code_err.is_some().then_some("true") aria-describedby=described_by("code", &code_err, "pending") autofocus=code_err.is_some()/>
                        {error_text("code", code_err.clone())}
                    </div>
                    <button type="submit" class="primary">{t("verify-button")}</button>
                </form>
                {by_message.then(|| resend_form(crate::api(SelectMethod::url()), p.option.clone(), p.resend_at, None))}
            }
            .into_any()
        }
    }
}

fn verify(f: FlowWire) -> impl IntoView {
    let current = (f.passed + 1).min(f.required as usize);
    let pending_option = f.pending.as_ref().map(|p| p.option.clone());
    let options = f
        .options
        .iter()
        .map(|o| {
            let label = ta(option_key(o), &[("masked", Value::from(o.masked.clone()))]);
            if o.passed {
                return view! { <li class="passed">{label}" — "{t("verify-passed")}</li> }
                    .into_any();
            }
            let selected = pending_option.as_deref() == Some(o.id.as_str());
            view! {
                <li>
                    <form method="post" action=crate::api(SelectMethod::url())>
                        <input type="hidden" name="option" value=o.id.clone()/>
                        <button type="submit" aria-pressed=selected.to_string()>{label}</button>
                    </form>
                </li>
            }
            .into_any()
        })
        .collect_view();
    view! {
        <PageTitle text=t("verify-title")/>
        <p class="step">{ta("verify-step", &[("current", Value::from(current)), ("required", Value::from(f.required))])}</p>
        <ErrorBanner/>
        <div class="verify">
            <section aria-labelledby="pick">
                <p id="pick">{t("verify-pick")}</p>
                <ul class="options">{options}</ul>
            </section>
            {f.pending.map(|p| pending_view(p, f.demo))}
        </div>
    }
}

/// The checklist's words for these rules (every place a new password is chosen): the
/// lines the browser checks, then what only the directory can (issue 16).
pub(crate) fn password_labels(
    rules: &PasswordRules,
    names: &[String],
    unchecked: &[sspr_policy::Unchecked],
) -> PasswordLabels {
    PasswordLabels {
        password: t("password-label"),
        confirm: t("confirm-label"),
        heading: t("password-rules"),
        ok: t("pw-rule-ok"),
        not_ok: t("pw-rule-not-ok"),
        rules: sspr_policy::password::shown_rules(rules, names)
            .into_iter()
            .map(|p| (p, problem_text(p, rules)))
            .collect(),
        directory_heading: t("pw-dir-heading"),
        directory: unchecked
            .iter()
            .map(|u| ta(u.fluent_id(), &[("n", Value::from(u.count()))]))
            .collect(),
    }
}

fn new_password(f: FlowWire) -> impl IntoView {
    let labels = password_labels(&f.password_rules, &f.name_parts, &f.password_unchecked);
    view! {
        <PageTitle text=t("password-title")/>
        <ErrorBanner rules=f.password_rules.clone()/>
        <form method="post" action=crate::api(SetPassword::url()) class="card">
            <input type="hidden" name="username" autocomplete="username" value=f.upn.clone()/>
            <PasswordFields rules=f.password_rules.clone() names=f.name_parts.clone() labels=labels/>
            <button type="submit" class="primary">{t("finish")}</button>
        </form>
    }
}

fn done(f: FlowWire) -> impl IntoView {
    view! {
        <PageTitle text=t(if f.mode == Mode::Unlock { "done-title-unlock" } else { "done-title-reset" })/>
        <p role="status" class="success">{t(if f.mode == Mode::Unlock { "done-unlock" } else { "done-reset" })}</p>
        <a class="button primary" href=f.sign_in_url>{t("done-sign-in")}</a>
    }
}

/// Demo mode only: what the portal "sent", so a person trying it can read their code.
#[component]
pub fn OutboxPage() -> impl IntoView {
    view! {
        <PageTitle text=t("outbox-title")/>
        <p>{t("outbox-intro")}</p>
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match get_outbox().await {
                    Ok(items) if items.is_empty() => view! { <p>{t("outbox-empty")}</p> }.into_any(),
                    Ok(items) => view! {
                        <ol class="outbox">
                            {items.into_iter().map(|m| { let label = m.subject.clone(); view! {
                                <li>
                                    <article aria-label=label>
                                        <p><strong>{t("outbox-channel")}": "</strong>{m.channel}" · "<strong>{t("outbox-to")}": "</strong>{m.to}" · "{fmt_time(m.at)}</p>
                                        <h2>{m.subject}</h2>
                                        <pre class="body">{m.body}</pre>
                                    </article>
                                </li>
                            }}).collect_view()}
                        </ol>
                    }
                    .into_any(),
                    Err(_) => view! { <NotFound/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageTitle text=t("not-found")/>
        <p><a href="/">{t("back-to-start")}</a></p>
    }
}
