# sspr, sv-SE. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Självbetjäning för återställning av lösenord
reset-title = Kom åt ditt konto igen
skip-to-content = Hoppa till huvudinnehållet
lang-switch-label = Språk
next = Nästa
back-to-start = Börja om
retry = Försök igen
something-wrong = Något gick fel. Försök igen senare.
not-found = Den här sidan finns inte.
working = Arbetar…

## Entry (E2)
entry-intro = Börja med att ange ditt användar-ID och svaret på frågan nedan för att återställa ditt konto.
userid-label = Användar-ID
userid-hint = Exempel: { $example }
captcha-legend = Bevisa att du inte är en robot
captcha-nojs = När du har valt Nästa kontrolleras din webbläsare i några sekunder ({ $seconds } eller fler). Du behöver inte göra något mer.
captcha-working = Din webbläsare kontrolleras…
captcha-done = Klart. Du kan fortsätta.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Kontakta din administratör
contact-reason-consumer = Personliga konton kan inte använda den här portalen. Använd i stället återställningsalternativen hos din e-postleverantör.
contact-reason-unavailable = Vi kan inte återställa det här kontot här. Det kanske inte finns eller är inaktiverat.
contact-reason-not-enabled = Självbetjäning för återställning av lösenord är inte aktiverad för det här kontot.
contact-reason-not-registered = Det här kontot har inte tillräckligt med registrerad säkerhetsinformation för att lösenordet ska kunna återställas.
contact-reason-admin-not-registered = Administratörskonton behöver två registrerade metoder (e-post, mobiltelefon, arbetstelefon eller autentiseringsapp) för att kunna återställa ett lösenord.
contact-reason-writeback-off = Lösenordet för det här kontot hanteras lokalt och kan inte återställas här.
contact-also-intro = Det kan också hända när:
contact-also-consumer = kontot är ett personligt konto hos en e-postleverantör för privatpersoner
contact-also-unavailable = användar-ID:t är felstavat, eller kontot inte finns eller är inaktiverat
contact-also-not-enabled = självbetjäning för återställning av lösenord inte är aktiverad för kontot
contact-also-not-registered = kontot inte har tillräckligt med registrerad säkerhetsinformation (om du kan logga in visar sidan med din säkerhetsinformation vad som saknas)
contact-also-admin-not-registered = ett administratörskonto inte har två registrerade metoder
contact-also-writeback-off = lösenordet hanteras av din organisations egen katalog
contact-helpdesk-link = Kontakta supportavdelningen
contact-helpdesk-email = Skicka e-post till supportavdelningen: { $email }
contact-no-helpdesk = Be din organisations administratör om hjälp.
contact-request-button = Be mina administratörer att återställa mitt lösenord
contact-request-sent = Din begäran har skickats till dina administratörer.

## Trouble choice
choose-title = Varför har du problem med att logga in?
choose-forgot = Jag har glömt mitt lösenord
choose-forgot-hint = Ingen fara, vi hjälper dig att återställa det med hjälp av säkerhetsinformationen som du har registrerat.
choose-unlock = Jag vet mitt lösenord men kan ändå inte logga in
choose-unlock-hint = Det kan hända om du har försökt logga in med fel lösenord för många gånger.

## Verification (V1..V6)
verify-title = Verifiera din identitet
verify-step = Verifieringssteg { $current } av { $required }
verify-pick = Välj den kontaktmetod som vi ska använda för verifieringen:
verify-passed = Verifierad
option-email = Skicka e-post till min alternativa adress { $masked }
option-sms = Skicka sms till min mobiltelefon { $masked }
option-voice = Ring min mobiltelefon { $masked }
option-office = Ring min arbetstelefon { $masked }
option-app = Ange en kod från min autentiseringsapp
option-software_oath = Ange en kod från min programvarutoken
option-hardware_oath = Ange en kod från min maskinvarutoken
option-questions = Besvara mina säkerhetsfrågor
pending-email = Vi har skickat ett e-postmeddelande med en verifieringskod till { $masked }.
pending-sms = Vi har skickat ett sms med en verifieringskod till { $masked }.
pending-voice = Vi ringer { $masked }. Lyssna efter verifieringskoden.
pending-totp = Ange koden som visas i din app eller på din token.
code-label = Verifieringskod
questions-legend = Besvara dina säkerhetsfrågor
verify-button = Verifiera

## New password (N1, N2)
password-title = Välj ett nytt lösenord
password-label = Nytt lösenord
confirm-label = Bekräfta nytt lösenord
password-rules = Ditt lösenord måste:
pw-rule-length = vara minst { $min } tecken långt
pw-rule-max-length = vara högst { $max } tecken långt
pw-rule-classes = innehålla tre av följande: gemener, versaler, siffror, symboler
pw-rule-banned = inte vara ett vanligt eller förbjudet lösenord
pw-rule-name = inte innehålla ditt namn
pw-rule-match = stämma överens med bekräftelsen
pw-rule-classes-ad = innehålla tre av följande: gemener, versaler, siffror, symboler, bokstäver utan versal- och gemenform (till exempel kana)
pw-rule-name-ad = inte innehålla ditt kontonamn eller någon del av ditt namn på 3 eller fler tecken
pw-dir-heading = När du skickar lösenordet kontrollerar din organisations katalog även att det:
pw-dir-history = { $n ->
    [one] inte är ditt nuvarande lösenord
   *[other] inte är något av dina { $n } senaste lösenord
}
pw-dir-min-age = { $n ->
    [one] byts tidigast en dag efter ditt senaste lösenordsbyte
   *[other] byts tidigast { $n } dagar efter ditt senaste lösenordsbyte
}
pw-dir-module = uppfyller din organisations övriga kvalitetsregler
pw-rule-ok = uppfyllt
pw-rule-not-ok = inte uppfyllt
finish = Slutför

