//! Issue 12: the console's reports (A2: the last days by day, failures, methods, the funnel
//! of attempts, who can't reset) and audit search (A1, W2), for the administrator's tenant.
//! Every console role reads them. Refuses to count anything but what the audit holds.

use sspr_wire::{AuditPage, AuditQuery, AuditRowWire, OpsWire, ReportWire};

use super::console::ConsoleError;
use super::*;

/// Rows on one page of the audit search.
pub const AUDIT_PAGE: usize = 50;
/// Rows a search exports at most.
pub const AUDIT_EXPORT_MAX: usize = 5000;

impl<'a> Accounts<'a> {
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
            // B1: each user as the policy they follow judges them.
            let policy = match crate::partner::follows(&u, &a.tenant.policy) {
                Some(p) => p,
                None => match crate::partner::tenant_for_user(self.core, &u).await? {
                    Some(t) => t.policy,
                    None => continue,
                },
            };
            match sspr_policy::check_eligibility(&u.upn, Some(&facts), &policy, consumer) {
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

    /// A1, W2: the tenant's audit, filtered in SQL, newest first, a page of [`AUDIT_PAGE`] rows,
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
        // A step or outcome this version does not know matches nothing (not everything).
        let known_step = step.as_deref().map(AuditStep::parse);
        let known_outcome = outcome.as_deref().map(Outcome::parse);
        let matching = if invalid.is_some()
            || matches!(known_step, Some(None))
            || matches!(known_outcome, Some(None))
        {
            Vec::new()
        } else {
            let filter = crate::store::AuditFilter {
                since,
                until,
                tenant: Some(a.tenant.id.clone()),
                user,
                step: known_step.flatten(),
                outcome: known_outcome.flatten(),
                ip,
                client,
            };
            self.core
                .store
                .audit_search(&filter, AUDIT_EXPORT_MAX as i64)
                .await?
        };
        let capped = matching.len() == AUDIT_EXPORT_MAX;
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
            csv: crate::report::to_csv(&matching),
            jsonl: crate::report::to_jsonl(&matching),
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

    /// The operations page: the database and the directory probed now (each within a
    /// few seconds), the mail queue, this node's hashing queue, and the tenant's last
    /// directory failure from its audit. Every console role reads it.
    pub async fn console_operations(&self, token: &str) -> Result<OpsWire, ConsoleError> {
        let a = self.admin(token).await?;
        let core = self.core;
        let limit = std::time::Duration::from_secs(3);
        let database_ok = matches!(
            tokio::time::timeout(limit, core.store.ping()).await,
            Ok(Ok(_))
        );
        let directory_ok = match &core.directory {
            None => None,
            Some(d) => Some(matches!(
                tokio::time::timeout(limit, d.reachable()).await,
                Ok(Ok(()))
            )),
        };
        let now = core.now();
        // Read in SQL, a few rows each: the tenant's newest directory failure (a step that
        // talks to the directory, ended in an error the directory caused) and writeback.
        let search = |step: AuditStep, outcome: Outcome| crate::store::AuditFilter {
            since: now - 30 * 86_400,
            until: now + 1,
            tenant: Some(a.tenant.id.clone()),
            step: Some(step),
            outcome: Some(outcome),
            ..Default::default()
        };
        let mut directory_last_error: Option<(i64, String)> = None;
        let mut directory_last_writeback = None;
        if database_ok {
            for step in [AuditStep::Directory, AuditStep::Password, AuditStep::Unlock] {
                let found = core
                    .store
                    .audit_search(&search(step, Outcome::Error), 20)
                    .await?
                    .into_iter()
                    .find(|r| {
                        r.reason
                            .as_deref()
                            .is_some_and(|x| x.starts_with("directory") || x == "not-configured")
                    });
                if let Some(r) = found
                    && directory_last_error
                        .as_ref()
                        .is_none_or(|(at, _)| r.at > *at)
                {
                    directory_last_error = Some((r.at, r.reason.unwrap_or_default()));
                }
            }
            directory_last_writeback = core
                .store
                .audit_search(&search(AuditStep::Directory, Outcome::Ok), 1)
                .await?
                .first()
                .map(|r| r.at);
        }
        let (mail_waiting, mail_oldest) = if database_ok {
            core.store.mail_backlog().await?
        } else {
            (0, None)
        };
        let (_, mail_sent, mail_failed) = if database_ok {
            core.store.conn().await?.c().mail_counts().await?
        } else {
            (0, 0, 0)
        };
        Ok(OpsWire {
            database_ok,
            directory_ok,
            writeback: a.tenant.policy.writeback,
            directory_last_error,
            directory_last_writeback,
            directory_last_sync: if database_ok {
                core.store
                    .last_audit(AuditStep::DirectorySync)
                    .await?
                    .map(|r| {
                        let mut n = [0u64; 3];
                        for part in r.reason.unwrap_or_default().split(',') {
                            let (k, v) = part.split_once('=').unwrap_or((part, ""));
                            let i = match k {
                                "changes" => 0,
                                "refused" => 1,
                                "unknown" => 2,
                                _ => continue,
                            };
                            n[i] = v.parse().unwrap_or(0);
                        }
                        (r.at, n)
                    })
            } else {
                None
            },
            mail_waiting,
            mail_oldest,
            mail_sent,
            mail_failed,
            hash_waiting: core.crypto.hash_stats().waiting as u64,
            version: env!("CARGO_PKG_VERSION").to_string(),
        })
    }
}
