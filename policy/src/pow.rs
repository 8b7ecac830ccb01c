//! Issue 10's captcha that bots pay for: a proof of work over the server's signed challenge.
//! The answer is a counter `n` such that SHA-256(`challenge` ":" `n`) starts with `bits`
//! zero bits; the server checks it with one hash, the browser finds it with about 2^bits.
//! How hard it is grows with the client's recent starts, and so does the wait that takes
//! its place for a browser without JavaScript. Owns the arithmetic; refuses to sign, store
//! or time anything (the server does).

use sha2::{Digest, Sha256};

/// The number of leading zero bits of `hash`.
pub fn leading_zero_bits(hash: &[u8]) -> u32 {
    let mut n = 0;
    for b in hash {
        if *b == 0 {
            n += 8;
        } else {
            n += b.leading_zeros();
            break;
        }
    }
    n
}

fn digest(challenge: &str, counter: u64) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(challenge.as_bytes());
    h.update(b":");
    h.update(counter.to_string().as_bytes());
    h.finalize().into()
}

/// Whether `counter` solves `challenge` at `bits`.
pub fn check(challenge: &str, counter: u64, bits: u8) -> bool {
    leading_zero_bits(&digest(challenge, counter)) >= u32::from(bits)
}

/// Search `start..start + count` for a solution (the browser calls this in slices so the
/// page stays responsive).
pub fn search(challenge: &str, bits: u8, start: u64, count: u64) -> Option<u64> {
    (start..start.saturating_add(count)).find(|n| check(challenge, *n, bits))
}

/// How much harder the captcha gets for a client with `recent` starts in the client
/// window: one level per doubling beyond `free` starts, at most 8.
pub fn level(recent: u32, free: u32) -> u8 {
    let over = recent.saturating_sub(free);
    (32 - over.leading_zeros()).min(8) as u8
}

/// The difficulty a client at `level` must solve.
pub fn bits(base: u8, level: u8) -> u8 {
    base.saturating_add(level).min(32)
}

/// The wait, in seconds, that stands in for the proof of work without JavaScript: it
/// doubles with each level, at most `cap`.
pub fn wait_secs(base: i64, level: u8, cap: i64) -> i64 {
    base.saturating_mul(1 << level.min(16)).min(cap).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue10_a_solution_is_found_by_search_and_checked_with_one_hash() {
        let c = "challenge-token";
        let n = search(c, 12, 0, 1 << 20).expect("12 bits within a million tries");
        assert!(check(c, n, 12));
        assert!(leading_zero_bits(&digest(c, n)) >= 12);
        // The first solution: nothing below it passes.
        assert!((0..n).all(|m| !check(c, m, 12)));
        assert_eq!(leading_zero_bits(&[0, 0, 0x0f, 0xff]), 20);
        assert_eq!(leading_zero_bits(&[0x80]), 0);
    }

    #[test]
    fn issue10_difficulty_and_wait_rise_with_recent_starts() {
        assert_eq!(level(0, 5), 0);
        assert_eq!(level(5, 5), 0);
        assert_eq!(level(6, 5), 1);
        assert_eq!(level(7, 5), 2);
        assert_eq!(level(9, 5), 3);
        assert_eq!(level(5 + 1_000, 5), 8);
        assert_eq!(bits(18, 3), 21);
        assert_eq!(wait_secs(3, 0, 60), 3);
        assert_eq!(wait_secs(3, 2, 60), 12);
        assert_eq!(wait_secs(3, 8, 60), 60);
    }
}
