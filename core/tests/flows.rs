//! Flow tests: the whole reset and unlock state machine on in-memory SQLite, with a manual
//! clock and the in-memory delivery backend. Test names carry the SPEC rule ids.

use std::sync::Arc;

use sspr_core::crypto::{Crypto, decode_totp_secret, totp_at};
use sspr_core::delivery::{Channel, Memory};
use sspr_core::flow::{FlowError, Flows, StartRequest, Step};
use sspr_core::store::Store;
use sspr_core::{ClientType, Config, Core, ManualClock, Mode};
use sspr_i18n::Lang;
use sspr_policy::{Ineligible, PasswordProblem};

mod abuse;
mod accounts;
mod directory;
mod providers;

const T0: i64 = 1_800_000_000;
const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

const FIXTURE: &str = r#"
[[tenant]]
id = "c"
name = "Contoso"
domains = ["contoso.example"]
sender = "no-reply@contoso.example"
groups = ["sspr"]
[tenant.policy]
scope = { selected = ["sspr"] }
methods = ["email", "mobile_phone", "mobile_app_code", "security_questions"]
allow_unlock = true
# Issue 11: the done page's button leads to the organisation's own sign-in page.
branding = { sign_in_url = "https://login.contoso.example" }

[[tenant]]
id = "two"
name = "Two"
domains = ["two.example"]
sender = "no-reply@two.example"
[tenant.policy]
scope = "all"
methods_required = 2
methods = ["email", "mobile_phone", "mobile_app_code", "security_questions"]
allow_unlock = false

[[user]]
upn = "alice@contoso.example"
display_name = "Alice Adams"
groups = ["sspr"]
primary_email = "alice@contoso.example"
alternate_email = "alice@home.example"
mobile_phone = "+81 9012345678"
locked = true
password = "Old-Passw0rd-Alice"

[[user]]
upn = "carol@contoso.example"
display_name = "Carol"
groups = ["sspr"]
security_questions = [
  { question = "Q1", answer = "one" },
  { question = "Q2", answer = "two" },
  { question = "Q3", answer = "three" },
  { question = "Q4", answer = "four" },
]

[[user]]
upn = "frank@contoso.example"
display_name = "Frank"
groups = ["sspr"]
totp = [{ kind = "app", secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }]

[[user]]
upn = "off@contoso.example"
display_name = "Off"
enabled = false
groups = ["sspr"]
alternate_email = "off@home.example"

[[user]]
upn = "boss@contoso.example"
display_name = "Boss"
admin_roles = ["Global Administrator"]
primary_email = "boss@contoso.example"
alternate_email = "boss@home.example"
mobile_phone = "+1 4255550100"

[[user]]
upn = "bob@two.example"
display_name = "Bob"
mobile_phone = "+44 2079460000"
totp = [{ kind = "app", secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }]
"#;

/// A start request from a browser with a given captcha answer.
fn request(user: &str, captcha_id: String, answer: String) -> StartRequest {
    StartRequest {
        user_id: user.into(),
        captcha_id,
        captcha_answer: answer,
        lang: Lang::EnUs,
        client: ClientType::Browser,
        ip: None,
        return_url: None,
        compact: false,
    }
}

struct World {
    core: Core,
    clock: ManualClock,
    mail: Arc<Memory>,
}

async fn world() -> World {
    world_with(FIXTURE).await
}

/// One PostgreSQL server for the whole test binary, when the suite runs on PostgreSQL;
/// every test gets its own database on it.
static POSTGRES: std::sync::OnceLock<sspr_testservers::Postgres> = std::sync::OnceLock::new();

/// The store the suite runs on: in-memory SQLite, or a fresh PostgreSQL database when
/// `SSPR_TEST_DATABASE=postgres` (`cargo xtask test` runs the suite both ways).
async fn test_store() -> Store {
    match std::env::var("SSPR_TEST_DATABASE").as_deref() {
        Ok("postgres") => {
            let url = tokio::task::spawn_blocking(|| {
                POSTGRES
                    .get_or_init(sspr_testservers::Postgres::start)
                    .create_database()
            })
            .await
            .unwrap();
            Store::connect(&url).await.unwrap()
        }
        Ok("sqlite") | Err(_) => Store::memory().await.unwrap(),
        Ok(other) => panic!("SSPR_TEST_DATABASE={other}: expected sqlite or postgres"),
    }
}

async fn world_with(fixture: &str) -> World {
    world_configured(fixture, |_| {}).await
}

