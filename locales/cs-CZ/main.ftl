# sspr, cs-CZ. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Samoobslužné resetování hesla
reset-title = Získejte zpět přístup ke svému účtu
skip-to-content = Přeskočit na hlavní obsah
lang-switch-label = Jazyk
next = Další
back-to-start = Začít znovu
retry = Zkusit znovu
something-wrong = Něco se pokazilo. Zkuste to znovu později.
not-found = Tato stránka neexistuje.
working = Zpracovává se…

## Entry (E2)
entry-intro = Pokud chcete obnovit přístup k účtu, zadejte nejprve ID uživatele a odpověď na otázku níže.
userid-label = ID uživatele
userid-hint = Příklad: { $example }
captcha-legend = Prokažte, že nejste robot
captcha-nojs = Po výběru možnosti „Další“ se prohlížeč několik sekund (alespoň { $seconds } s) kontroluje. Nemusíte nic dalšího dělat.
captcha-working = Kontroluje se prohlížeč…
captcha-done = Hotovo. Můžete pokračovat.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Kontaktujte svého správce
contact-reason-consumer = Osobní účty tento portál používat nemůžou. Použijte místo toho možnosti obnovení od svého poskytovatele e-mailu.
contact-reason-unavailable = Tento účet tady resetovat nemůžeme. Možná neexistuje nebo je zakázaný.
contact-reason-not-enabled = Samoobslužné resetování hesla není pro tento účet zapnuté.
contact-reason-not-registered = Tento účet nemá zaregistrovaný dostatek bezpečnostních údajů k resetování hesla.
contact-reason-admin-not-registered = Účty správců potřebují k resetování hesla dvě zaregistrované metody (e-mail, mobilní telefon, telefon do kanceláře nebo ověřovací aplikaci).
contact-reason-writeback-off = Heslo tohoto účtu se spravuje v místním prostředí a tady ho resetovat nejde.
contact-also-intro = K tomu může dojít také v těchto případech:
contact-also-consumer = účet je osobní účet u poskytovatele e-mailu pro spotřebitele
contact-also-unavailable = ID uživatele obsahuje překlep nebo účet neexistuje či je vypnutý
contact-also-not-enabled = samoobslužné resetování hesla není pro účet zapnuté
contact-also-not-registered = účet nemá zaregistrovaný dostatek bezpečnostních údajů (pokud se můžete přihlásit, na stránce bezpečnostních údajů uvidíte, co chybí)
contact-also-admin-not-registered = účet správce nemá zaregistrované dvě metody
contact-also-writeback-off = heslo spravuje vlastní adresář vaší organizace
contact-helpdesk-link = Kontaktujte technickou podporu
contact-helpdesk-email = Napište technické podpoře: { $email }
contact-no-helpdesk = Požádejte o pomoc správce své organizace.
contact-request-button = Požádat správce o resetování hesla
contact-request-sent = Vaše žádost byla odeslána správcům.

## Trouble choice
choose-title = Proč se nemůžete přihlásit?
choose-forgot = Zapomněl(a) jsem heslo
choose-forgot-hint = Nevadí, pomůžeme vám ho resetovat pomocí zaregistrovaných bezpečnostních údajů.
choose-unlock = Heslo znám, ale přesto se nemůžu přihlásit
choose-unlock-hint = To se může stát, pokud jste se příliš mnohokrát pokusili přihlásit s nesprávným heslem.

## Verification (V1..V6)
verify-title = Ověřte svou identitu
verify-step = Krok ověření { $current } z { $required }
verify-pick = Zvolte způsob kontaktu, který máme pro ověření použít:
verify-passed = Ověřeno
option-email = Poslat e-mail na moji alternativní adresu { $masked }
option-sms = Poslat SMS na můj mobilní telefon { $masked }
option-voice = Zavolat na můj mobilní telefon { $masked }
option-office = Zavolat na můj telefon do kanceláře { $masked }
option-app = Zadat kód z mé ověřovací aplikace
option-software_oath = Zadat kód z mého softwarového tokenu
option-hardware_oath = Zadat kód z mého hardwarového tokenu
option-questions = Odpovědět na mé bezpečnostní otázky
pending-email = Na adresu { $masked } jsme poslali e-mail s ověřovacím kódem.
pending-sms = Na číslo { $masked } jsme poslali textovou zprávu s ověřovacím kódem.
pending-voice = Voláme na číslo { $masked }. Poslechněte si ověřovací kód.
pending-totp = Zadejte kód zobrazený v aplikaci nebo na tokenu.
code-label = Ověřovací kód
questions-legend = Odpovězte na bezpečnostní otázky
verify-button = Ověřit

## New password (N1, N2)
password-title = Zvolte nové heslo
password-label = Nové heslo
confirm-label = Potvrzení nového hesla
password-rules = Heslo musí:
pw-rule-length = { $min ->
    [one] mít alespoň { $min } znak
    [few] mít alespoň { $min } znaky
   *[other] mít alespoň { $min } znaků
}
pw-rule-max-length = { $max ->
    [one] mít nejvýše { $max } znak
    [few] mít nejvýše { $max } znaky
   *[other] mít nejvýše { $max } znaků
}
pw-rule-classes = obsahovat tři z těchto typů znaků: malá písmena, velká písmena, číslice, symboly
pw-rule-banned = nebýt běžně používaným ani zakázaným heslem
pw-rule-name = neobsahovat vaše jméno
pw-rule-match = shodovat se s potvrzením
pw-rule-classes-ad = obsahovat tři z těchto typů znaků: malá písmena, velká písmena, číslice, symboly, písmena bez rozlišení velikosti (například kana)
pw-rule-name-ad = neobsahovat název vašeho účtu ani žádnou část vašeho jména o délce 3 nebo více znaků
pw-dir-heading = Adresář vaší organizace při odeslání navíc kontroluje tyto podmínky:
pw-dir-history = { $n ->
    [one] nejde o vaše aktuální heslo
    [few] nejde o žádné z vašich posledních { $n } hesel
   *[other] nejde o žádné z vašich posledních { $n } hesel
}
pw-dir-min-age = { $n ->
    [one] od poslední změny hesla uplynul alespoň den
    [few] od poslední změny hesla uplynuly alespoň { $n } dny
   *[other] od poslední změny hesla uplynulo alespoň { $n } dní
}
pw-dir-module = heslo splňuje další pravidla kvality vaší organizace
pw-rule-ok = splněno
pw-rule-not-ok = nesplněno
finish = Dokončit