## Done
done-reset = Ditt lösenord har återställts.
done-unlock = Ditt konto har låsts upp.
done-sign-in = Logga in med ditt konto

## Errors (flows)
err-no-flow = Din session har upphört. Börja om.
err-captcha = Kontrollen av att du inte är en robot har upphört att gälla eller har redan använts. Försök igen.
err-wrong-step = Det steget är inte längre tillgängligt. Fortsätt härifrån.
err-unknown-option = Välj en av metoderna i listan.
err-code-wrong = Koden fungerade inte. Kontrollera den och försök igen.
err-code-expired = Koden har upphört att gälla. Skicka en ny.
err-code-used = Koden har redan använts. Fortsätt härifrån.
err-blocked = Du har försökt för många gånger. Försök igen efter { $until }.
err-email-limit = Vi har skickat för många koder. Försök igen efter { $until } eller använd en annan metod.
err-answers-wrong = Ett eller flera svar var fel. Här är några nya frågor.
err-password = Lösenordet uppfyller inte kraven nedan.
err-delivery = Vi kunde inte skicka meddelandet just nu. Försök igen senare eller använd en annan metod.
err-admin-request-limit = Du har redan skickat flera förfrågningar. Dina administratörer återkommer till dig.
err-internal = Något gick fel. Försök igen senare.
userid-err-empty = Ange ditt användar-ID.
userid-err-shape = Ange ditt användar-ID som namn@domän, till exempel { $example }.
userid-err-too-long = Användar-ID:t är för långt.

## Messages (email, SMS, voice)
msg-code-subject = Verifieringskod för ditt { $org }-konto
msg-code-email = Använd följande kod för att verifiera ditt konto: { $code }. Den upphör att gälla om { $minutes } minuter. Om du inte har begärt den kan du ignorera det här e-postmeddelandet.
msg-code-sms = Använd verifieringskoden { $code } för att återställa ditt lösenord hos { $org }.
msg-code-voice = Din verifieringskod är { $code }. Jag upprepar: din kod är { $code }.
msg-reset-subject = Ditt lösenord har återställts
msg-reset-body = Lösenordet för { $user } har just återställts via självbetjäning för återställning av lösenord. Om det inte var du ska du kontakta din administratör omedelbart.
msg-method-added-subject = Säkerhetsinformation har lagts till i ditt konto
msg-method-added-body = ”{ $method }” har lagts till i säkerhetsinformationen för { $user }. Om det inte var du ska du logga in, ta bort den, byta lösenord och kontakta din administratör.
msg-method-removed-subject = Säkerhetsinformation har tagits bort från ditt konto
msg-method-removed-body = ”{ $method }” har tagits bort från säkerhetsinformationen för { $user }. Om det inte var du ska du logga in, kontrollera din säkerhetsinformation, byta lösenord och kontakta din administratör.
msg-admin-reset-subject = En administratör har återställt sitt lösenord
msg-admin-reset-body = Administratören { $user } har återställt sitt eget lösenord via självbetjäning för återställning av lösenord.
msg-admin-request-subject = Begäran om återställning av lösenord
msg-admin-request-body = { $user } kan inte återställa sitt lösenord via självbetjäning och ber en administratör om hjälp.

