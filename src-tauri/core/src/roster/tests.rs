//! Roster rules against a real (in-memory) SQLite store.

use chrono::NaiveDate;

use super::assignments::{self, AssignmentInput};
use super::grids::{self, GridInput};
use super::people::{self, PersonInput};
use super::view::{roster, GapKind, RosterQuery};
use super::{board, roles};
use crate::context::{Actor, Session, Store};
use crate::error::{ErrorCode, Reason};
use crate::workstation::{self, WorkstationInput};

pub(crate) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

pub(crate) fn setup(store: &Store) -> (Session<'_>, i64) {
    let s = Session::new(store, Actor::new("测试"));
    let input = WorkstationInput {
        name: "碧湖街道城管社区工作站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        communities: vec!["花园社区".into(), "仁和社区".into()],
        ..Default::default()
    };
    let ws = s.write(|tx| workstation::create(tx, &input, false)).expect("workstation");
    let community = ws.communities[0].id;
    (s, community)
}

fn grid(s: &Session, community: i64, name: &str) -> i64 {
    let input = GridInput { community_id: community, name: name.into(), ..Default::default() };
    s.write(|tx| grids::create(tx, &input)).expect("grid").id
}

fn person(s: &Session, name: &str, phone: &str, org: &str, party: &str) -> i64 {
    let input = PersonInput {
        name: name.into(),
        phone: phone.into(),
        organisation: org.into(),
        party: party.into(),
        ..Default::default()
    };
    s.write(|tx| people::create(tx, &input)).expect("person").id
}

fn role(s: &Session, name: &str) -> i64 {
    s.read(|c| roles::find(c, name)).expect("find").expect("role exists").id
}

fn assign(s: &Session, grid: i64, person: i64, role: i64, end: Option<&str>) -> i64 {
    let input = AssignmentInput {
        grid_id: grid,
        person_id: person,
        role_id: role,
        start_date: "2026-01-01".into(),
        end_date: end.map(str::to_string),
        duties: String::new(),
    };
    s.write(|tx| assignments::create(tx, &input)).expect("assignment").id
}

fn gap_kinds(s: &Session, grid_id: i64) -> Vec<(GapKind, Option<String>)> {
    let r = s.read(|c| roster(c, &RosterQuery::default(), today())).expect("roster");
    r.communities
        .iter()
        .flat_map(|c| &c.grids)
        .find(|g| g.grid.id == grid_id)
        .expect("grid shown")
        .gaps
        .iter()
        .map(|g| (g.kind, g.role.clone()))
        .collect()
}

#[test]
fn gaps_appear_and_disappear_with_the_2_core_members() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let g = grid(&s, c, "花园一网格");
    let kinds = gap_kinds(&s, g);
    assert_eq!(kinds.len(), 2, "an empty grid misses both core roles: {kinds:?}");
    let leader = person(&s, "陈建国", "13805961234", "花园社区居委会", "社区");
    assign(&s, g, leader, role(&s, "网格长"), None);
    assert_eq!(gap_kinds(&s, g), vec![(GapKind::MissingCoreRole, Some("专职网格员".into()))]);
    let worker = person(&s, "林小燕", "", "花园社区", "社区");
    let a = assign(&s, g, worker, role(&s, "专职网格员"), None);
    assert_eq!(gap_kinds(&s, g), vec![(GapKind::NoPhone, Some("专职网格员".into()))]);
    let input =
        PersonInput { name: "林小燕".into(), phone: "13905960001".into(), ..Default::default() };
    s.write(|tx| people::update(tx, worker, &input)).expect("phone");
    assert!(gap_kinds(&s, g).is_empty(), "both core roles held, phones present");
    // The worker's term ends: the core role is missing again and the ended term is a gap.
    let ended = AssignmentInput {
        grid_id: g,
        person_id: worker,
        role_id: role(&s, "专职网格员"),
        start_date: "2026-01-01".into(),
        end_date: Some("2026-06-30".into()),
        duties: String::new(),
    };
    s.write(|tx| assignments::update(tx, a, &ended)).expect("end term");
    let kinds: Vec<GapKind> = gap_kinds(&s, g).into_iter().map(|k| k.0).collect();
    assert_eq!(kinds, vec![GapKind::MissingCoreRole, GapKind::TermEnded]);
}

