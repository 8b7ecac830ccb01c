# sspr, nb-NO. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Selvbetjent tilbakestilling av passord
reset-title = Få tilgang til kontoen din igjen
skip-to-content = Gå til hovedinnholdet
lang-switch-label = Språk
next = Neste
back-to-start = Start på nytt
retry = Prøv igjen
something-wrong = Noe gikk galt. Prøv igjen senere.
not-found = Denne siden finnes ikke.
working = Arbeider …

## Entry (E2)
entry-intro = For å gjenopprette kontoen din begynner du med å skrive inn bruker-ID-en din og svaret på spørsmålet nedenfor.
userid-label = Bruker-ID
userid-hint = Eksempel: { $example }
captcha-legend = Bevis at du ikke er en robot
captcha-nojs = Når du har valgt Neste, kontrolleres nettleseren din i noen sekunder ({ $seconds } eller mer). Du trenger ikke å gjøre noe annet.
captcha-working = Kontrollerer nettleseren din …
captcha-done = Ferdig. Du kan fortsette.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Kontakt administratoren din
contact-reason-consumer = Personlige kontoer kan ikke bruke denne portalen. Bruk i stedet gjenopprettingsalternativene hos e-postleverandøren din.
contact-reason-unavailable = Vi kan ikke tilbakestille denne kontoen her. Den finnes kanskje ikke, eller den kan være deaktivert.
contact-reason-not-enabled = Selvbetjent tilbakestilling av passord er ikke slått på for denne kontoen.
contact-reason-not-registered = Denne kontoen har ikke nok registrert sikkerhetsinformasjon til at passordet kan tilbakestilles.
contact-reason-admin-not-registered = Administratorkontoer må ha to registrerte metoder (e-post, mobiltelefon, jobbtelefon eller godkjenningsapp) for å kunne tilbakestille et passord.
contact-reason-writeback-off = Passordet for denne kontoen administreres lokalt og kan ikke tilbakestilles her.
contact-also-intro = Dette kan også skje når:
contact-also-consumer = kontoen er en personlig konto hos en e-postleverandør for privatpersoner
contact-also-unavailable = bruker-ID-en er skrevet feil, eller kontoen ikke finnes eller er slått av
contact-also-not-enabled = selvbetjent tilbakestilling av passord ikke er slått på for kontoen
contact-also-not-registered = kontoen ikke har nok registrert sikkerhetsinformasjon (hvis du kan logge på, viser siden med sikkerhetsinformasjonen din hva som mangler)
contact-also-admin-not-registered = en administratorkonto ikke har to registrerte metoder
contact-also-writeback-off = passordet administreres av organisasjonens egen katalog
contact-helpdesk-link = Kontakt brukerstøtte
contact-helpdesk-email = Send e-post til brukerstøtte: { $email }
contact-no-helpdesk = Be administratoren i organisasjonen din om hjelp.
contact-request-button = Be administratorene mine om å tilbakestille passordet mitt
contact-request-sent = Forespørselen din er sendt til administratorene dine.

## Trouble choice
choose-title = Hvorfor har du problemer med å logge på?
choose-forgot = Jeg har glemt passordet mitt
choose-forgot-hint = Ingen fare, vi hjelper deg med å tilbakestille det ved hjelp av sikkerhetsinformasjonen du har registrert.
choose-unlock = Jeg vet passordet mitt, men kan likevel ikke logge på
choose-unlock-hint = Dette kan skje hvis du har prøvd å logge på med feil passord for mange ganger.

## Verification (V1..V6)
verify-title = Bekreft identiteten din
verify-step = Bekreftelsestrinn { $current } av { $required }
verify-pick = Velg kontaktmetoden vi skal bruke for bekreftelsen:
verify-passed = Bekreftet
option-email = Send e-post til den alternative adressen min { $masked }
option-sms = Send SMS til mobiltelefonen min { $masked }
option-voice = Ring mobiltelefonen min { $masked }
option-office = Ring jobbtelefonen min { $masked }
option-app = Skriv inn en kode fra godkjenningsappen min
option-software_oath = Skriv inn en kode fra programvaretokenet mitt
option-hardware_oath = Skriv inn en kode fra maskinvaretokenet mitt
option-questions = Svar på sikkerhetsspørsmålene mine
pending-email = Vi har sendt en e-post med en bekreftelseskode til { $masked }.
pending-sms = Vi har sendt en SMS med en bekreftelseskode til { $masked }.
pending-voice = Vi ringer { $masked }. Lytt etter bekreftelseskoden.
pending-totp = Skriv inn koden som vises i appen eller på tokenet ditt.
code-label = Bekreftelseskode
questions-legend = Svar på sikkerhetsspørsmålene dine
verify-button = Bekreft

## New password (N1, N2)
password-title = Velg et nytt passord
password-label = Nytt passord
confirm-label = Bekreft det nye passordet
password-rules = Passordet ditt må:
pw-rule-length = være minst { $min } tegn langt
pw-rule-max-length = være høyst { $max } tegn langt
pw-rule-classes = inneholde tre av følgende: små bokstaver, store bokstaver, sifre, symboler
pw-rule-banned = ikke være et vanlig eller forbudt passord
pw-rule-name = ikke inneholde navnet ditt
pw-rule-match = samsvare med bekreftelsen
pw-rule-classes-ad = inneholde tre av følgende: små bokstaver, store bokstaver, sifre, symboler, bokstaver uten store og små varianter (for eksempel kana)
pw-rule-name-ad = ikke inneholde kontonavnet ditt eller noen del av navnet ditt på 3 eller flere tegn
pw-dir-heading = Når du sender inn passordet, kontrollerer organisasjonens katalog også at det:
pw-dir-history = { $n ->
    [one] ikke er det nåværende passordet ditt
   *[other] ikke er ett av de { $n } siste passordene dine
}
pw-dir-min-age = { $n ->
    [one] endres tidligst én dag etter forrige passordendring
   *[other] endres tidligst { $n } dager etter forrige passordendring
}
pw-dir-module = oppfyller organisasjonens øvrige kvalitetsregler
pw-rule-ok = oppfylt
pw-rule-not-ok = ikke oppfylt
finish = Fullfør

