//! Duty storage, checks and exports against a real (in-memory) SQLite store.

use chrono::NaiveDate;

use super::attendance::{self, Attendance};
use super::changes::{self, DutyChange, LeaveInput, OverrideInput, SwapInput};
use super::export::{self, DutyFormat};
use super::rules::{self, DutyRuleInput};
use super::schedule::{OverrideKind, Problem, Source};
use super::view;
use crate::context::{Actor, Session, Store};
use crate::error::{ErrorCode, Reason};
use crate::roster::people::{self, PersonInput};
use crate::workstation::{self, WorkstationInput};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

/// A workstation with three officers and a Wed/Sun rule for 花园社区 from 2026-11-01.
fn setup(store: &Store) -> (Session<'_>, i64, [i64; 3]) {
    let s = Session::new(store, Actor::new("测试"));
    let input = WorkstationInput {
        name: "碧湖街道城管社区工作站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        communities: vec!["花园社区".into()],
        ..Default::default()
    };
    let ws = s.write(|tx| workstation::create(tx, &input, false)).expect("ws");
    let officer = |name: &str, phone: &str| {
        let p = PersonInput { name: name.into(), phone: phone.into(), ..Default::default() };
        s.write(|tx| people::create(tx, &p)).expect("person").id
    };
    let ids = [
        officer("韩怡莉", "13606963101"),
        officer("黄慧丹", "13606963102"),
        officer("杨清音", "13606963103"),
    ];
    let rule = DutyRuleInput {
        community_id: Some(ws.communities[0].id),
        name: "花园社区 周三、周日下沉".into(),
        weekdays: vec![7, 3],
        start_time: "8:30".into(),
        end_time: "17:30".into(),
        per_slot: 1,
        members: ids.to_vec(),
        start_date: "2026-11-01".into(),
        end_date: None,
        skip_holidays: true,
    };
    let id = s.write(|tx| rules::create(tx, &rule)).expect("rule").rule.id;
    (s, id, ids)
}

fn crew(s: &Session, from: &str, to: &str) -> Vec<(String, Vec<String>)> {
    let sched = s.read(|c| view::schedule(c, d(from), d(to), None, None)).expect("schedule");
    sched
        .shifts
        .into_iter()
        .map(|x| (x.date, x.people.into_iter().map(|p| p.name).collect()))
        .collect()
}

#[test]
fn a_wed_sun_rule_rotates_and_skips_national_day() {
    let store = Store::open_in_memory().expect("store");
    let (s, _, _) = setup(&store);
    let got = crew(&s, "2026-11-01", "2026-11-15");
    let want = [
        ("2026-11-01", "韩怡莉"),
        ("2026-11-04", "黄慧丹"),
        ("2026-11-08", "杨清音"),
        ("2026-11-11", "韩怡莉"),
        ("2026-11-15", "黄慧丹"),
    ];
    let got: Vec<(&str, &str)> = got.iter().map(|(d, p)| (d.as_str(), p[0].as_str())).collect();
    assert_eq!(got, want, "Sundays and Wednesdays in turn");
    let v = s.read(|c| rules::get(c, 1)).expect("get");
    assert_eq!(
        (v.rule.weekdays.clone(), v.rule.start_time.clone()),
        (vec![3, 7], "08:30".to_string()),
        "normalised"
    );
    let holidays = s.read(|c| super::calendar::year(c, 2026)).expect("calendar");
    assert!(
        holidays.iter().any(|h| h.date == "2026-10-01"),
        "the shipped calendar is in the store"
    );
}

