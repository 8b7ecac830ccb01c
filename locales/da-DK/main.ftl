# sspr, da-DK. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Selvbetjening til nulstilling af adgangskode
reset-title = Få adgang til din konto igen
skip-to-content = Gå til hovedindhold
lang-switch-label = Sprog
next = Næste
back-to-start = Start forfra
retry = Prøv igen
something-wrong = Noget gik galt. Prøv igen senere.
not-found = Denne side findes ikke.
working = Arbejder…

## Entry (E2)
entry-intro = Du gendanner din konto ved først at angive dit bruger-id og svaret på spørgsmålet nedenfor.
userid-label = Bruger-id
userid-hint = Eksempel: { $example }
captcha-legend = Bevis, at du ikke er en robot
captcha-nojs = Når du har valgt Næste, bliver din browser kontrolleret i et par sekunder ({ $seconds } eller mere). Du skal ikke gøre andet.
captcha-working = Din browser kontrolleres…
captcha-done = Færdig. Du kan fortsætte.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Kontakt din administrator
contact-reason-consumer = Personlige konti kan ikke bruge denne portal. Brug i stedet gendannelsesmulighederne hos din mailudbyder.
contact-reason-unavailable = Vi kan ikke nulstille denne konto her. Den findes muligvis ikke, eller den er deaktiveret.
contact-reason-not-enabled = Selvbetjening til nulstilling af adgangskode er ikke slået til for denne konto.
contact-reason-not-registered = Der er ikke registreret nok sikkerhedsoplysninger for denne konto til at nulstille adgangskoden.
contact-reason-admin-not-registered = Administratorkonti skal have to registrerede metoder (mail, mobiltelefon, arbejdstelefon eller godkendelsesapp) for at kunne nulstille en adgangskode.
contact-reason-writeback-off = Adgangskoden til denne konto administreres lokalt og kan ikke nulstilles her.
contact-also-intro = Det kan også ske, når:
contact-also-consumer = kontoen er en personlig konto hos en mailudbyder for privatpersoner
contact-also-unavailable = bruger-id'et er skrevet forkert, eller kontoen ikke findes eller er slået fra
contact-also-not-enabled = selvbetjening til nulstilling af adgangskode ikke er slået til for kontoen
contact-also-not-registered = der ikke er registreret nok sikkerhedsoplysninger for kontoen (hvis du kan logge på, viser siden med dine sikkerhedsoplysninger, hvad der mangler)
contact-also-admin-not-registered = en administratorkonto ikke har to registrerede metoder
contact-also-writeback-off = adgangskoden administreres af din organisations eget katalog
contact-helpdesk-link = Kontakt din helpdesk
contact-helpdesk-email = Send en mail til din helpdesk: { $email }
contact-no-helpdesk = Bed din organisations administrator om hjælp.
contact-request-button = Bed mine administratorer om at nulstille min adgangskode
contact-request-sent = Din anmodning er sendt til dine administratorer.

## Trouble choice
choose-title = Hvorfor har du problemer med at logge på?
choose-forgot = Jeg har glemt min adgangskode
choose-forgot-hint = Bare rolig, vi hjælper dig med at nulstille den ved hjælp af de sikkerhedsoplysninger, du har registreret.
choose-unlock = Jeg kender min adgangskode, men kan stadig ikke logge på
choose-unlock-hint = Det kan ske, hvis du har forsøgt at logge på med en forkert adgangskode for mange gange.

## Verification (V1..V6)
verify-title = Bekræft din identitet
verify-step = Bekræftelsestrin { $current } af { $required }
verify-pick = Vælg den kontaktmetode, vi skal bruge til bekræftelsen:
verify-passed = Bekræftet
option-email = Send en mail til min alternative adresse { $masked }
option-sms = Send en sms til min mobiltelefon { $masked }
option-voice = Ring til min mobiltelefon { $masked }
option-office = Ring til min arbejdstelefon { $masked }
option-app = Angiv en kode fra min godkendelsesapp
option-software_oath = Angiv en kode fra mit softwaretoken
option-hardware_oath = Angiv en kode fra mit hardwaretoken
option-questions = Besvar mine sikkerhedsspørgsmål
pending-email = Vi har sendt en mail med en bekræftelseskode til { $masked }.
pending-sms = Vi har sendt en sms med en bekræftelseskode til { $masked }.
pending-voice = Vi ringer til { $masked }. Lyt efter bekræftelseskoden.
pending-totp = Angiv den kode, der vises i din app eller på dit token.
code-label = Bekræftelseskode
questions-legend = Besvar dine sikkerhedsspørgsmål
verify-button = Bekræft

## New password (N1, N2)
password-title = Vælg en ny adgangskode
password-label = Ny adgangskode
confirm-label = Bekræft ny adgangskode
password-rules = Din adgangskode skal:
pw-rule-length = være på mindst { $min } tegn
pw-rule-max-length = være på højst { $max } tegn
pw-rule-classes = indeholde tre af følgende: små bogstaver, store bogstaver, tal, symboler
pw-rule-banned = ikke være en almindeligt brugt eller forbudt adgangskode
pw-rule-name = ikke indeholde dit navn
pw-rule-match = stemme overens med bekræftelsen
pw-rule-classes-ad = indeholde tre af følgende: små bogstaver, store bogstaver, tal, symboler, bogstaver uden store og små varianter (f.eks. kana)
pw-rule-name-ad = ikke indeholde dit kontonavn eller en del af dit navn på 3 tegn eller mere
pw-dir-heading = Når du sender den, kontrollerer din organisations katalog også, at den:
pw-dir-history = { $n ->
    [one] ikke er din nuværende adgangskode
   *[other] ikke er en af dine seneste { $n } adgangskoder
}
pw-dir-min-age = { $n ->
    [one] ændres tidligst en dag efter din seneste ændring af adgangskoden
   *[other] ændres tidligst { $n } dage efter din seneste ændring af adgangskoden
}
pw-dir-module = overholder din organisations øvrige kvalitetsregler
pw-rule-ok = opfyldt
pw-rule-not-ok = ikke opfyldt
finish = Udfør

