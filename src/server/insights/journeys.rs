//! A card's journey through the stages, rebuilt from its timeline: every
//! stage it was in, and how long each finished stay lasted.

use super::repo::MoveRow;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Journey {
    /// Every stage the card has been in, the current one included.
    pub reached: Vec<String>,
    /// Finished stays: (stage id, milliseconds spent there).
    pub stays: Vec<(String, i64)>,
}

/// Follows a card from its creation through its stage changes (oldest
/// first) to the stage it is in now. The first stay starts when the card
/// was created, in the stage its first move left (or its current stage,
/// when it never moved). The stay under way is not finished and not timed.
pub fn journey(current_stage: &str, created_at: i64, moves: &[MoveRow]) -> Journey {
    let mut stage = moves
        .first()
        .and_then(|m| m.from_stage_id.clone())
        .unwrap_or_else(|| current_stage.to_string());
    let mut since = created_at;
    let mut journey = Journey::default();
    for m in moves {
        journey.stays.push((stage.clone(), (m.at - since).max(0)));
        journey.reached.push(stage);
        stage = m
            .to_stage_id
            .clone()
            .unwrap_or_else(|| current_stage.to_string());
        since = m.at;
    }
    journey.reached.push(stage);
    journey.reached.sort();
    journey.reached.dedup();
    journey
}

/// The median of `values`; the mean of the middle two for an even count.
pub fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid] as f64
    } else {
        (values[mid - 1] as f64 + values[mid] as f64) / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000;

    fn step(at: i64, from: &str, to: &str) -> MoveRow {
        MoveRow {
            application_id: "card".into(),
            at,
            from_stage_id: Some(from.into()),
            to_stage_id: Some(to.into()),
        }
    }

    #[test]
    fn a_card_that_never_moved_has_reached_its_stage_and_no_finished_stay() {
        let j = journey("wishlist", 0, &[]);
        assert_eq!(j.reached, vec!["wishlist".to_string()]);
        assert!(j.stays.is_empty());
    }

    #[test]
    fn each_move_finishes_a_stay_and_a_return_visit_counts_again() {
        let moves = [
            step(2 * DAY, "wishlist", "applied"),
            step(9 * DAY, "applied", "interview"),
            step(10 * DAY, "interview", "applied"),
            step(13 * DAY, "applied", "offer"),
        ];
        let j = journey("offer", 0, &moves);
        assert_eq!(
            j.stays,
            vec![
                ("wishlist".to_string(), 2 * DAY),
                ("applied".to_string(), 7 * DAY),
                ("interview".to_string(), DAY),
                ("applied".to_string(), 3 * DAY),
            ]
        );
        assert_eq!(j.reached, vec!["applied", "interview", "offer", "wishlist"]);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 10]), Some(3.5));
    }
}
