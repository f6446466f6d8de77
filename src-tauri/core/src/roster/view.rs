//! The roster as people read it: per community and grid, the core members and the N forces,
//! with the gaps (a missing core role, an ended term, no phone) and a search over it all.

use std::collections::{BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use chrono::NaiveDate;
use rusqlite::types::{Type, ValueRef};
use rusqlite::{Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::grids::{self, Grid};
use super::roles::{self, Role};
use crate::error::AppResult;
use crate::workstation::{self, Community};

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

/// Text read from SQLite, kept in one buffer and addressed by byte range: reading a person or
/// an assignment allocates nothing, and only the members shown get Strings of their own (a
/// String per field of every row read was the largest cost of a search).
#[derive(Default)]
struct Arena(String);

#[derive(Clone, Copy)]
struct Span(usize, usize);

impl Arena {
    fn push(&mut self, s: &str) -> Span {
        let start = self.0.len();
        self.0.push_str(s);
        Span(start, self.0.len())
    }

    fn get(&self, s: Span) -> &str {
        &self.0[s.0..s.1]
    }
}

/// Row ids hashed by one multiplication instead of SipHash, whose guard against crafted keys
/// our own ids do not need: the roster makes three lookups per assignment.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_i64(&mut self, i: i64) {
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type IdMap = HashMap<i64, usize, BuildHasherDefault<IdHasher>>;

/// A role as the roster reads it, archived ones included: an assignment keeps showing the role
/// it was made with, as the join to `grid_role` always did.
struct RoleRow {
    id: i64,
    name: String,
    is_core: bool,
    sort_order: i64,
    /// Its place among the live core roles, whose absence from a grid is a gap.
    core_slot: Option<usize>,
}

/// A live person, read once however many grids they serve.
struct PersonRow {
    id: i64,
    name: Span,
    organisation: Span,
    party: Span,
    phone: Span,
    photo: Option<Span>,
    /// The search text and the party filter let them through.
    matches: bool,
}

impl PersonRow {
    fn has_phone(&self) -> bool {
        self.phone.1 > self.phone.0
    }
}

/// An assignment the roster needs beyond the core roles it fills: one it shows, or one that
/// makes a gap (gaps cover the whole grid, whatever a search shows).
struct Entry {
    grid: usize,
    order: i64,
    start_date: Span,
    assignment_id: i64,
    person: usize,
    role: usize,
    end_date: Option<Span>,
    duties: Span,
    ended: bool,
    shown: bool,
}

fn role_rows(conn: &Connection, live: &[Role]) -> AppResult<(IdMap, Vec<RoleRow>)> {
    let mut stmt = conn.prepare_cached("SELECT id, name, is_core, sort_order FROM grid_role")?;
    let mut at = IdMap::default();
    let mut rows = Vec::new();
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        let id: i64 = r.get(0)?;
        // Core slots in dictionary order, so MissingCoreRole gaps come in that order.
        let core_slot = live.iter().filter(|l| l.is_core).position(|l| l.id == id);
        at.insert(id, rows.len());
        rows.push(RoleRow {
            id,
            name: r.get(1)?,
            is_core: r.get(2)?,
            sort_order: r.get(3)?,
            core_slot,
        });
    }
    Ok((at, rows))
}

/// Live people: everyone for the whole roster (one pass over the table is cheaper than looking
/// each assignment's person up), only those serving its live grids for one community.
fn person_rows(
    conn: &Connection,
    q: &RosterQuery,
    text: &str,
    arena: &mut Arena,
) -> AppResult<(IdMap, Vec<PersonRow>)> {
    const COLUMNS: &str = "id, name, organisation, party, phone, photo";
    let mut stmt = match q.community_id {
        Some(_) => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM person WHERE archived_at IS NULL AND id IN (
                 SELECT a.person_id FROM grid g JOIN assignment a ON a.grid_id = g.id
                 WHERE g.community_id = ?1 AND g.archived_at IS NULL AND a.archived_at IS NULL)"
        ))?,
        // NOT INDEXED: left alone, SQLite walks the partial index person_party and then looks
        // every row up by id, slower than reading the table once.
        None => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM person NOT INDEXED WHERE archived_at IS NULL AND ?1 IS NULL"
        ))?,
    };
    let mut at = IdMap::default();
    let mut rows = Vec::new();
    let mut found = stmt.query([q.community_id])?;
    while let Some(r) = found.next()? {
        let (name, organisation, party, phone) =
            (str_at(r, 1)?, str_at(r, 2)?, str_at(r, 3)?, str_at(r, 4)?);
        let matches = (text.is_empty()
            || name.contains(text)
            || phone.contains(text)
            || organisation.contains(text))
            && (q.party.is_empty() || party == q.party);
        let id: i64 = r.get(0)?;
        at.insert(id, rows.len());
        rows.push(PersonRow {
            id,
            name: arena.push(name),
            organisation: arena.push(organisation),
            party: arena.push(party),
            phone: arena.push(phone),
            photo: opt_str_at(r, 5)?.map(|p| arena.push(p)),
            matches,
        });
    }
    Ok((at, rows))
}

