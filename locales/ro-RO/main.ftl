# sspr, ro-RO. Every key here must exist in every locale (tested) and be used in code (tested).

## Structură și elemente comune
app-name = Resetarea parolei prin autoservire
reset-title = Recâștigați accesul la cont
skip-to-content = Salt la conținutul principal
lang-switch-label = Limbă
next = Următorul
back-to-start = Începeți din nou
retry = Încercați din nou
something-wrong = A apărut o problemă. Încercați din nou mai târziu.
not-found = Această pagină nu există.
working = Se procesează…

## Intrare (E2)
entry-intro = Pentru a vă recupera contul, începeți prin a introduce ID-ul de utilizator și răspunsul la întrebarea de mai jos.
userid-label = ID de utilizator
userid-hint = Exemplu: { $example }
captcha-legend = Dovediți că nu sunteți un robot
captcha-nojs = După ce selectați Următorul, browserul dvs. este verificat timp de câteva secunde ({ $seconds ->
    [one] cel puțin o secundă
    [few] cel puțin { $seconds } secunde
   *[other] cel puțin { $seconds } de secunde
}). Nu trebuie să faceți nimic altceva.
captcha-working = Se verifică browserul…
captcha-done = Gata. Puteți continua.

## Contactați administratorul (E3, E5, P9, K1)
contact-title = Contactați administratorul
contact-reason-consumer = Conturile personale nu pot utiliza acest portal. Utilizați opțiunile de recuperare ale furnizorului dvs. de e-mail.
contact-reason-unavailable = Nu putem reseta acest cont aici. Este posibil să nu existe sau să fie dezactivat.
contact-reason-not-enabled = Resetarea parolei prin autoservire nu este activată pentru acest cont.
contact-reason-not-registered = Acest cont nu are suficiente informații de securitate înregistrate pentru a reseta parola.
contact-reason-admin-not-registered = Conturile de administrator au nevoie de două metode înregistrate (e-mail, telefon mobil, telefon de serviciu sau aplicație de autentificare) pentru a reseta parola.
contact-reason-writeback-off = Parola acestui cont este gestionată local și nu poate fi resetată aici.
contact-also-intro = Acest lucru se poate întâmpla și atunci când:
contact-also-consumer = contul este un cont personal de la un furnizor de e-mail pentru consumatori
contact-also-unavailable = ID-ul de utilizator este scris greșit sau contul nu există ori este dezactivat
contact-also-not-enabled = resetarea parolei prin autoservire nu este activată pentru cont
contact-also-not-registered = contul nu are suficiente informații de securitate înregistrate (dacă vă puteți conecta, pagina de informații de securitate arată ce lipsește)
contact-also-admin-not-registered = un cont de administrator nu are două metode înregistrate
contact-also-writeback-off = parola este gestionată de directorul propriu al organizației dvs.
contact-helpdesk-link = Contactați serviciul de asistență
contact-helpdesk-email = Trimiteți un e-mail serviciului de asistență: { $email }
contact-no-helpdesk = Cereți ajutor administratorului organizației dvs.
contact-request-button = Solicitați administratorilor să-mi reseteze parola
contact-request-sent = Solicitarea dvs. a fost trimisă administratorilor.

## Alegerea problemei
choose-title = De ce aveți probleme la conectare?
choose-forgot = Mi-am uitat parola
choose-forgot-hint = Nicio grijă, vă ajutăm să o resetați folosind informațiile de securitate pe care le-ați înregistrat.
choose-unlock = Îmi știu parola, dar tot nu mă pot conecta
choose-unlock-hint = Acest lucru se poate întâmpla dacă ați încercat să vă conectați cu o parolă incorectă de prea multe ori.

## Verificare (V1..V6)
verify-title = Verificați-vă identitatea
verify-step = Pasul de verificare { $current } din { $required }
verify-pick = Alegeți metoda de contact pe care trebuie să o folosim pentru verificare:
verify-passed = Verificat
option-email = Trimiteți un e-mail la adresa mea alternativă { $masked }
option-sms = Trimiteți un SMS pe telefonul meu mobil { $masked }
option-voice = Apelați telefonul meu mobil { $masked }
option-office = Apelați telefonul meu de serviciu { $masked }
option-app = Introduceți un cod din aplicația mea de autentificare
option-software_oath = Introduceți un cod din tokenul meu software
option-hardware_oath = Introduceți un cod din tokenul meu hardware
option-questions = Răspundeți la întrebările mele de securitate
pending-email = V-am trimis un e-mail cu un cod de verificare la { $masked }.
pending-sms = V-am trimis un SMS cu un cod de verificare la { $masked }.
pending-voice = Apelăm numărul { $masked }. Ascultați codul de verificare.
pending-totp = Introduceți codul afișat în aplicație sau pe token.
code-label = Cod de verificare
questions-legend = Răspundeți la întrebările de securitate
verify-button = Verificare

## Parolă nouă (N1, N2)
password-title = Alegeți o parolă nouă
password-label = Parolă nouă
confirm-label = Confirmați parola nouă
password-rules = Parola trebuie:
pw-rule-length = să aibă cel puțin { $min } caractere
pw-rule-max-length = să aibă cel mult { $max } caractere
pw-rule-classes = să conțină trei dintre următoarele: litere mici, litere mari, cifre, simboluri
pw-rule-banned = să nu fie o parolă des folosită sau interzisă
pw-rule-name = să nu conțină numele dvs.
pw-rule-match = să coincidă cu confirmarea
pw-rule-classes-ad = să conțină trei dintre următoarele: litere mici, litere mari, cifre, simboluri, litere fără majuscule și minuscule (de exemplu, kana)
pw-rule-name-ad = să nu conțină numele contului dvs. sau vreo parte a numelui dvs. de 3 sau mai multe caractere
pw-dir-heading = La trimitere, directorul organizației dvs. verifică și că parola:
pw-dir-history = { $n ->
    [one] nu este parola dvs. curentă
    [few] nu este una dintre ultimele { $n } parole
   *[other] nu este una dintre ultimele { $n } de parole
}
pw-dir-min-age = { $n ->
    [one] este setată la cel puțin o zi după ultima schimbare a parolei
    [few] este setată la cel puțin { $n } zile după ultima schimbare a parolei
   *[other] este setată la cel puțin { $n } de zile după ultima schimbare a parolei
}
pw-dir-module = respectă celelalte reguli de calitate ale organizației dvs.
pw-rule-ok = îndeplinită
pw-rule-not-ok = neîndeplinită
finish = Terminare

