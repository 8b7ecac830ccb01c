# sspr, vi-VN. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Đặt lại mật khẩu tự phục vụ
reset-title = Truy cập lại vào tài khoản của bạn
skip-to-content = Chuyển đến nội dung chính
lang-switch-label = Ngôn ngữ
next = Tiếp theo
back-to-start = Bắt đầu lại
retry = Thử lại
something-wrong = Đã xảy ra lỗi. Hãy thử lại sau.
not-found = Trang này không tồn tại.
working = Đang xử lý…

## Entry (E2)
entry-intro = Để khôi phục tài khoản, trước tiên hãy nhập ID người dùng của bạn và câu trả lời cho câu hỏi bên dưới.
userid-label = ID người dùng
userid-hint = Ví dụ: { $example }
captcha-legend = Chứng minh bạn không phải là robot
captcha-nojs = Sau khi bạn chọn “Tiếp theo”, trình duyệt của bạn sẽ được kiểm tra trong vài giây ({ $seconds } giây trở lên). Bạn không cần làm gì thêm.
captcha-working = Đang kiểm tra trình duyệt của bạn…
captcha-done = Đã xong. Bạn có thể tiếp tục.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Liên hệ với người quản trị của bạn
contact-reason-consumer = Tài khoản cá nhân không thể sử dụng cổng thông tin này. Thay vào đó, hãy dùng các tùy chọn khôi phục của nhà cung cấp email của bạn.
contact-reason-unavailable = Chúng tôi không thể đặt lại tài khoản này tại đây. Tài khoản có thể không tồn tại hoặc đã bị vô hiệu hóa.
contact-reason-not-enabled = Tài khoản này chưa được bật tính năng đặt lại mật khẩu tự phục vụ.
contact-reason-not-registered = Tài khoản này chưa đăng ký đủ thông tin bảo mật để đặt lại mật khẩu.
contact-reason-admin-not-registered = Tài khoản người quản trị cần đăng ký hai phương thức (email, điện thoại di động, điện thoại cơ quan hoặc ứng dụng xác thực) để đặt lại mật khẩu.
contact-reason-writeback-off = Mật khẩu của tài khoản này được quản lý tại chỗ và không thể đặt lại tại đây.
contact-also-intro = Điều này cũng có thể xảy ra khi:
contact-also-consumer = tài khoản là tài khoản cá nhân của một nhà cung cấp email dành cho người tiêu dùng
contact-also-unavailable = ID người dùng bị nhập sai, hoặc tài khoản không tồn tại hay đã bị vô hiệu hóa
contact-also-not-enabled = tài khoản chưa được bật tính năng đặt lại mật khẩu tự phục vụ
contact-also-not-registered = tài khoản chưa đăng ký đủ thông tin bảo mật (nếu bạn đăng nhập được, trang thông tin bảo mật sẽ cho biết còn thiếu gì)
contact-also-admin-not-registered = tài khoản người quản trị chưa đăng ký hai phương thức
contact-also-writeback-off = mật khẩu được quản lý bởi thư mục riêng của tổ chức bạn
contact-helpdesk-link = Liên hệ với bộ phận hỗ trợ
contact-helpdesk-email = Gửi email cho bộ phận hỗ trợ: { $email }
contact-no-helpdesk = Hãy nhờ người quản trị của tổ chức bạn trợ giúp.
contact-request-button = Yêu cầu người quản trị đặt lại mật khẩu cho tôi
contact-request-sent = Yêu cầu của bạn đã được gửi đến người quản trị.

## Trouble choice
choose-title = Tại sao bạn gặp sự cố khi đăng nhập?
choose-forgot = Tôi quên mật khẩu
choose-forgot-hint = Đừng lo, chúng tôi sẽ giúp bạn đặt lại mật khẩu bằng thông tin bảo mật bạn đã đăng ký.
choose-unlock = Tôi biết mật khẩu nhưng vẫn không đăng nhập được
choose-unlock-hint = Điều này có thể xảy ra do bạn đã thử đăng nhập bằng mật khẩu không chính xác quá nhiều lần.

## Verification (V1..V6)
verify-title = Xác minh danh tính của bạn
verify-step = Bước xác minh { $current } / { $required }
verify-pick = Chọn phương thức liên hệ mà chúng tôi nên dùng để xác minh:
verify-passed = Đã xác minh
option-email = Gửi email đến địa chỉ thay thế { $masked } của tôi
option-sms = Nhắn tin đến điện thoại di động { $masked } của tôi
option-voice = Gọi đến điện thoại di động { $masked } của tôi
option-office = Gọi đến điện thoại cơ quan { $masked } của tôi
option-app = Nhập mã từ ứng dụng xác thực của tôi
option-software_oath = Nhập mã từ mã thông báo phần mềm của tôi
option-hardware_oath = Nhập mã từ mã thông báo phần cứng của tôi
option-questions = Trả lời câu hỏi bảo mật của tôi
pending-email = Chúng tôi đã gửi email chứa mã xác minh đến { $masked }.
pending-sms = Chúng tôi đã gửi tin nhắn văn bản chứa mã xác minh đến { $masked }.
pending-voice = Chúng tôi đang gọi đến { $masked }. Hãy nghe mã xác minh.
pending-totp = Nhập mã hiển thị trong ứng dụng hoặc trên mã thông báo của bạn.
code-label = Mã xác minh
questions-legend = Trả lời câu hỏi bảo mật của bạn
verify-button = Xác minh

## New password (N1, N2)
password-title = Chọn mật khẩu mới
password-label = Mật khẩu mới
confirm-label = Xác nhận mật khẩu mới
password-rules = Mật khẩu của bạn phải:
pw-rule-length = dài ít nhất { $min } ký tự
pw-rule-max-length = dài tối đa { $max } ký tự
pw-rule-classes = chứa ba trong số: chữ thường, chữ hoa, chữ số, ký hiệu
pw-rule-banned = không phải là mật khẩu phổ biến hoặc bị cấm
pw-rule-name = không chứa tên của bạn
pw-rule-match = khớp với mật khẩu xác nhận
pw-rule-classes-ad = chứa ba trong số: chữ thường, chữ hoa, chữ số, ký hiệu, chữ cái không phân biệt hoa thường (chẳng hạn như kana)
pw-rule-name-ad = không chứa tên tài khoản của bạn hoặc bất kỳ phần nào dài từ 3 ký tự trở lên trong tên của bạn
pw-dir-heading = Khi bạn gửi, thư mục của tổ chức bạn cũng kiểm tra để đảm bảo mật khẩu:
pw-dir-history = không trùng với { $n } mật khẩu gần đây nhất của bạn
pw-dir-min-age = được đặt ít nhất { $n } ngày sau lần thay đổi mật khẩu gần nhất
pw-dir-module = đáp ứng các quy tắc chất lượng bổ sung của tổ chức bạn
pw-rule-ok = đã đáp ứng
pw-rule-not-ok = chưa đáp ứng
finish = Hoàn tất

