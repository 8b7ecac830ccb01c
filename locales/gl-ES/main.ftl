# sspr, gl-ES. Every key here must exist in every locale (tested) and be used in code (tested).

## Estrutura e elementos comúns
app-name = Restablecemento de contrasinal de autoservizo
reset-title = Recupera o acceso á túa conta
skip-to-content = Ir ao contido principal
lang-switch-label = Idioma
next = Seguinte
back-to-start = Comezar de novo
retry = Téntao de novo
something-wrong = Produciuse un erro. Téntao de novo máis tarde.
not-found = Esta páxina non existe.
working = Procesando…

## Entrada (E2)
entry-intro = Para recuperar a túa conta, comeza introducindo o teu ID de usuario e a resposta á pregunta de abaixo.
userid-label = ID de usuario
userid-hint = Exemplo: { $example }
captcha-legend = Demostra que non es un robot
captcha-nojs = O teu navegador compróbase durante uns segundos ({ $seconds } ou máis) despois de seleccionar Seguinte. Non tes que facer nada máis.
captcha-working = Comprobando o teu navegador…
captcha-done = Listo. Podes continuar.

## Contacta co teu administrador (E3, E5, P9, K1)
contact-title = Contacta co teu administrador
contact-reason-consumer = As contas persoais non poden usar este portal. Usa as opcións de recuperación do teu provedor de correo electrónico.
contact-reason-unavailable = Non podemos restablecer esta conta aquí. É posible que non exista ou que estea desactivada.
contact-reason-not-enabled = O restablecemento de contrasinal de autoservizo non está activado para esta conta.
contact-reason-not-registered = Esta conta non ten rexistrada suficiente información de seguranza para restablecer o contrasinal.
contact-reason-admin-not-registered = As contas de administrador necesitan dous métodos rexistrados (correo electrónico, teléfono móbil, teléfono do traballo ou aplicación de autenticación) para restablecer o contrasinal.
contact-reason-writeback-off = O contrasinal desta conta xestiónase localmente e non se pode restablecer aquí.
contact-also-intro = Isto tamén pode ocorrer cando:
contact-also-consumer = a conta é unha conta persoal dun provedor de correo electrónico para particulares
contact-also-unavailable = o ID de usuario está mal escrito, ou a conta non existe ou está desactivada
contact-also-not-enabled = o restablecemento de contrasinal de autoservizo non está activado para a conta
contact-also-not-registered = a conta non ten rexistrada suficiente información de seguranza (se podes iniciar sesión, a páxina de información de seguranza mostra o que falta)
contact-also-admin-not-registered = unha conta de administrador non ten dous métodos rexistrados
contact-also-writeback-off = o contrasinal xestiónao o directorio propio da túa organización
contact-helpdesk-link = Contacta coa asistencia técnica
contact-helpdesk-email = Escribe á asistencia técnica: { $email }
contact-no-helpdesk = Pídelle axuda ao administrador da túa organización.
contact-request-button = Pedir aos meus administradores que restablezan o meu contrasinal
contact-request-sent = A túa solicitude enviouse aos teus administradores.

## Escolla do problema
choose-title = Por que tes problemas para iniciar sesión?
choose-forgot = Esquecín o meu contrasinal
choose-forgot-hint = Non te preocupes, axudarémoste a restablecelo coa información de seguranza que rexistraches.
choose-unlock = Sei o meu contrasinal, pero aínda así non podo iniciar sesión
choose-unlock-hint = Isto pode ocorrer se tentaches iniciar sesión cun contrasinal incorrecto demasiadas veces.

## Verificación (V1..V6)
verify-title = Verifica a túa identidade
verify-step = Paso de verificación { $current } de { $required }
verify-pick = Escolle o método de contacto que debemos usar para a verificación:
verify-passed = Verificado
option-email = Enviar un correo electrónico ao meu enderezo alternativo { $masked }
option-sms = Enviar un SMS ao meu teléfono móbil { $masked }
option-voice = Chamar ao meu teléfono móbil { $masked }
option-office = Chamar ao meu teléfono do traballo { $masked }
option-app = Introducir un código da miña aplicación de autenticación
option-software_oath = Introducir un código do meu token de software
option-hardware_oath = Introducir un código do meu token de hardware
option-questions = Responder ás miñas preguntas de seguranza
pending-email = Enviamos un correo electrónico cun código de verificación a { $masked }.
pending-sms = Enviamos un SMS cun código de verificación a { $masked }.
pending-voice = Estamos chamando a { $masked }. Escoita o código de verificación.
pending-totp = Introduce o código que aparece na túa aplicación ou no teu token.
code-label = Código de verificación
questions-legend = Responde ás túas preguntas de seguranza
verify-button = Verificar

## Novo contrasinal (N1, N2)
password-title = Escolle un novo contrasinal
password-label = Novo contrasinal
confirm-label = Confirma o novo contrasinal
password-rules = O teu contrasinal debe:
pw-rule-length = ter polo menos { $min } caracteres
pw-rule-max-length = ter como máximo { $max } caracteres
pw-rule-classes = conter tres destes tipos: minúsculas, maiúsculas, díxitos, símbolos
pw-rule-banned = non ser un contrasinal habitual nin prohibido
pw-rule-name = non conter o teu nome
pw-rule-match = coincidir coa súa confirmación
pw-rule-classes-ad = conter tres destes tipos: minúsculas, maiúsculas, díxitos, símbolos, letras sen maiúsculas nin minúsculas (como o kana)
pw-rule-name-ad = non conter o nome da túa conta nin ningunha parte do teu nome de 3 ou máis caracteres
pw-dir-heading = Ao envialo, o directorio da túa organización tamén comproba que:
pw-dir-history = { $n ->
    [one] non é o teu contrasinal actual
   *[other] non é ningún dos teus últimos { $n } contrasinais
}
pw-dir-min-age = { $n ->
    [one] pasou polo menos un día desde o teu último cambio de contrasinal
   *[other] pasaron polo menos { $n } días desde o teu último cambio de contrasinal
}
pw-dir-module = cumpre as demais regras de calidade da túa organización
pw-rule-ok = cumprido
pw-rule-not-ok = non cumprido
finish = Finalizar

