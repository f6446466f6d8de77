//! Duty benchmark at the scale: a year of schedule for 50 officers and 10 communities
//! (one Wed/Sun rule each, two officers a day), with overrides and leave. Target ≤ 50 ms.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use workstation_core::duty::changes::{self, DutyChange, LeaveInput, OverrideInput};
use workstation_core::duty::rules::{self, DutyRuleInput};
use workstation_core::duty::schedule::OverrideKind;
use workstation_core::duty::view;
use workstation_core::roster::people::{self, PersonInput};
use workstation_core::workstation::{self, WorkstationInput};
use workstation_core::{Actor, Session, Store};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn benches(c: &mut Criterion) {
    let store = Store::open_in_memory().expect("store");
    let s = Session::new(&store, Actor::new("bench"));
    let input = WorkstationInput {
        name: "基准测试工作站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        communities: (0..10).map(|i| format!("第{i}社区")).collect(),
        ..Default::default()
    };
    let ws = s.write(|tx| workstation::create(tx, &input, false)).expect("ws");
    let people: Vec<i64> = (0..50)
        .map(|i| {
            let p = PersonInput {
                name: format!("队员{i}"),
                phone: format!("136{i:08}"),
                ..Default::default()
            };
            s.write(|tx| people::create(tx, &p)).expect("person").id
        })
        .collect();
    let mut rule_ids = Vec::new();
    for (i, community) in ws.communities.iter().enumerate() {
        let rule = DutyRuleInput {
            community_id: Some(community.id),
            name: format!("{} 周三、周日下沉", community.name),
            weekdays: vec![3, 7],
            start_time: "08:30".into(),
            end_time: "17:30".into(),
            per_slot: 2,
            members: people[i * 5..i * 5 + 5].to_vec(),
            start_date: "2026-01-01".into(),
            end_date: None,
            skip_holidays: true,
        };
        rule_ids.push(s.write(|tx| rules::create(tx, &rule)).expect("rule").rule.id);
    }
    for i in 0..40u32 {
        let date = d("2026-01-07") + chrono::Days::new(u64::from(i) * 7);
        let o = OverrideInput {
            kind: OverrideKind::Replace,
            date: date.to_string(),
            rule_id: Some(rule_ids[(i % 10) as usize]),
            community_id: None,
            start_time: String::new(),
            end_time: String::new(),
            person_id: people[(i % 10 * 5) as usize],
            replacement_id: Some(people[((i % 10 * 5 + 7) % 50) as usize]),
            reason: "bench".into(),
        };
        s.write(|tx| changes::apply(tx, &DutyChange::Override(o))).expect("override");
    }
    for i in 0..10 {
        let from = d("2026-03-01") + chrono::Days::new(i * 30);
        let l = LeaveInput {
            person_id: people[i as usize * 3],
            from: from.to_string(),
            to: (from + chrono::Days::new(6)).to_string(),
            reason: "bench".into(),
        };
        s.write(|tx| changes::apply(tx, &DutyChange::Leave(l))).expect("leave");
    }
    c.bench_function(
        "duty/year schedule, 50 officers, 10 communities (with checks and names)",
        |b| {
            b.iter(|| {
                s.read(|conn| view::schedule(conn, d("2026-01-01"), d("2026-12-31"), None, None))
                    .expect("schedule")
            })
        },
    );
    c.bench_function("duty/month schedule", |b| {
        b.iter(|| {
            s.read(|conn| view::schedule(conn, d("2026-11-01"), d("2026-11-30"), None, None))
                .expect("schedule")
        })
    });
}

criterion_group!(duty_benches, benches);
criterion_main!(duty_benches);
