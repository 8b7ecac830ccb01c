# sspr, hu-HU. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Önkiszolgáló jelszó-visszaállítás
reset-title = Térjen vissza a fiókjához
skip-to-content = Ugrás a fő tartalomra
lang-switch-label = Nyelv
next = Tovább
back-to-start = Újrakezdés
retry = Újrapróbálkozás
something-wrong = Hiba történt. Próbálkozzon újra később.
not-found = Ez a lap nem létezik.
working = Feldolgozás…

## Entry (E2)
entry-intro = A fiókja helyreállításához először adja meg a felhasználói azonosítóját és az alábbi kérdésre adott választ.
userid-label = Felhasználói azonosító
userid-hint = Példa: { $example }
captcha-legend = Igazolja, hogy nem robot
captcha-nojs = A „Tovább” gomb kiválasztása után a böngésző ellenőrzése néhány másodpercig (legalább { $seconds } másodpercig) tart. Önnek nincs más teendője.
captcha-working = A böngésző ellenőrzése…
captcha-done = Kész. Folytathatja.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Forduljon a rendszergazdához
contact-reason-consumer = Ez a portál személyes fiókkal nem használható. Használja inkább az e-mail-szolgáltatója által kínált helyreállítási lehetőségeket.
contact-reason-unavailable = Ezt a fiókot itt nem tudjuk visszaállítani. Lehet, hogy nem létezik, vagy le van tiltva.
contact-reason-not-enabled = Ehhez a fiókhoz nincs bekapcsolva az önkiszolgáló jelszó-visszaállítás.
contact-reason-not-registered = Ehhez a fiókhoz nincs regisztrálva elegendő biztonsági adat a jelszó visszaállításához.
contact-reason-admin-not-registered = A rendszergazdai fiókoknak a jelszó visszaállításához két regisztrált módszerre van szükségük (e-mail, mobiltelefon, irodai telefon vagy hitelesítő alkalmazás).
contact-reason-writeback-off = A fiók jelszavát helyszíni környezetben kezelik, ezért itt nem állítható vissza.
contact-also-intro = Ez akkor is előfordulhat, ha:
contact-also-consumer = a fiók egy lakossági e-mail-szolgáltatónál létrehozott személyes fiók
contact-also-unavailable = elírta a felhasználói azonosítót, vagy a fiók nem létezik, illetve ki van kapcsolva
contact-also-not-enabled = a fiókhoz nincs bekapcsolva az önkiszolgáló jelszó-visszaállítás
contact-also-not-registered = a fiókhoz nincs regisztrálva elegendő biztonsági adat (ha be tud jelentkezni, a biztonsági adatok lapján láthatja, mi hiányzik)
contact-also-admin-not-registered = egy rendszergazdai fiókhoz nincs két módszer regisztrálva
contact-also-writeback-off = a jelszót a szervezete saját címtára kezeli
contact-helpdesk-link = Forduljon az ügyfélszolgálathoz
contact-helpdesk-email = Írjon az ügyfélszolgálatnak: { $email }
contact-no-helpdesk = Kérjen segítséget a szervezete rendszergazdájától.
contact-request-button = Megkérem a rendszergazdákat, hogy állítsák vissza a jelszavamat
contact-request-sent = A kérését elküldtük a rendszergazdáknak.

## Trouble choice
choose-title = Miért nem tud bejelentkezni?
choose-forgot = Elfelejtettem a jelszavamat
choose-forgot-hint = Semmi gond, a regisztrált biztonsági adatai segítségével visszaállíthatja a jelszavát.
choose-unlock = Tudom a jelszavamat, de mégsem tudok bejelentkezni
choose-unlock-hint = Ez akkor fordulhat elő, ha túl sokszor próbált meg helytelen jelszóval bejelentkezni.

## Verification (V1..V6)
verify-title = Igazolja személyazonosságát
verify-step = Ellenőrzési lépés: { $current }/{ $required }
verify-pick = Válassza ki, milyen módon vegyük fel Önnel a kapcsolatot az ellenőrzéshez:
verify-passed = Ellenőrizve
option-email = E-mail küldése a másodlagos címemre ({ $masked })
option-sms = SMS küldése a mobiltelefonomra ({ $masked })
option-voice = Hívás a mobiltelefonomon ({ $masked })
option-office = Hívás az irodai telefonomon ({ $masked })
option-app = Kód megadása a hitelesítő alkalmazásomból
option-software_oath = Kód megadása a szoftveres tokenemből
option-hardware_oath = Kód megadása a hardveres tokenemből
option-questions = Válaszadás a biztonsági kérdéseimre
pending-email = Ellenőrző kódot tartalmazó e-mailt küldtünk a következő címre: { $masked }.
pending-sms = Ellenőrző kódot tartalmazó SMS-t küldtünk a következő számra: { $masked }.
pending-voice = Hívjuk a következő számot: { $masked }. Hallgassa meg az ellenőrző kódot.
pending-totp = Adja meg az alkalmazásban vagy a tokenen megjelenő kódot.
code-label = Ellenőrző kód
questions-legend = Válaszoljon a biztonsági kérdéseire
verify-button = Ellenőrzés

## New password (N1, N2)
password-title = Válasszon új jelszót
password-label = Új jelszó
confirm-label = Új jelszó megerősítése
password-rules = A jelszóval szembeni követelmények:
pw-rule-length = legalább { $min } karakter hosszú
pw-rule-max-length = legfeljebb { $max } karakter hosszú
pw-rule-classes = tartalmaz hármat a következők közül: kisbetűk, nagybetűk, számjegyek, szimbólumok
pw-rule-banned = nem gyakran használt vagy tiltott jelszó
pw-rule-name = nem tartalmazza az Ön nevét
pw-rule-match = megegyezik a megerősítéssel
pw-rule-classes-ad = tartalmaz hármat a következők közül: kisbetűk, nagybetűk, számjegyek, szimbólumok, kis- és nagybetű nélküli betűk (például kana)
pw-rule-name-ad = nem tartalmazza a fiók nevét, sem a neve bármely 3 vagy több karakterből álló részét
pw-dir-heading = Beküldéskor a szervezete címtára a következőket is ellenőrzi:
pw-dir-history = { $n ->
    [one] a jelszó nem az Ön jelenlegi jelszava
   *[other] a jelszó nem egyezik az utolsó { $n } jelszava egyikével sem
}
pw-dir-min-age = { $n ->
    [one] a legutóbbi jelszóváltoztatás óta eltelt legalább egy nap
   *[other] a legutóbbi jelszóváltoztatás óta eltelt legalább { $n } nap
}
pw-dir-module = a jelszó megfelel a szervezete további minőségi szabályainak
pw-rule-ok = teljesül
pw-rule-not-ok = nem teljesül
finish = Befejezés

