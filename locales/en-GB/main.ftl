# sspr, en-GB. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Self-service password reset
reset-title = Get back into your account
skip-to-content = Skip to main content
lang-switch-label = Language
next = Next
back-to-start = Start over
retry = Try again
something-wrong = Something went wrong. Try again later.
not-found = This page doesn't exist.
working = Working…

## Entry (E2)
entry-intro = To recover your account, begin by entering your user ID and the answer to the question below.
userid-label = User ID
userid-hint = Example: { $example }
captcha-legend = Prove you're not a robot
captcha-nojs = Your browser is checked for a few seconds ({ $seconds } or more) after you select Next. Nothing else to do.
captcha-working = Checking your browser…
captcha-done = Done. You can continue.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Contact your administrator
contact-reason-consumer = Personal accounts can't use this portal. Use the recovery options of your email provider instead.
contact-reason-unavailable = We can't reset this account here. It may not exist, or it may be disabled.
contact-reason-not-enabled = Self-service password reset isn't turned on for this account.
contact-reason-not-registered = This account doesn't have enough security info registered to reset the password.
contact-reason-admin-not-registered = Administrator accounts need two registered methods (email, mobile phone, office phone or authenticator app) to reset a password.
contact-reason-writeback-off = This account's password is managed on-premises and can't be reset here.
contact-also-intro = This can also happen when:
contact-also-consumer = the account is a personal account from a consumer email provider
contact-also-unavailable = the user ID is mistyped, or the account doesn't exist or is turned off
contact-also-not-enabled = self-service password reset isn't turned on for the account
contact-also-not-registered = the account doesn't have enough security info registered (if you can sign in, your security info page shows what's missing)
contact-also-admin-not-registered = an administrator account doesn't have two registered methods
contact-also-writeback-off = the password is managed by your organisation's own directory
contact-helpdesk-link = Contact your helpdesk
contact-helpdesk-email = Email your helpdesk: { $email }
contact-no-helpdesk = Ask your organisation's administrator for help.
contact-request-button = Ask my administrators to reset my password
contact-request-sent = Your request has been sent to your administrators.

## Trouble choice
choose-title = Why are you having trouble signing in?
choose-forgot = I forgot my password
choose-forgot-hint = No worries, we'll help you reset it using the security info you registered.
choose-unlock = I know my password, but still can't sign in
choose-unlock-hint = This might happen because you tried signing in with an incorrect password too many times.

## Verification (V1..V6)
verify-title = Verify your identity
verify-step = Verification step { $current } of { $required }
verify-pick = Choose the contact method we should use for verification:
verify-passed = Verified
option-email = Email my alternate address { $masked }
option-sms = Text my mobile phone { $masked }
option-voice = Call my mobile phone { $masked }
option-office = Call my office phone { $masked }
option-app = Enter a code from my authenticator app
option-software_oath = Enter a code from my software token
option-hardware_oath = Enter a code from my hardware token
option-questions = Answer my security questions
pending-email = We've sent an email with a verification code to { $masked }.
pending-sms = We've sent a text message with a verification code to { $masked }.
pending-voice = We're calling { $masked }. Listen for the verification code.
pending-totp = Enter the code displayed in your app or on your token.
code-label = Verification code
questions-legend = Answer your security questions
verify-button = Verify

## New password (N1, N2)
password-title = Choose a new password
password-label = New password
confirm-label = Confirm new password
password-rules = Your password must:
pw-rule-length = be at least { $min } characters long
pw-rule-max-length = be at most { $max } characters long
pw-rule-classes = contain three of: lower case, upper case, digits, symbols
pw-rule-banned = not be a commonly used or banned password
pw-rule-name = not contain your name
pw-rule-match = match its confirmation
pw-rule-classes-ad = contain three of: lower case, upper case, digits, symbols, letters without case (such as kana)
pw-rule-name-ad = not contain your account name or any part of your name of 3 or more characters
pw-dir-heading = Your organisation's directory also checks, when you submit, that it is:
pw-dir-history = { $n ->
    [one] not your current password
   *[other] not one of your last { $n } passwords
}
pw-dir-min-age = { $n ->
    [one] at least a day after your last password change
   *[other] at least { $n } days after your last password change
}
pw-dir-module = within your organisation's further quality rules
pw-rule-ok = met
pw-rule-not-ok = not met
finish = Finish

