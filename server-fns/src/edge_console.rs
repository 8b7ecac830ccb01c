//! Server-side halves of the console's server functions: the session, and each outcome's
//! page. Owns the mapping of console results to URLs; refuses to decide anything itself.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos_axum::redirect;
use sspr_core::Core;
use sspr_core::account::console::ConsoleError;
use sspr_core::account::{AccountError, Accounts};
use sspr_policy::form::Blade;
use sspr_wire::{
    AuditPage, AuditQuery, ConsoleAccess, ConsoleCode, OpsWire, ReportWire, UserLookup,
};

use crate::edge::{ctx, request_lang, unavailable};
use crate::edge_account::{session_token, url};

pub async fn console() -> Result<Option<ConsoleAccess>, ServerFnError> {
    let c = ctx()?;
    let Some(token) = session_token(&c.core) else {
        return Ok(None);
    };
    match Accounts::new(&c.core).console(&token).await {
        Ok(a) => Ok(Some(a)),
        Err(ConsoleError::Account(AccountError::NoSession | AccountError::NeedsVerification)) => {
            Ok(None)
        }
        Err(e) => Err(unavailable(e)),
    }
}

/// A read of the console for the session's administrator: `None` when there is no session
/// or it may not read this (the page explains), the generic error when a dependency broke.
async fn read<T, F, Fut>(f: F) -> Result<Option<T>, ServerFnError>
where
    F: FnOnce(Core, String) -> Fut,
    Fut: std::future::Future<Output = Result<T, ConsoleError>>,
{
    let c = ctx()?;
    let Some(token) = session_token(&c.core) else {
        return Ok(None);
    };
    match f(c.core.clone(), token).await {
        Ok(v) => Ok(Some(v)),
        Err(ConsoleError::Internal(e) | ConsoleError::Account(AccountError::Internal(e))) => {
            Err(unavailable(e))
        }
        Err(_) => Ok(None),
    }
}

pub async fn report(days: u32) -> Result<Option<ReportWire>, ServerFnError> {
    read(|core, t| async move { Accounts::new(&core).console_report(&t, days).await }).await
}

pub async fn user(upn: String) -> Result<Option<UserLookup>, ServerFnError> {
    read(|core, t| async move { Accounts::new(&core).console_user(&t, &upn).await }).await
}

pub async fn audit(q: AuditQuery) -> Result<Option<AuditPage>, ServerFnError> {
    read(|core, t| async move { Accounts::new(&core).console_audit(&t, q).await }).await
}

pub async fn operations() -> Result<Option<OpsWire>, ServerFnError> {
    read(|core, t| async move { Accounts::new(&core).console_operations(&t).await }).await
}

