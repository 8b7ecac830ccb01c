# sspr, fi-FI. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Salasanan omatoiminen palautus
reset-title = Palaa tilillesi
skip-to-content = Siirry pääsisältöön
lang-switch-label = Kieli
next = Seuraava
back-to-start = Aloita alusta
retry = Yritä uudelleen
something-wrong = Jokin meni vikaan. Yritä myöhemmin uudelleen.
not-found = Tätä sivua ei ole olemassa.
working = Käsitellään…

## Entry (E2)
entry-intro = Palauta tilisi kirjoittamalla ensin käyttäjätunnuksesi ja vastaus alla olevaan kysymykseen.
userid-label = Käyttäjätunnus
userid-hint = Esimerkki: { $example }
captcha-legend = Todista, ettet ole robotti
captcha-nojs = Kun olet valinnut Seuraava, selaimesi tarkistetaan muutaman sekunnin ajan ({ $seconds } tai enemmän). Sinun ei tarvitse tehdä muuta.
captcha-working = Selaintasi tarkistetaan…
captcha-done = Valmis. Voit jatkaa.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Ota yhteyttä järjestelmänvalvojaan
contact-reason-consumer = Henkilökohtaisilla tileillä ei voi käyttää tätä portaalia. Käytä sen sijaan sähköpostipalveluntarjoajasi palautusvaihtoehtoja.
contact-reason-unavailable = Tätä tiliä ei voi palauttaa täällä. Tiliä ei ehkä ole olemassa, tai se voi olla poistettu käytöstä.
contact-reason-not-enabled = Salasanan omatoiminen palautus ei ole käytössä tälle tilille.
contact-reason-not-registered = Tälle tilille ei ole rekisteröity tarpeeksi suojaustietoja salasanan palauttamiseen.
contact-reason-admin-not-registered = Järjestelmänvalvojan tileillä on oltava kaksi rekisteröityä menetelmää (sähköposti, matkapuhelin, työpuhelin tai todennussovellus) salasanan palauttamiseen.
contact-reason-writeback-off = Tämän tilin salasanaa hallitaan paikallisesti, eikä sitä voi palauttaa täällä.
contact-also-intro = Näin voi käydä myös, jos:
contact-also-consumer = tili on kuluttajille tarkoitetun sähköpostipalvelun henkilökohtainen tili
contact-also-unavailable = käyttäjätunnus on kirjoitettu väärin tai tiliä ei ole olemassa tai se on poistettu käytöstä
contact-also-not-enabled = salasanan omatoiminen palautus ei ole käytössä tilille
contact-also-not-registered = tilille ei ole rekisteröity tarpeeksi suojaustietoja (jos voit kirjautua sisään, suojaustietosivultasi näet, mitä puuttuu)
contact-also-admin-not-registered = järjestelmänvalvojan tilille ei ole rekisteröity kahta menetelmää
contact-also-writeback-off = salasanaa hallitaan organisaatiosi omassa hakemistossa
contact-helpdesk-link = Ota yhteyttä tukipalveluun
contact-helpdesk-email = Lähetä sähköpostia tukipalveluun: { $email }
contact-no-helpdesk = Pyydä apua organisaatiosi järjestelmänvalvojalta.
contact-request-button = Pyydä järjestelmänvalvojia palauttamaan salasanani
contact-request-sent = Pyyntösi on lähetetty järjestelmänvalvojille.

## Trouble choice
choose-title = Miksi et pysty kirjautumaan sisään?
choose-forgot = Unohdin salasanani
choose-forgot-hint = Ei hätää, autamme sinua palauttamaan sen rekisteröimiesi suojaustietojen avulla.
choose-unlock = Tiedän salasanani, mutta en silti pysty kirjautumaan sisään
choose-unlock-hint = Näin voi käydä, jos olet yrittänyt kirjautua sisään väärällä salasanalla liian monta kertaa.

## Verification (V1..V6)
verify-title = Vahvista henkilöllisyytesi
verify-step = Vahvistusvaihe { $current }/{ $required }
verify-pick = Valitse yhteystapa, jota käytämme vahvistukseen:
verify-passed = Vahvistettu
option-email = Lähetä sähköpostia vaihtoehtoiseen osoitteeseeni { $masked }
option-sms = Lähetä tekstiviesti matkapuhelimeeni { $masked }
option-voice = Soita matkapuhelimeeni { $masked }
option-office = Soita työpuhelimeeni { $masked }
option-app = Anna koodi todennussovelluksestani
option-software_oath = Anna koodi ohjelmistotunnuksestani
option-hardware_oath = Anna koodi laitteistotunnuksestani
option-questions = Vastaa suojauskysymyksiini
pending-email = Lähetimme vahvistuskoodin sisältävän sähköpostiviestin osoitteeseen { $masked }.
pending-sms = Lähetimme vahvistuskoodin sisältävän tekstiviestin numeroon { $masked }.
pending-voice = Soitamme numeroon { $masked }. Kuuntele vahvistuskoodi.
pending-totp = Anna koodi, joka näkyy sovelluksessasi tai tunnuksessasi.
code-label = Vahvistuskoodi
questions-legend = Vastaa suojauskysymyksiisi
verify-button = Vahvista

## New password (N1, N2)
password-title = Valitse uusi salasana
password-label = Uusi salasana
confirm-label = Vahvista uusi salasana
password-rules = Varmista, että salasanasi:
pw-rule-length = on vähintään { $min } merkkiä pitkä
pw-rule-max-length = on enintään { $max } merkkiä pitkä
pw-rule-classes = sisältää kolmea seuraavista: pieniä kirjaimia, isoja kirjaimia, numeroita, symboleita
pw-rule-banned = ei ole yleisesti käytetty tai kielletty salasana
pw-rule-name = ei sisällä nimeäsi
pw-rule-match = vastaa vahvistusta
pw-rule-classes-ad = sisältää kolmea seuraavista: pieniä kirjaimia, isoja kirjaimia, numeroita, symboleita, kirjaimia, joilla ei ole kirjainkokoa (kuten kana)
pw-rule-name-ad = ei sisällä tilisi nimeä eikä mitään vähintään 3 merkin pituista osaa nimestäsi
pw-dir-heading = Kun lähetät salasanan, organisaatiosi hakemisto tarkistaa lisäksi, että se:
pw-dir-history = { $n ->
    [one] ei ole nykyinen salasanasi
   *[other] ei ole mikään { $n } viimeisimmästä salasanastasi
}
pw-dir-min-age = { $n ->
    [one] vaihdetaan aikaisintaan päivän kuluttua edellisestä salasananvaihdosta
   *[other] vaihdetaan aikaisintaan { $n } päivän kuluttua edellisestä salasananvaihdosta
}
pw-dir-module = täyttää organisaatiosi muut laatuvaatimukset
pw-rule-ok = täyttyy
pw-rule-not-ok = ei täyty
finish = Valmis