## Done
done-reset = Your password has been reset.
done-unlock = Your account has been unlocked.
done-sign-in = Sign in with your account

## Errors (flows)
err-no-flow = Your session has expired. Start again.
err-captcha = The check that you are not a robot expired or was already used. Try again.
err-wrong-step = That step is no longer available. Continue from here.
err-unknown-option = Choose one of the listed methods.
err-code-wrong = That code didn't work. Check it and try again.
err-code-expired = That code has expired. Send a new one.
err-code-used = That code has already been used. Continue from here.
err-blocked = You've tried too many times. Try again after { $until }.
err-email-limit = We've sent too many codes. Try again after { $until }, or use a different method.
err-answers-wrong = One or more answers were wrong. Here is a new set of questions.
err-password = The password doesn't meet the requirements below.
err-delivery = We couldn't send the message right now. Try again later or use a different method.
err-admin-request-limit = You've already sent several requests. Your administrators will get back to you.
err-internal = Something went wrong. Try again later.
userid-err-empty = Enter your user ID.
userid-err-shape = Enter your user ID as name@domain, for example { $example }.
userid-err-too-long = That user ID is too long.

## Messages (email, SMS, voice)
msg-code-subject = { $org } account verification code
msg-code-email = Use the following code to verify your account: { $code }. It expires in { $minutes } minutes. If you didn't ask for it, ignore this email.
msg-code-sms = Use verification code { $code } for { $org } password reset.
msg-code-voice = Your verification code is { $code }. Again, your code is { $code }.
msg-reset-subject = Your password was reset
msg-reset-body = The password of { $user } was just reset through self-service password reset. If this wasn't you, contact your administrator now.
msg-method-added-subject = Security info added to your account
msg-method-added-body = { $method } was added to the security info of { $user }. If this wasn't you, sign in, remove it, change your password and contact your administrator.
msg-method-removed-subject = Security info removed from your account
msg-method-removed-body = { $method } was removed from the security info of { $user }. If this wasn't you, sign in, check your security info, change your password and contact your administrator.
msg-admin-reset-subject = An administrator reset their password
msg-admin-reset-body = Administrator { $user } reset their own password through self-service password reset.
msg-admin-request-subject = Password reset request
msg-admin-request-body = { $user } can't reset their password through self-service and asks an administrator for help.

