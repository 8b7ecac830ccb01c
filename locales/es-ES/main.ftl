# sspr, es-ES. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Restablecimiento de contraseña de autoservicio
reset-title = Recupera el acceso a tu cuenta
skip-to-content = Ir al contenido principal
lang-switch-label = Idioma
next = Siguiente
back-to-start = Empezar de nuevo
retry = Reintentar
something-wrong = Se ha producido un error. Inténtalo de nuevo más tarde.
not-found = Esta página no existe.
working = Procesando…

## Entry (E2)
entry-intro = Para recuperar tu cuenta, empieza introduciendo tu Id. de usuario y la respuesta a la pregunta de abajo.
userid-label = Id. de usuario
userid-hint = Ejemplo: { $example }
captcha-legend = Demuestra que no eres un robot
captcha-nojs = Después de seleccionar Siguiente, se comprobará tu navegador durante unos segundos ({ $seconds } o más). No tienes que hacer nada más.
captcha-working = Comprobando tu navegador…
captcha-done = Listo. Puedes continuar.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Ponte en contacto con tu administrador
contact-reason-consumer = Las cuentas personales no pueden usar este portal. Usa en su lugar las opciones de recuperación de tu proveedor de correo electrónico.
contact-reason-unavailable = No podemos restablecer esta cuenta aquí. Es posible que no exista o que esté deshabilitada.
contact-reason-not-enabled = El restablecimiento de contraseña de autoservicio no está activado para esta cuenta.
contact-reason-not-registered = Esta cuenta no tiene registrada suficiente información de seguridad para restablecer la contraseña.
contact-reason-admin-not-registered = Para restablecer la contraseña, las cuentas de administrador necesitan dos métodos registrados (correo electrónico, teléfono móvil, teléfono de la oficina o aplicación de autenticación).
contact-reason-writeback-off = La contraseña de esta cuenta se administra de forma local y no se puede restablecer aquí.
contact-also-intro = Esto también puede ocurrir cuando:
contact-also-consumer = la cuenta es una cuenta personal de un proveedor de correo electrónico para consumidores
contact-also-unavailable = el Id. de usuario está mal escrito, o la cuenta no existe o está desactivada
contact-also-not-enabled = el restablecimiento de contraseña de autoservicio no está activado para la cuenta
contact-also-not-registered = la cuenta no tiene registrada suficiente información de seguridad (si puedes iniciar sesión, la página de información de seguridad muestra lo que falta)
contact-also-admin-not-registered = una cuenta de administrador no tiene dos métodos registrados
contact-also-writeback-off = la contraseña la administra el directorio propio de tu organización
contact-helpdesk-link = Ponte en contacto con el soporte técnico
contact-helpdesk-email = Envía un correo electrónico al soporte técnico: { $email }
contact-no-helpdesk = Pide ayuda al administrador de tu organización.
contact-request-button = Pedir a mis administradores que restablezcan mi contraseña
contact-request-sent = Tu solicitud se ha enviado a tus administradores.

## Trouble choice
choose-title = ¿Por qué tienes problemas para iniciar sesión?
choose-forgot = He olvidado mi contraseña
choose-forgot-hint = No te preocupes, te ayudaremos a restablecerla con la información de seguridad que registraste.
choose-unlock = Sé mi contraseña, pero sigo sin poder iniciar sesión
choose-unlock-hint = Puede ocurrir si has intentado iniciar sesión demasiadas veces con una contraseña incorrecta.

## Verification (V1..V6)
verify-title = Verifica tu identidad
verify-step = Paso de verificación { $current } de { $required }
verify-pick = Elige el método de contacto que debemos usar para la verificación:
verify-passed = Verificado
option-email = Enviar un correo electrónico a mi dirección alternativa { $masked }
option-sms = Enviar un SMS a mi teléfono móvil { $masked }
option-voice = Llamar a mi teléfono móvil { $masked }
option-office = Llamar a mi teléfono de la oficina { $masked }
option-app = Introducir un código de mi aplicación de autenticación
option-software_oath = Introducir un código de mi token de software
option-hardware_oath = Introducir un código de mi token de hardware
option-questions = Responder a mis preguntas de seguridad
pending-email = Hemos enviado un correo electrónico con un código de verificación a { $masked }.
pending-sms = Hemos enviado un SMS con un código de verificación al { $masked }.
pending-voice = Estamos llamando al { $masked }. Escucha el código de verificación.
pending-totp = Introduce el código que se muestra en tu aplicación o en tu token.
code-label = Código de verificación
questions-legend = Responde a tus preguntas de seguridad
verify-button = Verificar

## New password (N1, N2)
password-title = Elige una nueva contraseña
password-label = Nueva contraseña
confirm-label = Confirmar la nueva contraseña
password-rules = Tu contraseña debe:
pw-rule-length = tener al menos { $min } caracteres
pw-rule-max-length = tener como máximo { $max } caracteres
pw-rule-classes = contener tres de estos tipos: minúsculas, mayúsculas, dígitos, símbolos
pw-rule-banned = no ser una contraseña habitual o prohibida
pw-rule-name = no contener tu nombre
pw-rule-match = coincidir con su confirmación
pw-rule-classes-ad = contener tres de estos tipos: minúsculas, mayúsculas, dígitos, símbolos, letras sin mayúsculas ni minúsculas (como el kana)
pw-rule-name-ad = no contener el nombre de tu cuenta ni ninguna parte de tu nombre de 3 o más caracteres
pw-dir-heading = Al enviarla, el directorio de tu organización también comprueba que la contraseña:
pw-dir-history = { $n ->
    [one] no sea tu contraseña actual
   *[other] no sea ninguna de tus últimas { $n } contraseñas
}
pw-dir-min-age = { $n ->
    [one] se cambie al menos un día después de tu último cambio de contraseña
   *[other] se cambie al menos { $n } días después de tu último cambio de contraseña
}
pw-dir-module = cumpla las demás reglas de calidad de tu organización
pw-rule-ok = requisito cumplido
pw-rule-not-ok = requisito no cumplido
finish = Finalizar

