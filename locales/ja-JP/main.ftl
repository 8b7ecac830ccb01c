# sspr, ja-JP.

## Shell and common
app-name = セルフサービス パスワード リセット
reset-title = アカウントに戻る
skip-to-content = メイン コンテンツにスキップ
lang-switch-label = 言語
next = 次へ
back-to-start = 最初からやり直す
retry = 再試行
something-wrong = 問題が発生しました。後でもう一度お試しください。
not-found = このページは存在しません。
working = 処理しています…

## Entry (E2)
entry-intro = アカウントを回復するには、ユーザー ID と下の質問の答えを入力してください。
userid-label = ユーザー ID
userid-hint = 例: { $example }
captcha-legend = ロボットでないことの確認
captcha-nojs = [次へ] を選択した後、ブラウザーの確認に数秒 ({ $seconds } 秒以上) かかります。操作は不要です。
captcha-working = ブラウザーを確認しています…
captcha-done = 完了しました。続行できます。

## Contact your administrator
contact-title = 管理者に問い合わせてください
contact-reason-consumer = 個人用アカウントではこのポータルを使用できません。メール プロバイダーの回復方法をご利用ください。
contact-reason-unavailable = このアカウントはここではリセットできません。存在しないか、無効になっている可能性があります。
contact-reason-not-enabled = このアカウントではセルフサービス パスワード リセットが有効になっていません。
contact-reason-not-registered = このアカウントには、パスワードをリセットするのに十分なセキュリティ情報が登録されていません。
contact-reason-admin-not-registered = 管理者アカウントでパスワードをリセットするには、2 つの方法 (メール、携帯電話、会社電話、認証アプリ) の登録が必要です。
contact-reason-writeback-off = このアカウントのパスワードはオンプレミスで管理されているため、ここではリセットできません。
contact-also-intro = 次の場合にも、この画面が表示されます:
contact-also-consumer = アカウントが一般向けメール サービスの個人用アカウントである
contact-also-unavailable = ユーザー ID が間違っている、またはアカウントが存在しないか無効になっている
contact-also-not-enabled = アカウントでセルフサービス パスワード リセットが有効になっていない
contact-also-not-registered = アカウントに十分なセキュリティ情報が登録されていない (サインインできる場合は、セキュリティ情報のページに不足している情報が表示されます)
contact-also-admin-not-registered = 管理者アカウントに 2 つの方法が登録されていない
contact-also-writeback-off = パスワードが組織のディレクトリで管理されている
contact-helpdesk-link = ヘルプデスクに問い合わせる
contact-helpdesk-email = ヘルプデスクにメールする: { $email }
contact-no-helpdesk = 組織の管理者にお問い合わせください。
contact-request-button = 管理者にパスワードのリセットを依頼する
contact-request-sent = 管理者に依頼を送信しました。

## Trouble choice
choose-title = サインインできない理由を選んでください
choose-forgot = パスワードを忘れた
choose-forgot-hint = 登録したセキュリティ情報を使ってパスワードをリセットできます。
choose-unlock = パスワードはわかっているが、サインインできない
choose-unlock-hint = 間違ったパスワードで何度もサインインしようとした可能性があります。

## Verification
verify-title = 本人確認
verify-step = 確認ステップ { $current }/{ $required }
verify-pick = 確認に使用する連絡方法を選択してください:
verify-passed = 確認済み
option-email = 連絡用メール アドレス { $masked } にメールを送信する
option-sms = 携帯電話 { $masked } にテキスト メッセージを送信する
option-voice = 携帯電話 { $masked } に電話をかける
option-office = 会社電話 { $masked } に電話をかける
option-app = 認証アプリのコードを入力する
option-software_oath = ソフトウェア トークンのコードを入力する
option-hardware_oath = ハードウェア トークンのコードを入力する
option-questions = セキュリティの質問に答える
pending-email = 確認コードを記載したメールを { $masked } に送信しました。
pending-sms = 確認コードを記載したテキスト メッセージを { $masked } に送信しました。
pending-voice = { $masked } に電話をかけています。確認コードをお聞きください。
pending-totp = アプリまたはトークンに表示されているコードを入力してください。
code-label = 確認コード
questions-legend = セキュリティの質問に答えてください
verify-button = 確認

## New password
password-title = 新しいパスワードを選択してください
password-label = 新しいパスワード
confirm-label = 新しいパスワードの確認
password-rules = パスワードの条件:
pw-rule-length = { $min } 文字以上であること
pw-rule-max-length = { $max } 文字以下であること
pw-rule-classes = 小文字、大文字、数字、記号のうち 3 種類を含むこと
pw-rule-banned = よく使われるパスワードや禁止されたパスワードでないこと
pw-rule-name = 自分の名前を含まないこと
pw-rule-match = 確認用と一致すること
pw-rule-classes-ad = 小文字、大文字、数字、記号、大文字と小文字の区別がない文字 (かななど) のうち 3 種類を含むこと
pw-rule-name-ad = アカウント名や、名前のうち 3 文字以上の部分を含まないこと
pw-dir-heading = 次の条件は、送信時に組織のディレクトリが確認します:
pw-dir-history = 直近 { $n } 回分のパスワードと異なること
pw-dir-min-age = 前回のパスワード変更から { $n } 日以上経っていること
pw-dir-module = 組織独自の品質基準を満たすこと
pw-rule-ok = 満たしています
pw-rule-not-ok = 満たしていません
finish = 完了

