//! Uploading documents (P04): a PDF and a DOCX go in and come back byte
//! for byte, sealed at rest (P19); the type is read from the bytes, so a
//! renamed executable or a name that lies is refused at the file field;
//! the size limit answers 413 and the quota holds; the list is searched
//! by title and tag; details are corrected (P24).

use crate::common::account::*;
use crate::common::documents::*;
use crate::common::*;

async fn count(t: &TestDb, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(&t.db.pool)
        .await
        .unwrap()
}

fn location(reply: &Reply) -> String {
    reply.headers["location"].to_str().unwrap().to_string()
}

/// P04 P19: a PDF uploaded from the plain form and a DOCX from a script
/// are listed, download as attachments with their type, `nosniff` and
/// their exact bytes, and are stored sealed: the stored object holds
/// neither the file's bytes nor its text.
#[tokio::test]
async fn p04_p19_a_pdf_and_a_docx_go_in_sealed_and_come_back_whole() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Ana Lima", "ana@example.org").await;

    let reply = post_multipart(
        &app,
        "/documents/upload",
        Some(&cookie),
        &[
            ("kind", "resume"),
            ("title", "Backend resume"),
            ("language", "en"),
            ("tags", "backend, Rust"),
        ],
        Some(("../Ana CV.pdf", PDF)),
        Some("text/html"),
    )
    .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
    let to = location(&reply);
    assert!(to.ends_with("?notice=document-uploaded"), "{to}");
    let pdf_id = to
        .trim_start_matches("/documents/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let docx_bytes = docx();
    let docx_id = fx_document(
        &app,
        &cookie,
        "Letter to Mollie",
        ("letter.docx", &docx_bytes),
    )
    .await;

    let list = call(&app, "/api/documents/list", Some(&cookie), &[]).await;
    assert_eq!(list.status, 200, "{}", list.body);
    let list: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    assert_eq!(list["documents"].as_array().unwrap().len(), 2);
    assert_eq!(
        list["usage"]["used_bytes"].as_i64().unwrap(),
        (PDF.len() + docx_bytes.len()) as i64
    );
    assert_eq!(list["usage"]["max_upload_bytes"], 10 * 1024 * 1024);
    assert_eq!(list["usage"]["quota_bytes"], 200 * 1024 * 1024);

    for (id, bytes, media_type, name) in [
        (&pdf_id, PDF.to_vec(), "application/pdf", "Ana CV.pdf"),
        (
            &docx_id,
            docx_bytes.clone(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "letter.docx",
        ),
    ] {
        let doc = call(&app, "/api/documents/get", Some(&cookie), &[("id", id)]).await;
        assert_eq!(doc.status, 200, "{}", doc.body);
        let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
        let version = &doc["versions"][0];
        assert_eq!(version["number"], 1);
        assert_eq!(version["media_type"], media_type);
        assert_eq!(version["file_name"], name, "the name is made safe");
        let path = format!(
            "/documents/{id}/versions/{}/download",
            version["id"].as_str().unwrap()
        );
        let (status, headers, body) = download(&app, &path, Some(&cookie)).await;
        assert_eq!(status, 200);
        assert_eq!(headers["content-type"], media_type);
        assert_eq!(headers["x-content-type-options"], "nosniff");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(
            disposition.starts_with(&format!("attachment; filename=\"{name}\"")),
            "{disposition}"
        );
        assert_eq!(body, bytes, "the file comes back byte for byte");
    }

    // At rest, every stored object is sealed, in its owner's folder.
    let (user_id, ..) = user_row(&t, "ana@example.org").await;
    let stored = state.storage.list("").await.unwrap();
    assert_eq!(stored.len(), 2, "{stored:?}");
    for key in &stored {
        assert!(
            key.starts_with(&format!("users/{user_id}/documents/")),
            "{key}"
        );
        let raw = std::fs::read(t.dir.path().join("files").join(key)).unwrap();
        assert!(raw.starts_with(b"OFLSEAL1"), "{key} is sealed");
        assert!(!raw.windows(4).any(|w| w == b"%PDF"), "{key}");
        assert!(!raw.windows(6).any(|w| w == b"Mollie"), "{key}");
    }
}

/// P04: the type comes from the bytes. A renamed executable, a text
/// named as a PDF and an empty file are refused at the file field, with
/// the other fields' errors beside them; nothing is stored or written.
/// Text and Markdown that are valid UTF-8 are taken.
#[tokio::test]
async fn p04_the_type_is_read_from_the_bytes_not_the_name() {
    let t = fx_db().await;
    let state = fx_state(&t);
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Ben", "ben@example.org").await;
    let fields = [("kind", "resume"), ("title", "Resume"), ("language", "en")];
    for (name, bytes, key) in [
        ("resume.pdf", ELF, "error-document-type"),
        (
            "setup.exe",
            b"MZ\x90\0\x03\0\0\0\x04\0".as_slice(),
            "error-document-type",
        ),
        (
            "resume.pdf",
            b"just some text".as_slice(),
            "error-document-mismatch",
        ),
        ("resume.docx", PDF, "error-document-mismatch"),
        (
            "page.txt",
            b"<html><body>hi</body></html>".as_slice(),
            "error-document-type",
        ),
        ("empty.pdf", b"".as_slice(), "error-document-empty"),
    ] {
        let reply = post_multipart(
            &app,
            "/documents/upload",
            Some(&cookie),
            &fields,
            Some((name, bytes)),
            Some("text/html"),
        )
        .await;
        assert_eq!(reply.status, 303, "{name}: {}", reply.body);
        assert_eq!(
            location(&reply),
            format!("/documents?error={key}#upload"),
            "{name}"
        );
        let script = post_multipart(
            &app,
            "/documents/upload",
            Some(&cookie),
            &fields,
            Some((name, bytes)),
            None,
        )
        .await;
        assert_eq!(script.status, 422, "{name}");
        assert!(script.body.contains(key), "{name}: {}", script.body);
    }
    // Every refused field is named at once.
    let reply = post_multipart(
        &app,
        "/documents/upload",
        Some(&cookie),
        &[("kind", "poem"), ("title", ""), ("language", "de")],
        Some(("a.pdf", ELF)),
        Some("text/html"),
    )
    .await;
    let to = location(&reply);
    for part in [
        "error=error-document-type",
        "kind_error=error-document-kind",
        "title_error=error-required",
        "language_error=error-document-language",
    ] {
        assert!(to.contains(part), "{to}");
    }
    assert_eq!(count(&t, "documents").await, 0);
    assert!(state.storage.list("").await.unwrap().is_empty());

    // The page shows the message next to the file field.
    let page = page_in(
        &app,
        "/documents?error=error-document-type",
        Some(&cookie),
        offerline::i18n::Locale::En,
    )
    .await;
    assert!(
        page.body.contains("This type of file cannot be uploaded"),
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"upload-file-error\""));

    for (name, bytes, media_type) in [
        (
            "notes.txt",
            "Café notes\n".as_bytes(),
            "text/plain; charset=utf-8",
        ),
        (
            "cv.md",
            "# Ana\n\n- Rust\n".as_bytes(),
            "text/markdown; charset=utf-8",
        ),
        (
            "letter.rtf",
            b"{\\rtf1\\ansi Dear Mollie}".as_slice(),
            "application/rtf",
        ),
    ] {
        let id = fx_document(&app, &cookie, name, (name, bytes)).await;
        let doc = call(&app, "/api/documents/get", Some(&cookie), &[("id", &id)]).await;
        assert!(doc.body.contains(media_type), "{name}: {}", doc.body);
    }
}

