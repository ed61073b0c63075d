//! CSV import into a board (P03, P08), by concept: files from other
//! tools and from Offerline itself (`files.rs`), the choices of the
//! mapping page (`choices.rs`), runs that import once and in parts
//! (`runs.rs`), and who may see what (`access.rs`). Each test runs on
//! SQLite and on PostgreSQL.

mod access;
mod choices;
mod files;
mod runs;

use crate::common::account::*;
use crate::common::*;
use axum::Router;
use axum::body::Body;

/// Uploads `content` as the file of the import form of `board`.
pub async fn upload(app: &Router, cookie: Option<&str>, board: &str, content: &[u8]) -> Reply {
    let mut body = b"--BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"search.csv\"\r\nContent-Type: text/csv\r\n\r\n".to_vec();
    body.extend_from_slice(content);
    body.extend_from_slice(b"\r\n--BOUNDARY--\r\n");
    let mut request = http::Request::builder()
        .method("POST")
        .uri(format!("/boards/{board}/import"))
        .header("host", "offerline.test")
        .header("origin", "http://offerline.test")
        .header("content-type", "multipart/form-data; boundary=BOUNDARY");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    send(app, request.body(Body::from(body)).unwrap()).await
}

/// The upload id the import form sends the browser on to.
pub fn upload_id(reply: &Reply) -> String {
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.headers["location"].to_str().unwrap();
    location
        .split("upload=")
        .nth(1)
        .unwrap_or_else(|| panic!("no upload in {location}"))
        .to_string()
}

pub fn map_pairs(fields: &[&'static str]) -> Vec<(String, &'static str)> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| (format!("map[{i}]"), *f))
        .collect()
}

pub const HUNTR: &str = "Job Title,Company,List,URL,Salary,Date Applied,Notes\n\
Rust engineer,Acme,Applied,https://jobs.example.com/1,€55k - 70k,2026-10-01,Met at RustConf\n\
Data engineer,Globex,Someday,,,,\n\
,Initech,Applied,,,,no title here\n\
Platform engineer,Hooli,Applied,not a link,,01/02/2026,\n";

/// The form pairs of an import of `id` into `board` with one field per
/// column, and `more` (the date order, the statuses).
pub fn run_pairs<'a>(
    id: &'a str,
    board: &'a str,
    map: &'a [(String, &'static str)],
    more: &'a [(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut pairs = vec![("id", id), ("board_id", board)];
    pairs.extend(map.iter().map(|(k, v)| (k.as_str(), *v)));
    pairs.extend_from_slice(more);
    pairs
}

/// The page of upload `id` into `board`, with `query` after it.
pub async fn import_page(app: &Router, cookie: &str, board: &str, id: &str, query: &str) -> Reply {
    send(
        app,
        get(&format!("/boards/{board}/import?upload={id}{query}"))
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}
