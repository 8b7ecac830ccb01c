# sspr, hi-IN. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = स्वयं-सेवा पासवर्ड रीसेट
reset-title = अपने खाते में वापस जाएँ
skip-to-content = मुख्य सामग्री पर जाएँ
lang-switch-label = भाषा
next = अगला
back-to-start = फिर से शुरू करें
retry = फिर से प्रयास करें
something-wrong = कुछ गलत हो गया। बाद में फिर से प्रयास करें।
not-found = यह पृष्ठ मौजूद नहीं है।
working = प्रक्रिया जारी है…

## Entry (E2)
entry-intro = अपना खाता पुनर्प्राप्त करने के लिए, पहले अपनी उपयोगकर्ता ID और नीचे दिए गए प्रश्न का उत्तर दर्ज करें।
userid-label = उपयोगकर्ता ID
userid-hint = उदाहरण: { $example }
captcha-legend = साबित करें कि आप रोबोट नहीं हैं
captcha-nojs = "अगला" चुनने के बाद आपके ब्राउज़र की कुछ सेकंड ({ $seconds } या अधिक) तक जाँच की जाती है। आपको और कुछ नहीं करना है।
captcha-working = आपके ब्राउज़र की जाँच की जा रही है…
captcha-done = हो गया। आप जारी रख सकते हैं।

## Contact your administrator (E3, E5, P9, K1)
contact-title = अपने व्यवस्थापक से संपर्क करें
contact-reason-consumer = व्यक्तिगत खाते इस पोर्टल का उपयोग नहीं कर सकते। इसके बजाय अपने ईमेल प्रदाता के पुनर्प्राप्ति विकल्पों का उपयोग करें।
contact-reason-unavailable = हम इस खाते को यहाँ रीसेट नहीं कर सकते। हो सकता है कि यह मौजूद न हो या अक्षम हो।
contact-reason-not-enabled = इस खाते के लिए स्वयं-सेवा पासवर्ड रीसेट चालू नहीं है।
contact-reason-not-registered = इस खाते में पासवर्ड रीसेट करने के लिए पर्याप्त सुरक्षा जानकारी पंजीकृत नहीं है।
contact-reason-admin-not-registered = पासवर्ड रीसेट करने के लिए व्यवस्थापक खातों में दो पंजीकृत विधियाँ (ईमेल, मोबाइल फ़ोन, कार्यालय फ़ोन या प्रमाणक ऐप) होनी चाहिए।
contact-reason-writeback-off = इस खाते का पासवर्ड ऑन-प्रिमाइसेस प्रबंधित होता है और इसे यहाँ रीसेट नहीं किया जा सकता।
contact-also-intro = ऐसा तब भी हो सकता है जब:
contact-also-consumer = खाता किसी उपभोक्ता ईमेल प्रदाता का व्यक्तिगत खाता हो
contact-also-unavailable = उपयोगकर्ता ID गलत टाइप की गई हो, या खाता मौजूद न हो या अक्षम हो
contact-also-not-enabled = खाते के लिए स्वयं-सेवा पासवर्ड रीसेट चालू न हो
contact-also-not-registered = खाते में पर्याप्त सुरक्षा जानकारी पंजीकृत न हो (यदि आप साइन इन कर सकते हैं, तो आपका सुरक्षा जानकारी पृष्ठ दिखाता है कि क्या कमी है)
contact-also-admin-not-registered = किसी व्यवस्थापक खाते में दो पंजीकृत विधियाँ न हों
contact-also-writeback-off = पासवर्ड आपके संगठन की अपनी निर्देशिका द्वारा प्रबंधित हो
contact-helpdesk-link = अपने हेल्पडेस्क से संपर्क करें
contact-helpdesk-email = अपने हेल्पडेस्क को ईमेल करें: { $email }
contact-no-helpdesk = सहायता के लिए अपने संगठन के व्यवस्थापक से पूछें।
contact-request-button = मेरे व्यवस्थापकों से मेरा पासवर्ड रीसेट करने का अनुरोध करें
contact-request-sent = आपका अनुरोध आपके व्यवस्थापकों को भेज दिया गया है।

