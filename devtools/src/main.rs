//! Developer tools, loopback only, every loop bounded in time: `serve-bytes` (a bare axum
//! handler serving fixed bytes, the SSR baseline of docs/benchmarks.md), `start-reset` (an
//! open-loop load at a fixed rate on POST /api/start, latency measured from each request's
//! scheduled time so a slow server cannot hide its queue), `serve-dir` (a static host
//! with index.html fallback, for testing the Trunk bundle against a running portal),
//! `postgres` (a PostgreSQL on loopback for `cargo xtask bench`: prints a database URL and
//! stops when its stdin closes) and `flow-cookie` (starts a reset and prints the flow
//! cookie, so a mid-flow page can be loaded).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

type Http = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

fn loopback(addr: &str) -> Result<SocketAddr, String> {
    let a: SocketAddr = addr.parse().map_err(|e| format!("{addr}: {e}"))?;
    if !a.ip().is_loopback() {
        return Err(format!("{addr}: benchmarks target loopback addresses only"));
    }
    Ok(a)
}

#[tokio::main]
async fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("serve-bytes") => {
            let file = arg(&args, "--file").ok_or("--file")?;
            let listen = loopback(&arg(&args, "--listen").unwrap_or_else(|| "127.0.0.1:3999".into()))?;
            let body = Bytes::from(std::fs::read(&file).map_err(|e| format!("{file}: {e}"))?);
            let app = axum::Router::new().fallback(move || {
                let body = body.clone();
                async move { ([(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")], body) }
            });
            let l = tokio::net::TcpListener::bind(listen).await.map_err(|e| e.to_string())?;
            axum::serve(l, app).await.map_err(|e| e.to_string())
        }
        Some("serve-dir") => {
            let dir = std::path::PathBuf::from(arg(&args, "--dir").unwrap_or_else(|| "dist".into()));
            let listen = loopback(&arg(&args, "--listen").unwrap_or_else(|| "127.0.0.1:3002".into()))?;
            // What a deployer does by hand: point the bundle at its portal.
            let origin = arg(&args, "--api-origin").unwrap_or_default();
            let index = std::fs::read_to_string(dir.join("index.html")).map_err(|e| format!("{}: {e}", dir.display()))?.replace(
                "<meta name=\"sspr-api-origin\" content=\"\"",
                &format!("<meta name=\"sspr-api-origin\" content=\"{origin}\""),
            );
            let fallback = move || {
                let index = index.clone();
                async move { axum::response::Html(index) }
            };
            let app = axum::Router::new()
                .route("/", axum::routing::get(fallback.clone()))
                .fallback_service(tower_http::services::ServeDir::new(dir).fallback(axum::routing::get(fallback)));
            let l = tokio::net::TcpListener::bind(listen).await.map_err(|e| e.to_string())?;
            axum::serve(l, app).await.map_err(|e| e.to_string())
        }
        Some("hash-flood") => {
            let n: usize = arg(&args, "--requests").and_then(|r| r.parse().ok()).unwrap_or(200).min(10_000);
            let limit: usize = arg(&args, "--concurrency").and_then(|r| r.parse().ok()).unwrap_or(2);
            hash_flood(n, limit).await
        }
        Some("start-reset") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let rate: u64 = arg(&args, "--rate").and_then(|r| r.parse().ok()).unwrap_or(1000);
            let secs: u64 = arg(&args, "--seconds").and_then(|r| r.parse().ok()).unwrap_or(10).min(60);
            let user = arg(&args, "--user").unwrap_or_else(|| "alice@demo.example".into());
            start_reset(&base, rate, secs, &user).await
        }
        Some("postgres") => {
            let pg = sspr_testservers::Postgres::start();
            println!("{}", pg.create_database());
            // Until whoever started us closes our stdin (or dies).
            let mut sink = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut sink);
            drop(pg);
            Ok(())
        }
        Some("flow-cookie") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let user = arg(&args, "--user").unwrap_or_else(|| "alice@demo.example".into());
            let client: Http = Client::builder(TokioExecutor::new()).build_http();
            let form = prepare(&client, &base, &user).await?;
            let req = hyper::Request::post(format!("http://{base}/api/start"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .body(Full::new(Bytes::from(form)))
                .map_err(|e| e.to_string())?;
            let res = client.request(req).await.map_err(|e| e.to_string())?;
            let cookie = res
                .headers()
                .get("set-cookie")
                .and_then(|c| c.to_str().ok())
                .and_then(|c| c.split(';').next())
                .ok_or("no flow cookie")?;
            println!("{cookie}");
            Ok(())
        }
        _ => Err("usage: sspr-devtools hash-flood [--requests N] [--concurrency C] | serve-bytes --file F [--listen A] | start-reset [--base A] [--rate N] [--seconds S] [--user U] | serve-dir [--dir D] [--listen A] [--api-origin O] | postgres | flow-cookie [--base A] [--user U]".into()),
    }
}

async fn get(client: &Http, url: &str) -> Result<String, String> {
    let req = hyper::Request::get(url)
        .body(Full::new(Bytes::new()))
        .map_err(|e| e.to_string())?;
    let res = client.request(req).await.map_err(|e| e.to_string())?;
    let body = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok(String::from_utf8_lossy(&body).into_owned())
}

fn between<'a>(s: &'a str, a: &str, b: &str) -> Option<&'a str> {
    let i = s.find(a)? + a.len();
    Some(&s[i..i + s[i..].find(b)?])
}

