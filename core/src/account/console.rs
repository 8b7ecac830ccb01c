//! Issue 12: the administrator console behind a signed-in session. Owns who may open it
//! (an administrator role, the sign-in second step passed), the roles' split (only global
//! and authentication-policy administrators change a policy), a page's draft, what a change
//! does to who can reset (M2), saving, the change history and reverting. Every action stays
//! inside the administrator's own tenant. Refuses to parse forms (`sspr_policy::form`) or to
//! show a user's secrets, answers or addresses.

use serde::{Deserialize, Serialize};
use sspr_policy::form::{self, Blade, FormError};
use sspr_policy::{Policy, TenantFlags};
use sspr_wire::{
    AuditPage, AuditQuery, AuditRowWire, ChangeWire, ConsoleAccess, ConsoleWire, DraftWire,
    ImpactWire, IssuedWire, ReportWire, UserLookup, UserWire,
};

use super::*;
use crate::store::EventKind;

/// Entra's administrator roles that sspr knows. Stored as the directory names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminRole {
    Global,
    AuthenticationPolicy,
    PrivilegedAuthentication,
    Authentication,
    Helpdesk,
    Password,
    User,
}

impl AdminRole {
    pub fn from_name(name: &str) -> Option<AdminRole> {
        let n: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        Some(match n.as_str() {
            "globaladministrator" | "globaladmin" => AdminRole::Global,
            "authenticationpolicyadministrator" => AdminRole::AuthenticationPolicy,
            "privilegedauthenticationadministrator" => AdminRole::PrivilegedAuthentication,
            "authenticationadministrator" => AdminRole::Authentication,
            "helpdeskadministrator" => AdminRole::Helpdesk,
            "passwordadministrator" => AdminRole::Password,
            "useradministrator" => AdminRole::User,
            _ => return None,
        })
    }

    /// Entra's split: only these change the password reset policy.
    pub fn edits_policy(self) -> bool {
        matches!(self, AdminRole::Global | AdminRole::AuthenticationPolicy)
    }
}

/// A console page's form kept in the session until it is saved or discarded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub blade: Blade,
    pub fields: Vec<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error(transparent)]
    Account(#[from] AccountError),
    #[error("the console needs the sign-in second step")]
    SecondStepNeeded,
    #[error("not an administrator")]
    NotAdmin,
    /// The role may not do this (a helpdesk administrator changing a policy).
    #[error("the role may not do this")]
    Forbidden,
    #[error("nothing to save")]
    NoDraft,
    #[error("the form breaks a rule")]
    Refused(Vec<FormError>),
    #[error("no such change")]
    NoChange,
    #[error("no such user in the tenant")]
    NoUser,
    /// Another administrator, beyond this role (Entra: a helpdesk administrator manages
    /// users and other helpdesk and password administrators only).
    #[error("the user is an administrator beyond this role")]
    Protected,
    #[error("contact data refused: {0}")]
    ContactInvalid(String),
    #[error(transparent)]
    Internal(#[from] CoreError),
}

/// A recovery code just issued, sealed with the server key, in its issuer's session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issued {
    pub upn: String,
    pub sealed: String,
    pub expires_at: i64,
}

/// The administrator behind a session.
struct Admin {
    st: SessionState,
    user: UserRecord,
    tenant: Tenant,
    roles: Vec<AdminRole>,
}

impl Admin {
    fn edits_policy(&self) -> bool {
        self.roles.iter().any(|r| r.edits_policy())
    }

    /// Whether this administrator may change `user`'s contact data and blocks: anyone
    /// without a role; administrators only for a global or privileged authentication
    /// administrator, and helpdesk or password administrators also for their own kind.
    fn manages(&self, user: &UserRecord) -> bool {
        let theirs: Vec<AdminRole> = user
            .admin_roles
            .iter()
            .filter_map(|r| AdminRole::from_name(r))
            .collect();
        if theirs.is_empty() {
            return true;
        }
        if self
            .roles
            .iter()
            .any(|r| matches!(r, AdminRole::Global | AdminRole::PrivilegedAuthentication))
        {
            return true;
        }
        let helpdesk_kind = |r: &AdminRole| matches!(r, AdminRole::Helpdesk | AdminRole::Password);
        self.roles.iter().any(helpdesk_kind) && theirs.iter().all(helpdesk_kind)
    }
}

