# sspr, zh-TW. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = 自助式密碼重設
reset-title = 重新存取您的帳戶
skip-to-content = 跳至主要內容
lang-switch-label = 語言
next = 下一步
back-to-start = 重新開始
retry = 再試一次
something-wrong = 發生錯誤。請稍後再試。
not-found = 此頁面不存在。
working = 正在處理…

## Entry (E2)
entry-intro = 若要復原您的帳戶，請先輸入您的使用者識別碼及下方問題的答案。
userid-label = 使用者識別碼
userid-hint = 範例：{ $example }
captcha-legend = 證明您不是機器人
captcha-nojs = 選取「下一步」後，系統會花幾秒鐘（{ $seconds } 秒以上）檢查您的瀏覽器。您不需要執行其他動作。
captcha-working = 正在檢查您的瀏覽器…
captcha-done = 已完成。您可以繼續。

## Contact your administrator (E3, E5, P9, K1)
contact-title = 請連絡您的系統管理員
contact-reason-consumer = 個人帳戶無法使用此入口網站。請改用您電子郵件服務提供者的復原選項。
contact-reason-unavailable = 無法在此重設此帳戶。此帳戶可能不存在，或已停用。
contact-reason-not-enabled = 此帳戶未啟用自助式密碼重設。
contact-reason-not-registered = 此帳戶註冊的安全性資訊不足，無法重設密碼。
contact-reason-admin-not-registered = 系統管理員帳戶必須註冊兩種方法（電子郵件、行動電話、辦公室電話或驗證器應用程式）才能重設密碼。
contact-reason-writeback-off = 此帳戶的密碼是在內部部署環境中管理，無法在此重設。
contact-also-intro = 以下情況也可能導致此問題：
contact-also-consumer = 此帳戶是一般消費者電子郵件服務的個人帳戶
contact-also-unavailable = 使用者識別碼輸入錯誤，或帳戶不存在或已停用
contact-also-not-enabled = 此帳戶未啟用自助式密碼重設
contact-also-not-registered = 此帳戶註冊的安全性資訊不足（如果您可以登入，安全性資訊頁面會顯示缺少哪些項目）
contact-also-admin-not-registered = 系統管理員帳戶未註冊兩種方法
contact-also-writeback-off = 密碼由您組織自己的目錄管理
contact-helpdesk-link = 連絡您的技術支援人員
contact-helpdesk-email = 寄送電子郵件給您的技術支援人員：{ $email }
contact-no-helpdesk = 請向您組織的系統管理員尋求協助。
contact-request-button = 要求我的系統管理員重設我的密碼
contact-request-sent = 您的要求已傳送給您的系統管理員。

## Trouble choice
choose-title = 您為什麼無法登入？
choose-forgot = 我忘記密碼了
choose-forgot-hint = 別擔心，我們會協助您使用已註冊的安全性資訊重設密碼。
choose-unlock = 我知道密碼，但仍然無法登入
choose-unlock-hint = 這可能是因為您以錯誤的密碼嘗試登入太多次。

## Verification (V1..V6)
verify-title = 驗證您的身分
verify-step = 驗證步驟：第 { $current } 步，共 { $required } 步
verify-pick = 請選擇我們用來驗證的連絡方式：
verify-passed = 已驗證
option-email = 傳送電子郵件到我的備用電子郵件地址 { $masked }
option-sms = 傳送簡訊到我的行動電話 { $masked }
option-voice = 撥打我的行動電話 { $masked }
option-office = 撥打我的辦公室電話 { $masked }
option-app = 輸入驗證器應用程式中的代碼
option-software_oath = 輸入軟體權杖中的代碼
option-hardware_oath = 輸入硬體權杖中的代碼
option-questions = 回答我的安全性問題
pending-email = 我們已將含有驗證碼的電子郵件傳送到 { $masked }。
pending-sms = 我們已將含有驗證碼的簡訊傳送到 { $masked }。
pending-voice = 我們正在撥打 { $masked }。請注意聆聽驗證碼。
pending-totp = 輸入您的應用程式或權杖上顯示的代碼。
code-label = 驗證碼
questions-legend = 回答您的安全性問題
verify-button = 驗證

## New password (N1, N2)
password-title = 選擇新密碼
password-label = 新密碼
confirm-label = 確認新密碼
password-rules = 您的密碼必須：
pw-rule-length = 長度至少 { $min } 個字元
pw-rule-max-length = 長度最多 { $max } 個字元
pw-rule-classes = 包含下列四類中的三類：小寫字母、大寫字母、數字、符號
pw-rule-banned = 不是常用或禁止使用的密碼
pw-rule-name = 不包含您的姓名
pw-rule-match = 與確認密碼相符
pw-rule-classes-ad = 包含下列五類中的三類：小寫字母、大寫字母、數字、符號、不分大小寫的字母（例如假名）
pw-rule-name-ad = 不包含您的帳戶名稱，也不包含您姓名中長度為 3 個字元以上的任何部分
pw-dir-heading = 提交時，您組織的目錄還會檢查密碼是否：
pw-dir-history = 不是您最近使用過的 { $n } 個密碼之一
pw-dir-min-age = 距離您上次變更密碼至少已過 { $n } 天
pw-dir-module = 符合您組織的其他品質規則
pw-rule-ok = 已符合
pw-rule-not-ok = 未符合
finish = 完成

