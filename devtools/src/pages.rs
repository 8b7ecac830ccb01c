//! `sspr-devtools pages`: walks the demo's reset, sign-in and security-info flows over HTTP,
//! as a browser without JavaScript would, and writes one line per page for the benchmark
//! (`name<TAB>path<TAB>cookie`), saving the bytes each page answered so the bare-axum
//! baseline can serve exactly those. Owns the benchmark's page list; refuses non-loopback
//! servers (the caller checks) and any page that does not answer 200 with its own content.

use std::path::Path;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};

use crate::{Http, between, prepare};

/// One page of the table: what the benchmark loads and the cookie it sends.
pub struct Page {
    pub name: &'static str,
    pub path: String,
    pub cookie: Option<String>,
    /// Text only this page has (its form's action, say): a flow page answers on any of the
    /// flow's paths with the step the flow is at, so the status alone proves nothing.
    pub expect: &'static str,
}

struct Answer {
    status: u16,
    location: Option<String>,
    cookie: Option<String>,
    body: String,
}

async fn send(
    client: &Http,
    base: &str,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    form: Option<String>,
) -> Result<Answer, String> {
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(format!("http://{base}{path}"))
        .header("accept", "text/html");
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if form.is_some() {
        req = req.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = req
        .body(Full::new(Bytes::from(form.unwrap_or_default())))
        .map_err(|e| e.to_string())?;
    let res = client.request(req).await.map_err(|e| e.to_string())?;
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let location = header("location");
    let cookie = header("set-cookie").and_then(|c| c.split(';').next().map(String::from));
    let status = res.status().as_u16();
    let body = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok(Answer {
        status,
        location,
        cookie,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

fn enc(s: &str) -> String {
    s.replace('%', "%25")
        .replace('@', "%40")
        .replace('+', "%2B")
        .replace(' ', "+")
}

/// A reset flow's cookie for `user`, started past the captcha.
async fn start(client: &Http, base: &str, user: &str) -> Result<String, String> {
    let form = prepare(client, base, user).await?;
    let a = send(client, base, "POST", "/api/start", None, Some(form)).await?;
    a.cookie.ok_or_else(|| format!("{user}: no flow cookie"))
}

/// A reset flow for `user` past the reset-or-unlock choice (R1), at the verification step.
async fn start_reset(client: &Http, base: &str, user: &str) -> Result<String, String> {
    let cookie = start(client, base, user).await?;
    post(client, base, "/api/choose", &cookie, "mode=reset".into()).await?;
    Ok(cookie)
}

/// A session cookie for `user` after the password step.
async fn sign_in(client: &Http, base: &str, user: &str, password: &str) -> Result<String, String> {
    let form = format!(
        "username={}&password={}&mkt=en-us",
        enc(user),
        enc(password)
    );
    let a = send(client, base, "POST", "/api/signin", None, Some(form)).await?;
    a.cookie
        .ok_or_else(|| format!("{user}: no session cookie (status {})", a.status))
}

async fn post(
    client: &Http,
    base: &str,
    path: &str,
    cookie: &str,
    form: String,
) -> Result<(), String> {
    let a = send(client, base, "POST", path, Some(cookie), Some(form)).await?;
    match a.location {
        Some(l) if l.contains("e=") => Err(format!("{path}: refused ({l})")),
        _ => Ok(()),
    }
}

#[derive(PartialEq, PartialOrd)]
enum Step {
    Questions,
    NewPassword,
    Done,
}

/// A reset flow for carol (security questions) parked at `step`. Reaching `Done` sets her
/// password, so it comes last in a walk.
async fn carol_at(client: &Http, base: &str, step: Step) -> Result<String, String> {
    carol_reset(
        client,
        base,
        step,
        "Bench-Harbor-Passw0rd-7",
        &mut |_, _| {},
    )
    .await
}

/// Carol's reset up to `step`, calling `lap(step name, its duration)` after each request
/// group, so `reset-rate` can time the steps that hash (answers, new password) apart.
async fn carol_reset(
    client: &Http,
    base: &str,
    step: Step,
    new: &str,
    lap: &mut (dyn FnMut(&'static str, std::time::Duration) + Send),
) -> Result<String, String> {
    let mut t = std::time::Instant::now();
    let mut mark = |name: &'static str| {
        lap(name, t.elapsed());
        t = std::time::Instant::now();
    };
    let carol = start_reset(client, base, "carol@demo.example").await?;
    mark("captcha, start, choose");
    // The verification page, as carol's flow shows it at each step.
    let verify_page = || async {
        send(
            client,
            base,
            "GET",
            "/reset/verify?mkt=en-us",
            Some(&carol),
            None,
        )
        .await
    };
    let verify = verify_page().await?;
    let option = between(&verify.body, "name=\"option\" value=\"", "\"")
        .ok_or("carol: no method to choose")?
        .to_string();
    post(
        client,
        base,
        "/api/select",
        &carol,
        format!("option={option}"),
    )
    .await?;
    mark("methods page, select");
    if step == Step::Questions {
        return Ok(carol);
    }
    let asked = verify_page().await?;
    let mut answers = Vec::new();
    for label in asked.body.split("<label for=\"a").skip(1) {
        let text = label.split("</label>").next().unwrap_or("").to_lowercase();
        let answer = if text.contains("pet") {
            "Rex"
        } else if text.contains("city") {
            "Osaka"
        } else if text.contains("car") {
            "Corolla"
        } else {
            return Err(format!("carol: an unexpected question: {text}"));
        };
        answers.push(format!("a{}={answer}", answers.len()));
    }
    if answers.is_empty() {
        return Err("carol: no questions asked".into());
    }
    mark("questions page");
    post(client, base, "/api/answers", &carol, answers.join("&")).await?;
    mark("answers (Argon2id)");
    if step == Step::NewPassword {
        return Ok(carol);
    }

    post(
        client,
        base,
        "/api/password",
        &carol,
        format!("password={new}&confirm={new}"),
    )
    .await?;
    mark("new password (Argon2id)");
    Ok(carol)
}

/// Every page of the table, walked in order against a server freshly loaded with the demo
/// tenants. Carol's reset ends with a new password, so a second walk needs a fresh import.
pub async fn walk(client: &Http, base: &str) -> Result<Vec<Page>, String> {
    let page = |name: &'static str, path: &str, cookie: Option<&str>, expect: &'static str| Page {
        name,
        path: path.to_string(),
        cookie: cookie.map(String::from),
        expect,
    };
    let mut pages = vec![page(
        "entry /",
        "/?mkt=en-us",
        None,
        "action=\"/api/start\"",
    )];
    let unregistered = start(client, base, "unregistered@demo.example").await?;
    pages.push(page(
        "reset: contact",
        "/reset/contact?mkt=en-us",
        Some(&unregistered),
        "action=\"/api/admin-request\"",
    ));
    let dave = start(client, base, "dave@demo.example").await?;
    pages.push(page(
        "reset: choose",
        "/reset/choose?mkt=en-us",
        Some(&dave),
        "action=\"/api/choose\"",
    ));
    let alice = start_reset(client, base, "alice@demo.example").await?;
    pages.push(page(
        "reset: verify (methods)",
        "/reset/verify?mkt=en-us",
        Some(&alice),
        "action=\"/api/select\"",
    ));
    // Carol answers security questions: one flow parked at each of the three steps, since a
    // flow page shows the step its flow is at.
    let carol = carol_at(client, base, Step::Questions).await?;
    pages.push(page(
        "reset: verify (questions)",
        "/reset/verify?mkt=en-us",
        Some(&carol),
        "action=\"/api/answers\"",
    ));
    let carol = carol_at(client, base, Step::NewPassword).await?;
    pages.push(page(
        "reset: new password",
        "/reset/password?mkt=en-us",
        Some(&carol),
        "action=\"/api/password\"",
    ));
    let carol = carol_at(client, base, Step::Done).await?;
    pages.push(page(
        "reset: done",
        "/reset/done?mkt=en-us",
        Some(&carol),
        "Your password has been reset",
    ));
    // Sign-in and security info.
    pages.push(page(
        "sign-in",
        "/signin?mkt=en-us",
        None,
        "action=\"/api/signin\"",
    ));
    let quinn = sign_in(client, base, "quinn@two.example", "Quinn-Passw0rd-1").await?;
    pages.push(page(
        "sign-in: second step",
        "/signin/verify?mkt=en-us",
        Some(&quinn),
        "action=\"/api/signin-check-select\"",
    ));
    let ivan = sign_in(client, base, "ivan@demo.example", "Ivan-Passw0rd-1").await?;
    pages.push(page(
        "account",
        "/account?mkt=en-us",
        Some(&ivan),
        "action=\"/api/signout\"",
    ));
    pages.push(page(
        "security info",
        "/setup?mkt=en-us",
        Some(&ivan),
        "action=\"/api/setup-delete\"",
    ));
    pages.push(page(
        "security info: add a phone",
        "/setup/add/phone?mkt=en-us",
        Some(&ivan),
        "action=\"/api/setup-phone\"",
    ));
    pages.push(page(
        "change password",
        "/password/change?mkt=en-us",
        Some(&ivan),
        "action=\"/api/password-change\"",
    ));
    let nora = sign_in(client, base, "nora@demo.example", "Nora-Passw0rd-1").await?;
    pages.push(page(
        "security info: protect (G2)",
        "/setup/protect?mkt=en-us",
        Some(&nora),
        "action=\"/api/interrupt-skip\"",
    ));
    let rita = sign_in(client, base, "rita@demo.example", "Rita-Passw0rd-1").await?;
    pages.push(page(
        "security info: reconfirm (C1)",
        "/setup/confirm?mkt=en-us",
        Some(&rita),
        "action=\"/api/reconfirm\"",
    ));
    Ok(pages)
}

/// Load each page once, check it answered itself (200, and not the no-flow or sign-in page
/// it would fall back to), and save its bytes as `<dir>/<n>.html`.
pub async fn save(client: &Http, base: &str, pages: &[Page], dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (i, p) in pages.iter().enumerate() {
        let a = send(client, base, "GET", &p.path, p.cookie.as_deref(), None).await?;
        if a.status != 200 {
            return Err(format!("{}: status {}", p.name, a.status));
        }
        if !a.body.contains(p.expect) {
            return Err(format!(
                "{}: not the page expected (no {})",
                p.name, p.expect
            ));
        }
        if a.body.contains("role=\"alert\"") && p.name != "reset: contact" {
            return Err(format!("{}: the page shows an error", p.name));
        }
        let file = dir.join(format!("{i}.html"));
        std::fs::write(&file, &a.body).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// `reset-rate`: complete resets (captcha to new password) by `workers` loops for `secs`
/// seconds, each timing its steps, so the two that run Argon2id (checking the answers,
/// hashing the new password) are reported apart from the portal's own work. Carol is the
/// demo's user with questions; every reset gives her a new password.
pub async fn reset_rate(
    client: &Http,
    base: &str,
    workers: usize,
    secs: u64,
) -> Result<(), String> {
    use std::collections::BTreeMap;
    use std::time::{Duration, Instant};
    let deadline = Instant::now() + Duration::from_secs(secs);
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..workers {
        let client = client.clone();
        let base = base.to_string();
        tasks.push(tokio::spawn(async move {
            let mut laps: Vec<(&'static str, Duration)> = Vec::new();
            let mut done = 0usize;
            let mut n = 0usize;
            while Instant::now() < deadline {
                n += 1;
                let new = format!("Bench-Carol-{w}-{n}-Passw0rd");
                let mut mine = Vec::new();
                carol_reset(&client, &base, Step::Done, &new, &mut |name, d| {
                    mine.push((name, d))
                })
                .await?;
                laps.extend(mine);
                done += 1;
            }
            Ok::<_, String>((done, laps))
        }));
    }
    let mut total = 0usize;
    let mut by_step: BTreeMap<&'static str, Vec<Duration>> = BTreeMap::new();
    for t in tasks {
        let (done, laps) = t.await.map_err(|e| e.to_string())??;
        total += done;
        for (name, d) in laps {
            by_step.entry(name).or_default().push(d);
        }
    }
    let elapsed = t0.elapsed().as_secs_f64();
    println!(
        "complete resets: {total} in {elapsed:.1} s by {workers} workers = {:.1} resets/s",
        total as f64 / elapsed
    );
    let mut own = 0.0;
    let mut hashing = 0.0;
    for (name, mut ds) in by_step {
        ds.sort();
        let median = ds[ds.len() / 2].as_secs_f64() * 1000.0;
        let p99 = ds[(ds.len() * 99 / 100).min(ds.len() - 1)].as_secs_f64() * 1000.0;
        println!("  step {name}: median {median:.2} ms, p99 {p99:.2} ms");
        if name.contains("Argon2id") {
            hashing += median;
        } else {
            own += median;
        }
    }
    println!(
        "per reset (medians): portal's own work {own:.2} ms, Argon2id steps {hashing:.2} ms; \
         without the Argon2id steps one worker would do {:.0} resets/s",
        1000.0 / own.max(0.001)
    );
    Ok(())
}
