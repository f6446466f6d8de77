//! The category dictionary: two levels with codes (codes are data: cities differ). The first
//! level follows the event classes of the national digital urban-management standard
//! (GB/T 30428.2: 市容环境, 宣传广告, 施工管理, 突发事件, 街面秩序, 扩展事项); under them, the
//! kinds of problem a community workstation meets, including the story's own. Each second-level
//! category has a time limit in working hours or working days; all of it is editable in Settings.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::deadline::Limit;
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Category {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub code: String,
    pub name: String,
    pub limit: Option<Limit>,
    pub filing_criteria: String,
    pub closing_criteria: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CategoryInput {
    pub parent_id: Option<i64>,
    pub code: String,
    pub name: String,
    /// Required for a second-level category (one with a parent).
    pub limit: Option<Limit>,
    pub filing_criteria: String,
    pub closing_criteria: String,
}

const COLUMNS: &str = "id, parent_id, code, name, limit_unit, limit_value, filing_criteria,
    closing_criteria, archived_at IS NOT NULL";

fn from_row(r: &Row) -> rusqlite::Result<Category> {
    let unit: Option<String> = r.get(4)?;
    let value: Option<u32> = r.get(5)?;
    let limit = match (unit.as_deref(), value) {
        (Some("hours"), Some(v)) => Some(Limit::Hours(v)),
        (Some("days"), Some(v)) => Some(Limit::Days(v)),
        _ => None,
    };
    Ok(Category {
        id: r.get(0)?,
        parent_id: r.get(1)?,
        code: r.get(2)?,
        name: r.get(3)?,
        limit,
        filing_criteria: r.get(6)?,
        closing_criteria: r.get(7)?,
        archived: r.get(8)?,
    })
}

/// Every category, archived ones too (old cases still name them), in code order.
pub fn list(conn: &Connection) -> AppResult<Vec<Category>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM case_category ORDER BY archived_at IS NOT NULL, code"
    ))?;
    let rows = stmt.query_map([], from_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn get(conn: &Connection, id: i64) -> AppResult<Category> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM case_category WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("category"))
}

fn limit_parts(limit: Option<Limit>) -> (Option<&'static str>, Option<u32>) {
    match limit {
        Some(Limit::Hours(v)) => (Some("hours"), Some(v)),
        Some(Limit::Days(v)) => (Some("days"), Some(v)),
        None => (None, None),
    }
}

struct Clean {
    parent_id: Option<i64>,
    code: String,
    name: String,
    limit: Option<Limit>,
    filing: String,
    closing: String,
}

fn clean(conn: &Connection, input: &CategoryInput, id: Option<i64>) -> AppResult<Clean> {
    let code = validate::required("code", &input.code, 20)?;
    let name = validate::required("name", &input.name, 40)?;
    if let Some(p) = input.parent_id {
        let parent = get(conn, p).map_err(|_| AppError::invalid("parentId", Reason::Invalid))?;
        if parent.archived || parent.parent_id.is_some() || Some(p) == id {
            return Err(AppError::invalid("parentId", Reason::Invalid));
        }
        match input.limit {
            None => return Err(AppError::invalid("limit", Reason::Required)),
            Some(Limit::Hours(v)) if v == 0 || v > 2000 => {
                return Err(AppError::invalid("limit", Reason::Invalid))
            }
            Some(Limit::Days(v)) if v == 0 || v > 365 => {
                return Err(AppError::invalid("limit", Reason::Invalid))
            }
            _ => {}
        }
    }
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM case_category WHERE code = ?1 AND archived_at IS NULL
             AND id IS NOT ?2)",
        params![code, id],
        |r| r.get(0),
    )?;
    if taken {
        return Err(AppError::invalid("code", Reason::Duplicate));
    }
    Ok(Clean {
        parent_id: input.parent_id,
        code,
        name,
        limit: if input.parent_id.is_some() { input.limit } else { None },
        filing: validate::optional("filingCriteria", &input.filing_criteria, 500)?,
        closing: validate::optional("closingCriteria", &input.closing_criteria, 500)?,
    })
}

pub fn create(tx: &WriteTx, input: &CategoryInput) -> AppResult<Category> {
    let c = clean(tx.conn(), input, None)?;
    let (unit, value) = limit_parts(c.limit);
    tx.conn().execute(
        "INSERT INTO case_category (parent_id, code, name, limit_unit, limit_value,
             filing_criteria, closing_criteria, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![c.parent_id, c.code, c.name, unit, value, c.filing, c.closing, tx.now()],
    )?;
    let v = get(tx.conn(), tx.conn().last_insert_rowid())?;
    tx.log("create", "case_category", Some(v.id.to_string()), None::<&()>, Some(&v))?;
    Ok(v)
}

