### Tickets d’assistance (P12) et pages du personnel pour l’assistance et les versions des politiques (français).

## Paramètres : formulaire de contact et tickets
settings-support = Assistance
support-contact-title = Contacter l’assistance
support-contact-lede = Posez une question ou signalez un problème. Votre message est conservé avec votre compte, et vous trouverez les réponses ici et par e-mail.
support-field-subject = Objet
support-field-message = Message
support-send = Envoyer à l’assistance
support-tickets-title = Vos messages à l’assistance
support-tickets-empty = Vous n’avez pas encore écrit à l’assistance.
support-ticket-ref = Ticket { $reference }
support-updated = dernière activité le { $when }
support-status-open = En attente de l’assistance
support-status-answered = Répondu
support-status-closed = Fermé
support-back = Tous vos messages à l’assistance
support-author-you = Vous
support-author-staff = Assistance
support-reply-title = Répondre
support-reply-send = Envoyer la réponse
support-closed-lede = Ce ticket est fermé. Écrire de nouveau le rouvre.
support-close = Fermer ce ticket
support-messages-count = { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
notice-ticket-sent = Votre message est envoyé à l’assistance.
notice-reply-sent = Votre réponse est envoyée.
notice-ticket-closed = Le ticket est fermé.

## Personnel : file d’assistance
admin-back = Retour aux outils du personnel
admin-support-title = Tickets d’assistance
admin-support-lede = Les tickets sont listés sans objet ni nom. En ouvrir un affiche des données personnelles : on vous demande donc d’abord pourquoi, et votre motif est inscrit au journal d’audit.
admin-support-queue = File d’attente
admin-support-empty = Aucun ticket pour l’instant.
admin-support-back = Retour à la file d’attente
admin-support-reason-title = Pourquoi ouvrez-vous ce ticket ?
admin-support-reason-lede = Le journal d’audit garde qui l’a ouvert, à qui il appartient, votre motif et la date. La personne peut voir que le personnel a consulté ses données. Écrivez pourquoi vous l’ouvrez (par exemple « répondre au ticket »), pas des détails sur la personne : le motif reste dans le journal après l’effacement de son compte.
admin-support-reason = Motif
admin-support-open = Ouvrir le ticket
admin-support-from = De { $name }
admin-support-reply-send = Envoyer la réponse
audit-support-ticket-viewed = A ouvert un ticket d’assistance
audit-support-ticket-replied = A répondu à un ticket d’assistance
audit-support-ticket-closed = A fermé un ticket d’assistance

## Personnel : versions des politiques
admin-policies-title = Versions des politiques
admin-policies-notified = { $count } utilisateurs prévenus sur { $total }
admin-policies-publish-title = Publier une nouvelle version
admin-policies-publish-lede = Publiez une fois la nouvelle politique de confidentialité, la politique relative aux cookies et les conditions en place. Chaque utilisateur reçoit un e-mail dans sa langue et voit un avis dans l’application jusqu’à ce qu’il en prenne connaissance.
admin-policies-version = Version
admin-policies-version-hint = Lettres, chiffres, points et tirets, par exemple 2027-01-15.
admin-policies-effective = Entre en vigueur le
admin-policies-summary-en = Ce qui change (anglais)
admin-policies-summary-nl = Ce qui change (néerlandais, facultatif)
admin-policies-summary-fr = Ce qui change (français, facultatif)
admin-policies-publish = Publier et prévenir tout le monde
notice-policy-published = La nouvelle version est publiée. Les utilisateurs sont prévenus par e-mail.
error-policy-version = Utilisez au plus 40 lettres, chiffres, points, tirets ou tirets bas.
error-policy-version-taken = Cette version existe déjà.
error-policy-effective = Saisissez un jour sous la forme année-mois-jour.
error-policy-effective-order = Une nouvelle version ne peut pas entrer en vigueur avant la plus récente.
