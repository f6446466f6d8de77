use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::duty::holidays;

const A: i64 = 1;
const B: i64 = 2;
const C: i64 = 3;
const D: i64 = 4;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are valid")
}

/// Wednesday + Sunday, 08:30–17:30, from Sunday 2026-03-01, one officer a day.
fn wed_sun(id: i64, members: &[i64], per_slot: u32) -> Rule {
    Rule {
        id,
        community_id: Some(10),
        weekdays: vec![3, 7],
        start_time: "08:30".into(),
        end_time: "17:30".into(),
        per_slot,
        members: members.to_vec(),
        start_date: "2026-03-01".into(),
        end_date: None,
        skip_holidays: true,
    }
}

fn ov(id: i64, kind: OverrideKind, date: &str, rule_id: Option<i64>, person: i64) -> Override {
    Override {
        id,
        kind,
        date: date.into(),
        rule_id,
        community_id: Some(10),
        start_time: "14:00".into(),
        end_time: "16:00".into(),
        person_id: person,
        replacement_id: None,
    }
}

fn replace(id: i64, date: &str, rule_id: i64, person: i64, by: i64) -> Override {
    Override {
        replacement_id: Some(by),
        ..ov(id, OverrideKind::Replace, date, Some(rule_id), person)
    }
}

fn leave(person_id: i64, from: &str, to: &str) -> Leave {
    Leave { id: person_id, person_id, from: from.into(), to: to.into() }
}

fn input<'a>(
    rules: &'a [Rule],
    overrides: &'a [Override],
    leaves: &'a [Leave],
    holidays: &'a [Holiday],
) -> Input<'a> {
    Input { rules, overrides, leaves, holidays }
}

/// (date, person ids) of each shift.
fn crews(shifts: &[Shift]) -> Vec<(String, Vec<i64>)> {
    shifts
        .iter()
        .map(|s| (s.date.clone(), s.people.iter().map(|p| p.person_id).collect()))
        .collect()
}

fn on(shifts: &[Shift], date: &str) -> Vec<OnDuty> {
    shifts.iter().filter(|s| s.date == date).flat_map(|s| s.people.clone()).collect()
}

fn rot(p: i64) -> OnDuty {
    OnDuty { person_id: p, source: Source::Rotation, covers: None }
}

#[test]
fn wed_sun_rule_rotates_three_officers_in_order() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let shifts = compute(&input(&rules, &[], &[], &[]), day("2026-03-01"), day("2026-03-15"));
    let expected = [
        ("2026-03-01", A), // Sunday: position 0
        ("2026-03-04", B),
        ("2026-03-08", C),
        ("2026-03-11", A),
        ("2026-03-15", B),
    ];
    let expected: Vec<_> = expected.iter().map(|(d, p)| (d.to_string(), vec![*p])).collect();
    assert_eq!(crews(&shifts), expected, "only Wednesdays and Sundays, A B C A B");
    let s = &shifts[0];
    assert_eq!((s.rule_id, s.community_id, s.needed), (Some(1), Some(10), 1));
    assert_eq!((s.start_time.as_str(), s.end_time.as_str(), &s.holiday), ("08:30", "17:30", &None));
    assert_eq!(s.people, vec![rot(A)], "a rotation turn covers nobody");
}

#[test]
fn two_per_slot_take_consecutive_positions() {
    let rules = [wed_sun(1, &[A, B, C], 2)];
    let shifts = compute(&input(&rules, &[], &[], &[]), day("2026-03-01"), day("2026-03-08"));
    let got: Vec<_> = crews(&shifts).into_iter().map(|(_, p)| p).collect();
    assert_eq!(got, vec![vec![A, B], vec![C, A], vec![B, C]]);
}