## Done
done-reset = 您的密碼已重設。
done-unlock = 您的帳戶已解除鎖定。
done-sign-in = 使用您的帳戶登入

## Errors (flows)
err-no-flow = 您的工作階段已過期。請重新開始。
err-captcha = 證明您不是機器人的檢查已過期或已使用過。請再試一次。
err-wrong-step = 該步驟已無法使用。請從這裡繼續。
err-unknown-option = 請選擇列出的其中一種方法。
err-code-wrong = 該代碼無效。請檢查後再試一次。
err-code-expired = 該代碼已過期。請傳送新的代碼。
err-code-used = 該代碼已使用過。請從這裡繼續。
err-blocked = 您嘗試的次數太多。請在 { $until } 之後再試一次。
err-email-limit = 我們已傳送太多代碼。請在 { $until } 之後再試一次，或使用其他方法。
err-answers-wrong = 有一或多個答案不正確。以下是一組新的問題。
err-password = 密碼不符合下列需求。
err-delivery = 我們目前無法傳送訊息。請稍後再試，或使用其他方法。
err-admin-request-limit = 您已傳送多個要求。您的系統管理員會與您連絡。
err-internal = 發生錯誤。請稍後再試。
userid-err-empty = 請輸入您的使用者識別碼。
userid-err-shape = 請以 name@domain 格式輸入您的使用者識別碼，例如 { $example }。
userid-err-too-long = 該使用者識別碼太長。

## Messages (email, SMS, voice)
msg-code-subject = { $org } 帳戶驗證碼
msg-code-email = 請使用下列代碼驗證您的帳戶：{ $code }。此代碼將在 { $minutes } 分鐘後過期。如果您並未要求此代碼，請忽略這封電子郵件。
msg-code-sms = 您的 { $org } 密碼重設驗證碼為 { $code }。
msg-code-voice = 您的驗證碼是 { $code }。再說一次，您的驗證碼是 { $code }。
msg-reset-subject = 您的密碼已重設
msg-reset-body = { $user } 的密碼剛剛已透過自助式密碼重設完成重設。如果這不是您本人的操作，請立即連絡您的系統管理員。
msg-method-added-subject = 已在您的帳戶新增安全性資訊
msg-method-added-body = 已將 { $method } 新增至 { $user } 的安全性資訊。如果這不是您本人的操作，請登入並移除該項目、變更密碼，然後連絡您的系統管理員。
msg-method-removed-subject = 已從您的帳戶移除安全性資訊
msg-method-removed-body = 已從 { $user } 的安全性資訊移除 { $method }。如果這不是您本人的操作，請登入並檢查您的安全性資訊、變更密碼，然後連絡您的系統管理員。
msg-admin-reset-subject = 一位系統管理員重設了自己的密碼
msg-admin-reset-body = 系統管理員 { $user } 已透過自助式密碼重設重設自己的密碼。
msg-admin-request-subject = 密碼重設要求
msg-admin-request-body = { $user } 無法透過自助服務重設密碼，正在請求系統管理員協助。

## Dev outbox (demo mode only)
outbox-title = 寄件匣（示範）
outbox-intro = 示範模式：入口網站傳送的訊息不會實際寄出，而是寫入這裡。最新的訊息顯示在最前面。
outbox-empty = 尚無訊息。
outbox-to = 收件者
demo-outbox-link = 示範模式：在寄件匣中閱讀訊息（在新索引標籤中開啟）
outbox-channel = 管道

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = 若範圍為「選取的群組」，請至少選擇一個群組。
policy-err-methods-required = 所需的方法數必須是 1 或 2。
policy-err-too-few-methods = 啟用的方法數不得少於所需的方法數。
policy-err-office-phone-paid = 辦公室電話僅適用於付費租用戶。
policy-err-questions-register = 使用者必須註冊 3 到 5 個安全性問題。
policy-err-questions-ask = 必須詢問 3 到 5 個安全性問題。
policy-err-questions-ask-exceeds = 詢問的問題數不能多於使用者註冊的問題數。
policy-err-reconfirm-days = 重新確認的間隔必須介於 0 到 730 天之間。
policy-err-app-needs-more = 啟用行動應用程式時，請另外啟用足夠的其他方法。
policy-err-app-notification-alone = 只需要一種方法時，不能只靠應用程式通知。
policy-err-password-length = 密碼長度必須介於 8 到 256 個字元之間。
policy-err-banned-terms = 自訂禁用字詞最多 1000 個。
policy-err-sms-sender = 簡訊寄件者必須是最多 11 個英數字元的名稱，或是電話號碼，例如 +15017122661。
phone-err-country-code = 號碼開頭須為 + 和國碼。
phone-err-characters = 只能使用數字、空格和連字號。
phone-err-length = 該號碼太短或太長。
policy-err-custom-question = 自訂安全性問題的長度必須為 1 到 200 個字元，且不可重複。
policy-err-brand-accent = 品牌色彩必須以 #rrggbb 格式撰寫，且顏色要夠深，讓白色文字清楚可讀（對比至少 4.5:1）。
policy-err-brand-logo = 標誌必須是此入口網站上的檔案（例如 /brand/logo.svg）或內嵌影像。
policy-err-sign-in-domain = 登入網域必須是網域名稱，例如 contoso.com。