## Done
done-reset = A jelszavát visszaállítottuk.
done-unlock = A fiókja zárolását feloldottuk.
done-sign-in = Jelentkezzen be a fiókjával

## Errors (flows)
err-no-flow = A munkamenet lejárt. Kezdje újra.
err-captcha = A robotellenőrzés lejárt, vagy már felhasználták. Próbálkozzon újra.
err-wrong-step = Ez a lépés már nem érhető el. Folytassa innen.
err-unknown-option = Válasszon a felsorolt módszerek közül.
err-code-wrong = Ez a kód nem működött. Ellenőrizze, és próbálkozzon újra.
err-code-expired = Ez a kód lejárt. Kérjen újat.
err-code-used = Ezt a kódot már felhasználták. Folytassa innen.
err-blocked = Túl sok próbálkozás történt. Próbálkozzon újra { $until } után.
err-email-limit = Túl sok kódot küldtünk. Próbálkozzon újra { $until } után, vagy használjon másik módszert.
err-answers-wrong = Egy vagy több válasz helytelen volt. Íme egy új kérdéssor.
err-password = A jelszó nem felel meg az alábbi követelményeknek.
err-delivery = Most nem tudtuk elküldeni az üzenetet. Próbálkozzon újra később, vagy használjon másik módszert.
err-admin-request-limit = Már több kérést is elküldött. A rendszergazdák felveszik Önnel a kapcsolatot.
err-internal = Hiba történt. Próbálkozzon újra később.
userid-err-empty = Adja meg a felhasználói azonosítóját.
userid-err-shape = A felhasználói azonosítót név@tartomány formában adja meg, például: { $example }.
userid-err-too-long = Ez a felhasználói azonosító túl hosszú.

## Messages (email, SMS, voice)
msg-code-subject = { $org }: fiókellenőrző kód
msg-code-email = A fiókja ellenőrzéséhez használja a következő kódot: { $code }. A kód { $minutes } perc múlva lejár. Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt.
msg-code-sms = Jelszó-visszaállító kód ({ $org }): { $code }
msg-code-voice = Az ellenőrző kódja: { $code }. Még egyszer: a kódja { $code }.
msg-reset-subject = A jelszavát visszaállították
msg-reset-body = { $user } felhasználó jelszavát az önkiszolgáló jelszó-visszaállítással az imént visszaállították. Ha nem Ön volt, azonnal forduljon a rendszergazdához.
msg-method-added-subject = Új biztonsági adat a fiókjában
msg-method-added-body = { $user } felhasználó biztonsági adataihoz új módszert adtak hozzá: { $method }. Ha nem Ön volt, jelentkezzen be, távolítsa el, módosítsa a jelszavát, és forduljon a rendszergazdához.
msg-method-removed-subject = Biztonsági adatot távolítottak el a fiókjából
msg-method-removed-body = { $user } felhasználó biztonsági adatai közül eltávolítottak egy módszert: { $method }. Ha nem Ön volt, jelentkezzen be, ellenőrizze a biztonsági adatait, módosítsa a jelszavát, és forduljon a rendszergazdához.
msg-admin-reset-subject = Egy rendszergazda visszaállította a saját jelszavát
msg-admin-reset-body = { $user } rendszergazda az önkiszolgáló jelszó-visszaállítással visszaállította a saját jelszavát.
msg-admin-request-subject = Jelszó-visszaállítási kérés
msg-admin-request-body = { $user } felhasználó nem tudja önkiszolgáló módon visszaállítani a jelszavát, és egy rendszergazda segítségét kéri.