## Feito
done-reset = Restableceuse o teu contrasinal.
done-unlock = Desbloqueouse a túa conta.
done-sign-in = Inicia sesión coa túa conta

## Erros (fluxos)
err-no-flow = A túa sesión caducou. Comeza de novo.
err-captcha = A comprobación de que non es un robot caducou ou xa se usou. Téntao de novo.
err-wrong-step = Ese paso xa non está dispoñible. Continúa desde aquí.
err-unknown-option = Escolle un dos métodos da lista.
err-code-wrong = Ese código non funcionou. Revísao e téntao de novo.
err-code-expired = Ese código caducou. Envía un novo.
err-code-used = Ese código xa se usou. Continúa desde aquí.
err-blocked = Tentáchelo demasiadas veces. Téntao de novo despois de: { $until }.
err-email-limit = Enviamos demasiados códigos. Téntao de novo despois de: { $until }, ou usa outro método.
err-answers-wrong = Unha ou máis respostas eran incorrectas. Aquí tes un novo conxunto de preguntas.
err-password = O contrasinal non cumpre os requisitos de abaixo.
err-delivery = Non puidemos enviar a mensaxe agora. Téntao de novo máis tarde ou usa outro método.
err-admin-request-limit = Xa enviaches varias solicitudes. Os teus administradores poranse en contacto contigo.
err-internal = Produciuse un erro. Téntao de novo máis tarde.
userid-err-empty = Introduce o teu ID de usuario.
userid-err-shape = Introduce o teu ID de usuario co formato nome@dominio, por exemplo { $example }.
userid-err-too-long = Ese ID de usuario é demasiado longo.

## Mensaxes (correo electrónico, SMS, voz)
msg-code-subject = Código de verificación da conta de { $org }
msg-code-email = Usa o seguinte código para verificar a túa conta: { $code }. Caduca en { $minutes } minutos. Se non o solicitaches, ignora este correo electrónico.
msg-code-sms = Código de { $org } para o contrasinal: { $code }
msg-code-voice = O teu código de verificación é { $code }. Repito, o teu código é { $code }.
msg-reset-subject = Restableceuse o teu contrasinal
msg-reset-body = Acaba de restablecerse o contrasinal de { $user } mediante o restablecemento de contrasinal de autoservizo. Se non fuches ti, contacta agora co teu administrador.
msg-method-added-subject = Engadiuse información de seguranza á túa conta
msg-method-added-body = Engadiuse o método { $method } á información de seguranza de { $user }. Se non fuches ti, inicia sesión, elimínao, cambia o contrasinal e contacta co teu administrador.
msg-method-removed-subject = Eliminouse información de seguranza da túa conta
msg-method-removed-body = Eliminouse o método { $method } da información de seguranza de { $user }. Se non fuches ti, inicia sesión, revisa a túa información de seguranza, cambia o contrasinal e contacta co teu administrador.
msg-admin-reset-subject = Un administrador restableceu o seu contrasinal
msg-admin-reset-body = O administrador { $user } restableceu o seu propio contrasinal mediante o restablecemento de contrasinal de autoservizo.
msg-admin-request-subject = Solicitude de restablecemento de contrasinal
msg-admin-request-body = { $user } non pode restablecer o seu contrasinal mediante o autoservizo e pídelle axuda a un administrador.

## Caixa de saída de desenvolvemento (só modo de demostración)
outbox-title = Caixa de saída (demostración)
outbox-intro = Modo de demostración: as mensaxes que envía o portal escríbense aquí en lugar de entregarse. As máis recentes primeiro.
outbox-empty = Aínda non hai mensaxes.
outbox-to = Para
demo-outbox-link = Modo de demostración: le a mensaxe na caixa de saída (ábrese nunha nova lapela)
outbox-channel = Canle

## Rexeitamentos da directiva (P12, usados polas ferramentas de administración)
policy-err-scope-without-groups = Escolle polo menos un grupo para o ámbito de grupos seleccionados.
policy-err-methods-required = O número de métodos necesarios debe ser 1 ou 2.
policy-err-too-few-methods = Activa polo menos tantos métodos como os necesarios.
policy-err-office-phone-paid = O teléfono do traballo só está dispoñible para inquilinos de pago.
policy-err-questions-register = Os usuarios deben rexistrar entre 3 e 5 preguntas de seguranza.
policy-err-questions-ask = Deben facerse entre 3 e 5 preguntas de seguranza.
policy-err-questions-ask-exceeds = Non se poden facer máis preguntas das que rexistran os usuarios.
policy-err-reconfirm-days = A reconfirmación debe estar entre 0 e 730 días.
policy-err-app-needs-more = Cando a aplicación móbil está activada, activa ademais outros métodos suficientes.
policy-err-app-notification-alone = Cando se require un só método, a notificación da aplicación por si soa non conta.
policy-err-password-length = A lonxitude do contrasinal debe estar entre 8 e 256 caracteres.
policy-err-banned-terms = Como máximo, 1000 termos prohibidos personalizados.
policy-err-sms-sender = O remitente dos SMS debe ser un nome de ata 11 letras e díxitos, ou un número de teléfono como +15017122661.
phone-err-country-code = Comeza o número con + e o prefixo do país.
phone-err-characters = Usa só díxitos, espazos e guións.
phone-err-length = Ese número é demasiado curto ou demasiado longo.
policy-err-custom-question = As preguntas de seguranza personalizadas deben ter entre 1 e 200 caracteres e ser todas distintas.
policy-err-brand-accent = A cor da marca debe escribirse como #rrggbb e ser o bastante escura para texto branco (contraste de polo menos 4,5:1).
policy-err-brand-logo = O logotipo debe ser un ficheiro deste portal (como /brand/logo.svg) ou unha imaxe incrustada.
policy-err-sign-in-domain = O dominio de inicio de sesión debe ser un nome de dominio, como contoso.com.

