//! Secrets: CSPRNG tokens and codes, keyed hashes (HMAC-SHA256 with the server key) for
//! tokens and codes, Argon2id for passwords and security answers behind a concurrency
//! limit, and RFC 6238 TOTP. Owns every use of randomness and hashing; refuses to store.

use std::path::Path;
use std::sync::Arc;

use argon2::password_hash::PasswordHash;
use argon2::{Algorithm, Argon2, Params, Version};
use data_encoding::{BASE32_NOPAD, BASE64_NOPAD, BASE64URL_NOPAD};
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::{Rng, RngCore};
use sha2::Sha256;
use sspr_policy::Limits;
use std::sync::Mutex;
use std::sync::mpsc;
use subtle::ConstantTimeEq;

use crate::CoreError;

type Job = Box<dyn FnOnce() + Send>;

/// A fixed set of threads for Argon2id. Each hash takes 19 MiB; on short-lived blocking
/// threads the allocator keeps those buffers per thread, so a flood grew memory with the
/// number of threads. A fixed pool bounds it to `concurrency` buffers; up to `queue` jobs
/// wait, and beyond them a request is refused at once with [`CoreError::Busy`] (issue 10).
struct HashPool {
    jobs: Mutex<mpsc::SyncSender<Job>>,
    /// Jobs sent and not yet started, and how many may be.
    waiting: Arc<std::sync::atomic::AtomicUsize>,
    queue: usize,
    /// Issue 14, `/metrics`: hashes started, and the microseconds they waited for a thread.
    started: Arc<std::sync::atomic::AtomicU64>,
    waited_us: Arc<std::sync::atomic::AtomicU64>,
}

/// The hashing pool's figures for `/metrics`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashStats {
    /// Hashes waiting for a thread now.
    pub waiting: usize,
    /// Hashes started so far, and the seconds they spent waiting in all (in microseconds).
    pub started: u64,
    pub waited_us: u64,
}

impl HashPool {
    fn new(threads: usize, queue: usize) -> Self {
        let (tx, rx) = mpsc::sync_channel::<Job>(queue.max(1));
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..threads.max(1) {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("sspr-hash-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = match rx.lock() {
                            Ok(r) => r.recv(),
                            Err(_) => return,
                        };
                        match job {
                            Ok(job) => job(),
                            Err(_) => return, // every sender dropped: shut down
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!(error = %e, "could not start a hashing thread");
            }
        }
        HashPool {
            jobs: Mutex::new(tx),
            waiting: Arc::new(std::sync::atomic::AtomicUsize::new(0)),
            queue: queue.max(1),
            started: Default::default(),
            waited_us: Default::default(),
        }
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, CoreError> {
        use std::sync::atomic::Ordering::SeqCst;
        let (tx, rx) = tokio::sync::oneshot::channel();
        let waiting = self.waiting.clone();
        let (started, waited_us) = (self.started.clone(), self.waited_us.clone());
        let queued = std::time::Instant::now();
        let job: Job = Box::new(move || {
            waiting.fetch_sub(1, SeqCst);
            started.fetch_add(1, SeqCst);
            let us = u64::try_from(queued.elapsed().as_micros()).unwrap_or(u64::MAX);
            waited_us.fetch_add(us, SeqCst);
            let _ = tx.send(f());
        });
        self.waiting.fetch_add(1, SeqCst);
        let sent = self
            .jobs
            .lock()
            .map_err(|_| CoreError::Hash("hash pool lock poisoned".into()))?
            .try_send(job)
            .map_err(|e| match e {
                mpsc::TrySendError::Full(_) => CoreError::Busy,
                mpsc::TrySendError::Disconnected(_) => CoreError::Hash("hash pool stopped".into()),
            });
        if sent.is_err() {
            self.waiting.fetch_sub(1, SeqCst);
        }
        sent?;
        rx.await
            .map_err(|_| CoreError::Hash("hash job dropped".into()))
    }
}

/// Issue 10: a hashing thread yields the CPU to the threads that answer requests, so a
/// flood of sign-ins slows sign-ins, not every other page. On Linux a thread has its own
/// nice value; elsewhere this does nothing.
fn lower_priority() {
    // setpriority(PRIO_PROCESS, 0): on Linux, the calling thread only.
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::process::setpriority_process(None, 10) {
        tracing::warn!(error = %e, "could not lower the hashing thread's priority");
    }
}

#[derive(Clone)]
pub struct Crypto {
    key: Arc<[u8; 32]>,
    pool: Arc<HashPool>,
    params: Params,
}

impl Crypto {
    pub fn new(key: [u8; 32], limits: &Limits, concurrency: usize) -> Result<Self, CoreError> {
        Self::with_queue(key, limits, concurrency, 64)
    }

