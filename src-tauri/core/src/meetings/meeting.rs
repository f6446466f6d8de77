//! Meetings: created with the earlier meetings' open actions first on the agenda; attendees,
//! agenda items and notes change only while the meeting is open; closing freezes the minutes.

use chrono::Local;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{
    AgendaItem, Attendee, AttendeeInput, ItemInput, Meeting, MeetingDetail, MeetingInput,
    MeetingKind, PullCasesInput, Side,
};
use super::outcomes::outcomes_of;
use crate::access::roles::OperatorRole;
use crate::cases::intake::parse_reported;
use crate::cases::stamp;
use crate::cases::workflow::CaseStatus;
use crate::context::{Caller, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

const COLUMNS: &str = "g.id, g.kind, g.title, g.held_at, g.place, g.community_id, m.name,
    g.estate_id, e.name, g.chair, g.recorder, g.closed_at, g.closed_by,
    (SELECT count(*) FROM meeting_outcome o WHERE o.meeting_id = g.id AND o.kind = 'action'
        AND o.done_at IS NULL)";
const JOINS: &str =
    "FROM meeting g JOIN community m ON m.id = g.community_id LEFT JOIN estate e ON e.id = g.estate_id";

fn from_row(r: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: r.get(0)?,
        kind: MeetingKind::parse(&r.get::<_, String>(1)?).unwrap_or(MeetingKind::Monthly),
        title: r.get(2)?,
        held_at: r.get(3)?,
        place: r.get(4)?,
        community_id: r.get(5)?,
        community_name: r.get(6)?,
        estate_id: r.get(7)?,
        estate_name: r.get(8)?,
        chair: r.get(9)?,
        recorder: r.get(10)?,
        closed_at: r.get(11)?,
        closed_by: r.get(12)?,
        open_actions: r.get(13)?,
    })
}

/// SQL limiting meetings (alias `g`) to a property manager's communities.
pub(crate) fn reach_sql(caller: &Caller) -> String {
    if caller.role == OperatorRole::PropertyManager {
        let ids: Vec<String> = caller.communities.iter().map(i64::to_string).collect();
        let ids = if ids.is_empty() { "-1".to_string() } else { ids.join(",") };
        format!(" AND g.community_id IN ({ids})")
    } else {
        String::new()
    }
}

/// Meetings newest first (archived ones are not listed).
pub fn list(conn: &Connection, caller: &Caller) -> AppResult<Vec<Meeting>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} {JOINS} WHERE g.archived_at IS NULL{} ORDER BY g.held_at DESC, g.id DESC",
        reach_sql(caller)
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, caller: &Caller, id: i64) -> AppResult<Meeting> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS} {JOINS} WHERE g.id = ?1 AND g.archived_at IS NULL{}",
            reach_sql(caller)
        ),
        [id],
        from_row,
    )
    .optional()?
    .ok_or_else(|| AppError::not_found("meeting"))
}

/// The meeting, refused once closed: outcomes after closing are amendments.
pub(crate) fn open(conn: &Connection, id: i64) -> AppResult<Meeting> {
    let m = get(conn, &Caller::system(crate::context::Actor::new("")), id)?;
    if m.closed_at.is_some() {
        return Err(AppError::new(
            ErrorCode::Conflict,
            "the meeting is closed; its minutes are frozen (add an amendment instead)",
        ));
    }
    Ok(m)
}

