//! N1, issue 16: the rules a user's new password is held to: the tenant's, and for an
//! on-premises user the directory's own policy merged in (the stricter of each), with the
//! lines only the directory can check. Owns that choice for every place a new password is
//! chosen (reset, change); refuses to check a password (`sspr_policy` does).

use sspr_policy::{PasswordRules, Unchecked};

use crate::Core;
use crate::store::UserRecord;

/// What the checklist shows and the server checks before writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub rules: PasswordRules,
    pub unchecked: Vec<Unchecked>,
}

/// The effective rules for `user`. A directory that cannot be read leaves the tenant's
/// rules: the writeback that follows meets the same outage and says so.
pub async fn for_user(core: &Core, user: &UserRecord, tenant: &PasswordRules) -> Effective {
    let tenant_only = || Effective {
        rules: tenant.clone(),
        unchecked: Vec::new(),
    };
    let dir = match &core.directory {
        Some(d) if user.password_source.on_premises() => d,
        _ => return tenant_only(),
    };
    match dir.password_rules(&user.upn).await {
        Ok(d) => Effective {
            rules: tenant.with_directory(&d),
            unchecked: d.unchecked(),
        },
        Err(e) => {
            tracing::warn!(error = %e, "the directory's password policy could not be read; showing the tenant's rules");
            tenant_only()
        }
    }
}
