//! The import of an export (P26, P24): the round trip into an empty
//! account restores everything the person entered, and an import is
//! refused into an account that holds data or from a file that is not an
//! Offerline export. Each test runs on SQLite and on PostgreSQL.

use crate::common::account::*;
use crate::common::*;
use crate::data_support::*;
use offerline::server::privacy::data::export::NOT_IMPORTED;
use serde_json::Value;
use std::collections::HashMap;

/// Rows of a table, with every id replaced through `ids` and the owner
/// replaced by `owner`: how they must read after an import.
fn translated(rows: &Value, ids: &HashMap<String, String>, owner: &str) -> Vec<Value> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let mut row = row.as_object().unwrap().clone();
            for (name, value) in row.iter_mut() {
                if name == "user_id" {
                    *value = Value::from(owner);
                } else if (name == "id" || name.ends_with("_id")) && value.is_string() {
                    *value = ids
                        .get(value.as_str().unwrap())
                        .map_or(Value::Null, |id| Value::from(id.as_str()));
                }
            }
            Value::Object(row)
        })
        .collect()
}

/// P26 P24: an export imported into a new, empty account restores every
/// field the person entered (profile, career, jobs, courses, skills,
/// boards, stages, cards with all fields, their history, companies), with
/// new ids whose links all follow; exported again, it reads the same.
#[tokio::test]
async fn p26_import_round_trip_restores_everything_into_an_empty_account() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let first = unzip(&export(&app, &ana.cookie).await);

    let fresh = sign_up(&app, "New Account", "ana.new@example.org").await;
    let reply = import(&app, &fresh, &zip_of(&first)).await;
    assert_eq!(
        reply.status,
        303,
        "{}",
        String::from_utf8_lossy(&reply.bytes)
    );
    assert_eq!(location(&reply), "/settings/data?notice=data-imported");
    let (new_id, ..) = user_row(&t, "ana.new@example.org").await;
    let second = unzip(&export(&app, &fresh).await);

    let manifest = json(&first, "manifest.json");
    let mut ids = HashMap::new();
    let mut restored = Vec::new();
    for entry in manifest["tables"].as_array().unwrap() {
        let table = entry["table"].as_str().unwrap();
        if NOT_IMPORTED.iter().any(|(name, _)| *name == table) {
            continue;
        }
        let (a, b) = (
            json(&first, &format!("data/{table}.json")),
            json(&second, &format!("data/{table}.json")),
        );
        assert_eq!(
            a.as_array().unwrap().len(),
            b.as_array().unwrap().len(),
            "{table}: as many rows"
        );
        for (x, y) in a.as_array().unwrap().iter().zip(b.as_array().unwrap()) {
            if let (Some(old), Some(new)) = (x["id"].as_str(), y["id"].as_str()) {
                assert_ne!(old, new, "{table}: a new id");
                ids.insert(old.to_string(), new.to_string());
            }
        }
        restored.push((table.to_string(), a, b));
    }
    for table in [
        "profiles",
        "profile_experience",
        "profile_education",
        "profile_skills",
        "companies",
        "boards",
        "stages",
        "applications",
        "application_events",
    ] {
        let (_, a, _) = restored
            .iter()
            .find(|(name, ..)| name == table)
            .unwrap_or_else(|| panic!("{table} is restored"));
        assert!(!a.as_array().unwrap().is_empty(), "{table} was seeded");
    }
    for (table, a, b) in &restored {
        assert_eq!(
            &translated(a, &ids, &new_id),
            b.as_array().unwrap(),
            "{table} reads the same"
        );
    }
    let (old_user, new_user) = (
        json(&first, "data/users.json"),
        json(&second, "data/users.json"),
    );
    assert_eq!(new_user[0]["name"], old_user[0]["name"]);
    assert_eq!(new_user[0]["name"], "Ana Lima");
    assert_eq!(new_user[0]["locale"], old_user[0]["locale"]);
    assert_eq!(
        new_user[0]["email"], "ana.new@example.org",
        "the new account keeps its address"
    );

    // The board works in the new account, and the old one is untouched.
    let boards = crate::common::boards::ok(&app, "/api/boards/list", &fresh, &[]).await;
    let board_id = boards[0]["id"].as_str().unwrap().to_string();
    let board =
        crate::common::boards::ok(&app, "/api/boards/get", &fresh, &[("id", &board_id)]).await;
    let titles: Vec<&str> = board["stages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["cards"].as_array().unwrap())
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"Platform engineer (senior)"), "{titles:?}");
    let again = unzip(&export(&app, &ana.cookie).await);
    assert_eq!(
        json(&again, "data/applications.json"),
        json(&first, "data/applications.json")
    );
}

/// P26: an import goes only into an account that holds nothing yet, and
/// only an Offerline export is taken; a refused import changes nothing.
#[tokio::test]
async fn p26_import_is_refused_into_a_non_empty_account_or_from_a_foreign_file() {
    let t = fx_db().await;
    let app = fx_app(fx_state(&t));
    let ana = fx_seeded(&app, "ana@example.org", "Ana Lima").await;
    let archive = export(&app, &ana.cookie).await;
    let busy = crate::common::boards::fx_board(&app, "busy@example.org").await;
    let reply = import(&app, &busy.cookie, &archive).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-not-empty#import"
    );
    let boards = crate::common::boards::ok(&app, "/api/boards/list", &busy.cookie, &[]).await;
    assert_eq!(boards.as_array().unwrap().len(), 1, "nothing was added");

    let fresh = sign_up(&app, "Fresh", "fresh@example.org").await;
    let reply = import(&app, &fresh, b"not a zip at all").await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-not-export#import"
    );
    let mut files = unzip(&archive);
    files.remove("manifest.json");
    let reply = import(&app, &fresh, &zip_of(&files)).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-not-export#import"
    );
    // A damaged file: a table that is not a list of rows. The tables read
    // before it were written already, and are taken back out.
    let mut files = unzip(&archive);
    files.insert("data/applications.json".into(), b"[{\"id\": ".to_vec());
    let reply = import(&app, &fresh, &zip_of(&files)).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-damaged#import"
    );
    // From a newer server.
    let mut files = unzip(&archive);
    let mut manifest = json(&files, "manifest.json");
    manifest["schema_version"] = Value::from(manifest["schema_version"].as_i64().unwrap() + 1);
    files.insert(
        "manifest.json".into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    let reply = import(&app, &fresh, &zip_of(&files)).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-newer#import"
    );
    let mut files = unzip(&archive);
    let mut manifest = json(&files, "manifest.json");
    manifest["format"] = Value::from("someone-elses-export");
    files.insert(
        "manifest.json".into(),
        serde_json::to_vec(&manifest).unwrap(),
    );
    let reply = import(&app, &fresh, &zip_of(&files)).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-data-import-not-export#import"
    );
    let empty = unzip(&export(&app, &fresh).await);
    assert_eq!(
        json(&empty, "data/boards.json"),
        serde_json::json!([]),
        "nothing half-imported"
    );
    // The limit: five imports a day, refused ones included.
    let reply = import(&app, &fresh, &archive).await;
    assert_eq!(
        location(&reply),
        "/settings/data?import_error=error-rate-limited#import"
    );
}
