# sspr, sk-SK. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Samoobslužné resetovanie hesla
reset-title = Získajte späť prístup k svojmu kontu
skip-to-content = Preskočiť na hlavný obsah
lang-switch-label = Jazyk
next = Ďalej
back-to-start = Začať odznova
retry = Skúsiť znova
something-wrong = Niečo sa pokazilo. Skúste to znova neskôr.
not-found = Táto stránka neexistuje.
working = Spracúva sa…

## Entry (E2)
entry-intro = Ak chcete obnoviť prístup ku kontu, najprv zadajte ID používateľa a odpoveď na otázku nižšie.
userid-label = ID používateľa
userid-hint = Príklad: { $example }
captcha-legend = Preukážte, že nie ste robot
captcha-nojs = Po výbere možnosti „Ďalej“ sa prehliadač niekoľko sekúnd (aspoň { $seconds } s) kontroluje. Nemusíte robiť nič ďalšie.
captcha-working = Kontroluje sa prehliadač…
captcha-done = Hotovo. Môžete pokračovať.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Obráťte sa na svojho správcu
contact-reason-consumer = Osobné kontá nemôžu tento portál používať. Použite namiesto toho možnosti obnovenia od svojho poskytovateľa e-mailu.
contact-reason-unavailable = Toto konto tu nemôžeme resetovať. Možno neexistuje alebo je zakázané.
contact-reason-not-enabled = Samoobslužné resetovanie hesla nie je pre toto konto zapnuté.
contact-reason-not-registered = Toto konto nemá zaregistrovaný dostatok bezpečnostných údajov na resetovanie hesla.
contact-reason-admin-not-registered = Kontá správcov potrebujú na resetovanie hesla dve zaregistrované metódy (e-mail, mobilný telefón, telefón do kancelárie alebo overovaciu aplikáciu).
contact-reason-writeback-off = Heslo tohto konta sa spravuje v lokálnom prostredí a nemožno ho tu resetovať.
contact-also-intro = Môže sa to stať aj v týchto prípadoch:
contact-also-consumer = konto je osobné konto u poskytovateľa e-mailu pre spotrebiteľov
contact-also-unavailable = ID používateľa obsahuje preklep alebo konto neexistuje či je vypnuté
contact-also-not-enabled = samoobslužné resetovanie hesla nie je pre konto zapnuté
contact-also-not-registered = konto nemá zaregistrovaný dostatok bezpečnostných údajov (ak sa môžete prihlásiť, na stránke bezpečnostných údajov uvidíte, čo chýba)
contact-also-admin-not-registered = konto správcu nemá zaregistrované dve metódy
contact-also-writeback-off = heslo spravuje vlastný adresár vašej organizácie
contact-helpdesk-link = Obráťte sa na technickú podporu
contact-helpdesk-email = Napíšte technickej podpore: { $email }
contact-no-helpdesk = Požiadajte o pomoc správcu svojej organizácie.
contact-request-button = Požiadať správcov o resetovanie hesla
contact-request-sent = Vaša žiadosť bola odoslaná správcom.

## Trouble choice
choose-title = Prečo sa nemôžete prihlásiť?
choose-forgot = Zabudol (zabudla) som heslo
choose-forgot-hint = Nevadí, pomôžeme vám ho resetovať pomocou zaregistrovaných bezpečnostných údajov.
choose-unlock = Heslo poznám, ale aj tak sa nemôžem prihlásiť
choose-unlock-hint = Môže sa to stať, ak ste sa príliš veľakrát pokúsili prihlásiť s nesprávnym heslom.

## Verification (V1..V6)
verify-title = Overte svoju identitu
verify-step = Krok overenia { $current } z { $required }
verify-pick = Vyberte spôsob kontaktu, ktorý máme použiť na overenie:
verify-passed = Overené
option-email = Poslať e-mail na moju alternatívnu adresu { $masked }
option-sms = Poslať SMS na môj mobilný telefón { $masked }
option-voice = Zavolať na môj mobilný telefón { $masked }
option-office = Zavolať na môj telefón do kancelárie { $masked }
option-app = Zadať kód z mojej overovacej aplikácie
option-software_oath = Zadať kód z môjho softvérového tokenu
option-hardware_oath = Zadať kód z môjho hardvérového tokenu
option-questions = Odpovedať na moje bezpečnostné otázky
pending-email = Na adresu { $masked } sme poslali e-mail s overovacím kódom.
pending-sms = Na číslo { $masked } sme poslali textovú správu s overovacím kódom.
pending-voice = Voláme na číslo { $masked }. Vypočujte si overovací kód.
pending-totp = Zadajte kód zobrazený v aplikácii alebo na tokene.
code-label = Overovací kód
questions-legend = Odpovedzte na bezpečnostné otázky
verify-button = Overiť

## New password (N1, N2)
password-title = Vyberte nové heslo
password-label = Nové heslo
confirm-label = Potvrdenie nového hesla
password-rules = Heslo musí:
pw-rule-length = { $min ->
    [one] mať aspoň { $min } znak
    [few] mať aspoň { $min } znaky
   *[other] mať aspoň { $min } znakov
}
pw-rule-max-length = { $max ->
    [one] mať najviac { $max } znak
    [few] mať najviac { $max } znaky
   *[other] mať najviac { $max } znakov
}
pw-rule-classes = obsahovať tri z týchto typov znakov: malé písmená, veľké písmená, číslice, symboly
pw-rule-banned = nebyť bežne používaným ani zakázaným heslom
pw-rule-name = neobsahovať vaše meno
pw-rule-match = zhodovať sa s potvrdením
pw-rule-classes-ad = obsahovať tri z týchto typov znakov: malé písmená, veľké písmená, číslice, symboly, písmená bez rozlíšenia veľkosti (napríklad kana)
pw-rule-name-ad = neobsahovať názov vášho konta ani žiadnu časť vášho mena s dĺžkou 3 alebo viac znakov
pw-dir-heading = Adresár vašej organizácie pri odoslaní navyše kontroluje tieto podmienky:
pw-dir-history = { $n ->
    [one] nejde o vaše aktuálne heslo
    [few] nejde o žiadne z vašich posledných { $n } hesiel
   *[other] nejde o žiadne z vašich posledných { $n } hesiel
}
pw-dir-min-age = { $n ->
    [one] od poslednej zmeny hesla uplynul aspoň deň
    [few] od poslednej zmeny hesla uplynuli aspoň { $n } dni
   *[other] od poslednej zmeny hesla uplynulo aspoň { $n } dní
}
pw-dir-module = heslo spĺňa ďalšie pravidlá kvality vašej organizácie
pw-rule-ok = splnené
pw-rule-not-ok = nesplnené
finish = Dokončiť

