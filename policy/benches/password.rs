//! Criterion benchmark of the N1 check that runs on every keystroke in the browser and on
//! every submission on the server.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use sspr_policy::password::{PasswordRules, check_password, name_parts};

fn bench(c: &mut Criterion) {
    let rules = PasswordRules {
        banned: (0..1000).map(|i| format!("term{i:04}")).collect(),
        ..PasswordRules::default()
    };
    let names = name_parts("john.smith@contoso.com", "John Smith");
    c.bench_function("n1_check_password_1000_custom_terms", |b| {
        b.iter(|| {
            check_password(
                black_box("Correct-Horse-Battery-9"),
                Some("Correct-Horse-Battery-9"),
                &rules,
                &names,
            )
        })
    });
    let default_rules = PasswordRules::default();
    c.bench_function("n1_check_password_defaults", |b| {
        b.iter(|| {
            check_password(
                black_box("Correct-Horse-Battery-9"),
                None,
                &default_rules,
                &names,
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