## Done
done-reset = Din adgangskode er nulstillet.
done-unlock = Din konto er låst op.
done-sign-in = Log på med din konto

## Errors (flows)
err-no-flow = Din session er udløbet. Start forfra.
err-captcha = Kontrollen af, at du ikke er en robot, er udløbet eller er allerede brugt. Prøv igen.
err-wrong-step = Det trin er ikke længere tilgængeligt. Fortsæt herfra.
err-unknown-option = Vælg en af de viste metoder.
err-code-wrong = Koden virkede ikke. Kontrollér den, og prøv igen.
err-code-expired = Koden er udløbet. Send en ny.
err-code-used = Koden er allerede brugt. Fortsæt herfra.
err-blocked = Du har prøvet for mange gange. Prøv igen efter { $until }.
err-email-limit = Vi har sendt for mange koder. Prøv igen efter { $until }, eller brug en anden metode.
err-answers-wrong = Et eller flere svar var forkerte. Her er nogle nye spørgsmål.
err-password = Adgangskoden opfylder ikke kravene nedenfor.
err-delivery = Vi kunne ikke sende beskeden lige nu. Prøv igen senere, eller brug en anden metode.
err-admin-request-limit = Du har allerede sendt flere anmodninger. Dine administratorer vender tilbage til dig.
err-internal = Noget gik galt. Prøv igen senere.
userid-err-empty = Angiv dit bruger-id.
userid-err-shape = Angiv dit bruger-id som navn@domæne, f.eks. { $example }.
userid-err-too-long = Det bruger-id er for langt.

## Messages (email, SMS, voice)
msg-code-subject = Bekræftelseskode til din { $org }-konto
msg-code-email = Brug følgende kode til at bekræfte din konto: { $code }. Den udløber om { $minutes } minutter. Hvis du ikke har bedt om den, kan du se bort fra denne mail.
msg-code-sms = Brug bekræftelseskoden { $code } til nulstilling af din adgangskode hos { $org }.
msg-code-voice = Din bekræftelseskode er { $code }. Jeg gentager: Din kode er { $code }.
msg-reset-subject = Din adgangskode er nulstillet
msg-reset-body = Adgangskoden til { $user } er netop blevet nulstillet via selvbetjening til nulstilling af adgangskode. Hvis det ikke var dig, skal du straks kontakte din administrator.
msg-method-added-subject = Sikkerhedsoplysninger er føjet til din konto
msg-method-added-body = "{ $method }" er føjet til sikkerhedsoplysningerne for { $user }. Hvis det ikke var dig, skal du logge på, fjerne den, ændre din adgangskode og kontakte din administrator.
msg-method-removed-subject = Sikkerhedsoplysninger er fjernet fra din konto
msg-method-removed-body = "{ $method }" er fjernet fra sikkerhedsoplysningerne for { $user }. Hvis det ikke var dig, skal du logge på, kontrollere dine sikkerhedsoplysninger, ændre din adgangskode og kontakte din administrator.
msg-admin-reset-subject = En administrator har nulstillet sin adgangskode
msg-admin-reset-body = Administratoren { $user } har nulstillet sin egen adgangskode via selvbetjening til nulstilling af adgangskode.
msg-admin-request-subject = Anmodning om nulstilling af adgangskode
msg-admin-request-body = { $user } kan ikke selv nulstille sin adgangskode via selvbetjening og beder en administrator om hjælp.

