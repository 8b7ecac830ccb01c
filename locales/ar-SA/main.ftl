# sspr, ar-SA. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = إعادة تعيين كلمة المرور بالخدمة الذاتية
reset-title = العودة إلى حسابك
skip-to-content = التخطي إلى المحتوى الرئيسي
lang-switch-label = اللغة
next = التالي
back-to-start = البدء من جديد
retry = حاول مرة أخرى
something-wrong = حدث خطأ ما. حاول مرة أخرى لاحقًا.
not-found = هذه الصفحة غير موجودة.
working = جارٍ المعالجة…

## Entry (E2)
entry-intro = لاسترداد حسابك، ابدأ بإدخال معرّف المستخدم والإجابة عن السؤال أدناه.
userid-label = معرّف المستخدم
userid-hint = مثال: { $example }
captcha-legend = أثبت أنك لست روبوتًا
captcha-nojs = بعد تحديد «التالي»، يتم فحص متصفحك لبضع ثوانٍ ({ $seconds } أو أكثر). لا يلزمك فعل أي شيء آخر.
captcha-working = جارٍ فحص متصفحك…
captcha-done = تم. يمكنك المتابعة.

## Contact your administrator (E3, E5, P9, K1)
contact-title = اتصل بالمسؤول
contact-reason-consumer = لا يمكن استخدام الحسابات الشخصية في هذه البوابة. استخدم خيارات الاسترداد التي يوفرها موفر البريد الإلكتروني بدلاً من ذلك.
contact-reason-unavailable = لا يمكننا إعادة تعيين هذا الحساب هنا. ربما يكون غير موجود أو معطّلاً.
contact-reason-not-enabled = إعادة تعيين كلمة المرور بالخدمة الذاتية غير مشغّلة لهذا الحساب.
contact-reason-not-registered = لا يحتوي هذا الحساب على معلومات أمان مسجلة كافية لإعادة تعيين كلمة المرور.
contact-reason-admin-not-registered = تحتاج حسابات المسؤولين إلى طريقتين مسجلتين (البريد الإلكتروني أو الهاتف المحمول أو هاتف المكتب أو تطبيق المصادقة) لإعادة تعيين كلمة المرور.
contact-reason-writeback-off = تتم إدارة كلمة مرور هذا الحساب محليًا، ولا يمكن إعادة تعيينها هنا.
contact-also-intro = قد يحدث هذا أيضًا في الحالات التالية:
contact-also-consumer = الحساب شخصي لدى موفر بريد إلكتروني للمستهلكين
contact-also-unavailable = معرّف المستخدم مكتوب بشكل خاطئ، أو الحساب غير موجود أو معطّل
contact-also-not-enabled = إعادة تعيين كلمة المرور بالخدمة الذاتية غير مشغّلة للحساب
contact-also-not-registered = لا يحتوي الحساب على معلومات أمان مسجلة كافية (إذا كان بإمكانك تسجيل الدخول، فستعرض لك صفحة معلومات الأمان ما ينقص)
contact-also-admin-not-registered = حساب المسؤول لا يحتوي على طريقتين مسجلتين
contact-also-writeback-off = تتم إدارة كلمة المرور بواسطة الدليل الخاص بمؤسستك
contact-helpdesk-link = اتصل بمكتب المساعدة
contact-helpdesk-email = راسل مكتب المساعدة عبر البريد الإلكتروني: { $email }
contact-no-helpdesk = اطلب المساعدة من مسؤول مؤسستك.
contact-request-button = اطلب من المسؤولين إعادة تعيين كلمة المرور الخاصة بي
contact-request-sent = تم إرسال طلبك إلى المسؤولين.

## Trouble choice
choose-title = لماذا تواجه مشكلة في تسجيل الدخول؟
choose-forgot = نسيت كلمة المرور
choose-forgot-hint = لا تقلق، سنساعدك على إعادة تعيينها باستخدام معلومات الأمان التي سجلتها.
choose-unlock = أعرف كلمة المرور، ولكن يتعذر عليّ تسجيل الدخول
choose-unlock-hint = قد يحدث ذلك لأنك حاولت تسجيل الدخول بكلمة مرور غير صحيحة مرات كثيرة جدًا.

## Verification (V1..V6)
verify-title = التحقق من هويتك
verify-step = خطوة التحقق { $current } من { $required }
verify-pick = اختر طريقة الاتصال التي نستخدمها للتحقق:
verify-passed = تم التحقق
option-email = إرسال بريد إلكتروني إلى عنواني البديل { $masked }
option-sms = إرسال رسالة نصية إلى هاتفي المحمول { $masked }
option-voice = الاتصال بهاتفي المحمول { $masked }
option-office = الاتصال بهاتف مكتبي { $masked }
option-app = إدخال رمز من تطبيق المصادقة
option-software_oath = إدخال رمز يعرضه الرمز المميز للبرامج
option-hardware_oath = إدخال رمز يعرضه الرمز المميز للأجهزة
option-questions = الإجابة عن أسئلة الأمان
pending-email = أرسلنا رسالة بريد إلكتروني تتضمن رمز التحقق إلى { $masked }.
pending-sms = أرسلنا رسالة نصية تتضمن رمز التحقق إلى { $masked }.
pending-voice = نتصل الآن بالرقم { $masked }. استمع إلى رمز التحقق.
pending-totp = أدخل الرمز المعروض في التطبيق أو على الرمز المميز.
code-label = رمز التحقق
questions-legend = أجب عن أسئلة الأمان
verify-button = تحقق

## New password (N1, N2)
password-title = اختر كلمة مرور جديدة
password-label = كلمة المرور الجديدة
confirm-label = تأكيد كلمة المرور الجديدة
password-rules = يجب أن تستوفي كلمة المرور ما يلي:
pw-rule-length = ألا يقل عدد أحرفها عن { $min }
pw-rule-max-length = ألا يزيد عدد أحرفها على { $max }
pw-rule-classes = أن تحتوي على ثلاثة مما يلي: أحرف صغيرة، وأحرف كبيرة، وأرقام، ورموز
pw-rule-banned = ألا تكون كلمة مرور شائعة الاستخدام أو محظورة
pw-rule-name = ألا تحتوي على اسمك
pw-rule-match = أن تطابق تأكيدها
pw-rule-classes-ad = أن تحتوي على ثلاثة مما يلي: أحرف صغيرة، وأحرف كبيرة، وأرقام، ورموز، وأحرف ليس لها حالة كبيرة وصغيرة (مثل الحروف العربية)
pw-rule-name-ad = ألا تحتوي على اسم حسابك أو على أي جزء من اسمك يتكون من 3 أحرف أو أكثر
pw-dir-heading = عند الإرسال، يتحقق دليل مؤسستك أيضًا مما يلي:
pw-dir-history = { $n ->
    [zero] ألا تكون إحدى كلمات المرور السابقة
    [one] ألا تكون كلمة المرور الحالية
    [two] ألا تكون إحدى آخر كلمتي مرور استخدمتهما
    [few] ألا تكون إحدى آخر { $n } كلمات مرور استخدمتها
    [many] ألا تكون إحدى آخر { $n } كلمة مرور استخدمتها
   *[other] ألا تكون إحدى آخر { $n } كلمة مرور استخدمتها
}
pw-dir-min-age = { $n ->
    [zero] أن يكون التغيير بعد آخر تغيير لكلمة المرور
    [one] أن يكون قد مضى يوم واحد على الأقل على آخر تغيير لكلمة المرور
    [two] أن يكون قد مضى يومان على الأقل على آخر تغيير لكلمة المرور
    [few] أن يكون قد مضى { $n } أيام على الأقل على آخر تغيير لكلمة المرور
    [many] أن يكون قد مضى { $n } يومًا على الأقل على آخر تغيير لكلمة المرور
   *[other] أن يكون قد مضى { $n } يوم على الأقل على آخر تغيير لكلمة المرور
}
pw-dir-module = أن تستوفي قواعد الجودة الإضافية الخاصة بمؤسستك
pw-rule-ok = مستوفى
pw-rule-not-ok = غير مستوفى
finish = إنهاء

