//! D2, D33: a directory sync's writes. Each user's changes land in one transaction, so a
//! user is never left half-synced (a new user without their groups, a phone without the
//! authentication phone that follows it). Owns grouping the plan's writes per user; refuses
//! to plan (`crate::sync` does).

use sspr_policy::eligibility::PasswordSource;

use super::{Conn, ContactField, Store, SyncedUser};
use crate::CoreError;

/// One write of a sync plan.
#[derive(Debug, Clone, Copy)]
pub enum SyncWrite<'a> {
    Contact {
        user_id: i64,
        field: ContactField,
        to: Option<&'a str>,
    },
    Join {
        user_id: i64,
        group: &'a str,
    },
    Leave {
        user_id: i64,
        group: &'a str,
    },
    Create(&'a SyncedUser),
}

impl SyncWrite<'_> {
    /// The user a write belongs to: an id, or the user ID of one still to be created.
    fn owner(&self) -> Result<i64, &str> {
        match self {
            SyncWrite::Contact { user_id, .. }
            | SyncWrite::Join { user_id, .. }
            | SyncWrite::Leave { user_id, .. } => Ok(*user_id),
            SyncWrite::Create(u) => Err(&u.upn),
        }
    }
}

impl Conn<'_> {
    /// D2: a directory user sspr did not have, with the password on-premises (no local hash)
    /// and nothing registered, with their groups.
    pub async fn create_synced_user(&mut self, u: &SyncedUser) -> Result<i64, CoreError> {
        let (id,): (i64,) = on!(&mut *self, c => {
            sqlx::query_as(
                "INSERT INTO users (tenant_id, upn, display_name, password_source, primary_email, alternate_email, mobile_phone, office_phone) VALUES ($1, $2, $3, $8, $4, $5, $6, $7) RETURNING id",
            )
            .bind(&u.tenant_id)
            .bind(&u.upn)
            .bind(&u.display_name)
            .bind(&u.primary_email)
            .bind(&u.alternate_email)
            .bind(&u.mobile_phone)
            .bind(&u.office_phone)
            .bind(PasswordSource::HashSync.as_str())
            .fetch_one(&mut *c)
            .await
        })?;
        for g in &u.groups {
            self.join_group(id, g).await?;
        }
        Ok(id)
    }

    async fn sync_write(&mut self, w: &SyncWrite<'_>) -> Result<(), CoreError> {
        match *w {
            SyncWrite::Contact { user_id, field, to } => self.set_contact(user_id, field, to).await,
            SyncWrite::Join { user_id, group } => self.join_group(user_id, group).await,
            SyncWrite::Leave { user_id, group } => self.leave_group(user_id, group).await,
            SyncWrite::Create(u) => self.create_synced_user(u).await.map(|_| ()),
        }
    }
}

impl Store {
    /// Apply writes, one transaction per user (consecutive writes of one user share it).
    pub async fn apply_sync(&self, writes: &[SyncWrite<'_>]) -> Result<(), CoreError> {
        let mut i = 0;
        while i < writes.len() {
            let owner = writes[i].owner();
            let mut tx = self.begin().await?;
            while i < writes.len() && writes[i].owner() == owner {
                tx.c().sync_write(&writes[i]).await?;
                i += 1;
            }
            tx.commit().await?;
        }
        Ok(())
    }
}
