//! Issue 12: the helpdesk's recovery code (Entra's Temporary Access Pass) for a user who
//! lost every method: its format, its MAC, and signing in with it once to register new
//! methods. Owns the code's shape and its single use; refuses to decide who may issue one
//! (the console does) and to keep a code in clear (only its MAC is stored; the issuing
//! administrator's session holds it sealed until they dismiss it).

use super::*;

/// How long a recovery code stays valid (Entra's Temporary Access Pass defaults to an hour;
/// a helpdesk handing it over in person needs a working day).
pub const RECOVERY_TTL_SECS: i64 = 8 * 3600;

/// Crockford's base32: no I, L, O or U, so a code read aloud or typed is not misread.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// 16 characters (80 bits from the CSPRNG), shown in groups of four.
pub(super) fn new_code(crypto: &crate::crypto::Crypto) -> String {
    let bytes = crypto.random_bytes(16);
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[(*b & 31) as usize] as char)
        .collect();
    chars
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as typed, in its canonical form: case, spaces and dashes ignored, the letters
/// Crockford reads as digits (O, I, L) taken as those digits.
pub fn normalize(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        })
        .collect()
}

pub(super) fn code_mac(crypto: &crate::crypto::Crypto, upn: &str, code: &str) -> Vec<u8> {
    crypto.mac(&[b"recovery-code", upn.as_bytes(), normalize(code).as_bytes()])
}

impl<'a> Accounts<'a> {
    /// Whether `code` is `user`'s recovery code, valid now (nothing is spent: a code that
    /// meets a refusal after it, a locked account, stays for the next try).
    pub(super) async fn recovery_ok(
        &self,
        user: Option<&UserRecord>,
        code: &str,
    ) -> Result<bool, CoreError> {
        let Some(u) = user.filter(|u| u.enabled) else {
            return Ok(false);
        };
        let mac = code_mac(&self.core.crypto, &u.upn, code);
        self.core
            .store
            .recovery_code_matches(u.id, &mac, self.core.now())
            .await
    }

    /// Spend `user`'s recovery code, under their lock, as what it opens is opened: true once
    /// (a parallel sign-in with the same code that got here first leaves false).
    pub(super) async fn spend_recovery(
        &self,
        user: &UserRecord,
        code: &str,
    ) -> Result<bool, CoreError> {
        let mac = code_mac(&self.core.crypto, &user.upn, code);
        self.core
            .store
            .take_recovery_code(user.id, &mac, self.core.now())
            .await
    }

    /// The owner hears that their code was used, at every address, in case it wasn't them.
    pub(super) async fn tell_recovery_used(&self, user: &UserRecord, lang: Lang) {
        crate::notice::tell(
            self.core,
            user,
            lang,
            "msg-recovery-used-subject",
            "msg-recovery-used-body",
        )
        .await;
    }

    /// G1 with a recovery code in place of the password and the second step: a session
    /// that goes straight to registering methods, or with `reset` and a policy that allows
    /// it (`recovery_code_resets`), a reset flow at its new password. Wrong codes count as
    /// wrong passwords (smart lockout), answered the same way.
    pub async fn sign_in_with_recovery_code(
        &self,
        req: SignInRequest,
        reset: bool,
    ) -> Result<Entry, AccountError> {
        self.sign_in_as(req, Credential::RecoveryCode { reset })
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue12_recovery_codes_are_read_as_typed() {
        assert_eq!(normalize(" abcd-efgh 0OiL "), "ABCDEFGH0011");
        assert_eq!(normalize("ABCD-EFGH-JKMN-PQRS"), "ABCDEFGHJKMNPQRS");
    }
}