## Done
done-reset = تمت إعادة تعيين كلمة المرور.
done-unlock = تم إلغاء تأمين حسابك.
done-sign-in = سجّل الدخول بحسابك

## Errors (flows)
err-no-flow = انتهت صلاحية جلستك. ابدأ من جديد.
err-captcha = انتهت صلاحية التحقق من أنك لست روبوتًا أو سبق استخدامه. حاول مرة أخرى.
err-wrong-step = لم تعد هذه الخطوة متاحة. تابع من هنا.
err-unknown-option = اختر إحدى الطرق المدرجة.
err-code-wrong = لم يعمل هذا الرمز. تحقق منه وحاول مرة أخرى.
err-code-expired = انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا.
err-code-used = سبق استخدام هذا الرمز. تابع من هنا.
err-blocked = لقد حاولت مرات كثيرة جدًا. حاول مرة أخرى بعد { $until }.
err-email-limit = أرسلنا عددًا كبيرًا جدًا من الرموز. حاول مرة أخرى بعد { $until }، أو استخدم طريقة أخرى.
err-answers-wrong = إجابة واحدة أو أكثر غير صحيحة. إليك مجموعة جديدة من الأسئلة.
err-password = لا تستوفي كلمة المرور المتطلبات أدناه.
err-delivery = تعذر علينا إرسال الرسالة الآن. حاول مرة أخرى لاحقًا أو استخدم طريقة أخرى.
err-admin-request-limit = لقد أرسلت عدة طلبات بالفعل. سيتواصل معك المسؤولون.
err-internal = حدث خطأ ما. حاول مرة أخرى لاحقًا.
userid-err-empty = أدخل معرّف المستخدم.
userid-err-shape = أدخل معرّف المستخدم بالصيغة name@domain، على سبيل المثال { $example }.
userid-err-too-long = معرّف المستخدم هذا طويل جدًا.

## Messages (email, SMS, voice)
msg-code-subject = رمز التحقق لحساب { $org }
msg-code-email = استخدم الرمز التالي للتحقق من حسابك: { $code }. تنتهي صلاحيته خلال { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}. إذا لم تطلبه، فتجاهل هذه الرسالة.
msg-code-sms = رمز إعادة تعيين كلمة مرور { $org }: { $code }
msg-code-voice = رمز التحقق الخاص بك هو { $code }. أكرر، رمزك هو { $code }.
msg-reset-subject = تمت إعادة تعيين كلمة المرور
msg-reset-body = تمت للتو إعادة تعيين كلمة مرور { $user } عبر إعادة تعيين كلمة المرور بالخدمة الذاتية. إذا لم تكن أنت من قام بذلك، فاتصل بالمسؤول على الفور.
msg-method-added-subject = تمت إضافة معلومات أمان إلى حسابك
msg-method-added-body = تمت إضافة { $method } إلى معلومات الأمان الخاصة بالمستخدم { $user }. إذا لم تكن أنت من قام بذلك، فسجّل الدخول وأزلها، ثم غيّر كلمة المرور واتصل بالمسؤول.
msg-method-removed-subject = تمت إزالة معلومات أمان من حسابك
msg-method-removed-body = تمت إزالة { $method } من معلومات الأمان الخاصة بالمستخدم { $user }. إذا لم تكن أنت من قام بذلك، فسجّل الدخول وراجع معلومات الأمان، ثم غيّر كلمة المرور واتصل بالمسؤول.
msg-admin-reset-subject = أعاد أحد المسؤولين تعيين كلمة المرور الخاصة به
msg-admin-reset-body = أعاد المسؤول { $user } تعيين كلمة المرور الخاصة به عبر إعادة تعيين كلمة المرور بالخدمة الذاتية.
msg-admin-request-subject = طلب إعادة تعيين كلمة المرور
msg-admin-request-body = يتعذر على { $user } إعادة تعيين كلمة المرور الخاصة به بالخدمة الذاتية، ويطلب المساعدة من أحد المسؤولين.

