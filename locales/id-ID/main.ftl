# sspr, id-ID. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Pengaturan ulang kata sandi layanan mandiri
reset-title = Kembali ke akun Anda
skip-to-content = Lompat ke konten utama
lang-switch-label = Bahasa
next = Berikutnya
back-to-start = Mulai dari awal
retry = Coba lagi
something-wrong = Terjadi kesalahan. Coba lagi nanti.
not-found = Halaman ini tidak ada.
working = Memproses…

## Entry (E2)
entry-intro = Untuk memulihkan akun Anda, mulailah dengan memasukkan ID pengguna Anda dan jawaban atas pertanyaan di bawah.
userid-label = ID pengguna
userid-hint = Contoh: { $example }
captcha-legend = Buktikan bahwa Anda bukan robot
captcha-nojs = Browser Anda akan diperiksa selama beberapa detik ({ $seconds } detik atau lebih) setelah Anda memilih "Berikutnya". Anda tidak perlu melakukan apa pun.
captcha-working = Memeriksa browser Anda…
captcha-done = Selesai. Anda dapat melanjutkan.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Hubungi administrator Anda
contact-reason-consumer = Akun pribadi tidak dapat menggunakan portal ini. Sebagai gantinya, gunakan opsi pemulihan dari penyedia email Anda.
contact-reason-unavailable = Kami tidak dapat mengatur ulang akun ini di sini. Akun mungkin tidak ada, atau mungkin dinonaktifkan.
contact-reason-not-enabled = Pengaturan ulang kata sandi layanan mandiri tidak diaktifkan untuk akun ini.
contact-reason-not-registered = Akun ini belum mendaftarkan cukup info keamanan untuk mengatur ulang kata sandi.
contact-reason-admin-not-registered = Akun administrator memerlukan dua metode terdaftar (email, ponsel, telepon kantor, atau aplikasi pengautentikasi) untuk mengatur ulang kata sandi.
contact-reason-writeback-off = Kata sandi akun ini dikelola secara lokal (on-premises) dan tidak dapat diatur ulang di sini.
contact-also-intro = Hal ini juga dapat terjadi jika:
contact-also-consumer = akun tersebut adalah akun pribadi dari penyedia email konsumen
contact-also-unavailable = ID pengguna salah ketik, atau akun tidak ada atau dinonaktifkan
contact-also-not-enabled = pengaturan ulang kata sandi layanan mandiri tidak diaktifkan untuk akun tersebut
contact-also-not-registered = akun belum mendaftarkan cukup info keamanan (jika Anda dapat masuk, halaman info keamanan Anda menunjukkan apa yang kurang)
contact-also-admin-not-registered = akun administrator tidak memiliki dua metode terdaftar
contact-also-writeback-off = kata sandi dikelola oleh direktori milik organisasi Anda sendiri
contact-helpdesk-link = Hubungi tim dukungan Anda
contact-helpdesk-email = Kirim email ke tim dukungan Anda: { $email }
contact-no-helpdesk = Mintalah bantuan kepada administrator organisasi Anda.
contact-request-button = Minta administrator saya untuk mengatur ulang kata sandi saya
contact-request-sent = Permintaan Anda telah dikirim ke administrator Anda.

## Trouble choice
choose-title = Mengapa Anda mengalami masalah saat masuk?
choose-forgot = Saya lupa kata sandi
choose-forgot-hint = Jangan khawatir, kami akan membantu Anda mengatur ulang kata sandi menggunakan info keamanan yang telah Anda daftarkan.
choose-unlock = Saya tahu kata sandi saya, tetapi tetap tidak dapat masuk
choose-unlock-hint = Hal ini dapat terjadi karena Anda terlalu sering mencoba masuk dengan kata sandi yang salah.

## Verification (V1..V6)
verify-title = Verifikasi identitas Anda
verify-step = Langkah verifikasi { $current } dari { $required }
verify-pick = Pilih metode kontak yang harus kami gunakan untuk verifikasi:
verify-passed = Terverifikasi
option-email = Kirim email ke alamat alternatif saya { $masked }
option-sms = Kirim SMS ke ponsel saya { $masked }
option-voice = Telepon ponsel saya { $masked }
option-office = Telepon nomor kantor saya { $masked }
option-app = Masukkan kode dari aplikasi pengautentikasi saya
option-software_oath = Masukkan kode dari token perangkat lunak saya
option-hardware_oath = Masukkan kode dari token perangkat keras saya
option-questions = Jawab pertanyaan keamanan saya
pending-email = Kami telah mengirim email berisi kode verifikasi ke { $masked }.
pending-sms = Kami telah mengirim SMS berisi kode verifikasi ke { $masked }.
pending-voice = Kami sedang menelepon { $masked }. Dengarkan kode verifikasinya.
pending-totp = Masukkan kode yang ditampilkan di aplikasi atau token Anda.
code-label = Kode verifikasi
questions-legend = Jawab pertanyaan keamanan Anda
verify-button = Verifikasi

## New password (N1, N2)
password-title = Pilih kata sandi baru
password-label = Kata sandi baru
confirm-label = Konfirmasi kata sandi baru
password-rules = Kata sandi Anda harus:
pw-rule-length = terdiri dari minimal { $min } karakter
pw-rule-max-length = terdiri dari maksimal { $max } karakter
pw-rule-classes = berisi tiga dari: huruf kecil, huruf besar, angka, simbol
pw-rule-banned = bukan kata sandi yang umum digunakan atau dilarang
pw-rule-name = tidak berisi nama Anda
pw-rule-match = sama dengan konfirmasinya
pw-rule-classes-ad = berisi tiga dari: huruf kecil, huruf besar, angka, simbol, huruf tanpa besar/kecil (seperti kana)
pw-rule-name-ad = tidak berisi nama akun Anda atau bagian mana pun dari nama Anda yang terdiri dari 3 karakter atau lebih
pw-dir-heading = Saat Anda mengirimkannya, direktori organisasi Anda juga memeriksa bahwa kata sandi tersebut:
pw-dir-history = bukan salah satu dari { $n } kata sandi terakhir Anda
pw-dir-min-age = dibuat setidaknya { $n } hari setelah terakhir kali Anda mengubah kata sandi
pw-dir-module = memenuhi aturan kualitas tambahan organisasi Anda
pw-rule-ok = terpenuhi
pw-rule-not-ok = belum terpenuhi
finish = Selesai

