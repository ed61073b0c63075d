### Policy pages: privacy, cookies, terms (Dutch).

policy-last-updated = Laatst bijgewerkt: { $date }

## Privacybeleid

privacy-title = Privacybeleid
privacy-intro = Dit beleid legt uit wat deze Offerline-dienst doet met informatie over jou: wat er wordt bewaard, waarom, wie het nog meer ziet, waar het staat, hoe lang, en hoe jij de controle houdt. Het beschrijft wat de software doet, en elk getal erin komt uit de eigen instellingen van de dienst.
privacy-controller-title = Wie is verantwoordelijk
privacy-controller-body = Offerline is software die iedereen kan draaien. De persoon of organisatie die deze dienst draait (de beheerder) is verwerkingsverantwoordelijke voor de gegevens erop. Met elke privacyvraag kun je de beheerder bereiken via { $contact }.
privacy-controller-body-unset = Offerline is software die iedereen kan draaien. De persoon of organisatie die deze dienst draait (de beheerder) is verwerkingsverantwoordelijke voor de gegevens erop. De beheerder heeft nog geen privacycontactadres gepubliceerd; gebruik het supportformulier hieronder, of bereik de beheerder via degene die je toegang tot deze dienst gaf.
privacy-support-body = Als je bent ingelogd, kun je de beheerder ook schrijven via het supportformulier in je instellingen. Je bericht wordt bij je account bewaard en je ziet de antwoorden daar.
privacy-support-link = Naar het supportformulier
privacy-collect-title = Wat er wordt verzameld
privacy-collect-account = Je account: je naam, je e-mailadres en je wachtwoord, dat alleen wordt bewaard als argon2id-hash die niet terug te rekenen is naar het wachtwoord. Daarbij de dag waarop je bevestigde dat je 18 of ouder bent, de beleidsversie die je accepteerde, je taal en of je e-mailadres bevestigd is.
privacy-collect-profile = Je profiel, als je het invult: telefoonnummer, plaats, regio en land, tijdzone, werkervaring, opleiding, vaardigheden en loopbaanwensen (gewenste functies en plaatsen, op afstand of op locatie, salarisrange, soorten banen).
privacy-collect-jobs = Je zoektocht naar werk: de borden, vacatures, bedrijven en notities die je toevoegt, en de geschiedenis van elke wijziging aan een sollicitatie, zodat je ziet hoe die verliep.
privacy-collect-documents = Je documenten, als je ze uploadt: cv's, motivatiebrieven en andere bestanden, elke versie die je bewaart, met de titel, soort, taal, labels en omschrijvingen die je ze geeft. Elk bestand wordt versleuteld (XChaCha20-Poly1305) voordat het wordt bewaard, met een sleutel uit de configuratie van de server, nooit uit de database.
privacy-collect-security = Beveiligingsgegevens: je ingelogde sessies (een hash van de sessiesleutel en de user agent van de browser, om je te tonen welke apparaten zijn ingelogd) en een geschiedenis van inlogs, mislukte pogingen en accountwijzigingen. Je IP-adres wordt daarbij niet bewaard; om misbruik te stoppen worden pogingen per netwerk geteld onder een versleutelde hash van het adres, en die tellers worden na een dag gewist.
privacy-collect-support = Supportberichten: wat je via het supportformulier schrijft, en de antwoorden.
privacy-collect-usage = Gebruiksgegevens, alleen als je analytics toestaat bij de cookiekeuze: bezochte pagina’s, gebruikte functies, hoe lang een bezoek en een paginaweergave duren, en de browserfamilie en -versie, het besturingssysteem en het soort apparaat, afgeleid uit de user agent van je browser. Je IP-adres wordt ingekort voordat het wordt bewaard (het laatste deel van een IPv4-adres, alles na de eerste 48 bits van een IPv6-adres). Gebruiksgegevens worden alleen als totaal bekeken.
privacy-collect-none = Er is geen reclame, geen tracker van derden en geen fingerprinting, en niets over jou wordt ooit verkocht.
privacy-use-title = Waarvoor het wordt gebruikt
privacy-use-body = Je gegevens worden gebruikt om je account te laten werken en je je eigen zoektocht te tonen, en voor niets anders. E-mails over je account (je adres bevestigen, je wachtwoord herstellen, beveiligingswaarschuwingen, wijzigingen in dit beleid, antwoorden op je supportberichten) worden altijd verstuurd; productnieuws en tips alleen zolang je die niet hebt uitgezet. Als je in je privacy-instellingen de verwerking beperkt, stoppen analytics en elke e-mail die niet nodig is om je account te laten werken.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline zet noodzakelijke cookies om je ingelogd te houden en je taal, thema en cookiekeuze te onthouden. Analytische cookies worden pas gezet nadat je ermee instemt, en je kunt die toestemming altijd intrekken. Het cookiebeleid noemt elke cookie, met doel en looptijd.
privacy-logs-title = Serverlogboeken
privacy-logs-body = Voor elk verzoek schrijft de server een technische logregel met de methode, het pad, de statuscode, de duur en een willekeurig verzoek-id. Je IP-adres, de querystring en je cookies worden niet gelogd. Deze regels gaan naar de uitvoer van de server, die de beheerder bewaart om problemen op te lossen.
privacy-staff-title = Toegang door medewerkers
privacy-staff-body = Supportmedewerkers en beheerders kunnen niet door je gegevens bladeren. Ze zien persoonsgegevens alleen via pagina’s die eerst om een reden vragen, zoals het openen van je supportticket, en elke zulke inzage komt in een auditlogboek: wie, wiens account, waarom en wanneer. Het logboek noemt je account alleen met een versleutelde hash. De reden staat er in de eigen woorden van de medewerker, zoals “ticket beantwoorden”; medewerkers wordt gevraagd op te schrijven waarom, nooit details over jou. Het logboek is het verslag van de beheerder over wie gegevens inzag en wordt dus niet met je account gewist: na het wissen identificeert niets erin jou nog, want de hash is dan niet meer naar je terug te leiden.
privacy-providers-title = Wie er nog meer gegevens ontvangt
privacy-providers-hosting = Hosting: de dienst draait op servers die de beheerder kiest; daar staan de database en de bestanden.
privacy-providers-email-relay = E-mail: berichten aan jou gaan naar de e-mailprovider van de beheerder, die je adres, je naam en het bericht ontvangt om het te bezorgen.
privacy-providers-email-local = E-mail: deze dienst gebruikt geen e-mailprovider; berichten worden als bestanden op de eigen server geschreven.
privacy-providers-support = Support: je supportberichten worden ook naar de supportinbox van de beheerder gemaild, zodat ze terechtkomen bij wie ze beantwoordt.
privacy-providers-none = AI en betalingen: deze dienst heeft geen AI-functies en neemt geen betalingen aan, dus geen AI-provider of betaalprovider ontvangt iets. Analytics blijft, als je die toestaat, op deze server.
privacy-location-title = Waar de gegevens staan
privacy-location-body = De gegevens van deze dienst worden gehost in { $location }, zoals de beheerder heeft gekozen. Lettertypen, scripts en alle andere bestanden komen van deze dienst zelf, dus als je hem gebruikt gaat er niets naar andere sites.
privacy-location-body-unset = De gegevens van deze dienst worden gehost waar de beheerder hem draait; de beheerder heeft de locatie nog niet vermeld. Lettertypen, scripts en alle andere bestanden komen van deze dienst zelf, dus als je hem gebruikt gaat er niets naar andere sites.
privacy-retention-title = Hoe lang gegevens worden bewaard
privacy-retention-body = Je gegevens worden bewaard zolang je je account houdt. Als je het verwijdert, wordt het account meteen uitgeschakeld en overal uitgelogd, en wordt alles erin gewist binnen { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }.
privacy-retention-grace = In de eerste { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } nadat je erom vraagt, maakt opnieuw inloggen de verwijdering ongedaan.
privacy-retention-usage = Losse gebruiksgebeurtenissen worden na { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } gewist; alleen anonieme dagtotalen blijven bewaard.
privacy-retention-other = Kopieën van verstuurde e-mails worden na 7 dagen gewist. Sessies eindigen als je uitlogt, of na een periode zonder gebruik. De voorkeurscookies blijven een jaar in je browser, tenzij je ze eerder verwijdert. Een kopie van je gegevens die voor download wordt klaargezet (bij grote accounts) wordt versleuteld bewaard tot je hem downloadt, en hoogstens 24 uur.
privacy-rights-title = Je rechten
privacy-rights-body = Onder de AVG heb je recht op inzage in je gegevens, op rectificatie en wissing, op beperking van of bezwaar tegen de verwerking, op overdraagbaarheid, en om een klacht in te dienen bij een toezichthouder. Het meeste doe je zelf: elk veld kun je corrigeren waar het staat, en in je instellingen kun je al je gegevens downloaden, analytics, AI-verwerking en productmails uitzetten, de verwerking beperken en je account verwijderen. Voor al het andere schrijf je naar het contactadres hierboven.
privacy-changes-title = Wijzigingen in dit beleid
privacy-changes-body = Als dit beleid, het cookiebeleid of de voorwaarden veranderen, wordt een nieuwe versie gepubliceerd met de dag waarop die ingaat en een samenvatting van de wijzigingen. Iedereen met een account krijgt een e-mail en ziet een melding in de app tot die gelezen is. Elke versie staat hieronder, en de datum bovenaan elke pagina is die van de geldende versie.

