//! Coordination meetings over a real store: carry-over of open actions, freezing on close,
//! amendments, action → case linkage, reach, and the record books read back.

use super::model::*;
use super::{export, meeting, outcomes, parties};
use crate::cases::tests::{code, input, session_of, store};
use crate::cases::{intake, read};
use crate::context::{Session, WriteTx};
use crate::error::ErrorCode;

pub(super) fn party(tx: &WriteTx, kind: PartyKind, name: &str) -> i64 {
    let input = PartyInput {
        kind: Some(kind),
        name: name.into(),
        community_id: Some(1),
        contact_name: "联系人".into(),
        contact_phone: "0596-2345678".into(),
    };
    parties::save_party(tx, None, &input).expect("party").id
}

pub(super) fn meeting(s: &Session, title: &str, held_at: &str) -> Meeting {
    let input = MeetingInput {
        kind: MeetingKind::Monthly,
        title: title.into(),
        held_at: held_at.into(),
        place: "花园社区会议室".into(),
        community_id: 1,
        estate_id: None,
        chair: "陈立新".into(),
        recorder: "林小燕".into(),
    };
    s.write(|tx| meeting::create(tx, &input)).expect("meeting")
}

fn action(meeting_id: i64, item_id: Option<i64>, party: i64, text: &str) -> OutcomeInput {
    OutcomeInput {
        meeting_id,
        item_id,
        kind: OutcomeKind::Action,
        text: text.into(),
        owner_party_id: Some(party),
        owner_name: String::new(),
        due_on: Some("2026-01-15".into()),
        update_case: true,
        new_case_category_id: None,
    }
}

#[test]
fn open_actions_are_carried_first_onto_the_next_meeting_and_done_ones_are_not() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "花园物业"))).expect("p");
    let first = meeting(&s, "十二月联席会议", "2025-12-10 09:00");
    let item = s
        .write(|tx| {
            meeting::add_item(
                tx,
                &ItemInput { meeting_id: first.id, title: "电梯维保".into(), case_id: None },
            )
        })
        .expect("item");
    let open = s
        .write(|tx| outcomes::add(tx, &action(first.id, Some(item), wuye, "出具报价明细")))
        .expect("a");
    let done = s
        .write(|tx| outcomes::add(tx, &action(first.id, Some(item), wuye, "张贴公示")))
        .expect("b");
    s.write(|tx| outcomes::mark_done(tx, done.id, "已张贴")).expect("done");
    s.write(|tx| meeting::close(tx, first.id)).expect("close");

    let second = meeting(&s, "一月联席会议", "2026-01-12 09:00");
    let d = s.read(|c| meeting::detail(c, s.caller(), second.id)).expect("detail");
    assert_eq!(d.items.len(), 1, "only the open action is carried");
    assert_eq!(
        (d.items[0].carried_from, d.items[0].title.as_str()),
        (Some(open.id), "出具报价明细")
    );
    assert_eq!(d.items[0].position, 1, "first on the agenda");
    // Marking it done (from the new meeting's agenda) marks the original action done.
    s.write(|tx| outcomes::mark_done(tx, open.id, "")).expect("done");
    let third = meeting(&s, "二月联席会议", "2026-02-12 09:00");
    let d = s.read(|c| meeting::detail(c, s.caller(), third.id)).expect("detail");
    assert!(d.items.is_empty(), "nothing open is left to carry");
    let acts = s.read(|c| outcomes::actions(c, s.caller(), &ActionQuery::default())).expect("a");
    assert!(acts.is_empty(), "no open actions");
    let all = ActionQuery { include_done: true, ..Default::default() };
    let acts = s.read(|c| outcomes::actions(c, s.caller(), &all)).expect("a");
    assert_eq!(acts.len(), 2);
    assert!(acts.iter().all(|a| a.done_by.is_some()), "who marked it done is recorded");
}

