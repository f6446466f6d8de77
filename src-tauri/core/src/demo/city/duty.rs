//! The city's duty: one rule per community, two officers every Wednesday and Sunday, from a
//! year ago to the end of this year. The city has fewer than two officers per community, so
//! the communities with one officer come in pairs that share both: one pair member's duty is
//! the morning, the other's the afternoon, and nobody is booked twice at the same hour.

use chrono::{Datelike, Days, NaiveDate};

use super::plan::CommunityPlan;
use crate::context::WriteTx;
use crate::duty::rules::{self, DutyRuleInput};
use crate::error::AppResult;
use crate::workstation::Community;

pub(super) fn write(
    tx: &WriteTx,
    communities: &[Community],
    plan: &[CommunityPlan],
    officers: &[Vec<i64>],
    today: NaiveDate,
) -> AppResult<usize> {
    let start = today - Days::new(365);
    let end = NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today);
    for (i, (c, p)) in communities.iter().zip(plan).enumerate() {
        let (members, start_time, end_time, when) = match p.partner {
            Some(other) => {
                let pool = vec![officers[i][0], officers[other][0]];
                if i < other {
                    (pool, "08:30", "12:00", "（上午）")
                } else {
                    (pool, "14:30", "17:30", "（下午）")
                }
            }
            None => (officers[i].clone(), "08:30", "17:30", ""),
        };
        let input = DutyRuleInput {
            community_id: Some(c.id),
            name: format!("{} 周三、周日下沉{when}", p.name),
            weekdays: vec![3, 7],
            start_time: start_time.into(),
            end_time: end_time.into(),
            per_slot: 2,
            members,
            start_date: start.to_string(),
            end_date: Some(end.to_string()),
            skip_holidays: true,
        };
        rules::create(tx, &input)?;
    }
    Ok(communities.len())
}
