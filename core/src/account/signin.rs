//! G1 sign-in with smart lockout, the second step (through the proof engine), sign-out and
//! the interrupt's answers (G2, C1). Owns opening and closing sessions; refuses to register
//! anything (`enrol.rs`).

use super::*;

impl<'a> Accounts<'a> {
    pub(super) fn lockout(&self) -> Lockout {
        let l = &self.core.config.limits;
        Lockout {
            threshold: l.signin_lockout_threshold,
            first_lock_secs: l.signin_lockout_secs,
            max_lock_secs: l.signin_lockout_max_secs,
        }
    }

    /// The password check. Cloud accounts use the local Argon2id hash; accounts whose
    /// password lives on-premises will bind to the directory (issue 4) and fail until then.
    pub(super) async fn password_ok(
        &self,
        user: Option<&UserRecord>,
        password: &str,
    ) -> Result<bool, CoreError> {
        let crypto = &self.core.crypto;
        // The directory's bind for accounts whose password lives on-premises.
        if let (Some(u), Some(dir)) = (user.filter(|u| u.enabled), &self.core.directory)
            && on_premises(u)
        {
            use crate::directory::DirectoryError as D;
            return match dir.check_password(&u.upn, password).await {
                Ok(ok) => Ok(ok),
                Err(D::NoSuchUser) | Err(D::PolicyRefused) => Ok(false),
                Err(D::Unavailable(e)) => Err(CoreError::Directory(e)),
            };
        }
        let hash = match user {
            Some(u) if u.enabled => self.core.store.password_hash(u.id).await?,
            _ => None,
        };
        match hash {
            Some(h) => crypto.verify_secret(password, &h).await,
            None => {
                let dummy = DUMMY_HASH
                    .get_or_try_init(|| crypto.hash_secret("sspr-no-account"))
                    .await?;
                crypto.verify_secret(password, dummy).await?;
                Ok(false)
            }
        }
    }

    pub(super) fn fingerprint(&self, upn: &str, password: &str) -> i64 {
        let m = self
            .core
            .crypto
            .mac(&[b"signin-fp", upn.as_bytes(), password.as_bytes()]);
        i64::from_be_bytes(m[..8].try_into().unwrap_or([0; 8]))
    }

    pub(super) async fn lockout_gate(&self, upn: &str) -> Result<SignInGate, CoreError> {
        let now = self.core.now();
        let l = self.lockout();
        let failures: Vec<Failure> = self
            .core
            .store
            .signin_failures(upn, now - l.max_lock_secs)
            .await?
            .into_iter()
            .map(|(at, fp)| Failure {
                at,
                fingerprint: fp as u64,
            })
            .collect();
        Ok(l.gate(&failures, now))
    }

    /// Smart lockout refused a sign-in: audited once per user and window, answered no
    /// sooner than the failure floor.
    async fn locked_out(
        &self,
        user: Option<&UserRecord>,
        ip: Option<&str>,
        not_before: tokio::time::Instant,
        until: i64,
    ) -> AccountError {
        if let Some(u) = user {
            let what = format!("locked-out:{}", u.upn);
            if crate::quota::first_refusal(self.core, &what)
                .await
                .unwrap_or(true)
            {
                self.audit(
                    u,
                    ip,
                    AuditStep::SignIn,
                    None,
                    Outcome::Blocked,
                    Some("locked-out"),
                )
                .await;
            }
        }
        tokio::time::sleep_until(not_before).await;
        AccountError::LockedOut { until }
    }

    /// A sign-in refused before any account was looked at (a client quota): audited under
    /// the user ID typed.
    async fn audit_upn(&self, upn: &str, ip: Option<&str>, outcome: Outcome, reason: &str) {
        let e = AuditEvent {
            at: self.core.now(),
            tenant_id: None,
            user: Some(upn.to_string()),
            ip: ip.map(String::from),
            client: Some("browser".into()),
            step: AuditStep::SignIn,
            method: None,
            outcome,
            reason: Some(reason.into()),
        };
        if let Err(err) = self.core.audit(&e).await {
            tracing::error!(error = %err, "audit write failed");
        }
    }

    /// G1: user ID and password. Unknown, disabled and wrong all answer `Credentials` after
    /// the same work; failures feed smart lockout whether or not the account exists.
    pub async fn sign_in(&self, req: SignInRequest) -> Result<SignedIn, AccountError> {
        match self.sign_in_as(req, Credential::Password).await? {
            Entry::Session(s) => Ok(s),
            // Only a recovery code asked to reset opens a flow.
            Entry::Reset { .. } => Err(AccountError::Credentials),
        }
    }