pub fn update(tx: &WriteTx, id: i64, input: &CategoryInput) -> AppResult<Category> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("category"));
    }
    let c = clean(tx.conn(), input, Some(id))?;
    let (unit, value) = limit_parts(c.limit);
    tx.conn().execute(
        "UPDATE case_category SET parent_id = ?1, code = ?2, name = ?3, limit_unit = ?4,
             limit_value = ?5, filing_criteria = ?6, closing_criteria = ?7 WHERE id = ?8",
        params![c.parent_id, c.code, c.name, unit, value, c.filing, c.closing, id],
    )?;
    let after = get(tx.conn(), id)?;
    tx.log("update", "case_category", Some(id.to_string()), Some(&before), Some(&after))?;
    Ok(after)
}

pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("category"));
    }
    tx.conn().execute(
        "UPDATE case_category SET archived_at = ?1 WHERE id = ?2 OR parent_id = ?2",
        params![tx.now(), id],
    )?;
    tx.log("archive", "case_category", Some(id.to_string()), Some(&before), None::<&()>)?;
    Ok(())
}

/// (code, name, limit) — first level has no limit.
type Seed = (&'static str, &'static str, Option<Limit>);

const SHIPPED: &[Seed] = &[
    ("01", "市容环境", None),
    ("0101", "私搭乱建", Some(Limit::Days(5))),
    ("0102", "暴露垃圾", Some(Limit::Hours(4))),
    ("0103", "积存垃圾渣土", Some(Limit::Days(1))),
    ("0104", "乱堆物堆料", Some(Limit::Days(2))),
    ("0105", "乱涂乱画", Some(Limit::Days(2))),
    ("0106", "绿地脏乱", Some(Limit::Days(2))),
    ("02", "宣传广告", None),
    ("0201", "非法小广告", Some(Limit::Days(1))),
    ("0202", "违规张贴悬挂广告", Some(Limit::Days(2))),
    ("0203", "占道广告牌", Some(Limit::Days(3))),
    ("03", "施工管理", None),
    ("0301", "施工扰民", Some(Limit::Hours(8))),
    ("0302", "工地扬尘", Some(Limit::Days(1))),
    ("0303", "道路遗撒", Some(Limit::Hours(4))),
    ("04", "突发事件", None),
    ("0401", "路面塌陷", Some(Limit::Hours(2))),
    ("0402", "供水管道破裂", Some(Limit::Hours(2))),
    ("0403", "户外设施倒伏", Some(Limit::Hours(2))),
    ("05", "街面秩序", None),
    ("0501", "无照经营游商", Some(Limit::Days(1))),
    ("0502", "店外经营（出店经营）", Some(Limit::Days(1))),
    ("0503", "占道废品收购", Some(Limit::Days(2))),
    ("0504", "非机动车乱停放", Some(Limit::Days(1))),
    ("0505", "机动车乱停放", Some(Limit::Days(1))),
    ("06", "社区治理（本地）", None),
    ("0601", "占用消防通道", Some(Limit::Hours(4))),
    ("0602", "电动车入楼/飞线充电", Some(Limit::Hours(8))),
    ("0603", "破墙装修", Some(Limit::Days(3))),
    ("0604", "门前三包", Some(Limit::Days(3))),
    ("0605", "电梯维保纠纷", Some(Limit::Days(10))),
    ("0606", "噪声扰民", Some(Limit::Days(2))),
    ("0607", "饲养家禽家畜", Some(Limit::Days(5))),
];

/// The shipped dictionary, written by the migration that creates the register.
pub(crate) fn seed(conn: &Connection) -> AppResult<()> {
    let now = crate::context::now();
    let mut parent: Option<i64> = None;
    for (i, (code, name, limit)) in SHIPPED.iter().enumerate() {
        let (unit, value) = limit_parts(*limit);
        let parent_id = if code.len() == 2 { None } else { parent };
        conn.execute(
            "INSERT INTO case_category (parent_id, code, name, limit_unit, limit_value,
                 sort_order, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![parent_id, code, name, unit, value, i as i64, now],
        )?;
        if code.len() == 2 {
            parent = Some(conn.last_insert_rowid());
        }
    }
    Ok(())
}
