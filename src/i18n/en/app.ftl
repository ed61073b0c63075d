### Interface text (English).

## Frame
nav-skip = Skip to content
nav-legal = Legal
nav-privacy = Privacy
nav-cookies = Cookies
nav-terms = Terms
locale-label = Language
locale-apply = Change
theme-label = Colour theme
theme-system = Use the system theme
theme-light = Light theme
theme-dark = Dark theme

## Home
home-title = Run your job search like a project, not a pile of tabs
home-lede = Offerline keeps every opportunity and company on one board, with the history of each application and the numbers of your whole search. Your data stays yours: private by default, exportable in one click, and you can run it yourself.
home-preview-applied = Applied
home-preview-interviewing = Interviewing
home-preview-offer = Offer
home-features-title = Everything a search needs, in one place
home-feature-boards-title = Pipeline boards
home-feature-boards-body = Drag each opportunity from wishlist to offer. See where every application stands, what changed, and what needs a follow-up.
home-feature-import-title = Bring your spreadsheet
home-feature-import-body = Import the CSV of a spreadsheet or of another tracker: you check how its columns map before anything is added, and duplicates are pointed out.
home-feature-documents-title = Every version of your resume
home-feature-documents-body = Upload your resumes and cover letters (PDF, Word, OpenDocument, RTF, text or Markdown), keep each version with a label such as the company it went to, and download any of them again. Files are encrypted before they are stored.
home-feature-insights-title = Insights
home-feature-insights-body = Response rates, time spent in each stage and applications per week show what works and where to put your energy.
home-privacy-title = Private by design
home-privacy-body = No third-party trackers, no advertising, nothing sold. Analytics only if you say yes, documents and prepared exports encrypted at rest, and your data available to download or delete whenever you want.
home-privacy-link = Read the privacy policy
home-selfhost-title = Yours to host
home-selfhost-body = Offerline runs with one command on your own machine, with an embedded database and nothing else to install. Teams can run it on PostgreSQL and object storage instead.

## Not found
not-found-title = Page not found
not-found-body = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the home page


## Errors
error-unauthorized = Please sign in to continue.
error-forbidden = You do not have access to this.
error-not-found = We could not find what you asked for.
error-validation = Some fields need your attention.
error-conflict = This changed in the meantime. Reload and try again.
error-rate-limited = Too many attempts. Please wait a moment and try again.
error-internal = Something went wrong on our side. It has been logged.
error-transport = We could not reach the server. Check your connection and try again.
error-malformed = The server could not read this request: something in it is missing or not in the expected form. Reload the page and try again.
error-too-large = This request is too large: a form can send at most { $megabytes } MB.
error-choice-invalid = Choose one of the options offered.
error-reference = Reference: { $id }