/// One prepared start-reset form: a fresh captcha and its proof of work, as a browser would
/// solve it (issue 10).
async fn prepare(client: &Http, base: &str, user: &str) -> Result<String, String> {
    let html = get(client, &format!("http://{base}/?mkt=en-us")).await?;
    let id =
        between(&html, "name=\"captcha_id\" value=\"", "\"").ok_or("no captcha on the page")?;
    let bits: u8 = between(&html, "data-bits=\"", "\"")
        .and_then(|b| b.parse().ok())
        .ok_or("no captcha difficulty on the page")?;
    let answer = sspr_policy::pow::search(id, bits, 0, u64::MAX).ok_or("no solution")?;
    Ok(format!(
        "username={}&captcha_id={id}&captcha_answer={answer}&mkt=en-us",
        user.replace('@', "%40")
    ))
}

async fn start_reset(base: &str, rate: u64, secs: u64, user: &str) -> Result<(), String> {
    let client: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(256)
        .build_http();
    let n = (rate * secs) as usize;
    println!("preparing {n} captchas ...");
    let mut forms = Vec::with_capacity(n);
    for _ in 0..n {
        forms.push(prepare(&client, base, user).await?);
    }
    println!("sending {n} start-reset requests at {rate}/s for {secs} s");
    let interval = Duration::from_nanos(1_000_000_000 / rate.max(1));
    let t0 = Instant::now() + Duration::from_millis(100);
    let mut tasks = Vec::with_capacity(n);
    for (i, form) in forms.into_iter().enumerate() {
        let scheduled = t0 + interval * i as u32;
        let client = client.clone();
        let url = format!("http://{base}/api/start");
        tasks.push(tokio::spawn(async move {
            tokio::time::sleep_until(scheduled.into()).await;
            let req = hyper::Request::post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .body(Full::new(Bytes::from(form)))
                .map_err(|e| e.to_string())?;
            let res = tokio::time::timeout(Duration::from_secs(10), client.request(req))
                .await
                .map_err(|_| "timeout".to_string())?;
            let res = res.map_err(|e| e.to_string())?;
            let ok = res.status() == 302
                && res
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .is_some_and(|l| l.starts_with("/reset/"));
            let _ = res.into_body().collect().await;
            Ok::<(Duration, bool), String>((scheduled.elapsed(), ok))
        }));
    }
    let mut lat = Vec::with_capacity(n);
    let mut refused = 0;
    for t in tasks {
        match t.await.map_err(|e| e.to_string())? {
            Ok((d, ok)) => {
                lat.push(d);
                if !ok {
                    refused += 1;
                }
            }
            Err(_) => refused += 1,
        }
    }
    lat.sort();
    let pct = |p: f64| {
        lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let wall = t0.elapsed();
    println!(
        "start-reset: {} ok of {n} ({refused} not a /reset/ redirect), {:.0} req/s offered, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms (wall {:.1} s)",
        lat.len() - refused.min(lat.len()),
        rate,
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        lat.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        wall.as_secs_f64()
    );
    Ok(())
}

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// N password hashes requested at once through sspr-core's Argon2id (SPEC 16 parameters)
/// with its concurrency limit; reports the process's peak RSS (VmHWM).
async fn hash_flood(n: usize, limit: usize) -> Result<(), String> {
    let limits = sspr_policy::Limits::default();
    let crypto =
        sspr_core::crypto::Crypto::new([7; 32], &limits, limit).map_err(|e| e.to_string())?;
    let before = status_kib("VmHWM:");
    let t = Instant::now();
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let c = crypto.clone();
            tokio::spawn(async move { c.hash_secret(&format!("flood-password-{i}")).await })
        })
        .collect();
    for task in tasks {
        task.await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
    }
    println!(
        "hash-flood: {n} Argon2id hashes (m=19 MiB, t=2, p=1), concurrency limit {limit}: {:.1} s, {:.0} hashes/s, peak RSS {} MiB (before {} MiB)",
        t.elapsed().as_secs_f64(),
        n as f64 / t.elapsed().as_secs_f64(),
        status_kib("VmHWM:") / 1024,
        before / 1024
    );
    Ok(())
}
