# sspr, he-IL. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = איפוס סיסמה בשירות עצמי
reset-title = חזרה לחשבון שלך
skip-to-content = דילוג לתוכן הראשי
lang-switch-label = שפה
next = הבא
back-to-start = התחלה מחדש
retry = ניסיון חוזר
something-wrong = משהו השתבש. יש לנסות שוב מאוחר יותר.
not-found = הדף הזה לא קיים.
working = מתבצע עיבוד…

## Entry (E2)
entry-intro = כדי לשחזר את החשבון, יש להתחיל בהזנת מזהה המשתמש והתשובה לשאלה שלמטה.
userid-label = מזהה משתמש
userid-hint = לדוגמה: { $example }
captcha-legend = בדיקה שאינך רובוט
captcha-nojs = לאחר הבחירה ב"הבא", הדפדפן שלך נבדק במשך כמה שניות ({ $seconds } או יותר). אין צורך לעשות דבר נוסף.
captcha-working = הדפדפן שלך נבדק…
captcha-done = הבדיקה הושלמה. אפשר להמשיך.

## Contact your administrator (E3, E5, P9, K1)
contact-title = פנייה למנהל המערכת
contact-reason-consumer = לא ניתן להשתמש בפורטל הזה עם חשבונות אישיים. במקום זאת, יש להשתמש באפשרויות השחזור של ספק הדואר האלקטרוני שלך.
contact-reason-unavailable = לא ניתן לאפס את החשבון הזה כאן. ייתכן שהוא לא קיים או שהוא מושבת.
contact-reason-not-enabled = איפוס סיסמה בשירות עצמי אינו מופעל עבור החשבון הזה.
contact-reason-not-registered = בחשבון הזה לא רשומים מספיק פרטי אבטחה כדי לאפס את הסיסמה.
contact-reason-admin-not-registered = כדי לאפס סיסמה, בחשבונות של מנהלי מערכת צריכות להיות רשומות שתי שיטות (דואר אלקטרוני, טלפון נייד, טלפון במשרד או אפליקציית אימות).
contact-reason-writeback-off = הסיסמה של החשבון הזה מנוהלת בשרתים המקומיים של הארגון, ולא ניתן לאפס אותה כאן.
contact-also-intro = מצב זה יכול לקרות גם כאשר:
contact-also-consumer = החשבון הוא חשבון אישי של ספק דואר אלקטרוני לצרכנים
contact-also-unavailable = מזהה המשתמש הוקלד בטעות, או שהחשבון לא קיים או מושבת
contact-also-not-enabled = איפוס סיסמה בשירות עצמי אינו מופעל עבור החשבון
contact-also-not-registered = בחשבון לא רשומים מספיק פרטי אבטחה (אם אפשר להיכנס לחשבון, הדף של פרטי האבטחה מראה מה חסר)
contact-also-admin-not-registered = בחשבון של מנהל מערכת לא רשומות שתי שיטות
contact-also-writeback-off = הסיסמה מנוהלת בספרייה של הארגון שלך
contact-helpdesk-link = פנייה למוקד התמיכה
contact-helpdesk-email = שליחת דואר אלקטרוני למוקד התמיכה: { $email }
contact-no-helpdesk = לקבלת עזרה, יש לפנות למנהל המערכת בארגון שלך.
contact-request-button = בקשה ממנהלי המערכת לאפס את הסיסמה שלי
contact-request-sent = הבקשה שלך נשלחה למנהלי המערכת.

## Trouble choice
choose-title = מה הבעיה בכניסה לחשבון?
choose-forgot = שכחתי את הסיסמה
choose-forgot-hint = אין בעיה, נעזור לך לאפס אותה באמצעות פרטי האבטחה שרשמת.
choose-unlock = הסיסמה ידועה לי, אבל עדיין אין לי אפשרות להיכנס
choose-unlock-hint = ייתכן שזה קרה כי היו יותר מדי ניסיונות כניסה עם סיסמה שגויה.

## Verification (V1..V6)
verify-title = אימות הזהות שלך
verify-step = שלב אימות { $current } מתוך { $required }
verify-pick = יש לבחור את אמצעי הקשר שבו נשתמש לאימות:
verify-passed = אומת
option-email = שליחת דואר אלקטרוני לכתובת החלופית שלי { $masked }
option-sms = שליחת הודעת SMS לטלפון הנייד שלי { $masked }
option-voice = שיחה לטלפון הנייד שלי { $masked }
option-office = שיחה לטלפון שלי במשרד { $masked }
option-app = הזנת קוד מאפליקציית האימות שלי
option-software_oath = הזנת קוד מאסימון התוכנה שלי
option-hardware_oath = הזנת קוד מאסימון החומרה שלי
option-questions = מענה על שאלות האבטחה שלי
pending-email = שלחנו הודעת דואר אלקטרוני עם קוד אימות אל { $masked }.
pending-sms = שלחנו הודעת SMS עם קוד אימות אל { $masked }.
pending-voice = אנחנו מתקשרים אל { $masked }. יש להקשיב לקוד האימות.
pending-totp = יש להזין את הקוד שמוצג באפליקציה או באסימון.
code-label = קוד אימות
questions-legend = מענה על שאלות האבטחה
verify-button = אימות

## New password (N1, N2)
password-title = בחירת סיסמה חדשה
password-label = סיסמה חדשה
confirm-label = אישור הסיסמה החדשה
password-rules = הסיסמה חייבת:
pw-rule-length = להכיל לפחות { $min } תווים
pw-rule-max-length = להכיל { $max } תווים לכל היותר
pw-rule-classes = לכלול שלושה מהסוגים הבאים: אותיות קטנות, אותיות גדולות, ספרות, סימנים
pw-rule-banned = לא להיות סיסמה נפוצה או אסורה
pw-rule-name = לא לכלול את השם שלך
pw-rule-match = להיות זהה לאישור הסיסמה
pw-rule-classes-ad = לכלול שלושה מהסוגים הבאים: אותיות קטנות, אותיות גדולות, ספרות, סימנים, אותיות ללא הבחנה בין גדולות לקטנות (כמו אותיות עבריות)
pw-rule-name-ad = לא לכלול את שם החשבון שלך או חלק כלשהו מהשם שלך באורך 3 תווים או יותר
pw-dir-heading = בעת השליחה, הספרייה של הארגון שלך בודקת גם שהסיסמה:
pw-dir-history = { $n ->
    [one] אינה הסיסמה הנוכחית שלך
    [two] אינה אחת משתי הסיסמאות האחרונות שלך
    [many] אינה אחת מ-{ $n } הסיסמאות האחרונות שלך
   *[other] אינה אחת מ-{ $n } הסיסמאות האחרונות שלך
}
pw-dir-min-age = { $n ->
    [one] מוחלפת לפחות יום אחד אחרי השינוי האחרון של הסיסמה
    [two] מוחלפת לפחות יומיים אחרי השינוי האחרון של הסיסמה
    [many] מוחלפת לפחות { $n } ימים אחרי השינוי האחרון של הסיסמה
   *[other] מוחלפת לפחות { $n } ימים אחרי השינוי האחרון של הסיסמה
}
pw-dir-module = עומדת בכללי האיכות הנוספים של הארגון שלך
pw-rule-ok = מתקיים
pw-rule-not-ok = לא מתקיים
finish = סיום