## Dev outbox (demo mode only)
outbox-title = Utkorg (demo)
outbox-intro = Demoläge: meddelanden som portalen har skickat skrivs hit i stället för att levereras. Nyaste först.
outbox-empty = Inga meddelanden än.
outbox-to = Till
demo-outbox-link = Demoläge: läs meddelandet i utkorgen (öppnas på en ny flik)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Välj minst en grupp för omfånget ”Valda grupper”.
policy-err-methods-required = Antalet metoder som krävs måste vara 1 eller 2.
policy-err-too-few-methods = Aktivera minst lika många metoder som krävs.
policy-err-office-phone-paid = Arbetstelefon är endast tillgänglig för betalande klientorganisationer.
policy-err-questions-register = Användarna måste registrera mellan 3 och 5 säkerhetsfrågor.
policy-err-questions-ask = Mellan 3 och 5 säkerhetsfrågor måste ställas.
policy-err-questions-ask-exceeds = Du kan inte ställa fler frågor än användarna registrerar.
policy-err-reconfirm-days = Ny bekräftelse måste ligga mellan 0 och 730 dagar.
policy-err-app-needs-more = När mobilappen är aktiverad ska du aktivera tillräckligt många andra metoder utöver den.
policy-err-app-notification-alone = När en metod krävs räknas inte appaviseringen ensam.
policy-err-password-length = Lösenordslängden måste vara mellan 8 och 256 tecken.
policy-err-banned-terms = Högst 1 000 anpassade förbjudna termer.
policy-err-sms-sender = Sms-avsändaren måste vara ett namn på upp till 11 bokstäver och siffror, eller ett telefonnummer som +15017122661.
phone-err-country-code = Börja numret med + och landskoden.
phone-err-characters = Använd bara siffror, blanksteg och bindestreck.
phone-err-length = Numret är för kort eller för långt.
policy-err-custom-question = Anpassade säkerhetsfrågor måste vara 1 till 200 tecken långa och alla olika.
policy-err-brand-accent = Profilfärgen måste anges som #rrggbb och vara tillräckligt mörk för vit text (kontrast på minst 4,5:1).
policy-err-brand-logo = Logotypen måste vara en fil på den här portalen (till exempel /brand/logo.svg) eller en inbäddad bild.
policy-err-sign-in-domain = Inloggningsdomänen måste vara ett domännamn, till exempel contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Logga in för att hantera din säkerhetsinformation
signin-title = Logga in
signin-intro = Logga in för att visa och uppdatera din säkerhetsinformation eller byta lösenord.
signin-password-label = Lösenord
signin-button = Logga in
signin-cant-access = Kan du inte komma åt ditt konto?
signin-signed-out = Du har loggat ut.
signout-button = Logga ut
account-title = Mitt konto
account-signed-in-as = Inloggad som { $name } ({ $upn })
account-reset-attempts = Någon har försökt återställa ditt lösenord och misslyckats med verifieringen { $count ->
    [one] en gång
   *[other] { $count } gånger
}, senast { $when }. Om det inte var du är ditt lösenord oförändrat. Kontrollera att säkerhetsinformationen är din och meddela din administratör.
account-cannot-reset = Du kan inte återställa ditt lösenord själv än.
account-security-info = Säkerhetsinformation
account-change-password = Byt lösenord
err-no-session = Du är inte inloggad, eller så har din session avslutats. Logga in igen.
err-credentials = Ditt användar-ID eller lösenord är felaktigt.
err-locked-out = Ditt konto är tillfälligt låst för att förhindra obehörig användning. Försök igen efter { $until }.
err-account-locked = Ditt konto är låst. Använd ”Kan du inte komma åt ditt konto?” för att låsa upp det.
err-not-allowed = Den metoden kan inte användas för ditt konto.
err-current-password = Ditt nuvarande lösenord är felaktigt.
err-on-premises = Ditt lösenord hanteras av din organisations katalog. Byt det där.
err-too-many = Det har gjorts för många försök från ditt nätverk. Försök igen efter { $until }.
err-resend-wait = Vi har just skickat en kod till dig på det här sättet. Vänta till { $until } innan du begär en ny, eller använd en annan metod.
err-messages-paused = Vi kan inte skicka fler koder just nu. Försök igen efter { $until } eller använd en metod som inte kräver något meddelande, till exempel en autentiseringsapp eller säkerhetsfrågor.
err-phone-country = Din organisation skickar inte koder till telefonnummer i det här landet. Använd ett annat nummer eller en annan metod.
err-busy = Tjänsten är upptagen just nu. Vänta en stund och försök igen.
cancel = Avbryt
save = Spara

## Security info (G2..G7, C1)
setup-title = Säkerhetsinformation
setup-intro = Det här är metoderna du använder för att bevisa vem du är när du återställer ditt lösenord.
setup-progress-ok = Du kan återställa ditt lösenord: { $have } av { $required } obligatoriska metoder har konfigurerats.
setup-progress-short = { $have } av { $required } obligatoriska metoder har konfigurerats. Lägg till fler för att kunna återställa ditt lösenord.
setup-methods-heading = Dina metoder
setup-none = Du har inte konfigurerat några metoder än.
setup-add-heading = Lägg till en metod
setup-change = Ändra
setup-change-label = Ändra { $what }
setup-delete = Ta bort
setup-delete-label = Ta bort { $what }
setup-from-directory = (från din organisations katalog)
setup-done-added = Metoden har lagts till.
setup-done-deleted = Metoden har tagits bort.
setup-back = Tillbaka till säkerhetsinformation
setup-not-available = Den här metoden är inte tillgänglig för ditt konto.
method-app = Autentiseringsapp
method-software = OATH-programvarutoken
method-hardware = Maskinvarutoken
method-phone = Telefon
method-office = Arbetstelefon
method-email = E-post
method-questions = Säkerhetsfrågor
method-questions-detail = { $count } frågor
add-app = Lägg till en autentiseringsapp
add-software = Lägg till en OATH-programvarutoken
add-hardware = Aktivera en maskinvarutoken
add-phone = Lägg till eller ändra din telefon
add-office = Lägg till eller ändra din arbetstelefon
add-email = Lägg till eller ändra din e-postadress
add-questions = Konfigurera säkerhetsfrågor
setup-email-label = E-postadress
setup-email-hint = Använd en annan adress än den för ditt jobbkonto. Vi skickar en kod till den.
setup-phone-label = Telefonnummer
setup-office-label = Telefonnummer till arbetet
setup-phone-hint = Ange + och landskoden, till exempel +46 70 123 45 67.
setup-phone-channel = Hur ska vi skicka koden?
setup-phone-sms = Skicka en kod via sms
setup-phone-voice = Ring mig
setup-app-intro = Installera en autentiseringsapp på din telefon och välj sedan Nästa för att visa QR-koden som du ska skanna.
setup-software-intro = Välj Nästa för att hämta den hemliga nyckeln för din programvarutoken.
setup-app-step-scan = Skanna QR-koden med din app eller ange den hemliga nyckeln nedan.
setup-app-step-code = Ange den sexsiffriga koden som appen visar.
setup-app-qr-alt = QR-kod för din autentiseringsapp
setup-app-secret = Hemlig nyckel:
setup-hardware-intro = Välj serienumret som är tryckt på din token och ange koden som den visar.
setup-hardware-serial = Serienummer
setup-questions-intro = Välj { $count } olika frågor och besvara var och en (3 till 40 tecken, inga likadana svar).
setup-question-label = Fråga { $n }
setup-answer-label = Svar { $n }
setup-err-email-shape = Ange en e-postadress, till exempel someone@example.com.
setup-err-email-same = Använd en annan adress än den för ditt jobbkonto.
setup-err-phone = Telefonnumret verkar inte stämma.
setup-err-questions = Dina säkerhetsfrågor sparades inte.
setup-err-questions-count = Besvara alla frågor.
setup-err-questions-unknown = Välj frågor från listan.
setup-err-questions-duplicate = Välj en annan fråga i varje ruta.
setup-err-answer-length = Svaren måste vara 3 till 40 tecken långa.
setup-err-answer-duplicate = Ge ett eget svar på varje fråga.
setup-err-too-many-apps = Du har redan det högsta tillåtna antalet autentiseringsappar. Ta bort en först.
setup-err-token-unknown = Den token är inte tilldelad dig eller är redan aktiv.
protect-title = Hjälp oss att skydda ditt konto
protect-intro = Din organisation behöver mer information för att hålla ditt konto säkert och låta dig återställa ditt lösenord själv.
protect-skip = Hoppa över för tillfället
confirm-title = Stämmer din säkerhetsinformation fortfarande?
confirm-intro = Kontrollera metoderna du använder för att återställa ditt lösenord. Bekräfta dem, eller redigera dem om något har ändrats.
confirm-looks-good = Ser bra ut
confirm-edit = Redigera din säkerhetsinformation
confirm-done = Tack! Din säkerhetsinformation är bekräftad.
change-title = Byt lösenord
change-current-label = Nuvarande lösenord
change-button = Byt lösenord
change-done = Ditt lösenord har bytts.