#[test]
fn more_slots_than_members_puts_everyone_on_and_shows_a_gap() {
    let rules = [wed_sun(1, &[A, B, B], 3)];
    let inp = input(&rules, &[], &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-01"));
    assert_eq!(crews(&shifts)[0].1, vec![A, B], "a member listed twice serves once");
    let gap = Problem::Gap {
        date: "2026-03-01".into(),
        rule_id: Some(1),
        community_id: Some(10),
        needed: 3,
        have: 2,
    };
    assert_eq!(problems(&inp, &shifts), vec![gap]);
}

#[test]
fn a_wednesday_in_national_day_week_is_skipped_and_rotation_goes_on() {
    let cal = holidays::shipped();
    let mut rule = wed_sun(1, &[A, B, C], 1);
    rule.start_date = "2026-09-20".into();
    let rules = [rule.clone()];
    let shifts = compute(&input(&rules, &[], &[], &cal), day("2026-09-20"), day("2026-10-14"));
    let expected = [
        ("2026-09-20", A), // a make-up working Sunday: still a duty day
        ("2026-09-23", B),
        ("2026-09-30", C), // Sun 09-27 is 中秋节
        ("2026-10-11", A), // Sun 10-04 and Wed 10-07 are 国庆节
        ("2026-10-14", B),
    ];
    let expected: Vec<_> = expected.iter().map(|(d, p)| (d.to_string(), vec![*p])).collect();
    assert_eq!(crews(&shifts), expected, "skipped holidays use no turn");

    rule.skip_holidays = false;
    let rules = [rule];
    let shifts = compute(&input(&rules, &[], &[], &cal), day("2026-10-04"), day("2026-10-07"));
    let names: Vec<_> = shifts.iter().map(|s| s.holiday.as_deref()).collect();
    assert_eq!(
        names,
        vec![Some("国庆节"), Some("国庆节")],
        "a rule that works holidays shows them"
    );
}

#[test]
fn make_up_working_days_neither_add_nor_remove_duty_days() {
    let cal = holidays::shipped();
    // Sunday 2026-09-20 and Saturday 2026-10-10 are 国庆节调休上班.
    let mut sundays = wed_sun(1, &[A], 1);
    sundays.weekdays = vec![7];
    let mut weekdays = wed_sun(2, &[B], 1);
    weekdays.weekdays = vec![1, 2, 3, 4, 5];
    let rules = [sundays, weekdays];
    let inp = input(&rules, &[], &[], &cal);
    let shifts = compute(&inp, day("2026-09-20"), day("2026-09-20"));
    assert_eq!(crews(&shifts), vec![("2026-09-20".to_string(), vec![A])], "Sunday duty stays");
    assert!(compute(&inp, day("2026-10-10"), day("2026-10-10")).is_empty(), "no Saturday duty");
}

#[test]
fn a_member_on_leave_passes_the_turn_and_the_cover_is_named() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let leaves = [leave(A, "2026-03-01", "2026-03-01")];
    let inp = input(&rules, &[], &leaves, &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-04"));
    let cover = OnDuty { person_id: B, source: Source::Covering, covers: Some(A) };
    assert_eq!(on(&shifts, "2026-03-01"), vec![cover], "B, next in rotation, covers A");
    assert_eq!(on(&shifts, "2026-03-04"), vec![rot(B)], "the rotation did not shift: B's own turn");
    assert!(problems(&inp, &shifts).is_empty(), "a covered leave is no problem");
}

#[test]
fn cover_skips_those_on_leave_and_a_gap_remains_when_nobody_is_free() {
    let rules = [wed_sun(1, &[A, B, C, D], 2)];
    let leaves = [leave(A, "2026-03-01", "2026-03-01"), leave(C, "2026-02-01", "2026-03-01")];
    let shifts = compute(&input(&rules, &[], &leaves, &[]), day("2026-03-01"), day("2026-03-01"));
    let cover = OnDuty { person_id: D, source: Source::Covering, covers: Some(A) };
    assert_eq!(on(&shifts, "2026-03-01"), vec![cover, rot(B)], "C is on leave too, so D covers A");

    let rules = [wed_sun(1, &[A, B], 1)];
    let leaves = [leave(A, "2026-03-01", "2026-03-01"), leave(B, "2026-03-01", "2026-03-01")];
    let inp = input(&rules, &[], &leaves, &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-01"));
    assert_eq!(shifts.len(), 1, "the empty duty day is still shown");
    assert!(shifts[0].people.is_empty());
    assert!(matches!(problems(&inp, &shifts)[..], [Problem::Gap { have: 0, needed: 1, .. }]));
}

#[test]
fn a_swap_is_two_replaces() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    // A serves 03-01 and B 03-04; they swap.
    let overrides = [replace(1, "2026-03-01", 1, A, B), replace(2, "2026-03-04", 1, B, A)];
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-04"));
    let b_for_a = OnDuty { person_id: B, source: Source::Replacing, covers: Some(A) };
    let a_for_b = OnDuty { person_id: A, source: Source::Replacing, covers: Some(B) };
    assert_eq!(on(&shifts, "2026-03-01"), vec![b_for_a]);
    assert_eq!(on(&shifts, "2026-03-04"), vec![a_for_b]);
    assert!(problems(&inp, &shifts).is_empty(), "both overrides were used");
}

#[test]
fn remove_leaves_a_gap_that_is_reported() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let overrides = [ov(1, OverrideKind::Remove, "2026-03-04", Some(1), B)];
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-04"), day("2026-03-04"));
    assert!(shifts[0].people.is_empty(), "B is off");
    let gap = Problem::Gap {
        date: "2026-03-04".into(),
        rule_id: Some(1),
        community_id: Some(10),
        needed: 1,
        have: 0,
    };
    assert_eq!(problems(&inp, &shifts), vec![gap]);
}

