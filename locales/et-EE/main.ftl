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

# Ülesanne 12: administraatori konsool. Lehtede pealkirjad järgivad Entra parooli lähtestamise lehti.
account-admin-console = Administraatori konsool
admin-title = Administraatori konsool
admin-sign-in = Konsooli avamiseks logi sisse oma administraatorikontoga.
admin-not-admin = See konsool on administraatoritele. Sinu kontol pole ühtegi administraatorirolli.
admin-second-step = Konsool nõuab teist sisselogimisetappi. Lisa oma turbeteabesse telefon või autentimisrakendus, seejärel logi välja ja uuesti sisse.
admin-go-setup = Ava oma turbeteave
admin-go-account = Tagasi minu konto juurde
admin-back = Tagasi konsooli
admin-tenant = Organisatsioon: { $name }
admin-signed-in-as = Sisse logitud kasutajana { $name }, rollid: { $roles }
admin-policy-heading = Parooli lähtestamise poliitika
admin-readonly = Sinu rollid lubavad sul kasutajaid aidata, kuid mitte parooli lähtestamise poliitikat muuta. Seda saab muuta globaalne administraator või autentimispoliitika administraator.
admin-draft-pending = Lehe „{ $page }“ muudatus ootab sinu ülevaatust.
admin-draft-open = Ava muudatus
admin-draft-elsewhere = Lehe „{ $page }“ muudatus ootab ülevaatust. Kui vaatad selle lehe üle, asendatakse see.
admin-saved = Salvestatud muudatusena { $id }.
admin-discarded = Muudatusest loobuti. Midagi ei salvestatud.
admin-blade-properties = Atribuudid
admin-blade-methods = Autentimismeetodid
admin-blade-registration = Registreerimine
admin-blade-notifications = Teatised
admin-blade-customization = Kohandamine
admin-blade-on-premises = Kohapealne integratsioon
admin-blade-administrators = Administraatorite poliitika
admin-f-scope = Iseteeninduslik parooli lähtestamine on lubatud
admin-scope-none = Mitte kellelegi
admin-scope-selected = Valitud rühmadele
admin-scope-all = Kõigile kasutajatele
admin-f-groups = Rühmad
admin-f-groups-hint = Märgi rühmad, mille jaoks iseteeninduslik parooli lähtestamine on lubatud, või sisesta muude rühmade nimed komadega eraldatult. Kasutatakse, kui valik on „Valitud rühmadele“.
admin-f-methods-required = Lähtestamiseks nõutavate meetodite arv
admin-f-methods-required-hint = 1 või 2.
admin-f-methods = Kasutajatele saadaolevad meetodid
admin-f-questions-to-register = Registreerimiseks nõutavate turbeküsimuste arv
admin-f-questions-to-ask = Lähtestamiseks nõutavate turbeküsimuste arv
admin-f-custom-questions = Sinu organisatsiooni enda turbeküsimused
admin-f-custom-questions-hint = Üks küsimus rea kohta; neid pakutakse eelmääratud küsimuste kõrval.
admin-f-require-registration = Nõua kasutajatelt sisselogimisel registreerimist
admin-f-reconfirm-days = Päevade arv, mille järel palutakse kasutajatel oma autentimisteave uuesti kinnitada
admin-f-reconfirm-days-hint = 0 kuni 730; 0 puhul ei küsita kunagi.
admin-f-notify-users = Teavita kasutajaid parooli lähtestamisest
admin-f-notify-admins = Teavita kõiki administraatoreid, kui teised administraatorid oma parooli lähtestavad
admin-f-helpdesk = Kasutajatoe link
admin-f-helpdesk-hint = Meiliaadress või veebiaadress, mis algab https://. Kui jätad selle tühjaks, linki ei kuvata.
admin-f-logo = Logo
admin-f-logo-hint = Fail selles portaalis, näiteks /brand/logo.svg. Kui jätad selle tühjaks, kuvatakse ainult nimi.
admin-f-accent = Rõhuvärv
admin-f-accent-hint = Kujul #rrggbb ja piisavalt tume valge teksti jaoks.
admin-f-sign-in-domain = Sisselogimisvihje domeen
admin-f-sign-in-domain-hint = Kuvatakse kasutaja ID näites, näiteks contoso.com.
admin-f-writeback = Kirjuta paroolid tagasi oma kohapealsesse kataloogi
admin-f-allow-unlock = Luba kasutajatel kontod avada ilma parooli lähtestamata
admin-f-admin-sspr = Luba administraatoritel oma parool ise lähtestada
admin-f-admin-sspr-hint = Administraatorid vajavad alati kahte meetodit: meili või telefoni ja veel ühte.
admin-review-button = Vaata muudatus üle
admin-errors-heading = Seda muudatust ei saa salvestada:
admin-live-ok = Selle muudatuse saab salvestada.
admin-err-number = Sisesta täisarv.
admin-err-helpdesk = Sisesta meiliaadress või veebiaadress, mis algab https://.
admin-err-forbidden = Sinu rollid ei luba parooli lähtestamise poliitikat muuta.
admin-err-no-draft = Ükski muudatus ei oota ülevaatust.
admin-err-no-change = Seda muudatust pole ajaloos.
admin-err-refused = See muudatus rikub poliitika reeglit. Muuda seda ja vaata see uuesti üle.
admin-review-title = Muudatuse ülevaatus
admin-review-page = Leht: { $page }
admin-changes = Muudab: { $keys }
admin-no-change = See ei muuda midagi.
admin-impact-heading = Kes saavad oma parooli lähtestada
admin-impact-summary = Praegu saab oma parooli lähtestada { $before } kasutajat (kokku { $users }); pärast seda muudatust saaks { $after }.
admin-stranded-none = Keegi ei kaota võimalust oma parooli lähtestada.
admin-stranded = { $count ->
    [one] Üks kasutaja sai varem parooli lähtestada, kuid pärast muudatust enam ei saa:
   *[other] { $count } kasutajat sai varem parooli lähtestada, kuid pärast muudatust enam ei saa:
}
admin-stranded-hint = Palu neil enne salvestamist oma turbeteabe lehel rohkem meetodeid registreerida, muidu peavad nad kasutajatoele helistama.
admin-gained = { $count ->
    [one] Üks kasutaja ei saanud varem parooli lähtestada, kuid pärast muudatust saab:
   *[other] { $count } kasutajat ei saanud varem parooli lähtestada, kuid pärast muudatust saab:
}
admin-export-csv = Laadi loend alla (CSV)
admin-save = Salvesta
admin-discard = Hülga
admin-edit-again = Muuda uuesti
admin-history-title = Muudatuste ajalugu
admin-history-empty = Muudatusi pole veel salvestatud.
admin-history-change = Muudatus
admin-history-when = Millal
admin-history-who = Administraator
admin-history-what = Muudetud sätted
admin-revert = Võta tagasi
admin-revert-label = Võta muudatus { $id } tagasi
admin-reverts = võtab muudatuse { $id } tagasi
admin-reverted = Muudatus { $id } võeti tagasi. Sätted, mille see asendas, kehtivad taas.
admin-key-scope = kes tohivad lähtestada
admin-key-admin-sspr = administraatorite lähtestamine
admin-key-methods-required = nõutavad meetodid
admin-key-methods = saadaolevad meetodid
admin-key-questions-to-register = registreerimisküsimused
admin-key-questions-to-ask = lähtestamisküsimused
admin-key-custom-questions = omaenda turbeküsimused
admin-key-require-registration = kohustuslik registreerimine
admin-key-reconfirm-days = uuesti kinnitamise päevad
admin-key-notify-users = kasutajate teatised
admin-key-notify-admins = administraatorite teatised
admin-key-helpdesk = kasutajatoe link
admin-key-branding = brändimine
admin-key-writeback = parooli tagasikirjutus
admin-key-allow-unlock = konto avamine
admin-key-password = paroolireeglid
admin-key-phone-countries = telefoninumbrite riigid
admin-key-sms-sender = SMS-i saatja

