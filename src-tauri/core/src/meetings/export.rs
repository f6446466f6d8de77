//! The meeting-minutes record book (会议记录本) and the action list, to `.xlsx` or `.csv`.

use std::path::Path;

use super::meeting::{detail, list};
use super::model::ActionQuery;
use super::model::{MeetingDetail, MeetingKind, Outcome, OutcomeKind, Side};
use super::outcomes::actions;
use crate::context::Session;
use crate::error::AppResult;
use crate::frontdesk::handoff::parse_day;
use crate::roster::sheet::SheetFormat;

const MINUTES_HEADERS: [&str; 11] = [
    "会议时间",
    "类型",
    "议题",
    "地点",
    "社区",
    "小区",
    "主持",
    "记录",
    "参会人员（按方）",
    "决定事项",
    "行动项（谁·做什么·期限）",
];

const ACTION_HEADERS: [&str; 8] =
    ["会议时间", "会议", "行动项", "责任方", "责任人", "期限", "状态", "完成时间"];

pub(crate) fn kind_word(k: MeetingKind) -> &'static str {
    match k {
        MeetingKind::Monthly => "月度联席会议",
        MeetingKind::Onsite => "现场协调会",
    }
}

pub(crate) fn side_word(s: Side) -> &'static str {
    match s {
        Side::Urban => "城管",
        Side::ResidentsCommittee => "居委会",
        Side::OwnersCommittee => "业委会",
        Side::PropertyCompany => "物业公司",
        Side::Other => "其他",
    }
}

fn minute(stamp: &str) -> String {
    stamp.get(..16).unwrap_or(stamp).replace('T', " ")
}

fn action_line(o: &Outcome) -> String {
    let who = o.owner_party_name.clone().unwrap_or_default();
    let who = [who, o.owner_name.clone()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let amend = if o.amendment { "（补正）" } else { "" };
    format!("{amend}{}·{}·{}", who.join(" "), o.text, o.due_on.clone().unwrap_or_default())
}

fn minutes_row(d: &MeetingDetail) -> Vec<String> {
    let m = &d.meeting;
    let mut sides: Vec<String> = Vec::new();
    for side in [
        Side::Urban,
        Side::ResidentsCommittee,
        Side::OwnersCommittee,
        Side::PropertyCompany,
        Side::Other,
    ] {
        let names: Vec<String> = d
            .attendees
            .iter()
            .filter(|a| a.side == side)
            .map(|a| match &a.party_name {
                Some(p) => format!("{}（{p}）", a.name),
                None => a.name.clone(),
            })
            .collect();
        if !names.is_empty() {
            sides.push(format!("{}：{}", side_word(side), names.join("、")));
        }
    }
    let all: Vec<&Outcome> =
        d.items.iter().flat_map(|i| i.outcomes.iter()).chain(d.general.iter()).collect();
    let of =
        |k: OutcomeKind| -> Vec<&Outcome> { all.iter().copied().filter(|o| o.kind == k).collect() };
    let decisions: Vec<String> = of(OutcomeKind::Decision)
        .iter()
        .map(|o| format!("{}{}", if o.amendment { "（补正）" } else { "" }, o.text))
        .collect();
    let actions: Vec<String> = of(OutcomeKind::Action).iter().map(|o| action_line(o)).collect();
    vec![
        minute(&m.held_at),
        kind_word(m.kind).to_string(),
        m.title.clone(),
        m.place.clone(),
        m.community_name.clone(),
        m.estate_name.clone().unwrap_or_default(),
        m.chair.clone(),
        m.recorder.clone(),
        sides.join("\n"),
        decisions.join("\n"),
        actions.join("\n"),
    ]
}

/// Writes the minutes record book for meetings held from `from` to `to` (inclusive days;
/// empty: all). Returns the number of meetings.
pub fn minutes_file(s: &Session, path: &Path, from: &str, to: &str) -> AppResult<u32> {
    let format = SheetFormat::from_path(path)?;
    let from = if from.trim().is_empty() { None } else { Some(parse_day("from", from)?) };
    let to = if to.trim().is_empty() { None } else { Some(parse_day("to", to)?) };
    let rows: Vec<Vec<String>> = s.read(|c| {
        let mut rows = Vec::new();
        let mut meetings = list(c, s.caller())?;
        meetings.reverse(); // oldest first, as a record book is written
        for m in meetings {
            let day = m.held_at.get(..10).unwrap_or_default().to_string();
            if from.is_some_and(|f| day < f.to_string()) || to.is_some_and(|t| day > t.to_string())
            {
                continue;
            }
            rows.push(minutes_row(&detail(c, s.caller(), m.id)?));
        }
        Ok(rows)
    })?;
    crate::files::write_atomic(
        path,
        &crate::table::to_bytes("会议记录本", &MINUTES_HEADERS, &rows, format)?,
    )?;
    Ok(rows.len() as u32)
}

/// Writes every action item, open and done. Returns the number of actions.
pub fn actions_file(s: &Session, path: &Path) -> AppResult<u32> {
    let format = SheetFormat::from_path(path)?;
    let q = ActionQuery { include_done: true, ..Default::default() };
    let rows: Vec<Vec<String>> = s.read(|c| {
        let titles: std::collections::HashMap<i64, (String, String)> = list(c, s.caller())?
            .into_iter()
            .map(|m| (m.id, (minute(&m.held_at), m.title)))
            .collect();
        Ok(actions(c, s.caller(), &q)?
            .into_iter()
            .map(|o| {
                let (at, title) = titles.get(&o.meeting_id).cloned().unwrap_or_default();
                let state = match (&o.done_at, o.overdue) {
                    (Some(_), _) => "已完成",
                    (None, true) => "已超期",
                    (None, false) => "进行中",
                };
                vec![
                    at,
                    title,
                    o.text.clone(),
                    o.owner_party_name.clone().unwrap_or_default(),
                    o.owner_name.clone(),
                    o.due_on.clone().unwrap_or_default(),
                    state.to_string(),
                    o.done_at.as_deref().map(minute).unwrap_or_default(),
                ]
            })
            .collect())
    })?;
    crate::files::write_atomic(
        path,
        &crate::table::to_bytes("会议行动项", &ACTION_HEADERS, &rows, format)?,
    )?;
    Ok(rows.len() as u32)
}
