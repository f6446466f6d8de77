//! Crash survival: the app's core writes cases and timeline entries as fast as it can in a child
//! process, acknowledging each commit on stdout; the child is killed with SIGKILL at a random
//! moment; the store must pass `integrity_check` and hold every acknowledged write.
//! `CRASH_RUNS` sets the number of runs (CI: 25; `make crash-test N=1000` by hand).

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The writer: this build's binary, or `CRASH_BIN` (a copy, so a long run is not disturbed by
/// a rebuild of the target folder).
fn bin() -> String {
    std::env::var("CRASH_BIN")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_community-workstation").into())
}

/// A small reproducible generator for the kill moments.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
#[cfg(unix)]
fn acknowledged_writes_survive_sigkill() {
    let runs: u32 = std::env::var("CRASH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(25);
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().to_str().expect("path");
    let demo = Command::new(bin()).args(["--data-dir", data, "demo"]).output().expect("demo");
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));

    let mut seed = 0x2545_F491_4F6C_DD1D_u64;
    let (mut losses, mut integrity_failures, mut acked_total) = (0u64, 0u32, 0u64);
    for run in 0..runs {
        let mut child = Command::new(bin())
            .args(["--data-dir", data, "crash-writer"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("writer");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Kill somewhere between 50 ms and 1.5 s after the first acknowledgement.
        let first = rx.recv_timeout(Duration::from_secs(30)).expect("the writer starts writing");
        let mut acked: HashMap<i64, u32> = HashMap::new();
        let mut note = |line: &str| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let ["ack", id, steps] = parts.as_slice() {
                let (id, steps) = (id.parse().expect("id"), steps.parse().expect("steps"));
                let e = acked.entry(id).or_insert(0);
                *e = (*e).max(steps);
            }
        };
        note(&first);
        let until = Instant::now() + Duration::from_millis(50 + next(&mut seed) % 1450);
        while Instant::now() < until {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(5)) {
                note(&line);
            }
        }
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Lines written before the kill may still be in the pipe: they were acknowledged too.
        reader.join().expect("reader");
        while let Ok(line) = rx.try_recv() {
            note(&line);
        }

        let conn =
            rusqlite::Connection::open(dir.path().join("workstation.sqlite3")).expect("reopen");
        let integrity: String =
            conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
        if integrity != "ok" {
            integrity_failures += 1;
        }
        for (id, steps) in &acked {
            let events: u32 = conn
                .query_row("SELECT count(*) FROM case_event WHERE case_id = ?1", [id], |r| r.get(0))
                .expect("count");
            if events < *steps {
                losses += 1;
            }
        }
        acked_total += acked.len() as u64;
        drop(conn);
        if run % 100 == 99 {
            eprintln!(
                "crash runs: {} so far, losses {losses}, integrity failures {integrity_failures}",
                run + 1
            );
        }
    }
    println!(
        "crash runs: {runs}, acknowledged cases: {acked_total}, losses: {losses}, integrity failures: {integrity_failures}"
    );
    assert_eq!((losses, integrity_failures), (0, 0));
}