# Ülesanne 12: konsooli aruanded (A2).
admin-reports-title = Aruanded
admin-reports-link = Registreerimised, lähtestamised, tõrked ja kes ei saa lähtestada
admin-reports-period = Viimased { $days } päeva alates { $since } (UTC).
admin-reports-chart = Alloleva tabeli diagramm
admin-reports-by-day = Registreerimised, lähtestamised ja avamised päevade kaupa
admin-col-day = Päev
admin-col-registrations = Registreerimised
admin-col-resets = Lähtestamised
admin-col-unlocks = Avamised
admin-col-user = Kasutaja
admin-reports-funnel = Kui kaugele lähtestamiskatsed jõudsid
admin-reports-funnel-hint = Iga katse algab kasutaja ID-ga. Kus arvud langevad, seal kasutajad loobuvad.
admin-col-step = Samm
admin-col-attempts = Katsed
admin-funnel-started = Alustatud
admin-funnel-eligible = Lähtestamine lubatud
admin-funnel-verified-one = Üks meetod kinnitatud
admin-funnel-verified-two = Teine meetod kinnitatud
admin-funnel-password-set = Uus parool määratud või konto avatud
admin-reports-failures = Tõrked põhjuse järgi
admin-col-reason = Põhjus
admin-col-count = Arv
admin-reports-none = Selles perioodis pole midagi.
admin-reports-methods = Lähtestamiseks või avamiseks kasutatud meetodid
admin-col-method = Meetod
admin-reports-cannot = Kes ei saa lähtestada
admin-reports-can = Praegu saab oma parooli lähtestada { $can } kasutajat (kokku { $users }).
admin-reports-short = { $count ->
    [one] Üks kasutaja ei saa meetodite puudumise tõttu lähtestada:
   *[other] { $count } kasutajat ei saa meetodite puudumise tõttu lähtestada:
}
# Ülesanne 12: konsooli kasutajate leht (D1, D3).
admin-users-title = Kasutajad
admin-users-link = Otsi kasutajat: tema meetodid, blokeeringud ja kontaktteave
admin-users-lookup-label = Kasutaja ID
admin-users-lookup = Otsi
admin-err-no-user = Sinu organisatsioonis pole selle ID-ga kasutajat.
admin-err-protected = See kasutaja on administraator, kelle haldamiseks sinu rollidest ei piisa. Pöördu globaalse administraatori poole.
admin-err-contact = Sisesta meiliaadress, mis erineb kasutaja enda aadressist, ja telefoninumbrid kujul +<riigikood> <number>.
admin-user-status = Konto
admin-user-enabled = Lubatud
admin-user-disabled = Keelatud
admin-user-locked = kataloogis lukustatud
admin-user-password = Parool
admin-user-cloud = Haldab see portaal
admin-user-onprem = Haldab kohapealne kataloog
admin-user-groups = Rühmad
admin-user-roles = Administraatorirollid
admin-user-none = Puuduvad
admin-user-methods = Kasutaja meetodid
admin-user-reset = Iseteeninduslik parooli lähtestamine
admin-user-can-reset = Saab praegu oma parooli lähtestada.
admin-user-cannot-reset = Ei saa praegu lähtestada:
admin-reason-consumer = isiklik konto, mida see portaal ei teeninda.
admin-reason-unavailable = konto on keelatud.
admin-reason-not-enabled = iseteeninduslik parooli lähtestamine pole tema rühmadele lubatud.
admin-reason-not-registered = poliitika jaoks pole piisavalt meetodeid registreeritud.
admin-reason-admin-not-registered = administraator vajab kahte meetodit, aga tal on vähem.
admin-reason-writeback-off = parooli hallatakse kohapeal ja parooli tagasikirjutus on välja lülitatud.
admin-user-blocks = Blokeeringud
admin-user-no-blocks = Praegu blokeeringuid pole.
admin-user-reset-blocked = Parooli lähtestamine blokeeritud kuni { $until } (liiga palju valesid koode või vastuseid)
admin-user-sends-blocked = Koodid blokeeritud kuni { $until } (liiga palju saadetud)
admin-user-signin-locked = Sisselogimine lukustatud kuni { $until } (liiga palju valesid paroole)
admin-user-clear = Eemalda blokeeringud
admin-user-cleared = Blokeeringud eemaldati.
admin-user-contact = Kontaktteave
admin-user-alternate-email = Alternatiivne meil
admin-user-mobile = Mobiiltelefon
admin-user-office = Töötelefon
admin-user-contact-hint = Telefoninumbrid kujul +<riigikood> <number>. Välja tühjendamiseks jäta see tühjaks.
admin-user-contact-save = Salvesta kontaktteave
admin-user-contact-saved = Kontaktteave salvestati.
admin-user-protected = See kasutaja on administraator, kelle haldamiseks sinu rollidest ei piisa: tema kontaktteavet või blokeeringuid saab muuta ainult globaalne administraator.

