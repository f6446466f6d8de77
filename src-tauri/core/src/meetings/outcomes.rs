//! Outcomes of a meeting: information, decisions and action items (who does what by when).
//! While the meeting is open they are recorded as it goes; after it closed, only amendments,
//! marked as such. An action on a case's agenda item can assign the case to its owner party.

use chrono::{Local, NaiveDate};
use rusqlite::{params, Connection, Row};

use super::case_link::{create_case, update_case, Owner};
use super::meeting::{get, open, reach_sql};
use super::model::{ActionQuery, Meeting, Outcome, OutcomeInput, OutcomeKind};
use crate::context::{Caller, WriteTx};
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

const COLUMNS: &str = "o.id, o.meeting_id, o.item_id, o.kind, o.text, o.owner_party_id, p.name,
    o.owner_name, o.due_on, o.case_id, c.number, o.amendment, o.done_at, o.done_by, o.done_note,
    o.created_at, o.created_by";
const JOINS: &str = "FROM meeting_outcome o LEFT JOIN party p ON p.id = o.owner_party_id
    LEFT JOIN cases c ON c.id = o.case_id";

fn from_row(r: &Row, today: &str) -> rusqlite::Result<Outcome> {
    let kind = OutcomeKind::parse(&r.get::<_, String>(3)?).unwrap_or(OutcomeKind::Info);
    let due_on: Option<String> = r.get(8)?;
    let done_at: Option<String> = r.get(12)?;
    Ok(Outcome {
        id: r.get(0)?,
        meeting_id: r.get(1)?,
        item_id: r.get(2)?,
        kind,
        text: r.get(4)?,
        owner_party_id: r.get(5)?,
        owner_party_name: r.get(6)?,
        owner_name: r.get(7)?,
        overdue: kind == OutcomeKind::Action
            && done_at.is_none()
            && due_on.as_deref().is_some_and(|d| d < today),
        due_on,
        case_id: r.get(9)?,
        case_number: r.get(10)?,
        amendment: r.get(11)?,
        done_at,
        done_by: r.get(13)?,
        done_note: r.get(14)?,
        created_at: r.get(15)?,
        created_by: r.get(16)?,
    })
}

fn today() -> String {
    Local::now().date_naive().format("%Y-%m-%d").to_string()
}

pub(crate) fn outcomes_of(conn: &Connection, meeting: i64) -> AppResult<Vec<Outcome>> {
    let today = today();
    let mut stmt =
        conn.prepare(&format!("SELECT {COLUMNS} {JOINS} WHERE o.meeting_id = ?1 ORDER BY o.id"))?;
    let rows = stmt.query_map([meeting], |r| from_row(r, &today))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn one(conn: &Connection, id: i64) -> AppResult<Outcome> {
    let today = today();
    conn.query_row(&format!("SELECT {COLUMNS} {JOINS} WHERE o.id = ?1"), [id], |r| {
        from_row(r, &today)
    })
    .map_err(|_| AppError::not_found("outcome"))
}

/// Records an outcome while the meeting is open.
pub fn add(tx: &WriteTx, input: &OutcomeInput) -> AppResult<Outcome> {
    let m = open(tx.conn(), input.meeting_id)?;
    insert(tx, &m, input, false)
}

/// `add` for the session's operator: opening a new case from an action also takes the right to
/// take in cases.
pub fn add_as(s: &crate::context::Session, input: &OutcomeInput) -> AppResult<Outcome> {
    if input.new_case_category_id.is_some() {
        s.caller().require(crate::access::roles::Perm::CaseIntake)?;
    }
    s.write(|tx| add(tx, input))
}

/// Adds a correction to a closed meeting's minutes, shown as an amendment.
pub fn amend(tx: &WriteTx, input: &OutcomeInput) -> AppResult<Outcome> {
    let m = get(tx.conn(), &Caller::system(crate::context::Actor::new("")), input.meeting_id)?;
    if input.new_case_category_id.is_some() {
        // A correction to the minutes does not open cases after the fact.
        return Err(AppError::invalid("newCaseCategoryId", Reason::Invalid));
    }
    if m.closed_at.is_none() {
        return Err(AppError::new(
            crate::error::ErrorCode::Conflict,
            "the meeting is still open; record the outcome itself",
        ));
    }
    insert(tx, &m, input, true)
}

fn insert(tx: &WriteTx, m: &Meeting, input: &OutcomeInput, amendment: bool) -> AppResult<Outcome> {
    let conn = tx.conn();
    let text = validate::required("text", &input.text, 1000)?;
    let owner_name = validate::optional("ownerName", &input.owner_name, 30)?;
    let due = validate::optional_day("dueOn", &input.due_on)?;
    let mut owner_party = None;
    if let Some(p) = input.owner_party_id {
        let party = super::parties::get_party(conn, p)
            .map_err(|_| AppError::invalid("ownerPartyId", Reason::Invalid))?;
        if party.archived {
            return Err(AppError::invalid("ownerPartyId", Reason::Invalid));
        }
        owner_party = Some(party);
    }
    let is_action = input.kind == OutcomeKind::Action;
    if is_action && owner_party.is_none() && owner_name.is_empty() {
        return Err(AppError::invalid("ownerName", Reason::Required));
    }
    if is_action && due.is_none() {
        return Err(AppError::invalid("dueOn", Reason::Required));
    }
    let case_id: Option<i64> = match input.item_id {
        None => None,
        Some(item) => conn
            .query_row(
                "SELECT case_id FROM agenda_item WHERE id = ?1 AND meeting_id = ?2
                   AND archived_at IS NULL",
                params![item, input.meeting_id],
                |r| r.get(0),
            )
            .map_err(|_| AppError::invalid("itemId", Reason::Invalid))?,
    };
    if input.new_case_category_id.is_some() && (!is_action || case_id.is_some()) {
        // Only an action opens a case, and only on an item that has none.
        return Err(AppError::invalid("newCaseCategoryId", Reason::Invalid));
    }
    let due_on = due.map(|d: NaiveDate| d.format("%Y-%m-%d").to_string());
    // Only actions carry an owner and a due day.
    let (party_id, owner, due_on) = if is_action {
        (input.owner_party_id, owner_name, due_on)
    } else {
        (None, String::new(), None)
    };
    let who = owner_party.as_ref().map_or(owner.as_str(), |p| p.name.as_str()).to_string();
    let due_day = due_on.clone().unwrap_or_default();
    let (case_id, sync_case) = match input.new_case_category_id {
        Some(category) => {
            let named = Owner { name: &who, party_kind: owner_party.as_ref().map(|p| p.kind) };
            (Some(create_case(tx, m, category, &text, &named)?), true)
        }
        None => (case_id, is_action && input.update_case),
    };
    conn.execute(
        "INSERT INTO meeting_outcome (meeting_id, item_id, kind, text, owner_party_id, owner_name,
             due_on, case_id, amendment, created_at, created_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            input.meeting_id,
            input.item_id,
            input.kind.as_str(),
            text,
            party_id,
            owner,
            due_on,
            case_id,
            amendment,
            tx.now(),
            tx.actor()
        ],
    )?;
    let id = conn.last_insert_rowid();
    if let (true, Some(case)) = (sync_case, case_id) {
        update_case(tx, case, &who, &text, &due_day)?;
    }
    let outcome = one(conn, id)?;
    let action = if amendment { "amend" } else { "outcome" };
    tx.log(
        action,
        "meeting",
        Some(input.meeting_id.to_string()),
        None::<&()>,
        Some(&outcome.text),
    )?;
    Ok(outcome)
}