## Dev outbox (demo mode only)
outbox-title = صندوق الصادر (عرض توضيحي)
outbox-intro = الوضع التوضيحي: تُكتب هنا الرسائل التي أرسلتها البوابة بدلاً من تسليمها. الأحدث أولاً.
outbox-empty = لا توجد رسائل بعد.
outbox-to = إلى
demo-outbox-link = الوضع التوضيحي: اقرأ الرسالة في صندوق الصادر (تُفتح في علامة تبويب جديدة)
outbox-channel = القناة

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = اختر مجموعة واحدة على الأقل لنطاق المجموعات المحددة.
policy-err-methods-required = يجب أن يكون عدد الطرق المطلوبة 1 أو 2.
policy-err-too-few-methods = مكّن عددًا من الطرق لا يقل عن العدد المطلوب.
policy-err-office-phone-paid = هاتف المكتب متاح للمستأجرين المدفوعين فقط.
policy-err-questions-register = يجب أن يسجل المستخدمون من 3 إلى 5 أسئلة أمان.
policy-err-questions-ask = يجب طرح من 3 إلى 5 أسئلة أمان.
policy-err-questions-ask-exceeds = لا يمكن طرح أسئلة أكثر مما يسجله المستخدمون.
policy-err-reconfirm-days = يجب أن تتراوح مدة إعادة التأكيد بين 0 و730 يومًا.
policy-err-app-needs-more = عند تمكين تطبيق الهاتف المحمول، مكّن عددًا كافيًا من الطرق الأخرى إلى جانبه.
policy-err-app-notification-alone = عندما تكون طريقة واحدة مطلوبة، لا يُحتسب إشعار التطبيق وحده.
policy-err-password-length = يجب أن يتراوح طول كلمة المرور بين 8 و256 حرفًا.
policy-err-banned-terms = الحد الأقصى للمصطلحات المحظورة المخصصة هو 1000 مصطلح.
policy-err-sms-sender = يجب أن يكون مرسل الرسائل النصية اسمًا لا يتجاوز 11 حرفًا ورقمًا، أو رقم هاتف مثل +15017122661.
phone-err-country-code = ابدأ الرقم بعلامة + ثم رمز البلد.
phone-err-characters = استخدم الأرقام والمسافات والشرطات فقط.
phone-err-length = هذا الرقم قصير جدًا أو طويل جدًا.
policy-err-custom-question = يجب أن يتراوح طول أسئلة الأمان المخصصة بين 1 و200 حرف، وأن تكون كلها مختلفة.
policy-err-brand-accent = يجب كتابة لون العلامة التجارية بالصيغة #rrggbb، وأن يكون داكنًا بما يكفي للنص الأبيض (تباين لا يقل عن 4.5:1).
policy-err-brand-logo = يجب أن يكون الشعار ملفًا على هذه البوابة (مثل /brand/logo.svg) أو صورة مضمّنة.
policy-err-sign-in-domain = يجب أن يكون مجال تسجيل الدخول اسم مجال، مثل contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = سجّل الدخول لإدارة معلومات الأمان
signin-title = تسجيل الدخول
signin-intro = سجّل الدخول لعرض معلومات الأمان وتحديثها أو لتغيير كلمة المرور.
signin-password-label = كلمة المرور
signin-button = تسجيل الدخول
signin-cant-access = ألا يمكنك الوصول إلى حسابك؟
signin-signed-out = لقد سجّلت الخروج.
signout-button = تسجيل الخروج
account-title = حسابي
account-signed-in-as = تم تسجيل الدخول باسم { $name } ({ $upn })
account-reset-attempts = حاول شخص ما إعادة تعيين كلمة المرور الخاصة بك وفشل في التحقق { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}، وكانت آخر محاولة في { $when }. إذا لم تكن أنت، فلم تتغير كلمة المرور؛ تأكد من أن معلومات الأمان تخصك وأبلغ المسؤول.
account-cannot-reset = لا يمكنك إعادة تعيين كلمة المرور بنفسك بعد.
account-security-info = معلومات الأمان
account-change-password = تغيير كلمة المرور
err-no-session = لم تسجّل الدخول، أو انتهت جلستك. سجّل الدخول مرة أخرى.
err-credentials = معرّف المستخدم أو كلمة المرور غير صحيحة.
err-locked-out = تم تأمين حسابك مؤقتًا لمنع الاستخدام غير المصرح به. حاول مرة أخرى بعد { $until }.
err-account-locked = تم تأمين حسابك. استخدم «ألا يمكنك الوصول إلى حسابك؟» لإلغاء تأمينه.
err-not-allowed = لا يمكن استخدام هذه الطريقة لحسابك.
err-current-password = كلمة المرور الحالية غير صحيحة.
err-on-premises = تتم إدارة كلمة المرور بواسطة دليل مؤسستك. غيّرها هناك.
err-too-many = جرت محاولات كثيرة جدًا من شبكتك. حاول مرة أخرى بعد { $until }.
err-resend-wait = أرسلنا إليك للتو رمزًا بهذه الطريقة. انتظر حتى { $until } قبل طلب رمز آخر، أو استخدم طريقة أخرى.
err-messages-paused = لا يمكننا إرسال المزيد من الرموز الآن. حاول مرة أخرى بعد { $until }، أو استخدم طريقة لا تحتاج إلى رسالة، مثل تطبيق المصادقة أو أسئلة الأمان.
err-phone-country = لا ترسل مؤسستك رموزًا إلى أرقام الهواتف في هذا البلد. استخدم رقمًا أو طريقة أخرى.
err-busy = الخدمة مشغولة حاليًا. انتظر لحظة وحاول مرة أخرى.
cancel = إلغاء الأمر
save = حفظ

## Security info (G2..G7, C1)
setup-title = معلومات الأمان
setup-intro = هذه هي الطرق التي تستخدمها لإثبات هويتك عند إعادة تعيين كلمة المرور.
setup-progress-ok = يمكنك إعادة تعيين كلمة المرور: تم إعداد { $have } من أصل { $required } من الطرق المطلوبة.
setup-progress-short = تم إعداد { $have } من أصل { $required } من الطرق المطلوبة. أضف المزيد لتتمكن من إعادة تعيين كلمة المرور.
setup-methods-heading = طرقك
setup-none = لم تقم بإعداد أي طريقة بعد.
setup-add-heading = إضافة طريقة
setup-change = تغيير
setup-change-label = تغيير { $what }
setup-delete = حذف
setup-delete-label = حذف { $what }
setup-from-directory = (من دليل مؤسستك)
setup-done-added = تمت إضافة الطريقة.
setup-done-deleted = تم حذف الطريقة.
setup-back = العودة إلى معلومات الأمان
setup-not-available = هذه الطريقة غير متاحة لحسابك.
method-app = تطبيق المصادقة
method-software = رمز OATH المميز للبرامج
method-hardware = الرمز المميز للأجهزة
method-phone = الهاتف
method-office = هاتف المكتب
method-email = البريد الإلكتروني
method-questions = أسئلة الأمان
method-questions-detail = { $count } أسئلة
add-app = إضافة تطبيق مصادقة
add-software = إضافة رمز OATH مميز للبرامج
add-hardware = تنشيط رمز مميز للأجهزة
add-phone = إضافة هاتفك أو تغييره
add-office = إضافة هاتف المكتب أو تغييره
add-email = إضافة بريدك الإلكتروني أو تغييره
add-questions = إعداد أسئلة الأمان
setup-email-label = عنوان البريد الإلكتروني
setup-email-hint = استخدم عنوانًا غير عنوان حساب العمل. سنرسل إليه رمزًا.
setup-phone-label = رقم الهاتف
setup-office-label = رقم هاتف المكتب
setup-phone-hint = أدخل علامة + ورمز البلد، على سبيل المثال +966 50 123 4567.
setup-phone-channel = كيف تريد أن نرسل إليك الرمز؟
setup-phone-sms = أرسل لي رمزًا في رسالة نصية
setup-phone-voice = اتصل بي
setup-app-intro = ثبّت تطبيق مصادقة على هاتفك، ثم حدد «التالي» لعرض رمز QR الذي ستمسحه ضوئيًا.
setup-software-intro = حدد «التالي» للحصول على المفتاح السري للرمز المميز للبرامج.
setup-app-step-scan = امسح رمز QR ضوئيًا باستخدام التطبيق، أو أدخل المفتاح السري أدناه.
setup-app-step-code = أدخل الرمز المكون من 6 أرقام الذي يعرضه التطبيق.
setup-app-qr-alt = رمز QR لتطبيق المصادقة
setup-app-secret = المفتاح السري:
setup-hardware-intro = اختر الرقم التسلسلي المطبوع على الرمز المميز، وأدخل الرمز الذي يعرضه.
setup-hardware-serial = الرقم التسلسلي
setup-questions-intro = اختر { $count } أسئلة مختلفة وأجب عن كل منها (من 3 إلى 40 حرفًا، دون تكرار أي إجابة).
setup-question-label = السؤال { $n }
setup-answer-label = الإجابة { $n }
setup-err-email-shape = أدخل عنوان بريد إلكتروني، على سبيل المثال someone@example.com.
setup-err-email-same = استخدم عنوانًا غير عنوان حساب العمل.
setup-err-phone = يبدو أن رقم الهاتف هذا غير صحيح.
setup-err-questions = لم يتم حفظ أسئلة الأمان.
setup-err-questions-count = أجب عن كل الأسئلة.
setup-err-questions-unknown = اختر الأسئلة من القائمة.
setup-err-questions-duplicate = اختر سؤالاً مختلفًا في كل مربع.
setup-err-answer-length = يجب أن يتراوح طول الإجابات بين 3 و40 حرفًا.
setup-err-answer-duplicate = قدّم إجابة مختلفة عن كل سؤال.
setup-err-too-many-apps = لديك بالفعل الحد الأقصى من تطبيقات المصادقة. احذف أحدها أولاً.
setup-err-token-unknown = هذا الرمز المميز غير مخصص لك أو نشط بالفعل.
protect-title = ساعدنا على حماية حسابك
protect-intro = تحتاج مؤسستك إلى مزيد من المعلومات للحفاظ على أمان حسابك ولتمكينك من إعادة تعيين كلمة المرور بنفسك.
protect-skip = التخطي الآن
confirm-title = هل لا تزال معلومات الأمان دقيقة؟
confirm-intro = راجع الطرق التي تستخدمها لإعادة تعيين كلمة المرور. أكّدها، أو عدّلها إذا تغيّر شيء.
confirm-looks-good = تبدو جيدة
confirm-edit = تحرير معلومات الأمان
confirm-done = شكرًا! تم تأكيد معلومات الأمان.
change-title = تغيير كلمة المرور
change-current-label = كلمة المرور الحالية
change-button = تغيير كلمة المرور
change-done = تم تغيير كلمة المرور.

