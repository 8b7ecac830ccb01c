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

# Issue 12: o console do administrador. Os títulos das folhas seguem as páginas de redefinição de senha do Entra.
account-admin-console = Console do administrador
admin-title = Console do administrador
admin-sign-in = Entre com sua conta de administrador para abrir o console.
admin-not-admin = Este console é para administradores. Sua conta não tem nenhuma função de administrador.
admin-second-step = O console exige uma segunda etapa de entrada. Adicione um telefone ou um aplicativo autenticador às suas informações de segurança e depois saia e entre novamente.
admin-go-setup = Ir para suas informações de segurança
admin-go-account = Voltar para minha conta
admin-back = Voltar para o console
admin-tenant = Organização: { $name }
admin-signed-in-as = Conectado como { $name }, com as funções: { $roles }
admin-policy-heading = Política de redefinição de senha
admin-readonly = Suas funções permitem ajudar usuários, mas não alterar a política de redefinição de senha. Um administrador global ou um administrador de política de autenticação pode alterá-la.
admin-draft-pending = Uma alteração em { $page } está aguardando sua revisão.
admin-draft-open = Abrir a alteração
admin-draft-elsewhere = Uma alteração em { $page } está aguardando revisão. Revisar esta página a substitui.
admin-saved = Salvo como alteração { $id }.
admin-discarded = A alteração foi descartada. Nada foi salvo.
admin-blade-properties = Propriedades
admin-blade-methods = Métodos de autenticação
admin-blade-registration = Registro
admin-blade-notifications = Notificações
admin-blade-customization = Personalização
admin-blade-on-premises = Integração local
admin-blade-administrators = Política de administradores
admin-f-scope = Redefinição de senha por autoatendimento habilitada para
admin-scope-none = Nenhum
admin-scope-selected = Grupos selecionados
admin-scope-all = Todos os usuários
admin-f-groups = Grupos
admin-f-groups-hint = Marque os grupos para os quais a redefinição de senha por autoatendimento está habilitada ou digite outros nomes de grupos, separados por vírgulas. Usado quando Grupos selecionados está escolhido.
admin-f-methods-required = Número de métodos necessários para redefinir
admin-f-methods-required-hint = 1 ou 2.
admin-f-methods = Métodos disponíveis para os usuários
admin-f-questions-to-register = Número de perguntas de segurança necessárias para registrar
admin-f-questions-to-ask = Número de perguntas de segurança necessárias para redefinir
admin-f-custom-questions = Perguntas de segurança próprias da sua organização
admin-f-custom-questions-hint = Uma pergunta por linha, oferecidas junto com as predefinidas.
admin-f-require-registration = Exigir que os usuários se registrem ao entrar
admin-f-reconfirm-days = Número de dias antes que os usuários precisem reconfirmar suas informações de autenticação
admin-f-reconfirm-days-hint = De 0 a 730; com 0, nunca é solicitado.
admin-f-notify-users = Notificar os usuários sobre redefinições de senha
admin-f-notify-admins = Notificar todos os administradores quando outros administradores redefinirem a senha
admin-f-helpdesk = Link do suporte técnico
admin-f-helpdesk-hint = Um endereço de email ou um endereço web que comece com https://. Deixe em branco para não mostrar nenhum.
admin-f-logo = Logotipo
admin-f-logo-hint = Um arquivo neste portal, como /brand/logo.svg. Deixe em branco para mostrar apenas o nome.
admin-f-accent = Cor de destaque
admin-f-accent-hint = Escrita como #rrggbb, escura o suficiente para texto branco.
admin-f-sign-in-domain = Domínio da dica de entrada
admin-f-sign-in-domain-hint = Mostrado no exemplo de ID de usuário, como contoso.com.
admin-f-writeback = Fazer write-back de senhas no seu diretório local
admin-f-allow-unlock = Permitir que os usuários desbloqueiem contas sem redefinir a senha
admin-f-admin-sspr = Permitir que os administradores redefinam a própria senha
admin-f-admin-sspr-hint = Os administradores sempre precisam de dois métodos: um email ou telefone e mais um.
admin-review-button = Revisar alteração
admin-errors-heading = Esta alteração não pode ser salva:
admin-live-ok = Esta alteração pode ser salva.
admin-err-number = Insira um número inteiro.
admin-err-helpdesk = Insira um endereço de email ou um endereço web que comece com https://.
admin-err-forbidden = Suas funções não permitem alterar a política de redefinição de senha.
admin-err-no-draft = Não há nenhuma alteração aguardando revisão.
admin-err-no-change = Essa alteração não está no histórico.
admin-err-refused = Esta alteração viola uma regra da política. Edite-a e revise-a novamente.
admin-review-title = Revisar a alteração
admin-review-page = Página: { $page }
admin-changes = Ela altera: { $keys }
admin-no-change = Isso não altera nada.
admin-impact-heading = Quem pode redefinir a senha
admin-impact-summary = { $before } de { $users } usuários podem redefinir a senha agora; { $after } poderiam depois desta alteração.
admin-stranded-none = Ninguém perde a capacidade de redefinir a senha.
admin-stranded = { $count ->
    [one] { $count } usuário podia redefinir a senha antes e não pode depois:
   *[other] { $count } usuários podiam redefinir a senha antes e não podem depois:
}
admin-stranded-hint = Peça que eles registrem mais métodos na página de informações de segurança antes de você salvar; caso contrário, eles terão que ligar para o suporte técnico.
admin-gained = { $count ->
    [one] { $count } usuário não podia redefinir a senha antes e pode depois:
   *[other] { $count } usuários não podiam redefinir a senha antes e podem depois:
}
admin-export-csv = Baixar a lista (CSV)
admin-save = Salvar
admin-discard = Descartar
admin-edit-again = Editar novamente
admin-history-title = Histórico de alterações
admin-history-empty = Nenhuma alteração foi salva ainda.
admin-history-change = Alteração
admin-history-when = Quando
admin-history-who = Administrador
admin-history-what = Configurações alteradas
admin-revert = Reverter
admin-revert-label = Reverter a alteração { $id }
admin-reverts = reverte a alteração { $id }
admin-reverted = A alteração { $id } foi revertida. As configurações que ela substituiu foram restauradas.
admin-key-scope = quem pode redefinir
admin-key-admin-sspr = redefinição por administradores
admin-key-methods-required = métodos necessários
admin-key-methods = métodos disponíveis
admin-key-questions-to-register = perguntas para registro
admin-key-questions-to-ask = perguntas para redefinição
admin-key-custom-questions = perguntas de segurança próprias
admin-key-require-registration = registro obrigatório
admin-key-reconfirm-days = dias para reconfirmação
admin-key-notify-users = notificações aos usuários
admin-key-notify-admins = notificações aos administradores
admin-key-helpdesk = link do suporte técnico
admin-key-branding = identidade visual
admin-key-writeback = write-back de senha
admin-key-allow-unlock = desbloqueio de conta
admin-key-password = regras de senha
admin-key-phone-countries = países de telefone
admin-key-sms-sender = remetente de SMS

