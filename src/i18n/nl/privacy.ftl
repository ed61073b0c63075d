## Settings, Privacy: restriction, objection, deletion
settings-privacy = Privacy
privacy-settings-lede = Bepaal wat Offerline met je gegevens mag doen. Deze schakelaars werken meteen, op elk apparaat.
privacy-settings-policy-link = Lees de privacyverklaring
privacy-restrict-title = Verwerking bevriezen
privacy-restrict-lede = Zolang de verwerking bevroren is, stuurt Offerline niets naar AI-aanbieders, registreert het geen gebruiksstatistieken en stuurt het je geen productmails. Je gegevens blijven hier: je kunt ze nog steeds bekijken, wijzigen en exporteren. Beveiligings- en accountmails komen nog wel.
privacy-not-restricted = De verwerking is niet bevroren.
privacy-restricted-since = Verwerking bevroren sinds { $when }.
privacy-restrict-start = Verwerking bevriezen
privacy-restrict-lift = Verwerking hervatten
privacy-objections-title = Waarvoor Offerline je gegevens mag gebruiken
privacy-objections-lede = Vink een doel uit om er bezwaar tegen te maken. Noodzakelijke verwerking (je account en borden bewaren, beveiligingsmails) kan niet uit, omdat de dienst zonder niet werkt.
privacy-objections-restricted = De verwerking is bevroren, dus geen van deze doelen loopt tot je de verwerking hervat.
privacy-purpose-analytics = Gebruiksstatistieken
privacy-purpose-analytics-hint = Tellen welke pagina's en functies gebruikt worden, om Offerline te verbeteren. Alleen als je ook toestemming gaf voor cookies; alleen geanalyseerd als totalen.
privacy-purpose-ai = AI-verwerking
privacy-purpose-ai-hint = De tekst van je documenten, met je naam en contactgegevens vervangen door plaatsaanduidingen, naar een AI-aanbieder sturen als je om een suggestie vraagt.
privacy-purpose-product-email = Productmails en tips
privacy-purpose-product-email-hint = Af en toe een mail over hoe je meer uit Offerline haalt. Elke mail heeft een afmeldlink met één klik.
privacy-objections-save = Keuzes opslaan
privacy-delete-title = Mijn account verwijderen
privacy-delete-lede =
    { $grace ->
        [0] Je account wordt meteen uitgeschakeld en je wordt overal afgemeld. Daarna wordt alles erin definitief gewist, binnen hoogstens { $retention } dagen.
        [one] Je account wordt meteen uitgeschakeld en je wordt overal afgemeld. { $grace } dag lang kun je je bedenken door je opnieuw aan te melden; daarna wordt alles erin definitief gewist, binnen hoogstens { $retention } dagen.
       *[other] Je account wordt meteen uitgeschakeld en je wordt overal afgemeld. { $grace } dagen lang kun je je bedenken door je opnieuw aan te melden; daarna wordt alles erin definitief gewist, binnen hoogstens { $retention } dagen.
    }
privacy-delete-export-first = Eerst een kopie?
privacy-delete-export-link = Download je gegevens
privacy-delete-confirm = Ik begrijp dat mijn account en al zijn gegevens gewist worden.
privacy-delete-submit = Mijn account verwijderen
error-delete-confirm = Vink het vakje aan om te bevestigen.
notice-restricted = De verwerking is bevroren. Je gegevens blijven zichtbaar en exporteerbaar.
notice-unrestricted = De verwerking is hervat.
notice-objections-saved = Je keuzes zijn opgeslagen.
notice-deletion-cancelled = Welkom terug. De verwijdering van je account is geannuleerd.
notice-account-deletion-scheduled = Je account is uitgeschakeld en wordt gewist. We mailden je de datum; als je je voor die tijd aanmeldt, wordt de verwijdering geannuleerd.

## Account history entries
event-deletion-requested = Verwijdering van het account aangevraagd
event-deletion-cancelled = Verwijdering van het account geannuleerd door aan te melden
event-restricted = Verwerking bevroren
event-unrestricted = Verwerking hervat
event-objections-changed = Privacykeuzes gewijzigd
event-unsubscribed = Afgemeld voor productmails via de link in een mail

## One-click unsubscribe page
unsubscribe-title = Afmelden voor productmails
unsubscribe-lede = Met één klik stoppen productmails en tips aan dit account. Beveiligings- en accountmails komen nog wel.
unsubscribe-submit = Afmelden
unsubscribe-done = Je bent afgemeld. Je krijgt geen productmails meer.
unsubscribe-done-more = Je kunt dit, en je andere privacykeuzes, wijzigen in
unsubscribe-settings-link = Instellingen, Privacy.
unsubscribe-invalid = Deze afmeldlink is niet geldig. Misschien is hij niet volledig gekopieerd, of bestaat het account niet meer.
