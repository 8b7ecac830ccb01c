# sspr, lt-LT. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Savitarnos slaptažodžio nustatymas iš naujo
reset-title = Atgaukite prieigą prie paskyros
skip-to-content = Pereiti prie pagrindinio turinio
lang-switch-label = Kalba
next = Pirmyn
back-to-start = Pradėti iš naujo
retry = Bandyti dar kartą
something-wrong = Įvyko klaida. Bandykite dar kartą vėliau.
not-found = Šio puslapio nėra.
working = Apdorojama…

## Entry (E2)
entry-intro = Norėdami atkurti paskyrą, pirmiausia įveskite vartotojo ID ir atsakymą į toliau pateiktą klausimą.
userid-label = Vartotojo ID
userid-hint = Pavyzdys: { $example }
captcha-legend = Įrodykite, kad nesate robotas
captcha-nojs = Pasirinkus „Pirmyn“, naršyklė tikrinama kelias sekundes (bent { $seconds } s). Nieko daugiau daryti nereikia.
captcha-working = Tikrinama naršyklė…
captcha-done = Atlikta. Galite tęsti.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Kreipkitės į administratorių
contact-reason-consumer = Asmeninės paskyros negali naudotis šiuo portalu. Vietoj to naudokite savo el. pašto paslaugų teikėjo atkūrimo parinktis.
contact-reason-unavailable = Šios paskyros čia nustatyti iš naujo negalime. Galbūt jos nėra arba ji išjungta.
contact-reason-not-enabled = Šiai paskyrai neįjungtas savitarnos slaptažodžio nustatymas iš naujo.
contact-reason-not-registered = Šioje paskyroje neužregistruota pakankamai saugos informacijos, kad būtų galima iš naujo nustatyti slaptažodį.
contact-reason-admin-not-registered = Kad būtų galima iš naujo nustatyti slaptažodį, administratorių paskyrose turi būti užregistruoti du būdai (el. paštas, mobilusis telefonas, biuro telefonas arba autentifikavimo programa).
contact-reason-writeback-off = Šios paskyros slaptažodis valdomas vietinėje aplinkoje, todėl čia jo iš naujo nustatyti negalima.
contact-also-intro = Taip pat taip gali nutikti, kai:
contact-also-consumer = paskyra yra asmeninė vartotojams skirto el. pašto paslaugų teikėjo paskyra
contact-also-unavailable = vartotojo ID įvestas su klaida arba paskyros nėra ar ji išjungta
contact-also-not-enabled = paskyrai neįjungtas savitarnos slaptažodžio nustatymas iš naujo
contact-also-not-registered = paskyroje neužregistruota pakankamai saugos informacijos (jei galite prisijungti, saugos informacijos puslapyje matysite, ko trūksta)
contact-also-admin-not-registered = administratoriaus paskyroje neužregistruoti du būdai
contact-also-writeback-off = slaptažodį valdo jūsų organizacijos katalogas
contact-helpdesk-link = Kreipkitės į pagalbos tarnybą
contact-helpdesk-email = Rašykite pagalbos tarnybai: { $email }
contact-no-helpdesk = Pagalbos kreipkitės į savo organizacijos administratorių.
contact-request-button = Paprašyti administratorių iš naujo nustatyti mano slaptažodį
contact-request-sent = Jūsų užklausa išsiųsta administratoriams.

## Trouble choice
choose-title = Kodėl jums nepavyksta prisijungti?
choose-forgot = Pamiršau slaptažodį
choose-forgot-hint = Nesijaudinkite – padėsime jį nustatyti iš naujo naudojant užregistruotą saugos informaciją.
choose-unlock = Žinau slaptažodį, bet vis tiek negaliu prisijungti
choose-unlock-hint = Taip gali nutikti, jei per daug kartų bandėte prisijungti naudodami neteisingą slaptažodį.

## Verification (V1..V6)
verify-title = Patvirtinkite savo tapatybę
verify-step = Patvirtinimo veiksmas { $current } iš { $required }
verify-pick = Pasirinkite, kokiu kontaktiniu būdu turėtume atlikti patvirtinimą:
verify-passed = Patvirtinta
option-email = Siųsti el. laišką mano alternatyviuoju adresu { $masked }
option-sms = Siųsti SMS į mano mobilųjį telefoną { $masked }
option-voice = Skambinti į mano mobilųjį telefoną { $masked }
option-office = Skambinti į mano biuro telefoną { $masked }
option-app = Įvesti kodą iš mano autentifikavimo programos
option-software_oath = Įvesti kodą iš mano programinio atpažinimo ženklo
option-hardware_oath = Įvesti kodą iš mano aparatinio atpažinimo ženklo
option-questions = Atsakyti į mano saugos klausimus
pending-email = Išsiuntėme el. laišką su patvirtinimo kodu adresu { $masked }.
pending-sms = Išsiuntėme SMS su patvirtinimo kodu numeriu { $masked }.
pending-voice = Skambiname numeriu { $masked }. Išklausykite patvirtinimo kodą.
pending-totp = Įveskite programoje arba atpažinimo ženkle rodomą kodą.
code-label = Patvirtinimo kodas
questions-legend = Atsakykite į saugos klausimus
verify-button = Patvirtinti

## New password (N1, N2)
password-title = Pasirinkite naują slaptažodį
password-label = Naujas slaptažodis
confirm-label = Patvirtinkite naują slaptažodį
password-rules = Slaptažodis turi:
pw-rule-length = { $min ->
    [one] būti bent { $min } simbolio ilgio
    [few] būti bent { $min } simbolių ilgio
   *[other] būti bent { $min } simbolių ilgio
}
pw-rule-max-length = { $max ->
    [one] būti daugiausia { $max } simbolio ilgio
    [few] būti daugiausia { $max } simbolių ilgio
   *[other] būti daugiausia { $max } simbolių ilgio
}
pw-rule-classes = apimti tris iš šių simbolių tipų: mažosios raidės, didžiosios raidės, skaitmenys, simboliai
pw-rule-banned = nebūti dažnai naudojamu ar uždraustu slaptažodžiu
pw-rule-name = neapimti jūsų vardo
pw-rule-match = sutapti su patvirtinimu
pw-rule-classes-ad = apimti tris iš šių simbolių tipų: mažosios raidės, didžiosios raidės, skaitmenys, simboliai, raidės be didžiųjų ir mažųjų skirtumo (pvz., kana)
pw-rule-name-ad = neapimti paskyros vardo ar bet kurios 3 ir daugiau simbolių jūsų vardo dalies
pw-dir-heading = Pateikus slaptažodį, jūsų organizacijos katalogas taip pat tikrina šias sąlygas:
pw-dir-history = { $n ->
    [1] tai nėra jūsų dabartinis slaptažodis
    [one] tai nėra nė vienas iš paskutinių { $n } jūsų slaptažodžio
    [few] tai nėra nė vienas iš paskutinių { $n } jūsų slaptažodžių
   *[other] tai nėra nė vienas iš paskutinių { $n } jūsų slaptažodžių
}
pw-dir-min-age = { $n ->
    [1] nuo paskutinio slaptažodžio pakeitimo praėjo bent viena diena
    [one] nuo paskutinio slaptažodžio pakeitimo praėjo bent { $n } diena
    [few] nuo paskutinio slaptažodžio pakeitimo praėjo bent { $n } dienos
   *[other] nuo paskutinio slaptažodžio pakeitimo praėjo bent { $n } dienų
}
pw-dir-module = slaptažodis atitinka kitas jūsų organizacijos kokybės taisykles
pw-rule-ok = įvykdyta
pw-rule-not-ok = neįvykdyta
finish = Baigti

