# sspr, zh-CN. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = 自助密码重置
reset-title = 重新访问你的帐户
skip-to-content = 跳到主要内容
lang-switch-label = 语言
next = 下一步
back-to-start = 重新开始
retry = 重试
something-wrong = 出现问题。请稍后重试。
not-found = 此页面不存在。
working = 正在处理…

## Entry (E2)
entry-intro = 若要恢复你的帐户，请先输入你的用户 ID 和下面问题的答案。
userid-label = 用户 ID
userid-hint = 示例：{ $example }
captcha-legend = 证明你不是机器人
captcha-nojs = 选择“下一步”后，系统会用几秒钟（{ $seconds } 秒或更长）检查你的浏览器。你无需执行其他操作。
captcha-working = 正在检查你的浏览器…
captcha-done = 已完成。你可以继续。

## Contact your administrator (E3, E5, P9, K1)
contact-title = 联系你的管理员
contact-reason-consumer = 个人帐户无法使用此门户。请改用你的电子邮件服务提供商提供的恢复选项。
contact-reason-unavailable = 无法在此处重置此帐户。该帐户可能不存在，或已被禁用。
contact-reason-not-enabled = 此帐户未启用自助密码重置。
contact-reason-not-registered = 此帐户注册的安全信息不足，无法重置密码。
contact-reason-admin-not-registered = 管理员帐户需要注册两种方法（电子邮件、手机、办公电话或验证器应用）才能重置密码。
contact-reason-writeback-off = 此帐户的密码在本地管理，无法在此处重置。
contact-also-intro = 以下情况也可能导致此问题：
contact-also-consumer = 该帐户是面向个人用户的电子邮件服务提供商的个人帐户
contact-also-unavailable = 用户 ID 输入有误，或者帐户不存在或已被禁用
contact-also-not-enabled = 该帐户未启用自助密码重置
contact-also-not-registered = 该帐户注册的安全信息不足（如果你能够登录，安全信息页面会显示缺少哪些内容）
contact-also-admin-not-registered = 管理员帐户未注册两种方法
contact-also-writeback-off = 密码由你所在组织自己的目录管理
contact-helpdesk-link = 联系你的帮助台
contact-helpdesk-email = 发送电子邮件给你的帮助台：{ $email }
contact-no-helpdesk = 请向你所在组织的管理员寻求帮助。
contact-request-button = 请求我的管理员重置我的密码
contact-request-sent = 你的请求已发送给你的管理员。

## Trouble choice
choose-title = 你为什么无法登录？
choose-forgot = 我忘记了密码
choose-forgot-hint = 别担心，我们会帮助你使用已注册的安全信息重置密码。
choose-unlock = 我知道密码，但仍然无法登录
choose-unlock-hint = 这可能是因为你使用错误的密码尝试登录的次数过多。

## Verification (V1..V6)
verify-title = 验证你的身份
verify-step = 验证步骤：第 { $current } 步，共 { $required } 步
verify-pick = 选择我们用于验证的联系方式：
verify-passed = 已验证
option-email = 向我的备用电子邮件地址 { $masked } 发送电子邮件
option-sms = 向我的手机 { $masked } 发送短信
option-voice = 拨打我的手机 { $masked }
option-office = 拨打我的办公电话 { $masked }
option-app = 输入验证器应用中的代码
option-software_oath = 输入软件令牌中的代码
option-hardware_oath = 输入硬件令牌中的代码
option-questions = 回答我的安全问题
pending-email = 我们已向 { $masked } 发送了一封包含验证码的电子邮件。
pending-sms = 我们已向 { $masked } 发送了一条包含验证码的短信。
pending-voice = 我们正在呼叫 { $masked }。请注意收听验证码。
pending-totp = 输入你的应用或令牌上显示的代码。
code-label = 验证码
questions-legend = 回答你的安全问题
verify-button = 验证

## New password (N1, N2)
password-title = 选择新密码
password-label = 新密码
confirm-label = 确认新密码
password-rules = 你的密码必须：
pw-rule-length = 长度至少为 { $min } 个字符
pw-rule-max-length = 长度最多为 { $max } 个字符
pw-rule-classes = 包含以下四类中的三类：小写字母、大写字母、数字、符号
pw-rule-banned = 不是常用密码或被禁止的密码
pw-rule-name = 不包含你的姓名
pw-rule-match = 与确认密码一致
pw-rule-classes-ad = 包含以下五类中的三类：小写字母、大写字母、数字、符号、不区分大小写的字母（如假名）
pw-rule-name-ad = 不包含你的帐户名，也不包含你姓名中长度为 3 个或更多字符的任何部分
pw-dir-heading = 提交时，你所在组织的目录还会检查密码是否：
pw-dir-history = 不是你最近使用过的 { $n } 个密码之一
pw-dir-min-age = 距你上次更改密码至少已过 { $n } 天
pw-dir-module = 符合你所在组织的其他质量规则
pw-rule-ok = 已满足
pw-rule-not-ok = 未满足
finish = 完成