## Done
done-reset = Se ha restablecido tu contraseña.
done-unlock = Se ha desbloqueado tu cuenta.
done-sign-in = Iniciar sesión con tu cuenta

## Errors (flows)
err-no-flow = Tu sesión ha expirado. Vuelve a empezar.
err-captcha = La comprobación de que no eres un robot ha caducado o ya se ha usado. Inténtalo de nuevo.
err-wrong-step = Ese paso ya no está disponible. Continúa desde aquí.
err-unknown-option = Elige uno de los métodos de la lista.
err-code-wrong = Ese código no es válido. Compruébalo e inténtalo de nuevo.
err-code-expired = Ese código ha caducado. Envía uno nuevo.
err-code-used = Ese código ya se ha usado. Continúa desde aquí.
err-blocked = Lo has intentado demasiadas veces. Inténtalo de nuevo después del { $until }.
err-email-limit = Hemos enviado demasiados códigos. Inténtalo de nuevo después del { $until } o usa otro método.
err-answers-wrong = Una o varias respuestas son incorrectas. Aquí tienes un nuevo conjunto de preguntas.
err-password = La contraseña no cumple los requisitos que se indican a continuación.
err-delivery = No hemos podido enviar el mensaje en este momento. Inténtalo de nuevo más tarde o usa otro método.
err-admin-request-limit = Ya has enviado varias solicitudes. Tus administradores se pondrán en contacto contigo.
err-internal = Se ha producido un error. Inténtalo de nuevo más tarde.
userid-err-empty = Introduce tu Id. de usuario.
userid-err-shape = Introduce tu Id. de usuario con el formato nombre@dominio, por ejemplo, { $example }.
userid-err-too-long = Ese Id. de usuario es demasiado largo.

## Messages (email, SMS, voice)
msg-code-subject = Código de verificación de la cuenta de { $org }
msg-code-email = Usa el siguiente código para verificar tu cuenta: { $code }. Caduca en { $minutes } minutos. Si no lo has solicitado, ignora este correo electrónico.
msg-code-sms = Código de { $org } para tu contraseña: { $code }
msg-code-voice = Tu código de verificación es { $code }. Repito, tu código es { $code }.
msg-reset-subject = Se ha restablecido tu contraseña
msg-reset-body = La contraseña de { $user } se acaba de restablecer mediante el restablecimiento de contraseña de autoservicio. Si no has sido tú, ponte en contacto con tu administrador ahora mismo.
msg-method-added-subject = Se ha añadido información de seguridad a tu cuenta
msg-method-added-body = Se ha añadido el método «{ $method }» a la información de seguridad de { $user }. Si no has sido tú, inicia sesión, quítalo, cambia tu contraseña y ponte en contacto con tu administrador.
msg-method-removed-subject = Se ha quitado información de seguridad de tu cuenta
msg-method-removed-body = Se ha quitado el método «{ $method }» de la información de seguridad de { $user }. Si no has sido tú, inicia sesión, revisa tu información de seguridad, cambia tu contraseña y ponte en contacto con tu administrador.
msg-admin-reset-subject = Un administrador ha restablecido su contraseña
msg-admin-reset-body = El administrador { $user } ha restablecido su propia contraseña mediante el restablecimiento de contraseña de autoservicio.
msg-admin-request-subject = Solicitud de restablecimiento de contraseña
msg-admin-request-body = { $user } no puede restablecer su contraseña mediante el autoservicio y pide ayuda a un administrador.

