//! The policy crate in a real browser (wasm32, headless Chromium): the N1 checks the portal
//! runs as the user types are the same code, with the same answers, as on the server.
#![cfg(target_arch = "wasm32")]

use sspr_policy::password::{PasswordRules, check_password, name_parts};
use sspr_policy::{PasswordProblem, phone};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn n1_browser_check_matches_the_server_rules() {
    let rules = PasswordRules::default();
    let names = name_parts("john.smith@contoso.com", "John Smith");
    let cases: &[(&str, &[PasswordProblem])] = &[
        ("Blue7Kite4Lamp", &[]),
        ("short1!", &[PasswordProblem::TooShort]),
        ("alllowercaseletters", &[PasswordProblem::NeedsThreeClasses]),
        ("P@$$w0rd1!", &[PasswordProblem::Banned]),
        ("J0hnSmith!", &[PasswordProblem::ContainsName]),
    ];
    for (pw, want) in cases {
        assert_eq!(&check_password(pw, None, &rules, &names), want, "{pw}");
    }
    assert_eq!(
        check_password("Blue7Kite4Lamp", Some("other"), &rules, &names),
        vec![PasswordProblem::Mismatch]
    );
}

#[wasm_bindgen_test]
fn v7_phone_normalisation_in_the_browser() {
    assert_eq!(
        phone::normalize("+81 90-1234-5678").as_deref(),
        Ok("+81 9012345678")
    );
}
