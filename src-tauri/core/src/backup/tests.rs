use std::path::Path;

use rusqlite::Connection;

use super::*;
use crate::app::{App, StartupState};
use crate::context::{Actor, Session};
use crate::health::fingerprint;
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

/// The demo workstation: every area has rows, so a fingerprint covers them all.
fn demo_store(dir: &Path) -> Store {
    let store = Store::open(dir).expect("open");
    crate::demo::create(&Session::new(&store, Actor::new("t"))).expect("demo");
    store
}

fn name_in(dir: &Path) -> String {
    let store = Store::open(dir).expect("open");
    Session::new(&store, Actor::new("t")).read(workstation::get).expect("get").name
}

fn print_of(store: &Store) -> String {
    fingerprint(&store.lock().expect("lock")).expect("fingerprint")
}

#[test]
fn the_daily_backup_is_written_once_a_day_and_old_ones_go() {
    let dir = tempfile::tempdir().expect("dir");
    let store = seeded(dir.path(), "站");
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).expect("dir");
    std::fs::write(backups.join("auto-2001-01-01.sqlite3"), b"old").expect("old");
    std::fs::write(backups.join("before-restore-2001.sqlite3"), b"kept").expect("kept");
    let first = daily(&store, dir.path()).expect("daily").written.expect("written");
    verify_backup(&first).expect("a valid backup");
    assert!(daily(&store, dir.path()).expect("again").written.is_none(), "once a day");
    assert!(!backups.join("auto-2001-01-01.sqlite3").exists(), "older than 14 days");
    assert!(backups.join("before-restore-2001.sqlite3").exists(), "other files stay");
}

#[test]
fn backup_then_restore_gives_back_exactly_the_data_and_keeps_the_replaced() {
    let a = tempfile::tempdir().expect("a");
    let file = a.path().join("copy.sqlite3");
    let original = demo_store(a.path());
    let expected = print_of(&original);
    backup_to(&original, &file).expect("backup");
    assert!(backup_to(&original, &file).is_err(), "no overwrite");

    let b = tempfile::tempdir().expect("b");
    drop(seeded(b.path(), "乙站"));
    let done = restore(b.path(), &file).expect("restore");
    assert_eq!(print_of(&Store::open(b.path()).expect("open")), expected, "exactly the data");
    let kept = done.kept.expect("kept the replaced");
    let kept_dir = tempfile::tempdir().expect("k");
    std::fs::copy(kept, db::db_path(kept_dir.path())).expect("copy kept");
    assert_eq!(name_in(kept_dir.path()), "乙站", "the replaced database was kept whole");
}

#[test]
fn restore_into_an_open_store_replaces_its_data_in_place() {
    let dir = tempfile::tempdir().expect("dir");
    let store = seeded(dir.path(), "甲站");
    let (backup, _) = manual(&store, dir.path()).expect("manual");
    assert_eq!((backup.kind, backup.workstation.as_str()), (BackupKind::Manual, "甲站"));
    assert!(backup.problem.is_none());
    let before = print_of(&store);
    let s = Session::new(&store, Actor::new("t"));
    let profile = workstation::WorkstationProfile {
        name: "改过的站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        address: String::new(),
        phone: String::new(),
    };
    s.write(|tx| workstation::update_profile(tx, &profile)).expect("change");
    assert_ne!(print_of(&store), before);

    let done = restore_into(&store, Path::new(&backup.path)).expect("restore");
    assert_eq!(print_of(&store), before, "the open store reads the backup's data");
    let mode: String =
        store.lock().expect("l").query_row("PRAGMA journal_mode", [], |r| r.get(0)).expect("m");
    assert_eq!(mode, "wal", "still in WAL after copying a DELETE-mode file in");
    let kept = inspect(Path::new(&done.kept.expect("kept")), BackupLocation::DataFolder);
    assert_eq!((kept.kind, kept.workstation.as_str()), (BackupKind::BeforeRestore, "改过的站"));
}

#[test]
fn restore_refuses_what_is_not_our_backup_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = seeded(dir.path(), "甲站");
    let before = print_of(&store);
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, b"not sqlite".repeat(500)).expect("junk");
    let foreign = dir.path().join("foreign.sqlite3");
    Connection::open(&foreign).expect("f").execute_batch("CREATE TABLE x(y)").expect("t");
    for f in [&junk, &foreign, &dir.path().join("missing.sqlite3")] {
        let e = restore_into(&store, f).expect_err("refused");
        assert_eq!(e.code, ErrorCode::InvalidFile, "{}", f.display());
    }
    assert_eq!(print_of(&store), before);
    drop(store);
    let e = restore(dir.path(), &junk).expect_err("refused");
    assert_eq!(e.code, ErrorCode::InvalidFile);
    assert_eq!(name_in(dir.path()), "甲站");
    assert!(!dir.path().join("backups").exists(), "nothing was moved aside");
}

#[test]
fn attachments_travel_with_backups_and_come_back_on_restore() {
    let dir = tempfile::tempdir().expect("dir");
    let store = seeded(dir.path(), "甲站");
    let attachments = dir.path().join("attachments");
    std::fs::create_dir_all(&attachments).expect("dir");
    std::fs::write(attachments.join("photo-1.jpg"), b"jpeg bytes").expect("photo");
    let (backup, _) = manual(&store, dir.path()).expect("manual");
    let mirrored = dir.path().join("backups/attachments/photo-1.jpg");
    assert_eq!(std::fs::read(&mirrored).expect("mirrored"), b"jpeg bytes");

    std::fs::remove_file(attachments.join("photo-1.jpg")).expect("lost");
    restore_into(&store, Path::new(&backup.path)).expect("restore");
    assert_eq!(std::fs::read(attachments.join("photo-1.jpg")).expect("back"), b"jpeg bytes");
}