## Security questions (G6, predefined list)
sq-first-pet = ما اسم أول حيوان أليف اقتنيته؟
sq-birth-city = في أي مدينة وُلدت؟
sq-first-school = ما اسم أول مدرسة التحقت بها؟
sq-childhood-friend = ما الاسم الأول لأعز أصدقائك في الطفولة؟
sq-first-job-city = في أي مدينة عملت في وظيفتك الأولى؟
sq-grandparent-name = ما الاسم الأول لأكبر أجدادك سنًا؟
sq-first-concert = ما أول حفل موسيقي حضرته؟
sq-childhood-street = في أي شارع عشت في طفولتك؟
sq-favourite-teacher = ما اسم عائلة معلمك المفضل؟
sq-first-car = ما الشركة المصنّعة لأول سيارة امتلكتها وما طرازها؟

## Notifications on a paired device (V4)
option-push = الموافقة على إشعار على جهازي
pending-push = أرسلنا إشعارًا إلى جهازك. افتحه وأدخل هذا الرقم:
pending-push-then = ثم حدد «متابعة» هنا.
push-continue = متابعة
err-push-pending = لم يتم الرد على الإشعار بعد. رد عليه على جهازك، ثم حدد «متابعة».
err-push-denied = تم رفض الإشعار أو لم يتطابق الرقم. اختر طريقة للمحاولة مرة أخرى.
method-notification = إشعارات على جهازي
add-notification = إضافة جهاز للإشعارات
setup-device-intro = استخدم هاتفك كجهاز يوافق على الطلبات: حدد «التالي» للحصول على رمز إقران.
setup-device-step-open = افتح صفحة الجهاز على هاتفك:
setup-device-link = فتح صفحة الجهاز
setup-device-step-code = أدخل رمز الإقران هذا هناك:
setup-device-then = عندما تشير صفحة الجهاز إلى أنه تم الإقران، عد إلى هنا.
setup-device-done = تم
device-title = جهازك
device-intro = توافق هذه الصفحة على طلبات تسجيل الدخول وإعادة تعيين كلمة المرور لحسابك. أضفها إلى الشاشة الرئيسية لتبقى في متناول يدك.
device-paired = تم إقران هذا الجهاز. تحقق من الطلبات عندما يُطلب منك الموافقة على أحدها.
device-pair-failed = لم يعمل رمز الإقران هذا. احصل على رمز جديد من معلومات الأمان.
device-approved = تمت الموافقة. يمكنك العودة إلى الشاشة الأخرى.
device-denied = تم الرفض. لم تتم الموافقة على أي شيء.
device-no-request = لا يوجد طلب في الانتظار.
device-request = تطلب %org% تأكيد أنك أنت (%upn%).
device-request-title = هل تريد الموافقة على هذا الطلب؟
device-pair-code = رمز الإقران
device-name = اسم هذا الجهاز
device-name-default = هاتفي
device-pair-button = إقران هذا الجهاز
device-check = التحقق من الطلبات
device-number = الرقم المعروض على الشاشة الأخرى
device-approve = موافقة
device-deny = رفض
device-needs-js = تحتاج هذه الصفحة إلى JavaScript للاحتفاظ بمفتاحها وتوقيع الموافقات.

## Sign-in, second step (G1)
check-title = التحقق من هويتك
check-intro = يحتوي حسابك على معلومات أمان، لذا نحتاج إلى تحقق ثانٍ قبل أن تتمكن من عرضها أو تغييرها.

## The on-premises directory (P10, P11)
err-directory-policy = لم يقبل دليل مؤسستك كلمة المرور هذه. ربما استخدمتها من قبل، أو أنها تخالف إحدى قواعد الدليل نفسه؛ جرّب كلمة مرور أخرى.
err-directory = تعذر علينا الوصول إلى دليل مؤسستك. لم يتم تغيير أي شيء؛ حاول مرة أخرى بعد لحظات.

## Issue 10: a form post with a field missing
err-form-incomplete = وصل النموذج غير مكتمل. املأ جميع الحقول وحاول مرة أخرى.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = التقدم
progress-step = الخطوة { $current } من { $total }
step-userid = معرّف المستخدم
step-verify = التحقق
step-password = كلمة المرور الجديدة
step-done = تم
resend-code = إعادة إرسال الرمز
resend-in = يمكنك طلب رمز جديد بعد { $seconds ->
    [zero] لحظات
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
helpdesk-contact = هل تحتاج إلى مساعدة؟ اتصل بمكتب المساعدة: { $contact }
brand-logo-alt = { $org }
setup-add-method = إضافة طريقة
setup-delete-title = هل تريد حذف هذه الطريقة؟
setup-delete-confirm = ستتم إزالة { $what } من معلومات الأمان.
setup-delete-last-warning = تحتاج إلى هذه الطريقة لإعادة تعيين كلمة المرور. بدونها، لن تتمكن من إعادة تعيين كلمة المرور بنفسك حتى تضيف طريقة أخرى.
setup-delete-confirm-button = نعم، احذفها
setup-app-open-link = فتح في تطبيق مصادقة على هذا الهاتف
setup-app-secret-grouped = المفتاح السري، في مجموعات من أربعة:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }، { $hour12 }:{ $minute } { $dayperiod } ({ $zone })
time-am = ص
time-pm = م

