//! Security-info tests (issue 3): sign-in and smart lockout (G1), registration of each
//! method (G3..G7), the interrupt (G2), reconfirmation (C1, C2) and change password (N4), on
//! the same in-memory world as the flow tests, with the manual clock.

use sspr_core::account::console::ConsoleError;
use sspr_core::account::{AccountError, Accounts, EnrolWire, Entry, InterruptKind, SignInRequest};
use sspr_core::crypto::{decode_totp_secret, totp_at};
use sspr_core::flow::FlowError;
use sspr_core::store::{AuditStep, NewOathToken, Outcome};
use sspr_core::{Core, Mode};
use sspr_i18n::Lang;
use sspr_policy::Method;
use sspr_policy::form::Blade;

use super::{SECRET, T0, World, world_with};

const DAY: i64 = 86_400;

const ACCOUNTS: &str = r#"
[[tenant]]
id = "c"
name = "Contoso"
domains = ["contoso.example"]
sender = "no-reply@contoso.example"
groups = ["sspr"]
paid = true
[tenant.policy]
scope = { selected = ["sspr"] }
methods = ["email", "mobile_phone", "office_phone", "mobile_app_code", "mobile_app_notification", "software_oath", "hardware_oath", "security_questions"]
custom_questions = ["Name of the office plant?"]

[[tenant]]
id = "two"
name = "Two"
domains = ["two.example"]
sender = "no-reply@two.example"
[tenant.policy]
scope = "all"
methods_required = 2
methods = ["email", "mobile_phone", "mobile_app_code", "mobile_app_notification", "security_questions"]

[[user]]
upn = "nina@contoso.example"
display_name = "Nina Novak"
groups = ["sspr"]
password = "Nina-Passw0rd-1"

[[user]]
upn = "gail@contoso.example"
display_name = "Gail"
groups = ["sspr"]
mobile_phone = "+81 9012345678"
password = "Gail-Passw0rd-1"

[[user]]
upn = "off@contoso.example"
display_name = "Off"
enabled = false
groups = ["sspr"]
password = "Off-Passw0rd-1"

[[user]]
upn = "boss@contoso.example"
display_name = "Boss"
admin_roles = ["Global Administrator"]
auth_email = "boss@home.example"
password = "Boss-Passw0rd-1"

[[user]]
upn = "quinn@two.example"
display_name = "Quinn"
auth_phone = "+44 2079460001"
password = "Quinn-Passw0rd-1"

[[user]]
upn = "bob@two.example"
display_name = "Bob"
auth_phone = "+44 2079460000"
totp = [{ kind = "app", secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }]
password = "Bob-Passw0rd-1"
"#;

async fn world() -> World {
    world_with(ACCOUNTS).await
}

fn acc(core: &Core) -> Accounts<'_> {
    Accounts::new(core)
}

async fn sign_in(
    w: &World,
    user: &str,
    pw: &str,
) -> Result<sspr_core::account::SignedIn, AccountError> {
    acc(&w.core)
        .sign_in(SignInRequest {
            user_id: user.into(),
            password: pw.into(),
            lang: Lang::EnUs,
            ip: Some("127.0.0.1".into()),
            return_url: None,
            previous: None,
        })
        .await
}

/// Sign in, passing the second step by SMS when it is due (as a user with a phone would).
async fn signed_in(w: &World, user: &str, pw: &str) -> sspr_core::account::SignedIn {
    let s = sign_in(w, user, pw).await.unwrap();
    if !s.needs_verification {
        return s;
    }
    let a = acc(&w.core);
    a.check_select(&s.token, "sms").await.unwrap();
    let to = w.mail.messages().last().unwrap().to.clone();
    a.check_verify(&s.token, &w.last_code(&to)).await.unwrap()
}

#[tokio::test]
async fn issue10_a_strangers_wrong_reset_codes_do_not_lock_the_user_out_of_sign_in() {
    let w = world().await;
    // Anyone can open a reset for bob and fail it five times: resets block (SPEC 16)...
    let t = w.start("bob@two.example").await.unwrap();
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "app").await.unwrap();
    for _ in 0..5 {
        assert!(matches!(
            w.flows().verify_code(&t, "000000").await,
            Err(FlowError::CodeWrong)
        ));
    }
    assert!(matches!(
        w.flows().verify_code(&t, "000000").await,
        Err(FlowError::Blocked { .. })
    ));
    // ...but bob, who has his password, still passes sign-in's second step and registers.
    let s = sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    a.check_select(&s.token, "app").await.unwrap();
    let raw = decode_totp_secret(SECRET).unwrap();
    let done = a
        .check_verify(&s.token, &totp_at(&raw, (w.core.now() / 30) as u64))
        .await
        .unwrap();
    a.begin_email(&done.token, "bob@home.example")
        .await
        .unwrap();
}

#[tokio::test]
async fn g1_second_step_for_users_with_a_phone_or_authenticator_but_not_email_or_questions() {
    let w = world().await;
    for (u, pw) in [
        ("nina@contoso.example", "Nina-Passw0rd-1"),
        ("boss@contoso.example", "Boss-Passw0rd-1"),
    ] {
        assert!(!sign_in(&w, u, pw).await.unwrap().needs_verification, "{u}");
    }
    let s = sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
        .await
        .unwrap();
    assert!(s.needs_verification);
    let a = acc(&w.core);
    // Nothing opens before the second step.
    assert!(matches!(
        a.info(&s.token).await,
        Err(AccountError::NeedsVerification)
    ));
    assert!(matches!(
        a.begin_email(&s.token, "bob@home.example").await,
        Err(AccountError::NeedsVerification)
    ));
    let v = a.check_view(&s.token).await.unwrap();
    let ids: Vec<&str> = v.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, vec!["app", "sms", "voice"]);
    assert!(
        v.options.iter().all(|o| !o.masked.contains("2079460000")),
        "masked: {v:?}"
    );
    // A TOTP code, one step behind, passes; a wrong one counts as a failure.
    a.check_select(&s.token, "app").await.unwrap();
    assert!(matches!(
        a.check_verify(&s.token, "000000").await,
        Err(AccountError::CodeWrong)
    ));
    let raw = decode_totp_secret(SECRET).unwrap();
    let step = (w.core.now() / 30) as u64;
    let done = a
        .check_verify(&s.token, &totp_at(&raw, step - 1))
        .await
        .unwrap();
    assert!(!done.needs_verification);
    // The session opened under a new token; the half-signed-in one is gone (no fixation).
    assert_ne!(done.token, s.token);
    assert!(a.info(&done.token).await.is_ok());
    assert!(matches!(
        a.info(&s.token).await,
        Err(AccountError::NoSession)
    ));
    let rows = w.core.store.audit_rows(50).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.step == AuditStep::SignInVerify && r.outcome == Outcome::Fail)
    );
    assert!(
        rows.iter()
            .any(|r| r.step == AuditStep::SignInVerify && r.outcome == Outcome::Ok)
    );
}

#[tokio::test]
async fn g1_unknown_disabled_and_wrong_answer_alike_and_smart_lockout_grows() {
    let w = world().await;
    for (u, pw) in [
        ("nobody@contoso.example", "x-Passw0rd"),
        ("off@contoso.example", "Off-Passw0rd-1"),
        ("nina@contoso.example", "wrong-one"),
    ] {
        assert!(
            matches!(sign_in(&w, u, pw).await, Err(AccountError::Credentials)),
            "{u}"
        );
    }
    // Repeats of the same wrong password count once.
    for _ in 0..20 {
        assert!(matches!(
            sign_in(&w, "nina@contoso.example", "wrong-one").await,
            Err(AccountError::Credentials)
        ));
    }
    // Nine more distinct ones make ten: locked for 60 s, even with the right password.
    for i in 0..9 {
        let _ = sign_in(&w, "nina@contoso.example", &format!("wrong-{i}x")).await;
    }
    let locked = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1").await;
    assert!(
        matches!(locked, Err(AccountError::LockedOut { until }) if until == T0 + 60),
        "{locked:?}"
    );
    w.clock.advance(61);
    // One more distinct wrong password locks again, twice as long.
    let _ = sign_in(&w, "nina@contoso.example", "wrong-again").await;
    let locked = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1").await;
    assert!(
        matches!(locked, Err(AccountError::LockedOut { until }) if until == T0 + 61 + 120),
        "{locked:?}"
    );
    w.clock.advance(121);
    assert!(
        sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
            .await
            .is_ok()
    );
    // Success cleared the count. An unknown account locks the same way (B3).
    for i in 0..10 {
        let _ = sign_in(&w, "nobody@contoso.example", &format!("guess-{i}")).await;
    }
    assert!(matches!(
        sign_in(&w, "nobody@contoso.example", "guess-x").await,
        Err(AccountError::LockedOut { .. })
    ));
    let rows = w.core.store.audit_rows(200).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.step == AuditStep::SignIn && r.reason.as_deref() == Some("disabled"))
    );
    assert!(
        rows.iter()
            .all(|r| r.user.as_deref() != Some("nobody@contoso.example")),
        "no audit row names an unknown user"
    );
}

