# sspr, sr-Latn-RS. Every key here must exist in every locale (tested) and be used in code (tested).

## Okvir i zajednički elementi
app-name = Samostalno resetovanje lozinke
reset-title = Vratite pristup nalogu
skip-to-content = Pređi na glavni sadržaj
lang-switch-label = Jezik
next = Dalje
back-to-start = Počni ispočetka
retry = Pokušaj ponovo
something-wrong = Došlo je do greške. Pokušajte ponovo kasnije.
not-found = Ova stranica ne postoji.
working = Obrada…

## Unos (E2)
entry-intro = Da biste oporavili nalog, prvo unesite korisnički ID i odgovor na pitanje ispod.
userid-label = Korisnički ID
userid-hint = Primer: { $example }
captcha-legend = Dokažite da niste robot
captcha-nojs = Kada izaberete „Dalje“, pregledač se proverava nekoliko sekundi (najmanje { $seconds } s). Ne morate ništa drugo da radite.
captcha-working = Provera pregledača…
captcha-done = Gotovo. Možete da nastavite.

## Obratite se administratoru (E3, E5, P9, K1)
contact-title = Obratite se administratoru
contact-reason-consumer = Lični nalozi ne mogu da koriste ovaj portal. Umesto toga, koristite opcije za oporavak svog dobavljača e-pošte.
contact-reason-unavailable = Ovaj nalog ne možemo da resetujemo ovde. Možda ne postoji ili je onemogućen.
contact-reason-not-enabled = Samostalno resetovanje lozinke nije uključeno za ovaj nalog.
contact-reason-not-registered = Za ovaj nalog nije registrovano dovoljno bezbednosnih informacija za resetovanje lozinke.
contact-reason-admin-not-registered = Za resetovanje lozinke administratorskih naloga potrebna su dva registrovana metoda (e-pošta, mobilni telefon, poslovni telefon ili aplikacija za potvrdu identiteta).
contact-reason-writeback-off = Lozinkom ovog naloga upravlja se lokalno i ne može se resetovati ovde.
contact-also-intro = Ovo može da se desi i kada:
contact-also-consumer = nalog je lični nalog kod javnog dobavljača e-pošte
contact-also-unavailable = korisnički ID je pogrešno unet ili nalog ne postoji ili je isključen
contact-also-not-enabled = samostalno resetovanje lozinke nije uključeno za nalog
contact-also-not-registered = za nalog nije registrovano dovoljno bezbednosnih informacija (ako možete da se prijavite, stranica sa bezbednosnim informacijama pokazuje šta nedostaje)
contact-also-admin-not-registered = administratorski nalog nema dva registrovana metoda
contact-also-writeback-off = lozinkom upravlja sopstveni direktorijum vaše organizacije
contact-helpdesk-link = Obratite se službi za podršku
contact-helpdesk-email = Pišite službi za podršku: { $email }
contact-no-helpdesk = Zatražite pomoć od administratora svoje organizacije.
contact-request-button = Zamoli administratore da resetuju moju lozinku
contact-request-sent = Vaš zahtev je poslat administratorima.

## Izbor problema
choose-title = Zašto imate problem sa prijavljivanjem?
choose-forgot = Ne sećam se lozinke
choose-forgot-hint = Bez brige, pomoći ćemo vam da je resetujete pomoću bezbednosnih informacija koje ste registrovali.
choose-unlock = Znam lozinku, ali i dalje ne mogu da se prijavim
choose-unlock-hint = Ovo može da se desi ako ste previše puta pokušali da se prijavite sa netačnom lozinkom.

## Verifikacija (V1..V6)
verify-title = Potvrdite identitet
verify-step = Korak verifikacije { $current } od { $required }
verify-pick = Izaberite način kontakta koji ćemo koristiti za verifikaciju:
verify-passed = Verifikovano
option-email = Pošalji e-poruku na moju alternativnu adresu { $masked }
option-sms = Pošalji SMS na moj mobilni telefon { $masked }
option-voice = Pozovi moj mobilni telefon { $masked }
option-office = Pozovi moj poslovni telefon { $masked }
option-app = Unesi kôd iz aplikacije za potvrdu identiteta
option-software_oath = Unesi kôd iz softverskog tokena
option-hardware_oath = Unesi kôd iz hardverskog tokena
option-questions = Odgovori na bezbednosna pitanja
pending-email = Poslali smo e-poruku sa verifikacionim kodom na { $masked }.
pending-sms = Poslali smo SMS sa verifikacionim kodom na { $masked }.
pending-voice = Pozivamo { $masked }. Poslušajte verifikacioni kôd.
pending-totp = Unesite kôd prikazan u aplikaciji ili na tokenu.
code-label = Verifikacioni kôd
questions-legend = Odgovorite na bezbednosna pitanja
verify-button = Verifikuj

## Nova lozinka (N1, N2)
password-title = Izaberite novu lozinku
password-label = Nova lozinka
confirm-label = Potvrdite novu lozinku
password-rules = Lozinka mora da:
pw-rule-length = { $min ->
    [one] ima najmanje { $min } znak
    [few] ima najmanje { $min } znaka
   *[other] ima najmanje { $min } znakova
}
pw-rule-max-length = { $max ->
    [one] ima najviše { $max } znak
    [few] ima najviše { $max } znaka
   *[other] ima najviše { $max } znakova
}
pw-rule-classes = sadrži tri od sledećeg: mala slova, velika slova, cifre, simbole
pw-rule-banned = ne bude često korišćena ili zabranjena lozinka
pw-rule-name = ne sadrži vaše ime
pw-rule-match = se podudara sa potvrdom
pw-rule-classes-ad = sadrži tri od sledećeg: mala slova, velika slova, cifre, simbole, slova bez veličine (kao što je kana)
pw-rule-name-ad = ne sadrži ime vašeg naloga niti bilo koji deo vašeg imena od 3 ili više znakova
pw-dir-heading = Direktorijum vaše organizacije pri slanju proverava i da lozinka:
pw-dir-history = { $n ->
    [1] nije vaša trenutna lozinka
    [one] nije nijedna od poslednje { $n } lozinke
    [few] nije nijedna od poslednje { $n } lozinke
   *[other] nije nijedna od poslednjih { $n } lozinki
}
pw-dir-min-age = { $n ->
    [1] nije postavljena pre isteka jednog dana od poslednje promene lozinke
    [one] nije postavljena pre isteka { $n } dana od poslednje promene lozinke
    [few] nije postavljena pre isteka { $n } dana od poslednje promene lozinke
   *[other] nije postavljena pre isteka { $n } dana od poslednje promene lozinke
}
pw-dir-module = ispunjava dodatna pravila kvaliteta vaše organizacije
pw-rule-ok = ispunjeno
pw-rule-not-ok = nije ispunjeno
finish = Završi

