//! Insights (P08): what a person's search adds up to, for one board or all
//! of them together. A funnel of how far applications got, where they are
//! now by stage kind, the median time in each stage, and applications sent
//! per week. Everything is counted here, in Rust, from three reads
//! (`repo.rs`): the stages, the cards and the cards' stage changes.

pub mod journeys;
pub mod repo;
pub mod weeks;

use crate::error::AppError;
use crate::model::board::STAGE_KINDS;
use crate::model::insights::{Insights, StageTime};
use crate::server::boards::cards::local_today;
use crate::server::boards::stages::past_applying;
use crate::server::db::Db;
use crate::server::scope::Scope;
use journeys::{Journey, journey, median};
use repo::{CardRow, MoveRow, StageRow};
use std::collections::HashMap;

const DAY_MS: f64 = 86_400_000.0;

/// The insights of board `board`, or of all the user's boards for `None`.
/// Another user's board answers `NotFound`.
pub async fn insights(scope: &Scope, db: &Db, board: Option<&str>) -> Result<Insights, AppError> {
    if let Some(id) = board {
        crate::server::boards::ensure_own(scope, db, id).await?;
    }
    let stages = repo::stages(scope, db, board).await?;
    let cards = repo::cards(scope, db, board).await?;
    let moves = repo::moves(scope, db, board).await?;
    let today = local_today(scope, db).await?;
    Ok(Insights {
        board: board.map(str::to_string),
        weeks: weeks::per_week(today, cards.iter().filter_map(|c| c.applied_on.as_deref())),
        ..count(&stages, &cards, &moves, board.is_some())
    })
}

/// Everything but the weeks. With `one_board`, stage times are per stage;
/// across boards, stages of the same name are counted together.
pub fn count(
    stages: &[StageRow],
    cards: &[CardRow],
    moves: &[MoveRow],
    one_board: bool,
) -> Insights {
    let by_id: HashMap<&str, &StageRow> = stages.iter().map(|s| (s.id.as_str(), s)).collect();
    // Where each board's "applied" stage sits.
    let mut applied_at: HashMap<&str, i64> = HashMap::new();
    for s in stages.iter().filter(|s| s.marks_applied != 0) {
        let at = applied_at.entry(s.board_id.as_str()).or_insert(s.position);
        *at = (*at).min(s.position);
    }
    let mut moves_of: HashMap<&str, Vec<MoveRow>> = HashMap::new();
    for m in moves {
        moves_of
            .entry(m.application_id.as_str())
            .or_default()
            .push(m.clone());
    }

    let mut funnel = [0i64; 4];
    let mut now_by_kind: HashMap<&str, i64> = HashMap::new();
    let mut stays: HashMap<String, Vec<i64>> = HashMap::new();
    for card in cards {
        let path = journey(
            &card.stage_id,
            card.created_at,
            moves_of.get(card.id.as_str()).map_or(&[], Vec::as_slice),
        );
        let step = furthest_step(
            card,
            &path,
            &by_id,
            applied_at.get(card.board_id.as_str()).copied(),
        );
        for reached in funnel.iter_mut().take(step + 1) {
            *reached += 1;
        }
        if let Some(stage) = by_id.get(card.stage_id.as_str()) {
            *now_by_kind.entry(stage.kind.as_str()).or_default() += 1;
        }
        for (stage_id, ms) in path.stays {
            if let Some(stage) = by_id.get(stage_id.as_str()) {
                stays
                    .entry(group_key(stage, one_board))
                    .or_default()
                    .push(ms);
            }
        }
    }

    // One row per stage (per stage name across boards), left to right.
    let mut stage_times: Vec<(i64, StageTime)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for s in stages {
        let key = group_key(s, one_board);
        if seen.contains_key(&key) {
            continue;
        }
        seen.insert(key.clone(), stage_times.len());
        let mut values = stays.remove(&key).unwrap_or_default();
        stage_times.push((
            s.position,
            StageTime {
                name: s.name.clone(),
                color: s.color.clone(),
                stays: values.len() as i64,
                median_days: median(&mut values).map(|ms| ms / DAY_MS),
            },
        ));
    }
    stage_times.sort_by_key(|(position, _)| *position);

    Insights {
        board: None,
        funnel: funnel.to_vec(),
        now_by_kind: STAGE_KINDS
            .iter()
            .map(|k| (k.to_string(), now_by_kind.get(k).copied().unwrap_or(0)))
            .collect(),
        stage_times: stage_times.into_iter().map(|(_, t)| t).collect(),
        weeks: Vec::new(),
    }
}

fn group_key(stage: &StageRow, one_board: bool) -> String {
    if one_board {
        stage.id.clone()
    } else {
        stage.name.trim().to_lowercase()
    }
}