#[test]
fn a_closed_meeting_is_frozen_and_takes_only_visible_amendments() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let m = meeting(&s, "现场协调", "2026-01-10 14:00");
    let info = OutcomeInput {
        meeting_id: m.id,
        item_id: None,
        kind: OutcomeKind::Decision,
        text: "维保费用按实际工作量核定".into(),
        owner_party_id: None,
        owner_name: String::new(),
        due_on: None,
        update_case: false,
        new_case_category_id: None,
    };
    assert_eq!(
        code(s.write(|tx| outcomes::amend(tx, &info))),
        ErrorCode::Conflict,
        "no amendment while open"
    );
    s.write(|tx| outcomes::add(tx, &info)).expect("decision");
    s.write(|tx| meeting::close(tx, m.id)).expect("close");
    assert_eq!(code(s.write(|tx| outcomes::add(tx, &info))), ErrorCode::Conflict);
    let item = ItemInput { meeting_id: m.id, title: "再议".into(), case_id: None };
    assert_eq!(code(s.write(|tx| meeting::add_item(tx, &item))), ErrorCode::Conflict);
    let who = AttendeeInput {
        meeting_id: m.id,
        side: Side::Urban,
        party_id: None,
        name: "某人".into(),
        title: String::new(),
    };
    assert_eq!(code(s.write(|tx| meeting::add_attendee(tx, &who))), ErrorCode::Conflict);
    assert_eq!(code(s.write(|tx| meeting::close(tx, m.id))), ErrorCode::Conflict);

    let fix = OutcomeInput { text: "更正：费用由业委会复核后确认".into(), ..info };
    let amended = s.write(|tx| outcomes::amend(tx, &fix)).expect("amendment");
    assert!(amended.amendment);
    let d = s.read(|c| meeting::detail(c, s.caller(), m.id)).expect("detail");
    assert_eq!(d.general.len(), 2);
    assert_eq!(d.general.iter().filter(|o| o.amendment).count(), 1, "the correction is marked");
}

#[test]
fn an_action_on_a_case_assigns_it_to_the_owner_party_and_bad_input_changes_nothing() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let case = intake::create(&s, &input(&s, "电梯维保报价纠纷")).expect("case");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "融昌物业"))).expect("p");
    let m = meeting(&s, "电梯协调会", "2026-01-10 14:00");
    let added = s
        .write(|tx| {
            meeting::pull_cases(
                tx,
                &PullCasesInput {
                    meeting_id: m.id,
                    estate_id: None,
                    statuses: vec![],
                    case_ids: vec![case, case],
                },
            )
        })
        .expect("pulled");
    assert_eq!(added, 1, "a case is on the agenda once");
    let d = s.read(|c| meeting::detail(c, s.caller(), m.id)).expect("detail");
    let item = d.items[0].id;

    let before = crate::cases::tests::count(&s, "meeting_outcome");
    for bad in [
        OutcomeInput { due_on: None, ..action(m.id, Some(item), wuye, "x") },
        OutcomeInput { owner_party_id: None, ..action(m.id, Some(item), wuye, "x") },
        OutcomeInput { owner_party_id: Some(9999), ..action(m.id, Some(item), wuye, "x") },
        OutcomeInput { due_on: Some("2026-02-30".into()), ..action(m.id, Some(item), wuye, "x") },
        OutcomeInput { item_id: Some(9999), ..action(m.id, Some(item), wuye, "x") },
        action(m.id, Some(item), wuye, ""),
    ] {
        assert_eq!(code(s.write(|tx| outcomes::add(tx, &bad))), ErrorCode::Validation, "{bad:?}");
    }
    assert_eq!(crate::cases::tests::count(&s, "meeting_outcome"), before, "nothing written");

    let a = s
        .write(|tx| outcomes::add(tx, &action(m.id, Some(item), wuye, "一周内出具维保报价明细")))
        .expect("action");
    assert_eq!(a.case_id, Some(case));
    let detail = read::get(&s, case).expect("case");
    assert_eq!(detail.case.responsible_party, "融昌物业", "the case is assigned to the party");
    assert!(
        detail.timeline.iter().any(|e| e.note.contains("一周内出具维保报价明细")),
        "on the timeline"
    );

    // The next meeting carries the action with its case; the case can still be pulled in to be
    // discussed as itself.
    s.write(|tx| meeting::close(tx, m.id)).expect("close");
    let next = meeting(&s, "电梯协调会（续）", "2026-01-20 14:00");
    let d = s.read(|c| meeting::detail(c, s.caller(), next.id)).expect("detail");
    assert_eq!((d.items.len(), d.items[0].case_id), (1, Some(case)), "the carried action");
    let pull = PullCasesInput {
        meeting_id: next.id,
        estate_id: None,
        statuses: vec![],
        case_ids: vec![case],
    };
    assert_eq!(s.write(|tx| meeting::pull_cases(tx, &pull)).expect("pulled"), 1);
    assert_eq!(s.write(|tx| meeting::pull_cases(tx, &pull)).expect("again"), 0, "once only");
}

