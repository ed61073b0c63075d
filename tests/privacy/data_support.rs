//! Helpers of the "Your data" tests: the export download, the archive's
//! files, the import upload and the download of a prepared export; the
//! seeded account comes from `crate::common::seed`.
#![allow(dead_code)]

pub use crate::common::seed::fx_seeded;
use axum::Router;
use axum::body::Body;
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use std::io::Read;

/// A raw reply with its body as bytes.
pub struct Download {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub bytes: Vec<u8>,
}

pub async fn send_raw(app: &Router, request: http::Request<Body>) -> Download {
    use tower::ServiceExt;
    let response = app.clone().oneshot(request).await.expect("router answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("the whole body")
        .to_bytes()
        .to_vec();
    Download {
        status,
        headers,
        bytes,
    }
}

fn post_to(path: &str, cookie: Option<&str>) -> http::request::Builder {
    let mut request = http::Request::builder()
        .method("POST")
        .uri(path)
        .header("host", "offerline.test")
        .header("origin", "http://offerline.test")
        .header("x-forwarded-for", "203.0.113.10");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request
}

/// Posts the export form; `accept` as a browser's form post would send it,
/// or none for a script.
pub async fn export_with(app: &Router, cookie: Option<&str>, accept: Option<&str>) -> Download {
    let mut request = post_to("/settings/data/export", cookie)
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    send_raw(app, request.body(Body::empty()).unwrap()).await
}

/// Downloads the export of `cookie`'s account; expects it to work.
pub async fn export(app: &Router, cookie: &str) -> Vec<u8> {
    let reply = export_with(app, Some(cookie), None).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.bytes)
    );
    reply.bytes
}

/// Every file of a ZIP archive, by name, read with the `zip` crate (not
/// the writer's own library).
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP archive");
    let mut files = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut content = Vec::new();
        file.read_to_end(&mut content).unwrap();
        files.insert(file.name().to_string(), content);
    }
    files
}

pub fn json(files: &BTreeMap<String, Vec<u8>>, name: &str) -> serde_json::Value {
    let bytes = files
        .get(name)
        .unwrap_or_else(|| panic!("the archive has {name}"));
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{name} is JSON: {e}"))
}

/// Uploads `archive` to the import form as a browser does.
pub async fn import(app: &Router, cookie: &str, archive: &[u8]) -> Download {
    import_with(app, cookie, archive, Some("text/html")).await
}

/// Uploads `archive` as a script does: the report comes back as JSON.
pub async fn import_report(app: &Router, cookie: &str, archive: &[u8]) -> serde_json::Value {
    let reply = import_with(app, cookie, archive, None).await;
    assert_eq!(
        reply.status,
        200,
        "{}",
        String::from_utf8_lossy(&reply.bytes)
    );
    serde_json::from_slice(&reply.bytes).expect("a JSON report")
}

pub async fn import_with(
    app: &Router,
    cookie: &str,
    archive: &[u8],
    accept: Option<&str>,
) -> Download {
    let boundary = "offerline-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\"\r\n\
         Content-Type: application/zip\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(archive);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let mut request = post_to("/settings/data/import", Some(cookie)).header(
        "content-type",
        format!("multipart/form-data; boundary={boundary}"),
    );
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    send_raw(app, request.body(Body::from(body)).unwrap()).await
}

/// Where a reply redirects to.
pub fn location(reply: &Download) -> String {
    reply
        .headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Posts the download form of prepared export `id` with `token`, as the
/// page the emailed link opens does.
pub async fn download_prepared(app: &Router, cookie: &str, id: &str, token: &str) -> Download {
    let request = post_to(
        &format!("/settings/data/exports/{id}/download"),
        Some(cookie),
    )
    .header("accept", "text/html")
    .header("content-type", "application/x-www-form-urlencoded")
    .body(Body::from(format!("token={token}")))
    .unwrap();
    send_raw(app, request).await
}

/// A ZIP made of `files` again, as a person might re-pack an export.
pub fn zip_of(files: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    use std::io::Write;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}