## Done
done-reset = パスワードがリセットされました。
done-unlock = アカウントのロックが解除されました。
done-sign-in = アカウントでサインインする

## Errors
err-no-flow = セッションの有効期限が切れました。最初からやり直してください。
err-captcha = ロボットでないことの確認が期限切れか、すでに使用されています。もう一度お試しください。
err-wrong-step = その手順は使用できなくなりました。ここから続けてください。
err-unknown-option = 一覧の方法から選んでください。
err-code-wrong = このコードは使用できません。確認してもう一度お試しください。
err-code-expired = このコードは有効期限が切れています。新しいコードを送信してください。
err-code-used = このコードは既に使用されています。ここから続けてください。
err-blocked = 試行回数が多すぎます。{ $until } 以降にもう一度お試しください。
err-email-limit = 送信したコードが多すぎます。{ $until } 以降にもう一度お試しいただくか、別の方法を使用してください。
err-answers-wrong = 1 つ以上の答えが間違っています。新しい質問に答えてください。
err-password = パスワードが次の条件を満たしていません。
err-delivery = 現在メッセージを送信できません。後でもう一度お試しいただくか、別の方法を使用してください。
err-admin-request-limit = 既に何度か依頼を送信しています。管理者からの連絡をお待ちください。
err-internal = 問題が発生しました。後でもう一度お試しください。
userid-err-empty = ユーザー ID を入力してください。
userid-err-shape = ユーザー ID は name@domain の形式で入力してください (例: { $example })。
userid-err-too-long = ユーザー ID が長すぎます。

## Messages
msg-code-subject = { $org } アカウントの確認コード
msg-code-email = 次のコードを使用してアカウントを確認してください: { $code }。有効期限は { $minutes } 分です。心当たりがない場合は、このメールを無視してください。
msg-code-sms = { $org } のパスワード リセットの確認コードは { $code } です。
msg-code-voice = 確認コードは { $code } です。繰り返します。確認コードは { $code } です。
msg-reset-subject = パスワードがリセットされました
msg-reset-body = { $user } のパスワードがセルフサービス パスワード リセットでリセットされました。心当たりがない場合は、すぐに管理者に連絡してください。
msg-method-added-subject = アカウントにセキュリティ情報が追加されました
msg-method-added-body = { $user } のセキュリティ情報に { $method } が追加されました。心当たりがない場合は、サインインしてそれを削除し、パスワードを変更して管理者に連絡してください。
msg-method-removed-subject = アカウントからセキュリティ情報が削除されました
msg-method-removed-body = { $user } のセキュリティ情報から { $method } が削除されました。心当たりがない場合は、サインインしてセキュリティ情報を確認し、パスワードを変更して管理者に連絡してください。
msg-admin-reset-subject = 管理者がパスワードをリセットしました
msg-admin-reset-body = 管理者 { $user } がセルフサービス パスワード リセットで自分のパスワードをリセットしました。
msg-admin-request-subject = パスワード リセットの依頼
msg-admin-request-body = { $user } はセルフサービスでパスワードをリセットできないため、管理者に支援を求めています。

## Dev outbox
outbox-title = 送信トレイ (デモ)
outbox-intro = デモ モード: ポータルが送信したメッセージは配信されずにここに書き込まれます。新しい順。
outbox-empty = メッセージはまだありません。
outbox-to = 宛先
demo-outbox-link = デモ モード: 送信トレイでメッセージを確認する (新しいタブで開きます)
outbox-channel = チャネル

## Policy refusals
policy-err-scope-without-groups = 選択したグループの範囲には、少なくとも 1 つのグループを選んでください。
policy-err-methods-required = 必要な方法の数は 1 または 2 です。
policy-err-too-few-methods = 必要な数以上の方法を有効にしてください。
policy-err-office-phone-paid = 会社電話は有料テナントでのみ使用できます。
policy-err-questions-register = 登録するセキュリティの質問は 3 から 5 個です。
policy-err-questions-ask = 尋ねるセキュリティの質問は 3 から 5 個です。
policy-err-questions-ask-exceeds = 登録数より多くの質問を尋ねることはできません。
policy-err-reconfirm-days = 再確認の日数は 0 から 730 日です。
policy-err-app-needs-more = モバイル アプリを有効にする場合は、ほかの方法も十分に有効にしてください。
policy-err-app-notification-alone = 必要な方法が 1 つの場合、アプリの通知だけでは数えられません。
policy-err-password-length = パスワードの長さは 8 から 256 文字です。
policy-err-banned-terms = カスタムの禁止語句は 1000 個までです。
policy-err-sms-sender = SMS の送信者は、11 文字以内の英数字の名前か、+15017122661 のような電話番号にしてください。
phone-err-country-code = 番号は + と国番号で始めてください。
phone-err-characters = 数字、スペース、ダッシュのみを使用してください。
phone-err-length = 番号が短すぎるか長すぎます。
policy-err-custom-question = カスタムの秘密の質問は 1〜200 文字で、すべて異なる必要があります。
policy-err-brand-accent = ブランドの色は #rrggbb の形式で、白い文字が読める濃さ (コントラスト比 4.5:1 以上) にしてください。
policy-err-brand-logo = ロゴはこのポータル上のファイル (/brand/logo.svg など) または埋め込み画像にしてください。
policy-err-sign-in-domain = サインイン ドメインは contoso.com のようなドメイン名にしてください。