## Done
done-reset = 你的密码已重置。
done-unlock = 你的帐户已解锁。
done-sign-in = 使用你的帐户登录

## Errors (flows)
err-no-flow = 你的会话已过期。请重新开始。
err-captcha = 证明你不是机器人的检查已过期或已被使用。请重试。
err-wrong-step = 该步骤已不再可用。请从此处继续。
err-unknown-option = 请选择列出的方法之一。
err-code-wrong = 该代码无效。请检查后重试。
err-code-expired = 该代码已过期。请发送新代码。
err-code-used = 该代码已被使用。请从此处继续。
err-blocked = 你尝试的次数过多。请在 { $until } 之后重试。
err-email-limit = 我们发送的代码过多。请在 { $until } 之后重试，或使用其他方法。
err-answers-wrong = 一个或多个答案不正确。下面是一组新问题。
err-password = 密码不符合以下要求。
err-delivery = 我们目前无法发送消息。请稍后重试，或使用其他方法。
err-admin-request-limit = 你已经发送了多个请求。你的管理员会回复你。
err-internal = 出现问题。请稍后重试。
userid-err-empty = 请输入你的用户 ID。
userid-err-shape = 请按 name@domain 格式输入你的用户 ID，例如 { $example }。
userid-err-too-long = 该用户 ID 太长。

## Messages (email, SMS, voice)
msg-code-subject = { $org } 帐户验证码
msg-code-email = 请使用以下代码验证你的帐户：{ $code }。该代码将在 { $minutes } 分钟后过期。如果你没有请求此代码，请忽略此电子邮件。
msg-code-sms = 你的 { $org } 密码重置验证码为 { $code }。
msg-code-voice = 你的验证码是 { $code }。再说一遍，你的验证码是 { $code }。
msg-reset-subject = 你的密码已重置
msg-reset-body = { $user } 的密码刚刚已通过自助密码重置进行了重置。如果这不是你本人的操作，请立即联系你的管理员。
msg-method-added-subject = 已向你的帐户添加安全信息
msg-method-added-body = 已将 { $method } 添加到 { $user } 的安全信息中。如果这不是你本人的操作，请登录并删除它，然后更改密码并联系你的管理员。
msg-method-removed-subject = 已从你的帐户中删除安全信息
msg-method-removed-body = 已从 { $user } 的安全信息中删除 { $method }。如果这不是你本人的操作，请登录并检查你的安全信息，然后更改密码并联系你的管理员。
msg-admin-reset-subject = 一位管理员重置了自己的密码
msg-admin-reset-body = 管理员 { $user } 通过自助密码重置重置了自己的密码。
msg-admin-request-subject = 密码重置请求
msg-admin-request-body = { $user } 无法通过自助服务重置密码，正在请求管理员提供帮助。

## Dev outbox (demo mode only)
outbox-title = 发件箱（演示）
outbox-intro = 演示模式：门户发送的消息不会实际投递，而是写入此处。最新的消息显示在最前面。
outbox-empty = 尚无消息。
outbox-to = 收件人
demo-outbox-link = 演示模式：在发件箱中阅读该消息（在新标签页中打开）
outbox-channel = 渠道

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = 对于“所选组”范围，请至少选择一个组。
policy-err-methods-required = 所需的方法数必须为 1 或 2。
policy-err-too-few-methods = 启用的方法数不能少于所需的方法数。
policy-err-office-phone-paid = 办公电话仅适用于付费租户。
policy-err-questions-register = 用户必须注册 3 到 5 个安全问题。
policy-err-questions-ask = 必须询问 3 到 5 个安全问题。
policy-err-questions-ask-exceeds = 询问的问题数不能多于用户注册的问题数。
policy-err-reconfirm-days = 重新确认的间隔必须介于 0 到 730 天之间。
policy-err-app-needs-more = 启用移动应用时，请另外启用足够多的其他方法。
policy-err-app-notification-alone = 当只需要一种方法时，仅靠应用通知不算在内。
policy-err-password-length = 密码长度必须介于 8 到 256 个字符之间。
policy-err-banned-terms = 自定义禁用字词最多为 1000 个。
policy-err-sms-sender = 短信发件人必须是最多包含 11 个字母和数字的名称，或者是电话号码，例如 +15017122661。
phone-err-country-code = 号码须以 + 和国家/地区代码开头。
phone-err-characters = 只能使用数字、空格和短划线。
phone-err-length = 该号码太短或太长。
policy-err-custom-question = 自定义安全问题的长度必须为 1 到 200 个字符，并且各不相同。
policy-err-brand-accent = 品牌颜色必须采用 #rrggbb 格式，且颜色要足够深，以便白色文字清晰可读（对比度至少为 4.5:1）。
policy-err-brand-logo = 徽标必须是此门户上的文件（例如 /brand/logo.svg）或嵌入的图像。
policy-err-sign-in-domain = 登录域必须是域名，例如 contoso.com。

