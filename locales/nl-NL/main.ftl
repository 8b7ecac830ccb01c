# sspr, nl-NL. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Selfservice voor wachtwoordherstel
reset-title = Weer toegang krijgen tot je account
skip-to-content = Naar hoofdinhoud gaan
lang-switch-label = Taal
next = Volgende
back-to-start = Opnieuw beginnen
retry = Opnieuw proberen
something-wrong = Er is iets misgegaan. Probeer het later opnieuw.
not-found = Deze pagina bestaat niet.
working = Bezig…

## Entry (E2)
entry-intro = Voer om je account te herstellen eerst je gebruikers-ID en het antwoord op de onderstaande vraag in.
userid-label = Gebruikers-ID
userid-hint = Voorbeeld: { $example }
captcha-legend = Bewijs dat je geen robot bent
captcha-nojs = Nadat je Volgende hebt geselecteerd, wordt je browser een paar seconden ({ $seconds } of meer) gecontroleerd. Je hoeft verder niets te doen.
captcha-working = Je browser wordt gecontroleerd…
captcha-done = Klaar. Je kunt doorgaan.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Neem contact op met je beheerder
contact-reason-consumer = Persoonlijke accounts kunnen deze portal niet gebruiken. Gebruik in plaats daarvan de herstelopties van je e-mailprovider.
contact-reason-unavailable = We kunnen dit account hier niet opnieuw instellen. Het bestaat mogelijk niet of is uitgeschakeld.
contact-reason-not-enabled = Selfservice voor wachtwoordherstel is niet ingeschakeld voor dit account.
contact-reason-not-registered = Voor dit account zijn niet genoeg beveiligingsgegevens geregistreerd om het wachtwoord opnieuw in te stellen.
contact-reason-admin-not-registered = Beheerdersaccounts hebben twee geregistreerde methoden nodig (e-mail, mobiele telefoon, kantoortelefoon of authenticator-app) om een wachtwoord opnieuw in te stellen.
contact-reason-writeback-off = Het wachtwoord van dit account wordt on-premises beheerd en kan hier niet opnieuw worden ingesteld.
contact-also-intro = Dit kan ook gebeuren als:
contact-also-consumer = het account een persoonlijk account van een e-mailprovider voor consumenten is
contact-also-unavailable = de gebruikers-ID verkeerd is getypt, of het account niet bestaat of is uitgeschakeld
contact-also-not-enabled = selfservice voor wachtwoordherstel niet is ingeschakeld voor het account
contact-also-not-registered = er voor het account niet genoeg beveiligingsgegevens zijn geregistreerd (als je je kunt aanmelden, zie je op de pagina met je beveiligingsgegevens wat er ontbreekt)
contact-also-admin-not-registered = er voor een beheerdersaccount geen twee methoden zijn geregistreerd
contact-also-writeback-off = het wachtwoord wordt beheerd door de eigen directory van je organisatie
contact-helpdesk-link = Neem contact op met je helpdesk
contact-helpdesk-email = E-mail je helpdesk: { $email }
contact-no-helpdesk = Vraag de beheerder van je organisatie om hulp.
contact-request-button = Mijn beheerders vragen mijn wachtwoord opnieuw in te stellen
contact-request-sent = Je verzoek is naar je beheerders verzonden.

## Trouble choice
choose-title = Waarom kun je je niet aanmelden?
choose-forgot = Ik ben mijn wachtwoord vergeten
choose-forgot-hint = Geen zorgen, we helpen je het opnieuw in te stellen met de beveiligingsgegevens die je hebt geregistreerd.
choose-unlock = Ik weet mijn wachtwoord, maar kan me toch niet aanmelden
choose-unlock-hint = Dit kan gebeuren als je te vaak hebt geprobeerd je aan te melden met een onjuist wachtwoord.

## Verification (V1..V6)
verify-title = Je identiteit verifiëren
verify-step = Verificatiestap { $current } van { $required }
verify-pick = Kies de contactmethode die we moeten gebruiken voor verificatie:
verify-passed = Geverifieerd
option-email = E-mail sturen naar mijn alternatieve adres { $masked }
option-sms = Sms sturen naar mijn mobiele telefoon { $masked }
option-voice = Mijn mobiele telefoon { $masked } bellen
option-office = Mijn kantoortelefoon { $masked } bellen
option-app = Een code uit mijn authenticator-app invoeren
option-software_oath = Een code uit mijn softwaretoken invoeren
option-hardware_oath = Een code uit mijn hardwaretoken invoeren
option-questions = Mijn beveiligingsvragen beantwoorden
pending-email = We hebben een e-mail met een verificatiecode naar { $masked } gestuurd.
pending-sms = We hebben een sms met een verificatiecode naar { $masked } gestuurd.
pending-voice = We bellen { $masked }. Luister naar de verificatiecode.
pending-totp = Voer de code in die in je app of op je token wordt weergegeven.
code-label = Verificatiecode
questions-legend = Beantwoord je beveiligingsvragen
verify-button = Verifiëren

## New password (N1, N2)
password-title = Kies een nieuw wachtwoord
password-label = Nieuw wachtwoord
confirm-label = Nieuw wachtwoord bevestigen
password-rules = Je wachtwoord moet:
pw-rule-length = minstens { $min } tekens lang zijn
pw-rule-max-length = maximaal { $max } tekens lang zijn
pw-rule-classes = drie van de volgende bevatten: kleine letters, hoofdletters, cijfers, symbolen
pw-rule-banned = geen veelgebruikt of verboden wachtwoord zijn
pw-rule-name = je naam niet bevatten
pw-rule-match = overeenkomen met de bevestiging
pw-rule-classes-ad = drie van de volgende bevatten: kleine letters, hoofdletters, cijfers, symbolen, letters zonder hoofd- en kleine letters (zoals kana)
pw-rule-name-ad = je accountnaam niet bevatten, en ook geen deel van je naam van 3 of meer tekens
pw-dir-heading = De directory van je organisatie controleert bij het verzenden ook of het wachtwoord:
pw-dir-history = { $n ->
    [one] niet je huidige wachtwoord is
   *[other] niet een van je laatste { $n } wachtwoorden is
}
pw-dir-min-age = { $n ->
    [one] minstens een dag na je laatste wachtwoordwijziging wordt ingesteld
   *[other] minstens { $n } dagen na je laatste wachtwoordwijziging wordt ingesteld
}
pw-dir-module = voldoet aan de verdere kwaliteitsregels van je organisatie
pw-rule-ok = voldaan
pw-rule-not-ok = niet voldaan
finish = Voltooien

