//! Localisation: which language a request gets (L1 Accept-Language, L2 `?mkt=` with its
//! fallback chain) and the Fluent bundles compiled in from `locales/`. Owns translation
//! lookup; refuses to know about HTTP types (callers pass header and query strings).

pub mod check;

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The shipped locales (L3: the languages of Microsoft 365), as one table: variant, BCP 47
/// tag, the language's own name (for the picker), right to left. The first row of a language
/// is where its bare code lands (`es` -> es-ES, `pt` -> pt-BR, `zh` -> zh-CN).
macro_rules! langs {
    ($($v:ident $tag:literal $name:literal $rtl:literal;)*) => {
        /// A shipped locale. Adding one: a row here and a folder under `locales/` (the L3 test
        /// refuses a row without its file or with missing keys).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
        pub enum Lang {
            #[default]
            $($v,)*
        }

        /// Every shipped locale with its Fluent source, default first. A row of the table
        /// without its `locales/<tag>/main.ftl` does not compile.
        pub const SOURCES: &[(Lang, &str)] = &[
            $((Lang::$v, include_str!(concat!("../../locales/", $tag, "/main.ftl"))),)*
        ];

        impl Lang {
            pub const ALL: &'static [Lang] = &[$(Lang::$v,)*];

            /// BCP 47 tag, as used in `<html lang>` and `?mkt=`.
            pub fn tag(self) -> &'static str {
                match self { $(Lang::$v => $tag,)* }
            }

            /// The language's name in itself (the picker lists languages this way).
            pub fn endonym(self) -> &'static str {
                match self { $(Lang::$v => $name,)* }
            }

            /// Written right to left (`<html dir="rtl">`).
            pub fn rtl(self) -> bool {
                match self { $(Lang::$v => $rtl,)* }
            }
        }
    };
}

langs! {
    EnUs "en-US" "English (United States)" false;
    ArSa "ar-SA" "العربية" true;
    BgBg "bg-BG" "Български" false;
    CaEs "ca-ES" "Català" false;
    CsCz "cs-CZ" "Čeština" false;
    DaDk "da-DK" "Dansk" false;
    DeDe "de-DE" "Deutsch" false;
    ElGr "el-GR" "Ελληνικά" false;
    EnGb "en-GB" "English (United Kingdom)" false;
    EsEs "es-ES" "Español (España)" false;
    EsMx "es-MX" "Español (México)" false;
    EtEe "et-EE" "Eesti" false;
    EuEs "eu-ES" "Euskara" false;
    FiFi "fi-FI" "Suomi" false;
    FrFr "fr-FR" "Français (France)" false;
    FrCa "fr-CA" "Français (Canada)" false;
    GlEs "gl-ES" "Galego" false;
    HeIl "he-IL" "עברית" true;
    HiIn "hi-IN" "हिन्दी" false;
    HrHr "hr-HR" "Hrvatski" false;
    HuHu "hu-HU" "Magyar" false;
    IdId "id-ID" "Bahasa Indonesia" false;
    ItIt "it-IT" "Italiano" false;
    JaJp "ja-JP" "日本語" false;
    KkKz "kk-KZ" "Қазақ тілі" false;
    KoKr "ko-KR" "한국어" false;
    LtLt "lt-LT" "Lietuvių" false;
    LvLv "lv-LV" "Latviešu" false;
    MsMy "ms-MY" "Bahasa Melayu" false;
    NbNo "nb-NO" "Norsk bokmål" false;
    NlNl "nl-NL" "Nederlands" false;
    PlPl "pl-PL" "Polski" false;
    PtBr "pt-BR" "Português (Brasil)" false;
    PtPt "pt-PT" "Português (Portugal)" false;
    RoRo "ro-RO" "Română" false;
    RuRu "ru-RU" "Русский" false;
    SrLatnRs "sr-Latn-RS" "Srpski (latinica)" false;
    SkSk "sk-SK" "Slovenčina" false;
    SlSi "sl-SI" "Slovenščina" false;
    SvSe "sv-SE" "Svenska" false;
    ThTh "th-TH" "ไทย" false;
    TrTr "tr-TR" "Türkçe" false;
    UkUa "uk-UA" "Українська" false;
    ViVn "vi-VN" "Tiếng Việt" false;
    ZhCn "zh-CN" "中文(简体)" false;
    ZhTw "zh-TW" "中文(繁體)" false;
}

