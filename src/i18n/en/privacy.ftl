## Settings, Privacy: restriction, objection, deletion
settings-privacy = Privacy
privacy-settings-lede = Decide what Offerline may do with your data. These switches take effect at once, on every device.
privacy-settings-policy-link = Read the privacy policy
privacy-restrict-title = Freeze processing
privacy-restrict-lede = While processing is frozen, Offerline sends nothing to AI providers, records no usage analytics and sends you no product emails. Your data stays here: you can still view, change and export it. Security and account emails still arrive.
privacy-not-restricted = Processing is not frozen.
privacy-restricted-since = Processing frozen since { $when }.
privacy-restrict-start = Freeze processing
privacy-restrict-lift = Resume processing
privacy-objections-title = What Offerline may use your data for
privacy-objections-lede = Untick a purpose to object to it. Essential processing (keeping your account and boards, security emails) cannot be switched off, since the service cannot run without it.
privacy-objections-restricted = Processing is frozen, so none of these purposes run until you resume it.
privacy-purpose-analytics = Usage analytics
privacy-purpose-analytics-hint = Counting pages and features used, to improve Offerline. Only with your cookie consent too; analysed only in aggregate.
privacy-purpose-ai = AI processing
privacy-purpose-ai-hint = Sending your document text, with your name and contact details replaced by placeholders, to an AI provider when you ask for a suggestion.
privacy-purpose-product-email = Product emails and tips
privacy-purpose-product-email-hint = Occasional emails about getting more out of Offerline. Every one has a one-click unsubscribe.
privacy-objections-save = Save choices
privacy-delete-title = Delete my account
privacy-delete-lede =
    { $grace ->
        [0] Your account is disabled at once and every session is signed out. Then everything in it is erased for good, within { $retention } days at most.
        [one] Your account is disabled at once and every session is signed out. For { $grace } day you can change your mind by signing in again; then everything in it is erased for good, within { $retention } days at most.
       *[other] Your account is disabled at once and every session is signed out. For { $grace } days you can change your mind by signing in again; then everything in it is erased for good, within { $retention } days at most.
    }
privacy-delete-export-first = Want a copy first?
privacy-delete-export-link = Download your data
privacy-delete-confirm = I understand that my account and all its data will be erased.
privacy-delete-submit = Delete my account
error-delete-confirm = Tick the box to confirm.
notice-restricted = Processing is frozen. Your data stays viewable and exportable.
notice-unrestricted = Processing resumed.
notice-objections-saved = Your choices are saved.
notice-deletion-cancelled = Welcome back. The deletion of your account is cancelled.
notice-account-deletion-scheduled = Your account is disabled and will be erased. We emailed you the date; signing in before then cancels the deletion.

## Account history entries
event-deletion-requested = Account deletion requested
event-deletion-cancelled = Account deletion cancelled by signing in
event-restricted = Processing frozen
event-unrestricted = Processing resumed
event-objections-changed = Privacy choices changed
event-unsubscribed = Unsubscribed from product emails by email link

## One-click unsubscribe page
unsubscribe-title = Unsubscribe from product emails
unsubscribe-lede = One click stops product emails and tips to this account. Security and account emails still arrive.
unsubscribe-submit = Unsubscribe
unsubscribe-done = You are unsubscribed. No more product emails will be sent to you.
unsubscribe-done-more = You can change this, and your other privacy choices, in
unsubscribe-settings-link = Settings, Privacy.
unsubscribe-invalid = This unsubscribe link is not valid. It may have been copied incompletely, or the account no longer exists.