## Done
done-reset = Salasanasi on palautettu.
done-unlock = Tilisi lukitus on avattu.
done-sign-in = Kirjaudu sisään tililläsi

## Errors (flows)
err-no-flow = Istuntosi on vanhentunut. Aloita alusta.
err-captcha = Tarkistus siitä, ettet ole robotti, on vanhentunut tai jo käytetty. Yritä uudelleen.
err-wrong-step = Tämä vaihe ei ole enää käytettävissä. Jatka tästä.
err-unknown-option = Valitse jokin luettelon menetelmistä.
err-code-wrong = Koodi ei toiminut. Tarkista se ja yritä uudelleen.
err-code-expired = Koodi on vanhentunut. Lähetä uusi koodi.
err-code-used = Koodi on jo käytetty. Jatka tästä.
err-blocked = Olet yrittänyt liian monta kertaa. Yritä uudelleen aikaisintaan { $until }.
err-email-limit = Olemme lähettäneet liian monta koodia. Yritä uudelleen aikaisintaan { $until } tai käytä toista menetelmää.
err-answers-wrong = Yksi tai useampi vastaus oli väärin. Tässä on uudet kysymykset.
err-password = Salasana ei täytä alla olevia vaatimuksia.
err-delivery = Emme voineet lähettää viestiä juuri nyt. Yritä myöhemmin uudelleen tai käytä toista menetelmää.
err-admin-request-limit = Olet jo lähettänyt useita pyyntöjä. Järjestelmänvalvojat ottavat sinuun yhteyttä.
err-internal = Jokin meni vikaan. Yritä myöhemmin uudelleen.
userid-err-empty = Anna käyttäjätunnuksesi.
userid-err-shape = Anna käyttäjätunnuksesi muodossa nimi@toimialue, esimerkiksi { $example }.
userid-err-too-long = Käyttäjätunnus on liian pitkä.

## Messages (email, SMS, voice)
msg-code-subject = Tilin vahvistuskoodi – { $org }
msg-code-email = Vahvista tilisi käyttämällä seuraavaa koodia: { $code }. Koodi vanhenee { $minutes } minuutin kuluttua. Jos et pyytänyt koodia, voit ohittaa tämän viestin.
msg-code-sms = { $org }: salasanan palautuksen vahvistuskoodi on { $code }.
msg-code-voice = Vahvistuskoodisi on { $code }. Toistan: koodisi on { $code }.
msg-reset-subject = Salasanasi on palautettu
msg-reset-body = Käyttäjän { $user } salasana palautettiin juuri salasanan omatoimisen palautuksen kautta. Jos et itse tehnyt tätä, ota heti yhteyttä järjestelmänvalvojaan.
msg-method-added-subject = Tiliisi on lisätty suojaustietoja
msg-method-added-body = Käyttäjän { $user } suojaustietoihin lisättiin ”{ $method }”. Jos et itse tehnyt tätä, kirjaudu sisään, poista se, vaihda salasanasi ja ota yhteyttä järjestelmänvalvojaan.
msg-method-removed-subject = Tililtäsi on poistettu suojaustietoja
msg-method-removed-body = Käyttäjän { $user } suojaustiedoista poistettiin ”{ $method }”. Jos et itse tehnyt tätä, kirjaudu sisään, tarkista suojaustietosi, vaihda salasanasi ja ota yhteyttä järjestelmänvalvojaan.
msg-admin-reset-subject = Järjestelmänvalvoja palautti oman salasanansa
msg-admin-reset-body = Järjestelmänvalvoja { $user } palautti oman salasanansa salasanan omatoimisen palautuksen kautta.
msg-admin-request-subject = Salasanan palautuspyyntö
msg-admin-request-body = { $user } ei pysty palauttamaan salasanaansa omatoimisesti ja pyytää apua järjestelmänvalvojalta.

