### Comptes : inscription, connexion, paramètres (français).

## Header and navigation
nav-main = Menu principal
nav-settings = Paramètres
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter

## Fields
field-name = Nom
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-new-email = Nouvelle adresse e-mail
field-remember = Se souvenir de moi sur cet appareil
password-rules = Au moins { $min } caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
password-strength = Solidité du mot de passe
password-strength-weak = Faible
password-strength-fair = Moyen
password-strength-good = Bon
password-strength-strong = Solide

## Sign up
sign-up-title = Créez votre compte
sign-up-lede = Gratuit, privé, et à exporter ou supprimer quand vous voulez.
sign-up-age = J’ai 18 ans ou plus.
sign-up-policy-before = J’ai lu et j’accepte la
sign-up-policy-and = et les
sign-up-submit = Créer le compte
sign-up-have-account = Vous avez déjà un compte ?
sign-up-sent-title = Consultez votre boîte de réception
sign-up-sent-body = Nous avons envoyé un lien à l’adresse indiquée. Ouvrez-le dans ce navigateur dans les 24 heures pour confirmer votre adresse et commencer à utiliser Offerline.
sign-up-sent-taken = Si cette adresse a déjà un compte, sa ou son titulaire a reçu un e-mail à ce sujet et rien n’a été créé.
sign-up-sent-help = Rien après quelques minutes ? Regardez dans vos courriers indésirables. Si vous aviez déjà commencé un compte avec cette adresse, l’e-mail explique comment vous connecter ou choisir un nouveau mot de passe.

## Sign in
sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-new = Nouveau sur Offerline ?

## Password reset
forgot-title = Réinitialiser votre mot de passe
forgot-lede = Saisissez l’adresse e-mail de votre compte. Si un compte y est associé, nous lui envoyons un lien pour choisir un nouveau mot de passe ; le lien est valable 30 minutes.
forgot-submit = Envoyer le lien
forgot-sent = Merci. Si un compte est associé à cette adresse, un lien est en route. Pensez à vérifier vos courriers indésirables.
reset-title = Choisissez un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-ask-again = Demander un nouveau lien

## Email links
verify-title = Confirmez votre adresse e-mail
verify-lede = Confirmez que cette adresse est la vôtre, pour que nous puissions vous envoyer rappels et messages concernant votre compte.
verify-submit = Confirmer mon adresse
verify-banner = Merci de confirmer votre adresse e-mail : nous avons envoyé un lien à { $email }.
verify-resend = Renvoyer le lien
confirm-email-title = Confirmez votre nouvelle adresse e-mail
confirm-email-lede = Une fois confirmée, vous vous connectez avec cette adresse et nous vous écrivons à celle-ci. Nous prévenons votre ancienne adresse.
confirm-email-submit = Utiliser cette adresse

## Settings
settings-title = Paramètres
settings-account = Compte
settings-sessions = Sessions
settings-email-title = Adresse e-mail
settings-email-verified = confirmée
settings-email-unverified = pas encore confirmée
settings-email-lede = Pour la changer, saisissez la nouvelle adresse et votre mot de passe. Rien ne change tant que vous n’avez pas ouvert le lien envoyé à la nouvelle adresse.
settings-email-submit = Changer d’adresse e-mail
settings-password-title = Mot de passe
settings-password-sign-out-others = Me déconnecter sur tous les autres appareils
settings-password-submit = Changer de mot de passe
sessions-lede = Les navigateurs où vous êtes connecté. Déconnectez ceux que vous ne reconnaissez pas, puis changez votre mot de passe.
sessions-this-device = Cet appareil
sessions-unknown-device = Navigateur inconnu
sessions-last-seen = Dernière activité { $when }
sessions-started = connecté le { $when }
sessions-remembered = mémorisée
sessions-browser = jusqu’à la fermeture du navigateur
sessions-sign-out = Déconnecter
sessions-sign-out-everywhere = Me déconnecter partout
history-title = Activité récente du compte
event-signed-up = Compte créé
event-signed-in = Connexion
event-sign-in-failed = Tentative de connexion échouée
event-locked = Connexion suspendue après plusieurs échecs
event-password-reset = Mot de passe réinitialisé par lien e-mail
event-password-changed = Mot de passe changé
event-email-changed = Adresse e-mail changée
event-sessions-ended-by-staff = Déconnecté partout par un administrateur

