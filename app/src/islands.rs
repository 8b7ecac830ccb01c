//! The only code the browser runs: the live password checklist (N1, the same policy crate
//! the server enforces) and the form guard (W3: a lost connection shows *Something went
//! wrong* with a retry instead of a browser error page). Owns client behaviour; refuses to
//! talk to anything but the portal's own server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use sspr_policy::{PasswordProblem, PasswordRules};

/// Labels for the password fields and checklist, translated on the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordLabels {
    pub password: String,
    pub confirm: String,
    pub heading: String,
    pub ok: String,
    pub not_ok: String,
    pub rules: Vec<(PasswordProblem, String)>,
    /// Issue 16: what only the directory checks (history, minimum age), in words.
    pub directory_heading: String,
    pub directory: Vec<String>,
}

/// Which rules are met for `pw` / `confirm` (empty input meets nothing).
pub fn rule_states(
    pw: &str,
    confirm: &str,
    rules: &PasswordRules,
    names: &[String],
    shown: &[PasswordProblem],
) -> Vec<(PasswordProblem, bool)> {
    let problems = sspr_policy::check_password(pw, Some(confirm), rules, names);
    shown
        .iter()
        .map(|r| {
            // Too long and too short are one line ("length"); both must be absent.
            let bad = problems.contains(r)
                || (*r == PasswordProblem::TooShort
                    && problems.contains(&PasswordProblem::TooLong));
            (*r, !pw.is_empty() && !bad)
        })
        .collect()
}

