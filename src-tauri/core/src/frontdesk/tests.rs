//! The front desk over a real SQLite store: visits, making a case of one, Today's board, the
//! day's summary on a constructed day, and the work log's sign-off.

use chrono::{Days, Local, NaiveDate};

use super::model::{Handling, VisitChannel, VisitInput, VisitQuery, WorklogInput};
use super::{export, handoff, today, visits};
use crate::cases::list::{list, CaseQuery};
use crate::cases::model::StepInput;
use crate::cases::tests::{code, count, input, session_of, store};
use crate::cases::workflow::Step;
use crate::cases::{intake, steps};
use crate::context::{Actor, Session};
use crate::duty::attendance::{self, Attendance};
use crate::error::{ErrorCode, Reason};

fn visit(topic: &str, handling: Handling) -> VisitInput {
    VisitInput {
        channel: VisitChannel::WalkIn,
        visited_at: String::new(),
        visitor_name: "李秀英".into(),
        visitor_phone: "13900001111".into(),
        community_id: Some(1),
        topic: topic.into(),
        handling,
        outcome: String::new(),
    }
}

#[test]
fn visits_are_logged_masked_searched_and_bad_ones_change_nothing() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id =
        visits::create(&s, &visit("咨询飞线充电整改要求", Handling::Explained)).expect("visit");
    let v = visits::get(&s, id).expect("get");
    assert_eq!((v.visitor_name.as_str(), v.visitor_phone.as_str()), ("李**", "139****1111"));
    assert_eq!(v.community_name.as_deref(), Some("花园社区"));

    let before = (count(&s, "visit"), count(&s, "change_log"));
    let future = (Local::now() + chrono::Duration::days(2)).format("%Y-%m-%d %H:%M").to_string();
    let bad = [
        (VisitInput { topic: "  ".into(), ..visit("x", Handling::OnSpot) }, "topic"),
        (VisitInput { visited_at: future, ..visit("x", Handling::OnSpot) }, "visitedAt"),
        (VisitInput { community_id: Some(999), ..visit("x", Handling::OnSpot) }, "communityId"),
        (
            VisitInput { visitor_phone: "call me".into(), ..visit("x", Handling::OnSpot) },
            "visitorPhone",
        ),
        (visit("有\u{7}控制字符", Handling::OnSpot), "topic"),
        (visit(&"长".repeat(1001), Handling::OnSpot), "topic"),
    ];
    for (i, field) in bad {
        let e = visits::create(&s, &i).expect_err("refused");
        assert_eq!(e.field.as_deref(), Some(field), "{e:?}");
    }
    assert_eq!((count(&s, "visit"), count(&s, "change_log")), before, "nothing half-written");

    visits::create(&s, &visit("门前三包落实情况", Handling::ToldPath)).expect("second");
    let find = |text: &str| {
        visits::list(&s, &VisitQuery { text: text.into(), page_size: 10, ..Default::default() })
            .expect("search")
            .visits
            .into_iter()
            .map(|v| v.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(find("充"), vec![id], "one character");
    assert_eq!(find("飞线"), vec![id], "two characters");
    let hostile = VisitQuery { text: "\"*NEAR(-".into(), page_size: 10, ..Default::default() };
    assert!(visits::list(&s, &hostile).is_ok(), "FTS syntax is searched for, never run");
    let by_type =
        VisitQuery { handling: Some(Handling::ToldPath), page_size: 10, ..Default::default() };
    assert_eq!(visits::list(&s, &by_type).expect("filter").total, 1);

    visits::archive(&s, id, "重复登记").expect("archive");
    assert_eq!(code(visits::archive(&s, id, "again")), ErrorCode::Conflict);
    assert!(find("飞线").is_empty(), "archived visits leave the list");
    let all = VisitQuery {
        text: "飞线".into(),
        include_archived: true,
        page_size: 10,
        ..Default::default()
    };
    assert_eq!(visits::list(&s, &all).expect("archived").visits[0].archive_reason, "重复登记");
}

#[test]
fn a_visit_becomes_one_case_in_one_step() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = visits::create(&s, &visit("电动车堵消防通道", Handling::PassedOn)).expect("visit");
    let (cases, events) = (count(&s, "cases"), count(&s, "case_event"));
    let mut bad = input(&s, "");
    bad.title = String::new();
    let e = visits::to_case(&s, id, &bad).expect_err("no title");
    assert_eq!((e.field.as_deref(), e.reason), (Some("title"), Some(Reason::Required)));
    assert_eq!((count(&s, "cases"), count(&s, "case_event")), (cases, events));
    assert_eq!(visits::get(&s, id).expect("v").case_id, None);

    let mut from_visit = input(&s, "电动车堵消防通道");
    from_visit.reporter_name = String::new();
    from_visit.reporter_phone = String::new();
    let case_id = visits::to_case(&s, id, &from_visit).expect("case");
    let contact = crate::cases::read::reveal_contact(&s, case_id).expect("contact");
    assert_eq!(contact.reporter_phone, "13900001111", "the visitor carried over as the reporter");
    let v = visits::get(&s, id).expect("v");
    assert_eq!(v.case_id, Some(case_id));
    assert!(v.case_number.is_some());
    assert_eq!(code(visits::to_case(&s, id, &input(&s, "again"))), ErrorCode::Conflict);
    assert_eq!(count(&s, "cases"), cases + 1);
}

