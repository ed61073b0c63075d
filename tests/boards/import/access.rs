//! Uploads and imports belong to their owner; files that cannot be read
//! and mappings that cannot be used are explained.

use super::*;
use crate::common::account::*;
use crate::common::boards::*;
use crate::common::*;
use axum::body::Body;

/// P03: uploads and imports belong to their owner: another user's board
/// or upload answers 404, a visitor 401, and a cross-site upload is
/// refused; files that cannot be read come back to the form with a reason.
#[tokio::test]
async fn p03_uploads_are_their_owners_and_bad_files_are_explained() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let owner = fx_board(&app, "owner-import@example.org").await;
    let other = fx_board(&app, "other-import@example.org").await;
    let id = upload_id(&upload(&app, Some(&owner.cookie), &owner.board, HUNTR.as_bytes()).await);

    assert_eq!(
        upload(&app, Some(&other.cookie), &owner.board, HUNTR.as_bytes())
            .await
            .status,
        404
    );
    assert_eq!(
        upload(&app, None, &owner.board, HUNTR.as_bytes())
            .await
            .status,
        401
    );
    let peek = call(
        &app,
        "/api/imports/preview",
        Some(&other.cookie),
        &[("id", &id)],
    )
    .await;
    assert_eq!(peek.status, 404);
    let steal = call(
        &app,
        "/api/imports/run",
        Some(&other.cookie),
        &[("id", &id), ("board_id", &other.board), ("map[0]", "title")],
    )
    .await;
    assert_eq!(steal.status, 404);
    assert_eq!(
        call(&app, "/api/imports/preview", None, &[("id", &id)])
            .await
            .status,
        401
    );

    let cross = send(
        &app,
        http::Request::builder()
            .method("POST")
            .uri(format!("/boards/{}/import", owner.board))
            .header("host", "offerline.test")
            .header("origin", "https://evil.example")
            .header("cookie", &owner.cookie)
            .header("content-type", "multipart/form-data; boundary=B")
            .body(Body::from("--B--\r\n"))
            .unwrap(),
    )
    .await;
    assert_eq!(cross.status, 403);

    for (content, key) in [
        (&[0xff_u8, 0xfe, 0x41][..], "error-import-encoding"),
        (b"Title\n".as_slice(), "error-import-empty"),
    ] {
        let reply = upload(&app, Some(&owner.cookie), &owner.board, content).await;
        assert_eq!(reply.status, 303);
        let location = reply.headers["location"].to_str().unwrap();
        assert!(
            location.ends_with(&format!("/import?error={key}")),
            "{location}"
        );
    }

    // A mapping without the title is refused, and said so in the preview.
    let preview = ok(
        &app,
        "/api/imports/preview",
        &owner.cookie,
        &[
            ("id", &id),
            ("map[0]", ""),
            ("map[1]", "company"),
            ("map[2]", ""),
            ("map[3]", ""),
            ("map[4]", ""),
            ("map[5]", ""),
            ("map[6]", ""),
        ],
    )
    .await;
    assert_eq!(preview["mapping_error"], "error-import-title-unmapped");
    let refused = call(
        &app,
        "/api/imports/run",
        Some(&owner.cookie),
        &[
            ("id", &id),
            ("board_id", &owner.board),
            ("map[0]", ""),
            ("map[1]", "company"),
            ("map[2]", ""),
            ("map[3]", ""),
            ("map[4]", ""),
            ("map[5]", ""),
            ("map[6]", ""),
        ],
    )
    .await;
    assert_eq!(refused.status, 422);
}