# Ülesanne 12: kasutajatoe taastekood ja teated selle kohta, mida administraator muutis.
admin-recovery-heading = Taastekood
admin-recovery-intro = Kasutajale, kes on kaotanud kõik oma meetodid: ühekordne kood, mis kehtib 8 tundi ja millega ta saab ühe korra sisse logida, et uusi meetodeid registreerida. Anna see üle isiklikult või kõne ajal, mille sina algatasid; kasutajat teavitatakse tema meiliaadressidel.
admin-recovery-issue = Väljasta taastekood
admin-recovery-issued = Taastekood väljastati. Seda kuvatakse ainult üks kord.
admin-recovery-code-is = Taastekood:
admin-recovery-until = Taastekood kehtib kuni { $until }.
admin-recovery-hand-over = Loe see kasutajale ette alles siis, kui oled kindel, kes ta on. Seda ei kuvata uuesti.
admin-recovery-done = Valmis, peida kood
recovery-link = Kas said kasutajatoelt taastekoodi?
recovery-title = Logi sisse taastekoodiga
recovery-intro = Kui oled kaotanud kõik oma meetodid, saab kasutajatugi anda sulle ühekordse taastekoodi. Logi sellega sisse ja registreeri siis oma turbeteabe lehel uued meetodid.
recovery-code-label = Taastekood
recovery-code-hint = 16 tähte ja numbrit, näiteks ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Kasutaja ID või taastekood on vale või on koodi juba kasutatud või see on aegunud.
recovery-back = Logi hoopis parooliga sisse
msg-recovery-issued-subject = Sinu kontole väljastati taastekood
msg-recovery-issued-body = Administraator väljastas kasutajale { $user } ühekordse taastekoodi. Kui sa ei palunud kasutajatoelt koodi, võta kohe ühendust administraatoriga.
msg-recovery-used-subject = Keegi logis sisse taastekoodiga
msg-recovery-used-body = Kasutaja { $user } logiti taastekoodiga sisse, et registreerida uus turbeteave. Kui see polnud sina, võta kohe ühendust administraatoriga.
msg-contact-changed-subject = Sinu kontaktteavet muudeti
msg-contact-changed-body = Administraator muutis kasutaja { $user } kontaktteavet (meiliaadressi või telefoninumbrit, mida kasutatakse parooli lähtestamiseks). Kui sa seda ei oodanud, võta kohe ühendust administraatoriga.

