# sspr, de-DE. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Self-Service-Kennwortzurücksetzung
reset-title = Zurück zu Ihrem Konto
skip-to-content = Zum Hauptinhalt springen
lang-switch-label = Sprache
next = Weiter
back-to-start = Neu beginnen
retry = Erneut versuchen
something-wrong = Es ist ein Fehler aufgetreten. Versuchen Sie es später erneut.
not-found = Diese Seite existiert nicht.
working = Wird verarbeitet…

## Entry (E2)
entry-intro = Um Ihr Konto wiederherzustellen, geben Sie zunächst Ihre Benutzer-ID und die Antwort auf die folgende Frage ein.
userid-label = Benutzer-ID
userid-hint = Beispiel: { $example }
captcha-legend = Bestätigen Sie, dass Sie kein Roboter sind
captcha-nojs = Nachdem Sie „Weiter“ ausgewählt haben, wird Ihr Browser einige Sekunden lang ({ $seconds } oder mehr) geprüft. Sie müssen nichts weiter tun.
captcha-working = Ihr Browser wird geprüft…
captcha-done = Fertig. Sie können fortfahren.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Wenden Sie sich an Ihren Administrator
contact-reason-consumer = Persönliche Konten können dieses Portal nicht verwenden. Nutzen Sie stattdessen die Wiederherstellungsoptionen Ihres E-Mail-Anbieters.
contact-reason-unavailable = Dieses Konto kann hier nicht zurückgesetzt werden. Möglicherweise existiert es nicht oder ist deaktiviert.
contact-reason-not-enabled = Die Self-Service-Kennwortzurücksetzung ist für dieses Konto nicht aktiviert.
contact-reason-not-registered = Für dieses Konto sind nicht genügend Sicherheitsinformationen registriert, um das Kennwort zurückzusetzen.
contact-reason-admin-not-registered = Administratorkonten benötigen zwei registrierte Methoden (E-Mail, Mobiltelefon, Bürotelefon oder Authenticator-App), um ein Kennwort zurückzusetzen.
contact-reason-writeback-off = Das Kennwort dieses Kontos wird lokal verwaltet und kann hier nicht zurückgesetzt werden.
contact-also-intro = Dies kann auch passieren, wenn:
contact-also-consumer = das Konto ein persönliches Konto eines E-Mail-Anbieters für Privatkunden ist
contact-also-unavailable = die Benutzer-ID falsch eingegeben wurde oder das Konto nicht existiert oder deaktiviert ist
contact-also-not-enabled = die Self-Service-Kennwortzurücksetzung für das Konto nicht aktiviert ist
contact-also-not-registered = für das Konto nicht genügend Sicherheitsinformationen registriert sind (wenn Sie sich anmelden können, zeigt Ihre Seite mit den Sicherheitsinformationen, was fehlt)
contact-also-admin-not-registered = für ein Administratorkonto keine zwei Methoden registriert sind
contact-also-writeback-off = das Kennwort vom eigenen Verzeichnis Ihrer Organisation verwaltet wird
contact-helpdesk-link = An Ihren Helpdesk wenden
contact-helpdesk-email = E-Mail an Ihren Helpdesk: { $email }
contact-no-helpdesk = Bitten Sie den Administrator Ihrer Organisation um Hilfe.
contact-request-button = Meine Administratoren bitten, mein Kennwort zurückzusetzen
contact-request-sent = Ihre Anfrage wurde an Ihre Administratoren gesendet.

## Trouble choice
choose-title = Warum können Sie sich nicht anmelden?
choose-forgot = Ich habe mein Kennwort vergessen
choose-forgot-hint = Kein Problem: Wir helfen Ihnen, es mit Ihren registrierten Sicherheitsinformationen zurückzusetzen.
choose-unlock = Ich kenne mein Kennwort, kann mich aber trotzdem nicht anmelden
choose-unlock-hint = Das kann passieren, wenn Sie zu oft versucht haben, sich mit einem falschen Kennwort anzumelden.

## Verification (V1..V6)
verify-title = Identität bestätigen
verify-step = Überprüfungsschritt { $current } von { $required }
verify-pick = Wählen Sie die Kontaktmethode aus, die wir für die Überprüfung verwenden sollen:
verify-passed = Überprüft
option-email = E-Mail an meine alternative Adresse { $masked } senden
option-sms = SMS an mein Mobiltelefon { $masked } senden
option-voice = Mein Mobiltelefon { $masked } anrufen
option-office = Mein Bürotelefon { $masked } anrufen
option-app = Code aus meiner Authenticator-App eingeben
option-software_oath = Code aus meinem Softwaretoken eingeben
option-hardware_oath = Code aus meinem Hardwaretoken eingeben
option-questions = Meine Sicherheitsfragen beantworten
pending-email = Wir haben eine E-Mail mit einem Überprüfungscode an { $masked } gesendet.
pending-sms = Wir haben eine SMS mit einem Überprüfungscode an { $masked } gesendet.
pending-voice = Wir rufen { $masked } an. Hören Sie sich den Überprüfungscode an.
pending-totp = Geben Sie den Code ein, der in Ihrer App oder auf Ihrem Token angezeigt wird.
code-label = Überprüfungscode
questions-legend = Beantworten Sie Ihre Sicherheitsfragen
verify-button = Überprüfen

## New password (N1, N2)
password-title = Neues Kennwort wählen
password-label = Neues Kennwort
confirm-label = Neues Kennwort bestätigen
password-rules = Ihr Kennwort muss:
pw-rule-length = mindestens { $min } Zeichen lang sein
pw-rule-max-length = höchstens { $max } Zeichen lang sein
pw-rule-classes = drei der folgenden Zeichenarten enthalten: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen
pw-rule-banned = kein häufig verwendetes oder gesperrtes Kennwort sein
pw-rule-name = Ihren Namen nicht enthalten
pw-rule-match = mit der Bestätigung übereinstimmen
pw-rule-classes-ad = drei der folgenden Zeichenarten enthalten: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen, Buchstaben ohne Groß-/Kleinschreibung (z. B. Kana)
pw-rule-name-ad = weder Ihren Kontonamen noch einen Teil Ihres Namens mit 3 oder mehr Zeichen enthalten
pw-dir-heading = Beim Absenden prüft das Verzeichnis Ihrer Organisation außerdem, dass es:
pw-dir-history = { $n ->
    [one] nicht Ihr aktuelles Kennwort ist
   *[other] keines Ihrer letzten { $n } Kennwörter ist
}
pw-dir-min-age = { $n ->
    [one] frühestens einen Tag nach Ihrer letzten Kennwortänderung festgelegt wird
   *[other] frühestens { $n } Tage nach Ihrer letzten Kennwortänderung festgelegt wird
}
pw-dir-module = die weiteren Qualitätsregeln Ihrer Organisation erfüllt
pw-rule-ok = erfüllt
pw-rule-not-ok = nicht erfüllt
finish = Fertig stellen