## Done
done-reset = Vaše heslo bylo resetováno.
done-unlock = Váš účet byl odemknut.
done-sign-in = Přihlásit se k účtu

## Errors (flows)
err-no-flow = Platnost relace vypršela. Začněte znovu.
err-captcha = Platnost kontroly, že nejste robot, vypršela, nebo už byla kontrola použita. Zkuste to znovu.
err-wrong-step = Tento krok už není k dispozici. Pokračujte odsud.
err-unknown-option = Zvolte jednu z uvedených metod.
err-code-wrong = Tento kód nefungoval. Zkontrolujte ho a zkuste to znovu.
err-code-expired = Platnost tohoto kódu vypršela. Nechte si poslat nový.
err-code-used = Tento kód už byl použit. Pokračujte odsud.
err-blocked = Příliš mnoho pokusů. Zkuste to znovu po { $until }.
err-email-limit = Poslali jsme příliš mnoho kódů. Zkuste to znovu po { $until } nebo použijte jinou metodu.
err-answers-wrong = Nejméně jedna odpověď byla nesprávná. Tady je nová sada otázek.
err-password = Heslo nesplňuje níže uvedené požadavky.
err-delivery = Zprávu teď nemůžeme odeslat. Zkuste to znovu později nebo použijte jinou metodu.
err-admin-request-limit = Už jste odeslali několik žádostí. Správci se vám ozvou.
err-internal = Něco se pokazilo. Zkuste to znovu později.
userid-err-empty = Zadejte ID uživatele.
userid-err-shape = Zadejte ID uživatele ve tvaru jméno@doména, například { $example }.
userid-err-too-long = Toto ID uživatele je příliš dlouhé.

## Messages (email, SMS, voice)
msg-code-subject = Ověřovací kód pro účet { $org }
msg-code-email = K ověření účtu použijte tento kód: { $code }. Jeho platnost vyprší za { $minutes ->
    [one] minutu
    [few] { $minutes } minuty
   *[other] { $minutes } minut
}. Pokud jste o něj nežádali, tento e-mail ignorujte.
msg-code-sms = Ověřovací kód pro resetování hesla ({ $org }): { $code }
msg-code-voice = Váš ověřovací kód je { $code }. Opakuji, váš kód je { $code }.
msg-reset-subject = Vaše heslo bylo resetováno
msg-reset-body = Heslo uživatele { $user } bylo právě resetováno prostřednictvím samoobslužného resetování hesla. Pokud jste to nebyli vy, okamžitě kontaktujte svého správce.
msg-method-added-subject = K vašemu účtu byly přidány bezpečnostní údaje
msg-method-added-body = Do bezpečnostních údajů uživatele { $user } byla přidána metoda: { $method }. Pokud jste to nebyli vy, přihlaste se, metodu odstraňte, změňte si heslo a kontaktujte svého správce.
msg-method-removed-subject = Z vašeho účtu byly odstraněny bezpečnostní údaje
msg-method-removed-body = Z bezpečnostních údajů uživatele { $user } byla odstraněna metoda: { $method }. Pokud jste to nebyli vy, přihlaste se, zkontrolujte své bezpečnostní údaje, změňte si heslo a kontaktujte svého správce.
msg-admin-reset-subject = Správce si resetoval heslo
msg-admin-reset-body = Správce { $user } si resetoval vlastní heslo prostřednictvím samoobslužného resetování hesla.
msg-admin-request-subject = Žádost o resetování hesla
msg-admin-request-body = Uživatel { $user } si nemůže sám resetovat heslo a žádá správce o pomoc.