## Done
done-reset = Passordet ditt er tilbakestilt.
done-unlock = Kontoen din er låst opp.
done-sign-in = Logg på med kontoen din

## Errors (flows)
err-no-flow = Økten din er utløpt. Start på nytt.
err-captcha = Kontrollen av at du ikke er en robot, er utløpt eller allerede brukt. Prøv igjen.
err-wrong-step = Det trinnet er ikke lenger tilgjengelig. Fortsett herfra.
err-unknown-option = Velg en av metodene i listen.
err-code-wrong = Koden fungerte ikke. Kontroller den og prøv igjen.
err-code-expired = Koden er utløpt. Send en ny.
err-code-used = Koden er allerede brukt. Fortsett herfra.
err-blocked = Du har prøvd for mange ganger. Prøv igjen etter { $until }.
err-email-limit = Vi har sendt for mange koder. Prøv igjen etter { $until }, eller bruk en annen metode.
err-answers-wrong = Ett eller flere svar var feil. Her er noen nye spørsmål.
err-password = Passordet oppfyller ikke kravene nedenfor.
err-delivery = Vi kunne ikke sende meldingen akkurat nå. Prøv igjen senere, eller bruk en annen metode.
err-admin-request-limit = Du har allerede sendt flere forespørsler. Administratorene dine kommer tilbake til deg.
err-internal = Noe gikk galt. Prøv igjen senere.
userid-err-empty = Skriv inn bruker-ID-en din.
userid-err-shape = Skriv inn bruker-ID-en din som navn@domene, for eksempel { $example }.
userid-err-too-long = Bruker-ID-en er for lang.

## Messages (email, SMS, voice)
msg-code-subject = Bekreftelseskode for { $org }-kontoen din
msg-code-email = Bruk følgende kode for å bekrefte kontoen din: { $code }. Den utløper om { $minutes } minutter. Hvis du ikke har bedt om den, kan du se bort fra denne e-posten.
msg-code-sms = Bruk bekreftelseskoden { $code } for å tilbakestille passordet ditt hos { $org }.
msg-code-voice = Bekreftelseskoden din er { $code }. Jeg gjentar: Koden din er { $code }.
msg-reset-subject = Passordet ditt er tilbakestilt
msg-reset-body = Passordet for { $user } ble nettopp tilbakestilt via selvbetjent tilbakestilling av passord. Hvis det ikke var deg, må du kontakte administratoren din med én gang.
msg-method-added-subject = Sikkerhetsinformasjon er lagt til på kontoen din
msg-method-added-body = «{ $method }» er lagt til i sikkerhetsinformasjonen for { $user }. Hvis det ikke var deg, må du logge på, fjerne den, endre passordet ditt og kontakte administratoren din.
msg-method-removed-subject = Sikkerhetsinformasjon er fjernet fra kontoen din
msg-method-removed-body = «{ $method }» er fjernet fra sikkerhetsinformasjonen for { $user }. Hvis det ikke var deg, må du logge på, kontrollere sikkerhetsinformasjonen din, endre passordet ditt og kontakte administratoren din.
msg-admin-reset-subject = En administrator har tilbakestilt sitt eget passord
msg-admin-reset-body = Administratoren { $user } har tilbakestilt sitt eget passord via selvbetjent tilbakestilling av passord.
msg-admin-request-subject = Forespørsel om tilbakestilling av passord
msg-admin-request-body = { $user } kan ikke tilbakestille passordet sitt via selvbetjening og ber en administrator om hjelp.

