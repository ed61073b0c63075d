### Supporttickets (P12) en de medewerkerspagina’s voor support en beleidsversies (Nederlands).

## Instellingen: contactformulier en tickets
settings-support = Support
support-contact-title = Contact met support
support-contact-lede = Stel een vraag of meld een probleem. Je bericht wordt bij je account bewaard, en de antwoorden vind je hier en in je e-mail.
support-field-subject = Onderwerp
support-field-message = Bericht
support-send = Naar support sturen
support-tickets-title = Je berichten aan support
support-tickets-empty = Je hebt support nog niet geschreven.
support-ticket-ref = Ticket { $reference }
support-updated = laatste activiteit { $when }
support-status-open = Wacht op support
support-status-answered = Beantwoord
support-status-closed = Gesloten
support-back = Al je berichten aan support
support-author-you = Jij
support-author-staff = Support
support-reply-title = Reageren
support-reply-send = Reactie sturen
support-closed-lede = Dit ticket is gesloten. Als je opnieuw schrijft, gaat het weer open.
support-close = Dit ticket sluiten
support-messages-count = { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    }
notice-ticket-sent = Je bericht is naar support gestuurd.
notice-reply-sent = Je reactie is verstuurd.
notice-ticket-closed = Het ticket is gesloten.

## Medewerkers: supportwachtrij
admin-back = Terug naar de medewerkerstools
admin-support-title = Supporttickets
admin-support-lede = Tickets staan hier zonder onderwerp of naam. Een ticket openen toont persoonsgegevens, dus eerst wordt gevraagd waarom; je reden komt in het auditlogboek.
admin-support-queue = Wachtrij
admin-support-empty = Nog geen tickets.
admin-support-back = Terug naar de wachtrij
admin-support-reason-title = Waarom open je dit ticket?
admin-support-reason-lede = Het auditlogboek bewaart wie het opende, van wie het is, je reden en wanneer. De persoon kan zien dat een medewerker zijn gegevens heeft ingezien. Schrijf op waarom je het opent (bijvoorbeeld “ticket beantwoorden”), geen details over de persoon: de reden blijft in het logboek staan nadat het account is gewist.
admin-support-reason = Reden
admin-support-open = Ticket openen
admin-support-from = Van { $name }
admin-support-reply-send = Antwoord sturen
audit-support-ticket-viewed = Heeft een supportticket geopend
audit-support-ticket-replied = Heeft een supportticket beantwoord
audit-support-ticket-closed = Heeft een supportticket gesloten

## Medewerkers: beleidsversies
admin-policies-title = Beleidsversies
admin-policies-notified = { $count } van { $total } gebruikers ingelicht
admin-policies-publish-title = Een nieuwe versie publiceren
admin-policies-publish-lede = Publiceer zodra het nieuwe privacybeleid, cookiebeleid en de voorwaarden klaarstaan. Elke gebruiker krijgt een e-mail in zijn taal en ziet een melding in de app tot hij die bevestigt.
admin-policies-version = Versie
admin-policies-version-hint = Letters, cijfers, punten en streepjes, bijvoorbeeld 2027-01-15.
admin-policies-effective = Gaat in op
admin-policies-summary-en = Wat er verandert (Engels)
admin-policies-summary-nl = Wat er verandert (Nederlands, optioneel)
admin-policies-summary-fr = Wat er verandert (Frans, optioneel)
admin-policies-publish = Publiceren en iedereen inlichten
notice-policy-published = De nieuwe versie is gepubliceerd. De gebruikers krijgen een e-mail.
error-policy-version = Gebruik hooguit 40 letters, cijfers, punten, streepjes of lage streepjes.
error-policy-version-taken = Deze versie bestaat al.
error-policy-effective = Vul een dag in als jaar-maand-dag.
error-policy-effective-order = Een nieuwe versie kan niet ingaan vóór de nieuwste.
