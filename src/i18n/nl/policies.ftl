### Policy pages: privacy, cookies, terms (Dutch).

policy-last-updated = Laatst bijgewerkt: { $date }

## Privacybeleid

privacy-title = Privacybeleid
privacy-intro = In dit beleid lees je wat deze Offerline-installatie doet met gegevens over jou. Kort gezegd: er wordt vandaag niets over jou in de database opgeslagen, er zijn geen trackingcookies en er gaat niets naar derden.
privacy-controller-title = Wie is verantwoordelijk
privacy-controller-body = Offerline is software die iedereen zelf kan draaien. De persoon of organisatie die deze installatie draait (de beheerder) is de verwerkingsverantwoordelijke voor de gegevens die erop staan. Heb je een vraag over privacy, dan kun je de beheerder bereiken via { $contact }.
privacy-controller-body-unset = Offerline is software die iedereen kan draaien. De persoon of organisatie die deze installatie beheert (de beheerder) is verwerkingsverantwoordelijke voor de gegevens erop. De beheerder heeft nog geen contactadres voor privacyvragen gepubliceerd; je bereikt de beheerder via wie je toegang tot deze installatie gaf.
privacy-collect-title = Wat er wordt verzameld
privacy-collect-body = Offerline heeft nog geen gebruikersaccounts en slaat niets over bezoekers op in de database. Het gaat alleen om de twee voorkeurscookies in je eigen browser, als je een taal of thema kiest, en om de technische logregels die hieronder worden beschreven en waarin geen IP-adres staat. Er zijn geen analysetools, geen advertenties en geen trackingscripts, en er wordt niet aan fingerprinting gedaan.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline kan twee essentiële cookies plaatsen, en alleen als je zelf een voorkeur kiest: de ene onthoudt je interfacetaal, de andere je kleurthema. Er zijn geen analytische cookies, advertentiecookies of cookies van derden. Alle details vind je op de pagina over het cookiebeleid.
privacy-logs-title = Serverlogs
privacy-logs-body = Bij elk verzoek schrijft de server een technische logregel met de methode, het pad, de statuscode, de duur en een willekeurige verzoek-ID. Je IP-adres en je cookies worden niet gelogd. Deze regels gaan naar de uitvoer van de server, die de beheerder bewaart om problemen op te sporen en op te lossen.
privacy-location-title = Waar de gegevens staan
privacy-location-body = De gegevens van deze installatie worden gehost in { $location }, zoals gekozen door de beheerder. Offerline doet geen verzoeken aan derden: lettertypen, scripts en alle andere bestanden komen rechtstreeks van deze installatie zelf.
privacy-location-body-unset = De gegevens van deze installatie staan waar de beheerder haar draait; de beheerder heeft die locatie nog niet vermeld. Offerline doet geen verzoeken aan derden: lettertypen, scripts en alle andere bestanden komen van deze installatie zelf.
privacy-retention-title = Hoe lang gegevens worden bewaard
privacy-retention-body = Offerline heeft nog geen gebruikersaccounts, dus er zijn ook geen accountgegevens om te bewaren. Zodra er accounts komen, worden de persoonsgegevens van een verwijderd account binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } gewist. De twee voorkeurscookies blijven een jaar in je browser staan, tenzij je ze eerder verwijdert.
privacy-rights-title = Jouw rechten
privacy-rights-body = Volgens de AVG heb je recht op inzage, rectificatie en wissing van je persoonsgegevens, op beperking van en bezwaar tegen de verwerking, op overdraagbaarheid van je gegevens en op het indienen van een klacht bij een toezichthoudende autoriteit. Omdat er vandaag niets over jou wordt opgeslagen behalve de twee cookies in je eigen browser, kun je die cookies op elk moment zelf in je browser verwijderen. Met al je vragen kun je terecht bij het contactadres hierboven.
privacy-changes-title = Wijzigingen in dit beleid
privacy-changes-body = Voordat Offerline een nieuw soort gegevens gaat verzamelen, wordt dit beleid bijgewerkt en krijgt het een nieuwe datum van laatste wijziging. Aan de datum bovenaan deze pagina zie je altijd wanneer het voor het laatst is aangepast.

