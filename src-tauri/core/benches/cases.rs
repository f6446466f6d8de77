//! The main screens' commands on the city store (`demo --city`: 245 communities, 473 officers,
//! a year of duty, N cases, N/10 visits, a year of meetings) at N = 10k, 100k and 1M
//! (`CASES_BENCH_SIZES` to choose). Targets (issues #6, #7, #10): search p95 ≤ 30 ms for 1-, 2-
//! and 4-character Chinese queries, a list page p95 ≤ 10 ms, create p95 ≤ 5 ms, Today ≤ 150 ms,
//! 100k-row export ≤ 5 s and import ≤ 10 s. `make bench` runs it and writes docs/PERFORMANCE.md.

use std::path::Path;
use std::time::Instant;

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use workstation_core::cases::list::{list, CaseQuery, CaseSort};
use workstation_core::cases::model::{CaseInput, CaseSource, Urgency};
use workstation_core::cases::workflow::CaseStatus;
use workstation_core::cases::{categories, export, import, intake, read};
use workstation_core::demo::{create_city, CityOptions};
use workstation_core::duty::view;
use workstation_core::roster::counts::counts;
use workstation_core::roster::view::{roster, RosterQuery};
use workstation_core::{Actor, Session, Store};

const SEED: u64 = 7;

fn sizes() -> Vec<u32> {
    std::env::var("CASES_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000,1000000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// The store whose register is exported and imported (the 100k rows).
fn exchange_size() -> u32 {
    std::env::var("CASES_BENCH_EXCHANGE").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000)
}

fn label(n: u32) -> String {
    if n >= 1_000_000 {
        format!("{}M", n / 1_000_000)
    } else {
        format!("{}k", n / 1000)
    }
}

fn session(store: &Store) -> Session<'_> {
    Session::new(store, Actor::new("bench"))
}

fn city(dir: &Path, cases: u32) -> Store {
    let store = Store::open(dir).expect("store");
    let started = Instant::now();
    let made = create_city(&session(&store), CityOptions { cases, seed: SEED }).expect("city");
    let line = format!(
        "demo --city --cases {cases}\t{:.1}\t{:.1}",
        started.elapsed().as_secs_f64(),
        made.times.cases.as_secs_f64()
    );
    eprintln!("{line}");
    // The generation times go into the report beside the table (tests/bench/report.mjs).
    if let Ok(notes) = std::env::var("BENCH_NOTES") {
        use std::io::Write;
        let mut f =
            std::fs::OpenOptions::new().create(true).append(true).open(notes).expect("notes");
        writeln!(f, "{line}").expect("notes");
    }
    store
}

fn benches(c: &mut Criterion) {
    for n in sizes() {
        let dir = tempfile::tempdir().expect("dir");
        let store = city(dir.path(), n);
        let s = session(&store);
        let at = |what: &str| format!("city/{}/{what}", label(n));
        let today = chrono::Local::now().date_naive();

        c.bench_function(&at("today board"), |b| {
            b.iter(|| workstation_core::frontdesk::today::board(&s, today).expect("today"))
        });
        // Everything Today asks for when it opens (one connection serves them one after
        // another): the board, who is on duty now, the roster counts, the workstation card and
        // the administrator's statistics.
        c.bench_function(&at("today, every panel"), |b| {
            b.iter(|| {
                let now = chrono::Local::now().naive_local();
                workstation_core::frontdesk::today::board(&s, today).expect("today");
                s.read(|conn| view::now(conn, now)).expect("duty now");
                s.read(|conn| counts(conn, today)).expect("roster counts");
                s.read(workstation_core::workstation::get).expect("workstation");
                s.read(workstation_core::health::stats).expect("stats");
            })
        });
        screens(c, &s, &at, today);
        // Before `cases`, whose create benchmark adds cases: the register is the generated one.
        if n == exchange_size() {
            exchange(c, &s, dir.path(), &at);
        }
        cases(c, &s, &at);
    }
}

/// Roster and duty: what their screens ask for on the city store (one community's month is what
/// the duty screen opens on; the whole city's is the bureau's view).
fn screens(c: &mut Criterion, s: &Session, at: &dyn Fn(&str) -> String, today: NaiveDate) {
    let q = |text: &str| RosterQuery { text: text.into(), ..Default::default() };
    c.bench_function(&at("roster list all"), |b| {
        b.iter(|| s.read(|conn| roster(conn, &RosterQuery::default(), today)).expect("roster"))
    });
    c.bench_function(&at("roster search 1 char 华"), |b| {
        b.iter(|| s.read(|conn| roster(conn, &q("华"), today)).expect("roster"))
    });
    let first = today.with_day0(0).expect("first");
    let last = (first + chrono::Months::new(1)).pred_opt().expect("last");
    for (name, community) in [("duty month, one community", Some(1)), ("duty month, city", None)] {
        c.bench_function(&at(name), |b| {
            b.iter(|| {
                s.read(|conn| view::schedule(conn, first, last, community, None)).expect("duty")
            })
        });
    }
}