## Sign-in and my account (G1, N4)
entry-signin-link = 登录以管理你的安全信息
signin-title = 登录
signin-intro = 登录以查看和更新你的安全信息，或更改你的密码。
signin-password-label = 密码
signin-button = 登录
signin-cant-access = 无法访问你的帐户？
signin-signed-out = 你已注销。
signout-button = 注销
account-title = 我的帐户
account-signed-in-as = 已以 { $name }（{ $upn }）身份登录
account-reset-attempts = 有人尝试重置你的密码，但验证失败 { $count } 次，最近一次是在 { $when }。如果这不是你本人的操作，请放心，你的密码并未更改；请确认你的安全信息都属于你本人，并告知你的管理员。
account-cannot-reset = 你目前还无法自行重置密码。
account-security-info = 安全信息
account-change-password = 更改密码
err-no-session = 你尚未登录，或你的会话已结束。请重新登录。
err-credentials = 你的用户 ID 或密码不正确。
err-locked-out = 为防止未经授权的使用，你的帐户已被暂时锁定。请在 { $until } 之后重试。
err-account-locked = 你的帐户已被锁定。请使用“无法访问你的帐户？”将其解锁。
err-not-allowed = 该方法不能用于你的帐户。
err-current-password = 你的当前密码不正确。
err-on-premises = 你的密码由你所在组织的目录管理。请在那里更改密码。
err-too-many = 来自你的网络的尝试次数过多。请在 { $until } 之后重试。
err-resend-wait = 我们刚刚通过此方式向你发送了代码。请等到 { $until } 之后再请求新代码，或使用其他方法。
err-messages-paused = 我们目前无法发送更多代码。请在 { $until } 之后重试，或使用无需接收消息的方法，例如验证器应用或安全问题。
err-phone-country = 你所在组织不向此国家/地区的电话号码发送代码。请使用其他号码或方法。
err-busy = 服务目前繁忙。请稍候再试。
cancel = 取消
save = 保存

## Security info (G2..G7, C1)
setup-title = 安全信息
setup-intro = 以下是你在重置密码时用于证明身份的方法。
setup-progress-ok = 你可以重置密码：在所需的 { $required } 种方法中，已设置 { $have } 种。
setup-progress-short = 在所需的 { $required } 种方法中，已设置 { $have } 种。请添加更多方法，以便能够重置密码。
setup-methods-heading = 你的方法
setup-none = 你尚未设置任何方法。
setup-add-heading = 添加方法
setup-change = 更改
setup-change-label = 更改{ $what }
setup-delete = 删除
setup-delete-label = 删除{ $what }
setup-from-directory = （来自你所在组织的目录）
setup-done-added = 已添加你的方法。
setup-done-deleted = 已删除该方法。
setup-back = 返回安全信息
setup-not-available = 此方法不适用于你的帐户。
method-app = 验证器应用
method-software = 软件 OATH 令牌
method-hardware = 硬件令牌
method-phone = 电话
method-office = 办公电话
method-email = 电子邮件
method-questions = 安全问题
method-questions-detail = { $count } 个问题
add-app = 添加验证器应用
add-software = 添加软件 OATH 令牌
add-hardware = 激活硬件令牌
add-phone = 添加或更改你的电话
add-office = 添加或更改你的办公电话
add-email = 添加或更改你的电子邮件
add-questions = 设置安全问题
setup-email-label = 电子邮件地址
setup-email-hint = 请使用工作帐户以外的地址。我们会向该地址发送代码。
setup-phone-label = 电话号码
setup-office-label = 办公电话号码
setup-phone-hint = 请包含 + 和国家/地区代码，例如 +86 138 0013 8000。
setup-phone-channel = 我们应如何向你发送代码？
setup-phone-sms = 通过短信向我发送代码
setup-phone-voice = 给我打电话
setup-app-intro = 在你的手机上安装验证器应用，然后选择“下一步”以查看要扫描的二维码。
setup-software-intro = 选择“下一步”以获取软件令牌的密钥。
setup-app-step-scan = 使用你的应用扫描二维码，或输入下面的密钥。
setup-app-step-code = 输入应用显示的 6 位代码。
setup-app-qr-alt = 验证器应用的二维码
setup-app-secret = 密钥：
setup-hardware-intro = 选择令牌上印的序列号，然后输入令牌显示的代码。
setup-hardware-serial = 序列号
setup-questions-intro = 选择 { $count } 个不同的问题并逐一回答（3 到 40 个字符，答案不得重复）。
setup-question-label = 问题 { $n }
setup-answer-label = 答案 { $n }
setup-err-email-shape = 请输入电子邮件地址，例如 someone@example.com。
setup-err-email-same = 请使用工作帐户以外的地址。
setup-err-phone = 该电话号码似乎不正确。
setup-err-questions = 你的安全问题未保存。
setup-err-questions-count = 请回答每个问题。
setup-err-questions-unknown = 请从列表中选择问题。
setup-err-questions-duplicate = 请在每个框中选择不同的问题。
setup-err-answer-length = 答案长度必须为 3 到 40 个字符。
setup-err-answer-duplicate = 请为每个问题提供不同的答案。
setup-err-too-many-apps = 你的验证器应用数量已达上限。请先删除一个。
setup-err-token-unknown = 该令牌未分配给你，或已处于激活状态。
protect-title = 帮助我们保护你的帐户
protect-intro = 你所在组织需要更多信息，以确保你的帐户安全，并让你能够自行重置密码。
protect-skip = 暂时跳过
confirm-title = 你的安全信息是否仍然准确？
confirm-intro = 请检查你用于重置密码的方法。如果没有变化，请确认；如果有变化，请进行编辑。
confirm-looks-good = 没问题
confirm-edit = 编辑你的安全信息
confirm-done = 谢谢！你的安全信息已确认。
change-title = 更改密码
change-current-label = 当前密码
change-button = 更改密码
change-done = 你的密码已更改。

