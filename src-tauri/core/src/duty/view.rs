//! The schedule as the window shows it: shifts with names, phones and attendance, the checks,
//! the balance, and the changes (overrides, leave) of the period with who made them and why.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use super::attendance::{self, Attendance};
use super::schedule::{self, Leave, Override, Problem, Shift, Source};
use super::Loaded;
use crate::error::AppResult;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutyPerson {
    pub person_id: i64,
    pub name: String,
    pub phone: String,
    pub source: Source,
    pub covers_name: Option<String>,
    pub attendance: Option<Attendance>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ShiftView {
    pub date: String,
    pub rule_id: Option<i64>,
    pub rule_name: Option<String>,
    pub community_id: Option<i64>,
    pub community_name: Option<String>,
    pub start_time: String,
    pub end_time: String,
    pub needed: u32,
    pub holiday: Option<String>,
    pub people: Vec<DutyPerson>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProblemView {
    pub problem: Problem,
    pub person_name: Option<String>,
    pub rule_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BalanceView {
    pub person_id: i64,
    pub name: String,
    pub count: u32,
    pub present: u32,
    pub no_shows: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LeaveView {
    pub leave: Leave,
    pub name: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OverrideView {
    #[serde(rename = "override")]
    pub over: Override,
    pub person_name: String,
    pub replacement_name: Option<String>,
    pub reason: String,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutySchedule {
    pub from: String,
    pub to: String,
    pub shifts: Vec<ShiftView>,
    pub problems: Vec<ProblemView>,
    pub balance: Vec<BalanceView>,
    pub spread: u32,
    pub leaves: Vec<LeaveView>,
    pub overrides: Vec<OverrideView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutyNow {
    pub today: Vec<ShiftView>,
    pub now: Vec<ShiftView>,
    pub next: Option<ShiftView>,
}

/// Names and phones of everyone (archived too: history shows who it was).
struct Names {
    people: HashMap<i64, (String, String)>,
    communities: HashMap<i64, String>,
    rules: HashMap<i64, String>,
}

impl Names {
    fn load(conn: &Connection) -> AppResult<Names> {
        let map2 = |sql: &str| -> AppResult<HashMap<i64, String>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(rows.collect::<Result<_, _>>()?)
        };
        let mut stmt = conn.prepare("SELECT id, name, phone FROM person")?;
        let people = stmt
            .query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<Result<_, _>>()?;
        Ok(Names {
            people,
            communities: map2("SELECT id, name FROM community")?,
            rules: map2("SELECT id, name FROM duty_rule")?,
        })
    }

    fn person(&self, id: i64) -> String {
        self.people.get(&id).map(|p| p.0.clone()).unwrap_or_else(|| format!("#{id}"))
    }
}

fn shift_view(n: &Names, s: Shift, att: &[Attendance]) -> ShiftView {
    let people = s
        .people
        .iter()
        .map(|p| DutyPerson {
            person_id: p.person_id,
            name: n.person(p.person_id),
            phone: n.people.get(&p.person_id).map(|x| x.1.clone()).unwrap_or_default(),
            source: p.source,
            covers_name: p.covers.map(|c| n.person(c)),
            attendance: att
                .iter()
                .find(|a| a.date == s.date && a.rule_id == s.rule_id && a.person_id == p.person_id)
                .cloned(),
        })
        .collect();
    ShiftView {
        rule_name: s.rule_id.and_then(|r| n.rules.get(&r).cloned()),
        community_name: s.community_id.and_then(|c| n.communities.get(&c).cloned()),
        date: s.date,
        rule_id: s.rule_id,
        community_id: s.community_id,
        start_time: s.start_time,
        end_time: s.end_time,
        needed: s.needed,
        holiday: s.holiday,
        people,
    }
}

pub fn problem_views(conn: &Connection, problems: Vec<Problem>) -> AppResult<Vec<ProblemView>> {
    let n = Names::load(conn)?;
    Ok(problems.into_iter().map(|p| problem_view(&n, p)).collect())
}

fn problem_view(n: &Names, problem: Problem) -> ProblemView {
    let (person, rule) = match &problem {
        Problem::Gap { rule_id, .. } => (None, *rule_id),
        Problem::DoubleBooked { person_id, .. } => (Some(*person_id), None),
        Problem::OnLeave { person_id, rule_id, .. } => (Some(*person_id), *rule_id),
        Problem::OverrideUnused { .. } => (None, None),
    };
    ProblemView {
        person_name: person.map(|p| n.person(p)),
        rule_name: rule.and_then(|r| n.rules.get(&r).cloned()),
        problem,
    }
}

/// The schedule of [from, to], optionally of one community or one person.
pub fn schedule(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    community: Option<i64>,
    person: Option<i64>,
) -> AppResult<DutySchedule> {
    let loaded = Loaded::load(conn)?;
    let n = Names::load(conn)?;
    let all = schedule::compute(&loaded.input(), from, to);
    let (f, t) = (from.to_string(), to.to_string());
    // `problems` judges every stored override; only those of the period shown belong here.
    let problems: Vec<Problem> = schedule::problems(&loaded.input(), &all)
        .into_iter()
        .filter(|p| p.date() >= f.as_str() && p.date() <= t.as_str())
        .collect();
    let report = schedule::balance(&loaded.input(), &all);
    let att = attendance::in_range(conn, &f, &t)?;
    let keep = |s: &Shift| {
        community.is_none_or(|c| s.community_id == Some(c))
            && person.is_none_or(|p| s.people.iter().any(|x| x.person_id == p))
    };
    let shifts: Vec<ShiftView> =
        all.into_iter().filter(keep).map(|s| shift_view(&n, s, &att)).collect();
    let balance = report
        .per_person
        .iter()
        .map(|b| {
            let mine = att.iter().filter(|a| a.person_id == b.person_id);
            BalanceView {
                person_id: b.person_id,
                name: n.person(b.person_id),
                count: b.count,
                present: mine.clone().filter(|a| a.arrived_at.is_some()).count() as u32,
                no_shows: mine.filter(|a| a.no_show).count() as u32,
            }
        })
        .collect();
    let leaves = leave_views(conn, &f, &t)?;
    let overrides = override_views(conn, &n, &loaded.overrides, &f, &t)?;
    Ok(DutySchedule {
        from: f,
        to: t,
        shifts,
        problems: problems.into_iter().map(|p| problem_view(&n, p)).collect(),
        balance,
        spread: report.spread,
        leaves,
        overrides,
    })
}

fn leave_views(conn: &Connection, from: &str, to: &str) -> AppResult<Vec<LeaveView>> {
    let mut stmt = conn.prepare(
        "SELECT l.id, l.person_id, l.from_date, l.to_date, p.name, l.reason
         FROM duty_leave l JOIN person p ON p.id = l.person_id
         WHERE l.archived_at IS NULL AND l.from_date <= ?2 AND l.to_date >= ?1 ORDER BY l.from_date",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(LeaveView {
            leave: Leave { id: r.get(0)?, person_id: r.get(1)?, from: r.get(2)?, to: r.get(3)? },
            name: r.get(4)?,
            reason: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn override_views(
    conn: &Connection,
    n: &Names,
    live: &[Override],
    from: &str,
    to: &str,
) -> AppResult<Vec<OverrideView>> {
    let mut stmt = conn
        .prepare_cached("SELECT reason, created_by, created_at FROM duty_override WHERE id = ?1")?;
    live.iter()
        .filter(|o| o.date.as_str() >= from && o.date.as_str() <= to)
        .map(|o| {
            let (reason, created_by, created_at) =
                stmt.query_row([o.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(OverrideView {
                over: o.clone(),
                person_name: n.person(o.person_id),
                replacement_name: o.replacement_id.map(|r| n.person(r)),
                reason,
                created_by,
                created_at,
            })
        })
        .collect()
}

/// For the front desk: today's duties, those on now, and the next one to start.
pub fn now(conn: &Connection, at: NaiveDateTime) -> AppResult<DutyNow> {
    let today = at.date();
    let week = schedule(conn, today, today + chrono::Days::new(14), None, None)?;
    let hm = at.format("%H:%M").to_string();
    let (today_s, later): (Vec<_>, Vec<_>) =
        week.shifts.into_iter().partition(|s| s.date == today.to_string());
    let now = today_s.iter().filter(|s| s.start_time <= hm && hm < s.end_time).cloned().collect();
    let next =
        today_s.iter().find(|s| s.start_time > hm).cloned().or_else(|| later.into_iter().next());
    Ok(DutyNow { today: today_s, now, next })
}