## Sign-in and my account (G1, N4)
entry-signin-link = サインインしてセキュリティ情報を管理する
signin-title = サインイン
signin-intro = サインインすると、セキュリティ情報の確認・更新やパスワードの変更ができます。
signin-password-label = パスワード
signin-button = サインイン
signin-cant-access = アカウントにアクセスできない場合
signin-signed-out = サインアウトしました。
signout-button = サインアウト
account-title = マイ アカウント
account-signed-in-as = { $name } ({ $upn }) としてサインインしています
account-reset-attempts = 誰かがあなたのパスワードをリセットしようとして、本人確認に { $count } 回失敗しました (最新: { $when })。心当たりがない場合でもパスワードは変更されていません。セキュリティ情報がご自身のものであることを確認し、管理者に連絡してください。
account-cannot-reset = まだご自身でパスワードをリセットすることはできません。
account-security-info = セキュリティ情報
account-change-password = パスワードの変更
err-no-session = サインインしていないか、セッションが終了しました。もう一度サインインしてください。
err-credentials = ユーザー ID またはパスワードが正しくありません。
err-locked-out = 不正使用を防ぐため、アカウントは一時的にロックされています。{ $until } 以降にもう一度お試しください。
err-account-locked = アカウントがロックされています。「アカウントにアクセスできない場合」からロックを解除してください。
err-not-allowed = この方法はお使いのアカウントでは使用できません。
err-current-password = 現在のパスワードが正しくありません。
err-on-premises = パスワードは組織のディレクトリで管理されています。そちらで変更してください。
err-too-many = お使いのネットワークからの試行が多すぎます。{ $until } 以降にもう一度お試しください。
err-resend-wait = この方法でコードを送信したばかりです。{ $until } まで待ってから再度要求するか、別の方法を使用してください。
err-messages-paused = 現在、これ以上コードを送信できません。{ $until } 以降にもう一度お試しいただくか、認証アプリやセキュリティの質問など、メッセージを使わない方法を使用してください。
err-phone-country = 組織はこの国の電話番号にはコードを送信していません。別の番号または方法を使用してください。
err-busy = 現在サービスが混み合っています。しばらく待ってからもう一度お試しください。
cancel = キャンセル
save = 保存

## Security info (G2..G7, C1)
setup-title = セキュリティ情報
setup-intro = パスワードをリセットするときに本人確認に使う方法です。
setup-progress-ok = パスワードをリセットできます。必要な { $required } 個の方法のうち { $have } 個が設定されています。
setup-progress-short = 必要な { $required } 個の方法のうち { $have } 個が設定されています。パスワードをリセットできるように、方法を追加してください。
setup-methods-heading = 登録済みの方法
setup-none = まだ方法が設定されていません。
setup-add-heading = 方法の追加
setup-change = 変更
setup-change-label = 変更: { $what }
setup-delete = 削除
setup-delete-label = 削除: { $what }
setup-from-directory = (組織のディレクトリの情報)
setup-done-added = 方法を追加しました。
setup-done-deleted = 方法を削除しました。
setup-back = セキュリティ情報に戻る
setup-not-available = この方法はお使いのアカウントでは使用できません。
method-app = 認証アプリ
method-software = ソフトウェア OATH トークン
method-hardware = ハードウェア トークン
method-phone = 電話
method-office = 会社の電話
method-email = メール
method-questions = 秘密の質問
method-questions-detail = { $count } 個の質問
add-app = 認証アプリを追加する
add-software = ソフトウェア OATH トークンを追加する
add-hardware = ハードウェア トークンを有効にする
add-phone = 電話を追加または変更する
add-office = 会社の電話を追加または変更する
add-email = メールを追加または変更する
add-questions = 秘密の質問を設定する
setup-email-label = メール アドレス
setup-email-hint = 職場のアカウント以外のアドレスを使用してください。確認コードを送信します。
setup-phone-label = 電話番号
setup-office-label = 会社の電話番号
setup-phone-hint = + と国番号を含めて入力してください (例: +81 90 1234 5678)。
setup-phone-channel = コードの受け取り方法
setup-phone-sms = テキスト メッセージでコードを受け取る
setup-phone-voice = 電話を受ける
setup-app-intro = 携帯電話に認証アプリをインストールし、[次へ] を選択して QR コードを表示してください。
setup-software-intro = [次へ] を選択して、ソフトウェア トークン用のシークレットを取得してください。
setup-app-step-scan = アプリで QR コードをスキャンするか、下のシークレットを入力してください。
setup-app-step-code = アプリに表示された 6 桁のコードを入力してください。
setup-app-qr-alt = 認証アプリ用の QR コード
setup-app-secret = シークレット:
setup-hardware-intro = トークンに印刷されたシリアル番号を選び、表示されたコードを入力してください。
setup-hardware-serial = シリアル番号
setup-questions-intro = 異なる質問を { $count } 個選び、それぞれに回答してください (3〜40 文字、同じ回答は使用できません)。
setup-question-label = 質問 { $n }
setup-answer-label = 回答 { $n }
setup-err-email-shape = メール アドレスを入力してください (例: someone@example.com)。
setup-err-email-same = 職場のアカウント以外のアドレスを使用してください。
setup-err-phone = 電話番号が正しくないようです。
setup-err-questions = 秘密の質問は保存されませんでした。
setup-err-questions-count = すべての質問に回答してください。
setup-err-questions-unknown = 一覧から質問を選んでください。
setup-err-questions-duplicate = それぞれ異なる質問を選んでください。
setup-err-answer-length = 回答は 3〜40 文字で入力してください。
setup-err-answer-duplicate = 質問ごとに異なる回答を入力してください。
setup-err-too-many-apps = 認証アプリの登録数が上限に達しています。先に 1 つ削除してください。
setup-err-token-unknown = そのトークンはあなたに割り当てられていないか、既に有効です。
protect-title = アカウントの保護にご協力ください
protect-intro = アカウントを安全に保ち、ご自身でパスワードをリセットできるようにするため、組織では追加の情報が必要です。
protect-skip = 後で設定する
confirm-title = セキュリティ情報は最新ですか?
confirm-intro = パスワードのリセットに使う方法を確認してください。変わっていなければ確認し、変わっていれば編集してください。
confirm-looks-good = 問題ありません
confirm-edit = セキュリティ情報を編集する
confirm-done = ありがとうございます。セキュリティ情報が確認されました。
change-title = パスワードの変更
change-current-label = 現在のパスワード
change-button = パスワードを変更する
change-done = パスワードが変更されました。