/// P04: a file over `OFFERLINE_MAX_UPLOAD_MB` is answered 413 with the
/// limit named, whether the route's body limit or the file's own count
/// stops it; a file that would pass `OFFERLINE_USER_QUOTA_MB` is refused
/// at the file field. Nothing of a refused file stays.
#[tokio::test]
async fn p04_the_size_limit_answers_413_and_the_quota_holds() {
    let t = fx_db().await;
    let state = fx_state_with(
        &t,
        &[
            ("OFFERLINE_MAX_UPLOAD_MB", "1"),
            ("OFFERLINE_USER_QUOTA_MB", "2"),
        ],
    );
    let app = fx_app(state.clone());
    let cookie = sign_up(&app, "Cas", "cas@example.org").await;
    let fields = [("kind", "other"), ("title", "Big"), ("language", "en")];
    for size in [1024 * 1024 + 1, 3 * 1024 * 1024] {
        let big = vec![b'a'; size];
        let script = post_multipart(
            &app,
            "/documents/upload",
            Some(&cookie),
            &fields,
            Some(("big.txt", big.as_slice())),
            None,
        )
        .await;
        assert_eq!(script.status, 413, "{size}: {}", script.body);
        let browser = post_multipart(
            &app,
            "/documents/upload",
            Some(&cookie),
            &fields,
            Some(("big.txt", big.as_slice())),
            Some("text/html"),
        )
        .await;
        assert_eq!(browser.status, 413, "{size}");
        assert!(browser.body.contains("at most 1 MB"), "{}", browser.body);
    }
    let almost = vec![b'b'; 900 * 1024];
    fx_document(&app, &cookie, "One", ("one.txt", &almost)).await;
    fx_document(&app, &cookie, "Two", ("two.txt", &almost)).await;
    let over = post_multipart(
        &app,
        "/documents/upload",
        Some(&cookie),
        &fields,
        Some(("three.txt", almost.as_slice())),
        None,
    )
    .await;
    assert_eq!(over.status, 422, "{}", over.body);
    assert!(over.body.contains("error-document-quota"));
    assert_eq!(count(&t, "documents").await, 2);
    assert_eq!(state.storage.list("").await.unwrap().len(), 2);
    // Both limits are shown on the page.
    let page = page_in(
        &app,
        "/documents",
        Some(&cookie),
        offerline::i18n::Locale::En,
    )
    .await;
    assert!(page.body.contains("of your 2 MB"), "{}", page.body);
    assert!(page.body.contains("up to 1 MB"));
}