## Dev outbox (demo mode only)
outbox-title = Postázandó üzenetek (bemutató)
outbox-intro = Bemutató mód: a portál által küldött üzenetek kézbesítés helyett ide kerülnek. A legújabbak elöl.
outbox-empty = Még nincsenek üzenetek.
outbox-to = Címzett
demo-outbox-link = Bemutató mód: az üzenet elolvasása a Postázandó üzenetek között (új lapon nyílik meg)
outbox-channel = Csatorna

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = A kijelölt csoportokra vonatkozó hatókörhöz válasszon ki legalább egy csoportot.
policy-err-methods-required = A szükséges módszerek száma 1 vagy 2 lehet.
policy-err-too-few-methods = Legalább annyi módszert engedélyezzen, amennyi szükséges.
policy-err-office-phone-paid = Az irodai telefon csak fizetős bérlők számára érhető el.
policy-err-questions-register = A felhasználóknak 3–5 biztonsági kérdést kell regisztrálniuk.
policy-err-questions-ask = 3–5 biztonsági kérdést kell feltenni.
policy-err-questions-ask-exceeds = Nem tehet fel több kérdést, mint amennyit a felhasználók regisztrálnak.
policy-err-reconfirm-days = Az újbóli megerősítés időköze 0 és 730 nap között lehet.
policy-err-app-needs-more = Ha a mobilalkalmazás engedélyezve van, mellette elegendő további módszert is engedélyezzen.
policy-err-app-notification-alone = Ha egy módszer szükséges, az alkalmazásbeli értesítés önmagában nem számít.
policy-err-password-length = A jelszó hossza 8 és 256 karakter között lehet.
policy-err-banned-terms = Legfeljebb 1000 egyéni tiltott kifejezés adható meg.
policy-err-sms-sender = Az SMS-feladó legfeljebb 11 betűből és számjegyből álló név vagy telefonszám lehet, például +15017122661.
phone-err-country-code = A számot + jellel és az országhívószámmal kezdje.
phone-err-characters = Csak számjegyeket, szóközöket és kötőjeleket használjon.
phone-err-length = Ez a szám túl rövid vagy túl hosszú.
policy-err-custom-question = Az egyéni biztonsági kérdéseknek 1–200 karakter hosszúnak és egymástól eltérőnek kell lenniük.
policy-err-brand-accent = A márkaszínt #rrggbb formában kell megadni, és elég sötétnek kell lennie a fehér szöveghez (legalább 4,5:1 kontraszt).
policy-err-brand-logo = A logónak egy ezen a portálon lévő fájlnak (például /brand/logo.svg) vagy beágyazott képnek kell lennie.
policy-err-sign-in-domain = A bejelentkezési tartománynak tartománynévnek kell lennie, például contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Jelentkezzen be a biztonsági adatai kezeléséhez
signin-title = Bejelentkezés
signin-intro = Jelentkezzen be a biztonsági adatai megtekintéséhez és frissítéséhez, vagy a jelszava módosításához.
signin-password-label = Jelszó
signin-button = Bejelentkezés
signin-cant-access = Nem fér hozzá a fiókjához?
signin-signed-out = Kijelentkezett.
signout-button = Kijelentkezés
account-title = Saját fiók
account-signed-in-as = Bejelentkezett felhasználó: { $name } ({ $upn })
account-reset-attempts = Valaki megpróbálta visszaállítani a jelszavát, de az ellenőrzés { $count ->
    [one] egyszer
   *[other] { $count } alkalommal
} sikertelen volt (legutóbb: { $when }). Ha nem Ön volt, a jelszava nem változott; győződjön meg róla, hogy a biztonsági adatai az Önéi, és értesítse a rendszergazdát.
account-cannot-reset = Egyelőre nem tudja saját maga visszaállítani a jelszavát.
account-security-info = Biztonsági adatok
account-change-password = Jelszó módosítása
err-no-session = Nincs bejelentkezve, vagy a munkamenete véget ért. Jelentkezzen be újra.
err-credentials = A felhasználói azonosító vagy a jelszó helytelen.
err-locked-out = A fiókját a jogosulatlan használat megakadályozása érdekében ideiglenesen zároltuk. Próbálkozzon újra { $until } után.
err-account-locked = A fiókja zárolva van. A zárolás feloldásához használja a „Nem fér hozzá a fiókjához?” lehetőséget.
err-not-allowed = Ez a módszer nem használható az Ön fiókjához.
err-current-password = A jelenlegi jelszava helytelen.
err-on-premises = A jelszavát a szervezete címtára kezeli. Ott módosítsa.
err-too-many = Az Ön hálózatáról túl sok próbálkozás történt. Próbálkozzon újra { $until } után.
err-resend-wait = Ezen a módon épp most küldtünk Önnek kódot. Újabb kódot ekkortól kérhet: { $until }. Addig használhat másik módszert is.
err-messages-paused = Most nem tudunk több kódot küldeni. Próbálkozzon újra { $until } után, vagy használjon üzenetet nem igénylő módszert, például hitelesítő alkalmazást vagy biztonsági kérdéseket.
err-phone-country = A szervezete nem küld kódot az ebben az országban lévő telefonszámokra. Használjon másik számot vagy módszert.
err-busy = A szolgáltatás jelenleg túlterhelt. Várjon egy kicsit, és próbálkozzon újra.
cancel = Mégse
save = Mentés

## Security info (G2..G7, C1)
setup-title = Biztonsági adatok
setup-intro = Ezekkel a módszerekkel igazolja személyazonosságát, amikor visszaállítja a jelszavát.
setup-progress-ok = Visszaállíthatja a jelszavát: { $required } szükséges módszerből { $have } be van állítva.
setup-progress-short = { $required } szükséges módszerből { $have } van beállítva. Adjon hozzá továbbiakat, hogy visszaállíthassa a jelszavát.
setup-methods-heading = Az Ön módszerei
setup-none = Még nem állított be egyetlen módszert sem.
setup-add-heading = Módszer hozzáadása
setup-change = Módosítás
setup-change-label = Módosítás: { $what }
setup-delete = Törlés
setup-delete-label = Törlés: { $what }
setup-from-directory = (a szervezete címtárából)
setup-done-added = A módszert hozzáadtuk.
setup-done-deleted = A módszert töröltük.
setup-back = Vissza a biztonsági adatokhoz
setup-not-available = Ez a módszer nem érhető el az Ön fiókjához.
method-app = Hitelesítő alkalmazás
method-software = Szoftveres OATH-token
method-hardware = Hardveres token
method-phone = Telefon
method-office = Irodai telefon
method-email = E-mail
method-questions = Biztonsági kérdések
method-questions-detail = { $count } kérdés
add-app = Hitelesítő alkalmazás hozzáadása
add-software = Szoftveres OATH-token hozzáadása
add-hardware = Hardveres token aktiválása
add-phone = Telefon hozzáadása vagy módosítása
add-office = Irodai telefon hozzáadása vagy módosítása
add-email = E-mail-cím hozzáadása vagy módosítása
add-questions = Biztonsági kérdések beállítása
setup-email-label = E-mail-cím
setup-email-hint = Ne a munkahelyi fiókja címét használja. Erre a címre küldünk kódot.
setup-phone-label = Telefonszám
setup-office-label = Irodai telefonszám
setup-phone-hint = Adja meg a + jelet és az országhívószámot is, például: +36 20 123 4567.
setup-phone-channel = Hogyan küldjük el a kódot?
setup-phone-sms = Kód küldése SMS-ben
setup-phone-voice = Hívás
setup-app-intro = Telepítsen egy hitelesítő alkalmazást a telefonjára, majd a beolvasandó QR-kód megjelenítéséhez válassza a „Tovább” gombot.
setup-software-intro = A szoftveres token titkos kulcsának lekéréséhez válassza a „Tovább” gombot.
setup-app-step-scan = Olvassa be a QR-kódot az alkalmazással, vagy adja meg az alábbi titkos kulcsot.
setup-app-step-code = Adja meg az alkalmazásban megjelenő 6 jegyű kódot.
setup-app-qr-alt = QR-kód a hitelesítő alkalmazáshoz
setup-app-secret = Titkos kulcs:
setup-hardware-intro = Válassza ki a tokenre nyomtatott sorozatszámot, és adja meg a tokenen megjelenő kódot.
setup-hardware-serial = Sorozatszám
setup-questions-intro = Válasszon { $count } különböző kérdést, és válaszoljon mindegyikre (3–40 karakter, két válasz nem lehet azonos).
setup-question-label = { $n }. kérdés
setup-answer-label = { $n }. válasz
setup-err-email-shape = Adjon meg egy e-mail-címet, például: someone@example.com.
setup-err-email-same = Ne a munkahelyi fiókja címét használja.
setup-err-phone = Ez a telefonszám nem tűnik helyesnek.
setup-err-questions = A biztonsági kérdéseit nem sikerült menteni.
setup-err-questions-count = Válaszoljon minden kérdésre.
setup-err-questions-unknown = A listából válasszon kérdéseket.
setup-err-questions-duplicate = Minden mezőben más kérdést válasszon.
setup-err-answer-length = A válaszok 3–40 karakter hosszúak lehetnek.
setup-err-answer-duplicate = Minden kérdésre más választ adjon.
setup-err-too-many-apps = Már elérte a hitelesítő alkalmazások maximális számát. Előbb töröljön egyet.
setup-err-token-unknown = Ez a token nincs Önhöz rendelve, vagy már aktív.
protect-title = Segítsen megvédeni a fiókját
protect-intro = A szervezetének további adatokra van szüksége ahhoz, hogy megőrizze fiókja biztonságát, és hogy Ön saját maga állíthassa vissza a jelszavát.
protect-skip = Most kihagyom
confirm-title = Még mindig pontosak a biztonsági adatai?
confirm-intro = Ellenőrizze a jelszava visszaállításához használt módszereket. Erősítse meg őket, vagy szerkessze, ha valami változott.
confirm-looks-good = Minden rendben
confirm-edit = Biztonsági adatok szerkesztése
confirm-done = Köszönjük! A biztonsági adatait megerősítette.
change-title = Jelszó módosítása
change-current-label = Jelenlegi jelszó
change-button = Jelszó módosítása
change-done = A jelszavát módosítottuk.