## Security questions (G6, predefined list)
sq-first-pet = 最初に飼ったペットの名前は?
sq-birth-city = 生まれた市区町村は?
sq-first-school = 最初に通った学校の名前は?
sq-childhood-friend = 子どもの頃の親友の名前は?
sq-first-job-city = 最初の仕事をした市区町村は?
sq-grandparent-name = 最年長の祖父母の名前は?
sq-first-concert = 初めて行ったコンサートは?
sq-childhood-street = 子どもの頃に住んでいた通りの名前は?
sq-favourite-teacher = 好きだった先生の名字は?
sq-first-car = 最初の車のメーカーと車種は?

## Notifications on a paired device (V4)
option-push = デバイスの通知を承認する
pending-push = デバイスに通知を送信しました。通知を開いて、次の番号を入力してください:
pending-push-then = その後、ここで [続行] を選択してください。
push-continue = 続行
err-push-pending = 通知にまだ応答していません。デバイスで応答してから [続行] を選択してください。
err-push-denied = 通知が拒否されたか、番号が一致しませんでした。方法を選んでもう一度お試しください。
method-notification = デバイスへの通知
add-notification = 通知用のデバイスを追加する
setup-device-intro = 携帯電話を要求を承認するデバイスとして使用します。[次へ] を選択してペアリング コードを取得してください。
setup-device-step-open = 携帯電話でデバイス ページを開きます:
setup-device-link = デバイス ページを開く
setup-device-step-code = そこで次のペアリング コードを入力します:
setup-device-then = デバイス ページにペアリング済みと表示されたら、ここに戻ってください。
setup-device-done = 完了
device-title = お使いのデバイス
device-intro = このページでは、アカウントのサインインとパスワード リセットの要求を承認します。ホーム画面に追加しておくと便利です。
device-paired = このデバイスはペアリング済みです。承認を求められたら要求を確認してください。
device-pair-failed = そのペアリング コードは使用できませんでした。セキュリティ情報から新しいコードを取得してください。
device-approved = 承認しました。元の画面に戻ってください。
device-denied = 拒否しました。何も承認されていません。
device-no-request = 待機中の要求はありません。
device-request = %org% が本人確認を求めています (%upn%)。
device-request-title = この要求を承認しますか?
device-pair-code = ペアリング コード
device-name = このデバイスの名前
device-name-default = 私の携帯電話
device-pair-button = このデバイスをペアリングする
device-check = 要求を確認する
device-number = もう一方の画面に表示された番号
device-approve = 承認
device-deny = 拒否
device-needs-js = このページでは、キーの保持と承認への署名に JavaScript が必要です。

## Sign-in, second step (G1)
check-title = 本人確認
check-intro = お使いのアカウントにはセキュリティ情報が登録されているため、表示や変更の前にもう一度確認が必要です。

## The on-premises directory (P10, P11)
err-directory-policy = 組織のディレクトリがこのパスワードを受け付けませんでした。以前に使ったパスワードか、ディレクトリ独自の条件を満たしていない可能性があります。別のパスワードをお試しください。
err-directory = 組織のディレクトリに接続できませんでした。何も変更されていません。しばらくしてからもう一度お試しください。

## Issue 10: a form post with a field missing
err-form-incomplete = フォームの内容が不完全な状態で届きました。すべての項目を入力してもう一度お試しください。

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = 進行状況
progress-step = ステップ { $current }/{ $total }
step-userid = ユーザー ID
step-verify = 本人確認
step-password = 新しいパスワード
step-done = 完了
resend-code = コードを再送信
resend-in = { $seconds } 秒後に新しいコードを要求できます。
helpdesk-contact = お困りの場合はヘルプデスクにお問い合わせください: { $contact }
brand-logo-alt = { $org }
setup-add-method = 方法の追加
setup-delete-title = この方法を削除しますか?
setup-delete-confirm = { $what } がセキュリティ情報から削除されます。
setup-delete-last-warning = この方法はパスワードのリセットに必要です。削除すると、別の方法を追加するまでご自身でパスワードをリセットできなくなります。
setup-delete-confirm-button = 削除する
setup-app-open-link = このスマートフォンの認証アプリで開く
setup-app-secret-grouped = シークレット (4 文字ごとに区切り):
time-format = { $year }/{ $month }/{ $day } { $hour }:{ $minute } ({ $zone })
time-am = 午前
time-pm = 午後