## Done
done-reset = Jūsų slaptažodis nustatytas iš naujo.
done-unlock = Jūsų paskyra atrakinta.
done-sign-in = Prisijunkite prie savo paskyros

## Errors (flows)
err-no-flow = Jūsų seansas baigėsi. Pradėkite iš naujo.
err-captcha = Patikrinimas, kad nesate robotas, nebegalioja arba jau buvo panaudotas. Bandykite dar kartą.
err-wrong-step = Šis veiksmas nebepasiekiamas. Tęskite nuo čia.
err-unknown-option = Pasirinkite vieną iš išvardytų būdų.
err-code-wrong = Šis kodas netiko. Patikrinkite jį ir bandykite dar kartą.
err-code-expired = Šis kodas nebegalioja. Išsiųskite naują.
err-code-used = Šis kodas jau buvo panaudotas. Tęskite nuo čia.
err-blocked = Per daug bandymų. Bandykite dar kartą po { $until }.
err-email-limit = Išsiuntėme per daug kodų. Bandykite dar kartą po { $until } arba naudokite kitą būdą.
err-answers-wrong = Vienas ar daugiau atsakymų buvo neteisingi. Štai naujas klausimų rinkinys.
err-password = Slaptažodis neatitinka toliau nurodytų reikalavimų.
err-delivery = Šiuo metu nepavyko išsiųsti pranešimo. Bandykite dar kartą vėliau arba naudokite kitą būdą.
err-admin-request-limit = Jau išsiuntėte kelias užklausas. Administratoriai su jumis susisieks.
err-internal = Įvyko klaida. Bandykite dar kartą vėliau.
userid-err-empty = Įveskite vartotojo ID.
userid-err-shape = Įveskite vartotojo ID formatu vardas@domenas, pvz., { $example }.
userid-err-too-long = Šis vartotojo ID per ilgas.

## Messages (email, SMS, voice)
msg-code-subject = { $org } paskyros patvirtinimo kodas
msg-code-email = Norėdami patvirtinti paskyrą, naudokite šį kodą: { $code }. Jis nustos galioti po { $minutes ->
    [one] { $minutes } minutės
    [few] { $minutes } minučių
   *[other] { $minutes } minučių
}. Jei šio kodo neprašėte, nekreipkite dėmesio į šį el. laišką.
msg-code-sms = Slaptažodžio atkūrimo kodas ({ $org }): { $code }
msg-code-voice = Jūsų patvirtinimo kodas yra { $code }. Kartoju, jūsų kodas yra { $code }.
msg-reset-subject = Jūsų slaptažodis nustatytas iš naujo
msg-reset-body = Vartotojo { $user } slaptažodis ką tik buvo nustatytas iš naujo naudojant savitarnos slaptažodžio nustatymą iš naujo. Jei tai buvote ne jūs, nedelsdami kreipkitės į administratorių.
msg-method-added-subject = Į jūsų paskyrą įtraukta saugos informacija
msg-method-added-body = Į vartotojo { $user } saugos informaciją įtrauktas būdas: { $method }. Jei tai buvote ne jūs, prisijunkite, jį pašalinkite, pakeiskite slaptažodį ir kreipkitės į administratorių.
msg-method-removed-subject = Iš jūsų paskyros pašalinta saugos informacija
msg-method-removed-body = Iš vartotojo { $user } saugos informacijos pašalintas būdas: { $method }. Jei tai buvote ne jūs, prisijunkite, patikrinkite saugos informaciją, pakeiskite slaptažodį ir kreipkitės į administratorių.
msg-admin-reset-subject = Administratorius iš naujo nustatė savo slaptažodį
msg-admin-reset-body = Administratorius { $user } iš naujo nustatė savo slaptažodį naudodamas savitarnos slaptažodžio nustatymą iš naujo.
msg-admin-request-subject = Slaptažodžio nustatymo iš naujo užklausa
msg-admin-request-body = Vartotojas { $user } negali pats iš naujo nustatyti slaptažodžio savitarnos būdu ir prašo administratoriaus pagalbos.

