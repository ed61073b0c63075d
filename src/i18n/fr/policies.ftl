### Policy pages: privacy, cookies, terms (French).

policy-last-updated = Dernière mise à jour : { $date }

## Politique de confidentialité

privacy-title = Politique de confidentialité
privacy-intro = Cette politique explique ce que ce service Offerline fait des informations qui vous concernent : ce qu’il conserve, pourquoi, qui d’autre les voit, où elles sont hébergées, combien de temps, et comment vous en gardez la maîtrise. Elle décrit ce que fait le logiciel, et chaque chiffre qu’elle donne vient des réglages du service lui-même.
privacy-controller-title = Qui est responsable
privacy-controller-body = Offerline est un logiciel que chacun peut faire tourner. La personne ou l’organisation qui exploite ce service (l’exploitant) est responsable du traitement des données qu’il contient. Pour toute question de confidentialité, vous pouvez joindre l’exploitant à { $contact }.
privacy-controller-body-unset = Offerline est un logiciel que chacun peut faire tourner. La personne ou l’organisation qui exploite ce service (l’exploitant) est responsable du traitement des données qu’il contient. L’exploitant n’a pas encore publié d’adresse de contact pour la confidentialité ; utilisez le formulaire d’assistance ci-dessous, ou passez par la personne qui vous a donné accès à ce service.
privacy-support-body = Une fois connecté, vous pouvez aussi écrire à l’exploitant depuis le formulaire d’assistance de vos paramètres. Votre message est conservé avec votre compte, et vous y lisez les réponses.
privacy-support-link = Ouvrir le formulaire d’assistance
privacy-collect-title = Ce qui est collecté
privacy-collect-account = Votre compte : votre nom, votre adresse e-mail et votre mot de passe, conservé uniquement sous forme d’empreinte argon2id, dont on ne peut pas retrouver le mot de passe. Avec lui, le jour où vous avez confirmé avoir 18 ans ou plus, la version des politiques que vous avez acceptée, votre langue et si votre adresse e-mail est confirmée.
privacy-collect-profile = Votre profil, si vous le remplissez : numéro de téléphone, ville, région et pays, fuseau horaire, expérience professionnelle, formation, compétences et souhaits de carrière (postes et lieux recherchés, télétravail ou sur site, fourchette de salaire, types de contrat).
privacy-collect-jobs = Votre recherche d’emploi : les tableaux, offres, entreprises et notes que vous ajoutez, et l’historique de chaque modification d’une candidature, pour que vous voyiez son parcours.
privacy-collect-documents = Vos documents, si vous les envoyez : CV, lettres de motivation et autres fichiers, chaque version que vous gardez, avec le titre, le type, la langue, les étiquettes et les libellés que vous leur donnez. Chaque fichier est chiffré (XChaCha20-Poly1305) avant d’être conservé, avec une clé tirée de la configuration du serveur, jamais de la base de données.
privacy-collect-security = Les traces de sécurité : vos sessions connectées (une empreinte de la clé de session et l’agent utilisateur du navigateur, pour vous montrer quels appareils sont connectés) et un historique des connexions, des tentatives échouées et des changements du compte. Votre adresse IP n’y est pas conservée ; pour stopper les abus, les tentatives sont comptées par réseau sous une empreinte à clé de l’adresse, et ces compteurs sont effacés au bout d’un jour.
privacy-collect-support = Les messages d’assistance : ce que vous écrivez dans le formulaire d’assistance, et les réponses.
privacy-collect-usage = Les données d’utilisation, seulement si vous acceptez la mesure d’audience dans votre choix de cookies : pages visitées, fonctions utilisées, durée d’une visite et d’une page vue, ainsi que la famille et la version du navigateur, le système d’exploitation et le type d’appareil tirés de l’agent utilisateur de votre navigateur. Votre adresse IP est tronquée avant d’être conservée (la dernière partie d’une adresse IPv4, tout ce qui suit les 48 premiers bits d’une adresse IPv6). Les données d’utilisation ne sont examinées que globalement.
privacy-collect-none = Il n’y a ni publicité, ni traceur tiers, ni prise d’empreinte du navigateur, et rien de ce qui vous concerne n’est jamais vendu.
privacy-use-title = À quoi elles servent
privacy-use-body = Vos données servent à faire fonctionner votre compte et à vous montrer votre propre recherche d’emploi, et à rien d’autre. Les e-mails liés à votre compte (confirmation d’adresse, réinitialisation du mot de passe, alertes de sécurité, changements de ces politiques, réponses à vos messages d’assistance) sont toujours envoyés ; les nouveautés et conseils seulement tant que vous ne les avez pas désactivés. Activer la limitation dans vos paramètres de confidentialité arrête la mesure d’audience et tout e-mail qui n’est pas nécessaire au fonctionnement de votre compte.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline dépose des cookies essentiels pour vous garder connecté et retenir votre langue, votre thème et votre choix de cookies. Les cookies de mesure d’audience ne sont déposés qu’après votre accord, que vous pouvez retirer à tout moment. La politique relative aux cookies les liste tous, avec leur finalité et leur durée.
privacy-logs-title = Journaux du serveur
privacy-logs-body = Pour chaque requête, le serveur écrit une ligne technique avec la méthode, le chemin, le code de réponse, la durée et un identifiant de requête aléatoire. Il n’enregistre ni votre adresse IP, ni la chaîne de requête, ni vos cookies. Ces lignes vont dans la sortie du serveur, que l’exploitant conserve pour résoudre les problèmes.
privacy-staff-title = Accès du personnel
privacy-staff-body = L’équipe d’assistance et les administrateurs de l’exploitant ne peuvent pas parcourir vos données. Ils ne voient des données personnelles qu’au travers de pages qui leur demandent d’abord un motif, comme l’ouverture de votre ticket d’assistance, et chacun de ces accès est inscrit dans un journal d’audit : qui, quel compte, pourquoi et quand. Le journal ne désigne votre compte que par une empreinte à clé. Le motif est formulé par le membre du personnel lui-même, par exemple « répondre au ticket » ; il lui est demandé d’écrire pourquoi, jamais des détails vous concernant. Le journal est le registre de l’exploitant sur les accès aux données : il n’est donc pas effacé avec votre compte, mais après l’effacement plus rien n’y permet de vous identifier, puisque l’empreinte ne peut plus être rattachée à vous.
privacy-providers-title = Qui d’autre reçoit des données
privacy-providers-hosting = Hébergement : le service tourne sur des serveurs choisis par son exploitant, qui héberge la base de données et les fichiers.
privacy-providers-email-relay = E-mail : les messages qui vous sont destinés sont remis au fournisseur de messagerie de l’exploitant, qui reçoit votre adresse, votre nom et le message pour le distribuer.
privacy-providers-email-local = E-mail : ce service n’utilise aucun fournisseur de messagerie ; les messages sont écrits dans des fichiers sur son propre serveur.
privacy-providers-support = Assistance : vos messages d’assistance sont aussi envoyés par e-mail à la boîte d’assistance de l’exploitant, pour parvenir à la personne qui y répond.
privacy-providers-none = IA et paiements : ce service n’a pas de fonctions d’IA et n’encaisse aucun paiement ; aucun fournisseur d’IA ni de paiement ne reçoit donc quoi que ce soit. La mesure d’audience, si vous l’acceptez, reste sur ce serveur.
privacy-location-title = Où les données sont hébergées
privacy-location-body = Lieu d’hébergement des données de ce service, choisi par son exploitant : { $location }. Les polices, les scripts et tous les autres fichiers sont servis par ce service lui-même : l’utiliser n’envoie rien à d’autres sites.
privacy-location-body-unset = Les données de ce service sont hébergées là où son exploitant le fait tourner ; l’exploitant n’a pas encore indiqué le lieu. Les polices, les scripts et tous les autres fichiers sont servis par ce service lui-même : l’utiliser n’envoie rien à d’autres sites.
privacy-retention-title = Durée de conservation
privacy-retention-body = Vos données sont conservées tant que vous gardez votre compte. Quand vous le supprimez, le compte est désactivé et déconnecté partout immédiatement, et tout ce qu’il contient est effacé sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
privacy-retention-grace = Pendant { $days ->
        [one] le premier jour
       *[other] les { $days } premiers jours
    } après votre demande, vous reconnecter annule la suppression.
