//! Reads and writes the "2+N" roster spreadsheet (.xlsx or .csv), one row per assignment. `read`
//! finds the header row, maps Chinese or English headers to fields, normalises text, phones and
//! dates and notes per-row problems; it applies no database rule. `write` emits the canonical
//! Chinese headers in `COLUMNS` order, every cell as text.

use std::borrow::Cow;
use std::fmt::Display;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use chrono::{Days, NaiveDate};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::error::{AppError, AppResult, ErrorCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    Xlsx,
    Csv,
}

impl SheetFormat {
    pub fn from_path(p: &Path) -> AppResult<SheetFormat> {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Ok(SheetFormat::Xlsx),
            "csv" => Ok(SheetFormat::Csv),
            _ => Err(invalid(format!("{} is not a .xlsx or .csv file", p.display()))),
        }
    }
}

/// One data row as read, after normalisation, before any database rule.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SheetRow {
    /// 1-based row number as the user sees it in the spreadsheet (header row counted).
    pub row: usize,
    pub community: String,
    pub grid: String,
    pub grid_code: String,
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub party: String,
    /// Normalised by `normalize_phone`; when that fails, the cell's text as typed.
    pub phone: String,
    /// Normalised "YYYY-MM-DD"; `None` when empty or unreadable (see `problems`).
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub duties: String,
    pub notes: String,
    /// Problems found while reading this row (unparseable date, phone with letters...).
    pub problems: Vec<RowProblem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RowProblem {
    BadStartDate,
    BadEndDate,
    BadPhone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub rows: Vec<SheetRow>,
    /// Required fields whose column is absent: of "community", "grid", "name", "role".
    pub missing_columns: Vec<&'static str>,
}

/// (field, canonical header, synonyms) in `write` order; compared through `header_key`.
const COLUMNS: [(&str, &str, &[&str]); 12] = [
    ("community", "社区", &["所属社区", "社区名称", "community"]),
    ("grid", "网格", &["网格名称", "所属网格", "grid"]),
    ("grid_code", "网格编码", &["网格编号", "网格代码", "grid code", "grid_code"]),
    ("name", "姓名", &["名字", "人员姓名", "name"]),
    ("role", "角色", &["网格角色", "职务", "岗位", "role"]),
    ("organisation", "单位", &["工作单位", "所属单位", "单位名称", "organisation", "organization"]),
    ("party", "力量类别", &["类别", "所属力量", "力量", "party"]),
    ("phone", "电话", &["联系电话", "手机", "手机号", "手机号码", "联系方式", "phone"]),
    (
        "start_date",
        "任期开始",
        &["开始日期", "任职日期", "起始日期", "任期起", "开始", "开始时间", "start", "start date"],
    ),
    (
        "end_date",
        "任期结束",
        &["结束日期", "任期止", "截止日期", "结束", "结束时间", "end", "end date"],
    ),
    ("duties", "职责", &["工作职责", "主要职责", "duties"]),
    ("notes", "备注", &["notes"]),
];
/// Indexes into `COLUMNS` of community, grid, name and role.
const REQUIRED: [usize; 4] = [0, 1, 3, 4];
/// Offices put a title (and sometimes a date line) above the header; deeper than this is not one.
const HEADER_SEARCH_ROWS: usize = 10;

