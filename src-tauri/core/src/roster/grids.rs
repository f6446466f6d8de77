//! Grids (网格) of a community: name, code, area description and an optional map image.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::archive::{self, Archivable};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Grid {
    pub id: i64,
    pub community_id: i64,
    pub name: String,
    pub code: String,
    pub area: String,
    pub map_image: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GridInput {
    pub community_id: i64,
    pub name: String,
    pub code: String,
    pub area: String,
}

const COLUMNS: &str = "id, community_id, name, code, area, map_image, archived_at IS NOT NULL";

fn from_row(r: &Row) -> rusqlite::Result<Grid> {
    Ok(Grid {
        id: r.get(0)?,
        community_id: r.get(1)?,
        name: r.get(2)?,
        code: r.get(3)?,
        area: r.get(4)?,
        map_image: r.get(5)?,
        archived: r.get(6)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> AppResult<Grid> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM grid WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("grid"))
}

/// Live grids, by community and order.
pub fn list(conn: &Connection, community_id: Option<i64>) -> AppResult<Vec<Grid>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM grid WHERE archived_at IS NULL AND (?1 IS NULL OR community_id = ?1)
         ORDER BY community_id, sort_order, id"
    ))?;
    let rows = stmt.query_map([community_id], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The live grid of that name in that community, if any.
pub fn find(conn: &Connection, community_id: i64, name: &str) -> AppResult<Option<Grid>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM grid WHERE community_id = ?1 AND name = ?2
                 AND archived_at IS NULL"
        ))?
        .query_row(params![community_id, name], from_row)
        .optional()?)
}

fn validated(conn: &Connection, input: &GridInput, except: Option<i64>) -> AppResult<GridInput> {
    let live: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
        )?
        .query_row([input.community_id], |r| r.get(0))?;
    if !live {
        return Err(AppError::invalid("communityId", Reason::Invalid));
    }
    let v = GridInput {
        community_id: input.community_id,
        name: validate::required("name", &input.name, 40)?,
        code: validate::optional("code", &input.code, 30)?,
        area: validate::optional("area", &input.area, 500)?,
    };
    if let Some(other) = find(conn, v.community_id, &v.name)? {
        if Some(other.id) != except {
            return Err(AppError::invalid("name", Reason::Duplicate));
        }
    }
    Ok(v)
}

pub fn create(tx: &WriteTx, input: &GridInput) -> AppResult<Grid> {
    let v = validated(tx.conn(), input, None)?;
    tx.conn().execute(
        "INSERT INTO grid (community_id, name, code, area, sort_order,
                           created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4,
                 (SELECT coalesce(max(sort_order), 0) + 1 FROM grid WHERE community_id = ?1),
                 ?5, ?6, ?5, ?6)",
        params![v.community_id, v.name, v.code, v.area, tx.now(), tx.actor()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "grid", Some(id.to_string()), None::<&()>, Some(&v))?;
    get(tx.conn(), id)
}

pub fn update(tx: &WriteTx, id: i64, input: &GridInput) -> AppResult<Grid> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("grid"));
    }
    let v = validated(tx.conn(), input, Some(id))?;
    tx.conn().execute(
        "UPDATE grid SET community_id = ?1, name = ?2, code = ?3, area = ?4,
                updated_at = ?5, updated_by = ?6 WHERE id = ?7",
        params![v.community_id, v.name, v.code, v.area, tx.now(), tx.actor(), id],
    )?;
    tx.log("update", "grid", Some(id.to_string()), Some(&before), Some(&v))?;
    get(tx.conn(), id)
}

pub fn set_map_image(tx: &WriteTx, id: i64, image: Option<&str>) -> AppResult<Grid> {
    let before = get(tx.conn(), id)?;
    tx.conn().execute(
        "UPDATE grid SET map_image = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?4",
        params![image, tx.now(), tx.actor(), id],
    )?;
    tx.log("update", "grid", Some(id.to_string()), Some(&before.map_image), Some(&image))?;
    get(tx.conn(), id)
}

/// Archives the grid and its live assignments: the grid leaves the roster, its history stays.
pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    archive::archive(tx, Archivable::Grid, id)?;
    let ids: Vec<i64> = {
        let mut stmt = tx
            .conn()
            .prepare("SELECT id FROM assignment WHERE grid_id = ?1 AND archived_at IS NULL")?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for a in ids {
        archive::archive(tx, Archivable::Assignment, a)?;
    }
    Ok(())
}
