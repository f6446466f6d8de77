//! `import cases FILE`: new cases from a spreadsheet, typically the work orders the 12345
//! hotline platform hands a workstation, or a register kept in Excel before the app. Columns
//! are found by their header (the register's own headers and the common variants); every row
//! is checked with intake's rules and then all are added in one transaction, or none.
//!
//! Imported cases start registered, with their deadline counted from the reported time: their
//! earlier handling, if any, stays in the old register (its status column is not read).

use std::path::Path;

use chrono::{Local, NaiveDateTime};

use super::categories::{self, Category};
use super::intake;
use super::model::{CaseInput, CaseSource, Urgency};
use crate::access::roles::Perm;
use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode};
use crate::roster::sheet::{self, SheetFormat};

/// (field, headers that name it)
const HEADERS: &[(&str, &[&str])] = &[
    ("reportedAt", &["登记时间", "反映时间", "受理时间", "来电时间", "发现时间"]),
    ("source", &["来源", "案件来源"]),
    ("category", &["类别", "案件类别", "问题类别", "问题类型", "类别编码"]),
    ("community", &["社区", "所属社区"]),
    ("grid", &["网格", "所属网格"]),
    ("address", &["地址", "发生地址", "事发地址", "问题地址"]),
    ("title", &["标题", "诉求标题", "案件标题"]),
    ("description", &["描述", "诉求内容", "详细描述", "问题描述"]),
    ("reporterName", &["反映人", "诉求人", "来电人"]),
    ("reporterPhone", &["联系电话", "电话", "来电号码"]),
    ("respondentName", &["当事人", "被反映人"]),
];

/// One refused row: its spreadsheet row number, the field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowRefusal {
    pub row: usize,
    pub field: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u32,
    pub refused: Vec<RowRefusal>,
}

fn source(text: &str) -> Option<CaseSource> {
    Some(match text.trim() {
        "" | "12345热线" | "12345" | "热线" => CaseSource::Hotline,
        "前台接待" | "来访" => CaseSource::Desk,
        "来电" | "电话" => CaseSource::Phone,
        "巡查发现" | "巡查" => CaseSource::Patrol,
        "网格员上报" | "网格员" => CaseSource::GridWorker,
        "联席会议" | "会议" => CaseSource::Meeting,
        _ => return None,
    })
}

/// A second-level category by code (0601) or name (占用消防通道, or 社区治理/占用消防通道).
fn category<'a>(all: &'a [Category], text: &str) -> Option<&'a Category> {
    let t = text.trim();
    let live = || all.iter().filter(|c| c.parent_id.is_some() && !c.archived);
    // The whole cell first: a name may hold a slash itself (电动车入楼/飞线充电), so only then the
    // part after "大类/" or "大类-".
    let name = t.rsplit(['/', '／', '-']).next().unwrap_or(t).trim();
    live().find(|c| c.code == t || c.name == t).or_else(|| live().find(|c| c.name == name))
}

/// `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DD` (then the start of the day), `/` also accepted.
fn reported(text: &str) -> Option<String> {
    let t = text.trim().replace('/', "-");
    if t.is_empty() {
        return Some(String::new());
    }
    for f in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(&t, f) {
            return Some(d.format("%Y-%m-%d %H:%M").to_string());
        }
    }
    chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d").ok().map(|d| format!("{d} 00:00"))
}

fn refuse(row: usize, field: &str, message: impl Into<String>) -> RowRefusal {
    RowRefusal { row, field: field.to_string(), message: message.into() }
}