    /// `new` with at most `queue` hashes waiting for a thread.
    pub fn with_queue(
        key: [u8; 32],
        limits: &Limits,
        concurrency: usize,
        queue: usize,
    ) -> Result<Self, CoreError> {
        let params = Params::new(limits.argon2_m_kib, limits.argon2_t, limits.argon2_p, None)
            .map_err(|e| CoreError::Hash(e.to_string()))?;
        Ok(Crypto {
            key: Arc::new(key),
            pool: Arc::new(HashPool::new(concurrency, queue)),
            params,
        })
    }

    /// Read the server key from `path`, creating it (0600) from the CSPRNG on first start.
    pub fn load_or_create_key(path: &Path) -> Result<[u8; 32], CoreError> {
        // Issue 14: never a fresh key beside a previous one (an interrupted rotation that
        // `rekey::settle` could not finish): the database is sealed with one of them.
        let previous = path.with_extension("key.old");
        if !path.exists() && previous.exists() {
            return Err(CoreError::Config(format!(
                "{} is missing but {} exists: restore the key that seals the database (or a backup) instead of starting with a new one",
                path.display(),
                previous.display()
            )));
        }
        // A key that cannot be read (its mode, a short file) is an error naming it, never a
        // reason to make another.
        if path.exists() {
            return Self::read_key(path);
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let key = Self::generate_key();
        Self::write_key(path, &key)?;
        Ok(key)
    }

    /// A new server key from the CSPRNG.
    pub fn generate_key() -> [u8; 32] {
        let mut key = [0u8; 32];
        OsRng.fill_bytes(&mut key);
        key
    }

    /// A key file: exactly 32 bytes.
    pub fn read_key(path: &Path) -> Result<[u8; 32], CoreError> {
        std::fs::read(path)
            .map_err(|e| CoreError::Config(format!("{}: {e}", path.display())))?
            .try_into()
            .map_err(|_| CoreError::Config(format!("{} must hold 32 bytes", path.display())))
    }

    /// Write `key` to the new file `path`, readable by its owner only (0600), and sync it to
    /// disk before returning (a rotation depends on it being there after a power loss).
    pub fn write_key(path: &Path, key: &[u8; 32]) -> Result<(), CoreError> {
        use std::io::Write;
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let mut f = o.open(path)?;
        f.write_all(key)?;
        f.sync_all()?;
        Ok(())
    }

    /// A 256-bit random token, URL-safe.
    pub fn token(&self) -> String {
        let mut b = [0u8; 32];
        OsRng.fill_bytes(&mut b);
        BASE64URL_NOPAD.encode(&b)
    }

    /// A one-time code of `digits` decimal digits, uniform over the whole range.
    pub fn code(&self, digits: u8) -> String {
        (0..digits)
            .map(|_| char::from(b'0' + OsRng.gen_range(0..10u8)))
            .collect()
    }

    /// `n` random bytes from the CSPRNG (TOTP seeds).
    pub fn random_bytes(&self, n: usize) -> Vec<u8> {
        let mut b = vec![0u8; n];
        OsRng.fill_bytes(&mut b);
        b
    }

    /// A uniform integer in `range` from the CSPRNG.
    pub fn pick(&self, range: std::ops::Range<usize>) -> usize {
        OsRng.gen_range(range)
    }

    /// Keyed hash: what is stored for tokens and codes.
    pub fn mac(&self, parts: &[&[u8]]) -> Vec<u8> {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&self.key[..])
            .expect("HMAC takes any key length");
        for p in parts {
            m.update(&(p.len() as u64).to_be_bytes());
            m.update(p);
        }
        m.finalize().into_bytes().to_vec()
    }