## Done
done-reset = Je wachtwoord is opnieuw ingesteld.
done-unlock = Je account is ontgrendeld.
done-sign-in = Aanmelden met je account

## Errors (flows)
err-no-flow = Je sessie is verlopen. Begin opnieuw.
err-captcha = De controle dat je geen robot bent, is verlopen of al gebruikt. Probeer het opnieuw.
err-wrong-step = Die stap is niet meer beschikbaar. Ga hier verder.
err-unknown-option = Kies een van de vermelde methoden.
err-code-wrong = Die code werkt niet. Controleer de code en probeer het opnieuw.
err-code-expired = Die code is verlopen. Vraag een nieuwe aan.
err-code-used = Die code is al gebruikt. Ga hier verder.
err-blocked = Je hebt het te vaak geprobeerd. Probeer het opnieuw na { $until }.
err-email-limit = We hebben te veel codes verzonden. Probeer het opnieuw na { $until } of gebruik een andere methode.
err-answers-wrong = Een of meer antwoorden waren onjuist. Hier zijn nieuwe vragen.
err-password = Het wachtwoord voldoet niet aan de onderstaande vereisten.
err-delivery = We kunnen het bericht op dit moment niet verzenden. Probeer het later opnieuw of gebruik een andere methode.
err-admin-request-limit = Je hebt al meerdere verzoeken verzonden. Je beheerders nemen contact met je op.
err-internal = Er is iets misgegaan. Probeer het later opnieuw.
userid-err-empty = Voer je gebruikers-ID in.
userid-err-shape = Voer je gebruikers-ID in als naam@domein, bijvoorbeeld { $example }.
userid-err-too-long = Die gebruikers-ID is te lang.

## Messages (email, SMS, voice)
msg-code-subject = Verificatiecode voor je { $org }-account
msg-code-email = Gebruik de volgende code om je account te verifiëren: { $code }. De code verloopt over { $minutes } minuten. Heb je deze code niet aangevraagd? Dan kun je deze e-mail negeren.
msg-code-sms = Gebruik verificatiecode { $code } om je wachtwoord voor { $org } opnieuw in te stellen.
msg-code-voice = Je verificatiecode is { $code }. Nogmaals: je code is { $code }.
msg-reset-subject = Je wachtwoord is opnieuw ingesteld
msg-reset-body = Het wachtwoord van { $user } is zojuist opnieuw ingesteld via selfservice voor wachtwoordherstel. Was jij dit niet? Neem dan direct contact op met je beheerder.
msg-method-added-subject = Beveiligingsgegevens toegevoegd aan je account
msg-method-added-body = '{ $method }' is toegevoegd aan de beveiligingsgegevens van { $user }. Was jij dit niet? Meld je dan aan, verwijder het, wijzig je wachtwoord en neem contact op met je beheerder.
msg-method-removed-subject = Beveiligingsgegevens verwijderd uit je account
msg-method-removed-body = '{ $method }' is verwijderd uit de beveiligingsgegevens van { $user }. Was jij dit niet? Meld je dan aan, controleer je beveiligingsgegevens, wijzig je wachtwoord en neem contact op met je beheerder.
msg-admin-reset-subject = Een beheerder heeft zijn of haar wachtwoord opnieuw ingesteld
msg-admin-reset-body = Beheerder { $user } heeft het eigen wachtwoord opnieuw ingesteld via selfservice voor wachtwoordherstel.
msg-admin-request-subject = Verzoek om wachtwoordherstel
msg-admin-request-body = { $user } kan het wachtwoord niet via selfservice opnieuw instellen en vraagt een beheerder om hulp.

