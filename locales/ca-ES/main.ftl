# sspr, ca-ES. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Restabliment de contrasenya per autoservei
reset-title = Recupereu l'accés al compte
skip-to-content = Salta al contingut principal
lang-switch-label = Idioma
next = Següent
back-to-start = Torna a començar
retry = Torna-ho a provar
something-wrong = S'ha produït un error. Torneu-ho a provar més tard.
not-found = Aquesta pàgina no existeix.
working = S'està processant…

## Entry (E2)
entry-intro = Per recuperar el compte, comenceu introduint el vostre identificador d'usuari i la resposta a la pregunta següent.
userid-label = Identificador d'usuari
userid-hint = Exemple: { $example }
captcha-legend = Demostreu que no sou un robot
captcha-nojs = Després de seleccionar Següent, es comprova el navegador durant uns quants segons ({ $seconds } o més). No cal que feu res més.
captcha-working = S'està comprovant el navegador…
captcha-done = Fet. Podeu continuar.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Contacteu amb l'administrador
contact-reason-consumer = Els comptes personals no poden utilitzar aquest portal. Utilitzeu les opcions de recuperació del vostre proveïdor de correu electrònic.
contact-reason-unavailable = No podem restablir aquest compte aquí. Pot ser que no existeixi o que estigui desactivat.
contact-reason-not-enabled = El restabliment de contrasenya per autoservei no està activat per a aquest compte.
contact-reason-not-registered = Aquest compte no té prou informació de seguretat registrada per restablir la contrasenya.
contact-reason-admin-not-registered = Per restablir la contrasenya, els comptes d'administrador necessiten dos mètodes registrats (correu electrònic, telèfon mòbil, telèfon de la feina o aplicació d'autenticació).
contact-reason-writeback-off = La contrasenya d'aquest compte es gestiona localment i no es pot restablir aquí.
contact-also-intro = Això també pot passar quan:
contact-also-consumer = el compte és un compte personal d'un proveïdor de correu electrònic per a particulars
contact-also-unavailable = l'identificador d'usuari està mal escrit, o el compte no existeix o està desactivat
contact-also-not-enabled = el restabliment de contrasenya per autoservei no està activat per al compte
contact-also-not-registered = el compte no té prou informació de seguretat registrada (si podeu iniciar la sessió, la pàgina d'informació de seguretat mostra què hi falta)
contact-also-admin-not-registered = un compte d'administrador no té dos mètodes registrats
contact-also-writeback-off = la contrasenya la gestiona el directori propi de la vostra organització
contact-helpdesk-link = Contacteu amb el servei d'assistència
contact-helpdesk-email = Envieu un correu electrònic al servei d'assistència: { $email }
contact-no-helpdesk = Demaneu ajuda a l'administrador de la vostra organització.
contact-request-button = Demana als meus administradors que restableixin la meva contrasenya
contact-request-sent = S'ha enviat la vostra sol·licitud als administradors.

## Trouble choice
choose-title = Per què teniu problemes per iniciar la sessió?
choose-forgot = He oblidat la contrasenya
choose-forgot-hint = No us preocupeu: us ajudarem a restablir-la amb la informació de seguretat que heu registrat.
choose-unlock = Sé la contrasenya, però continuo sense poder iniciar la sessió
choose-unlock-hint = Pot passar si heu intentat iniciar la sessió massa vegades amb una contrasenya incorrecta.

## Verification (V1..V6)
verify-title = Verifiqueu la vostra identitat
verify-step = Pas de verificació { $current } de { $required }
verify-pick = Trieu el mètode de contacte que hem d'utilitzar per a la verificació:
verify-passed = Verificat
option-email = Envia un correu electrònic a la meva adreça alternativa { $masked }
option-sms = Envia un SMS al meu telèfon mòbil { $masked }
option-voice = Truca al meu telèfon mòbil { $masked }
option-office = Truca al meu telèfon de la feina { $masked }
option-app = Introdueix un codi de la meva aplicació d'autenticació
option-software_oath = Introdueix un codi del meu testimoni de programari
option-hardware_oath = Introdueix un codi del meu testimoni de maquinari
option-questions = Respon les meves preguntes de seguretat
pending-email = Hem enviat un correu electrònic amb un codi de verificació a { $masked }.
pending-sms = Hem enviat un SMS amb un codi de verificació al { $masked }.
pending-voice = Estem trucant al { $masked }. Escolteu el codi de verificació.
pending-totp = Introduïu el codi que es mostra a l'aplicació o al testimoni.
code-label = Codi de verificació
questions-legend = Responeu les preguntes de seguretat
verify-button = Verifica

## New password (N1, N2)
password-title = Trieu una contrasenya nova
password-label = Contrasenya nova
confirm-label = Confirmació de la contrasenya nova
password-rules = La contrasenya ha de:
pw-rule-length = tenir com a mínim { $min } caràcters
pw-rule-max-length = tenir com a màxim { $max } caràcters
pw-rule-classes = contenir tres d'aquests tipus: minúscules, majúscules, dígits, símbols
pw-rule-banned = no ser una contrasenya habitual o prohibida
pw-rule-name = no contenir el vostre nom
pw-rule-match = coincidir amb la confirmació
pw-rule-classes-ad = contenir tres d'aquests tipus: minúscules, majúscules, dígits, símbols, lletres sense majúscula ni minúscula (com ara el kana)
pw-rule-name-ad = no contenir el nom del compte ni cap part del vostre nom de 3 caràcters o més
pw-dir-heading = En enviar-la, el directori de la vostra organització també comprova que la contrasenya:
pw-dir-history = { $n ->
    [one] no sigui la contrasenya actual
   *[other] no sigui cap de les { $n } últimes contrasenyes
}
pw-dir-min-age = { $n ->
    [one] es canviï com a mínim un dia després de l'últim canvi de contrasenya
   *[other] es canviï com a mínim { $n } dies després de l'últim canvi de contrasenya
}
pw-dir-module = compleixi les altres regles de qualitat de la vostra organització
pw-rule-ok = requisit complert
pw-rule-not-ok = requisit no complert
finish = Finalitza

## Done
done-reset = S'ha restablert la contrasenya.
done-unlock = S'ha desbloquejat el compte.
done-sign-in = Inicia la sessió amb el compte

## Errors (flows)
err-no-flow = La sessió ha caducat. Torneu a començar.
err-captcha = La comprovació que no sou un robot ha caducat o ja s'ha utilitzat. Torneu-ho a provar.
err-wrong-step = Aquest pas ja no està disponible. Continueu des d'aquí.
err-unknown-option = Trieu un dels mètodes de la llista.
err-code-wrong = Aquest codi no és vàlid. Comproveu-lo i torneu-ho a provar.
err-code-expired = Aquest codi ha caducat. Envieu-ne un de nou.
err-code-used = Aquest codi ja s'ha utilitzat. Continueu des d'aquí.
err-blocked = Ho heu intentat massa vegades. Torneu-ho a provar després del { $until }.
err-email-limit = Hem enviat massa codis. Torneu-ho a provar després del { $until } o utilitzeu un altre mètode.
err-answers-wrong = Una o més respostes són incorrectes. Aquí teniu un nou conjunt de preguntes.
err-password = La contrasenya no compleix els requisits següents.
err-delivery = Ara mateix no hem pogut enviar el missatge. Torneu-ho a provar més tard o utilitzeu un altre mètode.
err-admin-request-limit = Ja heu enviat diverses sol·licituds. Els administradors es posaran en contacte amb vós.
err-internal = S'ha produït un error. Torneu-ho a provar més tard.
userid-err-empty = Introduïu el vostre identificador d'usuari.
userid-err-shape = Introduïu l'identificador d'usuari amb el format nom@domini, per exemple, { $example }.
userid-err-too-long = Aquest identificador d'usuari és massa llarg.

## Messages (email, SMS, voice)
msg-code-subject = Codi de verificació del compte de { $org }
msg-code-email = Utilitzeu el codi següent per verificar el compte: { $code }. Caduca d'aquí a { $minutes } minuts. Si no l'heu sol·licitat, ignoreu aquest correu electrònic.
msg-code-sms = Codi per restablir la contrasenya de { $org }: { $code }
msg-code-voice = El vostre codi de verificació és { $code }. Repeteixo, el vostre codi és { $code }.
msg-reset-subject = S'ha restablert la vostra contrasenya
msg-reset-body = La contrasenya de { $user } s'acaba de restablir mitjançant el restabliment de contrasenya per autoservei. Si no heu estat vós, contacteu immediatament amb l'administrador.
msg-method-added-subject = S'ha afegit informació de seguretat al vostre compte
msg-method-added-body = S'ha afegit el mètode «{ $method }» a la informació de seguretat de { $user }. Si no heu estat vós, inicieu la sessió, suprimiu-lo, canvieu la contrasenya i contacteu amb l'administrador.
msg-method-removed-subject = S'ha suprimit informació de seguretat del vostre compte
msg-method-removed-body = S'ha suprimit el mètode «{ $method }» de la informació de seguretat de { $user }. Si no heu estat vós, inicieu la sessió, reviseu la informació de seguretat, canvieu la contrasenya i contacteu amb l'administrador.
msg-admin-reset-subject = Un administrador ha restablert la seva contrasenya
msg-admin-reset-body = L'administrador { $user } ha restablert la seva pròpia contrasenya mitjançant el restabliment de contrasenya per autoservei.
msg-admin-request-subject = Sol·licitud de restabliment de contrasenya
msg-admin-request-body = { $user } no pot restablir la seva contrasenya per autoservei i demana ajuda a un administrador.

## Dev outbox (demo mode only)
outbox-title = Safata de sortida (demostració)
outbox-intro = Mode de demostració: els missatges que envia el portal s'escriuen aquí en lloc de lliurar-se. Primer els més recents.
outbox-empty = Encara no hi ha cap missatge.
outbox-to = Per a
demo-outbox-link = Mode de demostració: llegeix el missatge a la safata de sortida (s'obre en una pestanya nova)
outbox-channel = Canal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Trieu com a mínim un grup per a l'àmbit «Grups seleccionats».
policy-err-methods-required = El nombre de mètodes necessaris ha de ser 1 o 2.
policy-err-too-few-methods = Activeu com a mínim tants mètodes com els necessaris.
policy-err-office-phone-paid = El telèfon de la feina només està disponible per als inquilins de pagament.
policy-err-questions-register = Els usuaris han de registrar entre 3 i 5 preguntes de seguretat.
policy-err-questions-ask = S'han de fer entre 3 i 5 preguntes de seguretat.
policy-err-questions-ask-exceeds = No podeu fer més preguntes de les que registren els usuaris.
policy-err-reconfirm-days = La reconfirmació ha de ser d'entre 0 i 730 dies.
policy-err-app-needs-more = Quan l'aplicació mòbil està activada, activeu també prou mètodes addicionals.
policy-err-app-notification-alone = Si només cal un mètode, la notificació de l'aplicació no compta per si sola.
policy-err-password-length = La longitud de la contrasenya ha de ser d'entre 8 i 256 caràcters.
policy-err-banned-terms = Com a màxim, 1.000 termes prohibits personalitzats.
policy-err-sms-sender = El remitent dels SMS ha de ser un nom de fins a 11 lletres i dígits, o un número de telèfon com ara +15017122661.
phone-err-country-code = Comenceu el número amb + i el prefix del país.
phone-err-characters = Utilitzeu només dígits, espais i guions.
phone-err-length = Aquest número és massa curt o massa llarg.
policy-err-custom-question = Les preguntes de seguretat personalitzades han de tenir entre 1 i 200 caràcters i ser totes diferents.
policy-err-brand-accent = El color de la marca s'ha d'escriure com a #rrggbb i ha de ser prou fosc per al text blanc (contrast de com a mínim 4,5:1).
policy-err-brand-logo = El logotip ha de ser un fitxer d'aquest portal (com ara /brand/logo.svg) o una imatge incrustada.
policy-err-sign-in-domain = El domini d'inici de sessió ha de ser un nom de domini, com ara contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Inicia la sessió per gestionar la informació de seguretat
signin-title = Inicia la sessió
signin-intro = Inicieu la sessió per veure i actualitzar la informació de seguretat o canviar la contrasenya.
signin-password-label = Contrasenya
signin-button = Inicia la sessió
signin-cant-access = No podeu accedir al compte?
signin-signed-out = Heu tancat la sessió.
signout-button = Tanca la sessió
account-title = El meu compte
account-signed-in-as = Sessió iniciada com a { $name } ({ $upn })
account-reset-attempts = Algú ha intentat restablir la vostra contrasenya i no ha superat la verificació { $count ->
    [one] una vegada
   *[other] { $count } vegades
}, l'última el { $when }. Si no heu estat vós, la contrasenya no ha canviat; assegureu-vos que la informació de seguretat és vostra i aviseu l'administrador.
account-cannot-reset = Encara no podeu restablir la contrasenya de manera autònoma.
account-security-info = Informació de seguretat
account-change-password = Canvia la contrasenya
err-no-session = No heu iniciat la sessió o la sessió ha finalitzat. Torneu a iniciar la sessió.
err-credentials = L'identificador d'usuari o la contrasenya no són correctes.
err-locked-out = El compte està bloquejat temporalment per evitar-ne un ús no autoritzat. Torneu-ho a provar després del { $until }.
err-account-locked = El compte està bloquejat. Utilitzeu «No podeu accedir al compte?» per desbloquejar-lo.
err-not-allowed = Aquest mètode no es pot utilitzar amb el vostre compte.
err-current-password = La contrasenya actual no és correcta.
err-on-premises = La contrasenya la gestiona el directori de la vostra organització. Canvieu-la allà.
err-too-many = Hi ha hagut massa intents des de la vostra xarxa. Torneu-ho a provar després del { $until }.
err-resend-wait = Us acabem d'enviar un codi per aquesta via. Espereu fins al { $until } abans de demanar-ne un altre, o utilitzeu un altre mètode.
err-messages-paused = Ara mateix no podem enviar més codis. Torneu-ho a provar després del { $until } o utilitzeu un mètode que no necessiti missatges, com ara una aplicació d'autenticació o les preguntes de seguretat.
err-phone-country = La vostra organització no envia codis a números de telèfon d'aquest país. Utilitzeu un altre número o un altre mètode.
err-busy = El servei està ocupat ara mateix. Espereu una mica i torneu-ho a provar.
cancel = Cancel·la
save = Desa

## Security info (G2..G7, C1)
setup-title = Informació de seguretat
setup-intro = Aquests són els mètodes que utilitzeu per demostrar qui sou quan restabliu la contrasenya.
setup-progress-ok = Podeu restablir la contrasenya: teniu configurats { $have } dels { $required } mètodes necessaris.
setup-progress-short = Teniu configurats { $have } dels { $required } mètodes necessaris. Afegiu-ne més per poder restablir la contrasenya.
setup-methods-heading = Els vostres mètodes
setup-none = Encara no heu configurat cap mètode.
setup-add-heading = Afegeix un mètode
setup-change = Canvia
setup-change-label = Canvia { $what }
setup-delete = Suprimeix
setup-delete-label = Suprimeix { $what }
setup-from-directory = (del directori de la vostra organització)
setup-done-added = S'ha afegit el mètode.
setup-done-deleted = S'ha suprimit el mètode.
setup-back = Torna a la informació de seguretat
setup-not-available = Aquest mètode no està disponible per al vostre compte.
method-app = Aplicació d'autenticació
method-software = Testimoni OATH de programari
method-hardware = Testimoni de maquinari
method-phone = Telèfon
method-office = Telèfon de la feina
method-email = Correu electrònic
method-questions = Preguntes de seguretat
method-questions-detail = { $count } preguntes
add-app = Afegeix una aplicació d'autenticació
add-software = Afegeix un testimoni OATH de programari
add-hardware = Activa un testimoni de maquinari
add-phone = Afegeix o canvia el telèfon
add-office = Afegeix o canvia el telèfon de la feina
add-email = Afegeix o canvia el correu electrònic
add-questions = Configura les preguntes de seguretat
setup-email-label = Adreça electrònica
setup-email-hint = Utilitzeu una adreça diferent de la del compte de la feina. Hi enviarem un codi.
setup-phone-label = Número de telèfon
setup-office-label = Número de telèfon de la feina
setup-phone-hint = Incloeu el + i el prefix del país, per exemple, +34 612 34 56 78.
setup-phone-channel = Com voleu rebre el codi?
setup-phone-sms = Envia'm un codi per SMS
setup-phone-voice = Truca'm
setup-app-intro = Instal·leu una aplicació d'autenticació al telèfon i, després, seleccioneu Següent per veure el codi QR que heu d'escanejar.
setup-software-intro = Seleccioneu Següent per obtenir la clau secreta del testimoni de programari.
setup-app-step-scan = Escanegeu el codi QR amb l'aplicació o introduïu la clau secreta que hi ha a continuació.
setup-app-step-code = Introduïu el codi de 6 dígits que mostra l'aplicació.
setup-app-qr-alt = Codi QR per a l'aplicació d'autenticació
setup-app-secret = Clau secreta:
setup-hardware-intro = Trieu el número de sèrie imprès al testimoni i introduïu el codi que mostra.
setup-hardware-serial = Número de sèrie
setup-questions-intro = Trieu { $count } preguntes diferents i responeu-les totes (de 3 a 40 caràcters; no hi pot haver dues respostes iguals).
setup-question-label = Pregunta { $n }
setup-answer-label = Resposta { $n }
setup-err-email-shape = Introduïu una adreça electrònica, per exemple, someone@example.com.
setup-err-email-same = Utilitzeu una adreça diferent de la del compte de la feina.
setup-err-phone = Aquest número de telèfon no sembla correcte.
setup-err-questions = No s'han desat les preguntes de seguretat.
setup-err-questions-count = Responeu totes les preguntes.
setup-err-questions-unknown = Trieu preguntes de la llista.
setup-err-questions-duplicate = Trieu una pregunta diferent a cada casella.
setup-err-answer-length = Les respostes han de tenir entre 3 i 40 caràcters.
setup-err-answer-duplicate = Doneu una resposta diferent a cada pregunta.
setup-err-too-many-apps = Ja teniu el nombre màxim d'aplicacions d'autenticació. Primer suprimiu-ne una.
setup-err-token-unknown = Aquest testimoni no us està assignat o ja està actiu.
protect-title = Ajudeu-nos a protegir el vostre compte
protect-intro = La vostra organització necessita més informació per mantenir el compte segur i permetre-us restablir la contrasenya de manera autònoma.
protect-skip = Omet per ara
confirm-title = La vostra informació de seguretat encara és correcta?
confirm-intro = Comproveu els mètodes que utilitzeu per restablir la contrasenya. Confirmeu-los o editeu-los si ha canviat alguna cosa.
confirm-looks-good = Tot és correcte
confirm-edit = Edita la informació de seguretat
confirm-done = Gràcies! S'ha confirmat la vostra informació de seguretat.
change-title = Canvia la contrasenya
change-current-label = Contrasenya actual
change-button = Canvia la contrasenya
change-done = S'ha canviat la contrasenya.

## Security questions (G6, predefined list)
sq-first-pet = Com es deia la vostra primera mascota?
sq-birth-city = En quina ciutat vau néixer?
sq-first-school = Com es deia la vostra primera escola?
sq-childhood-friend = Quin és el nom del vostre millor amic o amiga de la infància?
sq-first-job-city = En quina ciutat vau tenir la vostra primera feina?
sq-grandparent-name = Quin és el nom del més gran dels vostres avis?
sq-first-concert = Quin va ser el primer concert al qual vau assistir?
sq-childhood-street = En quin carrer vivíeu durant la infància?
sq-favourite-teacher = Quin era el cognom del vostre professor preferit?
sq-first-car = De quina marca i model era el vostre primer cotxe?

## Notifications on a paired device (V4)
option-push = Aprova una notificació al meu dispositiu
pending-push = Hem enviat una notificació al vostre dispositiu. Obriu-la i introduïu aquest número:
pending-push-then = Després, seleccioneu Continua aquí.
push-continue = Continua
err-push-pending = Encara no heu respost la notificació. Responeu-la al dispositiu i, després, seleccioneu Continua.
err-push-denied = La notificació s'ha rebutjat o el número no coincidia. Trieu un mètode per tornar-ho a provar.
method-notification = Notificacions al meu dispositiu
add-notification = Afegeix un dispositiu per a les notificacions
setup-device-intro = Utilitzeu el telèfon com a dispositiu per aprovar sol·licituds: seleccioneu Següent per obtenir un codi d'aparellament.
setup-device-step-open = Al telèfon, obriu la pàgina del dispositiu:
setup-device-link = obre la pàgina del dispositiu
setup-device-step-code = Introduïu-hi aquest codi d'aparellament:
setup-device-then = Quan la pàgina del dispositiu indiqui que està aparellat, torneu aquí.
setup-device-done = Fet
device-title = El vostre dispositiu
device-intro = Aquesta pàgina aprova les sol·licituds d'inici de sessió i de restabliment de contrasenya del vostre compte. Afegiu-la a la pantalla d'inici per tenir-la sempre a mà.
device-paired = Aquest dispositiu està aparellat. Comproveu si hi ha sol·licituds quan se us demani que n'aproveu una.
device-pair-failed = Aquest codi d'aparellament no és vàlid. Obteniu-ne un de nou des de la informació de seguretat.
device-approved = Sol·licitud aprovada. Podeu tornar a l'altra pantalla.
device-denied = Sol·licitud rebutjada. No s'ha aprovat res.
device-no-request = No hi ha cap sol·licitud pendent.
device-request = %org% us demana que confirmeu que sou vós (%upn%).
device-request-title = Voleu aprovar aquesta sol·licitud?
device-pair-code = Codi d'aparellament
device-name = Nom d'aquest dispositiu
device-name-default = El meu telèfon
device-pair-button = Aparella aquest dispositiu
device-check = Comprova si hi ha sol·licituds
device-number = Número que es mostra a l'altra pantalla
device-approve = Aprova
device-deny = Rebutja
device-needs-js = Aquesta pàgina necessita JavaScript per conservar la seva clau i signar les aprovacions.

## Sign-in, second step (G1)
check-title = Verifiqueu la vostra identitat
check-intro = El vostre compte té informació de seguretat, de manera que cal una segona comprovació abans que la pugueu veure o canviar.

## The on-premises directory (P10, P11)
err-directory-policy = El directori de la vostra organització no ha acceptat aquesta contrasenya. Potser ja l'heu utilitzat abans o incompleix alguna de les regles pròpies del directori; proveu-ne una altra.
err-directory = No hem pogut connectar amb el directori de la vostra organització. No s'ha canviat res; torneu-ho a provar d'aquí a una estona.

## Issue 10: a form post with a field missing
err-form-incomplete = El formulari ha arribat incomplet. Empleneu tots els camps i torneu-ho a provar.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Progrés
progress-step = Pas { $current } de { $total }
step-userid = Identificador d'usuari
step-verify = Verificació
step-password = Contrasenya nova
step-done = Fet
resend-code = Torna a enviar el codi
resend-in = Podreu demanar un codi nou d'aquí a { $seconds ->
    [one] un segon
   *[other] { $seconds } segons
}.
helpdesk-contact = Necessiteu ajuda? Contacteu amb el servei d'assistència: { $contact }
brand-logo-alt = { $org }
setup-add-method = Afegeix un mètode
setup-delete-title = Voleu suprimir aquest mètode?
setup-delete-confirm = Se suprimirà «{ $what }» de la vostra informació de seguretat.
setup-delete-last-warning = Necessiteu aquest mètode per restablir la contrasenya. Sense aquest mètode, no podreu restablir la contrasenya de manera autònoma fins que n'afegiu un altre.
setup-delete-confirm-button = Sí, suprimeix-lo
setup-app-open-link = Obre en una aplicació d'autenticació d'aquest telèfon
setup-app-secret-grouped = Clau secreta, en grups de quatre:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year } { $hour }:{ $minute } ({ $zone })
time-am = a. m.
time-pm = p. m.

