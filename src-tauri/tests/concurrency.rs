//! Two processes on one data folder (the window's core and the CLI): both write, neither
//! corrupts the store, every write either lands or is refused as "busy" (DATABASE_LOCKED),
//! and a writer held up longer than the busy timeout gets that clear refusal, not a hang.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use workstation_core::cases::{categories, intake, model};
use workstation_core::{workstation, Actor, App, ErrorCode, Session};

const BIN: &str = env!("CARGO_BIN_EXE_community-workstation");

fn demo_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    let demo = Command::new(BIN).args(["--data-dir", data, "demo"]).output().expect("demo");
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));
    dir
}

fn case_input(s: &Session, title: &str) -> model::CaseInput {
    let category = s
        .read(categories::list)
        .expect("categories")
        .into_iter()
        .find(|c| c.limit.is_some() && !c.archived)
        .expect("a category");
    let community = s.read(workstation::get).expect("ws").communities[0].id;
    model::CaseInput {
        source: model::CaseSource::Desk,
        category_id: category.id,
        community_id: community,
        grid_id: None,
        address: "并发测试".into(),
        title: title.into(),
        description: "两个进程同时写".into(),
        reporter_name: String::new(),
        reporter_phone: String::new(),
        anonymous: true,
        respondent_kind: String::new(),
        respondent_name: String::new(),
        urgency: model::Urgency::Normal,
        reported_at: String::new(),
        photos: Vec::new(),
    }
}

#[test]
fn the_app_and_the_cli_write_side_by_side_without_losing_anything() {
    let dir = demo_dir();
    let data = dir.path().to_str().expect("path");
    let mut cli = Command::new(BIN)
        .args(["--data-dir", data, "crash-writer"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the CLI writer");
    let lines = BufReader::new(cli.stdout.take().expect("stdout"));
    let reader = std::thread::spawn(move || {
        lines.lines().map_while(Result::ok).filter(|l| l.starts_with("ack")).collect::<Vec<_>>()
    });

    let app = App::open(dir.path(), Actor::new("os:并发"));
    let s = app.session().expect("session");
    let (mut mine, mut busy) = (Vec::new(), 0);
    let until = Instant::now() + Duration::from_secs(3);
    let mut i = 0;
    while Instant::now() < until {
        i += 1;
        match intake::create(&s, &case_input(&s, &format!("窗口写入{i}"))) {
            Ok(id) => mine.push(id),
            Err(e) if e.code == ErrorCode::DatabaseLocked => busy += 1,
            Err(e) => panic!("a write failed with something other than busy: {e:?}"),
        }
    }
    cli.kill().expect("stop the CLI");
    cli.wait().expect("reaped");
    let acked = reader.join().expect("reader");
    drop(s);
    drop(app);

    assert!(
        !mine.is_empty() && !acked.is_empty(),
        "both wrote: {} and {}",
        mine.len(),
        acked.len()
    );
    let conn = rusqlite::Connection::open(dir.path().join("workstation.sqlite3")).expect("open");
    let integrity: String =
        conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
    assert_eq!(integrity, "ok");
    for id in mine {
        let n: i64 = conn
            .query_row("SELECT count(*) FROM cases WHERE id = ?1", [id], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 1, "the window's case {id} is there");
    }
    for line in acked {
        let id: i64 = line.split_whitespace().nth(1).and_then(|v| v.parse().ok()).expect("id");
        let n: i64 = conn
            .query_row("SELECT count(*) FROM cases WHERE id = ?1", [id], |r| r.get(0))
            .expect("count");
        assert_eq!(n, 1, "the CLI's acknowledged case {id} is there");
    }
    println!("busy refusals while both wrote: {busy}");
}

#[test]
fn a_writer_held_up_past_the_busy_timeout_is_told_busy_and_nothing_changes() {
    let dir = demo_dir();
    let other = rusqlite::Connection::open(dir.path().join("workstation.sqlite3")).expect("other");
    other.execute_batch("BEGIN IMMEDIATE").expect("another program takes the write lock");

    let app = App::open(dir.path(), Actor::new("os:并发"));
    let s = app.session().expect("session");
    let input = case_input(&s, "等待写锁");
    let before: i64 =
        s.read(|c| Ok(c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?)).expect("n");
    let started = Instant::now();
    let e = intake::create(&s, &input).expect_err("refused while the other holds the lock");
    assert_eq!(e.code, ErrorCode::DatabaseLocked);
    assert!(started.elapsed() >= Duration::from_secs(4), "it waited for the lock first");

    other.execute_batch("ROLLBACK").expect("the other program lets go");
    let after: i64 =
        s.read(|c| Ok(c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?)).expect("n");
    assert_eq!(after, before, "the refused write left nothing");
    intake::create(&s, &input).expect("once the lock is gone the same write goes through");
}