## Dev outbox (demo mode only)
outbox-title = Utboks (demo)
outbox-intro = Demomodus: Meldinger som portalen har sendt, skrives her i stedet for å bli levert. Nyeste først.
outbox-empty = Ingen meldinger ennå.
outbox-to = Til
demo-outbox-link = Demomodus: Les meldingen i utboksen (åpnes i en ny fane)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Velg minst én gruppe for omfanget «Valgte grupper».
policy-err-methods-required = Antallet påkrevde metoder må være 1 eller 2.
policy-err-too-few-methods = Aktiver minst like mange metoder som det kreves.
policy-err-office-phone-paid = Jobbtelefon er bare tilgjengelig for betalende leiere.
policy-err-questions-register = Brukerne må registrere mellom 3 og 5 sikkerhetsspørsmål.
policy-err-questions-ask = Det må stilles mellom 3 og 5 sikkerhetsspørsmål.
policy-err-questions-ask-exceeds = Du kan ikke stille flere spørsmål enn brukerne registrerer.
policy-err-reconfirm-days = Ny bekreftelse må være mellom 0 og 730 dager.
policy-err-app-needs-more = Når mobilappen er aktivert, må du aktivere nok andre metoder i tillegg.
policy-err-app-notification-alone = Når én metode kreves, teller ikke appvarselet alene.
policy-err-password-length = Passordlengden må være mellom 8 og 256 tegn.
policy-err-banned-terms = Høyst 1000 egendefinerte forbudte ord.
policy-err-sms-sender = SMS-avsenderen må være et navn på opptil 11 bokstaver og sifre, eller et telefonnummer som +15017122661.
phone-err-country-code = Start nummeret med + og landskoden.
phone-err-characters = Bruk bare sifre, mellomrom og bindestreker.
phone-err-length = Nummeret er for kort eller for langt.
policy-err-custom-question = Egendefinerte sikkerhetsspørsmål må være på 1 til 200 tegn og alle forskjellige.
policy-err-brand-accent = Profilfargen må skrives som #rrggbb og være mørk nok for hvit tekst (kontrast på minst 4,5:1).
policy-err-brand-logo = Logoen må være en fil på denne portalen (for eksempel /brand/logo.svg) eller et innebygd bilde.
policy-err-sign-in-domain = Påloggingsdomenet må være et domenenavn, for eksempel contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Logg på for å administrere sikkerhetsinformasjonen din
signin-title = Logg på
signin-intro = Logg på for å se og oppdatere sikkerhetsinformasjonen din eller endre passordet ditt.
signin-password-label = Passord
signin-button = Logg på
signin-cant-access = Får du ikke tilgang til kontoen din?
signin-signed-out = Du er logget av.
signout-button = Logg av
account-title = Min konto
account-signed-in-as = Logget på som { $name } ({ $upn })
account-reset-attempts = Noen har prøvd å tilbakestille passordet ditt og mislyktes med bekreftelsen { $count ->
    [one] én gang
   *[other] { $count } ganger
}, sist { $when }. Hvis det ikke var deg, er passordet ditt uendret. Sørg for at sikkerhetsinformasjonen er din, og gi beskjed til administratoren din.
account-cannot-reset = Du kan ikke tilbakestille passordet ditt selv ennå.
account-security-info = Sikkerhetsinformasjon
account-change-password = Endre passord
err-no-session = Du er ikke logget på, eller økten din er avsluttet. Logg på igjen.
err-credentials = Bruker-ID-en eller passordet er feil.
err-locked-out = Kontoen din er midlertidig låst for å hindre uautorisert bruk. Prøv igjen etter { $until }.
err-account-locked = Kontoen din er låst. Bruk «Får du ikke tilgang til kontoen din?» for å låse den opp.
err-not-allowed = Den metoden kan ikke brukes for kontoen din.
err-current-password = Det nåværende passordet ditt er feil.
err-on-premises = Passordet ditt administreres av organisasjonens katalog. Endre det der.
err-too-many = Det har vært for mange forsøk fra nettverket ditt. Prøv igjen etter { $until }.
err-resend-wait = Vi har nettopp sendt deg en kode på denne måten. Vent til { $until } før du ber om en ny, eller bruk en annen metode.
err-messages-paused = Vi kan ikke sende flere koder akkurat nå. Prøv igjen etter { $until }, eller bruk en metode som ikke krever en melding, for eksempel en godkjenningsapp eller sikkerhetsspørsmål.
err-phone-country = Organisasjonen din sender ikke koder til telefonnumre i dette landet. Bruk et annet nummer eller en annen metode.
err-busy = Tjenesten er opptatt akkurat nå. Vent litt og prøv igjen.
cancel = Avbryt
save = Lagre

## Security info (G2..G7, C1)
setup-title = Sikkerhetsinformasjon
setup-intro = Dette er metodene du bruker til å bevise hvem du er når du tilbakestiller passordet ditt.
setup-progress-ok = Du kan tilbakestille passordet ditt: { $have } av { $required } påkrevde metoder er konfigurert.
setup-progress-short = { $have } av { $required } påkrevde metoder er konfigurert. Legg til flere for å kunne tilbakestille passordet ditt.
setup-methods-heading = Metodene dine
setup-none = Du har ikke konfigurert noen metoder ennå.
setup-add-heading = Legg til en metode
setup-change = Endre
setup-change-label = Endre { $what }
setup-delete = Slett
setup-delete-label = Slett { $what }
setup-from-directory = (fra organisasjonens katalog)
setup-done-added = Metoden er lagt til.
setup-done-deleted = Metoden er slettet.
setup-back = Tilbake til sikkerhetsinformasjon
setup-not-available = Denne metoden er ikke tilgjengelig for kontoen din.
method-app = Godkjenningsapp
method-software = OATH-programvaretoken
method-hardware = Maskinvaretoken
method-phone = Telefon
method-office = Jobbtelefon
method-email = E-post
method-questions = Sikkerhetsspørsmål
method-questions-detail = { $count } spørsmål
add-app = Legg til en godkjenningsapp
add-software = Legg til et OATH-programvaretoken
add-hardware = Aktiver et maskinvaretoken
add-phone = Legg til eller endre telefonen din
add-office = Legg til eller endre jobbtelefonen din
add-email = Legg til eller endre e-postadressen din
add-questions = Konfigurer sikkerhetsspørsmål
setup-email-label = E-postadresse
setup-email-hint = Bruk en annen adresse enn den for jobbkontoen din. Vi sender en kode til den.
setup-phone-label = Telefonnummer
setup-office-label = Telefonnummer på jobb
setup-phone-hint = Ta med + og landskoden, for eksempel +47 412 34 567.
setup-phone-channel = Hvordan skal vi sende koden?
setup-phone-sms = Send meg en kode på SMS
setup-phone-voice = Ring meg
setup-app-intro = Installer en godkjenningsapp på telefonen din, og velg deretter Neste for å se QR-koden du skal skanne.
setup-software-intro = Velg Neste for å få den hemmelige nøkkelen til programvaretokenet ditt.
setup-app-step-scan = Skann QR-koden med appen din, eller skriv inn den hemmelige nøkkelen nedenfor.
setup-app-step-code = Skriv inn den sekssifrede koden som appen viser.
setup-app-qr-alt = QR-kode for godkjenningsappen din
setup-app-secret = Hemmelig nøkkel:
setup-hardware-intro = Velg serienummeret som står på tokenet ditt, og skriv inn koden det viser.
setup-hardware-serial = Serienummer
setup-questions-intro = Velg { $count } forskjellige spørsmål og svar på hvert av dem (3 til 40 tegn, ingen like svar).
setup-question-label = Spørsmål { $n }
setup-answer-label = Svar { $n }
setup-err-email-shape = Skriv inn en e-postadresse, for eksempel someone@example.com.
setup-err-email-same = Bruk en annen adresse enn den for jobbkontoen din.
setup-err-phone = Telefonnummeret ser ikke riktig ut.
setup-err-questions = Sikkerhetsspørsmålene dine ble ikke lagret.
setup-err-questions-count = Svar på alle spørsmålene.
setup-err-questions-unknown = Velg spørsmål fra listen.
setup-err-questions-duplicate = Velg et annet spørsmål i hver boks.
setup-err-answer-length = Svarene må være på 3 til 40 tegn.
setup-err-answer-duplicate = Gi et forskjellig svar på hvert spørsmål.
setup-err-too-many-apps = Du har allerede maksimalt antall godkjenningsapper. Slett én først.
setup-err-token-unknown = Det tokenet er ikke tilordnet deg, eller det er allerede aktivt.
protect-title = Hjelp oss med å beskytte kontoen din
protect-intro = Organisasjonen din trenger mer informasjon for å holde kontoen din sikker og la deg tilbakestille passordet ditt selv.
protect-skip = Hopp over for nå
confirm-title = Er sikkerhetsinformasjonen din fortsatt riktig?
confirm-intro = Kontroller metodene du bruker til å tilbakestille passordet ditt. Bekreft dem, eller rediger dem hvis noe er endret.
confirm-looks-good = Ser bra ut
confirm-edit = Rediger sikkerhetsinformasjonen din
confirm-done = Takk! Sikkerhetsinformasjonen din er bekreftet.
change-title = Endre passord
change-current-label = Nåværende passord
change-button = Endre passord
change-done = Passordet ditt er endret.