## Security questions (G6, predefined list)
sq-first-pet = Mi volt az első háziállata neve?
sq-birth-city = Melyik városban született?
sq-first-school = Mi volt az első iskolája neve?
sq-childhood-friend = Mi a keresztneve a gyermekkori legjobb barátjának?
sq-first-job-city = Melyik városban volt az első munkahelye?
sq-grandparent-name = Mi a keresztneve a legidősebb nagyszülőjének?
sq-first-concert = Mi volt az első koncert, amelyen részt vett?
sq-childhood-street = Melyik utcában lakott gyermekkorában?
sq-favourite-teacher = Mi volt a kedvenc tanára vezetékneve?
sq-first-car = Milyen márkájú és típusú volt az első autója?

## Notifications on a paired device (V4)
option-push = Értesítés jóváhagyása az eszközömön
pending-push = Értesítést küldtünk az eszközére. Nyissa meg, és adja meg ezt a számot:
pending-push-then = Ezután itt válassza a „Folytatás” gombot.
push-continue = Folytatás
err-push-pending = Az értesítésre még nem válaszolt. Válaszoljon rá az eszközén, majd válassza a „Folytatás” gombot.
err-push-denied = Az értesítést elutasították, vagy a szám nem egyezett. Az újrapróbálkozáshoz válasszon módszert.
method-notification = Értesítések az eszközömön
add-notification = Eszköz hozzáadása értesítésekhez
setup-device-intro = Használja a telefonját kérelmeket jóváhagyó eszközként: a párosítási kód lekéréséhez válassza a „Tovább” gombot.
setup-device-step-open = Nyissa meg a telefonján az eszközlapot:
setup-device-link = eszközlap megnyitása
setup-device-step-code = Ott adja meg ezt a párosítási kódot:
setup-device-then = Amikor az eszközlap jelzi, hogy a párosítás megtörtént, térjen vissza ide.
setup-device-done = Kész
device-title = Az Ön eszköze
device-intro = Ezen a lapon hagyhatja jóvá a fiókjához tartozó bejelentkezési és jelszó-visszaállítási kérelmeket. Adja hozzá a kezdőképernyőhöz, hogy mindig kéznél legyen.
device-paired = Ez az eszköz párosítva van. Ha jóváhagyást kérnek Öntől, keressen kérelmeket.
device-pair-failed = Ez a párosítási kód nem működött. Kérjen újat a biztonsági adatai között.
device-approved = Jóváhagyva. Visszatérhet a másik képernyőre.
device-denied = Elutasítva. Semmi sem lett jóváhagyva.
device-no-request = Nincs várakozó kérelem.
device-request = %org% annak megerősítését kéri, hogy Ön az (%upn%).
device-request-title = Jóváhagyja ezt a kérelmet?
device-pair-code = Párosítási kód
device-name = Az eszköz neve
device-name-default = Saját telefon
device-pair-button = Eszköz párosítása
device-check = Kérelmek keresése
device-number = A másik képernyőn megjelenő szám
device-approve = Jóváhagyás
device-deny = Elutasítás
device-needs-js = Ennek a lapnak JavaScriptre van szüksége a kulcsa tárolásához és a jóváhagyások aláírásához.

## Sign-in, second step (G1)
check-title = Igazolja személyazonosságát
check-intro = A fiókjához biztonsági adatok tartoznak, ezért megtekintésük vagy módosításuk előtt még egy ellenőrzésre van szükség.

## The on-premises directory (P10, P11)
err-directory-policy = A szervezete címtára nem fogadta el ezt a jelszót. Lehet, hogy korábban már használta, vagy sérti a címtár valamelyik saját szabályát. Próbálkozzon egy másikkal.
err-directory = Nem sikerült elérni a szervezete címtárát. Semmi sem változott; próbálkozzon újra egy kis idő múlva.

## Issue 10: a form post with a field missing
err-form-incomplete = Az űrlap hiányosan érkezett meg. Töltse ki az összes mezőt, és próbálkozzon újra.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Előrehaladás
progress-step = Lépés: { $current }/{ $total }
step-userid = Felhasználói azonosító
step-verify = Ellenőrzés
step-password = Új jelszó
step-done = Kész
resend-code = Kód újraküldése
resend-in = Új kódot { $seconds ->
    [one] egy másodperc
   *[other] { $seconds } másodperc
} múlva kérhet.
helpdesk-contact = Segítségre van szüksége? Forduljon az ügyfélszolgálathoz: { $contact }
brand-logo-alt = { $org }
setup-add-method = Módszer hozzáadása
setup-delete-title = Törli ezt a módszert?
setup-delete-confirm = A következő módszer törlődik a biztonsági adatai közül: { $what }.
setup-delete-last-warning = Erre a módszerre szüksége van a jelszava visszaállításához. Nélküle nem tudja saját maga visszaállítani a jelszavát, amíg nem ad hozzá másik módszert.
setup-delete-confirm-button = Igen, törlöm
setup-app-open-link = Megnyitás a telefonon lévő hitelesítő alkalmazásban
setup-app-secret-grouped = Titkos kulcs négyes csoportokban:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }. { $month }. { $day }. { $hour }:{ $minute } ({ $zone })
time-am = de.
time-pm = du.

