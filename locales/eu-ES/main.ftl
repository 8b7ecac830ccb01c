# sspr, eu-ES. Every key here must exist in every locale (tested) and be used in code (tested).

## Egitura eta elementu komunak
app-name = Autozerbitzuko pasahitz-berrezartzea
reset-title = Berreskuratu zure konturako sarbidea
skip-to-content = Joan eduki nagusira
lang-switch-label = Hizkuntza
next = Hurrengoa
back-to-start = Hasi berriro
retry = Saiatu berriro
something-wrong = Arazo bat izan da. Saiatu berriro geroago.
not-found = Orri hau ez dago.
working = Prozesatzen…

## Sarrera (E2)
entry-intro = Kontua berreskuratzeko, idatzi zure erabiltzaile-IDa eta beheko galderaren erantzuna.
userid-label = Erabiltzaile-IDa
userid-hint = Adibidez: { $example }
captcha-legend = Frogatu ez zarela robot bat
captcha-nojs = Hurrengoa hautatu ondoren, zure arakatzailea segundo batzuez egiaztatzen da ({ $seconds } segundo edo gehiago). Ez duzu beste ezer egin behar.
captcha-working = Zure arakatzailea egiaztatzen…
captcha-done = Eginda. Jarraitu dezakezu.

## Jarri harremanetan administratzailearekin (E3, E5, P9, K1)
contact-title = Jarri harremanetan administratzailearekin
contact-reason-consumer = Kontu pertsonalek ezin dute atari hau erabili. Erabili zure posta elektronikoko hornitzailearen berreskuratze-aukerak.
contact-reason-unavailable = Ezin dugu kontu hau hemen berrezarri. Baliteke kontua ez egotea edo desgaituta egotea.
contact-reason-not-enabled = Autozerbitzuko pasahitz-berrezartzea ez dago gaituta kontu honetan.
contact-reason-not-registered = Kontu honek ez du pasahitza berrezartzeko adina segurtasun-informazio erregistratuta.
contact-reason-admin-not-registered = Administratzaile-kontuek bi metodo erregistratuta izan behar dituzte (posta elektronikoa, telefono mugikorra, bulegoko telefonoa edo autentifikazio-aplikazioa) pasahitza berrezartzeko.
contact-reason-writeback-off = Kontu honen pasahitza lokalean kudeatzen da, eta ezin da hemen berrezarri.
contact-also-intro = Kasu hauetan ere gerta daiteke:
contact-also-consumer = kontua kontsumitzaileentzako posta elektronikoko hornitzaile bateko kontu pertsonala da
contact-also-unavailable = erabiltzaile-IDa gaizki idatzita dago, edo kontua ez dago edo desgaituta dago
contact-also-not-enabled = autozerbitzuko pasahitz-berrezartzea ez dago gaituta kontuan
contact-also-not-registered = kontuak ez du adina segurtasun-informazio erregistratuta (saioa has badezakezu, segurtasun-informazioaren orrian ikusiko duzu zer falta den)
contact-also-admin-not-registered = administratzaile-kontu batek ez ditu bi metodo erregistratuta
contact-also-writeback-off = pasahitza zure erakundearen direktorioak berak kudeatzen du
contact-helpdesk-link = Jarri harremanetan laguntza-zerbitzuarekin
contact-helpdesk-email = Idatzi laguntza-zerbitzuari: { $email }
contact-no-helpdesk = Eskatu laguntza zure erakundeko administratzaileari.
contact-request-button = Eskatu nire administratzaileei pasahitza berrezartzeko
contact-request-sent = Zure eskaera administratzaileei bidali zaie.

## Arazoaren aukera
choose-title = Zergatik ezin duzu saioa hasi?
choose-forgot = Pasahitza ahaztu zait
choose-forgot-hint = Lasai, erregistratu duzun segurtasun-informazioarekin berrezartzen lagunduko dizugu.
choose-unlock = Pasahitza badakit, baina ezin dut saioa hasi
choose-unlock-hint = Baliteke pasahitz okerrarekin saioa hasten gehiegitan saiatu izana.

## Egiaztapena (V1..V6)
verify-title = Egiaztatu zure identitatea
verify-step = Egiaztapen-urratsa: { $current }/{ $required }
verify-pick = Aukeratu egiaztapenerako erabili behar dugun harremanetarako metodoa:
verify-passed = Egiaztatuta
option-email = Bidali mezu elektroniko bat nire ordezko helbidera ({ $masked })
option-sms = Bidali SMS bat nire telefono mugikorrera ({ $masked })
option-voice = Deitu nire telefono mugikorrera ({ $masked })
option-office = Deitu nire bulegoko telefonora ({ $masked })
option-app = Idatzi nire autentifikazio-aplikazioko kode bat
option-software_oath = Idatzi nire software-tokeneko kode bat
option-hardware_oath = Idatzi nire hardware-tokeneko kode bat
option-questions = Erantzun nire segurtasun-galderei
pending-email = Egiaztapen-kodea duen mezu elektroniko bat bidali dugu helbide honetara: { $masked }.
pending-sms = Egiaztapen-kodea duen SMS bat bidali dugu zenbaki honetara: { $masked }.
pending-voice = Zenbaki honetara deitzen ari gara: { $masked }. Entzun egiaztapen-kodea.
pending-totp = Idatzi aplikazioan edo tokenean ageri den kodea.
code-label = Egiaztapen-kodea
questions-legend = Erantzun zure segurtasun-galderei
verify-button = Egiaztatu

## Pasahitz berria (N1, N2)
password-title = Aukeratu pasahitz berria
password-label = Pasahitz berria
confirm-label = Berretsi pasahitz berria
password-rules = Pasahitzak baldintza hauek bete behar ditu:
pw-rule-length = gutxienez { $min } karaktere izatea
pw-rule-max-length = gehienez { $max } karaktere izatea
pw-rule-classes = hauetako hiru mota edukitzea: minuskulak, maiuskulak, zenbakiak, ikurrak
pw-rule-banned = ohiko pasahitza edo debekatutakoa ez izatea
pw-rule-name = zure izena ez edukitzea
pw-rule-match = berrespenarekin bat etortzea
pw-rule-classes-ad = hauetako hiru mota edukitzea: minuskulak, maiuskulak, zenbakiak, ikurrak, maiuskula-minuskularik gabeko letrak (kana, adibidez)
pw-rule-name-ad = zure kontu-izena edo zure izenaren 3 karaktere edo gehiagoko zatirik ez edukitzea
pw-dir-heading = Bidaltzean, zure erakundearen direktorioak hau ere egiaztatzen du:
pw-dir-history = { $n ->
    [one] ez dela zure uneko pasahitza
   *[other] ez dela zure azken { $n } pasahitzetako bat
}
pw-dir-min-age = { $n ->
    [one] azken pasahitz-aldaketatik gutxienez egun bat igaro dela
   *[other] azken pasahitz-aldaketatik gutxienez { $n } egun igaro direla
}
pw-dir-module = zure erakundearen gainerako kalitate-arauak betetzen dituela
pw-rule-ok = betetzen da
pw-rule-not-ok = ez da betetzen
finish = Amaitu