#[test]
fn core_roles_are_a_setting() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let g = grid(&s, c, "一网格");
    let police = role(&s, "社区民警");
    let input = roles::RoleInput { name: "社区民警".into(), is_core: true };
    s.write(|tx| roles::update(tx, police, &input)).expect("mark core");
    assert_eq!(gap_kinds(&s, g).len(), 3, "three core roles, none held");
}

#[test]
fn search_is_partial_chinese_and_filters_keep_gaps_whole() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let g1 = grid(&s, c, "花园一网格");
    let g2 = grid(&s, c, "花园二网格");
    let han = person(&s, "韩怡莉", "13600001111", "芗城区城管局执法一中队", "城管");
    let wu = person(&s, "吴锡安", "13600002222", "芗城区城管局执法二中队", "城管");
    let zheng = person(&s, "郑美玲", "0596-2881234", "金海湾物业公司", "物业");
    assign(&s, g1, han, role(&s, "城管队员"), None);
    assign(&s, g2, wu, role(&s, "城管队员"), None);
    assign(&s, g2, zheng, role(&s, "物业"), None);
    let names = |q: RosterQuery| -> Vec<String> {
        let r = s.read(|conn| roster(conn, &q, today())).expect("roster");
        r.communities
            .iter()
            .flat_map(|c| &c.grids)
            .flat_map(|g| g.core.iter().chain(&g.forces))
            .map(|m| m.name.clone())
            .collect()
    };
    let q = |text: &str| RosterQuery { text: text.into(), ..Default::default() };
    assert_eq!(names(q("怡")), ["韩怡莉"], "one character of a name");
    assert_eq!(names(q("执法二中队")), ["吴锡安"], "part of an organisation");
    assert_eq!(names(q("2881")), ["郑美玲"], "part of a phone");
    assert!(names(q("没有这个人")).is_empty());
    let by_party = RosterQuery { party: "物业".into(), ..Default::default() };
    assert_eq!(names(by_party), ["郑美玲"]);
    let by_role = RosterQuery { role_id: Some(role(&s, "城管队员")), ..Default::default() };
    assert_eq!(names(by_role), ["韩怡莉", "吴锡安"]);
    let r = s.read(|conn| roster(conn, &q("郑"), today())).expect("roster");
    let shown = &r.communities[0].grids;
    assert_eq!(shown.len(), 1, "only the grid with a match is shown");
    assert_eq!(shown[0].gaps.len(), 2, "its gaps still count the whole grid");
    assert_eq!(r.parties, ["城管", "物业"]);
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let g = grid(&s, c, "一网格");
    let dup = GridInput { community_id: c, name: " 一网格 ".into(), ..Default::default() };
    assert_eq!(
        s.write(|tx| grids::create(tx, &dup)).expect_err("dup").reason,
        Some(Reason::Duplicate)
    );
    let nowhere = GridInput { community_id: 999, name: "二网格".into(), ..Default::default() };
    assert_eq!(
        s.write(|tx| grids::create(tx, &nowhere)).expect_err("c").field.as_deref(),
        Some("communityId")
    );
    let p = person(&s, "张伟", "13800000000", "", "");
    let r = role(&s, "网格长");
    let mut input = AssignmentInput {
        grid_id: g,
        person_id: p,
        role_id: r,
        start_date: "2026-05-01".into(),
        end_date: Some("2026-04-30".into()),
        duties: String::new(),
    };
    assert_eq!(
        s.write(|tx| assignments::create(tx, &input)).expect_err("end").field.as_deref(),
        Some("endDate")
    );
    input.end_date = None;
    input.start_date = "2026-13-01".into();
    assert_eq!(
        s.write(|tx| assignments::create(tx, &input)).expect_err("date").field.as_deref(),
        Some("startDate")
    );
    input.start_date = "2026-05-01".into();
    s.write(|tx| assignments::create(tx, &input)).expect("ok");
    let e = s.write(|tx| assignments::create(tx, &input)).expect_err("twice");
    assert_eq!((e.field.as_deref(), e.reason), (Some("personId"), Some(Reason::Duplicate)));
    let bad_phone =
        PersonInput { name: "李四".into(), phone: "电话13800".into(), ..Default::default() };
    assert_eq!(
        s.write(|tx| people::create(tx, &bad_phone)).expect_err("phone").field.as_deref(),
        Some("phone")
    );
    let n: i64 = s
        .read(|c| Ok(c.query_row("SELECT count(*) FROM assignment", [], |r| r.get(0))?))
        .expect("n");
    assert_eq!(n, 1, "only the valid assignment was written");
    let e = s.write(|tx| roles::archive(tx, r)).expect_err("in use");
    assert_eq!(e.code, ErrorCode::Conflict);
}

