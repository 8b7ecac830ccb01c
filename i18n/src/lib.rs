//! Localisation: which language a request gets (L1 Accept-Language, L2 `?mkt=` with its
//! fallback chain) and the Fluent bundles compiled in from `locales/`. Owns translation
//! lookup; refuses to know about HTTP types (callers pass header and query strings).

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A shipped locale. Adding one: a folder under `locales/`, a variant here, a line in `SOURCES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    EnUs,
    JaJp,
}

/// Every shipped locale with its Fluent source, default first.
pub const SOURCES: &[(Lang, &str)] = &[
    (Lang::EnUs, include_str!("../../locales/en-US/main.ftl")),
    (Lang::JaJp, include_str!("../../locales/ja-JP/main.ftl")),
];

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::EnUs, Lang::JaJp];

    /// BCP 47 tag, as used in `<html lang>` and `?mkt=`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnUs => "en-US",
            Lang::JaJp => "ja-JP",
        }
    }

    fn primary(self) -> &'static str {
        self.tag().split('-').next().unwrap_or("en")
    }

    /// L2: exact tag (case-insensitive), else the language alone (`es-us` -> `es`), else none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        if tag.is_empty() {
            return None;
        }
        if let Some(l) = Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
        {
            return Some(l);
        }
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.primary().eq_ignore_ascii_case(primary))
    }
}

/// Pick the language: `?mkt=` first (L2), then a remembered choice (cookie), then
/// Accept-Language in quality order (L1), then the default.
pub fn negotiate(
    mkt: Option<&str>,
    remembered: Option<&str>,
    accept_language: Option<&str>,
) -> Lang {
    if let Some(l) = mkt.and_then(Lang::from_tag) {
        return l;
    }
    if let Some(l) = remembered.and_then(Lang::from_tag) {
        return l;
    }
    if let Some(header) = accept_language {
        let mut prefs: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (q > 0.0 && tag != "*").then_some((q, i, tag))
            })
            .collect();
        prefs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        if let Some(l) = prefs.iter().find_map(|(_, _, t)| Lang::from_tag(t)) {
            return l;
        }
    }
    Lang::default()
}

fn bundles() -> &'static HashMap<Lang, FluentBundle<FluentResource>> {
    static B: OnceLock<HashMap<Lang, FluentBundle<FluentResource>>> = OnceLock::new();
    B.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(lang, src)| {
                let id: LanguageIdentifier = lang.tag().parse().expect("shipped locale tags parse");
                let res = FluentResource::try_new((*src).to_string())
                    .expect("shipped .ftl files parse (tested)");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.add_resource(res)
                    .expect("no duplicate ids in shipped .ftl files (tested)");
                (*lang, b)
            })
            .collect()
    })
}

/// Translate `id` with `args`; a missing id falls back to en-US, then to the id itself (the
/// key-coverage test makes both fallbacks unreachable for shipped keys).
/// O4: the administrator's own wording for the messages the product sends (`msg-*` ids),
/// per locale: `<dir>/<tag>.ftl`, e.g. `templates/ja-JP.ftl`. Only ids the product ships may
/// be overridden; anything else is refused when loading, naming the file and the id.
pub struct Overrides {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

static OVERRIDES: OnceLock<Overrides> = OnceLock::new();

impl Overrides {
    /// Parse `(lang, source)` pairs; `origin` names them in errors.
    pub fn parse(sources: &[(Lang, String, String)]) -> Result<Overrides, String> {
        let base = bundles();
        let mut out = HashMap::new();
        for (lang, origin, src) in sources {
            let res = FluentResource::try_new(src.clone())
                .map_err(|(_, e)| format!("{origin}: not valid Fluent: {e:?}"))?;
            for id in ids(src) {
                if !id.starts_with("msg-") || base[&Lang::default()].get_message(&id).is_none() {
                    return Err(format!(
                        "{origin}: {id} is not a message this product sends (msg-*)"
                    ));
                }
            }
            let tag: LanguageIdentifier = lang.tag().parse().map_err(|_| "bad tag".to_string())?;
            let mut b = FluentBundle::new_concurrent(vec![tag]);
            b.add_resource(res)
                .map_err(|e| format!("{origin}: duplicate ids: {e:?}"))?;
            out.insert(*lang, b);
        }
        Ok(Overrides { bundles: out })
    }

    /// Every `<tag>.ftl` in `dir` (locales without a file keep the shipped wording).
    pub fn load(dir: &std::path::Path) -> Result<Overrides, String> {
        let mut sources = Vec::new();
        for lang in Lang::ALL {
            let path = dir.join(format!("{}.ftl", lang.tag()));
            if path.exists() {
                let src = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                sources.push((lang, path.display().to_string(), src));
            }
        }
        Overrides::parse(&sources)
    }

    /// Use these for the rest of the process (set once, at startup).
    pub fn install(self) -> Result<(), String> {
        OVERRIDES
            .set(self)
            .map_err(|_| "message overrides are already installed".to_string())
    }

    fn format(&self, lang: Lang, id: &str, args: &FluentArgs) -> Option<String> {
        let b = self.bundles.get(&lang)?;
        let msg = b.get_message(id)?.value()?;
        let mut errs = Vec::new();
        let s = b.format_pattern(msg, Some(args), &mut errs);
        Some(s.replace(['\u{2068}', '\u{2069}'], ""))
    }
}

pub fn tr_args(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    if id.starts_with("msg-")
        && let Some(o) = OVERRIDES.get()
    {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        if let Some(s) = o.format(lang, id, &fa) {
            return s;
        }
    }
    let b = bundles();
    for l in [lang, Lang::default()] {
        if let Some(msg) = b[&l].get_message(id).and_then(|m| m.value()) {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, v.clone());
            }
            let mut errs = Vec::new();
            let s = b[&l].format_pattern(
                msg,
                if args.is_empty() { None } else { Some(&fa) },
                &mut errs,
            );
            // Keep Fluent's bidi isolation for RTL locales; ours are LTR, so strip the marks.
            return s.replace(['\u{2068}', '\u{2069}'], "");
        }
    }
    id.to_string()
}

pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// Message ids defined in one locale's source.
pub fn ids(src: &str) -> Vec<String> {
    let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

pub use fluent_bundle::FluentValue as Value;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn l2_mkt_overrides_with_fallback_chain() {
        let cases = [
            (Some("ja-jp"), Some("en-US,en;q=0.9"), Lang::JaJp),
            (Some("JA-JP"), None, Lang::JaJp),
            (Some("ja"), None, Lang::JaJp),
            (Some("en-gb"), Some("ja"), Lang::EnUs),
            (Some("es-us"), None, Lang::EnUs),
            (Some("es-us"), Some("ja-JP"), Lang::JaJp),
            (None, Some("fr-FR, ja;q=0.8, en;q=0.5"), Lang::JaJp),
            (None, Some("en;q=0.4, ja;q=0.9"), Lang::JaJp),
            (None, Some("*"), Lang::EnUs),
            (None, None, Lang::EnUs),
        ];
        for (mkt, al, want) in cases {
            assert_eq!(negotiate(mkt, None, al), want, "mkt={mkt:?} accept={al:?}");
        }
    }

    #[test]
    fn l1_remembered_choice_beats_accept_language_but_not_mkt() {
        assert_eq!(negotiate(None, Some("ja-JP"), Some("en-US")), Lang::JaJp);
        assert_eq!(
            negotiate(Some("en-us"), Some("ja-JP"), Some("ja")),
            Lang::EnUs
        );
    }

    #[test]
    fn l3_every_locale_has_exactly_the_default_locales_keys() {
        let base: std::collections::BTreeSet<String> = ids(SOURCES[0].1).into_iter().collect();
        assert!(base.len() > 20);
        for (lang, src) in SOURCES {
            FluentResource::try_new(src.to_string())
                .unwrap_or_else(|(_, e)| panic!("{lang:?} parse errors: {e:?}"));
            let keys: std::collections::BTreeSet<String> = ids(src).into_iter().collect();
            let missing: Vec<_> = base.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&base).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang:?}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    fn rust_sources(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_sources(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }

    #[test]
    fn l3_every_key_is_used_and_every_used_key_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let mut code = String::new();
        for dir in [
            "app/src",
            "core/src",
            "server-fns/src",
            "policy/src",
            "server/src",
            "wire/src",
        ] {
            rust_sources(&root.join(dir), &mut code);
        }
        let keys = ids(SOURCES[0].1);
        let unused: Vec<_> = keys
            .iter()
            .filter(|k| !code.contains(&format!("\"{k}\"")))
            .collect();
        assert!(
            unused.is_empty(),
            "keys defined in locales/ but used nowhere: {unused:?}"
        );
        // Every literal passed to tr(...)/t(...)/ta(...) must exist.
        let mut missing = Vec::new();
        for call in ["tr(lang, \"", "tr_args(lang, \"", "t(\"", "ta(\""] {
            let mut rest = code.as_str();
            while let Some(i) = rest.find(call) {
                let before = rest[..i].chars().next_back();
                let after = &rest[i + call.len()..];
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    let id = after.split('"').next().unwrap_or("");
                    if !keys.iter().any(|k| k == id) {
                        missing.push(id.to_string());
                    }
                }
                rest = after;
            }
        }
        assert!(
            missing.is_empty(),
            "keys used in code but missing from locales/: {missing:?}"
        );
    }

    #[test]
    fn o4_administrators_override_message_wording_per_locale_and_only_messages() {
        let bad =
            Overrides::parse(&[(Lang::EnUs, "en-US.ftl".into(), "reset-title = Hi\n".into())]);
        assert!(bad.err().unwrap().contains("reset-title is not a message"));
        let unknown = Overrides::parse(&[(Lang::EnUs, "x".into(), "msg-nope = Hi\n".into())]);
        assert!(unknown.is_err());
        let o = Overrides::parse(&[(
            Lang::JaJp,
            "ja-JP.ftl".into(),
            "msg-reset-body = { $user } のパスワードがリセットされました (Contoso IT)\n".into(),
        )])
        .unwrap();
        o.install().unwrap();
        let args = [("user", Value::from("kim@contoso.example"))];
        assert_eq!(
            tr_args(Lang::JaJp, "msg-reset-body", &args),
            "kim@contoso.example のパスワードがリセットされました (Contoso IT)"
        );
        // Other locales and other messages keep the shipped wording.
        assert!(tr_args(Lang::EnUs, "msg-reset-body", &args).starts_with("The password of"));
        assert_ne!(tr(Lang::JaJp, "msg-reset-subject"), "");
    }

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let s = tr_args(Lang::EnUs, "captcha-nojs", &[("seconds", 37.into())]);
        assert!(s.contains("37") && !s.contains('\u{2068}'), "{s}");
        assert_ne!(tr(Lang::JaJp, "reset-title"), tr(Lang::EnUs, "reset-title"));
    }
}