#[test]
fn replace_or_remove_of_someone_not_on_the_shift_does_nothing_and_is_reported() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let overrides = [
        replace(5, "2026-03-04", 1, C, D), // C is not on 03-04
        ov(6, OverrideKind::Remove, "2026-03-04", Some(1), B), // used
        ov(7, OverrideKind::Remove, "2026-03-04", Some(1), B), // B already off
        ov(8, OverrideKind::Remove, "2026-03-05", Some(1), A), // no duty that Thursday
        ov(9, OverrideKind::Remove, "not a date", Some(1), A), // never applies
    ];
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-08"));
    assert_eq!(on(&shifts, "2026-03-04"), vec![], "only the Remove of B changed the day");
    let unused: Vec<_> = problems(&inp, &shifts)
        .into_iter()
        .filter_map(|p| match p {
            Problem::OverrideUnused { override_id, .. } => Some(override_id),
            _ => None,
        })
        .collect();
    assert_eq!(unused, vec![5, 7, 8, 9]);
}

#[test]
fn add_on_a_free_day_creates_an_ad_hoc_duty() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let mut other_community = ov(3, OverrideKind::Add, "2026-03-05", None, C);
    other_community.community_id = Some(11);
    let overrides = [
        ov(1, OverrideKind::Add, "2026-03-05", None, A),
        ov(2, OverrideKind::Add, "2026-03-05", None, D),
        other_community,
        ov(4, OverrideKind::Add, "2026-03-05", Some(1), B), // the rule has no Thursday
        ov(5, OverrideKind::Add, "2026-03-04", Some(1), D), // joins B's Wednesday
    ];
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-04"), day("2026-03-05"));
    let added = |p| OnDuty { person_id: p, source: Source::Added, covers: None };
    assert_eq!(on(&shifts, "2026-03-04"), vec![rot(B), added(D)]);
    let thursday: Vec<_> = shifts
        .iter()
        .filter(|s| s.date == "2026-03-05")
        .map(|s| (s.rule_id, s.community_id, s.start_time.as_str(), s.needed, s.people.clone()))
        .collect();
    assert_eq!(
        thursday,
        vec![
            (None, Some(10), "08:30", 0, vec![added(B)]), // the rule's community and times
            (None, Some(10), "14:00", 0, vec![added(A), added(D)]),
            (None, Some(11), "14:00", 0, vec![added(C)]),
        ],
        "ad-hoc duties by start time, one per community and window"
    );
    assert!(problems(&inp, &shifts).is_empty(), "ad-hoc duties need nobody, so no gap");
}

#[test]
fn an_override_that_books_someone_on_leave_is_kept_and_reported() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let overrides = [ov(1, OverrideKind::Add, "2026-03-04", Some(1), C)];
    let leaves = [leave(C, "2026-03-02", "2026-03-06")];
    let inp = input(&rules, &overrides, &leaves, &[]);
    let shifts = compute(&inp, day("2026-03-04"), day("2026-03-04"));
    assert!(on(&shifts, "2026-03-04").iter().any(|p| p.person_id == C), "the user asked for C");
    let on_leave = Problem::OnLeave { date: "2026-03-04".into(), person_id: C, rule_id: Some(1) };
    assert_eq!(problems(&inp, &shifts), vec![on_leave]);
}