## Dev outbox (demo mode only)
outbox-title = Lähtevät (demo)
outbox-intro = Demotila: portaalin lähettämiä viestejä ei toimiteta, vaan ne kirjoitetaan tänne. Uusimmat ensin.
outbox-empty = Ei vielä viestejä.
outbox-to = Vastaanottaja
demo-outbox-link = Demotila: lue viesti Lähtevät-kansiosta (avautuu uuteen välilehteen)
outbox-channel = Kanava

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Valitse vähintään yksi ryhmä, kun vaikutusalueena on valitut ryhmät.
policy-err-methods-required = Vaadittujen menetelmien määrän on oltava 1 tai 2.
policy-err-too-few-methods = Ota käyttöön vähintään yhtä monta menetelmää kuin vaaditaan.
policy-err-office-phone-paid = Työpuhelin on käytettävissä vain maksullisille vuokraajille.
policy-err-questions-register = Käyttäjien on rekisteröitävä 3–5 suojauskysymystä.
policy-err-questions-ask = Suojauskysymyksiä on kysyttävä 3–5.
policy-err-questions-ask-exceeds = Kysymyksiä ei voi kysyä enempää kuin käyttäjät rekisteröivät.
policy-err-reconfirm-days = Uudelleenvahvistuksen on oltava 0–730 päivää.
policy-err-app-needs-more = Kun mobiilisovellus on käytössä, ota sen lisäksi käyttöön riittävästi muita menetelmiä.
policy-err-app-notification-alone = Kun vaaditaan yksi menetelmä, sovellusilmoitus ei yksinään riitä.
policy-err-password-length = Salasanan pituuden on oltava 8–256 merkkiä.
policy-err-banned-terms = Enintään 1 000 mukautettua kiellettyä termiä.
policy-err-sms-sender = Tekstiviestin lähettäjän on oltava enintään 11 kirjaimen ja numeron nimi tai puhelinnumero, kuten +15017122661.
phone-err-country-code = Aloita numero merkillä + ja maatunnuksella.
phone-err-characters = Käytä vain numeroita, välilyöntejä ja yhdysmerkkejä.
phone-err-length = Numero on liian lyhyt tai liian pitkä.
policy-err-custom-question = Mukautettujen suojauskysymysten on oltava 1–200 merkin pituisia ja kaikki erilaisia.
policy-err-brand-accent = Tunnusvärin on oltava muodossa #rrggbb ja riittävän tumma valkoiselle tekstille (kontrasti vähintään 4,5:1).
policy-err-brand-logo = Logon on oltava tämän portaalin tiedosto (kuten /brand/logo.svg) tai upotettu kuva.
policy-err-sign-in-domain = Kirjautumisen toimialueen on oltava toimialueen nimi, kuten contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Kirjaudu sisään hallitaksesi suojaustietojasi
signin-title = Kirjaudu sisään
signin-intro = Kirjaudu sisään, niin voit tarkastella ja päivittää suojaustietojasi tai vaihtaa salasanasi.
signin-password-label = Salasana
signin-button = Kirjaudu sisään
signin-cant-access = Etkö pysty käyttämään tiliäsi?
signin-signed-out = Olet kirjautunut ulos.
signout-button = Kirjaudu ulos
account-title = Oma tili
account-signed-in-as = Kirjautunut käyttäjänä { $name } ({ $upn })
account-reset-attempts = Joku yritti palauttaa salasanasi, mutta vahvistus epäonnistui { $count ->
    [one] kerran
   *[other] { $count } kertaa
}, viimeksi { $when }. Jos et itse tehnyt tätä, salasanaasi ei ole muutettu. Varmista, että suojaustiedot ovat omiasi, ja ilmoita asiasta järjestelmänvalvojalle.
account-cannot-reset = Et voi vielä palauttaa salasanaasi itse.
account-security-info = Suojaustiedot
account-change-password = Vaihda salasana
err-no-session = Et ole kirjautunut sisään, tai istuntosi on päättynyt. Kirjaudu sisään uudelleen.
err-credentials = Käyttäjätunnus tai salasana on väärä.
err-locked-out = Tilisi on lukittu väliaikaisesti luvattoman käytön estämiseksi. Yritä uudelleen aikaisintaan { $until }.
err-account-locked = Tilisi on lukittu. Avaa lukitus valitsemalla ”Etkö pysty käyttämään tiliäsi?”.
err-not-allowed = Tätä menetelmää ei voi käyttää tililläsi.
err-current-password = Nykyinen salasanasi on väärä.
err-on-premises = Salasanaasi hallitaan organisaatiosi hakemistossa. Vaihda se siellä.
err-too-many = Verkostasi on tehty liian monta yritystä. Yritä uudelleen aikaisintaan { $until }.
err-resend-wait = Lähetimme sinulle juuri koodin tällä tavalla. Odota { $until } asti ennen kuin pyydät uutta, tai käytä toista menetelmää.
err-messages-paused = Emme voi lähettää enempää koodeja juuri nyt. Yritä uudelleen aikaisintaan { $until } tai käytä menetelmää, joka ei vaadi viestiä, kuten todennussovellusta tai suojauskysymyksiä.
err-phone-country = Organisaatiosi ei lähetä koodeja tämän maan puhelinnumeroihin. Käytä toista numeroa tai menetelmää.
err-busy = Palvelu on juuri nyt ruuhkautunut. Odota hetki ja yritä uudelleen.
cancel = Peruuta
save = Tallenna

## Security info (G2..G7, C1)
setup-title = Suojaustiedot
setup-intro = Näillä menetelmillä todistat henkilöllisyytesi, kun palautat salasanasi.
setup-progress-ok = Voit palauttaa salasanasi: { $have }/{ $required } vaaditusta menetelmästä on määritetty.
setup-progress-short = { $have }/{ $required } vaaditusta menetelmästä on määritetty. Lisää menetelmiä, jotta voit palauttaa salasanasi.
setup-methods-heading = Menetelmäsi
setup-none = Et ole vielä määrittänyt yhtään menetelmää.
setup-add-heading = Lisää menetelmä
setup-change = Muuta
setup-change-label = Muuta: { $what }
setup-delete = Poista
setup-delete-label = Poista: { $what }
setup-from-directory = (organisaatiosi hakemistosta)
setup-done-added = Menetelmä lisättiin.
setup-done-deleted = Menetelmä poistettiin.
setup-back = Takaisin suojaustietoihin
setup-not-available = Tämä menetelmä ei ole käytettävissä tililläsi.
method-app = Todennussovellus
method-software = OATH-ohjelmistotunnus
method-hardware = Laitteistotunnus
method-phone = Puhelin
method-office = Työpuhelin
method-email = Sähköposti
method-questions = Suojauskysymykset
method-questions-detail = { $count ->
    [one] { $count } kysymys
   *[other] { $count } kysymystä
}
add-app = Lisää todennussovellus
add-software = Lisää OATH-ohjelmistotunnus
add-hardware = Aktivoi laitteistotunnus
add-phone = Lisää tai vaihda puhelin
add-office = Lisää tai vaihda työpuhelin
add-email = Lisää tai vaihda sähköpostiosoite
add-questions = Määritä suojauskysymykset
setup-email-label = Sähköpostiosoite
setup-email-hint = Käytä jotain muuta osoitetta kuin työtilisi osoitetta. Lähetämme siihen koodin.
setup-phone-label = Puhelinnumero
setup-office-label = Työpuhelimen numero
setup-phone-hint = Lisää alkuun + ja maatunnus, esimerkiksi +358 40 123 4567.
setup-phone-channel = Miten lähetämme koodin?
setup-phone-sms = Lähetä koodi tekstiviestillä
setup-phone-voice = Soita minulle
setup-app-intro = Asenna puhelimeesi todennussovellus ja valitse sitten Seuraava, niin näet skannattavan QR-koodin.
setup-software-intro = Valitse Seuraava, niin saat ohjelmistotunnuksesi salaisen avaimen.
setup-app-step-scan = Skannaa QR-koodi sovelluksellasi tai anna alla oleva salainen avain.
setup-app-step-code = Anna sovelluksen näyttämä 6-numeroinen koodi.
setup-app-qr-alt = QR-koodi todennussovellusta varten
setup-app-secret = Salainen avain:
setup-hardware-intro = Valitse tunnukseesi painettu sarjanumero ja anna tunnuksen näyttämä koodi.
setup-hardware-serial = Sarjanumero
setup-questions-intro = Valitse { $count } eri kysymystä ja vastaa jokaiseen (3–40 merkkiä, ei kahta samanlaista vastausta).
setup-question-label = Kysymys { $n }
setup-answer-label = Vastaus { $n }
setup-err-email-shape = Anna sähköpostiosoite, esimerkiksi someone@example.com.
setup-err-email-same = Käytä jotain muuta osoitetta kuin työtilisi osoitetta.
setup-err-phone = Puhelinnumero ei näytä oikealta.
setup-err-questions = Suojauskysymyksiäsi ei tallennettu.
setup-err-questions-count = Vastaa jokaiseen kysymykseen.
setup-err-questions-unknown = Valitse kysymykset luettelosta.
setup-err-questions-duplicate = Valitse jokaiseen kenttään eri kysymys.
setup-err-answer-length = Vastausten on oltava 3–40 merkin pituisia.
setup-err-answer-duplicate = Anna jokaiseen kysymykseen eri vastaus.
setup-err-too-many-apps = Sinulla on jo enimmäismäärä todennussovelluksia. Poista ensin yksi.
setup-err-token-unknown = Tätä tunnusta ei ole määritetty sinulle, tai se on jo aktiivinen.
protect-title = Auta meitä suojaamaan tilisi
protect-intro = Organisaatiosi tarvitsee lisätietoja, jotta tilisi pysyy turvassa ja voit palauttaa salasanasi itse.
protect-skip = Ohita toistaiseksi
confirm-title = Ovatko suojaustietosi yhä ajan tasalla?
confirm-intro = Tarkista menetelmät, joilla palautat salasanasi. Vahvista ne tai muokkaa niitä, jos jokin on muuttunut.
confirm-looks-good = Näyttää hyvältä
confirm-edit = Muokkaa suojaustietojasi
confirm-done = Kiitos! Suojaustietosi on vahvistettu.
change-title = Vaihda salasana
change-current-label = Nykyinen salasana
change-button = Vaihda salasana
change-done = Salasanasi on vaihdettu.

