# sspr, ms-MY. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Penetapan semula kata laluan layan diri
reset-title = Kembali ke akaun anda
skip-to-content = Langkau ke kandungan utama
lang-switch-label = Bahasa
next = Seterusnya
back-to-start = Mula semula
retry = Cuba lagi
something-wrong = Berlaku masalah. Cuba lagi kemudian.
not-found = Halaman ini tidak wujud.
working = Sedang diproses…

## Entry (E2)
entry-intro = Untuk memulihkan akaun anda, mulakan dengan memasukkan ID pengguna anda dan jawapan kepada soalan di bawah.
userid-label = ID pengguna
userid-hint = Contoh: { $example }
captcha-legend = Buktikan bahawa anda bukan robot
captcha-nojs = Pelayar anda akan disemak selama beberapa saat ({ $seconds } saat atau lebih) selepas anda memilih "Seterusnya". Anda tidak perlu melakukan apa-apa lagi.
captcha-working = Sedang menyemak pelayar anda…
captcha-done = Selesai. Anda boleh meneruskan.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Hubungi pentadbir anda
contact-reason-consumer = Akaun peribadi tidak boleh menggunakan portal ini. Sebaliknya, gunakan pilihan pemulihan penyedia e-mel anda.
contact-reason-unavailable = Kami tidak dapat menetapkan semula akaun ini di sini. Akaun ini mungkin tidak wujud atau mungkin telah dinyahdayakan.
contact-reason-not-enabled = Penetapan semula kata laluan layan diri tidak didayakan untuk akaun ini.
contact-reason-not-registered = Akaun ini tidak mempunyai maklumat keselamatan berdaftar yang mencukupi untuk menetapkan semula kata laluan.
contact-reason-admin-not-registered = Akaun pentadbir memerlukan dua kaedah berdaftar (e-mel, telefon mudah alih, telefon pejabat atau apl pengesah) untuk menetapkan semula kata laluan.
contact-reason-writeback-off = Kata laluan akaun ini diurus di premis dan tidak boleh ditetapkan semula di sini.
contact-also-intro = Ini juga boleh berlaku apabila:
contact-also-consumer = akaun tersebut ialah akaun peribadi daripada penyedia e-mel pengguna
contact-also-unavailable = ID pengguna tersalah taip, atau akaun tidak wujud atau telah dinyahdayakan
contact-also-not-enabled = penetapan semula kata laluan layan diri tidak didayakan untuk akaun tersebut
contact-also-not-registered = akaun tidak mempunyai maklumat keselamatan berdaftar yang mencukupi (jika anda boleh mendaftar masuk, halaman maklumat keselamatan anda menunjukkan perkara yang kurang)
contact-also-admin-not-registered = akaun pentadbir tidak mempunyai dua kaedah berdaftar
contact-also-writeback-off = kata laluan diurus oleh direktori organisasi anda sendiri
contact-helpdesk-link = Hubungi meja bantuan anda
contact-helpdesk-email = E-mel meja bantuan anda: { $email }
contact-no-helpdesk = Minta bantuan daripada pentadbir organisasi anda.
contact-request-button = Minta pentadbir saya menetapkan semula kata laluan saya
contact-request-sent = Permintaan anda telah dihantar kepada pentadbir anda.

## Trouble choice
choose-title = Mengapakah anda menghadapi masalah untuk mendaftar masuk?
choose-forgot = Saya terlupa kata laluan saya
choose-forgot-hint = Jangan risau, kami akan membantu anda menetapkannya semula menggunakan maklumat keselamatan yang telah anda daftarkan.
choose-unlock = Saya tahu kata laluan saya, tetapi masih tidak dapat mendaftar masuk
choose-unlock-hint = Ini mungkin berlaku kerana anda telah cuba mendaftar masuk dengan kata laluan yang salah terlalu banyak kali.

## Verification (V1..V6)
verify-title = Sahkan identiti anda
verify-step = Langkah pengesahan { $current } daripada { $required }
verify-pick = Pilih kaedah hubungan yang patut kami gunakan untuk pengesahan:
verify-passed = Disahkan
option-email = E-mel alamat alternatif saya { $masked }
option-sms = Hantar mesej teks ke telefon mudah alih saya { $masked }
option-voice = Hubungi telefon mudah alih saya { $masked }
option-office = Hubungi telefon pejabat saya { $masked }
option-app = Masukkan kod daripada apl pengesah saya
option-software_oath = Masukkan kod daripada token perisian saya
option-hardware_oath = Masukkan kod daripada token perkakasan saya
option-questions = Jawab soalan keselamatan saya
pending-email = Kami telah menghantar e-mel yang mengandungi kod pengesahan ke { $masked }.
pending-sms = Kami telah menghantar mesej teks yang mengandungi kod pengesahan ke { $masked }.
pending-voice = Kami sedang menghubungi { $masked }. Dengar kod pengesahan yang dibacakan.
pending-totp = Masukkan kod yang dipaparkan dalam apl anda atau pada token anda.
code-label = Kod pengesahan
questions-legend = Jawab soalan keselamatan anda
verify-button = Sahkan

## New password (N1, N2)
password-title = Pilih kata laluan baharu
password-label = Kata laluan baharu
confirm-label = Sahkan kata laluan baharu
password-rules = Kata laluan anda mestilah:
pw-rule-length = sekurang-kurangnya { $min } aksara panjangnya
pw-rule-max-length = tidak melebihi { $max } aksara panjangnya
pw-rule-classes = mengandungi tiga daripada: huruf kecil, huruf besar, digit, simbol
pw-rule-banned = bukan kata laluan yang biasa digunakan atau dilarang
pw-rule-name = tidak mengandungi nama anda
pw-rule-match = sepadan dengan pengesahannya
pw-rule-classes-ad = mengandungi tiga daripada: huruf kecil, huruf besar, digit, simbol, huruf tanpa huruf besar/kecil (seperti kana)
pw-rule-name-ad = tidak mengandungi nama akaun anda atau mana-mana bahagian nama anda yang terdiri daripada 3 aksara atau lebih
pw-dir-heading = Apabila anda menyerahkannya, direktori organisasi anda juga menyemak bahawa kata laluan itu:
pw-dir-history = bukan salah satu daripada { $n } kata laluan terakhir anda
pw-dir-min-age = ditetapkan sekurang-kurangnya { $n } hari selepas penukaran kata laluan terakhir anda
pw-dir-module = mematuhi peraturan kualiti tambahan organisasi anda
pw-rule-ok = dipenuhi
pw-rule-not-ok = belum dipenuhi
finish = Selesai

