# sspr, pl-PL. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell and common
app-name = Samoobsługowe resetowanie hasła
reset-title = Wróć do swojego konta
skip-to-content = Przejdź do treści głównej
lang-switch-label = Język
next = Dalej
back-to-start = Zacznij od nowa
retry = Spróbuj ponownie
something-wrong = Coś poszło nie tak. Spróbuj ponownie później.
not-found = Ta strona nie istnieje.
working = Przetwarzanie…

## Entry (E2)
entry-intro = Aby odzyskać konto, wprowadź najpierw identyfikator użytkownika i odpowiedź na poniższe pytanie.
userid-label = Identyfikator użytkownika
userid-hint = Przykład: { $example }
captcha-legend = Potwierdź, że nie jesteś robotem
captcha-nojs = Po wybraniu przycisku „Dalej” przeglądarka jest sprawdzana przez kilka sekund (co najmniej { $seconds } s). Nie musisz nic więcej robić.
captcha-working = Sprawdzanie przeglądarki…
captcha-done = Gotowe. Możesz kontynuować.

## Contact your administrator (E3, E5, P9, K1)
contact-title = Skontaktuj się z administratorem
contact-reason-consumer = Z tego portalu nie można korzystać z kontami osobistymi. Skorzystaj z opcji odzyskiwania konta oferowanych przez dostawcę poczty e-mail.
contact-reason-unavailable = Nie możemy tutaj zresetować hasła do tego konta. Być może konto nie istnieje lub jest wyłączone.
contact-reason-not-enabled = Samoobsługowe resetowanie hasła nie jest włączone dla tego konta.
contact-reason-not-registered = To konto nie ma zarejestrowanych wystarczających informacji zabezpieczających, aby można było zresetować hasło.
contact-reason-admin-not-registered = Aby zresetować hasło, konta administratorów muszą mieć zarejestrowane dwie metody (adres e-mail, telefon komórkowy, telefon biurowy lub aplikację uwierzytelniającą).
contact-reason-writeback-off = Hasło do tego konta jest zarządzane lokalnie i nie można go tutaj zresetować.
contact-also-intro = Może się to zdarzyć również wtedy, gdy:
contact-also-consumer = konto jest kontem osobistym u dostawcy poczty e-mail dla klientów indywidualnych
contact-also-unavailable = identyfikator użytkownika zawiera literówkę albo konto nie istnieje lub jest wyłączone
contact-also-not-enabled = samoobsługowe resetowanie hasła nie jest włączone dla tego konta
contact-also-not-registered = konto nie ma zarejestrowanych wystarczających informacji zabezpieczających (jeśli możesz się zalogować, na stronie informacji zabezpieczających zobaczysz, czego brakuje)
contact-also-admin-not-registered = konto administratora nie ma dwóch zarejestrowanych metod
contact-also-writeback-off = hasło jest zarządzane przez własny katalog Twojej organizacji
contact-helpdesk-link = Skontaktuj się z działem pomocy technicznej
contact-helpdesk-email = Napisz do działu pomocy technicznej: { $email }
contact-no-helpdesk = Poproś o pomoc administratora swojej organizacji.
contact-request-button = Poproś administratorów o zresetowanie mojego hasła
contact-request-sent = Twoja prośba została wysłana do administratorów.

## Trouble choice
choose-title = Dlaczego masz problem z zalogowaniem się?
choose-forgot = Nie pamiętam hasła
choose-forgot-hint = Bez obaw — pomożemy Ci je zresetować przy użyciu zarejestrowanych informacji zabezpieczających.
choose-unlock = Znam hasło, ale nadal nie mogę się zalogować
choose-unlock-hint = Może się tak zdarzyć, jeśli zbyt wiele razy próbowano się zalogować przy użyciu nieprawidłowego hasła.

## Verification (V1..V6)
verify-title = Zweryfikuj swoją tożsamość
verify-step = Krok weryfikacji { $current } z { $required }
verify-pick = Wybierz metodę kontaktu, której mamy użyć do weryfikacji:
verify-passed = Zweryfikowano
option-email = Wyślij wiadomość e-mail na mój alternatywny adres { $masked }
option-sms = Wyślij SMS na mój telefon komórkowy { $masked }
option-voice = Zadzwoń na mój telefon komórkowy { $masked }
option-office = Zadzwoń na mój telefon biurowy { $masked }
option-app = Wprowadź kod z mojej aplikacji uwierzytelniającej
option-software_oath = Wprowadź kod z mojego tokenu programowego
option-hardware_oath = Wprowadź kod z mojego tokenu sprzętowego
option-questions = Odpowiedz na moje pytania zabezpieczające
pending-email = Wysłaliśmy wiadomość e-mail z kodem weryfikacyjnym na adres { $masked }.
pending-sms = Wysłaliśmy SMS z kodem weryfikacyjnym na numer { $masked }.
pending-voice = Dzwonimy pod numer { $masked }. Odsłuchaj kod weryfikacyjny.
pending-totp = Wprowadź kod wyświetlany w aplikacji lub na tokenie.
code-label = Kod weryfikacyjny
questions-legend = Odpowiedz na pytania zabezpieczające
verify-button = Zweryfikuj

## New password (N1, N2)
password-title = Wybierz nowe hasło
password-label = Nowe hasło
confirm-label = Potwierdź nowe hasło
password-rules = Hasło musi:
pw-rule-length = { $min ->
    [one] mieć co najmniej { $min } znak
    [few] mieć co najmniej { $min } znaki
    [many] mieć co najmniej { $min } znaków
   *[other] mieć co najmniej { $min } znaku
}
pw-rule-max-length = { $max ->
    [one] mieć co najwyżej { $max } znak
    [few] mieć co najwyżej { $max } znaki
    [many] mieć co najwyżej { $max } znaków
   *[other] mieć co najwyżej { $max } znaku
}
pw-rule-classes = zawierać znaki z trzech kategorii: małe litery, wielkie litery, cyfry, symbole
pw-rule-banned = nie być często używanym ani zakazanym hasłem
pw-rule-name = nie zawierać Twojego imienia ani nazwiska
pw-rule-match = być zgodne z potwierdzeniem
pw-rule-classes-ad = zawierać znaki z trzech kategorii: małe litery, wielkie litery, cyfry, symbole, litery bez rozróżniania wielkości (np. kana)
pw-rule-name-ad = nie zawierać nazwy konta ani żadnego co najmniej 3-znakowego fragmentu Twojego imienia lub nazwiska
pw-dir-heading = Po przesłaniu katalog Twojej organizacji sprawdza również, czy hasło:
pw-dir-history = { $n ->
    [one] nie jest Twoim bieżącym hasłem
    [few] nie jest żadnym z { $n } ostatnio używanych haseł
    [many] nie jest żadnym z { $n } ostatnio używanych haseł
   *[other] nie jest żadnym z { $n } ostatnio używanych haseł
}
pw-dir-min-age = { $n ->
    [one] jest zmieniane co najmniej dzień po ostatniej zmianie hasła
    [few] jest zmieniane co najmniej { $n } dni po ostatniej zmianie hasła
    [many] jest zmieniane co najmniej { $n } dni po ostatniej zmianie hasła
   *[other] jest zmieniane co najmniej { $n } dnia po ostatniej zmianie hasła
}
pw-dir-module = spełnia dodatkowe reguły jakości obowiązujące w Twojej organizacji
pw-rule-ok = spełnione
pw-rule-not-ok = niespełnione
finish = Zakończ