## Eginda
done-reset = Zure pasahitza berrezarri da.
done-unlock = Zure kontua desblokeatu da.
done-sign-in = Hasi saioa zure kontuarekin

## Erroreak (fluxuak)
err-no-flow = Saioa iraungi egin da. Hasi berriro.
err-captcha = Robot bat ez zarela egiaztatzeko proba iraungi egin da edo erabilita dago. Saiatu berriro.
err-wrong-step = Urrats hori ez dago erabilgarri jada. Jarraitu hemendik.
err-unknown-option = Aukeratu zerrendako metodoetako bat.
err-code-wrong = Kode horrek ez du funtzionatu. Egiaztatu eta saiatu berriro.
err-code-expired = Kode hori iraungi egin da. Bidali beste bat.
err-code-used = Kode hori erabilita dago. Jarraitu hemendik.
err-blocked = Gehiegitan saiatu zara. Saiatu berriro ordu honetatik aurrera: { $until }.
err-email-limit = Kode gehiegi bidali ditugu. Saiatu berriro ordu honetatik aurrera: { $until }; bestela, erabili beste metodo bat.
err-answers-wrong = Erantzunetako bat edo gehiago okerrak ziren. Hona hemen galdera multzo berri bat.
err-password = Pasahitzak ez ditu beheko baldintzak betetzen.
err-delivery = Ezin izan dugu mezua bidali oraintxe. Saiatu berriro geroago edo erabili beste metodo bat.
err-admin-request-limit = Dagoeneko hainbat eskaera bidali dituzu. Administratzaileak zurekin harremanetan jarriko dira.
err-internal = Arazo bat izan da. Saiatu berriro geroago.
userid-err-empty = Idatzi zure erabiltzaile-IDa.
userid-err-shape = Idatzi erabiltzaile-IDa izena@domeinua formatuan; adibidez, { $example }.
userid-err-too-long = Erabiltzaile-ID hori luzeegia da.

## Mezuak (posta elektronikoa, SMSa, ahotsa)
msg-code-subject = { $org } erakundeko kontuaren egiaztapen-kodea
msg-code-email = Erabili kode hau zure kontua egiaztatzeko: { $code }. { $minutes } minutu barru iraungiko da. Zuk eskatu ez baduzu, ez egin kasurik mezu honi.
msg-code-sms = { $org }: pasahitza berrezartzeko egiaztapen-kodea { $code } da.
msg-code-voice = Zure egiaztapen-kodea { $code } da. Errepikatzen dut: zure kodea { $code } da.
msg-reset-subject = Zure pasahitza berrezarri da
msg-reset-body = { $user } erabiltzailearen pasahitza autozerbitzuko pasahitz-berrezartzearen bidez berrezarri berri da. Zu izan ez bazara, jarri harremanetan administratzailearekin berehala.
msg-method-added-subject = Segurtasun-informazioa gehitu da zure kontuan
msg-method-added-body = { $method } metodoa gehitu da { $user } erabiltzailearen segurtasun-informazioan. Zu izan ez bazara, hasi saioa, kendu metodoa, aldatu pasahitza eta jarri harremanetan administratzailearekin.
msg-method-removed-subject = Segurtasun-informazioa kendu da zure kontutik
msg-method-removed-body = { $method } metodoa kendu da { $user } erabiltzailearen segurtasun-informaziotik. Zu izan ez bazara, hasi saioa, berrikusi segurtasun-informazioa, aldatu pasahitza eta jarri harremanetan administratzailearekin.
msg-admin-reset-subject = Administratzaile batek bere pasahitza berrezarri du
msg-admin-reset-body = { $user } administratzaileak bere pasahitza berrezarri du autozerbitzuko pasahitz-berrezartzearen bidez.
msg-admin-request-subject = Pasahitza berrezartzeko eskaera
msg-admin-request-body = { $user } erabiltzaileak ezin du bere pasahitza autozerbitzuz berrezarri, eta administratzaile baten laguntza eskatzen du.

## Garapeneko irteera-ontzia (demo moduan soilik)
outbox-title = Irteera-ontzia (demoa)
outbox-intro = Demo modua: atariak bidalitako mezuak hemen idazten dira, entregatu beharrean. Berrienak lehenengo.
outbox-empty = Ez dago mezurik oraindik.
outbox-to = Nori
demo-outbox-link = Demo modua: irakurri mezua irteera-ontzian (fitxa berri batean irekitzen da)
outbox-channel = Kanala

## Gidalerroen ukapenak (P12, administrazio-tresnek erabiltzen dituzte)
policy-err-scope-without-groups = Aukeratu gutxienez talde bat hautatutako taldeen esparrurako.
policy-err-methods-required = Beharrezko metodo kopuruak 1 edo 2 izan behar du.
policy-err-too-few-methods = Gaitu gutxienez beharrezkoak diren adina metodo.
policy-err-office-phone-paid = Bulegoko telefonoa ordainpeko maizterrentzat soilik dago erabilgarri.
policy-err-questions-register = Erabiltzaileek 3 eta 5 segurtasun-galdera artean erregistratu behar dituzte.
policy-err-questions-ask = 3 eta 5 segurtasun-galdera artean egin behar dira.
policy-err-questions-ask-exceeds = Ezin dira erabiltzaileek erregistratzen dituztenak baino galdera gehiago egin.
policy-err-reconfirm-days = Berriro berresteko epeak 0 eta 730 egun artekoa izan behar du.
policy-err-app-needs-more = Aplikazio mugikorra gaituta dagoenean, gaitu horrez gain beste metodo nahikoa.
policy-err-app-notification-alone = Metodo bakarra behar denean, aplikazioaren jakinarazpenak bakarrik ez du balio.
policy-err-password-length = Pasahitzaren luzerak 8 eta 256 karaktere artekoa izan behar du.
policy-err-banned-terms = Gehienez 1000 termino debekatu pertsonalizatu.
policy-err-sms-sender = SMS mezuen igorleak gehienez 11 letra eta zenbakiko izena izan behar du, edo telefono-zenbaki bat, hala nola +15017122661.
phone-err-country-code = Hasi zenbakia + ikurrarekin eta herrialde-kodearekin.
phone-err-characters = Erabili zenbakiak, zuriuneak eta marratxoak soilik.
phone-err-length = Zenbaki hori laburregia edo luzeegia da.
policy-err-custom-question = Segurtasun-galdera pertsonalizatuek 1 eta 200 karaktere artean izan behar dituzte, eta guztiek desberdinak izan behar dute.
policy-err-brand-accent = Markaren koloreak #rrggbb formatuan idatzita egon behar du, eta testu zuriarentzat nahikoa iluna izan (gutxienez 4,5:1eko kontrastea).
policy-err-brand-logo = Logotipoak atari honetako fitxategi bat (adibidez, /brand/logo.svg) edo txertatutako irudi bat izan behar du.
policy-err-sign-in-domain = Saioa hasteko domeinuak domeinu-izen bat izan behar du; adibidez, contoso.com.