/// Regions whose Spanish is Latin American (es-419 and the countries), for es-MX.
const LATAM: &[&str] = &[
    "419", "us", "mx", "ar", "bo", "cl", "co", "cr", "cu", "do", "ec", "gt", "hn", "ni", "pa",
    "pe", "pr", "py", "sv", "uy", "ve",
];
/// Regions whose English follows British conventions, for en-GB.
const COMMONWEALTH: &[&str] = &[
    "gb", "uk", "au", "nz", "ie", "in", "za", "sg", "hk", "mt", "my", "pk", "ng", "ke",
];

impl Lang {
    fn primary(self) -> &'static str {
        self.tag().split('-').next().unwrap_or("en")
    }

    /// L2: the tag itself (case-insensitive, `_` as `-`), else the language's variant for
    /// the region or script (`es-us` -> es-MX, `zh-hk` -> zh-TW, `en-au` -> en-GB,
    /// `pt-ao` -> pt-PT), else the language's first locale (`pt` -> pt-BR), else none.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        if tag.is_empty() {
            return None;
        }
        if let Some(l) = Lang::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(&tag))
        {
            return Some(l);
        }
        let mut parts = tag.split('-');
        let language = match parts.next().unwrap_or("") {
            // Old and macro-language codes browsers still send.
            "iw" => "he",
            "in" => "id",
            "no" | "nn" => "nb",
            l => l,
        };
        let (mut script, mut region) = ("", "");
        for p in parts {
            match p.len() {
                4 if script.is_empty() && region.is_empty() => script = p,
                2 | 3 if region.is_empty() => region = p,
                _ => {}
            }
        }
        let pick = match language {
            "es" if LATAM.contains(&region) => Some(Lang::EsMx),
            "en" if COMMONWEALTH.contains(&region) => Some(Lang::EnGb),
            "fr" if region == "ca" => Some(Lang::FrCa),
            "pt" if !region.is_empty() && region != "br" => Some(Lang::PtPt),
            "zh" if script == "hant" || ["tw", "hk", "mo"].contains(&region) => Some(Lang::ZhTw),
            _ => None,
        };
        pick.or_else(|| Lang::ALL.iter().copied().find(|l| l.primary() == language))
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
        for &lang in Lang::ALL {
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
        Some(isolate(lang, s.into_owned()))
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
        let Some(bundle) = b.get(&l) else { continue };
        if let Some(msg) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, v.clone());
            }
            let mut errs = Vec::new();
            let s = bundle.format_pattern(
                msg,
                if args.is_empty() { None } else { Some(&fa) },
                &mut errs,
            );
            return isolate(l, s.into_owned());
        }
    }
    id.to_string()
}

/// Fluent wraps each placeable in bidi isolation marks (FSI..PDI). Right-to-left text keeps
/// them, so a masked phone number or a code inside Arabic or Hebrew reads left to right;
/// left-to-right text drops them (they would only clutter mail and SMS).
fn isolate(lang: Lang, s: String) -> String {
    if lang.rtl() {
        s
    } else {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }
}

pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// The default locale's message ids that start with `prefix` (issue 12: the console hands
/// the browser every refusal it may show, in the page's language).
pub fn ids_with_prefix(prefix: &str) -> Vec<String> {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| ids(SOURCES[0].1))
        .iter()
        .filter(|id| id.starts_with(prefix))
        .cloned()
        .collect()
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

/// A time zone name the portal can use: an IANA name it knows (`Asia/Tokyo`), or `UTC`.
/// Anything else (a cookie is the user's to write) is refused.
pub fn known_zone(name: &str) -> Option<&str> {
    let name = name.trim();
    if name.is_empty()
        || name.len() > 64
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/_+-".contains(&b))
    {
        return None;
    }
    if name == "UTC" {
        return Some(name);
    }
    #[cfg(feature = "tz")]
    {
        jiff::tz::TimeZone::get(name).ok().map(|_| name)
    }
    #[cfg(not(feature = "tz"))]
    {
        None
    }
}