# Issue 12: os relatórios do console (A2).
admin-reports-title = Relatórios
admin-reports-link = Registros, redefinições, falhas e quem não pode redefinir
admin-reports-period = Os últimos { $days } dias, a partir de { $since } (UTC).
admin-reports-chart = Gráfico da tabela abaixo
admin-reports-by-day = Registros, redefinições e desbloqueios por dia
admin-col-day = Dia
admin-col-registrations = Registros
admin-col-resets = Redefinições
admin-col-unlocks = Desbloqueios
admin-col-user = Usuário
admin-reports-funnel = Até onde chegaram as tentativas de redefinição
admin-reports-funnel-hint = Cada tentativa começa com um ID de usuário. Onde os números caem é onde os usuários desistem.
admin-col-step = Etapa
admin-col-attempts = Tentativas
admin-funnel-started = Iniciadas
admin-funnel-eligible = Com permissão para redefinir
admin-funnel-verified-one = Verificaram um método
admin-funnel-verified-two = Verificaram um segundo método
admin-funnel-password-set = Nova senha definida ou conta desbloqueada
admin-reports-failures = Falhas por motivo
admin-col-reason = Motivo
admin-col-count = Quantidade
admin-reports-none = Nada neste período.
admin-reports-methods = Métodos usados para redefinir ou desbloquear
admin-col-method = Método
admin-reports-cannot = Quem não pode redefinir
admin-reports-can = { $can } de { $users } usuários podem redefinir a senha agora.
admin-reports-short = { $count ->
    [one] { $count } usuário não pode redefinir a senha por falta de métodos:
   *[other] { $count } usuários não podem redefinir a senha por falta de métodos:
}
# Issue 12: a página de usuários do console (D1, D3).
admin-users-title = Usuários
admin-users-link = Consultar um usuário: métodos, bloqueios e informações de contato
admin-users-lookup-label = ID de usuário
admin-users-lookup = Consultar
admin-err-no-user = Nenhum usuário com esse ID na sua organização.
admin-err-protected = Este usuário é um administrador fora do alcance das suas funções. Peça a um administrador global.
admin-err-contact = Insira um endereço de email diferente do próprio endereço do usuário e números de telefone no formato +<código do país> <número>.
admin-user-status = Conta
admin-user-enabled = Habilitada
admin-user-disabled = Desabilitada
admin-user-locked = bloqueada no diretório
admin-user-password = Senha
admin-user-cloud = Mantida por este portal
admin-user-onprem = Mantida pelo diretório local
admin-user-groups = Grupos
admin-user-roles = Funções de administrador
admin-user-none = Nenhum
admin-user-methods = Métodos registrados
admin-user-reset = Redefinição de senha por autoatendimento
admin-user-can-reset = Pode redefinir a senha agora.
admin-user-cannot-reset = Não pode redefinir agora:
admin-reason-consumer = uma conta pessoal, que este portal não atende.
admin-reason-unavailable = a conta está desabilitada.
admin-reason-not-enabled = a redefinição de senha por autoatendimento não está habilitada para os grupos do usuário.
admin-reason-not-registered = não há métodos registrados suficientes para a política.
admin-reason-admin-not-registered = um administrador precisa de dois métodos e tem menos.
admin-reason-writeback-off = a senha é mantida no diretório local e o write-back está desativado.
admin-user-blocks = Bloqueios
admin-user-no-blocks = Nenhum bloqueio no momento.
admin-user-reset-blocked = Redefinições de senha bloqueadas até { $until } (muitos códigos ou respostas errados)
admin-user-sends-blocked = Códigos bloqueados até { $until } (muitos enviados)
admin-user-signin-locked = Entrada bloqueada até { $until } (muitas senhas erradas)
admin-user-clear = Remover bloqueios
admin-user-cleared = Os bloqueios foram removidos.
admin-user-contact = Informações de contato
admin-user-alternate-email = Email alternativo
admin-user-mobile = Celular
admin-user-office = Telefone comercial
admin-user-contact-hint = Números de telefone no formato +<código do país> <número>. Deixe um campo em branco para limpá-lo.
admin-user-contact-save = Salvar informações de contato
admin-user-contact-saved = As informações de contato foram salvas.
admin-user-protected = Este usuário é um administrador fora do alcance das suas funções: só um administrador global pode alterar as informações de contato ou os bloqueios dele.

