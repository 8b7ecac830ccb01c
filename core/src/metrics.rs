//! Counters for `/metrics` (Prometheus text format): messages by channel, transport and
//! result, delivery receipts by provider and status, and (issue 14) requests by route and
//! status, audited steps by outcome, refusals by kind, directory calls with their time, the
//! hashing queue and the mail backlog. Owns the counts; refuses labels that could carry a
//! person (no address, number, user ID or raw path is ever a label).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;

use crate::delivery::Channel;

#[derive(Default)]
pub struct Metrics {
    messages: Mutex<BTreeMap<(Channel, String, String), u64>>,
    receipts: Mutex<BTreeMap<(Channel, String, String), u64>>,
    /// Route pattern, then status: counted without allocating once a route is known.
    requests: Mutex<BTreeMap<String, BTreeMap<u16, u64>>>,
    steps: Mutex<BTreeMap<(&'static str, &'static str), u64>>,
    refusals: Mutex<BTreeMap<String, u64>>,
    directory: Mutex<BTreeMap<DirectoryCall, (u64, u64)>>,
}

/// A directory call's (operation, result); counted as (calls, microseconds in all).
type DirectoryCall = (&'static str, &'static str);

/// Write one counter family: its help, its type, one line per label set.
fn family<K>(
    out: &mut String,
    name: &str,
    help: &str,
    kind: &str,
    m: &Mutex<BTreeMap<K, u64>>,
    labels: impl Fn(&K) -> String,
) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    if let Ok(m) = m.lock() {
        for (k, n) in m.iter() {
            let _ = writeln!(out, "{name}{{{}}} {n}", labels(k));
        }
    }
}

fn bump(m: &Mutex<BTreeMap<(Channel, String, String), u64>>, key: (Channel, String, String)) {
    if let Ok(mut m) = m.lock() {
        *m.entry(key).or_default() += 1;
    }
}

/// A label value as Prometheus quotes it (the values here are ASCII names already).
fn label(v: &str) -> String {
    v.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect()
}

impl Metrics {
    /// One message to `transport` (outbox, smtp, a provider's name): `result` is `sent` or
    /// the provider's status (`http-429`, `timeout`, ...).
    pub fn message(&self, channel: Channel, transport: &str, result: &str) {
        bump(&self.messages, (channel, label(transport), label(result)));
    }

    /// One verified delivery receipt.
    pub fn receipt(&self, channel: Channel, provider: &str, status: &str) {
        bump(&self.receipts, (channel, label(provider), label(status)));
    }

