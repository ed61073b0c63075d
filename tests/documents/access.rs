//! Who may see a document (P20): every documents server function and
//! plain route answers 404 for another person's document or version, and
//! 401 to a visitor, and changes nothing.

use crate::common::account::*;
use crate::common::documents::*;
use crate::common::*;

/// P04 P20: another person's document and version answer 404 from every
/// server function and every plain route (upload a version, download),
/// without a word of them; a visitor gets 401; the owner still has all.
#[tokio::test]
async fn p20_another_persons_documents_and_versions_answer_404() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let owner = sign_up(&app, "Owner", "owner@example.org").await;
    let id = fx_document(&app, &owner, "Secret resume", ("secret.pdf", PDF)).await;
    let doc = call(&app, "/api/documents/get", Some(&owner), &[("id", &id)]).await;
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    let version = doc["versions"][0]["id"].as_str().unwrap().to_string();
    let other = sign_up(&app, "Other", "other@example.org").await;
    let theirs = fx_document(&app, &other, "Mine", ("mine.pdf", PDF)).await;

    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/documents/get", vec![("id", &id)]),
        (
            "/api/documents/update",
            vec![
                ("id", &id),
                ("kind", "other"),
                ("title", "Mine now"),
                ("language", "en"),
            ],
        ),
        (
            "/api/documents/delete-version",
            vec![("id", &id), ("version_id", &version)],
        ),
        // Their own document with the owner's version.
        (
            "/api/documents/delete-version",
            vec![("id", &theirs), ("version_id", &version)],
        ),
        (
            "/api/documents/delete",
            vec![("id", &id), ("confirm", "on")],
        ),
    ];
    for (path, pairs) in &calls {
        let reply = call(&app, path, Some(&other), pairs).await;
        assert_eq!(reply.status, 404, "{path}: {}", reply.body);
        assert!(!reply.body.contains("Secret"), "{path} leaked");
        let anonymous = call(&app, path, None, pairs).await;
        assert_eq!(anonymous.status, 401, "{path} without a session");
    }
    let list = call(&app, "/api/documents/list", Some(&other), &[]).await;
    assert_eq!(list.status, 200);
    assert!(!list.body.contains("Secret") && !list.body.contains(&id));
    assert_eq!(
        call(&app, "/api/documents/list", None, &[]).await.status,
        401
    );

    // The plain routes.
    let download_path = format!("/documents/{id}/versions/{version}/download");
    let (status, _, body) = download(&app, &download_path, Some(&other)).await;
    assert_eq!(status, 404);
    assert!(!String::from_utf8_lossy(&body).contains("PDF"));
    let (status, ..) = download(
        &app,
        &format!("/documents/{theirs}/versions/{version}/download"),
        Some(&other),
    )
    .await;
    assert_eq!(
        status, 404,
        "a version is found only under its own document"
    );
    assert_eq!(download(&app, &download_path, None).await.0, 401);
    let planted = post_multipart(
        &app,
        &format!("/documents/{id}/versions"),
        Some(&other),
        &[("label", "planted")],
        Some(("x.pdf", PDF)),
        None,
    )
    .await;
    assert_eq!(planted.status, 404, "{}", planted.body);
    let anonymous = post_multipart(
        &app,
        "/documents/upload",
        None,
        &[],
        Some(("x.pdf", PDF)),
        None,
    )
    .await;
    assert_eq!(anonymous.status, 401);
    let page = page_in(
        &app,
        &format!("/documents/{id}"),
        Some(&other),
        offerline::i18n::Locale::En,
    )
    .await;
    assert!(!page.body.contains("Secret resume"));

    // Nothing changed for the owner.
    let now = call(&app, "/api/documents/get", Some(&owner), &[("id", &id)]).await;
    let now: serde_json::Value = serde_json::from_str(&now.body).unwrap();
    assert_eq!(now["title"], "Secret resume");
    assert_eq!(now["versions"].as_array().unwrap().len(), 1);
    assert_eq!(download(&app, &download_path, Some(&owner)).await.2, PDF);
    assert_eq!(state.storage.list("").await.unwrap().len(), 2);

    // Every documents server function is in the table above or the list.
    let tested: Vec<&str> = calls.iter().map(|(path, _)| *path).collect();
    let mut seen = 0;
    for (path, _) in leptos::server_fn::axum::server_fn_paths() {
        if path.starts_with("/api/documents/") {
            seen += 1;
            assert!(
                tested.contains(&path) || path == "/api/documents/list",
                "{path} has no access test"
            );
        }
    }
    assert_eq!(seen, 5);
}