# المشكلة 12: وحدة تحكم المسؤول. تتبع عناوين الصفحات صفحات إعادة تعيين كلمة المرور في Entra.
account-admin-console = وحدة تحكم المسؤول
admin-title = وحدة تحكم المسؤول
admin-sign-in = سجّل الدخول باستخدام حساب المسؤول لفتح وحدة التحكم.
admin-not-admin = وحدة التحكم هذه مخصصة للمسؤولين. لا يملك حسابك أي دور مسؤول.
admin-second-step = تتطلب وحدة التحكم خطوة ثانية لتسجيل الدخول. أضف هاتفًا أو تطبيق مصادقة إلى معلومات الأمان، ثم سجّل الخروج وسجّل الدخول مرة أخرى.
admin-go-setup = الانتقال إلى معلومات الأمان
admin-go-account = العودة إلى حسابي
admin-back = العودة إلى وحدة التحكم
admin-tenant = المؤسسة: { $name }
admin-signed-in-as = تم تسجيل الدخول باسم { $name }، بالأدوار: { $roles }
admin-policy-heading = نهج إعادة تعيين كلمة المرور
admin-readonly = تتيح لك أدوارك مساعدة المستخدمين، لكنها لا تتيح لك تغيير نهج إعادة تعيين كلمة المرور. يمكن للمسؤول العام أو مسؤول نهج المصادقة تغييره.
admin-draft-pending = هناك تغيير على «{ $page }» في انتظار مراجعتك.
admin-draft-open = فتح التغيير
admin-draft-elsewhere = هناك تغيير على «{ $page }» في انتظار المراجعة. ستؤدي مراجعة هذه الصفحة إلى استبداله.
admin-saved = تم الحفظ بوصفه التغيير { $id }.
admin-discarded = تم تجاهل التغيير. لم يتم حفظ أي شيء.
admin-blade-properties = الخصائص
admin-blade-methods = طرق المصادقة
admin-blade-registration = التسجيل
admin-blade-notifications = الإشعارات
admin-blade-customization = التخصيص
admin-blade-on-premises = التكامل المحلي
admin-blade-administrators = نهج المسؤولين
admin-f-scope = إعادة تعيين كلمة المرور بالخدمة الذاتية مشغّلة لـ
admin-scope-none = لا أحد
admin-scope-selected = المجموعات المحددة
admin-scope-all = كل المستخدمين
admin-f-groups = المجموعات
admin-f-groups-hint = ضع علامة على المجموعات التي تكون إعادة تعيين كلمة المرور بالخدمة الذاتية ممكّنة لها، أو اكتب أسماء مجموعات أخرى مفصولة بفواصل. تُستخدم عند اختيار «المجموعات المحددة».
admin-f-methods-required = عدد الطرق المطلوبة لإعادة التعيين
admin-f-methods-required-hint = 1 أو 2.
admin-f-methods = الطرق المتاحة للمستخدمين
admin-f-questions-to-register = عدد أسئلة الأمان المطلوبة للتسجيل
admin-f-questions-to-ask = عدد أسئلة الأمان المطلوبة لإعادة التعيين
admin-f-custom-questions = أسئلة الأمان الخاصة بمؤسستك
admin-f-custom-questions-hint = سؤال واحد في كل سطر، يُعرض إلى جانب الأسئلة المعرّفة مسبقًا.
admin-f-require-registration = مطالبة المستخدمين بالتسجيل عند تسجيل الدخول
admin-f-reconfirm-days = عدد الأيام قبل مطالبة المستخدمين بإعادة تأكيد معلومات المصادقة الخاصة بهم
admin-f-reconfirm-days-hint = من 0 إلى 730؛ القيمة 0 تعني عدم المطالبة أبدًا.
admin-f-notify-users = إعلام المستخدمين عند إعادة تعيين كلمات المرور
admin-f-notify-admins = إعلام جميع المسؤولين عندما يعيد مسؤولون آخرون تعيين كلمات المرور الخاصة بهم
admin-f-helpdesk = ارتباط مكتب المساعدة
admin-f-helpdesk-hint = عنوان بريد إلكتروني أو عنوان ويب يبدأ بـ https://. اتركه فارغًا لعدم عرض أي ارتباط.
admin-f-logo = الشعار
admin-f-logo-hint = ملف على هذه البوابة، مثل /brand/logo.svg. اتركه فارغًا لعرض الاسم فقط.
admin-f-accent = لون التمييز
admin-f-accent-hint = يُكتب بالصيغة #rrggbb، ويجب أن يكون داكنًا بما يكفي للنص الأبيض.
admin-f-sign-in-domain = مجال تلميح تسجيل الدخول
admin-f-sign-in-domain-hint = يظهر في مثال معرّف المستخدم، مثل contoso.com.
admin-f-writeback = إعادة كتابة كلمات المرور إلى الدليل المحلي
admin-f-allow-unlock = السماح للمستخدمين بإلغاء تأمين الحسابات دون إعادة تعيين كلمة المرور
admin-f-admin-sspr = السماح للمسؤولين بإعادة تعيين كلمات المرور الخاصة بهم
admin-f-admin-sspr-hint = يحتاج المسؤولون دائمًا إلى طريقتين: بريد إلكتروني أو هاتف، وطريقة أخرى.
admin-review-button = مراجعة التغيير
admin-errors-heading = لا يمكن حفظ هذا التغيير:
admin-live-ok = يمكن حفظ هذا التغيير.
admin-err-number = أدخل عددًا صحيحًا.
admin-err-helpdesk = أدخل عنوان بريد إلكتروني أو عنوان ويب يبدأ بـ https://.
admin-err-forbidden = لا تسمح لك أدوارك بتغيير نهج إعادة تعيين كلمة المرور.
admin-err-no-draft = لا يوجد تغيير في انتظار المراجعة.
admin-err-no-change = هذا التغيير غير موجود في السجل.
admin-err-refused = يخالف هذا التغيير إحدى قواعد النهج. حرّره وراجعه مرة أخرى.
admin-review-title = مراجعة التغيير
admin-review-page = الصفحة: { $page }
admin-changes = يغيّر ما يلي: { $keys }
admin-no-change = لا يغيّر هذا أي شيء.
admin-impact-heading = من يمكنه إعادة تعيين كلمة المرور
admin-impact-summary = المستخدمون القادرون على إعادة تعيين كلمة المرور: { $before } من أصل { $users } الآن، و{ $after } بعد هذا التغيير.
admin-stranded-none = لن يفقد أي شخص القدرة على إعادة تعيين كلمة المرور.
admin-stranded = { $count ->
    [zero] { $count } مستخدم كان بإمكانهم إعادة التعيين من قبل ولن يتمكنوا بعد التغيير:
    [one] مستخدم واحد كان بإمكانه إعادة التعيين من قبل ولن يتمكن بعد التغيير:
    [two] مستخدمان كان بإمكانهما إعادة التعيين من قبل ولن يتمكنا بعد التغيير:
    [few] { $count } مستخدمين كان بإمكانهم إعادة التعيين من قبل ولن يتمكنوا بعد التغيير:
    [many] { $count } مستخدمًا كان بإمكانهم إعادة التعيين من قبل ولن يتمكنوا بعد التغيير:
   *[other] { $count } مستخدم كان بإمكانهم إعادة التعيين من قبل ولن يتمكنوا بعد التغيير:
}
admin-stranded-hint = اطلب منهم تسجيل المزيد من الطرق في صفحة معلومات الأمان قبل الحفظ، وإلا فسيتعين عليهم الاتصال بمكتب المساعدة.
admin-gained = { $count ->
    [zero] { $count } مستخدم لم يكن بإمكانهم إعادة التعيين من قبل وسيتمكنون بعد التغيير:
    [one] مستخدم واحد لم يكن بإمكانه إعادة التعيين من قبل وسيتمكن بعد التغيير:
    [two] مستخدمان لم يكن بإمكانهما إعادة التعيين من قبل وسيتمكنان بعد التغيير:
    [few] { $count } مستخدمين لم يكن بإمكانهم إعادة التعيين من قبل وسيتمكنون بعد التغيير:
    [many] { $count } مستخدمًا لم يكن بإمكانهم إعادة التعيين من قبل وسيتمكنون بعد التغيير:
   *[other] { $count } مستخدم لم يكن بإمكانهم إعادة التعيين من قبل وسيتمكنون بعد التغيير:
}
admin-export-csv = تنزيل القائمة (CSV)
admin-save = حفظ
admin-discard = تجاهل
admin-edit-again = التحرير مرة أخرى
admin-history-title = سجل التغييرات
admin-history-empty = لم يتم حفظ أي تغييرات بعد.
admin-history-change = التغيير
admin-history-when = الوقت
admin-history-who = المسؤول
admin-history-what = الإعدادات التي تم تغييرها
admin-revert = إرجاع
admin-revert-label = إرجاع التغيير { $id }
admin-reverts = يُرجع التغيير { $id }
admin-reverted = تم إرجاع التغيير { $id }. عادت الإعدادات التي كان قد استبدلها.
admin-key-scope = من يمكنه إعادة التعيين
admin-key-admin-sspr = إعادة التعيين من قِبل المسؤولين
admin-key-methods-required = الطرق المطلوبة
admin-key-methods = الطرق المتاحة
admin-key-questions-to-register = أسئلة التسجيل
admin-key-questions-to-ask = أسئلة إعادة التعيين
admin-key-custom-questions = أسئلة الأمان الخاصة بالمؤسسة
admin-key-require-registration = التسجيل مطلوب
admin-key-reconfirm-days = أيام إعادة التأكيد
admin-key-notify-users = إشعارات المستخدمين
admin-key-notify-admins = إشعارات المسؤولين
admin-key-helpdesk = ارتباط مكتب المساعدة
admin-key-branding = العلامة التجارية
admin-key-writeback = إعادة كتابة كلمات المرور
admin-key-allow-unlock = إلغاء تأمين الحساب
admin-key-password = قواعد كلمة المرور
admin-key-phone-countries = بلدان أرقام الهاتف
admin-key-sms-sender = مرسل رسائل SMS

