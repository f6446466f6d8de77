//! A full disk, for real: the process's file-size limit (RLIMIT_FSIZE) makes the operating system
//! refuse writes past a few KiB of the write-ahead log, as a full disk or a pulled USB drive
//! refuses them. The write must roll back whole, say so with a clear code, and the same open
//! store must work once the limit is lifted ("space is back").
//! Alone in its own test binary: the limit is per process.

#![cfg(unix)]

use std::path::Path;

use workstation_core::cases::{import, intake, model::CaseInput};
use workstation_core::{demo, health, Actor, ErrorCode, Session, Store};

fn set_file_limit(bytes: u64) {
    // Past the limit the kernel sends SIGXFSZ, which would kill the process; with a handler
    // installed the write fails with EFBIG instead, which is what SQLite then reports.
    let caught = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGXFSZ, caught).expect("SIGXFSZ");
    let (_, hard) = rlimit::Resource::FSIZE.get().expect("getrlimit");
    rlimit::Resource::FSIZE.set(bytes.min(hard), hard).expect("setrlimit");
}

fn state(s: &Session) -> (i64, String) {
    s.read(|c| {
        let cases = c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
        Ok((cases, health::fingerprint(c)?))
    })
    .expect("state")
}

fn write_import(path: &Path, community: &str, category: &str, rows: usize) {
    let mut csv = String::from("类别,社区,标题,描述,地址\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "{category},{community},楼道堆放杂物第{i}处,居民反映楼道堆放纸箱和旧家具，影响通行,花园路{i}号\n"
        ));
    }
    std::fs::write(path, csv).expect("csv");
}

#[test]
fn a_write_refused_by_a_full_disk_rolls_back_and_the_store_works_once_space_is_back() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("open");
    let s = Session::new(&store, Actor::new("t"));
    let (_, ws) = demo::create(&s).expect("demo");
    let community = ws.communities[0].name.clone();
    let category = s
        .read(workstation_core::cases::categories::list)
        .expect("categories")
        .into_iter()
        .find(|c| c.parent_id.is_some() && !c.archived && c.limit.is_some())
        .expect("a category");
    let file = dir.path().join("cases.csv");
    write_import(&file, &community, &category.code, 3000);
    let one = CaseInput {
        title: "消防通道堵塞".into(),
        community_id: ws.communities[0].id,
        category_id: category.id,
        ..serde_json::from_str::<CaseInput>(ONE_CASE).expect("case")
    };
    // Everything committed so far is in the main file; the log starts empty.
    s.read(|c| Ok(c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?)).expect("checkpoint");
    let before = state(&s);

    set_file_limit(8 * 1024);
    let e = import::import_file(&s, &file, false).expect_err("no room for the import");
    assert_eq!(e.code, ErrorCode::DiskError, "{e:?}");
    let e = intake::create(&s, &one).expect_err("no room for one case");
    assert_eq!(e.code, ErrorCode::DiskError, "{e:?}");
    assert_eq!(state(&s), before, "nothing half-written");
    let ok: String =
        s.read(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)).expect("check");
    assert_eq!(ok, "ok");

    set_file_limit(rlimit::INFINITY);
    let report = import::import_file(&s, &file, false).expect("works once space is back");
    assert_eq!(report.added, 3000);
    intake::create(&s, &one).expect("one case too");
    assert_eq!(state(&s).0, before.0 + 3001);
}

const ONE_CASE: &str = r#"{"source":"desk","categoryId":0,"communityId":0,"gridId":null,
    "address":"花园路3号","title":"","description":"","reporterName":"","reporterPhone":"",
    "anonymous":false,"respondentKind":"","respondentName":"","urgency":"normal",
    "reportedAt":"","photos":[]}"#;
