//! Issue 14: rotating the server key. Everything sealed with the old key (authenticator and
//! OATH secrets, queued mail) is opened and sealed again with the new one, and what only the
//! old key's MACs could find (sessions, flows, pairings) is ended, all in one transaction:
//! users sign in or start over, nothing breaks half-way. Owns that walk; refuses to write the
//! key file (the caller swaps it only once this has committed).

use crate::CoreError;
use crate::crypto::Crypto;
use crate::store::Store;

/// What a rotation changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotated {
    /// Authenticator and OATH secrets sealed again.
    pub secrets: usize,
    /// Queued messages sealed again, and those the old key could not open either (left as
    /// they were: the mail worker gives them up, as it did).
    pub mail: usize,
    pub unreadable_mail: usize,
    /// Signed-in sessions and flows ended.
    pub sessions: u64,
    pub flows: u64,
}

/// Re-seal everything from `old` to `new`. A secret `old` cannot open stops the rotation
/// with nothing changed (it would be lost otherwise).
pub async fn rotate(store: &Store, old: &Crypto, new: &Crypto) -> Result<Rotated, CoreError> {
    let mut tx = store.begin().await?;
    let mut r = Rotated::default();
    for (id, sealed) in tx.c().sealed_totp_secrets().await? {
        let plain = old.open(&sealed).ok_or_else(|| {
            CoreError::Config(format!(
                "authenticator secret {id} does not open with the current key; nothing was changed"
            ))
        })?;
        tx.c().reseal_totp_secret(id, &new.seal(&plain)?).await?;
        r.secrets += 1;
    }
    for (id, sealed) in tx.c().sealed_mail().await? {
        match old.open(&sealed) {
            Some(plain) => {
                tx.c().reseal_mail(id, &new.seal(&plain)?).await?;
                r.mail += 1;
            }
            None => r.unreadable_mail += 1,
        }
    }
    (r.sessions, r.flows) = tx.c().end_keyed_rows().await?;
    tx.commit().await?;
    Ok(r)
}
