//! Roster import and export. Import reads the whole file, then runs the real writes inside a
//! transaction: a preview rolls it back, an apply commits it, and an apply with any rejected row
//! writes nothing at all. Export writes the same columns, so export → import changes nothing.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::assignments::{self, AssignmentInput};
use super::people::{self, PersonInput};
use super::sheet::{self, RowProblem, SheetFormat, SheetRow};
use super::{grids, roles};
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode};
use crate::workstation::{self, Community};

/// Why a row was refused; the UI and the CLI turn it into a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    MissingCommunity,
    UnknownCommunity,
    MissingGrid,
    MissingName,
    MissingRole,
    UnknownRole,
    BadStartDate,
    BadEndDate,
    BadPhone,
    EndBeforeStart,
    DuplicateRow,
    Invalid,
}

impl RejectReason {
    /// English, for the CLI and logs.
    pub fn english(self) -> &'static str {
        match self {
            RejectReason::MissingCommunity => "the community is empty",
            RejectReason::UnknownCommunity => "no such community in this workstation",
            RejectReason::MissingGrid => "the grid is empty",
            RejectReason::MissingName => "the name is empty",
            RejectReason::MissingRole => "the role is empty",
            RejectReason::UnknownRole => "the role is not in the role dictionary (Settings)",
            RejectReason::BadStartDate => "the start date cannot be read",
            RejectReason::BadEndDate => "the end date cannot be read",
            RejectReason::BadPhone => "the phone number cannot be read",
            RejectReason::EndBeforeStart => "the term ends before it starts",
            RejectReason::DuplicateRow => "the same person, grid and role appear on an earlier row",
            RejectReason::Invalid => "a value is too long or not valid",
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRow {
    pub row: u32,
    pub community: String,
    pub grid: String,
    pub name: String,
    pub role: String,
    /// What changes for a changed row: field names (phone, organisation, endDate, newGrid...).
    pub changes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportRejected {
    pub row: u32,
    pub reason: RejectReason,
    /// The offending value, as read.
    pub value: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub added: Vec<ImportRow>,
    pub changed: Vec<ImportRow>,
    pub unchanged: u32,
    pub rejected: Vec<ImportRejected>,
    /// Required columns the file lacks (community, grid, name, role): nothing can be imported.
    pub missing_columns: Vec<String>,
    /// True once the rows were written.
    pub applied: bool,
}

enum Outcome {
    Added(Vec<String>),
    Changed(Vec<String>),
    Unchanged,
}

/// Reads the file and shows what an import would do, writing nothing.
pub fn preview(
    session: &Session,
    bytes: &[u8],
    format: SheetFormat,
    today: NaiveDate,
) -> AppResult<ImportPreview> {
    let sheet = sheet::read(bytes, format)?;
    session.dry_run(|tx| run(tx, &sheet, today))
}

/// Imports the file: all rows or, if any is rejected or a column is missing, none.
pub fn apply(
    session: &Session,
    bytes: &[u8],
    format: SheetFormat,
    today: NaiveDate,
) -> AppResult<ImportPreview> {
    let sheet = sheet::read(bytes, format)?;
    // One pass: an error return rolls the whole transaction back, so a rejected row leaves
    // nothing behind.
    session.write(|tx| {
        let mut done = run(tx, &sheet, today)?;
        if !done.rejected.is_empty() || !done.missing_columns.is_empty() {
            return Err(AppError::new(
                ErrorCode::InvalidFile,
                format!(
                    "{} rows are rejected or columns are missing; nothing was imported",
                    done.rejected.len()
                ),
            ));
        }
        done.applied = true;
        Ok(done)
    })
}

fn read_file(path: &Path) -> AppResult<(Vec<u8>, SheetFormat)> {
    let format = SheetFormat::from_path(path)?;
    let bytes = std::fs::read(path).map_err(|e| {
        AppError::new(ErrorCode::InvalidFile, format!("{} cannot be read: {e}", path.display()))
    })?;
    Ok((bytes, format))
}

pub fn preview_file(session: &Session, path: &Path, today: NaiveDate) -> AppResult<ImportPreview> {
    let (bytes, format) = read_file(path)?;
    preview(session, &bytes, format, today)
}

pub fn apply_file(session: &Session, path: &Path, today: NaiveDate) -> AppResult<ImportPreview> {
    let (bytes, format) = read_file(path)?;
    apply(session, &bytes, format, today)
}

/// Exports to `path` (written whole, then renamed into place); returns the rows written.
pub fn export_file(session: &Session, path: &Path, format: SheetFormat) -> AppResult<u32> {
    let (bytes, rows) = session.read(|c| export_counted(c, format))?;
    crate::files::write_atomic(path, &bytes)?;
    Ok(rows)
}

fn run(tx: &WriteTx, sheet: &sheet::Sheet, today: NaiveDate) -> AppResult<ImportPreview> {
    let mut p = ImportPreview {
        added: vec![],
        changed: vec![],
        unchanged: 0,
        rejected: vec![],
        missing_columns: sheet.missing_columns.iter().map(|c| c.to_string()).collect(),
        applied: false,
    };
    if !p.missing_columns.is_empty() {
        return Ok(p);
    }
    let mut seen = HashSet::new();
    let communities: Vec<Community> =
        workstation::communities(tx.conn())?.into_iter().filter(|c| !c.archived).collect();
    // An import writes no roles, so each role name is looked up once, not once per row.
    let mut roles = HashMap::new();
    for r in &sheet.rows {
        let row = |changes| ImportRow {
            row: r.row as u32,
            community: r.community.clone(),
            grid: r.grid.clone(),
            name: r.name.clone(),
            role: r.role.clone(),
            changes,
        };
        match import_row(tx, r, today, &communities, &mut roles, &mut seen) {
            Ok(Outcome::Added(c)) => p.added.push(row(c)),
            Ok(Outcome::Changed(c)) => p.changed.push(row(c)),
            Ok(Outcome::Unchanged) => p.unchanged += 1,
            Err((reason, value)) => {
                p.rejected.push(ImportRejected { row: r.row as u32, reason, value })
            }
        }
    }
    Ok(p)
}

type Rejection = (RejectReason, String);

fn reject(reason: RejectReason, value: &str) -> Rejection {
    (reason, value.to_string())
}

/// Imports one row. A database error is a bug or a full disk: it stops the whole import.
fn import_row(
    tx: &WriteTx,
    r: &SheetRow,
    today: NaiveDate,
    communities: &[Community],
    roles: &mut HashMap<String, Option<i64>>,
    seen: &mut HashSet<(i64, i64, i64)>,
) -> Result<Outcome, Rejection> {
    let fatal = |e: AppError| (RejectReason::Invalid, e.message);
    if let Some(problem) = r.problems.first() {
        let (reason, value) = match problem {
            RowProblem::BadStartDate => (RejectReason::BadStartDate, ""),
            RowProblem::BadEndDate => (RejectReason::BadEndDate, ""),
            RowProblem::BadPhone => (RejectReason::BadPhone, r.phone.as_str()),
        };
        return Err(reject(reason, value));
    }
    for (value, reason) in [
        (&r.community, RejectReason::MissingCommunity),
        (&r.grid, RejectReason::MissingGrid),
        (&r.name, RejectReason::MissingName),
        (&r.role, RejectReason::MissingRole),
    ] {
        if value.is_empty() {
            return Err(reject(reason, ""));
        }
    }
    let conn = tx.conn();
    let community = communities
        .iter()
        .find(|c| c.name == r.community)
        .ok_or_else(|| reject(RejectReason::UnknownCommunity, &r.community))?;
    let role_id = match roles.get(&r.role) {
        Some(&known) => known,
        None => {
            let found = roles::find(conn, &r.role).map_err(fatal)?.map(|role| role.id);
            roles.insert(r.role.clone(), found);
            found
        }
    }
    .ok_or_else(|| reject(RejectReason::UnknownRole, &r.role))?;
    let start = r.start_date.clone().unwrap_or_else(|| today.to_string());
    if r.end_date.as_deref().is_some_and(|e| e < start.as_str()) {
        return Err(reject(RejectReason::EndBeforeStart, r.end_date.as_deref().unwrap_or("")));
    }

    let mut changes = Vec::new();
    let grid = match grids::find(conn, community.id, &r.grid).map_err(fatal)? {
        Some(g) => {
            if !r.grid_code.is_empty() && g.code != r.grid_code {
                let input = grids::GridInput {
                    community_id: g.community_id,
                    name: g.name.clone(),
                    code: r.grid_code.clone(),
                    area: g.area.clone(),
                };
                grids::update(tx, g.id, &input).map_err(invalid)?;
                changes.push("gridCode".to_string());
            }
            g
        }
        None => {
            let input = grids::GridInput {
                community_id: community.id,
                name: r.grid.clone(),
                code: r.grid_code.clone(),
                area: String::new(),
            };
            changes.push("newGrid".to_string());
            grids::create(tx, &input).map_err(invalid)?
        }
    };

    let wanted = PersonInput {
        name: r.name.clone(),
        organisation: r.organisation.clone(),
        party: r.party.clone(),
        phone: r.phone.clone(),
        notes: r.notes.clone(),
    };
    let person = match find_person(conn, &r.name, &r.phone).map_err(fatal)? {
        Some(p) => {
            // Empty cells keep what is stored: a thin sheet must not wipe a full record.
            let merged = PersonInput {
                name: p.name.clone(),
                organisation: keep(&wanted.organisation, &p.organisation),
                party: keep(&wanted.party, &p.party),
                phone: keep(&wanted.phone, &p.phone),
                notes: keep(&wanted.notes, &p.notes),
            };
            let current = PersonInput {
                name: p.name.clone(),
                organisation: p.organisation.clone(),
                party: p.party.clone(),
                phone: p.phone.clone(),
                notes: p.notes.clone(),
            };
            if merged != current {
                for (field, a, b) in [
                    ("organisation", &merged.organisation, &current.organisation),
                    ("party", &merged.party, &current.party),
                    ("phone", &merged.phone, &current.phone),
                    ("notes", &merged.notes, &current.notes),
                ] {
                    if a != b {
                        changes.push(field.to_string());
                    }
                }
                people::update(tx, p.id, &merged).map_err(invalid)?;
            }
            p
        }
        None => {
            changes.push("newPerson".to_string());
            people::create(tx, &wanted).map_err(invalid)?
        }
    };

    if !seen.insert((grid.id, person.id, role_id)) {
        return Err(reject(RejectReason::DuplicateRow, &r.name));
    }
    let input = AssignmentInput {
        grid_id: grid.id,
        person_id: person.id,
        role_id,
        start_date: start.clone(),
        end_date: r.end_date.clone(),
        duties: r.duties.clone(),
    };
    match assignments::find(conn, grid.id, person.id, role_id).map_err(fatal)? {
        None => {
            assignments::create(tx, &input).map_err(invalid)?;
            Ok(Outcome::Added(changes))
        }
        Some(a) => {
            // A missing start date in the file means "keep the stored one".
            let input = AssignmentInput {
                start_date: r.start_date.clone().unwrap_or(a.start_date.clone()),
                duties: keep(&r.duties, &a.duties),
                ..input
            };
            for (field, differs) in [
                ("startDate", input.start_date != a.start_date),
                ("endDate", input.end_date != a.end_date),
                ("duties", input.duties != a.duties),
            ] {
                if differs {
                    changes.push(field.to_string());
                }
            }
            if changes.is_empty() {
                return Ok(Outcome::Unchanged);
            }
            assignments::update(tx, a.id, &input).map_err(invalid)?;
            Ok(Outcome::Changed(changes))
        }
    }
}

fn invalid(e: AppError) -> Rejection {
    (RejectReason::Invalid, e.field.unwrap_or(e.message))
}

fn keep(new: &str, old: &str) -> String {
    if new.is_empty() { old } else { new }.to_string()
}

/// The same person: same name and phone digits; with no phone in the file, the one live person
/// of that name (two namesakes and no phone: a new person, the safe guess).
fn find_person(conn: &Connection, name: &str, phone: &str) -> AppResult<Option<people::Person>> {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let namesakes = people::by_name(conn, name)?;
    if phone.is_empty() {
        return Ok(if namesakes.len() == 1 { namesakes.into_iter().next() } else { None });
    }
    let want = digits(phone);
    if let Some(p) = namesakes.iter().find(|p| digits(&p.phone) == want) {
        return Ok(Some(p.clone()));
    }
    // A namesake with no phone yet is the same person getting one.
    let no_phone: Vec<_> = namesakes.into_iter().filter(|p| p.phone.is_empty()).collect();
    Ok(if no_phone.len() == 1 { no_phone.into_iter().next() } else { None })
}

/// Every live assignment as sheet rows, in roster order; returns the file bytes.
pub fn export(conn: &Connection, format: SheetFormat) -> AppResult<Vec<u8>> {
    Ok(export_counted(conn, format)?.0)
}

fn export_counted(conn: &Connection, format: SheetFormat) -> AppResult<(Vec<u8>, u32)> {
    let mut stmt = conn.prepare(
        "SELECT c.name, g.name, g.code, p.name, r.name, p.organisation, p.party, p.phone,
                a.start_date, a.end_date, a.duties, p.notes
         FROM assignment a
         JOIN grid g ON g.id = a.grid_id AND g.archived_at IS NULL
         JOIN community c ON c.id = g.community_id AND c.archived_at IS NULL
         JOIN person p ON p.id = a.person_id AND p.archived_at IS NULL
         JOIN grid_role r ON r.id = a.role_id
         WHERE a.archived_at IS NULL
         ORDER BY c.sort_order, g.sort_order, g.id, r.sort_order, a.start_date, a.id",
    )?;
    let rows = stmt.query_map([], |x| {
        Ok(SheetRow {
            row: 0,
            community: x.get(0)?,
            grid: x.get(1)?,
            grid_code: x.get(2)?,
            name: x.get(3)?,
            role: x.get(4)?,
            organisation: x.get(5)?,
            party: x.get(6)?,
            phone: x.get(7)?,
            start_date: x.get(8)?,
            end_date: x.get(9)?,
            duties: x.get(10)?,
            notes: x.get(11)?,
            problems: vec![],
        })
    })?;
    let rows: Vec<SheetRow> = rows.collect::<Result<_, _>>()?;
    Ok((sheet::write(&rows, format)?, rows.len() as u32))
}