## Done
done-reset = Kata sandi Anda telah diatur ulang.
done-unlock = Akun Anda telah dibuka kuncinya.
done-sign-in = Masuk dengan akun Anda

## Errors (flows)
err-no-flow = Sesi Anda telah kedaluwarsa. Mulai lagi.
err-captcha = Pemeriksaan bahwa Anda bukan robot telah kedaluwarsa atau sudah digunakan. Coba lagi.
err-wrong-step = Langkah tersebut tidak tersedia lagi. Lanjutkan dari sini.
err-unknown-option = Pilih salah satu metode yang tercantum.
err-code-wrong = Kode tersebut tidak berfungsi. Periksa dan coba lagi.
err-code-expired = Kode tersebut telah kedaluwarsa. Kirim kode baru.
err-code-used = Kode tersebut sudah digunakan. Lanjutkan dari sini.
err-blocked = Anda sudah terlalu sering mencoba. Coba lagi setelah { $until }.
err-email-limit = Kami sudah mengirim terlalu banyak kode. Coba lagi setelah { $until }, atau gunakan metode lain.
err-answers-wrong = Satu atau beberapa jawaban salah. Berikut serangkaian pertanyaan baru.
err-password = Kata sandi tidak memenuhi persyaratan di bawah ini.
err-delivery = Kami tidak dapat mengirim pesan saat ini. Coba lagi nanti atau gunakan metode lain.
err-admin-request-limit = Anda sudah mengirim beberapa permintaan. Administrator Anda akan menghubungi Anda.
err-internal = Terjadi kesalahan. Coba lagi nanti.
userid-err-empty = Masukkan ID pengguna Anda.
userid-err-shape = Masukkan ID pengguna Anda dalam format name@domain, misalnya { $example }.
userid-err-too-long = ID pengguna tersebut terlalu panjang.

## Messages (email, SMS, voice)
msg-code-subject = Kode verifikasi akun { $org }
msg-code-email = Gunakan kode berikut untuk memverifikasi akun Anda: { $code }. Kode ini kedaluwarsa dalam { $minutes } menit. Jika Anda tidak memintanya, abaikan email ini.
msg-code-sms = Kode verifikasi untuk pengaturan ulang kata sandi { $org }: { $code }
msg-code-voice = Kode verifikasi Anda adalah { $code }. Sekali lagi, kode Anda adalah { $code }.
msg-reset-subject = Kata sandi Anda telah diatur ulang
msg-reset-body = Kata sandi { $user } baru saja diatur ulang melalui pengaturan ulang kata sandi layanan mandiri. Jika ini bukan Anda, segera hubungi administrator Anda.
msg-method-added-subject = Info keamanan ditambahkan ke akun Anda
msg-method-added-body = { $method } telah ditambahkan ke info keamanan { $user }. Jika ini bukan Anda, masuk, hapus metode tersebut, ubah kata sandi Anda, dan hubungi administrator Anda.
msg-method-removed-subject = Info keamanan dihapus dari akun Anda
msg-method-removed-body = { $method } telah dihapus dari info keamanan { $user }. Jika ini bukan Anda, masuk, periksa info keamanan Anda, ubah kata sandi Anda, dan hubungi administrator Anda.
msg-admin-reset-subject = Seorang administrator mengatur ulang kata sandinya sendiri
msg-admin-reset-body = Administrator { $user } mengatur ulang kata sandinya sendiri melalui pengaturan ulang kata sandi layanan mandiri.
msg-admin-request-subject = Permintaan pengaturan ulang kata sandi
msg-admin-request-body = { $user } tidak dapat mengatur ulang kata sandinya melalui layanan mandiri dan meminta bantuan administrator.

