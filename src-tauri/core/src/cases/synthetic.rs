//! `demo --cases N`: realistic synthetic cases for testing at city scale (categories, Chinese
//! texts, states, dates spread over the past year, reporters with phones), reproducible from a
//! seed. Written in bulk — one prepared statement per table, batches of 10,000 per transaction
//! — with one audit record per batch, since a million cases of invented data is one act; one
//! thread makes the cases while the other writes them.

use chrono::{Duration, Local, NaiveDateTime};
use rusqlite::{params, OptionalExtension};

use super::search::{index_tokens, quoted, Table, TokenBatch};
use super::{calendar, intake::yellow_at, stamp};
use crate::context::Session;
use crate::error::{AppError, AppResult};

/// A small, fast, reproducible generator (xorshift64*); no need for cryptographic quality.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const PLACES: &[&str] = &[
    "幢楼道",
    "幢单元门口",
    "号商铺门前",
    "号路口",
    "幢地下车库",
    "号小区东门",
    "幢架空层",
    "号农贸市场旁",
];
pub(crate) const ROADS: &[&str] =
    &["胜利西路", "新华南路", "花园路", "延安北路", "钱坂路", "元光路", "大同路", "瑞京路"];
pub(crate) const PROBLEMS: &[(&str, &str)] = &[
    ("0601", "电动车堵塞消防通道"),
    ("0602", "飞线充电存在火灾隐患"),
    ("0502", "商铺出店经营占用人行道"),
    ("0604", "门前三包未落实，垃圾堆放"),
    ("0603", "装修拆改承重墙"),
    ("0605", "电梯维保费用纠纷"),
    ("0606", "夜间施工噪声扰民"),
    ("0102", "暴露垃圾未及时清运"),
    ("0201", "张贴非法小广告"),
    ("0505", "机动车乱停放堵塞小区道路"),
    ("0104", "乱堆物堆料"),
    ("0301", "工地施工扰民"),
];
pub(crate) const SURNAMES: &[&str] =
    &["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "曾", "方"];
pub(crate) const GIVEN: &[&str] = &[
    "秀英", "建国", "志强", "丽华", "文斌", "雅婷", "明辉", "美玲", "国栋", "雪梅", "金水", "振宇",
];
const NOTES: &[&str] = &[
    "上门劝导，当事人承诺整改",
    "联系物业协助处理",
    "现场查看，情况属实",
    "电话告知当事人整改要求",
    "会同社区网格员复查",
];
/// (status, steps after registration) with their share in a realistic register.
const STAGES: &[(&str, &[&str], u32)] = &[
    ("closed", &["assign", "persuade", "report_rectified", "recheck_pass", "follow_up"], 55),
    ("persuading", &["assign", "persuade"], 12),
    ("rectified", &["assign", "persuade", "report_rectified"], 8),
    ("assigned", &["assign"], 10),
    ("registered", &[], 8),
    ("referred", &["refer"], 3),
    ("void", &["void"], 2),
    ("parked", &["assign", "park"], 2),
];

/// The stages' weights together: `make` draws a stage from 0..this.
const STAGE_WEIGHT: u32 = {
    let mut sum = 0;
    let mut i = 0;
    while i < STAGES.len() {
        sum += STAGES[i].2;
        i += 1;
    }
    sum
};

pub fn generate(s: &Session, n: u32, seed: u64) -> AppResult<u32> {
    if n > 2_000_000 {
        return Err(AppError::invalid("cases", crate::error::Reason::TooLong));
    }
    let (communities, grids, people, categories, cal) = s.read(|c| {
        let ids = |sql: &str| -> AppResult<Vec<i64>> {
            Ok(c.prepare(sql)?.query_map([], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?)
        };
        let grids = c
            .prepare("SELECT id, community_id FROM grid WHERE archived_at IS NULL")?
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        let cats = super::categories::list(c)?;
        Ok((
            ids("SELECT id FROM community WHERE archived_at IS NULL")?,
            grids,
            ids("SELECT id FROM person WHERE archived_at IS NULL LIMIT 2000")?,
            cats,
            calendar(c)?,
        ))
    })?;
    if communities.is_empty() {
        return Err(AppError::new(
            crate::error::ErrorCode::NotSetUp,
            "no community to put cases in",
        ));
    }
    let problems: Vec<(i64, crate::cases::deadline::Limit, &str)> = PROBLEMS
        .iter()
        .filter_map(|(code, text)| {
            categories
                .iter()
                .find(|c| c.code == *code && !c.archived)
                .and_then(|c| c.limit.map(|l| (c.id, l, *text)))
        })
        .collect();
    if problems.is_empty() {
        return Err(AppError::new(
            crate::error::ErrorCode::NotSetUp,
            "the category dictionary is empty",
        ));
    }
    let mut rng = Rng(seed.max(1));
    let plan = Plan { communities, grids, people, problems, cal };
    s.with_rollback_journal(|| {
        s.with_cache(256, || {
            super::deferred_indexes::around(s, n, || write_all(s, n, &plan, &mut rng))
        })
    })
}

/// What the cases are made from, read once.
struct Plan<'a> {
    communities: Vec<i64>,
    grids: Vec<(i64, i64)>,
    people: Vec<i64>,
    problems: Vec<(i64, crate::cases::deadline::Limit, &'a str)>,
    cal: crate::cases::deadline::WorkCalendar,
}

/// Cases per transaction. Each commit turns the search table's pending terms into a segment
/// that FTS5 later merges; measured on 100,000 cases, 5,000 and 10,000 were equally fast and
/// 20,000 or 50,000 slower (the transaction outgrows the page cache).
const BATCH: u32 = 10_000;

/// One invented case, made on the maker thread: everything but its number and id, which the
/// writer assigns in the transaction.
struct Made {
    source: &'static str,
    category: i64,
    community: i64,
    grid: Option<i64>,
    address: String,
    title: String,
    description: String,
    reporter: String,
    phone: String,
    stage: &'static (&'static str, &'static [&'static str], u32),
    assignee: Option<i64>,
    year: i32,
    reported: String,
    yellow: String,
    due: String,
    parked: Option<String>,
    closed: Option<String>,
    /// (step, note, at) after the registration.
    steps: Vec<(&'static str, &'static str, String)>,
    /// The search tokens of everything but the number (which the writer puts first), as a
    /// JSON string literal (`search::quoted`).
    tokens: String,
}

