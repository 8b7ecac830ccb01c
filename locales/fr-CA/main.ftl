# sspr, fr-CA. Every key here must exist in every locale (tested) and be used in code (tested).

## Interface et éléments communs
app-name = Réinitialisation du mot de passe en libre-service
reset-title = Récupérer votre compte
skip-to-content = Aller au contenu principal
lang-switch-label = Langue
next = Suivant
back-to-start = Recommencer
retry = Réessayer
something-wrong = Un problème est survenu. Réessayez plus tard.
not-found = Cette page n'existe pas.
working = Traitement en cours…

## Entrée (E2)
entry-intro = Pour récupérer votre compte, commencez par entrer votre ID d'utilisateur et la réponse à la question ci-dessous.
userid-label = ID d'utilisateur
userid-hint = Exemple : { $example }
captcha-legend = Prouvez que vous n'êtes pas un robot
captcha-nojs = Une fois que vous avez sélectionné Suivant, votre navigateur est vérifié pendant quelques secondes ({ $seconds } ou plus). Vous n'avez rien d'autre à faire.
captcha-working = Vérification de votre navigateur…
captcha-done = Terminé. Vous pouvez continuer.

## Contactez votre administrateur (E3, E5, P9, K1)
contact-title = Contactez votre administrateur
contact-reason-consumer = Les comptes personnels ne peuvent pas utiliser ce portail. Utilisez plutôt les options de récupération de votre fournisseur de courriel.
contact-reason-unavailable = Nous ne pouvons pas réinitialiser ce compte ici. Il se peut qu'il n'existe pas ou qu'il soit désactivé.
contact-reason-not-enabled = La réinitialisation du mot de passe en libre-service n'est pas activée pour ce compte.
contact-reason-not-registered = Ce compte ne dispose pas de suffisamment d'informations de sécurité enregistrées pour réinitialiser le mot de passe.
contact-reason-admin-not-registered = Pour réinitialiser un mot de passe, un compte administrateur doit avoir enregistré deux méthodes (courriel, téléphone cellulaire, téléphone de bureau ou application d'authentification).
contact-reason-writeback-off = Le mot de passe de ce compte est géré en local et ne peut pas être réinitialisé ici.
contact-also-intro = Cela peut également se produire dans les cas suivants :
contact-also-consumer = le compte est un compte personnel d'un fournisseur de courriel grand public
contact-also-unavailable = l'ID d'utilisateur est mal saisi, ou le compte n'existe pas ou est désactivé
contact-also-not-enabled = la réinitialisation du mot de passe en libre-service n'est pas activée pour le compte
contact-also-not-registered = le compte ne dispose pas de suffisamment d'informations de sécurité enregistrées (si vous pouvez vous connecter, votre page Informations de sécurité indique ce qui manque)
contact-also-admin-not-registered = un compte administrateur n'a pas enregistré deux méthodes
contact-also-writeback-off = le mot de passe est géré par l'annuaire propre à votre organisation
contact-helpdesk-link = Contacter votre service d'assistance
contact-helpdesk-email = Écrire à votre service d'assistance : { $email }
contact-no-helpdesk = Demandez de l'aide à l'administrateur de votre organisation.
contact-request-button = Demander à mes administrateurs de réinitialiser mon mot de passe
contact-request-sent = Votre demande a été envoyée à vos administrateurs.

## Choix du problème
choose-title = Pourquoi n'arrivez-vous pas à vous connecter?
choose-forgot = J'ai oublié mon mot de passe
choose-forgot-hint = Pas d'inquiétude : nous allons vous aider à le réinitialiser à l'aide des informations de sécurité que vous avez enregistrées.
choose-unlock = Je connais mon mot de passe, mais je n'arrive toujours pas à me connecter
choose-unlock-hint = Cela peut arriver si vous avez essayé trop de fois de vous connecter avec un mot de passe incorrect.

## Vérification (V1..V6)
verify-title = Vérifier votre identité
verify-step = Étape de vérification { $current } sur { $required }
verify-pick = Choisissez le moyen de contact à utiliser pour la vérification :
verify-passed = Vérifié
option-email = Envoyer un courriel à mon adresse secondaire { $masked }
option-sms = Envoyer un texto à mon téléphone cellulaire { $masked }
option-voice = Appeler mon téléphone cellulaire { $masked }
option-office = Appeler mon téléphone de bureau { $masked }
option-app = Entrer un code de mon application d'authentification
option-software_oath = Entrer un code de mon jeton logiciel
option-hardware_oath = Entrer un code de mon jeton matériel
option-questions = Répondre à mes questions de sécurité
pending-email = Nous avons envoyé un courriel contenant un code de vérification à { $masked }.
pending-sms = Nous avons envoyé un texto contenant un code de vérification au { $masked }.
pending-voice = Nous appelons le { $masked }. Écoutez le code de vérification.
pending-totp = Entrez le code affiché dans votre application ou sur votre jeton.
code-label = Code de vérification
questions-legend = Répondez à vos questions de sécurité
verify-button = Vérifier

## Nouveau mot de passe (N1, N2)
password-title = Choisir un nouveau mot de passe
password-label = Nouveau mot de passe
confirm-label = Confirmer le nouveau mot de passe
password-rules = Votre mot de passe doit :
pw-rule-length = comporter au moins { $min } caractères
pw-rule-max-length = comporter au maximum { $max } caractères
pw-rule-classes = contenir trois des types suivants : minuscules, majuscules, chiffres, symboles
pw-rule-banned = ne pas être un mot de passe courant ou interdit
pw-rule-name = ne pas contenir votre nom
pw-rule-match = être identique à sa confirmation
pw-rule-classes-ad = contenir trois des types suivants : minuscules, majuscules, chiffres, symboles, lettres sans casse (comme les kanas)
pw-rule-name-ad = ne pas contenir le nom de votre compte ni une partie de votre nom de 3 caractères ou plus
pw-dir-heading = Lors de l'envoi, l'annuaire de votre organisation vérifie également que le mot de passe :
pw-dir-history = { $n ->
    [one] n'est pas votre mot de passe actuel
   *[other] ne fait pas partie de vos { $n } derniers mots de passe
}
pw-dir-min-age = { $n ->
    [one] est défini au moins un jour après votre dernier changement de mot de passe
   *[other] est défini au moins { $n } jours après votre dernier changement de mot de passe
}
pw-dir-module = respecte les autres règles de qualité de votre organisation
pw-rule-ok = condition remplie
pw-rule-not-ok = condition non remplie
finish = Terminer

## Terminé
done-reset = Votre mot de passe a été réinitialisé.
done-unlock = Votre compte a été déverrouillé.
done-sign-in = Se connecter avec votre compte

## Erreurs (parcours)
err-no-flow = Votre session a expiré. Recommencez.
err-captcha = La vérification anti-robot a expiré ou a déjà été utilisée. Réessayez.
err-wrong-step = Cette étape n'est plus disponible. Continuez à partir d'ici.
err-unknown-option = Choisissez l'une des méthodes proposées.
err-code-wrong = Ce code n'a pas fonctionné. Vérifiez-le et réessayez.
err-code-expired = Ce code a expiré. Envoyez-en un nouveau.
err-code-used = Ce code a déjà été utilisé. Continuez à partir d'ici.
err-blocked = Vous avez effectué trop de tentatives. Réessayez après le { $until }.
err-email-limit = Nous avons envoyé trop de codes. Réessayez après le { $until } ou utilisez une autre méthode.
err-answers-wrong = Une ou plusieurs réponses sont incorrectes. Voici une nouvelle série de questions.
err-password = Le mot de passe ne respecte pas les exigences ci-dessous.
err-delivery = Nous n'avons pas pu envoyer le message. Réessayez plus tard ou utilisez une autre méthode.
err-admin-request-limit = Vous avez déjà envoyé plusieurs demandes. Vos administrateurs vous recontacteront.
err-internal = Un problème est survenu. Réessayez plus tard.
userid-err-empty = Entrez votre ID d'utilisateur.
userid-err-shape = Entrez votre ID d'utilisateur au format nom@domaine, par exemple { $example }.
userid-err-too-long = Cet ID d'utilisateur est trop long.

## Messages (courriel, texto, appel vocal)
msg-code-subject = Code de vérification du compte { $org }
msg-code-email = Utilisez le code suivant pour vérifier votre compte : { $code }. Il expire dans { $minutes } minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce courriel.
msg-code-sms = Code de réinitialisation du mot de passe { $org } : { $code }
msg-code-voice = Votre code de vérification est { $code }. Je répète, votre code est { $code }.
msg-reset-subject = Votre mot de passe a été réinitialisé
msg-reset-body = Le mot de passe de { $user } vient d'être réinitialisé en libre-service. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement votre administrateur.
msg-method-added-subject = Informations de sécurité ajoutées à votre compte
msg-method-added-body = La méthode « { $method } » a été ajoutée aux informations de sécurité de { $user }. Si vous n'êtes pas à l'origine de cette modification, connectez-vous, supprimez cette méthode, changez votre mot de passe et contactez votre administrateur.
msg-method-removed-subject = Informations de sécurité supprimées de votre compte
msg-method-removed-body = La méthode « { $method } » a été supprimée des informations de sécurité de { $user }. Si vous n'êtes pas à l'origine de cette modification, connectez-vous, vérifiez vos informations de sécurité, changez votre mot de passe et contactez votre administrateur.
msg-admin-reset-subject = Un administrateur a réinitialisé son mot de passe
msg-admin-reset-body = L'administrateur { $user } a réinitialisé son propre mot de passe en libre-service.
msg-admin-request-subject = Demande de réinitialisation de mot de passe
msg-admin-request-body = { $user } ne parvient pas à réinitialiser son mot de passe en libre-service et demande l'aide d'un administrateur.

## Boîte d'envoi de développement (mode démo uniquement)
outbox-title = Boîte d'envoi (démo)
outbox-intro = Mode démo : les messages envoyés par le portail sont écrits ici au lieu d'être remis. Les plus récents en premier.
outbox-empty = Aucun message pour l'instant.
outbox-to = À
demo-outbox-link = Mode démo : lire le message dans la boîte d'envoi (s'ouvre dans un nouvel onglet)
outbox-channel = Canal

