//! N4: change a known password, with the live checklist.

use super::*;
use crate::pages::{PageTitle, described_by, error_text, field_error};

/// N4: change a known password, with the live rule checklist of the reset flow.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    signed_in_with(true, |a: AccountWire| {
        if a.on_premises {
            return view! {
                <PageTitle text=t("change-title")/>
                <p>{t("err-on-premises")}</p>
                <p><a href=href("/account")>{t("account-title")}</a></p>
            }
            .into_any();
        }
        let labels = password_labels(&a.password_rules, &a.name_parts, &a.password_unchecked);
        let cur_err = field_error("current");
        view! {
            <PageTitle text=t("change-title")/>
            <ErrorBanner rules=a.password_rules.clone()/>
            <form method="post" action=crate::api(ChangePassword::url()) class="card">
                {mkt_field()}
                <input type="hidden" name="username" autocomplete="username" value=a.upn.clone()/>
                <div class="field">
                    <label for="current">{t("change-current-label")}</label>
                    <input id="current" name="current" type="password" autocomplete="current-password" required
                        aria-invalid=cur_err.is_some().then_some("true") aria-describedby=described_by("current", &cur_err, "") autofocus=cur_err.is_some()/>
                    {error_text("current", cur_err.clone())}
                </div>
                <PasswordFields rules=a.password_rules.clone() names=a.name_parts.clone() labels=labels/>
                <button type="submit" class="primary">{t("change-button")}</button>
            </form>
            <p><a href=href("/account")>{t("account-title")}</a></p>
        }
        .into_any()
    })
}