## Cookiebeleid

cookies-title = Cookiebeleid
cookies-intro = Een cookie is een klein tekstbestand dat een website in je browser opslaat. Offerline gebruikt alleen de twee essentiële cookies hieronder en plaatst ze pas als je zelf een voorkeur kiest. Ze blijven in je browser, worden nooit gebruikt om je te volgen en je kunt ze op elk moment verwijderen via de instellingen van je browser.
cookies-col-name = Naam
cookies-col-purpose = Doel
cookies-col-lifetime = Looptijd
cookies-col-kind = Soort
cookies-essential = Essentieel
cookies-optional = Optioneel
cookies-lifetime-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}
cookie-offerline_locale-purpose = Onthoudt de interfacetaal die je hebt gekozen.
cookie-offerline_theme-purpose = Onthoudt welk kleurthema je hebt gekozen: licht, donker of dat van je systeem.
cookie-offerline_session-purpose = Houdt je ingelogd. Bevat een willekeurige sleutel, niets over jou. Zonder „Onthoud mij” verdwijnt hij als je de browser sluit; anders blijft hij tot je uitlogt of de sessie verloopt.
cookies-no-optional = Er zijn vandaag geen optionele of analytische cookies. Mocht dat ooit veranderen, dan wordt het je eerst gevraagd, en is weigeren net zo makkelijk als accepteren.

## Gebruiksvoorwaarden

terms-title = Gebruiksvoorwaarden
terms-intro = Deze voorwaarden gelden als je deze Offerline-installatie gebruikt. Lees ze samen met het privacybeleid en het cookiebeleid. Door de dienst te gebruiken, ga je ermee akkoord.
terms-service-title = De dienst
terms-service-body = Offerline is een tracker voor je zoektocht naar werk: een webapp die je helpt om overzicht te houden tijdens het solliciteren. Het is software die iedereen kan draaien, en deze installatie wordt aangeboden door de beheerder. Offerline heeft nog geen gebruikersaccounts, en functies kunnen in de loop van de tijd worden toegevoegd of gewijzigd.
terms-age-title = Minimumleeftijd
terms-age-body = Je moet minstens 18 jaar oud zijn om Offerline te gebruiken. Ben je jonger dan 18, gebruik de dienst dan niet.
terms-use-title = Gebruik van de dienst
terms-use-body = Gebruik Offerline op een wettige en respectvolle manier. Probeer de dienst niet te verstoren of te overbelasten, en probeer geen toegang te krijgen tot onderdelen die niet voor jou bedoeld zijn. De beheerder kan de toegang beperken voor iedereen die deze installatie misbruikt.
terms-content-title = Jouw inhoud
terms-content-body = Op dit moment slaat Offerline op deze installatie niets op van wat je invoert. Zodra dat wel gebeurt, blijft wat je toevoegt van jou: de beheerder verwerkt het alleen om de dienst aan jou te leveren en claimt er geen rechten op. Je bent zelf verantwoordelijk voor wat je toevoegt en voegt niets toe wat je niet mag delen.
terms-availability-title = Beschikbaarheid
terms-availability-body = Offerline wordt aangeboden zoals het is en voor zover het beschikbaar is. De beheerder kan deze installatie op elk moment bijwerken, onderbreken of stopzetten en kan niet garanderen dat ze altijd beschikbaar of foutloos is.
terms-liability-title = Aansprakelijkheid
terms-liability-body = Voor zover de wet dat toestaat, is de beheerder niet aansprakelijk voor indirecte schade die voortvloeit uit je gebruik van Offerline of uit het niet beschikbaar zijn van de dienst. Niets in deze voorwaarden beperkt een aansprakelijkheid die wettelijk niet mag worden beperkt, of je rechten als consument.
terms-changes-title = Wijzigingen in deze voorwaarden
terms-changes-body = Deze voorwaarden kunnen veranderen naarmate Offerline zich verder ontwikkelt, bijvoorbeeld wanneer er accounts komen. Als dat gebeurt, wordt de datum bovenaan deze pagina bijgewerkt. Blijf je de dienst daarna gebruiken, dan gelden de nieuwe voorwaarden.