## Done
done-reset = Kata laluan anda telah ditetapkan semula.
done-unlock = Akaun anda telah dibuka kuncinya.
done-sign-in = Daftar masuk dengan akaun anda

## Errors (flows)
err-no-flow = Sesi anda telah tamat tempoh. Mula semula.
err-captcha = Semakan bahawa anda bukan robot telah tamat tempoh atau telah digunakan. Cuba lagi.
err-wrong-step = Langkah itu tidak lagi tersedia. Teruskan dari sini.
err-unknown-option = Pilih salah satu kaedah yang disenaraikan.
err-code-wrong = Kod itu tidak berfungsi. Semak dan cuba lagi.
err-code-expired = Kod itu telah tamat tempoh. Hantar kod baharu.
err-code-used = Kod itu telah digunakan. Teruskan dari sini.
err-blocked = Anda telah mencuba terlalu banyak kali. Cuba lagi selepas { $until }.
err-email-limit = Kami telah menghantar terlalu banyak kod. Cuba lagi selepas { $until }, atau gunakan kaedah lain.
err-answers-wrong = Satu atau lebih jawapan adalah salah. Berikut ialah set soalan baharu.
err-password = Kata laluan tidak memenuhi keperluan di bawah.
err-delivery = Kami tidak dapat menghantar mesej buat masa ini. Cuba lagi kemudian atau gunakan kaedah lain.
err-admin-request-limit = Anda telah menghantar beberapa permintaan. Pentadbir anda akan menghubungi anda.
err-internal = Berlaku masalah. Cuba lagi kemudian.
userid-err-empty = Masukkan ID pengguna anda.
userid-err-shape = Masukkan ID pengguna anda dalam bentuk name@domain, contohnya { $example }.
userid-err-too-long = ID pengguna itu terlalu panjang.

## Messages (email, SMS, voice)
msg-code-subject = Kod pengesahan akaun { $org }
msg-code-email = Gunakan kod berikut untuk mengesahkan akaun anda: { $code }. Kod ini akan tamat tempoh dalam { $minutes } minit. Jika anda tidak memintanya, abaikan e-mel ini.
msg-code-sms = Kod pengesahan anda untuk penetapan semula kata laluan { $org } ialah { $code }.
msg-code-voice = Kod pengesahan anda ialah { $code }. Sekali lagi, kod anda ialah { $code }.
msg-reset-subject = Kata laluan anda telah ditetapkan semula
msg-reset-body = Kata laluan { $user } baru sahaja ditetapkan semula melalui penetapan semula kata laluan layan diri. Jika ini bukan anda, hubungi pentadbir anda sekarang.
msg-method-added-subject = Maklumat keselamatan telah ditambahkan pada akaun anda
msg-method-added-body = { $method } telah ditambahkan pada maklumat keselamatan { $user }. Jika ini bukan anda, daftar masuk, alih keluar kaedah itu, tukar kata laluan anda dan hubungi pentadbir anda.
msg-method-removed-subject = Maklumat keselamatan telah dialih keluar daripada akaun anda
msg-method-removed-body = { $method } telah dialih keluar daripada maklumat keselamatan { $user }. Jika ini bukan anda, daftar masuk, semak maklumat keselamatan anda, tukar kata laluan anda dan hubungi pentadbir anda.
msg-admin-reset-subject = Seorang pentadbir telah menetapkan semula kata laluannya
msg-admin-reset-body = Pentadbir { $user } telah menetapkan semula kata laluannya sendiri melalui penetapan semula kata laluan layan diri.
msg-admin-request-subject = Permintaan penetapan semula kata laluan
msg-admin-request-body = { $user } tidak dapat menetapkan semula kata laluannya melalui layan diri dan meminta bantuan pentadbir.

