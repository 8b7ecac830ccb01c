//! V4 mobile app notifications: pairing a device (the portal's installable `/device` page
//! holding a WebCrypto ECDSA P-256 key) with a code shown to the signed-in user, and the
//! device's signed answers to notifications with number matching. Owns device trust and the
//! challenge lifecycle; refuses to keep any private key (only public keys are stored) and to
//! accept an unsigned, stale or replayed request.

use p256::ecdsa::signature::Verifier as _;
use p256::ecdsa::{Signature, VerifyingKey};

use crate::store::{AuditStep, ChallengeRow, ChallengeStatus, Outcome};
use crate::{Core, CoreError};

/// How long a device's signed timestamp may differ from the server's clock.
const CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;
/// How long a notification waits for its answer.
pub const CHALLENGE_TTL_SECS: i64 = 120;

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    #[error("pairing code unknown, used or expired")]
    Pairing,
    #[error("signature, key or timestamp refused")]
    Unauthorised,
    #[error("no such notification")]
    NoChallenge,
    #[error(transparent)]
    Internal(#[from] CoreError),
}

/// What the device shows for a notification. The number is not in it: the user reads it
/// on the screen that asked (number matching) and types it on the device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PushRequest {
    pub challenge: i64,
    pub org: String,
    pub upn: String,
}

/// A notification's state as the flow sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChallengeState {
    Pending,
    Approved,
    Denied,
    Expired,
}

/// A pairing code as typed: base32 letters and digits only, upper case.
fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn verify(public_key: &[u8], message: &str, signature: &[u8]) -> bool {
    let (Ok(key), Ok(sig)) = (
        VerifyingKey::from_sec1_bytes(public_key),
        Signature::from_slice(signature),
    ) else {
        return false;
    };
    key.verify(message.as_bytes(), &sig).is_ok()
}

pub struct Devices<'a> {
    core: &'a Core,
}

impl<'a> Devices<'a> {
    pub fn new(core: &'a Core) -> Self {
        Devices { core }
    }

    pub(crate) fn pairing_hash(&self, code: &str) -> Vec<u8> {
        self.core
            .crypto
            .mac(&[b"device-pairing", normalize_code(code).as_bytes()])
    }

    /// Pair a device: the code the signed-in user was shown, the device's public key (SEC1)
    /// and its signature of `pair|<code>` proving it holds the private key.
    pub async fn pair(
        &self,
        code: &str,
        public_key: &[u8],
        signature: &[u8],
        name: &str,
    ) -> Result<i64, DeviceError> {
        let core = self.core;
        let digits = normalize_code(code);
        if !verify(public_key, &format!("pair|{digits}"), signature) {
            return Err(DeviceError::Unauthorised);
        }
        let user_id = core
            .store
            .take_pairing(&self.pairing_hash(&digits), core.now())
            .await?
            .ok_or(DeviceError::Pairing)?;
        let name: String = name.chars().filter(|c| !c.is_control()).take(60).collect();
        let now = core.now();
        let id = core
            .store
            .add_device(user_id, public_key, name.trim(), now)
            .await?;
        // G7: the device may complete the registration; the audit records the pairing.
        if let Some(upn) = core.store.upn_of(user_id).await?
            && let Some(u) = core.store.user_by_upn(&upn).await?
            && let Some(t) = crate::partner::tenant_for_user(core, &u).await?
        {
            let facts = u.facts();
            if sspr_policy::register::progress(&t.policy, &facts, t.paid).complete() {
                core.store.mark_registered(u.id, now).await?;
            }
            let e = crate::store::AuditEvent {
                at: now,
                tenant_id: Some(t.id.clone()),
                user: Some(u.upn.clone()),
                ip: None,
                client: Some("device".into()),
                step: AuditStep::Register,
                method: Some(sspr_policy::Method::MobileAppNotification),
                outcome: Outcome::Ok,
                reason: None,
            };
            if let Err(err) = core.audit(&e).await {
                tracing::error!(error = %err, "audit write failed");
            }
            // The pairing carries no language; the notice goes in the portal's default.
            crate::notice::method_changed(
                core,
                &u,
                sspr_i18n::Lang::default(),
                sspr_policy::Method::MobileAppNotification,
                true,
            )
            .await;
        }
        Ok(id)
    }

