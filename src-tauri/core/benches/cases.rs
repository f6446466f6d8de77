//! Case register benchmarks on stores of 10k and 100k synthetic cases (`CASES_BENCH_SIZES=
//! 10000,100000,1000000` for the full run by hand). Targets (issue #6): search p95 ≤ 30 ms for
//! 1-, 2- and 4-character Chinese queries, a list page with two filters p95 ≤ 10 ms, create with
//! index and timeline p95 ≤ 5 ms; Today (issue #7, with n/10 visits) ≤ 150 ms. Run with `make bench`; figures go to docs/PERFORMANCE.md.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use workstation_core::cases::list::{list, CaseQuery};
use workstation_core::cases::model::{CaseInput, CaseSource, Urgency};
use workstation_core::cases::workflow::CaseStatus;
use workstation_core::cases::{categories, export, intake, read, synthetic};
use workstation_core::{demo, Actor, Session, Store};

fn sizes() -> Vec<u32> {
    std::env::var("CASES_BENCH_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn benches(c: &mut Criterion) {
    for n in sizes() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("store");
        let s = Session::new(&store, Actor::new("bench"));
        demo::create(&s).expect("demo");
        let started = Instant::now();
        synthetic::generate(&s, n, 7).expect("cases");
        eprintln!("demo --cases {n}: {:.1} s", started.elapsed().as_secs_f64());
        // Today is measured on the store: the cases and a tenth as many visits.
        workstation_core::frontdesk::synthetic::generate(&s, n / 10, 7).expect("visits");
        let label =
            if n >= 1_000_000 { format!("{}M", n / 1_000_000) } else { format!("{}k", n / 1000) };

        let q = |text: &str| CaseQuery { text: text.into(), page_size: 20, ..Default::default() };
        for (name, text) in
            [("1 char 电", "电"), ("2 chars 消防", "消防"), ("4 chars 消防通道", "消防通道")]
        {
            let query = q(text);
            c.bench_function(&format!("cases/{label}/search {name}"), |b| {
                b.iter(|| list(&s, &query).expect("search"))
            });
        }
        let two = CaseQuery {
            community_id: Some(2),
            statuses: vec![CaseStatus::Persuading, CaseStatus::Assigned],
            page_size: 20,
            ..Default::default()
        };
        c.bench_function(&format!("cases/{label}/list page, two filters"), |b| {
            b.iter(|| list(&s, &two).expect("list"))
        });
        let today = chrono::Local::now().date_naive();
        c.bench_function(&format!("cases/{label}/today board"), |b| {
            b.iter(|| workstation_core::frontdesk::today::board(&s, today).expect("today"))
        });
        let newest = list(&s, &q("")).expect("l").cases[0].id;
        c.bench_function(&format!("cases/{label}/detail"), |b| {
            b.iter(|| read::get(&s, newest).expect("detail"))
        });
        let category = s
            .read(categories::list)
            .expect("cats")
            .into_iter()
            .find(|c| c.code == "0601")
            .expect("category")
            .id;
        let input = CaseInput {
            source: CaseSource::Desk,
            category_id: category,
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
        c.bench_function(&format!("cases/{label}/create with index and timeline"), |b| {
            b.iter(|| intake::create(&s, &input).expect("create"))
        });
        if n == 100_000 {
            let mut g = c.benchmark_group(format!("cases/{label}/export"));
            g.sample_size(10);
            let from = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("d");
            let to = chrono::NaiveDate::from_ymd_opt(2100, 1, 1).expect("d");
            for ext in ["xlsx", "csv"] {
                let path = dir.path().join(format!("register.{ext}"));
                g.bench_function(format!("all rows .{ext}"), |b| {
                    b.iter(|| {
                        let _ = std::fs::remove_file(&path);
                        export::export_file(&s, &path, from, to, false).expect("export")
                    })
                });
            }
            g.finish();
        }
    }
}

criterion_group!(case_benches, benches);
criterion_main!(case_benches);