## Dev outbox (demo mode only)
outbox-title = Pošta k odeslání (demo)
outbox-intro = Ukázkový režim: zprávy odeslané portálem se místo doručení zapisují sem. Nejnovější nahoře.
outbox-empty = Zatím žádné zprávy.
outbox-to = Komu
demo-outbox-link = Ukázkový režim: přečíst zprávu ve složce Pošta k odeslání (otevře se na nové kartě)
outbox-channel = Kanál

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Pro rozsah „vybrané skupiny“ zvolte alespoň jednu skupinu.
policy-err-methods-required = Počet požadovaných metod musí být 1 nebo 2.
policy-err-too-few-methods = Povolte alespoň tolik metod, kolik je požadováno.
policy-err-office-phone-paid = Telefon do kanceláře je k dispozici jen pro placené tenanty.
policy-err-questions-register = Uživatelé musí zaregistrovat 3 až 5 bezpečnostních otázek.
policy-err-questions-ask = Počet kladených bezpečnostních otázek musí být 3 až 5.
policy-err-questions-ask-exceeds = Nelze klást víc otázek, než kolik jich uživatelé registrují.
policy-err-reconfirm-days = Interval opětovného potvrzení musí být 0 až 730 dní.
policy-err-app-needs-more = Když je povolená mobilní aplikace, povolte kromě ní i dostatek dalších metod.
policy-err-app-notification-alone = Pokud je požadována jedna metoda, samotné oznámení v aplikaci se nepočítá.
policy-err-password-length = Délka hesla musí být 8 až 256 znaků.
policy-err-banned-terms = Povoleno je nejvýše 1000 vlastních zakázaných výrazů.
policy-err-sms-sender = Odesílatelem SMS musí být název o nejvýše 11 písmenech a číslicích nebo telefonní číslo, například +15017122661.
phone-err-country-code = Začněte číslo znakem + a kódem země.
phone-err-characters = Používejte jen číslice, mezery a pomlčky.
phone-err-length = Toto číslo je příliš krátké nebo příliš dlouhé.
policy-err-custom-question = Vlastní bezpečnostní otázky musí mít 1 až 200 znaků a každá musí být jiná.
policy-err-brand-accent = Barva značky musí být zapsána ve tvaru #rrggbb a být dostatečně tmavá pro bílý text (kontrast alespoň 4,5:1).
policy-err-brand-logo = Logo musí být soubor na tomto portálu (například /brand/logo.svg) nebo vložený obrázek.
policy-err-sign-in-domain = Přihlašovací doména musí být název domény, například contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Přihlaste se a spravujte své bezpečnostní údaje
signin-title = Přihlášení
signin-intro = Po přihlášení si můžete zobrazit a aktualizovat bezpečnostní údaje nebo změnit heslo.
signin-password-label = Heslo
signin-button = Přihlásit se
signin-cant-access = Nemáte přístup ke svému účtu?
signin-signed-out = Odhlásili jste se.
signout-button = Odhlásit se
account-title = Můj účet
account-signed-in-as = Přihlášeno jako { $name } ({ $upn })
account-reset-attempts = Někdo se pokusil resetovat vaše heslo a { $count ->
    [one] jednou neprošel ověřením
    [few] { $count }krát neprošel ověřením
   *[other] { $count }krát neprošel ověřením
}, naposledy { $when }. Pokud jste to nebyli vy, vaše heslo zůstává beze změny; ověřte, že bezpečnostní údaje patří vám, a informujte svého správce.
account-cannot-reset = Zatím si nemůžete heslo resetovat sami.
account-security-info = Bezpečnostní údaje
account-change-password = Změnit heslo
err-no-session = Nejste přihlášeni nebo vaše relace skončila. Přihlaste se znovu.
err-credentials = ID uživatele nebo heslo není správné.
err-locked-out = Váš účet je dočasně uzamčený, aby se zabránilo neoprávněnému použití. Zkuste to znovu po { $until }.
err-account-locked = Váš účet je uzamčený. K odemknutí použijte odkaz „Nemáte přístup ke svému účtu?“.
err-not-allowed = Tuto metodu nelze pro váš účet použít.
err-current-password = Vaše aktuální heslo není správné.
err-on-premises = Vaše heslo spravuje adresář vaší organizace. Změňte ho tam.
err-too-many = Z vaší sítě bylo provedeno příliš mnoho pokusů. Zkuste to znovu po { $until }.
err-resend-wait = Tímto způsobem jsme vám právě poslali kód. Než si vyžádáte další, počkejte do { $until }, nebo použijte jinou metodu.
err-messages-paused = Teď nemůžeme posílat další kódy. Zkuste to znovu po { $until } nebo použijte metodu, která nevyžaduje zprávu, například ověřovací aplikaci nebo bezpečnostní otázky.
err-phone-country = Vaše organizace neposílá kódy na telefonní čísla v této zemi. Použijte jiné číslo nebo jinou metodu.
err-busy = Služba je teď přetížená. Chvíli počkejte a zkuste to znovu.
cancel = Zrušit
save = Uložit

## Security info (G2..G7, C1)
setup-title = Bezpečnostní údaje
setup-intro = Toto jsou metody, kterými při resetování hesla prokazujete svou identitu.
setup-progress-ok = Heslo si můžete resetovat: nastaveno je { $have } z { $required } požadovaných metod.
setup-progress-short = Nastaveno je { $have } z { $required } požadovaných metod. Přidejte další, abyste si mohli resetovat heslo.
setup-methods-heading = Vaše metody
setup-none = Zatím nemáte nastavené žádné metody.
setup-add-heading = Přidat metodu
setup-change = Změnit
setup-change-label = Změnit: { $what }
setup-delete = Odstranit
setup-delete-label = Odstranit: { $what }
setup-from-directory = (z adresáře vaší organizace)
setup-done-added = Metoda byla přidána.
setup-done-deleted = Metoda byla odstraněna.
setup-back = Zpět na bezpečnostní údaje
setup-not-available = Tato metoda není pro váš účet k dispozici.
method-app = Ověřovací aplikace
method-software = Softwarový token OATH
method-hardware = Hardwarový token
method-phone = Telefon
method-office = Telefon do kanceláře
method-email = E-mail
method-questions = Bezpečnostní otázky
method-questions-detail = { $count ->
    [one] { $count } otázka
    [few] { $count } otázky
   *[other] { $count } otázek
}
add-app = Přidat ověřovací aplikaci
add-software = Přidat softwarový token OATH
add-hardware = Aktivovat hardwarový token
add-phone = Přidat nebo změnit telefon
add-office = Přidat nebo změnit telefon do kanceláře
add-email = Přidat nebo změnit e-mail
add-questions = Nastavit bezpečnostní otázky
setup-email-label = E-mailová adresa
setup-email-hint = Použijte jinou adresu, než je adresa pracovního účtu. Pošleme na ni kód.
setup-phone-label = Telefonní číslo
setup-office-label = Telefonní číslo do kanceláře
setup-phone-hint = Uveďte znak + a kód země, například +420 601 123 456.
setup-phone-channel = Jak vám máme kód poslat?
setup-phone-sms = Poslat kód textovou zprávou
setup-phone-voice = Zavolat mi
setup-app-intro = Nainstalujte si do telefonu ověřovací aplikaci a pak výběrem možnosti „Další“ zobrazte QR kód k naskenování.
setup-software-intro = Výběrem možnosti „Další“ získáte tajný klíč pro svůj softwarový token.
setup-app-step-scan = Naskenujte QR kód v aplikaci nebo zadejte tajný klíč níže.
setup-app-step-code = Zadejte šestimístný kód, který aplikace zobrazuje.
setup-app-qr-alt = QR kód pro ověřovací aplikaci
setup-app-secret = Tajný klíč:
setup-hardware-intro = Zvolte sériové číslo vytištěné na tokenu a zadejte kód, který token zobrazuje.
setup-hardware-serial = Sériové číslo
setup-questions-intro = { $count ->
    [one] Zvolte { $count } otázku a odpovězte na ni
    [few] Zvolte { $count } různé otázky a odpovězte na každou z nich
   *[other] Zvolte { $count } různých otázek a odpovězte na každou z nich
} (3 až 40 znaků, žádné dvě odpovědi nesmí být stejné).
setup-question-label = Otázka { $n }
setup-answer-label = Odpověď { $n }
setup-err-email-shape = Zadejte e-mailovou adresu, například someone@example.com.
setup-err-email-same = Použijte jinou adresu, než je adresa pracovního účtu.
setup-err-phone = Toto telefonní číslo nevypadá správně.
setup-err-questions = Vaše bezpečnostní otázky nebyly uloženy.
setup-err-questions-count = Odpovězte na všechny otázky.
setup-err-questions-unknown = Zvolte otázky ze seznamu.
setup-err-questions-duplicate = V každém poli zvolte jinou otázku.
setup-err-answer-length = Odpovědi musí mít 3 až 40 znaků.
setup-err-answer-duplicate = Na každou otázku odpovězte jinak.
setup-err-too-many-apps = Už máte maximální počet ověřovacích aplikací. Nejdřív jednu odstraňte.
setup-err-token-unknown = Tento token vám není přiřazený nebo je už aktivní.
protect-title = Pomozte nám chránit váš účet
protect-intro = Vaše organizace potřebuje další informace, aby mohla udržet váš účet v bezpečí a abyste si mohli resetovat heslo sami.
protect-skip = Teď přeskočit
confirm-title = Jsou vaše bezpečnostní údaje stále aktuální?
confirm-intro = Zkontrolujte metody, kterými si resetujete heslo. Potvrďte je, nebo je upravte, pokud se něco změnilo.
confirm-looks-good = Vše je v pořádku
confirm-edit = Upravit bezpečnostní údaje
confirm-done = Děkujeme! Vaše bezpečnostní údaje jsou potvrzené.
change-title = Změna hesla
change-current-label = Aktuální heslo
change-button = Změnit heslo
change-done = Vaše heslo bylo změněno.