## Inicio de sesión e a miña conta (G1, N4)
entry-signin-link = Inicia sesión para xestionar a túa información de seguranza
signin-title = Iniciar sesión
signin-intro = Inicia sesión para ver e actualizar a túa información de seguranza ou cambiar o contrasinal.
signin-password-label = Contrasinal
signin-button = Iniciar sesión
signin-cant-access = Non podes acceder á túa conta?
signin-signed-out = Pechaches a sesión.
signout-button = Pechar sesión
account-title = A miña conta
account-signed-in-as = Sesión iniciada como { $name } ({ $upn })
account-reset-attempts = Alguén tentou restablecer o teu contrasinal e non superou a verificación { $count ->
    [one] unha vez
   *[other] { $count } veces
}; a última vez, o { $when }. Se non fuches ti, o teu contrasinal non cambiou; asegúrate de que a información de seguranza é túa e avisa o teu administrador.
account-cannot-reset = Aínda non podes restablecer o contrasinal ti mesmo.
account-security-info = Información de seguranza
account-change-password = Cambiar o contrasinal
err-no-session = Non iniciaches sesión ou a túa sesión rematou. Inicia sesión de novo.
err-credentials = O ID de usuario ou o contrasinal son incorrectos.
err-locked-out = A túa conta está bloqueada temporalmente para evitar usos non autorizados. Téntao de novo despois de: { $until }.
err-account-locked = A túa conta está bloqueada. Usa «Non podes acceder á túa conta?» para desbloqueala.
err-not-allowed = Ese método non se pode usar coa túa conta.
err-current-password = O teu contrasinal actual é incorrecto.
err-on-premises = O teu contrasinal xestiónao o directorio da túa organización. Cámbiao alí.
err-too-many = Houbo demasiados intentos desde a túa rede. Téntao de novo despois de: { $until }.
err-resend-wait = Acabamos de enviarche un código por esta vía. Agarda ata { $until } antes de pedir outro ou usa outro método.
err-messages-paused = Agora non podemos enviar máis códigos. Téntao de novo despois de: { $until }, ou usa un método que non necesite mensaxes, como unha aplicación de autenticación ou as preguntas de seguranza.
err-phone-country = A túa organización non envía códigos a números de teléfono deste país. Usa outro número ou método.
err-busy = O servizo está ocupado neste momento. Agarda un pouco e téntao de novo.
cancel = Cancelar
save = Gardar

## Información de seguranza (G2..G7, C1)
setup-title = Información de seguranza
setup-intro = Estes son os métodos que usas para demostrar quen es cando restableces o contrasinal.
setup-progress-ok = Podes restablecer o contrasinal: tes configurados { $have } de { $required } métodos necesarios.
setup-progress-short = Tes configurados { $have } de { $required } métodos necesarios. Engade máis para poder restablecer o contrasinal.
setup-methods-heading = Os teus métodos
setup-none = Aínda non configuraches ningún método.
setup-add-heading = Engadir un método
setup-change = Cambiar
setup-change-label = Cambiar: { $what }
setup-delete = Eliminar
setup-delete-label = Eliminar: { $what }
setup-from-directory = (do directorio da túa organización)
setup-done-added = Engadiuse o teu método.
setup-done-deleted = Eliminouse o método.
setup-back = Volver á información de seguranza
setup-not-available = Este método non está dispoñible para a túa conta.
method-app = Aplicación de autenticación
method-software = Token OATH de software
method-hardware = Token de hardware
method-phone = Teléfono
method-office = Teléfono do traballo
method-email = Correo electrónico
method-questions = Preguntas de seguranza
method-questions-detail = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
add-app = Engadir unha aplicación de autenticación
add-software = Engadir un token OATH de software
add-hardware = Activar un token de hardware
add-phone = Engadir ou cambiar o teu teléfono
add-office = Engadir ou cambiar o teu teléfono do traballo
add-email = Engadir ou cambiar o teu correo electrónico
add-questions = Configurar as preguntas de seguranza
setup-email-label = Enderezo de correo electrónico
setup-email-hint = Usa un enderezo distinto do da túa conta do traballo. Enviarémosche un código a ese enderezo.
setup-phone-label = Número de teléfono
setup-office-label = Número de teléfono do traballo
setup-phone-hint = Inclúe + e o prefixo do país, por exemplo +34 612 34 56 78.
setup-phone-channel = Como debemos enviarche o código?
setup-phone-sms = Envíame un código por SMS
setup-phone-voice = Chámame
setup-app-intro = Instala unha aplicación de autenticación no teu teléfono e despois selecciona Seguinte para ver o código QR que debes escanear.
setup-software-intro = Selecciona Seguinte para obter o segredo do teu token de software.
setup-app-step-scan = Escanea o código QR coa túa aplicación ou introduce o segredo de abaixo.
setup-app-step-code = Introduce o código de 6 díxitos que mostra a aplicación.
setup-app-qr-alt = Código QR para a túa aplicación de autenticación
setup-app-secret = Segredo:
setup-hardware-intro = Escolle o número de serie impreso no teu token e introduce o código que mostra.
setup-hardware-serial = Número de serie
setup-questions-intro = Escolle { $count } preguntas distintas e responde a cada unha (de 3 a 40 caracteres, sen respostas repetidas).
setup-question-label = Pregunta { $n }
setup-answer-label = Resposta { $n }
setup-err-email-shape = Introduce un enderezo de correo electrónico, por exemplo someone@example.com.
setup-err-email-same = Usa un enderezo distinto do da túa conta do traballo.
setup-err-phone = Ese número de teléfono non parece correcto.
setup-err-questions = Non se gardaron as túas preguntas de seguranza.
setup-err-questions-count = Responde a todas as preguntas.
setup-err-questions-unknown = Escolle preguntas da lista.
setup-err-questions-duplicate = Escolle unha pregunta distinta en cada caixa.
setup-err-answer-length = As respostas deben ter entre 3 e 40 caracteres.
setup-err-answer-duplicate = Dá unha resposta distinta a cada pregunta.
setup-err-too-many-apps = Xa tes o número máximo de aplicacións de autenticación. Elimina unha primeiro.
setup-err-token-unknown = Ese token non che está asignado ou xa está activo.
protect-title = Axúdanos a protexer a túa conta
protect-intro = A túa organización necesita máis información para manter a túa conta segura e permitirche restablecer o contrasinal ti mesmo.
protect-skip = Omitir polo momento
confirm-title = A túa información de seguranza segue sendo correcta?
confirm-intro = Revisa os métodos que usas para restablecer o contrasinal. Confírmaos ou edítaos se algo cambiou.
confirm-looks-good = Está todo ben
confirm-edit = Editar a túa información de seguranza
confirm-done = Grazas! A túa información de seguranza está confirmada.
change-title = Cambiar o contrasinal
change-current-label = Contrasinal actual
change-button = Cambiar o contrasinal
change-done = Cambiouse o teu contrasinal.

