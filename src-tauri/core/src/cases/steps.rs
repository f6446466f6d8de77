//! Workflow steps on a stored case: the state machine decides whether the step may happen, this
//! module what it needs and what it changes. Every step is a timeline entry (who, when, note,
//! photos) and an audit record, in one transaction.

use chrono::{Local, NaiveDate, NaiveTime};
use rusqlite::{params, Connection};

use super::intake::{event, save_photos, yellow_at};
use super::model::StepInput;
use super::workflow::{next, CaseStatus, Step};
use super::{calendar, check_work, local, reindex, stamp};
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

struct Current {
    status: CaseStatus,
    parked_from: Option<CaseStatus>,
    parked_at: Option<String>,
    reported_at: String,
    registered_at: String,
    due_at: String,
    paused: i64,
    satisfaction: Option<String>,
}

fn current(conn: &Connection, id: i64) -> AppResult<Current> {
    conn.query_row(
        "SELECT status, parked_from, parked_at, reported_at, registered_at, due_at, paused_minutes,
                satisfaction
         FROM cases WHERE id = ?1 AND archived_at IS NULL",
        [id],
        |r| {
            let status: String = r.get(0)?;
            let parked_from: Option<String> = r.get(1)?;
            Ok(Current {
                status: CaseStatus::parse(&status).unwrap_or(CaseStatus::Registered),
                parked_from: parked_from.as_deref().and_then(CaseStatus::parse),
                parked_at: r.get(2)?,
                reported_at: r.get(3)?,
                registered_at: r.get(4)?,
                due_at: r.get(5)?,
                paused: r.get(6)?,
                satisfaction: r.get(7)?,
            })
        },
    )
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => AppError::not_found("case"),
        e => e.into(),
    })
}

fn required(field: &str, v: &str) -> AppResult<String> {
    validate::required(field, v, 500)
}

fn date(field: &str, v: Option<&str>) -> AppResult<NaiveDate> {
    let v = v.map(str::trim).filter(|s| !s.is_empty());
    let v = v.ok_or_else(|| AppError::invalid(field, Reason::Required))?;
    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| AppError::invalid(field, Reason::Invalid))
}

fn refused(from: CaseStatus, step: Step) -> AppError {
    AppError::new(
        ErrorCode::Conflict,
        format!("a case that is {} cannot take the step {}", from.as_str(), step.as_str()),
    )
}

/// Applies one step; returns the case's new status.
pub fn apply(s: &Session, input: &StepInput) -> AppResult<CaseStatus> {
    s.read(|c| check_work(c, s.caller(), input.case_id))?;
    if input.photos.len() > 12 {
        return Err(AppError::invalid("photos", Reason::TooLong));
    }
    // Checked before the photos reach the disk; checked again inside the transaction.
    s.read(|c| {
        let cur = current(c, input.case_id)?;
        next(cur.status, input.step, cur.parked_from).ok_or_else(|| refused(cur.status, input.step))
    })?;
    let stage = match input.step {
        Step::ReportRectified | Step::RecheckPass | Step::RecheckFail => "after",
        Step::Register => "before",
        _ => "during",
    };
    if input.documents.len() > 12 {
        return Err(AppError::invalid("documents", Reason::TooLong));
    }
    let photos = save_photos(s, &input.photos, stage)?;
    let documents = save_documents(s, &input.documents)?;
    s.write(|tx| {
        let status = apply_in(tx, input, &photos)?;
        if !documents.is_empty() {
            // The step's own timeline entry is the case's newest, written just above.
            let event: i64 = tx.conn().query_row(
                "SELECT max(id) FROM case_event WHERE case_id = ?1",
                [input.case_id],
                |r| r.get(0),
            )?;
            for (file, name) in &documents {
                tx.conn().execute(
                    "INSERT INTO case_attachment (case_id, event_id, stage, file, original_name,
                         created_at) VALUES (?1, ?2, 'document', ?3, ?4, ?5)",
                    rusqlite::params![input.case_id, event, file, name, tx.now()],
                )?;
            }
        }
        Ok(status)
    })
}

/// Stores the documents first, like the photos; returns (stored name, name it came with).
fn save_documents(
    s: &Session,
    docs: &[crate::attachments::ImageUpload],
) -> AppResult<Vec<(String, String)>> {
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    let dir = s.store().dir().ok_or_else(|| AppError::internal("no data folder for documents"))?;
    docs.iter()
        .map(|d| {
            let name = crate::validate::optional("document", &d.file_name, 120)?;
            crate::attachments::save_document(dir, d).map(|f| (f, name))
        })
        .collect()
}

