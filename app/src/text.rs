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

/// L1, L2: `?mkt=`, then the visit's chosen language and Accept-Language on the server
/// (one negotiation, in server-fns), or `navigator.languages` in the static client-side
/// bundle.
pub fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        sspr_server_fns::request_lang(query_param("mkt").as_deref())
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

/// The time zone times are shown in (issue 11), provided by the shell.
#[derive(Debug, Clone)]
// The static bundle reads the browser's zone itself (`fmt_time`), leaving this unread.
#[cfg_attr(feature = "csr", allow(dead_code))]
pub struct Zone(pub String);

pub fn request_zone() -> Zone {
    #[cfg(feature = "ssr")]
    {
        Zone(sspr_server_fns::request_zone())
    }
    #[cfg(not(feature = "ssr"))]
    {
        Zone("UTC".into())
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

/// Now, in Unix seconds: the server's clock (the one the flows use) or the browser's.
pub fn now() -> i64 {
    #[cfg(feature = "ssr")]
    {
        with_context::<sspr_server_fns::AppCtx, _>(|c| c.core.now()).unwrap_or(0)
    }
    #[cfg(not(feature = "ssr"))]
    {
        (js_sys::Date::now() / 1000.0) as i64
    }
}

/// A point in time (Unix seconds) in the reader's language and time zone, the zone named
/// (issue 11: "try again after", block notices, the outbox).
pub fn fmt_time(ts: i64) -> String {
    // The static bundle has no zone database: the browser's own clock gives the wall time
    // and its zone's name.
    #[cfg(feature = "csr")]
    {
        let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ts as f64 * 1000.0));
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                .resolved_options();
        let zone = js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "UTC".into());
        let parts = [
            i64::from(d.get_full_year()),
            i64::from(d.get_month()) + 1,
            i64::from(d.get_date()),
            i64::from(d.get_hours()),
            i64::from(d.get_minutes()),
        ];
        sspr_i18n::format_civil(lang(), parts, &zone)
    }
    #[cfg(not(feature = "csr"))]
    {
        let zone = with_context::<Zone, _>(|z| z.0.clone()).unwrap_or_else(|| "UTC".into());
        sspr_i18n::format_time(lang(), ts, &zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        assert_eq!(decode("a%40b.com"), "a@b.com");
        assert_eq!(decode("x+y%2"), "x y%2");
    }
}