## Dev outbox (demo mode only)
outbox-title = Udbakke (demo)
outbox-intro = Demotilstand: Beskeder, som portalen har sendt, skrives her i stedet for at blive leveret. Nyeste først.
outbox-empty = Ingen beskeder endnu.
outbox-to = Til
demo-outbox-link = Demotilstand: Læs beskeden i udbakken (åbnes i en ny fane)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Vælg mindst én gruppe til omfanget "Valgte grupper".
policy-err-methods-required = Antallet af påkrævede metoder skal være 1 eller 2.
policy-err-too-few-methods = Aktivér mindst lige så mange metoder, som der kræves.
policy-err-office-phone-paid = Arbejdstelefonen er kun tilgængelig for betalende lejere.
policy-err-questions-register = Brugerne skal registrere mellem 3 og 5 sikkerhedsspørgsmål.
policy-err-questions-ask = Der skal stilles mellem 3 og 5 sikkerhedsspørgsmål.
policy-err-questions-ask-exceeds = Du kan ikke stille flere spørgsmål, end brugerne registrerer.
policy-err-reconfirm-days = Genbekræftelse skal være mellem 0 og 730 dage.
policy-err-app-needs-more = Når mobilappen er aktiveret, skal du aktivere tilstrækkeligt mange andre metoder ud over den.
policy-err-app-notification-alone = Når én metode er påkrævet, tæller appmeddelelsen ikke alene.
policy-err-password-length = Adgangskodens længde skal være mellem 8 og 256 tegn.
policy-err-banned-terms = Højst 1000 brugerdefinerede forbudte ord.
policy-err-sms-sender = Sms-afsenderen skal være et navn på op til 11 bogstaver og tal eller et telefonnummer som f.eks. +15017122661.
phone-err-country-code = Start nummeret med + og landekoden.
phone-err-characters = Brug kun tal, mellemrum og bindestreger.
phone-err-length = Nummeret er for kort eller for langt.
policy-err-custom-question = Brugerdefinerede sikkerhedsspørgsmål skal være på 1 til 200 tegn og alle forskellige.
policy-err-brand-accent = Brandfarven skal skrives som #rrggbb og være mørk nok til hvid tekst (kontrast på mindst 4,5:1).
policy-err-brand-logo = Logoet skal være en fil på denne portal (f.eks. /brand/logo.svg) eller et integreret billede.
policy-err-sign-in-domain = Logondomænet skal være et domænenavn, f.eks. contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Log på for at administrere dine sikkerhedsoplysninger
signin-title = Log på
signin-intro = Log på for at se og opdatere dine sikkerhedsoplysninger eller ændre din adgangskode.
signin-password-label = Adgangskode
signin-button = Log på
signin-cant-access = Kan du ikke få adgang til din konto?
signin-signed-out = Du er logget af.
signout-button = Log af
account-title = Min konto
account-signed-in-as = Logget på som { $name } ({ $upn })
account-reset-attempts = Nogen har forsøgt at nulstille din adgangskode og har ikke bestået bekræftelsen { $count ->
    [one] én gang
   *[other] { $count } gange
}, senest { $when }. Hvis det ikke var dig, er din adgangskode uændret. Sørg for, at dine sikkerhedsoplysninger tilhører dig, og giv din administrator besked.
account-cannot-reset = Du kan endnu ikke selv nulstille din adgangskode.
account-security-info = Sikkerhedsoplysninger
account-change-password = Skift adgangskode
err-no-session = Du er ikke logget på, eller din session er afsluttet. Log på igen.
err-credentials = Dit bruger-id eller din adgangskode er forkert.
err-locked-out = Din konto er midlertidigt låst for at forhindre uautoriseret brug. Prøv igen efter { $until }.
err-account-locked = Din konto er låst. Brug "Kan du ikke få adgang til din konto?" for at låse den op.
err-not-allowed = Den metode kan ikke bruges til din konto.
err-current-password = Din nuværende adgangskode er forkert.
err-on-premises = Din adgangskode administreres af din organisations katalog. Skift den der.
err-too-many = Der har været for mange forsøg fra dit netværk. Prøv igen efter { $until }.
err-resend-wait = Vi har lige sendt dig en kode på denne måde. Vent til { $until }, før du beder om en ny, eller brug en anden metode.
err-messages-paused = Vi kan ikke sende flere koder lige nu. Prøv igen efter { $until }, eller brug en metode, der ikke kræver en besked, f.eks. en godkendelsesapp eller sikkerhedsspørgsmål.
err-phone-country = Din organisation sender ikke koder til telefonnumre i dette land. Brug et andet nummer eller en anden metode.
err-busy = Tjenesten er optaget lige nu. Vent et øjeblik, og prøv igen.
cancel = Annuller
save = Gem

## Security info (G2..G7, C1)
setup-title = Sikkerhedsoplysninger
setup-intro = Det er de metoder, du bruger til at bevise, hvem du er, når du nulstiller din adgangskode.
setup-progress-ok = Du kan nulstille din adgangskode: { $have } af { $required } påkrævede metoder er konfigureret.
setup-progress-short = { $have } af { $required } påkrævede metoder er konfigureret. Tilføj flere for at kunne nulstille din adgangskode.
setup-methods-heading = Dine metoder
setup-none = Du har ikke konfigureret nogen metoder endnu.
setup-add-heading = Tilføj en metode
setup-change = Skift
setup-change-label = Skift { $what }
setup-delete = Slet
setup-delete-label = Slet { $what }
setup-from-directory = (fra din organisations katalog)
setup-done-added = Din metode er tilføjet.
setup-done-deleted = Metoden er slettet.
setup-back = Tilbage til sikkerhedsoplysninger
setup-not-available = Denne metode er ikke tilgængelig for din konto.
method-app = Godkendelsesapp
method-software = OATH-softwaretoken
method-hardware = Hardwaretoken
method-phone = Telefon
method-office = Arbejdstelefon
method-email = Mail
method-questions = Sikkerhedsspørgsmål
method-questions-detail = { $count } spørgsmål
add-app = Tilføj en godkendelsesapp
add-software = Tilføj et OATH-softwaretoken
add-hardware = Aktivér et hardwaretoken
add-phone = Tilføj eller skift din telefon
add-office = Tilføj eller skift din arbejdstelefon
add-email = Tilføj eller skift din mailadresse
add-questions = Konfigurer sikkerhedsspørgsmål
setup-email-label = Mailadresse
setup-email-hint = Brug en anden adresse end den til din arbejdskonto. Vi sender en kode til den.
setup-phone-label = Telefonnummer
setup-office-label = Telefonnummer på arbejdet
setup-phone-hint = Medtag + og landekoden, f.eks. +45 20 12 34 56.
setup-phone-channel = Hvordan skal vi sende koden?
setup-phone-sms = Send mig en kode via sms
setup-phone-voice = Ring til mig
setup-app-intro = Installer en godkendelsesapp på din telefon, og vælg derefter Næste for at se den QR-kode, du skal scanne.
setup-software-intro = Vælg Næste for at få den hemmelige nøgle til dit softwaretoken.
setup-app-step-scan = Scan QR-koden med din app, eller angiv den hemmelige nøgle nedenfor.
setup-app-step-code = Angiv den sekscifrede kode, som appen viser.
setup-app-qr-alt = QR-kode til din godkendelsesapp
setup-app-secret = Hemmelig nøgle:
setup-hardware-intro = Vælg det serienummer, der er trykt på dit token, og angiv den kode, det viser.
setup-hardware-serial = Serienummer
setup-questions-intro = Vælg { $count } forskellige spørgsmål, og besvar hvert af dem (3 til 40 tegn, ingen ens svar).
setup-question-label = Spørgsmål { $n }
setup-answer-label = Svar { $n }
setup-err-email-shape = Angiv en mailadresse, f.eks. someone@example.com.
setup-err-email-same = Brug en anden adresse end den til din arbejdskonto.
setup-err-phone = Telefonnummeret ser ikke rigtigt ud.
setup-err-questions = Dine sikkerhedsspørgsmål blev ikke gemt.
setup-err-questions-count = Besvar alle spørgsmål.
setup-err-questions-unknown = Vælg spørgsmål på listen.
setup-err-questions-duplicate = Vælg et andet spørgsmål i hvert felt.
setup-err-answer-length = Svar skal være på 3 til 40 tegn.
setup-err-answer-duplicate = Giv et forskelligt svar på hvert spørgsmål.
setup-err-too-many-apps = Du har allerede det maksimale antal godkendelsesapps. Slet en først.
setup-err-token-unknown = Det token er ikke tildelt dig, eller det er allerede aktivt.
protect-title = Hjælp os med at beskytte din konto
protect-intro = Din organisation har brug for flere oplysninger for at holde din konto sikker og lade dig nulstille din adgangskode selv.
protect-skip = Spring over indtil videre
confirm-title = Er dine sikkerhedsoplysninger stadig korrekte?
confirm-intro = Kontrollér de metoder, du bruger til at nulstille din adgangskode. Bekræft dem, eller rediger dem, hvis noget er ændret.
confirm-looks-good = Det ser fint ud
confirm-edit = Rediger dine sikkerhedsoplysninger
confirm-done = Tak! Dine sikkerhedsoplysninger er bekræftet.
change-title = Skift adgangskode
change-current-label = Nuværende adgangskode
change-button = Skift adgangskode
change-done = Din adgangskode er ændret.