/// The wall-clock parts of `unix` seconds in `zone` (UTC when the zone is unknown or this
/// build has no zone database), and the zone's name as shown.
fn civil(unix: i64, zone: &str) -> ([i64; 5], String) {
    #[cfg(feature = "tz")]
    if let (Some(name), Ok(ts)) = (known_zone(zone), jiff::Timestamp::from_second(unix))
        && let Ok(tz) = jiff::tz::TimeZone::get(name)
    {
        let dt = ts.to_zoned(tz).datetime();
        return (
            [
                i64::from(dt.year()),
                i64::from(dt.month()),
                i64::from(dt.day()),
                i64::from(dt.hour()),
                i64::from(dt.minute()),
            ],
            name.to_string(),
        );
    }
    let _ = zone;
    // The policy crate's UTC calendar (the one the flows' limits use).
    let u = sspr_policy::time::Utc::from_unix(unix);
    (
        [
            u.year,
            i64::from(u.month),
            i64::from(u.day),
            i64::from(u.hour),
            i64::from(u.minute),
        ],
        "UTC".to_string(),
    )
}

/// A point in time for a reader of `lang` in `zone`: the locale's `time-format`, with the
/// zone named (issue 11: block notices and "try again after" in the user's own time).
pub fn format_time(lang: Lang, unix: i64, zone: &str) -> String {
    let (parts, zone) = civil(unix, zone);
    format_civil(lang, parts, &zone)
}