## Gotovo
done-reset = Lozinka je resetovana.
done-unlock = Nalog je otključan.
done-sign-in = Prijavite se na nalog

## Greške (tokovi)
err-no-flow = Sesija je istekla. Počnite ponovo.
err-captcha = Provera da niste robot je istekla ili je već iskorišćena. Pokušajte ponovo.
err-wrong-step = Taj korak više nije dostupan. Nastavite odavde.
err-unknown-option = Izaberite jedan od navedenih metoda.
err-code-wrong = Taj kôd nije uspeo. Proverite ga i pokušajte ponovo.
err-code-expired = Taj kôd je istekao. Pošaljite novi.
err-code-used = Taj kôd je već iskorišćen. Nastavite odavde.
err-blocked = Previše pokušaja. Pokušajte ponovo posle { $until }.
err-email-limit = Poslali smo previše kodova. Pokušajte ponovo posle { $until } ili koristite drugi metod.
err-answers-wrong = Jedan ili više odgovora nisu tačni. Evo novog skupa pitanja.
err-password = Lozinka ne ispunjava zahteve navedene ispod.
err-delivery = Trenutno ne možemo da pošaljemo poruku. Pokušajte ponovo kasnije ili koristite drugi metod.
err-admin-request-limit = Već ste poslali nekoliko zahteva. Administratori će vam se javiti.
err-internal = Došlo je do greške. Pokušajte ponovo kasnije.
userid-err-empty = Unesite korisnički ID.
userid-err-shape = Unesite korisnički ID u obliku ime@domen, na primer { $example }.
userid-err-too-long = Taj korisnički ID je predugačak.

## Poruke (e-pošta, SMS, glasovni poziv)
msg-code-subject = Verifikacioni kôd za nalog u organizaciji { $org }
msg-code-email = Koristite sledeći kôd da biste verifikovali nalog: { $code }. { $minutes ->
    [one] Ističe za { $minutes } minut.
    [few] Ističe za { $minutes } minuta.
   *[other] Ističe za { $minutes } minuta.
} Ako ga niste zatražili, zanemarite ovu e-poruku.
msg-code-sms = Kôd za novu lozinku { $org }: { $code }
msg-code-voice = Vaš verifikacioni kôd je { $code }. Ponavljam, vaš kôd je { $code }.
msg-reset-subject = Vaša lozinka je resetovana
msg-reset-body = Lozinka korisnika { $user } upravo je resetovana putem samostalnog resetovanja lozinke. Ako to niste bili vi, odmah se obratite administratoru.
msg-method-added-subject = Bezbednosne informacije su dodate na vaš nalog
msg-method-added-body = U bezbednosne informacije korisnika { $user } dodat je metod: { $method }. Ako to niste bili vi, prijavite se, uklonite ga, promenite lozinku i obratite se administratoru.
msg-method-removed-subject = Bezbednosne informacije su uklonjene sa vašeg naloga
msg-method-removed-body = Iz bezbednosnih informacija korisnika { $user } uklonjen je metod: { $method }. Ako to niste bili vi, prijavite se, proverite bezbednosne informacije, promenite lozinku i obratite se administratoru.
msg-admin-reset-subject = Administrator je resetovao svoju lozinku
msg-admin-reset-body = Administrator { $user } resetovao je sopstvenu lozinku putem samostalnog resetovanja lozinke.
msg-admin-request-subject = Zahtev za resetovanje lozinke
msg-admin-request-body = Korisnik { $user } ne može samostalno da resetuje lozinku i traži pomoć od administratora.

## Odlazna pošta za razvoj (samo demo režim)
outbox-title = Odlazna pošta (demo)
outbox-intro = Demo režim: poruke koje je portal poslao upisuju se ovde umesto da budu isporučene. Najnovije prvo.
outbox-empty = Još nema poruka.
outbox-to = Za
demo-outbox-link = Demo režim: pročitajte poruku u odlaznoj pošti (otvara se na novoj kartici)
outbox-channel = Kanal

## Odbijanja smernica (P12, koriste ih administratorske alatke)
policy-err-scope-without-groups = Izaberite bar jednu grupu za opseg „Izabrane grupe“.
policy-err-methods-required = Broj obaveznih metoda mora biti 1 ili 2.
policy-err-too-few-methods = Omogućite najmanje onoliko metoda koliko je obavezno.
policy-err-office-phone-paid = Poslovni telefon je dostupan samo plaćenim zakupcima.
policy-err-questions-register = Korisnici moraju da registruju od 3 do 5 bezbednosnih pitanja.
policy-err-questions-ask = Mora se postaviti od 3 do 5 bezbednosnih pitanja.
policy-err-questions-ask-exceeds = Ne možete postaviti više pitanja nego što korisnici registruju.
policy-err-reconfirm-days = Ponovna potvrda mora biti između 0 i 730 dana.
policy-err-app-needs-more = Kada je mobilna aplikacija omogućena, omogućite i dovoljno drugih metoda pored nje.
policy-err-app-notification-alone = Kada je obavezan jedan metod, samo obaveštenje u aplikaciji se ne računa.
policy-err-password-length = Dužina lozinke mora biti između 8 i 256 znakova.
policy-err-banned-terms = Najviše 1000 prilagođenih zabranjenih termina.
policy-err-sms-sender = Pošiljalac SMS poruke mora biti ime od najviše 11 latiničnih slova i cifara ili broj telefona, kao što je +15017122661.
phone-err-country-code = Počnite broj sa + i pozivnim brojem zemlje.
phone-err-characters = Koristite samo cifre, razmake i crtice.
phone-err-length = Taj broj je prekratak ili predugačak.
policy-err-custom-question = Prilagođena bezbednosna pitanja moraju imati od 1 do 200 znakova i sva moraju biti različita.
policy-err-brand-accent = Boja brenda mora biti zapisana kao #rrggbb i dovoljno tamna za beli tekst (kontrast od najmanje 4,5:1).
policy-err-brand-logo = Logotip mora biti datoteka na ovom portalu (kao što je /brand/logo.svg) ili ugrađena slika.
policy-err-sign-in-domain = Domen za prijavljivanje mora biti ime domena, kao što je contoso.com.