/// `world_with`, with the configuration changed by `f` first.
async fn world_configured(fixture: &str, f: impl FnOnce(&mut Config)) -> World {
    let mut config = Config::default();
    // A light proof of work keeps the suite fast; the server checks it the same way.
    config.limits.captcha_bits = 8;
    f(&mut config);
    // Real time is not the manual clock: the B3 floor would only slow the suite down.
    config.limits.signin_failure_floor_ms = 0;
    let store = test_store().await;
    // Cheap Argon2 parameters keep the suite fast; the OWASP defaults are tested in crypto.
    let mut limits = config.limits.clone();
    limits.argon2_m_kib = 64;
    limits.argon2_t = 1;
    let crypto = Crypto::new([9; 32], &limits, 2).unwrap();
    sspr_core::import::import(&store, &crypto, &limits, fixture, false, T0)
        .await
        .unwrap();
    let clock = ManualClock::new(T0);
    let mail = Arc::new(Memory::default());
    let core = Core {
        store,
        delivery: mail.clone(),
        metrics: Default::default(),
        clock: Arc::new(clock.clone()),
        crypto,
        directory: None,
        config: Arc::new(config),
    };
    World { core, clock, mail }
}

impl World {
    fn flows(&self) -> Flows<'_> {
        Flows::new(&self.core)
    }

    async fn start(&self, user: &str) -> Result<String, FlowError> {
        let cap = self.flows().captcha(Some("127.0.0.1")).await.unwrap();
        self.flows()
            .start(StartRequest {
                user_id: user.into(),
                captcha_answer: cap.solve(),
                captcha_id: cap.id,
                lang: Lang::EnUs,
                client: ClientType::SignInScreen,
                ip: Some("127.0.0.1".into()),
                return_url: None,
                compact: false,
            })
            .await
    }

    /// A flow past the trouble choice ("I forgot my password").
    async fn reset_flow(&self, user: &str) -> String {
        let t = self.start(user).await.unwrap();
        self.flows().choose(&t, Mode::Reset).await.unwrap();
        t
    }

    fn last_code(&self, to: &str) -> String {
        let m = self
            .mail
            .messages()
            .into_iter()
            .rev()
            .find(|m| m.to == to)
            .expect("a message");
        // A call reads the code digit by digit ("1, 2, 3").
        m.body
            .replace(", ", "")
            .split(|c: char| !c.is_ascii_digit())
            .find(|w| w.len() == 6)
            .expect("a code")
            .to_string()
    }
}

#[tokio::test]
async fn e2_issue10_a_solved_challenge_passes_at_once_anything_else_waits_and_none_is_reused() {
    let w = world().await;
    let wait = w.core.config.limits.captcha_wait_secs;
    assert!(wait > 0);
    let req = |answer: String, id: String| request("alice@contoso.example", id, answer);
    // The browser's proof of work: no wait.
    let cap = w.flows().captcha(None).await.unwrap();
    let t0 = w.core.now();
    w.flows()
        .start(req(cap.solve(), cap.id.clone()))
        .await
        .unwrap();
    assert_eq!(w.core.now(), t0);
    // Single use: the same solution again is refused.
    assert!(matches!(
        w.flows().start(req(cap.solve(), cap.id)).await,
        Err(FlowError::Captcha)
    ));
    // No answer (no JavaScript) or a wrong one: the server waits out the delay since the
    // challenge was issued, then lets the start through (the manual clock takes the wait).
    for answer in ["", "12345"] {
        let cap = w.flows().captcha(None).await.unwrap();
        let t0 = w.core.now();
        w.flows().start(req(answer.into(), cap.id)).await.unwrap();
        assert_eq!(w.core.now(), t0 + wait, "answer {answer:?}");
    }
    // Typed slowly: the delay is already over, nothing more to wait.
    let cap = w.flows().captcha(None).await.unwrap();
    w.clock.advance(wait);
    let t0 = w.core.now();
    w.flows().start(req(String::new(), cap.id)).await.unwrap();
    assert_eq!(w.core.now(), t0);
}

#[tokio::test]
async fn issue10_the_captcha_gets_harder_and_the_wait_longer_with_a_clients_recent_starts() {
    let w = world().await;
    let l = w.core.config.limits.clone();
    let ip = Some("203.0.113.7");
    let start = |id: String, answer: String| StartRequest {
        ip: ip.map(String::from),
        ..request("alice@contoso.example", id, answer)
    };
    let base = w.flows().captcha(ip).await.unwrap();
    assert_eq!(base.bits, l.captcha_bits);
    for _ in 0..l.captcha_free_starts + 3 {
        let cap = w.flows().captcha(ip).await.unwrap();
        w.flows()
            .start(start(cap.id.clone(), cap.solve()))
            .await
            .unwrap();
    }
    let hard = w.flows().captcha(ip).await.unwrap();
    assert!(hard.bits > l.captcha_bits, "{} bits", hard.bits);
    // An easy challenge solved is not enough now: it waits, and longer than the base.
    let t0 = w.core.now();
    w.flows()
        .start(start(base.id.clone(), base.solve()))
        .await
        .unwrap();
    assert!(
        w.core.now() - t0 > l.captcha_wait_secs,
        "waited {}",
        w.core.now() - t0
    );
    // Another client is not affected.
    assert_eq!(
        w.flows().captcha(Some("198.51.100.1")).await.unwrap().bits,
        l.captcha_bits
    );
}