pub fn detail(conn: &Connection, caller: &Caller, id: i64) -> AppResult<MeetingDetail> {
    let meeting = get(conn, caller, id)?;
    let mut stmt = conn.prepare(
        "SELECT a.id, a.side, a.party_id, p.name, a.name, a.title FROM meeting_attendee a
           LEFT JOIN party p ON p.id = a.party_id
         WHERE a.meeting_id = ?1 AND a.archived_at IS NULL ORDER BY a.side, a.id",
    )?;
    let attendees = stmt
        .query_map([id], |r| {
            Ok(Attendee {
                id: r.get(0)?,
                side: Side::parse(&r.get::<_, String>(1)?).unwrap_or(Side::Other),
                party_id: r.get(2)?,
                party_name: r.get(3)?,
                name: r.get(4)?,
                title: r.get(5)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let outcomes = outcomes_of(conn, id)?;
    let mut stmt = conn.prepare(
        "SELECT i.id, i.position, i.title, i.case_id, c.number, c.status, i.carried_from, i.notes
           FROM agenda_item i LEFT JOIN cases c ON c.id = i.case_id
         WHERE i.meeting_id = ?1 AND i.archived_at IS NULL ORDER BY i.position, i.id",
    )?;
    let mut items = stmt
        .query_map([id], |r| {
            Ok(AgendaItem {
                id: r.get(0)?,
                position: r.get(1)?,
                title: r.get(2)?,
                case_id: r.get(3)?,
                case_number: r.get(4)?,
                case_status: r.get(5)?,
                carried_from: r.get(6)?,
                notes: r.get(7)?,
                outcomes: Vec::new(),
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut general = Vec::new();
    for o in outcomes {
        match items.iter_mut().find(|i| Some(i.id) == o.item_id) {
            Some(item) => item.outcomes.push(o),
            None => general.push(o),
        }
    }
    Ok(MeetingDetail { meeting, attendees, items, general })
}

fn next_position(conn: &Connection, meeting: i64) -> AppResult<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = ?1",
        [meeting],
        |r| r.get(0),
    )?)
}

fn insert_item(
    tx: &WriteTx,
    meeting: i64,
    title: &str,
    case_id: Option<i64>,
    carried_from: Option<i64>,
) -> AppResult<i64> {
    let position = next_position(tx.conn(), meeting)?;
    tx.conn().execute(
        "INSERT INTO agenda_item (meeting_id, position, title, case_id, carried_from, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![meeting, position, title, case_id, carried_from, tx.now()],
    )?;
    Ok(tx.conn().last_insert_rowid())
}

/// Opens a new meeting. The community's open action items from earlier meetings come first on
/// its agenda, each as an item pointing at the action (marking it done there marks it done).
pub fn create(tx: &WriteTx, input: &MeetingInput) -> AppResult<Meeting> {
    let conn = tx.conn();
    let title = validate::required("title", &input.title, 80)?;
    let place = validate::optional("place", &input.place, 80)?;
    let chair = validate::optional("chair", &input.chair, 30)?;
    let recorder = validate::optional("recorder", &input.recorder, 30)?;
    let now = Local::now().naive_local();
    // A meeting may be planned ahead: allow up to a year in the future.
    let held = parse_reported(&input.held_at, now + chrono::Duration::days(366))
        .map_err(|_| AppError::invalid("heldAt", Reason::Invalid))?;
    let community: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
        [input.community_id],
        |r| r.get(0),
    )?;
    if !community {
        return Err(AppError::invalid("communityId", Reason::Invalid));
    }
    if let Some(e) = input.estate_id {
        let ok: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM estate WHERE id = ?1 AND community_id = ?2
                 AND archived_at IS NULL)",
            params![e, input.community_id],
            |r| r.get(0),
        )?;
        if !ok {
            return Err(AppError::invalid("estateId", Reason::Invalid));
        }
    }
    let held_at = stamp(held);
    conn.execute(
        "INSERT INTO meeting (kind, title, held_at, place, community_id, estate_id, chair, recorder,
             created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            input.kind.as_str(),
            title,
            held_at,
            place,
            input.community_id,
            input.estate_id,
            chair,
            recorder,
            tx.now(),
            tx.actor()
        ],
    )?;
    let id = conn.last_insert_rowid();
    let mut stmt = conn.prepare(
        "SELECT o.id, o.text, o.case_id FROM meeting_outcome o JOIN meeting g ON g.id = o.meeting_id
         WHERE g.community_id = ?1 AND g.id <> ?2 AND g.archived_at IS NULL
           AND o.kind = 'action' AND o.done_at IS NULL
         ORDER BY o.due_on IS NULL, o.due_on, o.id",
    )?;
    let open: Vec<(i64, String, Option<i64>)> = stmt
        .query_map(params![input.community_id, id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (action, text, case_id) in open {
        insert_item(tx, id, &text, case_id, Some(action))?;
    }
    let meeting = get(conn, &Caller::system(crate::context::Actor::new("")), id)?;
    tx.log("create", "meeting", Some(id.to_string()), None::<&()>, Some(&meeting.title))?;
    Ok(meeting)
}

pub fn add_attendee(tx: &WriteTx, input: &AttendeeInput) -> AppResult<Attendee> {
    open(tx.conn(), input.meeting_id)?;
    let mut name = validate::optional("name", &input.name, 30)?;
    let title = validate::optional("title", &input.title, 40)?;
    let mut party_name = None;
    if let Some(p) = input.party_id {
        let party = super::parties::get_party(tx.conn(), p)
            .map_err(|_| AppError::invalid("partyId", Reason::Invalid))?;
        if party.archived {
            return Err(AppError::invalid("partyId", Reason::Invalid));
        }
        if name.is_empty() {
            name = party.contact_name.clone();
        }
        party_name = Some(party.name);
    }
    if name.is_empty() {
        return Err(AppError::invalid("name", Reason::Required));
    }
    tx.conn().execute(
        "INSERT INTO meeting_attendee (meeting_id, side, party_id, name, title, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![input.meeting_id, input.side.as_str(), input.party_id, name, title, tx.now()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log(
        "add_attendee",
        "meeting",
        Some(input.meeting_id.to_string()),
        None::<&()>,
        Some(&name),
    )?;
    Ok(Attendee { id, side: input.side, party_id: input.party_id, party_name, name, title })
}

/// Takes an attendee off an open meeting (recorded by mistake); the row is archived.
pub fn remove_attendee(tx: &WriteTx, attendee_id: i64) -> AppResult<()> {
    let meeting: i64 = tx
        .conn()
        .query_row(
            "SELECT meeting_id FROM meeting_attendee WHERE id = ?1 AND archived_at IS NULL",
            [attendee_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| AppError::not_found("attendee"))?;
    open(tx.conn(), meeting)?;
    tx.conn().execute(
        "UPDATE meeting_attendee SET archived_at = ?2 WHERE id = ?1",
        params![attendee_id, tx.now()],
    )?;
    tx.log("remove_attendee", "meeting", Some(meeting.to_string()), Some(&attendee_id), None::<&()>)
}

fn case_in_community(conn: &Connection, case_id: i64, community: i64) -> AppResult<String> {
    conn.query_row(
        "SELECT title FROM cases WHERE id = ?1 AND community_id = ?2",
        params![case_id, community],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| AppError::invalid("caseId", Reason::Invalid))
}

/// At most this many cases go onto one agenda per pull: a meeting cannot discuss more.
const MAX_PULLED: usize = 200;

pub fn add_item(tx: &WriteTx, input: &ItemInput) -> AppResult<i64> {
    let m = open(tx.conn(), input.meeting_id)?;
    let mut title = validate::optional("title", &input.title, 120)?;
    if let Some(c) = input.case_id {
        let case_title = case_in_community(tx.conn(), c, m.community_id)?;
        if title.is_empty() {
            title = case_title;
        }
    }
    if title.is_empty() {
        return Err(AppError::invalid("title", Reason::Required));
    }
    let id = insert_item(tx, m.id, &title, input.case_id, None)?;
    tx.log("add_item", "meeting", Some(m.id.to_string()), None::<&()>, Some(&title))?;
    Ok(id)
}

/// Pulls cases onto the agenda: open cases by estate and/or status, and/or cases picked one by
/// one. A case already on this agenda is not added twice. Returns how many were added.
pub fn pull_cases(tx: &WriteTx, input: &PullCasesInput) -> AppResult<usize> {
    let m = open(tx.conn(), input.meeting_id)?;
    if input.case_ids.len() > MAX_PULLED {
        return Err(AppError::invalid("caseIds", Reason::TooLong));
    }
    if input.statuses.iter().any(|s| !s.is_open()) {
        return Err(AppError::invalid("statuses", Reason::Invalid));
    }
    let mut ids = Vec::new();
    if input.estate_id.is_some() || !input.statuses.is_empty() {
        let wanted: Vec<&str> = if input.statuses.is_empty() {
            CaseStatus::ALL.iter().filter(|s| s.is_open()).map(|s| s.as_str()).collect()
        } else {
            input.statuses.iter().map(|s| s.as_str()).collect()
        };
        // The words are the enum's own, never the caller's text.
        let list = wanted.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(", ");
        let mut stmt = tx.conn().prepare(&format!(
            "SELECT id FROM cases WHERE community_id = ?1 AND (?2 IS NULL OR estate_id = ?2)
               AND archived_at IS NULL AND status IN ({list})
             ORDER BY due_at LIMIT {MAX_PULLED}"
        ))?;
        let found: Vec<i64> = stmt
            .query_map(params![m.community_id, input.estate_id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        ids.extend(found);
    }
    for id in &input.case_ids {
        case_in_community(tx.conn(), *id, m.community_id)?;
        ids.push(*id);
    }
    let mut added = 0;
    for id in ids {
        // A carried action about the case reviews that action; the case still gets its own item.
        let there: bool = tx.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND case_id = ?2
                 AND carried_from IS NULL AND archived_at IS NULL)",
            params![m.id, id],
            |r| r.get(0),
        )?;
        if !there {
            let title = case_in_community(tx.conn(), id, m.community_id)?;
            insert_item(tx, m.id, &title, Some(id), None)?;
            added += 1;
        }
    }
    tx.log("pull_cases", "meeting", Some(m.id.to_string()), None::<&()>, Some(&added))?;
    Ok(added)
}

/// The discussion notes of one agenda item, while the meeting is open.
pub fn set_notes(tx: &WriteTx, item_id: i64, notes: &str) -> AppResult<()> {
    let meeting: i64 = tx
        .conn()
        .query_row(
            "SELECT meeting_id FROM agenda_item WHERE id = ?1 AND archived_at IS NULL",
            [item_id],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| AppError::not_found("agenda item"))?;
    open(tx.conn(), meeting)?;
    let notes = validate::optional("notes", notes, 4000)?;
    tx.conn()
        .execute("UPDATE agenda_item SET notes = ?2 WHERE id = ?1", params![item_id, notes])?;
    tx.log("notes", "agenda_item", Some(item_id.to_string()), None::<&()>, Some(&notes))
}

/// Closes the meeting: from now on its minutes are frozen.
pub fn close(tx: &WriteTx, id: i64) -> AppResult<Meeting> {
    open(tx.conn(), id)?;
    tx.conn().execute(
        "UPDATE meeting SET closed_at = ?2, closed_by = ?3 WHERE id = ?1",
        params![id, tx.now(), tx.actor()],
    )?;
    tx.log("close", "meeting", Some(id.to_string()), None::<&()>, None::<&()>)?;
    get(tx.conn(), &Caller::system(crate::context::Actor::new("")), id)
}