#[tokio::test]
async fn g2_register_interrupt_returns_at_every_sign_in_and_cancel_keeps_the_session() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    assert_eq!(s.interrupt, Some(InterruptKind::Register));
    acc(&w.core).dismiss_interrupt(&s.token).await.unwrap();
    let info = acc(&w.core).info(&s.token).await.unwrap();
    assert_eq!(info.interrupt, None);
    assert!(!info.progress.complete());
    let again = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    assert_eq!(again.interrupt, Some(InterruptKind::Register));
    // The first session was not cut by the second sign-in.
    assert!(acc(&w.core).info(&s.token).await.is_ok());
    // Sign-out ends it.
    acc(&w.core).sign_out(&s.token).await.unwrap();
    assert!(matches!(
        acc(&w.core).info(&s.token).await,
        Err(AccountError::NoSession)
    ));
    // Sessions end after their lifetime.
    w.clock.advance(w.core.config.limits.session_ttl_secs);
    assert!(matches!(
        acc(&w.core).info(&again.token).await,
        Err(AccountError::NoSession)
    ));
}

#[tokio::test]
async fn g4_g7_email_registered_after_its_code_completes_registration() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    assert!(matches!(
        a.begin_email(&s.token, "NINA@contoso.example").await,
        Err(AccountError::Email(_))
    ));
    assert!(matches!(
        a.begin_email(&s.token, "not an address").await,
        Err(AccountError::Email(_))
    ));
    a.begin_email(&s.token, "nina@home.example").await.unwrap();
    assert!(matches!(
        a.info(&s.token).await.unwrap().pending,
        Some(EnrolWire::Email { .. })
    ));
    assert!(matches!(
        a.verify_pending(&s.token, "000000").await,
        Err(AccountError::CodeWrong)
    ));
    let code = w.last_code("nina@home.example");
    a.verify_pending(&s.token, &code).await.unwrap();
    // Single use.
    assert!(matches!(
        a.verify_pending(&s.token, &code).await,
        Err(AccountError::NothingPending)
    ));
    let info = a.info(&s.token).await.unwrap();
    assert!(info.progress.complete() && info.can_reset && info.interrupt.is_none());
    assert_eq!(
        info.methods
            .iter()
            .map(|m| (m.id.as_str(), m.detail.as_str()))
            .collect::<Vec<_>>(),
        vec![("email", "nina@home.example")]
    );
    let user = w
        .core
        .store
        .user_by_upn("nina@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (user.registered_at, user.last_confirmed_at),
        (Some(T0), Some(T0))
    );
    assert_eq!(
        sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
}

#[tokio::test]
async fn g4_email_code_expires() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    a.begin_email(&s.token, "nina@home.example").await.unwrap();
    let code = w.last_code("nina@home.example");
    w.clock.advance(w.core.config.limits.code_ttl_secs);
    assert!(matches!(
        a.verify_pending(&s.token, &code).await,
        Err(AccountError::CodeExpired)
    ));
}

#[tokio::test]
async fn g5_authenticator_counts_only_after_a_code_within_one_step_and_at_most_five() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    for n in 0..5 {
        a.begin_totp(&s.token, false).await.unwrap();
        let Some(EnrolWire::Totp { secret, uri, .. }) = a.info(&s.token).await.unwrap().pending
        else {
            panic!("no pending authenticator");
        };
        assert!(
            uri.starts_with("otpauth://totp/Contoso:nina@contoso.example?secret=")
                && uri.contains(&secret)
        );
        let raw = decode_totp_secret(&secret).unwrap();
        assert!(raw.len() * 8 >= 160);
        let step = (w.core.now() / 30) as u64;
        // Two steps off: refused; one step behind: accepted (SPEC 16: +-1 step).
        if n == 0 {
            assert!(matches!(
                a.verify_pending(&s.token, &totp_at(&raw, step + 2)).await,
                Err(AccountError::CodeWrong)
            ));
        }
        a.verify_pending(&s.token, &totp_at(&raw, step - 1))
            .await
            .unwrap();
        assert_eq!(a.info(&s.token).await.unwrap().apps, n + 1);
        if n == 0 {
            // The code used at registration cannot be replayed in a reset.
            let t = w.start("nina@contoso.example").await.unwrap();
            w.flows().choose(&t, Mode::Reset).await.unwrap();
            w.flows().select(&t, "app").await.unwrap();
            assert!(matches!(
                w.flows().verify_code(&t, &totp_at(&raw, step - 1)).await,
                Err(FlowError::CodeWrong)
            ));
            w.flows()
                .verify_code(&t, &totp_at(&raw, step))
                .await
                .unwrap();
        }
    }
    assert!(matches!(
        a.begin_totp(&s.token, false).await,
        Err(AccountError::TooManyApps)
    ));
    // Nothing but sealed secrets in the store.
    let sealed = w
        .core
        .store
        .debug_texts("SELECT secret FROM totp_credentials")
        .await
        .unwrap();
    assert!(!sealed.is_empty());
    assert!(
        sealed
            .iter()
            .all(|s| s.as_deref().is_some_and(|s| s.starts_with("v1:")))
    );
}

#[tokio::test]
async fn g6_questions_checked_stored_hashed_and_used_by_reset() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(q, x)| (q.to_string(), x.to_string()))
            .collect()
    };
    let bad = a
        .set_questions(
            &s.token,
            &pairs(&[
                ("sq-first-pet", "Rex"),
                ("sq-birth-city", "rex"),
                ("sq-first-car", "Yo"),
            ]),
        )
        .await;
    assert!(
        matches!(bad, Err(AccountError::Questions(ref p)) if p.len() == 2),
        "{bad:?}"
    );
    let good = pairs(&[
        ("sq-first-pet", "Rex"),
        ("sq-birth-city", "Osaka"),
        ("Name of the office plant?", "Fern  Gully"),
    ]);
    a.set_questions(&s.token, &good).await.unwrap();
    let info = a.info(&s.token).await.unwrap();
    assert_eq!(info.registered_questions.len(), 3);
    assert!(info.progress.complete());
    let dump = w
        .core
        .store
        .debug_texts("SELECT answer_hash FROM security_answers")
        .await
        .unwrap();
    assert!(!dump.is_empty());
    assert!(
        dump.iter()
            .flatten()
            .all(|h| h.starts_with("$argon2id$") && !h.contains("Osaka") && !h.contains("Fern"))
    );
    // Reset with them.
    let t = w.start("nina@contoso.example").await.unwrap();
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "questions").await.unwrap();
    let asked = w.flows().view(&t).await.unwrap().pending.unwrap().questions;
    let answers: Vec<String> = asked
        .iter()
        .map(|q| {
            good.iter()
                .find(|(gq, _)| gq == q)
                .map(|(_, a)| a.to_uppercase())
                .unwrap()
        })
        .collect();
    w.flows().verify_answers(&t, &answers).await.unwrap();
    assert_eq!(
        w.flows().view(&t).await.unwrap().step,
        sspr_core::Step::NewPassword
    );
}

