//! The live schema as the export sees it: each table that holds a person's
//! rows, its columns and their kinds. Built from what the database itself
//! reports (`repo::columns`), so a table or column added by a later
//! migration is exported, counted and imported without a change here.

/// How a column's values are read, written and described in JSON Schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Real,
    Text,
    Boolean,
    /// Any other type, read as its text and written back with a cast to
    /// the declared type.
    Other(String),
}

impl Kind {
    /// The kind of a declared SQL type, as SQLite's `pragma_table_info` or
    /// PostgreSQL's `information_schema.columns` names it.
    pub fn of(declared: &str) -> Kind {
        let t = declared.to_ascii_lowercase();
        if t.contains("int") {
            Kind::Integer
        } else if t.contains("char") || t.contains("text") || t.contains("clob") {
            Kind::Text
        } else if t.contains("real") || t.contains("floa") || t.contains("doub") {
            Kind::Real
        } else if t.contains("bool") {
            Kind::Boolean
        } else {
            Kind::Other(declared.to_string())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub kind: Kind,
    pub nullable: bool,
}

impl Column {
    /// Holds a secret that never leaves the server: a password hash, the
    /// hash of a session or email-link token, any `*_hash`.
    pub fn is_secret(&self) -> bool {
        self.name.ends_with("_hash") || super::SECRET_COLUMNS.contains(&self.name.as_str())
    }

    /// Names another row by its id (`board_id`, `stage_id` …): remapped on
    /// import. The owner column (`user_id`) is not a reference.
    pub fn is_reference(&self) -> bool {
        self.name.ends_with("_id") && self.name != super::OWNER
    }
}

/// A table that holds a person's rows, with the columns that are exported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    /// The column that names the owner: `id` for `users`, `user_id` for
    /// every other table.
    pub owner: String,
    /// Every column but the secret ones, in declaration order.
    pub columns: Vec<Column>,
    /// The columns that are left out: secret ones, those of
    /// [`super::LEFT_OUT_COLUMNS`], and any the allow-list does not name.
    pub secret: Vec<String>,
}

impl Table {
    /// A table from all its columns; `None` when it holds no person's rows.
    pub fn from_columns(name: String, all: Vec<Column>) -> Option<Table> {
        let owner = if name == "users" {
            "id"
        } else if all.iter().any(|c| c.name == super::OWNER) {
            super::OWNER
        } else {
            return None;
        };
        let left_out = |c: &Column| {
            super::LEFT_OUT_COLUMNS
                .iter()
                .any(|(table, column, _)| *table == name && *column == c.name)
        };
        let (secret, columns): (Vec<Column>, Vec<Column>) = all.into_iter().partition(|c| {
            c.is_secret() || left_out(c) || !super::classified::is_exported(&name, &c.name)
        });
        Some(Table {
            name,
            owner: owner.to_string(),
            columns,
            secret: secret.into_iter().map(|c| c.name).collect(),
        })
    }

    /// Rows have their own `id` (most tables); without one, the table keeps
    /// one row per person (the profile).
    pub fn has_id(&self) -> bool {
        self.owner != "id" && self.columns.iter().any(|c| c.name == "id")
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// Where its rows are in the archive.
    pub fn data_file(&self) -> String {
        format!("data/{}.json", self.name)
    }

    /// Where the JSON Schema of its file is in the archive.
    pub fn schema_file(&self) -> String {
        format!("schemas/{}.schema.json", self.name)
    }
}

/// An SQL identifier, quoted for both engines.
pub fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(name: &str, declared: &str) -> Column {
        Column {
            name: name.into(),
            kind: Kind::of(declared),
            nullable: true,
        }
    }

    #[test]
    fn declared_types_have_kinds() {
        assert_eq!(Kind::of("BIGINT"), Kind::Integer);
        assert_eq!(Kind::of("integer"), Kind::Integer);
        assert_eq!(Kind::of("TEXT"), Kind::Text);
        assert_eq!(Kind::of("character varying"), Kind::Text);
        assert_eq!(Kind::of("double precision"), Kind::Real);
        assert_eq!(Kind::of("boolean"), Kind::Boolean);
        assert_eq!(Kind::of("jsonb"), Kind::Other("jsonb".into()));
    }

    #[test]
    fn secrets_are_left_out_and_owners_found() {
        let users = Table::from_columns(
            "users".into(),
            vec![col("id", "TEXT"), col("password_hash", "TEXT")],
        )
        .unwrap();
        assert_eq!(users.owner, "id");
        assert_eq!(users.secret, vec!["password_hash".to_string()]);
        assert!(users.column("password_hash").is_none());
        let sessions = Table::from_columns(
            "sessions".into(),
            vec![
                col("id", "TEXT"),
                col("user_id", "TEXT"),
                col("token_hash", "TEXT"),
            ],
        )
        .unwrap();
        assert_eq!(sessions.owner, "user_id");
        assert!(sessions.has_id());
        assert!(Table::from_columns("rate_limits".into(), vec![col("bucket", "TEXT")]).is_none());
        // A column the allow-list does not name stays on the server.
        let later = Table::from_columns(
            "boards".into(),
            vec![
                col("id", "TEXT"),
                col("user_id", "TEXT"),
                col("api_key", "TEXT"),
            ],
        )
        .unwrap();
        assert!(later.column("api_key").is_none());
        assert_eq!(later.secret, ["api_key"]);
    }

    #[test]
    fn references_are_id_columns_other_than_the_owner() {
        assert!(col("board_id", "TEXT").is_reference());
        assert!(!col("user_id", "TEXT").is_reference());
        assert!(!col("id", "TEXT").is_reference());
        assert_eq!(quote("rank"), "\"rank\"");
        assert_eq!(quote("a\"b"), "\"a\"\"b\"");
    }
}