## Dev outbox (demo mode only)
outbox-title = Peti keluar (demo)
outbox-intro = Mod demo: mesej yang dihantar oleh portal ditulis di sini dan tidak dihantar kepada penerima. Yang terbaharu dahulu.
outbox-empty = Tiada mesej lagi.
outbox-to = Kepada
demo-outbox-link = Mod demo: baca mesej dalam peti keluar (dibuka dalam tab baharu)
outbox-channel = Saluran

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Pilih sekurang-kurangnya satu kumpulan untuk skop kumpulan yang dipilih.
policy-err-methods-required = Bilangan kaedah yang diperlukan mestilah 1 atau 2.
policy-err-too-few-methods = Dayakan kaedah sekurang-kurangnya sebanyak yang diperlukan.
policy-err-office-phone-paid = Telefon pejabat hanya tersedia untuk penyewa berbayar.
policy-err-questions-register = Pengguna mesti mendaftarkan antara 3 hingga 5 soalan keselamatan.
policy-err-questions-ask = Antara 3 hingga 5 soalan keselamatan mesti ditanya.
policy-err-questions-ask-exceeds = Anda tidak boleh bertanya lebih banyak soalan daripada yang didaftarkan oleh pengguna.
policy-err-reconfirm-days = Pengesahan semula mestilah antara 0 hingga 730 hari.
policy-err-app-needs-more = Apabila apl mudah alih didayakan, dayakan juga kaedah lain yang mencukupi selain apl tersebut.
policy-err-app-notification-alone = Apabila hanya satu kaedah diperlukan, pemberitahuan apl sahaja tidak dikira.
policy-err-password-length = Panjang kata laluan mestilah antara 8 hingga 256 aksara.
policy-err-banned-terms = Maksimum 1000 istilah larangan tersuai.
policy-err-sms-sender = Penghantar SMS mestilah nama yang terdiri daripada tidak lebih 11 huruf dan digit, atau nombor telefon seperti +15017122661.
phone-err-country-code = Mulakan nombor dengan + dan kod negara.
phone-err-characters = Gunakan digit, ruang dan sempang sahaja.
phone-err-length = Nombor itu terlalu pendek atau terlalu panjang.
policy-err-custom-question = Soalan keselamatan tersuai mestilah 1 hingga 200 aksara panjangnya dan semuanya berbeza.
policy-err-brand-accent = Warna jenama mesti ditulis sebagai #rrggbb dan cukup gelap untuk teks putih (kontras sekurang-kurangnya 4.5:1).
policy-err-brand-logo = Logo mestilah fail pada portal ini (seperti /brand/logo.svg) atau imej terbenam.
policy-err-sign-in-domain = Domain daftar masuk mestilah nama domain, seperti contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Daftar masuk untuk mengurus maklumat keselamatan anda
signin-title = Daftar masuk
signin-intro = Daftar masuk untuk melihat dan mengemas kini maklumat keselamatan anda atau menukar kata laluan anda.
signin-password-label = Kata laluan
signin-button = Daftar masuk
signin-cant-access = Tidak dapat mengakses akaun anda?
signin-signed-out = Anda telah mendaftar keluar.
signout-button = Daftar keluar
account-title = Akaun saya
account-signed-in-as = Didaftar masuk sebagai { $name } ({ $upn })
account-reset-attempts = Seseorang telah cuba menetapkan semula kata laluan anda dan gagal disahkan sebanyak { $count } kali, kali terakhir pada { $when }. Jika ini bukan anda, kata laluan anda tidak berubah; pastikan maklumat keselamatan anda benar-benar milik anda dan maklumkan kepada pentadbir anda.
account-cannot-reset = Anda belum boleh menetapkan semula kata laluan anda sendiri.
account-security-info = Maklumat keselamatan
account-change-password = Tukar kata laluan
err-no-session = Anda belum mendaftar masuk, atau sesi anda telah tamat. Daftar masuk semula.
err-credentials = ID pengguna atau kata laluan anda tidak betul.
err-locked-out = Akaun anda dikunci buat sementara waktu untuk mengelakkan penggunaan tanpa kebenaran. Cuba lagi selepas { $until }.
err-account-locked = Akaun anda dikunci. Gunakan "Tidak dapat mengakses akaun anda?" untuk membuka kuncinya.
err-not-allowed = Kaedah itu tidak boleh digunakan untuk akaun anda.
err-current-password = Kata laluan semasa anda tidak betul.
err-on-premises = Kata laluan anda diurus oleh direktori organisasi anda. Tukar kata laluan di sana.
err-too-many = Terdapat terlalu banyak percubaan daripada rangkaian anda. Cuba lagi selepas { $until }.
err-resend-wait = Kami baru sahaja menghantar kod kepada anda melalui cara ini. Tunggu sehingga { $until } sebelum meminta kod lain, atau gunakan kaedah lain.
err-messages-paused = Kami tidak dapat menghantar lebih banyak kod buat masa ini. Cuba lagi selepas { $until }, atau gunakan kaedah yang tidak memerlukan mesej, seperti apl pengesah atau soalan keselamatan.
err-phone-country = Organisasi anda tidak menghantar kod ke nombor telefon di negara ini. Gunakan nombor atau kaedah lain.
err-busy = Perkhidmatan sedang sibuk. Tunggu sebentar dan cuba lagi.
cancel = Batal
save = Simpan

## Security info (G2..G7, C1)
setup-title = Maklumat keselamatan
setup-intro = Ini ialah kaedah yang anda gunakan untuk membuktikan identiti anda semasa menetapkan semula kata laluan.
setup-progress-ok = Anda boleh menetapkan semula kata laluan anda: { $have } daripada { $required } kaedah yang diperlukan telah disediakan.
setup-progress-short = { $have } daripada { $required } kaedah yang diperlukan telah disediakan. Tambah lagi kaedah untuk dapat menetapkan semula kata laluan anda.
setup-methods-heading = Kaedah anda
setup-none = Anda belum menyediakan sebarang kaedah.
setup-add-heading = Tambah kaedah
setup-change = Tukar
setup-change-label = Tukar { $what }
setup-delete = Padam
setup-delete-label = Padam { $what }
setup-from-directory = (daripada direktori organisasi anda)
setup-done-added = Kaedah anda telah ditambahkan.
setup-done-deleted = Kaedah telah dipadamkan.
setup-back = Kembali ke maklumat keselamatan
setup-not-available = Kaedah ini tidak tersedia untuk akaun anda.
method-app = Apl pengesah
method-software = Token OATH perisian
method-hardware = Token perkakasan
method-phone = Telefon
method-office = Telefon pejabat
method-email = E-mel
method-questions = Soalan keselamatan
method-questions-detail = { $count } soalan
add-app = Tambah apl pengesah
add-software = Tambah token OATH perisian
add-hardware = Aktifkan token perkakasan
add-phone = Tambah atau tukar telefon anda
add-office = Tambah atau tukar telefon pejabat anda
add-email = Tambah atau tukar e-mel anda
add-questions = Sediakan soalan keselamatan
setup-email-label = Alamat e-mel
setup-email-hint = Gunakan alamat selain akaun kerja anda. Kami akan menghantar kod ke alamat tersebut.
setup-phone-label = Nombor telefon
setup-office-label = Nombor telefon pejabat
setup-phone-hint = Sertakan + dan kod negara, contohnya +60 12-345 6789.
setup-phone-channel = Bagaimanakah kami patut menghantar kod?
setup-phone-sms = Hantar kod kepada saya melalui mesej teks
setup-phone-voice = Hubungi saya
setup-app-intro = Pasang apl pengesah pada telefon anda, kemudian pilih "Seterusnya" untuk melihat kod QR yang perlu diimbas.
setup-software-intro = Pilih "Seterusnya" untuk mendapatkan kunci rahsia bagi token perisian anda.
setup-app-step-scan = Imbas kod QR dengan apl anda, atau masukkan kunci rahsia di bawah.
setup-app-step-code = Masukkan kod 6 digit yang dipaparkan oleh apl.
setup-app-qr-alt = Kod QR untuk apl pengesah anda
setup-app-secret = Kunci rahsia:
setup-hardware-intro = Pilih nombor siri yang dicetak pada token anda dan masukkan kod yang dipaparkannya.
setup-hardware-serial = Nombor siri
setup-questions-intro = Pilih { $count } soalan yang berbeza dan jawab setiap satu (3 hingga 40 aksara, tiada dua jawapan yang sama).
setup-question-label = Soalan { $n }
setup-answer-label = Jawapan { $n }
setup-err-email-shape = Masukkan alamat e-mel, contohnya someone@example.com.
setup-err-email-same = Gunakan alamat selain akaun kerja anda.
setup-err-phone = Nombor telefon itu nampaknya tidak betul.
setup-err-questions = Soalan keselamatan anda tidak disimpan.
setup-err-questions-count = Jawab setiap soalan.
setup-err-questions-unknown = Pilih soalan daripada senarai.
setup-err-questions-duplicate = Pilih soalan yang berbeza dalam setiap kotak.
setup-err-answer-length = Jawapan mestilah 3 hingga 40 aksara panjangnya.
setup-err-answer-duplicate = Berikan jawapan yang berbeza bagi setiap soalan.
setup-err-too-many-apps = Anda sudah mempunyai bilangan maksimum apl pengesah. Padam satu dahulu.
setup-err-token-unknown = Token itu tidak diperuntukkan kepada anda atau sudah aktif.
protect-title = Bantu kami melindungi akaun anda
protect-intro = Organisasi anda memerlukan maklumat lanjut untuk memastikan akaun anda selamat dan membolehkan anda menetapkan semula kata laluan anda sendiri.
protect-skip = Langkau buat masa ini
confirm-title = Adakah maklumat keselamatan anda masih tepat?
confirm-intro = Semak kaedah yang anda gunakan untuk menetapkan semula kata laluan anda. Sahkan kaedah tersebut, atau editnya jika ada perubahan.
confirm-looks-good = Semuanya betul
confirm-edit = Edit maklumat keselamatan anda
confirm-done = Terima kasih! Maklumat keselamatan anda telah disahkan.
change-title = Tukar kata laluan
change-current-label = Kata laluan semasa
change-button = Tukar kata laluan
change-done = Kata laluan anda telah ditukar.

