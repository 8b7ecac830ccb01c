//! V7 phone numbers: the storage form `+<country code> <number>` and the dialable form
//! without extension. Owns parsing of what users and directories write; refuses to guess a
//! country for numbers without a `+` (directories must store international numbers).

/// Why a phone number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    /// No leading `+` and country code.
    MissingCountryCode,
    /// Characters other than digits, spaces, `-`, `.`, `(`, `)` and one `x` extension.
    InvalidCharacters,
    /// Fewer than 4 or more than 14 national digits.
    BadLength,
}

impl PhoneError {
    pub fn fluent_id(self) -> &'static str {
        match self {
            PhoneError::MissingCountryCode => "phone-err-country-code",
            PhoneError::InvalidCharacters => "phone-err-characters",
            PhoneError::BadLength => "phone-err-length",
        }
    }
}

/// E.164 country calling codes are prefix-free: the first digits alone tell the code's length.
fn country_code_len(digits: &str) -> usize {
    let b = digits.as_bytes();
    let two = |set: &[u8]| {
        if b.len() > 1 && set.contains(&b[1]) {
            2
        } else {
            3
        }
    };
    match b.first() {
        Some(b'1') | Some(b'7') => 1,
        Some(b'2') => two(b"07"),
        Some(b'3') => two(b"012346 9"),
        Some(b'4') => two(b"01 3456789"),
        Some(b'5') => two(b"12345678"),
        Some(b'6') => two(b"0123456"),
        Some(b'8') => two(b"1246"),
        Some(b'9') => two(b"0123458"),
        _ => 0,
    }
}

/// Normalise to the storage form `+<cc> <national number>[X<extension>]` (V7).
/// Accepts `+81 90-1234-5678`, `+819012345678`, `+1 (425) 555-1234 x12345`.
pub fn normalize(input: &str) -> Result<String, PhoneError> {
    let s = input.trim();
    let rest = s.strip_prefix('+').ok_or(PhoneError::MissingCountryCode)?;
    let (main, ext) = match rest.find(['x', 'X']) {
        Some(i) => (&rest[..i], Some(rest[i + 1..].trim())),
        None => (rest, None),
    };
    if let Some(e) = ext
        && (e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(PhoneError::InvalidCharacters);
    }
    if !main
        .chars()
        .all(|c| c.is_ascii_digit() || " -.()".contains(c))
    {
        return Err(PhoneError::InvalidCharacters);
    }
    // When the writer put a space after the country code, trust it; otherwise use the prefix table.
    let first_group: String = main
        .trim_start()
        .split([' ', '-', '.', '('])
        .next()
        .unwrap_or("")
        .to_string();
    let digits: String = main.chars().filter(|c| c.is_ascii_digit()).collect();
    let explicit =
        main.trim_start().len() > first_group.len() && (1..=3).contains(&first_group.len());
    let cc_len = if explicit {
        first_group.len()
    } else {
        country_code_len(&digits)
    };
    if cc_len == 0 || digits.len() <= cc_len {
        return Err(PhoneError::MissingCountryCode);
    }
    let (cc, national) = digits.split_at(cc_len);
    if !(4..=14).contains(&national.len()) {
        return Err(PhoneError::BadLength);
    }
    Ok(match ext {
        Some(e) => format!("+{cc} {national}X{e}"),
        None => format!("+{cc} {national}"),
    })
}

/// The number to call or text: the extension is removed (V7).
pub fn dialable(stored: &str) -> &str {
    match stored.find(['x', 'X']) {
        Some(i) => &stored[..i],
        None => stored,
    }
}

/// V7, issue 15: the number as a provider's API takes it, E.164: `+`, country code and
/// national number, no space, no extension (`+1 4255551234X12345` -> `+14255551234`).
pub fn e164(stored: &str) -> String {
    let digits: String = dialable(stored)
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    format!("+{digits}")
}

/// Issue 10: whether a stored number (`+<cc> <national>`, V7) may be texted or called
/// under a tenant's list of country calling codes; an empty list allows every country.
pub fn country_allowed(stored: &str, allowed: &[String]) -> bool {
    if allowed.is_empty() {
        return true;
    }
    let cc = stored
        .trim()
        .trim_start_matches('+')
        .split(' ')
        .next()
        .unwrap_or("");
    allowed
        .iter()
        .any(|a| a.trim().trim_start_matches('+') == cc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue10_only_allowed_country_codes_are_texted() {
        let jp_us = vec!["81".to_string(), "+1".to_string()];
        assert!(country_allowed("+81 9012345678", &jp_us));
        assert!(country_allowed("+1 4255551234X12", &jp_us));
        assert!(!country_allowed("+882 1234567", &jp_us));
        assert!(!country_allowed("+8 1234567", &jp_us));
        assert!(country_allowed("+882 1234567", &[]));
    }

    #[test]
    fn v7_normalises_to_plus_country_code_space_number() {
        let cases = [
            ("+81 90-1234-5678", Ok("+81 9012345678")),
            ("+819012345678", Ok("+81 9012345678")),
            ("+1 (425) 555-1234", Ok("+1 4255551234")),
            ("+14255551234", Ok("+1 4255551234")),
            ("+1 4255551234X12345", Ok("+1 4255551234X12345")),
            ("+1 425 555 1234 x 12345", Ok("+1 4255551234X12345")),
            ("+4420 7946 0000", Ok("+44 2079460000")),
            ("+353 1 234 5678", Ok("+353 12345678")),
            ("  +33 6 12 34 56 78 ", Ok("+33 612345678")),
            ("09012345678", Err(PhoneError::MissingCountryCode)),
            ("+81 90-ABCD", Err(PhoneError::InvalidCharacters)),
            ("+81 12", Err(PhoneError::BadLength)),
            ("+", Err(PhoneError::MissingCountryCode)),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).as_deref().map_err(|e| *e), want, "{input}");
        }
    }

    #[test]
    fn v7_extension_is_removed_before_calling_or_texting() {
        assert_eq!(dialable("+1 4255551234X12345"), "+1 4255551234");
        assert_eq!(dialable("+81 9012345678"), "+81 9012345678");
        assert_eq!(e164("+1 4255551234X12345"), "+14255551234");
        assert_eq!(e164("+81 9012345678"), "+819012345678");
    }
}
