//! D1..D3, G3: `sspr directory sync` brings the directory's users into sspr: `mobile` to the
//! mobile phone and `telephoneNumber` to the office phone (normalised, V7), `otherMailbox` to
//! the alternate email, membership of the groups a tenant knows (from `memberOf`), and users
//! sspr does not have yet (in the tenant that owns their domain, password on-premises). Owns
//! the plan (what would change, what is refused and why) and its application; never reads or
//! writes security answers, registered methods, authentication contacts or passwords, and
//! never deletes a user.

use std::fmt;

use sspr_policy::{phone, register};

use crate::CoreError;
use crate::store::{Store, UserRecord};

/// A user as the directory holds them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryUser {
    /// The user ID (the configured user attribute), lower case.
    pub upn: String,
    /// `displayName`, else `cn`.
    pub display_name: Option<String>,
    /// `mail`.
    pub mail: Option<String>,
    /// `otherMailbox` (the first).
    pub other_mail: Option<String>,
    /// `mobile`, as written in the directory.
    pub mobile: Option<String>,
    /// `telephoneNumber`, as written in the directory.
    pub office: Option<String>,
    /// The `cn` of every group under the base DN this user is a member of (`memberOf`).
    pub groups: Vec<String>,
}

/// What a sync reads: the users and the `cn` of every group under the base DN.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    pub users: Vec<DirectoryUser>,
    pub groups: Vec<String>,
}

/// A tenant as sync needs it: which domains it owns and which groups it knows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TenantLayout {
    pub id: String,
    pub domains: Vec<String>,
    pub groups: Vec<String>,
}

/// A user the directory has and sspr does not: created with the password on-premises.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewUser {
    pub upn: String,
    pub tenant_id: String,
    pub display_name: String,
    pub primary_email: Option<String>,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_phone: Option<String>,
    pub groups: Vec<String>,
}

/// One change for one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `alternate_email`, `mobile_phone` or `office_phone`.
    Contact {
        upn: String,
        user_id: i64,
        field: &'static str,
        from: Option<String>,
        to: Option<String>,
    },
    Join {
        upn: String,
        user_id: i64,
        group: String,
    },
    Leave {
        upn: String,
        user_id: i64,
        group: String,
    },
    Create(NewUser),
}

impl fmt::Display for Change {
    /// One line for the administrator (`sspr directory sync` prints the plan this way).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let or_none = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
        match self {
            Change::Contact {
                upn,
                field,
                from,
                to,
                ..
            } => write!(f, "{upn} {field}: {} -> {}", or_none(from), or_none(to)),
            Change::Join { upn, group, .. } => write!(f, "{upn} joins group {group}"),
            Change::Leave { upn, group, .. } => write!(f, "{upn} leaves group {group}"),
            Change::Create(u) => {
                write!(f, "create {} in tenant {}", u.upn, u.tenant_id)?;
                if !u.groups.is_empty() {
                    write!(f, ", groups {}", u.groups.join(", "))?;
                }
                Ok(())
            }
        }
    }
}

/// What a sync would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub changes: Vec<Change>,
    /// Directory users no tenant owns the domain of.
    pub unknown: Vec<String>,
    /// Values refused, with the reason (V7: no country code...).
    pub refused: Vec<String>,
}