## Security questions (G6, predefined list)
sq-first-pet = Apakah nama haiwan peliharaan pertama anda?
sq-birth-city = Di bandar manakah anda dilahirkan?
sq-first-school = Apakah nama sekolah pertama anda?
sq-childhood-friend = Apakah nama pertama kawan baik anda semasa kecil?
sq-first-job-city = Di bandar manakah anda mendapat pekerjaan pertama anda?
sq-grandparent-name = Apakah nama pertama datuk atau nenek anda yang paling tua?
sq-first-concert = Apakah konsert pertama yang anda hadiri?
sq-childhood-street = Di jalan manakah anda tinggal semasa kecil?
sq-favourite-teacher = Apakah nama keluarga guru kegemaran anda?
sq-first-car = Apakah jenama dan model kereta pertama anda?

## Notifications on a paired device (V4)
option-push = Luluskan pemberitahuan pada peranti saya
pending-push = Kami telah menghantar pemberitahuan ke peranti anda. Bukanya dan masukkan nombor ini:
pending-push-then = Kemudian pilih "Teruskan" di sini.
push-continue = Teruskan
err-push-pending = Pemberitahuan belum dijawab. Jawabnya pada peranti anda, kemudian pilih "Teruskan".
err-push-denied = Pemberitahuan ditolak atau nombor tidak sepadan. Pilih kaedah untuk mencuba lagi.
method-notification = Pemberitahuan pada peranti saya
add-notification = Tambah peranti untuk pemberitahuan
setup-device-intro = Gunakan telefon anda sebagai peranti yang meluluskan permintaan: pilih "Seterusnya" untuk mendapatkan kod gandingan.
setup-device-step-open = Pada telefon anda, buka halaman peranti:
setup-device-link = buka halaman peranti
setup-device-step-code = Masukkan kod gandingan ini di sana:
setup-device-then = Apabila halaman peranti menyatakan bahawa peranti telah digandingkan, kembali ke sini.
setup-device-done = Selesai
device-title = Peranti anda
device-intro = Halaman ini meluluskan permintaan daftar masuk dan penetapan semula kata laluan untuk akaun anda. Tambahkannya pada skrin utama supaya mudah dicapai.
device-paired = Peranti ini telah digandingkan. Semak permintaan apabila anda diminta meluluskannya.
device-pair-failed = Kod gandingan itu tidak berfungsi. Dapatkan kod baharu daripada maklumat keselamatan anda.
device-approved = Diluluskan. Anda boleh kembali ke skrin yang satu lagi.
device-denied = Ditolak. Tiada apa-apa yang diluluskan.
device-no-request = Tiada permintaan yang menunggu.
device-request = %org% meminta pengesahan bahawa ini memang anda (%upn%).
device-request-title = Luluskan permintaan ini?
device-pair-code = Kod gandingan
device-name = Nama untuk peranti ini
device-name-default = Telefon saya
device-pair-button = Gandingkan peranti ini
device-check = Semak permintaan
device-number = Nombor yang dipaparkan pada skrin yang satu lagi
device-approve = Luluskan
device-deny = Tolak
device-needs-js = Halaman ini memerlukan JavaScript untuk menyimpan kuncinya dan menandatangani kelulusan.

## Sign-in, second step (G1)
check-title = Sahkan identiti anda
check-intro = Akaun anda mempunyai maklumat keselamatan, jadi kami memerlukan semakan kedua sebelum anda boleh melihat atau menukarnya.

## The on-premises directory (P10, P11)
err-directory-policy = Direktori organisasi anda tidak menerima kata laluan ini. Kata laluan ini mungkin pernah anda gunakan sebelum ini, atau melanggar salah satu peraturan direktori itu sendiri; cuba kata laluan lain.
err-directory = Kami tidak dapat menghubungi direktori organisasi anda. Tiada apa-apa yang diubah; cuba lagi sebentar nanti.

