# sspr, th-TH. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = การรีเซ็ตรหัสผ่านด้วยตนเอง
reset-title = กลับเข้าสู่บัญชีของคุณ
skip-to-content = ข้ามไปยังเนื้อหาหลัก
lang-switch-label = ภาษา
next = ถัดไป
back-to-start = เริ่มต้นใหม่
retry = ลองอีกครั้ง
something-wrong = มีบางอย่างผิดพลาด โปรดลองอีกครั้งในภายหลัง
not-found = ไม่มีหน้านี้อยู่
working = กำลังดำเนินการ…

## Entry (E2)
entry-intro = หากต้องการกู้คืนบัญชีของคุณ ให้เริ่มด้วยการป้อน ID ผู้ใช้และคำตอบของคำถามด้านล่าง
userid-label = ID ผู้ใช้
userid-hint = ตัวอย่าง: { $example }
captcha-legend = พิสูจน์ว่าคุณไม่ใช่โปรแกรมอัตโนมัติ
captcha-nojs = หลังจากที่คุณเลือก "ถัดไป" ระบบจะตรวจสอบเบราว์เซอร์ของคุณสักครู่ ({ $seconds } วินาทีหรือนานกว่านั้น) คุณไม่ต้องทำอะไรเพิ่มเติม
captcha-working = กำลังตรวจสอบเบราว์เซอร์ของคุณ…
captcha-done = เสร็จแล้ว คุณสามารถดำเนินการต่อได้

## Contact your administrator (E3, E5, P9, K1)
contact-title = ติดต่อผู้ดูแลระบบของคุณ
contact-reason-consumer = บัญชีส่วนบุคคลไม่สามารถใช้พอร์ทัลนี้ได้ โปรดใช้ตัวเลือกการกู้คืนของผู้ให้บริการอีเมลของคุณแทน
contact-reason-unavailable = เราไม่สามารถรีเซ็ตบัญชีนี้ที่นี่ได้ บัญชีนี้อาจไม่มีอยู่ หรืออาจถูกปิดใช้งาน
contact-reason-not-enabled = บัญชีนี้ไม่ได้เปิดใช้การรีเซ็ตรหัสผ่านด้วยตนเอง
contact-reason-not-registered = บัญชีนี้ลงทะเบียนข้อมูลความปลอดภัยไว้ไม่เพียงพอสำหรับการรีเซ็ตรหัสผ่าน
contact-reason-admin-not-registered = บัญชีผู้ดูแลระบบต้องลงทะเบียนวิธีการสองวิธี (อีเมล โทรศัพท์มือถือ โทรศัพท์ที่ทำงาน หรือแอปตัวรับรองความถูกต้อง) จึงจะรีเซ็ตรหัสผ่านได้
contact-reason-writeback-off = รหัสผ่านของบัญชีนี้ได้รับการจัดการภายในองค์กร และไม่สามารถรีเซ็ตที่นี่ได้
contact-also-intro = กรณีต่อไปนี้อาจทำให้เกิดปัญหานี้ได้เช่นกัน:
contact-also-consumer = บัญชีเป็นบัญชีส่วนบุคคลจากผู้ให้บริการอีเมลสำหรับบุคคลทั่วไป
contact-also-unavailable = พิมพ์ ID ผู้ใช้ผิด หรือบัญชีไม่มีอยู่หรือถูกปิดใช้งาน
contact-also-not-enabled = บัญชีไม่ได้เปิดใช้การรีเซ็ตรหัสผ่านด้วยตนเอง
contact-also-not-registered = บัญชีลงทะเบียนข้อมูลความปลอดภัยไว้ไม่เพียงพอ (หากคุณลงชื่อเข้าใช้ได้ หน้าข้อมูลความปลอดภัยจะแสดงสิ่งที่ขาดไป)
contact-also-admin-not-registered = บัญชีผู้ดูแลระบบไม่ได้ลงทะเบียนวิธีการไว้สองวิธี
contact-also-writeback-off = รหัสผ่านได้รับการจัดการโดยไดเรกทอรีขององค์กรของคุณเอง
contact-helpdesk-link = ติดต่อฝ่ายบริการช่วยเหลือของคุณ
contact-helpdesk-email = ส่งอีเมลถึงฝ่ายบริการช่วยเหลือของคุณ: { $email }
contact-no-helpdesk = ขอความช่วยเหลือจากผู้ดูแลระบบขององค์กรของคุณ
contact-request-button = ขอให้ผู้ดูแลระบบรีเซ็ตรหัสผ่านของฉัน
contact-request-sent = ส่งคำขอของคุณไปยังผู้ดูแลระบบแล้ว

## Trouble choice
choose-title = ทำไมคุณจึงลงชื่อเข้าใช้ไม่ได้
choose-forgot = ฉันลืมรหัสผ่าน
choose-forgot-hint = ไม่ต้องกังวล เราจะช่วยคุณรีเซ็ตรหัสผ่านโดยใช้ข้อมูลความปลอดภัยที่คุณลงทะเบียนไว้
choose-unlock = ฉันรู้รหัสผ่าน แต่ยังลงชื่อเข้าใช้ไม่ได้
choose-unlock-hint = ปัญหานี้อาจเกิดขึ้นเนื่องจากคุณพยายามลงชื่อเข้าใช้ด้วยรหัสผ่านที่ไม่ถูกต้องหลายครั้งเกินไป

## Verification (V1..V6)
verify-title = ยืนยันตัวตนของคุณ
verify-step = ขั้นตอนการยืนยันที่ { $current } จาก { $required }
verify-pick = เลือกวิธีการติดต่อที่เราควรใช้ในการยืนยัน:
verify-passed = ยืนยันแล้ว
option-email = ส่งอีเมลไปยังที่อยู่สำรองของฉัน { $masked }
option-sms = ส่งข้อความไปยังโทรศัพท์มือถือของฉัน { $masked }
option-voice = โทรไปยังโทรศัพท์มือถือของฉัน { $masked }
option-office = โทรไปยังโทรศัพท์ที่ทำงานของฉัน { $masked }
option-app = ป้อนรหัสจากแอปตัวรับรองความถูกต้องของฉัน
option-software_oath = ป้อนรหัสจากโทเค็นซอฟต์แวร์ของฉัน
option-hardware_oath = ป้อนรหัสจากโทเค็นฮาร์ดแวร์ของฉัน
option-questions = ตอบคำถามความปลอดภัยของฉัน
pending-email = เราได้ส่งอีเมลที่มีรหัสยืนยันไปยัง { $masked } แล้ว
pending-sms = เราได้ส่งข้อความที่มีรหัสยืนยันไปยัง { $masked } แล้ว
pending-voice = เรากำลังโทรไปยัง { $masked } โปรดฟังรหัสยืนยัน
pending-totp = ป้อนรหัสที่แสดงในแอปหรือบนโทเค็นของคุณ
code-label = รหัสยืนยัน
questions-legend = ตอบคำถามความปลอดภัยของคุณ
verify-button = ยืนยัน

## New password (N1, N2)
password-title = เลือกรหัสผ่านใหม่
password-label = รหัสผ่านใหม่
confirm-label = ยืนยันรหัสผ่านใหม่
password-rules = รหัสผ่านของคุณต้อง:
pw-rule-length = มีความยาวอย่างน้อย { $min } อักขระ
pw-rule-max-length = มีความยาวไม่เกิน { $max } อักขระ
pw-rule-classes = มีอักขระสามประเภทจาก: ตัวพิมพ์เล็ก ตัวพิมพ์ใหญ่ ตัวเลข สัญลักษณ์
pw-rule-banned = ไม่ใช่รหัสผ่านที่ใช้กันทั่วไปหรือรหัสผ่านต้องห้าม
pw-rule-name = ไม่มีชื่อของคุณ
pw-rule-match = ตรงกับรหัสผ่านที่ยืนยัน
pw-rule-classes-ad = มีอักขระสามประเภทจาก: ตัวพิมพ์เล็ก ตัวพิมพ์ใหญ่ ตัวเลข สัญลักษณ์ ตัวอักษรที่ไม่มีตัวพิมพ์เล็ก-ใหญ่ (เช่น ตัวอักษรไทยหรือคานะ)
pw-rule-name-ad = ไม่มีชื่อบัญชีของคุณ หรือส่วนใดๆ ของชื่อคุณที่ยาวตั้งแต่ 3 อักขระขึ้นไป
pw-dir-heading = เมื่อคุณส่ง ไดเรกทอรีขององค์กรของคุณจะตรวจสอบเพิ่มเติมว่ารหัสผ่าน:
pw-dir-history = ไม่ใช่รหัสผ่าน { $n } รายการล่าสุดที่คุณเคยใช้
pw-dir-min-age = ตั้งหลังจากที่คุณเปลี่ยนรหัสผ่านครั้งล่าสุดอย่างน้อย { $n } วัน
pw-dir-module = เป็นไปตามกฎด้านคุณภาพเพิ่มเติมขององค์กรของคุณ
pw-rule-ok = ตรงตามเงื่อนไข
pw-rule-not-ok = ไม่ตรงตามเงื่อนไข
finish = เสร็จสิ้น