/// The upload limits are settings, checked at start-up: the largest
/// upload must leave room within the body limit.
#[tokio::test]
async fn upload_limits_are_checked_at_start_up() {
    let t = fx_db().await;
    let mut vars: std::collections::HashMap<String, String> = [
        ("OFFERLINE_DATA_DIR", t.dir.path().display().to_string()),
        ("DATABASE_URL", t.url.clone()),
        ("OFFERLINE_SECRET_KEY", SECRET_HEX.to_string()),
        ("OFFERLINE_DOCUMENT_KEY", DOCUMENT_HEX.to_string()),
        ("OFFERLINE_MAX_UPLOAD_MB", "16".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let load = |vars: &std::collections::HashMap<String, String>| {
        let leptos = offerline::server::config::leptos_options().unwrap();
        offerline::server::config::Config::from_lookup(&|name| vars.get(name).cloned(), leptos)
    };
    let error = load(&vars).unwrap_err().to_string();
    assert!(error.contains("OFFERLINE_MAX_UPLOAD_MB (16)"), "{error}");
    vars.insert("OFFERLINE_MAX_UPLOAD_MB".into(), "ten".into());
    vars.insert("OFFERLINE_USER_QUOTA_MB".into(), "0".into());
    let error = load(&vars).unwrap_err().to_string();
    assert!(error.contains("OFFERLINE_MAX_UPLOAD_MB must be"), "{error}");
    assert!(error.contains("OFFERLINE_USER_QUOTA_MB must be"), "{error}");
    vars.remove("OFFERLINE_MAX_UPLOAD_MB");
    vars.remove("OFFERLINE_USER_QUOTA_MB");
    let config = load(&vars).unwrap();
    assert_eq!(config.max_upload_bytes, 10 * 1024 * 1024);
    assert_eq!(config.user_quota_bytes, 200 * 1024 * 1024);
    // Unset, the upload limit stays below a lowered body limit.
    vars.insert("OFFERLINE_MAX_BODY_MB".into(), "4".into());
    assert_eq!(load(&vars).unwrap().max_upload_bytes, 3 * 1024 * 1024);
}

/// P04 P24: the list is searched by title and by tag, and a document's
/// details are corrected, each field checked.
#[tokio::test]
async fn p04_p24_documents_are_searched_and_corrected() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let cookie = sign_up(&app, "Dee", "dee@example.org").await;
    let resume = fx_document(&app, &cookie, "Backend resume", ("cv.pdf", PDF)).await;
    let letter = post_multipart(
        &app,
        "/documents/upload",
        Some(&cookie),
        &[
            ("kind", "cover_letter"),
            ("title", "Letter"),
            ("language", "nl"),
            ("tags", "Amsterdam"),
        ],
        Some(("letter.txt", b"Beste Mollie")),
        None,
    )
    .await;
    assert_eq!(letter.status, 201);
    let titles = |body: &str| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(body).unwrap();
        v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["title"].as_str().unwrap().to_string())
            .collect()
    };
    let by_title = call(
        &app,
        "/api/documents/list",
        Some(&cookie),
        &[("q", "BACKEND")],
    )
    .await;
    assert_eq!(titles(&by_title.body), ["Backend resume"]);
    let by_tag = call(
        &app,
        "/api/documents/list",
        Some(&cookie),
        &[("tag", "amsterdam")],
    )
    .await;
    assert_eq!(titles(&by_tag.body), ["Letter"]);
    let page = page_in(
        &app,
        "/documents?q=resume",
        Some(&cookie),
        offerline::i18n::Locale::En,
    )
    .await;
    assert!(page.body.contains("Backend resume") && !page.body.contains(">Letter<"));

    let bad = call(
        &app,
        "/api/documents/update",
        Some(&cookie),
        &[
            ("id", &resume),
            ("kind", "essay"),
            ("title", ""),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("error-document-kind") && bad.body.contains("error-required"));
    let saved = call(
        &app,
        "/api/documents/update",
        Some(&cookie),
        &[
            ("id", &resume),
            ("kind", "other"),
            ("title", "Resume, short"),
            ("language", "fr"),
            ("tags", "short, short, Paris"),
        ],
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let doc = call(
        &app,
        "/api/documents/get",
        Some(&cookie),
        &[("id", &resume)],
    )
    .await;
    let doc: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert_eq!(doc["title"], "Resume, short");
    assert_eq!(doc["kind"], "other");
    assert_eq!(doc["language"], "fr");
    assert_eq!(doc["tags"], serde_json::json!(["short", "Paris"]));
}
