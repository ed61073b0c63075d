### Policy pages: privacy, cookies, terms (English).

policy-last-updated = Last updated: { $date }

## Privacy policy

privacy-title = Privacy policy
privacy-intro = This policy explains what this Offerline service does with information about you: what it stores, why, who else sees it, where it is kept, for how long, and how you stay in control. It describes what the software does, and every number in it comes from the service’s own settings.
privacy-controller-title = Who is responsible
privacy-controller-body = Offerline is software that anyone can run. The person or organisation running this service (the operator) is the controller of the data on it. For any privacy question, you can reach the operator at { $contact }.
privacy-controller-body-unset = Offerline is software that anyone can run. The person or organisation running this service (the operator) is the controller of the data on it. The operator has not published a privacy contact address yet; use the support form below, or reach them through whoever gave you access to this service.
privacy-support-body = Signed in, you can also write to the operator from the support form in your settings. Your message is kept with your account, and you see the answers there.
privacy-support-link = Open the support form
privacy-collect-title = What is collected
privacy-collect-account = Your account: your name, your email address and your password, which is stored only as an argon2id hash that cannot be turned back into the password. With it, the day you confirmed you are 18 or older, the policy version you accepted, your language and whether your email address is confirmed.
privacy-collect-profile = Your profile, if you fill it in: phone number, city, region and country, time zone, work experience, education, skills and career preferences (desired titles and places, remote or on-site, salary range, job types).
privacy-collect-jobs = Your job search: the boards, job opportunities, companies and notes you add, and the history of every change to an application, so you can see how it moved along.
privacy-collect-documents = Your documents, if you upload them: resumes, cover letters and other files, every version you keep, with the title, kind, language, tags and labels you give them. Each file is encrypted (XChaCha20-Poly1305) before it is stored, with a key kept in the server’s configuration, never in the database.
privacy-collect-security = Security records: your signed-in sessions (a hash of the session key and the browser’s user agent, to show you which devices are signed in) and a history of sign-ins, failed attempts and account changes. Your IP address is not stored with them; to stop abuse, attempts are counted per network under a keyed hash of the address, and those counters are deleted after a day.
privacy-collect-support = Support messages: what you write through the support form, and the answers.
privacy-collect-usage = Usage data, only if you allow analytics in the cookie choice: pages visited, features used, how long a visit and a page view last, and the browser family and version, operating system and device type read from your browser’s user agent. Your IP address is cut short before it is stored (the last part of an IPv4 address, everything after the first 48 bits of an IPv6 address). Usage data is looked at only in aggregate.
privacy-collect-none = There is no advertising, no third-party tracker and no fingerprinting, and nothing about you is ever sold.
privacy-use-title = How it is used
privacy-use-body = Your data is used to run your account and show you your own job search, and for nothing else. Emails about your account (confirming your address, resetting your password, security warnings, changes to these policies, answers to your support messages) are always sent; product news and tips only while you have not turned them off. Turning on restriction in your privacy settings stops analytics and every email that is not needed to run your account.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline sets essential cookies to keep you signed in and to remember your language, theme and cookie choice. Analytics cookies are set only after you opt in, and you can withdraw at any time. The cookie policy lists every cookie, with its purpose and lifetime.
privacy-logs-title = Server logs
privacy-logs-body = For each request, the server writes a technical log line with the method, the path, the status code, the duration and a random request id. It does not log your IP address, the query string or your cookies. These lines go to the server’s output, which the operator keeps for troubleshooting.
privacy-staff-title = Staff access
privacy-staff-body = The operator’s support staff and administrators cannot browse your data. They see personal data only through pages that ask them for a reason first, such as opening your support ticket, and each such access is written to an audit log: who, whose account, why and when. The log names your account only by a keyed hash. The reason is the staff member’s own words, such as “answering the ticket”; they are asked to write why, never details about you. The log is the operator’s record of who accessed data, so it is not erased with your account: after erasure nothing in it identifies you, since the hash cannot be traced back once the account is gone.
privacy-providers-title = Who else receives data
privacy-providers-hosting = Hosting: the service runs on servers chosen by its operator, who hosts the database and the files.
privacy-providers-email-relay = Email: messages to you are handed to the operator’s email provider, which receives your address, your name and the message in order to deliver it.
privacy-providers-email-local = Email: this service does not use an email provider; messages are written to files on its own server.
privacy-providers-support = Support: your support messages are also emailed to the operator’s support inbox, so that they reach whoever answers them.
privacy-providers-none = AI and payments: this service has no AI features and takes no payments, so no AI provider or payment provider receives anything. Analytics, where you allow it, stays on this server.
privacy-location-title = Where data is hosted
privacy-location-body = The data of this service is hosted in { $location }, as chosen by its operator. Fonts, scripts and all other files are served by this service itself, so using it sends nothing to other sites.
privacy-location-body-unset = The data of this service is hosted wherever its operator runs it; the operator has not stated the location yet. Fonts, scripts and all other files are served by this service itself, so using it sends nothing to other sites.
privacy-retention-title = How long data is kept
privacy-retention-body = Your data is kept for as long as you keep your account. When you delete it, the account is disabled and signed out at once, and everything in it is erased within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
privacy-retention-grace = During the first { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after you ask, signing in again cancels the deletion.
privacy-retention-usage = Raw usage events are deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; only anonymous daily totals are kept.
privacy-retention-other = Copies of sent emails are deleted after 7 days. Sessions end when you sign out, or after a period without use. The preference cookies stay in your browser for one year unless you delete them sooner. A copy of your data prepared for download (for large accounts) is kept encrypted until you download it, and for 24 hours at most.
privacy-rights-title = Your rights
privacy-rights-body = Under the GDPR, you have the right to access your data, to rectify and erase it, to restrict or object to its processing, to data portability, and to lodge a complaint with a supervisory authority. Most of this is self-service: every field can be corrected where it is shown, your settings let you download all your data, switch off analytics, AI processing and product emails, restrict processing, and delete your account. For anything else, write to the contact above.
privacy-changes-title = Changes to this policy
privacy-changes-body = When this policy, the cookie policy or the terms change, a new version is published with the day it takes effect and a summary of what changed. Everyone with an account is told by email and sees a notice in the app until they have read it. Every version is listed below, and the date at the top of each page is that of the version in force.

## Cookie policy

cookies-title = Cookie policy
cookies-intro = A cookie is a small text file that a website stores in your browser. Offerline sets the cookies listed below, and no others. Essential cookies make the site work (signing in, your language and theme, your cookie choice) and need no consent. The one optional cookie, for first-party usage analytics, is set only after you allow analytics, and is deleted when you withdraw. No cookie is ever shared with another company, and you can delete them all at any time in your browser settings.
cookies-col-name = Name
cookies-col-purpose = Purpose
cookies-col-lifetime = Lifetime
cookies-col-kind = Type
cookies-essential = Essential
cookies-optional = Optional
cookies-lifetime-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
cookie-offerline_locale-purpose = Remembers the interface language you chose.
cookie-offerline_theme-purpose = Remembers the colour theme you chose: light, dark or the one set by your system.
cookie-offerline_session-purpose = Keeps you signed in. It holds a random key, nothing about you. Without “Remember me” it ends when you close the browser; otherwise it lasts until you sign out or the session expires.
cookies-lifetime-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
cookie-offerline_consent-purpose = Remembers your cookie choice: whether you allowed usage analytics, under which policy version and when. After six months, or when the policy changes, you are asked again.
cookie-offerline_sign_up-purpose = Only after you create an account: a random value that lets the confirmation link we email you sign in this browser. It is deleted when you use the link and lasts a day at most.
cookie-offerline_typed-purpose = Only after a form was refused: what you typed in it (never a password), so the page shows it again next to the error. It is read once and deleted, and lasts two minutes at most.
cookie-offerline_visit-purpose = Only if you allowed analytics: a random visit number, so that usage analytics can tell how long a visit lasts. It holds nothing about you, is renewed with each page and ends after half an hour without one.

## Terms of use

terms-title = Terms of use
terms-intro = These terms apply when you use this Offerline service. Please read them together with the privacy policy and the cookie policy. By creating an account, you agree to them.
terms-service-title = The service
terms-service-body = Offerline is a job search tracker: a web app that helps you keep your job search organised on boards, with your companies, applications and their history, and a profile of your experience. It is software that anyone can run, and this service is provided by its operator. Features may be added or changed over time.
terms-age-title = Minimum age
terms-age-body = You must be at least 18 years old to use Offerline. An account found to belong to someone under 18 is deleted.
terms-account-title = Your account
terms-account-body = Keep your password to yourself and your email address up to date: it is how we reach you about your account. You can sign out every device at once from your settings, and delete your account at any time.
terms-use-title = Using the service
terms-use-body = Use Offerline lawfully and respectfully. Do not try to disrupt or overload the service, or to access parts of it or data that are not meant for you. The operator may restrict access for anyone who misuses this service.
terms-content-title = Your content
terms-content-body = What you add remains yours: the operator processes it only to provide the service to you and claims no rights over it. You can download all of it at any time. You are responsible for what you add and must not add anything you have no right to share.
terms-availability-title = Availability
terms-availability-body = Offerline is provided as is and as available. The operator may update, pause or stop this service at any time, and cannot guarantee that it will always be available or free of errors. Keep a copy of what matters to you; the download in your settings makes that easy.
terms-liability-title = Liability
terms-liability-body = To the extent permitted by law, the operator is not liable for any indirect loss or damage arising from your use of Offerline or from the service being unavailable. Nothing in these terms limits any liability that cannot be limited by law, or your rights as a consumer.
terms-changes-title = Changes to these terms
terms-changes-body = When these terms change, a new version is published with the day it takes effect and a summary of the changes; you are told by email and in the app beforehand or on that day. If you keep using the service after a change takes effect, the updated terms apply; if you do not agree, you can delete your account.

## Versions (every policy page)
policy-changes-title = Versions
policy-change-effective = In force since { $date }
policy-change-upcoming = Takes effect on { $date }
policy-notice-title = Our privacy policy and terms have a new version, in force from { $date }
policy-notice-read = Read the privacy policy
policy-notice-ok = Got it
