//! JSON Schemas (draft 2020-12) of the files in an export: one per table,
//! made from the live columns and their types, and one of the manifest. A
//! program that reads an export can check each file against its schema
//! before trusting it; the import itself reads files only by these rules.

use super::tables::{Kind, Table};
use serde_json::{Value, json};

pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The JSON type of a column's values.
fn json_type(kind: &Kind) -> &'static str {
    match kind {
        Kind::Integer => "integer",
        Kind::Real => "number",
        Kind::Boolean => "boolean",
        Kind::Text | Kind::Other(_) => "string",
    }
}

/// The schema of `data/<table>.json`: an array of objects with exactly the
/// table's exported columns, each of its type, `null` where the column
/// allows it.
pub fn table_schema(table: &Table) -> Value {
    let properties: serde_json::Map<String, Value> = table
        .columns
        .iter()
        .map(|c| {
            let ty = json_type(&c.kind);
            let schema = if c.nullable {
                json!({ "type": [ty, "null"] })
            } else {
                json!({ "type": ty })
            };
            (c.name.clone(), schema)
        })
        .collect();
    let required: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
    json!({
        "$schema": DIALECT,
        "$id": format!("https://offerline.app/export/1/{}", table.schema_file()),
        "title": format!("Offerline export: {}", table.name),
        "description": format!(
            "Every row of the table `{}` that belongs to the exported account.",
            table.name
        ),
        "type": "array",
        "items": {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": false
        }
    })
}

/// The schema of `manifest.json`.
pub fn manifest_schema() -> Value {
    let file = json!({
        "type": "object",
        "properties": {
            "table": { "type": "string" },
            "file": { "type": "string" },
            "schema": { "type": "string" },
            "rows": { "type": "integer", "minimum": 0 },
            "left_out_columns": { "type": "array", "items": { "type": "string" } }
        },
        "required": ["table", "file", "schema", "rows", "left_out_columns"],
        "additionalProperties": false
    });
    let csv = json!({
        "type": "object",
        "properties": {
            "board": { "type": "string" },
            "file": { "type": "string" }
        },
        "required": ["board", "file"],
        "additionalProperties": false
    });
    let document = json!({
        "type": "object",
        "properties": {
            "document_id": { "type": "string" },
            "version_id": { "type": "string" },
            "file": { "type": "string" }
        },
        "required": ["document_id", "version_id", "file"],
        "additionalProperties": false
    });
    let left_out = json!({
        "type": "object",
        "properties": {
            "table": { "type": "string" },
            "reason": { "type": "string" }
        },
        "required": ["table", "reason"],
        "additionalProperties": false
    });
    json!({
        "$schema": DIALECT,
        "$id": "https://offerline.app/export/1/schemas/manifest.schema.json",
        "title": "Offerline export: manifest",
        "type": "object",
        "properties": {
            "format": { "const": super::FORMAT },
            "format_version": { "const": super::FORMAT_VERSION },
            "schema_version": { "type": "integer" },
            "generator": { "type": "string" },
            "exported_at": { "type": "integer" },
            "tables": { "type": "array", "items": file },
            "csv": { "type": "array", "items": csv },
            "documents": { "type": "array", "items": document },
            "left_out_tables": { "type": "array", "items": left_out }
        },
        "required": [
            "format", "format_version", "schema_version", "generator", "exported_at",
            "tables", "csv", "documents", "left_out_tables"
        ],
        "additionalProperties": false
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::privacy::data::export::tables::Column;

    #[test]
    fn columns_become_typed_required_properties() {
        let table = Table::from_columns(
            "boards".into(),
            vec![
                Column {
                    name: "user_id".into(),
                    kind: Kind::Text,
                    nullable: false,
                },
                Column {
                    name: "archived_at".into(),
                    kind: Kind::Integer,
                    nullable: true,
                },
            ],
        )
        .unwrap();
        let schema = table_schema(&table);
        let props = &schema["items"]["properties"];
        assert_eq!(props["user_id"]["type"], "string");
        assert_eq!(props["archived_at"]["type"], json!(["integer", "null"]));
        assert_eq!(
            schema["items"]["required"],
            json!(["user_id", "archived_at"])
        );
    }
}