const HISTORY: i64 = 50;

/// Rows on one page of the audit search.
pub const AUDIT_PAGE: usize = 50;
/// Rows a search exports at most.
pub const AUDIT_EXPORT_MAX: usize = 5000;

impl<'a> Accounts<'a> {
    async fn admin(&self, token: &str) -> Result<Admin, ConsoleError> {
        let (st, user, tenant) = self.load(token).await?;
        let roles: Vec<AdminRole> = user
            .admin_roles
            .iter()
            .filter_map(|r| AdminRole::from_name(r))
            .collect();
        if roles.is_empty() {
            return Err(ConsoleError::NotAdmin);
        }
        if !st.second_step {
            return Err(ConsoleError::SecondStepNeeded);
        }
        Ok(Admin {
            st,
            user,
            tenant,
            roles,
        })
    }

    async fn policy_admin(&self, token: &str) -> Result<Admin, ConsoleError> {
        let a = self.admin(token).await?;
        if !a.edits_policy() {
            return Err(ConsoleError::Forbidden);
        }
        Ok(a)
    }

    /// The console's data, or why this session may not see it.
    pub async fn console(&self, token: &str) -> Result<ConsoleAccess, ConsoleError> {
        let a = match self.admin(token).await {
            Ok(a) => a,
            Err(ConsoleError::NotAdmin) => return Ok(ConsoleAccess::NotAdmin),
            Err(ConsoleError::SecondStepNeeded) => return Ok(ConsoleAccess::SecondStepNeeded),
            Err(e) => return Err(e),
        };
        let policy = &a.tenant.policy;
        let draft = match (&a.st.draft, a.edits_policy()) {
            (Some(d), true) => Some(self.weigh(&a, d).await?),
            _ => None,
        };
        let history = if a.edits_policy() {
            self.core
                .store
                .policy_changes(&a.tenant.id, HISTORY)
                .await?
                .into_iter()
                .map(|c| {
                    let old: Option<Policy> = serde_json::from_str(&c.old_policy).ok();
                    let new: Option<Policy> = serde_json::from_str(&c.new_policy).ok();
                    let changed = match (old, new) {
                        (Some(o), Some(n)) => form::changed(&o, &n)
                            .into_iter()
                            .map(String::from)
                            .collect(),
                        _ => Vec::new(),
                    };
                    ChangeWire {
                        id: c.id,
                        at: c.at,
                        admin: c.admin,
                        changed,
                        reverts: c.reverts,
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(ConsoleAccess::Open(Box::new(ConsoleWire {
            upn: a.user.upn.clone(),
            display_name: a.user.display_name.clone(),
            tenant_name: a.tenant.name.clone(),
            roles: a.user.admin_roles.clone(),
            can_edit_policy: a.edits_policy(),
            paid: a.tenant.paid,
            limits: self.core.config.limits.clone(),
            policy: policy.clone(),
            draft,
            history,
            issued: a.st.issued.as_ref().and_then(|i| {
                let code = self.core.crypto.open(&i.sealed)?;
                Some(IssuedWire {
                    upn: i.upn.clone(),
                    code: String::from_utf8(code).ok()?,
                    expires_at: i.expires_at,
                })
            }),
        })))
    }

    fn flags(&self, a: &Admin) -> TenantFlags {
        TenantFlags {
            paid: a.tenant.paid,
        }
    }

    /// A draft's refusals, or what it changes and whom it strands (M2).
    async fn weigh(&self, a: &Admin, d: &Draft) -> Result<DraftWire, ConsoleError> {
        let old = &a.tenant.policy;
        let applied = form::apply(
            old,
            d.blade,
            &d.fields,
            self.flags(a),
            &self.core.config.limits,
        );
        let (errors, changed, impact) = match applied {
            Err(errs) => (
                errs.iter()
                    .map(|e| (e.fluent_id().to_string(), e.field().map(String::from)))
                    .collect(),
                Vec::new(),
                None,
            ),
            Ok(new) => {
                let changed = form::changed(old, &new)
                    .into_iter()
                    .map(String::from)
                    .collect();
                (
                    Vec::new(),
                    changed,
                    Some(self.impact(&a.tenant.id, old, &new).await?),
                )
            }
        };
        Ok(DraftWire {
            blade: d.blade,
            fields: d.fields.clone(),
            errors,
            changed,
            impact,
        })
    }

    /// M2 for every user of the tenant: who can reset under each policy.
    async fn impact(
        &self,
        tenant: &str,
        old: &Policy,
        new: &Policy,
    ) -> Result<ImpactWire, CoreError> {
        let users = self.core.store.all_users().await?;
        let consumer = &self.core.config.consumer_domains;
        let mut w = ImpactWire {
            users: 0,
            can_before: 0,
            can_after: 0,
            stranded: Vec::new(),
            gained: Vec::new(),
        };
        for u in users.iter().filter(|u| u.tenant_id == tenant) {
            let facts = u.facts();
            let before =
                sspr_policy::check_eligibility(&u.upn, Some(&facts), old, consumer).is_ok();
            let after = sspr_policy::check_eligibility(&u.upn, Some(&facts), new, consumer).is_ok();
            w.users += 1;
            w.can_before += u32::from(before);
            w.can_after += u32::from(after);
            match (before, after) {
                (true, false) => w.stranded.push(u.upn.clone()),
                (false, true) => w.gained.push(u.upn.clone()),
                _ => {}
            }
        }
        Ok(w)
    }

    /// A2: the last `days` days (whole UTC days, today included) of the administrator's
    /// tenant, and who could not reset now for want of methods. Every console role reads it.
    pub async fn console_report(&self, token: &str, days: u32) -> Result<ReportWire, ConsoleError> {
        let a = self.admin(token).await?;
        let days = days.clamp(1, 90);
        let today = self.core.now().div_euclid(86_400) * 86_400;
        let since = today - i64::from(days - 1) * 86_400;
        let rows = self
            .core
            .store
            .audit_between(since, today + 86_400, Some(&a.tenant.id), None)
            .await?;
        let (by_day, failures, methods, funnel) = crate::report::activity(&rows, since, days);
        let consumer = &self.core.config.consumer_domains;
        let (mut users, mut can_reset, mut short) = (0u32, 0u32, Vec::new());
        for u in self.core.store.all_users().await? {
            if u.tenant_id != a.tenant.id {
                continue;
            }
            users += 1;
            let facts = u.facts();
            match sspr_policy::check_eligibility(&u.upn, Some(&facts), &a.tenant.policy, consumer) {
                Ok(_) => can_reset += 1,
                Err(
                    sspr_policy::Ineligible::NotRegistered
                    | sspr_policy::Ineligible::AdminNotRegistered,
                ) => short.push(u.upn.clone()),
                Err(_) => {}
            }
        }
        short.sort();
        Ok(ReportWire {
            since,
            days,
            by_day,
            failures,
            methods,
            funnel,
            users,
            can_reset,
            short_of_methods: short,
        })
    }

    /// A1, W2: the tenant's audit, filtered, newest first, a page of [`AUDIT_PAGE`] rows,
    /// with the whole result (up to [`AUDIT_EXPORT_MAX`] rows) as CSV and JSON lines. The
    /// period defaults to the last 30 days. Every console role reads it.
    pub async fn console_audit(
        &self,
        token: &str,
        q: AuditQuery,
    ) -> Result<AuditPage, ConsoleError> {
        let a = self.admin(token).await?;
        let now = self.core.now();
        let mut invalid = None;
        let mut day = |name: &'static str, v: &Option<String>| match v.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => {
                let parsed = crate::report::parse_date(d);
                if parsed.is_none() {
                    invalid = Some(name.to_string());
                }
                parsed
            }
        };
        let from = day("from", &q.from);
        let to = day("to", &q.to);
        let until = to.map(|t| t + 86_400).unwrap_or(now + 1);
        let since = from.unwrap_or(until - 30 * 86_400);
        let norm = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_lowercase)
        };
        let user = norm(&q.user);
        let (step, outcome, ip, client) = (
            norm(&q.step),
            norm(&q.outcome),
            norm(&q.ip),
            norm(&q.client),
        );
        let rows = if invalid.is_some() {
            Vec::new()
        } else {
            self.core
                .store
                .audit_between(since, until, Some(&a.tenant.id), user.as_deref())
                .await?
        };
        let matching: Vec<&crate::store::AuditEvent> = rows
            .iter()
            .rev()
            .filter(|r| step.as_deref().is_none_or(|s| r.step.as_str() == s))
            .filter(|r| outcome.as_deref().is_none_or(|o| r.outcome.as_str() == o))
            .filter(|r| ip.as_deref().is_none_or(|i| r.ip.as_deref() == Some(i)))
            .filter(|r| {
                client
                    .as_deref()
                    .is_none_or(|c| r.client.as_deref() == Some(c))
            })
            .take(AUDIT_EXPORT_MAX)
            .collect();
        let capped = matching.len() == AUDIT_EXPORT_MAX;
        let export: Vec<crate::store::AuditEvent> = matching.iter().map(|r| (*r).clone()).collect();
        let start = q.page as usize * AUDIT_PAGE;
        let page_rows = matching
            .iter()
            .skip(start)
            .take(AUDIT_PAGE)
            .map(|r| AuditRowWire {
                at: r.at,
                user: r.user.clone(),
                step: r.step.as_str().to_string(),
                method: r.method,
                outcome: r.outcome.as_str().to_string(),
                reason: r.reason.clone(),
                ip: r.ip.clone(),
                client: r.client.clone(),
            })
            .collect();
        Ok(AuditPage {
            rows: page_rows,
            page: q.page,
            more: matching.len() > start + AUDIT_PAGE,
            total: matching.len() as u32,
            capped,
            csv: crate::report::to_csv(&export),
            jsonl: crate::report::to_jsonl(&export),
            steps: AuditStep::ALL
                .iter()
                .map(|s| s.as_str().to_string())
                .collect(),
            outcomes: Outcome::ALL
                .iter()
                .map(|o| o.as_str().to_string())
                .collect(),
            clients: [
                crate::ClientType::Browser,
                crate::ClientType::SignInScreen,
                crate::ClientType::App,
            ]
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
            invalid,
        })
    }

