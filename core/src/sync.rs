//! D1..D3, G3: `sspr directory sync` brings the directory's phones into sspr: `mobile` to the
//! mobile phone and `telephoneNumber` to the office phone, normalised (V7). Owns the plan
//! (what would change, what is refused and why) and its application; refuses to create
//! users (import does), and never reads or writes security answers or registered methods.

use sspr_policy::phone;

use crate::CoreError;
use crate::directory::DirectoryUser;
use crate::store::{Store, UserRecord};

/// One field to change for one user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub upn: String,
    pub user_id: i64,
    /// `mobile_phone` or `office_phone`.
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// What a sync would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub changes: Vec<Change>,
    /// Directory users with no account in sspr (import them first).
    pub unknown: Vec<String>,
    /// Values refused, with the reason (V7: no country code...).
    pub refused: Vec<String>,
}

/// Compare the directory with sspr's users. Pure: the caller fetched both sides.
pub fn plan(directory: &[DirectoryUser], users: &[UserRecord]) -> Plan {
    let mut p = Plan::default();
    for d in directory {
        let Some(u) = users.iter().find(|u| u.upn == d.upn) else {
            p.unknown.push(d.upn.clone());
            continue;
        };
        for (field, value, current) in [
            ("mobile_phone", &d.mobile, &u.mobile_phone),
            ("office_phone", &d.office, &u.office_phone),
        ] {
            let to = match value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
                None => None,
                Some(v) => match phone::normalize(v) {
                    Ok(n) => Some(n),
                    Err(e) => {
                        p.refused
                            .push(format!("{} {field} {v:?}: {e:?} (V7)", d.upn));
                        continue;
                    }
                },
            };
            if &to != current {
                p.changes.push(Change {
                    upn: d.upn.clone(),
                    user_id: u.id,
                    field,
                    from: current.clone(),
                    to,
                });
            }
        }
    }
    p
}

/// Apply a plan's changes.
pub async fn apply(store: &Store, plan: &Plan) -> Result<(), CoreError> {
    for c in &plan.changes {
        store
            .set_contact(c.user_id, c.field, c.to.as_deref())
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(upn: &str, mobile: Option<&str>) -> UserRecord {
        UserRecord {
            id: 7,
            upn: upn.into(),
            mobile_phone: mobile.map(String::from),
            ..UserRecord::default()
        }
    }

    #[test]
    fn d2_phones_are_mapped_normalised_and_bad_ones_reported() {
        let dir = [
            DirectoryUser {
                upn: "olga@contoso.example".into(),
                mobile: Some("+81 90-5555-0000".into()),
                office: Some("03-1234-5678".into()),
            },
            DirectoryUser {
                upn: "new@contoso.example".into(),
                mobile: None,
                office: None,
            },
        ];
        let p = plan(
            &dir,
            &[user("olga@contoso.example", Some("+81 9012340000"))],
        );
        assert_eq!(
            p.changes,
            vec![Change {
                upn: "olga@contoso.example".into(),
                user_id: 7,
                field: "mobile_phone",
                from: Some("+81 9012340000".into()),
                to: Some("+81 9055550000".into()),
            }]
        );
        assert_eq!(p.unknown, vec!["new@contoso.example".to_string()]);
        assert!(p.refused[0].contains("office_phone") && p.refused[0].contains("V7"));
        // Nothing to do when both sides agree.
        let same = plan(
            &dir[..1],
            &[user("olga@contoso.example", Some("+81 9055550000"))],
        );
        assert!(same.changes.is_empty());
    }
}