#[test]
fn overlapping_shifts_of_one_person_are_double_booked_back_to_back_ones_are_not() {
    let morning = Rule { end_time: "12:00".into(), ..wed_sun(1, &[A], 1) };
    let afternoon = Rule { start_time: "12:00".into(), ..wed_sun(2, &[A], 1) };
    let day_long = Rule { community_id: Some(11), ..wed_sun(3, &[B], 1) };
    let overrides = [replace(1, "2026-03-01", 3, B, A)];
    let rules = [morning, afternoon, day_long];
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-01"));
    let double = Problem::DoubleBooked {
        date: "2026-03-01".into(),
        person_id: A,
        shifts: vec![
            (Some(1), "08:30".into()),
            (Some(3), "08:30".into()),
            (Some(2), "12:00".into()),
        ],
    };
    assert_eq!(problems(&inp, &shifts), vec![double]);
    let rules = &rules[..2];
    let inp = input(rules, &[], &[], &[]);
    assert!(problems(&inp, &compute(&inp, day("2026-03-01"), day("2026-03-01"))).is_empty());
}

#[test]
fn two_rules_with_the_same_hours_sharing_a_member_double_book_them() {
    let rules = [wed_sun(1, &[A, B], 1), Rule { community_id: Some(11), ..wed_sun(2, &[A], 1) }];
    let inp = input(&rules, &[], &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-04"));
    let double = Problem::DoubleBooked {
        date: "2026-03-01".into(),
        person_id: A,
        shifts: vec![(Some(1), "08:30".into()), (Some(2), "08:30".into())],
    };
    assert_eq!(problems(&inp, &shifts), vec![double], "on 03-04 rule 1 sends B: no clash");
}

#[test]
fn shifts_sort_by_date_then_start_then_rule_with_ad_hoc_last() {
    let late = Rule { start_time: "09:00".into(), ..wed_sun(1, &[A], 1) };
    let early = wed_sun(3, &[B], 1);
    let same_start = wed_sun(2, &[C], 1);
    let mut ad_hoc = ov(1, OverrideKind::Add, "2026-03-01", None, D);
    ad_hoc.start_time = "08:30".into();
    let rules = [late, early, same_start];
    let overrides = [ad_hoc];
    let shifts =
        compute(&input(&rules, &overrides, &[], &[]), day("2026-03-01"), day("2026-03-04"));
    let order: Vec<_> = shifts.iter().map(|s| (s.date.as_str(), s.rule_id)).collect();
    let first_day = [Some(2), Some(3), None, Some(1)].map(|r| ("2026-03-01", r));
    let second_day = [Some(2), Some(3), Some(1)].map(|r| ("2026-03-04", r));
    assert_eq!(order, [&first_day[..], &second_day[..]].concat());
}

#[test]
fn rotation_counts_from_the_rule_start_across_skipped_holidays() {
    let cal = holidays::shipped();
    let rules = [Rule { start_date: "2026-01-01".into(), ..wed_sun(1, &[A, B, C, D], 1) }];
    let inp = input(&rules, &[], &[], &cal);
    let year = compute(&inp, day("2026-01-01"), day("2027-12-31"));
    assert!(year.len() > 150, "two years of Wednesdays and Sundays");
    for from in ["2026-02-20", "2026-10-08", "2027-05-02", "2027-12-29"] {
        let part = compute(&inp, day(from), day("2027-12-31"));
        let tail: Vec<_> = year.iter().filter(|s| s.date.as_str() >= from).cloned().collect();
        assert_eq!(part, tail, "from {from}: the same crews as the whole range");
    }
}

#[test]
fn balance_counts_duty_days_for_every_member() {
    let rules = [wed_sun(1, &[A, B, C], 1)];
    let overrides = [ov(1, OverrideKind::Add, "2026-03-01", None, A)]; // same date as A's turn
    let inp = input(&rules, &overrides, &[], &[]);
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-08"));
    let report = balance(&inp, &shifts);
    let got: Vec<_> = report.per_person.iter().map(|b| (b.person_id, b.count)).collect();
    assert_eq!(got, vec![(A, 1), (B, 1), (C, 1)], "A's two shifts on 03-01 are one day");
    assert_eq!((report.min, report.max, report.spread), (1, 1, 0));

    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-04"));
    let report = balance(&inp, &shifts);
    let got: Vec<_> = report.per_person.iter().map(|b| (b.person_id, b.count)).collect();
    assert_eq!(got, vec![(A, 1), (B, 1), (C, 0)], "C is idle but listed");
    assert_eq!((report.min, report.max, report.spread), (0, 1, 1));
    let empty = balance(&input(&[], &[], &[], &[]), &[]);
    assert_eq!((empty.per_person.len(), empty.min, empty.max, empty.spread), (0, 0, 0, 0));
}

#[test]
fn degenerate_input_gives_no_shifts_or_empty_ones_without_panicking() {
    let far = Rule { start_date: "0001-01-01".into(), ..wed_sun(9, &[A, B], 1) };
    let rules = [
        wed_sun(1, &[], 1),  // nobody: gaps
        wed_sun(2, &[A], 0), // nobody needed
        Rule { end_date: Some("2026-02-01".into()), ..wed_sun(3, &[A], 1) }, // ended before start
        Rule { weekdays: vec![0, 8, 200], ..wed_sun(4, &[A], 1) }, // no valid weekday
        Rule { start_time: "soon".into(), end_time: "25:99".into(), ..wed_sun(5, &[B], 1) },
        Rule { start_date: "2026-13-01".into(), ..wed_sun(6, &[A], 1) },
        Rule { end_date: Some("never".into()), ..wed_sun(7, &[A], 1) },
        Rule { per_slot: u32::MAX, ..wed_sun(8, &[A, B], 1) },
        far,
    ];
    let overrides = [replace(1, "2026-03-01", 5, B, B), ov(2, OverrideKind::Replace, "x", None, A)];
    let leaves = [leave(A, "2026-03-09", "2026-03-01"), leave(B, "garbage", "2026-03-01")];
    let inp = input(&rules, &overrides, &leaves, &[]);
    assert!(compute(&inp, day("2026-03-08"), day("2026-03-01")).is_empty(), "to before from");
    let shifts = compute(&inp, day("2026-03-01"), day("2026-03-01"));
    let ids: Vec<_> = shifts.iter().map(|s| (s.rule_id, s.people.len())).collect();
    assert_eq!(
        ids,
        vec![(Some(5), 1), (Some(1), 0), (Some(2), 0), (Some(8), 2), (Some(9), 1)],
        "rules without a valid date or weekday have no shift; a bad time sorts as 00:00"
    );
    let gap = |rule_id, needed, have| Problem::Gap {
        date: "2026-03-01".into(),
        rule_id: Some(rule_id),
        community_id: Some(10),
        needed,
        have,
    };
    let double = Problem::DoubleBooked {
        date: "2026-03-01".into(),
        person_id: B,
        shifts: vec![
            (Some(5), "soon".into()),
            (Some(8), "08:30".into()),
            (Some(9), "08:30".into()),
        ],
    };
    let unused = Problem::OverrideUnused { override_id: 2, date: "x".into() };
    assert_eq!(
        problems(&inp, &shifts),
        vec![gap(1, 1, 0), gap(8, u32::MAX, 2), double, unused],
        "a bad window counts as the whole day; a Replace by the same person is a no-op, not unused"
    );
    let _ = balance(&inp, &shifts);
}

#[test]
fn serialised_shapes_match_the_ui_contract() {
    let gap = Problem::Gap {
        date: "2026-03-04".into(),
        rule_id: Some(1),
        community_id: None,
        needed: 2,
        have: 0,
    };
    let json = serde_json::to_value(&gap).expect("serialises");
    assert_eq!(
        json,
        serde_json::json!({"kind": "gap", "date": "2026-03-04", "ruleId": 1, "communityId": null,
            "needed": 2, "have": 0})
    );
    let unused = serde_json::to_value(Problem::OverrideUnused { override_id: 3, date: "d".into() });
    assert_eq!(
        unused.expect("serialises"),
        serde_json::json!({"kind": "override_unused", "overrideId": 3, "date": "d"})
    );
    let double = Problem::DoubleBooked {
        date: "d".into(),
        person_id: 1,
        shifts: vec![(None, "08:30".into())],
    };
    assert_eq!(
        serde_json::to_value(double).expect("serialises"),
        serde_json::json!({"kind": "double_booked", "date": "d", "personId": 1,
            "shifts": [[null, "08:30"]]})
    );
    let on = OnDuty { person_id: 1, source: Source::Covering, covers: Some(2) };
    assert_eq!(
        serde_json::to_value(on).expect("serialises"),
        serde_json::json!({"personId": 1, "source": "covering", "covers": 2})
    );
    let cfg = ts_rs::Config::new().with_large_int("number");
    let ts = <Problem as ts_rs::TS>::decl(&cfg);
    assert!(ts.contains("\"double_booked\"") && ts.contains("personId"), "TS binding: {ts}");
}

// ---- properties ----

/// The test's own reading of "overlapping windows": HH:MM, anything else is the whole day.
fn clash(a: &Shift, b: &Shift) -> bool {
    let minutes = |t: &str| {
        let (h, m) = t.split_once(':')?;
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h < 24 && m < 60).then_some(h * 60 + m)
    };
    let span = |s: &Shift| match (minutes(&s.start_time), minutes(&s.end_time)) {
        (Some(x), Some(y)) if x < y => (x, y),
        _ => (0, 1440),
    };
    let ((s1, e1), (s2, e2)) = (span(a), span(b));
    s1 < e2 && s2 < e1
}

