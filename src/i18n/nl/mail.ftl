### Email text (Dutch). Each message is built from these strings into a
### plain-text part and an HTML part; links are added by the code, never
### written into a translation.

## Gedeeld door alle berichten
mail-greeting = Hallo { $name },
mail-greeting-plain = Hallo,
mail-action-text = { $label }:
mail-link-fallback = Werkt de knop niet? Kopieer dan dit adres naar je browser:
mail-footer = Deze e-mail over je account is automatisch verstuurd door Offerline. Antwoorden op dit adres worden niet gelezen.
mail-address-invalid = Dit e-mailadres is niet geldig.

## E-mailadres bevestigen (nieuw account)
mail-verify-subject = Bevestig je e-mailadres voor Offerline
mail-verify-intro = Welkom bij Offerline! Bevestig dat dit je e-mailadres is, dan is je account klaar voor gebruik.
mail-verify-action = Mijn e-mailadres bevestigen
mail-verify-ignore = Heb je je niet aangemeld bij Offerline? Dan kun je deze e-mail gewoon negeren.

## Wachtwoord opnieuw instellen
mail-reset-subject = Stel een nieuw wachtwoord in voor Offerline
mail-reset-intro = We hebben een verzoek ontvangen om het wachtwoord van je Offerline-account opnieuw in te stellen. Kies een nieuw wachtwoord via de knop hieronder.
mail-reset-action = Nieuw wachtwoord kiezen
mail-reset-expiry =
    { $minutes ->
        [one] Deze link verloopt over { $minutes } minuut.
       *[other] Deze link verloopt over { $minutes } minuten.
    }
mail-reset-ignore = Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.

## E-mailadres wijzigen, naar het nieuwe adres
mail-change-confirm-subject = Bevestig je nieuwe e-mailadres
mail-change-confirm-intro = Je hebt gevraagd om { $new_email } te gebruiken als e-mailadres van je Offerline-account. Bevestig dat dit adres van jou is om de wijziging af te ronden.
mail-change-confirm-action = Nieuw adres bevestigen
mail-change-confirm-ignore = Heb je hier niet om gevraagd? Dan kun je deze e-mail negeren: je account houdt het huidige adres.

## E-mailadres gewijzigd, melding naar het oude adres
mail-changed-subject = Het e-mailadres van je Offerline-account is gewijzigd
mail-changed-body = Het e-mailadres van je Offerline-account is nu { $new_email }. Voortaan sturen we e-mails over je account naar dat adres.
mail-changed-warning = Heb je dit niet zelf gedaan? Dan heeft iemand anders misschien toegang tot je account. Neem meteen contact op met de beheerder van deze Offerline-dienst.

## Wachtwoord gewijzigd
mail-password-changed-subject = Je Offerline-wachtwoord is gewijzigd
mail-password-changed-body = Het wachtwoord van je Offerline-account is zojuist gewijzigd. Heb je dat zelf gedaan, dan hoef je verder niets te doen.
mail-password-changed-warning = Was jij het niet? Stel dan meteen een nieuw wachtwoord in via de inlogpagina en laat het de beheerder van deze Offerline-dienst weten.

## Account geblokkeerd na mislukte inlogpogingen
mail-in-use-subject = Iemand probeerde je adres te gebruiken bij Offerline
mail-in-use-sign-up = Iemand probeerde zojuist een Offerline-account aan te maken met dit e-mailadres. Er hoort al een account bij, dus er is niets aangemaakt en er is niets aan je account veranderd.
mail-in-use-email-change = Iemand die bij een ander Offerline-account is aangemeld, probeerde dat account zojuist naar dit e-mailadres te verhuizen. Er hoort al een account bij, dus er is niets veranderd.
mail-in-use-self = Was jij dat? Meld je dan aan bij je bestaande account, of kies een nieuw wachtwoord als je het vergeten bent:
mail-in-use-sign-in = Aanmelden
mail-in-use-reset = Nieuw wachtwoord kiezen
mail-in-use-ignore = Was jij het niet? Dan kun je deze e-mail negeren: de pagina die ze gebruikten, heeft niet verteld dat er een account bij dit adres hoort.

