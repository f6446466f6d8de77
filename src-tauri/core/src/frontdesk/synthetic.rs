//! `demo --visits N`: synthetic desk visits for testing at scale (Today on a store with 100k
//! visits), spread over the past year, all five handling types, reproducible from a seed.
//! Written in bulk like the synthetic cases: batches of 10,000, one audit record per batch.

use chrono::{Duration, Local};
use rusqlite::params;

use super::model::Handling;
use crate::cases::search::{index_tokens, insert_tokens, Table};
use crate::cases::stamp;
use crate::cases::synthetic::{Rng, GIVEN, PROBLEMS, ROADS, SURNAMES};
use crate::context::Session;
use crate::error::AppResult;

const ASKS: &[&str] = &["咨询", "反映", "投诉", "询问", "来电反映"];
const OUTCOMES: &[&str] = &[
    "当场答复，来访人表示理解",
    "已转值班队员处理",
    "告知相关部门办理途径",
    "登记后转网格员核实",
    "解释相关政策规定",
];

pub fn generate(s: &Session, n: u32, seed: u64) -> AppResult<u32> {
    let mut rng = Rng(seed.max(1) ^ 0x005E_ED0F_D35C);
    let communities: Vec<i64> = s.read(|c| {
        let mut st = c.prepare("SELECT id FROM community WHERE archived_at IS NULL")?;
        let ids = st.query_map([], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?;
        Ok(ids)
    })?;
    let now = Local::now();
    let mut left = n;
    while left > 0 {
        let batch = left.min(10_000);
        s.write(|tx| {
            let conn = tx.conn();
            let mut insert = conn.prepare_cached(
                "INSERT INTO visit (visited_at, channel, visitor_name, visitor_phone,
                     community_id, topic, handling, outcome, recorded_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'synthetic', ?9)",
            )?;
            let mut tokens = Vec::with_capacity(batch as usize);
            for _ in 0..batch {
                let minutes = rng.below(365 * 24 * 60) as i64;
                let at = stamp((now - Duration::minutes(minutes)).naive_local());
                let name = format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN));
                let phone = format!("13{:09}", rng.next() % 1_000_000_000);
                let topic = format!(
                    "{}{}{}号{}",
                    rng.pick(ASKS),
                    rng.pick(ROADS),
                    1 + rng.below(200),
                    rng.pick(PROBLEMS).1
                );
                let outcome = *rng.pick(OUTCOMES);
                let handling = rng.pick(&Handling::ALL).as_str();
                let channel = if rng.below(3) == 0 { "phone" } else { "walk_in" };
                let community = communities.get(rng.below(communities.len())).copied();
                insert.execute(params![
                    at,
                    channel,
                    name,
                    phone,
                    community,
                    topic,
                    handling,
                    outcome,
                    tx.now()
                ])?;
                let id = conn.last_insert_rowid();
                tokens.push((id, index_tokens(&format!("{name} {topic} {outcome}"))));
            }
            insert_tokens(conn, Table::Visits, &tokens)?;
            tx.log("synthetic", "visit", None, None::<&()>, Some(&batch))
        })?;
        left -= batch;
    }
    Ok(n)
}
