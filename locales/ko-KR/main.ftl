# sspr, ko-KR. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = 셀프 서비스 암호 재설정
reset-title = 계정에 다시 액세스
skip-to-content = 주 콘텐츠로 건너뛰기
lang-switch-label = 언어
next = 다음
back-to-start = 처음부터 다시 시작
retry = 다시 시도
something-wrong = 문제가 발생했습니다. 나중에 다시 시도하세요.
not-found = 이 페이지는 존재하지 않습니다.
working = 처리 중…

## Entry (E2)
entry-intro = 계정을 복구하려면 먼저 사용자 ID와 아래 질문에 대한 답을 입력하세요.
userid-label = 사용자 ID
userid-hint = 예: { $example }
captcha-legend = 로봇이 아님을 증명하세요
captcha-nojs = "다음"을 선택하면 몇 초({ $seconds }초 이상) 동안 브라우저를 확인합니다. 따로 하실 일은 없습니다.
captcha-working = 브라우저를 확인하는 중…
captcha-done = 완료되었습니다. 계속할 수 있습니다.

## Contact your administrator (E3, E5, P9, K1)
contact-title = 관리자에게 문의하세요
contact-reason-consumer = 개인 계정은 이 포털을 사용할 수 없습니다. 대신 사용 중인 이메일 서비스의 복구 옵션을 이용하세요.
contact-reason-unavailable = 이 계정은 여기에서 재설정할 수 없습니다. 계정이 없거나 사용 중지되었을 수 있습니다.
contact-reason-not-enabled = 이 계정에는 셀프 서비스 암호 재설정이 켜져 있지 않습니다.
contact-reason-not-registered = 이 계정에는 암호를 재설정하는 데 필요한 보안 정보가 충분히 등록되어 있지 않습니다.
contact-reason-admin-not-registered = 관리자 계정에서 암호를 재설정하려면 두 가지 방법(이메일, 휴대폰, 사무실 전화 또는 인증자 앱)을 등록해야 합니다.
contact-reason-writeback-off = 이 계정의 암호는 온-프레미스에서 관리되므로 여기에서 재설정할 수 없습니다.
contact-also-intro = 다음과 같은 경우에도 이 화면이 표시될 수 있습니다.
contact-also-consumer = 계정이 일반 이메일 서비스의 개인 계정인 경우
contact-also-unavailable = 사용자 ID를 잘못 입력했거나, 계정이 없거나 사용 중지된 경우
contact-also-not-enabled = 계정에 셀프 서비스 암호 재설정이 켜져 있지 않은 경우
contact-also-not-registered = 계정에 보안 정보가 충분히 등록되어 있지 않은 경우(로그인할 수 있다면 보안 정보 페이지에서 부족한 항목을 확인할 수 있습니다)
contact-also-admin-not-registered = 관리자 계정에 두 가지 방법이 등록되어 있지 않은 경우
contact-also-writeback-off = 조직의 자체 디렉터리에서 암호를 관리하는 경우
contact-helpdesk-link = 기술 지원팀에 문의
contact-helpdesk-email = 기술 지원팀에 이메일 보내기: { $email }
contact-no-helpdesk = 조직의 관리자에게 도움을 요청하세요.
contact-request-button = 관리자에게 암호 재설정 요청
contact-request-sent = 요청이 관리자에게 전송되었습니다.

## Trouble choice
choose-title = 로그인하는 데 어떤 문제가 있나요?
choose-forgot = 암호를 잊어버렸습니다
choose-forgot-hint = 걱정하지 마세요. 등록한 보안 정보를 사용하여 암호를 재설정하도록 도와드리겠습니다.
choose-unlock = 암호를 알고 있지만 로그인할 수 없습니다
choose-unlock-hint = 잘못된 암호로 로그인을 너무 많이 시도했기 때문일 수 있습니다.

## Verification (V1..V6)
verify-title = 본인 확인
verify-step = 확인 단계 { $current }/{ $required }
verify-pick = 확인에 사용할 연락 방법을 선택하세요.
verify-passed = 확인됨
option-email = 대체 이메일 주소 { $masked }(으)로 이메일 보내기
option-sms = 휴대폰 { $masked }(으)로 문자 메시지 보내기
option-voice = 휴대폰 { $masked }(으)로 전화 걸기
option-office = 사무실 전화 { $masked }(으)로 전화 걸기
option-app = 인증자 앱의 코드 입력
option-software_oath = 소프트웨어 토큰의 코드 입력
option-hardware_oath = 하드웨어 토큰의 코드 입력
option-questions = 보안 질문에 답변
pending-email = 확인 코드가 포함된 이메일을 { $masked }(으)로 보냈습니다.
pending-sms = 확인 코드가 포함된 문자 메시지를 { $masked }(으)로 보냈습니다.
pending-voice = { $masked }(으)로 전화를 걸고 있습니다. 확인 코드를 잘 들어 주세요.
pending-totp = 앱 또는 토큰에 표시된 코드를 입력하세요.
code-label = 확인 코드
questions-legend = 보안 질문에 답변하세요
verify-button = 확인

## New password (N1, N2)
password-title = 새 암호 선택
password-label = 새 암호
confirm-label = 새 암호 확인
password-rules = 암호 요구 사항:
pw-rule-length = { $min }자 이상
pw-rule-max-length = { $max }자 이하
pw-rule-classes = 소문자, 대문자, 숫자, 기호 중 세 가지 포함
pw-rule-banned = 자주 사용되거나 금지된 암호가 아님
pw-rule-name = 이름이 포함되지 않음
pw-rule-match = 확인용 암호와 일치
pw-rule-classes-ad = 소문자, 대문자, 숫자, 기호, 대소문자 구분이 없는 문자(예: 가나) 중 세 가지 포함
pw-rule-name-ad = 계정 이름 또는 이름 중 3자 이상인 부분이 포함되지 않음
pw-dir-heading = 제출하면 조직의 디렉터리에서 다음 사항도 확인합니다.
pw-dir-history = 최근에 사용한 암호 { $n }개와 다름
pw-dir-min-age = 마지막 암호 변경 후 { $n }일 이상 지남
pw-dir-module = 조직의 추가 품질 규칙을 충족함
pw-rule-ok = 충족됨
pw-rule-not-ok = 충족되지 않음
finish = 마침