## Done
done-reset = Ihr Kennwort wurde zurückgesetzt.
done-unlock = Ihr Konto wurde entsperrt.
done-sign-in = Mit Ihrem Konto anmelden

## Errors (flows)
err-no-flow = Ihre Sitzung ist abgelaufen. Beginnen Sie erneut.
err-captcha = Die Prüfung, dass Sie kein Roboter sind, ist abgelaufen oder wurde bereits verwendet. Versuchen Sie es erneut.
err-wrong-step = Dieser Schritt ist nicht mehr verfügbar. Fahren Sie hier fort.
err-unknown-option = Wählen Sie eine der aufgeführten Methoden aus.
err-code-wrong = Dieser Code hat nicht funktioniert. Überprüfen Sie ihn, und versuchen Sie es erneut.
err-code-expired = Dieser Code ist abgelaufen. Fordern Sie einen neuen an.
err-code-used = Dieser Code wurde bereits verwendet. Fahren Sie hier fort.
err-blocked = Sie haben es zu oft versucht. Versuchen Sie es nach { $until } erneut.
err-email-limit = Wir haben zu viele Codes gesendet. Versuchen Sie es nach { $until } erneut, oder verwenden Sie eine andere Methode.
err-answers-wrong = Mindestens eine Antwort war falsch. Hier sind neue Fragen.
err-password = Das Kennwort erfüllt die folgenden Anforderungen nicht.
err-delivery = Die Nachricht konnte gerade nicht gesendet werden. Versuchen Sie es später erneut, oder verwenden Sie eine andere Methode.
err-admin-request-limit = Sie haben bereits mehrere Anfragen gesendet. Ihre Administratoren werden sich bei Ihnen melden.
err-internal = Es ist ein Fehler aufgetreten. Versuchen Sie es später erneut.
userid-err-empty = Geben Sie Ihre Benutzer-ID ein.
userid-err-shape = Geben Sie Ihre Benutzer-ID im Format name@domain ein, zum Beispiel { $example }.
userid-err-too-long = Diese Benutzer-ID ist zu lang.

## Messages (email, SMS, voice)
msg-code-subject = Überprüfungscode für Ihr { $org }-Konto
msg-code-email = Verwenden Sie den folgenden Code, um Ihr Konto zu bestätigen: { $code }. Er läuft in { $minutes } Minuten ab. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.
msg-code-sms = Ihr Überprüfungscode für die Kennwortzurücksetzung bei { $org }: { $code }
msg-code-voice = Ihr Überprüfungscode lautet { $code }. Noch einmal: Ihr Code lautet { $code }.
msg-reset-subject = Ihr Kennwort wurde zurückgesetzt
msg-reset-body = Das Kennwort von { $user } wurde soeben über die Self-Service-Kennwortzurücksetzung zurückgesetzt. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Administrator.
msg-method-added-subject = Sicherheitsinformationen zu Ihrem Konto hinzugefügt
msg-method-added-body = „{ $method }“ wurde zu den Sicherheitsinformationen von { $user } hinzugefügt. Wenn Sie das nicht waren, melden Sie sich an, entfernen Sie den Eintrag, ändern Sie Ihr Kennwort, und wenden Sie sich an Ihren Administrator.
msg-method-removed-subject = Sicherheitsinformationen aus Ihrem Konto entfernt
msg-method-removed-body = „{ $method }“ wurde aus den Sicherheitsinformationen von { $user } entfernt. Wenn Sie das nicht waren, melden Sie sich an, überprüfen Sie Ihre Sicherheitsinformationen, ändern Sie Ihr Kennwort, und wenden Sie sich an Ihren Administrator.
msg-admin-reset-subject = Ein Administrator hat sein Kennwort zurückgesetzt
msg-admin-reset-body = Der Administrator { $user } hat sein eigenes Kennwort über die Self-Service-Kennwortzurücksetzung zurückgesetzt.
msg-admin-request-subject = Anfrage zur Kennwortzurücksetzung
msg-admin-request-body = { $user } kann das eigene Kennwort nicht per Self-Service zurücksetzen und bittet einen Administrator um Hilfe.