## Dev outbox (demo mode only)
outbox-title = Kotak keluar (demo)
outbox-intro = Mode demo: pesan yang dikirim portal ditulis di sini alih-alih benar-benar dikirimkan. Yang terbaru ditampilkan lebih dulu.
outbox-empty = Belum ada pesan.
outbox-to = Kepada
demo-outbox-link = Mode demo: baca pesan di kotak keluar (terbuka di tab baru)
outbox-channel = Saluran

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Pilih setidaknya satu grup untuk cakupan grup yang dipilih.
policy-err-methods-required = Jumlah metode yang diperlukan harus 1 atau 2.
policy-err-too-few-methods = Aktifkan setidaknya sebanyak metode yang diperlukan.
policy-err-office-phone-paid = Telepon kantor hanya tersedia untuk penyewa berbayar.
policy-err-questions-register = Pengguna harus mendaftarkan 3 hingga 5 pertanyaan keamanan.
policy-err-questions-ask = Jumlah pertanyaan keamanan yang diajukan harus 3 hingga 5.
policy-err-questions-ask-exceeds = Anda tidak dapat mengajukan lebih banyak pertanyaan daripada yang didaftarkan pengguna.
policy-err-reconfirm-days = Konfirmasi ulang harus antara 0 dan 730 hari.
policy-err-app-needs-more = Jika aplikasi seluler diaktifkan, aktifkan juga cukup banyak metode lain selain aplikasi tersebut.
policy-err-app-notification-alone = Jika hanya satu metode yang diperlukan, pemberitahuan aplikasi saja tidak dihitung.
policy-err-password-length = Panjang kata sandi harus antara 8 dan 256 karakter.
policy-err-banned-terms = Maksimal 1000 istilah terlarang kustom.
policy-err-sms-sender = Pengirim SMS harus berupa nama yang terdiri dari maksimal 11 huruf dan angka, atau nomor telepon seperti +15017122661.
phone-err-country-code = Awali nomor dengan + dan kode negara.
phone-err-characters = Gunakan hanya angka, spasi, dan tanda hubung.
phone-err-length = Nomor tersebut terlalu pendek atau terlalu panjang.
policy-err-custom-question = Pertanyaan keamanan kustom harus terdiri dari 1 hingga 200 karakter dan semuanya berbeda.
policy-err-brand-accent = Warna merek harus ditulis dalam format #rrggbb dan cukup gelap untuk teks putih (kontras minimal 4.5:1).
policy-err-brand-logo = Logo harus berupa file di portal ini (seperti /brand/logo.svg) atau gambar yang disematkan.
policy-err-sign-in-domain = Domain masuk harus berupa nama domain, misalnya contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Masuk untuk mengelola info keamanan Anda
signin-title = Masuk
signin-intro = Masuk untuk melihat dan memperbarui info keamanan Anda atau mengubah kata sandi Anda.
signin-password-label = Kata sandi
signin-button = Masuk
signin-cant-access = Tidak dapat mengakses akun Anda?
signin-signed-out = Anda telah keluar.
signout-button = Keluar
account-title = Akun saya
account-signed-in-as = Masuk sebagai { $name } ({ $upn })
account-reset-attempts = Seseorang mencoba mengatur ulang kata sandi Anda dan gagal diverifikasi sebanyak { $count } kali, terakhir pada { $when }. Jika ini bukan Anda, kata sandi Anda tidak berubah; pastikan info keamanan Anda benar-benar milik Anda dan beri tahu administrator Anda.
account-cannot-reset = Anda belum dapat mengatur ulang kata sandi sendiri.
account-security-info = Info keamanan
account-change-password = Ubah kata sandi
err-no-session = Anda belum masuk, atau sesi Anda telah berakhir. Masuk lagi.
err-credentials = ID pengguna atau kata sandi Anda salah.
err-locked-out = Akun Anda dikunci sementara untuk mencegah penggunaan tanpa izin. Coba lagi setelah { $until }.
err-account-locked = Akun Anda terkunci. Gunakan "Tidak dapat mengakses akun Anda?" untuk membuka kuncinya.
err-not-allowed = Metode tersebut tidak dapat digunakan untuk akun Anda.
err-current-password = Kata sandi Anda saat ini salah.
err-on-premises = Kata sandi Anda dikelola oleh direktori organisasi Anda. Ubah kata sandi di sana.
err-too-many = Terlalu banyak percobaan dari jaringan Anda. Coba lagi setelah { $until }.
err-resend-wait = Kami baru saja mengirimi Anda kode dengan cara ini. Tunggu hingga { $until } sebelum meminta kode lain, atau gunakan metode lain.
err-messages-paused = Kami tidak dapat mengirim kode lagi saat ini. Coba lagi setelah { $until }, atau gunakan metode yang tidak memerlukan pesan, seperti aplikasi pengautentikasi atau pertanyaan keamanan.
err-phone-country = Organisasi Anda tidak mengirim kode ke nomor telepon di negara ini. Gunakan nomor atau metode lain.
err-busy = Layanan sedang sibuk. Tunggu sebentar dan coba lagi.
cancel = Batal
save = Simpan

## Security info (G2..G7, C1)
setup-title = Info keamanan
setup-intro = Berikut adalah metode yang Anda gunakan untuk membuktikan identitas saat mengatur ulang kata sandi.
setup-progress-ok = Anda dapat mengatur ulang kata sandi: { $have } dari { $required } metode yang diperlukan sudah disiapkan.
setup-progress-short = { $have } dari { $required } metode yang diperlukan sudah disiapkan. Tambahkan metode lain agar dapat mengatur ulang kata sandi Anda.
setup-methods-heading = Metode Anda
setup-none = Anda belum menyiapkan metode apa pun.
setup-add-heading = Tambahkan metode
setup-change = Ubah
setup-change-label = Ubah { $what }
setup-delete = Hapus
setup-delete-label = Hapus { $what }
setup-from-directory = (dari direktori organisasi Anda)
setup-done-added = Metode Anda telah ditambahkan.
setup-done-deleted = Metode telah dihapus.
setup-back = Kembali ke info keamanan
setup-not-available = Metode ini tidak tersedia untuk akun Anda.
method-app = Aplikasi pengautentikasi
method-software = Token OATH perangkat lunak
method-hardware = Token perangkat keras
method-phone = Telepon
method-office = Telepon kantor
method-email = Email
method-questions = Pertanyaan keamanan
method-questions-detail = { $count } pertanyaan
add-app = Tambahkan aplikasi pengautentikasi
add-software = Tambahkan token OATH perangkat lunak
add-hardware = Aktifkan token perangkat keras
add-phone = Tambahkan atau ubah telepon Anda
add-office = Tambahkan atau ubah telepon kantor Anda
add-email = Tambahkan atau ubah email Anda
add-questions = Siapkan pertanyaan keamanan
setup-email-label = Alamat email
setup-email-hint = Gunakan alamat selain akun kerja Anda. Kami akan mengirim kode ke alamat tersebut.
setup-phone-label = Nomor telepon
setup-office-label = Nomor telepon kantor
setup-phone-hint = Sertakan + dan kode negara, misalnya +62 812 3456 7890.
setup-phone-channel = Bagaimana kami harus mengirim kode?
setup-phone-sms = Kirimi saya kode melalui SMS
setup-phone-voice = Telepon saya
setup-app-intro = Instal aplikasi pengautentikasi di ponsel Anda, lalu pilih "Berikutnya" untuk melihat kode QR yang harus dipindai.
setup-software-intro = Pilih "Berikutnya" untuk mendapatkan kunci rahasia untuk token perangkat lunak Anda.
setup-app-step-scan = Pindai kode QR dengan aplikasi Anda, atau masukkan kunci rahasia di bawah ini.
setup-app-step-code = Masukkan kode 6 digit yang ditampilkan aplikasi.
setup-app-qr-alt = Kode QR untuk aplikasi pengautentikasi Anda
setup-app-secret = Kunci rahasia:
setup-hardware-intro = Pilih nomor seri yang tercetak pada token Anda dan masukkan kode yang ditampilkannya.
setup-hardware-serial = Nomor seri
setup-questions-intro = Pilih { $count } pertanyaan yang berbeda dan jawab masing-masing (3 hingga 40 karakter, tidak boleh ada dua jawaban yang sama).
setup-question-label = Pertanyaan { $n }
setup-answer-label = Jawaban { $n }
setup-err-email-shape = Masukkan alamat email, misalnya someone@example.com.
setup-err-email-same = Gunakan alamat selain akun kerja Anda.
setup-err-phone = Nomor telepon tersebut tampaknya tidak benar.
setup-err-questions = Pertanyaan keamanan Anda tidak disimpan.
setup-err-questions-count = Jawab setiap pertanyaan.
setup-err-questions-unknown = Pilih pertanyaan dari daftar.
setup-err-questions-duplicate = Pilih pertanyaan yang berbeda di setiap kotak.
setup-err-answer-length = Jawaban harus terdiri dari 3 hingga 40 karakter.
setup-err-answer-duplicate = Berikan jawaban yang berbeda untuk setiap pertanyaan.
setup-err-too-many-apps = Anda sudah memiliki jumlah maksimum aplikasi pengautentikasi. Hapus salah satunya terlebih dahulu.
setup-err-token-unknown = Token tersebut tidak ditetapkan untuk Anda atau sudah aktif.
protect-title = Bantu kami melindungi akun Anda
protect-intro = Organisasi Anda memerlukan informasi tambahan untuk menjaga keamanan akun Anda dan agar Anda dapat mengatur ulang kata sandi sendiri.
protect-skip = Lewati untuk saat ini
confirm-title = Apakah info keamanan Anda masih akurat?
confirm-intro = Periksa metode yang Anda gunakan untuk mengatur ulang kata sandi. Konfirmasikan, atau edit jika ada yang berubah.
confirm-looks-good = Sudah benar
confirm-edit = Edit info keamanan Anda
confirm-done = Terima kasih! Info keamanan Anda telah dikonfirmasi.
change-title = Ubah kata sandi
change-current-label = Kata sandi saat ini
change-button = Ubah kata sandi
change-done = Kata sandi Anda telah diubah.