## Done
done-reset = 암호가 재설정되었습니다.
done-unlock = 계정 잠금이 해제되었습니다.
done-sign-in = 계정으로 로그인

## Errors (flows)
err-no-flow = 세션이 만료되었습니다. 처음부터 다시 시작하세요.
err-captcha = 로봇이 아님을 확인하는 검사가 만료되었거나 이미 사용되었습니다. 다시 시도하세요.
err-wrong-step = 해당 단계는 더 이상 사용할 수 없습니다. 여기에서 계속하세요.
err-unknown-option = 목록에 있는 방법 중 하나를 선택하세요.
err-code-wrong = 코드가 올바르지 않습니다. 확인한 후 다시 시도하세요.
err-code-expired = 코드가 만료되었습니다. 새 코드를 보내세요.
err-code-used = 이미 사용된 코드입니다. 여기에서 계속하세요.
err-blocked = 시도 횟수가 너무 많습니다. { $until } 이후에 다시 시도하세요.
err-email-limit = 코드를 너무 많이 보냈습니다. { $until } 이후에 다시 시도하거나 다른 방법을 사용하세요.
err-answers-wrong = 하나 이상의 답이 틀렸습니다. 새 질문 세트에 답변하세요.
err-password = 암호가 아래 요구 사항을 충족하지 않습니다.
err-delivery = 지금은 메시지를 보낼 수 없습니다. 나중에 다시 시도하거나 다른 방법을 사용하세요.
err-admin-request-limit = 이미 여러 번 요청을 보냈습니다. 관리자가 연락드릴 것입니다.
err-internal = 문제가 발생했습니다. 나중에 다시 시도하세요.
userid-err-empty = 사용자 ID를 입력하세요.
userid-err-shape = 사용자 ID를 name@domain 형식으로 입력하세요(예: { $example }).
userid-err-too-long = 사용자 ID가 너무 깁니다.

## Messages (email, SMS, voice)
msg-code-subject = { $org } 계정 확인 코드
msg-code-email = 다음 코드를 사용하여 계정을 확인하세요: { $code }. 이 코드는 { $minutes }분 후에 만료됩니다. 요청하지 않으셨다면 이 이메일을 무시하세요.
msg-code-sms = { $org } 암호 재설정 확인 코드: { $code }
msg-code-voice = 확인 코드는 { $code }입니다. 다시 한 번 말씀드립니다. 확인 코드는 { $code }입니다.
msg-reset-subject = 암호가 재설정되었습니다
msg-reset-body = 셀프 서비스 암호 재설정을 통해 { $user }의 암호가 방금 재설정되었습니다. 본인이 한 작업이 아니라면 지금 바로 관리자에게 문의하세요.
msg-method-added-subject = 계정에 보안 정보가 추가되었습니다
msg-method-added-body = { $user }의 보안 정보에 { $method }이(가) 추가되었습니다. 본인이 한 작업이 아니라면 로그인하여 해당 항목을 제거하고 암호를 변경한 후 관리자에게 문의하세요.
msg-method-removed-subject = 계정에서 보안 정보가 제거되었습니다
msg-method-removed-body = { $user }의 보안 정보에서 { $method }이(가) 제거되었습니다. 본인이 한 작업이 아니라면 로그인하여 보안 정보를 확인하고 암호를 변경한 후 관리자에게 문의하세요.
msg-admin-reset-subject = 관리자가 자신의 암호를 재설정했습니다
msg-admin-reset-body = 관리자 { $user }이(가) 셀프 서비스 암호 재설정을 통해 자신의 암호를 재설정했습니다.
msg-admin-request-subject = 암호 재설정 요청
msg-admin-request-body = { $user }이(가) 셀프 서비스로 암호를 재설정할 수 없어 관리자에게 도움을 요청합니다.

## Dev outbox (demo mode only)
outbox-title = 보낼 편지함(데모)
outbox-intro = 데모 모드: 포털에서 보낸 메시지는 실제로 전달되지 않고 여기에 기록됩니다. 최신 메시지가 맨 위에 표시됩니다.
outbox-empty = 아직 메시지가 없습니다.
outbox-to = 받는 사람
demo-outbox-link = 데모 모드: 보낼 편지함에서 메시지 읽기(새 탭에서 열림)
outbox-channel = 채널

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = 선택한 그룹 범위에 대해 그룹을 하나 이상 선택하세요.
policy-err-methods-required = 필요한 방법 수는 1 또는 2여야 합니다.
policy-err-too-few-methods = 필요한 방법 수 이상의 방법을 사용하도록 설정하세요.
policy-err-office-phone-paid = 사무실 전화는 유료 테넌트에서만 사용할 수 있습니다.
policy-err-questions-register = 사용자는 3~5개의 보안 질문을 등록해야 합니다.
policy-err-questions-ask = 3~5개의 보안 질문을 물어야 합니다.
policy-err-questions-ask-exceeds = 사용자가 등록하는 질문 수보다 많은 질문을 물을 수 없습니다.
policy-err-reconfirm-days = 재확인 기간은 0~730일 사이여야 합니다.
policy-err-app-needs-more = 모바일 앱을 사용하도록 설정한 경우 그 외에 충분한 수의 다른 방법도 사용하도록 설정하세요.
policy-err-app-notification-alone = 필요한 방법이 하나인 경우 앱 알림만으로는 인정되지 않습니다.
policy-err-password-length = 암호 길이는 8~256자 사이여야 합니다.
policy-err-banned-terms = 사용자 지정 금지 단어는 최대 1000개입니다.
policy-err-sms-sender = SMS 발신자는 최대 11자의 영문자와 숫자로 된 이름이거나 +15017122661과 같은 전화번호여야 합니다.
phone-err-country-code = 번호는 +와 국가 코드로 시작해야 합니다.
phone-err-characters = 숫자, 공백 및 하이픈만 사용하세요.
phone-err-length = 번호가 너무 짧거나 깁니다.
policy-err-custom-question = 사용자 지정 보안 질문은 1~200자여야 하며 모두 달라야 합니다.
policy-err-brand-accent = 브랜드 색은 #rrggbb 형식으로 입력해야 하며, 흰색 텍스트가 잘 보이도록 충분히 어두워야 합니다(명암비 4.5:1 이상).
policy-err-brand-logo = 로고는 이 포털에 있는 파일(예: /brand/logo.svg)이거나 포함된 이미지여야 합니다.
policy-err-sign-in-domain = 로그인 도메인은 contoso.com과 같은 도메인 이름이어야 합니다.