## Security questions (G6, predefined list)
sq-first-pet = 你的第一只宠物叫什么名字？
sq-birth-city = 你出生在哪个城市？
sq-first-school = 你上的第一所学校叫什么名字？
sq-childhood-friend = 你童年最好的朋友叫什么名字？
sq-first-job-city = 你的第一份工作在哪个城市？
sq-grandparent-name = 你的祖父母和外祖父母中最年长的一位叫什么名字？
sq-first-concert = 你第一次去听的音乐会是哪一场？
sq-childhood-street = 你小时候住在哪条街上？
sq-favourite-teacher = 你最喜欢的老师姓什么？
sq-first-car = 你的第一辆车是什么品牌和型号？

## Notifications on a paired device (V4)
option-push = 在我的设备上批准通知
pending-push = 我们已向你的设备发送通知。请打开通知并输入以下数字：
pending-push-then = 然后在此处选择“继续”。
push-continue = 继续
err-push-pending = 尚未响应该通知。请在你的设备上响应，然后选择“继续”。
err-push-denied = 通知被拒绝，或数字不匹配。请选择一种方法重试。
method-notification = 我的设备上的通知
add-notification = 添加用于接收通知的设备
setup-device-intro = 将你的手机用作批准请求的设备：选择“下一步”以获取配对码。
setup-device-step-open = 在你的手机上打开设备页面：
setup-device-link = 打开设备页面
setup-device-step-code = 在该页面上输入此配对码：
setup-device-then = 当设备页面显示已配对时，请返回此处。
setup-device-done = 完成
device-title = 你的设备
device-intro = 此页面用于批准你的帐户的登录和密码重置请求。将它添加到主屏幕，以便随时使用。
device-paired = 此设备已配对。当系统要求你批准请求时，请在此检查请求。
device-pair-failed = 该配对码无效。请从你的安全信息中获取新的配对码。
device-approved = 已批准。你可以返回另一个屏幕。
device-denied = 已拒绝。未批准任何内容。
device-no-request = 没有待处理的请求。
device-request = %org% 请求确认是你本人（%upn%）。
device-request-title = 批准此请求？
device-pair-code = 配对码
device-name = 此设备的名称
device-name-default = 我的手机
device-pair-button = 配对此设备
device-check = 检查请求
device-number = 另一个屏幕上显示的数字
device-approve = 批准
device-deny = 拒绝
device-needs-js = 此页面需要 JavaScript 来保存其签名密钥并对批准进行签名。

## Sign-in, second step (G1)
check-title = 验证你的身份
check-intro = 你的帐户已有安全信息，因此在你查看或更改这些信息之前，我们需要再进行一次验证。

## The on-premises directory (P10, P11)
err-directory-policy = 你所在组织的目录未接受此密码。它可能是你以前用过的密码，或者违反了目录自身的某项规则；请尝试其他密码。
err-directory = 我们无法连接到你所在组织的目录。未做任何更改；请稍后重试。

