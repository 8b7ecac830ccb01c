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