#[tokio::test]
async fn e3a_b3_unknown_and_disabled_users_look_like_any_user_outside_the_scope() {
    let w = world().await;
    let unknown = w
        .flows()
        .view(&w.start("nobody@contoso.example").await.unwrap())
        .await
        .unwrap();
    let disabled = w
        .flows()
        .view(&w.start("off@contoso.example").await.unwrap())
        .await
        .unwrap();
    // Scope is the group "sspr": a stranger sees what a user outside it would see.
    assert_eq!(unknown.reason, Some(Ineligible::NotEnabled));
    assert_eq!(disabled.reason, unknown.reason);
    // The audit keeps the exact reason.
    let rows = w.core.store.audit_rows(10).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| r.reason.as_deref() == Some("unavailable")),
        "{rows:?}"
    );
    assert_eq!(
        (unknown.step, disabled.step),
        (Step::Contact, Step::Contact)
    );
    assert_eq!(unknown.options, disabled.options);
}

#[tokio::test]
async fn n2_reset_by_email_code_sets_password_unlocks_notifies_and_audits() {
    let w = world().await;
    let t = w.start("Alice@Contoso.example").await.unwrap();
    let v = w.flows().view(&t).await.unwrap();
    assert_eq!(v.step, Step::Choose);
    let ids: Vec<&str> = v.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["email0", "sms", "voice"]);
    assert_eq!(v.options[0].masked, "a***@home.example");
    assert_eq!(v.options[1].masked, "+81 XXXXXXXX78");
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "email0").await.unwrap();
    let code = w.last_code("alice@home.example");
    assert_eq!(code.len(), 6);
    w.flows().verify_code(&t, &code).await.unwrap();
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);

    let weak = w.flows().set_password(&t, "alice2024", "alice2024").await;
    match weak {
        Err(FlowError::Password(p)) => {
            assert!(p.contains(&PasswordProblem::NeedsThreeClasses), "{p:?}")
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    w.flows()
        .set_password(&t, "Blue7Kite4Lamp!", "Blue7Kite4Lamp!")
        .await
        .unwrap();
    let done = w.flows().view(&t).await.unwrap();
    assert_eq!(done.step, Step::Done);
    // Issue 11: no return address asked for: the organisation's sign-in page.
    assert_eq!(done.sign_in_url, "https://login.contoso.example");

    let user = w
        .core
        .store
        .user_by_upn("alice@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert!(!user.locked, "N2: a reset unlocks");
    let phc = w.core.store.password_hash(user.id).await.unwrap().unwrap();
    assert!(
        w.core
            .crypto
            .verify_secret("Blue7Kite4Lamp!", &phc)
            .await
            .unwrap()
    );

    // O1: primary and alternate addresses are told; nobody else. Notices go through the
    // mail queue: nothing is sent before its worker runs.
    assert!(
        w.mail
            .messages()
            .iter()
            .all(|m| !m.subject.contains("reset"))
    );
    let pass = sspr_core::mailqueue::MailQueue::new(&w.core)
        .run_once()
        .await
        .unwrap();
    assert_eq!(pass.sent, 2);
    let notices: Vec<String> = w
        .mail
        .messages()
        .into_iter()
        .filter(|m| m.subject.contains("reset"))
        .map(|m| m.to)
        .collect();
    assert_eq!(notices, ["alice@contoso.example", "alice@home.example"]);

    // A1, W2: every step audited with IP and client type; no code in any row.
    let rows = w.core.store.audit_rows(50).await.unwrap();
    let steps: Vec<&str> = rows.iter().rev().map(|r| r.step.as_str()).collect();
    assert_eq!(
        steps,
        ["start", "choose", "select", "verify", "password", "reset"]
    );
    assert!(
        rows.iter().all(|r| r.ip.as_deref() == Some("127.0.0.1")
            && r.client.as_deref() == Some("sign_in_screen"))
    );
    assert!(rows.iter().all(|r| !format!("{r:?}").contains(&code)));
}

#[tokio::test]
async fn v6_codes_are_single_use_and_expire_after_five_minutes() {
    let w = world().await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "sms").await.unwrap();
    let code = w.last_code("+81 9012345678");
    w.clock.advance(300);
    assert!(matches!(
        w.flows().verify_code(&t, &code).await,
        Err(FlowError::CodeExpired)
    ));
    // The expired code is gone: the same code again finds nothing pending.
    assert!(matches!(
        w.flows().verify_code(&t, &code).await,
        Err(FlowError::NothingPending)
    ));

    w.flows().select(&t, "sms").await.unwrap();
    let fresh = w.last_code("+81 9012345678");
    w.clock.advance(299);
    w.flows().verify_code(&t, &fresh).await.unwrap();
    assert!(matches!(
        w.flows().verify_code(&t, &fresh).await,
        Err(FlowError::NothingPending)
    ));
}

#[tokio::test]
async fn d2_a_directory_mobile_proven_in_a_reset_becomes_the_authentication_phone() {
    let w = world().await;
    let auth_phone = |w: &World| {
        let store = w.core.store.clone();
        async move {
            store
                .user_by_upn("alice@contoso.example")
                .await
                .unwrap()
                .unwrap()
                .auth_phone
        }
    };
    assert_eq!(auth_phone(&w).await, None);
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "sms").await.unwrap();
    // A wrong code proves nothing.
    assert!(w.flows().verify_code(&t, "000000").await.is_err());
    assert_eq!(auth_phone(&w).await, None);
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012345678"))
        .await
        .unwrap();
    assert_eq!(auth_phone(&w).await.as_deref(), Some("+81 9012345678"));
}

