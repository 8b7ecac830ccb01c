# sspr, es-MX. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Restablecimiento de contraseña de autoservicio
reset-title = Recupera el acceso a tu cuenta
skip-to-content = Ir al contenido principal
lang-switch-label = Idioma
next = Siguiente
back-to-start = Empezar de nuevo
retry = Reintentar
something-wrong = Ocurrió un error. Inténtalo de nuevo más tarde.
not-found = Esta página no existe.
working = Procesando…

## Entry (E2)
entry-intro = Para recuperar tu cuenta, empieza ingresando tu Id. de usuario y la respuesta a la pregunta de abajo.
userid-label = Id. de usuario
userid-hint = Ejemplo: { $example }
captcha-legend = Demuestra que no eres un robot
captcha-nojs = Después de seleccionar Siguiente, se comprobará tu navegador durante unos segundos ({ $seconds } o más). No tienes que hacer nada más.
captcha-working = Comprobando tu navegador…
captcha-done = Listo. Puedes continuar.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Comunícate con tu administrador
contact-reason-consumer = Las cuentas personales no pueden usar este portal. Usa en su lugar las opciones de recuperación de tu proveedor de correo electrónico.
contact-reason-unavailable = No podemos restablecer esta cuenta aquí. Es posible que no exista o que esté deshabilitada.
contact-reason-not-enabled = El restablecimiento de contraseña de autoservicio no está activado para esta cuenta.
contact-reason-not-registered = Esta cuenta no tiene registrada suficiente información de seguridad para restablecer la contraseña.
contact-reason-admin-not-registered = Para restablecer la contraseña, las cuentas de administrador necesitan dos métodos registrados (correo electrónico, teléfono celular, teléfono de la oficina o aplicación de autenticación).
contact-reason-writeback-off = La contraseña de esta cuenta se administra de forma local y no se puede restablecer aquí.
contact-also-intro = Esto también puede ocurrir cuando:
contact-also-consumer = la cuenta es una cuenta personal de un proveedor de correo electrónico para consumidores
contact-also-unavailable = el Id. de usuario está mal escrito, o la cuenta no existe o está desactivada
contact-also-not-enabled = el restablecimiento de contraseña de autoservicio no está activado para la cuenta
contact-also-not-registered = la cuenta no tiene registrada suficiente información de seguridad (si puedes iniciar sesión, la página de información de seguridad muestra lo que falta)
contact-also-admin-not-registered = una cuenta de administrador no tiene dos métodos registrados
contact-also-writeback-off = la contraseña la administra el directorio propio de tu organización
contact-helpdesk-link = Comunícate con la mesa de ayuda
contact-helpdesk-email = Envía un correo electrónico a la mesa de ayuda: { $email }
contact-no-helpdesk = Pide ayuda al administrador de tu organización.
contact-request-button = Pedir a mis administradores que restablezcan mi contraseña
contact-request-sent = Tu solicitud se envió a tus administradores.

## Trouble choice
choose-title = ¿Por qué tienes problemas para iniciar sesión?
choose-forgot = Olvidé mi contraseña
choose-forgot-hint = No te preocupes, te ayudaremos a restablecerla con la información de seguridad que registraste.
choose-unlock = Sé mi contraseña, pero sigo sin poder iniciar sesión
choose-unlock-hint = Puede ocurrir si intentaste iniciar sesión demasiadas veces con una contraseña incorrecta.

## Verification (V1..V6)
verify-title = Verifica tu identidad
verify-step = Paso de verificación { $current } de { $required }
verify-pick = Elige el método de contacto que debemos usar para la verificación:
verify-passed = Verificado
option-email = Enviar un correo electrónico a mi dirección alternativa { $masked }
option-sms = Enviar un mensaje de texto a mi teléfono celular { $masked }
option-voice = Llamar a mi teléfono celular { $masked }
option-office = Llamar a mi teléfono de la oficina { $masked }
option-app = Ingresar un código de mi aplicación de autenticación
option-software_oath = Ingresar un código de mi token de software
option-hardware_oath = Ingresar un código de mi token de hardware
option-questions = Responder a mis preguntas de seguridad
pending-email = Enviamos un correo electrónico con un código de verificación a { $masked }.
pending-sms = Enviamos un mensaje de texto con un código de verificación al { $masked }.
pending-voice = Estamos llamando al { $masked }. Escucha el código de verificación.
pending-totp = Ingresa el código que se muestra en tu aplicación o en tu token.
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
done-reset = Se restableció tu contraseña.
done-unlock = Se desbloqueó tu cuenta.
done-sign-in = Iniciar sesión con tu cuenta