    /// A user of the administrator's tenant by user ID (D1, D3).
    pub async fn console_user(&self, token: &str, upn: &str) -> Result<UserLookup, ConsoleError> {
        let a = self.admin(token).await?;
        let Some(u) = self.tenant_user(&a, upn).await? else {
            return Ok(UserLookup::NotFound);
        };
        Ok(UserLookup::Found(Box::new(self.user_wire(&a, &u).await?)))
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
        let policy = &a.tenant.policy;
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
        let u = self
            .tenant_user(&a, upn)
            .await?
            .ok_or(ConsoleError::NoUser)?;
        if !a.manages(&u) {
            return Err(ConsoleError::Protected);
        }
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
        let reason = format!("by {}", a.user.upn);
        self.audit(
            &u,
            a.st.ip.as_deref(),
            AuditStep::AdminClearBlocks,
            None,
            Outcome::Ok,
            Some(&reason),
        )
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
        let u = self
            .tenant_user(&a, upn)
            .await?
            .ok_or(ConsoleError::NoUser)?;
        if !a.manages(&u) || u.upn == a.user.upn {
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
        let reason = format!("by {}", a.user.upn);
        self.audit(
            &u,
            a.st.ip.as_deref(),
            AuditStep::AdminRecoveryCode,
            None,
            Outcome::Ok,
            Some(&reason),
        )
        .await;
        if let Some(t) = crate::partner::tenant_for_user(core, &u).await? {
            let msgs = crate::notice::notices(
                core,
                &u,
                &t,
                a.st.lang(),
                "msg-recovery-issued-subject",
                "msg-recovery-issued-body",
                &[],
            );
            if let Err(e) = crate::notice::queue(core, &msgs).await {
                tracing::error!(error = %e, "recovery code notice not queued");
            }
        }
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
        let u = self
            .tenant_user(&a, upn)
            .await?
            .ok_or(ConsoleError::NoUser)?;
        if !a.manages(&u) {
            return Err(ConsoleError::Protected);
        }
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
        if !fields.is_empty()
            && let Some(t) = crate::partner::tenant_for_user(self.core, &u).await?
        {
            let msgs = crate::notice::notices(
                self.core,
                &u,
                &t,
                a.st.lang(),
                "msg-contact-changed-subject",
                "msg-contact-changed-body",
                &[],
            );
            if let Err(e) = crate::notice::queue(self.core, &msgs).await {
                tracing::error!(error = %e, "contact notice not queued");
            }
        }
        let reason = format!("by {}: {}", a.user.upn, fields.join(","));
        self.audit(
            &u,
            a.st.ip.as_deref(),
            AuditStep::AdminSetContact,
            None,
            Outcome::Ok,
            Some(&reason),
        )
        .await;
        Ok(())
    }

    /// Keep a page's form for review (refused or not: nothing typed is lost). Returns
    /// whether it can be saved (else its page shows the refusals beside the fields).
    pub async fn console_review(
        &self,
        token: &str,
        blade: Blade,
        fields: Vec<(String, String)>,
    ) -> Result<bool, ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let mut a = self.policy_admin(token).await?;
        let ok = form::apply(
            &a.tenant.policy,
            blade,
            &fields,
            self.flags(&a),
            &self.core.config.limits,
        )
        .is_ok();
        a.st.draft = Some(Draft { blade, fields });
        self.save(token, &a.st).await?;
        Ok(ok)
    }

