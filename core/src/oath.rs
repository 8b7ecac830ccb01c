//! `sspr oath import FILE.csv`: hardware OATH tokens in the CSV layout administrators get from
//! token vendors (UPN, serial number, secret key, time interval, manufacturer, model). Every
//! row is checked first and every bad row reported with its line; then all tokens are stored
//! in one transaction, secrets sealed, waiting for the user to activate them with a code.
//! Refuses partial imports and never prints a secret.

use crate::CoreError;
use crate::crypto::{Crypto, decode_totp_secret};
use crate::store::{NewOathToken, Store};
use sspr_policy::Limits;

const COLUMNS: [&str; 6] = [
    "upn",
    "serial number",
    "secret key",
    "time interval",
    "manufacturer",
    "model",
];

#[derive(Debug, thiserror::Error)]
pub enum OathImportError {
    /// Every refused row, `line N: field: message`.
    #[error("{}", .0.join("\n"))]
    Rows(Vec<String>),
    #[error(transparent)]
    Core(#[from] CoreError),
}

/// Split one CSV line (RFC 4180 quotes allowed).
fn fields(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter().map(|f| f.trim().to_string()).collect()
}

/// Check and import; returns how many tokens were stored.
pub async fn import_csv(
    store: &Store,
    crypto: &Crypto,
    limits: &Limits,
    text: &str,
) -> Result<usize, OathImportError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(OathImportError::Rows(vec!["line 1: file: empty".into()]));
    };
    let header: Vec<String> = fields(header).iter().map(|h| h.to_lowercase()).collect();
    if header != COLUMNS {
        return Err(OathImportError::Rows(vec![format!(
            "line 1: header: expected {}",
            COLUMNS.join(",")
        )]));
    }
    let mut errors = Vec::new();
    let mut tokens = Vec::new();
    let mut serials: Vec<String> = Vec::new();
    for (i, line) in lines {
        let n = i + 1;
        let f = fields(line);
        if f.len() != COLUMNS.len() {
            errors.push(format!(
                "line {n}: row: {} fields, expected {}",
                f.len(),
                COLUMNS.len()
            ));
            continue;
        }
        let mut bad = |field: &str, msg: String| errors.push(format!("line {n}: {field}: {msg}"));
        let upn = f[0].to_lowercase();
        let user = store.user_by_upn(&upn).await?;
        if user.is_none() {
            bad("upn", format!("no user {upn}"));
        }
        if f[1].is_empty() || f[1].len() > 64 {
            bad("serial number", "1..64 characters".into());
        } else if serials.contains(&f[1]) {
            bad("serial number", format!("{} appears twice", f[1]));
        }
        let secret = decode_totp_secret(&f[2]);
        if secret.as_ref().map(|s| s.len() * 8).unwrap_or(0) < limits.totp_secret_min_bits as usize
        {
            bad(
                "secret key",
                format!("base32 of at least {} bits", limits.totp_secret_min_bits),
            );
        }
        let step = match f[3].parse::<i64>() {
            Ok(s @ (30 | 60)) => s,
            _ => {
                bad("time interval", format!("{:?}: 30 or 60", f[3]));
                30
            }
        };
        for (k, field) in [(4, "manufacturer"), (5, "model")] {
            if f[k].is_empty() || f[k].len() > 64 {
                bad(field, "1..64 characters".into());
            }
        }
        serials.push(f[1].clone());
        if let (Some(u), Some(s)) = (user, secret) {
            tokens.push(NewOathToken {
                user_id: u.id,
                serial: f[1].clone(),
                sealed_secret: crypto.seal(&s)?,
                step_secs: step,
                manufacturer: f[4].clone(),
                model: f[5].clone(),
            });
        }
    }
    for s in store.known_serials(&serials).await? {
        errors.push(format!("serial number {s}: already imported"));
    }
    if !errors.is_empty() {
        return Err(OathImportError::Rows(errors));
    }
    store.insert_oath_tokens(&tokens).await?;
    Ok(tokens.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_quotes() {
        assert_eq!(
            fields(r#"a@x.example, "S,1" ,"say ""hi""",30"#),
            vec!["a@x.example", "S,1", "say \"hi\"", "30"]
        );
    }
}