# المشكلة 12: تقارير وحدة التحكم (A2).
admin-reports-title = التقارير
admin-reports-link = التسجيلات وعمليات إعادة التعيين والإخفاقات ومن لا يمكنه إعادة التعيين
admin-reports-period = آخر { $days } يومًا، بدءًا من { $since } (UTC).
admin-reports-chart = مخطط للجدول أدناه
admin-reports-by-day = التسجيلات وعمليات إعادة التعيين وإلغاء التأمين حسب اليوم
admin-col-day = اليوم
admin-col-registrations = التسجيلات
admin-col-resets = عمليات إعادة التعيين
admin-col-unlocks = عمليات إلغاء التأمين
admin-col-user = المستخدم
admin-reports-funnel = إلى أي مدى وصلت محاولات إعادة التعيين
admin-reports-funnel-hint = تبدأ كل محاولة بمعرّف مستخدم. وحيث تنخفض الأرقام يتوقف المستخدمون عن المتابعة.
admin-col-step = الخطوة
admin-col-attempts = المحاولات
admin-funnel-started = بدأت
admin-funnel-eligible = مسموح لها بإعادة التعيين
admin-funnel-verified-one = تم التحقق من طريقة واحدة
admin-funnel-verified-two = تم التحقق من طريقة ثانية
admin-funnel-password-set = تم تعيين كلمة مرور جديدة أو إلغاء تأمين الحساب
admin-reports-failures = الإخفاقات حسب السبب
admin-col-reason = السبب
admin-col-count = العدد
admin-reports-none = لا شيء في هذه الفترة.
admin-reports-methods = الطرق المستخدمة لإعادة التعيين أو إلغاء التأمين
admin-col-method = الطريقة
admin-reports-cannot = من لا يمكنه إعادة التعيين
admin-reports-can = المستخدمون القادرون على إعادة تعيين كلمة المرور الآن: { $can } من أصل { $users }.
admin-reports-short = { $count ->
    [zero] { $count } مستخدم لا يمكنهم إعادة التعيين لعدم توفر طرق كافية:
    [one] مستخدم واحد لا يمكنه إعادة التعيين لعدم توفر طرق كافية:
    [two] { $count } مستخدمان لا يمكنهما إعادة التعيين لعدم توفر طرق كافية:
    [few] { $count } مستخدمين لا يمكنهم إعادة التعيين لعدم توفر طرق كافية:
    [many] { $count } مستخدمًا لا يمكنهم إعادة التعيين لعدم توفر طرق كافية:
   *[other] { $count } مستخدم لا يمكنهم إعادة التعيين لعدم توفر طرق كافية:
}
# المشكلة 12: صفحة المستخدمين في وحدة التحكم (D1, D3).
admin-users-title = المستخدمون
admin-users-link = البحث عن مستخدم: طرقه وعمليات الحظر ومعلومات الاتصال الخاصة به
admin-users-lookup-label = معرّف المستخدم
admin-users-lookup = بحث
admin-err-no-user = لا يوجد مستخدم بهذا المعرّف في مؤسستك.
admin-err-protected = هذا المستخدم مسؤول خارج نطاق أدوارك. اطلب المساعدة من مسؤول عام.
admin-err-contact = أدخل عنوان بريد إلكتروني غير عنوان المستخدم نفسه، وأرقام الهواتف بالصيغة +<رمز البلد> <الرقم>.
admin-user-status = الحساب
admin-user-enabled = ممكّن
admin-user-disabled = معطّل
admin-user-locked = مؤمّن في الدليل
admin-user-password = كلمة المرور
admin-user-cloud = تديرها هذه البوابة
admin-user-onprem = يديرها الدليل المحلي
admin-user-groups = المجموعات
admin-user-roles = أدوار المسؤول
admin-user-none = لا يوجد
admin-user-methods = الطرق المسجّلة لديه
admin-user-reset = إعادة تعيين كلمة المرور بالخدمة الذاتية
admin-user-can-reset = يمكنه إعادة تعيين كلمة المرور الآن.
admin-user-cannot-reset = لا يمكنه إعادة التعيين الآن:
admin-reason-consumer = حساب شخصي، ولا تخدم هذه البوابة هذا النوع من الحسابات.
admin-reason-unavailable = الحساب معطّل.
admin-reason-not-enabled = إعادة تعيين كلمة المرور بالخدمة الذاتية غير ممكّنة لمجموعاته.
admin-reason-not-registered = لم يسجّل عددًا كافيًا من الطرق وفقًا للنهج.
admin-reason-admin-not-registered = يحتاج المسؤول إلى طريقتين، ولديه أقل من ذلك.
admin-reason-writeback-off = تتم إدارة كلمة المرور محليًا، وإعادة كتابة كلمات المرور متوقفة.
admin-user-blocks = عمليات الحظر
admin-user-no-blocks = لا توجد عمليات حظر حاليًا.
admin-user-reset-blocked = إعادة تعيين كلمة المرور محظورة حتى { $until } (رموز أو إجابات خاطئة كثيرة جدًا)
admin-user-sends-blocked = إرسال الرموز محظور حتى { $until } (تم إرسال عدد كبير جدًا منها)
admin-user-signin-locked = تسجيل الدخول مؤمّن حتى { $until } (كلمات مرور خاطئة كثيرة جدًا)
admin-user-clear = إزالة عمليات الحظر
admin-user-cleared = تمت إزالة عمليات الحظر.
admin-user-contact = معلومات الاتصال
admin-user-alternate-email = البريد الإلكتروني البديل
admin-user-mobile = الهاتف المحمول
admin-user-office = هاتف المكتب
admin-user-contact-hint = أرقام الهواتف بالصيغة +<رمز البلد> <الرقم>. اترك الحقل فارغًا لمسحه.
admin-user-contact-save = حفظ معلومات الاتصال
admin-user-contact-saved = تم حفظ معلومات الاتصال.
admin-user-protected = هذا المستخدم مسؤول خارج نطاق أدوارك: لا يمكن إلا لمسؤول عام تغيير معلومات الاتصال الخاصة به أو عمليات الحظر.