## Done
done-reset = Vaše heslo bolo resetované.
done-unlock = Vaše konto bolo odomknuté.
done-sign-in = Prihlásiť sa do konta

## Errors (flows)
err-no-flow = Platnosť relácie vypršala. Začnite odznova.
err-captcha = Platnosť kontroly, že nie ste robot, vypršala alebo už bola kontrola použitá. Skúste to znova.
err-wrong-step = Tento krok už nie je k dispozícii. Pokračujte odtiaľto.
err-unknown-option = Vyberte jednu z uvedených metód.
err-code-wrong = Tento kód nefungoval. Skontrolujte ho a skúste to znova.
err-code-expired = Platnosť tohto kódu vypršala. Dajte si poslať nový.
err-code-used = Tento kód už bol použitý. Pokračujte odtiaľto.
err-blocked = Príliš veľa pokusov. Skúste to znova po { $until }.
err-email-limit = Poslali sme príliš veľa kódov. Skúste to znova po { $until } alebo použite inú metódu.
err-answers-wrong = Aspoň jedna odpoveď bola nesprávna. Tu je nová sada otázok.
err-password = Heslo nespĺňa požiadavky uvedené nižšie.
err-delivery = Správu teraz nemôžeme odoslať. Skúste to znova neskôr alebo použite inú metódu.
err-admin-request-limit = Už ste odoslali niekoľko žiadostí. Správcovia sa vám ozvú.
err-internal = Niečo sa pokazilo. Skúste to znova neskôr.
userid-err-empty = Zadajte ID používateľa.
userid-err-shape = Zadajte ID používateľa v tvare meno@doména, napríklad { $example }.
userid-err-too-long = Toto ID používateľa je príliš dlhé.

## Messages (email, SMS, voice)
msg-code-subject = Overovací kód pre konto { $org }
msg-code-email = Na overenie konta použite tento kód: { $code }. Jeho platnosť vyprší o { $minutes ->
    [one] minútu
    [few] { $minutes } minúty
   *[other] { $minutes } minút
}. Ak ste oň nežiadali, tento e-mail ignorujte.
msg-code-sms = Overovací kód na resetovanie hesla ({ $org }): { $code }
msg-code-voice = Váš overovací kód je { $code }. Opakujem, váš kód je { $code }.
msg-reset-subject = Vaše heslo bolo resetované
msg-reset-body = Heslo používateľa { $user } bolo práve resetované prostredníctvom samoobslužného resetovania hesla. Ak ste to neboli vy, okamžite sa obráťte na svojho správcu.
msg-method-added-subject = Do vášho konta boli pridané bezpečnostné údaje
msg-method-added-body = Do bezpečnostných údajov používateľa { $user } bola pridaná metóda: { $method }. Ak ste to neboli vy, prihláste sa, metódu odstráňte, zmeňte si heslo a obráťte sa na svojho správcu.
msg-method-removed-subject = Z vášho konta boli odstránené bezpečnostné údaje
msg-method-removed-body = Z bezpečnostných údajov používateľa { $user } bola odstránená metóda: { $method }. Ak ste to neboli vy, prihláste sa, skontrolujte svoje bezpečnostné údaje, zmeňte si heslo a obráťte sa na svojho správcu.
msg-admin-reset-subject = Správca si resetoval heslo
msg-admin-reset-body = Správca { $user } si resetoval vlastné heslo prostredníctvom samoobslužného resetovania hesla.
msg-admin-request-subject = Žiadosť o resetovanie hesla
msg-admin-request-body = Používateľ { $user } si nemôže sám resetovať heslo a žiada správcu o pomoc.

