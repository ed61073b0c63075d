//! File storage (`server::storage`): the same operations on the local disk
//! and on a real S3-compatible server (moto on loopback), files sealed at
//! rest, each person's files in their own folder; and two server
//! instances sharing one database and one store, so that an export one
//! prepares the other hands over (P26).

use crate::common::account::*;
use crate::common::s3::S3Server;
use crate::common::*;
use crate::data_support::*;
use offerline::server::secrets::Key;
use offerline::server::storage::Storage;

/// `len` bytes that do not repeat in a way compression would notice.
fn data(len: usize) -> Vec<u8> {
    let mut x: u32 = 2463534242;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

async fn put(storage: &Storage, name: &str, bytes: Vec<u8>) -> u64 {
    use tokio::io::AsyncWriteExt;
    let (_, stored) = storage
        .put(name, |mut pipe| async move {
            pipe.write_all(&bytes).await.unwrap();
            Ok(())
        })
        .await
        .unwrap();
    stored
}

async fn read(storage: &Storage, name: &str) -> Vec<u8> {
    let mut out = Vec::new();
    storage.open(name, &mut out).await.unwrap();
    out
}

/// Put, open, list, folders and deletion, as every store must do them.
async fn behaves(storage: &Storage) {
    // Larger than one upload part (5 MiB), so S3 takes a multipart upload.
    let big = data(6 * 1024 * 1024 + 123);
    let stored = put(storage, "users/ab/exports/1.zip.sealed", big.clone()).await;
    assert!(
        stored > big.len() as u64,
        "sealed: a header and a tag per chunk"
    );
    assert_eq!(read(storage, "users/ab/exports/1.zip.sealed").await, big);
    put(storage, "users/ab/exports/2.zip.sealed", b"two".to_vec()).await;
    put(storage, "users/abc/exports/3.zip.sealed", b"three".to_vec()).await;

    let mut all = storage.list("").await.unwrap();
    all.sort();
    assert_eq!(
        all,
        [
            "users/ab/exports/1.zip.sealed",
            "users/ab/exports/2.zip.sealed",
            "users/abc/exports/3.zip.sealed"
        ]
    );
    assert_eq!(
        storage.delete_prefix("users/ab/").await.unwrap(),
        2,
        "a folder is whole path segments: users/abc is not in users/ab"
    );
    assert_eq!(
        storage.list("").await.unwrap(),
        ["users/abc/exports/3.zip.sealed"]
    );
    let mut missing = Vec::new();
    assert!(matches!(
        storage
            .open("users/ab/exports/1.zip.sealed", &mut missing)
            .await,
        Err(offerline::error::AppError::NotFound)
    ));
    storage
        .delete("users/ab/exports/1.zip.sealed")
        .await
        .unwrap();
}

/// P19: what reaches the disk is sealed with XChaCha20-Poly1305 under the
/// configured key (never one from the database): the plaintext is not in
/// the file, and another key does not open it.
#[tokio::test]
async fn p19_the_local_store_keeps_files_sealed_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::local(dir.path(), Key::from_bytes([3; 32])).unwrap();
    behaves(&storage).await;
    let on_disk = std::fs::read(dir.path().join("users/abc/exports/3.zip.sealed")).unwrap();
    assert!(
        !on_disk.windows(5).any(|w| w == b"three"),
        "not readable at rest"
    );
    let other_key = Storage::local(dir.path(), Key::from_bytes([4; 32])).unwrap();
    let mut out = Vec::new();
    assert!(
        other_key
            .open("users/abc/exports/3.zip.sealed", &mut out)
            .await
            .is_err(),
        "another key does not open it"
    );
}

/// P19: the same on an S3-compatible store, through a multipart upload.
#[tokio::test]
async fn p19_an_s3_store_behaves_like_the_local_one() {
    let s3 = S3Server::start();
    let t = fx_db().await;
    let state = fx_state_with(&t, &[("STORAGE_URL", &s3.url("instance-files"))]);
    behaves(&state.storage).await;
    let stored = s3
        .object("instance-files/users/abc/exports/3.zip.sealed")
        .await;
    assert!(stored.starts_with(b"OFLSEAL1"), "sealed, under the prefix");
    assert!(
        !stored.windows(5).any(|w| w == b"three"),
        "not readable at rest"
    );
}

/// P26: two instances on one database and one S3 store: the export one
/// instance's worker prepares is downloaded through the other.
#[tokio::test]
async fn p26_two_instances_share_prepared_exports_through_s3() {
    let s3 = S3Server::start();
    let t = fx_db().await;
    let url = s3.url("shared");
    let shared = [
        ("STORAGE_URL", url.as_str()),
        ("OFFERLINE_EXPORT_BACKGROUND_ROWS", "0"),
    ];
    let worker = fx_state_with(&t, &shared);
    let web = fx_state_with(&t, &shared);
    let app_a = fx_app(worker.clone());
    let app_b = fx_app(web.clone());
    let ana = fx_seeded(&app_a, "ana@example.org", "Ana Lima").await;
    let queued = export_with(&app_a, Some(&ana.cookie), Some("text/html")).await;
    assert_eq!(queued.status, 303);
    run_jobs(&worker).await;
    assert_eq!(
        web.storage.list("").await.unwrap().len(),
        1,
        "the other instance sees the file"
    );

    let (kind, _, text) = emails_to(&t, "ana@example.org")
        .await
        .into_iter()
        .find(|(kind, ..)| kind == "export_ready")
        .expect("the link was emailed");
    assert_eq!(kind, "export_ready");
    let link = text
        .split_whitespace()
        .find(|w| w.contains("/settings/data/exports/"))
        .unwrap();
    let (id, token) = link
        .rsplit_once("/exports/")
        .unwrap()
        .1
        .split_once("?token=")
        .unwrap();
    let token: String = token.chars().take_while(char::is_ascii_hexdigit).collect();
    let download = download_prepared(&app_b, &ana.cookie, id, &token).await;
    assert_eq!(download.status, 200);
    let files = unzip(&download.bytes);
    assert_eq!(json(&files, "data/profiles.json")[0]["city"], "Gent");
    assert!(
        worker.storage.list("").await.unwrap().is_empty(),
        "deleted once sent"
    );
}
