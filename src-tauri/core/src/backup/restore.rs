//! Restore: check the file, keep what it replaces, copy it in through the backup API (all
//! pages in one write transaction: a restore that fails half-way leaves the old data), bring
//! the schema up to date and put back any attachment the backup knows and the folder lacks.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use super::{backups_dir, copy_db, inspect, mirror, verify_backup, BackupInfo, BackupLocation};
use crate::context::Store;
use crate::db;
use crate::error::AppResult;

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreOutcome {
    /// What was restored (date, counts).
    pub restored: BackupInfo,
    /// Where the replaced database was kept, if there was one.
    pub kept: Option<String>,
}

fn kept_name(dir: &Path) -> AppResult<PathBuf> {
    let backups = backups_dir(dir);
    crate::files::private_dir(&backups)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S-%3f");
    Ok(backups.join(format!("before-restore-{stamp}.sqlite3")))
}

fn copy_pages(src: &Path, dest: &mut Connection) -> AppResult<()> {
    let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    dest.busy_timeout(Duration::from_secs(5))?;
    rusqlite::backup::Backup::new(&from, dest)?.run_to_completion(
        256,
        Duration::from_millis(5),
        None,
    )?;
    Ok(())
}

fn bring_back_attachments(dir: &Path, file: &Path) -> AppResult<()> {
    if let Some(parent) = file.parent() {
        mirror::attachments(&parent.join("attachments"), &dir.join("attachments"))?;
    }
    Ok(())
}

fn outcome(file: &Path, kept: Option<PathBuf>) -> RestoreOutcome {
    RestoreOutcome {
        restored: inspect(file, BackupLocation::DataFolder),
        kept: kept.map(|k| k.display().to_string()),
    }
}

/// Replaces the store in `dir` with `file` when no store is open on `dir` in this process (the
/// CLI, or the window when the store could not be opened). The replaced database is first saved
/// as `backups/before-restore-<time>.sqlite3`, even when it is too damaged to open.
pub fn restore(dir: &Path, file: &Path) -> AppResult<RestoreOutcome> {
    verify_backup(file)?;
    db::ensure_data_dir(dir)?;
    let live = db::db_path(dir);
    let mut kept = None;
    if live.exists() {
        let dest = kept_name(dir)?;
        // Keep the current file as it is: opened read-only (never migrated) and copied through
        // the backup API; if it is too damaged to open, keep its raw bytes.
        let copied = Connection::open_with_flags(&live, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(Into::into)
            .and_then(|c| copy_db(&c, &dest));
        if copied.is_err() {
            mirror::copy_file(&live, &dest)?;
        }
        crate::files::owner_only(&dest)?;
        kept = Some(dest);
    }
    let mut target = Connection::open(&live)?;
    copy_pages(file, &mut target)?;
    drop(target);
    bring_back_attachments(dir, file)?;
    // Reopen through the normal path: settings applied, migrations brought up to date.
    Store::open(dir)?;
    Ok(outcome(file, kept))
}

/// Replaces the data of the open `store` with `file`, in place: the window goes on with the
/// restored data without a restart. The replaced database is kept first.
pub fn restore_into(store: &Store, file: &Path) -> AppResult<RestoreOutcome> {
    let dir = store
        .dir()
        .ok_or_else(|| crate::error::AppError::internal("an in-memory store has no backups"))?
        .to_path_buf();
    verify_backup(file)?;
    let mut conn = store.lock()?;
    let kept = kept_name(&dir)?;
    if copy_db(&conn, &kept).is_err() {
        // Too damaged to read through SQLite: keep its raw bytes (and its write-ahead log).
        let live = db::db_path(&dir);
        mirror::copy_file(&live, &kept)?;
        let wal = live.with_extension("sqlite3-wal");
        if wal.exists() {
            mirror::copy_file(&wal, &kept.with_extension("sqlite3-wal"))?;
        }
    }
    crate::files::owner_only(&kept)?;
    copy_pages(file, &mut conn)?;
    db::prepare_restored(&conn)?;
    drop(conn);
    bring_back_attachments(&dir, file)?;
    Ok(outcome(file, Some(kept)))
}
