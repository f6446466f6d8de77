//! The case register over a real SQLite store: intake, the whole workflow, deadlines, search
//! in Chinese, reach and masking.

use super::list::{list, CaseQuery};
use super::model::{CaseInput, CaseSource, Satisfaction, StepInput, Urgency};
use super::workflow::{CaseStatus, Step};
use super::{categories, intake, read, steps};
use crate::access::auth::caller_of;
use crate::access::operators;
use crate::context::{Actor, Session, Store};
use crate::error::{ErrorCode, Reason};
use crate::{demo, AppError};

pub(crate) fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("store");
    demo::create(&Session::new(&store, Actor::new("t"))).expect("demo");
    // The demo's people and accounts are wanted here, its story cases are not.
    let conn = store.lock().expect("c");
    conn.execute_batch(
        "UPDATE agenda_item SET carried_from = NULL; DELETE FROM meeting_outcome;
         DELETE FROM agenda_item; DELETE FROM meeting_attendee;
         DELETE FROM meeting; DELETE FROM visit; DELETE FROM visit_fts; DELETE FROM worklog;
         DELETE FROM case_attachment; DELETE FROM case_event; DELETE FROM case_fts;
         DELETE FROM cases; DELETE FROM case_counter;",
    )
    .expect("no story cases");
    drop(conn);
    (dir, store)
}

/// A session of the demo account `login`, as the window would have after signing in.
pub(crate) fn session_of<'s>(store: &'s Store, login: &str) -> Session<'s> {
    let op = Session::new(store, Actor::new("t"))
        .read(operators::list)
        .expect("ops")
        .into_iter()
        .find(|o| o.login == login)
        .expect("demo account");
    Session::for_caller(store, caller_of(&op))
}

pub(crate) fn category(s: &Session, code: &str) -> i64 {
    let all = s.read(categories::list).expect("categories");
    all.into_iter().find(|c| c.code == code).expect("category").id
}

pub(crate) fn input(s: &Session, title: &str) -> CaseInput {
    CaseInput {
        source: CaseSource::Desk,
        category_id: category(s, "0601"),
        community_id: 1,
        grid_id: None,
        address: "花园社区3栋".into(),
        title: title.into(),
        description: "楼道里停放电动车，堵住消防通道".into(),
        reporter_name: "张三丰".into(),
        reporter_phone: "13812345678".into(),
        anonymous: false,
        respondent_kind: "resident".into(),
        respondent_name: String::new(),
        urgency: Urgency::Normal,
        reported_at: String::new(),
        photos: Vec::new(),
    }
}

pub(crate) fn step(id: i64, step: Step) -> StepInput {
    StepInput::new(id, step)
}

pub(crate) fn code<T: std::fmt::Debug>(r: Result<T, AppError>) -> ErrorCode {
    r.expect_err("refused").code
}

pub(crate) fn count(s: &Session, table: &str) -> i64 {
    s.read(|c| Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?))
        .expect("count")
}

