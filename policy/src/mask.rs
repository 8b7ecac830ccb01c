//! V1 masking of contact data shown while choosing a method. Owns the display form only;
//! refuses to decide which methods are offered.

/// `j***@contoso.com`: first character of the local part, then `***`.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_string(),
    }
}

/// `+81 XXXXXXX78`: country code kept, every digit but the last two replaced by `X`.
/// Expects the V7 storage form `+<cc> <number>`.
pub fn mask_phone(phone: &str) -> String {
    let (cc, number) = phone.split_once(' ').unwrap_or(("", phone));
    let digits: Vec<char> = number.chars().filter(|c| c.is_ascii_digit()).collect();
    let keep = digits.len().saturating_sub(2);
    let masked: String = digits
        .iter()
        .enumerate()
        .map(|(i, c)| if i < keep { 'X' } else { *c })
        .collect();
    if cc.is_empty() {
        masked
    } else {
        format!("{cc} {masked}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_masks_email_and_phone() {
        let cases = [
            (mask_email("john@contoso.com"), "j***@contoso.com"),
            (mask_email("a@b.jp"), "a***@b.jp"),
            (mask_email("broken"), "***"),
            (mask_phone("+81 901234578"), "+81 XXXXXXX78"),
            (mask_phone("+1 4255551234"), "+1 XXXXXXXX34"),
            (mask_phone("7"), "7"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }
}
