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