## Dev outbox (demo mode only)
outbox-title = Outbox (demo)
outbox-intro = Demo mode: messages the portal sent are written here instead of being delivered. Newest first.
outbox-empty = No messages yet.
outbox-to = To
demo-outbox-link = Demo mode: read the message in the outbox (opens in a new tab)
outbox-channel = Channel

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Choose at least one group for selected-groups scope.
policy-err-methods-required = The number of methods required must be 1 or 2.
policy-err-too-few-methods = Enable at least as many methods as are required.
policy-err-office-phone-paid = The office phone is available to paid tenants only.
policy-err-questions-register = Users must register between 3 and 5 security questions.
policy-err-questions-ask = Between 3 and 5 security questions must be asked.
policy-err-questions-ask-exceeds = You can't ask more questions than users register.
policy-err-reconfirm-days = Reconfirmation must be between 0 and 730 days.
policy-err-app-needs-more = When the mobile app is enabled, enable enough further methods besides it.
policy-err-app-notification-alone = With one method required, the app notification alone doesn't count.
policy-err-password-length = Password length must be between 8 and 256 characters.
policy-err-banned-terms = At most 1000 custom banned terms.
policy-err-sms-sender = The SMS sender must be a name of up to 11 letters and digits, or a phone number such as +15017122661.
phone-err-country-code = Start the number with + and the country code.
phone-err-characters = Use only digits, spaces and dashes.
phone-err-length = That number is too short or too long.
policy-err-custom-question = Custom security questions must be 1 to 200 characters long and all different.
policy-err-brand-accent = The brand colour must be written as #rrggbb and be dark enough for white text (contrast of at least 4.5:1).
policy-err-brand-logo = The logo must be a file on this portal (such as /brand/logo.svg) or an embedded image.
policy-err-sign-in-domain = The sign-in domain must be a domain name, such as contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Sign in to manage your security info
signin-title = Sign in
signin-intro = Sign in to see and update your security info or change your password.
signin-password-label = Password
signin-button = Sign in
signin-cant-access = Can't access your account?
signin-signed-out = You've signed out.
signout-button = Sign out
account-title = My account
account-signed-in-as = Signed in as { $name } ({ $upn })
account-reset-attempts = Someone tried to reset your password and failed to verify { $count ->
    [one] once
   *[other] { $count } times
}, most recently on { $when }. If this wasn't you, your password is unchanged; make sure your security info is yours and tell your administrator.
account-cannot-reset = You can't reset your password yourself yet.
account-security-info = Security info
account-change-password = Change password
err-no-session = You're not signed in, or your session has ended. Sign in again.
err-credentials = Your user ID or password is incorrect.
err-locked-out = Your account is temporarily locked to prevent unauthorised use. Try again after { $until }.
err-account-locked = Your account is locked. Use "Can't access your account?" to unlock it.
err-not-allowed = That method can't be used for your account.
err-current-password = Your current password is incorrect.
err-on-premises = Your password is managed by your organisation's directory. Change it there.
err-too-many = There have been too many attempts from your network. Try again after { $until }.
err-resend-wait = We've just sent you a code this way. Wait until { $until } before asking for another, or use a different method.
err-messages-paused = We can't send more codes right now. Try again after { $until }, or use a method that needs no message, such as an authenticator app or security questions.
err-phone-country = Your organisation doesn't send codes to phone numbers in this country. Use a different number or method.
err-busy = The service is busy right now. Wait a moment and try again.
cancel = Cancel
save = Save