## Security questions (G6, predefined list)
sq-first-pet = Jak se jmenovalo vaše první domácí zvíře?
sq-birth-city = V jakém městě jste se narodili?
sq-first-school = Jak se jmenovala vaše první škola?
sq-childhood-friend = Jaké je křestní jméno vašeho nejlepšího kamaráda z dětství?
sq-first-job-city = V jakém městě jste měli první zaměstnání?
sq-grandparent-name = Jaké je křestní jméno vašeho nejstaršího prarodiče?
sq-first-concert = Jaký byl první koncert, na kterém jste byli?
sq-childhood-street = V jaké ulici jste bydleli jako dítě?
sq-favourite-teacher = Jaké bylo příjmení vašeho oblíbeného učitele?
sq-first-car = Jaká byla značka a model vašeho prvního auta?

## Notifications on a paired device (V4)
option-push = Schválit oznámení na mém zařízení
pending-push = Na vaše zařízení jsme poslali oznámení. Otevřete ho a zadejte toto číslo:
pending-push-then = Potom tady vyberte „Pokračovat“.
push-continue = Pokračovat
err-push-pending = Na oznámení jste zatím neodpověděli. Odpovězte na něj na svém zařízení a pak vyberte „Pokračovat“.
err-push-denied = Oznámení bylo zamítnuto nebo se číslo neshodovalo. Pokud to chcete zkusit znovu, zvolte metodu.
method-notification = Oznámení na mém zařízení
add-notification = Přidat zařízení pro oznámení
setup-device-intro = Používejte telefon jako zařízení, které schvaluje žádosti: výběrem možnosti „Další“ získáte párovací kód.
setup-device-step-open = V telefonu otevřete stránku zařízení:
setup-device-link = otevřít stránku zařízení
setup-device-step-code = Zadejte tam tento párovací kód:
setup-device-then = Až stránka zařízení oznámí, že je spárováno, vraťte se sem.
setup-device-done = Hotovo
device-title = Vaše zařízení
device-intro = Na této stránce schvalujete žádosti o přihlášení a resetování hesla pro svůj účet. Přidejte si ji na domovskou obrazovku, ať ji máte po ruce.
device-paired = Toto zařízení je spárované. Až budete požádáni o schválení, zkontrolujte žádosti.
device-pair-failed = Tento párovací kód nefungoval. Získejte nový v bezpečnostních údajích.
device-approved = Schváleno. Můžete se vrátit na druhou obrazovku.
device-denied = Zamítnuto. Nic nebylo schváleno.
device-no-request = Žádná žádost nečeká.
device-request = %org% žádá o potvrzení, že jste to vy (%upn%).
device-request-title = Schválit tuto žádost?
device-pair-code = Párovací kód
device-name = Název tohoto zařízení
device-name-default = Můj telefon
device-pair-button = Spárovat toto zařízení
device-check = Zkontrolovat žádosti
device-number = Číslo zobrazené na druhé obrazovce
device-approve = Schválit
device-deny = Zamítnout
device-needs-js = Tato stránka potřebuje JavaScript, aby mohla uchovávat svůj klíč a podepisovat schválení.

## Sign-in, second step (G1)
check-title = Ověřte svou identitu
check-intro = Váš účet má bezpečnostní údaje, proto před jejich zobrazením nebo změnou potřebujeme další ověření.

## The on-premises directory (P10, P11)
err-directory-policy = Adresář vaší organizace toto heslo nepřijal. Možná jste ho už dříve použili nebo porušuje některé z pravidel adresáře. Zkuste jiné.
err-directory = Nepodařilo se spojit s adresářem vaší organizace. Nic se nezměnilo. Zkuste to za chvíli znovu.