## Security questions (G6, predefined list)
sq-first-pet = Siapa nama hewan peliharaan pertama Anda?
sq-birth-city = Di kota mana Anda lahir?
sq-first-school = Apa nama sekolah pertama Anda?
sq-childhood-friend = Siapa nama depan sahabat masa kecil Anda?
sq-first-job-city = Di kota mana Anda mendapatkan pekerjaan pertama Anda?
sq-grandparent-name = Siapa nama depan kakek atau nenek Anda yang tertua?
sq-first-concert = Apa konser pertama yang Anda hadiri?
sq-childhood-street = Di jalan apa Anda tinggal semasa kecil?
sq-favourite-teacher = Apa nama belakang guru favorit Anda?
sq-first-car = Apa merek dan model mobil pertama Anda?

## Notifications on a paired device (V4)
option-push = Setujui pemberitahuan di perangkat saya
pending-push = Kami telah mengirim pemberitahuan ke perangkat Anda. Buka pemberitahuan tersebut dan masukkan angka ini:
pending-push-then = Lalu pilih "Lanjutkan" di sini.
push-continue = Lanjutkan
err-push-pending = Pemberitahuan belum dijawab. Jawab di perangkat Anda, lalu pilih "Lanjutkan".
err-push-denied = Pemberitahuan ditolak atau angkanya tidak cocok. Pilih metode untuk mencoba lagi.
method-notification = Pemberitahuan di perangkat saya
add-notification = Tambahkan perangkat untuk pemberitahuan
setup-device-intro = Gunakan ponsel Anda sebagai perangkat yang menyetujui permintaan: pilih "Berikutnya" untuk mendapatkan kode pemasangan.
setup-device-step-open = Di ponsel Anda, buka halaman perangkat:
setup-device-link = buka halaman perangkat
setup-device-step-code = Masukkan kode pemasangan ini di sana:
setup-device-then = Jika halaman perangkat menyatakan bahwa perangkat sudah dipasangkan, kembalilah ke sini.
setup-device-done = Selesai
device-title = Perangkat Anda
device-intro = Halaman ini menyetujui permintaan masuk dan pengaturan ulang kata sandi untuk akun Anda. Tambahkan ke layar utama agar mudah dijangkau.
device-paired = Perangkat ini sudah dipasangkan. Periksa permintaan jika Anda diminta untuk menyetujuinya.
device-pair-failed = Kode pemasangan tersebut tidak berfungsi. Dapatkan kode baru dari info keamanan Anda.
device-approved = Disetujui. Anda dapat kembali ke layar lainnya.
device-denied = Ditolak. Tidak ada yang disetujui.
device-no-request = Tidak ada permintaan yang menunggu.
device-request = %org% meminta konfirmasi bahwa ini memang Anda (%upn%).
device-request-title = Setujui permintaan ini?
device-pair-code = Kode pemasangan
device-name = Nama untuk perangkat ini
device-name-default = Ponsel saya
device-pair-button = Pasangkan perangkat ini
device-check = Periksa permintaan
device-number = Angka yang ditampilkan di layar lainnya
device-approve = Setujui
device-deny = Tolak
device-needs-js = Halaman ini memerlukan JavaScript untuk menyimpan kuncinya dan menandatangani persetujuan.

## Sign-in, second step (G1)
check-title = Verifikasi identitas Anda
check-intro = Akun Anda memiliki info keamanan, jadi kami perlu melakukan pemeriksaan kedua sebelum Anda dapat melihat atau mengubahnya.

## The on-premises directory (P10, P11)
err-directory-policy = Direktori organisasi Anda tidak menerima kata sandi ini. Mungkin kata sandi ini pernah Anda gunakan sebelumnya, atau melanggar salah satu aturan direktori itu sendiri; coba kata sandi lain.
err-directory = Kami tidak dapat menjangkau direktori organisasi Anda. Tidak ada yang diubah; coba lagi sebentar lagi.