## Trouble choice
choose-title = आपको साइन इन करने में समस्या क्यों हो रही है?
choose-forgot = मुझे अपना पासवर्ड याद नहीं है
choose-forgot-hint = चिंता न करें, हम आपकी पंजीकृत सुरक्षा जानकारी का उपयोग करके इसे रीसेट करने में आपकी सहायता करेंगे।
choose-unlock = मुझे अपना पासवर्ड पता है, लेकिन फिर भी साइन इन नहीं हो पा रहा है
choose-unlock-hint = ऐसा इसलिए हो सकता है क्योंकि आपने कई बार गलत पासवर्ड से साइन इन करने का प्रयास किया है।

## Verification (V1..V6)
verify-title = अपनी पहचान सत्यापित करें
verify-step = सत्यापन चरण: { $required } में से { $current }
verify-pick = सत्यापन के लिए हम किस संपर्क विधि का उपयोग करें, वह चुनें:
verify-passed = सत्यापित
option-email = मेरे वैकल्पिक पते { $masked } पर ईमेल करें
option-sms = मेरे मोबाइल फ़ोन { $masked } पर टेक्स्ट संदेश भेजें
option-voice = मेरे मोबाइल फ़ोन { $masked } पर कॉल करें
option-office = मेरे कार्यालय फ़ोन { $masked } पर कॉल करें
option-app = मेरे प्रमाणक ऐप से कोड दर्ज करें
option-software_oath = मेरे सॉफ़्टवेयर टोकन से कोड दर्ज करें
option-hardware_oath = मेरे हार्डवेयर टोकन से कोड दर्ज करें
option-questions = मेरे सुरक्षा प्रश्नों के उत्तर दें
pending-email = हमने { $masked } पर सत्यापन कोड वाला ईमेल भेजा है।
pending-sms = हमने { $masked } पर सत्यापन कोड वाला टेक्स्ट संदेश भेजा है।
pending-voice = हम { $masked } पर कॉल कर रहे हैं। सत्यापन कोड ध्यान से सुनें।
pending-totp = अपने ऐप में या अपने टोकन पर दिखाया गया कोड दर्ज करें।
code-label = सत्यापन कोड
questions-legend = अपने सुरक्षा प्रश्नों के उत्तर दें
verify-button = सत्यापित करें

## New password (N1, N2)
password-title = नया पासवर्ड चुनें
password-label = नया पासवर्ड
confirm-label = नए पासवर्ड की पुष्टि करें
password-rules = आपका पासवर्ड ऐसा होना चाहिए जो:
pw-rule-length = कम से कम { $min } वर्णों का हो
pw-rule-max-length = अधिक से अधिक { $max } वर्णों का हो
pw-rule-classes = इनमें से तीन प्रकार के वर्ण शामिल करे: छोटे अक्षर, बड़े अक्षर, अंक, चिह्न
pw-rule-banned = आम तौर पर उपयोग किया जाने वाला या प्रतिबंधित पासवर्ड न हो
pw-rule-name = आपका नाम शामिल न करे
pw-rule-match = पुष्टि वाले पासवर्ड से मेल खाए
pw-rule-classes-ad = इनमें से तीन प्रकार के वर्ण शामिल करे: छोटे अक्षर, बड़े अक्षर, अंक, चिह्न, बिना केस वाले अक्षर (जैसे देवनागरी अक्षर)
pw-rule-name-ad = आपके खाते का नाम या आपके नाम का 3 या अधिक वर्णों वाला कोई भी भाग शामिल न करे
pw-dir-heading = सबमिट करने पर आपके संगठन की निर्देशिका यह भी जाँचती है कि पासवर्ड:
pw-dir-history = { $n ->
    [one] आपका वर्तमान पासवर्ड न हो
   *[other] आपके पिछले { $n } पासवर्ड में से कोई न हो
}
pw-dir-min-age = { $n ->
    [one] पिछली बार पासवर्ड बदलने के कम से कम एक दिन बाद बदला जा रहा हो
   *[other] पिछली बार पासवर्ड बदलने के कम से कम { $n } दिन बाद बदला जा रहा हो
}
pw-dir-module = आपके संगठन के अतिरिक्त गुणवत्ता नियमों के अनुरूप हो
pw-rule-ok = पूरा हुआ
pw-rule-not-ok = पूरा नहीं हुआ
finish = समाप्त करें