# Incidència 12: la consola d'administrador. Els títols de les pàgines segueixen les pàgines de restabliment de contrasenya d'Entra.
account-admin-console = Consola d'administrador
admin-title = Consola d'administrador
admin-sign-in = Inicieu la sessió amb el vostre compte d'administrador per obrir la consola.
admin-not-admin = Aquesta consola és per als administradors. El vostre compte no té cap rol d'administrador.
admin-second-step = La consola necessita un segon pas d'inici de sessió. Afegiu un telèfon o una aplicació d'autenticació a la vostra informació de seguretat i, després, tanqueu la sessió i torneu-la a iniciar.
admin-go-setup = Vés a la informació de seguretat
admin-go-account = Torna al meu compte
admin-back = Torna a la consola
admin-tenant = Organització: { $name }
admin-signed-in-as = Heu iniciat la sessió com a { $name }, amb els rols: { $roles }
admin-policy-heading = Política de restabliment de contrasenya
admin-readonly = Els vostres rols us permeten ajudar els usuaris, però no canviar la política de restabliment de contrasenya. La pot canviar un administrador global o un administrador de polítiques d'autenticació.
admin-draft-pending = Hi ha un canvi a «{ $page }» pendent de la vostra revisió.
admin-draft-open = Obre el canvi
admin-draft-elsewhere = Hi ha un canvi a «{ $page }» pendent de revisió. Si reviseu aquesta pàgina, el substituireu.
admin-saved = S'ha desat com a canvi { $id }.
admin-discarded = S'ha descartat el canvi. No s'ha desat res.
admin-blade-properties = Propietats
admin-blade-methods = Mètodes d'autenticació
admin-blade-registration = Registre
admin-blade-notifications = Notificacions
admin-blade-customization = Personalització
admin-blade-on-premises = Integració local
admin-blade-administrators = Política d'administradors
admin-f-scope = Restabliment de contrasenya per autoservei activat per a
admin-scope-none = Ningú
admin-scope-selected = Grups seleccionats
admin-scope-all = Tots els usuaris
admin-f-groups = Grups
admin-f-groups-hint = Marqueu els grups per als quals està activat el restabliment de contrasenya per autoservei, o escriviu noms d'altres grups, separats per comes. S'utilitzen quan s'ha triat «Grups seleccionats».
admin-f-methods-required = Nombre de mètodes necessaris per restablir
admin-f-methods-required-hint = 1 o 2.
admin-f-methods = Mètodes disponibles per als usuaris
admin-f-questions-to-register = Nombre de preguntes de seguretat necessàries per registrar-se
admin-f-questions-to-ask = Nombre de preguntes de seguretat necessàries per restablir
admin-f-custom-questions = Preguntes de seguretat pròpies de la vostra organització
admin-f-custom-questions-hint = Una pregunta per línia, que s'ofereix al costat de les predefinides.
admin-f-require-registration = Exigeix que els usuaris es registrin en iniciar la sessió
admin-f-reconfirm-days = Nombre de dies abans que es demani als usuaris que tornin a confirmar la seva informació d'autenticació
admin-f-reconfirm-days-hint = De 0 a 730; amb 0 no es demana mai.
admin-f-notify-users = Notifica als usuaris els restabliments de contrasenya
admin-f-notify-admins = Notifica a tots els administradors quan altres administradors restableixin la seva contrasenya
admin-f-helpdesk = Enllaç del servei d'assistència
admin-f-helpdesk-hint = Una adreça electrònica o una adreça web que comenci per https://. Deixeu-ho en blanc per no mostrar-ne cap.
admin-f-logo = Logotip
admin-f-logo-hint = Un fitxer d'aquest portal, com ara /brand/logo.svg. Deixeu-ho en blanc per mostrar només el nom.
admin-f-accent = Color d'èmfasi
admin-f-accent-hint = En format #rrggbb, prou fosc per al text blanc.
admin-f-sign-in-domain = Domini de la indicació d'inici de sessió
admin-f-sign-in-domain-hint = Es mostra a l'exemple d'identificador d'usuari, com ara contoso.com.
admin-f-writeback = Reescriu les contrasenyes al directori local
admin-f-allow-unlock = Permet que els usuaris desbloquegin comptes sense restablir la contrasenya
admin-f-admin-sspr = Permet que els administradors restableixin la seva pròpia contrasenya
admin-f-admin-sspr-hint = Els administradors sempre necessiten dos mètodes: un correu electrònic o un telèfon, i un altre.
admin-review-button = Revisa el canvi
admin-errors-heading = Aquest canvi no es pot desar:
admin-live-ok = Aquest canvi es pot desar.
admin-err-number = Introduïu un nombre enter.
admin-err-helpdesk = Introduïu una adreça electrònica o una adreça web que comenci per https://.
admin-err-forbidden = Els vostres rols no permeten canviar la política de restabliment de contrasenya.
admin-err-no-draft = No hi ha cap canvi pendent de revisió.
admin-err-no-change = Aquest canvi no és a l'historial.
admin-err-refused = Aquest canvi incompleix una regla de la política. Editeu-lo i torneu-lo a revisar.
admin-review-title = Revisió del canvi
admin-review-page = Pàgina: { $page }
admin-changes = Canvia: { $keys }
admin-no-change = Això no canvia res.
admin-impact-heading = Qui pot restablir la contrasenya
admin-impact-summary = Ara { $before } de { $users } usuaris poden restablir la contrasenya; després d'aquest canvi, en podrien { $after }.
admin-stranded-none = Ningú no perd la possibilitat de restablir la contrasenya.
admin-stranded = { $count ->
    [one] Un usuari podia restablir la contrasenya abans i després no podrà:
   *[other] { $count } usuaris podien restablir la contrasenya abans i després no podran:
}
admin-stranded-hint = Demaneu-los que registrin més mètodes a la pàgina d'informació de seguretat abans de desar, o hauran de trucar al servei d'assistència.
admin-gained = { $count ->
    [one] Un usuari no podia restablir la contrasenya abans i després podrà:
   *[other] { $count } usuaris no podien restablir la contrasenya abans i després podran:
}
admin-export-csv = Baixa la llista (CSV)
admin-save = Desa
admin-discard = Descarta
admin-edit-again = Torna a editar
admin-history-title = Historial de canvis
admin-history-empty = Encara no s'ha desat cap canvi.
admin-history-change = Canvi
admin-history-when = Quan
admin-history-who = Administrador
admin-history-what = Configuració canviada
admin-revert = Reverteix
admin-revert-label = Reverteix el canvi { $id }
admin-reverts = reverteix el canvi { $id }
admin-reverted = S'ha revertit el canvi { $id }. Torna a haver-hi la configuració que havia substituït.
admin-key-scope = qui pot restablir
admin-key-admin-sspr = restabliment per part dels administradors
admin-key-methods-required = mètodes necessaris
admin-key-methods = mètodes disponibles
admin-key-questions-to-register = preguntes per registrar-se
admin-key-questions-to-ask = preguntes per restablir
admin-key-custom-questions = preguntes de seguretat pròpies
admin-key-require-registration = registre obligatori
admin-key-reconfirm-days = dies per a la reconfirmació
admin-key-notify-users = notificacions als usuaris
admin-key-notify-admins = notificacions als administradors
admin-key-helpdesk = enllaç del servei d'assistència
admin-key-branding = imatge de marca
admin-key-writeback = reescriptura de contrasenyes
admin-key-allow-unlock = desbloqueig de comptes
admin-key-password = regles de contrasenya
admin-key-phone-countries = països dels telèfons
admin-key-sms-sender = remitent dels SMS

