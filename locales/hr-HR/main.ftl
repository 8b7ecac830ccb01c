# sspr, hr-HR. Every key here must exist in every locale (tested) and be used in code (tested).

## Okvir i zajednički elementi
app-name = Samostalno ponovno postavljanje lozinke
reset-title = Vratite pristup računu
skip-to-content = Prijeđi na glavni sadržaj
lang-switch-label = Jezik
next = Dalje
back-to-start = Počni ispočetka
retry = Pokušaj ponovno
something-wrong = Došlo je do pogreške. Pokušajte ponovno kasnije.
not-found = Ova stranica ne postoji.
working = Obrada…

## Unos (E2)
entry-intro = Da biste oporavili račun, najprije unesite korisnički ID i odgovor na pitanje u nastavku.
userid-label = Korisnički ID
userid-hint = Primjer: { $example }
captcha-legend = Dokažite da niste robot
captcha-nojs = Nakon što odaberete „Dalje”, preglednik se provjerava nekoliko sekundi (najmanje { $seconds } s). Ne morate ništa drugo učiniti.
captcha-working = Provjera preglednika…
captcha-done = Gotovo. Možete nastaviti.

## Obratite se administratoru (E3, E5, P9, K1)
contact-title = Obratite se administratoru
contact-reason-consumer = Osobni računi ne mogu upotrebljavati ovaj portal. Umjesto toga upotrijebite mogućnosti oporavka svojeg davatelja usluga e-pošte.
contact-reason-unavailable = Lozinku ovog računa ne možemo ovdje ponovno postaviti. Račun možda ne postoji ili je onemogućen.
contact-reason-not-enabled = Samostalno ponovno postavljanje lozinke nije uključeno za ovaj račun.
contact-reason-not-registered = Za ovaj račun nije registrirano dovoljno sigurnosnih podataka za ponovno postavljanje lozinke.
contact-reason-admin-not-registered = Za ponovno postavljanje lozinke administratorskih računa potrebne su dvije registrirane metode (e-pošta, mobilni telefon, uredski telefon ili aplikacija za provjeru autentičnosti).
contact-reason-writeback-off = Lozinkom ovog računa upravlja se lokalno i ne može se ovdje ponovno postaviti.
contact-also-intro = To se može dogoditi i kada:
contact-also-consumer = račun je osobni račun kod javnog davatelja usluga e-pošte
contact-also-unavailable = korisnički ID nije ispravno upisan ili račun ne postoji ili je isključen
contact-also-not-enabled = samostalno ponovno postavljanje lozinke nije uključeno za račun
contact-also-not-registered = za račun nije registrirano dovoljno sigurnosnih podataka (ako se možete prijaviti, na stranici sa sigurnosnim podacima vidjet ćete što nedostaje)
contact-also-admin-not-registered = administratorski račun nema dvije registrirane metode
contact-also-writeback-off = lozinkom upravlja vlastiti imenik vaše organizacije
contact-helpdesk-link = Obratite se službi za podršku
contact-helpdesk-email = Pišite službi za podršku: { $email }
contact-no-helpdesk = Zatražite pomoć od administratora svoje organizacije.
contact-request-button = Zamoli administratore da ponovno postave moju lozinku
contact-request-sent = Vaš je zahtjev poslan administratorima.

## Odabir problema
choose-title = Zašto se ne možete prijaviti?
choose-forgot = Ne sjećam se lozinke
choose-forgot-hint = Bez brige, pomoći ćemo vam da je ponovno postavite pomoću sigurnosnih podataka koje ste registrirali.
choose-unlock = Znam lozinku, ali se i dalje ne mogu prijaviti
choose-unlock-hint = To se može dogoditi ako ste se previše puta pokušali prijaviti s pogrešnom lozinkom.

## Potvrda (V1..V6)
verify-title = Potvrdite svoj identitet
verify-step = Korak potvrde { $current } od { $required }
verify-pick = Odaberite način kontakta koji ćemo upotrijebiti za potvrdu:
verify-passed = Potvrđeno
option-email = Pošalji poruku e-pošte na moju zamjensku adresu { $masked }
option-sms = Pošalji SMS na moj mobilni telefon { $masked }
option-voice = Nazovi moj mobilni telefon { $masked }
option-office = Nazovi moj uredski telefon { $masked }
option-app = Unesi kôd iz aplikacije za provjeru autentičnosti
option-software_oath = Unesi kôd iz softverskog tokena
option-hardware_oath = Unesi kôd iz hardverskog tokena
option-questions = Odgovori na sigurnosna pitanja
pending-email = Poslali smo poruku e-pošte s kodom za potvrdu na { $masked }.
pending-sms = Poslali smo SMS s kodom za potvrdu na { $masked }.
pending-voice = Zovemo { $masked }. Poslušajte kôd za potvrdu.
pending-totp = Unesite kôd prikazan u aplikaciji ili na tokenu.
code-label = Kôd za potvrdu
questions-legend = Odgovorite na sigurnosna pitanja
verify-button = Potvrdi

## Nova lozinka (N1, N2)
password-title = Odaberite novu lozinku
password-label = Nova lozinka
confirm-label = Potvrdite novu lozinku
password-rules = Lozinka:
pw-rule-length = { $min ->
    [one] mora imati najmanje { $min } znak
    [few] mora imati najmanje { $min } znaka
   *[other] mora imati najmanje { $min } znakova
}
pw-rule-max-length = { $max ->
    [one] smije imati najviše { $max } znak
    [few] smije imati najviše { $max } znaka
   *[other] smije imati najviše { $max } znakova
}
pw-rule-classes = mora sadržavati tri od sljedećeg: mala slova, velika slova, znamenke, simbole
pw-rule-banned = ne smije biti često upotrebljavana ili zabranjena lozinka
pw-rule-name = ne smije sadržavati vaše ime
pw-rule-match = mora odgovarati potvrdi
pw-rule-classes-ad = mora sadržavati tri od sljedećeg: mala slova, velika slova, znamenke, simbole, slova bez velikih i malih oblika (npr. kana)
pw-rule-name-ad = ne smije sadržavati naziv vašeg računa ni bilo koji dio vašeg imena od 3 ili više znakova
pw-dir-heading = Imenik vaše organizacije prilikom slanja provjerava i da lozinka:
pw-dir-history = { $n ->
    [1] nije vaša trenutačna lozinka
    [one] nije nijedna od posljednje { $n } lozinke
    [few] nije nijedna od posljednje { $n } lozinke
   *[other] nije nijedna od posljednjih { $n } lozinki
}
pw-dir-min-age = { $n ->
    [1] nije postavljena prije isteka jednog dana od posljednje promjene lozinke
    [one] nije postavljena prije isteka { $n } dana od posljednje promjene lozinke
    [few] nije postavljena prije isteka { $n } dana od posljednje promjene lozinke
   *[other] nije postavljena prije isteka { $n } dana od posljednje promjene lozinke
}
pw-dir-module = zadovoljava dodatna pravila kvalitete vaše organizacije
pw-rule-ok = ispunjeno
pw-rule-not-ok = nije ispunjeno
finish = Završi

