### Interface text (Dutch).

## Paginakader
nav-skip = Direct naar de inhoud
nav-legal = Juridisch
nav-privacy = Privacy
nav-cookies = Cookies
nav-terms = Voorwaarden
locale-label = Taal
locale-apply = Wijzigen
theme-label = Kleurthema
theme-system = Systeemthema gebruiken
theme-light = Licht thema
theme-dark = Donker thema

## Startpagina
home-title = Pak je zoektocht naar werk aan als een project, niet als een stapel tabbladen
home-lede = Offerline zet elke kans en elk bedrijf op één bord, met de geschiedenis van elke sollicitatie en de cijfers van je hele zoektocht. Je gegevens blijven van jou: standaard privé, met één klik te exporteren, en je kunt Offerline ook zelf draaien.
home-preview-applied = Gesolliciteerd
home-preview-interviewing = In gesprek
home-preview-offer = Aanbod
home-features-title = Alles wat je zoektocht nodig heeft, op één plek
home-feature-boards-title = Sollicitatieborden
home-feature-boards-body = Sleep elke kans van verlanglijst naar aanbod. Zie hoe elke sollicitatie ervoor staat, wat er is veranderd en waar je nog op moet terugkomen.
home-feature-import-title = Neem je spreadsheet mee
home-feature-import-body = Importeer de CSV van een spreadsheet of van een andere tracker: je controleert hoe de kolommen worden gekoppeld voordat er iets wordt toegevoegd, en dubbele kaarten worden aangewezen.
home-feature-documents-title = Elke versie van je cv
home-feature-documents-body = Upload je cv's en motivatiebrieven (PDF, Word, OpenDocument, RTF, tekst of Markdown), bewaar elke versie met een label, zoals het bedrijf waar ze naartoe ging, en download ze wanneer je wilt. Bestanden worden versleuteld voordat ze worden bewaard.
home-feature-insights-title = Inzichten
home-feature-insights-body = Reactiepercentages, de tijd in elke fase en het aantal sollicitaties per week laten zien wat werkt en waar je je energie het best in kunt steken.
home-privacy-title = Privacy als uitgangspunt
home-privacy-body = Geen trackers van derden, geen advertenties, er wordt niets verkocht. Gebruiksstatistieken alleen als je ja zegt, documenten en voorbereide exports versleuteld opgeslagen, en je gegevens kun je downloaden of verwijderen wanneer je maar wilt.
home-privacy-link = Lees het privacybeleid
home-selfhost-title = Host het zelf
home-selfhost-body = Offerline draait met één commando op je eigen computer, met een ingebouwde database en verder niets om te installeren. Teams kunnen het in plaats daarvan op PostgreSQL en objectopslag draaien.

## Niet gevonden
not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat niets. Misschien is de pagina verplaatst, of zit er een typfout in de link.
not-found-home = Naar de startpagina


## Foutmeldingen
error-unauthorized = Log in om verder te gaan.
error-forbidden = Je hebt hier geen toegang toe.
error-not-found = We konden niet vinden wat je zocht.
error-validation = Sommige velden vragen je aandacht.
error-conflict = Dit is intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.
error-rate-limited = Te veel pogingen. Wacht even en probeer het opnieuw.
error-internal = Er ging bij ons iets mis. Dit is vastgelegd.
error-transport = We konden de server niet bereiken. Controleer je verbinding en probeer het opnieuw.
error-malformed = De server kon dit verzoek niet lezen: er ontbreekt iets, of iets staat niet in de verwachte vorm. Laad de pagina opnieuw en probeer het nog eens.
error-too-large = Dit verzoek is te groot: een formulier kan hoogstens { $megabytes } MB versturen.
error-choice-invalid = Kies een van de aangeboden opties.
error-reference = Referentie: { $id }