## Issue 10: a form post with a field missing
err-form-incomplete = 收到的表单不完整。请填写所有字段，然后重试。

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = 进度
progress-step = 第 { $current } 步，共 { $total } 步
step-userid = 用户 ID
step-verify = 验证
step-password = 新密码
step-done = 完成
resend-code = 重新发送代码
resend-in = 你可以在 { $seconds } 秒后请求新代码。
helpdesk-contact = 需要帮助？请联系你的帮助台：{ $contact }
brand-logo-alt = { $org }
setup-add-method = 添加方法
setup-delete-title = 删除此方法？
setup-delete-confirm = 将从你的安全信息中删除{ $what }。
setup-delete-last-warning = 你需要此方法来重置密码。删除后，在添加其他方法之前，你将无法自行重置密码。
setup-delete-confirm-button = 是，删除
setup-app-open-link = 在此手机上的验证器应用中打开
setup-app-secret-grouped = 密钥（每四个字符一组）：
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $year }/{ $month }/{ $day } { $hour }:{ $minute }（{ $zone }）
time-am = 上午
time-pm = 下午

# Issue 12：管理员控制台。各部分标题沿用 Entra 密码重置页面的名称。
account-admin-console = 管理员控制台
admin-title = 管理员控制台
admin-sign-in = 请使用你的管理员帐户登录以打开控制台。
admin-not-admin = 此控制台仅供管理员使用。你的帐户没有任何管理员角色。
admin-second-step = 控制台需要第二个登录步骤。请在你的安全信息中添加电话或验证器应用，然后注销并重新登录。
admin-go-setup = 转到你的安全信息
admin-go-account = 返回我的帐户
admin-back = 返回控制台
admin-tenant = 组织：{ $name }
admin-signed-in-as = 已以 { $name } 身份登录，角色：{ $roles }
admin-policy-heading = 密码重置策略
admin-readonly = 你的角色允许你帮助用户，但不能更改密码重置策略。全局管理员或身份验证策略管理员可以更改此策略。
admin-draft-pending = 对“{ $page }”的一项更改正在等待你审阅。
admin-draft-open = 打开更改
admin-draft-elsewhere = 对“{ $page }”的一项更改正在等待审阅。审阅此页面将替换该更改。
admin-saved = 已保存为更改 { $id }。
admin-discarded = 已放弃该更改。未保存任何内容。
admin-blade-properties = 属性
admin-blade-methods = 身份验证方法
admin-blade-registration = 注册
admin-blade-notifications = 通知
admin-blade-customization = 自定义
admin-blade-on-premises = 本地集成
admin-blade-administrators = 管理员策略
admin-f-scope = 已为以下对象启用自助密码重置
admin-scope-none = 无
admin-scope-selected = 所选组
admin-scope-all = 所有用户
admin-f-groups = 组
admin-f-groups-hint = 勾选已启用自助密码重置的组，或输入其他组名称，用逗号分隔。选择“所选组”时使用。
admin-f-methods-required = 重置所需的方法数
admin-f-methods-required-hint = 1 或 2。
admin-f-methods = 可供用户使用的方法
admin-f-questions-to-register = 注册所需的安全问题数
admin-f-questions-to-ask = 重置所需的安全问题数
admin-f-custom-questions = 你所在组织自己的安全问题
admin-f-custom-questions-hint = 每行一个问题，与预定义的问题一同提供。
admin-f-require-registration = 要求用户在登录时注册
admin-f-reconfirm-days = 要求用户重新确认其身份验证信息之前的天数
admin-f-reconfirm-days-hint = 0 到 730；为 0 时从不要求。
admin-f-notify-users = 在密码重置时通知用户
admin-f-notify-admins = 当其他管理员重置其密码时通知所有管理员
admin-f-helpdesk = 帮助台链接
admin-f-helpdesk-hint = 电子邮件地址或以 https:// 开头的网址。留空则不显示。
admin-f-logo = 徽标
admin-f-logo-hint = 此门户上的文件，例如 /brand/logo.svg。留空则仅显示名称。
admin-f-accent = 强调色
admin-f-accent-hint = 采用 #rrggbb 格式，颜色要足够深，以便显示白色文字。
admin-f-sign-in-domain = 登录提示域
admin-f-sign-in-domain-hint = 显示在用户 ID 示例中，例如 contoso.com。
admin-f-writeback = 将密码写回到你的本地目录
admin-f-allow-unlock = 允许用户在不重置密码的情况下解锁帐户
admin-f-admin-sspr = 允许管理员重置自己的密码
admin-f-admin-sspr-hint = 管理员始终需要两种方法：电子邮件或电话，以及另一种方法。
admin-review-button = 审阅更改
admin-errors-heading = 无法保存此更改：
admin-live-ok = 可以保存此更改。
admin-err-number = 请输入整数。
admin-err-helpdesk = 请输入电子邮件地址或以 https:// 开头的网址。
admin-err-forbidden = 你的角色不允许更改密码重置策略。
admin-err-no-draft = 没有等待审阅的更改。
admin-err-no-change = 历史记录中没有该更改。
admin-err-refused = 此更改违反了策略的一项规则。请编辑后重新审阅。
admin-review-title = 审阅更改
admin-review-page = 页面：{ $page }
admin-changes = 更改内容：{ $keys }
admin-no-change = 此更改不会改变任何内容。
admin-impact-heading = 谁可以重置密码
admin-impact-summary = 目前 { $users } 个用户中有 { $before } 个可以重置密码；此更改后将有 { $after } 个可以重置。
admin-stranded-none = 没有人会失去重置密码的能力。
admin-stranded = { $count ->
   *[other] { $count } 个用户在更改前可以重置密码，更改后将无法重置：
}
admin-stranded-hint = 请在保存之前让他们在安全信息页面上注册更多方法，否则他们必须致电帮助台。
admin-gained = { $count ->
   *[other] { $count } 个用户在更改前无法重置密码，更改后将可以重置：
}
admin-export-csv = 下载列表 (CSV)
admin-save = 保存
admin-discard = 放弃
admin-edit-again = 再次编辑
admin-history-title = 更改历史记录
admin-history-empty = 尚未保存任何更改。
admin-history-change = 更改
admin-history-when = 时间
admin-history-who = 管理员
admin-history-what = 已更改的设置
admin-revert = 还原
admin-revert-label = 还原更改 { $id }
admin-reverts = 还原更改 { $id }
admin-reverted = 已还原更改 { $id }。被其替换的设置已恢复。
admin-key-scope = 谁可以重置
admin-key-admin-sspr = 管理员重置
admin-key-methods-required = 所需方法
admin-key-methods = 可用方法
admin-key-questions-to-register = 注册问题
admin-key-questions-to-ask = 重置问题
admin-key-custom-questions = 自己的安全问题
admin-key-require-registration = 要求注册
admin-key-reconfirm-days = 重新确认天数
admin-key-notify-users = 用户通知
admin-key-notify-admins = 管理员通知
admin-key-helpdesk = 帮助台链接
admin-key-branding = 品牌
admin-key-writeback = 密码写回
admin-key-allow-unlock = 帐户解锁
admin-key-password = 密码规则
admin-key-phone-countries = 电话国家/地区
admin-key-sms-sender = 短信 (SMS) 发件人