#[tokio::test]
async fn v3_sms_and_voice_go_to_the_phone_without_extension() {
    let w = world().await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "voice").await.unwrap();
    let m = w.mail.messages().pop().unwrap();
    assert_eq!(
        (m.channel, m.to.as_str()),
        (Channel::Voice, "+81 9012345678")
    );
}

#[tokio::test]
async fn spec16_five_failures_per_hour_block_for_24h_and_a_new_code_does_not_reset_the_count() {
    let w = world().await;
    let t = w.reset_flow("alice@contoso.example").await;
    for i in 0..5 {
        // A new code each time: the count carries on.
        w.flows().select(&t, "email0").await.unwrap();
        assert!(
            matches!(
                w.flows().verify_code(&t, "000000").await,
                Err(FlowError::CodeWrong)
            ),
            "attempt {i}"
        );
        w.clock.advance(60);
    }
    let blocked = w.flows().select(&t, "email0").await;
    let until = match blocked {
        Err(FlowError::Blocked { until }) => until,
        other => panic!("expected a block, got {other:?}"),
    };
    assert_eq!(until, T0 + 4 * 60 + 86_400);
    // Another flow for the same user is blocked too.
    let t2 = w.reset_flow("alice@contoso.example").await;
    assert!(matches!(
        w.flows().select(&t2, "email0").await,
        Err(FlowError::Blocked { .. })
    ));
    w.clock.advance(86_400);
    let t3 = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t3, "email0").await.unwrap();
}

#[tokio::test]
async fn spec16_ten_codes_per_ten_minutes_whatever_the_channel() {
    let w = world().await;
    let t = w.reset_flow("alice@contoso.example").await;
    for i in 0..10 {
        let option = if i % 2 == 0 { "email0" } else { "sms" };
        w.flows().select(&t, option).await.unwrap();
        // Issue 10's resend cooldown is per destination: each waits its minute.
        w.clock.advance(30);
    }
    assert!(matches!(
        w.flows().select(&t, "email0").await,
        Err(FlowError::EmailLimit { .. })
    ));
    // SMS and voice count too: they cost money and can be used to harass.
    assert!(matches!(
        w.flows().select(&t, "voice").await,
        Err(FlowError::EmailLimit { .. })
    ));
    w.clock.advance(86_400);
    let t2 = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t2, "voice").await.unwrap();
}

#[tokio::test]
async fn p2_two_methods_must_be_distinct() {
    let w = world().await;
    let t = w.start("bob@two.example").await.unwrap();
    assert_eq!(
        w.flows().view(&t).await.unwrap().step,
        Step::Verify,
        "P11 off: no trouble choice"
    );
    w.flows().select(&t, "sms").await.unwrap();
    let code = w.last_code("+44 2079460000");
    w.flows().verify_code(&t, &code).await.unwrap();
    let v = w.flows().view(&t).await.unwrap();
    assert_eq!((v.step, v.passed, v.required), (Step::Verify, 1, 2));
    // Voice to the same phone is the same method: not offered again.
    assert!(matches!(
        w.flows().select(&t, "voice").await,
        Err(FlowError::UnknownOption)
    ));
    w.flows().select(&t, "app").await.unwrap();
    let secret = decode_totp_secret(SECRET).unwrap();
    w.flows()
        .verify_code(&t, &totp_at(&secret, (T0 / 30) as u64))
        .await
        .unwrap();
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);
}