## Security questions (G6, predefined list)
sq-first-pet = Vad hette ditt första husdjur?
sq-birth-city = I vilken stad föddes du?
sq-first-school = Vad hette din första skola?
sq-childhood-friend = Vad är förnamnet på din bästa barndomsvän?
sq-first-job-city = I vilken stad hade du ditt första jobb?
sq-grandparent-name = Vad är förnamnet på din äldsta mor- eller farförälder?
sq-first-concert = Vilken var den första konserten du gick på?
sq-childhood-street = På vilken gata bodde du som barn?
sq-favourite-teacher = Vad var efternamnet på din favoritlärare?
sq-first-car = Vilket märke och vilken modell var din första bil?

## Notifications on a paired device (V4)
option-push = Godkänn en avisering på min enhet
pending-push = Vi har skickat en avisering till din enhet. Öppna den och ange det här numret:
pending-push-then = Välj sedan Fortsätt här.
push-continue = Fortsätt
err-push-pending = Aviseringen har inte besvarats än. Besvara den på din enhet och välj sedan Fortsätt.
err-push-denied = Aviseringen nekades eller så stämde inte numret. Välj en metod för att försöka igen.
method-notification = Aviseringar på min enhet
add-notification = Lägg till en enhet för aviseringar
setup-device-intro = Använd din telefon som en enhet som godkänner förfrågningar: välj Nästa för att få en parkopplingskod.
setup-device-step-open = Öppna enhetssidan på din telefon:
setup-device-link = öppna enhetssidan
setup-device-step-code = Ange den här parkopplingskoden där:
setup-device-then = När enhetssidan visar att den är parkopplad kommer du tillbaka hit.
setup-device-done = Klart
device-title = Din enhet
device-intro = På den här sidan godkänner du förfrågningar om inloggning och återställning av lösenord för ditt konto. Lägg till den på hemskärmen så att du har den nära till hands.
device-paired = Den här enheten är parkopplad. Sök efter förfrågningar när du blir ombedd att godkänna en.
device-pair-failed = Parkopplingskoden fungerade inte. Hämta en ny från din säkerhetsinformation.
device-approved = Godkänt. Du kan gå tillbaka till den andra skärmen.
device-denied = Nekat. Ingenting godkändes.
device-no-request = Det finns ingen väntande förfrågan.
device-request = %org% ber dig bekräfta att det är du (%upn%).
device-request-title = Vill du godkänna den här förfrågan?
device-pair-code = Parkopplingskod
device-name = Namn på den här enheten
device-name-default = Min telefon
device-pair-button = Parkoppla den här enheten
device-check = Sök efter förfrågningar
device-number = Numret som visas på den andra skärmen
device-approve = Godkänn
device-deny = Neka
device-needs-js = Den här sidan kräver JavaScript för att spara sin nyckel och signera godkännanden.

## Sign-in, second step (G1)
check-title = Verifiera din identitet
check-intro = Ditt konto har säkerhetsinformation, så vi behöver göra en extra kontroll innan du kan visa eller ändra den.

## The on-premises directory (P10, P11)
err-directory-policy = Din organisations katalog godkände inte lösenordet. Du kanske har använt det tidigare, eller så bryter det mot någon av katalogens egna regler. Prova ett annat.
err-directory = Vi kunde inte nå din organisations katalog. Ingenting har ändrats. Försök igen om en stund.

