//! The working calendar stored in the database: public holidays and make-up working days.
//! Shipped rows (`holidays::shipped`) are written by the migration; users edit them in Settings.

use rusqlite::{params, Connection};

use super::parse_date;
use super::schedule::{DayKind, Holiday};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult};
use crate::validate;

fn kind_text(k: DayKind) -> &'static str {
    match k {
        DayKind::Holiday => "holiday",
        DayKind::Workday => "workday",
    }
}

fn query(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> AppResult<Vec<Holiday>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(p, |r| {
        let kind: String = r.get(1)?;
        Ok(Holiday {
            date: r.get(0)?,
            kind: if kind == "workday" { DayKind::Workday } else { DayKind::Holiday },
            name: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn live(conn: &Connection) -> AppResult<Vec<Holiday>> {
    query(conn, "SELECT date, kind, name FROM holiday WHERE archived_at IS NULL ORDER BY date", [])
}

pub fn year(conn: &Connection, year: i32) -> AppResult<Vec<Holiday>> {
    query(
        conn,
        "SELECT date, kind, name FROM holiday WHERE archived_at IS NULL AND substr(date, 1, 4) = ?1
         ORDER BY date",
        [format!("{year:04}")],
    )
}

/// Writes the shipped calendar inside the migration's transaction (no change-log entry: it is
/// the app's data, not an operator's change).
pub fn seed(conn: &Connection) -> AppResult<()> {
    for h in super::holidays::shipped() {
        conn.execute(
            "INSERT OR IGNORE INTO holiday (date, kind, name, updated_at, updated_by)
             VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system')",
            params![h.date, kind_text(h.kind), h.name],
        )?;
    }
    Ok(())
}

/// Adds or changes one day of the calendar; returns that year's calendar.
pub fn set(tx: &WriteTx, h: &Holiday) -> AppResult<Vec<Holiday>> {
    let date = parse_date("date", &h.date)?;
    let name = validate::required("name", &h.name, 40)?;
    let before = query(
        tx.conn(),
        "SELECT date, kind, name FROM holiday WHERE date = ?1",
        [date.to_string()],
    )?;
    tx.conn().execute(
        "INSERT INTO holiday (date, kind, name, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (date) DO UPDATE SET kind = ?2, name = ?3, archived_at = NULL,
             updated_at = ?4, updated_by = ?5",
        params![date.to_string(), kind_text(h.kind), name, tx.now(), tx.actor()],
    )?;
    tx.log("update", "holiday", Some(date.to_string()), before.first(), Some(h))?;
    year(tx.conn(), chrono::Datelike::year(&date))
}

/// Takes a day out of the calendar (archived: the change log and undo keep it).
pub fn remove(tx: &WriteTx, date: &str) -> AppResult<()> {
    let date = parse_date("date", date)?;
    let n = tx.conn().execute(
        "UPDATE holiday SET archived_at = ?1, updated_at = ?1, updated_by = ?2
         WHERE date = ?3 AND archived_at IS NULL",
        params![tx.now(), tx.actor(), date.to_string()],
    )?;
    if n == 0 {
        return Err(AppError::not_found("holiday"));
    }
    tx.log("archive", "holiday", Some(date.to_string()), None::<&()>, None::<&()>)?;
    Ok(())
}
