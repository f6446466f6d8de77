//! The full `integrity_check` of the open store, run on every start beside the window.
//!
//! It reads every page: ~2.4 s for a 100,000-case store on the test machine, ~10 times that at a
//! million, so it cannot hold up the start. It runs on its own read-only connection (in WAL mode
//! it neither blocks nor is blocked by the desk's writes) and, if the store is damaged, stops
//! every command and hands the window to the start-up screen, which offers the newest good
//! backup. The first start of a day also runs `quick_check` before writing the day's backup, so
//! a damaged store never pushes a good backup out.

use rusqlite::{Connection, OpenFlags};

use super::App;
use crate::db;
use crate::error::{AppError, AppResult, ErrorCode};

impl App {
    /// Checks the open store page by page. On damage, marks the app damaged (every command is
    /// refused with DATABASE_CORRUPT, the window is signed out) and returns the error.
    pub fn check_integrity(&self) -> AppResult<()> {
        if self.store.get().is_none() {
            return Ok(()); // not opened: the start-up screen already says why
        }
        match integrity_of(&db::db_path(&self.dir)) {
            Ok(()) => Ok(()),
            Err(e) if e.code == ErrorCode::DatabaseCorrupt => {
                tracing::error!(error = %e, "the integrity check found the store damaged");
                *self.damaged.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.clone());
                if let Some(mut s) = self.signed_in() {
                    *s = None;
                }
                Err(e)
            }
            // Could not run (busy, the file went away): say so in the log, change nothing.
            Err(e) => {
                tracing::warn!(error = %e, "the integrity check did not run");
                Err(e)
            }
        }
    }

    pub(crate) fn is_damaged(&self) -> bool {
        self.damaged.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    pub(crate) fn clear_damaged(&self) {
        *self.damaged.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// `PRAGMA integrity_check` of the database file on a connection of its own.
pub(crate) fn integrity_of(path: &std::path::Path) -> AppResult<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| corrupt_or(e, "open"))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    let mut stmt =
        conn.prepare("PRAGMA integrity_check(20)").map_err(|e| corrupt_or(e, "check"))?;
    let found: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(|e| corrupt_or(e, "check"))?;
    if found.first().map(String::as_str) == Some("ok") {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::DatabaseCorrupt,
            format!("integrity_check: {}", found.join("; ")),
        ))
    }
}

/// SQLite's own "malformed" and "not a database" answers are damage too.
fn corrupt_or(e: rusqlite::Error, what: &str) -> AppError {
    use rusqlite::ErrorCode as C;
    match e.sqlite_error_code() {
        Some(C::DatabaseCorrupt | C::NotADatabase) => {
            AppError::new(ErrorCode::DatabaseCorrupt, format!("integrity_check {what}: {e}"))
        }
        _ => e.into(),
    }
}