## Preguntas de seguranza (G6, lista predefinida)
sq-first-pet = Como se chamaba a túa primeira mascota?
sq-birth-city = En que cidade naciches?
sq-first-school = Como se chamaba o teu primeiro colexio?
sq-childhood-friend = Cal é o nome do teu mellor amigo ou amiga da infancia?
sq-first-job-city = En que cidade tiveches o teu primeiro traballo?
sq-grandparent-name = Cal é o nome do teu avó ou avoa de máis idade?
sq-first-concert = Cal foi o primeiro concerto ao que asististe?
sq-childhood-street = En que rúa vivías de neno ou nena?
sq-favourite-teacher = Cal era o apelido do teu profesor ou profesora favorito?
sq-first-car = Cal era a marca e o modelo do teu primeiro coche?

## Notificacións nun dispositivo emparellado (V4)
option-push = Aprobar unha notificación no meu dispositivo
pending-push = Enviamos unha notificación ao teu dispositivo. Ábrea e introduce este número:
pending-push-then = Despois, selecciona Continuar aquí.
push-continue = Continuar
err-push-pending = Aínda non se respondeu á notificación. Respóndea no teu dispositivo e despois selecciona Continuar.
err-push-denied = A notificación foi rexeitada ou o número non coincidía. Escolle un método para tentalo de novo.
method-notification = Notificacións no meu dispositivo
add-notification = Engadir un dispositivo para as notificacións
setup-device-intro = Usa o teu teléfono como dispositivo que aproba solicitudes: selecciona Seguinte para obter un código de emparellamento.
setup-device-step-open = No teu teléfono, abre a páxina do dispositivo:
setup-device-link = abrir a páxina do dispositivo
setup-device-step-code = Introduce alí este código de emparellamento:
setup-device-then = Cando a páxina do dispositivo indique que está emparellado, volve aquí.
setup-device-done = Feito
device-title = O teu dispositivo
device-intro = Esta páxina aproba as solicitudes de inicio de sesión e de restablecemento de contrasinal da túa conta. Engádea á pantalla de inicio para tela sempre a man.
device-paired = Este dispositivo está emparellado. Comproba se hai solicitudes cando se che pida que aprobes unha.
device-pair-failed = Ese código de emparellamento non funcionou. Obtén un novo na túa información de seguranza.
device-approved = Aprobado. Podes volver á outra pantalla.
device-denied = Rexeitado. Non se aprobou nada.
device-no-request = Non hai ningunha solicitude pendente.
device-request = %org% pídeche que confirmes a túa identidade (%upn%).
device-request-title = Queres aprobar esta solicitude?
device-pair-code = Código de emparellamento
device-name = Nome deste dispositivo
device-name-default = O meu teléfono
device-pair-button = Emparellar este dispositivo
device-check = Comprobar se hai solicitudes
device-number = Número que aparece na outra pantalla
device-approve = Aprobar
device-deny = Rexeitar
device-needs-js = Esta páxina necesita JavaScript para gardar a súa chave e asinar as aprobacións.

## Inicio de sesión, segundo paso (G1)
check-title = Verifica a túa identidade
check-intro = A túa conta ten información de seguranza, así que necesitamos unha segunda comprobación antes de que poidas vela ou cambiala.

## O directorio local (P10, P11)
err-directory-policy = O directorio da túa organización non aceptou este contrasinal. Pode que xa o usases antes ou que incumpra algunha das regras propias do directorio; proba con outro.
err-directory = Non puidemos contactar co directorio da túa organización. Non se cambiou nada; téntao de novo nun momento.

