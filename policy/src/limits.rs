//! SPEC section 16 as typed defaults. Owns the numbers only; enforcement lives with the rules
//! (`throttle`, `password`) and the flows that call them.

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// Every number of SPEC 16, each a setting whose `Default` is the published figure.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize, Deserialize),
    serde(default, deny_unknown_fields)
)]
pub struct Limits {
    /// Digits in a one-time code (email, SMS, voice): 6 or more.
    pub code_digits: u8,
    /// Seconds a one-time code stays valid.
    pub code_ttl_secs: i64,
    /// Seconds a reset flow lives, from user ID to new password.
    pub flow_ttl_secs: i64,
    /// Failed verifications allowed per window (codes, questions, phone).
    pub verify_failures: u32,
    /// The window for `verify_failures`, in seconds.
    pub verify_window_secs: i64,
    /// How long the user is blocked after the last failure, in seconds.
    pub verify_block_secs: i64,
    /// Emails sent per user per `email_window_secs`.
    pub emails_per_window: u32,
    pub email_window_secs: i64,
    pub email_block_secs: i64,
    /// TOTP step in seconds and how many steps either side are accepted.
    pub totp_step_secs: i64,
    pub totp_skew_steps: i64,
    pub totp_secret_min_bits: u32,
    /// Security questions: registered and asked, each within 3..=5.
    pub questions_min: u8,
    pub questions_max: u8,
    pub answer_min_chars: usize,
    pub answer_max_chars: usize,
    pub custom_question_max_chars: usize,
    /// Password length bounds and the custom banned list size.
    pub password_min_chars: usize,
    pub password_max_chars: usize,
    pub banned_custom_max: usize,
    /// User ID: whole, before the `@`, after the `@`.
    pub user_id_max: usize,
    pub user_id_local_max: usize,
    pub user_id_domain_max: usize,
    /// Recipients of one contact-the-administrator email.
    pub contact_admin_max_recipients: usize,
    /// Argon2id parameters (OWASP): memory in KiB, iterations, lanes.
    pub argon2_m_kib: u32,
    pub argon2_t: u32,
    pub argon2_p: u32,
    pub authenticator_apps_max: usize,
    pub report_days: u32,
    /// Seconds a captcha challenge stays valid (not in SPEC 16: see docs/decisions.md).
    pub captcha_ttl_secs: i64,
    /// Issue 10's proof-of-work captcha: the difficulty in leading zero bits for a client
    /// with few recent starts, the starts it may make before it gets harder, and the wait
    /// that stands in for it without JavaScript (doubling with each level, up to the cap).
    pub captcha_bits: u8,
    pub captcha_free_starts: u32,
    pub captcha_wait_secs: i64,
    pub captcha_wait_max_secs: i64,
    /// Contact-the-administrator requests (K1) per user per day (see docs/decisions.md).
    pub admin_requests_per_day: u32,
    /// G1: a signed-in session lives this long from sign-in (see docs/decisions.md).
    pub session_ttl_secs: i64,
    /// G1 smart lockout: distinct wrong passwords before a lock, its first length and cap.
    pub signin_lockout_threshold: u32,
    pub signin_lockout_secs: i64,
    pub signin_lockout_max_secs: i64,
    /// B3: a refused sign-in answers no sooner than this, so its timing tells nothing.
    pub signin_failure_floor_ms: u64,
    /// Issue 10, per client: the window the per-address and per-network (/24, /64) counts
    /// below run over, in seconds. A count of 0 turns that limit off.
    pub client_window_secs: i64,
    pub starts_per_ip: u32,
    pub starts_per_network: u32,
    pub signins_per_ip: u32,
    pub signins_per_network: u32,
    /// Codes and notifications sent at the request of one client.
    pub sends_per_ip: u32,
    pub sends_per_network: u32,
    /// Codes and notifications to one user over every channel in `user_messages_window_secs`
    /// (SPEC 16's ten in ten minutes still applies within it).
    pub user_messages_per_day: u32,
    pub user_messages_window_secs: i64,
    /// Seconds before another code goes to the same user by the same channel.
    pub resend_cooldown_secs: i64,
    /// Messages sent per tenant, and by the whole portal, per rolling day (cost and toll
    /// fraud).
    pub tenant_messages_per_day: u32,
    pub global_messages_per_day: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            code_digits: 6,
            code_ttl_secs: 5 * 60,
            flow_ttl_secs: 15 * 60,
            verify_failures: 5,
            verify_window_secs: 60 * 60,
            verify_block_secs: 24 * 60 * 60,
            emails_per_window: 10,
            email_window_secs: 10 * 60,
            email_block_secs: 24 * 60 * 60,
            totp_step_secs: 30,
            totp_skew_steps: 1,
            totp_secret_min_bits: 160,
            questions_min: 3,
            questions_max: 5,
            answer_min_chars: 3,
            answer_max_chars: 40,
            custom_question_max_chars: 200,
            password_min_chars: 8,
            password_max_chars: 256,
            banned_custom_max: 1000,
            user_id_max: 113,
            user_id_local_max: 64,
            user_id_domain_max: 48,
            contact_admin_max_recipients: 100,
            argon2_m_kib: 19 * 1024,
            argon2_t: 2,
            argon2_p: 1,
            authenticator_apps_max: 5,
            report_days: 30,
            captcha_ttl_secs: 10 * 60,
            captcha_bits: 18,
            captcha_free_starts: 5,
            captcha_wait_secs: 3,
            captcha_wait_max_secs: 60,
            admin_requests_per_day: 3,
            session_ttl_secs: 60 * 60,
            signin_lockout_threshold: 10,
            signin_lockout_secs: 60,
            signin_lockout_max_secs: 24 * 60 * 60,
            signin_failure_floor_ms: 300,
            client_window_secs: 60 * 60,
            starts_per_ip: 60,
            starts_per_network: 240,
            signins_per_ip: 60,
            signins_per_network: 240,
            sends_per_ip: 30,
            sends_per_network: 120,
            user_messages_per_day: 20,
            user_messages_window_secs: 24 * 60 * 60,
            resend_cooldown_secs: 60,
            tenant_messages_per_day: 5_000,
            global_messages_per_day: 20_000,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec16_defaults_are_the_published_figures() {
        let l = Limits::default();
        assert_eq!(
            (l.code_digits, l.code_ttl_secs, l.flow_ttl_secs),
            (6, 300, 900)
        );
        assert_eq!(
            (l.verify_failures, l.verify_window_secs, l.verify_block_secs),
            (5, 3600, 86400)
        );
        assert_eq!(
            (l.emails_per_window, l.email_window_secs, l.email_block_secs),
            (10, 600, 86400)
        );
        assert_eq!(
            (l.totp_step_secs, l.totp_skew_steps, l.totp_secret_min_bits),
            (30, 1, 160)
        );
        assert_eq!(
            (
                l.questions_min,
                l.questions_max,
                l.answer_min_chars,
                l.answer_max_chars
            ),
            (3, 5, 3, 40)
        );
        assert_eq!(
            (
                l.password_min_chars,
                l.password_max_chars,
                l.banned_custom_max
            ),
            (8, 256, 1000)
        );
        assert_eq!(
            (l.user_id_max, l.user_id_local_max, l.user_id_domain_max),
            (113, 64, 48)
        );
        assert_eq!((l.argon2_m_kib, l.argon2_t, l.argon2_p), (19456, 2, 1));
        assert_eq!(
            (
                l.contact_admin_max_recipients,
                l.authenticator_apps_max,
                l.report_days
            ),
            (100, 5, 30)
        );
    }
}
