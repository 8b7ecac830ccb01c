//! Twilio's REST API (2010-04-01): SMS by `Messages.json`, voice by `Calls.json` with
//! TwiML `<Say>` in the flow's language; receipts are its status callbacks, signed with
//! `X-Twilio-Signature` (HMAC-SHA1 of the URL and the sorted form fields, keyed by the auth
//! token). Owns the request shapes; refuses to send the auth token anywhere but Twilio's
//! basic authentication.

use hmac::{Hmac, Mac};
use serde::Deserialize;

use super::{
    Callback, Provider, ProviderConfig, Receipt, ReceiptError, ReceiptStatus, SendFuture, answer,
    same, xml_escape,
};
use crate::CoreError;
use crate::delivery::{Channel, Outgoing, ProviderStatus};
use crate::directory::Secret;

pub(super) struct Twilio {
    channel: Channel,
    base: String,
    account: String,
    from: Option<String>,
    messaging_service: Option<String>,
    token: Secret,
    http: reqwest::Client,
}

#[derive(Deserialize)]
struct Created {
    sid: Option<String>,
}

impl Twilio {
    pub(super) fn new(
        what: &str,
        channel: Channel,
        p: &ProviderConfig,
        token: Secret,
        http: reqwest::Client,
    ) -> Result<Twilio, CoreError> {
        let account = p.account.clone().ok_or_else(|| {
            CoreError::Config(format!("{what}: `account` (the account SID) is required"))
        })?;
        if channel == Channel::Voice && p.from.is_none() {
            return Err(CoreError::Config(format!(
                "{what}: a call needs `from`, a Twilio number in E.164"
            )));
        }
        if p.from.is_none() && p.messaging_service.is_none() {
            return Err(CoreError::Config(format!(
                "{what}: set `from` or `messaging_service`"
            )));
        }
        Ok(Twilio {
            channel,
            base: p
                .url
                .clone()
                .unwrap_or_else(|| "https://api.twilio.com".into())
                .trim_end_matches('/')
                .to_string(),
            account,
            from: p.from.clone(),
            messaging_service: p.messaging_service.clone(),
            token,
            http,
        })
    }

    /// The TwiML of a call: the message said in the flow's language, twice with a pause
    /// (the text itself reads the code digit by digit and repeats it).
    pub(super) fn twiml(lang: &str, text: &str) -> String {
        let lang = if lang.is_empty() { "en-US" } else { lang };
        let say = format!(
            "<Say language=\"{}\">{}</Say>",
            xml_escape(lang),
            xml_escape(text)
        );
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>{say}<Pause length=\"2\"/>{say}</Response>"
        )
    }
}

/// Twilio's request signature: base64(HMAC-SHA1(token, url + each sorted field's name and
/// value concatenated)).
pub fn signature(token: &str, url: &str, fields: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = fields.iter().collect();
    sorted.sort();
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(token.as_bytes()).expect("any key length");
    mac.update(url.as_bytes());
    for (k, v) in sorted {
        mac.update(k.as_bytes());
        mac.update(v.as_bytes());
    }
    data_encoding::BASE64.encode(&mac.finalize().into_bytes())
}

impl Provider for Twilio {
    fn send<'a>(
        &'a self,
        msg: &'a Outgoing,
        to: &'a str,
        status_url: Option<&'a str>,
    ) -> SendFuture<'a> {
        Box::pin(async move {
            let mut form: Vec<(&str, String)> = vec![("To", to.to_string())];
            // A tenant's sender (name or number) replaces the configured one for SMS; a
            // call's caller ID is always the account's number.
            let tenant_from =
                (!msg.from.is_empty() && self.channel == Channel::Sms).then(|| msg.from.clone());
            let resource = match self.channel {
                Channel::Voice => {
                    form.push(("From", self.from.clone().unwrap_or_default()));
                    form.push(("Twiml", Self::twiml(&msg.lang, &msg.body)));
                    "Calls"
                }
                _ => {
                    match (tenant_from, &self.messaging_service, &self.from) {
                        (Some(f), _, _) => form.push(("From", f)),
                        (None, Some(ms), _) => form.push(("MessagingServiceSid", ms.clone())),
                        (None, None, Some(f)) => form.push(("From", f.clone())),
                        (None, None, None) => {}
                    }
                    form.push(("Body", msg.body.clone()));
                    "Messages"
                }
            };
            if let Some(u) = status_url {
                form.push(("StatusCallback", u.to_string()));
            }
            let url = format!(
                "{}/2010-04-01/Accounts/{}/{resource}.json",
                self.base, self.account
            );
            let created: Created = answer(
                self.http
                    .post(url)
                    .basic_auth(&self.account, Some(&self.token.0))
                    .form(&form),
            )
            .await?;
            match created.sid {
                Some(sid) if !sid.is_empty() => Ok(Some(sid)),
                _ => Err(ProviderStatus::BadAnswer),
            }
        })
    }

    fn receipt(&self, cb: &Callback) -> Result<Receipt, ReceiptError> {
        let fields: Vec<(String, String)> = form_urlencoded::parse(&cb.body).into_owned().collect();
        let got = cb
            .header("x-twilio-signature")
            .ok_or(ReceiptError::BadSignature)?;
        let want = signature(&self.token.0, &cb.url, &fields);
        if !same(got.as_bytes(), want.as_bytes()) {
            return Err(ReceiptError::BadSignature);
        }
        let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let (id, word) = match self.channel {
            Channel::Voice => (field("CallSid"), field("CallStatus")),
            _ => (field("MessageSid"), field("MessageStatus")),
        };
        let (Some(id), Some(word)) = (id, word) else {
            return Err(ReceiptError::Malformed);
        };
        if field("AccountSid") != Some(self.account.as_str()) {
            return Err(ReceiptError::Malformed);
        }
        let status = match word {
            "delivered" | "completed" => ReceiptStatus::Delivered,
            "undelivered" | "failed" | "busy" | "no-answer" | "canceled" => ReceiptStatus::Failed,
            _ => ReceiptStatus::Pending,
        };
        let detail = match field("ErrorCode") {
            Some(code) if !code.is_empty() => format!("{word} {code}"),
            _ => word.to_string(),
        };
        Ok(Receipt {
            id: id.to_string(),
            status,
            detail,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue15_twilio_signature_matches_its_documented_example() {
        // Twilio's security documentation: this URL, these fields and the token 12345
        // sign to this value.
        let fields: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            signature(
                "12345",
                "https://mycompany.com/myapp.php?foo=1&bar=2",
                &fields
            ),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
    }

    #[test]
    fn issue15_twiml_says_the_text_in_the_flows_language_twice() {
        let t = Twilio::twiml("ja-JP", "確認コードは 1、2、3 です");
        assert!(t.contains(
            "<Say language=\"ja-JP\">確認コードは 1、2、3 です</Say><Pause length=\"2\"/><Say"
        ));
        assert!(t.starts_with("<?xml"));
    }
}