## Issue 10: a form post with a field missing
err-form-incomplete = Formulář dorazil neúplný. Vyplňte všechna pole a zkuste to znovu.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Průběh
progress-step = Krok { $current } z { $total }
step-userid = ID uživatele
step-verify = Ověření
step-password = Nové heslo
step-done = Hotovo
resend-code = Poslat kód znovu
resend-in = O nový kód můžete požádat za { $seconds ->
    [one] sekundu
    [few] { $seconds } sekundy
   *[other] { $seconds } sekund
}.
helpdesk-contact = Potřebujete pomoc? Kontaktujte technickou podporu: { $contact }
brand-logo-alt = { $org }
setup-add-method = Přidat metodu
setup-delete-title = Odstranit tuto metodu?
setup-delete-confirm = Z vašich bezpečnostních údajů bude odstraněna metoda: { $what }.
setup-delete-last-warning = Tuto metodu potřebujete k resetování hesla. Bez ní si heslo sami resetovat nemůžete, dokud nepřidáte jinou metodu.
setup-delete-confirm-button = Ano, odstranit
setup-app-open-link = Otevřít v ověřovací aplikaci v tomto telefonu
setup-app-secret-grouped = Tajný klíč po skupinách čtyř znaků:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year } { $hour }:{ $minute } ({ $zone })
time-am = dop.
time-pm = odp.

# Úkol 12: konzola správce. Názvy stránek odpovídají stránkám resetování hesla v Entra.
account-admin-console = Konzola správce
admin-title = Konzola správce
admin-sign-in = Pro otevření konzoly se přihlaste účtem správce.
admin-not-admin = Tato konzola je určená pro správce. Váš účet nemá žádnou roli správce.
admin-second-step = Konzola vyžaduje druhý krok přihlášení. Přidejte si do bezpečnostních údajů telefon nebo ověřovací aplikaci, pak se odhlaste a znovu přihlaste.
admin-go-setup = Přejít na bezpečnostní údaje
admin-go-account = Zpět na můj účet
admin-back = Zpět do konzoly
admin-tenant = Organizace: { $name }
admin-signed-in-as = Přihlášeno jako { $name }, role: { $roles }
admin-policy-heading = Zásady resetování hesla
admin-readonly = Vaše role vám umožňují pomáhat uživatelům, ale ne měnit zásady resetování hesla. Změnit je může globální správce nebo správce zásad ověřování.
admin-draft-pending = Změna stránky „{ $page }“ čeká na vaši kontrolu.
admin-draft-open = Otevřít změnu
admin-draft-elsewhere = Změna stránky „{ $page }“ čeká na kontrolu. Kontrolou této stránky ji nahradíte.
admin-saved = Uloženo jako změna { $id }.
admin-discarded = Změna byla zahozena. Nic se neuložilo.
admin-blade-properties = Vlastnosti
admin-blade-methods = Metody ověřování
admin-blade-registration = Registrace
admin-blade-notifications = Oznámení
admin-blade-customization = Přizpůsobení
admin-blade-on-premises = Místní integrace
admin-blade-administrators = Zásady pro správce
admin-f-scope = Samoobslužné resetování hesla povoleno pro
admin-scope-none = Nikoho
admin-scope-selected = Vybrané skupiny
admin-scope-all = Všechny uživatele
admin-f-groups = Skupiny
admin-f-groups-hint = Zaškrtněte skupiny, pro které je povolené samoobslužné resetování hesla, nebo zadejte názvy dalších skupin oddělené čárkami. Použijí se, když je zvolena možnost „Vybrané skupiny“.
admin-f-methods-required = Počet metod požadovaných k resetování
admin-f-methods-required-hint = 1 nebo 2.
admin-f-methods = Metody dostupné uživatelům
admin-f-questions-to-register = Počet bezpečnostních otázek požadovaných k registraci
admin-f-questions-to-ask = Počet bezpečnostních otázek požadovaných k resetování
admin-f-custom-questions = Vlastní bezpečnostní otázky vaší organizace
admin-f-custom-questions-hint = Jedna otázka na řádek; nabízejí se vedle předdefinovaných otázek.
admin-f-require-registration = Vyžadovat registraci uživatelů při přihlášení
admin-f-reconfirm-days = Počet dní, po kterých budou uživatelé požádáni o opětovné potvrzení ověřovacích údajů
admin-f-reconfirm-days-hint = 0 až 730; při 0 se nikdy neptá.
admin-f-notify-users = Upozornit uživatele na resetování hesla
admin-f-notify-admins = Upozornit všechny správce, když si jiní správci resetují heslo
admin-f-helpdesk = Odkaz na technickou podporu
admin-f-helpdesk-hint = E-mailová adresa nebo webová adresa začínající https://. Pokud pole necháte prázdné, nic se nezobrazí.
admin-f-logo = Logo organizace
admin-f-logo-hint = Soubor na tomto portálu, například /brand/logo.svg. Pokud pole necháte prázdné, zobrazí se jen název.
admin-f-accent = Barva zvýraznění
admin-f-accent-hint = Zapsaná ve tvaru #rrggbb a dostatečně tmavá pro bílý text.
admin-f-sign-in-domain = Doména v nápovědě k přihlášení
admin-f-sign-in-domain-hint = Zobrazuje se v příkladu ID uživatele, například contoso.com.
admin-f-writeback = Zpětný zápis hesel do místního adresáře
admin-f-allow-unlock = Povolit uživatelům odemknout účet bez resetování hesla
admin-f-admin-sspr = Povolit správcům resetovat si vlastní heslo
admin-f-admin-sspr-hint = Správci vždy potřebují dvě metody: e-mail nebo telefon a ještě jednu další.
admin-review-button = Zkontrolovat změnu
admin-errors-heading = Tuto změnu nelze uložit:
admin-live-ok = Tuto změnu lze uložit.
admin-err-number = Zadejte celé číslo.
admin-err-helpdesk = Zadejte e-mailovou adresu nebo webovou adresu, která začíná https://.
admin-err-forbidden = Vaše role neumožňují měnit zásady resetování hesla.
admin-err-no-draft = Na kontrolu nečeká žádná změna.
admin-err-no-change = Tato změna v historii není.
admin-err-refused = Tato změna porušuje pravidlo zásad. Upravte ji a znovu ji zkontrolujte.
admin-review-title = Kontrola změny
admin-review-page = Stránka: { $page }
admin-changes = Mění: { $keys }
admin-no-change = Tím se nic nezmění.
admin-impact-heading = Kdo si může resetovat heslo
admin-impact-summary = Heslo si teď může resetovat { $before } z { $users } uživatelů; po této změně by to bylo { $after }.
admin-stranded-none = Nikdo nepřijde o možnost resetovat si heslo.
admin-stranded = { $count ->
    [one] Jeden uživatel si mohl heslo resetovat dříve, ale po změně už nebude moci:
    [few] { $count } uživatelé si mohli heslo resetovat dříve, ale po změně už nebudou moci:
   *[other] { $count } uživatelů si mohlo heslo resetovat dříve, ale po změně už nebude moci:
}
admin-stranded-hint = Než změnu uložíte, požádejte je, aby si na stránce bezpečnostních údajů zaregistrovali další metody, jinak budou muset volat technickou podporu.
admin-gained = { $count ->
    [one] Jeden uživatel si dříve heslo resetovat nemohl a po změně bude moci:
    [few] { $count } uživatelé si dříve heslo resetovat nemohli a po změně budou moci:
   *[other] { $count } uživatelů si dříve heslo resetovat nemohlo a po změně bude moci:
}
admin-export-csv = Stáhnout seznam (CSV)
admin-save = Uložit
admin-discard = Zahodit
admin-edit-again = Znovu upravit
admin-history-title = Historie změn
admin-history-empty = Zatím nebyly uloženy žádné změny.
admin-history-change = Změna
admin-history-when = Kdy
admin-history-who = Správce
admin-history-what = Změněná nastavení
admin-revert = Vrátit zpět
admin-revert-label = Vrátit zpět změnu { $id }
admin-reverts = vrací zpět změnu { $id }
admin-reverted = Změna { $id } byla vrácena zpět. Nastavení, která nahradila, jsou obnovena.
admin-key-scope = kdo může resetovat
admin-key-admin-sspr = resetování správci
admin-key-methods-required = požadované metody
admin-key-methods = dostupné metody
admin-key-questions-to-register = otázky k registraci
admin-key-questions-to-ask = otázky k resetování
admin-key-custom-questions = vlastní bezpečnostní otázky
admin-key-require-registration = povinná registrace
admin-key-reconfirm-days = dny do opětovného potvrzení
admin-key-notify-users = oznámení uživatelům
admin-key-notify-admins = oznámení správcům
admin-key-helpdesk = odkaz na technickou podporu
admin-key-branding = firemní branding
admin-key-writeback = zpětný zápis hesel
admin-key-allow-unlock = odemknutí účtu
admin-key-password = pravidla hesel
admin-key-phone-countries = země telefonních čísel
admin-key-sms-sender = odesílatel SMS

