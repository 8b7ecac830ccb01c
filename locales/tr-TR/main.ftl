# sspr, tr-TR. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Self servis parola sıfırlama
reset-title = Hesabınıza yeniden erişin
skip-to-content = Ana içeriğe atla
lang-switch-label = Dil
next = İleri
back-to-start = Baştan başla
retry = Yeniden dene
something-wrong = Bir sorun oluştu. Daha sonra yeniden deneyin.
not-found = Bu sayfa mevcut değil.
working = İşleniyor…

## Entry (E2)
entry-intro = Hesabınızı kurtarmak için önce kullanıcı kimliğinizi ve aşağıdaki sorunun yanıtını girin.
userid-label = Kullanıcı kimliği
userid-hint = Örnek: { $example }
captcha-legend = Robot olmadığınızı kanıtlayın
captcha-nojs = "İleri" düğmesini seçtikten sonra tarayıcınız birkaç saniye ({ $seconds } saniye veya daha uzun) denetlenir. Başka bir şey yapmanız gerekmez.
captcha-working = Tarayıcınız denetleniyor…
captcha-done = Tamamlandı. Devam edebilirsiniz.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Yöneticinize başvurun
contact-reason-consumer = Kişisel hesaplar bu portalı kullanamaz. Bunun yerine e-posta sağlayıcınızın kurtarma seçeneklerini kullanın.
contact-reason-unavailable = Bu hesabı burada sıfırlayamıyoruz. Hesap mevcut olmayabilir veya devre dışı bırakılmış olabilir.
contact-reason-not-enabled = Bu hesap için self servis parola sıfırlama açık değil.
contact-reason-not-registered = Bu hesapta parolayı sıfırlamak için yeterli güvenlik bilgisi kayıtlı değil.
contact-reason-admin-not-registered = Yönetici hesaplarının parola sıfırlayabilmesi için kayıtlı iki yöntemi (e-posta, cep telefonu, ofis telefonu veya kimlik doğrulayıcı uygulaması) olmalıdır.
contact-reason-writeback-off = Bu hesabın parolası şirket içinde yönetiliyor ve burada sıfırlanamaz.
contact-also-intro = Bu durum şu hallerde de ortaya çıkabilir:
contact-also-consumer = hesap, tüketicilere yönelik bir e-posta sağlayıcısının kişisel hesabıdır
contact-also-unavailable = kullanıcı kimliği yanlış yazılmıştır veya hesap mevcut değildir ya da devre dışıdır
contact-also-not-enabled = hesap için self servis parola sıfırlama açık değildir
contact-also-not-registered = hesapta yeterli güvenlik bilgisi kayıtlı değildir (oturum açabiliyorsanız güvenlik bilgileri sayfanız neyin eksik olduğunu gösterir)
contact-also-admin-not-registered = bir yönetici hesabının kayıtlı iki yöntemi yoktur
contact-also-writeback-off = parola, kuruluşunuzun kendi dizini tarafından yönetilmektedir
contact-helpdesk-link = Yardım masanıza başvurun
contact-helpdesk-email = Yardım masanıza e-posta gönderin: { $email }
contact-no-helpdesk = Yardım için kuruluşunuzun yöneticisine başvurun.
contact-request-button = Yöneticilerimden parolamı sıfırlamalarını iste
contact-request-sent = İsteğiniz yöneticilerinize gönderildi.

## Trouble choice
choose-title = Oturum açarken neden sorun yaşıyorsunuz?
choose-forgot = Parolamı unuttum
choose-forgot-hint = Endişelenmeyin, kaydettiğiniz güvenlik bilgileriyle parolanızı sıfırlamanıza yardımcı olacağız.
choose-unlock = Parolamı biliyorum ama yine de oturum açamıyorum
choose-unlock-hint = Bunun nedeni, yanlış parolayla çok fazla kez oturum açmayı denemiş olmanız olabilir.

## Verification (V1..V6)
verify-title = Kimliğinizi doğrulayın
verify-step = Doğrulama adımı { $current } / { $required }
verify-pick = Doğrulama için kullanmamız gereken iletişim yöntemini seçin:
verify-passed = Doğrulandı
option-email = Alternatif adresime ({ $masked }) e-posta gönder
option-sms = Cep telefonuma ({ $masked }) kısa mesaj gönder
option-voice = Cep telefonumu ({ $masked }) ara
option-office = Ofis telefonumu ({ $masked }) ara
option-app = Kimlik doğrulayıcı uygulamamdan bir kod gir
option-software_oath = Yazılım belirtecimden bir kod gir
option-hardware_oath = Donanım belirtecimden bir kod gir
option-questions = Güvenlik sorularımı yanıtla
pending-email = { $masked } adresine doğrulama kodu içeren bir e-posta gönderdik.
pending-sms = { $masked } numarasına doğrulama kodu içeren bir kısa mesaj gönderdik.
pending-voice = { $masked } numarasını arıyoruz. Doğrulama kodunu dinleyin.
pending-totp = Uygulamanızda veya belirtecinizde görüntülenen kodu girin.
code-label = Doğrulama kodu
questions-legend = Güvenlik sorularınızı yanıtlayın
verify-button = Doğrula

## New password (N1, N2)
password-title = Yeni bir parola seçin
password-label = Yeni parola
confirm-label = Yeni parolayı onaylayın
password-rules = Parolanız:
pw-rule-length = en az { $min } karakter uzunluğunda olmalıdır
pw-rule-max-length = en fazla { $max } karakter uzunluğunda olmalıdır
pw-rule-classes = şunlardan üçünü içermelidir: küçük harf, büyük harf, rakam, sembol
pw-rule-banned = yaygın olarak kullanılan veya yasaklanmış bir parola olmamalıdır
pw-rule-name = adınızı içermemelidir
pw-rule-match = onay alanındaki parolayla eşleşmelidir
pw-rule-classes-ad = şunlardan üçünü içermelidir: küçük harf, büyük harf, rakam, sembol, büyük/küçük harf ayrımı olmayan harfler (Japonca kana gibi)
pw-rule-name-ad = hesap adınızı veya adınızın 3 ya da daha fazla karakterlik herhangi bir bölümünü içermemelidir
pw-dir-heading = Gönderdiğinizde kuruluşunuzun dizini ayrıca parolanın şu koşulları karşıladığını denetler:
pw-dir-history = { $n ->
    [one] geçerli parolanız olmamalıdır
   *[other] son { $n } parolanızdan biri olmamalıdır
}
pw-dir-min-age = { $n ->
    [one] son parola değişikliğinizden en az bir gün sonra değiştirilmelidir
   *[other] son parola değişikliğinizden en az { $n } gün sonra değiştirilmelidir
}
pw-dir-module = kuruluşunuzun ek kalite kurallarına uygun olmalıdır
pw-rule-ok = karşılandı
pw-rule-not-ok = karşılanmadı
finish = Bitir