#[tokio::test]
async fn e3d_administrators_cannot_register_questions() {
    let w = world().await;
    let s = sign_in(&w, "boss@contoso.example", "Boss-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    let info = a.info(&s.token).await.unwrap();
    assert!(!info.can_add.contains(&Method::SecurityQuestions));
    assert_eq!(info.progress.required, 2);
    let pairs: Vec<(String, String)> = [
        ("sq-first-pet", "Rex"),
        ("sq-birth-city", "Osaka"),
        ("sq-first-car", "Corolla"),
    ]
    .iter()
    .map(|(q, x)| (q.to_string(), x.to_string()))
    .collect();
    assert!(matches!(
        a.set_questions(&s.token, &pairs).await,
        Err(AccountError::NotAllowed)
    ));
    // One method of two: the administrator is asked to register.
    assert_eq!(s.interrupt, Some(InterruptKind::Register));
}

#[tokio::test]
async fn g3_directory_mobile_is_prefilled_and_becomes_the_authentication_phone_on_confirm() {
    let w = world().await;
    let s = signed_in(&w, "gail@contoso.example", "Gail-Passw0rd-1").await;
    // Enough data from the directory: asked to confirm, not to register.
    assert_eq!(s.interrupt, Some(InterruptKind::Reconfirm));
    let a = acc(&w.core);
    let info = a.info(&s.token).await.unwrap();
    assert_eq!(info.prefill_phone.as_deref(), Some("+81 9012345678"));
    assert!(
        info.methods
            .iter()
            .any(|m| m.id == "phone" && m.from_directory)
    );
    a.confirm(&s.token).await.unwrap();
    let u = w
        .core
        .store
        .user_by_upn("gail@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.auth_phone.as_deref(), Some("+81 9012345678"));
    assert_eq!(u.registered_at, Some(T0));
    // Changing the phone goes through a code to the new number.
    a.begin_phone(&s.token, "+81 80-1111-2222", false, false)
        .await
        .unwrap();
    let code = w.last_code("+81 8011112222");
    a.verify_pending(&s.token, &code).await.unwrap();
    let u = w
        .core
        .store
        .user_by_upn("gail@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.auth_phone.as_deref(), Some("+81 8011112222"));
    assert!(matches!(
        a.begin_phone(&s.token, "090-1234", false, false).await,
        Err(AccountError::Phone(_))
    ));
}

#[tokio::test]
async fn c1_reconfirmation_after_180_days_then_not_again() {
    let w = world().await;
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
    w.clock.advance(179 * DAY);
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
    w.clock.advance(DAY);
    let s = signed_in(&w, "bob@two.example", "Bob-Passw0rd-1").await;
    assert_eq!(s.interrupt, Some(InterruptKind::Reconfirm));
    acc(&w.core).confirm(&s.token).await.unwrap();
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
    w.clock.advance(179 * DAY);
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
}

#[tokio::test]
async fn c2_deleting_a_method_under_a_two_method_policy_does_not_prompt_early() {
    let w = world().await;
    let s = signed_in(&w, "bob@two.example", "Bob-Passw0rd-1").await;
    let a = acc(&w.core);
    let app = a
        .info(&s.token)
        .await
        .unwrap()
        .methods
        .into_iter()
        .find(|m| m.method == Method::MobileAppCode)
        .unwrap();
    a.delete_method(&s.token, &app.id).await.unwrap();
    let info = a.info(&s.token).await.unwrap();
    assert!(!info.progress.complete() && !info.can_reset);
    w.clock.advance(10 * DAY);
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        None
    );
    w.clock.advance(170 * DAY);
    assert_eq!(
        sign_in(&w, "bob@two.example", "Bob-Passw0rd-1")
            .await
            .unwrap()
            .interrupt,
        Some(InterruptKind::Register)
    );
    // Someone else's credential id is not ours to delete.
    assert!(matches!(
        a.delete_method(&s.token, "totp-999").await,
        Err(AccountError::NoSession | AccountError::UnknownMethod)
    ));
}

#[tokio::test]
async fn hardware_token_imported_by_an_administrator_is_activated_with_a_code() {
    let w = world().await;
    let nina = w
        .core
        .store
        .user_by_upn("nina@contoso.example")
        .await
        .unwrap()
        .unwrap();
    let raw = decode_totp_secret(SECRET).unwrap();
    w.core
        .store
        .insert_oath_tokens(&[NewOathToken {
            user_id: nina.id,
            serial: "HW-1".into(),
            sealed_secret: w.core.crypto.seal(&raw).unwrap(),
            step_secs: 30,
            manufacturer: "Contoso".into(),
            model: "C100".into(),
        }])
        .await
        .unwrap();
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    let info = a.info(&s.token).await.unwrap();
    assert_eq!(info.inactive_tokens, vec!["HW-1".to_string()]);
    assert!(!info.progress.complete());
    let step = (w.core.now() / 30) as u64;
    assert!(matches!(
        a.activate_token(&s.token, "HW-2", &totp_at(&raw, step))
            .await,
        Err(AccountError::TokenUnknown)
    ));
    assert!(matches!(
        a.activate_token(&s.token, "HW-1", "123").await,
        Err(AccountError::CodeWrong)
    ));
    a.activate_token(&s.token, "HW-1", &totp_at(&raw, step))
        .await
        .unwrap();
    let info = a.info(&s.token).await.unwrap();
    assert!(info.progress.complete() && info.inactive_tokens.is_empty());
    assert!(
        info.methods
            .iter()
            .any(|m| m.method == Method::HardwareOath && m.detail == "HW-1")
    );
}

#[tokio::test]
async fn n4_change_password_needs_the_current_one_and_ends_other_sessions() {
    let w = world().await;
    let s1 = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let s2 = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    assert!(matches!(
        a.change_password(&s1.token, "nope", "Tidal-Orbit-58", "Tidal-Orbit-58")
            .await,
        Err(AccountError::CurrentPassword)
    ));
    assert!(matches!(
        a.change_password(&s1.token, "Nina-Passw0rd-1", "short", "short")
            .await,
        Err(AccountError::Password(_))
    ));
    a.change_password(
        &s1.token,
        "Nina-Passw0rd-1",
        "Tidal-Orbit-58",
        "Tidal-Orbit-58",
    )
    .await
    .unwrap();
    assert!(a.info(&s1.token).await.is_ok());
    assert!(matches!(
        a.info(&s2.token).await,
        Err(AccountError::NoSession)
    ));
    assert!(matches!(
        sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1").await,
        Err(AccountError::Credentials)
    ));
    assert!(
        sign_in(&w, "nina@contoso.example", "Tidal-Orbit-58")
            .await
            .is_ok()
    );
}

mod push {
    use super::*;
    use p256::ecdsa::signature::Signer;
    use p256::ecdsa::{Signature, SigningKey};
    use sspr_core::device::{ChallengeState, DeviceError, Devices};

    fn sign(key: &SigningKey, msg: &str) -> Vec<u8> {
        let sig: Signature = key.sign(msg.as_bytes());
        sig.to_bytes().to_vec()
    }

    /// Sign in as `upn` and pair a device whose key is derived from `seed`.
    async fn pair_device(w: &World, upn: &str, password: &str, seed: u8) {
        let key = SigningKey::from_slice(&[seed; 32]).unwrap();
        let public = key
            .verifying_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec();
        let s = signed_in(w, upn, password).await;
        let a = acc(&w.core);
        a.begin_device(&s.token).await.unwrap();
        let Some(EnrolWire::Device { code }) = a.info(&s.token).await.unwrap().pending else {
            panic!("no pairing code");
        };
        Devices::new(&w.core)
            .pair(
                &code,
                &public,
                &sign(&key, &format!("pair|{code}")),
                "Phone",
            )
            .await
            .unwrap();
    }

    #[tokio::test]
    async fn issue10_reset_notifications_count_in_the_send_window() {
        let w = world().await;
        pair_device(&w, "quinn@two.example", "Quinn-Passw0rd-1", 7).await;
        // A stranger's resets may send the phone ten notifications in ten minutes (SPEC 16's
        // window, as for codes), and no more. (A day on: sign-in's own code is forgotten.)
        w.clock.advance(86_400);
        let t = w.start("quinn@two.example").await.unwrap();
        w.flows().choose(&t, Mode::Reset).await.unwrap();
        for _ in 0..10 {
            w.flows().select(&t, "push").await.unwrap();
        }
        assert!(matches!(
            w.flows().select(&t, "push").await,
            Err(FlowError::EmailLimit { .. })
        ));
    }

    #[tokio::test]
    async fn issue10_a_strangers_reset_notification_does_not_replace_the_users_sign_in_one() {
        let w = world().await;
        pair_device(&w, "quinn@two.example", "Quinn-Passw0rd-1", 9).await;
        w.clock.advance(3600);
        // Quinn signs in and asks for a notification...
        let s = sign_in(&w, "quinn@two.example", "Quinn-Passw0rd-1")
            .await
            .unwrap();
        let a = acc(&w.core);
        a.check_select(&s.token, "push").await.unwrap();
        let mine = a
            .check_view(&s.token)
            .await
            .unwrap()
            .pending
            .unwrap()
            .number;
        // ...while a stranger's reset sends one too.
        let t = w.start("quinn@two.example").await.unwrap();
        w.flows().choose(&t, Mode::Reset).await.unwrap();
        w.flows().select(&t, "push").await.unwrap();
        let user = w
            .core
            .store
            .user_by_upn("quinn@two.example")
            .await
            .unwrap()
            .unwrap();
        // The device shows Quinn's own first; it was not replaced.
        let shown = w
            .core
            .store
            .pending_challenge(user.id, w.core.now())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(Some(shown.number as u8), mine);
        assert!(matches!(
            a.check_verify(&s.token, "").await,
            Err(AccountError::PushPending)
        ));
    }

    #[tokio::test]
    async fn v4_paired_device_approves_with_number_matching_and_no_replay() {
        let w = world().await;
        let key = SigningKey::from_slice(&[7u8; 32]).unwrap();
        let public = key
            .verifying_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec();
        let s = signed_in(&w, "quinn@two.example", "Quinn-Passw0rd-1").await;
        assert_eq!(s.interrupt, Some(InterruptKind::Register));
        let a = acc(&w.core);
        a.begin_device(&s.token).await.unwrap();
        let Some(EnrolWire::Device { code }) = a.info(&s.token).await.unwrap().pending else {
            panic!("no pairing code");
        };
        let d = Devices::new(&w.core);
        // The signature must be the device's own, over this code.
        let other = SigningKey::from_slice(&[8u8; 32]).unwrap();
        assert!(matches!(
            d.pair(
                &code,
                &public,
                &sign(&other, &format!("pair|{code}")),
                "Phone"
            )
            .await,
            Err(DeviceError::Unauthorised)
        ));
        let id = d
            .pair(
                &code,
                &public,
                &sign(&key, &format!("pair|{code}")),
                "Quinn's phone",
            )
            .await
            .unwrap();
        // Single use.
        assert!(matches!(
            d.pair(
                &code,
                &public,
                &sign(&key, &format!("pair|{code}")),
                "again"
            )
            .await,
            Err(DeviceError::Pairing)
        ));
        let info = a.info(&s.token).await.unwrap();
        assert!(info.pending.is_none() && info.progress.complete());
        assert!(
            info.methods
                .iter()
                .any(|m| m.method == Method::MobileAppNotification && m.detail == "Quinn's phone")
        );

        // A reset: SMS, then the notification.
        let t = w.start("quinn@two.example").await.unwrap();
        w.flows().choose(&t, Mode::Reset).await.unwrap();
        let v = w.flows().view(&t).await.unwrap();
        assert!(v.options.iter().any(|o| o.id == "push"));
        w.flows().select(&t, "push").await.unwrap();
        let number = w
            .flows()
            .view(&t)
            .await
            .unwrap()
            .pending
            .unwrap()
            .number
            .unwrap();
        assert!((10..=99).contains(&number));
        assert!(matches!(
            w.flows().verify_code(&t, "").await,
            Err(FlowError::PushPending)
        ));
        let ts = w.core.now() * 1000;
        let pending = d
            .pending(id, ts, &sign(&key, &format!("pending|{id}|{ts}")))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (pending.org.as_str(), pending.upn.as_str()),
            ("Two", "quinn@two.example")
        );
        // Replaying the same signed request is refused.
        assert!(matches!(
            d.pending(id, ts, &sign(&key, &format!("pending|{id}|{ts}")))
                .await,
            Err(DeviceError::Unauthorised)
        ));
        // The wrong number denies, and the flow counts a failure.
        let wrong = if number == 99 { 98 } else { number + 1 };
        let c = pending.challenge;
        let msg = |ts: i64, n: u8| format!("answer|{id}|{ts}|{c}|{n}|approve");
        let st = d
            .answer(
                id,
                ts + 1,
                c,
                &wrong.to_string(),
                true,
                &sign(&key, &msg(ts + 1, wrong)),
            )
            .await
            .unwrap();
        assert_eq!(st, ChallengeState::Denied);
        assert!(matches!(
            w.flows().verify_code(&t, "").await,
            Err(FlowError::PushDenied)
        ));
        // A new notification, approved with the right number.
        w.flows().select(&t, "push").await.unwrap();
        let number = w
            .flows()
            .view(&t)
            .await
            .unwrap()
            .pending
            .unwrap()
            .number
            .unwrap();
        let c = d
            .pending(id, ts + 2, &sign(&key, &format!("pending|{id}|{}", ts + 2)))
            .await
            .unwrap()
            .unwrap()
            .challenge;
        let m = format!("answer|{id}|{}|{c}|{number}|approve", ts + 3);
        assert_eq!(
            d.answer(id, ts + 3, c, &number.to_string(), true, &sign(&key, &m))
                .await
                .unwrap(),
            ChallengeState::Approved
        );
        w.flows().verify_code(&t, "").await.unwrap();
        assert_eq!(w.flows().view(&t).await.unwrap().passed, 1);
        // Answered once only.
        let m = format!("answer|{id}|{}|{c}|{number}|approve", ts + 4);
        assert!(matches!(
            d.answer(id, ts + 4, c, &number.to_string(), true, &sign(&key, &m))
                .await,
            Err(DeviceError::NoChallenge)
        ));
        // The device is also the second step of sign-in.
        let s2 = sign_in(&w, "quinn@two.example", "Quinn-Passw0rd-1")
            .await
            .unwrap();
        assert!(s2.needs_verification);
        a.check_select(&s2.token, "push").await.unwrap();
        assert!(matches!(
            a.check_verify(&s2.token, "").await,
            Err(AccountError::PushPending)
        ));
        let number = a
            .check_view(&s2.token)
            .await
            .unwrap()
            .pending
            .and_then(|p| p.number)
            .unwrap();
        let c = d
            .pending(
                id,
                ts + 10,
                &sign(&key, &format!("pending|{id}|{}", ts + 10)),
            )
            .await
            .unwrap()
            .unwrap()
            .challenge;
        let m = format!("answer|{id}|{}|{c}|{number}|approve", ts + 11);
        d.answer(id, ts + 11, c, &number.to_string(), true, &sign(&key, &m))
            .await
            .unwrap();
        let done = a.check_verify(&s2.token, "").await.unwrap();
        assert!(a.info(&done.token).await.is_ok());
    }

    #[tokio::test]
    async fn p12_notification_is_not_offered_alone_when_one_method_is_required() {
        let w = world().await;
        pair_device(&w, "gail@contoso.example", "Gail-Passw0rd-1", 9).await;
        let t = w.start("gail@contoso.example").await.unwrap();
        w.flows().choose(&t, Mode::Reset).await.unwrap();
        let ids: Vec<String> = w
            .flows()
            .view(&t)
            .await
            .unwrap()
            .options
            .into_iter()
            .map(|o| o.id)
            .collect();
        assert_eq!(
            ids,
            vec!["sms".to_string(), "voice".to_string()],
            "the directory phone, not the notification"
        );
        assert!(matches!(
            w.flows().select(&t, "push").await,
            Err(FlowError::UnknownOption)
        ));
    }
}

#[tokio::test]
async fn p3_office_phone_by_voice_on_a_paid_tenant_and_software_tokens_like_apps() {
    let w = world().await;
    let s = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let a = acc(&w.core);
    let can = a.info(&s.token).await.unwrap().can_add;
    assert!(can.contains(&Method::OfficePhone) && can.contains(&Method::SoftwareOath));
    // The office phone is called (voice), whatever channel is asked for.
    a.begin_phone(&s.token, "+81 3-1234-5678", true, false)
        .await
        .unwrap();
    let m = w.mail.messages().last().unwrap().clone();
    assert_eq!(
        (m.channel.as_str(), m.to.as_str()),
        ("voice", "+81 312345678")
    );
    a.verify_pending(&s.token, &w.last_code("+81 312345678"))
        .await
        .unwrap();
    let u = w
        .core
        .store
        .user_by_upn("nina@contoso.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.auth_office_phone.as_deref(), Some("+81 312345678"));
    // A software token is registered like an app, under its own kind.
    a.begin_totp(&s.token, true).await.unwrap();
    let Some(EnrolWire::Totp {
        secret, software, ..
    }) = a.info(&s.token).await.unwrap().pending
    else {
        panic!("no pending token");
    };
    assert!(software, "a software token, not an app");
    let raw = decode_totp_secret(&secret).unwrap();
    a.verify_pending(&s.token, &totp_at(&raw, (w.core.now() / 30) as u64))
        .await
        .unwrap();
    let info = a.info(&s.token).await.unwrap();
    assert!(
        info.methods
            .iter()
            .any(|m| m.method == Method::SoftwareOath)
    );
    assert!(info.methods.iter().any(|m| m.method == Method::OfficePhone));
    // Office phones and tokens are second steps of sign-in; the office phone is called.
    let s2 = sign_in(&w, "nina@contoso.example", "Nina-Passw0rd-1")
        .await
        .unwrap();
    let ids: Vec<String> = a
        .check_view(&s2.token)
        .await
        .unwrap()
        .options
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(ids, vec!["software_oath".to_string(), "office".to_string()]);
}

#[tokio::test]
async fn n2_a_reset_signs_out_every_session_of_the_user() {
    let w = world().await;
    let s = signed_in(&w, "gail@contoso.example", "Gail-Passw0rd-1").await;
    assert!(acc(&w.core).info(&s.token).await.is_ok());
    // Past the resend cooldown of the sign-in's SMS to the same phone (issue 10).
    w.clock.advance(60);
    let t = w.start("gail@contoso.example").await.unwrap();
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "sms").await.unwrap();
    w.flows()
        .verify_code(&t, &w.last_code("+81 9012345678"))
        .await
        .unwrap();
    w.flows()
        .set_password(&t, "Quiet-Harbor-93", "Quiet-Harbor-93")
        .await
        .unwrap();
    assert!(matches!(
        acc(&w.core).info(&s.token).await,
        Err(AccountError::NoSession)
    ));
}

#[tokio::test]
async fn issue11_a_method_is_needed_only_when_the_reset_would_end_without_it() {
    let w = world_with(
        r#"
[[tenant]]
id = "c"
name = "Contoso"
domains = ["contoso.example"]
sender = "no-reply@contoso.example"
[tenant.policy]
scope = "all"
methods = ["email", "mobile_phone", "security_questions"]

[[user]]
upn = "ivy@contoso.example"
display_name = "Ivy"
auth_email = "ivy@home.example"
password = "Ivy-Passw0rd-1"

[[user]]
upn = "lara@contoso.example"
display_name = "Lara"
alternate_email = "lara@home.example"
auth_email = "lara.two@home.example"
password = "Lara-Passw0rd-1"

[[user]]
upn = "max@contoso.example"
display_name = "Max"
auth_email = "max@home.example"
auth_phone = "+81 9012345670"
password = "Max-Passw0rd-1"
"#,
    )
    .await;
    let needed = |info: &sspr_wire::AccountWire, id: &str| {
        info.methods.iter().find(|m| m.id == id).map(|m| m.needed)
    };
    // Her only method: deleting it ends her reset.
    let s = signed_in(&w, "ivy@contoso.example", "Ivy-Passw0rd-1").await;
    let info = acc(&w.core).info(&s.token).await.unwrap();
    assert_eq!(needed(&info, "email"), Some(true));
    // The alternate email (never listed, V2) still lets her reset.
    let s = signed_in(&w, "lara@contoso.example", "Lara-Passw0rd-1").await;
    let info = acc(&w.core).info(&s.token).await.unwrap();
    assert_eq!(needed(&info, "email"), Some(false));
    // One method required, two held: neither is needed.
    let s = signed_in(&w, "max@contoso.example", "Max-Passw0rd-1").await;
    let info = acc(&w.core).info(&s.token).await.unwrap();
    assert_eq!(needed(&info, "email"), Some(false));
    assert_eq!(needed(&info, "phone"), Some(false));
}

/// Issue 12: the console's fixture, shared with the server's router tests.
const CONSOLE: &str = include_str!("../console.toml");

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn issue12_console_roles_second_step_and_tenant() {
    use sspr_wire::ConsoleAccess;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    // Not an administrator.
    let s = signed_in(&w, "pat@contoso.example", "Pat-Passw0rd-1").await;
    assert_eq!(a.console(&s.token).await.unwrap(), ConsoleAccess::NotAdmin);
    // An administrator whose session never passed a second step (email is no second step).
    let s = signed_in(&w, "mailonly@contoso.example", "Mo-Passw0rd-1").await;
    assert_eq!(
        a.console(&s.token).await.unwrap(),
        ConsoleAccess::SecondStepNeeded
    );
    // Half signed in: no console at all.
    let half = sign_in(&w, "gadmin@contoso.example", "Gadmin-Passw0rd-1")
        .await
        .unwrap();
    assert!(half.needs_verification);
    assert!(a.console(&half.token).await.is_err());
    // Helpdesk: opens, may not change the policy.
    let s = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    let ConsoleAccess::Open(c) = a.console(&s.token).await.unwrap() else {
        panic!("helpdesk console")
    };
    assert!(!c.can_edit_policy);
    assert!(matches!(
        a.console_review(
            &s.token,
            Blade::Methods,
            pairs(&[("methods_required", "2")])
        )
        .await,
        Err(ConsoleError::Forbidden)
    ));
    assert!(matches!(
        a.console_save(&s.token, false).await,
        Err(ConsoleError::Forbidden)
    ));
}

#[tokio::test]
async fn issue12_m2_a_change_shows_who_it_strands_is_audited_and_reverts() {
    use sspr_wire::ConsoleAccess;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let s = signed_in(&w, "gadmin@contoso.example", "Gadmin-Passw0rd-1").await;
    // P12: the app code alone can't make two methods.
    let can_save = a
        .console_review(
            &s.token,
            Blade::Methods,
            pairs(&[("methods_required", "2"), ("method-mobile_app_code", "on")]),
        )
        .await
        .unwrap();
    assert!(!can_save, "P12 refuses it");
    let ConsoleAccess::Open(c) = a.console(&s.token).await.unwrap() else {
        panic!()
    };
    let d = c.draft.unwrap();
    assert!(d.impact.is_none());
    assert!(
        d.errors.iter().any(|(id, _)| id.starts_with("policy-err-")),
        "{:?}",
        d.errors
    );
    // The form comes back as typed.
    assert!(d.fields.contains(&("methods_required".into(), "2".into())));
    assert!(matches!(
        a.console_save(&s.token, false).await,
        Err(ConsoleError::Refused(_))
    ));
    // Two methods of email and phone: a user holding one only is stranded (M2), in this
    // tenant only; administrators stay under their own two-gate policy (E3d).
    let can_save = a
        .console_review(
            &s.token,
            Blade::Methods,
            pairs(&[
                ("methods_required", "2"),
                ("method-email", "on"),
                ("method-mobile_phone", "on"),
                ("questions_to_register", "3"),
                ("questions_to_ask", "3"),
            ]),
        )
        .await
        .unwrap();
    assert!(can_save);
    let ConsoleAccess::Open(c) = a.console(&s.token).await.unwrap() else {
        panic!()
    };
    let d = c.draft.unwrap();
    assert!(d.errors.is_empty(), "{:?}", d.errors);
    let i = d.impact.unwrap();
    assert_eq!(i.users, 5);
    let mut stranded = i.stranded.clone();
    stranded.sort();
    assert_eq!(stranded, vec!["pat@contoso.example"]);
    assert_eq!(i.can_after, i.can_before - 1);
    assert!(d.changed.contains(&"methods_required".to_string()));
    // Saved: the policy, its history row and an audit row.
    // Saved, the stranded user asked by mail to register more methods (M2).
    let id = a.console_save(&s.token, true).await.unwrap();
    let asked: Vec<String> = w
        .core
        .store
        .due_mail(i64::MAX, 100)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|m| w.core.crypto.open(&m.sealed))
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .filter(|m| m.contains("Register more security info"))
        .collect();
    assert_eq!(asked.len(), 1, "pat only: {asked:?}");
    assert!(asked[0].contains("pat@contoso.example"));
    let t = w.core.store.tenant("c").await.unwrap().unwrap();
    assert_eq!(t.policy.methods_required, 2);
    assert!(!t.policy.methods.contains(&Method::MobileAppCode));
    let ConsoleAccess::Open(c) = a.console(&s.token).await.unwrap() else {
        panic!()
    };
    assert!(c.draft.is_none());
    assert_eq!(c.history.len(), 1);
    assert_eq!(c.history[0].id, id);
    assert_eq!(c.history[0].admin, "gadmin@contoso.example");
    let rows = w.core.store.audit_rows(20).await.unwrap();
    assert!(rows.iter().any(|r| {
        r.step == AuditStep::PolicyChange
            && r.user.as_deref() == Some("gadmin@contoso.example")
            && r.reason.as_deref().is_some_and(|x| {
                x.contains("methods_required") && x.contains("1 users asked to register")
            })
    }));
    // One click back.
    let back = a.console_revert(&s.token, id).await.unwrap();
    let t = w.core.store.tenant("c").await.unwrap().unwrap();
    assert_eq!(t.policy.methods_required, 1);
    assert!(t.policy.methods.contains(&Method::MobileAppCode));
    let ConsoleAccess::Open(c) = a.console(&s.token).await.unwrap() else {
        panic!()
    };
    assert_eq!(c.history[0].id, back);
    assert_eq!(c.history[0].reverts, Some(id));
    // Another tenant's change can't be reverted from here.
    assert!(matches!(
        a.console_revert(&s.token, 9999).await,
        Err(ConsoleError::NoChange)
    ));
    // The other tenant is untouched.
    assert_eq!(
        w.core
            .store
            .tenant("two")
            .await
            .unwrap()
            .unwrap()
            .policy
            .methods_required,
        1
    );
}