# Issue 12：控制台的报告 (A2)。
admin-reports-title = 报告
admin-reports-link = 注册、重置、失败以及无法重置密码的用户
admin-reports-period = 过去 { $days } 天，自 { $since } 起 (UTC)。
admin-reports-chart = 下表数据的图表
admin-reports-by-day = 每日注册、重置和解锁
admin-col-day = 日期
admin-col-registrations = 注册
admin-col-resets = 重置
admin-col-unlocks = 解锁
admin-col-user = 用户
admin-reports-funnel = 重置尝试进行到了哪一步
admin-reports-funnel-hint = 每次尝试都从输入用户 ID 开始。数字下降之处，就是用户放弃之处。
admin-col-step = 步骤
admin-col-attempts = 尝试次数
admin-funnel-started = 已开始
admin-funnel-eligible = 允许重置
admin-funnel-verified-one = 已验证一种方法
admin-funnel-verified-two = 已验证第二种方法
admin-funnel-password-set = 已设置新密码或已解锁帐户
admin-reports-failures = 按原因统计的失败
admin-col-reason = 原因
admin-col-count = 数量
admin-reports-none = 此期间内没有任何记录。
admin-reports-methods = 用于重置或解锁的方法
admin-col-method = 方法
admin-reports-cannot = 谁无法重置密码
admin-reports-can = 目前 { $users } 个用户中有 { $can } 个可以重置密码。
admin-reports-short = { $count ->
   *[other] { $count } 个用户因方法不足而无法重置密码：
}
# Issue 12：控制台的用户页面 (D1, D3)。
admin-users-title = 用户
admin-users-link = 查找用户：其方法、阻止和联系信息
admin-users-lookup-label = 用户 ID
admin-users-lookup = 查找
admin-err-no-user = 你的组织中没有具有该 ID 的用户。
admin-err-protected = 此用户是你的角色无权管理的管理员。请联系全局管理员。
admin-err-contact = 请输入与用户本人地址不同的电子邮件地址，并按 +<国家/地区代码> <号码> 格式输入电话号码。
admin-user-status = 帐户
admin-user-enabled = 已启用
admin-user-disabled = 已禁用
admin-user-locked = 已在目录中锁定
admin-user-password = 密码
admin-user-cloud = 由此门户保存
admin-user-onprem = 由本地目录保存
admin-user-groups = 组
admin-user-roles = 管理员角色
admin-user-none = 无
admin-user-methods = 用户拥有的方法
admin-user-reset = 自助密码重置
admin-user-can-reset = 目前可以重置密码。
admin-user-cannot-reset = 目前无法重置：
admin-reason-consumer = 这是个人帐户，此门户不为其提供服务。
admin-reason-unavailable = 帐户已禁用。
admin-reason-not-enabled = 未为其所在的组启用自助密码重置。
admin-reason-not-registered = 注册的方法不足以满足策略要求。
admin-reason-admin-not-registered = 管理员需要两种方法，但注册的方法少于两种。
admin-reason-writeback-off = 密码在本地保存，且密码写回已关闭。
admin-user-blocks = 阻止
admin-user-no-blocks = 目前没有阻止。
admin-user-reset-blocked = 密码重置已被阻止至 { $until }（错误的代码或答案过多）
admin-user-sends-blocked = 代码发送已被阻止至 { $until }（发送次数过多）
admin-user-signin-locked = 登录已被锁定至 { $until }（错误的密码过多）
admin-user-clear = 清除阻止
admin-user-cleared = 已清除阻止。
admin-user-contact = 联系信息
admin-user-alternate-email = 备用电子邮件
admin-user-mobile = 手机
admin-user-office = 办公电话
admin-user-contact-hint = 电话号码格式为 +<国家/地区代码> <号码>。将字段留空即可将其清除。
admin-user-contact-save = 保存联系信息
admin-user-contact-saved = 已保存联系信息。
admin-user-protected = 此用户是你的角色无权管理的管理员：只有全局管理员才能更改其联系信息或阻止。

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = 恢复代码
admin-recovery-intro = 适用于丢失了所有方法的用户：一个有效期为 8 小时的一次性代码，可让其登录一次以注册新方法。请当面交给用户，或在你主动拨打的电话中告知；系统会通过用户的电子邮件地址通知用户。
admin-recovery-issue = 颁发恢复代码
admin-recovery-issued = 已颁发恢复代码。它只显示一次。
admin-recovery-code-is = 恢复代码：
admin-recovery-until = 恢复代码的有效期至 { $until }。
admin-recovery-hand-over = 请在确认用户身份之后再将代码读给用户。代码不会再次显示。
admin-recovery-done = 完成，隐藏代码
recovery-link = 从帮助台获得了恢复代码？
recovery-title = 使用恢复代码登录
recovery-intro = 如果你丢失了所有方法，你的帮助台可以为你提供一次性恢复代码。请使用该代码登录，然后在安全信息页面上注册新方法。
recovery-code-label = 恢复代码
recovery-code-hint = 16 个字母和数字，例如 ABCD-EFGH-JKMN-PQRS。
recovery-wrong = 你的用户 ID 或恢复代码不正确，或者该代码已被使用或已过期。
recovery-back = 改用密码登录
msg-recovery-issued-subject = 已为你的帐户颁发恢复代码
msg-recovery-issued-body = 管理员已为 { $user } 颁发一次性恢复代码。如果你没有向帮助台申请过，请立即联系你的管理员。
msg-recovery-used-subject = 有人使用恢复代码登录了
msg-recovery-used-body = { $user } 已使用恢复代码登录以注册新的安全信息。如果这不是你本人的操作，请立即联系你的管理员。
msg-contact-changed-subject = 你的联系信息已更改
msg-contact-changed-body = 管理员更改了 { $user } 的联系信息（用于重置密码的电子邮件地址或电话号码）。如果这不在你的预期之内，请立即联系你的管理员。