/// New password and confirmation with the N1 checklist updated as the user types.
// An island on the server-rendered portal, a plain component in the static bundle.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
pub fn PasswordFields(
    rules: PasswordRules,
    names: Vec<String>,
    labels: PasswordLabels,
) -> impl IntoView {
    let pw = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let shown: Vec<PasswordProblem> = labels.rules.iter().map(|(r, _)| *r).collect();
    let states = {
        let shown = shown.clone();
        Memo::new(move |_| rule_states(&pw.get(), &confirm.get(), &rules, &names, &shown))
    };
    let items = labels
        .rules
        .iter()
        .enumerate()
        .map(|(i, (rule, text))| {
            let ok = move || states.with(|s| s.get(i).map(|x| x.1).unwrap_or(false));
            let (ok_text, not_ok_text) = (labels.ok.clone(), labels.not_ok.clone());
            view! {
                <li data-rule=rule.fluent_id() data-ok=move || ok().to_string() class:ok=ok>
                    <span class="mark" aria-hidden="true">{move || if ok() { "✓" } else { "•" }}</span>
                    {text.clone()}
                    <span class="visually-hidden">{move || if ok() { format!(" ({ok_text})") } else { format!(" ({not_ok_text})") }}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="password">{labels.password.clone()}</label>
            <input id="password" name="password" type="password" autocomplete="new-password" required
                aria-describedby="pw-rules"
                on:input=move |ev| pw.set(event_target_value(&ev))/>
        </div>
        <div class="field">
            <label for="confirm">{labels.confirm.clone()}</label>
            <input id="confirm" name="confirm" type="password" autocomplete="new-password" required
                on:input=move |ev| confirm.set(event_target_value(&ev))/>
        </div>
        <div id="pw-rules" class="rules">
            <p>{labels.heading.clone()}</p>
            <ul aria-live="polite">{items}</ul>
            {(!labels.directory.is_empty()).then(|| view! {
                <p>{labels.directory_heading.clone()}</p>
                <ul class="directory-rules">
                    {labels.directory.iter().map(|d| view! { <li data-rule="directory">{d.clone()}</li> }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// Issue 11: how long until "Resend code" sends another code, counted down each second from
/// the wait the server gave with the page (the browser's clock is not trusted). `texts[i]`
/// is the message for `i + 1` seconds, rendered by the server in the page's language, so
/// each number has its own plural form. The hint goes once the wait is over; without
/// JavaScript it says the wait as of the page's rendering.
// An island on the server-rendered portal, a plain component in the static bundle.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
pub fn ResendWait(seconds: i64, texts: Vec<String>) -> impl IntoView {
    let left = RwSignal::new(seconds);
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        if let Ok(handle) = set_interval_with_handle(
            move || left.update(|s| *s = (*s - 1).max(0)),
            std::time::Duration::from_secs(1),
        ) {
            Effect::new(move |_| {
                if left.get() == 0 {
                    handle.clear();
                }
            });
        }
    }
    let text = move || {
        let s = left.get();
        (s > 0)
            .then(|| texts.get((s - 1) as usize).cloned())
            .flatten()
    };
    view! {
        <p class="hint" id="resend-wait" data-seconds=move || left.get().to_string() hidden=move || left.get() == 0>{text}</p>
    }
}

/// Issue 10: the captcha a bot pays for. The browser finds the proof of work with the
/// portal's own wasm (`sspr_policy::pow`, the check the server makes), a slice at a time so
/// the page stays responsive, and puts it in the form. Without JavaScript the answer stays
/// empty and the server waits out the client's delay instead; the text says so.
// An island on the server-rendered portal, a plain component in the static bundle.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
pub fn PowCaptcha(
    id: String,
    bits: u8,
    nojs: String,
    working: String,
    done: String,
) -> impl IntoView {
    let answer = RwSignal::new(String::new());
    // 0: as rendered by the server (no JavaScript), 1: solving, 2: solved.
    let state = RwSignal::new(0u8);
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    Effect::new({
        let id = id.clone();
        move |_| {
            state.set(1);
            solve(std::rc::Rc::new(id.clone()), bits, 0, answer, state);
        }
    });
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    let _ = (&id, bits);
    view! {
        <input type="hidden" name="captcha_answer" value="" prop:value=move || answer.get()/>
        <p id="captcha-status" role="status" data-bits=bits data-state=move || state.get().to_string()>
            {move || match state.get() {
                0 => nojs.clone(),
                1 => working.clone(),
                _ => done.clone(),
            }}
        </p>
    }
}

/// One slice of the search, then the next on a timer (the page keeps responding).
#[cfg(any(feature = "hydrate", feature = "csr"))]
fn solve(
    id: std::rc::Rc<String>,
    bits: u8,
    from: u64,
    answer: RwSignal<String>,
    state: RwSignal<u8>,
) {
    const SLICE: u64 = 20_000;
    match sspr_policy::pow::search(&id, bits, from, SLICE) {
        Some(n) => {
            answer.set(n.to_string());
            state.set(2);
        }
        None => set_timeout(
            move || solve(id, bits, from + SLICE, answer, state),
            std::time::Duration::ZERO,
        ),
    }
}

/// Progressive enhancement of every form on the page: submit through `fetch`, follow the
/// server function's redirect, and on a lost connection show a message with a retry.
// An island on the server-rendered portal, a plain component in the static bundle.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
pub fn Enhance(wrong: String, retry: String, working: String) -> impl IntoView {
    let failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // Retry submits the same form again, through the submit listener.
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    let on_retry = {
        use wasm_bindgen::JsCast;
        // The form and the button that sent it (its name and value go with the fields, as a
        // browser's own submission sends them: the recovery page's "Reset my password").
        type Sent = (web_sys::HtmlFormElement, Option<(String, String)>);
        let last: StoredValue<Option<Sent>, LocalStorage> = StoredValue::new_local(None);
        let send = move |form: web_sys::HtmlFormElement, pressed: Option<(String, String)>| {
            busy.set(true);
            failed.set(false);
            last.set_value(Some((form.clone(), pressed.clone())));
            leptos::task::spawn_local(async move {
                match submit(&form, pressed.as_ref()).await {
                    Some(loc) => {
                        let _ = window().location().assign(&loc);
                    }
                    None => {
                        busy.set(false);
                        failed.set(true);
                    }
                }
            });
        };
        let _ = window_event_listener(leptos::ev::submit, move |ev| {
            // A page script that handles its own form (the device page) has the last word.
            if ev.default_prevented() {
                return;
            }
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            // A search form (`method="get"`, the console's user lookup) is a plain link.
            if form.method().eq_ignore_ascii_case("get") {
                return;
            }
            ev.prevent_default();
            let pressed = ev.submitter().and_then(|b| {
                let name = b.get_attribute("name").filter(|n| !n.is_empty())?;
                Some((name, b.get_attribute("value").unwrap_or_default()))
            });
            if !busy.get_untracked() {
                send(form, pressed);
            }
        });
        Effect::new(move |_| {
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-hydrated", "true");
            }
        });
        move |_| {
            if let Some((form, pressed)) = last.get_value() {
                send(form, pressed);
            }
        }
    };
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    let on_retry = |_: leptos::ev::MouseEvent| {};
    view! {
        <div class="enhance" aria-live="assertive">
            <Show when=move || busy.get()>
                <p class="busy">{working.clone()}</p>
            </Show>
            <Show when=move || failed.get()>
                <div class="error" role="alert">
                    <p>{wrong.clone()}</p>
                    <button type="button" on:click=on_retry>{retry.clone()}</button>
                </div>
            </Show>
        </div>
    }
}

/// POST the form as `application/x-www-form-urlencoded`; the server function answers with a
/// `Location` (no real redirect, because this request does not accept HTML).
#[cfg(any(feature = "hydrate", feature = "csr"))]
async fn submit(
    form: &web_sys::HtmlFormElement,
    pressed: Option<&(String, String)>,
) -> Option<String> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    if let Some((name, value)) = pressed {
        data.append_with_str(name, value).ok()?;
    }
    let params = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let body: String = params.to_string().into();
    // Credentials: in the static bundle the API is another origin and its cookie must flow.
    let resp = gloo_net::http::Request::post(&form.action())
        .credentials(web_sys::RequestCredentials::Include)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(body)
        .ok()?
        .send()
        .await
        .ok()?;
    if resp.status() >= 400 {
        return None;
    }
    resp.headers()
        .get("location")
        .or_else(|| window().location().href().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn n1_checklist_states_follow_the_policy_crate() {
        let shown = [
            PasswordProblem::TooShort,
            PasswordProblem::NeedsThreeClasses,
            PasswordProblem::Mismatch,
        ];
        let rules = PasswordRules::default();
        let s = rule_states("", "", &rules, &[], &shown);
        assert!(s.iter().all(|(_, ok)| !ok), "empty input meets nothing");
        let s = rule_states("Blue7Kite4Lamp", "Blue7Kite4Lamp", &rules, &[], &shown);
        assert!(s.iter().all(|(_, ok)| *ok), "{s:?}");
        let s = rule_states("bluekite", "x", &rules, &[], &shown);
        assert_eq!(
            s,
            vec![
                (PasswordProblem::TooShort, true),
                (PasswordProblem::NeedsThreeClasses, false),
                (PasswordProblem::Mismatch, false)
            ]
        );
    }
}

/// Issue 12: a console page's form checked as the administrator edits, with the policy
/// crate the server saves with (`sspr_policy::form::apply`): P12 and every other refusal
/// appear here before the form is sent. Without JavaScript the server's answer shows them.
// An island on the server-rendered portal, a plain component in the static bundle.
#[cfg_attr(not(feature = "csr"), island)]
#[cfg_attr(feature = "csr", component)]
pub fn PolicyCheck(
    policy: sspr_policy::Policy,
    limits: sspr_policy::Limits,
    paid: bool,
    blade: sspr_policy::form::Blade,
    /// Fields the page has beyond the blade's own (the group picker's checkboxes).
    extra: Vec<String>,
    ok: String,
    messages: Vec<(String, String)>,
) -> impl IntoView {
    // None: not checked yet (as the server rendered it); Some(list): the refusals now.
    let found: RwSignal<Option<Vec<String>>> = RwSignal::new(None);
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        use wasm_bindgen::JsCast;
        let check = move || {
            let Some(form) = document()
                .get_element_by_id("policy-form")
                .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = web_sys::FormData::new_with_form(&form) else {
                return;
            };
            let fields: Vec<(String, String)> = sspr_policy::form::fields_of(&policy, blade)
                .into_iter()
                .map(|(name, _)| name)
                .chain(extra.iter().cloned())
                .filter_map(|name| {
                    let v = data.get(&format!("f[{name}]")).as_string()?;
                    Some((name, v))
                })
                .collect();
            found.set(Some(policy_messages(
                &policy, blade, &fields, paid, &limits, &messages,
            )));
        };
        let on_edit = {
            let check = check.clone();
            move |ev: web_sys::Event| {
                let in_form = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|e| e.closest("#policy-form").ok().flatten())
                    .is_some();
                if in_form {
                    check();
                }
            }
        };
        let _ = window_event_listener(leptos::ev::input, on_edit.clone());
        let _ = window_event_listener(leptos::ev::change, on_edit);
    }
    #[cfg(not(any(feature = "hydrate", feature = "csr")))]
    let _ = (&policy, &limits, paid, blade, &extra, &messages);
    view! {
        <div id="live-check" aria-live="polite">
            {move || match found.get() {
                None => ().into_any(),
                Some(list) if list.is_empty() => view! { <p class="success live-ok">{ok.clone()}</p> }.into_any(),
                Some(list) => view! {
                    <div class="error live-errors">
                        <ul>{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
            }}
        </div>
    }
}

/// The refusals of a console page's form, in the page's words (`messages`: Fluent id to
/// text); empty when the form can be saved.
pub fn policy_messages(
    policy: &sspr_policy::Policy,
    blade: sspr_policy::form::Blade,
    fields: &[(String, String)],
    paid: bool,
    limits: &sspr_policy::Limits,
    messages: &[(String, String)],
) -> Vec<String> {
    match sspr_policy::form::apply(
        policy,
        blade,
        fields,
        sspr_policy::TenantFlags { paid },
        limits,
    ) {
        Ok(_) => Vec::new(),
        Err(errs) => {
            let mut out: Vec<String> = errs
                .iter()
                .map(|e| {
                    let id = e.fluent_id();
                    messages
                        .iter()
                        .find(|(k, _)| k == id)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_else(|| id.to_string())
                })
                .collect();
            out.dedup();
            out
        }
    }
}
