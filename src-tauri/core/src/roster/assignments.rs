//! Assignments: a person serves a grid in a role for a term (from, optional to), with duties.
//! Ending a term keeps the row (history); archiving removes a mistaken entry from the lists.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{grids, parse_date, people, roles};
use crate::archive::{self, Archivable};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Assignment {
    pub id: i64,
    pub grid_id: i64,
    pub person_id: i64,
    pub role_id: i64,
    pub start_date: String,
    pub end_date: Option<String>,
    pub duties: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssignmentInput {
    pub grid_id: i64,
    pub person_id: i64,
    pub role_id: i64,
    /// `YYYY-MM-DD`.
    pub start_date: String,
    /// `YYYY-MM-DD`, inclusive; none while the term is open.
    pub end_date: Option<String>,
    pub duties: String,
}

const COLUMNS: &str =
    "id, grid_id, person_id, role_id, start_date, end_date, duties, archived_at IS NOT NULL";

fn from_row(r: &Row) -> rusqlite::Result<Assignment> {
    Ok(Assignment {
        id: r.get(0)?,
        grid_id: r.get(1)?,
        person_id: r.get(2)?,
        role_id: r.get(3)?,
        start_date: r.get(4)?,
        end_date: r.get(5)?,
        duties: r.get(6)?,
        archived: r.get(7)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> AppResult<Assignment> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM assignment WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("assignment"))
}

/// The live assignment of this person to this grid in this role, if any.
pub fn find(conn: &Connection, grid: i64, person: i64, role: i64) -> AppResult<Option<Assignment>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assignment WHERE grid_id = ?1 AND person_id = ?2
                 AND role_id = ?3 AND archived_at IS NULL"
        ))?
        .query_row(params![grid, person, role], from_row)
        .optional()?)
}

fn validated(conn: &Connection, input: &AssignmentInput) -> AppResult<AssignmentInput> {
    let live = |archived: bool, field: &str| {
        if archived {
            Err(AppError::invalid(field, Reason::Invalid))
        } else {
            Ok(())
        }
    };
    live(grids::get(conn, input.grid_id)?.archived, "gridId")?;
    live(people::get(conn, input.person_id)?.archived, "personId")?;
    live(roles::get(conn, input.role_id)?.archived, "roleId")?;
    let start = parse_date("startDate", &input.start_date)?;
    let end = match input.end_date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(e) => Some(parse_date("endDate", e)?),
        None => None,
    };
    if end.is_some_and(|e| e < start) {
        return Err(AppError::invalid("endDate", Reason::Invalid));
    }
    Ok(AssignmentInput {
        grid_id: input.grid_id,
        person_id: input.person_id,
        role_id: input.role_id,
        start_date: start.to_string(),
        end_date: end.map(|e| e.to_string()),
        duties: validate::optional("duties", &input.duties, 500)?,
    })
}

pub fn create(tx: &WriteTx, input: &AssignmentInput) -> AppResult<Assignment> {
    let v = validated(tx.conn(), input)?;
    if find(tx.conn(), v.grid_id, v.person_id, v.role_id)?.is_some() {
        return Err(AppError::invalid("personId", Reason::Duplicate));
    }
    tx.conn().execute(
        "INSERT INTO assignment (grid_id, person_id, role_id, start_date, end_date, duties,
                                 created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8)",
        params![
            v.grid_id,
            v.person_id,
            v.role_id,
            v.start_date,
            v.end_date,
            v.duties,
            tx.now(),
            tx.actor()
        ],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "assignment", Some(id.to_string()), None::<&()>, Some(&v))?;
    get(tx.conn(), id)
}

pub fn update(tx: &WriteTx, id: i64, input: &AssignmentInput) -> AppResult<Assignment> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("assignment"));
    }
    let v = validated(tx.conn(), input)?;
    if let Some(other) = find(tx.conn(), v.grid_id, v.person_id, v.role_id)? {
        if other.id != id {
            return Err(AppError::invalid("personId", Reason::Duplicate));
        }
    }
    tx.conn().execute(
        "UPDATE assignment SET grid_id = ?1, person_id = ?2, role_id = ?3, start_date = ?4,
                end_date = ?5, duties = ?6, updated_at = ?7, updated_by = ?8 WHERE id = ?9",
        params![
            v.grid_id,
            v.person_id,
            v.role_id,
            v.start_date,
            v.end_date,
            v.duties,
            tx.now(),
            tx.actor(),
            id
        ],
    )?;
    tx.log("update", "assignment", Some(id.to_string()), Some(&before), Some(&v))?;
    get(tx.conn(), id)
}

pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    archive::archive(tx, Archivable::Assignment, id)
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonAssignment {
    pub assignment: Assignment,
    pub grid_name: String,
    pub community_name: String,
    pub role_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonDetail {
    pub person: people::Person,
    /// Every assignment, current and past, newest first: the person's history.
    pub assignments: Vec<PersonAssignment>,
}

pub fn person_detail(conn: &Connection, person_id: i64) -> AppResult<PersonDetail> {
    let person = people::get(conn, person_id)?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {cols}, g.name, c.name, r.name
         FROM assignment a
         JOIN grid g ON g.id = a.grid_id
         JOIN community c ON c.id = g.community_id
         JOIN grid_role r ON r.id = a.role_id
         WHERE a.person_id = ?1 ORDER BY a.start_date DESC, a.id DESC",
        cols = COLUMNS.split(", ").map(|c| format!("a.{c}")).collect::<Vec<_>>().join(", ")
    ))?;
    let rows = stmt.query_map([person_id], |r| {
        Ok(PersonAssignment {
            assignment: from_row(r)?,
            grid_name: r.get(8)?,
            community_name: r.get(9)?,
            role_name: r.get(10)?,
        })
    })?;
    Ok(PersonDetail { person, assignments: rows.collect::<Result<_, _>>()? })
}
