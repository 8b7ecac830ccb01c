# sspr, lv-LV. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Pašapkalpošanās paroles atiestatīšana
reset-title = Atgūstiet piekļuvi savam kontam
skip-to-content = Pāriet uz galveno saturu
lang-switch-label = Valoda
next = Tālāk
back-to-start = Sākt no jauna
retry = Mēģināt vēlreiz
something-wrong = Radās problēma. Vēlāk mēģiniet vēlreiz.
not-found = Šī lapa nepastāv.
working = Notiek apstrāde…

## Entry (E2)
entry-intro = Lai atkoptu kontu, vispirms ievadiet savu lietotāja ID un atbildi uz tālāk norādīto jautājumu.
userid-label = Lietotāja ID
userid-hint = Piemērs: { $example }
captcha-legend = Pierādiet, ka neesat robots
captcha-nojs = Pēc tam, kad atlasīsiet „Tālāk“, jūsu pārlūkprogramma dažas sekundes (vismaz { $seconds } s) tiek pārbaudīta. Nekas cits nav jādara.
captcha-working = Notiek pārlūkprogrammas pārbaude…
captcha-done = Gatavs. Varat turpināt.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Sazinieties ar administratoru
contact-reason-consumer = Personiskie konti nevar izmantot šo portālu. Tā vietā izmantojiet sava e-pasta pakalpojumu sniedzēja atkopšanas iespējas.
contact-reason-unavailable = Šo kontu šeit nevaram atiestatīt. Iespējams, tas nepastāv vai ir atspējots.
contact-reason-not-enabled = Šim kontam nav ieslēgta pašapkalpošanās paroles atiestatīšana.
contact-reason-not-registered = Šim kontam nav reģistrēts pietiekami daudz drošības informācijas, lai atiestatītu paroli.
contact-reason-admin-not-registered = Lai atiestatītu paroli, administratoru kontiem ir nepieciešamas divas reģistrētas metodes (e-pasts, mobilais tālrunis, biroja tālrunis vai autentificēšanas lietojumprogramma).
contact-reason-writeback-off = Šī konta parole tiek pārvaldīta lokāli, un to šeit nevar atiestatīt.
contact-also-intro = Tā var notikt arī tad, ja:
contact-also-consumer = konts ir personisks konts pie patērētājiem paredzēta e-pasta pakalpojumu sniedzēja
contact-also-unavailable = lietotāja ID ir ievadīts kļūdaini vai konts nepastāv vai ir izslēgts
contact-also-not-enabled = kontam nav ieslēgta pašapkalpošanās paroles atiestatīšana
contact-also-not-registered = kontam nav reģistrēts pietiekami daudz drošības informācijas (ja varat pierakstīties, drošības informācijas lapā redzēsiet, kas trūkst)
contact-also-admin-not-registered = administratora kontam nav reģistrētas divas metodes
contact-also-writeback-off = paroli pārvalda jūsu organizācijas direktorijs
contact-helpdesk-link = Sazinieties ar palīdzības dienestu
contact-helpdesk-email = Rakstiet palīdzības dienestam: { $email }
contact-no-helpdesk = Lūdziet palīdzību savas organizācijas administratoram.
contact-request-button = Lūgt administratoriem atiestatīt manu paroli
contact-request-sent = Jūsu pieprasījums ir nosūtīts administratoriem.

## Trouble choice
choose-title = Kāpēc jums neizdodas pierakstīties?
choose-forgot = Aizmirsu paroli
choose-forgot-hint = Neuztraucieties — mēs palīdzēsim to atiestatīt, izmantojot reģistrēto drošības informāciju.
choose-unlock = Zinu paroli, bet joprojām nevaru pierakstīties
choose-unlock-hint = Tā var notikt, ja pārāk daudz reižu mēģinājāt pierakstīties ar nepareizu paroli.

## Verification (V1..V6)
verify-title = Apstipriniet savu identitāti
verify-step = Verifikācijas darbība { $current } no { $required }
verify-pick = Izvēlieties saziņas veidu, ko izmantot verifikācijai:
verify-passed = Verificēts
option-email = Sūtīt e-pasta ziņojumu uz manu alternatīvo adresi { $masked }
option-sms = Sūtīt īsziņu uz manu mobilo tālruni { $masked }
option-voice = Zvanīt uz manu mobilo tālruni { $masked }
option-office = Zvanīt uz manu biroja tālruni { $masked }
option-app = Ievadīt kodu no manas autentificēšanas lietojumprogrammas
option-software_oath = Ievadīt kodu no mana programmatūras marķiera
option-hardware_oath = Ievadīt kodu no mana aparatūras marķiera
option-questions = Atbildēt uz maniem drošības jautājumiem
pending-email = Mēs nosūtījām e-pasta ziņojumu ar verifikācijas kodu uz adresi { $masked }.
pending-sms = Mēs nosūtījām īsziņu ar verifikācijas kodu uz numuru { $masked }.
pending-voice = Mēs zvanām uz numuru { $masked }. Noklausieties verifikācijas kodu.
pending-totp = Ievadiet kodu, kas redzams lietojumprogrammā vai marķierī.
code-label = Verifikācijas kods
questions-legend = Atbildiet uz drošības jautājumiem
verify-button = Verificēt

## New password (N1, N2)
password-title = Izvēlieties jaunu paroli
password-label = Jaunā parole
confirm-label = Apstipriniet jauno paroli
password-rules = Prasības parolei:
pw-rule-length = { $min ->
    [one] vismaz { $min } rakstzīmi gara
    [zero] vismaz { $min } rakstzīmes gara
   *[other] vismaz { $min } rakstzīmes gara
}
pw-rule-max-length = { $max ->
    [one] ne vairāk kā { $max } rakstzīmi gara
    [zero] ne vairāk kā { $max } rakstzīmes gara
   *[other] ne vairāk kā { $max } rakstzīmes gara
}
pw-rule-classes = satur trīs no šiem: mazie burti, lielie burti, cipari, simboli
pw-rule-banned = nav bieži lietota vai aizliegta parole
pw-rule-name = nesatur jūsu vārdu
pw-rule-match = sakrīt ar apstiprinājumu
pw-rule-classes-ad = satur trīs no šiem: mazie burti, lielie burti, cipari, simboli, burti bez reģistra (piemēram, kana)
pw-rule-name-ad = nesatur jūsu konta nosaukumu vai jebkuru jūsu vārda daļu, kas ir 3 vai vairāk rakstzīmes gara
pw-dir-heading = Iesniedzot paroli, jūsu organizācijas direktorijs pārbauda arī šādus nosacījumus:
pw-dir-history = { $n ->
    [1] parole nav jūsu pašreizējā parole
    [one] parole nav neviena no jūsu pēdējām { $n } parolēm
    [zero] parole nav neviena no jūsu pēdējām { $n } parolēm
   *[other] parole nav neviena no jūsu pēdējām { $n } parolēm
}
pw-dir-min-age = { $n ->
    [1] kopš pēdējās paroles maiņas ir pagājusi vismaz viena diena
    [one] kopš pēdējās paroles maiņas ir pagājusi vismaz { $n } diena
    [zero] kopš pēdējās paroles maiņas ir pagājušas vismaz { $n } dienas
   *[other] kopš pēdējās paroles maiņas ir pagājušas vismaz { $n } dienas
}
pw-dir-module = parole atbilst jūsu organizācijas papildu kvalitātes noteikumiem
pw-rule-ok = izpildīts
pw-rule-not-ok = nav izpildīts
finish = Pabeigt

