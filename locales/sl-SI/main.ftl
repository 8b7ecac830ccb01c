# sspr, sl-SI. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Samopostrežna ponastavitev gesla
reset-title = Znova pridobite dostop do računa
skip-to-content = Preskoči na glavno vsebino
lang-switch-label = Jezik
next = Naprej
back-to-start = Začni znova
retry = Poskusi znova
something-wrong = Prišlo je do napake. Poskusite znova pozneje.
not-found = Ta stran ne obstaja.
working = Obdelava…

## Entry (E2)
entry-intro = Če želite obnoviti dostop do računa, najprej vnesite ID uporabnika in odgovor na spodnje vprašanje.
userid-label = ID uporabnika
userid-hint = Primer: { $example }
captcha-legend = Dokažite, da niste robot
captcha-nojs = Ko izberete »Naprej«, se brskalnik nekaj sekund (vsaj { $seconds } s) preverja. Ničesar drugega vam ni treba storiti.
captcha-working = Preverjanje brskalnika…
captcha-done = Končano. Lahko nadaljujete.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Obrnite se na skrbnika
contact-reason-consumer = Osebni računi tega portala ne morejo uporabljati. Namesto tega uporabite možnosti obnovitve pri svojem ponudniku e-pošte.
contact-reason-unavailable = Tega računa tukaj ne moremo ponastaviti. Morda ne obstaja ali pa je onemogočen.
contact-reason-not-enabled = Samopostrežna ponastavitev gesla za ta račun ni vklopljena.
contact-reason-not-registered = Ta račun nima registriranih dovolj varnostnih podatkov za ponastavitev gesla.
contact-reason-admin-not-registered = Skrbniški računi za ponastavitev gesla potrebujejo dva registrirana načina (e-pošto, mobilni telefon, službeni telefon ali aplikacijo za preverjanje pristnosti).
contact-reason-writeback-off = Geslo tega računa se upravlja v lokalnem okolju in ga tukaj ni mogoče ponastaviti.
contact-also-intro = To se lahko zgodi tudi, če:
contact-also-consumer = je račun osebni račun pri ponudniku e-pošte za potrošnike
contact-also-unavailable = je ID uporabnika napačno vnesen ali račun ne obstaja oziroma je izklopljen
contact-also-not-enabled = samopostrežna ponastavitev gesla za račun ni vklopljena
contact-also-not-registered = račun nima registriranih dovolj varnostnih podatkov (če se lahko vpišete, je na strani z varnostnimi podatki prikazano, kaj manjka)
contact-also-admin-not-registered = skrbniški račun nima registriranih dveh načinov
contact-also-writeback-off = geslo upravlja lasten imenik vaše organizacije
contact-helpdesk-link = Obrnite se na službo za pomoč uporabnikom
contact-helpdesk-email = Pišite službi za pomoč uporabnikom: { $email }
contact-no-helpdesk = Za pomoč prosite skrbnika svoje organizacije.
contact-request-button = Prosi skrbnike, naj ponastavijo moje geslo
contact-request-sent = Vaša prošnja je bila poslana skrbnikom.

## Trouble choice
choose-title = Zakaj se ne morete vpisati?
choose-forgot = Pozabil(-a) sem geslo
choose-forgot-hint = Ne skrbite, pomagali vam ga bomo ponastaviti z registriranimi varnostnimi podatki.
choose-unlock = Geslo poznam, vendar se še vedno ne morem vpisati
choose-unlock-hint = To se lahko zgodi, če ste se prevečkrat poskusili vpisati z napačnim geslom.

## Verification (V1..V6)
verify-title = Potrdite svojo identiteto
verify-step = Korak preverjanja { $current } od { $required }
verify-pick = Izberite način stika, ki naj ga uporabimo za preverjanje:
verify-passed = Preverjeno
option-email = Pošlji e-poštno sporočilo na moj nadomestni naslov { $masked }
option-sms = Pošlji SMS na moj mobilni telefon { $masked }
option-voice = Pokliči moj mobilni telefon { $masked }
option-office = Pokliči moj službeni telefon { $masked }
option-app = Vnesi kodo iz moje aplikacije za preverjanje pristnosti
option-software_oath = Vnesi kodo iz mojega programskega žetona
option-hardware_oath = Vnesi kodo iz mojega strojnega žetona
option-questions = Odgovori na moja varnostna vprašanja
pending-email = Na naslov { $masked } smo poslali e-poštno sporočilo s kodo za preverjanje.
pending-sms = Na številko { $masked } smo poslali SMS s kodo za preverjanje.
pending-voice = Kličemo številko { $masked }. Prisluhnite kodi za preverjanje.
pending-totp = Vnesite kodo, prikazano v aplikaciji ali na žetonu.
code-label = Koda za preverjanje
questions-legend = Odgovorite na varnostna vprašanja
verify-button = Preveri

## New password (N1, N2)
password-title = Izberite novo geslo
password-label = Novo geslo
confirm-label = Potrdite novo geslo
password-rules = Zahteve za geslo:
pw-rule-length = { $min ->
    [one] dolžina vsaj { $min } znak
    [two] dolžina vsaj { $min } znaka
    [few] dolžina vsaj { $min } znaki
   *[other] dolžina vsaj { $min } znakov
}
pw-rule-max-length = { $max ->
    [one] dolžina največ { $max } znak
    [two] dolžina največ { $max } znaka
    [few] dolžina največ { $max } znaki
   *[other] dolžina največ { $max } znakov
}
pw-rule-classes = vsebuje tri od teh vrst znakov: male črke, velike črke, števke, simboli
pw-rule-banned = ni pogosto uporabljeno ali prepovedano geslo
pw-rule-name = ne vsebuje vašega imena
pw-rule-match = se ujema s potrditvijo
pw-rule-classes-ad = vsebuje tri od teh vrst znakov: male črke, velike črke, števke, simboli, črke brez razlikovanja velikosti (na primer kana)
pw-rule-name-ad = ne vsebuje imena vašega računa ali katerega koli dela vašega imena, dolgega 3 ali več znakov
pw-dir-heading = Imenik vaše organizacije ob oddaji preveri tudi te pogoje:
pw-dir-history = { $n ->
    [1] geslo ni vaše trenutno geslo
    [one] geslo ni nobeno od vaših zadnjih { $n } gesel
    [two] geslo ni nobeno od vaših zadnjih { $n } gesel
    [few] geslo ni nobeno od vaših zadnjih { $n } gesel
   *[other] geslo ni nobeno od vaših zadnjih { $n } gesel
}
pw-dir-min-age = { $n ->
    [1] od zadnje spremembe gesla je minil vsaj en dan
    [one] od zadnje spremembe gesla je minil vsaj { $n } dan
    [two] od zadnje spremembe gesla sta minila vsaj { $n } dneva
    [few] od zadnje spremembe gesla so minili vsaj { $n } dnevi
   *[other] od zadnje spremembe gesla je minilo vsaj { $n } dni
}
pw-dir-module = geslo izpolnjuje dodatna pravila kakovosti vaše organizacije
pw-rule-ok = izpolnjeno
pw-rule-not-ok = ni izpolnjeno
finish = Dokončaj