## Sign-in and my account (G1, N4)
entry-signin-link = 로그인하여 보안 정보 관리
signin-title = 로그인
signin-intro = 로그인하여 보안 정보를 확인 및 업데이트하거나 암호를 변경하세요.
signin-password-label = 암호
signin-button = 로그인
signin-cant-access = 계정에 액세스할 수 없나요?
signin-signed-out = 로그아웃되었습니다.
signout-button = 로그아웃
account-title = 내 계정
account-signed-in-as = { $name }({ $upn })(으)로 로그인됨
account-reset-attempts = 누군가 암호를 재설정하려고 했으나 본인 확인에 { $count }번 실패했습니다. 가장 최근 시도: { $when }. 본인이 한 시도가 아니더라도 암호는 변경되지 않았습니다. 보안 정보가 본인의 것인지 확인하고 관리자에게 알리세요.
account-cannot-reset = 아직 직접 암호를 재설정할 수 없습니다.
account-security-info = 보안 정보
account-change-password = 암호 변경
err-no-session = 로그인하지 않았거나 세션이 종료되었습니다. 다시 로그인하세요.
err-credentials = 사용자 ID 또는 암호가 올바르지 않습니다.
err-locked-out = 무단 사용을 방지하기 위해 계정이 일시적으로 잠겼습니다. { $until } 이후에 다시 시도하세요.
err-account-locked = 계정이 잠겨 있습니다. "계정에 액세스할 수 없나요?"를 사용하여 잠금을 해제하세요.
err-not-allowed = 해당 방법은 이 계정에 사용할 수 없습니다.
err-current-password = 현재 암호가 올바르지 않습니다.
err-on-premises = 암호는 조직의 디렉터리에서 관리됩니다. 해당 디렉터리에서 변경하세요.
err-too-many = 사용 중인 네트워크에서 시도한 횟수가 너무 많습니다. { $until } 이후에 다시 시도하세요.
err-resend-wait = 방금 이 방법으로 코드를 보냈습니다. 다른 코드를 요청하려면 { $until }까지 기다리거나 다른 방법을 사용하세요.
err-messages-paused = 지금은 코드를 더 보낼 수 없습니다. { $until } 이후에 다시 시도하거나, 인증자 앱 또는 보안 질문처럼 메시지가 필요 없는 방법을 사용하세요.
err-phone-country = 조직에서 이 국가의 전화번호로는 코드를 보내지 않습니다. 다른 번호나 방법을 사용하세요.
err-busy = 지금은 서비스 사용량이 많습니다. 잠시 후 다시 시도하세요.
cancel = 취소
save = 저장

## Security info (G2..G7, C1)
setup-title = 보안 정보
setup-intro = 암호를 재설정할 때 본인임을 증명하는 데 사용하는 방법입니다.
setup-progress-ok = 암호를 재설정할 수 있습니다. 필요한 방법 { $required }개 중 { $have }개가 설정되었습니다.
setup-progress-short = 필요한 방법 { $required }개 중 { $have }개가 설정되었습니다. 암호를 재설정할 수 있도록 방법을 더 추가하세요.
setup-methods-heading = 내 방법
setup-none = 아직 설정한 방법이 없습니다.
setup-add-heading = 방법 추가
setup-change = 변경
setup-change-label = { $what } 변경
setup-delete = 삭제
setup-delete-label = { $what } 삭제
setup-from-directory = (조직의 디렉터리 정보)
setup-done-added = 방법이 추가되었습니다.
setup-done-deleted = 방법이 삭제되었습니다.
setup-back = 보안 정보로 돌아가기
setup-not-available = 이 방법은 이 계정에 사용할 수 없습니다.
method-app = 인증자 앱
method-software = 소프트웨어 OATH 토큰
method-hardware = 하드웨어 토큰
method-phone = 전화
method-office = 사무실 전화
method-email = 이메일
method-questions = 보안 질문
method-questions-detail = 질문 { $count }개
add-app = 인증자 앱 추가
add-software = 소프트웨어 OATH 토큰 추가
add-hardware = 하드웨어 토큰 활성화
add-phone = 전화 추가 또는 변경
add-office = 사무실 전화 추가 또는 변경
add-email = 이메일 추가 또는 변경
add-questions = 보안 질문 설정
setup-email-label = 이메일 주소
setup-email-hint = 회사 계정이 아닌 다른 주소를 사용하세요. 이 주소로 코드를 보내 드립니다.
setup-phone-label = 전화번호
setup-office-label = 사무실 전화번호
setup-phone-hint = +와 국가 코드를 포함하세요(예: +82 10-1234-5678).
setup-phone-channel = 코드를 어떻게 받으시겠어요?
setup-phone-sms = 문자 메시지로 코드 받기
setup-phone-voice = 전화 받기
setup-app-intro = 휴대폰에 인증자 앱을 설치한 다음 "다음"을 선택하여 스캔할 QR 코드를 표시하세요.
setup-software-intro = "다음"을 선택하여 소프트웨어 토큰의 비밀 키를 받으세요.
setup-app-step-scan = 앱으로 QR 코드를 스캔하거나 아래의 비밀 키를 입력하세요.
setup-app-step-code = 앱에 표시된 6자리 코드를 입력하세요.
setup-app-qr-alt = 인증자 앱용 QR 코드
setup-app-secret = 비밀 키:
setup-hardware-intro = 토큰에 인쇄된 일련 번호를 선택하고 토큰에 표시된 코드를 입력하세요.
setup-hardware-serial = 일련 번호
setup-questions-intro = 서로 다른 질문 { $count }개를 선택하고 각각 답변하세요(3~40자, 같은 답변은 사용할 수 없음).
setup-question-label = 질문 { $n }
setup-answer-label = 답변 { $n }
setup-err-email-shape = 이메일 주소를 입력하세요(예: someone@example.com).
setup-err-email-same = 회사 계정이 아닌 다른 주소를 사용하세요.
setup-err-phone = 전화번호가 올바르지 않은 것 같습니다.
setup-err-questions = 보안 질문이 저장되지 않았습니다.
setup-err-questions-count = 모든 질문에 답변하세요.
setup-err-questions-unknown = 목록에서 질문을 선택하세요.
setup-err-questions-duplicate = 각 상자에서 서로 다른 질문을 선택하세요.
setup-err-answer-length = 답변은 3~40자여야 합니다.
setup-err-answer-duplicate = 질문마다 다른 답변을 입력하세요.
setup-err-too-many-apps = 인증자 앱이 이미 최대 개수만큼 등록되어 있습니다. 먼저 하나를 삭제하세요.
setup-err-token-unknown = 해당 토큰은 본인에게 할당되지 않았거나 이미 활성 상태입니다.
protect-title = 계정 보호에 협조해 주세요
protect-intro = 계정을 안전하게 보호하고 직접 암호를 재설정할 수 있도록 조직에서 추가 정보를 요구합니다.
protect-skip = 지금은 건너뛰기
confirm-title = 보안 정보가 최신 상태인가요?
confirm-intro = 암호 재설정에 사용하는 방법을 확인하세요. 변경된 내용이 없으면 확인하고, 변경된 내용이 있으면 편집하세요.
confirm-looks-good = 문제 없음
confirm-edit = 보안 정보 편집
confirm-done = 감사합니다. 보안 정보가 확인되었습니다.
change-title = 암호 변경
change-current-label = 현재 암호
change-button = 암호 변경
change-done = 암호가 변경되었습니다.