# Incidència 12: els informes de la consola (A2).
admin-reports-title = Informes
admin-reports-link = Registres, restabliments, errors i qui no pot restablir
admin-reports-period = Els darrers { $days } dies, des del { $since } (UTC).
admin-reports-chart = Gràfic de la taula següent
admin-reports-by-day = Registres, restabliments i desbloquejos per dia
admin-col-day = Dia
admin-col-registrations = Registres
admin-col-resets = Restabliments
admin-col-unlocks = Desbloquejos
admin-col-user = Usuari
admin-reports-funnel = Fins on han arribat els intents de restabliment
admin-reports-funnel-hint = Cada intent comença amb un identificador d'usuari. On baixen les xifres és on els usuaris es rendeixen.
admin-col-step = Pas
admin-col-attempts = Intents
admin-funnel-started = Iniciats
admin-funnel-eligible = Amb permís per restablir
admin-funnel-verified-one = Han verificat un mètode
admin-funnel-verified-two = Han verificat un segon mètode
admin-funnel-password-set = Contrasenya nova establerta o compte desbloquejat
admin-reports-failures = Errors per motiu
admin-col-reason = Motiu
admin-col-count = Nombre
admin-reports-none = No hi ha res en aquest període.
admin-reports-methods = Mètodes utilitzats per restablir o desbloquejar
admin-col-method = Mètode
admin-reports-cannot = Qui no pot restablir
admin-reports-can = Ara { $can } de { $users } usuaris poden restablir la contrasenya.
admin-reports-short = { $count ->
    [one] Un usuari no pot restablir per falta de mètodes:
   *[other] { $count } usuaris no poden restablir per falta de mètodes:
}
# Incidència 12: la pàgina d'usuaris de la consola (D1, D3).
admin-users-title = Usuaris
admin-users-link = Cerca un usuari: els seus mètodes, bloquejos i informació de contacte
admin-users-lookup-label = Identificador d'usuari
admin-users-lookup = Cerca
admin-err-no-user = No hi ha cap usuari amb aquest identificador a la vostra organització.
admin-err-protected = Aquest usuari és un administrador fora de l'abast dels vostres rols. Demaneu-ho a un administrador global.
admin-err-contact = Introduïu una adreça electrònica diferent de la del mateix usuari, i els números de telèfon com a +<codi de país> <número>.
admin-user-status = Compte
admin-user-enabled = Habilitat
admin-user-disabled = Inhabilitat
admin-user-locked = bloquejat al directori
admin-user-password = Contrasenya
admin-user-cloud = La gestiona aquest portal
admin-user-onprem = La gestiona el directori local
admin-user-groups = Grups
admin-user-roles = Rols d'administrador
admin-user-none = Cap
admin-user-methods = Els seus mètodes
admin-user-reset = Restabliment de contrasenya per autoservei
admin-user-can-reset = Ara pot restablir la contrasenya.
admin-user-cannot-reset = Ara no la pot restablir:
admin-reason-consumer = és un compte personal, i aquest portal no dona servei a aquesta mena de comptes.
admin-reason-unavailable = el compte està inhabilitat.
admin-reason-not-enabled = el restabliment de contrasenya per autoservei no està activat per als seus grups.
admin-reason-not-registered = no té prou mètodes registrats per a la política.
admin-reason-admin-not-registered = un administrador necessita dos mètodes, i en té menys.
admin-reason-writeback-off = la contrasenya es gestiona localment i la reescriptura està desactivada.
admin-user-blocks = Bloquejos
admin-user-no-blocks = Ara no hi ha cap bloqueig.
admin-user-reset-blocked = Restabliments de contrasenya bloquejats fins al { $until } (massa codis o respostes incorrectes)
admin-user-sends-blocked = Codis bloquejats fins al { $until } (se n'han enviat massa)
admin-user-signin-locked = Inici de sessió bloquejat fins al { $until } (massa contrasenyes incorrectes)
admin-user-clear = Elimina els bloquejos
admin-user-cleared = S'han eliminat els bloquejos.
admin-user-contact = Informació de contacte
admin-user-alternate-email = Correu electrònic alternatiu
admin-user-mobile = Telèfon mòbil
admin-user-office = Telèfon de la feina
admin-user-contact-hint = Números de telèfon com a +<codi de país> <número>. Deixeu un camp en blanc per esborrar-lo.
admin-user-contact-save = Desa la informació de contacte
admin-user-contact-saved = S'ha desat la informació de contacte.
admin-user-protected = Aquest usuari és un administrador fora de l'abast dels vostres rols: només un administrador global en pot canviar la informació de contacte o els bloquejos.

# Incidència 12: el codi de recuperació del servei d'assistència i els avisos sobre el que ha canviat un administrador.
admin-recovery-heading = Codi de recuperació
admin-recovery-intro = Per a un usuari que ha perdut tots els mètodes: un codi d'un sol ús, vàlid durant 8 hores, que li permet iniciar la sessió una vegada per registrar mètodes nous. Lliureu-l'hi en persona o en una trucada que hàgiu fet vós; l'usuari rep un avís a les seves adreces electròniques.
admin-recovery-issue = Emet un codi de recuperació
admin-recovery-issued = S'ha emès un codi de recuperació. Només es mostra una vegada.
admin-recovery-code-is = El codi de recuperació:
admin-recovery-until = Un codi de recuperació és vàlid fins al { $until }.
admin-recovery-hand-over = Llegiu-lo a l'usuari només quan estigueu segur de qui és. No es torna a mostrar.
admin-recovery-done = Fet, amaga el codi
recovery-link = Teniu un codi de recuperació del servei d'assistència?
recovery-title = Inicia la sessió amb un codi de recuperació
recovery-intro = Si heu perdut tots els mètodes, el servei d'assistència us pot donar un codi de recuperació d'un sol ús. Inicieu la sessió amb aquest codi i, després, registreu mètodes nous a la pàgina d'informació de seguretat.
recovery-code-label = Codi de recuperació
recovery-code-hint = 16 lletres i xifres, com ara ABCD-EFGH-JKMN-PQRS.
recovery-wrong = L'identificador d'usuari o el codi de recuperació no són correctes, o bé el codi ja s'ha utilitzat o ha caducat.
recovery-back = Inicia la sessió amb la contrasenya, en lloc d'això
msg-recovery-issued-subject = S'ha emès un codi de recuperació per al vostre compte
msg-recovery-issued-body = Un administrador ha emès un codi de recuperació d'un sol ús per a { $user }. Si no n'heu demanat cap al servei d'assistència, contacteu immediatament amb l'administrador.
msg-recovery-used-subject = Algú ha iniciat la sessió amb un codi de recuperació
msg-recovery-used-body = S'ha iniciat la sessió de { $user } amb un codi de recuperació per registrar informació de seguretat nova. Si no heu estat vós, contacteu immediatament amb l'administrador.
msg-contact-changed-subject = S'ha canviat la vostra informació de contacte
msg-contact-changed-body = Un administrador ha canviat la informació de contacte de { $user } (una adreça electrònica o un número de telèfon que s'utilitza per restablir la contrasenya). Si no us ho esperàveu, contacteu immediatament amb l'administrador.

# Incidència 12: la cerca al registre d'auditoria de la consola (A1, W2).
admin-audit-title = Registre d'auditoria
admin-audit-link = Cerca al registre d'auditoria i baixa'l
admin-audit-user = Identificador d'usuari
admin-audit-from = Des de (YYYY-MM-DD, UTC)
admin-audit-to = Fins a (YYYY-MM-DD, UTC)
admin-audit-step = Pas
admin-audit-outcome = Resultat
admin-audit-ip = Adreça IP
admin-audit-client = Tipus de client
admin-audit-any = Qualsevol
admin-audit-search = Cerca
admin-audit-bad-date = Introduïu una data en format YYYY-MM-DD, com ara 2026-11-05.
admin-audit-count = { $count ->
    [one] Coincideix una entrada.
   *[other] Coincideixen { $count } entrades.
}
admin-audit-capped = Només es mostren i es baixen les més recents; restringiu la cerca per veure la resta.
admin-audit-pages = Pàgines del resultat
admin-audit-newer = Entrades més recents
admin-audit-older = Entrades més antigues
admin-audit-export-json = Baixa com a línies JSON

# Incidència 12: la pàgina d'operacions de la consola.
admin-ops-title = Operacions
admin-ops-link = Operacions: l'estat actual de la base de dades, el directori i la cua de correu
admin-ops-database = Base de dades
admin-ops-directory = Directori local
admin-ops-no-directory = No configurat
admin-ops-ok = Funciona
admin-ops-down = No respon
admin-ops-on = Activada
admin-ops-off = Desactivada
admin-ops-directory-error = Darrer error del directori (30 dies)
admin-ops-mail-waiting = Avisos pendents d'enviar
admin-ops-mail-oldest = Avís pendent més antic des de
admin-ops-mail-sent = Avisos enviats
admin-ops-mail-failed = Avisos abandonats després de diversos reintents
admin-ops-hashing = Contrasenyes pendents de hash en aquest node
admin-ops-version = Versió
admin-ops-hint = Comprovat en obrir aquesta pàgina, pel node que l'ha servida. Els recomptes de correu són de tot el portal; la resta és a /metrics.

# Incidència 12: el selector de grups de P1 i l'avís de M2 als usuaris que un canvi deixa sense poder restablir.
admin-f-groups-other = Altres grups
admin-f-groups-none = Aquesta organització encara no té grups al portal: escriviu-ne els noms.
admin-notify-stranded = Envia un correu electrònic als usuaris que no podran restablir després d'aquest canvi per demanar-los que registrin més mètodes
msg-register-needed-subject = Registreu més informació de seguretat
msg-register-needed-body = La vostra organització ara demana més informació de seguretat abans que es pugui restablir una contrasenya. Fins que no inicieu la sessió i afegiu mètodes a la pàgina d'informació de seguretat, { $user } no pot restablir la contrasenya sense trucar al servei d'assistència.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Darrera sincronització del directori (sspr directory sync)
admin-ops-sync-counts = canvis escrits: { $changes }; valors rebutjats: { $refused }; usuaris sense organització: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Una traducció va en una línia sota la seva pregunta, com a etiqueta d'idioma, dos punts i el text (per exemple, ja-JP: …), i ha de tenir entre 1 i 200 caràcters.
admin-err-translation-first = Escriviu primer la pregunta i, després, les seves traduccions a les línies de sota.
admin-f-question-translations-hint = Per mostrar una pregunta en un altre idioma, afegiu-hi a sota una línia amb l'etiqueta d'idioma, dos punts i la traducció, per exemple «ja-JP: 事務所の植物の名前は？». Els usuaris l'idioma dels quals no té traducció veuen la pregunta tal com està escrita.
admin-f-recovery-code-resets = Un codi de recuperació del servei d'assistència també pot restablir una vegada la contrasenya de l'usuari
admin-key-recovery-code-resets = codis de recuperació que restableixen contrasenyes
recovery-reset-hint = Si la vostra organització ho permet, el codi pot servir, en canvi, per restablir la contrasenya una vegada.
recovery-reset-button = Restableix la meva contrasenya
recovery-no-reset = La vostra organització només permet utilitzar un codi de recuperació per iniciar la sessió. Registreu aquí mètodes nous; després podreu restablir la contrasenya amb aquests mètodes.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Restabliment iniciat
audit-step-choose = Restabliment o desbloqueig triat
audit-step-select = Mètode triat
audit-step-send-code = Codi enviat
audit-step-verify = Mètode verificat
audit-step-unlock = Compte desbloquejat
audit-step-reset = Contrasenya restablerta
audit-step-password = Contrasenya nova introduïda
audit-step-directory = Reescriptura al directori
audit-step-notify = Notificació
audit-step-admin-request = Sol·licitud als administradors
audit-step-signin = Inici de sessió
audit-step-signin-verify = Segon pas d'inici de sessió
audit-step-signout = Tancament de sessió
audit-step-interrupt = Avís de registre en iniciar la sessió
audit-step-reconfirm = Informació de seguretat reconfirmada
audit-step-register = Mètode registrat
audit-step-register-send-code = Codi de registre enviat
audit-step-register-pairing = Aplicació d'autenticació aparellada
audit-step-register-verify = Codi de registre comprovat
audit-step-delete-method = Mètode suprimit
audit-step-change-password = Contrasenya canviada
audit-step-delivery = Confirmació de lliurament
audit-step-policy-change = Política canviada
audit-step-admin-clear-blocks = Bloquejos eliminats per un administrador
audit-step-admin-set-contact = Informació de contacte establerta per un administrador
audit-step-admin-recovery-code = Codi de recuperació emès
audit-step-directory-sync = Sincronització del directori
audit-outcome-ok = Correcte
audit-outcome-fail = Fallit
audit-outcome-blocked = Bloquejat
audit-outcome-error = Error tècnic
audit-outcome-rejected = Rebutjat
audit-outcome-ineligible = No apte
audit-outcome-dismissed = Ajornat
audit-client-browser = Navegador
audit-client-sign-in-screen = Pantalla d'inici de sessió
audit-client-app = Aplicació

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Activat
admin-value-off = Desactivat
admin-value-empty = (buit)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Darrera reescriptura d'una contrasenya (o desbloqueig d'un compte) al directori

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Contrasenya restablerta
done-title-unlock = Compte desbloquejat
admin-f-sign-in-url = Pàgina d'inici de sessió de la vostra organització
admin-f-sign-in-url-hint = On porta el botó de l'última pàgina d'un restabliment, com ara https://login.contoso.com. Deixeu-ho en blanc per utilitzar el valor per defecte d'aquest portal.
policy-err-sign-in-url = Introduïu la pàgina d'inici de sessió com una adreça web que comenci per https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Preguntes de seguretat predefinides que poden triar els usuaris
admin-key-predefined-questions = preguntes de seguretat predefinides
policy-err-too-few-questions = Oferiu com a mínim tantes preguntes de seguretat (predefinides i pròpies) com les que han de registrar els usuaris.
