//! Intake: validates a new case, numbers it, computes its deadline over the working calendar,
//! stores it with its photos and first timeline entry, and indexes it for search. Possible
//! duplicates are offered before saving.

use chrono::{Local, NaiveDateTime};
use rusqlite::{params, Connection};

use super::deadline::{Limit, WorkCalendar};
use super::model::{CaseInput, CaseLink};
use super::workflow::{CaseStatus, Step};
use super::{calendar, categories, local, reindex, stamp};
use crate::access::roles::Perm;
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

const RESPONDENT_KINDS: [&str; 5] = ["", "resident", "shop", "property", "unit"];

/// When it was seen: empty means now; the future is refused (a report of something that has
/// not happened is a typing mistake).
pub(crate) fn parse_reported(value: &str, now: NaiveDateTime) -> AppResult<NaiveDateTime> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(now);
    }
    let t = chrono::DateTime::parse_from_rfc3339(v)
        .map(|d| d.with_timezone(&Local).naive_local())
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%d %H:%M"))
        .or_else(|_| NaiveDateTime::parse_from_str(v, "%Y-%m-%dT%H:%M"))
        .map_err(|_| AppError::invalid("reportedAt", Reason::Invalid))?;
    if t > now + chrono::Duration::minutes(5) {
        return Err(AppError::invalid("reportedAt", Reason::Invalid));
    }
    Ok(t)
}

fn exists(conn: &Connection, sql: &str, id: i64) -> AppResult<bool> {
    Ok(conn.prepare_cached(sql)?.query_row([id], |r| r.get(0))?)
}

/// The checked, trimmed input.
pub(crate) struct Clean {
    pub limit: Limit,
    pub reported: NaiveDateTime,
    pub title: String,
    pub description: String,
    pub address: String,
    pub reporter_name: String,
    pub reporter_phone: String,
    pub respondent_name: String,
}

pub(crate) fn clean(conn: &Connection, input: &CaseInput, now: NaiveDateTime) -> AppResult<Clean> {
    // An unknown category is the user's to fix; a store that cannot be read is not.
    let category = categories::get(conn, input.category_id).map_err(|e| match e.code {
        crate::error::ErrorCode::NotFound => AppError::invalid("categoryId", Reason::Invalid),
        _ => e,
    })?;
    let limit = match (category.archived, category.limit) {
        (false, Some(l)) => l,
        _ => return Err(AppError::invalid("categoryId", Reason::Invalid)),
    };
    if !exists(
        conn,
        "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
        input.community_id,
    )? {
        return Err(AppError::invalid("communityId", Reason::Invalid));
    }
    if let Some(g) = input.grid_id {
        let ok: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM grid WHERE id = ?1 AND community_id = ?2
                     AND archived_at IS NULL)",
            )?
            .query_row(params![g, input.community_id], |r| r.get(0))?;
        if !ok {
            return Err(AppError::invalid("gridId", Reason::Invalid));
        }
    }
    if !RESPONDENT_KINDS.contains(&input.respondent_kind.as_str()) {
        return Err(AppError::invalid("respondentKind", Reason::Invalid));
    }
    if input.photos.len() > 12 {
        return Err(AppError::invalid("photos", Reason::TooLong));
    }
    let anonymous = input.anonymous;
    Ok(Clean {
        limit,
        reported: parse_reported(&input.reported_at, now)?,
        title: validate::required("title", &input.title, 80)?,
        description: validate::optional("description", &input.description, 4000)?,
        address: validate::optional("address", &input.address, 120)?,
        reporter_name: if anonymous {
            String::new()
        } else {
            validate::optional("reporterName", &input.reporter_name, 40)?
        },
        reporter_phone: if anonymous {
            String::new()
        } else {
            validate::phone("reporterPhone", &input.reporter_phone)?
        },
        respondent_name: validate::optional("respondentName", &input.respondent_name, 80)?,
    })
}

/// The next number of the year: 2026-000123 (more digits past a million).
pub(crate) fn next_number(conn: &Connection, year: i32) -> AppResult<String> {
    // Three cached statements rather than one upsert with RETURNING, which SQLite runs through a
    // temporary table: an import asks for a number per row.
    conn.prepare_cached("INSERT OR IGNORE INTO case_counter (year, last) VALUES (?1, 0)")?
        .execute([year])?;
    conn.prepare_cached("UPDATE case_counter SET last = last + 1 WHERE year = ?1")?
        .execute([year])?;
    let n: i64 = conn
        .prepare_cached("SELECT last FROM case_counter WHERE year = ?1")?
        .query_row([year], |r| r.get(0))?;
    Ok(number_of(year, n))
}

/// A case's number as people read it: the year and the count within it.
pub(crate) fn number_of(year: i32, n: i64) -> String {
    format!("{year}-{n:06}")
}

/// Yellow from 80 % of the working time between `start` and `due`.
pub(crate) fn yellow_at(
    cal: &super::deadline::WorkCalendar,
    start: NaiveDateTime,
    due: NaiveDateTime,
) -> NaiveDateTime {
    let total = cal.minutes_between(start, due);
    cal.add_minutes(start, total * 8 / 10)
}