## Done
done-reset = הסיסמה שלך אופסה.
done-unlock = נעילת החשבון שלך בוטלה.
done-sign-in = כניסה עם החשבון שלך

## Errors (flows)
err-no-flow = תוקף ההפעלה פג. יש להתחיל מחדש.
err-captcha = תוקף הבדיקה שאינך רובוט פג, או שכבר נעשה בה שימוש. יש לנסות שוב.
err-wrong-step = השלב הזה כבר לא זמין. אפשר להמשיך מכאן.
err-unknown-option = יש לבחור באחת מהשיטות שברשימה.
err-code-wrong = הקוד הזה לא עבד. יש לבדוק אותו ולנסות שוב.
err-code-expired = תוקף הקוד הזה פג. יש לשלוח קוד חדש.
err-code-used = כבר נעשה שימוש בקוד הזה. אפשר להמשיך מכאן.
err-blocked = היו יותר מדי ניסיונות. יש לנסות שוב אחרי { $until }.
err-email-limit = שלחנו יותר מדי קודים. יש לנסות שוב אחרי { $until }, או להשתמש בשיטה אחרת.
err-answers-wrong = תשובה אחת או יותר שגויות. הנה סדרה חדשה של שאלות.
err-password = הסיסמה אינה עומדת בדרישות שלהלן.
err-delivery = לא הצלחנו לשלוח את ההודעה כרגע. יש לנסות שוב מאוחר יותר או להשתמש בשיטה אחרת.
err-admin-request-limit = כבר שלחת כמה בקשות. מנהלי המערכת יחזרו אליך.
err-internal = משהו השתבש. יש לנסות שוב מאוחר יותר.
userid-err-empty = יש להזין את מזהה המשתמש.
userid-err-shape = יש להזין את מזהה המשתמש בתבנית name@domain, לדוגמה { $example }.
userid-err-too-long = מזהה המשתמש ארוך מדי.

## Messages (email, SMS, voice)
msg-code-subject = קוד אימות לחשבון { $org }
msg-code-email = יש להשתמש בקוד הבא כדי לאמת את החשבון: { $code }. תוקף הקוד יפוג בעוד { $minutes ->
    [one] דקה אחת
    [two] שתי דקות
    [many] { $minutes } דקות
   *[other] { $minutes } דקות
}. אם לא ביקשת את הקוד, אפשר להתעלם מהודעה זו.
msg-code-sms = קוד אימות לאיפוס הסיסמה ב-{ $org }: { $code }
msg-code-voice = קוד האימות שלך הוא { $code }. שוב, הקוד שלך הוא { $code }.
msg-reset-subject = הסיסמה שלך אופסה
msg-reset-body = הסיסמה של { $user } אופסה זה עתה באמצעות איפוס סיסמה בשירות עצמי. אם לא עשית זאת, יש לפנות מיד למנהל המערכת.
msg-method-added-subject = נוספו פרטי אבטחה לחשבון שלך
msg-method-added-body = השיטה { $method } נוספה לפרטי האבטחה של { $user }. אם לא עשית זאת, יש להיכנס לחשבון, להסיר אותה, לשנות את הסיסמה ולפנות למנהל המערכת.
msg-method-removed-subject = הוסרו פרטי אבטחה מהחשבון שלך
msg-method-removed-body = השיטה { $method } הוסרה מפרטי האבטחה של { $user }. אם לא עשית זאת, יש להיכנס לחשבון, לבדוק את פרטי האבטחה, לשנות את הסיסמה ולפנות למנהל המערכת.
msg-admin-reset-subject = מנהל מערכת איפס את הסיסמה שלו
msg-admin-reset-body = מנהל המערכת { $user } איפס את הסיסמה שלו באמצעות איפוס סיסמה בשירות עצמי.
msg-admin-request-subject = בקשה לאיפוס סיסמה
msg-admin-request-body = ל-{ $user } אין אפשרות לאפס את הסיסמה בשירות עצמי, ונשלחה בקשה לעזרה ממנהל מערכת.

