//! Issue 14: rotating the server key. Everything sealed with the old key (authenticator and
//! OATH secrets, queued mail) is opened and sealed again with the new one, and what only the
//! old key's MACs could find (sessions, flows, pairings) is ended, all in one transaction:
//! users sign in or start over, nothing breaks half-way. Owns that walk; refuses to write the
//! key file (the caller swaps it only once this has committed).

use std::path::Path;

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

/// What `settle` found and did at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// No rotation was pending.
    Nothing,
    /// The rotation had committed: the new key was put in place.
    Finished,
    /// It had not: the unused new key was removed.
    RolledBack,
}

/// Before the key is loaded: finish or undo a rotation that stopped between writing
/// `secret.key.new` and swapping the files, by asking the database which key opens what it
/// holds (a sealed secret or message). With nothing sealed either key serves, and the new
/// one is kept. Neither opening it is an error (restore a backup).
pub async fn settle(
    store: &Store,
    var_dir: &Path,
    limits: &sspr_policy::Limits,
) -> Result<Settled, CoreError> {
    let (current, next, old) = (
        var_dir.join("secret.key"),
        var_dir.join("secret.key.new"),
        var_dir.join("secret.key.old"),
    );
    if !next.exists() {
        return Ok(Settled::Nothing);
    }
    let new_key = Crypto::read_key(&next)?;
    let previous = if current.exists() { &current } else { &old };
    let previous_key = Crypto::read_key(previous).ok();
    let mut c = store.conn().await?;
    let mut samples: Vec<String> = c
        .c()
        .sealed_totp_secrets()
        .await?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    samples.extend(c.c().sealed_mail().await?.into_iter().map(|(_, s)| s));
    drop(c);
    let opens = |key: [u8; 32]| -> Result<bool, CoreError> {
        let crypto = Crypto::new(key, limits, 1)?;
        Ok(samples.first().is_none_or(|s| crypto.open(s).is_some()))
    };
    if opens(new_key)? {
        if current.exists() {
            std::fs::rename(&current, &old)?;
        }
        std::fs::rename(&next, &current)?;
        sync_dir(var_dir);
        tracing::warn!("an interrupted key rotation was finished: the new key is in place");
        return Ok(Settled::Finished);
    }
    if previous_key.map(opens).transpose()? == Some(true) {
        std::fs::remove_file(&next)?;
        tracing::warn!("an interrupted key rotation had not committed: its new key was removed");
        return Ok(Settled::RolledBack);
    }
    Err(CoreError::Config(format!(
        "neither {} nor {} opens the database's sealed secrets: restore a backup of the database with its key",
        next.display(),
        previous.display()
    )))
}

/// Make renames in `dir` durable (a power loss after them keeps them).
pub fn sync_dir(dir: &Path) {
    if let Err(e) = std::fs::File::open(dir).and_then(|d| d.sync_all()) {
        tracing::warn!(error = %e, dir = %dir.display(), "could not sync the folder");
    }
}
