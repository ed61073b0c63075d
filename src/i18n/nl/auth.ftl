### Accounts: registreren, inloggen, instellingen (Nederlands).

## Header and navigation
nav-main = Hoofdmenu
nav-settings = Instellingen
nav-sign-in = Inloggen
nav-sign-up = Account aanmaken
nav-sign-out = Uitloggen

## Fields
field-name = Naam
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-current-password = Huidig wachtwoord
field-new-email = Nieuw e-mailadres
field-remember = Onthoud mij op dit apparaat
password-rules = Minstens { $min } tekens. Een paar losse woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.
password-strength = Sterkte van het wachtwoord
password-strength-weak = Zwak
password-strength-fair = Redelijk
password-strength-good = Goed
password-strength-strong = Sterk

## Sign up
sign-up-title = Maak je account aan
sign-up-lede = Gratis, privé, en altijd te exporteren of te verwijderen.
sign-up-age = Ik ben 18 jaar of ouder.
sign-up-policy-before = Ik heb het volgende gelezen en ga akkoord:
sign-up-policy-and = en de
sign-up-submit = Account aanmaken
sign-up-have-account = Heb je al een account?
sign-up-sent-title = Kijk in je inbox
sign-up-sent-body = We hebben een link gestuurd naar het adres dat je opgaf. Open die binnen 24 uur in deze browser om je adres te bevestigen en Offerline te gaan gebruiken.
sign-up-sent-taken = Hoort er al een account bij dat adres? Dan kreeg de eigenaar daarover een e-mail en is er niets aangemaakt.
sign-up-sent-help = Na een paar minuten nog niets? Kijk in je spammap. Had je met dit adres al eerder een account aangemaakt? Dan staat in de e-mail hoe je je aanmeldt of een nieuw wachtwoord kiest.

## Sign in
sign-in-title = Inloggen
sign-in-submit = Inloggen
sign-in-forgot = Wachtwoord vergeten?
sign-in-new = Nieuw bij Offerline?

## Password reset
forgot-title = Wachtwoord opnieuw instellen
forgot-lede = Vul het e-mailadres van je account in. Hoort er een account bij, dan sturen we een link om een nieuw wachtwoord te kiezen; de link werkt 30 minuten.
forgot-submit = Stuur de link
forgot-sent = Dank je. Hoort er een account bij dat adres, dan is er een link onderweg. Kijk ook in je spammap.
reset-title = Kies een nieuw wachtwoord
reset-submit = Nieuw wachtwoord opslaan
reset-ask-again = Vraag een nieuwe link aan

## Email links
verify-title = Bevestig je e-mailadres
verify-lede = Bevestig dat dit adres van jou is, zodat we je herinneringen en accountberichten kunnen sturen.
verify-submit = Mijn adres bevestigen
verify-banner = Bevestig je e-mailadres: we hebben een link gestuurd naar { $email }.
verify-resend = Stuur de link opnieuw
confirm-email-title = Bevestig je nieuwe e-mailadres
confirm-email-lede = Na bevestiging log je met dit adres in en schrijven we je hierop. We laten het je oude adres weten.
confirm-email-submit = Dit adres gebruiken

## Settings
settings-title = Instellingen
settings-account = Account
settings-sessions = Sessies
settings-email-title = E-mailadres
settings-email-verified = bevestigd
settings-email-unverified = nog niet bevestigd
settings-email-lede = Vul het nieuwe adres en je wachtwoord in om het te wijzigen. Er verandert niets tot je de link opent die we naar het nieuwe adres sturen.
settings-email-submit = E-mailadres wijzigen
settings-password-title = Wachtwoord
settings-password-sign-out-others = Uitloggen op alle andere apparaten
settings-password-submit = Wachtwoord wijzigen
sessions-lede = De browsers waarin je bent ingelogd. Log uit waar je iets niet herkent en wijzig daarna je wachtwoord.
sessions-this-device = Dit apparaat
sessions-unknown-device = Onbekende browser
sessions-last-seen = Laatst actief { $when }
sessions-started = ingelogd { $when }
sessions-remembered = onthouden
sessions-browser = tot de browser sluit
sessions-sign-out = Uitloggen
sessions-sign-out-everywhere = Overal uitloggen
history-title = Recente activiteit op je account
event-signed-up = Account aangemaakt
event-signed-in = Ingelogd
event-sign-in-failed = Mislukte inlogpoging
event-locked = Inloggen gepauzeerd na herhaalde mislukte pogingen
event-password-reset = Wachtwoord opnieuw ingesteld via e-maillink
event-password-changed = Wachtwoord gewijzigd
event-email-changed = E-mailadres gewijzigd
event-sessions-ended-by-staff = Overal afgemeld door een beheerder