# Issue 12：控制台的审核日志搜索 (A1, W2)。
admin-audit-title = 审核日志
admin-audit-link = 搜索并下载审核日志
admin-audit-user = 用户 ID
admin-audit-from = 开始日期 (YYYY-MM-DD, UTC)
admin-audit-to = 结束日期 (YYYY-MM-DD, UTC)
admin-audit-step = 步骤
admin-audit-outcome = 结果
admin-audit-ip = IP 地址
admin-audit-client = 客户端类型
admin-audit-any = 任意
admin-audit-search = 搜索
admin-audit-bad-date = 请按 YYYY-MM-DD 格式输入日期，例如 2026-11-05。
admin-audit-count = { $count ->
   *[other] 有 { $count } 个条目符合条件。
}
admin-audit-capped = 仅列出并下载最新的条目；请缩小搜索范围以查看其余条目。
admin-audit-pages = 结果页
admin-audit-newer = 较新的条目
admin-audit-older = 较早的条目
admin-audit-export-json = 以 JSON 行格式下载

# Issue 12：控制台的运行状况页面。
admin-ops-title = 运行状况
admin-ops-link = 运行状况：数据库、目录和邮件队列的当前状态
admin-ops-database = 数据库
admin-ops-directory = 本地目录
admin-ops-no-directory = 未配置
admin-ops-ok = 正常运行
admin-ops-down = 无响应
admin-ops-on = 已开启
admin-ops-off = 已关闭
admin-ops-directory-error = 最近一次目录故障（过去 30 天）
admin-ops-mail-waiting = 等待发送的通知
admin-ops-mail-oldest = 最早一条待发送通知的等待开始时间
admin-ops-mail-sent = 已发送的通知
admin-ops-mail-failed = 多次重试后放弃发送的通知
admin-ops-hashing = 此节点上等待哈希处理的密码
admin-ops-version = 版本
admin-ops-hint = 在打开此页面时由提供此页面的节点检查。通知数量统计的是整个门户；其余指标请参阅 /metrics。

