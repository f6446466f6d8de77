//! The demo's duty: the story's officers sink into their communities every Wednesday and Sunday,
//! from six weeks before the demo was made to the end of next year, with a swap, a leave and
//! the past duties' arrivals marked (one no-show, with its reason).

use chrono::{Days, NaiveDate};

use crate::context::WriteTx;
use crate::duty::attendance::{self, Attendance};
use crate::duty::changes::{self, DutyChange, LeaveInput, SwapInput};
use crate::duty::rules::{self, DutyRuleInput};
use crate::duty::view;
use crate::error::{AppError, AppResult};
use crate::roster::people;
use crate::workstation::Workstation;

/// (community, rule name, officers per day, rotation pool)
const RULES: &[(&str, &str, u32, &[&str])] = &[
    ("花园社区", "花园社区 周三、周日下沉", 2, &["韩怡莉", "黄慧丹", "杨清音"]),
    ("仁和社区", "仁和社区 周三、周日下沉", 2, &["吴锡安", "郑怡静", "罗一章"]),
    ("融昌社区", "融昌社区 周三、周日下沉", 1, &["魏振宇"]),
];

fn person(tx: &WriteTx, name: &str) -> AppResult<i64> {
    people::by_name(tx.conn(), name)?
        .first()
        .map(|p| p.id)
        .ok_or_else(|| AppError::internal(format!("demo duty refers to unknown {name}")))
}

pub fn seed(tx: &WriteTx, ws: &Workstation, today: NaiveDate) -> AppResult<()> {
    let start = today - Days::new(42);
    let end = NaiveDate::from_ymd_opt(chrono::Datelike::year(&today) + 1, 12, 31).unwrap_or(today);
    let mut rule_ids = Vec::new();
    for (community, name, per_slot, pool) in RULES {
        let c = ws.communities.iter().find(|c| c.name == *community);
        let members = pool.iter().map(|n| person(tx, n)).collect::<AppResult<Vec<_>>>()?;
        let input = DutyRuleInput {
            community_id: c.map(|c| c.id),
            name: name.to_string(),
            weekdays: vec![3, 7],
            start_time: "08:30".into(),
            end_time: "17:30".into(),
            per_slot: *per_slot,
            members,
            start_date: start.to_string(),
            end_date: Some(end.to_string()),
            skip_holidays: true,
        };
        rule_ids.push(rules::create(tx, &input)?.rule.id);
    }

    // 黄慧丹 is on a training course for a week from next week: her turns pass to the next officer.
    let leave = LeaveInput {
        person_id: person(tx, "黄慧丹")?,
        from: (today + Days::new(8)).to_string(),
        to: (today + Days::new(14)).to_string(),
        reason: "参加市局执法业务培训".into(),
    };
    changes::apply(tx, &DutyChange::Leave(leave))?;

    // In Renhe, 吴锡安 and 罗一章 swap their next duties (a merchants' meeting clashes).
    let upcoming =
        view::schedule(tx.conn(), today + Days::new(1), today + Days::new(21), None, None)?;
    let renhe = rule_ids[1];
    let duty_of = |name: &str| {
        upcoming.shifts.iter().find(|s| {
            s.rule_id == Some(renhe)
                && s.people.iter().any(|p| p.name == name)
                && !s
                    .people
                    .iter()
                    .any(|p| p.name == if name == "吴锡安" { "罗一章" } else { "吴锡安" })
        })
    };
    if let (Some(a), Some(b)) = (duty_of("吴锡安"), duty_of("罗一章")) {
        let swap = SwapInput {
            rule_id_a: renhe,
            date_a: a.date.clone(),
            person_a: person(tx, "吴锡安")?,
            rule_id_b: renhe,
            date_b: b.date.clone(),
            person_b: person(tx, "罗一章")?,
            reason: "胜利西路商户座谈会时间冲突，两人互换".into(),
        };
        changes::apply(tx, &DutyChange::Swap(swap))?;
    }

    // Past duties: arrivals marked, one no-show.
    let past = view::schedule(tx.conn(), start, today - Days::new(1), None, None)?;
    for (i, s) in past.shifts.iter().enumerate() {
        for (j, p) in s.people.iter().enumerate() {
            let no_show = i == 3 && j == 0;
            let a = Attendance {
                date: s.date.clone(),
                rule_id: s.rule_id,
                person_id: p.person_id,
                arrived_at: (!no_show).then(|| format!("08:{:02}", 20 + (i + j) % 12)),
                left_at: (!no_show).then(|| format!("17:{:02}", 30 + (i * 7 + j) % 20)),
                no_show,
                reason: if no_show {
                    "临时抽调参加防汛值守".into()
                } else {
                    String::new()
                },
            };
            attendance::mark(tx, &a)?;
        }
    }
    Ok(())
}
