### Support tickets (P12) and the staff pages for support and policy versions (English).

## Settings: contact form and tickets
settings-support = Support
support-contact-title = Contact support
support-contact-lede = Ask a question or report a problem. Your message is kept with your account, and you will find the answers here and by email.
support-field-subject = Subject
support-field-message = Message
support-send = Send to support
support-tickets-title = Your messages to support
support-tickets-empty = You have not written to support yet.
support-ticket-ref = Ticket { $reference }
support-updated = last activity { $when }
support-status-open = Waiting for support
support-status-answered = Answered
support-status-closed = Closed
support-back = All your support messages
support-author-you = You
support-author-staff = Support
support-reply-title = Reply
support-reply-send = Send reply
support-closed-lede = This ticket is closed. Writing again opens it.
support-close = Close this ticket
support-messages-count = { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
notice-ticket-sent = Your message is sent to support.
notice-reply-sent = Your reply is sent.
notice-ticket-closed = The ticket is closed.

## Staff: support queue
admin-back = Back to the staff tools
admin-support-title = Support tickets
admin-support-lede = Tickets are listed without subject or name. Opening one shows personal data, so you are asked why first; your reason is written to the audit log.
admin-support-queue = Queue
admin-support-empty = No tickets yet.
admin-support-back = Back to the queue
admin-support-reason-title = Why do you open this ticket?
admin-support-reason-lede = The audit log will keep who opened it, whose it is, your reason and when. The person can see that staff accessed their data. Write why you open it (for example “answering the ticket”), not details about the person: the reason stays in the log after their account is erased.
admin-support-reason = Reason
admin-support-open = Open the ticket
admin-support-from = From { $name }
admin-support-reply-send = Send the answer
audit-support-ticket-viewed = Opened a support ticket
audit-support-ticket-replied = Answered a support ticket
audit-support-ticket-closed = Closed a support ticket

## Staff: policy versions
admin-policies-title = Policy versions
admin-policies-notified = { $count } of { $total } users told
admin-policies-publish-title = Publish a new version
admin-policies-publish-lede = Publish once the new privacy policy, cookie policy and terms are in place. Every user is emailed in their language and sees a notice in the app until they acknowledge it.
admin-policies-version = Version
admin-policies-version-hint = Letters, digits, dots and hyphens, for example 2027-01-15.
admin-policies-effective = Takes effect on
admin-policies-summary-en = What changes (English)
admin-policies-summary-nl = What changes (Dutch, optional)
admin-policies-summary-fr = What changes (French, optional)
admin-policies-publish = Publish and notify everyone
notice-policy-published = The new version is published. Users are being emailed.
error-policy-version = Use up to 40 letters, digits, dots, hyphens or underscores.
error-policy-version-taken = This version already exists.
error-policy-effective = Enter a day as year-month-day.
error-policy-effective-order = A new version cannot take effect before the newest one.