## Issue 10: envío dun formulario ao que lle falta un campo
err-form-incomplete = O formulario chegou incompleto. Enche todos os campos e téntao de novo.

## Issue 11: progreso dos pasos, títulos, imaxe de marca, reenvío, eliminación dun método, horas
progress-label = Progreso
progress-step = Paso { $current } de { $total }
step-userid = ID de usuario
step-verify = Verificación
step-password = Novo contrasinal
step-done = Feito
resend-code = Reenviar o código
resend-in = Poderás pedir un novo código dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
helpdesk-contact = Necesitas axuda? Contacta coa asistencia técnica: { $contact }
brand-logo-alt = { $org }
setup-add-method = Engadir un método
setup-delete-title = Queres eliminar este método?
setup-delete-confirm = O método { $what } eliminarase da túa información de seguranza.
setup-delete-last-warning = Necesitas este método para restablecer o contrasinal. Sen el, non poderás restablecer o contrasinal ti mesmo ata que engadas outro método.
setup-delete-confirm-button = Si, eliminar
setup-app-open-link = Abrir nunha aplicación de autenticación neste teléfono
setup-app-secret-grouped = Segredo, en grupos de catro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Issue 12: a consola de administración. Os títulos das páxinas seguen os do restablecemento de contrasinal de Entra.
account-admin-console = Consola de administración
admin-title = Consola de administración
admin-sign-in = Inicia sesión coa túa conta de administrador para abrir a consola.
admin-not-admin = Esta consola é para administradores. A túa conta non ten ningún rol de administrador.
admin-second-step = A consola necesita un segundo paso de inicio de sesión. Engade un teléfono ou unha aplicación de autenticación á túa información de seguranza e, despois, pecha a sesión e inicia sesión de novo.
admin-go-setup = Ir á túa información de seguranza
admin-go-account = Volver á miña conta
admin-back = Volver á consola
admin-tenant = Organización: { $name }
admin-signed-in-as = Sesión iniciada como { $name }, cos roles: { $roles }
admin-policy-heading = Política de restablecemento de contrasinal
admin-readonly = Os teus roles permítenche axudar os usuarios, pero non cambiar a política de restablecemento de contrasinal. Pode cambiala un administrador global ou un administrador de políticas de autenticación.
admin-draft-pending = Hai un cambio en { $page } á espera da túa revisión.
admin-draft-open = Abrir o cambio
admin-draft-elsewhere = Hai un cambio en { $page } á espera de revisión. Se revisas esta páxina, ese cambio substitúese.
admin-saved = Gardouse como o cambio { $id }.
admin-discarded = Descartouse o cambio. Non se gardou nada.
admin-blade-properties = Propiedades
admin-blade-methods = Métodos de autenticación
admin-blade-registration = Rexistro
admin-blade-notifications = Notificacións
admin-blade-customization = Personalización
admin-blade-on-premises = Integración local
admin-blade-administrators = Política de administradores
admin-f-scope = Restablecemento de contrasinal de autoservizo activado para
admin-scope-none = Ninguén
admin-scope-selected = Grupos seleccionados
admin-scope-all = Todos os usuarios
admin-f-groups = Grupos
admin-f-groups-hint = Marca os grupos para os que está activado o restablecemento de contrasinal de autoservizo ou escribe os nomes doutros grupos, separados por comas. Úsanse cando se escolle Grupos seleccionados.
admin-f-methods-required = Número de métodos necesarios para restablecer
admin-f-methods-required-hint = 1 ou 2.
admin-f-methods = Métodos dispoñibles para os usuarios
admin-f-questions-to-register = Número de preguntas de seguranza necesarias para rexistrarse
admin-f-questions-to-ask = Número de preguntas de seguranza necesarias para restablecer
admin-f-custom-questions = Preguntas de seguranza propias da túa organización
admin-f-custom-questions-hint = Unha pregunta por liña; ofrécense xunto ás predefinidas.
admin-f-require-registration = Requirir que os usuarios se rexistren ao iniciar sesión
admin-f-reconfirm-days = Número de días antes de que se lles pida aos usuarios que volvan confirmar a súa información de autenticación
admin-f-reconfirm-days-hint = De 0 a 730; con 0 non se pide nunca.
admin-f-notify-users = Notificar aos usuarios os restablecementos de contrasinal
admin-f-notify-admins = Notificar a todos os administradores cando outros administradores restablezan o seu contrasinal
admin-f-helpdesk = Ligazón da asistencia técnica
admin-f-helpdesk-hint = Un enderezo de correo electrónico ou un enderezo web que comece por https://. Déixao baleiro para non mostrar ningunha ligazón.
admin-f-logo = Logotipo
admin-f-logo-hint = Un ficheiro deste portal, como /brand/logo.svg. Déixao baleiro para mostrar só o nome.
admin-f-accent = Cor de realce
admin-f-accent-hint = Escrita como #rrggbb, o bastante escura para texto branco.
admin-f-sign-in-domain = Dominio da suxestión de inicio de sesión
admin-f-sign-in-domain-hint = Móstrase no exemplo de ID de usuario, como contoso.com.
admin-f-writeback = Reescribir os contrasinais no teu directorio local
admin-f-allow-unlock = Permitir que os usuarios desbloqueen as contas sen restablecer o contrasinal
admin-f-admin-sspr = Permitir que os administradores restablezan o seu propio contrasinal
admin-f-admin-sspr-hint = Os administradores sempre necesitan dous métodos: un correo electrónico ou un teléfono, e outro máis.
admin-review-button = Revisar o cambio
admin-errors-heading = Este cambio non se pode gardar:
admin-live-ok = Este cambio pódese gardar.
admin-err-number = Introduce un número enteiro.
admin-err-helpdesk = Introduce un enderezo de correo electrónico ou un enderezo web que comece por https://.
admin-err-forbidden = Os teus roles non permiten cambiar a política de restablecemento de contrasinal.
admin-err-no-draft = Non hai ningún cambio á espera de revisión.
admin-err-no-change = Ese cambio non está no historial.
admin-err-refused = Este cambio incumpre unha regra da política. Edítao e revísao de novo.
admin-review-title = Revisar o cambio
admin-review-page = Páxina: { $page }
admin-changes = Cambia: { $keys }
admin-no-change = Isto non cambia nada.
admin-impact-heading = Quen pode restablecer o contrasinal
admin-impact-summary = Usuarios que poden restablecer o contrasinal: { $before } de { $users } agora; { $after } despois deste cambio.
admin-stranded-none = Ninguén perde a posibilidade de restablecer o contrasinal.
admin-stranded = { $count ->
    [one] Un usuario podía restablecer o contrasinal antes e despois xa non poderá:
   *[other] { $count } usuarios podían restablecer o contrasinal antes e despois xa non poderán:
}
admin-stranded-hint = Pídelles que rexistren máis métodos na súa páxina de información de seguranza antes de gardar; se non, terán que chamar á asistencia técnica.
admin-gained = { $count ->
    [one] Un usuario non podía restablecer o contrasinal antes e despois poderá:
   *[other] { $count } usuarios non podían restablecer o contrasinal antes e despois poderán:
}
admin-export-csv = Descargar a lista (CSV)
admin-save = Gardar
admin-discard = Descartar
admin-edit-again = Editar de novo
admin-history-title = Historial de cambios
admin-history-empty = Aínda non se gardou ningún cambio.
admin-history-change = Cambio
admin-history-when = Cando
admin-history-who = Administrador
admin-history-what = Configuración cambiada
admin-revert = Reverter
admin-revert-label = Reverter o cambio { $id }
admin-reverts = reverte o cambio { $id }
admin-reverted = Reverteuse o cambio { $id }. Volveu a configuración que el substituíra.
admin-key-scope = quen pode restablecer
admin-key-admin-sspr = restablecemento por administradores
admin-key-methods-required = métodos necesarios
admin-key-methods = métodos dispoñibles
admin-key-questions-to-register = preguntas para rexistrarse
admin-key-questions-to-ask = preguntas para restablecer
admin-key-custom-questions = preguntas de seguranza propias
admin-key-require-registration = rexistro obrigatorio
admin-key-reconfirm-days = días para reconfirmar
admin-key-notify-users = notificacións aos usuarios
admin-key-notify-admins = notificacións aos administradores
admin-key-helpdesk = ligazón da asistencia técnica
admin-key-branding = imaxe de marca
admin-key-writeback = reescritura de contrasinais
admin-key-allow-unlock = desbloqueo de contas
admin-key-password = regras do contrasinal
admin-key-phone-countries = países dos teléfonos
admin-key-sms-sender = remitente dos SMS