## Done
done-reset = Parolanız sıfırlandı.
done-unlock = Hesabınızın kilidi açıldı.
done-sign-in = Hesabınızla oturum açın

## Errors (flows)
err-no-flow = Oturumunuzun süresi doldu. Yeniden başlayın.
err-captcha = Robot olmadığınıza ilişkin denetimin süresi doldu veya bu denetim zaten kullanıldı. Yeniden deneyin.
err-wrong-step = Bu adım artık kullanılamıyor. Buradan devam edin.
err-unknown-option = Listelenen yöntemlerden birini seçin.
err-code-wrong = Bu kod işe yaramadı. Kodu kontrol edip yeniden deneyin.
err-code-expired = Bu kodun süresi doldu. Yeni bir kod gönderin.
err-code-used = Bu kod zaten kullanıldı. Buradan devam edin.
err-blocked = Çok fazla deneme yaptınız. { $until } tarihinden sonra yeniden deneyin.
err-email-limit = Çok fazla kod gönderdik. { $until } tarihinden sonra yeniden deneyin veya farklı bir yöntem kullanın.
err-answers-wrong = Yanıtlardan biri veya birkaçı yanlıştı. İşte yeni bir soru grubu.
err-password = Parola aşağıdaki gereksinimleri karşılamıyor.
err-delivery = Mesajı şu anda gönderemedik. Daha sonra yeniden deneyin veya farklı bir yöntem kullanın.
err-admin-request-limit = Zaten birkaç istek gönderdiniz. Yöneticileriniz size geri dönecektir.
err-internal = Bir sorun oluştu. Daha sonra yeniden deneyin.
userid-err-empty = Kullanıcı kimliğinizi girin.
userid-err-shape = Kullanıcı kimliğinizi name@domain biçiminde girin, örneğin { $example }.
userid-err-too-long = Bu kullanıcı kimliği çok uzun.

## Messages (email, SMS, voice)
msg-code-subject = { $org } hesabı doğrulama kodu
msg-code-email = Hesabınızı doğrulamak için şu kodu kullanın: { $code }. Kodun süresi { $minutes } dakika içinde dolar. Bu kodu siz istemediyseniz bu e-postayı yok sayın.
msg-code-sms = { $org } parola sıfırlama doğrulama kodunuz: { $code }
msg-code-voice = Doğrulama kodunuz: { $code }. Tekrar ediyorum, kodunuz: { $code }.
msg-reset-subject = Parolanız sıfırlandı
msg-reset-body = { $user } kullanıcısının parolası az önce self servis parola sıfırlama ile sıfırlandı. Bunu siz yapmadıysanız hemen yöneticinize başvurun.
msg-method-added-subject = Hesabınıza güvenlik bilgisi eklendi
msg-method-added-body = { $user } kullanıcısının güvenlik bilgilerine "{ $method }" yöntemi eklendi. Bunu siz yapmadıysanız oturum açın, yöntemi kaldırın, parolanızı değiştirin ve yöneticinize başvurun.
msg-method-removed-subject = Hesabınızdan güvenlik bilgisi kaldırıldı
msg-method-removed-body = { $user } kullanıcısının güvenlik bilgilerinden "{ $method }" yöntemi kaldırıldı. Bunu siz yapmadıysanız oturum açın, güvenlik bilgilerinizi kontrol edin, parolanızı değiştirin ve yöneticinize başvurun.
msg-admin-reset-subject = Bir yönetici kendi parolasını sıfırladı
msg-admin-reset-body = Yönetici { $user }, self servis parola sıfırlama ile kendi parolasını sıfırladı.
msg-admin-request-subject = Parola sıfırlama isteği
msg-admin-request-body = { $user } kullanıcısı parolasını self servis olarak sıfırlayamıyor ve bir yöneticiden yardım istiyor.

## Dev outbox (demo mode only)
outbox-title = Giden kutusu (demo)
outbox-intro = Demo modu: Portalın gönderdiği mesajlar teslim edilmek yerine buraya yazılır. En yeniler en üstte.
outbox-empty = Henüz mesaj yok.
outbox-to = Alıcı
demo-outbox-link = Demo modu: Mesajı giden kutusunda okuyun (yeni sekmede açılır)
outbox-channel = Kanal

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Seçili gruplar kapsamı için en az bir grup seçin.
policy-err-methods-required = Gerekli yöntem sayısı 1 veya 2 olmalıdır.
policy-err-too-few-methods = En az gerekli sayıda yöntemi etkinleştirin.
policy-err-office-phone-paid = Ofis telefonu yalnızca ücretli kiracılar için kullanılabilir.
policy-err-questions-register = Kullanıcılar 3 ile 5 arasında güvenlik sorusu kaydetmelidir.
policy-err-questions-ask = 3 ile 5 arasında güvenlik sorusu sorulmalıdır.
policy-err-questions-ask-exceeds = Kullanıcıların kaydettiğinden daha fazla soru sorulamaz.
policy-err-reconfirm-days = Yeniden onaylama süresi 0 ile 730 gün arasında olmalıdır.
policy-err-app-needs-more = Mobil uygulama etkinleştirildiğinde, onun yanında yeterli sayıda başka yöntem de etkinleştirin.
policy-err-app-notification-alone = Tek bir yöntem gerektiğinde, uygulama bildirimi tek başına sayılmaz.
policy-err-password-length = Parola uzunluğu 8 ile 256 karakter arasında olmalıdır.
policy-err-banned-terms = En fazla 1000 özel yasaklı terim tanımlanabilir.
policy-err-sms-sender = SMS göndereni en fazla 11 harf ve rakamdan oluşan bir ad veya +15017122661 gibi bir telefon numarası olmalıdır.
phone-err-country-code = Numaraya + ve ülke koduyla başlayın.
phone-err-characters = Yalnızca rakam, boşluk ve kısa çizgi kullanın.
phone-err-length = Bu numara çok kısa veya çok uzun.
policy-err-custom-question = Özel güvenlik soruları 1 ile 200 karakter uzunluğunda olmalı ve hepsi birbirinden farklı olmalıdır.
policy-err-brand-accent = Marka rengi #rrggbb biçiminde yazılmalı ve beyaz metin için yeterince koyu olmalıdır (en az 4,5:1 kontrast).
policy-err-brand-logo = Logo bu portaldaki bir dosya (örneğin /brand/logo.svg) veya gömülü bir görüntü olmalıdır.
policy-err-sign-in-domain = Oturum açma etki alanı, contoso.com gibi bir etki alanı adı olmalıdır.

