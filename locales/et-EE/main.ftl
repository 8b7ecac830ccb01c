# sspr, et-EE. Every key here must exist in every locale (tested) and be used in code (tested).

## Raamistik ja üldised tekstid
app-name = Iseteeninduslik parooli lähtestamine
reset-title = Taasta juurdepääs oma kontole
skip-to-content = Liigu põhisisu juurde
lang-switch-label = Keel
next = Edasi
back-to-start = Alusta uuesti
retry = Proovi uuesti
something-wrong = Midagi läks valesti. Proovi hiljem uuesti.
not-found = Seda lehte pole olemas.
working = Töötlemine…

## Sisenemine (E2)
entry-intro = Konto taastamiseks sisesta kõigepealt oma kasutaja ID ja vastus allolevale küsimusele.
userid-label = Kasutaja ID
userid-hint = Näide: { $example }
captcha-legend = Tõenda, et sa pole robot
captcha-nojs = Pärast nupu Edasi valimist kontrollitakse sinu brauserit mõni sekund (vähemalt { $seconds } s). Sul pole vaja midagi muud teha.
captcha-working = Brauseri kontrollimine…
captcha-done = Valmis. Võid jätkata.

## Võta ühendust administraatoriga (E3, E5, P9, K1)
contact-title = Võta ühendust administraatoriga
contact-reason-consumer = Isiklikud kontod ei saa seda portaali kasutada. Kasuta selle asemel oma meiliteenuse pakkuja taastamisvõimalusi.
contact-reason-unavailable = Seda kontot ei saa siin lähtestada. Võimalik, et kontot pole olemas või see on keelatud.
contact-reason-not-enabled = Selle konto jaoks pole iseteeninduslik parooli lähtestamine lubatud.
contact-reason-not-registered = Sellel kontol pole parooli lähtestamiseks piisavalt turbeteavet registreeritud.
contact-reason-admin-not-registered = Administraatorikontol peab parooli lähtestamiseks olema registreeritud kaks meetodit (meil, mobiiltelefon, töötelefon või autentimisrakendus).
contact-reason-writeback-off = Selle konto parooli hallatakse kohapeal ja seda ei saa siin lähtestada.
contact-also-intro = See võib juhtuda ka siis, kui:
contact-also-consumer = konto on tavakasutajatele mõeldud meiliteenuse isiklik konto
contact-also-unavailable = kasutaja ID on valesti sisestatud või kontot pole olemas või see on välja lülitatud
contact-also-not-enabled = konto jaoks pole iseteeninduslik parooli lähtestamine lubatud
contact-also-not-registered = kontol pole piisavalt turbeteavet registreeritud (kui saad sisse logida, näitab turbeteabe leht, mis puudu on)
contact-also-admin-not-registered = administraatorikontol pole kahte meetodit registreeritud
contact-also-writeback-off = parooli haldab sinu organisatsiooni enda kataloog
contact-helpdesk-link = Võta ühendust kasutajatoega
contact-helpdesk-email = Kirjuta kasutajatoele: { $email }
contact-no-helpdesk = Küsi abi oma organisatsiooni administraatorilt.
contact-request-button = Palu administraatoritel minu parool lähtestada
contact-request-sent = Sinu taotlus saadeti administraatoritele.

## Probleemi valik
choose-title = Miks sul on sisselogimisega probleeme?
choose-forgot = Unustasin parooli
choose-forgot-hint = Pole hullu, aitame sul selle registreeritud turbeteabe abil lähtestada.
choose-unlock = Tean oma parooli, aga ei saa ikka sisse logida
choose-unlock-hint = See võib juhtuda, kui oled liiga palju kordi vale parooliga sisse logida proovinud.