## Gotovo
done-reset = Lozinka je ponovno postavljena.
done-unlock = Račun je otključan.
done-sign-in = Prijavite se svojim računom

## Pogreške (tijekovi)
err-no-flow = Sesija je istekla. Počnite ispočetka.
err-captcha = Provjera da niste robot istekla je ili je već iskorištena. Pokušajte ponovno.
err-wrong-step = Taj korak više nije dostupan. Nastavite odavde.
err-unknown-option = Odaberite jednu od navedenih metoda.
err-code-wrong = Taj kôd nije uspio. Provjerite ga i pokušajte ponovno.
err-code-expired = Taj je kôd istekao. Pošaljite novi.
err-code-used = Taj je kôd već iskorišten. Nastavite odavde.
err-blocked = Previše pokušaja. Pokušajte ponovno nakon { $until }.
err-email-limit = Poslali smo previše kodova. Pokušajte ponovno nakon { $until } ili upotrijebite drugu metodu.
err-answers-wrong = Jedan ili više odgovora nisu točni. Evo novog skupa pitanja.
err-password = Lozinka ne ispunjava zahtjeve u nastavku.
err-delivery = Trenutačno ne možemo poslati poruku. Pokušajte ponovno kasnije ili upotrijebite drugu metodu.
err-admin-request-limit = Već ste poslali nekoliko zahtjeva. Administratori će vam se javiti.
err-internal = Došlo je do pogreške. Pokušajte ponovno kasnije.
userid-err-empty = Unesite korisnički ID.
userid-err-shape = Unesite korisnički ID u obliku ime@domena, na primjer { $example }.
userid-err-too-long = Taj je korisnički ID predugačak.

## Poruke (e-pošta, SMS, glasovni poziv)
msg-code-subject = Kôd za potvrdu računa za { $org }
msg-code-email = Upotrijebite sljedeći kôd da biste potvrdili svoj račun: { $code }. { $minutes ->
    [one] Istječe za { $minutes } minutu.
    [few] Istječe za { $minutes } minute.
   *[other] Istječe za { $minutes } minuta.
} Ako ga niste zatražili, zanemarite ovu poruku e-pošte.
msg-code-sms = Kôd za novu lozinku { $org }: { $code }
msg-code-voice = Vaš kôd za potvrdu je { $code }. Ponavljam, vaš kôd je { $code }.
msg-reset-subject = Vaša je lozinka ponovno postavljena
msg-reset-body = Lozinka korisnika { $user } upravo je ponovno postavljena putem samostalnog ponovnog postavljanja lozinke. Ako to niste bili vi, odmah se obratite administratoru.
msg-method-added-subject = Vašem su računu dodani sigurnosni podaci
msg-method-added-body = Sigurnosnim podacima korisnika { $user } dodana je metoda: { $method }. Ako to niste bili vi, prijavite se, uklonite je, promijenite lozinku i obratite se administratoru.
msg-method-removed-subject = S vašeg su računa uklonjeni sigurnosni podaci
msg-method-removed-body = Iz sigurnosnih podataka korisnika { $user } uklonjena je metoda: { $method }. Ako to niste bili vi, prijavite se, provjerite sigurnosne podatke, promijenite lozinku i obratite se administratoru.
msg-admin-reset-subject = Administrator je ponovno postavio svoju lozinku
msg-admin-reset-body = Administrator { $user } ponovno je postavio vlastitu lozinku putem samostalnog ponovnog postavljanja lozinke.
msg-admin-request-subject = Zahtjev za ponovno postavljanje lozinke
msg-admin-request-body = Korisnik { $user } ne može samostalno ponovno postaviti lozinku i traži pomoć administratora.

## Izlazna pošta za razvoj (samo demonstracijski način)
outbox-title = Izlazna pošta (demo)
outbox-intro = Demonstracijski način: poruke koje je portal poslao zapisuju se ovdje umjesto da se isporuče. Najnovije prve.
outbox-empty = Još nema poruka.
outbox-to = Prima
demo-outbox-link = Demonstracijski način: pročitajte poruku u izlaznoj pošti (otvara se na novoj kartici)
outbox-channel = Kanal

## Odbijanja pravila (P12, upotrebljavaju ih administratorski alati)
policy-err-scope-without-groups = Odaberite barem jednu grupu za opseg „Odabrane grupe”.
policy-err-methods-required = Broj obaveznih metoda mora biti 1 ili 2.
policy-err-too-few-methods = Omogućite barem onoliko metoda koliko ih je obavezno.
policy-err-office-phone-paid = Uredski telefon dostupan je samo plaćenim klijentima.
policy-err-questions-register = Korisnici moraju registrirati od 3 do 5 sigurnosnih pitanja.
policy-err-questions-ask = Mora se postaviti od 3 do 5 sigurnosnih pitanja.
policy-err-questions-ask-exceeds = Ne možete postaviti više pitanja nego što ih korisnici registriraju.
policy-err-reconfirm-days = Ponovna potvrda mora biti između 0 i 730 dana.
policy-err-app-needs-more = Kada je mobilna aplikacija omogućena, omogućite i dovoljno drugih metoda uz nju.
policy-err-app-notification-alone = Kada je obavezna jedna metoda, sama obavijest u aplikaciji ne računa se.
policy-err-password-length = Duljina lozinke mora biti između 8 i 256 znakova.
policy-err-banned-terms = Najviše 1000 prilagođenih zabranjenih pojmova.
policy-err-sms-sender = Pošiljatelj SMS-a mora biti naziv od najviše 11 latiničnih slova i znamenki ili telefonski broj, npr. +15017122661.
phone-err-country-code = Započnite broj znakom + i pozivnim brojem države.
phone-err-characters = Upotrebljavajte samo znamenke, razmake i crtice.
phone-err-length = Taj je broj prekratak ili predugačak.
policy-err-custom-question = Prilagođena sigurnosna pitanja moraju imati od 1 do 200 znakova i sva moraju biti različita.
policy-err-brand-accent = Boja robne marke mora biti zapisana kao #rrggbb i dovoljno tamna za bijeli tekst (kontrast od najmanje 4,5:1).
policy-err-brand-logo = Logotip mora biti datoteka na ovom portalu (npr. /brand/logo.svg) ili ugrađena slika.
policy-err-sign-in-domain = Domena za prijavu mora biti naziv domene, npr. contoso.com.