## Sign-in and my account (G1, N4)
entry-signin-link = Güvenlik bilgilerinizi yönetmek için oturum açın
signin-title = Oturum açın
signin-intro = Güvenlik bilgilerinizi görmek ve güncellemek ya da parolanızı değiştirmek için oturum açın.
signin-password-label = Parola
signin-button = Oturum aç
signin-cant-access = Hesabınıza erişemiyor musunuz?
signin-signed-out = Oturumunuzu kapattınız.
signout-button = Oturumu kapat
account-title = Hesabım
account-signed-in-as = { $name } ({ $upn }) olarak oturum açıldı
account-reset-attempts = Birisi parolanızı sıfırlamayı denedi ve doğrulamada { $count ->
    [one] bir kez
   *[other] { $count } kez
} başarısız oldu; en son deneme: { $when }. Bu siz değilseniz parolanız değişmedi; güvenlik bilgilerinizin size ait olduğundan emin olun ve yöneticinize bildirin.
account-cannot-reset = Henüz parolanızı kendiniz sıfırlayamazsınız.
account-security-info = Güvenlik bilgileri
account-change-password = Parolayı değiştir
err-no-session = Oturum açmadınız veya oturumunuz sona erdi. Yeniden oturum açın.
err-credentials = Kullanıcı kimliğiniz veya parolanız yanlış.
err-locked-out = Yetkisiz kullanımı önlemek için hesabınız geçici olarak kilitlendi. { $until } tarihinden sonra yeniden deneyin.
err-account-locked = Hesabınız kilitli. Kilidi açmak için "Hesabınıza erişemiyor musunuz?" seçeneğini kullanın.
err-not-allowed = Bu yöntem hesabınız için kullanılamaz.
err-current-password = Geçerli parolanız yanlış.
err-on-premises = Parolanız kuruluşunuzun dizini tarafından yönetiliyor. Parolanızı orada değiştirin.
err-too-many = Ağınızdan çok fazla deneme yapıldı. { $until } tarihinden sonra yeniden deneyin.
err-resend-wait = Size bu yolla az önce bir kod gönderdik. Başka bir kod istemeden önce { $until } tarihine kadar bekleyin veya farklı bir yöntem kullanın.
err-messages-paused = Şu anda daha fazla kod gönderemiyoruz. { $until } tarihinden sonra yeniden deneyin veya kimlik doğrulayıcı uygulaması ya da güvenlik soruları gibi mesaj gerektirmeyen bir yöntem kullanın.
err-phone-country = Kuruluşunuz bu ülkedeki telefon numaralarına kod göndermiyor. Farklı bir numara veya yöntem kullanın.
err-busy = Hizmet şu anda meşgul. Biraz bekleyip yeniden deneyin.
cancel = İptal
save = Kaydet

## Security info (G2..G7, C1)
setup-title = Güvenlik bilgileri
setup-intro = Bunlar, parolanızı sıfırlarken kimliğinizi kanıtlamak için kullandığınız yöntemlerdir.
setup-progress-ok = Parolanızı sıfırlayabilirsiniz: Gerekli { $required } yöntemden { $have } tanesi ayarlandı.
setup-progress-short = Gerekli { $required } yöntemden { $have } tanesi ayarlandı. Parolanızı sıfırlayabilmek için daha fazla yöntem ekleyin.
setup-methods-heading = Yöntemleriniz
setup-none = Henüz hiçbir yöntem ayarlamadınız.
setup-add-heading = Yöntem ekle
setup-change = Değiştir
setup-change-label = Değiştir: { $what }
setup-delete = Sil
setup-delete-label = Sil: { $what }
setup-from-directory = (kuruluşunuzun dizininden)
setup-done-added = Yönteminiz eklendi.
setup-done-deleted = Yöntem silindi.
setup-back = Güvenlik bilgilerine dön
setup-not-available = Bu yöntem hesabınız için kullanılamıyor.
method-app = Kimlik doğrulayıcı uygulaması
method-software = Yazılım OATH belirteci
method-hardware = Donanım belirteci
method-phone = Telefon
method-office = Ofis telefonu
method-email = E-posta
method-questions = Güvenlik soruları
method-questions-detail = { $count } soru
add-app = Kimlik doğrulayıcı uygulaması ekle
add-software = Yazılım OATH belirteci ekle
add-hardware = Donanım belirtecini etkinleştir
add-phone = Telefon ekle veya değiştir
add-office = Ofis telefonu ekle veya değiştir
add-email = E-posta ekle veya değiştir
add-questions = Güvenlik sorularını ayarla
setup-email-label = E-posta adresi
setup-email-hint = İş hesabınızdan farklı bir adres kullanın. Bu adrese bir kod göndereceğiz.
setup-phone-label = Telefon numarası
setup-office-label = Ofis telefonu numarası
setup-phone-hint = + ve ülke kodunu ekleyin, örneğin +90 532 123 45 67.
setup-phone-channel = Kodu nasıl gönderelim?
setup-phone-sms = Bana kısa mesajla kod gönder
setup-phone-voice = Beni ara
setup-app-intro = Telefonunuza bir kimlik doğrulayıcı uygulaması yükleyin, ardından taranacak QR kodunu görmek için "İleri" düğmesini seçin.
setup-software-intro = Yazılım belirtecinizin gizli anahtarını almak için "İleri" düğmesini seçin.
setup-app-step-scan = QR kodunu uygulamanızla tarayın veya aşağıdaki gizli anahtarı girin.
setup-app-step-code = Uygulamanın gösterdiği 6 haneli kodu girin.
setup-app-qr-alt = Kimlik doğrulayıcı uygulamanız için QR kodu
setup-app-secret = Gizli anahtar:
setup-hardware-intro = Belirtecinizin üzerinde yazan seri numarasını seçin ve belirtecin gösterdiği kodu girin.
setup-hardware-serial = Seri numarası
setup-questions-intro = { $count } farklı soru seçin ve her birini yanıtlayın (3 ile 40 karakter arası, iki yanıt aynı olamaz).
setup-question-label = Soru { $n }
setup-answer-label = Yanıt { $n }
setup-err-email-shape = Bir e-posta adresi girin, örneğin someone@example.com.
setup-err-email-same = İş hesabınızdan farklı bir adres kullanın.
setup-err-phone = Bu telefon numarası doğru görünmüyor.
setup-err-questions = Güvenlik sorularınız kaydedilmedi.
setup-err-questions-count = Her soruyu yanıtlayın.
setup-err-questions-unknown = Soruları listeden seçin.
setup-err-questions-duplicate = Her kutuda farklı bir soru seçin.
setup-err-answer-length = Yanıtlar 3 ile 40 karakter uzunluğunda olmalıdır.
setup-err-answer-duplicate = Her soruya farklı bir yanıt verin.
setup-err-too-many-apps = İzin verilen en fazla sayıda kimlik doğrulayıcı uygulamanız zaten var. Önce birini silin.
setup-err-token-unknown = Bu belirteç size atanmamış veya zaten etkin.
protect-title = Hesabınızı korumamıza yardımcı olun
protect-intro = Kuruluşunuzun, hesabınızı güvende tutmak ve parolanızı kendiniz sıfırlayabilmenizi sağlamak için daha fazla bilgiye ihtiyacı var.
protect-skip = Şimdilik atla
confirm-title = Güvenlik bilgileriniz hâlâ doğru mu?
confirm-intro = Parolanızı sıfırlamak için kullandığınız yöntemleri kontrol edin. Bunları onaylayın veya bir şey değiştiyse düzenleyin.
confirm-looks-good = Doğru görünüyor
confirm-edit = Güvenlik bilgilerinizi düzenleyin
confirm-done = Teşekkürler! Güvenlik bilgileriniz onaylandı.
change-title = Parolayı değiştir
change-current-label = Geçerli parola
change-button = Parolayı değiştir
change-done = Parolanız değiştirildi.

