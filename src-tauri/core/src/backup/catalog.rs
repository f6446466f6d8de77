//! What a backup holds, read without changing it: shown before anyone restores it.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db;
use crate::error::{AppError, AppResult, ErrorCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    /// The first start of a day.
    Auto,
    /// "Back up now" in Settings.
    Manual,
    /// Written just before a schema migration.
    BeforeMigration,
    /// The database a restore replaced.
    BeforeRestore,
    /// A file placed in the folder by hand (or by the `backup` CLI).
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupLocation {
    DataFolder,
    SecondFolder,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    pub kind: BackupKind,
    pub location: BackupLocation,
    /// When the file was written (its modification time), local time with offset.
    pub written_at: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// Why this file cannot be restored, if it cannot (not ours, unreadable, too new).
    /// The full integrity check runs at restore time.
    pub problem: Option<AppError>,
    pub schema_version: i32,
    pub workstation: String,
    #[ts(type = "number")]
    pub cases: i64,
    #[ts(type = "number")]
    pub visits: i64,
    #[ts(type = "number")]
    pub people: i64,
}

fn kind_of(name: &str) -> BackupKind {
    if name.starts_with("auto-") {
        BackupKind::Auto
    } else if name.starts_with("manual-") {
        BackupKind::Manual
    } else if name.starts_with("before-migration-") {
        BackupKind::BeforeMigration
    } else if name.starts_with("before-restore-") {
        BackupKind::BeforeRestore
    } else {
        BackupKind::Other
    }
}

/// Reads a backup's date, size and counts. A file that cannot be read is still listed, with
/// its problem, so nobody wonders where it went.
pub fn inspect(file: &Path, location: BackupLocation) -> BackupInfo {
    let file_name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let meta = std::fs::metadata(file).ok();
    let written_at = meta
        .as_ref()
        .and_then(|m| m.modified().ok())
        .map(|t| crate::context::stamp(chrono::DateTime::<chrono::Local>::from(t)))
        .unwrap_or_default();
    let mut info = BackupInfo {
        path: file.display().to_string(),
        kind: kind_of(&file_name),
        file_name,
        location,
        written_at,
        size_bytes: meta.map_or(0, |m| m.len()),
        problem: None,
        schema_version: 0,
        workstation: String::new(),
        cases: 0,
        visits: 0,
        people: 0,
    };
    if let Err(e) = read_counts(file, &mut info) {
        info.problem = Some(e);
    }
    info
}

fn read_counts(file: &Path, info: &mut BackupInfo) -> AppResult<()> {
    let invalid = |why: String| AppError::new(ErrorCode::InvalidFile, why);
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| invalid(format!("{} cannot be opened: {e}", file.display())))?;
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| invalid(format!("{} is not a database: {e}", file.display())))?;
    if app_id != db::APPLICATION_ID {
        return Err(invalid(format!("{} is not a backup of this app", file.display())));
    }
    info.schema_version = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if info.schema_version > db::schema_version() {
        return Err(db::too_new(info.schema_version));
    }
    // Older backups lack the later tables: count what is there.
    let count = |table: &str| -> AppResult<i64> {
        let exists: bool = conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    info.cases = count("cases")?;
    info.visits = count("visit")?;
    info.people = count("person")?;
    info.workstation = conn
        .query_row("SELECT name FROM workstation LIMIT 1", [], |r| r.get(0))
        .optional()
        .ok()
        .flatten()
        .unwrap_or_default();
    Ok(())
}

/// Every backup in the data folder's `backups` and in the second folder, newest first.
pub fn list(dir: &Path, second: Option<&Path>) -> AppResult<Vec<BackupInfo>> {
    let mut found = Vec::new();
    let folders: [(Option<PathBuf>, BackupLocation); 2] = [
        (Some(super::backups_dir(dir)), BackupLocation::DataFolder),
        (second.map(Path::to_path_buf), BackupLocation::SecondFolder),
    ];
    for (folder, location) in folders {
        let Some(folder) = folder else { continue };
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "sqlite3") && path.is_file() {
                found.push(inspect(&path, location));
            }
        }
    }
    found.sort_by(|a, b| b.written_at.cmp(&a.written_at).then(a.path.cmp(&b.path)));
    Ok(found)
}
