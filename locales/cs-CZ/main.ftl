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