    /// One answered request: `route` is the route's pattern (`/reset/verify`), never the
    /// path a client sent.
    pub fn request(&self, route: &str, status: u16) {
        let Ok(mut m) = self.requests.lock() else {
            return;
        };
        if let Some(by_status) = m.get_mut(route) {
            *by_status.entry(status).or_default() += 1;
            return;
        }
        let clean: String = route
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || "/*:{}-_.".contains(*c))
            .collect();
        *m.entry(clean).or_default().entry(status).or_default() += 1;
    }

    /// One audited step (a flow's, a sign-in's, a delivery's) by outcome; a refusal
    /// (`blocked`) also counts by its kind.
    pub fn audited(&self, e: &crate::store::AuditEvent) {
        if let Ok(mut m) = self.steps.lock() {
            *m.entry((e.step.as_str(), e.outcome.as_str())).or_default() += 1;
        }
        if e.outcome == crate::store::Outcome::Blocked
            && let Ok(mut m) = self.refusals.lock()
        {
            let kind = e.reason.as_deref().map(label).unwrap_or_default();
            *m.entry(kind).or_default() += 1;
        }
    }

    /// One call to the directory: `op` (`set_password`, `bind`, ...), whether it worked,
    /// and how long it took.
    pub fn directory_call(&self, op: &'static str, ok: bool, took: std::time::Duration) {
        if let Ok(mut m) = self.directory.lock() {
            let e = m.entry((op, if ok { "ok" } else { "error" })).or_default();
            e.0 += 1;
            e.1 += u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        }
    }

    /// How many messages so far with these labels (tests, the operations view).
    pub fn messages(&self, channel: Channel, transport: &str, result: &str) -> u64 {
        self.messages
            .lock()
            .ok()
            .and_then(|m| m.get(&(channel, transport.into(), result.into())).copied())
            .unwrap_or(0)
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# HELP sspr_messages_total Messages handed to a transport, by channel, transport and result.\n# TYPE sspr_messages_total counter"
        );
        if let Ok(m) = self.messages.lock() {
            for ((ch, t, r), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "sspr_messages_total{{channel=\"{}\",transport=\"{t}\",result=\"{r}\"}} {n}",
                    ch.as_str()
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP sspr_delivery_receipts_total Verified delivery receipts, by channel, provider and status.\n# TYPE sspr_delivery_receipts_total counter"
        );
        if let Ok(m) = self.receipts.lock() {
            for ((ch, p, s), n) in m.iter() {
                let _ = writeln!(
                    out,
                    "sspr_delivery_receipts_total{{channel=\"{}\",provider=\"{p}\",status=\"{s}\"}} {n}",
                    ch.as_str()
                );
            }
        }
        let _ = writeln!(
            out,
            "# HELP sspr_http_requests_total Requests answered, by route pattern and status.\n# TYPE sspr_http_requests_total counter"
        );
        if let Ok(m) = self.requests.lock() {
            for (r, by_status) in m.iter() {
                for (s, n) in by_status {
                    let _ = writeln!(
                        out,
                        "sspr_http_requests_total{{route=\"{r}\",status=\"{s}\"}} {n}"
                    );
                }
            }
        }
        family(
            &mut out,
            "sspr_steps_total",
            "Audited steps (reset and unlock flows, sign-in, security info, delivery) by outcome.",
            "counter",
            &self.steps,
            |(st, o)| format!("step=\"{st}\",outcome=\"{o}\""),
        );
        family(
            &mut out,
            "sspr_refusals_total",
            "Refused attempts (throttles, quotas, limits), by kind.",
            "counter",
            &self.refusals,
            |k| format!("kind=\"{k}\""),
        );
        let _ = writeln!(
            out,
            "# HELP sspr_directory_calls_total Calls to the on-premises directory, by operation and result.\n# TYPE sspr_directory_calls_total counter"
        );
        let dir = self.directory.lock().map(|m| m.clone()).unwrap_or_default();
        for ((op, r), (n, _)) in &dir {
            let _ = writeln!(
                out,
                "sspr_directory_calls_total{{op=\"{op}\",result=\"{r}\"}} {n}"
            );
        }
        let _ = writeln!(
            out,
            "# HELP sspr_directory_seconds_total Time spent in directory calls, by operation and result.\n# TYPE sspr_directory_seconds_total counter"
        );
        for ((op, r), (_, us)) in &dir {
            let _ = writeln!(
                out,
                "sspr_directory_seconds_total{{op=\"{op}\",result=\"{r}\"}} {}",
                *us as f64 / 1e6
            );
        }
        out
    }
}

/// Issue 14: everything `/metrics` shows: the counters, then the gauges read now (the
/// hashing queue, the mail backlog and its age).
pub async fn scrape(core: &crate::Core) -> String {
    let mut out = core.metrics.render();
    let h = core.crypto.hash_stats();
    let _ = writeln!(
        out,
        "# HELP sspr_hash_waiting Argon2id computations waiting for a hashing thread.\n# TYPE sspr_hash_waiting gauge\nsspr_hash_waiting {}",
        h.waiting
    );
    let _ = writeln!(
        out,
        "# HELP sspr_hash_started_total Argon2id computations started.\n# TYPE sspr_hash_started_total counter\nsspr_hash_started_total {}",
        h.started
    );
    let _ = writeln!(
        out,
        "# HELP sspr_hash_wait_seconds_total Time computations waited for a thread, in all.\n# TYPE sspr_hash_wait_seconds_total counter\nsspr_hash_wait_seconds_total {}",
        h.waited_us as f64 / 1e6
    );
    match core.store.mail_backlog().await {
        Ok((depth, oldest)) => {
            let age = oldest.map(|t| (core.now() - t).max(0)).unwrap_or(0);
            let _ = writeln!(
                out,
                "# HELP sspr_mail_queue_depth Notices waiting to be sent.\n# TYPE sspr_mail_queue_depth gauge\nsspr_mail_queue_depth {depth}\n# HELP sspr_mail_queue_oldest_seconds Age of the oldest notice waiting.\n# TYPE sspr_mail_queue_oldest_seconds gauge\nsspr_mail_queue_oldest_seconds {age}"
            );
        }
        Err(e) => tracing::warn!(error = %e, "metrics: the mail backlog could not be read"),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue15_messages_render_in_prometheus_text_format() {
        let m = Metrics::default();
        m.message(Channel::Sms, "twilio", "http-429");
        m.message(Channel::Sms, "twilio", "http-429");
        m.message(Channel::Sms, "vonage", "sent");
        let text = m.render();
        assert!(text.contains(
            "sspr_messages_total{channel=\"sms\",transport=\"twilio\",result=\"http-429\"} 2"
        ));
        assert!(text.contains("# TYPE sspr_messages_total counter"));
        assert_eq!(m.messages(Channel::Sms, "vonage", "sent"), 1);
    }
}