## Security questions (G6, predefined list)
sq-first-pet = Hva het det første kjæledyret ditt?
sq-birth-city = I hvilken by ble du født?
sq-first-school = Hva het den første skolen din?
sq-childhood-friend = Hva er fornavnet til din beste barndomsvenn?
sq-first-job-city = I hvilken by hadde du din første jobb?
sq-grandparent-name = Hva er fornavnet til din eldste besteforelder?
sq-first-concert = Hva var den første konserten du var på?
sq-childhood-street = I hvilken gate bodde du som barn?
sq-favourite-teacher = Hva var etternavnet til favorittlæreren din?
sq-first-car = Hvilket merke og hvilken modell var den første bilen din?

## Notifications on a paired device (V4)
option-push = Godkjenn et varsel på enheten min
pending-push = Vi har sendt et varsel til enheten din. Åpne det og skriv inn dette nummeret:
pending-push-then = Velg deretter Fortsett her.
push-continue = Fortsett
err-push-pending = Varselet er ikke besvart ennå. Svar på det på enheten din, og velg deretter Fortsett.
err-push-denied = Varselet ble avvist, eller nummeret stemte ikke. Velg en metode for å prøve igjen.
method-notification = Varsler på enheten min
add-notification = Legg til en enhet for varsler
setup-device-intro = Bruk telefonen din som en enhet som godkjenner forespørsler: Velg Neste for å få en sammenkoblingskode.
setup-device-step-open = Åpne enhetssiden på telefonen din:
setup-device-link = åpne enhetssiden
setup-device-step-code = Skriv inn denne sammenkoblingskoden der:
setup-device-then = Når enhetssiden viser at den er sammenkoblet, kommer du tilbake hit.
setup-device-done = Ferdig
device-title = Enheten din
device-intro = På denne siden godkjenner du forespørsler om pålogging og tilbakestilling av passord for kontoen din. Legg den til på startskjermen, så har du den lett tilgjengelig.
device-paired = Denne enheten er sammenkoblet. Se etter forespørsler når du blir bedt om å godkjenne en.
device-pair-failed = Sammenkoblingskoden fungerte ikke. Hent en ny fra sikkerhetsinformasjonen din.
device-approved = Godkjent. Du kan gå tilbake til den andre skjermen.
device-denied = Avvist. Ingenting ble godkjent.
device-no-request = Ingen forespørsler venter.
device-request = %org% ber deg bekrefte at det er deg (%upn%).
device-request-title = Vil du godkjenne denne forespørselen?
device-pair-code = Sammenkoblingskode
device-name = Navn på denne enheten
device-name-default = Telefonen min
device-pair-button = Koble sammen denne enheten
device-check = Se etter forespørsler
device-number = Nummeret som vises på den andre skjermen
device-approve = Godkjenn
device-deny = Avvis
device-needs-js = Denne siden trenger JavaScript for å ta vare på nøkkelen sin og signere godkjenninger.

## Sign-in, second step (G1)
check-title = Bekreft identiteten din
check-intro = Kontoen din har sikkerhetsinformasjon, så vi må foreta en ekstra kontroll før du kan se eller endre den.

## The on-premises directory (P10, P11)
err-directory-policy = Organisasjonens katalog godtok ikke dette passordet. Du har kanskje brukt det før, eller det bryter en av katalogens egne regler. Prøv et annet.
err-directory = Vi fikk ikke kontakt med organisasjonens katalog. Ingenting ble endret. Prøv igjen om litt.