## Prijava i moj račun (G1, N4)
entry-signin-link = Prijavite se da biste upravljali sigurnosnim podacima
signin-title = Prijava
signin-intro = Prijavite se da biste pregledali i ažurirali sigurnosne podatke ili promijenili lozinku.
signin-password-label = Lozinka
signin-button = Prijava
signin-cant-access = Ne možete pristupiti računu?
signin-signed-out = Odjavili ste se.
signout-button = Odjava
account-title = Moj račun
account-signed-in-as = Prijavljeni ste kao { $name } ({ $upn })
account-reset-attempts = Netko je pokušao ponovno postaviti vašu lozinku i { $count ->
    [1] jednom nije prošao potvrdu
    [one] { $count } put nije prošao potvrdu
    [few] { $count } puta nije prošao potvrdu
   *[other] { $count } puta nije prošao potvrdu
}, posljednji put { $when }. Ako to niste bili vi, lozinka vam nije promijenjena; provjerite jesu li sigurnosni podaci vaši i obavijestite administratora.
account-cannot-reset = Još ne možete sami ponovno postaviti lozinku.
account-security-info = Sigurnosni podaci
account-change-password = Promijeni lozinku
err-no-session = Niste prijavljeni ili je sesija završila. Ponovno se prijavite.
err-credentials = Korisnički ID ili lozinka nisu točni.
err-locked-out = Račun je privremeno zaključan radi sprječavanja neovlaštene upotrebe. Pokušajte ponovno nakon { $until }.
err-account-locked = Račun je zaključan. Da biste ga otključali, upotrijebite „Ne možete pristupiti računu?”.
err-not-allowed = Ta se metoda ne može upotrebljavati za vaš račun.
err-current-password = Trenutačna lozinka nije točna.
err-on-premises = Lozinkom upravlja imenik vaše organizacije. Promijenite je ondje.
err-too-many = S vaše je mreže bilo previše pokušaja. Pokušajte ponovno nakon { $until }.
err-resend-wait = Upravo smo vam poslali kôd na ovaj način. Pričekajte do { $until } prije nego što zatražite novi ili upotrijebite drugu metodu.
err-messages-paused = Trenutačno ne možemo slati nove kodove. Pokušajte ponovno nakon { $until } ili upotrijebite metodu kojoj nije potrebna poruka, npr. aplikaciju za provjeru autentičnosti ili sigurnosna pitanja.
err-phone-country = Vaša organizacija ne šalje kodove na telefonske brojeve u ovoj državi. Upotrijebite drugi broj ili metodu.
err-busy = Usluga je trenutačno zauzeta. Pričekajte trenutak i pokušajte ponovno.
cancel = Odustani
save = Spremi

## Sigurnosni podaci (G2..G7, C1)
setup-title = Sigurnosni podaci
setup-intro = Ovo su metode kojima dokazujete svoj identitet kada ponovno postavljate lozinku.
setup-progress-ok = Možete ponovno postaviti lozinku. Postavljene obavezne metode: { $have } od { $required }.
setup-progress-short = Postavljene obavezne metode: { $have } od { $required }. Dodajte još da biste mogli ponovno postaviti lozinku.
setup-methods-heading = Vaše metode
setup-none = Još niste postavili nijednu metodu.
setup-add-heading = Dodavanje metode
setup-change = Promijeni
setup-change-label = Promijeni: { $what }
setup-delete = Izbriši
setup-delete-label = Izbriši: { $what }
setup-from-directory = (iz imenika vaše organizacije)
setup-done-added = Metoda je dodana.
setup-done-deleted = Metoda je izbrisana.
setup-back = Natrag na sigurnosne podatke
setup-not-available = Ta metoda nije dostupna za vaš račun.
method-app = Aplikacija za provjeru autentičnosti
method-software = Softverski OATH token
method-hardware = Hardverski token
method-phone = Telefon
method-office = Uredski telefon
method-email = E-pošta
method-questions = Sigurnosna pitanja
method-questions-detail = broj pitanja: { $count }
add-app = Dodaj aplikaciju za provjeru autentičnosti
add-software = Dodaj softverski OATH token
add-hardware = Aktiviraj hardverski token
add-phone = Dodaj ili promijeni telefon
add-office = Dodaj ili promijeni uredski telefon
add-email = Dodaj ili promijeni e-poštu
add-questions = Postavi sigurnosna pitanja
setup-email-label = Adresa e-pošte
setup-email-hint = Upotrijebite adresu koja nije adresa vašeg poslovnog računa. Na nju ćemo poslati kôd.
setup-phone-label = Telefonski broj
setup-office-label = Broj uredskog telefona
setup-phone-hint = Unesite + i pozivni broj države, na primjer +385 91 123 4567.
setup-phone-channel = Kako da vam pošaljemo kôd?
setup-phone-sms = Pošalji mi kôd SMS-om
setup-phone-voice = Nazovi me
setup-app-intro = Instalirajte aplikaciju za provjeru autentičnosti na telefon, a zatim odaberite „Dalje” da biste vidjeli QR kôd za skeniranje.
setup-software-intro = Odaberite „Dalje” da biste dobili tajni ključ za softverski token.
setup-app-step-scan = Skenirajte QR kôd aplikacijom ili unesite tajni ključ u nastavku.
setup-app-step-code = Unesite šesteroznamenkasti kôd koji prikazuje aplikacija.
setup-app-qr-alt = QR kôd za aplikaciju za provjeru autentičnosti
setup-app-secret = Tajni ključ:
setup-hardware-intro = Odaberite serijski broj otisnut na tokenu i unesite kôd koji on prikazuje.
setup-hardware-serial = Serijski broj
setup-questions-intro = { $count ->
    [one] Odaberite { $count } pitanje i odgovorite na njega
    [few] Odaberite { $count } različita pitanja i odgovorite na svako
   *[other] Odaberite { $count } različitih pitanja i odgovorite na svako
} (od 3 do 40 znakova, bez jednakih odgovora).
setup-question-label = Pitanje { $n }
setup-answer-label = Odgovor { $n }
setup-err-email-shape = Unesite adresu e-pošte, na primjer someone@example.com.
setup-err-email-same = Upotrijebite adresu koja nije adresa vašeg poslovnog računa.
setup-err-phone = Čini se da taj telefonski broj nije ispravan.
setup-err-questions = Sigurnosna pitanja nisu spremljena.
setup-err-questions-count = Odgovorite na svako pitanje.
setup-err-questions-unknown = Odaberite pitanja s popisa.
setup-err-questions-duplicate = U svakom polju odaberite drugo pitanje.
setup-err-answer-length = Odgovori moraju imati od 3 do 40 znakova.
setup-err-answer-duplicate = Na svako pitanje dajte drugačiji odgovor.
setup-err-too-many-apps = Već imate najveći dopušteni broj aplikacija za provjeru autentičnosti. Najprije izbrišite jednu.
setup-err-token-unknown = Taj vam token nije dodijeljen ili je već aktivan.
protect-title = Pomozite nam zaštititi vaš račun
protect-intro = Vašoj su organizaciji potrebni dodatni podaci kako bi vaš račun ostao siguran i kako biste sami mogli ponovno postaviti lozinku.
protect-skip = Preskoči zasad
confirm-title = Jesu li vaši sigurnosni podaci još uvijek točni?
confirm-intro = Provjerite metode kojima ponovno postavljate lozinku. Potvrdite ih ili ih uredite ako se nešto promijenilo.
confirm-looks-good = Sve je u redu
confirm-edit = Uredi sigurnosne podatke
confirm-done = Hvala! Vaši su sigurnosni podaci potvrđeni.
change-title = Promjena lozinke
change-current-label = Trenutačna lozinka
change-button = Promijeni lozinku
change-done = Lozinka je promijenjena.