# Issue 12: a rendszergazdai konzol. A lapok címei az Entra jelszó-visszaállítási lapjait követik.
account-admin-console = Rendszergazdai konzol
admin-title = Rendszergazdai konzol
admin-sign-in = A konzol megnyitásához jelentkezzen be a rendszergazdai fiókjával.
admin-not-admin = Ez a konzol rendszergazdáknak szól. Az Ön fiókjához nem tartozik rendszergazdai szerepkör.
admin-second-step = A konzolhoz második bejelentkezési lépés szükséges. Adjon hozzá egy telefont vagy hitelesítő alkalmazást a biztonsági adataihoz, majd jelentkezzen ki, és jelentkezzen be újra.
admin-go-setup = Ugrás a biztonsági adataihoz
admin-go-account = Vissza a saját fiókomhoz
admin-back = Vissza a konzolhoz
admin-tenant = Szervezet: { $name }
admin-signed-in-as = Bejelentkezett felhasználó: { $name }, szerepkörök: { $roles }
admin-policy-heading = Jelszó-visszaállítási szabályzat
admin-readonly = A szerepkörei lehetővé teszik, hogy segítsen a felhasználóknak, de a jelszó-visszaállítási szabályzat módosítását nem. A szabályzatot egy globális rendszergazda vagy egy hitelesítésiszabályzat-rendszergazda módosíthatja.
admin-draft-pending = Egy módosítás az Ön ellenőrzésére vár ezen a lapon: { $page }.
admin-draft-open = Módosítás megnyitása
admin-draft-elsewhere = Egy módosítás ellenőrzésre vár ezen a lapon: { $page }. Ha ezt a lapot ellenőrzi, az a módosítás lecserélődik.
admin-saved = Mentve a következő módosításként: { $id }.
admin-discarded = A módosítás elvetve. Semmi sem lett mentve.
admin-blade-properties = Tulajdonságok
admin-blade-methods = Hitelesítési módszerek
admin-blade-registration = Regisztráció
admin-blade-notifications = Értesítések
admin-blade-customization = Testreszabás
admin-blade-on-premises = Helyszíni integráció
admin-blade-administrators = Rendszergazdai szabályzat
admin-f-scope = Önkiszolgáló jelszó-visszaállítás engedélyezve a következők számára
admin-scope-none = Senki
admin-scope-selected = Kijelölt csoportok
admin-scope-all = Minden felhasználó
admin-f-groups = Csoportok
admin-f-groups-hint = Jelölje be azokat a csoportokat, amelyek számára engedélyezve van az önkiszolgáló jelszó-visszaállítás, vagy írja be más csoportok nevét vesszővel elválasztva. A Kijelölt csoportok beállítás választásakor használatosak.
admin-f-methods-required = A visszaállításhoz szükséges módszerek száma
admin-f-methods-required-hint = 1 vagy 2.
admin-f-methods = A felhasználók számára elérhető módszerek
admin-f-questions-to-register = A regisztrációhoz szükséges biztonsági kérdések száma
admin-f-questions-to-ask = A visszaállításhoz szükséges biztonsági kérdések száma
admin-f-custom-questions = A szervezete saját biztonsági kérdései
admin-f-custom-questions-hint = Soronként egy kérdés; ezek az előre megadott kérdések mellett jelennek meg.
admin-f-require-registration = A felhasználóknak kötelező regisztrálniuk bejelentkezéskor
admin-f-reconfirm-days = Napok száma, amely után a felhasználóknak újra meg kell erősíteniük a hitelesítési adataikat
admin-f-reconfirm-days-hint = 0–730; 0 esetén soha nem kérünk megerősítést.
admin-f-notify-users = Felhasználók értesítése jelszó-visszaállításkor
admin-f-notify-admins = Minden rendszergazda értesítése, amikor más rendszergazdák visszaállítják a jelszavukat
admin-f-helpdesk = Ügyfélszolgálati hivatkozás
admin-f-helpdesk-hint = E-mail-cím vagy https:// kezdetű webcím. Ha üresen hagyja, nem jelenik meg hivatkozás.
admin-f-logo = Logó
admin-f-logo-hint = Egy ezen a portálon lévő fájl, például /brand/logo.svg. Ha üresen hagyja, csak a név jelenik meg.
admin-f-accent = Kiemelőszín
admin-f-accent-hint = #rrggbb formában megadva, elég sötét a fehér szöveghez.
admin-f-sign-in-domain = A bejelentkezési tipp tartománya
admin-f-sign-in-domain-hint = A felhasználói azonosító példájában jelenik meg, például contoso.com.
admin-f-writeback = Jelszavak visszaírása a helyszíni címtárba
admin-f-allow-unlock = A felhasználók a jelszavuk visszaállítása nélkül is feloldhatják fiókjuk zárolását
admin-f-admin-sspr = A rendszergazdák visszaállíthatják a saját jelszavukat
admin-f-admin-sspr-hint = A rendszergazdáknak mindig két módszerre van szükségük: egy e-mail-címre vagy telefonra és egy további módszerre.
admin-review-button = Módosítás ellenőrzése
admin-errors-heading = Ez a módosítás nem menthető:
admin-live-ok = Ez a módosítás menthető.
admin-err-number = Adjon meg egy egész számot.
admin-err-helpdesk = Adjon meg egy e-mail-címet vagy egy https:// kezdetű webcímet.
admin-err-forbidden = A szerepkörei nem teszik lehetővé a jelszó-visszaállítási szabályzat módosítását.
admin-err-no-draft = Nincs ellenőrzésre váró módosítás.
admin-err-no-change = Ez a módosítás nem szerepel az előzményekben.
admin-err-refused = Ez a módosítás sérti a szabályzat egyik szabályát. Szerkessze, majd ellenőrizze újra.
admin-review-title = A módosítás ellenőrzése
admin-review-page = Lap: { $page }
admin-changes = Módosított elemek: { $keys }
admin-no-change = Ez semmit sem módosít.
admin-impact-heading = Ki tudja visszaállítani a jelszavát
admin-impact-summary = Jelenleg { $users } felhasználóból { $before } tudja visszaállítani a jelszavát; a módosítás után { $after } tudná.
admin-stranded-none = Senki sem veszíti el a jelszó-visszaállítás lehetőségét.
admin-stranded = { $count ->
    [one] Egy felhasználó korábban vissza tudta állítani a jelszavát, a módosítás után viszont nem tudja:
   *[other] { $count } felhasználó korábban vissza tudta állítani a jelszavát, a módosítás után viszont nem tudja:
}
admin-stranded-hint = Mentés előtt kérje meg őket, hogy regisztráljanak további módszereket a biztonsági adatok lapján, különben az ügyfélszolgálatot kell felhívniuk.
admin-gained = { $count ->
    [one] Egy felhasználó korábban nem tudta visszaállítani a jelszavát, a módosítás után viszont vissza tudja:
   *[other] { $count } felhasználó korábban nem tudta visszaállítani a jelszavát, a módosítás után viszont vissza tudja:
}
admin-export-csv = Lista letöltése (CSV)
admin-save = Mentés
admin-discard = Elvetés
admin-edit-again = Újraszerkesztés
admin-history-title = Módosítási előzmények
admin-history-empty = Még nincs mentett módosítás.
admin-history-change = Módosítás
admin-history-when = Időpont
admin-history-who = Rendszergazda
admin-history-what = Módosított beállítások
admin-revert = Visszavonás
admin-revert-label = Módosítás visszavonása: { $id }
admin-reverts = visszavonja ezt a módosítást: { $id }
admin-reverted = A módosítás visszavonva: { $id }. Az általa lecserélt beállítások ismét érvényesek.
admin-key-scope = kik állíthatják vissza
admin-key-admin-sspr = rendszergazdai visszaállítás
admin-key-methods-required = szükséges módszerek
admin-key-methods = elérhető módszerek
admin-key-questions-to-register = regisztrációs kérdések
admin-key-questions-to-ask = visszaállítási kérdések
admin-key-custom-questions = saját biztonsági kérdések
admin-key-require-registration = kötelező regisztráció
admin-key-reconfirm-days = újbóli megerősítés napjai
admin-key-notify-users = felhasználói értesítések
admin-key-notify-admins = rendszergazdai értesítések
admin-key-helpdesk = ügyfélszolgálati hivatkozás
admin-key-branding = arculat
admin-key-writeback = jelszóvisszaírás
admin-key-allow-unlock = fiókzárolás feloldása
admin-key-password = jelszószabályok
admin-key-phone-countries = telefonszámok országai
admin-key-sms-sender = SMS-feladó

