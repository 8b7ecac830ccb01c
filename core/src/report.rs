//! Audit export and reports for administrators (A1, A2): audit rows as JSON lines or CSV,
//! and counts of resets, unlocks and failures by reason over a period, with the share of
//! users who could reset now. Owns the arithmetic and formats; refuses to show anything
//! but what the audit holds (never a secret, code or answer, which it never records).

use std::collections::BTreeMap;

use serde::Serialize;
use sspr_policy::time::{Utc, days_from_civil};

use sspr_wire::{DayCounts, Funnel};

use crate::store::{AuditEvent, AuditStep, Outcome, method_column};
use crate::{Core, CoreError};

#[derive(Serialize)]
struct Row<'a> {
    at: String,
    tenant: Option<&'a str>,
    user: Option<&'a str>,
    ip: Option<&'a str>,
    client: Option<&'a str>,
    step: &'a str,
    method: Option<&'a str>,
    outcome: &'a str,
    reason: Option<&'a str>,
}

fn row(e: &AuditEvent) -> Row<'_> {
    Row {
        at: rfc3339(e.at),
        tenant: e.tenant_id.as_deref(),
        user: e.user.as_deref(),
        ip: e.ip.as_deref(),
        client: e.client.as_deref(),
        step: e.step.as_str(),
        method: e.method.map(method_column),
        outcome: e.outcome.as_str(),
        reason: e.reason.as_deref(),
    }
}

/// `YYYY-MM-DD` (UTC midnight) to Unix seconds.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut it = s.trim().splitn(3, '-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: u32 = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || s.trim().len() != 10 {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400)
}

/// `2026-11-22T04:05:06Z`.
pub fn rfc3339(ts: i64) -> String {
    let u = Utc::from_unix(ts);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        u.year, u.month, u.day, u.hour, u.minute, u.second
    )
}

/// One JSON object per line.
pub fn to_jsonl(rows: &[AuditEvent]) -> String {
    rows.iter()
        .filter_map(|e| serde_json::to_string(&row(e)).ok())
        .map(|l| l + "\n")
        .collect()
}

fn csv_field(s: &str) -> String {
    sspr_wire::csv::field(s)
}