# المشكلة 12: رمز الاسترداد من مكتب المساعدة، وإشعارات بما غيّره المسؤول.
admin-recovery-heading = رمز الاسترداد
admin-recovery-intro = لمستخدم فقد كل طرقه: رمز يُستخدم مرة واحدة، صالح لمدة 8 ساعات، يتيح له تسجيل الدخول مرة واحدة لتسجيل طرق جديدة. سلّمه إليه شخصيًا أو خلال مكالمة أجريتها أنت؛ ويتم إعلام المستخدم على عناوين بريده الإلكتروني.
admin-recovery-issue = إصدار رمز استرداد
admin-recovery-issued = تم إصدار رمز استرداد. يُعرض مرة واحدة فقط.
admin-recovery-code-is = رمز الاسترداد:
admin-recovery-until = رمز الاسترداد صالح حتى { $until }.
admin-recovery-hand-over = لا تقرأه على المستخدم إلا بعد أن تتأكد من هويته. لن يُعرض مرة أخرى.
admin-recovery-done = تم، إخفاء الرمز
recovery-link = هل حصلت على رمز استرداد من مكتب المساعدة؟
recovery-title = تسجيل الدخول باستخدام رمز استرداد
recovery-intro = إذا فقدت كل طرقك، فيمكن لمكتب المساعدة أن يمنحك رمز استرداد يُستخدم مرة واحدة. سجّل الدخول به، ثم سجّل طرقًا جديدة في صفحة معلومات الأمان.
recovery-code-label = رمز الاسترداد
recovery-code-hint = 16 خانة من الحروف والأرقام، مثل ABCD-EFGH-JKMN-PQRS.
recovery-wrong = معرّف المستخدم أو رمز الاسترداد غير صحيح، أو سبق استخدام الرمز أو انتهت صلاحيته.
recovery-back = تسجيل الدخول بكلمة المرور بدلاً من ذلك
msg-recovery-issued-subject = تم إصدار رمز استرداد لحسابك
msg-recovery-issued-body = أصدر أحد المسؤولين رمز استرداد يُستخدم مرة واحدة للمستخدم { $user }. إذا لم تطلب رمزًا من مكتب المساعدة، فاتصل بالمسؤول على الفور.
msg-recovery-used-subject = سجّل شخص ما الدخول باستخدام رمز استرداد
msg-recovery-used-body = تم تسجيل دخول المستخدم { $user } باستخدام رمز استرداد لتسجيل معلومات أمان جديدة. إذا لم تكن أنت من قام بذلك، فاتصل بالمسؤول على الفور.
msg-contact-changed-subject = تم تغيير معلومات الاتصال الخاصة بك
msg-contact-changed-body = غيّر أحد المسؤولين معلومات الاتصال الخاصة بالمستخدم { $user } (عنوان بريد إلكتروني أو رقم هاتف يُستخدم لإعادة تعيين كلمة المرور). إذا لم تكن تتوقع ذلك، فاتصل بالمسؤول على الفور.

# المشكلة 12: البحث في سجل التدقيق في وحدة التحكم (A1, W2).
admin-audit-title = سجل التدقيق
admin-audit-link = البحث في سجل التدقيق وتنزيله
admin-audit-user = معرّف المستخدم
admin-audit-from = من (YYYY-MM-DD، UTC)
admin-audit-to = إلى (YYYY-MM-DD، UTC)
admin-audit-step = الخطوة
admin-audit-outcome = النتيجة
admin-audit-ip = عنوان IP
admin-audit-client = نوع العميل
admin-audit-any = الكل
admin-audit-search = بحث
admin-audit-bad-date = أدخل تاريخًا بالصيغة YYYY-MM-DD، مثل 2026-11-05.
admin-audit-count = { $count ->
    [zero] { $count } إدخال مطابق.
    [one] يطابق إدخال واحد.
    [two] { $count } إدخالان مطابقان.
    [few] { $count } إدخالات مطابقة.
    [many] { $count } إدخالًا مطابقًا.
   *[other] { $count } إدخال مطابق.
}
admin-audit-capped = لا يتم سرد وتنزيل إلا أحدث الإدخالات؛ ضيّق نطاق البحث لرؤية البقية.
admin-audit-pages = صفحات النتيجة
admin-audit-newer = إدخالات أحدث
admin-audit-older = إدخالات أقدم
admin-audit-export-json = تنزيل كأسطر JSON