## Done
done-reset = आपका पासवर्ड रीसेट कर दिया गया है।
done-unlock = आपका खाता अनलॉक कर दिया गया है।
done-sign-in = अपने खाते से साइन इन करें

## Errors (flows)
err-no-flow = आपका सत्र समाप्त हो गया है। फिर से शुरू करें।
err-captcha = आप रोबोट नहीं हैं, यह जाँच समाप्त हो गई है या पहले ही उपयोग की जा चुकी है। फिर से प्रयास करें।
err-wrong-step = वह चरण अब उपलब्ध नहीं है। यहाँ से जारी रखें।
err-unknown-option = सूचीबद्ध विधियों में से कोई एक चुनें।
err-code-wrong = यह कोड काम नहीं आया। इसे जाँचें और फिर से प्रयास करें।
err-code-expired = इस कोड की समय-सीमा समाप्त हो गई है। नया कोड भेजें।
err-code-used = यह कोड पहले ही उपयोग किया जा चुका है। यहाँ से जारी रखें।
err-blocked = आपने बहुत अधिक बार प्रयास किया है। { $until } के बाद फिर से प्रयास करें।
err-email-limit = हमने बहुत अधिक कोड भेजे हैं। { $until } के बाद फिर से प्रयास करें, या किसी दूसरी विधि का उपयोग करें।
err-answers-wrong = एक या अधिक उत्तर गलत थे। यहाँ प्रश्नों का एक नया सेट है।
err-password = पासवर्ड नीचे दी गई आवश्यकताओं को पूरा नहीं करता।
err-delivery = हम अभी संदेश नहीं भेज सके। बाद में फिर से प्रयास करें या किसी दूसरी विधि का उपयोग करें।
err-admin-request-limit = आप पहले ही कई अनुरोध भेज चुके हैं। आपके व्यवस्थापक आपसे संपर्क करेंगे।
err-internal = कुछ गलत हो गया। बाद में फिर से प्रयास करें।
userid-err-empty = अपनी उपयोगकर्ता ID दर्ज करें।
userid-err-shape = अपनी उपयोगकर्ता ID को name@domain के रूप में दर्ज करें, उदाहरण के लिए { $example }।
userid-err-too-long = यह उपयोगकर्ता ID बहुत लंबी है।

## Messages (email, SMS, voice)
msg-code-subject = { $org } खाता सत्यापन कोड
msg-code-email = अपने खाते को सत्यापित करने के लिए इस कोड का उपयोग करें: { $code }। यह { $minutes } मिनट में समाप्त हो जाएगा। यदि आपने इसका अनुरोध नहीं किया था, तो इस ईमेल को अनदेखा करें।
msg-code-sms = { $org } पासवर्ड रीसेट कोड: { $code }
msg-code-voice = आपका सत्यापन कोड { $code } है। फिर से, आपका कोड { $code } है।
msg-reset-subject = आपका पासवर्ड रीसेट किया गया
msg-reset-body = { $user } का पासवर्ड अभी-अभी स्वयं-सेवा पासवर्ड रीसेट के माध्यम से रीसेट किया गया। यदि यह आपने नहीं किया था, तो तुरंत अपने व्यवस्थापक से संपर्क करें।
msg-method-added-subject = आपके खाते में सुरक्षा जानकारी जोड़ी गई
msg-method-added-body = { $user } की सुरक्षा जानकारी में यह विधि जोड़ी गई: { $method }। यदि यह आपने नहीं किया था, तो साइन इन करें, इसे हटाएँ, अपना पासवर्ड बदलें और अपने व्यवस्थापक से संपर्क करें।
msg-method-removed-subject = आपके खाते से सुरक्षा जानकारी हटाई गई
msg-method-removed-body = { $user } की सुरक्षा जानकारी से यह विधि हटाई गई: { $method }। यदि यह आपने नहीं किया था, तो साइन इन करें, अपनी सुरक्षा जानकारी जाँचें, अपना पासवर्ड बदलें और अपने व्यवस्थापक से संपर्क करें।
msg-admin-reset-subject = एक व्यवस्थापक ने अपना पासवर्ड रीसेट किया
msg-admin-reset-body = व्यवस्थापक { $user } ने स्वयं-सेवा पासवर्ड रीसेट के माध्यम से अपना पासवर्ड रीसेट किया।
msg-admin-request-subject = पासवर्ड रीसेट अनुरोध
msg-admin-request-body = { $user } स्वयं-सेवा के माध्यम से अपना पासवर्ड रीसेट नहीं कर सकते और किसी व्यवस्थापक से सहायता का अनुरोध करते हैं।