#[test]
fn bad_intake_is_refused_with_the_field_and_nothing_is_written() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let before = (count(&s, "cases"), count(&s, "case_event"), count(&s, "change_log"));
    let refused = |i: CaseInput| intake::create(&s, &i).expect_err("refused");
    let base = input(&s, "消防通道堵塞");
    let e = refused(CaseInput { category_id: 9999, ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("categoryId"));
    let first_level = category(&s, "06");
    let e = refused(CaseInput { category_id: first_level, ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("categoryId"), "a case takes a second-level category");
    let e = refused(CaseInput { grid_id: Some(9999), ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("gridId"));
    let e = refused(CaseInput { title: "  ".into(), ..base.clone() });
    assert_eq!((e.field.as_deref(), e.reason), (Some("title"), Some(Reason::Required)));
    let e = refused(CaseInput { title: "标题\u{7}".into(), ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("title"), "control characters");
    let e = refused(CaseInput { reported_at: "2999-01-01 08:00".into(), ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("reportedAt"), "a future event");
    let e = refused(CaseInput { reporter_phone: "call me".into(), ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("reporterPhone"));
    let junk = crate::attachments::ImageUpload {
        file_name: "a.jpg".into(),
        data_base64: "aGVsbG8=".into(),
    };
    let e = refused(CaseInput { photos: vec![junk], ..base.clone() });
    assert_eq!(e.field.as_deref(), Some("image"), "not an image");
    assert_eq!(before, (count(&s, "cases"), count(&s, "case_event"), count(&s, "change_log")));
}

#[test]
fn a_case_goes_from_intake_through_rework_to_closure_and_follow_up() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "花园社区3栋电动车堵消防通道")).expect("created");
    let d = read::get(&s, id).expect("detail");
    assert_eq!(d.case.status, CaseStatus::Registered);
    assert!(d.case.number.ends_with("-000001"), "{}", d.case.number);
    assert_eq!(d.case.reporter_phone, "138****5678", "masked on screen by default");
    assert!(d.next_steps.contains(&Step::Assign) && !d.next_steps.contains(&Step::RecheckPass));

    assert_eq!(
        code(steps::apply(&s, &step(id, Step::RecheckPass))),
        ErrorCode::Conflict,
        "wrong state"
    );
    let e = steps::apply(&s, &step(id, Step::Assign)).expect_err("nobody named");
    assert_eq!(e.field.as_deref(), Some("assigneeId"));
    let officer = s.read(|c| crate::roster::people::by_name(c, "韩怡莉")).expect("p")[0].id;
    steps::apply(&s, &StepInput { assignee_id: Some(officer), ..step(id, Step::Assign) })
        .expect("assigned");
    let tomorrow = (chrono::Local::now().date_naive() + chrono::Duration::days(1)).to_string();
    for _ in 0..2 {
        let p = StepInput {
            promised_date: Some(tomorrow.clone()),
            note: "上门劝导".into(),
            ..step(id, Step::Persuade)
        };
        assert_eq!(steps::apply(&s, &p).expect("persuaded"), CaseStatus::Persuading);
    }
    steps::apply(&s, &step(id, Step::ReportRectified)).expect("rectified");
    let e = steps::apply(&s, &step(id, Step::RecheckFail)).expect_err("a failed re-check says why");
    assert_eq!(e.field.as_deref(), Some("note"));
    let fail = StepInput { note: "仍有两辆车停放".into(), ..step(id, Step::RecheckFail) };
    assert_eq!(steps::apply(&s, &fail).expect("rework"), CaseStatus::Persuading);
    steps::apply(&s, &step(id, Step::ReportRectified)).expect("rectified again");
    assert_eq!(steps::apply(&s, &step(id, Step::RecheckPass)).expect("closed"), CaseStatus::Closed);
    let follow =
        StepInput { satisfaction: Some(Satisfaction::Satisfied), ..step(id, Step::FollowUp) };
    steps::apply(&s, &follow).expect("followed up");
    assert_eq!(code(steps::apply(&s, &follow)), ErrorCode::Conflict, "once");

    let d = read::get(&s, id).expect("detail");
    assert_eq!((d.case.status, d.case.reworks, d.case.light), (CaseStatus::Closed, 1, None));
    let kinds: Vec<Step> = d.timeline.iter().map(|e| e.step).collect();
    assert_eq!(
        kinds,
        [
            Step::Register,
            Step::Assign,
            Step::Persuade,
            Step::Persuade,
            Step::ReportRectified,
            Step::RecheckFail,
            Step::ReportRectified,
            Step::RecheckPass,
            Step::FollowUp
        ]
    );
    assert_eq!(d.timeline[2].promised_date.as_deref(), Some(tomorrow.as_str()));
    let reopen = StepInput { note: "居民反映又有车停放".into(), ..step(id, Step::Reopen) };
    assert_eq!(steps::apply(&s, &reopen).expect("reopened"), CaseStatus::Assigned);
    assert_eq!(read::get(&s, id).expect("d").case.reopens, 1);
}

#[test]
fn parking_stops_the_clock_and_extending_moves_the_deadline() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "占用消防通道")).expect("created");
    let due = read::get(&s, id).expect("d").case.due_at;
    let e = steps::apply(&s, &step(id, Step::Park)).expect_err("parking says why");
    assert_eq!(e.field.as_deref(), Some("note"));
    let park = StepInput { note: "等待物业协调".into(), ..step(id, Step::Park) };
    steps::apply(&s, &park).expect("parked");
    let d = read::get(&s, id).expect("d");
    assert_eq!(
        (d.case.status, d.case.light),
        (CaseStatus::Parked, None),
        "a parked clock shows no light"
    );
    assert_eq!(d.next_steps, vec![Step::Resume]);
    steps::apply(&s, &step(id, Step::Resume)).expect("resumed");
    let d = read::get(&s, id).expect("d");
    assert_eq!(d.case.status, CaseStatus::Registered, "back where it was");
    assert!(d.case.due_at >= due);

    let e = steps::apply(
        &s,
        &StepInput {
            note: "需要更多时间".into(),
            new_due_date: Some("2000-01-01".into()),
            ..step(id, Step::Extend)
        },
    )
    .expect_err("an earlier deadline is no extension");
    assert_eq!(e.field.as_deref(), Some("newDueDate"));
    let later = (chrono::Local::now().date_naive() + chrono::Duration::days(30)).to_string();
    steps::apply(
        &s,
        &StepInput {
            note: "需要更多时间".into(),
            new_due_date: Some(later.clone()),
            ..step(id, Step::Extend)
        },
    )
    .expect("extended");
    let d = read::get(&s, id).expect("d");
    assert!(d.case.due_at.starts_with(&later) && d.case.extensions == 1);
}