## Gata
done-reset = Parola a fost resetată.
done-unlock = Contul a fost deblocat.
done-sign-in = Conectați-vă cu contul dvs.

## Erori (fluxuri)
err-no-flow = Sesiunea a expirat. Începeți din nou.
err-captcha = Verificarea că nu sunteți un robot a expirat sau a fost deja folosită. Încercați din nou.
err-wrong-step = Pasul respectiv nu mai este disponibil. Continuați de aici.
err-unknown-option = Alegeți una dintre metodele din listă.
err-code-wrong = Codul nu a funcționat. Verificați-l și încercați din nou.
err-code-expired = Codul a expirat. Trimiteți unul nou.
err-code-used = Codul a fost deja folosit. Continuați de aici.
err-blocked = Ați încercat de prea multe ori. Încercați din nou după { $until }.
err-email-limit = Am trimis prea multe coduri. Încercați din nou după { $until } sau folosiți altă metodă.
err-answers-wrong = Unul sau mai multe răspunsuri au fost greșite. Iată un nou set de întrebări.
err-password = Parola nu îndeplinește cerințele de mai jos.
err-delivery = Nu am putut trimite mesajul acum. Încercați din nou mai târziu sau folosiți altă metodă.
err-admin-request-limit = Ați trimis deja mai multe solicitări. Administratorii vă vor contacta.
err-internal = A apărut o problemă. Încercați din nou mai târziu.
userid-err-empty = Introduceți ID-ul de utilizator.
userid-err-shape = Introduceți ID-ul de utilizator în formatul nume@domeniu, de exemplu { $example }.
userid-err-too-long = ID-ul de utilizator este prea lung.

## Mesaje (e-mail, SMS, voce)
msg-code-subject = Cod de verificare pentru contul { $org }
msg-code-email = Folosiți următorul cod pentru a vă verifica contul: { $code }. Codul expiră în { $minutes ->
    [one] un minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}. Dacă nu l-ați solicitat, ignorați acest e-mail.
msg-code-sms = Cod pentru resetarea parolei { $org }: { $code }
msg-code-voice = Codul dvs. de verificare este { $code }. Repet, codul dvs. este { $code }.
msg-reset-subject = Parola dvs. a fost resetată
msg-reset-body = Parola pentru { $user } tocmai a fost resetată prin resetarea parolei prin autoservire. Dacă nu ați fost dvs., contactați imediat administratorul.
msg-method-added-subject = Au fost adăugate informații de securitate în contul dvs.
msg-method-added-body = Metoda { $method } a fost adăugată în informațiile de securitate pentru { $user }. Dacă nu ați fost dvs., conectați-vă, eliminați-o, schimbați-vă parola și contactați administratorul.
msg-method-removed-subject = Au fost eliminate informații de securitate din contul dvs.
msg-method-removed-body = Metoda { $method } a fost eliminată din informațiile de securitate pentru { $user }. Dacă nu ați fost dvs., conectați-vă, verificați informațiile de securitate, schimbați-vă parola și contactați administratorul.
msg-admin-reset-subject = Un administrator și-a resetat parola
msg-admin-reset-body = Administratorul { $user } și-a resetat propria parolă prin resetarea parolei prin autoservire.
msg-admin-request-subject = Solicitare de resetare a parolei
msg-admin-request-body = { $user } nu își poate reseta parola prin autoservire și cere ajutorul unui administrator.

## Căsuță de ieșire pentru dezvoltare (doar în modul demonstrativ)
outbox-title = Căsuță de ieșire (demo)
outbox-intro = Mod demonstrativ: mesajele trimise de portal sunt scrise aici în loc să fie livrate. Cele mai noi primele.
outbox-empty = Încă nu există mesaje.
outbox-to = Către
demo-outbox-link = Mod demonstrativ: citiți mesajul în căsuța de ieșire (se deschide într-o filă nouă)
outbox-channel = Canal

## Refuzuri de politică (P12, folosite de instrumentele de administrare)
policy-err-scope-without-groups = Alegeți cel puțin un grup pentru domeniul de aplicare cu grupuri selectate.
policy-err-methods-required = Numărul de metode necesare trebuie să fie 1 sau 2.
policy-err-too-few-methods = Activați cel puțin atâtea metode câte sunt necesare.
policy-err-office-phone-paid = Telefonul de serviciu este disponibil numai pentru entitățile găzduite cu abonament plătit.
policy-err-questions-register = Utilizatorii trebuie să înregistreze între 3 și 5 întrebări de securitate.
policy-err-questions-ask = Trebuie puse între 3 și 5 întrebări de securitate.
policy-err-questions-ask-exceeds = Nu puteți pune mai multe întrebări decât înregistrează utilizatorii.
policy-err-reconfirm-days = Reconfirmarea trebuie să fie între 0 și 730 de zile.
policy-err-app-needs-more = Când aplicația mobilă este activată, activați și suficiente alte metode în afară de ea.
policy-err-app-notification-alone = Când este necesară o singură metodă, notificarea din aplicație nu contează de una singură.
policy-err-password-length = Lungimea parolei trebuie să fie între 8 și 256 de caractere.
policy-err-banned-terms = Cel mult 1000 de termeni interziși personalizați.
policy-err-sms-sender = Expeditorul SMS trebuie să fie un nume de cel mult 11 litere și cifre sau un număr de telefon, cum ar fi +15017122661.
phone-err-country-code = Începeți numărul cu + și prefixul țării.
phone-err-characters = Folosiți numai cifre, spații și cratime.
phone-err-length = Numărul este prea scurt sau prea lung.
policy-err-custom-question = Întrebările de securitate personalizate trebuie să aibă între 1 și 200 de caractere și să fie toate diferite.
policy-err-brand-accent = Culoarea mărcii trebuie scrisă ca #rrggbb și trebuie să fie suficient de închisă pentru text alb (contrast de cel puțin 4,5:1).
policy-err-brand-logo = Sigla trebuie să fie un fișier de pe acest portal (cum ar fi /brand/logo.svg) sau o imagine încorporată.
policy-err-sign-in-domain = Domeniul de conectare trebuie să fie un nume de domeniu, cum ar fi contoso.com.