# المشكلة 12: صفحة العمليات في وحدة التحكم.
admin-ops-title = العمليات
admin-ops-link = العمليات: حالة قاعدة البيانات والدليل وقائمة انتظار البريد الآن
admin-ops-database = قاعدة البيانات
admin-ops-directory = الدليل المحلي
admin-ops-no-directory = غير مكوّن
admin-ops-ok = يعمل
admin-ops-down = لا يستجيب
admin-ops-on = تشغيل
admin-ops-off = إيقاف
admin-ops-directory-error = آخر إخفاق في الدليل (30 يومًا)
admin-ops-mail-waiting = إشعارات بانتظار الإرسال
admin-ops-mail-oldest = أقدم إشعار ينتظر منذ
admin-ops-mail-sent = الإشعارات المُرسلة
admin-ops-mail-failed = إشعارات تم التخلي عنها بعد إعادة المحاولة
admin-ops-hashing = عمليات تجزئة كلمات المرور المنتظرة على هذه العقدة
admin-ops-version = الإصدار
admin-ops-hint = تم التحقق عند فتح هذه الصفحة، بواسطة العقدة التي قدّمتها. أعداد البريد تخص البوابة بأكملها؛ والباقي في /metrics.

# المشكلة 12: أداة اختيار المجموعات في P1 وإشعار M2 للمستخدمين الذين يفقدون القدرة على إعادة التعيين بسبب تغيير.
admin-f-groups-other = مجموعات أخرى
admin-f-groups-none = لا توجد لدى هذه المؤسسة أي مجموعات في البوابة بعد: اكتب أسماءها.
admin-notify-stranded = إرسال بريد إلكتروني إلى المستخدمين الذين لن يتمكنوا من إعادة التعيين بعد هذا التغيير، لمطالبتهم بتسجيل المزيد من الطرق
msg-register-needed-subject = سجّل المزيد من معلومات الأمان
msg-register-needed-body = تطلب مؤسستك الآن المزيد من معلومات الأمان قبل أن يصبح من الممكن إعادة تعيين كلمة المرور. وإلى أن تسجّل الدخول وتضيف طرقًا في صفحة معلومات الأمان الخاصة بك، لا يمكن للمستخدم { $user } إعادة تعيين كلمة المرور الخاصة به دون الاتصال بمكتب المساعدة.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = آخر مزامنة للدليل (sspr directory sync)
admin-ops-sync-counts = التغييرات المكتوبة: { $changes }؛ القيم المرفوضة: { $refused }؛ مستخدمون بلا مؤسسة: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = توضع الترجمة في سطر أسفل سؤالها، على هيئة وسم لغة ونقطتين ثم النص (مثل ja-JP: …)، ويجب أن يتراوح طولها بين 1 و200 حرف.
admin-err-translation-first = اكتب السؤال أولاً، ثم ترجماته في الأسطر الواقعة أسفله.
admin-f-question-translations-hint = لعرض سؤال بلغة أخرى، أضف أسفله سطرًا يحتوي على وسم اللغة ونقطتين ثم الترجمة، مثل «ja-JP: 事務所の植物の名前は？». يرى المستخدمون الذين لا تتوفر ترجمة للغتهم السؤال كما هو مكتوب.
admin-f-recovery-code-resets = يمكن لرمز الاسترداد الصادر عن مكتب المساعدة أيضًا إعادة تعيين كلمة مرور المستخدم مرة واحدة
admin-key-recovery-code-resets = رموز الاسترداد التي تعيد تعيين كلمات المرور
recovery-reset-hint = إذا سمحت مؤسستك بذلك، يمكن للرمز بدلاً من ذلك إعادة تعيين كلمة المرور مرة واحدة.
recovery-reset-button = إعادة تعيين كلمة المرور الخاصة بي
recovery-no-reset = تسمح مؤسستك باستخدام رمز الاسترداد لتسجيل الدخول فقط. سجّل طرقًا جديدة هنا، وبعد ذلك يمكنك إعادة تعيين كلمة المرور باستخدامها.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = بدأت إعادة التعيين
audit-step-choose = تم اختيار إعادة التعيين أو إلغاء التأمين
audit-step-select = تم اختيار طريقة
audit-step-send-code = تم إرسال الرمز
audit-step-verify = تم التحقق من الطريقة
audit-step-unlock = تم إلغاء تأمين الحساب
audit-step-reset = تمت إعادة تعيين كلمة المرور
audit-step-password = تم إدخال كلمة مرور جديدة
audit-step-directory = إعادة الكتابة إلى الدليل
audit-step-notify = إشعار
audit-step-admin-request = طلب إلى المسؤولين
audit-step-signin = تسجيل الدخول
audit-step-signin-verify = الخطوة الثانية لتسجيل الدخول
audit-step-signout = تسجيل الخروج
audit-step-interrupt = مطالبة بالتسجيل عند تسجيل الدخول
audit-step-reconfirm = تمت إعادة تأكيد معلومات الأمان
audit-step-register = تم تسجيل طريقة
audit-step-register-send-code = تم إرسال رمز التسجيل
audit-step-register-pairing = تم إقران تطبيق المصادقة
audit-step-register-verify = تم التحقق من رمز التسجيل
audit-step-delete-method = تم حذف طريقة
audit-step-change-password = تم تغيير كلمة المرور
audit-step-delivery = إيصال التسليم
audit-step-policy-change = تم تغيير النهج
audit-step-admin-clear-blocks = أزال مسؤول عمليات الحظر
audit-step-admin-set-contact = عيّن مسؤول معلومات الاتصال
audit-step-admin-recovery-code = تم إصدار رمز استرداد
audit-step-directory-sync = مزامنة الدليل
audit-outcome-ok = نجاح
audit-outcome-fail = فشل
audit-outcome-blocked = محظور
audit-outcome-error = خطأ
audit-outcome-rejected = مرفوض
audit-outcome-ineligible = غير مؤهل
audit-outcome-dismissed = مؤجَّل
audit-client-browser = متصفح
audit-client-sign-in-screen = شاشة تسجيل الدخول
audit-client-app = تطبيق

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } ← { $new }
admin-value-on = تشغيل
admin-value-off = إيقاف
admin-value-empty = (فارغ)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = آخر إعادة كتابة لكلمة مرور (أو إلغاء تأمين حساب) في الدليل

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = تمت إعادة تعيين كلمة المرور
done-title-unlock = تم إلغاء تأمين الحساب
admin-f-sign-in-url = صفحة تسجيل الدخول الخاصة بمؤسستك
admin-f-sign-in-url-hint = الوجهة التي يؤدي إليها الزر في الصفحة الأخيرة من إعادة التعيين، مثل https://login.contoso.com. اتركه فارغًا لاستخدام الإعداد الافتراضي لهذه البوابة.
policy-err-sign-in-url = أدخل صفحة تسجيل الدخول كعنوان ويب يبدأ بـ https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = أسئلة الأمان المعرّفة مسبقًا التي يمكن للمستخدمين اختيارها
admin-key-predefined-questions = أسئلة الأمان المعرّفة مسبقًا
policy-err-too-few-questions = اعرض عددًا من أسئلة الأمان (المعرّفة مسبقًا والخاصة بمؤسستك) لا يقل عن العدد الذي يجب أن يسجله المستخدمون.