## Done
done-reset = Vaše geslo je bilo ponastavljeno.
done-unlock = Vaš račun je bil odklenjen.
done-sign-in = Vpišite se v svoj račun

## Errors (flows)
err-no-flow = Vaša seja je potekla. Začnite znova.
err-captcha = Preverjanje, da niste robot, je poteklo ali je bilo že uporabljeno. Poskusite znova.
err-wrong-step = Ta korak ni več na voljo. Nadaljujte od tukaj.
err-unknown-option = Izberite enega od navedenih načinov.
err-code-wrong = Ta koda ni delovala. Preverite jo in poskusite znova.
err-code-expired = Ta koda je potekla. Pošljite novo.
err-code-used = Ta koda je bila že uporabljena. Nadaljujte od tukaj.
err-blocked = Preveč poskusov. Poskusite znova po { $until }.
err-email-limit = Poslali smo preveč kod. Poskusite znova po { $until } ali uporabite drug način.
err-answers-wrong = Vsaj en odgovor je bil napačen. Tukaj je nov nabor vprašanj.
err-password = Geslo ne izpolnjuje spodnjih zahtev.
err-delivery = Sporočila trenutno ne moremo poslati. Poskusite znova pozneje ali uporabite drug način.
err-admin-request-limit = Poslali ste že več prošenj. Skrbniki se vam bodo oglasili.
err-internal = Prišlo je do napake. Poskusite znova pozneje.
userid-err-empty = Vnesite ID uporabnika.
userid-err-shape = ID uporabnika vnesite v obliki ime@domena, na primer { $example }.
userid-err-too-long = Ta ID uporabnika je predolg.

## Messages (email, SMS, voice)
msg-code-subject = Koda za preverjanje računa { $org }
msg-code-email = Za preverjanje računa uporabite to kodo: { $code }. Poteče čez { $minutes ->
    [one] { $minutes } minuto
    [two] { $minutes } minuti
    [few] { $minutes } minute
   *[other] { $minutes } minut
}. Če je niste zahtevali, prezrite to e-poštno sporočilo.
msg-code-sms = Koda za preverjanje za ponastavitev gesla ({ $org }): { $code }
msg-code-voice = Vaša koda za preverjanje je { $code }. Ponavljam, vaša koda je { $code }.
msg-reset-subject = Vaše geslo je bilo ponastavljeno
msg-reset-body = Geslo uporabnika { $user } je bilo pravkar ponastavljeno s samopostrežno ponastavitvijo gesla. Če tega niste storili vi, se takoj obrnite na skrbnika.
msg-method-added-subject = V vaš račun so bili dodani varnostni podatki
msg-method-added-body = Med varnostne podatke uporabnika { $user } je bil dodan način: { $method }. Če tega niste storili vi, se vpišite, ga odstranite, spremenite geslo in se obrnite na skrbnika.
msg-method-removed-subject = Iz vašega računa so bili odstranjeni varnostni podatki
msg-method-removed-body = Iz varnostnih podatkov uporabnika { $user } je bil odstranjen način: { $method }. Če tega niste storili vi, se vpišite, preverite varnostne podatke, spremenite geslo in se obrnite na skrbnika.
msg-admin-reset-subject = Skrbnik je ponastavil svoje geslo
msg-admin-reset-body = Skrbnik { $user } je s samopostrežno ponastavitvijo gesla ponastavil svoje geslo.
msg-admin-request-subject = Prošnja za ponastavitev gesla
msg-admin-request-body = Uporabnik { $user } ne more sam ponastaviti gesla s samopostrežno ponastavitvijo in prosi skrbnika za pomoč.