## Kinnitamine (V1..V6)
verify-title = Kinnita oma isik
verify-step = Kinnitamise etapp { $current }/{ $required }
verify-pick = Vali kontaktimeetod, mida peaksime kinnitamiseks kasutama:
verify-passed = Kinnitatud
option-email = Saada meil minu alternatiivsele aadressile { $masked }
option-sms = Saada SMS minu mobiiltelefonile { $masked }
option-voice = Helista minu mobiiltelefonile { $masked }
option-office = Helista minu töötelefonile { $masked }
option-app = Sisestan koodi oma autentimisrakendusest
option-software_oath = Sisestan koodi oma tarkvaralubast
option-hardware_oath = Sisestan koodi oma riistvaralubast
option-questions = Vastan oma turbeküsimustele
pending-email = Saatsime kinnituskoodiga meili aadressile { $masked }.
pending-sms = Saatsime kinnituskoodiga SMS-i numbrile { $masked }.
pending-voice = Helistame numbrile { $masked }. Kuula kinnituskoodi.
pending-totp = Sisesta rakenduses või loal kuvatav kood.
code-label = Kinnituskood
questions-legend = Vasta oma turbeküsimustele
verify-button = Kinnita

## Uus parool (N1, N2)
password-title = Vali uus parool
password-label = Uus parool
confirm-label = Kinnita uus parool
password-rules = Parool peab:
pw-rule-length = olema vähemalt { $min } märki pikk
pw-rule-max-length = olema kuni { $max } märki pikk
pw-rule-classes = sisaldama kolme järgmistest: väiketähed, suurtähed, numbrid, sümbolid
pw-rule-banned = mitte olema levinud ega keelatud parool
pw-rule-name = mitte sisaldama sinu nime
pw-rule-match = ühtima kinnitusega
pw-rule-classes-ad = sisaldama kolme järgmistest: väiketähed, suurtähed, numbrid, sümbolid, tähesuuruseta tähed (nt kana)
pw-rule-name-ad = mitte sisaldama sinu kontonime ega ühtegi vähemalt 3-märgilist osa sinu nimest
pw-dir-heading = Sinu organisatsiooni kataloog kontrollib saatmisel ka, et parool:
pw-dir-history = { $n ->
    [one] ei ole sinu praegune parool
   *[other] ei ole ükski sinu viimasest { $n } paroolist
}
pw-dir-min-age = { $n ->
    [one] määratakse vähemalt päev pärast viimast paroolivahetust
   *[other] määratakse vähemalt { $n } päeva pärast viimast paroolivahetust
}
pw-dir-module = vastab sinu organisatsiooni muudele kvaliteedireeglitele
pw-rule-ok = täidetud
pw-rule-not-ok = täitmata
finish = Lõpeta

## Valmis
done-reset = Sinu parool on lähtestatud.
done-unlock = Sinu konto on avatud.
done-sign-in = Logi oma kontoga sisse

## Tõrked (vood)
err-no-flow = Sinu seanss on aegunud. Alusta uuesti.
err-captcha = Kontroll, et sa pole robot, on aegunud või juba kasutatud. Proovi uuesti.
err-wrong-step = See etapp pole enam saadaval. Jätka siit.
err-unknown-option = Vali üks loetletud meetoditest.
err-code-wrong = See kood ei sobinud. Kontrolli seda ja proovi uuesti.
err-code-expired = See kood on aegunud. Saada uus.
err-code-used = Seda koodi on juba kasutatud. Jätka siit.
err-blocked = Oled proovinud liiga palju kordi. Proovi uuesti pärast { $until }.
err-email-limit = Oleme saatnud liiga palju koode. Proovi uuesti pärast { $until } või kasuta muud meetodit.
err-answers-wrong = Üks või mitu vastust olid valed. Siin on uus küsimustekomplekt.
err-password = Parool ei vasta allolevatele nõuetele.
err-delivery = Me ei saanud sõnumit praegu saata. Proovi hiljem uuesti või kasuta muud meetodit.
err-admin-request-limit = Oled juba mitu taotlust saatnud. Administraatorid võtavad sinuga ühendust.
err-internal = Midagi läks valesti. Proovi hiljem uuesti.
userid-err-empty = Sisesta oma kasutaja ID.
userid-err-shape = Sisesta kasutaja ID kujul nimi@domeen, näiteks { $example }.
userid-err-too-long = See kasutaja ID on liiga pikk.