## Security questions (G6, predefined list)
sq-first-pet = 처음 키운 반려동물의 이름은 무엇인가요?
sq-birth-city = 태어난 도시는 어디인가요?
sq-first-school = 처음 다닌 학교의 이름은 무엇인가요?
sq-childhood-friend = 어린 시절 가장 친한 친구의 이름은 무엇인가요?
sq-first-job-city = 첫 직장이 있던 도시는 어디인가요?
sq-grandparent-name = 조부모님 중 가장 연세가 많은 분의 이름은 무엇인가요?
sq-first-concert = 처음으로 간 콘서트는 무엇인가요?
sq-childhood-street = 어린 시절에 살았던 거리의 이름은 무엇인가요?
sq-favourite-teacher = 가장 좋아했던 선생님의 성은 무엇인가요?
sq-first-car = 첫 차의 제조사와 모델은 무엇인가요?

## Notifications on a paired device (V4)
option-push = 내 디바이스에서 알림 승인
pending-push = 디바이스로 알림을 보냈습니다. 알림을 열고 다음 숫자를 입력하세요.
pending-push-then = 그런 다음 여기에서 "계속"을 선택하세요.
push-continue = 계속
err-push-pending = 아직 알림에 응답하지 않았습니다. 디바이스에서 응답한 다음 "계속"을 선택하세요.
err-push-denied = 알림이 거부되었거나 숫자가 일치하지 않았습니다. 방법을 선택하여 다시 시도하세요.
method-notification = 내 디바이스의 알림
add-notification = 알림용 디바이스 추가
setup-device-intro = 휴대폰을 요청 승인용 디바이스로 사용합니다. "다음"을 선택하여 페어링 코드를 받으세요.
setup-device-step-open = 휴대폰에서 디바이스 페이지를 여세요.
setup-device-link = 디바이스 페이지 열기
setup-device-step-code = 해당 페이지에 다음 페어링 코드를 입력하세요.
setup-device-then = 디바이스 페이지에 페어링되었다고 표시되면 여기로 돌아오세요.
setup-device-done = 완료
device-title = 내 디바이스
device-intro = 이 페이지에서 계정의 로그인 및 암호 재설정 요청을 승인합니다. 홈 화면에 추가해 두면 편리합니다.
device-paired = 이 디바이스가 페어링되었습니다. 승인 요청을 받으면 여기에서 요청을 확인하세요.
device-pair-failed = 해당 페어링 코드가 작동하지 않았습니다. 보안 정보에서 새 코드를 받으세요.
device-approved = 승인되었습니다. 다른 화면으로 돌아가셔도 됩니다.
device-denied = 거부되었습니다. 아무것도 승인되지 않았습니다.
device-no-request = 대기 중인 요청이 없습니다.
device-request = %org%에서 본인인지 확인하려고 합니다(%upn%).
device-request-title = 이 요청을 승인하시겠어요?
device-pair-code = 페어링 코드
device-name = 이 디바이스의 이름
device-name-default = 내 휴대폰
device-pair-button = 이 디바이스 페어링
device-check = 요청 확인
device-number = 다른 화면에 표시된 숫자
device-approve = 승인
device-deny = 거부
device-needs-js = 이 페이지에서 키를 보관하고 승인에 서명하려면 JavaScript가 필요합니다.

## Sign-in, second step (G1)
check-title = 본인 확인
check-intro = 계정에 보안 정보가 있으므로 이를 확인하거나 변경하기 전에 한 번 더 본인 확인이 필요합니다.

## The on-premises directory (P10, P11)
err-directory-policy = 조직의 디렉터리에서 이 암호를 허용하지 않았습니다. 이전에 사용한 암호이거나 디렉터리 자체 규칙에 맞지 않을 수 있습니다. 다른 암호를 사용해 보세요.
err-directory = 조직의 디렉터리에 연결할 수 없습니다. 변경된 내용은 없습니다. 잠시 후 다시 시도하세요.

