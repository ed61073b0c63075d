//! SQL of the demo data: moving a seeded card's times into the past.

use crate::error::AppError;
use crate::server::boards::repo::stages;
use crate::server::boards::stages::past_applying;
use crate::server::db::Db;

/// Gives a card's timeline the times `times` (one per event, oldest
/// first), and the card the matching created, applied and in-stage times.
pub async fn backdate(db: &Db, card_id: &str, times: &[i64]) -> Result<(), AppError> {
    let mut tx = db.pool.begin().await?;
    let board_id: String = sqlx::query_scalar("SELECT board_id FROM applications WHERE id = $1")
        .bind(card_id)
        .fetch_one(&mut *tx)
        .await?;
    let applied_at = stages::applied_position(&mut *tx, &board_id).await?;
    let events: Vec<(String, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT e.id, s.kind, s.position FROM application_events e \
         LEFT JOIN stages s ON s.id = e.to_stage_id \
         WHERE e.application_id = $1 ORDER BY e.at, e.id",
    )
    .bind(card_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut applied_on = None;
    for (n, (id, kind, position)) in events.iter().enumerate() {
        let at = times.get(n).copied().unwrap_or(*times.last().unwrap_or(&0));
        let applying = kind
            .as_deref()
            .zip(*position)
            .is_some_and(|(kind, position)| past_applying(kind, position, applied_at));
        if applying && applied_on.is_none() {
            applied_on = Some(date_of(at));
        }
        sqlx::query("UPDATE application_events SET at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let first = times.first().copied().unwrap_or_default();
    let last = times.last().copied().unwrap_or_default();
    sqlx::query(
        "UPDATE applications SET created_at = $1, stage_since = $2, updated_at = $2, \
         applied_on = COALESCE($3, applied_on) WHERE id = $4",
    )
    .bind(first)
    .bind(last)
    .bind(applied_on)
    .bind(card_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

fn date_of(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.date_naive().to_string())
        .unwrap_or_default()
}