## Sõnumid (meil, SMS, kõne)
msg-code-subject = { $org } konto kinnituskood
msg-code-email = Kasuta oma konto kinnitamiseks järgmist koodi: { $code }. Kood kehtib { $minutes ->
    [one] ühe minuti
   *[other] { $minutes } minuti
} jooksul. Kui sa seda ei taotlenud, eira seda meili.
msg-code-sms = Kasuta { $org } parooli lähtestamiseks kinnituskoodi { $code }.
msg-code-voice = Sinu kinnituskood on { $code }. Kordan, sinu kood on { $code }.
msg-reset-subject = Sinu parool lähtestati
msg-reset-body = Kasutaja { $user } parool lähtestati just iseteenindusliku parooli lähtestamise kaudu. Kui see polnud sina, võta kohe ühendust administraatoriga.
msg-method-added-subject = Sinu kontole lisati turbeteavet
msg-method-added-body = Kasutaja { $user } turbeteabesse lisati meetod { $method }. Kui see polnud sina, logi sisse, eemalda see, muuda parooli ja võta ühendust administraatoriga.
msg-method-removed-subject = Sinu kontolt eemaldati turbeteavet
msg-method-removed-body = Kasutaja { $user } turbeteabest eemaldati meetod { $method }. Kui see polnud sina, logi sisse, kontrolli oma turbeteavet, muuda parooli ja võta ühendust administraatoriga.
msg-admin-reset-subject = Administraator lähtestas oma parooli
msg-admin-reset-body = Administraator { $user } lähtestas oma parooli iseteenindusliku parooli lähtestamise kaudu.
msg-admin-request-subject = Parooli lähtestamise taotlus
msg-admin-request-body = Kasutaja { $user } ei saa oma parooli iseteeninduse kaudu lähtestada ja palub administraatorilt abi.

## Arenduse väljundkast (ainult demorežiimis)
outbox-title = Väljundkast (demo)
outbox-intro = Demorežiim: portaali saadetud sõnumeid ei edastata, vaid need kirjutatakse siia. Uusimad eespool.
outbox-empty = Sõnumeid veel pole.
outbox-to = Adressaat
demo-outbox-link = Demorežiim: loe sõnumit väljundkastis (avaneb uuel vahekaardil)
outbox-channel = Kanal

## Poliitika tagasilükkamised (P12, kasutavad administraatori tööriistad)
policy-err-scope-without-groups = Vali valitud rühmade ulatuse jaoks vähemalt üks rühm.
policy-err-methods-required = Nõutavate meetodite arv peab olema 1 või 2.
policy-err-too-few-methods = Luba vähemalt nii palju meetodeid, kui on nõutud.
policy-err-office-phone-paid = Töötelefon on saadaval ainult tasulistele rentnikele.
policy-err-questions-register = Kasutajad peavad registreerima 3 kuni 5 turbeküsimust.
policy-err-questions-ask = Küsida tuleb 3 kuni 5 turbeküsimust.
policy-err-questions-ask-exceeds = Küsimusi ei saa küsida rohkem, kui kasutajad registreerivad.
policy-err-reconfirm-days = Uuesti kinnitamise periood peab olema 0 kuni 730 päeva.
policy-err-app-needs-more = Kui mobiilirakendus on lubatud, luba lisaks sellele piisavalt muid meetodeid.
policy-err-app-notification-alone = Kui nõutakse üht meetodit, ei lähe rakenduse teatis üksi arvesse.
policy-err-password-length = Parooli pikkus peab olema 8 kuni 256 märki.
policy-err-banned-terms = Kohandatud keelatud termineid võib olla kuni 1000.
policy-err-sms-sender = SMS-i saatja peab olema kuni 11 tähest ja numbrist koosnev nimi või telefoninumber, näiteks +15017122661.
phone-err-country-code = Alusta numbrit märgiga + ja riigikoodiga.
phone-err-characters = Kasuta ainult numbreid, tühikuid ja sidekriipse.
phone-err-length = See number on liiga lühike või liiga pikk.
policy-err-custom-question = Kohandatud turbeküsimused peavad olema 1 kuni 200 märki pikad ja kõik erinevad.
policy-err-brand-accent = Brändi värv peab olema kujul #rrggbb ja piisavalt tume, et valge tekst oleks loetav (kontrastsus vähemalt 4,5:1).
policy-err-brand-logo = Logo peab olema selle portaali fail (nt /brand/logo.svg) või manustatud pilt.
policy-err-sign-in-domain = Sisselogimisdomeen peab olema domeeninimi, näiteks contoso.com.