# Issue 12: 管理コンソール。各ページの見出しは Entra のパスワード リセットのページに合わせています。
account-admin-console = 管理コンソール
admin-title = 管理コンソール
admin-sign-in = コンソールを開くには、管理者アカウントでサインインしてください。
admin-not-admin = このコンソールは管理者専用です。お使いのアカウントには管理者ロールがありません。
admin-second-step = コンソールを使用するには、2 段階目のサインインが必要です。セキュリティ情報に電話または認証アプリを追加してから、サインアウトしてもう一度サインインしてください。
admin-go-setup = セキュリティ情報に移動する
admin-go-account = マイ アカウントに戻る
admin-back = コンソールに戻る
admin-tenant = 組織: { $name }
admin-signed-in-as = { $name } としてサインインしています (ロール: { $roles })
admin-policy-heading = パスワード リセット ポリシー
admin-readonly = お使いのロールでは、ユーザーを支援することはできますが、パスワード リセット ポリシーを変更することはできません。ポリシーを変更できるのは、グローバル管理者または認証ポリシー管理者です。
admin-draft-pending = { $page } への変更があなたの確認を待っています。
admin-draft-open = 変更を開く
admin-draft-elsewhere = { $page } への変更が確認待ちです。このページで変更を確認すると、その変更は置き換えられます。
admin-saved = 変更 { $id } として保存しました。
admin-discarded = 変更を破棄しました。何も保存されていません。
admin-blade-properties = プロパティ
admin-blade-methods = 認証方法
admin-blade-registration = 登録
admin-blade-notifications = 通知
admin-blade-customization = カスタマイズ
admin-blade-on-premises = オンプレミス統合
admin-blade-administrators = 管理者ポリシー
admin-f-scope = セルフサービス パスワード リセットを有効にする対象
admin-scope-none = なし
admin-scope-selected = 選択したグループ
admin-scope-all = すべてのユーザー
admin-f-groups = グループ
admin-f-groups-hint = セルフサービス パスワード リセットを有効にするグループをチェックするか、ほかのグループ名をコンマで区切って入力します。[選択したグループ] を選んだ場合に使用されます。
admin-f-methods-required = リセットに必要な方法の数
admin-f-methods-required-hint = 1 または 2。
admin-f-methods = ユーザーが使用できる方法
admin-f-questions-to-register = 登録に必要なセキュリティの質問の数
admin-f-questions-to-ask = リセットに必要なセキュリティの質問の数
admin-f-custom-questions = 組織独自のセキュリティの質問
admin-f-custom-questions-hint = 1 行に 1 つの質問を入力します。定義済みの質問と一緒に表示されます。
admin-f-require-registration = サインイン時にユーザーに登録を求める
admin-f-reconfirm-days = ユーザーに認証情報の再確認を求めるまでの日数
admin-f-reconfirm-days-hint = 0 から 730。0 の場合は再確認を求めません。
admin-f-notify-users = パスワードのリセット時にユーザーに通知する
admin-f-notify-admins = 他の管理者が自分のパスワードをリセットしたときに、すべての管理者に通知する
admin-f-helpdesk = ヘルプデスクのリンク
admin-f-helpdesk-hint = メール アドレス、または https:// で始まる Web アドレス。空欄にするとリンクは表示されません。
admin-f-logo = ロゴ
admin-f-logo-hint = このポータル上のファイル (/brand/logo.svg など)。空欄にすると名前だけが表示されます。
admin-f-accent = アクセント カラー
admin-f-accent-hint = #rrggbb の形式で、白い文字が読める濃さの色を指定します。
admin-f-sign-in-domain = サインインのヒントに使うドメイン
admin-f-sign-in-domain-hint = ユーザー ID の例に表示されます (contoso.com など)。
admin-f-writeback = パスワードをオンプレミス ディレクトリに書き戻す
admin-f-allow-unlock = パスワードをリセットせずにアカウントのロックを解除することをユーザーに許可する
admin-f-admin-sspr = 管理者が自分のパスワードをリセットすることを許可する
admin-f-admin-sspr-hint = 管理者には常に 2 つの方法が必要です。メールまたは電話と、もう 1 つの方法です。
admin-review-button = 変更を確認する
admin-errors-heading = この変更は保存できません:
admin-live-ok = この変更は保存できます。
admin-err-number = 整数を入力してください。
admin-err-helpdesk = メール アドレス、または https:// で始まる Web アドレスを入力してください。
admin-err-forbidden = お使いのロールでは、パスワード リセット ポリシーを変更できません。
admin-err-no-draft = 確認待ちの変更はありません。
admin-err-no-change = その変更は履歴にありません。
admin-err-refused = この変更はポリシーの規則に違反しています。編集してから、もう一度確認してください。
admin-review-title = 変更の確認
admin-review-page = ページ: { $page }
admin-changes = 変更される項目: { $keys }
admin-no-change = この変更では何も変わりません。
admin-impact-heading = パスワードをリセットできるユーザー
admin-impact-summary = 現在、{ $users } 人中 { $before } 人のユーザーがパスワードをリセットできます。この変更後は { $after } 人がリセットできるようになります。
admin-stranded-none = パスワードをリセットできなくなるユーザーはいません。
admin-stranded = { $count ->
   *[other] 変更前はリセットでき、変更後はリセットできなくなるユーザー ({ $count } 人):
}
admin-stranded-hint = 保存する前に、セキュリティ情報のページで方法を追加登録するよう依頼してください。そうしないと、これらのユーザーはヘルプデスクに電話する必要があります。
admin-gained = { $count ->
   *[other] 変更前はリセットできず、変更後はリセットできるようになるユーザー ({ $count } 人):
}
admin-export-csv = 一覧をダウンロード (CSV)
admin-save = 保存
admin-discard = 破棄
admin-edit-again = もう一度編集
admin-history-title = 変更履歴
admin-history-empty = 保存された変更はまだありません。
admin-history-change = 変更
admin-history-when = 日時
admin-history-who = 管理者
admin-history-what = 変更された設定
admin-revert = 元に戻す
admin-revert-label = 変更 { $id } を元に戻す
admin-reverts = 変更 { $id } の取り消し
admin-reverted = 変更 { $id } を元に戻しました。その変更で置き換えられていた設定が復元されました。
admin-key-scope = リセットできるユーザー
admin-key-admin-sspr = 管理者によるリセット
admin-key-methods-required = 必要な方法の数
admin-key-methods = 使用できる方法
admin-key-questions-to-register = 登録時の質問数
admin-key-questions-to-ask = リセット時の質問数
admin-key-custom-questions = 独自のセキュリティの質問
admin-key-require-registration = 登録の必須化
admin-key-reconfirm-days = 再確認までの日数
admin-key-notify-users = ユーザーへの通知
admin-key-notify-admins = 管理者への通知
admin-key-helpdesk = ヘルプデスクのリンク
admin-key-branding = ブランド設定
admin-key-writeback = パスワード ライトバック
admin-key-allow-unlock = アカウントのロック解除
admin-key-password = パスワードの規則
admin-key-phone-countries = 電話番号の国
admin-key-sms-sender = SMS の送信者

