# sspr, pt-BR. Every key here must exist in every locale (tested) and be used in code (tested).

## Shell e itens comuns
app-name = Redefinição de senha por autoatendimento
reset-title = Recupere o acesso à sua conta
skip-to-content = Pular para o conteúdo principal
lang-switch-label = Idioma
next = Avançar
back-to-start = Recomeçar
retry = Tentar novamente
something-wrong = Algo deu errado. Tente novamente mais tarde.
not-found = Esta página não existe.
working = Processando…

## Entrada (E2)
entry-intro = Para recuperar sua conta, comece inserindo seu ID de usuário e a resposta à pergunta abaixo.
userid-label = ID de usuário
userid-hint = Exemplo: { $example }
captcha-legend = Prove que você não é um robô
captcha-nojs = Seu navegador é verificado por alguns segundos ({ $seconds } ou mais) depois que você seleciona Avançar. Você não precisa fazer mais nada.
captcha-working = Verificando seu navegador…
captcha-done = Pronto. Você pode continuar.

## Contate seu administrador (E3, E5, P9, K1)
contact-title = Contate seu administrador
contact-reason-consumer = Contas pessoais não podem usar este portal. Use as opções de recuperação do seu provedor de email.
contact-reason-unavailable = Não é possível redefinir esta conta aqui. Ela pode não existir ou estar desabilitada.
contact-reason-not-enabled = A redefinição de senha por autoatendimento não está habilitada para esta conta.
contact-reason-not-registered = Esta conta não tem informações de segurança registradas suficientes para redefinir a senha.
contact-reason-admin-not-registered = Contas de administrador precisam de dois métodos registrados (email, celular, telefone comercial ou aplicativo autenticador) para redefinir a senha.
contact-reason-writeback-off = A senha desta conta é gerenciada localmente e não pode ser redefinida aqui.
contact-also-intro = Isso também pode acontecer quando:
contact-also-consumer = a conta é uma conta pessoal de um provedor de email para consumidores
contact-also-unavailable = o ID de usuário foi digitado incorretamente ou a conta não existe ou está desabilitada
contact-also-not-enabled = a redefinição de senha por autoatendimento não está habilitada para a conta
contact-also-not-registered = a conta não tem informações de segurança registradas suficientes (se você consegue entrar, a página de informações de segurança mostra o que está faltando)
contact-also-admin-not-registered = uma conta de administrador não tem dois métodos registrados
contact-also-writeback-off = a senha é gerenciada pelo próprio diretório da sua organização
contact-helpdesk-link = Contate o suporte técnico
contact-helpdesk-email = Envie um email para o suporte técnico: { $email }
contact-no-helpdesk = Peça ajuda ao administrador da sua organização.
contact-request-button = Pedir aos meus administradores que redefinam minha senha
contact-request-sent = Sua solicitação foi enviada aos seus administradores.

## Escolha do problema
choose-title = Por que você está com problemas para entrar?
choose-forgot = Esqueci minha senha
choose-forgot-hint = Não se preocupe, vamos ajudar você a redefini-la usando as informações de segurança que você registrou.
choose-unlock = Sei minha senha, mas ainda não consigo entrar
choose-unlock-hint = Isso pode acontecer se você tentou entrar com uma senha incorreta muitas vezes.

## Verificação (V1..V6)
verify-title = Verifique sua identidade
verify-step = Etapa de verificação { $current } de { $required }
verify-pick = Escolha o método de contato que devemos usar para a verificação:
verify-passed = Verificado
option-email = Enviar email para meu endereço alternativo { $masked }
option-sms = Enviar SMS para meu celular { $masked }
option-voice = Ligar para meu celular { $masked }
option-office = Ligar para meu telefone comercial { $masked }
option-app = Inserir um código do meu aplicativo autenticador
option-software_oath = Inserir um código do meu token de software
option-hardware_oath = Inserir um código do meu token de hardware
option-questions = Responder às minhas perguntas de segurança
pending-email = Enviamos um email com um código de verificação para { $masked }.
pending-sms = Enviamos um SMS com um código de verificação para { $masked }.
pending-voice = Estamos ligando para { $masked }. Ouça o código de verificação.
pending-totp = Insira o código exibido no seu aplicativo ou token.
code-label = Código de verificação
questions-legend = Responda às suas perguntas de segurança
verify-button = Verificar