## Security questions (G6, predefined list)
sq-first-pet = Mikä oli ensimmäisen lemmikkisi nimi?
sq-birth-city = Missä kaupungissa synnyit?
sq-first-school = Mikä oli ensimmäisen koulusi nimi?
sq-childhood-friend = Mikä on lapsuutesi parhaan ystävän etunimi?
sq-first-job-city = Missä kaupungissa oli ensimmäinen työpaikkasi?
sq-grandparent-name = Mikä on vanhimman isovanhempasi etunimi?
sq-first-concert = Mikä oli ensimmäinen konsertti, jossa kävit?
sq-childhood-street = Millä kadulla asuit lapsena?
sq-favourite-teacher = Mikä oli suosikkiopettajasi sukunimi?
sq-first-car = Mikä oli ensimmäisen autosi merkki ja malli?

## Notifications on a paired device (V4)
option-push = Hyväksy ilmoitus laitteellani
pending-push = Lähetimme ilmoituksen laitteellesi. Avaa se ja anna tämä numero:
pending-push-then = Valitse sitten täällä Jatka.
push-continue = Jatka
err-push-pending = Ilmoitukseen ei ole vielä vastattu. Vastaa siihen laitteellasi ja valitse sitten Jatka.
err-push-denied = Ilmoitus hylättiin tai numero ei täsmännyt. Valitse menetelmä ja yritä uudelleen.
method-notification = Ilmoitukset laitteellani
add-notification = Lisää laite ilmoituksia varten
setup-device-intro = Käytä puhelintasi laitteena, joka hyväksyy pyyntöjä: valitse Seuraava, niin saat pariliitoskoodin.
setup-device-step-open = Avaa puhelimellasi laitesivu:
setup-device-link = avaa laitesivu
setup-device-step-code = Anna siellä tämä pariliitoskoodi:
setup-device-then = Kun laitesivulla lukee, että pariliitos on muodostettu, palaa tänne.
setup-device-done = Valmis
device-title = Laitteesi
device-intro = Tällä sivulla hyväksyt tiliäsi koskevat kirjautumis- ja salasanan palautuspyynnöt. Lisää sivu aloitusnäyttöön, niin se on aina käsillä.
device-paired = Tämä laite on liitetty pariksi. Tarkista pyynnöt, kun sinua pyydetään hyväksymään sellainen.
device-pair-failed = Pariliitoskoodi ei toiminut. Hae uusi koodi suojaustiedoistasi.
device-approved = Hyväksytty. Voit palata toiseen näyttöön.
device-denied = Hylätty. Mitään ei hyväksytty.
device-no-request = Odottavia pyyntöjä ei ole.
device-request = %org% pyytää vahvistamaan, että kyseessä olet sinä (%upn%).
device-request-title = Hyväksytäänkö tämä pyyntö?
device-pair-code = Pariliitoskoodi
device-name = Tämän laitteen nimi
device-name-default = Puhelimeni
device-pair-button = Muodosta pariliitos tähän laitteeseen
device-check = Tarkista pyynnöt
device-number = Toisessa näytössä näkyvä numero
device-approve = Hyväksy
device-deny = Hylkää
device-needs-js = Tämä sivu tarvitsee JavaScriptiä avaimensa säilyttämiseen ja hyväksyntöjen allekirjoittamiseen.

## Sign-in, second step (G1)
check-title = Vahvista henkilöllisyytesi
check-intro = Tililläsi on suojaustietoja, joten tarvitsemme toisen tarkistuksen, ennen kuin voit tarkastella tai muuttaa niitä.

## The on-premises directory (P10, P11)
err-directory-policy = Organisaatiosi hakemisto ei hyväksynyt tätä salasanaa. Olet ehkä käyttänyt sitä aiemmin, tai se rikkoo jotakin hakemiston omista säännöistä. Kokeile toista salasanaa.
err-directory = Emme saaneet yhteyttä organisaatiosi hakemistoon. Mitään ei muutettu. Yritä hetken kuluttua uudelleen.

## Issue 10: a form post with a field missing
err-form-incomplete = Lomake saapui puutteellisena. Täytä kaikki kentät ja yritä uudelleen.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Edistyminen
progress-step = Vaihe { $current }/{ $total }
step-userid = Käyttäjätunnus
step-verify = Vahvistus
step-password = Uusi salasana
step-done = Valmis
resend-code = Lähetä koodi uudelleen
resend-in = Voit pyytää uuden koodin { $seconds ->
    [one] sekunnin
   *[other] { $seconds } sekunnin
} kuluttua.
helpdesk-contact = Tarvitsetko apua? Ota yhteyttä tukipalveluun: { $contact }
brand-logo-alt = { $org }
setup-add-method = Lisää menetelmä
setup-delete-title = Poistetaanko tämä menetelmä?
setup-delete-confirm = ”{ $what }” poistetaan suojaustiedoistasi.
setup-delete-last-warning = Tarvitset tätä menetelmää salasanasi palauttamiseen. Ilman sitä et voi palauttaa salasanaasi itse, ennen kuin lisäät toisen menetelmän.
setup-delete-confirm-button = Kyllä, poista
setup-app-open-link = Avaa tämän puhelimen todennussovelluksessa
setup-app-secret-grouped = Salainen avain neljän merkin ryhmissä:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year } klo { $hour }.{ $minute } ({ $zone })
time-am = ap.
time-pm = ip.

