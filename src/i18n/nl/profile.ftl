### Profiel: persoonlijke gegevens, werkervaring, opleiding, vaardigheden, loopbaan (Nederlands).

settings-profile = Profiel
profile-lede = Alles hier kun je op elk moment verbeteren. Alleen jij ziet het.
profile-save = Opslaan
profile-delete = Verwijderen
profile-edit = Bewerken
profile-present = heden
profile-none-yet = Nog niets toegevoegd.
notice-profile-saved = Je profiel is opgeslagen.

## Persoonlijke gegevens
profile-personal-title = Persoonlijke gegevens
profile-email-note = Je e-mailadres wijzig je op het tabblad Account, met een bevestigingslink.
profile-email-change = E-mailadres wijzigen
field-phone = Telefoonnummer
profile-phone-hint = Met landcode (+32 …), of een nationaal nummer van het land hieronder.
field-city = Plaats
field-region = Regio of provincie
field-country = Land
profile-country-none = Niet ingevuld
field-time-zone = Tijdzone
profile-time-zone-hint = Begin te typen om te zoeken, bijvoorbeeld Europe/Brussels.
field-locale = Taal van de interface
profile-locale-none = Zoals gekozen onderaan de pagina

## Werkervaring
profile-experience-title = Werkervaring
profile-experience-add = Een baan toevoegen
field-job-title = Functie
field-company = Bedrijf
field-start-month = Begin (JJJJ-MM)
field-end-month = Einde (JJJJ-MM)
field-current-job = Ik werk hier nu
field-description = Beschrijving

## Opleiding
profile-education-title = Opleiding
profile-education-add = Opleiding toevoegen
field-school = School
field-degree = Diploma
field-study-field = Studierichting
field-end-month-optional = Einde (JJJJ-MM, leeg zolang je studeert)

## Vaardigheden
profile-skills-title = Vaardigheden
field-skill = Vaardigheid
profile-skill-add = Vaardigheid toevoegen
profile-skill-remove = { $name } verwijderen

## Loopbaanwensen
profile-career-title = Loopbaanwensen
field-desired-titles = Gewenste functies
field-desired-locations = Gewenste locaties
profile-list-hint = Scheid met komma's, hoogstens 10.
profile-work-modes = Manieren van werken
work-mode-remote = Op afstand
work-mode-hybrid = Hybride
work-mode-on-site = Op locatie
profile-job-types = Soorten werk
job-type-full-time = Voltijds
job-type-part-time = Deeltijds
job-type-contract = Tijdelijk contract
job-type-internship = Stage
job-type-freelance = Freelance
field-salary-min = Minimumloon
field-salary-max = Maximumloon
field-salary-currency = Munt
field-salary-period = Per
profile-salary-none = Niet ingevuld
salary-period-hour = uur
salary-period-day = dag
salary-period-month = maand
salary-period-year = jaar
field-notice-weeks = Opzegtermijn (weken)

## Fouten
error-too-long = Gebruik hoogstens { $max } tekens.
error-text-invalid = Verwijder de stuurtekens.
error-month-invalid = Schrijf een maand als JJJJ-MM, bijvoorbeeld 2024-03.
error-end-before-start = Het einde kan niet voor het begin liggen.
error-end-or-current = Geef een eindmaand, of vink aan dat je hier nu werkt.
error-country-unknown = Kies een land uit de lijst.
error-time-zone-unknown = Kies een tijdzone uit de lijst.
error-phone-invalid = Dit is geen geldig telefoonnummer. Voeg de landcode toe, of kies je land.
error-currency-unknown = Kies een muntcode zoals EUR of USD.
error-number-invalid = Geef een geheel getal binnen het toegestane bereik.
error-salary-range = Het maximum kan niet lager zijn dan het minimum.
error-too-many = Er staan hier te veel items.
error-skill-exists = Deze vaardigheid heb je al.