## Saio-hasiera eta nire kontua (G1, N4)
entry-signin-link = Hasi saioa zure segurtasun-informazioa kudeatzeko
signin-title = Hasi saioa
signin-intro = Hasi saioa zure segurtasun-informazioa ikusi eta eguneratzeko edo pasahitza aldatzeko.
signin-password-label = Pasahitza
signin-button = Hasi saioa
signin-cant-access = Ezin zara kontuan sartu?
signin-signed-out = Saioa amaitu duzu.
signout-button = Amaitu saioa
account-title = Nire kontua
account-signed-in-as = Saioa hasita honela: { $name } ({ $upn })
account-reset-attempts = Norbait zure pasahitza berrezartzen saiatu da, eta egiaztapenak huts egin du { $count ->
    [one] behin
   *[other] { $count } aldiz
}; azken aldia: { $when }. Zu izan ez bazara, zure pasahitza ez da aldatu; ziurtatu segurtasun-informazioa zurea dela eta jakinarazi administratzaileari.
account-cannot-reset = Oraindik ezin duzu zuk zeuk pasahitza berrezarri.
account-security-info = Segurtasun-informazioa
account-change-password = Aldatu pasahitza
err-no-session = Ez duzu saiorik hasi, edo saioa amaitu egin da. Hasi saioa berriro.
err-credentials = Erabiltzaile-IDa edo pasahitza okerra da.
err-locked-out = Zure kontua aldi baterako blokeatuta dago, baimenik gabeko erabilera saihesteko. Saiatu berriro ordu honetatik aurrera: { $until }.
err-account-locked = Zure kontua blokeatuta dago. Desblokeatzeko, erabili «Ezin zara kontuan sartu?» aukera.
err-not-allowed = Metodo hori ezin da erabili zure kontuan.
err-current-password = Uneko pasahitza okerra da.
err-on-premises = Zure pasahitza erakundearen direktorioak kudeatzen du. Aldatu han.
err-too-many = Saiakera gehiegi egin dira zure saretik. Saiatu berriro ordu honetatik aurrera: { $until }.
err-resend-wait = Bide honetatik kode bat bidali berri dizugu. Beste bat eskatu aurretik, itxaron ordu honetara arte: { $until }; bestela, erabili beste metodo bat.
err-messages-paused = Oraintxe ezin dugu kode gehiago bidali. Saiatu berriro ordu honetatik aurrera: { $until }; bestela, erabili mezurik behar ez duen metodo bat, hala nola autentifikazio-aplikazioa edo segurtasun-galderak.
err-phone-country = Zure erakundeak ez du koderik bidaltzen herrialde honetako telefono-zenbakietara. Erabili beste zenbaki edo metodo bat.
err-busy = Zerbitzua lanpetuta dago une honetan. Itxaron une bat eta saiatu berriro.
cancel = Utzi
save = Gorde

## Segurtasun-informazioa (G2..G7, C1)
setup-title = Segurtasun-informazioa
setup-intro = Hauek dira pasahitza berrezartzean zure identitatea frogatzeko erabiltzen dituzun metodoak.
setup-progress-ok = Pasahitza berrezar dezakezu: beharrezko { $required } metodoetatik { $have } konfiguratuta daude.
setup-progress-short = Beharrezko { $required } metodoetatik { $have } konfiguratuta daude. Gehitu gehiago pasahitza berrezarri ahal izateko.
setup-methods-heading = Zure metodoak
setup-none = Oraindik ez duzu metodorik konfiguratu.
setup-add-heading = Gehitu metodo bat
setup-change = Aldatu
setup-change-label = Aldatu: { $what }
setup-delete = Ezabatu
setup-delete-label = Ezabatu: { $what }
setup-from-directory = (zure erakundearen direktoriotik)
setup-done-added = Metodoa gehitu da.
setup-done-deleted = Metodoa ezabatu da.
setup-back = Itzuli segurtasun-informaziora
setup-not-available = Metodo hau ez dago erabilgarri zure konturako.
method-app = Autentifikazio-aplikazioa
method-software = OATH software-tokena
method-hardware = Hardware-tokena
method-phone = Telefonoa
method-office = Bulegoko telefonoa
method-email = Posta elektronikoa
method-questions = Segurtasun-galderak
method-questions-detail = { $count } galdera
add-app = Gehitu autentifikazio-aplikazio bat
add-software = Gehitu OATH software-token bat
add-hardware = Aktibatu hardware-token bat
add-phone = Gehitu edo aldatu telefonoa
add-office = Gehitu edo aldatu bulegoko telefonoa
add-email = Gehitu edo aldatu posta elektronikoa
add-questions = Konfiguratu segurtasun-galderak
setup-email-label = Helbide elektronikoa
setup-email-hint = Erabili laneko kontukoa ez den helbide bat. Kode bat bidaliko dugu helbide horretara.
setup-phone-label = Telefono-zenbakia
setup-office-label = Bulegoko telefono-zenbakia
setup-phone-hint = Sartu + ikurra eta herrialde-kodea; adibidez, +34 612 34 56 78.
setup-phone-channel = Nola bidali behar dizugu kodea?
setup-phone-sms = Bidali kodea SMS bidez
setup-phone-voice = Deitu niri
setup-app-intro = Instalatu autentifikazio-aplikazio bat telefonoan, eta hautatu Hurrengoa eskaneatu beharreko QR kodea ikusteko.
setup-software-intro = Hautatu Hurrengoa zure software-tokenaren sekretua lortzeko.
setup-app-step-scan = Eskaneatu QR kodea aplikazioarekin, edo idatzi beheko sekretua.
setup-app-step-code = Idatzi aplikazioak erakusten duen 6 digituko kodea.
setup-app-qr-alt = Autentifikazio-aplikaziorako QR kodea
setup-app-secret = Sekretua:
setup-hardware-intro = Aukeratu tokenean inprimatuta dagoen serie-zenbakia, eta idatzi tokenak erakusten duen kodea.
setup-hardware-serial = Serie-zenbakia
setup-questions-intro = Aukeratu { $count } galdera desberdin eta erantzun bakoitzari (3-40 karaktere; ezin dira bi erantzun berdin izan).
setup-question-label = { $n }. galdera
setup-answer-label = { $n }. erantzuna
setup-err-email-shape = Idatzi helbide elektroniko bat; adibidez, someone@example.com.
setup-err-email-same = Erabili laneko kontukoa ez den helbide bat.
setup-err-phone = Telefono-zenbaki horrek ez dirudi zuzena.
setup-err-questions = Zure segurtasun-galderak ez dira gorde.
setup-err-questions-count = Erantzun galdera guztiei.
setup-err-questions-unknown = Aukeratu zerrendako galderak.
setup-err-questions-duplicate = Aukeratu galdera desberdin bat koadro bakoitzean.
setup-err-answer-length = Erantzunek 3 eta 40 karaktere artean izan behar dituzte.
setup-err-answer-duplicate = Eman erantzun desberdin bat galdera bakoitzari.
setup-err-too-many-apps = Gehieneko autentifikazio-aplikazio kopurua duzu jada. Ezabatu bat lehenik.
setup-err-token-unknown = Token hori ez zaizu esleitu, edo aktibo dago jada.
protect-title = Lagun iezaguzu zure kontua babesten
protect-intro = Zure erakundeak informazio gehiago behar du zure kontua seguru mantentzeko eta pasahitza zuk zeuk berrezarri ahal izateko.
protect-skip = Saltatu oraingoz
confirm-title = Zure segurtasun-informazioa zuzena da oraindik?
confirm-intro = Berrikusi pasahitza berrezartzeko erabiltzen dituzun metodoak. Berretsi, edo editatu zerbait aldatu bada.
confirm-looks-good = Dena ondo dago
confirm-edit = Editatu segurtasun-informazioa
confirm-done = Eskerrik asko! Zure segurtasun-informazioa berretsi da.
change-title = Aldatu pasahitza
change-current-label = Uneko pasahitza
change-button = Aldatu pasahitza
change-done = Zure pasahitza aldatu da.