/// Applies a step in an open transaction (the window, the demo).
pub(crate) fn apply_in(
    tx: &WriteTx,
    input: &StepInput,
    photos: &[(String, &'static str)],
) -> AppResult<CaseStatus> {
    {
        let conn = tx.conn();
        let id = input.case_id;
        let cur = current(conn, id)?;
        let to = next(cur.status, input.step, cur.parked_from)
            .ok_or_else(|| refused(cur.status, input.step))?;
        let note = validate::optional("note", &input.note, 2000)?;
        let mut promised = None;
        let set = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> AppResult<()> {
            conn.execute(&format!("UPDATE cases SET {sql} WHERE id = ?1"), p)?;
            Ok(())
        };
        match input.step {
            Step::Register => return Err(refused(cur.status, input.step)),
            Step::Assign => {
                let party = validate::optional(
                    "responsibleParty",
                    input.responsible_party.as_deref().unwrap_or(""),
                    80,
                )?;
                if input.assignee_id.is_none() && party.is_empty() {
                    return Err(AppError::invalid("assigneeId", Reason::Required));
                }
                if let Some(p) = input.assignee_id {
                    let live: bool = conn.query_row(
                        "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND archived_at IS NULL)",
                        [p],
                        |r| r.get(0),
                    )?;
                    if !live {
                        return Err(AppError::invalid("assigneeId", Reason::Invalid));
                    }
                }
                set(
                    "assignee_id = ?2, responsible_party = ?3",
                    params![id, input.assignee_id, party],
                )?;
            }
            Step::Persuade => {
                let d = date("promisedDate", input.promised_date.as_deref())?;
                if d < Local::now().date_naive() {
                    return Err(AppError::invalid("promisedDate", Reason::Invalid));
                }
                promised = Some(d.to_string());
            }
            Step::RecheckFail => {
                required("note", &note)?;
                set("reworks = reworks + 1", params![id])?;
            }
            Step::RecheckPass => set("closed_at = ?2", params![id, tx.now()])?,
            Step::FollowUp => {
                if cur.satisfaction.is_some() {
                    return Err(AppError::new(
                        ErrorCode::Conflict,
                        "the follow-up is already recorded",
                    ));
                }
                let sat = input
                    .satisfaction
                    .ok_or_else(|| AppError::invalid("satisfaction", Reason::Required))?;
                set("satisfaction = ?2", params![id, sat.as_str()])?;
            }
            Step::NotAccept | Step::Void | Step::Park | Step::Reopen => {
                required("note", &note)?;
                match input.step {
                    Step::Park => set(
                        "parked_at = ?2, parked_from = ?3",
                        params![id, tx.now(), cur.status.as_str()],
                    )?,
                    Step::Reopen => set("closed_at = NULL, reopens = reopens + 1", params![id])?,
                    _ => {}
                }
            }
            Step::Refer => {
                let to = required("referredTo", input.referred_to.as_deref().unwrap_or(""))?;
                set("referred_to = ?2", params![id, to])?;
            }
            Step::MarkDuplicate => {
                let other = input
                    .duplicate_of
                    .ok_or_else(|| AppError::invalid("duplicateOf", Reason::Required))?;
                let live: bool = conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM cases WHERE id = ?1 AND archived_at IS NULL)",
                    [other],
                    |r| r.get(0),
                )?;
                if other == id || !live {
                    return Err(AppError::invalid("duplicateOf", Reason::Invalid));
                }
                set("duplicate_of = ?2", params![id, other])?;
                // The other case's timeline says so too: the link shows from both sides.
                let number: String =
                    conn.query_row("SELECT number FROM cases WHERE id = ?1", [id], |r| r.get(0))?;
                let other_status: String =
                    conn.query_row("SELECT status FROM cases WHERE id = ?1", [other], |r| {
                        r.get(0)
                    })?;
                let os = CaseStatus::parse(&other_status).unwrap_or(CaseStatus::Registered);
                let note = format!("重复件 {number} 已并入本案");
                event(tx, other, Step::Note, Some(os), os, &note, None, &[])?;
                reindex(conn, other)?;
            }
            Step::Resume => {
                let cal = calendar(conn)?;
                let parked = local(cur.parked_at.as_deref().unwrap_or(&cur.due_at))?;
                let now = local(tx.now())?;
                let paused = cal.minutes_between(parked, now);
                let due = cal.add_minutes(local(&cur.due_at)?, paused);
                let start = local(&cur.reported_at)?.min(local(&cur.registered_at)?);
                let total_paused = cur.paused + paused;
                let yellow = cal.add_minutes(
                    start,
                    (cal.minutes_between(start, due) - total_paused) * 8 / 10 + total_paused,
                );
                set(
                    "parked_at = NULL, parked_from = NULL, paused_minutes = ?2, due_at = ?3,
                     yellow_at = ?4",
                    params![id, total_paused, stamp(due), stamp(yellow)],
                )?;
            }
            Step::Extend => {
                required("note", &note)?;
                let d = date("newDueDate", input.new_due_date.as_deref())?;
                let due = d.and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN));
                if due <= local(&cur.due_at)? {
                    return Err(AppError::invalid("newDueDate", Reason::Invalid));
                }
                let cal = calendar(conn)?;
                let start = local(&cur.reported_at)?.min(local(&cur.registered_at)?);
                set(
                    "due_at = ?2, yellow_at = ?3, extensions = extensions + 1",
                    params![id, stamp(due), stamp(yellow_at(&cal, start, due))],
                )?;
            }
            Step::ReportRectified | Step::Note => {}
        }
        if to != cur.status {
            set("status = ?2", params![id, to.as_str()])?;
        }
        set("updated_at = ?2, updated_by = ?3", params![id, tx.now(), tx.actor()])?;
        event(tx, id, input.step, Some(cur.status), to, &note, promised.as_deref(), photos)?;
        reindex(conn, id)?;
        tx.log(
            input.step.as_str(),
            "case",
            Some(id.to_string()),
            Some(&cur.status.as_str()),
            Some(&to.as_str()),
        )?;
        Ok(to)
    }
}
