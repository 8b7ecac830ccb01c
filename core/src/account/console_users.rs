//! Issue 12: the console's users page (D1, D3): a user of the administrator's tenant looked
//! up (directory data, the kinds of method, what blocks them), their blocks cleared, their
//! contact info set, and the helpdesk's recovery code issued. Entra's protection of
//! administrators is `Admin::manages`. Refuses to show or set a secret, an answer or a
//! password, and to act outside the administrator's tenant.

use serde::{Deserialize, Serialize};
use sspr_wire::{UserLookup, UserWire};

use super::console::{Admin, ConsoleError};
use super::*;
use crate::store::EventKind;

/// A recovery code just issued, sealed with the server key, in its issuer's session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issued {
    pub upn: String,
    pub sealed: String,
    pub expires_at: i64,
}

impl<'a> Accounts<'a> {
    /// A user of the administrator's tenant by user ID (D1, D3).
    pub async fn console_user(&self, token: &str, upn: &str) -> Result<UserLookup, ConsoleError> {
        let a = self.admin(token).await?;
        let Some(u) = self.tenant_user(&a, upn).await? else {
            return Ok(UserLookup::NotFound);
        };
        Ok(UserLookup::Found(Box::new(self.user_wire(&a, &u).await?)))
    }

    /// A user of the tenant this administrator may change (Entra's protection of
    /// administrators), or why not.
    async fn managed_user(&self, a: &Admin, upn: &str) -> Result<UserRecord, ConsoleError> {
        let u = self
            .tenant_user(a, upn)
            .await?
            .ok_or(ConsoleError::NoUser)?;
        if !a.manages(&u) {
            return Err(ConsoleError::Protected);
        }
        Ok(u)
    }

    async fn tenant_user(&self, a: &Admin, upn: &str) -> Result<Option<UserRecord>, CoreError> {
        let upn = upn.trim().to_lowercase();
        if upn.is_empty() {
            return Ok(None);
        }
        Ok(self
            .core
            .store
            .user_by_upn(&upn)
            .await?
            .filter(|u| u.tenant_id == a.tenant.id))
    }

    async fn user_wire(&self, a: &Admin, u: &UserRecord) -> Result<UserWire, CoreError> {
        let core = self.core;
        // B1: the user as the policy they follow (a partner's guest: their home tenant's).
        let followed = match crate::partner::follows(u, &a.tenant.policy) {
            Some(p) => p,
            None => crate::partner::tenant_for_user(core, u)
                .await?
                .map(|t| t.policy)
                .unwrap_or_else(|| a.tenant.policy.clone()),
        };
        let policy = &followed;
        let facts = u.facts();
        let methods = sspr_policy::Method::ALL
            .into_iter()
            .filter(|m| facts.data.has(*m, policy.questions_to_register.max(1)))
            .collect();
        let eligible = sspr_policy::check_eligibility(
            &u.upn,
            Some(&facts),
            policy,
            &core.config.consumer_domains,
        );
        let until = |g: sspr_policy::throttle::Gate| match g {
            sspr_policy::throttle::Gate::Blocked { until } => Some(until),
            _ => None,
        };
        let reset = crate::proof::gate(
            core,
            &crate::proof::Purpose::Reset.failure_key(&u.upn),
            EventKind::VerifyFail,
            crate::proof::verify_window(core),
        )
        .await?;
        let sends = crate::proof::gate(
            core,
            &u.upn,
            EventKind::CodeSent,
            crate::proof::send_window(core),
        )
        .await?;
        let signin = match self.lockout_gate(&u.upn).await? {
            SignInGate::Locked { until } => Some(until),
            SignInGate::Open => None,
        };
        Ok(UserWire {
            upn: u.upn.clone(),
            display_name: u.display_name.clone(),
            enabled: u.enabled,
            locked: u.locked,
            on_premises: u.password_source.on_premises(),
            groups: u.groups.clone(),
            admin_roles: u.admin_roles.clone(),
            methods,
            alternate_email: u.alternate_email.clone(),
            mobile_phone: u.mobile_phone.clone(),
            office_phone: u.office_phone.clone(),
            can_reset: eligible.is_ok(),
            reason: eligible.err(),
            reset_blocked_until: until(reset),
            sends_blocked_until: until(sends),
            signin_locked_until: signin,
            recovery_until: core.store.recovery_code_until(u.id, core.now()).await?,
            manageable: a.manages(u),
        })
    }