## Sigurnosna pitanja (G6, unaprijed definiran popis)
sq-first-pet = Kako se zvao vaš prvi kućni ljubimac?
sq-birth-city = U kojem ste gradu rođeni?
sq-first-school = Kako se zvala vaša prva škola?
sq-childhood-friend = Kako se zove vaš najbolji prijatelj iz djetinjstva?
sq-first-job-city = U kojem ste gradu imali prvi posao?
sq-grandparent-name = Kako se zove najstariji od vaših baka i djedova?
sq-first-concert = Koji je bio prvi koncert na koji ste otišli?
sq-childhood-street = U kojoj ste ulici živjeli kao dijete?
sq-favourite-teacher = Kako se prezivao vaš omiljeni učitelj?
sq-first-car = Koje je marke i modela bio vaš prvi automobil?

## Obavijesti na uparenom uređaju (V4)
option-push = Odobri obavijest na mojem uređaju
pending-push = Poslali smo obavijest na vaš uređaj. Otvorite je i unesite ovaj broj:
pending-push-then = Zatim ovdje odaberite „Nastavi”.
push-continue = Nastavi
err-push-pending = Na obavijest još nije odgovoreno. Odgovorite na nju na uređaju, a zatim odaberite „Nastavi”.
err-push-denied = Obavijest je odbijena ili se broj nije podudarao. Odaberite metodu da biste pokušali ponovno.
method-notification = Obavijesti na mojem uređaju
add-notification = Dodaj uređaj za obavijesti
setup-device-intro = Upotrijebite telefon kao uređaj koji odobrava zahtjeve: odaberite „Dalje” da biste dobili kôd za uparivanje.
setup-device-step-open = Na telefonu otvorite stranicu uređaja:
setup-device-link = otvori stranicu uređaja
setup-device-step-code = Ondje unesite ovaj kôd za uparivanje:
setup-device-then = Kada stranica uređaja prikaže da je uparen, vratite se ovamo.
setup-device-done = Gotovo
device-title = Vaš uređaj
device-intro = Ova stranica odobrava zahtjeve za prijavu i ponovno postavljanje lozinke za vaš račun. Dodajte je na početni zaslon da vam bude pri ruci.
device-paired = Ovaj je uređaj uparen. Provjerite zahtjeve kada se od vas zatraži da neki odobrite.
device-pair-failed = Taj kôd za uparivanje nije uspio. Zatražite novi u sigurnosnim podacima.
device-approved = Odobreno. Možete se vratiti na drugi zaslon.
device-denied = Odbijeno. Ništa nije odobreno.
device-no-request = Nema zahtjeva na čekanju.
device-request = %org% traži da potvrdite da ste to vi (%upn%).
device-request-title = Odobriti ovaj zahtjev?
device-pair-code = Kôd za uparivanje
device-name = Naziv ovog uređaja
device-name-default = Moj telefon
device-pair-button = Upari ovaj uređaj
device-check = Provjeri zahtjeve
device-number = Broj prikazan na drugom zaslonu
device-approve = Odobri
device-deny = Odbij
device-needs-js = Ova stranica treba JavaScript kako bi čuvala svoj ključ i potpisivala odobrenja.

## Prijava, drugi korak (G1)
check-title = Potvrdite svoj identitet
check-intro = Vaš račun ima sigurnosne podatke pa je potrebna dodatna provjera prije nego što ih možete vidjeti ili promijeniti.

## Lokalni imenik (P10, P11)
err-directory-policy = Imenik vaše organizacije nije prihvatio ovu lozinku. Možda ste je već upotrebljavali ili krši neko od pravila imenika; pokušajte s drugom.
err-directory = Nismo mogli pristupiti imeniku vaše organizacije. Ništa nije promijenjeno; pokušajte ponovno za trenutak.

