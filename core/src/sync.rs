//! D1..D3, G3: `sspr directory sync` brings the directory's users into sspr: `mobile` to the
//! mobile phone and `telephoneNumber` to the office phone (normalised, V7), `otherMailbox` to
//! the alternate email, membership of the groups a tenant knows (from `memberOf`), and users
//! sspr does not have yet (in the tenant that owns their domain, password on-premises). Owns
//! the plan (what would change, what is refused and why) and its application; never reads or
//! writes security answers, registered methods, authentication contacts or passwords, and
//! never deletes a user.

use std::fmt;

use sspr_policy::eligibility::AccountKind;
use sspr_policy::{Limits, phone, register, userid};

use crate::CoreError;
use crate::store::{ContactField, Store, SyncWrite, UserRecord};
pub use crate::store::{SyncedUser as NewUser, TenantLayout};

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

/// One change for one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// `alternate_email`, `mobile_phone` or `office_phone`.
    Contact {
        upn: String,
        user_id: i64,
        field: ContactField,
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

/// The groups sync manages for a tenant: those it knows that exactly one directory group is
/// named after (`cn`, in the tenant's spelling). Groups only sspr knows are left alone, and so
/// is a name several directory groups share: members of a look-alike group in another OU
/// must not widen a reset scope.
fn managed(
    tenant: &TenantLayout,
    directory_groups: &[String],
    refused: &mut Vec<String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for g in &tenant.groups {
        match directory_groups
            .iter()
            .filter(|d| d.eq_ignore_ascii_case(g))
            .count()
        {
            0 => {}
            1 => out.push(g.clone()),
            n => refused.push(format!(
                "group {g} (tenant {}): {n} directory groups have this name; left alone",
                tenant.id
            )),
        }
    }
    out
}

fn has(groups: &[String], g: &str) -> bool {
    groups.iter().any(|x| x.eq_ignore_ascii_case(g))
}

fn value(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The contact fields sync owns, with the directory value each reads.
const FIELDS: [ContactField; 3] = [
    ContactField::MobilePhone,
    ContactField::OfficePhone,
    ContactField::AlternateEmail,
];

fn raw(d: &DirectoryUser, field: ContactField) -> Option<&str> {
    match field {
        ContactField::MobilePhone => value(&d.mobile),
        ContactField::OfficePhone => value(&d.office),
        ContactField::AlternateEmail => value(&d.other_mail),
        // Sync never writes what a user registered themselves.
        ContactField::AuthEmail | ContactField::AuthPhone | ContactField::AuthOfficePhone => None,
    }
}

/// The directory's contact values, checked: phones normalised (V7), the alternate email a
/// valid address other than the account's. A refused value is reported and left alone, and
/// so is a field no directory entry fills (an unreadable or unused attribute must not clear
/// what sspr holds for everyone).
fn contacts(
    d: &DirectoryUser,
    mapped: &[ContactField],
    refused: &mut Vec<String>,
) -> Vec<(ContactField, Option<String>)> {
    let mut out = Vec::new();
    for &field in mapped {
        let checked = raw(d, field).map(|v| {
            if field == ContactField::AlternateEmail {
                register::check_auth_email(v, &d.upn, value(&d.mail)).map_err(|e| format!("{e:?}"))
            } else {
                phone::normalize(v).map_err(|e| format!("{e:?} (V7)"))
            }
        });
        match checked {
            None => out.push((field, None)),
            Some(Ok(n)) => out.push((field, Some(n))),
            Some(Err(e)) => refused.push(format!(
                "{} {field} {:?}: {e}",
                d.upn,
                raw(d, field).unwrap_or("")
            )),
        }
    }
    out
}

/// How a sync may go further than its defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// `--allow-empty-groups`: let every member leave a group (see `keep_groups_populated`).
    pub allow_empty_groups: bool,
}

/// Compare the directory with sspr. Pure: the caller fetched both sides. `tenants` are the
/// tenants this directory serves (`[directory] tenants`): users elsewhere are not touched.
pub fn plan(
    directory: &Snapshot,
    users: &[UserRecord],
    tenants: &[TenantLayout],
    limits: &Limits,
    options: Options,
) -> Plan {
    let mut p = Plan::default();
    // In user ID order, whatever order the directory answered in: the same plan each time.
    let mut ordered: Vec<&DirectoryUser> = directory.users.iter().collect();
    ordered.sort_by(|a, b| a.upn.cmp(&b.upn));
    let mapped: Vec<ContactField> = FIELDS
        .into_iter()
        .filter(|f| ordered.iter().any(|d| raw(d, *f).is_some()))
        .collect();
    let mut managed_by_tenant: Vec<(&str, Vec<String>)> = Vec::new();
    for t in tenants {
        managed_by_tenant.push((&t.id, managed(t, &directory.groups, &mut p.refused)));
    }
    let managed_in = |tenant: &str| -> Vec<String> {
        managed_by_tenant
            .iter()
            .find(|(t, _)| *t == tenant)
            .map(|(_, g)| g.clone())
            .unwrap_or_default()
    };
    // sspr's user IDs are stored lower case (userid::normalize), as `upn` is below.
    let by_upn: std::collections::HashMap<String, &UserRecord> =
        users.iter().map(|u| (u.upn.to_lowercase(), u)).collect();
    let mut i = 0;
    while i < ordered.len() {
        let d = ordered[i];
        let same = ordered[i..].iter().take_while(|x| x.upn == d.upn).count();
        i += same;
        if same > 1 {
            p.refused.push(format!(
                "{}: {same} directory entries have this user ID; not synced",
                d.upn
            ));
            continue;
        }
        let upn = match userid::normalize(&d.upn, limits) {
            Ok(u) => u,
            Err(e) => {
                p.refused
                    .push(format!("{:?}: not a user ID ({e:?})", d.upn));
                continue;
            }
        };
        let values = contacts(d, &mapped, &mut p.refused);
        match by_upn.get(upn.as_str()) {
            Some(u) => {
                if !tenants.iter().any(|t| t.id == u.tenant_id) {
                    p.refused.push(format!(
                        "{upn}: in tenant {}, which this directory does not serve",
                        u.tenant_id
                    ));
                    continue;
                }
                if !u.password_source.on_premises() || u.kind != AccountKind::Member {
                    p.refused.push(format!(
                        "{upn}: a {} account with its password in sspr; not synced from the directory",
                        u.kind.as_str()
                    ));
                    continue;
                }
                for (field, to) in values {
                    let current = match field {
                        ContactField::MobilePhone => &u.mobile_phone,
                        ContactField::OfficePhone => &u.office_phone,
                        _ => &u.alternate_email,
                    };
                    if &to == current {
                        continue;
                    }
                    // D2: an authentication phone taken from the directory mobile (still the
                    // same number) follows it: a number IT changed or cleared (a lost phone)
                    // stops receiving codes.
                    if field == ContactField::MobilePhone
                        && value(&u.auth_phone).is_some()
                        && value(&u.auth_phone) == value(current)
                    {
                        p.changes.push(Change::Contact {
                            upn: u.upn.clone(),
                            user_id: u.id,
                            field: ContactField::AuthPhone,
                            from: u.auth_phone.clone(),
                            to: to.clone(),
                        });
                    }
                    p.changes.push(Change::Contact {
                        upn: u.upn.clone(),
                        user_id: u.id,
                        field,
                        from: current.clone(),
                        to,
                    });
                }
                for g in managed_in(&u.tenant_id) {
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
                let domain = upn.rsplit_once('@').map(|(_, dom)| dom).unwrap_or("");
                let Some(tenant) = tenants
                    .iter()
                    .find(|t| t.domains.iter().any(|x| x.eq_ignore_ascii_case(domain)))
                else {
                    p.unknown.push(upn);
                    continue;
                };
                let field = |name: ContactField| {
                    values
                        .iter()
                        .find(|(f, _)| *f == name)
                        .and_then(|(_, v)| v.clone())
                };
                p.changes.push(Change::Create(NewUser {
                    tenant_id: tenant.id.clone(),
                    display_name: value(&d.display_name)
                        .map(|n| n.chars().take(256).collect())
                        .unwrap_or_else(|| upn.clone()),
                    primary_email: value(&d.mail).and_then(|m| userid::normalize(m, limits).ok()),
                    alternate_email: field(ContactField::AlternateEmail),
                    mobile_phone: field(ContactField::MobilePhone),
                    office_phone: field(ContactField::OfficePhone),
                    groups: managed_in(&tenant.id)
                        .into_iter()
                        .filter(|g| has(&d.groups, g))
                        .collect(),
                    upn,
                }));
            }
        }
    }
    if !options.allow_empty_groups {
        keep_groups_populated(&mut p, users);
    }
    p
}

/// A sync never empties a group that has members: if every member would leave and nobody
/// joins, membership is most likely unreadable (no memberof overlay, an ACL), and emptying a
/// group a reset scope names would lock everyone out of self-service.
fn keep_groups_populated(p: &mut Plan, users: &[UserRecord]) {
    use std::collections::{BTreeSet, HashMap, HashSet};
    let tenant_of: HashMap<&str, &str> = users
        .iter()
        .map(|u| (u.upn.as_str(), u.tenant_id.as_str()))
        .collect();
    let key = |tenant: &str, group: &str| (tenant.to_string(), group.to_lowercase());
    let mut members: HashMap<(String, String), usize> = HashMap::new();
    for u in users {
        for g in &u.groups {
            *members.entry(key(&u.tenant_id, g)).or_default() += 1;
        }
    }
    let mut leaving: HashMap<(String, String), usize> = HashMap::new();
    let mut joining: HashSet<(String, String)> = HashSet::new();
    for c in &p.changes {
        match c {
            Change::Leave { upn, group, .. } => {
                let t = tenant_of.get(upn.as_str()).copied().unwrap_or_default();
                *leaving.entry(key(t, group)).or_default() += 1;
            }
            Change::Join { upn, group, .. } => {
                let t = tenant_of.get(upn.as_str()).copied().unwrap_or_default();
                joining.insert(key(t, group));
            }
            Change::Create(n) => {
                for g in &n.groups {
                    joining.insert(key(&n.tenant_id, g));
                }
            }
            Change::Contact { .. } => {}
        }
    }
    let emptied: BTreeSet<(String, String)> = leaving
        .into_iter()
        .filter(|(k, n)| members.get(k) == Some(n) && !joining.contains(k))
        .map(|(k, _)| k)
        .collect();
    if emptied.is_empty() {
        return;
    }
    let mut named: BTreeSet<(String, String)> = BTreeSet::new();
    p.changes.retain(|c| match c {
        Change::Leave { upn, group, .. } => {
            let t = tenant_of.get(upn.as_str()).copied().unwrap_or_default();
            if emptied.contains(&key(t, group)) {
                named.insert((t.to_string(), group.clone()));
                return false;
            }
            true
        }
        _ => true,
    });
    for (tenant, group) in named {
        p.refused.push(format!(
            "group {group} (tenant {tenant}) would lose every member; left alone (can the service account read memberOf or member? if the group is meant to be empty, sync with --allow-empty-groups)"
        ));
    }
}

/// Read sspr's side from the store and plan against the tenants the directory serves
/// (`[directory] tenants`): none named, or one that does not exist, is a clear error.
pub async fn plan_with_store(
    store: &Store,
    directory: &Snapshot,
    serves: &[String],
    limits: &Limits,
    options: Options,
) -> Result<Plan, CoreError> {
    if serves.is_empty() {
        return Err(CoreError::Config(
            "directory sync: name the tenants whose users this directory holds, as [directory] tenants = [\"...\"]".into(),
        ));
    }
    let layouts = store.tenant_layouts().await?;
    for t in serves {
        if !layouts.iter().any(|l| &l.id == t) {
            return Err(CoreError::Config(format!(
                "directory sync: [directory] tenants names {t:?}, which does not exist"
            )));
        }
    }
    let served: Vec<TenantLayout> = layouts
        .into_iter()
        .filter(|l| serves.contains(&l.id))
        .collect();
    Ok(plan(
        directory,
        &store.all_users().await?,
        &served,
        limits,
        options,
    ))
}

/// Apply a plan's changes, one transaction per user.
pub async fn apply(store: &Store, plan: &Plan) -> Result<(), CoreError> {
    let writes: Vec<SyncWrite<'_>> = plan
        .changes
        .iter()
        .map(|c| match c {
            Change::Contact {
                user_id, field, to, ..
            } => SyncWrite::Contact {
                user_id: *user_id,
                field: *field,
                to: to.as_deref(),
            },
            Change::Join { user_id, group, .. } => SyncWrite::Join {
                user_id: *user_id,
                group,
            },
            Change::Leave { user_id, group, .. } => SyncWrite::Leave {
                user_id: *user_id,
                group,
            },
            Change::Create(u) => SyncWrite::Create(u),
        })
        .collect();
    store.apply_sync(&writes).await
}

/// Issue 12: a written sync in the audit (portal-wide: no tenant, no user), its counts as
/// the reason (`changes=N,refused=N,unknown=N`), for the operations page.
pub async fn record(core: &crate::Core, plan: &Plan) -> Result<(), CoreError> {
    core.audit(&crate::store::AuditEvent {
        at: core.now(),
        tenant_id: None,
        user: None,
        ip: None,
        client: Some("cli".into()),
        step: crate::store::AuditStep::DirectorySync,
        method: None,
        outcome: crate::store::Outcome::Ok,
        reason: Some(format!(
            "changes={},refused={},unknown={}",
            plan.changes.len(),
            plan.refused.len(),
            plan.unknown.len()
        )),
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(upn: &str, mobile: Option<&str>, groups: &[&str]) -> UserRecord {
        UserRecord {
            id: 7,
            tenant_id: "c".into(),
            upn: upn.into(),
            password_source: sspr_policy::eligibility::PasswordSource::HashSync,
            kind: AccountKind::Member,
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

    fn snapshot(users: Vec<DirectoryUser>, groups: &[&str]) -> Snapshot {
        Snapshot {
            users,
            groups: groups.iter().map(|g| g.to_string()).collect(),
        }
    }

    fn run(dir: &Snapshot, users: &[UserRecord]) -> Plan {
        plan(
            dir,
            users,
            &tenants(),
            &Limits::default(),
            Options::default(),
        )
    }

    fn lines(p: &Plan) -> Vec<String> {
        p.changes.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn d2_phones_are_mapped_normalised_and_bad_ones_reported() {
        let dir = snapshot(vec![olga()], &[]);
        let p = run(
            &dir,
            &[user("olga@contoso.example", Some("+81 9012340000"), &[])],
        );
        assert_eq!(
            p.changes,
            vec![Change::Contact {
                upn: "olga@contoso.example".into(),
                user_id: 7,
                field: ContactField::MobilePhone,
                from: Some("+81 9012340000".into()),
                to: Some("+81 9055550000".into()),
            }]
        );
        assert!(p.refused[0].contains("office_phone") && p.refused[0].contains("V7"));
        // Nothing to do when both sides agree.
        let same = run(
            &dir,
            &[user("olga@contoso.example", Some("+81 9055550000"), &[])],
        );
        assert!(same.changes.is_empty(), "{:?}", same.changes);
    }

    #[test]
    fn groups_follow_the_directory_for_groups_both_sides_know() {
        let dir = snapshot(vec![olga()], &["sspr-pilot", "finance", "Domain Users"]);
        let mut stays = user("stan@contoso.example", None, &["finance"]);
        stays.id = 8;
        let mut stan = olga();
        stan.upn = stays.upn.clone();
        stan.groups = vec!["finance".into()];
        let dir = snapshot(
            vec![olga(), stan],
            &dir.groups.iter().map(String::as_str).collect::<Vec<_>>(),
        );
        let p = run(
            &dir,
            &[
                user(
                    "olga@contoso.example",
                    Some("+81 9055550000"),
                    &["finance", "local-only"],
                ),
                stays,
            ],
        );
        // Joins the tenant's spelling; leaves finance (the directory says no); local-only
        // and Domain Users are not both sides' groups, so they are not touched.
        assert_eq!(
            lines(&p),
            vec![
                "olga@contoso.example joins group SSPR-Pilot",
                "olga@contoso.example leaves group finance",
                "stan@contoso.example mobile_phone: (none) -> +81 9055550000",
            ]
        );
    }

    #[test]
    fn a_sync_never_empties_a_group_and_shared_names_are_left_alone() {
        // Nobody carries memberOf (no overlay, or an ACL hides it): finance would empty.
        let mut o = olga();
        o.groups.clear();
        let p = run(
            &snapshot(vec![o], &["finance", "sspr-pilot", "SSPR-PILOT"]),
            &[user(
                "olga@contoso.example",
                Some("+81 9055550000"),
                &["finance"],
            )],
        );
        assert!(p.changes.is_empty(), "{:?}", lines(&p));
        assert!(
            p.refused
                .iter()
                .any(|r| r.contains("finance") && r.contains("every member"))
        );
        // Unless the administrator says the group is meant to be empty.
        let mut o = olga();
        o.groups.clear();
        let p = plan(
            &snapshot(vec![o], &["finance"]),
            &[user(
                "olga@contoso.example",
                Some("+81 9055550000"),
                &["finance"],
            )],
            &tenants(),
            &Limits::default(),
            Options {
                allow_empty_groups: true,
            },
        );
        assert_eq!(lines(&p), ["olga@contoso.example leaves group finance"]);
        let p = run(
            &snapshot(vec![olga()], &["finance", "sspr-pilot", "SSPR-PILOT"]),
            &[user(
                "olga@contoso.example",
                Some("+81 9055550000"),
                &["finance"],
            )],
        );
        // Two directory groups answer to sspr-pilot: neither decides.
        assert!(
            p.refused
                .iter()
                .any(|r| r.contains("SSPR-Pilot") && r.contains("2 directory groups"))
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
        let p = run(&snapshot(vec![pete, stranger], &["sspr-pilot"]), &[]);
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
    fn cloud_guest_and_unserved_accounts_and_duplicates_are_not_synced() {
        let mut cloud = user("olga@contoso.example", None, &[]);
        cloud.password_source = sspr_policy::eligibility::PasswordSource::Cloud;
        let p = run(&snapshot(vec![olga()], &[]), &[cloud]);
        assert!(p.changes.is_empty());
        assert!(
            p.refused.iter().any(|r| r.contains("password in sspr")),
            "{:?}",
            p.refused
        );
        // A user of a tenant this directory does not serve keeps everything.
        let mut other = user("olga@contoso.example", None, &[]);
        other.tenant_id = "fabrikam".into();
        let p = run(&snapshot(vec![olga()], &[]), &[other]);
        assert!(p.changes.is_empty());
        assert!(p.refused.iter().any(|r| r.contains("does not serve")));
        // Two entries with one user ID: neither is trusted.
        let p = run(&snapshot(vec![olga(), olga()], &[]), &[]);
        assert!(p.changes.is_empty());
        assert!(p.refused.iter().any(|r| r.contains("2 directory entries")));
        let bad = DirectoryUser {
            upn: "not an id".into(),
            ..DirectoryUser::default()
        };
        assert!(run(&snapshot(vec![bad], &[]), &[]).changes.is_empty());
    }

    #[test]
    fn a_field_no_entry_fills_is_not_cleared_and_an_adopted_auth_phone_follows_the_mobile() {
        let mut u = user("olga@contoso.example", Some("+81 9012340000"), &[]);
        u.alternate_email = Some("olga@home.example".into());
        u.auth_phone = Some("+81 9012340000".into());
        let mut o = olga();
        o.office = None;
        o.mobile = None;
        // Mobile set on another entry only: the attribute is in use, so Olga's is cleared,
        // and the authentication phone she took from it goes with it (a lost phone).
        let mut pete = olga();
        pete.upn = "pete@contoso.example".into();
        pete.office = None;
        let p = run(&snapshot(vec![o, pete], &[]), &[u]);
        assert_eq!(
            lines(&p)[..2],
            [
                "olga@contoso.example auth_phone: +81 9012340000 -> (none)",
                "olga@contoso.example mobile_phone: +81 9012340000 -> (none)",
            ]
        );
        // otherMailbox is on no entry: her alternate email stays.
        assert!(!lines(&p).iter().any(|l| l.contains("alternate_email")));
    }

    #[test]
    fn an_alternate_email_like_the_account_is_refused() {
        let mut o = olga();
        o.office = None;
        o.other_mail = Some("OLGA@contoso.example".into());
        let p = run(
            &snapshot(vec![o], &[]),
            &[user("olga@contoso.example", Some("+81 9055550000"), &[])],
        );
        assert!(p.changes.is_empty(), "{:?}", p.changes);
        assert!(p.refused[0].contains("alternate_email"), "{:?}", p.refused);
    }
}