## Issue 10: a form post with a field missing
err-form-incomplete = Skjemaet kom frem ufullstendig. Fyll ut alle feltene og prøv igjen.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Fremdrift
progress-step = Trinn { $current } av { $total }
step-userid = Bruker-ID
step-verify = Bekreftelse
step-password = Nytt passord
step-done = Ferdig
resend-code = Send koden på nytt
resend-in = Du kan be om en ny kode om { $seconds ->
    [one] ett sekund
   *[other] { $seconds } sekunder
}.
helpdesk-contact = Trenger du hjelp? Kontakt brukerstøtte: { $contact }
brand-logo-alt = { $org }
setup-add-method = Legg til metode
setup-delete-title = Vil du slette denne metoden?
setup-delete-confirm = «{ $what }» fjernes fra sikkerhetsinformasjonen din.
setup-delete-last-warning = Du trenger denne metoden for å tilbakestille passordet ditt. Uten den kan du ikke tilbakestille passordet selv før du legger til en annen metode.
setup-delete-confirm-button = Ja, slett den
setup-app-open-link = Åpne i en godkjenningsapp på denne telefonen
setup-app-secret-grouped = Hemmelig nøkkel i grupper på fire:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.

# Sak 12: administratorkonsollen. Titlene på bladene følger Entras sider for tilbakestilling av passord.
account-admin-console = Administratorkonsoll
admin-title = Administratorkonsoll
admin-sign-in = Logg på med administratorkontoen din for å åpne konsollen.
admin-not-admin = Denne konsollen er for administratorer. Kontoen din har ingen administratorrolle.
admin-second-step = Konsollen krever et ekstra påloggingstrinn. Legg til en telefon eller en godkjenningsapp i sikkerhetsinformasjonen din, og logg deretter av og på igjen.
admin-go-setup = Gå til sikkerhetsinformasjonen din
admin-go-account = Tilbake til kontoen min
admin-back = Tilbake til konsollen
admin-tenant = Organisasjon: { $name }
admin-signed-in-as = Logget på som { $name }, med rollene: { $roles }
admin-policy-heading = Policy for tilbakestilling av passord
admin-readonly = Med rollene dine kan du hjelpe brukere, men ikke endre policyen for tilbakestilling av passord. En global administrator eller en administrator for godkjenningspolicyer kan endre den.
admin-draft-pending = En endring i { $page } venter på at du går gjennom den.
admin-draft-open = Åpne endringen
admin-draft-elsewhere = En endring i { $page } venter på gjennomgang. Hvis du går gjennom denne siden, blir den erstattet.
admin-saved = Lagret som endring { $id }.
admin-discarded = Endringen ble forkastet. Ingenting ble lagret.
admin-blade-properties = Egenskaper
admin-blade-methods = Godkjenningsmetoder
admin-blade-registration = Registrering
admin-blade-notifications = Varsler
admin-blade-customization = Tilpasning
admin-blade-on-premises = Lokal integrering
admin-blade-administrators = Administratorpolicy
admin-f-scope = Selvbetjent tilbakestilling av passord er aktivert for
admin-scope-none = Ingen
admin-scope-selected = Valgte grupper
admin-scope-all = Alle brukere
admin-f-groups = Grupper
admin-f-groups-hint = Merk av gruppene som selvbetjent tilbakestilling av passord er aktivert for, eller skriv inn andre gruppenavn, atskilt med komma. Brukes når Valgte grupper er valgt.
admin-f-methods-required = Antall metoder som kreves for å tilbakestille
admin-f-methods-required-hint = 1 eller 2.
admin-f-methods = Metoder som er tilgjengelige for brukere
admin-f-questions-to-register = Antall sikkerhetsspørsmål som kreves for å registrere seg
admin-f-questions-to-ask = Antall sikkerhetsspørsmål som kreves for å tilbakestille
admin-f-custom-questions = Organisasjonens egne sikkerhetsspørsmål
admin-f-custom-questions-hint = Ett spørsmål per linje, tilbys ved siden av de forhåndsdefinerte.
admin-f-require-registration = Krev at brukere registrerer seg når de logger på
admin-f-reconfirm-days = Antall dager før brukere blir bedt om å bekrefte godkjenningsinformasjonen sin på nytt
admin-f-reconfirm-days-hint = 0 til 730; med 0 blir de aldri spurt.
admin-f-notify-users = Varsle brukere om tilbakestilling av passord
admin-f-notify-admins = Varsle alle administratorer når andre administratorer tilbakestiller passordet sitt
admin-f-helpdesk = Kobling til brukerstøtte
admin-f-helpdesk-hint = En e-postadresse eller en nettadresse som begynner med https://. La feltet stå tomt for ikke å vise noen.
admin-f-logo = Logobilde
admin-f-logo-hint = En fil på denne portalen, for eksempel /brand/logo.svg. La feltet stå tomt for bare å vise navnet.
admin-f-accent = Uthevingsfarge
admin-f-accent-hint = Skrives som #rrggbb, mørk nok for hvit tekst.
admin-f-sign-in-domain = Domene i påloggingshintet
admin-f-sign-in-domain-hint = Vises i eksempelet på bruker-ID, for eksempel contoso.com.
admin-f-writeback = Tilbakeskriv passord til den lokale katalogen din
admin-f-allow-unlock = La brukere låse opp kontoer uten å tilbakestille passordet
admin-f-admin-sspr = La administratorer tilbakestille sitt eget passord
admin-f-admin-sspr-hint = Administratorer trenger alltid to metoder: e-post eller telefon, og én til.
admin-review-button = Gå gjennom endringen
admin-errors-heading = Denne endringen kan ikke lagres:
admin-live-ok = Denne endringen kan lagres.
admin-err-number = Skriv inn et heltall.
admin-err-helpdesk = Skriv inn en e-postadresse eller en nettadresse som begynner med https://.
admin-err-forbidden = Rollene dine tillater ikke endring av policyen for tilbakestilling av passord.
admin-err-no-draft = Ingen endring venter på gjennomgang.
admin-err-no-change = Den endringen finnes ikke i loggen.
admin-err-refused = Denne endringen bryter en regel i policyen. Rediger den og gå gjennom den på nytt.
admin-review-title = Gå gjennom endringen
admin-review-page = Side: { $page }
admin-changes = Dette endres: { $keys }
admin-no-change = Dette endrer ingenting.
admin-impact-heading = Hvem som kan tilbakestille passordet sitt
admin-impact-summary = { $before } av { $users } brukere kan tilbakestille passordet sitt nå; { $after } vil kunne gjøre det etter denne endringen.
admin-stranded-none = Ingen mister muligheten til å tilbakestille passordet sitt.
admin-stranded = { $count ->
    [one] Én bruker kunne tilbakestille passordet før, men kan ikke etterpå:
   *[other] { $count } brukere kunne tilbakestille passordet før, men kan ikke etterpå:
}
admin-stranded-hint = Be dem registrere flere metoder på siden for sikkerhetsinformasjon før du lagrer, ellers må de ringe brukerstøtte.
admin-gained = { $count ->
    [one] Én bruker kunne ikke tilbakestille passordet før, men kan etterpå:
   *[other] { $count } brukere kunne ikke tilbakestille passordet før, men kan etterpå:
}
admin-export-csv = Last ned listen (CSV)
admin-save = Lagre
admin-discard = Forkast
admin-edit-again = Rediger igjen
admin-history-title = Endringslogg
admin-history-empty = Ingen endringer er lagret ennå.
admin-history-change = Endring
admin-history-when = Når
admin-history-who = Utført av
admin-history-what = Endrede innstillinger
admin-revert = Rull tilbake
admin-revert-label = Rull tilbake endring { $id }
admin-reverts = ruller tilbake endring { $id }
admin-reverted = Endring { $id } ble rullet tilbake. Innstillingene den erstattet, er tilbake.
admin-key-scope = hvem som kan tilbakestille
admin-key-admin-sspr = tilbakestilling for administratorer
admin-key-methods-required = påkrevde metoder
admin-key-methods = tilgjengelige metoder
admin-key-questions-to-register = spørsmål ved registrering
admin-key-questions-to-ask = spørsmål ved tilbakestilling
admin-key-custom-questions = egne sikkerhetsspørsmål
admin-key-require-registration = påkrevd registrering
admin-key-reconfirm-days = dager til ny bekreftelse
admin-key-notify-users = brukervarsler
admin-key-notify-admins = administratorvarsler
admin-key-helpdesk = kobling til brukerstøtte
admin-key-branding = profilering
admin-key-writeback = tilbakeskriving av passord
admin-key-allow-unlock = opplåsing av konto
admin-key-password = passordregler
admin-key-phone-countries = land for telefonnumre
admin-key-sms-sender = SMS-avsender