## Dev outbox (demo mode only)
outbox-title = Pošta v pošiljanju (predstavitev)
outbox-intro = Predstavitveni način: sporočila, ki jih je poslal portal, so namesto dostave zapisana tukaj. Najnovejša na vrhu.
outbox-empty = Ni še sporočil.
outbox-to = Za
demo-outbox-link = Predstavitveni način: preberite sporočilo v mapi Pošta v pošiljanju (odpre se na novem zavihku)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Za obseg »izbrane skupine« izberite vsaj eno skupino.
policy-err-methods-required = Število zahtevanih načinov mora biti 1 ali 2.
policy-err-too-few-methods = Omogočite vsaj toliko načinov, kot jih je zahtevanih.
policy-err-office-phone-paid = Službeni telefon je na voljo samo plačljivim najemnikom.
policy-err-questions-register = Uporabniki morajo registrirati od 3 do 5 varnostnih vprašanj.
policy-err-questions-ask = Zastaviti je treba od 3 do 5 varnostnih vprašanj.
policy-err-questions-ask-exceeds = Ne morete zastaviti več vprašanj, kot jih uporabniki registrirajo.
policy-err-reconfirm-days = Obdobje za vnovično potrditev mora biti od 0 do 730 dni.
policy-err-app-needs-more = Ko je mobilna aplikacija omogočena, poleg nje omogočite dovolj drugih načinov.
policy-err-app-notification-alone = Če je zahtevan en način, se samo obvestilo v aplikaciji ne šteje.
policy-err-password-length = Dolžina gesla mora biti od 8 do 256 znakov.
policy-err-banned-terms = Dovoljenih je največ 1000 prepovedanih izrazov po meri.
policy-err-sms-sender = Pošiljatelj SMS-ov mora biti ime z največ 11 črkami in števkami ali telefonska številka, na primer +15017122661.
phone-err-country-code = Številko začnite z znakom + in kodo države.
phone-err-characters = Uporabite samo števke, presledke in vezaje.
phone-err-length = Ta številka je prekratka ali predolga.
policy-err-custom-question = Varnostna vprašanja po meri morajo biti dolga od 1 do 200 znakov in se med seboj razlikovati.
policy-err-brand-accent = Barva blagovne znamke mora biti zapisana kot #rrggbb in dovolj temna za belo besedilo (kontrast vsaj 4,5 : 1).
policy-err-brand-logo = Logotip mora biti datoteka na tem portalu (na primer /brand/logo.svg) ali vdelana slika.
policy-err-sign-in-domain = Domena za vpis mora biti ime domene, na primer contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Vpišite se in upravljajte varnostne podatke
signin-title = Vpis
signin-intro = Vpišite se, da si ogledate in posodobite varnostne podatke ali spremenite geslo.
signin-password-label = Geslo
signin-button = Vpiši se
signin-cant-access = Ne morete dostopati do računa?
signin-signed-out = Izpisali ste se.
signout-button = Izpis
account-title = Moj račun
account-signed-in-as = Vpisani ste kot { $name } ({ $upn })
account-reset-attempts = Nekdo je poskušal ponastaviti vaše geslo, vendar preverjanja ni opravil { $count ->
    [1] enkrat
    [one] { $count }-krat
    [two] { $count }-krat
    [few] { $count }-krat
   *[other] { $count }-krat
} (nazadnje { $when }). Če to niste bili vi, je vaše geslo nespremenjeno; preverite, ali so varnostni podatki vaši, in obvestite skrbnika.
account-cannot-reset = Gesla še ne morete ponastaviti sami.
account-security-info = Varnostni podatki
account-change-password = Spremeni geslo
err-no-session = Niste vpisani ali pa je vaša seja potekla. Znova se vpišite.
err-credentials = ID uporabnika ali geslo ni pravilno.
err-locked-out = Vaš račun je začasno zaklenjen, da se prepreči nepooblaščena uporaba. Poskusite znova po { $until }.
err-account-locked = Vaš račun je zaklenjen. Odklenete ga lahko s povezavo »Ne morete dostopati do računa?«.
err-not-allowed = Tega načina ni mogoče uporabiti za vaš račun.
err-current-password = Vaše trenutno geslo ni pravilno.
err-on-premises = Vaše geslo upravlja imenik vaše organizacije. Spremenite ga tam.
err-too-many = Iz vašega omrežja je bilo preveč poskusov. Poskusite znova po { $until }.
err-resend-wait = Na ta način smo vam pravkar poslali kodo. Preden zahtevate novo, počakajte do { $until } ali uporabite drug način.
err-messages-paused = Trenutno ne moremo pošiljati novih kod. Poskusite znova po { $until } ali uporabite način, ki ne potrebuje sporočila, na primer aplikacijo za preverjanje pristnosti ali varnostna vprašanja.
err-phone-country = Vaša organizacija ne pošilja kod na telefonske številke v tej državi. Uporabite drugo številko ali drug način.
err-busy = Storitev je trenutno preobremenjena. Počakajte trenutek in poskusite znova.
cancel = Prekliči
save = Shrani

## Security info (G2..G7, C1)
setup-title = Varnostni podatki
setup-intro = To so načini, s katerimi dokažete svojo identiteto, ko ponastavljate geslo.
setup-progress-ok = Geslo lahko ponastavite. Nastavljeni zahtevani načini: { $have } od { $required }.
setup-progress-short = Nastavljeni zahtevani načini: { $have } od { $required }. Dodajte več načinov, da boste lahko ponastavili geslo.
setup-methods-heading = Vaši načini
setup-none = Nastavili še niste nobenega načina.
setup-add-heading = Dodaj način
setup-change = Spremeni
setup-change-label = Spremeni: { $what }
setup-delete = Izbriši
setup-delete-label = Izbriši: { $what }
setup-from-directory = (iz imenika vaše organizacije)
setup-done-added = Način je bil dodan.
setup-done-deleted = Način je bil izbrisan.
setup-back = Nazaj na varnostne podatke
setup-not-available = Ta način ni na voljo za vaš račun.
method-app = Aplikacija za preverjanje pristnosti
method-software = Programski žeton OATH
method-hardware = Strojni žeton
method-phone = Telefon
method-office = Službeni telefon
method-email = E-pošta
method-questions = Varnostna vprašanja
method-questions-detail = { $count ->
    [one] { $count } vprašanje
    [two] { $count } vprašanji
    [few] { $count } vprašanja
   *[other] { $count } vprašanj
}
add-app = Dodaj aplikacijo za preverjanje pristnosti
add-software = Dodaj programski žeton OATH
add-hardware = Aktiviraj strojni žeton
add-phone = Dodaj ali spremeni telefon
add-office = Dodaj ali spremeni službeni telefon
add-email = Dodaj ali spremeni e-pošto
add-questions = Nastavi varnostna vprašanja
setup-email-label = E-poštni naslov
setup-email-hint = Uporabite naslov, ki ni naslov vašega službenega računa. Nanj vam bomo poslali kodo.
setup-phone-label = Telefonska številka
setup-office-label = Številka službenega telefona
setup-phone-hint = Vključite znak + in kodo države, na primer +386 41 123 456.
setup-phone-channel = Kako naj vam pošljemo kodo?
setup-phone-sms = Pošlji mi kodo v SMS-u
setup-phone-voice = Pokliči me
setup-app-intro = V telefon namestite aplikacijo za preverjanje pristnosti, nato izberite »Naprej«, da se prikaže koda QR za optično branje.
setup-software-intro = Izberite »Naprej«, da dobite skrivni ključ za programski žeton.
setup-app-step-scan = Kodo QR optično preberite z aplikacijo ali vnesite spodnji skrivni ključ.
setup-app-step-code = Vnesite 6-mestno kodo, ki jo prikazuje aplikacija.
setup-app-qr-alt = Koda QR za aplikacijo za preverjanje pristnosti
setup-app-secret = Skrivni ključ:
setup-hardware-intro = Izberite serijsko številko, natisnjeno na žetonu, in vnesite kodo, ki jo žeton prikazuje.
setup-hardware-serial = Serijska številka
setup-questions-intro = { $count ->
    [one] Izberite { $count } različno vprašanje in odgovorite nanj
    [two] Izberite { $count } različni vprašanji in odgovorite na vsako
    [few] Izberite { $count } različna vprašanja in odgovorite na vsako
   *[other] Izberite { $count } različnih vprašanj in odgovorite na vsako
} (od 3 do 40 znakov, noben odgovor se ne sme ponoviti).
setup-question-label = Vprašanje { $n }
setup-answer-label = Odgovor { $n }
setup-err-email-shape = Vnesite e-poštni naslov, na primer someone@example.com.
setup-err-email-same = Uporabite naslov, ki ni naslov vašega službenega računa.
setup-err-phone = Ta telefonska številka ni videti pravilna.
setup-err-questions = Vaša varnostna vprašanja niso bila shranjena.
setup-err-questions-count = Odgovorite na vsa vprašanja.
setup-err-questions-unknown = Izberite vprašanja s seznama.
setup-err-questions-duplicate = V vsakem polju izberite drugo vprašanje.
setup-err-answer-length = Odgovori morajo biti dolgi od 3 do 40 znakov.
setup-err-answer-duplicate = Na vsako vprašanje odgovorite drugače.
setup-err-too-many-apps = Dosegli ste največje dovoljeno število aplikacij za preverjanje pristnosti. Najprej eno izbrišite.
setup-err-token-unknown = Ta žeton vam ni dodeljen ali pa je že aktiven.
protect-title = Pomagajte nam zaščititi vaš račun
protect-intro = Vaša organizacija potrebuje več podatkov, da bo vaš račun varen in da boste lahko geslo ponastavili sami.
protect-skip = Preskoči za zdaj
confirm-title = Ali so vaši varnostni podatki še vedno točni?
confirm-intro = Preverite načine, s katerimi ponastavljate geslo. Potrdite jih ali jih uredite, če se je kaj spremenilo.
confirm-looks-good = Vse je v redu
confirm-edit = Uredi varnostne podatke
confirm-done = Hvala! Vaši varnostni podatki so potrjeni.
change-title = Sprememba gesla
change-current-label = Trenutno geslo
change-button = Spremeni geslo
change-done = Vaše geslo je bilo spremenjeno.