## Segurtasun-galderak (G6, aurrez definitutako zerrenda)
sq-first-pet = Nola deitzen zen zure lehen maskota?
sq-birth-city = Zein hiritan jaio zinen?
sq-first-school = Nola deitzen zen zure lehen eskola?
sq-childhood-friend = Zein da zure haurtzaroko lagunik onenaren izena?
sq-first-job-city = Zein hiritan izan zenuen lehen lana?
sq-grandparent-name = Zein da zure aiton-amonetan zaharrenaren izena?
sq-first-concert = Zein izan zen joan zinen lehen kontzertua?
sq-childhood-street = Zein kaletan bizi zinen txikitan?
sq-favourite-teacher = Zein zen zure irakasle gogokoenaren abizena?
sq-first-car = Zein ziren zure lehen autoaren marka eta modeloa?

## Jakinarazpenak parekatutako gailu batean (V4)
option-push = Onartu jakinarazpen bat nire gailuan
pending-push = Jakinarazpen bat bidali dugu zure gailura. Ireki eta idatzi zenbaki hau:
pending-push-then = Ondoren, hautatu Jarraitu hemen.
push-continue = Jarraitu
err-push-pending = Jakinarazpenari ez zaio erantzun oraindik. Erantzun zure gailuan, eta hautatu Jarraitu.
err-push-denied = Jakinarazpena ukatu egin da, edo zenbakia ez dator bat. Aukeratu metodo bat berriro saiatzeko.
method-notification = Nire gailuko jakinarazpenak
add-notification = Gehitu jakinarazpenetarako gailu bat
setup-device-intro = Erabili telefonoa eskaerak onartzen dituen gailu gisa: hautatu Hurrengoa parekatze-kode bat lortzeko.
setup-device-step-open = Telefonoan, ireki gailuaren orria:
setup-device-link = ireki gailuaren orria
setup-device-step-code = Idatzi parekatze-kode hau han:
setup-device-then = Gailuaren orriak parekatuta dagoela esaten duenean, itzuli hona.
setup-device-done = Eginda
device-title = Zure gailua
device-intro = Orri honek zure kontuko saio-hasierako eta pasahitza berrezartzeko eskaerak onartzen ditu. Gehitu hasierako pantailara, beti eskura izateko.
device-paired = Gailu hau parekatuta dago. Eskaera bat onartzeko eskatzen zaizunean, egiaztatu eskaerarik dagoen.
device-pair-failed = Parekatze-kode horrek ez du funtzionatu. Lortu beste bat zure segurtasun-informazioan.
device-approved = Onartuta. Beste pantailara itzul zaitezke.
device-denied = Ukatuta. Ez da ezer onartu.
device-no-request = Ez dago eskaerarik zain.
device-request = %org% erakundeak zu zarela berresteko eskatzen du (%upn%).
device-request-title = Eskaera hau onartu nahi duzu?
device-pair-code = Parekatze-kodea
device-name = Gailu honen izena
device-name-default = Nire telefonoa
device-pair-button = Parekatu gailu hau
device-check = Egiaztatu eskaerarik dagoen
device-number = Beste pantailan ageri den zenbakia
device-approve = Onartu
device-deny = Ukatu
device-needs-js = Orri honek JavaScript behar du bere gakoa gordetzeko eta onarpenak sinatzeko.

## Saio-hasiera, bigarren urratsa (G1)
check-title = Egiaztatu zure identitatea
check-intro = Zure kontuak segurtasun-informazioa du; beraz, bigarren egiaztapen bat behar dugu hura ikusi edo aldatu aurretik.

## Direktorio lokala (P10, P11)
err-directory-policy = Zure erakundearen direktorioak ez du onartu pasahitz hau. Baliteke lehendik erabilitakoa izatea edo direktorioaren arauren bat ez betetzea; saiatu beste batekin.
err-directory = Ezin izan dugu zure erakundearen direktoriora konektatu. Ez da ezer aldatu; saiatu berriro une batean.

## Issue 10: eremu bat falta zaion inprimaki-bidalketa
err-form-incomplete = Inprimakia osatu gabe iritsi da. Bete eremu guztiak eta saiatu berriro.