## Prijavljivanje i moj nalog (G1, N4)
entry-signin-link = Prijavite se da biste upravljali bezbednosnim informacijama
signin-title = Prijavljivanje
signin-intro = Prijavite se da biste videli i ažurirali bezbednosne informacije ili promenili lozinku.
signin-password-label = Lozinka
signin-button = Prijavi me
signin-cant-access = Ne možete da pristupite nalogu?
signin-signed-out = Odjavili ste se.
signout-button = Odjavi me
account-title = Moj nalog
account-signed-in-as = Prijavljeni ste kao { $name } ({ $upn })
account-reset-attempts = Neko je pokušao da resetuje vašu lozinku i { $count ->
    [1] jednom nije prošao verifikaciju
    [one] { $count } put nije prošao verifikaciju
    [few] { $count } puta nije prošao verifikaciju
   *[other] { $count } puta nije prošao verifikaciju
}, poslednji put { $when }. Ako to niste bili vi, lozinka vam nije promenjena; proverite da li su bezbednosne informacije vaše i obavestite administratora.
account-cannot-reset = Još ne možete sami da resetujete lozinku.
account-security-info = Bezbednosne informacije
account-change-password = Promeni lozinku
err-no-session = Niste prijavljeni ili je sesija završena. Prijavite se ponovo.
err-credentials = Korisnički ID ili lozinka nisu tačni.
err-locked-out = Nalog je privremeno zaključan da bi se sprečila neovlašćena upotreba. Pokušajte ponovo posle { $until }.
err-account-locked = Nalog je zaključan. Da biste ga otključali, koristite „Ne možete da pristupite nalogu?“.
err-not-allowed = Taj metod ne može da se koristi za vaš nalog.
err-current-password = Trenutna lozinka nije tačna.
err-on-premises = Lozinkom upravlja direktorijum vaše organizacije. Promenite je tamo.
err-too-many = Sa vaše mreže je bilo previše pokušaja. Pokušajte ponovo posle { $until }.
err-resend-wait = Upravo smo vam poslali kôd na ovaj način. Sačekajte do { $until } pre nego što zatražite novi ili koristite drugi metod.
err-messages-paused = Trenutno ne možemo da šaljemo nove kodove. Pokušajte ponovo posle { $until } ili koristite metod kojem nije potrebna poruka, kao što su aplikacija za potvrdu identiteta ili bezbednosna pitanja.
err-phone-country = Vaša organizacija ne šalje kodove na brojeve telefona u ovoj zemlji. Koristite drugi broj ili metod.
err-busy = Usluga je trenutno zauzeta. Sačekajte trenutak i pokušajte ponovo.
cancel = Otkaži
save = Sačuvaj

## Bezbednosne informacije (G2..G7, C1)
setup-title = Bezbednosne informacije
setup-intro = Ovo su metodi kojima dokazujete identitet kada resetujete lozinku.
setup-progress-ok = Možete da resetujete lozinku. Podešeni obavezni metodi: { $have } od { $required }.
setup-progress-short = Podešeni obavezni metodi: { $have } od { $required }. Dodajte još da biste mogli da resetujete lozinku.
setup-methods-heading = Vaši metodi
setup-none = Još niste podesili nijedan metod.
setup-add-heading = Dodavanje metoda
setup-change = Promeni
setup-change-label = Promeni: { $what }
setup-delete = Izbriši
setup-delete-label = Izbriši: { $what }
setup-from-directory = (iz direktorijuma vaše organizacije)
setup-done-added = Metod je dodat.
setup-done-deleted = Metod je izbrisan.
setup-back = Nazad na bezbednosne informacije
setup-not-available = Ovaj metod nije dostupan za vaš nalog.
method-app = Aplikacija za potvrdu identiteta
method-software = Softverski OATH token
method-hardware = Hardverski token
method-phone = Telefon
method-office = Poslovni telefon
method-email = E-pošta
method-questions = Bezbednosna pitanja
method-questions-detail = broj pitanja: { $count }
add-app = Dodaj aplikaciju za potvrdu identiteta
add-software = Dodaj softverski OATH token
add-hardware = Aktiviraj hardverski token
add-phone = Dodaj ili promeni telefon
add-office = Dodaj ili promeni poslovni telefon
add-email = Dodaj ili promeni e-poštu
add-questions = Podesi bezbednosna pitanja
setup-email-label = Adresa e-pošte
setup-email-hint = Koristite adresu koja nije adresa vašeg poslovnog naloga. Poslaćemo kôd na nju.
setup-phone-label = Broj telefona
setup-office-label = Broj poslovnog telefona
setup-phone-hint = Unesite + i pozivni broj zemlje, na primer +381 64 123 4567.
setup-phone-channel = Kako da vam pošaljemo kôd?
setup-phone-sms = Pošalji mi kôd SMS porukom
setup-phone-voice = Pozovi me
setup-app-intro = Instalirajte aplikaciju za potvrdu identiteta na telefon, a zatim izaberite „Dalje“ da biste videli QR kôd za skeniranje.
setup-software-intro = Izaberite „Dalje“ da biste dobili tajni ključ za softverski token.
setup-app-step-scan = Skenirajte QR kôd aplikacijom ili unesite tajni ključ ispod.
setup-app-step-code = Unesite šestocifreni kôd koji aplikacija prikazuje.
setup-app-qr-alt = QR kôd za aplikaciju za potvrdu identiteta
setup-app-secret = Tajni ključ:
setup-hardware-intro = Izaberite serijski broj odštampan na tokenu i unesite kôd koji on prikazuje.
setup-hardware-serial = Serijski broj
setup-questions-intro = { $count ->
    [one] Izaberite { $count } pitanje i odgovorite na njega
    [few] Izaberite { $count } različita pitanja i odgovorite na svako
   *[other] Izaberite { $count } različitih pitanja i odgovorite na svako
} (od 3 do 40 znakova, bez istih odgovora).
setup-question-label = Pitanje { $n }
setup-answer-label = Odgovor { $n }
setup-err-email-shape = Unesite adresu e-pošte, na primer someone@example.com.
setup-err-email-same = Koristite adresu koja nije adresa vašeg poslovnog naloga.
setup-err-phone = Izgleda da taj broj telefona nije ispravan.
setup-err-questions = Bezbednosna pitanja nisu sačuvana.
setup-err-questions-count = Odgovorite na svako pitanje.
setup-err-questions-unknown = Izaberite pitanja sa liste.
setup-err-questions-duplicate = U svakom polju izaberite drugo pitanje.
setup-err-answer-length = Odgovori moraju imati od 3 do 40 znakova.
setup-err-answer-duplicate = Dajte različit odgovor na svako pitanje.
setup-err-too-many-apps = Već imate maksimalan broj aplikacija za potvrdu identiteta. Prvo izbrišite jednu.
setup-err-token-unknown = Taj token vam nije dodeljen ili je već aktivan.
protect-title = Pomozite nam da zaštitimo vaš nalog
protect-intro = Vašoj organizaciji je potrebno još informacija kako bi vaš nalog bio bezbedan i kako biste sami mogli da resetujete lozinku.
protect-skip = Preskoči za sada
confirm-title = Da li su vaše bezbednosne informacije i dalje tačne?
confirm-intro = Proverite metode kojima resetujete lozinku. Potvrdite ih ili ih izmenite ako se nešto promenilo.
confirm-looks-good = Sve je u redu
confirm-edit = Izmeni bezbednosne informacije
confirm-done = Hvala! Vaše bezbednosne informacije su potvrđene.
change-title = Promena lozinke
change-current-label = Trenutna lozinka
change-button = Promeni lozinku
change-done = Lozinka je promenjena.

