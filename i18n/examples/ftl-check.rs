//! `cargo run -p sspr-i18n --example ftl-check -- locales/de-DE/main.ftl ...`: the L3 checks
//! on locale files before they are listed in `SOURCES` (the tag is the file's folder name).

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en-US/main.ftl");
    let base = std::fs::read_to_string(root).expect("locales/en-US/main.ftl");
    let mut bad = false;
    for path in std::env::args().skip(1) {
        let p = std::path::Path::new(&path);
        let tag = p
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
            .unwrap_or("en-US");
        let src = match std::fs::read_to_string(p) {
            Ok(s) => s,
            Err(e) => {
                println!("{path}: {e}");
                bad = true;
                continue;
            }
        };
        let problems = sspr_i18n::check::check(tag, &src, &base);
        let same = sspr_i18n::check::same_as_default(&src, &base);
        println!(
            "{path} ({tag}): {} problems; {} messages word for word as en-US{}",
            problems.len(),
            same.len(),
            if same.is_empty() {
                String::new()
            } else {
                format!(": {}", same.join(", "))
            }
        );
        for p in &problems {
            println!("  {p}");
        }
        bad |= !problems.is_empty();
    }
    std::process::exit(i32::from(bad));
}
