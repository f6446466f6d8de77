//! The case list: filters, full-text search and paging, all in SQL so a million cases stay
//! fast. Counts stop at `COUNT_CAP` (the list says "10,000+" past that) because an exact count
//! of a broad filter would read every matching row for a number nobody reads.

use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::deadline::Light;
use super::model::{Case, CaseSource};
use super::reach_sql;
use super::read::{case_from_row, CASE_COLUMNS, CASE_JOINS};
use super::search;
use super::workflow::CaseStatus;
use crate::access::roles::Perm;
use crate::context::Session;
use crate::error::{AppError, AppResult, Reason};
use crate::validate::optional_day;

pub const COUNT_CAP: i64 = 10_000;

/// The statuses whose clock runs (a parked case's is paused).
const OPEN: &str = "'registered', 'assigned', 'persuading', 'rectified'";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseSort {
    #[default]
    Newest,
    Oldest,
    /// Soonest deadline first.
    Due,
    /// Most recently worked on first (FixMyStreet's "recently updated"): what moved today.
    Updated,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseQuery {
    pub text: String,
    pub statuses: Vec<CaseStatus>,
    /// A first-level category includes its children.
    pub category_id: Option<i64>,
    pub community_id: Option<i64>,
    pub grid_id: Option<i64>,
    pub assignee_id: Option<i64>,
    pub source: Option<CaseSource>,
    pub light: Option<Light>,
    /// Registration dates, `YYYY-MM-DD`, both included.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Open cases due on this day, `YYYY-MM-DD` (Today's "due today").
    #[ts(optional)]
    #[serde(default)]
    pub due_on: Option<String>,
    pub sort: CaseSort,
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePage {
    pub cases: Vec<Case>,
    /// Matching cases, up to `COUNT_CAP`; `capped` says there are more.
    pub total: i64,
    pub capped: bool,
}

struct Sql {
    clause: String,
    args: Vec<Value>,
}

impl Sql {
    fn push(&mut self, clause: &str, v: impl Into<Value>) {
        self.args.push(v.into());
        self.clause.push_str(&clause.replace('?', &format!("?{}", self.args.len())));
    }
}

/// The WHERE clause (after `WHERE 1=1`) and its arguments; `None` when the text holds nothing
/// searchable.
fn filters(s: &Session, q: &CaseQuery, now: &str) -> AppResult<(Sql, bool)> {
    let mut sql = Sql { clause: reach_sql(s.caller()), args: Vec::new() };
    sql.clause.push_str(" AND c.archived_at IS NULL");
    let text = q.text.trim();
    let mut fts = false;
    if !text.is_empty() {
        if text.chars().count() > 100 {
            return Err(AppError::invalid("text", Reason::TooLong));
        }
        let parsed =
            search::parse(text).ok_or_else(|| AppError::invalid("text", Reason::Invalid))?;
        sql.push(" AND f.case_fts MATCH ?", parsed.fts);
        fts = true;
    }
    if !q.statuses.is_empty() {
        let list: Vec<String> = q.statuses.iter().map(|st| format!("'{}'", st.as_str())).collect();
        // Statuses come from the enum, never from user text.
        sql.clause.push_str(&format!(" AND c.status IN ({})", list.join(",")));
    }
    if let Some(cat) = q.category_id {
        // Both placeholders become the same numbered argument.
        sql.push(
            " AND c.category_id IN (SELECT id FROM case_category WHERE id = ? OR parent_id = ?)",
            cat,
        );
    }
    if let Some(c) = q.community_id {
        sql.push(" AND c.community_id = ?", c);
    }
    if let Some(g) = q.grid_id {
        sql.push(" AND c.grid_id = ?", g);
    }
    if let Some(a) = q.assignee_id {
        sql.push(" AND c.assignee_id = ?", a);
    }
    if let Some(src) = q.source {
        sql.push(" AND c.source = ?", src.as_str().to_string());
    }
    if let Some(light) = q.light {
        sql.clause.push_str(&format!(" AND c.status IN ({OPEN})"));
        match light {
            Light::Red => sql.push(" AND c.due_at < ?", now.to_string()),
            Light::Yellow => {
                sql.push(" AND c.yellow_at <= ?", now.to_string());
                sql.push(" AND c.due_at >= ?", now.to_string());
            }
            Light::Green => sql.push(" AND c.yellow_at > ?", now.to_string()),
        }
    }
    if let Some(due) = optional_day("dueOn", &q.due_on)? {
        sql.clause.push_str(&format!(" AND c.status IN ({OPEN})"));
        sql.push(" AND c.due_at >= ?", due.to_string());
        sql.push(" AND c.due_at < ?", due.succ_opt().unwrap_or(due).to_string());
    }
    if let Some(from) = optional_day("from", &q.from)? {
        sql.push(" AND c.registered_at >= ?", from.to_string());
    }
    if let Some(to) = optional_day("to", &q.to)? {
        let next = to.succ_opt().unwrap_or(to);
        sql.push(" AND c.registered_at < ?", next.to_string());
    }
    Ok((sql, fts))
}

pub fn list(s: &Session, q: &CaseQuery) -> AppResult<CasePage> {
    s.caller().require(Perm::CaseView)?;
    let now = crate::context::now();
    let (sql, fts) = filters(s, q, &now)?;
    // The search drives: FTS5 hands rowids (= case ids) newest first, cheaply. CROSS JOIN fixes
    // that order: with statistics the planner may otherwise walk the cases and probe the index
    // once per row, which is minutes on a big store.
    let from =
        if fts { "FROM case_fts f CROSS JOIN cases c ON c.id = f.rowid" } else { "FROM cases c" };
    let (order, outer) = match (q.sort, fts) {
        (CaseSort::Newest, true) => ("f.rowid DESC", "c.id DESC"),
        (CaseSort::Oldest, true) => ("f.rowid ASC", "c.id ASC"),
        (CaseSort::Newest, false) => {
            ("c.registered_at DESC, c.id DESC", "c.registered_at DESC, c.id DESC")
        }
        (CaseSort::Oldest, false) => {
            ("c.registered_at ASC, c.id ASC", "c.registered_at ASC, c.id ASC")
        }
        (CaseSort::Due, _) => ("c.due_at ASC, c.id ASC", "c.due_at ASC, c.id ASC"),
        (CaseSort::Updated, _) => ("c.updated_at DESC, c.id DESC", "c.updated_at DESC, c.id DESC"),
    };
    let size = q.page_size.clamp(1, 200) as i64;
    let offset = i64::from(q.page) * size;
    s.read(|conn| {
        let total: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM (SELECT 1 {from} WHERE 1=1{} LIMIT {})",
                sql.clause,
                COUNT_CAP + 1
            ),
            rusqlite::params_from_iter(sql.args.iter()),
            |r| r.get(0),
        )?;
        // Ids first, then the page's columns: when the order needs a sort, SQLite computes every
        // output column of every candidate before sorting, and a case's columns join names.
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {CASE_COLUMNS} {CASE_JOINS} WHERE c.id IN
                 (SELECT c.id {from} WHERE 1=1{} ORDER BY {order} LIMIT {size} OFFSET {offset})
             ORDER BY {outer}",
            sql.clause
        ))?;
        let cases = stmt
            .query_map(rusqlite::params_from_iter(sql.args.iter()), |r| case_from_row(r, &now))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CasePage { cases, total: total.min(COUNT_CAP), capped: total > COUNT_CAP })
    })
}