## Bezbednosna pitanja (G6, unapred definisana lista)
sq-first-pet = Kako se zvao vaš prvi kućni ljubimac?
sq-birth-city = U kom gradu ste rođeni?
sq-first-school = Kako se zvala vaša prva škola?
sq-childhood-friend = Kako se zove vaš najbolji prijatelj iz detinjstva?
sq-first-job-city = U kom gradu ste imali prvi posao?
sq-grandparent-name = Kako se zove najstariji od vaših baba i deda?
sq-first-concert = Koji je bio prvi koncert na koji ste otišli?
sq-childhood-street = U kojoj ulici ste živeli kao dete?
sq-favourite-teacher = Kako se prezivao vaš omiljeni nastavnik?
sq-first-car = Koje je marke i modela bio vaš prvi automobil?

## Obaveštenja na uparenom uređaju (V4)
option-push = Odobri obaveštenje na mom uređaju
pending-push = Poslali smo obaveštenje na vaš uređaj. Otvorite ga i unesite ovaj broj:
pending-push-then = Zatim ovde izaberite „Nastavi“.
push-continue = Nastavi
err-push-pending = Na obaveštenje još nije odgovoreno. Odgovorite na njega na uređaju, a zatim izaberite „Nastavi“.
err-push-denied = Obaveštenje je odbijeno ili se broj nije podudarao. Izaberite metod da biste pokušali ponovo.
method-notification = Obaveštenja na mom uređaju
add-notification = Dodaj uređaj za obaveštenja
setup-device-intro = Koristite telefon kao uređaj koji odobrava zahteve: izaberite „Dalje“ da biste dobili kôd za uparivanje.
setup-device-step-open = Na telefonu otvorite stranicu uređaja:
setup-device-link = otvori stranicu uređaja
setup-device-step-code = Tamo unesite ovaj kôd za uparivanje:
setup-device-then = Kada stranica uređaja prikaže da je uparen, vratite se ovde.
setup-device-done = Gotovo
device-title = Vaš uređaj
device-intro = Ova stranica odobrava zahteve za prijavljivanje i resetovanje lozinke za vaš nalog. Dodajte je na početni ekran da vam bude pri ruci.
device-paired = Ovaj uređaj je uparen. Proverite zahteve kada se od vas zatraži da neki odobrite.
device-pair-failed = Taj kôd za uparivanje nije uspeo. Preuzmite novi iz bezbednosnih informacija.
device-approved = Odobreno. Možete da se vratite na drugi ekran.
device-denied = Odbijeno. Ništa nije odobreno.
device-no-request = Nema zahteva na čekanju.
device-request = %org% traži da potvrdite da ste to vi (%upn%).
device-request-title = Odobriti ovaj zahtev?
device-pair-code = Kôd za uparivanje
device-name = Ime ovog uređaja
device-name-default = Moj telefon
device-pair-button = Upari ovaj uređaj
device-check = Proveri zahteve
device-number = Broj prikazan na drugom ekranu
device-approve = Odobri
device-deny = Odbij
device-needs-js = Ova stranica zahteva JavaScript da bi čuvala svoj ključ i potpisivala odobrenja.

## Prijavljivanje, drugi korak (G1)
check-title = Potvrdite identitet
check-intro = Vaš nalog ima bezbednosne informacije, pa je potrebna dodatna provera pre nego što ih budete mogli da vidite ili promenite.

## Lokalni direktorijum (P10, P11)
err-directory-policy = Direktorijum vaše organizacije nije prihvatio ovu lozinku. Možda ste je već koristili ili krši neko od pravila direktorijuma; pokušajte sa drugom.
err-directory = Nismo mogli da dođemo do direktorijuma vaše organizacije. Ništa nije promenjeno; pokušajte ponovo za trenutak.