    fn seal_key(&self) -> chacha20poly1305::Key {
        let k = self.mac(&[b"totp-seal-v1"]);
        *chacha20poly1305::Key::from_slice(&k)
    }

    /// Encrypt a secret that must be read back (TOTP seeds) with a key derived from the
    /// server key: `v1:` + base64url(nonce | ciphertext). A database dump alone reveals nothing.
    pub fn seal(&self, plain: &[u8]) -> Result<String, CoreError> {
        use chacha20poly1305::aead::{Aead, KeyInit};
        let cipher = chacha20poly1305::ChaCha20Poly1305::new(&self.seal_key());
        let mut nonce = [0u8; 12];
        OsRng.fill_bytes(&mut nonce);
        let ct = cipher
            .encrypt(chacha20poly1305::Nonce::from_slice(&nonce), plain)
            .map_err(|_| CoreError::Hash("sealing failed".into()))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(format!("v1:{}", BASE64URL_NOPAD.encode(&out)))
    }

    /// Open what `seal` produced; `None` if it was not sealed with this server key.
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        use chacha20poly1305::aead::{Aead, KeyInit};
        let raw = BASE64URL_NOPAD
            .decode(sealed.strip_prefix("v1:")?.as_bytes())
            .ok()?;
        if raw.len() < 12 + 16 {
            return None;
        }
        let (nonce, ct) = raw.split_at(12);
        chacha20poly1305::ChaCha20Poly1305::new(&self.seal_key())
            .decrypt(chacha20poly1305::Nonce::from_slice(nonce), ct)
            .ok()
    }

    pub fn mac_eq(a: &[u8], b: &[u8]) -> bool {
        a.ct_eq(b).into()
    }

    /// Issue 14: the hashing pool's queue and waits, for `/metrics`.
    pub fn hash_stats(&self) -> HashStats {
        use std::sync::atomic::Ordering::SeqCst;
        HashStats {
            waiting: self.pool.waiting.load(SeqCst),
            started: self.pool.started.load(SeqCst),
            waited_us: self.pool.waited_us.load(SeqCst),
        }
    }

    /// Whether a hash asked for now would find room in the queue (issue 10: a sign-in
    /// checks before any other work, so a flood's refusals cost next to nothing).
    pub fn has_room(&self) -> bool {
        self.pool.waiting.load(std::sync::atomic::Ordering::SeqCst) < self.pool.queue
    }

    /// Argon2id hash (PHC string), on the hashing pool: at most `concurrency` at a time.
    pub async fn hash_secret(&self, secret: &str) -> Result<String, CoreError> {
        let params = self.params.clone();
        let secret = secret.to_owned();
        self.pool
            .run(move || {
                let mut salt = [0u8; 16];
                OsRng.fill_bytes(&mut salt);
                let mut out = [0u8; 32];
                argon2id_into(&params, secret.as_bytes(), &salt, &mut out)?;
                Ok(format!(
                    "$argon2id$v=19$m={},t={},p={}${}${}",
                    params.m_cost(),
                    params.t_cost(),
                    params.p_cost(),
                    BASE64_NOPAD.encode(&salt),
                    BASE64_NOPAD.encode(&out)
                ))
            })
            .await?
    }

    /// Check `secret` against an Argon2id PHC string (with the parameters it names).
    pub async fn verify_secret(&self, secret: &str, phc: &str) -> Result<bool, CoreError> {
        let (secret, phc) = (secret.to_owned(), phc.to_owned());
        self.pool
            .run(move || {
                let parsed =
                    PasswordHash::new(&phc).map_err(|e| CoreError::Corrupt(e.to_string()))?;
                if parsed.algorithm.as_str() != "argon2id" {
                    return Err(CoreError::Corrupt("not an Argon2id hash".into()));
                }
                let params =
                    Params::try_from(&parsed).map_err(|e| CoreError::Corrupt(e.to_string()))?;
                let mut salt_buf = [0u8; 64];
                let salt = parsed
                    .salt
                    .ok_or_else(|| CoreError::Corrupt("no salt".into()))?
                    .decode_b64(&mut salt_buf)
                    .map_err(|e| CoreError::Corrupt(e.to_string()))?;
                let want = parsed
                    .hash
                    .ok_or_else(|| CoreError::Corrupt("no hash".into()))?;
                let mut out = vec![0u8; want.len()];
                argon2id_into(&params, secret.as_bytes(), salt, &mut out)?;
                Ok(out.ct_eq(want.as_bytes()).into())
            })
            .await?
    }
}