## Dev outbox (demo mode only)
outbox-title = Bandeja de salida (demostración)
outbox-intro = Modo de demostración: los mensajes que envía el portal se escriben aquí en lugar de entregarse. Los más recientes primero.
outbox-empty = Todavía no hay mensajes.
outbox-to = Para
demo-outbox-link = Modo de demostración: lee el mensaje en la bandeja de salida (se abre en una pestaña nueva)
outbox-channel = Canal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Elige al menos un grupo para el ámbito «Grupos seleccionados».
policy-err-methods-required = El número de métodos necesarios debe ser 1 o 2.
policy-err-too-few-methods = Habilita al menos tantos métodos como los necesarios.
policy-err-office-phone-paid = El teléfono de la oficina solo está disponible para inquilinos de pago.
policy-err-questions-register = Los usuarios deben registrar entre 3 y 5 preguntas de seguridad.
policy-err-questions-ask = Se deben formular entre 3 y 5 preguntas de seguridad.
policy-err-questions-ask-exceeds = No puedes formular más preguntas de las que registran los usuarios.
policy-err-reconfirm-days = La reconfirmación debe estar entre 0 y 730 días.
policy-err-app-needs-more = Cuando la aplicación móvil está habilitada, habilita también suficientes métodos adicionales.
policy-err-app-notification-alone = Si solo se requiere un método, la notificación de la aplicación no cuenta por sí sola.
policy-err-password-length = La longitud de la contraseña debe estar entre 8 y 256 caracteres.
policy-err-banned-terms = Se admiten como máximo 1000 términos prohibidos personalizados.
policy-err-sms-sender = El remitente de los SMS debe ser un nombre de hasta 11 letras y dígitos, o un número de teléfono como +15017122661.
phone-err-country-code = Empieza el número con + y el prefijo del país.
phone-err-characters = Usa solo dígitos, espacios y guiones.
phone-err-length = Ese número es demasiado corto o demasiado largo.
policy-err-custom-question = Las preguntas de seguridad personalizadas deben tener entre 1 y 200 caracteres y ser todas distintas.
policy-err-brand-accent = El color de marca debe escribirse como #rrggbb y ser lo bastante oscuro para texto blanco (contraste de al menos 4,5:1).
policy-err-brand-logo = El logotipo debe ser un archivo de este portal (como /brand/logo.svg) o una imagen insertada.
policy-err-sign-in-domain = El dominio de inicio de sesión debe ser un nombre de dominio, como contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Inicia sesión para administrar tu información de seguridad
signin-title = Iniciar sesión
signin-intro = Inicia sesión para ver y actualizar tu información de seguridad o cambiar tu contraseña.
signin-password-label = Contraseña
signin-button = Iniciar sesión
signin-cant-access = ¿No puedes acceder a tu cuenta?
signin-signed-out = Has cerrado sesión.
signout-button = Cerrar sesión
account-title = Mi cuenta
account-signed-in-as = Sesión iniciada como { $name } ({ $upn })
account-reset-attempts = Alguien intentó restablecer tu contraseña y no superó la verificación { $count ->
    [one] una vez
   *[other] { $count } veces
}, la última el { $when }. Si no fuiste tú, tu contraseña no ha cambiado; asegúrate de que tu información de seguridad es tuya y avisa a tu administrador.
account-cannot-reset = Todavía no puedes restablecer tu contraseña por tu cuenta.
account-security-info = Información de seguridad
account-change-password = Cambiar contraseña
err-no-session = No has iniciado sesión o tu sesión ha finalizado. Vuelve a iniciar sesión.
err-credentials = El Id. de usuario o la contraseña no son correctos.
err-locked-out = Tu cuenta está bloqueada temporalmente para evitar un uso no autorizado. Inténtalo de nuevo después del { $until }.
err-account-locked = Tu cuenta está bloqueada. Usa «¿No puedes acceder a tu cuenta?» para desbloquearla.
err-not-allowed = Ese método no se puede usar con tu cuenta.
err-current-password = Tu contraseña actual no es correcta.
err-on-premises = Tu contraseña la administra el directorio de tu organización. Cámbiala allí.
err-too-many = Se han producido demasiados intentos desde tu red. Inténtalo de nuevo después del { $until }.
err-resend-wait = Te acabamos de enviar un código por esta vía. Espera hasta el { $until } antes de pedir otro, o usa otro método.
err-messages-paused = No podemos enviar más códigos en este momento. Inténtalo de nuevo después del { $until } o usa un método que no necesite mensajes, como una aplicación de autenticación o las preguntas de seguridad.
err-phone-country = Tu organización no envía códigos a números de teléfono de este país. Usa otro número u otro método.
err-busy = El servicio está ocupado en este momento. Espera unos instantes e inténtalo de nuevo.
cancel = Cancelar
save = Guardar

## Security info (G2..G7, C1)
setup-title = Información de seguridad
setup-intro = Estos son los métodos que usas para demostrar quién eres cuando restableces tu contraseña.
setup-progress-ok = Puedes restablecer tu contraseña: tienes configurados { $have } de los { $required } métodos necesarios.
setup-progress-short = Tienes configurados { $have } de los { $required } métodos necesarios. Añade más para poder restablecer tu contraseña.
setup-methods-heading = Tus métodos
setup-none = Todavía no has configurado ningún método.
setup-add-heading = Añadir un método
setup-change = Cambiar
setup-change-label = Cambiar { $what }
setup-delete = Eliminar
setup-delete-label = Eliminar { $what }
setup-from-directory = (del directorio de tu organización)
setup-done-added = Se ha añadido el método.
setup-done-deleted = Se ha eliminado el método.
setup-back = Volver a la información de seguridad
setup-not-available = Este método no está disponible para tu cuenta.
method-app = Aplicación de autenticación
method-software = Token OATH de software
method-hardware = Token de hardware
method-phone = Teléfono
method-office = Teléfono de la oficina
method-email = Correo electrónico
method-questions = Preguntas de seguridad
method-questions-detail = { $count } preguntas
add-app = Añadir una aplicación de autenticación
add-software = Añadir un token OATH de software
add-hardware = Activar un token de hardware
add-phone = Añadir o cambiar tu teléfono
add-office = Añadir o cambiar tu teléfono de la oficina
add-email = Añadir o cambiar tu correo electrónico
add-questions = Configurar preguntas de seguridad
setup-email-label = Dirección de correo electrónico
setup-email-hint = Usa una dirección distinta a la de tu cuenta del trabajo. Te enviaremos un código a esa dirección.
setup-phone-label = Número de teléfono
setup-office-label = Número de teléfono de la oficina
setup-phone-hint = Incluye el + y el prefijo del país, por ejemplo, +34 612 34 56 78.
setup-phone-channel = ¿Cómo quieres recibir el código?
setup-phone-sms = Enviarme un código por SMS
setup-phone-voice = Llamarme
setup-app-intro = Instala una aplicación de autenticación en tu teléfono y, después, selecciona Siguiente para ver el código QR que debes escanear.
setup-software-intro = Selecciona Siguiente para obtener la clave secreta de tu token de software.
setup-app-step-scan = Escanea el código QR con tu aplicación o introduce la clave secreta que aparece abajo.
setup-app-step-code = Introduce el código de 6 dígitos que muestra la aplicación.
setup-app-qr-alt = Código QR para tu aplicación de autenticación
setup-app-secret = Clave secreta:
setup-hardware-intro = Elige el número de serie impreso en tu token e introduce el código que muestra.
setup-hardware-serial = Número de serie
setup-questions-intro = Elige { $count } preguntas diferentes y responde a cada una (de 3 a 40 caracteres; no puede haber dos respuestas iguales).
setup-question-label = Pregunta { $n }
setup-answer-label = Respuesta { $n }
setup-err-email-shape = Introduce una dirección de correo electrónico, por ejemplo, someone@example.com.
setup-err-email-same = Usa una dirección distinta a la de tu cuenta del trabajo.
setup-err-phone = Ese número de teléfono no parece correcto.
setup-err-questions = No se han guardado tus preguntas de seguridad.
setup-err-questions-count = Responde a todas las preguntas.
setup-err-questions-unknown = Elige preguntas de la lista.
setup-err-questions-duplicate = Elige una pregunta distinta en cada casilla.
setup-err-answer-length = Las respuestas deben tener entre 3 y 40 caracteres.
setup-err-answer-duplicate = Da una respuesta distinta a cada pregunta.
setup-err-too-many-apps = Ya tienes el número máximo de aplicaciones de autenticación. Elimina una primero.
setup-err-token-unknown = Ese token no está asignado a ti o ya está activo.
protect-title = Ayúdanos a proteger tu cuenta
protect-intro = Tu organización necesita más información para mantener tu cuenta segura y permitirte restablecer tu contraseña por tu cuenta.
protect-skip = Omitir por ahora
confirm-title = ¿Tu información de seguridad sigue siendo correcta?
confirm-intro = Revisa los métodos que usas para restablecer tu contraseña. Confírmalos o edítalos si algo ha cambiado.
confirm-looks-good = Todo correcto
confirm-edit = Editar tu información de seguridad
confirm-done = ¡Gracias! Tu información de seguridad está confirmada.
change-title = Cambiar contraseña
change-current-label = Contraseña actual
change-button = Cambiar contraseña
change-done = Se ha cambiado tu contraseña.