# Issue 12：P1 的组选择器，以及 M2 向更改后无法重置密码的用户发送的通知。
admin-f-groups-other = 其他组
admin-f-groups-none = 此组织在门户中还没有组：请输入组名称。
admin-notify-stranded = 向此更改后无法重置密码的用户发送电子邮件，请他们注册更多方法
msg-register-needed-subject = 请注册更多安全信息
msg-register-needed-body = 你的组织现在要求提供更多安全信息才能重置密码。在你登录并在安全信息页面上添加方法之前，{ $user } 必须致电帮助台才能重置密码。

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = 最近一次目录同步（sspr directory sync）
admin-ops-sync-counts = 已写入的更改：{ $changes }；被拒绝的值：{ $refused }；不属于任何组织的用户：{ $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = 翻译应写在其问题下方的一行中，格式为语言代码、冒号和文本（例如 ja-JP: …），长度为 1 到 200 个字符。
admin-err-translation-first = 请先写问题，然后在其下方的行中写出翻译。
admin-f-question-translations-hint = 若要以其他语言显示问题，请在其下方添加一行，包含语言代码、冒号和译文，例如“ja-JP: 事務所の植物の名前は？”。如果用户的语言没有译文，将看到问题的原文。
admin-f-recovery-code-resets = 帮助台颁发的恢复代码也可以重置用户的密码一次
admin-key-recovery-code-resets = 可重置密码的恢复代码
recovery-reset-hint = 如果你的组织允许，也可以改用此代码重置一次密码。
recovery-reset-button = 重置我的密码
recovery-no-reset = 你的组织仅允许使用恢复代码登录。请在此处注册新方法，之后即可使用这些方法重置密码。
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = 已开始重置
audit-step-choose = 已选择重置或解锁
audit-step-select = 已选择方法
audit-step-send-code = 已发送代码
audit-step-verify = 已验证方法
audit-step-unlock = 已解锁帐户
audit-step-reset = 密码重置
audit-step-password = 已输入新密码
audit-step-directory = 目录写回
audit-step-notify = 通知
audit-step-admin-request = 向管理员提出的请求
audit-step-signin = 登录
audit-step-signin-verify = 登录第二步
audit-step-signout = 注销
audit-step-interrupt = 登录时的注册提示
audit-step-reconfirm = 已重新确认安全信息
audit-step-register = 已注册方法
audit-step-register-send-code = 已发送注册代码
audit-step-register-pairing = 已配对验证器应用
audit-step-register-verify = 已检查注册代码
audit-step-delete-method = 已删除方法
audit-step-change-password = 已更改密码
audit-step-delivery = 送达回执
audit-step-policy-change = 已更改策略
audit-step-admin-clear-blocks = 管理员已清除阻止
audit-step-admin-set-contact = 管理员已设置联系信息
audit-step-admin-recovery-code = 已颁发恢复代码
audit-step-directory-sync = 目录同步
audit-outcome-ok = 成功
audit-outcome-fail = 失败
audit-outcome-blocked = 已阻止
audit-outcome-error = 错误
audit-outcome-rejected = 已拒绝
audit-outcome-ineligible = 不符合条件
audit-outcome-dismissed = 已推迟
audit-client-browser = 浏览器
audit-client-sign-in-screen = 登录屏幕
audit-client-app = 应用

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }：{ $old } → { $new }
admin-value-on = 开启
admin-value-off = 关闭
admin-value-empty = （空）

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = 最近一次在目录中写回密码（或解锁帐户）

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = 密码已重置
done-title-unlock = 帐户已解锁
admin-f-sign-in-url = 你所在组织的登录页
admin-f-sign-in-url-hint = 重置最后一页上的按钮所指向的位置，例如 https://login.contoso.com。留空则使用此门户的默认页面。
policy-err-sign-in-url = 请输入以 https:// 开头的网址作为登录页。

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = 用户可以选择的预定义安全问题
admin-key-predefined-questions = 预定义安全问题
policy-err-too-few-questions = 提供的安全问题（预定义的和你自己的）数量不得少于用户必须注册的问题数。
