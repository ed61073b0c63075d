### Policy pages: privacy, cookies, terms (French).

policy-last-updated = Dernière mise à jour : { $date }

## Politique de confidentialité

privacy-title = Politique de confidentialité
privacy-intro = Cette politique explique ce que cette instance d’Offerline fait des informations qui vous concernent. En bref : aujourd’hui, elle n’enregistre rien sur vous dans sa base de données, ne dépose aucun cookie de suivi et ne transmet rien à des tiers.
privacy-controller-title = Responsable du traitement
privacy-controller-body = Offerline est un logiciel que chacun peut installer et faire fonctionner. La personne ou l’organisation qui exploite cette instance (l’exploitant) est responsable du traitement des données qu’elle contient. Pour toute question relative à la vie privée, vous pouvez joindre l’exploitant à cette adresse : { $contact }.
privacy-controller-body-unset = Offerline est un logiciel que chacun peut faire fonctionner. La personne ou l’organisation qui exploite cette instance (l’exploitant) est responsable du traitement des données qu’elle contient. L’exploitant n’a pas encore publié d’adresse de contact pour la vie privée ; vous pouvez le joindre par la personne qui vous a donné accès à cette instance.
privacy-collect-title = Données collectées
privacy-collect-body = Offerline n’a pas encore de comptes utilisateurs et n’enregistre rien sur les visiteurs dans sa base de données. Les seules informations en jeu sont les deux cookies de préférence conservés dans votre propre navigateur, si vous choisissez une langue ou un thème, et les lignes de journal techniques décrites plus bas, qui ne contiennent aucune adresse IP. Il n’y a ni mesure d’audience, ni publicité, ni script de suivi, ni prise d’empreinte de votre navigateur.
privacy-cookies-title = Cookies
privacy-cookies-body = Offerline peut déposer deux cookies essentiels, uniquement lorsque vous choisissez vous-même une préférence : l’un mémorise la langue de l’interface, l’autre votre thème de couleurs. Il n’y a aucun cookie de mesure d’audience, aucun cookie publicitaire et aucun cookie tiers. Vous trouverez tous les détails sur la page de la politique relative aux cookies.
privacy-logs-title = Journaux du serveur
privacy-logs-body = Pour chaque requête, le serveur écrit une ligne de journal technique indiquant la méthode, le chemin, le code de statut, la durée et un identifiant de requête aléatoire. Il n’enregistre ni votre adresse IP ni vos cookies. Ces lignes sont envoyées vers la sortie du serveur, que l’exploitant conserve pour diagnostiquer et résoudre les problèmes.
privacy-location-title = Lieu d’hébergement
privacy-location-body = Lieu d’hébergement des données de cette instance, choisi par son exploitant : { $location }. Offerline n’effectue aucune requête vers des tiers : les polices, les scripts et tous les autres fichiers sont servis par cette instance elle-même.
privacy-location-body-unset = Les données de cette instance sont hébergées là où son exploitant la fait fonctionner ; l’exploitant n’a pas encore indiqué ce lieu. Offerline n’envoie aucune requête à des tiers : polices, scripts et tous les autres fichiers sont servis par cette instance elle-même.
privacy-retention-title = Durée de conservation
privacy-retention-body = Offerline n’a pas encore de comptes utilisateurs : il n’y a donc aucune donnée de compte à conserver. Lorsque les comptes arriveront, les données personnelles d’un compte supprimé seront effacées dans un délai de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Les deux cookies de préférence restent un an dans votre navigateur, sauf si vous les supprimez avant.
privacy-rights-title = Vos droits
privacy-rights-body = En vertu du RGPD, vous disposez d’un droit d’accès, de rectification et d’effacement de vos données personnelles, d’un droit à la limitation du traitement et d’un droit d’opposition, d’un droit à la portabilité, ainsi que du droit d’introduire une réclamation auprès d’une autorité de contrôle. Comme rien n’est enregistré sur vous aujourd’hui, hormis les deux cookies présents dans votre propre navigateur, vous pouvez supprimer vous-même ces cookies à tout moment depuis votre navigateur. Pour toute question, écrivez à l’adresse de contact indiquée plus haut.
privacy-changes-title = Modifications de cette politique
privacy-changes-body = Avant qu’Offerline ne collecte un nouveau type de données, cette politique sera mise à jour et recevra une nouvelle date de dernière mise à jour. La date en haut de cette page vous indique toujours quand elle a été modifiée pour la dernière fois.

