//! The holiday calendar shipped with the app: China's public holidays (法定节假日, every day of
//! each block) and make-up working days (调休上班日) for 2026 and 2027. It is data, not code: it
//! seeds the calendar the user edits in Settings (the State Council publishes each year's
//! arrangement in November or December of the year before; a city may add its own days).
//!
//! 2026 follows the State Council General Office's notice of 2025-11-04. 2027 was not published
//! when this shipped: its blocks are the expected ones (the usual blocks around the statutory
//! dates, 春节 from 除夕 to 初七), every name ends in "（预排，以国务院公告为准）", and it has
//! no make-up working days, which cannot be guessed: replace the year in Settings once the notice
//! is out.

use chrono::NaiveDate;

use super::schedule::{DayKind, Holiday};

const PRELIMINARY: &str = "（预排，以国务院公告为准）";

/// (first day, last day, name) of each holiday block, both inclusive.
const HOLIDAYS_2026: &[(&str, &str, &str)] = &[
    ("2026-01-01", "2026-01-03", "元旦"),
    ("2026-02-15", "2026-02-23", "春节"),
    ("2026-04-04", "2026-04-06", "清明节"),
    ("2026-05-01", "2026-05-05", "劳动节"),
    ("2026-06-19", "2026-06-21", "端午节"),
    ("2026-09-25", "2026-09-27", "中秋节"),
    ("2026-10-01", "2026-10-07", "国庆节"),
];

const WORKDAYS_2026: &[(&str, &str)] = &[
    ("2026-01-04", "元旦调休上班"),
    ("2026-02-14", "春节调休上班"),
    ("2026-02-28", "春节调休上班"),
    ("2026-05-09", "劳动节调休上班"),
    ("2026-09-20", "国庆节调休上班"),
    ("2026-10-10", "国庆节调休上班"),
];

/// Lunar new year 2027 is 02-06: 除夕 02-05 through 初七 02-12, as the 2025 and 2026 blocks ran.
const HOLIDAYS_2027: &[(&str, &str, &str)] = &[
    ("2027-01-01", "2027-01-03", "元旦"),
    ("2027-02-05", "2027-02-12", "春节"),
    ("2027-04-03", "2027-04-05", "清明节"),
    ("2027-05-01", "2027-05-05", "劳动节"),
    ("2027-06-09", "2027-06-09", "端午节"),
    ("2027-09-15", "2027-09-15", "中秋节"),
    ("2027-10-01", "2027-10-07", "国庆节"),
];

/// The shipped calendar, sorted by date.
pub fn shipped() -> Vec<Holiday> {
    let blocks =
        HOLIDAYS_2026.iter().map(|b| (b, "")).chain(HOLIDAYS_2027.iter().map(|b| (b, PRELIMINARY)));
    let mut out = Vec::new();
    for ((from, to, name), note) in blocks {
        // Literal dates, all valid (the tests check): a typo drops its block rather than panic.
        let (Some(from), Some(to)) = (parse(from), parse(to)) else { continue };
        for day in from.iter_days().take_while(|d| *d <= to) {
            let date = day.format("%Y-%m-%d").to_string();
            out.push(Holiday { date, kind: DayKind::Holiday, name: format!("{name}{note}") });
        }
    }
    for (date, name) in WORKDAYS_2026 {
        let (date, name) = ((*date).to_owned(), (*name).to_owned());
        out.push(Holiday { date, kind: DayKind::Workday, name });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date));
    out
}

fn parse(date: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_date_parses_and_none_repeats() {
        let days = shipped();
        let mut seen = HashSet::new();
        for h in &days {
            assert!(parse(&h.date).is_some(), "{} is a valid YYYY-MM-DD date", h.date);
            assert!(seen.insert(h.date.clone()), "{} appears once", h.date);
        }
        // Every block and make-up day above, so a block dropped for a bad literal shows here.
        let expected = |blocks: &[(&str, &str, &str)]| -> i64 {
            blocks.iter().filter_map(|(a, b, _)| Some((parse(b)? - parse(a)?).num_days() + 1)).sum()
        };
        let total = expected(HOLIDAYS_2026) + expected(HOLIDAYS_2027) + WORKDAYS_2026.len() as i64;
        assert_eq!(days.len() as i64, total, "no block was dropped");
        assert!(days.windows(2).all(|w| w[0].date < w[1].date), "sorted by date");
    }

    #[test]
    fn national_day_2026_is_a_holiday_and_its_make_up_days_are_workdays() {
        let days = shipped();
        let find = |d: &str| days.iter().find(|h| h.date == d);
        let oct1 = find("2026-10-01").expect("2026-10-01 is in the calendar");
        assert_eq!(oct1.kind, DayKind::Holiday);
        assert!(oct1.name.starts_with("国庆"), "named 国庆: {}", oct1.name);
        for d in ["2026-09-20", "2026-10-10"] {
            assert_eq!(find(d).map(|h| h.kind), Some(DayKind::Workday), "{d} is 国庆节调休上班");
        }
        assert_eq!(days.iter().filter(|h| h.name == "春节").count(), 9, "春节 2026 is 9 days");
        assert!(find("2026-02-16").is_some_and(|h| h.name == "春节"), "除夕 2026 is in 春节");
    }

    #[test]
    fn every_2027_day_is_marked_preliminary() {
        for h in shipped().iter().filter(|h| h.date.starts_with("2027")) {
            assert!(
                h.name.ends_with(PRELIMINARY),
                "{} {} says it awaits the notice",
                h.date,
                h.name
            );
            assert_eq!(h.kind, DayKind::Holiday, "no guessed make-up days in 2027");
        }
        let days = shipped();
        assert!(days.iter().any(|h| h.date == "2027-02-06" && h.name.starts_with("春节")));
        assert!(days.iter().any(|h| h.date == "2027-10-07" && h.name.starts_with("国庆节")));
    }
}