privacy-retention-usage = Les événements d’utilisation bruts sont effacés au bout de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; seuls des totaux quotidiens anonymes sont gardés.
privacy-retention-other = Les copies des e-mails envoyés sont effacées au bout de 7 jours. Les sessions prennent fin quand vous vous déconnectez, ou après une période sans utilisation. Les cookies de préférence restent un an dans votre navigateur, sauf si vous les supprimez avant. Une copie de vos données préparée pour le téléchargement (pour les comptes volumineux) est conservée chiffrée jusqu’à ce que vous la téléchargiez, et 24 heures au plus.
privacy-rights-title = Vos droits
privacy-rights-body = Le RGPD vous donne le droit d’accéder à vos données, de les rectifier et de les effacer, de limiter leur traitement ou de vous y opposer, de les emporter, et d’introduire une réclamation auprès d’une autorité de contrôle. Vous faites l’essentiel vous-même : chaque champ se corrige là où il est affiché, et vos paramètres vous permettent de télécharger toutes vos données, de désactiver la mesure d’audience, le traitement par IA et les e-mails de nouveautés, de limiter le traitement et de supprimer votre compte. Pour tout le reste, écrivez au contact indiqué plus haut.
privacy-changes-title = Modifications de cette politique
privacy-changes-body = Quand cette politique, la politique relative aux cookies ou les conditions changent, une nouvelle version est publiée avec le jour de son entrée en vigueur et un résumé des changements. Chaque titulaire d’un compte est prévenu par e-mail et voit un avis dans l’application jusqu’à ce qu’il l’ait lu. Toutes les versions sont listées ci-dessous, et la date en haut de chaque page est celle de la version en vigueur.

