//! E2..E5: the captcha (a signed proof-of-work challenge, spent once) and the start of a flow, where unknown
//! and known user IDs take the same path (B3). Owns opening a flow; refuses to verify anyone
//! (`verify.rs`).

use super::*;

impl<'a> Flows<'a> {
    /// E2, issue 10: a new proof-of-work challenge for the client at `ip`, harder the more
    /// starts it made lately: a signed token (nonce, expiry, difficulty) that costs no
    /// database write; only its use is recorded.
    pub async fn captcha(&self, ip: Option<&str>) -> Result<Captcha, FlowError> {
        let level = self.captcha_level(ip).await?;
        Ok(self.issue_captcha(level))
    }

    /// The challenge for a client with no recent starts, without reading the database (the
    /// cached entry page's).
    pub fn captcha_base(&self) -> Captcha {
        self.issue_captcha(0)
    }

    fn issue_captcha(&self, level: u8) -> Captcha {
        let c = &self.core.crypto;
        let bits = pow::bits(self.core.config.limits.captcha_bits, level);
        let exp = self.core.now() + self.core.config.limits.captcha_ttl_secs;
        let nonce = c.token();
        let mut raw = Vec::with_capacity(90);
        raw.extend_from_slice(nonce.as_bytes());
        raw.extend_from_slice(&exp.to_be_bytes());
        raw.push(bits);
        let mac = c.mac(&[b"captcha-pow", &raw]);
        raw.extend_from_slice(&mac);
        Captcha {
            id: data_encoding::BASE64URL_NOPAD.encode(&raw),
            bits,
        }
    }

    /// How much harder the captcha is for `ip` (its starts in the client window).
    async fn captcha_level(&self, ip: Option<&str>) -> Result<u8, FlowError> {
        let recent = crate::quota::recent(self.core, crate::quota::Action::Start, ip).await?;
        Ok(pow::level(
            recent,
            self.core.config.limits.captcha_free_starts,
        ))
    }

    /// Check a captcha answer; the challenge is spent whether or not it is solved. A solved
    /// proof of work passes at once; anything else (no JavaScript, an old page) passes once
    /// the client's wait since the challenge was issued is over, the server waiting out
    /// the rest. No lock is held meanwhile.
    pub(super) async fn check_captcha(
        &self,
        id: &str,
        answer: &str,
        ip: Option<&str>,
    ) -> Result<(), FlowError> {
        let core = self.core;
        let c = &core.crypto;
        let raw = data_encoding::BASE64URL_NOPAD
            .decode(id.as_bytes())
            .map_err(|_| FlowError::Captcha)?;
        if raw.len() != 43 + 8 + 1 + 32 {
            return Err(FlowError::Captcha);
        }
        let (body, mac) = raw.split_at(43 + 8 + 1);
        if !crate::crypto::Crypto::mac_eq(&c.mac(&[b"captcha-pow", body]), mac) {
            return Err(FlowError::Captcha);
        }
        let exp = i64::from_be_bytes(body[43..51].try_into().map_err(|_| FlowError::Captcha)?);
        let bits = body[51];
        if exp <= core.now()
            || !core
                .store
                .spend_captcha(&c.mac(&[b"captcha-spent", &body[..43]]), exp)
                .await?
        {
            return Err(FlowError::Captcha);
        }
        let l = &core.config.limits;
        // The start being checked was counted already: the level is the one the challenge
        // was issued at, unless the client started elsewhere meanwhile.
        let recent = crate::quota::recent(core, crate::quota::Action::Start, ip).await?;
        let level = pow::level(recent.saturating_sub(1), l.captcha_free_starts);
        let solved = answer
            .trim()
            .parse::<u64>()
            .is_ok_and(|n| bits >= pow::bits(l.captcha_bits, level) && pow::check(id, n, bits));
        if !solved {
            let issued = exp - l.captcha_ttl_secs;
            let not_before =
                issued + pow::wait_secs(l.captcha_wait_secs, level, l.captcha_wait_max_secs);
            let now = core.now();
            if now < not_before {
                core.clock.sleep(not_before - now).await;
            }
        }
        Ok(())
    }

