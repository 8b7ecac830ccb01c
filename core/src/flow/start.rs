//! E2..E5: the captcha (a signed token, spent once) and the start of a flow, where unknown
//! and known user IDs take the same path (B3). Owns opening a flow; refuses to verify anyone
//! (`verify.rs`).

use super::*;

impl<'a> Flows<'a> {
    /// E2: a new captcha challenge: a signed token (nonce, expiry, the two numbers) that
    /// costs no database write; only its use is recorded.
    pub async fn captcha(&self) -> Result<Captcha, FlowError> {
        let c = &self.core.crypto;
        let (a, b) = (1 + c.pick(0..9) as u8, 1 + c.pick(0..9) as u8);
        let exp = self.core.now() + self.core.config.limits.captcha_ttl_secs;
        let nonce = c.token();
        let mut raw = Vec::with_capacity(80);
        raw.extend_from_slice(nonce.as_bytes());
        raw.extend_from_slice(&exp.to_be_bytes());
        raw.extend_from_slice(&[a, b]);
        let mac = c.mac(&[b"captcha", &raw]);
        raw.extend_from_slice(&mac);
        Ok(Captcha {
            id: data_encoding::BASE64URL_NOPAD.encode(&raw),
            a,
            b,
        })
    }

    /// Check a captcha answer; the challenge is spent whether or not the answer is right.
    pub(super) async fn check_captcha(&self, id: &str, answer: &str) -> Result<(), FlowError> {
        let c = &self.core.crypto;
        let raw = data_encoding::BASE64URL_NOPAD
            .decode(id.as_bytes())
            .map_err(|_| FlowError::Captcha)?;
        if raw.len() != 43 + 8 + 2 + 32 {
            return Err(FlowError::Captcha);
        }
        let (body, mac) = raw.split_at(43 + 8 + 2);
        if !crate::crypto::Crypto::mac_eq(&c.mac(&[b"captcha", body]), mac) {
            return Err(FlowError::Captcha);
        }
        let exp = i64::from_be_bytes(body[43..51].try_into().map_err(|_| FlowError::Captcha)?);
        if exp <= self.core.now()
            || !self
                .core
                .store
                .spend_captcha(&c.mac(&[b"captcha-spent", &body[..43]]), exp)
                .await?
        {
            return Err(FlowError::Captcha);
        }
        let want = body[51] as i64 + body[52] as i64;
        match answer.trim().parse::<i64>() {
            Ok(n) if n == want => Ok(()),
            _ => Err(FlowError::Captcha),
        }
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
        self.check_captcha(&req.captcha_id, &req.captcha_answer)
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
            upn: upn.clone(),
            tenant_id: tenant.as_ref().map(|t| t.id.clone()),
            user_id: user.as_ref().map(|u| u.id),
            lang: req.lang.tag().into(),
            client: req.client,
            ip: req.ip,
            return_url: req.return_url.filter(|u| core.config.return_url_allowed(u)),
            compact: req.compact,
            step: Step::Contact,
            reason: None,
            also: Vec::new(),
            mode: Mode::Reset,
            required: 0,
            options: Vec::new(),
            passed: Vec::new(),
            pending: None,
            drawn: None,
            admin_request_sent: false,
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
        if let Err(err) = core.store.audit(&e).await {
            tracing::error!(error = %err, "audit write failed");
        }
    }
}