# Issue 12: a konzol jelentései (A2).
admin-reports-title = Jelentések
admin-reports-link = Regisztrációk, visszaállítások, sikertelen kísérletek, és kik nem tudják visszaállítani a jelszavukat
admin-reports-period = Az utolsó { $days } nap, { $since } óta (UTC).
admin-reports-chart = Az alábbi táblázat diagramja
admin-reports-by-day = Regisztrációk, visszaállítások és zárolásfeloldások naponként
admin-col-day = Nap
admin-col-registrations = Regisztrációk
admin-col-resets = Visszaállítások
admin-col-unlocks = Zárolásfeloldások
admin-col-user = Felhasználó
admin-reports-funnel = Meddig jutottak a visszaállítási kísérletek
admin-reports-funnel-hint = Minden kísérlet egy felhasználói azonosítóval kezdődik. Ahol a számok csökkennek, ott adják fel a felhasználók.
admin-col-step = Lépés
admin-col-attempts = Kísérletek
admin-funnel-started = Elkezdve
admin-funnel-eligible = Visszaállítás engedélyezve
admin-funnel-verified-one = Egy módszer igazolva
admin-funnel-verified-two = Második módszer igazolva
admin-funnel-password-set = Új jelszó beállítva vagy fiókzárolás feloldva
admin-reports-failures = Sikertelen kísérletek ok szerint
admin-col-reason = Ok
admin-col-count = Darabszám
admin-reports-none = Ebben az időszakban nincs semmi.
admin-reports-methods = Visszaállításhoz vagy zárolásfeloldáshoz használt módszerek
admin-col-method = Módszer
admin-reports-cannot = Kik nem tudják visszaállítani a jelszavukat
admin-reports-can = Jelenleg { $users } felhasználóból { $can } tudja visszaállítani a jelszavát.
admin-reports-short = { $count ->
    [one] Egy felhasználó módszerek hiányában nem tudja visszaállítani a jelszavát:
   *[other] { $count } felhasználó módszerek hiányában nem tudja visszaállítani a jelszavát:
}
# Issue 12: a konzol felhasználói lapja (D1, D3).
admin-users-title = Felhasználók
admin-users-link = Felhasználó keresése: módszerei, tiltásai és elérhetőségi adatai
admin-users-lookup-label = Felhasználói azonosító
admin-users-lookup = Keresés
admin-err-no-user = A szervezetében nincs ilyen azonosítójú felhasználó.
admin-err-protected = Ez a felhasználó olyan rendszergazda, akire az Ön szerepkörei nem terjednek ki. Forduljon egy globális rendszergazdához.
admin-err-contact = A felhasználó saját e-mail-címétől eltérő e-mail-címet adjon meg, a telefonszámokat pedig +<országkód> <szám> formában.
admin-user-status = Fiók
admin-user-enabled = Engedélyezve
admin-user-disabled = Letiltva
admin-user-locked = zárolva a címtárban
admin-user-password = Jelszó
admin-user-cloud = Ez a portál kezeli
admin-user-onprem = A helyszíni címtár kezeli
admin-user-groups = Csoportok
admin-user-roles = Rendszergazdai szerepkörök
admin-user-none = Nincs
admin-user-methods = Meglévő módszerei
admin-user-reset = Önkiszolgáló jelszó-visszaállítás
admin-user-can-reset = Most vissza tudja állítani a jelszavát.
admin-user-cannot-reset = Most nem tudja visszaállítani a jelszavát:
admin-reason-consumer = személyes fiók, amelyet ez a portál nem szolgál ki.
admin-reason-unavailable = a fiók le van tiltva.
admin-reason-not-enabled = az önkiszolgáló jelszó-visszaállítás nincs engedélyezve a csoportjai számára.
admin-reason-not-registered = nincs elég regisztrált módszere a szabályzathoz.
admin-reason-admin-not-registered = a rendszergazdáknak két módszer kell, neki viszont kevesebb van.
admin-reason-writeback-off = a jelszót a helyszíni címtár kezeli, és a visszaírás ki van kapcsolva.
admin-user-blocks = Tiltások
admin-user-no-blocks = Jelenleg nincs tiltás.
admin-user-reset-blocked = Jelszó-visszaállítás tiltva eddig: { $until } (túl sok hibás kód vagy válasz)
admin-user-sends-blocked = Kódküldés tiltva eddig: { $until } (túl sok kód lett elküldve)
admin-user-signin-locked = Bejelentkezés zárolva eddig: { $until } (túl sok hibás jelszó)
admin-user-clear = Tiltások törlése
admin-user-cleared = A tiltásokat töröltük.
admin-user-contact = Elérhetőségi adatok
admin-user-alternate-email = Másodlagos e-mail-cím
admin-user-mobile = Mobiltelefon
admin-user-office = Irodai telefon
admin-user-contact-hint = A telefonszámokat +<országkód> <szám> formában adja meg. Egy mező törléséhez hagyja üresen.
admin-user-contact-save = Elérhetőségi adatok mentése
admin-user-contact-saved = Az elérhetőségi adatokat mentettük.
admin-user-protected = Ez a felhasználó olyan rendszergazda, akire az Ön szerepkörei nem terjednek ki: csak egy globális rendszergazda módosíthatja az elérhetőségi adatait vagy a tiltásait.