## Issue 10: slanje obrasca bez nekog polja
err-form-incomplete = Obrazac je stigao nepotpun. Ispunite sva polja i pokušajte ponovno.

## Issue 11: napredak koraka, naslovi, robna marka, ponovno slanje, brisanje metode, vrijeme
progress-label = Napredak
progress-step = Korak { $current } od { $total }
step-userid = Korisnički ID
step-verify = Potvrda
step-password = Nova lozinka
step-done = Gotovo
resend-code = Ponovno pošalji kôd
resend-in = Novi kôd možete zatražiti za { $seconds ->
    [1] jednu sekundu
    [one] { $seconds } sekundu
    [few] { $seconds } sekunde
   *[other] { $seconds } sekundi
}.
helpdesk-contact = Trebate pomoć? Obratite se službi za podršku: { $contact }
brand-logo-alt = { $org }
setup-add-method = Dodaj metodu
setup-delete-title = Izbrisati ovu metodu?
setup-delete-confirm = Metoda „{ $what }” bit će uklonjena iz vaših sigurnosnih podataka.
setup-delete-last-warning = Ta vam je metoda potrebna za ponovno postavljanje lozinke. Bez nje nećete moći sami ponovno postaviti lozinku dok ne dodate drugu metodu.
setup-delete-confirm-button = Da, izbriši
setup-app-open-link = Otvori u aplikaciji za provjeru autentičnosti na ovom telefonu
setup-app-secret-grouped = Tajni ključ, u skupinama od po četiri znaka:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }. { $month }. { $year }. { $hour }:{ $minute } ({ $zone })
time-am = prijepodne
time-pm = poslijepodne

# Issue 12: administratorska konzola. Naslovi stranica prate Entrine stranice za ponovno postavljanje lozinke.
account-admin-console = Administratorska konzola
admin-title = Administratorska konzola
admin-sign-in = Prijavite se administratorskim računom da biste otvorili konzolu.
admin-not-admin = Ova je konzola namijenjena administratorima. Vaš račun nema nijednu administratorsku ulogu.
admin-second-step = Za konzolu je potreban drugi korak prijave. Dodajte telefon ili aplikaciju za provjeru autentičnosti u sigurnosne podatke, a zatim se odjavite i ponovno prijavite.
admin-go-setup = Otvori sigurnosne podatke
admin-go-account = Natrag na moj račun
admin-back = Natrag na konzolu
admin-tenant = Organizacija: { $name }
admin-signed-in-as = Prijavljeni ste kao { $name }, s ulogama: { $roles }
admin-policy-heading = Pravila za ponovno postavljanje lozinke
admin-readonly = Vaše uloge omogućuju vam da pomažete korisnicima, ali ne i da mijenjate pravila za ponovno postavljanje lozinke. Može ih promijeniti globalni administrator ili administrator pravila provjere autentičnosti.
admin-draft-pending = Promjena na stranici { $page } čeka vaš pregled.
admin-draft-open = Otvori promjenu
admin-draft-elsewhere = Promjena na stranici { $page } čeka pregled. Pregledom ove stranice ona će se zamijeniti.
admin-saved = Spremljeno kao promjena { $id }.
admin-discarded = Promjena je odbačena. Ništa nije spremljeno.
admin-blade-properties = Svojstva
admin-blade-methods = Metode provjere autentičnosti
admin-blade-registration = Registracija
admin-blade-notifications = Obavijesti
admin-blade-customization = Prilagodba
admin-blade-on-premises = Lokalna integracija
admin-blade-administrators = Pravila za administratore
admin-f-scope = Samostalno ponovno postavljanje lozinke omogućeno je za
admin-scope-none = Nikoga
admin-scope-selected = Odabrane grupe
admin-scope-all = Sve korisnike
admin-f-groups = Grupe
admin-f-groups-hint = Označite grupe za koje je omogućeno samostalno ponovno postavljanje lozinke ili upišite nazive drugih grupa, odvojene zarezima. Upotrebljavaju se kada je odabrano „Odabrane grupe”.
admin-f-methods-required = Broj metoda potrebnih za ponovno postavljanje
admin-f-methods-required-hint = 1 ili 2.
admin-f-methods = Metode dostupne korisnicima
admin-f-questions-to-register = Broj sigurnosnih pitanja potrebnih za registraciju
admin-f-questions-to-ask = Broj sigurnosnih pitanja potrebnih za ponovno postavljanje
admin-f-custom-questions = Vlastita sigurnosna pitanja vaše organizacije
admin-f-custom-questions-hint = Jedno pitanje po retku; nude se uz unaprijed definirana pitanja.
admin-f-require-registration = Zahtijevaj od korisnika da se registriraju prilikom prijave
admin-f-reconfirm-days = Broj dana prije nego što se od korisnika zatraži da ponovno potvrde svoje podatke za provjeru autentičnosti
admin-f-reconfirm-days-hint = Od 0 do 730; uz 0 potvrda se nikad ne traži.
admin-f-notify-users = Obavijesti korisnike o ponovnom postavljanju lozinke
admin-f-notify-admins = Obavijesti sve administratore kada drugi administratori ponovno postave svoju lozinku
admin-f-helpdesk = Poveznica na službu za podršku
admin-f-helpdesk-hint = Adresa e-pošte ili web-adresa koja počinje s https://. Ostavite prazno ako ne želite prikazati poveznicu.
admin-f-logo = Logotip
admin-f-logo-hint = Datoteka na ovom portalu, npr. /brand/logo.svg. Ostavite prazno da bi se prikazao samo naziv.
admin-f-accent = Boja isticanja
admin-f-accent-hint = Zapisuje se kao #rrggbb i mora biti dovoljno tamna za bijeli tekst.
admin-f-sign-in-domain = Domena u savjetu za prijavu
admin-f-sign-in-domain-hint = Prikazuje se u primjeru korisničkog ID-a, npr. contoso.com.
admin-f-writeback = Povratno zapisuj lozinke u lokalni imenik
admin-f-allow-unlock = Dopusti korisnicima da otključaju račune bez ponovnog postavljanja lozinke
admin-f-admin-sspr = Dopusti administratorima da ponovno postave vlastitu lozinku
admin-f-admin-sspr-hint = Administratorima su uvijek potrebne dvije metode: e-pošta ili telefon te još jedna.
admin-review-button = Pregledaj promjenu
admin-errors-heading = Ova se promjena ne može spremiti:
admin-live-ok = Ova se promjena može spremiti.
admin-err-number = Unesite cijeli broj.
admin-err-helpdesk = Unesite adresu e-pošte ili web-adresu koja počinje s https://.
admin-err-forbidden = Vaše uloge ne dopuštaju mijenjanje pravila za ponovno postavljanje lozinke.
admin-err-no-draft = Nema promjene koja čeka pregled.
admin-err-no-change = Ta promjena nije u povijesti.
admin-err-refused = Ova promjena krši jedno od pravila. Uredite je i ponovno je pregledajte.
admin-review-title = Pregled promjene
admin-review-page = Stranica: { $page }
admin-changes = Mijenja se: { $keys }
admin-no-change = Ovo ništa ne mijenja.
admin-impact-heading = Tko može ponovno postaviti lozinku
admin-impact-summary = Broj korisnika koji mogu ponovno postaviti lozinku: sada { $before } od { $users }, nakon ove promjene { $after }.
admin-stranded-none = Nitko ne gubi mogućnost ponovnog postavljanja lozinke.
admin-stranded = { $count ->
    [one] { $count } korisnik mogao je prije ponovno postaviti lozinku, a nakon promjene neće moći:
    [few] { $count } korisnika mogla su prije ponovno postaviti lozinku, a nakon promjene neće moći:
   *[other] { $count } korisnika moglo je prije ponovno postaviti lozinku, a nakon promjene neće moći:
}
admin-stranded-hint = Prije spremanja zamolite ih da registriraju još metoda na stranici sa sigurnosnim podacima; u suprotnom morat će nazvati službu za podršku.
admin-gained = { $count ->
    [one] { $count } korisnik prije nije mogao ponovno postaviti lozinku, a nakon promjene moći će:
    [few] { $count } korisnika prije nisu mogla ponovno postaviti lozinku, a nakon promjene moći će:
   *[other] { $count } korisnika prije nije moglo ponovno postaviti lozinku, a nakon promjene moći će:
}
admin-export-csv = Preuzmi popis (CSV)
admin-save = Spremi
admin-discard = Odbaci
admin-edit-again = Ponovno uredi
admin-history-title = Povijest promjena
admin-history-empty = Još nije spremljena nijedna promjena.
admin-history-change = Promjena
admin-history-when = Vrijeme
admin-history-who = Administrator
admin-history-what = Promijenjene postavke
admin-revert = Poništi
admin-revert-label = Poništi promjenu { $id }
admin-reverts = poništava promjenu { $id }
admin-reverted = Promjena { $id } je poništena. Vraćene su postavke koje je zamijenila.
admin-key-scope = tko može ponovno postaviti lozinku
admin-key-admin-sspr = ponovno postavljanje za administratore
admin-key-methods-required = obavezne metode
admin-key-methods = dostupne metode
admin-key-questions-to-register = pitanja za registraciju
admin-key-questions-to-ask = pitanja za ponovno postavljanje
admin-key-custom-questions = vlastita sigurnosna pitanja
admin-key-require-registration = obavezna registracija
admin-key-reconfirm-days = dani do ponovne potvrde
admin-key-notify-users = obavijesti korisnicima
admin-key-notify-admins = obavijesti administratorima
admin-key-helpdesk = poveznica na službu za podršku
admin-key-branding = robna marka
admin-key-writeback = povratno zapisivanje lozinke
admin-key-allow-unlock = otključavanje računa
admin-key-password = pravila za lozinke
admin-key-phone-countries = države za telefonske brojeve
admin-key-sms-sender = pošiljatelj SMS-a

