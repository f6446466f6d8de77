//! Opening the SQLite store: the data folder, connection settings and numbered migrations.
//! A database from a newer app version is refused before anything is written to it.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{AppError, AppResult, ErrorCode};

/// `PRAGMA application_id` of our files ("CWS1"), so restore can tell our backups from other databases.
pub const APPLICATION_ID: i32 = 0x4357_5331;
pub const DB_FILE: &str = "workstation.sqlite3";

/// Numbered migrations; index + 1 is the schema version they bring the database to.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_roster.sql"),
    include_str!("../migrations/0003_duty.sql"),
    include_str!("../migrations/0004_roster_indexes.sql"),
    include_str!("../migrations/0005_access.sql"),
    include_str!("../migrations/0006_cases.sql"),
    include_str!("../migrations/0007_frontdesk.sql"),
    include_str!("../migrations/0008_case_list_indexes.sql"),
    include_str!("../migrations/0009_saved_filters.sql"),
    include_str!("../migrations/0010_meetings.sql"),
    include_str!("../migrations/0011_search_phrases.sql"),
    include_str!("../migrations/0012_search_ascii_tokenizer.sql"),
    include_str!("../migrations/0013_search_automerge.sql"),
    include_str!("../migrations/0014_case_list_updated.sql"),
];

/// Data a migration brings that is easier to state in Rust than in SQL, run in the same
/// transaction right after migration `version`.
fn after_migration(conn: &Connection, version: usize) -> AppResult<()> {
    if version == 3 {
        crate::duty::calendar::seed(conn)?;
    }
    if version == 6 {
        crate::cases::categories::seed(conn)?;
    }
    if version == 5 {
        // Records written before the chain existed are chained now, in their order.
        crate::access::audit::chain_unhashed(conn)?;
    }
    // 11 and 12 both make the search tables again; filled once, after the last of them.
    if version == 12 {
        crate::cases::reindex_all(conn)?;
        crate::frontdesk::visits::reindex_all(conn)?;
    }
    Ok(())
}

pub fn schema_version() -> i32 {
    MIGRATIONS.len() as i32
}

/// Creates the data folder if needed and proves that it is writable, so a read-only folder is
/// reported as such instead of failing later in the middle of a write.
pub fn ensure_data_dir(dir: &Path) -> AppResult<()> {
    let not_writable = |e: std::io::Error| {
        AppError::new(
            ErrorCode::DataDirNotWritable,
            format!("data folder {} is not writable: {e}", dir.display()),
        )
    };
    std::fs::create_dir_all(dir).map_err(not_writable)?;
    crate::files::owner_only(dir).map_err(|e| {
        AppError::new(ErrorCode::DataDirNotWritable, format!("{}: {}", dir.display(), e.message))
    })?;
    let probe = dir.join(".write-test");
    std::fs::write(&probe, b"ok").map_err(not_writable)?;
    std::fs::remove_file(&probe).map_err(not_writable)?;
    Ok(())
}

pub fn db_path(dir: &Path) -> PathBuf {
    dir.join(DB_FILE)
}

/// Opens (creating if absent) the store in `dir`, checks it, and migrates it to the current schema.
pub fn open(dir: &Path) -> AppResult<Connection> {
    ensure_data_dir(dir)?;
    let path = db_path(dir);
    create_private(&path)?;
    let conn = Connection::open_with_flags(
        &path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    prepare(&conn)?;
    backup_before_migration(dir, &conn)?;
    migrate(&conn)?;
    // A bulk load that stopped half-way left indexes to build: before anything reads.
    crate::cases::deferred_indexes::rebuild(&conn)?;
    // SQLite gives -wal and -shm the database file's mode; older stores are tightened here.
    for suffix in ["", "-wal", "-shm"] {
        crate::files::owner_only(&PathBuf::from(format!("{}{suffix}", path.display())))?;
    }
    Ok(conn)
}

/// A store about to be migrated is first copied (online backup) to
/// `backups/before-migration-vN-<time>.sqlite3`: a migration that goes wrong in a way the
/// transaction cannot undo still leaves the data of the version before.
fn backup_before_migration(dir: &Path, conn: &Connection) -> AppResult<()> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version == 0 || version >= schema_version() {
        return Ok(());
    }
    let backups = dir.join("backups");
    crate::files::private_dir(&backups)?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let dest = backups.join(format!("before-migration-v{version}-{stamp}.sqlite3"));
    crate::backup::copy_db(conn, &dest)?;
    tracing::info!(file = %dest.display(), "backed up before migrating");
    Ok(())
}