    /// Clear a user's blocks: failed verifications (resets and the signed-in account's),
    /// codes sent, failed sign-ins. Audited on the user, naming the administrator.
    pub async fn console_clear_blocks(&self, token: &str, upn: &str) -> Result<(), ConsoleError> {
        let a = self.admin(token).await?;
        let u = self.managed_user(&a, upn).await?;
        let store = &self.core.store;
        let mut tx = store.begin().await?;
        let mut c = tx.c();
        for purpose in [crate::proof::Purpose::Reset, crate::proof::Purpose::SignIn] {
            c.clear_events(&purpose.failure_key(&u.upn), EventKind::VerifyFail)
                .await?;
        }
        c.clear_events(&u.upn, EventKind::CodeSent).await?;
        c.clear_signin_failures(&u.upn).await?;
        tx.commit().await?;
        self.audit_admin_act(&a, &u, AuditStep::AdminClearBlocks, None)
            .await;
        Ok(())
    }

    /// Issue 12: a one-time recovery code for `upn`, valid for
    /// [`super::recovery::RECOVERY_TTL_SECS`], replacing any earlier one. Kept sealed in
    /// this session to be shown once; audited on the user and told to their addresses.
    pub async fn console_issue_recovery(
        &self,
        token: &str,
        upn: &str,
    ) -> Result<i64, ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let mut a = self.admin(token).await?;
        let u = self.managed_user(&a, upn).await?;
        if u.upn == a.user.upn {
            return Err(ConsoleError::Protected);
        }
        let core = self.core;
        let code = super::recovery::new_code(&core.crypto);
        let now = core.now();
        let expires_at = now + super::recovery::RECOVERY_TTL_SECS;
        let mac = super::recovery::code_mac(&core.crypto, &u.upn, &code);
        core.store
            .put_recovery_code(u.id, &mac, now, expires_at, &a.user.upn)
            .await?;
        a.st.issued = Some(Issued {
            upn: u.upn.clone(),
            sealed: core.crypto.seal(code.as_bytes())?,
            expires_at,
        });
        self.save(token, &a.st).await?;
        self.audit_admin_act(&a, &u, AuditStep::AdminRecoveryCode, None)
            .await;
        crate::notice::tell(
            core,
            &u,
            a.st.lang(),
            "msg-recovery-issued-subject",
            "msg-recovery-issued-body",
        )
        .await;
        Ok(expires_at)
    }

    /// Stop showing the recovery code just issued (the code stays valid).
    pub async fn console_dismiss_code(&self, token: &str) -> Result<(), ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let mut a = self.admin(token).await?;
        a.st.issued = None;
        self.save(token, &a.st).await?;
        Ok(())
    }

    /// D1: set a user's alternate email and phones (empty clears). Audited on the user,
    /// naming the administrator and the fields (never the values).
    pub async fn console_set_contact(
        &self,
        token: &str,
        upn: &str,
        change: crate::admin::ContactChange,
    ) -> Result<(), ConsoleError> {
        let a = self.admin(token).await?;
        let u = self.managed_user(&a, upn).await?;
        // A form sends every field; only those that differ change (and are audited).
        let differs = |new: Option<String>, cur: &Option<String>| {
            new.filter(|v| v.trim() != cur.as_deref().unwrap_or(""))
        };
        let change = crate::admin::ContactChange {
            alternate_email: differs(change.alternate_email, &u.alternate_email),
            mobile_phone: differs(change.mobile_phone, &u.mobile_phone),
            office_phone: differs(change.office_phone, &u.office_phone),
        };
        let mut fields = Vec::new();
        if change.alternate_email.is_some() {
            fields.push("alternate_email");
        }
        if change.mobile_phone.is_some() {
            fields.push("mobile_phone");
        }
        if change.office_phone.is_some() {
            fields.push("office_phone");
        }
        crate::admin::user_set_contact(self.core, &u.upn, change)
            .await
            .map_err(|e| match e {
                crate::admin::AdminError::Invalid(m) => ConsoleError::ContactInvalid(m),
                crate::admin::AdminError::NoUser(_) => ConsoleError::NoUser,
                crate::admin::AdminError::Core(e) => ConsoleError::Internal(e),
                crate::admin::AdminError::NoTenant(t) => {
                    ConsoleError::Internal(CoreError::Corrupt(format!("no tenant {t}")))
                }
            })?;
        // The owner hears of it at the addresses they had (an address an administrator
        // just put in place would tell only its new holder).
        if !fields.is_empty() {
            crate::notice::tell(
                self.core,
                &u,
                a.st.lang(),
                "msg-contact-changed-subject",
                "msg-contact-changed-body",
            )
            .await;
        }
        self.audit_admin_act(&a, &u, AuditStep::AdminSetContact, Some(&fields.join(",")))
            .await;
        Ok(())
    }
}