## Dev outbox (demo mode only)
outbox-title = Siunčiamieji (demonstracinis režimas)
outbox-intro = Demonstracinis režimas: portalo išsiųsti pranešimai ne pristatomi, o įrašomi čia. Naujausi viršuje.
outbox-empty = Pranešimų dar nėra.
outbox-to = Kam
demo-outbox-link = Demonstracinis režimas: perskaitykite pranešimą aplanke Siunčiamieji (atidaroma naujame skirtuke)
outbox-channel = Kanalas

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Pasirinktų grupių aprėpčiai pasirinkite bent vieną grupę.
policy-err-methods-required = Būtinų būdų skaičius turi būti 1 arba 2.
policy-err-too-few-methods = Įjunkite bent tiek būdų, kiek jų reikalaujama.
policy-err-office-phone-paid = Biuro telefonas pasiekiamas tik mokamiems nuomotojams.
policy-err-questions-register = Vartotojai turi užregistruoti nuo 3 iki 5 saugos klausimų.
policy-err-questions-ask = Turi būti užduodama nuo 3 iki 5 saugos klausimų.
policy-err-questions-ask-exceeds = Negalima užduoti daugiau klausimų, nei užregistruoja vartotojai.
policy-err-reconfirm-days = Pakartotinio patvirtinimo laikotarpis turi būti nuo 0 iki 730 dienų.
policy-err-app-needs-more = Kai įjungta mobilioji programa, be jos įjunkite pakankamai kitų būdų.
policy-err-app-notification-alone = Kai reikalaujama vieno būdo, vien programos pranešimas neįskaičiuojamas.
policy-err-password-length = Slaptažodžio ilgis turi būti nuo 8 iki 256 simbolių.
policy-err-banned-terms = Leidžiama daugiausia 1000 pasirinktinių uždraustų terminų.
policy-err-sms-sender = SMS siuntėjas turi būti iki 11 raidžių ir skaitmenų pavadinimas arba telefono numeris, pvz., +15017122661.
phone-err-country-code = Numerį pradėkite simboliu + ir šalies kodu.
phone-err-characters = Naudokite tik skaitmenis, tarpus ir brūkšnelius.
phone-err-length = Šis numeris per trumpas arba per ilgas.
policy-err-custom-question = Pasirinktiniai saugos klausimai turi būti nuo 1 iki 200 simbolių ilgio ir visi skirtingi.
policy-err-brand-accent = Prekės ženklo spalva turi būti nurodyta formatu #rrggbb ir būti pakankamai tamsi baltam tekstui (kontrastas bent 4,5:1).
policy-err-brand-logo = Logotipas turi būti šio portalo failas (pvz., /brand/logo.svg) arba įterptas vaizdas.
policy-err-sign-in-domain = Prisijungimo domenas turi būti domeno vardas, pvz., contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Prisijunkite, kad galėtumėte tvarkyti saugos informaciją
signin-title = Prisijungimas
signin-intro = Prisijunkite, kad peržiūrėtumėte ir atnaujintumėte saugos informaciją arba pakeistumėte slaptažodį.
signin-password-label = Slaptažodis
signin-button = Prisijungti
signin-cant-access = Negalite pasiekti savo paskyros?
signin-signed-out = Atsijungėte.
signout-button = Atsijungti
account-title = Mano paskyra
account-signed-in-as = Prisijungta kaip { $name } ({ $upn })
account-reset-attempts = Kažkas bandė iš naujo nustatyti jūsų slaptažodį, bet { $count ->
    [1] vieną kartą
    [one] { $count } kartą
    [few] { $count } kartus
   *[other] { $count } kartų
} nepavyko patvirtinti tapatybės (paskutinį kartą { $when }). Jei tai buvote ne jūs, jūsų slaptažodis nepakeistas; įsitikinkite, kad saugos informacija yra jūsų, ir praneškite administratoriui.
account-cannot-reset = Kol kas negalite patys iš naujo nustatyti slaptažodžio.
account-security-info = Saugos informacija
account-change-password = Keisti slaptažodį
err-no-session = Nesate prisijungę arba jūsų seansas baigėsi. Prisijunkite dar kartą.
err-credentials = Neteisingas vartotojo ID arba slaptažodis.
err-locked-out = Jūsų paskyra laikinai užrakinta, kad būtų išvengta neteisėto naudojimo. Bandykite dar kartą po { $until }.
err-account-locked = Jūsų paskyra užrakinta. Norėdami ją atrakinti, naudokite „Negalite pasiekti savo paskyros?“.
err-not-allowed = Šio būdo negalima naudoti jūsų paskyrai.
err-current-password = Neteisingas dabartinis slaptažodis.
err-on-premises = Jūsų slaptažodį valdo jūsų organizacijos katalogas. Pakeiskite jį ten.
err-too-many = Iš jūsų tinklo atlikta per daug bandymų. Bandykite dar kartą po { $until }.
err-resend-wait = Ką tik išsiuntėme jums kodą šiuo būdu. Prieš prašydami kito, palaukite iki { $until } arba naudokite kitą būdą.
err-messages-paused = Šiuo metu negalime siųsti daugiau kodų. Bandykite dar kartą po { $until } arba naudokite būdą, kuriam nereikia pranešimo, pvz., autentifikavimo programą ar saugos klausimus.
err-phone-country = Jūsų organizacija nesiunčia kodų į šios šalies telefono numerius. Naudokite kitą numerį arba būdą.
err-busy = Šiuo metu paslauga perkrauta. Palaukite akimirką ir bandykite dar kartą.
cancel = Atšaukti
save = Įrašyti

## Security info (G2..G7, C1)
setup-title = Saugos informacija
setup-intro = Tai būdai, kuriais įrodote savo tapatybę, kai iš naujo nustatote slaptažodį.
setup-progress-ok = Galite iš naujo nustatyti slaptažodį: nustatyta būtinų būdų – { $have } iš { $required }.
setup-progress-short = Nustatyta būtinų būdų – { $have } iš { $required }. Pridėkite daugiau, kad galėtumėte iš naujo nustatyti slaptažodį.
setup-methods-heading = Jūsų būdai
setup-none = Dar nenustatėte jokių būdų.
setup-add-heading = Pridėti būdą
setup-change = Keisti
setup-change-label = Keisti: { $what }
setup-delete = Naikinti
setup-delete-label = Naikinti: { $what }
setup-from-directory = (iš jūsų organizacijos katalogo)
setup-done-added = Būdas pridėtas.
setup-done-deleted = Būdas panaikintas.
setup-back = Atgal į saugos informaciją
setup-not-available = Šis būdas jūsų paskyrai nepasiekiamas.
method-app = Autentifikavimo programa
method-software = Programinis OATH atpažinimo ženklas
method-hardware = Aparatinis atpažinimo ženklas
method-phone = Telefonas
method-office = Biuro telefonas
method-email = El. paštas
method-questions = Saugos klausimai
method-questions-detail = { $count ->
    [one] { $count } klausimas
    [few] { $count } klausimai
   *[other] { $count } klausimų
}
add-app = Pridėti autentifikavimo programą
add-software = Pridėti programinį OATH atpažinimo ženklą
add-hardware = Aktyvinti aparatinį atpažinimo ženklą
add-phone = Pridėti arba keisti telefoną
add-office = Pridėti arba keisti biuro telefoną
add-email = Pridėti arba keisti el. paštą
add-questions = Nustatyti saugos klausimus
setup-email-label = El. pašto adresas
setup-email-hint = Naudokite kitą adresą nei darbo paskyros. Į jį išsiųsime kodą.
setup-phone-label = Telefono numeris
setup-office-label = Biuro telefono numeris
setup-phone-hint = Įtraukite + ir šalies kodą, pvz., +370 612 34567.
setup-phone-channel = Kaip turėtume išsiųsti kodą?
setup-phone-sms = Siųsti man kodą SMS žinute
setup-phone-voice = Paskambinti man
setup-app-intro = Įdiekite autentifikavimo programą telefone, tada pasirinkite „Pirmyn“, kad pamatytumėte nuskaitytiną QR kodą.
setup-software-intro = Pasirinkite „Pirmyn“, kad gautumėte programinio atpažinimo ženklo slaptąjį raktą.
setup-app-step-scan = Nuskaitykite QR kodą programa arba įveskite toliau pateiktą slaptąjį raktą.
setup-app-step-code = Įveskite programoje rodomą 6 skaitmenų kodą.
setup-app-qr-alt = QR kodas autentifikavimo programai
setup-app-secret = Slaptasis raktas:
setup-hardware-intro = Pasirinkite ant atpažinimo ženklo išspausdintą serijos numerį ir įveskite jame rodomą kodą.
setup-hardware-serial = Serijos numeris
setup-questions-intro = { $count ->
    [one] Pasirinkite { $count } skirtingą klausimą
    [few] Pasirinkite { $count } skirtingus klausimus
   *[other] Pasirinkite { $count } skirtingų klausimų
} ir atsakykite į kiekvieną (nuo 3 iki 40 simbolių, atsakymai negali kartotis).
setup-question-label = Klausimas { $n }
setup-answer-label = Atsakymas { $n }
setup-err-email-shape = Įveskite el. pašto adresą, pvz., someone@example.com.
setup-err-email-same = Naudokite kitą adresą nei darbo paskyros.
setup-err-phone = Atrodo, kad šis telefono numeris neteisingas.
setup-err-questions = Jūsų saugos klausimai neįrašyti.
setup-err-questions-count = Atsakykite į visus klausimus.
setup-err-questions-unknown = Pasirinkite klausimus iš sąrašo.
setup-err-questions-duplicate = Kiekviename laukelyje pasirinkite skirtingą klausimą.
setup-err-answer-length = Atsakymai turi būti nuo 3 iki 40 simbolių ilgio.
setup-err-answer-duplicate = Į kiekvieną klausimą atsakykite skirtingai.
setup-err-too-many-apps = Jau turite didžiausią leistiną autentifikavimo programų skaičių. Pirmiausia panaikinkite vieną.
setup-err-token-unknown = Šis atpažinimo ženklas jums nepriskirtas arba jau aktyvus.
protect-title = Padėkite mums apsaugoti jūsų paskyrą
protect-intro = Jūsų organizacijai reikia daugiau informacijos, kad jūsų paskyra būtų saugi ir galėtumėte patys iš naujo nustatyti slaptažodį.
protect-skip = Kol kas praleisti
confirm-title = Ar jūsų saugos informacija vis dar tiksli?
confirm-intro = Patikrinkite būdus, kuriais iš naujo nustatote slaptažodį. Patvirtinkite juos arba, jei kas nors pasikeitė, redaguokite.
confirm-looks-good = Viskas gerai
confirm-edit = Redaguoti saugos informaciją
confirm-done = Ačiū! Jūsų saugos informacija patvirtinta.
change-title = Slaptažodžio keitimas
change-current-label = Dabartinis slaptažodis
change-button = Keisti slaptažodį
change-done = Jūsų slaptažodis pakeistas.