## Done
done-reset = Hasło zostało zresetowane.
done-unlock = Konto zostało odblokowane.
done-sign-in = Zaloguj się na swoje konto

## Errors (flows)
err-no-flow = Sesja wygasła. Zacznij od nowa.
err-captcha = Sprawdzenie, czy nie jesteś robotem, wygasło lub zostało już użyte. Spróbuj ponownie.
err-wrong-step = Ten krok nie jest już dostępny. Kontynuuj od tego miejsca.
err-unknown-option = Wybierz jedną z metod z listy.
err-code-wrong = Ten kod nie zadziałał. Sprawdź go i spróbuj ponownie.
err-code-expired = Ten kod wygasł. Wyślij nowy.
err-code-used = Ten kod został już użyty. Kontynuuj od tego miejsca.
err-blocked = Zbyt wiele prób. Spróbuj ponownie po { $until }.
err-email-limit = Wysłaliśmy zbyt wiele kodów. Spróbuj ponownie po { $until } lub użyj innej metody.
err-answers-wrong = Co najmniej jedna odpowiedź była nieprawidłowa. Oto nowy zestaw pytań.
err-password = Hasło nie spełnia poniższych wymagań.
err-delivery = Nie możemy teraz wysłać wiadomości. Spróbuj ponownie później lub użyj innej metody.
err-admin-request-limit = Wysłano już kilka próśb. Administratorzy skontaktują się z Tobą.
err-internal = Coś poszło nie tak. Spróbuj ponownie później.
userid-err-empty = Wprowadź identyfikator użytkownika.
userid-err-shape = Wprowadź identyfikator użytkownika w formacie nazwa@domena, na przykład { $example }.
userid-err-too-long = Ten identyfikator użytkownika jest za długi.

## Messages (email, SMS, voice)
msg-code-subject = Kod weryfikacyjny konta { $org }
msg-code-email = Użyj następującego kodu, aby zweryfikować swoje konto: { $code }. Kod wygaśnie za { $minutes ->
    [one] minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}. Jeśli nie prosisz o ten kod, zignoruj tę wiadomość.
msg-code-sms = Kod do resetowania hasła { $org }: { $code }
msg-code-voice = Twój kod weryfikacyjny to { $code }. Powtarzam: Twój kod to { $code }.
msg-reset-subject = Hasło zostało zresetowane
msg-reset-body = Hasło użytkownika { $user } zostało właśnie zresetowane za pomocą samoobsługowego resetowania hasła. Jeśli to nie Ty, natychmiast skontaktuj się z administratorem.
msg-method-added-subject = Do Twojego konta dodano informacje zabezpieczające
msg-method-added-body = Do informacji zabezpieczających użytkownika { $user } dodano metodę: { $method }. Jeśli to nie Ty, zaloguj się, usuń ją, zmień hasło i skontaktuj się z administratorem.
msg-method-removed-subject = Z Twojego konta usunięto informacje zabezpieczające
msg-method-removed-body = Z informacji zabezpieczających użytkownika { $user } usunięto metodę: { $method }. Jeśli to nie Ty, zaloguj się, sprawdź informacje zabezpieczające, zmień hasło i skontaktuj się z administratorem.
msg-admin-reset-subject = Administrator zresetował swoje hasło
msg-admin-reset-body = Administrator { $user } zresetował swoje hasło za pomocą samoobsługowego resetowania hasła.
msg-admin-request-subject = Prośba o zresetowanie hasła
msg-admin-request-body = Użytkownik { $user } nie może samodzielnie zresetować hasła i prosi administratora o pomoc.

## Dev outbox (demo mode only)
outbox-title = Skrzynka nadawcza (demo)
outbox-intro = Tryb demonstracyjny: wiadomości wysłane przez portal są zapisywane tutaj, a nie dostarczane. Najnowsze na górze.
outbox-empty = Brak wiadomości.
outbox-to = Do
demo-outbox-link = Tryb demonstracyjny: przeczytaj wiadomość w skrzynce nadawczej (otwiera się na nowej karcie)
outbox-channel = Kanał

## Policy refusals (P12, used by the administrator tools)
policy-err-scope-without-groups = W przypadku zakresu „wybrane grupy” wybierz co najmniej jedną grupę.
policy-err-methods-required = Liczba wymaganych metod musi wynosić 1 lub 2.
policy-err-too-few-methods = Włącz co najmniej tyle metod, ile jest wymaganych.
policy-err-office-phone-paid = Telefon biurowy jest dostępny tylko w płatnych dzierżawach.
policy-err-questions-register = Użytkownicy muszą zarejestrować od 3 do 5 pytań zabezpieczających.
policy-err-questions-ask = Liczba zadawanych pytań zabezpieczających musi wynosić od 3 do 5.
policy-err-questions-ask-exceeds = Nie można zadawać więcej pytań, niż rejestrują użytkownicy.
policy-err-reconfirm-days = Okres ponownego potwierdzania musi wynosić od 0 do 730 dni.
policy-err-app-needs-more = Gdy aplikacja mobilna jest włączona, włącz oprócz niej odpowiednio dużo innych metod.
policy-err-app-notification-alone = Gdy wymagana jest jedna metoda, samo powiadomienie w aplikacji nie jest liczone.
policy-err-password-length = Długość hasła musi wynosić od 8 do 256 znaków.
policy-err-banned-terms = Dozwolonych jest maksymalnie 1000 niestandardowych zakazanych terminów.
policy-err-sms-sender = Nadawcą SMS musi być nazwa złożona z maksymalnie 11 liter i cyfr albo numer telefonu, np. +15017122661.
phone-err-country-code = Zacznij numer od znaku + i kodu kraju.
phone-err-characters = Używaj tylko cyfr, spacji i łączników.
phone-err-length = Ten numer jest za krótki lub za długi.
policy-err-custom-question = Niestandardowe pytania zabezpieczające muszą mieć od 1 do 200 znaków i nie mogą się powtarzać.
policy-err-brand-accent = Kolor marki musi mieć postać #rrggbb i być na tyle ciemny, aby biały tekst był czytelny (kontrast co najmniej 4,5:1).
policy-err-brand-logo = Logo musi być plikiem w tym portalu (np. /brand/logo.svg) lub osadzonym obrazem.
policy-err-sign-in-domain = Domena logowania musi być nazwą domeny, np. contoso.com.