## Issue 10: a form post with a field missing
err-form-incomplete = 양식이 불완전한 상태로 전송되었습니다. 모든 필드를 입력하고 다시 시도하세요.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = 진행률
progress-step = { $total }단계 중 { $current }단계
step-userid = 사용자 ID
step-verify = 확인
step-password = 새 암호
step-done = 완료
resend-code = 코드 다시 보내기
resend-in = { $seconds }초 후에 새 코드를 요청할 수 있습니다.
helpdesk-contact = 도움이 필요하신가요? 기술 지원팀에 문의하세요: { $contact }
brand-logo-alt = { $org }
setup-add-method = 방법 추가
setup-delete-title = 이 방법을 삭제하시겠어요?
setup-delete-confirm = 보안 정보에서 { $what }이(가) 제거됩니다.
setup-delete-last-warning = 암호를 재설정하려면 이 방법이 필요합니다. 이 방법이 없으면 다른 방법을 추가할 때까지 직접 암호를 재설정할 수 없습니다.
setup-delete-confirm-button = 예, 삭제합니다
setup-app-open-link = 이 휴대폰의 인증자 앱에서 열기
setup-app-secret-grouped = 비밀 키(4자씩 구분):
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }. { $month }. { $day }. { $dayperiod } { $hour12 }:{ $minute } ({ $zone })
time-am = 오전
time-pm = 오후

# 이슈 12: 관리자 콘솔. 블레이드 제목은 Entra의 암호 재설정 페이지를 따릅니다.
account-admin-console = 관리자 콘솔
admin-title = 관리자 콘솔
admin-sign-in = 콘솔을 열려면 관리자 계정으로 로그인하세요.
admin-not-admin = 이 콘솔은 관리자용입니다. 계정에 관리자 역할이 없습니다.
admin-second-step = 콘솔을 사용하려면 두 번째 로그인 단계가 필요합니다. 보안 정보에 전화 또는 인증자 앱을 추가한 다음 로그아웃했다가 다시 로그인하세요.
admin-go-setup = 보안 정보로 이동
admin-go-account = 내 계정으로 돌아가기
admin-back = 콘솔로 돌아가기
admin-tenant = 조직: { $name }
admin-signed-in-as = { $name }(으)로 로그인됨, 역할: { $roles }
admin-policy-heading = 암호 재설정 정책
admin-readonly = 현재 역할로는 사용자를 도울 수 있지만 암호 재설정 정책은 변경할 수 없습니다. 전역 관리자 또는 인증 정책 관리자가 변경할 수 있습니다.
admin-draft-pending = { $page }에 대한 변경 사항이 검토를 기다리고 있습니다.
admin-draft-open = 변경 사항 열기
admin-draft-elsewhere = { $page }에 대한 변경 사항이 검토를 기다리고 있습니다. 이 페이지를 검토하면 해당 변경 사항이 대체됩니다.
admin-saved = 변경 { $id }(으)로 저장했습니다.
admin-discarded = 변경 사항을 폐기했습니다. 저장된 내용은 없습니다.
admin-blade-properties = 속성
admin-blade-methods = 인증 방법
admin-blade-registration = 등록
admin-blade-notifications = 알림
admin-blade-customization = 사용자 지정
admin-blade-on-premises = 온-프레미스 통합
admin-blade-administrators = 관리자 정책
admin-f-scope = 셀프 서비스 암호 재설정 사용 대상
admin-scope-none = 없음
admin-scope-selected = 선택한 그룹
admin-scope-all = 모든 사용자
admin-f-groups = 그룹
admin-f-groups-hint = 셀프 서비스 암호 재설정을 사용하도록 설정할 그룹에 체크하거나, 다른 그룹 이름을 쉼표로 구분하여 입력합니다. 선택한 그룹을 고른 경우에 사용됩니다.
admin-f-methods-required = 재설정에 필요한 방법 수
admin-f-methods-required-hint = 1 또는 2입니다.
admin-f-methods = 사용자가 사용할 수 있는 방법
admin-f-questions-to-register = 등록에 필요한 보안 질문 수
admin-f-questions-to-ask = 재설정에 필요한 보안 질문 수
admin-f-custom-questions = 조직 자체 보안 질문
admin-f-custom-questions-hint = 한 줄에 질문 하나씩 입력합니다. 미리 정의된 질문과 함께 제공됩니다.
admin-f-require-registration = 로그인할 때 사용자 등록 필요
admin-f-reconfirm-days = 사용자에게 인증 정보를 다시 확인하도록 요청하기 전까지의 일 수
admin-f-reconfirm-days-hint = 0~730입니다. 0이면 요청하지 않습니다.
admin-f-notify-users = 암호 재설정 시 사용자에게 알림
admin-f-notify-admins = 다른 관리자가 암호를 재설정하면 모든 관리자에게 알림
admin-f-helpdesk = 기술 지원팀 링크
admin-f-helpdesk-hint = 이메일 주소 또는 https://로 시작하는 웹 주소입니다. 표시하지 않으려면 비워 두세요.
admin-f-logo = 로고
admin-f-logo-hint = 이 포털에 있는 파일입니다(예: /brand/logo.svg). 이름만 표시하려면 비워 두세요.
admin-f-accent = 강조 색
admin-f-accent-hint = #rrggbb 형식으로 입력하며, 흰색 텍스트가 잘 보일 만큼 어두워야 합니다.
admin-f-sign-in-domain = 로그인 힌트 도메인
admin-f-sign-in-domain-hint = 사용자 ID 예시에 표시됩니다(예: contoso.com).
admin-f-writeback = 온-프레미스 디렉터리에 암호 쓰기 저장
admin-f-allow-unlock = 사용자가 암호를 재설정하지 않고 계정 잠금을 해제하도록 허용
admin-f-admin-sspr = 관리자가 자신의 암호를 재설정하도록 허용
admin-f-admin-sspr-hint = 관리자에게는 항상 두 가지 방법, 즉 이메일 또는 전화와 다른 방법 하나가 필요합니다.
admin-review-button = 변경 사항 검토
admin-errors-heading = 이 변경 사항은 저장할 수 없습니다.
admin-live-ok = 이 변경 사항은 저장할 수 있습니다.
admin-err-number = 정수를 입력하세요.
admin-err-helpdesk = 이메일 주소 또는 https://로 시작하는 웹 주소를 입력하세요.
admin-err-forbidden = 현재 역할로는 암호 재설정 정책을 변경할 수 없습니다.
admin-err-no-draft = 검토를 기다리는 변경 사항이 없습니다.
admin-err-no-change = 해당 변경 사항이 기록에 없습니다.
admin-err-refused = 이 변경 사항은 정책 규칙을 위반합니다. 편집한 후 다시 검토하세요.
admin-review-title = 변경 사항 검토
admin-review-page = 페이지: { $page }
admin-changes = 변경 항목: { $keys }
admin-no-change = 변경되는 내용이 없습니다.
admin-impact-heading = 암호를 재설정할 수 있는 사용자
admin-impact-summary = 현재 사용자 { $users }명 중 { $before }명이 암호를 재설정할 수 있으며, 이 변경 후에는 { $after }명이 재설정할 수 있습니다.
admin-stranded-none = 암호를 재설정할 수 없게 되는 사용자는 없습니다.
admin-stranded = { $count ->
   *[other] 이전에는 재설정할 수 있었지만 변경 후에는 재설정할 수 없는 사용자 { $count }명:
}
admin-stranded-hint = 저장하기 전에 이 사용자들에게 보안 정보 페이지에서 방법을 더 등록하도록 요청하세요. 그렇지 않으면 기술 지원팀에 전화해야 합니다.
admin-gained = { $count ->
   *[other] 이전에는 재설정할 수 없었지만 변경 후에는 재설정할 수 있는 사용자 { $count }명:
}
admin-export-csv = 목록 다운로드(CSV)
admin-save = 저장
admin-discard = 폐기
admin-edit-again = 다시 편집
admin-history-title = 변경 기록
admin-history-empty = 아직 저장된 변경 사항이 없습니다.
admin-history-change = 변경
admin-history-when = 시간
admin-history-who = 관리자
admin-history-what = 변경된 설정
admin-revert = 되돌리기
admin-revert-label = 변경 { $id } 되돌리기
admin-reverts = 변경 { $id }을(를) 되돌림
admin-reverted = 변경 { $id }을(를) 되돌렸습니다. 이 변경으로 대체되었던 설정이 복원되었습니다.
admin-key-scope = 재설정 가능 대상
admin-key-admin-sspr = 관리자 암호 재설정
admin-key-methods-required = 필요한 방법 수
admin-key-methods = 사용 가능한 방법
admin-key-questions-to-register = 등록 시 질문 수
admin-key-questions-to-ask = 재설정 시 질문 수
admin-key-custom-questions = 자체 보안 질문
admin-key-require-registration = 등록 필요
admin-key-reconfirm-days = 재확인 일 수
admin-key-notify-users = 사용자 알림
admin-key-notify-admins = 관리자 알림
admin-key-helpdesk = 기술 지원팀 링크
admin-key-branding = 브랜딩
admin-key-writeback = 암호 쓰기 저장
admin-key-allow-unlock = 계정 잠금 해제
admin-key-password = 암호 규칙
admin-key-phone-countries = 전화 국가
admin-key-sms-sender = SMS 발신자

