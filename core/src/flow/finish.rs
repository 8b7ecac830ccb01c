//! N1, N2, O1, O2, K1: the new password (written back on-premises, P10), its notices, and
//! the request to the administrators. Owns the end of a flow; refuses to verify anyone.

use super::*;

impl<'a> Flows<'a> {
    /// N1, N2: check, hash and store the new password, unlock, notify, audit.
    pub async fn set_password(
        &self,
        token: &str,
        password: &str,
        confirm: &str,
    ) -> Result<(), FlowError> {
        let core = self.core;
        // The checks and the Argon2id hash come before the user's lock (issue 10: no lock is
        // held across a hash); everything is read again under the lock before the write.
        let st = self.load(token).await?;
        if st.step != Step::NewPassword {
            return Err(FlowError::WrongStep);
        }
        let (user, tenant) = self.account(token, &st).await?;
        let names = name_parts(&user.upn, &user.display_name);
        // Issue 16: the rules the checklist showed, the directory's included.
        let rules = crate::password_rules::for_user(core, &user, &tenant.policy.password).await;
        let problems = sspr_policy::check_password(password, Some(confirm), &rules.rules, &names);
        if !problems.is_empty() {
            self.audit(
                &st,
                AuditStep::Password,
                None,
                Outcome::Rejected,
                Some(problems[0].fluent_id()),
            )
            .await;
            return Err(FlowError::Password(problems));
        }
        let on_premises = user.password_source.on_premises();
        let phc = match on_premises {
            true => None,
            false => Some(core.crypto.hash_secret(password).await?),
        };
        let (mut st, _guard) = self.load_locked(token).await?;
        if st.step != Step::NewPassword {
            return Err(FlowError::WrongStep);
        }
        let uid = st.user_id.ok_or(FlowError::WrongStep)?;
        let (user, tenant) = self.account(token, &st).await?;
        if on_premises {
            // P10: written back to the directory, whose own policy has the last word (N1);
            // a refusal keeps the user here to try another password.
            let dir = self.directory(&st).await?;
            if let Err(e) = dir.set_password(&st.upn, password).await {
                return Err(self.directory_failed(&st, AuditStep::Password, e).await);
            }
            // Issue 12: the operations page's last writeback.
            self.audit(
                &st,
                AuditStep::Directory,
                None,
                Outcome::Ok,
                Some("writeback"),
            )
            .await;
            // N2: a reset unlocks, in the directory as here.
            if let Err(e) = dir.unlock(&st.upn).await {
                tracing::warn!(error = %e, "directory unlock after a reset failed");
            }
        }
        st.step = Step::Done;
        st.pending = None;
        let json = serde_json::to_string(&st).map_err(CoreError::from)?;
        // N2 in one transaction: the new password (or the unlock of an on-premises account),
        // the failure counters cleared, every session of the user ended (whoever was signed
        // in with the old password is out) and the flow done; or none of it.
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        match &phc {
            Some(phc) => c.set_password_and_unlock(uid, phc).await?,
            None => c.unlock(uid).await?,
        }
        // The user proved who they are: both failure windows start again.
        for p in [Purpose::Reset, Purpose::SignIn] {
            c.clear_events(&p.failure_key(&st.upn), VERIFY_FAIL).await?;
        }
        c.delete_user_sessions(uid).await?;
        c.put_flow(&self.key(token), 0, &json).await?;
        tx.commit().await?;
        self.audit(&st, AuditStep::Reset, None, Outcome::Ok, None)
            .await;
        self.notify_reset(&st, &user, &tenant).await;
        Ok(())
    }

    /// The flow's user and tenant, read now. An account disabled or deleted since the flow
    /// began ends the flow here (issue 10: the last step re-checks the account).
    async fn account(
        &self,
        token: &str,
        st: &FlowState,
    ) -> Result<(UserRecord, Tenant), FlowError> {
        let core = self.core;
        let user = match core.store.user_by_upn(&st.upn).await? {
            Some(u) if u.enabled && Some(u.id) == st.user_id => u,
            _ => {
                self.audit(
                    st,
                    AuditStep::Password,
                    None,
                    Outcome::Ineligible,
                    Some("account-unavailable"),
                )
                .await;
                core.store.delete_flow(&self.key(token)).await?;
                return Err(FlowError::NoFlow);
            }
        };
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(FlowError::NoFlow)?;
        Ok((user, tenant))
    }