# Issue 12: コンソールのレポート (A2)。
admin-reports-title = レポート
admin-reports-link = 登録、リセット、失敗、リセットできないユーザー
admin-reports-period = 過去 { $days } 日間 ({ $since } 以降、UTC)。
admin-reports-chart = 下の表のグラフ
admin-reports-by-day = 日別の登録、リセット、ロック解除
admin-col-day = 日付
admin-col-registrations = 登録
admin-col-resets = リセット
admin-col-unlocks = ロック解除
admin-col-user = ユーザー
admin-reports-funnel = リセットの試行がどこまで進んだか
admin-reports-funnel-hint = 各試行はユーザー ID の入力から始まります。数が減っている段階で、ユーザーがあきらめています。
admin-col-step = ステップ
admin-col-attempts = 試行回数
admin-funnel-started = 開始
admin-funnel-eligible = リセットを許可
admin-funnel-verified-one = 1 つ目の方法を確認
admin-funnel-verified-two = 2 つ目の方法を確認
admin-funnel-password-set = 新しいパスワードを設定、またはアカウントのロックを解除
admin-reports-failures = 理由別の失敗
admin-col-reason = 理由
admin-col-count = 件数
admin-reports-none = この期間には何もありません。
admin-reports-methods = リセットまたはロック解除に使用された方法
admin-col-method = 方法
admin-reports-cannot = リセットできないユーザー
admin-reports-can = 現在、{ $users } 人中 { $can } 人のユーザーがパスワードをリセットできます。
admin-reports-short = { $count ->
   *[other] 方法が足りないためリセットできないユーザー ({ $count } 人):
}
# Issue 12: コンソールのユーザー ページ (D1, D3)。
admin-users-title = ユーザー
admin-users-link = ユーザーを検索: 方法、ブロック、連絡先情報
admin-users-lookup-label = ユーザー ID
admin-users-lookup = 検索
admin-err-no-user = その ID のユーザーは組織内にいません。
admin-err-protected = このユーザーは、お使いのロールの範囲外の管理者です。グローバル管理者に依頼してください。
admin-err-contact = ユーザー本人のメール アドレスとは異なるメール アドレスを入力し、電話番号は +<国番号> <番号> の形式で入力してください。
admin-user-status = アカウント
admin-user-enabled = 有効
admin-user-disabled = 無効
admin-user-locked = ディレクトリでロックされています
admin-user-password = パスワード
admin-user-cloud = このポータルで管理
admin-user-onprem = オンプレミス ディレクトリで管理
admin-user-groups = グループ
admin-user-roles = 管理者ロール
admin-user-none = なし
admin-user-methods = 登録済みの方法
admin-user-reset = セルフサービス パスワード リセット
admin-user-can-reset = 現在パスワードをリセットできます。
admin-user-cannot-reset = 現在パスワードをリセットできません:
admin-reason-consumer = 個人用アカウントであり、このポータルの対象外です。
admin-reason-unavailable = アカウントが無効になっています。
admin-reason-not-enabled = このユーザーのグループでは、セルフサービス パスワード リセットが有効になっていません。
admin-reason-not-registered = ポリシーに必要な数の方法が登録されていません。
admin-reason-admin-not-registered = 管理者には 2 つの方法が必要ですが、登録数が足りません。
admin-reason-writeback-off = パスワードはオンプレミスで管理されており、ライトバックがオフになっています。
admin-user-blocks = ブロック
admin-user-no-blocks = 現在ブロックはありません。
admin-user-reset-blocked = { $until } までパスワード リセットがブロックされています (間違ったコードまたは回答が多すぎるため)
admin-user-sends-blocked = { $until } までコードの送信がブロックされています (送信数が多すぎるため)
admin-user-signin-locked = { $until } までサインインがロックされています (間違ったパスワードが多すぎるため)
admin-user-clear = ブロックを解除
admin-user-cleared = ブロックを解除しました。
admin-user-contact = 連絡先情報
admin-user-alternate-email = 連絡用メール アドレス
admin-user-mobile = 携帯電話
admin-user-office = 会社の電話
admin-user-contact-hint = 電話番号は +<国番号> <番号> の形式で入力します。フィールドを空欄にすると、その値は消去されます。
admin-user-contact-save = 連絡先情報を保存
admin-user-contact-saved = 連絡先情報を保存しました。
admin-user-protected = このユーザーは、お使いのロールの範囲外の管理者です。連絡先情報やブロックを変更できるのはグローバル管理者だけです。