#[test]
fn leave_passes_the_turn_and_swap_and_checks_report_what_changes() {
    let store = Store::open_in_memory().expect("store");
    let (s, rule, [han, huang, yang]) = setup(&store);
    let leave = DutyChange::Leave(LeaveInput {
        person_id: huang,
        from: "2026-11-04".into(),
        to: "2026-11-04".into(),
        reason: "培训".into(),
    });
    s.write(|tx| changes::apply(tx, &leave)).expect("leave");
    let sched =
        s.read(|c| view::schedule(c, d("2026-11-04"), d("2026-11-04"), None, None)).expect("s");
    let p = &sched.shifts[0].people[0];
    assert_eq!(
        (p.name.as_str(), p.source, p.covers_name.as_deref()),
        ("杨清音", Source::Covering, Some("黄慧丹"))
    );

    // Removing the only officer of a day leaves a gap; the check says so before saving.
    let remove = DutyChange::Override(OverrideInput {
        kind: OverrideKind::Remove,
        date: "2026-11-08".into(),
        rule_id: Some(rule),
        community_id: None,
        start_time: String::new(),
        end_time: String::new(),
        person_id: yang,
        replacement_id: None,
        reason: "临时抽调".into(),
    });
    let found = changes::check(&s, &remove).expect("check");
    assert!(
        matches!(found.as_slice(), [v] if matches!(v.problem, Problem::Gap { ref date, have: 0, .. } if date == "2026-11-08")),
        "{found:?}"
    );
    let overrides = s
        .read(
            |c| Ok(c.query_row("SELECT count(*) FROM duty_override", [], |r| r.get::<_, i64>(0))?),
        )
        .expect("n");
    assert_eq!(overrides, 0, "a check saves nothing");

    let swap = DutyChange::Swap(SwapInput {
        rule_id_a: rule,
        date_a: "2026-11-11".into(),
        person_a: han,
        rule_id_b: rule,
        date_b: "2026-11-15".into(),
        person_b: huang,
        reason: "互换".into(),
    });
    assert!(changes::check(&s, &swap).expect("check").is_empty(), "a clean swap adds no problem");
    s.write(|tx| changes::apply(tx, &swap)).expect("swap");
    let got = crew(&s, "2026-11-11", "2026-11-15");
    assert_eq!(
        got,
        [
            ("2026-11-11".to_string(), vec!["黄慧丹".to_string()]),
            ("2026-11-15".to_string(), vec!["韩怡莉".to_string()])
        ]
    );
    // Undoing one half of the swap undoes both.
    let first = s
        .read(|c| Ok(c.query_row("SELECT min(id) FROM duty_override", [], |r| r.get::<_, i64>(0))?))
        .expect("id");
    s.write(|tx| changes::archive_override(tx, first)).expect("undo");
    let got = crew(&s, "2026-11-11", "2026-11-15");
    assert_eq!(got[0].1, ["韩怡莉"]);
    assert_eq!(got[1].1, ["黄慧丹"]);
}

#[test]
fn bad_changes_are_refused_and_write_nothing() {
    let store = Store::open_in_memory().expect("store");
    let (s, rule, [han, ..]) = setup(&store);
    let bad_rule = DutyRuleInput {
        weekdays: vec![],
        name: "x".into(),
        start_time: "08:30".into(),
        end_time: "17:30".into(),
        per_slot: 1,
        members: vec![han],
        start_date: "2026-11-01".into(),
        ..Default::default()
    };
    assert_eq!(
        s.write(|tx| rules::create(tx, &bad_rule)).expect_err("no weekday").field.as_deref(),
        Some("weekdays")
    );
    let late = DutyRuleInput { weekdays: vec![3], end_time: "08:00".into(), ..bad_rule.clone() };
    assert_eq!(
        s.write(|tx| rules::create(tx, &late)).expect_err("end first").field.as_deref(),
        Some("endTime")
    );
    let twice = DutyRuleInput { weekdays: vec![3], members: vec![han, han], ..bad_rule };
    assert_eq!(
        s.write(|tx| rules::create(tx, &twice)).expect_err("dup").reason,
        Some(Reason::Duplicate)
    );
    let self_replace = DutyChange::Override(OverrideInput {
        kind: OverrideKind::Replace,
        date: "2026-11-01".into(),
        rule_id: Some(rule),
        community_id: None,
        start_time: String::new(),
        end_time: String::new(),
        person_id: han,
        replacement_id: Some(han),
        reason: String::new(),
    });
    assert_eq!(
        s.write(|tx| changes::apply(tx, &self_replace)).expect_err("self").field.as_deref(),
        Some("replacementId")
    );
    let backwards = DutyChange::Leave(LeaveInput {
        person_id: han,
        from: "2026-11-09".into(),
        to: "2026-11-01".into(),
        reason: String::new(),
    });
    assert_eq!(
        s.write(|tx| changes::apply(tx, &backwards)).expect_err("to<from").code,
        ErrorCode::Validation
    );
    let att = Attendance {
        date: "2026-11-01".into(),
        rule_id: Some(rule),
        person_id: han,
        arrived_at: Some("17:00".into()),
        left_at: Some("08:00".into()),
        no_show: false,
        reason: String::new(),
    };
    assert_eq!(
        s.write(|tx| attendance::mark(tx, &att))
            .expect_err("leaves before arriving")
            .field
            .as_deref(),
        Some("leftAt")
    );
    let n: i64 = s.read(|c| Ok(c.query_row("SELECT (SELECT count(*) FROM duty_rule) + (SELECT count(*) FROM duty_override) + (SELECT count(*) FROM duty_leave) + (SELECT count(*) FROM duty_attendance)", [], |r| r.get(0))?)).expect("n");
    assert_eq!(n, 1, "only the setup's rule exists");
}

