//! Issue 16: docs/configuration.md checked against the configuration's own structs, so the
//! reference cannot drift: every key of every table is documented (the field lists come from
//! serde itself), every documented default is the program's, and every documented variable
//! sets its key. Owns that check; refuses to generate the document (its prose is written).

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{self, DeserializeOwned, Visitor};

use super::{Config, ENV_KEYS, SmtpConfig};
use crate::delivery::phone::{PhoneConfig, ProviderConfig};
use crate::directory::{AttributeMap, DirectoryConfig};

const DOC: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../docs/configuration.md"
));

/// What a derived `Deserialize` told the recorder: a struct's field names, or something else.
#[derive(Debug)]
enum Probe {
    Fields(&'static [&'static str]),
    Other(String),
}

impl fmt::Display for Probe {
    fn fmt(&self, f_: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Probe::Fields(f) => write!(f_, "fields {f:?}"),
            Probe::Other(m) => f_.write_str(m),
        }
    }
}

impl std::error::Error for Probe {}

impl de::Error for Probe {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Probe::Other(msg.to_string())
    }
}

/// A deserializer that holds no data: a derived struct asks it for its fields by name
/// (`deserialize_struct`), which is all it answers.
struct Recorder;

impl<'de> de::Deserializer<'de> for Recorder {
    type Error = Probe;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Probe> {
        Err(Probe::Other("not a struct".into()))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Probe> {
        Err(Probe::Fields(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// The keys serde accepts for `T` (fields marked `skip` are not keys and are not listed).
fn keys<T: DeserializeOwned>() -> BTreeSet<&'static str> {
    match T::deserialize(Recorder) {
        Err(Probe::Fields(f)) => f.iter().copied().collect(),
        Err(e) => panic!("{}: {e}", std::any::type_name::<T>()),
        Ok(_) => panic!("{} deserialized from nothing", std::any::type_name::<T>()),
    }
}

/// One row of a section's table.
#[derive(Debug)]
struct Row {
    key: String,
    variable: Option<String>,
    ty: String,
    /// The default when the cell is one TOML value in backticks; prose ("unset", "required")
    /// is not checked.
    default: Option<String>,
}

/// The cell's text if it is exactly one code span.
fn code(cell: &str) -> Option<&str> {
    let inner = cell.strip_prefix('`')?.strip_suffix('`')?;
    (!inner.contains('`')).then_some(inner)
}

/// The rows of each `## heading`'s table.
fn sections(doc: &str) -> Vec<(String, Vec<Row>)> {
    let mut out: Vec<(String, Vec<Row>)> = Vec::new();
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            out.push((h.trim().to_string(), Vec::new()));
            continue;
        }
        if !line.starts_with("| `") {
            continue;
        }
        let Some((_, rows)) = out.last_mut() else {
            continue;
        };
        let cells: Vec<String> = line
            .replace("\\|", "\u{1}")
            .split('|')
            .map(|c| c.trim().replace('\u{1}', "|"))
            .collect();
        // "", key, variable, type, default, meaning, "": a key table (the variables' own
        // table has two columns and is read separately).
        if cells.len() != 7 {
            continue;
        }
        rows.push(Row {
            key: code(&cells[1]).expect("a key in backticks").to_string(),
            variable: code(&cells[2]).map(String::from),
            ty: cells[3].clone(),
            default: code(&cells[4]).map(String::from),
        });
    }
    out
}

/// A documented table: its heading, its keys (from serde), the TOML that precedes a key of
/// it in a file, and whether its variables set its keys directly.
struct Section {
    heading: &'static str,
    keys: BTreeSet<&'static str>,
    base: String,
    variables_set_keys: bool,
}

fn expected() -> Vec<Section> {
    let directory = "[directory]\nurl = \"ldaps://dc.example\"\nbind_dn = \"cn=sspr\"\nbase_dn = \"dc=example\"\n";
    vec![
        Section {
            heading: "Top level",
            keys: keys::<Config>(),
            base: String::new(),
            variables_set_keys: true,
        },
        Section {
            heading: "`[smtp]`",
            keys: keys::<SmtpConfig>(),
            base: "[smtp]\nhost = \"mail.example\"\n".into(),
            variables_set_keys: false,
        },
        Section {
            heading: "`[sms]` and `[voice]`",
            keys: keys::<PhoneConfig>(),
            base: "[sms]\n".into(),
            variables_set_keys: false,
        },
        Section {
            heading: "`[[sms.providers]]` and `[[voice.providers]]`",
            keys: keys::<ProviderConfig>(),
            base: "[[sms.providers]]\nkind = \"twilio\"\n".into(),
            variables_set_keys: false,
        },
        Section {
            heading: "`[directory]`",
            keys: keys::<DirectoryConfig>(),
            base: directory.into(),
            variables_set_keys: false,
        },
        Section {
            heading: "`[directory.attributes]`",
            keys: keys::<AttributeMap>(),
            base: format!("{directory}[directory.attributes]\n"),
            variables_set_keys: false,
        },
        Section {
            heading: "`[limits]`",
            keys: keys::<sspr_policy::Limits>(),
            base: "[limits]\n".into(),
            variables_set_keys: true,
        },
    ]
}

fn env_pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn parse(toml_text: &str) -> Config {
    toml::from_str(toml_text).unwrap_or_else(|e| panic!("{toml_text}\n{e}"))
}

/// A value of `ty` other than `default`, as TOML.
fn changed(ty: &str, default: Option<&str>) -> String {
    match ty {
        "bool" => if default == Some("true") {
            "false"
        } else {
            "true"
        }
        .into(),
        "integer" => (default.and_then(|d| d.parse::<i64>().ok()).unwrap_or(6) + 1).to_string(),
        "string" => "\"https://changed.example\"".into(),
        "path" => "\"/changed\"".into(),
        "time zone" => "\"Asia/Tokyo\"".into(),
        "list of strings" => "[\"https://changed.example\"]".into(),
        "list of CIDRs" => "[\"10.0.0.0/8\"]".into(),
        // "one of `text`, `json`": another of the values.
        other if other.starts_with("one of ") => other
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|v| format!("\"{v}\""))
            .find(|v| Some(v.as_str()) != default)
            .unwrap_or_else(|| panic!("{other}: no value besides the default")),
        other => panic!("no variable can carry a {other}"),
    }
}

/// A TOML value written as a variable's value: strings bare, lists with commas.
fn env_form(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Array(a) => a.iter().map(env_form).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

#[test]
fn issue16_the_reference_lists_every_key_with_the_programs_defaults_and_working_variables() {
    let doc = sections(DOC);
    for s in expected() {
        let rows = &doc
            .iter()
            .find(|(h, _)| h == s.heading)
            .unwrap_or_else(|| panic!("docs/configuration.md has no section {}", s.heading))
            .1;
        let documented: BTreeSet<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        let missing: Vec<_> = s.keys.difference(&documented).collect();
        let extra: Vec<_> = documented.difference(&s.keys).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: undocumented keys {missing:?}, documented keys the program lacks {extra:?}",
            s.heading
        );
        assert_eq!(rows.len(), documented.len(), "{}: a key twice", s.heading);
        let base = parse(&s.base);
        for r in rows {
            if let Some(d) = &r.default {
                let with = parse(&format!("{}{} = {d}\n", s.base, r.key));
                assert_eq!(
                    with, base,
                    "{} {}: the default is not {d}",
                    s.heading, r.key
                );
            }
            let Some(var) = &r.variable else { continue };
            if var.contains('<') {
                continue; // a pattern (`SSPR_<SMS|VOICE>_<NAME>_SECRET`): checked below
            }
            assert!(
                ENV_KEYS.contains(&var.as_str()) || var.starts_with("SSPR_LIMITS_"),
                "{var} is documented but not read"
            );
            if !s.variables_set_keys {
                continue;
            }
            // Setting the variable sets exactly that key.
            let value = changed(&r.ty, r.default.as_deref());
            let want = parse(&format!("{}{} = {value}\n", s.base, r.key));
            assert_ne!(want, base, "{}: {value} is its default", r.key);
            let literal: toml::Value = toml::from_str::<toml::Table>(&format!("v = {value}"))
                .unwrap()
                .remove("v")
                .unwrap();
            let value = env_form(&literal);
            let got = Config::load(None, env_pairs(&[(var.as_str(), value.as_str())]))
                .unwrap_or_else(|e| panic!("{var}: {e}"));
            assert_eq!(got, want, "{var} does not set {}", r.key);
        }
    }
    // Every variable the program reads is documented, and every one documented is read.
    for k in ENV_KEYS {
        assert!(DOC.contains(&format!("`{k}`")), "{k} is not documented");
    }
    for word in DOC.split(|c: char| !(c.is_ascii_alphanumeric() || "_<>|\\".contains(c))) {
        let word = word.replace('\\', "");
        if !word.starts_with("SSPR_")
            || word == "SSPR_"
            || word.contains('<')
            || word.starts_with("SSPR_LIMITS_")
        {
            continue;
        }
        assert!(ENV_KEYS.contains(&word.as_str()), "{word} is not read");
    }
    for pattern in [
        "SSPR_<SMS|VOICE>_<NAME>_SECRET",
        "SSPR_<SMS|VOICE>_<NAME>_RECEIPT_SECRET",
    ] {
        assert!(DOC.contains(&pattern.replace('|', "\\|")), "{pattern}");
    }
}

#[test]
fn issue16_var_dir_moves_the_default_database() {
    let c = Config::load(None, env_pairs(&[("SSPR_VAR_DIR", "/srv/sspr")])).unwrap();
    assert_eq!(c.database_url(), "sqlite:///srv/sspr/sspr.db");
    assert_eq!(Config::default().database_url(), "sqlite://var/sspr.db");
    let c = Config::load(
        None,
        env_pairs(&[
            ("SSPR_VAR_DIR", "/srv/sspr"),
            ("SSPR_DATABASE_URL", "postgres://db/sspr"),
        ]),
    )
    .unwrap();
    assert_eq!(c.database_url(), "postgres://db/sspr");
}
