//! B1, B2: which tenant's policy a user follows. A partner organisation's guest follows
//! their home tenant's; users who signed up themselves or were invited reset with their
//! registered email (the policy crate's `external_policy`). Owns that choice; refuses to
//! decide eligibility itself (the policy crate does, with the policy chosen here).

use sspr_policy::Policy;
use sspr_policy::eligibility::{AccountKind, external_policy};

use crate::store::{Tenant, UserRecord};
use crate::{Core, CoreError};

/// The policy `user` follows when their tenant's is `policy`: that one for a member, the
/// external users' variant of it for a self-service or invited user, and `None` for a guest
/// of a partner organisation, who follows their home tenant's whatever this one says.
pub fn follows(user: &UserRecord, policy: &Policy) -> Option<Policy> {
    match user.kind {
        AccountKind::Member => Some(policy.clone()),
        AccountKind::Guest if user.home_tenant.is_some() => None,
        AccountKind::Guest => Some(policy.clone()),
        AccountKind::SelfService | AccountKind::Invited => Some(external_policy(policy)),
    }
}

/// The tenant that holds `user`, carrying the policy the user follows.
pub async fn tenant_for_user(core: &Core, user: &UserRecord) -> Result<Option<Tenant>, CoreError> {
    let Some(mut tenant) = core.store.tenant(&user.tenant_id).await? else {
        return Ok(None);
    };
    match follows(user, &tenant.policy) {
        Some(p) => tenant.policy = p,
        None => {
            if let Some(home) = &user.home_tenant
                && let Some(h) = core.store.tenant(home).await?
            {
                // The home tenant's policy, and the licence it holds for it (P3).
                tenant.policy = h.policy;
                tenant.paid = h.paid;
            }
        }
    }
    Ok(Some(tenant))
}
