# sspr, pt-PT. Every key here must exist in every locale (tested) and be used in code (tested).

## Estrutura e elementos comuns
app-name = Reposição de palavra-passe em autosserviço
reset-title = Recupere o acesso à sua conta
skip-to-content = Saltar para o conteúdo principal
lang-switch-label = Idioma
next = Seguinte
back-to-start = Recomeçar
retry = Tentar novamente
something-wrong = Ocorreu um erro. Tente novamente mais tarde.
not-found = Esta página não existe.
working = A processar…

## Entrada (E2)
entry-intro = Para recuperar a sua conta, comece por introduzir o seu ID de utilizador e a resposta à pergunta abaixo.
userid-label = ID de utilizador
userid-hint = Exemplo: { $example }
captcha-legend = Prove que não é um robô
captcha-nojs = O seu browser é verificado durante alguns segundos ({ $seconds } ou mais) depois de selecionar Seguinte. Não precisa de fazer mais nada.
captcha-working = A verificar o seu browser…
captcha-done = Concluído. Pode continuar.

## Contacte o seu administrador (E3, E5, P9, K1)
contact-title = Contacte o seu administrador
contact-reason-consumer = As contas pessoais não podem utilizar este portal. Utilize as opções de recuperação do seu fornecedor de e-mail.
contact-reason-unavailable = Não é possível repor esta conta aqui. A conta pode não existir ou estar desativada.
contact-reason-not-enabled = A reposição de palavra-passe em autosserviço não está ativada para esta conta.
contact-reason-not-registered = Esta conta não tem informações de segurança registadas suficientes para repor a palavra-passe.
contact-reason-admin-not-registered = As contas de administrador precisam de dois métodos registados (e-mail, telemóvel, telefone do escritório ou aplicação de autenticação) para repor a palavra-passe.
contact-reason-writeback-off = A palavra-passe desta conta é gerida no local e não pode ser reposta aqui.
contact-also-intro = Isto também pode acontecer quando:
contact-also-consumer = a conta é uma conta pessoal de um fornecedor de e-mail para consumidores
contact-also-unavailable = o ID de utilizador foi mal escrito, ou a conta não existe ou está desativada
contact-also-not-enabled = a reposição de palavra-passe em autosserviço não está ativada para a conta
contact-also-not-registered = a conta não tem informações de segurança registadas suficientes (se conseguir iniciar sessão, a página de informações de segurança mostra o que falta)
contact-also-admin-not-registered = uma conta de administrador não tem dois métodos registados
contact-also-writeback-off = a palavra-passe é gerida pelo próprio diretório da sua organização
contact-helpdesk-link = Contacte o suporte técnico
contact-helpdesk-email = Envie um e-mail ao suporte técnico: { $email }
contact-no-helpdesk = Peça ajuda ao administrador da sua organização.
contact-request-button = Pedir aos meus administradores que reponham a minha palavra-passe
contact-request-sent = O seu pedido foi enviado aos seus administradores.

## Escolha do problema
choose-title = Porque é que está com problemas em iniciar sessão?
choose-forgot = Esqueci-me da minha palavra-passe
choose-forgot-hint = Não se preocupe, vamos ajudá-lo a repô-la com as informações de segurança que registou.
choose-unlock = Sei a minha palavra-passe, mas continuo sem conseguir iniciar sessão
choose-unlock-hint = Isto pode acontecer por ter tentado iniciar sessão com uma palavra-passe incorreta demasiadas vezes.

## Verificação (V1..V6)
verify-title = Verifique a sua identidade
verify-step = Passo de verificação { $current } de { $required }
verify-pick = Escolha o método de contacto que devemos utilizar para a verificação:
verify-passed = Verificado
option-email = Enviar um e-mail para o meu endereço alternativo { $masked }
option-sms = Enviar uma SMS para o meu telemóvel { $masked }
option-voice = Ligar para o meu telemóvel { $masked }
option-office = Ligar para o meu telefone do escritório { $masked }
option-app = Introduzir um código da minha aplicação de autenticação
option-software_oath = Introduzir um código do meu token de software
option-hardware_oath = Introduzir um código do meu token de hardware
option-questions = Responder às minhas perguntas de segurança
pending-email = Enviámos um e-mail com um código de verificação para { $masked }.
pending-sms = Enviámos uma SMS com um código de verificação para { $masked }.
pending-voice = Estamos a ligar para { $masked }. Ouça o código de verificação.
pending-totp = Introduza o código apresentado na sua aplicação ou no seu token.
code-label = Código de verificação
questions-legend = Responda às suas perguntas de segurança
verify-button = Verificar

## Nova palavra-passe (N1, N2)
password-title = Escolha uma nova palavra-passe
password-label = Nova palavra-passe
confirm-label = Confirmar a nova palavra-passe
password-rules = A sua palavra-passe tem de:
pw-rule-length = ter, pelo menos, { $min } carateres
pw-rule-max-length = ter, no máximo, { $max } carateres
pw-rule-classes = conter três destes tipos: minúsculas, maiúsculas, algarismos, símbolos
pw-rule-banned = não ser uma palavra-passe comum ou proibida
pw-rule-name = não conter o seu nome
pw-rule-match = coincidir com a confirmação
pw-rule-classes-ad = conter três destes tipos: minúsculas, maiúsculas, algarismos, símbolos, letras sem maiúsculas nem minúsculas (como o kana)
pw-rule-name-ad = não conter o nome da sua conta nem qualquer parte do seu nome com 3 ou mais carateres
pw-dir-heading = Ao submeter, o diretório da sua organização também verifica se ela:
pw-dir-history = { $n ->
    [one] não é a sua palavra-passe atual
   *[other] não é nenhuma das suas últimas { $n } palavras-passe
}
pw-dir-min-age = { $n ->
    [one] é definida pelo menos um dia após a última alteração de palavra-passe
   *[other] é definida pelo menos { $n } dias após a última alteração de palavra-passe
}
pw-dir-module = cumpre as restantes regras de qualidade da sua organização
pw-rule-ok = cumprido
pw-rule-not-ok = não cumprido
finish = Concluir