## Dev outbox (demo mode only)
outbox-title = דואר יוצא (הדגמה)
outbox-intro = מצב הדגמה: ההודעות שהפורטל שלח נכתבות כאן במקום להישלח בפועל. החדשות ביותר מופיעות ראשונות.
outbox-empty = אין עדיין הודעות.
outbox-to = אל
demo-outbox-link = מצב הדגמה: קריאת ההודעה בדואר היוצא (נפתח בכרטיסייה חדשה)
outbox-channel = ערוץ

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = יש לבחור קבוצה אחת לפחות עבור היקף של קבוצות נבחרות.
policy-err-methods-required = מספר השיטות הנדרשות חייב להיות 1 או 2.
policy-err-too-few-methods = יש להפעיל לפחות שיטות כמספר השיטות הנדרשות.
policy-err-office-phone-paid = הטלפון במשרד זמין לדיירים בתשלום בלבד.
policy-err-questions-register = על המשתמשים לרשום בין 3 ל-5 שאלות אבטחה.
policy-err-questions-ask = יש לשאול בין 3 ל-5 שאלות אבטחה.
policy-err-questions-ask-exceeds = אי אפשר לשאול יותר שאלות ממספר השאלות שהמשתמשים רושמים.
policy-err-reconfirm-days = תקופת האישור מחדש חייבת להיות בין 0 ל-730 ימים.
policy-err-app-needs-more = כאשר האפליקציה לנייד מופעלת, יש להפעיל מספיק שיטות נוספות מלבדה.
policy-err-app-notification-alone = כאשר נדרשת שיטה אחת, התראה באפליקציה לבדה אינה נחשבת.
policy-err-password-length = אורך הסיסמה חייב להיות בין 8 ל-256 תווים.
policy-err-banned-terms = אפשר להגדיר 1000 מונחים אסורים מותאמים אישית לכל היותר.
policy-err-sms-sender = שולח ה-SMS חייב להיות שם של עד 11 אותיות וספרות, או מספר טלפון כגון +15017122661.
phone-err-country-code = יש להתחיל את המספר ב-+ ובקידומת המדינה.
phone-err-characters = יש להשתמש רק בספרות, ברווחים ובמקפים.
phone-err-length = המספר קצר מדי או ארוך מדי.
policy-err-custom-question = שאלות אבטחה מותאמות אישית חייבות להכיל 1 עד 200 תווים ולהיות שונות זו מזו.
policy-err-brand-accent = יש לכתוב את צבע המותג בתבנית #rrggbb, והוא חייב להיות כהה מספיק לטקסט לבן (ניגודיות של 4.5:1 לפחות).
policy-err-brand-logo = הלוגו חייב להיות קובץ בפורטל הזה (כגון /brand/logo.svg) או תמונה מוטמעת.
policy-err-sign-in-domain = תחום הכניסה חייב להיות שם תחום, כגון contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = כניסה לניהול פרטי האבטחה
signin-title = כניסה
signin-intro = אחרי הכניסה אפשר לראות ולעדכן את פרטי האבטחה או לשנות את הסיסמה.
signin-password-label = סיסמה
signin-button = כניסה
signin-cant-access = אין לך גישה לחשבון?
signin-signed-out = יצאת מהחשבון.
signout-button = יציאה
account-title = החשבון שלי
account-signed-in-as = החשבון המחובר: { $name } ({ $upn })
account-reset-attempts = מישהו ניסה לאפס את הסיסמה שלך ונכשל באימות { $count ->
    [one] פעם אחת
    [two] פעמיים
    [many] { $count } פעמים
   *[other] { $count } פעמים
}, לאחרונה ב-{ $when }. אם לא מדובר בך, הסיסמה שלך לא השתנתה; יש לוודא שפרטי האבטחה שייכים לך ולדווח למנהל המערכת.
account-cannot-reset = עדיין אין לך אפשרות לאפס את הסיסמה בעצמך.
account-security-info = פרטי אבטחה
account-change-password = שינוי סיסמה
err-no-session = לא נכנסת לחשבון, או שההפעלה הסתיימה. יש להיכנס שוב.
err-credentials = מזהה המשתמש או הסיסמה שגויים.
err-locked-out = החשבון שלך ננעל זמנית כדי למנוע שימוש לא מורשה. יש לנסות שוב אחרי { $until }.
err-account-locked = החשבון שלך נעול. כדי לבטל את הנעילה, יש להשתמש ב"אין לך גישה לחשבון?".
err-not-allowed = לא ניתן להשתמש בשיטה הזו עבור החשבון שלך.
err-current-password = הסיסמה הנוכחית שגויה.
err-on-premises = הסיסמה שלך מנוהלת בספרייה של הארגון שלך. יש לשנות אותה שם.
err-too-many = היו יותר מדי ניסיונות מהרשת שלך. יש לנסות שוב אחרי { $until }.
err-resend-wait = זה עתה שלחנו לך קוד בדרך הזו. יש להמתין עד { $until } לפני בקשת קוד נוסף, או להשתמש בשיטה אחרת.
err-messages-paused = לא ניתן לשלוח קודים נוספים כרגע. יש לנסות שוב אחרי { $until }, או להשתמש בשיטה שאינה דורשת הודעה, כגון אפליקציית אימות או שאלות אבטחה.
err-phone-country = הארגון שלך לא שולח קודים למספרי טלפון במדינה הזו. יש להשתמש במספר אחר או בשיטה אחרת.
err-busy = השירות עמוס כרגע. יש להמתין רגע ולנסות שוב.
cancel = ביטול
save = שמירה

## Security info (G2..G7, C1)
setup-title = פרטי אבטחה
setup-intro = אלה השיטות שלך להוכחת זהותך בעת איפוס הסיסמה.
setup-progress-ok = אפשר לאפס את הסיסמה: הוגדרו { $have } מתוך { $required } השיטות הנדרשות.
setup-progress-short = הוגדרו { $have } מתוך { $required } השיטות הנדרשות. כדי שתהיה לך אפשרות לאפס את הסיסמה, יש להוסיף שיטות.
setup-methods-heading = השיטות שלך
setup-none = עדיין לא הגדרת שיטות.
setup-add-heading = הוספת שיטה
setup-change = שינוי
setup-change-label = שינוי { $what }
setup-delete = מחיקה
setup-delete-label = מחיקת { $what }
setup-from-directory = (מהספרייה של הארגון שלך)
setup-done-added = השיטה נוספה.
setup-done-deleted = השיטה נמחקה.
setup-back = חזרה לפרטי האבטחה
setup-not-available = השיטה הזו אינה זמינה עבור החשבון שלך.
method-app = אפליקציית אימות
method-software = אסימון תוכנה OATH
method-hardware = אסימון חומרה
method-phone = טלפון
method-office = טלפון במשרד
method-email = דואר אלקטרוני
method-questions = שאלות אבטחה
method-questions-detail = { $count } שאלות
add-app = הוספת אפליקציית אימות
add-software = הוספת אסימון תוכנה OATH
add-hardware = הפעלת אסימון חומרה
add-phone = הוספה או שינוי של הטלפון
add-office = הוספה או שינוי של הטלפון במשרד
add-email = הוספה או שינוי של הדואר האלקטרוני
add-questions = הגדרת שאלות אבטחה
setup-email-label = כתובת דואר אלקטרוני
setup-email-hint = יש להשתמש בכתובת שאינה של חשבון העבודה. נשלח אליה קוד.
setup-phone-label = מספר טלפון
setup-office-label = מספר טלפון במשרד
setup-phone-hint = יש לכלול + ואת קידומת המדינה, לדוגמה +972 50 123 4567.
setup-phone-channel = איך לשלוח את הקוד?
setup-phone-sms = שליחת קוד ב-SMS
setup-phone-voice = שיחה אליי
setup-app-intro = יש להתקין אפליקציית אימות בטלפון ולאחר מכן לבחור "הבא" כדי להציג את קוד ה-QR לסריקה.
setup-software-intro = יש לבחור "הבא" כדי לקבל את המפתח הסודי עבור אסימון התוכנה.
setup-app-step-scan = יש לסרוק את קוד ה-QR באמצעות האפליקציה, או להזין את המפתח הסודי שלמטה.
setup-app-step-code = יש להזין את הקוד בן 6 הספרות שמוצג באפליקציה.
setup-app-qr-alt = קוד QR עבור אפליקציית האימות
setup-app-secret = מפתח סודי:
setup-hardware-intro = יש לבחור את המספר הסידורי שמודפס על האסימון ולהזין את הקוד שהוא מציג.
setup-hardware-serial = מספר סידורי
setup-questions-intro = יש לבחור { $count } שאלות שונות ולענות על כל אחת מהן (3 עד 40 תווים, ללא תשובות זהות).
setup-question-label = שאלה { $n }
setup-answer-label = תשובה { $n }
setup-err-email-shape = יש להזין כתובת דואר אלקטרוני, לדוגמה someone@example.com.
setup-err-email-same = יש להשתמש בכתובת שאינה של חשבון העבודה.
setup-err-phone = נראה שמספר הטלפון הזה שגוי.
setup-err-questions = שאלות האבטחה שלך לא נשמרו.
setup-err-questions-count = יש לענות על כל השאלות.
setup-err-questions-unknown = יש לבחור שאלות מהרשימה.
setup-err-questions-duplicate = יש לבחור שאלה שונה בכל תיבה.
setup-err-answer-length = התשובות חייבות להכיל 3 עד 40 תווים.
setup-err-answer-duplicate = יש לתת תשובה שונה לכל שאלה.
setup-err-too-many-apps = כבר יש לך המספר המרבי של אפליקציות אימות. יש למחוק אחת מהן קודם.
setup-err-token-unknown = האסימון הזה לא הוקצה לך, או שהוא כבר פעיל.
protect-title = נדרשת עזרתך בהגנה על החשבון
protect-intro = הארגון שלך זקוק למידע נוסף כדי לשמור על אבטחת החשבון ולאפשר לך לאפס את הסיסמה בעצמך.
protect-skip = דילוג בינתיים
confirm-title = האם פרטי האבטחה שלך עדיין נכונים?
confirm-intro = יש לבדוק את השיטות שמשמשות לאיפוס הסיסמה. אפשר לאשר אותן, או לערוך אותן אם משהו השתנה.
confirm-looks-good = הכול נכון
confirm-edit = עריכת פרטי האבטחה
confirm-done = תודה! פרטי האבטחה שלך אושרו.
change-title = שינוי סיסמה
change-current-label = הסיסמה הנוכחית
change-button = שינוי סיסמה
change-done = הסיסמה שלך שונתה.

