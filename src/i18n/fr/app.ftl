### Interface text (French).

## Cadre de la page
nav-skip = Aller au contenu
nav-legal = Informations légales
nav-privacy = Confidentialité
nav-cookies = Cookies
nav-terms = Conditions
locale-label = Langue
locale-apply = Changer
theme-label = Thème de couleurs
theme-system = Utiliser le thème du système
theme-light = Thème clair
theme-dark = Thème sombre

## Accueil
home-title = Menez votre recherche d’emploi comme un projet, pas comme une pile d’onglets
home-lede = Offerline réunit chaque opportunité et chaque entreprise sur un seul tableau, avec l’historique de chaque candidature et les chiffres de toute votre recherche. Vos données restent les vôtres : privées par défaut, exportables en un clic, et vous pouvez héberger Offerline vous-même.
home-preview-applied = Candidature envoyée
home-preview-interviewing = Entretiens
home-preview-offer = Offre
home-features-title = Tout ce qu’il faut pour votre recherche, au même endroit
home-feature-boards-title = Tableaux de suivi
home-feature-boards-body = Faites glisser chaque opportunité de la liste de souhaits jusqu’à l’offre. Voyez où en est chaque candidature, ce qui a changé et ce qui demande une relance.
home-feature-import-title = Reprenez votre tableur
home-feature-import-body = Importez le CSV d’un tableur ou d’un autre outil de suivi : vous vérifiez la correspondance des colonnes avant tout ajout, et les doublons vous sont signalés.
home-feature-documents-title = Chaque version de votre CV
home-feature-documents-body = Envoyez vos CV et lettres de motivation (PDF, Word, OpenDocument, RTF, texte ou Markdown), gardez chaque version avec un libellé, comme l’entreprise à laquelle elle est partie, et retéléchargez-les quand vous voulez. Les fichiers sont chiffrés avant d’être conservés.
home-feature-insights-title = Statistiques
home-feature-insights-body = Taux de réponse, temps passé à chaque étape et nombre de candidatures par semaine : vous voyez ce qui fonctionne et où concentrer votre énergie.
home-privacy-title = La confidentialité dès la conception
home-privacy-body = Aucun traceur tiers, aucune publicité, rien n’est vendu. Une mesure d’audience uniquement si vous l’acceptez, des documents et des exports préparés chiffrés au repos, et des données que vous pouvez télécharger ou supprimer quand vous le voulez.
home-privacy-link = Lire la politique de confidentialité
home-selfhost-title = À héberger vous-même
home-selfhost-body = Offerline se lance avec une seule commande sur votre propre machine, avec une base de données intégrée et rien d’autre à installer. Les équipes peuvent aussi le faire fonctionner avec PostgreSQL et un stockage objet.

## Page introuvable
not-found-title = Page introuvable
not-found-body = Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien contient une faute de frappe.
not-found-home = Aller à la page d’accueil


## Erreurs
error-unauthorized = Veuillez vous connecter pour continuer.
error-forbidden = Vous n’avez pas accès à ce contenu.
error-not-found = Nous n’avons pas trouvé ce que vous avez demandé.
error-validation = Certains champs nécessitent votre attention.
error-conflict = Cet élément a été modifié entre-temps. Rechargez la page et réessayez.
error-rate-limited = Trop de tentatives. Veuillez patienter un instant, puis réessayer.
error-internal = Une erreur s’est produite de notre côté. Elle a été enregistrée.
error-transport = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
error-malformed = Le serveur n’a pas pu lire cette requête : il y manque quelque chose, ou un élément n’a pas la forme attendue. Rechargez la page et réessayez.
error-too-large = Cette requête est trop volumineuse : un formulaire peut envoyer au plus { $megabytes } Mo.
error-choice-invalid = Choisissez l’une des options proposées.
error-reference = Référence : { $id }