# Issue 12: izvješća konzole (A2).
admin-reports-title = Izvješća
admin-reports-link = Registracije, ponovna postavljanja, neuspjesi i tko ne može ponovno postaviti lozinku
admin-reports-period = Razdoblje od { $since } (UTC), broj dana: { $days }.
admin-reports-chart = Grafikon tablice u nastavku
admin-reports-by-day = Registracije, ponovna postavljanja i otključavanja po danima
admin-col-day = Dan
admin-col-registrations = Registracije
admin-col-resets = Ponovna postavljanja
admin-col-unlocks = Otključavanja
admin-col-user = Korisnik
admin-reports-funnel = Dokle su stigli pokušaji ponovnog postavljanja
admin-reports-funnel-hint = Svaki pokušaj počinje korisničkim ID-om. Gdje brojevi padaju, ondje korisnici odustaju.
admin-col-step = Korak
admin-col-attempts = Pokušaji
admin-funnel-started = Započeto
admin-funnel-eligible = Ponovno postavljanje dopušteno
admin-funnel-verified-one = Potvrđena jedna metoda
admin-funnel-verified-two = Potvrđena druga metoda
admin-funnel-password-set = Postavljena nova lozinka ili otključan račun
admin-reports-failures = Neuspjesi po razlozima
admin-col-reason = Razlog
admin-col-count = Broj
admin-reports-none = Ništa u ovom razdoblju.
admin-reports-methods = Metode upotrijebljene za ponovno postavljanje ili otključavanje
admin-col-method = Metoda
admin-reports-cannot = Tko ne može ponovno postaviti lozinku
admin-reports-can = Broj korisnika koji sada mogu ponovno postaviti lozinku: { $can } od { $users }.
admin-reports-short = { $count ->
    [one] { $count } korisnik ne može ponovno postaviti lozinku jer nema dovoljno metoda:
    [few] { $count } korisnika ne mogu ponovno postaviti lozinku jer nemaju dovoljno metoda:
   *[other] { $count } korisnika ne može ponovno postaviti lozinku jer nema dovoljno metoda:
}
# Issue 12: stranica s korisnicima u konzoli (D1, D3).
admin-users-title = Korisnici
admin-users-link = Potraži korisnika: njegove metode, blokade i podaci za kontakt
admin-users-lookup-label = Korisnički ID
admin-users-lookup = Potraži
admin-err-no-user = U vašoj organizaciji nema korisnika s tim ID-om.
admin-err-protected = Ovaj je korisnik administrator izvan opsega vaših uloga. Obratite se globalnom administratoru.
admin-err-contact = Unesite adresu e-pošte različitu od korisnikove vlastite, a telefonske brojeve u obliku +<pozivni broj države> <broj>.
admin-user-status = Račun
admin-user-enabled = Omogućen
admin-user-disabled = Onemogućen
admin-user-locked = zaključan u imeniku
admin-user-password = Lozinka
admin-user-cloud = Čuva je ovaj portal
admin-user-onprem = Čuva je lokalni imenik
admin-user-groups = Grupe
admin-user-roles = Administratorske uloge
admin-user-none = Nema
admin-user-methods = Metode koje ima
admin-user-reset = Samostalno ponovno postavljanje lozinke
admin-user-can-reset = Sada može ponovno postaviti lozinku.
admin-user-cannot-reset = Sada ne može ponovno postaviti lozinku:
admin-reason-consumer = osobni račun, koji ovaj portal ne opslužuje.
admin-reason-unavailable = račun je onemogućen.
admin-reason-not-enabled = samostalno ponovno postavljanje lozinke nije omogućeno za njegove grupe.
admin-reason-not-registered = nije registrirano dovoljno metoda prema pravilima.
admin-reason-admin-not-registered = administratoru su potrebne dvije metode, a ima ih manje.
admin-reason-writeback-off = lozinka se čuva u lokalnom imeniku, a povratno zapisivanje je isključeno.
admin-user-blocks = Blokade
admin-user-no-blocks = Trenutačno nema blokada.
admin-user-reset-blocked = Ponovno postavljanje lozinke blokirano je do { $until } (previše pogrešnih kodova ili odgovora)
admin-user-sends-blocked = Slanje kodova blokirano je do { $until } (poslano ih je previše)
admin-user-signin-locked = Prijava je zaključana do { $until } (previše pogrešnih lozinki)
admin-user-clear = Ukloni blokade
admin-user-cleared = Blokade su uklonjene.
admin-user-contact = Podaci za kontakt
admin-user-alternate-email = Zamjenska adresa e-pošte
admin-user-mobile = Mobilni telefon
admin-user-office = Uredski telefon
admin-user-contact-hint = Telefonski brojevi u obliku +<pozivni broj države> <broj>. Ostavite polje prazno da biste ga izbrisali.
admin-user-contact-save = Spremi podatke za kontakt
admin-user-contact-saved = Podaci za kontakt su spremljeni.
admin-user-protected = Ovaj je korisnik administrator izvan opsega vaših uloga: samo globalni administrator može mijenjati njegove podatke za kontakt ili blokade.