## Done
done-reset = รีเซ็ตรหัสผ่านของคุณแล้ว
done-unlock = ปลดล็อกบัญชีของคุณแล้ว
done-sign-in = ลงชื่อเข้าใช้ด้วยบัญชีของคุณ

## Errors (flows)
err-no-flow = เซสชันของคุณหมดอายุแล้ว โปรดเริ่มต้นใหม่
err-captcha = การตรวจสอบว่าคุณไม่ใช่โปรแกรมอัตโนมัติหมดอายุหรือถูกใช้ไปแล้ว โปรดลองอีกครั้ง
err-wrong-step = ขั้นตอนนั้นไม่พร้อมใช้งานแล้ว โปรดดำเนินการต่อจากที่นี่
err-unknown-option = เลือกวิธีการใดวิธีการหนึ่งในรายการ
err-code-wrong = รหัสนั้นใช้ไม่ได้ โปรดตรวจสอบแล้วลองอีกครั้ง
err-code-expired = รหัสนั้นหมดอายุแล้ว โปรดส่งรหัสใหม่
err-code-used = รหัสนั้นถูกใช้ไปแล้ว โปรดดำเนินการต่อจากที่นี่
err-blocked = คุณลองหลายครั้งเกินไป โปรดลองอีกครั้งหลังจาก { $until }
err-email-limit = เราส่งรหัสไปหลายครั้งเกินไปแล้ว โปรดลองอีกครั้งหลังจาก { $until } หรือใช้วิธีการอื่น
err-answers-wrong = คำตอบอย่างน้อยหนึ่งข้อไม่ถูกต้อง นี่คือคำถามชุดใหม่
err-password = รหัสผ่านไม่ตรงตามข้อกำหนดด้านล่าง
err-delivery = เราไม่สามารถส่งข้อความได้ในขณะนี้ โปรดลองอีกครั้งในภายหลังหรือใช้วิธีการอื่น
err-admin-request-limit = คุณได้ส่งคำขอไปหลายครั้งแล้ว ผู้ดูแลระบบจะติดต่อกลับหาคุณ
err-internal = มีบางอย่างผิดพลาด โปรดลองอีกครั้งในภายหลัง
userid-err-empty = ป้อน ID ผู้ใช้ของคุณ
userid-err-shape = ป้อน ID ผู้ใช้ของคุณในรูปแบบ name@domain เช่น { $example }
userid-err-too-long = ID ผู้ใช้นั้นยาวเกินไป

## Messages (email, SMS, voice)
msg-code-subject = รหัสยืนยันบัญชี { $org }
msg-code-email = ใช้รหัสต่อไปนี้เพื่อยืนยันบัญชีของคุณ: { $code } รหัสนี้จะหมดอายุใน { $minutes } นาที หากคุณไม่ได้ขอรหัสนี้ โปรดละเว้นอีเมลนี้
msg-code-sms = รหัสยืนยันสำหรับรีเซ็ตรหัสผ่าน { $org } คือ { $code }
msg-code-voice = รหัสยืนยันของคุณคือ { $code } ขอย้ำอีกครั้ง รหัสของคุณคือ { $code }
msg-reset-subject = รหัสผ่านของคุณถูกรีเซ็ตแล้ว
msg-reset-body = รหัสผ่านของ { $user } เพิ่งถูกรีเซ็ตผ่านการรีเซ็ตรหัสผ่านด้วยตนเอง หากไม่ใช่คุณ โปรดติดต่อผู้ดูแลระบบของคุณทันที
msg-method-added-subject = มีการเพิ่มข้อมูลความปลอดภัยลงในบัญชีของคุณ
msg-method-added-body = มีการเพิ่ม { $method } ลงในข้อมูลความปลอดภัยของ { $user } หากไม่ใช่คุณ โปรดลงชื่อเข้าใช้ ลบวิธีการนั้น เปลี่ยนรหัสผ่าน และติดต่อผู้ดูแลระบบของคุณ
msg-method-removed-subject = มีการลบข้อมูลความปลอดภัยออกจากบัญชีของคุณ
msg-method-removed-body = มีการลบ { $method } ออกจากข้อมูลความปลอดภัยของ { $user } หากไม่ใช่คุณ โปรดลงชื่อเข้าใช้ ตรวจสอบข้อมูลความปลอดภัยของคุณ เปลี่ยนรหัสผ่าน และติดต่อผู้ดูแลระบบของคุณ
msg-admin-reset-subject = ผู้ดูแลระบบรีเซ็ตรหัสผ่านของตนเอง
msg-admin-reset-body = ผู้ดูแลระบบ { $user } ได้รีเซ็ตรหัสผ่านของตนเองผ่านการรีเซ็ตรหัสผ่านด้วยตนเอง
msg-admin-request-subject = คำขอรีเซ็ตรหัสผ่าน
msg-admin-request-body = { $user } ไม่สามารถรีเซ็ตรหัสผ่านด้วยตนเองได้ และขอความช่วยเหลือจากผู้ดูแลระบบ

## Dev outbox (demo mode only)
outbox-title = กล่องขาออก (สาธิต)
outbox-intro = โหมดสาธิต: ข้อความที่พอร์ทัลส่งจะถูกบันทึกไว้ที่นี่แทนการส่งจริง ข้อความล่าสุดแสดงก่อน
outbox-empty = ยังไม่มีข้อความ
outbox-to = ถึง
demo-outbox-link = โหมดสาธิต: อ่านข้อความในกล่องขาออก (เปิดในแท็บใหม่)
outbox-channel = ช่องทาง

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = เลือกอย่างน้อยหนึ่งกลุ่มสำหรับขอบเขตแบบกลุ่มที่เลือก
policy-err-methods-required = จำนวนวิธีการที่จำเป็นต้องเป็น 1 หรือ 2
policy-err-too-few-methods = เปิดใช้งานวิธีการอย่างน้อยเท่ากับจำนวนที่จำเป็น
policy-err-office-phone-paid = โทรศัพท์ที่ทำงานใช้ได้เฉพาะผู้เช่าแบบชำระเงินเท่านั้น
policy-err-questions-register = ผู้ใช้ต้องลงทะเบียนคำถามความปลอดภัย 3 ถึง 5 ข้อ
policy-err-questions-ask = ต้องถามคำถามความปลอดภัย 3 ถึง 5 ข้อ
policy-err-questions-ask-exceeds = คุณไม่สามารถถามคำถามมากกว่าจำนวนที่ผู้ใช้ลงทะเบียนไว้
policy-err-reconfirm-days = การยืนยันซ้ำต้องอยู่ระหว่าง 0 ถึง 730 วัน
policy-err-app-needs-more = เมื่อเปิดใช้งานแอปบนมือถือ ให้เปิดใช้งานวิธีการอื่นนอกเหนือจากแอปให้เพียงพอด้วย
policy-err-app-notification-alone = เมื่อกำหนดให้ใช้วิธีการเดียว การแจ้งเตือนผ่านแอปเพียงอย่างเดียวจะไม่นับ
policy-err-password-length = ความยาวรหัสผ่านต้องอยู่ระหว่าง 8 ถึง 256 อักขระ
policy-err-banned-terms = คำต้องห้ามแบบกำหนดเองมีได้ไม่เกิน 1000 คำ
policy-err-sms-sender = ผู้ส่ง SMS ต้องเป็นชื่อที่ประกอบด้วยตัวอักษรและตัวเลขไม่เกิน 11 ตัว หรือหมายเลขโทรศัพท์ เช่น +15017122661
phone-err-country-code = ขึ้นต้นหมายเลขด้วย + และรหัสประเทศ
phone-err-characters = ใช้เฉพาะตัวเลข ช่องว่าง และขีดกลางเท่านั้น
phone-err-length = หมายเลขนั้นสั้นหรือยาวเกินไป
policy-err-custom-question = คำถามความปลอดภัยแบบกำหนดเองต้องมีความยาว 1 ถึง 200 อักขระ และต้องไม่ซ้ำกัน
policy-err-brand-accent = สีแบรนด์ต้องเขียนในรูปแบบ #rrggbb และต้องเข้มพอสำหรับข้อความสีขาว (อัตราส่วนคอนทราสต์อย่างน้อย 4.5:1)
policy-err-brand-logo = โลโก้ต้องเป็นไฟล์บนพอร์ทัลนี้ (เช่น /brand/logo.svg) หรือรูปภาพที่ฝังไว้
policy-err-sign-in-domain = โดเมนสำหรับลงชื่อเข้าใช้ต้องเป็นชื่อโดเมน เช่น contoso.com