## Sign-in and my account (G1, N4)
entry-signin-link = 登入以管理您的安全性資訊
signin-title = 登入
signin-intro = 登入以檢視及更新您的安全性資訊，或變更您的密碼。
signin-password-label = 密碼
signin-button = 登入
signin-cant-access = 無法存取您的帳戶？
signin-signed-out = 您已登出。
signout-button = 登出
account-title = 我的帳戶
account-signed-in-as = 已登入為 { $name }（{ $upn }）
account-reset-attempts = 有人嘗試重設您的密碼，但驗證失敗 { $count } 次，最近一次是在 { $when }。如果這不是您本人的操作，請放心，您的密碼並未變更；請確認您的安全性資訊都屬於您本人，並告知您的系統管理員。
account-cannot-reset = 您目前還無法自行重設密碼。
account-security-info = 安全性資訊
account-change-password = 變更密碼
err-no-session = 您尚未登入，或您的工作階段已結束。請重新登入。
err-credentials = 您的使用者識別碼或密碼不正確。
err-locked-out = 為防止未經授權的使用，您的帳戶已暫時鎖定。請在 { $until } 之後再試一次。
err-account-locked = 您的帳戶已鎖定。請使用「無法存取您的帳戶？」解除鎖定。
err-not-allowed = 您的帳戶無法使用該方法。
err-current-password = 您目前的密碼不正確。
err-on-premises = 您的密碼由您組織的目錄管理。請在該處變更密碼。
err-too-many = 來自您網路的嘗試次數太多。請在 { $until } 之後再試一次。
err-resend-wait = 我們剛剛已透過此方式傳送代碼給您。請等到 { $until } 之後再要求新的代碼，或使用其他方法。
err-messages-paused = 我們目前無法傳送更多代碼。請在 { $until } 之後再試一次，或使用不需要接收訊息的方法，例如驗證器應用程式或安全性問題。
err-phone-country = 您的組織不會傳送代碼到此國家/地區的電話號碼。請使用其他號碼或方法。
err-busy = 服務目前忙碌中。請稍候再試一次。
cancel = 取消
save = 儲存

## Security info (G2..G7, C1)
setup-title = 安全性資訊
setup-intro = 以下是您重設密碼時用來證明身分的方法。
setup-progress-ok = 您可以重設密碼：在所需的 { $required } 種方法中，已設定 { $have } 種。
setup-progress-short = 在所需的 { $required } 種方法中，已設定 { $have } 種。請新增更多方法，才能重設密碼。
setup-methods-heading = 您的方法
setup-none = 您尚未設定任何方法。
setup-add-heading = 新增方法
setup-change = 變更
setup-change-label = 變更{ $what }
setup-delete = 刪除
setup-delete-label = 刪除{ $what }
setup-from-directory = （來自您組織的目錄）
setup-done-added = 已新增您的方法。
setup-done-deleted = 已刪除該方法。
setup-back = 返回安全性資訊
setup-not-available = 您的帳戶無法使用此方法。
method-app = 驗證器應用程式
method-software = 軟體 OATH 權杖
method-hardware = 硬體權杖
method-phone = 電話
method-office = 辦公室電話
method-email = 電子郵件
method-questions = 安全性問題
method-questions-detail = { $count } 個問題
add-app = 新增驗證器應用程式
add-software = 新增軟體 OATH 權杖
add-hardware = 啟用硬體權杖
add-phone = 新增或變更您的電話
add-office = 新增或變更您的辦公室電話
add-email = 新增或變更您的電子郵件
add-questions = 設定安全性問題
setup-email-label = 電子郵件地址
setup-email-hint = 請使用公司帳戶以外的地址。我們會將代碼傳送到該地址。
setup-phone-label = 電話號碼
setup-office-label = 辦公室電話號碼
setup-phone-hint = 請包含 + 和國碼，例如 +886 912 345 678。
setup-phone-channel = 我們該如何傳送代碼給您？
setup-phone-sms = 以簡訊傳送代碼給我
setup-phone-voice = 打電話給我
setup-app-intro = 在您的手機上安裝驗證器應用程式，然後選取「下一步」以查看要掃描的 QR 代碼。
setup-software-intro = 選取「下一步」以取得軟體權杖的祕密金鑰。
setup-app-step-scan = 使用您的應用程式掃描 QR 代碼，或輸入下方的祕密金鑰。
setup-app-step-code = 輸入應用程式顯示的 6 位數代碼。
setup-app-qr-alt = 驗證器應用程式的 QR 代碼
setup-app-secret = 祕密金鑰：
setup-hardware-intro = 選擇權杖上印的序號，然後輸入權杖顯示的代碼。
setup-hardware-serial = 序號
setup-questions-intro = 請選擇 { $count } 個不同的問題並分別回答（3 到 40 個字元，答案不可重複）。
setup-question-label = 問題 { $n }
setup-answer-label = 答案 { $n }
setup-err-email-shape = 請輸入電子郵件地址，例如 someone@example.com。
setup-err-email-same = 請使用公司帳戶以外的地址。
setup-err-phone = 該電話號碼似乎不正確。
setup-err-questions = 您的安全性問題未儲存。
setup-err-questions-count = 請回答每個問題。
setup-err-questions-unknown = 請從清單中選擇問題。
setup-err-questions-duplicate = 請在每個方塊中選擇不同的問題。
setup-err-answer-length = 答案長度必須為 3 到 40 個字元。
setup-err-answer-duplicate = 請為每個問題提供不同的答案。
setup-err-too-many-apps = 您的驗證器應用程式數量已達上限。請先刪除一個。
setup-err-token-unknown = 該權杖未指派給您，或已經啟用。
protect-title = 協助我們保護您的帳戶
protect-intro = 您的組織需要更多資訊，以確保您的帳戶安全，並讓您能自行重設密碼。
protect-skip = 暫時略過
confirm-title = 您的安全性資訊是否仍然正確？
confirm-intro = 請檢查您用來重設密碼的方法。如果沒有變更，請加以確認；如果有所變更，請進行編輯。
confirm-looks-good = 沒有問題
confirm-edit = 編輯您的安全性資訊
confirm-done = 謝謝！您的安全性資訊已確認。
change-title = 變更密碼
change-current-label = 目前的密碼
change-button = 變更密碼
change-done = 您的密碼已變更。

