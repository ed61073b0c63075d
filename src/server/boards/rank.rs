//! The order of cards inside a stage: gapped integers. A new card goes
//! [`GAP`] after the last one; a card dropped between two others takes the
//! midpoint of their ranks, so a move rewrites one row. Only when two
//! neighbours have no integer between them is the column renumbered
//! ([`spread`]), which a column meets after about 16 moves into one spot.
//! Ranks are always at least 1.

/// The distance between neighbours after renumbering.
pub const GAP: i64 = 1 << 16;

/// A rank strictly between `before` (the card above) and `after` (the card
/// below), or `None` when they leave no room and the column needs
/// renumbering first. `None` for either side means the column's end.
pub fn between(before: Option<i64>, after: Option<i64>) -> Option<i64> {
    match (before, after) {
        (None, None) => Some(GAP),
        (Some(b), None) => b.checked_add(GAP),
        (None, Some(a)) => (a > 1).then_some(a / 2),
        (Some(b), Some(a)) => (a - b > 1).then_some(b + (a - b) / 2),
    }
}

/// Fresh ranks for a column of `n` cards, evenly spread.
pub fn spread(n: usize) -> impl Iterator<Item = i64> {
    (1..=n as i64).map(|i| i * GAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_column_starts_at_the_gap() {
        assert_eq!(between(None, None), Some(GAP));
    }

    #[test]
    fn the_end_of_a_column_is_one_gap_further() {
        assert_eq!(between(Some(3 * GAP), None), Some(4 * GAP));
    }

    #[test]
    fn the_top_of_a_column_halves_the_first_rank() {
        assert_eq!(between(None, Some(GAP)), Some(GAP / 2));
        assert_eq!(between(None, Some(2)), Some(1));
        assert_eq!(between(None, Some(1)), None);
    }

    #[test]
    fn a_drop_between_two_cards_takes_the_midpoint() {
        assert_eq!(between(Some(GAP), Some(2 * GAP)), Some(GAP + GAP / 2));
        assert_eq!(between(Some(5), Some(7)), Some(6));
        assert_eq!(between(Some(5), Some(6)), None);
    }

    #[test]
    fn sixteen_drops_into_one_spot_fit_before_a_renumbering() {
        let (mut low, high) = (GAP, 2 * GAP);
        let mut drops = 0;
        while let Some(mid) = between(Some(low), Some(high)) {
            assert!(low < mid && mid < high);
            low = mid;
            drops += 1;
        }
        assert_eq!(drops, 16);
    }

    #[test]
    fn spreading_gives_increasing_positive_ranks() {
        let ranks: Vec<i64> = spread(3).collect();
        assert_eq!(ranks, vec![GAP, 2 * GAP, 3 * GAP]);
    }
}