## Security questions (G6, predefined list)
sq-first-pet = Kako je bilo ime vašemu prvemu hišnemu ljubljenčku?
sq-birth-city = V katerem mestu ste se rodili?
sq-first-school = Kako se je imenovala vaša prva šola?
sq-childhood-friend = Kako je ime vašemu najboljšemu prijatelju iz otroštva?
sq-first-job-city = V katerem mestu ste imeli prvo službo?
sq-grandparent-name = Kako je ime najstarejšemu od vaših starih staršev?
sq-first-concert = Kateri je bil prvi koncert, ki ste se ga udeležili?
sq-childhood-street = Na kateri ulici ste živeli kot otrok?
sq-favourite-teacher = Kakšen je bil priimek vašega najljubšega učitelja?
sq-first-car = Katere znamke in modela je bil vaš prvi avtomobil?

## Notifications on a paired device (V4)
option-push = Odobri obvestilo v moji napravi
pending-push = V vašo napravo smo poslali obvestilo. Odprite ga in vnesite to številko:
pending-push-then = Nato tukaj izberite »Nadaljuj«.
push-continue = Nadaljuj
err-push-pending = Na obvestilo še niste odgovorili. Odgovorite nanj v napravi in nato izberite »Nadaljuj«.
err-push-denied = Obvestilo je bilo zavrnjeno ali pa se številka ni ujemala. Izberite način, da poskusite znova.
method-notification = Obvestila v moji napravi
add-notification = Dodaj napravo za obvestila
setup-device-intro = Telefon uporabite kot napravo, ki odobrava zahteve: izberite »Naprej«, da dobite kodo za seznanjanje.
setup-device-step-open = V telefonu odprite stran naprave:
setup-device-link = odpri stran naprave
setup-device-step-code = Tam vnesite to kodo za seznanjanje:
setup-device-then = Ko stran naprave sporoči, da je seznanjena, se vrnite sem.
setup-device-done = Končano
device-title = Vaša naprava
device-intro = Na tej strani odobravate zahteve za vpis in ponastavitev gesla za svoj račun. Dodajte jo na začetni zaslon, da jo boste imeli pri roki.
device-paired = Ta naprava je seznanjena. Ko boste pozvani k odobritvi, preverite zahteve.
device-pair-failed = Ta koda za seznanjanje ni delovala. Novo dobite v varnostnih podatkih.
device-approved = Odobreno. Vrnete se lahko na drugi zaslon.
device-denied = Zavrnjeno. Nič ni bilo odobreno.
device-no-request = Ni čakajočih zahtev.
device-request = %org% prosi za potrditev, da ste to vi (%upn%).
device-request-title = Želite odobriti to zahtevo?
device-pair-code = Koda za seznanjanje
device-name = Ime te naprave
device-name-default = Moj telefon
device-pair-button = Seznani to napravo
device-check = Preveri zahteve
device-number = Številka, prikazana na drugem zaslonu
device-approve = Odobri
device-deny = Zavrni
device-needs-js = Ta stran potrebuje JavaScript, da lahko hrani svoj ključ in podpisuje odobritve.

## Sign-in, second step (G1)
check-title = Potrdite svojo identiteto
check-intro = Vaš račun ima varnostne podatke, zato potrebujemo dodatno preverjanje, preden si jih lahko ogledate ali spremenite.

## The on-premises directory (P10, P11)
err-directory-policy = Imenik vaše organizacije tega gesla ni sprejel. Morda ste ga že uporabljali ali pa krši katero od pravil imenika. Poskusite z drugim.
err-directory = Z imenikom vaše organizacije se nismo mogli povezati. Nič ni bilo spremenjeno. Poskusite znova čez trenutek.