# Sak 12: konsollens rapporter (A2).
admin-reports-title = Rapporter
admin-reports-link = Registreringer, tilbakestillinger, feil og hvem som ikke kan tilbakestille
admin-reports-period = De siste { $days } dagene, fra { $since } (UTC).
admin-reports-chart = Diagram over tabellen nedenfor
admin-reports-by-day = Registreringer, tilbakestillinger og opplåsinger per dag
admin-col-day = Dag
admin-col-registrations = Registreringer
admin-col-resets = Tilbakestillinger
admin-col-unlocks = Opplåsinger
admin-col-user = Bruker
admin-reports-funnel = Hvor langt forsøkene på tilbakestilling kom
admin-reports-funnel-hint = Hvert forsøk starter med en bruker-ID. Der tallene faller, gir brukerne opp.
admin-col-step = Trinn
admin-col-attempts = Forsøk
admin-funnel-started = Startet
admin-funnel-eligible = Tillatt å tilbakestille
admin-funnel-verified-one = Bekreftet én metode
admin-funnel-verified-two = Bekreftet en andre metode
admin-funnel-password-set = Nytt passord angitt eller konto låst opp
admin-reports-failures = Feil etter årsak
admin-col-reason = Årsak
admin-col-count = Antall
admin-reports-none = Ingenting i denne perioden.
admin-reports-methods = Metoder brukt til å tilbakestille eller låse opp
admin-col-method = Metode
admin-reports-cannot = Hvem som ikke kan tilbakestille
admin-reports-can = { $can } av { $users } brukere kan tilbakestille passordet sitt nå.
admin-reports-short = { $count ->
    [one] Én bruker kan ikke tilbakestille fordi det mangler metoder:
   *[other] { $count } brukere kan ikke tilbakestille fordi det mangler metoder:
}
# Sak 12: konsollens brukerside (D1, D3).
admin-users-title = Brukere
admin-users-link = Slå opp en bruker: metodene, blokkeringene og kontaktinformasjonen deres
admin-users-lookup-label = Bruker-ID
admin-users-lookup = Slå opp
admin-err-no-user = Ingen bruker med den ID-en i organisasjonen din.
admin-err-protected = Denne brukeren er en administrator utenfor det rollene dine dekker. Spør en global administrator.
admin-err-contact = Skriv inn en annen e-postadresse enn brukerens egen, og telefonnumre som +<landskode> <nummer>.
admin-user-status = Konto
admin-user-enabled = Aktivert
admin-user-disabled = Deaktivert
admin-user-locked = låst i katalogen
admin-user-password = Passord
admin-user-cloud = Lagres av denne portalen
admin-user-onprem = Lagres av den lokale katalogen
admin-user-groups = Grupper
admin-user-roles = Administratorroller
admin-user-none = Ingen
admin-user-methods = Metoder brukeren har
admin-user-reset = Selvbetjent tilbakestilling av passord
admin-user-can-reset = Kan tilbakestille passordet sitt nå.
admin-user-cannot-reset = Kan ikke tilbakestille nå:
admin-reason-consumer = en personlig konto, som denne portalen ikke betjener.
admin-reason-unavailable = kontoen er deaktivert.
admin-reason-not-enabled = selvbetjent tilbakestilling av passord er ikke aktivert for gruppene brukeren er med i.
admin-reason-not-registered = ikke nok metoder registrert til å oppfylle policyen.
admin-reason-admin-not-registered = en administrator trenger to metoder, men har færre.
admin-reason-writeback-off = passordet lagres lokalt, og tilbakeskriving er slått av.
admin-user-blocks = Blokkeringer
admin-user-no-blocks = Ingen blokkeringer nå.
admin-user-reset-blocked = Tilbakestilling av passord blokkert til { $until } (for mange feil koder eller svar)
admin-user-sends-blocked = Koder blokkert til { $until } (for mange sendt)
admin-user-signin-locked = Pålogging låst til { $until } (for mange feil passord)
admin-user-clear = Fjern blokkeringer
admin-user-cleared = Blokkeringene ble fjernet.
admin-user-contact = Kontaktinformasjon
admin-user-alternate-email = Alternativ e-post
admin-user-mobile = Mobiltelefon
admin-user-office = Jobbtelefon
admin-user-contact-hint = Telefonnumre som +<landskode> <nummer>. La et felt stå tomt for å tømme det.
admin-user-contact-save = Lagre kontaktinformasjon
admin-user-contact-saved = Kontaktinformasjonen ble lagret.
admin-user-protected = Denne brukeren er en administrator utenfor det rollene dine dekker: bare en global administrator kan endre kontaktinformasjonen eller blokkeringene til brukeren.