## Dev outbox (demo mode only)
outbox-title = Pošta na odoslanie (demo)
outbox-intro = Ukážkový režim: správy odoslané portálom sa namiesto doručenia zapisujú sem. Najnovšie navrchu.
outbox-empty = Zatiaľ žiadne správy.
outbox-to = Komu
demo-outbox-link = Ukážkový režim: prečítať správu v priečinku Pošta na odoslanie (otvorí sa na novej karte)
outbox-channel = Kanál

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Pre rozsah „vybraté skupiny“ vyberte aspoň jednu skupinu.
policy-err-methods-required = Počet požadovaných metód musí byť 1 alebo 2.
policy-err-too-few-methods = Povoľte aspoň toľko metód, koľko sa vyžaduje.
policy-err-office-phone-paid = Telefón do kancelárie je k dispozícii len pre platených nájomníkov.
policy-err-questions-register = Používatelia musia zaregistrovať 3 až 5 bezpečnostných otázok.
policy-err-questions-ask = Počet kladených bezpečnostných otázok musí byť 3 až 5.
policy-err-questions-ask-exceeds = Nemožno klásť viac otázok, než koľko ich používatelia registrujú.
policy-err-reconfirm-days = Interval opätovného potvrdenia musí byť 0 až 730 dní.
policy-err-app-needs-more = Keď je povolená mobilná aplikácia, povoľte okrem nej aj dostatok ďalších metód.
policy-err-app-notification-alone = Ak sa vyžaduje jedna metóda, samotné oznámenie v aplikácii sa nepočíta.
policy-err-password-length = Dĺžka hesla musí byť 8 až 256 znakov.
policy-err-banned-terms = Povolených je najviac 1000 vlastných zakázaných výrazov.
policy-err-sms-sender = Odosielateľom SMS musí byť názov s najviac 11 písmenami a číslicami alebo telefónne číslo, napríklad +15017122661.
phone-err-country-code = Začnite číslo znakom + a kódom krajiny.
phone-err-characters = Používajte len číslice, medzery a spojovníky.
phone-err-length = Toto číslo je príliš krátke alebo príliš dlhé.
policy-err-custom-question = Vlastné bezpečnostné otázky musia mať 1 až 200 znakov a každá musí byť iná.
policy-err-brand-accent = Farba značky musí byť zapísaná v tvare #rrggbb a byť dostatočne tmavá pre biely text (kontrast aspoň 4,5:1).
policy-err-brand-logo = Logo musí byť súbor na tomto portáli (napríklad /brand/logo.svg) alebo vložený obrázok.
policy-err-sign-in-domain = Prihlasovacia doména musí byť názov domény, napríklad contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Prihláste sa a spravujte svoje bezpečnostné údaje
signin-title = Prihlásenie
signin-intro = Po prihlásení si môžete zobraziť a aktualizovať bezpečnostné údaje alebo zmeniť heslo.
signin-password-label = Heslo
signin-button = Prihlásiť sa
signin-cant-access = Nemáte prístup k svojmu kontu?
signin-signed-out = Odhlásili ste sa.
signout-button = Odhlásiť sa
account-title = Moje konto
account-signed-in-as = Prihlásený používateľ: { $name } ({ $upn })
account-reset-attempts = Niekto sa pokúsil resetovať vaše heslo a { $count ->
    [one] raz neprešiel overením
    [few] { $count }-krát neprešiel overením
   *[other] { $count }-krát neprešiel overením
}, naposledy { $when }. Ak ste to neboli vy, vaše heslo zostáva nezmenené; overte, že bezpečnostné údaje patria vám, a informujte svojho správcu.
account-cannot-reset = Zatiaľ si nemôžete heslo resetovať sami.
account-security-info = Bezpečnostné údaje
account-change-password = Zmeniť heslo
err-no-session = Nie ste prihlásení alebo sa vaša relácia skončila. Prihláste sa znova.
err-credentials = ID používateľa alebo heslo nie je správne.
err-locked-out = Vaše konto je dočasne zamknuté, aby sa zabránilo neoprávnenému použitiu. Skúste to znova po { $until }.
err-account-locked = Vaše konto je zamknuté. Na odomknutie použite odkaz „Nemáte prístup k svojmu kontu?“.
err-not-allowed = Túto metódu nemožno pre vaše konto použiť.
err-current-password = Vaše aktuálne heslo nie je správne.
err-on-premises = Vaše heslo spravuje adresár vašej organizácie. Zmeňte ho tam.
err-too-many = Z vašej siete bolo príliš veľa pokusov. Skúste to znova po { $until }.
err-resend-wait = Týmto spôsobom sme vám práve poslali kód. Skôr ako požiadate o ďalší, počkajte do { $until }, alebo použite inú metódu.
err-messages-paused = Momentálne nemôžeme posielať ďalšie kódy. Skúste to znova po { $until } alebo použite metódu, ktorá nevyžaduje správu, napríklad overovaciu aplikáciu alebo bezpečnostné otázky.
err-phone-country = Vaša organizácia neposiela kódy na telefónne čísla v tejto krajine. Použite iné číslo alebo inú metódu.
err-busy = Služba je momentálne preťažená. Chvíľu počkajte a skúste to znova.
cancel = Zrušiť
save = Uložiť

## Security info (G2..G7, C1)
setup-title = Bezpečnostné údaje
setup-intro = Toto sú metódy, ktorými pri resetovaní hesla preukazujete svoju identitu.
setup-progress-ok = Heslo si môžete resetovať: nastavené sú požadované metódy ({ $have } z { $required }).
setup-progress-short = Nastavené požadované metódy: { $have } z { $required }. Pridajte ďalšie, aby ste si mohli resetovať heslo.
setup-methods-heading = Vaše metódy
setup-none = Zatiaľ nemáte nastavené žiadne metódy.
setup-add-heading = Pridať metódu
setup-change = Zmeniť
setup-change-label = Zmeniť: { $what }
setup-delete = Odstrániť
setup-delete-label = Odstrániť: { $what }
setup-from-directory = (z adresára vašej organizácie)
setup-done-added = Metóda bola pridaná.
setup-done-deleted = Metóda bola odstránená.
setup-back = Späť na bezpečnostné údaje
setup-not-available = Táto metóda nie je pre vaše konto k dispozícii.
method-app = Overovacia aplikácia
method-software = Softvérový token OATH
method-hardware = Hardvérový token
method-phone = Telefón
method-office = Telefón do kancelárie
method-email = E-mail
method-questions = Bezpečnostné otázky
method-questions-detail = { $count ->
    [one] { $count } otázka
    [few] { $count } otázky
   *[other] { $count } otázok
}
add-app = Pridať overovaciu aplikáciu
add-software = Pridať softvérový token OATH
add-hardware = Aktivovať hardvérový token
add-phone = Pridať alebo zmeniť telefón
add-office = Pridať alebo zmeniť telefón do kancelárie
add-email = Pridať alebo zmeniť e-mail
add-questions = Nastaviť bezpečnostné otázky
setup-email-label = E-mailová adresa
setup-email-hint = Použite inú adresu, ako je adresa pracovného konta. Pošleme na ňu kód.
setup-phone-label = Telefónne číslo
setup-office-label = Telefónne číslo do kancelárie
setup-phone-hint = Uveďte znak + a kód krajiny, napríklad +421 912 345 678.
setup-phone-channel = Ako vám máme poslať kód?
setup-phone-sms = Poslať kód textovou správou
setup-phone-voice = Zavolať mi
setup-app-intro = Nainštalujte si do telefónu overovaciu aplikáciu a potom výberom možnosti „Ďalej“ zobrazte QR kód na naskenovanie.
setup-software-intro = Výberom možnosti „Ďalej“ získate tajný kľúč pre svoj softvérový token.
setup-app-step-scan = Naskenujte QR kód v aplikácii alebo zadajte tajný kľúč uvedený nižšie.
setup-app-step-code = Zadajte šesťmiestny kód, ktorý zobrazuje aplikácia.
setup-app-qr-alt = QR kód pre overovaciu aplikáciu
setup-app-secret = Tajný kľúč:
setup-hardware-intro = Vyberte sériové číslo vytlačené na tokene a zadajte kód, ktorý token zobrazuje.
setup-hardware-serial = Sériové číslo
setup-questions-intro = { $count ->
    [one] Vyberte { $count } otázku a odpovedzte na ňu
    [few] Vyberte { $count } rôzne otázky a odpovedzte na každú z nich
   *[other] Vyberte { $count } rôznych otázok a odpovedzte na každú z nich
} (3 až 40 znakov, žiadne dve odpovede nesmú byť rovnaké).
setup-question-label = Otázka { $n }
setup-answer-label = Odpoveď { $n }
setup-err-email-shape = Zadajte e-mailovú adresu, napríklad someone@example.com.
setup-err-email-same = Použite inú adresu, ako je adresa pracovného konta.
setup-err-phone = Toto telefónne číslo nevyzerá správne.
setup-err-questions = Vaše bezpečnostné otázky sa neuložili.
setup-err-questions-count = Odpovedzte na všetky otázky.
setup-err-questions-unknown = Vyberte otázky zo zoznamu.
setup-err-questions-duplicate = V každom poli vyberte inú otázku.
setup-err-answer-length = Odpovede musia mať 3 až 40 znakov.
setup-err-answer-duplicate = Na každú otázku odpovedzte inak.
setup-err-too-many-apps = Už máte maximálny počet overovacích aplikácií. Najprv jednu odstráňte.
setup-err-token-unknown = Tento token vám nie je priradený alebo je už aktívny.
protect-title = Pomôžte nám chrániť vaše konto
protect-intro = Vaša organizácia potrebuje ďalšie informácie, aby mohla udržať vaše konto v bezpečí a aby ste si mohli resetovať heslo sami.
protect-skip = Teraz preskočiť
confirm-title = Sú vaše bezpečnostné údaje stále aktuálne?
confirm-intro = Skontrolujte metódy, ktorými si resetujete heslo. Potvrďte ich, alebo ich upravte, ak sa niečo zmenilo.
confirm-looks-good = Všetko je v poriadku
confirm-edit = Upraviť bezpečnostné údaje
confirm-done = Ďakujeme! Vaše bezpečnostné údaje sú potvrdené.
change-title = Zmena hesla
change-current-label = Aktuálne heslo
change-button = Zmeniť heslo
change-done = Vaše heslo bolo zmenené.