## Sign-in and my account (G1, N4)
entry-signin-link = ลงชื่อเข้าใช้เพื่อจัดการข้อมูลความปลอดภัยของคุณ
signin-title = ลงชื่อเข้าใช้
signin-intro = ลงชื่อเข้าใช้เพื่อดูและอัปเดตข้อมูลความปลอดภัย หรือเปลี่ยนรหัสผ่านของคุณ
signin-password-label = รหัสผ่าน
signin-button = ลงชื่อเข้าใช้
signin-cant-access = ไม่สามารถเข้าถึงบัญชีของคุณได้ใช่หรือไม่
signin-signed-out = คุณลงชื่อออกแล้ว
signout-button = ลงชื่อออก
account-title = บัญชีของฉัน
account-signed-in-as = ลงชื่อเข้าใช้ในชื่อ { $name } ({ $upn })
account-reset-attempts = มีผู้พยายามรีเซ็ตรหัสผ่านของคุณแต่ยืนยันตัวตนไม่สำเร็จ { $count } ครั้ง ล่าสุดเมื่อ { $when } หากไม่ใช่คุณ รหัสผ่านของคุณยังไม่มีการเปลี่ยนแปลง โปรดตรวจสอบให้แน่ใจว่าข้อมูลความปลอดภัยเป็นของคุณ และแจ้งผู้ดูแลระบบของคุณ
account-cannot-reset = คุณยังไม่สามารถรีเซ็ตรหัสผ่านด้วยตนเองได้
account-security-info = ข้อมูลความปลอดภัย
account-change-password = เปลี่ยนรหัสผ่าน
err-no-session = คุณยังไม่ได้ลงชื่อเข้าใช้ หรือเซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง
err-credentials = ID ผู้ใช้หรือรหัสผ่านของคุณไม่ถูกต้อง
err-locked-out = บัญชีของคุณถูกล็อกชั่วคราวเพื่อป้องกันการใช้งานโดยไม่ได้รับอนุญาต โปรดลองอีกครั้งหลังจาก { $until }
err-account-locked = บัญชีของคุณถูกล็อก ใช้ "ไม่สามารถเข้าถึงบัญชีของคุณได้ใช่หรือไม่" เพื่อปลดล็อก
err-not-allowed = ไม่สามารถใช้วิธีการนั้นกับบัญชีของคุณได้
err-current-password = รหัสผ่านปัจจุบันของคุณไม่ถูกต้อง
err-on-premises = รหัสผ่านของคุณได้รับการจัดการโดยไดเรกทอรีขององค์กรของคุณ โปรดเปลี่ยนรหัสผ่านที่นั่น
err-too-many = มีการพยายามจากเครือข่ายของคุณหลายครั้งเกินไป โปรดลองอีกครั้งหลังจาก { $until }
err-resend-wait = เราเพิ่งส่งรหัสให้คุณด้วยวิธีนี้ โปรดรอจนถึง { $until } ก่อนขอรหัสใหม่ หรือใช้วิธีการอื่น
err-messages-paused = เราไม่สามารถส่งรหัสเพิ่มได้ในขณะนี้ โปรดลองอีกครั้งหลังจาก { $until } หรือใช้วิธีการที่ไม่ต้องรับข้อความ เช่น แอปตัวรับรองความถูกต้องหรือคำถามความปลอดภัย
err-phone-country = องค์กรของคุณไม่ส่งรหัสไปยังหมายเลขโทรศัพท์ในประเทศนี้ โปรดใช้หมายเลขหรือวิธีการอื่น
err-busy = บริการไม่ว่างในขณะนี้ โปรดรอสักครู่แล้วลองอีกครั้ง
cancel = ยกเลิก
save = บันทึก

## Security info (G2..G7, C1)
setup-title = ข้อมูลความปลอดภัย
setup-intro = นี่คือวิธีการที่คุณใช้พิสูจน์ตัวตนเมื่อรีเซ็ตรหัสผ่าน
setup-progress-ok = คุณสามารถรีเซ็ตรหัสผ่านได้: ตั้งค่าวิธีการแล้ว { $have } จาก { $required } วิธีที่จำเป็น
setup-progress-short = ตั้งค่าวิธีการแล้ว { $have } จาก { $required } วิธีที่จำเป็น โปรดเพิ่มวิธีการเพื่อให้สามารถรีเซ็ตรหัสผ่านได้
setup-methods-heading = วิธีการของคุณ
setup-none = คุณยังไม่ได้ตั้งค่าวิธีการใดๆ
setup-add-heading = เพิ่มวิธีการ
setup-change = เปลี่ยน
setup-change-label = เปลี่ยน { $what }
setup-delete = ลบ
setup-delete-label = ลบ { $what }
setup-from-directory = (จากไดเรกทอรีขององค์กรของคุณ)
setup-done-added = เพิ่มวิธีการของคุณแล้ว
setup-done-deleted = ลบวิธีการแล้ว
setup-back = กลับไปที่ข้อมูลความปลอดภัย
setup-not-available = วิธีการนี้ไม่พร้อมใช้งานสำหรับบัญชีของคุณ
method-app = แอปตัวรับรองความถูกต้อง
method-software = โทเค็น OATH ซอฟต์แวร์
method-hardware = โทเค็นฮาร์ดแวร์
method-phone = โทรศัพท์
method-office = โทรศัพท์ที่ทำงาน
method-email = อีเมล
method-questions = คำถามความปลอดภัย
method-questions-detail = { $count } คำถาม
add-app = เพิ่มแอปตัวรับรองความถูกต้อง
add-software = เพิ่มโทเค็น OATH ซอฟต์แวร์
add-hardware = เปิดใช้งานโทเค็นฮาร์ดแวร์
add-phone = เพิ่มหรือเปลี่ยนโทรศัพท์ของคุณ
add-office = เพิ่มหรือเปลี่ยนโทรศัพท์ที่ทำงานของคุณ
add-email = เพิ่มหรือเปลี่ยนอีเมลของคุณ
add-questions = ตั้งค่าคำถามความปลอดภัย
setup-email-label = ที่อยู่อีเมล
setup-email-hint = ใช้ที่อยู่อื่นที่ไม่ใช่บัญชีที่ทำงานของคุณ เราจะส่งรหัสไปยังที่อยู่นี้
setup-phone-label = หมายเลขโทรศัพท์
setup-office-label = หมายเลขโทรศัพท์ที่ทำงาน
setup-phone-hint = ใส่ + และรหัสประเทศด้วย เช่น +66 81 234 5678
setup-phone-channel = เราควรส่งรหัสให้คุณอย่างไร
setup-phone-sms = ส่งรหัสทางข้อความถึงฉัน
setup-phone-voice = โทรหาฉัน
setup-app-intro = ติดตั้งแอปตัวรับรองความถูกต้องบนโทรศัพท์ของคุณ แล้วเลือก "ถัดไป" เพื่อดูคิวอาร์โค้ดที่จะสแกน
setup-software-intro = เลือก "ถัดไป" เพื่อรับคีย์ลับสำหรับโทเค็นซอฟต์แวร์ของคุณ
setup-app-step-scan = สแกนคิวอาร์โค้ดด้วยแอปของคุณ หรือป้อนคีย์ลับด้านล่าง
setup-app-step-code = ป้อนรหัส 6 หลักที่แอปแสดง
setup-app-qr-alt = คิวอาร์โค้ดสำหรับแอปตัวรับรองความถูกต้องของคุณ
setup-app-secret = คีย์ลับ:
setup-hardware-intro = เลือกหมายเลขซีเรียลที่พิมพ์อยู่บนโทเค็นของคุณ แล้วป้อนรหัสที่โทเค็นแสดง
setup-hardware-serial = หมายเลขซีเรียล
setup-questions-intro = เลือกคำถามที่แตกต่างกัน { $count } ข้อและตอบทุกข้อ (3 ถึง 40 อักขระ คำตอบต้องไม่ซ้ำกัน)
setup-question-label = คำถามที่ { $n }
setup-answer-label = คำตอบที่ { $n }
setup-err-email-shape = ป้อนที่อยู่อีเมล เช่น someone@example.com
setup-err-email-same = ใช้ที่อยู่อื่นที่ไม่ใช่บัญชีที่ทำงานของคุณ
setup-err-phone = หมายเลขโทรศัพท์นั้นดูเหมือนจะไม่ถูกต้อง
setup-err-questions = คำถามความปลอดภัยของคุณไม่ได้รับการบันทึก
setup-err-questions-count = ตอบคำถามทุกข้อ
setup-err-questions-unknown = เลือกคำถามจากรายการ
setup-err-questions-duplicate = เลือกคำถามที่แตกต่างกันในแต่ละช่อง
setup-err-answer-length = คำตอบต้องมีความยาว 3 ถึง 40 อักขระ
setup-err-answer-duplicate = ให้คำตอบที่แตกต่างกันสำหรับแต่ละคำถาม
setup-err-too-many-apps = คุณมีแอปตัวรับรองความถูกต้องครบจำนวนสูงสุดแล้ว โปรดลบออกหนึ่งแอปก่อน
setup-err-token-unknown = โทเค็นนั้นไม่ได้กำหนดให้คุณ หรือเปิดใช้งานอยู่แล้ว
protect-title = ช่วยเราปกป้องบัญชีของคุณ
protect-intro = องค์กรของคุณต้องการข้อมูลเพิ่มเติมเพื่อรักษาบัญชีของคุณให้ปลอดภัย และเพื่อให้คุณรีเซ็ตรหัสผ่านได้ด้วยตนเอง
protect-skip = ข้ามไปก่อน
confirm-title = ข้อมูลความปลอดภัยของคุณยังถูกต้องอยู่หรือไม่
confirm-intro = ตรวจสอบวิธีการที่คุณใช้รีเซ็ตรหัสผ่าน ยืนยันวิธีการเหล่านั้น หรือแก้ไขหากมีสิ่งใดเปลี่ยนแปลง
confirm-looks-good = ถูกต้องแล้ว
confirm-edit = แก้ไขข้อมูลความปลอดภัยของคุณ
confirm-done = ขอบคุณ ข้อมูลความปลอดภัยของคุณได้รับการยืนยันแล้ว
change-title = เปลี่ยนรหัสผ่าน
change-current-label = รหัสผ่านปัจจุบัน
change-button = เปลี่ยนรหัสผ่าน
change-done = เปลี่ยนรหัสผ่านของคุณแล้ว

