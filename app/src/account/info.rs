//! The signed-in user's pages: my account, security info (G7), the register interrupt (G2)
//! and reconfirmation (C1).

use super::*;
use crate::pages::PageTitle;

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
                {a.admin.then(|| view! { <li><a href=href("/admin")>{t("account-admin-console")}</a></li> })}
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
            // Issue 11: deleting asks first (its own page, so it works without script).
            let delete = (actions && !m.from_directory).then(|| {
                let label = ta("setup-delete-label", &[("what", Value::from(what.clone()))]);
                view! {
                    <a class="button danger" href=href(&format!("/setup/delete/{}", m.id)) aria-label=label>{t("setup-delete")}</a>
                }
            });
            view! {
                <li data-method=slug(m.method)>
                    <span class="method">{name}</span>" "
                    // An address or a number reads left to right inside any language (issue 11).
                    <span class="detail" dir=matches!(m.method, Method::Email | Method::MobilePhone | Method::OfficePhone).then_some("ltr")>{detail}</span>
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
            <div class="heading-row">
                <h2 id="methods-heading">{t("setup-methods-heading")}</h2>
                // Issue 11: the one way to add, as Entra's "+ Add sign-in method".
                {(!a.can_add.is_empty()).then(|| view! { <a class="button primary" href="#add-heading">{t("setup-add-method")}</a> })}
            </div>
            {methods_list(&a, true)}
            <h2 id="add-heading" tabindex="-1">{t("setup-add-heading")}</h2>
            <ul class="links adds" aria-labelledby="add-heading">{adds}</ul>
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

/// Issue 11: deleting a method asks first, and warns when it is one a reset needs (the user
/// could no longer reset their password themselves).
#[component]
pub fn DeleteMethodPage() -> impl IntoView {
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    signed_in(move |a: AccountWire| {
        let Some(m) = a.methods.iter().find(|m| m.id == id && !m.from_directory) else {
            return view! {
                <PageTitle text=t("setup-title")/>
                <p>{t("setup-not-available")}</p>
                <p><a href=href("/setup")>{t("setup-back")}</a></p>
            }
            .into_any();
        };
        let name = method_name(m.method);
        let detail = method_detail(m);
        let what = if detail.is_empty() {
            name
        } else {
            format!("{name} {detail}")
        };
        // Needed: the server weighed the reset without it (the alternate email counts too).
        let needed = m.needed;
        view! {
            <PageTitle text=t("setup-delete-title")/>
            <p>{ta("setup-delete-confirm", &[("what", Value::from(what))])}</p>
            {needed.then(|| view! { <div class="error" role="alert" id="delete-warning"><p>{t("setup-delete-last-warning")}</p></div> })}
            <form method="post" action=crate::api(SetupDelete::url()) class="actions">
                {mkt_field()}
                <input type="hidden" name="id" value=m.id.clone()/>
                <button type="submit" class="danger primary">{t("setup-delete-confirm-button")}</button>
                <a class="button" href=href("/setup")>{t("cancel")}</a>
            </form>
        }
        .into_any()
    })
}