## Security questions (G6, predefined list)
sq-first-pet = Hvad hed dit første kæledyr?
sq-birth-city = I hvilken by blev du født?
sq-first-school = Hvad hed din første skole?
sq-childhood-friend = Hvad er fornavnet på din bedste barndomsven?
sq-first-job-city = I hvilken by havde du dit første job?
sq-grandparent-name = Hvad er fornavnet på din ældste bedsteforælder?
sq-first-concert = Hvad var den første koncert, du var til?
sq-childhood-street = På hvilken vej boede du som barn?
sq-favourite-teacher = Hvad var efternavnet på din yndlingslærer?
sq-first-car = Hvilket mærke og hvilken model var din første bil?

## Notifications on a paired device (V4)
option-push = Godkend en meddelelse på min enhed
pending-push = Vi har sendt en meddelelse til din enhed. Åbn den, og angiv dette nummer:
pending-push-then = Vælg derefter Fortsæt her.
push-continue = Fortsæt
err-push-pending = Meddelelsen er ikke besvaret endnu. Besvar den på din enhed, og vælg derefter Fortsæt.
err-push-denied = Meddelelsen blev afvist, eller nummeret stemte ikke overens. Vælg en metode for at prøve igen.
method-notification = Meddelelser på min enhed
add-notification = Tilføj en enhed til meddelelser
setup-device-intro = Brug din telefon som en enhed, der godkender anmodninger: Vælg Næste for at få en parringskode.
setup-device-step-open = Åbn enhedssiden på din telefon:
setup-device-link = åbn enhedssiden
setup-device-step-code = Angiv denne parringskode der:
setup-device-then = Når enhedssiden viser, at den er parret, skal du vende tilbage hertil.
setup-device-done = Færdig
device-title = Din enhed
device-intro = På denne side godkender du anmodninger om logon og nulstilling af adgangskode for din konto. Føj den til din startskærm, så du har den ved hånden.
device-paired = Denne enhed er parret. Søg efter anmodninger, når du bliver bedt om at godkende en.
device-pair-failed = Parringskoden virkede ikke. Hent en ny under dine sikkerhedsoplysninger.
device-approved = Godkendt. Du kan gå tilbage til den anden skærm.
device-denied = Afvist. Intet blev godkendt.
device-no-request = Der er ingen ventende anmodning.
device-request = %org% beder dig bekræfte, at det er dig (%upn%).
device-request-title = Vil du godkende denne anmodning?
device-pair-code = Parringskode
device-name = Navn på denne enhed
device-name-default = Min telefon
device-pair-button = Par denne enhed
device-check = Søg efter anmodninger
device-number = Nummer, der vises på den anden skærm
device-approve = Godkend
device-deny = Afvis
device-needs-js = Denne side kræver JavaScript for at gemme sin nøgle og signere godkendelser.

## Sign-in, second step (G1)
check-title = Bekræft din identitet
check-intro = Din konto har sikkerhedsoplysninger, så vi skal foretage en ekstra kontrol, før du kan se eller ændre dem.

## The on-premises directory (P10, P11)
err-directory-policy = Din organisations katalog accepterede ikke denne adgangskode. Du har måske brugt den før, eller den overtræder en af katalogets egne regler. Prøv en anden.
err-directory = Vi kunne ikke få forbindelse til din organisations katalog. Intet er ændret. Prøv igen om lidt.