#[test]
fn chinese_search_finds_one_two_three_and_five_characters_and_never_errors() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let a = intake::create(&s, &input(&s, "花园社区3栋电动车飞线充电")).expect("a");
    let b = intake::create(
        &s,
        &CaseInput {
            description: "店外经营占道".into(),
            address: "仁和社区商业街12号".into(),
            ..input(&s, "仁和社区商铺出店经营")
        },
    )
    .expect("b");
    let find = |text: &str| -> Vec<i64> {
        let q = CaseQuery { text: text.into(), page_size: 50, ..Default::default() };
        list(&s, &q).expect(text).cases.iter().map(|c| c.id).collect()
    };
    assert_eq!(find("飞"), vec![a]);
    assert_eq!(find("充电"), vec![a]);
    assert_eq!(find("出店"), vec![b]);
    assert_eq!(find("电动车"), vec![a]);
    assert_eq!(find("电动车飞线"), vec![a]);
    assert_eq!(find("3栋"), vec![a], "mixed digits and Chinese");
    assert_eq!(find("社区"), vec![b, a], "newest first");
    assert!(find("动电").is_empty(), "characters out of order do not match");
    for hostile in
        ["\"", "*", "-电", "NEAR(电 动)", "电\" OR \"店", "'; DROP TABLE cases; --", "a*b"]
    {
        let q = CaseQuery { text: hostile.into(), page_size: 10, ..Default::default() };
        // Text around the syntax is searched as text; syntax alone gets the clear "nothing to
        // search for" message, never an SQL or FTS error.
        match list(&s, &q) {
            Ok(_) => {}
            Err(e) => assert_eq!(
                (e.code, e.field.as_deref()),
                (ErrorCode::Validation, Some("text")),
                "{hostile}"
            ),
        }
    }
    let q = CaseQuery { text: "！？。".into(), page_size: 10, ..Default::default() };
    let e = list(&s, &q).expect_err("only punctuation");
    assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Validation, Some("text")));
    // Notes of later steps are searchable too.
    let officer = s.read(|c| crate::roster::people::by_name(c, "韩怡莉")).expect("p")[0].id;
    steps::apply(
        &s,
        &StepInput {
            assignee_id: Some(officer),
            note: "联系业委会".into(),
            ..step(b, Step::Assign)
        },
    )
    .expect("a");
    assert_eq!(find("业委"), vec![b]);
    assert_eq!(find("联系业委"), vec![b], "four characters from a later note");
    assert!(find("电动车堵住").is_empty(), "a phrase does not run across the comma between them");
    assert!(find("出店经营店外").is_empty(), "nor from the end of the title into the description");
}

