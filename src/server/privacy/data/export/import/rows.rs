//! A row of the archive as a row of the importing account: a new id, the
//! new owner, every value typed as its column is, and every reference
//! (`<thing>_id`) following the new id of the row it named. A reference to
//! a row that was not imported (deleted long ago, or refused by the
//! rules) becomes empty where the column allows it; otherwise the row is
//! refused too.

use super::super::OWNER;
use super::super::repo::restore::{Cell, Cells};
use super::super::tables::{Column, Kind, Table};
use super::archive::Row;
use crate::error::FieldError;
use serde_json::Value;
use std::collections::HashMap;

/// The value of a column of the wrong type.
pub const WRONG_VALUE: &str = "error-data-import-value";
/// A reference to a row that was not imported.
pub const NO_PARENT: &str = "error-data-import-parent-missing";

/// A JSON value as a value of `column`, `None` when of another type.
fn cell(column: &Column, value: &Value) -> Option<Cell> {
    Some(match (&column.kind, value) {
        (Kind::Integer, Value::Null) => Cell::Int(None),
        (Kind::Integer, v) => Cell::Int(Some(v.as_i64()?)),
        (Kind::Real, Value::Null) => Cell::Real(None),
        (Kind::Real, v) => Cell::Real(Some(v.as_f64()?)),
        (Kind::Boolean, Value::Null) => Cell::Bool(None),
        (Kind::Boolean, v) => Cell::Bool(Some(v.as_bool()?)),
        (Kind::Text | Kind::Other(_), Value::Null) => Cell::Text(None),
        (Kind::Text | Kind::Other(_), v) => Cell::Text(Some(v.as_str()?.into())),
    })
}

/// `row` of `table` as the importing account's row `id` (`None` for a
/// table without ids) owned by `owner`; references go through `ids` (old
/// id to new id). Columns the row lacks (it was written before they
/// existed) take their defaults. Answers every value that cannot be
/// taken.
pub fn remap(
    table: &Table,
    row: &Row,
    id: Option<&str>,
    owner: &str,
    ids: &HashMap<String, String>,
) -> Result<Cells, Vec<FieldError>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for column in &table.columns {
        let value = if column.name == OWNER {
            Some(Cell::Text(Some(owner.to_string())))
        } else if let (Some(id), "id") = (id, column.name.as_str()) {
            Some(Cell::Text(Some(id.to_string())))
        } else if let Some(value) = row.get(&column.name) {
            if column.is_reference() && !value.is_null() {
                match value.as_str().map(|old| ids.get(old)) {
                    Some(Some(new)) => Some(Cell::Text(Some(new.clone()))),
                    Some(None) if column.nullable => Some(Cell::Text(None)),
                    Some(None) => {
                        errors.push(FieldError::new(&column.name, NO_PARENT));
                        None
                    }
                    None => {
                        errors.push(FieldError::new(&column.name, WRONG_VALUE));
                        None
                    }
                }
            } else {
                let cell = cell(column, value);
                if cell.is_none() {
                    errors.push(FieldError::new(&column.name, WRONG_VALUE));
                }
                cell
            }
        } else {
            continue;
        };
        out.extend(value.map(|v| (column.name.clone(), v)));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table() -> Table {
        let column = |name: &str, kind: Kind, nullable: bool| Column {
            name: name.into(),
            kind,
            nullable,
        };
        Table {
            name: "applications".into(),
            owner: OWNER.into(),
            secret: Vec::new(),
            columns: vec![
                column("id", Kind::Text, false),
                column("user_id", Kind::Text, false),
                column("stage_id", Kind::Text, false),
                column("company_id", Kind::Text, true),
                column("rank", Kind::Integer, false),
            ],
        }
    }

    fn row(value: Value) -> Row {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn references_follow_or_empty_or_refuse() {
        let ids = HashMap::from([("s1".to_string(), "S1".to_string())]);
        let t = table();
        let ok = remap(
            &t,
            &row(json!({"id": "a", "user_id": "old", "stage_id": "s1", "company_id": "gone", "rank": 3})),
            Some("A"),
            "me",
            &ids,
        )
        .unwrap();
        assert_eq!(
            ok,
            vec![
                ("id".into(), Cell::Text(Some("A".into()))),
                ("user_id".into(), Cell::Text(Some("me".into()))),
                ("stage_id".into(), Cell::Text(Some("S1".into()))),
                ("company_id".into(), Cell::Text(None)),
                ("rank".into(), Cell::Int(Some(3))),
            ]
        );
        let refused = remap(
            &t,
            &row(json!({"id": "a", "stage_id": "gone", "rank": "three"})),
            Some("A"),
            "me",
            &ids,
        )
        .unwrap_err();
        let keys: Vec<(&str, &str)> = refused
            .iter()
            .map(|e| (e.field.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(keys, [("stage_id", NO_PARENT), ("rank", WRONG_VALUE)]);
    }
}
