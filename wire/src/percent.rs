//! Percent-encoding of a URL component (RFC 3986): every byte but the unreserved ASCII
//! ones. Shared by the server's redirects and the pages' `data:` downloads; refuses to
//! decode (the router does).

/// `s` with every byte outside `A-Z a-z 0-9 - . _ ~` written as `%XX`.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserved_and_non_ascii_bytes_are_encoded() {
        assert_eq!(super::encode("a b/é~"), "a%20b%2F%C3%A9~");
    }
}