/// Makes the cases on one thread while the other writes them: on a 2-core PC the string work
/// (texts, dates, search tokens) then costs no wall time.
fn write_all(s: &Session, n: u32, plan: &Plan, rng: &mut Rng) -> AppResult<u32> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Vec<Made>>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let now = Local::now().naive_local();
            let mut done = 0u32;
            while done < n {
                let batch = (n - done).min(BATCH);
                let made = (0..batch).map(|i| make(plan, rng, n - done - i, n, now)).collect();
                if send.send(made).is_err() {
                    return; // the writer stopped on an error
                }
                done += batch;
            }
        });
        let mut written = 0u32;
        for batch in receive {
            written += write_batch(s, batch)?;
        }
        Ok(written)
    })
}

fn make(plan: &Plan, rng: &mut Rng, age_rank: u32, n: u32, now: NaiveDateTime) -> Made {
    let Plan { communities, grids, people, problems, cal } = plan;
    // Spread over the past year, the newest numbers the most recent.
    let age_minutes = i64::from(age_rank) * 525_600 / i64::from(n.max(1));
    let reported: NaiveDateTime = now - Duration::minutes(age_minutes + rng.below(600) as i64);
    let (category, limit, problem) = *rng.pick(problems);
    let community = *rng.pick(communities);
    let in_community: Vec<i64> = grids.iter().filter(|g| g.1 == community).map(|g| g.0).collect();
    let grid = (!in_community.is_empty()).then(|| *rng.pick(&in_community));
    let address = format!("{}{}{}", rng.pick(ROADS), 1 + rng.below(120), rng.pick(PLACES));
    let title = format!("{address}{problem}");
    let reporter = format!("{}{}", rng.pick(SURNAMES), rng.pick(GIVEN));
    let phone = format!("13{}{:08}", 5 + rng.below(5), rng.below(100_000_000));
    let description = format!("居民{reporter}反映：{title}，希望尽快处理。");
    let mut pick = rng.below(STAGE_WEIGHT as usize) as u32;
    let stage = STAGES
        .iter()
        .find(|s| {
            if pick < s.2 {
                true
            } else {
                pick -= s.2;
                false
            }
        })
        .unwrap_or(&STAGES[0]);
    let due = cal.due(reported, limit);
    let assignee = (!people.is_empty() && !stage.1.is_empty()).then(|| *rng.pick(people));
    let steps: Vec<(&'static str, &'static str, String)> = stage
        .1
        .iter()
        .enumerate()
        .map(|(k, step)| {
            let at = (reported + Duration::hours(6 * (k as i64 + 1))).min(now);
            (*step, *rng.pick(NOTES), stamp(at))
        })
        .collect();
    let notes: String = steps.iter().map(|s| s.1).collect();
    let tokens =
        quoted(&index_tokens(&format!("{title} {description} {address} {reporter} {notes}")));
    Made {
        source: ["desk", "phone", "patrol", "grid_worker", "hotline"][rng.below(5)],
        category,
        community,
        grid,
        stage,
        assignee,
        year: chrono::Datelike::year(&reported),
        yellow: stamp(yellow_at(cal, reported, due)),
        due: stamp(due),
        parked: (stage.0 == "parked").then(|| stamp(reported + Duration::days(1))),
        closed: (stage.0 == "closed").then(|| stamp((reported + Duration::days(2)).min(now))),
        reported: stamp(reported),
        steps,
        tokens,
        address,
        title,
        description,
        reporter,
        phone,
    }
}