## Dev outbox (demo mode only)
outbox-title = Postvak UIT (demo)
outbox-intro = Demomodus: berichten die de portal heeft verzonden, worden hier weergegeven in plaats van te worden bezorgd. Nieuwste eerst.
outbox-empty = Nog geen berichten.
outbox-to = Aan
demo-outbox-link = Demomodus: lees het bericht in Postvak UIT (wordt geopend in een nieuw tabblad)
outbox-channel = Kanaal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Kies ten minste één groep voor het bereik 'Geselecteerde groepen'.
policy-err-methods-required = Het aantal vereiste methoden moet 1 of 2 zijn.
policy-err-too-few-methods = Schakel minstens zoveel methoden in als er vereist zijn.
policy-err-office-phone-paid = De kantoortelefoon is alleen beschikbaar voor betaalde tenants.
policy-err-questions-register = Gebruikers moeten tussen 3 en 5 beveiligingsvragen registreren.
policy-err-questions-ask = Er moeten tussen 3 en 5 beveiligingsvragen worden gesteld.
policy-err-questions-ask-exceeds = Je kunt niet meer vragen stellen dan gebruikers registreren.
policy-err-reconfirm-days = De herbevestiging moet tussen 0 en 730 dagen liggen.
policy-err-app-needs-more = Als de mobiele app is ingeschakeld, schakel je daarnaast voldoende andere methoden in.
policy-err-app-notification-alone = Als er één methode vereist is, telt de app-melding alleen niet mee.
policy-err-password-length = De wachtwoordlengte moet tussen 8 en 256 tekens liggen.
policy-err-banned-terms = Maximaal 1000 aangepaste verboden termen.
policy-err-sms-sender = De sms-afzender moet een naam van maximaal 11 letters en cijfers zijn, of een telefoonnummer zoals +15017122661.
phone-err-country-code = Begin het nummer met + en de landcode.
phone-err-characters = Gebruik alleen cijfers, spaties en streepjes.
phone-err-length = Dat nummer is te kort of te lang.
policy-err-custom-question = Aangepaste beveiligingsvragen moeten 1 tot 200 tekens lang zijn en allemaal verschillend.
policy-err-brand-accent = De huisstijlkleur moet worden geschreven als #rrggbb en donker genoeg zijn voor witte tekst (contrast van minstens 4,5:1).
policy-err-brand-logo = Het logo moet een bestand op deze portal zijn (zoals /brand/logo.svg) of een ingesloten afbeelding.
policy-err-sign-in-domain = Het aanmeldingsdomein moet een domeinnaam zijn, zoals contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Aanmelden om je beveiligingsgegevens te beheren
signin-title = Aanmelden
signin-intro = Meld je aan om je beveiligingsgegevens te bekijken en bij te werken of je wachtwoord te wijzigen.
signin-password-label = Wachtwoord
signin-button = Aanmelden
signin-cant-access = Geen toegang tot je account?
signin-signed-out = Je bent afgemeld.
signout-button = Afmelden
account-title = Mijn account
account-signed-in-as = Aangemeld als { $name } ({ $upn })
account-reset-attempts = Iemand heeft geprobeerd je wachtwoord opnieuw in te stellen en is { $count ->
    [one] één keer
   *[other] { $count } keer
} niet door de verificatie gekomen, het laatst op { $when }. Was jij dit niet? Je wachtwoord is ongewijzigd. Controleer of je beveiligingsgegevens van jou zijn en laat het je beheerder weten.
account-cannot-reset = Je kunt je wachtwoord nog niet zelf opnieuw instellen.
account-security-info = Beveiligingsgegevens
account-change-password = Wachtwoord wijzigen
err-no-session = Je bent niet aangemeld of je sessie is beëindigd. Meld je opnieuw aan.
err-credentials = Je gebruikers-ID of wachtwoord is onjuist.
err-locked-out = Je account is tijdelijk vergrendeld om onbevoegd gebruik te voorkomen. Probeer het opnieuw na { $until }.
err-account-locked = Je account is vergrendeld. Gebruik 'Geen toegang tot je account?' om het te ontgrendelen.
err-not-allowed = Die methode kan niet worden gebruikt voor je account.
err-current-password = Je huidige wachtwoord is onjuist.
err-on-premises = Je wachtwoord wordt beheerd door de directory van je organisatie. Wijzig het daar.
err-too-many = Er zijn te veel pogingen gedaan vanaf je netwerk. Probeer het opnieuw na { $until }.
err-resend-wait = We hebben je zojuist op deze manier een code gestuurd. Wacht tot { $until } voordat je een nieuwe aanvraagt, of gebruik een andere methode.
err-messages-paused = We kunnen op dit moment geen codes meer verzenden. Probeer het opnieuw na { $until } of gebruik een methode zonder bericht, zoals een authenticator-app of beveiligingsvragen.
err-phone-country = Je organisatie verzendt geen codes naar telefoonnummers in dit land. Gebruik een ander nummer of een andere methode.
err-busy = De service is op dit moment druk bezet. Wacht even en probeer het opnieuw.
cancel = Annuleren
save = Opslaan

## Security info (G2..G7, C1)
setup-title = Beveiligingsgegevens
setup-intro = Met deze methoden bewijs je wie je bent wanneer je je wachtwoord opnieuw instelt.
setup-progress-ok = Je kunt je wachtwoord opnieuw instellen: { $have } van de { $required } vereiste methoden zijn ingesteld.
setup-progress-short = { $have } van de { $required } vereiste methoden zijn ingesteld. Voeg er meer toe om je wachtwoord opnieuw te kunnen instellen.
setup-methods-heading = Je methoden
setup-none = Je hebt nog geen methoden ingesteld.
setup-add-heading = Een methode toevoegen
setup-change = Wijzigen
setup-change-label = { $what } wijzigen
setup-delete = Verwijderen
setup-delete-label = { $what } verwijderen
setup-from-directory = (uit de directory van je organisatie)
setup-done-added = Je methode is toegevoegd.
setup-done-deleted = De methode is verwijderd.
setup-back = Terug naar beveiligingsgegevens
setup-not-available = Deze methode is niet beschikbaar voor je account.
method-app = Authenticator-app
method-software = OATH-softwaretoken
method-hardware = Hardwaretoken
method-phone = Telefoon
method-office = Kantoortelefoon
method-email = E-mail
method-questions = Beveiligingsvragen
method-questions-detail = { $count } vragen
add-app = Een authenticator-app toevoegen
add-software = Een OATH-softwaretoken toevoegen
add-hardware = Een hardwaretoken activeren
add-phone = Je telefoon toevoegen of wijzigen
add-office = Je kantoortelefoon toevoegen of wijzigen
add-email = Je e-mailadres toevoegen of wijzigen
add-questions = Beveiligingsvragen instellen
setup-email-label = E-mailadres
setup-email-hint = Gebruik een ander adres dan dat van je werkaccount. We sturen er een code naartoe.
setup-phone-label = Telefoonnummer
setup-office-label = Telefoonnummer kantoor
setup-phone-hint = Voer + en de landcode in, bijvoorbeeld +31 6 12345678.
setup-phone-channel = Hoe moeten we de code verzenden?
setup-phone-sms = Code per sms sturen
setup-phone-voice = Bel mij
setup-app-intro = Installeer een authenticator-app op je telefoon en selecteer Volgende om de QR-code te zien die je moet scannen.
setup-software-intro = Selecteer Volgende om de geheime sleutel voor je softwaretoken op te halen.
setup-app-step-scan = Scan de QR-code met je app of voer de onderstaande geheime sleutel in.
setup-app-step-code = Voer de zescijferige code in die de app weergeeft.
setup-app-qr-alt = QR-code voor je authenticator-app
setup-app-secret = Geheime sleutel:
setup-hardware-intro = Kies het serienummer dat op je token staat en voer de code in die het token weergeeft.
setup-hardware-serial = Serienummer
setup-questions-intro = Kies { $count } verschillende vragen en beantwoord ze allemaal (3 tot 40 tekens, geen twee antwoorden hetzelfde).
setup-question-label = Vraag { $n }
setup-answer-label = Antwoord { $n }
setup-err-email-shape = Voer een e-mailadres in, bijvoorbeeld someone@example.com.
setup-err-email-same = Gebruik een ander adres dan dat van je werkaccount.
setup-err-phone = Dat telefoonnummer lijkt niet te kloppen.
setup-err-questions = Je beveiligingsvragen zijn niet opgeslagen.
setup-err-questions-count = Beantwoord alle vragen.
setup-err-questions-unknown = Kies vragen uit de lijst.
setup-err-questions-duplicate = Kies in elk vak een andere vraag.
setup-err-answer-length = Antwoorden moeten 3 tot 40 tekens lang zijn.
setup-err-answer-duplicate = Geef op elke vraag een ander antwoord.
setup-err-too-many-apps = Je hebt al het maximale aantal authenticator-apps. Verwijder er eerst een.
setup-err-token-unknown = Dat token is niet aan jou toegewezen of is al actief.
protect-title = Help ons je account te beveiligen
protect-intro = Je organisatie heeft meer gegevens nodig om je account veilig te houden en om je je wachtwoord zelf opnieuw te laten instellen.
protect-skip = Nu overslaan
confirm-title = Zijn je beveiligingsgegevens nog juist?
confirm-intro = Controleer de methoden waarmee je je wachtwoord opnieuw instelt. Bevestig ze, of bewerk ze als er iets is veranderd.
confirm-looks-good = Ziet er goed uit
confirm-edit = Je beveiligingsgegevens bewerken
confirm-done = Bedankt! Je beveiligingsgegevens zijn bevestigd.
change-title = Wachtwoord wijzigen
change-current-label = Huidig wachtwoord
change-button = Wachtwoord wijzigen
change-done = Je wachtwoord is gewijzigd.