## Security questions (G6, predefined list)
sq-first-pet = สัตว์เลี้ยงตัวแรกของคุณชื่ออะไร
sq-birth-city = คุณเกิดที่เมืองใด
sq-first-school = โรงเรียนแห่งแรกของคุณชื่ออะไร
sq-childhood-friend = เพื่อนสนิทในวัยเด็กของคุณชื่อจริงว่าอะไร
sq-first-job-city = งานแรกของคุณอยู่ที่เมืองใด
sq-grandparent-name = ปู่ย่าตายายที่อายุมากที่สุดของคุณชื่อจริงว่าอะไร
sq-first-concert = คอนเสิร์ตแรกที่คุณไปชมคืออะไร
sq-childhood-street = ในวัยเด็กคุณอาศัยอยู่บนถนนสายใด
sq-favourite-teacher = ครูคนโปรดของคุณนามสกุลอะไร
sq-first-car = รถคันแรกของคุณคือยี่ห้อและรุ่นอะไร

## Notifications on a paired device (V4)
option-push = อนุมัติการแจ้งเตือนบนอุปกรณ์ของฉัน
pending-push = เราได้ส่งการแจ้งเตือนไปยังอุปกรณ์ของคุณแล้ว เปิดการแจ้งเตือนแล้วป้อนหมายเลขนี้:
pending-push-then = จากนั้นเลือก "ดำเนินการต่อ" ที่นี่
push-continue = ดำเนินการต่อ
err-push-pending = ยังไม่มีการตอบกลับการแจ้งเตือน โปรดตอบกลับบนอุปกรณ์ของคุณ แล้วเลือก "ดำเนินการต่อ"
err-push-denied = การแจ้งเตือนถูกปฏิเสธหรือหมายเลขไม่ตรงกัน โปรดเลือกวิธีการเพื่อลองอีกครั้ง
method-notification = การแจ้งเตือนบนอุปกรณ์ของฉัน
add-notification = เพิ่มอุปกรณ์สำหรับการแจ้งเตือน
setup-device-intro = ใช้โทรศัพท์ของคุณเป็นอุปกรณ์สำหรับอนุมัติคำขอ: เลือก "ถัดไป" เพื่อรับรหัสการจับคู่
setup-device-step-open = เปิดหน้าอุปกรณ์บนโทรศัพท์ของคุณ:
setup-device-link = เปิดหน้าอุปกรณ์
setup-device-step-code = ป้อนรหัสการจับคู่นี้ในหน้านั้น:
setup-device-then = เมื่อหน้าอุปกรณ์แจ้งว่าจับคู่แล้ว ให้กลับมาที่นี่
setup-device-done = เสร็จสิ้น
device-title = อุปกรณ์ของคุณ
device-intro = หน้านี้ใช้อนุมัติคำขอลงชื่อเข้าใช้และคำขอรีเซ็ตรหัสผ่านสำหรับบัญชีของคุณ เพิ่มหน้านี้ลงในหน้าจอหลักเพื่อให้เปิดได้สะดวก
device-paired = อุปกรณ์นี้จับคู่แล้ว ตรวจหาคำขอเมื่อคุณได้รับแจ้งให้อนุมัติ
device-pair-failed = รหัสการจับคู่นั้นใช้ไม่ได้ โปรดรับรหัสใหม่จากข้อมูลความปลอดภัยของคุณ
device-approved = อนุมัติแล้ว คุณสามารถกลับไปที่หน้าจออื่นได้
device-denied = ปฏิเสธแล้ว ไม่มีสิ่งใดได้รับการอนุมัติ
device-no-request = ไม่มีคำขอที่รออยู่
device-request = %org% ขอให้ยืนยันว่าเป็นคุณ (%upn%)
device-request-title = อนุมัติคำขอนี้หรือไม่
device-pair-code = รหัสการจับคู่
device-name = ชื่อของอุปกรณ์นี้
device-name-default = โทรศัพท์ของฉัน
device-pair-button = จับคู่อุปกรณ์นี้
device-check = ตรวจหาคำขอ
device-number = หมายเลขที่แสดงบนหน้าจออื่น
device-approve = อนุมัติ
device-deny = ปฏิเสธ
device-needs-js = หน้านี้ต้องใช้ JavaScript เพื่อเก็บคีย์และลงนามการอนุมัติ

## Sign-in, second step (G1)
check-title = ยืนยันตัวตนของคุณ
check-intro = บัญชีของคุณมีข้อมูลความปลอดภัย เราจึงต้องตรวจสอบอีกขั้นหนึ่งก่อนที่คุณจะดูหรือเปลี่ยนแปลงข้อมูลนั้นได้

## The on-premises directory (P10, P11)
err-directory-policy = ไดเรกทอรีขององค์กรของคุณไม่ยอมรับรหัสผ่านนี้ อาจเป็นรหัสผ่านที่คุณเคยใช้มาก่อน หรือขัดกับกฎของไดเรกทอรีเอง โปรดลองใช้รหัสผ่านอื่น
err-directory = เราไม่สามารถเชื่อมต่อกับไดเรกทอรีขององค์กรของคุณได้ ไม่มีการเปลี่ยนแปลงใดๆ โปรดลองอีกครั้งในอีกสักครู่