## Security questions (G6, predefined list)
sq-first-pet = İlk evcil hayvanınızın adı neydi?
sq-birth-city = Hangi şehirde doğdunuz?
sq-first-school = İlk okulunuzun adı neydi?
sq-childhood-friend = Çocukluğunuzdaki en iyi arkadaşınızın adı nedir?
sq-first-job-city = İlk işiniz hangi şehirdeydi?
sq-grandparent-name = En yaşlı büyükanne veya büyükbabanızın adı nedir?
sq-first-concert = Gittiğiniz ilk konser hangisiydi?
sq-childhood-street = Çocukken hangi sokakta yaşadınız?
sq-favourite-teacher = En sevdiğiniz öğretmeninizin soyadı neydi?
sq-first-car = İlk arabanızın markası ve modeli neydi?

## Notifications on a paired device (V4)
option-push = Cihazımdaki bir bildirimi onayla
pending-push = Cihazınıza bir bildirim gönderdik. Bildirimi açın ve şu numarayı girin:
pending-push-then = Ardından burada "Devam" düğmesini seçin.
push-continue = Devam
err-push-pending = Bildirim henüz yanıtlanmadı. Bildirimi cihazınızda yanıtlayın, ardından "Devam" düğmesini seçin.
err-push-denied = Bildirim reddedildi veya numara eşleşmedi. Yeniden denemek için bir yöntem seçin.
method-notification = Cihazımdaki bildirimler
add-notification = Bildirimler için cihaz ekle
setup-device-intro = Telefonunuzu istekleri onaylayan bir cihaz olarak kullanın: Eşleştirme kodu almak için "İleri" düğmesini seçin.
setup-device-step-open = Telefonunuzda cihaz sayfasını açın:
setup-device-link = cihaz sayfasını aç
setup-device-step-code = Orada şu eşleştirme kodunu girin:
setup-device-then = Cihaz sayfası eşleştirmenin tamamlandığını gösterdiğinde buraya geri dönün.
setup-device-done = Bitti
device-title = Cihazınız
device-intro = Bu sayfa, hesabınız için oturum açma ve parola sıfırlama isteklerini onaylar. Her zaman elinizin altında olması için ana ekranınıza ekleyin.
device-paired = Bu cihaz eşleştirildi. Bir isteği onaylamanız istendiğinde istekleri denetleyin.
device-pair-failed = Bu eşleştirme kodu işe yaramadı. Güvenlik bilgilerinizden yeni bir kod alın.
device-approved = Onaylandı. Diğer ekrana geri dönebilirsiniz.
device-denied = Reddedildi. Hiçbir şey onaylanmadı.
device-no-request = Bekleyen istek yok.
device-request = %org%, bu işlemi sizin yaptığınızı onaylamanızı istiyor (%upn%).
device-request-title = Bu isteği onaylıyor musunuz?
device-pair-code = Eşleştirme kodu
device-name = Bu cihazın adı
device-name-default = Telefonum
device-pair-button = Bu cihazı eşleştir
device-check = İstekleri denetle
device-number = Diğer ekranda gösterilen numara
device-approve = Onayla
device-deny = Reddet
device-needs-js = Bu sayfanın anahtarını saklayabilmesi ve onayları imzalayabilmesi için JavaScript gerekir.

## Sign-in, second step (G1)
check-title = Kimliğinizi doğrulayın
check-intro = Hesabınızda güvenlik bilgileri bulunduğundan, bu bilgileri görebilmeniz veya değiştirebilmeniz için ikinci bir denetim gerekiyor.

## The on-premises directory (P10, P11)
err-directory-policy = Kuruluşunuzun dizini bu parolayı kabul etmedi. Daha önce kullandığınız bir parola olabilir veya dizinin kendi kurallarından birine aykırı olabilir; farklı bir parola deneyin.
err-directory = Kuruluşunuzun dizinine ulaşamadık. Hiçbir şey değiştirilmedi; biraz sonra yeniden deneyin.