## Security questions (G6, predefined list)
sq-first-pet = 您的第一隻寵物叫什麼名字？
sq-birth-city = 您在哪個城市出生？
sq-first-school = 您就讀的第一所學校叫什麼名字？
sq-childhood-friend = 您童年最好的朋友叫什麼名字？
sq-first-job-city = 您的第一份工作在哪個城市？
sq-grandparent-name = 您的祖父母和外祖父母中最年長的一位叫什麼名字？
sq-first-concert = 您第一次去聽的演唱會是哪一場？
sq-childhood-street = 您小時候住在哪條街上？
sq-favourite-teacher = 您最喜歡的老師姓什麼？
sq-first-car = 您的第一輛車是什麼廠牌和車型？

## Notifications on a paired device (V4)
option-push = 在我的裝置上核准通知
pending-push = 我們已傳送通知到您的裝置。請開啟通知並輸入下列數字：
pending-push-then = 然後在此選取「繼續」。
push-continue = 繼續
err-push-pending = 尚未回應該通知。請在您的裝置上回應，然後選取「繼續」。
err-push-denied = 通知遭到拒絕，或數字不相符。請選擇一種方法再試一次。
method-notification = 我的裝置上的通知
add-notification = 新增用於接收通知的裝置
setup-device-intro = 將您的手機當作核准要求的裝置：選取「下一步」以取得配對碼。
setup-device-step-open = 在您的手機上開啟裝置頁面：
setup-device-link = 開啟裝置頁面
setup-device-step-code = 在該頁面輸入此配對碼：
setup-device-then = 當裝置頁面顯示已配對時，請回到這裡。
setup-device-done = 完成
device-title = 您的裝置
device-intro = 此頁面用於核准您帳戶的登入及密碼重設要求。將它新增到主畫面，方便隨時使用。
device-paired = 此裝置已配對。當系統要求您核准要求時，請在此檢查要求。
device-pair-failed = 該配對碼無效。請從您的安全性資訊取得新的配對碼。
device-approved = 已核准。您可以回到另一個畫面。
device-denied = 已拒絕。未核准任何內容。
device-no-request = 目前沒有待處理的要求。
device-request = %org% 要求確認是您本人（%upn%）。
device-request-title = 要核准此要求嗎？
device-pair-code = 配對碼
device-name = 此裝置的名稱
device-name-default = 我的手機
device-pair-button = 配對此裝置
device-check = 檢查要求
device-number = 另一個畫面上顯示的數字
device-approve = 核准
device-deny = 拒絕
device-needs-js = 此頁面需要 JavaScript 才能保存其簽署金鑰並簽署核准。

## Sign-in, second step (G1)
check-title = 驗證您的身分
check-intro = 您的帳戶已有安全性資訊，因此在您檢視或變更這些資訊之前，我們需要再進行一次驗證。

## The on-premises directory (P10, P11)
err-directory-policy = 您組織的目錄不接受此密碼。這可能是您以前用過的密碼，或違反了目錄本身的某項規則；請嘗試其他密碼。
err-directory = 我們無法連線到您組織的目錄。未進行任何變更；請稍後再試一次。

