//! V1..V7: the trouble choice, picking a method and answering it, through the proof
//! engine; N3's unlock when the proofs are enough. Owns the flow's verification steps;
//! refuses to set a password (`finish.rs`).

use super::*;

impl<'a> Flows<'a> {
    /// Trouble choice: reset, or unlock only when P11 allows.
    pub async fn choose(&self, token: &str, mode: Mode) -> Result<(), FlowError> {
        let mut st = self.load(token).await?;
        if st.step != Step::Choose {
            return Err(FlowError::WrongStep);
        }
        st.mode = mode;
        st.step = Step::Verify;
        self.update(token, &st).await?;
        self.audit(
            &st,
            AuditStep::Choose,
            None,
            Outcome::Ok,
            Some(if mode == Mode::Unlock {
                "unlock"
            } else {
                "reset"
            }),
        )
        .await;
        self.start_the_only_method(token, &st).await
    }

    /// Issue 11: when one method is all the user has, it starts itself (its question or
    /// code field shows at once). Only methods that send nothing: a text, call, mail or
    /// notification still waits for the user's own click, so arriving at a page never sends.
    pub(super) async fn start_the_only_method(
        &self,
        token: &str,
        st: &FlowState,
    ) -> Result<(), FlowError> {
        let open: Vec<_> = st
            .options
            .iter()
            .filter(|o| !st.passed.contains(&o.method.kind()))
            .collect();
        if st.step == Step::Verify
            && st.pending.is_none()
            && let [only] = open.as_slice()
            && matches!(only.verifier, Verifier::Totp | Verifier::Questions)
        {
            let id = only.id.clone();
            return self.select(token, &id).await;
        }
        Ok(())
    }