## Done
done-reset = Mật khẩu của bạn đã được đặt lại.
done-unlock = Tài khoản của bạn đã được mở khóa.
done-sign-in = Đăng nhập bằng tài khoản của bạn

## Errors (flows)
err-no-flow = Phiên của bạn đã hết hạn. Hãy bắt đầu lại.
err-captcha = Bước kiểm tra xác nhận bạn không phải là robot đã hết hạn hoặc đã được sử dụng. Hãy thử lại.
err-wrong-step = Bước đó không còn khả dụng. Hãy tiếp tục từ đây.
err-unknown-option = Chọn một trong các phương thức được liệt kê.
err-code-wrong = Mã đó không hợp lệ. Hãy kiểm tra và thử lại.
err-code-expired = Mã đó đã hết hạn. Hãy gửi mã mới.
err-code-used = Mã đó đã được sử dụng. Hãy tiếp tục từ đây.
err-blocked = Bạn đã thử quá nhiều lần. Hãy thử lại sau { $until }.
err-email-limit = Chúng tôi đã gửi quá nhiều mã. Hãy thử lại sau { $until } hoặc dùng phương thức khác.
err-answers-wrong = Có một hoặc nhiều câu trả lời không đúng. Dưới đây là một bộ câu hỏi mới.
err-password = Mật khẩu không đáp ứng các yêu cầu bên dưới.
err-delivery = Hiện chúng tôi không thể gửi tin nhắn. Hãy thử lại sau hoặc dùng phương thức khác.
err-admin-request-limit = Bạn đã gửi nhiều yêu cầu. Người quản trị sẽ liên hệ lại với bạn.
err-internal = Đã xảy ra lỗi. Hãy thử lại sau.
userid-err-empty = Nhập ID người dùng của bạn.
userid-err-shape = Nhập ID người dùng theo dạng name@domain, ví dụ { $example }.
userid-err-too-long = ID người dùng đó quá dài.

## Messages (email, SMS, voice)
msg-code-subject = Mã xác minh tài khoản { $org }
msg-code-email = Hãy dùng mã sau để xác minh tài khoản của bạn: { $code }. Mã sẽ hết hạn sau { $minutes } phút. Nếu bạn không yêu cầu mã này, hãy bỏ qua email này.
msg-code-sms = Mã đặt lại mật khẩu { $org }: { $code }
msg-code-voice = Mã xác minh của bạn là { $code }. Xin nhắc lại, mã của bạn là { $code }.
msg-reset-subject = Mật khẩu của bạn đã được đặt lại
msg-reset-body = Mật khẩu của { $user } vừa được đặt lại qua tính năng đặt lại mật khẩu tự phục vụ. Nếu đó không phải là bạn, hãy liên hệ ngay với người quản trị.
msg-method-added-subject = Thông tin bảo mật đã được thêm vào tài khoản của bạn
msg-method-added-body = { $method } đã được thêm vào thông tin bảo mật của { $user }. Nếu đó không phải là bạn, hãy đăng nhập, xóa phương thức đó, đổi mật khẩu và liên hệ với người quản trị.
msg-method-removed-subject = Thông tin bảo mật đã bị xóa khỏi tài khoản của bạn
msg-method-removed-body = { $method } đã bị xóa khỏi thông tin bảo mật của { $user }. Nếu đó không phải là bạn, hãy đăng nhập, kiểm tra thông tin bảo mật, đổi mật khẩu và liên hệ với người quản trị.
msg-admin-reset-subject = Một người quản trị đã đặt lại mật khẩu của chính mình
msg-admin-reset-body = Người quản trị { $user } đã đặt lại mật khẩu của chính mình qua tính năng đặt lại mật khẩu tự phục vụ.
msg-admin-request-subject = Yêu cầu đặt lại mật khẩu
msg-admin-request-body = { $user } không thể tự đặt lại mật khẩu và đang yêu cầu người quản trị trợ giúp.