## Concluído
done-reset = A sua palavra-passe foi reposta.
done-unlock = A sua conta foi desbloqueada.
done-sign-in = Iniciar sessão com a sua conta

## Erros (fluxos)
err-no-flow = A sua sessão expirou. Comece novamente.
err-captcha = A verificação de que não é um robô expirou ou já foi utilizada. Tente novamente.
err-wrong-step = Esse passo já não está disponível. Continue a partir daqui.
err-unknown-option = Escolha um dos métodos apresentados.
err-code-wrong = Esse código não funcionou. Verifique-o e tente novamente.
err-code-expired = Esse código expirou. Envie um novo.
err-code-used = Esse código já foi utilizado. Continue a partir daqui.
err-blocked = Tentou demasiadas vezes. Tente novamente depois de { $until }.
err-email-limit = Enviámos demasiados códigos. Tente novamente depois de { $until } ou utilize outro método.
err-answers-wrong = Uma ou mais respostas estavam erradas. Eis um novo conjunto de perguntas.
err-password = A palavra-passe não cumpre os requisitos abaixo.
err-delivery = Não foi possível enviar a mensagem neste momento. Tente novamente mais tarde ou utilize outro método.
err-admin-request-limit = Já enviou vários pedidos. Os seus administradores irão contactá-lo.
err-internal = Ocorreu um erro. Tente novamente mais tarde.
userid-err-empty = Introduza o seu ID de utilizador.
userid-err-shape = Introduza o seu ID de utilizador no formato nome@domínio, por exemplo { $example }.
userid-err-too-long = Esse ID de utilizador é demasiado longo.

## Mensagens (e-mail, SMS, voz)
msg-code-subject = Código de verificação da conta { $org }
msg-code-email = Utilize o seguinte código para verificar a sua conta: { $code }. O código expira dentro de { $minutes } minutos. Se não o pediu, ignore este e-mail.
msg-code-sms = Código para repor a palavra-passe de { $org }: { $code }
msg-code-voice = O seu código de verificação é { $code }. Repito, o seu código é { $code }.
msg-reset-subject = A sua palavra-passe foi reposta
msg-reset-body = A palavra-passe de { $user } acabou de ser reposta através da reposição de palavra-passe em autosserviço. Se não reconhece esta alteração, contacte já o seu administrador.
msg-method-added-subject = Foram adicionadas informações de segurança à sua conta
msg-method-added-body = O método { $method } foi adicionado às informações de segurança de { $user }. Se não reconhece esta alteração, inicie sessão, remova-o, altere a sua palavra-passe e contacte o seu administrador.
msg-method-removed-subject = Foram removidas informações de segurança da sua conta
msg-method-removed-body = O método { $method } foi removido das informações de segurança de { $user }. Se não reconhece esta alteração, inicie sessão, verifique as suas informações de segurança, altere a sua palavra-passe e contacte o seu administrador.
msg-admin-reset-subject = Um administrador repôs a própria palavra-passe
msg-admin-reset-body = O administrador { $user } repôs a própria palavra-passe através da reposição de palavra-passe em autosserviço.
msg-admin-request-subject = Pedido de reposição de palavra-passe
msg-admin-request-body = { $user } não consegue repor a palavra-passe em autosserviço e pede ajuda a um administrador.

## Caixa de saída de desenvolvimento (apenas modo de demonstração)
outbox-title = Caixa de saída (demonstração)
outbox-intro = Modo de demonstração: as mensagens enviadas pelo portal são escritas aqui em vez de serem entregues. As mais recentes primeiro.
outbox-empty = Ainda não há mensagens.
outbox-to = Para
demo-outbox-link = Modo de demonstração: leia a mensagem na caixa de saída (abre num novo separador)
outbox-channel = Canal

## Recusas de política (P12, utilizadas pelas ferramentas de administrador)
policy-err-scope-without-groups = Escolha pelo menos um grupo para o âmbito de grupos selecionados.
policy-err-methods-required = O número de métodos necessários tem de ser 1 ou 2.
policy-err-too-few-methods = Ative pelo menos tantos métodos quantos os necessários.
policy-err-office-phone-paid = O telefone do escritório só está disponível para inquilinos pagos.
policy-err-questions-register = Os utilizadores têm de registar entre 3 e 5 perguntas de segurança.
policy-err-questions-ask = Têm de ser feitas entre 3 e 5 perguntas de segurança.
policy-err-questions-ask-exceeds = Não pode fazer mais perguntas do que as que os utilizadores registam.
policy-err-reconfirm-days = A reconfirmação tem de ser entre 0 e 730 dias.
policy-err-app-needs-more = Quando a aplicação móvel está ativada, ative outros métodos suficientes além dela.
policy-err-app-notification-alone = Com um método necessário, a notificação da aplicação, por si só, não conta.
policy-err-password-length = O comprimento da palavra-passe tem de ser entre 8 e 256 carateres.
policy-err-banned-terms = No máximo, 1000 termos proibidos personalizados.
policy-err-sms-sender = O remetente das SMS tem de ser um nome com até 11 letras e algarismos, ou um número de telefone como +15017122661.
phone-err-country-code = Comece o número com + e o indicativo do país.
phone-err-characters = Utilize apenas algarismos, espaços e hífenes.
phone-err-length = Esse número é demasiado curto ou demasiado longo.
policy-err-custom-question = As perguntas de segurança personalizadas têm de ter entre 1 e 200 carateres e ser todas diferentes.
policy-err-brand-accent = A cor da marca tem de ser escrita como #rrggbb e ser suficientemente escura para texto branco (contraste de, pelo menos, 4,5:1).
policy-err-brand-logo = O logótipo tem de ser um ficheiro deste portal (como /brand/logo.svg) ou uma imagem incorporada.
policy-err-sign-in-domain = O domínio de início de sessão tem de ser um nome de domínio, como contoso.com.