## Issue 10: a form post with a field missing
err-form-incomplete = 收到的表單不完整。請填寫所有欄位，然後再試一次。

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = 進度
progress-step = 第 { $current } 步，共 { $total } 步
step-userid = 使用者識別碼
step-verify = 驗證
step-password = 新密碼
step-done = 完成
resend-code = 重新傳送代碼
resend-in = 您可以在 { $seconds } 秒後要求新的代碼。
helpdesk-contact = 需要協助嗎？請連絡您的技術支援人員：{ $contact }
brand-logo-alt = { $org }
setup-add-method = 新增方法
setup-delete-title = 要刪除此方法嗎？
setup-delete-confirm = 將從您的安全性資訊移除{ $what }。
setup-delete-last-warning = 您需要此方法才能重設密碼。刪除後，在新增其他方法之前，您將無法自行重設密碼。
setup-delete-confirm-button = 是，刪除
setup-app-open-link = 在此手機上的驗證器應用程式中開啟
setup-app-secret-grouped = 祕密金鑰（每四個字元一組）：
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }/{ $month }/{ $day } { $dayperiod } { $hour12 }:{ $minute }（{ $zone }）
time-am = 上午
time-pm = 下午

# Issue 12：系統管理員主控台。各區段標題沿用 Entra 密碼重設頁面的名稱。
account-admin-console = 系統管理員主控台
admin-title = 系統管理員主控台
admin-sign-in = 請使用您的系統管理員帳戶登入以開啟主控台。
admin-not-admin = 此主控台僅供系統管理員使用。您的帳戶沒有任何系統管理員角色。
admin-second-step = 主控台需要第二個登入步驟。請在您的安全性資訊中新增電話或驗證器應用程式，然後登出再重新登入。
admin-go-setup = 前往您的安全性資訊
admin-go-account = 返回我的帳戶
admin-back = 返回主控台
admin-tenant = 組織：{ $name }
admin-signed-in-as = 已登入為 { $name }，角色：{ $roles }
admin-policy-heading = 密碼重設原則
admin-readonly = 您的角色可讓您協助使用者，但無法變更密碼重設原則。全域管理員或驗證原則系統管理員可以變更此原則。
admin-draft-pending = 對「{ $page }」的一項變更正在等候您檢閱。
admin-draft-open = 開啟變更
admin-draft-elsewhere = 對「{ $page }」的一項變更正在等候檢閱。檢閱此頁面將會取代該變更。
admin-saved = 已儲存為變更 { $id }。
admin-discarded = 已捨棄該變更。未儲存任何內容。
admin-blade-properties = 屬性
admin-blade-methods = 驗證方法
admin-blade-registration = 註冊
admin-blade-notifications = 通知
admin-blade-customization = 自訂
admin-blade-on-premises = 內部部署整合
admin-blade-administrators = 系統管理員原則
admin-f-scope = 已針對下列對象啟用自助式密碼重設
admin-scope-none = 無
admin-scope-selected = 選取的群組
admin-scope-all = 所有使用者
admin-f-groups = 群組
admin-f-groups-hint = 勾選已啟用自助式密碼重設的群組，或輸入其他群組名稱，以逗號分隔。選擇「選取的群組」時使用。
admin-f-methods-required = 重設所需的方法數
admin-f-methods-required-hint = 1 或 2。
admin-f-methods = 可供使用者使用的方法
admin-f-questions-to-register = 註冊所需的安全性問題數
admin-f-questions-to-ask = 重設所需的安全性問題數
admin-f-custom-questions = 您組織自己的安全性問題
admin-f-custom-questions-hint = 每行一個問題，會與預先定義的問題一併提供。
admin-f-require-registration = 要求使用者在登入時註冊
admin-f-reconfirm-days = 要求使用者重新確認其驗證資訊之前的天數
admin-f-reconfirm-days-hint = 0 到 730；設為 0 時永不要求。
admin-f-notify-users = 在密碼重設時通知使用者
admin-f-notify-admins = 在其他系統管理員重設其密碼時通知所有系統管理員
admin-f-helpdesk = 技術支援人員連結
admin-f-helpdesk-hint = 電子郵件地址或以 https:// 開頭的網址。保留空白則不顯示。
admin-f-logo = 標誌
admin-f-logo-hint = 此入口網站上的檔案，例如 /brand/logo.svg。保留空白則只顯示名稱。
admin-f-accent = 強調色彩
admin-f-accent-hint = 以 #rrggbb 格式撰寫，顏色要夠深，才能顯示白色文字。
admin-f-sign-in-domain = 登入提示網域
admin-f-sign-in-domain-hint = 顯示在使用者識別碼範例中，例如 contoso.com。
admin-f-writeback = 將密碼回寫到您的內部部署目錄
admin-f-allow-unlock = 允許使用者在不重設密碼的情況下解除鎖定帳戶
admin-f-admin-sspr = 允許系統管理員重設自己的密碼
admin-f-admin-sspr-hint = 系統管理員一律需要兩種方法：電子郵件或電話，以及另一種方法。
admin-review-button = 檢閱變更
admin-errors-heading = 無法儲存此變更：
admin-live-ok = 可以儲存此變更。
admin-err-number = 請輸入整數。
admin-err-helpdesk = 請輸入電子郵件地址或以 https:// 開頭的網址。
admin-err-forbidden = 您的角色不允許變更密碼重設原則。
admin-err-no-draft = 沒有等候檢閱的變更。
admin-err-no-change = 歷程記錄中沒有該變更。
admin-err-refused = 此變更違反原則的一項規則。請編輯後重新檢閱。
admin-review-title = 檢閱變更
admin-review-page = 頁面：{ $page }
admin-changes = 變更內容：{ $keys }
admin-no-change = 此變更不會改變任何內容。
admin-impact-heading = 誰可以重設密碼
admin-impact-summary = 目前 { $users } 位使用者中有 { $before } 位可以重設密碼；此變更後將有 { $after } 位可以重設。
admin-stranded-none = 沒有人會失去重設密碼的能力。
admin-stranded = { $count ->
   *[other] { $count } 位使用者在變更前可以重設密碼，變更後將無法重設：
}
admin-stranded-hint = 請在儲存之前請他們在安全性資訊頁面上註冊更多方法，否則他們必須致電技術支援人員。
admin-gained = { $count ->
   *[other] { $count } 位使用者在變更前無法重設密碼，變更後將可以重設：
}
admin-export-csv = 下載清單 (CSV)
admin-save = 儲存
admin-discard = 捨棄
admin-edit-again = 再次編輯
admin-history-title = 變更歷程記錄
admin-history-empty = 尚未儲存任何變更。
admin-history-change = 變更
admin-history-when = 時間
admin-history-who = 系統管理員
admin-history-what = 已變更的設定
admin-revert = 還原
admin-revert-label = 還原變更 { $id }
admin-reverts = 還原變更 { $id }
admin-reverted = 已還原變更 { $id }。被其取代的設定已恢復。
admin-key-scope = 誰可以重設
admin-key-admin-sspr = 系統管理員重設
admin-key-methods-required = 所需方法
admin-key-methods = 可用方法
admin-key-questions-to-register = 註冊問題
admin-key-questions-to-ask = 重設問題
admin-key-custom-questions = 自己的安全性問題
admin-key-require-registration = 要求註冊
admin-key-reconfirm-days = 重新確認天數
admin-key-notify-users = 使用者通知
admin-key-notify-admins = 系統管理員通知
admin-key-helpdesk = 技術支援人員連結
admin-key-branding = 品牌
admin-key-writeback = 密碼回寫
admin-key-allow-unlock = 帳戶解除鎖定
admin-key-password = 密碼規則
admin-key-phone-countries = 電話國家/地區
admin-key-sms-sender = 簡訊 (SMS) 寄件者

