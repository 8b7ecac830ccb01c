# sspr, ja-JP.

## Shell and common
app-name = セルフサービス パスワード リセット
reset-title = アカウントに戻る
skip-to-content = メイン コンテンツにスキップ
lang-switch = English
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
userid-hint = 例: user@contoso.com
captcha-legend = ロボットでないことの確認
captcha-question = { $a } たす { $b } はいくつですか?
captcha-answer-label = 答え (数字)

## Contact your administrator
contact-title = 管理者に問い合わせてください
contact-reason-consumer = 個人用アカウントではこのポータルを使用できません。メール プロバイダーの回復方法をご利用ください。
contact-reason-unavailable = このアカウントはここではリセットできません。存在しないか、無効になっている可能性があります。
contact-reason-not-enabled = このアカウントではセルフサービス パスワード リセットが有効になっていません。
contact-reason-not-registered = このアカウントには、パスワードをリセットするのに十分なセキュリティ情報が登録されていません。
contact-reason-admin-not-registered = 管理者アカウントでパスワードをリセットするには、2 つの方法 (メール、携帯電話、会社電話、認証アプリ) の登録が必要です。
contact-reason-writeback-off = このアカウントのパスワードはオンプレミスで管理されているため、ここではリセットできません。
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
pw-rule-ok = 満たしています
pw-rule-not-ok = 満たしていません
finish = 完了

## Done
done-reset = パスワードがリセットされました。
done-unlock = アカウントのロックが解除されました。
done-sign-in = アカウントでサインインする

## Errors
err-no-flow = セッションの有効期限が切れました。最初からやり直してください。
err-captcha = 質問の答えが間違っているか、期限切れです。新しい質問に答えてください。
err-wrong-step = その手順は使用できなくなりました。ここから続けてください。
err-unknown-option = 一覧の方法から選んでください。
err-code-wrong = このコードは使用できません。確認してもう一度お試しください。
err-code-expired = このコードは有効期限が切れています。新しいコードを送信してください。
err-code-used = このコードは既に使用されています。ここから続けてください。
err-blocked = 試行回数が多すぎます。{ $until } (UTC) 以降にもう一度お試しください。
err-email-limit = 送信したコードが多すぎます。{ $until } (UTC) 以降にもう一度お試しいただくか、別の方法を使用してください。
err-answers-wrong = 1 つ以上の答えが間違っています。新しい質問に答えてください。
err-password = パスワードが次の条件を満たしていません。
err-delivery = 現在メッセージを送信できません。後でもう一度お試しいただくか、別の方法を使用してください。
err-admin-request-limit = 既に何度か依頼を送信しています。管理者からの連絡をお待ちください。
err-internal = 問題が発生しました。後でもう一度お試しください。
userid-err-empty = ユーザー ID を入力してください。
userid-err-shape = ユーザー ID は name@domain の形式で入力してください (例: user@contoso.com)。
userid-err-too-long = ユーザー ID が長すぎます。

## Messages
msg-code-subject = { $org } アカウントの確認コード
msg-code-email = 次のコードを使用してアカウントを確認してください: { $code }。有効期限は { $minutes } 分です。心当たりがない場合は、このメールを無視してください。
msg-code-sms = { $org } のパスワード リセットの確認コードは { $code } です。
msg-code-voice = 確認コードは { $code } です。繰り返します。確認コードは { $code } です。
msg-reset-subject = パスワードがリセットされました
msg-reset-body = { $user } のパスワードがセルフサービス パスワード リセットでリセットされました。心当たりがない場合は、すぐに管理者に連絡してください。
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
phone-err-country-code = 番号は + と国番号で始めてください。
phone-err-characters = 数字、スペース、ダッシュのみを使用してください。
phone-err-length = 番号が短すぎるか長すぎます。
policy-err-custom-question = カスタムの秘密の質問は 1〜200 文字で、すべて異なる必要があります。
