//! The visit log (接待记录): every walk-in and call at the desk, how it was handled, and the
//! case it became. Visitors' names and phones are masked wherever visits are listed; the full
//! contact is an audited reveal, as for case reporters.

use chrono::Local;
use rusqlite::{params, Connection, Row};

use super::model::{
    Handling, Visit, VisitChannel, VisitContact, VisitInput, VisitPage, VisitQuery,
};
use crate::access::mask::{mask_name, mask_phone};
use crate::access::roles::Perm;
use crate::cases::intake::parse_reported;
use crate::cases::list::COUNT_CAP;
use crate::cases::model::CaseInput;
use crate::cases::{search, stamp};
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;
use crate::validate::optional_day;

const COLUMNS: &str = "v.id, v.channel, v.visited_at, v.visitor_name, v.visitor_phone,
    v.community_id, m.name, v.topic, v.handling, v.outcome, v.case_id, c.number, v.recorded_by,
    v.archived_at, v.archive_reason";
const JOINS: &str = "FROM visit v LEFT JOIN community m ON m.id = v.community_id
    LEFT JOIN cases c ON c.id = v.case_id";

fn visit_from_row(r: &Row) -> rusqlite::Result<Visit> {
    let handling: String = r.get(8)?;
    Ok(Visit {
        id: r.get(0)?,
        channel: VisitChannel::parse(&r.get::<_, String>(1)?),
        visited_at: r.get(2)?,
        visitor_name: mask_name(&r.get::<_, String>(3)?),
        visitor_phone: mask_phone(&r.get::<_, String>(4)?),
        community_id: r.get(5)?,
        community_name: r.get(6)?,
        topic: r.get(7)?,
        handling: Handling::parse(&handling).unwrap_or(Handling::Explained),
        outcome: r.get(9)?,
        case_id: r.get(10)?,
        case_number: r.get(11)?,
        recorded_by: r.get(12)?,
        archived: r.get::<_, Option<String>>(13)?.is_some(),
        archive_reason: r.get(14)?,
    })
}

struct Clean {
    visited_at: String,
    name: String,
    phone: String,
    topic: String,
    outcome: String,
}

fn clean(conn: &Connection, input: &VisitInput) -> AppResult<Clean> {
    let now = Local::now().naive_local();
    let at = parse_reported(&input.visited_at, now)
        .map_err(|_| AppError::invalid("visitedAt", Reason::Invalid))?;
    if let Some(id) = input.community_id {
        let ok: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
            [id],
            |r| r.get(0),
        )?;
        if !ok {
            return Err(AppError::invalid("communityId", Reason::Invalid));
        }
    }
    Ok(Clean {
        visited_at: stamp(at),
        name: validate::optional("visitorName", &input.visitor_name, 40)?,
        phone: validate::phone("visitorPhone", &input.visitor_phone)?,
        topic: validate::required("topic", &input.topic, 1000)?,
        outcome: validate::optional("outcome", &input.outcome, 1000)?,
    })
}

/// What a visit is found by: the visitor, the topic, the outcome and the case it became.
const SEARCH_TEXT: &str = "SELECT v.id, v.visitor_name || ' ' || v.topic || ' ' || v.outcome
    || ' ' || coalesce(c.number, '') FROM visit v LEFT JOIN cases c ON c.id = v.case_id";

fn reindex(conn: &Connection, id: i64) -> AppResult<()> {
    let text: String =
        conn.query_row(&format!("{SEARCH_TEXT} WHERE v.id = ?1"), [id], |r| r.get(1))?;
    conn.execute("DELETE FROM visit_fts WHERE rowid = ?1", [id])?;
    conn.execute(
        "INSERT INTO visit_fts (rowid, tokens) VALUES (?1, ?2)",
        params![id, search::index_tokens(&text)],
    )?;
    Ok(())
}

/// Fills an empty `visit_fts` from every visit (a migration that changed the tokens).
pub(crate) fn reindex_all(conn: &Connection) -> AppResult<()> {
    search::reindex_all(conn, search::Table::Visits, SEARCH_TEXT)
}

