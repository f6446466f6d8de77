//! Attendance for a duty: arrival and departure times, or a no-show with its reason.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{parse_date, parse_time};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::roster::people;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendance {
    pub date: String,
    pub rule_id: Option<i64>,
    pub person_id: i64,
    pub arrived_at: Option<String>,
    pub left_at: Option<String>,
    pub no_show: bool,
    pub reason: String,
}

pub fn in_range(conn: &Connection, from: &str, to: &str) -> AppResult<Vec<Attendance>> {
    let mut stmt = conn.prepare(
        "SELECT date, rule_key, person_id, arrived_at, left_at, no_show, reason
         FROM duty_attendance WHERE date BETWEEN ?1 AND ?2 ORDER BY date, rule_key, person_id",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        let key: i64 = r.get(1)?;
        Ok(Attendance {
            date: r.get(0)?,
            rule_id: (key != 0).then_some(key),
            person_id: r.get(2)?,
            arrived_at: r.get(3)?,
            left_at: r.get(4)?,
            no_show: r.get(5)?,
            reason: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Records (or corrects) one person's attendance for one duty.
pub fn mark(tx: &WriteTx, a: &Attendance) -> AppResult<Attendance> {
    let date = parse_date("date", &a.date)?;
    if people::get(tx.conn(), a.person_id)?.archived {
        return Err(AppError::invalid("personId", Reason::Invalid));
    }
    let time = |field: &str, v: &Option<String>| -> AppResult<Option<String>> {
        match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(t) => Ok(Some(parse_time(field, t)?.format("%H:%M").to_string())),
            None => Ok(None),
        }
    };
    let arrived = time("arrivedAt", &a.arrived_at)?;
    let left = time("leftAt", &a.left_at)?;
    if a.no_show && (arrived.is_some() || left.is_some()) {
        return Err(AppError::invalid("noShow", Reason::Invalid));
    }
    if left.is_some() && arrived.as_ref().is_none_or(|x| Some(x) > left.as_ref()) {
        return Err(AppError::invalid("leftAt", Reason::Invalid));
    }
    let reason = validate::optional("reason", &a.reason, 200)?;
    let v = Attendance {
        date: date.to_string(),
        rule_id: a.rule_id,
        person_id: a.person_id,
        arrived_at: arrived,
        left_at: left,
        no_show: a.no_show,
        reason,
    };
    tx.conn().execute(
        "INSERT INTO duty_attendance (date, rule_key, person_id, arrived_at, left_at, no_show,
             reason, created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9)
         ON CONFLICT (date, rule_key, person_id) DO UPDATE SET arrived_at = ?4, left_at = ?5,
             no_show = ?6, reason = ?7, updated_at = ?8, updated_by = ?9",
        params![
            v.date,
            v.rule_id.unwrap_or(0),
            v.person_id,
            v.arrived_at,
            v.left_at,
            v.no_show,
            v.reason,
            tx.now(),
            tx.actor()
        ],
    )?;
    let key = format!("{}/{}/{}", v.date, v.rule_id.unwrap_or(0), v.person_id);
    tx.log("update", "duty_attendance", Some(key), None::<&()>, Some(&v))?;
    Ok(v)
}

/// Marks attendance for the session's caller: an officer marks only their own duties; the desk
/// and administrators mark anyone's.
pub fn mark_by(s: &crate::context::Session, a: &Attendance) -> AppResult<Attendance> {
    let caller = s.caller();
    if caller.role == crate::access::roles::OperatorRole::Officer
        && caller.person_id != Some(a.person_id)
    {
        return Err(AppError::new(
            crate::error::ErrorCode::Forbidden,
            "an officer marks only their own attendance",
        ));
    }
    s.write(|tx| mark(tx, a))
}