## Cookiebeleid

cookies-title = Cookiebeleid
cookies-intro = Een cookie is een klein tekstbestand dat een website in je browser opslaat. Offerline plaatst de cookies hieronder en geen andere. Essentiële cookies laten de site werken (inloggen, je taal en thema, je cookiekeuze) en vragen geen toestemming. De enige optionele cookie, voor gebruiksstatistieken op onze eigen server, wordt pas geplaatst nadat je statistieken toestaat, en verdwijnt als je die toestemming intrekt. Geen enkele cookie wordt met een ander bedrijf gedeeld, en je kunt ze allemaal op elk moment verwijderen via de instellingen van je browser.
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
cookies-lifetime-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}
cookie-offerline_consent-purpose = Onthoudt je cookiekeuze: of je gebruiksstatistieken toestaat, onder welke versie van het beleid en wanneer. Na zes maanden, of als het beleid verandert, vragen we het opnieuw.
cookie-offerline_sign_up-purpose = Alleen nadat je een account aanmaakt: een willekeurige waarde waarmee de bevestigingslink die we je mailen deze browser aanmeldt. Het wordt verwijderd zodra je de link gebruikt en duurt hooguit een dag.
cookie-offerline_typed-purpose = Alleen nadat een formulier is geweigerd: wat je erin typte (nooit een wachtwoord), zodat de pagina het naast de foutmelding opnieuw toont. Het wordt één keer gelezen en dan verwijderd, en duurt hooguit twee minuten.
cookie-offerline_visit-purpose = Alleen als je statistieken toestaat: een willekeurig bezoeknummer, zodat de statistieken kunnen meten hoe lang een bezoek duurt. Het bevat niets over jou, wordt bij elke pagina vernieuwd en vervalt na een half uur zonder pagina.