## Refus de stratégie (P12, utilisés par les outils d'administration)
policy-err-scope-without-groups = Choisissez au moins un groupe pour l'étendue « Groupes sélectionnés ».
policy-err-methods-required = Le nombre de méthodes requises doit être 1 ou 2.
policy-err-too-few-methods = Activez au moins autant de méthodes que le nombre requis.
policy-err-office-phone-paid = Le téléphone de bureau est disponible uniquement pour les locataires payants.
policy-err-questions-register = Les utilisateurs doivent enregistrer entre 3 et 5 questions de sécurité.
policy-err-questions-ask = Le nombre de questions de sécurité posées doit être compris entre 3 et 5.
policy-err-questions-ask-exceeds = Vous ne pouvez pas poser plus de questions que les utilisateurs n'en enregistrent.
policy-err-reconfirm-days = Le délai de reconfirmation doit être compris entre 0 et 730 jours.
policy-err-app-needs-more = Lorsque l'application mobile est activée, activez suffisamment d'autres méthodes en plus de celle-ci.
policy-err-app-notification-alone = Lorsqu'une seule méthode est requise, la notification de l'application ne suffit pas à elle seule.
policy-err-password-length = La longueur du mot de passe doit être comprise entre 8 et 256 caractères.
policy-err-banned-terms = 1 000 termes interdits personnalisés au maximum.
policy-err-sms-sender = L'expéditeur des textos doit être un nom de 11 lettres et chiffres au maximum, ou un numéro de téléphone tel que +15017122661.
phone-err-country-code = Commencez le numéro par + et l'indicatif du pays.
phone-err-characters = Utilisez uniquement des chiffres, des espaces et des tirets.
phone-err-length = Ce numéro est trop court ou trop long.
policy-err-custom-question = Les questions de sécurité personnalisées doivent comporter entre 1 et 200 caractères et être toutes différentes.
policy-err-brand-accent = La couleur de la marque doit être au format #rrggbb et suffisamment foncée pour un texte blanc (contraste d'au moins 4,5:1).
policy-err-brand-logo = Le logo doit être un fichier de ce portail (par exemple /brand/logo.svg) ou une image incorporée.
policy-err-sign-in-domain = Le domaine de connexion doit être un nom de domaine, par exemple contoso.com.