## Nova senha (N1, N2)
password-title = Escolha uma nova senha
password-label = Nova senha
confirm-label = Confirmar nova senha
password-rules = Sua senha deve:
pw-rule-length = ter pelo menos { $min } caracteres
pw-rule-max-length = ter no máximo { $max } caracteres
pw-rule-classes = conter três destes tipos: letras minúsculas, letras maiúsculas, números, símbolos
pw-rule-banned = não ser uma senha comum ou proibida
pw-rule-name = não conter seu nome
pw-rule-match = ser igual à confirmação
pw-rule-classes-ad = conter três destes tipos: letras minúsculas, letras maiúsculas, números, símbolos, letras sem maiúsculas e minúsculas (como kana)
pw-rule-name-ad = não conter o nome da sua conta nem qualquer parte do seu nome com 3 ou mais caracteres
pw-dir-heading = Ao enviar, o diretório da sua organização também verifica se ela:
pw-dir-history = { $n ->
    [one] não é sua senha atual
   *[other] não é nenhuma das suas últimas { $n } senhas
}
pw-dir-min-age = { $n ->
    [one] está sendo definida pelo menos um dia após sua última alteração de senha
   *[other] está sendo definida pelo menos { $n } dias após sua última alteração de senha
}
pw-dir-module = atende às demais regras de qualidade da sua organização
pw-rule-ok = atendido
pw-rule-not-ok = não atendido
finish = Concluir

## Concluído
done-reset = Sua senha foi redefinida.
done-unlock = Sua conta foi desbloqueada.
done-sign-in = Entrar com sua conta

## Erros (fluxos)
err-no-flow = Sua sessão expirou. Comece novamente.
err-captcha = A verificação de que você não é um robô expirou ou já foi usada. Tente novamente.
err-wrong-step = Essa etapa não está mais disponível. Continue a partir daqui.
err-unknown-option = Escolha um dos métodos listados.
err-code-wrong = Esse código não funcionou. Verifique-o e tente novamente.
err-code-expired = Esse código expirou. Envie um novo.
err-code-used = Esse código já foi usado. Continue a partir daqui.
err-blocked = Você tentou muitas vezes. Tente novamente após { $until }.
err-email-limit = Enviamos códigos demais. Tente novamente após { $until } ou use outro método.
err-answers-wrong = Uma ou mais respostas estavam erradas. Aqui está um novo conjunto de perguntas.
err-password = A senha não atende aos requisitos abaixo.
err-delivery = Não foi possível enviar a mensagem agora. Tente novamente mais tarde ou use outro método.
err-admin-request-limit = Você já enviou várias solicitações. Seus administradores entrarão em contato com você.
err-internal = Algo deu errado. Tente novamente mais tarde.
userid-err-empty = Insira seu ID de usuário.
userid-err-shape = Insira seu ID de usuário no formato nome@domínio, por exemplo { $example }.
userid-err-too-long = Esse ID de usuário é muito longo.

## Mensagens (email, SMS, voz)
msg-code-subject = Código de verificação da conta de { $org }
msg-code-email = Use o seguinte código para verificar sua conta: { $code }. Ele expira em { $minutes } minutos. Se você não o solicitou, ignore este email.
msg-code-sms = Código para redefinir a senha de { $org }: { $code }
msg-code-voice = Seu código de verificação é { $code }. Repetindo, seu código é { $code }.
msg-reset-subject = Sua senha foi redefinida
msg-reset-body = A senha de { $user } acabou de ser redefinida pela redefinição de senha por autoatendimento. Se não foi você, contate seu administrador agora.
msg-method-added-subject = Informações de segurança adicionadas à sua conta
msg-method-added-body = O método { $method } foi adicionado às informações de segurança de { $user }. Se não foi você, entre, remova-o, altere sua senha e contate seu administrador.
msg-method-removed-subject = Informações de segurança removidas da sua conta
msg-method-removed-body = O método { $method } foi removido das informações de segurança de { $user }. Se não foi você, entre, verifique suas informações de segurança, altere sua senha e contate seu administrador.
msg-admin-reset-subject = Um administrador redefiniu a própria senha
msg-admin-reset-body = O administrador { $user } redefiniu a própria senha pela redefinição de senha por autoatendimento.
msg-admin-request-subject = Solicitação de redefinição de senha
msg-admin-request-body = { $user } não consegue redefinir a senha por autoatendimento e pede ajuda a um administrador.

## Caixa de saída de desenvolvimento (somente modo de demonstração)
outbox-title = Caixa de saída (demonstração)
outbox-intro = Modo de demonstração: as mensagens enviadas pelo portal são gravadas aqui em vez de serem entregues. As mais recentes primeiro.
outbox-empty = Ainda não há mensagens.
outbox-to = Para
demo-outbox-link = Modo de demonstração: leia a mensagem na caixa de saída (abre em uma nova guia)
outbox-channel = Canal

