//! The roster as people read it: per community and grid, the core members and the N forces,
//! with the gaps (a missing core role, an ended term, no phone) and a search over it all.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::grids::{self, Grid};
use super::roles::{self, Role};
use crate::error::AppResult;
use crate::workstation;

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterQuery {
    pub community_id: Option<i64>,
    /// Part of a name, phone or organisation (Chinese or not); empty for all.
    pub text: String,
    pub role_id: Option<i64>,
    /// Exact party (城管, 物业...); empty for all.
    pub party: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterMember {
    pub assignment_id: i64,
    pub person_id: i64,
    pub name: String,
    pub organisation: String,
    pub party: String,
    pub phone: String,
    pub photo: Option<String>,
    pub role_id: i64,
    pub role_name: String,
    pub is_core: bool,
    pub start_date: String,
    pub end_date: Option<String>,
    pub duties: String,
    /// The term ended before today.
    pub ended: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// No current member holds this core role.
    MissingCoreRole,
    /// A member's term has ended but they are still listed.
    TermEnded,
    /// A member has no phone (the wall board would show none).
    NoPhone,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Gap {
    pub kind: GapKind,
    pub role: Option<String>,
    pub person: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GridRoster {
    pub grid: Grid,
    pub core: Vec<RosterMember>,
    pub forces: Vec<RosterMember>,
    pub gaps: Vec<Gap>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommunityRoster {
    pub community_id: i64,
    pub community_name: String,
    pub grids: Vec<GridRoster>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Roster {
    pub communities: Vec<CommunityRoster>,
    /// Gaps in the shown grids.
    pub gap_count: u32,
    /// The live role dictionary, for filters and forms.
    pub roles: Vec<Role>,
    /// Every party in use, for the filter.
    pub parties: Vec<String>,
}

/// Live assignments of live people in live grids, grouped by grid, in display order.
fn members(
    conn: &Connection,
    community_id: Option<i64>,
    today: NaiveDate,
) -> AppResult<BTreeMap<i64, Vec<RosterMember>>> {
    // Two statements rather than `(?1 IS NULL OR g.community_id = ?1)`, which would keep SQLite
    // from starting at one community's grids (index grid_community).
    const COLUMNS: &str = "a.id, p.id, p.name, p.organisation, p.party, p.phone, p.photo, r.id,
        r.name, r.is_core, a.start_date, a.end_date, a.duties, a.grid_id, r.sort_order";
    const JOINS: &str = "JOIN person p ON p.id = a.person_id AND p.archived_at IS NULL
        JOIN grid_role r ON r.id = a.role_id";
    let mut stmt = match community_id {
        Some(_) => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grid g JOIN assignment a ON a.grid_id = g.id {JOINS}
             WHERE g.community_id = ?1 AND g.archived_at IS NULL AND a.archived_at IS NULL"
        ))?,
        None => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assignment a {JOINS}
             JOIN grid g ON g.id = a.grid_id AND g.archived_at IS NULL
             WHERE a.archived_at IS NULL AND ?1 IS NULL"
        ))?,
    };
    let today = today.to_string();
    // Sorted per grid in Rust: a SQL ORDER BY over every assignment costs a temp sort of all
    // rows, while each grid has a handful.
    let mut by_grid: BTreeMap<i64, Vec<(i64, RosterMember)>> = BTreeMap::new();
    let rows = stmt.query_map(params![community_id], |r| {
        let end: Option<String> = r.get(11)?;
        Ok((
            r.get::<_, i64>(13)?,
            r.get::<_, i64>(14)?,
            RosterMember {
                assignment_id: r.get(0)?,
                person_id: r.get(1)?,
                name: r.get(2)?,
                organisation: r.get(3)?,
                party: r.get(4)?,
                phone: r.get(5)?,
                photo: r.get(6)?,
                role_id: r.get(7)?,
                role_name: r.get(8)?,
                is_core: r.get(9)?,
                start_date: r.get(10)?,
                ended: end.as_deref().is_some_and(|e| e < today.as_str()),
                end_date: end,
                duties: r.get(12)?,
            },
        ))
    })?;
    for row in rows {
        let (grid, order, m) = row?;
        by_grid.entry(grid).or_default().push((order, m));
    }
    Ok(by_grid
        .into_iter()
        .map(|(grid, mut list)| {
            list.sort_by(|(oa, a), (ob, b)| {
                (oa, &a.start_date, a.assignment_id).cmp(&(ob, &b.start_date, b.assignment_id))
            });
            (grid, list.into_iter().map(|(_, m)| m).collect())
        })
        .collect())
}

/// The gaps of one grid, from all its members (not only those a search shows).
pub fn gaps(members: &[RosterMember], core_roles: &[Role]) -> Vec<Gap> {
    let mut gaps = Vec::new();
    for role in core_roles {
        if !members.iter().any(|m| m.role_id == role.id && !m.ended) {
            gaps.push(Gap {
                kind: GapKind::MissingCoreRole,
                role: Some(role.name.clone()),
                person: None,
            });
        }
    }
    for m in members {
        if m.ended {
            gaps.push(Gap {
                kind: GapKind::TermEnded,
                role: Some(m.role_name.clone()),
                person: Some(m.name.clone()),
            });
        } else if m.phone.is_empty() {
            gaps.push(Gap {
                kind: GapKind::NoPhone,
                role: Some(m.role_name.clone()),
                person: Some(m.name.clone()),
            });
        }
    }
    gaps
}

fn matches(m: &RosterMember, q: &RosterQuery, text: &str) -> bool {
    (text.is_empty()
        || m.name.contains(text)
        || m.phone.contains(text)
        || m.organisation.contains(text))
        && q.role_id.is_none_or(|r| r == m.role_id)
        && (q.party.is_empty() || m.party == q.party)
}

pub fn roster(conn: &Connection, q: &RosterQuery, today: NaiveDate) -> AppResult<Roster> {
    let roles = roles::list(conn)?;
    let core_roles: Vec<Role> = roles.iter().filter(|r| r.is_core).cloned().collect();
    let mut members = members(conn, q.community_id, today)?;
    let text = q.text.trim();
    let filtering = !text.is_empty() || q.role_id.is_some() || !q.party.is_empty();
    let mut communities: Vec<CommunityRoster> = Vec::new();
    let mut gap_count = 0;
    for c in workstation::communities(conn)?.into_iter().filter(|c| !c.archived) {
        if q.community_id.is_some_and(|id| id != c.id) {
            continue;
        }
        let mut grids_out = Vec::new();
        for grid in grids::list(conn, Some(c.id))? {
            let all = members.remove(&grid.id).unwrap_or_default();
            let gaps = gaps(&all, &core_roles);
            let shown: Vec<RosterMember> =
                all.into_iter().filter(|m| matches(m, q, text)).collect();
            if filtering && shown.is_empty() {
                continue;
            }
            gap_count += gaps.len() as u32;
            let (core, forces) = shown.into_iter().partition(|m| m.is_core);
            grids_out.push(GridRoster { grid, core, forces, gaps });
        }
        if filtering && grids_out.is_empty() {
            continue;
        }
        communities.push(CommunityRoster {
            community_id: c.id,
            community_name: c.name,
            grids: grids_out,
        });
    }
    let parties = {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT party FROM person WHERE archived_at IS NULL AND party != ''
             ORDER BY party",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    Ok(Roster { communities, gap_count, roles, parties })
}