## Sisselogimine ja minu konto (G1, N4)
entry-signin-link = Logi sisse, et oma turbeteavet hallata
signin-title = Logi sisse
signin-intro = Logi sisse, et oma turbeteavet vaadata ja värskendada või parooli muuta.
signin-password-label = Parool
signin-button = Logi sisse
signin-cant-access = Ei pääse oma kontole juurde?
signin-signed-out = Oled välja logitud.
signout-button = Logi välja
account-title = Minu konto
account-signed-in-as = Sisse logitud kasutajana { $name } ({ $upn })
account-reset-attempts = Keegi üritas sinu parooli lähtestada, kuid kinnitamine ebaõnnestus { $count ->
    [one] üks kord
   *[other] { $count } korda
}, viimati { $when }. Kui see polnud sina, on sinu parool muutmata; veendu, et turbeteave kuulub sulle, ja teavita administraatorit.
account-cannot-reset = Sa ei saa veel oma parooli ise lähtestada.
account-security-info = Turbeteave
account-change-password = Muuda parooli
err-no-session = Sa pole sisse logitud või sinu seanss on lõppenud. Logi uuesti sisse.
err-credentials = Kasutaja ID või parool on vale.
err-locked-out = Sinu konto on volitamata kasutamise vältimiseks ajutiselt lukustatud. Proovi uuesti pärast { $until }.
err-account-locked = Sinu konto on lukus. Selle avamiseks kasuta linki „Ei pääse oma kontole juurde?“.
err-not-allowed = Seda meetodit ei saa sinu konto puhul kasutada.
err-current-password = Praegune parool on vale.
err-on-premises = Sinu parooli haldab sinu organisatsiooni kataloog. Muuda seda seal.
err-too-many = Sinu võrgust on tehtud liiga palju katseid. Proovi uuesti pärast { $until }.
err-resend-wait = Saatsime sulle just selle meetodiga koodi. Enne uue küsimist oota kuni { $until } või kasuta muud meetodit.
err-messages-paused = Me ei saa praegu rohkem koode saata. Proovi uuesti pärast { $until } või kasuta meetodit, mis ei vaja sõnumit, näiteks autentimisrakendust või turbeküsimusi.
err-phone-country = Sinu organisatsioon ei saada koode selle riigi telefoninumbritele. Kasuta muud numbrit või meetodit.
err-busy = Teenus on praegu hõivatud. Oota veidi ja proovi uuesti.
cancel = Loobu
save = Salvesta

