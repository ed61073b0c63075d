//! Documents for tests: small valid files of each kind (made here, so no
//! binary fixture is checked in) and uploads through the real routes, as
//! a browser's multipart form or a script sends them.
#![allow(dead_code)]

use super::{Reply, send};
use axum::Router;
use axum::body::Body;

/// A one-page PDF that says "Ana Lima".
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n\
3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>\nendobj\n\
trailer\n<< /Root 1 0 R >>\n%%EOF\n";

/// The first bytes of a Linux executable, as a renamed one starts.
pub const ELF: &[u8] = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0\x01\0\0\0";

/// A minimal Word document, the one the end-to-end tests upload too.
pub fn docx() -> Vec<u8> {
    include_bytes!("../../end2end/fixtures/letter.docx").to_vec()
}

/// A multipart body of `fields` then `file` (name, bytes), as a browser
/// sends a form; answers its content type and bytes.
pub fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "offerline-documents-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    if let Some((name, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Posts a multipart form to `path`; `accept` as a browser (`text/html`)
/// or not.
pub async fn post_multipart(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
    file: Option<(&str, &[u8])>,
    accept: Option<&str>,
) -> Reply {
    let (content_type, body) = multipart(fields, file);
    let mut request = http::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "offerline.test")
        .header("origin", "http://offerline.test")
        .header("content-type", content_type);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

/// Uploads a new document as a script does; answers its id.
pub async fn fx_document(app: &Router, cookie: &str, title: &str, file: (&str, &[u8])) -> String {
    let reply = post_multipart(
        app,
        "/documents/upload",
        Some(cookie),
        &[
            ("kind", "resume"),
            ("title", title),
            ("language", "en"),
            ("tags", "backend, rust"),
        ],
        Some(file),
        None,
    )
    .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let json: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
    json["id"].as_str().unwrap().to_string()
}

/// The raw bytes of a GET of `path`, with its status and headers.
pub async fn download(
    app: &Router,
    path: &str,
    cookie: Option<&str>,
) -> (u16, http::HeaderMap, Vec<u8>) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let mut request = super::get(path);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, bytes.to_vec())
}