## Security questions (G6, predefined list)
sq-first-pet = מה היה שם חיית המחמד הראשונה שלך?
sq-birth-city = באיזו עיר נולדת?
sq-first-school = מה היה שם בית הספר הראשון שלך?
sq-childhood-friend = מה השם הפרטי של חבר הילדות הקרוב ביותר שלך?
sq-first-job-city = באיזו עיר עבדת בעבודה הראשונה שלך?
sq-grandparent-name = מה השם הפרטי של הסבא או הסבתא המבוגרים ביותר שלך?
sq-first-concert = לאיזו הופעה הלכת לראשונה?
sq-childhood-street = באיזה רחוב גרת בילדותך?
sq-favourite-teacher = מה היה שם המשפחה של המורה שהכי אהבת?
sq-first-car = מה היו היצרן והדגם של המכונית הראשונה שלך?

## Notifications on a paired device (V4)
option-push = אישור התראה במכשיר שלי
pending-push = שלחנו התראה למכשיר שלך. יש לפתוח אותה ולהזין את המספר הזה:
pending-push-then = לאחר מכן יש לבחור כאן "המשך".
push-continue = המשך
err-push-pending = עדיין לא הייתה תגובה להתראה. יש להגיב לה במכשיר ואז לבחור "המשך".
err-push-denied = ההתראה נדחתה או שהמספר לא תאם. יש לבחור שיטה כדי לנסות שוב.
method-notification = התראות במכשיר שלי
add-notification = הוספת מכשיר לקבלת התראות
setup-device-intro = אפשר להשתמש בטלפון כמכשיר לאישור בקשות: יש לבחור "הבא" כדי לקבל קוד התאמה.
setup-device-step-open = בטלפון, יש לפתוח את דף המכשיר:
setup-device-link = פתיחת דף המכשיר
setup-device-step-code = שם יש להזין את קוד ההתאמה הזה:
setup-device-then = כשדף המכשיר יציין שההתאמה הושלמה, יש לחזור לכאן.
setup-device-done = סיום
device-title = המכשיר שלך
device-intro = בדף הזה מאשרים בקשות כניסה ואיפוס סיסמה עבור החשבון שלך. כדאי להוסיף אותו למסך הבית כדי שיהיה תמיד בהישג יד.
device-paired = המכשיר הזה מותאם. כשמבקשים ממך לאשר בקשה, יש לבדוק כאן אם יש בקשות.
device-pair-failed = קוד ההתאמה הזה לא עבד. יש לקבל קוד חדש מפרטי האבטחה.
device-approved = אושר. אפשר לחזור למסך השני.
device-denied = נדחה. שום דבר לא אושר.
device-no-request = אין בקשה ממתינה.
device-request = %org% מבקש אישור שמדובר בך (%upn%).
device-request-title = לאשר את הבקשה הזו?
device-pair-code = קוד התאמה
device-name = שם למכשיר הזה
device-name-default = הטלפון שלי
device-pair-button = התאמת המכשיר הזה
device-check = בדיקת בקשות
device-number = המספר שמוצג במסך השני
device-approve = אישור
device-deny = דחייה
device-needs-js = הדף הזה דורש JavaScript כדי לשמור את המפתח שלו ולחתום על אישורים.

## Sign-in, second step (G1)
check-title = אימות הזהות שלך
check-intro = לחשבון שלך יש פרטי אבטחה, ולכן נדרשת בדיקה נוספת לפני שאפשר יהיה לראות אותם או לשנות אותם.

## The on-premises directory (P10, P11)
err-directory-policy = הספרייה של הארגון שלך לא קיבלה את הסיסמה הזו. ייתכן שהשתמשת בה בעבר, או שהיא מפרה אחד מהכללים של הספרייה עצמה; יש לנסות סיסמה אחרת.
err-directory = לא הצלחנו להתחבר לספרייה של הארגון שלך. שום דבר לא שונה; יש לנסות שוב בעוד רגע.