#[tokio::test]
async fn v4_totp_window_and_replay_across_flows() {
    let w = world().await;
    let secret = decode_totp_secret(SECRET).unwrap();
    let prev = totp_at(&secret, (T0 / 30 - 1) as u64);
    let t = w.reset_flow("frank@contoso.example").await;
    w.flows().select(&t, "app").await.unwrap();
    w.flows().verify_code(&t, &prev).await.unwrap();
    let t2 = w.reset_flow("frank@contoso.example").await;
    w.flows().select(&t2, "app").await.unwrap();
    assert!(
        matches!(
            w.flows().verify_code(&t2, &prev).await,
            Err(FlowError::CodeWrong)
        ),
        "each code once"
    );
    let two_ahead = totp_at(&secret, (T0 / 30 + 2) as u64);
    assert!(
        matches!(
            w.flows().verify_code(&t2, &two_ahead).await,
            Err(FlowError::CodeWrong)
        ),
        "+-1 step only"
    );
}

#[tokio::test]
async fn v5_questions_asked_at_random_normalised_and_a_wrong_answer_draws_a_new_set() {
    let w = world().await;
    let t = w.reset_flow("carol@contoso.example").await;
    w.flows().select(&t, "questions").await.unwrap();
    let answer = |q: &str| match q {
        "Q1" => "  ONE ",
        "Q2" => "two",
        "Q3" => "Three",
        _ => "four",
    };
    let asked = w.flows().view(&t).await.unwrap().pending.unwrap().questions;
    assert_eq!(asked.len(), 3, "P4: three asked of four registered");
    // Choosing the method again does not draw a new set (no shopping for easy questions).
    for _ in 0..5 {
        w.flows().select(&t, "questions").await.unwrap();
        assert_eq!(
            w.flows().view(&t).await.unwrap().pending.unwrap().questions,
            asked
        );
    }
    let mut wrong: Vec<String> = asked.iter().map(|q| answer(q).to_string()).collect();
    wrong[0] = "nope".into();
    assert!(matches!(
        w.flows().verify_answers(&t, &wrong).await,
        Err(FlowError::AnswersWrong)
    ));
    let asked = w.flows().view(&t).await.unwrap().pending.unwrap().questions;
    let right: Vec<String> = asked.iter().map(|q| answer(q).to_string()).collect();
    w.flows().verify_answers(&t, &right).await.unwrap();
    assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);
}

#[tokio::test]
async fn n3_unlock_only_leaves_the_password_alone() {
    let w = world().await;
    let t = w.start("alice@contoso.example").await.unwrap();
    let before = w.core.store.password_hash(1).await.unwrap();
    assert!(before.is_some());
    w.flows().choose(&t, Mode::Unlock).await.unwrap();
    w.flows().select(&t, "sms").await.unwrap();
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012345678"))
        .await
        .unwrap();
    let v = w.flows().view(&t).await.unwrap();
    assert_eq!((v.step, v.mode), (Step::Done, Mode::Unlock));
    let u = w
        .core
        .store
        .user_by_upn("alice@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert!(!u.locked);
    assert_eq!(w.core.store.password_hash(u.id).await.unwrap(), before);
}

#[tokio::test]
async fn e3d_administrator_needs_two_gates_and_o2_tells_the_other_administrators() {
    let w = world().await;
    let t = w.start("boss@contoso.example").await.unwrap();
    let v = w.flows().view(&t).await.unwrap();
    assert_eq!(v.required, 2);
    assert!(v.options.iter().all(|o| o.id != "questions"));
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "email0").await.unwrap();
    w.flows()
        .verify_code(&t, &w.last_code("boss@home.example"))
        .await
        .unwrap();
    w.flows().select(&t, "sms").await.unwrap();
    w.flows()
        .verify_code(&t, &w.last_code("+1 4255550100"))
        .await
        .unwrap();
    w.flows()
        .set_password(&t, "Quiet-Harbor-93", "Quiet-Harbor-93")
        .await
        .unwrap();
    sspr_core::mailqueue::MailQueue::new(&w.core)
        .run_once()
        .await
        .unwrap();
    // The only administrator is the one who reset: no O2 notice to themselves.
    assert!(
        w.mail
            .messages()
            .iter()
            .all(|m| !m.subject.contains("administrator"))
    );
}