## Dev outbox (demo mode only)
outbox-title = आउटबॉक्स (डेमो)
outbox-intro = डेमो मोड: पोर्टल द्वारा भेजे गए संदेश डिलीवर किए जाने के बजाय यहाँ लिखे जाते हैं। सबसे नए संदेश सबसे ऊपर।
outbox-empty = अभी तक कोई संदेश नहीं।
outbox-to = प्रति
demo-outbox-link = डेमो मोड: आउटबॉक्स में संदेश पढ़ें (नए टैब में खुलता है)
outbox-channel = चैनल

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = चयनित समूहों वाले दायरे के लिए कम से कम एक समूह चुनें।
policy-err-methods-required = आवश्यक विधियों की संख्या 1 या 2 होनी चाहिए।
policy-err-too-few-methods = कम से कम उतनी विधियाँ सक्षम करें जितनी आवश्यक हैं।
policy-err-office-phone-paid = कार्यालय फ़ोन केवल सशुल्क टेनेंट के लिए उपलब्ध है।
policy-err-questions-register = उपयोगकर्ताओं को 3 से 5 सुरक्षा प्रश्न पंजीकृत करने होंगे।
policy-err-questions-ask = 3 से 5 सुरक्षा प्रश्न पूछे जाने चाहिए।
policy-err-questions-ask-exceeds = उपयोगकर्ताओं द्वारा पंजीकृत प्रश्नों से अधिक प्रश्न नहीं पूछे जा सकते।
policy-err-reconfirm-days = पुनः पुष्टि की अवधि 0 से 730 दिनों के बीच होनी चाहिए।
policy-err-app-needs-more = मोबाइल ऐप सक्षम होने पर, उसके अलावा पर्याप्त अन्य विधियाँ भी सक्षम करें।
policy-err-app-notification-alone = जब एक विधि आवश्यक हो, तो केवल ऐप सूचना की गिनती नहीं होती।
policy-err-password-length = पासवर्ड की लंबाई 8 से 256 वर्णों के बीच होनी चाहिए।
policy-err-banned-terms = अधिकतम 1000 कस्टम प्रतिबंधित शब्द हो सकते हैं।
policy-err-sms-sender = SMS प्रेषक 11 अक्षरों और अंकों तक का नाम, या +15017122661 जैसा फ़ोन नंबर होना चाहिए।
phone-err-country-code = नंबर को + और देश कोड से शुरू करें।
phone-err-characters = केवल अंकों, रिक्त स्थानों और डैश का उपयोग करें।
phone-err-length = यह नंबर बहुत छोटा या बहुत लंबा है।
policy-err-custom-question = कस्टम सुरक्षा प्रश्न 1 से 200 वर्णों के होने चाहिए और सभी अलग-अलग होने चाहिए।
policy-err-brand-accent = ब्रांड रंग #rrggbb के रूप में लिखा जाना चाहिए और सफ़ेद टेक्स्ट के लिए पर्याप्त गहरा होना चाहिए (कम से कम 4.5:1 का कंट्रास्ट)।
policy-err-brand-logo = लोगो इस पोर्टल पर मौजूद कोई फ़ाइल (जैसे /brand/logo.svg) या एम्बेड की गई छवि होना चाहिए।
policy-err-sign-in-domain = साइन-इन डोमेन एक डोमेन नाम होना चाहिए, जैसे contoso.com।