## Dev outbox (demo mode only)
outbox-title = Hộp thư đi (bản demo)
outbox-intro = Chế độ demo: tin nhắn mà cổng thông tin gửi được ghi vào đây thay vì được chuyển đi. Tin mới nhất ở trên cùng.
outbox-empty = Chưa có tin nhắn nào.
outbox-to = Đến
demo-outbox-link = Chế độ demo: đọc tin nhắn trong hộp thư đi (mở trong tab mới)
outbox-channel = Kênh

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = Chọn ít nhất một nhóm cho phạm vi nhóm đã chọn.
policy-err-methods-required = Số phương thức bắt buộc phải là 1 hoặc 2.
policy-err-too-few-methods = Bật ít nhất số phương thức bằng với số phương thức bắt buộc.
policy-err-office-phone-paid = Điện thoại cơ quan chỉ khả dụng cho đối tượng thuê trả phí.
policy-err-questions-register = Người dùng phải đăng ký từ 3 đến 5 câu hỏi bảo mật.
policy-err-questions-ask = Phải hỏi từ 3 đến 5 câu hỏi bảo mật.
policy-err-questions-ask-exceeds = Bạn không thể hỏi nhiều câu hỏi hơn số câu người dùng đăng ký.
policy-err-reconfirm-days = Thời hạn xác nhận lại phải từ 0 đến 730 ngày.
policy-err-app-needs-more = Khi bật ứng dụng di động, hãy bật thêm đủ các phương thức khác ngoài ứng dụng.
policy-err-app-notification-alone = Khi chỉ yêu cầu một phương thức, chỉ riêng thông báo ứng dụng thì không được tính.
policy-err-password-length = Độ dài mật khẩu phải từ 8 đến 256 ký tự.
policy-err-banned-terms = Tối đa 1000 cụm từ bị cấm tùy chỉnh.
policy-err-sms-sender = Người gửi SMS phải là một tên gồm tối đa 11 chữ cái và chữ số, hoặc một số điện thoại như +15017122661.
phone-err-country-code = Bắt đầu số bằng dấu + và mã quốc gia.
phone-err-characters = Chỉ dùng chữ số, dấu cách và dấu gạch ngang.
phone-err-length = Số đó quá ngắn hoặc quá dài.
policy-err-custom-question = Câu hỏi bảo mật tùy chỉnh phải dài từ 1 đến 200 ký tự và không được trùng nhau.
policy-err-brand-accent = Màu thương hiệu phải được viết theo dạng #rrggbb và đủ tối để chữ màu trắng dễ đọc (độ tương phản ít nhất 4.5:1).
policy-err-brand-logo = Biểu trưng phải là một tệp trên cổng thông tin này (chẳng hạn như /brand/logo.svg) hoặc một hình ảnh nhúng.
policy-err-sign-in-domain = Miền đăng nhập phải là một tên miền, chẳng hạn như contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Đăng nhập để quản lý thông tin bảo mật của bạn
signin-title = Đăng nhập
signin-intro = Đăng nhập để xem và cập nhật thông tin bảo mật hoặc đổi mật khẩu của bạn.
signin-password-label = Mật khẩu
signin-button = Đăng nhập
signin-cant-access = Không thể truy cập tài khoản của bạn?
signin-signed-out = Bạn đã đăng xuất.
signout-button = Đăng xuất
account-title = Tài khoản của tôi
account-signed-in-as = Đã đăng nhập với tư cách { $name } ({ $upn })
account-reset-attempts = Ai đó đã cố đặt lại mật khẩu của bạn nhưng xác minh không thành công { $count } lần, gần đây nhất vào { $when }. Nếu đó không phải là bạn, mật khẩu của bạn vẫn không thay đổi; hãy đảm bảo thông tin bảo mật là của bạn và báo cho người quản trị.
account-cannot-reset = Bạn chưa thể tự đặt lại mật khẩu.
account-security-info = Thông tin bảo mật
account-change-password = Đổi mật khẩu
err-no-session = Bạn chưa đăng nhập hoặc phiên của bạn đã kết thúc. Hãy đăng nhập lại.
err-credentials = ID người dùng hoặc mật khẩu của bạn không chính xác.
err-locked-out = Tài khoản của bạn tạm thời bị khóa để ngăn chặn việc sử dụng trái phép. Hãy thử lại sau { $until }.
err-account-locked = Tài khoản của bạn đã bị khóa. Hãy dùng “Không thể truy cập tài khoản của bạn?” để mở khóa.
err-not-allowed = Không thể dùng phương thức đó cho tài khoản của bạn.
err-current-password = Mật khẩu hiện tại của bạn không chính xác.
err-on-premises = Mật khẩu của bạn được quản lý bởi thư mục của tổ chức bạn. Hãy đổi mật khẩu tại đó.
err-too-many = Có quá nhiều lần thử từ mạng của bạn. Hãy thử lại sau { $until }.
err-resend-wait = Chúng tôi vừa gửi mã cho bạn theo cách này. Hãy đợi đến { $until } rồi mới yêu cầu mã khác, hoặc dùng phương thức khác.
err-messages-paused = Hiện chúng tôi không thể gửi thêm mã. Hãy thử lại sau { $until }, hoặc dùng một phương thức không cần tin nhắn, chẳng hạn như ứng dụng xác thực hoặc câu hỏi bảo mật.
err-phone-country = Tổ chức của bạn không gửi mã đến số điện thoại ở quốc gia này. Hãy dùng số hoặc phương thức khác.
err-busy = Dịch vụ hiện đang bận. Hãy đợi một lát rồi thử lại.
cancel = Hủy
save = Lưu

## Security info (G2..G7, C1)
setup-title = Thông tin bảo mật
setup-intro = Đây là các phương thức bạn dùng để chứng minh danh tính khi đặt lại mật khẩu.
setup-progress-ok = Bạn có thể đặt lại mật khẩu: đã thiết lập { $have } trên { $required } phương thức bắt buộc.
setup-progress-short = Đã thiết lập { $have } trên { $required } phương thức bắt buộc. Hãy thêm phương thức để có thể đặt lại mật khẩu.
setup-methods-heading = Phương thức của bạn
setup-none = Bạn chưa thiết lập phương thức nào.
setup-add-heading = Thêm phương thức
setup-change = Thay đổi
setup-change-label = Thay đổi { $what }
setup-delete = Xóa
setup-delete-label = Xóa { $what }
setup-from-directory = (từ thư mục của tổ chức bạn)
setup-done-added = Đã thêm phương thức của bạn.
setup-done-deleted = Đã xóa phương thức.
setup-back = Quay lại thông tin bảo mật
setup-not-available = Phương thức này không khả dụng cho tài khoản của bạn.
method-app = Ứng dụng xác thực
method-software = Mã thông báo OATH phần mềm
method-hardware = Mã thông báo phần cứng
method-phone = Điện thoại
method-office = Điện thoại cơ quan
method-email = Email
method-questions = Câu hỏi bảo mật
method-questions-detail = { $count } câu hỏi
add-app = Thêm ứng dụng xác thực
add-software = Thêm mã thông báo OATH phần mềm
add-hardware = Kích hoạt mã thông báo phần cứng
add-phone = Thêm hoặc thay đổi điện thoại
add-office = Thêm hoặc thay đổi điện thoại cơ quan
add-email = Thêm hoặc thay đổi email
add-questions = Thiết lập câu hỏi bảo mật
setup-email-label = Địa chỉ email
setup-email-hint = Hãy dùng địa chỉ khác với tài khoản công việc của bạn. Chúng tôi sẽ gửi mã đến địa chỉ đó.
setup-phone-label = Số điện thoại
setup-office-label = Số điện thoại cơ quan
setup-phone-hint = Bao gồm dấu + và mã quốc gia, ví dụ +84 91 234 56 78.
setup-phone-channel = Chúng tôi nên gửi mã bằng cách nào?
setup-phone-sms = Nhắn tin mã cho tôi
setup-phone-voice = Gọi cho tôi
setup-app-intro = Cài đặt ứng dụng xác thực trên điện thoại, sau đó chọn “Tiếp theo” để xem mã QR cần quét.
setup-software-intro = Chọn “Tiếp theo” để lấy khóa bí mật cho mã thông báo phần mềm của bạn.
setup-app-step-scan = Quét mã QR bằng ứng dụng, hoặc nhập khóa bí mật bên dưới.
setup-app-step-code = Nhập mã gồm 6 chữ số mà ứng dụng hiển thị.
setup-app-qr-alt = Mã QR cho ứng dụng xác thực của bạn
setup-app-secret = Khóa bí mật:
setup-hardware-intro = Chọn số sê-ri in trên mã thông báo của bạn và nhập mã mà mã thông báo hiển thị.
setup-hardware-serial = Số sê-ri
setup-questions-intro = Chọn { $count } câu hỏi khác nhau và trả lời từng câu (3 đến 40 ký tự, không có hai câu trả lời giống nhau).
setup-question-label = Câu hỏi { $n }
setup-answer-label = Câu trả lời { $n }
setup-err-email-shape = Nhập địa chỉ email, ví dụ someone@example.com.
setup-err-email-same = Hãy dùng địa chỉ khác với tài khoản công việc của bạn.
setup-err-phone = Số điện thoại đó có vẻ không đúng.
setup-err-questions = Câu hỏi bảo mật của bạn chưa được lưu.
setup-err-questions-count = Hãy trả lời tất cả các câu hỏi.
setup-err-questions-unknown = Hãy chọn câu hỏi trong danh sách.
setup-err-questions-duplicate = Hãy chọn một câu hỏi khác nhau trong mỗi ô.
setup-err-answer-length = Câu trả lời phải dài từ 3 đến 40 ký tự.
setup-err-answer-duplicate = Hãy đưa ra câu trả lời khác nhau cho mỗi câu hỏi.
setup-err-too-many-apps = Bạn đã có số lượng ứng dụng xác thực tối đa. Hãy xóa một ứng dụng trước.
setup-err-token-unknown = Mã thông báo đó không được gán cho bạn hoặc đã được kích hoạt.
protect-title = Hãy giúp chúng tôi bảo vệ tài khoản của bạn
protect-intro = Tổ chức của bạn cần thêm thông tin để giữ an toàn cho tài khoản của bạn và để bạn có thể tự đặt lại mật khẩu.
protect-skip = Bỏ qua lúc này
confirm-title = Thông tin bảo mật của bạn có còn chính xác không?
confirm-intro = Hãy kiểm tra các phương thức bạn dùng để đặt lại mật khẩu. Xác nhận nếu không có gì thay đổi, hoặc chỉnh sửa nếu có thay đổi.
confirm-looks-good = Vẫn chính xác
confirm-edit = Chỉnh sửa thông tin bảo mật
confirm-done = Cảm ơn bạn! Thông tin bảo mật của bạn đã được xác nhận.
change-title = Đổi mật khẩu
change-current-label = Mật khẩu hiện tại
change-button = Đổi mật khẩu
change-done = Mật khẩu của bạn đã được thay đổi.