# Issue 12: az ügyfélszolgálat helyreállítási kódja és értesítések a rendszergazda által végzett módosításokról.
admin-recovery-heading = Helyreállítási kód
admin-recovery-intro = Olyan felhasználónak, aki minden módszerét elvesztette: egyszer használható, 8 óráig érvényes kód, amellyel egyszer bejelentkezhet, hogy új módszereket regisztráljon. Személyesen vagy egy Ön által kezdeményezett hívásban adja át; a felhasználó értesítést kap az e-mail-címeire.
admin-recovery-issue = Helyreállítási kód kiadása
admin-recovery-issued = Kiadtuk a helyreállítási kódot. Csak egyszer jelenik meg.
admin-recovery-code-is = A helyreállítási kód:
admin-recovery-until = A helyreállítási kód eddig érvényes: { $until }.
admin-recovery-hand-over = Csak akkor olvassa fel a felhasználónak, ha már meggyőződött a személyazonosságáról. Többé nem jelenik meg.
admin-recovery-done = Kész, a kód elrejtése
recovery-link = Helyreállítási kódot kapott az ügyfélszolgálattól?
recovery-title = Bejelentkezés helyreállítási kóddal
recovery-intro = Ha minden módszerét elvesztette, az ügyfélszolgálat adhat Önnek egy egyszer használható helyreállítási kódot. Jelentkezzen be vele, majd regisztráljon új módszereket a biztonsági adatok lapján.
recovery-code-label = Helyreállítási kód
recovery-code-hint = 16 betű és számjegy, például ABCD-EFGH-JKMN-PQRS.
recovery-wrong = A felhasználói azonosító vagy a helyreállítási kód helytelen, vagy a kódot már felhasználták, illetve lejárt.
recovery-back = Bejelentkezés inkább jelszóval
msg-recovery-issued-subject = Helyreállítási kódot adtak ki a fiókjához
msg-recovery-issued-body = Egy rendszergazda egyszer használható helyreállítási kódot adott ki { $user } felhasználó számára. Ha nem Ön kérte az ügyfélszolgálattól, azonnal forduljon a rendszergazdához.
msg-recovery-used-subject = Valaki helyreállítási kóddal jelentkezett be
msg-recovery-used-body = { $user } felhasználóként helyreállítási kóddal jelentkeztek be új biztonsági adatok regisztrálásához. Ha nem Ön volt, azonnal forduljon a rendszergazdához.
msg-contact-changed-subject = Módosították az elérhetőségi adatait
msg-contact-changed-body = Egy rendszergazda módosította { $user } felhasználó elérhetőségi adatait (a jelszó visszaállításához használt e-mail-címet vagy telefonszámot). Ha nem számított erre, azonnal forduljon a rendszergazdához.

# Issue 12: keresés a konzol auditnaplójában (A1, W2).
admin-audit-title = Auditnapló
admin-audit-link = Keresés az auditnaplóban és a napló letöltése
admin-audit-user = Felhasználói azonosító
admin-audit-from = Kezdő dátum (YYYY-MM-DD, UTC)
admin-audit-to = Záró dátum (YYYY-MM-DD, UTC)
admin-audit-step = Lépés
admin-audit-outcome = Eredmény
admin-audit-ip = IP-cím
admin-audit-client = Ügyféltípus
admin-audit-any = Bármelyik
admin-audit-search = Keresés
admin-audit-bad-date = A dátumot YYYY-MM-DD formában adja meg, például 2026-11-05.
admin-audit-count = { $count ->
    [one] Egy bejegyzés felel meg a keresésnek.
   *[other] { $count } bejegyzés felel meg a keresésnek.
}
admin-audit-capped = Csak a legújabb bejegyzések jelennek meg és kerülnek a letöltésbe; a többi megtekintéséhez szűkítse a keresést.
admin-audit-pages = Az eredmény lapjai
admin-audit-newer = Újabb bejegyzések
admin-audit-older = Régebbi bejegyzések
admin-audit-export-json = Letöltés JSON formátumban (soronként egy bejegyzés)

