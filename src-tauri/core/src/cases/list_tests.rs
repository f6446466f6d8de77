//! The case register's list: filters, reach and sort orders, over a real SQLite store.

use super::list::{list, CaseQuery, CaseSort};
use super::model::CaseInput;
use super::tests::{category, code, count, input, session_of, step, store};
use super::workflow::{CaseStatus, Step};
use super::{intake, read, steps};
use crate::context::{Actor, Session};
use crate::error::ErrorCode;

#[test]
fn lists_filter_and_a_property_manager_reaches_only_their_community() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let a = intake::create(&s, &input(&s, "花园的案子")).expect("a");
    let b =
        intake::create(&s, &CaseInput { community_id: 2, ..input(&s, "仁和的案子") }).expect("b");
    let q = CaseQuery { community_id: Some(2), page_size: 10, ..Default::default() };
    assert_eq!(list(&s, &q).expect("l").cases.iter().map(|c| c.id).collect::<Vec<_>>(), vec![b]);
    let q = CaseQuery {
        category_id: Some(category(&s, "06")),
        statuses: vec![CaseStatus::Registered],
        page_size: 10,
        ..Default::default()
    };
    assert_eq!(list(&s, &q).expect("l").total, 2, "a first-level category takes its children");

    let ps = session_of(&store, "wuye-huayuan");
    let seen: Vec<i64> = list(&ps, &CaseQuery { page_size: 10, ..Default::default() })
        .expect("l")
        .cases
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(seen, vec![a], "only 花园社区");
    assert_eq!(
        code(read::get(&ps, b)),
        ErrorCode::NotFound,
        "another community's case does not exist for them"
    );
    assert_eq!(code(read::reveal_contact(&ps, a)), ErrorCode::Forbidden);
    assert_eq!(code(steps::apply(&ps, &step(a, Step::Void))), ErrorCode::Forbidden);

    let changes = count(&s, "change_log");
    let full = read::reveal_contact(&s, a).expect("revealed");
    assert_eq!(full.reporter_phone, "13812345678");
    assert_eq!(count(&s, "change_log"), changes + 1, "unmasking is logged");
}

#[test]
fn the_register_sorts_by_registration_deadline_and_last_work() {
    let (_d, store) = store();
    let s = Session::new(&store, Actor::new("t"));
    let a = intake::create(&s, &input(&s, "先登记的")).expect("a");
    let b = intake::create(&s, &input(&s, "后登记的")).expect("b");
    // b was last touched yesterday; a is assigned now.
    s.read(|c| {
        Ok(c.execute(
            "UPDATE cases SET updated_at = '2020-01-01T08:00:00+08:00' WHERE id = ?1",
            [b],
        )?)
    })
    .expect("older");
    let mut assign = step(a, Step::Assign);
    assign.assignee_id = Some(1);
    steps::apply(&s, &assign).expect("assigned");
    let order = |sort: CaseSort, text: &str| -> Vec<i64> {
        let q = CaseQuery { sort, text: text.into(), page_size: 10, ..Default::default() };
        list(&s, &q).expect("list").cases.iter().map(|c| c.id).collect()
    };
    assert_eq!(order(CaseSort::Newest, ""), vec![b, a]);
    assert_eq!(order(CaseSort::Oldest, ""), vec![a, b]);
    assert_eq!(order(CaseSort::Updated, ""), vec![a, b], "the case worked on just now first");
    assert_eq!(order(CaseSort::Updated, "登记"), vec![a, b], "with a search too");
    assert_eq!(order(CaseSort::Due, ""), vec![a, b], "same limit, the earlier deadline first");
}