## Issue 10: a form post with a field missing
err-form-incomplete = Formuläret kom fram ofullständigt. Fyll i alla fält och försök igen.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Förlopp
progress-step = Steg { $current } av { $total }
step-userid = Användar-ID
step-verify = Verifiering
step-password = Nytt lösenord
step-done = Klart
resend-code = Skicka koden igen
resend-in = Du kan begära en ny kod om { $seconds ->
    [one] en sekund
   *[other] { $seconds } sekunder
}.
helpdesk-contact = Behöver du hjälp? Kontakta supportavdelningen: { $contact }
brand-logo-alt = { $org }
setup-add-method = Lägg till metod
setup-delete-title = Vill du ta bort den här metoden?
setup-delete-confirm = ”{ $what }” tas bort från din säkerhetsinformation.
setup-delete-last-warning = Du behöver den här metoden för att återställa ditt lösenord. Utan den kan du inte återställa lösenordet själv förrän du lägger till en annan metod.
setup-delete-confirm-button = Ja, ta bort den
setup-app-open-link = Öppna i en autentiseringsapp på den här telefonen
setup-app-secret-grouped = Hemlig nyckel i grupper om fyra:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }-{ $month }-{ $day } { $hour }:{ $minute } ({ $zone })
time-am = fm
time-pm = em

# Issue 12: administratörskonsolen. Rubrikerna följer Entras sidor för återställning av lösenord.
account-admin-console = Administratörskonsol
admin-title = Administratörskonsol
admin-sign-in = Logga in med ditt administratörskonto för att öppna konsolen.
admin-not-admin = Den här konsolen är till för administratörer. Ditt konto har ingen administratörsroll.
admin-second-step = Konsolen kräver ett andra inloggningssteg. Lägg till en telefon eller en autentiseringsapp i din säkerhetsinformation, logga sedan ut och logga in igen.
admin-go-setup = Gå till din säkerhetsinformation
admin-go-account = Tillbaka till mitt konto
admin-back = Tillbaka till konsolen
admin-tenant = Organisation: { $name }
admin-signed-in-as = Inloggad som { $name }, med rollerna: { $roles }
admin-policy-heading = Princip för återställning av lösenord
admin-readonly = Dina roller låter dig hjälpa användare men inte ändra principen för återställning av lösenord. En global administratör eller en administratör för autentiseringsprinciper kan ändra den.
admin-draft-pending = En ändring av { $page } väntar på att du granskar den.
admin-draft-open = Öppna ändringen
admin-draft-elsewhere = En ändring av { $page } väntar på granskning. Om du granskar den här sidan ersätts den.
admin-saved = Sparades som ändring { $id }.
admin-discarded = Ändringen ignorerades. Ingenting sparades.
admin-blade-properties = Egenskaper
admin-blade-methods = Autentiseringsmetoder
admin-blade-registration = Registrering
admin-blade-notifications = Meddelanden
admin-blade-customization = Anpassning
admin-blade-on-premises = Lokal integrering
admin-blade-administrators = Administratörsprincip
admin-f-scope = Självbetjäning för återställning av lösenord är aktiverad för
admin-scope-none = Ingen
admin-scope-selected = Valda grupper
admin-scope-all = Alla användare
admin-f-groups = Grupper
admin-f-groups-hint = Markera de grupper som självbetjäning för återställning av lösenord är aktiverad för, eller ange andra gruppnamn avgränsade med kommatecken. Används när Valda grupper har valts.
admin-f-methods-required = Antal metoder som krävs för återställning
admin-f-methods-required-hint = 1 eller 2.
admin-f-methods = Metoder som är tillgängliga för användarna
admin-f-questions-to-register = Antal säkerhetsfrågor som krävs för registrering
admin-f-questions-to-ask = Antal säkerhetsfrågor som krävs för återställning
admin-f-custom-questions = Organisationens egna säkerhetsfrågor
admin-f-custom-questions-hint = En fråga per rad. De erbjuds vid sidan av de fördefinierade frågorna.
admin-f-require-registration = Kräv att användare registrerar sig när de loggar in
admin-f-reconfirm-days = Antal dagar innan användarna ombeds att bekräfta sin autentiseringsinformation igen
admin-f-reconfirm-days-hint = 0 till 730; med 0 frågas det aldrig.
admin-f-notify-users = Meddela användare om lösenordsåterställningar
admin-f-notify-admins = Meddela alla administratörer när andra administratörer återställer sina lösenord
admin-f-helpdesk = Länk till supportavdelningen
admin-f-helpdesk-hint = En e-postadress eller en webbadress som börjar med https://. Lämna fältet tomt om ingen länk ska visas.
admin-f-logo = Logotyp
admin-f-logo-hint = En fil på den här portalen, till exempel /brand/logo.svg. Lämna fältet tomt om bara namnet ska visas.
admin-f-accent = Accentfärg
admin-f-accent-hint = Anges som #rrggbb och ska vara tillräckligt mörk för vit text.
admin-f-sign-in-domain = Domän i inloggningstipset
admin-f-sign-in-domain-hint = Visas i exemplet på användar-ID, till exempel contoso.com.
admin-f-writeback = Skriv tillbaka lösenord till din lokala katalog
admin-f-allow-unlock = Tillåt användare att låsa upp konton utan att återställa lösenordet
admin-f-admin-sspr = Tillåt administratörer att återställa sina egna lösenord
admin-f-admin-sspr-hint = Administratörer behöver alltid två metoder: e-post eller telefon och en till.
admin-review-button = Granska ändringen
admin-errors-heading = Den här ändringen kan inte sparas:
admin-live-ok = Den här ändringen kan sparas.
admin-err-number = Ange ett heltal.
admin-err-helpdesk = Ange en e-postadress eller en webbadress som börjar med https://.
admin-err-forbidden = Dina roller tillåter inte att principen för återställning av lösenord ändras.
admin-err-no-draft = Det finns ingen ändring som väntar på granskning.
admin-err-no-change = Den ändringen finns inte i historiken.
admin-err-refused = Den här ändringen bryter mot en regel i principen. Redigera den och granska den igen.
admin-review-title = Granska ändringen
admin-review-page = Sida: { $page }
admin-changes = Ändrar: { $keys }
admin-no-change = Den här ändringen ändrar ingenting.
admin-impact-heading = Vem som kan återställa sitt lösenord
admin-impact-summary = { $before } av { $users } användare kan återställa sitt lösenord nu; { $after } skulle kunna det efter den här ändringen.
admin-stranded-none = Ingen förlorar möjligheten att återställa sitt lösenord.
admin-stranded = { $count ->
    [one] En användare kunde återställa lösenordet före ändringen men kan inte efter den:
   *[other] { $count } användare kunde återställa lösenordet före ändringen men kan inte efter den:
}
admin-stranded-hint = Be dem registrera fler metoder på sidan med sin säkerhetsinformation innan du sparar, annars måste de ringa supportavdelningen.
admin-gained = { $count ->
    [one] En användare kunde inte återställa lösenordet före ändringen men kan efter den:
   *[other] { $count } användare kunde inte återställa lösenordet före ändringen men kan efter den:
}
admin-export-csv = Ladda ned listan (CSV)
admin-save = Spara
admin-discard = Ignorera
admin-edit-again = Redigera igen
admin-history-title = Ändringshistorik
admin-history-empty = Inga ändringar har sparats än.
admin-history-change = Ändring
admin-history-when = När
admin-history-who = Administratör
admin-history-what = Ändrade inställningar
admin-revert = Återställ
admin-revert-label = Återställ ändring { $id }
admin-reverts = återställer ändring { $id }
admin-reverted = Ändring { $id } har återställts. Inställningarna som den ersatte gäller igen.
admin-key-scope = vem som får återställa
admin-key-admin-sspr = återställning för administratörer
admin-key-methods-required = metoder som krävs
admin-key-methods = tillgängliga metoder
admin-key-questions-to-register = frågor vid registrering
admin-key-questions-to-ask = frågor vid återställning
admin-key-custom-questions = egna säkerhetsfrågor
admin-key-require-registration = registrering krävs
admin-key-reconfirm-days = dagar till ny bekräftelse
admin-key-notify-users = användaraviseringar
admin-key-notify-admins = administratörsaviseringar
admin-key-helpdesk = länk till supportavdelningen
admin-key-branding = varumärkesprofil
admin-key-writeback = tillbakaskrivning av lösenord
admin-key-allow-unlock = upplåsning av konto
admin-key-password = lösenordsregler
admin-key-phone-countries = länder för telefonnummer
admin-key-sms-sender = SMS-avsändare

