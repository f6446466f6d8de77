//! Roster benchmarks at the scale: 500 grids, 5,000 people (10,000 assignments).
//! Targets: list, filter and search ≤ 20 ms per command; importing 5,000 rows ≤ 2 s.
//! Run with `make bench`; figures go to docs/PERFORMANCE.md.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use workstation_core::roster::import;
use workstation_core::roster::sheet::SheetFormat;
use workstation_core::roster::view::{roster, RosterQuery};
use workstation_core::workstation::{self, WorkstationInput};
use workstation_core::{Actor, Session, Store};

const COMMUNITIES: usize = 10;
const GRIDS_PER_COMMUNITY: usize = 50;
const PEOPLE: usize = 5_000;

const SURNAMES: &[&str] = &["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许"];
const GIVEN: &[&str] = &[
    "建国", "秀英", "志强", "丽华", "文斌", "雅婷", "明辉", "怡莉", "慧丹", "清音", "锡安", "一章",
];
const ROLES: &[&str] = &["网格长", "专职网格员", "城管队员", "社区民警", "物业", "志愿者"];

fn communities() -> Vec<String> {
    (0..COMMUNITIES).map(|c| format!("第{c}社区")).collect()
}

fn workstation(store: &Store) -> Session<'_> {
    let s = Session::new(store, Actor::new("bench"));
    let input = WorkstationInput {
        name: "基准测试工作站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        communities: communities(),
        ..Default::default()
    };
    s.write(|tx| workstation::create(tx, &input, false)).expect("workstation");
    s
}

/// The roster as an office file: each person serves two grids (10,000 rows).
fn roster_file(rows: usize) -> Vec<u8> {
    use workstation_core::roster::sheet::{write, SheetRow};
    let grids = COMMUNITIES * GRIDS_PER_COMMUNITY;
    let rows: Vec<SheetRow> = (0..rows)
        .map(|i| {
            let person = i % PEOPLE;
            let grid = (i * 7) % grids;
            SheetRow {
                community: format!("第{}社区", grid / GRIDS_PER_COMMUNITY),
                grid: format!("第{grid}网格"),
                name: format!(
                    "{}{}{}",
                    SURNAMES[person % SURNAMES.len()],
                    GIVEN[(person / SURNAMES.len()) % GIVEN.len()],
                    person
                ),
                role: ROLES[i % ROLES.len()].into(),
                organisation: format!("芗城区第{}单位", person % 40),
                party: ["城管", "社区", "物业", "公安"][person % 4].into(),
                phone: format!("138{:08}", person),
                start_date: Some("2024-01-01".into()),
                ..Default::default()
            }
        })
        .collect();
    write(&rows, SheetFormat::Xlsx).expect("file")
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

fn benches(c: &mut Criterion) {
    let store = Store::open_in_memory().expect("store");
    let s = workstation(&store);
    let full = roster_file(2 * PEOPLE);
    let done = import::apply(&s, &full, SheetFormat::Xlsx, today()).expect("seed");
    assert!(done.rejected.is_empty(), "the bench data imports cleanly");

    let q = |text: &str| RosterQuery { text: text.into(), ..Default::default() };
    c.bench_function("roster/list all (500 grids, 10k assignments)", |b| {
        b.iter(|| s.read(|conn| roster(conn, &RosterQuery::default(), today())).expect("roster"))
    });
    c.bench_function("roster/one community", |b| {
        let q = RosterQuery { community_id: Some(3), ..Default::default() };
        b.iter(|| s.read(|conn| roster(conn, &q, today())).expect("roster"))
    });
    c.bench_function("roster/search 1 char 怡", |b| {
        b.iter(|| s.read(|conn| roster(conn, &q("怡"), today())).expect("roster"))
    });
    c.bench_function("roster/search phone part 0001234", |b| {
        b.iter(|| s.read(|conn| roster(conn, &q("0001234"), today())).expect("roster"))
    });
    c.bench_function("roster/filter party 物业", |b| {
        let q = RosterQuery { party: "物业".into(), ..Default::default() };
        b.iter(|| s.read(|conn| roster(conn, &q, today())).expect("roster"))
    });

    let file = roster_file(PEOPLE);
    let mut g = c.benchmark_group("roster/import");
    g.sample_size(10);
    // A file-backed store with the app's settings (WAL, synchronous=FULL), as at the desk.
    g.bench_function("5,000 rows xlsx into an empty workstation", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("dir"),
            |dir| {
                let store = Store::open(dir.path()).expect("store");
                let s = workstation(&store);
                import::apply(&s, &file, SheetFormat::Xlsx, today()).expect("import");
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(roster_benches, benches);
criterion_main!(roster_benches);