## Issue 10: a form post with a field missing
err-form-incomplete = Borang yang diterima tidak lengkap. Isi setiap medan dan cuba lagi.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Kemajuan
progress-step = Langkah { $current } daripada { $total }
step-userid = ID pengguna
step-verify = Pengesahan
step-password = Kata laluan baharu
step-done = Selesai
resend-code = Hantar semula kod
resend-in = Anda boleh meminta kod baharu dalam masa { $seconds } saat.
helpdesk-contact = Perlukan bantuan? Hubungi meja bantuan anda: { $contact }
brand-logo-alt = { $org }
setup-add-method = Tambah kaedah
setup-delete-title = Padam kaedah ini?
setup-delete-confirm = { $what } akan dialih keluar daripada maklumat keselamatan anda.
setup-delete-last-warning = Anda memerlukan kaedah ini untuk menetapkan semula kata laluan anda. Tanpanya, anda tidak boleh menetapkan semula kata laluan anda sendiri sehingga anda menambah kaedah lain.
setup-delete-confirm-button = Ya, padamkannya
setup-app-open-link = Buka dalam apl pengesah pada telefon ini
setup-app-secret-grouped = Kunci rahsia, dalam kumpulan empat aksara:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour12 }:{ $minute } { $dayperiod } ({ $zone })
time-am = PG
time-pm = PTG

# Isu 12: konsol pentadbir. Tajuk bilah mengikut halaman penetapan semula kata laluan Entra.
account-admin-console = Konsol pentadbir
admin-title = Konsol pentadbir
admin-sign-in = Daftar masuk dengan akaun pentadbir anda untuk membuka konsol.
admin-not-admin = Konsol ini untuk pentadbir. Akaun anda tidak mempunyai sebarang peranan pentadbir.
admin-second-step = Konsol memerlukan langkah daftar masuk kedua. Tambahkan telefon atau apl pengesah pada maklumat keselamatan anda, kemudian daftar keluar dan daftar masuk semula.
admin-go-setup = Pergi ke maklumat keselamatan anda
admin-go-account = Kembali ke akaun saya
admin-back = Kembali ke konsol
admin-tenant = Organisasi: { $name }
admin-signed-in-as = Didaftar masuk sebagai { $name }, dengan peranan: { $roles }
admin-policy-heading = Dasar penetapan semula kata laluan
admin-readonly = Peranan anda membolehkan anda membantu pengguna tetapi tidak mengubah dasar penetapan semula kata laluan. Pentadbir global atau pentadbir dasar pengesahan boleh mengubahnya.
admin-draft-pending = Perubahan pada { $page } sedang menunggu semakan anda.
admin-draft-open = Buka perubahan
admin-draft-elsewhere = Perubahan pada { $page } sedang menunggu semakan. Menyemak halaman ini akan menggantikannya.
admin-saved = Disimpan sebagai perubahan { $id }.
admin-discarded = Perubahan telah dibuang. Tiada apa-apa yang disimpan.
admin-blade-properties = Sifat
admin-blade-methods = Kaedah pengesahan
admin-blade-registration = Pendaftaran
admin-blade-notifications = Pemberitahuan
admin-blade-customization = Penyesuaian
admin-blade-on-premises = Integrasi di premis
admin-blade-administrators = Dasar pentadbir
admin-f-scope = Penetapan semula kata laluan layan diri didayakan untuk
admin-scope-none = Tiada
admin-scope-selected = Kumpulan yang dipilih
admin-scope-all = Semua pengguna
admin-f-groups = Kumpulan
admin-f-groups-hint = Tandakan kumpulan yang didayakan untuk penetapan semula kata laluan layan diri, atau taipkan nama kumpulan lain, dipisahkan dengan koma. Digunakan apabila Kumpulan yang dipilih ditetapkan.
admin-f-methods-required = Bilangan kaedah yang diperlukan untuk menetapkan semula
admin-f-methods-required-hint = 1 atau 2.
admin-f-methods = Kaedah yang tersedia kepada pengguna
admin-f-questions-to-register = Bilangan soalan keselamatan yang diperlukan untuk mendaftar
admin-f-questions-to-ask = Bilangan soalan keselamatan yang diperlukan untuk menetapkan semula
admin-f-custom-questions = Soalan keselamatan organisasi anda sendiri
admin-f-custom-questions-hint = Satu soalan bagi setiap baris, ditawarkan bersama soalan yang dipratentukan.
admin-f-require-registration = Wajibkan pengguna mendaftar semasa mendaftar masuk
admin-f-reconfirm-days = Bilangan hari sebelum pengguna diminta mengesahkan semula maklumat pengesahan mereka
admin-f-reconfirm-days-hint = 0 hingga 730; 0 bermaksud pengguna tidak pernah diminta.
admin-f-notify-users = Beritahu pengguna tentang penetapan semula kata laluan
admin-f-notify-admins = Beritahu semua pentadbir apabila pentadbir lain menetapkan semula kata laluan mereka
admin-f-helpdesk = Pautan meja bantuan
admin-f-helpdesk-hint = Alamat e-mel atau alamat web yang bermula dengan https://. Biarkan kosong untuk tidak menunjukkan apa-apa.
admin-f-logo = Logo organisasi
admin-f-logo-hint = Fail pada portal ini, seperti /brand/logo.svg. Biarkan kosong untuk menunjukkan nama sahaja.
admin-f-accent = Warna aksen
admin-f-accent-hint = Ditulis sebagai #rrggbb, cukup gelap untuk teks putih.
admin-f-sign-in-domain = Domain petunjuk daftar masuk
admin-f-sign-in-domain-hint = Ditunjukkan dalam contoh ID pengguna, seperti contoso.com.
admin-f-writeback = Tulis balik kata laluan ke direktori di premis anda
admin-f-allow-unlock = Benarkan pengguna membuka kunci akaun tanpa menetapkan semula kata laluan mereka
admin-f-admin-sspr = Benarkan pentadbir menetapkan semula kata laluan mereka sendiri
admin-f-admin-sspr-hint = Pentadbir sentiasa memerlukan dua kaedah: e-mel atau telefon dan satu kaedah lain.
admin-review-button = Semak perubahan
admin-errors-heading = Perubahan ini tidak boleh disimpan:
admin-live-ok = Perubahan ini boleh disimpan.
admin-err-number = Masukkan nombor bulat.
admin-err-helpdesk = Masukkan alamat e-mel atau alamat web yang bermula dengan https://.
admin-err-forbidden = Peranan anda tidak membenarkan perubahan pada dasar penetapan semula kata laluan.
admin-err-no-draft = Tiada perubahan yang menunggu semakan.
admin-err-no-change = Perubahan itu tiada dalam sejarah.
admin-err-refused = Perubahan ini melanggar peraturan dasar. Edit dan semak semula perubahan ini.
admin-review-title = Semak perubahan
admin-review-page = Halaman: { $page }
admin-changes = Perkara yang diubah: { $keys }
admin-no-change = Ini tidak mengubah apa-apa.
admin-impact-heading = Siapa yang boleh menetapkan semula kata laluan mereka
admin-impact-summary = { $before } daripada { $users } pengguna boleh menetapkan semula kata laluan mereka sekarang; { $after } boleh berbuat demikian selepas perubahan ini.
admin-stranded-none = Tiada sesiapa yang kehilangan keupayaan untuk menetapkan semula kata laluan mereka.
admin-stranded = { $count ->
   *[other] { $count } pengguna boleh menetapkan semula kata laluan sebelum ini tetapi tidak boleh selepas perubahan:
}
admin-stranded-hint = Minta mereka mendaftarkan lebih banyak kaedah pada halaman maklumat keselamatan mereka sebelum anda menyimpan, atau mereka perlu menghubungi meja bantuan.
admin-gained = { $count ->
   *[other] { $count } pengguna tidak boleh menetapkan semula kata laluan sebelum ini tetapi boleh selepas perubahan:
}
admin-export-csv = Muat turun senarai (CSV)
admin-save = Simpan
admin-discard = Buang
admin-edit-again = Edit semula
admin-history-title = Sejarah perubahan
admin-history-empty = Belum ada perubahan yang disimpan.
admin-history-change = Perubahan
admin-history-when = Bila
admin-history-who = Pentadbir
admin-history-what = Tetapan yang diubah
admin-revert = Kembalikan
admin-revert-label = Kembalikan perubahan { $id }
admin-reverts = mengembalikan perubahan { $id }
admin-reverted = Perubahan { $id } telah dikembalikan. Tetapan yang digantikannya telah dipulihkan.
admin-key-scope = siapa yang boleh menetapkan semula
admin-key-admin-sspr = penetapan semula oleh pentadbir
admin-key-methods-required = kaedah yang diperlukan
admin-key-methods = kaedah yang tersedia
admin-key-questions-to-register = soalan untuk mendaftar
admin-key-questions-to-ask = soalan untuk menetapkan semula
admin-key-custom-questions = soalan keselamatan sendiri
admin-key-require-registration = pendaftaran diwajibkan
admin-key-reconfirm-days = hari pengesahan semula
admin-key-notify-users = pemberitahuan pengguna
admin-key-notify-admins = pemberitahuan pentadbir
admin-key-helpdesk = pautan meja bantuan
admin-key-branding = penjenamaan
admin-key-writeback = tulis balik kata laluan
admin-key-allow-unlock = buka kunci akaun
admin-key-password = peraturan kata laluan
admin-key-phone-countries = negara telefon
admin-key-sms-sender = penghantar SMS