# Sak 12: brukerstøttens gjenopprettingskode og varsler om hva en administrator har endret.
admin-recovery-heading = Gjenopprettingskode
admin-recovery-intro = For en bruker som har mistet alle metodene sine: en engangskode som er gyldig i 8 timer, og som lar brukeren logge på én gang for å registrere nye metoder. Gi den videre ansikt til ansikt eller i en samtale du selv har ringt opp; brukeren blir varslet på e-postadressene sine.
admin-recovery-issue = Utsted en gjenopprettingskode
admin-recovery-issued = En gjenopprettingskode er utstedt. Den vises bare én gang.
admin-recovery-code-is = Gjenopprettingskoden:
admin-recovery-until = Gjenopprettingskoden er gyldig til { $until }.
admin-recovery-hand-over = Les den opp for brukeren først når du er sikker på hvem vedkommende er. Den vises ikke igjen.
admin-recovery-done = Ferdig, skjul koden
recovery-link = Har du fått en gjenopprettingskode fra brukerstøtte?
recovery-title = Logg på med en gjenopprettingskode
recovery-intro = Hvis du har mistet alle metodene dine, kan brukerstøtte gi deg en gjenopprettingskode til engangsbruk. Logg på med den, og registrer deretter nye metoder på siden for sikkerhetsinformasjon.
recovery-code-label = Gjenopprettingskode
recovery-code-hint = 16 bokstaver og sifre, for eksempel ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Bruker-ID-en eller gjenopprettingskoden er feil, eller koden er allerede brukt eller utløpt.
recovery-back = Logg på med passordet ditt i stedet
msg-recovery-issued-subject = En gjenopprettingskode er utstedt for kontoen din
msg-recovery-issued-body = En administrator har utstedt en gjenopprettingskode til engangsbruk for { $user }. Hvis du ikke har bedt brukerstøtte om en, må du kontakte administratoren din med én gang.
msg-recovery-used-subject = Noen har logget på med en gjenopprettingskode
msg-recovery-used-body = Det ble logget på som { $user } med en gjenopprettingskode for å registrere ny sikkerhetsinformasjon. Hvis det ikke var deg, må du kontakte administratoren din med én gang.
msg-contact-changed-subject = Kontaktinformasjonen din er endret
msg-contact-changed-body = En administrator har endret kontaktinformasjonen for { $user } (en e-postadresse eller et telefonnummer som brukes til å tilbakestille passordet). Hvis du ikke ventet dette, må du kontakte administratoren din med én gang.

# Sak 12: søk i konsollens revisjonslogg (A1, W2).
admin-audit-title = Revisjonslogg
admin-audit-link = Søk i revisjonsloggen og last den ned
admin-audit-user = Bruker-ID
admin-audit-from = Fra (YYYY-MM-DD, UTC)
admin-audit-to = Til (YYYY-MM-DD, UTC)
admin-audit-step = Trinn
admin-audit-outcome = Utfall
admin-audit-ip = IP-adresse
admin-audit-client = Klienttype
admin-audit-any = Alle
admin-audit-search = Søk
admin-audit-bad-date = Skriv inn en dato som YYYY-MM-DD, for eksempel 2026-11-05.
admin-audit-count = { $count ->
    [one] Én oppføring samsvarer.
   *[other] { $count } oppføringer samsvarer.
}
admin-audit-capped = Bare de nyeste oppføringene vises og lastes ned. Begrens søket for å se resten.
admin-audit-pages = Sider i resultatet
admin-audit-newer = Nyere oppføringer
admin-audit-older = Eldre oppføringer
admin-audit-export-json = Last ned som JSON-linjer

