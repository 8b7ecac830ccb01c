//! L3: what makes a shipped locale complete and well-formed against en-US (same message ids,
//! same variables, plural variants in the language's own CLDR categories, the device page's
//! `%org%`/`%upn%` slots kept). Owns the checks; refuses to judge the wording itself.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// One message as the checks see it.
#[derive(Debug, Default)]
struct Shape {
    vars: BTreeSet<String>,
    /// For each select on a variable: the variant keys.
    selects: Vec<(String, Vec<String>)>,
    text: String,
}

fn walk(p: &Pattern<&str>, out: &mut Shape) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => out.text.push_str(value),
            PatternElement::Placeable { expression } => expr(expression, out),
        }
    }
}

fn expr(e: &Expression<&str>, out: &mut Shape) {
    match e {
        Expression::Inline(i) => inline(i, out),
        Expression::Select { selector, variants } => {
            inline(selector, out);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                out.selects.push((id.name.to_string(), keys));
            }
            for v in variants {
                walk(&v.value, out);
            }
        }
    }
}

fn inline(i: &InlineExpression<&str>, out: &mut Shape) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, out);
            }
        }
        _ => {}
    }
}

fn shapes(src: &str) -> Result<BTreeMap<String, Shape>, String> {
    let res = fluent_syntax::parser::parse(src).map_err(|(_, e)| format!("parse errors: {e:?}"))?;
    let mut out = BTreeMap::new();
    for e in &res.body {
        match e {
            Entry::Message(m) => {
                let mut s = Shape::default();
                if let Some(v) = &m.value {
                    walk(v, &mut s);
                }
                if out.insert(m.id.name.to_string(), s).is_some() {
                    return Err(format!("{} is defined twice", m.id.name));
                }
            }
            Entry::Junk { content } => return Err(format!("unparsable: {content}")),
            _ => {}
        }
    }
    Ok(out)
}

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR cardinal categories whole numbers fall into in `tag`'s language (the counts we
/// pass are whole), and every category the language has at all.
pub fn plural_categories(tag: &str) -> (BTreeSet<&'static str>, BTreeSet<&'static str>) {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let language: LanguageIdentifier = id.language.as_str().parse().unwrap_or_default();
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
    else {
        return (BTreeSet::from(["other"]), BTreeSet::from(["other"]));
    };
    let mut whole = BTreeSet::new();
    for n in 0..=1000u32 {
        if let Ok(c) = rules.select(n) {
            whole.insert(category_name(c));
        }
    }
    let mut all = whole.clone();
    for f in ["0.5", "1.5", "2.5", "0.1", "1.1", "1000000", "1000000.5"] {
        if let Ok(c) = rules.select(f) {
            all.insert(category_name(c));
        }
    }
    (whole, all)
}

/// Problems with locale `tag`'s source against the default locale's; empty when it ships.
pub fn check(tag: &str, src: &str, base_src: &str) -> Vec<String> {
    let base = match shapes(base_src) {
        Ok(b) => b,
        Err(e) => return vec![format!("en-US: {e}")],
    };
    let this = match shapes(src) {
        Ok(t) => t,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    for id in base.keys().filter(|k| !this.contains_key(*k)) {
        problems.push(format!("missing {id}"));
    }
    for id in this.keys().filter(|k| !base.contains_key(*k)) {
        problems.push(format!("not in en-US: {id}"));
    }
    let (whole, all) = plural_categories(tag);
    for (id, s) in &this {
        let Some(b) = base.get(id) else { continue };
        if id == "time-format" {
            // A point in time: each language picks its clock (24-hour or with a day period).
            let must = ["year", "month", "day", "minute", "zone"];
            let clock = s.vars.contains("hour")
                || (s.vars.contains("hour12") && s.vars.contains("dayperiod"));
            if !must.iter().all(|v| s.vars.contains(*v))
                || !clock
                || s.vars.iter().any(|v| {
                    !must.contains(&v.as_str())
                        && !["hour", "hour12", "dayperiod"].contains(&v.as_str())
                })
            {
                problems.push(format!(
                    "{id}: needs $year $month $day $minute $zone and $hour (or $hour12 with $dayperiod), nothing else; has {:?}",
                    s.vars
                ));
            }
        } else if s.vars != b.vars {
            problems.push(format!(
                "{id}: uses variables {:?}, en-US uses {:?}",
                s.vars, b.vars
            ));
        }
        for slot in ["%org%", "%upn%"] {
            if b.text.contains(slot) && !s.text.contains(slot) {
                problems.push(format!("{id}: keep {slot} as it is"));
            }
        }
        for (var, keys) in &s.selects {
            let named: BTreeSet<&str> = keys
                .iter()
                .map(String::as_str)
                .filter(|k| !k.starts_with(|c: char| c.is_ascii_digit()))
                .collect();
            let unknown: Vec<_> = named.difference(&all).collect();
            if !unknown.is_empty() {
                problems.push(format!(
                    "{id}: ${var} has variants {unknown:?}, which {tag} does not have (it has {all:?})"
                ));
            }
            let short: Vec<_> = whole.difference(&named).collect();
            if !short.is_empty() {
                problems.push(format!(
                    "{id}: ${var} needs variants for {short:?} too ({tag} counts use {whole:?})"
                ));
            }
        }
        if s.text.trim().is_empty() && !b.text.trim().is_empty() {
            problems.push(format!("{id}: empty"));
        }
    }
    problems
}

/// Messages whose text is word for word the default locale's (a sign of a missed translation
/// when there are many).
pub fn same_as_default(src: &str, base_src: &str) -> Vec<String> {
    let (Ok(base), Ok(this)) = (shapes(base_src), shapes(src)) else {
        return Vec::new();
    };
    this.iter()
        .filter(|(id, s)| {
            base.get(*id)
                .is_some_and(|b| b.text == s.text && s.text.chars().any(char::is_alphabetic))
        })
        .map(|(id, _)| id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l3_plural_categories_come_from_cldr() {
        assert_eq!(
            plural_categories("en-US").0,
            BTreeSet::from(["one", "other"])
        );
        assert_eq!(plural_categories("ja-JP").0, BTreeSet::from(["other"]));
        assert_eq!(
            plural_categories("ru-RU").0,
            BTreeSet::from(["one", "few", "many"])
        );
        assert_eq!(
            plural_categories("ar-SA").0,
            BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
        );
    }

    #[test]
    fn l3_the_check_finds_missing_keys_variables_and_plural_forms() {
        let base = "a = Hi { $name }\nb = { $n ->\n    [one] one\n   *[other] { $n } things\n}\n";
        assert!(
            check(
                "de-DE",
                "a = Hallo { $name }\nb = { $n ->\n    [one] eins\n   *[other] { $n } Dinge\n}\n",
                base
            )
            .is_empty()
        );
        let p = check("de-DE", "a = Hallo\n", base);
        assert!(p.iter().any(|p| p == "missing b"), "{p:?}");
        assert!(
            p.iter().any(|p| p.starts_with("a: uses variables")),
            "{p:?}"
        );
        let ru = check(
            "ru-RU",
            "a = Привет { $name }\nb = { $n ->\n    [one] одна\n   *[other] { $n } вещей\n}\n",
            base,
        );
        assert!(ru.iter().any(|p| p.contains("needs variants")), "{ru:?}");
        let ja = check(
            "ja-JP",
            "a = { $name }\nb = { $n ->\n    [one] 一つ\n   *[other] { $n } 個\n}\n",
            base,
        );
        assert!(ja.iter().any(|p| p.contains("does not have")), "{ja:?}");
    }
}
