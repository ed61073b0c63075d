### Policy pages: privacy, cookies, terms (English).

policy-last-updated = Last updated: { $date }

## Privacy policy

privacy-title = Privacy policy
privacy-intro = This policy explains what this Offerline instance does with information about you. In short: today it stores nothing about you in its database, sets no tracking cookies and sends nothing to third parties.
privacy-controller-title = Who is responsible
privacy-controller-body = Offerline is software that anyone can run. The person or organisation running this instance (the operator) is the controller of the data on it. For any privacy question, you can reach the operator at { $contact }.
privacy-controller-body-unset = Offerline is software that anyone can run. The person or organisation running this instance (the operator) is the controller of the data on it. The operator has not published a privacy contact address yet; you can reach them through whoever gave you access to this instance.
privacy-collect-title = What is collected
privacy-collect-body = Offerline has no user accounts yet and stores nothing about visitors in its database. The only information involved is the two preference cookies kept in your own browser, if you choose a language or a theme, and the technical log lines described below, which contain no IP address. There is no analytics, no advertising, no tracking script and no fingerprinting.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline may set two essential cookies, and only when you actively choose a preference: one remembers your interface language, the other your colour theme. There are no analytics, advertising or third-party cookies. You will find all the details on the cookie policy page.
privacy-logs-title = Server logs
privacy-logs-body = For each request, the server writes a technical log line with the method, the path, the status code, the duration and a random request id. It does not log your IP address or your cookies. These lines go to the server’s output, which the operator keeps for troubleshooting.
privacy-location-title = Where data is hosted
privacy-location-body = The data of this instance is hosted in { $location }, as chosen by its operator. Offerline makes no requests to third parties: fonts, scripts and all other files are served by this instance itself.
privacy-location-body-unset = The data of this instance is hosted wherever its operator runs it; the operator has not stated the location yet. Offerline makes no requests to third parties: fonts, scripts and all other files are served by this instance itself.
privacy-retention-title = How long data is kept
privacy-retention-body = Offerline has no user accounts yet, so there is no account data to keep. When accounts arrive, the personal data of a deleted account will be erased within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. The two preference cookies stay in your browser for one year, unless you delete them sooner.
privacy-rights-title = Your rights
privacy-rights-body = Under the GDPR, you have the right to access, rectify and erase your personal data, to restrict or object to its processing, to data portability, and to lodge a complaint with a supervisory authority. Since nothing about you is stored today besides the two cookies in your own browser, you can delete those cookies yourself in your browser at any time. For any question, write to the contact address given above.
privacy-changes-title = Changes to this policy
privacy-changes-body = Before Offerline collects any new kind of data, this policy will be updated and given a new last updated date. The date at the top of this page always tells you when it last changed.

## Cookie policy

cookies-title = Cookie policy
cookies-intro = A cookie is a small text file that a website stores in your browser. Offerline uses only the two essential cookies listed below, and sets them only when you actively choose a preference. They stay in your browser, are never used to track you, and you can delete them at any time in your browser settings.
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
cookies-no-optional = There are no optional or analytics cookies today. If that ever changes, you will be asked first, and rejecting will be as easy as accepting.

## Terms of use

terms-title = Terms of use
terms-intro = These terms apply when you use this Offerline instance. Please read them together with the privacy policy and the cookie policy. By using the service, you agree to them.
terms-service-title = The service
terms-service-body = Offerline is a job search tracker: a web app meant to help you keep your job search organised. It is software that anyone can run, and this instance is provided by its operator. Offerline has no user accounts yet, and features may be added or changed over time.
terms-age-title = Minimum age
terms-age-body = You must be at least 18 years old to use Offerline. If you are under 18, please do not use the service.
terms-use-title = Using the service
terms-use-body = Use Offerline lawfully and respectfully. Do not try to disrupt or overload the service, or to access parts of it that are not meant for you. The operator may restrict access for anyone who misuses this instance.
terms-content-title = Your content
terms-content-body = For now, Offerline does not save any content you enter on this instance. Once it does, what you add will remain yours: the operator will process it only to provide the service to you and will claim no rights over it. You are responsible for what you add and must not add anything you have no right to share.
terms-availability-title = Availability
terms-availability-body = Offerline is provided as is and as available. The operator may update, pause or stop this instance at any time, and cannot guarantee that it will always be available or free of errors.
terms-liability-title = Liability
terms-liability-body = To the extent permitted by law, the operator is not liable for any indirect loss or damage arising from your use of Offerline or from the service being unavailable. Nothing in these terms limits any liability that cannot be limited by law, or your rights as a consumer.
terms-changes-title = Changes to these terms
terms-changes-body = These terms may change as Offerline evolves, for example when accounts are introduced. When they do, the date at the top of this page will be updated. If you keep using the service after a change, the updated terms apply.
