//! Versions of a document (P04): each upload is a new, numbered version
//! with an optional label, every version downloads as it was, and
//! deleting a version or the whole document deletes the stored files too.

use crate::common::account::*;
use crate::common::documents::*;
use crate::common::*;

fn versions(doc: &serde_json::Value) -> Vec<(i64, String)> {
    doc["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["number"].as_i64().unwrap(),
                v["label"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn get_doc(app: &axum::Router, cookie: &str, id: &str) -> serde_json::Value {
    let reply = call(app, "/api/documents/get", Some(cookie), &[("id", id)]).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    serde_json::from_str(&reply.body).unwrap()
}

/// P04 P23: a second version with a label ("Mollie, backend") is numbered 2
/// and listed first; the first still downloads as it was; deleting it
/// deletes its file; deleting the document asks for the box, then deletes
/// every version and every file.
#[tokio::test]
async fn p04_versions_are_numbered_labelled_kept_and_deleted_with_their_files() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Eva", "eva@example.org").await;
    let id = fx_document(&app, &cookie, "Resume", ("resume.pdf", PDF)).await;
    let second = docx();
    let reply = post_multipart(
        &app,
        &format!("/documents/{id}/versions"),
        Some(&cookie),
        &[("label", "Mollie, backend")],
        Some(("resume.docx", second.as_slice())),
        Some("text/html"),
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    assert_eq!(
        reply.headers["location"],
        format!("/documents/{id}?notice=version-uploaded").as_str()
    );
    let doc = get_doc(&app, &cookie, &id).await;
    assert_eq!(
        versions(&doc),
        [(2, "Mollie, backend".to_string()), (1, String::new())]
    );
    let first = doc["versions"][1]["id"].as_str().unwrap().to_string();
    // P23: Your data counts the document and both versions.
    let summary = call(&app, "/api/data/summary", Some(&cookie), &[]).await;
    let summary: serde_json::Value = serde_json::from_str(&summary.body).unwrap();
    let rows = |table: &str| {
        summary["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["table"] == table)
            .map(|t| t["rows"].as_i64().unwrap())
    };
    assert_eq!(rows("documents"), Some(1));
    assert_eq!(rows("document_versions"), Some(2));
    let (status, _, bytes) = download(
        &app,
        &format!("/documents/{id}/versions/{first}/download"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(bytes, PDF, "an older version is kept as it was");

    // A wrong file for a new version is refused at the field, the label's
    // error beside it.
    let long = "x".repeat(101);
    let refused = post_multipart(
        &app,
        &format!("/documents/{id}/versions"),
        Some(&cookie),
        &[("label", &long)],
        Some(("resume.pdf", ELF)),
        Some("text/html"),
    )
    .await;
    let to = refused.headers["location"].to_str().unwrap();
    assert!(
        to.starts_with(&format!("/documents/{id}?"))
            && to.contains("error=error-document-type")
            && to.contains("label_error=error-too-long&label_max=100")
            && to.ends_with("#new-version"),
        "{to}"
    );
    assert_eq!(state.storage.list("").await.unwrap().len(), 2);

    let deleted = call(
        &app,
        "/api/documents/delete-version",
        Some(&cookie),
        &[("id", &id), ("version_id", &first)],
    )
    .await;
    assert_eq!(deleted.status, 200, "{}", deleted.body);
    assert_eq!(
        versions(&get_doc(&app, &cookie, &id).await),
        [(2, "Mollie, backend".to_string())]
    );
    let stored = state.storage.list("").await.unwrap();
    assert_eq!(stored.len(), 1, "the deleted version's file is gone");
    assert!(!stored[0].ends_with(&first));
    let (status, ..) = download(
        &app,
        &format!("/documents/{id}/versions/{first}/download"),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, 404);

    // A third version after a deletion takes the next number.
    fx_version(&app, &cookie, &id).await;
    assert_eq!(versions(&get_doc(&app, &cookie, &id).await)[0].0, 3);

    let unconfirmed = call(&app, "/api/documents/delete", Some(&cookie), &[("id", &id)]).await;
    assert_eq!(unconfirmed.status, 422);
    assert!(unconfirmed.body.contains("error-document-delete-confirm"));
    let gone = call(
        &app,
        "/api/documents/delete",
        Some(&cookie),
        &[("id", &id), ("confirm", "on")],
    )
    .await;
    assert_eq!(gone.status, 200, "{}", gone.body);
    assert!(state.storage.list("").await.unwrap().is_empty());
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM document_versions")
        .fetch_one(&t.db.pool)
        .await
        .unwrap();
    assert_eq!(rows, 0);
    let reply = call(&app, "/api/documents/get", Some(&cookie), &[("id", &id)]).await;
    assert_eq!(reply.status, 404);
}

async fn fx_version(app: &axum::Router, cookie: &str, id: &str) {
    let reply = post_multipart(
        app,
        &format!("/documents/{id}/versions"),
        Some(cookie),
        &[],
        Some(("v.txt", b"version text")),
        None,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
}

/// P04: the document page renders on the server (no JavaScript needed):
/// the versions with their labels and download links, the plain forms for
/// a new version, the details and deletion; in every language.
#[tokio::test]
async fn p04_the_document_page_works_as_plain_html_in_every_language() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Fay", "fay@example.org").await;
    let id = fx_document(&app, &cookie, "Resume", ("resume.pdf", PDF)).await;
    let reply = post_multipart(
        &app,
        &format!("/documents/{id}/versions"),
        Some(&cookie),
        &[("label", "Mollie, backend")],
        Some(("resume.pdf", PDF)),
        None,
    )
    .await;
    assert_eq!(reply.status, 201);
    let mut pages = vec![
        "/documents?notice=document-deleted".to_string(),
        "/documents?error=error-document-quota&title_error=error-too-long&title_max=100"
            .to_string(),
        "/documents?q=nothing-like-it".to_string(),
    ];
    for notice in [
        "document-saved",
        "document-uploaded",
        "version-uploaded",
        "version-deleted",
    ] {
        pages.push(format!("/documents/{id}?notice={notice}"));
    }
    pages.push(format!(
        "/documents/{id}?error=error-document-mismatch&label_error=error-required"
    ));
    for locale in offerline::i18n::Locale::ALL {
        for path in &pages {
            let page = page_in(&app, path, Some(&cookie), locale).await;
            assert_eq!(page.status, 200, "{path}");
            for bad in ["⟦missing", "{ $", "{$", "{{", "%{"] {
                assert!(
                    !page.body.contains(bad),
                    "{path} in {locale:?} contains {bad:?}"
                );
            }
        }
        let page = page_in(&app, &format!("/documents/{id}"), Some(&cookie), locale).await;
        assert_eq!(page.status, 200);
        assert!(!page.body.contains("⟦missing"), "{locale:?}");
        assert!(page.body.contains("Mollie, backend"));
        assert!(
            page.body
                .contains(&format!("action=\"/documents/{id}/versions\""))
        );
        assert!(page.body.contains("enctype=\"multipart/form-data\""));
        assert!(page.body.contains("/download"));
        let list = page_in(&app, "/documents", Some(&cookie), locale).await;
        assert!(!list.body.contains("⟦missing"), "{locale:?}");
        assert!(list.body.contains("action=\"/documents/upload\""));
    }
    let nav = page_in(&app, "/boards", Some(&cookie), offerline::i18n::Locale::Fr).await;
    assert!(nav.body.contains("href=\"/documents\""));
}
