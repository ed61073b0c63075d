### Tableaux de suivi : tableaux, étapes, cartes, entreprises (français).

nav-boards = Tableaux
nav-breadcrumbs = Fil d’Ariane
boards-title = Tableaux
boards-none = Pas encore de tableau. Commencez-en un ci-dessous : un nom suffit.
boards-card-count = { $count ->
    [one] 1 candidature
   *[other] { $count } candidatures
}
boards-archived = { $count ->
    [one] 1 tableau archivé
   *[other] { $count } tableaux archivés
}
boards-archived-badge = Archivé
boards-restore = Restaurer
boards-all = Tous les tableaux
boards-new = Nouveau tableau
boards-create = Créer le tableau
notice-board-deleted = Le tableau et tout son contenu ont été supprimés.
field-board-name = Nom du tableau
field-board-template = Commencer avec
template-job-search = Recherche d’emploi
template-job-search-stages = Envies, Postulé, Présélection, Entretiens, Offre, Refusé, Sans réponse
template-simple = Simple
template-simple-stages = Envies, Postulé, Entretien, Offre
template-empty = Vide
template-empty-stages = Aucune étape : ajoutez les vôtres.

## Étapes créées par les modèles
stage-wishlist = Envies
stage-applied = Postulé
stage-screening = Présélection
stage-interviewing = Entretiens
stage-interview = Entretien
stage-offer = Offre
stage-rejected = Refusé
stage-ghosted = Sans réponse

## Le tableau
board-columns = Étapes
board-count = { $count ->
    [one] 1 candidature
   *[other] { $count } candidatures
}
board-filter = Filtrer le tableau
board-filter-text = Rechercher
board-filter-any = Tous
board-filter-apply = Filtrer
board-filter-clear = Effacer les filtres
field-tag = Étiquette
field-work-mode = Mode de travail
board-add-title = Intitulé du poste
board-add = Ajouter
board-move-to = Déplacer vers
board-move = Déplacer
board-move-card = Déplacer une carte
field-card = Carte
board-deadline = Date limite { $date }
board-excitement = { $count ->
    [one] Enthousiasme : 1 sur 5
   *[other] Enthousiasme : { $count } sur 5
}
board-handle = Déplacer « { $title } »
board-drag-help = Pour déplacer une carte au clavier : appuyez sur Espace sur sa poignée, utilisez les flèches, puis Espace pour la déposer ou Échap pour annuler.
board-lifted = « { $title } » saisie. Déplacez-la avec les flèches, Espace pour la déposer, Échap pour annuler.
board-position = { $stage }, { $position } sur { $count }
board-dropped = « { $title } » déposée dans { $where }.
board-move-cancelled = Déplacement annulé ; la carte est revenue à sa place.
board-move-failed = La carte n’a pas pu être déplacée ; le tableau la montre là où elle est enregistrée.
board-settings = Réglages du tableau
board-rename = Nom et indice « sans réponse »
board-archive = Archiver le tableau
board-delete = Supprimer le tableau
board-delete-warning = Cela supprime le tableau, ses étapes et toutes ses candidatures, avec leur historique. C’est irréversible.
board-delete-confirm = Je comprends que c’est irréversible.

## Étapes
stage-settings = Réglages de { $stage }
stage-add = Ajouter une étape
field-stage-name = Nom de l’étape
field-stage-color = Couleur
field-stage-kind = Compte comme
stage-kind-open = En cours
stage-kind-won = Offre (gagné)
stage-kind-lost = Clos (perdu)
field-stage-marks-applied = Entrer dans cette étape fixe la date de candidature
stage-move-left = Vers la gauche
stage-move-right = Vers la droite
field-stage-move-cards = Déplacer ses candidatures vers
stage-delete = Supprimer l’étape
color-slate = Ardoise
color-blue = Bleu
color-teal = Sarcelle
color-green = Vert
color-amber = Ambre
color-orange = Orange
color-red = Rouge
color-purple = Violet
color-pink = Rose