## Security questions (G6, predefined list)
sq-first-pet = Thú cưng đầu tiên của bạn tên là gì?
sq-birth-city = Bạn sinh ra ở thành phố nào?
sq-first-school = Ngôi trường đầu tiên bạn học tên là gì?
sq-childhood-friend = Người bạn thân nhất thời thơ ấu của bạn tên là gì?
sq-first-job-city = Bạn làm công việc đầu tiên ở thành phố nào?
sq-grandparent-name = Người lớn tuổi nhất trong số ông bà của bạn tên là gì?
sq-first-concert = Buổi hòa nhạc đầu tiên bạn tham dự là buổi nào?
sq-childhood-street = Hồi nhỏ bạn sống trên con đường nào?
sq-favourite-teacher = Thầy cô giáo bạn yêu quý nhất họ gì?
sq-first-car = Chiếc xe đầu tiên của bạn là hãng và mẫu xe nào?

## Notifications on a paired device (V4)
option-push = Phê duyệt thông báo trên thiết bị của tôi
pending-push = Chúng tôi đã gửi thông báo đến thiết bị của bạn. Hãy mở thông báo và nhập số này:
pending-push-then = Sau đó chọn “Tiếp tục” tại đây.
push-continue = Tiếp tục
err-push-pending = Thông báo chưa được phản hồi. Hãy phản hồi trên thiết bị của bạn, rồi chọn “Tiếp tục”.
err-push-denied = Thông báo đã bị từ chối hoặc số không khớp. Hãy chọn một phương thức để thử lại.
method-notification = Thông báo trên thiết bị của tôi
add-notification = Thêm thiết bị để nhận thông báo
setup-device-intro = Dùng điện thoại của bạn làm thiết bị phê duyệt yêu cầu: chọn “Tiếp theo” để lấy mã ghép nối.
setup-device-step-open = Trên điện thoại, hãy mở trang thiết bị:
setup-device-link = mở trang thiết bị
setup-device-step-code = Nhập mã ghép nối này tại đó:
setup-device-then = Khi trang thiết bị cho biết đã ghép nối, hãy quay lại đây.
setup-device-done = Xong
device-title = Thiết bị của bạn
device-intro = Trang này dùng để phê duyệt các yêu cầu đăng nhập và đặt lại mật khẩu cho tài khoản của bạn. Hãy thêm trang vào màn hình chính để luôn sẵn dùng.
device-paired = Thiết bị này đã được ghép nối. Hãy kiểm tra yêu cầu khi bạn được đề nghị phê duyệt.
device-pair-failed = Mã ghép nối đó không hợp lệ. Hãy lấy mã mới từ thông tin bảo mật của bạn.
device-approved = Đã phê duyệt. Bạn có thể quay lại màn hình kia.
device-denied = Đã từ chối. Không có gì được phê duyệt.
device-no-request = Không có yêu cầu nào đang chờ.
device-request = %org% yêu cầu xác nhận đó là bạn (%upn%).
device-request-title = Phê duyệt yêu cầu này?
device-pair-code = Mã ghép nối
device-name = Tên cho thiết bị này
device-name-default = Điện thoại của tôi
device-pair-button = Ghép nối thiết bị này
device-check = Kiểm tra yêu cầu
device-number = Số hiển thị trên màn hình kia
device-approve = Phê duyệt
device-deny = Từ chối
device-needs-js = Trang này cần JavaScript để lưu giữ khóa và ký các phê duyệt.

## Sign-in, second step (G1)
check-title = Xác minh danh tính của bạn
check-intro = Tài khoản của bạn có thông tin bảo mật, vì vậy chúng tôi cần xác minh thêm một lần trước khi bạn có thể xem hoặc thay đổi thông tin đó.

## The on-premises directory (P10, P11)
err-directory-policy = Thư mục của tổ chức bạn không chấp nhận mật khẩu này. Có thể đó là mật khẩu bạn đã dùng trước đây, hoặc mật khẩu vi phạm một quy tắc riêng của thư mục; hãy thử mật khẩu khác.
err-directory = Chúng tôi không thể kết nối với thư mục của tổ chức bạn. Không có gì bị thay đổi; hãy thử lại sau giây lát.