## Done
done-reset = Jūsu parole ir atiestatīta.
done-unlock = Jūsu konts ir atbloķēts.
done-sign-in = Pierakstieties savā kontā

## Errors (flows)
err-no-flow = Jūsu sesijas derīgums ir beidzies. Sāciet no jauna.
err-captcha = Pārbaudes, ka neesat robots, derīgums ir beidzies, vai tā jau ir izmantota. Mēģiniet vēlreiz.
err-wrong-step = Šī darbība vairs nav pieejama. Turpiniet no šejienes.
err-unknown-option = Izvēlieties kādu no uzskaitītajām metodēm.
err-code-wrong = Šis kods nederēja. Pārbaudiet to un mēģiniet vēlreiz.
err-code-expired = Šī koda derīgums ir beidzies. Nosūtiet jaunu.
err-code-used = Šis kods jau ir izmantots. Turpiniet no šejienes.
err-blocked = Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc { $until }.
err-email-limit = Mēs nosūtījām pārāk daudz kodu. Mēģiniet vēlreiz pēc { $until } vai izmantojiet citu metodi.
err-answers-wrong = Viena vai vairākas atbildes bija nepareizas. Lūk, jauns jautājumu kopums.
err-password = Parole neatbilst tālāk norādītajām prasībām.
err-delivery = Pašlaik nevarējām nosūtīt ziņojumu. Vēlāk mēģiniet vēlreiz vai izmantojiet citu metodi.
err-admin-request-limit = Jau ir nosūtīti vairāki pieprasījumi. Administratori ar jums sazināsies.
err-internal = Radās problēma. Vēlāk mēģiniet vēlreiz.
userid-err-empty = Ievadiet savu lietotāja ID.
userid-err-shape = Ievadiet lietotāja ID formātā vārds@domēns, piemēram, { $example }.
userid-err-too-long = Šis lietotāja ID ir pārāk garš.

## Messages (email, SMS, voice)
msg-code-subject = { $org } konta verifikācijas kods
msg-code-email = Izmantojiet šo kodu, lai verificētu savu kontu: { $code }. Tā derīgums beigsies pēc { $minutes ->
    [one] { $minutes } minūtes
    [zero] { $minutes } minūtēm
   *[other] { $minutes } minūtēm
}. Ja šo kodu nepieprasījāt, ignorējiet šo e-pasta ziņojumu.
msg-code-sms = Paroles atiestatīšanas kods ({ $org }): { $code }
msg-code-voice = Jūsu verifikācijas kods ir { $code }. Atkārtoju, jūsu kods ir { $code }.
msg-reset-subject = Jūsu parole tika atiestatīta
msg-reset-body = Lietotāja { $user } parole tikko tika atiestatīta, izmantojot pašapkalpošanās paroles atiestatīšanu. Ja to nedarījāt jūs, nekavējoties sazinieties ar administratoru.
msg-method-added-subject = Jūsu kontam pievienota drošības informācija
msg-method-added-body = Lietotāja { $user } drošības informācijai pievienota metode: { $method }. Ja to nedarījāt jūs, pierakstieties, noņemiet to, nomainiet paroli un sazinieties ar administratoru.
msg-method-removed-subject = No jūsu konta noņemta drošības informācija
msg-method-removed-body = No lietotāja { $user } drošības informācijas noņemta metode: { $method }. Ja to nedarījāt jūs, pierakstieties, pārbaudiet savu drošības informāciju, nomainiet paroli un sazinieties ar administratoru.
msg-admin-reset-subject = Administrators atiestatīja savu paroli
msg-admin-reset-body = Administrators { $user } atiestatīja savu paroli, izmantojot pašapkalpošanās paroles atiestatīšanu.
msg-admin-request-subject = Paroles atiestatīšanas pieprasījums
msg-admin-request-body = Lietotājs { $user } nevar patstāvīgi atiestatīt paroli pašapkalpošanās režīmā un lūdz administratora palīdzību.