/// The groups sync manages for a tenant: those it knows that the directory has too (in the
/// tenant's spelling). Groups only sspr knows are left alone.
fn managed(tenant: Option<&TenantLayout>, directory_groups: &[String]) -> Vec<String> {
    tenant
        .map(|t| {
            t.groups
                .iter()
                .filter(|g| directory_groups.iter().any(|d| d.eq_ignore_ascii_case(g)))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

fn has(groups: &[String], g: &str) -> bool {
    groups.iter().any(|x| x.eq_ignore_ascii_case(g))
}

fn value(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The directory's contact values, checked: phones normalised (V7), the alternate email a
/// valid address other than the account's. A refused value is reported and left alone.
fn contacts(d: &DirectoryUser, refused: &mut Vec<String>) -> Vec<(&'static str, Option<String>)> {
    let mut out = Vec::new();
    for (field, v) in [("mobile_phone", &d.mobile), ("office_phone", &d.office)] {
        match value(v).map(phone::normalize) {
            None => out.push((field, None)),
            Some(Ok(n)) => out.push((field, Some(n))),
            Some(Err(e)) => refused.push(format!(
                "{} {field} {:?}: {e:?} (V7)",
                d.upn,
                value(v).unwrap_or("")
            )),
        }
    }
    match value(&d.other_mail).map(|m| register::check_auth_email(m, &d.upn, value(&d.mail))) {
        None => out.push(("alternate_email", None)),
        Some(Ok(m)) => out.push(("alternate_email", Some(m))),
        Some(Err(e)) => refused.push(format!(
            "{} alternate_email {:?}: {e:?}",
            d.upn,
            value(&d.other_mail).unwrap_or("")
        )),
    }
    out
}

/// Compare the directory with sspr. Pure: the caller fetched both sides.
pub fn plan(directory: &Snapshot, users: &[UserRecord], tenants: &[TenantLayout]) -> Plan {
    let mut p = Plan::default();
    // In user ID order, whatever order the directory answered in: the same plan each time.
    let mut ordered: Vec<&DirectoryUser> = directory.users.iter().collect();
    ordered.sort_by(|a, b| a.upn.cmp(&b.upn));
    for d in ordered {
        let values = contacts(d, &mut p.refused);
        match users.iter().find(|u| u.upn.eq_ignore_ascii_case(&d.upn)) {
            Some(u) => {
                for (field, to) in values {
                    let current = match field {
                        "mobile_phone" => &u.mobile_phone,
                        "office_phone" => &u.office_phone,
                        _ => &u.alternate_email,
                    };
                    if &to != current {
                        p.changes.push(Change::Contact {
                            upn: u.upn.clone(),
                            user_id: u.id,
                            field,
                            from: current.clone(),
                            to,
                        });
                    }
                }
                let tenant = tenants.iter().find(|t| t.id == u.tenant_id);
                for g in managed(tenant, &directory.groups) {
                    match (has(&d.groups, &g), has(&u.groups, &g)) {
                        (true, false) => p.changes.push(Change::Join {
                            upn: u.upn.clone(),
                            user_id: u.id,
                            group: g,
                        }),
                        (false, true) => p.changes.push(Change::Leave {
                            upn: u.upn.clone(),
                            user_id: u.id,
                            group: g,
                        }),
                        _ => {}
                    }
                }
            }
            None => {
                let domain = d.upn.rsplit_once('@').map(|(_, dom)| dom).unwrap_or("");
                let Some(tenant) = tenants
                    .iter()
                    .find(|t| t.domains.iter().any(|x| x.eq_ignore_ascii_case(domain)))
                else {
                    p.unknown.push(d.upn.clone());
                    continue;
                };
                let field = |name: &str| {
                    values
                        .iter()
                        .find(|(f, _)| *f == name)
                        .and_then(|(_, v)| v.clone())
                };
                p.changes.push(Change::Create(NewUser {
                    upn: d.upn.clone(),
                    tenant_id: tenant.id.clone(),
                    display_name: value(&d.display_name).unwrap_or(&d.upn).to_string(),
                    primary_email: value(&d.mail).map(str::to_lowercase),
                    alternate_email: field("alternate_email"),
                    mobile_phone: field("mobile_phone"),
                    office_phone: field("office_phone"),
                    groups: managed(Some(tenant), &directory.groups)
                        .into_iter()
                        .filter(|g| has(&d.groups, g))
                        .collect(),
                }));
            }
        }
    }
    p
}

/// Apply a plan's changes.
pub async fn apply(store: &Store, plan: &Plan) -> Result<(), CoreError> {
    for c in &plan.changes {
        match c {
            Change::Contact {
                user_id, field, to, ..
            } => store.set_contact(*user_id, field, to.as_deref()).await?,
            Change::Join { user_id, group, .. } => store.join_group(*user_id, group).await?,
            Change::Leave { user_id, group, .. } => store.leave_group(*user_id, group).await?,
            Change::Create(u) => {
                store.create_synced_user(u).await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(upn: &str, mobile: Option<&str>, groups: &[&str]) -> UserRecord {
        UserRecord {
            id: 7,
            tenant_id: "c".into(),
            upn: upn.into(),
            mobile_phone: mobile.map(String::from),
            groups: groups.iter().map(|g| g.to_string()).collect(),
            ..UserRecord::default()
        }
    }

    fn tenants() -> Vec<TenantLayout> {
        vec![TenantLayout {
            id: "c".into(),
            domains: vec!["contoso.example".into()],
            groups: vec!["SSPR-Pilot".into(), "finance".into(), "local-only".into()],
        }]
    }

    fn olga() -> DirectoryUser {
        DirectoryUser {
            upn: "olga@contoso.example".into(),
            mobile: Some("+81 90-5555-0000".into()),
            office: Some("03-1234-5678".into()),
            groups: vec!["sspr-pilot".into(), "Domain Users".into()],
            ..DirectoryUser::default()
        }
    }

    #[test]
    fn d2_phones_are_mapped_normalised_and_bad_ones_reported() {
        let dir = Snapshot {
            users: vec![olga()],
            groups: vec![],
        };
        let p = plan(
            &dir,
            &[user("olga@contoso.example", Some("+81 9012340000"), &[])],
            &tenants(),
        );
        assert_eq!(
            p.changes,
            vec![Change::Contact {
                upn: "olga@contoso.example".into(),
                user_id: 7,
                field: "mobile_phone",
                from: Some("+81 9012340000".into()),
                to: Some("+81 9055550000".into()),
            }]
        );
        assert!(p.refused[0].contains("office_phone") && p.refused[0].contains("V7"));
        // Nothing to do when both sides agree.
        let same = plan(
            &dir,
            &[user("olga@contoso.example", Some("+81 9055550000"), &[])],
            &tenants(),
        );
        assert!(same.changes.is_empty(), "{:?}", same.changes);
    }

    #[test]
    fn groups_follow_the_directory_for_groups_both_sides_know() {
        let dir = Snapshot {
            users: vec![olga()],
            groups: vec!["sspr-pilot".into(), "finance".into(), "Domain Users".into()],
        };
        let p = plan(
            &dir,
            &[user(
                "olga@contoso.example",
                Some("+81 9055550000"),
                &["finance", "local-only"],
            )],
            &tenants(),
        );
        let lines: Vec<String> = p.changes.iter().map(|c| c.to_string()).collect();
        // Joins the tenant's spelling; leaves finance (the directory says no); local-only
        // and Domain Users are not both sides' groups, so they are not touched.
        assert_eq!(
            lines,
            vec![
                "olga@contoso.example joins group SSPR-Pilot",
                "olga@contoso.example leaves group finance",
            ]
        );
    }

    #[test]
    fn unknown_users_are_created_in_the_tenant_of_their_domain_or_listed() {
        let mut pete = olga();
        pete.upn = "pete@contoso.example".into();
        pete.display_name = Some("Pete Onprem".into());
        pete.mail = Some("Pete@Contoso.example".into());
        pete.other_mail = Some("pete@home.example".into());
        pete.office = None;
        let stranger = DirectoryUser {
            upn: "zed@elsewhere.example".into(),
            ..DirectoryUser::default()
        };
        let dir = Snapshot {
            users: vec![pete, stranger],
            groups: vec!["sspr-pilot".into()],
        };
        let p = plan(&dir, &[], &tenants());
        assert_eq!(
            p.changes,
            vec![Change::Create(NewUser {
                upn: "pete@contoso.example".into(),
                tenant_id: "c".into(),
                display_name: "Pete Onprem".into(),
                primary_email: Some("pete@contoso.example".into()),
                alternate_email: Some("pete@home.example".into()),
                mobile_phone: Some("+81 9055550000".into()),
                office_phone: None,
                groups: vec!["SSPR-Pilot".into()],
            })]
        );
        assert_eq!(p.unknown, vec!["zed@elsewhere.example".to_string()]);
        assert_eq!(
            p.changes[0].to_string(),
            "create pete@contoso.example in tenant c, groups SSPR-Pilot"
        );
    }

    #[test]
    fn an_alternate_email_like_the_account_is_refused() {
        let mut o = olga();
        o.office = None;
        o.other_mail = Some("OLGA@contoso.example".into());
        let p = plan(
            &Snapshot {
                users: vec![o],
                groups: vec![],
            },
            &[user("olga@contoso.example", Some("+81 9055550000"), &[])],
            &tenants(),
        );
        assert!(p.changes.is_empty(), "{:?}", p.changes);
        assert!(p.refused[0].contains("alternate_email"), "{:?}", p.refused);
    }
}