## Security questions (G6, predefined list)
sq-first-pet = ¿Cómo se llamaba tu primera mascota?
sq-birth-city = ¿En qué ciudad naciste?
sq-first-school = ¿Cómo se llamaba tu primer colegio?
sq-childhood-friend = ¿Cuál es el nombre de tu mejor amigo o amiga de la infancia?
sq-first-job-city = ¿En qué ciudad tuviste tu primer trabajo?
sq-grandparent-name = ¿Cuál es el nombre del mayor de tus abuelos?
sq-first-concert = ¿Cuál fue el primer concierto al que asististe?
sq-childhood-street = ¿En qué calle vivías durante tu infancia?
sq-favourite-teacher = ¿Cuál era el apellido de tu profesor favorito?
sq-first-car = ¿De qué marca y modelo era tu primer coche?

## Notifications on a paired device (V4)
option-push = Aprobar una notificación en mi dispositivo
pending-push = Hemos enviado una notificación a tu dispositivo. Ábrela e introduce este número:
pending-push-then = Después, selecciona Continuar aquí.
push-continue = Continuar
err-push-pending = Todavía no se ha respondido a la notificación. Respóndela en tu dispositivo y, después, selecciona Continuar.
err-push-denied = La notificación se ha rechazado o el número no coincidía. Elige un método para volver a intentarlo.
method-notification = Notificaciones en mi dispositivo
add-notification = Añadir un dispositivo para notificaciones
setup-device-intro = Usa tu teléfono como dispositivo para aprobar solicitudes: selecciona Siguiente para obtener un código de vinculación.
setup-device-step-open = En tu teléfono, abre la página del dispositivo:
setup-device-link = abrir la página del dispositivo
setup-device-step-code = Introduce allí este código de vinculación:
setup-device-then = Cuando la página del dispositivo indique que está vinculado, vuelve aquí.
setup-device-done = Listo
device-title = Tu dispositivo
device-intro = Esta página aprueba las solicitudes de inicio de sesión y de restablecimiento de contraseña de tu cuenta. Añádela a la pantalla de inicio para tenerla siempre a mano.
device-paired = Este dispositivo está vinculado. Comprueba si hay solicitudes cuando se te pida que apruebes una.
device-pair-failed = Ese código de vinculación no es válido. Obtén uno nuevo desde tu información de seguridad.
device-approved = Solicitud aprobada. Puedes volver a la otra pantalla.
device-denied = Solicitud rechazada. No se ha aprobado nada.
device-no-request = No hay ninguna solicitud pendiente.
device-request = %org% te pide que confirmes que eres tú (%upn%).
device-request-title = ¿Aprobar esta solicitud?
device-pair-code = Código de vinculación
device-name = Nombre de este dispositivo
device-name-default = Mi teléfono
device-pair-button = Vincular este dispositivo
device-check = Comprobar solicitudes
device-number = Número que se muestra en la otra pantalla
device-approve = Aprobar
device-deny = Rechazar
device-needs-js = Esta página necesita JavaScript para conservar su clave y firmar las aprobaciones.

## Sign-in, second step (G1)
check-title = Verifica tu identidad
check-intro = Tu cuenta tiene información de seguridad, así que necesitamos una segunda comprobación antes de que puedas verla o cambiarla.

## The on-premises directory (P10, P11)
err-directory-policy = El directorio de tu organización no ha aceptado esta contraseña. Puede que ya la hayas usado antes o que incumpla alguna de las reglas propias del directorio; prueba con otra.
err-directory = No hemos podido conectar con el directorio de tu organización. No se ha cambiado nada; inténtalo de nuevo en unos instantes.