# Issue 12: kôd za oporavak koji izdaje služba za podršku i obavijesti o promjenama koje je napravio administrator.
admin-recovery-heading = Kôd za oporavak
admin-recovery-intro = Za korisnika koji je izgubio sve metode: jednokratni kôd, valjan 8 sati, kojim se može jednom prijaviti da bi registrirao nove metode. Predajte ga osobno ili u pozivu koji ste sami uputili; korisnik o tome dobiva obavijest na svoje adrese e-pošte.
admin-recovery-issue = Izdaj kôd za oporavak
admin-recovery-issued = Kôd za oporavak je izdan. Prikazuje se samo jednom.
admin-recovery-code-is = Kôd za oporavak:
admin-recovery-until = Kôd za oporavak valjan je do { $until }.
admin-recovery-hand-over = Pročitajte ga korisniku tek kad provjerite njegov identitet. Više se neće prikazati.
admin-recovery-done = Gotovo, sakrij kôd
recovery-link = Dobili ste kôd za oporavak od službe za podršku?
recovery-title = Prijavite se kodom za oporavak
recovery-intro = Ako ste izgubili sve metode, služba za podršku može vam dati jednokratni kôd za oporavak. Prijavite se njime, a zatim registrirajte nove metode na stranici sa sigurnosnim podacima.
recovery-code-label = Kôd za oporavak
recovery-code-hint = 16 slova i znamenki, npr. ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Korisnički ID ili kôd za oporavak nisu točni ili je kôd već iskorišten ili je istekao.
recovery-back = Prijavite se radije lozinkom
msg-recovery-issued-subject = Za vaš je račun izdan kôd za oporavak
msg-recovery-issued-body = Administrator je izdao jednokratni kôd za oporavak za korisnika { $user }. Ako ga niste zatražili od službe za podršku, odmah se obratite administratoru.
msg-recovery-used-subject = Netko se prijavio kodom za oporavak
msg-recovery-used-body = Korisnik { $user } prijavljen je kodom za oporavak radi registracije novih sigurnosnih podataka. Ako to niste bili vi, odmah se obratite administratoru.
msg-contact-changed-subject = Vaši su podaci za kontakt promijenjeni
msg-contact-changed-body = Administrator je promijenio podatke za kontakt korisnika { $user } (adresu e-pošte ili telefonski broj koji se koristi za ponovno postavljanje lozinke). Ako to niste očekivali, odmah se obratite administratoru.

# Issue 12: pretraživanje zapisnika nadzora u konzoli (A1, W2).
admin-audit-title = Zapisnik nadzora
admin-audit-link = Pretraži zapisnik nadzora i preuzmi ga
admin-audit-user = Korisnički ID
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Korak
admin-audit-outcome = Ishod
admin-audit-ip = IP adresa
admin-audit-client = Vrsta klijenta
admin-audit-any = Sve
admin-audit-search = Pretraži
admin-audit-bad-date = Unesite datum u obliku YYYY-MM-DD, na primjer 2026-11-05.
admin-audit-count = { $count ->
    [one] { $count } zapis odgovara pretraživanju.
    [few] { $count } zapisa odgovaraju pretraživanju.
   *[other] { $count } zapisa odgovara pretraživanju.
}
admin-audit-capped = Prikazuju se i preuzimaju samo najnoviji zapisi; suzite pretraživanje da biste vidjeli ostale.
admin-audit-pages = Stranice rezultata
admin-audit-newer = Noviji zapisi
admin-audit-older = Stariji zapisi
admin-audit-export-json = Preuzmi u formatu JSON (jedan zapis po retku)