## Dev outbox (demo mode only)
outbox-title = Izsūtne (demonstrācija)
outbox-intro = Demonstrācijas režīms: portāla nosūtītie ziņojumi netiek piegādāti, bet tiek ierakstīti šeit. Jaunākie augšā.
outbox-empty = Vēl nav ziņojumu.
outbox-to = Kam
demo-outbox-link = Demonstrācijas režīms: lasiet ziņojumu izsūtnē (tiek atvērta jaunā cilnē)
outbox-channel = Kanāls

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Atlasīto grupu tvērumam izvēlieties vismaz vienu grupu.
policy-err-methods-required = Nepieciešamo metožu skaitam jābūt 1 vai 2.
policy-err-too-few-methods = Iespējojiet vismaz tik metožu, cik ir nepieciešams.
policy-err-office-phone-paid = Biroja tālrunis ir pieejams tikai maksas nomniekiem.
policy-err-questions-register = Lietotājiem ir jāreģistrē no 3 līdz 5 drošības jautājumiem.
policy-err-questions-ask = Jāuzdod no 3 līdz 5 drošības jautājumiem.
policy-err-questions-ask-exceeds = Nevar uzdot vairāk jautājumu, nekā lietotāji reģistrē.
policy-err-reconfirm-days = Atkārtotas apstiprināšanas periodam jābūt no 0 līdz 730 dienām.
policy-err-app-needs-more = Ja ir iespējota mobilā lietojumprogramma, iespējojiet arī pietiekami daudz citu metožu.
policy-err-app-notification-alone = Ja nepieciešama viena metode, tikai lietojumprogrammas paziņojums netiek ieskaitīts.
policy-err-password-length = Paroles garumam jābūt no 8 līdz 256 rakstzīmēm.
policy-err-banned-terms = Atļauts ne vairāk kā 1000 pielāgotu aizliegto terminu.
policy-err-sms-sender = Īsziņu sūtītājam jābūt nosaukumam, kurā ir ne vairāk kā 11 burti un cipari, vai tālruņa numuram, piemēram, +15017122661.
phone-err-country-code = Sāciet numuru ar + un valsts kodu.
phone-err-characters = Izmantojiet tikai ciparus, atstarpes un defises.
phone-err-length = Šis numurs ir pārāk īss vai pārāk garš.
policy-err-custom-question = Pielāgotajiem drošības jautājumiem jābūt 1 līdz 200 rakstzīmes gariem un visiem atšķirīgiem.
policy-err-brand-accent = Zīmola krāsai jābūt norādītai formātā #rrggbb un pietiekami tumšai baltam tekstam (kontrasts vismaz 4,5:1).
policy-err-brand-logo = Logotipam jābūt šī portāla failam (piemēram, /brand/logo.svg) vai iegultam attēlam.
policy-err-sign-in-domain = Pierakstīšanās domēnam jābūt domēna nosaukumam, piemēram, contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Pierakstieties, lai pārvaldītu savu drošības informāciju
signin-title = Pierakstīšanās
signin-intro = Pierakstieties, lai skatītu un atjauninātu savu drošības informāciju vai mainītu paroli.
signin-password-label = Parole
signin-button = Pierakstīties
signin-cant-access = Vai nevarat piekļūt savam kontam?
signin-signed-out = Jūs izrakstījāties.
signout-button = Izrakstīties
account-title = Mans konts
account-signed-in-as = Pierakstītais lietotājs: { $name } ({ $upn })
account-reset-attempts = Kāds mēģināja atiestatīt jūsu paroli, bet { $count ->
    [1] vienu reizi
    [one] { $count } reizi
    [zero] { $count } reizes
   *[other] { $count } reizes
} neizturēja verifikāciju (pēdējo reizi { $when }). Ja tas nebijāt jūs, jūsu parole nav mainīta; pārliecinieties, ka drošības informācija pieder jums, un informējiet administratoru.
account-cannot-reset = Jūs vēl nevarat patstāvīgi atiestatīt paroli.
account-security-info = Drošības informācija
account-change-password = Mainīt paroli
err-no-session = Pierakstīšanās nav veikta, vai jūsu sesija ir beigusies. Pierakstieties vēlreiz.
err-credentials = Lietotāja ID vai parole nav pareiza.
err-locked-out = Jūsu konts ir īslaicīgi bloķēts, lai novērstu nesankcionētu lietošanu. Mēģiniet vēlreiz pēc { $until }.
err-account-locked = Jūsu konts ir bloķēts. Lai to atbloķētu, izmantojiet saiti „Vai nevarat piekļūt savam kontam?“.
err-not-allowed = Šo metodi nevar izmantot jūsu kontam.
err-current-password = Jūsu pašreizējā parole nav pareiza.
err-on-premises = Jūsu paroli pārvalda jūsu organizācijas direktorijs. Mainiet to tur.
err-too-many = No jūsu tīkla ir bijis pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc { $until }.
err-resend-wait = Mēs tikko nosūtījām jums kodu šādā veidā. Pirms pieprasāt vēl vienu, uzgaidiet līdz { $until } vai izmantojiet citu metodi.
err-messages-paused = Pašlaik nevaram nosūtīt vairāk kodu. Mēģiniet vēlreiz pēc { $until } vai izmantojiet metodi, kurai nav nepieciešams ziņojums, piemēram, autentificēšanas lietojumprogrammu vai drošības jautājumus.
err-phone-country = Jūsu organizācija nesūta kodus uz šīs valsts tālruņu numuriem. Izmantojiet citu numuru vai metodi.
err-busy = Pakalpojums pašlaik ir noslogots. Brīdi uzgaidiet un mēģiniet vēlreiz.
cancel = Atcelt
save = Saglabāt

## Security info (G2..G7, C1)
setup-title = Drošības informācija
setup-intro = Šīs ir metodes, ar kurām pierādāt savu identitāti, kad atiestatāt paroli.
setup-progress-ok = Varat atiestatīt paroli: iestatītas nepieciešamās metodes — { $have } no { $required }.
setup-progress-short = Iestatītas nepieciešamās metodes — { $have } no { $required }. Pievienojiet vēl, lai varētu atiestatīt paroli.
setup-methods-heading = Jūsu metodes
setup-none = Vēl nav iestatīta neviena metode.
setup-add-heading = Pievienot metodi
setup-change = Mainīt
setup-change-label = Mainīt: { $what }
setup-delete = Dzēst
setup-delete-label = Dzēst: { $what }
setup-from-directory = (no jūsu organizācijas direktorija)
setup-done-added = Metode ir pievienota.
setup-done-deleted = Metode ir izdzēsta.
setup-back = Atpakaļ uz drošības informāciju
setup-not-available = Šī metode jūsu kontam nav pieejama.
method-app = Autentificēšanas lietojumprogramma
method-software = Programmatūras OATH marķieris
method-hardware = Aparatūras marķieris
method-phone = Tālrunis
method-office = Biroja tālrunis
method-email = E-pasts
method-questions = Drošības jautājumi
method-questions-detail = { $count ->
    [one] { $count } jautājums
    [zero] { $count } jautājumi
   *[other] { $count } jautājumi
}
add-app = Pievienot autentificēšanas lietojumprogrammu
add-software = Pievienot programmatūras OATH marķieri
add-hardware = Aktivizēt aparatūras marķieri
add-phone = Pievienot vai mainīt tālruni
add-office = Pievienot vai mainīt biroja tālruni
add-email = Pievienot vai mainīt e-pastu
add-questions = Iestatīt drošības jautājumus
setup-email-label = E-pasta adrese
setup-email-hint = Izmantojiet adresi, kas nav jūsu darba konta adrese. Mēs uz to nosūtīsim kodu.
setup-phone-label = Tālruņa numurs
setup-office-label = Biroja tālruņa numurs
setup-phone-hint = Norādiet + un valsts kodu, piemēram, +371 21 234 567.
setup-phone-channel = Kā mums nosūtīt kodu?
setup-phone-sms = Sūtīt man kodu īsziņā
setup-phone-voice = Zvanīt man
setup-app-intro = Instalējiet tālrunī autentificēšanas lietojumprogrammu, pēc tam atlasiet „Tālāk“, lai skatītu skenējamo QR kodu.
setup-software-intro = Atlasiet „Tālāk“, lai iegūtu programmatūras marķiera slepeno atslēgu.
setup-app-step-scan = Skenējiet QR kodu ar lietojumprogrammu vai ievadiet tālāk norādīto slepeno atslēgu.
setup-app-step-code = Ievadiet 6 ciparu kodu, ko rāda lietojumprogramma.
setup-app-qr-alt = QR kods autentificēšanas lietojumprogrammai
setup-app-secret = Slepenā atslēga:
setup-hardware-intro = Izvēlieties uz marķiera uzdrukāto sērijas numuru un ievadiet kodu, ko tas rāda.
setup-hardware-serial = Sērijas numurs
setup-questions-intro = { $count ->
    [one] Izvēlieties { $count } jautājumu
    [zero] Izvēlieties { $count } dažādus jautājumus
   *[other] Izvēlieties { $count } dažādus jautājumus
} un atbildiet uz katru (3–40 rakstzīmes, atbildes nedrīkst atkārtoties).
setup-question-label = { $n }. jautājums
setup-answer-label = { $n }. atbilde
setup-err-email-shape = Ievadiet e-pasta adresi, piemēram, someone@example.com.
setup-err-email-same = Izmantojiet adresi, kas nav jūsu darba konta adrese.
setup-err-phone = Šis tālruņa numurs neizskatās pareizs.
setup-err-questions = Jūsu drošības jautājumi netika saglabāti.
setup-err-questions-count = Atbildiet uz visiem jautājumiem.
setup-err-questions-unknown = Izvēlieties jautājumus no saraksta.
setup-err-questions-duplicate = Katrā lodziņā izvēlieties citu jautājumu.
setup-err-answer-length = Atbildēm jābūt 3–40 rakstzīmes garām.
setup-err-answer-duplicate = Uz katru jautājumu atbildiet citādi.
setup-err-too-many-apps = Jums jau ir maksimālais autentificēšanas lietojumprogrammu skaits. Vispirms izdzēsiet vienu.
setup-err-token-unknown = Šis marķieris jums nav piešķirts vai jau ir aktīvs.
protect-title = Palīdziet mums aizsargāt jūsu kontu
protect-intro = Jūsu organizācijai ir nepieciešama papildu informācija, lai jūsu konts būtu drošs un jūs varētu patstāvīgi atiestatīt paroli.
protect-skip = Pagaidām izlaist
confirm-title = Vai jūsu drošības informācija joprojām ir precīza?
confirm-intro = Pārbaudiet metodes, ar kurām atiestatāt paroli. Apstipriniet tās vai, ja kaut kas ir mainījies, rediģējiet.
confirm-looks-good = Viss kārtībā
confirm-edit = Rediģēt drošības informāciju
confirm-done = Paldies! Jūsu drošības informācija ir apstiprināta.
change-title = Paroles maiņa
change-current-label = Pašreizējā parole
change-button = Mainīt paroli
change-done = Jūsu parole ir nomainīta.