    /// Check a device request's signature and timestamp (newer than the last one, near now).
    async fn authenticate(
        &self,
        device_id: i64,
        ts: i64,
        message: &str,
        signature: &[u8],
    ) -> Result<crate::store::DeviceRow, DeviceError> {
        let core = self.core;
        let device = core
            .store
            .device(device_id)
            .await?
            .ok_or(DeviceError::Unauthorised)?;
        if (ts - core.now() * 1000).abs() > CLOCK_SKEW_MS
            || !verify(&device.public_key, message, signature)
            || !core.store.advance_device_ts(device.id, ts).await?
        {
            return Err(DeviceError::Unauthorised);
        }
        Ok(device)
    }

    /// The newest unanswered notification for the device's user, signed `pending|<id>|<ts>`.
    pub async fn pending(
        &self,
        device_id: i64,
        ts: i64,
        signature: &[u8],
    ) -> Result<Option<PushRequest>, DeviceError> {
        let device = self
            .authenticate(
                device_id,
                ts,
                &format!("pending|{device_id}|{ts}"),
                signature,
            )
            .await?;
        let Some(c) = self
            .core
            .store
            .pending_challenge(device.user_id, self.core.now())
            .await?
        else {
            return Ok(None);
        };
        let upn = self
            .core
            .store
            .upn_of(device.user_id)
            .await?
            .unwrap_or_default();
        Ok(Some(PushRequest {
            challenge: c.id,
            org: c.org,
            upn,
        }))
    }

    /// The device's answer, signed `answer|<id>|<ts>|<challenge>|<number>|approve|deny`. An
    /// approval with the wrong number is a denial, counted as a failed verification.
    pub async fn answer(
        &self,
        device_id: i64,
        ts: i64,
        challenge: i64,
        number: &str,
        approve: bool,
        signature: &[u8],
    ) -> Result<ChallengeState, DeviceError> {
        let core = self.core;
        let decision = if approve { "approve" } else { "deny" };
        let number = number.trim();
        let device = self
            .authenticate(
                device_id,
                ts,
                &format!("answer|{device_id}|{ts}|{challenge}|{number}|{decision}"),
                signature,
            )
            .await?;
        let c = core
            .store
            .challenge(challenge)
            .await?
            .filter(|c| c.user_id == device.user_id && c.status == ChallengeStatus::Pending)
            .ok_or(DeviceError::NoChallenge)?;
        if c.expires_at <= core.now() {
            return Ok(ChallengeState::Expired);
        }
        let matched = number.parse::<i64>().is_ok_and(|n| n == c.number);
        let state = if approve && matched {
            ChallengeState::Approved
        } else {
            ChallengeState::Denied
        };
        let status = if state == ChallengeState::Approved {
            ChallengeStatus::Approved
        } else {
            ChallengeStatus::Denied
        };
        if !core.store.answer_challenge(c.id, status).await? {
            return Err(DeviceError::NoChallenge);
        }
        Ok(state)
    }
}

/// A new notification for `user_id`: its id and the number (10..=99) the asking screen shows.
/// A notification to the user's devices; one for a reset (`for_reset`) is shown after any
/// from the user's own sign-in and never replaces it.
pub(crate) async fn create_challenge(
    core: &Core,
    user_id: i64,
    org: &str,
    for_reset: bool,
) -> Result<(i64, u8), CoreError> {
    let number = 10 + core.crypto.pick(0..90) as u8;
    let id = core
        .store
        .add_challenge(
            user_id,
            i64::from(number),
            org,
            core.now() + CHALLENGE_TTL_SECS,
            for_reset,
        )
        .await?;
    Ok((id, number))
}

pub(crate) fn state_of(c: &ChallengeRow, now: i64) -> ChallengeState {
    match c.status {
        ChallengeStatus::Approved => ChallengeState::Approved,
        ChallengeStatus::Denied => ChallengeState::Denied,
        ChallengeStatus::Pending if c.expires_at > now => ChallengeState::Pending,
        ChallengeStatus::Pending | ChallengeStatus::Replaced => ChallengeState::Expired,
    }
}