# Úkol 12: sestavy v konzole (A2).
admin-reports-title = Sestavy
admin-reports-link = Registrace, resetování, selhání a kdo si nemůže resetovat heslo
admin-reports-period = Posledních { $days } dní, od { $since } (UTC).
admin-reports-chart = Graf k tabulce níže
admin-reports-by-day = Registrace, resetování a odemknutí po dnech
admin-col-day = Den
admin-col-registrations = Registrace
admin-col-resets = Resetování
admin-col-unlocks = Odemknutí
admin-col-user = Uživatel
admin-reports-funnel = Kam až se pokusy o resetování dostaly
admin-reports-funnel-hint = Každý pokus začíná zadáním ID uživatele. Kde čísla klesají, tam to uživatelé vzdávají.
admin-col-step = Krok
admin-col-attempts = Pokusy
admin-funnel-started = Zahájeno
admin-funnel-eligible = Resetování povoleno
admin-funnel-verified-one = Ověřena jedna metoda
admin-funnel-verified-two = Ověřena druhá metoda
admin-funnel-password-set = Nastaveno nové heslo nebo odemknut účet
admin-reports-failures = Selhání podle příčiny
admin-col-reason = Příčina
admin-col-count = Počet
admin-reports-none = V tomto období nic není.
admin-reports-methods = Metody použité k resetování nebo odemknutí
admin-col-method = Metoda
admin-reports-cannot = Kdo si nemůže resetovat heslo
admin-reports-can = Heslo si teď může resetovat { $can } z { $users } uživatelů.
admin-reports-short = { $count ->
    [one] Jeden uživatel si nemůže resetovat heslo kvůli nedostatku metod:
    [few] { $count } uživatelé si nemohou resetovat heslo kvůli nedostatku metod:
   *[other] { $count } uživatelů si nemůže resetovat heslo kvůli nedostatku metod:
}
# Úkol 12: stránka uživatelů v konzole (D1, D3).
admin-users-title = Uživatelé
admin-users-link = Vyhledat uživatele: jeho metody, blokování a kontaktní údaje
admin-users-lookup-label = ID uživatele
admin-users-lookup = Vyhledat
admin-err-no-user = Ve vaší organizaci není žádný uživatel s tímto ID.
admin-err-protected = Tento uživatel je správce, na kterého vaše role nestačí. Požádejte globálního správce.
admin-err-contact = Zadejte jinou e-mailovou adresu, než je vlastní adresa uživatele, a telefonní čísla ve tvaru +<kód země> <číslo>.
admin-user-status = Účet
admin-user-enabled = Povolený
admin-user-disabled = Zakázaný
admin-user-locked = uzamčený v adresáři
admin-user-password = Heslo
admin-user-cloud = Spravuje ho tento portál
admin-user-onprem = Spravuje ho místní adresář
admin-user-groups = Skupiny
admin-user-roles = Role správce
admin-user-none = Žádné
admin-user-methods = Metody uživatele
admin-user-reset = Samoobslužné resetování hesla
admin-user-can-reset = Heslo si teď může resetovat.
admin-user-cannot-reset = Heslo si teď resetovat nemůže:
admin-reason-consumer = jde o osobní účet, který tento portál neobsluhuje.
admin-reason-unavailable = účet je zakázaný.
admin-reason-not-enabled = samoobslužné resetování hesla není pro skupiny uživatele povolené.
admin-reason-not-registered = nemá zaregistrováno dost metod, jak vyžadují zásady.
admin-reason-admin-not-registered = správce potřebuje dvě metody a má jich méně.
admin-reason-writeback-off = heslo se spravuje místně a zpětný zápis je vypnutý.
admin-user-blocks = Blokování
admin-user-no-blocks = Teď není nic zablokováno.
admin-user-reset-blocked = Resetování hesla zablokováno do { $until } (příliš mnoho chybných kódů nebo odpovědí)
admin-user-sends-blocked = Kódy zablokovány do { $until } (odesláno příliš mnoho)
admin-user-signin-locked = Přihlášení uzamčeno do { $until } (příliš mnoho chybných hesel)
admin-user-clear = Zrušit blokování
admin-user-cleared = Blokování bylo zrušeno.
admin-user-contact = Kontaktní údaje
admin-user-alternate-email = Alternativní e-mail
admin-user-mobile = Mobilní telefon
admin-user-office = Telefon do kanceláře
admin-user-contact-hint = Telefonní čísla ve tvaru +<kód země> <číslo>. Pokud pole necháte prázdné, údaj se vymaže.
admin-user-contact-save = Uložit kontaktní údaje
admin-user-contact-saved = Kontaktní údaje byly uloženy.
admin-user-protected = Tento uživatel je správce, na kterého vaše role nestačí: jeho kontaktní údaje nebo blokování může změnit jen globální správce.