## Security questions (G6, predefined list)
sq-first-pet = Kā sauca jūsu pirmo mājdzīvnieku?
sq-birth-city = Kurā pilsētā jūs dzimāt?
sq-first-school = Kā sauca jūsu pirmo skolu?
sq-childhood-friend = Kāds ir jūsu bērnības labākā drauga vārds?
sq-first-job-city = Kurā pilsētā bija jūsu pirmā darbavieta?
sq-grandparent-name = Kāds ir jūsu vecākā vecvecāka vārds?
sq-first-concert = Kāds bija pirmais koncerts, kuru apmeklējāt?
sq-childhood-street = Kurā ielā jūs dzīvojāt bērnībā?
sq-favourite-teacher = Kāds bija jūsu mīļākā skolotāja uzvārds?
sq-first-car = Kādas markas un modeļa bija jūsu pirmā automašīna?

## Notifications on a paired device (V4)
option-push = Apstiprināt paziņojumu manā ierīcē
pending-push = Mēs nosūtījām paziņojumu uz jūsu ierīci. Atveriet to un ievadiet šo skaitli:
pending-push-then = Pēc tam šeit atlasiet „Turpināt“.
push-continue = Turpināt
err-push-pending = Uz paziņojumu vēl nav atbildēts. Atbildiet uz to savā ierīcē un pēc tam atlasiet „Turpināt“.
err-push-denied = Paziņojums tika noraidīts vai skaitlis nesakrita. Izvēlieties metodi, lai mēģinātu vēlreiz.
method-notification = Paziņojumi manā ierīcē
add-notification = Pievienot ierīci paziņojumiem
setup-device-intro = Izmantojiet tālruni kā ierīci, kas apstiprina pieprasījumus: atlasiet „Tālāk“, lai iegūtu savienošanas pārī kodu.
setup-device-step-open = Tālrunī atveriet ierīces lapu:
setup-device-link = atvērt ierīces lapu
setup-device-step-code = Tur ievadiet šo savienošanas pārī kodu:
setup-device-then = Kad ierīces lapā būs redzams, ka ierīce ir savienota pārī, atgriezieties šeit.
setup-device-done = Gatavs
device-title = Jūsu ierīce
device-intro = Šajā lapā tiek apstiprināti jūsu konta pierakstīšanās un paroles atiestatīšanas pieprasījumi. Pievienojiet to sākuma ekrānam, lai tā vienmēr būtu pa rokai.
device-paired = Šī ierīce ir savienota pārī. Kad jums lūgs apstiprināt pieprasījumu, pārbaudiet pieprasījumus.
device-pair-failed = Šis savienošanas pārī kods nederēja. Iegūstiet jaunu savā drošības informācijā.
device-approved = Apstiprināts. Varat atgriezties otrā ekrānā.
device-denied = Noraidīts. Nekas netika apstiprināts.
device-no-request = Nav gaidošu pieprasījumu.
device-request = %org% lūdz apstiprināt, ka tas esat jūs (%upn%).
device-request-title = Vai apstiprināt šo pieprasījumu?
device-pair-code = Savienošanas pārī kods
device-name = Šīs ierīces nosaukums
device-name-default = Mans tālrunis
device-pair-button = Savienot šo ierīci pārī
device-check = Pārbaudīt pieprasījumus
device-number = Otrā ekrānā redzamais skaitlis
device-approve = Apstiprināt
device-deny = Noraidīt
device-needs-js = Šai lapai ir nepieciešams JavaScript, lai tā varētu glabāt savu atslēgu un parakstīt apstiprinājumus.

## Sign-in, second step (G1)
check-title = Apstipriniet savu identitāti
check-intro = Jūsu kontam ir drošības informācija, tāpēc pirms tās skatīšanas vai mainīšanas ir nepieciešama papildu pārbaude.

## The on-premises directory (P10, P11)
err-directory-policy = Jūsu organizācijas direktorijs nepieņēma šo paroli. Iespējams, tā jau ir izmantota iepriekš vai pārkāpj kādu no direktorija noteikumiem. Izmēģiniet citu.
err-directory = Neizdevās sazināties ar jūsu organizācijas direktoriju. Nekas netika mainīts; pēc brīža mēģiniet vēlreiz.

