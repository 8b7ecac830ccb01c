//! Credentials that prove a user: TOTP authenticators and OATH tokens (sealed seeds, the last
//! step used), and security answers (Argon2id hashes). Owns `totp_credentials` and
//! `security_answers`; refuses to open a seed or check an answer (`crypto` does).

use super::{Conn, NewOathToken, TotpCredential, TotpInfo, TotpKind};
use crate::CoreError;

#[derive(sqlx::FromRow)]
struct TotpInfoRow {
    id: i64,
    kind: String,
    activated: bool,
    serial: Option<String>,
    manufacturer: Option<String>,
    model: Option<String>,
    created_at: Option<i64>,
}

impl Conn<'_> {
    /// The user's activated credentials of one kind.
    pub async fn totp_credentials(
        &mut self,
        user_id: i64,
        kind: TotpKind,
    ) -> Result<Vec<TotpCredential>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT id, secret, last_used_step, step_secs FROM totp_credentials WHERE user_id = $1 AND kind = $2 AND activated = TRUE ORDER BY id")
                .bind(user_id)
                .bind(kind.as_str())
                .fetch_all(&mut *c)
                .await
        })?)
    }

    /// Record a TOTP step as used; false if a concurrent request used it (or a later one)
    /// first, on any node.
    pub async fn use_totp_step(&mut self, cred_id: i64, step: i64) -> Result<bool, CoreError> {
        let r = on!(self, c => {
            sqlx::query("UPDATE totp_credentials SET last_used_step = $1 WHERE id = $2 AND last_used_step < $1")
                .bind(step)
                .bind(cred_id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(r == 1)
    }

    pub async fn list_totp(&mut self, user_id: i64) -> Result<Vec<TotpInfo>, CoreError> {
        let rows: Vec<TotpInfoRow> = on!(self, c => {
            sqlx::query_as("SELECT id, kind, activated, serial, manufacturer, model, created_at FROM totp_credentials WHERE user_id = $1 ORDER BY id")
                .bind(user_id)
                .fetch_all(&mut *c)
                .await
        })?;
        rows.into_iter()
            .map(|r| {
                Ok(TotpInfo {
                    id: r.id,
                    kind: TotpKind::from_column(&r.kind)?,
                    activated: r.activated,
                    serial: r.serial,
                    manufacturer: r.manufacturer,
                    model: r.model,
                    created_at: r.created_at,
                })
            })
            .collect()
    }

    /// G5: a verified authenticator; `used_step` is the step its first code used (no replay).
    pub async fn add_totp(
        &mut self,
        user_id: i64,
        kind: TotpKind,
        sealed_secret: &str,
        used_step: i64,
        now: i64,
    ) -> Result<i64, CoreError> {
        let (id,): (i64,) = on!(self, c => {
            sqlx::query_as("INSERT INTO totp_credentials (user_id, kind, secret, last_used_step, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(user_id)
                .bind(kind.as_str())
                .bind(sealed_secret)
                .bind(used_step)
                .bind(now)
                .fetch_one(&mut *c)
                .await
        })?;
        Ok(id)
    }

    /// An imported hardware token of this user waiting for activation, by serial.
    pub async fn inactive_token(
        &mut self,
        user_id: i64,
        serial: &str,
    ) -> Result<Option<TotpCredential>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT id, secret, last_used_step, step_secs FROM totp_credentials WHERE user_id = $1 AND serial = $2 AND activated = FALSE")
                .bind(user_id)
                .bind(serial)
                .fetch_optional(&mut *c)
                .await
        })?)
    }

    pub async fn activate_token(
        &mut self,
        cred_id: i64,
        used_step: i64,
        now: i64,
    ) -> Result<(), CoreError> {
        on!(self, c => {
            sqlx::query("UPDATE totp_credentials SET activated = TRUE, last_used_step = $1, created_at = $2 WHERE id = $3")
                .bind(used_step)
                .bind(now)
                .bind(cred_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        Ok(())
    }

    /// Delete one of the user's TOTP credentials; false if it is not theirs.
    pub async fn delete_totp(&mut self, user_id: i64, cred_id: i64) -> Result<bool, CoreError> {
        let n = on!(self, c => {
            sqlx::query("DELETE FROM totp_credentials WHERE id = $1 AND user_id = $2")
                .bind(cred_id)
                .bind(user_id)
                .execute(&mut *c)
                .await
                .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Serials already known, among `serials`.
    pub async fn known_serials(&mut self, serials: &[String]) -> Result<Vec<String>, CoreError> {
        let mut out = Vec::new();
        for s in serials {
            let found: Option<(i64,)> = on!(&mut *self, c => {
                sqlx::query_as("SELECT id FROM totp_credentials WHERE serial = $1")
                    .bind(s)
                    .fetch_optional(&mut *c)
                    .await
            })?;
            if found.is_some() {
                out.push(s.clone());
            }
        }
        Ok(out)
    }

    /// Hardware tokens, not yet activated (call inside a transaction: all or nothing).
    pub async fn insert_oath_tokens(&mut self, tokens: &[NewOathToken]) -> Result<(), CoreError> {
        for t in tokens {
            on!(&mut *self, c => {
                sqlx::query(
                    "INSERT INTO totp_credentials (user_id, kind, secret, activated, step_secs, serial, manufacturer, model) \
                     VALUES ($1, $2, $3, FALSE, $4, $5, $6, $7)",
                )
                .bind(t.user_id)
                .bind(TotpKind::HardwareOath.as_str())
                .bind(&t.sealed_secret)
                .bind(t.step_secs)
                .bind(&t.serial)
                .bind(&t.manufacturer)
                .bind(&t.model)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }

    /// (question, answer hash) pairs, sorted by question.
    pub async fn security_answers(
        &mut self,
        user_id: i64,
    ) -> Result<Vec<(String, String)>, CoreError> {
        Ok(on!(self, c => {
            sqlx::query_as("SELECT question, answer_hash FROM security_answers WHERE user_id = $1 ORDER BY question")
                .bind(user_id)
                .fetch_all(&mut *c)
                .await
        })?)
    }

    /// G6: replace the user's questions and answer hashes (call inside a transaction).
    pub async fn replace_security_answers(
        &mut self,
        user_id: i64,
        answers: &[(String, String)],
    ) -> Result<(), CoreError> {
        on!(&mut *self, c => {
            sqlx::query("DELETE FROM security_answers WHERE user_id = $1")
                .bind(user_id)
                .execute(&mut *c)
                .await.map(|r| r.rows_affected())
        })?;
        for (q, h) in answers {
            on!(&mut *self, c => {
                sqlx::query("INSERT INTO security_answers (user_id, question, answer_hash) VALUES ($1, $2, $3)")
                    .bind(user_id)
                    .bind(q)
                    .bind(h)
                    .execute(&mut *c)
                    .await.map(|r| r.rows_affected())
            })?;
        }
        Ok(())
    }
}

pooled! {
    fn totp_credentials(&self, user_id: i64, kind: TotpKind) -> Vec<TotpCredential>;
    fn use_totp_step(&self, cred_id: i64, step: i64) -> bool;
    fn list_totp(&self, user_id: i64) -> Vec<TotpInfo>;
    fn add_totp(&self, user_id: i64, kind: TotpKind, sealed_secret: &str, used_step: i64, now: i64) -> i64;
    fn inactive_token(&self, user_id: i64, serial: &str) -> Option<TotpCredential>;
    fn activate_token(&self, cred_id: i64, used_step: i64, now: i64) -> ();
    fn delete_totp(&self, user_id: i64, cred_id: i64) -> bool;
    fn known_serials(&self, serials: &[String]) -> Vec<String>;
    fn security_answers(&self, user_id: i64) -> Vec<(String, String)>;
}

impl super::Store {
    /// Insert hardware tokens in one transaction: all or nothing.
    pub async fn insert_oath_tokens(&self, tokens: &[NewOathToken]) -> Result<(), CoreError> {
        let mut tx = self.begin().await?;
        tx.c().insert_oath_tokens(tokens).await?;
        tx.commit().await
    }

    /// G6: replace the user's questions and answer hashes in one transaction.
    pub async fn replace_security_answers(
        &self,
        user_id: i64,
        answers: &[(String, String)],
    ) -> Result<(), CoreError> {
        let mut tx = self.begin().await?;
        tx.c().replace_security_answers(user_id, answers).await?;
        tx.commit().await
    }
}
