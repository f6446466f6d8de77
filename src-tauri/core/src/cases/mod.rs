//! The case register: every community problem from intake through persuasion, rectification
//! and re-check to closure. `workflow` is the state machine, `deadline` the working-time clock,
//! `search` the tokeniser that makes one- and two-character Chinese queries work; the rest is
//! the store: `intake`, `steps`, `read` (detail), `list` (filters, search, paging).

pub mod categories;
pub mod deadline;
pub mod deferred_indexes;
pub mod export;
pub mod import;
pub mod intake;
pub mod list;
pub mod model;
pub mod read;
pub mod search;
pub mod steps;
pub mod synthetic;
pub mod workflow;

#[cfg(test)]
mod list_tests;
#[cfg(test)]
pub(crate) mod tests;

use chrono::{DateTime, Local, NaiveDateTime, TimeZone};
use rusqlite::{params, Connection};

use crate::access::roles::{OperatorRole, Perm};
use crate::context::Caller;
use crate::error::{AppError, AppResult, ErrorCode};
use deadline::WorkCalendar;

/// The working calendar: the holiday calendar the duty schedule keeps.
pub(crate) fn calendar(conn: &Connection) -> AppResult<WorkCalendar> {
    Ok(WorkCalendar::new(&crate::duty::calendar::live(conn)?))
}

/// A stored instant as local wall-clock time.
pub(crate) fn local(stamp: &str) -> AppResult<NaiveDateTime> {
    DateTime::parse_from_rfc3339(stamp)
        .map(|d| d.with_timezone(&Local).naive_local())
        .map_err(|_| AppError::internal(format!("bad stored time {stamp}")))
}

/// Local wall-clock time as stored.
pub(crate) fn stamp(t: NaiveDateTime) -> String {
    let at = Local.from_local_datetime(&t).earliest().unwrap_or_else(Local::now);
    crate::context::stamp(at)
}

/// SQL limiting cases to what the caller may see, with `c` as the cases alias: a property
/// manager sees their communities; everyone else who may read cases sees all of them.
pub(crate) fn reach_sql(caller: &Caller) -> String {
    if caller.role == OperatorRole::PropertyManager {
        let ids: Vec<String> = caller.communities.iter().map(i64::to_string).collect();
        // Ids are integers from the store, never user text.
        format!(
            " AND c.community_id IN ({})",
            if ids.is_empty() { "-1".into() } else { ids.join(",") }
        )
    } else {
        String::new()
    }
}

fn forbidden(why: &str) -> AppError {
    AppError::new(ErrorCode::Forbidden, why.to_string())
}

/// Refuses a case outside the caller's reach as if it did not exist (a property manager must
/// not learn which other cases there are).
pub(crate) fn check_reach(conn: &Connection, caller: &Caller, id: i64) -> AppResult<()> {
    let sql = format!("SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = ?1{})", reach_sql(caller));
    let ok: bool = conn.query_row(&sql, [id], |r| r.get(0))?;
    if ok {
        Ok(())
    } else {
        Err(AppError::not_found("case"))
    }
}

/// An officer works on the cases assigned to them or in the grids they serve.
pub(crate) fn check_work(conn: &Connection, caller: &Caller, id: i64) -> AppResult<()> {
    caller.require(Perm::CaseWork)?;
    check_reach(conn, caller, id)?;
    if caller.role != OperatorRole::Officer {
        return Ok(());
    }
    let Some(person) = caller.person_id else {
        return Err(forbidden("an officer account must be linked to its roster person"));
    };
    let mine: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = ?1 AND (c.assignee_id = ?2
             OR c.grid_id IN (SELECT grid_id FROM assignment WHERE person_id = ?2
                              AND archived_at IS NULL)))",
        params![id, person],
        |r| r.get(0),
    )?;
    if mine {
        Ok(())
    } else {
        Err(forbidden("an officer works on the cases assigned to them or in their grids"))
    }
}

/// What a case is found by: its fields and its timeline notes.
const SEARCH_TEXT: &str = "c.number || ' ' || c.title || ' ' || c.description || ' ' || c.address
    || ' ' || c.reporter_name || ' ' || c.respondent_name || ' ' || c.responsible_party || ' ' ||
    c.referred_to || ' ' ||
    coalesce((SELECT group_concat(note, ' ') FROM case_event e WHERE e.case_id = c.id), '')";

/// Rewrites the case's search tokens from its fields and its timeline notes.
pub(crate) fn reindex(conn: &Connection, id: i64) -> AppResult<()> {
    let text: String =
        conn.query_row(&format!("SELECT {SEARCH_TEXT} FROM cases c WHERE c.id = ?1"), [id], |r| {
            r.get(0)
        })?;
    conn.execute("DELETE FROM case_fts WHERE rowid = ?1", [id])?;
    conn.execute(
        "INSERT INTO case_fts (rowid, tokens) VALUES (?1, ?2)",
        params![id, search::index_tokens(&text)],
    )?;
    Ok(())
}

/// Search tokens for cases that have none yet (an import), a batch per statement: see
/// `search::insert_tokens` for why not one row at a time.
pub(crate) fn index_new(conn: &Connection, ids: &[i64]) -> AppResult<()> {
    let mut read =
        conn.prepare_cached(&format!("SELECT {SEARCH_TEXT} FROM cases c WHERE c.id = ?1"))?;
    for chunk in ids.chunks(5_000) {
        let mut batch = Vec::with_capacity(chunk.len());
        for &id in chunk {
            let text: String = read.query_row([id], |r| r.get(0))?;
            batch.push((id, search::index_tokens(&text)));
        }
        search::insert_tokens(conn, search::Table::Cases, &batch)?;
    }
    Ok(())
}

/// Fills an empty `case_fts` from every case (a migration that changed the tokens).
pub(crate) fn reindex_all(conn: &Connection) -> AppResult<()> {
    search::reindex_all(
        conn,
        search::Table::Cases,
        &format!("SELECT c.id, {SEARCH_TEXT} FROM cases c"),
    )
}