    /// [`Self::sign_in`] with `how`'s credential. A helpdesk recovery code (issue 12) is
    /// spent, skips the second step and leads to registering methods, or to a reset when
    /// asked and the policy allows it.
    pub(super) async fn sign_in_as(
        &self,
        req: SignInRequest,
        how: Credential,
    ) -> Result<Entry, AccountError> {
        let recovery = how != Credential::Password;
        let core = self.core;
        let upn =
            userid::normalize(&req.user_id, &core.config.limits).map_err(AccountError::UserId)?;
        let started = tokio::time::Instant::now();
        let floor = std::time::Duration::from_millis(core.config.limits.signin_failure_floor_ms);
        // Issue 10: sign-ins per client address and network, refused at once, before any
        // password work.
        if let Err(refused) =
            crate::quota::take_client(core, crate::quota::Action::SignIn, req.ip.as_deref()).await?
        {
            let what = format!("signin:{}", req.ip.as_deref().unwrap_or("-"));
            if crate::quota::first_refusal(core, &what).await? {
                self.audit_upn(
                    &upn,
                    req.ip.as_deref(),
                    Outcome::Blocked,
                    refused.limit.reason(),
                )
                .await;
            }
            return Err(AccountError::Limited(refused));
        }
        // Issue 10: no room for the password work means "busy" before any other work; it
        // is answered after the same floor as every refused sign-in, so a flood gets its
        // refusals no faster than a wrong password (a timer, not work) and says nothing.
        if !core.crypto.has_room() {
            tokio::time::sleep_until(started + floor).await;
            return Err(AccountError::Internal(CoreError::Busy));
        }
        if let Some(prev) = &req.previous {
            core.store.delete_session(&self.key(prev)).await?;
        }
        let user = core.store.user_by_upn(&upn).await?;
        // Issue 10: no lock is held across the password hash or the failure delay, so junk
        // sign-ins cannot stall other users' requests. The lockout is read before the hash
        // and again under the lock, with the result written there: an attempt that raced
        // past the first read is still refused once the account is locked.
        if let SignInGate::Locked { until } = self.lockout_gate(&upn).await? {
            return Err(self
                .locked_out(user.as_ref(), req.ip.as_deref(), started + floor, until)
                .await);
        }
        let checked = if recovery {
            self.recovery_ok(user.as_ref(), &req.password).await
        } else {
            self.password_ok(user.as_ref(), &req.password).await
        };
        let ok = match checked {
            Ok(ok) => ok,
            Err(CoreError::Busy) => {
                tokio::time::sleep_until(started + floor).await;
                return Err(AccountError::Internal(CoreError::Busy));
            }
            Err(e) => return Err(e.into()),
        };
        let guard = core.store.lock_user(&upn).await?;
        if let SignInGate::Locked { until } = self.lockout_gate(&upn).await? {
            drop(guard);
            return Err(self
                .locked_out(user.as_ref(), req.ip.as_deref(), started + floor, until)
                .await);
        }
        let now = core.now();
        let Some(user) = user.clone().filter(|_| ok) else {
            core.store
                .add_signin_failure(&upn, now, self.fingerprint(&upn, &req.password))
                .await?;
            drop(guard);
            if let Some(u) = &user {
                let reason = if !u.enabled {
                    "disabled"
                } else if u.password_source.on_premises() {
                    "directory-not-configured"
                } else {
                    "credentials"
                };
                self.audit(
                    u,
                    req.ip.as_deref(),
                    AuditStep::SignIn,
                    None,
                    Outcome::Fail,
                    Some(reason),
                )
                .await;
            }
            // B3: every refusal takes at least the same time, whatever work it needed.
            tokio::time::sleep_until(started + floor).await;
            return Err(AccountError::Credentials);
        };
        core.store.clear_signin_failures(&upn).await?;
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(AccountError::Credentials)?;
        if how == (Credential::RecoveryCode { reset: true }) {
            let mut policy = tenant.policy.clone();
            if core.directory.is_none() {
                policy.writeback = false;
            }
            if sspr_policy::eligibility::recovery_reset_allowed(
                &upn,
                &user.facts(),
                &policy,
                &core.config.consumer_domains,
            ) {
                // A reset unlocks (N2): a locked account may take this road.
                if !self.spend_recovery(&user, &req.password).await? {
                    return Err(AccountError::Credentials);
                }
                let flow = crate::flow::Flows::new(core)
                    .open_recovered(&user, &tenant, req.lang, req.ip.clone())
                    .await?;
                self.tell_recovery_used(&user, req.lang).await;
                return Ok(Entry::Reset { flow });
            }
        }
        if user.locked {
            self.audit(
                &user,
                req.ip.as_deref(),
                AuditStep::SignIn,
                None,
                Outcome::Fail,
                Some("account-locked"),
            )
            .await;
            return Err(AccountError::AccountLocked);
        }
        // The code is spent only now, past every refusal (a locked account keeps it).
        if recovery && !self.spend_recovery(&user, &req.password).await? {
            return Err(AccountError::Credentials);
        }
        let interrupt = interrupt_for(&user, &tenant, now);
        let options = proof::offer(&user, &proof::SIGN_IN_METHODS);
        // A recovery code is the proof: the helpdesk checked who they handed it to.
        let check = (!options.is_empty() && !recovery).then_some(SignInCheck {
            options,
            pending: None,
        });
        let token = core.crypto.token();
        let st = SessionState {
            upn: upn.clone(),
            lang: req.lang.tag().into(),
            ip: req.ip.clone(),
            signed_in_at: now,
            return_url: req.return_url.filter(|u| core.config.return_url_allowed(u)),
            interrupt,
            pending: None,
            check,
            second_step: false,
            draft: None,
            issued: None,
            recovery,
        };
        core.store
            .put_session(
                &self.key(&token),
                user.id,
                now + core.config.limits.session_ttl_secs,
                &serde_json::to_string(&st).map_err(CoreError::from)?,
            )
            .await?;
        self.audit(
            &user,
            req.ip.as_deref(),
            AuditStep::SignIn,
            None,
            Outcome::Ok,
            if recovery {
                Some("recovery-code")
            } else {
                interrupt.map(|i| match i {
                    InterruptKind::Register => "interrupt-register",
                    InterruptKind::Reconfirm => "interrupt-reconfirm",
                })
            },
        )
        .await;
        if recovery {
            self.tell_recovery_used(&user, req.lang).await;
        }
        Ok(Entry::Session(SignedIn {
            token,
            interrupt,
            return_url: st.return_url,
            needs_verification: st.check.is_some(),
            reset_refused: how == (Credential::RecoveryCode { reset: true }),
        }))
    }