# Issue 12: järjestelmänvalvojan konsoli. Osioiden otsikot noudattavat Entran salasanan palautussivuja.
account-admin-console = Järjestelmänvalvojan konsoli
admin-title = Järjestelmänvalvojan konsoli
admin-sign-in = Avaa konsoli kirjautumalla sisään järjestelmänvalvojan tililläsi.
admin-not-admin = Tämä konsoli on tarkoitettu järjestelmänvalvojille. Tililläsi ei ole järjestelmänvalvojan roolia.
admin-second-step = Konsoli vaatii toisen kirjautumisvaiheen. Lisää suojaustietoihisi puhelin tai todennussovellus, kirjaudu sitten ulos ja kirjaudu uudelleen sisään.
admin-go-setup = Siirry suojaustietoihisi
admin-go-account = Takaisin omaan tiliin
admin-back = Takaisin konsoliin
admin-tenant = Organisaatio: { $name }
admin-signed-in-as = Kirjautunut käyttäjänä { $name }, roolit: { $roles }
admin-policy-heading = Salasanan palautuskäytäntö
admin-readonly = Roolisi sallivat käyttäjien auttamisen mutta eivät salasanan palautuskäytännön muuttamista. Sitä voi muuttaa yleinen järjestelmänvalvoja tai todennuskäytännön järjestelmänvalvoja.
admin-draft-pending = Sivua { $page } koskeva muutos odottaa tarkistustasi.
admin-draft-open = Avaa muutos
admin-draft-elsewhere = Sivua { $page } koskeva muutos odottaa tarkistusta. Tämän sivun muutoksen tarkistaminen korvaa sen.
admin-saved = Tallennettu muutoksena { $id }.
admin-discarded = Muutos hylättiin. Mitään ei tallennettu.
admin-blade-properties = Ominaisuudet
admin-blade-methods = Todennusmenetelmät
admin-blade-registration = Rekisteröinti
admin-blade-notifications = Ilmoitukset
admin-blade-customization = Mukauttaminen
admin-blade-on-premises = Paikallinen integrointi
admin-blade-administrators = Järjestelmänvalvojien käytäntö
admin-f-scope = Salasanan omatoiminen palautus on käytössä seuraaville
admin-scope-none = Ei kenellekään
admin-scope-selected = Valitut ryhmät
admin-scope-all = Kaikki käyttäjät
admin-f-groups = Ryhmät
admin-f-groups-hint = Merkitse ryhmät, joille salasanan omatoiminen palautus on käytössä, tai kirjoita muiden ryhmien nimet pilkuilla erotettuina. Käytetään, kun Valitut ryhmät on valittuna.
admin-f-methods-required = Palautukseen vaadittavien menetelmien määrä
admin-f-methods-required-hint = 1 tai 2.
admin-f-methods = Käyttäjien käytettävissä olevat menetelmät
admin-f-questions-to-register = Rekisteröintiin vaadittavien suojauskysymysten määrä
admin-f-questions-to-ask = Palautukseen vaadittavien suojauskysymysten määrä
admin-f-custom-questions = Organisaatiosi omat suojauskysymykset
admin-f-custom-questions-hint = Yksi kysymys riviä kohden; tarjotaan valmiiden kysymysten rinnalla.
admin-f-require-registration = Vaadi käyttäjiä rekisteröitymään kirjautuessaan
admin-f-reconfirm-days = Päivien määrä, jonka jälkeen käyttäjiä pyydetään vahvistamaan todennustietonsa uudelleen
admin-f-reconfirm-days-hint = 0–730; arvolla 0 vahvistusta ei pyydetä koskaan.
admin-f-notify-users = Ilmoita käyttäjille salasanan palautuksista
admin-f-notify-admins = Ilmoita kaikille järjestelmänvalvojille, kun muut järjestelmänvalvojat palauttavat salasanansa
admin-f-helpdesk = Tukipalvelun linkki
admin-f-helpdesk-hint = Sähköpostiosoite tai verkko-osoite, joka alkaa merkeillä https://. Jätä tyhjäksi, jos et halua näyttää linkkiä.
admin-f-logo = Logo
admin-f-logo-hint = Tämän portaalin tiedosto, kuten /brand/logo.svg. Jätä tyhjäksi, jos haluat näyttää vain nimen.
admin-f-accent = Korostusväri
admin-f-accent-hint = Muodossa #rrggbb, riittävän tumma valkoiselle tekstille.
admin-f-sign-in-domain = Kirjautumisvihjeen toimialue
admin-f-sign-in-domain-hint = Näytetään käyttäjätunnuksen esimerkissä, kuten contoso.com.
admin-f-writeback = Kirjoita salasanat takaisin paikalliseen hakemistoon
admin-f-allow-unlock = Salli käyttäjien avata tilinsä lukitus palauttamatta salasanaansa
admin-f-admin-sspr = Salli järjestelmänvalvojien palauttaa oma salasanansa
admin-f-admin-sspr-hint = Järjestelmänvalvojat tarvitsevat aina kaksi menetelmää: sähköpostin tai puhelimen sekä jonkin toisen.
admin-review-button = Tarkista muutos
admin-errors-heading = Tätä muutosta ei voi tallentaa:
admin-live-ok = Tämän muutoksen voi tallentaa.
admin-err-number = Anna kokonaisluku.
admin-err-helpdesk = Anna sähköpostiosoite tai verkko-osoite, joka alkaa merkeillä https://.
admin-err-forbidden = Roolisi eivät salli salasanan palautuskäytännön muuttamista.
admin-err-no-draft = Tarkistusta odottavaa muutosta ei ole.
admin-err-no-change = Kyseistä muutosta ei ole historiassa.
admin-err-refused = Tämä muutos rikkoo käytännön sääntöä. Muokkaa sitä ja tarkista se uudelleen.
admin-review-title = Tarkista muutos
admin-review-page = Sivu: { $page }
admin-changes = Muuttuvat asetukset: { $keys }
admin-no-change = Tämä ei muuta mitään.
admin-impact-heading = Ketkä voivat palauttaa salasanansa
admin-impact-summary = Salasanansa voi nyt palauttaa { $before }/{ $users } käyttäjää; tämän muutoksen jälkeen { $after } voisi.
admin-stranded-none = Kukaan ei menetä mahdollisuutta palauttaa salasanaansa.
admin-stranded = { $count ->
    [one] Yksi käyttäjä pystyi palauttamaan salasanansa ennen muutosta, mutta ei pysty sen jälkeen:
   *[other] { $count } käyttäjää pystyi palauttamaan salasanansa ennen muutosta, mutta ei pysty sen jälkeen:
}
admin-stranded-hint = Pyydä heitä rekisteröimään lisää menetelmiä suojaustietosivullaan ennen kuin tallennat, tai heidän on soitettava tukipalveluun.
admin-gained = { $count ->
    [one] Yksi käyttäjä ei pystynyt palauttamaan salasanaansa ennen muutosta, mutta pystyy sen jälkeen:
   *[other] { $count } käyttäjää ei pystynyt palauttamaan salasanaansa ennen muutosta, mutta pystyy sen jälkeen:
}
admin-export-csv = Lataa luettelo (CSV)
admin-save = Tallenna
admin-discard = Hylkää
admin-edit-again = Muokkaa uudelleen
admin-history-title = Muutoshistoria
admin-history-empty = Muutoksia ei ole vielä tallennettu.
admin-history-change = Muutos
admin-history-when = Ajankohta
admin-history-who = Järjestelmänvalvoja
admin-history-what = Muutetut asetukset
admin-revert = Kumoa
admin-revert-label = Kumoa muutos { $id }
admin-reverts = kumoaa muutoksen { $id }
admin-reverted = Muutos { $id } kumottiin. Sen korvaamat asetukset ovat taas käytössä.
admin-key-scope = ketkä voivat palauttaa
admin-key-admin-sspr = järjestelmänvalvojien palautus
admin-key-methods-required = vaaditut menetelmät
admin-key-methods = käytettävissä olevat menetelmät
admin-key-questions-to-register = rekisteröitävät kysymykset
admin-key-questions-to-ask = palautuksessa kysyttävät kysymykset
admin-key-custom-questions = omat suojauskysymykset
admin-key-require-registration = pakollinen rekisteröinti
admin-key-reconfirm-days = uudelleenvahvistuksen päivät
admin-key-notify-users = ilmoitukset käyttäjille
admin-key-notify-admins = ilmoitukset järjestelmänvalvojille
admin-key-helpdesk = tukipalvelun linkki
admin-key-branding = brändäys
admin-key-writeback = salasanan takaisinkirjoitus
admin-key-allow-unlock = tilin lukituksen avaus
admin-key-password = salasanasäännöt
admin-key-phone-countries = puhelinnumeroiden maat
admin-key-sms-sender = tekstiviestin lähettäjä

