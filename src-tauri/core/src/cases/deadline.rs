//! Deadlines over the working calendar: weekends and the holiday calendar's 法定节假日 are not
//! worked, its 调休 make-up days are. A working day runs 08:30–12:00 and 13:30–18:00 (8 hours).
//! Pure functions over naive local times; the store feeds them the calendar it keeps for duty.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::duty::schedule::{DayKind, Holiday};

/// The working periods of a working day, in minutes after midnight.
const PERIODS: [(u32, u32); 2] = [(8 * 60 + 30, 12 * 60), (13 * 60 + 30, 18 * 60)];
/// Working minutes in one working day.
pub const DAY_MINUTES: i64 = ((12 * 60) - (8 * 60 + 30) + (18 * 60) - (13 * 60 + 30)) as i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "unit", content = "value")]
pub enum Limit {
    /// 工作小时.
    Hours(u32),
    /// 工作日: due at the end of the n-th working day after the day it came in.
    Days(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    Green,
    Yellow,
    Red,
}

/// Which days are worked.
#[derive(Debug, Clone, Default)]
pub struct WorkCalendar {
    special: HashMap<NaiveDate, DayKind>,
}

impl WorkCalendar {
    pub fn new(holidays: &[Holiday]) -> Self {
        let special = holidays
            .iter()
            .filter_map(|h| {
                NaiveDate::parse_from_str(&h.date, "%Y-%m-%d").ok().map(|d| (d, h.kind))
            })
            .collect();
        WorkCalendar { special }
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        match self.special.get(&d) {
            Some(DayKind::Holiday) => false,
            Some(DayKind::Workday) => true,
            None => !matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    fn at(d: NaiveDate, minute: u32) -> NaiveDateTime {
        d.and_time(NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap_or(NaiveTime::MIN))
    }

    /// Working minutes from `a` to `b` (0 when `b` is not after `a`).
    pub fn minutes_between(&self, a: NaiveDateTime, b: NaiveDateTime) -> i64 {
        if b <= a {
            return 0;
        }
        let mut total = 0i64;
        let mut day = a.date();
        // Whole years of days are walked at most; a case older than that is red anyway.
        let last = b.date().min(a.date() + Duration::days(3660));
        while day <= last {
            if self.is_working_day(day) {
                for (s, e) in PERIODS {
                    let (ps, pe) = (Self::at(day, s), Self::at(day, e));
                    let from = ps.max(a);
                    let to = pe.min(b);
                    if to > from {
                        total += (to - from).num_minutes();
                    }
                }
            }
            day += Duration::days(1);
        }
        total
    }

    /// The moment `minutes` working minutes after `start`.
    pub fn add_minutes(&self, start: NaiveDateTime, minutes: i64) -> NaiveDateTime {
        let mut left = minutes.max(0);
        let mut day = start.date();
        for _ in 0..3660 {
            if self.is_working_day(day) {
                for (s, e) in PERIODS {
                    let from = Self::at(day, s).max(start);
                    let to = Self::at(day, e);
                    if to <= from {
                        continue;
                    }
                    let span = (to - from).num_minutes();
                    if left <= span {
                        return from + Duration::minutes(left);
                    }
                    left -= span;
                }
            }
            day += Duration::days(1);
        }
        start + Duration::days(3660)
    }

    /// When a case that came in at `start` with `limit` is due.
    pub fn due(&self, start: NaiveDateTime, limit: Limit) -> NaiveDateTime {
        match limit {
            Limit::Hours(h) => self.add_minutes(start, i64::from(h) * 60),
            Limit::Days(n) => {
                let mut day = start.date();
                let mut counted = 0;
                while counted < n.max(1) {
                    day += Duration::days(1);
                    if self.is_working_day(day) {
                        counted += 1;
                    }
                }
                Self::at(day, PERIODS[1].1)
            }
        }
    }
}

/// Green under 80 % of the working time used, yellow 80–100 %, red past the deadline.
/// `paused` is the working time spent parked; `due` has already been moved on by it, so it
/// counts neither as time allowed nor as time used.
pub fn light(
    cal: &WorkCalendar,
    start: NaiveDateTime,
    due: NaiveDateTime,
    now: NaiveDateTime,
    paused: i64,
) -> Light {
    let total = (cal.minutes_between(start, due) - paused).max(1);
    let used = (cal.minutes_between(start, now) - paused).max(0);
    if now > due {
        Light::Red
    } else if used * 10 >= total * 8 {
        Light::Yellow
    } else {
        Light::Green
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("time")
    }

    fn cal() -> WorkCalendar {
        let h = |date: &str, kind| Holiday { date: date.into(), kind, name: String::new() };
        // 2026 国庆: 10-01..10-07 off, Sat 10-10 worked (as shipped in duty::holidays).
        let mut days: Vec<Holiday> =
            (1..=7).map(|d| h(&format!("2026-10-{d:02}"), DayKind::Holiday)).collect();
        days.push(h("2026-10-10", DayKind::Workday));
        WorkCalendar::new(&days)
    }

    #[test]
    fn working_days_skip_weekends_and_holidays_and_count_make_up_days() {
        let c = cal();
        assert!(c.is_working_day(t("2026-11-27 00:00").date()), "a Friday");
        assert!(!c.is_working_day(t("2026-11-28 00:00").date()), "a Saturday");
        assert!(!c.is_working_day(t("2026-10-05 00:00").date()), "国庆");
        assert!(c.is_working_day(t("2026-10-10 00:00").date()), "调休 Saturday");
        // Friday + 1 working day = Monday's end; across 国庆 the week off does not count.
        assert_eq!(c.due(t("2026-11-27 10:00"), Limit::Days(1)), t("2026-11-30 18:00"));
        assert_eq!(c.due(t("2026-09-30 16:00"), Limit::Days(2)), t("2026-10-09 18:00"));
        assert_eq!(
            c.due(t("2026-10-08 09:00"), Limit::Days(2)),
            t("2026-10-10 18:00"),
            "make-up day counts"
        );
    }

    #[test]
    fn working_hours_run_through_lunch_nights_weekends_and_holidays() {
        let c = cal();
        assert_eq!(c.due(t("2026-11-27 09:00"), Limit::Hours(2)), t("2026-11-27 11:00"));
        // 11:00 + 2 h: one before lunch, one after.
        assert_eq!(c.due(t("2026-11-27 11:00"), Limit::Hours(2)), t("2026-11-27 14:30"));
        // Friday 17:00 + 2 h: one on Friday, the other on Monday morning.
        assert_eq!(c.due(t("2026-11-27 17:00"), Limit::Hours(2)), t("2026-11-30 09:30"));
        // Reported at night: the clock starts next working morning.
        assert_eq!(c.due(t("2026-09-30 22:00"), Limit::Hours(24)), t("2026-10-10 18:00"));
        assert_eq!(c.minutes_between(t("2026-11-27 08:00"), t("2026-11-27 20:00")), DAY_MINUTES);
        assert_eq!(c.minutes_between(t("2026-11-28 08:00"), t("2026-11-29 20:00")), 0);
    }

    #[test]
    fn the_light_turns_at_80_percent_and_at_the_deadline_and_parking_pauses_it() {
        let c = cal();
        let start = t("2026-11-23 08:30"); // Monday
        let due = c.due(start, Limit::Hours(10)); // Monday's 8 h, then 2 h on Tuesday
        assert_eq!(due, t("2026-11-24 10:30"));
        assert_eq!(light(&c, start, due, t("2026-11-23 17:00"), 0), Light::Green);
        assert_eq!(light(&c, start, due, t("2026-11-24 09:00"), 0), Light::Yellow);
        assert_eq!(light(&c, start, due, t("2026-11-24 11:00"), 0), Light::Red);
        // Parked all of Tuesday: the deadline moves a working day on, and Wednesday 10:00 is
        // 9.5 of 10 hours used.
        let moved = c.add_minutes(due, DAY_MINUTES);
        assert_eq!(moved, t("2026-11-25 10:30"));
        assert_eq!(light(&c, start, moved, t("2026-11-25 10:00"), DAY_MINUTES), Light::Yellow);
        assert_eq!(light(&c, start, moved, t("2026-11-25 11:00"), DAY_MINUTES), Light::Red);
    }
}