# Issue 12: os informes da consola (A2).
admin-reports-title = Informes
admin-reports-link = Rexistros, restablecementos, erros e quen non pode restablecer
admin-reports-period = Os últimos { $days } días, desde o { $since } (UTC).
admin-reports-chart = Gráfico da táboa de abaixo
admin-reports-by-day = Rexistros, restablecementos e desbloqueos por día
admin-col-day = Día
admin-col-registrations = Rexistros
admin-col-resets = Restablecementos
admin-col-unlocks = Desbloqueos
admin-col-user = Usuario
admin-reports-funnel = Ata onde chegaron os intentos de restablecemento
admin-reports-funnel-hint = Cada intento comeza cun ID de usuario. Onde baixan as cifras é onde os usuarios desisten.
admin-col-step = Paso
admin-col-attempts = Intentos
admin-funnel-started = Iniciados
admin-funnel-eligible = Con permiso para restablecer
admin-funnel-verified-one = Un método verificado
admin-funnel-verified-two = Un segundo método verificado
admin-funnel-password-set = Contrasinal novo establecido ou conta desbloqueada
admin-reports-failures = Erros por motivo
admin-col-reason = Motivo
admin-col-count = Cantidade
admin-reports-none = Nada neste período.
admin-reports-methods = Métodos usados para restablecer ou desbloquear
admin-col-method = Método
admin-reports-cannot = Quen non pode restablecer
admin-reports-can = Usuarios que poden restablecer o contrasinal agora: { $can } de { $users }.
admin-reports-short = { $count ->
    [one] Un usuario non pode restablecer o contrasinal por falta de métodos:
   *[other] { $count } usuarios non poden restablecer o contrasinal por falta de métodos:
}
# Issue 12: a páxina de usuarios da consola (D1, D3).
admin-users-title = Usuarios
admin-users-link = Buscar un usuario: os seus métodos, bloqueos e datos de contacto
admin-users-lookup-label = ID de usuario
admin-users-lookup = Buscar
admin-err-no-user = Non hai ningún usuario con ese ID na túa organización.
admin-err-protected = Este usuario é un administrador fóra do alcance dos teus roles. Pídello a un administrador global.
admin-err-contact = Introduce un enderezo de correo electrónico distinto do propio do usuario, e os números de teléfono como +<código do país> <número>.
admin-user-status = Conta
admin-user-enabled = Activada
admin-user-disabled = Desactivada
admin-user-locked = bloqueada no directorio
admin-user-password = Contrasinal
admin-user-cloud = Gardado por este portal
admin-user-onprem = Gardado polo directorio local
admin-user-groups = Grupos
admin-user-roles = Roles de administrador
admin-user-none = Ningún
admin-user-methods = Métodos que ten
admin-user-reset = Restablecemento de contrasinal de autoservizo
admin-user-can-reset = Pode restablecer o contrasinal agora.
admin-user-cannot-reset = Agora non pode restablecer o contrasinal:
admin-reason-consumer = é unha conta persoal, que este portal non atende.
admin-reason-unavailable = a conta está desactivada.
admin-reason-not-enabled = o restablecemento de contrasinal de autoservizo non está activado para os seus grupos.
admin-reason-not-registered = non ten rexistrados métodos dabondo para a política.
admin-reason-admin-not-registered = un administrador necesita dous métodos e ten menos.
admin-reason-writeback-off = o contrasinal gárdase no directorio local e a reescritura está desactivada.
admin-user-blocks = Bloqueos
admin-user-no-blocks = Agora non hai bloqueos.
admin-user-reset-blocked = Restablecementos de contrasinal bloqueados ata: { $until } (demasiados códigos ou respostas incorrectos)
admin-user-sends-blocked = Envío de códigos bloqueado ata: { $until } (enviáronse demasiados)
admin-user-signin-locked = Inicio de sesión bloqueado ata: { $until } (demasiados contrasinais incorrectos)
admin-user-clear = Eliminar os bloqueos
admin-user-cleared = Elimináronse os bloqueos.
admin-user-contact = Datos de contacto
admin-user-alternate-email = Correo electrónico alternativo
admin-user-mobile = Teléfono móbil
admin-user-office = Teléfono do traballo
admin-user-contact-hint = Números de teléfono como +<código do país> <número>. Deixa un campo baleiro para borralo.
admin-user-contact-save = Gardar os datos de contacto
admin-user-contact-saved = Gardáronse os datos de contacto.
admin-user-protected = Este usuario é un administrador fóra do alcance dos teus roles: só un administrador global pode cambiar os seus datos de contacto ou os seus bloqueos.