## Issue 11: urratsen aurrerapena, izenburuak, marka, berriro bidaltzea, metodo bat ezabatzea, orduak
progress-label = Aurrerapena
progress-step = { $current }/{ $total } urratsa
step-userid = Erabiltzaile-IDa
step-verify = Egiaztapena
step-password = Pasahitz berria
step-done = Eginda
resend-code = Bidali kodea berriro
resend-in = Kode berri bat eskatu ahal izango duzu { $seconds ->
    [one] segundo bat barru
   *[other] { $seconds } segundo barru
}.
helpdesk-contact = Laguntza behar duzu? Jarri harremanetan laguntza-zerbitzuarekin: { $contact }
brand-logo-alt = { $org }
setup-add-method = Gehitu metodoa
setup-delete-title = Metodo hau ezabatu nahi duzu?
setup-delete-confirm = { $what } metodoa zure segurtasun-informaziotik kenduko da.
setup-delete-last-warning = Metodo hau behar duzu pasahitza berrezartzeko. Hura gabe, ezingo duzu zuk zeuk pasahitza berrezarri beste metodo bat gehitu arte.
setup-delete-confirm-button = Bai, ezabatu
setup-app-open-link = Ireki telefono honetako autentifikazio-aplikazio batean
setup-app-secret-grouped = Sekretua, lauko taldetan:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }/{ $month }/{ $day } { $hour }:{ $minute } ({ $zone })
time-am = goizeko
time-pm = arratsaldeko

# 12. arazoa: administratzaile-kontsola. Orrien izenburuek Entra-ren pasahitza berrezartzeko orriei jarraitzen diete.
account-admin-console = Administratzaile-kontsola
admin-title = Administratzaile-kontsola
admin-sign-in = Kontsola irekitzeko, hasi saioa zure administratzaile-kontuarekin.
admin-not-admin = Kontsola hau administratzaileentzat da. Zure kontuak ez du administratzaile-rolik.
admin-second-step = Kontsolak saioa hasteko bigarren urrats bat behar du. Gehitu telefono bat edo autentifikazio-aplikazio bat zure segurtasun-informazioan, eta, ondoren, amaitu saioa eta hasi berriro.
admin-go-setup = Joan zure segurtasun-informaziora
admin-go-account = Itzuli nire kontura
admin-back = Itzuli kontsolara
admin-tenant = Erakundea: { $name }
admin-signed-in-as = { $name } gisa hasi duzu saioa, rol hauekin: { $roles }
admin-policy-heading = Pasahitza berrezartzeko gidalerroa
admin-readonly = Zure rolei esker erabiltzaileei lagun diezaiekezu, baina ezin duzu aldatu pasahitza berrezartzeko gidalerroa. Administratzaile global batek edo autentifikazio-gidalerroen administratzaile batek alda dezake.
admin-draft-pending = «{ $page }» orriko aldaketa bat zure berrikuspenaren zain dago.
admin-draft-open = Ireki aldaketa
admin-draft-elsewhere = «{ $page }» orriko aldaketa bat berrikusteko zain dago. Orri hau berrikusten baduzu, hura ordeztuko da.
admin-saved = { $id } aldaketa gisa gorde da.
admin-discarded = Aldaketa baztertu egin da. Ez da ezer gorde.
admin-blade-properties = Propietateak
admin-blade-methods = Autentifikazio-metodoak
admin-blade-registration = Erregistroa
admin-blade-notifications = Jakinarazpenak
admin-blade-customization = Pertsonalizazioa
admin-blade-on-premises = Integrazio lokala
admin-blade-administrators = Administratzaileen gidalerroa
admin-f-scope = Autozerbitzuko pasahitz-berrezartzea gaituta dago hauentzat
admin-scope-none = Inor ez
admin-scope-selected = Hautatutako taldeak
admin-scope-all = Erabiltzaile guztiak
admin-f-groups = Taldeak
admin-f-groups-hint = Markatu autozerbitzuko pasahitz-berrezartzea gaituta duten taldeak, edo idatzi beste talde batzuen izenak, komaz bereizita. «Hautatutako taldeak» aukeratzen denean erabiltzen dira.
admin-f-methods-required = Berrezartzeko behar den metodo kopurua
admin-f-methods-required-hint = 1 edo 2.
admin-f-methods = Erabiltzaileen eskura dauden metodoak
admin-f-questions-to-register = Erregistratzeko behar den segurtasun-galdera kopurua
admin-f-questions-to-ask = Berrezartzeko behar den segurtasun-galdera kopurua
admin-f-custom-questions = Zure erakundearen segurtasun-galdera propioak
admin-f-custom-questions-hint = Galdera bat lerro bakoitzeko; aurrez definitutakoekin batera eskaintzen dira.
admin-f-require-registration = Eskatu erabiltzaileei erregistratzeko saioa hastean
admin-f-reconfirm-days = Erabiltzaileei autentifikazio-informazioa berresteko eskatu aurreko egun kopurua
admin-f-reconfirm-days-hint = 0 eta 730 artean; 0 bada, ez da inoiz eskatzen.
admin-f-notify-users = Jakinarazi erabiltzaileei pasahitzak berrezartzen direnean
admin-f-notify-admins = Jakinarazi administratzaile guztiei beste administratzaile batzuek beren pasahitza berrezartzen dutenean
admin-f-helpdesk = Laguntza-zerbitzuaren esteka
admin-f-helpdesk-hint = Helbide elektroniko bat edo https:// hasierako web-helbide bat. Utzi hutsik estekarik ez erakusteko.
admin-f-logo = Logotipoa
admin-f-logo-hint = Atari honetako fitxategi bat, adibidez /brand/logo.svg. Utzi hutsik izena soilik erakusteko.
admin-f-accent = Nabarmentze-kolorea
admin-f-accent-hint = #rrggbb formatuan idatzita, eta testu zuriarentzat nahikoa iluna.
admin-f-sign-in-domain = Saioa hasteko iradokizunaren domeinua
admin-f-sign-in-domain-hint = Erabiltzaile-IDaren adibidean erakusten da, adibidez contoso.com.
admin-f-writeback = Idatzi pasahitzak berriro zure direktorio lokalean
admin-f-allow-unlock = Baimendu erabiltzaileei kontuak desblokeatzea pasahitza berrezarri gabe
admin-f-admin-sspr = Baimendu administratzaileei beren pasahitza berrezartzea
admin-f-admin-sspr-hint = Administratzaileek bi metodo behar dituzte beti: helbide elektroniko bat edo telefono bat, eta beste bat.
admin-review-button = Berrikusi aldaketa
admin-errors-heading = Aldaketa hau ezin da gorde:
admin-live-ok = Aldaketa hau gorde daiteke.
admin-err-number = Idatzi zenbaki oso bat.
admin-err-helpdesk = Idatzi helbide elektroniko bat edo https:// hasierako web-helbide bat.
admin-err-forbidden = Zure rolek ez dute uzten pasahitza berrezartzeko gidalerroa aldatzen.
admin-err-no-draft = Ez dago berrikusteko zain dagoen aldaketarik.
admin-err-no-change = Aldaketa hori ez dago historian.
admin-err-refused = Aldaketa honek gidalerroaren arau bat hausten du. Editatu eta berrikusi berriro.
admin-review-title = Aldaketaren berrikuspena
admin-review-page = Orria: { $page }
admin-changes = Hau aldatzen du: { $keys }
admin-no-change = Honek ez du ezer aldatzen.
admin-impact-heading = Nork berrezar dezakeen pasahitza
admin-impact-summary = Pasahitza berrezar dezaketen erabiltzaileak: orain { $before } ({ $users } guztira); aldaketa honen ondoren, { $after }.
admin-stranded-none = Inork ez du galtzen pasahitza berrezartzeko aukera.
admin-stranded = { $count ->
    [one] Erabiltzaile batek lehen berrezar zezakeen pasahitza, baina aldaketaren ondoren ezin izango du:
   *[other] { $count } erabiltzailek lehen berrezar zezaketen pasahitza, baina aldaketaren ondoren ezin izango dute:
}
admin-stranded-hint = Gorde aurretik, eskatu metodo gehiago erregistratzeko beren segurtasun-informazioaren orrian; bestela, laguntza-zerbitzura deitu beharko dute.
admin-gained = { $count ->
    [one] Erabiltzaile batek ezin zuen lehen pasahitza berrezarri, baina aldaketaren ondoren ahal izango du:
   *[other] { $count } erabiltzailek ezin zuten lehen pasahitza berrezarri, baina aldaketaren ondoren ahal izango dute:
}
admin-export-csv = Deskargatu zerrenda (CSV)
admin-save = Gorde
admin-discard = Baztertu
admin-edit-again = Editatu berriro
admin-history-title = Aldaketen historia
admin-history-empty = Oraindik ez da aldaketarik gorde.
admin-history-change = Aldaketa
admin-history-when = Noiz
admin-history-who = Administratzailea
admin-history-what = Aldatutako ezarpenak
admin-revert = Leheneratu
admin-revert-label = Leheneratu { $id } aldaketa
admin-reverts = { $id } aldaketa leheneratzen du
admin-reverted = { $id } aldaketa leheneratu da. Hark ordeztu zituen ezarpenak itzuli dira.
admin-key-scope = nork berrezar dezakeen
admin-key-admin-sspr = administratzaileen berrezartzea
admin-key-methods-required = beharrezko metodoak
admin-key-methods = metodo erabilgarriak
admin-key-questions-to-register = erregistratzeko galderak
admin-key-questions-to-ask = berrezartzeko galderak
admin-key-custom-questions = segurtasun-galdera propioak
admin-key-require-registration = derrigorrezko erregistroa
admin-key-reconfirm-days = berriro berresteko egunak
admin-key-notify-users = erabiltzaileentzako jakinarazpenak
admin-key-notify-admins = administratzaileentzako jakinarazpenak
admin-key-helpdesk = laguntza-zerbitzuaren esteka
admin-key-branding = marka-irudia
admin-key-writeback = pasahitzen atzera-idazketa
admin-key-allow-unlock = kontuak desblokeatzea
admin-key-password = pasahitzaren arauak
admin-key-phone-countries = telefonoen herrialdeak
admin-key-sms-sender = SMS mezuen igorlea