#[test]
fn attendance_counts_feed_the_balance() {
    let store = Store::open_in_memory().expect("store");
    let (s, rule, [han, huang, _]) = setup(&store);
    let mark = |p, arrived: Option<&str>, no_show| {
        let a = Attendance {
            date: if p == han { "2026-11-01".into() } else { "2026-11-04".into() },
            rule_id: Some(rule),
            person_id: p,
            arrived_at: arrived.map(str::to_string),
            left_at: None,
            no_show,
            reason: if no_show { "防汛".into() } else { String::new() },
        };
        s.write(|tx| attendance::mark(tx, &a)).expect("mark");
    };
    mark(han, Some("08:25"), false);
    mark(huang, None, true);
    let sched =
        s.read(|c| view::schedule(c, d("2026-11-01"), d("2026-11-30"), None, None)).expect("s");
    let b = |id| sched.balance.iter().find(|b| b.person_id == id).expect("in balance").clone();
    assert_eq!((b(han).count, b(han).present, b(han).no_shows), (3, 1, 0));
    assert_eq!((b(huang).present, b(huang).no_shows), (0, 1));
    assert_eq!(
        sched.shifts[0].people[0].attendance.as_ref().and_then(|a| a.arrived_at.clone()).as_deref(),
        Some("08:25")
    );
}

#[test]
fn ics_export_is_read_back_by_an_independent_parser() {
    let store = Store::open_in_memory().expect("store");
    let (s, _, [han, ..]) = setup(&store);
    let sched =
        s.read(|c| view::schedule(c, d("2026-11-01"), d("2026-11-30"), None, None)).expect("s");
    let text = export::ics(&sched, "碧湖街道城管社区工作站", None);
    assert!(text.lines().all(|l| l.len() <= 76), "lines folded at 75 octets");
    let mut reader = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = reader.next().expect("a calendar").expect("parses");
    assert_eq!(cal.events.len(), sched.shifts.len(), "one event per shift");
    let first = &cal.events[0];
    let prop = |name: &str| first.properties.iter().find(|p| p.name == name).expect(name).clone();
    assert_eq!(prop("DTSTART").value.as_deref(), Some("20261101T083000"));
    let tz = prop("DTSTART").params.unwrap_or_default();
    assert!(
        tz.iter().any(|(k, v)| k == "TZID" && v == &vec!["Asia/Shanghai".to_string()]),
        "{tz:?}"
    );
    assert!(prop("SUMMARY").value.unwrap_or_default().contains("韩怡莉"));

    let mine = export::ics(&sched, "站", Some(han));
    let mut reader = ical::IcalParser::new(std::io::BufReader::new(mine.as_bytes()));
    let cal = reader.next().expect("a calendar").expect("parses");
    let hers = sched.shifts.iter().filter(|x| x.people.iter().any(|p| p.person_id == han)).count();
    assert_eq!(cal.events.len(), hers, "one person's calendar has only their duties");
    assert!(matches!(DutyFormat::from_path(std::path::Path::new("x.ICS")), Ok(DutyFormat::Ics)));
}

#[test]
fn xlsx_export_is_read_back_by_a_spreadsheet_reader() {
    use calamine::{Reader, Xlsx};
    let store = Store::open_in_memory().expect("store");
    let (s, _, _) = setup(&store);
    let sched =
        s.read(|c| view::schedule(c, d("2026-11-01"), d("2026-11-08"), None, None)).expect("s");
    let bytes = export::xlsx(&sched, None).expect("xlsx");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("opens");
    let range = book.worksheet_range_at(0).expect("sheet").expect("range");
    let rows: Vec<Vec<String>> =
        range.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    assert_eq!(rows[0][0], "日期");
    assert_eq!(rows.len(), 1 + 3, "header + three duties");
    assert_eq!(
        (rows[1][0].as_str(), rows[1][1].as_str(), rows[1][6].as_str()),
        ("2026-11-01", "星期日", "韩怡莉")
    );
}