## Issue 10: a form post with a field missing
err-form-incomplete = Biểu mẫu nhận được không đầy đủ. Hãy điền vào tất cả các trường và thử lại.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Tiến trình
progress-step = Bước { $current } / { $total }
step-userid = ID người dùng
step-verify = Xác minh
step-password = Mật khẩu mới
step-done = Xong
resend-code = Gửi lại mã
resend-in = Bạn có thể yêu cầu mã mới sau { $seconds } giây.
helpdesk-contact = Cần trợ giúp? Liên hệ với bộ phận hỗ trợ: { $contact }
brand-logo-alt = { $org }
setup-add-method = Thêm phương thức
setup-delete-title = Xóa phương thức này?
setup-delete-confirm = { $what } sẽ bị xóa khỏi thông tin bảo mật của bạn.
setup-delete-last-warning = Bạn cần phương thức này để đặt lại mật khẩu. Nếu không có phương thức này, bạn sẽ không thể tự đặt lại mật khẩu cho đến khi thêm một phương thức khác.
setup-delete-confirm-button = Có, xóa
setup-app-open-link = Mở trong ứng dụng xác thực trên điện thoại này
setup-app-secret-grouped = Khóa bí mật, theo nhóm bốn ký tự:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $hour }:{ $minute } { $day }/{ $month }/{ $year } ({ $zone })
time-am = SA
time-pm = CH

# Issue 12: bảng điều khiển người quản trị. Tiêu đề các mục theo các trang đặt lại mật khẩu của Entra.
account-admin-console = Bảng điều khiển người quản trị
admin-title = Bảng điều khiển người quản trị
admin-sign-in = Đăng nhập bằng tài khoản người quản trị để mở bảng điều khiển.
admin-not-admin = Bảng điều khiển này dành cho người quản trị. Tài khoản của bạn không có vai trò người quản trị nào.
admin-second-step = Bảng điều khiển yêu cầu bước đăng nhập thứ hai. Hãy thêm điện thoại hoặc ứng dụng xác thực vào thông tin bảo mật, sau đó đăng xuất và đăng nhập lại.
admin-go-setup = Đi tới thông tin bảo mật của bạn
admin-go-account = Quay lại tài khoản của tôi
admin-back = Quay lại bảng điều khiển
admin-tenant = Tổ chức: { $name }
admin-signed-in-as = Đã đăng nhập với tư cách { $name }, với các vai trò: { $roles }
admin-policy-heading = Chính sách đặt lại mật khẩu
admin-readonly = Vai trò của bạn cho phép hỗ trợ người dùng nhưng không cho phép thay đổi chính sách đặt lại mật khẩu. Người quản trị toàn cầu hoặc người quản trị chính sách xác thực có thể thay đổi chính sách này.
admin-draft-pending = Một thay đổi đối với { $page } đang chờ bạn xem xét.
admin-draft-open = Mở thay đổi
admin-draft-elsewhere = Một thay đổi đối với { $page } đang chờ xem xét. Việc xem xét trang này sẽ thay thế thay đổi đó.
admin-saved = Đã lưu thành thay đổi { $id }.
admin-discarded = Đã hủy bỏ thay đổi. Không có gì được lưu.
admin-blade-properties = Thuộc tính
admin-blade-methods = Phương thức xác thực
admin-blade-registration = Đăng ký
admin-blade-notifications = Thông báo
admin-blade-customization = Tùy chỉnh
admin-blade-on-premises = Tích hợp tại chỗ
admin-blade-administrators = Chính sách người quản trị
admin-f-scope = Đặt lại mật khẩu tự phục vụ được bật cho
admin-scope-none = Không ai
admin-scope-selected = Nhóm đã chọn
admin-scope-all = Tất cả người dùng
admin-f-groups = Nhóm
admin-f-groups-hint = Đánh dấu các nhóm được bật đặt lại mật khẩu tự phục vụ, hoặc nhập tên các nhóm khác, phân tách bằng dấu phẩy. Được dùng khi chọn Nhóm đã chọn.
admin-f-methods-required = Số phương thức cần thiết để đặt lại
admin-f-methods-required-hint = 1 hoặc 2.
admin-f-methods = Các phương thức khả dụng cho người dùng
admin-f-questions-to-register = Số câu hỏi bảo mật cần thiết để đăng ký
admin-f-questions-to-ask = Số câu hỏi bảo mật cần thiết để đặt lại
admin-f-custom-questions = Câu hỏi bảo mật riêng của tổ chức bạn
admin-f-custom-questions-hint = Mỗi dòng một câu hỏi, được đưa ra cùng với các câu hỏi định sẵn.
admin-f-require-registration = Yêu cầu người dùng đăng ký khi đăng nhập
admin-f-reconfirm-days = Số ngày trước khi người dùng được yêu cầu xác nhận lại thông tin xác thực của họ
admin-f-reconfirm-days-hint = Từ 0 đến 730; 0 nghĩa là không bao giờ hỏi.
admin-f-notify-users = Thông báo cho người dùng khi đặt lại mật khẩu
admin-f-notify-admins = Thông báo cho tất cả người quản trị khi người quản trị khác đặt lại mật khẩu của họ
admin-f-helpdesk = Liên kết bộ phận hỗ trợ
admin-f-helpdesk-hint = Một địa chỉ email hoặc địa chỉ web bắt đầu bằng https://. Để trống nếu không muốn hiển thị.
admin-f-logo = Biểu trưng
admin-f-logo-hint = Một tệp trên cổng thông tin này, chẳng hạn như /brand/logo.svg. Để trống để chỉ hiển thị tên.
admin-f-accent = Màu nhấn
admin-f-accent-hint = Viết theo dạng #rrggbb, đủ tối để chữ màu trắng dễ đọc.
admin-f-sign-in-domain = Miền gợi ý đăng nhập
admin-f-sign-in-domain-hint = Hiển thị trong ví dụ ID người dùng, chẳng hạn như contoso.com.
admin-f-writeback = Ghi ngược mật khẩu vào thư mục tại chỗ của bạn
admin-f-allow-unlock = Cho phép người dùng mở khóa tài khoản mà không cần đặt lại mật khẩu
admin-f-admin-sspr = Cho phép người quản trị tự đặt lại mật khẩu của mình
admin-f-admin-sspr-hint = Người quản trị luôn cần hai phương thức: email hoặc điện thoại và một phương thức khác.
admin-review-button = Xem xét thay đổi
admin-errors-heading = Không thể lưu thay đổi này:
admin-live-ok = Có thể lưu thay đổi này.
admin-err-number = Nhập một số nguyên.
admin-err-helpdesk = Nhập một địa chỉ email hoặc địa chỉ web bắt đầu bằng https://.
admin-err-forbidden = Vai trò của bạn không cho phép thay đổi chính sách đặt lại mật khẩu.
admin-err-no-draft = Không có thay đổi nào đang chờ xem xét.
admin-err-no-change = Thay đổi đó không có trong lịch sử.
admin-err-refused = Thay đổi này vi phạm một quy tắc của chính sách. Hãy chỉnh sửa và xem xét lại.
admin-review-title = Xem xét thay đổi
admin-review-page = Trang: { $page }
admin-changes = Những gì thay đổi: { $keys }
admin-no-change = Thay đổi này không làm thay đổi gì.
admin-impact-heading = Ai có thể đặt lại mật khẩu
admin-impact-summary = Hiện có { $before } trên { $users } người dùng có thể đặt lại mật khẩu; sau thay đổi này sẽ có { $after } người dùng.
admin-stranded-none = Không ai mất khả năng đặt lại mật khẩu.
admin-stranded = { $count ->
   *[other] { $count } người dùng trước đây có thể đặt lại mật khẩu nhưng sau thay đổi này sẽ không thể:
}
admin-stranded-hint = Trước khi lưu, hãy yêu cầu họ đăng ký thêm phương thức trên trang thông tin bảo mật, nếu không họ sẽ phải gọi cho bộ phận hỗ trợ.
admin-gained = { $count ->
   *[other] { $count } người dùng trước đây không thể đặt lại mật khẩu nhưng sau thay đổi này sẽ có thể:
}
admin-export-csv = Tải xuống danh sách (CSV)
admin-save = Lưu
admin-discard = Hủy bỏ
admin-edit-again = Chỉnh sửa lại
admin-history-title = Lịch sử thay đổi
admin-history-empty = Chưa có thay đổi nào được lưu.
admin-history-change = Thay đổi
admin-history-when = Thời điểm
admin-history-who = Người quản trị
admin-history-what = Cài đặt đã thay đổi
admin-revert = Hoàn nguyên
admin-revert-label = Hoàn nguyên thay đổi { $id }
admin-reverts = hoàn nguyên thay đổi { $id }
admin-reverted = Đã hoàn nguyên thay đổi { $id }. Các cài đặt mà thay đổi đó đã thay thế đã được khôi phục.
admin-key-scope = ai được đặt lại
admin-key-admin-sspr = đặt lại của người quản trị
admin-key-methods-required = phương thức bắt buộc
admin-key-methods = phương thức khả dụng
admin-key-questions-to-register = câu hỏi khi đăng ký
admin-key-questions-to-ask = câu hỏi khi đặt lại
admin-key-custom-questions = câu hỏi bảo mật riêng
admin-key-require-registration = bắt buộc đăng ký
admin-key-reconfirm-days = số ngày xác nhận lại
admin-key-notify-users = thông báo cho người dùng
admin-key-notify-admins = thông báo cho người quản trị
admin-key-helpdesk = liên kết bộ phận hỗ trợ
admin-key-branding = thương hiệu
admin-key-writeback = ghi ngược mật khẩu
admin-key-allow-unlock = mở khóa tài khoản
admin-key-password = quy tắc mật khẩu
admin-key-phone-countries = quốc gia của điện thoại
admin-key-sms-sender = người gửi SMS