## Issue 10: a form post with a field missing
err-form-incomplete = แบบฟอร์มที่ได้รับไม่ครบถ้วน โปรดกรอกข้อมูลในทุกช่องแล้วลองอีกครั้ง

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = ความคืบหน้า
progress-step = ขั้นตอนที่ { $current } จาก { $total }
step-userid = ID ผู้ใช้
step-verify = การยืนยัน
step-password = รหัสผ่านใหม่
step-done = เสร็จสิ้น
resend-code = ส่งรหัสอีกครั้ง
resend-in = คุณสามารถขอรหัสใหม่ได้ในอีก { $seconds } วินาที
helpdesk-contact = ต้องการความช่วยเหลือใช่ไหม ติดต่อฝ่ายบริการช่วยเหลือของคุณ: { $contact }
brand-logo-alt = { $org }
setup-add-method = เพิ่มวิธีการ
setup-delete-title = ลบวิธีการนี้หรือไม่
setup-delete-confirm = { $what } จะถูกลบออกจากข้อมูลความปลอดภัยของคุณ
setup-delete-last-warning = คุณต้องใช้วิธีการนี้เพื่อรีเซ็ตรหัสผ่าน หากไม่มีวิธีการนี้ คุณจะรีเซ็ตรหัสผ่านด้วยตนเองไม่ได้จนกว่าจะเพิ่มวิธีการอื่น
setup-delete-confirm-button = ใช่ ลบเลย
setup-app-open-link = เปิดในแอปตัวรับรองความถูกต้องบนโทรศัพท์เครื่องนี้
setup-app-secret-grouped = คีย์ลับ แบ่งเป็นกลุ่มละสี่ตัว:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year } { $hour }:{ $minute } น. ({ $zone })
time-am = ก่อนเที่ยง
time-pm = หลังเที่ยง

# Issue 12: คอนโซลผู้ดูแลระบบ ชื่อส่วนต่างๆ อิงตามหน้าการรีเซ็ตรหัสผ่านของ Entra
account-admin-console = คอนโซลผู้ดูแลระบบ
admin-title = คอนโซลผู้ดูแลระบบ
admin-sign-in = ลงชื่อเข้าใช้ด้วยบัญชีผู้ดูแลระบบของคุณเพื่อเปิดคอนโซล
admin-not-admin = คอนโซลนี้มีไว้สำหรับผู้ดูแลระบบ บัญชีของคุณไม่มีบทบาทผู้ดูแลระบบใดๆ
admin-second-step = คอนโซลต้องมีการลงชื่อเข้าใช้ขั้นที่สอง โปรดเพิ่มโทรศัพท์หรือแอปตัวรับรองความถูกต้องลงในข้อมูลความปลอดภัยของคุณ จากนั้นลงชื่อออกแล้วลงชื่อเข้าใช้อีกครั้ง
admin-go-setup = ไปที่ข้อมูลความปลอดภัยของคุณ
admin-go-account = กลับไปที่บัญชีของฉัน
admin-back = กลับไปที่คอนโซล
admin-tenant = องค์กร: { $name }
admin-signed-in-as = ลงชื่อเข้าใช้ในชื่อ { $name } ด้วยบทบาท: { $roles }
admin-policy-heading = นโยบายการรีเซ็ตรหัสผ่าน
admin-readonly = บทบาทของคุณอนุญาตให้ช่วยเหลือผู้ใช้ได้ แต่ไม่สามารถเปลี่ยนนโยบายการรีเซ็ตรหัสผ่านได้ ผู้ดูแลระบบทั่วโลกหรือผู้ดูแลนโยบายการรับรองความถูกต้องสามารถเปลี่ยนนโยบายนี้ได้
admin-draft-pending = มีการเปลี่ยนแปลงในหน้า { $page } ที่รอให้คุณตรวจทาน
admin-draft-open = เปิดการเปลี่ยนแปลง
admin-draft-elsewhere = มีการเปลี่ยนแปลงในหน้า { $page } ที่รอการตรวจทาน การตรวจทานหน้านี้จะแทนที่การเปลี่ยนแปลงนั้น
admin-saved = บันทึกเป็นการเปลี่ยนแปลงหมายเลข { $id } แล้ว
admin-discarded = ละทิ้งการเปลี่ยนแปลงแล้ว ไม่มีสิ่งใดถูกบันทึก
admin-blade-properties = คุณสมบัติ
admin-blade-methods = วิธีการรับรองความถูกต้อง
admin-blade-registration = การลงทะเบียน
admin-blade-notifications = การแจ้งเตือน
admin-blade-customization = การกำหนดเอง
admin-blade-on-premises = การรวมภายในองค์กร
admin-blade-administrators = นโยบายผู้ดูแลระบบ
admin-f-scope = เปิดใช้การรีเซ็ตรหัสผ่านด้วยตนเองสำหรับ
admin-scope-none = ไม่มี
admin-scope-selected = กลุ่มที่เลือก
admin-scope-all = ผู้ใช้ทั้งหมด
admin-f-groups = กลุ่ม
admin-f-groups-hint = ทำเครื่องหมายเลือกกลุ่มที่เปิดใช้การรีเซ็ตรหัสผ่านด้วยตนเอง หรือป้อนชื่อกลุ่มอื่นๆ โดยคั่นด้วยเครื่องหมายจุลภาค ใช้เมื่อเลือก "กลุ่มที่เลือก"
admin-f-methods-required = จำนวนวิธีการที่จำเป็นสำหรับการรีเซ็ต
admin-f-methods-required-hint = 1 หรือ 2
admin-f-methods = วิธีการที่ผู้ใช้สามารถใช้ได้
admin-f-questions-to-register = จำนวนคำถามความปลอดภัยที่จำเป็นสำหรับการลงทะเบียน
admin-f-questions-to-ask = จำนวนคำถามความปลอดภัยที่จำเป็นสำหรับการรีเซ็ต
admin-f-custom-questions = คำถามความปลอดภัยขององค์กรของคุณเอง
admin-f-custom-questions-hint = บรรทัดละหนึ่งคำถาม ซึ่งจะแสดงควบคู่กับคำถามที่กำหนดไว้ล่วงหน้า
admin-f-require-registration = กำหนดให้ผู้ใช้ลงทะเบียนเมื่อลงชื่อเข้าใช้
admin-f-reconfirm-days = จำนวนวันก่อนที่ผู้ใช้จะถูกขอให้ยืนยันข้อมูลการรับรองความถูกต้องอีกครั้ง
admin-f-reconfirm-days-hint = 0 ถึง 730 หากเป็น 0 จะไม่ขอให้ยืนยันเลย
admin-f-notify-users = แจ้งผู้ใช้เมื่อมีการรีเซ็ตรหัสผ่าน
admin-f-notify-admins = แจ้งผู้ดูแลระบบทั้งหมดเมื่อผู้ดูแลระบบคนอื่นรีเซ็ตรหัสผ่านของตน
admin-f-helpdesk = ลิงก์ฝ่ายบริการช่วยเหลือ
admin-f-helpdesk-hint = ที่อยู่อีเมลหรือที่อยู่เว็บที่ขึ้นต้นด้วย https:// ปล่อยว่างไว้หากไม่ต้องการแสดง
admin-f-logo = โลโก้
admin-f-logo-hint = ไฟล์บนพอร์ทัลนี้ เช่น /brand/logo.svg ปล่อยว่างไว้เพื่อแสดงเฉพาะชื่อ
admin-f-accent = สีเน้น
admin-f-accent-hint = เขียนในรูปแบบ #rrggbb และต้องเข้มพอสำหรับข้อความสีขาว
admin-f-sign-in-domain = โดเมนในคำแนะนำการลงชื่อเข้าใช้
admin-f-sign-in-domain-hint = แสดงในตัวอย่าง ID ผู้ใช้ เช่น contoso.com
admin-f-writeback = เขียนรหัสผ่านกลับไปยังไดเรกทอรีภายในองค์กรของคุณ
admin-f-allow-unlock = อนุญาตให้ผู้ใช้ปลดล็อกบัญชีโดยไม่ต้องรีเซ็ตรหัสผ่าน
admin-f-admin-sspr = อนุญาตให้ผู้ดูแลระบบรีเซ็ตรหัสผ่านของตนเอง
admin-f-admin-sspr-hint = ผู้ดูแลระบบต้องใช้วิธีการสองวิธีเสมอ ได้แก่ อีเมลหรือโทรศัพท์ และอีกหนึ่งวิธี
admin-review-button = ตรวจทานการเปลี่ยนแปลง
admin-errors-heading = ไม่สามารถบันทึกการเปลี่ยนแปลงนี้ได้:
admin-live-ok = สามารถบันทึกการเปลี่ยนแปลงนี้ได้
admin-err-number = ป้อนจำนวนเต็ม
admin-err-helpdesk = ป้อนที่อยู่อีเมลหรือที่อยู่เว็บที่ขึ้นต้นด้วย https://
admin-err-forbidden = บทบาทของคุณไม่อนุญาตให้เปลี่ยนนโยบายการรีเซ็ตรหัสผ่าน
admin-err-no-draft = ไม่มีการเปลี่ยนแปลงที่รอการตรวจทาน
admin-err-no-change = ไม่มีการเปลี่ยนแปลงนั้นในประวัติ
admin-err-refused = การเปลี่ยนแปลงนี้ละเมิดกฎของนโยบาย โปรดแก้ไขแล้วตรวจทานอีกครั้ง
admin-review-title = ตรวจทานการเปลี่ยนแปลง
admin-review-page = หน้า: { $page }
admin-changes = สิ่งที่เปลี่ยนแปลง: { $keys }
admin-no-change = การเปลี่ยนแปลงนี้ไม่ได้เปลี่ยนแปลงสิ่งใด
admin-impact-heading = ผู้ที่สามารถรีเซ็ตรหัสผ่านได้
admin-impact-summary = ขณะนี้ผู้ใช้ { $before } จาก { $users } คนสามารถรีเซ็ตรหัสผ่านได้ หลังจากการเปลี่ยนแปลงนี้จะเป็น { $after } คน
admin-stranded-none = ไม่มีผู้ใดสูญเสียความสามารถในการรีเซ็ตรหัสผ่าน
admin-stranded = { $count ->
   *[other] ผู้ใช้ { $count } คนรีเซ็ตรหัสผ่านได้ก่อนการเปลี่ยนแปลง แต่จะรีเซ็ตไม่ได้หลังการเปลี่ยนแปลง:
}
admin-stranded-hint = ก่อนบันทึก โปรดขอให้ผู้ใช้เหล่านี้ลงทะเบียนวิธีการเพิ่มเติมในหน้าข้อมูลความปลอดภัยของตน มิฉะนั้นพวกเขาจะต้องโทรหาฝ่ายบริการช่วยเหลือ
admin-gained = { $count ->
   *[other] ผู้ใช้ { $count } คนรีเซ็ตรหัสผ่านไม่ได้ก่อนการเปลี่ยนแปลง แต่จะรีเซ็ตได้หลังการเปลี่ยนแปลง:
}
admin-export-csv = ดาวน์โหลดรายการ (CSV)
admin-save = บันทึก
admin-discard = ละทิ้ง
admin-edit-again = แก้ไขอีกครั้ง
admin-history-title = ประวัติการเปลี่ยนแปลง
admin-history-empty = ยังไม่มีการบันทึกการเปลี่ยนแปลงใดๆ
admin-history-change = การเปลี่ยนแปลง
admin-history-when = เมื่อ
admin-history-who = ผู้ดูแลระบบ
admin-history-what = การตั้งค่าที่เปลี่ยนแปลง
admin-revert = ย้อนกลับ
admin-revert-label = ย้อนกลับการเปลี่ยนแปลงหมายเลข { $id }
admin-reverts = ย้อนกลับการเปลี่ยนแปลงหมายเลข { $id }
admin-reverted = ย้อนกลับการเปลี่ยนแปลงหมายเลข { $id } แล้ว การตั้งค่าที่ถูกแทนที่ได้รับการคืนค่าแล้ว
admin-key-scope = ผู้ที่รีเซ็ตได้
admin-key-admin-sspr = การรีเซ็ตของผู้ดูแลระบบ
admin-key-methods-required = วิธีการที่จำเป็น
admin-key-methods = วิธีการที่ใช้ได้
admin-key-questions-to-register = คำถามสำหรับการลงทะเบียน
admin-key-questions-to-ask = คำถามสำหรับการรีเซ็ต
admin-key-custom-questions = คำถามความปลอดภัยขององค์กรเอง
admin-key-require-registration = การบังคับลงทะเบียน
admin-key-reconfirm-days = จำนวนวันก่อนยืนยันซ้ำ
admin-key-notify-users = การแจ้งเตือนผู้ใช้
admin-key-notify-admins = การแจ้งเตือนผู้ดูแลระบบ
admin-key-helpdesk = ลิงก์ฝ่ายบริการช่วยเหลือ
admin-key-branding = การสร้างแบรนด์
admin-key-writeback = การเขียนรหัสผ่านกลับ
admin-key-allow-unlock = การปลดล็อกบัญชี
admin-key-password = กฎรหัสผ่าน
admin-key-phone-countries = ประเทศของโทรศัพท์
admin-key-sms-sender = ผู้ส่ง SMS