## Recusas de política (P12, usadas pelas ferramentas de administrador)
policy-err-scope-without-groups = Escolha pelo menos um grupo para o escopo de grupos selecionados.
policy-err-methods-required = O número de métodos necessários deve ser 1 ou 2.
policy-err-too-few-methods = Habilite pelo menos tantos métodos quanto os necessários.
policy-err-office-phone-paid = O telefone comercial está disponível apenas para locatários pagos.
policy-err-questions-register = Os usuários devem registrar entre 3 e 5 perguntas de segurança.
policy-err-questions-ask = Devem ser feitas entre 3 e 5 perguntas de segurança.
policy-err-questions-ask-exceeds = Não é possível fazer mais perguntas do que os usuários registram.
policy-err-reconfirm-days = A reconfirmação deve ser entre 0 e 730 dias.
policy-err-app-needs-more = Quando o aplicativo móvel estiver habilitado, habilite outros métodos suficientes além dele.
policy-err-app-notification-alone = Com um método necessário, a notificação do aplicativo sozinha não conta.
policy-err-password-length = O comprimento da senha deve ser entre 8 e 256 caracteres.
policy-err-banned-terms = No máximo 1000 termos proibidos personalizados.
policy-err-sms-sender = O remetente do SMS deve ser um nome de até 11 letras e números ou um número de telefone como +15017122661.
phone-err-country-code = Comece o número com + e o código do país.
phone-err-characters = Use apenas números, espaços e hifens.
phone-err-length = Esse número é muito curto ou muito longo.
policy-err-custom-question = As perguntas de segurança personalizadas devem ter de 1 a 200 caracteres e ser todas diferentes.
policy-err-brand-accent = A cor da marca deve ser escrita como #rrggbb e ser escura o suficiente para texto branco (contraste de pelo menos 4,5:1).
policy-err-brand-logo = O logotipo deve ser um arquivo neste portal (como /brand/logo.svg) ou uma imagem incorporada.
policy-err-sign-in-domain = O domínio de entrada deve ser um nome de domínio, como contoso.com.

## Entrada e minha conta (G1, N4)
entry-signin-link = Entre para gerenciar suas informações de segurança
signin-title = Entrar
signin-intro = Entre para ver e atualizar suas informações de segurança ou alterar sua senha.
signin-password-label = Senha
signin-button = Entrar
signin-cant-access = Não consegue acessar sua conta?
signin-signed-out = Você saiu.
signout-button = Sair
account-title = Minha conta
account-signed-in-as = Conectado como { $name } ({ $upn })
account-reset-attempts = Alguém tentou redefinir sua senha e não passou na verificação { $count ->
    [one] uma vez
   *[other] { $count } vezes
}; a última vez foi em { $when }. Se não foi você, sua senha não foi alterada; verifique se as informações de segurança são suas e avise seu administrador.
account-cannot-reset = Você ainda não pode redefinir sua senha por conta própria.
account-security-info = Informações de segurança
account-change-password = Alterar senha
err-no-session = Você não entrou ou sua sessão terminou. Entre novamente.
err-credentials = Seu ID de usuário ou senha está incorreto.
err-locked-out = Sua conta está temporariamente bloqueada para impedir o uso não autorizado. Tente novamente após { $until }.
err-account-locked = Sua conta está bloqueada. Use “Não consegue acessar sua conta?” para desbloqueá-la.
err-not-allowed = Esse método não pode ser usado na sua conta.
err-current-password = Sua senha atual está incorreta.
err-on-premises = Sua senha é gerenciada pelo diretório da sua organização. Altere-a lá.
err-too-many = Houve tentativas demais a partir da sua rede. Tente novamente após { $until }.
err-resend-wait = Acabamos de enviar um código por este meio. Aguarde até { $until } antes de pedir outro ou use outro método.
err-messages-paused = Não podemos enviar mais códigos agora. Tente novamente após { $until } ou use um método que não precise de mensagem, como um aplicativo autenticador ou perguntas de segurança.
err-phone-country = Sua organização não envia códigos para números de telefone deste país. Use outro número ou método.
err-busy = O serviço está ocupado no momento. Aguarde um pouco e tente novamente.
cancel = Cancelar
save = Salvar