# Issue 12: konsolens rapporter (A2).
admin-reports-title = Rapporter
admin-reports-link = Registreringar, återställningar, misslyckanden och vem som inte kan återställa
admin-reports-period = De senaste { $days } dagarna, från och med { $since } (UTC).
admin-reports-chart = Diagram över tabellen nedan
admin-reports-by-day = Registreringar, återställningar och upplåsningar per dag
admin-col-day = Dag
admin-col-registrations = Registreringar
admin-col-resets = Återställningar
admin-col-unlocks = Upplåsningar
admin-col-user = Användare
admin-reports-funnel = Hur långt återställningsförsöken kom
admin-reports-funnel-hint = Varje försök börjar med ett användar-ID. Där siffrorna sjunker är där användarna ger upp.
admin-col-step = Steg
admin-col-attempts = Försök
admin-funnel-started = Påbörjat
admin-funnel-eligible = Fick återställa
admin-funnel-verified-one = Verifierade en metod
admin-funnel-verified-two = Verifierade en andra metod
admin-funnel-password-set = Nytt lösenord angivet eller konto upplåst
admin-reports-failures = Misslyckanden efter orsak
admin-col-reason = Orsak
admin-col-count = Antal
admin-reports-none = Inget under den här perioden.
admin-reports-methods = Metoder som användes för återställning eller upplåsning
admin-col-method = Metod
admin-reports-cannot = Vem som inte kan återställa
admin-reports-can = { $can } av { $users } användare kan återställa sitt lösenord nu.
admin-reports-short = { $count ->
    [one] En användare kan inte återställa lösenordet eftersom det saknas metoder:
   *[other] { $count } användare kan inte återställa lösenordet eftersom det saknas metoder:
}
# Issue 12: konsolens användarsida (D1, D3).
admin-users-title = Användare
admin-users-link = Slå upp en användare: metoder, blockeringar och kontaktuppgifter
admin-users-lookup-label = Användar-ID
admin-users-lookup = Slå upp
admin-err-no-user = Det finns ingen användare med det ID:t i din organisation.
admin-err-protected = Den här användaren är en administratör som dina roller inte räcker till för att hantera. Vänd dig till en global administratör.
admin-err-contact = Ange en annan e-postadress än användarens egen, och telefonnummer som +<landsnummer> <nummer>.
admin-user-status = Konto
admin-user-enabled = Aktiverat
admin-user-disabled = Inaktiverat
admin-user-locked = låst i katalogen
admin-user-password = Lösenord
admin-user-cloud = Lagras i den här portalen
admin-user-onprem = Lagras i den lokala katalogen
admin-user-groups = Grupper
admin-user-roles = Administratörsroller
admin-user-none = Inga
admin-user-methods = Användarens metoder
admin-user-reset = Självbetjäning för återställning av lösenord
admin-user-can-reset = Kan återställa sitt lösenord nu.
admin-user-cannot-reset = Kan inte återställa nu:
admin-reason-consumer = ett personligt konto, som den här portalen inte hanterar.
admin-reason-unavailable = kontot är inaktiverat.
admin-reason-not-enabled = självbetjäning för återställning av lösenord är inte aktiverad för användarens grupper.
admin-reason-not-registered = inte tillräckligt många metoder registrerade för principen.
admin-reason-admin-not-registered = en administratör behöver två metoder men har färre.
admin-reason-writeback-off = lösenordet lagras lokalt och tillbakaskrivning är avstängd.
admin-user-blocks = Blockeringar
admin-user-no-blocks = Inga blockeringar just nu.
admin-user-reset-blocked = Lösenordsåterställning blockerad till { $until } (för många felaktiga koder eller svar)
admin-user-sends-blocked = Koder blockerade till { $until } (för många skickade)
admin-user-signin-locked = Inloggning låst till { $until } (för många felaktiga lösenord)
admin-user-clear = Ta bort blockeringar
admin-user-cleared = Blockeringarna togs bort.
admin-user-contact = Kontaktuppgifter
admin-user-alternate-email = Alternativ e-postadress
admin-user-mobile = Mobiltelefon
admin-user-office = Arbetstelefon
admin-user-contact-hint = Telefonnummer som +<landsnummer> <nummer>. Lämna ett fält tomt för att rensa det.
admin-user-contact-save = Spara kontaktuppgifterna
admin-user-contact-saved = Kontaktuppgifterna sparades.
admin-user-protected = Den här användaren är en administratör som dina roller inte räcker till för att hantera: bara en global administratör kan ändra användarens kontaktuppgifter eller blockeringar.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Återställningskod
admin-recovery-intro = För en användare som har förlorat alla sina metoder: en engångskod som gäller i 8 timmar och låter användaren logga in en gång för att registrera nya metoder. Lämna över den personligen eller i ett samtal som du själv har ringt; användaren meddelas på sina e-postadresser.
admin-recovery-issue = Utfärda en återställningskod
admin-recovery-issued = En återställningskod har utfärdats. Den visas bara en gång.
admin-recovery-code-is = Återställningskoden:
admin-recovery-until = En återställningskod gäller till { $until }.
admin-recovery-hand-over = Läs upp den för användaren först när du är säker på vem det är. Den visas inte igen.
admin-recovery-done = Klart, dölj koden
recovery-link = Har du fått en återställningskod från supportavdelningen?
recovery-title = Logga in med en återställningskod
recovery-intro = Om du har förlorat alla dina metoder kan supportavdelningen ge dig en återställningskod för engångsbruk. Logga in med den och registrera sedan nya metoder på sidan med din säkerhetsinformation.
recovery-code-label = Återställningskod
recovery-code-hint = 16 bokstäver och siffror, till exempel ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Ditt användar-ID eller din återställningskod är felaktig, eller så har koden redan använts eller upphört att gälla.
recovery-back = Logga in med ditt lösenord i stället
msg-recovery-issued-subject = En återställningskod har utfärdats för ditt konto
msg-recovery-issued-body = En administratör har utfärdat en återställningskod för engångsbruk för { $user }. Om du inte har bett supportavdelningen om någon ska du kontakta din administratör omedelbart.
msg-recovery-used-subject = Någon har loggat in med en återställningskod
msg-recovery-used-body = { $user } loggades in med en återställningskod för att registrera ny säkerhetsinformation. Om det inte var du ska du kontakta din administratör omedelbart.
msg-contact-changed-subject = Dina kontaktuppgifter har ändrats
msg-contact-changed-body = En administratör har ändrat kontaktuppgifterna för { $user } (en e-postadress eller ett telefonnummer som används för att återställa lösenordet). Om du inte väntade dig detta ska du kontakta din administratör omedelbart.

