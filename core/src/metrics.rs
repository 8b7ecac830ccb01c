//! Counters for `/metrics` (Prometheus text format): messages by channel, transport and
//! result, and delivery receipts by provider and status. Owns the counts; refuses labels
//! that could carry a person (no address, number or user ID is ever a label).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;

use crate::delivery::Channel;

#[derive(Default)]
pub struct Metrics {
    messages: Mutex<BTreeMap<(Channel, String, String), u64>>,
    receipts: Mutex<BTreeMap<(Channel, String, String), u64>>,
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
        out
    }
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