    /// O1 (P7) to the user; O2 (P8) to every other administrator when an administrator resets.
    pub(super) async fn notify_reset(&self, st: &FlowState, user: &UserRecord, tenant: &Tenant) {
        let core = self.core;
        let lang = st.lang();
        let mut sends = Vec::new();
        if tenant.policy.notify_users {
            sends.extend(crate::notice::notices(
                core,
                user,
                tenant,
                lang,
                "msg-reset-subject",
                "msg-reset-body",
                &[],
            ));
        }
        if tenant.policy.notify_admins && !user.admin_roles.is_empty() {
            match core
                .store
                .admin_emails(&tenant.id, core.config.limits.contact_admin_max_recipients)
                .await
            {
                Ok(admins) => {
                    for a in admins.into_iter().filter(|a| {
                        !a.eq_ignore_ascii_case(user.primary_email.as_deref().unwrap_or(""))
                    }) {
                        sends.push(Outgoing {
                            channel: Channel::Email,
                            to: a,
                            from: tenant.sender.clone(),
                            subject: tr(lang, "msg-admin-reset-subject"),
                            body: tr_args(
                                lang,
                                "msg-admin-reset-body",
                                &[("user", Value::from(user.upn.clone()))],
                            ),
                            at: core.now(),
                            lang: lang.tag().to_string(),
                            tenant_id: Some(tenant.id.clone()),
                        });
                    }
                }
                Err(e) => tracing::error!(error = %e, "could not list administrators"),
            }
        }
        // Queued: the mail server may be down; the queue retries, and the reset never waits.
        for m in sends {
            if let Err(e) = crate::mailqueue::MailQueue::new(core).enqueue(&m).await {
                tracing::error!(error = %e, "reset notification not queued");
                self.audit(st, AuditStep::Notify, None, Outcome::Error, Some("queue"))
                    .await;
            }
        }
    }

    /// K1: ask the tenant's administrators for help, rate limited. Unknown users get the same
    /// answer and nothing is sent (B3).
    pub async fn request_admin(&self, token: &str) -> Result<(), FlowError> {
        let core = self.core;
        // Under the user's lock like every throttle, so parallel requests on any node cannot
        // all pass K1's daily limit; unknown user IDs take the same lock (B3).
        let (mut st, _guard) = self.load_locked(token).await?;
        if st.step != Step::Contact {
            return Err(FlowError::WrongStep);
        }
        let key = st.upn.clone();
        let w = Window {
            max: core.config.limits.admin_requests_per_day,
            window_secs: 86400,
            block_secs: 86400,
        };
        if let Gate::Blocked { .. } = proof::gate(core, &key, ADMIN_REQUEST, w).await? {
            return Err(FlowError::AdminRequestLimit);
        }
        core.store
            .add_event(&key, ADMIN_REQUEST, core.now())
            .await?;
        if let (Some(_), Some(tid)) = (st.user_id, &st.tenant_id)
            && let Some(tenant) = core.store.tenant(tid).await?
        {
            let admins = core
                .store
                .admin_emails(tid, core.config.limits.contact_admin_max_recipients)
                .await?;
            let lang = st.lang();
            let mut mails = Vec::new();
            for a in admins {
                mails.push(Outgoing {
                    channel: Channel::Email,
                    to: a,
                    from: tenant.sender.clone(),
                    subject: tr(lang, "msg-admin-request-subject"),
                    body: tr_args(
                        lang,
                        "msg-admin-request-body",
                        &[("user", Value::from(st.upn.clone()))],
                    ),
                    at: core.now(),
                    lang: lang.tag().to_string(),
                    tenant_id: Some(tenant.id.clone()),
                });
            }
            // Queued in the background: known and unknown user IDs answer alike, at once
            // (B3); a mail outage delays the mail, it is not shown.
            let core = core.clone();
            tokio::spawn(async move {
                for m in mails {
                    if let Err(e) = crate::mailqueue::MailQueue::new(&core).enqueue(&m).await {
                        tracing::error!(error = %e, "administrator request not queued");
                    }
                }
            });
        }
        st.admin_request_sent = true;
        self.update(token, &st).await?;
        self.audit(&st, AuditStep::AdminRequest, None, Outcome::Ok, None)
            .await;
        Ok(())
    }
}