# Issue 12: รายงานของคอนโซล (A2)
admin-reports-title = รายงาน
admin-reports-link = การลงทะเบียน การรีเซ็ต ความล้มเหลว และผู้ที่รีเซ็ตรหัสผ่านไม่ได้
admin-reports-period = { $days } วันที่ผ่านมา ตั้งแต่ { $since } (UTC)
admin-reports-chart = แผนภูมิของตารางด้านล่าง
admin-reports-by-day = การลงทะเบียน การรีเซ็ต และการปลดล็อกรายวัน
admin-col-day = วัน
admin-col-registrations = การลงทะเบียน
admin-col-resets = การรีเซ็ต
admin-col-unlocks = การปลดล็อก
admin-col-user = ผู้ใช้
admin-reports-funnel = ความคืบหน้าของความพยายามรีเซ็ต
admin-reports-funnel-hint = ความพยายามแต่ละครั้งเริ่มต้นด้วย ID ผู้ใช้ จุดที่ตัวเลขลดลงคือจุดที่ผู้ใช้ล้มเลิก
admin-col-step = ขั้นตอน
admin-col-attempts = จำนวนครั้งที่พยายาม
admin-funnel-started = เริ่มต้นแล้ว
admin-funnel-eligible = ได้รับอนุญาตให้รีเซ็ต
admin-funnel-verified-one = ยืนยันวิธีการแรกแล้ว
admin-funnel-verified-two = ยืนยันวิธีการที่สองแล้ว
admin-funnel-password-set = ตั้งรหัสผ่านใหม่หรือปลดล็อกบัญชีแล้ว
admin-reports-failures = ความล้มเหลวตามสาเหตุ
admin-col-reason = สาเหตุ
admin-col-count = จำนวน
admin-reports-none = ไม่มีข้อมูลในช่วงเวลานี้
admin-reports-methods = วิธีการที่ใช้ในการรีเซ็ตหรือปลดล็อก
admin-col-method = วิธีการ
admin-reports-cannot = ผู้ที่รีเซ็ตรหัสผ่านไม่ได้
admin-reports-can = ขณะนี้ผู้ใช้ { $can } จาก { $users } คนสามารถรีเซ็ตรหัสผ่านได้
admin-reports-short = { $count ->
   *[other] ผู้ใช้ { $count } คนรีเซ็ตรหัสผ่านไม่ได้เนื่องจากมีวิธีการไม่เพียงพอ:
}
# Issue 12: หน้าผู้ใช้ของคอนโซล (D1, D3)
admin-users-title = ผู้ใช้
admin-users-link = ค้นหาผู้ใช้: วิธีการ การบล็อก และข้อมูลติดต่อของผู้ใช้
admin-users-lookup-label = ID ผู้ใช้
admin-users-lookup = ค้นหา
admin-err-no-user = ไม่มีผู้ใช้ที่มี ID นี้ในองค์กรของคุณ
admin-err-protected = ผู้ใช้นี้เป็นผู้ดูแลระบบที่บทบาทของคุณไม่อนุญาตให้จัดการ โปรดขอความช่วยเหลือจากผู้ดูแลระบบทั่วโลก
admin-err-contact = ป้อนที่อยู่อีเมลที่ไม่ใช่อีเมลของผู้ใช้เอง และป้อนหมายเลขโทรศัพท์ในรูปแบบ +<รหัสประเทศ> <หมายเลข>
admin-user-status = บัญชี
admin-user-enabled = เปิดใช้งานอยู่
admin-user-disabled = ปิดใช้งานอยู่
admin-user-locked = ถูกล็อกในไดเรกทอรี
admin-user-password = รหัสผ่าน
admin-user-cloud = จัดเก็บโดยพอร์ทัลนี้
admin-user-onprem = จัดเก็บโดยไดเรกทอรีภายในองค์กร
admin-user-groups = กลุ่ม
admin-user-roles = บทบาทผู้ดูแลระบบ
admin-user-none = ไม่มี
admin-user-methods = วิธีการที่ผู้ใช้มี
admin-user-reset = การรีเซ็ตรหัสผ่านด้วยตนเอง
admin-user-can-reset = สามารถรีเซ็ตรหัสผ่านได้ในขณะนี้
admin-user-cannot-reset = ไม่สามารถรีเซ็ตได้ในขณะนี้:
admin-reason-consumer = เป็นบัญชีส่วนบุคคล ซึ่งพอร์ทัลนี้ไม่รองรับ
admin-reason-unavailable = บัญชีถูกปิดใช้งาน
admin-reason-not-enabled = ไม่ได้เปิดใช้การรีเซ็ตรหัสผ่านด้วยตนเองสำหรับกลุ่มของผู้ใช้
admin-reason-not-registered = ลงทะเบียนวิธีการไว้ไม่เพียงพอตามนโยบาย
admin-reason-admin-not-registered = ผู้ดูแลระบบต้องมีวิธีการสองวิธี แต่มีน้อยกว่านั้น
admin-reason-writeback-off = รหัสผ่านจัดเก็บไว้ภายในองค์กร และปิดการเขียนรหัสผ่านกลับอยู่
admin-user-blocks = การบล็อก
admin-user-no-blocks = ไม่มีการบล็อกในขณะนี้
admin-user-reset-blocked = การรีเซ็ตรหัสผ่านถูกบล็อกจนถึง { $until } (ป้อนรหัสหรือคำตอบผิดหลายครั้งเกินไป)
admin-user-sends-blocked = การส่งรหัสถูกบล็อกจนถึง { $until } (ส่งหลายครั้งเกินไป)
admin-user-signin-locked = การลงชื่อเข้าใช้ถูกล็อกจนถึง { $until } (ป้อนรหัสผ่านผิดหลายครั้งเกินไป)
admin-user-clear = ล้างการบล็อก
admin-user-cleared = ล้างการบล็อกแล้ว
admin-user-contact = ข้อมูลติดต่อ
admin-user-alternate-email = อีเมลสำรอง
admin-user-mobile = โทรศัพท์มือถือ
admin-user-office = โทรศัพท์ที่ทำงาน
admin-user-contact-hint = หมายเลขโทรศัพท์ในรูปแบบ +<รหัสประเทศ> <หมายเลข> ปล่อยช่องว่างไว้เพื่อล้างข้อมูลในช่องนั้น
admin-user-contact-save = บันทึกข้อมูลติดต่อ
admin-user-contact-saved = บันทึกข้อมูลติดต่อแล้ว
admin-user-protected = ผู้ใช้นี้เป็นผู้ดูแลระบบที่บทบาทของคุณไม่อนุญาตให้จัดการ มีเพียงผู้ดูแลระบบทั่วโลกเท่านั้นที่สามารถเปลี่ยนข้อมูลติดต่อหรือการบล็อกของผู้ใช้นี้ได้

