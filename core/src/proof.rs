//! The one proof engine (V1..V7, SPEC 16): which proofs a user is offered (masked), sending
//! a one-time code (the send throttle, the code, its MAC, delivery, the audit row), and
//! checking every kind of answer (one-time codes, TOTP, security questions, notifications)
//! behind the failure counter they all share. The reset flow, sign-in's second step and
//! registration each go through it, so a fix here reaches all three. Owns challenges and
//! their counters; refuses to know a flow's steps (the caller keeps the challenge in its own
//! server-side state and moves on when a proof passes).

use serde::{Deserialize, Serialize};
use sspr_i18n::{Lang, Value, tr_args};
use sspr_policy::throttle::{Gate, Window};
use sspr_policy::{Method, mask, phone};

use crate::crypto::{Crypto, normalize_answer, totp_match};
use crate::delivery::{Channel, Outgoing};
use crate::device::{ChallengeState, state_of};
use crate::store::{
    AuditEvent, AuditStep, EventKind, Outcome, Tenant, TotpKind, UserLock, UserRecord,
};
use crate::{Core, CoreError};

pub use sspr_wire::Verifier;

/// The channel a one-time code goes by, for the verifiers that send one.
pub fn channel_of(v: Verifier) -> Option<Channel> {
    match v {
        Verifier::EmailCode => Some(Channel::Email),
        Verifier::SmsCode => Some(Channel::Sms),
        Verifier::VoiceCode => Some(Channel::Voice),
        Verifier::Totp | Verifier::Questions | Verifier::Push => None,
    }
}

/// One way the user may prove themselves, as offered: its id in forms (`email0`, `sms`,
/// `voice`, `office`, `app`, `software_oath`, `hardware_oath`, `questions`, `push`), the
/// address or number it goes to (server-side only) and its masked form (V1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProofOption {
    pub id: String,
    pub method: Method,
    pub verifier: Verifier,
    pub target: Option<String>,
    pub masked: String,
}

/// The methods fit for sign-in's second step (never email or security questions, as in
/// Entra), in the order they are offered.
pub const SIGN_IN_METHODS: [Method; 6] = [
    Method::MobileAppCode,
    Method::SoftwareOath,
    Method::HardwareOath,
    Method::MobileAppNotification,
    Method::MobilePhone,
    Method::OfficePhone,
];

fn nonempty(o: &Option<String>) -> Option<String> {
    o.clone().filter(|s| !s.is_empty())
}

/// V1: the proofs `u` can give among `methods`, masked, in the methods' order. A method
/// the user holds nothing for is not offered.
pub fn offer(u: &UserRecord, methods: &[Method]) -> Vec<ProofOption> {
    let mut out = Vec::new();
    let option = |id: &str, method: Method, verifier: Verifier, target: Option<String>| {
        let masked = match (&target, verifier) {
            (Some(t), Verifier::EmailCode) => mask::mask_email(t),
            (Some(t), _) => mask::mask_phone(phone::dialable(t)),
            (None, _) => String::new(),
        };
        ProofOption {
            id: id.into(),
            method,
            verifier,
            target,
            masked,
        }
    };
    for &m in methods {
        match m {
            Method::Email => {
                let mut addrs: Vec<String> =
                    [nonempty(&u.auth_email), nonempty(&u.alternate_email)]
                        .into_iter()
                        .flatten()
                        .collect();
                addrs.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
                for (i, a) in addrs.into_iter().enumerate() {
                    out.push(option(
                        &format!("email{i}"),
                        m,
                        Verifier::EmailCode,
                        Some(a),
                    ));
                }
            }
            Method::MobilePhone => {
                if let Some(p) = nonempty(&u.auth_phone).or_else(|| nonempty(&u.mobile_phone)) {
                    out.push(option("sms", m, Verifier::SmsCode, Some(p.clone())));
                    out.push(option("voice", m, Verifier::VoiceCode, Some(p)));
                }
            }
            Method::OfficePhone => {
                if let Some(p) =
                    nonempty(&u.auth_office_phone).or_else(|| nonempty(&u.office_phone))
                {
                    out.push(option("office", m, Verifier::VoiceCode, Some(p)));
                }
            }
            Method::MobileAppCode | Method::SoftwareOath | Method::HardwareOath => {
                let kind = TotpKind::of_method(m).unwrap_or(TotpKind::App);
                if u.totp_kinds.contains(&kind) {
                    out.push(option(kind.as_str(), m, Verifier::Totp, None));
                }
            }
            Method::SecurityQuestions => {
                if u.answers > 0 {
                    out.push(option("questions", m, Verifier::Questions, None));
                }
            }
            Method::MobileAppNotification => {
                if u.devices > 0 {
                    out.push(option("push", m, Verifier::Push, None));
                }
            }
        }
    }
    out
}