#[test]
fn visits_are_staff_only_and_property_managers_see_no_visits_on_today() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    visits::create(&s, &visit("咨询", Handling::Explained)).expect("visit");
    let ps = session_of(&store, "wuye-huayuan");
    assert_eq!(code(visits::list(&ps, &VisitQuery::default())), ErrorCode::Forbidden);
    assert_eq!(code(visits::create(&ps, &visit("x", Handling::OnSpot))), ErrorCode::Forbidden);
    let board = today::board(&ps, Local::now().date_naive()).expect("board");
    assert!(board.visits.is_empty() && board.visit_count == 0);
}

/// The most recent day (before today) the demo schedule has people on duty.
fn past_duty_day(s: &Session) -> (NaiveDate, crate::duty::view::ShiftView) {
    let today = Local::now().date_naive();
    (1..40)
        .map(|n| today - Days::new(n))
        .find_map(|d| {
            let sch = s.read(|c| crate::duty::view::schedule(c, d, d, None, None)).expect("s");
            sch.shifts.into_iter().find(|sh| !sh.people.is_empty()).map(|sh| (d, sh))
        })
        .expect("a duty day in the demo")
}

#[test]
fn the_day_summary_counts_what_happened_on_a_constructed_day() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let (day, shift) = past_duty_day(&s);
    let at = |hm: &str| format!("{day} {hm}");
    for (hm, h) in
        [("09:00", Handling::OnSpot), ("09:30", Handling::OnSpot), ("10:00", Handling::ToldPath)]
    {
        visits::create(&s, &VisitInput { visited_at: at(hm), ..visit("来访", h) }).expect("visit");
    }
    let to_case = visits::create(
        &s,
        &VisitInput { visited_at: at("11:00"), ..visit("占道", Handling::OnBehalf) },
    )
    .expect("visit");
    // A case reported on that day and registered now counts on the day it is registered.
    let mut reported = input(&s, "占道经营");
    reported.reported_at = at("11:05");
    visits::to_case(&s, to_case, &reported).expect("case");
    // A visit on another day does not count.
    let other = day - Days::new(1);
    visits::create(
        &s,
        &VisitInput {
            visited_at: format!("{other} 09:00"),
            ..visit("前一天", Handling::Explained)
        },
    )
    .expect("other day");

    let first = &shift.people[0];
    s.write(|tx| {
        attendance::mark(
            tx,
            &Attendance {
                date: day.to_string(),
                rule_id: shift.rule_id,
                person_id: first.person_id,
                arrived_at: Some("09:10".into()),
                left_at: None,
                no_show: false,
                reason: String::new(),
            },
        )
    })
    .expect("late arrival");

    let sum = s.read(|c| handoff::summary(c, day)).expect("summary");
    assert_eq!(sum.visits, 4);
    let n = |h: Handling| sum.by_handling.iter().find(|x| x.handling == h).expect("h").count;
    assert_eq!((n(Handling::OnSpot), n(Handling::ToldPath), n(Handling::OnBehalf)), (2, 1, 1));
    assert_eq!(n(Handling::Explained), 0, "the other day's visit is not counted");
    assert_eq!(sum.visits_to_cases, 1);
    let line = sum.duty.iter().find(|l| l.name == first.name).expect("on duty");
    assert_eq!(line.arrived_at.as_deref(), Some("09:10"));
    assert_eq!(line.late, shift.start_time.as_str() < "09:10");
    assert!(sum.duty.len() >= shift.people.len(), "everyone on the day's duties is listed");
}