/// Marks an action done, recording who and when (also after the meeting closed: follow-up
/// is not a change to the minutes).
pub fn mark_done(tx: &WriteTx, id: i64, note: &str) -> AppResult<Outcome> {
    let o = one(tx.conn(), id)?;
    if o.kind != OutcomeKind::Action {
        return Err(AppError::invalid("id", Reason::Invalid));
    }
    if o.done_at.is_some() {
        return Err(AppError::new(crate::error::ErrorCode::Conflict, "the action is done already"));
    }
    let note = validate::optional("note", note, 500)?;
    tx.conn().execute(
        "UPDATE meeting_outcome SET done_at = ?2, done_by = ?3, done_note = ?4 WHERE id = ?1",
        params![id, tx.now(), tx.actor(), note],
    )?;
    tx.log("action_done", "meeting", Some(o.meeting_id.to_string()), None::<&()>, Some(&o.text))?;
    one(tx.conn(), id)
}

/// Action items across meetings, open first by due day (overdue ones first of all).
pub fn actions(conn: &Connection, caller: &Caller, q: &ActionQuery) -> AppResult<Vec<Outcome>> {
    let today = today();
    let mut sql = format!(
        "SELECT {COLUMNS} {JOINS} JOIN meeting g ON g.id = o.meeting_id
         WHERE o.kind = 'action' AND g.archived_at IS NULL{}",
        reach_sql(caller)
    );
    if !q.include_done {
        sql.push_str(" AND o.done_at IS NULL");
    }
    sql.push_str(
        " AND (?1 IS NULL OR o.owner_party_id = ?1) AND (?2 IS NULL OR g.community_id = ?2)",
    );
    sql.push_str(" ORDER BY o.done_at IS NOT NULL, o.due_on, o.id LIMIT 2000");
    let mut stmt = conn.prepare(&sql)?;
    let rows =
        stmt.query_map(params![q.owner_party_id, q.community_id], |r| from_row(r, &today))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Marks an action done for the session's operator, within their reach (a property manager
/// marks their own communities' actions).
pub fn mark_done_as(s: &crate::context::Session, id: i64, note: &str) -> AppResult<Outcome> {
    s.read(|c| {
        let o = one(c, id)?;
        get(c, s.caller(), o.meeting_id).map(|_| ())
    })?;
    s.write(|tx| mark_done(tx, id, note))
}