fn user_page(upn: &str) -> (String, Vec<(&'static str, String)>) {
    (
        "/admin/users".to_string(),
        vec![("u", upn.trim().to_lowercase())],
    )
}

pub async fn clear_blocks(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let (page, q) = user_page(&upn);
    act_keep(mkt, &page, q.clone(), move |core, t| async move {
        Accounts::new(&core).console_clear_blocks(&t, &upn).await?;
        let mut q = q;
        q.push(("done", "cleared".to_string()));
        Ok(("/admin/users".to_string(), q))
    })
    .await
}

pub async fn issue_recovery(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let (page, q) = user_page(&upn);
    act_keep(mkt, &page, q.clone(), move |core, t| async move {
        Accounts::new(&core)
            .console_issue_recovery(&t, &upn)
            .await?;
        let mut q = q;
        q.push(("done", "issued".to_string()));
        Ok(("/admin/users".to_string(), q))
    })
    .await
}

pub async fn dismiss_code(upn: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let (page, q) = user_page(&upn);
    act_keep(mkt, &page, q.clone(), move |core, t| async move {
        Accounts::new(&core).console_dismiss_code(&t).await?;
        Ok(("/admin/users".to_string(), q))
    })
    .await
}

pub async fn set_contact(
    upn: String,
    alternate_email: Option<String>,
    mobile_phone: Option<String>,
    office_phone: Option<String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let (page, q) = user_page(&upn);
    act_keep(mkt, &page, q.clone(), move |core, t| async move {
        let change = sspr_core::admin::ContactChange {
            alternate_email,
            mobile_phone,
            office_phone,
        };
        Accounts::new(&core)
            .console_set_contact(&t, &upn, change)
            .await?;
        let mut q = q;
        q.push(("done", "contact".to_string()));
        Ok(("/admin/users".to_string(), q))
    })
    .await
}

/// Run one console action with the session and redirect to its outcome's page.
async fn act<F, Fut>(mkt: Option<String>, back: &str, f: F) -> Result<(), ServerFnError>
where
    F: FnOnce(Core, String) -> Fut,
    Fut: std::future::Future<Output = Result<(String, Vec<(&'static str, String)>), ConsoleError>>,
{
    act_keep(mkt, back, Vec::new(), f).await
}

/// [`act`], with `keep` in the query of the page an error returns to.
async fn act_keep<F, Fut>(
    mkt: Option<String>,
    back: &str,
    keep: Vec<(&'static str, String)>,
    f: F,
) -> Result<(), ServerFnError>
where
    F: FnOnce(Core, String) -> Fut,
    Fut: std::future::Future<Output = Result<(String, Vec<(&'static str, String)>), ConsoleError>>,
{
    let c = ctx()?;
    let lang = request_lang(mkt.as_deref());
    let no_session = || url("/signin", lang, &[("e", "no-session".into())]);
    let Some(token) = session_token(&c.core) else {
        redirect(&no_session());
        return Ok(());
    };
    let to = match f(c.core.clone(), token).await {
        Ok((path, q)) => url(&path, lang, &q),
        Err(ConsoleError::Account(AccountError::NoSession)) => no_session(),
        Err(ConsoleError::Account(AccountError::NeedsVerification)) => {
            url("/signin/verify", lang, &[])
        }
        // The console page explains both.
        Err(ConsoleError::NotAdmin | ConsoleError::SecondStepNeeded) => url("/admin", lang, &[]),
        Err(e) => {
            let code = match e {
                ConsoleError::Forbidden => ConsoleCode::Forbidden,
                ConsoleError::NoDraft => ConsoleCode::NoDraft,
                ConsoleError::NoChange => ConsoleCode::NoChange,
                ConsoleError::Refused(_) => ConsoleCode::Refused,
                ConsoleError::NoUser => ConsoleCode::NoUser,
                ConsoleError::Protected => ConsoleCode::Protected,
                ConsoleError::ContactInvalid(_) => ConsoleCode::ContactInvalid,
                ConsoleError::Account(AccountError::Internal(sspr_core::CoreError::Busy)) => {
                    ConsoleCode::Unavailable
                }
                other => {
                    tracing::error!(error = %other, "console action failed");
                    ConsoleCode::Unavailable
                }
            };
            let mut q = keep;
            q.push(("e", code.code().to_string()));
            url(back, lang, &q)
        }
    };
    redirect(&to);
    Ok(())
}

fn blade_page(b: Blade) -> String {
    format!("/admin/policy/{}", b.slug())
}

pub async fn review(
    blade: String,
    fields: HashMap<String, String>,
    mkt: Option<String>,
) -> Result<(), ServerFnError> {
    let Some(b) = Blade::from_slug(&blade) else {
        return act(mkt, "/admin", |_, _| async { Err(ConsoleError::NoDraft) }).await;
    };
    let mut fields: Vec<(String, String)> = fields.into_iter().collect();
    fields.sort();
    act(mkt, &blade_page(b), move |core, t| async move {
        let ok = Accounts::new(&core).console_review(&t, b, fields).await?;
        Ok(if ok {
            ("/admin/policy/review".to_string(), vec![])
        } else {
            (blade_page(b), vec![])
        })
    })
    .await
}

pub async fn save(notify: bool, mkt: Option<String>) -> Result<(), ServerFnError> {
    act(mkt, "/admin/policy/review", move |core, t| async move {
        let id = Accounts::new(&core).console_save(&t, notify).await?;
        Ok((
            "/admin".to_string(),
            vec![("done", "saved".to_string()), ("id", id.to_string())],
        ))
    })
    .await
}

pub async fn discard(mkt: Option<String>) -> Result<(), ServerFnError> {
    act(mkt, "/admin", |core, t| async move {
        Accounts::new(&core).console_discard(&t).await?;
        Ok((
            "/admin".to_string(),
            vec![("done", "discarded".to_string())],
        ))
    })
    .await
}

pub async fn revert(id: String, mkt: Option<String>) -> Result<(), ServerFnError> {
    let Ok(id) = id.trim().parse::<i64>() else {
        return act(mkt, "/admin/policy/history", |_, _| async {
            Err(ConsoleError::NoChange)
        })
        .await;
    };
    act(mkt, "/admin/policy/history", move |core, t| async move {
        let new = Accounts::new(&core).console_revert(&t, id).await?;
        Ok((
            "/admin/policy/history".to_string(),
            vec![
                ("done", "reverted".to_string()),
                ("id", id.to_string()),
                ("new", new.to_string()),
            ],
        ))
    })
    .await
}