## Errors (flows)
err-no-flow = Tu sesión expiró. Vuelve a empezar.
err-captcha = La comprobación de que no eres un robot expiró o ya se usó. Inténtalo de nuevo.
err-wrong-step = Ese paso ya no está disponible. Continúa desde aquí.
err-unknown-option = Elige uno de los métodos de la lista.
err-code-wrong = Ese código no es válido. Compruébalo e inténtalo de nuevo.
err-code-expired = Ese código expiró. Envía uno nuevo.
err-code-used = Ese código ya se usó. Continúa desde aquí.
err-blocked = Lo intentaste demasiadas veces. Inténtalo de nuevo después del { $until }.
err-email-limit = Enviamos demasiados códigos. Inténtalo de nuevo después del { $until } o usa otro método.
err-answers-wrong = Una o varias respuestas son incorrectas. Aquí tienes un nuevo conjunto de preguntas.
err-password = La contraseña no cumple los requisitos que se indican a continuación.
err-delivery = No pudimos enviar el mensaje en este momento. Inténtalo de nuevo más tarde o usa otro método.
err-admin-request-limit = Ya enviaste varias solicitudes. Tus administradores se comunicarán contigo.
err-internal = Ocurrió un error. Inténtalo de nuevo más tarde.
userid-err-empty = Ingresa tu Id. de usuario.
userid-err-shape = Ingresa tu Id. de usuario con el formato nombre@dominio, por ejemplo, { $example }.
userid-err-too-long = Ese Id. de usuario es demasiado largo.

## Messages (email, SMS, voice)
msg-code-subject = Código de verificación de la cuenta de { $org }
msg-code-email = Usa el siguiente código para verificar tu cuenta: { $code }. Expira en { $minutes } minutos. Si no lo solicitaste, ignora este correo electrónico.
msg-code-sms = Código de { $org } para tu contraseña: { $code }
msg-code-voice = Tu código de verificación es { $code }. Repito, tu código es { $code }.
msg-reset-subject = Se restableció tu contraseña
msg-reset-body = La contraseña de { $user } se acaba de restablecer mediante el restablecimiento de contraseña de autoservicio. Si no fuiste tú, comunícate con tu administrador ahora mismo.
msg-method-added-subject = Se agregó información de seguridad a tu cuenta
msg-method-added-body = Se agregó el método "{ $method }" a la información de seguridad de { $user }. Si no fuiste tú, inicia sesión, quítalo, cambia tu contraseña y comunícate con tu administrador.
msg-method-removed-subject = Se quitó información de seguridad de tu cuenta
msg-method-removed-body = Se quitó el método "{ $method }" de la información de seguridad de { $user }. Si no fuiste tú, inicia sesión, revisa tu información de seguridad, cambia tu contraseña y comunícate con tu administrador.
msg-admin-reset-subject = Un administrador restableció su contraseña
msg-admin-reset-body = El administrador { $user } restableció su propia contraseña mediante el restablecimiento de contraseña de autoservicio.
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
policy-err-scope-without-groups = Elige al menos un grupo para el ámbito "Grupos seleccionados".
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
policy-err-sms-sender = El remitente de los mensajes de texto debe ser un nombre de hasta 11 letras y dígitos, o un número de teléfono como +15017122661.
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
signin-signed-out = Cerraste sesión.
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
err-account-locked = Tu cuenta está bloqueada. Usa "¿No puedes acceder a tu cuenta?" para desbloquearla.
err-not-allowed = Ese método no se puede usar con tu cuenta.
err-current-password = Tu contraseña actual no es correcta.
err-on-premises = Tu contraseña la administra el directorio de tu organización. Cámbiala allí.
err-too-many = Hubo demasiados intentos desde tu red. Inténtalo de nuevo después del { $until }.
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
setup-progress-short = Tienes configurados { $have } de los { $required } métodos necesarios. Agrega más para poder restablecer tu contraseña.
setup-methods-heading = Tus métodos
setup-none = Todavía no has configurado ningún método.
setup-add-heading = Agregar un método
setup-change = Cambiar
setup-change-label = Cambiar { $what }
setup-delete = Eliminar
setup-delete-label = Eliminar { $what }
setup-from-directory = (del directorio de tu organización)
setup-done-added = Se agregó el método.
setup-done-deleted = Se eliminó el método.
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
add-app = Agregar una aplicación de autenticación
add-software = Agregar un token OATH de software
add-hardware = Activar un token de hardware
add-phone = Agregar o cambiar tu teléfono
add-office = Agregar o cambiar tu teléfono de la oficina
add-email = Agregar o cambiar tu correo electrónico
add-questions = Configurar preguntas de seguridad
setup-email-label = Dirección de correo electrónico
setup-email-hint = Usa una dirección distinta a la de tu cuenta del trabajo. Te enviaremos un código a esa dirección.
setup-phone-label = Número de teléfono
setup-office-label = Número de teléfono de la oficina
setup-phone-hint = Incluye el + y el prefijo del país, por ejemplo, +52 55 1234 5678.
setup-phone-channel = ¿Cómo quieres recibir el código?
setup-phone-sms = Enviarme un código por mensaje de texto
setup-phone-voice = Llamarme
setup-app-intro = Instala una aplicación de autenticación en tu teléfono y, después, selecciona Siguiente para ver el código QR que debes escanear.
setup-software-intro = Selecciona Siguiente para obtener la clave secreta de tu token de software.
setup-app-step-scan = Escanea el código QR con tu aplicación o ingresa la clave secreta que aparece abajo.
setup-app-step-code = Ingresa el código de 6 dígitos que muestra la aplicación.
setup-app-qr-alt = Código QR para tu aplicación de autenticación
setup-app-secret = Clave secreta:
setup-hardware-intro = Elige el número de serie impreso en tu token e ingresa el código que muestra.
setup-hardware-serial = Número de serie
setup-questions-intro = Elige { $count } preguntas diferentes y responde a cada una (de 3 a 40 caracteres; no puede haber dos respuestas iguales).
setup-question-label = Pregunta { $n }
setup-answer-label = Respuesta { $n }
setup-err-email-shape = Ingresa una dirección de correo electrónico, por ejemplo, someone@example.com.
setup-err-email-same = Usa una dirección distinta a la de tu cuenta del trabajo.
setup-err-phone = Ese número de teléfono no parece correcto.
setup-err-questions = No se guardaron tus preguntas de seguridad.
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
confirm-intro = Revisa los métodos que usas para restablecer tu contraseña. Confírmalos o edítalos si algo cambió.
confirm-looks-good = Todo correcto
confirm-edit = Editar tu información de seguridad
confirm-done = ¡Gracias! Tu información de seguridad está confirmada.
change-title = Cambiar contraseña
change-current-label = Contraseña actual
change-button = Cambiar contraseña
change-done = Se cambió tu contraseña.