## Security questions (G6, predefined list)
sq-first-pet = Koks buvo jūsų pirmojo augintinio vardas?
sq-birth-city = Kokiame mieste gimėte?
sq-first-school = Kaip vadinosi jūsų pirmoji mokykla?
sq-childhood-friend = Koks jūsų geriausio vaikystės draugo vardas?
sq-first-job-city = Kokiame mieste dirbote pirmąjį darbą?
sq-grandparent-name = Koks jūsų vyriausio senelio ar močiutės vardas?
sq-first-concert = Koks buvo pirmasis koncertas, kuriame lankėtės?
sq-childhood-street = Kokioje gatvėje gyvenote vaikystėje?
sq-favourite-teacher = Kokia buvo jūsų mėgstamiausio mokytojo pavardė?
sq-first-car = Kokios markės ir modelio buvo jūsų pirmasis automobilis?

## Notifications on a paired device (V4)
option-push = Patvirtinti pranešimą mano įrenginyje
pending-push = Išsiuntėme pranešimą į jūsų įrenginį. Atidarykite jį ir įveskite šį skaičių:
pending-push-then = Tada čia pasirinkite „Tęsti“.
push-continue = Tęsti
err-push-pending = Į pranešimą dar neatsakyta. Atsakykite į jį savo įrenginyje, tada pasirinkite „Tęsti“.
err-push-denied = Pranešimas buvo atmestas arba skaičius nesutapo. Pasirinkite būdą ir bandykite dar kartą.
method-notification = Pranešimai mano įrenginyje
add-notification = Pridėti įrenginį pranešimams
setup-device-intro = Naudokite telefoną kaip įrenginį, kuris patvirtina užklausas: pasirinkite „Pirmyn“, kad gautumėte susiejimo kodą.
setup-device-step-open = Telefone atidarykite įrenginio puslapį:
setup-device-link = atidaryti įrenginio puslapį
setup-device-step-code = Ten įveskite šį susiejimo kodą:
setup-device-then = Kai įrenginio puslapyje bus parašyta, kad įrenginys susietas, grįžkite čia.
setup-device-done = Atlikta
device-title = Jūsų įrenginys
device-intro = Šiame puslapyje patvirtinamos jūsų paskyros prisijungimo ir slaptažodžio nustatymo iš naujo užklausos. Įtraukite jį į pagrindinį ekraną, kad jis visada būtų po ranka.
device-paired = Šis įrenginys susietas. Kai jūsų paprašys patvirtinti užklausą, patikrinkite užklausas.
device-pair-failed = Šis susiejimo kodas netiko. Gaukite naują savo saugos informacijoje.
device-approved = Patvirtinta. Galite grįžti į kitą ekraną.
device-denied = Atmesta. Niekas nepatvirtinta.
device-no-request = Laukiančių užklausų nėra.
device-request = %org% prašo patvirtinti, kad tai jūs (%upn%).
device-request-title = Patvirtinti šią užklausą?
device-pair-code = Susiejimo kodas
device-name = Šio įrenginio pavadinimas
device-name-default = Mano telefonas
device-pair-button = Susieti šį įrenginį
device-check = Tikrinti užklausas
device-number = Kitame ekrane rodomas skaičius
device-approve = Patvirtinti
device-deny = Atmesti
device-needs-js = Šiam puslapiui reikia JavaScript, kad jis galėtų saugoti savo raktą ir pasirašyti patvirtinimus.

## Sign-in, second step (G1)
check-title = Patvirtinkite savo tapatybę
check-intro = Jūsų paskyroje yra saugos informacijos, todėl prieš ją peržiūrint ar keičiant reikia papildomo patikrinimo.

## The on-premises directory (P10, P11)
err-directory-policy = Jūsų organizacijos katalogas nepriėmė šio slaptažodžio. Galbūt jį jau naudojote anksčiau arba jis pažeidžia kurią nors katalogo taisyklę. Bandykite kitą.
err-directory = Nepavyko pasiekti jūsų organizacijos katalogo. Niekas nepakeista; bandykite dar kartą po akimirkos.

