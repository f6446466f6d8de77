//! The roster in three numbers, for Today's card: grids, distinct people on them, and gaps. The
//! same rules as `view::roster` over everything, without building (and sending) every member:
//! for a city's roster that was 1.1 MB of JSON read only to be counted.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::roles;
use crate::error::AppResult;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterCounts {
    /// Live grids of live communities.
    pub grids: u32,
    /// People on them, each counted once however many grids or roles they hold.
    pub members: u32,
    /// As the roster counts gaps: a live core role nobody holds in a grid, an ended term, a
    /// member without a phone.
    pub gaps: u32,
}

pub fn counts(conn: &Connection, today: NaiveDate) -> AppResult<RosterCounts> {
    let core: Vec<i64> =
        roles::list(conn)?.into_iter().filter(|r| r.is_core).map(|r| r.id).collect();
    let grids: Vec<i64> = conn
        .prepare_cached(
            "SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id
             WHERE g.archived_at IS NULL AND c.archived_at IS NULL",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    // Every live assignment of a live person in those grids, whatever its role (an archived
    // role still shows on the roster with the assignments made under it).
    let mut stmt = conn.prepare_cached(
        "SELECT a.grid_id, a.person_id, a.role_id,
                a.end_date IS NOT NULL AND a.end_date < ?1, p.phone = ''
         FROM assignment a JOIN person p ON p.id = a.person_id
         WHERE a.archived_at IS NULL AND p.archived_at IS NULL",
    )?;
    let live: HashSet<i64> = grids.iter().copied().collect();
    let mut people = HashSet::new();
    let mut held: HashMap<i64, HashSet<i64>> = HashMap::new();
    let mut flagged = 0u32;
    let mut rows = stmt.query([today.to_string()])?;
    while let Some(r) = rows.next()? {
        let (grid, person, role): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if !live.contains(&grid) {
            continue;
        }
        let (ended, no_phone): (bool, bool) = (r.get(3)?, r.get(4)?);
        people.insert(person);
        if ended || no_phone {
            flagged += 1;
        }
        if !ended && core.contains(&role) {
            held.entry(grid).or_default().insert(role);
        }
    }
    let missing: usize =
        grids.iter().map(|g| core.len() - held.get(g).map_or(0, |h| h.len())).sum();
    Ok(RosterCounts {
        grids: grids.len() as u32,
        members: people.len() as u32,
        gaps: flagged + missing as u32,
    })
}