## Issue 10: a form post with a field missing
err-form-incomplete = הטופס התקבל חסר. יש למלא את כל השדות ולנסות שוב.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = התקדמות
progress-step = שלב { $current } מתוך { $total }
step-userid = מזהה משתמש
step-verify = אימות
step-password = סיסמה חדשה
step-done = סיום
resend-code = שליחת הקוד מחדש
resend-in = אפשר לבקש קוד חדש בעוד { $seconds ->
    [one] שנייה אחת
    [two] שתי שניות
    [many] { $seconds } שניות
   *[other] { $seconds } שניות
}.
helpdesk-contact = לעזרה, אפשר לפנות למוקד התמיכה: { $contact }
brand-logo-alt = { $org }
setup-add-method = הוספת שיטה
setup-delete-title = למחוק את השיטה הזו?
setup-delete-confirm = השיטה { $what } תוסר מפרטי האבטחה שלך.
setup-delete-last-warning = השיטה הזו נחוצה לך לאיפוס הסיסמה. בלעדיה, לא תהיה לך אפשרות לאפס את הסיסמה בעצמך עד להוספת שיטה אחרת.
setup-delete-confirm-button = כן, למחוק
setup-app-open-link = פתיחה באפליקציית אימות בטלפון הזה
setup-app-secret-grouped = המפתח הסודי, בקבוצות של ארבעה תווים:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = לפנה״צ
time-pm = אחה״צ

# Issue 12: מסוף הניהול. כותרות הדפים תואמות את דפי איפוס הסיסמה של Entra.
account-admin-console = מסוף ניהול
admin-title = מסוף ניהול
admin-sign-in = כדי לפתוח את המסוף, יש להיכנס עם חשבון מנהל המערכת שלך.
admin-not-admin = המסוף הזה מיועד למנהלי מערכת. לחשבון שלך אין תפקיד של מנהל מערכת.
admin-second-step = המסוף דורש שלב כניסה שני. יש להוסיף טלפון או אפליקציית אימות לפרטי האבטחה, לצאת מהחשבון ולהיכנס שוב.
admin-go-setup = מעבר לפרטי האבטחה שלך
admin-go-account = חזרה לחשבון שלי
admin-back = חזרה למסוף
admin-tenant = ארגון: { $name }
admin-signed-in-as = החשבון המחובר: { $name }, עם התפקידים: { $roles }
admin-policy-heading = מדיניות איפוס סיסמה
admin-readonly = התפקידים שלך מאפשרים לעזור למשתמשים, אבל לא לשנות את מדיניות איפוס הסיסמה. מנהל מערכת כללי או מנהל מדיניות אימות יכולים לשנות אותה.
admin-draft-pending = שינוי בדף { $page } ממתין לבדיקה שלך.
admin-draft-open = פתיחת השינוי
admin-draft-elsewhere = שינוי בדף { $page } ממתין לבדיקה. בדיקת שינוי בדף הזה תחליף אותו.
admin-saved = נשמר כשינוי { $id }.
admin-discarded = השינוי בוטל. שום דבר לא נשמר.
admin-blade-properties = מאפיינים
admin-blade-methods = שיטות אימות
admin-blade-registration = רישום
admin-blade-notifications = הודעות
admin-blade-customization = התאמה אישית
admin-blade-on-premises = שילוב מקומי
admin-blade-administrators = מדיניות מנהלי מערכת
admin-f-scope = איפוס סיסמה בשירות עצמי מופעל עבור
admin-scope-none = אף אחד
admin-scope-selected = קבוצות נבחרות
admin-scope-all = כל המשתמשים
admin-f-groups = קבוצות
admin-f-groups-hint = יש לסמן את הקבוצות שעבורן מופעל איפוס סיסמה בשירות עצמי, או להקליד שמות של קבוצות אחרות, מופרדים בפסיקים. משמשים כשנבחרת האפשרות "קבוצות נבחרות".
admin-f-methods-required = מספר השיטות הנדרשות לאיפוס
admin-f-methods-required-hint = 1 או 2.
admin-f-methods = שיטות זמינות למשתמשים
admin-f-questions-to-register = מספר שאלות האבטחה הנדרשות לרישום
admin-f-questions-to-ask = מספר שאלות האבטחה הנדרשות לאיפוס
admin-f-custom-questions = שאלות האבטחה של הארגון שלך
admin-f-custom-questions-hint = שאלה אחת בכל שורה; השאלות מוצעות לצד השאלות המוגדרות מראש.
admin-f-require-registration = לדרוש ממשתמשים להירשם בעת הכניסה
admin-f-reconfirm-days = מספר הימים עד שהמשתמשים יתבקשו לאשר מחדש את פרטי האימות שלהם
admin-f-reconfirm-days-hint = 0 עד 730; עם 0, הבקשה לא מוצגת אף פעם.
admin-f-notify-users = לשלוח הודעה למשתמשים על איפוס סיסמה
admin-f-notify-admins = לשלוח הודעה לכל מנהלי המערכת כשמנהלי מערכת אחרים מאפסים את הסיסמה שלהם
admin-f-helpdesk = קישור למוקד התמיכה
admin-f-helpdesk-hint = כתובת דואר אלקטרוני או כתובת אינטרנט שמתחילה ב-https://. אם השדה יישאר ריק, לא יוצג קישור.
admin-f-logo = לוגו
admin-f-logo-hint = קובץ בפורטל הזה, כגון /brand/logo.svg. אם השדה יישאר ריק, יוצג השם בלבד.
admin-f-accent = צבע הדגשה
admin-f-accent-hint = בתבנית #rrggbb, כהה מספיק לטקסט לבן.
admin-f-sign-in-domain = התחום שבדוגמת הכניסה
admin-f-sign-in-domain-hint = מוצג בדוגמה של מזהה המשתמש, כגון contoso.com.
admin-f-writeback = כתיבה חוזרת של סיסמאות לספרייה המקומית שלך
admin-f-allow-unlock = לאפשר למשתמשים לבטל את נעילת החשבון בלי לאפס את הסיסמה
admin-f-admin-sspr = לאפשר למנהלי מערכת לאפס את הסיסמה של עצמם
admin-f-admin-sspr-hint = מנהלי מערכת תמיד צריכים שתי שיטות: דואר אלקטרוני או טלפון, ועוד שיטה אחת.
admin-review-button = בדיקת השינוי
admin-errors-heading = לא ניתן לשמור את השינוי הזה:
admin-live-ok = אפשר לשמור את השינוי הזה.
admin-err-number = יש להזין מספר שלם.
admin-err-helpdesk = יש להזין כתובת דואר אלקטרוני או כתובת אינטרנט שמתחילה ב-https://.
admin-err-forbidden = התפקידים שלך לא מאפשרים לשנות את מדיניות איפוס הסיסמה.
admin-err-no-draft = אין שינוי שממתין לבדיקה.
admin-err-no-change = השינוי הזה לא מופיע בהיסטוריה.
admin-err-refused = השינוי הזה מפר כלל של המדיניות. יש לערוך אותו ולבדוק אותו שוב.
admin-review-title = בדיקת השינוי
admin-review-page = דף: { $page }
admin-changes = מה משתנה: { $keys }
admin-no-change = השינוי הזה לא משנה דבר.
admin-impact-heading = מי יכול לאפס את הסיסמה
admin-impact-summary = משתמשים שיכולים לאפס את הסיסמה: { $before } מתוך { $users } כרגע; { $after } אחרי השינוי הזה.
admin-stranded-none = אף אחד לא מאבד את האפשרות לאפס את הסיסמה.
admin-stranded = { $count ->
    [one] משתמש אחד יכול היה לאפס את הסיסמה לפני השינוי ולא יוכל אחריו:
    [two] שני משתמשים יכלו לאפס את הסיסמה לפני השינוי ולא יוכלו אחריו:
    [many] { $count } משתמשים יכלו לאפס את הסיסמה לפני השינוי ולא יוכלו אחריו:
   *[other] { $count } משתמשים יכלו לאפס את הסיסמה לפני השינוי ולא יוכלו אחריו:
}
admin-stranded-hint = לפני השמירה, כדאי לבקש מהם לרשום שיטות נוספות בדף פרטי האבטחה שלהם; אחרת הם יצטרכו להתקשר למוקד התמיכה.
admin-gained = { $count ->
    [one] משתמש אחד לא יכול היה לאפס את הסיסמה לפני השינוי ויוכל אחריו:
    [two] שני משתמשים לא יכלו לאפס את הסיסמה לפני השינוי ויוכלו אחריו:
    [many] { $count } משתמשים לא יכלו לאפס את הסיסמה לפני השינוי ויוכלו אחריו:
   *[other] { $count } משתמשים לא יכלו לאפס את הסיסמה לפני השינוי ויוכלו אחריו:
}
admin-export-csv = הורדת הרשימה (CSV)
admin-save = שמירה
admin-discard = ביטול
admin-edit-again = עריכה חוזרת
admin-history-title = היסטוריית שינויים
admin-history-empty = עדיין לא נשמרו שינויים.
admin-history-change = שינוי
admin-history-when = מתי
admin-history-who = מנהל מערכת
admin-history-what = הגדרות ששונו
admin-revert = החזרה לאחור
admin-revert-label = החזרה לאחור של שינוי { $id }
admin-reverts = מחזיר לאחור את שינוי { $id }
admin-reverted = שינוי { $id } הוחזר לאחור. ההגדרות שהוא החליף חזרו לתוקף.
admin-key-scope = מי יכול לאפס
admin-key-admin-sspr = איפוס על ידי מנהלי מערכת
admin-key-methods-required = שיטות נדרשות
admin-key-methods = שיטות זמינות
admin-key-questions-to-register = שאלות לרישום
admin-key-questions-to-ask = שאלות לאיפוס
admin-key-custom-questions = שאלות אבטחה של הארגון
admin-key-require-registration = חובת רישום
admin-key-reconfirm-days = ימים עד אישור מחדש
admin-key-notify-users = הודעות למשתמשים
admin-key-notify-admins = הודעות למנהלי מערכת
admin-key-helpdesk = קישור למוקד התמיכה
admin-key-branding = מיתוג
admin-key-writeback = כתיבה חוזרת של סיסמאות
admin-key-allow-unlock = ביטול נעילת חשבון
admin-key-password = כללי סיסמה
admin-key-phone-countries = מדינות של מספרי טלפון
admin-key-sms-sender = שולח ה-SMS