## Issue 10: a form post with a field missing
err-form-incomplete = Forma gauta neužpildyta iki galo. Užpildykite visus laukus ir bandykite dar kartą.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Eiga
progress-step = Veiksmas { $current } iš { $total }
step-userid = Vartotojo ID
step-verify = Patvirtinimas
step-password = Naujas slaptažodis
step-done = Atlikta
resend-code = Siųsti kodą dar kartą
resend-in = Naujo kodo galėsite paprašyti po { $seconds ->
    [one] { $seconds } sekundės
    [few] { $seconds } sekundžių
   *[other] { $seconds } sekundžių
}.
helpdesk-contact = Reikia pagalbos? Kreipkitės į pagalbos tarnybą: { $contact }
brand-logo-alt = { $org }
setup-add-method = Pridėti būdą
setup-delete-title = Naikinti šį būdą?
setup-delete-confirm = Iš jūsų saugos informacijos bus pašalintas būdas: { $what }.
setup-delete-last-warning = Šis būdas reikalingas slaptažodžiui nustatyti iš naujo. Be jo negalėsite patys iš naujo nustatyti slaptažodžio, kol nepridėsite kito būdo.
setup-delete-confirm-button = Taip, naikinti
setup-app-open-link = Atidaryti autentifikavimo programoje šiame telefone
setup-app-secret-grouped = Slaptasis raktas, suskirstytas po keturis simbolius:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }-{ $month }-{ $day } { $hour }:{ $minute } ({ $zone })
time-am = priešpiet
time-pm = popiet

# 12 užduotis: administratoriaus konsolė. Puslapių pavadinimai atitinka Entra slaptažodžio nustatymo iš naujo puslapius.
account-admin-console = Administratoriaus konsolė
admin-title = Administratoriaus konsolė
admin-sign-in = Prisijunkite administratoriaus paskyra, kad atidarytumėte konsolę.
admin-not-admin = Ši konsolė skirta administratoriams. Jūsų paskyra neturi jokio administratoriaus vaidmens.
admin-second-step = Konsolei reikia antro prisijungimo veiksmo. Į saugos informaciją įtraukite telefoną arba autentifikavimo programą, tada atsijunkite ir vėl prisijunkite.
admin-go-setup = Eiti į saugos informaciją
admin-go-account = Grįžti į mano paskyrą
admin-back = Grįžti į konsolę
admin-tenant = Organizacija: { $name }
admin-signed-in-as = Prisijungta kaip { $name }, vaidmenys: { $roles }
admin-policy-heading = Slaptažodžio nustatymo iš naujo strategija
admin-readonly = Jūsų vaidmenys leidžia padėti vartotojams, bet ne keisti slaptažodžio nustatymo iš naujo strategiją. Ją gali pakeisti visuotinis administratorius arba autentifikavimo strategijos administratorius.
admin-draft-pending = Pakeitimas puslapyje { $page } laukia jūsų peržiūros.
admin-draft-open = Atidaryti pakeitimą
admin-draft-elsewhere = Pakeitimas puslapyje { $page } laukia peržiūros. Peržiūrėjus šį puslapį, jis bus pakeistas.
admin-saved = Įrašyta kaip pakeitimas { $id }.
admin-discarded = Pakeitimas atmestas. Niekas neįrašyta.
admin-blade-properties = Ypatybės
admin-blade-methods = Autentifikavimo būdai
admin-blade-registration = Registracija
admin-blade-notifications = Pranešimai
admin-blade-customization = Tinkinimas
admin-blade-on-premises = Vietinė integracija
admin-blade-administrators = Administratorių strategija
admin-f-scope = Kam įjungtas savitarnos slaptažodžio nustatymas iš naujo
admin-scope-none = Niekam
admin-scope-selected = Pasirinktoms grupėms
admin-scope-all = Visiems vartotojams
admin-f-groups = Grupės
admin-f-groups-hint = Pažymėkite grupes, kurioms įjungtas savitarnos slaptažodžio nustatymas iš naujo, arba įveskite kitų grupių pavadinimus, atskirtus kableliais. Naudojama, kai pasirinkta „Pasirinktoms grupėms“.
admin-f-methods-required = Būdų, reikalingų slaptažodžiui nustatyti iš naujo, skaičius
admin-f-methods-required-hint = 1 arba 2.
admin-f-methods = Vartotojams prieinami būdai
admin-f-questions-to-register = Saugos klausimų, reikalingų registruojantis, skaičius
admin-f-questions-to-ask = Saugos klausimų, reikalingų nustatant slaptažodį iš naujo, skaičius
admin-f-custom-questions = Jūsų organizacijos saugos klausimai
admin-f-custom-questions-hint = Po vieną klausimą eilutėje; jie siūlomi greta iš anksto nustatytų.
admin-f-require-registration = Reikalauti, kad vartotojai užsiregistruotų prisijungdami
admin-f-reconfirm-days = Dienų skaičius, po kurio vartotojų prašoma pakartotinai patvirtinti autentifikavimo informaciją
admin-f-reconfirm-days-hint = Nuo 0 iki 730; nustačius 0, niekada neprašoma.
admin-f-notify-users = Pranešti vartotojams apie slaptažodžio nustatymą iš naujo
admin-f-notify-admins = Pranešti visiems administratoriams, kai kiti administratoriai iš naujo nustato savo slaptažodį
admin-f-helpdesk = Pagalbos tarnybos saitas
admin-f-helpdesk-hint = El. pašto adresas arba žiniatinklio adresas, prasidedantis https://. Palikite tuščią, kad nieko nebūtų rodoma.
admin-f-logo = Logotipas
admin-f-logo-hint = Šio portalo failas, pvz., /brand/logo.svg. Palikite tuščią, kad būtų rodomas tik pavadinimas.
admin-f-accent = Akcento spalva
admin-f-accent-hint = Nurodoma formatu #rrggbb, pakankamai tamsi baltam tekstui.
admin-f-sign-in-domain = Prisijungimo užuominos domenas
admin-f-sign-in-domain-hint = Rodomas vartotojo ID pavyzdyje, pvz., contoso.com.
admin-f-writeback = Rašyti slaptažodžius atgal į vietinį katalogą
admin-f-allow-unlock = Leisti vartotojams atrakinti paskyras nenustatant slaptažodžio iš naujo
admin-f-admin-sspr = Leisti administratoriams patiems iš naujo nustatyti savo slaptažodį
admin-f-admin-sspr-hint = Administratoriams visada reikia dviejų būdų: el. pašto arba telefono ir dar vieno.
admin-review-button = Peržiūrėti pakeitimą
admin-errors-heading = Šio pakeitimo įrašyti negalima:
admin-live-ok = Šį pakeitimą galima įrašyti.
admin-err-number = Įveskite sveikąjį skaičių.
admin-err-helpdesk = Įveskite el. pašto adresą arba žiniatinklio adresą, prasidedantį https://.
admin-err-forbidden = Jūsų vaidmenys neleidžia keisti slaptažodžio nustatymo iš naujo strategijos.
admin-err-no-draft = Nėra peržiūros laukiančio pakeitimo.
admin-err-no-change = Šio pakeitimo istorijoje nėra.
admin-err-refused = Šis pakeitimas pažeidžia strategijos taisyklę. Redaguokite jį ir peržiūrėkite dar kartą.
admin-review-title = Pakeitimo peržiūra
admin-review-page = Puslapis: { $page }
admin-changes = Keičiama: { $keys }
admin-no-change = Niekas nekeičiama.
admin-impact-heading = Kas gali iš naujo nustatyti slaptažodį
admin-impact-summary = Šiuo metu slaptažodį iš naujo nustatyti gali { $before } iš { $users } vartotojų; po šio pakeitimo galėtų { $after }.
admin-stranded-none = Niekas nepraranda galimybės iš naujo nustatyti slaptažodį.
admin-stranded = { $count ->
    [one] { $count } vartotojas anksčiau galėjo iš naujo nustatyti slaptažodį, o po pakeitimo negalės:
    [few] { $count } vartotojai anksčiau galėjo iš naujo nustatyti slaptažodį, o po pakeitimo negalės:
   *[other] { $count } vartotojų anksčiau galėjo iš naujo nustatyti slaptažodį, o po pakeitimo negalės:
}
admin-stranded-hint = Prieš įrašydami paprašykite jų saugos informacijos puslapyje užregistruoti daugiau būdų, kitaip jiems teks skambinti pagalbos tarnybai.
admin-gained = { $count ->
    [one] { $count } vartotojas anksčiau negalėjo iš naujo nustatyti slaptažodžio, o po pakeitimo galės:
    [few] { $count } vartotojai anksčiau negalėjo iš naujo nustatyti slaptažodžio, o po pakeitimo galės:
   *[other] { $count } vartotojų anksčiau negalėjo iš naujo nustatyti slaptažodžio, o po pakeitimo galės:
}
admin-export-csv = Atsisiųsti sąrašą (CSV)
admin-save = Įrašyti
admin-discard = Atmesti
admin-edit-again = Redaguoti dar kartą
admin-history-title = Pakeitimų istorija
admin-history-empty = Dar neįrašyta jokių pakeitimų.
admin-history-change = Pakeitimas
admin-history-when = Kada
admin-history-who = Administratorius
admin-history-what = Pakeisti parametrai
admin-revert = Anuliuoti
admin-revert-label = Anuliuoti pakeitimą { $id }
admin-reverts = anuliuoja pakeitimą { $id }
admin-reverted = Pakeitimas { $id } anuliuotas. Jo pakeisti parametrai grąžinti.
admin-key-scope = kas gali nustatyti iš naujo
admin-key-admin-sspr = administratorių slaptažodžio nustatymas iš naujo
admin-key-methods-required = būtini būdai
admin-key-methods = prieinami būdai
admin-key-questions-to-register = klausimai registruojantis
admin-key-questions-to-ask = klausimai nustatant iš naujo
admin-key-custom-questions = savi saugos klausimai
admin-key-require-registration = privaloma registracija
admin-key-reconfirm-days = pakartotinio patvirtinimo dienos
admin-key-notify-users = pranešimai vartotojams
admin-key-notify-admins = pranešimai administratoriams
admin-key-helpdesk = pagalbos tarnybos saitas
admin-key-branding = prekės ženklas
admin-key-writeback = slaptažodžių atgalinis rašymas
admin-key-allow-unlock = paskyros atrakinimas
admin-key-password = slaptažodžio taisyklės
admin-key-phone-countries = telefonų šalys
admin-key-sms-sender = SMS siuntėjas