# 12. arazoa: kontsolaren txostenak (A2).
admin-reports-title = Txostenak
admin-reports-link = Erregistroak, berrezartzeak, hutsegiteak eta nork ezin duen berrezarri
admin-reports-period = Azken { $days } egunak, { $since } egunetik aurrera (UTC).
admin-reports-chart = Beheko taularen diagrama
admin-reports-by-day = Erregistroak, berrezartzeak eta desblokeatzeak egunez egun
admin-col-day = Eguna
admin-col-registrations = Erregistroak
admin-col-resets = Berrezartzeak
admin-col-unlocks = Desblokeatzeak
admin-col-user = Erabiltzailea
admin-reports-funnel = Berrezartzeko saiakerak noraino iritsi diren
admin-reports-funnel-hint = Saiakera bakoitza erabiltzaile-ID batekin hasten da. Zenbakiak jaisten diren tokian uzten diote erabiltzaileek.
admin-col-step = Urratsa
admin-col-attempts = Saiakerak
admin-funnel-started = Hasitakoak
admin-funnel-eligible = Berrezartzeko baimena dutenak
admin-funnel-verified-one = Metodo bat egiaztatu dutenak
admin-funnel-verified-two = Bigarren metodo bat egiaztatu dutenak
admin-funnel-password-set = Pasahitz berria ezarri edo kontua desblokeatu dutenak
admin-reports-failures = Hutsegiteak arrazoiaren arabera
admin-col-reason = Arrazoia
admin-col-count = Kopurua
admin-reports-none = Ez dago ezer aldi honetan.
admin-reports-methods = Berrezartzeko edo desblokeatzeko erabilitako metodoak
admin-col-method = Metodoa
admin-reports-cannot = Nork ezin duen berrezarri
admin-reports-can = Pasahitza orain berrezar dezaketen erabiltzaileak: { $can } ({ $users } guztira).
admin-reports-short = { $count ->
    [one] Erabiltzaile batek ezin du berrezarri, ez duelako metodo nahikorik:
   *[other] { $count } erabiltzailek ezin dute berrezarri, ez dutelako metodo nahikorik:
}
# 12. arazoa: kontsolaren erabiltzaileen orria (D1, D3).
admin-users-title = Erabiltzaileak
admin-users-link = Bilatu erabiltzaile bat: haren metodoak, blokeoak eta harremanetarako informazioa
admin-users-lookup-label = Erabiltzaile-IDa
admin-users-lookup = Bilatu
admin-err-no-user = Ez dago ID hori duen erabiltzailerik zure erakundean.
admin-err-protected = Erabiltzaile hau zure rolen irismenetik kanpoko administratzailea da. Eskatu administratzaile global bati.
admin-err-contact = Idatzi erabiltzailearena ez den helbide elektroniko bat, eta telefono-zenbakiak +<herrialde-kodea> <zenbakia> formatuan.
admin-user-status = Kontua
admin-user-enabled = Gaituta
admin-user-disabled = Desgaituta
admin-user-locked = direktorioan blokeatuta
admin-user-password = Pasahitza
admin-user-cloud = Atari honek kudeatzen du
admin-user-onprem = Direktorio lokalak kudeatzen du
admin-user-groups = Taldeak
admin-user-roles = Administratzaile-rolak
admin-user-none = Bat ere ez
admin-user-methods = Erabiltzailearen metodoak
admin-user-reset = Autozerbitzuko pasahitz-berrezartzea
admin-user-can-reset = Pasahitza orain berrezar dezake.
admin-user-cannot-reset = Ezin du orain berrezarri:
admin-reason-consumer = kontu pertsonal bat da, eta atari honek ez ditu halako kontuak onartzen.
admin-reason-unavailable = kontua desgaituta dago.
admin-reason-not-enabled = autozerbitzuko pasahitz-berrezartzea ez dago gaituta haren taldeentzat.
admin-reason-not-registered = ez du gidalerroak eskatzen adina metodo erregistratu.
admin-reason-admin-not-registered = administratzaile batek bi metodo behar ditu, eta gutxiago ditu.
admin-reason-writeback-off = pasahitza lokalean kudeatzen da, eta pasahitzen atzera-idazketa desaktibatuta dago.
admin-user-blocks = Blokeoak
admin-user-no-blocks = Une honetan ez dago blokeorik.
admin-user-reset-blocked = Pasahitza berrezartzea blokeatuta dago ordu hau arte: { $until } (kode edo erantzun oker gehiegi)
admin-user-sends-blocked = Kodeak blokeatuta daude ordu hau arte: { $until } (gehiegi bidali dira)
admin-user-signin-locked = Saioa hastea blokeatuta dago ordu hau arte: { $until } (pasahitz oker gehiegi)
admin-user-clear = Kendu blokeoak
admin-user-cleared = Blokeoak kendu dira.
admin-user-contact = Harremanetarako informazioa
admin-user-alternate-email = Ordezko helbide elektronikoa
admin-user-mobile = Telefono mugikorra
admin-user-office = Bulegoko telefonoa
admin-user-contact-hint = Telefono-zenbakiak +<herrialde-kodea> <zenbakia> formatuan. Eremu bat garbitzeko, utzi hutsik.
admin-user-contact-save = Gorde harremanetarako informazioa
admin-user-contact-saved = Harremanetarako informazioa gorde da.
admin-user-protected = Erabiltzaile hau zure rolen irismenetik kanpoko administratzailea da: administratzaile global batek soilik alda ditzake haren harremanetarako informazioa edo blokeoak.