# Issue 12: konsolens sökning i granskningsloggen (A1, W2).
admin-audit-title = Granskningslogg
admin-audit-link = Sök i granskningsloggen och ladda ned den
admin-audit-user = Användar-ID
admin-audit-from = Från (YYYY-MM-DD, UTC)
admin-audit-to = Till (YYYY-MM-DD, UTC)
admin-audit-step = Steg
admin-audit-outcome = Resultat
admin-audit-ip = IP-adress
admin-audit-client = Klienttyp
admin-audit-any = Alla
admin-audit-search = Sök
admin-audit-bad-date = Ange ett datum som YYYY-MM-DD, till exempel 2026-11-05.
admin-audit-count = { $count ->
    [one] En post matchar.
   *[other] { $count } poster matchar.
}
admin-audit-capped = Endast de nyaste posterna visas och laddas ned; begränsa sökningen för att se resten.
admin-audit-pages = Resultatsidor
admin-audit-newer = Nyare poster
admin-audit-older = Äldre poster
admin-audit-export-json = Ladda ned som JSON-rader

# Issue 12: konsolens driftsida.
admin-ops-title = Drift
admin-ops-link = Drift: databasen, katalogen och e-postkön just nu
admin-ops-database = Databas
admin-ops-directory = Lokal katalog
admin-ops-no-directory = Inte konfigurerad
admin-ops-ok = Fungerar
admin-ops-down = Svarar inte
admin-ops-on = På
admin-ops-off = Av
admin-ops-directory-error = Senaste felet i katalogen (senaste 30 dagarna)
admin-ops-mail-waiting = Aviseringar som väntar på att skickas
admin-ops-mail-oldest = Äldsta aviseringen har väntat sedan
admin-ops-mail-sent = Skickade aviseringar
admin-ops-mail-failed = Aviseringar som gavs upp efter flera försök
admin-ops-hashing = Lösenordshashningar som väntar på den här noden
admin-ops-version = Programversion
admin-ops-hint = Kontrollerades när sidan öppnades, av noden som levererade den. Siffrorna för aviseringar gäller hela portalen; resten finns i /metrics.