# Issue 12: o código de recuperação do suporte técnico e os avisos sobre o que um administrador alterou.
admin-recovery-heading = Código de recuperação
admin-recovery-intro = Para um usuário que perdeu todos os métodos: um código de uso único, válido por 8 horas, que permite entrar uma vez para registrar novos métodos. Entregue-o pessoalmente ou em uma ligação feita por você; o usuário é avisado nos endereços de email dele.
admin-recovery-issue = Emitir um código de recuperação
admin-recovery-issued = Um código de recuperação foi emitido. Ele é mostrado uma única vez.
admin-recovery-code-is = O código de recuperação:
admin-recovery-until = O código de recuperação é válido até { $until }.
admin-recovery-hand-over = Leia-o para o usuário somente quando tiver certeza de quem ele é. Ele não será mostrado novamente.
admin-recovery-done = Concluído, ocultar o código
recovery-link = Recebeu um código de recuperação do suporte técnico?
recovery-title = Entrar com um código de recuperação
recovery-intro = Se você perdeu todos os métodos, o suporte técnico pode fornecer um código de recuperação de uso único. Entre com ele e depois registre novos métodos na página de informações de segurança.
recovery-code-label = Código de recuperação
recovery-code-hint = 16 letras e dígitos, como ABCD-EFGH-JKMN-PQRS.
recovery-wrong = Seu ID de usuário ou código de recuperação está incorreto, ou o código já foi usado ou expirou.
recovery-back = Em vez disso, entrar com sua senha
msg-recovery-issued-subject = Um código de recuperação foi emitido para sua conta
msg-recovery-issued-body = Um administrador emitiu um código de recuperação de uso único para { $user }. Se você não pediu um ao suporte técnico, contate seu administrador agora.
msg-recovery-used-subject = Alguém entrou com um código de recuperação
msg-recovery-used-body = { $user } entrou com um código de recuperação para registrar novas informações de segurança. Se não foi você, contate seu administrador agora.
msg-contact-changed-subject = Suas informações de contato foram alteradas
msg-contact-changed-body = Um administrador alterou as informações de contato de { $user } (um endereço de email ou número de telefone usado para redefinir a senha). Se você não esperava por isso, contate seu administrador agora.