## Issue 10: a form post with a field missing
err-form-incomplete = Obrazec je prispel nepopoln. Izpolnite vsa polja in poskusite znova.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Napredek
progress-step = Korak { $current } od { $total }
step-userid = ID uporabnika
step-verify = Preverjanje
step-password = Novo geslo
step-done = Končano
resend-code = Znova pošlji kodo
resend-in = Novo kodo lahko zahtevate čez { $seconds ->
    [one] { $seconds } sekundo
    [two] { $seconds } sekundi
    [few] { $seconds } sekunde
   *[other] { $seconds } sekund
}.
helpdesk-contact = Potrebujete pomoč? Obrnite se na službo za pomoč uporabnikom: { $contact }
brand-logo-alt = { $org }
setup-add-method = Dodaj način
setup-delete-title = Želite izbrisati ta način?
setup-delete-confirm = Iz vaših varnostnih podatkov bo odstranjen način: { $what }.
setup-delete-last-warning = Ta način potrebujete za ponastavitev gesla. Brez njega gesla ne boste mogli ponastaviti sami, dokler ne dodate drugega načina.
setup-delete-confirm-button = Da, izbriši
setup-app-open-link = Odpri v aplikaciji za preverjanje pristnosti v tem telefonu
setup-app-secret-grouped = Skrivni ključ v skupinah po štiri znake:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }. { $month }. { $year }, { $hour }:{ $minute } ({ $zone })
time-am = dop.
time-pm = pop.

# Issue 12: skrbniška konzola. Naslovi razdelkov sledijo stranem za ponastavitev gesla v Entra.
account-admin-console = Skrbniška konzola
admin-title = Skrbniška konzola
admin-sign-in = Če želite odpreti konzolo, se vpišite s skrbniškim računom.
admin-not-admin = Ta konzola je namenjena skrbnikom. Vaš račun nima nobene skrbniške vloge.
admin-second-step = Konzola zahteva drugi korak vpisa. Med varnostne podatke dodajte telefon ali aplikacijo za preverjanje pristnosti, nato se izpišite in znova vpišite.
admin-go-setup = Pojdi na varnostne podatke
admin-go-account = Nazaj na moj račun
admin-back = Nazaj na konzolo
admin-tenant = Organizacija: { $name }
admin-signed-in-as = Vpisani ste kot { $name }, z vlogami: { $roles }
admin-policy-heading = Pravilnik za ponastavitev gesla
admin-readonly = Vaše vloge vam omogočajo, da pomagate uporabnikom, ne pa tudi spreminjanja pravilnika za ponastavitev gesla. Spremeni ga lahko globalni skrbnik ali skrbnik pravilnika za preverjanje pristnosti.
admin-draft-pending = Sprememba strani { $page } čaka na vaš pregled.
admin-draft-open = Odpri spremembo
admin-draft-elsewhere = Sprememba strani { $page } čaka na pregled. Če pregledate to stran, jo boste zamenjali.
admin-saved = Shranjeno kot sprememba { $id }.
admin-discarded = Sprememba je bila zavržena. Nič ni bilo shranjeno.
admin-blade-properties = Lastnosti
admin-blade-methods = Načini preverjanja pristnosti
admin-blade-registration = Registracija
admin-blade-notifications = Obvestila
admin-blade-customization = Prilagajanje
admin-blade-on-premises = Lokalna integracija
admin-blade-administrators = Pravilnik za skrbnike
admin-f-scope = Samopostrežna ponastavitev gesla je omogočena za
admin-scope-none = Nikogar
admin-scope-selected = Izbrane skupine
admin-scope-all = Vse uporabnike
admin-f-groups = Skupine
admin-f-groups-hint = Označite skupine, za katere je omogočena samopostrežna ponastavitev gesla, ali vnesite imena drugih skupin, ločena z vejicami. Uporabijo se, ko je izbrana možnost Izbrane skupine.
admin-f-methods-required = Število načinov, zahtevanih za ponastavitev
admin-f-methods-required-hint = 1 ali 2.
admin-f-methods = Načini, ki so na voljo uporabnikom
admin-f-questions-to-register = Število varnostnih vprašanj, zahtevanih za registracijo
admin-f-questions-to-ask = Število varnostnih vprašanj, zahtevanih za ponastavitev
admin-f-custom-questions = Lastna varnostna vprašanja vaše organizacije
admin-f-custom-questions-hint = Eno vprašanje v vrstici; ponujena bodo poleg vnaprej določenih.
admin-f-require-registration = Od uporabnikov zahtevaj registracijo ob vpisu
admin-f-reconfirm-days = Število dni, preden morajo uporabniki znova potrditi svoje podatke za preverjanje pristnosti
admin-f-reconfirm-days-hint = Od 0 do 730; pri 0 se potrditev nikoli ne zahteva.
admin-f-notify-users = Obvesti uporabnike o ponastavitvi gesla
admin-f-notify-admins = Obvesti vse skrbnike, ko drugi skrbniki ponastavijo svoje geslo
admin-f-helpdesk = Povezava do službe za pomoč uporabnikom
admin-f-helpdesk-hint = E-poštni naslov ali spletni naslov, ki se začne s https://. Če polje pustite prazno, povezava ne bo prikazana.
admin-f-logo = Logotip
admin-f-logo-hint = Datoteka na tem portalu, na primer /brand/logo.svg. Če polje pustite prazno, bo prikazano samo ime.
admin-f-accent = Poudarna barva
admin-f-accent-hint = Zapisana kot #rrggbb, dovolj temna za belo besedilo.
admin-f-sign-in-domain = Domena v namigu za vpis
admin-f-sign-in-domain-hint = Prikazana v primeru ID-ja uporabnika, na primer contoso.com.
admin-f-writeback = Povratno zapisuj gesla v lokalni imenik
admin-f-allow-unlock = Uporabnikom dovoli, da odklenejo račune brez ponastavitve gesla
admin-f-admin-sspr = Skrbnikom dovoli ponastavitev lastnega gesla
admin-f-admin-sspr-hint = Skrbniki vedno potrebujejo dva načina: e-pošto ali telefon in še enega.
admin-review-button = Preglej spremembo
admin-errors-heading = Te spremembe ni mogoče shraniti:
admin-live-ok = To spremembo je mogoče shraniti.
admin-err-number = Vnesite celo število.
admin-err-helpdesk = Vnesite e-poštni naslov ali spletni naslov, ki se začne s https://.
admin-err-forbidden = Vaše vloge ne dovoljujejo spreminjanja pravilnika za ponastavitev gesla.
admin-err-no-draft = Nobena sprememba ne čaka na pregled.
admin-err-no-change = Te spremembe ni v zgodovini.
admin-err-refused = Ta sprememba krši pravilo pravilnika. Uredite jo in jo znova preglejte.
admin-review-title = Pregled spremembe
admin-review-page = Stran: { $page }
admin-changes = Spremeni se: { $keys }
admin-no-change = Ta sprememba ne spremeni ničesar.
admin-impact-heading = Kdo lahko ponastavi geslo
admin-impact-summary = Uporabniki, ki lahko geslo ponastavijo zdaj: { $before } od { $users }; po tej spremembi: { $after }.
admin-stranded-none = Nihče ne izgubi možnosti ponastavitve gesla.
admin-stranded = { $count ->
    [one] { $count } uporabnik je pred spremembo lahko ponastavil geslo, po njej pa ga ne bo mogel:
    [two] { $count } uporabnika sta pred spremembo lahko ponastavila geslo, po njej pa ga ne bosta mogla:
    [few] { $count } uporabniki so pred spremembo lahko ponastavili geslo, po njej pa ga ne bodo mogli:
   *[other] { $count } uporabnikov je pred spremembo lahko ponastavilo geslo, po njej pa ga ne bo moglo:
}
admin-stranded-hint = Preden shranite, jih prosite, naj na strani z varnostnimi podatki registrirajo več načinov, sicer bodo morali poklicati službo za pomoč uporabnikom.
admin-gained = { $count ->
    [one] { $count } uporabnik pred spremembo ni mogel ponastaviti gesla, po njej pa ga bo lahko:
    [two] { $count } uporabnika pred spremembo nista mogla ponastaviti gesla, po njej pa ga bosta lahko:
    [few] { $count } uporabniki pred spremembo niso mogli ponastaviti gesla, po njej pa ga bodo lahko:
   *[other] { $count } uporabnikov pred spremembo ni moglo ponastaviti gesla, po njej pa ga bo lahko:
}
admin-export-csv = Prenesi seznam (CSV)
admin-save = Shrani
admin-discard = Zavrzi
admin-edit-again = Znova uredi
admin-history-title = Zgodovina sprememb
admin-history-empty = Shranjena ni bila še nobena sprememba.
admin-history-change = Sprememba
admin-history-when = Kdaj
admin-history-who = Skrbnik
admin-history-what = Spremenjene nastavitve
admin-revert = Razveljavi
admin-revert-label = Razveljavi spremembo { $id }
admin-reverts = razveljavi spremembo { $id }
admin-reverted = Sprememba { $id } je bila razveljavljena. Nastavitve, ki jih je zamenjala, so obnovljene.
admin-key-scope = kdo lahko ponastavi
admin-key-admin-sspr = ponastavitev za skrbnike
admin-key-methods-required = zahtevani načini
admin-key-methods = razpoložljivi načini
admin-key-questions-to-register = vprašanja za registracijo
admin-key-questions-to-ask = vprašanja za ponastavitev
admin-key-custom-questions = lastna varnostna vprašanja
admin-key-require-registration = obvezna registracija
admin-key-reconfirm-days = dnevi do vnovične potrditve
admin-key-notify-users = obvestila uporabnikom
admin-key-notify-admins = obvestila skrbnikom
admin-key-helpdesk = povezava do službe za pomoč
admin-key-branding = celostna podoba
admin-key-writeback = povratno zapisovanje gesel
admin-key-allow-unlock = odklepanje računa
admin-key-password = pravila za gesla
admin-key-phone-countries = države za telefone
admin-key-sms-sender = pošiljatelj SMS-ov