## Turbeteave (G2..G7, C1)
setup-title = Turbeteave
setup-intro = Need on meetodid, millega tõendad parooli lähtestamisel oma isikut.
setup-progress-ok = Saad oma parooli lähtestada: { $required } nõutavast meetodist on seadistatud { $have }.
setup-progress-short = { $required } nõutavast meetodist on seadistatud { $have }. Parooli lähtestamiseks lisa veel meetodeid.
setup-methods-heading = Sinu meetodid
setup-none = Sa pole veel ühtegi meetodit seadistanud.
setup-add-heading = Lisa meetod
setup-change = Muuda
setup-change-label = Muuda: { $what }
setup-delete = Kustuta
setup-delete-label = Kustuta: { $what }
setup-from-directory = (sinu organisatsiooni kataloogist)
setup-done-added = Meetod lisati.
setup-done-deleted = Meetod kustutati.
setup-back = Tagasi turbeteabe juurde
setup-not-available = See meetod pole sinu konto jaoks saadaval.
method-app = Autentimisrakendus
method-software = OATH-tarkvaraluba
method-hardware = Riistvaraluba
method-phone = Telefon
method-office = Töötelefon
method-email = Meil
method-questions = Turbeküsimused
method-questions-detail = { $count ->
    [one] { $count } küsimus
   *[other] { $count } küsimust
}
add-app = Lisa autentimisrakendus
add-software = Lisa OATH-tarkvaraluba
add-hardware = Aktiveeri riistvaraluba
add-phone = Lisa või muuda telefoni
add-office = Lisa või muuda töötelefoni
add-email = Lisa või muuda meiliaadressi
add-questions = Seadista turbeküsimused
setup-email-label = Meiliaadress
setup-email-hint = Kasuta muud aadressi kui töökonto oma. Saadame sellele koodi.
setup-phone-label = Telefoninumber
setup-office-label = Töötelefoni number
setup-phone-hint = Lisa + ja riigikood, näiteks +372 5123 4567.
setup-phone-channel = Kuidas peaksime koodi saatma?
setup-phone-sms = Saada mulle kood SMS-iga
setup-phone-voice = Helista mulle
setup-app-intro = Installi telefoni autentimisrakendus ja vali siis Edasi, et näha skannitavat QR-koodi.
setup-software-intro = Vali Edasi, et saada oma tarkvaraloa salavõti.
setup-app-step-scan = Skanni QR-kood rakendusega või sisesta allolev salavõti.
setup-app-step-code = Sisesta rakenduses kuvatav 6-kohaline kood.
setup-app-qr-alt = QR-kood sinu autentimisrakenduse jaoks
setup-app-secret = Salavõti:
setup-hardware-intro = Vali loale trükitud seerianumber ja sisesta loal kuvatav kood.
setup-hardware-serial = Seerianumber
setup-questions-intro = Vali { $count ->
    [one] üks küsimus
   *[other] { $count } erinevat küsimust
} ja vasta igale (3–40 märki, kaks vastust ei tohi olla samad).
setup-question-label = Küsimus { $n }
setup-answer-label = Vastus { $n }
setup-err-email-shape = Sisesta meiliaadress, näiteks someone@example.com.
setup-err-email-same = Kasuta muud aadressi kui töökonto oma.
setup-err-phone = See telefoninumber ei tundu õige.
setup-err-questions = Sinu turbeküsimusi ei salvestatud.
setup-err-questions-count = Vasta igale küsimusele.
setup-err-questions-unknown = Vali küsimused loendist.
setup-err-questions-duplicate = Vali igale väljale erinev küsimus.
setup-err-answer-length = Vastused peavad olema 3 kuni 40 märki pikad.
setup-err-answer-duplicate = Anna igale küsimusele erinev vastus.
setup-err-too-many-apps = Sul on juba maksimaalne arv autentimisrakendusi. Kustuta esmalt üks.
setup-err-token-unknown = See luba pole sulle määratud või on juba aktiivne.
protect-title = Aita meil oma kontot kaitsta
protect-intro = Sinu organisatsioon vajab rohkem teavet, et hoida sinu konto turvalisena ja võimaldada sul parooli ise lähtestada.
protect-skip = Jäta praegu vahele
confirm-title = Kas sinu turbeteave on endiselt õige?
confirm-intro = Kontrolli meetodeid, mida kasutad parooli lähtestamiseks. Kinnita need või muuda neid, kui midagi on muutunud.
confirm-looks-good = Kõik on õige
confirm-edit = Muuda turbeteavet
confirm-done = Aitäh! Sinu turbeteave on kinnitatud.
change-title = Muuda parooli
change-current-label = Praegune parool
change-button = Muuda parooli
change-done = Sinu parool on muudetud.

## Turbeküsimused (G6, eelmääratud loend)
sq-first-pet = Mis oli sinu esimese lemmiklooma nimi?
sq-birth-city = Mis linnas sa sündisid?
sq-first-school = Mis oli sinu esimese kooli nimi?
sq-childhood-friend = Mis on sinu lapsepõlve parima sõbra eesnimi?
sq-first-job-city = Mis linnas oli sinu esimene töökoht?
sq-grandparent-name = Mis on sinu vanima vanavanema eesnimi?
sq-first-concert = Mis oli esimene kontsert, kus sa käisid?
sq-childhood-street = Mis tänaval sa lapsena elasid?
sq-favourite-teacher = Mis oli sinu lemmikõpetaja perekonnanimi?
sq-first-car = Mis oli sinu esimese auto mark ja mudel?