# Úkol 12: kód pro obnovení od technické podpory a oznámení o změnách provedených správcem.
admin-recovery-heading = Kód pro obnovení
admin-recovery-intro = Pro uživatele, který přišel o všechny metody: jednorázový kód platný 8 hodin, se kterým se může jednou přihlásit a zaregistrovat nové metody. Předejte ho osobně nebo během hovoru, který jste sami uskutečnili; uživatel dostane oznámení na své e-mailové adresy.
admin-recovery-issue = Vydat kód pro obnovení
admin-recovery-issued = Kód pro obnovení byl vydán. Zobrazí se jen jednou.
admin-recovery-code-is = Kód pro obnovení:
admin-recovery-until = Kód pro obnovení platí do { $until }.
admin-recovery-hand-over = Přečtěte ho uživateli, až když si budete jisti, o koho jde. Znovu se už nezobrazí.
admin-recovery-done = Hotovo, skrýt kód
recovery-link = Dostali jste od technické podpory kód pro obnovení?
recovery-title = Přihlášení pomocí kódu pro obnovení
recovery-intro = Pokud jste přišli o všechny metody, technická podpora vám může dát jednorázový kód pro obnovení. Přihlaste se s ním a pak si na stránce bezpečnostních údajů zaregistrujte nové metody.
recovery-code-label = Kód pro obnovení
recovery-code-hint = 16 písmen a číslic, například ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID uživatele nebo kód pro obnovení není správný, nebo už byl kód použit či vypršela jeho platnost.
recovery-back = Přihlásit se raději heslem
msg-recovery-issued-subject = Pro váš účet byl vydán kód pro obnovení
msg-recovery-issued-body = Správce vydal pro uživatele { $user } jednorázový kód pro obnovení. Pokud jste o něj technickou podporu nežádali, okamžitě kontaktujte svého správce.
msg-recovery-used-subject = Někdo se přihlásil pomocí kódu pro obnovení
msg-recovery-used-body = Uživatel { $user } byl přihlášen pomocí kódu pro obnovení, aby mohl zaregistrovat nové bezpečnostní údaje. Pokud jste to nebyli vy, okamžitě kontaktujte svého správce.
msg-contact-changed-subject = Vaše kontaktní údaje byly změněny
msg-contact-changed-body = Správce změnil kontaktní údaje uživatele { $user } (e-mailovou adresu nebo telefonní číslo, které se používá k resetování hesla). Pokud jste to nečekali, okamžitě kontaktujte svého správce.

# Úkol 12: vyhledávání v protokolu auditu v konzole (A1, W2).
admin-audit-title = Protokol auditu
admin-audit-link = Prohledat protokol auditu a stáhnout ho
admin-audit-user = ID uživatele
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Krok
admin-audit-outcome = Výsledek
admin-audit-ip = IP adresa
admin-audit-client = Typ klienta
admin-audit-any = Libovolný
admin-audit-search = Vyhledat
admin-audit-bad-date = Zadejte datum ve tvaru YYYY-MM-DD, například 2026-11-05.
admin-audit-count = { $count ->
    [one] Hledání odpovídá jeden záznam.
    [few] Hledání odpovídají { $count } záznamy.
   *[other] Hledání odpovídá { $count } záznamů.
}
admin-audit-capped = Zobrazují se a stahují jen nejnovější záznamy; zbytek uvidíte, když hledání zúžíte.
admin-audit-pages = Stránky výsledku
admin-audit-newer = Novější záznamy
admin-audit-older = Starší záznamy
admin-audit-export-json = Stáhnout jako řádky JSON

