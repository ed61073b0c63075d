//! A stored message as an RFC 5322 email. Everything in it is derived from
//! the outbox row, so building it again for a retry gives the same bytes:
//! the Message-ID comes from the outbox id, the Date from the row's creation
//! time, and the MIME boundary from the id.

use super::StoredMail;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};
use std::time::{Duration, UNIX_EPOCH};

/// `<outbox id@sender's domain>`: the same on every attempt, so a receiver
/// that saw the message already can recognise a second copy.
pub fn message_id(outbox_id: &str, from: &Mailbox) -> String {
    format!("<{outbox_id}@{}>", from.email.domain())
}

/// The email for `mail`, sent by `from`. Non-essential mail names its
/// one-click `unsubscribe` URL (RFC 2369 `List-Unsubscribe` with RFC 8058
/// `List-Unsubscribe-Post`).
pub fn build(
    from: &Mailbox,
    mail: &StoredMail,
    unsubscribe: Option<&str>,
) -> Result<Message, String> {
    let address = mail
        .to_address
        .parse()
        .map_err(|e| format!("recipient {:?}: {e}", mail.to_address))?;
    let to = Mailbox::new(mail.to_name.clone(), address);
    let created = UNIX_EPOCH + Duration::from_millis(mail.created_at.max(0) as u64);
    let builder = Message::builder()
        .message_id(Some(message_id(&mail.id, from)))
        .date(created)
        .from(from.clone())
        .to(to)
        .subject(mail.subject.clone())
        .header(AutoSubmitted)
        .header(ContentLanguage(mail.locale.tag()));
    let builder = match unsubscribe {
        Some(url) => builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost),
        None => builder,
    };
    builder
        .multipart(
            MultiPart::alternative()
                .boundary(format!("offerline-{}", mail.id))
                .singlepart(SinglePart::plain(mail.text_body.clone()))
                .singlepart(SinglePart::html(mail.html_body.clone())),
        )
        .map_err(|e| format!("building the message: {e}"))
}

/// `Auto-Submitted: auto-generated` (RFC 3834): no vacation replies.
#[derive(Debug, Clone, Copy)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_string())
    }
}

/// `List-Unsubscribe: <https://…>` (RFC 2369).
#[derive(Debug, Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
#[derive(Debug, Clone, Copy)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_string())
    }
}

/// `Content-Language` (RFC 3282): the language the message is written in.
#[derive(Debug, Clone, Copy)]
struct ContentLanguage(&'static str);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        crate::i18n::Locale::from_tag(s)
            .map(|locale| ContentLanguage(locale.tag()))
            .ok_or_else(|| format!("unknown language {s:?}").into())
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::server::mail::Status;

    fn stored() -> StoredMail {
        StoredMail {
            id: "0190f1c2-0000-7000-8000-000000000001".into(),
            user_id: None,
            to_address: "ana@example.org".into(),
            to_name: Some("Ana Étoile".into()),
            locale: Locale::Fr,
            subject: "Réinitialisez votre mot de passe".into(),
            text_body: "Bonjour Ana,\n".into(),
            html_body: "<p>Bonjour Ana,</p>".into(),
            kind: "password_reset".into(),
            essential: true,
            status: Status::Queued,
            attempts: 0,
            last_error: None,
            created_at: 1_790_000_000_000,
            sent_at: None,
        }
    }

    #[test]
    fn building_twice_gives_the_same_bytes() {
        let from: Mailbox = "Offerline <no-reply@offerline.test>".parse().unwrap();
        let first = build(&from, &stored(), None).unwrap().formatted();
        let second = build(&from, &stored(), None).unwrap().formatted();
        assert_eq!(first, second);
        let text = String::from_utf8(first).unwrap();
        assert!(text.contains("Message-ID: <0190f1c2-0000-7000-8000-000000000001@offerline.test>"));
        assert!(text.contains("Auto-Submitted: auto-generated"));
        assert!(text.contains("Content-Language: fr"));
        assert!(text.contains("multipart/alternative"));
        assert!(!text.contains("List-Unsubscribe"));
    }

    /// P28: non-essential mail offers the one-click unsubscribe.
    #[test]
    fn p28_product_mail_names_its_one_click_unsubscribe() {
        let from: Mailbox = "Offerline <no-reply@offerline.test>".parse().unwrap();
        let url = "https://offerline.test/email/unsubscribe?token=abc.def";
        let text =
            String::from_utf8(build(&from, &stored(), Some(url)).unwrap().formatted()).unwrap();
        assert!(
            text.contains(&format!("List-Unsubscribe: <{url}>")),
            "{text}"
        );
        assert!(text.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
    }
}
