//! Issue 15: texts and calls through the real HTTP clients, against local stand-ins of
//! Twilio's REST API, Vonage's SMS API and the signed webhook (`sspr-fakes`, started here on
//! 127.0.0.1): request shapes and authentication, failures (4xx, 429, 5xx, refusals, slow
//! answers) and failover, and the signed delivery receipts in the audit.

use std::sync::Arc;
use std::time::Duration;

use sspr_core::delivery::phone::{
    Callback, PhoneConfig, ProviderConfig, ProviderKind, Providers, ReceiptError, ReceiptStatus,
};
use sspr_core::delivery::{Channel, Channels, Delivery};
use sspr_core::directory::Secret;
use sspr_core::metrics::Metrics;
use sspr_core::receipts::{self, ReceiptFailure, Recorded};
use sspr_core::store::{AuditStep, Outcome};
use sspr_core::{Core, Mode};
use sspr_fakes::{Api, Fakes, Mode as FakeMode, SignedReceipt};

use super::{FIXTURE, World, world_with};

const PUBLIC: &str = "https://sspr.contoso.example";

async fn fakes() -> Fakes {
    Fakes::start("127.0.0.1:0", Default::default(), false)
        .await
        .unwrap()
}

fn provider(f: &Fakes, kind: ProviderKind, channel: Channel) -> ProviderConfig {
    let a = f.accounts();
    let (account, secret, url) = match kind {
        ProviderKind::Twilio => (Some(a.twilio_sid.clone()), a.twilio_token.clone(), f.base()),
        ProviderKind::Vonage => (
            Some(a.vonage_key.clone()),
            a.vonage_secret.clone(),
            f.base(),
        ),
        ProviderKind::Webhook => (
            None,
            a.webhook_secret.clone(),
            format!("{}/webhook", f.base()),
        ),
    };
    let mut p: ProviderConfig =
        toml::from_str(&format!("kind = \"{}\"\ntimeout_secs = 1\n", kind.as_str())).unwrap();
    p.account = account;
    p.url = Some(url);
    p.from = Some(
        if channel == Channel::Voice || kind != ProviderKind::Vonage {
            "+15005550006".into()
        } else {
            "Portal".into()
        },
    );
    p.secret_env = Some(Secret(secret));
    if kind == ProviderKind::Vonage {
        p.receipt_secret_env = Some(Secret(a.vonage_signature_secret.clone()));
    }
    p
}

/// The flow world with texts and calls going to `sms` and `voice`, mail to memory.
async fn world_by(fixture: &str, sms: Vec<ProviderConfig>, voice: Vec<ProviderConfig>) -> World {
    let w = world_with(fixture).await;
    let metrics = Arc::new(Metrics::default());
    let by = |channel, list: Vec<ProviderConfig>| -> Arc<dyn Delivery> {
        Arc::new(Providers::new(channel, &PhoneConfig { providers: list }, Some(PUBLIC)).unwrap())
    };
    let core = Core {
        delivery: Arc::new(Channels {
            email: w.mail.clone(),
            sms: by(Channel::Sms, sms),
            voice: by(Channel::Voice, voice),
            metrics: metrics.clone(),
        }),
        metrics,
        ..w.core.clone()
    };
    World {
        core,
        clock: w.clock,
        mail: w.mail,
    }
}

/// Texts by Twilio first, Vonage when Twilio fails.
async fn twilio_then_vonage(twilio: &Fakes, vonage: &Fakes) -> World {
    world_by(
        FIXTURE,
        vec![
            provider(twilio, ProviderKind::Twilio, Channel::Sms),
            provider(vonage, ProviderKind::Vonage, Channel::Sms),
        ],
        vec![],
    )
    .await
}

fn code_in(text: &str) -> String {
    let digits: String = text
        .replace(", ", "")
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .expect("a six-digit code")
        .to_string();
    digits
}

