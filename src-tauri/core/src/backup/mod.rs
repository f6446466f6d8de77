//! Backups through SQLite's online backup API (never a file copy of a live database, which can
//! catch a half-written page), with the attachments beside them, in the data folder's `backups`
//! and optionally in a second folder (a USB drive, a network share).
//!
//! Layout of a backup folder: `<kind>-<time>.sqlite3` files (self-contained, no `-wal`) and one
//! shared `attachments/` mirror. Attachment files are never changed once written (their names
//! are unique), so one mirror serves every backup and only new files are copied.

mod catalog;
mod mirror;
mod restore;
mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::context::Store;
use crate::db;
use crate::error::{AppError, AppResult, ErrorCode};

pub use catalog::{inspect, list, BackupInfo, BackupKind, BackupLocation};
pub use restore::{restore, restore_into, RestoreOutcome};
pub use settings::{get_settings, set_settings, BackupSettings, DEFAULT_KEEP_DAYS};

/// The folder a workstation's backups go to inside a chosen second folder.
pub const SECOND_SUBDIR: &str = "community-workstation-backups";

/// The data folder's own backup folder.
pub fn backups_dir(dir: &Path) -> PathBuf {
    dir.join("backups")
}

/// Copies the database behind `from` to `dest` through the online backup API: written under a
/// temporary name first, so a failed backup never leaves a file that looks whole.
pub(crate) fn copy_db(from: &Connection, dest: &Path) -> AppResult<()> {
    let tmp = dest.with_extension("partial");
    let result = (|| -> AppResult<()> {
        let mut out = Connection::open(&tmp)?;
        rusqlite::backup::Backup::new(from, &mut out)?.run_to_completion(
            256,
            Duration::from_millis(5),
            None,
        )?;
        // A backup is a single self-contained file: no -wal beside it.
        out.pragma_update(None, "journal_mode", "DELETE")?;
        drop(out);
        crate::files::owner_only(&tmp)?;
        std::fs::rename(&tmp, dest)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp); // best effort: only our own partial file
    }
    result
}

/// Writes a consistent copy of the store to `dest` (which must not exist yet) and mirrors the
/// attachments into `attachments/` beside it.
pub fn backup_to(store: &Store, dest: &Path) -> AppResult<()> {
    if dest.exists() {
        return Err(AppError::new(
            ErrorCode::Conflict,
            format!("{} already exists; choose a new file name", dest.display()),
        ));
    }
    {
        let conn = store.lock()?;
        copy_db(&conn, dest)?;
    }
    if let (Some(dir), Some(parent)) = (store.dir(), dest.parent()) {
        mirror::attachments(&dir.join("attachments"), &parent.join("attachments"))?;
    }
    Ok(())
}

/// Checks that `file` is a whole, readable backup of this app that this version can open.
pub fn verify_backup(file: &Path) -> AppResult<()> {
    let invalid = |why: String| AppError::new(ErrorCode::InvalidFile, why);
    if !file.is_file() {
        return Err(invalid(format!("{} is not a file", file.display())));
    }
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| invalid(format!("{} cannot be opened: {e}", file.display())))?;
    let app_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| invalid(format!("{} is not a database: {e}", file.display())))?;
    if app_id != db::APPLICATION_ID {
        return Err(invalid(format!("{} is not a backup of this app", file.display())));
    }
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > db::schema_version() {
        return Err(db::too_new(version));
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| invalid(format!("{} fails the integrity check: {e}", file.display())))?;
    if integrity != "ok" {
        return Err(invalid(format!("{} fails the integrity check: {integrity}", file.display())));
    }
    Ok(())
}

/// What the first start of a day did.
#[derive(Debug, Default)]
pub struct DailyOutcome {
    /// The new automatic backup, if one was written (none when today's exists).
    pub written: Option<PathBuf>,
    /// Why the copy to the second folder failed, if it did; the first copy stands.
    pub second_error: Option<AppError>,
}

/// The first start of each day checks the store (`quick_check`; a damaged store must not push a
/// good backup out), writes `backups/auto-YYYY-MM-DD.sqlite3`, copies it to the second folder,
/// and removes automatic backups older than the kept days.
pub fn daily(store: &Store, dir: &Path) -> AppResult<DailyOutcome> {
    let backups = backups_dir(dir);
    crate::files::private_dir(&backups)?;
    let today = chrono::Local::now().date_naive();
    let name = format!("auto-{today}.sqlite3");
    let file = backups.join(&name);
    let settings = get_settings(&*store.lock()?)?;
    let mut outcome = DailyOutcome::default();
    if !file.exists() {
        quick_check(store)?;
        backup_to(store, &file)?;
        outcome.second_error = to_second(&settings, dir, &file).err();
        outcome.written = Some(file);
    }
    rotate(&backups, today, settings.keep_days)?;
    if let Some(second) = settings.second_folder() {
        // The second folder's old automatic backups go by the same rule; a missing drive is fine.
        if second.is_dir() {
            let _ = rotate(&second, today, settings.keep_days);
        }
    }
    Ok(outcome)
}

/// A manual "back up now": `backups/manual-<time>.sqlite3`, also copied to the second folder.
pub fn manual(store: &Store, dir: &Path) -> AppResult<(BackupInfo, Option<AppError>)> {
    let backups = backups_dir(dir);
    crate::files::private_dir(&backups)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let file = backups.join(format!("manual-{stamp}.sqlite3"));
    backup_to(store, &file)?;
    let settings = get_settings(&*store.lock()?)?;
    let second_error = to_second(&settings, dir, &file).err();
    Ok((inspect(&file, BackupLocation::DataFolder), second_error))
}

/// SQLite's quick structural check of the open store; anything but "ok" is corruption.
pub fn quick_check(store: &Store) -> AppResult<()> {
    let result: String = store.lock()?.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if result == "ok" {
        Ok(())
    } else {
        Err(AppError::new(ErrorCode::DatabaseCorrupt, format!("quick_check: {result}")))
    }
}

/// Copies a finished backup file and the attachments to the second folder, if one is set.
fn to_second(settings: &BackupSettings, dir: &Path, file: &Path) -> AppResult<()> {
    let Some(second) = settings.second_folder() else { return Ok(()) };
    let fail = |e: AppError| {
        tracing::error!(error = %e, folder = %second.display(), "second backup copy failed");
        AppError::new(
            ErrorCode::DataDirNotWritable,
            format!("the backup could not be copied to {}: {}", second.display(), e.message),
        )
    };
    std::fs::create_dir_all(&second).map_err(|e| fail(e.into()))?;
    let name = file.file_name().ok_or_else(|| AppError::internal("backup without a name"))?;
    mirror::copy_file(file, &second.join(name)).map_err(fail)?;
    mirror::attachments(&dir.join("attachments"), &second.join("attachments")).map_err(fail)?;
    Ok(())
}

/// Removes dated automatic backups older than `keep_days`; other files are never touched.
fn rotate(folder: &Path, today: chrono::NaiveDate, keep_days: u32) -> AppResult<()> {
    let oldest = today - chrono::Days::new(u64::from(keep_days.max(1)));
    for entry in std::fs::read_dir(folder)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let day = name
            .strip_prefix("auto-")
            .and_then(|n| n.strip_suffix(".sqlite3"))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if day.is_some_and(|d| d < oldest) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