# 12 užduotis: konsolės ataskaitos (A2).
admin-reports-title = Ataskaitos
admin-reports-link = Registracijos, nustatymai iš naujo, nesėkmės ir kas negali nustatyti slaptažodžio iš naujo
admin-reports-period = Paskutinės { $days } d. nuo { $since } (UTC).
admin-reports-chart = Toliau pateiktos lentelės diagrama
admin-reports-by-day = Registracijos, nustatymai iš naujo ir atrakinimai pagal dienas
admin-col-day = Diena
admin-col-registrations = Registracijos
admin-col-resets = Nustatymai iš naujo
admin-col-unlocks = Atrakinimai
admin-col-user = Vartotojas
admin-reports-funnel = Kaip toli pažengė bandymai nustatyti slaptažodį iš naujo
admin-reports-funnel-hint = Kiekvienas bandymas prasideda vartotojo ID. Ten, kur skaičiai sumažėja, vartotojai pasiduoda.
admin-col-step = Veiksmas
admin-col-attempts = Bandymai
admin-funnel-started = Pradėta
admin-funnel-eligible = Leidžiama nustatyti iš naujo
admin-funnel-verified-one = Patvirtintas vienas būdas
admin-funnel-verified-two = Patvirtintas antras būdas
admin-funnel-password-set = Nustatytas naujas slaptažodis arba atrakinta paskyra
admin-reports-failures = Nesėkmės pagal priežastį
admin-col-reason = Priežastis
admin-col-count = Skaičius
admin-reports-none = Per šį laikotarpį nieko nėra.
admin-reports-methods = Būdai, naudoti slaptažodžiui nustatyti iš naujo arba paskyrai atrakinti
admin-col-method = Būdas
admin-reports-cannot = Kas negali nustatyti slaptažodžio iš naujo
admin-reports-can = Šiuo metu slaptažodį iš naujo nustatyti gali { $can } iš { $users } vartotojų.
admin-reports-short = { $count ->
    [one] { $count } vartotojas negali nustatyti slaptažodžio iš naujo, nes trūksta būdų:
    [few] { $count } vartotojai negali nustatyti slaptažodžio iš naujo, nes trūksta būdų:
   *[other] { $count } vartotojų negali nustatyti slaptažodžio iš naujo, nes trūksta būdų:
}
# 12 užduotis: konsolės vartotojų puslapis (D1, D3).
admin-users-title = Vartotojai
admin-users-link = Ieškoti vartotojo: jo būdai, blokavimai ir kontaktinė informacija
admin-users-lookup-label = Vartotojo ID
admin-users-lookup = Ieškoti
admin-err-no-user = Jūsų organizacijoje nėra vartotojo su tokiu ID.
admin-err-protected = Šis vartotojas yra administratorius, kurio teisės viršija jūsų vaidmenis. Kreipkitės į visuotinį administratorių.
admin-err-contact = Įveskite kitą el. pašto adresą nei paties vartotojo, o telefono numerius – formatu +<šalies kodas> <numeris>.
admin-user-status = Paskyra
admin-user-enabled = Įjungta
admin-user-disabled = Išjungta
admin-user-locked = užrakinta kataloge
admin-user-password = Slaptažodis
admin-user-cloud = Saugomas šiame portale
admin-user-onprem = Saugomas vietiniame kataloge
admin-user-groups = Grupės
admin-user-roles = Administratoriaus vaidmenys
admin-user-none = Nėra
admin-user-methods = Turimi būdai
admin-user-reset = Savitarnos slaptažodžio nustatymas iš naujo
admin-user-can-reset = Šiuo metu gali iš naujo nustatyti slaptažodį.
admin-user-cannot-reset = Šiuo metu negali nustatyti iš naujo:
admin-reason-consumer = tai asmeninė paskyra, kurios šis portalas neaptarnauja.
admin-reason-unavailable = paskyra išjungta.
admin-reason-not-enabled = vartotojo grupėms neįjungtas savitarnos slaptažodžio nustatymas iš naujo.
admin-reason-not-registered = užregistruota per mažai būdų, kad būtų įvykdyta strategija.
admin-reason-admin-not-registered = administratoriui reikia dviejų būdų, o jis turi mažiau.
admin-reason-writeback-off = slaptažodis saugomas vietiniame kataloge, o atgalinis rašymas išjungtas.
admin-user-blocks = Blokavimai
admin-user-no-blocks = Šiuo metu blokavimų nėra.
admin-user-reset-blocked = Slaptažodžio nustatymas iš naujo užblokuotas iki { $until } (per daug neteisingų kodų arba atsakymų)
admin-user-sends-blocked = Kodų siuntimas užblokuotas iki { $until } (išsiųsta per daug)
admin-user-signin-locked = Prisijungimas užrakintas iki { $until } (per daug neteisingų slaptažodžių)
admin-user-clear = Pašalinti blokavimus
admin-user-cleared = Blokavimai pašalinti.
admin-user-contact = Kontaktinė informacija
admin-user-alternate-email = Alternatyvusis el. paštas
admin-user-mobile = Mobilusis telefonas
admin-user-office = Biuro telefonas
admin-user-contact-hint = Telefono numeriai nurodomi formatu +<šalies kodas> <numeris>. Palikite lauką tuščią, kad jį išvalytumėte.
admin-user-contact-save = Įrašyti kontaktinę informaciją
admin-user-contact-saved = Kontaktinė informacija įrašyta.
admin-user-protected = Šis vartotojas yra administratorius, kurio teisės viršija jūsų vaidmenis: jo kontaktinę informaciją ar blokavimus gali keisti tik visuotinis administratorius.