fn rule_strategy() -> impl Strategy<Value = Rule> {
    (
        1i64..5,
        prop::collection::vec(1u8..=7, 0..4),
        prop::sample::select(vec![
            ("08:30", "17:30"),
            ("08:00", "12:00"),
            ("12:00", "18:00"),
            ("bad", ""),
        ]),
        0u32..4,
        prop::collection::vec(1i64..8, 0..6),
        0i64..120,
        prop::option::of(60i64..500),
        any::<bool>(),
    )
        .prop_map(|(id, weekdays, (s, e), per_slot, members, start, end, skip_holidays)| {
            Rule {
                id,
                community_id: Some(id % 2),
                weekdays,
                start_time: s.into(),
                end_time: e.into(),
                per_slot,
                members,
                start_date: offset(start),
                end_date: end.map(offset),
                skip_holidays,
            }
        })
}

/// A date `n` days after 2026-01-01.
fn offset(n: i64) -> String {
    (day("2026-01-01") + chrono::Duration::days(n)).format("%Y-%m-%d").to_string()
}

fn override_strategy() -> impl Strategy<Value = Override> {
    let kind =
        prop::sample::select(vec![OverrideKind::Add, OverrideKind::Remove, OverrideKind::Replace]);
    let times = prop::sample::select(vec![("08:30", "17:30"), ("13:00", "15:00"), ("x", "y")]);
    (
        1i64..40,
        kind,
        0i64..400,
        prop::option::of(1i64..6),
        times,
        1i64..8,
        prop::option::of(1i64..8),
    )
        .prop_map(|(id, kind, d, rule_id, (s, e), person_id, replacement_id)| Override {
            id,
            kind,
            date: offset(d),
            rule_id,
            community_id: Some(id % 2),
            start_time: s.into(),
            end_time: e.into(),
            person_id,
            replacement_id,
        })
}