## Security questions (G6, predefined list)
sq-first-pet = Wat was de naam van je eerste huisdier?
sq-birth-city = In welke plaats ben je geboren?
sq-first-school = Wat was de naam van je eerste school?
sq-childhood-friend = Wat is de voornaam van je beste jeugdvriend of -vriendin?
sq-first-job-city = In welke plaats had je je eerste baan?
sq-grandparent-name = Wat is de voornaam van je oudste grootouder?
sq-first-concert = Wat was het eerste concert dat je hebt bezocht?
sq-childhood-street = In welke straat woonde je als kind?
sq-favourite-teacher = Wat was de achternaam van je favoriete leraar of lerares?
sq-first-car = Wat was het merk en model van je eerste auto?

## Notifications on a paired device (V4)
option-push = Een melding op mijn apparaat goedkeuren
pending-push = We hebben een melding naar je apparaat gestuurd. Open de melding en voer dit nummer in:
pending-push-then = Selecteer daarna hier Doorgaan.
push-continue = Doorgaan
err-push-pending = De melding is nog niet beantwoord. Beantwoord deze op je apparaat en selecteer daarna Doorgaan.
err-push-denied = De melding is geweigerd of het nummer kwam niet overeen. Kies een methode om het opnieuw te proberen.
method-notification = Meldingen op mijn apparaat
add-notification = Een apparaat voor meldingen toevoegen
setup-device-intro = Gebruik je telefoon als apparaat dat verzoeken goedkeurt: selecteer Volgende om een koppelcode te krijgen.
setup-device-step-open = Open op je telefoon de apparaatpagina:
setup-device-link = open de apparaatpagina
setup-device-step-code = Voer daar deze koppelcode in:
setup-device-then = Kom hier terug zodra de apparaatpagina meldt dat het apparaat is gekoppeld.
setup-device-done = Gereed
device-title = Je apparaat
device-intro = Met deze pagina keur je aanmeldings- en wachtwoordherstelverzoeken voor je account goed. Voeg de pagina toe aan je startscherm, zodat je hem bij de hand hebt.
device-paired = Dit apparaat is gekoppeld. Controleer op verzoeken wanneer je wordt gevraagd er een goed te keuren.
device-pair-failed = Die koppelcode werkt niet. Haal een nieuwe op via je beveiligingsgegevens.
device-approved = Goedgekeurd. Je kunt teruggaan naar het andere scherm.
device-denied = Geweigerd. Er is niets goedgekeurd.
device-no-request = Er staat geen verzoek klaar.
device-request = %org% vraagt je te bevestigen dat jij het bent (%upn%).
device-request-title = Dit verzoek goedkeuren?
device-pair-code = Koppelcode
device-name = Naam voor dit apparaat
device-name-default = Mijn telefoon
device-pair-button = Dit apparaat koppelen
device-check = Controleren op verzoeken
device-number = Nummer op het andere scherm
device-approve = Goedkeuren
device-deny = Weigeren
device-needs-js = Deze pagina heeft JavaScript nodig om de sleutel te bewaren en goedkeuringen te ondertekenen.

## Sign-in, second step (G1)
check-title = Je identiteit verifiëren
check-intro = Je account heeft beveiligingsgegevens. Daarom is er een tweede controle nodig voordat je deze kunt bekijken of wijzigen.

## The on-premises directory (P10, P11)
err-directory-policy = De directory van je organisatie heeft dit wachtwoord niet geaccepteerd. Misschien heb je het al eens gebruikt of voldoet het niet aan een van de eigen regels van de directory. Probeer een ander wachtwoord.
err-directory = We konden de directory van je organisatie niet bereiken. Er is niets gewijzigd. Probeer het zo opnieuw.