## Dev outbox (demo mode only)
outbox-title = Postausgang (Demo)
outbox-intro = Demomodus: Vom Portal gesendete Nachrichten werden hier abgelegt, statt zugestellt zu werden. Neueste zuerst.
outbox-empty = Noch keine Nachrichten.
outbox-to = An
demo-outbox-link = Demomodus: Nachricht im Postausgang lesen (wird in einem neuen Tab geöffnet)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Wählen Sie für den Bereich „Ausgewählte Gruppen“ mindestens eine Gruppe aus.
policy-err-methods-required = Die Anzahl der erforderlichen Methoden muss 1 oder 2 sein.
policy-err-too-few-methods = Aktivieren Sie mindestens so viele Methoden, wie erforderlich sind.
policy-err-office-phone-paid = Das Bürotelefon ist nur für kostenpflichtige Mandanten verfügbar.
policy-err-questions-register = Benutzer müssen zwischen 3 und 5 Sicherheitsfragen registrieren.
policy-err-questions-ask = Es müssen zwischen 3 und 5 Sicherheitsfragen gestellt werden.
policy-err-questions-ask-exceeds = Es können nicht mehr Fragen gestellt werden, als Benutzer registrieren.
policy-err-reconfirm-days = Die erneute Bestätigung muss zwischen 0 und 730 Tagen liegen.
policy-err-app-needs-more = Wenn die mobile App aktiviert ist, aktivieren Sie daneben genügend weitere Methoden.
policy-err-app-notification-alone = Wenn eine Methode erforderlich ist, zählt die App-Benachrichtigung allein nicht.
policy-err-password-length = Die Kennwortlänge muss zwischen 8 und 256 Zeichen liegen.
policy-err-banned-terms = Höchstens 1000 benutzerdefinierte gesperrte Begriffe.
policy-err-sms-sender = Der SMS-Absender muss ein Name aus bis zu 11 Buchstaben und Ziffern oder eine Telefonnummer wie +15017122661 sein.
phone-err-country-code = Beginnen Sie die Nummer mit + und der Landesvorwahl.
phone-err-characters = Verwenden Sie nur Ziffern, Leerzeichen und Bindestriche.
phone-err-length = Diese Nummer ist zu kurz oder zu lang.
policy-err-custom-question = Benutzerdefinierte Sicherheitsfragen müssen 1 bis 200 Zeichen lang und alle unterschiedlich sein.
policy-err-brand-accent = Die Markenfarbe muss im Format #rrggbb angegeben werden und dunkel genug für weißen Text sein (Kontrast von mindestens 4,5:1).
policy-err-brand-logo = Das Logo muss eine Datei auf diesem Portal (z. B. /brand/logo.svg) oder ein eingebettetes Bild sein.
policy-err-sign-in-domain = Die Anmeldedomäne muss ein Domänenname sein, z. B. contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Anmelden, um Ihre Sicherheitsinformationen zu verwalten
signin-title = Anmelden
signin-intro = Melden Sie sich an, um Ihre Sicherheitsinformationen anzuzeigen und zu aktualisieren oder Ihr Kennwort zu ändern.
signin-password-label = Kennwort
signin-button = Anmelden
signin-cant-access = Sie können nicht auf Ihr Konto zugreifen?
signin-signed-out = Sie haben sich abgemeldet.
signout-button = Abmelden
account-title = Mein Konto
account-signed-in-as = Angemeldet als { $name } ({ $upn })
account-reset-attempts = Jemand hat versucht, Ihr Kennwort zurückzusetzen, und ist { $count ->
    [one] einmal
   *[other] { $count }-mal
} an der Überprüfung gescheitert, zuletzt am { $when }. Wenn Sie das nicht waren: Ihr Kennwort ist unverändert. Stellen Sie sicher, dass Ihre Sicherheitsinformationen Ihnen gehören, und informieren Sie Ihren Administrator.
account-cannot-reset = Sie können Ihr Kennwort noch nicht selbst zurücksetzen.
account-security-info = Sicherheitsinformationen
account-change-password = Kennwort ändern
err-no-session = Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.
err-credentials = Ihre Benutzer-ID oder Ihr Kennwort ist falsch.
err-locked-out = Ihr Konto ist vorübergehend gesperrt, um eine unbefugte Verwendung zu verhindern. Versuchen Sie es nach { $until } erneut.
err-account-locked = Ihr Konto ist gesperrt. Verwenden Sie „Sie können nicht auf Ihr Konto zugreifen?“, um es zu entsperren.
err-not-allowed = Diese Methode kann für Ihr Konto nicht verwendet werden.
err-current-password = Ihr aktuelles Kennwort ist falsch.
err-on-premises = Ihr Kennwort wird vom Verzeichnis Ihrer Organisation verwaltet. Ändern Sie es dort.
err-too-many = Aus Ihrem Netzwerk gab es zu viele Versuche. Versuchen Sie es nach { $until } erneut.
err-resend-wait = Wir haben Ihnen gerade auf diesem Weg einen Code gesendet. Warten Sie bis { $until }, bevor Sie einen weiteren anfordern, oder verwenden Sie eine andere Methode.
err-messages-paused = Wir können gerade keine weiteren Codes senden. Versuchen Sie es nach { $until } erneut, oder verwenden Sie eine Methode ohne Nachricht, z. B. eine Authenticator-App oder Sicherheitsfragen.
err-phone-country = Ihre Organisation sendet keine Codes an Telefonnummern in diesem Land. Verwenden Sie eine andere Nummer oder Methode.
err-busy = Der Dienst ist gerade ausgelastet. Warten Sie einen Moment, und versuchen Sie es erneut.
cancel = Abbrechen
save = Speichern

## Security info (G2..G7, C1)
setup-title = Sicherheitsinformationen
setup-intro = Mit diesen Methoden weisen Sie Ihre Identität nach, wenn Sie Ihr Kennwort zurücksetzen.
setup-progress-ok = Sie können Ihr Kennwort zurücksetzen: { $have } von { $required } erforderlichen Methoden sind eingerichtet.
setup-progress-short = { $have } von { $required } erforderlichen Methoden sind eingerichtet. Fügen Sie weitere hinzu, um Ihr Kennwort zurücksetzen zu können.
setup-methods-heading = Ihre Methoden
setup-none = Sie haben noch keine Methoden eingerichtet.
setup-add-heading = Methode hinzufügen
setup-change = Ändern
setup-change-label = { $what } ändern
setup-delete = Löschen
setup-delete-label = { $what } löschen
setup-from-directory = (aus dem Verzeichnis Ihrer Organisation)
setup-done-added = Ihre Methode wurde hinzugefügt.
setup-done-deleted = Die Methode wurde gelöscht.
setup-back = Zurück zu den Sicherheitsinformationen
setup-not-available = Diese Methode ist für Ihr Konto nicht verfügbar.
method-app = Authenticator-App
method-software = OATH-Softwaretoken
method-hardware = Hardwaretoken
method-phone = Telefon
method-office = Bürotelefon
method-email = E-Mail
method-questions = Sicherheitsfragen
method-questions-detail = { $count } Fragen
add-app = Authenticator-App hinzufügen
add-software = OATH-Softwaretoken hinzufügen
add-hardware = Hardwaretoken aktivieren
add-phone = Telefon hinzufügen oder ändern
add-office = Bürotelefon hinzufügen oder ändern
add-email = E-Mail-Adresse hinzufügen oder ändern
add-questions = Sicherheitsfragen einrichten
setup-email-label = E-Mail-Adresse
setup-email-hint = Verwenden Sie eine andere Adresse als die Ihres Geschäftskontos. Wir senden einen Code an diese Adresse.
setup-phone-label = Telefonnummer
setup-office-label = Bürotelefonnummer
setup-phone-hint = Geben Sie + und die Landesvorwahl an, zum Beispiel +49 151 23456789.
setup-phone-channel = Wie sollen wir Ihnen den Code senden?
setup-phone-sms = Code per SMS senden
setup-phone-voice = Mich anrufen
setup-app-intro = Installieren Sie eine Authenticator-App auf Ihrem Telefon, und wählen Sie dann „Weiter“ aus, um den QR-Code zum Scannen anzuzeigen.
setup-software-intro = Wählen Sie „Weiter“ aus, um den geheimen Schlüssel für Ihr Softwaretoken zu erhalten.
setup-app-step-scan = Scannen Sie den QR-Code mit Ihrer App, oder geben Sie den unten stehenden geheimen Schlüssel ein.
setup-app-step-code = Geben Sie den sechsstelligen Code ein, den die App anzeigt.
setup-app-qr-alt = QR-Code für Ihre Authenticator-App
setup-app-secret = Geheimer Schlüssel:
setup-hardware-intro = Wählen Sie die auf Ihrem Token aufgedruckte Seriennummer aus, und geben Sie den angezeigten Code ein.
setup-hardware-serial = Seriennummer
setup-questions-intro = Wählen Sie { $count } verschiedene Fragen aus, und beantworten Sie jede davon (3 bis 40 Zeichen, keine zwei gleichen Antworten).
setup-question-label = Frage { $n }
setup-answer-label = Antwort { $n }
setup-err-email-shape = Geben Sie eine E-Mail-Adresse ein, zum Beispiel someone@example.com.
setup-err-email-same = Verwenden Sie eine andere Adresse als die Ihres Geschäftskontos.
setup-err-phone = Diese Telefonnummer scheint nicht korrekt zu sein.
setup-err-questions = Ihre Sicherheitsfragen wurden nicht gespeichert.
setup-err-questions-count = Beantworten Sie alle Fragen.
setup-err-questions-unknown = Wählen Sie Fragen aus der Liste aus.
setup-err-questions-duplicate = Wählen Sie in jedem Feld eine andere Frage aus.
setup-err-answer-length = Antworten müssen 3 bis 40 Zeichen lang sein.
setup-err-answer-duplicate = Geben Sie auf jede Frage eine andere Antwort.
setup-err-too-many-apps = Sie haben bereits die maximale Anzahl an Authenticator-Apps. Löschen Sie zuerst eine.
setup-err-token-unknown = Dieses Token ist Ihnen nicht zugewiesen oder bereits aktiv.
protect-title = Helfen Sie uns, Ihr Konto zu schützen
protect-intro = Ihre Organisation benötigt weitere Informationen, um Ihr Konto zu schützen und Ihnen das selbstständige Zurücksetzen Ihres Kennworts zu ermöglichen.
protect-skip = Vorerst überspringen
confirm-title = Sind Ihre Sicherheitsinformationen noch aktuell?
confirm-intro = Überprüfen Sie die Methoden, mit denen Sie Ihr Kennwort zurücksetzen. Bestätigen Sie sie, oder bearbeiten Sie sie, falls sich etwas geändert hat.
confirm-looks-good = Alles korrekt
confirm-edit = Sicherheitsinformationen bearbeiten
confirm-done = Vielen Dank! Ihre Sicherheitsinformationen sind bestätigt.
change-title = Kennwort ändern
change-current-label = Aktuelles Kennwort
change-button = Kennwort ändern
change-done = Ihr Kennwort wurde geändert.