# Issue 12: the helpdesk's recovery code, and notices about what an administrator changed.
admin-recovery-heading = รหัสกู้คืน
admin-recovery-intro = สำหรับผู้ใช้ที่สูญเสียวิธีการทั้งหมด: รหัสแบบใช้ครั้งเดียวที่ใช้ได้ 8 ชั่วโมง ซึ่งช่วยให้ผู้ใช้ลงชื่อเข้าใช้ได้หนึ่งครั้งเพื่อลงทะเบียนวิธีการใหม่ โปรดส่งมอบรหัสด้วยตนเองหรือทางโทรศัพท์ที่คุณเป็นผู้โทรออก ผู้ใช้จะได้รับแจ้งทางที่อยู่อีเมลของตน
admin-recovery-issue = ออกรหัสกู้คืน
admin-recovery-issued = ออกรหัสกู้คืนแล้ว รหัสจะแสดงเพียงครั้งเดียว
admin-recovery-code-is = รหัสกู้คืน:
admin-recovery-until = รหัสกู้คืนใช้ได้จนถึง { $until }
admin-recovery-hand-over = อ่านรหัสให้ผู้ใช้ฟังเมื่อคุณแน่ใจแล้วเท่านั้นว่าเป็นผู้ใช้คนนั้นจริง รหัสจะไม่แสดงอีก
admin-recovery-done = เสร็จสิ้น ซ่อนรหัส
recovery-link = ได้รับรหัสกู้คืนจากฝ่ายบริการช่วยเหลือใช่ไหม
recovery-title = ลงชื่อเข้าใช้ด้วยรหัสกู้คืน
recovery-intro = หากคุณสูญเสียวิธีการทั้งหมด ฝ่ายบริการช่วยเหลือของคุณสามารถให้รหัสกู้คืนแบบใช้ครั้งเดียวแก่คุณได้ ลงชื่อเข้าใช้ด้วยรหัสนั้น แล้วลงทะเบียนวิธีการใหม่ในหน้าข้อมูลความปลอดภัยของคุณ
recovery-code-label = รหัสกู้คืน
recovery-code-hint = ตัวอักษรและตัวเลข 16 ตัว เช่น ABCD-EFGH-JKMN-PQRS
recovery-wrong = ID ผู้ใช้หรือรหัสกู้คืนของคุณไม่ถูกต้อง หรือรหัสถูกใช้ไปแล้วหรือหมดอายุแล้ว
recovery-back = ลงชื่อเข้าใช้ด้วยรหัสผ่านแทน
msg-recovery-issued-subject = มีการออกรหัสกู้คืนสำหรับบัญชีของคุณ
msg-recovery-issued-body = ผู้ดูแลระบบได้ออกรหัสกู้คืนแบบใช้ครั้งเดียวสำหรับ { $user } หากคุณไม่ได้ขอรหัสนี้จากฝ่ายบริการช่วยเหลือ โปรดติดต่อผู้ดูแลระบบของคุณทันที
msg-recovery-used-subject = มีผู้ลงชื่อเข้าใช้ด้วยรหัสกู้คืน
msg-recovery-used-body = มีการลงชื่อเข้าใช้ { $user } ด้วยรหัสกู้คืนเพื่อลงทะเบียนข้อมูลความปลอดภัยใหม่ หากไม่ใช่คุณ โปรดติดต่อผู้ดูแลระบบของคุณทันที
msg-contact-changed-subject = มีการเปลี่ยนแปลงข้อมูลติดต่อของคุณ
msg-contact-changed-body = ผู้ดูแลระบบได้เปลี่ยนข้อมูลติดต่อของ { $user } (ที่อยู่อีเมลหรือหมายเลขโทรศัพท์ที่ใช้รีเซ็ตรหัสผ่าน) หากคุณไม่ได้คาดว่าจะมีการเปลี่ยนแปลงนี้ โปรดติดต่อผู้ดูแลระบบของคุณทันที

# Issue 12: การค้นหาบันทึกการตรวจสอบของคอนโซล (A1, W2)
admin-audit-title = บันทึกการตรวจสอบ
admin-audit-link = ค้นหาและดาวน์โหลดบันทึกการตรวจสอบ
admin-audit-user = ID ผู้ใช้
admin-audit-from = ตั้งแต่ (YYYY-MM-DD, UTC)
admin-audit-to = ถึง (YYYY-MM-DD, UTC)
admin-audit-step = ขั้นตอน
admin-audit-outcome = ผลลัพธ์
admin-audit-ip = ที่อยู่ IP
admin-audit-client = ประเภทไคลเอ็นต์
admin-audit-any = ทั้งหมด
admin-audit-search = ค้นหา
admin-audit-bad-date = ป้อนวันที่ในรูปแบบ YYYY-MM-DD เช่น 2026-11-05
admin-audit-count = { $count ->
   *[other] พบรายการที่ตรงกัน { $count } รายการ
}
admin-audit-capped = แสดงและดาวน์โหลดเฉพาะรายการล่าสุดเท่านั้น จำกัดการค้นหาให้แคบลงเพื่อดูรายการที่เหลือ
admin-audit-pages = หน้าของผลลัพธ์
admin-audit-newer = รายการที่ใหม่กว่า
admin-audit-older = รายการที่เก่ากว่า
admin-audit-export-json = ดาวน์โหลดเป็นบรรทัด JSON