## Sign-in and my account (G1, N4)
entry-signin-link = अपनी सुरक्षा जानकारी प्रबंधित करने के लिए साइन इन करें
signin-title = साइन इन करें
signin-intro = अपनी सुरक्षा जानकारी देखने और अपडेट करने या अपना पासवर्ड बदलने के लिए साइन इन करें।
signin-password-label = पासवर्ड
signin-button = साइन इन करें
signin-cant-access = अपने खाते तक नहीं पहुँच पा रहे हैं?
signin-signed-out = आपने साइन आउट कर लिया है।
signout-button = साइन आउट करें
account-title = मेरा खाता
account-signed-in-as = { $name } ({ $upn }) के रूप में साइन इन किया गया
account-reset-attempts = किसी ने आपका पासवर्ड रीसेट करने का प्रयास किया और { $count ->
    [one] एक बार
   *[other] { $count } बार
} सत्यापन में विफल रहा, सबसे हाल में { $when } को। यदि यह आप नहीं थे, तो आपका पासवर्ड नहीं बदला है; सुनिश्चित करें कि आपकी सुरक्षा जानकारी आपकी ही है और अपने व्यवस्थापक को बताएँ।
account-cannot-reset = आप अभी स्वयं अपना पासवर्ड रीसेट नहीं कर सकते।
account-security-info = सुरक्षा जानकारी
account-change-password = पासवर्ड बदलें
err-no-session = आपने साइन इन नहीं किया है, या आपका सत्र समाप्त हो गया है। फिर से साइन इन करें।
err-credentials = आपकी उपयोगकर्ता ID या पासवर्ड गलत है।
err-locked-out = अनधिकृत उपयोग रोकने के लिए आपका खाता अस्थायी रूप से लॉक कर दिया गया है। { $until } के बाद फिर से प्रयास करें।
err-account-locked = आपका खाता लॉक है। इसे अनलॉक करने के लिए "अपने खाते तक नहीं पहुँच पा रहे हैं?" का उपयोग करें।
err-not-allowed = इस विधि का उपयोग आपके खाते के लिए नहीं किया जा सकता।
err-current-password = आपका वर्तमान पासवर्ड गलत है।
err-on-premises = आपका पासवर्ड आपके संगठन की निर्देशिका द्वारा प्रबंधित होता है। इसे वहीं बदलें।
err-too-many = आपके नेटवर्क से बहुत अधिक प्रयास किए गए हैं। { $until } के बाद फिर से प्रयास करें।
err-resend-wait = हमने अभी-अभी आपको इस तरीके से एक कोड भेजा है। दूसरा कोड माँगने से पहले { $until } तक प्रतीक्षा करें, या किसी दूसरी विधि का उपयोग करें।
err-messages-paused = हम अभी और कोड नहीं भेज सकते। { $until } के बाद फिर से प्रयास करें, या ऐसी विधि का उपयोग करें जिसमें संदेश की आवश्यकता न हो, जैसे प्रमाणक ऐप या सुरक्षा प्रश्न।
err-phone-country = आपका संगठन इस देश के फ़ोन नंबरों पर कोड नहीं भेजता। कोई दूसरा नंबर या दूसरी विधि उपयोग करें।
err-busy = सेवा अभी व्यस्त है। थोड़ी देर प्रतीक्षा करें और फिर से प्रयास करें।
cancel = रद्द करें
save = सहेजें

