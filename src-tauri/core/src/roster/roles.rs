//! The grid role dictionary (网格长, 专职网格员, 城管队员...). Editable; `is_core` marks the "2".

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::archive::{self, Archivable};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub id: i64,
    pub name: String,
    pub is_core: bool,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleInput {
    pub name: String,
    pub is_core: bool,
}

fn from_row(r: &Row) -> rusqlite::Result<Role> {
    Ok(Role { id: r.get(0)?, name: r.get(1)?, is_core: r.get(2)?, archived: r.get(3)? })
}

const COLUMNS: &str = "id, name, is_core, archived_at IS NOT NULL";

pub fn get(conn: &Connection, id: i64) -> AppResult<Role> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM grid_role WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("role"))
}

/// Live roles in dictionary order (core roles first by their order).
pub fn list(conn: &Connection) -> AppResult<Vec<Role>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM grid_role WHERE archived_at IS NULL ORDER BY sort_order, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn find(conn: &Connection, name: &str) -> AppResult<Option<Role>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grid_role WHERE name = ?1 AND archived_at IS NULL"
        ))?
        .query_row([name], from_row)
        .optional()?)
}

fn validated(conn: &Connection, input: &RoleInput, except: Option<i64>) -> AppResult<RoleInput> {
    let name = validate::required("name", &input.name, 20)?;
    if let Some(other) = find(conn, &name)? {
        if Some(other.id) != except {
            return Err(AppError::invalid("name", Reason::Duplicate));
        }
    }
    Ok(RoleInput { name, is_core: input.is_core })
}

pub fn create(tx: &WriteTx, input: &RoleInput) -> AppResult<Role> {
    let v = validated(tx.conn(), input, None)?;
    tx.conn().execute(
        "INSERT INTO grid_role (name, is_core, sort_order, created_at, created_by, updated_at,
                                updated_by)
         VALUES (?1, ?2, (SELECT coalesce(max(sort_order), 0) + 1 FROM grid_role), ?3, ?4, ?3, ?4)",
        params![v.name, v.is_core, tx.now(), tx.actor()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "grid_role", Some(id.to_string()), None::<&()>, Some(&v))?;
    get(tx.conn(), id)
}

pub fn update(tx: &WriteTx, id: i64, input: &RoleInput) -> AppResult<Role> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("role"));
    }
    let v = validated(tx.conn(), input, Some(id))?;
    tx.conn().execute(
        "UPDATE grid_role SET name = ?1, is_core = ?2, updated_at = ?3, updated_by = ?4
         WHERE id = ?5",
        params![v.name, v.is_core, tx.now(), tx.actor(), id],
    )?;
    tx.log("update", "grid_role", Some(id.to_string()), Some(&before), Some(&v))?;
    get(tx.conn(), id)
}

/// Archives a role. Refused while live assignments use it: they would lose their meaning.
pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    let used: i64 = tx
        .conn()
        .prepare_cached(
            "SELECT count(*) FROM assignment WHERE role_id = ?1 AND archived_at IS NULL",
        )?
        .query_row([id], |r| r.get(0))?;
    if used > 0 {
        return Err(AppError::new(
            crate::error::ErrorCode::Conflict,
            format!("the role is used by {used} current assignments"),
        ));
    }
    archive::archive(tx, Archivable::Role, id)
}