## Issue 10: a form post with a field missing
err-form-incomplete = Form eksik ulaştı. Tüm alanları doldurup yeniden deneyin.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = İlerleme
progress-step = Adım { $current } / { $total }
step-userid = Kullanıcı kimliği
step-verify = Doğrulama
step-password = Yeni parola
step-done = Bitti
resend-code = Kodu yeniden gönder
resend-in = { $seconds ->
    [one] Bir saniye
   *[other] { $seconds } saniye
} sonra yeni bir kod isteyebilirsiniz.
helpdesk-contact = Yardım mı gerekiyor? Yardım masanıza başvurun: { $contact }
brand-logo-alt = { $org }
setup-add-method = Yöntem ekle
setup-delete-title = Bu yöntem silinsin mi?
setup-delete-confirm = "{ $what }" güvenlik bilgilerinizden kaldırılacak.
setup-delete-last-warning = Parolanızı sıfırlamak için bu yönteme ihtiyacınız var. Bu yöntem olmadan, başka bir yöntem ekleyene kadar parolanızı kendiniz sıfırlayamazsınız.
setup-delete-confirm-button = Evet, sil
setup-app-open-link = Bu telefondaki bir kimlik doğrulayıcı uygulamasında aç
setup-app-secret-grouped = Dörderli gruplar halinde gizli anahtar:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year } { $hour }:{ $minute } ({ $zone })
time-am = ÖÖ
time-pm = ÖS

# Issue 12: yönetici konsolu. Bölüm başlıkları Entra'nın parola sıfırlama sayfalarını izler.
account-admin-console = Yönetici konsolu
admin-title = Yönetici konsolu
admin-sign-in = Konsolu açmak için yönetici hesabınızla oturum açın.
admin-not-admin = Bu konsol yöneticiler içindir. Hesabınızın hiçbir yönetici rolü yok.
admin-second-step = Konsol ikinci bir oturum açma adımı gerektiriyor. Güvenlik bilgilerinize bir telefon veya kimlik doğrulayıcı uygulaması ekleyin, ardından oturumu kapatıp yeniden oturum açın.
admin-go-setup = Güvenlik bilgilerinize gidin
admin-go-account = Hesabıma dön
admin-back = Konsola dön
admin-tenant = Kuruluş: { $name }
admin-signed-in-as = { $name } olarak oturum açıldı, roller: { $roles }
admin-policy-heading = Parola sıfırlama ilkesi
admin-readonly = Rolleriniz kullanıcılara yardım etmenize izin veriyor, ancak parola sıfırlama ilkesini değiştirmenize izin vermiyor. Bu ilkeyi bir genel yönetici veya kimlik doğrulama ilkesi yöneticisi değiştirebilir.
admin-draft-pending = { $page } sayfasındaki bir değişiklik incelemenizi bekliyor.
admin-draft-open = Değişikliği aç
admin-draft-elsewhere = { $page } sayfasındaki bir değişiklik incelenmeyi bekliyor. Bu sayfayı incelerseniz o değişikliğin yerini alır.
admin-saved = { $id } numaralı değişiklik olarak kaydedildi.
admin-discarded = Değişiklik atıldı. Hiçbir şey kaydedilmedi.
admin-blade-properties = Özellikler
admin-blade-methods = Kimlik doğrulama yöntemleri
admin-blade-registration = Kayıt
admin-blade-notifications = Bildirimler
admin-blade-customization = Özelleştirme
admin-blade-on-premises = Şirket içi tümleştirme
admin-blade-administrators = Yönetici ilkesi
admin-f-scope = Self servis parola sıfırlamanın etkin olduğu kullanıcılar
admin-scope-none = Hiçbiri
admin-scope-selected = Seçili gruplar
admin-scope-all = Tüm kullanıcılar
admin-f-groups = Gruplar
admin-f-groups-hint = Self servis parola sıfırlamanın etkin olduğu grupları işaretleyin veya diğer grup adlarını virgülle ayırarak girin. Seçili gruplar seçildiğinde kullanılır.
admin-f-methods-required = Sıfırlama için gereken yöntem sayısı
admin-f-methods-required-hint = 1 veya 2.
admin-f-methods = Kullanıcıların kullanabileceği yöntemler
admin-f-questions-to-register = Kayıt için gereken güvenlik sorusu sayısı
admin-f-questions-to-ask = Sıfırlama için gereken güvenlik sorusu sayısı
admin-f-custom-questions = Kuruluşunuzun kendi güvenlik soruları
admin-f-custom-questions-hint = Her satıra bir soru; önceden tanımlanmış soruların yanında sunulur.
admin-f-require-registration = Kullanıcıların oturum açarken kaydolmasını zorunlu tut
admin-f-reconfirm-days = Kullanıcılardan kimlik doğrulama bilgilerini yeniden onaylamaları istenmeden önceki gün sayısı
admin-f-reconfirm-days-hint = 0 ile 730 arası; 0 girilirse hiçbir zaman sorulmaz.
admin-f-notify-users = Parola sıfırlamalarında kullanıcılara bildir
admin-f-notify-admins = Diğer yöneticiler parolalarını sıfırladığında tüm yöneticilere bildir
admin-f-helpdesk = Yardım masası bağlantısı
admin-f-helpdesk-hint = Bir e-posta adresi veya https:// ile başlayan bir web adresi. Hiçbir şey gösterilmemesi için boş bırakın.
admin-f-logo = Logo
admin-f-logo-hint = Bu portaldaki bir dosya, örneğin /brand/logo.svg. Yalnızca adın gösterilmesi için boş bırakın.
admin-f-accent = Vurgu rengi
admin-f-accent-hint = #rrggbb biçiminde yazılır ve beyaz metin için yeterince koyu olmalıdır.
admin-f-sign-in-domain = Oturum açma ipucu etki alanı
admin-f-sign-in-domain-hint = Kullanıcı kimliği örneğinde gösterilir, örneğin contoso.com.
admin-f-writeback = Parolaları şirket içi dizininize geri yaz
admin-f-allow-unlock = Kullanıcıların parolalarını sıfırlamadan hesaplarının kilidini açmalarına izin ver
admin-f-admin-sspr = Yöneticilerin kendi parolalarını sıfırlamasına izin ver
admin-f-admin-sspr-hint = Yöneticiler her zaman iki yönteme ihtiyaç duyar: bir e-posta veya telefon ve bir başka yöntem.
admin-review-button = Değişikliği incele
admin-errors-heading = Bu değişiklik kaydedilemiyor:
admin-live-ok = Bu değişiklik kaydedilebilir.
admin-err-number = Bir tam sayı girin.
admin-err-helpdesk = Bir e-posta adresi veya https:// ile başlayan bir web adresi girin.
admin-err-forbidden = Rolleriniz parola sıfırlama ilkesini değiştirmenize izin vermiyor.
admin-err-no-draft = İncelenmeyi bekleyen bir değişiklik yok.
admin-err-no-change = Bu değişiklik geçmişte yok.
admin-err-refused = Bu değişiklik ilkenin bir kuralını ihlal ediyor. Düzenleyip yeniden inceleyin.
admin-review-title = Değişikliği inceleyin
admin-review-page = Sayfa: { $page }
admin-changes = Değiştirdikleri: { $keys }
admin-no-change = Bu değişiklik hiçbir şeyi değiştirmiyor.
admin-impact-heading = Parolasını kimler sıfırlayabilir
admin-impact-summary = Şu anda { $users } kullanıcıdan { $before } tanesi parolasını sıfırlayabiliyor; bu değişiklikten sonra { $after } tanesi sıfırlayabilecek.
admin-stranded-none = Hiç kimse parolasını sıfırlama olanağını kaybetmiyor.
admin-stranded = { $count ->
    [one] Bir kullanıcı önceden parolasını sıfırlayabiliyordu, bu değişiklikten sonra sıfırlayamayacak:
   *[other] { $count } kullanıcı önceden parolasını sıfırlayabiliyordu, bu değişiklikten sonra sıfırlayamayacak:
}
admin-stranded-hint = Kaydetmeden önce bu kullanıcılardan güvenlik bilgileri sayfalarında daha fazla yöntem kaydetmelerini isteyin; aksi takdirde yardım masasını aramaları gerekecek.
admin-gained = { $count ->
    [one] Bir kullanıcı önceden parolasını sıfırlayamıyordu, bu değişiklikten sonra sıfırlayabilecek:
   *[other] { $count } kullanıcı önceden parolasını sıfırlayamıyordu, bu değişiklikten sonra sıfırlayabilecek:
}
admin-export-csv = Listeyi indir (CSV)
admin-save = Kaydet
admin-discard = At
admin-edit-again = Yeniden düzenle
admin-history-title = Değişiklik geçmişi
admin-history-empty = Henüz hiçbir değişiklik kaydedilmedi.
admin-history-change = Değişiklik
admin-history-when = Zaman
admin-history-who = Yönetici
admin-history-what = Değiştirilen ayarlar
admin-revert = Geri al
admin-revert-label = { $id } numaralı değişikliği geri al
admin-reverts = { $id } numaralı değişikliği geri alır
admin-reverted = { $id } numaralı değişiklik geri alındı. Değiştirdiği ayarlar geri yüklendi.
admin-key-scope = kimlerin sıfırlayabileceği
admin-key-admin-sspr = yönetici sıfırlaması
admin-key-methods-required = gerekli yöntemler
admin-key-methods = kullanılabilir yöntemler
admin-key-questions-to-register = kayıt soruları
admin-key-questions-to-ask = sıfırlama soruları
admin-key-custom-questions = kendi güvenlik soruları
admin-key-require-registration = zorunlu kayıt
admin-key-reconfirm-days = yeniden onaylama günleri
admin-key-notify-users = kullanıcı bildirimleri
admin-key-notify-admins = yönetici bildirimleri
admin-key-helpdesk = yardım masası bağlantısı
admin-key-branding = marka
admin-key-writeback = parola geri yazma
admin-key-allow-unlock = hesap kilidini açma
admin-key-password = parola kuralları
admin-key-phone-countries = telefon ülkeleri
admin-key-sms-sender = SMS göndereni

