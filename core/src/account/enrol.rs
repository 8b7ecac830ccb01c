//! Security info (G3..G7): what the user holds and may add, adding each method once proven
//! (codes and first TOTP codes through the proof engine), questions, deletion. Owns the
//! registered methods; refuses to open a session (`signin.rs`).

use super::*;

impl<'a> Accounts<'a> {
    /// The signed-in pages' data; `demo` and the QR code are the server's to fill in.
    pub async fn info(&self, token: &str) -> Result<AccountWire, AccountError> {
        self.info_with(token, false).await
    }

    /// [`Self::info`]; `directory_rules`: the page chooses a new password, so the rules are
    /// the effective ones (issue 16: the directory's merged in for an on-premises user), read
    /// with the same session, user and tenant (issue 14: not loaded a second time).
    pub async fn info_with(
        &self,
        token: &str,
        directory_rules: bool,
    ) -> Result<AccountWire, AccountError> {
        let core = self.core;
        let (st, user, tenant) = self.load(token).await?;
        let policy = &tenant.policy;
        let facts = user.facts();
        let totps = core.store.list_totp(user.id).await?;
        let nonempty = |o: &Option<String>| o.clone().filter(|s| !s.is_empty());
        let mut methods = Vec::new();
        for t in totps.iter().filter(|t| t.activated) {
            let method = t.kind.method();
            methods.push(MethodWire {
                id: format!("totp-{}", t.id),
                method,
                detail: t.serial.clone().unwrap_or_default(),
                from_directory: false,
                added_at: t.created_at,
                needed: false,
            });
        }
        // The user's row counts devices and answers: a list nobody has is not asked for
        // (issue 14: one query fewer each on most signed-in pages).
        let devices = if user.devices > 0 {
            core.store.devices_of(user.id).await?
        } else {
            Vec::new()
        };
        for d in devices {
            methods.push(MethodWire {
                id: format!("device-{}", d.id),
                method: Method::MobileAppNotification,
                detail: d.name,
                from_directory: false,
                added_at: Some(d.created_at),
                needed: false,
            });
        }
        match (nonempty(&user.auth_phone), nonempty(&user.mobile_phone)) {
            (Some(p), _) => methods.push(entry("phone", Method::MobilePhone, p, false)),
            (None, Some(p)) => methods.push(entry("phone", Method::MobilePhone, p, true)),
            _ => {}
        }
        if let Some(p) = nonempty(&user.auth_office_phone) {
            methods.push(entry("office", Method::OfficePhone, p, false));
        }
        // V2: the alternate email is never shown here; only the registered one is.
        if let Some(e) = nonempty(&user.auth_email) {
            methods.push(entry("email", Method::Email, e, false));
        }
        let registered_questions: Vec<String> = if user.answers > 0 {
            core.store
                .security_answers(user.id)
                .await?
                .into_iter()
                .map(|(q, _)| q)
                .collect()
        } else {
            Vec::new()
        };
        if !registered_questions.is_empty() {
            methods.push(entry(
                "questions",
                Method::SecurityQuestions,
                registered_questions.len().to_string(),
                false,
            ));
        }
        let apps = totps
            .iter()
            .filter(|t| t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath))
            .count();
        let apps_max = core.config.limits.authenticator_apps_max;
        let devices = user.devices as usize;
        let inactive_tokens: Vec<String> = totps
            .iter()
            .filter(|t| !t.activated)
            .filter_map(|t| t.serial.clone())
            .collect();
        let can_add: Vec<Method> = registrable_for(&user, &tenant)
            .into_iter()
            .filter(|m| match m {
                Method::MobileAppCode | Method::SoftwareOath => apps < apps_max,
                Method::MobileAppNotification => devices < apps_max,
                Method::HardwareOath => !inactive_tokens.is_empty(),
                _ => true,
            })
            .collect();
        let pending = match &st.pending {
            None => None,
            Some(Enrol::Device { sealed, expires_at }) => {
                // Shown until the device pairs (the code is spent) or it expires.
                if *expires_at > core.now() && core.store.pairing_open(user.id, core.now()).await? {
                    let code = core
                        .crypto
                        .open(sealed)
                        .ok_or_else(|| CoreError::Corrupt("pairing code".into()))?;
                    Some(EnrolWire::Device {
                        code: String::from_utf8_lossy(&code).into_owned(),
                    })
                } else {
                    None
                }
            }
            Some(Enrol::Email { address, .. }) => Some(EnrolWire::Email {
                address: address.clone(),
            }),
            Some(Enrol::Phone {
                number,
                office,
                voice,
                ..
            }) => Some(EnrolWire::Phone {
                number: number.clone(),
                office: *office,
                voice: *voice,
            }),
            Some(Enrol::Totp { totp_kind, sealed }) => {
                let raw = core
                    .crypto
                    .open(sealed)
                    .ok_or_else(|| CoreError::Corrupt("pending secret".into()))?;
                let secret = data_encoding::BASE32_NOPAD.encode(&raw);
                Some(EnrolWire::Totp {
                    software: *totp_kind == TotpKind::SoftwareOath,
                    qr: String::new(),
                    uri: otpauth_uri(
                        &tenant.name,
                        &user.upn,
                        &secret,
                        core.config.limits.totp_step_secs,
                    ),
                    secret,
                })
            }
        };
        // Changed elsewhere only when it lives on-premises and no directory is configured.
        let on_premises = on_premises(&user) && core.directory.is_none();
        // Issue 10: the owner sees that someone tried to reset their password.
        let (count, last) = core
            .store
            .reset_attempts(&user.upn, core.now() - 30 * 86400)
            .await?;
        let reset_attempts = last
            .filter(|_| count > 0)
            .map(|last_at| sspr_wire::ResetAttempts {
                count: count as u32,
                last_at,
            });
        // The directory's rules are read for the change-password page only, not for every
        // signed-in page.
        let effective = if directory_rules {
            crate::password_rules::for_user(core, &user, &policy.password).await
        } else {
            crate::password_rules::Effective {
                rules: policy.password.clone(),
                unchecked: Vec::new(),
            }
        };
        let can_reset = |facts: &sspr_policy::eligibility::UserFacts| {
            sspr_policy::check_eligibility(
                &user.upn,
                Some(facts),
                policy,
                &core.config.consumer_domains,
            )
            .is_ok()
        };
        let can_reset_now = can_reset(&facts);
        if can_reset_now {
            for m in methods.iter_mut() {
                m.needed = !can_reset(&facts_without(&facts, &user, &totps, &m.id));
            }
        }
        let offered = register::offered_questions(policy);
        Ok(AccountWire {
            upn: user.upn.clone(),
            display_name: user.display_name.clone(),
            lang: Lang::from_tag(&st.lang)
                .unwrap_or_default()
                .tag()
                .to_string(),
            interrupt: st.interrupt,
            return_url: st.return_url.clone(),
            methods,
            can_add,
            progress: register::progress(policy, &facts, tenant.paid),
            can_reset: can_reset_now,
            pending,
            question_translations: register::translations_of(
                policy,
                offered.iter().chain(&registered_questions),
            ),
            questions_offered: offered,
            questions_to_register: policy.questions_to_register,
            registered_questions,
            inactive_tokens,
            prefill_phone: nonempty(&user.auth_phone).or_else(|| nonempty(&user.mobile_phone)),
            apps,
            apps_max,
            password_rules: effective.rules,
            password_unchecked: effective.unchecked,
            name_parts: sspr_policy::password::name_parts(&user.upn, &user.display_name),
            on_premises,
            demo: false,
            reset_attempts,
            brand: Some(sspr_wire::Brand::of(&tenant.name, policy)),
            admin: user
                .admin_roles
                .iter()
                .any(|r| super::console::AdminRole::from_name(r).is_some()),
        })
    }

    /// After any change: G7 complete means registered (and confirmed) now; C2: a deletion
    /// below the requirement changes nothing until the period ends.
    pub(super) async fn after_change(
        &self,
        token: &str,
        st: &mut SessionState,
        user_id: i64,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let user = core
            .store
            .user_by_upn(&st.upn)
            .await?
            .filter(|u| u.id == user_id)
            .ok_or(AccountError::NoSession)?;
        let tenant = crate::partner::tenant_for_user(core, &user)
            .await?
            .ok_or(AccountError::NoSession)?;
        if register::progress(&tenant.policy, &user.facts(), tenant.paid).complete() {
            core.store.mark_registered(user.id, core.now()).await?;
            st.interrupt = None;
        }
        self.save(token, st).await
    }

    pub(super) fn allowed(
        &self,
        user: &UserRecord,
        tenant: &Tenant,
        m: Method,
    ) -> Result<(), AccountError> {
        if registrable_for(user, tenant).contains(&m) {
            Ok(())
        } else {
            Err(AccountError::NotAllowed)
        }
    }

    /// G4: register (or change) the authentication email; a code goes to it first.
    pub async fn begin_email(&self, token: &str, address: &str) -> Result<(), AccountError> {
        let (mut st, user, tenant, guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::Email)?;
        let address = register::check_auth_email(address, &user.upn, user.primary_email.as_deref())
            .map_err(AccountError::Email)?;
        let prover = self.prover(&st, &user, Purpose::Register, token, &guard);
        prover.blocked().await?;
        let lang = Lang::from_tag(&st.lang).unwrap_or_default();
        // The code is bound to the address it proves.
        let code = prover
            .send_code(
                Method::Email,
                Channel::Email,
                &address,
                &address,
                Some(&tenant),
                lang,
            )
            .await?;
        st.pending = Some(Enrol::Email { address, code });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterSendCode,
            Some(Method::Email),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    /// V3, V7: register (or change) the mobile phone (SMS or voice) or the office phone (voice).
    pub async fn begin_phone(
        &self,
        token: &str,
        number: &str,
        office: bool,
        voice: bool,
    ) -> Result<(), AccountError> {
        let (mut st, user, tenant, guard) = self.load_locked(token).await?;
        let method = if office {
            Method::OfficePhone
        } else {
            Method::MobilePhone
        };
        self.allowed(&user, &tenant, method)?;
        let number = phone::normalize(number).map_err(AccountError::Phone)?;
        let voice = voice || office;
        let prover = self.prover(&st, &user, Purpose::Register, token, &guard);
        prover.blocked().await?;
        let channel = if voice { Channel::Voice } else { Channel::Sms };
        let lang = Lang::from_tag(&st.lang).unwrap_or_default();
        let code = prover
            .send_code(method, channel, &number, &number, Some(&tenant), lang)
            .await?;
        st.pending = Some(Enrol::Phone {
            number,
            office,
            voice,
            code,
        });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterSendCode,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    /// G5: a new authenticator secret (160 bits, SPEC 16), shown until a code proves it.
    pub async fn begin_totp(&self, token: &str, software_token: bool) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        let method = if software_token {
            Method::SoftwareOath
        } else {
            Method::MobileAppCode
        };
        self.allowed(&user, &tenant, method)?;
        let apps = core
            .store
            .list_totp(user.id)
            .await?
            .iter()
            .filter(|t| t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath))
            .count();
        if apps >= core.config.limits.authenticator_apps_max {
            return Err(AccountError::TooManyApps);
        }
        let bytes = (core.config.limits.totp_secret_min_bits as usize)
            .div_ceil(8)
            .max(20);
        let sealed = core.crypto.seal(&core.crypto.random_bytes(bytes))?;
        st.pending = Some(Enrol::Totp {
            totp_kind: if software_token {
                TotpKind::SoftwareOath
            } else {
                TotpKind::App
            },
            sealed,
        });
        self.save(token, &st).await
    }

    /// V4: a pairing code (96 bits, 10 minutes, single use) for the device page.
    pub async fn begin_device(&self, token: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::MobileAppNotification)?;
        if user.devices as usize >= core.config.limits.authenticator_apps_max {
            return Err(AccountError::TooManyDevices);
        }
        // 96 random bits (20 base32 characters): too many to guess in ten minutes, whatever
        // the rate; the link carries it, so it is rarely typed.
        let code = data_encoding::BASE32_NOPAD.encode(&core.crypto.random_bytes(12));
        let expires_at = core.now() + 10 * 60;
        core.store
            .add_pairing(
                &crate::device::Devices::new(core).pairing_hash(&code),
                user.id,
                expires_at,
            )
            .await?;
        st.pending = Some(Enrol::Device {
            sealed: core.crypto.seal(code.as_bytes())?,
            expires_at,
        });
        self.save(token, &st).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::RegisterPairing,
            Some(Method::MobileAppNotification),
            Outcome::Ok,
            None,
        )
        .await;
        Ok(())
    }

    pub async fn cancel_pending(&self, token: &str) -> Result<(), AccountError> {
        let (mut st, _, _, _guard) = self.load_locked(token).await?;
        st.pending = None;
        self.save(token, &st).await
    }

    /// The code that proves a pending email, phone or authenticator; then it counts.
    pub async fn verify_pending(&self, token: &str, code: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, _tenant, guard) = self.load_locked(token).await?;
        let pending = st.pending.clone().ok_or(AccountError::NothingPending)?;
        let now = core.now();
        let method = match &pending {
            Enrol::Email { .. } => Method::Email,
            Enrol::Phone { office: true, .. } => Method::OfficePhone,
            Enrol::Phone { .. } => Method::MobilePhone,
            Enrol::Totp { totp_kind, .. } => totp_kind.method(),
            // The device proves itself on the device page, not with a code here.
            Enrol::Device { .. } => return Err(AccountError::NothingPending),
        };
        let prover = self.prover(&st, &user, Purpose::Register, token, &guard);
        match pending {
            Enrol::Email {
                address: target,
                code: challenge,
            }
            | Enrol::Phone {
                number: target,
                code: challenge,
                ..
            } => {
                match prover
                    .check(method, &challenge, &target, Answer::Code(code))
                    .await
                {
                    Ok(()) => {}
                    Err(ProofError::Expired) => {
                        st.pending = None;
                        self.save(token, &st).await?;
                        return Err(AccountError::CodeExpired);
                    }
                    Err(e) => return Err(e.into()),
                }
                let field = match method {
                    Method::Email => ContactField::AuthEmail,
                    Method::OfficePhone => ContactField::AuthOfficePhone,
                    _ => ContactField::AuthPhone,
                };
                core.store
                    .set_contact(user.id, field, Some(&target))
                    .await?;
                st.pending = None;
            }
            Enrol::Device { .. } => return Err(AccountError::NothingPending),
            Enrol::Totp { totp_kind, sealed } => {
                let l = &core.config.limits;
                let step = prover
                    .check_new_totp(method, &sealed, l.totp_step_secs, 0, code)
                    .await?;
                // The limit again: another session may have added one meanwhile.
                let apps = core
                    .store
                    .list_totp(user.id)
                    .await?
                    .iter()
                    .filter(|t| {
                        t.activated && matches!(t.kind, TotpKind::App | TotpKind::SoftwareOath)
                    })
                    .count();
                if apps >= core.config.limits.authenticator_apps_max {
                    return Err(AccountError::TooManyApps);
                }
                core.store
                    .add_totp(user.id, totp_kind, &sealed, step, now)
                    .await?;
                st.pending = None;
            }
        }
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        crate::notice::method_changed(core, &user, st.lang(), method, true).await;
        self.after_change(token, &mut st, user.id).await
    }

    /// Activate a hardware token an administrator imported, with a code it shows.
    pub async fn activate_token(
        &self,
        token: &str,
        serial: &str,
        code: &str,
    ) -> Result<(), AccountError> {
        let core = self.core;
        let (mut st, user, tenant, guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::HardwareOath)?;
        let prover = self.prover(&st, &user, Purpose::Register, token, &guard);
        prover.blocked().await?;
        let cred = core
            .store
            .inactive_token(user.id, serial.trim())
            .await?
            .ok_or(AccountError::TokenUnknown)?;
        let step = prover
            .check_new_totp(
                Method::HardwareOath,
                &cred.secret,
                cred.step_secs,
                cred.last_used_step,
                code,
            )
            .await?;
        core.store.activate_token(cred.id, step, core.now()).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(Method::HardwareOath),
            Outcome::Ok,
            None,
        )
        .await;
        crate::notice::method_changed(core, &user, st.lang(), Method::HardwareOath, true).await;
        self.after_change(token, &mut st, user.id).await
    }

    /// G6: set all the user's questions at once; answers kept only as Argon2id hashes of
    /// the normalised answer.
    pub async fn set_questions(
        &self,
        token: &str,
        pairs: &[(String, String)],
    ) -> Result<(), AccountError> {
        let core = self.core;
        // Checked and hashed before the user's lock (issue 10: no lock across a hash).
        let (_, user, tenant) = self.load(token).await?;
        self.allowed(&user, &tenant, Method::SecurityQuestions)?;
        let problems = register::check_questions(pairs, &tenant.policy, &core.config.limits);
        if !problems.is_empty() {
            return Err(AccountError::Questions(problems));
        }
        let mut rows = Vec::with_capacity(pairs.len());
        for (q, a) in pairs {
            rows.push((
                q.trim().to_string(),
                core.crypto.hash_secret(&normalize_answer(a)).await?,
            ));
        }
        let (mut st, user, tenant, _guard) = self.load_locked(token).await?;
        self.allowed(&user, &tenant, Method::SecurityQuestions)?;
        core.store.replace_security_answers(user.id, &rows).await?;
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::Register,
            Some(Method::SecurityQuestions),
            Outcome::Ok,
            None,
        )
        .await;
        let first = user.answers == 0;
        if first {
            crate::notice::method_changed(core, &user, st.lang(), Method::SecurityQuestions, true)
                .await;
        }
        self.after_change(token, &mut st, user.id).await
    }

    /// Remove one registered method (C2: this never brings the prompt forward).
    pub async fn delete_method(&self, token: &str, id: &str) -> Result<(), AccountError> {
        let core = self.core;
        let (st, user, _, _guard) = self.load_locked(token).await?;
        let method = match id {
            "email" => {
                core.store
                    .set_contact(user.id, ContactField::AuthEmail, None)
                    .await?;
                Method::Email
            }
            "phone" if user.auth_phone.is_some() => {
                core.store
                    .set_contact(user.id, ContactField::AuthPhone, None)
                    .await?;
                Method::MobilePhone
            }
            "office" => {
                core.store
                    .set_contact(user.id, ContactField::AuthOfficePhone, None)
                    .await?;
                Method::OfficePhone
            }
            "questions" => {
                core.store.replace_security_answers(user.id, &[]).await?;
                Method::SecurityQuestions
            }
            other if other.starts_with("device-") => {
                let id: i64 = other["device-".len()..]
                    .parse()
                    .map_err(|_| AccountError::UnknownMethod)?;
                if !core.store.delete_device(user.id, id).await? {
                    return Err(AccountError::UnknownMethod);
                }
                Method::MobileAppNotification
            }
            other => {
                let cred: i64 = other
                    .strip_prefix("totp-")
                    .and_then(|n| n.parse().ok())
                    .ok_or(AccountError::UnknownMethod)?;
                if !core.store.delete_totp(user.id, cred).await? {
                    return Err(AccountError::UnknownMethod);
                }
                Method::MobileAppCode
            }
        };
        self.audit(
            &user,
            st.ip.as_deref(),
            AuditStep::DeleteMethod,
            Some(method),
            Outcome::Ok,
            None,
        )
        .await;
        crate::notice::method_changed(core, &user, st.lang(), method, false).await;
        Ok(())
    }
}

/// The user's facts once the listed method `id` is gone (what the delete page weighs): the
/// directory's data and the other registrations stay.
fn facts_without(
    facts: &sspr_policy::eligibility::UserFacts,
    user: &UserRecord,
    totps: &[crate::store::TotpInfo],
    id: &str,
) -> sspr_policy::eligibility::UserFacts {
    let has = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.is_empty());
    let mut f = facts.clone();
    let d = &mut f.data;
    match id {
        "email" => d.email = has(&user.alternate_email),
        "phone" => d.mobile_phone = has(&user.mobile_phone),
        "office" => d.office_phone = has(&user.office_phone),
        "questions" => d.questions = 0,
        _ if id.starts_with("device-") => d.app_notification = user.devices > 1,
        _ => {
            if let Some(gone) = totps.iter().find(|t| format!("totp-{}", t.id) == id) {
                let left = totps
                    .iter()
                    .any(|t| t.activated && t.id != gone.id && t.kind == gone.kind);
                match gone.kind {
                    TotpKind::App => d.app_code = left,
                    TotpKind::HardwareOath => d.hardware_oath = left,
                    TotpKind::SoftwareOath => d.software_oath = left,
                }
            }
        }
    }
    f
}
