//! Backup and restore through SQLite's online backup API (never a file copy of a live database,
//! which can catch a half-written page). Restore checks the file first and keeps what it replaces.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::context::Store;
use crate::db;
use crate::error::{AppError, AppResult, ErrorCode};

/// Writes a consistent copy of the store to `dest` (which must not exist yet).
pub fn backup_to(store: &Store, dest: &Path) -> AppResult<()> {
    if dest.exists() {
        return Err(AppError::new(
            ErrorCode::Conflict,
            format!("{} already exists; choose a new file name", dest.display()),
        ));
    }
    let conn = store.lock()?;
    // Write to a temporary name first so a failed backup never leaves a file that looks whole.
    let tmp = dest.with_extension("partial");
    let result = (|| -> AppResult<()> {
        let mut out = Connection::open(&tmp)?;
        {
            let b = rusqlite::backup::Backup::new(&conn, &mut out)?;
            b.run_to_completion(256, Duration::from_millis(5), None)?;
        }
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

/// Copies a database file that is not open in this process, without touching it.
fn copy_raw(src: &Path, dest: &Path) -> AppResult<()> {
    let from = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut to = Connection::open(dest)?;
    rusqlite::backup::Backup::new(&from, &mut to)?.run_to_completion(
        256,
        Duration::from_millis(5),
        None,
    )?;
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
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if integrity != "ok" {
        return Err(invalid(format!("{} fails the integrity check: {integrity}", file.display())));
    }
    Ok(())
}

/// Days of automatic backups kept when no administrator has set it.
pub const DEFAULT_KEEP_DAYS: u32 = 14;

/// The first start of each day writes `backups/auto-YYYY-MM-DD.sqlite3` (online backup) and
/// removes automatic backups older than `keep_days`. Returns the new file, if one was written.
pub fn daily(store: &Store, dir: &Path, keep_days: u32) -> AppResult<Option<PathBuf>> {
    let backups = dir.join("backups");
    crate::files::private_dir(&backups)?;
    let today = chrono::Local::now().date_naive();
    let file = backups.join(format!("auto-{today}.sqlite3"));
    let written = if file.exists() {
        None
    } else {
        backup_to(store, &file)?;
        Some(file)
    };
    let oldest = today - chrono::Days::new(u64::from(keep_days.max(1)));
    for entry in std::fs::read_dir(&backups)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let day = name
            .strip_prefix("auto-")
            .and_then(|n| n.strip_suffix(".sqlite3"))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if day.is_some_and(|d| d < oldest) {
            // Only our own dated automatic backups are ever removed.
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(written)
}

/// Replaces the store in `dir` with `file`, after verifying it. The replaced database is first
/// saved as `backups/before-restore-<time>.sqlite3`; its path is returned.
/// Call with no store open on `dir` (the CLI does; the window restarts around it).
pub fn restore(dir: &Path, file: &Path) -> AppResult<Option<PathBuf>> {
    verify_backup(file)?;
    db::ensure_data_dir(dir)?;
    let live = db::db_path(dir);
    let mut kept = None;
    if live.exists() {
        let backups = dir.join("backups");
        crate::files::private_dir(&backups)?;
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let dest = backups.join(format!("before-restore-{stamp}.sqlite3"));
        // Keep the current file as it is: opened read-only (never migrated) and copied through
        // the backup API; if it is too damaged to open, keep its raw bytes.
        if copy_raw(&live, &dest).is_err() {
            std::fs::copy(&live, &dest)?;
        }
        crate::files::owner_only(&dest)?;
        kept = Some(dest);
    }
    let src = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut target = Connection::open(&live)?;
    target.busy_timeout(Duration::from_secs(5))?;
    {
        let b = rusqlite::backup::Backup::new(&src, &mut target)?;
        b.run_to_completion(256, Duration::from_millis(5), None)?;
    }
    drop(target);
    // Reopen through the normal path: settings applied, migrations brought up to date.
    Store::open(dir)?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_daily_backup_is_written_once_a_day_and_old_ones_go() {
        let dir = tempfile::tempdir().expect("dir");
        let store = seeded(dir.path(), "站");
        let backups = dir.path().join("backups");
        std::fs::create_dir_all(&backups).expect("dir");
        std::fs::write(backups.join("auto-2001-01-01.sqlite3"), b"old").expect("old");
        std::fs::write(backups.join("before-restore-2001.sqlite3"), b"kept").expect("kept");
        let first = daily(&store, dir.path(), 14).expect("daily").expect("written");
        verify_backup(&first).expect("a valid backup");
        assert!(daily(&store, dir.path(), 14).expect("again").is_none(), "once a day");
        assert!(!backups.join("auto-2001-01-01.sqlite3").exists(), "older than 14 days");
        assert!(backups.join("before-restore-2001.sqlite3").exists(), "other files stay");
    }
    use crate::context::{Actor, Session};
    use crate::workstation::{self, WorkstationInput};

    fn seeded(dir: &Path, name: &str) -> Store {
        let store = Store::open(dir).expect("open");
        let s = Session::new(&store, Actor::new("t"));
        let input = WorkstationInput {
            name: name.into(),
            street: "碧湖街道".into(),
            district: "芗城区".into(),
            communities: vec!["花园社区".into()],
            ..Default::default()
        };
        s.write(|tx| workstation::create(tx, &input, false)).expect("create");
        store
    }

    fn name_in(dir: &Path) -> String {
        let store = Store::open(dir).expect("open");
        Session::new(&store, Actor::new("t")).read(workstation::get).expect("get").name
    }

    #[test]
    fn backup_then_restore_brings_the_data_back_and_keeps_the_replaced() {
        let a = tempfile::tempdir().expect("a");
        let file = a.path().join("copy.sqlite3");
        backup_to(&seeded(a.path(), "甲站"), &file).expect("backup");
        assert!(backup_to(&Store::open(a.path()).expect("open"), &file).is_err(), "no overwrite");

        let b = tempfile::tempdir().expect("b");
        drop(seeded(b.path(), "乙站"));
        let kept = restore(b.path(), &file).expect("restore").expect("kept the replaced");
        assert_eq!(name_in(b.path()), "甲站", "restored data is live");
        let kept_dir = tempfile::tempdir().expect("k");
        std::fs::copy(&kept, db::db_path(kept_dir.path())).expect("copy kept");
        assert_eq!(name_in(kept_dir.path()), "乙站", "the replaced database was kept whole");
    }

    #[test]
    fn restore_refuses_what_is_not_our_backup_and_changes_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        drop(seeded(dir.path(), "甲站"));
        let junk = dir.path().join("junk.sqlite3");
        std::fs::write(&junk, b"not sqlite".repeat(500)).expect("junk");
        let foreign = dir.path().join("foreign.sqlite3");
        Connection::open(&foreign).expect("f").execute_batch("CREATE TABLE x(y)").expect("t");
        for f in [&junk, &foreign, &dir.path().join("missing.sqlite3")] {
            let e = restore(dir.path(), f).expect_err("refused");
            assert_eq!(e.code, ErrorCode::InvalidFile, "{}", f.display());
        }
        assert_eq!(name_in(dir.path()), "甲站");
        assert!(!dir.path().join("backups").exists(), "nothing was moved aside");
    }
}