# 12. arazoa: laguntza-zerbitzuaren berreskuratze-kodea, eta administratzaile batek aldatutakoari buruzko jakinarazpenak.
admin-recovery-heading = Berreskuratze-kodea
admin-recovery-intro = Metodo guztiak galdu dituen erabiltzaile batentzat: erabilera bakarreko kode bat, 8 orduz balio duena, saioa behin hasi eta metodo berriak erregistratzeko aukera ematen diona. Eman aurrez aurre edo zuk egindako dei batean; erabiltzaileari bere helbide elektronikoetan jakinarazten zaio.
admin-recovery-issue = Sortu berreskuratze-kode bat
admin-recovery-issued = Berreskuratze-kode bat sortu da. Behin bakarrik erakusten da.
admin-recovery-code-is = Berreskuratze-kodea:
admin-recovery-until = Berreskuratze-kode bat baliozkoa da ordu hau arte: { $until }.
admin-recovery-hand-over = Irakurri erabiltzaileari nor den ziur zaudenean bakarrik. Ez da berriro erakutsiko.
admin-recovery-done = Eginda, ezkutatu kodea
recovery-link = Laguntza-zerbitzuak berreskuratze-kode bat eman dizu?
recovery-title = Hasi saioa berreskuratze-kode batekin
recovery-intro = Metodo guztiak galdu badituzu, laguntza-zerbitzuak erabilera bakarreko berreskuratze-kode bat eman diezazuke. Hasi saioa harekin, eta, ondoren, erregistratu metodo berriak zure segurtasun-informazioaren orrian.
recovery-code-label = Berreskuratze-kodea
recovery-code-hint = 16 letra eta digitu; adibidez, ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Erabiltzaile-IDa edo berreskuratze-kodea okerra da, edo kodea erabilita dago edo iraungi egin da.
recovery-back = Hasi saioa pasahitzarekin horren ordez
msg-recovery-issued-subject = Berreskuratze-kode bat sortu da zure konturako
msg-recovery-issued-body = Administratzaile batek erabilera bakarreko berreskuratze-kode bat sortu du { $user } erabiltzailearentzat. Laguntza-zerbitzuari eskatu ez badiozu, jarri harremanetan administratzailearekin berehala.
msg-recovery-used-subject = Norbaitek saioa hasi du berreskuratze-kode batekin
msg-recovery-used-body = { $user } erabiltzailearen saioa berreskuratze-kode batekin hasi da, segurtasun-informazio berria erregistratzeko. Zu izan ez bazara, jarri harremanetan administratzailearekin berehala.
msg-contact-changed-subject = Zure harremanetarako informazioa aldatu da
msg-contact-changed-body = Administratzaile batek { $user } erabiltzailearen harremanetarako informazioa aldatu du (pasahitza berrezartzeko erabiltzen den helbide elektroniko bat edo telefono-zenbaki bat). Ez bazenuen espero, jarri harremanetan administratzailearekin berehala.

# 12. arazoa: kontsolaren auditoria-erregistroko bilaketa (A1, W2).
admin-audit-title = Auditoria-erregistroa
admin-audit-link = Bilatu auditoria-erregistroan eta deskargatu
admin-audit-user = Erabiltzaile-IDa
admin-audit-from = Noiztik (YYYY-MM-DD, UTC)
admin-audit-to = Noiz arte (YYYY-MM-DD, UTC)
admin-audit-step = Urratsa
admin-audit-outcome = Emaitza
admin-audit-ip = IP helbidea
admin-audit-client = Bezero mota
admin-audit-any = Edozein
admin-audit-search = Bilatu
admin-audit-bad-date = Idatzi data YYYY-MM-DD formatuan; adibidez, 2026-11-05.
admin-audit-count = { $count ->
    [one] Sarrera bat dator bat bilaketarekin.
   *[other] { $count } sarrera datoz bat bilaketarekin.
}
admin-audit-capped = Sarrera berrienak bakarrik zerrendatzen eta deskargatzen dira; gainerakoak ikusteko, murriztu bilaketa.
admin-audit-pages = Emaitzaren orriak
admin-audit-newer = Sarrera berriagoak
admin-audit-older = Sarrera zaharragoak
admin-audit-export-json = Deskargatu JSON lerro gisa