    /// E2..E5: check the captcha, then eligibility, and open a flow. Returns the flow token.
    /// Unknown and known user IDs take the same path (B3).
    pub async fn start(&self, req: StartRequest) -> Result<String, FlowError> {
        let core = self.core;
        let now = core.now();
        let upn =
            userid::normalize(&req.user_id, &core.config.limits).map_err(FlowError::UserId)?;
        // Issue 10: starts per client address and network, counted before the captcha so
        // wrong answers count too.
        if let Err(refused) =
            crate::quota::take_client(core, crate::quota::Action::Start, req.ip.as_deref()).await?
        {
            self.refused_start(&upn, &req, refused).await;
            return Err(FlowError::Limited(refused));
        }
        self.check_captcha(&req.captcha_id, &req.captcha_answer, req.ip.as_deref())
            .await?;
        let domain = upn.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
        let user = core.store.user_by_upn(&upn).await?;
        // B3: known and unknown IDs make the same queries: the domain's tenant (what a
        // stranger is shown) and a tenant by id.
        let domain_tenant = core.store.tenant_for_domain(domain).await?;
        let tenant = match &user {
            Some(u) => crate::partner::tenant_for_user(core, u).await?,
            None => match &domain_tenant {
                Some(t) => core.store.tenant(&t.id).await?,
                None => None,
            },
        };
        let mut policy = tenant
            .as_ref()
            .map(|t| t.policy.clone())
            .unwrap_or_default();
        // E3e: writeback needs a directory to write to. Without `[directory]` an on-premises
        // user is told at once that the password is changed on-premises, not after proving
        // themselves and typing a new password (issue 10).
        if core.directory.is_none() {
            policy.writeback = false;
        }
        let facts = match (&user, &tenant) {
            (Some(u), Some(_)) => Some(u.facts()),
            _ => None,
        };
        let verdict = sspr_policy::check_eligibility(
            &upn,
            facts.as_ref(),
            &policy,
            &core.config.consumer_domains,
        );
        let mut st = FlowState {
            tenant_id: tenant.as_ref().map(|t| t.id.clone()),
            user_id: user.as_ref().map(|u| u.id),
            client: req.client,
            return_url: req.return_url.filter(|u| core.config.return_url_allowed(u)),
            compact: req.compact,
            // Issue 11: the domain's tenant's look, the same for every user ID of the domain.
            brand: domain_tenant
                .as_ref()
                .map(|t| sspr_wire::Brand::of(&t.name, &t.policy)),
            ..FlowState::opened(&upn, req.lang, req.ip, Step::Contact)
        };
        let mut exact = None;
        match (verdict, &user) {
            (Ok(e), Some(u)) => {
                st.required = e.required;
                // P12: with one method required only the app's code counts; its
                // notification is not offered alone.
                let methods: Vec<Method> = e
                    .methods
                    .iter()
                    .copied()
                    .filter(|m| e.required > 1 || *m != Method::MobileAppNotification)
                    .collect();
                st.options = proof::offer(u, &methods);
                st.step = if policy.allow_unlock {
                    Step::Choose
                } else {
                    Step::Verify
                };
            }
            (Err(r), _) => exact = Some(r),
            (Ok(_), None) => exact = Some(Ineligible::AccountUnavailable),
        }
        // B3, for every shape of policy (all, selected groups, administrators, partners,
        // on-premises): whatever the exact reason, an account-dependent refusal shows what a
        // stranger with a user ID of this domain is shown (an existing user with no groups
        // and no data), followed by the other reasons that are possible under the domain's
        // policy. Both depend on the domain alone. The audit keeps the exact reason; the
        // signed-in security info page tells the owner what is missing (issue 10).
        let mut domain_policy = domain_tenant.map(|t| t.policy).unwrap_or_default();
        if core.directory.is_none() {
            domain_policy.writeback = false;
        }
        let blank = UserFacts {
            enabled: true,
            ..UserFacts::default()
        };
        let stranger = sspr_policy::check_eligibility(&upn, Some(&blank), &domain_policy, &[])
            .err()
            .unwrap_or(Ineligible::NotRegistered);
        if let Some(r) = exact {
            let public = match r {
                Ineligible::ConsumerAccount => r,
                _ => stranger,
            };
            st.reason = Some(public.code().to_string());
            if public != Ineligible::ConsumerAccount {
                st.also = sspr_policy::eligibility::possible_reasons(&domain_policy, public)
                    .iter()
                    .map(|r| r.code().to_string())
                    .collect();
            }
        }
        let token = core.crypto.token();
        self.save(&token, &st, now + core.config.limits.flow_ttl_secs)
            .await?;
        self.audit(
            &st,
            AuditStep::Start,
            None,
            if exact.is_none() {
                Outcome::Ok
            } else {
                Outcome::Ineligible
            },
            exact.map(|r| r.code()),
        )
        .await;
        // Issue 11: a lone method that sends nothing is ready at once; if it cannot start
        // (the user is blocked), the verification page says why.
        if let Err(e) = self.start_the_only_method(&token, &st).await
            && let FlowError::Internal(err) = &e
        {
            tracing::error!(error = %err, "starting the only method failed");
        }
        Ok(token)
    }

    /// Issue 12: a reset whose proof is a helpdesk recovery code the account layer has just
    /// spent (the helpdesk checked who they handed it to, in person): a flow that starts at
    /// the new password, finished like any other (N1, N2, O1, O2).
    pub async fn open_recovered(
        &self,
        user: &UserRecord,
        tenant: &Tenant,
        lang: Lang,
        ip: Option<String>,
    ) -> Result<String, CoreError> {
        let core = self.core;
        let st = FlowState {
            tenant_id: Some(tenant.id.clone()),
            user_id: Some(user.id),
            brand: Some(sspr_wire::Brand::of(&tenant.name, &tenant.policy)),
            ..FlowState::opened(&user.upn, lang, ip, Step::NewPassword)
        };
        let token = core.crypto.token();
        let json = serde_json::to_string(&st)?;
        core.store
            .put_flow(
                &self.key(&token),
                core.now() + core.config.limits.flow_ttl_secs,
                &json,
            )
            .await?;
        self.audit(
            &st,
            AuditStep::Start,
            None,
            Outcome::Ok,
            Some("recovery-code"),
        )
        .await;
        Ok(token)
    }

    /// A start refused by a client quota leaves an audit row, at most one per client and
    /// quota window (issue 10: a flood cannot fill the disk).
    async fn refused_start(&self, upn: &str, req: &StartRequest, refused: crate::quota::Refused) {
        let core = self.core;
        let first = match crate::quota::first_refusal(
            core,
            &format!("start:{}", req.ip.as_deref().unwrap_or("-")),
        )
        .await
        {
            Ok(first) => first,
            Err(e) => {
                tracing::error!(error = %e, "refusal count failed");
                return;
            }
        };
        if !first {
            return;
        }
        let e = AuditEvent {
            at: core.now(),
            tenant_id: None,
            user: Some(upn.to_string()),
            ip: req.ip.clone(),
            client: Some(req.client.as_str().into()),
            step: AuditStep::Start,
            method: None,
            outcome: Outcome::Blocked,
            reason: Some(refused.limit.reason().into()),
        };
        if let Err(err) = core.audit(&e).await {
            tracing::error!(error = %err, "audit write failed");
        }
    }
}