## Security info (G2..G7, C1)
setup-title = सुरक्षा जानकारी
setup-intro = ये वे विधियाँ हैं जिनसे आप अपना पासवर्ड रीसेट करते समय अपनी पहचान साबित करते हैं।
setup-progress-ok = आप अपना पासवर्ड रीसेट कर सकते हैं: { $required } आवश्यक विधियों में से { $have } सेट अप हैं।
setup-progress-short = { $required } आवश्यक विधियों में से { $have } सेट अप हैं। अपना पासवर्ड रीसेट कर पाने के लिए और विधियाँ जोड़ें।
setup-methods-heading = आपकी विधियाँ
setup-none = आपने अभी तक कोई विधि सेट अप नहीं की है।
setup-add-heading = विधि जोड़ें
setup-change = बदलें
setup-change-label = { $what } बदलें
setup-delete = हटाएँ
setup-delete-label = { $what } हटाएँ
setup-from-directory = (आपके संगठन की निर्देशिका से)
setup-done-added = आपकी विधि जोड़ दी गई।
setup-done-deleted = विधि हटा दी गई।
setup-back = सुरक्षा जानकारी पर वापस जाएँ
setup-not-available = यह विधि आपके खाते के लिए उपलब्ध नहीं है।
method-app = प्रमाणक ऐप
method-software = सॉफ़्टवेयर OATH टोकन
method-hardware = हार्डवेयर टोकन
method-phone = फ़ोन
method-office = कार्यालय फ़ोन
method-email = ईमेल
method-questions = सुरक्षा प्रश्न
method-questions-detail = { $count } प्रश्न
add-app = प्रमाणक ऐप जोड़ें
add-software = सॉफ़्टवेयर OATH टोकन जोड़ें
add-hardware = हार्डवेयर टोकन सक्रिय करें
add-phone = अपना फ़ोन जोड़ें या बदलें
add-office = अपना कार्यालय फ़ोन जोड़ें या बदलें
add-email = अपना ईमेल जोड़ें या बदलें
add-questions = सुरक्षा प्रश्न सेट अप करें
setup-email-label = ईमेल पता
setup-email-hint = अपने कार्य खाते के अलावा कोई दूसरा पता उपयोग करें। हम उस पर एक कोड भेजेंगे।
setup-phone-label = फ़ोन नंबर
setup-office-label = कार्यालय फ़ोन नंबर
setup-phone-hint = + और देश कोड शामिल करें, उदाहरण के लिए +91 98765 43210।
setup-phone-channel = हम कोड कैसे भेजें?
setup-phone-sms = मुझे टेक्स्ट संदेश से कोड भेजें
setup-phone-voice = मुझे कॉल करें
setup-app-intro = अपने फ़ोन पर एक प्रमाणक ऐप इंस्टॉल करें, फिर स्कैन करने के लिए QR कोड देखने हेतु "अगला" चुनें।
setup-software-intro = अपने सॉफ़्टवेयर टोकन की गुप्त कुंजी पाने के लिए "अगला" चुनें।
setup-app-step-scan = अपने ऐप से QR कोड स्कैन करें, या नीचे दी गई गुप्त कुंजी दर्ज करें।
setup-app-step-code = ऐप में दिखाया गया 6 अंकों का कोड दर्ज करें।
setup-app-qr-alt = आपके प्रमाणक ऐप के लिए QR कोड
setup-app-secret = गुप्त कुंजी:
setup-hardware-intro = अपने टोकन पर छपा सीरियल नंबर चुनें और उस पर दिखाया गया कोड दर्ज करें।
setup-hardware-serial = सीरियल नंबर
setup-questions-intro = { $count } अलग-अलग प्रश्न चुनें और हर एक का उत्तर दें (3 से 40 वर्ण, कोई भी दो उत्तर एक जैसे न हों)।
setup-question-label = प्रश्न { $n }
setup-answer-label = उत्तर { $n }
setup-err-email-shape = ईमेल पता दर्ज करें, उदाहरण के लिए someone@example.com।
setup-err-email-same = अपने कार्य खाते के अलावा कोई दूसरा पता उपयोग करें।
setup-err-phone = यह फ़ोन नंबर सही नहीं लगता।
setup-err-questions = आपके सुरक्षा प्रश्न सहेजे नहीं गए।
setup-err-questions-count = हर प्रश्न का उत्तर दें।
setup-err-questions-unknown = सूची में से प्रश्न चुनें।
setup-err-questions-duplicate = हर बॉक्स में अलग प्रश्न चुनें।
setup-err-answer-length = उत्तर 3 से 40 वर्णों के होने चाहिए।
setup-err-answer-duplicate = हर प्रश्न का अलग उत्तर दें।
setup-err-too-many-apps = आपके पास पहले से ही अधिकतम संख्या में प्रमाणक ऐप हैं। पहले एक हटाएँ।
setup-err-token-unknown = यह टोकन आपको असाइन नहीं किया गया है या पहले से सक्रिय है।
protect-title = अपने खाते को सुरक्षित रखने में हमारी सहायता करें
protect-intro = आपके खाते को सुरक्षित रखने और आपको स्वयं अपना पासवर्ड रीसेट करने देने के लिए आपके संगठन को और जानकारी चाहिए।
protect-skip = अभी छोड़ें
confirm-title = क्या आपकी सुरक्षा जानकारी अब भी सही है?
confirm-intro = पासवर्ड रीसेट करने के लिए आप जिन विधियों का उपयोग करते हैं, उन्हें जाँचें। उनकी पुष्टि करें, या कुछ बदला हो तो उन्हें संपादित करें।
confirm-looks-good = सब ठीक है
confirm-edit = अपनी सुरक्षा जानकारी संपादित करें
confirm-done = धन्यवाद! आपकी सुरक्षा जानकारी की पुष्टि हो गई है।
change-title = पासवर्ड बदलें
change-current-label = वर्तमान पासवर्ड
change-button = पासवर्ड बदलें
change-done = आपका पासवर्ड बदल दिया गया है।