#[test]
fn cases_opened_closed_and_rechecked_today_are_counted() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "飞线充电")).expect("case");
    for st in [
        Step::Assign,
        Step::ReportRectified,
        Step::RecheckFail,
        Step::ReportRectified,
        Step::RecheckPass,
    ] {
        let mut i = StepInput::new(id, st);
        i.note = "复查".into();
        if st == Step::Assign {
            i.responsible_party = Some("花园物业".into());
        }
        steps::apply(&s, &i).expect("step");
    }
    intake::create(&s, &input(&s, "门前堆物")).expect("second");
    let today = Local::now().date_naive();
    let sum = s.read(|c| handoff::summary(c, today)).expect("summary");
    assert_eq!((sum.cases_opened, sum.cases_closed), (2, 1));
    assert_eq!((sum.rechecks_passed, sum.rechecks_failed), (1, 1));
}

#[test]
fn today_counts_are_the_case_lists_counts() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    for t in ["楼道堆物", "飞线充电", "占道经营"] {
        intake::create(&s, &input(&s, t)).expect("case");
    }
    // One overdue, one due today.
    s.write(|tx| {
        tx.conn().execute(
            "UPDATE cases SET due_at = '2020-01-01T10:00:00+08:00', yellow_at = '2020-01-01T09:00:00+08:00'
             WHERE title = '楼道堆物'",
            [],
        )?;
        Ok(())
    })
    .expect("overdue");
    let today = Local::now().date_naive();
    let board = today::board(&s, today).expect("board");
    let red = list(
        &s,
        &CaseQuery {
            light: Some(crate::cases::deadline::Light::Red),
            page_size: 50,
            ..Default::default()
        },
    )
    .expect("red");
    assert_eq!(board.red_count, red.total);
    assert_eq!(board.red_count, 1);
    assert_eq!(board.red[0].title, "楼道堆物");
    let due = list(
        &s,
        &CaseQuery { due_on: Some(today.to_string()), page_size: 50, ..Default::default() },
    )
    .expect("due");
    assert_eq!(board.due_today_count, due.total);
    assert_eq!(board.newest.len(), 3);
    assert_eq!(board.newest[0].title, "占道经营", "newest first");
}

#[test]
fn the_work_log_is_saved_then_signed_and_then_frozen() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("desk"));
    let today = Local::now().date_naive().to_string();
    let draft = handoff::get(&s, &today).expect("draft");
    assert!(!draft.saved && draft.signed_at.is_none());
    let tomorrow = (Local::now().date_naive() + Days::new(1)).to_string();
    assert_eq!(handoff::get(&s, &tomorrow).expect_err("future").field.as_deref(), Some("day"));
    let sign =
        |text: &str| handoff::sign(&s, &WorklogInput { day: today.clone(), text: text.into() });
    assert_eq!(sign("  ").expect_err("empty").field.as_deref(), Some("text"));

    let saved =
        handoff::save(&s, &WorklogInput { day: today.clone(), text: "草稿".into() }).expect("save");
    assert!(saved.saved && saved.signed_at.is_none());
    let signed = sign("今日接待3人次，均已处理。").expect("sign");
    assert_eq!(signed.signed_by.as_deref(), Some("desk"));
    assert_eq!(code(sign("改写")), ErrorCode::Conflict);
    let save_again = handoff::save(&s, &WorklogInput { day: today.clone(), text: "x".into() });
    assert_eq!(code(save_again), ErrorCode::Conflict);

    // Visits after signing do not change the signed numbers.
    visits::create(&s, &visit("签字后来访", Handling::OnSpot)).expect("visit");
    let again = handoff::get(&s, &today).expect("signed");
    assert_eq!(again.summary, signed.summary);
    assert_eq!(again.text, "今日接待3人次，均已处理。");
}