/// A wall-clock time (year, month, day, hour, minute) already in `zone`, as
/// [`format_time`] writes it: for a caller that has its own clock's zone (the static
/// bundle reads the browser's).
pub fn format_civil(lang: Lang, [year, month, day, hour, minute]: [i64; 5], zone: &str) -> String {
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let dayperiod = tr(lang, if hour < 12 { "time-am" } else { "time-pm" });
    let s = tr_args(
        lang,
        "time-format",
        &[
            ("year", Value::from(year.to_string())),
            ("month", Value::from(format!("{month:02}"))),
            ("day", Value::from(format!("{day:02}"))),
            ("hour", Value::from(format!("{hour:02}"))),
            ("hour12", Value::from(hour12.to_string())),
            ("minute", Value::from(format!("{minute:02}"))),
            ("dayperiod", Value::from(dayperiod)),
            ("zone", Value::from(zone)),
        ],
    );
    // The time is one unit inside any sentence, left to right even in Arabic and Hebrew.
    if lang.rtl() {
        format!("\u{2066}{s}\u{2069}")
    } else {
        s
    }
}

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
            (Some("en-gb"), Some("ja"), Lang::EnGb),
            (Some("en-au"), None, Lang::EnGb),
            (Some("en"), Some("ja"), Lang::EnUs),
            (Some("es-us"), None, Lang::EsMx),
            (Some("es-419"), None, Lang::EsMx),
            (Some("es"), None, Lang::EsEs),
            (Some("de-de"), Some("ja-JP"), Lang::DeDe),
            (Some("de-AT"), None, Lang::DeDe),
            (Some("ar-sa"), None, Lang::ArSa),
            (Some("ar-EG"), None, Lang::ArSa),
            (Some("zh-cn"), None, Lang::ZhCn),
            (Some("zh"), None, Lang::ZhCn),
            (Some("zh-hk"), None, Lang::ZhTw),
            (Some("zh-Hant"), None, Lang::ZhTw),
            (Some("zh_TW"), None, Lang::ZhTw),
            (Some("fr"), None, Lang::FrFr),
            (Some("fr-ca"), None, Lang::FrCa),
            (Some("fr-BE"), None, Lang::FrFr),
            (Some("pt"), None, Lang::PtBr),
            (Some("pt-br"), None, Lang::PtBr),
            (Some("pt-pt"), None, Lang::PtPt),
            (Some("pt-AO"), None, Lang::PtPt),
            (Some("sr"), None, Lang::SrLatnRs),
            (Some("sr-Latn-RS"), None, Lang::SrLatnRs),
            (Some("no"), None, Lang::NbNo),
            (Some("nn-NO"), None, Lang::NbNo),
            (Some("iw"), None, Lang::HeIl),
            (Some("xx-yy"), Some("ko-KR,en;q=0.5"), Lang::KoKr),
            (Some("tlh"), None, Lang::EnUs),
            (None, Some("fr-CH, ja;q=0.8, en;q=0.5"), Lang::FrFr),
            (None, Some("tlh, ja;q=0.8, en;q=0.5"), Lang::JaJp),
            (None, Some("en;q=0.4, ja;q=0.9"), Lang::JaJp),
            (None, Some("*"), Lang::EnUs),
            (None, None, Lang::EnUs),
        ];
        for (mkt, al, want) in cases {
            assert_eq!(negotiate(mkt, None, al), want, "mkt={mkt:?} accept={al:?}");
        }
    }

    #[test]
    fn l3_every_tag_finds_itself_and_the_table_is_whole() {
        assert_eq!(Lang::ALL.len(), 46);
        for &l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l), "{}", l.tag());
            assert_eq!(Lang::from_tag(&l.tag().to_ascii_lowercase()), Some(l));
            assert!(!l.endonym().is_empty());
        }
        let rtl: Vec<_> = Lang::ALL
            .iter()
            .filter(|l| l.rtl())
            .map(|l| l.tag())
            .collect();
        assert_eq!(rtl, ["ar-SA", "he-IL"]);
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

    #[test]
    fn l3_every_locale_passes_the_check_and_is_translated() {
        let base = SOURCES[0].1;
        for (lang, src) in SOURCES {
            let problems = check::check(lang.tag(), src, base);
            assert!(problems.is_empty(), "{}: {problems:#?}", lang.tag());
            if lang.primary() != "en" {
                let same = check::same_as_default(src, base);
                assert!(
                    same.len() <= 6,
                    "{}: {} messages word for word as en-US: {same:?}",
                    lang.tag(),
                    same.len()
                );
            }
        }
    }

    #[test]
    fn l3_every_shipped_language_has_its_locale() {
        for &l in Lang::ALL {
            assert!(
                SOURCES.iter().any(|(s, _)| *s == l),
                "{} has no locales/{}/main.ftl in SOURCES",
                l.tag(),
                l.tag()
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
        // This crate's own lookups (times), without its tests' literals.
        let own = std::fs::read_to_string(root.join("i18n/src/lib.rs")).unwrap();
        code.push_str(own.split("#[cfg(test)]").next().unwrap_or(""));
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
    fn issue11_times_are_in_the_readers_zone_and_locale_format() {
        // 2026-11-18 11:06:40 UTC.
        let t = 1_795_000_000;
        assert_eq!(
            format_time(Lang::EnUs, t, "UTC"),
            "11/18/2026, 11:06 AM (UTC)"
        );
        assert_eq!(
            format_time(Lang::JaJp, 0, "nowhere"),
            "1970/01/01 00:00 (UTC)"
        );
        assert_eq!(
            format_time(Lang::JaJp, 951_782_400, "UTC"),
            "2000/02/29 00:00 (UTC)"
        );
        assert_eq!(known_zone("../../etc/passwd"), None);
        assert_eq!(known_zone("UTC"), Some("UTC"));
        #[cfg(feature = "tz")]
        {
            assert_eq!(
                format_time(Lang::JaJp, t, "Asia/Tokyo"),
                "2026/11/18 20:06 (Asia/Tokyo)"
            );
            assert_eq!(
                format_time(Lang::EnUs, t, "America/New_York"),
                "11/18/2026, 6:06 AM (America/New_York)"
            );
            assert_eq!(known_zone("Europe/Berlin"), Some("Europe/Berlin"));
            assert_eq!(known_zone("Mars/Olympus"), None);
        }
    }

    #[test]
    fn formats_arguments_without_isolation_marks() {
        let s = tr_args(Lang::EnUs, "captcha-nojs", &[("seconds", 37.into())]);
        assert!(s.contains("37") && !s.contains('\u{2068}'), "{s}");
        assert_ne!(tr(Lang::JaJp, "reset-title"), tr(Lang::EnUs, "reset-title"));
    }
}
