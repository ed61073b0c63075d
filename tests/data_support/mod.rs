//! Helpers of the "Your data" tests: an account seeded through the real
//! server functions with something in every table a person fills in, the
//! export download, the archive's files, and the import upload.
#![allow(dead_code)]

use crate::common::account::call;
use crate::common::boards::{fx_board, ok, stage};
use axum::Router;
use axum::body::Body;
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use std::io::Read;

/// A seeded account: its session cookie and what it was given.
pub struct Seeded {
    pub cookie: String,
    pub board: String,
    pub cards: Vec<String>,
}

async fn post(app: &Router, path: &str, cookie: &str, pairs: &[(&str, &str)]) {
    let reply = call(app, path, Some(cookie), pairs).await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
}

/// Signs `email` up and fills every part of the account a person edits:
/// profile, career preferences, jobs, courses, skills, a board with an
/// extra stage, cards with every field, moves, an archived card, and a
/// company with all its details.
pub async fn fx_seeded(app: &Router, email: &str, name: &str) -> Seeded {
    let f = fx_board(app, email).await;
    let cookie = f.cookie.clone();
    post(
        app,
        "/api/profile/personal",
        &cookie,
        &[
            ("name", name),
            ("phone", "0470 12 34 56"),
            ("city", "Gent"),
            ("region", "Oost-Vlaanderen"),
            ("country", "be"),
            ("time_zone", "Europe/Brussels"),
            ("locale", "nl"),
        ],
    )
    .await;
    post(
        app,
        "/api/profile/career",
        &cookie,
        &[
            ("desired_titles", "Backend engineer, SRE"),
            ("desired_locations", "Gent\nBrussel"),
            ("mode_remote", "on"),
            ("mode_hybrid", "on"),
            ("type_full_time", "on"),
            ("type_freelance", "on"),
            ("salary_min", "50000"),
            ("salary_max", "65000"),
            ("salary_currency", "EUR"),
            ("salary_period", "year"),
            ("notice_weeks", "4"),
        ],
    )
    .await;
    for (title, company, start, end) in [
        ("Developer", "Acme", "2020-01", "2022-06"),
        ("Senior developer", "Globex", "2022-07", ""),
    ] {
        let mut form = vec![
            ("title", title),
            ("company", company),
            ("start_month", start),
            ("end_month", end),
            ("description", "Built things; kept them running."),
        ];
        if end.is_empty() {
            form.push(("current", "on"));
        }
        post(app, "/api/profile/experience", &cookie, &form).await;
    }
    post(
        app,
        "/api/profile/education",
        &cookie,
        &[
            ("school", "UGent"),
            ("degree", "MSc"),
            ("field", "Computer science"),
            ("start_month", "2014-09"),
            ("end_month", "2019-06"),
        ],
    )
    .await;
    for skill in ["Rust", "PostgreSQL", "Kubernetes"] {
        post(app, "/api/profile/skills", &cookie, &[("skill", skill)]).await;
    }
    let board = f.board.clone();
    ok(
        app,
        "/api/stages/add",
        &cookie,
        &[
            ("board_id", &board),
            ("name", "Take-home"),
            ("color", "purple"),
            ("kind", "open"),
        ],
    )
    .await;
    let wishlist = stage(app, &f, "Wishlist").await;
    let applied = stage(app, &f, "Applied").await;
    let mut cards = Vec::new();
    for (title, company) in [
        ("Platform engineer", "Initech"),
        ("Backend developer", "Hooli"),
        ("Site reliability engineer", "Initech"),
    ] {
        let added = ok(
            app,
            "/api/cards/add",
            &cookie,
            &[
                ("board_id", &board),
                ("stage_id", &wishlist),
                ("title", title),
                ("company", company),
            ],
        )
        .await;
        cards.push(added["id"].as_str().unwrap().to_string());
    }
    post(
        app,
        "/api/cards/update",
        &cookie,
        &[
            ("id", &cards[0]),
            ("title", "Platform engineer (senior)"),
            ("company", "Initech"),
            ("job_url", "https://jobs.example.org/initech/42"),
            ("description", "Run the platform.\nOn call one week in six."),
            ("location", "Gent"),
            ("work_mode", "hybrid"),
            ("salary_min", "60000"),
            ("salary_max", "72000"),
            ("salary_currency", "EUR"),
            ("salary_period", "year"),
            ("job_type", "full-time"),
            ("source", "Referral"),
            ("deadline", "2026-12-20"),
            ("applied_on", "2026-11-30"),
            ("excitement", "5"),
            ("tags", "rust, platform"),
            ("notes", "Ask about the on-call rota."),
        ],
    )
    .await;
    post(
        app,
        "/api/cards/move",
        &cookie,
        &[("id", &cards[0]), ("stage_id", &applied)],
    )
    .await;
    post(
        app,
        "/api/cards/archive",
        &cookie,
        &[("id", &cards[2]), ("archived", "true")],
    )
    .await;
    let card = ok(app, "/api/cards/get", &cookie, &[("id", &cards[0])]).await;
    let company = card["company_id"]
        .as_str()
        .unwrap_or_else(|| panic!("card has a company: {card}"))
        .to_string();
    post(
        app,
        "/api/companies/update",
        &cookie,
        &[
            ("id", &company),
            ("name", "Initech"),
            ("website", "https://initech.example.org"),
            ("industry", "Software"),
            ("size", "51-200"),
            ("location", "Gent"),
            ("notes", "Friendly recruiter."),
        ],
    )
    .await;
    Seeded {
        cookie,
        board,
        cards,
    }
}

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
    let boundary = "offerline-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.zip\"\r\n\
         Content-Type: application/zip\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(archive);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = post_to("/settings/data/import", Some(cookie))
        .header("accept", "text/html")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    send_raw(app, request).await
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