## Issue 10: slanje obrasca bez nekog polja
err-form-incomplete = Obrazac je stigao nepotpun. Popunite sva polja i pokušajte ponovo.

## Issue 11: napredak koraka, naslovi, brend, ponovno slanje, brisanje metoda, vreme
progress-label = Napredak
progress-step = Korak { $current } od { $total }
step-userid = Korisnički ID
step-verify = Verifikacija
step-password = Nova lozinka
step-done = Gotovo
resend-code = Ponovo pošalji kôd
resend-in = Novi kôd možete da zatražite za { $seconds ->
    [1] jednu sekundu
    [one] { $seconds } sekundu
    [few] { $seconds } sekunde
   *[other] { $seconds } sekundi
}.
helpdesk-contact = Potrebna vam je pomoć? Obratite se službi za podršku: { $contact }
brand-logo-alt = { $org }
setup-add-method = Dodaj metod
setup-delete-title = Izbrisati ovaj metod?
setup-delete-confirm = Metod „{ $what }“ biće uklonjen iz vaših bezbednosnih informacija.
setup-delete-last-warning = Ovaj metod vam je potreban za resetovanje lozinke. Bez njega nećete moći sami da resetujete lozinku dok ne dodate drugi metod.
setup-delete-confirm-button = Da, izbriši
setup-app-open-link = Otvori u aplikaciji za potvrdu identiteta na ovom telefonu
setup-app-secret-grouped = Tajni ključ, u grupama od po četiri znaka:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }. { $hour }:{ $minute } ({ $zone })
time-am = pre podne
time-pm = po podne

# Issue 12: administratorska konzola. Naslovi odeljaka prate stranice za resetovanje lozinke u usluzi Entra.
account-admin-console = Administratorska konzola
admin-title = Administratorska konzola
admin-sign-in = Prijavite se administratorskim nalogom da biste otvorili konzolu.
admin-not-admin = Ova konzola je namenjena administratorima. Vaš nalog nema nijednu administratorsku ulogu.
admin-second-step = Za konzolu je potreban drugi korak prijavljivanja. Dodajte telefon ili aplikaciju za potvrdu identiteta u bezbednosne informacije, a zatim se odjavite i ponovo prijavite.
admin-go-setup = Idi na bezbednosne informacije
admin-go-account = Nazad na moj nalog
admin-back = Nazad na konzolu
admin-tenant = Organizacija: { $name }
admin-signed-in-as = Prijavljeni ste kao { $name }, sa ulogama: { $roles }
admin-policy-heading = Smernice za resetovanje lozinke
admin-readonly = Vaše uloge vam omogućavaju da pomažete korisnicima, ali ne i da menjate smernice za resetovanje lozinke. Mogu da ih promene globalni administrator ili administrator smernica za potvrdu identiteta.
admin-draft-pending = Promena stranice { $page } čeka vaš pregled.
admin-draft-open = Otvori promenu
admin-draft-elsewhere = Promena stranice { $page } čeka pregled. Ako pregledate ovu stranicu, ona će biti zamenjena.
admin-saved = Sačuvano kao promena { $id }.
admin-discarded = Promena je odbačena. Ništa nije sačuvano.
admin-blade-properties = Svojstva
admin-blade-methods = Metodi potvrde identiteta
admin-blade-registration = Registracija
admin-blade-notifications = Obaveštenja
admin-blade-customization = Prilagođavanje
admin-blade-on-premises = Lokalna integracija
admin-blade-administrators = Smernice za administratore
admin-f-scope = Samostalno resetovanje lozinke omogućeno je za
admin-scope-none = Nikoga
admin-scope-selected = Izabrane grupe
admin-scope-all = Sve korisnike
admin-f-groups = Grupe
admin-f-groups-hint = Označite grupe za koje je omogućeno samostalno resetovanje lozinke ili unesite imena drugih grupa, razdvojena zarezima. Koriste se kada je izabrana opcija „Izabrane grupe“.
admin-f-methods-required = Broj metoda potrebnih za resetovanje
admin-f-methods-required-hint = 1 ili 2.
admin-f-methods = Metodi dostupni korisnicima
admin-f-questions-to-register = Broj bezbednosnih pitanja potrebnih za registraciju
admin-f-questions-to-ask = Broj bezbednosnih pitanja potrebnih za resetovanje
admin-f-custom-questions = Sopstvena bezbednosna pitanja vaše organizacije
admin-f-custom-questions-hint = Jedno pitanje po redu; nude se pored unapred definisanih pitanja.
admin-f-require-registration = Zahtevaj od korisnika da se registruju prilikom prijavljivanja
admin-f-reconfirm-days = Broj dana pre nego što se od korisnika zatraži da ponovo potvrde informacije za potvrdu identiteta
admin-f-reconfirm-days-hint = Od 0 do 730; uz 0 se potvrda nikada ne traži.
admin-f-notify-users = Obavesti korisnike o resetovanju lozinke
admin-f-notify-admins = Obavesti sve administratore kada drugi administratori resetuju svoju lozinku
admin-f-helpdesk = Veza ka službi za podršku
admin-f-helpdesk-hint = Adresa e-pošte ili veb adresa koja počinje sa https://. Ostavite prazno da se ništa ne prikazuje.
admin-f-logo = Logotip
admin-f-logo-hint = Datoteka na ovom portalu, kao što je /brand/logo.svg. Ostavite prazno da bi se prikazivalo samo ime.
admin-f-accent = Boja za isticanje
admin-f-accent-hint = Zapisana kao #rrggbb, dovoljno tamna za beli tekst.
admin-f-sign-in-domain = Domen u savetu za prijavljivanje
admin-f-sign-in-domain-hint = Prikazuje se u primeru korisničkog ID-a, kao što je contoso.com.
admin-f-writeback = Povratno upisuj lozinke u lokalni direktorijum
admin-f-allow-unlock = Dozvoli korisnicima da otključaju naloge bez resetovanja lozinke
admin-f-admin-sspr = Dozvoli administratorima da resetuju sopstvenu lozinku
admin-f-admin-sspr-hint = Administratorima su uvek potrebna dva metoda: e-pošta ili telefon i još jedan.
admin-review-button = Pregledaj promenu
admin-errors-heading = Ova promena ne može da se sačuva:
admin-live-ok = Ova promena može da se sačuva.
admin-err-number = Unesite ceo broj.
admin-err-helpdesk = Unesite adresu e-pošte ili veb adresu koja počinje sa https://.
admin-err-forbidden = Vaše uloge ne dozvoljavaju menjanje smernica za resetovanje lozinke.
admin-err-no-draft = Nijedna promena ne čeka pregled.
admin-err-no-change = Ta promena nije u istoriji.
admin-err-refused = Ova promena krši pravilo smernica. Izmenite je i ponovo je pregledajte.
admin-review-title = Pregled promene
admin-review-page = Stranica: { $page }
admin-changes = Menja se: { $keys }
admin-no-change = Ova promena ništa ne menja.
admin-impact-heading = Ko može da resetuje lozinku
admin-impact-summary = Korisnici koji sada mogu da resetuju lozinku: { $before } od { $users }; posle ove promene: { $after }.
admin-stranded-none = Niko ne gubi mogućnost da resetuje lozinku.
admin-stranded = { $count ->
    [one] { $count } korisnik je pre promene mogao da resetuje lozinku, a posle nje neće moći:
    [few] { $count } korisnika su pre promene mogla da resetuju lozinku, a posle nje neće moći:
   *[other] { $count } korisnika je pre promene moglo da resetuje lozinku, a posle nje neće moći:
}
admin-stranded-hint = Pre nego što sačuvate, zamolite ih da registruju još metoda na stranici bezbednosnih informacija, inače će morati da pozovu službu za podršku.
admin-gained = { $count ->
    [one] { $count } korisnik pre promene nije mogao da resetuje lozinku, a posle nje moći će:
    [few] { $count } korisnika pre promene nisu mogla da resetuju lozinku, a posle nje moći će:
   *[other] { $count } korisnika pre promene nije moglo da resetuje lozinku, a posle nje moći će:
}
admin-export-csv = Preuzmi listu (CSV)
admin-save = Sačuvaj
admin-discard = Odbaci
admin-edit-again = Izmeni ponovo
admin-history-title = Istorija promena
admin-history-empty = Još nije sačuvana nijedna promena.
admin-history-change = Promena
admin-history-when = Kada
admin-history-who = Administrator
admin-history-what = Promenjena podešavanja
admin-revert = Opozovi
admin-revert-label = Opozovi promenu { $id }
admin-reverts = opoziva promenu { $id }
admin-reverted = Promena { $id } je opozvana. Podešavanja koja je zamenila su vraćena.
admin-key-scope = ko sme da resetuje
admin-key-admin-sspr = resetovanje za administratore
admin-key-methods-required = obavezni metodi
admin-key-methods = dostupni metodi
admin-key-questions-to-register = pitanja za registraciju
admin-key-questions-to-ask = pitanja za resetovanje
admin-key-custom-questions = sopstvena bezbednosna pitanja
admin-key-require-registration = obavezna registracija
admin-key-reconfirm-days = dani do ponovne potvrde
admin-key-notify-users = obaveštenja korisnicima
admin-key-notify-admins = obaveštenja administratorima
admin-key-helpdesk = veza ka službi za podršku
admin-key-branding = brend
admin-key-writeback = povratno upisivanje lozinke
admin-key-allow-unlock = otključavanje naloga
admin-key-password = pravila za lozinke
admin-key-phone-countries = zemlje za telefone
admin-key-sms-sender = pošiljalac SMS poruka