#[test]
fn the_record_books_export_and_read_back() {
    use calamine::{open_workbook, Reader, Xlsx};
    let (dir, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    visits::create(&s, &visit("咨询占道经营", Handling::Explained)).expect("visit");
    let today = Local::now().date_naive().to_string();
    handoff::sign(&s, &WorklogInput { day: today.clone(), text: "平稳".into() }).expect("sign");

    let path = dir.path().join("visits.xlsx");
    assert_eq!(export::visits_file(&s, &path, &today, &today, false).expect("export"), 1);
    let mut book: Xlsx<_> = open_workbook(&path).expect("open");
    let sheet = book.worksheet_range("信访诉求登记本").expect("sheet");
    let row: Vec<String> =
        sheet.rows().nth(1).expect("row").iter().map(|c| c.to_string()).collect();
    assert_eq!(row[3], "李**");
    assert_eq!(row[4], "139****1111");
    assert_eq!(row[7], "耐心解释");

    let csv = dir.path().join("worklog.csv");
    assert_eq!(export::worklog_file(&s, &csv, &today, &today).expect("worklog"), 1);
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.starts_with('\u{feff}') && text.contains("平稳") && text.contains("签字"));
    let bad = dir.path().join("x.txt");
    assert_eq!(code(export::worklog_file(&s, &bad, &today, &today)), ErrorCode::InvalidFile);
}

#[test]
fn the_demo_desk_has_weeks_of_visits_of_every_kind_and_signed_days() {
    let store = crate::context::Store::open_in_memory().expect("store");
    let s = Session::new(&store, Actor::new("t"));
    crate::demo::create(&s).expect("demo");
    let kinds: Vec<String> = s
        .read(|c| {
            let mut st = c.prepare("SELECT DISTINCT handling FROM visit ORDER BY 1")?;
            let rows = st.query_map([], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .expect("kinds");
    assert_eq!(kinds.len(), Handling::ALL.len(), "{kinds:?}");
    let became: i64 = s
        .read(|c| {
            Ok(c.query_row("SELECT count(*) FROM visit WHERE case_id IS NOT NULL", [], |r| {
                r.get(0)
            })?)
        })
        .expect("cases");
    assert_eq!(became, 3, "each template that becomes a case does so once");
    let today = Local::now().date_naive();
    let days = handoff::list(&s, today - Days::new(21), today).expect("worklog");
    assert!(days.len() >= 15 && days.iter().all(|d| d.signed_at.is_some()));
    assert!(days.iter().any(|d| d.summary.visits_to_cases > 0));
}

#[test]
fn reminders_say_once_what_turned_red_and_who_has_not_arrived() {
    use super::reminders::{self, ReminderSettings};
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let id = intake::create(&s, &input(&s, "楼道堆物")).expect("case");
    let now = Local::now().naive_local();
    let due = crate::cases::stamp(now - chrono::Duration::minutes(1));
    s.write(|tx| {
        tx.conn()
            .execute("UPDATE cases SET due_at = ?1 WHERE id = ?2", rusqlite::params![due, id])?;
        Ok(())
    })
    .expect("due a minute ago");
    let minutes = |m| chrono::Duration::minutes(m);
    let r = reminders::due(&s, now - minutes(5), now).expect("due");
    let red: Vec<_> = r.iter().filter(|r| r.title == "案件超期").collect();
    assert_eq!(red.len(), 1);
    assert!(red[0].body.contains("楼道堆物"));
    let later = reminders::due(&s, now, now + minutes(1)).expect("later");
    assert!(later.iter().all(|r| r.title != "案件超期"), "said once");

    // A past duty day: ten minutes after its start, everyone unmarked is named.
    let (day, shift) = past_duty_day(&s);
    let start = chrono::NaiveDateTime::parse_from_str(
        &format!("{day} {}", shift.start_time),
        "%Y-%m-%d %H:%M",
    )
    .expect("start");
    let at = start + minutes(10);
    let arrivals = reminders::due(&s, at - minutes(1), at).expect("arrivals");
    let named: Vec<_> = arrivals.iter().filter(|r| r.title == "值班未到岗").collect();
    let marked_ok = shift.people.iter().filter(|p| p.attendance.is_some()).count();
    assert_eq!(named.len() + marked_ok, shift.people.len(), "{named:?}");

    s.write(|tx| crate::settings::set(tx, "ui.language", "en-US")).expect("en");
    reminders::set_settings(&s, &ReminderSettings { case_red: true, missing_arrival: false })
        .expect("set");
    let en = reminders::due(&s, at - minutes(1), at).expect("off");
    assert!(en.is_empty(), "switched off: {en:?}");
    let en = reminders::due(&s, now - minutes(5), now).expect("en");
    assert_eq!(en[0].title, "Case overdue");
}