# 12. arazoa: kontsolaren eragiketen orria.
admin-ops-title = Eragiketak
admin-ops-link = Eragiketak: datu-basea, direktorioa eta posta-ilara une honetan
admin-ops-database = Datu-basea
admin-ops-directory = Direktorio lokala
admin-ops-no-directory = Konfiguratu gabe
admin-ops-ok = Funtzionatzen du
admin-ops-down = Ez du erantzuten
admin-ops-on = Aktibatuta
admin-ops-off = Desaktibatuta
admin-ops-directory-error = Direktorioaren azken hutsegitea (30 egun)
admin-ops-mail-waiting = Bidaltzeko zain dauden jakinarazpenak
admin-ops-mail-oldest = Zain dagoen jakinarazpen zaharrenaren data
admin-ops-mail-sent = Bidalitako jakinarazpenak
admin-ops-mail-failed = Hainbat saiakeraren ondoren baztertutako jakinarazpenak
admin-ops-hashing = Nodo honetan hash-a egiteko zain dauden pasahitzak
admin-ops-version = Bertsioa
admin-ops-hint = Orri hau ireki denean egiaztatu da, orria zerbitzatu duen nodoak. Posta-zenbaketak atari osoarenak dira; gainerakoa /metrics helbidean dago.

# 12. arazoa: P1-en talde-hautatzailea, eta aldaketa batek berrezartzeko aukerarik gabe uzten dituen erabiltzaileei M2-k bidaltzen dien jakinarazpena.
admin-f-groups-other = Beste talde batzuk
admin-f-groups-none = Erakunde honek ez du oraindik talderik atarian: idatzi haien izenak.
admin-notify-stranded = Bidali mezu elektroniko bat aldaketa honen ondoren berrezarri ezin duten erabiltzaileei, metodo gehiago erregistratzeko eskatuz
msg-register-needed-subject = Erregistratu segurtasun-informazio gehiago
msg-register-needed-body = Zure erakundeak segurtasun-informazio gehiago eskatzen du orain pasahitz bat berrezarri ahal izateko. Saioa hasi eta zure segurtasun-informazioaren orrian metodoak gehitu arte, { $user } erabiltzaileak ezin du pasahitza berrezarri laguntza-zerbitzura deitu gabe.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Direktorioaren azken sinkronizazioa (sspr directory sync)
admin-ops-sync-counts = idatzitako aldaketak: { $changes }; baztertutako balioak: { $refused }; erakunderik gabeko erabiltzaileak: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Itzulpen bat bere galderaren azpiko lerro batean doa, hizkuntza-etiketa, bi puntu eta testua gisa (adibidez, ja-JP: …), eta 1 eta 200 karaktere artean izan behar ditu.
admin-err-translation-first = Idatzi lehenik galdera, eta ondoren haren itzulpenak azpiko lerroetan.
admin-f-question-translations-hint = Galdera bat beste hizkuntza batean erakusteko, gehitu lerro bat haren azpian hizkuntza-etiketarekin, bi punturekin eta itzulpenarekin, adibidez «ja-JP: 事務所の植物の名前は？». Beren hizkuntzak itzulpenik ez duen erabiltzaileek idatzita dagoen bezala ikusten dute galdera.
admin-f-recovery-code-resets = Laguntza-zerbitzuaren berreskuratze-kode batek erabiltzailearen pasahitza ere berrezar dezake behin
admin-key-recovery-code-resets = pasahitzak berrezartzen dituzten berreskuratze-kodeak
recovery-reset-hint = Zure erakundeak baimentzen badu, kodeak zure pasahitza behin berrezar dezake horren ordez.
recovery-reset-button = Berrezarri nire pasahitza
recovery-no-reset = Zure erakundeak berreskuratze-kode batekin saioa hastea soilik baimentzen du. Erregistratu metodo berriak hemen; ondoren, haiekin berrezarri ahal izango duzu pasahitza.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Berrezartzea hasi da
audit-step-choose = Berrezartzea edo desblokeatzea aukeratu da
audit-step-select = Metodoa aukeratu da
audit-step-send-code = Kodea bidali da
audit-step-verify = Metodoa egiaztatu da
audit-step-unlock = Kontua desblokeatu da
audit-step-reset = Pasahitza berrezarri da
audit-step-password = Pasahitz berria idatzi da
audit-step-directory = Direktorioko atzera-idazketa
audit-step-notify = Jakinarazpena
audit-step-admin-request = Administratzaileei egindako eskaera
audit-step-signin = Saio-hasiera
audit-step-signin-verify = Saio-hasierako bigarren urratsa
audit-step-signout = Saio-amaiera
audit-step-interrupt = Erregistratzeko gonbita saioa hastean
audit-step-reconfirm = Segurtasun-informazioa berretsi da
audit-step-register = Metodoa erregistratu da
audit-step-register-send-code = Erregistro-kodea bidali da
audit-step-register-pairing = Autentifikazio-aplikazioa parekatu da
audit-step-register-verify = Erregistro-kodea egiaztatu da
audit-step-delete-method = Metodoa ezabatu da
audit-step-change-password = Pasahitza aldatu da
audit-step-delivery = Entregaren berrespena
audit-step-policy-change = Gidalerroa aldatu da
audit-step-admin-clear-blocks = Administratzaile batek blokeoak kendu ditu
audit-step-admin-set-contact = Administratzaile batek harremanetarako informazioa ezarri du
audit-step-admin-recovery-code = Berreskuratze-kodea sortu da
audit-step-directory-sync = Direktorio-sinkronizazioa
audit-outcome-ok = Arrakastatsua
audit-outcome-fail = Huts egin du
audit-outcome-blocked = Blokeatuta
audit-outcome-error = Errorea
audit-outcome-rejected = Baztertuta
audit-outcome-ineligible = Ez da hautagarria
audit-outcome-dismissed = Atzeratuta
audit-client-browser = Arakatzailea
audit-client-sign-in-screen = Saioa hasteko pantaila
audit-client-app = Aplikazioa

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Aktibatuta
admin-value-off = Desaktibatuta
admin-value-empty = (hutsik)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Pasahitzen azken atzera-idazketa (edo kontuen desblokeatzea) direktorioan

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Pasahitza berrezarrita
done-title-unlock = Kontua desblokeatuta
admin-f-sign-in-url = Zure erakundearen saioa hasteko orria
admin-f-sign-in-url-hint = Berrezartze baten azken orriko botoiak nora eramaten duen; adibidez, https://login.contoso.com. Utzi hutsik atari honen balio lehenetsia erabiltzeko.
policy-err-sign-in-url = Idatzi saioa hasteko orria https:// hasierako web-helbide gisa.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Erabiltzaileek aukera ditzaketen aurrez definitutako segurtasun-galderak
admin-key-predefined-questions = aurrez definitutako segurtasun-galderak
policy-err-too-few-questions = Eskaini gutxienez erabiltzaileek erregistratu behar dituzten adina segurtasun-galdera (aurrez definitutakoak eta propioak).