## Politique relative aux cookies

cookies-title = Politique relative aux cookies
cookies-intro = Un cookie est un petit fichier texte qu’un site web enregistre dans votre navigateur. Offerline dépose les cookies listés ci-dessous, et aucun autre. Les cookies essentiels font fonctionner le site (connexion, langue et thème, votre choix en matière de cookies) et ne demandent pas de consentement. Le seul cookie optionnel, pour la mesure d’audience sur notre propre serveur, n’est déposé qu’après que vous l’avez autorisée, et il est supprimé si vous retirez votre accord. Aucun cookie n’est partagé avec une autre entreprise, et vous pouvez tous les supprimer à tout moment dans les réglages de votre navigateur.
cookies-col-name = Nom
cookies-col-purpose = Finalité
cookies-col-lifetime = Durée de vie
cookies-col-kind = Type
cookies-essential = Essentiel
cookies-optional = Optionnel
cookies-lifetime-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
cookie-offerline_locale-purpose = Mémorise la langue d’interface que vous avez choisie.
cookie-offerline_theme-purpose = Mémorise le thème de couleurs que vous avez choisi : clair, sombre ou celui de votre système.
cookie-offerline_session-purpose = Vous garde connecté. Il contient une clé aléatoire, rien sur vous. Sans « Se souvenir de moi », il disparaît à la fermeture du navigateur ; sinon il dure jusqu’à la déconnexion ou l’expiration de la session.
cookies-lifetime-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
cookie-offerline_consent-purpose = Mémorise votre choix en matière de cookies : si vous autorisez la mesure d’audience, sous quelle version de la politique et quand. Au bout de six mois, ou si la politique change, la question vous est reposée.
cookie-offerline_sign_up-purpose = Seulement après la création d’un compte : une valeur aléatoire qui permet au lien de confirmation que nous vous envoyons de connecter ce navigateur. Il est supprimé dès que vous utilisez le lien et dure un jour au plus.
cookie-offerline_typed-purpose = Seulement après le refus d’un formulaire : ce que vous y avez saisi (jamais un mot de passe), pour que la page l’affiche de nouveau à côté de l’erreur. Il est lu une fois puis supprimé, et dure deux minutes au plus.
cookie-offerline_visit-purpose = Seulement si vous avez autorisé la mesure d’audience : un numéro de visite aléatoire, pour mesurer la durée d’une visite. Il ne contient rien sur vous, est renouvelé à chaque page et expire après une demi-heure sans page.