pub(crate) fn insert(tx: &WriteTx, input: &VisitInput) -> AppResult<i64> {
    let c = clean(tx.conn(), input)?;
    tx.conn().execute(
        "INSERT INTO visit (visited_at, channel, visitor_name, visitor_phone, community_id,
             topic, handling, outcome, recorded_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            c.visited_at,
            input.channel.as_str(),
            c.name,
            c.phone,
            input.community_id,
            c.topic,
            input.handling.as_str(),
            c.outcome,
            tx.actor(),
            tx.now()
        ],
    )?;
    let id = tx.conn().last_insert_rowid();
    reindex(tx.conn(), id)?;
    // The log keeps what happened, not who called: the contact stays out of the audit trail.
    let logged = serde_json::json!({"topic": c.topic, "handling": input.handling.as_str()});
    tx.log("create", "visit", Some(id.to_string()), None::<&()>, Some(&logged))?;
    Ok(id)
}

pub fn create(s: &Session, input: &VisitInput) -> AppResult<i64> {
    s.caller().require(Perm::VisitLog)?;
    s.write(|tx| insert(tx, input))
}

fn fetch(conn: &Connection, id: i64) -> AppResult<Visit> {
    conn.query_row(&format!("SELECT {COLUMNS} {JOINS} WHERE v.id = ?1"), [id], visit_from_row)
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => AppError::not_found("visit"),
            other => other.into(),
        })
}

pub fn get(s: &Session, id: i64) -> AppResult<Visit> {
    s.caller().require(Perm::VisitView)?;
    s.read(|c| fetch(c, id))
}

/// The full name and phone, written to the audit trail.
pub fn reveal_contact(s: &Session, id: i64) -> AppResult<VisitContact> {
    s.caller().require(Perm::PersonalData)?;
    s.caller().require(Perm::VisitView)?;
    s.write(|tx| {
        let contact = tx
            .conn()
            .query_row("SELECT visitor_name, visitor_phone FROM visit WHERE id = ?1", [id], |r| {
                Ok(VisitContact { visitor_name: r.get(0)?, visitor_phone: r.get(1)? })
            })
            .map_err(|_| AppError::not_found("visit"))?;
        tx.log("unmask", "visit", Some(id.to_string()), None::<&()>, None::<&()>)?;
        Ok(contact)
    })
}

/// Archives a visit logged by mistake; it stays readable with its reason.
pub fn archive(s: &Session, id: i64, reason: &str) -> AppResult<()> {
    s.caller().require(Perm::VisitLog)?;
    let reason = validate::required("reason", reason, 200)?;
    s.write(|tx| {
        let n = tx.conn().execute(
            "UPDATE visit SET archived_at = ?2, archive_reason = ?3
             WHERE id = ?1 AND archived_at IS NULL",
            params![id, tx.now(), reason],
        )?;
        if n == 0 {
            fetch(tx.conn(), id)?;
            return Err(AppError::new(ErrorCode::Conflict, "this visit is already archived"));
        }
        tx.log("archive", "visit", Some(id.to_string()), None::<&()>, Some(&reason))
    })
}