## Issue 10: a form post with a field missing
err-form-incomplete = Formulir yang diterima tidak lengkap. Isi setiap bidang dan coba lagi.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Kemajuan
progress-step = Langkah { $current } dari { $total }
step-userid = ID pengguna
step-verify = Verifikasi
step-password = Kata sandi baru
step-done = Selesai
resend-code = Kirim ulang kode
resend-in = Anda dapat meminta kode baru dalam { $seconds } detik.
helpdesk-contact = Perlu bantuan? Hubungi tim dukungan Anda: { $contact }
brand-logo-alt = { $org }
setup-add-method = Tambahkan metode
setup-delete-title = Hapus metode ini?
setup-delete-confirm = { $what } akan dihapus dari info keamanan Anda.
setup-delete-last-warning = Anda memerlukan metode ini untuk mengatur ulang kata sandi. Tanpanya, Anda tidak dapat mengatur ulang kata sandi sendiri sampai Anda menambahkan metode lain.
setup-delete-confirm-button = Ya, hapus
setup-app-open-link = Buka di aplikasi pengautentikasi di ponsel ini
setup-app-secret-grouped = Kunci rahasia, dalam kelompok empat karakter:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year } { $hour }.{ $minute } ({ $zone })
time-am = AM
time-pm = PM

# Issue 12: konsol administrator. Judul halaman mengikuti halaman pengaturan ulang kata sandi di Entra.
account-admin-console = Konsol administrator
admin-title = Konsol administrator
admin-sign-in = Masuk dengan akun administrator Anda untuk membuka konsol.
admin-not-admin = Konsol ini ditujukan untuk administrator. Akun Anda tidak memiliki peran administrator.
admin-second-step = Konsol memerlukan langkah masuk kedua. Tambahkan telepon atau aplikasi pengautentikasi ke info keamanan Anda, lalu keluar dan masuk lagi.
admin-go-setup = Buka info keamanan Anda
admin-go-account = Kembali ke akun saya
admin-back = Kembali ke konsol
admin-tenant = Organisasi: { $name }
admin-signed-in-as = Masuk sebagai { $name }, dengan peran: { $roles }
admin-policy-heading = Kebijakan pengaturan ulang kata sandi
admin-readonly = Peran Anda memungkinkan Anda membantu pengguna, tetapi tidak untuk mengubah kebijakan pengaturan ulang kata sandi. Administrator global atau administrator kebijakan autentikasi dapat mengubahnya.
admin-draft-pending = Perubahan pada { $page } sedang menunggu tinjauan Anda.
admin-draft-open = Buka perubahan
admin-draft-elsewhere = Perubahan pada { $page } sedang menunggu tinjauan. Meninjau halaman ini akan menggantikan perubahan tersebut.
admin-saved = Disimpan sebagai perubahan { $id }.
admin-discarded = Perubahan dibuang. Tidak ada yang disimpan.
admin-blade-properties = Properti
admin-blade-methods = Metode autentikasi
admin-blade-registration = Pendaftaran
admin-blade-notifications = Pemberitahuan
admin-blade-customization = Kustomisasi
admin-blade-on-premises = Integrasi lokal
admin-blade-administrators = Kebijakan administrator
admin-f-scope = Pengaturan ulang kata sandi layanan mandiri diaktifkan untuk
admin-scope-none = Tidak ada
admin-scope-selected = Grup yang dipilih
admin-scope-all = Semua pengguna
admin-f-groups = Grup
admin-f-groups-hint = Centang grup yang diaktifkan untuk pengaturan ulang kata sandi layanan mandiri, atau ketik nama grup lain, dipisahkan dengan koma. Digunakan jika Anda memilih Grup yang dipilih.
admin-f-methods-required = Jumlah metode yang diperlukan untuk mengatur ulang
admin-f-methods-required-hint = 1 atau 2.
admin-f-methods = Metode yang tersedia bagi pengguna
admin-f-questions-to-register = Jumlah pertanyaan keamanan yang diperlukan untuk mendaftar
admin-f-questions-to-ask = Jumlah pertanyaan keamanan yang diperlukan untuk mengatur ulang
admin-f-custom-questions = Pertanyaan keamanan milik organisasi Anda sendiri
admin-f-custom-questions-hint = Satu pertanyaan per baris, ditawarkan di samping pertanyaan yang sudah ditentukan.
admin-f-require-registration = Wajibkan pengguna mendaftar saat masuk
admin-f-reconfirm-days = Jumlah hari sebelum pengguna diminta mengonfirmasi ulang informasi autentikasi mereka
admin-f-reconfirm-days-hint = 0 hingga 730; 0 berarti tidak pernah diminta.
admin-f-notify-users = Beri tahu pengguna saat kata sandi diatur ulang
admin-f-notify-admins = Beri tahu semua administrator saat administrator lain mengatur ulang kata sandinya
admin-f-helpdesk = Tautan tim dukungan
admin-f-helpdesk-hint = Alamat email atau alamat web yang diawali dengan https://. Biarkan kosong agar tidak ada yang ditampilkan.
admin-f-logo = Logo organisasi
admin-f-logo-hint = File di portal ini, seperti /brand/logo.svg. Biarkan kosong untuk hanya menampilkan nama.
admin-f-accent = Warna aksen
admin-f-accent-hint = Ditulis sebagai #rrggbb, cukup gelap untuk teks putih.
admin-f-sign-in-domain = Domain petunjuk masuk
admin-f-sign-in-domain-hint = Ditampilkan dalam contoh ID pengguna, seperti contoso.com.
admin-f-writeback = Tulis balik kata sandi ke direktori lokal Anda
admin-f-allow-unlock = Izinkan pengguna membuka kunci akun tanpa mengatur ulang kata sandi
admin-f-admin-sspr = Izinkan administrator mengatur ulang kata sandinya sendiri
admin-f-admin-sspr-hint = Administrator selalu memerlukan dua metode: email atau telepon, dan satu metode lain.
admin-review-button = Tinjau perubahan
admin-errors-heading = Perubahan ini tidak dapat disimpan:
admin-live-ok = Perubahan ini dapat disimpan.
admin-err-number = Masukkan bilangan bulat.
admin-err-helpdesk = Masukkan alamat email atau alamat web yang diawali dengan https://.
admin-err-forbidden = Peran Anda tidak mengizinkan perubahan kebijakan pengaturan ulang kata sandi.
admin-err-no-draft = Tidak ada perubahan yang menunggu tinjauan.
admin-err-no-change = Perubahan tersebut tidak ada dalam riwayat.
admin-err-refused = Perubahan ini melanggar aturan kebijakan. Edit perubahan, lalu tinjau lagi.
admin-review-title = Tinjau perubahan
admin-review-page = Halaman: { $page }
admin-changes = Yang diubah: { $keys }
admin-no-change = Ini tidak mengubah apa pun.
admin-impact-heading = Siapa yang dapat mengatur ulang kata sandinya
admin-impact-summary = Saat ini { $before } dari { $users } pengguna dapat mengatur ulang kata sandinya; setelah perubahan ini, { $after } pengguna akan dapat melakukannya.
admin-stranded-none = Tidak ada yang kehilangan kemampuan untuk mengatur ulang kata sandinya.
admin-stranded = { $count ->
   *[other] { $count } pengguna sebelumnya dapat mengatur ulang kata sandi, tetapi setelah perubahan tidak dapat lagi:
}
admin-stranded-hint = Minta mereka mendaftarkan lebih banyak metode di halaman info keamanan mereka sebelum Anda menyimpan, atau mereka harus menghubungi tim dukungan.
admin-gained = { $count ->
   *[other] { $count } pengguna sebelumnya tidak dapat mengatur ulang kata sandi, tetapi setelah perubahan dapat melakukannya:
}
admin-export-csv = Unduh daftar (CSV)
admin-save = Simpan
admin-discard = Buang
admin-edit-again = Edit lagi
admin-history-title = Riwayat perubahan
admin-history-empty = Belum ada perubahan yang disimpan.
admin-history-change = Perubahan
admin-history-when = Waktu
admin-history-who = Administrator
admin-history-what = Pengaturan yang diubah
admin-revert = Kembalikan
admin-revert-label = Kembalikan perubahan { $id }
admin-reverts = mengembalikan perubahan { $id }
admin-reverted = Perubahan { $id } telah dikembalikan. Pengaturan yang digantikannya telah dipulihkan.
admin-key-scope = siapa yang dapat mengatur ulang
admin-key-admin-sspr = pengaturan ulang oleh administrator
admin-key-methods-required = metode yang diperlukan
admin-key-methods = metode yang tersedia
admin-key-questions-to-register = pertanyaan untuk pendaftaran
admin-key-questions-to-ask = pertanyaan untuk pengaturan ulang
admin-key-custom-questions = pertanyaan keamanan sendiri
admin-key-require-registration = pendaftaran wajib
admin-key-reconfirm-days = hari konfirmasi ulang
admin-key-notify-users = pemberitahuan pengguna
admin-key-notify-admins = pemberitahuan administrator
admin-key-helpdesk = tautan tim dukungan
admin-key-branding = pencitraan merek
admin-key-writeback = tulis balik kata sandi
admin-key-allow-unlock = buka kunci akun
admin-key-password = aturan kata sandi
admin-key-phone-countries = negara nomor telepon
admin-key-sms-sender = pengirim SMS