## Sign-in and my account (G1, N4)
entry-signin-link = Zaloguj się, aby zarządzać informacjami zabezpieczającymi
signin-title = Logowanie
signin-intro = Zaloguj się, aby wyświetlić i zaktualizować informacje zabezpieczające lub zmienić hasło.
signin-password-label = Hasło
signin-button = Zaloguj się
signin-cant-access = Nie możesz uzyskać dostępu do konta?
signin-signed-out = Wylogowano.
signout-button = Wyloguj się
account-title = Moje konto
account-signed-in-as = Zalogowano jako { $name } ({ $upn })
account-reset-attempts = Ktoś próbował zresetować Twoje hasło, ale { $count ->
    [one] raz nie przeszedł weryfikacji
    [few] { $count } razy nie przeszedł weryfikacji
    [many] { $count } razy nie przeszedł weryfikacji
   *[other] { $count } razy nie przeszedł weryfikacji
} (ostatnia próba: { $when }). Jeśli to nie Ty, Twoje hasło pozostało bez zmian; upewnij się, że informacje zabezpieczające należą do Ciebie, i powiadom administratora.
account-cannot-reset = Nie możesz jeszcze samodzielnie zresetować hasła.
account-security-info = Informacje zabezpieczające
account-change-password = Zmień hasło
err-no-session = Nie zalogowano się lub sesja została zakończona. Zaloguj się ponownie.
err-credentials = Identyfikator użytkownika lub hasło jest nieprawidłowe.
err-locked-out = Twoje konto zostało tymczasowo zablokowane, aby zapobiec nieautoryzowanemu użyciu. Spróbuj ponownie po { $until }.
err-account-locked = Twoje konto jest zablokowane. Aby je odblokować, użyj opcji „Nie możesz uzyskać dostępu do konta?”.
err-not-allowed = Tej metody nie można używać w przypadku Twojego konta.
err-current-password = Bieżące hasło jest nieprawidłowe.
err-on-premises = Twoje hasło jest zarządzane przez katalog Twojej organizacji. Zmień je tam.
err-too-many = Z Twojej sieci wykonano zbyt wiele prób. Spróbuj ponownie po { $until }.
err-resend-wait = Właśnie wysłaliśmy Ci kod w ten sposób. Zaczekaj do { $until }, zanim poprosisz o kolejny, lub użyj innej metody.
err-messages-paused = Nie możemy teraz wysłać więcej kodów. Spróbuj ponownie po { $until } lub użyj metody, która nie wymaga wiadomości, np. aplikacji uwierzytelniającej lub pytań zabezpieczających.
err-phone-country = Twoja organizacja nie wysyła kodów na numery telefonów w tym kraju. Użyj innego numeru lub innej metody.
err-busy = Usługa jest teraz przeciążona. Zaczekaj chwilę i spróbuj ponownie.
cancel = Anuluj
save = Zapisz

## Security info (G2..G7, C1)
setup-title = Informacje zabezpieczające
setup-intro = To metody, za pomocą których potwierdzasz swoją tożsamość podczas resetowania hasła.
setup-progress-ok = Możesz zresetować hasło: skonfigurowano { $have } z { $required } wymaganych metod.
setup-progress-short = Skonfigurowano { $have } z { $required } wymaganych metod. Dodaj kolejne, aby móc zresetować hasło.
setup-methods-heading = Twoje metody
setup-none = Nie skonfigurowano jeszcze żadnych metod.
setup-add-heading = Dodaj metodę
setup-change = Zmień
setup-change-label = Zmień: { $what }
setup-delete = Usuń
setup-delete-label = Usuń: { $what }
setup-from-directory = (z katalogu Twojej organizacji)
setup-done-added = Metoda została dodana.
setup-done-deleted = Metoda została usunięta.
setup-back = Wróć do informacji zabezpieczających
setup-not-available = Ta metoda nie jest dostępna dla Twojego konta.
method-app = Aplikacja uwierzytelniająca
method-software = Token programowy OATH
method-hardware = Token sprzętowy
method-phone = Telefon
method-office = Telefon biurowy
method-email = E-mail
method-questions = Pytania zabezpieczające
method-questions-detail = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
add-app = Dodaj aplikację uwierzytelniającą
add-software = Dodaj token programowy OATH
add-hardware = Aktywuj token sprzętowy
add-phone = Dodaj lub zmień telefon
add-office = Dodaj lub zmień telefon biurowy
add-email = Dodaj lub zmień adres e-mail
add-questions = Skonfiguruj pytania zabezpieczające
setup-email-label = Adres e-mail
setup-email-hint = Użyj adresu innego niż adres konta służbowego. Wyślemy na niego kod.
setup-phone-label = Numer telefonu
setup-office-label = Numer telefonu biurowego
setup-phone-hint = Podaj numer ze znakiem + i kodem kraju, na przykład +48 512 345 678.
setup-phone-channel = Jak mamy wysłać kod?
setup-phone-sms = Wyślij mi kod SMS-em
setup-phone-voice = Zadzwoń do mnie
setup-app-intro = Zainstaluj aplikację uwierzytelniającą na telefonie, a następnie wybierz przycisk „Dalej”, aby wyświetlić kod QR do zeskanowania.
setup-software-intro = Wybierz przycisk „Dalej”, aby uzyskać klucz tajny dla tokenu programowego.
setup-app-step-scan = Zeskanuj kod QR w aplikacji lub wprowadź poniższy klucz tajny.
setup-app-step-code = Wprowadź 6-cyfrowy kod wyświetlany w aplikacji.
setup-app-qr-alt = Kod QR dla aplikacji uwierzytelniającej
setup-app-secret = Klucz tajny:
setup-hardware-intro = Wybierz numer seryjny wydrukowany na tokenie i wprowadź wyświetlany na nim kod.
setup-hardware-serial = Numer seryjny
setup-questions-intro = { $count ->
    [one] Wybierz { $count } pytanie i odpowiedz na nie
    [few] Wybierz { $count } różne pytania i odpowiedz na każde z nich
    [many] Wybierz { $count } różnych pytań i odpowiedz na każde z nich
   *[other] Wybierz { $count } różnego pytania i odpowiedz na każde z nich
} (od 3 do 40 znaków, każda odpowiedź musi być inna).
setup-question-label = Pytanie { $n }
setup-answer-label = Odpowiedź { $n }
setup-err-email-shape = Wprowadź adres e-mail, na przykład someone@example.com.
setup-err-email-same = Użyj adresu innego niż adres konta służbowego.
setup-err-phone = Ten numer telefonu wygląda na nieprawidłowy.
setup-err-questions = Pytania zabezpieczające nie zostały zapisane.
setup-err-questions-count = Odpowiedz na wszystkie pytania.
setup-err-questions-unknown = Wybierz pytania z listy.
setup-err-questions-duplicate = W każdym polu wybierz inne pytanie.
setup-err-answer-length = Odpowiedzi muszą mieć od 3 do 40 znaków.
setup-err-answer-duplicate = Na każde pytanie udziel innej odpowiedzi.
setup-err-too-many-apps = Masz już maksymalną liczbę aplikacji uwierzytelniających. Najpierw usuń jedną z nich.
setup-err-token-unknown = Ten token nie jest przypisany do Ciebie lub jest już aktywny.
protect-title = Pomóż nam chronić Twoje konto
protect-intro = Twoja organizacja potrzebuje więcej informacji, aby zapewnić bezpieczeństwo Twojego konta i umożliwić Ci samodzielne resetowanie hasła.
protect-skip = Pomiń na razie
confirm-title = Czy Twoje informacje zabezpieczające są nadal aktualne?
confirm-intro = Sprawdź metody, których używasz do resetowania hasła. Potwierdź je lub edytuj, jeśli coś się zmieniło.
confirm-looks-good = Wszystko się zgadza
confirm-edit = Edytuj informacje zabezpieczające
confirm-done = Dziękujemy! Twoje informacje zabezpieczające zostały potwierdzone.
change-title = Zmiana hasła
change-current-label = Bieżące hasło
change-button = Zmień hasło
change-done = Hasło zostało zmienione.