## Security questions (G6, predefined list)
sq-first-pet = Wie hieß Ihr erstes Haustier?
sq-birth-city = In welcher Stadt wurden Sie geboren?
sq-first-school = Wie hieß Ihre erste Schule?
sq-childhood-friend = Wie lautet der Vorname Ihres besten Freundes oder Ihrer besten Freundin aus der Kindheit?
sq-first-job-city = In welcher Stadt hatten Sie Ihre erste Arbeitsstelle?
sq-grandparent-name = Wie lautet der Vorname Ihres ältesten Großelternteils?
sq-first-concert = Welches war das erste Konzert, das Sie besucht haben?
sq-childhood-street = In welcher Straße haben Sie als Kind gewohnt?
sq-favourite-teacher = Wie lautet der Nachname Ihrer Lieblingslehrerin oder Ihres Lieblingslehrers?
sq-first-car = Welche Marke und welches Modell hatte Ihr erstes Auto?

## Notifications on a paired device (V4)
option-push = Benachrichtigung auf meinem Gerät genehmigen
pending-push = Wir haben eine Benachrichtigung an Ihr Gerät gesendet. Öffnen Sie sie, und geben Sie diese Nummer ein:
pending-push-then = Wählen Sie dann hier „Fortfahren“ aus.
push-continue = Fortfahren
err-push-pending = Die Benachrichtigung wurde noch nicht beantwortet. Beantworten Sie sie auf Ihrem Gerät, und wählen Sie dann „Fortfahren“ aus.
err-push-denied = Die Benachrichtigung wurde abgelehnt, oder die Nummer stimmte nicht überein. Wählen Sie eine Methode aus, um es erneut zu versuchen.
method-notification = Benachrichtigungen auf meinem Gerät
add-notification = Gerät für Benachrichtigungen hinzufügen
setup-device-intro = Verwenden Sie Ihr Telefon als Gerät, das Anfragen genehmigt: Wählen Sie „Weiter“ aus, um einen Kopplungscode zu erhalten.
setup-device-step-open = Öffnen Sie auf Ihrem Telefon die Geräteseite:
setup-device-link = Geräteseite öffnen
setup-device-step-code = Geben Sie dort diesen Kopplungscode ein:
setup-device-then = Wenn die Geräteseite meldet, dass das Gerät gekoppelt ist, kehren Sie hierher zurück.
setup-device-done = Fertig
device-title = Ihr Gerät
device-intro = Auf dieser Seite genehmigen Sie Anmelde- und Kennwortzurücksetzungsanfragen für Ihr Konto. Fügen Sie sie zu Ihrem Startbildschirm hinzu, um sie griffbereit zu haben.
device-paired = Dieses Gerät ist gekoppelt. Suchen Sie nach Anfragen, wenn Sie aufgefordert werden, eine zu genehmigen.
device-pair-failed = Dieser Kopplungscode hat nicht funktioniert. Holen Sie sich in Ihren Sicherheitsinformationen einen neuen.
device-approved = Genehmigt. Sie können zum anderen Bildschirm zurückkehren.
device-denied = Abgelehnt. Es wurde nichts genehmigt.
device-no-request = Es liegt keine Anfrage vor.
device-request = %org% bittet Sie zu bestätigen, dass Sie es sind (%upn%).
device-request-title = Diese Anfrage genehmigen?
device-pair-code = Kopplungscode
device-name = Name für dieses Gerät
device-name-default = Mein Telefon
device-pair-button = Dieses Gerät koppeln
device-check = Nach Anfragen suchen
device-number = Auf dem anderen Bildschirm angezeigte Nummer
device-approve = Genehmigen
device-deny = Ablehnen
device-needs-js = Diese Seite benötigt JavaScript, um ihren Schlüssel aufzubewahren und Genehmigungen zu signieren.

## Sign-in, second step (G1)
check-title = Identität bestätigen
check-intro = Für Ihr Konto sind Sicherheitsinformationen hinterlegt. Daher ist eine zweite Überprüfung erforderlich, bevor Sie sie anzeigen oder ändern können.

## The on-premises directory (P10, P11)
err-directory-policy = Das Verzeichnis Ihrer Organisation hat dieses Kennwort nicht akzeptiert. Möglicherweise haben Sie es schon einmal verwendet, oder es verstößt gegen eine der eigenen Regeln des Verzeichnisses. Versuchen Sie es mit einem anderen.
err-directory = Das Verzeichnis Ihrer Organisation ist nicht erreichbar. Es wurde nichts geändert. Versuchen Sie es in Kürze erneut.