# Issue 12: laporan di konsol (A2).
admin-reports-title = Laporan
admin-reports-link = Pendaftaran, pengaturan ulang, kegagalan, dan siapa yang tidak dapat mengatur ulang
admin-reports-period = { $days } hari terakhir, sejak { $since } (UTC).
admin-reports-chart = Bagan dari tabel di bawah
admin-reports-by-day = Pendaftaran, pengaturan ulang, dan pembukaan kunci per hari
admin-col-day = Hari
admin-col-registrations = Pendaftaran
admin-col-resets = Pengaturan ulang
admin-col-unlocks = Pembukaan kunci
admin-col-user = Pengguna
admin-reports-funnel = Sejauh mana upaya pengaturan ulang berlanjut
admin-reports-funnel-hint = Setiap upaya dimulai dengan ID pengguna. Di titik angkanya menurun, di situlah pengguna menyerah.
admin-col-step = Langkah
admin-col-attempts = Upaya
admin-funnel-started = Dimulai
admin-funnel-eligible = Diizinkan mengatur ulang
admin-funnel-verified-one = Satu metode terverifikasi
admin-funnel-verified-two = Metode kedua terverifikasi
admin-funnel-password-set = Kata sandi baru diatur atau akun dibuka kuncinya
admin-reports-failures = Kegagalan menurut alasan
admin-col-reason = Alasan
admin-col-count = Jumlah
admin-reports-none = Tidak ada apa pun dalam periode ini.
admin-reports-methods = Metode yang digunakan untuk mengatur ulang atau membuka kunci
admin-col-method = Metode
admin-reports-cannot = Siapa yang tidak dapat mengatur ulang
admin-reports-can = Saat ini { $can } dari { $users } pengguna dapat mengatur ulang kata sandinya.
admin-reports-short = { $count ->
   *[other] { $count } pengguna tidak dapat mengatur ulang kata sandi karena kekurangan metode:
}
# Issue 12: halaman pengguna di konsol (D1, D3).
admin-users-title = Pengguna
admin-users-link = Cari pengguna: metode, pemblokiran, dan info kontaknya
admin-users-lookup-label = ID pengguna
admin-users-lookup = Cari
admin-err-no-user = Tidak ada pengguna dengan ID tersebut di organisasi Anda.
admin-err-protected = Pengguna ini adalah administrator di luar cakupan peran Anda. Mintalah bantuan administrator global.
admin-err-contact = Masukkan alamat email selain alamat milik pengguna itu sendiri, dan nomor telepon dalam format +<kode negara> <nomor>.
admin-user-status = Akun
admin-user-enabled = Diaktifkan
admin-user-disabled = Dinonaktifkan
admin-user-locked = dikunci di direktori
admin-user-password = Kata sandi
admin-user-cloud = Disimpan oleh portal ini
admin-user-onprem = Disimpan oleh direktori lokal
admin-user-groups = Grup
admin-user-roles = Peran administrator
admin-user-none = Tidak ada
admin-user-methods = Metode yang dimiliki
admin-user-reset = Pengaturan ulang kata sandi layanan mandiri
admin-user-can-reset = Dapat mengatur ulang kata sandinya sekarang.
admin-user-cannot-reset = Tidak dapat mengatur ulang kata sandinya sekarang:
admin-reason-consumer = akun pribadi, yang tidak dilayani oleh portal ini.
admin-reason-unavailable = akun dinonaktifkan.
admin-reason-not-enabled = pengaturan ulang kata sandi layanan mandiri tidak diaktifkan untuk grupnya.
admin-reason-not-registered = metode yang terdaftar tidak cukup untuk kebijakan.
admin-reason-admin-not-registered = administrator memerlukan dua metode, sedangkan yang dimilikinya kurang dari itu.
admin-reason-writeback-off = kata sandi disimpan di direktori lokal dan tulis balik dinonaktifkan.
admin-user-blocks = Pemblokiran
admin-user-no-blocks = Tidak ada pemblokiran saat ini.
admin-user-reset-blocked = Pengaturan ulang kata sandi diblokir hingga { $until } (terlalu banyak kode atau jawaban yang salah)
admin-user-sends-blocked = Pengiriman kode diblokir hingga { $until } (terlalu banyak kode yang dikirim)
admin-user-signin-locked = Proses masuk dikunci hingga { $until } (terlalu banyak kata sandi yang salah)
admin-user-clear = Hapus pemblokiran
admin-user-cleared = Pemblokiran telah dihapus.
admin-user-contact = Info kontak
admin-user-alternate-email = Email alternatif
admin-user-mobile = Ponsel
admin-user-office = Telepon kantor
admin-user-contact-hint = Nomor telepon dalam format +<kode negara> <nomor>. Biarkan kolom kosong untuk menghapus isinya.
admin-user-contact-save = Simpan info kontak
admin-user-contact-saved = Info kontak telah disimpan.
admin-user-protected = Pengguna ini adalah administrator di luar cakupan peran Anda: hanya administrator global yang dapat mengubah info kontak atau pemblokirannya.