## Security questions (G6, predefined list)
sq-first-pet = Ako sa volalo vaše prvé domáce zviera?
sq-birth-city = V akom meste ste sa narodili?
sq-first-school = Ako sa volala vaša prvá škola?
sq-childhood-friend = Aké je krstné meno vášho najlepšieho kamaráta z detstva?
sq-first-job-city = V akom meste ste mali prvé zamestnanie?
sq-grandparent-name = Aké je krstné meno vášho najstaršieho starého rodiča?
sq-first-concert = Aký bol prvý koncert, na ktorom ste boli?
sq-childhood-street = Na akej ulici ste bývali ako dieťa?
sq-favourite-teacher = Aké bolo priezvisko vášho obľúbeného učiteľa?
sq-first-car = Aká bola značka a model vášho prvého auta?

## Notifications on a paired device (V4)
option-push = Schváliť oznámenie v mojom zariadení
pending-push = Do vášho zariadenia sme poslali oznámenie. Otvorte ho a zadajte toto číslo:
pending-push-then = Potom tu vyberte „Pokračovať“.
push-continue = Pokračovať
err-push-pending = Na oznámenie ste zatiaľ neodpovedali. Odpovedzte naň vo svojom zariadení a potom vyberte „Pokračovať“.
err-push-denied = Oznámenie bolo zamietnuté alebo sa číslo nezhodovalo. Ak to chcete skúsiť znova, vyberte metódu.
method-notification = Oznámenia v mojom zariadení
add-notification = Pridať zariadenie na oznámenia
setup-device-intro = Používajte telefón ako zariadenie, ktoré schvaľuje žiadosti: výberom možnosti „Ďalej“ získate párovací kód.
setup-device-step-open = V telefóne otvorte stránku zariadenia:
setup-device-link = otvoriť stránku zariadenia
setup-device-step-code = Zadajte tam tento párovací kód:
setup-device-then = Keď stránka zariadenia oznámi, že je spárované, vráťte sa sem.
setup-device-done = Hotovo
device-title = Vaše zariadenie
device-intro = Na tejto stránke schvaľujete žiadosti o prihlásenie a resetovanie hesla pre svoje konto. Pridajte si ju na plochu, aby ste ju mali poruke.
device-paired = Toto zariadenie je spárované. Keď budete požiadaní o schválenie, skontrolujte žiadosti.
device-pair-failed = Tento párovací kód nefungoval. Získajte nový v bezpečnostných údajoch.
device-approved = Schválené. Môžete sa vrátiť na druhú obrazovku.
device-denied = Zamietnuté. Nič nebolo schválené.
device-no-request = Nečaká žiadna žiadosť.
device-request = %org% žiada o potvrdenie, že ste to vy (%upn%).
device-request-title = Schváliť túto žiadosť?
device-pair-code = Párovací kód
device-name = Názov tohto zariadenia
device-name-default = Môj telefón
device-pair-button = Spárovať toto zariadenie
device-check = Skontrolovať žiadosti
device-number = Číslo zobrazené na druhej obrazovke
device-approve = Schváliť
device-deny = Zamietnuť
device-needs-js = Táto stránka potrebuje JavaScript, aby mohla uchovávať svoj kľúč a podpisovať schválenia.

## Sign-in, second step (G1)
check-title = Overte svoju identitu
check-intro = Vaše konto má bezpečnostné údaje, preto pred ich zobrazením alebo zmenou potrebujeme ďalšie overenie.

## The on-premises directory (P10, P11)
err-directory-policy = Adresár vašej organizácie toto heslo neprijal. Možno ste ho už predtým použili alebo porušuje niektoré z pravidiel adresára. Skúste iné.
err-directory = Nepodarilo sa spojiť s adresárom vašej organizácie. Nič sa nezmenilo. Skúste to znova o chvíľu.