# Issue 12: poročila v konzoli (A2).
admin-reports-title = Poročila
admin-reports-link = Registracije, ponastavitve, neuspehi in kdo ne more ponastaviti gesla
admin-reports-period = Zadnji dnevi: { $days }, od { $since } (UTC).
admin-reports-chart = Grafikon podatkov iz spodnje tabele
admin-reports-by-day = Registracije, ponastavitve in odklepanja po dnevih
admin-col-day = Dan
admin-col-registrations = Registracije
admin-col-resets = Ponastavitve
admin-col-unlocks = Odklepanja
admin-col-user = Uporabnik
admin-reports-funnel = Kako daleč so prišli poskusi ponastavitve
admin-reports-funnel-hint = Vsak poskus se začne z ID-jem uporabnika. Kjer se števila zmanjšajo, tam uporabniki obupajo.
admin-col-step = Korak
admin-col-attempts = Poskusi
admin-funnel-started = Začeto
admin-funnel-eligible = Ponastavitev dovoljena
admin-funnel-verified-one = Preverjen en način
admin-funnel-verified-two = Preverjen drugi način
admin-funnel-password-set = Nastavljeno novo geslo ali odklenjen račun
admin-reports-failures = Neuspehi po vzroku
admin-col-reason = Vzrok
admin-col-count = Število
admin-reports-none = V tem obdobju ni ničesar.
admin-reports-methods = Načini, uporabljeni za ponastavitev ali odklepanje
admin-col-method = Način
admin-reports-cannot = Kdo ne more ponastaviti gesla
admin-reports-can = Uporabniki, ki lahko geslo ponastavijo zdaj: { $can } od { $users }.
admin-reports-short = { $count ->
    [one] { $count } uporabnik ne more ponastaviti gesla zaradi premalo načinov:
    [two] { $count } uporabnika ne moreta ponastaviti gesla zaradi premalo načinov:
    [few] { $count } uporabniki ne morejo ponastaviti gesla zaradi premalo načinov:
   *[other] { $count } uporabnikov ne more ponastaviti gesla zaradi premalo načinov:
}
# Issue 12: stran z uporabniki v konzoli (D1, D3).
admin-users-title = Uporabniki
admin-users-link = Poišči uporabnika: njegove načine, blokade in podatke za stik
admin-users-lookup-label = ID uporabnika
admin-users-lookup = Poišči
admin-err-no-user = V vaši organizaciji ni uporabnika s tem ID-jem.
admin-err-protected = Ta uporabnik je skrbnik, ki ga vaše vloge ne dovoljujejo upravljati. Obrnite se na globalnega skrbnika.
admin-err-contact = Vnesite e-poštni naslov, ki ni uporabnikov lastni, telefonske številke pa v obliki +<koda države> <številka>.
admin-user-status = Račun
admin-user-enabled = Omogočen
admin-user-disabled = Onemogočen
admin-user-locked = zaklenjen v imeniku
admin-user-password = Geslo
admin-user-cloud = Hrani ga ta portal
admin-user-onprem = Hrani ga lokalni imenik
admin-user-groups = Skupine
admin-user-roles = Skrbniške vloge
admin-user-none = Nobena
admin-user-methods = Uporabnikovi načini
admin-user-reset = Samopostrežna ponastavitev gesla
admin-user-can-reset = Zdaj lahko ponastavi geslo.
admin-user-cannot-reset = Zdaj ne more ponastaviti gesla:
admin-reason-consumer = osebni račun, ki ga ta portal ne podpira.
admin-reason-unavailable = račun je onemogočen.
admin-reason-not-enabled = samopostrežna ponastavitev gesla za njegove skupine ni omogočena.
admin-reason-not-registered = registriranih ima manj načinov, kot jih zahteva pravilnik.
admin-reason-admin-not-registered = skrbnik potrebuje dva načina, ima pa jih manj.
admin-reason-writeback-off = geslo se hrani lokalno, povratno zapisovanje pa je izklopljeno.
admin-user-blocks = Blokade
admin-user-no-blocks = Trenutno ni blokad.
admin-user-reset-blocked = Ponastavitve gesla so blokirane do { $until } (preveč napačnih kod ali odgovorov)
admin-user-sends-blocked = Pošiljanje kod je blokirano do { $until } (poslanih jih je bilo preveč)
admin-user-signin-locked = Vpis je zaklenjen do { $until } (preveč napačnih gesel)
admin-user-clear = Odstrani blokade
admin-user-cleared = Blokade so bile odstranjene.
admin-user-contact = Podatki za stik
admin-user-alternate-email = Nadomestni e-poštni naslov
admin-user-mobile = Mobilni telefon
admin-user-office = Službeni telefon
admin-user-contact-hint = Telefonske številke v obliki +<koda države> <številka>. Če želite polje počistiti, ga pustite praznega.
admin-user-contact-save = Shrani podatke za stik
admin-user-contact-saved = Podatki za stik so bili shranjeni.
admin-user-protected = Ta uporabnik je skrbnik, ki ga vaše vloge ne dovoljujejo upravljati: njegove podatke za stik ali blokade lahko spremeni samo globalni skrbnik.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Obnovitvena koda
admin-recovery-intro = Za uporabnika, ki je izgubil vse načine: enkratna koda, veljavna 8 ur, s katero se lahko enkrat vpiše in registrira nove načine. Predajte jo osebno ali med klicem, ki ste ga opravili sami; uporabnik bo o tem obveščen na svoje e-poštne naslove.
admin-recovery-issue = Izdaj obnovitveno kodo
admin-recovery-issued = Obnovitvena koda je bila izdana. Prikazana je samo enkrat.
admin-recovery-code-is = Obnovitvena koda:
admin-recovery-until = Obnovitvena koda velja do { $until }.
admin-recovery-hand-over = Uporabniku jo preberite šele, ko ste prepričani, kdo je. Znova ne bo prikazana.
admin-recovery-done = Končano, skrij kodo
recovery-link = Ste od službe za pomoč uporabnikom prejeli obnovitveno kodo?
recovery-title = Vpis z obnovitveno kodo
recovery-intro = Če ste izgubili vse načine, vam lahko služba za pomoč uporabnikom da enkratno obnovitveno kodo. Vpišite se z njo, nato pa na strani z varnostnimi podatki registrirajte nove načine.
recovery-code-label = Obnovitvena koda
recovery-code-hint = 16 črk in števk, na primer ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID uporabnika ali obnovitvena koda ni pravilna ali pa je bila koda že uporabljena oziroma je potekla.
recovery-back = Raje se vpišite z geslom
msg-recovery-issued-subject = Za vaš račun je bila izdana obnovitvena koda
msg-recovery-issued-body = Skrbnik je izdal enkratno obnovitveno kodo za uporabnika { $user }. Če je niste zahtevali od službe za pomoč uporabnikom, se takoj obrnite na skrbnika.
msg-recovery-used-subject = Nekdo se je vpisal z obnovitveno kodo
msg-recovery-used-body = Uporabnik { $user } se je vpisal z obnovitveno kodo, da bi registriral nove varnostne podatke. Če tega niste storili vi, se takoj obrnite na skrbnika.
msg-contact-changed-subject = Vaši podatki za stik so bili spremenjeni
msg-contact-changed-body = Skrbnik je spremenil podatke za stik uporabnika { $user } (e-poštni naslov ali telefonsko številko, ki se uporablja za ponastavitev gesla). Če tega niste pričakovali, se takoj obrnite na skrbnika.

