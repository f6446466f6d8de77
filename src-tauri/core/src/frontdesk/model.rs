//! The front desk's types as they cross the bridge.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cases::model::Case;
use crate::duty::view::ShiftView;

/// The five handling types of a front-desk visit (DOMAIN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Handling {
    /// 当场办理: settled at the desk.
    OnSpot,
    /// 转告受理: passed on to whoever handles it.
    PassedOn,
    /// 代行受理: accepted on another department's behalf.
    OnBehalf,
    /// 告知路径: told where to go.
    ToldPath,
    /// 耐心解释: explained.
    Explained,
}

impl Handling {
    pub const ALL: [Handling; 5] = [
        Handling::OnSpot,
        Handling::PassedOn,
        Handling::OnBehalf,
        Handling::ToldPath,
        Handling::Explained,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Handling::OnSpot => "on_spot",
            Handling::PassedOn => "passed_on",
            Handling::OnBehalf => "on_behalf",
            Handling::ToldPath => "told_path",
            Handling::Explained => "explained",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Handling::OnSpot => "当场办理",
            Handling::PassedOn => "转告受理",
            Handling::OnBehalf => "代行受理",
            Handling::ToldPath => "告知路径",
            Handling::Explained => "耐心解释",
        }
    }

    pub fn parse(s: &str) -> Option<Handling> {
        Handling::ALL.into_iter().find(|h| h.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VisitChannel {
    WalkIn,
    Phone,
}

impl VisitChannel {
    pub fn as_str(self) -> &'static str {
        match self {
            VisitChannel::WalkIn => "walk_in",
            VisitChannel::Phone => "phone",
        }
    }

    pub fn parse(s: &str) -> VisitChannel {
        if s == "phone" {
            VisitChannel::Phone
        } else {
            VisitChannel::WalkIn
        }
    }
}

/// A walk-in or a call as the desk types it; topic and handling are required.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitInput {
    pub channel: VisitChannel,
    /// `YYYY-MM-DD HH:MM` or RFC 3339; empty: now. Never in the future.
    pub visited_at: String,
    pub visitor_name: String,
    pub visitor_phone: String,
    pub community_id: Option<i64>,
    /// What it was about.
    pub topic: String,
    pub handling: Handling,
    pub outcome: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Visit {
    pub id: i64,
    pub channel: VisitChannel,
    pub visited_at: String,
    /// Masked (张**, 138****5678); the full contact is an audited reveal.
    pub visitor_name: String,
    pub visitor_phone: String,
    pub community_id: Option<i64>,
    pub community_name: Option<String>,
    pub topic: String,
    pub handling: Handling,
    pub outcome: String,
    pub case_id: Option<i64>,
    pub case_number: Option<String>,
    pub recorded_by: String,
    pub archived: bool,
    pub archive_reason: String,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitQuery {
    pub text: String,
    pub handling: Option<Handling>,
    pub community_id: Option<i64>,
    /// Visit dates, `YYYY-MM-DD`, both included.
    pub from: Option<String>,
    pub to: Option<String>,
    pub include_archived: bool,
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitPage {
    pub visits: Vec<Visit>,
    /// Matching visits, up to `cases::list::COUNT_CAP`; `capped` says there are more.
    pub total: i64,
    pub capped: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitContact {
    pub visitor_name: String,
    pub visitor_phone: String,
}

/// Today (工作台): everything the desk looks at first. Lists are short (the newest or most
/// pressing few); the counts say how many there are in all.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TodayBoard {
    pub date: String,
    pub due_today: Vec<Case>,
    pub due_today_count: i64,
    pub yellow: Vec<Case>,
    pub yellow_count: i64,
    pub red: Vec<Case>,
    pub red_count: i64,
    pub newest: Vec<Case>,
    /// Empty for roles that may not read visits.
    pub visits: Vec<Visit>,
    pub visit_count: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandlingCount {
    pub handling: Handling,
    pub count: i64,
}

/// One person on one duty of the day, and whether they came.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DutyLine {
    pub name: String,
    pub shift: String,
    pub start_time: String,
    pub end_time: String,
    /// `HH:MM`, when marked.
    pub arrived_at: Option<String>,
    /// Arrived after the duty's start.
    pub late: bool,
    pub no_show: bool,
}

/// The numbers of a day that the handoff (交接班) and the work log (工作日志) are drafted from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DaySummary {
    pub day: String,
    pub visits: i64,
    pub by_handling: Vec<HandlingCount>,
    pub visits_to_cases: i64,
    pub cases_opened: i64,
    pub cases_closed: i64,
    pub rechecks_passed: i64,
    pub rechecks_failed: i64,
    /// Open cases past their deadline at the end of the day (or now, for today).
    pub overdue: i64,
    pub duty: Vec<DutyLine>,
}

/// A day's work-log entry: the summary, the text staff wrote, and who signed it off. Signed
/// entries are frozen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Worklog {
    pub day: String,
    pub summary: DaySummary,
    pub text: String,
    /// False for a draft the app made that nobody has saved yet.
    pub saved: bool,
    pub updated_by: Option<String>,
    pub updated_at: Option<String>,
    pub signed_by: Option<String>,
    pub signed_at: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorklogInput {
    /// `YYYY-MM-DD`, not in the future.
    pub day: String,
    pub text: String,
}

/// For the shell's list of duties (kept here so the summary does not reach into the view).
pub(crate) fn shift_label(s: &ShiftView) -> String {
    s.rule_name.clone().or_else(|| s.community_name.clone()).unwrap_or_default()
}
