//! Issue 12: the administrator console behind a signed-in session. Owns who may open it
//! (an administrator role, the sign-in second step passed), the roles' split (only global
//! and authentication-policy administrators change a policy), a page's draft, what a change
//! does to who can reset (M2), saving, the change history and reverting. Every action stays
//! inside the administrator's own tenant. Refuses to parse forms (`sspr_policy::form`) or to
//! show a user's secrets, answers or addresses.

use serde::{Deserialize, Serialize};
use sspr_policy::form::{self, Blade, FormError};
use sspr_policy::{Policy, TenantFlags};
use sspr_wire::{ChangeWire, ConsoleAccess, ConsoleWire, DraftWire, ImpactWire, IssuedWire};

pub use super::console_users::Issued;
use super::*;

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

/// The administrator behind a session.
pub(super) struct Admin {
    pub(super) st: SessionState,
    pub(super) user: UserRecord,
    pub(super) tenant: Tenant,
    pub(super) roles: Vec<AdminRole>,
}

impl Admin {
    fn edits_policy(&self) -> bool {
        self.roles.iter().any(|r| r.edits_policy())
    }

    /// Whether this administrator may change `user`'s contact data and blocks: anyone
    /// without a role; administrators only for a global or privileged authentication
    /// administrator, and helpdesk or password administrators also for their own kind.
    pub(super) fn manages(&self, user: &UserRecord) -> bool {
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

impl<'a> Accounts<'a> {
    pub(super) async fn admin(&self, token: &str) -> Result<Admin, ConsoleError> {
        let (st, user, _follows) = self.load(token).await?;
        // The tenant the administrator administers, as stored: a guest follows their home
        // tenant's policy for their own resets (B1), but edits, weighs and reads this one's.
        let tenant = self
            .core
            .store
            .tenant(&user.tenant_id)
            .await?
            .ok_or(ConsoleError::NotAdmin)?;
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

    /// An administrator's action on `subject`, audited on the subject's trail and naming
    /// the administrator (and `what`: settings or fields, never values).
    pub(super) async fn audit_admin_act(
        &self,
        a: &Admin,
        subject: &UserRecord,
        step: AuditStep,
        what: Option<&str>,
    ) {
        let reason = match what {
            Some(w) => format!("by {}: {w}", a.user.upn),
            None => format!("by {}", a.user.upn),
        };
        self.audit(
            subject,
            a.st.ip.as_deref(),
            step,
            None,
            Outcome::Ok,
            Some(&reason),
        )
        .await;
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
                    let (changed, differences) = match (old, new) {
                        (Some(o), Some(n)) => (
                            form::changed(&o, &n)
                                .into_iter()
                                .map(String::from)
                                .collect(),
                            form::differences(&o, &n),
                        ),
                        _ => (Vec::new(), Vec::new()),
                    };
                    ChangeWire {
                        id: c.id,
                        at: c.at,
                        admin: c.admin,
                        changed,
                        differences,
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
            groups: self
                .core
                .store
                .tenant_layouts()
                .await?
                .into_iter()
                .find(|t| t.id == a.tenant.id)
                .map(|t| t.groups)
                .unwrap_or_default(),
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
            // B1: a partner's guest follows their home tenant's policy, which this change
            // leaves as it is; external users follow this one's external variant.
            let (Some(old), Some(new)) = (
                crate::partner::follows(u, old),
                crate::partner::follows(u, new),
            ) else {
                continue;
            };
            let facts = u.facts();
            let before =
                sspr_policy::check_eligibility(&u.upn, Some(&facts), &old, consumer).is_ok();
            let after =
                sspr_policy::check_eligibility(&u.upn, Some(&facts), &new, consumer).is_ok();
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
    /// `notify`: M2's "notify them": every user the change strands is asked by mail to
    /// register more methods (the count is in the change's audit row).
    pub async fn console_save(&self, token: &str, notify: bool) -> Result<i64, ConsoleError> {
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
        let stranded = if notify {
            self.impact(&a.tenant.id, &a.tenant.policy, &new)
                .await?
                .stranded
        } else {
            Vec::new()
        };
        let told = notify.then_some(stranded.len());
        let id = self.write_policy(&a, new, None, told).await?;
        a.st.draft = None;
        self.save(token, &a.st).await?;
        for upn in &stranded {
            if let Some(u) = self.core.store.user_by_upn(upn).await? {
                crate::notice::tell(
                    self.core,
                    &u,
                    a.st.lang(),
                    "msg-register-needed-subject",
                    "msg-register-needed-body",
                )
                .await;
            }
        }
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
        let before: Policy = serde_json::from_str(&c.old_policy).map_err(CoreError::from)?;
        let after: Policy = serde_json::from_str(&c.new_policy).map_err(CoreError::from)?;
        // Only what that change changed goes back; later changes stay.
        let reverted = form::revert(
            &a.tenant.policy,
            &before,
            &after,
            self.flags(&a),
            &self.core.config.limits,
        )
        .map_err(ConsoleError::Refused)?;
        self.write_policy(&a, reverted, Some(change), None).await
    }

    async fn write_policy(
        &self,
        a: &Admin,
        new: Policy,
        reverts: Option<i64>,
        told: Option<usize>,
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
        let mut reason = match reverts {
            Some(r) => format!("change {id} reverts {r}: {what}"),
            None => format!("change {id}: {what}"),
        };
        if let Some(n) = told {
            reason.push_str(&format!("; {n} users asked to register"));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_the_directorys_role_names_map_to_entras_split() {
        for (name, role, edits) in [
            ("Global Administrator", AdminRole::Global, true),
            (
                "authentication-policy administrator",
                AdminRole::AuthenticationPolicy,
                true,
            ),
            (
                "Privileged Authentication Administrator",
                AdminRole::PrivilegedAuthentication,
                false,
            ),
            (
                "Authentication Administrator",
                AdminRole::Authentication,
                false,
            ),
            ("Helpdesk Administrator", AdminRole::Helpdesk, false),
            ("Password Administrator", AdminRole::Password, false),
            ("User Administrator", AdminRole::User, false),
        ] {
            assert_eq!(AdminRole::from_name(name), Some(role), "{name}");
            assert_eq!(role.edits_policy(), edits, "{name}");
        }
        assert_eq!(AdminRole::from_name("Billing Administrator"), None);
        assert_eq!(AdminRole::from_name(""), None);
    }
}
