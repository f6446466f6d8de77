//! What an action item does to a case, over a real store: a new case opened from an action,
//! the deadline moved out to the agreed day (never in), and pulling cases by status.

use chrono::{Duration, Local};

use super::model::*;
use super::tests::{meeting, party};
use super::{meeting, outcomes};
use crate::cases::tests::{category, code, count, input, session_of, store};
use crate::cases::workflow::CaseStatus;
use crate::cases::{intake, read};
use crate::error::ErrorCode;

fn day_from_today(days: i64) -> String {
    (Local::now().date_naive() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

fn action(m: i64, item: Option<i64>, party: i64, due: &str) -> OutcomeInput {
    OutcomeInput {
        meeting_id: m,
        item_id: item,
        kind: OutcomeKind::Action,
        text: "更换3栋单元门禁，费用由维修基金列支".into(),
        owner_party_id: Some(party),
        owner_name: String::new(),
        due_on: Some(due.into()),
        update_case: false,
        new_case_category_id: None,
    }
}

#[test]
fn an_action_opens_a_new_case_assigned_to_its_owner_with_the_agreed_deadline() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "融昌物业"))).expect("p");
    let m = meeting(&s, "融昌小区联席会议", "2026-11-20 09:00");
    let item = s
        .write(|tx| {
            meeting::add_item(
                tx,
                &ItemInput { meeting_id: m.id, title: "门禁".into(), case_id: None },
            )
        })
        .expect("item");
    let cat = category(&s, "0601");
    let due = day_from_today(60);
    let cases = count(&s, "cases");

    // Refused: a decision cannot open a case, and a closed meeting's amendment cannot either.
    let decision = OutcomeInput {
        kind: OutcomeKind::Decision,
        new_case_category_id: Some(cat),
        ..action(m.id, Some(item), wuye, &due)
    };
    assert_eq!(code(s.write(|tx| outcomes::add(tx, &decision))), ErrorCode::Validation);
    let bad_category =
        OutcomeInput { new_case_category_id: Some(99_999), ..action(m.id, Some(item), wuye, &due) };
    let e = s.write(|tx| outcomes::add(tx, &bad_category)).expect_err("refused");
    assert_eq!(e.field.as_deref(), Some("newCaseCategoryId"));
    assert_eq!(count(&s, "cases"), cases, "nothing opened");
    assert_eq!(count(&s, "meeting_outcome"), 0, "nothing recorded");

    let input =
        OutcomeInput { new_case_category_id: Some(cat), ..action(m.id, Some(item), wuye, &due) };
    let a = s.write(|tx| outcomes::add(tx, &input)).expect("action");
    let case = a.case_id.expect("linked to the new case");
    assert_eq!(count(&s, "cases"), cases + 1);
    let d = read::get(&s, case).expect("case");
    assert_eq!(d.case.source.as_str(), "meeting");
    assert_eq!(d.case.status, CaseStatus::Assigned, "assigned to the owner");
    assert_eq!(d.case.responsible_party, "融昌物业");
    assert!(d.case.due_at.starts_with(&due), "deadline on the agreed day: {}", d.case.due_at);
    assert!(d.case.description.contains("融昌小区联席会议"), "says where it was agreed");

    // An action cannot open a second case on an item that has one.
    let item2 = s
        .write(|tx| {
            meeting::add_item(
                tx,
                &ItemInput { meeting_id: m.id, title: String::new(), case_id: Some(case) },
            )
        })
        .expect("item");
    let twice =
        OutcomeInput { new_case_category_id: Some(cat), ..action(m.id, Some(item2), wuye, &due) };
    assert_eq!(code(s.write(|tx| outcomes::add(tx, &twice))), ErrorCode::Validation);
    assert_eq!(count(&s, "cases"), cases + 1);
}

#[test]
fn an_action_on_a_case_moves_its_deadline_out_to_the_agreed_day_but_never_in() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "融昌物业"))).expect("p");
    let case = intake::create(&s, &input(&s, "电梯维保报价纠纷")).expect("case");
    let m = meeting(&s, "电梯协调会", "2026-11-20 14:00");
    let pull = PullCasesInput {
        meeting_id: m.id,
        estate_id: None,
        statuses: vec![],
        case_ids: vec![case],
    };
    s.write(|tx| meeting::pull_cases(tx, &pull)).expect("pulled");
    let item = s.read(|c| meeting::detail(c, s.caller(), m.id)).expect("d").items[0].id;
    let before = read::get(&s, case).expect("case").case.due_at;

    // An earlier day than the case's own deadline: assigned, deadline unchanged.
    let sooner =
        OutcomeInput { update_case: true, ..action(m.id, Some(item), wuye, &day_from_today(0)) };
    s.write(|tx| outcomes::add(tx, &sooner)).expect("sooner");
    let d = read::get(&s, case).expect("case");
    assert_eq!((d.case.status, d.case.due_at.as_str()), (CaseStatus::Assigned, before.as_str()));

    // A later day: the deadline moves out, as an extension agreed at the meeting.
    let later = day_from_today(90);
    let out = OutcomeInput { update_case: true, ..action(m.id, Some(item), wuye, &later) };
    s.write(|tx| outcomes::add(tx, &out)).expect("later");
    let d = read::get(&s, case).expect("case");
    assert!(d.case.due_at.starts_with(&later), "moved out: {}", d.case.due_at);
    assert!(d.timeline.iter().any(|e| e.note.contains("联席会议议定期限")), "on the timeline");
}

#[test]
fn cases_are_pulled_by_status_within_the_meeting_community_and_closed_statuses_are_refused() {
    let (_d, store) = store();
    let s = session_of(&store, "admin");
    let waiting = intake::create(&s, &input(&s, "楼道堆物")).expect("a");
    let other = intake::create(&s, &input(&s, "占道经营")).expect("b");
    let wuye = s.write(|tx| Ok(party(tx, PartyKind::PropertyCompany, "花园物业"))).expect("p");
    let m = meeting(&s, "十一月联席会议", "2026-11-20 09:00");
    let pick = PullCasesInput {
        meeting_id: m.id,
        estate_id: None,
        statuses: vec![],
        case_ids: vec![other],
    };
    s.write(|tx| meeting::pull_cases(tx, &pick)).expect("pulled");
    let item = s.read(|c| meeting::detail(c, s.caller(), m.id)).expect("d").items[0].id;
    let assign =
        OutcomeInput { update_case: true, ..action(m.id, Some(item), wuye, &day_from_today(3)) };
    s.write(|tx| outcomes::add(tx, &assign)).expect("assigned");

    let next = meeting(&s, "十二月联席会议", "2026-12-20 09:00");
    let closed = PullCasesInput {
        meeting_id: next.id,
        estate_id: None,
        statuses: vec![CaseStatus::Closed],
        case_ids: vec![],
    };
    let items = count(&s, "agenda_item");
    assert_eq!(code(s.write(|tx| meeting::pull_cases(tx, &closed))), ErrorCode::Validation);
    assert_eq!(count(&s, "agenda_item"), items, "nothing added");

    let registered = PullCasesInput { statuses: vec![CaseStatus::Registered], ..closed };
    s.write(|tx| meeting::pull_cases(tx, &registered)).expect("pulled");
    let d = s.read(|c| meeting::detail(c, s.caller(), next.id)).expect("d");
    let pulled: Vec<Option<i64>> =
        d.items.iter().filter(|i| i.carried_from.is_none()).map(|i| i.case_id).collect();
    assert!(pulled.contains(&Some(waiting)), "the registered case");
    assert!(!pulled.contains(&Some(other)), "not the assigned one");
}
