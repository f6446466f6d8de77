//! One case as the detail screen shows it: its fields, its timeline with photos, the cases
//! linked to it and the steps it can take now. Residents' contact details are masked; showing
//! them in full is a separate, audited action (`reveal_contact`).

use rusqlite::{Connection, Row};
use serde::Serialize;
use ts_rs::TS;

use super::check_reach;
use super::deadline::Light;
use super::model::{
    Case, CaseDetail, CaseDocument, CaseEvent, CaseLink, CaseSource, Satisfaction, Urgency,
};
use super::workflow::{next, CaseStatus, Step};
use crate::access::mask::{mask_name, mask_phone};
use crate::access::roles::Perm;
use crate::context::Session;
use crate::error::{AppError, AppResult};

pub(crate) const CASE_COLUMNS: &str = "c.id, c.number, c.source, c.category_id, cat.name,
    c.community_id, com.name, c.grid_id, g.name, c.address, c.title, c.description,
    c.reporter_name, c.reporter_phone, c.anonymous, c.respondent_kind, c.respondent_name,
    c.urgency, c.status, c.assignee_id, p.name, c.responsible_party, c.reported_at,
    c.registered_at, c.due_at, c.yellow_at, c.parked_at, c.extensions, c.reworks, c.reopens,
    c.closed_at, c.duplicate_of, c.referred_to, c.satisfaction";

pub(crate) const CASE_JOINS: &str = "FROM cases c
    JOIN case_category cat ON cat.id = c.category_id
    JOIN community com ON com.id = c.community_id
    LEFT JOIN grid g ON g.id = c.grid_id
    LEFT JOIN person p ON p.id = c.assignee_id";

/// The traffic light from the two stored moments; `None` once the case is no longer open, and
/// for a parked case (its clock is stopped).
pub(crate) fn light_of(
    status: CaseStatus,
    yellow_at: &str,
    due_at: &str,
    now: &str,
) -> Option<Light> {
    if !status.is_open() || status == CaseStatus::Parked {
        return None;
    }
    Some(if now > due_at {
        Light::Red
    } else if now >= yellow_at {
        Light::Yellow
    } else {
        Light::Green
    })
}

pub(crate) fn case_from_row(r: &Row, now: &str) -> rusqlite::Result<Case> {
    let status: String = r.get(18)?;
    let status = CaseStatus::parse(&status).unwrap_or(CaseStatus::Registered);
    let source: String = r.get(2)?;
    let urgency: String = r.get(17)?;
    let yellow: String = r.get(25)?;
    let due: String = r.get(24)?;
    let satisfaction: Option<String> = r.get(33)?;
    Ok(Case {
        id: r.get(0)?,
        number: r.get(1)?,
        source: CaseSource::parse(&source).unwrap_or(CaseSource::Desk),
        category_id: r.get(3)?,
        category_name: r.get(4)?,
        community_id: r.get(5)?,
        community_name: r.get(6)?,
        grid_id: r.get(7)?,
        grid_name: r.get(8)?,
        address: r.get(9)?,
        title: r.get(10)?,
        description: r.get(11)?,
        reporter_name: mask_name(&r.get::<_, String>(12)?),
        reporter_phone: mask_phone(&r.get::<_, String>(13)?),
        anonymous: r.get(14)?,
        respondent_kind: r.get(15)?,
        respondent_name: r.get(16)?,
        urgency: Urgency::parse(&urgency),
        light: light_of(status, &yellow, &due, now),
        status,
        assignee_id: r.get(19)?,
        assignee_name: r.get(20)?,
        responsible_party: r.get(21)?,
        reported_at: r.get(22)?,
        registered_at: r.get(23)?,
        due_at: due,
        parked_at: r.get(26)?,
        extensions: r.get(27)?,
        reworks: r.get(28)?,
        reopens: r.get(29)?,
        closed_at: r.get(30)?,
        duplicate_of: r.get(31)?,
        referred_to: r.get(32)?,
        satisfaction: satisfaction.as_deref().and_then(Satisfaction::parse),
    })
}

