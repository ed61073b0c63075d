### Inzichten: wat de zoektocht oplevert (Nederlands).

nav-insights = Inzichten
insights-title = Inzichten
insights-board = Bord
insights-show = Tonen
insights-empty = Nog niets te tellen: inzichten verschijnen zodra er sollicitaties op een bord staan.
insights-empty-link = Naar je borden
insights-stat-tracked = Gevolgd
insights-stat-applied = Gesolliciteerd
insights-stat-response = Reactiegraad
insights-stat-open = Lopend
insights-stat-won = Aanbiedingen
insights-stat-lost = Afgesloten
insights-response-help = De reactiegraad is het deel van de sollicitaties dat voorbij de fase 'gesolliciteerd' kwam: naar een screening, een gesprek of een aanbod.
insights-funnel = Trechter
insights-funnel-help = Elke stap telt de sollicitaties die minstens zo ver kwamen, in procent van alle gevolgde.
insights-step-tracked = Gevolgd
insights-step-applied = Gesolliciteerd
insights-step-progressed = Doorgegaan
insights-step-offer = Aanbod
insights-times = Tijd per fase
insights-times-help = Medianen van de periodes die eindigden met een verplaatsing; een sollicitatie die nog in een fase staat, telt mee zodra ze verder gaat.
insights-stage = Fase
insights-median = Mediaan
insights-stays = Verplaatsingen geteld
insights-days = { $days ->
    [one] { $shown } dag
   *[other] { $shown } dagen
}
insights-weekly = Sollicitaties per week
insights-weekly-label = { $count ->
    [one] 1 sollicitatie in de laatste 12 weken
   *[other] { $count } sollicitaties in de laatste 12 weken
}, { $week } deze week.
insights-weekly-help = Volgens sollicitatiedatum, weken vanaf maandag, in jouw tijdzone.
insights-weekly-table = Toon de cijfers
insights-week = Week van
insights-applications = Sollicitaties
insights-week-tip = Week van { $date }: { $count ->
    [one] 1 sollicitatie
   *[other] { $count } sollicitaties
}
insights-date = { $day }-{ $month }