## Issue 10: a form post with a field missing
err-form-incomplete = El formulario ha llegado incompleto. Rellena todos los campos e inténtalo de nuevo.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Progreso
progress-step = Paso { $current } de { $total }
step-userid = Id. de usuario
step-verify = Verificación
step-password = Nueva contraseña
step-done = Listo
resend-code = Reenviar código
resend-in = Podrás pedir un nuevo código dentro de { $seconds ->
    [one] un segundo
   *[other] { $seconds } segundos
}.
helpdesk-contact = ¿Necesitas ayuda? Ponte en contacto con el soporte técnico: { $contact }
brand-logo-alt = { $org }
setup-add-method = Añadir método
setup-delete-title = ¿Eliminar este método?
setup-delete-confirm = Se quitará «{ $what }» de tu información de seguridad.
setup-delete-last-warning = Necesitas este método para restablecer tu contraseña. Sin él, no podrás restablecer tu contraseña por tu cuenta hasta que añadas otro método.
setup-delete-confirm-button = Sí, eliminarlo
setup-app-open-link = Abrir en una aplicación de autenticación de este teléfono
setup-app-secret-grouped = Clave secreta, en grupos de cuatro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = a. m.
time-pm = p. m.

# Incidencia 12: la consola de administrador. Los títulos de las páginas siguen las páginas de restablecimiento de contraseña de Entra.
account-admin-console = Consola de administrador
admin-title = Consola de administrador
admin-sign-in = Inicia sesión con tu cuenta de administrador para abrir la consola.
admin-not-admin = Esta consola es para administradores. Tu cuenta no tiene ningún rol de administrador.
admin-second-step = La consola necesita un segundo paso de inicio de sesión. Añade un teléfono o una aplicación de autenticación a tu información de seguridad y, después, cierra sesión y vuelve a iniciarla.
admin-go-setup = Ir a tu información de seguridad
admin-go-account = Volver a mi cuenta
admin-back = Volver a la consola
admin-tenant = Organización: { $name }
admin-signed-in-as = Has iniciado sesión como { $name }, con los roles: { $roles }
admin-policy-heading = Directiva de restablecimiento de contraseña
admin-readonly = Tus roles te permiten ayudar a los usuarios, pero no cambiar la directiva de restablecimiento de contraseña. Puede cambiarla un administrador global o un administrador de directivas de autenticación.
admin-draft-pending = Hay un cambio en «{ $page }» pendiente de tu revisión.
admin-draft-open = Abrir el cambio
admin-draft-elsewhere = Hay un cambio en «{ $page }» pendiente de revisión. Si revisas esta página, lo sustituirás.
admin-saved = Guardado como cambio { $id }.
admin-discarded = Se ha descartado el cambio. No se ha guardado nada.
admin-blade-properties = Propiedades
admin-blade-methods = Métodos de autenticación
admin-blade-registration = Registro
admin-blade-notifications = Notificaciones
admin-blade-customization = Personalización
admin-blade-on-premises = Integración local
admin-blade-administrators = Directiva de administradores
admin-f-scope = Restablecimiento de contraseña de autoservicio habilitado para
admin-scope-none = Nadie
admin-scope-selected = Grupos seleccionados
admin-scope-all = Todos los usuarios
admin-f-groups = Grupos
admin-f-groups-hint = Marca los grupos para los que está habilitado el restablecimiento de contraseña de autoservicio o escribe nombres de otros grupos, separados por comas. Se usan cuando se elige «Grupos seleccionados».
admin-f-methods-required = Número de métodos necesarios para restablecer
admin-f-methods-required-hint = 1 o 2.
admin-f-methods = Métodos disponibles para los usuarios
admin-f-questions-to-register = Número de preguntas de seguridad necesarias para registrarse
admin-f-questions-to-ask = Número de preguntas de seguridad necesarias para restablecer
admin-f-custom-questions = Preguntas de seguridad propias de tu organización
admin-f-custom-questions-hint = Una pregunta por línea, que se ofrece junto a las predefinidas.
admin-f-require-registration = Exigir a los usuarios que se registren al iniciar sesión
admin-f-reconfirm-days = Número de días antes de pedir a los usuarios que vuelvan a confirmar su información de autenticación
admin-f-reconfirm-days-hint = De 0 a 730; con 0 no se pide nunca.
admin-f-notify-users = Notificar a los usuarios los restablecimientos de contraseña
admin-f-notify-admins = Notificar a todos los administradores cuando otros administradores restablezcan su contraseña
admin-f-helpdesk = Vínculo del soporte técnico
admin-f-helpdesk-hint = Una dirección de correo electrónico o una dirección web que empiece por https://. Déjalo vacío para no mostrar ninguno.
admin-f-logo = Logotipo
admin-f-logo-hint = Un archivo de este portal, como /brand/logo.svg. Déjalo vacío para mostrar solo el nombre.
admin-f-accent = Color de énfasis
admin-f-accent-hint = En formato #rrggbb, lo bastante oscuro para texto blanco.
admin-f-sign-in-domain = Dominio de la sugerencia de inicio de sesión
admin-f-sign-in-domain-hint = Se muestra en el ejemplo de Id. de usuario, como contoso.com.
admin-f-writeback = Escritura diferida de contraseñas en tu directorio local
admin-f-allow-unlock = Permitir a los usuarios desbloquear cuentas sin restablecer su contraseña
admin-f-admin-sspr = Permitir a los administradores restablecer su propia contraseña
admin-f-admin-sspr-hint = Los administradores siempre necesitan dos métodos: un correo electrónico o un teléfono, y otro más.
admin-review-button = Revisar el cambio
admin-errors-heading = Este cambio no se puede guardar:
admin-live-ok = Este cambio se puede guardar.
admin-err-number = Escribe un número entero.
admin-err-helpdesk = Escribe una dirección de correo electrónico o una dirección web que empiece por https://.
admin-err-forbidden = Tus roles no permiten cambiar la directiva de restablecimiento de contraseña.
admin-err-no-draft = No hay ningún cambio pendiente de revisión.
admin-err-no-change = Ese cambio no está en el historial.
admin-err-refused = Este cambio infringe una regla de la directiva. Edítalo y vuelve a revisarlo.
admin-review-title = Revisión del cambio
admin-review-page = Página: { $page }
admin-changes = Cambia: { $keys }
admin-no-change = Esto no cambia nada.
admin-impact-heading = Quién puede restablecer su contraseña
admin-impact-summary = Ahora { $before } de { $users } usuarios pueden restablecer su contraseña; después de este cambio podrían { $after }.
admin-stranded-none = Nadie pierde la posibilidad de restablecer su contraseña.
admin-stranded = { $count ->
    [one] Un usuario podía restablecer su contraseña antes y no podrá hacerlo después:
   *[other] { $count } usuarios podían restablecer su contraseña antes y no podrán hacerlo después:
}
admin-stranded-hint = Pídeles que registren más métodos en su página de información de seguridad antes de guardar; si no, tendrán que llamar al soporte técnico.
admin-gained = { $count ->
    [one] Un usuario no podía restablecer su contraseña antes y podrá hacerlo después:
   *[other] { $count } usuarios no podían restablecer su contraseña antes y podrán hacerlo después:
}
admin-export-csv = Descargar la lista (CSV)
admin-save = Guardar
admin-discard = Descartar
admin-edit-again = Volver a editar
admin-history-title = Historial de cambios
admin-history-empty = Todavía no se ha guardado ningún cambio.
admin-history-change = Cambio
admin-history-when = Fecha
admin-history-who = Administrador
admin-history-what = Configuración cambiada
admin-revert = Revertir
admin-revert-label = Revertir el cambio { $id }
admin-reverts = revierte el cambio { $id }
admin-reverted = Se ha revertido el cambio { $id }. Se ha restaurado la configuración que había sustituido.
admin-key-scope = quién puede restablecer
admin-key-admin-sspr = restablecimiento por administradores
admin-key-methods-required = métodos necesarios
admin-key-methods = métodos disponibles
admin-key-questions-to-register = preguntas para registrarse
admin-key-questions-to-ask = preguntas para restablecer
admin-key-custom-questions = preguntas de seguridad propias
admin-key-require-registration = registro obligatorio
admin-key-reconfirm-days = días para volver a confirmar
admin-key-notify-users = notificaciones a usuarios
admin-key-notify-admins = notificaciones a administradores
admin-key-helpdesk = vínculo del soporte técnico
admin-key-branding = personalización de marca
admin-key-writeback = escritura diferida de contraseñas
admin-key-allow-unlock = desbloqueo de cuentas
admin-key-password = reglas de contraseña
admin-key-phone-countries = países de teléfono
admin-key-sms-sender = remitente de los SMS

