//! Reminders for the desk: a case that turned red, a duty that started with an arrival nobody
//! marked. The shell asks every minute for what became due since it last asked and shows each
//! as a desktop notification; the texts are made here, in the workstation's language.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::roles::Perm;
use crate::cases::stamp;
use crate::context::Session;
use crate::error::AppResult;
use crate::settings::{self, Language};

/// An arrival is missing once the duty has run this long without one.
const GRACE_MINUTES: i64 = 10;
/// More than this many at once become one summary notification.
const SINGLE_MAX: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderSettings {
    pub case_red: bool,
    pub missing_arrival: bool,
}

const RED_KEY: &str = "reminders.case_red";
const ARRIVAL_KEY: &str = "reminders.missing_arrival";

/// Both on until someone turns them off.
pub fn settings(s: &Session) -> AppResult<ReminderSettings> {
    s.read(|c| {
        let on =
            |key: &str| -> AppResult<bool> { Ok(settings::get(c, key)?.as_deref() != Some("off")) };
        Ok(ReminderSettings { case_red: on(RED_KEY)?, missing_arrival: on(ARRIVAL_KEY)? })
    })
}

pub fn set_settings(s: &Session, r: &ReminderSettings) -> AppResult<ReminderSettings> {
    s.caller().require(Perm::Admin)?;
    let word = |on: bool| if on { "on" } else { "off" };
    s.write(|tx| {
        settings::set(tx, RED_KEY, word(r.case_red))?;
        settings::set(tx, ARRIVAL_KEY, word(r.missing_arrival))
    })?;
    settings(s)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub title: String,
    pub body: String,
}

/// What became due in `(since, now]` and the caller may see.
pub fn due(s: &Session, since: NaiveDateTime, now: NaiveDateTime) -> AppResult<Vec<Reminder>> {
    let on = settings(s)?;
    let lang = s.read(settings::language)?;
    let mut out = Vec::new();
    if on.case_red && s.caller().may(Perm::CaseView) {
        out.extend(reds(s, since, now, lang)?);
    }
    if on.missing_arrival && s.caller().may(Perm::DutyView) {
        out.extend(arrivals(s, since, now, lang)?);
    }
    Ok(out)
}

fn reds(
    s: &Session,
    since: NaiveDateTime,
    now: NaiveDateTime,
    lang: Language,
) -> AppResult<Vec<Reminder>> {
    let sql = format!(
        "SELECT c.number, c.title FROM cases c
         WHERE c.status IN ('registered', 'assigned', 'persuading', 'rectified')
           AND c.due_at > ?1 AND c.due_at <= ?2 AND c.archived_at IS NULL{}
         ORDER BY c.due_at",
        crate::cases::reach_sql(s.caller())
    );
    let cases: Vec<(String, String)> = s.read(|c| {
        let mut stmt = c.prepare(&sql)?;
        let rows = stmt
            .query_map([stamp(since), stamp(now)], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    })?;
    let zh = lang == Language::ZhCn;
    let title = if zh { "案件超期" } else { "Case overdue" }.to_string();
    if cases.len() > SINGLE_MAX {
        let body = if zh {
            format!("{} 件案件已超过办理期限，请到工作台查看", cases.len())
        } else {
            format!("{} cases are past their deadline; see Today", cases.len())
        };
        return Ok(vec![Reminder { title, body }]);
    }
    Ok(cases
        .into_iter()
        .map(|(number, t)| Reminder {
            title: title.clone(),
            body: if zh {
                format!("{number} {t} 已超过办理期限")
            } else {
                format!("{number} {t} is past its deadline")
            },
        })
        .collect())
}

fn arrivals(
    s: &Session,
    since: NaiveDateTime,
    now: NaiveDateTime,
    lang: Language,
) -> AppResult<Vec<Reminder>> {
    let grace = Duration::minutes(GRACE_MINUTES);
    let (from, to) = ((since - grace).date(), (now - grace).date());
    let schedule = s.read(|c| crate::duty::view::schedule(c, from, to, None, None))?;
    let zh = lang == Language::ZhCn;
    let mut missing = Vec::new();
    for shift in &schedule.shifts {
        let Ok(start) = NaiveDateTime::parse_from_str(
            &format!("{} {}", shift.date, shift.start_time),
            "%Y-%m-%d %H:%M",
        ) else {
            continue;
        };
        let late_at = start + grace;
        if late_at <= since || late_at > now {
            continue;
        }
        for p in &shift.people {
            let marked = p.attendance.as_ref().is_some_and(|a| a.arrived_at.is_some() || a.no_show);
            if !marked {
                let label = super::model::shift_label(shift);
                missing.push(if zh {
                    format!("{}（{label} {}）尚未登记到岗", p.name, shift.start_time)
                } else {
                    format!(
                        "{} ({label}, {}) has not been marked as arrived",
                        p.name, shift.start_time
                    )
                });
            }
        }
    }
    let title = if zh { "值班未到岗" } else { "Arrival not marked" }.to_string();
    Ok(missing.into_iter().map(|body| Reminder { title: title.clone(), body }).collect())
}