## Security questions (G6, predefined list)
sq-first-pet = Jak nazywało się Twoje pierwsze zwierzę domowe?
sq-birth-city = Jakie jest Twoje miasto urodzenia?
sq-first-school = Jak nazywała się Twoja pierwsza szkoła?
sq-childhood-friend = Jak ma na imię Twój najlepszy przyjaciel z dzieciństwa?
sq-first-job-city = W jakim mieście była Twoja pierwsza praca?
sq-grandparent-name = Jak ma na imię najstarsza osoba spośród Twoich dziadków?
sq-first-concert = Jaki był Twój pierwszy koncert?
sq-childhood-street = Przy jakiej ulicy stał Twój dom z dzieciństwa?
sq-favourite-teacher = Jak brzmiało nazwisko Twojego ulubionego nauczyciela?
sq-first-car = Jaka była marka i model Twojego pierwszego samochodu?

## Notifications on a paired device (V4)
option-push = Zatwierdź powiadomienie na moim urządzeniu
pending-push = Wysłaliśmy powiadomienie na Twoje urządzenie. Otwórz je i wprowadź ten numer:
pending-push-then = Następnie wybierz tutaj przycisk „Kontynuuj”.
push-continue = Kontynuuj
err-push-pending = Nie odpowiedziano jeszcze na powiadomienie. Odpowiedz na nie na urządzeniu, a następnie wybierz przycisk „Kontynuuj”.
err-push-denied = Powiadomienie zostało odrzucone lub numer się nie zgadzał. Wybierz metodę, aby spróbować ponownie.
method-notification = Powiadomienia na moim urządzeniu
add-notification = Dodaj urządzenie do powiadomień
setup-device-intro = Używaj telefonu jako urządzenia, które zatwierdza żądania: wybierz przycisk „Dalej”, aby uzyskać kod parowania.
setup-device-step-open = Na telefonie otwórz stronę urządzenia:
setup-device-link = otwórz stronę urządzenia
setup-device-step-code = Wprowadź tam ten kod parowania:
setup-device-then = Gdy strona urządzenia poinformuje o sparowaniu, wróć tutaj.
setup-device-done = Gotowe
device-title = Twoje urządzenie
device-intro = Na tej stronie zatwierdzasz żądania logowania i resetowania hasła dla swojego konta. Dodaj ją do ekranu głównego, aby mieć ją zawsze pod ręką.
device-paired = To urządzenie jest sparowane. Gdy pojawi się prośba o zatwierdzenie, sprawdź żądania.
device-pair-failed = Ten kod parowania nie zadziałał. Uzyskaj nowy w informacjach zabezpieczających.
device-approved = Zatwierdzono. Możesz wrócić do drugiego ekranu.
device-denied = Odrzucono. Nic nie zostało zatwierdzone.
device-no-request = Brak oczekujących żądań.
device-request = %org% prosi o potwierdzenie, że to Ty (%upn%).
device-request-title = Zatwierdzić to żądanie?
device-pair-code = Kod parowania
device-name = Nazwa tego urządzenia
device-name-default = Mój telefon
device-pair-button = Sparuj to urządzenie
device-check = Sprawdź żądania
device-number = Numer wyświetlany na drugim ekranie
device-approve = Zatwierdź
device-deny = Odrzuć
device-needs-js = Ta strona wymaga JavaScriptu, aby przechowywać swój klucz i podpisywać zatwierdzenia.

## Sign-in, second step (G1)
check-title = Zweryfikuj swoją tożsamość
check-intro = Twoje konto ma informacje zabezpieczające, więc zanim będzie można je wyświetlić lub zmienić, potrzebna jest dodatkowa weryfikacja.

## The on-premises directory (P10, P11)
err-directory-policy = Katalog Twojej organizacji nie zaakceptował tego hasła. Być może było już wcześniej używane lub narusza jedną z reguł katalogu. Spróbuj użyć innego.
err-directory = Nie udało się połączyć z katalogiem Twojej organizacji. Nic nie zostało zmienione. Spróbuj ponownie za chwilę.

