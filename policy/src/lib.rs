//! The SSPR rules as pure functions: policy model and validation (P1..P13), eligibility
//! (E3, E5, M1, M2), masking (V1), phone numbers (V7), password rules (N1), throttles and
//! the SPEC 16 numbers. It refuses to do I/O, read a clock or draw randomness: callers pass
//! `now` and random values in, so the browser (wasm) and the server run the same code and
//! tests control time.

pub mod eligibility;
pub mod form;
pub mod limits;
pub mod mask;
pub mod model;
pub mod onprem;
pub mod password;
pub mod phone;
pub mod pow;
pub mod register;
pub mod signin;
pub mod throttle;
pub mod time;
pub mod userid;

pub use eligibility::{Eligibility, Ineligible, UserFacts, check_eligibility};
pub use limits::Limits;
pub use model::{Branding, Helpdesk, Method, MethodKind, Policy, PolicyError, Scope, TenantFlags};
pub use onprem::{DirectoryRules, Unchecked};
pub use password::{PasswordProblem, PasswordRules, check_password};

/// Seconds since the Unix epoch, UTC. The policy crate never reads a clock: callers pass it.
pub type UnixTime = i64;