# Issue 12: stranica o radu sustava u konzoli.
admin-ops-title = Rad sustava
admin-ops-link = Rad sustava: trenutačno stanje baze podataka, imenika i reda pošte
admin-ops-database = Baza podataka
admin-ops-directory = Lokalni imenik
admin-ops-no-directory = Nije konfiguriran
admin-ops-ok = Radi
admin-ops-down = Ne odgovara
admin-ops-on = Uključeno
admin-ops-off = Isključeno
admin-ops-directory-error = Posljednja pogreška imenika (zadnjih 30 dana)
admin-ops-mail-waiting = Obavijesti koje čekaju slanje
admin-ops-mail-oldest = Najstarija obavijest čeka od
admin-ops-mail-sent = Poslane obavijesti
admin-ops-mail-failed = Obavijesti od kojih se odustalo nakon ponovnih pokušaja
admin-ops-hashing = Sažeci lozinki koji čekaju na ovom čvoru
admin-ops-version = Verzija
admin-ops-hint = Provjereno pri otvaranju ove stranice, na čvoru koji ju je poslužio. Brojevi pošte odnose se na cijeli portal; ostalo je na /metrics.

# Issue 12: birač grupa za P1 i obavijest iz M2 korisnicima koji nakon promjene ne mogu ponovno postaviti lozinku.
admin-f-groups-other = Ostale grupe
admin-f-groups-none = Ova organizacija još nema grupa na portalu: upišite njihove nazive.
admin-notify-stranded = Pošalji e-poštu korisnicima koji nakon ove promjene neće moći ponovno postaviti lozinku i zamoli ih da registriraju još metoda
msg-register-needed-subject = Registrirajte još sigurnosnih podataka
msg-register-needed-body = Vaša organizacija sada traži više sigurnosnih podataka prije nego što se lozinka može ponovno postaviti. Dok se ne prijavite i ne dodate metode na stranici sa sigurnosnim podacima, korisnik { $user } ne može ponovno postaviti lozinku bez poziva službi za podršku.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Posljednja sinkronizacija imenika (sspr directory sync)
admin-ops-sync-counts = zapisane promjene: { $changes }; odbijene vrijednosti: { $refused }; korisnici bez organizacije: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Prijevod se piše u retku ispod svojeg pitanja, kao oznaka jezika, dvotočka i tekst (npr. ja-JP: …), i mora imati od 1 do 200 znakova.
admin-err-translation-first = Najprije napišite pitanje, a zatim njegove prijevode u retke ispod njega.
admin-f-question-translations-hint = Da biste pitanje prikazali na drugom jeziku, ispod njega dodajte redak s oznakom jezika, dvotočkom i prijevodom, npr. „ja-JP: 事務所の植物の名前は？”. Korisnici za čiji jezik nema prijevoda vide pitanje onako kako je napisano.
admin-f-recovery-code-resets = Kôd za oporavak od službe za podršku može i jednom ponovno postaviti korisnikovu lozinku
admin-key-recovery-code-resets = kodovi za oporavak koji ponovno postavljaju lozinke
recovery-reset-hint = Ako to vaša organizacija dopušta, kôd umjesto toga može jednom ponovno postaviti vašu lozinku.
recovery-reset-button = Ponovno postavi moju lozinku
recovery-no-reset = Vaša organizacija dopušta da se kodom za oporavak samo prijavite. Ovdje registrirajte nove metode; zatim pomoću njih možete ponovno postaviti lozinku.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Ponovno postavljanje započeto
audit-step-choose = Odabrano ponovno postavljanje ili otključavanje
audit-step-select = Odabrana metoda
audit-step-send-code = Kôd poslan
audit-step-verify = Metoda potvrđena
audit-step-unlock = Račun otključan
audit-step-reset = Lozinka ponovno postavljena
audit-step-password = Unesena nova lozinka
audit-step-directory = Povratno zapisivanje u imenik
audit-step-notify = Obavijest
audit-step-admin-request = Zahtjev administratorima
audit-step-signin = Prijava
audit-step-signin-verify = Drugi korak prijave
audit-step-signout = Odjava
audit-step-interrupt = Poziv na registraciju pri prijavi
audit-step-reconfirm = Sigurnosni podaci ponovno potvrđeni
audit-step-register = Metoda registrirana
audit-step-register-send-code = Kôd za registraciju poslan
audit-step-register-pairing = Aplikacija za provjeru autentičnosti uparena
audit-step-register-verify = Kôd za registraciju provjeren
audit-step-delete-method = Metoda izbrisana
audit-step-change-password = Lozinka promijenjena
audit-step-delivery = Potvrda isporuke
audit-step-policy-change = Pravila promijenjena
audit-step-admin-clear-blocks = Administrator je uklonio blokade
audit-step-admin-set-contact = Administrator je postavio podatke za kontakt
audit-step-admin-recovery-code = Izdan kôd za oporavak
audit-step-directory-sync = Sinkronizacija imenika
audit-outcome-ok = Uspjelo
audit-outcome-fail = Nije uspjelo
audit-outcome-blocked = Blokirano
audit-outcome-error = Pogreška
audit-outcome-rejected = Odbijeno
audit-outcome-ineligible = Ne ispunjava uvjete
audit-outcome-dismissed = Odgođeno
audit-client-browser = Preglednik
audit-client-sign-in-screen = Zaslon za prijavu
audit-client-app = Aplikacija

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Uključeno
admin-value-off = Isključeno
admin-value-empty = (prazno)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Posljednje povratno zapisivanje lozinke (ili otključavanje računa) u imeniku

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Lozinka ponovno postavljena
done-title-unlock = Račun otključan
admin-f-sign-in-url = Stranica za prijavu vaše organizacije
admin-f-sign-in-url-hint = Kamo vodi gumb na posljednjoj stranici ponovnog postavljanja, npr. https://login.contoso.com. Ostavite prazno da bi se upotrijebila zadana postavka ovog portala.
policy-err-sign-in-url = Unesite stranicu za prijavu kao web-adresu koja počinje s https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Unaprijed definirana sigurnosna pitanja koja korisnici mogu odabrati
admin-key-predefined-questions = unaprijed definirana sigurnosna pitanja
policy-err-too-few-questions = Ponudite barem onoliko sigurnosnih pitanja (unaprijed definiranih i vlastitih) koliko ih korisnici moraju registrirati.
