### Pipelineborden: borden, fases, kaarten, bedrijven (Nederlands).

nav-boards = Borden
nav-breadcrumbs = Kruimelpad
boards-title = Borden
boards-none = Nog geen borden. Begin er hieronder een: een naam volstaat.
boards-card-count = { $count ->
    [one] 1 sollicitatie
   *[other] { $count } sollicitaties
}
boards-archived = { $count ->
    [one] 1 gearchiveerd bord
   *[other] { $count } gearchiveerde borden
}
boards-archived-badge = Gearchiveerd
boards-restore = Terugzetten
boards-all = Alle borden
boards-new = Nieuw bord
boards-create = Bord maken
notice-board-deleted = Het bord en alles erop is verwijderd.
field-board-name = Naam van het bord
field-board-template = Beginnen met
template-job-search = Zoektocht naar werk
template-job-search-stages = Verlanglijst, Gesolliciteerd, Screening, Gesprekken, Aanbod, Afgewezen, Geen reactie
template-simple = Eenvoudig
template-simple-stages = Verlanglijst, Gesolliciteerd, Gesprek, Aanbod
template-empty = Leeg
template-empty-stages = Geen fases: voeg je eigen toe.

## Fases uit de sjablonen
stage-wishlist = Verlanglijst
stage-applied = Gesolliciteerd
stage-screening = Screening
stage-interviewing = Gesprekken
stage-interview = Gesprek
stage-offer = Aanbod
stage-rejected = Afgewezen
stage-ghosted = Geen reactie

## Het bord
board-columns = Fases
board-count = { $count ->
    [one] 1 sollicitatie
   *[other] { $count } sollicitaties
}
board-filter = Het bord filteren
board-filter-text = Zoeken
board-filter-any = Alle
board-filter-apply = Filteren
board-filter-clear = Filters wissen
field-tag = Label
field-work-mode = Werkvorm
board-add-title = Functietitel
board-add = Toevoegen
board-move-to = Verplaatsen naar
board-move = Verplaatsen
board-move-card = Een kaart verplaatsen
field-card = Kaart
board-deadline = Deadline { $date }
board-excitement = { $count ->
    [one] Enthousiasme: 1 van 5
   *[other] Enthousiasme: { $count } van 5
}
board-handle = “{ $title }” verplaatsen
board-drag-help = Om een kaart met het toetsenbord te verplaatsen: druk op Spatie op de greep, gebruik de pijltjestoetsen en druk op Spatie om ze neer te zetten of Escape om te annuleren.
board-lifted = “{ $title }” opgepakt. Verplaats met de pijltjestoetsen, Spatie zet neer, Escape annuleert.
board-position = { $stage }, { $position } van { $count }
board-dropped = “{ $title }” neergezet in { $where }.
board-move-cancelled = Verplaatsing geannuleerd; de kaart staat weer op haar plaats.
board-move-failed = De kaart kon niet worden verplaatst; het bord toont ze waar ze bewaard is.
board-settings = Instellingen van het bord
board-rename = Naam en hint bij geen reactie
board-archive = Het bord archiveren
board-delete = Het bord verwijderen
board-delete-warning = Dit verwijdert het bord, de fases en elke sollicitatie erop, met hun geschiedenis. Dit kan niet ongedaan worden gemaakt.
board-delete-confirm = Ik begrijp dat dit niet ongedaan kan worden gemaakt.

## Fases
stage-settings = Instellingen van { $stage }
stage-add = Een fase toevoegen
field-stage-name = Naam van de fase
field-stage-color = Kleur
field-stage-kind = Telt als
stage-kind-open = Lopend
stage-kind-won = Aanbod (gewonnen)
stage-kind-lost = Afgesloten (verloren)
field-stage-marks-applied = Deze fase zet de sollicitatiedatum
stage-move-left = Naar links
stage-move-right = Naar rechts
field-stage-move-cards = Sollicitaties verplaatsen naar
stage-delete = De fase verwijderen
color-slate = Leigrijs
color-blue = Blauw
color-teal = Blauwgroen
color-green = Groen
color-amber = Amber
color-orange = Oranje
color-red = Rood
color-purple = Paars
color-pink = Roze

