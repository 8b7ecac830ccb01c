//! Notices to a user about their own account (O1, issue 10): who receives them (the
//! account's email addresses, else the user ID) and their queueing. Owns the recipients
//! and the message's shape; refuses to decide when a notice is due (the flows do).

use sspr_i18n::{Lang, Value, tr, tr_args};

use crate::delivery::{Channel, Outgoing};
use crate::store::{Tenant, UserRecord};
use crate::{Core, CoreError};

/// The addresses a notice to `user` goes to: the primary and alternate emails, else the
/// user ID itself.
pub fn recipients(user: &UserRecord) -> Vec<String> {
    let mut to: Vec<String> = [&user.primary_email, &user.alternate_email]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .cloned()
        .collect();
    to.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if to.is_empty() {
        to.push(user.upn.clone());
    }
    to
}

/// The notice `subject_id` / `body_id` (Fluent) to every recipient of `user`, in `lang`,
/// from the tenant's sender; `args` fill the body (the user ID is always `$user`).
pub fn notices(
    core: &Core,
    user: &UserRecord,
    tenant: &Tenant,
    lang: Lang,
    subject_id: &str,
    body_id: &str,
    args: &[(&str, Value)],
) -> Vec<Outgoing> {
    let mut all: Vec<(&str, Value)> = vec![("user", Value::from(user.upn.clone()))];
    all.extend(args.iter().cloned());
    recipients(user)
        .into_iter()
        .map(|to| Outgoing {
            channel: Channel::Email,
            to,
            from: tenant.sender.clone(),
            subject: tr(lang, subject_id),
            body: tr_args(lang, body_id, &all),
            at: core.now(),
            lang: lang.tag().to_string(),
            tenant_id: Some(tenant.id.clone()),
        })
        .collect()
}

/// Queue `msgs`: the mail server may be down; the queue retries and nobody waits.
pub async fn queue(core: &Core, msgs: &[Outgoing]) -> Result<(), CoreError> {
    let q = crate::mailqueue::MailQueue::new(core);
    for m in msgs {
        q.enqueue(m).await?;
    }
    Ok(())
}

/// Issue 10: tell `user` that `method` was added to (or removed from) their security info,
/// so a stranger who got in cannot quietly add their own phone. Failures are logged: the
/// change itself stands.
pub async fn method_changed(
    core: &Core,
    user: &UserRecord,
    lang: Lang,
    method: sspr_policy::Method,
    added: bool,
) {
    let (subject, body) = if added {
        ("msg-method-added-subject", "msg-method-added-body")
    } else {
        ("msg-method-removed-subject", "msg-method-removed-body")
    };
    let name = tr(lang, sspr_wire::method_fluent_id(method));
    tell_with(core, user, lang, subject, body, &[("method", name)]).await;
}

/// Tell `user` of something done to their account (issue 12: a recovery code issued or
/// used, their contact info changed by an administrator), at every recipient, queued.
/// Failures are logged: what was done stands.
pub async fn tell(core: &Core, user: &UserRecord, lang: Lang, subject_id: &str, body_id: &str) {
    tell_with(core, user, lang, subject_id, body_id, &[]).await;
}

async fn tell_with(
    core: &Core,
    user: &UserRecord,
    lang: Lang,
    subject_id: &str,
    body_id: &str,
    args: &[(&'static str, String)],
) {
    let tenant = match crate::partner::tenant_for_user(core, user).await {
        Ok(Some(t)) => t,
        Ok(None) => return,
        Err(e) => {
            tracing::error!(error = %e, notice = subject_id, "notice: no tenant");
            return;
        }
    };
    // Fluent's values are not `Sync`: made and dropped before the next `.await`.
    let msgs = {
        let values: Vec<(&str, Value)> = args
            .iter()
            .map(|(k, v)| (*k, Value::from(v.clone())))
            .collect();
        notices(core, user, &tenant, lang, subject_id, body_id, &values)
    };
    if let Err(e) = queue(core, &msgs).await {
        tracing::error!(error = %e, notice = subject_id, "notice not queued");
    }
}
