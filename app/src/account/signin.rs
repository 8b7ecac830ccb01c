//! G1: the sign-in page and its second step (a code, an authenticator, a notification).

use super::*;
use crate::pages::{PageTitle, described_by, error_text, field_error};

/// The user ID as typed, with its error beside it (both sign-in pages).
fn userid_field() -> impl IntoView {
    let username = q("username").unwrap_or_default();
    let user_err = field_error("username");
    view! {
        <div class="field">
            <label for="username">{t("userid-label")}</label>
            <input id="username" name="username" type="text" inputmode="email" autocomplete="username" required value=username
                aria-invalid=user_err.is_some().then_some("true") aria-describedby=described_by("username", &user_err, "") autofocus=user_err.is_some()/>
            {error_text("username", user_err.clone())}
        </div>
    }
}

/// G1: user ID and password.
#[component]
pub fn SignInPage() -> impl IntoView {
    let out = q("out").is_some();
    view! {
        <PageTitle text=t("signin-title")/>
        <p>{t("signin-intro")}</p>
        {out.then(|| view! { <p role="status" class="success">{t("signin-signed-out")}</p> })}
        <ErrorBanner/>
        <form method="post" action=crate::api(SignIn::url()) class="card">
            {mkt_field()}
            {hidden("ru", q("ru"))}
            {userid_field()}
            <div class="field">
                <label for="password">{t("signin-password-label")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required/>
            </div>
            <button type="submit" class="primary">{t("signin-button")}</button>
        </form>
        <p><a href=href("/")>{t("signin-cant-access")}</a></p>
        <p><a href=href("/signin/recovery")>{t("recovery-link")}</a></p>
    }
}

/// Issue 12: `/signin/recovery`, sign-in with the one-time code a helpdesk handed over, to
/// register new methods.
#[component]
pub fn RecoverySignInPage() -> impl IntoView {
    // A wrong code reads as one, not as a wrong password.
    let wrong = q("e").as_deref() == Some("credentials");
    view! {
        <PageTitle text=t("recovery-title")/>
        <p>{t("recovery-intro")}</p>
        {if wrong {
            view! { <div class="error" role="alert" id="error"><p>{t("recovery-wrong")}</p></div> }.into_any()
        } else {
            view! { <ErrorBanner/> }.into_any()
        }}
        <form method="post" action=crate::api(SignInRecovery::url()) class="card">
            {mkt_field()}
            {userid_field()}
            <div class="field">
                <label for="code">{t("recovery-code-label")}</label>
                <input id="code" name="code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" required aria-describedby="code-hint"/>
                <p class="hint" id="code-hint">{t("recovery-code-hint")}</p>
            </div>
            <p class="hint">{t("recovery-reset-hint")}</p>
            <div class="actions">
                <button type="submit" class="primary" name="purpose" value="register">{t("signin-button")}</button>
                <button type="submit" name="purpose" value="reset">{t("recovery-reset-button")}</button>
            </div>
        </form>
        <p><a href=href("/signin")>{t("recovery-back")}</a></p>
    }
}

pub(super) fn check_option_label(o: &OptionWire) -> String {
    ta(
        crate::pages::option_key(o),
        &[("masked", Value::from(o.masked.clone()))],
    )
}

pub(super) fn check_step(c: CheckWire) -> impl IntoView {
    let code_err = field_error("code");
    let options = c
        .options
        .iter()
        .map(|o| {
            let selected = c.pending.as_ref().is_some_and(|p| p.option == o.id);
            view! {
                <li>
                    <form method="post" action=crate::api(CheckSelect::url())>
                        {mkt_field()}
                        <input type="hidden" name="option" value=o.id.clone()/>
                        <button type="submit" aria-pressed=selected.to_string()>{check_option_label(o)}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let pending = c.pending.clone().map(|p| match p.verifier {
        Verifier::Push => view! {
            <form method="post" action=crate::api(CheckCode::url()) class="card">
                {mkt_field()}
                <input type="hidden" name="code" value=""/>
                <p id="pending">{t("pending-push")}</p>
                <p class="push-number" id="push-number">{p.number.map(|n| n.to_string()).unwrap_or_default()}</p>
                <p class="hint">{t("pending-push-then")}</p>
                <button type="submit" class="primary">{t("push-continue")}</button>
            </form>
        }
        .into_any(),
        other => {
            let by_message = matches!(
                other,
                Verifier::EmailCode | Verifier::SmsCode | Verifier::VoiceCode
            );
            let intro = crate::pages::pending_intro(other, Value::from(p.masked.clone()));
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
                        <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required aria-invalid=code_err.is_some().then_some("true") aria-describedby=described_by("code", &code_err, "pending") autofocus=code_err.is_some()/>
                        {error_text("code", code_err.clone())}
                    </div>
                    <button type="submit" class="primary">{t("verify-button")}</button>
                </form>
                {by_message.then(|| crate::pages::resend_form(crate::api(CheckSelect::url()), p.option.clone(), p.resend_at, Some(mkt())))}
            }
            .into_any()
        }
    });
    view! {
        <PageTitle text=t("check-title")/>
        <p>{t("check-intro")}</p>
        <ErrorBanner/>
        <div class="verify">
            <section aria-labelledby="pick">
                <p id="pick">{t("verify-pick")}</p>
                <ul class="options">{options}</ul>
            </section>
            {pending}
        </div>
        // Issue 11: the second step can be left too; the half-open session ends.
        <form method="post" action=crate::api(SignOut::url()) class="cancel">
            {mkt_field()}
            <button type="submit">{t("cancel")}</button>
        </form>
    }
}

/// G1's second step, for users with an authenticator, a device or a phone.
#[component]
pub fn SignInVerifyPage() -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
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