# Issue 12: izveštaji u konzoli (A2).
admin-reports-title = Izveštaji
admin-reports-link = Registracije, resetovanja, neuspesi i ko ne može da resetuje lozinku
admin-reports-period = Poslednji dani: { $days }, od { $since } (UTC).
admin-reports-chart = Grafikon podataka iz tabele ispod
admin-reports-by-day = Registracije, resetovanja i otključavanja po danima
admin-col-day = Dan
admin-col-registrations = Registracije
admin-col-resets = Resetovanja
admin-col-unlocks = Otključavanja
admin-col-user = Korisnik
admin-reports-funnel = Dokle su stigli pokušaji resetovanja
admin-reports-funnel-hint = Svaki pokušaj počinje korisničkim ID-om. Gde brojevi opadaju, tu korisnici odustaju.
admin-col-step = Korak
admin-col-attempts = Pokušaji
admin-funnel-started = Započeto
admin-funnel-eligible = Resetovanje dozvoljeno
admin-funnel-verified-one = Potvrđen jedan metod
admin-funnel-verified-two = Potvrđen drugi metod
admin-funnel-password-set = Postavljena nova lozinka ili otključan nalog
admin-reports-failures = Neuspesi po razlogu
admin-col-reason = Razlog
admin-col-count = Broj
admin-reports-none = Ništa u ovom periodu.
admin-reports-methods = Metodi korišćeni za resetovanje ili otključavanje
admin-col-method = Metod
admin-reports-cannot = Ko ne može da resetuje lozinku
admin-reports-can = Korisnici koji sada mogu da resetuju lozinku: { $can } od { $users }.
admin-reports-short = { $count ->
    [one] { $count } korisnik ne može da resetuje lozinku zbog nedostatka metoda:
    [few] { $count } korisnika ne mogu da resetuju lozinku zbog nedostatka metoda:
   *[other] { $count } korisnika ne može da resetuje lozinku zbog nedostatka metoda:
}
# Issue 12: stranica korisnika u konzoli (D1, D3).
admin-users-title = Korisnici
admin-users-link = Pronađi korisnika: njegove metode, blokade i kontakt informacije
admin-users-lookup-label = Korisnički ID
admin-users-lookup = Pronađi
admin-err-no-user = U vašoj organizaciji nema korisnika sa tim ID-om.
admin-err-protected = Ovaj korisnik je administrator kojim vam vaše uloge ne dozvoljavaju da upravljate. Obratite se globalnom administratoru.
admin-err-contact = Unesite adresu e-pošte koja nije korisnikova sopstvena, a brojeve telefona u obliku +<kod zemlje> <broj>.
admin-user-status = Nalog
admin-user-enabled = Omogućen
admin-user-disabled = Onemogućen
admin-user-locked = zaključan u direktorijumu
admin-user-password = Lozinka
admin-user-cloud = Čuva je ovaj portal
admin-user-onprem = Čuva je lokalni direktorijum
admin-user-groups = Grupe
admin-user-roles = Administratorske uloge
admin-user-none = Nema
admin-user-methods = Korisnikovi metodi
admin-user-reset = Samostalno resetovanje lozinke
admin-user-can-reset = Sada može da resetuje lozinku.
admin-user-cannot-reset = Sada ne može da resetuje lozinku:
admin-reason-consumer = lični nalog, koji ovaj portal ne opslužuje.
admin-reason-unavailable = nalog je onemogućen.
admin-reason-not-enabled = samostalno resetovanje lozinke nije omogućeno za njegove grupe.
admin-reason-not-registered = registrovano je manje metoda nego što zahtevaju smernice.
admin-reason-admin-not-registered = administratoru su potrebna dva metoda, a ima ih manje.
admin-reason-writeback-off = lozinka se čuva lokalno, a povratno upisivanje je isključeno.
admin-user-blocks = Blokade
admin-user-no-blocks = Trenutno nema blokada.
admin-user-reset-blocked = Resetovanje lozinke je blokirano do { $until } (previše pogrešnih kodova ili odgovora)
admin-user-sends-blocked = Slanje kodova je blokirano do { $until } (poslato ih je previše)
admin-user-signin-locked = Prijavljivanje je zaključano do { $until } (previše pogrešnih lozinki)
admin-user-clear = Ukloni blokade
admin-user-cleared = Blokade su uklonjene.
admin-user-contact = Kontakt informacije
admin-user-alternate-email = Alternativna e-pošta
admin-user-mobile = Mobilni telefon
admin-user-office = Poslovni telefon
admin-user-contact-hint = Brojevi telefona u obliku +<kod zemlje> <broj>. Ostavite polje prazno da biste ga obrisali.
admin-user-contact-save = Sačuvaj kontakt informacije
admin-user-contact-saved = Kontakt informacije su sačuvane.
admin-user-protected = Ovaj korisnik je administrator kojim vam vaše uloge ne dozvoljavaju da upravljate: samo globalni administrator može da promeni njegove kontakt informacije ili blokade.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Kôd za oporavak
admin-recovery-intro = Za korisnika koji je izgubio sve metode: jednokratni kôd koji važi 8 sati i omogućava mu da se jednom prijavi i registruje nove metode. Predajte ga lično ili tokom poziva koji ste sami uputili; korisnik će biti obavešten na svoje adrese e-pošte.
admin-recovery-issue = Izdaj kôd za oporavak
admin-recovery-issued = Kôd za oporavak je izdat. Prikazuje se samo jednom.
admin-recovery-code-is = Kôd za oporavak:
admin-recovery-until = Kôd za oporavak važi do { $until }.
admin-recovery-hand-over = Pročitajte ga korisniku tek kada budete sigurni ko je on. Neće ponovo biti prikazan.
admin-recovery-done = Gotovo, sakrij kôd
recovery-link = Dobili ste kôd za oporavak od službe za podršku?
recovery-title = Prijavljivanje pomoću koda za oporavak
recovery-intro = Ako ste izgubili sve metode, služba za podršku može da vam da jednokratni kôd za oporavak. Prijavite se pomoću njega, a zatim registrujte nove metode na stranici bezbednosnih informacija.
recovery-code-label = Kôd za oporavak
recovery-code-hint = 16 slova i cifara, na primer ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Korisnički ID ili kôd za oporavak nisu tačni, ili je kôd već iskorišćen ili je istekao.
recovery-back = Ipak se prijavite lozinkom
msg-recovery-issued-subject = Za vaš nalog je izdat kôd za oporavak
msg-recovery-issued-body = Administrator je izdao jednokratni kôd za oporavak za korisnika { $user }. Ako ga niste zatražili od službe za podršku, odmah se obratite administratoru.
msg-recovery-used-subject = Neko se prijavio pomoću koda za oporavak
msg-recovery-used-body = Korisnik { $user } je prijavljen pomoću koda za oporavak da bi registrovao nove bezbednosne informacije. Ako to niste bili vi, odmah se obratite administratoru.
msg-contact-changed-subject = Vaše kontakt informacije su promenjene
msg-contact-changed-body = Administrator je promenio kontakt informacije korisnika { $user } (adresu e-pošte ili broj telefona koji se koristi za resetovanje lozinke). Ako to niste očekivali, odmah se obratite administratoru.