# Issue 12: הדוחות של המסוף (A2).
admin-reports-title = דוחות
admin-reports-link = רישומים, איפוסים, כשלים ומי שלא יכול לאפס
admin-reports-period = { $days } הימים האחרונים, החל מ-{ $since } (UTC).
admin-reports-chart = תרשים של הטבלה שלמטה
admin-reports-by-day = רישומים, איפוסים וביטולי נעילה לפי יום
admin-col-day = יום
admin-col-registrations = רישומים
admin-col-resets = איפוסים
admin-col-unlocks = ביטולי נעילה
admin-col-user = משתמש
admin-reports-funnel = עד איפה הגיעו ניסיונות האיפוס
admin-reports-funnel-hint = כל ניסיון מתחיל במזהה משתמש. במקום שבו המספרים יורדים, המשתמשים מוותרים.
admin-col-step = שלב
admin-col-attempts = ניסיונות
admin-funnel-started = התחילו
admin-funnel-eligible = מורשים לאפס
admin-funnel-verified-one = אימתו שיטה אחת
admin-funnel-verified-two = אימתו שיטה שנייה
admin-funnel-password-set = הגדירו סיסמה חדשה או ביטלו את נעילת החשבון
admin-reports-failures = כשלים לפי סיבה
admin-col-reason = סיבה
admin-col-count = מספר
admin-reports-none = אין נתונים בתקופה הזו.
admin-reports-methods = שיטות ששימשו לאיפוס או לביטול נעילה
admin-col-method = שיטה
admin-reports-cannot = מי שלא יכול לאפס
admin-reports-can = משתמשים שיכולים לאפס את הסיסמה כרגע: { $can } מתוך { $users }.
admin-reports-short = { $count ->
    [one] משתמש אחד לא יכול לאפס את הסיסמה כי חסרות לו שיטות:
    [two] שני משתמשים לא יכולים לאפס את הסיסמה כי חסרות להם שיטות:
    [many] { $count } משתמשים לא יכולים לאפס את הסיסמה כי חסרות להם שיטות:
   *[other] { $count } משתמשים לא יכולים לאפס את הסיסמה כי חסרות להם שיטות:
}
# Issue 12: דף המשתמשים של המסוף (D1, D3).
admin-users-title = משתמשים
admin-users-link = חיפוש משתמש: השיטות, החסימות ופרטי הקשר שלו
admin-users-lookup-label = מזהה משתמש
admin-users-lookup = חיפוש
admin-err-no-user = אין בארגון שלך משתמש עם המזהה הזה.
admin-err-protected = המשתמש הזה הוא מנהל מערכת שנמצא מחוץ לתחום התפקידים שלך. יש לפנות למנהל מערכת כללי.
admin-err-contact = יש להזין כתובת דואר אלקטרוני שונה מהכתובת של המשתמש עצמו, ומספרי טלפון בתבנית +<קידומת מדינה> <מספר>.
admin-user-status = חשבון
admin-user-enabled = מופעל
admin-user-disabled = מושבת
admin-user-locked = נעול בספרייה
admin-user-password = סיסמה
admin-user-cloud = מנוהלת בפורטל הזה
admin-user-onprem = מנוהלת בספרייה המקומית
admin-user-groups = קבוצות
admin-user-roles = תפקידי מנהל מערכת
admin-user-none = אין
admin-user-methods = השיטות שלו
admin-user-reset = איפוס סיסמה בשירות עצמי
admin-user-can-reset = יכול לאפס את הסיסמה כרגע.
admin-user-cannot-reset = לא יכול לאפס את הסיסמה כרגע:
admin-reason-consumer = זה חשבון אישי, והפורטל הזה לא משרת חשבונות כאלה.
admin-reason-unavailable = החשבון מושבת.
admin-reason-not-enabled = איפוס סיסמה בשירות עצמי לא מופעל עבור הקבוצות שלו.
admin-reason-not-registered = לא רשומות מספיק שיטות לפי המדיניות.
admin-reason-admin-not-registered = מנהל מערכת צריך שתי שיטות, ולו יש פחות.
admin-reason-writeback-off = הסיסמה מנוהלת בספרייה המקומית והכתיבה החוזרת כבויה.
admin-user-blocks = חסימות
admin-user-no-blocks = אין חסימות כרגע.
admin-user-reset-blocked = איפוס הסיסמה חסום עד { $until } (יותר מדי קודים או תשובות שגויים)
admin-user-sends-blocked = שליחת קודים חסומה עד { $until } (נשלחו יותר מדי)
admin-user-signin-locked = הכניסה נעולה עד { $until } (יותר מדי סיסמאות שגויות)
admin-user-clear = הסרת החסימות
admin-user-cleared = החסימות הוסרו.
admin-user-contact = פרטי קשר
admin-user-alternate-email = דואר אלקטרוני חלופי
admin-user-mobile = טלפון נייד
admin-user-office = טלפון במשרד
admin-user-contact-hint = מספרי טלפון בתבנית +<קידומת מדינה> <מספר>. כדי לנקות שדה, יש להשאיר אותו ריק.
admin-user-contact-save = שמירת פרטי הקשר
admin-user-contact-saved = פרטי הקשר נשמרו.
admin-user-protected = המשתמש הזה הוא מנהל מערכת שנמצא מחוץ לתחום התפקידים שלך: רק מנהל מערכת כללי יכול לשנות את פרטי הקשר או החסימות שלו.

