### Statistiques : ce que donne la recherche (français).

nav-insights = Statistiques
insights-title = Statistiques
insights-board = Tableau
insights-show = Afficher
insights-empty = Rien à compter pour l’instant : les statistiques apparaissent dès qu’un tableau contient des candidatures.
insights-empty-link = Aller à vos tableaux
insights-stat-tracked = Suivies
insights-stat-applied = Envoyées
insights-stat-response = Taux de réponse
insights-stat-open = En cours
insights-stat-won = Offres
insights-stat-lost = Closes
insights-response-help = Le taux de réponse est la part des candidatures qui ont dépassé l’étape « envoyée » : présélection, entretien ou offre.
insights-funnel = Entonnoir
insights-funnel-help = Chaque étape compte les candidatures arrivées au moins jusque-là, en pourcentage de toutes celles suivies.
insights-step-tracked = Suivies
insights-step-applied = Envoyées
insights-step-progressed = Ont avancé
insights-step-offer = Offre
insights-times = Temps par étape
insights-times-help = Médianes des passages terminés par un déplacement ; une candidature encore dans une étape compte dès qu’elle avance.
insights-stage = Étape
insights-median = Médiane
insights-stays = Déplacements comptés
insights-days = { $days ->
    [one] { $shown } jour
   *[other] { $shown } jours
}
insights-weekly = Candidatures par semaine
insights-weekly-label = { $count ->
    [one] { $count } candidature sur les 12 dernières semaines
   *[other] { $count } candidatures sur les 12 dernières semaines
}, { $week } cette semaine.
insights-weekly-help = Selon la date de candidature, semaines commençant le lundi, dans votre fuseau horaire.
insights-weekly-table = Voir les chiffres
insights-week = Semaine du
insights-applications = Candidatures
insights-week-tip = Semaine du { $date } : { $count ->
    [one] { $count } candidature
   *[other] { $count } candidatures
}
insights-date = { $day }/{ $month }