/// Writes one batch in one transaction, with one audit record.
fn write_batch(s: &Session, batch: Vec<Made>) -> AppResult<u32> {
    let count = batch.len() as u32;
    s.write(|tx| {
        let conn = tx.conn();
        let mut case_stmt = conn.prepare_cached(
            "INSERT INTO cases (number, source, category_id, community_id, grid_id, address, title,
                 description, reporter_name, reporter_phone, respondent_kind, respondent_name,
                 status, parked_from, assignee_id, reported_at, registered_at, yellow_at, due_at,
                 parked_at, reworks, closed_at, satisfaction, referred_to, created_by, updated_at,
                 updated_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'resident', '', ?11, ?12, ?13, ?14,
                 ?14, ?15, ?16, ?17, 0, ?18, ?19, ?20, ?21, ?14, ?21)",
        )?;
        let mut event_stmt = conn.prepare_cached(
            "INSERT INTO case_event (case_id, at, actor, step, from_status, to_status, note)
             VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6)",
        )?;
        let mut tokens = TokenBatch::with_capacity(batch.iter().map(|m| m.tokens.len() + 32).sum());
        let mut numbers = Numbers::default();
        for m in batch {
            let status = m.stage.0;
            let number = numbers.next(conn, m.year)?;
            case_stmt.execute(params![
                number,
                m.source,
                m.category,
                m.community,
                m.grid,
                m.address,
                m.title,
                m.description,
                m.reporter,
                m.phone,
                status,
                (status == "parked").then_some("assigned"),
                m.assignee,
                m.reported,
                m.yellow,
                m.due,
                m.parked,
                m.closed,
                (status == "closed").then_some("satisfied"),
                if status == "referred" { "区生态环境局" } else { "" },
                tx.actor(),
            ])?;
            let id = conn.last_insert_rowid();
            event_stmt.execute(params![
                id,
                m.reported,
                tx.actor(),
                "register",
                "registered",
                ""
            ])?;
            for (step, note, at) in &m.steps {
                event_stmt.execute(params![id, at, tx.actor(), step, status, note])?;
            }
            // The number's words come first, as if it led the indexed text.
            tokens.push(id, &index_tokens(&number), &m.tokens);
        }
        numbers.save(conn)?;
        tokens.insert(conn, Table::Cases)?;
        tx.log("demo_cases", "case", None, None::<&()>, Some(&count))?;
        Ok(count)
    })
}

/// Case numbers for one batch, counted here and saved once at its end: intake's
/// `next_number` (an upsert with RETURNING, which SQLite runs through a temporary table) cost
/// the generator 6 % of its time. Inside the batch's write transaction, so nobody else counts.
#[derive(Default)]
struct Numbers(std::collections::HashMap<i32, i64>);

impl Numbers {
    fn next(&mut self, conn: &rusqlite::Connection, year: i32) -> AppResult<String> {
        let last = match self.0.get(&year) {
            Some(n) => *n,
            None => conn
                .prepare_cached("SELECT last FROM case_counter WHERE year = ?1")?
                .query_row([year], |r| r.get(0))
                .optional()?
                .unwrap_or(0),
        };
        self.0.insert(year, last + 1);
        Ok(super::intake::number_of(year, last + 1))
    }

    fn save(&self, conn: &rusqlite::Connection) -> AppResult<()> {
        let mut stmt = conn.prepare_cached(
            "INSERT INTO case_counter (year, last) VALUES (?1, ?2)
             ON CONFLICT (year) DO UPDATE SET last = excluded.last",
        )?;
        for (year, last) in &self.0 {
            stmt.execute(params![year, last])?;
        }
        Ok(())
    }
}