## Issue 10: a form post with a field missing
err-form-incomplete = Veidlapa tika saņemta nepilnīga. Aizpildiet visus laukus un mēģiniet vēlreiz.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Norise
progress-step = { $current }. darbība no { $total }
step-userid = Lietotāja ID
step-verify = Verifikācija
step-password = Jaunā parole
step-done = Gatavs
resend-code = Sūtīt kodu vēlreiz
resend-in = Jaunu kodu varēsiet pieprasīt pēc { $seconds ->
    [one] { $seconds } sekundes
    [zero] { $seconds } sekundēm
   *[other] { $seconds } sekundēm
}.
helpdesk-contact = Nepieciešama palīdzība? Sazinieties ar palīdzības dienestu: { $contact }
brand-logo-alt = { $org }
setup-add-method = Pievienot metodi
setup-delete-title = Vai dzēst šo metodi?
setup-delete-confirm = No jūsu drošības informācijas tiks noņemta metode: { $what }.
setup-delete-last-warning = Šī metode jums ir nepieciešama paroles atiestatīšanai. Bez tās jūs nevarēsiet patstāvīgi atiestatīt paroli, kamēr nepievienosiet citu metodi.
setup-delete-confirm-button = Jā, dzēst
setup-app-open-link = Atvērt autentificēšanas lietojumprogrammā šajā tālrunī
setup-app-secret-grouped = Slepenā atslēga, sadalīta grupās pa četrām rakstzīmēm:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }. { $hour }:{ $minute } ({ $zone })
time-am = priekšpusdienā
time-pm = pēcpusdienā

# 12. problēma: administratora konsole. Lapu nosaukumi atbilst Entra paroles atiestatīšanas lapām.
account-admin-console = Administratora konsole
admin-title = Administratora konsole
admin-sign-in = Pierakstieties ar savu administratora kontu, lai atvērtu konsoli.
admin-not-admin = Šī konsole ir paredzēta administratoriem. Jūsu kontam nav administratora lomas.
admin-second-step = Konsolei ir nepieciešama otrā pierakstīšanās darbība. Pievienojiet drošības informācijai tālruni vai autentificēšanas lietojumprogrammu, pēc tam izrakstieties un pierakstieties vēlreiz.
admin-go-setup = Atvērt drošības informāciju
admin-go-account = Atpakaļ uz manu kontu
admin-back = Atpakaļ uz konsoli
admin-tenant = Organizācija: { $name }
admin-signed-in-as = Pierakstītais lietotājs: { $name }, lomas: { $roles }
admin-policy-heading = Paroles atiestatīšanas politika
admin-readonly = Jūsu lomas ļauj palīdzēt lietotājiem, bet ne mainīt paroles atiestatīšanas politiku. To var mainīt globālais administrators vai autentifikācijas politikas administrators.
admin-draft-pending = Izmaiņas lapā { $page } gaida jūsu pārskatīšanu.
admin-draft-open = Atvērt izmaiņas
admin-draft-elsewhere = Izmaiņas lapā { $page } gaida pārskatīšanu. Pārskatot šo lapu, tās tiks aizstātas.
admin-saved = Saglabāts kā izmaiņas { $id }.
admin-discarded = Izmaiņas tika atmestas. Nekas netika saglabāts.
admin-blade-properties = Rekvizīti
admin-blade-methods = Autentifikācijas metodes
admin-blade-registration = Reģistrācija
admin-blade-notifications = Paziņojumi
admin-blade-customization = Pielāgošana
admin-blade-on-premises = Lokālā integrācija
admin-blade-administrators = Administratoru politika
admin-f-scope = Kam iespējota pašapkalpošanās paroles atiestatīšana
admin-scope-none = Nevienam
admin-scope-selected = Atlasītajām grupām
admin-scope-all = Visiem lietotājiem
admin-f-groups = Grupas
admin-f-groups-hint = Atzīmējiet grupas, kurām ir iespējota pašapkalpošanās paroles atiestatīšana, vai ierakstiet citu grupu nosaukumus, atdalot tos ar komatiem. Tiek izmantots, ja ir izvēlēts „Atlasītajām grupām”.
admin-f-methods-required = Atiestatīšanai nepieciešamo metožu skaits
admin-f-methods-required-hint = 1 vai 2.
admin-f-methods = Lietotājiem pieejamās metodes
admin-f-questions-to-register = Reģistrācijai nepieciešamo drošības jautājumu skaits
admin-f-questions-to-ask = Atiestatīšanai nepieciešamo drošības jautājumu skaits
admin-f-custom-questions = Jūsu organizācijas drošības jautājumi
admin-f-custom-questions-hint = Viens jautājums katrā rindā; tie tiek piedāvāti līdzās iepriekš definētajiem.
admin-f-require-registration = Pieprasīt, lai lietotāji reģistrējas, pierakstoties
admin-f-reconfirm-days = Dienu skaits, pēc kura lietotājiem tiek lūgts atkārtoti apstiprināt savu autentifikācijas informāciju
admin-f-reconfirm-days-hint = No 0 līdz 730; ja norādīts 0, nekad netiek lūgts.
admin-f-notify-users = Paziņot lietotājiem par paroles atiestatīšanu
admin-f-notify-admins = Paziņot visiem administratoriem, kad citi administratori atiestata savu paroli
admin-f-helpdesk = Palīdzības dienesta saite
admin-f-helpdesk-hint = E-pasta adrese vai tīmekļa adrese, kas sākas ar https://. Atstājiet tukšu, lai neko nerādītu.
admin-f-logo = Logotips
admin-f-logo-hint = Fails šajā portālā, piemēram, /brand/logo.svg. Atstājiet tukšu, lai rādītu tikai nosaukumu.
admin-f-accent = Akcenta krāsa
admin-f-accent-hint = Formātā #rrggbb, pietiekami tumša baltam tekstam.
admin-f-sign-in-domain = Pierakstīšanās norādes domēns
admin-f-sign-in-domain-hint = Tiek rādīts lietotāja ID piemērā, piemēram, contoso.com.
admin-f-writeback = Rakstīt paroles atpakaļ jūsu lokālajā direktorijā
admin-f-allow-unlock = Ļaut lietotājiem atbloķēt kontus, neatiestatot paroli
admin-f-admin-sspr = Ļaut administratoriem atiestatīt savu paroli
admin-f-admin-sspr-hint = Administratoriem vienmēr ir nepieciešamas divas metodes: e-pasts vai tālrunis un vēl viena.
admin-review-button = Pārskatīt izmaiņas
admin-errors-heading = Šīs izmaiņas nevar saglabāt:
admin-live-ok = Šīs izmaiņas var saglabāt.
admin-err-number = Ievadiet veselu skaitli.
admin-err-helpdesk = Ievadiet e-pasta adresi vai tīmekļa adresi, kas sākas ar https://.
admin-err-forbidden = Jūsu lomas neļauj mainīt paroles atiestatīšanas politiku.
admin-err-no-draft = Nav izmaiņu, kas gaidītu pārskatīšanu.
admin-err-no-change = Šo izmaiņu nav vēsturē.
admin-err-refused = Šīs izmaiņas pārkāpj politikas noteikumu. Rediģējiet tās un pārskatiet vēlreiz.
admin-review-title = Izmaiņu pārskatīšana
admin-review-page = Lapa: { $page }
admin-changes = Tiek mainīts: { $keys }
admin-no-change = Nekas netiek mainīts.
admin-impact-heading = Kas var atiestatīt savu paroli
admin-impact-summary = Pašlaik paroli var atiestatīt { $before } no { $users } lietotājiem; pēc šīm izmaiņām to varētu { $after }.
admin-stranded-none = Neviens nezaudē iespēju atiestatīt savu paroli.
admin-stranded = { $count ->
    [one] { $count } lietotājs iepriekš varēja atiestatīt paroli, bet pēc izmaiņām nevarēs:
    [zero] { $count } lietotāji iepriekš varēja atiestatīt paroli, bet pēc izmaiņām nevarēs:
   *[other] { $count } lietotāji iepriekš varēja atiestatīt paroli, bet pēc izmaiņām nevarēs:
}
admin-stranded-hint = Pirms saglabāšanas lūdziet viņiem savas drošības informācijas lapā reģistrēt vairāk metožu, citādi viņiem būs jāzvana palīdzības dienestam.
admin-gained = { $count ->
    [one] { $count } lietotājs iepriekš nevarēja atiestatīt paroli, bet pēc izmaiņām varēs:
    [zero] { $count } lietotāji iepriekš nevarēja atiestatīt paroli, bet pēc izmaiņām varēs:
   *[other] { $count } lietotāji iepriekš nevarēja atiestatīt paroli, bet pēc izmaiņām varēs:
}
admin-export-csv = Lejupielādēt sarakstu (CSV)
admin-save = Saglabāt
admin-discard = Atmest
admin-edit-again = Rediģēt vēlreiz
admin-history-title = Izmaiņu vēsture
admin-history-empty = Vēl nav saglabātas nekādas izmaiņas.
admin-history-change = Izmaiņas
admin-history-when = Kad
admin-history-who = Administrators
admin-history-what = Mainītie iestatījumi
admin-revert = Atsaukt
admin-revert-label = Atsaukt izmaiņas { $id }
admin-reverts = atsauc izmaiņas { $id }
admin-reverted = Izmaiņas { $id } ir atsauktas. Iestatījumi, ko tās aizstāja, ir atjaunoti.
admin-key-scope = kas drīkst atiestatīt
admin-key-admin-sspr = administratoru paroles atiestatīšana
admin-key-methods-required = nepieciešamās metodes
admin-key-methods = pieejamās metodes
admin-key-questions-to-register = jautājumi reģistrācijai
admin-key-questions-to-ask = jautājumi atiestatīšanai
admin-key-custom-questions = pašu drošības jautājumi
admin-key-require-registration = obligāta reģistrācija
admin-key-reconfirm-days = atkārtotas apstiprināšanas dienas
admin-key-notify-users = lietotāju paziņojumi
admin-key-notify-admins = administratoru paziņojumi
admin-key-helpdesk = palīdzības dienesta saite
admin-key-branding = zīmola noformējums
admin-key-writeback = paroles atpakaļrakstīšana
admin-key-allow-unlock = konta atbloķēšana
admin-key-password = paroles noteikumi
admin-key-phone-countries = tālruņu valstis
admin-key-sms-sender = īsziņu sūtītājs