# Incidencia 12: los informes de la consola (A2).
admin-reports-title = Informes
admin-reports-link = Registros, restablecimientos, errores y quién no puede restablecer
admin-reports-period = Los últimos { $days } días, desde el { $since } (UTC).
admin-reports-chart = Gráfico de la tabla siguiente
admin-reports-by-day = Registros, restablecimientos y desbloqueos por día
admin-col-day = Día
admin-col-registrations = Registros
admin-col-resets = Restablecimientos
admin-col-unlocks = Desbloqueos
admin-col-user = Usuario
admin-reports-funnel = Hasta dónde llegaron los intentos de restablecimiento
admin-reports-funnel-hint = Cada intento empieza con un Id. de usuario. Donde bajan las cifras es donde los usuarios se rinden.
admin-col-step = Paso
admin-col-attempts = Intentos
admin-funnel-started = Iniciados
admin-funnel-eligible = Con permiso para restablecer
admin-funnel-verified-one = Verificaron un método
admin-funnel-verified-two = Verificaron un segundo método
admin-funnel-password-set = Nueva contraseña establecida o cuenta desbloqueada
admin-reports-failures = Errores por motivo
admin-col-reason = Motivo
admin-col-count = Número
admin-reports-none = No hay nada en este período.
admin-reports-methods = Métodos usados para restablecer o desbloquear
admin-col-method = Método
admin-reports-cannot = Quién no puede restablecer
admin-reports-can = Ahora { $can } de { $users } usuarios pueden restablecer su contraseña.
admin-reports-short = { $count ->
    [one] Un usuario no puede restablecer por falta de métodos:
   *[other] { $count } usuarios no pueden restablecer por falta de métodos:
}
# Incidencia 12: la página de usuarios de la consola (D1, D3).
admin-users-title = Usuarios
admin-users-link = Buscar un usuario: sus métodos, bloqueos e información de contacto
admin-users-lookup-label = Id. de usuario
admin-users-lookup = Buscar
admin-err-no-user = No hay ningún usuario con ese Id. en tu organización.
admin-err-protected = Este usuario es un administrador que queda fuera del alcance de tus roles. Pídeselo a un administrador global.
admin-err-contact = Escribe una dirección de correo electrónico distinta de la del propio usuario, y los números de teléfono como +<código de país> <número>.
admin-user-status = Cuenta
admin-user-enabled = Habilitada
admin-user-disabled = Deshabilitada
admin-user-locked = bloqueada en el directorio
admin-user-password = Contraseña
admin-user-cloud = La administra este portal
admin-user-onprem = La administra el directorio local
admin-user-groups = Grupos
admin-user-roles = Roles de administrador
admin-user-none = Ninguno
admin-user-methods = Sus métodos
admin-user-reset = Restablecimiento de contraseña de autoservicio
admin-user-can-reset = Puede restablecer su contraseña ahora.
admin-user-cannot-reset = Ahora no puede restablecerla:
admin-reason-consumer = es una cuenta personal, y este portal no atiende ese tipo de cuentas.
admin-reason-unavailable = la cuenta está deshabilitada.
admin-reason-not-enabled = el restablecimiento de contraseña de autoservicio no está habilitado para sus grupos.
admin-reason-not-registered = no tiene registrados suficientes métodos para la directiva.
admin-reason-admin-not-registered = un administrador necesita dos métodos y tiene menos.
admin-reason-writeback-off = la contraseña se administra en el entorno local y la escritura diferida está desactivada.
admin-user-blocks = Bloqueos
admin-user-no-blocks = Ahora no hay ningún bloqueo.
admin-user-reset-blocked = Restablecimientos de contraseña bloqueados hasta el { $until } (demasiados códigos o respuestas incorrectos)
admin-user-sends-blocked = Códigos bloqueados hasta el { $until } (se han enviado demasiados)
admin-user-signin-locked = Inicio de sesión bloqueado hasta el { $until } (demasiadas contraseñas incorrectas)
admin-user-clear = Quitar los bloqueos
admin-user-cleared = Se han quitado los bloqueos.
admin-user-contact = Información de contacto
admin-user-alternate-email = Correo electrónico alternativo
admin-user-mobile = Teléfono móvil
admin-user-office = Teléfono de la oficina
admin-user-contact-hint = Números de teléfono como +<código de país> <número>. Deja un campo vacío para borrarlo.
admin-user-contact-save = Guardar la información de contacto
admin-user-contact-saved = Se ha guardado la información de contacto.
admin-user-protected = Este usuario es un administrador que queda fuera del alcance de tus roles: solo un administrador global puede cambiar su información de contacto o sus bloqueos.

