### Email text (French). Each message is built from these strings into a
### plain-text part and an HTML part; links are added by the code, never
### written into a translation.

## Commun à tous les messages
mail-greeting = Bonjour { $name },
mail-greeting-plain = Bonjour,
mail-action-text = { $label } :
mail-link-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
mail-footer = Cet e-mail concernant votre compte a été envoyé automatiquement par Offerline. Les réponses à cette adresse ne sont pas lues.
mail-address-invalid = Cette adresse e-mail n’est pas valide.

## Confirmation de l’adresse e-mail (nouveau compte)
mail-verify-subject = Confirmez votre adresse e-mail pour Offerline
mail-verify-intro = Bienvenue sur Offerline ! Confirmez qu’il s’agit bien de votre adresse e-mail pour finaliser la création de votre compte.
mail-verify-action = Confirmer mon adresse e-mail
mail-verify-ignore = Si vous ne vous êtes pas inscrit sur Offerline, vous pouvez ignorer cet e-mail sans crainte.

## Réinitialisation du mot de passe
mail-reset-subject = Réinitialisez votre mot de passe Offerline
mail-reset-intro = Nous avons reçu une demande de réinitialisation du mot de passe de votre compte Offerline. Choisissez un nouveau mot de passe à l’aide du bouton ci-dessous.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry =
    { $minutes ->
        [one] Ce lien expire dans { $minutes } minute.
       *[other] Ce lien expire dans { $minutes } minutes.
    }
mail-reset-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail : votre mot de passe reste inchangé.

## Changement d’adresse, envoyé à la nouvelle adresse
mail-change-confirm-subject = Confirmez votre nouvelle adresse e-mail
mail-change-confirm-intro = Vous avez demandé à utiliser { $new_email } comme adresse e-mail de votre compte Offerline. Confirmez que cette adresse vous appartient pour finaliser le changement.
mail-change-confirm-action = Confirmer la nouvelle adresse
mail-change-confirm-ignore = Si vous n’êtes pas à l’origine de cette demande, ignorez simplement cet e-mail : votre compte conserve son adresse actuelle.

## Changement d’adresse, avis envoyé à l’ancienne adresse
mail-changed-subject = L’adresse e-mail de votre compte Offerline a été modifiée
mail-changed-body = L’adresse e-mail de votre compte Offerline est désormais { $new_email }. Les e-mails concernant votre compte seront dorénavant envoyés à cette adresse.
mail-changed-warning = Si vous n’êtes pas à l’origine de ce changement, quelqu’un d’autre a peut-être accès à votre compte. Contactez sans attendre l’administrateur de ce service Offerline.

## Mot de passe modifié
mail-password-changed-subject = Votre mot de passe Offerline a été modifié
mail-password-changed-body = Le mot de passe de votre compte Offerline vient d’être modifié. Si c’est bien vous, vous n’avez rien d’autre à faire.
mail-password-changed-warning = Si ce n’est pas vous, réinitialisez immédiatement votre mot de passe depuis la page de connexion et prévenez l’administrateur de ce service Offerline.

## Compte bloqué après des échecs de connexion
mail-in-use-subject = Quelqu’un a essayé d’utiliser votre adresse sur Offerline
mail-in-use-sign-up = Quelqu’un vient d’essayer de créer un compte Offerline avec cette adresse e-mail. Elle a déjà un compte : rien n’a été créé et rien n’a changé dans votre compte.
mail-in-use-email-change = Une personne connectée à un autre compte Offerline vient d’essayer de le déplacer vers cette adresse e-mail. Elle a déjà un compte : rien n’a changé.
mail-in-use-self = Si c’était vous, connectez-vous au compte que vous avez déjà, ou choisissez un nouveau mot de passe si vous l’avez oublié :
mail-in-use-sign-in = Se connecter
mail-in-use-reset = Choisir un nouveau mot de passe
mail-in-use-ignore = Si ce n’était pas vous, vous pouvez ignorer cet e-mail : la page utilisée ne lui a pas indiqué que cette adresse a un compte.