## Conectare și contul meu (G1, N4)
entry-signin-link = Conectați-vă pentru a vă gestiona informațiile de securitate
signin-title = Conectare
signin-intro = Conectați-vă pentru a vedea și actualiza informațiile de securitate sau pentru a vă schimba parola.
signin-password-label = Parolă
signin-button = Conectare
signin-cant-access = Nu vă puteți accesa contul?
signin-signed-out = V-ați deconectat.
signout-button = Deconectare
account-title = Contul meu
account-signed-in-as = Conectat ca { $name } ({ $upn })
account-reset-attempts = Cineva a încercat să vă reseteze parola și nu a trecut de verificare { $count ->
    [one] o dată
    [few] de { $count } ori
   *[other] de { $count } de ori
}, cel mai recent la { $when }. Dacă nu ați fost dvs., parola nu a fost schimbată; asigurați-vă că informațiile de securitate vă aparțin și anunțați administratorul.
account-cannot-reset = Încă nu vă puteți reseta singur parola.
account-security-info = Informații de securitate
account-change-password = Schimbați parola
err-no-session = Nu sunteți conectat sau sesiunea s-a încheiat. Conectați-vă din nou.
err-credentials = ID-ul de utilizator sau parola sunt incorecte.
err-locked-out = Contul este blocat temporar pentru a preveni utilizarea neautorizată. Încercați din nou după { $until }.
err-account-locked = Contul este blocat. Folosiți „Nu vă puteți accesa contul?” pentru a-l debloca.
err-not-allowed = Metoda respectivă nu poate fi folosită pentru contul dvs.
err-current-password = Parola curentă este incorectă.
err-on-premises = Parola dvs. este gestionată de directorul organizației. Schimbați-o acolo.
err-too-many = Au existat prea multe încercări din rețeaua dvs. Încercați din nou după { $until }.
err-resend-wait = Tocmai v-am trimis un cod prin această metodă. Așteptați până la { $until } înainte de a cere altul sau folosiți altă metodă.
err-messages-paused = Momentan nu putem trimite mai multe coduri. Încercați din nou după { $until } sau folosiți o metodă care nu necesită mesaje, cum ar fi o aplicație de autentificare sau întrebările de securitate.
err-phone-country = Organizația dvs. nu trimite coduri la numere de telefon din această țară. Folosiți alt număr sau altă metodă.
err-busy = Serviciul este ocupat momentan. Așteptați puțin și încercați din nou.
cancel = Anulare
save = Salvare

