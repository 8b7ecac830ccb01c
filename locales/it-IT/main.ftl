# sspr, it-IT. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Reimpostazione della password self-service
reset-title = Torna al tuo account
skip-to-content = Vai al contenuto principale
lang-switch-label = Lingua
next = Avanti
back-to-start = Ricomincia
retry = Riprova
something-wrong = Si è verificato un problema. Riprova più tardi.
not-found = Questa pagina non esiste.
working = Elaborazione in corso…

## Entry (E2)
entry-intro = Per recuperare il tuo account, inizia immettendo il tuo ID utente e la risposta alla domanda qui sotto.
userid-label = ID utente
userid-hint = Esempio: { $example }
captcha-legend = Dimostra di non essere un robot
captcha-nojs = Dopo che avrai selezionato Avanti, il browser verrà controllato per qualche secondo ({ $seconds } o più). Non devi fare altro.
captcha-working = Verifica del browser in corso…
captcha-done = Fatto. Puoi continuare.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Contatta l'amministratore
contact-reason-consumer = Gli account personali non possono usare questo portale. Usa invece le opzioni di recupero del tuo provider di posta elettronica.
contact-reason-unavailable = Non è possibile reimpostare questo account qui. L'account potrebbe non esistere o essere disattivato.
contact-reason-not-enabled = La reimpostazione della password self-service non è attivata per questo account.
contact-reason-not-registered = Per questo account non sono registrate informazioni di sicurezza sufficienti per reimpostare la password.
contact-reason-admin-not-registered = Per reimpostare la password, gli account amministratore devono avere due metodi registrati (e-mail, telefono cellulare, telefono dell'ufficio o app di autenticazione).
contact-reason-writeback-off = La password di questo account è gestita in locale e non può essere reimpostata qui.
contact-also-intro = Questo può accadere anche quando:
contact-also-consumer = l'account è un account personale di un provider di posta elettronica per uso privato
contact-also-unavailable = l'ID utente contiene un errore di digitazione, oppure l'account non esiste o è disattivato
contact-also-not-enabled = la reimpostazione della password self-service non è attivata per l'account
contact-also-not-registered = per l'account non sono registrate informazioni di sicurezza sufficienti (se riesci ad accedere, la pagina delle informazioni di sicurezza indica cosa manca)
contact-also-admin-not-registered = un account amministratore non ha due metodi registrati
contact-also-writeback-off = la password è gestita dalla directory della tua organizzazione
contact-helpdesk-link = Contatta l'helpdesk
contact-helpdesk-email = Scrivi all'helpdesk: { $email }
contact-no-helpdesk = Chiedi aiuto all'amministratore della tua organizzazione.
contact-request-button = Chiedi agli amministratori di reimpostare la mia password
contact-request-sent = La tua richiesta è stata inviata agli amministratori.

## Trouble choice
choose-title = Perché non riesci ad accedere?
choose-forgot = Ho dimenticato la password
choose-forgot-hint = Nessun problema: ti aiuteremo a reimpostarla usando le informazioni di sicurezza che hai registrato.
choose-unlock = Conosco la password, ma non riesco comunque ad accedere
choose-unlock-hint = Può succedere se hai tentato troppe volte di accedere con una password errata.

## Verification (V1..V6)
verify-title = Verifica la tua identità
verify-step = Passaggio di verifica { $current } di { $required }
verify-pick = Scegli il metodo di contatto da usare per la verifica:
verify-passed = Verificato
option-email = Invia un'e-mail al mio indirizzo alternativo { $masked }
option-sms = Invia un SMS al mio telefono cellulare { $masked }
option-voice = Chiama il mio telefono cellulare { $masked }
option-office = Chiama il mio telefono dell'ufficio { $masked }
option-app = Immetti un codice dall'app di autenticazione
option-software_oath = Immetti un codice dal token software
option-hardware_oath = Immetti un codice dal token hardware
option-questions = Rispondi alle domande di sicurezza
pending-email = Abbiamo inviato un'e-mail con un codice di verifica a { $masked }.
pending-sms = Abbiamo inviato un SMS con un codice di verifica al numero { $masked }.
pending-voice = Stiamo chiamando il numero { $masked }. Ascolta il codice di verifica.
pending-totp = Immetti il codice visualizzato nell'app o sul token.
code-label = Codice di verifica
questions-legend = Rispondi alle domande di sicurezza
verify-button = Verifica

## New password (N1, N2)
password-title = Scegli una nuova password
password-label = Nuova password
confirm-label = Conferma la nuova password
password-rules = La password deve:
pw-rule-length = contenere almeno { $min } caratteri
pw-rule-max-length = contenere al massimo { $max } caratteri
pw-rule-classes = contenere tre tra: lettere minuscole, lettere maiuscole, cifre, simboli
pw-rule-banned = non essere una password comune o vietata
pw-rule-name = non contenere il tuo nome
pw-rule-match = corrispondere alla conferma
pw-rule-classes-ad = contenere tre tra: lettere minuscole, lettere maiuscole, cifre, simboli, lettere senza distinzione tra maiuscole e minuscole (come i kana)
pw-rule-name-ad = non contenere il nome dell'account né parti del tuo nome di 3 o più caratteri
pw-dir-heading = Al momento dell'invio, la directory della tua organizzazione verifica anche che la password:
pw-dir-history = { $n ->
    [one] non sia la password attuale
   *[other] non sia una delle ultime { $n } password
}
pw-dir-min-age = { $n ->
    [one] venga cambiata almeno un giorno dopo l'ultima modifica della password
   *[other] venga cambiata almeno { $n } giorni dopo l'ultima modifica della password
}
pw-dir-module = rispetti le ulteriori regole di qualità della tua organizzazione
pw-rule-ok = requisito soddisfatto
pw-rule-not-ok = requisito non soddisfatto
finish = Fine

## Done
done-reset = La password è stata reimpostata.
done-unlock = L'account è stato sbloccato.
done-sign-in = Accedi con il tuo account

## Errors (flows)
err-no-flow = La sessione è scaduta. Ricomincia.
err-captcha = La verifica anti-robot è scaduta o è già stata usata. Riprova.
err-wrong-step = Questo passaggio non è più disponibile. Continua da qui.
err-unknown-option = Scegli uno dei metodi elencati.
err-code-wrong = Il codice non è valido. Controllalo e riprova.
err-code-expired = Il codice è scaduto. Inviane uno nuovo.
err-code-used = Il codice è già stato usato. Continua da qui.
err-blocked = Hai effettuato troppi tentativi. Riprova dopo il { $until }.
err-email-limit = Abbiamo inviato troppi codici. Riprova dopo il { $until } oppure usa un altro metodo.
err-answers-wrong = Una o più risposte sono errate. Ecco una nuova serie di domande.
err-password = La password non soddisfa i requisiti indicati di seguito.
err-delivery = Al momento non è possibile inviare il messaggio. Riprova più tardi oppure usa un altro metodo.
err-admin-request-limit = Hai già inviato diverse richieste. Gli amministratori ti ricontatteranno.
err-internal = Si è verificato un problema. Riprova più tardi.
userid-err-empty = Immetti il tuo ID utente.
userid-err-shape = Immetti l'ID utente nel formato nome@dominio, ad esempio { $example }.
userid-err-too-long = L'ID utente è troppo lungo.

## Messages (email, SMS, voice)
msg-code-subject = Codice di verifica dell'account { $org }
msg-code-email = Usa il codice seguente per verificare il tuo account: { $code }. Scade tra { $minutes } minuti. Se non l'hai richiesto, ignora questa e-mail.
msg-code-sms = Usa il codice di verifica { $code } per reimpostare la password { $org }.
msg-code-voice = Il tuo codice di verifica è { $code }. Ripeto, il tuo codice è { $code }.
msg-reset-subject = La tua password è stata reimpostata
msg-reset-body = La password di { $user } è stata appena reimpostata tramite la reimpostazione della password self-service. Se non hai effettuato tu questa operazione, contatta subito l'amministratore.
msg-method-added-subject = Informazioni di sicurezza aggiunte al tuo account
msg-method-added-body = Il metodo «{ $method }» è stato aggiunto alle informazioni di sicurezza di { $user }. Se non l'hai aggiunto tu, accedi, rimuovilo, cambia la password e contatta l'amministratore.
msg-method-removed-subject = Informazioni di sicurezza rimosse dal tuo account
msg-method-removed-body = Il metodo «{ $method }» è stato rimosso dalle informazioni di sicurezza di { $user }. Se non l'hai rimosso tu, accedi, controlla le informazioni di sicurezza, cambia la password e contatta l'amministratore.
msg-admin-reset-subject = Un amministratore ha reimpostato la propria password
msg-admin-reset-body = L'amministratore { $user } ha reimpostato la propria password tramite la reimpostazione della password self-service.
msg-admin-request-subject = Richiesta di reimpostazione della password
msg-admin-request-body = { $user } non riesce a reimpostare la password in modalità self-service e chiede aiuto a un amministratore.

## Dev outbox (demo mode only)
outbox-title = Posta in uscita (demo)
outbox-intro = Modalità demo: i messaggi inviati dal portale vengono scritti qui invece di essere recapitati. Prima i più recenti.
outbox-empty = Ancora nessun messaggio.
outbox-to = A
demo-outbox-link = Modalità demo: leggi il messaggio nella posta in uscita (si apre in una nuova scheda)
outbox-channel = Canale

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Scegli almeno un gruppo per l'ambito «Gruppi selezionati».
policy-err-methods-required = Il numero di metodi richiesti deve essere 1 o 2.
policy-err-too-few-methods = Abilita almeno tanti metodi quanti sono quelli richiesti.
policy-err-office-phone-paid = Il telefono dell'ufficio è disponibile solo per i tenant a pagamento.
policy-err-questions-register = Gli utenti devono registrare da 3 a 5 domande di sicurezza.
policy-err-questions-ask = Il numero di domande di sicurezza da porre deve essere compreso tra 3 e 5.
policy-err-questions-ask-exceeds = Non puoi porre più domande di quante ne registrino gli utenti.
policy-err-reconfirm-days = La riconferma deve essere compresa tra 0 e 730 giorni.
policy-err-app-needs-more = Quando l'app per dispositivi mobili è abilitata, abilita anche un numero sufficiente di altri metodi.
policy-err-app-notification-alone = Con un solo metodo richiesto, la notifica dell'app da sola non è sufficiente.
policy-err-password-length = La lunghezza della password deve essere compresa tra 8 e 256 caratteri.
policy-err-banned-terms = Sono consentiti al massimo 1.000 termini vietati personalizzati.
policy-err-sms-sender = Il mittente degli SMS deve essere un nome di massimo 11 lettere e cifre oppure un numero di telefono come +15017122661.
phone-err-country-code = Inizia il numero con + e il prefisso internazionale.
phone-err-characters = Usa solo cifre, spazi e trattini.
phone-err-length = Il numero è troppo corto o troppo lungo.
policy-err-custom-question = Le domande di sicurezza personalizzate devono contenere da 1 a 200 caratteri ed essere tutte diverse.
policy-err-brand-accent = Il colore del marchio deve essere nel formato #rrggbb ed essere abbastanza scuro per il testo bianco (contrasto di almeno 4,5:1).
policy-err-brand-logo = Il logo deve essere un file di questo portale (ad esempio /brand/logo.svg) o un'immagine incorporata.
policy-err-sign-in-domain = Il dominio di accesso deve essere un nome di dominio, ad esempio contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Accedi per gestire le tue informazioni di sicurezza
signin-title = Accedi
signin-intro = Accedi per visualizzare e aggiornare le tue informazioni di sicurezza o cambiare la password.
signin-password-label = Password
signin-button = Accedi
signin-cant-access = Non riesci ad accedere al tuo account?
signin-signed-out = Disconnessione effettuata.
signout-button = Esci
account-title = Il mio account
account-signed-in-as = Accesso eseguito come { $name } ({ $upn })
account-reset-attempts = Qualcuno ha tentato di reimpostare la tua password senza superare la verifica { $count ->
    [one] una volta
   *[other] { $count } volte
}, l'ultima il { $when }. Se non eri tu, la password non è stata modificata; assicurati che le informazioni di sicurezza siano tue e avvisa l'amministratore.
account-cannot-reset = Non puoi ancora reimpostare la password in autonomia.
account-security-info = Informazioni di sicurezza
account-change-password = Cambia password
err-no-session = Non hai eseguito l'accesso o la sessione è terminata. Accedi di nuovo.
err-credentials = L'ID utente o la password non sono corretti.
err-locked-out = L'account è temporaneamente bloccato per impedirne l'uso non autorizzato. Riprova dopo il { $until }.
err-account-locked = L'account è bloccato. Usa «Non riesci ad accedere al tuo account?» per sbloccarlo.
err-not-allowed = Questo metodo non può essere usato per il tuo account.
err-current-password = La password attuale non è corretta.
err-on-premises = La password è gestita dalla directory della tua organizzazione. Cambiala direttamente lì.
err-too-many = Sono stati effettuati troppi tentativi dalla tua rete. Riprova dopo il { $until }.
err-resend-wait = Ti abbiamo appena inviato un codice con questo metodo. Attendi fino al { $until } prima di richiederne un altro, oppure usa un altro metodo.
err-messages-paused = Al momento non possiamo inviare altri codici. Riprova dopo il { $until } oppure usa un metodo che non richiede messaggi, come un'app di autenticazione o le domande di sicurezza.
err-phone-country = La tua organizzazione non invia codici ai numeri di telefono di questo paese. Usa un altro numero o un altro metodo.
err-busy = Il servizio è momentaneamente occupato. Attendi qualche istante e riprova.
cancel = Annulla
save = Salva

## Security info (G2..G7, C1)
setup-title = Informazioni di sicurezza
setup-intro = Questi sono i metodi che usi per dimostrare la tua identità quando reimposti la password.
setup-progress-ok = Puoi reimpostare la password. Metodi richiesti configurati: { $have } su { $required }.
setup-progress-short = Metodi richiesti configurati: { $have } su { $required }. Aggiungine altri per poter reimpostare la password.
setup-methods-heading = I tuoi metodi
setup-none = Non hai ancora configurato alcun metodo.
setup-add-heading = Aggiungi un metodo
setup-change = Modifica
setup-change-label = Modifica { $what }
setup-delete = Elimina
setup-delete-label = Elimina { $what }
setup-from-directory = (dalla directory della tua organizzazione)
setup-done-added = Il metodo è stato aggiunto.
setup-done-deleted = Il metodo è stato eliminato.
setup-back = Torna alle informazioni di sicurezza
setup-not-available = Questo metodo non è disponibile per il tuo account.
method-app = App di autenticazione
method-software = Token OATH software
method-hardware = Token hardware
method-phone = Telefono
method-office = Telefono dell'ufficio
method-email = E-mail
method-questions = Domande di sicurezza
method-questions-detail = { $count } domande
add-app = Aggiungi un'app di autenticazione
add-software = Aggiungi un token OATH software
add-hardware = Attiva un token hardware
add-phone = Aggiungi o cambia il telefono
add-office = Aggiungi o cambia il telefono dell'ufficio
add-email = Aggiungi o cambia l'indirizzo e-mail
add-questions = Configura le domande di sicurezza
setup-email-label = Indirizzo e-mail
setup-email-hint = Usa un indirizzo diverso da quello del tuo account aziendale. Ti invieremo un codice a questo indirizzo.
setup-phone-label = Numero di telefono
setup-office-label = Numero di telefono dell'ufficio
setup-phone-hint = Includi + e il prefisso internazionale, ad esempio +39 312 345 6789.
setup-phone-channel = Come vuoi ricevere il codice?
setup-phone-sms = Inviami un codice tramite SMS
setup-phone-voice = Chiamami
setup-app-intro = Installa un'app di autenticazione sul telefono, quindi seleziona Avanti per visualizzare il codice QR da scansionare.
setup-software-intro = Seleziona Avanti per ottenere la chiave segreta del token software.
setup-app-step-scan = Scansiona il codice QR con l'app oppure immetti la chiave segreta qui sotto.
setup-app-step-code = Immetti il codice a 6 cifre visualizzato dall'app.
setup-app-qr-alt = Codice QR per l'app di autenticazione
setup-app-secret = Chiave segreta:
setup-hardware-intro = Scegli il numero di serie stampato sul token e immetti il codice visualizzato.
setup-hardware-serial = Numero di serie
setup-questions-intro = Scegli { $count } domande diverse e rispondi a ciascuna (da 3 a 40 caratteri, tutte le risposte devono essere diverse).
setup-question-label = Domanda { $n }
setup-answer-label = Risposta { $n }
setup-err-email-shape = Immetti un indirizzo e-mail, ad esempio someone@example.com.
setup-err-email-same = Usa un indirizzo diverso da quello del tuo account aziendale.
setup-err-phone = Il numero di telefono non sembra corretto.
setup-err-questions = Le domande di sicurezza non sono state salvate.
setup-err-questions-count = Rispondi a tutte le domande.
setup-err-questions-unknown = Scegli le domande dall'elenco.
setup-err-questions-duplicate = Scegli una domanda diversa in ogni casella.
setup-err-answer-length = Le risposte devono contenere da 3 a 40 caratteri.
setup-err-answer-duplicate = Dai una risposta diversa a ogni domanda.
setup-err-too-many-apps = Hai già raggiunto il numero massimo di app di autenticazione. Eliminane prima una.
setup-err-token-unknown = Questo token non è assegnato a te oppure è già attivo.
protect-title = Aiutaci a proteggere il tuo account
protect-intro = La tua organizzazione ha bisogno di altre informazioni per proteggere il tuo account e consentirti di reimpostare la password in autonomia.
protect-skip = Ignora per ora
confirm-title = Le tue informazioni di sicurezza sono ancora corrette?
confirm-intro = Controlla i metodi che usi per reimpostare la password. Confermali oppure modificali se qualcosa è cambiato.
confirm-looks-good = Tutto corretto
confirm-edit = Modifica le informazioni di sicurezza
confirm-done = Grazie! Le tue informazioni di sicurezza sono confermate.
change-title = Cambia password
change-current-label = Password attuale
change-button = Cambia password
change-done = La password è stata cambiata.

## Security questions (G6, predefined list)
sq-first-pet = Come si chiamava il tuo primo animale domestico?
sq-birth-city = Qual è la tua città natale?
sq-first-school = Come si chiamava la tua prima scuola?
sq-childhood-friend = Qual è il nome del tuo migliore amico o della tua migliore amica d'infanzia?
sq-first-job-city = In quale città hai avuto il tuo primo lavoro?
sq-grandparent-name = Qual è il nome del più anziano dei tuoi nonni?
sq-first-concert = Qual è stato il primo concerto a cui hai assistito?
sq-childhood-street = In quale via abitavi durante l'infanzia?
sq-favourite-teacher = Qual era il cognome del tuo insegnante preferito?
sq-first-car = Quali erano la marca e il modello della tua prima auto?

## Notifications on a paired device (V4)
option-push = Approva una notifica sul mio dispositivo
pending-push = Abbiamo inviato una notifica al tuo dispositivo. Aprila e immetti questo numero:
pending-push-then = Quindi seleziona Continua qui.
push-continue = Continua
err-push-pending = Non hai ancora risposto alla notifica. Rispondi sul dispositivo, quindi seleziona Continua.
err-push-denied = La notifica è stata rifiutata o il numero non corrispondeva. Scegli un metodo per riprovare.
method-notification = Notifiche sul mio dispositivo
add-notification = Aggiungi un dispositivo per le notifiche
setup-device-intro = Usa il telefono come dispositivo per approvare le richieste: seleziona Avanti per ottenere un codice di associazione.
setup-device-step-open = Sul telefono, apri la pagina del dispositivo:
setup-device-link = apri la pagina del dispositivo
setup-device-step-code = Immetti lì questo codice di associazione:
setup-device-then = Quando la pagina del dispositivo indica che l'associazione è completata, torna qui.
setup-device-done = Fatto
device-title = Il tuo dispositivo
device-intro = Questa pagina approva le richieste di accesso e di reimpostazione della password per il tuo account. Aggiungila alla schermata Home per averla sempre a portata di mano.
device-paired = Questo dispositivo è associato. Controlla le richieste quando ti viene chiesto di approvarne una.
device-pair-failed = Il codice di associazione non è valido. Richiedine uno nuovo dalle informazioni di sicurezza.
device-approved = Richiesta approvata. Puoi tornare all'altra schermata.
device-denied = Richiesta rifiutata. Non è stato approvato nulla.
device-no-request = Nessuna richiesta in attesa.
device-request = %org% chiede di confermare che sei tu (%upn%).
device-request-title = Approvare questa richiesta?
device-pair-code = Codice di associazione
device-name = Nome del dispositivo
device-name-default = Il mio telefono
device-pair-button = Associa questo dispositivo
device-check = Controlla le richieste
device-number = Numero visualizzato sull'altra schermata
device-approve = Approva
device-deny = Rifiuta
device-needs-js = Questa pagina richiede JavaScript per conservare la propria chiave e firmare le approvazioni.

## Sign-in, second step (G1)
check-title = Verifica la tua identità
check-intro = Il tuo account dispone di informazioni di sicurezza, quindi è necessaria un'ulteriore verifica prima che tu possa visualizzarle o modificarle.

## The on-premises directory (P10, P11)
err-directory-policy = La directory della tua organizzazione non ha accettato questa password. Potresti averla già usata in passato oppure potrebbe violare una delle regole della directory; provane un'altra.
err-directory = Impossibile contattare la directory della tua organizzazione. Non è stato modificato nulla; riprova tra qualche istante.

## Issue 10: a form post with a field missing
err-form-incomplete = Il modulo è arrivato incompleto. Compila tutti i campi e riprova.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Avanzamento
progress-step = Passaggio { $current } di { $total }
step-userid = ID utente
step-verify = Verifica
step-password = Nuova password
step-done = Fatto
resend-code = Invia di nuovo il codice
resend-in = Potrai richiedere un nuovo codice tra { $seconds ->
    [one] un secondo
   *[other] { $seconds } secondi
}.
helpdesk-contact = Serve aiuto? Contatta l'helpdesk: { $contact }
brand-logo-alt = { $org }
setup-add-method = Aggiungi metodo
setup-delete-title = Eliminare questo metodo?
setup-delete-confirm = Il metodo «{ $what }» verrà rimosso dalle tue informazioni di sicurezza.
setup-delete-last-warning = Questo metodo è necessario per reimpostare la password. Senza di esso, non potrai reimpostare la password in autonomia finché non aggiungerai un altro metodo.
setup-delete-confirm-button = Sì, elimina
setup-app-open-link = Apri in un'app di autenticazione su questo telefono
setup-app-secret-grouped = Chiave segreta, in gruppi di quattro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = AM
time-pm = PM

# Issue 12: la console di amministrazione. I titoli delle pagine seguono quelli della reimpostazione della password di Entra.
account-admin-console = Console di amministrazione
admin-title = Console di amministrazione
admin-sign-in = Accedi con il tuo account amministratore per aprire la console.
admin-not-admin = Questa console è riservata agli amministratori. Il tuo account non ha alcun ruolo di amministratore.
admin-second-step = La console richiede un secondo passaggio di accesso. Aggiungi un telefono o un'app di autenticazione alle tue informazioni di sicurezza, quindi esci e accedi di nuovo.
admin-go-setup = Vai alle informazioni di sicurezza
admin-go-account = Torna al mio account
admin-back = Torna alla console
admin-tenant = Organizzazione: { $name }
admin-signed-in-as = Accesso eseguito come { $name }, con i ruoli: { $roles }
admin-policy-heading = Criteri di reimpostazione della password
admin-readonly = I tuoi ruoli ti consentono di aiutare gli utenti, ma non di modificare i criteri di reimpostazione della password. Possono modificarli un amministratore globale o un amministratore dei criteri di autenticazione.
admin-draft-pending = Una modifica alla pagina { $page } è in attesa della tua revisione.
admin-draft-open = Apri la modifica
admin-draft-elsewhere = Una modifica alla pagina { $page } è in attesa di revisione. Se rivedi una modifica in questa pagina, la sostituirà.
admin-saved = Salvata come modifica { $id }.
admin-discarded = La modifica è stata scartata. Non è stato salvato nulla.
admin-blade-properties = Proprietà
admin-blade-methods = Metodi di autenticazione
admin-blade-registration = Registrazione
admin-blade-notifications = Notifiche
admin-blade-customization = Personalizzazione
admin-blade-on-premises = Integrazione locale
admin-blade-administrators = Criteri per gli amministratori
admin-f-scope = Reimpostazione della password self-service abilitata per
admin-scope-none = Nessuno
admin-scope-selected = Gruppi selezionati
admin-scope-all = Tutti gli utenti
admin-f-groups = Gruppi
admin-f-groups-hint = Spunta i gruppi per cui è abilitata la reimpostazione della password self-service o digita i nomi di altri gruppi, separati da virgole. Usati quando è scelto Gruppi selezionati.
admin-f-methods-required = Numero di metodi necessari per la reimpostazione
admin-f-methods-required-hint = 1 o 2.
admin-f-methods = Metodi disponibili per gli utenti
admin-f-questions-to-register = Numero di domande di sicurezza necessarie per la registrazione
admin-f-questions-to-ask = Numero di domande di sicurezza necessarie per la reimpostazione
admin-f-custom-questions = Domande di sicurezza della tua organizzazione
admin-f-custom-questions-hint = Una domanda per riga, proposta accanto a quelle predefinite.
admin-f-require-registration = Richiedi agli utenti di registrarsi all'accesso
admin-f-reconfirm-days = Numero di giorni prima che agli utenti venga chiesto di riconfermare le informazioni di autenticazione
admin-f-reconfirm-days-hint = Da 0 a 730; con 0 la riconferma non viene mai chiesta.
admin-f-notify-users = Invia una notifica agli utenti alla reimpostazione della password
admin-f-notify-admins = Invia una notifica a tutti gli amministratori quando altri amministratori reimpostano la propria password
admin-f-helpdesk = Link dell'helpdesk
admin-f-helpdesk-hint = Un indirizzo e-mail o un indirizzo web che inizia con https://. Lascia vuoto per non mostrare alcun link.
admin-f-logo = Logo
admin-f-logo-hint = Un file di questo portale, ad esempio /brand/logo.svg. Lascia vuoto per mostrare solo il nome.
admin-f-accent = Colore di evidenziazione
admin-f-accent-hint = Nel formato #rrggbb, abbastanza scuro per il testo bianco.
admin-f-sign-in-domain = Dominio del suggerimento di accesso
admin-f-sign-in-domain-hint = Mostrato nell'esempio di ID utente, ad esempio contoso.com.
admin-f-writeback = Riscrivi le password nella directory locale
admin-f-allow-unlock = Consenti agli utenti di sbloccare gli account senza reimpostare la password
admin-f-admin-sspr = Consenti agli amministratori di reimpostare la propria password
admin-f-admin-sspr-hint = Gli amministratori hanno sempre bisogno di due metodi: un'e-mail o un telefono e un altro metodo.
admin-review-button = Rivedi la modifica
admin-errors-heading = Impossibile salvare questa modifica:
admin-live-ok = Questa modifica può essere salvata.
admin-err-number = Immetti un numero intero.
admin-err-helpdesk = Immetti un indirizzo e-mail o un indirizzo web che inizia con https://.
admin-err-forbidden = I tuoi ruoli non consentono di modificare i criteri di reimpostazione della password.
admin-err-no-draft = Nessuna modifica in attesa di revisione.
admin-err-no-change = Questa modifica non è presente nella cronologia.
admin-err-refused = Questa modifica viola una regola dei criteri. Modificala e rivedila di nuovo.
admin-review-title = Rivedi la modifica
admin-review-page = Pagina: { $page }
admin-changes = Elementi modificati: { $keys }
admin-no-change = Questa modifica non cambia nulla.
admin-impact-heading = Chi può reimpostare la password
admin-impact-summary = Utenti che possono reimpostare la password: { $before } su { $users } ora, { $after } dopo questa modifica.
admin-stranded-none = Nessuno perde la possibilità di reimpostare la password.
admin-stranded = { $count ->
    [one] Un utente poteva reimpostare la password prima e non potrà farlo dopo:
   *[other] { $count } utenti potevano reimpostare la password prima e non potranno farlo dopo:
}
admin-stranded-hint = Prima di salvare, chiedi loro di registrare altri metodi nella pagina delle informazioni di sicurezza, altrimenti dovranno chiamare l'helpdesk.
admin-gained = { $count ->
    [one] Un utente non poteva reimpostare la password prima e potrà farlo dopo:
   *[other] { $count } utenti non potevano reimpostare la password prima e potranno farlo dopo:
}
admin-export-csv = Scarica l'elenco (CSV)
admin-save = Salva
admin-discard = Scarta
admin-edit-again = Modifica di nuovo
admin-history-title = Cronologia delle modifiche
admin-history-empty = Non è stata ancora salvata alcuna modifica.
admin-history-change = Modifica
admin-history-when = Data
admin-history-who = Amministratore
admin-history-what = Impostazioni modificate
admin-revert = Annulla modifica
admin-revert-label = Annulla la modifica { $id }
admin-reverts = annulla la modifica { $id }
admin-reverted = La modifica { $id } è stata annullata. Sono state ripristinate le impostazioni che aveva sostituito.
admin-key-scope = chi può reimpostare
admin-key-admin-sspr = reimpostazione per gli amministratori
admin-key-methods-required = metodi richiesti
admin-key-methods = metodi disponibili
admin-key-questions-to-register = domande per la registrazione
admin-key-questions-to-ask = domande per la reimpostazione
admin-key-custom-questions = domande di sicurezza proprie
admin-key-require-registration = registrazione obbligatoria
admin-key-reconfirm-days = giorni per la riconferma
admin-key-notify-users = notifiche agli utenti
admin-key-notify-admins = notifiche agli amministratori
admin-key-helpdesk = link dell'helpdesk
admin-key-branding = personalizzazione del marchio
admin-key-writeback = riscrittura delle password
admin-key-allow-unlock = sblocco dell'account
admin-key-password = regole delle password
admin-key-phone-countries = paesi dei numeri di telefono
admin-key-sms-sender = mittente degli SMS

# Issue 12: i report della console (A2).
admin-reports-title = Report
admin-reports-link = Registrazioni, reimpostazioni, errori e chi non può reimpostare la password
admin-reports-period = Gli ultimi { $days } giorni, dal { $since } (UTC).
admin-reports-chart = Grafico della tabella sottostante
admin-reports-by-day = Registrazioni, reimpostazioni e sblocchi per giorno
admin-col-day = Giorno
admin-col-registrations = Registrazioni
admin-col-resets = Reimpostazioni
admin-col-unlocks = Sblocchi
admin-col-user = Utente
admin-reports-funnel = Fin dove sono arrivati i tentativi di reimpostazione
admin-reports-funnel-hint = Ogni tentativo inizia con un ID utente. Dove i numeri calano, gli utenti rinunciano.
admin-col-step = Passaggio
admin-col-attempts = Tentativi
admin-funnel-started = Avviati
admin-funnel-eligible = Reimpostazione consentita
admin-funnel-verified-one = Un metodo verificato
admin-funnel-verified-two = Un secondo metodo verificato
admin-funnel-password-set = Nuova password impostata o account sbloccato
admin-reports-failures = Errori per motivo
admin-col-reason = Motivo
admin-col-count = Numero
admin-reports-none = Niente in questo periodo.
admin-reports-methods = Metodi usati per reimpostare o sbloccare
admin-col-method = Metodo
admin-reports-cannot = Chi non può reimpostare la password
admin-reports-can = Utenti che possono reimpostare la password ora: { $can } su { $users }.
admin-reports-short = { $count ->
    [one] Un utente non può reimpostare la password per mancanza di metodi:
   *[other] { $count } utenti non possono reimpostare la password per mancanza di metodi:
}
# Issue 12: la pagina Utenti della console (D1, D3).
admin-users-title = Utenti
admin-users-link = Cerca un utente: metodi, blocchi e informazioni di contatto
admin-users-lookup-label = ID utente
admin-users-lookup = Cerca
admin-err-no-user = Nella tua organizzazione non c'è nessun utente con questo ID.
admin-err-protected = Questo utente è un amministratore al di fuori dell'ambito dei tuoi ruoli. Rivolgiti a un amministratore globale.
admin-err-contact = Immetti un indirizzo e-mail diverso da quello dell'utente stesso e i numeri di telefono nel formato +<prefisso del paese> <numero>.
admin-user-status = Stato dell'account
admin-user-enabled = Abilitato
admin-user-disabled = Disabilitato
admin-user-locked = bloccato nella directory
admin-user-password = Gestione della password
admin-user-cloud = Gestita da questo portale
admin-user-onprem = Gestita dalla directory locale
admin-user-groups = Gruppi
admin-user-roles = Ruoli di amministratore
admin-user-none = Nessuno
admin-user-methods = Metodi registrati
admin-user-reset = Reimpostazione della password self-service
admin-user-can-reset = Può reimpostare la password ora.
admin-user-cannot-reset = Non può reimpostare la password ora:
admin-reason-consumer = è un account personale, che questo portale non supporta.
admin-reason-unavailable = l'account è disabilitato.
admin-reason-not-enabled = la reimpostazione della password self-service non è abilitata per i suoi gruppi.
admin-reason-not-registered = non ha registrato abbastanza metodi per i criteri.
admin-reason-admin-not-registered = un amministratore ha bisogno di due metodi e ne ha meno.
admin-reason-writeback-off = la password è gestita nella directory locale e la riscrittura è disattivata.
admin-user-blocks = Blocchi
admin-user-no-blocks = Nessun blocco attivo.
admin-user-reset-blocked = Reimpostazioni della password bloccate fino al { $until } (troppi codici o risposte errati)
admin-user-sends-blocked = Invio di codici bloccato fino al { $until } (troppi codici inviati)
admin-user-signin-locked = Accesso bloccato fino al { $until } (troppe password errate)
admin-user-clear = Rimuovi i blocchi
admin-user-cleared = I blocchi sono stati rimossi.
admin-user-contact = Informazioni di contatto
admin-user-alternate-email = E-mail alternativa
admin-user-mobile = Telefono cellulare
admin-user-office = Telefono dell'ufficio
admin-user-contact-hint = Numeri di telefono nel formato +<prefisso del paese> <numero>. Lascia vuoto un campo per cancellarlo.
admin-user-contact-save = Salva le informazioni di contatto
admin-user-contact-saved = Le informazioni di contatto sono state salvate.
admin-user-protected = Questo utente è un amministratore al di fuori dell'ambito dei tuoi ruoli: solo un amministratore globale può modificarne le informazioni di contatto o i blocchi.

# Issue 12: il codice di ripristino dell'helpdesk e le notifiche su ciò che un amministratore ha modificato.
admin-recovery-heading = Codice di ripristino
admin-recovery-intro = Per un utente che ha perso tutti i metodi: un codice monouso, valido per 8 ore, che gli consente di accedere una volta per registrare nuovi metodi. Consegnalo di persona o durante una chiamata fatta da te; l'utente ne viene informato ai suoi indirizzi e-mail.
admin-recovery-issue = Emetti un codice di ripristino
admin-recovery-issued = È stato emesso un codice di ripristino. Viene mostrato una sola volta.
admin-recovery-code-is = Il codice di ripristino:
admin-recovery-until = Il codice di ripristino è valido fino al { $until }.
admin-recovery-hand-over = Leggilo all'utente solo dopo averne verificato l'identità. Non verrà più mostrato.
admin-recovery-done = Fatto, nascondi il codice
recovery-link = Hai ricevuto un codice di ripristino dall'helpdesk?
recovery-title = Accedi con un codice di ripristino
recovery-intro = Se hai perso tutti i metodi, l'helpdesk può fornirti un codice di ripristino monouso. Accedi con questo codice, quindi registra nuovi metodi nella pagina delle informazioni di sicurezza.
recovery-code-label = Codice di ripristino
recovery-code-hint = 16 lettere e cifre, ad esempio ABCD-EFGH-JKMN-PQRS.
recovery-wrong = L'ID utente o il codice di ripristino non sono corretti, oppure il codice è già stato usato o è scaduto.
recovery-back = Accedi invece con la password
msg-recovery-issued-subject = È stato emesso un codice di ripristino per il tuo account
msg-recovery-issued-body = Un amministratore ha emesso un codice di ripristino monouso per { $user }. Se non l'hai chiesto tu all'helpdesk, contatta subito l'amministratore.
msg-recovery-used-subject = Qualcuno ha effettuato l'accesso con un codice di ripristino
msg-recovery-used-body = È stato effettuato l'accesso come { $user } con un codice di ripristino per registrare nuove informazioni di sicurezza. Se non hai effettuato tu questa operazione, contatta subito l'amministratore.
msg-contact-changed-subject = Le tue informazioni di contatto sono state modificate
msg-contact-changed-body = Un amministratore ha modificato le informazioni di contatto di { $user } (un indirizzo e-mail o un numero di telefono usato per reimpostare la password). Se non te lo aspettavi, contatta subito l'amministratore.

# Issue 12: la ricerca nel log di controllo della console (A1, W2).
admin-audit-title = Log di controllo
admin-audit-link = Cerca nel log di controllo e scaricalo
admin-audit-user = ID utente
admin-audit-from = Data di inizio (YYYY-MM-DD, UTC)
admin-audit-to = Data di fine (YYYY-MM-DD, UTC)
admin-audit-step = Passaggio
admin-audit-outcome = Esito
admin-audit-ip = Indirizzo IP
admin-audit-client = Tipo di client
admin-audit-any = Qualsiasi
admin-audit-search = Cerca
admin-audit-bad-date = Inserisci una data nel formato YYYY-MM-DD, ad esempio 2026-11-05.
admin-audit-count = { $count ->
    [one] Una voce corrisponde alla ricerca.
   *[other] { $count } voci corrispondono alla ricerca.
}
admin-audit-capped = Vengono elencate e scaricate solo le voci più recenti; restringi la ricerca per vedere le altre.
admin-audit-pages = Pagine dei risultati
admin-audit-newer = Voci più recenti
admin-audit-older = Voci meno recenti
admin-audit-export-json = Scarica in formato JSON (una voce per riga)

# Issue 12: la pagina Operazioni della console.
admin-ops-title = Operazioni
admin-ops-link = Operazioni: lo stato attuale del database, della directory e della coda della posta
admin-ops-database = Database del portale
admin-ops-directory = Directory locale
admin-ops-no-directory = Non configurata
admin-ops-ok = Funziona
admin-ops-down = Non risponde
admin-ops-on = Attivata
admin-ops-off = Disattivata
admin-ops-directory-error = Ultimo errore della directory (ultimi 30 giorni)
admin-ops-mail-waiting = Notifiche in attesa di invio
admin-ops-mail-oldest = Notifica più vecchia in attesa da
admin-ops-mail-sent = Notifiche inviate
admin-ops-mail-failed = Notifiche abbandonate dopo vari tentativi
admin-ops-hashing = Hash delle password in attesa su questo nodo
admin-ops-version = Versione
admin-ops-hint = Verificato all'apertura di questa pagina dal nodo che l'ha servita. I conteggi della posta riguardano l'intero portale; il resto è in /metrics.

# Issue 12: il selettore dei gruppi di P1 e l'avviso di M2 agli utenti che, dopo una modifica, non possono più reimpostare la password.
admin-f-groups-other = Altri gruppi
admin-f-groups-none = Questa organizzazione non ha ancora gruppi nel portale: digitane i nomi.
admin-notify-stranded = Invia un'e-mail agli utenti che non potranno reimpostare la password dopo questa modifica, chiedendo loro di registrare altri metodi
msg-register-needed-subject = Registra altre informazioni di sicurezza
msg-register-needed-body = La tua organizzazione ora richiede più informazioni di sicurezza per poter reimpostare una password. Finché non accedi e non aggiungi metodi nella pagina delle informazioni di sicurezza, { $user } non può reimpostare la password senza chiamare l'helpdesk.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Ultima sincronizzazione della directory (sspr directory sync)
admin-ops-sync-counts = modifiche scritte: { $changes }; valori rifiutati: { $refused }; utenti senza organizzazione: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Una traduzione va su una riga sotto la sua domanda, con un tag di lingua, i due punti e il testo (ad esempio ja-JP: …), e deve contenere da 1 a 200 caratteri.
admin-err-translation-first = Scrivi prima la domanda, poi le sue traduzioni nelle righe sottostanti.
admin-f-question-translations-hint = Per mostrare una domanda in un'altra lingua, aggiungi sotto di essa una riga con il tag di lingua, i due punti e la traduzione, ad esempio «ja-JP: 事務所の植物の名前は？». Gli utenti la cui lingua non ha una traduzione vedono la domanda così come è scritta.
admin-f-recovery-code-resets = Un codice di ripristino fornito dall'helpdesk può anche reimpostare una volta la password dell'utente
admin-key-recovery-code-resets = codici di ripristino che reimpostano le password
recovery-reset-hint = Se la tua organizzazione lo consente, il codice può invece reimpostare la password, una sola volta.
recovery-reset-button = Reimposta la mia password
recovery-no-reset = La tua organizzazione consente di usare un codice di ripristino solo per accedere. Registra qui nuovi metodi; poi potrai usarli per reimpostare la password.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Reimpostazione avviata
audit-step-choose = Reimpostazione o sblocco scelto
audit-step-select = Metodo scelto
audit-step-send-code = Codice inviato
audit-step-verify = Metodo verificato
audit-step-unlock = Account sbloccato
audit-step-reset = Password reimpostata
audit-step-password = Nuova password immessa
audit-step-directory = Riscrittura nella directory
audit-step-notify = Notifica
audit-step-admin-request = Richiesta agli amministratori
audit-step-signin = Accesso
audit-step-signin-verify = Secondo passaggio di accesso
audit-step-signout = Disconnessione
audit-step-interrupt = Richiesta di registrazione all'accesso
audit-step-reconfirm = Informazioni di sicurezza riconfermate
audit-step-register = Metodo registrato
audit-step-register-send-code = Codice di registrazione inviato
audit-step-register-pairing = App di autenticazione associata
audit-step-register-verify = Codice di registrazione verificato
audit-step-delete-method = Metodo eliminato
audit-step-change-password = Password modificata
audit-step-delivery = Conferma di recapito
audit-step-policy-change = Criteri modificati
audit-step-admin-clear-blocks = Blocchi rimossi da un amministratore
audit-step-admin-set-contact = Informazioni di contatto impostate da un amministratore
audit-step-admin-recovery-code = Codice di ripristino emesso
audit-step-directory-sync = Sincronizzazione della directory
audit-outcome-ok = Riuscito
audit-outcome-fail = Non riuscito
audit-outcome-blocked = Bloccato
audit-outcome-error = Errore
audit-outcome-rejected = Rifiutato
audit-outcome-ineligible = Non idoneo
audit-outcome-dismissed = Rimandato
audit-client-browser = Browser web
audit-client-sign-in-screen = Schermata di accesso
audit-client-app = Applicazione

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Attivato
admin-value-off = Disattivato
admin-value-empty = (vuoto)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Ultima riscrittura di una password (o sblocco di un account) nella directory

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Password reimpostata
done-title-unlock = Account sbloccato
admin-f-sign-in-url = Pagina di accesso della tua organizzazione
admin-f-sign-in-url-hint = Dove porta il pulsante dell'ultima pagina di una reimpostazione, ad esempio https://login.contoso.com. Lascia vuoto per usare l'impostazione predefinita di questo portale.
policy-err-sign-in-url = Immetti la pagina di accesso come indirizzo web che inizia con https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Domande di sicurezza predefinite che gli utenti possono scegliere
admin-key-predefined-questions = domande di sicurezza predefinite
policy-err-too-few-questions = Offri almeno tante domande di sicurezza (predefinite e proprie) quante ne devono registrare gli utenti.