## Issue 10: a form post with a field missing
err-form-incomplete = Formularen blev modtaget ufuldstændig. Udfyld alle felter, og prøv igen.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Status
progress-step = Trin { $current } af { $total }
step-userid = Bruger-id
step-verify = Bekræftelse
step-password = Ny adgangskode
step-done = Færdig
resend-code = Send koden igen
resend-in = Du kan bede om en ny kode om { $seconds ->
    [one] ét sekund
   *[other] { $seconds } sekunder
}.
helpdesk-contact = Brug for hjælp? Kontakt din helpdesk: { $contact }
brand-logo-alt = { $org }
setup-add-method = Tilføj metode
setup-delete-title = Vil du slette denne metode?
setup-delete-confirm = "{ $what }" fjernes fra dine sikkerhedsoplysninger.
setup-delete-last-warning = Du skal bruge denne metode til at nulstille din adgangskode. Uden den kan du ikke selv nulstille din adgangskode, før du tilføjer en anden metode.
setup-delete-confirm-button = Ja, slet den
setup-app-open-link = Åbn i en godkendelsesapp på denne telefon
setup-app-secret-grouped = Hemmelig nøgle i grupper af fire:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year } kl. { $hour }.{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Opgave 12: administratorkonsollen. Sidetitlerne følger Entras sider til nulstilling af adgangskode.
account-admin-console = Administratorkonsol
admin-title = Administratorkonsol
admin-sign-in = Log på med din administratorkonto for at åbne konsollen.
admin-not-admin = Denne konsol er til administratorer. Din konto har ingen administratorrolle.
admin-second-step = Konsollen kræver et ekstra trin ved logon. Tilføj en telefon eller en godkendelsesapp til dine sikkerhedsoplysninger, og log derefter af og på igen.
admin-go-setup = Gå til dine sikkerhedsoplysninger
admin-go-account = Tilbage til min konto
admin-back = Tilbage til konsollen
admin-tenant = Organisation: { $name }
admin-signed-in-as = Logget på som { $name } med rollerne: { $roles }
admin-policy-heading = Politik for nulstilling af adgangskode
admin-readonly = Dine roller giver dig lov til at hjælpe brugere, men ikke til at ændre politikken for nulstilling af adgangskode. En global administrator eller en administrator af godkendelsespolitikker kan ændre den.
admin-draft-pending = En ændring af "{ $page }" venter på, at du gennemgår den.
admin-draft-open = Åbn ændringen
admin-draft-elsewhere = En ændring af "{ $page }" venter på at blive gennemgået. Hvis du gennemgår denne side, bliver den erstattet.
admin-saved = Gemt som ændring { $id }.
admin-discarded = Ændringen blev kasseret. Intet blev gemt.
admin-blade-properties = Egenskaber
admin-blade-methods = Godkendelsesmetoder
admin-blade-registration = Registrering
admin-blade-notifications = Meddelelser
admin-blade-customization = Tilpasning
admin-blade-on-premises = Integration i det lokale miljø
admin-blade-administrators = Administratorpolitik
admin-f-scope = Selvbetjening til nulstilling af adgangskode er aktiveret for
admin-scope-none = Ingen
admin-scope-selected = Valgte grupper
admin-scope-all = Alle brugere
admin-f-groups = Grupper
admin-f-groups-hint = Markér de grupper, som selvbetjening til nulstilling af adgangskode er aktiveret for, eller skriv andre gruppenavne adskilt af kommaer. Bruges, når "Valgte grupper" er valgt.
admin-f-methods-required = Antal metoder, der kræves for at nulstille
admin-f-methods-required-hint = 1 eller 2.
admin-f-methods = Metoder, der er tilgængelige for brugerne
admin-f-questions-to-register = Antal sikkerhedsspørgsmål, der kræves for at registrere
admin-f-questions-to-ask = Antal sikkerhedsspørgsmål, der kræves for at nulstille
admin-f-custom-questions = Din organisations egne sikkerhedsspørgsmål
admin-f-custom-questions-hint = Ét spørgsmål pr. linje, som tilbydes ved siden af de foruddefinerede.
admin-f-require-registration = Kræv, at brugerne registrerer sig, når de logger på
admin-f-reconfirm-days = Antal dage, før brugerne bliver bedt om at bekræfte deres godkendelsesoplysninger igen
admin-f-reconfirm-days-hint = 0 til 730; ved 0 spørges der aldrig.
admin-f-notify-users = Giv brugerne besked ved nulstilling af adgangskode
admin-f-notify-admins = Giv alle administratorer besked, når andre administratorer nulstiller deres adgangskode
admin-f-helpdesk = Link til helpdesk
admin-f-helpdesk-hint = En mailadresse eller en webadresse, der starter med https://. Lad feltet være tomt for ikke at vise noget link.
admin-f-logo = Firmalogo
admin-f-logo-hint = En fil på denne portal, f.eks. /brand/logo.svg. Lad feltet være tomt for kun at vise navnet.
admin-f-accent = Accentfarve
admin-f-accent-hint = Skrives som #rrggbb og skal være mørk nok til hvid tekst.
admin-f-sign-in-domain = Domæne i logontippet
admin-f-sign-in-domain-hint = Vises i eksemplet på et bruger-id, f.eks. contoso.com.
admin-f-writeback = Tilbageskriv adgangskoder til dit lokale katalog
admin-f-allow-unlock = Tillad, at brugerne låser konti op uden at nulstille deres adgangskode
admin-f-admin-sspr = Tillad, at administratorer nulstiller deres egen adgangskode
admin-f-admin-sspr-hint = Administratorer skal altid have to metoder: en mail eller en telefon og én mere.
admin-review-button = Gennemse ændringen
admin-errors-heading = Denne ændring kan ikke gemmes:
admin-live-ok = Denne ændring kan gemmes.
admin-err-number = Angiv et heltal.
admin-err-helpdesk = Angiv en mailadresse eller en webadresse, der starter med https://.
admin-err-forbidden = Dine roller giver ikke lov til at ændre politikken for nulstilling af adgangskode.
admin-err-no-draft = Der er ingen ændring, der venter på at blive gennemgået.
admin-err-no-change = Den ændring findes ikke i historikken.
admin-err-refused = Denne ændring bryder en af politikkens regler. Rediger den, og gennemse den igen.
admin-review-title = Gennemse ændringen
admin-review-page = Side: { $page }
admin-changes = Ændrer: { $keys }
admin-no-change = Dette ændrer ingenting.
admin-impact-heading = Hvem kan nulstille deres adgangskode
admin-impact-summary = { $before } af { $users } brugere kan nulstille deres adgangskode nu; efter denne ændring vil { $after } kunne.
admin-stranded-none = Ingen mister muligheden for at nulstille deres adgangskode.
admin-stranded = { $count ->
    [one] Én bruger kunne nulstille sin adgangskode før, men kan ikke efter ændringen:
   *[other] { $count } brugere kunne nulstille deres adgangskode før, men kan ikke efter ændringen:
}
admin-stranded-hint = Bed dem om at registrere flere metoder på deres side med sikkerhedsoplysninger, før du gemmer, ellers må de ringe til helpdesk.
admin-gained = { $count ->
    [one] Én bruger kunne ikke nulstille sin adgangskode før, men kan efter ændringen:
   *[other] { $count } brugere kunne ikke nulstille deres adgangskode før, men kan efter ændringen:
}
admin-export-csv = Download listen (CSV)
admin-save = Gem
admin-discard = Kassér
admin-edit-again = Rediger igen
admin-history-title = Ændringshistorik
admin-history-empty = Der er endnu ikke gemt nogen ændringer.
admin-history-change = Ændring
admin-history-when = Hvornår
admin-history-who = Ændret af
admin-history-what = Ændrede indstillinger
admin-revert = Fortryd
admin-revert-label = Fortryd ændring { $id }
admin-reverts = fortryder ændring { $id }
admin-reverted = Ændring { $id } blev fortrudt. De indstillinger, den erstattede, er tilbage.
admin-key-scope = hvem der må nulstille
admin-key-admin-sspr = nulstilling for administratorer
admin-key-methods-required = påkrævede metoder
admin-key-methods = tilgængelige metoder
admin-key-questions-to-register = spørgsmål ved registrering
admin-key-questions-to-ask = spørgsmål ved nulstilling
admin-key-custom-questions = egne sikkerhedsspørgsmål
admin-key-require-registration = påkrævet registrering
admin-key-reconfirm-days = dage før genbekræftelse
admin-key-notify-users = meddelelser til brugere
admin-key-notify-admins = meddelelser til administratorer
admin-key-helpdesk = link til helpdesk
admin-key-branding = virksomhedsbranding
admin-key-writeback = tilbageskrivning af adgangskoder
admin-key-allow-unlock = oplåsning af konti
admin-key-password = adgangskoderegler
admin-key-phone-countries = lande for telefonnumre
admin-key-sms-sender = SMS-afsender

# Opgave 12: konsollens rapporter (A2).
admin-reports-title = Rapporter
admin-reports-link = Registreringer, nulstillinger, fejl og hvem der ikke kan nulstille
admin-reports-period = De seneste { $days } dage, fra { $since } (UTC).
admin-reports-chart = Diagram over tabellen nedenfor
admin-reports-by-day = Registreringer, nulstillinger og oplåsninger pr. dag
admin-col-day = Dag
admin-col-registrations = Registreringer
admin-col-resets = Nulstillinger
admin-col-unlocks = Oplåsninger
admin-col-user = Bruger
admin-reports-funnel = Hvor langt forsøgene på nulstilling nåede
admin-reports-funnel-hint = Hvert forsøg begynder med et bruger-id. Der, hvor tallene falder, giver brugerne op.
admin-col-step = Trin
admin-col-attempts = Forsøg
admin-funnel-started = Påbegyndt
admin-funnel-eligible = Må nulstille
admin-funnel-verified-one = Bekræftede én metode
admin-funnel-verified-two = Bekræftede en metode mere
admin-funnel-password-set = Ny adgangskode angivet eller konto låst op
admin-reports-failures = Fejl efter årsag
admin-col-reason = Årsag
admin-col-count = Antal
admin-reports-none = Intet i denne periode.
admin-reports-methods = Metoder brugt til nulstilling eller oplåsning
admin-col-method = Metode
admin-reports-cannot = Hvem kan ikke nulstille
admin-reports-can = { $can } af { $users } brugere kan nulstille deres adgangskode nu.
admin-reports-short = { $count ->
    [one] Én bruger kan ikke nulstille, fordi der mangler metoder:
   *[other] { $count } brugere kan ikke nulstille, fordi der mangler metoder:
}
# Opgave 12: konsollens brugerside (D1, D3).
admin-users-title = Brugere
admin-users-link = Slå en bruger op: metoder, blokeringer og kontaktoplysninger
admin-users-lookup-label = Bruger-id
admin-users-lookup = Slå op
admin-err-no-user = Der er ingen bruger med det id i din organisation.
admin-err-protected = Denne bruger er en administrator, som dine roller ikke rækker til. Bed en global administrator om hjælp.
admin-err-contact = Angiv en anden mailadresse end brugerens egen, og telefonnumre som +<landekode> <nummer>.
admin-user-status = Konto
admin-user-enabled = Aktiveret
admin-user-disabled = Deaktiveret
admin-user-locked = låst i kataloget
admin-user-password = Adgangskode
admin-user-cloud = Administreres af denne portal
admin-user-onprem = Administreres af det lokale katalog
admin-user-groups = Grupper
admin-user-roles = Administratorroller
admin-user-none = Ingen
admin-user-methods = Brugerens metoder
admin-user-reset = Selvbetjening til nulstilling af adgangskode
admin-user-can-reset = Kan nulstille sin adgangskode nu.
admin-user-cannot-reset = Kan ikke nulstille nu:
admin-reason-consumer = en personlig konto, som denne portal ikke betjener.
admin-reason-unavailable = kontoen er deaktiveret.
admin-reason-not-enabled = selvbetjening til nulstilling af adgangskode er ikke aktiveret for brugerens grupper.
admin-reason-not-registered = der er ikke registreret nok metoder til politikken.
admin-reason-admin-not-registered = en administrator skal have to metoder og har færre.
admin-reason-writeback-off = adgangskoden administreres lokalt, og tilbageskrivning er slået fra.
admin-user-blocks = Blokeringer
admin-user-no-blocks = Ingen blokeringer lige nu.
admin-user-reset-blocked = Nulstilling af adgangskode blokeret indtil { $until } (for mange forkerte koder eller svar)
admin-user-sends-blocked = Koder blokeret indtil { $until } (for mange sendt)
admin-user-signin-locked = Logon låst indtil { $until } (for mange forkerte adgangskoder)
admin-user-clear = Ryd blokeringer
admin-user-cleared = Blokeringerne blev ryddet.
admin-user-contact = Kontaktoplysninger
admin-user-alternate-email = Alternativ mail
admin-user-mobile = Mobiltelefon
admin-user-office = Arbejdstelefon
admin-user-contact-hint = Telefonnumre som +<landekode> <nummer>. Lad et felt være tomt for at rydde det.
admin-user-contact-save = Gem kontaktoplysninger
admin-user-contact-saved = Kontaktoplysningerne blev gemt.
admin-user-protected = Denne bruger er en administrator, som dine roller ikke rækker til: Kun en global administrator kan ændre brugerens kontaktoplysninger eller blokeringer.

# Opgave 12: helpdeskens gendannelseskode og meddelelser om, hvad en administrator har ændret.
admin-recovery-heading = Gendannelseskode
admin-recovery-intro = Til en bruger, der har mistet alle sine metoder: en engangskode, der er gyldig i 8 timer, og som lader brugeren logge på én gang for at registrere nye metoder. Giv den videre personligt eller under et opkald, som du selv har foretaget; brugeren får besked på sine mailadresser.
admin-recovery-issue = Udsted en gendannelseskode
admin-recovery-issued = Der er udstedt en gendannelseskode. Den vises kun én gang.
admin-recovery-code-is = Gendannelseskoden:
admin-recovery-until = En gendannelseskode er gyldig indtil { $until }.
admin-recovery-hand-over = Læs den kun op for brugeren, når du er sikker på, hvem det er. Den vises ikke igen.
admin-recovery-done = Færdig, skjul koden
recovery-link = Har du fået en gendannelseskode fra din helpdesk?
recovery-title = Log på med en gendannelseskode
recovery-intro = Hvis du har mistet alle dine metoder, kan din helpdesk give dig en gendannelseskode til engangsbrug. Log på med den, og registrer derefter nye metoder på siden med dine sikkerhedsoplysninger.
recovery-code-label = Gendannelseskode
recovery-code-hint = 16 bogstaver og cifre, f.eks. ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Dit bruger-id eller din gendannelseskode er forkert, eller koden er brugt eller udløbet.
recovery-back = Log på med din adgangskode i stedet
msg-recovery-issued-subject = Der er udstedt en gendannelseskode til din konto
msg-recovery-issued-body = En administrator har udstedt en gendannelseskode til engangsbrug for { $user }. Hvis du ikke har bedt din helpdesk om en, skal du straks kontakte din administrator.
msg-recovery-used-subject = Nogen har logget på med en gendannelseskode
msg-recovery-used-body = { $user } blev logget på med en gendannelseskode for at registrere nye sikkerhedsoplysninger. Hvis det ikke var dig, skal du straks kontakte din administrator.
msg-contact-changed-subject = Dine kontaktoplysninger er ændret
msg-contact-changed-body = En administrator har ændret kontaktoplysningerne for { $user } (en mailadresse eller et telefonnummer, der bruges til at nulstille adgangskoden). Hvis du ikke havde ventet det, skal du straks kontakte din administrator.

# Opgave 12: konsollens søgning i overvågningsloggen (A1, W2).
admin-audit-title = Overvågningslog
admin-audit-link = Søg i overvågningsloggen, og download den
admin-audit-user = Bruger-id
admin-audit-from = Fra (YYYY-MM-DD, UTC)
admin-audit-to = Til (YYYY-MM-DD, UTC)
admin-audit-step = Trin
admin-audit-outcome = Resultat
admin-audit-ip = IP-adresse
admin-audit-client = Klienttype
admin-audit-any = Alle
admin-audit-search = Søg
admin-audit-bad-date = Angiv en dato som YYYY-MM-DD, f.eks. 2026-11-05.
admin-audit-count = { $count ->
    [one] Én post passer til søgningen.
   *[other] { $count } poster passer til søgningen.
}
admin-audit-capped = Kun de nyeste vises og downloades; indsnævr søgningen for at se resten.
admin-audit-pages = Sider i resultatet
admin-audit-newer = Nyere poster
admin-audit-older = Ældre poster
admin-audit-export-json = Download som JSON-linjer

# Opgave 12: konsollens driftsside.
admin-ops-title = Drift
admin-ops-link = Drift: databasen, kataloget og mailkøen lige nu
admin-ops-database = Database
admin-ops-directory = Lokalt katalog
admin-ops-no-directory = Ikke konfigureret
admin-ops-ok = Fungerer
admin-ops-down = Svarer ikke
admin-ops-on = Til
admin-ops-off = Fra
admin-ops-directory-error = Seneste katalogfejl (30 dage)
admin-ops-mail-waiting = Meddelelser, der venter på at blive sendt
admin-ops-mail-oldest = Ældste meddelelse har ventet siden
admin-ops-mail-sent = Sendte meddelelser
admin-ops-mail-failed = Meddelelser opgivet efter gentagne forsøg
admin-ops-hashing = Adgangskoder, der venter på hashing på denne node
admin-ops-version = Version
admin-ops-hint = Kontrolleret, da siden blev åbnet, af den node, der leverede den. Mailtallene gælder hele portalen; resten finder du på /metrics.

# Opgave 12: P1's gruppevælger og M2's meddelelse til de brugere, som en ændring efterlader uden mulighed for nulstilling.
admin-f-groups-other = Andre grupper
admin-f-groups-none = Denne organisation har endnu ingen grupper i portalen: Skriv deres navne.
admin-notify-stranded = Send en mail til de brugere, der ikke kan nulstille efter denne ændring, og bed dem om at registrere flere metoder
msg-register-needed-subject = Registrer flere sikkerhedsoplysninger
msg-register-needed-body = Din organisation kræver nu flere sikkerhedsoplysninger, før en adgangskode kan nulstilles. Indtil du logger på og tilføjer metoder på din side med sikkerhedsoplysninger, kan { $user } ikke nulstille sin adgangskode uden at ringe til helpdesk.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Seneste katalogsynkronisering (sspr directory sync)
admin-ops-sync-counts = skrevne ændringer: { $changes }; afviste værdier: { $refused }; brugere uden organisation: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = En oversættelse skal stå på en linje under sit spørgsmål som et sprogmærke, et kolon og teksten (f.eks. ja-JP: …) og være på 1 til 200 tegn.
admin-err-translation-first = Skriv spørgsmålet først og derefter dets oversættelser på linjerne under det.
admin-f-question-translations-hint = Hvis du vil vise et spørgsmål på et andet sprog, skal du tilføje en linje under det med sprogmærket, et kolon og oversættelsen, f.eks. "ja-JP: 事務所の植物の名前は？". Brugere, hvis sprog ikke har en oversættelse, ser spørgsmålet, som det er skrevet.
admin-f-recovery-code-resets = En gendannelseskode fra helpdesk kan også nulstille brugerens adgangskode én gang
admin-key-recovery-code-resets = gendannelseskoder, der nulstiller adgangskoder
recovery-reset-hint = Hvis din organisation tillader det, kan koden i stedet nulstille din adgangskode én gang.
recovery-reset-button = Nulstil min adgangskode
recovery-no-reset = Din organisation lader kun en gendannelseskode logge dig på. Registrer nye metoder her; derefter kan du nulstille din adgangskode med dem.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Nulstilling påbegyndt
audit-step-choose = Nulstilling eller oplåsning valgt
audit-step-select = Metode valgt
audit-step-send-code = Kode sendt
audit-step-verify = Metode bekræftet
audit-step-unlock = Konto låst op
audit-step-reset = Adgangskode nulstillet
audit-step-password = Ny adgangskode angivet
audit-step-directory = Tilbageskrivning til katalog
audit-step-notify = Meddelelse
audit-step-admin-request = Anmodning til administratorer
audit-step-signin = Logon
audit-step-signin-verify = Andet logontrin
audit-step-signout = Log af
audit-step-interrupt = Opfordring til registrering ved logon
audit-step-reconfirm = Sikkerhedsoplysninger bekræftet igen
audit-step-register = Metode registreret
audit-step-register-send-code = Registreringskode sendt
audit-step-register-pairing = Godkendelsesapp parret
audit-step-register-verify = Registreringskode kontrolleret
audit-step-delete-method = Metode slettet
audit-step-change-password = Adgangskode ændret
audit-step-delivery = Leveringskvittering
audit-step-policy-change = Politik ændret
audit-step-admin-clear-blocks = Blokeringer ryddet af en administrator
audit-step-admin-set-contact = Kontaktoplysninger angivet af en administrator
audit-step-admin-recovery-code = Gendannelseskode udstedt
audit-step-directory-sync = Katalogsynkronisering
audit-outcome-ok = Lykkedes
audit-outcome-fail = Mislykkedes
audit-outcome-blocked = Blokeret
audit-outcome-error = Fejl
audit-outcome-rejected = Afvist
audit-outcome-ineligible = Ikke berettiget
audit-outcome-dismissed = Udskudt
audit-client-browser = Webbrowser
audit-client-sign-in-screen = Logonskærm
audit-client-app = Applikation

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Til
admin-value-off = Fra
admin-value-empty = (tom)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Seneste tilbageskrivning af en adgangskode (eller oplåsning af en konto) i kataloget

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Adgangskoden er nulstillet
done-title-unlock = Kontoen er låst op
admin-f-sign-in-url = Din organisations logonside
admin-f-sign-in-url-hint = Hvor knappen på den sidste side af en nulstilling fører hen, f.eks. https://login.contoso.com. Lad feltet være tomt for at bruge denne portals standard.
policy-err-sign-in-url = Angiv logonsiden som en webadresse, der starter med https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Foruddefinerede sikkerhedsspørgsmål, som brugerne kan vælge
admin-key-predefined-questions = foruddefinerede sikkerhedsspørgsmål
policy-err-too-few-questions = Tilbyd mindst lige så mange sikkerhedsspørgsmål (foruddefinerede og egne), som brugerne skal registrere.