# 12. problēma: konsoles pārskati (A2).
admin-reports-title = Pārskati
admin-reports-link = Reģistrācijas, atiestatīšanas, kļūmes un kas nevar atiestatīt paroli
admin-reports-period = Pēdējās { $days } d., sākot no { $since } (UTC).
admin-reports-chart = Tālāk redzamās tabulas diagramma
admin-reports-by-day = Reģistrācijas, atiestatīšanas un atbloķēšanas pa dienām
admin-col-day = Diena
admin-col-registrations = Reģistrācijas
admin-col-resets = Atiestatīšanas
admin-col-unlocks = Atbloķēšanas
admin-col-user = Lietotājs
admin-reports-funnel = Cik tālu nonāca atiestatīšanas mēģinājumi
admin-reports-funnel-hint = Katrs mēģinājums sākas ar lietotāja ID. Vietā, kur skaitļi samazinās, lietotāji padodas.
admin-col-step = Darbība
admin-col-attempts = Mēģinājumi
admin-funnel-started = Sākts
admin-funnel-eligible = Atļauts atiestatīt
admin-funnel-verified-one = Verificēta viena metode
admin-funnel-verified-two = Verificēta otrā metode
admin-funnel-password-set = Iestatīta jauna parole vai atbloķēts konts
admin-reports-failures = Kļūmes pēc iemesla
admin-col-reason = Iemesls
admin-col-count = Skaits
admin-reports-none = Šajā periodā nekā nav.
admin-reports-methods = Atiestatīšanai vai atbloķēšanai izmantotās metodes
admin-col-method = Metode
admin-reports-cannot = Kas nevar atiestatīt paroli
admin-reports-can = Pašlaik paroli var atiestatīt { $can } no { $users } lietotājiem.
admin-reports-short = { $count ->
    [one] { $count } lietotājs nevar atiestatīt paroli, jo trūkst metožu:
    [zero] { $count } lietotāji nevar atiestatīt paroli, jo trūkst metožu:
   *[other] { $count } lietotāji nevar atiestatīt paroli, jo trūkst metožu:
}
# 12. problēma: konsoles lietotāju lapa (D1, D3).
admin-users-title = Lietotāji
admin-users-link = Meklēt lietotāju: viņa metodes, bloķējumi un kontaktinformācija
admin-users-lookup-label = Lietotāja ID
admin-users-lookup = Meklēt
admin-err-no-user = Jūsu organizācijā nav lietotāja ar šādu ID.
admin-err-protected = Šis lietotājs ir administrators, kura tiesības pārsniedz jūsu lomas. Vērsieties pie globālā administratora.
admin-err-contact = Ievadiet e-pasta adresi, kas atšķiras no paša lietotāja adreses, un tālruņu numurus formātā +<valsts kods> <numurs>.
admin-user-status = Konts
admin-user-enabled = Iespējots
admin-user-disabled = Atspējots
admin-user-locked = bloķēts direktorijā
admin-user-password = Parole
admin-user-cloud = Glabā šis portāls
admin-user-onprem = Glabā lokālais direktorijs
admin-user-groups = Grupas
admin-user-roles = Administratora lomas
admin-user-none = Nav
admin-user-methods = Lietotāja metodes
admin-user-reset = Pašapkalpošanās paroles atiestatīšana
admin-user-can-reset = Pašlaik var atiestatīt savu paroli.
admin-user-cannot-reset = Pašlaik nevar atiestatīt:
admin-reason-consumer = tas ir personisks konts, ko šis portāls neapkalpo.
admin-reason-unavailable = konts ir atspējots.
admin-reason-not-enabled = lietotāja grupām nav iespējota pašapkalpošanās paroles atiestatīšana.
admin-reason-not-registered = nav reģistrēts politikā prasītais metožu skaits.
admin-reason-admin-not-registered = administratoram ir nepieciešamas divas metodes, bet reģistrēts ir mazāk.
admin-reason-writeback-off = parole tiek glabāta lokāli, un atpakaļrakstīšana ir izslēgta.
admin-user-blocks = Bloķējumi
admin-user-no-blocks = Pašlaik bloķējumu nav.
admin-user-reset-blocked = Paroles atiestatīšana bloķēta līdz { $until } (pārāk daudz nepareizu kodu vai atbilžu)
admin-user-sends-blocked = Kodu sūtīšana bloķēta līdz { $until } (nosūtīts pārāk daudz)
admin-user-signin-locked = Pierakstīšanās bloķēta līdz { $until } (pārāk daudz nepareizu paroļu)
admin-user-clear = Noņemt bloķējumus
admin-user-cleared = Bloķējumi tika noņemti.
admin-user-contact = Kontaktinformācija
admin-user-alternate-email = Alternatīvais e-pasts
admin-user-mobile = Mobilais tālrunis
admin-user-office = Biroja tālrunis
admin-user-contact-hint = Tālruņu numurus norādiet formātā +<valsts kods> <numurs>. Lai notīrītu lauku, atstājiet to tukšu.
admin-user-contact-save = Saglabāt kontaktinformāciju
admin-user-contact-saved = Kontaktinformācija tika saglabāta.
admin-user-protected = Šis lietotājs ir administrators, kura tiesības pārsniedz jūsu lomas: viņa kontaktinformāciju vai bloķējumus var mainīt tikai globālais administrators.