# Issue 12: konsolun raporları (A2).
admin-reports-title = Raporlar
admin-reports-link = Kayıtlar, sıfırlamalar, hatalar ve parolasını sıfırlayamayanlar
admin-reports-period = Son { $days } gün, { $since } tarihinden itibaren (UTC).
admin-reports-chart = Aşağıdaki tablonun grafiği
admin-reports-by-day = Güne göre kayıtlar, sıfırlamalar ve kilit açmalar
admin-col-day = Gün
admin-col-registrations = Kayıtlar
admin-col-resets = Sıfırlamalar
admin-col-unlocks = Kilit açmalar
admin-col-user = Kullanıcı
admin-reports-funnel = Sıfırlama denemeleri ne kadar ilerledi
admin-reports-funnel-hint = Her deneme bir kullanıcı kimliğiyle başlar. Sayıların düştüğü yer, kullanıcıların vazgeçtiği yerdir.
admin-col-step = Adım
admin-col-attempts = Denemeler
admin-funnel-started = Başlatıldı
admin-funnel-eligible = Sıfırlamaya izin verildi
admin-funnel-verified-one = Bir yöntem doğrulandı
admin-funnel-verified-two = İkinci bir yöntem doğrulandı
admin-funnel-password-set = Yeni parola ayarlandı veya hesabın kilidi açıldı
admin-reports-failures = Nedene göre hatalar
admin-col-reason = Neden
admin-col-count = Sayı
admin-reports-none = Bu dönemde hiçbir şey yok.
admin-reports-methods = Sıfırlamak veya kilit açmak için kullanılan yöntemler
admin-col-method = Yöntem
admin-reports-cannot = Kimler parolasını sıfırlayamıyor
admin-reports-can = Şu anda { $users } kullanıcıdan { $can } tanesi parolasını sıfırlayabiliyor.
admin-reports-short = { $count ->
    [one] Bir kullanıcı yeterli yöntemi olmadığı için parolasını sıfırlayamıyor:
   *[other] { $count } kullanıcı yeterli yöntemi olmadığı için parolasını sıfırlayamıyor:
}
# Issue 12: konsolun kullanıcılar sayfası (D1, D3).
admin-users-title = Kullanıcılar
admin-users-link = Bir kullanıcıyı arayın: yöntemleri, engelleri ve iletişim bilgileri
admin-users-lookup-label = Kullanıcı kimliği
admin-users-lookup = Ara
admin-err-no-user = Kuruluşunuzda bu kimliğe sahip bir kullanıcı yok.
admin-err-protected = Bu kullanıcı, rollerinizin yönetmenize izin vermediği bir yönetici. Bir genel yöneticiden yardım isteyin.
admin-err-contact = Kullanıcının kendi adresinden farklı bir e-posta adresi girin; telefon numaralarını +<ülke kodu> <numara> biçiminde yazın.
admin-user-status = Hesap
admin-user-enabled = Etkin
admin-user-disabled = Devre dışı
admin-user-locked = dizinde kilitli
admin-user-password = Parola
admin-user-cloud = Bu portalda tutuluyor
admin-user-onprem = Şirket içi dizinde tutuluyor
admin-user-groups = Gruplar
admin-user-roles = Yönetici rolleri
admin-user-none = Yok
admin-user-methods = Kullanıcının yöntemleri
admin-user-reset = Self servis parola sıfırlama
admin-user-can-reset = Şu anda parolasını sıfırlayabilir.
admin-user-cannot-reset = Şu anda sıfırlayamaz:
admin-reason-consumer = bu portalın hizmet vermediği kişisel bir hesap.
admin-reason-unavailable = hesap devre dışı.
admin-reason-not-enabled = kullanıcının grupları için self servis parola sıfırlama etkin değil.
admin-reason-not-registered = ilkenin gerektirdiği kadar yöntem kaydedilmemiş.
admin-reason-admin-not-registered = bir yöneticinin iki yönteme ihtiyacı var, daha azı kayıtlı.
admin-reason-writeback-off = parola şirket içinde tutuluyor ve geri yazma kapalı.
admin-user-blocks = Engeller
admin-user-no-blocks = Şu anda engel yok.
admin-user-reset-blocked = Parola sıfırlama { $until } tarihine kadar engellendi (çok fazla yanlış kod veya yanıt)
admin-user-sends-blocked = Kod gönderimi { $until } tarihine kadar engellendi (çok fazla gönderildi)
admin-user-signin-locked = Oturum açma { $until } tarihine kadar kilitlendi (çok fazla yanlış parola)
admin-user-clear = Engelleri kaldır
admin-user-cleared = Engeller kaldırıldı.
admin-user-contact = İletişim bilgileri
admin-user-alternate-email = Alternatif e-posta
admin-user-mobile = Cep telefonu
admin-user-office = Ofis telefonu
admin-user-contact-hint = Telefon numaraları +<ülke kodu> <numara> biçiminde yazılır. Bir alanı temizlemek için boş bırakın.
admin-user-contact-save = İletişim bilgilerini kaydet
admin-user-contact-saved = İletişim bilgileri kaydedildi.
admin-user-protected = Bu kullanıcı, rollerinizin yönetmenize izin vermediği bir yönetici: iletişim bilgilerini veya engellerini yalnızca bir genel yönetici değiştirebilir.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Kurtarma kodu
admin-recovery-intro = Tüm yöntemlerini kaybetmiş bir kullanıcı için: 8 saat geçerli olan ve kullanıcının bir kez oturum açıp yeni yöntemler kaydetmesini sağlayan tek kullanımlık bir kod. Kodu yüz yüze veya kendi yaptığınız bir aramada iletin; kullanıcıya e-posta adreslerinden bildirim gönderilir.
admin-recovery-issue = Kurtarma kodu ver
admin-recovery-issued = Bir kurtarma kodu verildi. Kod yalnızca bir kez gösterilir.
admin-recovery-code-is = Kurtarma kodu:
admin-recovery-until = Bir kurtarma kodu { $until } tarihine kadar geçerli.
admin-recovery-hand-over = Kodu kullanıcıya ancak kim olduğundan emin olduktan sonra okuyun. Kod bir daha gösterilmez.
admin-recovery-done = Tamam, kodu gizle
recovery-link = Yardım masanızdan bir kurtarma kodu mu aldınız?
recovery-title = Kurtarma koduyla oturum açın
recovery-intro = Tüm yöntemlerinizi kaybettiyseniz yardım masanız size tek kullanımlık bir kurtarma kodu verebilir. Bu kodla oturum açın, ardından güvenlik bilgileri sayfanızda yeni yöntemler kaydedin.
recovery-code-label = Kurtarma kodu
recovery-code-hint = 16 harf ve rakam; örneğin ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Kullanıcı kimliğiniz veya kurtarma kodunuz yanlış ya da kod kullanılmış veya süresi dolmuş.
recovery-back = Bunun yerine parolanızla oturum açın
msg-recovery-issued-subject = Hesabınız için bir kurtarma kodu verildi
msg-recovery-issued-body = Bir yönetici { $user } için tek kullanımlık bir kurtarma kodu verdi. Yardım masanızdan böyle bir kod istemediyseniz hemen yöneticinize başvurun.
msg-recovery-used-subject = Biri kurtarma koduyla oturum açtı
msg-recovery-used-body = Yeni güvenlik bilgileri kaydetmek için { $user } hesabında kurtarma koduyla oturum açıldı. Bunu siz yapmadıysanız hemen yöneticinize başvurun.
msg-contact-changed-subject = İletişim bilgileriniz değiştirildi
msg-contact-changed-body = Bir yönetici { $user } kullanıcısının iletişim bilgilerini (parolayı sıfırlamak için kullanılan bir e-posta adresi veya telefon numarası) değiştirdi. Bunu beklemiyorsanız hemen yöneticinize başvurun.

