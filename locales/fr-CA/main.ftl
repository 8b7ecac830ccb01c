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