## Security questions (G6, predefined list)
sq-first-pet = ¿Cómo se llamaba tu primera mascota?
sq-birth-city = ¿En qué ciudad naciste?
sq-first-school = ¿Cómo se llamaba tu primera escuela?
sq-childhood-friend = ¿Cuál es el nombre de tu mejor amigo o amiga de la infancia?
sq-first-job-city = ¿En qué ciudad tuviste tu primer trabajo?
sq-grandparent-name = ¿Cuál es el nombre del mayor de tus abuelos?
sq-first-concert = ¿Cuál fue el primer concierto al que asististe?
sq-childhood-street = ¿En qué calle vivías durante tu infancia?
sq-favourite-teacher = ¿Cuál era el apellido de tu maestro favorito?
sq-first-car = ¿De qué marca y modelo era tu primer auto?

## Notifications on a paired device (V4)
option-push = Aprobar una notificación en mi dispositivo
pending-push = Enviamos una notificación a tu dispositivo. Ábrela e ingresa este número:
pending-push-then = Después, selecciona Continuar aquí.
push-continue = Continuar
err-push-pending = Todavía no respondiste la notificación. Respóndela en tu dispositivo y, después, selecciona Continuar.
err-push-denied = La notificación se rechazó o el número no coincidía. Elige un método para volver a intentarlo.
method-notification = Notificaciones en mi dispositivo
add-notification = Agregar un dispositivo para notificaciones
setup-device-intro = Usa tu teléfono como dispositivo para aprobar solicitudes: selecciona Siguiente para obtener un código de vinculación.
setup-device-step-open = En tu teléfono, abre la página del dispositivo:
setup-device-link = abrir la página del dispositivo
setup-device-step-code = Ingresa allí este código de vinculación:
setup-device-then = Cuando la página del dispositivo indique que está vinculado, vuelve aquí.
setup-device-done = Listo
device-title = Tu dispositivo
device-intro = Esta página aprueba las solicitudes de inicio de sesión y de restablecimiento de contraseña de tu cuenta. Agrégala a la pantalla de inicio para tenerla siempre a mano.
device-paired = Este dispositivo está vinculado. Comprueba si hay solicitudes cuando se te pida que apruebes una.
device-pair-failed = Ese código de vinculación no es válido. Obtén uno nuevo desde tu información de seguridad.
device-approved = Solicitud aprobada. Puedes volver a la otra pantalla.
device-denied = Solicitud rechazada. No se aprobó nada.
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
err-directory-policy = El directorio de tu organización no aceptó esta contraseña. Puede que ya la hayas usado antes o que incumpla alguna de las reglas propias del directorio; prueba con otra.
err-directory = No pudimos conectarnos con el directorio de tu organización. No se cambió nada; inténtalo de nuevo en unos instantes.

## Issue 10: a form post with a field missing
err-form-incomplete = El formulario llegó incompleto. Completa todos los campos e inténtalo de nuevo.

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
helpdesk-contact = ¿Necesitas ayuda? Comunícate con la mesa de ayuda: { $contact }
brand-logo-alt = { $org }
setup-add-method = Agregar método
setup-delete-title = ¿Eliminar este método?
setup-delete-confirm = Se quitará "{ $what }" de tu información de seguridad.
setup-delete-last-warning = Necesitas este método para restablecer tu contraseña. Sin él, no podrás restablecer tu contraseña por tu cuenta hasta que agregues otro método.
setup-delete-confirm-button = Sí, eliminarlo
setup-app-open-link = Abrir en una aplicación de autenticación de este teléfono
setup-app-secret-grouped = Clave secreta, en grupos de cuatro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour12 }:{ $minute } { $dayperiod } ({ $zone })
time-am = a.m.
time-pm = p.m.