    /// Drop the draft.
    pub async fn console_discard(&self, token: &str) -> Result<(), ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let mut a = self.policy_admin(token).await?;
        a.st.draft = None;
        self.save(token, &a.st).await?;
        Ok(())
    }

    /// Save the draft: validated again, the policy and its history row in one transaction,
    /// audited. Returns the change's id.
    pub async fn console_save(&self, token: &str) -> Result<i64, ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let mut a = self.policy_admin(token).await?;
        let d = a.st.draft.clone().ok_or(ConsoleError::NoDraft)?;
        let new = form::apply(
            &a.tenant.policy,
            d.blade,
            &d.fields,
            self.flags(&a),
            &self.core.config.limits,
        )
        .map_err(ConsoleError::Refused)?;
        let id = self.write_policy(&a, new, None).await?;
        a.st.draft = None;
        self.save(token, &a.st).await?;
        Ok(id)
    }

    /// Put back the policy a change replaced (validated like any change). Returns the new
    /// change's id.
    pub async fn console_revert(&self, token: &str, change: i64) -> Result<i64, ConsoleError> {
        let (_, _, _, _guard) = self.load_locked(token).await?;
        let a = self.policy_admin(token).await?;
        let c = self
            .core
            .store
            .policy_change(&a.tenant.id, change)
            .await?
            .ok_or(ConsoleError::NoChange)?;
        let old: Policy = serde_json::from_str(&c.old_policy).map_err(CoreError::from)?;
        if let Err(errs) = old.validate(self.flags(&a), &self.core.config.limits) {
            return Err(ConsoleError::Refused(
                errs.into_iter().map(FormError::Policy).collect(),
            ));
        }
        self.write_policy(&a, old, Some(change)).await
    }

    async fn write_policy(
        &self,
        a: &Admin,
        new: Policy,
        reverts: Option<i64>,
    ) -> Result<i64, ConsoleError> {
        let core = self.core;
        let old_json = serde_json::to_string(&a.tenant.policy).map_err(CoreError::from)?;
        let new_json = serde_json::to_string(&new).map_err(CoreError::from)?;
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        c.set_policy(&a.tenant.id, &new_json).await?;
        let id = c
            .record_policy_change(
                &a.tenant.id,
                core.now(),
                &a.user.upn,
                &old_json,
                &new_json,
                reverts,
            )
            .await?;
        tx.commit().await?;
        let what = form::changed(&a.tenant.policy, &new).join(",");
        let reason = match reverts {
            Some(r) => format!("change {id} reverts {r}: {what}"),
            None => format!("change {id}: {what}"),
        };
        self.audit(
            &a.user,
            a.st.ip.as_deref(),
            AuditStep::PolicyChange,
            None,
            Outcome::Ok,
            Some(&reason),
        )
        .await;
        Ok(id)
    }
}