# Úkol 12: provozní stránka konzoly.
admin-ops-title = Provoz
admin-ops-link = Provoz: databáze, adresář a fronta pošty právě teď
admin-ops-database = Databáze
admin-ops-directory = Místní adresář
admin-ops-no-directory = Nenakonfigurováno
admin-ops-ok = Funguje
admin-ops-down = Neodpovídá
admin-ops-on = Zapnuto
admin-ops-off = Vypnuto
admin-ops-directory-error = Poslední selhání adresáře (30 dní)
admin-ops-mail-waiting = Oznámení čekající na odeslání
admin-ops-mail-oldest = Nejstarší oznámení čeká od
admin-ops-mail-sent = Odeslaná oznámení
admin-ops-mail-failed = Oznámení vzdaná po opakovaných pokusech
admin-ops-hashing = Hesla čekající na hashování na tomto uzlu
admin-ops-version = Verze
admin-ops-hint = Zkontrolováno při otevření této stránky uzlem, který ji obsloužil. Počty pošty platí pro celý portál; zbytek najdete v /metrics.

# Úkol 12: výběr skupin v P1 a oznámení z M2 uživatelům, kteří po změně přijdou o možnost resetovat heslo.
admin-f-groups-other = Další skupiny
admin-f-groups-none = Tato organizace zatím nemá na portálu žádné skupiny: zadejte jejich názvy.
admin-notify-stranded = Poslat e-mail uživatelům, kteří si po této změně nebudou moci resetovat heslo, s žádostí o registraci dalších metod
msg-register-needed-subject = Zaregistrujte si další bezpečnostní údaje
msg-register-needed-body = Vaše organizace teď před resetováním hesla vyžaduje více bezpečnostních údajů. Dokud se nepřihlásíte a nepřidáte metody na stránce bezpečnostních údajů, nemůže si uživatel { $user } resetovat heslo, aniž by zavolal technickou podporu.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Poslední synchronizace adresáře (sspr directory sync)
admin-ops-sync-counts = zapsané změny: { $changes }; odmítnuté hodnoty: { $refused }; uživatelé bez organizace: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Překlad se píše na řádek pod svou otázku jako jazyková značka, dvojtečka a text (například ja-JP: …) a musí mít 1 až 200 znaků.
admin-err-translation-first = Nejdřív napište otázku a pak na řádky pod ni její překlady.
admin-f-question-translations-hint = Chcete-li otázku zobrazit v jiném jazyce, přidejte pod ni řádek s jazykovou značkou, dvojtečkou a překladem, například „ja-JP: 事務所の植物の名前は？“. Uživatelé, pro jejichž jazyk překlad neexistuje, uvidí otázku tak, jak je napsaná.
admin-f-recovery-code-resets = Kód pro obnovení od technické podpory může také jednou resetovat heslo uživatele
admin-key-recovery-code-resets = kódy pro obnovení, které resetují hesla
recovery-reset-hint = Pokud to vaše organizace povoluje, může kód místo toho jednou resetovat vaše heslo.
recovery-reset-button = Resetovat heslo
recovery-no-reset = Vaše organizace umožňuje kódem pro obnovení jen přihlášení. Zaregistrujte si tady nové metody; pak s nimi budete moct resetovat heslo.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Resetování zahájeno
audit-step-choose = Zvoleno resetování nebo odemknutí
audit-step-select = Zvolena metoda
audit-step-send-code = Kód odeslán
audit-step-verify = Metoda ověřena
audit-step-unlock = Účet odemknut
audit-step-reset = Heslo resetováno
audit-step-password = Zadáno nové heslo
audit-step-directory = Zpětný zápis do adresáře
audit-step-notify = Oznámení
audit-step-admin-request = Žádost správcům
audit-step-signin = Přihlášení
audit-step-signin-verify = Druhý krok přihlášení
audit-step-signout = Odhlášení
audit-step-interrupt = Výzva k registraci při přihlášení
audit-step-reconfirm = Bezpečnostní údaje znovu potvrzeny
audit-step-register = Metoda zaregistrována
audit-step-register-send-code = Registrační kód odeslán
audit-step-register-pairing = Ověřovací aplikace spárována
audit-step-register-verify = Registrační kód zkontrolován
audit-step-delete-method = Metoda odstraněna
audit-step-change-password = Heslo změněno
audit-step-delivery = Potvrzení doručení
audit-step-policy-change = Zásady změněny
audit-step-admin-clear-blocks = Blokování zrušeno správcem
audit-step-admin-set-contact = Kontaktní údaje nastaveny správcem
audit-step-admin-recovery-code = Vydán kód pro obnovení
audit-step-directory-sync = Synchronizace adresáře
audit-outcome-ok = Úspěch
audit-outcome-fail = Neúspěch
audit-outcome-blocked = Zablokováno
audit-outcome-error = Chyba
audit-outcome-rejected = Odmítnuto
audit-outcome-ineligible = Nesplňuje podmínky
audit-outcome-dismissed = Odloženo
audit-client-browser = Prohlížeč
audit-client-sign-in-screen = Přihlašovací obrazovka
audit-client-app = Aplikace

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Zapnuto
admin-value-off = Vypnuto
admin-value-empty = (prázdné)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Poslední zpětný zápis hesla (nebo odemknutí účtu) v adresáři

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Heslo resetováno
done-title-unlock = Účet odemknut
admin-f-sign-in-url = Přihlašovací stránka vaší organizace
admin-f-sign-in-url-hint = Kam vede tlačítko na poslední stránce resetování, například https://login.contoso.com. Pokud pole necháte prázdné, použije se výchozí nastavení tohoto portálu.
policy-err-sign-in-url = Zadejte přihlašovací stránku jako webovou adresu, která začíná https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Předdefinované bezpečnostní otázky, ze kterých si uživatelé mohou vybrat
admin-key-predefined-questions = předdefinované bezpečnostní otázky
policy-err-too-few-questions = Nabídněte alespoň tolik bezpečnostních otázek (předdefinovaných i vlastních), kolik jich uživatelé musí zaregistrovat.