# Issue 12: ヘルプデスクが発行する回復コードと、管理者による変更の通知。
admin-recovery-heading = 回復コード
admin-recovery-intro = すべての方法を失ったユーザー向けの、8 時間有効な 1 回限りのコードです。これを使うと、1 回だけサインインして新しい方法を登録できます。直接会って渡すか、こちらから発信した電話で伝えてください。ユーザーには、登録済みのメール アドレス宛てに通知が送られます。
admin-recovery-issue = 回復コードを発行
admin-recovery-issued = 回復コードを発行しました。表示されるのは 1 回だけです。
admin-recovery-code-is = 回復コード:
admin-recovery-until = 回復コードの有効期限は { $until } です。
admin-recovery-hand-over = 本人であることを確認してから、ユーザーにコードを読み上げてください。コードは再表示されません。
admin-recovery-done = 完了 (コードを非表示にする)
recovery-link = ヘルプデスクから回復コードを受け取った場合
recovery-title = 回復コードでサインイン
recovery-intro = すべての方法を失った場合は、ヘルプデスクから 1 回限りの回復コードを受け取ることができます。そのコードでサインインしてから、セキュリティ情報のページで新しい方法を登録してください。
recovery-code-label = 回復コード
recovery-code-hint = 英数字 16 文字 (例: ABCD-EFGH-JKMN-PQRS)。
recovery-wrong = ユーザー ID または回復コードが正しくないか、コードが既に使用されたか有効期限が切れています。
recovery-back = 代わりにパスワードでサインインする
msg-recovery-issued-subject = アカウントの回復コードが発行されました
msg-recovery-issued-body = 管理者が { $user } の 1 回限りの回復コードを発行しました。ヘルプデスクに依頼していない場合は、すぐに管理者に連絡してください。
msg-recovery-used-subject = 回復コードでサインインが行われました
msg-recovery-used-body = 新しいセキュリティ情報を登録するため、回復コードを使用して { $user } としてサインインが行われました。心当たりがない場合は、すぐに管理者に連絡してください。
msg-contact-changed-subject = 連絡先情報が変更されました
msg-contact-changed-body = 管理者が { $user } の連絡先情報 (パスワードのリセットに使うメール アドレスまたは電話番号) を変更しました。この変更に心当たりがない場合は、すぐに管理者に連絡してください。

# Issue 12: コンソールの監査ログ検索 (A1, W2)。
admin-audit-title = 監査ログ
admin-audit-link = 監査ログを検索してダウンロード
admin-audit-user = ユーザー ID
admin-audit-from = 開始日 (YYYY-MM-DD、UTC)
admin-audit-to = 終了日 (YYYY-MM-DD、UTC)
admin-audit-step = ステップ
admin-audit-outcome = 結果
admin-audit-ip = IP アドレス
admin-audit-client = クライアントの種類
admin-audit-any = すべて
admin-audit-search = 検索
admin-audit-bad-date = 日付は YYYY-MM-DD の形式で入力してください (例: 2026-11-05)。
admin-audit-count = { $count ->
   *[other] 一致するエントリは { $count } 件です。
}
admin-audit-capped = 一覧表示およびダウンロードされるのは最新のエントリのみです。残りを表示するには、検索条件を絞り込んでください。
admin-audit-pages = 結果のページ
admin-audit-newer = 新しいエントリ
admin-audit-older = 古いエントリ
admin-audit-export-json = JSON 形式でダウンロード (1 行に 1 エントリ)