#[test]
fn a_second_folder_gets_every_backup_and_is_listed() {
    let dir = tempfile::tempdir().expect("dir");
    let usb = tempfile::tempdir().expect("usb");
    let store = seeded(dir.path(), "甲站");
    let s = Session::new(&store, Actor::new("t"));
    let input = BackupSettings { keep_days: 7, second_dir: usb.path().display().to_string() };
    s.write(|tx| set_settings(tx, Some(dir.path()), &input)).expect("settings");
    let (backup, second_error) = manual(&store, dir.path()).expect("manual");
    assert!(second_error.is_none(), "{second_error:?}");
    let copy = usb.path().join(SECOND_SUBDIR).join(&backup.file_name);
    verify_backup(&copy).expect("the second copy is a whole backup");
    let second = get_settings(&store.lock().expect("l")).expect("get").second_folder();
    let all = list(dir.path(), second.as_deref()).expect("list");
    let places: Vec<_> = all.iter().map(|b| b.location).collect();
    assert!(
        places.contains(&BackupLocation::DataFolder)
            && places.contains(&BackupLocation::SecondFolder)
    );
}

#[test]
fn backup_settings_are_checked_and_a_refusal_changes_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let store = seeded(dir.path(), "甲站");
    let s = Session::new(&store, Actor::new("t"));
    let inside = dir.path().join("inside");
    std::fs::create_dir_all(&inside).expect("inside");
    let bad = [
        (0, String::new()),
        (366, String::new()),
        (7, "relative/folder".into()),
        (7, "/no/such/folder/here".into()),
        (7, inside.display().to_string()),
        (7, format!("{}\u{0}", dir.path().display())),
    ];
    for (keep_days, second_dir) in bad {
        let input = BackupSettings { keep_days, second_dir: second_dir.clone() };
        let e = s.write(|tx| set_settings(tx, Some(dir.path()), &input)).expect_err("refused");
        assert_eq!(e.code, ErrorCode::Validation, "{keep_days} {second_dir:?}");
    }
    let now = get_settings(&store.lock().expect("l")).expect("get");
    assert_eq!(now, BackupSettings { keep_days: DEFAULT_KEEP_DAYS, second_dir: String::new() });
}

/// Overwrites the middle of the database file with noise, as a failing disk or a bad copy would.
fn damage(dir: &Path) {
    let path = db::db_path(dir);
    let mut bytes = std::fs::read(&path).expect("read");
    let (from, to) = (4096 * 2, bytes.len() - 4096);
    for (i, b) in bytes[from..to].iter_mut().enumerate() {
        *b = (i * 31 % 251) as u8;
    }
    std::fs::write(&path, bytes).expect("write");
}

#[test]
fn a_damaged_store_fails_at_start_and_a_backup_brings_it_back() {
    let dir = tempfile::tempdir().expect("dir");
    let store = demo_store(dir.path());
    let expected = print_of(&store);
    let (good, _) = manual(&store, dir.path()).expect("manual");
    drop(store);
    damage(dir.path());

    let app = App::open_window(dir.path());
    let status = app.status();
    assert_eq!(status.state, StartupState::Failed);
    assert_eq!(status.error.map(|e| e.code), Some(ErrorCode::DatabaseCorrupt));
    let today = chrono::Local::now().date_naive();
    assert!(
        !dir.path().join(format!("backups/auto-{today}.sqlite3")).exists(),
        "a damaged store is not backed up over good backups"
    );
    let offered = app.startup_backups().expect("offered");
    assert_eq!(offered[0].path, good.path, "the good backup is offered");
    let e = app.restore_at_startup("/etc/passwd").expect_err("only a listed file");
    assert_eq!(e.code, ErrorCode::NotFound);

    let done = app.restore_at_startup(&good.path).expect("restored");
    assert!(done.kept.is_some(), "the damaged file is kept for the record");
    assert_ne!(app.status().state, StartupState::Failed);
    assert_eq!(print_of(app.store().expect("open")), expected);
    assert_eq!(
        app.startup_backups().err().map(|e| e.code),
        Some(ErrorCode::Conflict),
        "once open, Settings restores"
    );
}

#[test]
fn damage_found_after_start_stops_every_command_and_a_backup_brings_it_back() {
    let dir = tempfile::tempdir().expect("dir");
    let store = demo_store(dir.path());
    let expected = print_of(&store);
    let (good, _) = manual(&store, dir.path()).expect("manual");
    drop(store);
    // Opens cleanly (and writes the day's backup), so only the full check can find later damage.
    let app = App::open_window(dir.path());
    assert_ne!(app.status().state, StartupState::Failed);
    app.check_integrity().expect("a sound store passes");
    app.store()
        .expect("open")
        .lock()
        .expect("lock")
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .expect("checkpoint");
    damage(dir.path());

    let e = app.check_integrity().expect_err("damage found");
    assert_eq!(e.code, ErrorCode::DatabaseCorrupt);
    let status = app.status();
    assert_eq!(status.state, StartupState::Failed, "the start-up screen takes over");
    assert_eq!(status.error.map(|e| e.code), Some(ErrorCode::DatabaseCorrupt));
    assert_eq!(app.session().err().map(|e| e.code), Some(ErrorCode::DatabaseCorrupt));
    let offered = app.startup_backups().expect("offered while damaged");
    assert!(offered.iter().any(|b| b.path == good.path));

    let done = app.restore_at_startup(&good.path).expect("restored");
    let kept = done.kept.expect("the damaged data is kept");
    assert!(std::path::Path::new(&kept).exists());
    assert_ne!(app.status().state, StartupState::Failed);
    assert_eq!(print_of(app.store().expect("open")), expected, "exactly the backed-up data");
    app.check_integrity().expect("sound again");
}