## Informações de segurança (G2..G7, C1)
setup-title = Informações de segurança
setup-intro = Estes são os métodos que você usa para provar sua identidade ao redefinir sua senha.
setup-progress-ok = Você pode redefinir sua senha: { $have } de { $required } métodos necessários estão configurados.
setup-progress-short = { $have } de { $required } métodos necessários estão configurados. Adicione mais para poder redefinir sua senha.
setup-methods-heading = Seus métodos
setup-none = Você ainda não configurou nenhum método.
setup-add-heading = Adicionar um método
setup-change = Alterar
setup-change-label = Alterar { $what }
setup-delete = Excluir
setup-delete-label = Excluir { $what }
setup-from-directory = (do diretório da sua organização)
setup-done-added = Seu método foi adicionado.
setup-done-deleted = O método foi excluído.
setup-back = Voltar para informações de segurança
setup-not-available = Este método não está disponível para sua conta.
method-app = Aplicativo autenticador
method-software = Token OATH de software
method-hardware = Token de hardware
method-phone = Telefone
method-office = Telefone comercial
method-email = Email
method-questions = Perguntas de segurança
method-questions-detail = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
add-app = Adicionar um aplicativo autenticador
add-software = Adicionar um token OATH de software
add-hardware = Ativar um token de hardware
add-phone = Adicionar ou alterar seu telefone
add-office = Adicionar ou alterar seu telefone comercial
add-email = Adicionar ou alterar seu email
add-questions = Configurar perguntas de segurança
setup-email-label = Endereço de email
setup-email-hint = Use um endereço diferente do da sua conta corporativa. Enviaremos um código para ele.
setup-phone-label = Número de telefone
setup-office-label = Número do telefone comercial
setup-phone-hint = Inclua + e o código do país, por exemplo +55 11 91234-5678.
setup-phone-channel = Como devemos enviar o código?
setup-phone-sms = Enviar um código por SMS
setup-phone-voice = Ligar para mim
setup-app-intro = Instale um aplicativo autenticador no seu telefone e selecione Avançar para ver o código QR a ser lido.
setup-software-intro = Selecione Avançar para obter o segredo do seu token de software.
setup-app-step-scan = Leia o código QR com seu aplicativo ou insira o segredo abaixo.
setup-app-step-code = Insira o código de 6 dígitos exibido no aplicativo.
setup-app-qr-alt = Código QR para seu aplicativo autenticador
setup-app-secret = Segredo:
setup-hardware-intro = Escolha o número de série impresso no seu token e insira o código que ele exibe.
setup-hardware-serial = Número de série
setup-questions-intro = Escolha { $count } perguntas diferentes e responda a cada uma (de 3 a 40 caracteres, sem respostas iguais).
setup-question-label = Pergunta { $n }
setup-answer-label = Resposta { $n }
setup-err-email-shape = Insira um endereço de email, por exemplo someone@example.com.
setup-err-email-same = Use um endereço diferente do da sua conta corporativa.
setup-err-phone = Esse número de telefone não parece estar correto.
setup-err-questions = Suas perguntas de segurança não foram salvas.
setup-err-questions-count = Responda a todas as perguntas.
setup-err-questions-unknown = Escolha perguntas da lista.
setup-err-questions-duplicate = Escolha uma pergunta diferente em cada caixa.
setup-err-answer-length = As respostas devem ter de 3 a 40 caracteres.
setup-err-answer-duplicate = Dê uma resposta diferente para cada pergunta.
setup-err-too-many-apps = Você já tem o número máximo de aplicativos autenticadores. Exclua um primeiro.
setup-err-token-unknown = Esse token não está atribuído a você ou já está ativo.
protect-title = Ajude-nos a proteger sua conta
protect-intro = Sua organização precisa de mais informações para manter sua conta segura e permitir que você mesmo redefina sua senha.
protect-skip = Ignorar por enquanto
confirm-title = Suas informações de segurança ainda estão corretas?
confirm-intro = Verifique os métodos que você usa para redefinir sua senha. Confirme-os ou edite-os se algo mudou.
confirm-looks-good = Está tudo certo
confirm-edit = Editar suas informações de segurança
confirm-done = Obrigado! Suas informações de segurança foram confirmadas.
change-title = Alterar senha
change-current-label = Senha atual
change-button = Alterar senha
change-done = Sua senha foi alterada.

## Perguntas de segurança (G6, lista predefinida)
sq-first-pet = Qual era o nome do seu primeiro animal de estimação?
sq-birth-city = Em que cidade você nasceu?
sq-first-school = Qual era o nome da sua primeira escola?
sq-childhood-friend = Qual é o primeiro nome do seu melhor amigo de infância?
sq-first-job-city = Em que cidade foi seu primeiro emprego?
sq-grandparent-name = Qual é o primeiro nome do seu avô ou avó mais velho?
sq-first-concert = Qual foi o primeiro show a que você assistiu?
sq-childhood-street = Em que rua você morava quando era criança?
sq-favourite-teacher = Qual era o sobrenome do seu professor favorito?
sq-first-car = Qual era a marca e o modelo do seu primeiro carro?