mail-locked-subject = Je Offerline-account is tijdelijk geblokkeerd
mail-locked-body =
    { $minutes ->
        [one] Na meerdere mislukte inlogpogingen hebben we je account voor de zekerheid { $minutes } minuut geblokkeerd.
       *[other] Na meerdere mislukte inlogpogingen hebben we je account voor de zekerheid { $minutes } minuten geblokkeerd.
    }
mail-locked-self = Was jij dat? Dan kun je het na afloop opnieuw proberen, of nu al een nieuw wachtwoord kiezen:
mail-locked-action = Nieuw wachtwoord kiezen
mail-locked-warning = Was jij het niet? Dan probeert iemand misschien je wachtwoord te raden. Met een nieuw, sterk wachtwoord blijft je account veilig.

## Een nieuwe versie van het beleid
mail-policy-subject = Het privacybeleid en de voorwaarden van Offerline veranderen
mail-policy-intro = We hebben een nieuwe versie gepubliceerd van het privacybeleid, het cookiebeleid en de voorwaarden van deze Offerline-dienst. Die gaat in op { $date }. Wat er verandert:
mail-policy-action = Lees het privacybeleid
mail-policy-note = Als je de volgende keer inlogt, zie je ook een korte melding over deze wijziging. Verder hoef je niets te doen.

## Supportticket, naar de supportinbox
mail-support-new-subject = Nieuw supportticket { $reference }
mail-support-reply-subject = Nieuwe reactie op supportticket { $reference }
mail-support-subject-line = Onderwerp: { $subject }
mail-support-in-app = Het bericht blijft in Offerline: open het ticket om het te lezen.
mail-support-action = Beantwoorden in Offerline
mail-support-audit = Wie het ticket in Offerline opent, moet een reden opgeven; die komt in het auditlogboek.

## Support heeft geantwoord, naar de eigenaar van het ticket
mail-support-replied-subject = Offerline-support heeft je bericht beantwoord
mail-support-replied-intro = Support heeft gereageerd op “{ $subject }”:
mail-support-replied-action = Lezen en reageren

## Account deletion scheduled
mail-deletion-subject = Je Offerline-account wordt verwijderd
mail-deletion-body = Zoals je vroeg, is je Offerline-account nu uitgeschakeld en ben je overal afgemeld. Op { $date } wissen we je account en alles erin: borden, kaarten, bedrijven, profiel en geschiedenis.
mail-deletion-cancel = Bedacht? Meld je voor die datum aan met je wachtwoord en de verwijdering wordt geannuleerd.
mail-deletion-action = Aanmelden en mijn account houden
mail-deletion-warning = Heb je hier niet om gevraagd? Meld je nu aan, wijzig je wachtwoord en neem contact op met de beheerder van deze Offerline-dienst.

## Getting-started tips (product email)
mail-tips-subject = Drie manieren om meer uit Offerline te halen
mail-tips-intro = Welkom. Een paar dingen die mensen in hun eerste week handig vinden:
mail-tips-board = Zet elke kans op een bord en sleep de kaart mee van gesolliciteerd naar gesprek naar aanbod.
mail-tips-import = Houd je vacatures al bij in een spreadsheet? Importeer de CSV in één keer in een bord.
mail-tips-insights = Inzichten laat zien waar sollicitaties blijven hangen en hoe lang elke fase duurt.
mail-tips-action = Mijn borden openen
mail-tips-why = Je krijgt deze e-mail omdat productmails aanstaan voor je account. Je zet ze uit in Instellingen, Privacy, of met één klik:
mail-tips-unsubscribe = Afmelden voor productmails

## Export klaar
mail-export-subject = Je Offerline-export staat klaar
mail-export-body = De kopie van je gegevens waar je om vroeg staat klaar: één ZIP-bestand met alles wat Offerline over je bewaart. Open de link hieronder terwijl je bent aangemeld bij Offerline om het te downloaden.
mail-export-action = Mijn gegevens downloaden
mail-export-expires = De link werkt één keer, tot { $expires }. Daarna wordt het bestand verwijderd; je kunt een nieuwe export aanvragen via Instellingen, Jouw gegevens.
mail-export-warning = Heb je hier niet om gevraagd? Wijzig dan je wachtwoord: misschien is iemand anders aangemeld op je account.