# Isu 12: laporan konsol (A2).
admin-reports-title = Laporan
admin-reports-link = Pendaftaran, penetapan semula, kegagalan dan siapa yang tidak boleh menetapkan semula
admin-reports-period = { $days } hari terakhir, dari { $since } (UTC).
admin-reports-chart = Carta bagi jadual di bawah
admin-reports-by-day = Pendaftaran, penetapan semula dan buka kunci mengikut hari
admin-col-day = Hari
admin-col-registrations = Pendaftaran
admin-col-resets = Penetapan semula
admin-col-unlocks = Buka kunci
admin-col-user = Pengguna
admin-reports-funnel = Sejauh mana cubaan penetapan semula diteruskan
admin-reports-funnel-hint = Setiap cubaan bermula dengan ID pengguna. Di mana bilangannya menurun, di situlah pengguna berputus asa.
admin-col-step = Langkah
admin-col-attempts = Cubaan
admin-funnel-started = Dimulakan
admin-funnel-eligible = Dibenarkan menetapkan semula
admin-funnel-verified-one = Satu kaedah disahkan
admin-funnel-verified-two = Kaedah kedua disahkan
admin-funnel-password-set = Kata laluan baharu ditetapkan atau akaun dibuka kunci
admin-reports-failures = Kegagalan mengikut sebab
admin-col-reason = Sebab
admin-col-count = Bilangan
admin-reports-none = Tiada apa-apa dalam tempoh ini.
admin-reports-methods = Kaedah yang digunakan untuk menetapkan semula atau membuka kunci
admin-col-method = Kaedah
admin-reports-cannot = Siapa yang tidak boleh menetapkan semula
admin-reports-can = { $can } daripada { $users } pengguna boleh menetapkan semula kata laluan mereka sekarang.
admin-reports-short = { $count ->
   *[other] { $count } pengguna tidak boleh menetapkan semula kerana kekurangan kaedah:
}
# Isu 12: halaman pengguna konsol (D1, D3).
admin-users-title = Pengguna
admin-users-link = Cari pengguna: kaedah, sekatan dan maklumat hubungan mereka
admin-users-lookup-label = ID pengguna
admin-users-lookup = Cari
admin-err-no-user = Tiada pengguna dengan ID itu dalam organisasi anda.
admin-err-protected = Pengguna ini ialah pentadbir di luar skop peranan anda. Minta bantuan pentadbir global.
admin-err-contact = Masukkan alamat e-mel selain alamat pengguna itu sendiri, dan nombor telefon dalam bentuk +<kod negara> <nombor>.
admin-user-status = Akaun
admin-user-enabled = Didayakan
admin-user-disabled = Dinyahdayakan
admin-user-locked = dikunci dalam direktori
admin-user-password = Kata laluan
admin-user-cloud = Disimpan oleh portal ini
admin-user-onprem = Disimpan oleh direktori di premis
admin-user-groups = Kumpulan
admin-user-roles = Peranan pentadbir
admin-user-none = Tiada
admin-user-methods = Kaedah yang dimiliki
admin-user-reset = Penetapan semula kata laluan layan diri
admin-user-can-reset = Boleh menetapkan semula kata laluan sekarang.
admin-user-cannot-reset = Tidak boleh menetapkan semula sekarang:
admin-reason-consumer = akaun peribadi, yang tidak dilayani oleh portal ini.
admin-reason-unavailable = akaun telah dinyahdayakan.
admin-reason-not-enabled = penetapan semula kata laluan layan diri tidak didayakan untuk kumpulan mereka.
admin-reason-not-registered = kaedah yang didaftarkan tidak mencukupi bagi dasar.
admin-reason-admin-not-registered = pentadbir memerlukan dua kaedah, tetapi mempunyai kurang daripada itu.
admin-reason-writeback-off = kata laluan disimpan di premis dan tulis balik dimatikan.
admin-user-blocks = Sekatan
admin-user-no-blocks = Tiada sekatan sekarang.
admin-user-reset-blocked = Penetapan semula kata laluan disekat hingga { $until } (terlalu banyak kod atau jawapan yang salah)
admin-user-sends-blocked = Kod disekat hingga { $until } (terlalu banyak dihantar)
admin-user-signin-locked = Daftar masuk dikunci hingga { $until } (terlalu banyak kata laluan yang salah)
admin-user-clear = Alih keluar sekatan
admin-user-cleared = Sekatan telah dialih keluar.
admin-user-contact = Maklumat hubungan
admin-user-alternate-email = E-mel alternatif
admin-user-mobile = Telefon mudah alih
admin-user-office = Telefon pejabat
admin-user-contact-hint = Nombor telefon dalam bentuk +<kod negara> <nombor>. Biarkan medan kosong untuk mengosongkannya.
admin-user-contact-save = Simpan maklumat hubungan
admin-user-contact-saved = Maklumat hubungan telah disimpan.
admin-user-protected = Pengguna ini ialah pentadbir di luar skop peranan anda: hanya pentadbir global boleh mengubah maklumat hubungan atau sekatan mereka.

