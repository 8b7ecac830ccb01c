//! One CSV cell encoding (RFC 4180), shared by the CLI's audit export and the console's
//! downloads. Owns quoting and the formula guard; refuses to know what the cells mean.

/// A cell: one a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is made
/// text with a leading apostrophe (OWASP's CSV injection advice: user IDs, reasons and
/// addresses come from strangers); quoted when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Rows of cells as CSV, CRLF between lines.
pub fn table(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|r| r.iter().map(|c| field(c)).collect::<Vec<_>>().join(","))
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_cells_are_quoted_and_formulas_defused() {
        assert_eq!(field("=1+2"), "'=1+2");
        assert_eq!(field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(field("plain"), "plain");
        assert_eq!(table(&[vec!["x".into(), "-y".into()]]), "x,'-y");
    }
}