# Issue 12: konsolin raportit (A2).
admin-reports-title = Raportit
admin-reports-link = Rekisteröinnit, palautukset, epäonnistumiset ja ketkä eivät voi palauttaa salasanaansa
admin-reports-period = Viimeiset { $days } päivää { $since } alkaen (UTC).
admin-reports-chart = Alla olevan taulukon kaavio
admin-reports-by-day = Rekisteröinnit, palautukset ja lukitusten avaukset päivittäin
admin-col-day = Päivä
admin-col-registrations = Rekisteröinnit
admin-col-resets = Palautukset
admin-col-unlocks = Lukitusten avaukset
admin-col-user = Käyttäjä
admin-reports-funnel = Kuinka pitkälle palautusyritykset etenivät
admin-reports-funnel-hint = Jokainen yritys alkaa käyttäjätunnuksesta. Kohdassa, jossa luvut laskevat, käyttäjät luovuttavat.
admin-col-step = Vaihe
admin-col-attempts = Yritykset
admin-funnel-started = Aloitettu
admin-funnel-eligible = Palautus sallittu
admin-funnel-verified-one = Yksi menetelmä vahvistettu
admin-funnel-verified-two = Toinen menetelmä vahvistettu
admin-funnel-password-set = Uusi salasana asetettu tai tilin lukitus avattu
admin-reports-failures = Epäonnistumiset syyn mukaan
admin-col-reason = Syy
admin-col-count = Määrä
admin-reports-none = Tällä jaksolla ei ole mitään.
admin-reports-methods = Palautukseen tai lukituksen avaamiseen käytetyt menetelmät
admin-col-method = Menetelmä
admin-reports-cannot = Ketkä eivät voi palauttaa salasanaansa
admin-reports-can = Salasanansa voi nyt palauttaa { $can }/{ $users } käyttäjää.
admin-reports-short = { $count ->
    [one] Yksi käyttäjä ei voi palauttaa salasanaansa, koska häneltä puuttuu menetelmiä:
   *[other] { $count } käyttäjää ei voi palauttaa salasanaansa, koska heiltä puuttuu menetelmiä:
}
# Issue 12: konsolin käyttäjäsivu (D1, D3).
admin-users-title = Käyttäjät
admin-users-link = Hae käyttäjä: hänen menetelmänsä, estonsa ja yhteystietonsa
admin-users-lookup-label = Käyttäjätunnus
admin-users-lookup = Hae
admin-err-no-user = Organisaatiossasi ei ole käyttäjää, jolla on tämä tunnus.
admin-err-protected = Tämä käyttäjä on järjestelmänvalvoja, jota roolisi eivät kata. Käänny yleisen järjestelmänvalvojan puoleen.
admin-err-contact = Anna muu sähköpostiosoite kuin käyttäjän oma ja puhelinnumerot muodossa +<maatunnus> <numero>.
admin-user-status = Tili
admin-user-enabled = Käytössä
admin-user-disabled = Poistettu käytöstä
admin-user-locked = lukittu hakemistossa
admin-user-password = Salasana
admin-user-cloud = Tämän portaalin hallinnassa
admin-user-onprem = Paikallisen hakemiston hallinnassa
admin-user-groups = Ryhmät
admin-user-roles = Järjestelmänvalvojan roolit
admin-user-none = Ei mitään
admin-user-methods = Käyttäjän menetelmät
admin-user-reset = Salasanan omatoiminen palautus
admin-user-can-reset = Voi palauttaa salasanansa nyt.
admin-user-cannot-reset = Ei voi palauttaa salasanaansa nyt:
admin-reason-consumer = henkilökohtainen tili, jota tämä portaali ei palvele.
admin-reason-unavailable = tili on poistettu käytöstä.
admin-reason-not-enabled = salasanan omatoiminen palautus ei ole käytössä hänen ryhmilleen.
admin-reason-not-registered = käytännön edellyttämiä menetelmiä ei ole rekisteröity tarpeeksi.
admin-reason-admin-not-registered = järjestelmänvalvoja tarvitsee kaksi menetelmää, ja hänellä on vähemmän.
admin-reason-writeback-off = salasanaa säilytetään paikallisessa hakemistossa, eikä takaisinkirjoitus ole käytössä.
admin-user-blocks = Estot
admin-user-no-blocks = Estoja ei ole tällä hetkellä.
admin-user-reset-blocked = Salasanan palautukset estetty { $until } asti (liian monta väärää koodia tai vastausta)
admin-user-sends-blocked = Koodien lähetys estetty { $until } asti (koodeja lähetetty liian monta)
admin-user-signin-locked = Kirjautuminen lukittu { $until } asti (liian monta väärää salasanaa)
admin-user-clear = Poista estot
admin-user-cleared = Estot poistettiin.
admin-user-contact = Yhteystiedot
admin-user-alternate-email = Vaihtoehtoinen sähköpostiosoite
admin-user-mobile = Matkapuhelin
admin-user-office = Työpuhelin
admin-user-contact-hint = Puhelinnumerot muodossa +<maatunnus> <numero>. Jos haluat poistaa kentän arvon, jätä kenttä tyhjäksi.
admin-user-contact-save = Tallenna yhteystiedot
admin-user-contact-saved = Yhteystiedot tallennettiin.
admin-user-protected = Tämä käyttäjä on järjestelmänvalvoja, jota roolisi eivät kata: vain yleinen järjestelmänvalvoja voi muuttaa hänen yhteystietojaan tai estojaan.