    /// The proof engine for this flow's user, bound to the flow's token.
    pub(super) fn prover<'s>(
        &'s self,
        st: &'s FlowState,
        token: &'s str,
        held: &'s UserLock,
    ) -> Prover<'s> {
        Prover::new(
            self.core,
            Subject {
                upn: &st.upn,
                user_id: st.user_id,
                tenant_id: st.tenant_id.as_deref(),
                ip: st.ip.as_deref(),
                client: st.client.as_str(),
                purpose: Purpose::Reset,
                token,
            },
            held,
        )
    }

    /// V1: pick a method; codes are generated and sent now (V2, V3), TOTP and questions wait
    /// for the user's input, a notification goes to the paired devices (V4).
    pub async fn select(&self, token: &str, option_id: &str) -> Result<(), FlowError> {
        let core = self.core;
        let (mut st, guard) = self.load_locked(token).await?;
        if st.step != Step::Verify {
            return Err(FlowError::WrongStep);
        }
        let opt = st
            .options
            .iter()
            .find(|o| o.id == option_id)
            .cloned()
            .ok_or(FlowError::UnknownOption)?;
        if st.passed.contains(&opt.method.kind()) {
            return Err(FlowError::UnknownOption);
        }
        // Issue 11: a method that sends nothing and is already waiting (it started itself)
        // stays as it is: the same questions, no second audit row.
        if matches!(opt.verifier, Verifier::Totp | Verifier::Questions)
            && st.pending.as_ref().is_some_and(|p| p.option == opt.id)
        {
            return Ok(());
        }
        let prover = self.prover(&st, token, &guard);
        prover.blocked().await?;
        let tenant = match &st.tenant_id {
            Some(id) => core.store.tenant(id).await?,
            None => None,
        };
        let challenge = match opt.verifier {
            Verifier::EmailCode | Verifier::SmsCode | Verifier::VoiceCode => {
                let channel = proof::channel_of(opt.verifier).unwrap_or(Channel::Email);
                let to = opt.target.clone().unwrap_or_default();
                prover
                    .send_code(
                        opt.method,
                        channel,
                        &to,
                        &opt.id,
                        tenant.as_ref(),
                        st.lang(),
                    )
                    .await?
            }
            Verifier::Totp => Challenge::Totp {
                kind: TotpKind::of_method(opt.method).unwrap_or(TotpKind::App),
            },
            Verifier::Push => {
                let org = tenant.map(|t| t.name).unwrap_or_default();
                prover.push(&org).await?
            }
            Verifier::Questions => {
                // The drawn set stays for the flow: choosing the method again must not
                // re-draw until a user can answer every question (V5); only a wrong answer does.
                let questions = match st.drawn.clone() {
                    Some(q) => q,
                    None => self.draw_questions(&st).await?,
                };
                st.drawn = Some(questions.clone());
                Challenge::Questions { questions }
            }
        };
        st.pending = Some(Pending {
            option: opt.id.clone(),
            challenge,
        });
        self.update(token, &st).await?;
        self.audit(&st, AuditStep::Select, Some(opt.method), Outcome::Ok, None)
            .await;
        Ok(())
    }

    /// V5: P4's number of the user's questions, drawn at random.
    pub(super) async fn draw_questions(&self, st: &FlowState) -> Result<Vec<String>, FlowError> {
        let user_id = st.user_id.ok_or(FlowError::WrongStep)?;
        let tenant = self.tenant_of(st).await?;
        let ask = tenant.map(|t| t.policy.questions_to_ask).unwrap_or(3) as usize;
        let mut qs: Vec<String> = self
            .core
            .store
            .security_answers(user_id)
            .await?
            .into_iter()
            .map(|(q, _)| q)
            .collect();
        let mut out = Vec::new();
        while out.len() < ask && !qs.is_empty() {
            let i = self.core.crypto.pick(0..qs.len());
            out.push(qs.swap_remove(i));
        }
        Ok(out)
    }

    pub(super) async fn passed(
        &self,
        token: &str,
        mut st: FlowState,
        method: Method,
    ) -> Result<(), FlowError> {
        st.pending = None;
        st.passed.push(method.kind());
        if st.distinct_passed() >= st.required as usize {
            match st.mode {
                Mode::Reset => st.step = Step::NewPassword,
                Mode::Unlock => {
                    let uid = st.user_id.ok_or(FlowError::WrongStep)?;
                    // N3, P11: an on-premises account is unlocked in the directory first; if
                    // it cannot be reached, nothing is saved and the proof stays unspent.
                    if self.on_premises(&st).await? {
                        let dir = self.directory(&st).await?;
                        if let Err(e) = dir.unlock(&st.upn).await {
                            return Err(self.directory_failed(&st, AuditStep::Unlock, e).await);
                        }
                        self.audit(&st, AuditStep::Directory, None, Outcome::Ok, Some("unlock"))
                            .await;
                    }
                    // N3: unlocked, counters cleared and the flow done, together.
                    st.step = Step::Done;
                    let json = serde_json::to_string(&st).map_err(CoreError::from)?;
                    let mut tx = self.core.store.begin().await?;
                    let mut c = tx.c();
                    c.unlock(uid).await?;
                    for p in [Purpose::Reset, Purpose::SignIn] {
                        c.clear_events(&p.failure_key(&st.upn), VERIFY_FAIL).await?;
                    }
                    c.put_flow(&self.key(token), 0, &json).await?;
                    tx.commit().await?;
                    self.audit(&st, AuditStep::Unlock, None, Outcome::Ok, None)
                        .await;
                    return Ok(());
                }
            }
        }
        self.update(token, &st).await
    }

    /// D2: a directory mobile phone the user has just proven in a reset also becomes their
    /// authentication phone, if they had none (the registration page does the same, G3).
    pub(super) async fn adopt_verified_mobile(
        &self,
        st: &FlowState,
        option: &str,
    ) -> Result<(), FlowError> {
        let Some(target) = st
            .options
            .iter()
            .find(|o| o.id == option)
            .and_then(|o| o.target.clone())
        else {
            return Ok(());
        };
        let store = &self.core.store;
        if let Some(u) = store.user_by_upn(&st.upn).await?
            && u.auth_phone.as_deref().is_none_or(str::is_empty)
            && u.mobile_phone.as_deref() == Some(target.as_str())
        {
            store
                .set_contact(u.id, ContactField::AuthPhone, Some(&target))
                .await?;
        }
        Ok(())
    }

    pub(super) fn option_method(st: &FlowState, id: &str) -> Method {
        st.options
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.method)
            .unwrap_or(Method::Email)
    }

    /// V2..V4, V6: check a one-time code or a TOTP code for the pending method, or whether
    /// the pending notification was approved.
    pub async fn verify_code(&self, token: &str, code: &str) -> Result<(), FlowError> {
        let (mut st, guard) = self.load_locked(token).await?;
        if st.step != Step::Verify {
            return Err(FlowError::NothingPending);
        }
        let pending = st.pending.clone().ok_or(FlowError::NothingPending)?;
        if let Challenge::Questions { .. } = pending.challenge {
            return Err(FlowError::WrongStep);
        }
        let method = Self::option_method(&st, &pending.option);
        let checked = self
            .prover(&st, token, &guard)
            .check(
                method,
                &pending.challenge,
                &pending.option,
                Answer::Code(code),
            )
            .await;
        match checked {
            Ok(()) => {
                if method == Method::MobilePhone {
                    self.adopt_verified_mobile(&st, &pending.option).await?;
                }
                self.passed(token, st, method).await
            }
            // An expired code or notification, or a denied one, is gone: pick again.
            Err(e @ (ProofError::Expired | ProofError::PushDenied)) => {
                st.pending = None;
                self.update(token, &st).await?;
                Err(e.into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// V5: every asked question must be answered right; a wrong answer draws a new set.
    pub async fn verify_answers(&self, token: &str, answers: &[String]) -> Result<(), FlowError> {
        // The answers are hashed before the user's lock is taken (issue 10: no lock across a
        // hash); under it the same challenge must still be pending, and the engine's block
        // and failure count decide as for any proof.
        let before = self.load(token).await?;
        let Some(Pending {
            challenge: Challenge::Questions { questions },
            ..
        }) = before.pending.clone()
        else {
            return Err(FlowError::NothingPending);
        };
        let right = match before.user_id {
            Some(uid) => proof::answers_match(self.core, uid, &questions, answers).await?,
            None => false,
        };
        let (mut st, guard) = self.load_locked(token).await?;
        let Some(pending) = st.pending.clone() else {
            return Err(FlowError::NothingPending);
        };
        if pending.challenge
            != (Challenge::Questions {
                questions: questions.clone(),
            })
        {
            return Err(FlowError::NothingPending);
        }
        let method = Self::option_method(&st, &pending.option);
        let checked = self
            .prover(&st, token, &guard)
            .check(
                method,
                &pending.challenge,
                &pending.option,
                Answer::Checked(right),
            )
            .await;
        match checked {
            Ok(()) => self.passed(token, st, method).await,
            Err(ProofError::AnswersWrong) => {
                let questions = self.draw_questions(&st).await?;
                st.drawn = Some(questions.clone());
                st.pending = Some(Pending {
                    option: pending.option,
                    challenge: Challenge::Questions { questions },
                });
                self.update(token, &st).await?;
                Err(FlowError::AnswersWrong)
            }
            Err(e) => Err(e.into()),
        }
    }
}