## Issue 10: a form post with a field missing
err-form-incomplete = Formulár prišiel neúplný. Vyplňte všetky polia a skúste to znova.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Priebeh
progress-step = Krok { $current } z { $total }
step-userid = ID používateľa
step-verify = Overenie
step-password = Nové heslo
step-done = Hotovo
resend-code = Poslať kód znova
resend-in = O nový kód môžete požiadať o { $seconds ->
    [one] sekundu
    [few] { $seconds } sekundy
   *[other] { $seconds } sekúnd
}.
helpdesk-contact = Potrebujete pomoc? Obráťte sa na technickú podporu: { $contact }
brand-logo-alt = { $org }
setup-add-method = Pridať metódu
setup-delete-title = Odstrániť túto metódu?
setup-delete-confirm = Z vašich bezpečnostných údajov sa odstráni metóda: { $what }.
setup-delete-last-warning = Túto metódu potrebujete na resetovanie hesla. Bez nej si heslo nebudete môcť sami resetovať, kým nepridáte inú metódu.
setup-delete-confirm-button = Áno, odstrániť
setup-app-open-link = Otvoriť v overovacej aplikácii v tomto telefóne
setup-app-secret-grouped = Tajný kľúč po skupinách štyroch znakov:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }. { $month }. { $year } { $hour }:{ $minute } ({ $zone })
time-am = dopoludnia
time-pm = popoludní

# Issue 12: konzola správcu. Názvy sekcií zodpovedajú stránkam resetovania hesla v Entra.
account-admin-console = Konzola správcu
admin-title = Konzola správcu
admin-sign-in = Ak chcete otvoriť konzolu, prihláste sa kontom správcu.
admin-not-admin = Táto konzola je určená pre správcov. Vaše konto nemá žiadnu rolu správcu.
admin-second-step = Konzola vyžaduje druhý krok prihlásenia. Pridajte do svojich bezpečnostných údajov telefón alebo overovaciu aplikáciu, potom sa odhláste a znova prihláste.
admin-go-setup = Prejsť na bezpečnostné údaje
admin-go-account = Späť na moje konto
admin-back = Späť do konzoly
admin-tenant = Organizácia: { $name }
admin-signed-in-as = Prihlásený používateľ: { $name }, roly: { $roles }
admin-policy-heading = Politika resetovania hesla
admin-readonly = Vaše roly vám umožňujú pomáhať používateľom, ale nie meniť politiku resetovania hesla. Zmeniť ju môže globálny správca alebo správca politiky overovania.
admin-draft-pending = Zmena na stránke { $page } čaká na vašu kontrolu.
admin-draft-open = Otvoriť zmenu
admin-draft-elsewhere = Zmena na stránke { $page } čaká na kontrolu. Ak skontrolujete túto stránku, nahradí sa.
admin-saved = Uložené ako zmena { $id }.
admin-discarded = Zmena bola zahodená. Nič sa neuložilo.
admin-blade-properties = Vlastnosti
admin-blade-methods = Metódy overovania
admin-blade-registration = Registrácia
admin-blade-notifications = Oznámenia
admin-blade-customization = Prispôsobenie
admin-blade-on-premises = Lokálna integrácia
admin-blade-administrators = Politika pre správcov
admin-f-scope = Samoobslužné resetovanie hesla je povolené pre
admin-scope-none = Nikoho
admin-scope-selected = Vybraté skupiny
admin-scope-all = Všetkých používateľov
admin-f-groups = Skupiny
admin-f-groups-hint = Označte skupiny, pre ktoré je povolené samoobslužné resetovanie hesla, alebo zadajte názvy ďalších skupín oddelené čiarkami. Používajú sa, keď je vybratá možnosť Vybraté skupiny.
admin-f-methods-required = Počet metód požadovaných na resetovanie
admin-f-methods-required-hint = 1 alebo 2.
admin-f-methods = Metódy dostupné pre používateľov
admin-f-questions-to-register = Počet bezpečnostných otázok požadovaných na registráciu
admin-f-questions-to-ask = Počet bezpečnostných otázok požadovaných na resetovanie
admin-f-custom-questions = Vlastné bezpečnostné otázky vašej organizácie
admin-f-custom-questions-hint = Jedna otázka na riadok; ponúkajú sa popri preddefinovaných otázkach.
admin-f-require-registration = Vyžadovať od používateľov registráciu pri prihlásení
admin-f-reconfirm-days = Počet dní, po ktorých sa používatelia vyzvú na opätovné potvrdenie overovacích údajov
admin-f-reconfirm-days-hint = 0 až 730; pri hodnote 0 sa potvrdenie nikdy nevyžaduje.
admin-f-notify-users = Upozorňovať používateľov na resetovanie hesla
admin-f-notify-admins = Upozorňovať všetkých správcov, keď si iní správcovia resetujú heslo
admin-f-helpdesk = Odkaz na technickú podporu
admin-f-helpdesk-hint = E-mailová adresa alebo webová adresa začínajúca sa na https://. Ak pole necháte prázdne, odkaz sa nezobrazí.
admin-f-logo = Logo
admin-f-logo-hint = Súbor na tomto portáli, napríklad /brand/logo.svg. Ak pole necháte prázdne, zobrazí sa len názov.
admin-f-accent = Zvýrazňujúca farba
admin-f-accent-hint = Zapísaná v tvare #rrggbb, dostatočne tmavá pre biely text.
admin-f-sign-in-domain = Doména v nápovede na prihlásenie
admin-f-sign-in-domain-hint = Zobrazuje sa v príklade ID používateľa, napríklad contoso.com.
admin-f-writeback = Spätne zapisovať heslá do lokálneho adresára
admin-f-allow-unlock = Povoliť používateľom odomknúť kontá bez resetovania hesla
admin-f-admin-sspr = Povoliť správcom resetovať si vlastné heslo
admin-f-admin-sspr-hint = Správcovia vždy potrebujú dve metódy: e-mail alebo telefón a ešte jednu ďalšiu.
admin-review-button = Skontrolovať zmenu
admin-errors-heading = Túto zmenu nemožno uložiť:
admin-live-ok = Túto zmenu možno uložiť.
admin-err-number = Zadajte celé číslo.
admin-err-helpdesk = Zadajte e-mailovú adresu alebo webovú adresu, ktorá sa začína na https://.
admin-err-forbidden = Vaše roly neumožňujú meniť politiku resetovania hesla.
admin-err-no-draft = Na kontrolu nečaká žiadna zmena.
admin-err-no-change = Táto zmena nie je v histórii.
admin-err-refused = Táto zmena porušuje pravidlo politiky. Upravte ju a znova ju skontrolujte.
admin-review-title = Kontrola zmeny
admin-review-page = Stránka: { $page }
admin-changes = Mení sa: { $keys }
admin-no-change = Táto zmena nič nemení.
admin-impact-heading = Kto si môže resetovať heslo
admin-impact-summary = Používatelia, ktorí si teraz môžu resetovať heslo: { $before } z { $users }; po tejto zmene: { $after }.
admin-stranded-none = Nikto nestratí možnosť resetovať si heslo.
admin-stranded = { $count ->
    [one] { $count } používateľ si mohol pred zmenou resetovať heslo, ale po nej nebude môcť:
    [few] { $count } používatelia si mohli pred zmenou resetovať heslo, ale po nej nebudú môcť:
   *[other] { $count } používateľov si mohlo pred zmenou resetovať heslo, ale po nej nebude môcť:
}
admin-stranded-hint = Pred uložením ich požiadajte, aby si na stránke bezpečnostných údajov zaregistrovali ďalšie metódy, inak budú musieť volať technickú podporu.
admin-gained = { $count ->
    [one] { $count } používateľ si pred zmenou nemohol resetovať heslo, ale po nej bude môcť:
    [few] { $count } používatelia si pred zmenou nemohli resetovať heslo, ale po nej budú môcť:
   *[other] { $count } používateľov si pred zmenou nemohlo resetovať heslo, ale po nej bude môcť:
}
admin-export-csv = Stiahnuť zoznam (CSV)
admin-save = Uložiť
admin-discard = Zahodiť
admin-edit-again = Znova upraviť
admin-history-title = História zmien
admin-history-empty = Zatiaľ sa neuložili žiadne zmeny.
admin-history-change = Zmena
admin-history-when = Kedy
admin-history-who = Správca
admin-history-what = Zmenené nastavenia
admin-revert = Vrátiť späť
admin-revert-label = Vrátiť späť zmenu { $id }
admin-reverts = vracia späť zmenu { $id }
admin-reverted = Zmena { $id } bola vrátená späť. Nastavenia, ktoré nahradila, sú obnovené.
admin-key-scope = kto môže resetovať
admin-key-admin-sspr = resetovanie hesla správcami
admin-key-methods-required = požadované metódy
admin-key-methods = dostupné metódy
admin-key-questions-to-register = otázky na registráciu
admin-key-questions-to-ask = otázky na resetovanie
admin-key-custom-questions = vlastné bezpečnostné otázky
admin-key-require-registration = povinná registrácia
admin-key-reconfirm-days = dni do opätovného potvrdenia
admin-key-notify-users = upozornenia používateľov
admin-key-notify-admins = upozornenia správcov
admin-key-helpdesk = odkaz na technickú podporu
admin-key-branding = vizuálna identita
admin-key-writeback = spätný zápis hesiel
admin-key-allow-unlock = odomknutie konta
admin-key-password = pravidlá hesiel
admin-key-phone-countries = krajiny telefónnych čísel
admin-key-sms-sender = odosielateľ SMS