# Issue 12: báo cáo của bảng điều khiển (A2).
admin-reports-title = Báo cáo
admin-reports-link = Đăng ký, đặt lại, lỗi và những ai không thể đặt lại mật khẩu
admin-reports-period = { $days } ngày qua, kể từ { $since } (UTC).
admin-reports-chart = Biểu đồ của bảng bên dưới
admin-reports-by-day = Đăng ký, đặt lại và mở khóa theo ngày
admin-col-day = Ngày
admin-col-registrations = Lượt đăng ký
admin-col-resets = Lượt đặt lại
admin-col-unlocks = Lượt mở khóa
admin-col-user = Người dùng
admin-reports-funnel = Các lần thử đặt lại đã đi được bao xa
admin-reports-funnel-hint = Mỗi lần thử bắt đầu bằng một ID người dùng. Chỗ các con số giảm xuống là nơi người dùng bỏ cuộc.
admin-col-step = Bước
admin-col-attempts = Số lần thử
admin-funnel-started = Đã bắt đầu
admin-funnel-eligible = Được phép đặt lại
admin-funnel-verified-one = Đã xác minh một phương thức
admin-funnel-verified-two = Đã xác minh phương thức thứ hai
admin-funnel-password-set = Đã đặt mật khẩu mới hoặc mở khóa tài khoản
admin-reports-failures = Lỗi theo lý do
admin-col-reason = Lý do
admin-col-count = Số lượng
admin-reports-none = Không có gì trong khoảng thời gian này.
admin-reports-methods = Phương thức dùng để đặt lại hoặc mở khóa
admin-col-method = Phương thức
admin-reports-cannot = Ai không thể đặt lại mật khẩu
admin-reports-can = Hiện có { $can } trên { $users } người dùng có thể đặt lại mật khẩu.
admin-reports-short = { $count ->
   *[other] { $count } người dùng không thể đặt lại mật khẩu vì không đủ phương thức:
}
# Issue 12: trang người dùng của bảng điều khiển (D1, D3).
admin-users-title = Người dùng
admin-users-link = Tra cứu người dùng: phương thức, lệnh chặn và thông tin liên hệ của họ
admin-users-lookup-label = ID người dùng
admin-users-lookup = Tra cứu
admin-err-no-user = Không có người dùng nào có ID đó trong tổ chức của bạn.
admin-err-protected = Người dùng này là người quản trị mà vai trò của bạn không cho phép quản lý. Hãy nhờ người quản trị toàn cầu.
admin-err-contact = Nhập một địa chỉ email khác với địa chỉ của chính người dùng, và nhập số điện thoại theo dạng +<mã quốc gia> <số>.
admin-user-status = Tài khoản
admin-user-enabled = Đã bật
admin-user-disabled = Đã tắt
admin-user-locked = bị khóa trong thư mục
admin-user-password = Mật khẩu
admin-user-cloud = Do cổng thông tin này lưu giữ
admin-user-onprem = Do thư mục tại chỗ lưu giữ
admin-user-groups = Nhóm
admin-user-roles = Vai trò người quản trị
admin-user-none = Không có
admin-user-methods = Phương thức của người dùng
admin-user-reset = Đặt lại mật khẩu tự phục vụ
admin-user-can-reset = Hiện có thể đặt lại mật khẩu.
admin-user-cannot-reset = Hiện không thể đặt lại:
admin-reason-consumer = tài khoản cá nhân, loại mà cổng thông tin này không phục vụ.
admin-reason-unavailable = tài khoản đã bị tắt.
admin-reason-not-enabled = đặt lại mật khẩu tự phục vụ chưa được bật cho các nhóm của người dùng.
admin-reason-not-registered = chưa đăng ký đủ phương thức theo chính sách.
admin-reason-admin-not-registered = người quản trị cần hai phương thức nhưng có ít hơn.
admin-reason-writeback-off = mật khẩu được lưu giữ tại chỗ và tính năng ghi ngược đang tắt.
admin-user-blocks = Lệnh chặn
admin-user-no-blocks = Hiện không có lệnh chặn nào.
admin-user-reset-blocked = Đặt lại mật khẩu bị chặn đến { $until } (quá nhiều mã hoặc câu trả lời sai)
admin-user-sends-blocked = Gửi mã bị chặn đến { $until } (đã gửi quá nhiều)
admin-user-signin-locked = Đăng nhập bị khóa đến { $until } (quá nhiều mật khẩu sai)
admin-user-clear = Xóa lệnh chặn
admin-user-cleared = Đã xóa các lệnh chặn.
admin-user-contact = Thông tin liên hệ
admin-user-alternate-email = Email thay thế
admin-user-mobile = Điện thoại di động
admin-user-office = Điện thoại cơ quan
admin-user-contact-hint = Số điện thoại theo dạng +<mã quốc gia> <số>. Để trống một trường để xóa trường đó.
admin-user-contact-save = Lưu thông tin liên hệ
admin-user-contact-saved = Đã lưu thông tin liên hệ.
admin-user-protected = Người dùng này là người quản trị mà vai trò của bạn không cho phép quản lý: chỉ người quản trị toàn cầu mới có thể thay đổi thông tin liên hệ hoặc lệnh chặn của họ.

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = Mã khôi phục
admin-recovery-intro = Dành cho người dùng đã mất mọi phương thức: một mã dùng một lần, có hiệu lực trong 8 giờ, cho phép họ đăng nhập một lần để đăng ký phương thức mới. Hãy trao mã trực tiếp hoặc qua cuộc gọi do chính bạn thực hiện; người dùng sẽ được thông báo qua các địa chỉ email của họ.
admin-recovery-issue = Cấp mã khôi phục
admin-recovery-issued = Đã cấp một mã khôi phục. Mã chỉ hiển thị một lần.
admin-recovery-code-is = Mã khôi phục:
admin-recovery-until = Mã khôi phục có hiệu lực đến { $until }.
admin-recovery-hand-over = Chỉ đọc mã cho người dùng khi bạn đã chắc chắn họ là ai. Mã sẽ không hiển thị lại.
admin-recovery-done = Xong, ẩn mã
recovery-link = Bạn đã nhận được mã khôi phục từ bộ phận hỗ trợ?
recovery-title = Đăng nhập bằng mã khôi phục
recovery-intro = Nếu bạn đã mất mọi phương thức, bộ phận hỗ trợ có thể cấp cho bạn một mã khôi phục dùng một lần. Hãy đăng nhập bằng mã đó, sau đó đăng ký phương thức mới trên trang thông tin bảo mật.
recovery-code-label = Mã khôi phục
recovery-code-hint = 16 chữ cái và chữ số, chẳng hạn ABCD-EFGH-JKMN-PQRS.
recovery-wrong = ID người dùng hoặc mã khôi phục của bạn không chính xác, hoặc mã đã được sử dụng hay đã hết hạn.
recovery-back = Thay vào đó, đăng nhập bằng mật khẩu
msg-recovery-issued-subject = Một mã khôi phục đã được cấp cho tài khoản của bạn
msg-recovery-issued-body = Một người quản trị đã cấp mã khôi phục dùng một lần cho { $user }. Nếu bạn không yêu cầu bộ phận hỗ trợ cấp mã này, hãy liên hệ ngay với người quản trị.
msg-recovery-used-subject = Có người đã đăng nhập bằng mã khôi phục
msg-recovery-used-body = { $user } đã được đăng nhập bằng mã khôi phục để đăng ký thông tin bảo mật mới. Nếu đó không phải là bạn, hãy liên hệ ngay với người quản trị.
msg-contact-changed-subject = Thông tin liên hệ của bạn đã được thay đổi
msg-contact-changed-body = Một người quản trị đã thay đổi thông tin liên hệ của { $user } (địa chỉ email hoặc số điện thoại dùng để đặt lại mật khẩu). Nếu bạn không mong đợi điều này, hãy liên hệ ngay với người quản trị.