# Issue 12: pretraga dnevnika revizije u konzoli (A1, W2).
admin-audit-title = Dnevnik revizije
admin-audit-link = Pretraži dnevnik revizije i preuzmi ga
admin-audit-user = Korisnički ID
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Korak
admin-audit-outcome = Ishod
admin-audit-ip = IP adresa
admin-audit-client = Tip klijenta
admin-audit-any = Bilo koji
admin-audit-search = Pretraži
admin-audit-bad-date = Unesite datum u obliku YYYY-MM-DD, na primer 2026-11-05.
admin-audit-count = { $count ->
    [one] Pretrazi odgovara { $count } unos.
    [few] Pretrazi odgovaraju { $count } unosa.
   *[other] Pretrazi odgovara { $count } unosa.
}
admin-audit-capped = Prikazuju se i preuzimaju samo najnoviji unosi; suzite pretragu da biste videli ostale.
admin-audit-pages = Stranice rezultata
admin-audit-newer = Noviji unosi
admin-audit-older = Stariji unosi
admin-audit-export-json = Preuzmi kao JSON redove

# Issue 12: stranica operacija u konzoli.
admin-ops-title = Operacije
admin-ops-link = Operacije: trenutno stanje baze podataka, direktorijuma i reda pošte
admin-ops-database = Baza podataka
admin-ops-directory = Lokalni direktorijum
admin-ops-no-directory = Nije podešen
admin-ops-ok = Radi
admin-ops-down = Ne odgovara
admin-ops-on = Uključeno
admin-ops-off = Isključeno
admin-ops-directory-error = Poslednja greška direktorijuma (poslednjih 30 dana)
admin-ops-mail-waiting = Obaveštenja koja čekaju na slanje
admin-ops-mail-oldest = Najstarije obaveštenje čeka od
admin-ops-mail-sent = Poslata obaveštenja
admin-ops-mail-failed = Obaveštenja od kojih se odustalo posle ponovnih pokušaja
admin-ops-hashing = Lozinke koje na ovom čvoru čekaju heširanje
admin-ops-version = Verzija
admin-ops-hint = Provereno pri otvaranju ove stranice, na čvoru koji ju je isporučio. Brojevi obaveštenja odnose se na ceo portal; ostalo je na /metrics.