    pub async fn sign_out(&self, token: &str) -> Result<(), AccountError> {
        if let Ok((st, user, _)) = self.load(token).await {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::SignOut,
                None,
                Outcome::Ok,
                None,
            )
            .await;
        }
        self.core.store.delete_session(&self.key(token)).await?;
        Ok(())
    }

    /// The sign-in verification page's data.
    pub async fn check_view(&self, token: &str) -> Result<CheckWire, AccountError> {
        let (st, _, _) = self.load_any(token).await?;
        let check = st.check.as_ref().ok_or(AccountError::NothingPending)?;
        let pending = check.pending.as_ref().and_then(|p| {
            let o = check.options.iter().find(|o| o.id == p.option)?;
            Some(PendingWire {
                option: o.id.clone(),
                verifier: o.verifier,
                masked: o.masked.clone(),
                questions: Vec::new(),
                question_translations: Default::default(),
                number: match &p.challenge {
                    Challenge::Push { number, .. } => Some(*number),
                    _ => None,
                },
                resend_at: p.challenge.resend_at(&self.core.config.limits),
            })
        });
        Ok(CheckWire {
            lang: Lang::from_tag(&st.lang)
                .unwrap_or_default()
                .tag()
                .to_string(),
            options: check
                .options
                .iter()
                .map(|o| OptionWire {
                    id: o.id.clone(),
                    method: o.method,
                    verifier: o.verifier,
                    masked: o.masked.clone(),
                    passed: false,
                })
                .collect(),
            pending,
            demo: false,
        })
    }

    /// Pick the method for the second step: a code is sent now, a TOTP or a notification waits.
    pub async fn check_select(&self, token: &str, option_id: &str) -> Result<(), AccountError> {
        let (mut st, user, tenant, guard) = self.load_any_locked(token).await?;
        let mut check = st.check.clone().ok_or(AccountError::NothingPending)?;
        let opt = check
            .options
            .iter()
            .find(|o| o.id == option_id)
            .cloned()
            .ok_or(AccountError::UnknownMethod)?;
        let prover = self.prover(&st, &user, Purpose::SignIn, token, &guard);
        prover.blocked().await?;
        let challenge = match opt.verifier {
            Verifier::EmailCode | Verifier::SmsCode | Verifier::VoiceCode => {
                let channel = proof::channel_of(opt.verifier).unwrap_or(Channel::Sms);
                let to = opt.target.clone().unwrap_or_default();
                let lang = Lang::from_tag(&st.lang).unwrap_or_default();
                prover
                    .send_code(opt.method, channel, &to, &opt.id, Some(&tenant), lang)
                    .await?
            }
            Verifier::Push => prover.push(&tenant.name).await?,
            Verifier::Totp => Challenge::Totp {
                kind: TotpKind::of_method(opt.method).unwrap_or(TotpKind::App),
            },
            // Never offered for sign-in.
            Verifier::Questions => return Err(AccountError::UnknownMethod),
        };
        check.pending = Some(Pending {
            option: opt.id.clone(),
            challenge,
        });
        st.check = Some(check);
        self.save(token, &st).await
    }

    /// The second step's proof. On success the session opens; returns where sign-in leads.
    pub async fn check_verify(&self, token: &str, code: &str) -> Result<SignedIn, AccountError> {
        let core = self.core;
        let (mut st, user, _, guard) = self.load_any_locked(token).await?;
        let mut check = st.check.clone().ok_or(AccountError::NothingPending)?;
        let pending = check.pending.clone().ok_or(AccountError::NothingPending)?;
        let method = check
            .options
            .iter()
            .find(|o| o.id == pending.option)
            .map(|o| o.method)
            .unwrap_or(Method::MobilePhone);
        let checked = self
            .prover(&st, &user, Purpose::SignIn, token, &guard)
            .check(
                method,
                &pending.challenge,
                &pending.option,
                Answer::Code(code),
            )
            .await;
        match checked {
            Ok(()) => {}
            Err(e @ (ProofError::Expired | ProofError::PushDenied)) => {
                check.pending = None;
                st.check = Some(check);
                self.save(token, &st).await?;
                return Err(e.into());
            }
            Err(e) => return Err(e.into()),
        }
        let now = core.now();
        // The session opens under a new token (the half-signed-in one ends): a token someone
        // planted before the second step is worth nothing after it.
        st.check = None;
        st.second_step = true;
        let fresh = core.crypto.token();
        let json = serde_json::to_string(&st).map_err(CoreError::from)?;
        let mut tx = core.store.begin().await?;
        let mut c = tx.c();
        c.put_session(
            &self.key(&fresh),
            user.id,
            now + core.config.limits.session_ttl_secs,
            &json,
        )
        .await?;
        c.delete_session(&self.key(token)).await?;
        tx.commit().await?;
        Ok(SignedIn {
            token: fresh,
            interrupt: st.interrupt,
            return_url: st.return_url,
            needs_verification: false,
            reset_refused: false,
        })
    }

    /// G2: *not now*. The prompt returns at the next sign-in; this session goes on.
    pub async fn dismiss_interrupt(&self, token: &str) -> Result<Option<String>, AccountError> {
        let (mut st, user, _, _guard) = self.load_locked(token).await?;
        if let Some(i) = st.interrupt.take() {
            self.audit(
                &user,
                st.ip.as_deref(),
                AuditStep::Interrupt,
                None,
                Outcome::Dismissed,
                Some(match i {
                    InterruptKind::Register => "register",
                    InterruptKind::Reconfirm => "reconfirm",
                }),
            )
            .await;
            self.save(token, &st).await?;
        }
        Ok(st.return_url)
    }

    /// C1: the user confirms their info is current. A directory mobile phone they saw
    /// becomes their fixed authentication phone (G3).
    pub async fn confirm(&self, token: &str) -> Result<Option<String>, AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        if !register::progress(&tenant.policy, &user.facts(), tenant.paid).complete() {
            return Err(AccountError::NotAllowed);
        }
        if user.auth_phone.as_deref().is_none_or(str::is_empty)
            && let Some(m) = user.mobile_phone.as_deref().filter(|m| !m.is_empty())
        {
            core.store
                .set_contact(user.id, ContactField::AuthPhone, Some(m))
                .await?;
        }
        core.store.mark_registered(user.id, core.now()).await?;
        st.interrupt = None;
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Reconfirm,
            None,
            Outcome::Ok,
            None,
        )
        .await;
        Ok(st.return_url)
    }
}
