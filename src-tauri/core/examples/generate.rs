//! Times `demo --cases N` on a fresh store, for profiling the generator without the app:
//! `cargo run --release -p workstation-core --example generate -- 100000 [DIR]`.

use std::time::Instant;

use workstation_core::cases::synthetic;
use workstation_core::{demo, Actor, Session, Store};

fn main() {
    let n: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let temp = tempfile::tempdir().expect("temp dir");
    let dir = std::env::args().nth(2).map(std::path::PathBuf::from).unwrap_or(temp.path().into());
    let store = Store::open(&dir).expect("store");
    let s = Session::new(&store, Actor::new("generate"));
    demo::create(&s).expect("demo");
    let started = Instant::now();
    synthetic::generate(&s, n, 7).expect("cases");
    println!("{n} cases: {:.1} s", started.elapsed().as_secs_f64());
}