## Notices after an action
notice-email-verified = Je e-mailadres is bevestigd.
notice-verification-sent = We hebben een nieuwe bevestigingslink gestuurd.
notice-password-changed = Je wachtwoord is gewijzigd.
notice-email-change-sent = We hebben een bevestigingslink naar het nieuwe adres gestuurd. Je adres verandert zodra je die opent.
notice-email-changed = Je e-mailadres is gewijzigd.
notice-password-reset = Je wachtwoord is gewijzigd en alle sessies zijn uitgelogd. Log in met het nieuwe wachtwoord.
notice-signed-out-everywhere = Je bent op alle apparaten uitgelogd.
notice-session-ended = Die sessie is uitgelogd.

## Field errors
error-required = Vul dit in.
error-email-invalid = Vul een e-mailadres in zoals naam@voorbeeld.nl.
error-email-taken = Er bestaat al een account met dit e-mailadres. Log in, of stel het wachtwoord opnieuw in.
error-email-same = Dit is al je e-mailadres.
error-name-invalid = Gebruik hoogstens 100 tekens, zonder besturingstekens.
error-password-short = Gebruik minstens 12 tekens.
error-password-long = Gebruik hoogstens 128 tekens.
error-password-common = Dit wachtwoord hoort bij de meest gebruikte en is makkelijk te raden. Kies een ander.
error-password-personal = Gebruik je naam of e-mailadres niet in je wachtwoord.
error-password-wrong = Dit is niet je huidige wachtwoord.
error-sign-in-failed = Het e-mailadres of wachtwoord klopt niet.
error-age-required = Offerline is voor mensen van 18 jaar of ouder.
error-policy-required = Ga akkoord met de privacyverklaring en de voorwaarden om verder te gaan.
error-link-invalid = Deze link is verlopen of al gebruikt.
error-rate-limited-wait = Te veel pogingen. Probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw.

# Staff tools
nav-admin = Beheer
admin-title = Beheerhulpmiddelen
admin-minor-title = Het account van een minderjarige verwijderen
admin-minor-lede = Offerline is voor mensen van 18 jaar of ouder. Blijkt een account van iemand jonger te zijn, verwijder het dan hier. Alles erin wordt meteen gewist, zonder de gebruikelijke bedenktijd, en het auditlogboek legt vast dat u het deed.
admin-minor-confirm = Ik heb nagegaan dat dit account van iemand onder de 18 is.
admin-minor-submit = Account verwijderen
admin-minor-reason = Reden
admin-minor-reason-hint = Waarom dit account van een minderjarige is, voor het auditlogboek (bijvoorbeeld “de persoon vertelde support 16 te zijn”). Geen namen of contactgegevens: de reden blijft in het logboek.
admin-minor-password = Je wachtwoord
error-admin-reason-long = Houd de reden onder de 500 tekens.
admin-audit-title = Auditlogboek
admin-audit-lede = Wat medewerkers deden en lazen. Accounts worden alleen genoemd met een versleutelde vingerafdruk, nooit met hun gegevens.
admin-audit-empty = Nog niets.
admin-audit-by-me = door u
admin-audit-by-staff = door een andere medewerker
audit-account-deleted-minor = Account van een minderjarige verwijderd
audit-audit-log-viewed = Heeft het auditlogboek gelezen
audit-analytics-viewed = Heeft het gebruiksdashboard gelezen
audit-policy-published = Heeft een beleidsversie gepubliceerd
audit-account-made-admin = Heeft een account beheerder gemaakt (opdrachtregel)
admin-sessions-title = Iemand overal afmelden
admin-sessions-lede = Beëindigt elke sessie van het account, op elk apparaat, bijvoorbeeld als een sessie gestolen is of een gedeelde computer aangemeld bleef. De persoon kan weer inloggen met het wachtwoord; de beveiligingsgeschiedenis toont wat er gebeurde.
admin-sessions-reason-hint = Waarom, voor het auditlogboek (bijvoorbeeld “de persoon meldde een gestolen laptop”). Geen namen of contactgegevens.
admin-sessions-submit = Overal afmelden
notice-sessions-ended = Elke sessie van dat account is beëindigd.
error-admin-own-account = Dit is je eigen account: beëindig je sessies in je instellingen.
audit-account-sessions-ended = Een account overal afgemeld
notice-account-deleted = Het account en alles erin is verwijderd.
error-admin-confirm-minor = Vink dit vakje aan om te bevestigen dat de persoon jonger is dan 18.
error-admin-no-account = Geen enkel account gebruikt dit e-mailadres.
error-admin-staff-account = Dit is een account van een medewerker. Neem eerst de beheerrol weg.
