//! N4: change a known password (the directory's policy has the last word for on-premises
//! users); the hash, lockout's failures and the other sessions change in one transaction.
//! Owns that change; refuses resets (`crate::flow` does them).

use super::*;

impl<'a> Accounts<'a> {
    /// N4: change a known password; other sessions of the user end.
    pub async fn change_password(
        &self,
        token: &str,
        current: &str,
        password: &str,
        confirm: &str,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let (st, user, tenant, _guard) = self.load_locked(token).await?;
        let directory = on_premises(&user).then(|| self.core.directory.clone());
        if let Some(None) = directory {
            return Err(AccountError::OnPremises);
        }
        if let SignInGate::Locked { until } = self.lockout_gate(&user.upn).await? {
            return Err(AccountError::LockedOut { until });
        }
        if !self.password_ok(Some(&user), current).await? {
            // A wrong current password counts toward smart lockout, as at sign-in.
            core.store
                .add_signin_failure(&user.upn, core.now(), self.fingerprint(&user.upn, current))
                .await?;
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::ChangePassword,
                None,
                Outcome::Fail,
                Some("current-password"),
            )
            .await;
            return Err(AccountError::CurrentPassword);
        }
        let names = sspr_policy::password::name_parts(&user.upn, &user.display_name);
        let rules = crate::password_rules::for_user(core, &user, &tenant.policy.password).await;
        let problems = sspr_policy::check_password(password, Some(confirm), &rules.rules, &names);
        if !problems.is_empty() {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::ChangePassword,
                None,
                Outcome::Rejected,
                Some(problems[0].fluent_id()),
            )
            .await;
            return Err(AccountError::Password(problems));
        }
        let phc = match directory.flatten() {
            // N1, P10: the directory's own policy has the last word.
            Some(dir) => match dir.set_password(&user.upn, password).await {
                Ok(()) => {
                    // Issue 12: the operations page's last writeback.
                    self.audit(
                        &user,
                        st.ip.as_deref(),
                        AuditStep::Directory,
                        None,
                        Outcome::Ok,
                        Some("writeback"),
                    )
                    .await;
                    None
                }
                Err(crate::directory::DirectoryError::PolicyRefused) => {
                    return Err(AccountError::DirectoryPolicy);
                }
                Err(e) => return Err(AccountError::Internal(CoreError::Directory(e.to_string()))),
            },
            None => Some(core.crypto.hash_secret(password).await?),
        };
        // N4 in one transaction: the new hash, smart lockout's failures cleared and every
        // other session of the user ended.
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        if let Some(phc) = &phc {
            c.set_password_and_unlock(user.id, phc).await?;
        }
        c.clear_signin_failures(&user.upn).await?;
        c.delete_other_sessions(user.id, &self.key(token)).await?;
        tx.commit().await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::ChangePassword,
            None,
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }
}