# Issue 12: o código de recuperación da asistencia técnica e os avisos sobre o que cambiou un administrador.
admin-recovery-heading = Código de recuperación
admin-recovery-intro = Para un usuario que perdeu todos os seus métodos: un código dun só uso, válido durante 8 horas, que lle permite iniciar sesión unha vez para rexistrar métodos novos. Entrégallo en persoa ou nunha chamada que fixeses ti; o usuario recibe un aviso nos seus enderezos de correo electrónico.
admin-recovery-issue = Emitir un código de recuperación
admin-recovery-issued = Emitiuse un código de recuperación. Só se mostra unha vez.
admin-recovery-code-is = O código de recuperación:
admin-recovery-until = O código de recuperación é válido ata: { $until }.
admin-recovery-hand-over = Dille o código ao usuario só cando comprobes quen é. Non se volve mostrar.
admin-recovery-done = Feito, ocultar o código
recovery-link = Recibiches un código de recuperación da asistencia técnica?
recovery-title = Iniciar sesión cun código de recuperación
recovery-intro = Se perdiches todos os teus métodos, a asistencia técnica pode darche un código de recuperación dun só uso. Inicia sesión con el e despois rexistra métodos novos na túa páxina de información de seguranza.
recovery-code-label = Código de recuperación
recovery-code-hint = 16 letras e díxitos, como ABCD-EFGH-JKMN-PQRS.
recovery-wrong = O ID de usuario ou o código de recuperación son incorrectos, ou o código xa se usou ou caducou.
recovery-back = Iniciar sesión co contrasinal
msg-recovery-issued-subject = Emitiuse un código de recuperación para a túa conta
msg-recovery-issued-body = Un administrador emitiu un código de recuperación dun só uso para { $user }. Se non llo pediches á asistencia técnica, contacta agora co teu administrador.
msg-recovery-used-subject = Alguén iniciou sesión cun código de recuperación
msg-recovery-used-body = Iniciouse sesión como { $user } cun código de recuperación para rexistrar nova información de seguranza. Se non fuches ti, contacta agora co teu administrador.
msg-contact-changed-subject = Cambiáronse os teus datos de contacto
msg-contact-changed-body = Un administrador cambiou os datos de contacto de { $user } (un enderezo de correo electrónico ou un número de teléfono usado para restablecer o contrasinal). Se non o esperabas, contacta agora co teu administrador.

# Issue 12: a busca no rexistro de auditoría da consola (A1, W2).
admin-audit-title = Rexistro de auditoría
admin-audit-link = Buscar no rexistro de auditoría e descargalo
admin-audit-user = ID de usuario
admin-audit-from = Desde (YYYY-MM-DD, UTC)
admin-audit-to = Ata (YYYY-MM-DD, UTC)
admin-audit-step = Paso
admin-audit-outcome = Resultado
admin-audit-ip = Enderezo IP
admin-audit-client = Tipo de cliente
admin-audit-any = Calquera
admin-audit-search = Buscar
admin-audit-bad-date = Introduce unha data no formato YYYY-MM-DD, como 2026-11-05.
admin-audit-count = { $count ->
    [one] Unha entrada coincide coa busca.
   *[other] { $count } entradas coinciden coa busca.
}
admin-audit-capped = Só se mostran e se descargan as máis recentes; acota a busca para ver o resto.
admin-audit-pages = Páxinas do resultado
admin-audit-newer = Entradas máis recentes
admin-audit-older = Entradas máis antigas
admin-audit-export-json = Descargar en formato JSON (unha entrada por liña)