## Conditions d’utilisation

terms-title = Conditions d’utilisation
terms-intro = Ces conditions s’appliquent lorsque vous utilisez ce service Offerline. Lisez-les avec la politique de confidentialité et la politique relative aux cookies. En créant un compte, vous les acceptez.
terms-service-title = Le service
terms-service-body = Offerline est un outil de suivi de recherche d’emploi : une application web qui vous aide à organiser votre recherche sur des tableaux, avec vos entreprises, vos candidatures et leur historique, et un profil de votre expérience. C’est un logiciel que chacun peut faire tourner, et ce service est fourni par son exploitant. Des fonctions peuvent être ajoutées ou modifiées au fil du temps.
terms-age-title = Âge minimum
terms-age-body = Vous devez avoir au moins 18 ans pour utiliser Offerline. Un compte dont il s’avère qu’il appartient à une personne de moins de 18 ans est supprimé.
terms-account-title = Votre compte
terms-account-body = Gardez votre mot de passe pour vous et votre adresse e-mail à jour : c’est par elle que nous vous joignons au sujet de votre compte. Vous pouvez déconnecter tous vos appareils d’un coup depuis vos paramètres, et supprimer votre compte à tout moment.
terms-use-title = Utilisation du service
terms-use-body = Utilisez Offerline de manière légale et respectueuse. N’essayez pas de perturber ou de surcharger le service, ni d’accéder à des parties ou à des données qui ne vous sont pas destinées. L’exploitant peut restreindre l’accès de toute personne qui abuse de ce service.
terms-content-title = Votre contenu
terms-content-body = Ce que vous ajoutez reste à vous : l’exploitant ne le traite que pour vous fournir le service et ne revendique aucun droit dessus. Vous pouvez tout télécharger à tout moment. Vous êtes responsable de ce que vous ajoutez et ne devez rien ajouter que vous n’avez pas le droit de partager.
terms-availability-title = Disponibilité
terms-availability-body = Offerline est fourni tel quel et selon sa disponibilité. L’exploitant peut mettre à jour, suspendre ou arrêter ce service à tout moment, et ne peut pas garantir qu’il sera toujours disponible ou exempt d’erreurs. Gardez une copie de ce qui compte pour vous ; le téléchargement dans vos paramètres le rend facile.
terms-liability-title = Responsabilité
terms-liability-body = Dans les limites permises par la loi, l’exploitant n’est pas responsable des pertes ou dommages indirects liés à votre utilisation d’Offerline ou à l’indisponibilité du service. Rien dans ces conditions ne limite une responsabilité que la loi ne permet pas de limiter, ni vos droits de consommateur.
terms-changes-title = Modifications de ces conditions
terms-changes-body = Quand ces conditions changent, une nouvelle version est publiée avec le jour de son entrée en vigueur et un résumé des changements ; vous en êtes informé par e-mail et dans l’application, à l’avance ou le jour même. Si vous continuez à utiliser le service après l’entrée en vigueur d’un changement, les nouvelles conditions s’appliquent ; si vous n’êtes pas d’accord, vous pouvez supprimer votre compte.

## Versions (chaque page de politique)
policy-changes-title = Versions
policy-change-effective = En vigueur depuis le { $date }
policy-change-upcoming = Entre en vigueur le { $date }
policy-notice-title = Notre politique de confidentialité et nos conditions ont une nouvelle version, en vigueur à partir du { $date }
policy-notice-read = Lire la politique de confidentialité
policy-notice-ok = J’ai compris