## Issue 10: a form post with a field missing
err-form-incomplete = Formularz dotarł niekompletny. Wypełnij wszystkie pola i spróbuj ponownie.

## Issue 11: step progress, titles, branding, resending, deleting a method, times
progress-label = Postęp
progress-step = Krok { $current } z { $total }
step-userid = Identyfikator użytkownika
step-verify = Weryfikacja
step-password = Nowe hasło
step-done = Gotowe
resend-code = Wyślij kod ponownie
resend-in = Możesz poprosić o nowy kod za { $seconds ->
    [one] sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
helpdesk-contact = Potrzebujesz pomocy? Skontaktuj się z działem pomocy technicznej: { $contact }
brand-logo-alt = { $org }
setup-add-method = Dodaj metodę
setup-delete-title = Usunąć tę metodę?
setup-delete-confirm = Z informacji zabezpieczających zostanie usunięta metoda: { $what }.
setup-delete-last-warning = Ta metoda jest potrzebna do resetowania hasła. Bez niej nie będzie można samodzielnie zresetować hasła, dopóki nie dodasz innej metody.
setup-delete-confirm-button = Tak, usuń
setup-app-open-link = Otwórz w aplikacji uwierzytelniającej na tym telefonie
setup-app-secret-grouped = Klucz tajny w grupach po cztery znaki:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }.{ $month }.{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = przed południem
time-pm = po południu

# Zgłoszenie 12: konsola administratora. Tytuły bloków są zgodne ze stronami resetowania hasła w Entra.
account-admin-console = Konsola administratora
admin-title = Konsola administratora
admin-sign-in = Zaloguj się za pomocą konta administratora, aby otworzyć konsolę.
admin-not-admin = Ta konsola jest przeznaczona dla administratorów. Twoje konto nie ma żadnej roli administratora.
admin-second-step = Konsola wymaga drugiego kroku logowania. Dodaj telefon lub aplikację uwierzytelniającą do swoich informacji zabezpieczających, a następnie wyloguj się i zaloguj ponownie.
admin-go-setup = Przejdź do informacji zabezpieczających
admin-go-account = Wróć do mojego konta
admin-back = Wróć do konsoli
admin-tenant = Organizacja: { $name }
admin-signed-in-as = Zalogowano jako { $name }, role: { $roles }
admin-policy-heading = Zasady resetowania hasła
admin-readonly = Twoje role pozwalają pomagać użytkownikom, ale nie pozwalają zmieniać zasad resetowania hasła. Może je zmienić administrator globalny lub administrator zasad uwierzytelniania.
admin-draft-pending = Zmiana na stronie { $page } czeka na Twoje sprawdzenie.
admin-draft-open = Otwórz zmianę
admin-draft-elsewhere = Zmiana na stronie { $page } czeka na sprawdzenie. Sprawdzenie tej strony ją zastąpi.
admin-saved = Zapisano jako zmianę { $id }.
admin-discarded = Zmiana została odrzucona. Nic nie zapisano.
admin-blade-properties = Właściwości
admin-blade-methods = Metody uwierzytelniania
admin-blade-registration = Rejestracja
admin-blade-notifications = Powiadomienia
admin-blade-customization = Dostosowywanie
admin-blade-on-premises = Integracja lokalna
admin-blade-administrators = Zasady dla administratorów
admin-f-scope = Samoobsługowe resetowanie hasła włączone dla
admin-scope-none = Brak
admin-scope-selected = Wybrane grupy
admin-scope-all = Wszyscy użytkownicy
admin-f-groups = Grupy
admin-f-groups-hint = Zaznacz grupy, dla których włączono samoobsługowe resetowanie hasła, lub wpisz nazwy innych grup oddzielone przecinkami. Używane, gdy wybrano opcję Wybrane grupy.
admin-f-methods-required = Liczba metod wymaganych do zresetowania
admin-f-methods-required-hint = 1 lub 2.
admin-f-methods = Metody dostępne dla użytkowników
admin-f-questions-to-register = Liczba pytań zabezpieczających wymaganych do rejestracji
admin-f-questions-to-ask = Liczba pytań zabezpieczających wymaganych do zresetowania
admin-f-custom-questions = Własne pytania zabezpieczające Twojej organizacji
admin-f-custom-questions-hint = Jedno pytanie w wierszu, oferowane obok wstępnie zdefiniowanych.
admin-f-require-registration = Wymagaj od użytkowników rejestracji podczas logowania
admin-f-reconfirm-days = Liczba dni, po których użytkownicy są proszeni o ponowne potwierdzenie informacji uwierzytelniających
admin-f-reconfirm-days-hint = Od 0 do 730; 0 oznacza, że użytkownicy nigdy nie są proszeni.
admin-f-notify-users = Powiadamiaj użytkowników o resetowaniu haseł
admin-f-notify-admins = Powiadamiaj wszystkich administratorów, gdy inni administratorzy resetują swoje hasła
admin-f-helpdesk = Link do działu pomocy technicznej
admin-f-helpdesk-hint = Adres e-mail lub adres internetowy zaczynający się od https://. Pozostaw puste, aby nic nie wyświetlać.
admin-f-logo = Logo organizacji
admin-f-logo-hint = Plik w tym portalu, np. /brand/logo.svg. Pozostaw puste, aby wyświetlać tylko nazwę.
admin-f-accent = Kolor akcentu
admin-f-accent-hint = W postaci #rrggbb, na tyle ciemny, aby biały tekst był czytelny.
admin-f-sign-in-domain = Domena we wskazówce logowania
admin-f-sign-in-domain-hint = Wyświetlana w przykładowym identyfikatorze użytkownika, np. contoso.com.
admin-f-writeback = Zapisuj zwrotnie hasła w katalogu lokalnym
admin-f-allow-unlock = Zezwalaj użytkownikom na odblokowywanie kont bez resetowania hasła
admin-f-admin-sspr = Zezwalaj administratorom na resetowanie własnego hasła
admin-f-admin-sspr-hint = Administratorzy zawsze potrzebują dwóch metod: adresu e-mail lub telefonu oraz jeszcze jednej.
admin-review-button = Sprawdź zmianę
admin-errors-heading = Nie można zapisać tej zmiany:
admin-live-ok = Tę zmianę można zapisać.
admin-err-number = Wprowadź liczbę całkowitą.
admin-err-helpdesk = Wprowadź adres e-mail lub adres internetowy zaczynający się od https://.
admin-err-forbidden = Twoje role nie pozwalają na zmianę zasad resetowania hasła.
admin-err-no-draft = Żadna zmiana nie czeka na sprawdzenie.
admin-err-no-change = Tej zmiany nie ma w historii.
admin-err-refused = Ta zmiana narusza regułę zasad. Edytuj ją i sprawdź ponownie.
admin-review-title = Sprawdź zmianę
admin-review-page = Strona: { $page }
admin-changes = Zmienia: { $keys }
admin-no-change = To niczego nie zmienia.
admin-impact-heading = Kto może zresetować hasło
admin-impact-summary = Obecnie hasło może zresetować { $before } z { $users } użytkowników; po tej zmianie mogłoby { $after }.
admin-stranded-none = Nikt nie traci możliwości zresetowania hasła.
admin-stranded = { $count ->
    [one] Jeden użytkownik mógł wcześniej zresetować hasło, a po zmianie nie może:
    [few] { $count } użytkownicy mogli wcześniej zresetować hasło, a po zmianie nie mogą:
    [many] { $count } użytkowników mogło wcześniej zresetować hasło, a po zmianie nie może:
   *[other] { $count } użytkownika mogło wcześniej zresetować hasło, a po zmianie nie może:
}
admin-stranded-hint = Przed zapisaniem poproś ich o zarejestrowanie większej liczby metod na stronie informacji zabezpieczających. W przeciwnym razie będą musieli zadzwonić do działu pomocy technicznej.
admin-gained = { $count ->
    [one] Jeden użytkownik nie mógł wcześniej zresetować hasła, a po zmianie może:
    [few] { $count } użytkownicy nie mogli wcześniej zresetować hasła, a po zmianie mogą:
    [many] { $count } użytkowników nie mogło wcześniej zresetować hasła, a po zmianie może:
   *[other] { $count } użytkownika nie mogło wcześniej zresetować hasła, a po zmianie może:
}
admin-export-csv = Pobierz listę (CSV)
admin-save = Zapisz
admin-discard = Odrzuć
admin-edit-again = Edytuj ponownie
admin-history-title = Historia zmian
admin-history-empty = Nie zapisano jeszcze żadnych zmian.
admin-history-change = Zmiana
admin-history-when = Kiedy
admin-history-who = Administrator
admin-history-what = Zmienione ustawienia
admin-revert = Cofnij
admin-revert-label = Cofnij zmianę { $id }
admin-reverts = cofa zmianę { $id }
admin-reverted = Zmiana { $id } została cofnięta. Zastąpione przez nią ustawienia zostały przywrócone.
admin-key-scope = kto może resetować
admin-key-admin-sspr = resetowanie przez administratorów
admin-key-methods-required = wymagane metody
admin-key-methods = dostępne metody
admin-key-questions-to-register = pytania przy rejestracji
admin-key-questions-to-ask = pytania przy resetowaniu
admin-key-custom-questions = własne pytania zabezpieczające
admin-key-require-registration = wymagana rejestracja
admin-key-reconfirm-days = dni do ponownego potwierdzenia
admin-key-notify-users = powiadomienia użytkowników
admin-key-notify-admins = powiadomienia administratorów
admin-key-helpdesk = link do pomocy technicznej
admin-key-branding = znakowanie firmowe
admin-key-writeback = zapisywanie zwrotne haseł
admin-key-allow-unlock = odblokowywanie konta
admin-key-password = reguły haseł
admin-key-phone-countries = kraje numerów telefonów
admin-key-sms-sender = nadawca SMS

# Zgłoszenie 12: raporty konsoli (A2).
admin-reports-title = Raporty
admin-reports-link = Rejestracje, resetowania, niepowodzenia i kto nie może zresetować hasła
admin-reports-period = Ostatnie { $days } dni, od { $since } (UTC).
admin-reports-chart = Wykres przedstawiający poniższą tabelę
admin-reports-by-day = Rejestracje, resetowania i odblokowania według dni
admin-col-day = Dzień
admin-col-registrations = Rejestracje
admin-col-resets = Resetowania
admin-col-unlocks = Odblokowania
admin-col-user = Użytkownik
admin-reports-funnel = Jak daleko doszły próby resetowania
admin-reports-funnel-hint = Każda próba zaczyna się od identyfikatora użytkownika. Tam, gdzie liczby spadają, użytkownicy się poddają.
admin-col-step = Krok
admin-col-attempts = Próby
admin-funnel-started = Rozpoczęto
admin-funnel-eligible = Uprawnione do resetowania
admin-funnel-verified-one = Zweryfikowano jedną metodę
admin-funnel-verified-two = Zweryfikowano drugą metodę
admin-funnel-password-set = Ustawiono nowe hasło lub odblokowano konto
admin-reports-failures = Niepowodzenia według przyczyny
admin-col-reason = Przyczyna
admin-col-count = Liczba
admin-reports-none = Brak danych w tym okresie.
admin-reports-methods = Metody użyte do resetowania lub odblokowania
admin-col-method = Metoda
admin-reports-cannot = Kto nie może zresetować hasła
admin-reports-can = Obecnie hasło może zresetować { $can } z { $users } użytkowników.
admin-reports-short = { $count ->
    [one] Jeden użytkownik nie może zresetować hasła z powodu braku metod:
    [few] { $count } użytkownicy nie mogą zresetować hasła z powodu braku metod:
    [many] { $count } użytkowników nie może zresetować hasła z powodu braku metod:
   *[other] { $count } użytkownika nie może zresetować hasła z powodu braku metod:
}
# Zgłoszenie 12: strona użytkowników w konsoli (D1, D3).
admin-users-title = Użytkownicy
admin-users-link = Wyszukaj użytkownika: jego metody, blokady i dane kontaktowe
admin-users-lookup-label = Identyfikator użytkownika
admin-users-lookup = Wyszukaj
admin-err-no-user = W Twojej organizacji nie ma użytkownika o tym identyfikatorze.
admin-err-protected = Ten użytkownik jest administratorem wykraczającym poza zakres Twoich ról. Poproś o pomoc administratora globalnego.
admin-err-contact = Wprowadź adres e-mail inny niż własny adres użytkownika, a numery telefonów w postaci +<kod kraju> <numer>.
admin-user-status = Konto
admin-user-enabled = Włączone
admin-user-disabled = Wyłączone
admin-user-locked = zablokowane w katalogu
admin-user-password = Hasło
admin-user-cloud = Przechowywane w tym portalu
admin-user-onprem = Przechowywane w katalogu lokalnym
admin-user-groups = Grupy
admin-user-roles = Role administratora
admin-user-none = Brak
admin-user-methods = Metody użytkownika
admin-user-reset = Samoobsługowe resetowanie hasła
admin-user-can-reset = Może teraz zresetować hasło.
admin-user-cannot-reset = Nie może teraz zresetować hasła:
admin-reason-consumer = konto osobiste, a ten portal nie obsługuje takich kont.
admin-reason-unavailable = konto jest wyłączone.
admin-reason-not-enabled = samoobsługowe resetowanie hasła nie jest włączone dla grup użytkownika.
admin-reason-not-registered = zarejestrowano za mało metod, by spełnić wymagania zasad.
admin-reason-admin-not-registered = administrator potrzebuje dwóch metod, a ma mniej.
admin-reason-writeback-off = hasło jest przechowywane lokalnie, a zapisywanie zwrotne jest wyłączone.
admin-user-blocks = Blokady
admin-user-no-blocks = Obecnie brak blokad.
admin-user-reset-blocked = Resetowanie hasła zablokowane do { $until } (zbyt wiele błędnych kodów lub odpowiedzi)
admin-user-sends-blocked = Wysyłanie kodów zablokowane do { $until } (wysłano zbyt wiele)
admin-user-signin-locked = Logowanie zablokowane do { $until } (zbyt wiele błędnych haseł)
admin-user-clear = Usuń blokady
admin-user-cleared = Blokady zostały usunięte.
admin-user-contact = Dane kontaktowe
admin-user-alternate-email = Alternatywny adres e-mail
admin-user-mobile = Telefon komórkowy
admin-user-office = Telefon biurowy
admin-user-contact-hint = Numery telefonów w postaci +<kod kraju> <numer>. Pozostaw pole puste, aby je wyczyścić.
admin-user-contact-save = Zapisz dane kontaktowe
admin-user-contact-saved = Dane kontaktowe zostały zapisane.
admin-user-protected = Ten użytkownik jest administratorem wykraczającym poza zakres Twoich ról: tylko administrator globalny może zmienić jego dane kontaktowe lub blokady.

# Zgłoszenie 12: kod odzyskiwania wydawany przez dział pomocy technicznej oraz powiadomienia o zmianach wprowadzonych przez administratora.
admin-recovery-heading = Kod odzyskiwania
admin-recovery-intro = Dla użytkownika, który utracił wszystkie metody: jednorazowy kod ważny przez 8 godzin, który pozwala mu zalogować się jeden raz, aby zarejestrować nowe metody. Przekaż go osobiście lub podczas rozmowy telefonicznej, w której to Ty dzwonisz do użytkownika; użytkownik zostanie o tym powiadomiony na swoje adresy e-mail.
admin-recovery-issue = Wystaw kod odzyskiwania
admin-recovery-issued = Wystawiono kod odzyskiwania. Jest wyświetlany tylko raz.
admin-recovery-code-is = Kod odzyskiwania:
admin-recovery-until = Kod odzyskiwania jest ważny do { $until }.
admin-recovery-hand-over = Odczytaj go użytkownikowi dopiero wtedy, gdy nie masz wątpliwości co do jego tożsamości. Nie zostanie wyświetlony ponownie.
admin-recovery-done = Gotowe, ukryj kod
recovery-link = Masz kod odzyskiwania od działu pomocy technicznej?
recovery-title = Logowanie za pomocą kodu odzyskiwania
recovery-intro = Jeśli nie masz już dostępu do żadnej metody, dział pomocy technicznej może przekazać Ci jednorazowy kod odzyskiwania. Zaloguj się za jego pomocą, a następnie zarejestruj nowe metody na stronie informacji zabezpieczających.
recovery-code-label = Kod odzyskiwania
recovery-code-hint = 16 liter i cyfr, np. ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Identyfikator użytkownika lub kod odzyskiwania jest nieprawidłowy albo kod został już użyty lub wygasł.
recovery-back = Zamiast tego zaloguj się za pomocą hasła
msg-recovery-issued-subject = Dla Twojego konta wystawiono kod odzyskiwania
msg-recovery-issued-body = Administrator wystawił jednorazowy kod odzyskiwania dla użytkownika { $user }. Jeśli kod nie został wystawiony na Twoją prośbę skierowaną do działu pomocy technicznej, natychmiast skontaktuj się z administratorem.
msg-recovery-used-subject = Ktoś zalogował się za pomocą kodu odzyskiwania
msg-recovery-used-body = Na konto użytkownika { $user } zalogowano się za pomocą kodu odzyskiwania w celu zarejestrowania nowych informacji zabezpieczających. Jeśli to nie Ty, natychmiast skontaktuj się z administratorem.
msg-contact-changed-subject = Twoje dane kontaktowe zostały zmienione
msg-contact-changed-body = Administrator zmienił dane kontaktowe użytkownika { $user } (adres e-mail lub numer telefonu używany do resetowania hasła). Jeśli ta zmiana jest dla Ciebie zaskoczeniem, natychmiast skontaktuj się z administratorem.

# Zgłoszenie 12: wyszukiwanie w dzienniku inspekcji w konsoli (A1, W2).
admin-audit-title = Dziennik inspekcji
admin-audit-link = Przeszukaj dziennik inspekcji i pobierz go
admin-audit-user = Identyfikator użytkownika
admin-audit-from = Od (YYYY-MM-DD, UTC)
admin-audit-to = Do (YYYY-MM-DD, UTC)
admin-audit-step = Krok
admin-audit-outcome = Wynik
admin-audit-ip = Adres IP
admin-audit-client = Typ klienta
admin-audit-any = Dowolny
admin-audit-search = Wyszukaj
admin-audit-bad-date = Wprowadź datę w formacie YYYY-MM-DD, na przykład 2026-11-05.
admin-audit-count = { $count ->
    [one] Pasuje jeden wpis.
    [few] Pasują { $count } wpisy.
    [many] Pasuje { $count } wpisów.
   *[other] Pasuje { $count } wpisu.
}
admin-audit-capped = Wyświetlane i pobierane są tylko najnowsze wpisy; zawęź wyszukiwanie, aby zobaczyć pozostałe.
admin-audit-pages = Strony wyników
admin-audit-newer = Nowsze wpisy
admin-audit-older = Starsze wpisy
admin-audit-export-json = Pobierz jako wiersze JSON

# Zgłoszenie 12: strona operacji w konsoli.
admin-ops-title = Operacje
admin-ops-link = Operacje: bieżący stan bazy danych, katalogu i kolejki poczty
admin-ops-database = Baza danych
admin-ops-directory = Katalog lokalny
admin-ops-no-directory = Nieskonfigurowany
admin-ops-ok = Działa
admin-ops-down = Nie odpowiada
admin-ops-on = Włączone
admin-ops-off = Wyłączone
admin-ops-directory-error = Ostatnia awaria katalogu (30 dni)
admin-ops-mail-waiting = Powiadomienia oczekujące na wysłanie
admin-ops-mail-oldest = Najstarsze powiadomienie oczekuje od
admin-ops-mail-sent = Wysłane powiadomienia
admin-ops-mail-failed = Powiadomienia porzucone po ponownych próbach
admin-ops-hashing = Hasła oczekujące na obliczenie skrótu w tym węźle
admin-ops-version = Wersja
admin-ops-hint = Sprawdzono w chwili otwarcia tej strony, przez węzeł, który ją udostępnił. Liczby dotyczące poczty obejmują cały portal; resztę znajdziesz w /metrics.

# Zgłoszenie 12: wybór grup w P1 oraz powiadomienie z M2 dla użytkowników, którzy po zmianie nie mogą zresetować hasła.
admin-f-groups-other = Inne grupy
admin-f-groups-none = Ta organizacja nie ma jeszcze grup w portalu: wpisz ich nazwy.
admin-notify-stranded = Wyślij e-mail do użytkowników, którzy po tej zmianie nie będą mogli zresetować hasła, z prośbą o zarejestrowanie większej liczby metod
msg-register-needed-subject = Zarejestruj więcej informacji zabezpieczających
msg-register-needed-body = Twoja organizacja wymaga teraz więcej informacji zabezpieczających, zanim będzie można zresetować hasło. Dopóki nie zalogujesz się i nie dodasz metod na stronie informacji zabezpieczających, użytkownik { $user } nie będzie mógł zresetować hasła bez telefonu do działu pomocy technicznej.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Ostatnia synchronizacja katalogu (sspr directory sync)
admin-ops-sync-counts = zapisane zmiany: { $changes }; odrzucone wartości: { $refused }; użytkownicy bez organizacji: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = Tłumaczenie wpisuje się w wierszu pod pytaniem jako tag języka, dwukropek i tekst (np. ja-JP: …); musi mieć od 1 do 200 znaków.
admin-err-translation-first = Najpierw wpisz pytanie, a potem jego tłumaczenia w wierszach poniżej.
admin-f-question-translations-hint = Aby wyświetlać pytanie w innym języku, dodaj pod nim wiersz z tagiem języka, dwukropkiem i tłumaczeniem, np. "ja-JP: 事務所の植物の名前は？". Użytkownicy, dla których języka nie ma tłumaczenia, widzą pytanie w postaci, w jakiej zostało wpisane.
admin-f-recovery-code-resets = Kod odzyskiwania od działu pomocy technicznej może też jednorazowo zresetować hasło użytkownika
admin-key-recovery-code-resets = kody odzyskiwania resetujące hasła
recovery-reset-hint = Jeśli Twoja organizacja na to zezwala, kod może zamiast tego jednorazowo zresetować Twoje hasło.
recovery-reset-button = Resetuj moje hasło
recovery-no-reset = Twoja organizacja pozwala używać kodu odzyskiwania tylko do logowania. Zarejestruj tutaj nowe metody; potem możesz za ich pomocą zresetować hasło.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Rozpoczęto resetowanie
audit-step-choose = Wybrano resetowanie lub odblokowanie
audit-step-select = Wybrano metodę
audit-step-send-code = Wysłano kod
audit-step-verify = Zweryfikowano metodę
audit-step-unlock = Odblokowano konto
audit-step-reset = Zresetowano hasło
audit-step-password = Wprowadzono nowe hasło
audit-step-directory = Zapisywanie zwrotne w katalogu
audit-step-notify = Powiadomienie
audit-step-admin-request = Prośba do administratorów
audit-step-signin = Logowanie
audit-step-signin-verify = Drugi krok logowania
audit-step-signout = Wylogowanie
audit-step-interrupt = Monit o rejestrację przy logowaniu
audit-step-reconfirm = Ponownie potwierdzono informacje zabezpieczające
audit-step-register = Zarejestrowano metodę
audit-step-register-send-code = Wysłano kod rejestracji
audit-step-register-pairing = Sparowano aplikację uwierzytelniającą
audit-step-register-verify = Sprawdzono kod rejestracji
audit-step-delete-method = Usunięto metodę
audit-step-change-password = Zmieniono hasło
audit-step-delivery = Potwierdzenie doręczenia
audit-step-policy-change = Zmieniono zasady
audit-step-admin-clear-blocks = Blokady usunięte przez administratora
audit-step-admin-set-contact = Dane kontaktowe ustawione przez administratora
audit-step-admin-recovery-code = Wystawiono kod odzyskiwania
audit-step-directory-sync = Synchronizacja katalogu
audit-outcome-ok = Powodzenie
audit-outcome-fail = Niepowodzenie
audit-outcome-blocked = Zablokowano
audit-outcome-error = Błąd
audit-outcome-rejected = Odrzucono
audit-outcome-ineligible = Brak uprawnień
audit-outcome-dismissed = Odłożono
audit-client-browser = Przeglądarka
audit-client-sign-in-screen = Ekran logowania
audit-client-app = Aplikacja

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Włączone
admin-value-off = Wyłączone
admin-value-empty = (puste)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Ostatnie zapisanie zwrotne hasła (lub odblokowanie konta) w katalogu

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Hasło zresetowane
done-title-unlock = Konto odblokowane
admin-f-sign-in-url = Strona logowania Twojej organizacji
admin-f-sign-in-url-hint = Miejsce, do którego prowadzi przycisk na ostatniej stronie resetowania, np. https://login.contoso.com. Pozostaw puste, aby użyć domyślnej strony tego portalu.
policy-err-sign-in-url = Wprowadź stronę logowania jako adres internetowy zaczynający się od https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Wstępnie zdefiniowane pytania zabezpieczające, które mogą wybierać użytkownicy
admin-key-predefined-questions = wstępnie zdefiniowane pytania zabezpieczające
policy-err-too-few-questions = Zaoferuj co najmniej tyle pytań zabezpieczających (wstępnie zdefiniowanych i własnych), ile muszą zarejestrować użytkownicy.
