//! Duty exports: iCalendar (RFC 5545) for calendar programs, and .xlsx / .csv for the office.
//! Times are local to the workstation (Asia/Shanghai, UTC+8 all year), written with a TZID and
//! its VTIMEZONE so calendar programs place them right wherever the file is opened.

use std::path::Path;

use chrono::{Datelike, NaiveDate, Utc};
use rust_xlsxwriter::{Format, Workbook};

use super::schedule::Source;
use super::view::{DutySchedule, ShiftView};
use crate::error::{AppError, AppResult, ErrorCode};

pub const TZID: &str = "Asia/Shanghai";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DutyFormat {
    Ics,
    Xlsx,
    Csv,
}

impl DutyFormat {
    pub fn from_path(p: &Path) -> AppResult<DutyFormat> {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_lowercase();
        match ext.as_str() {
            "ics" => Ok(DutyFormat::Ics),
            "xlsx" => Ok(DutyFormat::Xlsx),
            "csv" => Ok(DutyFormat::Csv),
            _ => Err(AppError::new(
                ErrorCode::InvalidFile,
                format!("{}: use a .ics, .xlsx or .csv file name", p.display()),
            )),
        }
    }
}

const WEEKDAYS: [&str; 7] = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

fn weekday(date: &str) -> &'static str {
    NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map(|d| WEEKDAYS[d.weekday().num_days_from_monday() as usize])
        .unwrap_or("")
}

fn source_text(s: Source) -> &'static str {
    match s {
        Source::Rotation => "轮值",
        Source::Covering => "代班",
        Source::Added => "加派",
        Source::Replacing => "替班",
    }
}

/// RFC 5545 TEXT escaping.
fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn compact(date: &str, time: &str) -> String {
    format!("{}T{}00", date.replace('-', ""), time.replace(':', ""))
}

fn title(s: &ShiftView) -> String {
    let place = s.community_name.clone().unwrap_or_else(|| "全站".to_string());
    format!("{place}下沉值班")
}

/// The schedule as an iCalendar file. With `person`, one event per duty of that person; else
/// one event per shift naming everyone on it.
pub fn ics(schedule: &DutySchedule, workstation: &str, person: Option<i64>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Community Workstation//Duty Schedule//ZH".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", esc(&format!("{workstation} 值班表"))),
        format!("X-WR-TIMEZONE:{TZID}"),
        "BEGIN:VTIMEZONE".into(),
        format!("TZID:{TZID}"),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        "TZOFFSETFROM:+0800".into(),
        "TZOFFSETTO:+0800".into(),
        "TZNAME:CST".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ];
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    for s in &schedule.shifts {
        let people: Vec<_> =
            s.people.iter().filter(|p| person.is_none_or(|id| p.person_id == id)).collect();
        if people.is_empty() {
            continue;
        }
        let names: Vec<String> = s
            .people
            .iter()
            .map(|p| match &p.covers_name {
                Some(c) => format!("{}（{}{}）", p.name, source_text(p.source), c),
                None => format!("{} {}", p.name, p.phone),
            })
            .collect();
        let rule = s.rule_id.map(|r| r.to_string()).unwrap_or_else(|| "adhoc".into());
        let who = person.map(|p| format!("-{p}")).unwrap_or_default();
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:duty-{}-{rule}{who}@community-workstation", s.date),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID={TZID}:{}", compact(&s.date, &s.start_time)),
            format!("DTEND;TZID={TZID}:{}", compact(&s.date, &s.end_time)),
            format!(
                "SUMMARY:{}",
                esc(&format!(
                    "{}：{}",
                    title(s),
                    people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("、")
                ))
            ),
            format!("LOCATION:{}", esc(s.community_name.as_deref().unwrap_or(workstation))),
            format!("DESCRIPTION:{}", esc(&names.join("\n"))),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        fold(&l, &mut out);
    }
    out
}

const HEADERS: [&str; 11] =
    ["日期", "星期", "社区", "值班规则", "开始", "结束", "姓名", "电话", "类型", "到岗", "离岗"];

fn rows(schedule: &DutySchedule, person: Option<i64>) -> Vec<[String; 11]> {
    let mut out = Vec::new();
    for s in &schedule.shifts {
        for p in s.people.iter().filter(|p| person.is_none_or(|id| p.person_id == id)) {
            let kind = match &p.covers_name {
                Some(c) => format!("{}（{}）", source_text(p.source), c),
                None => source_text(p.source).to_string(),
            };
            let att = p.attendance.as_ref();
            let left = match att {
                Some(a) if a.no_show => format!("未到岗：{}", a.reason),
                Some(a) => a.left_at.clone().unwrap_or_default(),
                None => String::new(),
            };
            out.push([
                s.date.clone(),
                weekday(&s.date).to_string(),
                s.community_name.clone().unwrap_or_else(|| "全站".into()),
                s.rule_name.clone().unwrap_or_else(|| "临时值班".into()),
                s.start_time.clone(),
                s.end_time.clone(),
                p.name.clone(),
                p.phone.clone(),
                kind,
                att.and_then(|a| a.arrived_at.clone()).unwrap_or_default(),
                left,
            ]);
        }
    }
    out
}

pub fn xlsx(schedule: &DutySchedule, person: Option<i64>) -> AppResult<Vec<u8>> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let map = |e: rust_xlsxwriter::XlsxError| AppError::internal(format!("xlsx: {e}"));
    for (c, h) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &bold).map_err(map)?;
        sheet.set_column_format(c as u16, &text).map_err(map)?;
        sheet.set_column_width(c as u16, if c == 3 { 24 } else { 12 }).map_err(map)?;
    }
    for (r, row) in rows(schedule, person).iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet.write_string(r as u32 + 1, c as u16, v).map_err(map)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(map)?;
    book.save_to_buffer().map_err(map)
}

pub fn csv(schedule: &DutySchedule, person: Option<i64>) -> AppResult<Vec<u8>> {
    // A BOM so that Excel on a Chinese Windows reads the UTF-8 correctly.
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let map = |e: csv::Error| AppError::internal(format!("csv: {e}"));
    w.write_record(HEADERS).map_err(map)?;
    for row in rows(schedule, person) {
        w.write_record(&row).map_err(map)?;
    }
    w.into_inner().map_err(|e| AppError::internal(format!("csv: {e}")))
}

/// Renders the export; returns the bytes and the number of duties written.
pub fn render(
    schedule: &DutySchedule,
    workstation: &str,
    format: DutyFormat,
    person: Option<i64>,
) -> AppResult<(Vec<u8>, u32)> {
    let count = rows(schedule, person).len() as u32;
    let bytes = match format {
        DutyFormat::Ics => ics(schedule, workstation, person).into_bytes(),
        DutyFormat::Xlsx => xlsx(schedule, person)?,
        DutyFormat::Csv => csv(schedule, person)?,
    };
    Ok((bytes, count))
}
