//! The desk's record books: the visit register (信访诉求登记本), visitors' contacts masked unless
//! asked for and allowed (then audited), and the work log (工作日志) of signed and saved days.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::params;

use super::handoff;
use super::model::{Handling, Worklog};
use crate::access::mask::{mask_name, mask_phone};
use crate::access::roles::Perm;
use crate::context::Session;
use crate::error::{AppError, AppResult, Reason};
use crate::roster::sheet::SheetFormat;

const VISIT_HEADERS: [&str; 11] = [
    "序号",
    "接待时间",
    "方式",
    "来访人",
    "联系电话",
    "社区",
    "反映事项",
    "处理方式",
    "处理结果",
    "转立案件",
    "登记人",
];

const WORKLOG_HEADERS: [&str; 13] = [
    "日期",
    "值班人员",
    "到岗情况",
    "接待总数",
    "当场办理",
    "转告受理",
    "代行受理",
    "告知路径",
    "耐心解释",
    "新立案件",
    "结案",
    "超期案件",
    "工作记录",
];

fn minute(stamp: &str) -> String {
    stamp.get(..16).unwrap_or(stamp).replace('T', " ")
}

pub fn visit_rows(
    s: &Session,
    from: NaiveDate,
    to: NaiveDate,
    full_contacts: bool,
) -> AppResult<Vec<Vec<String>>> {
    s.caller().require(Perm::VisitView)?;
    if full_contacts {
        s.caller().require(Perm::PersonalData)?;
    }
    if to < from {
        return Err(AppError::invalid("to", Reason::Invalid));
    }
    let end = to.succ_opt().unwrap_or(to).to_string();
    s.read(|conn| {
        let mut stmt = conn.prepare(
            "SELECT v.visited_at, v.channel, v.visitor_name, v.visitor_phone,
                    coalesce(m.name, ''), v.topic, v.handling, v.outcome, coalesce(c.number, ''),
                    v.recorded_by
             FROM visit v LEFT JOIN community m ON m.id = v.community_id
                  LEFT JOIN cases c ON c.id = v.case_id
             WHERE v.visited_at >= ?1 AND v.visited_at < ?2 AND v.archived_at IS NULL
             ORDER BY v.visited_at, v.id",
        )?;
        let rows = stmt.query_map(params![from.to_string(), end], |r| {
            let t = |i: usize| r.get::<_, String>(i);
            let (name, phone) = (t(2)?, t(3)?);
            let (name, phone) =
                if full_contacts { (name, phone) } else { (mask_name(&name), mask_phone(&phone)) };
            Ok(vec![
                String::new(),
                minute(&t(0)?),
                if t(1)? == "phone" { "来电".into() } else { "来访".into() },
                name,
                phone,
                t(4)?,
                t(5)?,
                Handling::parse(&t(6)?).map(|h| h.zh().to_string()).unwrap_or_default(),
                t(7)?,
                t(8)?,
                t(9)?,
            ])
        })?;
        let mut out = Vec::new();
        for (n, row) in (1..).zip(rows) {
            let mut row = row?;
            row[0] = n.to_string();
            out.push(row);
        }
        Ok(out)
    })
}

fn worklog_row(w: &Worklog) -> Vec<String> {
    let s = &w.summary;
    let people: Vec<String> = s.duty.iter().map(|d| format!("{}（{}）", d.name, d.shift)).collect();
    let arrivals: Vec<String> = s
        .duty
        .iter()
        .map(|d| match (&d.arrived_at, d.no_show, d.late) {
            (_, true, _) => format!("{} 缺岗", d.name),
            (Some(a), _, true) => format!("{} {a} 迟到", d.name),
            (Some(a), _, false) => format!("{} {a} 到岗", d.name),
            (None, _, _) => format!("{} 未登记", d.name),
        })
        .collect();
    let mut row = vec![w.day.clone(), people.join("、"), arrivals.join("；"), s.visits.to_string()];
    row.extend(s.by_handling.iter().map(|h| h.count.to_string()));
    let signed = match (&w.signed_by, &w.signed_at) {
        (Some(by), Some(at)) => format!("\n（{by} 于 {} 签字）", minute(at)),
        _ => "\n（未签字）".to_string(),
    };
    row.extend([
        s.cases_opened.to_string(),
        s.cases_closed.to_string(),
        s.overdue.to_string(),
        format!("{}{signed}", w.text),
    ]);
    row
}

fn day(field: &str, v: &str) -> AppResult<NaiveDate> {
    handoff::parse_day(field, v)
}

/// Writes the visit register; returns the number of visits.
pub fn visits_file(s: &Session, path: &Path, from: &str, to: &str, full: bool) -> AppResult<u32> {
    let format = SheetFormat::from_path(path)?;
    let (from, to) = (day("from", from)?, day("to", to)?);
    let rows = visit_rows(s, from, to, full)?;
    crate::files::write_atomic(
        path,
        &crate::table::to_bytes("信访诉求登记本", &VISIT_HEADERS, &rows, format)?,
    )?;
    if full {
        let what = format!("{from}..{to}, {} visits", rows.len());
        s.write(|tx| tx.log("export_unmasked", "visit", None, None::<&()>, Some(&what)))?;
    }
    Ok(rows.len() as u32)
}

/// Writes the work log of the saved days; returns the number of days.
pub fn worklog_file(s: &Session, path: &Path, from: &str, to: &str) -> AppResult<u32> {
    let format = SheetFormat::from_path(path)?;
    let days = handoff::list(s, day("from", from)?, day("to", to)?)?;
    let rows: Vec<Vec<String>> = days.iter().map(worklog_row).collect();
    crate::files::write_atomic(
        path,
        &crate::table::to_bytes("工作日志", &WORKLOG_HEADERS, &rows, format)?,
    )?;
    Ok(rows.len() as u32)
}