#[test]
fn migrations_11_and_12_index_existing_cases_for_phrase_search() {
    let (dir, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let a = intake::create(&s, &input(&s, "花园路消防通道堵塞")).expect("a");
    {
        // The tokens as version 10 wrote them (characters and pairs interleaved).
        let conn = store.lock().expect("c");
        conn.execute_batch("DELETE FROM case_fts; PRAGMA user_version = 10;").expect("old");
        conn.execute(
            "INSERT INTO case_fts (rowid, tokens) VALUES (?1, '消 消防 防 防通 通 通道 道')",
            [a],
        )
        .expect("old tokens");
    }
    drop(s);
    drop(store);
    let store = Store::open(dir.path()).expect("reopened and migrated");
    let s = Session::new(&store, Actor::new("t"));
    let q = CaseQuery { text: "消防通道堵塞".into(), page_size: 10, ..Default::default() };
    assert_eq!(
        list(&s, &q).expect("search").cases.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![a]
    );
    let q = CaseQuery { text: "3栋".into(), page_size: 10, ..Default::default() };
    assert_eq!(list(&s, &q).expect("search").total, 1, "the address, read back from the row");
}

#[test]
fn an_officer_works_on_their_own_and_their_grids_cases_only() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "无网格的案子")).expect("a");
    let os = session_of(&store, "weizy");
    let mine = intake::create(&os, &input(&s, "队员自己登记")).expect("officers take cases in");
    assert_eq!(
        code(steps::apply(&os, &StepInput { note: "x".into(), ..step(id, Step::Void) })),
        ErrorCode::Forbidden
    );
    let assign = StepInput { assignee_id: os.caller().person_id, ..step(mine, Step::Assign) };
    steps::apply(&s, &assign).expect("assigned to him");
    steps::apply(&os, &step(mine, Step::ReportRectified)).expect("his own case");
}

#[test]
fn possible_duplicates_are_offered_and_linked_both_ways() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let first = intake::create(&s, &input(&s, "3栋消防通道")).expect("a");
    let again = input(&s, "3栋楼道堵了");
    let dups = s.read(|c| intake::duplicates(c, &again)).expect("dups");
    assert_eq!(dups.iter().map(|d| d.id).collect::<Vec<_>>(), vec![first]);
    let second = intake::create(&s, &again).expect("b");
    let mark = StepInput { duplicate_of: Some(first), ..step(second, Step::MarkDuplicate) };
    steps::apply(&s, &mark).expect("marked");
    let d = read::get(&s, first).expect("d");
    assert_eq!(d.duplicates.iter().map(|l| l.id).collect::<Vec<_>>(), vec![second]);
    assert!(d.timeline.last().expect("e").note.contains("重复件"));
    let self_dup = StepInput { duplicate_of: Some(first), ..step(first, Step::MarkDuplicate) };
    assert_eq!(
        steps::apply(&s, &self_dup).expect_err("self").field.as_deref(),
        Some("duplicateOf")
    );
}

#[test]
fn the_demo_carries_the_story_cases_at_every_stage() {
    let dir = tempfile::tempdir().expect("dir");
    let store = Store::open(dir.path()).expect("store");
    let s = Session::new(&store, Actor::new("t"));
    demo::create(&s).expect("demo");
    let page = list(&s, &CaseQuery { page_size: 50, ..Default::default() }).expect("list");
    let statuses: std::collections::HashSet<CaseStatus> =
        page.cases.iter().map(|c| c.status).collect();
    for st in [
        CaseStatus::Registered,
        CaseStatus::Assigned,
        CaseStatus::Persuading,
        CaseStatus::Rectified,
        CaseStatus::Closed,
        CaseStatus::Referred,
        CaseStatus::Parked,
        CaseStatus::NotAccepted,
        CaseStatus::Duplicate,
        CaseStatus::Void,
    ] {
        assert!(statuses.contains(&st), "{st:?} in the demo");
    }
    let titled = |title: &str| {
        let c = page.cases.iter().find(|c| c.title == title).expect("story case");
        read::get(&s, c.id).expect("detail")
    };
    let d = titled("花园小区3幢楼道电动车堵塞消防通道");
    assert_eq!((d.case.reworks, d.case.satisfaction), (1, Some(Satisfaction::Satisfied)));
    assert_eq!(d.duplicates.len(), 1, "the repeated report is linked to it");
    assert_eq!(titled("仁和小区A区地下室通道堆放旧家具").case.extensions, 1);
    let reopened = titled("胜利西路18号门前占道广告牌");
    assert_eq!((reopened.case.reopens, reopened.case.status), (1, CaseStatus::Assigned));
    assert!(d.timeline.windows(2).all(|w| w[0].at <= w[1].at), "steps in time order");
    assert!(d.case.registered_at < d.timeline.last().expect("e").at);
}

