use std::collections::HashSet;

use chrono::{Days, Local};

use super::plan::{officer_count, plan};
use super::*;
use crate::context::{Actor, Store};

fn town(seed: u64) -> (Store, CitySummary) {
    let store = Store::open_in_memory().expect("store");
    let s = Session::new(&store, Actor::new("t"));
    let summary = build(&s, 12, CityOptions { cases: 500, seed }).expect("town");
    (store, summary)
}

fn texts(store: &Store, sql: &str) -> Vec<String> {
    let s = Session::new(store, Actor::new("t"));
    s.read(|c| {
        let mut stmt = c.prepare(sql)?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<Vec<String>, _>>()?)
    })
    .expect("query")
}

#[test]
fn city_town_has_the_planned_counts() {
    let (store, got) = town(7);
    let p = plan(12, 7);
    let grids: usize = p.iter().map(|c| c.grids).sum();
    let meetings: usize =
        p.iter().map(|c| if c.monthly { 12 } else { 4 } + usize::from(c.onsite)).sum();
    assert_eq!(got.communities, 12, "communities");
    assert_eq!(got.grids, grids as i64, "2–4 grids per community, as planned");
    assert_eq!(got.officers, officer_count(12) as i64, "officers at the story's ratio");
    assert_eq!(officer_count(12), 23, "12 × 473 / 245, rounded");
    assert!(got.people > got.officers * 3, "the N of 2+N besides officers: {}", got.people);
    assert_eq!(got.duty_rules, 12, "one duty rule per community");
    assert_eq!((got.cases, got.visits), (500, 50), "cases and a tenth as many visits");
    assert_eq!(got.meetings, meetings as i64, "monthly, quarterly and on-site meetings");
    assert!(got.actions >= got.meetings, "every meeting leaves at least one action");

    let s = Session::new(&store, Actor::new("t"));
    let ws = s.read(workstation::get).expect("workstation");
    assert!(ws.is_demo, "marked as a demo");
    assert_eq!(ws.communities[0].name, "花园社区", "the story's communities first");
    let logins = texts(&store, "SELECT login FROM operator ORDER BY login");
    assert_eq!(logins, ["admin", "huiyi", "qiantai", "weizy", "wuye-huayuan"], "demo accounts");
    let officer: Option<String> = s
        .read(|c| {
            Ok(c.query_row(
                "SELECT p.name FROM operator o JOIN person p ON p.id = o.person_id
                 WHERE o.login = 'weizy'",
                [],
                |r| r.get(0),
            )?)
        })
        .ok();
    assert_eq!(officer.as_deref(), Some("魏振宇"), "the officer account has its roster person");

    // Two officers on every duty day, and the pairs sharing officers never double-book them.
    let today = Local::now().date_naive();
    let weeks = s
        .read(|c| crate::duty::view::schedule(c, today - Days::new(56), today, None, None))
        .expect("duty");
    assert!(weeks.shifts.len() >= 12 * 12, "eight weeks of Wed/Sun duty: {}", weeks.shifts.len());
    assert!(weeks.shifts.iter().all(|x| x.people.len() == 2), "two officers a day");
    assert!(weeks.problems.is_empty(), "no gap, no double booking: {:?}", weeks.problems);
}

#[test]
fn city_same_seed_gives_the_same_town() {
    let names = "SELECT name FROM community ORDER BY id";
    let first_case = "SELECT title FROM cases ORDER BY id LIMIT 1";
    let people = "SELECT name FROM person ORDER BY id";
    let meetings = "SELECT title FROM meeting ORDER BY id";
    let (a, _) = town(7);
    let (b, _) = town(7);
    let (c, _) = town(8);
    for sql in [names, first_case, people, meetings] {
        assert_eq!(texts(&a, sql), texts(&b, sql), "same seed, same records: {sql}");
    }
    assert_ne!(texts(&a, names), texts(&c, names), "another seed, another town");
    let unique: HashSet<String> = texts(&a, names).into_iter().collect();
    assert_eq!(unique.len(), 12, "community names are unique");
}

#[test]
fn city_plan_matches_the_story_figures() {
    let p = plan(CITY_COMMUNITIES, 1);
    let names: HashSet<&str> = p.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), 245, "245 distinct community names");
    assert!(p.iter().all(|c| c.name.ends_with("社区") && (2..=4).contains(&c.grids)));
    assert_eq!(p.iter().map(|c| c.officers.len()).sum::<usize>(), 473, "473 officers");
    for (i, c) in p.iter().enumerate() {
        if let Some(other) = c.partner {
            assert_eq!(p[other].partner, Some(i), "duty partners point at each other");
            assert_eq!(
                (c.officers.len(), p[other].officers.len()),
                (1, 1),
                "only lone officers pair"
            );
        } else {
            assert!(c.officers.len() >= 2, "{} has two officers of its own", c.name);
        }
    }
}

#[test]
fn city_is_refused_over_any_workstation_and_over_a_million_cases() {
    let store = Store::open_in_memory().expect("store");
    let s = Session::new(&store, Actor::new("t"));
    let too_many = CityOptions { cases: MAX_CITY_CASES + 1, seed: 1 };
    let e = build(&s, 3, too_many).expect_err("too many cases");
    assert_eq!((e.field.as_deref(), e.reason), (Some("cases"), Some(Reason::TooLong)));
    assert!(!s.read(workstation::exists).expect("exists"), "nothing written");

    super::super::create(&s).expect("the small demo");
    let e = build(&s, 3, CityOptions { cases: 10, seed: 1 }).expect_err("not empty");
    assert_eq!(e.code, ErrorCode::Conflict);
    let ws = s.read(workstation::get).expect("get");
    assert_eq!(ws.communities.len(), 3, "the demo that was there is untouched");
}