# Issue 12: a konzol üzemeltetési lapja.
admin-ops-title = Üzemeltetés
admin-ops-link = Üzemeltetés: az adatbázis, a címtár és a levélsor pillanatnyi állapota
admin-ops-database = Adatbázis
admin-ops-directory = Helyszíni címtár
admin-ops-no-directory = Nincs konfigurálva
admin-ops-ok = Működik
admin-ops-down = Nem válaszol
admin-ops-on = Bekapcsolva
admin-ops-off = Kikapcsolva
admin-ops-directory-error = Legutóbbi címtárhiba (az utolsó 30 napban)
admin-ops-mail-waiting = Küldésre váró értesítések
admin-ops-mail-oldest = A legrégebbi várakozó értesítés időpontja
admin-ops-mail-sent = Elküldött értesítések
admin-ops-mail-failed = Újrapróbálkozások után elvetett értesítések
admin-ops-hashing = Ezen a csomóponton várakozó jelszókivonatok
admin-ops-version = Verzió
admin-ops-hint = Az oldal megnyitásakor ellenőrizte az azt kiszolgáló csomópont. Az e-mail-számok a teljes portálra vonatkoznak; a többi adat a /metrics címen érhető el.

# Issue 12: a P1 csoportválasztója és az M2 értesítése azoknak a felhasználóknak, akik egy módosítás után nem tudják visszaállítani a jelszavukat.
admin-f-groups-other = Egyéb csoportok
admin-f-groups-none = Ennek a szervezetnek még nincsenek csoportjai a portálon: írja be a nevüket.
admin-notify-stranded = E-mail küldése azoknak a felhasználóknak, akik a módosítás után nem tudják visszaállítani a jelszavukat, hogy regisztráljanak további módszereket
msg-register-needed-subject = Regisztráljon további biztonsági adatokat
msg-register-needed-body = Az Ön szervezete mostantól több biztonsági adatot kér a jelszó visszaállítása előtt. Amíg be nem jelentkezik, és nem ad hozzá módszereket a biztonsági adatok lapján, { $user } felhasználó csak az ügyfélszolgálat felhívásával tudja visszaállítani a jelszavát.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Legutóbbi címtár-szinkronizálás (sspr directory sync)
admin-ops-sync-counts = beírt módosítások: { $changes }; elutasított értékek: { $refused }; szervezet nélküli felhasználók: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = A fordítás a kérdése alatti sorba kerül nyelvcímke, kettőspont és szöveg formájában (például ja-JP: …), és 1–200 karakter hosszú lehet.
admin-err-translation-first = Először írja be a kérdést, majd az alatta lévő sorokba a fordításait.
admin-f-question-translations-hint = Ha egy kérdést más nyelven is meg szeretne jeleníteni, adjon hozzá alatta egy sort a nyelvcímkével, egy kettősponttal és a fordítással, például „ja-JP: 事務所の植物の名前は？”. Azok a felhasználók, akiknek a nyelvére nincs fordítás, a kérdést úgy látják, ahogyan beírták.
admin-f-recovery-code-resets = Az ügyfélszolgálattól kapott helyreállítási kóddal a felhasználó egyszer a jelszavát is visszaállíthatja
admin-key-recovery-code-resets = jelszót visszaállító helyreállítási kódok
recovery-reset-hint = Ha a szervezete engedélyezi, a kóddal ehelyett egyszer visszaállíthatja a jelszavát.
recovery-reset-button = Jelszavam visszaállítása
recovery-no-reset = A szervezete a helyreállítási kódot csak bejelentkezésre engedélyezi. Itt regisztráljon új módszereket; ezekkel utána visszaállíthatja a jelszavát.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Visszaállítás elkezdve
audit-step-choose = Visszaállítás vagy zárolásfeloldás kiválasztva
audit-step-select = Módszer kiválasztva
audit-step-send-code = Kód elküldve
audit-step-verify = Módszer igazolva
audit-step-unlock = Fiókzárolás feloldva
audit-step-reset = Jelszó visszaállítva
audit-step-password = Új jelszó megadva
audit-step-directory = Visszaírás a címtárba
audit-step-notify = Értesítés
audit-step-admin-request = Kérés a rendszergazdáknak
audit-step-signin = Bejelentkezés
audit-step-signin-verify = Második bejelentkezési lépés
audit-step-signout = Kijelentkezés
audit-step-interrupt = Regisztrációs felszólítás bejelentkezéskor
audit-step-reconfirm = Biztonsági adatok újra megerősítve
audit-step-register = Módszer regisztrálva
audit-step-register-send-code = Regisztrációs kód elküldve
audit-step-register-pairing = Hitelesítő alkalmazás párosítva
audit-step-register-verify = Regisztrációs kód ellenőrizve
audit-step-delete-method = Módszer törölve
audit-step-change-password = Jelszó módosítva
audit-step-delivery = Kézbesítési visszaigazolás
audit-step-policy-change = Szabályzat módosítva
audit-step-admin-clear-blocks = Rendszergazda törölte a tiltásokat
audit-step-admin-set-contact = Rendszergazda beállította az elérhetőségi adatokat
audit-step-admin-recovery-code = Helyreállítási kód kiadva
audit-step-directory-sync = Címtár-szinkronizálás
audit-outcome-ok = Sikeres
audit-outcome-fail = Sikertelen
audit-outcome-blocked = Letiltva
audit-outcome-error = Hiba
audit-outcome-rejected = Elutasítva
audit-outcome-ineligible = Nem jogosult
audit-outcome-dismissed = Elhalasztva
audit-client-browser = Böngésző
audit-client-sign-in-screen = Bejelentkezési képernyő
audit-client-app = Alkalmazás

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Be
admin-value-off = Ki
admin-value-empty = (üres)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Legutóbbi jelszóvisszaírás (vagy fiókzárolás-feloldás) a címtárban

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Jelszó visszaállítva
done-title-unlock = Fiók zárolása feloldva
admin-f-sign-in-url = A szervezete bejelentkezési lapja
admin-f-sign-in-url-hint = Ahová a visszaállítás utolsó lapján lévő gomb vezet, például https://login.contoso.com. Ha üresen hagyja, ennek a portálnak az alapértelmezett beállítása érvényes.
policy-err-sign-in-url = A bejelentkezési lapot https:// kezdetű webcímként adja meg.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Előre megadott biztonsági kérdések, amelyek közül a felhasználók választhatnak
admin-key-predefined-questions = előre megadott biztonsági kérdések
policy-err-too-few-questions = Legalább annyi biztonsági kérdést kínáljon fel (előre megadottat és sajátot), amennyit a felhasználóknak regisztrálniuk kell.
