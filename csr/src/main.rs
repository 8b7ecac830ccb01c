//! The static client-side bundle's entry point: reads the API origin from
//! `<meta name="sspr-api-origin">` in index.html and mounts the portal's pages in the
//! browser. Owns nothing else; the server allows this origin through `allowed_origins`.

fn main() {
    console_error_panic_hook::set_once();
    let origin = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=sspr-api-origin]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .filter(|o| !o.is_empty());
    if let Some(origin) = origin {
        // Leaked once at start: server_fn keeps the prefix for the life of the page.
        leptos::server_fn::client::set_server_url(Box::leak(origin.into_boxed_str()));
    }
    leptos::mount::mount_to_body(sspr_app::App);
}