## Connexion et mon compte (G1, N4)
entry-signin-link = Se connecter pour gérer vos informations de sécurité
signin-title = Se connecter
signin-intro = Connectez-vous pour consulter et mettre à jour vos informations de sécurité ou changer votre mot de passe.
signin-password-label = Mot de passe
signin-button = Se connecter
signin-cant-access = Vous ne pouvez pas accéder à votre compte?
signin-signed-out = Vous êtes déconnecté.
signout-button = Se déconnecter
account-title = Mon compte
account-signed-in-as = Connecté en tant que { $name } ({ $upn })
account-reset-attempts = { $count ->
    [one] Une tentative de réinitialisation de votre mot de passe a échoué à l'étape de vérification
   *[other] { $count } tentatives de réinitialisation de votre mot de passe ont échoué à l'étape de vérification
}, la plus récente le { $when }. Si vous n'en êtes pas l'auteur, votre mot de passe n'a pas été modifié; assurez-vous que vos informations de sécurité vous appartiennent et prévenez votre administrateur.
account-cannot-reset = Vous ne pouvez pas encore réinitialiser vous-même votre mot de passe.
account-security-info = Informations de sécurité
account-change-password = Changer le mot de passe
err-no-session = Vous n'êtes pas connecté ou votre session a pris fin. Reconnectez-vous.
err-credentials = Votre ID d'utilisateur ou votre mot de passe est incorrect.
err-locked-out = Votre compte est temporairement verrouillé pour empêcher toute utilisation non autorisée. Réessayez après le { $until }.
err-account-locked = Votre compte est verrouillé. Utilisez « Vous ne pouvez pas accéder à votre compte? » pour le déverrouiller.
err-not-allowed = Cette méthode ne peut pas être utilisée pour votre compte.
err-current-password = Votre mot de passe actuel est incorrect.
err-on-premises = Votre mot de passe est géré par l'annuaire de votre organisation. Changez-le directement dans l'annuaire.
err-too-many = Trop de tentatives ont été effectuées depuis votre réseau. Réessayez après le { $until }.
err-resend-wait = Nous venons de vous envoyer un code par ce moyen. Patientez jusqu'au { $until } avant d'en demander un autre, ou utilisez une autre méthode.
err-messages-paused = Nous ne pouvons pas envoyer d'autres codes pour le moment. Réessayez après le { $until } ou utilisez une méthode qui ne nécessite aucun message, comme une application d'authentification ou des questions de sécurité.
err-phone-country = Votre organisation n'envoie pas de codes aux numéros de téléphone de ce pays. Utilisez un autre numéro ou une autre méthode.
err-busy = Le service est actuellement surchargé. Patientez un instant et réessayez.
cancel = Annuler
save = Enregistrer