## Início de sessão e a minha conta (G1, N4)
entry-signin-link = Inicie sessão para gerir as suas informações de segurança
signin-title = Iniciar sessão
signin-intro = Inicie sessão para ver e atualizar as suas informações de segurança ou alterar a sua palavra-passe.
signin-password-label = Palavra-passe
signin-button = Iniciar sessão
signin-cant-access = Não consegue aceder à sua conta?
signin-signed-out = Terminou sessão.
signout-button = Terminar sessão
account-title = A minha conta
account-signed-in-as = Sessão iniciada como { $name } ({ $upn })
account-reset-attempts = Alguém tentou repor a sua palavra-passe e falhou a verificação { $count ->
    [one] uma vez
   *[other] { $count } vezes
}, a mais recente em { $when }. Se não reconhece estas tentativas, a sua palavra-passe não foi alterada; certifique-se de que as informações de segurança são suas e informe o seu administrador.
account-cannot-reset = Ainda não pode repor a sua palavra-passe sozinho.
account-security-info = Informações de segurança
account-change-password = Alterar palavra-passe
err-no-session = Não tem sessão iniciada ou a sua sessão terminou. Inicie sessão novamente.
err-credentials = O seu ID de utilizador ou a sua palavra-passe estão incorretos.
err-locked-out = A sua conta está temporariamente bloqueada para impedir a utilização não autorizada. Tente novamente depois de { $until }.
err-account-locked = A sua conta está bloqueada. Utilize «Não consegue aceder à sua conta?» para a desbloquear.
err-not-allowed = Esse método não pode ser utilizado na sua conta.
err-current-password = A sua palavra-passe atual está incorreta.
err-on-premises = A sua palavra-passe é gerida pelo diretório da sua organização. Altere-a lá.
err-too-many = Houve demasiadas tentativas a partir da sua rede. Tente novamente depois de { $until }.
err-resend-wait = Acabámos de lhe enviar um código por esta via. Aguarde até { $until } antes de pedir outro ou utilize outro método.
err-messages-paused = Não podemos enviar mais códigos neste momento. Tente novamente depois de { $until } ou utilize um método que não precise de mensagens, como uma aplicação de autenticação ou perguntas de segurança.
err-phone-country = A sua organização não envia códigos para números de telefone deste país. Utilize outro número ou método.
err-busy = O serviço está ocupado neste momento. Aguarde um pouco e tente novamente.
cancel = Cancelar
save = Guardar

## Informações de segurança (G2..G7, C1)
setup-title = Informações de segurança
setup-intro = Estes são os métodos que utiliza para provar a sua identidade quando repõe a palavra-passe.
setup-progress-ok = Pode repor a sua palavra-passe: { $have } de { $required } métodos necessários estão configurados.
setup-progress-short = { $have } de { $required } métodos necessários estão configurados. Adicione mais para poder repor a sua palavra-passe.
setup-methods-heading = Os seus métodos
setup-none = Ainda não configurou nenhum método.
setup-add-heading = Adicionar um método
setup-change = Alterar
setup-change-label = Alterar { $what }
setup-delete = Eliminar
setup-delete-label = Eliminar { $what }
setup-from-directory = (do diretório da sua organização)
setup-done-added = O seu método foi adicionado.
setup-done-deleted = O método foi eliminado.
setup-back = Voltar às informações de segurança
setup-not-available = Este método não está disponível para a sua conta.
method-app = Aplicação de autenticação
method-software = Token OATH de software
method-hardware = Token de hardware
method-phone = Telefone
method-office = Telefone do escritório
method-email = E-mail
method-questions = Perguntas de segurança
method-questions-detail = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
add-app = Adicionar uma aplicação de autenticação
add-software = Adicionar um token OATH de software
add-hardware = Ativar um token de hardware
add-phone = Adicionar ou alterar o seu telefone
add-office = Adicionar ou alterar o seu telefone do escritório
add-email = Adicionar ou alterar o seu e-mail
add-questions = Configurar perguntas de segurança
setup-email-label = Endereço de e-mail
setup-email-hint = Utilize um endereço diferente do da sua conta profissional. Enviaremos um código para esse endereço.
setup-phone-label = Número de telefone
setup-office-label = Número do telefone do escritório
setup-phone-hint = Inclua + e o indicativo do país, por exemplo +351 912 345 678.
setup-phone-channel = Como devemos enviar o código?
setup-phone-sms = Enviar-me um código por SMS
setup-phone-voice = Ligar-me
setup-app-intro = Instale uma aplicação de autenticação no seu telemóvel e, em seguida, selecione Seguinte para ver o código QR a digitalizar.
setup-software-intro = Selecione Seguinte para obter o segredo do seu token de software.
setup-app-step-scan = Digitalize o código QR com a sua aplicação ou introduza o segredo abaixo.
setup-app-step-code = Introduza o código de 6 dígitos apresentado na aplicação.
setup-app-qr-alt = Código QR para a sua aplicação de autenticação
setup-app-secret = Segredo:
setup-hardware-intro = Escolha o número de série impresso no seu token e introduza o código que este apresenta.
setup-hardware-serial = Número de série
setup-questions-intro = Escolha { $count } perguntas diferentes e responda a cada uma (entre 3 e 40 carateres, sem respostas repetidas).
setup-question-label = Pergunta { $n }
setup-answer-label = Resposta { $n }
setup-err-email-shape = Introduza um endereço de e-mail, por exemplo someone@example.com.
setup-err-email-same = Utilize um endereço diferente do da sua conta profissional.
setup-err-phone = Esse número de telefone não parece estar correto.
setup-err-questions = As suas perguntas de segurança não foram guardadas.
setup-err-questions-count = Responda a todas as perguntas.
setup-err-questions-unknown = Escolha perguntas da lista.
setup-err-questions-duplicate = Escolha uma pergunta diferente em cada caixa.
setup-err-answer-length = As respostas têm de ter entre 3 e 40 carateres.
setup-err-answer-duplicate = Dê uma resposta diferente a cada pergunta.
setup-err-too-many-apps = Já tem o número máximo de aplicações de autenticação. Elimine uma primeiro.
setup-err-token-unknown = Esse token não lhe está atribuído ou já está ativo.
protect-title = Ajude-nos a proteger a sua conta
protect-intro = A sua organização precisa de mais informações para manter a sua conta segura e para que possa repor a palavra-passe sozinho.
protect-skip = Ignorar por agora
confirm-title = As suas informações de segurança continuam corretas?
confirm-intro = Verifique os métodos que utiliza para repor a sua palavra-passe. Confirme-os ou edite-os se algo tiver mudado.
confirm-looks-good = Está tudo correto
confirm-edit = Editar as suas informações de segurança
confirm-done = Obrigado! As suas informações de segurança foram confirmadas.
change-title = Alterar palavra-passe
change-current-label = Palavra-passe atual
change-button = Alterar palavra-passe
change-done = A sua palavra-passe foi alterada.

