//! User ID (UPN) shape and limits from SPEC 16. Owns syntax only; refuses to say whether an
//! account exists.

use crate::limits::Limits;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserIdError {
    Empty,
    NotAnAddress,
    TooLong,
}

impl UserIdError {
    pub fn fluent_id(self) -> &'static str {
        match self {
            UserIdError::Empty => "userid-err-empty",
            UserIdError::NotAnAddress => "userid-err-shape",
            UserIdError::TooLong => "userid-err-too-long",
        }
    }
}

/// Trim, check `name@domain` with SPEC 16's lengths, and lower-case for lookup.
pub fn normalize(input: &str, limits: &Limits) -> Result<String, UserIdError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(UserIdError::Empty);
    }
    let (local, domain) = s.split_once('@').ok_or(UserIdError::NotAnAddress)?;
    if local.is_empty()
        || domain.is_empty()
        || domain.contains('@')
        || !domain.contains('.')
        || s.chars().any(char::is_whitespace)
    {
        return Err(UserIdError::NotAnAddress);
    }
    if s.chars().count() > limits.user_id_max
        || local.chars().count() > limits.user_id_local_max
        || domain.chars().count() > limits.user_id_domain_max
    {
        return Err(UserIdError::TooLong);
    }
    Ok(s.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec16_user_id_limits() {
        let l = Limits::default();
        let long_local = format!("{}@c.com", "a".repeat(65));
        let long_domain = format!("a@{}.com", "d".repeat(45));
        let cases = [
            (" Alice@Contoso.COM ", Ok("alice@contoso.com".to_string())),
            ("", Err(UserIdError::Empty)),
            ("alice", Err(UserIdError::NotAnAddress)),
            ("a@b@c.com", Err(UserIdError::NotAnAddress)),
            ("a b@c.com", Err(UserIdError::NotAnAddress)),
            (long_local.as_str(), Err(UserIdError::TooLong)),
            (long_domain.as_str(), Err(UserIdError::TooLong)),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input, &l), want, "{input}");
        }
        let ok64 = format!("{}@{}.com", "a".repeat(64), "d".repeat(44));
        assert_eq!(ok64.len(), 113);
        assert!(normalize(&ok64, &l).is_ok());
    }
}