## Notificações em um dispositivo emparelhado (V4)
option-push = Aprovar uma notificação no meu dispositivo
pending-push = Enviamos uma notificação para seu dispositivo. Abra-a e insira este número:
pending-push-then = Depois, selecione Continuar aqui.
push-continue = Continuar
err-push-pending = A notificação ainda não foi respondida. Responda-a no seu dispositivo e selecione Continuar.
err-push-denied = A notificação foi negada ou o número não correspondeu. Escolha um método para tentar novamente.
method-notification = Notificações no meu dispositivo
add-notification = Adicionar um dispositivo para notificações
setup-device-intro = Use seu telefone como um dispositivo que aprova solicitações: selecione Avançar para obter um código de emparelhamento.
setup-device-step-open = No seu telefone, abra a página do dispositivo:
setup-device-link = abrir a página do dispositivo
setup-device-step-code = Insira este código de emparelhamento lá:
setup-device-then = Quando a página do dispositivo informar que ele está emparelhado, volte aqui.
setup-device-done = Concluído
device-title = Seu dispositivo
device-intro = Esta página aprova solicitações de entrada e de redefinição de senha da sua conta. Adicione-a à tela inicial para tê-la sempre à mão.
device-paired = Este dispositivo está emparelhado. Verifique se há solicitações quando for solicitado a aprovar uma.
device-pair-failed = Esse código de emparelhamento não funcionou. Obtenha um novo nas suas informações de segurança.
device-approved = Aprovado. Você pode voltar para a outra tela.
device-denied = Negado. Nada foi aprovado.
device-no-request = Não há nenhuma solicitação aguardando.
device-request = %org% pede que você confirme sua identidade (%upn%).
device-request-title = Aprovar esta solicitação?
device-pair-code = Código de emparelhamento
device-name = Nome deste dispositivo
device-name-default = Meu telefone
device-pair-button = Emparelhar este dispositivo
device-check = Verificar solicitações
device-number = Número exibido na outra tela
device-approve = Aprovar
device-deny = Negar
device-needs-js = Esta página precisa de JavaScript para guardar sua chave e assinar aprovações.

## Entrada, segunda etapa (G1)
check-title = Verifique sua identidade
check-intro = Sua conta tem informações de segurança, então precisamos de uma segunda verificação antes que você possa vê-las ou alterá-las.

## O diretório local (P10, P11)
err-directory-policy = O diretório da sua organização não aceitou esta senha. Ela pode ter sido usada antes ou violar uma das regras do próprio diretório; tente outra.
err-directory = Não foi possível acessar o diretório da sua organização. Nada foi alterado; tente novamente em alguns instantes.

## Issue 10: envio de formulário com um campo faltando
err-form-incomplete = O formulário chegou incompleto. Preencha todos os campos e tente novamente.

## Issue 11: progresso das etapas, títulos, identidade visual, reenvio, exclusão de um método, horários
progress-label = Progresso
progress-step = Etapa { $current } de { $total }
step-userid = ID de usuário
step-verify = Verificação
step-password = Nova senha
step-done = Concluído
resend-code = Reenviar código
resend-in = Você pode pedir um novo código em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
helpdesk-contact = Precisa de ajuda? Contate o suporte técnico: { $contact }
brand-logo-alt = { $org }
setup-add-method = Adicionar método
setup-delete-title = Excluir este método?
setup-delete-confirm = O método { $what } será removido das suas informações de segurança.
setup-delete-last-warning = Você precisa deste método para redefinir sua senha. Sem ele, você não poderá redefinir sua senha por conta própria até adicionar outro método.
setup-delete-confirm-button = Sim, excluir
setup-app-open-link = Abrir em um aplicativo autenticador neste telefone
setup-app-secret-grouped = Segredo, em grupos de quatro:
# A point in time in the user's time zone. $year (4 digits), $month, $day (2 digits),
# $hour (00-23), $hour12 (1-12), $minute (2 digits), $dayperiod (time-am or time-pm),
# $zone (the time zone's name, such as Europe/Berlin). Order them as the language does.
time-format = { $day }/{ $month }/{ $year } { $hour }:{ $minute } ({ $zone })
time-am = a.m.
time-pm = p.m.