## Issue 10: a form post with a field missing
err-form-incomplete = Das Formular ist unvollständig angekommen. Füllen Sie alle Felder aus, und versuchen Sie es erneut.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Fortschritt
progress-step = Schritt { $current } von { $total }
step-userid = Benutzer-ID
step-verify = Überprüfung
step-password = Neues Kennwort
step-done = Fertig
resend-code = Code erneut senden
resend-in = Sie können in { $seconds ->
    [one] einer Sekunde
   *[other] { $seconds } Sekunden
} einen neuen Code anfordern.
helpdesk-contact = Benötigen Sie Hilfe? Wenden Sie sich an Ihren Helpdesk: { $contact }
brand-logo-alt = { $org }
setup-add-method = Methode hinzufügen
setup-delete-title = Diese Methode löschen?
setup-delete-confirm = „{ $what }“ wird aus Ihren Sicherheitsinformationen entfernt.
setup-delete-last-warning = Sie benötigen diese Methode, um Ihr Kennwort zurückzusetzen. Ohne sie können Sie Ihr Kennwort erst wieder selbst zurücksetzen, wenn Sie eine andere Methode hinzugefügt haben.
setup-delete-confirm-button = Ja, löschen
setup-app-open-link = In einer Authenticator-App auf diesem Telefon öffnen
setup-app-secret-grouped = Geheimer Schlüssel in Vierergruppen:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = vorm.
time-pm = nachm.

# Issue 12: die Administratorkonsole. Die Seitentitel („Blades“) folgen den Entra-Seiten zur Kennwortzurücksetzung.
account-admin-console = Administratorkonsole
admin-title = Administratorkonsole
admin-sign-in = Melden Sie sich mit Ihrem Administratorkonto an, um die Konsole zu öffnen.
admin-not-admin = Diese Konsole ist für Administratoren bestimmt. Ihrem Konto ist keine Administratorrolle zugewiesen.
admin-second-step = Für die Konsole ist ein zweiter Anmeldeschritt erforderlich. Fügen Sie Ihren Sicherheitsinformationen ein Telefon oder eine Authenticator-App hinzu, melden Sie sich dann ab und erneut an.
admin-go-setup = Zu Ihren Sicherheitsinformationen
admin-go-account = Zurück zu meinem Konto
admin-back = Zurück zur Konsole
admin-tenant = Organisation: { $name }
admin-signed-in-as = Angemeldet als { $name } mit den Rollen: { $roles }
admin-policy-heading = Richtlinie zur Kennwortzurücksetzung
admin-readonly = Mit Ihren Rollen können Sie Benutzern helfen, die Richtlinie zur Kennwortzurücksetzung aber nicht ändern. Ein globaler Administrator oder ein Administrator für Authentifizierungsrichtlinien kann sie ändern.
admin-draft-pending = Eine Änderung an „{ $page }“ wartet auf Ihre Überprüfung.
admin-draft-open = Änderung öffnen
admin-draft-elsewhere = Eine Änderung an „{ $page }“ wartet auf Überprüfung. Wenn Sie diese Seite überprüfen, wird sie ersetzt.
admin-saved = Als Änderung { $id } gespeichert.
admin-discarded = Die Änderung wurde verworfen. Es wurde nichts gespeichert.
admin-blade-properties = Eigenschaften
admin-blade-methods = Authentifizierungsmethoden
admin-blade-registration = Registrierung
admin-blade-notifications = Benachrichtigungen
admin-blade-customization = Anpassung
admin-blade-on-premises = Lokale Integration
admin-blade-administrators = Administratorrichtlinie
admin-f-scope = Self-Service-Kennwortzurücksetzung aktiviert für
admin-scope-none = Niemanden
admin-scope-selected = Ausgewählte Gruppen
admin-scope-all = Alle Benutzer
admin-f-groups = Gruppen
admin-f-groups-hint = Markieren Sie die Gruppen, für die die Self-Service-Kennwortzurücksetzung aktiviert ist, oder geben Sie weitere Gruppennamen durch Kommas getrennt ein. Wird verwendet, wenn „Ausgewählte Gruppen“ gewählt ist.
admin-f-methods-required = Anzahl der zum Zurücksetzen erforderlichen Methoden
admin-f-methods-required-hint = 1 oder 2.
admin-f-methods = Für Benutzer verfügbare Methoden
admin-f-questions-to-register = Anzahl der zur Registrierung erforderlichen Sicherheitsfragen
admin-f-questions-to-ask = Anzahl der zum Zurücksetzen erforderlichen Sicherheitsfragen
admin-f-custom-questions = Eigene Sicherheitsfragen Ihrer Organisation
admin-f-custom-questions-hint = Eine Frage pro Zeile, angeboten neben den vordefinierten Fragen.
admin-f-require-registration = Benutzer bei der Anmeldung zur Registrierung auffordern
admin-f-reconfirm-days = Anzahl der Tage, bevor Benutzer aufgefordert werden, ihre Authentifizierungsinformationen erneut zu bestätigen
admin-f-reconfirm-days-hint = 0 bis 730; bei 0 wird nie gefragt.
admin-f-notify-users = Benutzer bei Kennwortzurücksetzungen benachrichtigen
admin-f-notify-admins = Alle Administratoren benachrichtigen, wenn andere Administratoren ihr Kennwort zurücksetzen
admin-f-helpdesk = Helpdesk-Link
admin-f-helpdesk-hint = Eine E-Mail-Adresse oder eine Webadresse, die mit https:// beginnt. Lassen Sie das Feld leer, damit keiner angezeigt wird.
admin-f-logo = Logo
admin-f-logo-hint = Eine Datei auf diesem Portal, z. B. /brand/logo.svg. Lassen Sie das Feld leer, damit nur der Name angezeigt wird.
admin-f-accent = Akzentfarbe
admin-f-accent-hint = Im Format #rrggbb, dunkel genug für weißen Text.
admin-f-sign-in-domain = Domäne für den Anmeldehinweis
admin-f-sign-in-domain-hint = Wird im Beispiel für die Benutzer-ID angezeigt, z. B. contoso.com.
admin-f-writeback = Kennwörter in Ihr lokales Verzeichnis zurückschreiben
admin-f-allow-unlock = Benutzern das Entsperren von Konten ohne Zurücksetzen des Kennworts erlauben
admin-f-admin-sspr = Administratoren das Zurücksetzen ihres eigenen Kennworts erlauben
admin-f-admin-sspr-hint = Administratoren benötigen immer zwei Methoden: eine E-Mail-Adresse oder ein Telefon und eine weitere.
admin-review-button = Änderung überprüfen
admin-errors-heading = Diese Änderung kann nicht gespeichert werden:
admin-live-ok = Diese Änderung kann gespeichert werden.
admin-err-number = Geben Sie eine ganze Zahl ein.
admin-err-helpdesk = Geben Sie eine E-Mail-Adresse oder eine Webadresse ein, die mit https:// beginnt.
admin-err-forbidden = Ihre Rollen erlauben keine Änderung der Richtlinie zur Kennwortzurücksetzung.
admin-err-no-draft = Es wartet keine Änderung auf Überprüfung.
admin-err-no-change = Diese Änderung ist nicht im Verlauf enthalten.
admin-err-refused = Diese Änderung verstößt gegen eine Regel der Richtlinie. Bearbeiten Sie sie, und überprüfen Sie sie erneut.
admin-review-title = Änderung überprüfen
admin-review-page = Seite: { $page }
admin-changes = Geändert wird: { $keys }
admin-no-change = Dadurch ändert sich nichts.
admin-impact-heading = Wer sein Kennwort zurücksetzen kann
admin-impact-summary = { $before } von { $users } Benutzern können ihr Kennwort jetzt zurücksetzen; nach dieser Änderung wären es { $after }.
admin-stranded-none = Niemand verliert die Möglichkeit, sein Kennwort zurückzusetzen.
admin-stranded = { $count ->
    [one] Ein Benutzer konnte sein Kennwort bisher zurücksetzen und kann es danach nicht mehr:
   *[other] { $count } Benutzer konnten ihr Kennwort bisher zurücksetzen und können es danach nicht mehr:
}
admin-stranded-hint = Bitten Sie diese Benutzer, vor dem Speichern weitere Methoden auf ihrer Seite mit den Sicherheitsinformationen zu registrieren, sonst müssen sie sich an den Helpdesk wenden.
admin-gained = { $count ->
    [one] Ein Benutzer konnte sein Kennwort bisher nicht zurücksetzen und kann es danach:
   *[other] { $count } Benutzer konnten ihr Kennwort bisher nicht zurücksetzen und können es danach:
}
admin-export-csv = Liste herunterladen (CSV)
admin-save = Speichern
admin-discard = Verwerfen
admin-edit-again = Erneut bearbeiten
admin-history-title = Änderungsverlauf
admin-history-empty = Es wurden noch keine Änderungen gespeichert.
admin-history-change = Änderung
admin-history-when = Zeitpunkt
admin-history-who = Geändert von
admin-history-what = Geänderte Einstellungen
admin-revert = Rückgängig machen
admin-revert-label = Änderung { $id } rückgängig machen
admin-reverts = macht Änderung { $id } rückgängig
admin-reverted = Änderung { $id } wurde rückgängig gemacht. Die Einstellungen, die sie ersetzt hatte, sind wiederhergestellt.
admin-key-scope = wer zurücksetzen darf
admin-key-admin-sspr = Zurücksetzen durch Administratoren
admin-key-methods-required = erforderliche Methoden
admin-key-methods = verfügbare Methoden
admin-key-questions-to-register = Fragen zur Registrierung
admin-key-questions-to-ask = Fragen zum Zurücksetzen
admin-key-custom-questions = eigene Sicherheitsfragen
admin-key-require-registration = Registrierung erforderlich
admin-key-reconfirm-days = Tage bis zur erneuten Bestätigung
admin-key-notify-users = Benutzerbenachrichtigungen
admin-key-notify-admins = Administratorbenachrichtigungen
admin-key-helpdesk = Helpdesk-Link
admin-key-branding = Unternehmensbranding
admin-key-writeback = Kennwortrückschreiben
admin-key-allow-unlock = Kontoentsperrung
admin-key-password = Kennwortregeln
admin-key-phone-countries = Länder für Telefonnummern
admin-key-sms-sender = SMS-Absender