## Politique relative aux cookies

cookies-title = Politique relative aux cookies
cookies-intro = Un cookie est un petit fichier texte qu’un site web enregistre dans votre navigateur. Offerline n’utilise que les deux cookies essentiels listés ci-dessous, et ne les dépose que lorsque vous choisissez vous-même une préférence. Ils restent dans votre navigateur, ne servent jamais à vous suivre, et vous pouvez les supprimer à tout moment dans les réglages de votre navigateur.
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
cookies-no-optional = Il n’y a aujourd’hui aucun cookie optionnel ni aucun cookie de mesure d’audience. Si cela devait changer, votre accord vous serait demandé au préalable, et refuser serait aussi simple qu’accepter.

## Conditions d’utilisation

terms-title = Conditions d’utilisation
terms-intro = Ces conditions s’appliquent lorsque vous utilisez cette instance d’Offerline. Merci de les lire en même temps que la politique de confidentialité et la politique relative aux cookies. En utilisant le service, vous les acceptez.
terms-service-title = Le service
terms-service-body = Offerline est un outil de suivi de recherche d’emploi : une application web conçue pour vous aider à organiser votre recherche. C’est un logiciel que chacun peut faire fonctionner, et cette instance est proposée par son exploitant. Offerline n’a pas encore de comptes utilisateurs, et des fonctionnalités peuvent être ajoutées ou modifiées au fil du temps.
terms-age-title = Âge minimum
terms-age-body = Vous devez avoir au moins 18 ans pour utiliser Offerline. Si vous avez moins de 18 ans, merci de ne pas utiliser le service.
terms-use-title = Utilisation du service
terms-use-body = Utilisez Offerline de manière licite et respectueuse. N’essayez pas de perturber ou de surcharger le service, ni d’accéder à des parties qui ne vous sont pas destinées. L’exploitant peut restreindre l’accès de toute personne qui fait un usage abusif de cette instance.
terms-content-title = Votre contenu
terms-content-body = Pour l’instant, Offerline n’enregistre sur cette instance aucun contenu que vous saisissez. Lorsque ce sera le cas, ce que vous ajouterez restera à vous : l’exploitant ne le traitera que pour vous fournir le service et ne revendiquera aucun droit dessus. Vous êtes responsable de ce que vous ajoutez et ne devez rien y mettre que vous n’ayez le droit de partager.
terms-availability-title = Disponibilité
terms-availability-body = Offerline est fourni en l’état et selon sa disponibilité. L’exploitant peut mettre à jour, interrompre ou arrêter cette instance à tout moment, et ne peut pas garantir qu’elle sera toujours disponible ou exempte d’erreurs.
terms-liability-title = Responsabilité
terms-liability-body = Dans les limites permises par la loi, l’exploitant n’est pas responsable des dommages indirects résultant de votre utilisation d’Offerline ou de l’indisponibilité du service. Rien dans ces conditions ne limite une responsabilité qui ne peut pas l’être en vertu de la loi, ni vos droits en tant que consommateur.
terms-changes-title = Modifications de ces conditions
terms-changes-body = Ces conditions peuvent évoluer avec Offerline, par exemple lors de l’arrivée des comptes. Dans ce cas, la date en haut de cette page sera mise à jour. Si vous continuez à utiliser le service après une modification, les nouvelles conditions s’appliquent.