#[test]
fn archiving_keeps_history_and_the_board_shows_current_members_only() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let g = grid(&s, c, "一网格");
    let old = person(&s, "王老师", "13700000001", "", "志愿者");
    let now = person(&s, "黄慧丹", "13700000002", "芗城区城管局", "城管");
    assign(&s, g, old, role(&s, "志愿者"), Some("2026-03-31"));
    assign(&s, g, now, role(&s, "城管队员"), None);
    let b = s.read(|conn| board::board(conn, c, today())).expect("board");
    let names: Vec<_> = b.community.grids[0].forces.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["黄慧丹"], "an ended term is not posted on the wall");
    assert!(b.texts.promise.contains("服务零距离"), "default promise text");

    s.write(|tx| people::archive(tx, now)).expect("archive person");
    let detail = s.read(|conn| assignments::person_detail(conn, now)).expect("detail");
    assert!(detail.person.archived && detail.assignments[0].assignment.archived, "history stays");
    assert_eq!(detail.assignments[0].grid_name, "一网格");
    s.write(|tx| grids::archive(tx, g)).expect("archive grid");
    let r = s.read(|conn| roster(conn, &RosterQuery::default(), today())).expect("roster");
    assert!(r.communities.iter().all(|c| c.grids.is_empty()), "archived grid left the roster");
    assert!(s.read(|conn| grids::get(conn, g)).expect("still there").archived);
}

/// The roster's three numbers as `view::roster` over everything has them.
fn counted_from_roster(s: &Session) -> super::counts::RosterCounts {
    let r = s.read(|c| roster(c, &RosterQuery::default(), today())).expect("roster");
    let grids: Vec<_> = r.communities.iter().flat_map(|c| &c.grids).collect();
    let people: std::collections::HashSet<i64> =
        grids.iter().flat_map(|g| g.core.iter().chain(&g.forces)).map(|m| m.person_id).collect();
    super::counts::RosterCounts {
        grids: grids.len() as u32,
        members: people.len() as u32,
        gaps: r.gap_count,
    }
}

#[test]
fn todays_counts_match_the_roster() {
    let store = Store::open_in_memory().expect("store");
    let (s, c) = setup(&store);
    let count = || s.read(|c| super::counts::counts(c, today())).expect("counts");
    let empty = count();
    assert_eq!(empty, super::counts::RosterCounts { grids: 0, members: 0, gaps: 0 });
    let (g1, g2) = (grid(&s, c, "一网格"), grid(&s, c, "二网格"));
    let leader = person(&s, "陈建国", "13805961234", "花园社区居委会", "社区");
    let worker = person(&s, "林小燕", "", "花园社区", "社区");
    let officer = person(&s, "魏志勇", "13905960002", "城管中队", "城管");
    assign(&s, g1, leader, role(&s, "网格长"), None);
    assign(&s, g2, leader, role(&s, "网格长"), None);
    assign(&s, g1, worker, role(&s, "专职网格员"), Some("2026-06-30"));
    assign(&s, g2, worker, role(&s, "专职网格员"), None);
    assign(&s, g1, officer, role(&s, "城管队员"), None);
    let gone = person(&s, "王离职", "13900000000", "", "社区");
    assign(&s, g2, gone, role(&s, "城管队员"), None);
    s.write(|tx| people::archive(tx, gone)).expect("archive person");
    let counted = count();
    assert_eq!(counted, counted_from_roster(&s));
    // Two grids; three live people, the leader and the worker counted once; gaps: g1 misses its
    // worker (term ended) and lists the ended term, g2's worker has no phone.
    assert_eq!(counted, super::counts::RosterCounts { grids: 2, members: 3, gaps: 3 });
    // A grid of an archived community no longer counts, as on the roster.
    let other = s.read(workstation::communities).expect("communities")[1].id;
    let g3 = grid(&s, other, "仁和一网格");
    assign(&s, g3, officer, role(&s, "城管队员"), None);
    assert_eq!(count().grids, 3);
    s.write(|tx| workstation::archive_community(tx, other)).expect("archive community");
    assert_eq!(count(), counted_from_roster(&s));
    assert_eq!(count().grids, 2);
}
