//! The right of access (P23): what Offerline holds about the signed-in
//! person. A count of their rows in every personal table (listed from the
//! live schema, so nothing can be held that is not shown; the export
//! writes all of them but the queue of pending work), their consent history, their account history, and
//! every time staff acted on their account (P20; the audit log names an
//! account only by the keyed hash of its id, so entries are found by
//! computing that hash here). SQL in `repo.rs`.

pub mod repo;

use crate::error::AppError;
use crate::model::data::{AccountRecord, ConsentRecord, DataSummary, StaffAccess, TableCount};
use crate::server::privacy::data::export;
use crate::server::scope::Scope;
use crate::server::state::AppState;

/// How many entries of each history the page shows.
pub const HISTORY_LIMIT: i64 = 50;

pub async fn summary(state: &AppState, scope: &Scope) -> Result<DataSummary, AppError> {
    let user_id = scope.user_id()?;
    let db = &state.db;
    let mut tables = Vec::new();
    for table in export::repo::personal_tables(scope, db).await? {
        let rows = export::repo::rows::count(scope, db, &table).await?;
        tables.push(TableCount {
            table: table.name,
            rows,
        });
    }
    let consents = repo::consents(scope, db, HISTORY_LIMIT)
        .await?
        .into_iter()
        .map(|r| ConsentRecord {
            purpose: r.purpose,
            granted: r.granted != 0,
            policy_version: r.policy_version,
            source: r.source,
            at: r.created_at,
        })
        .collect();
    let history = repo::history(scope, db, HISTORY_LIMIT)
        .await?
        .into_iter()
        .map(|r| AccountRecord {
            kind: r.kind,
            device: r.device,
            at: r.created_at,
        })
        .collect();
    let subject = crate::server::admin::subject_hash(state, user_id);
    let staff_access = repo::staff_access(scope, db, &subject, HISTORY_LIMIT)
        .await?
        .into_iter()
        .map(|r| StaffAccess {
            action: r.action,
            at: r.created_at,
        })
        .collect();
    Ok(DataSummary {
        tables,
        consents,
        history,
        staff_access,
    })
}