/// Creates an empty database file readable by its owner only, so it is never world-readable
/// even for a moment; SQLite takes an empty file as a new database.
fn create_private(path: &Path) -> AppResult<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// An in-memory store for tests and benchmarks, through the same settings and migrations.
pub fn open_in_memory() -> AppResult<Connection> {
    let conn = Connection::open_in_memory()?;
    prepare(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

/// Checks that the file is ours and not from the future, then applies the connection settings.
/// The checks come first because `journal_mode=WAL` itself writes to the file.
fn prepare(conn: &Connection) -> AppResult<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let is_empty: bool =
        conn.query_row("SELECT count(*) = 0 FROM sqlite_schema", [], |r| r.get(0))?;
    if !is_empty && app_id != APPLICATION_ID {
        return Err(AppError::new(
            ErrorCode::DatabaseCorrupt,
            "the database file does not belong to this app",
        ));
    }
    if version > schema_version() {
        return Err(too_new(version));
    }
    // WAL: readers never block the writer. synchronous=FULL: a commit the user saw survives a
    // power cut (NORMAL in WAL may lose the last commits); the desk writes little, so the cost is small.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Room for every statement a screen or an import repeats (rusqlite keeps 16 by default).
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

pub fn too_new(version: i32) -> AppError {
    AppError::new(
        ErrorCode::DatabaseTooNew,
        format!(
            "the database has schema version {version}, newer than this app's {}; it was not changed",
            schema_version()
        ),
    )
}

fn migrate(conn: &Connection) -> AppResult<()> {
    apply_migrations(conn, MIGRATIONS)
}

/// After a backup was copied into an open connection: the copied header says whatever journal
/// mode the backup had, and the backup may be of an older schema.
pub(crate) fn prepare_restored(conn: &Connection) -> AppResult<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    migrate(conn)
}

/// Applies the missing migrations in one transaction: all of them land, or none.
fn apply_migrations(conn: &Connection, migrations: &[&str]) -> AppResult<()> {
    let current: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let target = migrations.len() as i32;
    if current >= target {
        return Ok(());
    }
    let tx = conn.unchecked_transaction()?;
    for (i, sql) in migrations.iter().enumerate().skip(current as usize) {
        tracing::info!(version = i + 1, "applying migration");
        tx.execute_batch(sql)?;
        after_migration(&tx, i + 1)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}

/// The default data folder: the OS app-data folder, the same for the window and the CLI.
pub fn default_data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("cn.cgzz.community-workstation")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn the_data_folder_and_database_are_for_their_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let parent = tempfile::tempdir().expect("tempdir");
        let dir = parent.path().join("data");
        let _conn = open(&dir).expect("open");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&db_path(&dir)), 0o600);
        assert_eq!(mode(&dir.join("workstation.sqlite3-wal")), 0o600, "WAL follows the database");
    }

    #[test]
    fn an_older_store_is_backed_up_before_it_is_migrated() {
        let dir = tempfile::tempdir().expect("tempdir");
        drop(open(dir.path()).expect("open"));
        {
            // Make it look like a store of the version before the case register.
            let c = Connection::open(db_path(dir.path())).expect("raw");
            c.execute_batch(
                "DROP TABLE meeting_outcome; DROP TABLE agenda_item; DROP TABLE meeting_attendee;
                 DROP TABLE meeting; DROP INDEX cases_estate; ALTER TABLE cases DROP COLUMN estate_id;
                 DROP TABLE estate; DROP TABLE party; DROP TABLE saved_filter; DROP TABLE visit_fts; DROP TABLE visit; DROP TABLE worklog;
                 DROP TABLE case_fts; DROP TABLE case_attachment; DROP TABLE case_event;
                 DROP TABLE case_counter; DROP TABLE cases; DROP TABLE case_category;
                 PRAGMA user_version = 5;",
            )
            .expect("downgrade");
        }
        let conn = open(dir.path()).expect("migrates");
        let v: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("v");
        assert_eq!(v, schema_version());
        let kept: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
            .expect("backups")
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("before-migration-v5-"))
            .collect();
        assert_eq!(kept.len(), 1, "one backup of version 5");
        crate::backup::verify_backup(&kept[0].path()).expect("valid");
    }

    #[test]
    fn fresh_store_is_migrated_and_configured() {
        let dir = tempfile::tempdir().expect("tempdir");
        let conn = open(dir.path()).expect("open");
        let v: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
        assert_eq!(v, schema_version(), "user_version tracks the migrations");
        let fk: i32 = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).expect("fk");
        assert_eq!(fk, 1, "foreign keys are enforced");
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("mode");
        assert_eq!(mode, "wal");
        drop(conn);
        open(dir.path()).expect("reopening an up-to-date store works");
    }

    #[test]
    fn newer_database_is_refused_and_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        drop(open(dir.path()).expect("open"));
        let path = db_path(dir.path());
        {
            let c = Connection::open(&path).expect("raw open");
            c.pragma_update(None, "user_version", schema_version() + 5).expect("bump");
        }
        let before = std::fs::read(&path).expect("read");
        let err = open(dir.path()).expect_err("a newer schema must be refused");
        assert_eq!(err.code, ErrorCode::DatabaseTooNew);
        assert_eq!(std::fs::read(&path).expect("read"), before, "file unchanged");
    }

    #[test]
    fn garbage_file_is_reported_corrupt_and_kept() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = db_path(dir.path());
        let junk = b"this is not a database, it is a resident's letter".repeat(200);
        std::fs::write(&path, &junk).expect("write junk");
        let err = open(dir.path()).expect_err("junk must be refused");
        assert_eq!(err.code, ErrorCode::DatabaseCorrupt);
        assert_eq!(std::fs::read(&path).expect("read"), junk, "the file is not overwritten");
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_reported_as_not_writable() {
        // Root may write anywhere, so use a path whose parent is a file: no user can create it.
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("not-a-folder");
        std::fs::write(&file, b"x").expect("file");
        let err = open(&file.join("data")).expect_err("cannot create a folder inside a file");
        assert_eq!(err.code, ErrorCode::DataDirNotWritable);
    }

    #[test]
    fn foreign_database_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let c = Connection::open(db_path(dir.path())).expect("raw");
            c.execute_batch("CREATE TABLE t(x)").expect("create");
        }
        let err = open(dir.path()).expect_err("another app's database is refused");
        assert_eq!(err.code, ErrorCode::DatabaseCorrupt);
    }

    #[test]
    fn failing_migration_leaves_nothing_behind() {
        let conn = Connection::open_in_memory().expect("mem");
        // The second migration clashes with the first: the whole batch must roll back.
        let broken = [MIGRATIONS[0], "CREATE TABLE community(id)"];
        let err = apply_migrations(&conn, &broken).expect_err("a clashing migration fails");
        assert_eq!(err.code, ErrorCode::Internal);
        let n: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).expect("count");
        assert_eq!(n, 0, "the rolled-back migrations left no table");
        let v: i32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("v");
        assert_eq!(v, 0, "the version did not move");
    }
}
