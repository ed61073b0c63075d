//! What a hostile archive costs the server (P26): a "zip bomb" of highly
//! repetitive 60 MiB files is refused with a clear message, reading it
//! grows memory by less than 64 MiB, and another person's write goes
//! through while it is read. Its own test binary, so that the allocator
//! below counts this one import only. Runs on SQLite and on PostgreSQL.

#[path = "../common/mod.rs"]
mod common;
#[path = "../privacy/data_support.rs"]
#[allow(unused_imports)]
mod data_support;

use common::account::sign_up;
use common::boards::{add, fx_board, stage};
use common::*;
use data_support::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes held and their peak.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn held(more: usize) {
    let now = HELD.fetch_add(more, Ordering::Relaxed) + more;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            held(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, size) };
        if !q.is_null() {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            held(size);
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const MIB: usize = 1024 * 1024;

/// An export's files with `data/<table>.json` of each of `tables` made
/// `size` bytes of rows that repeat, each row a 450 KiB name and a 450 KiB
/// title (under the limit of a row, over the rules of any form), written
/// straight into the deflated entry, never held whole.
fn bomb(
    files: &std::collections::BTreeMap<String, Vec<u8>>,
    tables: &[&str],
    size: usize,
) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().large_file(true);
    let long = "a".repeat(450 * 1024);
    for (name, bytes) in files {
        out.start_file(name.as_str(), options).unwrap();
        let table = name
            .strip_prefix("data/")
            .and_then(|n| n.strip_suffix(".json"));
        if !table.is_some_and(|t| tables.contains(&t)) {
            out.write_all(bytes).unwrap();
            continue;
        }
        out.write_all(b"[").unwrap();
        let mut written = 1;
        let mut i = 0;
        while written < size {
            let row = format!(
                "{}{{\"id\":\"bomb-{i}\",\"name\":\"{long}\",\"title\":\"{long}\"}}",
                if i == 0 { "" } else { "," }
            );
            out.write_all(row.as_bytes()).unwrap();
            written += row.len();
            i += 1;
        }
        out.write_all(b"]").unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// P26: a zip bomb (three files of 60 MiB that deflate to almost nothing,
/// 180 MiB in all) and an archive with one 70 MiB file are refused as too
/// large, each grows memory by less than 64 MiB, nothing is left of them,
/// and another person's write goes through while they are read.
#[tokio::test]
async fn p26_a_zip_bomb_is_refused_with_little_memory_while_others_write() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let bob = fx_board(&app, "bob@example.org").await;
    let applied = stage(&app, &bob, "Applied").await;
    let fresh = sign_up(&app, "New Account", "new@example.org").await;
    let files = unzip(&export(&app, &fresh).await);
    let archives = [
        bomb(&files, &["boards", "companies", "applications"], 60 * MIB),
        bomb(&files, &["boards"], 70 * MIB),
    ];
    for (n, archive) in archives.iter().enumerate() {
        assert!(archive.len() < 2 * MIB, "a bomb: {} bytes", archive.len());
        let before = HELD.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let running = {
            let (app, fresh, archive) = (app.clone(), fresh.clone(), archive.clone());
            tokio::spawn(async move { import(&app, &fresh, &archive).await })
        };
        add(
            &app,
            &bob,
            &applied,
            &format!("Written during bomb {n}"),
            "Acme",
        )
        .await;
        let reply = running.await.unwrap();
        assert_eq!(
            location(&reply),
            "/settings/data?import_error=error-data-import-too-large#import"
        );
        let grown = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        eprintln!(
            "bomb {n}: memory grew by {:.1} MiB at most",
            grown as f64 / MIB as f64
        );
        assert!(grown < 64 * MIB, "memory grew by {} MiB", grown / MIB);
    }
    let boards = common::boards::ok(&app, "/api/boards/list", &fresh, &[]).await;
    assert_eq!(boards, serde_json::json!([]), "nothing is left of them");
    let bobs = common::boards::board(&app, &bob).await;
    let titles = bobs.to_string();
    assert!(titles.contains("Written during bomb 0") && titles.contains("Written during bomb 1"));
}
