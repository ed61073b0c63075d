### Profil : coordonnées, expérience, formation, compétences, carrière (français).

settings-profile = Profil
profile-lede = Vous pouvez tout corriger ici à tout moment. Vous seul le voyez.
profile-save = Enregistrer
profile-delete = Supprimer
profile-edit = Modifier
profile-present = aujourd’hui
profile-none-yet = Rien d’ajouté pour l’instant.
notice-profile-saved = Votre profil a été enregistré.

## Coordonnées
profile-personal-title = Coordonnées
profile-email-note = Votre adresse e-mail se change dans l’onglet Compte, avec un lien de confirmation.
profile-email-change = Changer d’adresse e-mail
field-phone = Numéro de téléphone
profile-phone-hint = Avec l’indicatif du pays (+32 …), ou un numéro national du pays ci-dessous.
field-city = Ville
field-region = Région ou province
field-country = Pays
profile-country-none = Non renseigné
field-time-zone = Fuseau horaire
profile-time-zone-hint = Tapez pour chercher, par exemple Europe/Brussels.
field-locale = Langue de l’interface
profile-locale-none = Celle choisie en bas de la page

## Expérience
profile-experience-title = Expérience professionnelle
profile-experience-add = Ajouter un poste
field-job-title = Intitulé du poste
field-company = Entreprise
field-start-month = Début (AAAA-MM)
field-end-month = Fin (AAAA-MM)
field-current-job = J’occupe ce poste actuellement
field-description = Description

## Formation
profile-education-title = Formation
profile-education-add = Ajouter une formation
field-school = Établissement
field-degree = Diplôme
field-study-field = Domaine d’études
field-end-month-optional = Fin (AAAA-MM, vide si en cours)

## Compétences
profile-skills-title = Compétences
field-skill = Compétence
profile-skill-add = Ajouter la compétence
profile-skill-remove = Retirer { $name }

## Préférences de carrière
profile-career-title = Préférences de carrière
field-desired-titles = Postes recherchés
field-desired-locations = Lieux recherchés
profile-list-hint = Séparez par des virgules, 10 au plus.
profile-work-modes = Modes de travail
work-mode-remote = À distance
work-mode-hybrid = Hybride
work-mode-on-site = Sur site
profile-job-types = Types de contrat
job-type-full-time = Temps plein
job-type-part-time = Temps partiel
job-type-contract = Contrat à durée déterminée
job-type-internship = Stage
job-type-freelance = Indépendant
field-salary-min = Salaire minimum
field-salary-max = Salaire maximum
field-salary-currency = Devise
field-salary-period = Par
profile-salary-none = Non renseigné
salary-period-hour = heure
salary-period-day = jour
salary-period-month = mois
salary-period-year = an
field-notice-weeks = Préavis (semaines)

## Erreurs
error-too-long = Utilisez au plus { $max } caractères.
error-text-invalid = Retirez les caractères de contrôle.
error-month-invalid = Écrivez un mois sous la forme AAAA-MM, par exemple 2024-03.
error-end-before-start = La fin ne peut pas précéder le début.
error-end-or-current = Indiquez un mois de fin, ou cochez que vous occupez ce poste.
error-country-unknown = Choisissez un pays dans la liste.
error-time-zone-unknown = Choisissez un fuseau horaire dans la liste.
error-phone-invalid = Ce numéro de téléphone n’est pas valide. Ajoutez l’indicatif du pays, ou choisissez votre pays.
error-currency-unknown = Choisissez un code de devise comme EUR ou USD.
error-number-invalid = Saisissez un nombre entier dans la plage autorisée.
error-salary-range = Le maximum ne peut pas être inférieur au minimum.
error-too-many = Il y a trop d’éléments ici.
error-skill-exists = Vous avez déjà cette compétence.