fn leave_strategy() -> impl Strategy<Value = Leave> {
    (1i64..8, 0i64..400, 0i64..20).prop_map(|(p, d, len)| Leave {
        id: p,
        person_id: p,
        from: offset(d),
        to: offset(d + len),
    })
}

prop_compose! {
    fn world()(
        rules in prop::collection::vec(rule_strategy(), 0..4),
        overrides in prop::collection::vec(override_strategy(), 0..25),
        leaves in prop::collection::vec(leave_strategy(), 0..8),
        holiday_days in prop::collection::vec(0i64..400, 0..12),
    ) -> (Vec<Rule>, Vec<Override>, Vec<Leave>, Vec<Holiday>) {
        let holidays = holiday_days.into_iter().enumerate().map(|(i, d)| Holiday {
            date: offset(d),
            kind: if i % 3 == 0 { DayKind::Workday } else { DayKind::Holiday },
            name: format!("h{i}"),
        }).collect();
        (rules, overrides, leaves, holidays)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_sub_range_is_the_slice_of_the_whole((rules, overrides, leaves, holidays) in world(),
            a in 0i64..400, len in 0i64..60) {
        let inp = input(&rules, &overrides, &leaves, &holidays);
        let (from, to) = (day("2026-01-01"), day("2027-12-31"));
        let whole = compute(&inp, from, to);
        let (sa, sb) = (offset(a), offset(a + len));
        let part = compute(&inp, day(&sa), day(&sb));
        let inside = |s: &&Shift| s.date >= sa && s.date <= sb;
        let slice: Vec<_> = whole.iter().filter(inside).cloned().collect();
        prop_assert_eq!(part, slice);

        // A year month by month is the year at once.
        let mut by_month = Vec::new();
        for m in 1..=12 {
            let first = NaiveDate::from_ymd_opt(2026, m, 1).expect("a month");
            let last = first + chrono::Months::new(1) - chrono::Duration::days(1);
            by_month.extend(compute(&inp, first, last));
        }
        let year: Vec<_> = whole.iter().filter(|s| s.date.starts_with("2026")).cloned().collect();
        prop_assert_eq!(by_month, year);
    }

    #[test]
    fn every_double_booking_and_every_leave_on_a_shift_is_reported(
            (rules, overrides, leaves, holidays) in world()) {
        let inp = input(&rules, &overrides, &leaves, &holidays);
        let shifts = compute(&inp, day("2026-01-01"), day("2027-02-04"));
        let found = problems(&inp, &shifts);
        let on_leave = |p: i64, d: &str| leaves.iter().any(|l| l.person_id == p
            && l.from.as_str() <= d && d <= l.to.as_str());
        let mut seen: HashMap<(&str, i64), Vec<&Shift>> = HashMap::new();
        for s in &shifts {
            let ids: Vec<_> = s.people.iter().map(|p| p.person_id).collect();
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            prop_assert_eq!(unique.len(), ids.len(), "nobody twice on one shift");
            for p in &s.people {
                for other in seen.get(&(s.date.as_str(), p.person_id)).into_iter().flatten() {
                    if clash(s, other) {
                        prop_assert!(found.iter().any(|f| matches!(f,
                            Problem::DoubleBooked { date, person_id, .. }
                                if *date == s.date && *person_id == p.person_id)),
                            "{} on two overlapping shifts of {} is reported", p.person_id, s.date);
                    }
                }
                seen.entry((s.date.as_str(), p.person_id)).or_default().push(s);
                if on_leave(p.person_id, &s.date) {
                    prop_assert!(matches!(p.source, Source::Added | Source::Replacing),
                        "only an override puts someone on leave on a shift");
                    let reported = Problem::OnLeave {
                        date: s.date.clone(),
                        person_id: p.person_id,
                        rule_id: s.rule_id,
                    };
                    prop_assert!(found.contains(&reported), "reported: {:?}", reported);
                }
            }
            let gap = u32::try_from(s.people.len()).expect("small") < s.needed;
            prop_assert_eq!(gap, found.iter().any(|f| matches!(f, Problem::Gap { date, rule_id, .. }
                if *date == s.date && *rule_id == s.rule_id)));
        }
    }

    #[test]
    fn without_overrides_crews_follow_the_rotation(
            (rules, _o, leaves, holidays) in world()) {
        let inp = input(&rules, &[], &leaves, &holidays);
        for s in compute(&inp, day("2026-01-01"), day("2026-12-31")) {
            let rule = rules.iter().find(|r| Some(r.id) == s.rule_id).expect("rule shifts only");
            let d = day(&s.date);
            prop_assert!(rule.weekdays.contains(&(d.weekday().number_from_monday() as u8)));
            let holiday = holidays.iter().any(|h| h.date == s.date && h.kind == DayKind::Holiday);
            prop_assert!(!(rule.skip_holidays && holiday), "skipped holidays have no shift");
            prop_assert!(s.people.len() <= rule.per_slot as usize);
            for p in &s.people {
                prop_assert!(rule.members.contains(&p.person_id));
                prop_assert_eq!(p.covers.is_some(), p.source == Source::Covering);
            }
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,12}", t in "[0-9:]{0,6}", n in any::<u32>()) {
        let rules = [Rule { start_time: t.clone(), end_time: s.clone(), start_date: s.clone(),
            end_date: Some(t.clone()), per_slot: n, ..wed_sun(1, &[A, B], 1) },
            Rule { start_time: t.clone(), per_slot: n, ..wed_sun(2, &[A, B, C], 1) }];
        let overrides = [Override { date: s.clone(), start_time: t.clone(),
            ..ov(1, OverrideKind::Add, "2026-03-01", None, A) }];
        let leaves = [Leave { id: 1, person_id: A, from: s.clone(), to: t.clone() }];
        let hol = [Holiday { date: s.clone(), kind: DayKind::Holiday, name: t.clone() }];
        let inp = input(&rules, &overrides, &leaves, &hol);
        let shifts = compute(&inp, day("2026-02-25"), day("2026-03-08"));
        let _ = problems(&inp, &shifts);
        let _ = balance(&inp, &shifts);
    }
}