/// The header row (of the first 10) naming at least 3 known columns: field → column index.
fn columns(grid: &[(usize, Vec<String>)]) -> Option<(usize, Vec<(&'static str, usize)>)> {
    grid.iter().take(10).enumerate().find_map(|(i, (_, cells))| {
        let found: Vec<(&str, usize)> = HEADERS
            .iter()
            .filter_map(|(field, names)| {
                cells.iter().position(|c| names.contains(&c.trim())).map(|col| (*field, col))
            })
            .collect();
        (found.len() >= 3).then_some((i, found))
    })
}

/// Each good row's spreadsheet row number and case, or the refusals of every bad row.
type Rows = Result<Vec<(usize, CaseInput, intake::Clean)>, Vec<RowRefusal>>;

/// Rows as case inputs, or the refusals of every bad row.
fn inputs(tx: &WriteTx, bytes: &[u8], format: SheetFormat) -> AppResult<Rows> {
    let grid = sheet::grid(bytes, format)?;
    let (header, cols) = columns(&grid).ok_or_else(|| {
        AppError::new(
            ErrorCode::InvalidFile,
            "no header row: none of the first 10 rows names 3 case columns (类别, 社区, 标题...)",
        )
    })?;
    for required in ["category", "community"] {
        if !cols.iter().any(|(f, _)| *f == required) {
            return Err(AppError::new(
                ErrorCode::InvalidFile,
                format!("the file has no {required} column"),
            ));
        }
    }
    let conn = tx.conn();
    let cats = categories::list(conn)?;
    let ws = crate::workstation::get(conn)?;
    let now = Local::now().naive_local();
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for (row, cells) in grid.iter().skip(header + 1) {
        let cell = |f: &str| {
            cols.iter()
                .find(|(k, _)| *k == f)
                .and_then(|(_, i)| cells.get(*i))
                .map_or("", |s| s.trim())
        };
        if cols.iter().all(|(_, i)| cells.get(*i).is_none_or(|c| c.trim().is_empty())) {
            continue;
        }
        let row = *row;
        let Some(src) = source(cell("source")) else {
            bad.push(refuse(row, "source", format!("unknown source {}", cell("source"))));
            continue;
        };
        let Some(cat) = category(&cats, cell("category")) else {
            bad.push(refuse(row, "categoryId", format!("unknown category {}", cell("category"))));
            continue;
        };
        let Some(community) =
            ws.communities.iter().find(|c| c.name == cell("community") && !c.archived)
        else {
            bad.push(refuse(
                row,
                "communityId",
                format!("unknown community {}", cell("community")),
            ));
            continue;
        };
        let grid_id = match cell("grid") {
            "" => None,
            g => match crate::roster::grids::find(conn, community.id, g)? {
                Some(grid) => Some(grid.id),
                None => {
                    bad.push(refuse(row, "gridId", format!("unknown grid {g}")));
                    continue;
                }
            },
        };
        let Some(reported_at) = reported(cell("reportedAt")) else {
            bad.push(refuse(row, "reportedAt", format!("not a date {}", cell("reportedAt"))));
            continue;
        };
        let description = cell("description").to_string();
        let title = match cell("title") {
            "" => description.chars().take(30).collect(),
            t => t.to_string(),
        };
        let (name, phone) = (cell("reporterName").to_string(), cell("reporterPhone").to_string());
        let input = CaseInput {
            source: src,
            category_id: cat.id,
            community_id: community.id,
            grid_id,
            address: cell("address").to_string(),
            title,
            description,
            anonymous: name.is_empty() && phone.is_empty(),
            reporter_name: name,
            reporter_phone: phone,
            respondent_kind: String::new(),
            respondent_name: cell("respondentName").to_string(),
            urgency: Urgency::Normal,
            reported_at,
            photos: Vec::new(),
        };
        match intake::clean(conn, &input, now) {
            Ok(clean) => good.push((row, input, clean)),
            Err(e) => bad.push(refuse(row, e.field.as_deref().unwrap_or(""), e.message)),
        }
    }
    Ok(if bad.is_empty() { Ok(good) } else { Err(bad) })
}

/// Adds every row's case, or (with a refused row, or `dry_run`) none.
pub fn import_file(s: &Session, path: &Path, dry_run: bool) -> AppResult<ImportReport> {
    s.caller().require(Perm::CaseIntake)?;
    let format = SheetFormat::from_path(path)?;
    let bytes = std::fs::read(path).map_err(|e| {
        AppError::new(ErrorCode::InvalidFile, format!("{} cannot be read: {e}", path.display()))
    })?;
    let work = |tx: &WriteTx| -> AppResult<ImportReport> {
        let rows = match inputs(tx, &bytes, format)? {
            Ok(rows) => rows,
            Err(refused) => return Ok(ImportReport { added: 0, refused }),
        };
        let cal = super::calendar(tx.conn())?;
        let (mut ids, mut numbers) = (Vec::with_capacity(rows.len()), Vec::new());
        // A first register of 100,000 rows builds each list index once, after the rows.
        super::deferred_indexes::within(tx, rows.len(), || {
            for (_, input, clean) in rows {
                let (id, number) = intake::insert_unindexed(tx, &input, clean, &[], &cal)?;
                ids.push(id);
                numbers.push(number);
            }
            Ok(())
        })?;
        super::index_new(tx.conn(), &ids)?;
        // One audit record for the import, naming its file and the numbers it gave (each case's
        // timeline still opens with its registration, by whom and when).
        let what = format!(
            "{} cases {}..{} from {}",
            ids.len(),
            numbers.first().map_or("", String::as_str),
            numbers.last().map_or("", String::as_str),
            path.display()
        );
        tx.log("import", "case", None, None::<&()>, Some(&what))?;
        Ok(ImportReport { added: ids.len() as u32, refused: Vec::new() })
    };
    if dry_run {
        return s.dry_run(work);
    }
    // A refused row rolls the whole import back; the report says which rows and why.
    let refused = std::cell::RefCell::new(None);
    // 100,000 rows are one transaction that grows every case index: see `with_cache`.
    let written = s.with_cache(128, || {
        s.write(|tx| {
            let report = work(tx)?;
            if report.refused.is_empty() {
                return Ok(report);
            }
            *refused.borrow_mut() = Some(report);
            Err(AppError::new(ErrorCode::Validation, "rows refused"))
        })
    });
    match (written, refused.into_inner()) {
        (_, Some(report)) => Ok(report),
        (result, None) => result,
    }
}
