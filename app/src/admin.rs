//! Issue 12: the administrator console's pages (`/admin`): its home, one page per blade of
//! the password reset policy, the review of a change (M2: whom it strands) and the change
//! history with revert. Owns markup and wording; refuses to decide who may see or change
//! anything (the server functions ask sspr-core, which checks the role on every call) or to
//! parse a form (the policy crate does, here in the browser and on the server).

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;
use sspr_i18n::Value;
use sspr_policy::Method;
use sspr_policy::form::{self, Blade};
use sspr_server_fns::console::{
    ConsoleAccess, ConsoleCode, ConsoleDiscard, ConsoleRevert, ConsoleReview, ConsoleSave,
    ConsoleWire, DraftWire, ImpactWire, get_console,
};

use crate::account::{href, mkt_field};
use crate::pages::{PageTitle, Unavailable, q};
use crate::text::{fmt_time, t, ta};

fn blade_title(b: Blade) -> String {
    t(match b {
        Blade::Properties => "admin-blade-properties",
        Blade::Methods => "admin-blade-methods",
        Blade::Registration => "admin-blade-registration",
        Blade::Notifications => "admin-blade-notifications",
        Blade::Customization => "admin-blade-customization",
        Blade::OnPremises => "admin-blade-on-premises",
        Blade::Administrators => "admin-blade-administrators",
    })
}

/// A policy setting (as `form::changed` names it) in words.
fn key_label(key: &str) -> String {
    let id = match key {
        "scope" => "admin-key-scope",
        "admin_sspr" => "admin-key-admin-sspr",
        "methods_required" => "admin-key-methods-required",
        "methods" => "admin-key-methods",
        "questions_to_register" => "admin-key-questions-to-register",
        "questions_to_ask" => "admin-key-questions-to-ask",
        "custom_questions" => "admin-key-custom-questions",
        "recovery_code_resets" => "admin-key-recovery-code-resets",
        "predefined_questions" => "admin-key-predefined-questions",
        "require_registration" => "admin-key-require-registration",
        "reconfirm_days" => "admin-key-reconfirm-days",
        "notify_users" => "admin-key-notify-users",
        "notify_admins" => "admin-key-notify-admins",
        "helpdesk" => "admin-key-helpdesk",
        "branding" => "admin-key-branding",
        "writeback" => "admin-key-writeback",
        "allow_unlock" => "admin-key-allow-unlock",
        "password" => "admin-key-password",
        "phone_countries" => "admin-key-phone-countries",
        "sms_sender" => "admin-key-sms-sender",
        other => return other.to_string(),
    };
    t(id)
}

/// The checkboxes among the policy pages' fields (their values are `on` or empty).
fn is_checkbox(field: &str) -> bool {
    field.starts_with("method-")
        || field.starts_with(form::QUESTION_FIELD)
        || matches!(
            field,
            "recovery_code_resets"
                | "require_registration"
                | "notify_users"
                | "notify_admins"
                | "writeback"
                | "allow_unlock"
                | "admin_sspr"
        )
}

/// A policy page's field (as `form::differences` names it) in words.
fn field_label(field: &str) -> String {
    if let Some(m) = Method::ALL
        .into_iter()
        .find(|m| form::method_field(*m) == field)
    {
        return format!(
            "{}: {}",
            t("admin-f-methods"),
            t(sspr_server_fns::method_fluent_id(m))
        );
    }
    if let Some(q) = field.strip_prefix(form::QUESTION_FIELD) {
        return format!("{}: {}", t("admin-f-predefined-questions"), t(q));
    }
    let id = match field {
        "scope" => "admin-f-scope",
        "groups" => "admin-f-groups",
        "methods_required" => "admin-f-methods-required",
        "questions_to_register" => "admin-f-questions-to-register",
        "questions_to_ask" => "admin-f-questions-to-ask",
        "custom_questions" => "admin-f-custom-questions",
        "recovery_code_resets" => "admin-f-recovery-code-resets",
        "require_registration" => "admin-f-require-registration",
        "reconfirm_days" => "admin-f-reconfirm-days",
        "notify_users" => "admin-f-notify-users",
        "notify_admins" => "admin-f-notify-admins",
        "helpdesk" => "admin-f-helpdesk",
        "logo" => "admin-f-logo",
        "accent" => "admin-f-accent",
        "sign_in_domain" => "admin-f-sign-in-domain",
        "sign_in_url" => "admin-f-sign-in-url",
        "writeback" => "admin-f-writeback",
        "allow_unlock" => "admin-f-allow-unlock",
        "admin_sspr" => "admin-f-admin-sspr",
        other => return other.to_string(),
    };
    t(id)
}

/// A field's value as the history shows it: a checkbox on or off, a scope in words, a list
/// on one line, nothing as "(empty)".
fn field_value(field: &str, value: &str) -> String {
    match (field, value) {
        (f, "on") if is_checkbox(f) => t("admin-value-on"),
        (f, "") if is_checkbox(f) => t("admin-value-off"),
        (_, "") => t("admin-value-empty"),
        ("scope", "none") => t("admin-scope-none"),
        ("scope", "selected") => t("admin-scope-selected"),
        ("scope", "all") => t("admin-scope-all"),
        (_, v) => v.lines().collect::<Vec<_>>().join(" / "),
    }
}

