//! Developer tools, loopback only, every loop bounded in time: `serve-bytes` (a bare axum
//! handler serving fixed bytes, the SSR baseline of docs/benchmarks.md), `start-reset` (an
//! open-loop load at a fixed rate on POST /api/start, latency measured from each request's
//! scheduled time so a slow server cannot hide its queue), `serve-dir` (a static host
//! with index.html fallback, for testing the Trunk bundle against a running portal),
//! `postgres` (a PostgreSQL on loopback for `cargo xtask bench`: prints a database URL and
//! stops when its stdin closes), `flow-cookie` (starts a reset and prints the flow
//! cookie, so a mid-flow page can be loaded), `pages` (every page of the flows with the
//! cookie that reaches it, and its bytes, for `cargo xtask bench`), `reset-rate` (complete
//! resets per second, the Argon2id steps timed apart) and `fake-providers` (the SMS and voice
//! providers' APIs for the Playwright run, with `GET /_received` listing what they took,
//! and each message's signed "delivered" receipt sent back to the portal).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

mod pages;

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
        Some("signin-flood") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let cookie = arg(&args, "--cookie").ok_or("--cookie (a flow cookie)")?;
            let concurrency: usize = arg(&args, "--concurrency").and_then(|r| r.parse().ok()).unwrap_or(400).min(2000);
            let secs: u64 = arg(&args, "--seconds").and_then(|r| r.parse().ok()).unwrap_or(10).min(60);
            signin_flood(&base, &cookie, concurrency, secs).await
        }
        Some("b3-timing") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let n: usize = arg(&args, "--requests").and_then(|r| r.parse().ok()).unwrap_or(1000).min(5000);
            b3_timing(&base, n).await
        }
        Some("fake-providers") => {
            let listen = loopback(&arg(&args, "--listen").unwrap_or_else(|| "127.0.0.1:3005".into()))?;
            let f = sspr_fakes::Fakes::start(&listen.to_string(), Default::default(), true)
                .await
                .map_err(|e| format!("{listen}: {e}"))?;
            println!("fake providers on {}", f.base());
            std::future::pending::<()>().await;
            Ok(())
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
        Some("pages") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let dir = std::path::PathBuf::from(arg(&args, "--dir").unwrap_or_else(|| "target/bench-pages".into()));
            let client: Http = Client::builder(TokioExecutor::new()).build_http();
            let list = pages::walk(&client, &base).await?;
            pages::save(&client, &base, &list, &dir).await?;
            for (i, p) in list.iter().enumerate() {
                println!("{i}\t{}\t{}\t{}", p.name, p.path, p.cookie.as_deref().unwrap_or(""));
            }
            Ok(())
        }
        Some("reset-rate") => {
            let base = arg(&args, "--base").unwrap_or_else(|| "127.0.0.1:3000".into());
            loopback(&base)?;
            let workers: usize = arg(&args, "--workers").and_then(|v| v.parse().ok()).unwrap_or(4);
            let secs: u64 = arg(&args, "--seconds").and_then(|v| v.parse().ok()).unwrap_or(10);
            let client: Http = Client::builder(TokioExecutor::new()).build_http();
            pages::reset_rate(&client, &base, workers, secs.min(120)).await
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
        _ => Err("usage: sspr-devtools hash-flood [--requests N] [--concurrency C] | serve-bytes --file F [--listen A] | start-reset [--base A] [--rate N] [--seconds S] [--user U] | serve-dir [--dir D] [--listen A] [--api-origin O] | postgres | flow-cookie [--base A] [--user U] | pages [--base A] [--dir D] | signin-flood --cookie C [--base A] [--concurrency N] [--seconds S] | b3-timing [--base A] [--requests N] | fake-providers [--listen A]".into()),
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

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted
        .get(((sorted.len() as f64 * p) as usize).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or_default()
}

/// A closed loop of `clients` GETs of `url` (with `cookie`) for `secs`: every latency.
async fn page_loop(
    client: &Http,
    url: &str,
    cookie: &str,
    clients: usize,
    secs: u64,
) -> Vec<Duration> {
    let until = Instant::now() + Duration::from_secs(secs);
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let (client, url, cookie) = (client.clone(), url.to_string(), cookie.to_string());
            tokio::spawn(async move {
                let mut lat = Vec::new();
                while Instant::now() < until {
                    let Ok(req) = hyper::Request::get(&url)
                        .header("cookie", &cookie)
                        .body(Full::new(Bytes::new()))
                    else {
                        break;
                    };
                    let t = Instant::now();
                    if let Ok(res) = client.request(req).await {
                        let ok = res.status() == 200;
                        let _ = res.into_body().collect().await;
                        if ok {
                            lat.push(t.elapsed());
                        }
                    }
                }
                lat
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap_or_default());
    }
    all.sort();
    all
}

/// Issue 10: a legitimate user's mid-flow page, alone and then while `concurrency`
/// connections post junk sign-ins (unknown IDs, wrong passwords) without pause.
async fn signin_flood(
    base: &str,
    cookie: &str,
    concurrency: usize,
    secs: u64,
) -> Result<(), String> {
    let client: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(4096)
        .build_http();
    let url = format!("http://{base}/reset/verify?mkt=en-us");
    let alone = page_loop(&client, &url, cookie, 4, secs).await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let counts = std::sync::Arc::new([
        std::sync::atomic::AtomicU64::new(0),
        std::sync::atomic::AtomicU64::new(0),
    ]);
    let flood: Vec<_> = (0..concurrency)
        .map(|i| {
            let (client, stop, counts) = (client.clone(), stop.clone(), counts.clone());
            let url = format!("http://{base}/api/signin");
            tokio::spawn(async move {
                let mut k = 0u64;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    k += 1;
                    let form =
                        format!("username=junk{i}-{k}%40demo.example&password=wrong-{k}&mkt=en-us");
                    let Ok(req) = hyper::Request::post(&url)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .header("accept", "text/html")
                        .body(Full::new(Bytes::from(form)))
                    else {
                        break;
                    };
                    if let Ok(res) = client.request(req).await {
                        let busy = res
                            .headers()
                            .get("location")
                            .and_then(|l| l.to_str().ok())
                            .is_some_and(|l| l.contains("e=busy"));
                        let _ = res.into_body().collect().await;
                        counts[usize::from(busy)]
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    // Let the flood fill the hashing queue before measuring.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let flooded = page_loop(&client, &url, cookie, 4, secs).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for f in flood {
        let _ = f.await;
    }
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let (p50a, p99a) = (percentile(&alone, 0.5), percentile(&alone, 0.99));
    let (p50f, p99f) = (percentile(&flooded, 0.5), percentile(&flooded, 0.99));
    println!(
        "mid-flow page, 4 clients: alone {} requests, p50 {:.2} ms, p99 {:.2} ms; under {concurrency} junk sign-ins {} requests, p50 {:.2} ms, p99 {:.2} ms (p99 ratio {:.2}); sign-ins answered: {} refused as wrong, {} busy",
        alone.len(),
        ms(p50a),
        ms(p99a),
        flooded.len(),
        ms(p50f),
        ms(p99f),
        ms(p99f) / ms(p99a).max(1e-9),
        counts[0].load(std::sync::atomic::Ordering::Relaxed),
        counts[1].load(std::sync::atomic::Ordering::Relaxed),
    );
    Ok(())
}

/// Issue 10, B3: POST /api/start for each kind of user ID in turn (captchas prepared off the
/// clock), `n` per kind, sequentially; the median of each and its distance from an unknown ID's.
async fn b3_timing(base: &str, n: usize) -> Result<(), String> {
    let client: Http = Client::builder(TokioExecutor::new()).build_http();
    let kinds = [
        ("unknown", "nobody@demo.example"),
        ("disabled", "disabled@demo.example"),
        ("outside the groups", "outsider@demo.example"),
        ("in the group, unregistered", "unregistered@demo.example"),
        ("administrator, short of methods", "admin.lite@demo.example"),
        ("eligible", "alice@demo.example"),
    ];
    let mut lat: Vec<Vec<Duration>> = vec![Vec::with_capacity(n); kinds.len()];
    for _ in 0..n {
        for (k, (_, user)) in kinds.iter().enumerate() {
            let form = prepare(&client, base, user).await?;
            let req = hyper::Request::post(format!("http://{base}/api/start"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "text/html")
                .body(Full::new(Bytes::from(form)))
                .map_err(|e| e.to_string())?;
            let t = Instant::now();
            let res = client.request(req).await.map_err(|e| e.to_string())?;
            let _ = res.into_body().collect().await;
            lat[k].push(t.elapsed());
        }
    }
    let medians: Vec<f64> = lat
        .iter_mut()
        .map(|l| {
            l.sort();
            percentile(l, 0.5).as_secs_f64() * 1e3
        })
        .collect();
    for ((name, _), m) in kinds.iter().zip(&medians) {
        println!(
            "b3-timing: {name}: median {m:.3} ms over {n} starts ({:+.3} ms from unknown)",
            m - medians[0]
        );
    }
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