#[test]
fn the_register_exports_to_xlsx_and_csv_masked_unless_asked_and_audited() {
    use calamine::{open_workbook_auto, Data, Reader};
    let (dir, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    intake::create(&s, &input(&s, "花园小区3幢消防通道")).expect("case");
    let today = chrono::Local::now().date_naive();
    let xlsx = dir.path().join("登记本.xlsx");
    let n = super::export::export_file(&s, &xlsx, today, today, false).expect("xlsx");
    assert_eq!(n, 1);
    let mut book = open_workbook_auto(&xlsx).expect("a spreadsheet reader opens it");
    let sheet = book.worksheet_range("案件登记本").expect("sheet");
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    d => d.to_string(),
                })
                .collect()
        })
        .collect();
    assert_eq!(rows[0][0], "案件编号");
    assert_eq!((rows[1][7].as_str(), rows[1][10].as_str()), ("花园小区3幢消防通道", "138****5678"));

    let csv_path = dir.path().join("登记本.csv");
    let changes = count(&s, "change_log");
    super::export::export_file(&s, &csv_path, today, today, true).expect("csv");
    assert_eq!(count(&s, "change_log"), changes + 1, "a full export is audited");
    let bytes = std::fs::read(&csv_path).expect("read");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for Excel");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let row = reader.records().next().expect("row").expect("csv");
    assert_eq!(&row[10], "13812345678", "in full when asked");
    let bad = dir.path().join("x.pdf");
    assert!(super::export::export_file(&s, &bad, today, today, false).is_err());
}