# Issue 12: קוד השחזור של מוקד התמיכה, והודעות על שינויים שביצע מנהל מערכת.
admin-recovery-heading = קוד שחזור
admin-recovery-intro = למשתמש שאיבד את כל השיטות שלו: קוד חד-פעמי שתקף למשך 8 שעות ומאפשר לו להיכנס פעם אחת כדי לרשום שיטות חדשות. יש למסור אותו פנים אל פנים או בשיחה שיזמת בעצמך; המשתמש יקבל הודעה בכתובות הדואר האלקטרוני שלו.
admin-recovery-issue = הנפקת קוד שחזור
admin-recovery-issued = הונפק קוד שחזור. הוא מוצג פעם אחת בלבד.
admin-recovery-code-is = קוד השחזור:
admin-recovery-until = קוד השחזור תקף עד { $until }.
admin-recovery-hand-over = יש להקריא אותו למשתמש רק אחרי שווידאת את זהותו. הוא לא יוצג שוב.
admin-recovery-done = סיום, הסתרת הקוד
recovery-link = קיבלת קוד שחזור ממוקד התמיכה?
recovery-title = כניסה עם קוד שחזור
recovery-intro = אם איבדת את כל השיטות שלך, מוקד התמיכה יכול לתת לך קוד שחזור חד-פעמי. אפשר להיכנס איתו ואז לרשום שיטות חדשות בדף פרטי האבטחה שלך.
recovery-code-label = קוד שחזור
recovery-code-hint = 16 אותיות וספרות, כגון ABCD-EFGH-JKMN-PQRS.
recovery-wrong = מזהה המשתמש או קוד השחזור שגויים, או שכבר נעשה שימוש בקוד או שתוקפו פג.
recovery-back = כניסה עם הסיסמה במקום זאת
msg-recovery-issued-subject = הונפק קוד שחזור לחשבון שלך
msg-recovery-issued-body = מנהל מערכת הנפיק קוד שחזור חד-פעמי עבור { $user }. אם לא ביקשת קוד כזה ממוקד התמיכה, יש לפנות מיד למנהל המערכת.
msg-recovery-used-subject = מישהו נכנס עם קוד שחזור
msg-recovery-used-body = בוצעה כניסה אל { $user } עם קוד שחזור כדי לרשום פרטי אבטחה חדשים. אם לא עשית זאת, יש לפנות מיד למנהל המערכת.
msg-contact-changed-subject = פרטי הקשר שלך שונו
msg-contact-changed-body = מנהל מערכת שינה את פרטי הקשר של { $user } (כתובת דואר אלקטרוני או מספר טלפון שמשמשים לאיפוס הסיסמה). אם לא ציפית לכך, יש לפנות מיד למנהל המערכת.

# Issue 12: חיפוש ביומן הביקורת של המסוף (A1, W2).
admin-audit-title = יומן ביקורת
admin-audit-link = חיפוש ביומן הביקורת והורדה שלו
admin-audit-user = מזהה משתמש
admin-audit-from = מתאריך (YYYY-MM-DD, UTC)
admin-audit-to = עד תאריך (YYYY-MM-DD, UTC)
admin-audit-step = שלב
admin-audit-outcome = תוצאה
admin-audit-ip = כתובת IP
admin-audit-client = סוג לקוח
admin-audit-any = הכול
admin-audit-search = חיפוש
admin-audit-bad-date = יש להזין תאריך בתבנית YYYY-MM-DD, כגון 2026-11-05.
admin-audit-count = { $count ->
    [one] רשומה אחת תואמת לחיפוש.
    [two] שתי רשומות תואמות לחיפוש.
    [many] { $count } רשומות תואמות לחיפוש.
   *[other] { $count } רשומות תואמות לחיפוש.
}
admin-audit-capped = רק הרשומות החדשות ביותר מוצגות ומורדות; כדי לראות את השאר, יש לצמצם את החיפוש.
admin-audit-pages = דפי התוצאות
admin-audit-newer = רשומות חדשות יותר
admin-audit-older = רשומות ישנות יותר
admin-audit-export-json = הורדה בתבנית JSON (רשומה אחת בכל שורה)