## Een kaart
card-details = Gegevens
card-panel-close = Sluiten
card-archived = Gearchiveerd
card-archive = Archiveren
card-restore = Terugzetten
notice-card-saved = De sollicitatie is bewaard.
field-job-url = Link naar de vacature
field-location = Plaats
field-job-type = Soort baan
field-source = Bron
field-deadline = Deadline
field-applied-on = Gesolliciteerd op
field-excitement = Enthousiasme
field-tags = Labels
field-tags-hint = Gescheiden door komma's.
field-notes = Notities

## Tijdlijn
timeline-title = Tijdlijn
timeline-created = Toegevoegd
timeline-archived = Gearchiveerd
timeline-restored = Teruggezet
timeline-stage = Verplaatst van { $from } naar { $to }
timeline-field = { $field } gewijzigd in { $value }
timeline-field-cleared = { $field } gewijzigd
timeline-field-title = Titel
timeline-field-company = Bedrijf
timeline-field-job-url = Vacaturelink
timeline-field-location = Plaats
timeline-field-work-mode = Werkvorm
timeline-field-salary-min = Minimumsalaris
timeline-field-salary-max = Maximumsalaris
timeline-field-salary-currency = Munt
timeline-field-salary-period = Salarisperiode
timeline-field-job-type = Soort baan
timeline-field-source = Bron
timeline-field-deadline = Deadline
timeline-field-applied-on = Sollicitatiedatum
timeline-field-excitement = Enthousiasme
timeline-field-tags = Labels
timeline-field-description = Beschrijving
timeline-field-notes = Notities

## Bedrijven
company-details = Gegevens van het bedrijf
company-applications = Sollicitaties
notice-company-saved = Het bedrijf is bewaard.
field-website = Website
field-industry = Sector
field-company-size = Grootte

## Fouten
error-url-invalid = Geef een webadres dat begint met http:// of https://.
error-date-invalid = Geef een datum als jaar-maand-dag.
error-excitement-invalid = Kies van 1 tot 5.
error-confirm-required = Vink het vakje aan om te bevestigen.
error-company-exists = Je hebt al een bedrijf met deze naam.

## Hint bij geen reactie
field-ghost-days = Geen reactie na (dagen)
field-ghost-days-hint = Kaarten waarop je solliciteerde en die zo lang niet veranderden, krijgen een hint.
board-ghosted = { $days ->
    [one] Al 1 dag geen nieuws.
   *[other] Al { $days } dagen geen nieuws.
}
board-ghosted-move = Naar { $stage }

## Dubbels
board-duplicate = Toegevoegd, maar deze vacature staat al op { $board }:
board-duplicate-plain = Toegevoegd, maar deze vacature staat al op een van je borden.
board-duplicate-open = De eerdere kaart openen

## Lijstweergave
board-view = Weergave
board-view-board = Bord
board-view-list = Lijst
list-caption = De sollicitaties van het bord, één per rij
list-stage = Fase
list-salary = Salaris

board-export = CSV exporteren