/// "Make a case from this visit": the case is created and the visit points to it, in one
/// transaction. A visit that already became a case is refused.
pub fn to_case(s: &Session, visit_id: i64, input: &CaseInput) -> AppResult<i64> {
    s.caller().require(Perm::VisitLog)?;
    s.caller().require(Perm::CaseIntake)?;
    let now = Local::now().naive_local();
    s.read(|c| crate::cases::intake::clean(c, input, now).map(|_| ()))?;
    let photos = crate::cases::intake::save_photos(s, &input.photos, "before")?;
    s.write(|tx| {
        let visit = fetch(tx.conn(), visit_id)?;
        if visit.archived {
            return Err(AppError::new(ErrorCode::Conflict, "this visit is archived"));
        }
        if visit.case_id.is_some() {
            return Err(AppError::new(ErrorCode::Conflict, "this visit already became a case"));
        }
        // The visitor is the reporter unless the desk typed someone else (the list only ever
        // showed the masked contact, so the window cannot send it).
        let mut input = input.clone();
        if !input.anonymous
            && input.reporter_name.trim().is_empty()
            && input.reporter_phone.trim().is_empty()
        {
            let (name, phone): (String, String) = tx.conn().query_row(
                "SELECT visitor_name, visitor_phone FROM visit WHERE id = ?1",
                [visit_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            input.reporter_name = name;
            input.reporter_phone = phone;
        }
        let case_id = crate::cases::intake::insert(tx, &input, now, &photos)?;
        tx.conn()
            .execute("UPDATE visit SET case_id = ?2 WHERE id = ?1", params![visit_id, case_id])?;
        reindex(tx.conn(), visit_id)?;
        tx.log("to_case", "visit", Some(visit_id.to_string()), None::<&()>, Some(&case_id))?;
        Ok(case_id)
    })
}

/// Points the visit at the case it became.
pub(crate) fn link_case(tx: &WriteTx, visit_id: i64, case_id: i64) -> AppResult<()> {
    tx.conn().execute("UPDATE visit SET case_id = ?2 WHERE id = ?1", params![visit_id, case_id])?;
    reindex(tx.conn(), visit_id)?;
    tx.log("to_case", "visit", Some(visit_id.to_string()), None::<&()>, Some(&case_id))
}

/// The WHERE clause after `WHERE 1=1` and its arguments (numbered in order).
fn filters(q: &VisitQuery) -> AppResult<(String, Vec<rusqlite::types::Value>, bool)> {
    let mut clause = String::new();
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    let mut push = |clause: &mut String, sql: &str, v: rusqlite::types::Value| {
        args.push(v);
        clause.push_str(&sql.replace('?', &format!("?{}", args.len())));
    };
    if !q.include_archived {
        clause.push_str(" AND v.archived_at IS NULL");
    }
    let text = q.text.trim();
    let mut fts = false;
    if !text.is_empty() {
        if text.chars().count() > 100 {
            return Err(AppError::invalid("text", Reason::TooLong));
        }
        let parsed =
            search::parse(text).ok_or_else(|| AppError::invalid("text", Reason::Invalid))?;
        push(&mut clause, " AND f.visit_fts MATCH ?", parsed.fts.into());
        fts = true;
    }
    if let Some(h) = q.handling {
        push(&mut clause, " AND v.handling = ?", h.as_str().to_string().into());
    }
    if let Some(id) = q.community_id {
        push(&mut clause, " AND v.community_id = ?", id.into());
    }
    if let Some(from) = optional_day("from", &q.from)? {
        push(&mut clause, " AND v.visited_at >= ?", from.to_string().into());
    }
    if let Some(to) = optional_day("to", &q.to)? {
        let next = to.succ_opt().unwrap_or(to);
        push(&mut clause, " AND v.visited_at < ?", next.to_string().into());
    }
    Ok((clause, args, fts))
}

pub fn list(s: &Session, q: &VisitQuery) -> AppResult<VisitPage> {
    s.caller().require(Perm::VisitView)?;
    let (clause, args, fts) = filters(q)?;
    let from = if fts {
        format!(
            "FROM visit_fts f CROSS JOIN visit v ON v.id = f.rowid {}",
            &JOINS["FROM visit v".len()..]
        )
    } else {
        JOINS.to_string()
    };
    let size = q.page_size.clamp(1, 200) as i64;
    let offset = i64::from(q.page) * size;
    s.read(|conn| {
        let total: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM (SELECT 1 {from} WHERE 1=1{clause} LIMIT {})",
                COUNT_CAP + 1
            ),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {COLUMNS} {from} WHERE 1=1{clause}
             ORDER BY v.visited_at DESC, v.id DESC LIMIT {size} OFFSET {offset}"
        ))?;
        let visits = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), visit_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(VisitPage { visits, total: total.min(COUNT_CAP), capped: total > COUNT_CAP })
    })
}

/// The day's visits, newest first (for Today), with their count.
pub(crate) fn of_day(
    conn: &Connection,
    day: chrono::NaiveDate,
    limit: i64,
) -> AppResult<(Vec<Visit>, i64)> {
    let (from, to) = (day.to_string(), day.succ_opt().unwrap_or(day).to_string());
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM visit WHERE visited_at >= ?1 AND visited_at < ?2
             AND archived_at IS NULL",
        [&from, &to],
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} {JOINS} WHERE v.visited_at >= ?1 AND v.visited_at < ?2
             AND v.archived_at IS NULL ORDER BY v.visited_at DESC, v.id DESC LIMIT ?3"
    ))?;
    let visits =
        stmt.query_map(params![from, to, limit], visit_from_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok((visits, count))
}
