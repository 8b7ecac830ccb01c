//! The file outbox: every message as a JSON record (what the demo's dev page lists) and,
//! for email, the RFC 5322 message as an `.eml` file. The development default for channels
//! with no transport; refuses nothing, so it is never on in production (`outbox = false`).

use std::path::PathBuf;
use std::sync::Mutex;

use super::{Channel, Delivery, DeliveryError, DeliveryFuture, Outgoing, Sent};
use crate::CoreError;

pub struct FileOutbox {
    pub dir: PathBuf,
    seq: Mutex<u64>,
}

impl FileOutbox {
    pub fn new(dir: PathBuf) -> Result<Self, CoreError> {
        std::fs::create_dir_all(&dir)?;
        let seq = std::fs::read_dir(&dir)?.count() as u64;
        Ok(FileOutbox {
            dir,
            seq: Mutex::new(seq),
        })
    }

    /// Messages in the outbox, newest first.
    pub fn list(&self, max: usize) -> Result<Vec<Outgoing>, CoreError> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names.reverse();
        names
            .into_iter()
            .take(max)
            .map(|p| Ok(serde_json::from_slice(&std::fs::read(p)?)?))
            .collect()
    }
}

impl Delivery for FileOutbox {
    fn send<'a>(&'a self, msg: &'a Outgoing) -> DeliveryFuture<'a> {
        Box::pin(async move {
            let n = {
                let mut s = self
                    .seq
                    .lock()
                    .map_err(|_| DeliveryError::Local("outbox lock poisoned".into()))?;
                *s += 1;
                *s
            };
            let stem = format!("{:010}-{n:06}-{}", msg.at, msg.channel.as_str());
            if msg.channel == Channel::Email {
                let eml = super::smtp::email_message(msg)?.formatted();
                tokio::fs::write(self.dir.join(format!("{stem}.eml")), eml).await?;
            }
            let json =
                serde_json::to_vec_pretty(msg).map_err(|e| DeliveryError::Local(e.to_string()))?;
            tokio::fs::write(self.dir.join(format!("{stem}.json")), json).await?;
            tracing::info!(
                channel = msg.channel.as_str(),
                "message written to the outbox"
            );
            Ok(Sent::by("outbox"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn o4_file_outbox_writes_eml_and_lists_newest_first() {
        let dir = std::env::temp_dir().join(format!("sspr-outbox-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let o = FileOutbox::new(dir.clone()).unwrap();
        for (i, ch) in [Channel::Email, Channel::Sms].into_iter().enumerate() {
            let m = Outgoing {
                channel: ch,
                to: if ch == Channel::Email {
                    "a@demo.example".into()
                } else {
                    "+81 9012345678".into()
                },
                from: "no-reply@demo.example".into(),
                subject: "コード".into(),
                body: format!("body {i}"),
                at: 100 + i as i64,
                lang: "ja-JP".into(),
                tenant_id: None,
            };
            o.send(&m).await.unwrap();
        }
        let list = o.list(10).unwrap();
        assert_eq!(
            list.iter().map(|m| m.channel).collect::<Vec<_>>(),
            vec![Channel::Sms, Channel::Email]
        );
        let emls = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .count();
        assert_eq!(emls, 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