## Informations de sécurité (G2..G7, C1)
setup-title = Informations de sécurité
setup-intro = Voici les méthodes que vous utilisez pour prouver votre identité lorsque vous réinitialisez votre mot de passe.
setup-progress-ok = Vous pouvez réinitialiser votre mot de passe. Méthodes requises configurées : { $have } sur { $required }.
setup-progress-short = Méthodes requises configurées : { $have } sur { $required }. Ajoutez-en d'autres pour pouvoir réinitialiser votre mot de passe.
setup-methods-heading = Vos méthodes
setup-none = Vous n'avez encore configuré aucune méthode.
setup-add-heading = Ajouter une méthode
setup-change = Modifier
setup-change-label = Modifier { $what }
setup-delete = Supprimer
setup-delete-label = Supprimer { $what }
setup-from-directory = (provenant de l'annuaire de votre organisation)
setup-done-added = Votre méthode a été ajoutée.
setup-done-deleted = La méthode a été supprimée.
setup-back = Retour aux informations de sécurité
setup-not-available = Cette méthode n'est pas disponible pour votre compte.
method-app = Application d'authentification
method-software = Jeton OATH logiciel
method-hardware = Jeton matériel
method-phone = Téléphone
method-office = Téléphone de bureau
method-email = Courriel
method-questions = Questions de sécurité
method-questions-detail = { $count } questions configurées
add-app = Ajouter une application d'authentification
add-software = Ajouter un jeton OATH logiciel
add-hardware = Activer un jeton matériel
add-phone = Ajouter ou modifier votre téléphone
add-office = Ajouter ou modifier votre téléphone de bureau
add-email = Ajouter ou modifier votre adresse courriel
add-questions = Configurer les questions de sécurité
setup-email-label = Adresse courriel
setup-email-hint = Utilisez une adresse autre que celle de votre compte professionnel. Nous vous y enverrons un code.
setup-phone-label = Numéro de téléphone
setup-office-label = Numéro de téléphone de bureau
setup-phone-hint = Indiquez le + et l'indicatif du pays, par exemple +1 514 555 0123.
setup-phone-channel = Comment souhaitez-vous recevoir le code?
setup-phone-sms = M'envoyer un code par texto
setup-phone-voice = M'appeler
setup-app-intro = Installez une application d'authentification sur votre téléphone, puis sélectionnez Suivant pour afficher le code QR à numériser.
setup-software-intro = Sélectionnez Suivant pour obtenir la clé secrète de votre jeton logiciel.
setup-app-step-scan = Numérisez le code QR avec votre application ou entrez la clé secrète ci-dessous.
setup-app-step-code = Entrez le code à 6 chiffres affiché par l'application.
setup-app-qr-alt = Code QR pour votre application d'authentification
setup-app-secret = Clé secrète :
setup-hardware-intro = Choisissez le numéro de série imprimé sur votre jeton et entrez le code qu'il affiche.
setup-hardware-serial = Numéro de série
setup-questions-intro = Choisissez { $count } questions différentes et répondez à chacune d'elles (de 3 à 40 caractères, toutes les réponses doivent être différentes).
setup-question-label = Question n° { $n }
setup-answer-label = Réponse { $n }
setup-err-email-shape = Entrez une adresse courriel, par exemple someone@example.com.
setup-err-email-same = Utilisez une adresse autre que celle de votre compte professionnel.
setup-err-phone = Ce numéro de téléphone ne semble pas correct.
setup-err-questions = Vos questions de sécurité n'ont pas été enregistrées.
setup-err-questions-count = Répondez à toutes les questions.
setup-err-questions-unknown = Choisissez des questions dans la liste.
setup-err-questions-duplicate = Choisissez une question différente dans chaque zone.
setup-err-answer-length = Les réponses doivent comporter entre 3 et 40 caractères.
setup-err-answer-duplicate = Donnez une réponse différente à chaque question.
setup-err-too-many-apps = Vous avez déjà atteint le nombre maximal d'applications d'authentification. Supprimez-en une d'abord.
setup-err-token-unknown = Ce jeton ne vous est pas attribué ou il est déjà actif.
protect-title = Aidez-nous à protéger votre compte
protect-intro = Votre organisation a besoin d'informations supplémentaires pour sécuriser votre compte et vous permettre de réinitialiser vous-même votre mot de passe.
protect-skip = Ignorer pour le moment
confirm-title = Vos informations de sécurité sont-elles toujours exactes?
confirm-intro = Vérifiez les méthodes que vous utilisez pour réinitialiser votre mot de passe. Confirmez-les, ou modifiez-les si quelque chose a changé.
confirm-looks-good = Tout est correct
confirm-edit = Modifier vos informations de sécurité
confirm-done = Merci! Vos informations de sécurité sont confirmées.
change-title = Changer le mot de passe
change-current-label = Mot de passe actuel
change-button = Changer le mot de passe
change-done = Votre mot de passe a été changé.

## Questions de sécurité (G6, liste prédéfinie)
sq-first-pet = Quel était le nom de votre premier animal de compagnie?
sq-birth-city = Quelle est votre ville de naissance?
sq-first-school = Quel était le nom de votre première école?
sq-childhood-friend = Quel est le prénom de votre meilleur ami ou meilleure amie d'enfance?
sq-first-job-city = Dans quelle ville avez-vous occupé votre premier emploi?
sq-grandparent-name = Quel est le prénom du plus âgé de vos grands-parents?
sq-first-concert = Quel est le premier concert auquel vous avez assisté?
sq-childhood-street = Dans quelle rue habitiez-vous quand vous étiez enfant?
sq-favourite-teacher = Quel était le nom de famille de votre professeur préféré?
sq-first-car = Quels étaient la marque et le modèle de votre première voiture?

## Notifications sur un appareil jumelé (V4)
option-push = Approuver une notification sur mon appareil
pending-push = Nous avons envoyé une notification à votre appareil. Ouvrez-la et entrez ce nombre :
pending-push-then = Sélectionnez ensuite Continuer ici.
push-continue = Continuer
err-push-pending = Vous n'avez pas encore répondu à la notification. Répondez-y sur votre appareil, puis sélectionnez Continuer.
err-push-denied = La notification a été refusée ou le nombre ne correspondait pas. Choisissez une méthode pour réessayer.
method-notification = Notifications sur mon appareil
add-notification = Ajouter un appareil pour les notifications
setup-device-intro = Utilisez votre téléphone comme appareil d'approbation des demandes : sélectionnez Suivant pour obtenir un code de jumelage.
setup-device-step-open = Sur votre téléphone, ouvrez la page de l'appareil :
setup-device-link = ouvrir la page de l'appareil
setup-device-step-code = Entrez-y ce code de jumelage :
setup-device-then = Lorsque la page de l'appareil indique que le jumelage est effectué, revenez ici.
setup-device-done = Terminé
device-title = Votre appareil
device-intro = Cette page approuve les demandes de connexion et de réinitialisation de mot de passe pour votre compte. Ajoutez-la à votre écran d'accueil pour l'avoir toujours à portée de main.
device-paired = Cet appareil est jumelé. Vérifiez les demandes lorsque vous êtes invité à en approuver une.
device-pair-failed = Ce code de jumelage n'a pas fonctionné. Obtenez-en un nouveau depuis vos informations de sécurité.
device-approved = Demande approuvée. Vous pouvez revenir à l'autre écran.
device-denied = Demande refusée. Rien n'a été approuvé.
device-no-request = Aucune demande en attente.
device-request = %org% vous demande de confirmer qu'il s'agit bien de vous (%upn%).
device-request-title = Approuver cette demande?
device-pair-code = Code de jumelage
device-name = Nom de cet appareil
device-name-default = Mon téléphone
device-pair-button = Jumeler cet appareil
device-check = Vérifier les demandes
device-number = Nombre affiché sur l'autre écran
device-approve = Approuver
device-deny = Refuser
device-needs-js = Cette page nécessite JavaScript pour conserver sa clé et signer les approbations.

## Connexion, deuxième étape (G1)
check-title = Vérifier votre identité
check-intro = Votre compte comporte des informations de sécurité : une deuxième vérification est donc nécessaire avant que vous puissiez les consulter ou les modifier.

## Annuaire local (P10, P11)
err-directory-policy = L'annuaire de votre organisation n'a pas accepté ce mot de passe. Vous l'avez peut-être déjà utilisé, ou il enfreint l'une des règles propres à l'annuaire; essayez-en un autre.
err-directory = Nous n'avons pas pu joindre l'annuaire de votre organisation. Aucune modification n'a été effectuée; réessayez dans un instant.

## Issue 10 : formulaire envoyé avec un champ manquant
err-form-incomplete = Le formulaire est arrivé incomplet. Remplissez tous les champs et réessayez.

## Issue 11 : progression des étapes, titres, image de marque, renvoi, suppression d'une méthode, dates
progress-label = Progression
progress-step = Étape { $current } sur { $total }
step-userid = ID d'utilisateur
step-verify = Vérification
step-password = Nouveau mot de passe
step-done = Terminé
resend-code = Renvoyer le code
resend-in = Vous pourrez demander un nouveau code dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
helpdesk-contact = Besoin d'aide? Contactez votre service d'assistance : { $contact }
brand-logo-alt = { $org }
setup-add-method = Ajouter une méthode
setup-delete-title = Supprimer cette méthode?
setup-delete-confirm = La méthode « { $what } » sera supprimée de vos informations de sécurité.
setup-delete-last-warning = Vous avez besoin de cette méthode pour réinitialiser votre mot de passe. Sans elle, vous ne pourrez plus réinitialiser vous-même votre mot de passe tant que vous n'aurez pas ajouté une autre méthode.
setup-delete-confirm-button = Oui, supprimer
setup-app-open-link = Ouvrir dans une application d'authentification sur ce téléphone
setup-app-secret-grouped = Clé secrète, par groupes de quatre :
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }-{ $month }-{ $day } { $hour } h { $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Issue 12 : la console d'administration. Les titres des pages suivent ceux de la réinitialisation du mot de passe d'Entra.
account-admin-console = Console d'administration
admin-title = Console d'administration
admin-sign-in = Connectez-vous avec votre compte administrateur pour ouvrir la console.
admin-not-admin = Cette console est réservée aux administrateurs. Votre compte ne dispose d'aucun rôle d'administrateur.
admin-second-step = La console nécessite une deuxième étape de connexion. Ajoutez un téléphone ou une application d'authentification à vos informations de sécurité, puis déconnectez-vous et reconnectez-vous.
admin-go-setup = Accéder à vos informations de sécurité
admin-go-account = Retour à mon compte
admin-back = Retour à la console
admin-tenant = Organisation : { $name }
admin-signed-in-as = Connecté en tant que { $name }, avec les rôles : { $roles }
admin-policy-heading = Stratégie de réinitialisation du mot de passe
admin-readonly = Vos rôles vous permettent d'aider les utilisateurs, mais pas de modifier la stratégie de réinitialisation du mot de passe. Un administrateur général ou un administrateur de la stratégie d'authentification peut la modifier.
admin-draft-pending = Une modification de la page { $page } attend votre vérification.
admin-draft-open = Ouvrir la modification
admin-draft-elsewhere = Une modification de la page { $page } attend d'être vérifiée. Si vous vérifiez une modification de cette page, elle la remplacera.
admin-saved = Enregistrée en tant que modification { $id }.
admin-discarded = La modification a été abandonnée. Rien n'a été enregistré.
admin-blade-properties = Propriétés
admin-blade-methods = Méthodes d'authentification
admin-blade-registration = Inscription
admin-blade-notifications = Notifications
admin-blade-customization = Personnalisation
admin-blade-on-premises = Intégration locale
admin-blade-administrators = Stratégie des administrateurs
admin-f-scope = Réinitialisation du mot de passe en libre-service activée pour
admin-scope-none = Aucun
admin-scope-selected = Groupes sélectionnés
admin-scope-all = Tous les utilisateurs
admin-f-groups = Groupes
admin-f-groups-hint = Cochez les groupes pour lesquels la réinitialisation du mot de passe en libre-service est activée, ou entrez d'autres noms de groupes, séparés par des virgules. Utilisés lorsque l'option Groupes sélectionnés est choisie.
admin-f-methods-required = Nombre de méthodes requises pour la réinitialisation
admin-f-methods-required-hint = 1 ou 2.
admin-f-methods = Méthodes disponibles pour les utilisateurs
admin-f-questions-to-register = Nombre de questions de sécurité requises pour l'inscription
admin-f-questions-to-ask = Nombre de questions de sécurité requises pour la réinitialisation
admin-f-custom-questions = Questions de sécurité propres à votre organisation
admin-f-custom-questions-hint = Une question par ligne, proposée en plus des questions prédéfinies.
admin-f-require-registration = Exiger des utilisateurs qu'ils s'inscrivent lors de la connexion
admin-f-reconfirm-days = Nombre de jours avant que les utilisateurs soient invités à reconfirmer leurs informations d'authentification
admin-f-reconfirm-days-hint = De 0 à 730; avec 0, la demande n'est jamais faite.
admin-f-notify-users = Notifier les utilisateurs lors des réinitialisations de mot de passe
admin-f-notify-admins = Notifier tous les administrateurs lorsque d'autres administrateurs réinitialisent leur mot de passe
admin-f-helpdesk = Lien vers le service d'assistance
admin-f-helpdesk-hint = Une adresse courriel ou une adresse web commençant par https://. Laissez ce champ vide pour n'afficher aucun lien.
admin-f-logo = Logo
admin-f-logo-hint = Un fichier de ce portail, par exemple /brand/logo.svg. Laissez ce champ vide pour n'afficher que le nom.
admin-f-accent = Couleur d'accentuation
admin-f-accent-hint = Au format #rrggbb, suffisamment foncée pour un texte blanc.
admin-f-sign-in-domain = Domaine de l'indication de connexion
admin-f-sign-in-domain-hint = Affiché dans l'exemple d'ID d'utilisateur, par exemple contoso.com.
admin-f-writeback = Réécrire les mots de passe dans votre annuaire local
admin-f-allow-unlock = Autoriser les utilisateurs à déverrouiller leur compte sans réinitialiser leur mot de passe
admin-f-admin-sspr = Autoriser les administrateurs à réinitialiser leur propre mot de passe
admin-f-admin-sspr-hint = Les administrateurs ont toujours besoin de deux méthodes : un courriel ou un téléphone, et une autre méthode.
admin-review-button = Vérifier la modification
admin-errors-heading = Cette modification ne peut pas être enregistrée :
admin-live-ok = Cette modification peut être enregistrée.
admin-err-number = Entrez un nombre entier.
admin-err-helpdesk = Entrez une adresse courriel ou une adresse web commençant par https://.
admin-err-forbidden = Vos rôles ne permettent pas de modifier la stratégie de réinitialisation du mot de passe.
admin-err-no-draft = Aucune modification n'attend de vérification.
admin-err-no-change = Cette modification ne figure pas dans l'historique.
admin-err-refused = Cette modification enfreint une règle de la stratégie. Modifiez-la, puis vérifiez-la de nouveau.
admin-review-title = Vérifier la modification
admin-review-page = Page : { $page }
admin-changes = Éléments modifiés : { $keys }
admin-no-change = Cette modification ne change rien.
admin-impact-heading = Qui peut réinitialiser son mot de passe
admin-impact-summary = Utilisateurs pouvant réinitialiser leur mot de passe : { $before } sur { $users } actuellement, { $after } après cette modification.
admin-stranded-none = Personne ne perd la possibilité de réinitialiser son mot de passe.
admin-stranded = { $count ->
    [one] { $count } utilisateur pouvait réinitialiser son mot de passe avant, mais ne le pourra plus après :
   *[other] { $count } utilisateurs pouvaient réinitialiser leur mot de passe avant, mais ne le pourront plus après :
}
admin-stranded-hint = Demandez-leur d'enregistrer d'autres méthodes sur leur page Informations de sécurité avant d'enregistrer la modification; sinon, ils devront appeler le service d'assistance.
admin-gained = { $count ->
    [one] { $count } utilisateur ne pouvait pas réinitialiser son mot de passe avant, mais le pourra après :
   *[other] { $count } utilisateurs ne pouvaient pas réinitialiser leur mot de passe avant, mais le pourront après :
}
admin-export-csv = Télécharger la liste (CSV)
admin-save = Enregistrer
admin-discard = Abandonner
admin-edit-again = Modifier de nouveau
admin-history-title = Historique des modifications
admin-history-empty = Aucune modification n'a encore été enregistrée.
admin-history-change = Modification
admin-history-when = Date
admin-history-who = Administrateur
admin-history-what = Paramètres modifiés
admin-revert = Annuler la modification
admin-revert-label = Annuler la modification { $id }
admin-reverts = annule la modification { $id }
admin-reverted = La modification { $id } a été annulée. Les paramètres qu'elle avait remplacés sont rétablis.
admin-key-scope = utilisateurs autorisés à réinitialiser
admin-key-admin-sspr = réinitialisation par les administrateurs
admin-key-methods-required = méthodes requises
admin-key-methods = méthodes disponibles
admin-key-questions-to-register = questions pour l'inscription
admin-key-questions-to-ask = questions pour la réinitialisation
admin-key-custom-questions = questions de sécurité propres
admin-key-require-registration = inscription obligatoire
admin-key-reconfirm-days = délai de reconfirmation
admin-key-notify-users = notifications des utilisateurs
admin-key-notify-admins = notifications des administrateurs
admin-key-helpdesk = lien vers le service d'assistance
admin-key-branding = image de marque
admin-key-writeback = réécriture du mot de passe
admin-key-allow-unlock = déverrouillage du compte
admin-key-password = règles de mot de passe
admin-key-phone-countries = pays autorisés pour les téléphones
admin-key-sms-sender = expéditeur des textos

# Issue 12 : les rapports de la console (A2).
admin-reports-title = Rapports
admin-reports-link = Inscriptions, réinitialisations, échecs et utilisateurs qui ne peuvent pas réinitialiser
admin-reports-period = Les { $days } derniers jours, depuis le { $since } (UTC).
admin-reports-chart = Graphique du tableau ci-dessous
admin-reports-by-day = Inscriptions, réinitialisations et déverrouillages par jour
admin-col-day = Jour
admin-col-registrations = Inscriptions
admin-col-resets = Réinitialisations
admin-col-unlocks = Déverrouillages
admin-col-user = Utilisateur
admin-reports-funnel = Jusqu'où sont allées les tentatives de réinitialisation
admin-reports-funnel-hint = Chaque tentative commence par un ID d'utilisateur. C'est là où les chiffres baissent que les utilisateurs abandonnent.
admin-col-step = Étape
admin-col-attempts = Tentatives
admin-funnel-started = Commencées
admin-funnel-eligible = Réinitialisation autorisée
admin-funnel-verified-one = Une méthode vérifiée
admin-funnel-verified-two = Une deuxième méthode vérifiée
admin-funnel-password-set = Nouveau mot de passe défini ou compte déverrouillé
admin-reports-failures = Échecs par motif
admin-col-reason = Motif
admin-col-count = Nombre
admin-reports-none = Rien pendant cette période.
admin-reports-methods = Méthodes utilisées pour réinitialiser ou déverrouiller
admin-col-method = Méthode
admin-reports-cannot = Qui ne peut pas réinitialiser
admin-reports-can = Utilisateurs pouvant réinitialiser leur mot de passe dès maintenant : { $can } sur { $users }.
admin-reports-short = { $count ->
    [one] { $count } utilisateur ne peut pas réinitialiser son mot de passe, faute de méthodes :
   *[other] { $count } utilisateurs ne peuvent pas réinitialiser leur mot de passe, faute de méthodes :
}
# Issue 12 : la page Utilisateurs de la console (D1, D3).
admin-users-title = Utilisateurs
admin-users-link = Rechercher un utilisateur : ses méthodes, ses blocages et ses coordonnées
admin-users-lookup-label = ID d'utilisateur
admin-users-lookup = Rechercher
admin-err-no-user = Aucun utilisateur ne possède cet ID dans votre organisation.
admin-err-protected = Cet utilisateur est un administrateur dont les rôles dépassent les vôtres. Adressez-vous à un administrateur général.
admin-err-contact = Entrez une adresse courriel autre que celle de l'utilisateur lui-même, et les numéros de téléphone au format +<indicatif du pays> <numéro>.
admin-user-status = Compte
admin-user-enabled = Activé
admin-user-disabled = Désactivé
admin-user-locked = verrouillé dans l'annuaire
admin-user-password = Mot de passe
admin-user-cloud = Géré par ce portail
admin-user-onprem = Géré par l'annuaire local
admin-user-groups = Groupes
admin-user-roles = Rôles d'administrateur
admin-user-none = Aucun
admin-user-methods = Ses méthodes
admin-user-reset = Réinitialisation du mot de passe en libre-service
admin-user-can-reset = Peut réinitialiser son mot de passe dès maintenant.
admin-user-cannot-reset = Ne peut pas réinitialiser son mot de passe pour l'instant :
admin-reason-consumer = il s'agit d'un compte personnel, que ce portail ne prend pas en charge.
admin-reason-unavailable = le compte est désactivé.
admin-reason-not-enabled = la réinitialisation du mot de passe en libre-service n'est pas activée pour ses groupes.
admin-reason-not-registered = il n'a pas inscrit assez de méthodes pour la stratégie.
admin-reason-admin-not-registered = un administrateur a besoin de deux méthodes, et il en a moins.
admin-reason-writeback-off = le mot de passe est géré localement et la réécriture est désactivée.
admin-user-blocks = Blocages
admin-user-no-blocks = Aucun blocage pour l'instant.
admin-user-reset-blocked = Réinitialisations du mot de passe bloquées jusqu'au { $until } (trop de codes ou de réponses erronés)
admin-user-sends-blocked = Envoi de codes bloqué jusqu'au { $until } (trop de codes envoyés)
admin-user-signin-locked = Connexion verrouillée jusqu'au { $until } (trop de mots de passe erronés)
admin-user-clear = Lever les blocages
admin-user-cleared = Les blocages ont été levés.
admin-user-contact = Coordonnées
admin-user-alternate-email = Adresse courriel secondaire
admin-user-mobile = Téléphone cellulaire
admin-user-office = Téléphone de bureau
admin-user-contact-hint = Numéros de téléphone au format +<indicatif du pays> <numéro>. Laissez un champ vide pour l'effacer.
admin-user-contact-save = Enregistrer les coordonnées
admin-user-contact-saved = Les coordonnées ont été enregistrées.
admin-user-protected = Cet utilisateur est un administrateur dont les rôles dépassent les vôtres : seul un administrateur général peut modifier ses coordonnées ou ses blocages.

# Issue 12 : le code de récupération remis par le service d'assistance, et les avis sur ce qu'un administrateur a modifié.
admin-recovery-heading = Code de récupération
admin-recovery-intro = Pour un utilisateur qui a perdu toutes ses méthodes : un code à usage unique, valable 8 heures, qui lui permet de se connecter une fois pour enregistrer de nouvelles méthodes. Remettez-le en personne ou lors d'un appel que vous avez passé vous-même; l'utilisateur en est informé à ses adresses courriel.
admin-recovery-issue = Émettre un code de récupération
admin-recovery-issued = Un code de récupération a été émis. Il n'est affiché qu'une seule fois.
admin-recovery-code-is = Le code de récupération :
admin-recovery-until = Le code de récupération est valable jusqu'au { $until }.
admin-recovery-hand-over = Ne le lisez à l'utilisateur qu'après avoir vérifié son identité. Il ne sera plus affiché.
admin-recovery-done = Terminé, masquer le code
recovery-link = Vous avez reçu un code de récupération de votre service d'assistance?
recovery-title = Se connecter avec un code de récupération
recovery-intro = Si vous avez perdu toutes vos méthodes, votre service d'assistance peut vous remettre un code de récupération à usage unique. Connectez-vous avec ce code, puis enregistrez de nouvelles méthodes sur votre page Informations de sécurité.
recovery-code-label = Code de récupération
recovery-code-hint = 16 lettres et chiffres, par exemple ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Votre ID d'utilisateur ou votre code de récupération est incorrect, ou le code a déjà été utilisé ou a expiré.
recovery-back = Se connecter plutôt avec votre mot de passe
msg-recovery-issued-subject = Un code de récupération a été émis pour votre compte
msg-recovery-issued-body = Un administrateur a émis un code de récupération à usage unique pour { $user }. Si vous n'en avez pas demandé à votre service d'assistance, contactez immédiatement votre administrateur.
msg-recovery-used-subject = Quelqu'un s'est connecté avec un code de récupération
msg-recovery-used-body = Une connexion au compte { $user } a été effectuée avec un code de récupération pour enregistrer de nouvelles informations de sécurité. Si vous n'êtes pas à l'origine de cette opération, contactez immédiatement votre administrateur.
msg-contact-changed-subject = Vos coordonnées ont été modifiées
msg-contact-changed-body = Un administrateur a modifié les coordonnées de { $user } (une adresse courriel ou un numéro de téléphone servant à réinitialiser le mot de passe). Si vous ne vous y attendiez pas, contactez immédiatement votre administrateur.

# Issue 12 : la recherche dans le journal d'audit de la console (A1, W2).
admin-audit-title = Journal d'audit
admin-audit-link = Rechercher dans le journal d'audit et le télécharger
admin-audit-user = ID d'utilisateur
admin-audit-from = Date de début (YYYY-MM-DD, UTC)
admin-audit-to = Date de fin (YYYY-MM-DD, UTC)
admin-audit-step = Étape
admin-audit-outcome = Résultat
admin-audit-ip = Adresse IP
admin-audit-client = Type de client
admin-audit-any = Tous
admin-audit-search = Rechercher
admin-audit-bad-date = Entrez une date au format YYYY-MM-DD, par exemple 2026-11-05.
admin-audit-count = { $count ->
    [one] { $count } entrée correspond à la recherche.
   *[other] { $count } entrées correspondent à la recherche.
}
admin-audit-capped = Seules les entrées les plus récentes sont affichées et téléchargées; affinez la recherche pour voir les autres.
admin-audit-pages = Pages des résultats
admin-audit-newer = Entrées plus récentes
admin-audit-older = Entrées plus anciennes
admin-audit-export-json = Télécharger au format JSON (une entrée par ligne)

# Issue 12 : la page Exploitation de la console.
admin-ops-title = Exploitation
admin-ops-link = Exploitation : l'état actuel de la base de données, de l'annuaire et de la file d'attente des courriels
admin-ops-database = Base de données
admin-ops-directory = Annuaire local
admin-ops-no-directory = Non configuré
admin-ops-ok = Fonctionne
admin-ops-down = Ne répond pas
admin-ops-on = Activée
admin-ops-off = Désactivée
admin-ops-directory-error = Dernier échec de l'annuaire (30 derniers jours)
admin-ops-mail-waiting = Avis en attente d'envoi
admin-ops-mail-oldest = Plus ancien avis en attente depuis
admin-ops-mail-sent = Avis envoyés
admin-ops-mail-failed = Avis abandonnés après plusieurs tentatives
admin-ops-hashing = Hachages de mots de passe en attente sur ce nœud
admin-ops-version = Version du portail
admin-ops-hint = Vérifié à l'ouverture de cette page, par le nœud qui l'a servie. Les compteurs d'avis portent sur l'ensemble du portail; le reste se trouve dans /metrics.

# Issue 12 : le sélecteur de groupes de P1 et l'avis de M2 aux utilisateurs qu'une modification empêche de réinitialiser leur mot de passe.
admin-f-groups-other = Autres groupes
admin-f-groups-none = Cette organisation n'a encore aucun groupe dans le portail : entrez leurs noms.
admin-notify-stranded = Envoyer un courriel aux utilisateurs qui ne pourront plus réinitialiser leur mot de passe après cette modification, pour leur demander d'enregistrer d'autres méthodes
msg-register-needed-subject = Enregistrez d'autres informations de sécurité
msg-register-needed-body = Votre organisation exige maintenant davantage d'informations de sécurité avant qu'un mot de passe puisse être réinitialisé. Tant que vous ne vous connectez pas pour ajouter des méthodes sur votre page Informations de sécurité, { $user } ne peut pas réinitialiser son mot de passe sans appeler le service d'assistance.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Dernière synchronisation de l'annuaire (sspr directory sync)
admin-ops-sync-counts = modifications enregistrées : { $changes }; valeurs refusées : { $refused }; utilisateurs sans organisation : { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Une traduction se place sur une ligne sous sa question, sous la forme d'une balise de langue, de deux-points et du texte (par exemple ja-JP: …), et comporte entre 1 et 200 caractères.
admin-err-translation-first = Écrivez d'abord la question, puis ses traductions sur les lignes suivantes.
admin-f-question-translations-hint = Pour afficher une question dans une autre langue, ajoutez sous celle-ci une ligne avec la balise de langue, deux-points et la traduction, par exemple « ja-JP: 事務所の植物の名前は？ ». Les utilisateurs dont la langue n'a pas de traduction voient la question telle qu'elle est écrite.
admin-f-recovery-code-resets = Un code de récupération remis par le service d'assistance peut aussi réinitialiser une fois le mot de passe de l'utilisateur
admin-key-recovery-code-resets = codes de récupération qui réinitialisent les mots de passe
recovery-reset-hint = Si votre organisation l'autorise, le code peut plutôt réinitialiser votre mot de passe, une seule fois.
recovery-reset-button = Réinitialiser mon mot de passe
recovery-no-reset = Votre organisation autorise le code de récupération uniquement pour vous connecter. Enregistrez de nouvelles méthodes ici; vous pourrez ensuite les utiliser pour réinitialiser votre mot de passe.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Réinitialisation commencée
audit-step-choose = Réinitialisation ou déverrouillage choisi
audit-step-select = Méthode choisie
audit-step-send-code = Code envoyé
audit-step-verify = Méthode vérifiée
audit-step-unlock = Compte déverrouillé
audit-step-reset = Mot de passe réinitialisé
audit-step-password = Nouveau mot de passe saisi
audit-step-directory = Réécriture dans l'annuaire
audit-step-notify = Envoi d'un avis
audit-step-admin-request = Demande aux administrateurs
audit-step-signin = Connexion
audit-step-signin-verify = Deuxième étape de connexion
audit-step-signout = Déconnexion
audit-step-interrupt = Invitation à s'inscrire lors de la connexion
audit-step-reconfirm = Informations de sécurité reconfirmées
audit-step-register = Méthode enregistrée
audit-step-register-send-code = Code d'inscription envoyé
audit-step-register-pairing = Application d'authentification jumelée
audit-step-register-verify = Code d'inscription vérifié
audit-step-delete-method = Méthode supprimée
audit-step-change-password = Mot de passe modifié
audit-step-delivery = Accusé de remise
audit-step-policy-change = Stratégie modifiée
audit-step-admin-clear-blocks = Blocages levés par un administrateur
audit-step-admin-set-contact = Coordonnées définies par un administrateur
audit-step-admin-recovery-code = Code de récupération émis
audit-step-directory-sync = Synchronisation de l'annuaire
audit-outcome-ok = Réussite
audit-outcome-fail = Échec
audit-outcome-blocked = Bloqué
audit-outcome-error = Erreur
audit-outcome-rejected = Refusé
audit-outcome-ineligible = Non admissible
audit-outcome-dismissed = Reporté
audit-client-browser = Navigateur
audit-client-sign-in-screen = Écran de connexion
audit-client-app = Application

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting } : { $old } → { $new }
admin-value-on = Activé
admin-value-off = Désactivé
admin-value-empty = (vide)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Dernière réécriture d'un mot de passe (ou déverrouillage d'un compte) dans l'annuaire

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Mot de passe réinitialisé
done-title-unlock = Compte déverrouillé
admin-f-sign-in-url = Page de connexion de votre organisation
admin-f-sign-in-url-hint = Destination du bouton de la dernière page d'une réinitialisation, par exemple https://login.contoso.com. Laissez ce champ vide pour utiliser la valeur par défaut de ce portail.
policy-err-sign-in-url = Entrez la page de connexion sous la forme d'une adresse web commençant par https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Questions de sécurité prédéfinies que les utilisateurs peuvent choisir
admin-key-predefined-questions = questions de sécurité prédéfinies
policy-err-too-few-questions = Proposez au moins autant de questions de sécurité (prédéfinies et propres à votre organisation) que les utilisateurs doivent en enregistrer.