# Ülesanne 12: konsooli auditilogi otsing (A1, W2).
admin-audit-title = Auditilogi
admin-audit-link = Otsi auditilogist ja laadi see alla
admin-audit-user = Kasutaja ID
admin-audit-from = Alates (YYYY-MM-DD, UTC)
admin-audit-to = Kuni (YYYY-MM-DD, UTC)
admin-audit-step = Samm
admin-audit-outcome = Tulemus
admin-audit-ip = IP-aadress
admin-audit-client = Kliendi tüüp
admin-audit-any = Kõik
admin-audit-search = Otsi
admin-audit-bad-date = Sisesta kuupäev kujul YYYY-MM-DD, näiteks 2026-11-05.
admin-audit-count = { $count ->
    [one] Otsingule vastab üks kirje.
   *[other] Otsingule vastab { $count } kirjet.
}
admin-audit-capped = Kuvatakse ja laaditakse alla ainult uusimad kirjed; ülejäänute nägemiseks kitsenda otsingut.
admin-audit-pages = Tulemuse lehed
admin-audit-newer = Uuemad kirjed
admin-audit-older = Vanemad kirjed
admin-audit-export-json = Laadi alla JSON-ridadena

# Ülesanne 12: konsooli käituse leht.
admin-ops-title = Käitus
admin-ops-link = Käitus: andmebaas, kataloog ja meilijärjekord praegu
admin-ops-database = Andmebaas
admin-ops-directory = Kohapealne kataloog
admin-ops-no-directory = Pole konfigureeritud
admin-ops-ok = Töötab
admin-ops-down = Ei vasta
admin-ops-on = Sees
admin-ops-off = Väljas
admin-ops-directory-error = Viimane kataloogi tõrge (30 päeva)
admin-ops-mail-waiting = Saatmist ootavad teated
admin-ops-mail-oldest = Vanim teade on oodanud alates
admin-ops-mail-sent = Saadetud teated
admin-ops-mail-failed = Pärast korduskatseid loobutud teated
admin-ops-hashing = Räsimist ootavad paroolid selles sõlmes
admin-ops-version = Versioon
admin-ops-hint = Kontrolliti selle lehe avamisel lehte teenindanud sõlmes. Meiliarvud hõlmavad kogu portaali; ülejäänu leiad aadressilt /metrics.