# Issue 12: die Berichte der Konsole (A2).
admin-reports-title = Berichte
admin-reports-link = Registrierungen, Zurücksetzungen, Fehlschläge und wer nicht zurücksetzen kann
admin-reports-period = Die letzten { $days } Tage, seit dem { $since } (UTC).
admin-reports-chart = Diagramm der Tabelle unten
admin-reports-by-day = Registrierungen, Zurücksetzungen und Entsperrungen pro Tag
admin-col-day = Tag
admin-col-registrations = Registrierungen
admin-col-resets = Zurücksetzungen
admin-col-unlocks = Entsperrungen
admin-col-user = Benutzer
admin-reports-funnel = Wie weit die Versuche zum Zurücksetzen kamen
admin-reports-funnel-hint = Jeder Versuch beginnt mit einer Benutzer-ID. Wo die Zahlen sinken, geben die Benutzer auf.
admin-col-step = Schritt
admin-col-attempts = Versuche
admin-funnel-started = Begonnen
admin-funnel-eligible = Zum Zurücksetzen berechtigt
admin-funnel-verified-one = Eine Methode bestätigt
admin-funnel-verified-two = Eine zweite Methode bestätigt
admin-funnel-password-set = Neues Kennwort festgelegt oder Konto entsperrt
admin-reports-failures = Fehlschläge nach Grund
admin-col-reason = Grund
admin-col-count = Anzahl
admin-reports-none = In diesem Zeitraum gab es nichts.
admin-reports-methods = Zum Zurücksetzen oder Entsperren verwendete Methoden
admin-col-method = Methode
admin-reports-cannot = Wer nicht zurücksetzen kann
admin-reports-can = { $can } von { $users } Benutzern können ihr Kennwort jetzt zurücksetzen.
admin-reports-short = { $count ->
    [one] Ein Benutzer kann mangels Methoden nicht zurücksetzen:
   *[other] { $count } Benutzer können mangels Methoden nicht zurücksetzen:
}
# Issue 12: die Benutzerseite der Konsole (D1, D3).
admin-users-title = Benutzer
admin-users-link = Benutzer nachschlagen: Methoden, Sperren und Kontaktinformationen
admin-users-lookup-label = Benutzer-ID
admin-users-lookup = Nachschlagen
admin-err-no-user = In Ihrer Organisation gibt es keinen Benutzer mit dieser ID.
admin-err-protected = Dieser Benutzer ist ein Administrator, für den Ihre Rollen nicht ausreichen. Wenden Sie sich an einen globalen Administrator.
admin-err-contact = Geben Sie eine andere E-Mail-Adresse als die eigene des Benutzers ein und Telefonnummern im Format +<Landesvorwahl> <Rufnummer>.
admin-user-status = Konto
admin-user-enabled = Aktiviert
admin-user-disabled = Deaktiviert
admin-user-locked = im Verzeichnis gesperrt
admin-user-password = Kennwort
admin-user-cloud = Von diesem Portal verwaltet
admin-user-onprem = Vom lokalen Verzeichnis verwaltet
admin-user-groups = Gruppen
admin-user-roles = Administratorrollen
admin-user-none = Keine
admin-user-methods = Methoden des Benutzers
admin-user-reset = Self-Service-Kennwortzurücksetzung
admin-user-can-reset = Kann das Kennwort jetzt zurücksetzen.
admin-user-cannot-reset = Kann das Kennwort jetzt nicht zurücksetzen:
admin-reason-consumer = ein persönliches Konto, für das dieses Portal nicht zuständig ist.
admin-reason-unavailable = das Konto ist deaktiviert.
admin-reason-not-enabled = die Self-Service-Kennwortzurücksetzung ist für die Gruppen des Benutzers nicht aktiviert.
admin-reason-not-registered = für die Richtlinie sind nicht genügend Methoden registriert.
admin-reason-admin-not-registered = ein Administrator benötigt zwei Methoden und hat weniger.
admin-reason-writeback-off = das Kennwort wird lokal verwaltet, und das Kennwortrückschreiben ist deaktiviert.
admin-user-blocks = Sperren
admin-user-no-blocks = Derzeit keine Sperren.
admin-user-reset-blocked = Kennwortzurücksetzungen gesperrt bis { $until } (zu viele falsche Codes oder Antworten)
admin-user-sends-blocked = Codes gesperrt bis { $until } (zu viele gesendet)
admin-user-signin-locked = Anmeldung gesperrt bis { $until } (zu viele falsche Kennwörter)
admin-user-clear = Sperren aufheben
admin-user-cleared = Die Sperren wurden aufgehoben.
admin-user-contact = Kontaktinformationen
admin-user-alternate-email = Alternative E-Mail-Adresse
admin-user-mobile = Mobiltelefon
admin-user-office = Bürotelefon
admin-user-contact-hint = Telefonnummern im Format +<Landesvorwahl> <Rufnummer>. Lassen Sie ein Feld leer, um es zu löschen.
admin-user-contact-save = Kontaktinformationen speichern
admin-user-contact-saved = Die Kontaktinformationen wurden gespeichert.
admin-user-protected = Dieser Benutzer ist ein Administrator, für den Ihre Rollen nicht ausreichen: Nur ein globaler Administrator kann seine Kontaktinformationen oder Sperren ändern.