## Une carte
card-details = Détails
card-panel-close = Fermer
card-archived = Archivée
card-archive = Archiver
card-restore = Restaurer
notice-card-saved = La candidature a été enregistrée.
field-job-url = Lien vers l’offre
field-location = Lieu
field-job-type = Type de poste
field-source = Source
field-deadline = Date limite
field-applied-on = Candidature le
field-excitement = Enthousiasme
field-tags = Étiquettes
field-tags-hint = Séparées par des virgules.
field-notes = Notes

## Historique
timeline-title = Historique
timeline-created = Ajoutée
timeline-archived = Archivée
timeline-restored = Restaurée
timeline-stage = Déplacée de { $from } vers { $to }
timeline-field = { $field } : { $value }
timeline-field-cleared = { $field } modifié
timeline-field-title = Intitulé
timeline-field-company = Entreprise
timeline-field-job-url = Lien de l’offre
timeline-field-location = Lieu
timeline-field-work-mode = Mode de travail
timeline-field-salary-min = Salaire minimum
timeline-field-salary-max = Salaire maximum
timeline-field-salary-currency = Devise
timeline-field-salary-period = Période du salaire
timeline-field-job-type = Type de poste
timeline-field-source = Source
timeline-field-deadline = Date limite
timeline-field-applied-on = Date de candidature
timeline-field-excitement = Enthousiasme
timeline-field-tags = Étiquettes
timeline-field-description = Description
timeline-field-notes = Notes

## Entreprises
company-details = Informations sur l’entreprise
company-applications = Candidatures
notice-company-saved = L’entreprise a été enregistrée.
field-website = Site web
field-industry = Secteur
field-company-size = Taille

## Erreurs
error-url-invalid = Saisissez une adresse web commençant par http:// ou https://.
error-date-invalid = Saisissez une date au format année-mois-jour.
error-excitement-invalid = Choisissez de 1 à 5.
error-confirm-required = Cochez la case pour confirmer.
error-company-exists = Vous avez déjà une entreprise de ce nom.

## Indice « sans réponse »
field-ghost-days = Sans réponse après (jours)
field-ghost-days-hint = Les candidatures envoyées restées inchangées aussi longtemps affichent un indice.
board-ghosted = { $days ->
    [one] Aucune nouvelle depuis 1 jour.
   *[other] Aucune nouvelle depuis { $days } jours.
}
board-ghosted-move = Déplacer vers { $stage }

## Doublons
board-duplicate = Ajoutée, mais cette offre figure déjà sur { $board } :
board-duplicate-plain = Ajoutée, mais cette offre figure déjà sur l’un de vos tableaux.
board-duplicate-open = Ouvrir la carte précédente

## Vue en liste
board-view = Affichage
board-view-board = Tableau
board-view-list = Liste
list-caption = Les candidatures du tableau, une par ligne
list-stage = Étape
list-salary = Salaire

board-export = Exporter en CSV

