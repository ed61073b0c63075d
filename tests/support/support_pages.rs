//! The support pages, the person's and staff's (P12): no missing text in
//! any language, and every form works as a plain form post without
//! JavaScript. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::support_fixtures::*;
use offerline::i18n::{Locale, MISSING_MARKER};

/// P12: the support pages, the person's and staff's, show no missing text
/// or raw placeholder in any language.
#[tokio::test]
async fn p12_support_pages_are_translated() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let ada = sign_up(&app, "Ada Admin", "ada@example.org").await;
    make_staff(&t, "ada@example.org", "admin").await;
    let id = open_ok(&app, &ann, "Thread", "A message.").await;
    let granted = call(
        &app,
        "/api/admin/support/open",
        Some(&ada),
        &[("id", &id), ("reason", "Answering")],
    )
    .await;
    let access = json(&granted).as_str().unwrap().to_string();
    let own = [
        "/settings/support".to_string(),
        format!("/settings/support/{id}?notice=reply-sent"),
    ];
    let staff = [
        "/admin".to_string(),
        "/admin/support".to_string(),
        format!("/admin/support/{id}"),
        format!("/admin/support/{id}?access={access}&notice=ticket-closed"),
        "/admin/policies?notice=policy-published".to_string(),
    ];
    for locale in Locale::ALL {
        for (path, cookie) in own
            .iter()
            .map(|p| (p, &ann))
            .chain(staff.iter().map(|p| (p, &ada)))
        {
            let reply = page(&app, path, cookie, locale).await;
            assert_eq!(reply.status, 200, "{path}");
            for bad in [MISSING_MARKER, "{ $", "{$", "{{", "%{"] {
                assert!(
                    !reply.body.contains(bad),
                    "{path} in {locale:?} contains {bad:?}"
                );
            }
        }
    }
}

/// P12: without JavaScript, the contact form, the reason asked of staff
/// and the replies are plain form posts answered by a redirect to the
/// page that shows the result.
#[tokio::test]
async fn p12_the_forms_work_without_javascript() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ann = sign_up(&app, "Ann Dekker", "ann@example.org").await;
    let sam = sign_up(&app, "Sam Support", "sam@example.org").await;
    make_staff(&t, "sam@example.org", "support").await;
    // A refused post comes back to the form with what was typed and the
    // error at its field.
    let refused = send(
        &app,
        plain_post(
            "/api/support/open",
            &ann,
            "/settings/support",
            &format!(
                "subject=Kept+%3Cb%3E{}&message=Typed+words",
                "x".repeat(200)
            ),
        ),
    )
    .await;
    assert_eq!(refused.status, 302);
    let back = refused.headers["location"].to_str().unwrap().to_string();
    assert!(
        back.starts_with("http://offerline.test/settings/support?subject="),
        "{back}"
    );
    let form = page(
        &app,
        back.trim_start_matches("http://offerline.test"),
        &ann,
        Locale::En,
    )
    .await;
    let kept = format!("value=\"Kept &lt;b&gt;{}\"", "x".repeat(200));
    assert!(form.body.contains(&kept), "typed subject kept");
    assert!(
        form.body.contains(">Typed words</textarea>"),
        "typed message kept"
    );
    assert!(form.body.contains("Use at most 200 characters."));
    let sent = send(
        &app,
        plain_post(
            "/api/support/open",
            &ann,
            "/settings/support",
            "subject=Plain&message=No+script+here.",
        ),
    )
    .await;
    assert_eq!(sent.status, 302, "{}", sent.body);
    let location = sent.headers["location"].to_str().unwrap().to_string();
    assert!(
        location.starts_with("/settings/support/") && location.ends_with("?notice=ticket-sent")
    );
    let id = location
        .trim_start_matches("/settings/support/")
        .trim_end_matches("?notice=ticket-sent")
        .to_string();
    let opened = send(
        &app,
        plain_post(
            "/api/admin/support/open",
            &sam,
            &format!("/admin/support/{id}"),
            &format!("id={id}&reason=Answering"),
        ),
    )
    .await;
    assert_eq!(opened.status, 302);
    let staff_page = opened.headers["location"].to_str().unwrap().to_string();
    assert!(staff_page.starts_with(&format!("/admin/support/{id}?access=")));
    let access = staff_page.split("access=").nth(1).unwrap().to_string();
    let answered = send(
        &app,
        plain_post(
            "/api/admin/support/reply",
            &sam,
            &staff_page,
            &format!("id={id}&access={access}&message=Hello+back."),
        ),
    )
    .await;
    assert_eq!(answered.status, 302);
    assert!(
        answered.headers["location"]
            .to_str()
            .unwrap()
            .ends_with("&notice=reply-sent")
    );
    let replied = send(
        &app,
        plain_post(
            "/api/support/reply",
            &ann,
            &format!("/settings/support/{id}"),
            &format!("id={id}&message=Thanks."),
        ),
    )
    .await;
    assert_eq!(replied.status, 302);
    let empty = send(
        &app,
        plain_post(
            "/api/support/reply",
            &ann,
            &format!("/settings/support/{id}"),
            &format!("id={id}&message=+"),
        ),
    )
    .await;
    let back = empty.headers["location"].to_str().unwrap().to_string();
    let again = page(
        &app,
        back.trim_start_matches("http://offerline.test"),
        &ann,
        Locale::En,
    )
    .await;
    assert!(again.body.contains("Please fill this in."), "{back}");
    assert_eq!(
        replied.headers["location"],
        format!("/settings/support/{id}?notice=reply-sent").as_str()
    );
    let thread = page(&app, &format!("/settings/support/{id}"), &ann, Locale::En).await;
    assert!(thread.body.contains("Hello back.") && thread.body.contains("Thanks."));
}
