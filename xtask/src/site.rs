//! The portal's build, driven directly (issue 14, a quick first run): the server binary with
//! `cargo build`, the islands' wasm with `cargo build` and `wasm-bindgen` (and binaryen's
//! `wasm-opt` when the npm packages are installed), the stylesheet and the public files, all
//! into `target/site`. Owns what cargo-leptos did for us, so a fresh machine no longer
//! builds cargo-leptos from source; refuses to download anything at run time.

use std::path::Path;

use crate::{Result, cmd, output, step};

/// Where the server finds its static files (the configuration's default `site_dir`).
pub const SITE: &str = "target/site";

/// The islands' bundle into `target/site/pkg` (`sspr.js`, `sspr_bg.wasm`, the names
/// Leptos's hydration scripts ask for when no cargo-leptos variables were set at build
/// time), then `sspr.css` and `public/`.
pub fn build_front() -> Result {
    step(
        "build the islands (wasm32, profile wasm-release)",
        cmd(
            "cargo",
            &[
                "build",
                "-p",
                "sspr-frontend",
                "--lib",
                "--target",
                "wasm32-unknown-unknown",
                "--profile",
                "wasm-release",
                "--no-default-features",
                "--features",
                "hydrate",
            ],
        ),
    )?;
    let pkg = Path::new(SITE).join("pkg");
    std::fs::create_dir_all(&pkg).map_err(|e| format!("creating {}: {e}", pkg.display()))?;
    step(
        "wasm-bindgen (the islands' JavaScript glue)",
        cmd(
            "wasm-bindgen",
            &[
                "target/wasm32-unknown-unknown/wasm-release/sspr_frontend.wasm",
                "--target",
                "web",
                "--no-typescript",
                "--out-dir",
                &pkg.to_string_lossy(),
                "--out-name",
                "sspr",
            ],
        ),
    )?;
    // npm's binaryen, never Debian's (BUILD-NOTES: Debian's 108 emits a module Chromium
    // rejects). Without it the bundle works, about twice as large.
    let wasm = pkg.join("sspr_bg.wasm");
    if Path::new("node_modules/.bin/wasm-opt").exists() {
        let w = wasm.to_string_lossy();
        step(
            "wasm-opt -Oz (npm binaryen)",
            cmd(
                "node_modules/.bin/wasm-opt",
                &[
                    "-Oz",
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                    &w,
                    "-o",
                    &w,
                ],
            ),
        )?;
    } else {
        println!("(no node_modules/.bin/wasm-opt: the islands' wasm is left unoptimised)");
    }
    copy("style/main.css", &pkg.join("sspr.css"))?;
    copy_dir(Path::new("public"), Path::new(SITE))?;
    Ok(())
}

/// The release server with its pages (its default feature, `ssr`).
pub fn build_server() -> Result {
    step(
        "build the portal (release)",
        cmd("cargo", &["build", "--release", "-p", "sspr"]),
    )
}

fn copy(from: &str, to: &Path) -> Result {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copying {from} to {}: {e}", to.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    std::fs::create_dir_all(to).map_err(|e| format!("creating {}: {e}", to.display()))?;
    let entries =
        std::fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("copying {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// Whether `wasm-bindgen` on PATH is the version the lockfile pins.
pub fn has_wasm_bindgen(version: &str) -> bool {
    output("wasm-bindgen", &["--version"]).is_some_and(|v| v.contains(version))
}