fn cases(c: &mut Criterion, s: &Session, at: &dyn Fn(&str) -> String) {
    let q = |text: &str| CaseQuery { text: text.into(), page_size: 20, ..Default::default() };
    for (name, text) in
        [("1 char 电", "电"), ("2 chars 消防", "消防"), ("4 chars 消防通道", "消防通道")]
    {
        let query = q(text);
        c.bench_function(&at(&format!("case search {name}")), |b| {
            b.iter(|| list(s, &query).expect("search"))
        });
    }
    c.bench_function(&at("case list first page"), |b| b.iter(|| list(s, &q("")).expect("list")));
    let two = CaseQuery {
        community_id: Some(2),
        statuses: vec![CaseStatus::Persuading, CaseStatus::Assigned],
        page_size: 20,
        ..Default::default()
    };
    c.bench_function(&at("case list page, two filters"), |b| {
        b.iter(|| list(s, &two).expect("list"))
    });
    let updated = CaseQuery { sort: CaseSort::Updated, ..q("") };
    c.bench_function(&at("case list page, recently worked on first"), |b| {
        b.iter(|| list(s, &updated).expect("list"))
    });
    let newest = list(s, &q("")).expect("l").cases[0].id;
    c.bench_function(&at("case detail"), |b| b.iter(|| read::get(s, newest).expect("detail")));
    let category =
        s.read(categories::list).expect("cats").into_iter().find(|c| c.code == "0601").expect("c");
    let input = CaseInput {
        source: CaseSource::Desk,
        category_id: category.id,
        community_id: 1,
        grid_id: None,
        address: "花园小区3幢".into(),
        title: "楼道电动车堵塞消防通道".into(),
        description: "居民反映楼道停放电动车".into(),
        reporter_name: "陈秀英".into(),
        reporter_phone: "13906961234".into(),
        anonymous: false,
        respondent_kind: "resident".into(),
        respondent_name: String::new(),
        urgency: Urgency::Normal,
        reported_at: String::new(),
        photos: Vec::new(),
    };
    c.bench_function(&at("case create with index and timeline"), |b| {
        b.iter(|| intake::create(s, &input).expect("create"))
    });
}

/// The 100k-row register out to a spreadsheet and back into a city store without cases (a copy
/// of one made once, so each import starts from the same empty register).
fn exchange(c: &mut Criterion, s: &Session, dir: &Path, at: &dyn Fn(&str) -> String) {
    let from = NaiveDate::from_ymd_opt(2000, 1, 1).expect("d");
    let to = NaiveDate::from_ymd_opt(2100, 1, 1).expect("d");
    let mut g = c.benchmark_group(at("register"));
    g.sample_size(10);
    let file = |ext: &str| dir.join(format!("register.{ext}"));
    for ext in ["xlsx", "csv"] {
        g.bench_function(format!("export all rows .{ext}"), |b| {
            b.iter(|| {
                let _ = std::fs::remove_file(file(ext));
                export::export_file(s, &file(ext), from, to, true).expect("export")
            })
        });
    }
    let empty = tempfile::tempdir().expect("dir");
    drop(city(empty.path(), 0));
    let db = workstation_core::db::db_path(empty.path());
    for ext in ["xlsx", "csv"] {
        let rows = export::export_file(s, &file(ext), from, to, true).expect("export");
        g.bench_function(format!("import {rows} rows .{ext}"), |b| {
            b.iter_batched(
                || fresh_copy(&db),
                |(dir, store)| {
                    let done = import::import_file(&session(&store), &file(ext), false);
                    let done = done.expect("import");
                    assert_eq!(done.added, rows, "every row imported: {:?}", done.refused.first());
                    (dir, store)
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

fn fresh_copy(db: &Path) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::copy(db, workstation_core::db::db_path(dir.path())).expect("copy");
    let store = Store::open(dir.path()).expect("store");
    (dir, store)
}

criterion_group!(case_benches, benches);
criterion_main!(case_benches);