# Issue 12: tìm kiếm nhật ký kiểm tra của bảng điều khiển (A1, W2).
admin-audit-title = Nhật ký kiểm tra
admin-audit-link = Tìm kiếm và tải xuống nhật ký kiểm tra
admin-audit-user = ID người dùng
admin-audit-from = Từ ngày (YYYY-MM-DD, UTC)
admin-audit-to = Đến ngày (YYYY-MM-DD, UTC)
admin-audit-step = Bước
admin-audit-outcome = Kết quả
admin-audit-ip = Địa chỉ IP
admin-audit-client = Loại máy khách
admin-audit-any = Bất kỳ
admin-audit-search = Tìm kiếm
admin-audit-bad-date = Nhập ngày theo dạng YYYY-MM-DD, chẳng hạn như 2026-11-05.
admin-audit-count = { $count ->
   *[other] Có { $count } mục khớp.
}
admin-audit-capped = Chỉ những mục mới nhất được liệt kê và tải xuống; hãy thu hẹp tìm kiếm để xem phần còn lại.
admin-audit-pages = Các trang kết quả
admin-audit-newer = Mục mới hơn
admin-audit-older = Mục cũ hơn
admin-audit-export-json = Tải xuống dưới dạng các dòng JSON

# Issue 12: trang vận hành của bảng điều khiển.
admin-ops-title = Vận hành
admin-ops-link = Vận hành: tình trạng hiện tại của cơ sở dữ liệu, thư mục và hàng đợi thư
admin-ops-database = Cơ sở dữ liệu
admin-ops-directory = Thư mục tại chỗ
admin-ops-no-directory = Chưa cấu hình
admin-ops-ok = Đang hoạt động
admin-ops-down = Không phản hồi
admin-ops-on = Đang bật
admin-ops-off = Đang tắt
admin-ops-directory-error = Lỗi thư mục gần nhất (30 ngày qua)
admin-ops-mail-waiting = Thông báo đang chờ gửi
admin-ops-mail-oldest = Thông báo cũ nhất đang chờ từ
admin-ops-mail-sent = Thông báo đã gửi
admin-ops-mail-failed = Thông báo bị bỏ sau nhiều lần thử lại
admin-ops-hashing = Mật khẩu đang chờ băm trên nút này
admin-ops-version = Phiên bản
admin-ops-hint = Được kiểm tra khi trang này được mở, bởi nút đã phục vụ trang. Số liệu thông báo là của toàn bộ cổng thông tin; phần còn lại có tại /metrics.