/// A receipt as the server hands it to core: the public URL, headers and body.
fn callback(r: &SignedReceipt, now: i64) -> Callback {
    let (url, query) = match r.url.split_once('?') {
        Some((u, q)) => (format!("{u}?{q}"), q.to_string()),
        None => (r.url.clone(), String::new()),
    };
    Callback {
        url,
        headers: r.headers.clone(),
        query,
        body: r.body.clone(),
        now,
    }
}

fn real_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

async fn audit_reasons(w: &World, step: AuditStep) -> Vec<(Outcome, String)> {
    w.core
        .store
        .audit_rows(500)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.step == step)
        .map(|e| (e.outcome, e.reason.unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn issue15_v7_a_reset_text_goes_by_twilio_in_e164_from_the_tenants_sender_and_its_receipt_is_audited()
 {
    let f = fakes().await;
    let fixture = FIXTURE.replace(
        "allow_unlock = true\n",
        "allow_unlock = true\nsms_sender = \"Contoso\"\n",
    );
    let w = world_by(
        &fixture,
        vec![provider(&f, ProviderKind::Twilio, Channel::Sms)],
        vec![],
    )
    .await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "sms").await.unwrap();
    let got = f.received();
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(m.api, Api::TwilioMessage);
    // V7: E.164, no space, no extension.
    assert_eq!(m.to, "+819012345678");
    assert_eq!(m.from, "Contoso");
    assert!(m.text.contains("Contoso"), "{}", m.text);
    assert_eq!(
        m.status_url.as_deref(),
        Some("https://sspr.contoso.example/delivery/sms/twilio/status")
    );
    // The code the user got works.
    w.flows().verify_code(&t, &code_in(&m.text)).await.unwrap();
    assert_eq!(w.core.metrics.messages(Channel::Sms, "twilio", "sent"), 1);

    // Twilio's signed status callback marks it delivered in the audit, once.
    let receipt = f.receipt(m, "delivered").unwrap();
    let cb = callback(&receipt, w.core.now());
    assert_eq!(
        receipts::record(&w.core, Channel::Sms, "twilio", &cb)
            .await
            .unwrap(),
        Recorded::Settled(ReceiptStatus::Delivered)
    );
    assert_eq!(
        receipts::record(&w.core, Channel::Sms, "twilio", &cb)
            .await
            .unwrap(),
        Recorded::Repeated
    );
    let rows = audit_reasons(&w, AuditStep::Delivery).await;
    assert_eq!(
        rows,
        [(Outcome::Ok, "receipt:twilio:delivered".to_string())]
    );
    let row = w
        .core
        .store
        .audit_rows(500)
        .await
        .unwrap()
        .into_iter()
        .find(|e| e.step == AuditStep::Delivery)
        .unwrap();
    assert_eq!(row.user.as_deref(), Some("alice@contoso.example"));

    // A forged or altered receipt is refused and writes nothing.
    let mut forged = receipt.clone();
    forged.body = String::from_utf8(forged.body)
        .unwrap()
        .replace("delivered", "undelivered")
        .into_bytes();
    match receipts::record(
        &w.core,
        Channel::Sms,
        "twilio",
        &callback(&forged, w.core.now()),
    )
    .await
    {
        Err(ReceiptFailure::Refused(ReceiptError::BadSignature)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    // The URL is part of what Twilio signs: the same receipt at another address fails.
    let mut moved = callback(&receipt, w.core.now());
    moved.url = "https://evil.example/delivery/sms/twilio/status".into();
    assert!(
        receipts::record(&w.core, Channel::Sms, "twilio", &moved)
            .await
            .is_err()
    );
    assert!(matches!(
        receipts::record(&w.core, Channel::Sms, "nobody", &cb).await,
        Err(ReceiptFailure::Refused(ReceiptError::UnknownProvider))
    ));
    assert_eq!(audit_reasons(&w, AuditStep::Delivery).await.len(), 1);
}

#[tokio::test]
async fn issue15_a_call_says_the_code_digit_by_digit_twice_in_the_flows_language() {
    let f = fakes().await;
    let w = world_by(
        FIXTURE,
        vec![],
        vec![provider(&f, ProviderKind::Twilio, Channel::Voice)],
    )
    .await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "voice").await.unwrap();
    let got = f.received();
    assert_eq!(got.len(), 1);
    let call = &got[0];
    assert_eq!(call.api, Api::TwilioCall);
    assert_eq!(
        (call.to.as_str(), call.from.as_str()),
        ("+819012345678", "+15005550006")
    );
    assert!(call.text.starts_with("<?xml"), "{}", call.text);
    assert!(
        call.text.contains("<Say language=\"en-US\">"),
        "{}",
        call.text
    );
    // Digit by digit ("1, 2, 3"), said twice in the text and the whole said twice.
    let code = code_in(&call.text);
    let spoken: String = code
        .chars()
        .map(String::from)
        .collect::<Vec<_>>()
        .join(", ");
    assert_eq!(call.text.matches(&spoken).count(), 4, "{}", call.text);
    w.flows().verify_code(&t, &code).await.unwrap();
    // The call's receipt: completed is delivered.
    let cb = callback(&f.receipt(call, "completed").unwrap(), w.core.now());
    assert_eq!(
        receipts::record(&w.core, Channel::Voice, "twilio", &cb)
            .await
            .unwrap(),
        Recorded::Settled(ReceiptStatus::Delivered)
    );
}

#[tokio::test]
async fn issue15_a_call_in_japanese_says_japanese() {
    let f = fakes().await;
    let w = world_by(
        FIXTURE,
        vec![],
        vec![provider(&f, ProviderKind::Twilio, Channel::Voice)],
    )
    .await;
    let cap = w.flows().captcha(Some("127.0.0.1")).await.unwrap();
    let t = w
        .flows()
        .start(sspr_core::flow::StartRequest {
            user_id: "alice@contoso.example".into(),
            captcha_answer: cap.solve(),
            captcha_id: cap.id,
            lang: sspr_i18n::Lang::JaJp,
            client: sspr_core::ClientType::Browser,
            ip: Some("127.0.0.1".into()),
            return_url: None,
            compact: false,
        })
        .await
        .unwrap();
    w.flows().choose(&t, Mode::Reset).await.unwrap();
    w.flows().select(&t, "voice").await.unwrap();
    let call = &f.received()[0];
    assert!(
        call.text.contains("<Say language=\"ja-JP\">確認コード"),
        "{}",
        call.text
    );
}

#[tokio::test]
async fn issue15_each_provider_failure_is_audited_and_the_next_provider_takes_the_text() {
    // Twilio answers 429, 500, 400 or too slowly: Vonage (second in the list) sends it.
    for mode in [
        FakeMode::Status(429),
        FakeMode::Status(503),
        FakeMode::Status(400),
        FakeMode::Slow(Duration::from_secs(3)),
    ] {
        let first = fakes().await;
        let second = fakes().await;
        first.set_mode(mode.clone());
        let w = twilio_then_vonage(&first, &second).await;
        let t = w.reset_flow("alice@contoso.example").await;
        w.flows().select(&t, "sms").await.unwrap();
        let sent = second.received();
        assert_eq!(sent.len(), 1, "{mode:?}");
        assert_eq!(sent[0].api, Api::Vonage);
        // Vonage takes E.164 without the plus, and the sender configured for it.
        assert_eq!(sent[0].to, "819012345678");
        assert_eq!(sent[0].kind.as_deref(), Some("text"));
        assert_eq!(
            sent[0].status_url.as_deref(),
            Some("https://sspr.contoso.example/delivery/sms/vonage/status")
        );
        let status = match &mode {
            FakeMode::Status(s) => format!("http-{s}"),
            _ => "timeout".into(),
        };
        let reasons = audit_reasons(&w, AuditStep::SendCode).await;
        assert!(
            reasons.contains(&(Outcome::Error, format!("delivery:twilio:{status}"))),
            "{reasons:?}"
        );
        assert_eq!(w.core.metrics.messages(Channel::Sms, "twilio", &status), 1);
        assert_eq!(w.core.metrics.messages(Channel::Sms, "vonage", "sent"), 1);
        w.flows()
            .verify_code(&t, &code_in(&sent[0].text))
            .await
            .unwrap();
        // Vonage's signed delivery receipt.
        // Vonage's receipts carry its (real) time; the world's clock is in 2027.
        let cb = callback(&second.receipt(&sent[0], "delivered").unwrap(), real_now());
        assert_eq!(
            receipts::record(&w.core, Channel::Sms, "vonage", &cb)
                .await
                .unwrap(),
            Recorded::Settled(ReceiptStatus::Delivered)
        );
    }
}

#[tokio::test]
async fn issue15_when_every_provider_fails_the_user_is_told_at_once_and_nothing_counts_against_them()
 {
    let twilio = fakes().await;
    let vonage = fakes().await;
    twilio.set_mode(FakeMode::Status(500));
    vonage.set_mode(FakeMode::Reject("1".into()));
    let w = twilio_then_vonage(&twilio, &vonage).await;
    let t = w.reset_flow("alice@contoso.example").await;
    // SPEC 16 allows ten sends in ten minutes: fifteen failed ones spend none of them.
    for _ in 0..15 {
        match w.flows().select(&t, "sms").await {
            Err(sspr_core::flow::FlowError::Delivery) => {}
            other => panic!("expected the delivery page, got {other:?}"),
        }
    }
    let reasons = audit_reasons(&w, AuditStep::SendCode).await;
    assert!(reasons.contains(&(Outcome::Error, "delivery:twilio:http-500".into())));
    assert!(reasons.contains(&(Outcome::Error, "delivery:vonage:rejected-1".into())));
    assert!(
        reasons.iter().all(|(_, r)| !r.contains("90123")),
        "no number in the audit"
    );
    // The provider is back: the code goes out.
    twilio.set_mode(FakeMode::Accept);
    w.flows().select(&t, "sms").await.unwrap();
    assert_eq!(twilio.received().len(), 1);
}

#[tokio::test]
async fn issue15_the_signed_webhook_carries_text_and_language_and_its_receipts_are_verified() {
    let f = fakes().await;
    let w = world_by(
        FIXTURE,
        vec![provider(&f, ProviderKind::Webhook, Channel::Sms)],
        vec![provider(&f, ProviderKind::Webhook, Channel::Voice)],
    )
    .await;
    let t = w.reset_flow("alice@contoso.example").await;
    w.flows().select(&t, "voice").await.unwrap();
    let got = f.received();
    assert_eq!(
        got.len(),
        1,
        "the fake accepted the signature: {:?}",
        f.refused()
    );
    let m = &got[0];
    assert_eq!((m.api, m.channel.as_deref()), (Api::Webhook, Some("voice")));
    assert_eq!(m.to, "+819012345678");
    assert_eq!(m.kind.as_deref(), Some("en-US"));
    assert!(
        !m.text.contains('\u{2068}'),
        "no isolation marks on the wire"
    );
    w.flows().verify_code(&t, &code_in(&m.text)).await.unwrap();
    let good = f.receipt(m, "failed").unwrap();
    let now = w.core.now();
    // Five minutes of clock skew at most: the fake signs with the real time, the world's
    // clock is 2027; a receipt that old is refused as stale.
    assert!(matches!(
        receipts::record(&w.core, Channel::Voice, "webhook", &callback(&good, now)).await,
        Err(ReceiptFailure::Refused(ReceiptError::Stale))
    ));
    let real_now = real_now();
    assert_eq!(
        receipts::record(
            &w.core,
            Channel::Voice,
            "webhook",
            &callback(&good, real_now)
        )
        .await
        .unwrap(),
        Recorded::Settled(ReceiptStatus::Failed)
    );
    let rows = audit_reasons(&w, AuditStep::Delivery).await;
    assert_eq!(
        rows,
        [(Outcome::Error, "receipt:webhook:failed".to_string())]
    );
}

#[tokio::test]
async fn issue15_a_provider_serves_only_its_tenants() {
    let f = fakes().await;
    let mut only_two = provider(&f, ProviderKind::Twilio, Channel::Sms);
    only_two.tenants = vec!["two".into()];
    let w = world_by(FIXTURE, vec![only_two], vec![]).await;
    let t = w.reset_flow("alice@contoso.example").await;
    assert!(matches!(
        w.flows().select(&t, "sms").await,
        Err(sspr_core::flow::FlowError::Delivery)
    ));
    assert!(f.received().is_empty());
}

#[tokio::test]
async fn issue15_wrong_credentials_are_a_provider_failure_not_a_success() {
    let f = fakes().await;
    let mut bad = provider(&f, ProviderKind::Twilio, Channel::Sms);
    bad.secret_env = Some(Secret("wrong".into()));
    let mut bad_vonage = provider(&f, ProviderKind::Vonage, Channel::Sms);
    bad_vonage.secret_env = Some(Secret("wrong".into()));
    let w = world_by(FIXTURE, vec![bad, bad_vonage], vec![]).await;
    let t = w.reset_flow("alice@contoso.example").await;
    assert!(w.flows().select(&t, "sms").await.is_err());
    assert_eq!(f.refused(), [(Api::TwilioMessage, 401), (Api::Vonage, 200)]);
    let reasons = audit_reasons(&w, AuditStep::SendCode).await;
    assert!(reasons.contains(&(Outcome::Error, "delivery:twilio:http-401".into())));
    assert!(reasons.contains(&(Outcome::Error, "delivery:vonage:rejected-4".into())));
}

#[test]
fn issue15_providers_refuse_plain_http_a_missing_secret_and_vonage_calls() {
    let base: ProviderConfig = toml::from_str(
        "kind = \"twilio\"\naccount = \"AC1\"\nfrom = \"+15005550006\"\nurl = \"http://sms.example\"\n",
    )
    .unwrap();
    let one = |p: ProviderConfig, ch| {
        Providers::new(ch, &PhoneConfig { providers: vec![p] }, None).map(|_| ())
    };
    let mut p = base.clone();
    p.secret_env = Some(Secret("x".into()));
    assert!(
        one(p.clone(), Channel::Sms).is_err(),
        "plain http to a remote host"
    );
    p.url = None;
    assert!(one(p.clone(), Channel::Sms).is_ok());
    let mut no_secret = p.clone();
    no_secret.secret_env = None;
    let e = one(no_secret, Channel::Sms).unwrap_err().to_string();
    assert!(e.contains("SSPR_SMS_TWILIO_SECRET"), "{e}");
    let mut vonage = p.clone();
    vonage.kind = ProviderKind::Vonage;
    assert!(one(vonage, Channel::Voice).is_err());
    let mut no_from = p;
    no_from.from = None;
    assert!(
        one(no_from, Channel::Voice).is_err(),
        "a call needs a caller number"
    );
}

#[tokio::test]
async fn issue15_providers_get_the_text_without_isolation_marks() {
    let f = fakes().await;
    let p = Providers::new(
        Channel::Sms,
        &PhoneConfig {
            providers: vec![provider(&f, ProviderKind::Twilio, Channel::Sms)],
        },
        None,
    )
    .unwrap();
    let msg = sspr_core::delivery::Outgoing {
        channel: Channel::Sms,
        to: "+81 9012345678".into(),
        from: String::new(),
        subject: String::new(),
        body: "Code \u{2068}123456\u{2069}".into(),
        at: 0,
        lang: "en-US".into(),
        tenant_id: None,
    };
    let sent = p.send(&msg).await.unwrap();
    assert_eq!(sent.provider, "twilio");
    assert_eq!(f.received()[0].text, "Code 123456");
    // Without a public URL no receipt is asked for.
    assert_eq!(f.received()[0].status_url, None);
}