/// Reads a roster file: the header is the first row (of the first 10 non-empty ones) with at
/// least 3 recognised headers. Rows with nothing in any recognised column are skipped.
pub fn read(bytes: &[u8], format: SheetFormat) -> AppResult<Sheet> {
    let grid = match format {
        SheetFormat::Xlsx => xlsx_grid(bytes)?,
        SheetFormat::Csv => csv_grid(bytes)?,
    };
    let known = known_headers();
    let mut rows = grid.into_iter().filter(|(_, cells)| cells.iter().any(|c| !is_blank(c)));
    let mut columns = rows
        .by_ref()
        .take(HEADER_SEARCH_ROWS)
        .map(|(_, cells)| header_map(&cells, &known))
        .find(|map| map.iter().flatten().count() >= 3)
        .ok_or_else(|| {
            invalid(
                "no header row: none of the first 10 rows names 3 roster columns (社区, 姓名...)",
            )
        })?;
    let mut sheet_rows = Vec::new();
    for (row, cells) in rows {
        let below = header_map(&cells, &known);
        let named = below.iter().flatten().count();
        if named > 0 && named == cells.iter().filter(|c| !is_blank(c)).count() {
            // Only headers: a second header level ("任期" merged over "开始 | 结束") names more
            // columns; later, a header repeated where sheets were pasted together holds no one.
            if sheet_rows.is_empty() {
                columns.iter_mut().zip(below).for_each(|(c, b)| *c = c.or(b));
            }
            continue;
        }
        let text: [&str; 12] = std::array::from_fn(|f| {
            columns[f].and_then(|i| cells.get(i)).map_or("", String::as_str)
        });
        if !text.iter().all(|c| is_blank(c)) {
            sheet_rows.push(sheet_row(row, text));
        }
    }
    let missing = REQUIRED.iter().filter(|&&f| columns[f].is_none()).map(|&f| COLUMNS[f].0);
    Ok(Sheet { rows: sheet_rows, missing_columns: missing.collect() })
}

fn sheet_row(row: usize, text: [&str; 12]) -> SheetRow {
    let [community, grid, grid_code, name, role, org, party, phone, start, end, duties, notes] =
        text;
    let mut problems = Vec::new();
    let phone = normalize_phone(phone).unwrap_or_else(|()| {
        problems.push(RowProblem::BadPhone);
        normalize_text(phone)
    });
    let start_date = normalize_date(start).unwrap_or_else(|()| {
        problems.push(RowProblem::BadStartDate);
        None
    });
    let end_date = normalize_date(end).unwrap_or_else(|()| {
        problems.push(RowProblem::BadEndDate);
        None
    });
    SheetRow {
        row,
        community: normalize_text(community),
        grid: normalize_text(grid),
        grid_code: normalize_text(grid_code),
        name: normalize_text(name),
        role: normalize_text(role),
        organisation: normalize_text(org),
        party: normalize_text(party),
        phone,
        start_date,
        end_date,
        duties: normalize_lines(duties),
        notes: normalize_lines(notes),
        problems,
    }
}

/// The `header_key` of every header in `COLUMNS`, with its field, in `COLUMNS` order. Made once
/// per file: every data row is also checked for being a header, and recomputing the ~60 keys
/// for each of its cells was most of the time an import took.
fn known_headers() -> Vec<(String, usize)> {
    COLUMNS
        .iter()
        .enumerate()
        .flat_map(|(f, (_, zh, synonyms))| {
            std::iter::once(zh).chain(synonyms.iter()).map(move |h| (header_key(h), f))
        })
        .collect()
}

/// Which cell of a row holds each field; a repeated header keeps its first column.
fn header_map(cells: &[String], known: &[(String, usize)]) -> [Option<usize>; 12] {
    let mut map = [None; 12];
    for (i, cell) in cells.iter().enumerate() {
        let key = header_key(cell);
        // The first field in `COLUMNS` order with a matching header, as `known` is in that order.
        let field = known.iter().find(|(k, _)| *k == key).map(|&(_, f)| f);
        if let Some(f) = field.filter(|&f| map[f].is_none()) {
            map[f] = Some(i);
        }
    }
    map
}

/// Templates mark required columns as "姓名*", "*姓名" or "姓名（必填）"; headers typed by hand
/// vary in case and spacing. One pass and one buffer: every cell of every row is keyed.
/// (Lowercasing char by char differs from `str::to_lowercase` only in a word-final Greek
/// sigma, which no header has.)
fn header_key(s: &str) -> String {
    let mut k = String::with_capacity(s.len());
    for c in s.chars().map(halfwidth) {
        if !c.is_whitespace() && !is_invisible(c) {
            k.extend(c.to_lowercase());
        }
    }
    let t = k.trim_matches('*');
    let t = t.strip_suffix("(必填)").unwrap_or(t).trim_matches('*');
    if t.len() == k.len() {
        k
    } else {
        t.to_string()
    }
}