# 12. problēma: palīdzības dienesta atkopšanas kods un paziņojumi par administratora veiktajām izmaiņām.
admin-recovery-heading = Atkopšanas kods
admin-recovery-intro = Lietotājam, kurš zaudējis visas metodes: vienreizējs kods, kas derīgs 8 stundas un ļauj vienu reizi pierakstīties, lai reģistrētu jaunas metodes. Nododiet to personīgi vai zvanā, ko veicāt jūs; lietotājs par to tiek informēts uz savām e-pasta adresēm.
admin-recovery-issue = Izsniegt atkopšanas kodu
admin-recovery-issued = Atkopšanas kods tika izsniegts. Tas tiek parādīts tikai vienreiz.
admin-recovery-code-is = Atkopšanas kods:
admin-recovery-until = Atkopšanas kods ir derīgs līdz { $until }.
admin-recovery-hand-over = Nolasiet to lietotājam tikai tad, kad nav šaubu, kas viņš ir. Tas vairs netiks parādīts.
admin-recovery-done = Gatavs, paslēpt kodu
recovery-link = Vai saņēmāt atkopšanas kodu no palīdzības dienesta?
recovery-title = Pierakstīšanās ar atkopšanas kodu
recovery-intro = Ja jums vairs nav pieejama neviena metode, palīdzības dienests var jums izsniegt vienreizēju atkopšanas kodu. Pierakstieties ar to un pēc tam reģistrējiet jaunas metodes savā drošības informācijas lapā.
recovery-code-label = Atkopšanas kods
recovery-code-hint = 16 burti un cipari, piemēram, ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Lietotāja ID vai atkopšanas kods nav pareizs, vai arī kods jau ir izmantots vai tā derīgums ir beidzies.
recovery-back = Tā vietā pierakstīties ar paroli
msg-recovery-issued-subject = Jūsu kontam tika izsniegts atkopšanas kods
msg-recovery-issued-body = Administrators izsniedza vienreizēju atkopšanas kodu lietotājam { $user }. Ja jūs to nelūdzāt palīdzības dienestam, nekavējoties sazinieties ar administratoru.
msg-recovery-used-subject = Kāds pierakstījās ar atkopšanas kodu
msg-recovery-used-body = Lietotāja { $user } kontā tika veikta pierakstīšanās ar atkopšanas kodu, lai reģistrētu jaunu drošības informāciju. Ja to nedarījāt jūs, nekavējoties sazinieties ar administratoru.
msg-contact-changed-subject = Jūsu kontaktinformācija tika mainīta
msg-contact-changed-body = Administrators mainīja lietotāja { $user } kontaktinformāciju (e-pasta adresi vai tālruņa numuru, ko izmanto paroles atiestatīšanai). Ja to negaidījāt, nekavējoties sazinieties ar administratoru.

# 12. problēma: konsoles audita žurnāla meklēšana (A1, W2).
admin-audit-title = Audita žurnāls
admin-audit-link = Meklēt audita žurnālā un lejupielādēt to
admin-audit-user = Lietotāja ID
admin-audit-from = No (YYYY-MM-DD, UTC)
admin-audit-to = Līdz (YYYY-MM-DD, UTC)
admin-audit-step = Darbība
admin-audit-outcome = Iznākums
admin-audit-ip = IP adrese
admin-audit-client = Klienta veids
admin-audit-any = Jebkurš
admin-audit-search = Meklēt
admin-audit-bad-date = Ievadiet datumu formātā YYYY-MM-DD, piemēram, 2026-11-05.
admin-audit-count = { $count ->
    [one] Atbilst { $count } ieraksts.
    [zero] Atbilst { $count } ieraksti.
   *[other] Atbilst { $count } ieraksti.
}
admin-audit-capped = Tiek parādīti un lejupielādēti tikai jaunākie ieraksti; lai redzētu pārējos, sašauriniet meklēšanu.
admin-audit-pages = Rezultātu lapas
admin-audit-newer = Jaunāki ieraksti
admin-audit-older = Vecāki ieraksti
admin-audit-export-json = Lejupielādēt kā JSON rindas