## Security questions (G6, predefined list)
sq-first-pet = आपके पहले पालतू जानवर का नाम क्या था?
sq-birth-city = आपका जन्म किस शहर में हुआ था?
sq-first-school = आपके पहले स्कूल का नाम क्या था?
sq-childhood-friend = आपके बचपन के सबसे अच्छे दोस्त का पहला नाम क्या है?
sq-first-job-city = आपकी पहली नौकरी किस शहर में थी?
sq-grandparent-name = आपके दादा-दादी और नाना-नानी में सबसे बड़े का पहला नाम क्या है?
sq-first-concert = आप सबसे पहले किस कॉन्सर्ट में गए थे?
sq-childhood-street = बचपन में आप किस सड़क पर रहते थे?
sq-favourite-teacher = आपके पसंदीदा शिक्षक का उपनाम क्या था?
sq-first-car = आपकी पहली कार का ब्रांड और मॉडल क्या था?

## Notifications on a paired device (V4)
option-push = मेरे डिवाइस पर सूचना स्वीकृत करें
pending-push = हमने आपके डिवाइस पर एक सूचना भेजी है। इसे खोलें और यह नंबर दर्ज करें:
pending-push-then = फिर यहाँ "जारी रखें" चुनें।
push-continue = जारी रखें
err-push-pending = सूचना का अभी तक जवाब नहीं दिया गया है। अपने डिवाइस पर इसका जवाब दें, फिर "जारी रखें" चुनें।
err-push-denied = सूचना अस्वीकार कर दी गई या नंबर मेल नहीं खाया। फिर से प्रयास करने के लिए कोई विधि चुनें।
method-notification = मेरे डिवाइस पर सूचनाएँ
add-notification = सूचनाओं के लिए डिवाइस जोड़ें
setup-device-intro = अपने फ़ोन को अनुरोध स्वीकृत करने वाले डिवाइस के रूप में उपयोग करें: पेयरिंग कोड पाने के लिए "अगला" चुनें।
setup-device-step-open = अपने फ़ोन पर डिवाइस पृष्ठ खोलें:
setup-device-link = डिवाइस पृष्ठ खोलें
setup-device-step-code = वहाँ यह पेयरिंग कोड दर्ज करें:
setup-device-then = जब डिवाइस पृष्ठ बताए कि पेयरिंग हो गई है, तो यहाँ वापस आएँ।
setup-device-done = हो गया
device-title = आपका डिवाइस
device-intro = यह पृष्ठ आपके खाते के साइन-इन और पासवर्ड रीसेट अनुरोधों को स्वीकृत करता है। इसे आसानी से खोलने के लिए अपनी होम स्क्रीन पर जोड़ें।
device-paired = यह डिवाइस पेयर किया गया है। जब आपसे कोई अनुरोध स्वीकृत करने के लिए कहा जाए, तो अनुरोधों की जाँच करें।
device-pair-failed = वह पेयरिंग कोड काम नहीं आया। अपनी सुरक्षा जानकारी से नया कोड लें।
device-approved = स्वीकृत। आप दूसरी स्क्रीन पर वापस जा सकते हैं।
device-denied = अस्वीकृत। कुछ भी स्वीकृत नहीं किया गया।
device-no-request = कोई अनुरोध प्रतीक्षा में नहीं है।
device-request = %org% पुष्टि करना चाहता है कि यह आप ही हैं (%upn%)।
device-request-title = यह अनुरोध स्वीकृत करें?
device-pair-code = पेयरिंग कोड
device-name = इस डिवाइस का नाम
device-name-default = मेरा फ़ोन
device-pair-button = यह डिवाइस पेयर करें
device-check = अनुरोधों की जाँच करें
device-number = दूसरी स्क्रीन पर दिखाया गया नंबर
device-approve = स्वीकृत करें
device-deny = अस्वीकार करें
device-needs-js = अपनी कुंजी रखने और स्वीकृतियों पर हस्ताक्षर करने के लिए इस पृष्ठ को JavaScript की आवश्यकता है।