# Issue 12: tukipalvelun palautuskoodi ja ilmoitukset järjestelmänvalvojan tekemistä muutoksista.
admin-recovery-heading = Palautuskoodi
admin-recovery-intro = Käyttäjälle, joka on menettänyt kaikki menetelmänsä: kertakäyttöinen koodi, joka on voimassa 8 tuntia ja jolla hän voi kirjautua sisään kerran rekisteröidäkseen uudet menetelmät. Anna koodi henkilökohtaisesti tai puhelussa, jonka soitit itse; käyttäjälle ilmoitetaan asiasta hänen sähköpostiosoitteisiinsa.
admin-recovery-issue = Myönnä palautuskoodi
admin-recovery-issued = Palautuskoodi myönnettiin. Se näytetään vain kerran.
admin-recovery-code-is = Palautuskoodi on:
admin-recovery-until = Palautuskoodi on voimassa { $until } asti.
admin-recovery-hand-over = Lue koodi käyttäjälle vasta, kun olet varma hänen henkilöllisyydestään. Koodia ei näytetä uudelleen.
admin-recovery-done = Valmis, piilota koodi
recovery-link = Saitko palautuskoodin tukipalvelusta?
recovery-title = Kirjaudu sisään palautuskoodilla
recovery-intro = Jos olet menettänyt kaikki menetelmäsi, tukipalvelu voi antaa sinulle kertakäyttöisen palautuskoodin. Kirjaudu sisään sillä ja rekisteröi sitten uudet menetelmät suojaustietosivullasi.
recovery-code-label = Palautuskoodi
recovery-code-hint = 16 kirjainta ja numeroa, esimerkiksi ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Käyttäjätunnus tai palautuskoodi on väärä, tai koodi on jo käytetty tai vanhentunut.
recovery-back = Kirjaudu sisään salasanalla
msg-recovery-issued-subject = Tilillesi myönnettiin palautuskoodi
msg-recovery-issued-body = Järjestelmänvalvoja myönsi käyttäjälle { $user } kertakäyttöisen palautuskoodin. Jos et pyytänyt koodia tukipalvelulta, ota heti yhteyttä järjestelmänvalvojaan.
msg-recovery-used-subject = Joku kirjautui sisään palautuskoodilla
msg-recovery-used-body = Käyttäjänä { $user } kirjauduttiin sisään palautuskoodilla uusien suojaustietojen rekisteröimiseksi. Jos et itse tehnyt tätä, ota heti yhteyttä järjestelmänvalvojaan.
msg-contact-changed-subject = Yhteystietojasi muutettiin
msg-contact-changed-body = Järjestelmänvalvoja muutti käyttäjän { $user } yhteystietoja (salasanan palauttamiseen käytettävää sähköpostiosoitetta tai puhelinnumeroa). Jos et odottanut tätä, ota heti yhteyttä järjestelmänvalvojaan.

# Issue 12: konsolin valvontalokin haku (A1, W2).
admin-audit-title = Valvontaloki
admin-audit-link = Hae valvontalokista ja lataa se
admin-audit-user = Käyttäjätunnus
admin-audit-from = Alkupäivä (YYYY-MM-DD, UTC)
admin-audit-to = Loppupäivä (YYYY-MM-DD, UTC)
admin-audit-step = Vaihe
admin-audit-outcome = Tulos
admin-audit-ip = IP-osoite
admin-audit-client = Asiakasohjelman tyyppi
admin-audit-any = Kaikki
admin-audit-search = Hae
admin-audit-bad-date = Anna päivämäärä muodossa YYYY-MM-DD, esimerkiksi 2026-11-05.
admin-audit-count = { $count ->
    [one] Yksi merkintä vastaa hakua.
   *[other] { $count } merkintää vastaa hakua.
}
admin-audit-capped = Vain uusimmat merkinnät näytetään ja ladataan; rajaa hakua, jos haluat nähdä loput.
admin-audit-pages = Tuloksen sivut
admin-audit-newer = Uudemmat merkinnät
admin-audit-older = Vanhemmat merkinnät
admin-audit-export-json = Lataa JSON-muodossa (yksi merkintä riviä kohden)