## CSV import
board-import = CSV importeren
import-title = Sollicitaties importeren uit een CSV-bestand
import-lede = Haal de sollicitaties binnen die u elders bijhoudt. Exports van Huntr, Teal en Offerline worden zo herkend; bij elk ander bestand kiest u welke kolom welk veld vult voordat er iets wordt geïmporteerd.
import-file = CSV-bestand
import-file-hint = Gescheiden door komma’s of puntkomma’s, met eerst een kopregel, zoals elk rekenblad het opslaat. Tot 2.000 rijen, 100 kolommen en 2 MB.
import-upload = Uploaden en controleren
import-file-summary = { $file }: { $rows ->
    [one] één rij
   *[other] { $rows } rijen
}
import-mapping-title = Kolommen
import-mapping-lede = Elke kolom van het bestand vult het veld dat ernaast gekozen is. Pas een keuze aan en controleer opnieuw.
import-column = Kolom in het bestand
import-field = Vult
import-examples = Voorbeelden
import-leave-out = (Weglaten)
import-check = Opnieuw controleren
import-ready-title = Klaar om te importeren
import-ready = { $good } van { $rows } rijen kunnen worden geïmporteerd. Rijen met problemen worden overgeslagen; de andere worden geïmporteerd.
import-run = { $good ->
    [one] Eén sollicitatie importeren
   *[other] { $good } sollicitaties importeren
}
import-done = { $imported ->
    [0] Er is geen sollicitatie geïmporteerd.
    [one] Er is één sollicitatie geïmporteerd.
   *[other] Er zijn { $imported } sollicitaties geïmporteerd.
}
import-skipped = { $skipped ->
    [one] Eén rij is overgeslagen:
   *[other] { $skipped } rijen zijn overgeslagen:
}
import-line = Regel { $line }:
import-open-board = Het bord openen
import-field-title = Functietitel
import-field-company = Bedrijf
import-field-stage = Fase
import-field-job-url = Link naar de vacature
import-field-description = Omschrijving
import-field-location = Locatie
import-field-work-mode = Werkvorm
import-field-salary = Salaris (een bereik in één cel)
import-field-salary-min = Minimumsalaris
import-field-salary-max = Maximumsalaris
import-field-salary-currency = Valuta
import-field-salary-period = Salarisperiode
import-field-job-type = Soort baan
import-field-source = Bron
import-field-deadline = Deadline
import-field-applied-on = Gesolliciteerd op
import-field-excitement = Enthousiasme
import-field-tags = Labels
import-field-notes = Notities
import-field-archived = Gearchiveerd
error-import-no-file = Kies een CSV-bestand om te uploaden.
error-import-too-large = Dit bestand is groter dan 2 MB.
error-import-encoding = Offerline kan de tekst in dit bestand niet lezen. Sla het in je rekenblad opnieuw op als CSV en upload het.
error-import-not-csv = Dit bestand kan niet als CSV worden gelezen.
error-import-empty = Dit bestand heeft geen rijen onder de kopregel.
error-import-too-many-rows = Dit bestand heeft meer dan 2.000 rijen. Splits het en importeer de delen één voor één.
error-import-too-many-columns = Dit bestand heeft meer dan 100 kolommen, dus het is geen lijst met sollicitaties. Exporteer alleen de sollicitaties en probeer het opnieuw.
error-import-mapping-invalid = De kolommen zijn veranderd. Controleer de indeling opnieuw.
error-import-field-twice = Twee kolommen vullen hetzelfde veld. Laat er één weg.
error-import-title-unmapped = Kies de kolom met de functietitel.
error-import-no-stages = Dit bord heeft nog geen fasen. Voeg er eerst een toe.
error-import-running = Dit bestand wordt op dit moment geïmporteerd. Wacht even en open dan het bord.
import-dates-title = Datums
import-dates-detected = Volgens de datums in dit bestand { $order ->
    [month-first] komt de maand eerst.
   *[day-first] komt de dag eerst.
}
import-dates-example = Zo wordt { $cell } gelezen als { $date }.
import-date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
import-dates-order = In datums in cijfers
import-dates-day-first = Komt de dag eerst, zoals in 31-12-2026
import-dates-month-first = Komt de maand eerst, zoals in 12/31/2026
import-statuses-title = Statussen
import-statuses-lede = De rijen van elke status gaan naar de fase die ernaast is gekozen: eerst de fase met dezelfde naam of betekenis, anders de eerste fase van het bord.
import-status = Status in het bestand
import-status-count = Rijen
import-status-stage = Gaat naar
import-status-none = (Geen status)
import-status-rows = { $rows ->
    [one] één rij
   *[other] { $rows } rijen
}
import-statuses-unlisted = { $count ->
    [one] Eén andere status staat niet in de lijst: de rijen ervan gaan naar de fase met dezelfde naam of betekenis, anders naar de eerste fase van het bord.
   *[other] { $count } andere statussen staan niet in de lijst: de rijen ervan gaan naar de fase met dezelfde naam of betekenis, anders naar de eerste fase van het bord.
}
import-stopped-title = De import is halverwege gestopt
import-stopped = Een import van dit bestand stopte na { $done } van de { $rows } rijen; { $imported ->
    [one] er werd één sollicitatie geïmporteerd.
   *[other] er werden { $imported } sollicitaties geïmporteerd.
} Opnieuw importeren gaat verder vanaf de volgende rij, met de keuzes waarmee hij begon.
import-resume = De rest importeren
error-import-date-order = Kies of de dag of de maand eerst komt in de datums.
error-import-stage-unknown = Een fase die voor een status is gekozen, staat niet op dit bord (misschien is ze verwijderd). Kies de fases opnieuw.
error-import-statuses-changed = De statussen zijn veranderd. Controleer de koppeling opnieuw.