# Incidencia 12: el código de recuperación del soporte técnico y los avisos sobre lo que ha cambiado un administrador.
admin-recovery-heading = Código de recuperación
admin-recovery-intro = Para un usuario que ha perdido todos sus métodos: un código de un solo uso, válido durante 8 horas, que le permite iniciar sesión una vez para registrar métodos nuevos. Entrégaselo en persona o en una llamada que hayas hecho tú; al usuario se le avisa en sus direcciones de correo electrónico.
admin-recovery-issue = Emitir un código de recuperación
admin-recovery-issued = Se ha emitido un código de recuperación. Solo se muestra una vez.
admin-recovery-code-is = El código de recuperación:
admin-recovery-until = Un código de recuperación es válido hasta el { $until }.
admin-recovery-hand-over = Léeselo al usuario solo cuando estés seguro de quién es. No se vuelve a mostrar.
admin-recovery-done = Listo, ocultar el código
recovery-link = ¿Te ha dado el soporte técnico un código de recuperación?
recovery-title = Iniciar sesión con un código de recuperación
recovery-intro = Si has perdido todos tus métodos, el soporte técnico puede darte un código de recuperación de un solo uso. Inicia sesión con él y, después, registra métodos nuevos en tu página de información de seguridad.
recovery-code-label = Código de recuperación
recovery-code-hint = 16 letras y dígitos, como ABCD-EFGH-JKMN-PQRS.
recovery-wrong = El Id. de usuario o el código de recuperación no son correctos, o el código ya se ha usado o ha caducado.
recovery-back = Iniciar sesión con tu contraseña en su lugar
msg-recovery-issued-subject = Se ha emitido un código de recuperación para tu cuenta
msg-recovery-issued-body = Un administrador ha emitido un código de recuperación de un solo uso para { $user }. Si no le has pedido uno al soporte técnico, ponte en contacto con tu administrador ahora mismo.
msg-recovery-used-subject = Alguien ha iniciado sesión con un código de recuperación
msg-recovery-used-body = Se ha iniciado sesión como { $user } con un código de recuperación para registrar información de seguridad nueva. Si no has sido tú, ponte en contacto con tu administrador ahora mismo.
msg-contact-changed-subject = Se ha cambiado tu información de contacto
msg-contact-changed-body = Un administrador ha cambiado la información de contacto de { $user } (una dirección de correo electrónico o un número de teléfono que se usa para restablecer la contraseña). Si no te lo esperabas, ponte en contacto con tu administrador ahora mismo.

# Incidencia 12: la búsqueda en el registro de auditoría de la consola (A1, W2).
admin-audit-title = Registro de auditoría
admin-audit-link = Buscar en el registro de auditoría y descargarlo
admin-audit-user = Id. de usuario
admin-audit-from = Desde (YYYY-MM-DD, UTC)
admin-audit-to = Hasta (YYYY-MM-DD, UTC)
admin-audit-step = Paso
admin-audit-outcome = Resultado
admin-audit-ip = Dirección IP
admin-audit-client = Tipo de cliente
admin-audit-any = Cualquiera
admin-audit-search = Buscar
admin-audit-bad-date = Escribe una fecha con el formato YYYY-MM-DD, por ejemplo, 2026-11-05.
admin-audit-count = { $count ->
    [one] Coincide una entrada.
   *[other] Coinciden { $count } entradas.
}
admin-audit-capped = Solo se muestran y descargan las más recientes; acota la búsqueda para ver el resto.
admin-audit-pages = Páginas del resultado
admin-audit-newer = Entradas más recientes
admin-audit-older = Entradas más antiguas
admin-audit-export-json = Descargar como líneas JSON