# 12 užduotis: pagalbos tarnybos atkūrimo kodas ir pranešimai apie administratoriaus atliktus pakeitimus.
admin-recovery-heading = Atkūrimo kodas
admin-recovery-intro = Vartotojui, praradusiam visus būdus: vienkartinis kodas, kuris galioja 8 valandas ir leidžia vieną kartą prisijungti, kad būtų galima užregistruoti naujus būdus. Perduokite jį asmeniškai arba skambučiu, kurį inicijavote jūs; vartotojui apie tai pranešama jo el. pašto adresais.
admin-recovery-issue = Išduoti atkūrimo kodą
admin-recovery-issued = Atkūrimo kodas išduotas. Jis rodomas tik vieną kartą.
admin-recovery-code-is = Atkūrimo kodas:
admin-recovery-until = Atkūrimo kodas galioja iki { $until }.
admin-recovery-hand-over = Perskaitykite jį vartotojui tik tada, kai įsitikinsite, kas jis yra. Jis daugiau nebus rodomas.
admin-recovery-done = Atlikta, paslėpti kodą
recovery-link = Gavote atkūrimo kodą iš pagalbos tarnybos?
recovery-title = Prisijungimas naudojant atkūrimo kodą
recovery-intro = Jei praradote visus būdus, pagalbos tarnyba gali jums suteikti vienkartinį atkūrimo kodą. Prisijunkite juo, tada saugos informacijos puslapyje užregistruokite naujus būdus.
recovery-code-label = Atkūrimo kodas
recovery-code-hint = 16 raidžių ir skaitmenų, pvz., ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Neteisingas vartotojo ID arba atkūrimo kodas, arba kodas jau panaudotas ar nebegalioja.
recovery-back = Verčiau prisijungti slaptažodžiu
msg-recovery-issued-subject = Jūsų paskyrai išduotas atkūrimo kodas
msg-recovery-issued-body = Administratorius išdavė vartotojui { $user } vienkartinį atkūrimo kodą. Jei jo neprašėte iš pagalbos tarnybos, nedelsdami kreipkitės į administratorių.
msg-recovery-used-subject = Kažkas prisijungė naudodamas atkūrimo kodą
msg-recovery-used-body = Prie vartotojo { $user } paskyros prisijungta atkūrimo kodu, kad būtų užregistruota nauja saugos informacija. Jei tai buvote ne jūs, nedelsdami kreipkitės į administratorių.
msg-contact-changed-subject = Jūsų kontaktinė informacija pakeista
msg-contact-changed-body = Administratorius pakeitė vartotojo { $user } kontaktinę informaciją (el. pašto adresą arba telefono numerį, naudojamą slaptažodžiui nustatyti iš naujo). Jei to nesitikėjote, nedelsdami kreipkitės į administratorių.

# 12 užduotis: konsolės audito žurnalo paieška (A1, W2).
admin-audit-title = Audito žurnalas
admin-audit-link = Ieškoti audito žurnale ir jį atsisiųsti
admin-audit-user = Vartotojo ID
admin-audit-from = Nuo (YYYY-MM-DD, UTC)
admin-audit-to = Iki (YYYY-MM-DD, UTC)
admin-audit-step = Veiksmas
admin-audit-outcome = Rezultatas
admin-audit-ip = IP adresas
admin-audit-client = Kliento tipas
admin-audit-any = Bet koks
admin-audit-search = Ieškoti
admin-audit-bad-date = Įveskite datą formatu YYYY-MM-DD, pvz., 2026-11-05.
admin-audit-count = { $count ->
    [one] Atitinka { $count } įrašas.
    [few] Atitinka { $count } įrašai.
   *[other] Atitinka { $count } įrašų.
}
admin-audit-capped = Rodomi ir atsisiunčiami tik naujausi įrašai; norėdami pamatyti kitus, susiaurinkite paiešką.
admin-audit-pages = Rezultatų puslapiai
admin-audit-newer = Naujesni įrašai
admin-audit-older = Senesni įrašai
admin-audit-export-json = Atsisiųsti kaip JSON eilutes