## Sign-in, second step (G1)
check-title = अपनी पहचान सत्यापित करें
check-intro = आपके खाते में सुरक्षा जानकारी है, इसलिए इसे देखने या बदलने से पहले हमें एक और जाँच करनी होगी।

## The on-premises directory (P10, P11)
err-directory-policy = आपके संगठन की निर्देशिका ने यह पासवर्ड स्वीकार नहीं किया। हो सकता है कि आपने इसे पहले उपयोग किया हो, या यह निर्देशिका के अपने किसी नियम का उल्लंघन करता हो; कोई दूसरा पासवर्ड आज़माएँ।
err-directory = हम आपके संगठन की निर्देशिका तक नहीं पहुँच सके। कुछ भी नहीं बदला गया; थोड़ी देर में फिर से प्रयास करें।

## Issue 10: a form post with a field missing
err-form-incomplete = फ़ॉर्म अधूरा प्राप्त हुआ। सभी फ़ील्ड भरें और फिर से प्रयास करें।

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = प्रगति
progress-step = { $total } में से चरण { $current }
step-userid = उपयोगकर्ता ID
step-verify = सत्यापन
step-password = नया पासवर्ड
step-done = हो गया
resend-code = कोड फिर से भेजें
resend-in = आप { $seconds ->
    [one] { $seconds } सेकंड
   *[other] { $seconds } सेकंड
} में नया कोड माँग सकते हैं।
helpdesk-contact = सहायता चाहिए? अपने हेल्पडेस्क से संपर्क करें: { $contact }
brand-logo-alt = { $org }
setup-add-method = विधि जोड़ें
setup-delete-title = यह विधि हटाएँ?
setup-delete-confirm = { $what } को आपकी सुरक्षा जानकारी से हटा दिया जाएगा।
setup-delete-last-warning = अपना पासवर्ड रीसेट करने के लिए आपको इस विधि की आवश्यकता है। इसके बिना, जब तक आप कोई दूसरी विधि नहीं जोड़ते, आप स्वयं अपना पासवर्ड रीसेट नहीं कर सकेंगे।
setup-delete-confirm-button = हाँ, इसे हटाएँ
setup-app-open-link = इस फ़ोन पर किसी प्रमाणक ऐप में खोलें
setup-app-secret-grouped = गुप्त कुंजी, चार-चार के समूहों में:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour12 }:{ $minute } { $dayperiod } ({ $zone })
time-am = पूर्वाह्न
time-pm = अपराह्न