/// RFC 4180 CSV with a header line.
pub fn to_csv(rows: &[AuditEvent]) -> String {
    let mut out = String::from("at,tenant,user,ip,client,step,method,outcome,reason\n");
    for e in rows {
        let r = row(e);
        let fields = [
            r.at.as_str(),
            r.tenant.unwrap_or(""),
            r.user.unwrap_or(""),
            r.ip.unwrap_or(""),
            r.client.unwrap_or(""),
            r.step,
            r.method.unwrap_or(""),
            r.outcome,
            r.reason.unwrap_or(""),
        ];
        out.push_str(
            &fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

/// A2: what happened over a period, and who could reset now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub since: String,
    pub until: String,
    pub started: u64,
    /// Methods registered through security info (G3..G7), and sign-ins.
    pub registrations: u64,
    pub sign_ins: u64,
    pub resets: u64,
    pub unlocks: u64,
    /// Refusals and failures by reason code (E3/E5 reasons, wrong codes, blocks...).
    pub failures_by_reason: BTreeMap<String, u64>,
    pub users: u64,
    /// Users who pass E3 now (could reset without calling the helpdesk).
    pub able_to_reset: u64,
}

pub async fn report(
    core: &Core,
    tenant: Option<&str>,
    since: i64,
    until: i64,
) -> Result<Report, CoreError> {
    let rows = core.store.audit_between(since, until, tenant, None).await?;
    let count = |step: AuditStep| {
        rows.iter()
            .filter(|r| r.step == step && r.outcome == Outcome::Ok)
            .count() as u64
    };
    let mut failures = BTreeMap::new();
    for r in rows.iter().filter(|r| r.outcome != Outcome::Ok) {
        *failures
            .entry(
                r.reason
                    .clone()
                    .unwrap_or_else(|| r.outcome.as_str().to_string()),
            )
            .or_insert(0) += 1;
    }
    let mut users = 0;
    let mut able = 0;
    let all = core.store.all_users().await?;
    for u in all
        .iter()
        .filter(|u| tenant.is_none_or(|t| u.tenant_id == t))
    {
        let Some(t) = crate::partner::tenant_for_user(core, u).await? else {
            continue;
        };
        users += 1;
        let facts = u.facts();
        if sspr_policy::check_eligibility(
            &u.upn,
            Some(&facts),
            &t.policy,
            &core.config.consumer_domains,
        )
        .is_ok()
        {
            able += 1;
        }
    }
    Ok(Report {
        since: rfc3339(since),
        until: rfc3339(until),
        started: rows.iter().filter(|r| r.step == AuditStep::Start).count() as u64,
        registrations: count(AuditStep::Register),
        sign_ins: count(AuditStep::SignIn),
        resets: count(AuditStep::Reset),
        unlocks: count(AuditStep::Unlock),
        failures_by_reason: failures,
        users,
        able_to_reset: able,
    })
}

/// What [`activity`] finds: successes per day, failures by reason, methods proven, the
/// funnel of attempts.
pub type Activity = (
    Vec<DayCounts>,
    Vec<(String, u64)>,
    Vec<(sspr_policy::Method, u64)>,
    Funnel,
);

/// Issue 12, A2: what the audit rows of `days` days from `since` (a midnight) say, day by
/// day: successes per day, failures by reason, the methods proven in resets, and how far
/// each reset or unlock attempt got (a start opens a user's attempt; its proofs and its new
/// password or unlock count in it). Pure: the rows come in.
pub fn activity(rows: &[AuditEvent], since: i64, days: u32) -> Activity {
    let mut by_day: Vec<DayCounts> = (0..i64::from(days))
        .map(|d| DayCounts {
            day: since + d * 86_400,
            registrations: 0,
            resets: 0,
            unlocks: 0,
        })
        .collect();
    let mut failures: BTreeMap<String, u64> = BTreeMap::new();
    let mut methods: BTreeMap<sspr_policy::Method, u64> = BTreeMap::new();
    let mut funnel = Funnel::default();
    // A user's open attempt: how many proofs it has passed.
    let mut open: BTreeMap<&str, u32> = BTreeMap::new();
    for r in rows {
        let ok = r.outcome == Outcome::Ok;
        if !ok {
            let reason = r
                .reason
                .clone()
                .unwrap_or_else(|| r.outcome.as_str().to_string());
            *failures.entry(reason).or_insert(0) += 1;
        }
        let day = (r.at - since).div_euclid(86_400);
        let slot = usize::try_from(day).ok().and_then(|d| by_day.get_mut(d));
        let user = r.user.as_deref().unwrap_or("");
        match (r.step, ok) {
            (AuditStep::Start, _) => {
                funnel.started += 1;
                if ok {
                    funnel.eligible += 1;
                    open.insert(user, 0);
                } else {
                    open.remove(user);
                }
            }
            (AuditStep::Verify, true) => {
                if let Some(n) = open.get_mut(user) {
                    *n += 1;
                    match *n {
                        1 => funnel.verified_one += 1,
                        2 => funnel.verified_two += 1,
                        _ => {}
                    }
                    if let Some(m) = r.method {
                        *methods.entry(m).or_insert(0) += 1;
                    }
                }
            }
            (AuditStep::Reset | AuditStep::Unlock, true) => {
                if open.remove(user).is_some() {
                    funnel.password_set += 1;
                }
                if let Some(s) = slot {
                    if r.step == AuditStep::Reset {
                        s.resets += 1;
                    } else {
                        s.unlocks += 1;
                    }
                }
            }
            (AuditStep::Register, true) => {
                if let Some(s) = slot {
                    s.registrations += 1;
                }
            }
            _ => {}
        }
    }
    let mut failures: Vec<(String, u64)> = failures.into_iter().collect();
    failures.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut methods: Vec<(sspr_policy::Method, u64)> = methods.into_iter().collect();
    methods.sort_by_key(|m| std::cmp::Reverse(m.1));
    (by_day, failures, methods, funnel)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(at: i64, user: &str, reason: Option<&str>) -> AuditEvent {
        AuditEvent {
            at,
            tenant_id: Some("demo".into()),
            user: Some(user.into()),
            ip: Some("127.0.0.1".into()),
            client: Some("browser".into()),
            step: AuditStep::Start,
            method: None,
            outcome: if reason.is_some() {
                Outcome::Ineligible
            } else {
                Outcome::Ok
            },
            reason: reason.map(String::from),
        }
    }

    fn at(at: i64, user: &str, step: AuditStep, outcome: Outcome) -> AuditEvent {
        AuditEvent {
            step,
            outcome,
            reason: (outcome != Outcome::Ok).then(|| "code-wrong".into()),
            method: (step == AuditStep::Verify).then_some(sspr_policy::Method::Email),
            ..ev(at, user, None)
        }
    }

    #[test]
    fn issue12_a2_activity_by_day_and_the_funnel_of_attempts() {
        use AuditStep::*;
        use Outcome::*;
        let day = 86_400;
        let rows = [
            // a: started, one proof, a wrong code, a second proof, a new password (day 0).
            at(10, "a", Start, Ok),
            at(20, "a", Verify, Ok),
            at(30, "a", Verify, Fail),
            at(40, "a", Verify, Ok),
            at(50, "a", Reset, Ok),
            // b: refused at the start (day 1), then gives up after one proof.
            at(day + 10, "b", Start, Ineligible),
            at(day + 20, "b", Start, Ok),
            at(day + 30, "b", Verify, Ok),
            // c registers on day 2; a row past the period counts in no day.
            at(2 * day + 5, "c", Register, Ok),
            at(9 * day, "c", Register, Ok),
        ];
        let (by_day, failures, methods, funnel) = activity(&rows, 0, 3);
        assert_eq!(by_day.len(), 3);
        assert_eq!((by_day[0].resets, by_day[1].resets), (1, 0));
        assert_eq!(by_day[2].registrations, 1);
        assert_eq!(by_day[2].day, 2 * day);
        assert_eq!(
            funnel,
            Funnel {
                started: 3,
                eligible: 2,
                verified_one: 2,
                verified_two: 1,
                password_set: 1
            }
        );
        assert_eq!(failures, vec![("code-wrong".to_string(), 2)]);
        assert_eq!(methods, vec![(sspr_policy::Method::Email, 3)]);
    }

    #[test]
    fn dates_round_trip() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2026-11-22"), Some(1_795_305_600));
        assert_eq!(rfc3339(1_795_305_600 + 3_723), "2026-11-22T01:02:03Z");
        for bad in ["2026-13-01", "2026-1-1", "yesterday", ""] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn a1_export_as_json_lines_and_csv() {
        let rows = [
            ev(0, "a@x.example", None),
            ev(60, "b,\"c\"@x.example", Some("not-enabled")),
        ];
        let jsonl = to_jsonl(&rows);
        assert_eq!(jsonl.lines().count(), 2);
        assert!(
            jsonl
                .lines()
                .next()
                .unwrap()
                .starts_with("{\"at\":\"1970-01-01T00:00:00Z\",\"tenant\":\"demo\"")
        );
        let csv = to_csv(&rows);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "at,tenant,user,ip,client,step,method,outcome,reason"
        );
        assert_eq!(
            lines[2],
            "1970-01-01T00:01:00Z,demo,\"b,\"\"c\"\"@x.example\",127.0.0.1,browser,start,,ineligible,not-enabled"
        );
        // Issue 10: a user ID a spreadsheet would run as a formula stays text.
        let csv = to_csv(&[ev(0, "=HYPERLINK(\"http://evil.example\")@x.example", None)]);
        let cell = csv.lines().nth(1).unwrap().split(',').nth(2).unwrap();
        assert!(cell.starts_with("\"'="), "{csv}");
        for bad in ["+1@x.example", "-1@x.example", "@x.example"] {
            let csv = to_csv(&[ev(0, bad, None)]);
            assert!(csv.contains(&format!(",'{bad},")), "{csv}");
        }
    }
}
