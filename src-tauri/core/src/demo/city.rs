//! `demo --city`: a demo store the size of the story's city — 245 communities, 473 officers,
//! a year of Wednesday/Sunday duty, 100,000 cases by default, visits and a year of meetings —
//! for trying the app (and measuring it) at full scale. Reproducible from a seed; only in an
//! empty data folder, since invented records must never mix with real residents' data.

mod agenda;
mod duty;
mod meetings;
mod plan;
mod roster;
#[cfg(test)]
mod tests;

use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::context::Session;
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::workstation::{self, WorkstationInput};

/// The story's figures: 245 community sites (and 473 officers, see `plan::officer_count`).
pub const CITY_COMMUNITIES: usize = 245;
/// More would be a load test, not a demo.
pub const MAX_CITY_CASES: u32 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CityOptions {
    pub cases: u32,
    pub seed: u64,
}

impl Default for CityOptions {
    fn default() -> Self {
        CityOptions { cases: 100_000, seed: 1 }
    }
}

/// What was made, counted from the store, and how long each part took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitySummary {
    pub workstation: String,
    pub communities: i64,
    pub grids: i64,
    pub officers: i64,
    pub people: i64,
    pub assignments: i64,
    pub duty_rules: i64,
    pub cases: i64,
    pub visits: i64,
    pub meetings: i64,
    pub actions: i64,
    pub times: CityTimes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CityTimes {
    /// The workstation, its communities, the 2+N roster, duty rules and demo accounts.
    pub roster: Duration,
    pub cases: Duration,
    pub visits: Duration,
    /// Parties, estates and meetings with their outcomes.
    pub meetings: Duration,
}

/// Creates the city demo in an empty store; refuses a store that holds any workstation. The
/// parts are separate transactions (the cases alone are many): a failure part-way leaves the
/// parts before it, and the next try needs a new folder.
pub fn create_city(session: &Session, options: CityOptions) -> AppResult<CitySummary> {
    build(session, CITY_COMMUNITIES, options)
}

/// `create_city` with the number of communities as a parameter, so tests can build a town.
pub(crate) fn build(
    session: &Session,
    communities: usize,
    options: CityOptions,
) -> AppResult<CitySummary> {
    if options.cases > MAX_CITY_CASES {
        return Err(AppError::invalid("cases", Reason::TooLong));
    }
    if communities == 0 || communities > plan::max_communities() {
        return Err(AppError::invalid("communities", Reason::Invalid));
    }
    let today = chrono::Local::now().date_naive();
    let plan = plan::plan(communities, options.seed);
    let mut times = CityTimes::default();

    let started = Instant::now();
    let ws = session.write(|tx| {
        if workstation::exists(tx.conn())? {
            return Err(AppError::new(
                ErrorCode::Conflict,
                "this data folder already holds a workstation; the city demo is only created in an empty folder",
            ));
        }
        let input = WorkstationInput {
            name: "漳州市城管社区工作站（全市演示）".into(),
            street: "全市各街道".into(),
            district: "漳州市".into(),
            address: "福建省漳州市芗城区碧湖街道便民服务中心一楼".into(),
            phone: "0596-2023318".into(),
            communities: plan.iter().map(|p| p.name.clone()).collect(),
        };
        let ws = workstation::create(tx, &input, true)?;
        let officers = roster::write(tx, &ws.communities, &plan, options.seed)?;
        duty::write(tx, &ws.communities, &plan, &officers, today)?;
        super::accounts::seed(tx, &ws)?;
        Ok(ws)
    })?;
    times.roster = started.elapsed();

    let started = Instant::now();
    crate::cases::synthetic::generate(session, options.cases, options.seed)?;
    times.cases = started.elapsed();

    let started = Instant::now();
    crate::frontdesk::synthetic::generate(session, options.cases / 10, options.seed)?;
    times.visits = started.elapsed();

    let started = Instant::now();
    session.write(|tx| meetings::write(tx, &ws.communities, &plan, today, options.seed))?;
    times.meetings = started.elapsed();

    session.read(|c| summary(c, ws.name.clone(), times))
}

fn summary(conn: &Connection, workstation: String, times: CityTimes) -> AppResult<CitySummary> {
    let count = |sql: &str| -> AppResult<i64> { Ok(conn.query_row(sql, [], |r| r.get(0))?) };
    Ok(CitySummary {
        workstation,
        communities: count("SELECT count(*) FROM community")?,
        grids: count("SELECT count(*) FROM grid")?,
        officers: count("SELECT count(*) FROM person WHERE party = '城管'")?,
        people: count("SELECT count(*) FROM person")?,
        assignments: count("SELECT count(*) FROM assignment")?,
        duty_rules: count("SELECT count(*) FROM duty_rule")?,
        cases: count("SELECT count(*) FROM cases")?,
        visits: count("SELECT count(*) FROM visit")?,
        meetings: count("SELECT count(*) FROM meeting")?,
        actions: count("SELECT count(*) FROM meeting_outcome WHERE kind = 'action'")?,
        times,
    })
}