# Issue 12: kode pemulihan dari tim dukungan, dan pemberitahuan tentang perubahan yang dilakukan administrator.
admin-recovery-heading = Kode pemulihan
admin-recovery-intro = Untuk pengguna yang kehilangan semua metodenya: kode sekali pakai yang berlaku selama 8 jam, yang memungkinkan mereka masuk satu kali untuk mendaftarkan metode baru. Serahkan secara langsung atau melalui panggilan telepon yang Anda lakukan sendiri; pengguna akan diberi tahu melalui alamat email mereka.
admin-recovery-issue = Terbitkan kode pemulihan
admin-recovery-issued = Kode pemulihan telah diterbitkan. Kode ini hanya ditampilkan sekali.
admin-recovery-code-is = Kode pemulihannya:
admin-recovery-until = Kode pemulihan berlaku hingga { $until }.
admin-recovery-hand-over = Bacakan kode ini kepada pengguna hanya setelah Anda yakin siapa mereka. Kode ini tidak akan ditampilkan lagi.
admin-recovery-done = Selesai, sembunyikan kode
recovery-link = Mendapat kode pemulihan dari tim dukungan Anda?
recovery-title = Masuk dengan kode pemulihan
recovery-intro = Jika Anda kehilangan semua metode, tim dukungan Anda dapat memberikan kode pemulihan sekali pakai. Masuk dengan kode tersebut, lalu daftarkan metode baru di halaman info keamanan Anda.
recovery-code-label = Kode pemulihan
recovery-code-hint = 16 huruf dan angka, seperti ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID pengguna atau kode pemulihan Anda salah, atau kode tersebut sudah digunakan atau telah kedaluwarsa.
recovery-back = Masuk dengan kata sandi sebagai gantinya
msg-recovery-issued-subject = Kode pemulihan telah diterbitkan untuk akun Anda
msg-recovery-issued-body = Seorang administrator telah menerbitkan kode pemulihan sekali pakai untuk { $user }. Jika Anda tidak memintanya dari tim dukungan, segera hubungi administrator Anda.
msg-recovery-used-subject = Seseorang masuk dengan kode pemulihan
msg-recovery-used-body = { $user } telah masuk dengan kode pemulihan untuk mendaftarkan info keamanan baru. Jika ini bukan Anda, segera hubungi administrator Anda.
msg-contact-changed-subject = Info kontak Anda telah diubah
msg-contact-changed-body = Seorang administrator telah mengubah info kontak { $user } (alamat email atau nomor telepon yang digunakan untuk mengatur ulang kata sandi). Jika Anda tidak mengharapkan hal ini, segera hubungi administrator Anda.

# Issue 12: pencarian log audit di konsol (A1, W2).
admin-audit-title = Log audit
admin-audit-link = Cari di log audit dan unduh log tersebut
admin-audit-user = ID pengguna
admin-audit-from = Dari (YYYY-MM-DD, UTC)
admin-audit-to = Sampai (YYYY-MM-DD, UTC)
admin-audit-step = Langkah
admin-audit-outcome = Hasil
admin-audit-ip = Alamat IP
admin-audit-client = Jenis klien
admin-audit-any = Semua
admin-audit-search = Cari
admin-audit-bad-date = Masukkan tanggal dalam format YYYY-MM-DD, misalnya 2026-11-05.
admin-audit-count = { $count ->
   *[other] { $count } entri cocok dengan pencarian.
}
admin-audit-capped = Hanya entri terbaru yang ditampilkan dan diunduh; persempit pencarian untuk melihat sisanya.
admin-audit-pages = Halaman hasil
admin-audit-newer = Entri lebih baru
admin-audit-older = Entri lebih lama
admin-audit-export-json = Unduh dalam format JSON (satu entri per baris)