# Issue 12：主控台的報告 (A2)。
admin-reports-title = 報告
admin-reports-link = 註冊、重設、失敗，以及無法重設密碼的使用者
admin-reports-period = 過去 { $days } 天，自 { $since } 起 (UTC)。
admin-reports-chart = 下表資料的圖表
admin-reports-by-day = 每日註冊、重設和解除鎖定
admin-col-day = 日期
admin-col-registrations = 註冊
admin-col-resets = 重設
admin-col-unlocks = 解除鎖定
admin-col-user = 使用者
admin-reports-funnel = 重設嘗試進行到哪一步
admin-reports-funnel-hint = 每次嘗試都從輸入使用者識別碼開始。數字下降之處，就是使用者放棄之處。
admin-col-step = 步驟
admin-col-attempts = 嘗試次數
admin-funnel-started = 已開始
admin-funnel-eligible = 允許重設
admin-funnel-verified-one = 已驗證一種方法
admin-funnel-verified-two = 已驗證第二種方法
admin-funnel-password-set = 已設定新密碼或已解除鎖定帳戶
admin-reports-failures = 依原因統計的失敗
admin-col-reason = 原因
admin-col-count = 數量
admin-reports-none = 此期間內沒有任何記錄。
admin-reports-methods = 用於重設或解除鎖定的方法
admin-col-method = 方法
admin-reports-cannot = 誰無法重設密碼
admin-reports-can = 目前 { $users } 位使用者中有 { $can } 位可以重設密碼。
admin-reports-short = { $count ->
   *[other] { $count } 位使用者因方法不足而無法重設密碼：
}
# Issue 12：主控台的使用者頁面 (D1, D3)。
admin-users-title = 使用者
admin-users-link = 查詢使用者：其方法、封鎖和連絡資訊
admin-users-lookup-label = 使用者識別碼
admin-users-lookup = 查詢
admin-err-no-user = 您的組織中沒有具有該識別碼的使用者。
admin-err-protected = 此使用者是您的角色無權管理的系統管理員。請洽詢全域管理員。
admin-err-contact = 請輸入與使用者本人地址不同的電子郵件地址，並以 +<國碼> <號碼> 格式輸入電話號碼。
admin-user-status = 帳戶
admin-user-enabled = 已啟用
admin-user-disabled = 已停用
admin-user-locked = 已在目錄中鎖定
admin-user-password = 密碼
admin-user-cloud = 由此入口網站保存
admin-user-onprem = 由內部部署目錄保存
admin-user-groups = 群組
admin-user-roles = 系統管理員角色
admin-user-none = 無
admin-user-methods = 使用者擁有的方法
admin-user-reset = 自助式密碼重設
admin-user-can-reset = 目前可以重設密碼。
admin-user-cannot-reset = 目前無法重設：
admin-reason-consumer = 這是個人帳戶，此入口網站不提供服務。
admin-reason-unavailable = 帳戶已停用。
admin-reason-not-enabled = 未針對其所屬群組啟用自助式密碼重設。
admin-reason-not-registered = 註冊的方法不足以符合原則要求。
admin-reason-admin-not-registered = 系統管理員需要兩種方法，但註冊的方法少於兩種。
admin-reason-writeback-off = 密碼保存在內部部署環境中，且密碼回寫已關閉。
admin-user-blocks = 封鎖
admin-user-no-blocks = 目前沒有封鎖。
admin-user-reset-blocked = 密碼重設已封鎖至 { $until }（錯誤的代碼或答案太多）
admin-user-sends-blocked = 代碼傳送已封鎖至 { $until }（傳送次數太多）
admin-user-signin-locked = 登入已鎖定至 { $until }（錯誤的密碼太多）
admin-user-clear = 清除封鎖
admin-user-cleared = 已清除封鎖。
admin-user-contact = 連絡資訊
admin-user-alternate-email = 備用電子郵件
admin-user-mobile = 行動電話
admin-user-office = 辦公室電話
admin-user-contact-hint = 電話號碼格式為 +<國碼> <號碼>。將欄位保留空白即可將其清除。
admin-user-contact-save = 儲存連絡資訊
admin-user-contact-saved = 已儲存連絡資訊。
admin-user-protected = 此使用者是您的角色無權管理的系統管理員：只有全域管理員才能變更其連絡資訊或封鎖。

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = 復原代碼
admin-recovery-intro = 適用於遺失所有方法的使用者：一組有效期為 8 小時的一次性代碼，可讓使用者登入一次以註冊新方法。請當面交付，或在您主動撥出的電話中告知；系統會透過使用者的電子郵件地址通知使用者。
admin-recovery-issue = 核發復原代碼
admin-recovery-issued = 已核發復原代碼。代碼只會顯示一次。
admin-recovery-code-is = 復原代碼：
admin-recovery-until = 復原代碼的有效期限至 { $until }。
admin-recovery-hand-over = 請先確認使用者的身分，再將代碼唸給使用者。代碼不會再次顯示。
admin-recovery-done = 完成，隱藏代碼
recovery-link = 從技術支援人員取得了復原代碼嗎？
recovery-title = 使用復原代碼登入
recovery-intro = 如果您遺失了所有方法，您的技術支援人員可以提供一次性復原代碼。請使用該代碼登入，然後在安全性資訊頁面上註冊新方法。
recovery-code-label = 復原代碼
recovery-code-hint = 16 個字母和數字，例如 ABCD-EFGH-JKMN-PQRS。
recovery-wrong = 您的使用者識別碼或復原代碼不正確，或者該代碼已使用過或已過期。
recovery-back = 改用密碼登入
msg-recovery-issued-subject = 已為您的帳戶核發復原代碼
msg-recovery-issued-body = 系統管理員已為 { $user } 核發一次性復原代碼。如果您未曾向技術支援人員要求，請立即連絡您的系統管理員。
msg-recovery-used-subject = 有人使用復原代碼登入
msg-recovery-used-body = { $user } 已使用復原代碼登入以註冊新的安全性資訊。如果這不是您本人的操作，請立即連絡您的系統管理員。
msg-contact-changed-subject = 您的連絡資訊已變更
msg-contact-changed-body = 系統管理員已變更 { $user } 的連絡資訊（用於重設密碼的電子郵件地址或電話號碼）。如果這不在您的預期之中，請立即連絡您的系統管理員。