## Security info (G2..G7, C1)
setup-title = Security info
setup-intro = These are the methods you use to prove who you are when you reset your password.
setup-progress-ok = You can reset your password: { $have } of { $required } required methods are set up.
setup-progress-short = { $have } of { $required } required methods are set up. Add more to be able to reset your password.
setup-methods-heading = Your methods
setup-none = You haven't set up any methods yet.
setup-add-heading = Add a method
setup-change = Change
setup-change-label = Change { $what }
setup-delete = Delete
setup-delete-label = Delete { $what }
setup-from-directory = (from your organisation's directory)
setup-done-added = Your method was added.
setup-done-deleted = The method was deleted.
setup-back = Back to security info
setup-not-available = This method isn't available for your account.
method-app = Authenticator app
method-software = Software OATH token
method-hardware = Hardware token
method-phone = Phone
method-office = Office phone
method-email = Email
method-questions = Security questions
method-questions-detail = { $count } questions
add-app = Add an authenticator app
add-software = Add a software OATH token
add-hardware = Activate a hardware token
add-phone = Add or change your phone
add-office = Add or change your office phone
add-email = Add or change your email
add-questions = Set up security questions
setup-email-label = Email address
setup-email-hint = Use an address other than your work account. We'll send a code to it.
setup-phone-label = Phone number
setup-office-label = Office phone number
setup-phone-hint = Include + and the country code, for example +44 7700 900123.
setup-phone-channel = How should we send the code?
setup-phone-sms = Text me a code
setup-phone-voice = Call me
setup-app-intro = Install an authenticator app on your phone, then select Next to see the QR code to scan.
setup-software-intro = Select Next to get the secret for your software token.
setup-app-step-scan = Scan the QR code with your app, or enter the secret below.
setup-app-step-code = Enter the 6-digit code the app shows.
setup-app-qr-alt = QR code for your authenticator app
setup-app-secret = Secret:
setup-hardware-intro = Choose the serial number printed on your token and enter the code it shows.
setup-hardware-serial = Serial number
setup-questions-intro = Choose { $count } different questions and answer each (3 to 40 characters, no two answers alike).
setup-question-label = Question { $n }
setup-answer-label = Answer { $n }
setup-err-email-shape = Enter an email address, for example someone@example.com.
setup-err-email-same = Use an address other than your work account.
setup-err-phone = That phone number doesn't look right.
setup-err-questions = Your security questions weren't saved.
setup-err-questions-count = Answer every question.
setup-err-questions-unknown = Choose questions from the list.
setup-err-questions-duplicate = Choose a different question in each box.
setup-err-answer-length = Answers must be 3 to 40 characters long.
setup-err-answer-duplicate = Give a different answer to each question.
setup-err-too-many-apps = You already have the maximum number of authenticator apps. Delete one first.
setup-err-token-unknown = That token isn't assigned to you or is already active.
protect-title = Help us protect your account
protect-intro = Your organisation needs more information to keep your account secure and to let you reset your password yourself.
protect-skip = Skip for now
confirm-title = Is your security info still accurate?
confirm-intro = Check the methods you use to reset your password. Confirm them, or edit them if something changed.
confirm-looks-good = Looks good
confirm-edit = Edit your security info
confirm-done = Thanks! Your security info is confirmed.
change-title = Change password
change-current-label = Current password
change-button = Change password
change-done = Your password has been changed.

## Security questions (G6, predefined list)
sq-first-pet = What was the name of your first pet?
sq-birth-city = In what city were you born?
sq-first-school = What was the name of your first school?
sq-childhood-friend = What is the first name of your childhood best friend?
sq-first-job-city = In what city did you have your first job?
sq-grandparent-name = What is the first name of your oldest grandparent?
sq-first-concert = What was the first concert you attended?
sq-childhood-street = On what street did you live as a child?
sq-favourite-teacher = What was the surname of your favourite teacher?
sq-first-car = What was the make and model of your first car?

## Notifications on a paired device (V4)
option-push = Approve a notification on my device
pending-push = We've sent a notification to your device. Open it and enter this number:
pending-push-then = Then select Continue here.
push-continue = Continue
err-push-pending = The notification hasn't been answered yet. Answer it on your device, then select Continue.
err-push-denied = The notification was denied or the number didn't match. Choose a method to try again.
method-notification = Notifications on my device
add-notification = Add a device for notifications
setup-device-intro = Use your phone as a device that approves requests: select Next to get a pairing code.
setup-device-step-open = On your phone, open the device page:
setup-device-link = open the device page
setup-device-step-code = Enter this pairing code there:
setup-device-then = When the device page says it's paired, come back here.
setup-device-done = Done
device-title = Your device
device-intro = This page approves sign-in and password reset requests for your account. Add it to your home screen to keep it at hand.
device-paired = This device is paired. Check for requests when you're asked to approve one.
device-pair-failed = That pairing code didn't work. Get a new one from your security info.
device-approved = Approved. You can go back to the other screen.
device-denied = Denied. Nothing was approved.
device-no-request = There's no request waiting.
device-request = %org% asks to confirm it's you (%upn%).
device-request-title = Approve this request?
device-pair-code = Pairing code
device-name = Name for this device
device-name-default = My phone
device-pair-button = Pair this device
device-check = Check for requests
device-number = Number shown on the other screen
device-approve = Approve
device-deny = Deny
device-needs-js = This page needs JavaScript to keep its key and sign approvals.

## Sign-in, second step (G1)
check-title = Verify your identity
check-intro = Your account has security info, so we need a second check before you can see or change it.

## The on-premises directory (P10, P11)
err-directory-policy = Your organisation's directory didn't accept this password. It may be one you used before, or break one of the directory's own rules; try a different one.
err-directory = We couldn't reach your organisation's directory. Nothing was changed; try again in a moment.

## Issue 10: a form post with a field missing
err-form-incomplete = The form arrived incomplete. Fill in every field and try again.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Progress
progress-step = Step { $current } of { $total }
step-userid = User ID
step-verify = Verification
step-password = New password
step-done = Done
resend-code = Resend code
resend-in = You can ask for a new code in { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}.
helpdesk-contact = Need help? Contact your helpdesk: { $contact }
brand-logo-alt = { $org }
setup-add-method = Add method
setup-delete-title = Delete this method?
setup-delete-confirm = { $what } will be removed from your security info.
setup-delete-last-warning = You need this method to reset your password. Without it, you can't reset your password yourself until you add another method.
setup-delete-confirm-button = Yes, delete it
setup-app-open-link = Open in an authenticator app on this phone
setup-app-secret-grouped = Secret, in groups of four:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = am
time-pm = pm

# Issue 12: the administrator console. "Blade" titles follow Entra's password reset pages.
account-admin-console = Administrator console
admin-title = Administrator console
admin-sign-in = Sign in with your administrator account to open the console.
admin-not-admin = This console is for administrators. Your account holds no administrator role.
admin-second-step = The console needs a second sign-in step. Add a phone or an authenticator app to your security info, then sign out and sign in again.
admin-go-setup = Go to your security info
admin-go-account = Back to my account
admin-back = Back to the console
admin-tenant = Organisation: { $name }
admin-signed-in-as = Signed in as { $name }, with the roles: { $roles }
admin-policy-heading = Password reset policy
admin-readonly = Your roles let you help users but not change the password reset policy. A global administrator or an authentication policy administrator can change it.
admin-draft-pending = A change to { $page } is waiting for your review.
admin-draft-open = Open the change
admin-draft-elsewhere = A change to { $page } is waiting for review. Reviewing this page replaces it.
admin-saved = Saved as change { $id }.
admin-discarded = The change was discarded. Nothing was saved.
admin-blade-properties = Properties
admin-blade-methods = Authentication methods
admin-blade-registration = Registration
admin-blade-notifications = Notifications
admin-blade-customization = Customisation
admin-blade-on-premises = On-premises integration
admin-blade-administrators = Administrator policy
admin-f-scope = Self service password reset enabled for
admin-scope-none = None
admin-scope-selected = Selected groups
admin-scope-all = All users
admin-f-groups = Groups
admin-f-groups-hint = Tick the groups self-service password reset is enabled for, or type other group names, separated by commas. Used when Selected groups is chosen.
admin-f-methods-required = Number of methods required to reset
admin-f-methods-required-hint = 1 or 2.
admin-f-methods = Methods available to users
admin-f-questions-to-register = Number of security questions required to register
admin-f-questions-to-ask = Number of security questions required to reset
admin-f-custom-questions = Your organisation's own security questions
admin-f-custom-questions-hint = One question per line, offered beside the predefined ones.
admin-f-require-registration = Require users to register when signing in
admin-f-reconfirm-days = Number of days before users are asked to reconfirm their authentication information
admin-f-reconfirm-days-hint = 0 to 730; 0 never asks.
admin-f-notify-users = Notify users on password resets
admin-f-notify-admins = Notify all administrators when other administrators reset their password
admin-f-helpdesk = Helpdesk link
admin-f-helpdesk-hint = An email address or a web address starting with https://. Leave it empty to show none.
admin-f-logo = Logo
admin-f-logo-hint = A file on this portal, such as /brand/logo.svg. Leave it empty to show the name only.
admin-f-accent = Accent colour
admin-f-accent-hint = Written as #rrggbb, dark enough for white text.
admin-f-sign-in-domain = Sign-in hint domain
admin-f-sign-in-domain-hint = Shown in the user ID example, such as contoso.com.
admin-f-writeback = Write back passwords to your on-premises directory
admin-f-allow-unlock = Allow users to unlock accounts without resetting their password
admin-f-admin-sspr = Allow administrators to reset their own password
admin-f-admin-sspr-hint = Administrators always need two methods: an email or phone and another one.
admin-review-button = Review change
admin-errors-heading = This change can't be saved:
admin-live-ok = This change can be saved.
admin-err-number = Enter a whole number.
admin-err-helpdesk = Enter an email address or a web address that starts with https://.
admin-err-forbidden = Your roles don't allow changing the password reset policy.
admin-err-no-draft = There is no change waiting for review.
admin-err-no-change = That change isn't in the history.
admin-err-refused = This change breaks a rule of the policy. Edit it and review it again.
admin-review-title = Review the change
admin-review-page = Page: { $page }
admin-changes = It changes: { $keys }
admin-no-change = This changes nothing.
admin-impact-heading = Who can reset their password
admin-impact-summary = { $before } of { $users } users can reset their password now; { $after } could after this change.
admin-stranded-none = Nobody loses the ability to reset their password.
admin-stranded = { $count ->
    [one] One user could reset before and can't after:
   *[other] { $count } users could reset before and can't after:
}
admin-stranded-hint = Ask them to register more methods on their security info page before you save, or they must call the helpdesk.
admin-gained = { $count ->
    [one] One user couldn't reset before and can after:
   *[other] { $count } users couldn't reset before and can after:
}
admin-export-csv = Download the list (CSV)
admin-save = Save
admin-discard = Discard
admin-edit-again = Edit again
admin-history-title = Change history
admin-history-empty = No changes have been saved yet.
admin-history-change = Change
admin-history-when = When
admin-history-who = Administrator
admin-history-what = Settings changed
admin-revert = Revert
admin-revert-label = Revert change { $id }
admin-reverts = reverts change { $id }
admin-reverted = Change { $id } was reverted. The settings it replaced are back.
admin-key-scope = who may reset
admin-key-admin-sspr = administrator reset
admin-key-methods-required = methods required
admin-key-methods = methods available
admin-key-questions-to-register = questions to register
admin-key-questions-to-ask = questions to reset
admin-key-custom-questions = own security questions
admin-key-require-registration = registration required
admin-key-reconfirm-days = reconfirmation days
admin-key-notify-users = user notifications
admin-key-notify-admins = administrator notifications
admin-key-helpdesk = helpdesk link
admin-key-branding = branding
admin-key-writeback = password writeback
admin-key-allow-unlock = account unlock
admin-key-password = password rules
admin-key-phone-countries = phone countries
admin-key-sms-sender = SMS sender

# Issue 12: the console's reports (A2).
admin-reports-title = Reports
admin-reports-link = Registrations, resets, failures and who can't reset
admin-reports-period = The last { $days } days, from { $since } (UTC).
admin-reports-chart = Chart of the table below
admin-reports-by-day = Registrations, resets and unlocks by day
admin-col-day = Day
admin-col-registrations = Registrations
admin-col-resets = Resets
admin-col-unlocks = Unlocks
admin-col-user = User
admin-reports-funnel = How far reset attempts got
admin-reports-funnel-hint = Each attempt starts with a user ID. Where the numbers drop is where users give up.
admin-col-step = Step
admin-col-attempts = Attempts
admin-funnel-started = Started
admin-funnel-eligible = Allowed to reset
admin-funnel-verified-one = Verified one method
admin-funnel-verified-two = Verified a second method
admin-funnel-password-set = New password set or account unlocked
admin-reports-failures = Failures by reason
admin-col-reason = Reason
admin-col-count = Count
admin-reports-none = Nothing in this period.
admin-reports-methods = Methods used to reset or unlock
admin-col-method = Method
admin-reports-cannot = Who can't reset
admin-reports-can = { $can } of { $users } users can reset their password now.
admin-reports-short = { $count ->
    [one] One user can't reset for want of methods:
   *[other] { $count } users can't reset for want of methods:
}

# Issue 12: the console's users page (D1, D3).
admin-users-title = Users
admin-users-link = Look up a user: their methods, blocks and contact info
admin-users-lookup-label = User ID
admin-users-lookup = Look up
admin-err-no-user = No user with that ID in your organisation.
admin-err-protected = This user is an administrator beyond your roles. Ask a global administrator.
admin-err-contact = Enter an email address other than the user's own, and phone numbers as +<country code> <number>.
admin-user-status = Account
admin-user-enabled = Enabled
admin-user-disabled = Disabled
admin-user-locked = locked in the directory
admin-user-password = Password
admin-user-cloud = Kept by this portal
admin-user-onprem = Kept by the on-premises directory
admin-user-groups = Groups
admin-user-roles = Administrator roles
admin-user-none = None
admin-user-methods = Methods they have
admin-user-reset = Self-service password reset
admin-user-can-reset = Can reset their password now.
admin-user-cannot-reset = Can't reset now:
admin-reason-consumer = a personal account, which this portal doesn't serve.
admin-reason-unavailable = the account is disabled.
admin-reason-not-enabled = self-service password reset isn't enabled for their groups.
admin-reason-not-registered = not enough methods registered for the policy.
admin-reason-admin-not-registered = an administrator needs two methods, and has fewer.
admin-reason-writeback-off = the password is kept on-premises and writeback is off.
admin-user-blocks = Blocks
admin-user-no-blocks = No blocks now.
admin-user-reset-blocked = Password resets blocked until { $until } (too many wrong codes or answers)
admin-user-sends-blocked = Codes blocked until { $until } (too many sent)
admin-user-signin-locked = Sign-in locked until { $until } (too many wrong passwords)
admin-user-clear = Clear blocks
admin-user-cleared = The blocks were cleared.
admin-user-contact = Contact info
admin-user-alternate-email = Alternate email
admin-user-mobile = Mobile phone
admin-user-office = Office phone
admin-user-contact-hint = Phone numbers as +<country code> <number>. Leave a field empty to clear it.
admin-user-contact-save = Save contact info
admin-user-contact-saved = The contact info was saved.
admin-user-protected = This user is an administrator beyond your roles: only a global administrator can change their contact info or blocks.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Recovery code
admin-recovery-intro = For a user who lost every method: a one-time code, valid for 8 hours, that lets them sign in once to register new methods. Hand it over in person or by a call you placed; the user is told at their email addresses.
admin-recovery-issue = Issue a recovery code
admin-recovery-issued = A recovery code was issued. It is shown once.
admin-recovery-code-is = The recovery code:
admin-recovery-until = A recovery code is valid until { $until }.
admin-recovery-hand-over = Read it to the user only once you're sure who they are. It isn't shown again.
admin-recovery-done = Done, hide the code
recovery-link = Got a recovery code from your helpdesk?
recovery-title = Sign in with a recovery code
recovery-intro = If you lost every method, your helpdesk can give you a one-time recovery code. Sign in with it, then register new methods on your security info page.
recovery-code-label = Recovery code
recovery-code-hint = 16 letters and digits, such as ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Your user ID or recovery code is incorrect, or the code was used or has expired.
recovery-back = Sign in with your password instead
msg-recovery-issued-subject = A recovery code was issued for your account
msg-recovery-issued-body = An administrator issued a one-time recovery code for { $user }. If you didn't ask your helpdesk for one, contact your administrator now.
msg-recovery-used-subject = Someone signed in with a recovery code
msg-recovery-used-body = { $user } was signed in with a recovery code to register new security info. If this wasn't you, contact your administrator now.
msg-contact-changed-subject = Your contact info was changed
msg-contact-changed-body = An administrator changed the contact info of { $user } (an email address or phone number used to reset the password). If you didn't expect this, contact your administrator now.

# Issue 12: the console's audit search (A1, W2).
admin-audit-title = Audit log
admin-audit-link = Search the audit log and download it
admin-audit-user = User ID
admin-audit-from = From (YYYY-MM-DD, UTC)
admin-audit-to = To (YYYY-MM-DD, UTC)
admin-audit-step = Step
admin-audit-outcome = Outcome
admin-audit-ip = IP address
admin-audit-client = Client type
admin-audit-any = Any
admin-audit-search = Search
admin-audit-bad-date = Enter a date as YYYY-MM-DD, such as 2026-11-05.
admin-audit-count = { $count ->
    [one] One entry matches.
   *[other] { $count } entries match.
}
admin-audit-capped = Only the newest ones are listed and downloaded; narrow the search to see the rest.
admin-audit-pages = Pages of the result
admin-audit-newer = Newer entries
admin-audit-older = Older entries
admin-audit-export-json = Download as JSON lines

# Issue 12: the console's operations page.
admin-ops-title = Operations
admin-ops-link = Operations: the database, the directory and the mail queue now
admin-ops-database = Database
admin-ops-directory = On-premises directory
admin-ops-no-directory = Not configured
admin-ops-ok = Working
admin-ops-down = Not answering
admin-ops-on = On
admin-ops-off = Off
admin-ops-directory-error = Last directory failure (30 days)
admin-ops-mail-waiting = Notices waiting to be sent
admin-ops-mail-oldest = Oldest notice waiting since
admin-ops-mail-sent = Notices sent
admin-ops-mail-failed = Notices given up after retries
admin-ops-hashing = Password hashes waiting on this node
admin-ops-version = Version
admin-ops-hint = Checked as this page was opened, by the node that served it. The mail counts are the whole portal's; /metrics has the rest.

# Issue 12: P1's group picker and M2's notice to the users a change strands.
admin-f-groups-other = Other groups
admin-f-groups-none = This organization has no groups in the portal yet: type their names.
admin-notify-stranded = Email the users who can't reset after this change, asking them to register more methods
msg-register-needed-subject = Register more security info
msg-register-needed-body = Your organization now asks for more security info before a password can be reset. Until you sign in and add methods on your security info page, { $user } can't reset their password without calling the helpdesk.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Last directory sync (sspr directory sync)
admin-ops-sync-counts = changes written: { $changes }; values refused: { $refused }; users of no organisation: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = A translation goes on a line below its question, as a language tag, a colon and the text (such as ja-JP: …), 1 to 200 characters long.
admin-err-translation-first = Write the question first, then its translations on the lines below it.
admin-f-question-translations-hint = To show a question in another language, add a line below it with the language tag, a colon and the translation, such as "ja-JP: 事務所の植物の名前は？". Users whose language has no translation see the question as written.
admin-f-recovery-code-resets = A helpdesk recovery code may also reset the user's password once
admin-key-recovery-code-resets = recovery codes that reset passwords
recovery-reset-hint = Where your organisation allows it, the code can reset your password once instead.
recovery-reset-button = Reset my password
recovery-no-reset = Your organisation lets a recovery code only sign you in. Register new methods here; then you can reset your password with them.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Reset started
audit-step-choose = Reset or unlock chosen
audit-step-select = Method chosen
audit-step-send-code = Code sent
audit-step-verify = Method verified
audit-step-unlock = Account unlocked
audit-step-reset = Password reset
audit-step-password = New password entered
audit-step-directory = Directory writeback
audit-step-notify = Notification
audit-step-admin-request = Request to administrators
audit-step-signin = Sign-in
audit-step-signin-verify = Sign-in second step
audit-step-signout = Sign-out
audit-step-interrupt = Registration prompt at sign-in
audit-step-reconfirm = Security info reconfirmed
audit-step-register = Method registered
audit-step-register-send-code = Registration code sent
audit-step-register-pairing = Authenticator app paired
audit-step-register-verify = Registration code checked
audit-step-delete-method = Method deleted
audit-step-change-password = Password changed
audit-step-delivery = Delivery receipt
audit-step-policy-change = Policy changed
audit-step-admin-clear-blocks = Blocks cleared by an administrator
audit-step-admin-set-contact = Contact info set by an administrator
audit-step-admin-recovery-code = Recovery code issued
audit-step-directory-sync = Directory sync
audit-outcome-ok = Succeeded
audit-outcome-fail = Failed
audit-outcome-blocked = Blocked
audit-outcome-error = Error
audit-outcome-rejected = Refused
audit-outcome-ineligible = Not eligible
audit-outcome-dismissed = Put off
audit-client-browser = Browser
audit-client-sign-in-screen = Sign-in screen
audit-client-app = App

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = On
admin-value-off = Off
admin-value-empty = (empty)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Last password written back (or account unlocked) in the directory

# Issue 11: the done page's own title, and the organisation's sign-in page its button leads to.
done-title-reset = Password reset
done-title-unlock = Account unlocked
admin-f-sign-in-url = Your organisation's sign-in page
admin-f-sign-in-url-hint = Where the button on the last page of a reset leads, such as https://login.contoso.com. Leave it empty for this portal's default.
policy-err-sign-in-url = Enter the sign-in page as a web address that starts with https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Predefined security questions users may choose
admin-key-predefined-questions = predefined security questions
policy-err-too-few-questions = Offer at least as many security questions (predefined and your own) as users must register.