# Issue 12: prehľady v konzole (A2).
admin-reports-title = Prehľady
admin-reports-link = Registrácie, resetovania, zlyhania a kto si nemôže resetovať heslo
admin-reports-period = Posledné dni: { $days }, od { $since } (UTC).
admin-reports-chart = Graf údajov z tabuľky nižšie
admin-reports-by-day = Registrácie, resetovania a odomknutia podľa dní
admin-col-day = Deň
admin-col-registrations = Registrácie
admin-col-resets = Resetovania
admin-col-unlocks = Odomknutia
admin-col-user = Používateľ
admin-reports-funnel = Kam sa dostali pokusy o resetovanie
admin-reports-funnel-hint = Každý pokus sa začína zadaním ID používateľa. Kde čísla klesajú, tam to používatelia vzdávajú.
admin-col-step = Krok
admin-col-attempts = Pokusy
admin-funnel-started = Začaté
admin-funnel-eligible = Resetovanie povolené
admin-funnel-verified-one = Overená jedna metóda
admin-funnel-verified-two = Overená druhá metóda
admin-funnel-password-set = Nastavené nové heslo alebo odomknuté konto
admin-reports-failures = Zlyhania podľa dôvodu
admin-col-reason = Dôvod
admin-col-count = Počet
admin-reports-none = V tomto období nič.
admin-reports-methods = Metódy použité na resetovanie alebo odomknutie
admin-col-method = Metóda
admin-reports-cannot = Kto si nemôže resetovať heslo
admin-reports-can = Používatelia, ktorí si teraz môžu resetovať heslo: { $can } z { $users }.
admin-reports-short = { $count ->
    [one] { $count } používateľ si nemôže resetovať heslo pre nedostatok metód:
    [few] { $count } používatelia si nemôžu resetovať heslo pre nedostatok metód:
   *[other] { $count } používateľov si nemôže resetovať heslo pre nedostatok metód:
}
# Issue 12: stránka používateľov v konzole (D1, D3).
admin-users-title = Používatelia
admin-users-link = Vyhľadať používateľa: jeho metódy, blokovania a kontaktné údaje
admin-users-lookup-label = ID používateľa
admin-users-lookup = Vyhľadať
admin-err-no-user = Vo vašej organizácii nie je žiadny používateľ s týmto ID.
admin-err-protected = Tento používateľ je správca, ktorého vám vaše roly nedovoľujú spravovať. Požiadajte globálneho správcu.
admin-err-contact = Zadajte inú e-mailovú adresu, než je vlastná adresa používateľa, a telefónne čísla v tvare +<kód krajiny> <číslo>.
admin-user-status = Konto
admin-user-enabled = Povolené
admin-user-disabled = Zakázané
admin-user-locked = zamknuté v adresári
admin-user-password = Heslo
admin-user-cloud = Uchováva ho tento portál
admin-user-onprem = Uchováva ho lokálny adresár
admin-user-groups = Skupiny
admin-user-roles = Roly správcu
admin-user-none = Žiadne
admin-user-methods = Metódy používateľa
admin-user-reset = Samoobslužné resetovanie hesla
admin-user-can-reset = Teraz si môže resetovať heslo.
admin-user-cannot-reset = Teraz si nemôže resetovať heslo:
admin-reason-consumer = osobné konto, ktoré tento portál neobsluhuje.
admin-reason-unavailable = konto je zakázané.
admin-reason-not-enabled = samoobslužné resetovanie hesla nie je povolené pre skupiny používateľa.
admin-reason-not-registered = má zaregistrovaných menej metód, než vyžaduje politika.
admin-reason-admin-not-registered = správca potrebuje dve metódy a má ich menej.
admin-reason-writeback-off = heslo sa uchováva lokálne a spätný zápis je vypnutý.
admin-user-blocks = Blokovania
admin-user-no-blocks = Momentálne žiadne blokovania.
admin-user-reset-blocked = Resetovanie hesla je zablokované do { $until } (príliš veľa nesprávnych kódov alebo odpovedí)
admin-user-sends-blocked = Odosielanie kódov je zablokované do { $until } (odoslalo sa ich príliš veľa)
admin-user-signin-locked = Prihlásenie je zamknuté do { $until } (príliš veľa nesprávnych hesiel)
admin-user-clear = Zrušiť blokovania
admin-user-cleared = Blokovania boli zrušené.
admin-user-contact = Kontaktné údaje
admin-user-alternate-email = Alternatívny e-mail
admin-user-mobile = Mobilný telefón
admin-user-office = Telefón do kancelárie
admin-user-contact-hint = Telefónne čísla v tvare +<kód krajiny> <číslo>. Ak chcete pole vymazať, nechajte ho prázdne.
admin-user-contact-save = Uložiť kontaktné údaje
admin-user-contact-saved = Kontaktné údaje boli uložené.
admin-user-protected = Tento používateľ je správca, ktorého vám vaše roly nedovoľujú spravovať: jeho kontaktné údaje alebo blokovania môže zmeniť len globálny správca.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Kód na obnovenie
admin-recovery-intro = Pre používateľa, ktorý prišiel o všetky metódy: jednorazový kód platný 8 hodín, s ktorým sa môže raz prihlásiť a zaregistrovať nové metódy. Odovzdajte ho osobne alebo počas hovoru, ktorý ste sami uskutočnili; používateľ dostane upozornenie na svoje e-mailové adresy.
admin-recovery-issue = Vydať kód na obnovenie
admin-recovery-issued = Kód na obnovenie bol vydaný. Zobrazí sa len raz.
admin-recovery-code-is = Kód na obnovenie:
admin-recovery-until = Kód na obnovenie platí do { $until }.
admin-recovery-hand-over = Prečítajte ho používateľovi, až keď budete mať istotu, kto to je. Znova sa už nezobrazí.
admin-recovery-done = Hotovo, skryť kód
recovery-link = Dostali ste kód na obnovenie od technickej podpory?
recovery-title = Prihlásenie pomocou kódu na obnovenie
recovery-intro = Ak ste prišli o všetky metódy, technická podpora vám môže poskytnúť jednorazový kód na obnovenie. Prihláste sa ním a potom si na stránke bezpečnostných údajov zaregistrujte nové metódy.
recovery-code-label = Kód na obnovenie
recovery-code-hint = 16 písmen a číslic, napríklad ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID používateľa alebo kód na obnovenie nie je správny, prípadne kód už bol použitý alebo mu vypršala platnosť.
recovery-back = Prihlásiť sa radšej heslom
msg-recovery-issued-subject = Pre vaše konto bol vydaný kód na obnovenie
msg-recovery-issued-body = Správca vydal jednorazový kód na obnovenie pre používateľa { $user }. Ak ste oň technickú podporu nežiadali, okamžite sa obráťte na svojho správcu.
msg-recovery-used-subject = Niekto sa prihlásil pomocou kódu na obnovenie
msg-recovery-used-body = Používateľ { $user } sa prihlásil pomocou kódu na obnovenie, aby zaregistroval nové bezpečnostné údaje. Ak ste to neboli vy, okamžite sa obráťte na svojho správcu.
msg-contact-changed-subject = Vaše kontaktné údaje boli zmenené
msg-contact-changed-body = Správca zmenil kontaktné údaje používateľa { $user } (e-mailovú adresu alebo telefónne číslo, ktoré sa používajú na resetovanie hesla). Ak ste to nečakali, okamžite sa obráťte na svojho správcu.