## Teatised seotud seadmes (V4)
option-push = Kiidan heaks teatise oma seadmes
pending-push = Saatsime sinu seadmesse teatise. Ava see ja sisesta see number:
pending-push-then = Seejärel vali siin Jätka.
push-continue = Jätka
err-push-pending = Teatisele pole veel vastatud. Vasta sellele oma seadmes ja vali siis Jätka.
err-push-denied = Teatis lükati tagasi või number ei ühtinud. Uuesti proovimiseks vali meetod.
method-notification = Teatised minu seadmes
add-notification = Lisa teatiste jaoks seade
setup-device-intro = Kasuta oma telefoni taotluste heakskiitmise seadmena: sidumiskoodi saamiseks vali Edasi.
setup-device-step-open = Ava oma telefonis seadme leht:
setup-device-link = ava seadme leht
setup-device-step-code = Sisesta seal see sidumiskood:
setup-device-then = Kui seadme leht näitab, et seade on seotud, tule siia tagasi.
setup-device-done = Valmis
device-title = Sinu seade
device-intro = Sellel lehel kiidetakse heaks sinu konto sisselogimis- ja parooli lähtestamise taotlused. Lisa see avakuvale, et see oleks alati käepärast.
device-paired = See seade on seotud. Kui sul palutakse taotlus heaks kiita, kontrolli taotlusi.
device-pair-failed = See sidumiskood ei sobinud. Hangi oma turbeteabest uus.
device-approved = Heaks kiidetud. Võid naasta teisele kuvale.
device-denied = Tagasi lükatud. Midagi ei kiidetud heaks.
device-no-request = Ootel taotlusi pole.
device-request = %org% palub kinnitada, et see oled sina (%upn%).
device-request-title = Kas kiita see taotlus heaks?
device-pair-code = Sidumiskood
device-name = Selle seadme nimi
device-name-default = Minu telefon
device-pair-button = Seo see seade
device-check = Kontrolli taotlusi
device-number = Teisel kuval kuvatav number
device-approve = Kiida heaks
device-deny = Lükka tagasi
device-needs-js = See leht vajab oma võtme hoidmiseks ja heakskiitude allkirjastamiseks JavaScripti.

## Sisselogimine, teine samm (G1)
check-title = Kinnita oma isik
check-intro = Sinu kontol on turbeteave, seega vajame enne selle vaatamist või muutmist teist kontrolli.

## Kohapealne kataloog (P10, P11)
err-directory-policy = Sinu organisatsiooni kataloog ei aktsepteerinud seda parooli. See võib olla varem kasutatud või rikkuda mõnda kataloogi enda reeglit; proovi muud parooli.
err-directory = Me ei saanud sinu organisatsiooni kataloogiga ühendust. Midagi ei muudetud; proovi hetke pärast uuesti.

## Issue 10: vormi postitus, millest puudub väli
err-form-incomplete = Vorm saabus puudulikuna. Täida kõik väljad ja proovi uuesti.

## Issue 11: etappide edenemine, pealkirjad, bränding, uuesti saatmine, meetodi kustutamine, kellaajad
progress-label = Edenemine
progress-step = Etapp { $current }/{ $total }
step-userid = Kasutaja ID
step-verify = Kinnitamine
step-password = Uus parool
step-done = Valmis
resend-code = Saada kood uuesti
resend-in = Uue koodi saad küsida { $seconds ->
    [one] ühe sekundi
   *[other] { $seconds } sekundi
} pärast.
helpdesk-contact = Vajad abi? Võta ühendust kasutajatoega: { $contact }
brand-logo-alt = { $org }
setup-add-method = Lisa meetod
setup-delete-title = Kas kustutada see meetod?
setup-delete-confirm = Meetod { $what } eemaldatakse sinu turbeteabest.
setup-delete-last-warning = Seda meetodit on vaja parooli lähtestamiseks. Ilma selleta ei saa sa parooli ise lähtestada enne, kui lisad muu meetodi.
setup-delete-confirm-button = Jah, kustuta
setup-app-open-link = Ava selle telefoni autentimisrakenduses
setup-app-secret-grouped = Salavõti neljaste rühmadena:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year } { $hour }:{ $minute } ({ $zone })
time-am = e.l.
time-pm = p.l.
