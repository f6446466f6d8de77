//! Health and size of a store: the `check` and `stats` CLI commands and the About page.

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::db;
use crate::error::AppResult;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    pub schema_version: i32,
    pub communities: i64,
    pub grids: i64,
    pub people: i64,
    pub assignments: i64,
    pub changes: i64,
    #[ts(type = "number")]
    pub size_bytes: i64,
}

pub fn stats(conn: &Connection) -> AppResult<Stats> {
    let count = |sql: &str| -> AppResult<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    Ok(Stats {
        schema_version: conn.query_row("PRAGMA user_version", [], |r| r.get(0))?,
        communities: count("SELECT count(*) FROM community WHERE archived_at IS NULL")?,
        grids: count("SELECT count(*) FROM grid WHERE archived_at IS NULL")?,
        people: count("SELECT count(*) FROM person WHERE archived_at IS NULL")?,
        assignments: count("SELECT count(*) FROM assignment WHERE archived_at IS NULL")?,
        changes: count("SELECT count(*) FROM change_log")?,
        size_bytes: count(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        )?,
    })
}

/// The result of `check`: every problem found, in English, one line each.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub integrity: String,
    pub foreign_key_violations: i64,
    pub schema_version: i32,
    pub expected_schema_version: i32,
    pub stats: Stats,
    pub problems: Vec<String>,
}

pub fn check(conn: &Connection) -> AppResult<CheckReport> {
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let fk: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    let stats = stats(conn)?;
    let mut problems = Vec::new();
    if integrity != "ok" {
        problems.push(format!("integrity check failed: {integrity}"));
    }
    if fk > 0 {
        problems.push(format!("{fk} rows point at records that do not exist"));
    }
    if stats.schema_version != db::schema_version() {
        problems.push(format!(
            "schema version {} but this app expects {}",
            stats.schema_version,
            db::schema_version()
        ));
    }
    Ok(CheckReport {
        integrity,
        foreign_key_violations: fk,
        schema_version: stats.schema_version,
        expected_schema_version: db::schema_version(),
        stats,
        problems,
    })
}

/// A digest of every row of every table (names, values, order by rowid): two stores with the
/// same fingerprint hold the same data. Tests use it to prove "nothing changed" and "exactly
/// what was backed up came back".
pub fn fingerprint(conn: &Connection) -> AppResult<String> {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    let mut tables = conn.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )?;
    let names: Vec<String> =
        tables.query_map([], |r| r.get(0))?.collect::<Result<_, rusqlite::Error>>()?;
    for name in names {
        hash.update(name.as_bytes());
        let mut rows = conn.prepare(&format!("SELECT * FROM \"{name}\""))?;
        let width = rows.column_count();
        let mut it = rows.query([])?;
        while let Some(row) = it.next()? {
            for i in 0..width {
                hash.update(format!("{:?}|", row.get_ref(i)?).as_bytes());
            }
            hash.update(b"\n");
        }
    }
    Ok(format!("{:x}", hash.finalize()))
}