mail-locked-subject = Votre compte Offerline est temporairement bloqué
mail-locked-body =
    { $minutes ->
        [one] Après plusieurs tentatives de connexion infructueuses, nous avons bloqué votre compte pendant { $minutes } minute par précaution.
       *[other] Après plusieurs tentatives de connexion infructueuses, nous avons bloqué votre compte pendant { $minutes } minutes par précaution.
    }
mail-locked-self = Si c’était vous, vous pourrez réessayer une fois ce délai écoulé, ou choisir dès maintenant un nouveau mot de passe :
mail-locked-action = Réinitialiser mon mot de passe
mail-locked-warning = Si ce n’était pas vous, quelqu’un essaie peut-être de deviner votre mot de passe. Un nouveau mot de passe robuste protège votre compte.

## Une nouvelle version des politiques
mail-policy-subject = La politique de confidentialité et les conditions d’Offerline changent
mail-policy-intro = Nous avons publié une nouvelle version de la politique de confidentialité, de la politique relative aux cookies et des conditions de ce service Offerline. Elle entre en vigueur le { $date }. Ce qui change :
mail-policy-action = Lire la politique de confidentialité
mail-policy-note = Vous verrez aussi un court avis sur ce changement lors de votre prochaine connexion. Vous n’avez rien d’autre à faire.

## Ticket d’assistance, vers la boîte de l’assistance
mail-support-new-subject = Nouveau ticket d’assistance { $reference }
mail-support-reply-subject = Nouvelle réponse sur le ticket d’assistance { $reference }
mail-support-subject-line = Objet : { $subject }
mail-support-in-app = Le message reste dans Offerline : ouvrez le ticket pour le lire.
mail-support-action = Répondre dans Offerline
mail-support-audit = Ouvrir le ticket dans Offerline demande un motif, qui est inscrit au journal d’audit.

## L’assistance a répondu, vers l’auteur du ticket
mail-support-replied-subject = L’assistance Offerline a répondu à votre message
mail-support-replied-intro = L’assistance a répondu au sujet de « { $subject } » :
mail-support-replied-action = Lire et répondre

## Account deletion scheduled
mail-deletion-subject = Votre compte Offerline va être supprimé
mail-deletion-body = Comme vous l’avez demandé, votre compte Offerline est désactivé et toutes vos sessions sont fermées. Le { $date }, nous effaçons votre compte et tout son contenu : tableaux, cartes, entreprises, profil et historique.
mail-deletion-cancel = Vous avez changé d’avis ? Connectez-vous avec votre mot de passe avant cette date et la suppression est annulée.
mail-deletion-action = Me connecter et garder mon compte
mail-deletion-warning = Si vous n’avez rien demandé, connectez-vous maintenant, changez votre mot de passe et contactez l’administrateur de ce service Offerline.

## Getting-started tips (product email)
mail-tips-subject = Trois façons de tirer le meilleur d’Offerline
mail-tips-intro = Bienvenue. Quelques astuces utiles pour votre première semaine :
mail-tips-board = Placez chaque opportunité sur un tableau et faites glisser sa carte de « candidature envoyée » à « entretien » puis à « offre ».
mail-tips-import = Vous suivez déjà vos candidatures dans un tableur ? Importez le CSV dans un tableau en une fois.
mail-tips-insights = Les statistiques montrent où les candidatures stagnent et combien de temps dure chaque étape.
mail-tips-action = Ouvrir mes tableaux
mail-tips-why = Vous recevez cet e-mail car les e-mails produit sont activés pour votre compte. Vous pouvez les désactiver dans Paramètres, Confidentialité, ou en un clic :
mail-tips-unsubscribe = Se désabonner des e-mails produit

## Export prêt
mail-export-subject = Votre export Offerline est prêt
mail-export-body = La copie de vos données que vous avez demandée est prête : un fichier ZIP avec tout ce qu’Offerline conserve sur vous. Pour le télécharger, ouvrez le lien ci-dessous en étant connecté à Offerline.
mail-export-action = Télécharger mes données
mail-export-expires = Le lien fonctionne une seule fois, jusqu’au { $expires }. Ensuite, le fichier est supprimé ; vous pouvez demander un nouvel export dans Paramètres, Vos données.
mail-export-warning = Si vous n’avez rien demandé, changez votre mot de passe : quelqu’un est peut-être connecté à votre compte.