## CSV import
board-import = Importer un CSV
import-title = Importer des candidatures depuis un fichier CSV
import-lede = Reprenez les candidatures que vous suivez ailleurs. Les exports de Huntr, Teal et Offerline sont reconnus tels quels ; pour tout autre fichier, vous choisissez quelle colonne remplit quel champ avant toute importation.
import-file = Fichier CSV
import-file-hint = Séparé par des virgules ou des points-virgules, avec une ligne d’en-tête, tel que l’enregistre tout tableur. Jusqu’à 2 000 lignes, 100 colonnes et 2 Mo.
import-upload = Envoyer et vérifier
import-file-summary = { $file } : { $rows ->
    [one] une ligne
   *[other] { $rows } lignes
}
import-mapping-title = Colonnes
import-mapping-lede = Chaque colonne du fichier remplit le champ choisi à côté. Modifiez un choix, puis vérifiez à nouveau.
import-column = Colonne du fichier
import-field = Remplit
import-examples = Exemples
import-leave-out = (Ignorer)
import-check = Vérifier à nouveau
import-ready-title = Prêt à importer
import-ready = { $good } lignes sur { $rows } peuvent être importées. Les lignes à problème sont ignorées ; les autres sont importées.
import-run = { $good ->
    [one] Importer une candidature
   *[other] Importer { $good } candidatures
}
import-done = { $imported ->
    [0] Aucune candidature n’a été importée.
    [one] Une candidature a été importée.
   *[other] { $imported } candidatures ont été importées.
}
import-skipped = { $skipped ->
    [one] Une ligne a été ignorée :
   *[other] { $skipped } lignes ont été ignorées :
}
import-line = Ligne { $line } :
import-open-board = Ouvrir le tableau
import-field-title = Intitulé du poste
import-field-company = Entreprise
import-field-stage = Étape
import-field-job-url = Lien vers l’offre
import-field-description = Description
import-field-location = Lieu
import-field-work-mode = Mode de travail
import-field-salary = Salaire (une fourchette dans une cellule)
import-field-salary-min = Salaire minimum
import-field-salary-max = Salaire maximum
import-field-salary-currency = Devise
import-field-salary-period = Période du salaire
import-field-job-type = Type de contrat
import-field-source = Source
import-field-deadline = Date limite
import-field-applied-on = Candidature le
import-field-excitement = Enthousiasme
import-field-tags = Étiquettes
import-field-notes = Notes
import-field-archived = Archivée
error-import-no-file = Choisissez un fichier CSV à envoyer.
error-import-too-large = Ce fichier dépasse 2 Mo.
error-import-encoding = Offerline ne peut pas lire le texte de ce fichier. Enregistrez-le de nouveau en CSV depuis votre tableur et envoyez-le.
error-import-not-csv = Ce fichier ne peut pas être lu comme un CSV.
error-import-empty = Ce fichier n’a aucune ligne sous sa ligne d’en-tête.
error-import-too-many-rows = Ce fichier dépasse 2 000 lignes. Découpez-le et importez les parties une à une.
error-import-too-many-columns = Ce fichier a plus de 100 colonnes : ce n’est donc pas une liste de candidatures. Exportez seulement les candidatures et réessayez.
error-import-mapping-invalid = Les colonnes ont changé. Vérifiez à nouveau la correspondance.
error-import-field-twice = Deux colonnes remplissent le même champ. Ignorez-en une.
error-import-title-unmapped = Choisissez la colonne qui contient l’intitulé du poste.
error-import-no-stages = Ce tableau n’a pas encore d’étape. Ajoutez-en une d’abord.
error-import-running = Ce fichier est en cours d’import. Patientez un instant, puis ouvrez le tableau.
import-dates-title = Dates
import-dates-detected = D’après les dates de ce fichier, { $order ->
    [month-first] le mois vient en premier.
   *[day-first] le jour vient en premier.
}
import-dates-example = Par exemple, { $cell } est lu comme le { $date }.
import-date = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
import-dates-order = Dans les dates écrites en chiffres
import-dates-day-first = Le jour vient en premier, comme dans 31/12/2026
import-dates-month-first = Le mois vient en premier, comme dans 12/31/2026
import-statuses-title = Statuts
import-statuses-lede = Les lignes de chaque statut vont dans l’étape choisie en regard : d’abord l’étape de même nom ou de même sens, sinon la première étape du tableau.
import-status = Statut dans le fichier
import-status-count = Lignes
import-status-stage = Va dans
import-status-none = (Sans statut)
import-status-rows = { $rows ->
    [one] une ligne
   *[other] { $rows } lignes
}
import-statuses-unlisted = { $count ->
    [one] Un autre statut n’est pas listé : ses lignes vont dans l’étape de même nom ou de même sens, sinon dans la première étape du tableau.
   *[other] { $count } autres statuts ne sont pas listés : leurs lignes vont dans l’étape de même nom ou de même sens, sinon dans la première étape du tableau.
}
import-stopped-title = L’import s’est arrêté en cours de route
import-stopped = Un import de ce fichier s’est arrêté après { $done } lignes sur { $rows } ; { $imported ->
    [one] une candidature a été importée.
   *[other] { $imported } candidatures ont été importées.
} Importer à nouveau reprend à la ligne suivante, avec les choix du début.
import-resume = Importer le reste
error-import-date-order = Indiquez si le jour ou le mois vient en premier dans les dates.
error-import-stage-unknown = Une étape choisie pour un statut n’est pas sur ce tableau (elle a peut-être été supprimée). Choisissez à nouveau les étapes.
error-import-statuses-changed = Les statuts ont changé. Vérifiez à nouveau la correspondance.