# Issue 12: halaman operasional di konsol.
admin-ops-title = Operasional
admin-ops-link = Operasional: kondisi basis data, direktori, dan antrean email saat ini
admin-ops-database = Basis data
admin-ops-directory = Direktori lokal
admin-ops-no-directory = Tidak dikonfigurasi
admin-ops-ok = Berfungsi
admin-ops-down = Tidak merespons
admin-ops-on = Aktif
admin-ops-off = Nonaktif
admin-ops-directory-error = Kegagalan direktori terakhir (30 hari terakhir)
admin-ops-mail-waiting = Pemberitahuan yang menunggu dikirim
admin-ops-mail-oldest = Pemberitahuan tertua menunggu sejak
admin-ops-mail-sent = Pemberitahuan terkirim
admin-ops-mail-failed = Pemberitahuan yang dibatalkan setelah dicoba ulang
admin-ops-hashing = Hash kata sandi yang menunggu di node ini
admin-ops-version = Versi
admin-ops-hint = Diperiksa saat halaman ini dibuka, oleh node yang menyajikannya. Jumlah email berlaku untuk seluruh portal; sisanya ada di /metrics.

# Issue 12: pemilih grup di P1 dan pemberitahuan M2 kepada pengguna yang tidak dapat lagi mengatur ulang kata sandi karena suatu perubahan.
admin-f-groups-other = Grup lain
admin-f-groups-none = Organisasi ini belum memiliki grup di portal: ketik nama grupnya.
admin-notify-stranded = Kirim email kepada pengguna yang tidak dapat mengatur ulang kata sandi setelah perubahan ini, dan minta mereka mendaftarkan lebih banyak metode
msg-register-needed-subject = Daftarkan lebih banyak info keamanan
msg-register-needed-body = Organisasi Anda kini meminta lebih banyak info keamanan sebelum kata sandi dapat diatur ulang. Sampai Anda masuk dan menambahkan metode di halaman info keamanan Anda, { $user } tidak dapat mengatur ulang kata sandinya tanpa menghubungi tim dukungan.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Sinkronisasi direktori terakhir (sspr directory sync)
admin-ops-sync-counts = perubahan yang ditulis: { $changes }; nilai yang ditolak: { $refused }; pengguna tanpa organisasi: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Terjemahan ditulis di baris di bawah pertanyaannya, berupa tag bahasa, titik dua, dan teksnya (misalnya ja-JP: …), dengan panjang 1 hingga 200 karakter.
admin-err-translation-first = Tulis pertanyaannya terlebih dahulu, lalu terjemahannya di baris-baris di bawahnya.
admin-f-question-translations-hint = Untuk menampilkan pertanyaan dalam bahasa lain, tambahkan baris di bawahnya yang berisi tag bahasa, titik dua, dan terjemahannya, misalnya "ja-JP: 事務所の植物の名前は？". Pengguna yang bahasanya tidak memiliki terjemahan akan melihat pertanyaan sebagaimana tertulis.
admin-f-recovery-code-resets = Kode pemulihan dari tim dukungan juga dapat mengatur ulang kata sandi pengguna satu kali
admin-key-recovery-code-resets = kode pemulihan yang mengatur ulang kata sandi
recovery-reset-hint = Jika organisasi Anda mengizinkannya, kode ini juga dapat digunakan untuk mengatur ulang kata sandi Anda satu kali.
recovery-reset-button = Atur ulang kata sandi saya
recovery-no-reset = Organisasi Anda hanya mengizinkan kode pemulihan untuk masuk. Daftarkan metode baru di sini; setelah itu Anda dapat mengatur ulang kata sandi dengan metode tersebut.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Pengaturan ulang dimulai
audit-step-choose = Pengaturan ulang atau buka kunci dipilih
audit-step-select = Metode dipilih
audit-step-send-code = Kode dikirim
audit-step-verify = Metode diverifikasi
audit-step-unlock = Akun dibuka kuncinya
audit-step-reset = Kata sandi diatur ulang
audit-step-password = Kata sandi baru dimasukkan
audit-step-directory = Tulis balik ke direktori
audit-step-notify = Pemberitahuan
audit-step-admin-request = Permintaan ke administrator
audit-step-signin = Masuk
audit-step-signin-verify = Langkah masuk kedua
audit-step-signout = Keluar
audit-step-interrupt = Permintaan pendaftaran saat masuk
audit-step-reconfirm = Info keamanan dikonfirmasi ulang
audit-step-register = Metode didaftarkan
audit-step-register-send-code = Kode pendaftaran dikirim
audit-step-register-pairing = Aplikasi pengautentikasi dipasangkan
audit-step-register-verify = Kode pendaftaran diperiksa
audit-step-delete-method = Metode dihapus
audit-step-change-password = Kata sandi diubah
audit-step-delivery = Tanda terima pengiriman
audit-step-policy-change = Kebijakan diubah
audit-step-admin-clear-blocks = Pemblokiran dihapus oleh administrator
audit-step-admin-set-contact = Info kontak diatur oleh administrator
audit-step-admin-recovery-code = Kode pemulihan diterbitkan
audit-step-directory-sync = Sinkronisasi direktori
audit-outcome-ok = Berhasil
audit-outcome-fail = Gagal
audit-outcome-blocked = Diblokir
audit-outcome-error = Kesalahan
audit-outcome-rejected = Ditolak
audit-outcome-ineligible = Tidak memenuhi syarat
audit-outcome-dismissed = Ditunda
audit-client-browser = Peramban
audit-client-sign-in-screen = Layar masuk
audit-client-app = Aplikasi

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Aktif
admin-value-off = Nonaktif
admin-value-empty = (kosong)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Tulis balik kata sandi (atau buka kunci akun) terakhir di direktori

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Kata sandi telah diatur ulang
done-title-unlock = Kunci akun telah dibuka
admin-f-sign-in-url = Halaman masuk organisasi Anda
admin-f-sign-in-url-hint = Tujuan tombol di halaman terakhir pengaturan ulang, seperti https://login.contoso.com. Biarkan kosong untuk menggunakan default portal ini.
policy-err-sign-in-url = Masukkan halaman masuk sebagai alamat web yang diawali dengan https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Pertanyaan keamanan yang sudah ditentukan dan dapat dipilih pengguna
admin-key-predefined-questions = pertanyaan keamanan yang sudah ditentukan
policy-err-too-few-questions = Tawarkan pertanyaan keamanan (yang sudah ditentukan dan milik sendiri) setidaknya sebanyak yang harus didaftarkan pengguna.
