//! Changes to the computed schedule: overrides (add / remove / replace a person on a date),
//! swaps (two replaces sharing a swap id) and leave. Each carries a reason and is logged; undo
//! archives it. `check` runs a change in a rolled-back transaction and reports what it breaks.

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::schedule::{self, Leave, Override, OverrideKind};
use super::view::{self, ProblemView};
use super::{parse_date, parse_time, Loaded};
use crate::archive::{self, Archivable};
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, Reason};
use crate::roster::people;
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverrideInput {
    pub kind: OverrideKind,
    pub date: String,
    pub rule_id: Option<i64>,
    pub community_id: Option<i64>,
    pub start_time: String,
    pub end_time: String,
    pub person_id: i64,
    pub replacement_id: Option<i64>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SwapInput {
    pub rule_id_a: i64,
    pub date_a: String,
    pub person_a: i64,
    pub rule_id_b: i64,
    pub date_b: String,
    pub person_b: i64,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeaveInput {
    pub person_id: i64,
    pub from: String,
    pub to: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "type", content = "input", rename_all = "snake_case")]
pub enum DutyChange {
    Override(OverrideInput),
    Swap(SwapInput),
    Leave(LeaveInput),
}

pub fn live_overrides(conn: &Connection) -> AppResult<Vec<Override>> {
    let mut stmt = conn.prepare(
        "SELECT id, kind, date, rule_id, community_id, start_time, end_time, person_id,
                replacement_id FROM duty_override WHERE archived_at IS NULL ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(1)?;
        Ok(Override {
            id: r.get(0)?,
            kind: match kind.as_str() {
                "add" => OverrideKind::Add,
                "remove" => OverrideKind::Remove,
                _ => OverrideKind::Replace,
            },
            date: r.get(2)?,
            rule_id: r.get(3)?,
            community_id: r.get(4)?,
            start_time: r.get(5)?,
            end_time: r.get(6)?,
            person_id: r.get(7)?,
            replacement_id: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn live_leaves(conn: &Connection) -> AppResult<Vec<Leave>> {
    let mut stmt = conn.prepare(
        "SELECT id, person_id, from_date, to_date FROM duty_leave WHERE archived_at IS NULL
         ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Leave { id: r.get(0)?, person_id: r.get(1)?, from: r.get(2)?, to: r.get(3)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn live_person(conn: &Connection, field: &str, id: i64) -> AppResult<()> {
    match people::get(conn, id) {
        Ok(p) if !p.archived => Ok(()),
        _ => Err(AppError::invalid(field, Reason::Invalid)),
    }
}

fn live_rule(conn: &Connection, id: i64) -> AppResult<()> {
    let live: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM duty_rule WHERE id = ?1 AND archived_at IS NULL)",
        [id],
        |r| r.get(0),
    )?;
    if live {
        Ok(())
    } else {
        Err(AppError::invalid("ruleId", Reason::Invalid))
    }
}

fn insert_override(tx: &WriteTx, o: &OverrideInput, swap_id: Option<i64>) -> AppResult<i64> {
    let c = tx.conn();
    let date = parse_date("date", &o.date)?;
    live_person(c, "personId", o.person_id)?;
    let (start, end) = match o.rule_id {
        Some(rule) => {
            live_rule(c, rule)?;
            (String::new(), String::new())
        }
        None => {
            // An ad-hoc duty: only "add", with its own community and time window.
            if o.kind != OverrideKind::Add {
                return Err(AppError::invalid("ruleId", Reason::Required));
            }
            let s = parse_time("startTime", &o.start_time)?;
            let e = parse_time("endTime", &o.end_time)?;
            if e <= s {
                return Err(AppError::invalid("endTime", Reason::Invalid));
            }
            (s.format("%H:%M").to_string(), e.format("%H:%M").to_string())
        }
    };
    let replacement = match o.kind {
        OverrideKind::Replace => {
            let r = o
                .replacement_id
                .ok_or_else(|| AppError::invalid("replacementId", Reason::Required))?;
            live_person(c, "replacementId", r)?;
            if r == o.person_id {
                return Err(AppError::invalid("replacementId", Reason::Invalid));
            }
            Some(r)
        }
        _ => None,
    };
    let reason = validate::optional("reason", &o.reason, 200)?;
    let kind = match o.kind {
        OverrideKind::Add => "add",
        OverrideKind::Remove => "remove",
        OverrideKind::Replace => "replace",
    };
    c.execute(
        "INSERT INTO duty_override (kind, date, rule_id, community_id, start_time, end_time,
             person_id, replacement_id, swap_id, reason, created_at, created_by, updated_at,
             updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?11, ?12)",
        params![
            kind,
            date.to_string(),
            o.rule_id,
            o.community_id,
            start,
            end,
            o.person_id,
            replacement,
            swap_id,
            reason,
            tx.now(),
            tx.actor()
        ],
    )?;
    let id = c.last_insert_rowid();
    tx.log("create", "duty_override", Some(id.to_string()), None::<&()>, Some(o))?;
    Ok(id)
}

fn insert_leave(tx: &WriteTx, l: &LeaveInput) -> AppResult<i64> {
    live_person(tx.conn(), "personId", l.person_id)?;
    let from = parse_date("from", &l.from)?;
    let to = parse_date("to", &l.to)?;
    if to < from {
        return Err(AppError::invalid("to", Reason::Invalid));
    }
    let reason = validate::optional("reason", &l.reason, 200)?;
    tx.conn().execute(
        "INSERT INTO duty_leave (person_id, from_date, to_date, reason, created_at, created_by,
             updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?6)",
        params![l.person_id, from.to_string(), to.to_string(), reason, tx.now(), tx.actor()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "duty_leave", Some(id.to_string()), None::<&()>, Some(l))?;
    Ok(id)
}

/// Saves a change. A swap is two replaces: A's turn goes to B on day A, B's to A on day B.
pub fn apply(tx: &WriteTx, change: &DutyChange) -> AppResult<()> {
    match change {
        DutyChange::Override(o) => insert_override(tx, o, None).map(|_| ()),
        DutyChange::Leave(l) => insert_leave(tx, l).map(|_| ()),
        DutyChange::Swap(s) => {
            if s.person_a == s.person_b {
                return Err(AppError::invalid("personB", Reason::Invalid));
            }
            let half = |rule, date: &str, who, with| OverrideInput {
                kind: OverrideKind::Replace,
                date: date.to_string(),
                rule_id: Some(rule),
                community_id: None,
                start_time: String::new(),
                end_time: String::new(),
                person_id: who,
                replacement_id: Some(with),
                reason: s.reason.clone(),
            };
            let first =
                insert_override(tx, &half(s.rule_id_a, &s.date_a, s.person_a, s.person_b), None)?;
            let second = insert_override(
                tx,
                &half(s.rule_id_b, &s.date_b, s.person_b, s.person_a),
                Some(first),
            )?;
            tx.conn().execute(
                "UPDATE duty_override SET swap_id = ?1 WHERE id IN (?1, ?2)",
                params![first, second],
            )?;
            Ok(())
        }
    }
}

/// The dates a change touches, for the window checks look at.
fn span(change: &DutyChange) -> AppResult<(NaiveDate, NaiveDate)> {
    let (a, b) = match change {
        DutyChange::Override(o) => (parse_date("date", &o.date)?, parse_date("date", &o.date)?),
        DutyChange::Leave(l) => (parse_date("from", &l.from)?, parse_date("to", &l.to)?),
        DutyChange::Swap(s) => {
            let (x, y) = (parse_date("dateA", &s.date_a)?, parse_date("dateB", &s.date_b)?);
            (x.min(y), x.max(y))
        }
    };
    // Whole months around the change: balance and double-booking are judged per month.
    let first = |d: NaiveDate| d.with_day(1).unwrap_or(d);
    let last = |d: NaiveDate| {
        first(d).checked_add_months(Months::new(1)).and_then(|n| n.pred_opt()).unwrap_or(d)
    };
    Ok((first(a), last(b)))
}

/// The problems a change would add, computed in a transaction that is rolled back.
pub fn check(session: &Session, change: &DutyChange) -> AppResult<Vec<ProblemView>> {
    let (from, to) = span(change)?;
    let before = session.read(|c| problems_in(c, from, to))?;
    session.dry_run(|tx| {
        apply(tx, change)?;
        let after = problems_in(tx.conn(), from, to)?;
        Ok(after.into_iter().filter(|p| !before.contains(p)).collect())
    })
}

fn problems_in(conn: &Connection, from: NaiveDate, to: NaiveDate) -> AppResult<Vec<ProblemView>> {
    let loaded = Loaded::load(conn)?;
    let shifts = schedule::compute(&loaded.input(), from, to);
    let (f, t) = (from.to_string(), to.to_string());
    let problems = schedule::problems(&loaded.input(), &shifts)
        .into_iter()
        .filter(|p| p.date() >= f.as_str() && p.date() <= t.as_str())
        .collect();
    view::problem_views(conn, problems)
}

pub fn archive_override(tx: &WriteTx, id: i64) -> AppResult<()> {
    // Undoing half a swap would leave the other half: undo both.
    // Outer Option: does the override exist; inner: is it half of a swap.
    let partner: Option<i64> = tx
        .conn()
        .query_row("SELECT swap_id FROM duty_override WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| AppError::not_found("duty_override"))?;
    archive::archive(tx, Archivable::DutyOverride, id)?;
    if let Some(swap) = partner {
        let others: Vec<i64> = {
            let mut stmt = tx.conn().prepare(
                "SELECT id FROM duty_override WHERE swap_id = ?1 AND id != ?2
                 AND archived_at IS NULL",
            )?;
            let rows = stmt.query_map(params![swap, id], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        for o in others {
            archive::archive(tx, Archivable::DutyOverride, o)?;
        }
    }
    Ok(())
}

pub fn archive_leave(tx: &WriteTx, id: i64) -> AppResult<()> {
    archive::archive(tx, Archivable::DutyLeave, id)
}
