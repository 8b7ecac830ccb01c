//! Words on pages: the request's language and Fluent lookups. Server-side only in practice
//! (islands get their strings as props). Refuses to hold any string itself.

use leptos::prelude::*;
pub use sspr_i18n::Lang;
use sspr_i18n::Value;

/// A query parameter of the current request (server) or page (browser).
pub fn query_param(name: &str) -> Option<String> {
    #[cfg(feature = "ssr")]
    {
        // `with_context`, not `use_context`: the request's parts are read, never cloned
        // (issue 14: cloning the header map cost every lookup).
        with_context::<http::request::Parts, _>(|parts| {
            parts.uri.query()?.split('&').find_map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k == name).then(|| decode(v))
            })
        })
        .flatten()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let search = web_sys::window()?.location().search().ok()?;
        search.trim_start_matches('?').split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k == name).then(|| decode(v))
        })
    }
}

/// Percent-decoding of a query value (`+` is a space).
pub fn decode(v: &str) -> String {
    let b = v.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
                {
                    Ok(x) => {
                        out.push(x);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// L1, L2: `?mkt=`, then Accept-Language on the server or `navigator.languages` in the
/// static client-side bundle.
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        let accept = with_context::<http::request::Parts, _>(|p| {
            p.headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(String::from)
        })
        .flatten();
        sspr_i18n::negotiate(query_param("mkt").as_deref(), None, accept.as_deref())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let langs: Vec<String> = web_sys::window()
            .map(|w| {
                w.navigator()
                    .languages()
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect()
            })
            .unwrap_or_default();
        sspr_i18n::negotiate(query_param("mkt").as_deref(), None, Some(&langs.join(",")))
    }
}

pub fn lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

pub fn t(id: &str) -> String {
    sspr_i18n::tr(lang(), id)
}

pub fn ta(id: &str, args: &[(&str, Value<'_>)]) -> String {
    sspr_i18n::tr_args(lang(), id, args)
}

/// `2026-11-22 10:04` from Unix seconds (UTC), for "try again after" messages.
pub fn fmt_utc(ts: i64) -> String {
    let u = sspr_policy::time::Utc::from_unix(ts);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        u.year, u.month, u.day, u.hour, u.minute
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_formatting() {
        assert_eq!(fmt_utc(0), "1970-01-01 00:00");
        assert_eq!(fmt_utc(1_795_000_000), "2026-11-18 11:06");
        assert_eq!(fmt_utc(951_782_400), "2000-02-29 00:00");
    }

    #[test]
    fn query_decoding() {
        assert_eq!(decode("a%40b.com"), "a@b.com");
        assert_eq!(decode("x+y%2"), "x y%2");
    }
}