/// A challenge waiting for its answer. The caller keeps it in its own server-side state (a
/// flow, a session); it holds no code or secret in clear.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Challenge {
    /// A one-time code was sent; its MAC and expiry.
    Code { hash: String, expires_at: i64 },
    /// A code from one of the user's authenticators of this kind.
    Totp { kind: TotpKind },
    /// V5: these of the user's questions.
    Questions { questions: Vec<String> },
    /// V4: a notification and the number the screen shows.
    Push { challenge: i64, number: u8 },
}

/// What a flow or a sign-in waits for: the option picked and the engine's challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub option: String,
    pub challenge: Challenge,
}

impl Challenge {
    /// Issue 11: when another code may be sent for this challenge (a code sent by message:
    /// its sending time plus the resend cooldown); none for the other kinds.
    pub fn resend_at(&self, limits: &sspr_policy::Limits) -> Option<i64> {
        match self {
            Challenge::Code { expires_at, .. } => {
                Some(expires_at - limits.code_ttl_secs + limits.resend_cooldown_secs.max(0))
            }
            _ => None,
        }
    }
}

/// Which part of the product asks: separates the codes' MACs and names the audit rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Reset,
    SignIn,
    Register,
}

impl Purpose {
    fn tag(self) -> &'static [u8] {
        match self {
            Purpose::Reset => b"reset",
            Purpose::SignIn => b"signin",
            Purpose::Register => b"register",
        }
    }
    fn send_step(self) -> AuditStep {
        match self {
            Purpose::Reset | Purpose::SignIn => AuditStep::SendCode,
            Purpose::Register => AuditStep::RegisterSendCode,
        }
    }
    /// The failure window a proof counts in. A reset is open to anyone who types a user
    /// ID, so its failures (a stranger's, perhaps) are counted apart from those of a person
    /// who has given the password (sign-in's second step, registration): a stranger can
    /// block resets for a user (SPEC 16) but not that user's sign-in.
    pub fn failure_key(self, upn: &str) -> String {
        match self {
            Purpose::Reset => format!("reset:{upn}"),
            Purpose::SignIn | Purpose::Register => format!("account:{upn}"),
        }
    }

    fn verify_step(self) -> AuditStep {
        match self {
            Purpose::Reset => AuditStep::Verify,
            Purpose::SignIn => AuditStep::SignInVerify,
            Purpose::Register => AuditStep::RegisterVerify,
        }
    }
}