# Issue 12: iskanje po revizijskem dnevniku v konzoli (A1, W2).
admin-audit-title = Revizijski dnevnik
admin-audit-link = Iskanje po revizijskem dnevniku in njegov prenos
admin-audit-user = ID uporabnika
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Korak
admin-audit-outcome = Izid
admin-audit-ip = Naslov IP
admin-audit-client = Vrsta odjemalca
admin-audit-any = Vse
admin-audit-search = Išči
admin-audit-bad-date = Vnesite datum v obliki YYYY-MM-DD, na primer 2026-11-05.
admin-audit-count = { $count ->
    [one] Iskanju ustreza { $count } vnos.
    [two] Iskanju ustrezata { $count } vnosa.
    [few] Iskanju ustrezajo { $count } vnosi.
   *[other] Iskanju ustreza { $count } vnosov.
}
admin-audit-capped = Prikazani in preneseni so le najnovejši vnosi; če želite videti preostale, zožite iskanje.
admin-audit-pages = Strani rezultata
admin-audit-newer = Novejši vnosi
admin-audit-older = Starejši vnosi
admin-audit-export-json = Prenesi kot vrstice JSON

# Issue 12: stran z delovanjem v konzoli.
admin-ops-title = Delovanje
admin-ops-link = Delovanje: trenutno stanje podatkovne zbirke, imenika in čakalne vrste pošte
admin-ops-database = Podatkovna zbirka
admin-ops-directory = Lokalni imenik
admin-ops-no-directory = Ni nastavljen
admin-ops-ok = Deluje
admin-ops-down = Se ne odziva
admin-ops-on = Vklopljeno
admin-ops-off = Izklopljeno
admin-ops-directory-error = Zadnja napaka imenika (zadnjih 30 dni)
admin-ops-mail-waiting = Obvestila, ki čakajo na pošiljanje
admin-ops-mail-oldest = Najstarejše obvestilo čaka od
admin-ops-mail-sent = Poslana obvestila
admin-ops-mail-failed = Obvestila, ki jih ni bilo mogoče poslati niti po ponovnih poskusih
admin-ops-hashing = Gesla, ki na tem vozlišču čakajo na zgoščevanje
admin-ops-version = Različica
admin-ops-hint = Preverjeno ob odprtju te strani na vozlišču, ki jo je poslalo. Števila obvestil veljajo za ves portal; vse drugo je na voljo na /metrics.