# Issue 12: konsolun denetim günlüğü araması (A1, W2).
admin-audit-title = Denetim günlüğü
admin-audit-link = Denetim günlüğünde arayın ve günlüğü indirin
admin-audit-user = Kullanıcı kimliği
admin-audit-from = Başlangıç (YYYY-MM-DD, UTC)
admin-audit-to = Bitiş (YYYY-MM-DD, UTC)
admin-audit-step = Adım
admin-audit-outcome = Sonuç
admin-audit-ip = IP adresi
admin-audit-client = İstemci türü
admin-audit-any = Tümü
admin-audit-search = Ara
admin-audit-bad-date = Tarihi YYYY-MM-DD biçiminde girin, örneğin 2026-11-05.
admin-audit-count = { $count ->
    [one] Bir kayıt eşleşiyor.
   *[other] { $count } kayıt eşleşiyor.
}
admin-audit-capped = Yalnızca en yeni kayıtlar listelenir ve indirilir; geri kalanını görmek için aramayı daraltın.
admin-audit-pages = Sonuç sayfaları
admin-audit-newer = Daha yeni kayıtlar
admin-audit-older = Daha eski kayıtlar
admin-audit-export-json = JSON satırları olarak indir

# Issue 12: konsolun işlemler sayfası.
admin-ops-title = İşlemler
admin-ops-link = İşlemler: veritabanı, dizin ve posta kuyruğunun şu anki durumu
admin-ops-database = Veritabanı
admin-ops-directory = Şirket içi dizin
admin-ops-no-directory = Yapılandırılmadı
admin-ops-ok = Çalışıyor
admin-ops-down = Yanıt vermiyor
admin-ops-on = Açık
admin-ops-off = Kapalı
admin-ops-directory-error = Son dizin hatası (son 30 gün)
admin-ops-mail-waiting = Gönderilmeyi bekleyen bildirimler
admin-ops-mail-oldest = En eski bildirim şu tarihten beri bekliyor
admin-ops-mail-sent = Gönderilen bildirimler
admin-ops-mail-failed = Yeniden denemelerden sonra vazgeçilen bildirimler
admin-ops-hashing = Bu düğümde karma işlemi bekleyen parolalar
admin-ops-version = Sürüm
admin-ops-hint = Bu sayfa açılırken sayfayı sunan düğüm tarafından denetlendi. Bildirim sayıları tüm portala aittir; geri kalanı /metrics adresindedir.