# Issue 12: a pesquisa no log de auditoria do console (A1, W2).
admin-audit-title = Log de auditoria
admin-audit-link = Pesquisar no log de auditoria e baixá-lo
admin-audit-user = ID de usuário
admin-audit-from = De (YYYY-MM-DD, UTC)
admin-audit-to = Até (YYYY-MM-DD, UTC)
admin-audit-step = Etapa
admin-audit-outcome = Resultado
admin-audit-ip = Endereço IP
admin-audit-client = Tipo de cliente
admin-audit-any = Qualquer
admin-audit-search = Pesquisar
admin-audit-bad-date = Insira uma data no formato YYYY-MM-DD, como 2026-11-05.
admin-audit-count = { $count ->
    [one] { $count } entrada corresponde.
   *[other] { $count } entradas correspondem.
}
admin-audit-capped = Somente as entradas mais recentes são listadas e baixadas; refine a pesquisa para ver o restante.
admin-audit-pages = Páginas do resultado
admin-audit-newer = Entradas mais recentes
admin-audit-older = Entradas mais antigas
admin-audit-export-json = Baixar como linhas JSON

# Issue 12: a página de operações do console.
admin-ops-title = Operações
admin-ops-link = Operações: o banco de dados, o diretório e a fila de email agora
admin-ops-database = Banco de dados
admin-ops-directory = Diretório local
admin-ops-no-directory = Não configurado
admin-ops-ok = Funcionando
admin-ops-down = Sem resposta
admin-ops-on = Ativado
admin-ops-off = Desativado
admin-ops-directory-error = Última falha do diretório (30 dias)
admin-ops-mail-waiting = Avisos aguardando envio
admin-ops-mail-oldest = Aviso mais antigo aguardando desde
admin-ops-mail-sent = Avisos enviados
admin-ops-mail-failed = Avisos abandonados após novas tentativas
admin-ops-hashing = Hashes de senha aguardando neste nó
admin-ops-version = Versão
admin-ops-hint = Verificado quando esta página foi aberta, pelo nó que a forneceu. As contagens de email são do portal inteiro; o /metrics tem o restante.

# Issue 12: o seletor de grupos da P1 e o aviso da M2 aos usuários que deixam de poder redefinir a senha após uma alteração.
admin-f-groups-other = Outros grupos
admin-f-groups-none = Esta organização ainda não tem grupos no portal: digite os nomes deles.
admin-notify-stranded = Enviar um email aos usuários que não poderão redefinir a senha após esta alteração, pedindo que registrem mais métodos
msg-register-needed-subject = Registre mais informações de segurança
msg-register-needed-body = Sua organização agora exige mais informações de segurança para que uma senha possa ser redefinida. Até você entrar e adicionar métodos na sua página de informações de segurança, { $user } não poderá redefinir a senha sem ligar para o suporte técnico.

# Issue 12: the operations page's last directory sync.
admin-ops-directory-sync = Última sincronização do diretório (sspr directory sync)
admin-ops-sync-counts = alterações gravadas: { $changes }; valores recusados: { $refused }; usuários sem organização: { $unknown }