## Perguntas de segurança (G6, lista predefinida)
sq-first-pet = Qual era o nome do seu primeiro animal de estimação?
sq-birth-city = Em que cidade nasceu?
sq-first-school = Qual era o nome da sua primeira escola?
sq-childhood-friend = Qual é o nome próprio do seu melhor amigo de infância?
sq-first-job-city = Em que cidade teve o seu primeiro emprego?
sq-grandparent-name = Qual é o nome próprio do seu avô ou avó mais velho?
sq-first-concert = Qual foi o primeiro concerto a que assistiu?
sq-childhood-street = Em que rua vivia em criança?
sq-favourite-teacher = Qual era o apelido do seu professor preferido?
sq-first-car = Qual era a marca e o modelo do seu primeiro carro?

## Notificações num dispositivo emparelhado (V4)
option-push = Aprovar uma notificação no meu dispositivo
pending-push = Enviámos uma notificação para o seu dispositivo. Abra-a e introduza este número:
pending-push-then = Em seguida, selecione Continuar aqui.
push-continue = Continuar
err-push-pending = A notificação ainda não foi respondida. Responda-lhe no seu dispositivo e, em seguida, selecione Continuar.
err-push-denied = A notificação foi recusada ou o número não coincidiu. Escolha um método para tentar novamente.
method-notification = Notificações no meu dispositivo
add-notification = Adicionar um dispositivo para notificações
setup-device-intro = Utilize o seu telemóvel como dispositivo que aprova pedidos: selecione Seguinte para obter um código de emparelhamento.
setup-device-step-open = No seu telemóvel, abra a página do dispositivo:
setup-device-link = abrir a página do dispositivo
setup-device-step-code = Introduza lá este código de emparelhamento:
setup-device-then = Quando a página do dispositivo indicar que está emparelhado, volte aqui.
setup-device-done = Concluído
device-title = O seu dispositivo
device-intro = Esta página aprova pedidos de início de sessão e de reposição de palavra-passe da sua conta. Adicione-a ao ecrã principal para a ter sempre à mão.
device-paired = Este dispositivo está emparelhado. Verifique se há pedidos quando lhe pedirem para aprovar um.
device-pair-failed = Esse código de emparelhamento não funcionou. Obtenha um novo nas suas informações de segurança.
device-approved = Aprovado. Pode voltar ao outro ecrã.
device-denied = Recusado. Nada foi aprovado.
device-no-request = Não há nenhum pedido em espera.
device-request = %org% pede-lhe que confirme a sua identidade (%upn%).
device-request-title = Aprovar este pedido?
device-pair-code = Código de emparelhamento
device-name = Nome deste dispositivo
device-name-default = O meu telemóvel
device-pair-button = Emparelhar este dispositivo
device-check = Verificar se há pedidos
device-number = Número apresentado no outro ecrã
device-approve = Aprovar
device-deny = Recusar
device-needs-js = Esta página precisa de JavaScript para guardar a sua chave e assinar aprovações.

## Início de sessão, segundo passo (G1)
check-title = Verifique a sua identidade
check-intro = A sua conta tem informações de segurança, por isso precisamos de uma segunda verificação antes de as poder ver ou alterar.

## O diretório no local (P10, P11)
err-directory-policy = O diretório da sua organização não aceitou esta palavra-passe. Pode ser uma que já utilizou ou que não cumpre uma das regras do próprio diretório; experimente outra.
err-directory = Não foi possível contactar o diretório da sua organização. Nada foi alterado; tente novamente daqui a pouco.

