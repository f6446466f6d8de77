//! Duty rules: community, weekdays, time window, officers per day and the rotation pool.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::schedule::Rule;
use super::{parse_date, parse_time};
use crate::archive::{self, Archivable};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::roster::people;
use crate::validate;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutyRuleInput {
    pub community_id: Option<i64>,
    pub name: String,
    pub weekdays: Vec<u8>,
    pub start_time: String,
    pub end_time: String,
    pub per_slot: u32,
    pub members: Vec<i64>,
    pub start_date: String,
    pub end_date: Option<String>,
    pub skip_holidays: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutyRuleView {
    pub rule: Rule,
    pub name: String,
    pub community_name: Option<String>,
    pub member_names: Vec<String>,
    pub archived: bool,
}

fn members(conn: &Connection, rule_id: i64) -> AppResult<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id FROM duty_rule_member WHERE rule_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([rule_id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

const SELECT: &str =
    "SELECT id, community_id, weekdays, start_time, end_time, per_slot, start_date,
        end_date, skip_holidays, name, archived_at IS NOT NULL FROM duty_rule";

fn from_row(r: &rusqlite::Row) -> rusqlite::Result<(Rule, String, bool)> {
    let weekdays: String = r.get(2)?;
    Ok((
        Rule {
            id: r.get(0)?,
            community_id: r.get(1)?,
            weekdays: weekdays.split(',').filter_map(|d| d.trim().parse().ok()).collect(),
            start_time: r.get(3)?,
            end_time: r.get(4)?,
            per_slot: r.get(5)?,
            members: Vec::new(),
            start_date: r.get(6)?,
            end_date: r.get(7)?,
            skip_holidays: r.get(8)?,
        },
        r.get(9)?,
        r.get(10)?,
    ))
}

/// Live rules with their pools, for the schedule.
pub fn live(conn: &Connection) -> AppResult<Vec<Rule>> {
    let mut stmt = conn.prepare(&format!("{SELECT} WHERE archived_at IS NULL ORDER BY id"))?;
    let rows: Vec<(Rule, String, bool)> =
        stmt.query_map([], from_row)?.collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|(mut rule, _, _)| {
            rule.members = members(conn, rule.id)?;
            Ok(rule)
        })
        .collect()
}

pub fn get(conn: &Connection, id: i64) -> AppResult<DutyRuleView> {
    let (mut rule, name, archived) = conn
        .query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("duty rule"))?;
    rule.members = members(conn, id)?;
    let community_name = match rule.community_id {
        Some(c) => conn
            .query_row("SELECT name FROM community WHERE id = ?1", [c], |r| r.get(0))
            .optional()?,
        None => None,
    };
    let member_names = rule
        .members
        .iter()
        .map(|p| people::get(conn, *p).map(|p| p.name))
        .collect::<AppResult<_>>()?;
    Ok(DutyRuleView { rule, name, community_name, member_names, archived })
}

/// Every rule, live first, for the rules list.
pub fn list(conn: &Connection) -> AppResult<Vec<DutyRuleView>> {
    let ids: Vec<i64> = {
        let mut stmt =
            conn.prepare("SELECT id FROM duty_rule ORDER BY archived_at IS NOT NULL, id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    ids.into_iter().map(|id| get(conn, id)).collect()
}

fn validated(conn: &Connection, input: &DutyRuleInput) -> AppResult<DutyRuleInput> {
    if let Some(c) = input.community_id {
        let live: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
            [c],
            |r| r.get(0),
        )?;
        if !live {
            return Err(AppError::invalid("communityId", Reason::Invalid));
        }
    }
    let mut weekdays = input.weekdays.clone();
    weekdays.sort_unstable();
    weekdays.dedup();
    if weekdays.is_empty() {
        return Err(AppError::invalid("weekdays", Reason::Required));
    }
    if weekdays.iter().any(|d| !(1..=7).contains(d)) {
        return Err(AppError::invalid("weekdays", Reason::Invalid));
    }
    let start = parse_time("startTime", &input.start_time)?;
    let end = parse_time("endTime", &input.end_time)?;
    if end <= start {
        return Err(AppError::invalid("endTime", Reason::Invalid));
    }
    if !(1..=20).contains(&input.per_slot) {
        return Err(AppError::invalid("perSlot", Reason::Invalid));
    }
    if input.members.is_empty() {
        return Err(AppError::invalid("members", Reason::Required));
    }
    let mut seen = std::collections::HashSet::new();
    for p in &input.members {
        if !seen.insert(*p) {
            return Err(AppError::invalid("members", Reason::Duplicate));
        }
        if people::get(conn, *p)
            .map_err(|_| AppError::invalid("members", Reason::Invalid))?
            .archived
        {
            return Err(AppError::invalid("members", Reason::Invalid));
        }
    }
    let start_date = parse_date("startDate", &input.start_date)?;
    let end_date = match input.end_date.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(e) => Some(parse_date("endDate", e)?),
        None => None,
    };
    if end_date.is_some_and(|e| e < start_date) {
        return Err(AppError::invalid("endDate", Reason::Invalid));
    }
    Ok(DutyRuleInput {
        community_id: input.community_id,
        name: validate::required("name", &input.name, 60)?,
        weekdays,
        start_time: start.format("%H:%M").to_string(),
        end_time: end.format("%H:%M").to_string(),
        per_slot: input.per_slot,
        members: input.members.clone(),
        start_date: start_date.to_string(),
        end_date: end_date.map(|d| d.to_string()),
        skip_holidays: input.skip_holidays,
    })
}

fn write_members(tx: &WriteTx, id: i64, members: &[i64]) -> AppResult<()> {
    tx.conn().execute("DELETE FROM duty_rule_member WHERE rule_id = ?1", [id])?;
    for (pos, p) in members.iter().enumerate() {
        tx.conn().execute(
            "INSERT INTO duty_rule_member (rule_id, position, person_id) VALUES (?1, ?2, ?3)",
            params![id, pos as i64, p],
        )?;
    }
    Ok(())
}

fn weekdays_text(w: &[u8]) -> String {
    w.iter().map(u8::to_string).collect::<Vec<_>>().join(",")
}

pub fn create(tx: &WriteTx, input: &DutyRuleInput) -> AppResult<DutyRuleView> {
    let v = validated(tx.conn(), input)?;
    tx.conn().execute(
        "INSERT INTO duty_rule (community_id, name, weekdays, start_time, end_time, per_slot,
             start_date, end_date, skip_holidays, created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?10, ?11)",
        params![
            v.community_id,
            v.name,
            weekdays_text(&v.weekdays),
            v.start_time,
            v.end_time,
            v.per_slot,
            v.start_date,
            v.end_date,
            v.skip_holidays,
            tx.now(),
            tx.actor()
        ],
    )?;
    let id = tx.conn().last_insert_rowid();
    write_members(tx, id, &v.members)?;
    tx.log("create", "duty_rule", Some(id.to_string()), None::<&()>, Some(&v))?;
    get(tx.conn(), id)
}

pub fn update(tx: &WriteTx, id: i64, input: &DutyRuleInput) -> AppResult<DutyRuleView> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("duty rule"));
    }
    let v = validated(tx.conn(), input)?;
    tx.conn().execute(
        "UPDATE duty_rule SET community_id = ?1, name = ?2, weekdays = ?3, start_time = ?4,
             end_time = ?5, per_slot = ?6, start_date = ?7, end_date = ?8, skip_holidays = ?9,
             updated_at = ?10, updated_by = ?11 WHERE id = ?12",
        params![
            v.community_id,
            v.name,
            weekdays_text(&v.weekdays),
            v.start_time,
            v.end_time,
            v.per_slot,
            v.start_date,
            v.end_date,
            v.skip_holidays,
            tx.now(),
            tx.actor(),
            id
        ],
    )?;
    write_members(tx, id, &v.members)?;
    tx.log("update", "duty_rule", Some(id.to_string()), Some(&before), Some(&v))?;
    get(tx.conn(), id)
}

pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    archive::archive(tx, Archivable::DutyRule, id)
}