#[tokio::test]
async fn issue12_d1_d3_users_looked_up_in_the_tenant_blocks_cleared_contact_set_admins_protected() {
    use sspr_wire::UserLookup;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    // Pat fails three sign-ins... then another tenant's user is no one here.
    for _ in 0..3 {
        let _ = sign_in(&w, "pat@contoso.example", "wrong-password-x").await;
    }
    assert_eq!(
        a.console_user(&help.token, "other@two.example")
            .await
            .unwrap(),
        UserLookup::NotFound
    );
    let UserLookup::Found(u) = a
        .console_user(&help.token, " Pat@Contoso.example ")
        .await
        .unwrap()
    else {
        panic!("pat")
    };
    assert_eq!(u.upn, "pat@contoso.example");
    assert!(u.manageable);
    assert!(u.methods.contains(&Method::MobilePhone));
    // Never a secret: the wire type has no field for one; blocks are times only.
    a.console_clear_blocks(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    assert!(
        w.core
            .store
            .signin_failures("pat@contoso.example", 0)
            .await
            .unwrap()
            .is_empty()
    );
    // D1: contact set; an unchanged field is not touched; a bad one is refused.
    a.console_set_contact(
        &help.token,
        "pat@contoso.example",
        sspr_core::admin::ContactChange {
            alternate_email: Some("pat@home.example".into()),
            mobile_phone: Some(String::new()),
            office_phone: Some(String::new()),
        },
    )
    .await
    .unwrap();
    let UserLookup::Found(u) = a
        .console_user(&help.token, "pat@contoso.example")
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(u.alternate_email.as_deref(), Some("pat@home.example"));
    assert!(matches!(
        a.console_set_contact(
            &help.token,
            "pat@contoso.example",
            sspr_core::admin::ContactChange {
                mobile_phone: Some("not a number".into()),
                ..Default::default()
            },
        )
        .await,
        Err(ConsoleError::ContactInvalid(_))
    ));
    // A helpdesk administrator can't change a global administrator (Entra's protection);
    // the global administrator can.
    let UserLookup::Found(g) = a
        .console_user(&help.token, "gadmin@contoso.example")
        .await
        .unwrap()
    else {
        panic!()
    };
    assert!(!g.manageable);
    assert!(matches!(
        a.console_clear_blocks(&help.token, "gadmin@contoso.example")
            .await,
        Err(ConsoleError::Protected)
    ));
    assert!(matches!(
        a.console_set_contact(
            &help.token,
            "gadmin@contoso.example",
            sspr_core::admin::ContactChange {
                mobile_phone: Some("+81 9000000000".into()),
                ..Default::default()
            },
        )
        .await,
        Err(ConsoleError::Protected)
    ));
    let gadmin = signed_in(&w, "gadmin@contoso.example", "Gadmin-Passw0rd-1").await;
    a.console_clear_blocks(&gadmin.token, "help@contoso.example")
        .await
        .unwrap();
    // Audited on the user, naming the administrator, never the values.
    let rows = w.core.store.audit_rows(50).await.unwrap();
    let contact = rows
        .iter()
        .find(|r| r.step == AuditStep::AdminSetContact)
        .unwrap();
    assert_eq!(contact.user.as_deref(), Some("pat@contoso.example"));
    let reason = contact.reason.as_deref().unwrap();
    assert!(reason.contains("help@contoso.example") && reason.contains("alternate_email"));
    assert!(!reason.contains("pat@home.example"));
    assert!(rows.iter().any(|r| r.step == AuditStep::AdminClearBlocks
        && r.user.as_deref() == Some("help@contoso.example")));
}

#[tokio::test]
async fn issue12_a2_the_console_report_counts_the_tenants_last_days() {
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let g = signed_in(&w, "gadmin@contoso.example", "Gadmin-Passw0rd-1").await;
    let r = a.console_report(&g.token, 30).await.unwrap();
    assert_eq!((r.days, r.by_day.len()), (30, 30));
    assert_eq!(r.users, 5);
    // mailonly (an administrator with an email only) can't reset for want of methods (E3d).
    assert!(
        r.short_of_methods
            .contains(&"mailonly@contoso.example".to_string())
    );
    assert!(
        !r.short_of_methods
            .iter()
            .any(|u| u.ends_with("@two.example"))
    );
    assert!(r.by_day.windows(2).all(|d| d[1].day - d[0].day == 86_400));
}

#[tokio::test]
async fn issue12_a_recovery_code_is_shown_once_spent_once_expires_and_is_told_to_the_user() {
    use sspr_wire::{ConsoleAccess, UserLookup};
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    // Not for another administrator beyond the role, nor for oneself.
    for upn in ["gadmin@contoso.example", "help@contoso.example"] {
        assert!(matches!(
            a.console_issue_recovery(&help.token, upn).await,
            Err(ConsoleError::Protected)
        ));
    }
    let until = a
        .console_issue_recovery(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    assert_eq!(until, T0 + 8 * 3600);
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    let issued = c.issued.unwrap();
    assert_eq!(issued.upn, "pat@contoso.example");
    assert_eq!(issued.code.len(), 19, "four groups of four");
    // Stored as a MAC only: the code appears in no stored row.
    assert!(!format!("{:?}", w.core.store.audit_rows(50).await.unwrap()).contains(&issued.code));
    let UserLookup::Found(u) = a
        .console_user(&help.token, "pat@contoso.example")
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(u.recovery_until, Some(until));
    a.console_dismiss_code(&help.token).await.unwrap();
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    assert!(c.issued.is_none());

    let with_code = |code: &str| SignInRequest {
        user_id: "pat@contoso.example".into(),
        password: code.into(),
        lang: Lang::EnUs,
        ip: Some("127.0.0.1".into()),
        return_url: None,
        previous: None,
    };
    assert!(matches!(
        a.sign_in_with_recovery_code(with_code("AAAA-AAAA-AAAA-AAAA"), false)
            .await,
        Err(AccountError::Credentials)
    ));
    // The code is no password.
    assert!(matches!(
        sign_in(&w, "pat@contoso.example", &issued.code).await,
        Err(AccountError::Credentials)
    ));
    // As typed, lower case without dashes: signed in, no second step, once.
    let typed = issued.code.replace('-', "").to_lowercase();
    let Ok(Entry::Session(s)) = a.sign_in_with_recovery_code(with_code(&typed), false).await else {
        panic!("a recovery code signs in")
    };
    assert!(!s.needs_verification);
    assert!(a.info(&s.token).await.is_ok());
    assert!(matches!(
        a.sign_in_with_recovery_code(with_code(&typed), false).await,
        Err(AccountError::Credentials)
    ));
    let rows = w.core.store.audit_rows(50).await.unwrap();
    assert!(rows.iter().any(|r| r.step == AuditStep::AdminRecoveryCode
        && r.user.as_deref() == Some("pat@contoso.example")
        && r.reason.as_deref() == Some("by help@contoso.example")));
    assert!(
        rows.iter()
            .any(|r| r.step == AuditStep::SignIn && r.reason.as_deref() == Some("recovery-code"))
    );
    // A code past its 8 hours is no code.
    a.console_issue_recovery(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    let late = c.issued.unwrap().code;
    w.clock.advance(8 * 3600);
    assert!(matches!(
        a.sign_in_with_recovery_code(with_code(&late), false).await,
        Err(AccountError::Credentials)
    ));
}

#[tokio::test]
async fn issue12_a1_w2_the_audit_search_filters_pages_and_exports_within_the_tenant() {
    use sspr_wire::AuditQuery;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    for _ in 0..3 {
        let _ = sign_in(&w, "pat@contoso.example", "wrong-password-x").await;
    }
    let _ = sign_in(&w, "other@two.example", "wrong-password-x").await;
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    let q = |f: fn(&mut AuditQuery)| {
        let mut q = AuditQuery::default();
        f(&mut q);
        q
    };
    let p = a
        .console_audit(
            &help.token,
            q(|q| {
                q.user = Some("PAT@contoso.example".into());
                q.step = Some("signin".into());
                q.outcome = Some("fail".into());
            }),
        )
        .await
        .unwrap();
    assert_eq!(p.total, 3);
    assert!(
        p.rows
            .iter()
            .all(|r| r.user.as_deref() == Some("pat@contoso.example"))
    );
    assert_eq!(p.csv.lines().count(), 4, "a header and three rows");
    assert_eq!(p.jsonl.lines().count(), 3);
    // Another tenant's rows are not in it; newest first.
    let all = a
        .console_audit(&help.token, AuditQuery::default())
        .await
        .unwrap();
    assert!(
        !all.rows
            .iter()
            .any(|r| r.user.as_deref() == Some("other@two.example"))
    );
    assert!(all.rows.windows(2).all(|r| r[0].at >= r[1].at));
    assert!(all.steps.contains(&"policy-change".to_string()));
    // A date that isn't one is named, and nothing is searched.
    let bad = a
        .console_audit(&help.token, q(|q| q.from = Some("05/11/2026".into())))
        .await
        .unwrap();
    assert_eq!((bad.invalid.as_deref(), bad.total), (Some("from"), 0));
    // The IP filter; a step this version doesn't know matches nothing.
    let by_ip = a
        .console_audit(&help.token, q(|q| q.ip = Some("127.0.0.1".into())))
        .await
        .unwrap();
    assert!(by_ip.total >= 3);
    assert!(
        by_ip
            .rows
            .iter()
            .all(|r| r.ip.as_deref() == Some("127.0.0.1"))
    );
    let elsewhere = a
        .console_audit(&help.token, q(|q| q.ip = Some("192.0.2.7".into())))
        .await
        .unwrap();
    assert_eq!(elsewhere.total, 0);
    let none = a
        .console_audit(&help.token, q(|q| q.step = Some("no-such-step".into())))
        .await
        .unwrap();
    assert_eq!(none.total, 0);
}

#[tokio::test]
async fn issue12_the_operations_page_reads_the_database_directory_and_mail_queue() {
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    // A notice waiting: the recovery code's, to pat.
    a.console_issue_recovery(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    let o = a.console_operations(&help.token).await.unwrap();
    assert!(o.database_ok);
    assert_eq!(o.directory_ok, None, "no [directory] configured");
    assert!(o.mail_waiting >= 1, "{o:?}");
    assert!(o.mail_oldest.is_some());
    assert_eq!(o.directory_last_error, None);
    assert_eq!(o.directory_last_writeback, None);
    assert_eq!(o.directory_last_sync, None);
    // A written directory sync shows with its counts.
    let plan = sspr_core::sync::Plan {
        changes: Vec::new(),
        unknown: vec!["stray@elsewhere.example".into()],
        refused: Vec::new(),
    };
    sspr_core::sync::record(&w.core, &plan).await.unwrap();
    let o = a.console_operations(&help.token).await.unwrap();
    assert_eq!(o.directory_last_sync, Some((T0, [0, 0, 1])));
    // Nobody signed in gets nothing.
    assert!(a.console_operations("no-such-session").await.is_err());
}

/// The console fixture with the Contoso policy extended by `extra` TOML lines.
fn console_with(extra: &str) -> String {
    CONSOLE.replacen(
        "methods = [\"email\", \"mobile_phone\", \"mobile_app_code\", \"security_questions\"]\n",
        &format!(
            "methods = [\"email\", \"mobile_phone\", \"mobile_app_code\", \"security_questions\"]\n{extra}\n"
        ),
        1,
    )
}

#[tokio::test]
async fn issue12_a_recovery_code_resets_the_password_once_where_the_policy_allows_it() {
    use sspr_wire::ConsoleAccess;
    let with_code = |code: &str| SignInRequest {
        user_id: "pat@contoso.example".into(),
        password: code.into(),
        lang: Lang::EnUs,
        ip: Some("127.0.0.1".into()),
        return_url: None,
        previous: None,
    };
    // The policy as shipped: a code asked to reset signs in to register instead, and says so.
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    a.console_issue_recovery(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    let code = c.issued.unwrap().code;
    let Ok(Entry::Session(s)) = a.sign_in_with_recovery_code(with_code(&code), true).await else {
        panic!("the code still signs in")
    };
    assert!(s.reset_refused && !s.needs_verification);

    // `recovery_code_resets`: the code opens a reset at its new password, once.
    let w = world_with(&console_with("recovery_code_resets = true")).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    a.console_issue_recovery(&help.token, "pat@contoso.example")
        .await
        .unwrap();
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    let code = c.issued.unwrap().code;
    let Ok(Entry::Reset { flow }) = a.sign_in_with_recovery_code(with_code(&code), true).await
    else {
        panic!("the code opens a reset")
    };
    assert_eq!(
        w.flows().view(&flow).await.unwrap().step,
        sspr_core::Step::NewPassword
    );
    w.flows()
        .set_password(&flow, "Brand-New-Passw0rd-7", "Brand-New-Passw0rd-7")
        .await
        .unwrap();
    assert!(
        sign_in(&w, "pat@contoso.example", "Brand-New-Passw0rd-7")
            .await
            .is_ok()
    );
    assert!(matches!(
        a.sign_in_with_recovery_code(with_code(&code), true).await,
        Err(AccountError::Credentials)
    ));
    let rows = w.core.store.audit_rows(80).await.unwrap();
    let pat = |step: AuditStep| {
        rows.iter()
            .filter(|r| r.step == step && r.user.as_deref() == Some("pat@contoso.example"))
            .collect::<Vec<_>>()
    };
    assert!(
        pat(AuditStep::Start)
            .iter()
            .any(|r| r.reason.as_deref() == Some("recovery-code"))
    );
    assert!(
        pat(AuditStep::Reset)
            .iter()
            .any(|r| r.outcome == Outcome::Ok)
    );
    // No session was opened for the reset: the user signs in only with the new password.
    assert!(
        !pat(AuditStep::SignIn)
            .iter()
            .any(|r| r.reason.as_deref() == Some("recovery-code"))
    );
}

#[tokio::test]
async fn issue12_p4_the_organizations_questions_reach_the_pages_with_their_translations() {
    let w = world_with(&console_with(
        "custom_questions = [\"Name of the office plant?\"]\n\
         [tenant.policy.question_translations.\"Name of the office plant?\"]\n\
         ja-JP = \"オフィスの植物の名前は？\"",
    ))
    .await;
    let a = acc(&w.core);
    let s = a
        .sign_in(SignInRequest {
            user_id: "pat@contoso.example".into(),
            password: "Pat-Passw0rd-1".into(),
            lang: Lang::JaJp,
            ip: Some("127.0.0.1".into()),
            return_url: None,
            previous: None,
        })
        .await
        .unwrap();
    let s = if s.needs_verification {
        a.check_select(&s.token, "sms").await.unwrap();
        let to = w.mail.messages().last().unwrap().to.clone();
        a.check_verify(&s.token, &w.last_code(&to)).await.unwrap()
    } else {
        s
    };
    let info = a.info(&s.token).await.unwrap();
    assert!(
        info.questions_offered
            .contains(&"Name of the office plant?".to_string())
    );
    // Every translation goes to the page, which shows its own language's.
    let tr = &info.question_translations["Name of the office plant?"];
    assert_eq!(
        sspr_policy::register::pick_translation(tr, "ja-JP"),
        Some("オフィスの植物の名前は？")
    );
    assert_eq!(sspr_policy::register::pick_translation(tr, "en-US"), None);
    // Predefined questions carry none (the pages translate them).
    assert_eq!(info.question_translations.len(), 1);
}

#[tokio::test]
async fn issue12_a_guest_administrator_edits_the_tenant_they_administer_and_guests_are_not_stranded()
 {
    use sspr_wire::ConsoleAccess;
    // A global administrator of Contoso who is a guest from Two, and a guest user from Two.
    let w = world_with(&format!(
        "{CONSOLE}
[[user]]
upn = \"guestadmin@contoso.example\"
display_name = \"Gus Guest\"
kind = \"guest\"
home_tenant = \"two\"
admin_roles = [\"Global Administrator\"]
auth_phone = \"+81 9012345677\"
password = \"Gus-Passw0rd-11\"

[[user]]
upn = \"visitor@contoso.example\"
display_name = \"Vic Visitor\"
kind = \"guest\"
home_tenant = \"two\"
auth_email = \"vic@home.example\"
"
    ))
    .await;
    let a = acc(&w.core);
    let g = signed_in(&w, "guestadmin@contoso.example", "Gus-Passw0rd-11").await;
    let ConsoleAccess::Open(c) = a.console(&g.token).await.unwrap() else {
        panic!("the console opens")
    };
    // Contoso's own policy (security questions on), not the home tenant Two's.
    assert!(c.policy.methods.contains(&Method::SecurityQuestions));
    // Two methods required: Contoso's members with one are stranded, the guest (who
    // follows Two's policy, unchanged) is not.
    let draft = a
        .console_review(
            &g.token,
            Blade::Methods,
            pairs(&[
                ("methods_required", "2"),
                ("method-email", "on"),
                ("method-mobile_phone", "on"),
                ("method-mobile_app_code", "on"),
                ("method-security_questions", "on"),
                ("questions_to_register", "3"),
                ("questions_to_ask", "3"),
            ]),
        )
        .await
        .unwrap();
    assert!(draft);
    let ConsoleAccess::Open(c) = a.console(&g.token).await.unwrap() else {
        panic!()
    };
    let impact = c.draft.unwrap().impact.unwrap();
    assert!(impact.stranded.contains(&"pat@contoso.example".to_string()));
    assert!(
        !impact
            .stranded
            .contains(&"visitor@contoso.example".to_string())
    );
    a.console_save(&g.token, false).await.unwrap();
    let contoso = w.core.store.tenant("c").await.unwrap().unwrap();
    let two = w.core.store.tenant("two").await.unwrap().unwrap();
    assert_eq!(contoso.policy.methods_required, 2);
    assert!(contoso.policy.methods.contains(&Method::SecurityQuestions));
    assert_eq!(
        two.policy.methods_required, 1,
        "the home tenant is untouched"
    );
    // And the reverse (M2): back to one method, pat could reset again.
    a.console_review(
        &g.token,
        Blade::Methods,
        pairs(&[
            ("methods_required", "1"),
            ("method-email", "on"),
            ("method-mobile_phone", "on"),
            ("method-mobile_app_code", "on"),
            ("method-security_questions", "on"),
            ("questions_to_register", "3"),
            ("questions_to_ask", "3"),
        ]),
    )
    .await
    .unwrap();
    let ConsoleAccess::Open(c) = a.console(&g.token).await.unwrap() else {
        panic!()
    };
    let impact = c.draft.unwrap().impact.unwrap();
    assert!(impact.gained.contains(&"pat@contoso.example".to_string()));
    assert!(impact.stranded.is_empty());
}

#[tokio::test]
async fn issue12_a_recovery_code_meeting_a_locked_account_is_not_spent() {
    use sspr_wire::ConsoleAccess;
    let w = world_with(&format!(
        "{CONSOLE}
[[user]]
upn = \"locky@contoso.example\"
display_name = \"Lou Locked\"
locked = true
"
    ))
    .await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    a.console_issue_recovery(&help.token, "locky@contoso.example")
        .await
        .unwrap();
    let ConsoleAccess::Open(c) = a.console(&help.token).await.unwrap() else {
        panic!()
    };
    let code = c.issued.unwrap().code;
    let req = || SignInRequest {
        user_id: "locky@contoso.example".into(),
        password: code.clone(),
        lang: Lang::EnUs,
        ip: Some("127.0.0.1".into()),
        return_url: None,
        previous: None,
    };
    assert!(matches!(
        a.sign_in_with_recovery_code(req(), false).await,
        Err(AccountError::AccountLocked)
    ));
    // Unlocked, the same code still works, once.
    let id = w
        .core
        .store
        .user_by_upn("locky@contoso.example")
        .await
        .unwrap()
        .unwrap()
        .id;
    w.core.store.unlock(id).await.unwrap();
    assert!(matches!(
        a.sign_in_with_recovery_code(req(), false).await,
        Ok(Entry::Session(_))
    ));
    assert!(matches!(
        a.sign_in_with_recovery_code(req(), false).await,
        Err(AccountError::Credentials)
    ));
}

#[tokio::test]
async fn issue12_audit_pages_periods_and_the_operations_last_failure_and_writeback() {
    use sspr_core::store::AuditEvent;
    use sspr_wire::AuditQuery;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    let row = |at: i64, step: AuditStep, outcome: Outcome, reason: &str| AuditEvent {
        at,
        tenant_id: Some("c".into()),
        user: Some("pat@contoso.example".into()),
        ip: Some("192.0.2.9".into()),
        client: Some("app".into()),
        step,
        method: None,
        outcome,
        reason: Some(reason.into()),
    };
    // 60 rows a minute apart, yesterday; a directory failure and a writeback after them.
    let start = T0 - 86_400;
    for i in 0..60 {
        w.core
            .audit(&row(
                start + i * 60,
                AuditStep::Verify,
                Outcome::Fail,
                "code-wrong",
            ))
            .await
            .unwrap();
    }
    w.core
        .audit(&row(
            T0 - 600,
            AuditStep::Password,
            Outcome::Error,
            "directory",
        ))
        .await
        .unwrap();
    w.core
        .audit(&row(
            T0 - 300,
            AuditStep::Directory,
            Outcome::Ok,
            "writeback",
        ))
        .await
        .unwrap();
    let q = |page: u32| AuditQuery {
        client: Some("app".into()),
        step: Some("verify".into()),
        page,
        ..AuditQuery::default()
    };
    let first = a.console_audit(&help.token, q(0)).await.unwrap();
    assert_eq!((first.total, first.rows.len(), first.more), (60, 50, true));
    let second = a.console_audit(&help.token, q(1)).await.unwrap();
    assert_eq!((second.rows.len(), second.more), (10, false));
    assert!(
        second.rows[0].at < first.rows[49].at,
        "older on the next page"
    );
    // A period: the day before yesterday holds none of them.
    let day = |t: i64| {
        let u = sspr_policy::time::Utc::from_unix(t);
        format!("{:04}-{:02}-{:02}", u.year, u.month, u.day)
    };
    let none = a
        .console_audit(
            &help.token,
            AuditQuery {
                from: Some(day(T0 - 3 * 86_400)),
                to: Some(day(T0 - 2 * 86_400 - 1)),
                ..q(0)
            },
        )
        .await
        .unwrap();
    assert_eq!(none.total, 0);
    let o = a.console_operations(&help.token).await.unwrap();
    assert_eq!(
        o.directory_last_error,
        Some((T0 - 600, "directory".to_string()))
    );
    assert_eq!(o.directory_last_writeback, Some(T0 - 300));
}

#[tokio::test]
async fn issue12_the_other_pages_save_and_the_recovery_code_is_told_when_issued() {
    use sspr_wire::ConsoleAccess;
    let w = world_with(CONSOLE).await;
    let a = acc(&w.core);
    let g = signed_in(&w, "gadmin@contoso.example", "Gadmin-Passw0rd-1").await;
    for (blade, fields) in [
        (
            Blade::Registration,
            pairs(&[("require_registration", "on"), ("reconfirm_days", "90")]),
        ),
        (Blade::Notifications, pairs(&[("notify_users", "on")])),
        (
            Blade::Customization,
            pairs(&[
                ("helpdesk", "help@contoso.example"),
                ("sign_in_url", "https://login.contoso.example"),
            ]),
        ),
        (Blade::OnPremises, pairs(&[("allow_unlock", "on")])),
        (Blade::Administrators, pairs(&[])),
    ] {
        assert!(
            a.console_review(&g.token, blade, fields).await.unwrap(),
            "{blade:?}"
        );
        a.console_save(&g.token, false).await.unwrap();
    }
    let p = w.core.store.tenant("c").await.unwrap().unwrap().policy;
    assert_eq!((p.require_registration, p.reconfirm_days), (true, 90));
    assert!(p.notify_users && !p.notify_admins, "P7 on, P8 off");
    assert_eq!(
        p.branding.sign_in_url.as_deref(),
        Some("https://login.contoso.example")
    );
    assert!(p.allow_unlock && !p.writeback);
    assert!(!p.admin_sspr, "E3d turned off");
    // Five changes in the history, newest first, each with what it altered.
    let ConsoleAccess::Open(c) = a.console(&g.token).await.unwrap() else {
        panic!()
    };
    assert_eq!(c.history.len(), 5);
    assert!(
        c.history[0]
            .differences
            .iter()
            .any(|d| d.field == "admin_sspr" && d.old == "on" && d.new.is_empty())
    );

    // Issuing a recovery code tells the user at their addresses.
    let help = signed_in(&w, "help@contoso.example", "Help-Passw0rd-1").await;
    a.console_issue_recovery(&help.token, "two@contoso.example")
        .await
        .unwrap();
    sspr_core::mailqueue::MailQueue::new(&w.core)
        .run_once()
        .await
        .unwrap();
    assert!(
        w.mail
            .messages()
            .iter()
            .any(|m| m.to == "two@contoso.example" && m.subject.contains("recovery code")),
        "{:?}",
        w.mail
            .messages()
            .iter()
            .map(|m| (&m.to, &m.subject))
            .collect::<Vec<_>>()
    );
}