## Gebruiksvoorwaarden

terms-title = Gebruiksvoorwaarden
terms-intro = Deze voorwaarden gelden als je deze Offerline-dienst gebruikt. Lees ze samen met het privacybeleid en het cookiebeleid. Door een account aan te maken, ga je ermee akkoord.
terms-service-title = De dienst
terms-service-body = Offerline houdt je zoektocht naar werk bij: een webapp die je helpt je zoektocht overzichtelijk te houden op borden, met je bedrijven, sollicitaties en hun geschiedenis, en een profiel van je ervaring. Het is software die iedereen kan draaien, en deze dienst wordt aangeboden door de beheerder. Functies kunnen in de loop van de tijd worden toegevoegd of gewijzigd.
terms-age-title = Minimumleeftijd
terms-age-body = Je moet minstens 18 jaar oud zijn om Offerline te gebruiken. Een account waarvan blijkt dat het van iemand onder de 18 is, wordt verwijderd.
terms-account-title = Je account
terms-account-body = Houd je wachtwoord voor jezelf en je e-mailadres actueel: zo bereiken we je over je account. In je instellingen kun je alle apparaten tegelijk uitloggen, en je account op elk moment verwijderen.
terms-use-title = Gebruik van de dienst
terms-use-body = Gebruik Offerline wettig en respectvol. Probeer de dienst niet te verstoren of te overbelasten, en probeer geen toegang te krijgen tot delen of gegevens die niet voor jou bedoeld zijn. De beheerder kan de toegang beperken voor iedereen die deze dienst misbruikt.
terms-content-title = Jouw inhoud
terms-content-body = Wat je toevoegt, blijft van jou: de beheerder verwerkt het alleen om jou de dienst te leveren en claimt er geen rechten op. Je kunt het op elk moment allemaal downloaden. Je bent verantwoordelijk voor wat je toevoegt en voegt niets toe wat je niet mag delen.
terms-availability-title = Beschikbaarheid
terms-availability-body = Offerline wordt aangeboden zoals het is en zoals het beschikbaar is. De beheerder kan deze dienst op elk moment bijwerken, onderbreken of stoppen, en kan niet garanderen dat hij altijd beschikbaar of foutloos is. Bewaar een kopie van wat belangrijk voor je is; de download in je instellingen maakt dat makkelijk.
terms-liability-title = Aansprakelijkheid
terms-liability-body = Voor zover de wet het toestaat, is de beheerder niet aansprakelijk voor indirecte schade door je gebruik van Offerline of doordat de dienst niet beschikbaar is. Niets in deze voorwaarden beperkt aansprakelijkheid die wettelijk niet beperkt kan worden, of je rechten als consument.
terms-changes-title = Wijzigingen in deze voorwaarden
terms-changes-body = Als deze voorwaarden veranderen, wordt een nieuwe versie gepubliceerd met de dag waarop die ingaat en een samenvatting van de wijzigingen; je hoort het vooraf of op die dag per e-mail en in de app. Als je de dienst blijft gebruiken nadat een wijziging is ingegaan, gelden de nieuwe voorwaarden; ben je het er niet mee eens, dan kun je je account verwijderen.

## Versies (elke beleidspagina)
policy-changes-title = Versies
policy-change-effective = Geldig sinds { $date }
policy-change-upcoming = Gaat in op { $date }
policy-notice-title = Ons privacybeleid en onze voorwaarden hebben een nieuwe versie, geldig vanaf { $date }
policy-notice-read = Lees het privacybeleid
policy-notice-ok = Begrepen