# Isu 12: kod pemulihan meja bantuan, dan notis tentang perkara yang diubah oleh pentadbir.
admin-recovery-heading = Kod pemulihan
admin-recovery-intro = Untuk pengguna yang kehilangan setiap kaedah: kod sekali guna, sah selama 8 jam, yang membolehkan mereka mendaftar masuk sekali untuk mendaftarkan kaedah baharu. Serahkan kod secara bersemuka atau melalui panggilan yang anda buat sendiri; pengguna akan dimaklumkan di alamat e-mel mereka.
admin-recovery-issue = Keluarkan kod pemulihan
admin-recovery-issued = Kod pemulihan telah dikeluarkan. Kod ini dipaparkan sekali sahaja.
admin-recovery-code-is = Kod pemulihan:
admin-recovery-until = Kod pemulihan sah sehingga { $until }.
admin-recovery-hand-over = Bacakan kod kepada pengguna hanya setelah anda pasti siapa mereka. Kod ini tidak akan dipaparkan lagi.
admin-recovery-done = Selesai, sembunyikan kod
recovery-link = Mendapat kod pemulihan daripada meja bantuan anda?
recovery-title = Daftar masuk dengan kod pemulihan
recovery-intro = Jika anda kehilangan setiap kaedah, meja bantuan anda boleh memberi anda kod pemulihan sekali guna. Daftar masuk dengannya, kemudian daftarkan kaedah baharu pada halaman maklumat keselamatan anda.
recovery-code-label = Kod pemulihan
recovery-code-hint = 16 huruf dan digit, seperti ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID pengguna atau kod pemulihan anda tidak betul, atau kod itu telah digunakan atau telah tamat tempoh.
recovery-back = Daftar masuk dengan kata laluan anda sebaliknya
msg-recovery-issued-subject = Kod pemulihan telah dikeluarkan untuk akaun anda
msg-recovery-issued-body = Seorang pentadbir telah mengeluarkan kod pemulihan sekali guna untuk { $user }. Jika anda tidak memintanya daripada meja bantuan anda, hubungi pentadbir anda sekarang.
msg-recovery-used-subject = Seseorang telah mendaftar masuk dengan kod pemulihan
msg-recovery-used-body = Daftar masuk sebagai { $user } telah dibuat dengan kod pemulihan untuk mendaftarkan maklumat keselamatan baharu. Jika ini bukan anda, hubungi pentadbir anda sekarang.
msg-contact-changed-subject = Maklumat hubungan anda telah diubah
msg-contact-changed-body = Seorang pentadbir telah mengubah maklumat hubungan { $user } (alamat e-mel atau nombor telefon yang digunakan untuk menetapkan semula kata laluan). Jika anda tidak menjangkakan perkara ini, hubungi pentadbir anda sekarang.

# Isu 12: carian log audit konsol (A1, W2).
admin-audit-title = Log audit
admin-audit-link = Cari dalam log audit dan muat turunnya
admin-audit-user = ID pengguna
admin-audit-from = Dari (YYYY-MM-DD, UTC)
admin-audit-to = Hingga (YYYY-MM-DD, UTC)
admin-audit-step = Langkah
admin-audit-outcome = Hasil
admin-audit-ip = Alamat IP
admin-audit-client = Jenis klien
admin-audit-any = Mana-mana
admin-audit-search = Cari
admin-audit-bad-date = Masukkan tarikh dalam bentuk YYYY-MM-DD, seperti 2026-11-05.
admin-audit-count = { $count ->
   *[other] { $count } entri sepadan.
}
admin-audit-capped = Hanya entri terbaharu yang disenaraikan dan dimuat turun; sempitkan carian untuk melihat selebihnya.
admin-audit-pages = Halaman hasil
admin-audit-newer = Entri lebih baharu
admin-audit-older = Entri lebih lama
admin-audit-export-json = Muat turun sebagai baris JSON