# Ülesanne 12: P1 rühmavalija ja M2 teade kasutajatele, kes muudatuse järel ei saa enam lähtestada.
admin-f-groups-other = Muud rühmad
admin-f-groups-none = Sellel organisatsioonil pole portaalis veel rühmi: sisesta nende nimed.
admin-notify-stranded = Saada meil kasutajatele, kes ei saa pärast seda muudatust lähtestada, ja palu neil rohkem meetodeid registreerida
msg-register-needed-subject = Registreeri rohkem turbeteavet
msg-register-needed-body = Sinu organisatsioon nõuab nüüd enne parooli lähtestamist rohkem turbeteavet. Kuni sa pole sisse loginud ja oma turbeteabe lehel meetodeid lisanud, ei saa kasutaja { $user } oma parooli lähtestada ilma kasutajatoele helistamata.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Viimane kataloogi sünkroonimine (sspr directory sync)
admin-ops-sync-counts = kirjutatud muudatused: { $changes }; tagasi lükatud väärtused: { $refused }; organisatsioonita kasutajad: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Tõlge kirjutatakse oma küsimuse alla eraldi reale keelesildi, kooloni ja tekstina (näiteks ja-JP: …) ning selle pikkus on 1 kuni 200 märki.
admin-err-translation-first = Kirjuta kõigepealt küsimus ja seejärel selle tõlked selle all olevatele ridadele.
admin-f-question-translations-hint = Küsimuse kuvamiseks mõnes muus keeles lisa selle alla rida keelesildi, kooloni ja tõlkega, näiteks „ja-JP: 事務所の植物の名前は？“. Kasutajad, kelle keele jaoks tõlget pole, näevad küsimust nii, nagu see on kirjutatud.
admin-f-recovery-code-resets = Kasutajatoe taastekood võib ka kasutaja parooli ühe korra lähtestada
admin-key-recovery-code-resets = paroole lähtestavad taastekoodid
recovery-reset-hint = Kui sinu organisatsioon seda lubab, saab koodiga selle asemel ühe korra oma parooli lähtestada.
recovery-reset-button = Lähtesta minu parool
recovery-no-reset = Sinu organisatsioon lubab taastekoodiga ainult sisse logida. Registreeri siin uued meetodid; seejärel saad nendega oma parooli lähtestada.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Lähtestamine alustatud
audit-step-choose = Lähtestamine või avamine valitud
audit-step-select = Meetod valitud
audit-step-send-code = Kood saadetud
audit-step-verify = Meetod kinnitatud
audit-step-unlock = Konto avatud
audit-step-reset = Parool lähtestatud
audit-step-password = Uus parool sisestatud
audit-step-directory = Kataloogi tagasikirjutus
audit-step-notify = Teatis
audit-step-admin-request = Taotlus administraatoritele
audit-step-signin = Sisselogimine
audit-step-signin-verify = Sisselogimise teine etapp
audit-step-signout = Väljalogimine
audit-step-interrupt = Registreerimisviip sisselogimisel
audit-step-reconfirm = Turbeteave uuesti kinnitatud
audit-step-register = Meetod registreeritud
audit-step-register-send-code = Registreerimiskood saadetud
audit-step-register-pairing = Autentimisrakendus seotud
audit-step-register-verify = Registreerimiskood kontrollitud
audit-step-delete-method = Meetod kustutatud
audit-step-change-password = Parool muudetud
audit-step-delivery = Kättetoimetamise kinnitus
audit-step-policy-change = Poliitika muudetud
audit-step-admin-clear-blocks = Administraator eemaldas blokeeringud
audit-step-admin-set-contact = Administraator määras kontaktteabe
audit-step-admin-recovery-code = Taastekood väljastatud
audit-step-directory-sync = Kataloogi sünkroonimine
audit-outcome-ok = Õnnestus
audit-outcome-fail = Nurjus
audit-outcome-blocked = Blokeeritud
audit-outcome-error = Tõrge
audit-outcome-rejected = Keeldutud
audit-outcome-ineligible = Ei vasta tingimustele
audit-outcome-dismissed = Edasi lükatud
audit-client-browser = Brauser
audit-client-sign-in-screen = Sisselogimiskuva
audit-client-app = Rakendus

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Sees
admin-value-off = Väljas
admin-value-empty = (tühi)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Viimane parooli tagasikirjutus (või konto avamine) kataloogis

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Parool lähtestatud
done-title-unlock = Konto avatud
admin-f-sign-in-url = Sinu organisatsiooni sisselogimisleht
admin-f-sign-in-url-hint = Kuhu viib lähtestamise viimasel lehel olev nupp, näiteks https://login.contoso.com. Kui jätad selle tühjaks, kasutatakse selle portaali vaikesätet.
policy-err-sign-in-url = Sisesta sisselogimisleht veebiaadressina, mis algab https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Eelmääratud turbeküsimused, mille hulgast kasutajad saavad valida
admin-key-predefined-questions = eelmääratud turbeküsimused
policy-err-too-few-questions = Paku vähemalt nii palju turbeküsimusi (eelmääratud ja omaenda), kui palju kasutajad peavad registreerima.
