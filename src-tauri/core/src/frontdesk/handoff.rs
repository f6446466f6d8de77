//! The end-of-day handoff (交接班) and the work log (工作日志). The app drafts a day's numbers from
//! the visits, the case timeline and the duty schedule; staff write the text (the window drafts
//! it from the numbers in their language), save and sign it off. A signed day is frozen.

use chrono::{Local, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};

use super::model::{DaySummary, DutyLine, Handling, HandlingCount, Worklog, WorklogInput};
use crate::access::roles::Perm;
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

pub(crate) fn parse_day(field: &str, v: &str) -> AppResult<NaiveDate> {
    NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid(field, Reason::Invalid))
}

fn count(conn: &Connection, sql: &str, from: &str, to: &str) -> AppResult<i64> {
    Ok(conn.query_row(sql, [from, to], |r| r.get(0))?)
}

/// The numbers of `day`, counted from the records themselves.
pub fn summary(conn: &Connection, day: NaiveDate) -> AppResult<DaySummary> {
    let from = day.to_string();
    let to = day.succ_opt().unwrap_or(day).to_string();
    let mut by_handling = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT handling, count(*) FROM visit WHERE visited_at >= ?1 AND visited_at < ?2
             AND archived_at IS NULL GROUP BY handling",
    )?;
    let counted: Vec<(String, i64)> =
        stmt.query_map([&from, &to], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    for h in Handling::ALL {
        let n = counted.iter().find(|(k, _)| k == h.as_str()).map_or(0, |(_, n)| *n);
        by_handling.push(HandlingCount { handling: h, count: n });
    }
    let events = |step: &str| {
        count(
            conn,
            &format!(
                "SELECT count(*) FROM case_event WHERE at >= ?1 AND at < ?2 AND step = '{step}'"
            ),
            &from,
            &to,
        )
    };
    // End of the day, or now for a day still running.
    let now = crate::context::now();
    let cutoff = if to < now { to.clone() } else { now };
    Ok(DaySummary {
        day: from.clone(),
        visits: by_handling.iter().map(|h| h.count).sum(),
        by_handling,
        visits_to_cases: count(
            conn,
            "SELECT count(*) FROM visit WHERE visited_at >= ?1 AND visited_at < ?2
                 AND archived_at IS NULL AND case_id IS NOT NULL",
            &from,
            &to,
        )?,
        cases_opened: count(
            conn,
            "SELECT count(*) FROM cases WHERE registered_at >= ?1 AND registered_at < ?2
                 AND archived_at IS NULL",
            &from,
            &to,
        )?,
        cases_closed: count(
            conn,
            "SELECT count(*) FROM case_event WHERE at >= ?1 AND at < ?2 AND to_status = 'closed'
                 AND coalesce(from_status, '') != 'closed'",
            &from,
            &to,
        )?,
        rechecks_passed: events("recheck_pass")?,
        rechecks_failed: events("recheck_fail")?,
        overdue: conn.query_row(
            "SELECT count(*) FROM cases WHERE status IN
                 ('registered', 'assigned', 'persuading', 'rectified')
                 AND due_at < ?1 AND registered_at < ?1 AND archived_at IS NULL",
            [&cutoff],
            |r| r.get(0),
        )?,
        duty: duty_lines(conn, day)?,
    })
}

fn duty_lines(conn: &Connection, day: NaiveDate) -> AppResult<Vec<DutyLine>> {
    let schedule = crate::duty::view::schedule(conn, day, day, None, None)?;
    let mut lines = Vec::new();
    for shift in &schedule.shifts {
        for p in &shift.people {
            let arrived = p.attendance.as_ref().and_then(|a| a.arrived_at.clone());
            lines.push(DutyLine {
                name: p.name.clone(),
                shift: super::model::shift_label(shift),
                start_time: shift.start_time.clone(),
                end_time: shift.end_time.clone(),
                late: arrived.as_deref().is_some_and(|a| a > shift.start_time.as_str()),
                arrived_at: arrived,
                no_show: p.attendance.as_ref().is_some_and(|a| a.no_show),
            });
        }
    }
    Ok(lines)
}