# Issue 12: der Wiederherstellungscode des Helpdesks und Benachrichtigungen über Änderungen durch einen Administrator.
admin-recovery-heading = Wiederherstellungscode
admin-recovery-intro = Für einen Benutzer, der alle Methoden verloren hat: ein Einmalcode, 8 Stunden gültig, mit dem er sich einmal anmelden kann, um neue Methoden zu registrieren. Übergeben Sie ihn persönlich oder bei einem Anruf, den Sie selbst getätigt haben; der Benutzer wird an seinen E-Mail-Adressen benachrichtigt.
admin-recovery-issue = Wiederherstellungscode ausstellen
admin-recovery-issued = Ein Wiederherstellungscode wurde ausgestellt. Er wird nur einmal angezeigt.
admin-recovery-code-is = Der Wiederherstellungscode:
admin-recovery-until = Ein Wiederherstellungscode ist gültig bis { $until }.
admin-recovery-hand-over = Lesen Sie ihn dem Benutzer erst vor, wenn Sie sicher wissen, wer er ist. Er wird nicht erneut angezeigt.
admin-recovery-done = Fertig, Code ausblenden
recovery-link = Haben Sie von Ihrem Helpdesk einen Wiederherstellungscode erhalten?
recovery-title = Mit einem Wiederherstellungscode anmelden
recovery-intro = Wenn Sie alle Methoden verloren haben, kann Ihr Helpdesk Ihnen einen einmaligen Wiederherstellungscode geben. Melden Sie sich damit an, und registrieren Sie dann auf Ihrer Seite mit den Sicherheitsinformationen neue Methoden.
recovery-code-label = Wiederherstellungscode
recovery-code-hint = 16 Buchstaben und Ziffern, z. B. ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Ihre Benutzer-ID oder Ihr Wiederherstellungscode ist falsch, oder der Code wurde bereits verwendet oder ist abgelaufen.
recovery-back = Stattdessen mit Ihrem Kennwort anmelden
msg-recovery-issued-subject = Für Ihr Konto wurde ein Wiederherstellungscode ausgestellt
msg-recovery-issued-body = Ein Administrator hat einen einmaligen Wiederherstellungscode für { $user } ausgestellt. Wenn Sie keinen bei Ihrem Helpdesk angefordert haben, wenden Sie sich sofort an Ihren Administrator.
msg-recovery-used-subject = Jemand hat sich mit einem Wiederherstellungscode angemeldet
msg-recovery-used-body = { $user } wurde mit einem Wiederherstellungscode angemeldet, um neue Sicherheitsinformationen zu registrieren. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Administrator.
msg-contact-changed-subject = Ihre Kontaktinformationen wurden geändert
msg-contact-changed-body = Ein Administrator hat die Kontaktinformationen von { $user } geändert (eine E-Mail-Adresse oder Telefonnummer, die zum Zurücksetzen des Kennworts verwendet wird). Wenn Sie das nicht erwartet haben, wenden Sie sich sofort an Ihren Administrator.

# Issue 12: die Suche im Überwachungsprotokoll der Konsole (A1, W2).
admin-audit-title = Überwachungsprotokoll
admin-audit-link = Überwachungsprotokoll durchsuchen und herunterladen
admin-audit-user = Benutzer-ID
admin-audit-from = Von (YYYY-MM-DD, UTC)
admin-audit-to = Bis (YYYY-MM-DD, UTC)
admin-audit-step = Schritt
admin-audit-outcome = Ergebnis
admin-audit-ip = IP-Adresse
admin-audit-client = Clienttyp
admin-audit-any = Alle
admin-audit-search = Suchen
admin-audit-bad-date = Geben Sie ein Datum im Format YYYY-MM-DD ein, zum Beispiel 2026-11-05.
admin-audit-count = { $count ->
    [one] Ein Eintrag entspricht der Suche.
   *[other] { $count } Einträge entsprechen der Suche.
}
admin-audit-capped = Nur die neuesten Einträge werden angezeigt und heruntergeladen; schränken Sie die Suche ein, um die übrigen zu sehen.
admin-audit-pages = Seiten des Ergebnisses
admin-audit-newer = Neuere Einträge
admin-audit-older = Ältere Einträge
admin-audit-export-json = Als JSON-Zeilen herunterladen

