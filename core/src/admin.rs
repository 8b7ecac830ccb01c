//! Administrator operations behind the CLI: show and change a tenant's policy (P12 refusals
//! name the rule), show a user and set their contact info (D1, D3). Owns validation of what
//! an administrator may change; refuses to read or set security answers, TOTP secrets or
//! passwords, which no administrator path can reach (G6, D3).

use sspr_policy::{Policy, TenantFlags, phone};

use crate::store::{ContactField, UserRecord};
use crate::{Core, CoreError};

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("no tenant {0:?}")]
    NoTenant(String),
    #[error("no user {0:?}")]
    NoUser(String),
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// The policy as TOML, in the import file's vocabulary.
pub async fn policy_show(core: &Core, tenant: &str) -> Result<String, AdminError> {
    let t = core
        .store
        .tenant(tenant)
        .await?
        .ok_or_else(|| AdminError::NoTenant(tenant.into()))?;
    toml::to_string_pretty(&t.policy).map_err(|e| AdminError::Invalid(e.to_string()))
}

/// Apply `key=value` settings (values in TOML syntax: `2`, `true`, `["email"]`,
/// `{ selected = ["staff"] }`, a bare word is a string), validate the whole policy (P1..P12)
/// and save it; nothing is saved when anything is refused.
pub async fn policy_set(
    core: &Core,
    tenant: &str,
    settings: &[String],
) -> Result<Policy, AdminError> {
    let t = core
        .store
        .tenant(tenant)
        .await?
        .ok_or_else(|| AdminError::NoTenant(tenant.into()))?;
    let mut table =
        toml::Table::try_from(&t.policy).map_err(|e| AdminError::Invalid(e.to_string()))?;
    for s in settings {
        let (key, raw) = s
            .split_once('=')
            .ok_or_else(|| AdminError::Invalid(format!("{s:?}: expected key=value")))?;
        let key = key.trim();
        let raw = raw.trim();
        let value: toml::Value = match toml::from_str::<toml::Table>(&format!("v = {raw}")) {
            Ok(mut t) => t.remove("v").unwrap_or(toml::Value::String(raw.into())),
            Err(_) => toml::Value::String(raw.into()),
        };
        match key.split_once('.') {
            Some((outer, inner)) => {
                let sub = table
                    .get_mut(outer)
                    .and_then(|v| v.as_table_mut())
                    .ok_or_else(|| AdminError::Invalid(format!("unknown setting {key:?}")))?;
                sub.insert(inner.into(), value);
            }
            None => {
                table.insert(key.into(), value);
            }
        }
    }
    let policy: Policy = table
        .try_into()
        .map_err(|e: toml::de::Error| AdminError::Invalid(e.message().to_string()))?;
    if let Err(errs) = policy.validate(TenantFlags { paid: t.paid }, &core.config.limits) {
        let msgs: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
        return Err(AdminError::Invalid(msgs.join("; ")));
    }
    core.store
        .set_policy(
            tenant,
            &serde_json::to_string(&policy).map_err(CoreError::from)?,
        )
        .await?;
    Ok(policy)
}

/// What an administrator may see of a user: directory and contact data, and which methods
/// are registered (never their secrets or answers).
pub async fn user_show(core: &Core, upn: &str) -> Result<UserRecord, AdminError> {
    let upn = upn.trim().to_lowercase();
    let u = core
        .store
        .user_by_upn(&upn)
        .await?
        .ok_or(AdminError::NoUser(upn))?;
    Ok(u)
}

/// D1 contact fields an administrator may set. An empty value clears the field.
#[derive(Debug, Default)]
pub struct ContactChange {
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
}

pub async fn user_set_contact(
    core: &Core,
    upn: &str,
    change: ContactChange,
) -> Result<UserRecord, AdminError> {
    let upn = upn.trim().to_lowercase();
    let u = core
        .store
        .user_by_upn(&upn)
        .await?
        .ok_or_else(|| AdminError::NoUser(upn.clone()))?;
    let synced = u.password_source.on_premises();
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string());
    if let Some(alt) = clean(change.alternate_email) {
        if !alt.is_empty() {
            if !alt.contains('@') || alt.starts_with('@') || alt.ends_with('@') {
                return Err(AdminError::Invalid(format!(
                    "alternate email {alt:?} is not an email address"
                )));
            }
            // G4: the alternate email must differ from the account's own address.
            if alt.eq_ignore_ascii_case(&u.upn)
                || u.primary_email
                    .as_deref()
                    .is_some_and(|p| p.eq_ignore_ascii_case(&alt))
            {
                return Err(AdminError::Invalid(
                    "G4: the alternate email must differ from the account's own address".into(),
                ));
            }
        }
        core.store
            .set_contact(
                u.id,
                ContactField::AlternateEmail,
                (!alt.is_empty()).then_some(alt.as_str()),
            )
            .await?;
    }
    for (field, value) in [
        (ContactField::MobilePhone, clean(change.mobile_phone)),
        (ContactField::OfficePhone, clean(change.office_phone)),
    ] {
        let Some(v) = value else { continue };
        if field == ContactField::OfficePhone && synced {
            return Err(AdminError::Invalid(
                "D1: the office phone of a user synchronised from on-premises comes from the directory".into(),
            ));
        }
        let normalised = if v.is_empty() {
            None
        } else {
            Some(phone::normalize(&v).map_err(|e| {
                AdminError::Invalid(format!(
                    "{field} {v:?}: {e:?} (V7: +<country code> <number>)"
                ))
            })?)
        };
        core.store
            .set_contact(u.id, field, normalised.as_deref())
            .await?;
    }
    user_show(core, &upn).await
}