## Issue 10: submissão de formulário com um campo em falta
err-form-incomplete = O formulário chegou incompleto. Preencha todos os campos e tente novamente.

## Issue 11: progresso dos passos, títulos, imagem de marca, reenvio, eliminação de um método, horas
progress-label = Progresso
progress-step = Passo { $current } de { $total }
step-userid = ID de utilizador
step-verify = Verificação
step-password = Nova palavra-passe
step-done = Concluído
resend-code = Reenviar código
resend-in = Pode pedir um novo código dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
helpdesk-contact = Precisa de ajuda? Contacte o suporte técnico: { $contact }
brand-logo-alt = { $org }
setup-add-method = Adicionar método
setup-delete-title = Eliminar este método?
setup-delete-confirm = O método { $what } será removido das suas informações de segurança.
setup-delete-last-warning = Precisa deste método para repor a sua palavra-passe. Sem ele, não poderá repor a palavra-passe sozinho até adicionar outro método.
setup-delete-confirm-button = Sim, eliminar
setup-app-open-link = Abrir numa aplicação de autenticação neste telemóvel
setup-app-secret-grouped = Segredo, em grupos de quatro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year }, { $hour }:{ $minute } ({ $zone })
time-am = da manhã
time-pm = da tarde

# Issue 12: a consola de administrador. Os títulos dos painéis seguem as páginas de reposição de palavra-passe do Entra.
account-admin-console = Consola de administrador
admin-title = Consola de administrador
admin-sign-in = Inicie sessão com a sua conta de administrador para abrir a consola.
admin-not-admin = Esta consola destina-se a administradores. A sua conta não tem nenhuma função de administrador.
admin-second-step = A consola exige um segundo passo de início de sessão. Adicione um telefone ou uma aplicação de autenticação às suas informações de segurança, termine sessão e inicie sessão novamente.
admin-go-setup = Ir para as suas informações de segurança
admin-go-account = Voltar à minha conta
admin-back = Voltar à consola
admin-tenant = Organização: { $name }
admin-signed-in-as = Sessão iniciada como { $name }, com as funções: { $roles }
admin-policy-heading = Política de reposição de palavra-passe
admin-readonly = As suas funções permitem-lhe ajudar utilizadores, mas não alterar a política de reposição de palavra-passe. Um administrador global ou um administrador de políticas de autenticação pode alterá-la.
admin-draft-pending = Uma alteração em { $page } aguarda a sua revisão.
admin-draft-open = Abrir a alteração
admin-draft-elsewhere = Uma alteração em { $page } aguarda revisão. Rever esta página substitui-a.
admin-saved = Guardado como alteração { $id }.
admin-discarded = A alteração foi descartada. Nada foi guardado.
admin-blade-properties = Propriedades
admin-blade-methods = Métodos de autenticação
admin-blade-registration = Registo
admin-blade-notifications = Notificações
admin-blade-customization = Personalização
admin-blade-on-premises = Integração no local
admin-blade-administrators = Política de administradores
admin-f-scope = Reposição de palavra-passe em autosserviço ativada para
admin-scope-none = Nenhum
admin-scope-selected = Grupos selecionados
admin-scope-all = Todos os utilizadores
admin-f-groups = Grupos
admin-f-groups-hint = Assinale os grupos para os quais a reposição de palavra-passe em autosserviço está ativada ou escreva outros nomes de grupos, separados por vírgulas. Utilizado quando Grupos selecionados está escolhido.
admin-f-methods-required = Número de métodos necessários para repor
admin-f-methods-required-hint = 1 ou 2.
admin-f-methods = Métodos disponíveis para os utilizadores
admin-f-questions-to-register = Número de perguntas de segurança necessárias para registar
admin-f-questions-to-ask = Número de perguntas de segurança necessárias para repor
admin-f-custom-questions = Perguntas de segurança próprias da sua organização
admin-f-custom-questions-hint = Uma pergunta por linha, apresentadas ao lado das predefinidas.
admin-f-require-registration = Exigir que os utilizadores se registem ao iniciar sessão
admin-f-reconfirm-days = Número de dias até os utilizadores terem de reconfirmar as suas informações de autenticação
admin-f-reconfirm-days-hint = De 0 a 730; com 0, nunca é pedido.
admin-f-notify-users = Notificar os utilizadores sobre reposições de palavra-passe
admin-f-notify-admins = Notificar todos os administradores quando outros administradores repuserem a palavra-passe
admin-f-helpdesk = Ligação do suporte técnico
admin-f-helpdesk-hint = Um endereço de e-mail ou um endereço web que comece por https://. Deixe vazio para não mostrar nenhum.
admin-f-logo = Logótipo
admin-f-logo-hint = Um ficheiro deste portal, como /brand/logo.svg. Deixe vazio para mostrar apenas o nome.
admin-f-accent = Cor de destaque
admin-f-accent-hint = Escrita como #rrggbb, suficientemente escura para texto branco.
admin-f-sign-in-domain = Domínio da sugestão de início de sessão
admin-f-sign-in-domain-hint = Apresentado no exemplo de ID de utilizador, como contoso.com.
admin-f-writeback = Escrever as palavras-passe de volta no seu diretório no local
admin-f-allow-unlock = Permitir que os utilizadores desbloqueiem contas sem repor a palavra-passe
admin-f-admin-sspr = Permitir que os administradores reponham a própria palavra-passe
admin-f-admin-sspr-hint = Os administradores precisam sempre de dois métodos: um e-mail ou telefone e mais um.
admin-review-button = Rever alteração
admin-errors-heading = Não é possível guardar esta alteração:
admin-live-ok = Esta alteração pode ser guardada.
admin-err-number = Introduza um número inteiro.
admin-err-helpdesk = Introduza um endereço de e-mail ou um endereço web que comece por https://.
admin-err-forbidden = As suas funções não permitem alterar a política de reposição de palavra-passe.
admin-err-no-draft = Não há nenhuma alteração a aguardar revisão.
admin-err-no-change = Essa alteração não está no histórico.
admin-err-refused = Esta alteração infringe uma regra da política. Edite-a e reveja-a novamente.
admin-review-title = Rever a alteração
admin-review-page = Página: { $page }
admin-changes = Altera: { $keys }
admin-no-change = Isto não altera nada.
admin-impact-heading = Quem pode repor a palavra-passe
admin-impact-summary = { $before } de { $users } utilizadores podem repor a palavra-passe agora; { $after } poderiam após esta alteração.
admin-stranded-none = Ninguém perde a possibilidade de repor a palavra-passe.
admin-stranded = { $count ->
    [one] Um utilizador podia repor a palavra-passe antes e não pode depois:
   *[other] { $count } utilizadores podiam repor a palavra-passe antes e não podem depois:
}
admin-stranded-hint = Peça-lhes que registem mais métodos na página de informações de segurança antes de guardar; caso contrário, terão de ligar para o suporte técnico.
admin-gained = { $count ->
    [one] Um utilizador não podia repor a palavra-passe antes e pode depois:
   *[other] { $count } utilizadores não podiam repor a palavra-passe antes e podem depois:
}
admin-export-csv = Transferir a lista (CSV)
admin-save = Guardar
admin-discard = Descartar
admin-edit-again = Editar novamente
admin-history-title = Histórico de alterações
admin-history-empty = Ainda não foram guardadas alterações.
admin-history-change = Alteração
admin-history-when = Quando
admin-history-who = Administrador
admin-history-what = Definições alteradas
admin-revert = Reverter
admin-revert-label = Reverter a alteração { $id }
admin-reverts = reverte a alteração { $id }
admin-reverted = A alteração { $id } foi revertida. As definições que substituiu foram repostas.
admin-key-scope = quem pode repor
admin-key-admin-sspr = reposição por administradores
admin-key-methods-required = métodos necessários
admin-key-methods = métodos disponíveis
admin-key-questions-to-register = perguntas para registo
admin-key-questions-to-ask = perguntas para reposição
admin-key-custom-questions = perguntas de segurança próprias
admin-key-require-registration = registo obrigatório
admin-key-reconfirm-days = dias até à reconfirmação
admin-key-notify-users = notificações aos utilizadores
admin-key-notify-admins = notificações aos administradores
admin-key-helpdesk = ligação do suporte técnico
admin-key-branding = imagem corporativa
admin-key-writeback = repetição de escrita de palavras-passe
admin-key-allow-unlock = desbloqueio de conta
admin-key-password = regras de palavra-passe
admin-key-phone-countries = países de telefone
admin-key-sms-sender = remetente de SMS

