//! The signed-in user's pages: my account, security info (G7), the register interrupt (G2)
//! and reconfirmation (C1).

use crate::pages::PageTitle;
use super::*;

/// The signed-in home: who you are, security info, change password, sign out.
#[component]
pub fn AccountPage() -> impl IntoView {
    signed_in(|a: AccountWire| {
        view! {
            <PageTitle text=t("account-title")/>
            <p>{ta("account-signed-in-as", &[("name", Value::from(a.display_name.clone())), ("upn", Value::from(a.upn.clone()))])}</p>
            {done_status()}
            {reset_attempts_notice(&a)}
            {(!a.can_reset).then(|| view! { <p id="cannot-reset">{t("account-cannot-reset")}" "{progress_text(&a)}</p> })}
            <ul class="links">
                <li><a href=href("/setup")>{t("account-security-info")}</a></li>
                {(!a.on_premises).then(|| view! { <li><a href=href("/password/change")>{t("account-change-password")}</a></li> })}
            </ul>
            {sign_out_form()}
        }
    })
}

/// Issue 10: someone failed to reset this password lately; the owner is told.
pub(super) fn reset_attempts_notice(a: &AccountWire) -> Option<impl IntoView + use<>> {
    a.reset_attempts.map(|r| {
        let text = ta(
            "account-reset-attempts",
            &[
                ("count", Value::from(r.count)),
                ("when", Value::from(fmt_time(r.last_at))),
            ],
        );
        view! { <div class="notice" role="status" id="reset-attempts"><p>{text}</p></div> }
    })
}

pub(super) fn progress_text(a: &AccountWire) -> String {
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

pub(super) fn reconfirm_form() -> impl IntoView {
    view! {
        <form method="post" action=crate::api(Reconfirm::url())>
            {mkt_field()}
            <button type="submit" class="primary">{t("confirm-looks-good")}</button>
        </form>
    }
}

pub(super) fn methods_list(a: &AccountWire, actions: bool) -> AnyView {
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
            <PageTitle text=t("setup-title")/>
            <p>{t("setup-intro")}</p>
            {done_status()}
            <ErrorBanner/>
            {reset_attempts_notice(&a)}
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
            <PageTitle text=t("protect-title")/>
            <p>{t("protect-intro")}</p>
            <ErrorBanner/>
            {reset_attempts_notice(&a)}
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
            <PageTitle text=t("confirm-title")/>
            <p>{t("confirm-intro")}</p>
            <ErrorBanner/>
            {reset_attempts_notice(&a)}
            <h2 id="methods-heading">{t("setup-methods-heading")}</h2>
            {methods_list(&a, false)}
            {reconfirm_form()}
            <p><a href=href("/setup")>{t("confirm-edit")}</a></p>
        }
    })
}
