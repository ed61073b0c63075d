//! Outgoing email, what is sent: messages rendered in the recipient's
//! language with both parts, every template in every locale, refused
//! addresses and links, and the sender address.

use crate::common::mail::*;
use crate::common::smtp::SmtpServer;
use crate::common::{fx_db, fx_state, fx_state_with};
use offerline::error::AppError;
use offerline::i18n::{Locale, MISSING_MARKER, translate};
use offerline::server::config::{Config, leptos_options};
use offerline::server::mail::{self, Status, Template};
use offerline::server::scope::Scope;
use offerline::server::state::AppState;

#[tokio::test]
async fn a_dutch_recipient_gets_dutch_mail_with_both_parts_over_smtp() {
    let t = fx_db().await;
    let server = SmtpServer::start();
    let state = fx_state_with(&t, &[("SMTP_URL", &server.url())]);
    let mut mail = to("ana@example.org", Locale::Nl, verify("Ana & \"Bo\""));
    mail.to_name = Some("Ana de Vries".into());
    let id = mail::queue(&state, &Scope::System, mail).await.unwrap();

    assert!(worker(&state).run_once().await.unwrap());
    let received = server.wait_for(1);
    assert_eq!(received.len(), 1, "{received:?}");
    let m = &received[0];
    assert_eq!(m.rcpt_to.as_deref(), Some("ana@example.org"));
    assert_eq!(m.to, "Ana de Vries <ana@example.org>");
    assert_eq!(m.from, "Offerline <no-reply@offerline.test>");
    assert_eq!(m.subject, translate(Locale::Nl, "mail-verify-subject"));
    assert_ne!(m.subject, translate(Locale::En, "mail-verify-subject"));
    assert_eq!(m.message_id, format!("<{id}@offerline.test>"));
    assert_eq!(m.content_type, "multipart/alternative");
    assert_eq!(m.parts, ["text/plain", "text/html"]);
    assert_eq!(m.content_language.as_deref(), Some("nl"));
    assert_eq!(m.auto_submitted.as_deref(), Some("auto-generated"));

    let text = m.text.as_deref().unwrap();
    assert!(text.starts_with("Hallo Ana & \"Bo\",\n"), "{text}");
    assert!(text.contains(&translate(Locale::Nl, "mail-verify-intro")));
    assert!(text.contains(LINK));
    let html = m.html.as_deref().unwrap();
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("Hallo Ana &amp; &quot;Bo&quot;,"), "{html}");
    assert!(html.contains(&format!("href=\"{}\"", LINK.replace('&', "&amp;"))));
    assert!(!html.contains("<img"), "no remote images");

    let row = stored(&t, &id).await;
    assert_eq!((row.status, row.attempts), (Status::Sent, 1));
    assert!(row.sent_at.is_some());
    assert_eq!(row.kind, "verify_email");
    let (_, job_status, _, _) = send_job(&t, &id).await;
    assert_eq!(job_status, "done");
}

#[tokio::test]
async fn every_template_renders_in_every_locale_without_missing_text() {
    for template in every_template() {
        let mut subjects = Vec::new();
        for locale in Locale::ALL {
            let out = template.render(locale);
            for part in [&out.subject, &out.text, &out.html] {
                for bad in [MISSING_MARKER, "{ $", "{$"] {
                    assert!(
                        !part.contains(bad),
                        "{} in {locale:?}: {bad:?} in {part}",
                        template.kind()
                    );
                }
            }
            assert!(!out.subject.is_empty());
            assert!(out.text.contains("Ana"), "{}", out.text);
            for link in template.links() {
                assert!(out.text.contains(link));
                assert!(out.html.contains(&link.replace('&', "&amp;")));
            }
            for detail in ["30", "15", "ana.new@example.org"] {
                if format!("{template:?}").contains(detail) {
                    assert!(out.text.contains(detail), "{locale:?}: {}", out.text);
                }
            }
            subjects.push(out.subject);
        }
        subjects.dedup();
        assert_eq!(subjects.len(), 3, "{}: {subjects:?}", template.kind());
    }
}

#[tokio::test]
async fn bad_addresses_and_links_to_other_sites_are_refused() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let err = mail::queue(
        &state,
        &Scope::System,
        to("not an address", Locale::En, verify("X")),
    )
    .await
    .unwrap_err();
    assert_eq!(err.for_field("to"), Some("mail-address-invalid"));
    for link in [
        "https://evil.example/reset",
        "javascript:alert(1)",
        "/relative",
    ] {
        let template = Template::PasswordReset {
            name: "X".into(),
            link: link.into(),
            minutes: 30,
        };
        let err = mail::queue(
            &state,
            &Scope::System,
            to("x@example.org", Locale::En, template),
        )
        .await
        .unwrap_err();
        assert!(matches!(err, AppError::Internal { .. }), "{link}: {err:?}");
    }
    assert_eq!(count(&t, "SELECT COUNT(*) FROM outbox").await, 0);
}

#[tokio::test]
async fn the_sender_defaults_to_no_reply_at_the_public_host_and_is_validated() {
    let t = fx_db().await;
    let config = crate::common::fx_config(&t, &[]);
    assert_eq!(
        config.mail_from.to_string(),
        "Offerline <no-reply@offerline.test>"
    );
    let config =
        crate::common::fx_config(&t, &[("OFFERLINE_MAIL_FROM", "Jobs <jobs@example.org>")]);
    assert_eq!(config.mail_from.to_string(), "Jobs <jobs@example.org>");

    let dir = t.dir.path().display().to_string();
    let lookup = |name: &str| match name {
        "OFFERLINE_DATA_DIR" => Some(dir.clone()),
        "OFFERLINE_MAIL_FROM" => Some("Jobs at example.org".to_string()),
        _ => None,
    };
    let err = Config::from_lookup(&lookup, leptos_options().unwrap()).unwrap_err();
    assert!(err.to_string().contains("OFFERLINE_MAIL_FROM"), "{err}");

    // An SMTP URL lettre cannot use stops the start, with the reason.
    let config = crate::common::fx_config(&t, &[("SMTP_URL", "smtp://mail.example?tls=sometimes")]);
    let err = AppState::new(config, t.db.clone()).err().expect("refused");
    assert!(err.contains("SMTP_URL"), "{err}");
}
