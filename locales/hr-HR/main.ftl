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