# Issue 12: bộ chọn nhóm của P1 và thông báo M2 gửi những người dùng không thể đặt lại mật khẩu sau một thay đổi.
admin-f-groups-other = Nhóm khác
admin-f-groups-none = Tổ chức này chưa có nhóm nào trên cổng thông tin: hãy nhập tên nhóm.
admin-notify-stranded = Gửi email cho những người dùng không thể đặt lại mật khẩu sau thay đổi này, yêu cầu họ đăng ký thêm phương thức
msg-register-needed-subject = Đăng ký thêm thông tin bảo mật
msg-register-needed-body = Tổ chức của bạn hiện yêu cầu thêm thông tin bảo mật trước khi có thể đặt lại mật khẩu. Cho đến khi bạn đăng nhập và thêm phương thức trên trang thông tin bảo mật, { $user } sẽ không thể đặt lại mật khẩu nếu không gọi cho bộ phận hỗ trợ.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Lần đồng bộ thư mục gần nhất (sspr directory sync)
admin-ops-sync-counts = thay đổi đã ghi: { $changes }; giá trị bị từ chối: { $refused }; người dùng không thuộc tổ chức nào: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Bản dịch được viết trên một dòng bên dưới câu hỏi của nó, gồm mã ngôn ngữ, dấu hai chấm và nội dung (chẳng hạn ja-JP: …), dài từ 1 đến 200 ký tự.
admin-err-translation-first = Hãy viết câu hỏi trước, sau đó viết các bản dịch của nó trên những dòng bên dưới.
admin-f-question-translations-hint = Để hiển thị câu hỏi bằng ngôn ngữ khác, hãy thêm một dòng bên dưới câu hỏi gồm mã ngôn ngữ, dấu hai chấm và bản dịch, chẳng hạn “ja-JP: 事務所の植物の名前は？”. Người dùng có ngôn ngữ chưa có bản dịch sẽ thấy câu hỏi như đã viết.
admin-f-recovery-code-resets = Mã khôi phục do bộ phận hỗ trợ cấp cũng có thể đặt lại mật khẩu của người dùng một lần
admin-key-recovery-code-resets = mã khôi phục có thể đặt lại mật khẩu
recovery-reset-hint = Nếu tổ chức của bạn cho phép, bạn có thể dùng mã này để đặt lại mật khẩu một lần thay cho việc đăng nhập.
recovery-reset-button = Đặt lại mật khẩu của tôi
recovery-no-reset = Tổ chức của bạn chỉ cho phép dùng mã khôi phục để đăng nhập. Hãy đăng ký phương thức mới tại đây; sau đó bạn có thể dùng chúng để đặt lại mật khẩu.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Đã bắt đầu đặt lại
audit-step-choose = Đã chọn đặt lại hoặc mở khóa
audit-step-select = Đã chọn phương thức
audit-step-send-code = Đã gửi mã
audit-step-verify = Đã xác minh phương thức
audit-step-unlock = Đã mở khóa tài khoản
audit-step-reset = Đặt lại mật khẩu
audit-step-password = Đã nhập mật khẩu mới
audit-step-directory = Ghi ngược vào thư mục
audit-step-notify = Thông báo
audit-step-admin-request = Yêu cầu gửi người quản trị
audit-step-signin = Đăng nhập
audit-step-signin-verify = Bước đăng nhập thứ hai
audit-step-signout = Đăng xuất
audit-step-interrupt = Lời nhắc đăng ký khi đăng nhập
audit-step-reconfirm = Đã xác nhận lại thông tin bảo mật
audit-step-register = Đã đăng ký phương thức
audit-step-register-send-code = Đã gửi mã đăng ký
audit-step-register-pairing = Đã ghép nối ứng dụng xác thực
audit-step-register-verify = Đã kiểm tra mã đăng ký
audit-step-delete-method = Đã xóa phương thức
audit-step-change-password = Đã đổi mật khẩu
audit-step-delivery = Biên nhận gửi
audit-step-policy-change = Đã thay đổi chính sách
audit-step-admin-clear-blocks = Người quản trị đã xóa lệnh chặn
audit-step-admin-set-contact = Người quản trị đã đặt thông tin liên hệ
audit-step-admin-recovery-code = Đã cấp mã khôi phục
audit-step-directory-sync = Đồng bộ thư mục
audit-outcome-ok = Thành công
audit-outcome-fail = Thất bại
audit-outcome-blocked = Bị chặn
audit-outcome-error = Lỗi
audit-outcome-rejected = Bị từ chối
audit-outcome-ineligible = Không đủ điều kiện
audit-outcome-dismissed = Đã hoãn
audit-client-browser = Trình duyệt
audit-client-sign-in-screen = Màn hình đăng nhập
audit-client-app = Ứng dụng

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Bật
admin-value-off = Tắt
admin-value-empty = (trống)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Lần ghi ngược mật khẩu (hoặc mở khóa tài khoản) gần nhất trong thư mục

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Đã đặt lại mật khẩu
done-title-unlock = Đã mở khóa tài khoản
admin-f-sign-in-url = Trang đăng nhập của tổ chức bạn
admin-f-sign-in-url-hint = Nơi mà nút trên trang cuối cùng của quá trình đặt lại dẫn đến, chẳng hạn như https://login.contoso.com. Để trống để dùng trang mặc định của cổng thông tin này.
policy-err-sign-in-url = Nhập trang đăng nhập dưới dạng địa chỉ web bắt đầu bằng https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Các câu hỏi bảo mật định sẵn mà người dùng có thể chọn
admin-key-predefined-questions = câu hỏi bảo mật định sẵn
policy-err-too-few-questions = Hãy cung cấp số câu hỏi bảo mật (định sẵn và riêng) ít nhất bằng số câu người dùng phải đăng ký.