# Issue 12: izbirnik skupin na strani P1 in obvestilo M2 uporabnikom, ki po spremembi ne bodo mogli ponastaviti gesla.
admin-f-groups-other = Druge skupine
admin-f-groups-none = Ta organizacija na portalu še nima skupin: vnesite njihova imena.
admin-notify-stranded = Pošlji e-poštno sporočilo uporabnikom, ki po tej spremembi ne bodo mogli ponastaviti gesla, s prošnjo, naj registrirajo več načinov
msg-register-needed-subject = Registrirajte več varnostnih podatkov
msg-register-needed-body = Vaša organizacija zdaj za ponastavitev gesla zahteva več varnostnih podatkov. Dokler se ne vpišete in ne dodate načinov na strani z varnostnimi podatki, uporabnik { $user } ne bo mogel ponastaviti gesla, ne da bi poklical službo za pomoč uporabnikom.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Zadnja sinhronizacija imenika (sspr directory sync)
admin-ops-sync-counts = zapisane spremembe: { $changes }; zavrnjene vrednosti: { $refused }; uporabniki brez organizacije: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Prevod se napiše v vrstico pod svojim vprašanjem kot oznaka jezika, dvopičje in besedilo (na primer ja-JP: …), dolgo od 1 do 200 znakov.
admin-err-translation-first = Najprej napišite vprašanje, nato pa v vrstice pod njim še njegove prevode.
admin-f-question-translations-hint = Če želite vprašanje prikazati v drugem jeziku, pod njim dodajte vrstico z oznako jezika, dvopičjem in prevodom, na primer »ja-JP: 事務所の植物の名前は？«. Uporabniki, za katerih jezik ni prevoda, vidijo vprašanje tako, kot je napisano.
admin-f-recovery-code-resets = Obnovitvena koda službe za pomoč uporabnikom lahko tudi enkrat ponastavi uporabnikovo geslo
admin-key-recovery-code-resets = obnovitvene kode, ki ponastavijo gesla
recovery-reset-hint = Če vaša organizacija to dovoljuje, lahko s kodo namesto tega enkrat ponastavite geslo.
recovery-reset-button = Ponastavi moje geslo
recovery-no-reset = Vaša organizacija dovoljuje, da se z obnovitveno kodo samo vpišete. Tukaj registrirajte nove načine; nato lahko z njimi ponastavite geslo.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Ponastavitev začeta
audit-step-choose = Izbrana ponastavitev ali odklepanje
audit-step-select = Izbran način
audit-step-send-code = Koda poslana
audit-step-verify = Način preverjen
audit-step-unlock = Račun odklenjen
audit-step-reset = Ponastavitev gesla
audit-step-password = Vneseno novo geslo
audit-step-directory = Povratno zapisovanje v imenik
audit-step-notify = Obvestilo
audit-step-admin-request = Zahteva skrbnikom
audit-step-signin = Vpis
audit-step-signin-verify = Drugi korak vpisa
audit-step-signout = Izpis
audit-step-interrupt = Poziv k registraciji ob vpisu
audit-step-reconfirm = Varnostni podatki znova potrjeni
audit-step-register = Način registriran
audit-step-register-send-code = Registracijska koda poslana
audit-step-register-pairing = Aplikacija za preverjanje pristnosti seznanjena
audit-step-register-verify = Registracijska koda preverjena
audit-step-delete-method = Način izbrisan
audit-step-change-password = Geslo spremenjeno
audit-step-delivery = Potrdilo o dostavi
audit-step-policy-change = Pravilnik spremenjen
audit-step-admin-clear-blocks = Blokade odstranil skrbnik
audit-step-admin-set-contact = Podatke za stik nastavil skrbnik
audit-step-admin-recovery-code = Obnovitvena koda izdana
audit-step-directory-sync = Sinhronizacija imenika
audit-outcome-ok = Uspelo
audit-outcome-fail = Ni uspelo
audit-outcome-blocked = Blokirano
audit-outcome-error = Napaka
audit-outcome-rejected = Zavrnjeno
audit-outcome-ineligible = Ne izpolnjuje pogojev
audit-outcome-dismissed = Odloženo
audit-client-browser = Brskalnik
audit-client-sign-in-screen = Zaslon za vpis
audit-client-app = Aplikacija

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Vklopljeno
admin-value-off = Izklopljeno
admin-value-empty = (prazno)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Zadnje povratno zapisovanje gesla (ali odklepanje računa) v imeniku

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Geslo ponastavljeno
done-title-unlock = Račun odklenjen
admin-f-sign-in-url = Stran za vpis vaše organizacije
admin-f-sign-in-url-hint = Kam vodi gumb na zadnji strani ponastavitve, na primer https://login.contoso.com. Če polje pustite prazno, bo uporabljena privzeta stran tega portala.
policy-err-sign-in-url = Stran za vpis vnesite kot spletni naslov, ki se začne s https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Vnaprej določena varnostna vprašanja, med katerimi lahko izbirajo uporabniki
admin-key-predefined-questions = vnaprej določena varnostna vprašanja
policy-err-too-few-questions = Ponudite vsaj toliko varnostnih vprašanj (vnaprej določenih in lastnih), kot jih morajo uporabniki registrirati.