/// Each field a change altered, with its old and new value.
fn differences_view(d: &[form::Difference]) -> impl IntoView + use<> {
    let items = d
        .iter()
        .map(|d| {
            let text = ta(
                "admin-history-difference",
                &[
                    ("setting", Value::from(field_label(&d.field))),
                    ("old", Value::from(field_value(&d.field, &d.old))),
                    ("new", Value::from(field_value(&d.field, &d.new))),
                ],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    (!d.is_empty()).then(|| view! { <ul class="differences">{items}</ul> })
}

fn key_list(keys: &[String]) -> String {
    keys.iter()
        .map(|k| key_label(k))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Renders `page` with the console's data, or explains why this visitor may not see it.
fn console_page<F, V>(page: F) -> impl IntoView
where
    F: Fn(ConsoleWire) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    console_page_as(false, page)
}

/// [`console_page`] for a page of the policy: a role that may not change it gets the page's
/// own refusal with a 403, like every other refusal.
fn policy_page<F, V>(page: F) -> impl IntoView
where
    F: Fn(ConsoleWire) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    console_page_as(true, page)
}

fn console_page_as<F, V>(edits_policy: bool, page: F) -> impl IntoView
where
    F: Fn(ConsoleWire) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let status = Status::take();
    let page = move |c: ConsoleWire| {
        if edits_policy && !c.can_edit_policy {
            status.forbidden();
        }
        page(c)
    };
    let status = Status::take();
    view! {
        <Suspense fallback=|| ()>
            {
                Suspend::new(async move {
                    match get_console().await {
                        Ok(Some(ConsoleAccess::Open(c))) => page(*c).into_any(),
                        Ok(Some(ConsoleAccess::NotAdmin)) => refused(&status, "admin-not-admin", false).into_any(),
                        Ok(Some(ConsoleAccess::SecondStepNeeded)) => refused(&status, "admin-second-step", true).into_any(),
                        Ok(None) => not_signed_in().into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })
            }
        </Suspense>
    }
}

/// The response's status, set from inside a suspended view: the response options are
/// taken while the page renders synchronously (a context read after an `.await` in a
/// `Suspend` finds none).
#[derive(Clone)]
struct Status(#[cfg(feature = "ssr")] Option<leptos_axum::ResponseOptions>);

impl Status {
    fn take() -> Status {
        Status(
            #[cfg(feature = "ssr")]
            use_context::<leptos_axum::ResponseOptions>(),
        )
    }

    fn forbidden(&self) {
        #[cfg(feature = "ssr")]
        if let Some(res) = &self.0 {
            res.set_status(http::StatusCode::FORBIDDEN);
        }
    }
}

fn refused(status: &Status, id: &'static str, setup: bool) -> impl IntoView {
    status.forbidden();
    view! {
        <PageTitle text=t("admin-title")/>
        <div class="error" role="alert" id="admin-refused"><p>{t(id)}</p></div>
        <ul class="links">
            {setup.then(|| view! { <li><a href=href("/setup")>{t("admin-go-setup")}</a></li> })}
            <li><a href=href("/account")>{t("admin-go-account")}</a></li>
        </ul>
    }
}

fn not_signed_in() -> impl IntoView {
    view! {
        <PageTitle text=t("admin-title")/>
        <div class="error" role="alert"><p>{t("admin-sign-in")}</p></div>
        <a class="button primary" href=href("/signin")>{t("signin-button")}</a>
    }
}

/// `?e=` of a console page.
fn error_banner() -> impl IntoView {
    q("e").and_then(|e| ConsoleCode::parse(&e)).map(|c| {
        view! { <div class="error" role="alert" id="error"><p>{t(c.fluent_id())}</p></div> }
    })
}

/// `/admin`.
#[component]
pub fn AdminPage() -> impl IntoView {
    console_page(|c: ConsoleWire| {
        let done = match (q("done").as_deref(), q("id")) {
            (Some("saved"), Some(id)) => Some(ta("admin-saved", &[("id", Value::from(id))])),
            (Some("discarded"), _) => Some(t("admin-discarded")),
            _ => None,
        };
        let roles = c.roles.join(", ");
        let draft = c.draft.as_ref().map(|d| {
            let to = if d.errors.is_empty() {
                href("/admin/policy/review")
            } else {
                href(&format!("/admin/policy/{}", d.blade.slug()))
            };
            view! {
                <div class="notice" id="draft">
                    <p>{ta("admin-draft-pending", &[("page", Value::from(blade_title(d.blade)))])}</p>
                    <a href=to>{t("admin-draft-open")}</a>
                </div>
            }
        });
        let policy = if c.can_edit_policy {
            view! {
                <ul class="links admin-blades">
                    {Blade::ALL.into_iter().map(|b| view! {
                        <li><a href=href(&format!("/admin/policy/{}", b.slug()))>{blade_title(b)}</a></li>
                    }).collect_view()}
                </ul>
                <p><a href=href("/admin/policy/history")>{t("admin-history-title")}</a></p>
            }
            .into_any()
        } else {
            view! { <p id="readonly">{t("admin-readonly")}</p> }.into_any()
        };
        view! {
            <PageTitle text=t("admin-title")/>
            {done.map(|m| view! { <p role="status" class="success">{m}</p> })}
            {error_banner()}
            <p>{ta("admin-tenant", &[("name", Value::from(c.tenant_name.clone()))])}</p>
            <p>{ta("admin-signed-in-as", &[("name", Value::from(c.display_name.clone())), ("roles", Value::from(roles))])}</p>
            {draft}
            <h2>{t("admin-policy-heading")}</h2>
            {policy}
            <h2>{t("admin-users-title")}</h2>
            <p><a href=href("/admin/users")>{t("admin-users-link")}</a></p>
            <h2>{t("admin-reports-title")}</h2>
            <p><a href=href("/admin/reports")>{t("admin-reports-link")}</a></p>
            <p><a href=href("/admin/audit")>{t("admin-audit-link")}</a></p>
            <p><a href=href("/admin/operations")>{t("admin-ops-link")}</a></p>
            <p><a href=href("/account")>{t("admin-go-account")}</a></p>
        }
        .into_any()
    })
}

/// Field errors of a draft, by field; the rest under `""`.
fn errors_by_field(d: Option<&DraftWire>) -> HashMap<String, Vec<String>> {
    let mut m: HashMap<String, Vec<String>> = HashMap::new();
    for (id, field) in d.map(|d| d.errors.as_slice()).unwrap_or_default() {
        m.entry(field.clone().unwrap_or_default())
            .or_default()
            .push(t(id));
    }
    m
}

/// A page's inputs, filled from `values`, each with its errors beside it.
struct FormCtx {
    values: Vec<(String, String)>,
    errors: HashMap<String, Vec<String>>,
    /// The tenant's groups, offered as checkboxes (P1).
    groups: Vec<String>,
}

impl FormCtx {
    fn value(&self, name: &str) -> String {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn err(&self, name: &str) -> Option<String> {
        self.errors.get(name).map(|v| v.join(" "))
    }

    fn error_view(&self, name: &str) -> impl IntoView + use<> {
        let id = format!("{name}-error");
        self.err(name)
            .map(|m| view! { <p class="field-error" id=id role="alert">{m}</p> })
    }

    fn checkbox(&self, name: &str, label: String) -> impl IntoView + use<> {
        let checked = !self.value(name).is_empty();
        let id = format!("f-{name}");
        view! {
            <div class="field check">
                <input type="checkbox" id=id.clone() name=format!("f[{name}]") value="on" checked=checked/>
                <label for=id>{label}</label>
            </div>
        }
    }

    fn input(
        &self,
        name: &'static str,
        kind: &'static str,
        label: String,
        hint: Option<String>,
    ) -> impl IntoView + use<> {
        let err = self.err(name);
        let id = format!("f-{name}");
        let hint_id = format!("{name}-hint");
        let described = match (err.is_some(), hint.is_some()) {
            (true, true) => Some(format!("{name}-error {hint_id}")),
            (true, false) => Some(format!("{name}-error")),
            (false, true) => Some(hint_id.clone()),
            (false, false) => None,
        };
        let numeric = kind == "number";
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id name=format!("f[{name}]") value=self.value(name)
                    inputmode=numeric.then_some("numeric") autocomplete="off"
                    aria-invalid=err.is_some().then_some("true") aria-describedby=described/>
                {self.error_view(name)}
                {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            </div>
        }
    }

    fn textarea(&self, name: &'static str, label: String, hint: String) -> impl IntoView + use<> {
        let err = self.err(name);
        let id = format!("f-{name}");
        let hint_id = format!("{name}-hint");
        let described = if err.is_some() {
            format!("{name}-error {hint_id}")
        } else {
            hint_id.clone()
        };
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <textarea id=id name=format!("f[{name}]") rows="4"
                    aria-invalid=err.is_some().then_some("true") aria-describedby=described>{self.value(name)}</textarea>
                {self.error_view(name)}
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    }

    /// P1's group picker: the tenant's groups as checkboxes, any other group typed below.
    fn groups_picker(&self) -> impl IntoView + use<> {
        let mut chosen: Vec<String> = self
            .values
            .iter()
            .filter(|(k, v)| k.starts_with(form::GROUP_FIELD) && !v.is_empty())
            .map(|(k, _)| k[form::GROUP_FIELD.len()..].to_string())
            .collect();
        chosen.extend(
            self.value("groups")
                .split([',', '\n'])
                .map(|g| g.trim().to_string())
                .filter(|g| !g.is_empty()),
        );
        let others: Vec<String> = chosen
            .iter()
            .filter(|g| !self.groups.contains(g))
            .cloned()
            .collect();
        let err = self.err("groups");
        let boxes = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let id = format!("f-group-{i}");
                view! {
                    <div class="check">
                        <input type="checkbox" id=id.clone() name=format!("f[{}{g}]", form::GROUP_FIELD) value="on" checked=chosen.contains(g)/>
                        <label for=id>{g.clone()}</label>
                    </div>
                }
            })
            .collect_view();
        let described = if err.is_some() {
            "groups-error groups-hint"
        } else {
            "groups-hint"
        };
        view! {
            <fieldset class="field">
                <legend>{t("admin-f-groups")}</legend>
                {self.error_view("groups")}
                {(self.groups.is_empty()).then(|| view! { <p class="hint">{t("admin-f-groups-none")}</p> })}
                {boxes}
                <label for="f-groups">{t("admin-f-groups-other")}</label>
                <textarea id="f-groups" name="f[groups]" rows="2"
                    aria-invalid=err.is_some().then_some("true") aria-describedby=described>{others.join(", ")}</textarea>
                <p class="hint" id="groups-hint">{t("admin-f-groups-hint")}</p>
            </fieldset>
        }
    }

    fn scope(&self) -> impl IntoView + use<> {
        let current = self.value("scope");
        let radio = |v: &'static str, id: &'static str| {
            let rid = format!("f-scope-{v}");
            view! {
                <div class="check">
                    <input type="radio" id=rid.clone() name="f[scope]" value=v checked=current == v/>
                    <label for=rid>{t(id)}</label>
                </div>
            }
        };
        view! {
            <fieldset class="field">
                <legend>{t("admin-f-scope")}</legend>
                {radio("none", "admin-scope-none")}
                {radio("selected", "admin-scope-selected")}
                {radio("all", "admin-scope-all")}
            </fieldset>
        }
    }
}

fn blade_fields(b: Blade, f: &FormCtx) -> AnyView {
    match b {
        Blade::Properties => view! {
            {f.scope()}
            {f.groups_picker()}
        }
        .into_any(),
        Blade::Methods => view! {
            {f.input("methods_required", "number", t("admin-f-methods-required"), Some(t("admin-f-methods-required-hint")))}
            <fieldset class="field">
                <legend>{t("admin-f-methods")}</legend>
                {f.error_view("methods")}
                {Method::ALL.into_iter().map(|m| f.checkbox(form::method_field(m), t(sspr_server_fns::method_fluent_id(m)))).collect_view()}
            </fieldset>
            {f.input("questions_to_register", "number", t("admin-f-questions-to-register"), None)}
            {f.input("questions_to_ask", "number", t("admin-f-questions-to-ask"), None)}
            <fieldset class="field">
                <legend>{t("admin-f-predefined-questions")}</legend>
                {f.error_view("questions")}
                <input type="hidden" name="f[questions_picker]" value="1"/>
                {sspr_policy::register::PREDEFINED_QUESTIONS
                    .iter()
                    .map(|q| f.checkbox(&format!("{}{q}", form::QUESTION_FIELD), t(q)))
                    .collect_view()}
            </fieldset>
            {f.textarea("custom_questions", t("admin-f-custom-questions"), format!("{} {}", t("admin-f-custom-questions-hint"), t("admin-f-question-translations-hint")))}
            {f.checkbox("recovery_code_resets", t("admin-f-recovery-code-resets"))}
        }
        .into_any(),
        Blade::Registration => view! {
            {f.checkbox("require_registration", t("admin-f-require-registration"))}
            {f.input("reconfirm_days", "number", t("admin-f-reconfirm-days"), Some(t("admin-f-reconfirm-days-hint")))}
        }
        .into_any(),
        Blade::Notifications => view! {
            {f.checkbox("notify_users", t("admin-f-notify-users"))}
            {f.checkbox("notify_admins", t("admin-f-notify-admins"))}
        }
        .into_any(),
        Blade::Customization => view! {
            {f.input("helpdesk", "text", t("admin-f-helpdesk"), Some(t("admin-f-helpdesk-hint")))}
            {f.input("logo", "text", t("admin-f-logo"), Some(t("admin-f-logo-hint")))}
            {f.input("accent", "text", t("admin-f-accent"), Some(t("admin-f-accent-hint")))}
            {f.input("sign_in_domain", "text", t("admin-f-sign-in-domain"), Some(t("admin-f-sign-in-domain-hint")))}
            {f.input("sign_in_url", "url", t("admin-f-sign-in-url"), Some(t("admin-f-sign-in-url-hint")))}
        }
        .into_any(),
        Blade::OnPremises => view! {
            {f.checkbox("writeback", t("admin-f-writeback"))}
            {f.checkbox("allow_unlock", t("admin-f-allow-unlock"))}
        }
        .into_any(),
        Blade::Administrators => view! {
            {f.checkbox("admin_sspr", t("admin-f-admin-sspr"))}
            <p class="hint">{t("admin-f-admin-sspr-hint")}</p>
        }
        .into_any(),
    }
}

/// `/admin/policy/:blade`: the page's settings (or the draft of this page), the refusals
/// beside their fields, checked live in the browser by the same policy crate.
#[component]
pub fn PolicyBladePage() -> impl IntoView {
    let slug = use_params_map()
        .with_untracked(|p| p.get("blade"))
        .unwrap_or_default();
    // An unknown page is a 404 before anything is asked of the server.
    let Some(b) = Blade::from_slug(&slug) else {
        return crate::pages::NotFound().into_any();
    };
    policy_page(move |c: ConsoleWire| {
        if !c.can_edit_policy {
            return view! {
                <PageTitle text=blade_title(b)/>
                <div class="error" role="alert"><p>{t("admin-err-forbidden")}</p></div>
                <p><a href=href("/admin")>{t("admin-back")}</a></p>
            }
            .into_any();
        }
        let draft = c.draft.as_ref().filter(|d| d.blade == b);
        let values = draft
            .map(|d| d.fields.clone())
            .unwrap_or_else(|| form::fields_of(&c.policy, b));
        let errors = errors_by_field(draft);
        let general: Vec<String> = errors.get("").cloned().unwrap_or_default();
        let f = FormCtx {
            values,
            errors,
            groups: c.groups.clone(),
        };
        let other_draft = c.draft.as_ref().filter(|d| d.blade != b).map(|d| {
            view! { <p class="notice">{ta("admin-draft-elsewhere", &[("page", Value::from(blade_title(d.blade)))])}</p> }
        });
        let live = crate::islands::PolicyCheck(crate::islands::PolicyCheckProps {
            policy: c.policy.clone(),
            limits: c.limits.clone(),
            paid: c.paid,
            blade: b,
            extra: c
                .groups
                .iter()
                .map(|g| format!("{}{g}", form::GROUP_FIELD))
                .collect(),
            ok: t("admin-live-ok"),
            messages: live_messages(),
        });
        view! {
            <PageTitle text=blade_title(b)/>
            <p><a href=href("/admin")>{t("admin-back")}</a></p>
            {other_draft}
            {(!general.is_empty()).then(|| view! {
                <div class="error" role="alert" id="error">
                    <p>{t("admin-errors-heading")}</p>
                    <ul>{general.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                </div>
            })}
            <form method="post" action=crate::api(ConsoleReview::url()) class="card" id="policy-form">
                {mkt_field()}
                <input type="hidden" name="blade" value=b.slug()/>
                {blade_fields(b, &f)}
                {live}
                <div class="actions">
                    <button type="submit" class="primary">{t("admin-review-button")}</button>
                    <a class="button" href=href("/admin")>{t("cancel")}</a>
                </div>
            </form>
        }
        .into_any()
    })
    .into_any()
}

/// Every message the live check may show, by Fluent id, in the page's language (the island
/// carries no bundle of its own).
fn live_messages() -> Vec<(String, String)> {
    let mut ids = sspr_i18n::ids_with_prefix("policy-err-");
    ids.extend([
        "admin-err-number".to_string(),
        "admin-err-helpdesk".to_string(),
        "admin-err-translation-first".to_string(),
    ]);
    ids.into_iter()
        .map(|id| {
            let text = t(&id);
            (id, text)
        })
        .collect()
}

fn user_list(id: &'static str, users: &[String], list_id: &'static str) -> impl IntoView + use<> {
    let count = users.len() as i64;
    (!users.is_empty()).then(|| {
        let mut rows = vec![vec![t("admin-col-user")]];
        rows.extend(users.iter().map(|u| vec![u.clone()]));
        let users = users.to_vec();
        view! {
            <h3>{ta(id, &[("count", Value::from(count))])}</h3>
            <ul class="users" id=list_id>
                {users.into_iter().map(|u| view! { <li class="ltr">{u}</li> }).collect_view()}
            </ul>
            {csv_link(list_id, rows)}
        }
    })
}

fn impact_view(i: &ImpactWire) -> impl IntoView + use<> {
    view! {
        <h2>{t("admin-impact-heading")}</h2>
        <p id="impact-summary">{ta("admin-impact-summary", &[
            ("users", Value::from(i64::from(i.users))),
            ("before", Value::from(i64::from(i.can_before))),
            ("after", Value::from(i64::from(i.can_after))),
        ])}</p>
        {i.stranded.is_empty().then(|| view! { <p>{t("admin-stranded-none")}</p> })}
        {user_list("admin-stranded", &i.stranded, "stranded")}
        {(!i.stranded.is_empty()).then(|| view! { <p class="hint">{t("admin-stranded-hint")}</p> })}
        {user_list("admin-gained", &i.gained, "gained")}
    }
}

/// `/admin/policy/review`: what the draft changes and whom it strands, then save or discard.
#[component]
pub fn PolicyReviewPage() -> impl IntoView {
    policy_page(|c: ConsoleWire| {
        let Some(d) = c.draft.clone() else {
            return view! {
                <PageTitle text=t("admin-review-title")/>
                {error_banner()}
                <p>{t("admin-err-no-draft")}</p>
                <p><a href=href("/admin")>{t("admin-back")}</a></p>
            }
            .into_any();
        };
        let edit = href(&format!("/admin/policy/{}", d.blade.slug()));
        if !d.errors.is_empty() {
            return view! {
                <PageTitle text=t("admin-review-title")/>
                <div class="error" role="alert"><p>{t("admin-err-refused")}</p></div>
                <p><a href=edit>{t("admin-edit-again")}</a></p>
            }
            .into_any();
        }
        let stranded = d.impact.as_ref().is_some_and(|i| !i.stranded.is_empty());
        let changes = if d.changed.is_empty() {
            t("admin-no-change")
        } else {
            ta(
                "admin-changes",
                &[("keys", Value::from(key_list(&d.changed)))],
            )
        };
        view! {
            <PageTitle text=t("admin-review-title")/>
            {error_banner()}
            <p>{ta("admin-review-page", &[("page", Value::from(blade_title(d.blade)))])}</p>
            <p id="changes">{changes}</p>
            {d.impact.as_ref().map(impact_view)}
            <div class="actions">
                <form method="post" action=crate::api(ConsoleSave::url()) class="inline">
                    {mkt_field()}
                    {stranded.then(|| view! {
                        <div class="check">
                            <input type="checkbox" id="notify" name="notify" value="on"/>
                            <label for="notify">{t("admin-notify-stranded")}</label>
                        </div>
                    })}
                    <button type="submit" class="primary" disabled=d.changed.is_empty()>{t("admin-save")}</button>
                </form>
                <a class="button" href=edit>{t("admin-edit-again")}</a>
                <form method="post" action=crate::api(ConsoleDiscard::url()) class="inline">
                    {mkt_field()}
                    <button type="submit">{t("admin-discard")}</button>
                </form>
            </div>
        }
        .into_any()
    })
}

/// `/admin/policy/history`: saved changes, newest first, each with *Revert*.
#[component]
pub fn PolicyHistoryPage() -> impl IntoView {
    policy_page(|c: ConsoleWire| {
        if !c.can_edit_policy {
            return view! {
                <PageTitle text=t("admin-history-title")/>
                <div class="error" role="alert"><p>{t("admin-err-forbidden")}</p></div>
                <p><a href=href("/admin")>{t("admin-back")}</a></p>
            }
            .into_any();
        }
        let done = (q("done").as_deref() == Some("reverted"))
            .then(|| q("id"))
            .flatten()
            .map(|id| {
                view! { <p role="status" class="success">{ta("admin-reverted", &[("id", Value::from(id))])}</p> }
            });
        let rows = c
            .history
            .iter()
            .map(|h| {
                let what = if h.changed.is_empty() {
                    t("admin-no-change")
                } else {
                    key_list(&h.changed)
                };
                let what = match h.reverts {
                    Some(r) => format!("{} ({})", what, ta("admin-reverts", &[("id", Value::from(r))])),
                    None => what,
                };
                let label = ta("admin-revert-label", &[("id", Value::from(h.id))]);
                view! {
                    <tr>
                        <th scope="row">{h.id}</th>
                        <td>{fmt_time(h.at)}</td>
                        <td class="ltr">{h.admin.clone()}</td>
                        <td>{what}{differences_view(&h.differences)}</td>
                        <td>
                            <form method="post" action=crate::api(ConsoleRevert::url()) class="inline">
                                {mkt_field()}
                                <input type="hidden" name="id" value=h.id.to_string()/>
                                <button type="submit" aria-label=label>{t("admin-revert")}</button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=t("admin-history-title")/>
            <p><a href=href("/admin")>{t("admin-back")}</a></p>
            {done}
            {error_banner()}
            {if c.history.is_empty() {
                view! { <p>{t("admin-history-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0">
                        <table id="history">
                            <thead><tr>
                                <th scope="col">{t("admin-history-change")}</th>
                                <th scope="col">{t("admin-history-when")}</th>
                                <th scope="col">{t("admin-history-who")}</th>
                                <th scope="col">{t("admin-history-what")}</th>
                                <th scope="col"><span class="visually-hidden">{t("admin-revert")}</span></th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        }
        .into_any()
    })
}

fn iso_day(ts: i64) -> String {
    let d = sspr_policy::time::Utc::from_unix(ts);
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// A table's rows as a CSV `data:` link (the header row first).
fn csv_link(name: &'static str, rows: Vec<Vec<String>>) -> impl IntoView + use<> {
    let text = sspr_server_fns::csv::table(&rows);
    let href = format!(
        "data:text/csv;charset=utf-8,{}",
        sspr_server_fns::percent::encode(&text)
    );
    view! { <p><a href=href download=format!("{name}.csv")>{t("admin-export-csv")}</a></p> }
}

/// Horizontal bars, one per row (an image of the table that follows it; SVG attributes,
/// not inline styles, so the CSP holds).
fn bars(label: String, rows: &[(String, u64)]) -> impl IntoView + use<> {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let h = 22;
    let height = (rows.len().max(1) * h) as u32;
    let items = rows
        .iter()
        .enumerate()
        .map(|(i, (_, v))| {
            let w = (*v as f64 / max as f64 * 300.0)
                .round()
                .max(if *v > 0 { 2.0 } else { 0.0 });
            let y = (i * h) as u32 + 3;
            view! { <rect class="bar" x="0" y=y.to_string() width=w.to_string() height="16"/> }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-label=label viewBox=format!("0 0 300 {height}") width="300" height=height.to_string() preserveAspectRatio="none">
            {items}
        </svg>
    }
}

/// Columns per day, one colour per series.
fn day_chart(label: String, days: &[sspr_server_fns::console::DayCounts]) -> impl IntoView + use<> {
    let max = days
        .iter()
        .map(|d| d.registrations.max(d.resets).max(d.unlocks))
        .max()
        .unwrap_or(0)
        .max(1);
    let (w, hgt) = (12u32, 120u32);
    let width = (days.len() as u32).max(1) * w;
    let col = move |i: usize, k: u32, v: u64, class: &'static str| {
        let bh = (v as f64 / max as f64 * f64::from(hgt)).round() as u32;
        view! { <rect class=class x=(i as u32 * w + k * 4).to_string() y=(hgt - bh).to_string() width="3" height=bh.to_string()/> }
    };
    let items = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            view! {
                {col(i, 0, d.registrations, "bar s1")}
                {col(i, 1, d.resets, "bar s2")}
                {col(i, 2, d.unlocks, "bar s3")}
            }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-label=label viewBox=format!("0 0 {width} {hgt}") width="100%" height=hgt.to_string() preserveAspectRatio="none">
            {items}
        </svg>
        <ul class="legend">
            <li><span class="key s1" aria-hidden="true"></span>{t("admin-col-registrations")}</li>
            <li><span class="key s2" aria-hidden="true"></span>{t("admin-col-resets")}</li>
            <li><span class="key s3" aria-hidden="true"></span>{t("admin-col-unlocks")}</li>
        </ul>
    }
}

fn two_col_table(
    id: &'static str,
    head: (String, String),
    rows: &[(String, u64)],
) -> impl IntoView + use<> {
    let body = rows
        .iter()
        .map(|(k, v)| view! { <tr><th scope="row">{k.clone()}</th><td>{*v}</td></tr> })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0">
            <table id=id>
                <thead><tr><th scope="col">{head.0}</th><th scope="col">{head.1}</th></tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// `/admin/reports`: A2 for the last 30 days, as charts and tables, each with its CSV.
#[component]
pub fn ReportsPage() -> impl IntoView {
    console_page(|_c: ConsoleWire| {
        view! {
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match sspr_server_fns::console::get_report(30).await {
                        Ok(Some(r)) => report_view(r).into_any(),
                        Ok(None) => view! { <p>{t("admin-not-admin")}</p> }.into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })}
            </Suspense>
        }
    })
}

fn report_view(r: sspr_server_fns::console::ReportWire) -> impl IntoView {
    let chart = t("admin-reports-chart");
    let day_rows = r
        .by_day
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row">{iso_day(d.day)}</th>
                    <td>{d.registrations}</td>
                    <td>{d.resets}</td>
                    <td>{d.unlocks}</td>
                </tr>
            }
        })
        .collect_view();
    let mut day_csv = vec![vec![
        t("admin-col-day"),
        t("admin-col-registrations"),
        t("admin-col-resets"),
        t("admin-col-unlocks"),
    ]];
    day_csv.extend(r.by_day.iter().map(|d| {
        vec![
            iso_day(d.day),
            d.registrations.to_string(),
            d.resets.to_string(),
            d.unlocks.to_string(),
        ]
    }));
    let f = r.funnel;
    let funnel: Vec<(String, u64)> = vec![
        (t("admin-funnel-started"), f.started),
        (t("admin-funnel-eligible"), f.eligible),
        (t("admin-funnel-verified-one"), f.verified_one),
        (t("admin-funnel-verified-two"), f.verified_two),
        (t("admin-funnel-password-set"), f.password_set),
    ];
    let methods: Vec<(String, u64)> = r
        .methods
        .iter()
        .map(|(m, n)| (t(sspr_server_fns::method_fluent_id(*m)), *n))
        .collect();
    let csv_of = |head: (String, String), rows: &[(String, u64)]| {
        let mut v = vec![vec![head.0, head.1]];
        v.extend(rows.iter().map(|(k, n)| vec![k.clone(), n.to_string()]));
        v
    };
    let step_head = (t("admin-col-step"), t("admin-col-attempts"));
    let reason_head = (t("admin-col-reason"), t("admin-col-count"));
    let method_head = (t("admin-col-method"), t("admin-col-count"));
    let short = r.short_of_methods.clone();
    let short_count = short.len() as i64;
    view! {
        <PageTitle text=t("admin-reports-title")/>
        <p><a href=href("/admin")>{t("admin-back")}</a></p>
        <p>{ta("admin-reports-period", &[("days", Value::from(i64::from(r.days))), ("since", Value::from(iso_day(r.since)))])}</p>

        <h2 id="by-day-heading">{t("admin-reports-by-day")}</h2>
        {day_chart(chart.clone(), &r.by_day)}
        <div class="table-wrap" tabindex="0">
            <table id="by-day" aria-labelledby="by-day-heading">
                <thead><tr>
                    <th scope="col">{t("admin-col-day")}</th>
                    <th scope="col">{t("admin-col-registrations")}</th>
                    <th scope="col">{t("admin-col-resets")}</th>
                    <th scope="col">{t("admin-col-unlocks")}</th>
                </tr></thead>
                <tbody>{day_rows}</tbody>
            </table>
        </div>
        {csv_link("by-day", day_csv)}

        <h2>{t("admin-reports-funnel")}</h2>
        <p class="hint">{t("admin-reports-funnel-hint")}</p>
        {bars(chart.clone(), &funnel)}
        {two_col_table("funnel", step_head.clone(), &funnel)}
        {csv_link("funnel", csv_of(step_head, &funnel))}

        <h2>{t("admin-reports-failures")}</h2>
        {if r.failures.is_empty() {
            view! { <p>{t("admin-reports-none")}</p> }.into_any()
        } else {
            view! {
                {bars(chart.clone(), &r.failures)}
                {two_col_table("failures", reason_head.clone(), &r.failures)}
                {csv_link("failures", csv_of(reason_head, &r.failures))}
            }
            .into_any()
        }}

        <h2>{t("admin-reports-methods")}</h2>
        {if methods.is_empty() {
            view! { <p>{t("admin-reports-none")}</p> }.into_any()
        } else {
            view! {
                {bars(chart.clone(), &methods)}
                {two_col_table("methods", method_head.clone(), &methods)}
                {csv_link("methods", csv_of(method_head, &methods))}
            }
            .into_any()
        }}

        <h2>{t("admin-reports-cannot")}</h2>
        <p id="can-reset">{ta("admin-reports-can", &[("can", Value::from(i64::from(r.can_reset))), ("users", Value::from(i64::from(r.users)))])}</p>
        {(!short.is_empty()).then(|| {
            let mut rows = vec![vec![t("admin-col-user")]];
            rows.extend(short.iter().map(|u| vec![u.clone()]));
            view! {
                <h3>{ta("admin-reports-short", &[("count", Value::from(short_count))])}</h3>
                <ul class="users" id="short">
                    {short.iter().map(|u| view! { <li class="ltr">{u.clone()}</li> }).collect_view()}
                </ul>
                {csv_link("short-of-methods", rows)}
            }
        })}
    }
}

fn reason_text(r: sspr_policy::Ineligible) -> String {
    use sspr_policy::Ineligible::*;
    t(match r {
        ConsumerAccount => "admin-reason-consumer",
        AccountUnavailable => "admin-reason-unavailable",
        NotEnabled => "admin-reason-not-enabled",
        NotRegistered => "admin-reason-not-registered",
        AdminNotRegistered => "admin-reason-admin-not-registered",
        WritebackOff => "admin-reason-writeback-off",
    })
}

fn or_none(v: &[String]) -> String {
    if v.is_empty() {
        t("admin-user-none")
    } else {
        v.join(", ")
    }
}

/// `/admin/users?u=<user ID>`: look a user up; their data, methods and blocks; clear the
/// blocks; set their contact info (D1, D3).
#[component]
pub fn UsersPage() -> impl IntoView {
    console_page(|c: ConsoleWire| {
        let u = q("u").unwrap_or_default();
        let done = match q("done").as_deref() {
            Some("cleared") => Some(t("admin-user-cleared")),
            Some("contact") => Some(t("admin-user-contact-saved")),
            Some("issued") => Some(t("admin-recovery-issued")),
            _ => None,
        };
        let issued = c.issued.clone();
        let lookup = (!u.is_empty()).then(|| {
            let u = u.clone();
            view! {
                <Suspense fallback=|| ()>
                    {Suspend::new(async move {
                        match sspr_server_fns::console::get_console_user(u).await {
                            Ok(Some(sspr_server_fns::console::UserLookup::Found(w))) => {
                                let issued = issued.filter(|i| i.upn == w.upn);
                                user_view(*w, issued).into_any()
                            }
                            Ok(Some(sspr_server_fns::console::UserLookup::NotFound)) => view! {
                                <p role="status" id="not-found">{t("admin-err-no-user")}</p>
                            }
                            .into_any(),
                            Ok(None) => view! { <p>{t("admin-not-admin")}</p> }.into_any(),
                            Err(_) => view! { <Unavailable/> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        });
        view! {
            <PageTitle text=t("admin-users-title")/>
            <p><a href=href("/admin")>{t("admin-back")}</a></p>
            {done.map(|m| view! { <p role="status" class="success">{m}</p> })}
            {error_banner()}
            <form method="get" action="/admin/users" class="card" role="search">
                {mkt_field()}
                <div class="field">
                    <label for="u">{t("admin-users-lookup-label")}</label>
                    <input id="u" name="u" type="text" inputmode="email" autocomplete="off" spellcheck="false" value=u.clone() required/>
                </div>
                <button type="submit" class="primary">{t("admin-users-lookup")}</button>
            </form>
            {lookup}
        }
    })
}

/// The recovery code section: the code just issued (once), or when the last one ends, and
/// the button that issues one.
fn recovery_view(
    w: &sspr_server_fns::console::UserWire,
    issued: Option<sspr_server_fns::console::IssuedWire>,
) -> impl IntoView + use<> {
    let upn = w.upn.clone();
    let shown = issued.map(|i| {
        let until = ta("admin-recovery-until", &[("until", Value::from(fmt_time(i.expires_at)))]);
        view! {
            <div class="notice" id="issued">
                <p>{t("admin-recovery-code-is")}</p>
                <p class="secret" id="recovery-code">{i.code}</p>
                <p>{until}</p>
                <p class="hint">{t("admin-recovery-hand-over")}</p>
                <form method="post" action=crate::api(sspr_server_fns::console::ConsoleDismissCode::url())>
                    {mkt_field()}
                    <input type="hidden" name="upn" value=upn.clone()/>
                    <button type="submit">{t("admin-recovery-done")}</button>
                </form>
            </div>
        }
    });
    let active = w
        .recovery_until
        .filter(|_| shown.is_none())
        .map(|u| view! { <p id="recovery-active">{ta("admin-recovery-until", &[("until", Value::from(fmt_time(u)))])}</p> });
    view! {
        <h3>{t("admin-recovery-heading")}</h3>
        <p class="hint">{t("admin-recovery-intro")}</p>
        {shown}
        {active}
        <form method="post" action=crate::api(sspr_server_fns::console::ConsoleIssueRecovery::url())>
            {mkt_field()}
            <input type="hidden" name="upn" value=w.upn.clone()/>
            <button type="submit">{t("admin-recovery-issue")}</button>
        </form>
    }
}

fn user_view(
    w: sspr_server_fns::console::UserWire,
    issued: Option<sspr_server_fns::console::IssuedWire>,
) -> impl IntoView {
    let recovery = w.manageable.then(|| recovery_view(&w, issued));
    let status = {
        let mut s = vec![t(if w.enabled {
            "admin-user-enabled"
        } else {
            "admin-user-disabled"
        })];
        if w.locked {
            s.push(t("admin-user-locked"));
        }
        s.join(", ")
    };
    let methods: Vec<String> = w
        .methods
        .iter()
        .map(|m| t(sspr_server_fns::method_fluent_id(*m)))
        .collect();
    let reset = if w.can_reset {
        t("admin-user-can-reset")
    } else {
        format!(
            "{} {}",
            t("admin-user-cannot-reset"),
            w.reason.map(reason_text).unwrap_or_default()
        )
    };
    let blocks: Vec<String> = [
        (w.reset_blocked_until, "admin-user-reset-blocked"),
        (w.sends_blocked_until, "admin-user-sends-blocked"),
        (w.signin_locked_until, "admin-user-signin-locked"),
    ]
    .into_iter()
    .filter_map(|(until, id)| until.map(|u| ta(id, &[("until", Value::from(fmt_time(u)))])))
    .collect();
    let has_blocks = !blocks.is_empty();
    let upn = w.upn.clone();
    let manage = if w.manageable {
        let (alt, mobile, office) = (
            w.alternate_email.clone().unwrap_or_default(),
            w.mobile_phone.clone().unwrap_or_default(),
            w.office_phone.clone().unwrap_or_default(),
        );
        view! {
            {has_blocks.then(|| view! {
                <form method="post" action=crate::api(sspr_server_fns::console::ConsoleClearBlocks::url())>
                    {mkt_field()}
                    <input type="hidden" name="upn" value=upn.clone()/>
                    <button type="submit">{t("admin-user-clear")}</button>
                </form>
            })}
            <h3>{t("admin-user-contact")}</h3>
            <form method="post" action=crate::api(sspr_server_fns::console::ConsoleSetContact::url()) class="card" id="contact-form">
                {mkt_field()}
                <input type="hidden" name="upn" value=upn.clone()/>
                <div class="field">
                    <label for="alternate_email">{t("admin-user-alternate-email")}</label>
                    <input id="alternate_email" name="alternate_email" type="email" autocomplete="off" value=alt/>
                </div>
                <div class="field">
                    <label for="mobile_phone">{t("admin-user-mobile")}</label>
                    <input id="mobile_phone" name="mobile_phone" type="tel" autocomplete="off" value=mobile aria-describedby="contact-hint"/>
                </div>
                <div class="field">
                    <label for="office_phone">{t("admin-user-office")}</label>
                    <input id="office_phone" name="office_phone" type="tel" autocomplete="off" value=office aria-describedby="contact-hint"/>
                </div>
                <p class="hint" id="contact-hint">{t("admin-user-contact-hint")}</p>
                <button type="submit" class="primary">{t("admin-user-contact-save")}</button>
            </form>
        }
        .into_any()
    } else {
        view! { <p id="protected">{t("admin-user-protected")}</p> }.into_any()
    };
    view! {
        <h2 id="user-heading">{w.display_name.clone()}" "<span class="ltr">"("{w.upn.clone()}")"</span></h2>
        <dl class="facts" aria-labelledby="user-heading">
            <dt>{t("admin-user-status")}</dt><dd>{status}</dd>
            <dt>{t("admin-user-password")}</dt><dd>{t(if w.on_premises { "admin-user-onprem" } else { "admin-user-cloud" })}</dd>
            <dt>{t("admin-user-groups")}</dt><dd>{or_none(&w.groups)}</dd>
            <dt>{t("admin-user-roles")}</dt><dd>{or_none(&w.admin_roles)}</dd>
            <dt>{t("admin-user-methods")}</dt><dd id="user-methods">{or_none(&methods)}</dd>
            <dt>{t("admin-user-reset")}</dt><dd id="user-reset">{reset}</dd>
            <dt>{t("admin-user-blocks")}</dt>
            <dd id="user-blocks">
                {if blocks.is_empty() {
                    t("admin-user-no-blocks").into_any()
                } else {
                    view! { <ul>{blocks.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul> }.into_any()
                }}
            </dd>
        </dl>
        {recovery}
        {manage}
    }
}

/// A query value of the audit search (`q` takes static names).
fn audit_query() -> sspr_server_fns::console::AuditQuery {
    sspr_server_fns::console::AuditQuery {
        user: q("user"),
        from: q("from"),
        to: q("to"),
        step: q("step"),
        outcome: q("outcome"),
        ip: q("ip"),
        client: q("client"),
        page: q("page").and_then(|p| p.parse().ok()).unwrap_or(0),
    }
}

/// The search's URL for another page, every filter kept.
fn audit_page_href(query: &sspr_server_fns::console::AuditQuery, page: u32) -> String {
    let mut u = href("/admin/audit");
    for (k, v) in [
        ("user", &query.user),
        ("from", &query.from),
        ("to", &query.to),
        ("step", &query.step),
        ("outcome", &query.outcome),
        ("ip", &query.ip),
        ("client", &query.client),
    ] {
        if let Some(v) = v {
            u.push_str(&format!("&{k}={}", sspr_server_fns::percent::encode(v)));
        }
    }
    u.push_str(&format!("&page={page}"));
    u
}

/// An audit row's step, outcome or client type (A1, W2) in words; a value this version does
/// not know (written by a newer one) is shown as stored.
fn audit_label(field: &str, code: &str) -> String {
    let id = match (field, code) {
        ("step", "start") => "audit-step-start",
        ("step", "choose") => "audit-step-choose",
        ("step", "select") => "audit-step-select",
        ("step", "send-code") => "audit-step-send-code",
        ("step", "verify") => "audit-step-verify",
        ("step", "unlock") => "audit-step-unlock",
        ("step", "reset") => "audit-step-reset",
        ("step", "password") => "audit-step-password",
        ("step", "directory") => "audit-step-directory",
        ("step", "notify") => "audit-step-notify",
        ("step", "admin-request") => "audit-step-admin-request",
        ("step", "signin") => "audit-step-signin",
        ("step", "signin-verify") => "audit-step-signin-verify",
        ("step", "signout") => "audit-step-signout",
        ("step", "interrupt") => "audit-step-interrupt",
        ("step", "reconfirm") => "audit-step-reconfirm",
        ("step", "register") => "audit-step-register",
        ("step", "register-send-code") => "audit-step-register-send-code",
        ("step", "register-pairing") => "audit-step-register-pairing",
        ("step", "register-verify") => "audit-step-register-verify",
        ("step", "delete-method") => "audit-step-delete-method",
        ("step", "change-password") => "audit-step-change-password",
        ("step", "delivery") => "audit-step-delivery",
        ("step", "policy-change") => "audit-step-policy-change",
        ("step", "admin-clear-blocks") => "audit-step-admin-clear-blocks",
        ("step", "admin-set-contact") => "audit-step-admin-set-contact",
        ("step", "admin-recovery-code") => "audit-step-admin-recovery-code",
        ("step", "directory-sync") => "audit-step-directory-sync",
        ("outcome", "ok") => "audit-outcome-ok",
        ("outcome", "fail") => "audit-outcome-fail",
        ("outcome", "blocked") => "audit-outcome-blocked",
        ("outcome", "error") => "audit-outcome-error",
        ("outcome", "rejected") => "audit-outcome-rejected",
        ("outcome", "ineligible") => "audit-outcome-ineligible",
        ("outcome", "dismissed") => "audit-outcome-dismissed",
        ("client", "browser") => "audit-client-browser",
        ("client", "sign_in_screen") => "audit-client-sign-in-screen",
        ("client", "app") => "audit-client-app",
        _ => return code.to_string(),
    };
    t(id)
}

fn select(
    name: &'static str,
    label: String,
    values: &[String],
    current: &Option<String>,
) -> impl IntoView + use<> {
    let id = format!("a-{name}");
    let current = current.clone().unwrap_or_default();
    let options = values
        .iter()
        .map(|v| view! { <option value=v.clone() selected=*v == current>{audit_label(name, v)}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=current.is_empty()>{t("admin-audit-any")}</option>
                {options}
            </select>
        </div>
    }
}

/// `/admin/audit`: A1, W2, searched by user, period, step, outcome, IP and client type,
/// paged, downloadable as CSV and JSON lines.
#[component]
pub fn AuditPage() -> impl IntoView {
    console_page(|_c: ConsoleWire| {
        let query = audit_query();
        view! {
            <PageTitle text=t("admin-audit-title")/>
            <p><a href=href("/admin")>{t("admin-back")}</a></p>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match sspr_server_fns::console::get_audit(query.clone()).await {
                        Ok(Some(p)) => audit_view(query, p).into_any(),
                        Ok(None) => view! { <p>{t("admin-not-admin")}</p> }.into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })}
            </Suspense>
        }
    })
}

fn audit_view(
    query: sspr_server_fns::console::AuditQuery,
    p: sspr_server_fns::console::AuditPage,
) -> impl IntoView {
    let text_field = |name: &'static str,
                      label: String,
                      value: &Option<String>,
                      kind: &'static str| {
        let id = format!("a-{name}");
        let invalid = p.invalid.as_deref() == Some(name);
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input type="text" id=id.clone() name=name value=value.clone().unwrap_or_default()
                    inputmode=(kind == "date").then_some("numeric") placeholder=(kind == "date").then_some("YYYY-MM-DD")
                    autocomplete="off" aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then(|| format!("{name}-error"))/>
                {invalid.then(|| view! { <p class="field-error" id=format!("{name}-error") role="alert">{t("admin-audit-bad-date")}</p> })}
            </div>
        }
    };
    let rows = p
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <td>{fmt_time(r.at)}</td>
                    <td class="ltr">{r.user.clone().unwrap_or_default()}</td>
                    <td>{audit_label("step", &r.step)}</td>
                    <td>{r.method.map(|m| t(sspr_server_fns::method_fluent_id(m))).unwrap_or_default()}</td>
                    <td>{audit_label("outcome", &r.outcome)}</td>
                    <td>{r.reason.clone().unwrap_or_default()}</td>
                    <td class="ltr">{r.ip.clone().unwrap_or_default()}</td>
                    <td>{r.client.as_deref().map(|c| audit_label("client", c)).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    let csv = format!(
        "data:text/csv;charset=utf-8,{}",
        sspr_server_fns::percent::encode(&p.csv)
    );
    let jsonl = format!(
        "data:application/x-ndjson;charset=utf-8,{}",
        sspr_server_fns::percent::encode(&p.jsonl)
    );
    let newer = (p.page > 0).then(|| audit_page_href(&query, p.page - 1));
    let older = p.more.then(|| audit_page_href(&query, p.page + 1));
    let empty = p.rows.is_empty();
    view! {
        <form method="get" action="/admin/audit" class="card audit-filters" role="search">
            {mkt_field()}
            {text_field("user", t("admin-audit-user"), &query.user, "text")}
            {text_field("from", t("admin-audit-from"), &query.from, "date")}
            {text_field("to", t("admin-audit-to"), &query.to, "date")}
            {select("step", t("admin-audit-step"), &p.steps, &query.step)}
            {select("outcome", t("admin-audit-outcome"), &p.outcomes, &query.outcome)}
            {text_field("ip", t("admin-audit-ip"), &query.ip, "text")}
            {select("client", t("admin-audit-client"), &p.clients, &query.client)}
            <button type="submit" class="primary">{t("admin-audit-search")}</button>
        </form>
        <p role="status" id="audit-count">{ta("admin-audit-count", &[("count", Value::from(i64::from(p.total)))])}
            {p.capped.then(|| format!(" {}", t("admin-audit-capped")))}</p>
        {if empty {
            view! { <p>{t("admin-reports-none")}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" tabindex="0">
                    <table id="audit">
                        <thead><tr>
                            <th scope="col">{t("admin-history-when")}</th>
                            <th scope="col">{t("admin-col-user")}</th>
                            <th scope="col">{t("admin-audit-step")}</th>
                            <th scope="col">{t("admin-col-method")}</th>
                            <th scope="col">{t("admin-audit-outcome")}</th>
                            <th scope="col">{t("admin-col-reason")}</th>
                            <th scope="col">{t("admin-audit-ip")}</th>
                            <th scope="col">{t("admin-audit-client")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <nav class="actions" aria-label=t("admin-audit-pages")>
                    {newer.map(|h| view! { <a href=h>{t("admin-audit-newer")}</a> })}
                    {older.map(|h| view! { <a href=h>{t("admin-audit-older")}</a> })}
                </nav>
                <p>
                    <a href=csv download="audit.csv">{t("admin-export-csv")}</a>" · "
                    <a href=jsonl download="audit.jsonl">{t("admin-audit-export-json")}</a>
                </p>
            }
            .into_any()
        }}
    }
}

/// `/admin/operations`: the database, the directory and the mail queue as this node sees
/// them now, and the last directory failure.
#[component]
pub fn OperationsPage() -> impl IntoView {
    console_page(|_c: ConsoleWire| {
        view! {
            <PageTitle text=t("admin-ops-title")/>
            <p><a href=href("/admin")>{t("admin-back")}</a></p>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match sspr_server_fns::console::get_operations().await {
                        Ok(Some(o)) => ops_view(o).into_any(),
                        Ok(None) => view! { <p>{t("admin-not-admin")}</p> }.into_any(),
                        Err(_) => view! { <Unavailable/> }.into_any(),
                    }
                })}
            </Suspense>
        }
    })
}

fn ops_view(o: sspr_server_fns::console::OpsWire) -> impl IntoView {
    let state = |ok: bool| t(if ok { "admin-ops-ok" } else { "admin-ops-down" });
    let directory = match o.directory_ok {
        None => t("admin-ops-no-directory"),
        Some(ok) => state(ok),
    };
    let last_error = o
        .directory_last_error
        .clone()
        .map(|(at, reason)| format!("{} ({reason})", fmt_time(at)))
        .unwrap_or_else(|| t("admin-user-none"));
    let last_writeback = o
        .directory_last_writeback
        .map(fmt_time)
        .unwrap_or_else(|| t("admin-user-none"));
    let last_sync = o
        .directory_last_sync
        .map(|(at, [changes, refused, unknown])| {
            let counts = ta(
                "admin-ops-sync-counts",
                &[
                    ("changes", Value::from(changes as i64)),
                    ("refused", Value::from(refused as i64)),
                    ("unknown", Value::from(unknown as i64)),
                ],
            );
            format!("{} ({counts})", fmt_time(at))
        })
        .unwrap_or_else(|| t("admin-user-none"));
    let oldest = o
        .mail_oldest
        .map(fmt_time)
        .unwrap_or_else(|| t("admin-user-none"));
    view! {
        <dl class="facts" id="ops">
            <dt>{t("admin-ops-database")}</dt><dd id="ops-database">{state(o.database_ok)}</dd>
            <dt>{t("admin-ops-directory")}</dt><dd id="ops-directory">{directory}</dd>
            <dt>{t("admin-key-writeback")}</dt><dd>{t(if o.writeback { "admin-ops-on" } else { "admin-ops-off" })}</dd>
            <dt>{t("admin-ops-directory-writeback")}</dt><dd id="ops-writeback">{last_writeback}</dd>
            <dt>{t("admin-ops-directory-error")}</dt><dd>{last_error}</dd>
            <dt>{t("admin-ops-directory-sync")}</dt><dd id="ops-sync">{last_sync}</dd>
            <dt>{t("admin-ops-mail-waiting")}</dt><dd id="ops-mail-waiting">{o.mail_waiting}</dd>
            <dt>{t("admin-ops-mail-oldest")}</dt><dd>{oldest}</dd>
            <dt>{t("admin-ops-mail-sent")}</dt><dd>{o.mail_sent}</dd>
            <dt>{t("admin-ops-mail-failed")}</dt><dd>{o.mail_failed}</dd>
            <dt>{t("admin-ops-hashing")}</dt><dd>{o.hash_waiting}</dd>
            <dt>{t("admin-ops-version")}</dt><dd class="ltr">{o.version.clone()}</dd>
        </dl>
        <p class="hint">{t("admin-ops-hint")}</p>
    }
}
