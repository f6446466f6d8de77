//! The case register (案件登记本) for a period as `.xlsx` or `.csv` (UTF-8 with BOM, so Excel
//! on Chinese Windows reads it). Residents' phones and names are masked unless the user asks
//! for them in full and may see them; a full export is written to the audit trail.

use std::path::Path;

use chrono::NaiveDate;

use super::reach_sql;
use super::read::{CASE_COLUMNS, CASE_JOINS};
use crate::access::mask::{mask_name, mask_phone};
use crate::access::roles::Perm;
use crate::context::Session;
use crate::error::{AppError, AppResult};
use crate::roster::sheet::SheetFormat;

const HEADERS: [&str; 20] = [
    "案件编号",
    "登记时间",
    "来源",
    "类别",
    "社区",
    "网格",
    "地址",
    "标题",
    "描述",
    "反映人",
    "联系电话",
    "当事人",
    "状态",
    "承办人",
    "责任方",
    "办理期限",
    "结案时间",
    "回访满意度",
    "返工次数",
    "延期次数",
];

fn source_zh(s: &str) -> &'static str {
    match s {
        "desk" => "前台接待",
        "phone" => "来电",
        "patrol" => "巡查发现",
        "grid_worker" => "网格员上报",
        "hotline" => "12345热线",
        _ => "联席会议",
    }
}

pub fn status_zh(s: &str) -> &'static str {
    match s {
        "registered" => "已登记",
        "assigned" => "已派遣",
        "persuading" => "劝导中",
        "rectified" => "待复查",
        "parked" => "挂账",
        "closed" => "已结案",
        "not_accepted" => "不予受理",
        "referred" => "已转办",
        "duplicate" => "重复件",
        _ => "已作废",
    }
}

fn satisfaction_zh(s: Option<&str>) -> &'static str {
    match s {
        Some("satisfied") => "满意",
        Some("basically") => "基本满意",
        Some("dissatisfied") => "不满意",
        _ => "",
    }
}

/// The rows of the register, registered between `from` and `to` (both included).
pub fn rows(
    s: &Session,
    from: NaiveDate,
    to: NaiveDate,
    full_contacts: bool,
) -> AppResult<Vec<[String; 20]>> {
    s.caller().require(Perm::CaseView)?;
    if full_contacts {
        s.caller().require(Perm::PersonalData)?;
    }
    if to < from {
        return Err(AppError::invalid("to", crate::error::Reason::Invalid));
    }
    let end = to.succ_opt().unwrap_or(to).to_string();
    s.read(|conn| {
        let mut stmt = conn.prepare(&format!(
            "SELECT {CASE_COLUMNS} {CASE_JOINS}
             WHERE c.registered_at >= ?1 AND c.registered_at < ?2 AND c.archived_at IS NULL{}
             ORDER BY c.registered_at, c.id",
            reach_sql(s.caller())
        ))?;
        let rows = stmt
            .query_map([from.to_string(), end], |r| {
                let text = |i: usize| -> rusqlite::Result<String> {
                    Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default())
                };
                let (name, phone) = (text(12)?, text(13)?);
                let (name, phone) = if full_contacts {
                    (name, phone)
                } else {
                    (mask_name(&name), mask_phone(&phone))
                };
                let day = |v: String| v.get(..16).unwrap_or(&v).replace('T', " ");
                Ok([
                    text(1)?,
                    day(text(23)?),
                    source_zh(&text(2)?).to_string(),
                    text(4)?,
                    text(6)?,
                    text(8)?,
                    text(9)?,
                    text(10)?,
                    text(11)?,
                    name,
                    phone,
                    text(16)?,
                    status_zh(&text(18)?).to_string(),
                    text(20)?,
                    text(21)?,
                    day(text(24)?),
                    day(text(30)?),
                    satisfaction_zh(r.get::<_, Option<String>>(33)?.as_deref()).to_string(),
                    r.get::<_, i64>(28)?.to_string(),
                    r.get::<_, i64>(27)?.to_string(),
                ])
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    })
}

/// Writes the register to `path` (format by extension); returns the number of cases.
pub fn export_file(
    s: &Session,
    path: &Path,
    from: NaiveDate,
    to: NaiveDate,
    full_contacts: bool,
) -> AppResult<u32> {
    let format = SheetFormat::from_path(path)?;
    let rows = rows(s, from, to, full_contacts)?;
    crate::files::write_atomic(
        path,
        &crate::table::to_bytes("案件登记本", &HEADERS, &rows, format)?,
    )?;
    if full_contacts {
        let what = format!("{from}..{to}, {} cases", rows.len());
        s.write(|tx| tx.log("export_unmasked", "case", None, None::<&()>, Some(&what)))?;
    }
    Ok(rows.len() as u32)
}

/// `export_file` with the dates as the window sends them.
pub fn export_path(s: &Session, path: &Path, from: &str, to: &str, full: bool) -> AppResult<u32> {
    let day = |field: &str, v: &str| {
        NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
            .map_err(|_| AppError::invalid(field, crate::error::Reason::Invalid))
    };
    export_file(s, path, day("from", from)?, day("to", to)?, full)
}