## Notices after an action
notice-email-verified = Votre adresse e-mail est confirmée.
notice-verification-sent = Nous avons envoyé un nouveau lien de confirmation.
notice-password-changed = Votre mot de passe est changé.
notice-email-change-sent = Nous avons envoyé un lien de confirmation à la nouvelle adresse. Votre adresse change dès que vous l’ouvrez.
notice-email-changed = Votre adresse e-mail est changée.
notice-password-reset = Votre mot de passe est changé et toutes les sessions ont été déconnectées. Connectez-vous avec le nouveau mot de passe.
notice-signed-out-everywhere = Vous êtes déconnecté sur tous vos appareils.
notice-session-ended = Cette session est déconnectée.

## Field errors
error-required = Merci de remplir ce champ.
error-email-invalid = Saisissez une adresse e-mail comme nom@exemple.fr.
error-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous ou réinitialisez son mot de passe.
error-email-same = C’est déjà votre adresse e-mail.
error-name-invalid = Utilisez au plus 100 caractères, sans caractères de contrôle.
error-password-short = Utilisez au moins 12 caractères.
error-password-long = Utilisez au plus 128 caractères.
error-password-common = Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre.
error-password-personal = N’utilisez pas votre nom ni votre adresse e-mail dans le mot de passe.
error-password-wrong = Ce n’est pas votre mot de passe actuel.
error-sign-in-failed = L’adresse e-mail ou le mot de passe est incorrect.
error-age-required = Offerline est réservé aux personnes de 18 ans ou plus.
error-policy-required = Merci d’accepter la politique de confidentialité et les conditions pour continuer.
error-link-invalid = Ce lien a expiré ou a déjà été utilisé.
error-rate-limited-wait = Trop de tentatives. Réessayez dans { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}.

# Staff tools
nav-admin = Équipe
admin-title = Outils de l’équipe
admin-minor-title = Supprimer le compte d’une personne mineure
admin-minor-lede = Offerline s’adresse aux personnes de 18 ans ou plus. Si un compte appartient à une personne plus jeune, supprimez-le ici. Tout son contenu est effacé immédiatement, sans le délai de grâce habituel, et le journal d’audit garde la trace de votre action.
admin-minor-confirm = J’ai vérifié que ce compte appartient à une personne de moins de 18 ans.
admin-minor-submit = Supprimer le compte
admin-minor-reason = Motif
admin-minor-reason-hint = Pourquoi ce compte appartient à une personne mineure, pour le journal d’audit (par exemple « la personne a dit au support avoir 16 ans »). Ni nom ni coordonnées : le motif reste dans le journal.
admin-minor-password = Votre mot de passe
error-admin-reason-long = Le motif doit faire moins de 500 caractères.
admin-audit-title = Journal d’audit
admin-audit-lede = Ce que l’équipe a fait et consulté. Les comptes n’y figurent que par une empreinte chiffrée, jamais par leurs données.
admin-audit-empty = Rien pour l’instant.
admin-audit-by-me = par vous
admin-audit-by-staff = par un autre membre de l’équipe
audit-account-deleted-minor = Compte d’une personne mineure supprimé
audit-audit-log-viewed = A consulté le journal d’audit
audit-analytics-viewed = A consulté le tableau de bord d’utilisation
audit-policy-published = A publié une version de politique
audit-account-made-admin = A fait d’un compte un administrateur (ligne de commande)
admin-sessions-title = Déconnecter une personne partout
admin-sessions-lede = Met fin à toutes les sessions du compte, sur tous les appareils, par exemple quand une session a été volée ou qu’un ordinateur partagé est resté connecté. La personne peut se reconnecter avec son mot de passe ; son historique de sécurité montre ce qui s’est passé.
admin-sessions-reason-hint = Pourquoi, pour le journal d’audit (par exemple « la personne a signalé le vol de son ordinateur »). Ni nom ni coordonnées.
admin-sessions-submit = Déconnecter partout
notice-sessions-ended = Toutes les sessions de ce compte sont terminées.
error-admin-own-account = C’est votre propre compte : mettez fin à vos sessions dans vos paramètres.
audit-account-sessions-ended = A déconnecté un compte partout
notice-account-deleted = Le compte et tout son contenu sont supprimés.
error-admin-confirm-minor = Cochez cette case pour confirmer que la personne a moins de 18 ans.
error-admin-no-account = Aucun compte n’utilise cette adresse e-mail.
error-admin-staff-account = C’est un compte de l’équipe. Retirez-lui d’abord son rôle.