/// Rows of (1-based spreadsheet row number, cell texts) of the first worksheet.
/// The first worksheet (or the CSV) as rows of (1-based row number, cell texts), for readers
/// of other record books.
pub fn grid(bytes: &[u8], format: SheetFormat) -> AppResult<Vec<(usize, Vec<String>)>> {
    match format {
        SheetFormat::Xlsx => xlsx_grid(bytes),
        SheetFormat::Csv => csv_grid(bytes),
    }
}

fn xlsx_grid(bytes: &[u8]) -> AppResult<Vec<(usize, Vec<String>)>> {
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(invalid("old .xls or password-protected workbook; save it as a plain .xlsx"));
    }
    let mut book = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| invalid(format!("not a readable .xlsx workbook: {e}")))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| invalid("the workbook has no worksheet"))?
        .map_err(|e| invalid(format!("the first worksheet cannot be read: {e}")))?;
    // calamine's range starts at the first non-empty cell, not at A1.
    let first = range.start().map_or(0, |(r, _)| r as usize);
    let cells = |row: &[Data]| row.iter().map(xlsx_cell).collect();
    Ok(range.rows().enumerate().map(|(i, row)| (first + i + 1, cells(row))).collect())
}

fn xlsx_cell(d: &Data) -> String {
    match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        // Excel stores every number as f64; Rust's Display never writes an exponent or a ".0",
        // so a phone typed as a number reads "13812345678" and a serial date "44760".
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            // A date cell reads as the date; a time of day, when there is one, is kept: a
            // hotline work order's 来电时间 starts its deadline clock.
            let (y, m, d, h, min, ..) = dt.to_ymd_hms_milli();
            if (h, min) == (0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}")
            }
        }
        Data::DateTime(dt) => dt.as_f64().to_string(),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// Rows of (1-based spreadsheet row number, cell texts).
fn csv_grid(bytes: &[u8]) -> AppResult<Vec<(usize, Vec<String>)>> {
    // One line-end form, so that what the csv reader skips before a record is only blank lines.
    let text = decode(bytes)?.replace("\r\n", "\n").replace('\r', "\n");
    let head = text.lines().take(HEADER_SEARCH_ROWS);
    let (tabs, commas) =
        head.fold((0, 0), |(t, c), l| (t + l.matches('\t').count(), c + l.matches(',').count()));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(if tabs > commas { b'\t' } else { b',' })
        .from_reader(text.as_bytes());
    let mut grid = Vec::new();
    let mut record = csv::StringRecord::new();
    let (mut row, mut end) = (0, 0);
    // The reader skips blank lines, which Excel shows as rows, and a quoted cell with line breaks
    // spans lines but is one row: count records plus the blank lines consumed before each.
    while reader.read_record(&mut record).map_err(|e| invalid(format!("malformed CSV: {e}")))? {
        let start = end;
        end = usize::try_from(reader.position().byte()).unwrap_or(text.len());
        let blanks =
            text.get(start..end).map_or(0, |s| s.bytes().take_while(|&b| b == b'\n').count());
        row += 1 + blanks;
        grid.push((row, record.iter().map(csv_cell).collect()));
    }
    Ok(grid)
}

/// Exports from other systems write `="0596-2345678"` to keep Excel from turning it into a number.
fn csv_cell(s: &str) -> String {
    s.strip_prefix("=\"").and_then(|s| s.strip_suffix('"')).unwrap_or(s).to_string()
}

fn decode(bytes: &[u8]) -> AppResult<String> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(invalid("this is an .xlsx workbook, not CSV text"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Excel on Chinese Windows saves "CSV" as GBK (a subset of GB18030) unless told UTF-8.
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or_else(|| invalid("the CSV file is neither UTF-8 nor GBK/GB18030 text"))?,
    };
    if text.contains('\0') {
        return Err(invalid("the CSV file holds binary data, not text"));
    }
    Ok(text.into_owned())
}