/// Why a proof was not given or not accepted. Each caller maps these onto its own errors.
#[derive(Debug, thiserror::Error)]
pub enum ProofError {
    #[error("too many failed verifications")]
    Blocked { until: i64 },
    #[error("too many codes sent")]
    SendLimit { until: i64 },
    /// Issue 10: a quota beyond SPEC 16 (client, cooldown, day, budget).
    #[error(transparent)]
    Limited(#[from] crate::quota::Refused),
    /// Issue 10: the tenant does not send to this phone number's country.
    #[error("phone country not allowed")]
    PhoneCountry,
    #[error("delivery failed")]
    Delivery,
    #[error("code expired")]
    Expired,
    #[error("code wrong")]
    Wrong,
    #[error("answers wrong")]
    AnswersWrong,
    #[error("notification not answered yet")]
    PushPending,
    #[error("notification denied")]
    PushDenied,
    #[error(transparent)]
    Internal(#[from] CoreError),
}

/// The answer a user gives to a challenge.
pub enum Answer<'a> {
    Code(&'a str),
    /// Security answers already compared with [`answers_match`], before the user's lock
    /// was taken (their Argon2id must not run under it).
    Checked(bool),
}

/// V5: whether `answers` are the user's to `questions`, in order, after normalisation.
/// Every answer is verified even after a wrong one, so timing does not tell which was wrong.
pub async fn answers_match(
    core: &Core,
    user_id: i64,
    questions: &[String],
    answers: &[String],
) -> Result<bool, CoreError> {
    let stored = core.store.security_answers(user_id).await?;
    let mut all_ok = answers.len() == questions.len();
    for (q, a) in questions.iter().zip(answers) {
        let hash = stored
            .iter()
            .find(|(sq, _)| sq == q)
            .map(|(_, h)| h.as_str());
        let ok = match hash {
            Some(h) => core.crypto.verify_secret(&normalize_answer(a), h).await?,
            None => false,
        };
        all_ok &= ok;
    }
    Ok(all_ok)
}

/// Who is proving, for throttles and audit rows.
pub struct Subject<'a> {
    pub upn: &'a str,
    pub user_id: Option<i64>,
    pub tenant_id: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub client: &'a str,
    pub purpose: Purpose,
    /// The flow or session token the challenge belongs to: a code is good in that one only.
    pub token: &'a str,
}

/// SPEC 16: failed verifications, over every method, for one user.
pub fn verify_window(c: &Core) -> Window {
    let l = &c.config.limits;
    Window {
        max: l.verify_failures,
        window_secs: l.verify_window_secs,
        block_secs: l.verify_block_secs,
    }
}

/// SPEC 16 counts emails; codes by SMS and voice count too.
pub fn send_window(c: &Core) -> Window {
    let l = &c.config.limits;
    Window {
        max: l.emails_per_window,
        window_secs: l.email_window_secs,
        block_secs: l.email_block_secs,
    }
}

/// A throttle window's verdict for `key` now.
pub async fn gate(c: &Core, key: &str, kind: EventKind, w: Window) -> Result<Gate, CoreError> {
    let now = c.now();
    let events = c
        .store
        .events_since(key, kind, now - w.window_secs - w.block_secs)
        .await?;
    Ok(w.gate(&events, now))
}

/// A one-time code's message (V2, V3) in the user's language, from the tenant's sender.
pub fn code_message(
    core: &Core,
    lang: Lang,
    channel: Channel,
    to: &str,
    tenant: Option<&Tenant>,
    code: &str,
) -> Outgoing {
    let spoken = match channel {
        Channel::Voice => spoken_digits(code),
        _ => code.to_string(),
    };
    let args = [
        ("code", Value::from(spoken)),
        (
            "minutes",
            Value::from(core.config.limits.code_ttl_secs / 60),
        ),
        (
            "org",
            Value::from(tenant.map(|t| t.name.clone()).unwrap_or_default()),
        ),
    ];
    Outgoing {
        channel,
        to: to.to_string(),
        from: match channel {
            Channel::Email => tenant.map(|t| t.sender.clone()).unwrap_or_default(),
            _ => tenant
                .map(|t| t.policy.sms_sender.clone())
                .unwrap_or_default(),
        },
        subject: tr_args(lang, "msg-code-subject", &args),
        body: tr_args(
            lang,
            match channel {
                Channel::Email => "msg-code-email",
                Channel::Sms => "msg-code-sms",
                Channel::Voice => "msg-code-voice",
            },
            &args,
        ),
        at: core.now(),
        lang: lang.tag().to_string(),
        tenant_id: tenant.map(|t| t.id.clone()),
    }
}

/// Issue 15: a code as a speech engine should read it, digit by digit ("1, 2, 3"), so a
/// call never says "one hundred twenty-three thousand".
pub fn spoken_digits(code: &str) -> String {
    code.chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(", ")
}

/// V4, SPEC 16: whether `code` is a fresh TOTP of one of the user's activated credentials of
/// `kind` (+-1 step); the step it used is spent, so the same code never passes twice.
pub async fn verify_totp(
    core: &Core,
    user_id: i64,
    kind: TotpKind,
    code: &str,
) -> Result<bool, CoreError> {
    let skew = core.config.limits.totp_skew_steps;
    let now = core.now();
    for cred in core.store.totp_credentials(user_id, kind).await? {
        let Some(secret) = core.crypto.open(&cred.secret) else {
            continue;
        };
        if let Some(step) = totp_match(
            &secret,
            code,
            now,
            cred.step_secs,
            skew,
            cred.last_used_step,
        ) && core.store.use_totp_step(cred.id, step).await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A code as typed: spaces dropped.
fn typed(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The engine, for one subject. It takes the subject's user lock as proof that the caller
/// holds it: a throttle check and the write of a failure must not interleave with another
/// request's, on any node.
pub struct Prover<'a> {
    core: &'a Core,
    who: Subject<'a>,
    _held: &'a UserLock,
}

impl<'a> Prover<'a> {
    pub fn new(core: &'a Core, who: Subject<'a>, held: &'a UserLock) -> Self {
        Prover {
            core,
            who,
            _held: held,
        }
    }

    async fn audit(
        &self,
        step: AuditStep,
        method: impl Into<Option<Method>>,
        outcome: Outcome,
        reason: Option<&str>,
    ) {
        let e = AuditEvent {
            at: self.core.now(),
            tenant_id: self.who.tenant_id.map(String::from),
            user: Some(self.who.upn.to_string()),
            ip: self.who.ip.map(String::from),
            client: Some(self.who.client.to_string()),
            step,
            method: method.into(),
            outcome,
            reason: reason.map(String::from),
        };
        if let Err(err) = self.core.audit(&e).await {
            tracing::error!(error = %err, step = step.as_str(), "audit write failed");
        }
    }

    /// SPEC 16: refused while too many verifications failed.
    pub async fn blocked(&self) -> Result<(), ProofError> {
        if let Gate::Blocked { until } = gate(
            self.core,
            &self.who.purpose.failure_key(self.who.upn),
            EventKind::VerifyFail,
            verify_window(self.core),
        )
        .await?
        {
            // Refused attempts are audited, once per user and window (issue 10).
            let what = format!("verify:{}", self.who.purpose.failure_key(self.who.upn));
            if crate::quota::first_refusal(self.core, &what).await? {
                self.audit(
                    self.who.purpose.verify_step(),
                    None,
                    Outcome::Blocked,
                    Some("blocked"),
                )
                .await;
            }
            return Err(ProofError::Blocked { until });
        }
        Ok(())
    }

    /// A failed proof: counted, audited.
    pub async fn failed(&self, method: Method, reason: &str) -> Result<(), ProofError> {
        self.core
            .store
            .add_event(
                &self.who.purpose.failure_key(self.who.upn),
                EventKind::VerifyFail,
                self.core.now(),
            )
            .await?;
        self.audit(
            self.who.purpose.verify_step(),
            method,
            Outcome::Fail,
            Some(reason),
        )
        .await;
        Ok(())
    }

    fn mac(&self, binding: &str, code: &str) -> Vec<u8> {
        self.core.crypto.mac(&[
            b"code",
            self.who.purpose.tag(),
            self.who.token.as_bytes(),
            binding.as_bytes(),
            code.as_bytes(),
        ])
    }

    /// V2, V3: send a one-time code to `to` by `channel` (phones dialled without the space
    /// and extension, V7). `binding` ties the code to what it proves (the option, or the
    /// address being registered).
    #[allow(clippy::too_many_arguments)]
    pub async fn send_code(
        &self,
        method: Method,
        channel: Channel,
        to: &str,
        binding: &str,
        tenant: Option<&Tenant>,
        lang: Lang,
    ) -> Result<Challenge, ProofError> {
        let core = self.core;
        let step = self.who.purpose.send_step();
        let to = match channel {
            Channel::Email => to.to_string(),
            Channel::Sms | Channel::Voice => phone::dialable(to).to_string(),
        };
        // Issue 10: no text or call to a country the tenant does not serve (toll fraud).
        if channel != Channel::Email
            && !phone::country_allowed(
                &to,
                tenant.map(|t| &t.policy.phone_countries[..]).unwrap_or(&[]),
            )
        {
            self.audit(step, method, Outcome::Blocked, Some("phone-country"))
                .await;
            return Err(ProofError::PhoneCountry);
        }
        let message = self.admit(method, Some((channel, &to))).await?;
        let code = core.crypto.code(core.config.limits.code_digits);
        let msg = code_message(core, lang, channel, &to, tenant, &code);
        // Issue 15: each provider that failed is audited with its status (never its
        // answer); nothing counts against the user unless one took the message.
        let sent = match core.delivery.send(&msg).await {
            Ok(sent) => sent,
            Err(e) => {
                tracing::warn!(error = %e, channel = channel.as_str(), "code delivery failed");
                let failures = e.failures();
                if failures.is_empty() {
                    self.audit(step, method, Outcome::Error, Some("delivery"))
                        .await;
                }
                for f in failures {
                    self.audit(step, method, Outcome::Error, Some(&f.reason()))
                        .await;
                }
                return Err(ProofError::Delivery);
            }
        };
        for f in &sent.failed {
            self.audit(step, method, Outcome::Error, Some(&f.reason()))
                .await;
        }
        let now = core.now();
        if let Some(id) = &sent.id {
            core.store
                .record_sent(crate::store::NewSent {
                    channel,
                    provider: &sent.provider,
                    provider_id: id,
                    tenant_id: self.who.tenant_id,
                    user: Some(self.who.upn),
                    method: Some(method),
                    at: now,
                })
                .await?;
        }
        self.sent(&message).await?;
        Ok(Challenge::Code {
            hash: data_encoding::HEXLOWER.encode(&self.mac(binding, &code)),
            expires_at: now + core.config.limits.code_ttl_secs,
        })
    }

    /// Every limit a message is under, in order: SPEC 16's send window for the user, then
    /// issue 10's (the client's address and network, the user's day, the resend cooldown
    /// of this channel, the tenant's and the portal's budgets). A refusal is audited. The
    /// user's windows are counted apart for resets and for password holders (as failures
    /// are): a stranger's resets can spend the reset allowance, never the one the owner's
    /// sign-in needs.
    async fn admit<'t>(
        &'t self,
        method: Method,
        to: Option<(Channel, &'t str)>,
    ) -> Result<crate::quota::Message<'t>, ProofError> {
        let core = self.core;
        let step = self.who.purpose.send_step();
        let user = self.who.purpose.failure_key(self.who.upn);
        if let Gate::Blocked { until } =
            gate(core, &user, EventKind::CodeSent, send_window(core)).await?
        {
            self.audit(step, method, Outcome::Blocked, Some("email-limit"))
                .await;
            return Err(ProofError::SendLimit { until });
        }
        let message = crate::quota::Message {
            user,
            tenant_id: self.who.tenant_id,
            ip: self.who.ip,
            to,
        };
        if let Err(refused) = message.admit(core).await? {
            let what = format!("send:{}:{}", refused.limit.reason(), message.user);
            if crate::quota::first_refusal(core, &what).await? {
                self.audit(step, method, Outcome::Blocked, Some(refused.limit.reason()))
                    .await;
            }
            return Err(refused.into());
        }
        Ok(message)
    }

    async fn sent(&self, message: &crate::quota::Message<'_>) -> Result<(), CoreError> {
        let core = self.core;
        core.store
            .add_event(&message.user, EventKind::CodeSent, core.now())
            .await?;
        message.sent(core).await
    }

    /// V4: a notification to the user's paired devices. It counts in the same send window
    /// and quotas as codes: a stranger's resets cannot buzz the user's phone without end
    /// (issue 10).
    pub async fn push(&self, org: &str) -> Result<Challenge, ProofError> {
        let core = self.core;
        let uid = self.who.user_id.ok_or(ProofError::Wrong)?;
        let message = self.admit(Method::MobileAppNotification, None).await?;
        let (challenge, number) =
            crate::device::create_challenge(core, uid, org, self.who.purpose == Purpose::Reset)
                .await?;
        self.sent(&message).await?;
        Ok(Challenge::Push { challenge, number })
    }

    /// Check an answer to `challenge` for `method`. A wrong answer counts toward SPEC 16's
    /// block and is audited; a right one is audited and spends what it used (a TOTP step).
    /// An expired code or notification is `Expired` (the caller drops the challenge).
    pub async fn check(
        &self,
        method: Method,
        challenge: &Challenge,
        binding: &str,
        answer: Answer<'_>,
    ) -> Result<(), ProofError> {
        let core = self.core;
        self.blocked().await?;
        let now = core.now();
        let verify = self.who.purpose.verify_step();
        match (challenge, answer) {
            (Challenge::Code { hash, expires_at }, Answer::Code(code)) => {
                if now >= *expires_at {
                    self.audit(verify, method, Outcome::Fail, Some("code-expired"))
                        .await;
                    return Err(ProofError::Expired);
                }
                let want = data_encoding::HEXLOWER
                    .decode(hash.as_bytes())
                    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
                if !Crypto::mac_eq(&want, &self.mac(binding, &typed(code))) {
                    self.failed(method, "code-wrong").await?;
                    return Err(ProofError::Wrong);
                }
            }
            (Challenge::Totp { kind }, Answer::Code(code)) => {
                let uid = self.who.user_id.ok_or(ProofError::Wrong)?;
                if !verify_totp(core, uid, *kind, &typed(code)).await? {
                    self.failed(method, "code-wrong").await?;
                    return Err(ProofError::Wrong);
                }
            }
            (Challenge::Push { challenge, .. }, _) => {
                let state = match core.store.challenge(*challenge).await? {
                    Some(c) => state_of(&c, now),
                    None => ChallengeState::Expired,
                };
                match state {
                    ChallengeState::Approved => {}
                    ChallengeState::Pending => return Err(ProofError::PushPending),
                    ChallengeState::Denied => {
                        self.failed(method, "push-denied").await?;
                        return Err(ProofError::PushDenied);
                    }
                    ChallengeState::Expired => {
                        self.audit(verify, method, Outcome::Fail, Some("code-expired"))
                            .await;
                        return Err(ProofError::Expired);
                    }
                }
            }
            (Challenge::Questions { .. }, Answer::Checked(right)) => {
                if !right {
                    self.failed(method, "answers-wrong").await?;
                    return Err(ProofError::AnswersWrong);
                }
            }
            // An answer of the wrong shape (a code for questions) proves nothing.
            (Challenge::Questions { .. }, Answer::Code(_))
            | (Challenge::Code { .. } | Challenge::Totp { .. }, Answer::Checked(_)) => {
                return Err(ProofError::Wrong);
            }
        }
        self.audit(verify, method, Outcome::Ok, None).await;
        Ok(())
    }

    /// G5: the first code of an authenticator being added (its sealed secret not yet
    /// stored), within one step; the step it used, so the credential starts spent there.
    pub async fn check_new_totp(
        &self,
        method: Method,
        sealed: &str,
        step_secs: i64,
        last_used_step: i64,
        code: &str,
    ) -> Result<i64, ProofError> {
        let core = self.core;
        self.blocked().await?;
        let secret = core
            .crypto
            .open(sealed)
            .ok_or_else(|| CoreError::Corrupt("pending secret".into()))?;
        match totp_match(
            &secret,
            &typed(code),
            core.now(),
            step_secs,
            core.config.limits.totp_skew_steps,
            last_used_step,
        ) {
            Some(step) => {
                self.audit(self.who.purpose.verify_step(), method, Outcome::Ok, None)
                    .await;
                Ok(step)
            }
            None => {
                self.failed(method, "code-wrong").await?;
                Err(ProofError::Wrong)
            }
        }
    }
}
