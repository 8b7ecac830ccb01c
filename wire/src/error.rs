//! Every error code a page can be sent to (`?e=`), with the Fluent id of its message, in
//! one enum: a new code cannot be added without its message, and no code falls through to a
//! default.

/// An error a user is shown. `code()` is what the URL carries; `fluent_id()` the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    NoFlow,
    UserIdEmpty,
    UserIdShape,
    UserIdTooLong,
    Captcha,
    WrongStep,
    UnknownOption,
    CodeWrong,
    CodeExpired,
    CodeUsed,
    Blocked,
    EmailLimit,
    AnswersWrong,
    Password,
    Delivery,
    AdminRequestLimit,
    DirectoryPolicy,
    Directory,
    PushPending,
    PushDenied,
    NoSession,
    NeedsVerification,
    Credentials,
    LockedOut,
    AccountLocked,
    NotAllowed,
    EmailShape,
    EmailSame,
    Phone,
    Questions,
    TooManyApps,
    TokenUnknown,
    CurrentPassword,
    OnPremises,
    /// Issue 10: too many attempts from the client's address or network.
    TooMany,
    /// Issue 10: a code just went by this channel; another after the cooldown.
    ResendWait,
    /// Issue 10: the tenant's or the portal's daily message budget is spent.
    MessagesPaused,
    /// Issue 10: codes are not sent to phone numbers in this country.
    PhoneCountry,
    /// Issue 10: the server is at its limit of password work; try again at once.
    Busy,
    /// Issue 10: a form arrived without a field (or with one that cannot be read).
    FormIncomplete,
    /// Something broke on the server; the details stay in its log.
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 41] = [
        ErrorCode::NoFlow,
        ErrorCode::UserIdEmpty,
        ErrorCode::UserIdShape,
        ErrorCode::UserIdTooLong,
        ErrorCode::Captcha,
        ErrorCode::WrongStep,
        ErrorCode::UnknownOption,
        ErrorCode::CodeWrong,
        ErrorCode::CodeExpired,
        ErrorCode::CodeUsed,
        ErrorCode::Blocked,
        ErrorCode::EmailLimit,
        ErrorCode::AnswersWrong,
        ErrorCode::Password,
        ErrorCode::Delivery,
        ErrorCode::AdminRequestLimit,
        ErrorCode::DirectoryPolicy,
        ErrorCode::Directory,
        ErrorCode::PushPending,
        ErrorCode::PushDenied,
        ErrorCode::NoSession,
        ErrorCode::NeedsVerification,
        ErrorCode::Credentials,
        ErrorCode::LockedOut,
        ErrorCode::AccountLocked,
        ErrorCode::NotAllowed,
        ErrorCode::EmailShape,
        ErrorCode::EmailSame,
        ErrorCode::Phone,
        ErrorCode::Questions,
        ErrorCode::TooManyApps,
        ErrorCode::TokenUnknown,
        ErrorCode::CurrentPassword,
        ErrorCode::OnPremises,
        ErrorCode::TooMany,
        ErrorCode::ResendWait,
        ErrorCode::MessagesPaused,
        ErrorCode::PhoneCountry,
        ErrorCode::Busy,
        ErrorCode::FormIncomplete,
        ErrorCode::Internal,
    ];

    /// The stable code in URLs (`?e=`) and audit rows.
    pub fn code(self) -> &'static str {
        match self {
            ErrorCode::NoFlow => "no-flow",
            ErrorCode::UserIdEmpty => "userid-empty",
            ErrorCode::UserIdShape => "userid-shape",
            ErrorCode::UserIdTooLong => "userid-too-long",
            ErrorCode::Captcha => "captcha",
            ErrorCode::WrongStep => "wrong-step",
            ErrorCode::UnknownOption => "unknown-option",
            ErrorCode::CodeWrong => "code-wrong",
            ErrorCode::CodeExpired => "code-expired",
            ErrorCode::CodeUsed => "code-used",
            ErrorCode::Blocked => "blocked",
            ErrorCode::EmailLimit => "email-limit",
            ErrorCode::AnswersWrong => "answers-wrong",
            ErrorCode::Password => "password",
            ErrorCode::Delivery => "delivery",
            ErrorCode::AdminRequestLimit => "admin-request-limit",
            ErrorCode::DirectoryPolicy => "directory-policy",
            ErrorCode::Directory => "directory",
            ErrorCode::PushPending => "push-pending",
            ErrorCode::PushDenied => "push-denied",
            ErrorCode::NoSession => "no-session",
            ErrorCode::NeedsVerification => "needs-verification",
            ErrorCode::Credentials => "credentials",
            ErrorCode::LockedOut => "locked-out",
            ErrorCode::AccountLocked => "account-locked",
            ErrorCode::NotAllowed => "not-allowed",
            ErrorCode::EmailShape => "email-shape",
            ErrorCode::EmailSame => "email-same",
            ErrorCode::Phone => "phone",
            ErrorCode::Questions => "questions",
            ErrorCode::TooManyApps => "too-many-apps",
            ErrorCode::TokenUnknown => "token-unknown",
            ErrorCode::CurrentPassword => "current-password",
            ErrorCode::OnPremises => "on-premises",
            ErrorCode::TooMany => "too-many",
            ErrorCode::ResendWait => "resend-wait",
            ErrorCode::MessagesPaused => "messages-paused",
            ErrorCode::PhoneCountry => "phone-country",
            ErrorCode::Busy => "busy",
            ErrorCode::FormIncomplete => "form-incomplete",
            ErrorCode::Internal => "internal",
        }
    }

    /// The Fluent id of the message (literal, so the key-coverage test sees each one).
    pub fn fluent_id(self) -> &'static str {
        match self {
            ErrorCode::NoFlow => "err-no-flow",
            ErrorCode::UserIdEmpty => "userid-err-empty",
            ErrorCode::UserIdShape => "userid-err-shape",
            ErrorCode::UserIdTooLong => "userid-err-too-long",
            ErrorCode::Captcha => "err-captcha",
            ErrorCode::WrongStep => "err-wrong-step",
            ErrorCode::UnknownOption => "err-unknown-option",
            ErrorCode::CodeWrong => "err-code-wrong",
            ErrorCode::CodeExpired => "err-code-expired",
            ErrorCode::CodeUsed => "err-code-used",
            ErrorCode::Blocked => "err-blocked",
            ErrorCode::EmailLimit => "err-email-limit",
            ErrorCode::AnswersWrong => "err-answers-wrong",
            ErrorCode::Password => "err-password",
            ErrorCode::Delivery => "err-delivery",
            ErrorCode::AdminRequestLimit => "err-admin-request-limit",
            ErrorCode::DirectoryPolicy => "err-directory-policy",
            ErrorCode::Directory => "err-directory",
            ErrorCode::PushPending => "err-push-pending",
            ErrorCode::PushDenied => "err-push-denied",
            // Signed out, or the second step not passed: sign in again.
            ErrorCode::NoSession | ErrorCode::NeedsVerification => "err-no-session",
            ErrorCode::Credentials => "err-credentials",
            ErrorCode::LockedOut => "err-locked-out",
            ErrorCode::AccountLocked => "err-account-locked",
            ErrorCode::NotAllowed => "err-not-allowed",
            ErrorCode::EmailShape => "setup-err-email-shape",
            ErrorCode::EmailSame => "setup-err-email-same",
            ErrorCode::Phone => "setup-err-phone",
            ErrorCode::Questions => "setup-err-questions",
            ErrorCode::TooManyApps => "setup-err-too-many-apps",
            ErrorCode::TokenUnknown => "setup-err-token-unknown",
            ErrorCode::CurrentPassword => "err-current-password",
            ErrorCode::OnPremises => "err-on-premises",
            ErrorCode::TooMany => "err-too-many",
            ErrorCode::ResendWait => "err-resend-wait",
            ErrorCode::MessagesPaused => "err-messages-paused",
            ErrorCode::PhoneCountry => "err-phone-country",
            ErrorCode::Busy => "err-busy",
            ErrorCode::FormIncomplete => "err-form-incomplete",
            ErrorCode::Internal => "err-internal",
        }
    }

    /// Issue 11: the form field an error is about (its input's id), where the page shows it
    /// beside the field (`aria-invalid`, `aria-describedby`, focused) instead of on top.
    pub fn field(self) -> Option<&'static str> {
        match self {
            ErrorCode::UserIdEmpty | ErrorCode::UserIdShape | ErrorCode::UserIdTooLong => {
                Some("username")
            }
            ErrorCode::CodeWrong => Some("code"),
            ErrorCode::EmailShape | ErrorCode::EmailSame => Some("address"),
            ErrorCode::CurrentPassword => Some("current"),
            ErrorCode::NoFlow
            | ErrorCode::Captcha
            | ErrorCode::WrongStep
            | ErrorCode::UnknownOption
            | ErrorCode::CodeExpired
            | ErrorCode::CodeUsed
            | ErrorCode::Blocked
            | ErrorCode::EmailLimit
            | ErrorCode::AnswersWrong
            | ErrorCode::Password
            | ErrorCode::Delivery
            | ErrorCode::AdminRequestLimit
            | ErrorCode::DirectoryPolicy
            | ErrorCode::Directory
            | ErrorCode::PushPending
            | ErrorCode::PushDenied
            | ErrorCode::NoSession
            | ErrorCode::NeedsVerification
            | ErrorCode::Credentials
            | ErrorCode::LockedOut
            | ErrorCode::AccountLocked
            | ErrorCode::NotAllowed
            | ErrorCode::Phone
            | ErrorCode::Questions
            | ErrorCode::TooManyApps
            | ErrorCode::TokenUnknown
            | ErrorCode::OnPremises
            | ErrorCode::TooMany
            | ErrorCode::ResendWait
            | ErrorCode::MessagesPaused
            | ErrorCode::PhoneCountry
            | ErrorCode::Busy
            | ErrorCode::FormIncomplete
            | ErrorCode::Internal => None,
        }
    }

    /// The code a URL carries; `None` for anything we never send.
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.into_iter().find(|e| e.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips_and_is_distinct() {
        for e in ErrorCode::ALL {
            assert_eq!(ErrorCode::parse(e.code()), Some(e));
        }
        let mut codes: Vec<&str> = ErrorCode::ALL.iter().map(|e| e.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ErrorCode::ALL.len());
        assert_eq!(ErrorCode::parse("nonsense"), None);
    }
}