# Issue 12: the policy's own questions in other languages, and a recovery code that resets.
policy-err-question-translation = A tradução fica em uma linha abaixo da pergunta, como uma tag de idioma, dois-pontos e o texto (como ja-JP: …), e deve ter de 1 a 200 caracteres.
admin-err-translation-first = Escreva primeiro a pergunta e depois as traduções nas linhas abaixo dela.
admin-f-question-translations-hint = Para mostrar uma pergunta em outro idioma, adicione uma linha abaixo dela com a tag de idioma, dois-pontos e a tradução, como "ja-JP: 事務所の植物の名前は？". Os usuários cujo idioma não tem tradução veem a pergunta como foi escrita.
admin-f-recovery-code-resets = Um código de recuperação do suporte técnico também pode redefinir a senha do usuário uma vez
admin-key-recovery-code-resets = códigos de recuperação que redefinem senhas
recovery-reset-hint = Se sua organização permitir, o código pode, em vez disso, redefinir sua senha uma vez.
recovery-reset-button = Redefinir minha senha
recovery-no-reset = Sua organização permite usar um código de recuperação apenas para entrar. Registre novos métodos aqui; depois você poderá redefinir sua senha com eles.
# Issue 12: the audit search's steps, outcomes and client types.
audit-step-start = Redefinição iniciada
audit-step-choose = Redefinição ou desbloqueio escolhido
audit-step-select = Método escolhido
audit-step-send-code = Código enviado
audit-step-verify = Método verificado
audit-step-unlock = Conta desbloqueada
audit-step-reset = Senha redefinida
audit-step-password = Nova senha inserida
audit-step-directory = Write-back no diretório
audit-step-notify = Notificação
audit-step-admin-request = Solicitação aos administradores
audit-step-signin = Entrada
audit-step-signin-verify = Segunda etapa de entrada
audit-step-signout = Saída
audit-step-interrupt = Solicitação de registro ao entrar
audit-step-reconfirm = Informações de segurança reconfirmadas
audit-step-register = Método registrado
audit-step-register-send-code = Código de registro enviado
audit-step-register-pairing = Aplicativo autenticador emparelhado
audit-step-register-verify = Código de registro verificado
audit-step-delete-method = Método excluído
audit-step-change-password = Senha alterada
audit-step-delivery = Confirmação de entrega
audit-step-policy-change = Política alterada
audit-step-admin-clear-blocks = Bloqueios removidos por um administrador
audit-step-admin-set-contact = Informações de contato definidas por um administrador
audit-step-admin-recovery-code = Código de recuperação emitido
audit-step-directory-sync = Sincronização do diretório
audit-outcome-ok = Êxito
audit-outcome-fail = Falha
audit-outcome-blocked = Bloqueado
audit-outcome-error = Erro
audit-outcome-rejected = Recusado
audit-outcome-ineligible = Não qualificado
audit-outcome-dismissed = Adiado
audit-client-browser = Navegador
audit-client-sign-in-screen = Tela de entrada
audit-client-app = Aplicativo

# Issue 12: the change history's old and new value of each setting a change altered.
admin-history-difference = { $setting }: { $old } → { $new }
admin-value-on = Ativado
admin-value-off = Desativado
admin-value-empty = (vazio)

# Issue 12: the operations page's last password written back to the directory.
admin-ops-directory-writeback = Último write-back de senha (ou desbloqueio de conta) no diretório

# Issue 11: the done page's own title, and the organization's sign-in page its button leads to.
done-title-reset = Senha redefinida
done-title-unlock = Conta desbloqueada
admin-f-sign-in-url = Página de entrada da sua organização
admin-f-sign-in-url-hint = Para onde leva o botão na última página de uma redefinição, como https://login.contoso.com. Deixe em branco para usar a página padrão deste portal.
policy-err-sign-in-url = Insira a página de entrada como um endereço web que comece com https://.

# Issue 12 (P4): which predefined security questions users may choose.
admin-f-predefined-questions = Perguntas de segurança predefinidas que os usuários podem escolher
admin-key-predefined-questions = perguntas de segurança predefinidas
policy-err-too-few-questions = Ofereça pelo menos tantas perguntas de segurança (predefinidas e próprias) quantas os usuários devem registrar.