# 12 užduotis: konsolės operacijų puslapis.
admin-ops-title = Operacijos
admin-ops-link = Operacijos: dabartinė duomenų bazės, katalogo ir pašto eilės būsena
admin-ops-database = Duomenų bazė
admin-ops-directory = Vietinis katalogas
admin-ops-no-directory = Nesukonfigūruotas
admin-ops-ok = Veikia
admin-ops-down = Neatsako
admin-ops-on = Įjungta
admin-ops-off = Išjungta
admin-ops-directory-error = Paskutinis katalogo gedimas (30 d.)
admin-ops-mail-waiting = Išsiuntimo laukiantys pranešimai
admin-ops-mail-oldest = Seniausias pranešimas laukia nuo
admin-ops-mail-sent = Išsiųsti pranešimai
admin-ops-mail-failed = Pranešimai, kurių atsisakyta po pakartotinių bandymų
admin-ops-hashing = Slaptažodžiai, laukiantys maišos apskaičiavimo šiame mazge
admin-ops-version = Versija
admin-ops-hint = Patikrinta atidarant šį puslapį; tikrino jį pateikęs mazgas. Pašto skaičiai apima visą portalą; visa kita pateikiama /metrics.

# 12 užduotis: P1 grupių parinkiklis ir M2 pranešimas vartotojams, kurie po pakeitimo negali nustatyti slaptažodžio iš naujo.
admin-f-groups-other = Kitos grupės
admin-f-groups-none = Ši organizacija portale dar neturi grupių: įveskite jų pavadinimus.
admin-notify-stranded = Išsiųsti el. laišką vartotojams, kurie po šio pakeitimo negalės nustatyti slaptažodžio iš naujo, prašant užregistruoti daugiau būdų
msg-register-needed-subject = Užregistruokite daugiau saugos informacijos
msg-register-needed-body = Jūsų organizacija dabar reikalauja daugiau saugos informacijos, kad būtų galima iš naujo nustatyti slaptažodį. Kol neprisijungsite ir savo saugos informacijos puslapyje neįtrauksite būdų, vartotojas { $user } negalės iš naujo nustatyti slaptažodžio neskambindamas pagalbos tarnybai.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Paskutinis katalogo sinchronizavimas (sspr directory sync)
admin-ops-sync-counts = įrašyti pakeitimai: { $changes }; atmestos reikšmės: { $refused }; vartotojai be organizacijos: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Vertimas rašomas eilutėje po klausimu: kalbos žymė, dvitaškis ir tekstas (pvz., ja-JP: …); jis turi būti nuo 1 iki 200 simbolių ilgio.
admin-err-translation-first = Pirmiausia parašykite klausimą, tada eilutėse po juo – jo vertimus.
admin-f-question-translations-hint = Norėdami klausimą rodyti kita kalba, po juo įtraukite eilutę su kalbos žyme, dvitaškiu ir vertimu, pvz., "ja-JP: 事務所の植物の名前は？". Vartotojai, kurių kalbai vertimo nėra, mato klausimą taip, kaip jis parašytas.
admin-f-recovery-code-resets = Pagalbos tarnybos atkūrimo kodu taip pat galima vieną kartą iš naujo nustatyti vartotojo slaptažodį
admin-key-recovery-code-resets = atkūrimo kodai, kuriais nustatomas slaptažodis iš naujo
recovery-reset-hint = Jei jūsų organizacija tai leidžia, kodu galima vietoj to vieną kartą iš naujo nustatyti slaptažodį.
recovery-reset-button = Nustatyti slaptažodį iš naujo
recovery-no-reset = Jūsų organizacija leidžia atkūrimo kodu tik prisijungti. Čia užregistruokite naujus būdus; tada jais galėsite iš naujo nustatyti slaptažodį.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Nustatymas iš naujo pradėtas
audit-step-choose = Pasirinktas nustatymas iš naujo arba atrakinimas
audit-step-select = Pasirinktas būdas
audit-step-send-code = Kodas išsiųstas
audit-step-verify = Būdas patvirtintas
audit-step-unlock = Paskyra atrakinta
audit-step-reset = Slaptažodis nustatytas iš naujo
audit-step-password = Įvestas naujas slaptažodis
audit-step-directory = Atgalinis rašymas į katalogą
audit-step-notify = Pranešimas
audit-step-admin-request = Užklausa administratoriams
audit-step-signin = Prisijungimas
audit-step-signin-verify = Antras prisijungimo veiksmas
audit-step-signout = Atsijungimas
audit-step-interrupt = Raginimas registruotis prisijungiant
audit-step-reconfirm = Saugos informacija patvirtinta iš naujo
audit-step-register = Būdas užregistruotas
audit-step-register-send-code = Registracijos kodas išsiųstas
audit-step-register-pairing = Autentifikavimo programa susieta
audit-step-register-verify = Registracijos kodas patikrintas
audit-step-delete-method = Būdas panaikintas
audit-step-change-password = Slaptažodis pakeistas
audit-step-delivery = Pristatymo patvirtinimas
audit-step-policy-change = Strategija pakeista
audit-step-admin-clear-blocks = Administratorius pašalino blokavimus
audit-step-admin-set-contact = Administratorius nustatė kontaktinę informaciją
audit-step-admin-recovery-code = Išduotas atkūrimo kodas
audit-step-directory-sync = Katalogo sinchronizavimas
audit-outcome-ok = Pavyko
audit-outcome-fail = Nepavyko
audit-outcome-blocked = Užblokuota
audit-outcome-error = Klaida
audit-outcome-rejected = Atmesta
audit-outcome-ineligible = Neatitinka sąlygų
audit-outcome-dismissed = Atidėta
audit-client-browser = Naršyklė
audit-client-sign-in-screen = Prisijungimo ekranas
audit-client-app = Programa

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Įjungta
admin-value-off = Išjungta
admin-value-empty = (tuščia)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Paskutinis slaptažodžio atgalinis rašymas (arba paskyros atrakinimas) kataloge

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Slaptažodis nustatytas iš naujo
done-title-unlock = Paskyra atrakinta
admin-f-sign-in-url = Jūsų organizacijos prisijungimo puslapis
admin-f-sign-in-url-hint = Kur veda mygtukas paskutiniame nustatymo iš naujo puslapyje, pvz., https://login.contoso.com. Palikite tuščią, kad būtų naudojamas numatytasis šio portalo puslapis.
policy-err-sign-in-url = Įveskite prisijungimo puslapį kaip žiniatinklio adresą, prasidedantį https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Iš anksto nustatyti saugos klausimai, kuriuos vartotojai gali pasirinkti
admin-key-predefined-questions = iš anksto nustatyti saugos klausimai
policy-err-too-few-questions = Pasiūlykite bent tiek saugos klausimų (iš anksto nustatytų ir savų), kiek jų turi užregistruoti vartotojai.