# 이슈 12: 콘솔의 보고서(A2).
admin-reports-title = 보고서
admin-reports-link = 등록, 재설정, 실패 및 재설정할 수 없는 사용자
admin-reports-period = { $since }부터 최근 { $days }일(UTC).
admin-reports-chart = 아래 표의 차트
admin-reports-by-day = 일별 등록, 재설정 및 잠금 해제
admin-col-day = 날짜
admin-col-registrations = 등록
admin-col-resets = 재설정
admin-col-unlocks = 잠금 해제
admin-col-user = 사용자
admin-reports-funnel = 재설정 시도의 진행 단계
admin-reports-funnel-hint = 모든 시도는 사용자 ID 입력으로 시작합니다. 숫자가 줄어드는 지점에서 사용자가 포기합니다.
admin-col-step = 단계
admin-col-attempts = 시도 횟수
admin-funnel-started = 시작함
admin-funnel-eligible = 재설정 허용됨
admin-funnel-verified-one = 방법 하나 확인됨
admin-funnel-verified-two = 두 번째 방법 확인됨
admin-funnel-password-set = 새 암호 설정 또는 계정 잠금 해제됨
admin-reports-failures = 이유별 실패
admin-col-reason = 이유
admin-col-count = 건수
admin-reports-none = 이 기간에는 항목이 없습니다.
admin-reports-methods = 재설정 또는 잠금 해제에 사용된 방법
admin-col-method = 방법
admin-reports-cannot = 재설정할 수 없는 사용자
admin-reports-can = 현재 사용자 { $users }명 중 { $can }명이 암호를 재설정할 수 있습니다.
admin-reports-short = { $count ->
   *[other] 방법이 부족하여 재설정할 수 없는 사용자 { $count }명:
}
# 이슈 12: 콘솔의 사용자 페이지(D1, D3).
admin-users-title = 사용자
admin-users-link = 사용자 조회: 방법, 차단 및 연락처 정보
admin-users-lookup-label = 사용자 ID
admin-users-lookup = 조회
admin-err-no-user = 조직에 해당 ID의 사용자가 없습니다.
admin-err-protected = 이 사용자는 현재 역할의 권한을 넘어서는 관리자입니다. 전역 관리자에게 요청하세요.
admin-err-contact = 사용자 본인의 주소가 아닌 다른 이메일 주소를 입력하고, 전화번호는 +<국가 코드> <번호> 형식으로 입력하세요.
admin-user-status = 계정
admin-user-enabled = 사용 가능
admin-user-disabled = 사용 중지됨
admin-user-locked = 디렉터리에서 잠김
admin-user-password = 암호
admin-user-cloud = 이 포털에서 관리
admin-user-onprem = 온-프레미스 디렉터리에서 관리
admin-user-groups = 그룹
admin-user-roles = 관리자 역할
admin-user-none = 없음
admin-user-methods = 등록된 방법
admin-user-reset = 셀프 서비스 암호 재설정
admin-user-can-reset = 현재 암호를 재설정할 수 있습니다.
admin-user-cannot-reset = 현재 재설정할 수 없음:
admin-reason-consumer = 개인 계정이며, 이 포털은 개인 계정을 지원하지 않습니다.
admin-reason-unavailable = 계정이 사용 중지되었습니다.
admin-reason-not-enabled = 사용자가 속한 그룹에 셀프 서비스 암호 재설정이 사용 설정되어 있지 않습니다.
admin-reason-not-registered = 정책에 필요한 만큼 방법이 등록되어 있지 않습니다.
admin-reason-admin-not-registered = 관리자는 두 가지 방법이 필요하지만 그보다 적게 등록되어 있습니다.
admin-reason-writeback-off = 암호가 온-프레미스에서 관리되며 쓰기 저장이 꺼져 있습니다.
admin-user-blocks = 차단
admin-user-no-blocks = 현재 차단이 없습니다.
admin-user-reset-blocked = { $until }까지 암호 재설정 차단됨(잘못된 코드 또는 답변이 너무 많음)
admin-user-sends-blocked = { $until }까지 코드 전송 차단됨(너무 많이 보냄)
admin-user-signin-locked = { $until }까지 로그인 잠김(잘못된 암호 입력이 너무 많음)
admin-user-clear = 차단 해제
admin-user-cleared = 차단을 해제했습니다.
admin-user-contact = 연락처 정보
admin-user-alternate-email = 대체 이메일
admin-user-mobile = 휴대폰
admin-user-office = 사무실 전화
admin-user-contact-hint = 전화번호는 +<국가 코드> <번호> 형식으로 입력하세요. 필드를 지우려면 비워 두세요.
admin-user-contact-save = 연락처 정보 저장
admin-user-contact-saved = 연락처 정보를 저장했습니다.
admin-user-protected = 이 사용자는 현재 역할의 권한을 넘어서는 관리자입니다. 전역 관리자만 연락처 정보나 차단을 변경할 수 있습니다.

