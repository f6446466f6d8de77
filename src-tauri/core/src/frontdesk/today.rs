//! Today (工作台): the front desk's start screen. It is built from the case list's own queries
//! (so a count here is the count the list shows when clicked) and the day's visits.

use chrono::NaiveDate;

use super::model::TodayBoard;
use super::visits;
use crate::access::roles::Perm;
use crate::cases::deadline::Light;
use crate::cases::list::{self, CaseQuery, CaseSort};
use crate::context::Session;
use crate::error::AppResult;

/// How many of each list the board shows; the counts say how many there are.
const SHOWN: u32 = 6;

pub fn board(s: &Session, today: NaiveDate) -> AppResult<TodayBoard> {
    s.caller().require(Perm::CaseView)?;
    let page = |q: CaseQuery| list::list(s, &CaseQuery { page_size: SHOWN, ..q });
    let due = page(CaseQuery {
        due_on: Some(today.to_string()),
        sort: CaseSort::Due,
        ..Default::default()
    })?;
    let red =
        page(CaseQuery { light: Some(Light::Red), sort: CaseSort::Due, ..Default::default() })?;
    let yellow =
        page(CaseQuery { light: Some(Light::Yellow), sort: CaseSort::Due, ..Default::default() })?;
    let newest = page(CaseQuery::default())?;
    let (visits, visit_count) = if s.caller().may(Perm::VisitView) {
        s.read(|c| visits::of_day(c, today, SHOWN.into()))?
    } else {
        (Vec::new(), 0)
    };
    Ok(TodayBoard {
        date: today.to_string(),
        due_today: due.cases,
        due_today_count: due.total,
        yellow: yellow.cases,
        yellow_count: yellow.total,
        red: red.cases,
        red_count: red.total,
        newest: newest.cases,
        visits,
        visit_count,
    })
}