/// Argon2id into `out`, reusing this thread's memory blocks. Allocating 19 MiB per hash left
/// the allocator holding hundreds of MiB per thread under a flood (measured: 213 MiB for one
/// thread); one buffer per hashing thread keeps memory at `concurrency` x 19 MiB.
fn argon2id_into(
    params: &Params,
    pwd: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), CoreError> {
    thread_local! {
        static BLOCKS: std::cell::RefCell<Vec<argon2::Block>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.len() != params.block_count() {
            *blocks = vec![argon2::Block::default(); params.block_count()];
        }
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
            .hash_password_into_with_memory(pwd, salt, out, &mut blocks[..])
            .map_err(|e| CoreError::Hash(e.to_string()))
    })
}

/// Security answers are compared after normalisation (V5); the rule lives in the policy crate.
pub use sspr_policy::register::normalize_answer;

/// Decode a base32 TOTP secret (spaces and case ignored, padding optional).
pub fn decode_totp_secret(s: &str) -> Option<Vec<u8>> {
    let clean: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '=')
        .collect::<String>()
        .to_uppercase();
    BASE32_NOPAD.decode(clean.as_bytes()).ok()
}

/// RFC 6238 TOTP (HMAC-SHA1, 6 digits) for the step `counter`.
pub fn totp_at(secret: &[u8], counter: u64) -> String {
    let mut m =
        <Hmac<sha1::Sha1> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    m.update(&counter.to_be_bytes());
    let h = m.finalize().into_bytes();
    let off = (h[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([h[off] & 0x7f, h[off + 1], h[off + 2], h[off + 3]]);
    format!("{:06}", bin % 1_000_000)
}

/// The step a code matches within +-`skew` of `now`, if any, and only if it is newer than
/// `last_used_step` (each code once, SPEC 16).
pub fn totp_match(
    secret: &[u8],
    code: &str,
    now: i64,
    step_secs: i64,
    skew: i64,
    last_used_step: i64,
) -> Option<i64> {
    let code = code.trim();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let current = now.div_euclid(step_secs);
    (current - skew..=current + skew)
        .filter(|s| *s > last_used_step && *s >= 0)
        .find(|s| {
            totp_at(secret, *s as u64)
                .as_bytes()
                .ct_eq(code.as_bytes())
                .into()
        })
}

#[cfg(test)]
mod tests {

    #[tokio::test]
    async fn issue10_a_full_hashing_queue_answers_busy_at_once() {
        // One thread, one waiting job: of many hashes asked at once, the rest are refused.
        let c = Crypto::with_queue([1; 32], &Limits::default(), 1, 1).unwrap();
        let tasks: Vec<_> = (0..8)
            .map(|i| {
                let c = c.clone();
                tokio::spawn(async move { c.hash_secret(&format!("secret-{i}")).await })
            })
            .collect();
        let mut results = Vec::new();
        for t in tasks {
            results.push(t.await.unwrap());
        }
        let busy = results
            .iter()
            .filter(|r| matches!(r, Err(CoreError::Busy)))
            .count();
        let done = results.iter().filter(|r| r.is_ok()).count();
        assert!(busy >= 1 && done >= 1, "busy {busy}, done {done}");
        assert_eq!(busy + done, 8);
    }

    use super::*;

    #[test]
    fn v4_totp_matches_rfc6238_vectors() {
        // RFC 6238 appendix B, SHA1, truncated to 6 digits.
        let secret = b"12345678901234567890";
        for (t, want) in [
            (59u64, "287082"),
            (1111111109, "081804"),
            (1111111111, "050471"),
            (1234567890, "005924"),
        ] {
            assert_eq!(totp_at(secret, t / 30), want, "t={t}");
        }
    }

    #[test]
    fn spec16_totp_accepts_one_step_either_side_and_each_code_once() {
        let secret = b"12345678901234567890";
        let now = 1_111_111_111;
        let step = now / 30;
        let prev = totp_at(secret, (step - 1) as u64);
        let next = totp_at(secret, (step + 1) as u64);
        let far = totp_at(secret, (step + 2) as u64);
        assert_eq!(totp_match(secret, &prev, now, 30, 1, 0), Some(step - 1));
        assert_eq!(totp_match(secret, &next, now, 30, 1, 0), Some(step + 1));
        assert_eq!(totp_match(secret, &far, now, 30, 1, 0), None);
        // Replay: the step was used already.
        assert_eq!(totp_match(secret, &prev, now, 30, 1, step - 1), None);
        assert_eq!(totp_match(secret, "12a456", now, 30, 1, 0), None);
    }

    #[test]
    fn spec16_codes_are_digits_of_the_configured_length_and_tokens_are_256_bit() {
        let c = Crypto::new([7; 32], &Limits::default(), 1).unwrap();
        let code = c.code(6);
        assert_eq!(code.len(), 6);
        assert!(code.chars().all(|ch| ch.is_ascii_digit()));
        assert_eq!(c.token().len(), 43);
        assert_ne!(c.token(), c.token());
    }

    #[test]
    fn sealed_secrets_open_only_with_the_same_server_key() {
        let a = Crypto::new([1; 32], &Limits::default(), 1).unwrap();
        let b = Crypto::new([2; 32], &Limits::default(), 1).unwrap();
        let sealed = a.seal(b"12345678901234567890").unwrap();
        assert!(sealed.starts_with("v1:") && !sealed.contains("12345678901234567890"));
        assert_ne!(
            sealed,
            a.seal(b"12345678901234567890").unwrap(),
            "a fresh nonce each time"
        );
        assert_eq!(
            a.open(&sealed).as_deref(),
            Some(&b"12345678901234567890"[..])
        );
        assert_eq!(b.open(&sealed), None);
        assert_eq!(a.open("JBSWY3DPEHPK3PXP"), None);
    }

    #[test]
    fn mac_is_keyed_and_unambiguous() {
        let a = Crypto::new([1; 32], &Limits::default(), 1).unwrap();
        let b = Crypto::new([2; 32], &Limits::default(), 1).unwrap();
        assert_ne!(a.mac(&[b"x"]), b.mac(&[b"x"]));
        assert_ne!(a.mac(&[b"ab", b"c"]), a.mac(&[b"a", b"bc"]));
    }

    #[tokio::test]
    async fn spec16_argon2id_with_owasp_parameters() {
        let c = Crypto::new([1; 32], &Limits::default(), 1).unwrap();
        let h = c.hash_secret("Blue7Kite4Lamp").await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(c.verify_secret("Blue7Kite4Lamp", &h).await.unwrap());
        assert!(!c.verify_secret("blue7kite4lamp", &h).await.unwrap());
    }

    #[tokio::test]
    async fn phc_strings_interoperate_with_the_argon2_crate() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
        let l = Limits {
            argon2_m_kib: 64,
            argon2_t: 1,
            ..Limits::default()
        };
        let c = Crypto::new([1; 32], &l, 1).unwrap();
        let ours = c.hash_secret("s3cret").await.unwrap();
        let argon = Argon2::default();
        assert!(
            argon
                .verify_password(b"s3cret", &PasswordHash::new(&ours).unwrap())
                .is_ok()
        );
        let theirs = argon
            .hash_password(b"s3cret", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(c.verify_secret("s3cret", &theirs).await.unwrap());
        assert!(!c.verify_secret("other", &theirs).await.unwrap());
    }

    #[test]
    fn v5_answers_are_normalised() {
        assert_eq!(normalize_answer("  New   York "), "new york");
    }
}