# 이슈 12: 기술 지원팀의 복구 코드 및 관리자가 변경한 내용에 대한 알림.
admin-recovery-heading = 복구 코드
admin-recovery-intro = 모든 방법을 잃어버린 사용자를 위한 일회용 코드로, 8시간 동안 유효하며 새 방법을 등록할 수 있도록 한 번 로그인하게 해 줍니다. 직접 만나서 전달하거나 직접 건 전화로 알려 주세요. 사용자의 이메일 주소로 이 사실이 알려집니다.
admin-recovery-issue = 복구 코드 발급
admin-recovery-issued = 복구 코드가 발급되었습니다. 이 코드는 한 번만 표시됩니다.
admin-recovery-code-is = 복구 코드:
admin-recovery-until = 복구 코드는 { $until }까지 유효합니다.
admin-recovery-hand-over = 사용자 본인임을 확인한 후에만 코드를 읽어 주세요. 코드는 다시 표시되지 않습니다.
admin-recovery-done = 완료, 코드 숨기기
recovery-link = 기술 지원팀에서 복구 코드를 받으셨나요?
recovery-title = 복구 코드로 로그인
recovery-intro = 모든 방법을 잃어버린 경우 기술 지원팀에서 일회용 복구 코드를 받을 수 있습니다. 이 코드로 로그인한 다음 보안 정보 페이지에서 새 방법을 등록하세요.
recovery-code-label = 복구 코드
recovery-code-hint = 영문자와 숫자 16자(예: ABCD-EFGH-JKMN-PQRS)입니다.
recovery-wrong = 사용자 ID 또는 복구 코드가 올바르지 않거나, 이미 사용되었거나 만료된 코드입니다.
recovery-back = 대신 암호로 로그인
msg-recovery-issued-subject = 계정에 대한 복구 코드가 발급되었습니다
msg-recovery-issued-body = 관리자가 { $user }에 대한 일회용 복구 코드를 발급했습니다. 기술 지원팀에 코드를 요청하지 않으셨다면 지금 바로 관리자에게 문의하세요.
msg-recovery-used-subject = 누군가 복구 코드로 로그인했습니다
msg-recovery-used-body = 새 보안 정보를 등록하기 위해 복구 코드를 사용하여 { $user }(으)로 로그인했습니다. 본인이 한 작업이 아니라면 지금 바로 관리자에게 문의하세요.
msg-contact-changed-subject = 연락처 정보가 변경되었습니다
msg-contact-changed-body = 관리자가 { $user }의 연락처 정보(암호 재설정에 사용되는 이메일 주소 또는 전화번호)를 변경했습니다. 예상하지 못한 변경이라면 지금 바로 관리자에게 문의하세요.

# 이슈 12: 콘솔의 감사 로그 검색(A1, W2).
admin-audit-title = 감사 로그
admin-audit-link = 감사 로그 검색 및 다운로드
admin-audit-user = 사용자 ID
admin-audit-from = 시작일(YYYY-MM-DD, UTC)
admin-audit-to = 종료일(YYYY-MM-DD, UTC)
admin-audit-step = 단계
admin-audit-outcome = 결과
admin-audit-ip = IP 주소
admin-audit-client = 클라이언트 유형
admin-audit-any = 모두
admin-audit-search = 검색
admin-audit-bad-date = 날짜를 YYYY-MM-DD 형식으로 입력하세요(예: 2026-11-05).
admin-audit-count = { $count ->
   *[other] 일치하는 항목이 { $count }개 있습니다.
}
admin-audit-capped = 가장 최근 항목만 표시되고 다운로드됩니다. 나머지를 보려면 검색 범위를 좁히세요.
admin-audit-pages = 결과 페이지
admin-audit-newer = 더 최근 항목
admin-audit-older = 더 오래된 항목
admin-audit-export-json = JSON 줄 형식으로 다운로드