# Issue 12: P1'deki grup seçici ve M2'de bir değişiklikten sonra parolasını sıfırlayamayacak kullanıcılara gönderilen bildirim.
admin-f-groups-other = Diğer gruplar
admin-f-groups-none = Bu kuruluşun portalda henüz grubu yok: grup adlarını girin.
admin-notify-stranded = Bu değişiklikten sonra parolasını sıfırlayamayacak kullanıcılara e-posta gönder ve daha fazla yöntem kaydetmelerini iste
msg-register-needed-subject = Daha fazla güvenlik bilgisi kaydedin
msg-register-needed-body = Kuruluşunuz artık bir parolanın sıfırlanabilmesi için daha fazla güvenlik bilgisi istiyor. Oturum açıp güvenlik bilgileri sayfanızda yöntem ekleyene kadar { $user } kullanıcısı yardım masasını aramadan parolasını sıfırlayamaz.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Son dizin eşitlemesi (sspr directory sync)
admin-ops-sync-counts = yazılan değişiklikler: { $changes }; reddedilen değerler: { $refused }; kuruluşu olmayan kullanıcılar: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Çeviri, sorusunun altındaki satıra dil kodu, iki nokta ve metin olarak (ja-JP: … gibi) yazılır ve 1 ile 200 karakter uzunluğunda olmalıdır.
admin-err-translation-first = Önce soruyu, ardından altındaki satırlara çevirilerini yazın.
admin-f-question-translations-hint = Bir soruyu başka bir dilde göstermek için altına dil kodunu, iki noktayı ve çeviriyi içeren bir satır ekleyin; örneğin "ja-JP: 事務所の植物の名前は？". Dilinde çeviri bulunmayan kullanıcılar soruyu yazıldığı gibi görür.
admin-f-recovery-code-resets = Yardım masasının verdiği kurtarma kodu, kullanıcının parolasını bir kez sıfırlamak için de kullanılabilir
admin-key-recovery-code-resets = parolaları sıfırlayan kurtarma kodları
recovery-reset-hint = Kuruluşunuz izin veriyorsa kodu bunun yerine parolanızı bir kez sıfırlamak için kullanabilirsiniz.
recovery-reset-button = Parolamı sıfırla
recovery-no-reset = Kuruluşunuz kurtarma kodunun yalnızca oturum açmak için kullanılmasına izin veriyor. Yeni yöntemleri burada kaydedin; ardından parolanızı bu yöntemlerle sıfırlayabilirsiniz.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Sıfırlama başlatıldı
audit-step-choose = Sıfırlama veya kilit açma seçildi
audit-step-select = Yöntem seçildi
audit-step-send-code = Kod gönderildi
audit-step-verify = Yöntem doğrulandı
audit-step-unlock = Hesabın kilidi açıldı
audit-step-reset = Parola sıfırlama
audit-step-password = Yeni parola girildi
audit-step-directory = Dizine geri yazma
audit-step-notify = Bildirim
audit-step-admin-request = Yöneticilere istek
audit-step-signin = Oturum açma
audit-step-signin-verify = Oturum açmanın ikinci adımı
audit-step-signout = Oturum kapatma
audit-step-interrupt = Oturum açarken kayıt istemi
audit-step-reconfirm = Güvenlik bilgileri yeniden onaylandı
audit-step-register = Yöntem kaydedildi
audit-step-register-send-code = Kayıt kodu gönderildi
audit-step-register-pairing = Kimlik doğrulayıcı uygulaması eşleştirildi
audit-step-register-verify = Kayıt kodu denetlendi
audit-step-delete-method = Yöntem silindi
audit-step-change-password = Parola değiştirildi
audit-step-delivery = Teslim bildirimi
audit-step-policy-change = İlke değiştirildi
audit-step-admin-clear-blocks = Engeller bir yönetici tarafından kaldırıldı
audit-step-admin-set-contact = İletişim bilgileri bir yönetici tarafından ayarlandı
audit-step-admin-recovery-code = Kurtarma kodu verildi
audit-step-directory-sync = Dizin eşitleme
audit-outcome-ok = Başarılı
audit-outcome-fail = Başarısız
audit-outcome-blocked = Engellendi
audit-outcome-error = Hata
audit-outcome-rejected = Reddedildi
audit-outcome-ineligible = Uygun değil
audit-outcome-dismissed = Ertelendi
audit-client-browser = Tarayıcı
audit-client-sign-in-screen = Oturum açma ekranı
audit-client-app = Uygulama

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Açık
admin-value-off = Kapalı
admin-value-empty = (boş)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Dizine son parola geri yazma (veya hesap kilidini açma)

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Parola sıfırlandı
done-title-unlock = Hesap kilidi açıldı
admin-f-sign-in-url = Kuruluşunuzun oturum açma sayfası
admin-f-sign-in-url-hint = Sıfırlamanın son sayfasındaki düğmenin götürdüğü yer, örneğin https://login.contoso.com. Bu portalın varsayılan sayfasını kullanmak için boş bırakın.
policy-err-sign-in-url = Oturum açma sayfasını https:// ile başlayan bir web adresi olarak girin.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Kullanıcıların seçebileceği önceden tanımlanmış güvenlik soruları
admin-key-predefined-questions = önceden tanımlanmış güvenlik soruları
policy-err-too-few-questions = En az kullanıcıların kaydetmesi gereken sayıda güvenlik sorusu (önceden tanımlanmış ve kendi sorularınız) sunun.