## Informații de securitate (G2..G7, C1)
setup-title = Informații de securitate
setup-intro = Acestea sunt metodele prin care vă dovediți identitatea când vă resetați parola.
setup-progress-ok = Vă puteți reseta parola: { $have } din { $required } metode necesare sunt configurate.
setup-progress-short = { $have } din { $required } metode necesare sunt configurate. Adăugați mai multe pentru a vă putea reseta parola.
setup-methods-heading = Metodele dvs.
setup-none = Nu ați configurat încă nicio metodă.
setup-add-heading = Adăugați o metodă
setup-change = Modificare
setup-change-label = Modificare: { $what }
setup-delete = Ștergere
setup-delete-label = Ștergere: { $what }
setup-from-directory = (din directorul organizației dvs.)
setup-done-added = Metoda a fost adăugată.
setup-done-deleted = Metoda a fost ștearsă.
setup-back = Înapoi la informațiile de securitate
setup-not-available = Această metodă nu este disponibilă pentru contul dvs.
method-app = Aplicație de autentificare
method-software = Token OATH software
method-hardware = Token hardware
method-phone = Telefon
method-office = Telefon de serviciu
method-email = E-mail
method-questions = Întrebări de securitate
method-questions-detail = { $count ->
    [one] o întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
add-app = Adăugați o aplicație de autentificare
add-software = Adăugați un token OATH software
add-hardware = Activați un token hardware
add-phone = Adăugați sau schimbați telefonul
add-office = Adăugați sau schimbați telefonul de serviciu
add-email = Adăugați sau schimbați adresa de e-mail
add-questions = Configurați întrebările de securitate
setup-email-label = Adresă de e-mail
setup-email-hint = Folosiți o altă adresă decât cea a contului de la serviciu. Vă vom trimite un cod la ea.
setup-phone-label = Număr de telefon
setup-office-label = Număr de telefon de serviciu
setup-phone-hint = Includeți + și prefixul țării, de exemplu +40 712 345 678.
setup-phone-channel = Cum să vă trimitem codul?
setup-phone-sms = Trimiteți-mi un cod prin SMS
setup-phone-voice = Sunați-mă
setup-app-intro = Instalați o aplicație de autentificare pe telefon, apoi selectați Următorul pentru a vedea codul QR de scanat.
setup-software-intro = Selectați Următorul pentru a obține cheia secretă a tokenului software.
setup-app-step-scan = Scanați codul QR cu aplicația sau introduceți cheia secretă de mai jos.
setup-app-step-code = Introduceți codul din 6 cifre afișat de aplicație.
setup-app-qr-alt = Cod QR pentru aplicația de autentificare
setup-app-secret = Cheie secretă:
setup-hardware-intro = Alegeți numărul de serie imprimat pe token și introduceți codul afișat de acesta.
setup-hardware-serial = Număr de serie
setup-questions-intro = Alegeți { $count ->
    [one] o întrebare
    [few] { $count } întrebări diferite
   *[other] { $count } de întrebări diferite
} și răspundeți la fiecare (între 3 și 40 de caractere, fără două răspunsuri identice).
setup-question-label = Întrebarea { $n }
setup-answer-label = Răspunsul { $n }
setup-err-email-shape = Introduceți o adresă de e-mail, de exemplu someone@example.com.
setup-err-email-same = Folosiți o altă adresă decât cea a contului de la serviciu.
setup-err-phone = Numărul de telefon nu pare corect.
setup-err-questions = Întrebările de securitate nu au fost salvate.
setup-err-questions-count = Răspundeți la toate întrebările.
setup-err-questions-unknown = Alegeți întrebări din listă.
setup-err-questions-duplicate = Alegeți o întrebare diferită în fiecare casetă.
setup-err-answer-length = Răspunsurile trebuie să aibă între 3 și 40 de caractere.
setup-err-answer-duplicate = Dați un răspuns diferit la fiecare întrebare.
setup-err-too-many-apps = Aveți deja numărul maxim de aplicații de autentificare. Ștergeți mai întâi una.
setup-err-token-unknown = Tokenul respectiv nu vă este atribuit sau este deja activ.
protect-title = Ajutați-ne să vă protejăm contul
protect-intro = Organizația dvs. are nevoie de mai multe informații pentru a vă păstra contul în siguranță și pentru a vă permite să vă resetați singur parola.
protect-skip = Omiteți deocamdată
confirm-title = Informațiile de securitate sunt încă exacte?
confirm-intro = Verificați metodele pe care le folosiți pentru a vă reseta parola. Confirmați-le sau editați-le dacă s-a schimbat ceva.
confirm-looks-good = Totul este în regulă
confirm-edit = Editați informațiile de securitate
confirm-done = Vă mulțumim! Informațiile de securitate au fost confirmate.
change-title = Schimbați parola
change-current-label = Parola curentă
change-button = Schimbați parola
change-done = Parola a fost schimbată.

## Întrebări de securitate (G6, listă predefinită)
sq-first-pet = Cum se numea primul dvs. animal de companie?
sq-birth-city = În ce oraș v-ați născut?
sq-first-school = Cum se numea prima școală pe care ați urmat-o?
sq-childhood-friend = Care este prenumele celui mai bun prieten din copilărie?
sq-first-job-city = În ce oraș ați avut primul loc de muncă?
sq-grandparent-name = Care este prenumele celui mai în vârstă dintre bunicii dvs.?
sq-first-concert = Care a fost primul concert la care ați fost?
sq-childhood-street = Pe ce stradă ați locuit în copilărie?
sq-favourite-teacher = Care era numele de familie al profesorului dvs. preferat?
sq-first-car = Care erau marca și modelul primei dvs. mașini?

## Notificări pe un dispozitiv asociat (V4)
option-push = Aprobați o notificare pe dispozitivul meu
pending-push = V-am trimis o notificare pe dispozitiv. Deschideți-o și introduceți acest număr:
pending-push-then = Apoi selectați Continuați aici.
push-continue = Continuați
err-push-pending = Încă nu ați răspuns la notificare. Răspundeți pe dispozitiv, apoi selectați Continuați.
err-push-denied = Notificarea a fost respinsă sau numărul nu a corespuns. Alegeți o metodă pentru a încerca din nou.
method-notification = Notificări pe dispozitivul meu
add-notification = Adăugați un dispozitiv pentru notificări
setup-device-intro = Folosiți telefonul ca dispozitiv care aprobă solicitări: selectați Următorul pentru a obține un cod de asociere.
setup-device-step-open = Pe telefon, deschideți pagina dispozitivului:
setup-device-link = deschideți pagina dispozitivului
setup-device-step-code = Introduceți acolo acest cod de asociere:
setup-device-then = Când pagina dispozitivului arată că este asociat, reveniți aici.
setup-device-done = Gata
device-title = Dispozitivul dvs.
device-intro = Această pagină aprobă solicitările de conectare și de resetare a parolei pentru contul dvs. Adăugați-o pe ecranul de pornire pentru a o avea la îndemână.
device-paired = Acest dispozitiv este asociat. Verificați dacă există solicitări atunci când vi se cere să aprobați una.
device-pair-failed = Codul de asociere nu a funcționat. Obțineți unul nou din informațiile de securitate.
device-approved = Aprobat. Vă puteți întoarce la celălalt ecran.
device-denied = Respins. Nu s-a aprobat nimic.
device-no-request = Nu există nicio solicitare în așteptare.
device-request = %org% vă cere să confirmați că sunteți dvs. (%upn%).
device-request-title = Aprobați această solicitare?
device-pair-code = Cod de asociere
device-name = Numele acestui dispozitiv
device-name-default = Telefonul meu
device-pair-button = Asociați acest dispozitiv
device-check = Verificați solicitările
device-number = Numărul afișat pe celălalt ecran
device-approve = Aprobare
device-deny = Respingere
device-needs-js = Această pagină are nevoie de JavaScript pentru a-și păstra cheia și a semna aprobările.

## Conectare, al doilea pas (G1)
check-title = Verificați-vă identitatea
check-intro = Contul dvs. are informații de securitate, așa că avem nevoie de o a doua verificare înainte să le puteți vedea sau modifica.

## Directorul local (P10, P11)
err-directory-policy = Directorul organizației dvs. nu a acceptat această parolă. Poate ați mai folosit-o sau încalcă una dintre regulile proprii ale directorului; încercați alta.
err-directory = Nu am putut contacta directorul organizației dvs. Nu s-a modificat nimic; încercați din nou peste câteva momente.

## Issue 10: un formular trimis cu un câmp lipsă
err-form-incomplete = Formularul a sosit incomplet. Completați toate câmpurile și încercați din nou.

## Issue 11: progresul pașilor, titluri, marcă, retrimitere, ștergerea unei metode, ore
progress-label = Progres
progress-step = Pasul { $current } din { $total }
step-userid = ID de utilizator
step-verify = Verificare
step-password = Parolă nouă
step-done = Gata
resend-code = Retrimiteți codul
resend-in = Puteți cere un cod nou peste { $seconds ->
    [one] o secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
helpdesk-contact = Aveți nevoie de ajutor? Contactați serviciul de asistență: { $contact }
brand-logo-alt = { $org }
setup-add-method = Adăugați o metodă
setup-delete-title = Ștergeți această metodă?
setup-delete-confirm = Metoda { $what } va fi eliminată din informațiile de securitate.
setup-delete-last-warning = Aveți nevoie de această metodă pentru a vă reseta parola. Fără ea, nu vă veți putea reseta singur parola până nu adăugați altă metodă.
setup-delete-confirm-button = Da, ștergeți-o
setup-app-open-link = Deschideți într-o aplicație de autentificare de pe acest telefon
setup-app-secret-grouped = Cheie secretă, în grupuri de câte patru:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Problema 12: consola de administrator. Titlurile paginilor urmează paginile Entra pentru resetarea parolei.
account-admin-console = Consola de administrator
admin-title = Consola de administrator
admin-sign-in = Conectați-vă cu contul de administrator pentru a deschide consola.
admin-not-admin = Această consolă este destinată administratorilor. Contul dvs. nu are niciun rol de administrator.
admin-second-step = Consola necesită un al doilea pas de conectare. Adăugați un telefon sau o aplicație de autentificare la informațiile de securitate, apoi deconectați-vă și conectați-vă din nou.
admin-go-setup = Accesați informațiile de securitate
admin-go-account = Înapoi la contul meu
admin-back = Înapoi la consolă
admin-tenant = Organizație: { $name }
admin-signed-in-as = Conectat ca { $name }, cu rolurile: { $roles }
admin-policy-heading = Politica de resetare a parolei
admin-readonly = Rolurile dvs. vă permit să ajutați utilizatorii, dar nu și să modificați politica de resetare a parolei. Un administrator global sau un administrator de politici de autentificare o poate modifica.
admin-draft-pending = O modificare din { $page } așteaptă revizuirea dvs.
admin-draft-open = Deschideți modificarea
admin-draft-elsewhere = O modificare din { $page } așteaptă revizuirea. Revizuirea acestei pagini o înlocuiește.
admin-saved = Salvată ca modificarea { $id }.
admin-discarded = S-a renunțat la modificare. Nu s-a salvat nimic.
admin-blade-properties = Proprietăți
admin-blade-methods = Metode de autentificare
admin-blade-registration = Înregistrare
admin-blade-notifications = Notificări
admin-blade-customization = Particularizare
admin-blade-on-premises = Integrare locală
admin-blade-administrators = Politica pentru administratori
admin-f-scope = Resetarea parolei prin autoservire activată pentru
admin-scope-none = Niciunul
admin-scope-selected = Grupuri selectate
admin-scope-all = Toți utilizatorii
admin-f-groups = Grupuri
admin-f-groups-hint = Bifați grupurile pentru care este activată resetarea parolei prin autoservire sau tastați alte nume de grupuri, separate prin virgule. Se folosește când este ales Grupuri selectate.
admin-f-methods-required = Numărul de metode necesare pentru resetare
admin-f-methods-required-hint = 1 sau 2.
admin-f-methods = Metode disponibile pentru utilizatori
admin-f-questions-to-register = Numărul de întrebări de securitate necesare pentru înregistrare
admin-f-questions-to-ask = Numărul de întrebări de securitate necesare pentru resetare
admin-f-custom-questions = Întrebările de securitate proprii ale organizației dvs.
admin-f-custom-questions-hint = O întrebare pe linie, oferită alături de cele predefinite.
admin-f-require-registration = Solicitați utilizatorilor să se înregistreze la conectare
admin-f-reconfirm-days = Numărul de zile după care utilizatorilor li se cere să reconfirme informațiile de autentificare
admin-f-reconfirm-days-hint = Între 0 și 730; cu 0 nu se cere niciodată.
admin-f-notify-users = Notificați utilizatorii la resetarea parolelor
admin-f-notify-admins = Notificați toți administratorii când alți administratori își resetează parola
admin-f-helpdesk = Link către serviciul de asistență
admin-f-helpdesk-hint = O adresă de e-mail sau o adresă web care începe cu https://. Lăsați câmpul gol pentru a nu afișa nimic.
admin-f-logo = Siglă
admin-f-logo-hint = Un fișier de pe acest portal, cum ar fi /brand/logo.svg. Lăsați câmpul gol pentru a afișa doar numele.
admin-f-accent = Culoare de accent
admin-f-accent-hint = Scrisă ca #rrggbb, suficient de închisă pentru text alb.
admin-f-sign-in-domain = Domeniul din indicația de conectare
admin-f-sign-in-domain-hint = Afișat în exemplul de ID de utilizator, cum ar fi contoso.com.
admin-f-writeback = Scrieți înapoi parolele în directorul local
admin-f-allow-unlock = Permiteți utilizatorilor să deblocheze conturile fără să își reseteze parola
admin-f-admin-sspr = Permiteți administratorilor să își reseteze propria parolă
admin-f-admin-sspr-hint = Administratorii au nevoie întotdeauna de două metode: un e-mail sau un telefon și încă una.
admin-review-button = Revizuiți modificarea
admin-errors-heading = Această modificare nu poate fi salvată:
admin-live-ok = Această modificare poate fi salvată.
admin-err-number = Introduceți un număr întreg.
admin-err-helpdesk = Introduceți o adresă de e-mail sau o adresă web care începe cu https://.
admin-err-forbidden = Rolurile dvs. nu permit modificarea politicii de resetare a parolei.
admin-err-no-draft = Nicio modificare nu așteaptă revizuirea.
admin-err-no-change = Modificarea respectivă nu se află în istoric.
admin-err-refused = Această modificare încalcă o regulă a politicii. Editați-o și revizuiți-o din nou.
admin-review-title = Revizuiți modificarea
admin-review-page = Pagina: { $page }
admin-changes = Modifică: { $keys }
admin-no-change = Aceasta nu modifică nimic.
admin-impact-heading = Cine își poate reseta parola
admin-impact-summary = Utilizatori care își pot reseta parola acum: { $before } din { $users }; după această modificare: { $after }.
admin-stranded-none = Nimeni nu pierde posibilitatea de a-și reseta parola.
admin-stranded = { $count ->
    [one] Un utilizator își putea reseta parola înainte și nu mai poate după:
    [few] { $count } utilizatori își puteau reseta parola înainte și nu mai pot după:
   *[other] { $count } de utilizatori își puteau reseta parola înainte și nu mai pot după:
}
admin-stranded-hint = Cereți-le să înregistreze mai multe metode pe pagina de informații de securitate înainte să salvați; altfel vor trebui să sune la serviciul de asistență.
admin-gained = { $count ->
    [one] Un utilizator nu își putea reseta parola înainte și poate după:
    [few] { $count } utilizatori nu își puteau reseta parola înainte și pot după:
   *[other] { $count } de utilizatori nu își puteau reseta parola înainte și pot după:
}
admin-export-csv = Descărcați lista (CSV)
admin-save = Salvare
admin-discard = Renunțare
admin-edit-again = Editați din nou
admin-history-title = Istoricul modificărilor
admin-history-empty = Nu s-a salvat încă nicio modificare.
admin-history-change = Modificare
admin-history-when = Când
admin-history-who = Administratorul
admin-history-what = Setări modificate
admin-revert = Revenire
admin-revert-label = Reveniți asupra modificării { $id }
admin-reverts = anulează modificarea { $id }
admin-reverted = S-a revenit asupra modificării { $id }. Setările pe care le înlocuise au fost restabilite.
admin-key-scope = cine poate reseta
admin-key-admin-sspr = resetare de către administratori
admin-key-methods-required = metode necesare
admin-key-methods = metode disponibile
admin-key-questions-to-register = întrebări pentru înregistrare
admin-key-questions-to-ask = întrebări pentru resetare
admin-key-custom-questions = întrebări de securitate proprii
admin-key-require-registration = înregistrare obligatorie
admin-key-reconfirm-days = zile până la reconfirmare
admin-key-notify-users = notificări pentru utilizatori
admin-key-notify-admins = notificări pentru administratori
admin-key-helpdesk = link către asistență
admin-key-branding = identitate vizuală
admin-key-writeback = scriere înapoi a parolelor
admin-key-allow-unlock = deblocarea contului
admin-key-password = reguli pentru parole
admin-key-phone-countries = țări pentru telefoane
admin-key-sms-sender = expeditor SMS

# Problema 12: rapoartele consolei (A2).
admin-reports-title = Rapoarte
admin-reports-link = Înregistrări, resetări, eșecuri și cine nu poate reseta
admin-reports-period = Ultimele zile: { $days }, începând cu { $since } (UTC).
admin-reports-chart = Diagrama tabelului de mai jos
admin-reports-by-day = Înregistrări, resetări și deblocări pe zile
admin-col-day = Ziua
admin-col-registrations = Înregistrări
admin-col-resets = Resetări
admin-col-unlocks = Deblocări
admin-col-user = Utilizator
admin-reports-funnel = Cât de departe au ajuns încercările de resetare
admin-reports-funnel-hint = Fiecare încercare începe cu un ID de utilizator. Acolo unde numerele scad, utilizatorii renunță.
admin-col-step = Pas
admin-col-attempts = Încercări
admin-funnel-started = Începute
admin-funnel-eligible = Cu permisiunea de a reseta
admin-funnel-verified-one = O metodă verificată
admin-funnel-verified-two = A doua metodă verificată
admin-funnel-password-set = Parolă nouă setată sau cont deblocat
admin-reports-failures = Eșecuri după motiv
admin-col-reason = Motiv
admin-col-count = Număr
admin-reports-none = Nimic în această perioadă.
admin-reports-methods = Metode folosite pentru resetare sau deblocare
admin-col-method = Metodă
admin-reports-cannot = Cine nu poate reseta
admin-reports-can = Utilizatori care își pot reseta parola acum: { $can } din { $users }.
admin-reports-short = { $count ->
    [one] Un utilizator nu își poate reseta parola din lipsă de metode:
    [few] { $count } utilizatori nu își pot reseta parola din lipsă de metode:
   *[other] { $count } de utilizatori nu își pot reseta parola din lipsă de metode:
}
# Problema 12: pagina de utilizatori a consolei (D1, D3).
admin-users-title = Utilizatori
admin-users-link = Căutați un utilizator: metodele, blocările și datele de contact ale acestuia
admin-users-lookup-label = ID de utilizator
admin-users-lookup = Căutare
admin-err-no-user = Nu există niciun utilizator cu acest ID în organizația dvs.
admin-err-protected = Acest utilizator este un administrator cu drepturi peste cele ale rolurilor dvs. Adresați-vă unui administrator global.
admin-err-contact = Introduceți o adresă de e-mail diferită de adresa proprie a utilizatorului, iar numerele de telefon sub forma +<prefixul țării> <număr>.
admin-user-status = Cont
admin-user-enabled = Activat
admin-user-disabled = Dezactivat
admin-user-locked = blocat în director
admin-user-password = Parolă
admin-user-cloud = Păstrată de acest portal
admin-user-onprem = Păstrată de directorul local
admin-user-groups = Grupuri
admin-user-roles = Roluri de administrator
admin-user-none = Niciunul
admin-user-methods = Metodele înregistrate
admin-user-reset = Resetarea parolei prin autoservire
admin-user-can-reset = Își poate reseta parola acum.
admin-user-cannot-reset = Nu poate reseta acum:
admin-reason-consumer = este un cont personal, pe care acest portal nu îl deservește.
admin-reason-unavailable = contul este dezactivat.
admin-reason-not-enabled = resetarea parolei prin autoservire nu este activată pentru grupurile utilizatorului.
admin-reason-not-registered = nu sunt înregistrate suficiente metode conform politicii.
admin-reason-admin-not-registered = un administrator are nevoie de două metode și are mai puține.
admin-reason-writeback-off = parola este păstrată local, iar scrierea înapoi este dezactivată.
admin-user-blocks = Blocări
admin-user-no-blocks = Nicio blocare acum.
admin-user-reset-blocked = Resetarea parolei blocată până la { $until } (prea multe coduri sau răspunsuri greșite)
admin-user-sends-blocked = Trimiterea codurilor blocată până la { $until } (prea multe trimise)
admin-user-signin-locked = Conectare blocată până la { $until } (prea multe parole greșite)
admin-user-clear = Eliminați blocările
admin-user-cleared = Blocările au fost eliminate.
admin-user-contact = Date de contact
admin-user-alternate-email = E-mail alternativ
admin-user-mobile = Telefon mobil
admin-user-office = Telefon de serviciu
admin-user-contact-hint = Numerele de telefon sub forma +<prefixul țării> <număr>. Lăsați un câmp gol pentru a-l goli.
admin-user-contact-save = Salvați datele de contact
admin-user-contact-saved = Datele de contact au fost salvate.
admin-user-protected = Acest utilizator este un administrator cu drepturi peste cele ale rolurilor dvs.: doar un administrator global îi poate modifica datele de contact sau blocările.

# Problema 12: codul de recuperare oferit de serviciul de asistență și notificările despre modificările făcute de un administrator.
admin-recovery-heading = Cod de recuperare
admin-recovery-intro = Pentru un utilizator care a pierdut toate metodele: un cod de unică folosință, valabil 8 ore, care îi permite să se conecteze o singură dată pentru a înregistra metode noi. Transmiteți-l personal sau într-un apel inițiat de dvs.; utilizatorul este anunțat la adresele sale de e-mail.
admin-recovery-issue = Emiteți un cod de recuperare
admin-recovery-issued = A fost emis un cod de recuperare. Este afișat o singură dată.
admin-recovery-code-is = Codul de recuperare:
admin-recovery-until = Codul de recuperare este valabil până la { $until }.
admin-recovery-hand-over = Citiți-l utilizatorului doar după ce v-ați asigurat de identitatea acestuia. Nu va mai fi afișat.
admin-recovery-done = Gata, ascundeți codul
recovery-link = Ați primit un cod de recuperare de la serviciul de asistență?
recovery-title = Conectare cu un cod de recuperare
recovery-intro = Dacă ați pierdut toate metodele, serviciul de asistență vă poate oferi un cod de recuperare de unică folosință. Conectați-vă cu acesta, apoi înregistrați metode noi pe pagina de informații de securitate.
recovery-code-label = Cod de recuperare
recovery-code-hint = 16 litere și cifre, de exemplu ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID-ul de utilizator sau codul de recuperare este incorect ori codul a fost deja folosit sau a expirat.
recovery-back = Conectați-vă cu parola în loc de cod
msg-recovery-issued-subject = A fost emis un cod de recuperare pentru contul dvs.
msg-recovery-issued-body = Un administrator a emis un cod de recuperare de unică folosință pentru { $user }. Dacă nu ați cerut unul serviciului de asistență, contactați imediat administratorul.
msg-recovery-used-subject = Cineva s-a conectat cu un cod de recuperare
msg-recovery-used-body = Contul { $user } a fost accesat cu un cod de recuperare pentru a înregistra informații de securitate noi. Dacă nu ați fost dvs., contactați imediat administratorul.
msg-contact-changed-subject = Datele dvs. de contact au fost modificate
msg-contact-changed-body = Un administrator a modificat datele de contact pentru { $user } (o adresă de e-mail sau un număr de telefon folosit pentru resetarea parolei). Dacă nu vă așteptați la acest lucru, contactați imediat administratorul.

# Problema 12: căutarea în jurnalul de audit al consolei (A1, W2).
admin-audit-title = Jurnal de audit
admin-audit-link = Căutați în jurnalul de audit și descărcați-l
admin-audit-user = ID de utilizator
admin-audit-from = De la (YYYY-MM-DD, UTC)
admin-audit-to = Până la (YYYY-MM-DD, UTC)
admin-audit-step = Pas
admin-audit-outcome = Rezultat
admin-audit-ip = Adresă IP
admin-audit-client = Tip de client
admin-audit-any = Oricare
admin-audit-search = Căutare
admin-audit-bad-date = Introduceți o dată sub forma YYYY-MM-DD, de exemplu 2026-11-05.
admin-audit-count = { $count ->
    [one] O intrare corespunde.
    [few] { $count } intrări corespund.
   *[other] { $count } de intrări corespund.
}
admin-audit-capped = Doar cele mai noi intrări sunt afișate și descărcate; restrângeți căutarea pentru a le vedea pe celelalte.
admin-audit-pages = Paginile rezultatului
admin-audit-newer = Intrări mai noi
admin-audit-older = Intrări mai vechi
admin-audit-export-json = Descărcați ca linii JSON

# Problema 12: pagina de operațiuni a consolei.
admin-ops-title = Operațiuni
admin-ops-link = Operațiuni: baza de date, directorul și coada de e-mail în acest moment
admin-ops-database = Bază de date
admin-ops-directory = Director local
admin-ops-no-directory = Neconfigurat
admin-ops-ok = Funcționează
admin-ops-down = Nu răspunde
admin-ops-on = Activat
admin-ops-off = Dezactivat
admin-ops-directory-error = Ultima defecțiune a directorului (30 de zile)
admin-ops-mail-waiting = Notificări care așteaptă să fie trimise
admin-ops-mail-oldest = Cea mai veche notificare așteaptă din
admin-ops-mail-sent = Notificări trimise
admin-ops-mail-failed = Notificări abandonate după reîncercări
admin-ops-hashing = Hash-uri de parole în așteptare pe acest nod
admin-ops-version = Versiune
admin-ops-hint = Verificat la deschiderea acestei pagini, de nodul care a servit-o. Numerele pentru e-mail se referă la întregul portal; /metrics conține restul.

# Problema 12: selectorul de grupuri din P1 și notificarea din M2 pentru utilizatorii care nu își mai pot reseta parola după o modificare.
admin-f-groups-other = Alte grupuri
admin-f-groups-none = Această organizație nu are încă grupuri în portal: tastați numele acestora.
admin-notify-stranded = Trimiteți un e-mail utilizatorilor care nu își vor mai putea reseta parola după această modificare, cerându-le să înregistreze mai multe metode
msg-register-needed-subject = Înregistrați mai multe informații de securitate
msg-register-needed-body = Organizația dvs. solicită acum mai multe informații de securitate înainte ca o parolă să poată fi resetată. Până nu vă conectați și nu adăugați metode pe pagina de informații de securitate, { $user } nu își va putea reseta parola fără să sune la serviciul de asistență.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Ultima sincronizare a directorului (sspr directory sync)
admin-ops-sync-counts = modificări scrise: { $changes }; valori refuzate: { $refused }; utilizatori fără organizație: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = O traducere se scrie pe o linie sub întrebarea ei, ca etichetă de limbă, două puncte și text (cum ar fi ja-JP: …), și trebuie să aibă între 1 și 200 de caractere.
admin-err-translation-first = Scrieți mai întâi întrebarea, apoi traducerile ei pe liniile de dedesubt.
admin-f-question-translations-hint = Pentru a afișa o întrebare în altă limbă, adăugați sub ea o linie cu eticheta de limbă, două puncte și traducerea, cum ar fi "ja-JP: 事務所の植物の名前は？". Utilizatorii pentru a căror limbă nu există traducere văd întrebarea așa cum a fost scrisă.
admin-f-recovery-code-resets = Un cod de recuperare de la serviciul de asistență poate și reseta o dată parola utilizatorului
admin-key-recovery-code-resets = coduri de recuperare care resetează parole
recovery-reset-hint = Dacă organizația dvs. permite, codul vă poate reseta în schimb parola o singură dată.
recovery-reset-button = Resetați-mi parola
recovery-no-reset = Organizația dvs. vă permite doar să vă conectați cu un cod de recuperare. Înregistrați aici metode noi; apoi vă puteți reseta parola cu ele.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Resetare începută
audit-step-choose = Resetare sau deblocare aleasă
audit-step-select = Metodă aleasă
audit-step-send-code = Cod trimis
audit-step-verify = Metodă verificată
audit-step-unlock = Cont deblocat
audit-step-reset = Parolă resetată
audit-step-password = Parolă nouă introdusă
audit-step-directory = Scriere înapoi în director
audit-step-notify = Notificare
audit-step-admin-request = Solicitare către administratori
audit-step-signin = Conectare
audit-step-signin-verify = Al doilea pas de conectare
audit-step-signout = Deconectare
audit-step-interrupt = Solicitare de înregistrare la conectare
audit-step-reconfirm = Informații de securitate reconfirmate
audit-step-register = Metodă înregistrată
audit-step-register-send-code = Cod de înregistrare trimis
audit-step-register-pairing = Aplicație de autentificare asociată
audit-step-register-verify = Cod de înregistrare verificat
audit-step-delete-method = Metodă ștearsă
audit-step-change-password = Parolă schimbată
audit-step-delivery = Confirmare de livrare
audit-step-policy-change = Politică modificată
audit-step-admin-clear-blocks = Blocări eliminate de un administrator
audit-step-admin-set-contact = Date de contact setate de un administrator
audit-step-admin-recovery-code = Cod de recuperare emis
audit-step-directory-sync = Sincronizarea directorului
audit-outcome-ok = Reușit
audit-outcome-fail = Eșuat
audit-outcome-blocked = Blocat
audit-outcome-error = Eroare
audit-outcome-rejected = Refuzat
audit-outcome-ineligible = Neeligibil
audit-outcome-dismissed = Amânat
audit-client-browser = Navigator web
audit-client-sign-in-screen = Ecran de conectare
audit-client-app = Aplicație

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Activat
admin-value-off = Dezactivat
admin-value-empty = (gol)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Ultima scriere înapoi a unei parole (sau deblocare a unui cont) în director

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Parolă resetată
done-title-unlock = Cont deblocat
admin-f-sign-in-url = Pagina de conectare a organizației dvs.
admin-f-sign-in-url-hint = Locul către care duce butonul de pe ultima pagină a unei resetări, cum ar fi https://login.contoso.com. Lăsați câmpul gol pentru a folosi pagina implicită a acestui portal.
policy-err-sign-in-url = Introduceți pagina de conectare ca adresă web care începe cu https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Întrebări de securitate predefinite pe care le pot alege utilizatorii
admin-key-predefined-questions = întrebări de securitate predefinite
policy-err-too-few-questions = Oferiți cel puțin atâtea întrebări de securitate (predefinite și proprii) câte trebuie să înregistreze utilizatorii.