fn links(conn: &Connection, sql: &str, id: i64) -> AppResult<Vec<CaseLink>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt
        .query_map([id], |r| {
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

fn timeline(conn: &Connection, id: i64) -> AppResult<Vec<CaseEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.id, e.at, e.actor, e.step, e.from_status, e.to_status, e.note, e.promised_date,
                (SELECT group_concat(file, '|') FROM case_attachment a
                 WHERE a.event_id = e.id AND a.stage != 'document'),
                (SELECT json_group_array(json_array(file, original_name)) FROM case_attachment a
                 WHERE a.event_id = e.id AND a.stage = 'document')
         FROM case_event e WHERE e.case_id = ?1 ORDER BY e.id",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            let step: String = r.get(3)?;
            let from: Option<String> = r.get(4)?;
            let to: String = r.get(5)?;
            let files: Option<String> = r.get(8)?;
            Ok(CaseEvent {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                step: Step::parse(&step).unwrap_or(Step::Note),
                from_status: from.as_deref().and_then(CaseStatus::parse),
                to_status: CaseStatus::parse(&to).unwrap_or(CaseStatus::Registered),
                note: r.get(6)?,
                promised_date: r.get(7)?,
                photos: files
                    .map(|f| f.split('|').map(str::to_string).collect())
                    .unwrap_or_default(),
                documents: serde_json::from_str::<Vec<(String, String)>>(&r.get::<_, String>(9)?)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(file, name)| CaseDocument { file, name })
                    .collect(),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn get(s: &Session, id: i64) -> AppResult<CaseDetail> {
    s.caller().require(Perm::CaseView)?;
    s.read(|conn| {
        check_reach(conn, s.caller(), id)?;
        let now = crate::context::now();
        let case = conn
            .prepare_cached(&format!("SELECT {CASE_COLUMNS} {CASE_JOINS} WHERE c.id = ?1"))?
            .query_row([id], |r| case_from_row(r, &now))?;
        let parked_from: Option<String> =
            conn.query_row("SELECT parked_from FROM cases WHERE id = ?1", [id], |r| r.get(0))?;
        let parked_from = parked_from.as_deref().and_then(CaseStatus::parse);
        let next_steps = if s.caller().may(Perm::CaseWork) {
            Step::ALL
                .into_iter()
                .filter(|st| *st != Step::Register && *st != Step::Note)
                .filter(|st| next(case.status, *st, parked_from).is_some())
                .filter(|st| *st != Step::FollowUp || case.satisfaction.is_none())
                .collect()
        } else {
            Vec::new()
        };
        let (estate_id, estate_name) = conn.query_row(
            "SELECT c.estate_id, e.name FROM cases c LEFT JOIN estate e ON e.id = c.estate_id
             WHERE c.id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(CaseDetail {
            estate_id,
            estate_name,
            timeline: timeline(conn, id)?,
            duplicates: links(
                conn,
                "SELECT id, number, title, status FROM cases WHERE duplicate_of = ?1 ORDER BY id",
                id,
            )?,
            next_steps,
            case,
        })
    })
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub reporter_name: String,
    pub reporter_phone: String,
}

/// The reporter's name and phone in full, for a role that may see personal data; each look
/// is written to the audit trail.
pub fn reveal_contact(s: &Session, id: i64) -> AppResult<Contact> {
    s.caller().require(Perm::PersonalData)?;
    s.read(|c| check_reach(c, s.caller(), id))?;
    s.write(|tx| {
        let contact = tx
            .conn()
            .query_row("SELECT reporter_name, reporter_phone FROM cases WHERE id = ?1", [id], |r| {
                Ok(Contact { reporter_name: r.get(0)?, reporter_phone: r.get(1)? })
            })
            .map_err(|_| AppError::not_found("case"))?;
        tx.log("unmask", "case", Some(id.to_string()), None::<&()>, None::<&()>)?;
        Ok(contact)
    })
}

/// The data folder, once the caller may read case `case_id` and `name` is one of its
/// attachments (of `stage`, or any but documents): the one check behind photos and documents.
fn attachment_dir<'s>(
    s: &'s Session,
    case_id: i64,
    name: &str,
    documents: bool,
) -> AppResult<&'s std::path::Path> {
    s.caller().require(Perm::CaseView)?;
    let what = if documents { "document" } else { "photo" };
    s.read(|conn| {
        check_reach(conn, s.caller(), case_id)?;
        let ours: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM case_attachment WHERE case_id = ?1 AND file = ?2
                 AND (stage = 'document') = ?3)",
            rusqlite::params![case_id, name, documents],
            |r| r.get(0),
        )?;
        if ours {
            Ok(())
        } else {
            Err(AppError::not_found(what))
        }
    })?;
    s.store().dir().ok_or_else(|| AppError::not_found(what))
}

/// A photo of a case, for anyone who may read that case (a property manager included, who may
/// not read the roster's pictures).
pub fn photo(s: &Session, case_id: i64, name: &str) -> AppResult<String> {
    crate::attachments::data_url(attachment_dir(s, case_id, name, false)?, name)
}

/// Where a document of a case is, for the shell to open it with the desktop's program.
pub fn document_path(s: &Session, case_id: i64, name: &str) -> AppResult<std::path::PathBuf> {
    let path = attachment_dir(s, case_id, name, true)?.join("attachments").join(name);
    if !path.is_file() {
        return Err(AppError::not_found("document"));
    }
    Ok(path)
}