# Issue 12: os relatórios da consola (A2).
admin-reports-title = Relatórios
admin-reports-link = Registos, reposições, falhas e quem não pode repor
admin-reports-period = Os últimos { $days } dias, desde { $since } (UTC).
admin-reports-chart = Gráfico da tabela abaixo
admin-reports-by-day = Registos, reposições e desbloqueios por dia
admin-col-day = Dia
admin-col-registrations = Registos
admin-col-resets = Reposições
admin-col-unlocks = Desbloqueios
admin-col-user = Utilizador
admin-reports-funnel = Até onde chegaram as tentativas de reposição
admin-reports-funnel-hint = Cada tentativa começa com um ID de utilizador. Onde os números descem é onde os utilizadores desistem.
admin-col-step = Passo
admin-col-attempts = Tentativas
admin-funnel-started = Iniciadas
admin-funnel-eligible = Com permissão para repor
admin-funnel-verified-one = Verificaram um método
admin-funnel-verified-two = Verificaram um segundo método
admin-funnel-password-set = Nova palavra-passe definida ou conta desbloqueada
admin-reports-failures = Falhas por motivo
admin-col-reason = Motivo
admin-col-count = Quantidade
admin-reports-none = Nada neste período.
admin-reports-methods = Métodos utilizados para repor ou desbloquear
admin-col-method = Método
admin-reports-cannot = Quem não pode repor
admin-reports-can = { $can } de { $users } utilizadores podem repor a palavra-passe agora.
admin-reports-short = { $count ->
    [one] Um utilizador não pode repor a palavra-passe por falta de métodos:
   *[other] { $count } utilizadores não podem repor a palavra-passe por falta de métodos:
}
# Issue 12: a página de utilizadores da consola (D1, D3).
admin-users-title = Utilizadores
admin-users-link = Procurar um utilizador: métodos, bloqueios e informações de contacto
admin-users-lookup-label = ID de utilizador
admin-users-lookup = Procurar
admin-err-no-user = Não existe nenhum utilizador com esse ID na sua organização.
admin-err-protected = Este utilizador é um administrador fora do âmbito das suas funções. Peça a um administrador global.
admin-err-contact = Introduza um endereço de e-mail diferente do endereço do próprio utilizador e números de telefone no formato +<indicativo do país> <número>.
admin-user-status = Conta
admin-user-enabled = Ativada
admin-user-disabled = Desativada
admin-user-locked = bloqueada no diretório
admin-user-password = Palavra-passe
admin-user-cloud = Mantida por este portal
admin-user-onprem = Mantida pelo diretório no local
admin-user-groups = Grupos
admin-user-roles = Funções de administrador
admin-user-none = Nenhum
admin-user-methods = Métodos registados
admin-user-reset = Reposição de palavra-passe em autosserviço
admin-user-can-reset = Pode repor a palavra-passe agora.
admin-user-cannot-reset = Não pode repor agora:
admin-reason-consumer = uma conta pessoal, que este portal não serve.
admin-reason-unavailable = a conta está desativada.
admin-reason-not-enabled = a reposição de palavra-passe em autosserviço não está ativada para os grupos do utilizador.
admin-reason-not-registered = não há métodos registados suficientes para a política.
admin-reason-admin-not-registered = um administrador precisa de dois métodos e tem menos.
admin-reason-writeback-off = a palavra-passe é mantida no diretório no local e a repetição de escrita está desativada.
admin-user-blocks = Bloqueios
admin-user-no-blocks = Nenhum bloqueio de momento.
admin-user-reset-blocked = Reposições de palavra-passe bloqueadas até { $until } (demasiados códigos ou respostas errados)
admin-user-sends-blocked = Códigos bloqueados até { $until } (demasiados enviados)
admin-user-signin-locked = Início de sessão bloqueado até { $until } (demasiadas palavras-passe erradas)
admin-user-clear = Remover bloqueios
admin-user-cleared = Os bloqueios foram removidos.
admin-user-contact = Informações de contacto
admin-user-alternate-email = E-mail alternativo
admin-user-mobile = Telemóvel
admin-user-office = Telefone do escritório
admin-user-contact-hint = Números de telefone no formato +<indicativo do país> <número>. Deixe um campo vazio para o limpar.
admin-user-contact-save = Guardar informações de contacto
admin-user-contact-saved = As informações de contacto foram guardadas.
admin-user-protected = Este utilizador é um administrador fora do âmbito das suas funções: só um administrador global pode alterar as informações de contacto ou os bloqueios dele.

