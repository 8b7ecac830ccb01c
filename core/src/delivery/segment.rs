//! Issue 15: how many SMS segments a text takes. GSM 03.38's 7-bit alphabet fits 160
//! characters in one segment (its extension characters count two), anything else is UCS-2
//! with 70 UTF-16 units; a longer text is split into 153 or 67 per part. Pure; refuses to
//! rewrite a text to fit (the locales are written to fit, and a test checks them).

/// GSM 03.38's basic character set.
const GSM7: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Its extension table: each takes an escape and the character.
const GSM7_EXT: &str = "^{}\\[~]|€\u{c}";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segments {
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2).
    pub units: usize,
    pub parts: usize,
}

/// Fluent's bidi isolation marks mean nothing on a phone's screen or to a speech engine:
/// every provider gets the text without them (`Providers::send`), so they are not counted.
fn sent_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
}

/// The text as it goes to a provider: without isolation marks.
pub fn sent_text(text: &str) -> String {
    sent_chars(text).collect()
}

pub fn segments(text: &str) -> Segments {
    let mut septets: usize = 0;
    let mut gsm = true;
    for c in sent_chars(text) {
        if GSM7.contains(c) {
            septets += 1;
        } else if GSM7_EXT.contains(c) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    if gsm {
        let parts = if septets <= 160 {
            1
        } else {
            septets.div_ceil(153)
        };
        return Segments {
            encoding: Encoding::Gsm7,
            units: septets,
            parts,
        };
    }
    let units: usize = sent_chars(text).map(char::len_utf16).sum();
    let parts = if units <= 70 { 1 } else { units.div_ceil(67) };
    Segments {
        encoding: Encoding::Ucs2,
        units,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue15_gsm7_fits_160_and_extension_characters_count_twice() {
        let s = segments(&"a".repeat(160));
        assert_eq!((s.encoding, s.parts), (Encoding::Gsm7, 1));
        assert_eq!(segments(&"a".repeat(161)).parts, 2);
        assert_eq!(segments(&"€".repeat(80)).units, 160);
        assert_eq!(segments(&"€".repeat(81)).parts, 2);
    }

    /// Issue 15: every shipped locale's code text fits one segment, with the longest code
    /// the configuration allows and a long organisation name.
    #[test]
    fn issue15_every_locales_sms_fits_one_segment() {
        use sspr_i18n::{Lang, Value, tr_args};
        for &lang in Lang::ALL {
            let text = tr_args(
                lang,
                "msg-code-sms",
                &[
                    ("code", Value::from("12345678")),
                    ("minutes", Value::from(10)),
                    ("org", Value::from("Contoso Pharmaceuticals")),
                ],
            );
            let s = segments(&text);
            assert_eq!(s.parts, 1, "{}: {s:?} for {text:?}", lang.tag());
        }
        // The English text stays in the 7-bit alphabet (160, not 70).
        let en = tr_args(
            Lang::EnUs,
            "msg-code-sms",
            &[
                ("code", Value::from("123456")),
                ("org", Value::from("Contoso")),
            ],
        );
        assert_eq!(segments(&en).encoding, Encoding::Gsm7, "{en:?}");
    }

    #[test]
    fn issue15_anything_else_is_ucs2_with_70_units() {
        let s = segments(&"確".repeat(70));
        assert_eq!((s.encoding, s.units, s.parts), (Encoding::Ucs2, 70, 1));
        assert_eq!(segments(&"確".repeat(71)).parts, 2);
        // An emoji is two UTF-16 units.
        assert_eq!(segments("😀").units, 2);
        // Isolation marks are not sent.
        assert_eq!(segments("\u{2068}123456\u{2069}").units, 6);
        assert_eq!(sent_text("\u{2068}123456\u{2069}"), "123456");
    }
}