## Issue 10: a form post with a field missing
err-form-incomplete = Het formulier is onvolledig aangekomen. Vul alle velden in en probeer het opnieuw.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Voortgang
progress-step = Stap { $current } van { $total }
step-userid = Gebruikers-ID
step-verify = Verificatie
step-password = Nieuw wachtwoord
step-done = Gereed
resend-code = Code opnieuw verzenden
resend-in = Je kunt over { $seconds ->
    [one] één seconde
   *[other] { $seconds } seconden
} een nieuwe code aanvragen.
helpdesk-contact = Hulp nodig? Neem contact op met je helpdesk: { $contact }
brand-logo-alt = { $org }
setup-add-method = Methode toevoegen
setup-delete-title = Deze methode verwijderen?
setup-delete-confirm = '{ $what }' wordt verwijderd uit je beveiligingsgegevens.
setup-delete-last-warning = Je hebt deze methode nodig om je wachtwoord opnieuw in te stellen. Zonder deze methode kun je je wachtwoord pas weer zelf opnieuw instellen als je een andere methode toevoegt.
setup-delete-confirm-button = Ja, verwijderen
setup-app-open-link = Openen in een authenticator-app op deze telefoon
setup-app-secret-grouped = Geheime sleutel, in groepen van vier:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }-{ $month }-{ $year } { $hour }:{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Issue 12: de beheerdersconsole. De titels van de blades volgen de pagina's voor wachtwoordherstel in Entra.
account-admin-console = Beheerdersconsole
admin-title = Beheerdersconsole
admin-sign-in = Meld je aan met je beheerdersaccount om de console te openen.
admin-not-admin = Deze console is bedoeld voor beheerders. Je account heeft geen beheerdersrol.
admin-second-step = Voor de console is een tweede aanmeldingsstap nodig. Voeg een telefoon of een authenticator-app toe aan je beveiligingsgegevens, meld je af en meld je opnieuw aan.
admin-go-setup = Naar je beveiligingsgegevens
admin-go-account = Terug naar mijn account
admin-back = Terug naar de console
admin-tenant = Organisatie: { $name }
admin-signed-in-as = Aangemeld als { $name }, met de rollen: { $roles }
admin-policy-heading = Beleid voor wachtwoordherstel
admin-readonly = Met je rollen kun je gebruikers helpen, maar kun je het beleid voor wachtwoordherstel niet wijzigen. Een globale beheerder of een beheerder van verificatiebeleid kan het wijzigen.
admin-draft-pending = Er wacht een wijziging in { $page } op je controle.
admin-draft-open = De wijziging openen
admin-draft-elsewhere = Er wacht een wijziging in { $page } op controle. Als je deze pagina controleert, wordt die wijziging vervangen.
admin-saved = Opgeslagen als wijziging { $id }.
admin-discarded = De wijziging is verworpen. Er is niets opgeslagen.
admin-blade-properties = Eigenschappen
admin-blade-methods = Verificatiemethoden
admin-blade-registration = Registratie
admin-blade-notifications = Meldingen
admin-blade-customization = Aanpassing
admin-blade-on-premises = On-premises integratie
admin-blade-administrators = Beheerdersbeleid
admin-f-scope = Selfservice voor wachtwoordherstel ingeschakeld voor
admin-scope-none = Geen
admin-scope-selected = Geselecteerde groepen
admin-scope-all = Alle gebruikers
admin-f-groups = Groepen
admin-f-groups-hint = Vink de groepen aan waarvoor selfservice voor wachtwoordherstel is ingeschakeld, of typ andere groepsnamen, gescheiden door komma's. Wordt gebruikt als Geselecteerde groepen is gekozen.
admin-f-methods-required = Aantal methoden dat vereist is voor opnieuw instellen
admin-f-methods-required-hint = 1 of 2.
admin-f-methods = Methoden die beschikbaar zijn voor gebruikers
admin-f-questions-to-register = Aantal beveiligingsvragen dat vereist is voor registratie
admin-f-questions-to-ask = Aantal beveiligingsvragen dat vereist is voor opnieuw instellen
admin-f-custom-questions = Eigen beveiligingsvragen van je organisatie
admin-f-custom-questions-hint = Eén vraag per regel, aangeboden naast de vooraf gedefinieerde vragen.
admin-f-require-registration = Gebruikers verplichten zich te registreren bij het aanmelden
admin-f-reconfirm-days = Aantal dagen voordat gebruikers wordt gevraagd hun verificatiegegevens opnieuw te bevestigen
admin-f-reconfirm-days-hint = 0 tot 730; bij 0 wordt het nooit gevraagd.
admin-f-notify-users = Gebruikers op de hoogte stellen van wachtwoordherstel
admin-f-notify-admins = Alle beheerders op de hoogte stellen wanneer andere beheerders hun wachtwoord opnieuw instellen
admin-f-helpdesk = Helpdesklink
admin-f-helpdesk-hint = Een e-mailadres of een webadres dat begint met https://. Laat dit leeg om geen link te tonen.
admin-f-logo = Organisatielogo
admin-f-logo-hint = Een bestand op deze portal, zoals /brand/logo.svg. Laat dit leeg om alleen de naam te tonen.
admin-f-accent = Accentkleur
admin-f-accent-hint = Geschreven als #rrggbb, donker genoeg voor witte tekst.
admin-f-sign-in-domain = Domein in de aanmeldingshint
admin-f-sign-in-domain-hint = Wordt getoond in het voorbeeld van de gebruikers-ID, zoals contoso.com.
admin-f-writeback = Wachtwoorden terugschrijven naar je on-premises directory
admin-f-allow-unlock = Gebruikers toestaan accounts te ontgrendelen zonder hun wachtwoord opnieuw in te stellen
admin-f-admin-sspr = Beheerders toestaan hun eigen wachtwoord opnieuw in te stellen
admin-f-admin-sspr-hint = Beheerders hebben altijd twee methoden nodig: een e-mailadres of telefoon en nog een andere.
admin-review-button = Wijziging controleren
admin-errors-heading = Deze wijziging kan niet worden opgeslagen:
admin-live-ok = Deze wijziging kan worden opgeslagen.
admin-err-number = Voer een geheel getal in.
admin-err-helpdesk = Voer een e-mailadres in of een webadres dat begint met https://.
admin-err-forbidden = Met je rollen kun je het beleid voor wachtwoordherstel niet wijzigen.
admin-err-no-draft = Er wacht geen wijziging op controle.
admin-err-no-change = Die wijziging staat niet in de geschiedenis.
admin-err-refused = Deze wijziging overtreedt een regel van het beleid. Bewerk de wijziging en controleer deze opnieuw.
admin-review-title = De wijziging controleren
admin-review-page = Pagina: { $page }
admin-changes = Wat er verandert: { $keys }
admin-no-change = Hiermee verandert er niets.
admin-impact-heading = Wie het wachtwoord opnieuw kan instellen
admin-impact-summary = { $before } van de { $users } gebruikers kunnen nu hun wachtwoord opnieuw instellen; na deze wijziging zouden dat er { $after } zijn.
admin-stranded-none = Niemand verliest de mogelijkheid om het wachtwoord opnieuw in te stellen.
admin-stranded = { $count ->
    [one] Eén gebruiker kon het wachtwoord eerst opnieuw instellen en kan dat daarna niet meer:
   *[other] { $count } gebruikers konden het wachtwoord eerst opnieuw instellen en kunnen dat daarna niet meer:
}
admin-stranded-hint = Vraag ze om meer methoden te registreren op hun pagina met beveiligingsgegevens voordat je opslaat, anders moeten ze de helpdesk bellen.
admin-gained = { $count ->
    [one] Eén gebruiker kon het wachtwoord eerst niet opnieuw instellen en kan dat daarna wel:
   *[other] { $count } gebruikers konden het wachtwoord eerst niet opnieuw instellen en kunnen dat daarna wel:
}
admin-export-csv = De lijst downloaden (CSV)
admin-save = Opslaan
admin-discard = Negeren
admin-edit-again = Opnieuw bewerken
admin-history-title = Wijzigingsgeschiedenis
admin-history-empty = Er zijn nog geen wijzigingen opgeslagen.
admin-history-change = Wijziging
admin-history-when = Wanneer
admin-history-who = Beheerder
admin-history-what = Gewijzigde instellingen
admin-revert = Terugdraaien
admin-revert-label = Wijziging { $id } terugdraaien
admin-reverts = draait wijziging { $id } terug
admin-reverted = Wijziging { $id } is teruggedraaid. De instellingen die ermee waren vervangen, zijn terug.
admin-key-scope = wie opnieuw mag instellen
admin-key-admin-sspr = herstel door beheerders
admin-key-methods-required = vereiste methoden
admin-key-methods = beschikbare methoden
admin-key-questions-to-register = vragen voor registratie
admin-key-questions-to-ask = vragen voor herstel
admin-key-custom-questions = eigen beveiligingsvragen
admin-key-require-registration = registratie verplicht
admin-key-reconfirm-days = dagen tot herbevestiging
admin-key-notify-users = meldingen aan gebruikers
admin-key-notify-admins = meldingen aan beheerders
admin-key-helpdesk = helpdesklink
admin-key-branding = huisstijl
admin-key-writeback = wachtwoord terugschrijven
admin-key-allow-unlock = account ontgrendelen
admin-key-password = wachtwoordregels
admin-key-phone-countries = landen voor telefoonnummers
admin-key-sms-sender = sms-afzender

# Issue 12: de rapporten van de console (A2).
admin-reports-title = Rapporten
admin-reports-link = Registraties, herstelacties, fouten en wie het wachtwoord niet opnieuw kan instellen
admin-reports-period = De afgelopen { $days } dagen, vanaf { $since } (UTC).
admin-reports-chart = Grafiek van de onderstaande tabel
admin-reports-by-day = Registraties, herstelacties en ontgrendelingen per dag
admin-col-day = Dag
admin-col-registrations = Registraties
admin-col-resets = Herstelacties
admin-col-unlocks = Ontgrendelingen
admin-col-user = Gebruiker
admin-reports-funnel = Hoe ver herstelpogingen kwamen
admin-reports-funnel-hint = Elke poging begint met een gebruikers-ID. Waar de aantallen dalen, haken gebruikers af.
admin-col-step = Stap
admin-col-attempts = Pogingen
admin-funnel-started = Gestart
admin-funnel-eligible = Mag opnieuw instellen
admin-funnel-verified-one = Eén methode geverifieerd
admin-funnel-verified-two = Tweede methode geverifieerd
admin-funnel-password-set = Nieuw wachtwoord ingesteld of account ontgrendeld
admin-reports-failures = Fouten per reden
admin-col-reason = Reden
admin-col-count = Aantal
admin-reports-none = Niets in deze periode.
admin-reports-methods = Methoden gebruikt voor herstel of ontgrendeling
admin-col-method = Methode
admin-reports-cannot = Wie het wachtwoord niet opnieuw kan instellen
admin-reports-can = { $can } van de { $users } gebruikers kunnen nu hun wachtwoord opnieuw instellen.
admin-reports-short = { $count ->
    [one] Eén gebruiker kan het wachtwoord niet opnieuw instellen omdat er methoden ontbreken:
   *[other] { $count } gebruikers kunnen het wachtwoord niet opnieuw instellen omdat er methoden ontbreken:
}
# Issue 12: de gebruikerspagina van de console (D1, D3).
admin-users-title = Gebruikers
admin-users-link = Een gebruiker opzoeken: methoden, blokkeringen en contactgegevens
admin-users-lookup-label = Gebruikers-ID
admin-users-lookup = Opzoeken
admin-err-no-user = Er is geen gebruiker met die ID in je organisatie.
admin-err-protected = Deze gebruiker is een beheerder buiten het bereik van je rollen. Vraag het aan een globale beheerder.
admin-err-contact = Voer een ander e-mailadres in dan dat van de gebruiker zelf, en telefoonnummers als +<landcode> <nummer>.
admin-user-status = Accountstatus
admin-user-enabled = Ingeschakeld
admin-user-disabled = Uitgeschakeld
admin-user-locked = vergrendeld in de directory
admin-user-password = Wachtwoord
admin-user-cloud = Beheerd door deze portal
admin-user-onprem = Beheerd door de on-premises directory
admin-user-groups = Groepen
admin-user-roles = Beheerdersrollen
admin-user-none = Geen
admin-user-methods = Methoden van de gebruiker
admin-user-reset = Selfservice voor wachtwoordherstel
admin-user-can-reset = Kan het wachtwoord nu opnieuw instellen.
admin-user-cannot-reset = Kan nu niet opnieuw instellen:
admin-reason-consumer = een persoonlijk account, waarvoor deze portal niet bedoeld is.
admin-reason-unavailable = het account is uitgeschakeld.
admin-reason-not-enabled = selfservice voor wachtwoordherstel is niet ingeschakeld voor de groepen van de gebruiker.
admin-reason-not-registered = niet genoeg methoden geregistreerd voor het beleid.
admin-reason-admin-not-registered = een beheerder heeft twee methoden nodig en heeft er minder.
admin-reason-writeback-off = het wachtwoord wordt on-premises beheerd en terugschrijven is uitgeschakeld.
admin-user-blocks = Blokkeringen
admin-user-no-blocks = Momenteel geen blokkeringen.
admin-user-reset-blocked = Wachtwoordherstel geblokkeerd tot { $until } (te veel onjuiste codes of antwoorden)
admin-user-sends-blocked = Codes geblokkeerd tot { $until } (te veel verzonden)
admin-user-signin-locked = Aanmelden vergrendeld tot { $until } (te veel onjuiste wachtwoorden)
admin-user-clear = Blokkeringen opheffen
admin-user-cleared = De blokkeringen zijn opgeheven.
admin-user-contact = Contactgegevens
admin-user-alternate-email = Alternatief e-mailadres
admin-user-mobile = Mobiele telefoon
admin-user-office = Kantoortelefoon
admin-user-contact-hint = Telefoonnummers als +<landcode> <nummer>. Laat een veld leeg om het te wissen.
admin-user-contact-save = Contactgegevens opslaan
admin-user-contact-saved = De contactgegevens zijn opgeslagen.
admin-user-protected = Deze gebruiker is een beheerder buiten het bereik van je rollen: alleen een globale beheerder kan de contactgegevens of blokkeringen van deze gebruiker wijzigen.

# Issue 12: de herstelcode van de helpdesk en meldingen over wat een beheerder heeft gewijzigd.
admin-recovery-heading = Herstelcode
admin-recovery-intro = Voor een gebruiker die alle methoden kwijt is: een eenmalige code, 8 uur geldig, waarmee de gebruiker zich één keer kan aanmelden om nieuwe methoden te registreren. Geef de code persoonlijk door of tijdens een telefoongesprek dat je zelf hebt gestart; de gebruiker krijgt hierover bericht op de eigen e-mailadressen.
admin-recovery-issue = Een herstelcode uitgeven
admin-recovery-issued = Er is een herstelcode uitgegeven. De code wordt maar één keer weergegeven.
admin-recovery-code-is = De herstelcode:
admin-recovery-until = De herstelcode is geldig tot { $until }.
admin-recovery-hand-over = Lees de code pas aan de gebruiker voor als je zeker weet wie het is. De code wordt niet opnieuw weergegeven.
admin-recovery-done = Klaar, code verbergen
recovery-link = Heb je een herstelcode van je helpdesk gekregen?
recovery-title = Aanmelden met een herstelcode
recovery-intro = Als je al je methoden kwijt bent, kan je helpdesk je een eenmalige herstelcode geven. Meld je daarmee aan en registreer daarna nieuwe methoden op de pagina met je beveiligingsgegevens.
recovery-code-label = Herstelcode
recovery-code-hint = 16 letters en cijfers, zoals ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Je gebruikers-ID of herstelcode is onjuist, of de code is al gebruikt of verlopen.
recovery-back = In plaats daarvan aanmelden met je wachtwoord
msg-recovery-issued-subject = Er is een herstelcode voor je account uitgegeven
msg-recovery-issued-body = Een beheerder heeft een eenmalige herstelcode uitgegeven voor { $user }. Heb je je helpdesk hier niet om gevraagd? Neem dan direct contact op met je beheerder.
msg-recovery-used-subject = Iemand heeft zich aangemeld met een herstelcode
msg-recovery-used-body = { $user } is aangemeld met een herstelcode om nieuwe beveiligingsgegevens te registreren. Was jij dit niet? Neem dan direct contact op met je beheerder.
msg-contact-changed-subject = Je contactgegevens zijn gewijzigd
msg-contact-changed-body = Een beheerder heeft de contactgegevens van { $user } gewijzigd (een e-mailadres of telefoonnummer waarmee het wachtwoord opnieuw kan worden ingesteld). Had je dit niet verwacht? Neem dan direct contact op met je beheerder.

# Issue 12: zoeken in het auditlogboek van de console (A1, W2).
admin-audit-title = Auditlogboek
admin-audit-link = Het auditlogboek doorzoeken en downloaden
admin-audit-user = Gebruikers-ID
admin-audit-from = Van (YYYY-MM-DD, UTC)
admin-audit-to = Tot (YYYY-MM-DD, UTC)
admin-audit-step = Stap
admin-audit-outcome = Resultaat
admin-audit-ip = IP-adres
admin-audit-client = Clienttype
admin-audit-any = Alle
admin-audit-search = Zoeken
admin-audit-bad-date = Voer een datum in als YYYY-MM-DD, bijvoorbeeld 2026-11-05.
admin-audit-count = { $count ->
    [one] Eén vermelding komt overeen.
   *[other] { $count } vermeldingen komen overeen.
}
admin-audit-capped = Alleen de nieuwste vermeldingen worden weergegeven en gedownload; verfijn de zoekopdracht om de rest te zien.
admin-audit-pages = Pagina's van het resultaat
admin-audit-newer = Nieuwere vermeldingen
admin-audit-older = Oudere vermeldingen
admin-audit-export-json = Downloaden als JSON-regels

# Issue 12: de pagina Bedrijfsvoering van de console.
admin-ops-title = Bedrijfsvoering
admin-ops-link = Bedrijfsvoering: de databank, de directory en de e-mailwachtrij op dit moment
admin-ops-database = Databank
admin-ops-directory = On-premises directory
admin-ops-no-directory = Niet geconfigureerd
admin-ops-ok = Werkt
admin-ops-down = Reageert niet
admin-ops-on = Aan
admin-ops-off = Uit
admin-ops-directory-error = Laatste directoryfout (30 dagen)
admin-ops-mail-waiting = Meldingen die wachten op verzending
admin-ops-mail-oldest = Oudste wachtende melding wacht sinds
admin-ops-mail-sent = Verzonden meldingen
admin-ops-mail-failed = Meldingen opgegeven na nieuwe pogingen
admin-ops-hashing = Wachtwoordhashes die wachten op dit knooppunt
admin-ops-version = Versie
admin-ops-hint = Gecontroleerd bij het openen van deze pagina, door het knooppunt dat de pagina leverde. De e-mailaantallen gelden voor de hele portal; /metrics heeft de rest.

# Issue 12: de groepskiezer van P1 en de melding van M2 aan de gebruikers die na een wijziging hun wachtwoord niet meer opnieuw kunnen instellen.
admin-f-groups-other = Andere groepen
admin-f-groups-none = Deze organisatie heeft nog geen groepen in de portal: typ de groepsnamen.
admin-notify-stranded = De gebruikers die na deze wijziging hun wachtwoord niet opnieuw kunnen instellen een e-mail sturen met het verzoek meer methoden te registreren
msg-register-needed-subject = Registreer meer beveiligingsgegevens
msg-register-needed-body = Je organisatie vraagt nu om meer beveiligingsgegevens voordat een wachtwoord opnieuw kan worden ingesteld. Totdat je je aanmeldt en methoden toevoegt op je pagina met beveiligingsgegevens, kan { $user } het wachtwoord niet opnieuw instellen zonder de helpdesk te bellen.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Laatste directorysynchronisatie (sspr directory sync)
admin-ops-sync-counts = weggeschreven wijzigingen: { $changes }; geweigerde waarden: { $refused }; gebruikers zonder organisatie: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Een vertaling staat op een regel onder de vraag, als taalcode, dubbele punt en tekst (zoals ja-JP: …), en is 1 tot 200 tekens lang.
admin-err-translation-first = Schrijf eerst de vraag en daarna de vertalingen op de regels eronder.
admin-f-question-translations-hint = Als je een vraag in een andere taal wilt weergeven, voeg je eronder een regel toe met de taalcode, een dubbele punt en de vertaling, zoals "ja-JP: 事務所の植物の名前は？". Gebruikers voor wier taal er geen vertaling is, zien de vraag zoals die is geschreven.
admin-f-recovery-code-resets = Een herstelcode van de helpdesk mag het wachtwoord van de gebruiker ook één keer opnieuw instellen
admin-key-recovery-code-resets = herstelcodes die wachtwoorden opnieuw instellen
recovery-reset-hint = Als je organisatie dit toestaat, kan de code in plaats daarvan één keer je wachtwoord opnieuw instellen.
recovery-reset-button = Mijn wachtwoord opnieuw instellen
recovery-no-reset = Je organisatie staat alleen toe dat je je met een herstelcode aanmeldt. Registreer hier nieuwe methoden; daarmee kun je daarna je wachtwoord opnieuw instellen.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Herstel gestart
audit-step-choose = Herstel of ontgrendeling gekozen
audit-step-select = Methode gekozen
audit-step-send-code = Code verzonden
audit-step-verify = Methode geverifieerd
audit-step-unlock = Account ontgrendeld
audit-step-reset = Wachtwoord opnieuw ingesteld
audit-step-password = Nieuw wachtwoord ingevoerd
audit-step-directory = Terugschrijven naar directory
audit-step-notify = Melding
audit-step-admin-request = Verzoek aan beheerders
audit-step-signin = Aanmelding
audit-step-signin-verify = Tweede aanmeldingsstap
audit-step-signout = Afmelding
audit-step-interrupt = Registratieverzoek bij aanmelding
audit-step-reconfirm = Beveiligingsgegevens opnieuw bevestigd
audit-step-register = Methode geregistreerd
audit-step-register-send-code = Registratiecode verzonden
audit-step-register-pairing = Authenticator-app gekoppeld
audit-step-register-verify = Registratiecode gecontroleerd
audit-step-delete-method = Methode verwijderd
audit-step-change-password = Wachtwoord gewijzigd
audit-step-delivery = Afleverbevestiging
audit-step-policy-change = Beleid gewijzigd
audit-step-admin-clear-blocks = Blokkeringen opgeheven door een beheerder
audit-step-admin-set-contact = Contactgegevens ingesteld door een beheerder
audit-step-admin-recovery-code = Herstelcode uitgegeven
audit-step-directory-sync = Directorysynchronisatie
audit-outcome-ok = Geslaagd
audit-outcome-fail = Mislukt
audit-outcome-blocked = Geblokkeerd
audit-outcome-error = Fout
audit-outcome-rejected = Geweigerd
audit-outcome-ineligible = Niet in aanmerking
audit-outcome-dismissed = Uitgesteld
audit-client-browser = Webbrowser
audit-client-sign-in-screen = Aanmeldingsscherm
audit-client-app = Toepassing

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Aan
admin-value-off = Uit
admin-value-empty = (leeg)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Laatst teruggeschreven wachtwoord (of ontgrendeld account) in de directory

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Wachtwoord opnieuw ingesteld
done-title-unlock = Account ontgrendeld
admin-f-sign-in-url = Aanmeldingspagina van je organisatie
admin-f-sign-in-url-hint = Waar de knop op de laatste pagina van het opnieuw instellen naartoe leidt, zoals https://login.contoso.com. Laat dit leeg voor de standaardpagina van deze portal.
policy-err-sign-in-url = Voer de aanmeldingspagina in als een webadres dat begint met https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Vooraf gedefinieerde beveiligingsvragen waaruit gebruikers kunnen kiezen
admin-key-predefined-questions = vooraf gedefinieerde beveiligingsvragen
policy-err-too-few-questions = Bied minstens zoveel beveiligingsvragen aan (vooraf gedefinieerde en eigen vragen) als gebruikers moeten registreren.
