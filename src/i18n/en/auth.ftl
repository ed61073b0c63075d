### Accounts: sign-up, sign-in, settings (English).

## Header and navigation
nav-main = Main
nav-settings = Settings
nav-sign-in = Sign in
nav-sign-up = Create account
nav-sign-out = Sign out

## Fields
field-name = Name
field-email = Email address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-new-email = New email address
field-remember = Remember me on this device
password-rules = At least { $min } characters. A few unrelated words make a strong password that is easy to remember.
password-strength = Password strength
password-strength-weak = Weak
password-strength-fair = Fair
password-strength-good = Good
password-strength-strong = Strong

## Sign up
sign-up-title = Create your account
sign-up-lede = Free, private, and yours to export or delete at any time.
sign-up-age = I am 18 or older.
sign-up-policy-before = I have read and accept the
sign-up-policy-and = and the
sign-up-submit = Create account
sign-up-have-account = Already have an account?
sign-up-sent-title = Check your inbox
sign-up-sent-body = We sent a link to the address you gave. Open it in this browser within 24 hours to confirm your address and start using Offerline.
sign-up-sent-taken = If that address already has an account, its owner got an email about this instead, and nothing was created.
sign-up-sent-help = Nothing after a few minutes? Look in your spam folder. If you had already started an account with this address, the email tells you how to sign in or choose a new password.

## Sign in
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-new = New to Offerline?

## Password reset
forgot-title = Reset your password
forgot-lede = Enter the email address of your account. If it has an account, we send it a link to choose a new password; the link works for 30 minutes.
forgot-submit = Send the link
forgot-sent = Thank you. If that address has an account, a link is on its way. Check your inbox and spam folder.
reset-title = Choose a new password
reset-submit = Save the new password
reset-ask-again = Ask for a new link

## Email links
verify-title = Confirm your email address
verify-lede = Confirm that this address is yours, so that we can send you reminders and account notices.
verify-submit = Confirm my address
verify-banner = Please confirm your email address: we sent a link to { $email }.
verify-resend = Send the link again
confirm-email-title = Confirm your new email address
confirm-email-lede = Once confirmed, you sign in with this address and we write to it. We let your old address know.
confirm-email-submit = Use this address

## Settings
settings-title = Settings
settings-account = Account
settings-sessions = Sessions
settings-email-title = Email address
settings-email-verified = confirmed
settings-email-unverified = not confirmed yet
settings-email-lede = To change it, enter the new address and your password. Nothing changes until you open the link we send to the new address.
settings-email-submit = Change email address
settings-password-title = Password
settings-password-sign-out-others = Sign out on all other devices
settings-password-submit = Change password
sessions-lede = The browsers where you are signed in. Sign out of any you do not recognise, then change your password.
sessions-this-device = This device
sessions-unknown-device = Unknown browser
sessions-last-seen = Last active { $when }
sessions-started = signed in { $when }
sessions-remembered = remembered
sessions-browser = until the browser closes
sessions-sign-out = Sign out
sessions-sign-out-everywhere = Sign out everywhere
history-title = Recent account activity
event-signed-up = Account created
event-signed-in = Signed in
event-sign-in-failed = Failed sign-in attempt
event-locked = Sign-in paused after repeated failures
event-password-reset = Password reset by email link
event-password-changed = Password changed
event-email-changed = Email address changed
event-sessions-ended-by-staff = Signed out everywhere by an administrator

## Notices after an action
notice-email-verified = Your email address is confirmed.
notice-verification-sent = We sent a new confirmation link.
notice-password-changed = Your password is changed.
notice-email-change-sent = We sent a confirmation link to the new address. Your address changes once you open it.
notice-email-changed = Your email address is changed.
notice-password-reset = Your password is changed and every session was signed out. Sign in with the new password.
notice-signed-out-everywhere = You are signed out on every device.
notice-session-ended = That session is signed out.

## Field errors
error-required = Please fill this in.
error-email-invalid = Enter an email address like name@example.org.
error-email-taken = An account with this email address already exists. Sign in, or reset its password.
error-email-same = This is already your email address.
error-name-invalid = Use at most 100 characters, without control characters.
error-password-short = Use at least 12 characters.
error-password-long = Use at most 128 characters.
error-password-common = This password is among the most common ones and easy to guess. Choose another.
error-password-personal = Do not use your name or email address in your password.
error-password-wrong = This is not your current password.
error-sign-in-failed = The email address or password is not right.
error-age-required = Offerline is for people aged 18 or older.
error-policy-required = Please accept the privacy policy and terms to continue.
error-link-invalid = This link has expired or was already used.
error-rate-limited-wait = Too many attempts. Please try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}.

# Staff tools
nav-admin = Staff
admin-title = Staff tools
admin-minor-title = Delete the account of a minor
admin-minor-lede = Offerline is for people aged 18 or over. When an account turns out to belong to someone younger, delete it here. Everything in it is erased at once, without the usual grace period, and the audit log records that you did it.
admin-minor-confirm = I have checked that this account belongs to someone under 18.
admin-minor-submit = Delete the account
admin-minor-reason = Reason
admin-minor-reason-hint = Why this account belongs to a minor, for the audit log (for example “the person told support they are 16”). No names or contact details: the reason stays in the log.
admin-minor-password = Your password
error-admin-reason-long = Keep the reason under 500 characters.
admin-audit-title = Audit log
admin-audit-lede = What staff did and read. Accounts are named only by a keyed fingerprint, never by their details.
admin-audit-empty = Nothing yet.
admin-audit-by-me = by you
admin-audit-by-staff = by another member of staff
audit-account-deleted-minor = Deleted the account of a minor
audit-audit-log-viewed = Read the audit log
audit-analytics-viewed = Read the usage dashboard
audit-policy-published = Published a policy version
audit-account-made-admin = Made an account an administrator (command line)
admin-sessions-title = Sign a person out everywhere
admin-sessions-lede = Ends every session of the account, on every device, for example when a session was stolen or a shared computer was left signed in. The person can sign in again with their password; their security history shows what happened.
admin-sessions-reason-hint = Why, for the audit log (for example “the person reported a stolen laptop”). No names or contact details.
admin-sessions-submit = Sign out everywhere
notice-sessions-ended = Every session of that account has ended.
error-admin-own-account = This is your own account: end your sessions in your settings.
audit-account-sessions-ended = Signed an account out everywhere
notice-account-deleted = The account and everything in it is deleted.
error-admin-confirm-minor = Tick this box to confirm the person is under 18.
error-admin-no-account = No account uses this email address.
error-admin-staff-account = This is a staff account. Take away its staff role before deleting it.