# 이슈 12: 콘솔의 운영 페이지.
admin-ops-title = 운영
admin-ops-link = 운영: 데이터베이스, 디렉터리 및 메일 대기열의 현재 상태
admin-ops-database = 데이터베이스
admin-ops-directory = 온-프레미스 디렉터리
admin-ops-no-directory = 구성되지 않음
admin-ops-ok = 정상 작동
admin-ops-down = 응답 없음
admin-ops-on = 켜짐
admin-ops-off = 꺼짐
admin-ops-directory-error = 마지막 디렉터리 오류(30일)
admin-ops-mail-waiting = 전송 대기 중인 알림
admin-ops-mail-oldest = 가장 오래된 대기 알림의 대기 시작 시각
admin-ops-mail-sent = 전송된 알림
admin-ops-mail-failed = 재시도 후 전송을 포기한 알림
admin-ops-hashing = 이 노드에서 해시 대기 중인 암호
admin-ops-version = 버전
admin-ops-hint = 이 페이지를 열 때 페이지를 제공한 노드가 확인한 상태입니다. 메일 수는 포털 전체의 수치이며, 나머지는 /metrics에서 확인할 수 있습니다.

# 이슈 12: P1의 그룹 선택기 및 변경 후 재설정할 수 없게 되는 사용자에게 보내는 M2의 알림.
admin-f-groups-other = 기타 그룹
admin-f-groups-none = 이 조직에는 아직 포털에 그룹이 없습니다. 그룹 이름을 입력하세요.
admin-notify-stranded = 이 변경 후 재설정할 수 없는 사용자에게 방법을 더 등록하도록 요청하는 이메일 보내기
msg-register-needed-subject = 보안 정보를 더 등록하세요
msg-register-needed-body = 이제 조직에서 암호를 재설정하려면 더 많은 보안 정보를 요구합니다. 로그인하여 보안 정보 페이지에서 방법을 추가하기 전까지는 { $user }은(는) 기술 지원팀에 전화하지 않고는 암호를 재설정할 수 없습니다.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = 마지막 디렉터리 동기화(sspr directory sync)
admin-ops-sync-counts = 기록된 변경 사항: { $changes }, 거부된 값: { $refused }, 조직이 없는 사용자: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = 번역은 질문 아래 줄에 언어 태그, 콜론, 텍스트 순서로 입력하며(예: ja-JP: …) 1~200자여야 합니다.
admin-err-translation-first = 질문을 먼저 입력한 다음 그 아래 줄에 번역을 입력하세요.
admin-f-question-translations-hint = 질문을 다른 언어로 표시하려면 질문 아래에 언어 태그, 콜론, 번역을 입력한 줄을 추가하세요(예: "ja-JP: 事務所の植物の名前は？"). 사용하는 언어의 번역이 없는 사용자에게는 입력한 그대로 질문이 표시됩니다.
admin-f-recovery-code-resets = 기술 지원팀 복구 코드로 사용자 암호를 한 번 재설정할 수도 있도록 허용
admin-key-recovery-code-resets = 암호를 재설정하는 복구 코드
recovery-reset-hint = 조직에서 허용하는 경우 이 코드로 대신 암호를 한 번 재설정할 수 있습니다.
recovery-reset-button = 내 암호 재설정
recovery-no-reset = 조직에서 복구 코드로는 로그인만 할 수 있도록 허용합니다. 여기에서 새 방법을 등록하세요. 그러면 등록한 방법으로 암호를 재설정할 수 있습니다.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = 재설정 시작
audit-step-choose = 재설정 또는 잠금 해제 선택
audit-step-select = 방법 선택
audit-step-send-code = 코드 보냄
audit-step-verify = 방법 확인됨
audit-step-unlock = 계정 잠금 해제됨
audit-step-reset = 암호 재설정
audit-step-password = 새 암호 입력
audit-step-directory = 디렉터리 쓰기 저장
audit-step-notify = 알림
audit-step-admin-request = 관리자에게 요청
audit-step-signin = 로그인
audit-step-signin-verify = 로그인 두 번째 단계
audit-step-signout = 로그아웃
audit-step-interrupt = 로그인 시 등록 안내
audit-step-reconfirm = 보안 정보 재확인됨
audit-step-register = 방법 등록됨
audit-step-register-send-code = 등록 코드 보냄
audit-step-register-pairing = 인증자 앱 페어링됨
audit-step-register-verify = 등록 코드 확인됨
audit-step-delete-method = 방법 삭제됨
audit-step-change-password = 암호 변경됨
audit-step-delivery = 배달 확인
audit-step-policy-change = 정책 변경됨
audit-step-admin-clear-blocks = 관리자가 차단 해제
audit-step-admin-set-contact = 관리자가 연락처 정보 설정
audit-step-admin-recovery-code = 복구 코드 발급됨
audit-step-directory-sync = 디렉터리 동기화
audit-outcome-ok = 성공
audit-outcome-fail = 실패
audit-outcome-blocked = 차단됨
audit-outcome-error = 오류
audit-outcome-rejected = 거부됨
audit-outcome-ineligible = 자격 없음
audit-outcome-dismissed = 나중으로 미룸
audit-client-browser = 브라우저
audit-client-sign-in-screen = 로그인 화면
audit-client-app = 앱

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = 켜짐
admin-value-off = 꺼짐
admin-value-empty = (비어 있음)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = 디렉터리의 마지막 암호 쓰기 저장(또는 계정 잠금 해제)

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = 암호 재설정 완료
done-title-unlock = 계정 잠금 해제 완료
admin-f-sign-in-url = 조직의 로그인 페이지
admin-f-sign-in-url-hint = 재설정의 마지막 페이지에 있는 단추가 연결되는 위치입니다(예: https://login.contoso.com). 이 포털의 기본 페이지를 사용하려면 비워 두세요.
policy-err-sign-in-url = 로그인 페이지를 https://로 시작하는 웹 주소로 입력하세요.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = 사용자가 선택할 수 있는 미리 정의된 보안 질문
admin-key-predefined-questions = 미리 정의된 보안 질문
policy-err-too-few-questions = 사용자가 등록해야 하는 수 이상의 보안 질문(미리 정의된 질문 및 자체 질문)을 제공하세요.