fn stored(conn: &Connection, day: &str) -> AppResult<Option<Worklog>> {
    conn.query_row(
        "SELECT summary, text, updated_by, updated_at, signed_by, signed_at FROM worklog
         WHERE day = ?1",
        [day],
        |r| {
            let summary: String = r.get(0)?;
            Ok((summary, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        },
    )
    .optional()?
    .map(|(summary, text, updated_by, updated_at, signed_by, signed_at)| {
        let summary: DaySummary = serde_json::from_str(&summary)
            .map_err(|e| AppError::internal(format!("bad stored worklog summary: {e}")))?;
        Ok(Worklog {
            day: day.to_string(),
            summary,
            text,
            saved: true,
            updated_by: Some(updated_by),
            updated_at: Some(updated_at),
            signed_by,
            signed_at,
        })
    })
    .transpose()
}

fn not_future(day: NaiveDate) -> AppResult<()> {
    if day > Local::now().date_naive() {
        return Err(AppError::invalid("day", Reason::Invalid));
    }
    Ok(())
}

/// The day's entry: the signed one as it was signed; otherwise the saved text over fresh
/// numbers, or a new draft with no text.
pub fn get(s: &Session, day: &str) -> AppResult<Worklog> {
    s.caller().require(Perm::VisitView)?;
    let day = parse_day("day", day)?;
    not_future(day)?;
    s.read(|conn| {
        // A signed day keeps the numbers it was signed with; only a draft is counted afresh.
        Ok(match stored(conn, &day.to_string())? {
            Some(w) if w.signed_at.is_some() => w,
            Some(w) => Worklog { summary: summary(conn, day)?, ..w },
            None => Worklog {
                day: day.to_string(),
                summary: summary(conn, day)?,
                text: String::new(),
                saved: false,
                updated_by: None,
                updated_at: None,
                signed_by: None,
                signed_at: None,
            },
        })
    })
}

pub(crate) fn write(tx: &WriteTx, input: &WorklogInput, sign: bool) -> AppResult<()> {
    let day = parse_day("day", &input.day)?;
    not_future(day)?;
    let text = validate::optional("text", &input.text, 8000)?;
    if sign && text.is_empty() {
        return Err(AppError::invalid("text", Reason::Required));
    }
    let key = day.to_string();
    let before = stored(tx.conn(), &key)?;
    if before.as_ref().is_some_and(|w| w.signed_at.is_some()) {
        return Err(AppError::new(ErrorCode::Conflict, "this day's work log is signed and frozen"));
    }
    let summary = serde_json::to_string(&summary(tx.conn(), day)?)
        .map_err(|e| AppError::internal(e.to_string()))?;
    let (signed_by, signed_at) =
        if sign { (Some(tx.actor()), Some(tx.now())) } else { (None, None) };
    tx.conn().execute(
        "INSERT INTO worklog (day, summary, text, updated_by, updated_at, signed_by, signed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (day) DO UPDATE SET summary = ?2, text = ?3, updated_by = ?4,
             updated_at = ?5, signed_by = ?6, signed_at = ?7",
        params![key, summary, text, tx.actor(), tx.now(), signed_by, signed_at],
    )?;
    let action = if sign { "sign" } else { "save" };
    tx.log(action, "worklog", Some(key), before.map(|w| w.text).as_ref(), Some(&text))
}

/// Saves the day's text as a draft.
pub fn save(s: &Session, input: &WorklogInput) -> AppResult<Worklog> {
    s.caller().require(Perm::WorklogSign)?;
    s.write(|tx| write(tx, input, false))?;
    get(s, &input.day)
}

/// Signs the day off: the numbers and text are frozen as they are now.
pub fn sign(s: &Session, input: &WorklogInput) -> AppResult<Worklog> {
    s.caller().require(Perm::WorklogSign)?;
    s.write(|tx| write(tx, input, true))?;
    get(s, &input.day)
}

/// Saved entries between two days, oldest first (for the record book and its export).
pub fn list(s: &Session, from: NaiveDate, to: NaiveDate) -> AppResult<Vec<Worklog>> {
    s.caller().require(Perm::VisitView)?;
    if to < from {
        return Err(AppError::invalid("to", Reason::Invalid));
    }
    s.read(|conn| {
        let mut stmt =
            conn.prepare("SELECT day FROM worklog WHERE day >= ?1 AND day <= ?2 ORDER BY day")?;
        let days: Vec<String> = stmt
            .query_map([from.to_string(), to.to_string()], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        days.iter().filter_map(|d| stored(conn, d).transpose()).collect()
    })
}