#[test]
fn a_hotline_sheet_imports_all_rows_or_none_and_the_register_reads_back() {
    use super::import::import_file;
    let (dir, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let good = "\u{feff}受理时间,类别,社区,网格,发生地址,诉求内容,诉求人,来电号码\r\n\
        2026-11-20 09:15,0601,花园社区,,花园小区2幢,2幢楼道电动车堵塞消防通道,林先生,13859670001\r\n\
        2026/11/21,店外经营（出店经营）,仁和社区,,仁和路18号,水果店占道摆卖,,\r\n";
    let path = dir.path().join("12345.csv");
    std::fs::write(&path, good).expect("write");
    let before = count(&s, "cases");
    let dry = import_file(&s, &path, true).expect("dry run");
    assert_eq!((dry.added, count(&s, "cases")), (2, before), "a dry run writes nothing");
    let report = import_file(&s, &path, false).expect("import");
    assert_eq!((report.added, report.refused.len()), (2, 0));
    let page = list(&s, &CaseQuery { text: "摆卖".into(), page_size: 5, ..Default::default() })
        .expect("search");
    assert_eq!(page.cases.len(), 1);
    let c = &page.cases[0];
    assert_eq!((c.source, c.title.as_str()), (CaseSource::Hotline, "水果店占道摆卖"));
    assert!(c.anonymous);

    // GB18030 text, one bad category and one future date: nothing is added, both rows named.
    let bad = "类别,社区,标题,登记时间\n不存在的类别,花园社区,测试,2026-11-20\n0601,花园社区,测试二,2999-01-01\n0601,花园社区,好的一行,\n";
    let (gbk, _, _) = encoding_rs::GB18030.encode(bad);
    let path = dir.path().join("bad.csv");
    std::fs::write(&path, &gbk).expect("write");
    let before = (count(&s, "cases"), count(&s, "change_log"));
    let report = import_file(&s, &path, false).expect("report");
    assert_eq!(report.added, 0);
    let rows: Vec<(usize, &str)> =
        report.refused.iter().map(|r| (r.row, r.field.as_str())).collect();
    assert_eq!(rows, vec![(2, "categoryId"), (3, "reportedAt")]);
    assert_eq!((count(&s, "cases"), count(&s, "change_log")), before, "all or none");

    let no_header = dir.path().join("x.csv");
    std::fs::write(&no_header, "a,b\n1,2\n").expect("write");
    assert_eq!(code(import_file(&s, &no_header, false)), ErrorCode::InvalidFile);
}

#[test]
fn the_full_register_reads_back_into_another_workstation_row_for_row() {
    // A desk moving to a new PC, or a bureau merging registers: export, then import elsewhere.
    // One category's name holds a slash (电动车入楼/飞线充电), which once read as "大类/小类".
    let (dir, here) = store();
    let s = Session::new(&here, Actor::new("t"));
    let mut slash = input(&s, "3幢飞线充电");
    slash.category_id = category(&s, "0602");
    intake::create(&s, &slash).expect("create");
    intake::create(&s, &input(&s, "楼道电动车")).expect("create");
    let today = chrono::Local::now().date_naive();
    for ext in ["xlsx", "csv"] {
        let path = dir.path().join(format!("登记本.{ext}"));
        let rows = super::export::export_file(&s, &path, today, today, true).expect("export");
        let (_d2, other) = store();
        let t = Session::new(&other, Actor::new("t"));
        let logged = count(&t, "change_log");
        let report = super::import::import_file(&t, &path, false).expect("import");
        assert_eq!((report.added, report.refused), (rows, Vec::new()), "{ext}");
        assert_eq!(count(&t, "change_log"), logged + 1, "the import is one audited act");
        // Indexed in the same transaction: found by a one-character query at once.
        let found = list(&t, &CaseQuery { text: "飞".into(), page_size: 5, ..Default::default() })
            .expect("search");
        assert_eq!(found.cases.len(), 1, "{ext}");
        assert_eq!(found.cases[0].category_id, category(&t, "0602"), "{ext}");
    }
}

#[test]
fn a_property_manager_sees_the_photos_of_cases_in_reach_only() {
    use base64::Engine;
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let upload = crate::attachments::ImageUpload {
        file_name: "现场.png".into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(png),
    };
    let mut with_photo = input(&s, "花园的案子");
    with_photo.photos = vec![upload.clone()];
    let a = intake::create(&s, &with_photo).expect("a");
    // Different bytes: pictures are named by content, so the same picture would share a name.
    let mut other = CaseInput { community_id: 2, ..input(&s, "仁和的案子") };
    let other_png = [png.as_slice(), b"\0"].concat();
    other.photos = vec![crate::attachments::ImageUpload {
        data_base64: base64::engine::general_purpose::STANDARD.encode(other_png),
        ..upload
    }];
    let b = intake::create(&s, &other).expect("b");
    let name = |id| read::get(&s, id).expect("d").timeline[0].photos[0].clone();
    let (pa, pb) = (name(a), name(b));

    let ps = session_of(&store, "wuye-huayuan");
    assert!(read::photo(&ps, a, &pa).expect("own community").starts_with("data:image/png;base64,"));
    assert_eq!(code(read::photo(&ps, b, &pb)), ErrorCode::NotFound, "another community's case");
    assert_eq!(code(read::photo(&ps, a, &pb)), ErrorCode::NotFound, "a file of another case");
    assert_eq!(code(read::photo(&ps, a, "../workstation.sqlite3")), ErrorCode::NotFound);
}

#[test]
fn a_step_carries_documents_stored_once_by_content_and_opened_only_in_reach() {
    use base64::Engine;
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "电梯维保报价纠纷")).expect("case");
    let pdf = |name: &str| crate::attachments::ImageUpload {
        file_name: name.into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(b"%PDF-1.4 quote"),
    };
    let mut note = StepInput::new(id, Step::Note);
    note.note = "物业报价单".into();
    note.documents = vec![pdf("报价单.pdf"), pdf("报价单副本.pdf")];
    steps::apply(&s, &note).expect("documents");
    let d = read::get(&s, id).expect("detail");
    let docs = &d.timeline.last().expect("entry").documents;
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].file, docs[1].file, "the same bytes are stored once");
    assert_eq!(docs[0].name, "报价单.pdf");
    assert!(d.timeline.last().expect("entry").photos.is_empty(), "documents are not photos");
    let path = read::document_path(&s, id, &docs[0].file).expect("path");
    assert_eq!(std::fs::read(path).expect("bytes"), b"%PDF-1.4 quote");
    assert_eq!(code(read::document_path(&s, id, "doc-nothing.pdf")), ErrorCode::NotFound);

    let before = (count(&s, "case_event"), count(&s, "case_attachment"));
    let mut bad = StepInput::new(id, Step::Note);
    bad.note = "x".into();
    bad.documents = vec![crate::attachments::ImageUpload {
        file_name: "virus.exe".into(),
        data_base64: base64::engine::general_purpose::STANDARD.encode(b"MZ\x90\x00"),
    }];
    assert_eq!(steps::apply(&s, &bad).expect_err("refused").field.as_deref(), Some("document"));
    assert_eq!((count(&s, "case_event"), count(&s, "case_attachment")), before);
}
