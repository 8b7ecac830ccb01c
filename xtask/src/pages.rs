//! `cargo xtask bench`'s page table (issue 14): every page of the reset, sign-in and
//! security-info flows under wrk, each against a bare axum handler serving that page's own
//! bytes, in paired rounds, and complete resets per second; the table goes into
//! docs/benchmarks.md between its markers. Owns the measuring and the table's format;
//! refuses to judge the numbers (the issue's targets are printed beside them).

use std::path::Path;

use crate::{Result, bench_server, cmd, output, wait_ready};

const ROUNDS: usize = 3;
const SECONDS: &str = "4s";
const BEGIN: &str = "<!-- pages:begin (written by cargo xtask bench) -->";
const END: &str = "<!-- pages:end -->";

struct Wrk {
    rps: f64,
    p99_ms: f64,
    non_2xx: bool,
}

/// One wrk run's requests per second and 99th percentile.
fn wrk(url: &str, cookie: Option<&str>) -> Result<Wrk> {
    let mut args = vec!["-t2", "-c32", "-d", SECONDS, "--latency"];
    let header;
    if let Some(c) = cookie {
        header = format!("Cookie: {c}");
        args.extend(["-H", header.as_str()]);
    }
    args.push(url);
    let out = output("wrk", &args).ok_or_else(|| format!("wrk {url} failed"))?;
    let rps = out
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .ok_or_else(|| format!("wrk {url}: no Requests/sec in {out}"))?;
    let p99_ms = out
        .lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("99%"))
        .and_then(|v| duration_ms(v.trim()))
        .ok_or_else(|| format!("wrk {url}: no 99% latency in {out}"))?;
    Ok(Wrk {
        rps,
        p99_ms,
        non_2xx: out.contains("Non-2xx"),
    })
}

/// wrk's `812.00us`, `5.41ms`, `1.02s` in milliseconds.
fn duration_ms(v: &str) -> Option<f64> {
    let (num, scale) = if let Some(n) = v.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = v.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = v.strip_suffix('s') {
        (n, 1000.0)
    } else {
        return None;
    };
    num.parse::<f64>().ok().map(|x| x * scale)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

struct Row {
    name: String,
    path: String,
    rps: f64,
    ratio: f64,
    p99_ms: f64,
    bare_rps: f64,
}

/// The table, measured against a fresh import of the demo tenants served at `addr`.
pub fn bench_pages(addr: &str) -> Result {
    let var = Path::new("target/bench-pages-var");
    let db = "sqlite://target/bench-pages-var/sspr.db";
    let mut server = bench_server("pages", db, var, addr)?;
    let result = (|| -> Result<(Vec<Row>, String)> {
        wait_ready(addr)?;
        let list = output(
            "target/release/sspr-devtools",
            &["pages", "--base", addr, "--dir", "target/bench-pages"],
        )
        .ok_or("sspr-devtools pages failed")?;
        let mut rows = Vec::new();
        for line in list.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let [i, name, path, cookie] = f[..] else {
                return Err(format!("sspr-devtools pages: unexpected line {line}"));
            };
            let cookie = (!cookie.is_empty()).then_some(cookie);
            let file = format!("target/bench-pages/{i}.html");
            let mut bare = cmd(
                "target/release/sspr-devtools",
                &["serve-bytes", "--file", &file, "--listen", "127.0.0.1:3999"],
            )
            .spawn()
            .map_err(|e| e.to_string())?;
            std::thread::sleep(std::time::Duration::from_millis(500));
            let measured = (|| -> Result<Row> {
                let (mut rps, mut ratio, mut p99, mut bare_rps) = (vec![], vec![], vec![], vec![]);
                for _ in 0..ROUNDS {
                    let p = wrk(&format!("http://{addr}{path}"), cookie)?;
                    if p.non_2xx {
                        return Err(format!("{name}: the portal answered other than 2xx"));
                    }
                    let b = wrk("http://127.0.0.1:3999/", None)?;
                    ratio.push(p.rps / b.rps);
                    rps.push(p.rps);
                    p99.push(p.p99_ms);
                    bare_rps.push(b.rps);
                }
                Ok(Row {
                    name: name.to_string(),
                    path: path.to_string(),
                    rps: median(rps),
                    ratio: median(ratio),
                    p99_ms: median(p99),
                    bare_rps: median(bare_rps),
                })
            })();
            let _ = bare.kill();
            let _ = bare.wait();
            let row = measured?;
            println!(
                "{:<34} {:>8.0} req/s  {:.3} of bare ({:.0})  p99 {:.2} ms",
                row.name, row.rps, row.ratio, row.bare_rps, row.p99_ms
            );
            rows.push(row);
        }
        // The walk left carol's reset done; reset-rate starts hers afresh each time.
        let resets = output(
            "target/release/sspr-devtools",
            &[
                "reset-rate",
                "--base",
                addr,
                "--workers",
                "4",
                "--seconds",
                "10",
            ],
        )
        .ok_or("sspr-devtools reset-rate failed")?;
        print!("{resets}");
        Ok((rows, resets))
    })();
    let _ = server.kill();
    let _ = server.wait();
    let (rows, resets) = result?;
    write_table(&rows, &resets)
}

fn write_table(rows: &[Row], resets: &str) -> Result {
    let commit = output("git", &["rev-parse", "--short", "HEAD"]).unwrap_or_default();
    let date = output("date", &["-u", "+%Y-%m-%d"]).unwrap_or_default();
    let mut t = format!(
        "{BEGIN}\n### Every page, {} at commit {} (SQLite, wrk -t2 -c32 -d{SECONDS}, {ROUNDS} paired rounds, medians)\n\n\
         Target (issue 14): every page >= 0.25 of bare axum serving its bytes, p99 <= 5 ms.\n\n\
         | page | path | req/s | / bare axum, same bytes | p99 | bare req/s |\n| --- | --- | --- | --- | --- | --- |\n",
        date.trim(),
        commit.trim()
    );
    for r in rows {
        t.push_str(&format!(
            "| {} | `{}` | {:.0} | {:.3} | {:.2} ms | {:.0} |\n",
            r.name, r.path, r.rps, r.ratio, r.p99_ms, r.bare_rps
        ));
    }
    t.push_str("\nComplete resets (carol: captcha, start, choose, questions, new password; `sspr-devtools reset-rate --workers 4 --seconds 10`):\n\n```text\n");
    t.push_str(resets.trim_end());
    t.push_str(&format!("\n```\n{END}\n"));
    let path = "docs/benchmarks.md";
    let doc = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let doc = match (doc.find(BEGIN), doc.find(END)) {
        (Some(b), Some(e)) if e > b => format!("{}{t}{}", &doc[..b], &doc[e + END.len() + 1..]),
        _ => {
            // First run: the table goes after the introduction (before the first dated run).
            let at = doc.find("\n## ").map(|i| i + 1).unwrap_or(doc.len());
            format!("{}{t}\n{}", &doc[..at], &doc[at..])
        }
    };
    std::fs::write(path, doc).map_err(|e| format!("{path}: {e}"))?;
    println!("docs/benchmarks.md: page table written");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrk_durations_in_milliseconds() {
        assert_eq!(duration_ms("812.00us"), Some(0.812));
        assert_eq!(duration_ms("5.41ms"), Some(5.41));
        assert_eq!(duration_ms("1.50s"), Some(1500.0));
        assert_eq!(duration_ms("fast"), None);
    }

    #[test]
    fn median_of_three() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
    }
}