# Issue 12: หน้าการดำเนินงานของคอนโซล
admin-ops-title = การดำเนินงาน
admin-ops-link = การดำเนินงาน: สถานะปัจจุบันของฐานข้อมูล ไดเรกทอรี และคิวอีเมล
admin-ops-database = ฐานข้อมูล
admin-ops-directory = ไดเรกทอรีภายในองค์กร
admin-ops-no-directory = ไม่ได้กำหนดค่า
admin-ops-ok = ทำงานอยู่
admin-ops-down = ไม่ตอบสนอง
admin-ops-on = เปิดอยู่
admin-ops-off = ปิดอยู่
admin-ops-directory-error = ความล้มเหลวล่าสุดของไดเรกทอรี (30 วันที่ผ่านมา)
admin-ops-mail-waiting = การแจ้งเตือนทางอีเมลที่รอส่ง
admin-ops-mail-oldest = การแจ้งเตือนที่เก่าที่สุดรออยู่ตั้งแต่
admin-ops-mail-sent = การแจ้งเตือนที่ส่งแล้ว
admin-ops-mail-failed = การแจ้งเตือนที่เลิกส่งหลังจากลองใหม่หลายครั้ง
admin-ops-hashing = รหัสผ่านที่รอการแฮชบนโหนดนี้
admin-ops-version = เวอร์ชัน
admin-ops-hint = ตรวจสอบเมื่อเปิดหน้านี้ โดยโหนดที่ให้บริการหน้านี้ จำนวนการแจ้งเตือนเป็นของทั้งพอร์ทัล ส่วนข้อมูลอื่นๆ ดูได้ที่ /metrics

# Issue 12: ตัวเลือกกลุ่มของ P1 และการแจ้งเตือน M2 ถึงผู้ใช้ที่จะรีเซ็ตรหัสผ่านไม่ได้หลังการเปลี่ยนแปลง
admin-f-groups-other = กลุ่มอื่นๆ
admin-f-groups-none = องค์กรนี้ยังไม่มีกลุ่มในพอร์ทัล โปรดป้อนชื่อกลุ่ม
admin-notify-stranded = ส่งอีเมลถึงผู้ใช้ที่จะรีเซ็ตรหัสผ่านไม่ได้หลังการเปลี่ยนแปลงนี้ เพื่อขอให้ลงทะเบียนวิธีการเพิ่มเติม
msg-register-needed-subject = ลงทะเบียนข้อมูลความปลอดภัยเพิ่มเติม
msg-register-needed-body = ขณะนี้องค์กรของคุณต้องการข้อมูลความปลอดภัยเพิ่มเติมก่อนจึงจะรีเซ็ตรหัสผ่านได้ จนกว่าคุณจะลงชื่อเข้าใช้และเพิ่มวิธีการในหน้าข้อมูลความปลอดภัยของคุณ { $user } จะรีเซ็ตรหัสผ่านไม่ได้หากไม่โทรหาฝ่ายบริการช่วยเหลือ

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = การซิงค์ไดเรกทอรีล่าสุด (sspr directory sync)
admin-ops-sync-counts = การเปลี่ยนแปลงที่เขียนแล้ว: { $changes } ค่าที่ถูกปฏิเสธ: { $refused } ผู้ใช้ที่ไม่มีองค์กร: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = คำแปลต้องอยู่ในบรรทัดใต้คำถามของตน โดยเขียนรหัสภาษา เครื่องหมายทวิภาค และข้อความ (เช่น ja-JP: …) ยาว 1 ถึง 200 อักขระ
admin-err-translation-first = เขียนคำถามก่อน แล้วจึงเขียนคำแปลในบรรทัดใต้คำถามนั้น
admin-f-question-translations-hint = หากต้องการแสดงคำถามเป็นภาษาอื่น ให้เพิ่มบรรทัดใต้คำถามซึ่งมีรหัสภาษา เครื่องหมายทวิภาค และคำแปล เช่น "ja-JP: 事務所の植物の名前は？" ผู้ใช้ที่ภาษาของตนไม่มีคำแปลจะเห็นคำถามตามที่เขียนไว้
admin-f-recovery-code-resets = รหัสกู้คืนจากฝ่ายบริการช่วยเหลือสามารถใช้รีเซ็ตรหัสผ่านของผู้ใช้ได้หนึ่งครั้งด้วย
admin-key-recovery-code-resets = รหัสกู้คืนที่ใช้รีเซ็ตรหัสผ่านได้
recovery-reset-hint = หากองค์กรของคุณอนุญาต คุณสามารถใช้รหัสนี้รีเซ็ตรหัสผ่านได้หนึ่งครั้งแทน
recovery-reset-button = รีเซ็ตรหัสผ่านของฉัน
recovery-no-reset = องค์กรของคุณอนุญาตให้ใช้รหัสกู้คืนเพื่อลงชื่อเข้าใช้เท่านั้น โปรดลงทะเบียนวิธีการใหม่ที่นี่ จากนั้นคุณจะรีเซ็ตรหัสผ่านด้วยวิธีการเหล่านั้นได้
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = เริ่มการรีเซ็ตแล้ว
audit-step-choose = เลือกรีเซ็ตหรือปลดล็อกแล้ว
audit-step-select = เลือกวิธีการแล้ว
audit-step-send-code = ส่งรหัสแล้ว
audit-step-verify = ยืนยันวิธีการแล้ว
audit-step-unlock = ปลดล็อกบัญชีแล้ว
audit-step-reset = รีเซ็ตรหัสผ่าน
audit-step-password = ป้อนรหัสผ่านใหม่แล้ว
audit-step-directory = การเขียนกลับไปยังไดเรกทอรี
audit-step-notify = การแจ้งเตือน
audit-step-admin-request = คำขอถึงผู้ดูแลระบบ
audit-step-signin = การลงชื่อเข้าใช้
audit-step-signin-verify = การลงชื่อเข้าใช้ขั้นที่สอง
audit-step-signout = การลงชื่อออก
audit-step-interrupt = ข้อความแจ้งให้ลงทะเบียนเมื่อลงชื่อเข้าใช้
audit-step-reconfirm = ยืนยันข้อมูลความปลอดภัยอีกครั้งแล้ว
audit-step-register = ลงทะเบียนวิธีการแล้ว
audit-step-register-send-code = ส่งรหัสลงทะเบียนแล้ว
audit-step-register-pairing = จับคู่แอปตัวรับรองความถูกต้องแล้ว
audit-step-register-verify = ตรวจสอบรหัสลงทะเบียนแล้ว
audit-step-delete-method = ลบวิธีการแล้ว
audit-step-change-password = เปลี่ยนรหัสผ่านแล้ว
audit-step-delivery = การยืนยันการนำส่ง
audit-step-policy-change = เปลี่ยนนโยบายแล้ว
audit-step-admin-clear-blocks = ผู้ดูแลระบบล้างการบล็อกแล้ว
audit-step-admin-set-contact = ผู้ดูแลระบบตั้งค่าข้อมูลติดต่อแล้ว
audit-step-admin-recovery-code = ออกรหัสกู้คืนแล้ว
audit-step-directory-sync = การซิงค์ไดเรกทอรี
audit-outcome-ok = สำเร็จ
audit-outcome-fail = ล้มเหลว
audit-outcome-blocked = ถูกบล็อก
audit-outcome-error = ข้อผิดพลาด
audit-outcome-rejected = ถูกปฏิเสธ
audit-outcome-ineligible = ไม่มีสิทธิ์
audit-outcome-dismissed = เลื่อนออกไป
audit-client-browser = เบราว์เซอร์
audit-client-sign-in-screen = หน้าจอลงชื่อเข้าใช้
audit-client-app = แอป

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = เปิด
admin-value-off = ปิด
admin-value-empty = (ว่าง)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = การเขียนรหัสผ่านกลับ (หรือการปลดล็อกบัญชี) ล่าสุดในไดเรกทอรี

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = รีเซ็ตรหัสผ่านแล้ว
done-title-unlock = ปลดล็อกบัญชีแล้ว
admin-f-sign-in-url = หน้าลงชื่อเข้าใช้ขององค์กรของคุณ
admin-f-sign-in-url-hint = ตำแหน่งที่ปุ่มในหน้าสุดท้ายของการรีเซ็ตนำไป เช่น https://login.contoso.com ปล่อยว่างไว้เพื่อใช้หน้าเริ่มต้นของพอร์ทัลนี้
policy-err-sign-in-url = ป้อนหน้าลงชื่อเข้าใช้เป็นที่อยู่เว็บที่ขึ้นต้นด้วย https://

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = คำถามความปลอดภัยที่กำหนดไว้ล่วงหน้าซึ่งผู้ใช้สามารถเลือกได้
admin-key-predefined-questions = คำถามความปลอดภัยที่กำหนดไว้ล่วงหน้า
policy-err-too-few-questions = เสนอคำถามความปลอดภัย (ทั้งที่กำหนดไว้ล่วงหน้าและขององค์กรเอง) อย่างน้อยเท่ากับจำนวนที่ผู้ใช้ต้องลงทะเบียน