# Issue 12: konsolin toimintasivu.
admin-ops-title = Toiminta
admin-ops-link = Toiminta: tietokannan, hakemiston ja postijonon tila nyt
admin-ops-database = Tietokanta
admin-ops-directory = Paikallinen hakemisto
admin-ops-no-directory = Ei määritetty
admin-ops-ok = Toimii
admin-ops-down = Ei vastaa
admin-ops-on = Käytössä
admin-ops-off = Ei käytössä
admin-ops-directory-error = Viimeisin hakemistovirhe (30 päivää)
admin-ops-mail-waiting = Lähetystä odottavat ilmoitukset
admin-ops-mail-oldest = Vanhin odottava ilmoitus jonossa alkaen
admin-ops-mail-sent = Lähetetyt ilmoitukset
admin-ops-mail-failed = Ilmoitukset, joista luovuttiin uusintayritysten jälkeen
admin-ops-hashing = Tämän solmun jonossa odottavat salasanatiivisteet
admin-ops-version = Versio
admin-ops-hint = Tarkistettu tämän sivun avautuessa sivun palvelleella solmulla. Postin määrät koskevat koko portaalia; loput tiedot löytyvät osoitteesta /metrics.

# Issue 12: P1:n ryhmävalitsin ja M2:n ilmoitus käyttäjille, joilta muutos vie mahdollisuuden palauttaa salasana.
admin-f-groups-other = Muut ryhmät
admin-f-groups-none = Tällä organisaatiolla ei ole vielä ryhmiä portaalissa: kirjoita niiden nimet.
admin-notify-stranded = Lähetä sähköpostia käyttäjille, jotka eivät voi palauttaa salasanaansa tämän muutoksen jälkeen, ja pyydä heitä rekisteröimään lisää menetelmiä
msg-register-needed-subject = Rekisteröi lisää suojaustietoja
msg-register-needed-body = Organisaatiosi edellyttää nyt enemmän suojaustietoja, ennen kuin salasanan voi palauttaa. Kunnes kirjaudut sisään ja lisäät menetelmiä suojaustietosivullasi, { $user } ei pysty palauttamaan salasanaansa soittamatta tukipalveluun.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Viimeisin hakemiston synkronointi (sspr directory sync)
admin-ops-sync-counts = kirjoitetut muutokset: { $changes }; hylätyt arvot: { $refused }; käyttäjät ilman organisaatiota: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Käännös kirjoitetaan kysymyksen alle omalle rivilleen muodossa kielitunniste, kaksoispiste ja teksti (esimerkiksi ja-JP: …), ja sen pituuden on oltava 1–200 merkkiä.
admin-err-translation-first = Kirjoita ensin kysymys ja sitten sen käännökset sen alla oleville riveille.
admin-f-question-translations-hint = Jos haluat näyttää kysymyksen toisella kielellä, lisää sen alle rivi, jossa on kielitunniste, kaksoispiste ja käännös, esimerkiksi ”ja-JP: 事務所の植物の名前は？”. Käyttäjät, joiden kielelle ei ole käännöstä, näkevät kysymyksen sellaisena kuin se on kirjoitettu.
admin-f-recovery-code-resets = Tukipalvelun antamalla palautuskoodilla voi myös palauttaa käyttäjän salasanan kerran
admin-key-recovery-code-resets = salasanan palauttavat palautuskoodit
recovery-reset-hint = Jos organisaatiosi sallii sen, koodilla voi sen sijaan palauttaa salasanasi kerran.
recovery-reset-button = Palauta salasanani
recovery-no-reset = Organisaatiosi sallii palautuskoodilla vain sisäänkirjautumisen. Rekisteröi uudet menetelmät tässä; sen jälkeen voit palauttaa salasanasi niiden avulla.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Palautus aloitettu
audit-step-choose = Palautus tai lukituksen avaus valittu
audit-step-select = Menetelmä valittu
audit-step-send-code = Koodi lähetetty
audit-step-verify = Menetelmä vahvistettu
audit-step-unlock = Tilin lukitus avattu
audit-step-reset = Salasana palautettu
audit-step-password = Uusi salasana annettu
audit-step-directory = Takaisinkirjoitus hakemistoon
audit-step-notify = Ilmoitus
audit-step-admin-request = Pyyntö järjestelmänvalvojille
audit-step-signin = Sisäänkirjautuminen
audit-step-signin-verify = Kirjautumisen toinen vaihe
audit-step-signout = Uloskirjautuminen
audit-step-interrupt = Rekisteröintikehote kirjautuessa
audit-step-reconfirm = Suojaustiedot vahvistettu uudelleen
audit-step-register = Menetelmä rekisteröity
audit-step-register-send-code = Rekisteröintikoodi lähetetty
audit-step-register-pairing = Todennussovellus liitetty pariksi
audit-step-register-verify = Rekisteröintikoodi tarkistettu
audit-step-delete-method = Menetelmä poistettu
audit-step-change-password = Salasana vaihdettu
audit-step-delivery = Toimituskuittaus
audit-step-policy-change = Käytäntöä muutettu
audit-step-admin-clear-blocks = Järjestelmänvalvoja poisti estot
audit-step-admin-set-contact = Järjestelmänvalvoja asetti yhteystiedot
audit-step-admin-recovery-code = Palautuskoodi myönnetty
audit-step-directory-sync = Hakemiston synkronointi
audit-outcome-ok = Onnistui
audit-outcome-fail = Epäonnistui
audit-outcome-blocked = Estetty
audit-outcome-error = Virhe
audit-outcome-rejected = Hylätty
audit-outcome-ineligible = Ei oikeutettu
audit-outcome-dismissed = Siirretty myöhemmäksi
audit-client-browser = Selain
audit-client-sign-in-screen = Kirjautumisnäyttö
audit-client-app = Sovellus

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Käytössä
admin-value-off = Ei käytössä
admin-value-empty = (tyhjä)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Viimeisin salasanan takaisinkirjoitus (tai tilin lukituksen avaus) hakemistoon

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Salasana palautettu
done-title-unlock = Tilin lukitus avattu
admin-f-sign-in-url = Organisaatiosi kirjautumissivu
admin-f-sign-in-url-hint = Minne palautuksen viimeisen sivun painike johtaa, kuten https://login.contoso.com. Jätä tyhjäksi, jos haluat käyttää tämän portaalin oletusta.
policy-err-sign-in-url = Anna kirjautumissivu verkko-osoitteena, joka alkaa merkeillä https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Valmiit suojauskysymykset, joista käyttäjät voivat valita
admin-key-predefined-questions = valmiit suojauskysymykset
policy-err-too-few-questions = Tarjoa vähintään yhtä monta suojauskysymystä (valmiita ja omia) kuin käyttäjien on rekisteröitävä.