# Issue 12: vyhľadávanie v protokole auditu v konzole (A1, W2).
admin-audit-title = Protokol auditu
admin-audit-link = Vyhľadávanie v protokole auditu a jeho stiahnutie
admin-audit-user = ID používateľa
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Krok
admin-audit-outcome = Výsledok
admin-audit-ip = IP adresa
admin-audit-client = Typ klienta
admin-audit-any = Ľubovoľný
admin-audit-search = Hľadať
admin-audit-bad-date = Zadajte dátum v tvare YYYY-MM-DD, napríklad 2026-11-05.
admin-audit-count = { $count ->
    [one] Vyhľadávaniu zodpovedá jeden záznam.
    [few] Vyhľadávaniu zodpovedajú { $count } záznamy.
   *[other] Vyhľadávaniu zodpovedá { $count } záznamov.
}
admin-audit-capped = Zobrazujú a sťahujú sa len najnovšie záznamy; ak chcete vidieť ostatné, zúžte vyhľadávanie.
admin-audit-pages = Stránky výsledku
admin-audit-newer = Novšie záznamy
admin-audit-older = Staršie záznamy
admin-audit-export-json = Stiahnuť ako riadky JSON

# Issue 12: stránka prevádzky v konzole.
admin-ops-title = Prevádzka
admin-ops-link = Prevádzka: aktuálny stav databázy, adresára a poštového frontu
admin-ops-database = Databáza
admin-ops-directory = Lokálny adresár
admin-ops-no-directory = Nenastavený
admin-ops-ok = Funguje
admin-ops-down = Neodpovedá
admin-ops-on = Zapnutý
admin-ops-off = Vypnutý
admin-ops-directory-error = Posledné zlyhanie adresára (za 30 dní)
admin-ops-mail-waiting = Upozornenia čakajúce na odoslanie
admin-ops-mail-oldest = Najstaršie upozornenie čaká od
admin-ops-mail-sent = Odoslané upozornenia
admin-ops-mail-failed = Upozornenia, ktoré sa nepodarilo odoslať ani po opakovaných pokusoch
admin-ops-hashing = Heslá čakajúce na hašovanie na tomto uzle
admin-ops-version = Verzia
admin-ops-hint = Skontrolované pri otvorení tejto stránky uzlom, ktorý ju poskytol. Počty upozornení platia pre celý portál; ostatné údaje nájdete na /metrics.