# Issue 12: o código de recuperação do suporte técnico e os avisos sobre o que um administrador alterou.
admin-recovery-heading = Código de recuperação
admin-recovery-intro = Para um utilizador que perdeu todos os métodos: um código de utilização única, válido durante 8 horas, que lhe permite iniciar sessão uma vez para registar novos métodos. Entregue-o pessoalmente ou numa chamada feita por si; o utilizador é avisado nos respetivos endereços de e-mail.
admin-recovery-issue = Emitir um código de recuperação
admin-recovery-issued = Foi emitido um código de recuperação. É mostrado apenas uma vez.
admin-recovery-code-is = O código de recuperação:
admin-recovery-until = O código de recuperação é válido até { $until }.
admin-recovery-hand-over = Leia-o ao utilizador apenas quando tiver a certeza de quem ele é. Não volta a ser mostrado.
admin-recovery-done = Concluído, ocultar o código
recovery-link = Recebeu um código de recuperação do suporte técnico?
recovery-title = Iniciar sessão com um código de recuperação
recovery-intro = Se perdeu todos os métodos, o suporte técnico pode dar-lhe um código de recuperação de utilização única. Inicie sessão com ele e, em seguida, registe novos métodos na página de informações de segurança.
recovery-code-label = Código de recuperação
recovery-code-hint = 16 letras e algarismos, como ABCD-EFGH-JKMN-PQRS.
recovery-wrong = O seu ID de utilizador ou código de recuperação está incorreto, ou o código já foi utilizado ou expirou.
recovery-back = Em vez disso, iniciar sessão com a palavra-passe
msg-recovery-issued-subject = Foi emitido um código de recuperação para a sua conta
msg-recovery-issued-body = Um administrador emitiu um código de recuperação de utilização única para { $user }. Se não pediu um ao suporte técnico, contacte já o seu administrador.
msg-recovery-used-subject = Alguém iniciou sessão com um código de recuperação
msg-recovery-used-body = Foi iniciada sessão como { $user } com um código de recuperação para registar novas informações de segurança. Se não reconhece esta ação, contacte já o seu administrador.
msg-contact-changed-subject = As suas informações de contacto foram alteradas
msg-contact-changed-body = Um administrador alterou as informações de contacto de { $user } (um endereço de e-mail ou número de telefone utilizado para repor a palavra-passe). Se não esperava esta alteração, contacte já o seu administrador.

# Issue 12: a pesquisa no registo de auditoria da consola (A1, W2).
admin-audit-title = Registo de auditoria
admin-audit-link = Pesquisar no registo de auditoria e transferi-lo
admin-audit-user = ID de utilizador
admin-audit-from = De (YYYY-MM-DD, UTC)
admin-audit-to = Até (YYYY-MM-DD, UTC)
admin-audit-step = Passo
admin-audit-outcome = Resultado
admin-audit-ip = Endereço IP
admin-audit-client = Tipo de cliente
admin-audit-any = Qualquer
admin-audit-search = Pesquisar
admin-audit-bad-date = Introduza uma data no formato YYYY-MM-DD, por exemplo 2026-11-05.
admin-audit-count = { $count ->
    [one] Uma entrada corresponde.
   *[other] { $count } entradas correspondem.
}
admin-audit-capped = Só as entradas mais recentes são listadas e transferidas; restrinja a pesquisa para ver as restantes.
admin-audit-pages = Páginas do resultado
admin-audit-newer = Entradas mais recentes
admin-audit-older = Entradas mais antigas
admin-audit-export-json = Transferir como linhas JSON