# Issue 12: gruppväljaren i P1 och meddelandet i M2 till användare som inte kan återställa sitt lösenord efter en ändring.
admin-f-groups-other = Andra grupper
admin-f-groups-none = Den här organisationen har inga grupper i portalen ännu: ange deras namn.
admin-notify-stranded = Skicka e-post till användarna som inte kan återställa sitt lösenord efter den här ändringen och be dem registrera fler metoder
msg-register-needed-subject = Registrera mer säkerhetsinformation
msg-register-needed-body = Din organisation kräver nu mer säkerhetsinformation innan ett lösenord kan återställas. Tills du loggar in och lägger till metoder på sidan med din säkerhetsinformation kan { $user } inte återställa sitt lösenord utan att ringa supportavdelningen.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Senaste synkroniseringen av katalogen (sspr directory sync)
admin-ops-sync-counts = skrivna ändringar: { $changes }; avvisade värden: { $refused }; användare utan organisation: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = En översättning skrivs på en rad under sin fråga, som en språkkod, ett kolon och texten (till exempel ja-JP: …), och ska vara 1 till 200 tecken lång.
admin-err-translation-first = Skriv frågan först och sedan dess översättningar på raderna under den.
admin-f-question-translations-hint = Om du vill visa en fråga på ett annat språk lägger du till en rad under den med språkkoden, ett kolon och översättningen, till exempel ”ja-JP: 事務所の植物の名前は？”. Användare vars språk saknar översättning ser frågan som den är skriven.
admin-f-recovery-code-resets = En återställningskod från supportavdelningen kan även återställa användarens lösenord en gång
admin-key-recovery-code-resets = återställningskoder som återställer lösenord
recovery-reset-hint = Om din organisation tillåter det kan du i stället använda koden för att återställa ditt lösenord en gång.
recovery-reset-button = Återställ mitt lösenord
recovery-no-reset = Din organisation låter dig bara logga in med en återställningskod. Registrera nya metoder här; sedan kan du återställa ditt lösenord med dem.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Återställning påbörjad
audit-step-choose = Återställning eller upplåsning vald
audit-step-select = Metod vald
audit-step-send-code = Kod skickad
audit-step-verify = Metod verifierad
audit-step-unlock = Konto upplåst
audit-step-reset = Lösenordsåterställning
audit-step-password = Nytt lösenord angivet
audit-step-directory = Tillbakaskrivning till katalogen
audit-step-notify = Avisering
audit-step-admin-request = Begäran till administratörer
audit-step-signin = Inloggning
audit-step-signin-verify = Andra inloggningssteget
audit-step-signout = Utloggning
audit-step-interrupt = Registreringsuppmaning vid inloggning
audit-step-reconfirm = Säkerhetsinformation bekräftad igen
audit-step-register = Metod registrerad
audit-step-register-send-code = Registreringskod skickad
audit-step-register-pairing = Autentiseringsapp parkopplad
audit-step-register-verify = Registreringskod kontrollerad
audit-step-delete-method = Metod borttagen
audit-step-change-password = Lösenord ändrat
audit-step-delivery = Leveranskvitto
audit-step-policy-change = Princip ändrad
audit-step-admin-clear-blocks = Blockeringar borttagna av en administratör
audit-step-admin-set-contact = Kontaktuppgifter angivna av en administratör
audit-step-admin-recovery-code = Återställningskod utfärdad
audit-step-directory-sync = Katalogsynkronisering
audit-outcome-ok = Lyckades
audit-outcome-fail = Misslyckades
audit-outcome-blocked = Blockerades
audit-outcome-error = Fel
audit-outcome-rejected = Avvisades
audit-outcome-ineligible = Inte berättigad
audit-outcome-dismissed = Uppskjuten
audit-client-browser = Webbläsare
audit-client-sign-in-screen = Inloggningsskärm
audit-client-app = Applikation

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = På
admin-value-off = Av
admin-value-empty = (tom)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Senaste tillbakaskrivningen av lösenord (eller upplåsningen av konto) i katalogen

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Lösenord återställt
done-title-unlock = Konto upplåst
admin-f-sign-in-url = Organisationens inloggningssida
admin-f-sign-in-url-hint = Dit knappen på den sista sidan av en återställning leder, till exempel https://login.contoso.com. Lämna fältet tomt för att använda den här portalens standardsida.
policy-err-sign-in-url = Ange inloggningssidan som en webbadress som börjar med https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Fördefinierade säkerhetsfrågor som användarna kan välja
admin-key-predefined-questions = fördefinierade säkerhetsfrågor
policy-err-too-few-questions = Erbjud minst lika många säkerhetsfrågor (fördefinierade och egna) som användarna måste registrera.