# Issue 12: výber skupín na stránke P1 a upozornenie M2 pre používateľov, ktorí si po zmene nebudú môcť resetovať heslo.
admin-f-groups-other = Ďalšie skupiny
admin-f-groups-none = Táto organizácia zatiaľ nemá na portáli žiadne skupiny: zadajte ich názvy.
admin-notify-stranded = Poslať e-mail používateľom, ktorí si po tejto zmene nebudú môcť resetovať heslo, so žiadosťou, aby si zaregistrovali ďalšie metódy
msg-register-needed-subject = Zaregistrujte si ďalšie bezpečnostné údaje
msg-register-needed-body = Vaša organizácia teraz na resetovanie hesla vyžaduje viac bezpečnostných údajov. Kým sa neprihlásite a nepridáte metódy na stránke bezpečnostných údajov, používateľ { $user } si bez volania na technickú podporu nebude môcť resetovať heslo.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Posledná synchronizácia adresára (sspr directory sync)
admin-ops-sync-counts = zapísané zmeny: { $changes }; odmietnuté hodnoty: { $refused }; používatelia bez organizácie: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Preklad sa píše na riadok pod svoju otázku ako kód jazyka, dvojbodka a text (napríklad ja-JP: …) s dĺžkou 1 až 200 znakov.
admin-err-translation-first = Najprv napíšte otázku a potom na riadky pod ňou jej preklady.
admin-f-question-translations-hint = Ak chcete otázku zobraziť v inom jazyku, pridajte pod ňu riadok s kódom jazyka, dvojbodkou a prekladom, napríklad „ja-JP: 事務所の植物の名前は？“. Používatelia, pre ktorých jazyk preklad neexistuje, uvidia otázku tak, ako je napísaná.
admin-f-recovery-code-resets = Kód na obnovenie od technickej podpory môže aj raz resetovať heslo používateľa
admin-key-recovery-code-resets = kódy na obnovenie, ktoré resetujú heslá
recovery-reset-hint = Ak to vaša organizácia povoľuje, môžete kódom namiesto toho raz resetovať svoje heslo.
recovery-reset-button = Resetovať moje heslo
recovery-no-reset = Vaša organizácia povoľuje použiť kód na obnovenie len na prihlásenie. Zaregistrujte tu nové metódy; potom si pomocou nich môžete resetovať heslo.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Resetovanie začaté
audit-step-choose = Zvolené resetovanie alebo odomknutie
audit-step-select = Zvolená metóda
audit-step-send-code = Kód odoslaný
audit-step-verify = Metóda overená
audit-step-unlock = Konto odomknuté
audit-step-reset = Resetovanie hesla
audit-step-password = Zadané nové heslo
audit-step-directory = Spätný zápis do adresára
audit-step-notify = Oznámenie
audit-step-admin-request = Žiadosť správcom
audit-step-signin = Prihlásenie
audit-step-signin-verify = Druhý krok prihlásenia
audit-step-signout = Odhlásenie
audit-step-interrupt = Výzva na registráciu pri prihlásení
audit-step-reconfirm = Bezpečnostné údaje znova potvrdené
audit-step-register = Metóda zaregistrovaná
audit-step-register-send-code = Registračný kód odoslaný
audit-step-register-pairing = Overovacia aplikácia spárovaná
audit-step-register-verify = Registračný kód overený
audit-step-delete-method = Metóda odstránená
audit-step-change-password = Heslo zmenené
audit-step-delivery = Potvrdenie o doručení
audit-step-policy-change = Politika zmenená
audit-step-admin-clear-blocks = Blokovania zrušené správcom
audit-step-admin-set-contact = Kontaktné údaje nastavené správcom
audit-step-admin-recovery-code = Vydaný kód na obnovenie
audit-step-directory-sync = Synchronizácia adresára
audit-outcome-ok = Úspešné
audit-outcome-fail = Neúspešné
audit-outcome-blocked = Zablokované
audit-outcome-error = Chyba
audit-outcome-rejected = Odmietnuté
audit-outcome-ineligible = Nespĺňa podmienky
audit-outcome-dismissed = Odložené
audit-client-browser = Prehliadač
audit-client-sign-in-screen = Prihlasovacia obrazovka
audit-client-app = Aplikácia

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Zapnuté
admin-value-off = Vypnuté
admin-value-empty = (prázdne)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Posledný spätný zápis hesla (alebo odomknutie konta) v adresári

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Heslo resetované
done-title-unlock = Konto odomknuté
admin-f-sign-in-url = Prihlasovacia stránka vašej organizácie
admin-f-sign-in-url-hint = Kam vedie tlačidlo na poslednej stránke resetovania, napríklad https://login.contoso.com. Ak pole necháte prázdne, použije sa predvolená stránka tohto portálu.
policy-err-sign-in-url = Zadajte prihlasovaciu stránku ako webovú adresu, ktorá sa začína na https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Preddefinované bezpečnostné otázky, z ktorých môžu používatelia vyberať
admin-key-predefined-questions = preddefinované bezpečnostné otázky
policy-err-too-few-questions = Ponúknite aspoň toľko bezpečnostných otázok (preddefinovaných aj vlastných), koľko musia používatelia zaregistrovať.