# Isu 12: halaman operasi konsol.
admin-ops-title = Operasi
admin-ops-link = Operasi: keadaan semasa pangkalan data, direktori dan baris gilir mel
admin-ops-database = Pangkalan data
admin-ops-directory = Direktori di premis
admin-ops-no-directory = Tidak dikonfigurasikan
admin-ops-ok = Berfungsi
admin-ops-down = Tidak bertindak balas
admin-ops-on = Hidup
admin-ops-off = Mati
admin-ops-directory-error = Kegagalan direktori terakhir (30 hari)
admin-ops-mail-waiting = Notis yang menunggu untuk dihantar
admin-ops-mail-oldest = Notis tertua menunggu sejak
admin-ops-mail-sent = Notis yang dihantar
admin-ops-mail-failed = Notis yang dihentikan selepas beberapa cubaan semula
admin-ops-hashing = Cincangan kata laluan yang menunggu pada nod ini
admin-ops-version = Versi
admin-ops-hint = Disemak semasa halaman ini dibuka, oleh nod yang menyajikannya. Kiraan mel adalah bagi seluruh portal; selebihnya ada di /metrics.

# Isu 12: pemilih kumpulan P1 dan notis M2 kepada pengguna yang tidak lagi boleh menetapkan semula selepas sesuatu perubahan.
admin-f-groups-other = Kumpulan lain
admin-f-groups-none = Organisasi ini belum mempunyai kumpulan dalam portal: taipkan nama kumpulan tersebut.
admin-notify-stranded = Hantar e-mel kepada pengguna yang tidak boleh menetapkan semula selepas perubahan ini, meminta mereka mendaftarkan lebih banyak kaedah
msg-register-needed-subject = Daftarkan lebih banyak maklumat keselamatan
msg-register-needed-body = Organisasi anda kini memerlukan lebih banyak maklumat keselamatan sebelum kata laluan boleh ditetapkan semula. Sehingga anda daftar masuk dan menambahkan kaedah pada halaman maklumat keselamatan anda, { $user } tidak boleh menetapkan semula kata laluannya tanpa menelefon meja bantuan.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Penyegerakan direktori terakhir (sspr directory sync)
admin-ops-sync-counts = perubahan yang ditulis: { $changes }; nilai yang ditolak: { $refused }; pengguna tanpa organisasi: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Terjemahan ditulis pada baris di bawah soalannya, sebagai tag bahasa, titik bertindih dan teks (seperti ja-JP: …), 1 hingga 200 aksara panjangnya.
admin-err-translation-first = Tulis soalan dahulu, kemudian terjemahannya pada baris di bawahnya.
admin-f-question-translations-hint = Untuk memaparkan soalan dalam bahasa lain, tambahkan baris di bawahnya dengan tag bahasa, titik bertindih dan terjemahan, seperti "ja-JP: 事務所の植物の名前は？". Pengguna yang bahasanya tiada terjemahan akan melihat soalan seperti yang ditulis.
admin-f-recovery-code-resets = Kod pemulihan meja bantuan juga boleh menetapkan semula kata laluan pengguna sekali
admin-key-recovery-code-resets = kod pemulihan yang menetapkan semula kata laluan
recovery-reset-hint = Jika organisasi anda membenarkannya, kod ini boleh menetapkan semula kata laluan anda sekali sebagai gantinya.
recovery-reset-button = Tetapkan semula kata laluan saya
recovery-no-reset = Organisasi anda hanya membenarkan kod pemulihan digunakan untuk mendaftar masuk. Daftarkan kaedah baharu di sini; kemudian anda boleh menetapkan semula kata laluan anda dengannya.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Penetapan semula dimulakan
audit-step-choose = Tetapkan semula atau buka kunci dipilih
audit-step-select = Kaedah dipilih
audit-step-send-code = Kod dihantar
audit-step-verify = Kaedah disahkan
audit-step-unlock = Akaun dibuka kunci
audit-step-reset = Kata laluan ditetapkan semula
audit-step-password = Kata laluan baharu dimasukkan
audit-step-directory = Tulis balik ke direktori
audit-step-notify = Pemberitahuan
audit-step-admin-request = Permintaan kepada pentadbir
audit-step-signin = Daftar masuk
audit-step-signin-verify = Langkah kedua daftar masuk
audit-step-signout = Daftar keluar
audit-step-interrupt = Gesaan pendaftaran semasa daftar masuk
audit-step-reconfirm = Maklumat keselamatan disahkan semula
audit-step-register = Kaedah didaftarkan
audit-step-register-send-code = Kod pendaftaran dihantar
audit-step-register-pairing = Apl pengesah digandingkan
audit-step-register-verify = Kod pendaftaran disemak
audit-step-delete-method = Kaedah dipadamkan
audit-step-change-password = Kata laluan ditukar
audit-step-delivery = Resit penghantaran
audit-step-policy-change = Dasar diubah
audit-step-admin-clear-blocks = Sekatan dialih keluar oleh pentadbir
audit-step-admin-set-contact = Maklumat hubungan ditetapkan oleh pentadbir
audit-step-admin-recovery-code = Kod pemulihan dikeluarkan
audit-step-directory-sync = Penyegerakan direktori
audit-outcome-ok = Berjaya
audit-outcome-fail = Gagal
audit-outcome-blocked = Disekat
audit-outcome-error = Ralat
audit-outcome-rejected = Ditolak
audit-outcome-ineligible = Tidak layak
audit-outcome-dismissed = Ditangguhkan
audit-client-browser = Pelayar
audit-client-sign-in-screen = Skrin daftar masuk
audit-client-app = Apl

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Hidup
admin-value-off = Mati
admin-value-empty = (kosong)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Tulis balik kata laluan (atau buka kunci akaun) terakhir dalam direktori

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Kata laluan ditetapkan semula
done-title-unlock = Akaun dibuka kuncinya
admin-f-sign-in-url = Halaman daftar masuk organisasi anda
admin-f-sign-in-url-hint = Destinasi butang pada halaman terakhir penetapan semula, seperti https://login.contoso.com. Biarkan kosong untuk menggunakan halaman lalai portal ini.
policy-err-sign-in-url = Masukkan halaman daftar masuk sebagai alamat web yang bermula dengan https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Soalan keselamatan yang dipratentukan yang boleh dipilih oleh pengguna
admin-key-predefined-questions = soalan keselamatan yang dipratentukan
policy-err-too-few-questions = Tawarkan sekurang-kurangnya sebanyak soalan keselamatan (yang dipratentukan dan anda sendiri) seperti yang mesti didaftarkan oleh pengguna.