# Issue 12: izbor grupa na stranici P1 i obaveštenje M2 korisnicima koji posle promene neće moći da resetuju lozinku.
admin-f-groups-other = Druge grupe
admin-f-groups-none = Ova organizacija još nema grupa na portalu: unesite njihova imena.
admin-notify-stranded = Pošalji e-poruku korisnicima koji posle ove promene neće moći da resetuju lozinku, uz molbu da registruju još metoda
msg-register-needed-subject = Registrujte još bezbednosnih informacija
msg-register-needed-body = Vaša organizacija sada zahteva više bezbednosnih informacija da bi lozinka mogla da se resetuje. Dok se ne prijavite i ne dodate metode na stranici bezbednosnih informacija, korisnik { $user } ne može da resetuje lozinku bez poziva službi za podršku.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Poslednja sinhronizacija direktorijuma (sspr directory sync)
admin-ops-sync-counts = upisane promene: { $changes }; odbijene vrednosti: { $refused }; korisnici bez organizacije: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Prevod se piše u red ispod svog pitanja, kao oznaka jezika, dvotačka i tekst (na primer ja-JP: …), dužine od 1 do 200 znakova.
admin-err-translation-first = Prvo napišite pitanje, a zatim njegove prevode u redove ispod njega.
admin-f-question-translations-hint = Da biste pitanje prikazali na drugom jeziku, ispod njega dodajte red sa oznakom jezika, dvotačkom i prevodom, na primer „ja-JP: 事務所の植物の名前は？“. Korisnici za čiji jezik ne postoji prevod vide pitanje onako kako je napisano.
admin-f-recovery-code-resets = Kôd za oporavak od službe za podršku može i jednom da resetuje lozinku korisnika
admin-key-recovery-code-resets = kodovi za oporavak koji resetuju lozinke
recovery-reset-hint = Ako to vaša organizacija dozvoljava, kodom umesto toga možete jednom da resetujete lozinku.
recovery-reset-button = Resetuj moju lozinku
recovery-no-reset = Vaša organizacija dozvoljava da se kodom za oporavak samo prijavite. Ovde registrujte nove metode; zatim pomoću njih možete da resetujete lozinku.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Resetovanje započeto
audit-step-choose = Izabrano resetovanje ili otključavanje
audit-step-select = Izabran metod
audit-step-send-code = Kôd poslat
audit-step-verify = Metod potvrđen
audit-step-unlock = Nalog otključan
audit-step-reset = Resetovanje lozinke
audit-step-password = Unesena nova lozinka
audit-step-directory = Povratno upisivanje u direktorijum
audit-step-notify = Obaveštenje
audit-step-admin-request = Zahtev administratorima
audit-step-signin = Prijavljivanje
audit-step-signin-verify = Drugi korak prijavljivanja
audit-step-signout = Odjavljivanje
audit-step-interrupt = Upit za registraciju pri prijavljivanju
audit-step-reconfirm = Bezbednosne informacije ponovo potvrđene
audit-step-register = Metod registrovan
audit-step-register-send-code = Kôd za registraciju poslat
audit-step-register-pairing = Aplikacija za potvrdu identiteta uparena
audit-step-register-verify = Kôd za registraciju proveren
audit-step-delete-method = Metod izbrisan
audit-step-change-password = Lozinka promenjena
audit-step-delivery = Potvrda o isporuci
audit-step-policy-change = Smernice promenjene
audit-step-admin-clear-blocks = Administrator uklonio blokade
audit-step-admin-set-contact = Administrator postavio kontakt informacije
audit-step-admin-recovery-code = Izdat kôd za oporavak
audit-step-directory-sync = Sinhronizacija direktorijuma
audit-outcome-ok = Uspešno
audit-outcome-fail = Neuspešno
audit-outcome-blocked = Blokirano
audit-outcome-error = Greška
audit-outcome-rejected = Odbijeno
audit-outcome-ineligible = Ne ispunjava uslove
audit-outcome-dismissed = Odloženo
audit-client-browser = Pregledač
audit-client-sign-in-screen = Ekran za prijavljivanje
audit-client-app = Aplikacija

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Uključeno
admin-value-off = Isključeno
admin-value-empty = (prazno)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Poslednje povratno upisivanje lozinke (ili otključavanje naloga) u direktorijumu

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Lozinka resetovana
done-title-unlock = Nalog otključan
admin-f-sign-in-url = Stranica za prijavljivanje vaše organizacije
admin-f-sign-in-url-hint = Kuda vodi dugme na poslednjoj stranici resetovanja, kao što je https://login.contoso.com. Ostavite prazno da bi se koristila podrazumevana stranica ovog portala.
policy-err-sign-in-url = Unesite stranicu za prijavljivanje kao veb adresu koja počinje sa https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Unapred definisana bezbednosna pitanja koja korisnici mogu da izaberu
admin-key-predefined-questions = unapred definisana bezbednosna pitanja
policy-err-too-few-questions = Ponudite najmanje onoliko bezbednosnih pitanja (unapred definisanih i sopstvenih) koliko korisnici moraju da registruju.