# Issue 12：主控台的稽核記錄搜尋 (A1, W2)。
admin-audit-title = 稽核記錄
admin-audit-link = 搜尋並下載稽核記錄
admin-audit-user = 使用者識別碼
admin-audit-from = 開始日期 (YYYY-MM-DD, UTC)
admin-audit-to = 結束日期 (YYYY-MM-DD, UTC)
admin-audit-step = 步驟
admin-audit-outcome = 結果
admin-audit-ip = IP 位址
admin-audit-client = 用戶端類型
admin-audit-any = 任何
admin-audit-search = 搜尋
admin-audit-bad-date = 請以 YYYY-MM-DD 格式輸入日期，例如 2026-11-05。
admin-audit-count = { $count ->
   *[other] 有 { $count } 個項目符合條件。
}
admin-audit-capped = 只會列出並下載最新的項目；請縮小搜尋範圍以查看其餘項目。
admin-audit-pages = 結果頁面
admin-audit-newer = 較新的項目
admin-audit-older = 較舊的項目
admin-audit-export-json = 下載為 JSON 行格式

# Issue 12：主控台的運作狀態頁面。
admin-ops-title = 運作狀態
admin-ops-link = 運作狀態：資料庫、目錄與郵件佇列的目前狀態
admin-ops-database = 資料庫
admin-ops-directory = 內部部署目錄
admin-ops-no-directory = 未設定
admin-ops-ok = 正常運作
admin-ops-down = 沒有回應
admin-ops-on = 已開啟
admin-ops-off = 已關閉
admin-ops-directory-error = 目錄最近一次失敗（過去 30 天）
admin-ops-mail-waiting = 等待傳送的通知
admin-ops-mail-oldest = 最早一則待傳送通知的開始等待時間
admin-ops-mail-sent = 已傳送的通知
admin-ops-mail-failed = 多次重試後放棄傳送的通知
admin-ops-hashing = 此節點上等待雜湊處理的密碼
admin-ops-version = 版本
admin-ops-hint = 在開啟此頁面時由提供此頁面的節點檢查。通知數量涵蓋整個入口網站；其餘指標請參閱 /metrics。