/// Writes a timeline entry and its photos; returns the entry's id.
#[allow(clippy::too_many_arguments)]
pub(crate) fn event(
    tx: &WriteTx,
    case_id: i64,
    step: Step,
    from: Option<CaseStatus>,
    to: CaseStatus,
    note: &str,
    promised: Option<&str>,
    photos: &[(String, &'static str)],
) -> AppResult<i64> {
    tx.conn()
        .prepare_cached(
            "INSERT INTO case_event (case_id, at, actor, step, from_status, to_status, note,
             promised_date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            case_id,
            tx.now(),
            tx.actor(),
            step.as_str(),
            from.map(CaseStatus::as_str),
            to.as_str(),
            note,
            promised
        ])?;
    let event_id = tx.conn().last_insert_rowid();
    for (file, stage) in photos {
        tx.conn().execute(
            "INSERT INTO case_attachment (case_id, event_id, stage, file, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case_id, event_id, stage, file, tx.now()],
        )?;
    }
    Ok(event_id)
}

/// Stores the pictures in the data folder first: a picture without a case is harmless, a
/// case pointing at a missing picture is not.
pub(crate) fn save_photos(
    s: &Session,
    photos: &[crate::attachments::ImageUpload],
    stage: &'static str,
) -> AppResult<Vec<(String, &'static str)>> {
    if photos.is_empty() {
        return Ok(Vec::new());
    }
    let dir = s.store().dir().ok_or_else(|| AppError::internal("no data folder for photos"))?;
    photos.iter().map(|p| crate::attachments::save(dir, "case", p).map(|f| (f, stage))).collect()
}

/// Takes in a new case; returns its id.
pub fn create(s: &Session, input: &CaseInput) -> AppResult<i64> {
    s.caller().require(Perm::CaseIntake)?;
    let now = Local::now().naive_local();
    // Validate before touching the disk with photos.
    s.read(|c| clean(c, input, now).map(|_| ()))?;
    let photos = save_photos(s, &input.photos, "before")?;
    s.write(|tx| insert(tx, input, now, &photos))
}

/// Writes a checked case in an open transaction (intake, the demo).
pub(crate) fn insert(
    tx: &WriteTx,
    input: &CaseInput,
    now: NaiveDateTime,
    photos: &[(String, &'static str)],
) -> AppResult<i64> {
    let c = clean(tx.conn(), input, now)?;
    let (id, number) = insert_unindexed(tx, input, c, photos, &calendar(tx.conn())?)?;
    tx.log("create", "case", Some(id.to_string()), None::<&()>, Some(&number))?;
    reindex(tx.conn(), id)?;
    Ok(id)
}

/// `insert` of an input `clean` accepted, without the search tokens or the audit record: for
/// many cases in one transaction (an import), whose caller checked every row first, loads the
/// calendar once, indexes the new cases together with `index_new` and records the import as
/// one act. Returns the id and the number.
pub(crate) fn insert_unindexed(
    tx: &WriteTx,
    input: &CaseInput,
    c: Clean,
    photos: &[(String, &'static str)],
    cal: &WorkCalendar,
) -> AppResult<(i64, String)> {
    let registered = local(tx.now())?;
    // The clock runs from when it was reported, as the resident experiences it.
    let start = c.reported.min(registered);
    let due = cal.due(start, c.limit);
    let number = next_number(tx.conn(), chrono::Datelike::year(&registered))?;
    // Cached, like every statement on this path: an import runs it 100,000 times.
    tx.conn()
        .prepare_cached(
            "INSERT INTO cases (number, source, category_id, community_id, grid_id, address, title,
             description, reporter_name, reporter_phone, anonymous, respondent_kind,
             respondent_name, urgency, status, reported_at, registered_at, yellow_at, due_at,
             created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20, ?17, ?20)",
        )?
        .execute(params![
            number,
            input.source.as_str(),
            input.category_id,
            input.community_id,
            input.grid_id,
            c.address,
            c.title,
            c.description,
            c.reporter_name,
            c.reporter_phone,
            input.anonymous,
            input.respondent_kind,
            c.respondent_name,
            input.urgency.as_str(),
            CaseStatus::Registered.as_str(),
            stamp(c.reported),
            tx.now(),
            stamp(yellow_at(cal, start, due)),
            stamp(due),
            tx.actor(),
        ])?;
    let id = tx.conn().last_insert_rowid();
    event(tx, id, Step::Register, None, CaseStatus::Registered, "", None, photos)?;
    Ok((id, number))
}

/// Open cases that may be the same problem: same category in the same grid or at the same
/// address, in the last 30 days. Shown before saving; the user links or goes on.
pub fn duplicates(conn: &Connection, input: &CaseInput) -> AppResult<Vec<CaseLink>> {
    let since = crate::context::stamp(Local::now() - chrono::Duration::days(30));
    let address = input.address.trim();
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, title, status FROM cases
         WHERE category_id = ?1 AND registered_at >= ?2 AND archived_at IS NULL
           AND status IN ('registered', 'assigned', 'persuading', 'rectified', 'parked')
           AND ((?3 IS NOT NULL AND grid_id = ?3) OR (?4 != '' AND address = ?4))
         ORDER BY registered_at DESC LIMIT 10",
    )?;
    let rows = stmt
        .query_map(params![input.category_id, since, input.grid_id, address], |r| {
            let status: String = r.get(3)?;
            Ok(CaseLink {
                id: r.get(0)?,
                number: r.get(1)?,
                title: r.get(2)?,
                status: CaseStatus::parse(&status).unwrap_or(CaseStatus::Registered),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}
