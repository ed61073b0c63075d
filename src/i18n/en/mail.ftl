### Email text (English). Each message is built from these strings into a
### plain-text part and an HTML part; links are added by the code, never
### written into a translation.

## Shared by every message
mail-greeting = Hello { $name },
mail-greeting-plain = Hello,
mail-action-text = { $label }:
mail-link-fallback = If the button does not work, copy this address into your browser:
mail-footer = This email was sent automatically by Offerline about your account. Replies to this address are not read.
mail-address-invalid = This email address is not valid.

## Confirm an email address (new account)
mail-verify-subject = Confirm your email address for Offerline
mail-verify-intro = Welcome to Offerline! Please confirm that this is your email address to finish setting up your account.
mail-verify-action = Confirm my email address
mail-verify-ignore = If you did not sign up for Offerline, you can safely ignore this email.

## Password reset
mail-reset-subject = Reset your Offerline password
mail-reset-intro = We received a request to reset the password of your Offerline account. Choose a new password with the button below.
mail-reset-action = Choose a new password
mail-reset-expiry =
    { $minutes ->
        [one] This link expires in { $minutes } minute.
       *[other] This link expires in { $minutes } minutes.
    }
mail-reset-ignore = If you did not ask for this, you can ignore this email: your password stays as it is.

## Email change, sent to the new address
mail-change-confirm-subject = Confirm your new email address
mail-change-confirm-intro = You asked to use { $new_email } as the email address of your Offerline account. Confirm that this address is yours to complete the change.
mail-change-confirm-action = Confirm the new address
mail-change-confirm-ignore = If you did not ask for this, you can ignore this email: your account keeps its current address.

## Email change, notice sent to the old address
mail-changed-subject = The email address of your Offerline account was changed
mail-changed-body = The email address of your Offerline account is now { $new_email }. From now on, emails about your account go to that address.
mail-changed-warning = If you did not make this change, someone else may have access to your account. Contact the administrator of this Offerline service straight away.

## Password changed
mail-password-changed-subject = Your Offerline password was changed
mail-password-changed-body = The password of your Offerline account has just been changed. If you made this change, there is nothing else to do.
mail-password-changed-warning = If you did not, reset your password at once from the sign-in page, and let the administrator of this Offerline service know.

## Account locked after failed sign-ins
mail-in-use-subject = Someone tried to use your address on Offerline
mail-in-use-sign-up = Someone just tried to create an Offerline account with this email address. It already has an account, so nothing was created and nothing about your account changed.
mail-in-use-email-change = Someone signed in to another Offerline account just tried to move it to this email address. It already has an account, so nothing changed.
mail-in-use-self = If that was you, sign in to the account you have, or choose a new password if you forgot it:
mail-in-use-sign-in = Sign in
mail-in-use-reset = Choose a new password
mail-in-use-ignore = If it was not you, you can ignore this email: the page they used did not tell them that this address has an account.

mail-locked-subject = Your Offerline account is locked for a while
mail-locked-body =
    { $minutes ->
        [one] After several failed sign-in attempts, we locked your account for { $minutes } minute to protect it.
       *[other] After several failed sign-in attempts, we locked your account for { $minutes } minutes to protect it.
    }
mail-locked-self = If that was you, you can try again once the time is up, or choose a new password now:
mail-locked-action = Reset my password
mail-locked-warning = If it was not you, someone may be trying to guess your password. A new, strong password keeps your account safe.

## A new version of the policies
mail-policy-subject = Offerline’s privacy policy and terms are changing
mail-policy-intro = We have published a new version of the privacy policy, cookie policy and terms of this Offerline service. It takes effect on { $date }. What changes:
mail-policy-action = Read the privacy policy
mail-policy-note = You will also see a short notice about this change when you next sign in. You do not need to do anything else.

## Support ticket, to the support inbox
mail-support-new-subject = New support ticket { $reference }
mail-support-reply-subject = New reply on support ticket { $reference }
mail-support-subject-line = Subject: { $subject }
mail-support-in-app = The message stays in Offerline: open the ticket to read it.
mail-support-action = Answer in Offerline
mail-support-audit = Opening the ticket in Offerline asks you for a reason, which is written to the audit log.

## Support answered, to the ticket's owner
mail-support-replied-subject = Offerline support answered your message
mail-support-replied-intro = Support wrote back about “{ $subject }”:
mail-support-replied-action = Read and reply

## Account deletion scheduled
mail-deletion-subject = Your Offerline account will be deleted
mail-deletion-body = As you asked, your Offerline account is now disabled and every session is signed out. On { $date } we erase your account and everything in it: boards, cards, companies, profile and history.
mail-deletion-cancel = Changed your mind? Sign in with your password before then and the deletion is cancelled.
mail-deletion-action = Sign in to keep my account
mail-deletion-warning = If you did not ask for this, sign in now, change your password and contact the administrator of this Offerline service.

## Getting-started tips (product email)
mail-tips-subject = Three ways to get more out of Offerline
mail-tips-intro = Welcome aboard. A few things people find useful in their first week:
mail-tips-board = Put every opportunity on a board, and drag its card along as it moves from applied to interview to offer.
mail-tips-import = Already tracking jobs in a spreadsheet? Import the CSV into a board in one go.
mail-tips-insights = Insights shows where applications stall and how long each stage takes.
mail-tips-action = Open my boards
mail-tips-why = You get this email because product emails are on for your account. You can turn them off in Settings, Privacy, or with one click:
mail-tips-unsubscribe = Unsubscribe from product emails

## Export ready
mail-export-subject = Your Offerline export is ready
mail-export-body = The copy of your data you asked for is ready: one ZIP file with everything Offerline holds about you. To download it, open the link below while signed in to Offerline.
mail-export-action = Download my data
mail-export-expires = The link works once, until { $expires }. After that the file is deleted; you can ask for a new export in Settings, Your data.
mail-export-warning = If you did not ask for this, change your password: someone may be signed in to your account.