# Issue 12: コンソールの運用ページ。
admin-ops-title = 運用
admin-ops-link = 運用: データベース、ディレクトリ、メール キューの現在の状態
admin-ops-database = データベース
admin-ops-directory = オンプレミス ディレクトリ
admin-ops-no-directory = 未構成
admin-ops-ok = 正常に動作中
admin-ops-down = 応答なし
admin-ops-on = オン
admin-ops-off = オフ
admin-ops-directory-error = 最後のディレクトリ障害 (過去 30 日間)
admin-ops-mail-waiting = 送信待ちの通知
admin-ops-mail-oldest = 最も古い送信待ち通知の待機開始
admin-ops-mail-sent = 送信済みの通知
admin-ops-mail-failed = 再試行後に送信を断念した通知
admin-ops-hashing = このノードで待機中のパスワード ハッシュ
admin-ops-version = バージョン
admin-ops-hint = このページを開いた時点で、ページを提供したノードが確認しました。メールの件数はポータル全体の値です。その他の情報は /metrics で確認できます。

# Issue 12: P1 のグループ選択と、変更によってリセットできなくなるユーザーへの M2 の通知。
admin-f-groups-other = その他のグループ
admin-f-groups-none = この組織のグループはまだポータルにありません。グループ名を入力してください。
admin-notify-stranded = この変更後にリセットできなくなるユーザーに、方法を追加登録するよう依頼するメールを送信する
msg-register-needed-subject = セキュリティ情報を追加登録してください
msg-register-needed-body = 組織では、パスワードのリセット前に、より多くのセキュリティ情報が必要になりました。サインインしてセキュリティ情報のページで方法を追加するまで、{ $user } はヘルプデスクに電話しないとパスワードをリセットできません。

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = 最後のディレクトリ同期 (sspr directory sync)
admin-ops-sync-counts = 書き込まれた変更: { $changes }、拒否された値: { $refused }、組織に属さないユーザー: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = 翻訳は、質問の下の行に、言語タグ、コロン、テキストの形式 (例: ja-JP: …) で、1〜200 文字で入力してください。
admin-err-translation-first = 最初に質問を入力し、その下の行に翻訳を入力してください。
admin-f-question-translations-hint = 質問を別の言語で表示するには、その下に言語タグ、コロン、翻訳を記載した行を追加します (例: 「ja-JP: 事務所の植物の名前は？」)。翻訳がない言語のユーザーには、入力したとおりの質問が表示されます。
admin-f-recovery-code-resets = ヘルプデスクの回復コードで、ユーザーのパスワードを 1 回リセットすることも許可する
admin-key-recovery-code-resets = パスワードをリセットできる回復コード
recovery-reset-hint = 組織で許可されている場合は、代わりにこのコードでパスワードを 1 回リセットできます。
recovery-reset-button = パスワードをリセットする
recovery-no-reset = 組織では、回復コードはサインインにのみ使用できます。ここで新しい方法を登録すると、その方法でパスワードをリセットできるようになります。
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = リセットの開始
audit-step-choose = リセットまたはロック解除の選択
audit-step-select = 方法の選択
audit-step-send-code = コードの送信
audit-step-verify = 方法の確認
audit-step-unlock = アカウントのロック解除
audit-step-reset = パスワードのリセット
audit-step-password = 新しいパスワードの入力
audit-step-directory = ディレクトリへの書き戻し
audit-step-notify = 通知
audit-step-admin-request = 管理者への依頼
audit-step-signin = サインイン
audit-step-signin-verify = サインインの 2 段階目
audit-step-signout = サインアウト
audit-step-interrupt = サインイン時の登録の要求
audit-step-reconfirm = セキュリティ情報の再確認
audit-step-register = 方法の登録
audit-step-register-send-code = 登録コードの送信
audit-step-register-pairing = 認証アプリのペアリング
audit-step-register-verify = 登録コードの確認
audit-step-delete-method = 方法の削除
audit-step-change-password = パスワードの変更
audit-step-delivery = 配信確認
audit-step-policy-change = ポリシーの変更
audit-step-admin-clear-blocks = 管理者によるブロックの解除
audit-step-admin-set-contact = 管理者による連絡先情報の設定
audit-step-admin-recovery-code = 回復コードの発行
audit-step-directory-sync = ディレクトリ同期
audit-outcome-ok = 成功
audit-outcome-fail = 失敗
audit-outcome-blocked = ブロック済み
audit-outcome-error = エラー
audit-outcome-rejected = 拒否
audit-outcome-ineligible = 対象外
audit-outcome-dismissed = 後回し
audit-client-browser = ブラウザー
audit-client-sign-in-screen = サインイン画面
audit-client-app = アプリ

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = オン
admin-value-off = オフ
admin-value-empty = (空)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = ディレクトリへの最後のパスワード ライトバック (またはアカウントのロック解除)

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = パスワードのリセット完了
done-title-unlock = アカウントのロック解除完了
admin-f-sign-in-url = 組織のサインイン ページ
admin-f-sign-in-url-hint = リセットの最後のページにあるボタンのリンク先 (https://login.contoso.com など)。空欄にすると、このポータルの既定値が使われます。
policy-err-sign-in-url = サインイン ページは https:// で始まる Web アドレスで入力してください。

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = ユーザーが選択できる定義済みのセキュリティの質問
admin-key-predefined-questions = 定義済みのセキュリティの質問
policy-err-too-few-questions = ユーザーが登録する必要がある数以上のセキュリティの質問 (定義済みの質問と独自の質問) を用意してください。
