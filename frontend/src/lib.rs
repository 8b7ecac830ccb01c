//! The wasm entry point: hydrates the portal's islands (the live password checklist and the
//! form guard). Owns nothing else; pages stay server-rendered.

use wasm_bindgen::prelude::wasm_bindgen;

// Linking the app crate brings its `#[island]` exports into this module.
pub use sspr_app::islands;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