# Sak 12: konsollens driftsside.
admin-ops-title = Drift
admin-ops-link = Drift: databasen, katalogen og e-postkøen akkurat nå
admin-ops-database = Databasen
admin-ops-directory = Lokal katalog
admin-ops-no-directory = Ikke konfigurert
admin-ops-ok = Fungerer
admin-ops-down = Svarer ikke
admin-ops-on = På
admin-ops-off = Av
admin-ops-directory-error = Siste katalogfeil (30 dager)
admin-ops-mail-waiting = Varsler som venter på å bli sendt
admin-ops-mail-oldest = Eldste ventende varsel har ventet siden
admin-ops-mail-sent = Sendte varsler
admin-ops-mail-failed = Varsler som ble gitt opp etter nye forsøk
admin-ops-hashing = Passord som venter på hashing på denne noden
admin-ops-version = Versjon
admin-ops-hint = Kontrollert da denne siden ble åpnet, av noden som leverte den. E-posttallene gjelder hele portalen; /metrics har resten.

# Sak 12: gruppevelgeren i P1 og varselet i M2 til brukerne som ikke lenger kan tilbakestille etter en endring.
admin-f-groups-other = Andre grupper
admin-f-groups-none = Denne organisasjonen har ingen grupper i portalen ennå: skriv inn navnene deres.
admin-notify-stranded = Send e-post til brukerne som ikke kan tilbakestille etter denne endringen, og be dem registrere flere metoder
msg-register-needed-subject = Registrer mer sikkerhetsinformasjon
msg-register-needed-body = Organisasjonen din krever nå mer sikkerhetsinformasjon før et passord kan tilbakestilles. Inntil du logger på og legger til metoder på siden for sikkerhetsinformasjon, kan { $user } ikke tilbakestille passordet sitt uten å ringe brukerstøtte.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Siste katalogsynkronisering (sspr directory sync)
admin-ops-sync-counts = skrevne endringer: { $changes }; avviste verdier: { $refused }; brukere uten organisasjon: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = En oversettelse står på en linje under spørsmålet, som en språkkode, et kolon og teksten (som ja-JP: …), og må være på 1 til 200 tegn.
admin-err-translation-first = Skriv spørsmålet først, og deretter oversettelsene på linjene under det.
admin-f-question-translations-hint = Hvis du vil vise et spørsmål på et annet språk, legger du til en linje under det med språkkoden, et kolon og oversettelsen, som "ja-JP: 事務所の植物の名前は？". Brukere som har et språk uten oversettelse, ser spørsmålet slik det er skrevet.
admin-f-recovery-code-resets = En gjenopprettingskode fra brukerstøtte kan også tilbakestille brukerens passord én gang
admin-key-recovery-code-resets = gjenopprettingskoder som tilbakestiller passord
recovery-reset-hint = Der organisasjonen din tillater det, kan koden i stedet tilbakestille passordet ditt én gang.
recovery-reset-button = Tilbakestill passordet mitt
recovery-no-reset = Organisasjonen din lar deg bare logge på med en gjenopprettingskode. Registrer nye metoder her; så kan du tilbakestille passordet ditt med dem.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Tilbakestilling startet
audit-step-choose = Tilbakestilling eller opplåsing valgt
audit-step-select = Metode valgt
audit-step-send-code = Kode sendt
audit-step-verify = Metode bekreftet
audit-step-unlock = Konto låst opp
audit-step-reset = Passord tilbakestilt
audit-step-password = Nytt passord angitt
audit-step-directory = Tilbakeskriving til katalog
audit-step-notify = Varsel
audit-step-admin-request = Forespørsel til administratorer
audit-step-signin = Pålogging
audit-step-signin-verify = Andre påloggingstrinn
audit-step-signout = Avlogging
audit-step-interrupt = Registreringsforespørsel ved pålogging
audit-step-reconfirm = Sikkerhetsinformasjon bekreftet på nytt
audit-step-register = Metode registrert
audit-step-register-send-code = Registreringskode sendt
audit-step-register-pairing = Godkjenningsapp koblet sammen
audit-step-register-verify = Registreringskode kontrollert
audit-step-delete-method = Metode slettet
audit-step-change-password = Passord endret
audit-step-delivery = Leveringsbekreftelse
audit-step-policy-change = Policy endret
audit-step-admin-clear-blocks = Blokkeringer fjernet av en administrator
audit-step-admin-set-contact = Kontaktinformasjon angitt av en administrator
audit-step-admin-recovery-code = Gjenopprettingskode utstedt
audit-step-directory-sync = Katalogsynkronisering
audit-outcome-ok = Vellykket
audit-outcome-fail = Mislyktes
audit-outcome-blocked = Blokkert
audit-outcome-error = Feil
audit-outcome-rejected = Avvist
audit-outcome-ineligible = Ikke kvalifisert
audit-outcome-dismissed = Utsatt
audit-client-browser = Nettleser
audit-client-sign-in-screen = Påloggingsskjerm
audit-client-app = Applikasjon

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = På
admin-value-off = Av
admin-value-empty = (tom)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Siste tilbakeskriving av passord (eller opplåsing av konto) i katalogen

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Passord tilbakestilt
done-title-unlock = Konto låst opp
admin-f-sign-in-url = Organisasjonens påloggingsside
admin-f-sign-in-url-hint = Hvor knappen på den siste siden av en tilbakestilling fører, for eksempel https://login.contoso.com. La feltet stå tomt for å bruke standardsiden for denne portalen.
policy-err-sign-in-url = Skriv inn påloggingssiden som en nettadresse som begynner med https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Forhåndsdefinerte sikkerhetsspørsmål som brukerne kan velge
admin-key-predefined-questions = forhåndsdefinerte sikkerhetsspørsmål
policy-err-too-few-questions = Tilby minst like mange sikkerhetsspørsmål (forhåndsdefinerte og egne) som brukerne må registrere.