# Issue 12: a páxina de operacións da consola.
admin-ops-title = Operacións
admin-ops-link = Operacións: o estado actual da base de datos, do directorio e da cola de correo
admin-ops-database = Base de datos
admin-ops-directory = Directorio local
admin-ops-no-directory = Non configurado
admin-ops-ok = Funciona
admin-ops-down = Non responde
admin-ops-on = Activada
admin-ops-off = Desactivada
admin-ops-directory-error = Último fallo do directorio (últimos 30 días)
admin-ops-mail-waiting = Avisos pendentes de envío
admin-ops-mail-oldest = Aviso máis antigo pendente desde
admin-ops-mail-sent = Avisos enviados
admin-ops-mail-failed = Avisos abandonados tras varios reintentos
admin-ops-hashing = Hashes de contrasinais pendentes neste nodo
admin-ops-version = Versión
admin-ops-hint = Comprobado ao abrir esta páxina, polo nodo que a serviu. As cifras de correo son as de todo o portal; o resto está en /metrics.

# Issue 12: o selector de grupos de P1 e o aviso de M2 aos usuarios aos que un cambio deixa sen poder restablecer o contrasinal.
admin-f-groups-other = Outros grupos
admin-f-groups-none = Esta organización aínda non ten grupos no portal: escribe os seus nomes.
admin-notify-stranded = Enviar un correo electrónico aos usuarios que non poidan restablecer o contrasinal despois deste cambio, para pedirlles que rexistren máis métodos
msg-register-needed-subject = Rexistra máis información de seguranza
msg-register-needed-body = A túa organización agora pide máis información de seguranza para poder restablecer un contrasinal. Ata que inicies sesión e engadas métodos na túa páxina de información de seguranza, { $user } non poderá restablecer o contrasinal sen chamar á asistencia técnica.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Última sincronización do directorio (sspr directory sync)
admin-ops-sync-counts = cambios escritos: { $changes }; valores rexeitados: { $refused }; usuarios sen organización: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Unha tradución vai nunha liña debaixo da súa pregunta, cunha etiqueta de idioma, dous puntos e o texto (por exemplo, ja-JP: …), e debe ter entre 1 e 200 caracteres.
admin-err-translation-first = Escribe primeiro a pregunta e despois as súas traducións nas liñas de debaixo.
admin-f-question-translations-hint = Para mostrar unha pregunta noutro idioma, engade debaixo dela unha liña coa etiqueta de idioma, dous puntos e a tradución, por exemplo «ja-JP: 事務所の植物の名前は？». Os usuarios cuxo idioma non ten tradución ven a pregunta tal como está escrita.
admin-f-recovery-code-resets = Un código de recuperación da asistencia técnica tamén pode restablecer unha vez o contrasinal do usuario
admin-key-recovery-code-resets = códigos de recuperación que restablecen contrasinais
recovery-reset-hint = Se a túa organización o permite, o código pode, en cambio, restablecer unha vez o teu contrasinal.
recovery-reset-button = Restablecer o meu contrasinal
recovery-no-reset = A túa organización só permite usar un código de recuperación para iniciar sesión. Rexistra aquí métodos novos; despois poderás restablecer o contrasinal con eles.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Restablecemento iniciado
audit-step-choose = Restablecemento ou desbloqueo escollido
audit-step-select = Método escollido
audit-step-send-code = Código enviado
audit-step-verify = Método verificado
audit-step-unlock = Conta desbloqueada
audit-step-reset = Contrasinal restablecido
audit-step-password = Contrasinal novo introducido
audit-step-directory = Reescritura no directorio
audit-step-notify = Notificación
audit-step-admin-request = Solicitude aos administradores
audit-step-signin = Inicio de sesión
audit-step-signin-verify = Segundo paso do inicio de sesión
audit-step-signout = Peche de sesión
audit-step-interrupt = Aviso de rexistro ao iniciar sesión
audit-step-reconfirm = Información de seguranza confirmada de novo
audit-step-register = Método rexistrado
audit-step-register-send-code = Código de rexistro enviado
audit-step-register-pairing = Aplicación de autenticación emparellada
audit-step-register-verify = Código de rexistro comprobado
audit-step-delete-method = Método eliminado
audit-step-change-password = Contrasinal cambiado
audit-step-delivery = Confirmación de entrega
audit-step-policy-change = Política cambiada
audit-step-admin-clear-blocks = Bloqueos eliminados por un administrador
audit-step-admin-set-contact = Datos de contacto establecidos por un administrador
audit-step-admin-recovery-code = Código de recuperación emitido
audit-step-directory-sync = Sincronización do directorio
audit-outcome-ok = Correcto
audit-outcome-fail = Fallou
audit-outcome-blocked = Bloqueado
audit-outcome-error = Erro
audit-outcome-rejected = Rexeitado
audit-outcome-ineligible = Non apto
audit-outcome-dismissed = Aprazado
audit-client-browser = Navegador
audit-client-sign-in-screen = Pantalla de inicio de sesión
audit-client-app = Aplicación

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Activado
admin-value-off = Desactivado
admin-value-empty = (baleiro)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Última reescritura dun contrasinal (ou desbloqueo dunha conta) no directorio

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Contrasinal restablecido
done-title-unlock = Conta desbloqueada
admin-f-sign-in-url = Páxina de inicio de sesión da túa organización
admin-f-sign-in-url-hint = A onde leva o botón da última páxina dun restablecemento, como https://login.contoso.com. Déixao baleiro para usar o valor predeterminado deste portal.
policy-err-sign-in-url = Introduce a páxina de inicio de sesión como un enderezo web que comece por https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Preguntas de seguranza predefinidas que poden escoller os usuarios
admin-key-predefined-questions = preguntas de seguranza predefinidas
policy-err-too-few-questions = Ofrece polo menos tantas preguntas de seguranza (predefinidas e propias) como as que deben rexistrar os usuarios.