# Issue 12: die Betriebsseite der Konsole.
admin-ops-title = Betrieb
admin-ops-link = Betrieb: Datenbank, Verzeichnis und E-Mail-Warteschlange im aktuellen Zustand
admin-ops-database = Datenbank
admin-ops-directory = Lokales Verzeichnis
admin-ops-no-directory = Nicht konfiguriert
admin-ops-ok = Funktioniert
admin-ops-down = Antwortet nicht
admin-ops-on = Ein
admin-ops-off = Aus
admin-ops-directory-error = Letzter Verzeichnisfehler (30 Tage)
admin-ops-mail-waiting = Benachrichtigungen, die auf den Versand warten
admin-ops-mail-oldest = Älteste Benachrichtigung wartet seit
admin-ops-mail-sent = Gesendete Benachrichtigungen
admin-ops-mail-failed = Nach wiederholten Versuchen aufgegebene Benachrichtigungen
admin-ops-hashing = Kennwörter, die auf diesem Knoten auf das Hashing warten
admin-ops-version = Version
admin-ops-hint = Beim Öffnen dieser Seite von dem Knoten geprüft, der sie ausgeliefert hat. Die E-Mail-Zahlen gelten für das gesamte Portal; alles Weitere finden Sie unter /metrics.

# Issue 12: die Gruppenauswahl von P1 und die Benachrichtigung von M2 an die Benutzer, die nach einer Änderung nicht mehr zurücksetzen können.
admin-f-groups-other = Weitere Gruppen
admin-f-groups-none = Diese Organisation hat im Portal noch keine Gruppen: Geben Sie ihre Namen ein.
admin-notify-stranded = Benutzern, die nach dieser Änderung nicht zurücksetzen können, eine E-Mail senden und sie bitten, weitere Methoden zu registrieren
msg-register-needed-subject = Registrieren Sie weitere Sicherheitsinformationen
msg-register-needed-body = Ihre Organisation verlangt jetzt mehr Sicherheitsinformationen, bevor ein Kennwort zurückgesetzt werden kann. Bis Sie sich anmelden und auf Ihrer Seite mit den Sicherheitsinformationen Methoden hinzufügen, kann { $user } das Kennwort nicht zurücksetzen, ohne den Helpdesk anzurufen.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Letzte Verzeichnissynchronisierung (sspr directory sync)
admin-ops-sync-counts = geschriebene Änderungen: { $changes }; abgelehnte Werte: { $refused }; Benutzer ohne Organisation: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Eine Übersetzung steht in einer Zeile unter ihrer Frage, als Sprachtag, Doppelpunkt und Text (etwa ja-JP: …), und ist 1 bis 200 Zeichen lang.
admin-err-translation-first = Schreiben Sie zuerst die Frage und dann ihre Übersetzungen in die Zeilen darunter.
admin-f-question-translations-hint = Um eine Frage in einer anderen Sprache anzuzeigen, fügen Sie darunter eine Zeile mit dem Sprachtag, einem Doppelpunkt und der Übersetzung hinzu, etwa „ja-JP: 事務所の植物の名前は？“. Benutzer, für deren Sprache es keine Übersetzung gibt, sehen die Frage so, wie sie geschrieben ist.
admin-f-recovery-code-resets = Ein Wiederherstellungscode vom Helpdesk kann das Kennwort des Benutzers auch einmal zurücksetzen
admin-key-recovery-code-resets = Wiederherstellungscodes, die Kennwörter zurücksetzen
recovery-reset-hint = Wenn Ihre Organisation es zulässt, kann der Code stattdessen einmal Ihr Kennwort zurücksetzen.
recovery-reset-button = Mein Kennwort zurücksetzen
recovery-no-reset = Ihre Organisation erlaubt mit einem Wiederherstellungscode nur die Anmeldung. Registrieren Sie hier neue Methoden; danach können Sie Ihr Kennwort damit zurücksetzen.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Zurücksetzung begonnen
audit-step-choose = Zurücksetzen oder Entsperren gewählt
audit-step-select = Methode gewählt
audit-step-send-code = Code gesendet
audit-step-verify = Methode bestätigt
audit-step-unlock = Konto entsperrt
audit-step-reset = Kennwort zurückgesetzt
audit-step-password = Neues Kennwort eingegeben
audit-step-directory = Rückschreiben ins Verzeichnis
audit-step-notify = Benachrichtigung
audit-step-admin-request = Anfrage an Administratoren
audit-step-signin = Anmeldung
audit-step-signin-verify = Zweiter Anmeldeschritt
audit-step-signout = Abmeldung
audit-step-interrupt = Registrierungsaufforderung bei der Anmeldung
audit-step-reconfirm = Sicherheitsinformationen erneut bestätigt
audit-step-register = Methode registriert
audit-step-register-send-code = Registrierungscode gesendet
audit-step-register-pairing = Authenticator-App gekoppelt
audit-step-register-verify = Registrierungscode geprüft
audit-step-delete-method = Methode gelöscht
audit-step-change-password = Kennwort geändert
audit-step-delivery = Zustellbestätigung
audit-step-policy-change = Richtlinie geändert
audit-step-admin-clear-blocks = Sperren von einem Administrator aufgehoben
audit-step-admin-set-contact = Kontaktinformationen von einem Administrator festgelegt
audit-step-admin-recovery-code = Wiederherstellungscode ausgestellt
audit-step-directory-sync = Verzeichnissynchronisierung
audit-outcome-ok = Erfolgreich
audit-outcome-fail = Fehlgeschlagen
audit-outcome-blocked = Blockiert
audit-outcome-error = Fehler
audit-outcome-rejected = Abgelehnt
audit-outcome-ineligible = Nicht berechtigt
audit-outcome-dismissed = Verschoben
audit-client-browser = Webbrowser
audit-client-sign-in-screen = Anmeldebildschirm
audit-client-app = Anwendung

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Ein
admin-value-off = Aus
admin-value-empty = (leer)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Letztes Zurückschreiben eines Kennworts (oder Entsperren eines Kontos) im Verzeichnis

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Kennwort zurückgesetzt
done-title-unlock = Konto entsperrt
admin-f-sign-in-url = Anmeldeseite Ihrer Organisation
admin-f-sign-in-url-hint = Wohin die Schaltfläche auf der letzten Seite einer Zurücksetzung führt, z. B. https://login.contoso.com. Lassen Sie das Feld leer, um die Standardeinstellung dieses Portals zu verwenden.
policy-err-sign-in-url = Geben Sie die Anmeldeseite als Webadresse ein, die mit https:// beginnt.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Vordefinierte Sicherheitsfragen, die Benutzer auswählen können
admin-key-predefined-questions = vordefinierte Sicherheitsfragen
policy-err-too-few-questions = Bieten Sie mindestens so viele Sicherheitsfragen (vordefinierte und eigene) an, wie Benutzer registrieren müssen.