#[tokio::test]
async fn spec16_flow_lives_fifteen_minutes() {
    let w = world().await;
    let t = w.start("alice@contoso.example").await.unwrap();
    w.clock.advance(899);
    w.flows().view(&t).await.unwrap();
    w.clock.advance(1);
    assert!(matches!(w.flows().view(&t).await, Err(FlowError::NoFlow)));
}

#[tokio::test]
async fn broken_delivery_is_a_clear_error_and_nothing_is_pending() {
    let w = world().await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.mail.fail.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(matches!(
        w.flows().select(&t, "email0").await,
        Err(FlowError::Delivery)
    ));
    assert!(w.flows().view(&t).await.unwrap().pending.is_none());
    w.mail
        .fail
        .store(false, std::sync::atomic::Ordering::SeqCst);
    w.flows().select(&t, "email0").await.unwrap();
}

#[tokio::test]
async fn k1_admin_requests_are_rate_limited_and_silent_for_unknown_users() {
    let w = world().await;
    let t = w.start("nobody@contoso.example").await.unwrap();
    w.flows().request_admin(&t).await.unwrap();
    assert!(
        w.mail.messages().is_empty(),
        "B3: nothing sent for an unknown user"
    );
    for _ in 0..2 {
        let t = w.start("nobody@contoso.example").await.unwrap();
        w.flows().request_admin(&t).await.unwrap();
    }
    let t = w.start("nobody@contoso.example").await.unwrap();
    assert!(matches!(
        w.flows().request_admin(&t).await,
        Err(FlowError::AdminRequestLimit)
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn k1_parallel_requests_cannot_race_past_the_daily_limit() {
    let w = world().await;
    let mut flows = Vec::new();
    for _ in 0..40 {
        flows.push(w.start("nobody@contoso.example").await.unwrap());
    }
    // Forty at once (on PostgreSQL they really run in parallel): the check and the count
    // are under the user's lock, so exactly the daily three pass.
    let tasks: Vec<_> = flows
        .iter()
        .map(|t| {
            let core = w.core.clone();
            let t = t.clone();
            tokio::spawn(async move { Flows::new(&core).request_admin(&t).await })
        })
        .collect();
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    let passed = results.iter().filter(|r| r.is_ok()).count();
    let limited = results
        .iter()
        .filter(|r| matches!(r, Err(FlowError::AdminRequestLimit)))
        .count();
    assert_eq!((passed, limited), (3, 37));
}

#[tokio::test]
async fn e2_captcha_tokens_are_signed_and_expire() {
    let w = world().await;
    let cap = w.flows().captcha(None).await.unwrap();
    let start = |id: String, answer: String| request("alice@contoso.example", id, answer);
    // A forged token (one byte changed) is refused.
    let mut forged = cap.id.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    assert!(matches!(
        w.flows().start(start(forged, cap.solve())).await,
        Err(FlowError::Captcha)
    ));
    // After ten minutes the challenge has expired.
    w.clock.advance(600);
    assert!(matches!(
        w.flows().start(start(cap.id.clone(), cap.solve())).await,
        Err(FlowError::Captcha)
    ));
}

#[tokio::test]
async fn a2_report_counts_what_the_audit_recorded() {
    let w = world().await;
    // One reset, one unlock, one unknown user, one wrong code.
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "email0").await.unwrap();
    assert!(w.flows().verify_code(&t, "000000").await.is_err());
    w.flows()
        .verify_code(&t, &w.last_code("alice@home.example"))
        .await
        .unwrap();
    w.flows()
        .set_password(&t, "Blue7Kite4Lamp!", "Blue7Kite4Lamp!")
        .await
        .unwrap();
    let u = w.start("bob@two.example").await.unwrap();
    w.flows().select(&u, "sms").await.unwrap();
    w.start("nobody@contoso.example").await.unwrap();
    let r = sspr_core::report::report(&w.core, None, T0 - 1, T0 + 3600)
        .await
        .unwrap();
    assert_eq!((r.started, r.resets, r.unlocks), (3, 1, 0));
    assert_eq!(r.failures_by_reason.get("code-wrong"), Some(&1));
    assert_eq!(r.failures_by_reason.get("unavailable"), Some(&1));
    // Six users; "off" is disabled: five could reset now.
    assert_eq!((r.users, r.able_to_reset), (6, 5));
    let only_c = sspr_core::report::report(&w.core, Some("c"), T0 - 1, T0 + 3600)
        .await
        .unwrap();
    assert_eq!((only_c.started, only_c.users), (2, 5));
}

#[tokio::test]
async fn issue14_a_shutdown_stops_the_mail_worker_between_two_messages() {
    use sspr_core::delivery::Outgoing;
    use sspr_core::mailqueue::MailQueue;
    let w = world().await;
    let q = MailQueue::new(&w.core);
    for to in ["alice@home.example", "bob@home.example"] {
        q.enqueue(&Outgoing {
            channel: Channel::Email,
            to: to.into(),
            from: "no-reply@contoso.example".into(),
            subject: "Your password was reset".into(),
            body: "The password was just reset.".into(),
            at: T0,
            lang: "en-US".into(),
            tenant_id: None,
        })
        .await
        .unwrap();
    }
    // The stop comes while the first message is being sent: it is finished, the second
    // waits for the next start.
    let sent = || w.mail.messages().len();
    let pass = q.run_until(|| sent() >= 1).await.unwrap();
    assert_eq!((pass.sent, sent()), (1, 1));
    let pass = q.run_once().await.unwrap();
    assert_eq!((pass.sent, sent()), (1, 2));
    let to: Vec<String> = w.mail.messages().iter().map(|m| m.to.clone()).collect();
    assert_eq!(to, ["alice@home.example", "bob@home.example"]);

    // The idle worker (waiting for mail, its next pass 5 s away) returns at once when told
    // to stop.
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(sspr_core::mailqueue::worker(w.core.clone(), stopping));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(!worker.is_finished());
    stop.send(true).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(1), worker)
        .await
        .expect("the worker stopped within a second")
        .unwrap();
}

#[tokio::test]
async fn o4_queued_mail_survives_an_outage_is_sent_once_and_keeps_no_body() {
    use sspr_core::delivery::Outgoing;
    use sspr_core::mailqueue::{GIVE_UP_SECS, MailQueue, Pass};
    use std::sync::atomic::Ordering;
    let w = world().await;
    let q = MailQueue::new(&w.core);
    let msg = |to: &str| Outgoing {
        channel: Channel::Email,
        to: to.into(),
        from: "no-reply@contoso.example".into(),
        subject: "Your password was reset".into(),
        body: "The password of alice@contoso.example was just reset.".into(),
        at: T0,
        lang: "en-US".into(),
        tenant_id: None,
    };
    w.mail.fail.store(true, Ordering::SeqCst);
    q.enqueue(&msg("alice@home.example")).await.unwrap();
    let pass = q.run_once().await.unwrap();
    assert_eq!((pass.sent, pass.retried), (0, 1));
    // Not due again before its backoff (30 s).
    w.clock.advance(29);
    assert_eq!(q.run_once().await.unwrap(), Pass::default());
    w.clock.advance(1);
    assert_eq!(q.run_once().await.unwrap().retried, 1);
    // The server is back: sent once, and never again.
    w.mail.fail.store(false, Ordering::SeqCst);
    w.clock.advance(60);
    assert_eq!(q.run_once().await.unwrap().sent, 1);
    w.clock.advance(3600);
    assert_eq!(q.run_once().await.unwrap(), Pass::default());
    assert_eq!(w.mail.messages().len(), 1);
    assert_eq!(w.core.store.mail_counts().await.unwrap(), (0, 1, 0));
    // O3: no body in the database, sealed while queued, dropped once sent.
    let rows = w
        .core
        .store
        .debug_texts("SELECT sealed FROM mail_queue")
        .await
        .unwrap();
    assert_eq!(rows, vec![None]);
    // A message the server never takes is given up after three days, and logged.
    w.mail.fail.store(true, Ordering::SeqCst);
    q.enqueue(&msg("bob@home.example")).await.unwrap();
    let queued = w
        .core
        .store
        .debug_texts("SELECT sealed FROM mail_queue WHERE sealed IS NOT NULL")
        .await
        .unwrap();
    let queued = queued[0].as_deref().unwrap_or_default();
    assert!(queued.starts_with("v1:") && !queued.contains("alice"));
    let queued_at = w.core.now();
    let mut given_up_after = None;
    for _ in 0..200 {
        if q.run_once().await.unwrap().given_up == 1 {
            given_up_after = Some(w.core.now() - queued_at);
            break;
        }
        w.clock.advance(3600);
    }
    let after = given_up_after.expect("given up");
    assert!(
        (GIVE_UP_SECS..GIVE_UP_SECS + 3600).contains(&after),
        "{after}"
    );
    assert_eq!(GIVE_UP_SECS, 3 * 86400);
    assert_eq!(w.core.store.mail_counts().await.unwrap(), (0, 1, 1));
}

mod partners {
    //! B1, B2 on their own fixture: a resource tenant, a partner's home tenant, a guest from
    //! it, and users who signed up themselves or were invited.
    use super::*;

    const PARTNERS: &str = r#"
[[tenant]]
id = "r"
name = "Resource"
domains = ["resource.example"]
sender = "no-reply@resource.example"
groups = ["staff"]
[tenant.policy]
scope = { selected = ["staff"] }
methods = ["mobile_phone", "security_questions"]
helpdesk = { email = "help@resource.example" }

[[tenant]]
id = "home"
name = "Home"
domains = ["partner.example"]
sender = "no-reply@partner.example"
[tenant.policy]
scope = "all"
methods_required = 2
methods = ["email", "mobile_phone", "security_questions"]
allow_unlock = false
helpdesk = { url = "https://help.partner.example/" }

[[user]]
upn = "kim@partner.example"
display_name = "Kim"
tenant = "r"
kind = "guest"
home_tenant = "home"
alternate_email = "kim@mail.example"
mobile_phone = "+44 2079460022"

[[user]]
upn = "sam@example.net"
display_name = "Sam"
tenant = "r"
kind = "self_service"
auth_email = "sam@mail.example"
mobile_phone = "+81 9055550202"

[[user]]
upn = "ivy@example.org"
display_name = "Ivy"
tenant = "r"
kind = "invited"
mobile_phone = "+81 9055550303"
"#;

    #[tokio::test]
    async fn b1_a_guest_follows_the_home_tenants_policy() {
        let w = world_with(PARTNERS).await;
        let t = w.start("kim@partner.example").await.unwrap();
        let v = w.flows().view(&t).await.unwrap();
        // Home: everyone in scope, two methods, no unlock-only choice, its helpdesk.
        assert_eq!((v.step, v.required), (Step::Verify, 2));
        let ids: Vec<&str> = v.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["email0", "sms", "voice"]);
        w.flows().select(&t, "email0").await.unwrap();
        w.flows()
            .verify_code(&t, &w.last_code("kim@mail.example"))
            .await
            .unwrap();
        w.flows().select(&t, "sms").await.unwrap();
        w.flows()
            .verify_code(&t, &w.last_code("+44 2079460022"))
            .await
            .unwrap();
        assert_eq!(w.flows().view(&t).await.unwrap().step, Step::NewPassword);
    }

    #[tokio::test]
    async fn b2_self_service_and_invited_users_reset_with_their_registered_email_only() {
        let w = world_with(PARTNERS).await;
        // Out of the resource tenant's scope and its methods, yet able to reset by email.
        let t = w.reset_flow("sam@example.net").await;
        let v = w.flows().view(&t).await.unwrap();
        let ids: Vec<&str> = v.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!((ids, v.required), (vec!["email0"], 1));
        assert!(matches!(
            w.flows().select(&t, "sms").await,
            Err(FlowError::UnknownOption)
        ));
        // Invited without an email: not registered, whatever phone is on file. B3: the page
        // says what a stranger with a user ID of that domain is told; the audit keeps the truth.
        let t = w.start("ivy@example.org").await.unwrap();
        let stranger = w.start("nobody@example.org").await.unwrap();
        let (v, s) = (
            w.flows().view(&t).await.unwrap(),
            w.flows().view(&stranger).await.unwrap(),
        );
        assert_eq!(v.reason, s.reason);
        assert_eq!(v.reason, Some(Ineligible::NotEnabled));
        let rows = w.core.store.audit_rows(10).await.unwrap();
        assert!(
            rows.iter()
                .any(|r| r.user.as_deref() == Some("ivy@example.org")
                    && r.reason.as_deref() == Some("not-registered"))
        );
    }

    #[tokio::test]
    async fn import_refuses_a_home_tenant_for_a_member_and_an_unknown_one() {
        let store = super::test_store().await;
        let limits = Config::default().limits;
        let crypto = Crypto::new([9; 32], &limits, 1).unwrap();
        for (bad, field) in [
            (
                PARTNERS.replace("home_tenant = \"home\"", "home_tenant = \"nowhere\""),
                "home_tenant",
            ),
            (
                PARTNERS.replace("kind = \"guest\"", "kind = \"member\""),
                "home_tenant",
            ),
            (
                PARTNERS.replace("kind = \"invited\"", "kind = \"visitor\""),
                "kind",
            ),
            (
                PARTNERS.replace("tenant = \"r\"\nkind = \"invited\"", "kind = \"invited\""),
                "upn",
            ),
        ] {
            let e = sspr_core::import::import(&store, &crypto, &limits, &bad, false, T0)
                .await
                .unwrap_err();
            assert!(e.to_string().contains(field), "{field}: {e}");
        }
    }
}