# Issue 12: a página de operações da consola.
admin-ops-title = Operações
admin-ops-link = Operações: a base de dados, o diretório e a fila de e-mail neste momento
admin-ops-database = Base de dados
admin-ops-directory = Diretório no local
admin-ops-no-directory = Não configurado
admin-ops-ok = A funcionar
admin-ops-down = Sem resposta
admin-ops-on = Ativado
admin-ops-off = Desativado
admin-ops-directory-error = Última falha do diretório (30 dias)
admin-ops-mail-waiting = Avisos a aguardar envio
admin-ops-mail-oldest = Aviso mais antigo a aguardar desde
admin-ops-mail-sent = Avisos enviados
admin-ops-mail-failed = Avisos abandonados após novas tentativas
admin-ops-hashing = Hashes de palavras-passe a aguardar neste nó
admin-ops-version = Versão
admin-ops-hint = Verificado quando esta página foi aberta, pelo nó que a serviu. As contagens de e-mail são de todo o portal; o /metrics tem o resto.

# Issue 12: o seletor de grupos da P1 e o aviso da M2 aos utilizadores que deixam de poder repor a palavra-passe após uma alteração.
admin-f-groups-other = Outros grupos
admin-f-groups-none = Esta organização ainda não tem grupos no portal: escreva os respetivos nomes.
admin-notify-stranded = Enviar um e-mail aos utilizadores que não poderão repor a palavra-passe após esta alteração, pedindo-lhes que registem mais métodos
msg-register-needed-subject = Registe mais informações de segurança
msg-register-needed-body = A sua organização exige agora mais informações de segurança para que uma palavra-passe possa ser reposta. Até iniciar sessão e adicionar métodos na sua página de informações de segurança, { $user } não poderá repor a palavra-passe sem ligar para o suporte técnico.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Última sincronização do diretório (sspr directory sync)
admin-ops-sync-counts = alterações gravadas: { $changes }; valores recusados: { $refused }; utilizadores sem organização: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = A tradução fica numa linha abaixo da pergunta, como etiqueta de idioma, dois pontos e o texto (como ja-JP: …), e tem de ter entre 1 e 200 carateres.
admin-err-translation-first = Escreva primeiro a pergunta e, em seguida, as traduções nas linhas abaixo dela.
admin-f-question-translations-hint = Para mostrar uma pergunta noutro idioma, adicione uma linha abaixo dela com a etiqueta de idioma, dois pontos e a tradução, como "ja-JP: 事務所の植物の名前は？". Os utilizadores cujo idioma não tem tradução veem a pergunta tal como foi escrita.
admin-f-recovery-code-resets = Um código de recuperação do suporte técnico também pode repor a palavra-passe do utilizador uma vez
admin-key-recovery-code-resets = códigos de recuperação que repõem palavras-passe
recovery-reset-hint = Se a sua organização o permitir, o código pode, em vez disso, repor a sua palavra-passe uma vez.
recovery-reset-button = Repor a minha palavra-passe
recovery-no-reset = A sua organização só permite utilizar um código de recuperação para iniciar sessão. Registe novos métodos aqui; depois poderá repor a palavra-passe com eles.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Reposição iniciada
audit-step-choose = Reposição ou desbloqueio escolhido
audit-step-select = Método escolhido
audit-step-send-code = Código enviado
audit-step-verify = Método verificado
audit-step-unlock = Conta desbloqueada
audit-step-reset = Palavra-passe reposta
audit-step-password = Nova palavra-passe introduzida
audit-step-directory = Repetição de escrita no diretório
audit-step-notify = Notificação
audit-step-admin-request = Pedido aos administradores
audit-step-signin = Início de sessão
audit-step-signin-verify = Segundo passo de início de sessão
audit-step-signout = Fim de sessão
audit-step-interrupt = Pedido de registo ao iniciar sessão
audit-step-reconfirm = Informações de segurança reconfirmadas
audit-step-register = Método registado
audit-step-register-send-code = Código de registo enviado
audit-step-register-pairing = Aplicação de autenticação emparelhada
audit-step-register-verify = Código de registo verificado
audit-step-delete-method = Método eliminado
audit-step-change-password = Palavra-passe alterada
audit-step-delivery = Confirmação de entrega
audit-step-policy-change = Política alterada
audit-step-admin-clear-blocks = Bloqueios removidos por um administrador
audit-step-admin-set-contact = Informações de contacto definidas por um administrador
audit-step-admin-recovery-code = Código de recuperação emitido
audit-step-directory-sync = Sincronização do diretório
audit-outcome-ok = Êxito
audit-outcome-fail = Falha
audit-outcome-blocked = Bloqueado
audit-outcome-error = Erro
audit-outcome-rejected = Recusado
audit-outcome-ineligible = Não elegível
audit-outcome-dismissed = Adiado
audit-client-browser = Navegador
audit-client-sign-in-screen = Ecrã de início de sessão
audit-client-app = Aplicação

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Ativado
admin-value-off = Desativado
admin-value-empty = (vazio)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Última palavra-passe escrita de volta (ou conta desbloqueada) no diretório

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Palavra-passe reposta
done-title-unlock = Conta desbloqueada
admin-f-sign-in-url = Página de início de sessão da sua organização
admin-f-sign-in-url-hint = Para onde leva o botão na última página de uma reposição, como https://login.contoso.com. Deixe vazio para usar a página predefinida deste portal.
policy-err-sign-in-url = Introduza a página de início de sessão como um endereço web que comece por https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Perguntas de segurança predefinidas que os utilizadores podem escolher
admin-key-predefined-questions = perguntas de segurança predefinidas
policy-err-too-few-questions = Disponibilize pelo menos tantas perguntas de segurança (predefinidas e próprias) quantas as que os utilizadores têm de registar.