#[test]
fn a_property_manager_sees_only_their_communities_meetings() {
    let (_d, store) = store();
    let admin = session_of(&store, "admin");
    let mine = meeting(&admin, "花园社区会议", "2026-01-10 09:00");
    let other = MeetingInput {
        community_id: 3,
        ..MeetingInput {
            kind: MeetingKind::Onsite,
            title: "别的社区".into(),
            held_at: "2026-01-10 10:00".into(),
            place: String::new(),
            community_id: 3,
            estate_id: None,
            chair: String::new(),
            recorder: String::new(),
        }
    };
    let theirs = admin.write(|tx| meeting::create(tx, &other)).expect("other");
    let pm = session_of(&store, "wuye-huayuan");
    let seen: Vec<i64> =
        pm.read(|c| meeting::list(c, pm.caller())).expect("list").iter().map(|m| m.id).collect();
    assert!(seen.contains(&mine.id) && !seen.contains(&theirs.id), "{seen:?}");
    assert_eq!(code(pm.read(|c| meeting::detail(c, pm.caller(), theirs.id))), ErrorCode::NotFound);
}

#[test]
fn the_minutes_record_book_and_action_list_read_back() {
    use calamine::{open_workbook, Reader, Xlsx};
    let (dir, store) = store();
    let s = session_of(&store, "admin");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "花园物业"))).expect("p");
    let m = meeting(&s, "一月联席会议", "2026-01-12 09:00");
    let who = AttendeeInput {
        meeting_id: m.id,
        side: Side::PropertyCompany,
        party_id: Some(wuye),
        name: "王经理".into(),
        title: "项目经理".into(),
    };
    s.write(|tx| meeting::add_attendee(tx, &who)).expect("attendee");
    s.write(|tx| outcomes::add(tx, &action(m.id, None, wuye, "清理消防通道"))).expect("action");
    let path = dir.path().join("minutes.xlsx");
    assert_eq!(export::minutes_file(&s, &path, "2026-01-01", "2026-01-31").expect("minutes"), 1);
    let mut book: Xlsx<_> = open_workbook(&path).expect("open");
    let sheet = book.worksheet_range("会议记录本").expect("sheet");
    let row: Vec<String> =
        sheet.rows().nth(1).expect("row").iter().map(|c| c.to_string()).collect();
    assert_eq!(row[2], "一月联席会议");
    assert!(row[8].contains("物业公司：王经理（花园物业）"), "{}", row[8]);
    assert!(row[10].contains("花园物业·清理消防通道·2026-01-15"), "{}", row[10]);
    let csv = dir.path().join("actions.csv");
    assert_eq!(export::actions_file(&s, &csv).expect("actions"), 1);
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(text.contains("清理消防通道") && text.contains("已超期"), "{text}");
}

#[test]
fn the_demo_carries_the_rongchang_elevator_meetings_with_four_parties() {
    let store = crate::context::Store::open_in_memory().expect("store");
    let s = Session::new(&store, crate::context::Actor::new("t"));
    crate::demo::create(&s).expect("demo");
    let all = s.read(|c| meeting::list(c, s.caller())).expect("list");
    assert_eq!(all.len(), 3);
    let onsite = all.iter().find(|m| m.kind == MeetingKind::Onsite).expect("on site");
    let d = s.read(|c| meeting::detail(c, s.caller(), onsite.id)).expect("detail");
    let sides: std::collections::HashSet<_> = d.attendees.iter().map(|a| a.side).collect();
    assert_eq!(sides.len(), 4, "all four parties attended");
    assert!(d.meeting.closed_at.is_some());
    let current = &all[0];
    assert!(current.closed_at.is_none(), "this month's meeting is open");
    let d = s.read(|c| meeting::detail(c, s.caller(), current.id)).expect("detail");
    assert_eq!(
        d.items.iter().filter(|i| i.carried_from.is_some()).count(),
        3,
        "open actions carried"
    );
    let open = s.read(|c| outcomes::actions(c, s.caller(), &ActionQuery::default())).expect("a");
    assert_eq!(open.iter().filter(|a| a.overdue).count(), 1, "one is overdue");
}