/// A text column borrowed from the row, to be copied only where it is kept.
fn str_at<'r>(r: &'r Row, i: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(i)?
        .as_str()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}

fn opt_str_at<'r>(r: &'r Row, i: usize) -> rusqlite::Result<Option<&'r str>> {
    match r.get_ref(i)? {
        ValueRef::Null => Ok(None),
        _ => str_at(r, i).map(Some),
    }
}

/// The roster a query asks for. People, roles and grids are read once and matched to the
/// assignments here: joining them in SQL looked each one up again for every assignment, and a
/// search built every member before keeping the few it shows.
pub fn roster(conn: &Connection, q: &RosterQuery, today: NaiveDate) -> AppResult<Roster> {
    let roles = roles::list(conn)?;
    let core_roles: Vec<&Role> = roles.iter().filter(|r| r.is_core).collect();
    let (role_at, role_rows) = role_rows(conn, &roles)?;
    let text = q.text.trim();
    let filtering = !text.is_empty() || q.role_id.is_some() || !q.party.is_empty();

    let communities: Vec<Community> = workstation::communities(conn)?
        .into_iter()
        .filter(|c| !c.archived && q.community_id.is_none_or(|id| id == c.id))
        .collect();
    // One query for the grids of every community rather than one per community. Grids of an
    // archived community are left out, as they always were.
    let mut grids_of: Vec<Vec<(usize, Grid)>> = communities.iter().map(|_| Vec::new()).collect();
    let mut grid_at = IdMap::default();
    for grid in grids::list(conn, q.community_id)? {
        if let Some(c) = communities.iter().position(|c| c.id == grid.community_id) {
            let g = grid_at.len();
            grid_at.insert(grid.id, g);
            grids_of[c].push((g, grid));
        }
    }

    let mut arena = Arena::default();
    let (person_at, people) = person_rows(conn, q, text, &mut arena)?;

    // Two statements rather than `(?1 IS NULL OR g.community_id = ?1)`, which would keep SQLite
    // from starting at one community's grids (index grid_community).
    const COLUMNS: &str = "a.id, a.person_id, a.role_id, a.grid_id, a.start_date, a.end_date,
        a.duties";
    let mut stmt = match q.community_id {
        Some(_) => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grid g JOIN assignment a ON a.grid_id = g.id
             WHERE g.community_id = ?1 AND g.archived_at IS NULL AND a.archived_at IS NULL"
        ))?,
        // NOT INDEXED, as for people: every live row is wanted, so read the table rather than
        // the partial index assignment_grid and a lookup per row.
        None => conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assignment a NOT INDEXED
             WHERE a.archived_at IS NULL AND ?1 IS NULL"
        ))?,
    };
    let today = today.to_string();
    let core_count = core_roles.len();
    // Which live core roles a current member holds, per grid (grid * core_count + slot).
    let mut held = vec![false; grid_at.len() * core_count];
    let mut entries: Vec<Entry> = Vec::new();
    let mut rows = stmt.query([q.community_id])?;
    while let Some(r) = rows.next()? {
        // As the inner joins did: an assignment of an archived person or grid is not listed.
        let (Some(&grid), Some(&person), Some(&role)) = (
            grid_at.get(&r.get::<_, i64>(3)?),
            person_at.get(&r.get::<_, i64>(1)?),
            role_at.get(&r.get::<_, i64>(2)?),
        ) else {
            continue;
        };
        let (p, ro) = (&people[person], &role_rows[role]);
        let end_date = opt_str_at(r, 5)?;
        let ended = end_date.is_some_and(|e| e < today.as_str());
        if let Some(slot) = ro.core_slot.filter(|_| !ended) {
            held[grid * core_count + slot] = true;
        }
        let shown = p.matches && q.role_id.is_none_or(|id| id == ro.id);
        if shown || ended || !p.has_phone() {
            entries.push(Entry {
                grid,
                order: ro.sort_order,
                start_date: arena.push(str_at(r, 4)?),
                assignment_id: r.get(0)?,
                person,
                role,
                end_date: end_date.map(|e| arena.push(e)),
                duties: arena.push(str_at(r, 6)?),
                ended,
                shown,
            });
        }
    }
    // Grouped by grid with one counting pass, then each grid's handful put in display order:
    // cheaper than one sort of every row, here or as a SQL ORDER BY (a temp sort of all rows).
    let mut bounds = vec![0; grid_at.len() + 1];
    for e in &entries {
        bounds[e.grid + 1] += 1;
    }
    for g in 0..grid_at.len() {
        bounds[g + 1] += bounds[g];
    }
    let mut sorted = vec![0; entries.len()];
    let mut next = bounds.clone();
    for (i, e) in entries.iter().enumerate() {
        sorted[next[e.grid]] = i;
        next[e.grid] += 1;
    }
    for g in 0..grid_at.len() {
        sorted[bounds[g]..bounds[g + 1]].sort_unstable_by(|&a, &b| {
            let (a, b) = (&entries[a], &entries[b]);
            (a.order.cmp(&b.order))
                .then_with(|| arena.get(a.start_date).cmp(arena.get(b.start_date)))
                .then(a.assignment_id.cmp(&b.assignment_id))
        });
    }

    let member = |e: &Entry| {
        let (p, ro) = (&people[e.person], &role_rows[e.role]);
        RosterMember {
            assignment_id: e.assignment_id,
            person_id: p.id,
            name: arena.get(p.name).to_string(),
            organisation: arena.get(p.organisation).to_string(),
            party: arena.get(p.party).to_string(),
            phone: arena.get(p.phone).to_string(),
            photo: p.photo.map(|s| arena.get(s).to_string()),
            role_id: ro.id,
            role_name: ro.name.clone(),
            is_core: ro.is_core,
            start_date: arena.get(e.start_date).to_string(),
            end_date: e.end_date.map(|s| arena.get(s).to_string()),
            duties: arena.get(e.duties).to_string(),
            ended: e.ended,
        }
    };
    let mut out: Vec<CommunityRoster> = Vec::new();
    let mut gap_count = 0;
    for (c, grids) in communities.into_iter().zip(grids_of) {
        let mut grids_out = Vec::with_capacity(grids.len());
        for (g, grid) in grids {
            let members = sorted[bounds[g]..bounds[g + 1]].iter().map(|&i| &entries[i]);
            let shown = members.clone().filter(|e| e.shown);
            let core_n = shown.clone().filter(|e| role_rows[e.role].is_core).count();
            let all_n = shown.clone().count();
            if filtering && all_n == 0 {
                continue;
            }
            // As `gaps` finds them from all the grid's members: missing core roles in
            // dictionary order, then ended terms and missing phones in member order.
            let held = &held[g * core_count..(g + 1) * core_count];
            let missing = core_roles.iter().zip(held).filter(|(_, &h)| !h).map(|(role, _)| Gap {
                kind: GapKind::MissingCoreRole,
                role: Some(role.name.clone()),
                person: None,
            });
            let flagged = members.filter(|e| e.ended || !people[e.person].has_phone());
            let gaps: Vec<Gap> = missing
                .chain(flagged.map(|e| Gap {
                    kind: if e.ended { GapKind::TermEnded } else { GapKind::NoPhone },
                    role: Some(role_rows[e.role].name.clone()),
                    person: Some(arena.get(people[e.person].name).to_string()),
                }))
                .collect();
            gap_count += gaps.len() as u32;
            let (mut core, mut forces) =
                (Vec::with_capacity(core_n), Vec::with_capacity(all_n - core_n));
            for e in shown {
                if role_rows[e.role].is_core {
                    core.push(member(e));
                } else {
                    forces.push(member(e));
                }
            }
            grids_out.push(GridRoster { grid, core, forces, gaps });
        }
        if filtering && grids_out.is_empty() {
            continue;
        }
        out.push(CommunityRoster { community_id: c.id, community_name: c.name, grids: grids_out });
    }
    let parties = match q.community_id {
        // Every live person is loaded already: their parties need no second pass over the
        // table. BTreeSet's order is byte order, as SQLite's ORDER BY (BINARY collation).
        None => {
            // Inserted one by one: a handful of parties, where collecting would sort all.
            let mut parties = BTreeSet::new();
            for p in &people {
                parties.insert(arena.get(p.party));
            }
            parties.into_iter().filter(|p| !p.is_empty()).map(str::to_string).collect()
        }
        Some(_) => {
            let mut stmt = conn.prepare_cached(
                "SELECT DISTINCT party FROM person WHERE archived_at IS NULL AND party != ''
                 ORDER BY party",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        }
    };
    Ok(Roster { communities: out, gap_count, roles, parties })
}
