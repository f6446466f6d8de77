//! The duty schedule (值班排班): officers sink into communities on fixed weekdays. Only the
//! inputs are stored (rules with rotation pools, overrides, swaps, leave, the holiday calendar,
//! attendance); the schedule is always computed from them by `schedule::compute`.

pub mod attendance;
pub mod calendar;
pub mod changes;
pub mod export;
pub mod holidays;
pub mod rules;
pub mod schedule;
pub mod view;

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Connection;

use crate::error::{AppError, AppResult, Reason};

/// Parses `HH:MM` (what the forms send and the rows store).
pub fn parse_time(field: &str, value: &str) -> AppResult<NaiveTime> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .map_err(|_| AppError::invalid(field, Reason::Invalid))
}

pub fn parse_date(field: &str, value: &str) -> AppResult<NaiveDate> {
    crate::roster::parse_date(field, value)
}

/// Everything `schedule::compute` needs, loaded for the whole store (rules and overrides are few).
pub struct Loaded {
    pub rules: Vec<schedule::Rule>,
    pub overrides: Vec<schedule::Override>,
    pub leaves: Vec<schedule::Leave>,
    pub holidays: Vec<schedule::Holiday>,
}

impl Loaded {
    pub fn load(conn: &Connection) -> AppResult<Loaded> {
        Ok(Loaded {
            rules: rules::live(conn)?,
            overrides: changes::live_overrides(conn)?,
            leaves: changes::live_leaves(conn)?,
            holidays: calendar::live(conn)?,
        })
    }

    pub fn input(&self) -> schedule::Input<'_> {
        schedule::Input {
            rules: &self.rules,
            overrides: &self.overrides,
            leaves: &self.leaves,
            holidays: &self.holidays,
        }
    }
}

/// Exports the schedule of [from, to] (optionally one person's) to `path`, by its extension.
pub fn export_file(
    session: &crate::context::Session,
    path: &std::path::Path,
    from: NaiveDate,
    to: NaiveDate,
    person: Option<i64>,
) -> AppResult<u32> {
    let format = export::DutyFormat::from_path(path)?;
    if to < from {
        return Err(AppError::invalid("to", Reason::Invalid));
    }
    let (bytes, count) = session.read(|c| {
        let schedule = view::schedule(c, from, to, None, person)?;
        let name = crate::workstation::get(c)?.name;
        export::render(&schedule, &name, format, person)
    })?;
    crate::files::write_atomic(path, &bytes)?;
    Ok(count)
}

#[cfg(test)]
mod tests;
