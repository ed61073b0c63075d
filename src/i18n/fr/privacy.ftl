## Settings, Privacy: restriction, objection, deletion
settings-privacy = Confidentialité
privacy-settings-lede = Décidez de ce qu’Offerline peut faire de vos données. Ces réglages s’appliquent aussitôt, sur tous vos appareils.
privacy-settings-policy-link = Lire la politique de confidentialité
privacy-restrict-title = Geler le traitement
privacy-restrict-lede = Tant que le traitement est gelé, Offerline n’envoie rien aux fournisseurs d’IA, n’enregistre aucune statistique d’utilisation et ne vous envoie aucun e-mail produit. Vos données restent ici : vous pouvez toujours les consulter, les modifier et les exporter. Les e-mails de sécurité et de compte continuent d’arriver.
privacy-not-restricted = Le traitement n’est pas gelé.
privacy-restricted-since = Traitement gelé depuis le { $when }.
privacy-restrict-start = Geler le traitement
privacy-restrict-lift = Reprendre le traitement
privacy-objections-title = Ce à quoi Offerline peut utiliser vos données
privacy-objections-lede = Décochez une finalité pour vous y opposer. Le traitement essentiel (conserver votre compte et vos tableaux, les e-mails de sécurité) ne peut pas être désactivé, car le service ne fonctionne pas sans lui.
privacy-objections-restricted = Le traitement est gelé : aucune de ces finalités ne s’applique tant que vous ne le reprenez pas.
privacy-purpose-analytics = Statistiques d’utilisation
privacy-purpose-analytics-hint = Compter les pages et fonctions utilisées, pour améliorer Offerline. Seulement avec votre consentement aux cookies ; analysées uniquement de façon agrégée.
privacy-purpose-ai = Traitement par IA
privacy-purpose-ai-hint = Envoyer le texte de vos documents, avec votre nom et vos coordonnées remplacés par des marqueurs, à un fournisseur d’IA quand vous demandez une suggestion.
privacy-purpose-product-email = E-mails produit et astuces
privacy-purpose-product-email-hint = De temps en temps, un e-mail pour mieux profiter d’Offerline. Chacun contient un lien de désabonnement en un clic.
privacy-objections-save = Enregistrer mes choix
privacy-delete-title = Supprimer mon compte
privacy-delete-lede =
    { $grace ->
        [0] Votre compte est désactivé immédiatement et toutes vos sessions sont fermées. Ensuite, tout son contenu est effacé définitivement, dans un délai de { $retention } jours au plus.
        [one] Votre compte est désactivé immédiatement et toutes vos sessions sont fermées. Pendant { $grace } jour, vous pouvez changer d’avis en vous reconnectant ; ensuite, tout son contenu est effacé définitivement, dans un délai de { $retention } jours au plus.
       *[other] Votre compte est désactivé immédiatement et toutes vos sessions sont fermées. Pendant { $grace } jours, vous pouvez changer d’avis en vous reconnectant ; ensuite, tout son contenu est effacé définitivement, dans un délai de { $retention } jours au plus.
    }
privacy-delete-export-first = Envie d’une copie avant ?
privacy-delete-export-link = Télécharger vos données
privacy-delete-confirm = Je comprends que mon compte et toutes ses données seront effacés.
privacy-delete-submit = Supprimer mon compte
error-delete-confirm = Cochez la case pour confirmer.
notice-restricted = Le traitement est gelé. Vos données restent consultables et exportables.
notice-unrestricted = Le traitement a repris.
notice-objections-saved = Vos choix sont enregistrés.
notice-deletion-cancelled = Bon retour. La suppression de votre compte est annulée.
notice-account-deletion-scheduled = Votre compte est désactivé et sera effacé. Nous vous avons envoyé la date par e-mail ; vous reconnecter avant annule la suppression.

## Account history entries
event-deletion-requested = Suppression du compte demandée
event-deletion-cancelled = Suppression du compte annulée par une connexion
event-restricted = Traitement gelé
event-unrestricted = Traitement repris
event-objections-changed = Choix de confidentialité modifiés
event-unsubscribed = Désabonnement des e-mails produit par le lien d’un e-mail

## One-click unsubscribe page
unsubscribe-title = Se désabonner des e-mails produit
unsubscribe-lede = Un clic suffit pour arrêter les e-mails produit et les astuces envoyés à ce compte. Les e-mails de sécurité et de compte continuent d’arriver.
unsubscribe-submit = Se désabonner
unsubscribe-done = Vous êtes désabonné. Vous ne recevrez plus d’e-mails produit.
unsubscribe-done-more = Vous pouvez modifier ce choix, et vos autres choix de confidentialité, dans
unsubscribe-settings-link = Paramètres, Confidentialité.
unsubscribe-invalid = Ce lien de désabonnement n’est pas valide. Il a peut-être été copié en partie, ou le compte n’existe plus.