/// The index of the last funnel step a card reached (see
/// [`crate::model::insights::FUNNEL_STEPS`]). A card that reached a won
/// stage, or an open stage past its board's applied stage, was applied
/// for even without an applied date.
fn furthest_step(
    card: &CardRow,
    path: &Journey,
    stages: &HashMap<&str, &StageRow>,
    applied_at: Option<i64>,
) -> usize {
    let reached: Vec<&StageRow> = path
        .reached
        .iter()
        .filter_map(|id| stages.get(id.as_str()).copied())
        .collect();
    let past = |s: &&StageRow| past_applying(&s.kind, s.position, applied_at);
    let beyond = |s: &&StageRow| past(s) && applied_at.is_some_and(|at| s.position > at);
    if reached.iter().any(|s| s.kind == "won") {
        3
    } else if reached.iter().any(beyond) {
        2
    } else if card.applied_on.is_some() || reached.iter().any(past) {
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000;

    fn stage(
        id: &str,
        board: &str,
        name: &str,
        kind: &str,
        applied: bool,
        position: i64,
    ) -> StageRow {
        StageRow {
            id: id.into(),
            board_id: board.into(),
            name: name.into(),
            color: "blue".into(),
            kind: kind.into(),
            marks_applied: i64::from(applied),
            position,
        }
    }

    fn card(id: &str, board: &str, stage: &str, applied_on: Option<&str>) -> CardRow {
        CardRow {
            id: id.into(),
            board_id: board.into(),
            stage_id: stage.into(),
            applied_on: applied_on.map(str::to_string),
            created_at: 0,
        }
    }

    fn moved(card: &str, at: i64, from: &str, to: &str) -> MoveRow {
        MoveRow {
            application_id: card.into(),
            at,
            from_stage_id: Some(from.into()),
            to_stage_id: Some(to.into()),
        }
    }

    fn board(b: &str) -> Vec<StageRow> {
        vec![
            stage(&format!("{b}-wish"), b, "Wishlist", "open", false, 0),
            stage(&format!("{b}-applied"), b, "Applied", "open", true, 1),
            stage(
                &format!("{b}-interview"),
                b,
                "Interviewing",
                "open",
                false,
                2,
            ),
            stage(&format!("{b}-offer"), b, "Offer", "won", false, 3),
            stage(&format!("{b}-rejected"), b, "Rejected", "lost", false, 4),
        ]
    }

    #[test]
    fn the_funnel_counts_how_far_each_card_got() {
        let stages = board("a");
        let cards = [
            card("1", "a", "a-wish", None),
            card("2", "a", "a-applied", Some("2026-11-02")),
            card("3", "a", "a-rejected", Some("2026-11-02")),
            card("4", "a", "a-rejected", Some("2026-11-03")),
            card("5", "a", "a-offer", None),
        ];
        let moves = [
            moved("3", DAY, "a-applied", "a-rejected"),
            moved("4", DAY, "a-applied", "a-interview"),
            moved("4", 5 * DAY, "a-interview", "a-rejected"),
            moved("5", DAY, "a-wish", "a-offer"),
        ];
        let i = count(&stages, &cards, &moves, true);
        // Tracked 5; applied 4 (2, 3, 4, and 5 which reached an offer);
        // moved on 2 (4 to an interview, 5 to an offer); offer 1.
        assert_eq!(i.funnel, vec![5, 4, 2, 1]);
        assert_eq!(i.response_rate(), Some(50));
        assert_eq!(
            i.now_by_kind,
            vec![("open".into(), 2), ("won".into(), 1), ("lost".into(), 2)]
        );
    }

    #[test]
    fn stage_times_are_medians_of_finished_stays_in_board_order() {
        let stages = board("a");
        let cards = [
            card("1", "a", "a-interview", None),
            card("2", "a", "a-interview", None),
            card("3", "a", "a-rejected", None),
        ];
        let moves = [
            moved("1", 2 * DAY, "a-applied", "a-interview"),
            moved("2", 4 * DAY, "a-applied", "a-interview"),
            moved("3", 9 * DAY, "a-applied", "a-rejected"),
        ];
        let i = count(&stages, &cards, &moves, true);
        let applied = &i.stage_times[1];
        assert_eq!((applied.name.as_str(), applied.stays), ("Applied", 3));
        assert_eq!(applied.median_days, Some(4.0));
        assert_eq!(i.stage_times[0].median_days, None);
        assert_eq!(i.stage_times.len(), 5);
    }

    #[test]
    fn across_boards_stages_of_the_same_name_count_together() {
        let mut stages = board("a");
        stages.extend(board("b"));
        let cards = [
            card("1", "a", "a-interview", None),
            card("2", "b", "b-interview", None),
        ];
        let moves = [
            moved("1", 2 * DAY, "a-applied", "a-interview"),
            moved("2", 6 * DAY, "b-applied", "b-interview"),
        ];
        let i = count(&stages, &cards, &moves, false);
        assert_eq!(i.stage_times.len(), 5);
        assert_eq!(i.stage_times[1].stays, 2);
        assert_eq!(i.stage_times[1].median_days, Some(4.0));
    }
}
