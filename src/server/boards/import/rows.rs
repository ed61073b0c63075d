//! A row of the file as the card form would receive it: each cell read for
//! the field its column fills (`cells.rs`), a salary range in one cell
//! spread over the salary fields, and beside the card, the status the row
//! names and whether it is archived.

use super::cells;
use super::dates::DateOrder;
use crate::model::card::CardForm;

/// A row as the card form would receive it, with the status named in it
/// and whether it is archived.
pub struct RowInput {
    pub card: CardForm,
    pub status: String,
    pub archived: bool,
}

/// Row `row` under `mapping` (one field per column, empty: left out), its
/// numeric dates read in `order`.
pub fn row_input(mapping: &[String], row: &[String], order: DateOrder) -> RowInput {
    let mut card = CardForm::default();
    let mut status = String::new();
    let mut archived = false;
    let mut salary = String::new();
    for (field, cell) in mapping.iter().zip(row) {
        let cell = cells::text(cell);
        match field.as_str() {
            "stage" => status = cell.into(),
            "salary" => salary = cell.into(),
            "archived" => archived = cells::yes(cell),
            key => {
                if let Some(slot) = card.get_mut(key) {
                    *slot = cells::for_field(key, cell, order);
                }
            }
        }
    }
    // One cell with the whole range fills what its own columns left empty.
    if !salary.is_empty() {
        let amounts = cells::amounts(&salary);
        if card.salary_min.is_empty() {
            card.salary_min = amounts.first().map(i64::to_string).unwrap_or_default();
        }
        if card.salary_max.is_empty() {
            card.salary_max = amounts.get(1).map(i64::to_string).unwrap_or_default();
        }
        if card.salary_currency.is_empty() {
            card.salary_currency = cells::currency(&salary);
        }
        if card.salary_period.is_empty() {
            card.salary_period = cells::period(&salary);
        }
    }
    RowInput {
        card,
        status,
        archived,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_salary_cell_fills_the_range_currency_and_period() {
        let mapping = vec!["title".to_string(), "salary".to_string()];
        let row = vec!["Dev".to_string(), "€55k–70k per year".to_string()];
        let card = row_input(&mapping, &row, DateOrder::DayFirst).card;
        assert_eq!(
            (card.salary_min.as_str(), card.salary_max.as_str()),
            ("55000", "70000")
        );
        assert_eq!(card.salary_currency, "EUR");
        assert_eq!(card.salary_period, "year");
    }

    #[test]
    fn numeric_dates_are_read_in_the_order_given() {
        let mapping = vec!["title".to_string(), "deadline".to_string()];
        let row = vec!["Dev".to_string(), "03/04/2026".to_string()];
        let read = |order| row_input(&mapping, &row, order).card.deadline;
        assert_eq!(read(DateOrder::DayFirst), "2026-04-03");
        assert_eq!(read(DateOrder::MonthFirst), "2026-03-04");
    }
}