# Issue 12：P1 的群組選擇器，以及 M2 傳送給變更後無法重設密碼之使用者的通知。
admin-f-groups-other = 其他群組
admin-f-groups-none = 此組織在入口網站中尚無群組：請輸入群組名稱。
admin-notify-stranded = 傳送電子郵件給此變更後無法重設密碼的使用者，請他們註冊更多方法
msg-register-needed-subject = 請註冊更多安全性資訊
msg-register-needed-body = 您的組織現在要求提供更多安全性資訊才能重設密碼。在您登入並於安全性資訊頁面上新增方法之前，{ $user } 必須致電技術支援人員才能重設密碼。

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = 目錄最近一次同步（sspr directory sync）
admin-ops-sync-counts = 已寫入的變更：{ $changes }；遭拒絕的值：{ $refused }；不屬於任何組織的使用者：{ $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = 翻譯應寫在其問題下方的一行中，格式為語言代碼、冒號和文字（例如 ja-JP: …），長度為 1 到 200 個字元。
admin-err-translation-first = 請先寫問題，然後在其下方的行中寫出翻譯。
admin-f-question-translations-hint = 若要以其他語言顯示問題，請在其下方新增一行，包含語言代碼、冒號和譯文，例如「ja-JP: 事務所の植物の名前は？」。若使用者的語言沒有譯文，會看到問題的原文。
admin-f-recovery-code-resets = 技術支援人員核發的復原代碼也可以重設使用者的密碼一次
admin-key-recovery-code-resets = 可重設密碼的復原代碼
recovery-reset-hint = 如果您的組織允許，也可以改用此代碼重設密碼一次。
recovery-reset-button = 重設我的密碼
recovery-no-reset = 您的組織只允許使用復原代碼登入。請在此註冊新方法，之後即可使用這些方法重設密碼。
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = 已開始重設
audit-step-choose = 已選擇重設或解除鎖定
audit-step-select = 已選擇方法
audit-step-send-code = 已傳送代碼
audit-step-verify = 已驗證方法
audit-step-unlock = 已解除鎖定帳戶
audit-step-reset = 密碼重設
audit-step-password = 已輸入新密碼
audit-step-directory = 目錄回寫
audit-step-notify = 通知
audit-step-admin-request = 向系統管理員提出的要求
audit-step-signin = 登入
audit-step-signin-verify = 登入第二步驟
audit-step-signout = 登出
audit-step-interrupt = 登入時的註冊提示
audit-step-reconfirm = 已重新確認安全性資訊
audit-step-register = 已註冊方法
audit-step-register-send-code = 已傳送註冊代碼
audit-step-register-pairing = 已配對驗證器應用程式
audit-step-register-verify = 已檢查註冊代碼
audit-step-delete-method = 已刪除方法
audit-step-change-password = 已變更密碼
audit-step-delivery = 傳遞回條
audit-step-policy-change = 已變更原則
audit-step-admin-clear-blocks = 系統管理員已清除封鎖
audit-step-admin-set-contact = 系統管理員已設定連絡資訊
audit-step-admin-recovery-code = 已核發復原代碼
audit-step-directory-sync = 目錄同步
audit-outcome-ok = 成功
audit-outcome-fail = 失敗
audit-outcome-blocked = 已封鎖
audit-outcome-error = 錯誤
audit-outcome-rejected = 已拒絕
audit-outcome-ineligible = 不符合資格
audit-outcome-dismissed = 已延後
audit-client-browser = 瀏覽器
audit-client-sign-in-screen = 登入畫面
audit-client-app = 應用程式

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }：{ $old } → { $new }
admin-value-on = 開啟
admin-value-off = 關閉
admin-value-empty = （空白）

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = 目錄最近一次回寫密碼（或解除鎖定帳戶）

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = 密碼已重設
done-title-unlock = 帳戶已解除鎖定
admin-f-sign-in-url = 您組織的登入頁面
admin-f-sign-in-url-hint = 重設最後一頁上的按鈕所連往的位置，例如 https://login.contoso.com。保留空白則使用此入口網站的預設頁面。
policy-err-sign-in-url = 請輸入以 https:// 開頭的網址作為登入頁面。

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = 使用者可以選擇的預先定義安全性問題
admin-key-predefined-questions = 預先定義的安全性問題
policy-err-too-few-questions = 提供的安全性問題（預先定義的和您自己的）數量不得少於使用者必須註冊的問題數。