/// Writes rows with the canonical Chinese headers, in `COLUMNS` order.
pub fn write(rows: &[SheetRow], format: SheetFormat) -> AppResult<Vec<u8>> {
    match format {
        SheetFormat::Xlsx => write_xlsx(rows).map_err(internal),
        SheetFormat::Csv => write_csv(rows).map_err(internal),
    }
}

fn cells(r: &SheetRow) -> [&str; 12] {
    [
        &r.community,
        &r.grid,
        &r.grid_code,
        &r.name,
        &r.role,
        &r.organisation,
        &r.party,
        &r.phone,
        r.start_date.as_deref().unwrap_or(""),
        r.end_date.as_deref().unwrap_or(""),
        &r.duties,
        &r.notes,
    ]
}

fn write_csv(rows: &[SheetRow]) -> Result<Vec<u8>, csv::Error> {
    // The BOM is what makes Excel on Chinese Windows read the file as UTF-8 rather than GBK.
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(COLUMNS.map(|c| c.1))?;
    for r in rows {
        w.write_record(cells(r))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

fn write_xlsx(rows: &[SheetRow]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("名册")?;
    let bold = Format::new().set_bold();
    // Text-formatted columns keep a phone typed in later as text, not 1.38123E+10.
    let text = Format::new().set_num_format("@");
    let mut widths = COLUMNS.map(|c| display_width(c.1));
    for (c, (_, zh, _)) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(0, c, zh, &bold)?;
    }
    for (row, r) in (1u32..).zip(rows) {
        for ((c, value), width) in (0u16..).zip(cells(r)).zip(widths.iter_mut()) {
            sheet.write_string(row, c, value)?;
            *width = width.max(display_width(value));
        }
    }
    for (c, width) in (0u16..).zip(widths) {
        sheet.set_column_format(c, &text)?;
        sheet.set_column_width(c, width.clamp(6.0, 50.0) + 2.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    book.save_to_buffer()
}

/// Column width in Excel units: a Chinese character is about two digits wide.
fn display_width(s: &str) -> f64 {
    let line = |l: &str| l.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum::<f64>();
    s.lines().map(line).fold(0.0, f64::max)
}

/// Full-width digits and letters → half-width, ideographic space → space, zero-width chars and
/// BOM removed, trimmed, inner whitespace collapsed to one space. Full-width punctuation
/// (，：（）－…) stays: it is how Chinese names and duties are written ("茶叶店（胜利西路32号）"),
/// and changing it would make an exported roster differ from itself on re-import.
pub fn normalize_text(s: &str) -> String {
    // One pass into one buffer rather than map, split and join: every cell goes through here.
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            c if is_invisible(c) => continue,
            '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
                halfwidth(c)
            }
            c if c.is_whitespace() => {
                space = !out.is_empty();
                continue;
            }
            c => c,
        };
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Every full-width ASCII character → half-width, for values that are really numbers (phones,
/// dates), where "０５９６－２３４５６７８" means 0596-2345678.
fn halfwidth_all(s: &str) -> String {
    s.chars().map(halfwidth).collect()
}

fn halfwidth(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// `normalize_text` per line, keeping line breaks: duties are often a numbered list.
fn normalize_lines(s: &str) -> String {
    let lines: Vec<String> = s.lines().map(normalize_text).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

/// Whether `normalize_text` would leave nothing, without building its result: asked of every
/// cell, often more than once.
fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// Zero-width characters and the BOM, which `normalize_text` removes.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}' | '\u{2060}')
}

/// Mobile → 11 digits ("13812345678"); landline → digits with one dash after the area code where
/// the writer separated it, and one before an extension ("0596-2345678-801"); "" → "". A `+86`,
/// `86-` or `0086` prefix is dropped and "转" reads as an extension mark. Letters, fewer than 5
/// digits, or a number starting with 1 that is neither 11 digits nor a 5-digit hotline → `Err`.
// The bare `()` error is the agreed API: the caller only turns it into a RowProblem.
#[allow(clippy::result_unit_err)]
pub fn normalize_phone(s: &str) -> Result<String, ()> {
    let s = normalize_text(&halfwidth_all(s));
    let s = s.strip_prefix("+86").unwrap_or(&s).replace('转', "-");
    if !s.chars().all(|c| c.is_ascii_digit() || " -.()".contains(c)) {
        return Err(());
    }
    let mut groups: Vec<&str> =
        s.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    if groups.len() > 1 && matches!(groups[0], "86" | "0086") {
        groups.remove(0);
    }
    let mut digits = groups.concat();
    if digits.len() == 13 && digits.starts_with("861") {
        digits.drain(..2);
    }
    if digits.is_empty() {
        return Ok(String::new());
    }
    if digits.len() < 5 || digits.len() > 16 {
        return Err(());
    }
    if digits.starts_with('1') {
        return if matches!(digits.len(), 5 | 11) { Ok(digits) } else { Err(()) };
    }
    let (area, rest) = match groups.split_first() {
        Some((a, rest)) if a.starts_with('0') && (3..=4).contains(&a.len()) && !rest.is_empty() => {
            (Some(*a), rest)
        }
        _ => (None, &groups[..]),
    };
    // The local number may itself be split ("234 5678"); what follows 7 digits is an extension.
    let mut local = String::new();
    let mut used = 0;
    while used < rest.len() && local.len() < 7 {
        local.push_str(rest[used]);
        used += 1;
    }
    let mut out = area.map(|a| format!("{a}-")).unwrap_or_default() + &local;
    if used < rest.len() {
        out = out + "-" + &rest[used..].concat();
    }
    Ok(out)
}

/// "" → `None`; Y-M-D with `-`, `/`, `.` or 年月日, "20220718", a trailing time, or an Excel serial
/// of 5 digits (1900 system, "44760" = 2022-07-18) → `Some("YYYY-MM-DD")`; anything else or an
/// impossible date (2022-02-30) → `Err`.
#[allow(clippy::result_unit_err)]
pub fn normalize_date(s: &str) -> Result<Option<String>, ()> {
    let s = normalize_text(&halfwidth_all(s));
    let day = s.split([' ', 'T']).next().unwrap_or("");
    if day.is_empty() {
        return Ok(None);
    }
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = day.split_once('.').unwrap_or((day, "0"));
    let date = if digits(day) && day.len() == 8 {
        ymd(&day[..4], &day[4..6], &day[6..])
    } else if digits(whole) && whole.len() == 5 && digits(fraction) {
        whole.parse().ok().and_then(serial_date)
    } else {
        let unified: String = day
            .trim_end_matches(['日', '号'])
            .chars()
            .map(|c| if matches!(c, '年' | '月' | '/' | '.') { '-' } else { c })
            .collect();
        match unified.split('-').collect::<Vec<_>>()[..] {
            [y, m, d] if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => ymd(y, m, d),
            _ => None,
        }
    };
    date.map(|d| Some(d.format("%Y-%m-%d").to_string())).ok_or(())
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    let num = |p: &str| -> Option<u32> {
        p.bytes().all(|b| b.is_ascii_digit()).then(|| p.parse().ok()).flatten()
    };
    NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?)
}

/// Excel's 1900 system counts 1900-01-01 as day 1 and keeps Lotus 1-2-3's 1900-02-29 as day 60,
/// so from day 61 on the epoch is 1899-12-30.
fn serial_date(days: u32) -> Option<NaiveDate> {
    let epoch = match days {
        1..=59 => NaiveDate::from_ymd_opt(1899, 12, 31)?,
        61.. => NaiveDate::from_ymd_opt(1899, 12, 30)?,
        _ => return None,
    };
    epoch.checked_add_days(Days::new(days.into()))
}

fn invalid(message: impl Into<String>) -> AppError {
    AppError::new(ErrorCode::InvalidFile, message)
}

fn internal(e: impl Display) -> AppError {
    AppError::internal(format!("cannot write the roster file: {e}"))
}

#[cfg(test)]
#[path = "sheet_tests.rs"]
mod tests;