# Incidencia 12: la página de operaciones de la consola.
admin-ops-title = Operaciones
admin-ops-link = Operaciones: el estado actual de la base de datos, el directorio y la cola de correo
admin-ops-database = Base de datos
admin-ops-directory = Directorio local
admin-ops-no-directory = Sin configurar
admin-ops-ok = Funciona
admin-ops-down = No responde
admin-ops-on = Activada
admin-ops-off = Desactivada
admin-ops-directory-error = Último error del directorio (30 días)
admin-ops-mail-waiting = Avisos pendientes de envío
admin-ops-mail-oldest = Aviso pendiente más antiguo desde
admin-ops-mail-sent = Avisos enviados
admin-ops-mail-failed = Avisos descartados tras varios reintentos
admin-ops-hashing = Contraseñas pendientes de hash en este nodo
admin-ops-version = Versión
admin-ops-hint = Comprobado al abrir esta página, por el nodo que la sirvió. Los recuentos de correo son de todo el portal; el resto está en /metrics.

# Incidencia 12: el selector de grupos de P1 y el aviso de M2 a los usuarios que un cambio deja sin poder restablecer.
admin-f-groups-other = Otros grupos
admin-f-groups-none = Esta organización todavía no tiene grupos en el portal: escribe sus nombres.
admin-notify-stranded = Enviar un correo electrónico a los usuarios que no podrán restablecer después de este cambio para pedirles que registren más métodos
msg-register-needed-subject = Registra más información de seguridad
msg-register-needed-body = Tu organización ahora pide más información de seguridad para poder restablecer una contraseña. Hasta que inicies sesión y añadas métodos en tu página de información de seguridad, { $user } no puede restablecer su contraseña sin llamar al soporte técnico.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Última sincronización del directorio (sspr directory sync)
admin-ops-sync-counts = cambios escritos: { $changes }; valores rechazados: { $refused }; usuarios sin organización: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Una traducción va en una línea debajo de su pregunta, como una etiqueta de idioma, dos puntos y el texto (por ejemplo, ja-JP: …), y debe tener entre 1 y 200 caracteres.
admin-err-translation-first = Escribe primero la pregunta y, después, sus traducciones en las líneas de debajo.
admin-f-question-translations-hint = Para mostrar una pregunta en otro idioma, añade debajo una línea con la etiqueta de idioma, dos puntos y la traducción, por ejemplo «ja-JP: 事務所の植物の名前は？». Los usuarios cuyo idioma no tenga traducción ven la pregunta tal como está escrita.
admin-f-recovery-code-resets = Un código de recuperación del soporte técnico también puede restablecer una vez la contraseña del usuario
admin-key-recovery-code-resets = códigos de recuperación que restablecen contraseñas
recovery-reset-hint = Si tu organización lo permite, el código puede servir, en cambio, para restablecer tu contraseña una vez.
recovery-reset-button = Restablecer mi contraseña
recovery-no-reset = Tu organización solo permite usar un código de recuperación para iniciar sesión. Registra aquí métodos nuevos; después podrás restablecer tu contraseña con ellos.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Restablecimiento iniciado
audit-step-choose = Restablecimiento o desbloqueo elegido
audit-step-select = Método elegido
audit-step-send-code = Código enviado
audit-step-verify = Método verificado
audit-step-unlock = Cuenta desbloqueada
audit-step-reset = Contraseña restablecida
audit-step-password = Nueva contraseña introducida
audit-step-directory = Escritura diferida en el directorio
audit-step-notify = Notificación
audit-step-admin-request = Solicitud a los administradores
audit-step-signin = Inicio de sesión
audit-step-signin-verify = Segundo paso de inicio de sesión
audit-step-signout = Cierre de sesión
audit-step-interrupt = Aviso de registro al iniciar sesión
audit-step-reconfirm = Información de seguridad reconfirmada
audit-step-register = Método registrado
audit-step-register-send-code = Código de registro enviado
audit-step-register-pairing = Aplicación de autenticación vinculada
audit-step-register-verify = Código de registro comprobado
audit-step-delete-method = Método eliminado
audit-step-change-password = Contraseña cambiada
audit-step-delivery = Confirmación de entrega
audit-step-policy-change = Directiva cambiada
audit-step-admin-clear-blocks = Bloqueos quitados por un administrador
audit-step-admin-set-contact = Información de contacto establecida por un administrador
audit-step-admin-recovery-code = Código de recuperación emitido
audit-step-directory-sync = Sincronización del directorio
audit-outcome-ok = Correcto
audit-outcome-fail = Fallido
audit-outcome-blocked = Bloqueado
audit-outcome-error = Error técnico
audit-outcome-rejected = Rechazado
audit-outcome-ineligible = No apto
audit-outcome-dismissed = Pospuesto
audit-client-browser = Navegador
audit-client-sign-in-screen = Pantalla de inicio de sesión
audit-client-app = Aplicación

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Activado
admin-value-off = Desactivado
admin-value-empty = (vacío)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Última escritura diferida de una contraseña (o desbloqueo de una cuenta) en el directorio

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Contraseña restablecida
done-title-unlock = Cuenta desbloqueada
admin-f-sign-in-url = Página de inicio de sesión de tu organización
admin-f-sign-in-url-hint = Adónde lleva el botón de la última página de un restablecimiento, como https://login.contoso.com. Déjalo vacío para usar el valor predeterminado de este portal.
policy-err-sign-in-url = Escribe la página de inicio de sesión como una dirección web que empiece por https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Preguntas de seguridad predefinidas que pueden elegir los usuarios
admin-key-predefined-questions = preguntas de seguridad predefinidas
policy-err-too-few-questions = Ofrece al menos tantas preguntas de seguridad (predefinidas y propias) como las que deben registrar los usuarios.