# Issue 12: דף התפעול של המסוף.
admin-ops-title = תפעול
admin-ops-link = תפעול: המצב הנוכחי של מסד הנתונים, הספרייה ותור הדואר
admin-ops-database = מסד נתונים
admin-ops-directory = ספרייה מקומית
admin-ops-no-directory = לא מוגדרת
admin-ops-ok = במצב תקין
admin-ops-down = אין תגובה
admin-ops-on = מופעלת
admin-ops-off = כבויה
admin-ops-directory-error = הכשל האחרון בספרייה (30 הימים האחרונים)
admin-ops-mail-waiting = הודעות שממתינות לשליחה
admin-ops-mail-oldest = ההודעה הוותיקה ביותר ממתינה מאז
admin-ops-mail-sent = הודעות שנשלחו
admin-ops-mail-failed = הודעות שהשליחה שלהן הופסקה אחרי ניסיונות חוזרים
admin-ops-hashing = גיבובי סיסמאות שממתינים בצומת הזה
admin-ops-version = גרסה
admin-ops-hint = נבדק בעת פתיחת הדף הזה, על ידי הצומת שהגיש אותו. מספרי הדואר הם של הפורטל כולו; שאר הנתונים זמינים בנתיב /metrics.

# Issue 12: בורר הקבוצות של P1 וההודעה של M2 למשתמשים ששינוי מונע מהם לאפס את הסיסמה.
admin-f-groups-other = קבוצות אחרות
admin-f-groups-none = לארגון הזה עדיין אין קבוצות בפורטל: יש להקליד את השמות שלהן.
admin-notify-stranded = לשלוח דואר אלקטרוני למשתמשים שלא יוכלו לאפס את הסיסמה אחרי השינוי הזה, ולבקש מהם לרשום שיטות נוספות
msg-register-needed-subject = יש לרשום פרטי אבטחה נוספים
msg-register-needed-body = הארגון שלך דורש עכשיו פרטי אבטחה נוספים לפני שאפשר לאפס סיסמה. כל עוד לא נכנסת לחשבון והוספת שיטות בדף פרטי האבטחה שלך, ל-{ $user } אין אפשרות לאפס את הסיסמה בלי להתקשר למוקד התמיכה.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = סנכרון הספרייה האחרון (sspr directory sync)
admin-ops-sync-counts = שינויים שנכתבו: { $changes }; ערכים שנדחו: { $refused }; משתמשים ללא ארגון: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = תרגום נכתב בשורה מתחת לשאלה שלו, בצורת תג שפה, נקודתיים והטקסט (למשל ja-JP: …), ואורכו 1 עד 200 תווים.
admin-err-translation-first = יש לכתוב קודם את השאלה, ואז את התרגומים שלה בשורות שמתחתיה.
admin-f-question-translations-hint = כדי להציג שאלה בשפה אחרת, יש להוסיף מתחתיה שורה עם תג השפה, נקודתיים והתרגום, למשל "ja-JP: 事務所の植物の名前は？". משתמשים שאין תרגום לשפה שלהם יראו את השאלה כפי שנכתבה.
admin-f-recovery-code-resets = קוד שחזור ממוקד התמיכה יכול גם לאפס את הסיסמה של המשתמש פעם אחת
admin-key-recovery-code-resets = קודי שחזור שמאפסים סיסמאות
recovery-reset-hint = אם הארגון שלך מאפשר זאת, אפשר להשתמש בקוד במקום זאת כדי לאפס את הסיסמה פעם אחת.
recovery-reset-button = איפוס הסיסמה שלי
recovery-no-reset = הארגון שלך מאפשר להשתמש בקוד שחזור רק לכניסה. כאן אפשר לרשום שיטות חדשות; לאחר מכן אפשר יהיה לאפס בעזרתן את הסיסמה.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = האיפוס התחיל
audit-step-choose = נבחר איפוס או ביטול נעילה
audit-step-select = נבחרה שיטה
audit-step-send-code = נשלח קוד
audit-step-verify = השיטה אומתה
audit-step-unlock = נעילת החשבון בוטלה
audit-step-reset = הסיסמה אופסה
audit-step-password = הוזנה סיסמה חדשה
audit-step-directory = כתיבה חוזרת לספרייה
audit-step-notify = הודעה
audit-step-admin-request = בקשה למנהלי המערכת
audit-step-signin = כניסה
audit-step-signin-verify = שלב כניסה שני
audit-step-signout = יציאה
audit-step-interrupt = בקשת רישום בעת הכניסה
audit-step-reconfirm = פרטי האבטחה אושרו מחדש
audit-step-register = נרשמה שיטה
audit-step-register-send-code = נשלח קוד רישום
audit-step-register-pairing = הותאמה אפליקציית אימות
audit-step-register-verify = קוד הרישום נבדק
audit-step-delete-method = נמחקה שיטה
audit-step-change-password = הסיסמה שונתה
audit-step-delivery = אישור מסירה
audit-step-policy-change = המדיניות שונתה
audit-step-admin-clear-blocks = מנהל מערכת הסיר חסימות
audit-step-admin-set-contact = מנהל מערכת הגדיר פרטי קשר
audit-step-admin-recovery-code = הונפק קוד שחזור
audit-step-directory-sync = סנכרון ספרייה
audit-outcome-ok = הצליח
audit-outcome-fail = נכשל
audit-outcome-blocked = נחסם
audit-outcome-error = שגיאה
audit-outcome-rejected = סורב
audit-outcome-ineligible = לא זכאי
audit-outcome-dismissed = נדחה למועד אחר
audit-client-browser = דפדפן
audit-client-sign-in-screen = מסך הכניסה
audit-client-app = אפליקציה

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } ← { $new }
admin-value-on = מופעל
admin-value-off = כבוי
admin-value-empty = (ריק)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = הכתיבה החוזרת האחרונה של סיסמה (או ביטול נעילת חשבון) בספרייה

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = הסיסמה אופסה
done-title-unlock = נעילת החשבון בוטלה
admin-f-sign-in-url = דף הכניסה של הארגון שלך
admin-f-sign-in-url-hint = היעד של הלחצן בדף האחרון של איפוס, כגון https://login.contoso.com. אם השדה יישאר ריק, ייעשה שימוש בברירת המחדל של הפורטל הזה.
policy-err-sign-in-url = יש להזין את דף הכניסה ככתובת אינטרנט שמתחילה ב-https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = שאלות אבטחה מוגדרות מראש שהמשתמשים יכולים לבחור
admin-key-predefined-questions = שאלות אבטחה מוגדרות מראש
policy-err-too-few-questions = יש להציע לפחות שאלות אבטחה (מוגדרות מראש ושל הארגון שלך) כמספר השאלות שעל המשתמשים לרשום.