# 12. problēma: konsoles darbības lapa.
admin-ops-title = Darbība
admin-ops-link = Darbība: datu bāzes, direktorija un pasta rindas pašreizējais stāvoklis
admin-ops-database = Datu bāze
admin-ops-directory = Lokālais direktorijs
admin-ops-no-directory = Nav konfigurēts
admin-ops-ok = Darbojas
admin-ops-down = Neatbild
admin-ops-on = Ieslēgts
admin-ops-off = Izslēgts
admin-ops-directory-error = Pēdējā direktorija kļūme (30 d.)
admin-ops-mail-waiting = Paziņojumi, kas gaida nosūtīšanu
admin-ops-mail-oldest = Vecākais paziņojums gaida kopš
admin-ops-mail-sent = Nosūtītie paziņojumi
admin-ops-mail-failed = Paziņojumi, kuru sūtīšana pārtraukta pēc atkārtotiem mēģinājumiem
admin-ops-hashing = Paroles, kas šajā mezglā gaida jaucējkoda aprēķināšanu
admin-ops-version = Versija
admin-ops-hint = Pārbaudīts, atverot šo lapu; pārbaudi veica mezgls, kas lapu nodrošināja. Pasta skaitļi attiecas uz visu portālu; pārējais ir pieejams /metrics.

# 12. problēma: P1 grupu atlasītājs un M2 paziņojums lietotājiem, kuri pēc izmaiņām vairs nevar atiestatīt paroli.
admin-f-groups-other = Citas grupas
admin-f-groups-none = Šai organizācijai portālā vēl nav grupu: ierakstiet to nosaukumus.
admin-notify-stranded = Nosūtīt e-pasta ziņojumu lietotājiem, kuri pēc šīm izmaiņām nevarēs atiestatīt paroli, lūdzot viņus reģistrēt vairāk metožu
msg-register-needed-subject = Reģistrējiet vairāk drošības informācijas
msg-register-needed-body = Jūsu organizācija tagad pieprasa vairāk drošības informācijas, lai paroli varētu atiestatīt. Kamēr nepierakstīsieties un savas drošības informācijas lapā nepievienosiet metodes, lietotājs { $user } nevarēs atiestatīt paroli, nezvanot palīdzības dienestam.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Pēdējā direktorija sinhronizācija (sspr directory sync)
admin-ops-sync-counts = ierakstītās izmaiņas: { $changes }; noraidītās vērtības: { $refused }; lietotāji bez organizācijas: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Tulkojumu raksta rindā zem jautājuma kā valodas tagu, kolu un tekstu (piemēram, ja-JP: …), un tam jābūt 1 līdz 200 rakstzīmes garam.
admin-err-translation-first = Vispirms ierakstiet jautājumu un pēc tam rindās zem tā — tā tulkojumus.
admin-f-question-translations-hint = Lai jautājumu rādītu citā valodā, zem tā pievienojiet rindu ar valodas tagu, kolu un tulkojumu, piemēram, "ja-JP: 事務所の植物の名前は？". Lietotāji, kuru valodai nav tulkojuma, redz jautājumu tādu, kā tas uzrakstīts.
admin-f-recovery-code-resets = Palīdzības dienesta atkopšanas kods var arī vienreiz atiestatīt lietotāja paroli
admin-key-recovery-code-resets = atkopšanas kodi, kas atiestata paroles
recovery-reset-hint = Ja jūsu organizācija to atļauj, ar kodu tā vietā var vienreiz atiestatīt paroli.
recovery-reset-button = Atiestatīt manu paroli
recovery-no-reset = Jūsu organizācija ļauj ar atkopšanas kodu tikai pierakstīties. Reģistrējiet šeit jaunas metodes; pēc tam ar tām varēsiet atiestatīt paroli.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Atiestatīšana sākta
audit-step-choose = Izvēlēta atiestatīšana vai atbloķēšana
audit-step-select = Izvēlēta metode
audit-step-send-code = Kods nosūtīts
audit-step-verify = Metode verificēta
audit-step-unlock = Konts atbloķēts
audit-step-reset = Parole atiestatīta
audit-step-password = Ievadīta jauna parole
audit-step-directory = Atpakaļrakstīšana direktorijā
audit-step-notify = Paziņojums
audit-step-admin-request = Pieprasījums administratoriem
audit-step-signin = Pierakstīšanās
audit-step-signin-verify = Pierakstīšanās otrā darbība
audit-step-signout = Izrakstīšanās
audit-step-interrupt = Aicinājums reģistrēties pierakstoties
audit-step-reconfirm = Drošības informācija atkārtoti apstiprināta
audit-step-register = Metode reģistrēta
audit-step-register-send-code = Reģistrācijas kods nosūtīts
audit-step-register-pairing = Autentificēšanas lietojumprogramma savienota pārī
audit-step-register-verify = Reģistrācijas kods pārbaudīts
audit-step-delete-method = Metode izdzēsta
audit-step-change-password = Parole nomainīta
audit-step-delivery = Piegādes apstiprinājums
audit-step-policy-change = Politika mainīta
audit-step-admin-clear-blocks = Administrators noņēma bloķējumus
audit-step-admin-set-contact = Administrators iestatīja kontaktinformāciju
audit-step-admin-recovery-code = Izsniegts atkopšanas kods
audit-step-directory-sync = Direktorija sinhronizācija
audit-outcome-ok = Izdevās
audit-outcome-fail = Neizdevās
audit-outcome-blocked = Bloķēts
audit-outcome-error = Kļūda
audit-outcome-rejected = Noraidīts
audit-outcome-ineligible = Neatbilst prasībām
audit-outcome-dismissed = Atlikts
audit-client-browser = Pārlūkprogramma
audit-client-sign-in-screen = Pierakstīšanās ekrāns
audit-client-app = Lietojumprogramma

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Ieslēgts
admin-value-off = Izslēgts
admin-value-empty = (tukšs)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Pēdējā paroles atpakaļrakstīšana (vai konta atbloķēšana) direktorijā

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Parole atiestatīta
done-title-unlock = Konts atbloķēts
admin-f-sign-in-url = Jūsu organizācijas pierakstīšanās lapa
admin-f-sign-in-url-hint = Uz kurieni ved poga atiestatīšanas pēdējā lapā, piemēram, https://login.contoso.com. Atstājiet tukšu, lai izmantotu šī portāla noklusējuma lapu.
policy-err-sign-in-url = Ievadiet pierakstīšanās lapu kā tīmekļa adresi, kas sākas ar https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Iepriekš definētie drošības jautājumi, ko lietotāji var izvēlēties
admin-key-predefined-questions = iepriekš definētie drošības jautājumi
policy-err-too-few-questions = Piedāvājiet vismaz tik daudz drošības jautājumu (iepriekš definēto un pašu), cik lietotājiem ir jāreģistrē.
