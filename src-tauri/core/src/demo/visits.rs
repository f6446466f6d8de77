//! Three weeks of the Huayuan desk: walk-ins and calls of all five handling types, a few of
//! which became cases, and a signed work-log entry for each past working day. Like the cases,
//! they go through the real code; only their times are set back.

use chrono::{Datelike, Duration, NaiveTime, Weekday};
use rusqlite::params;

use crate::cases::model::{CaseInput, CaseSource, Urgency};
use crate::cases::{intake, local};
use crate::context::WriteTx;
use crate::error::AppResult;
use crate::frontdesk::handoff;
use crate::frontdesk::model::{Handling, VisitChannel, VisitInput, WorklogInput};
use crate::frontdesk::visits;
use crate::workstation::Workstation;

/// (community, visitor, phone, topic, handling, outcome, category code if it became a case)
type Template = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Handling,
    &'static str,
    Option<&'static str>,
);

const VISITS: &[Template] = &[
    (
        "花园社区",
        "陈秀英",
        "13906961234",
        "询问楼道电动车何时清理",
        Handling::Explained,
        "告知已派单，周三下沉时上门劝导",
        None,
    ),
    (
        "花园社区",
        "林建华",
        "13859671122",
        "反映5幢有人飞线充电",
        Handling::PassedOn,
        "转花园一网格网格员核实",
        Some("0602"),
    ),
    (
        "仁和社区",
        "黄美玲",
        "13605963344",
        "咨询门面招牌设置需要办理什么手续",
        Handling::ToldPath,
        "告知到区城管局审批窗口办理，附材料清单",
        None,
    ),
    (
        "仁和社区",
        "郑先生",
        "",
        "来电反映仁和路水果店占道摆卖",
        Handling::PassedOn,
        "已登记，转值班队员处理",
        Some("0502"),
    ),
    (
        "融昌社区",
        "许国平",
        "13774568899",
        "反映电梯维保报价过高，物业与业委会意见不一",
        Handling::OnBehalf,
        "代为受理，提请下次联席会议协调",
        None,
    ),
    (
        "花园社区",
        "王阿姨",
        "",
        "询问装修垃圾应投放到哪里",
        Handling::OnSpot,
        "当场告知小区装修垃圾临时堆放点位置",
        None,
    ),
    (
        "仁和社区",
        "吴丽娟",
        "15080112233",
        "反映夜间烧烤油烟扰民",
        Handling::ToldPath,
        "油烟属生态环境部门管理，告知12345转办途径",
        None,
    ),
    (
        "融昌社区",
        "蔡志明",
        "13950447788",
        "咨询违停罚单如何申诉",
        Handling::ToldPath,
        "告知交警部门申诉渠道",
        None,
    ),
    (
        "花园社区",
        "李大爷",
        "",
        "反映小区绿地被人种菜",
        Handling::OnSpot,
        "当场联系网格员前往劝导，已恢复",
        None,
    ),
    (
        "仁和社区",
        "周女士",
        "18805965566",
        "来电投诉门前三包落实不到位",
        Handling::Explained,
        "解释门前三包责任划分，已提醒商户",
        None,
    ),
    (
        "融昌社区",
        "陈先生",
        "13696951100",
        "反映12幢一楼破墙开门装修",
        Handling::PassedOn,
        "转值班队员现场核查",
        Some("0603"),
    ),
    (
        "花园社区",
        "杨丽",
        "13505962211",
        "咨询共享单车乱停放向谁反映",
        Handling::Explained,
        "告知已纳入巡查，留下联系方式",
        None,
    ),
];

pub(super) fn seed(tx: &WriteTx, ws: &Workstation) -> AppResult<()> {
    let now = local(tx.now())?;
    let today = now.date();
    let categories = crate::cases::categories::list(tx.conn())?;
    let mut n = 0usize;
    for back in (1..=21).rev() {
        let day = today - Duration::days(back);
        if day.weekday() == Weekday::Sat {
            continue; // the desk is closed on Saturdays; duty days (Wed, Sun) are open
        }
        // One to three visits a day, walking through the templates.
        for k in 0..(1 + (back as usize % 3)) {
            let t = VISITS[n % VISITS.len()];
            n += 1;
            let at = day.and_time(
                NaiveTime::from_hms_opt(9 + 2 * k as u32, 10 + (n % 40) as u32, 0)
                    .unwrap_or_default(),
            );
            // Each template becomes a case once; its later repeats are new callers about it.
            let t = if n > VISITS.len() { (t.0, t.1, t.2, t.3, t.4, t.5, None) } else { t };
            seed_visit(tx, ws, &categories, t, at)?;
        }
        let summary = handoff::summary(tx.conn(), day)?;
        let text = format!(
            "今日接待来访来电{}人次，转立案件{}件，均已登记。值班人员按时到岗，交接正常。",
            summary.visits, summary.visits_to_cases
        );
        handoff::write(tx, &WorklogInput { day: day.to_string(), text }, true)?;
        let signed = crate::cases::stamp(
            day.and_time(NaiveTime::from_hms_opt(17, 40, 0).unwrap_or_default()),
        );
        tx.conn().execute(
            "UPDATE worklog SET signed_at = ?2, updated_at = ?2, signed_by = 'qiantai' WHERE day = ?1",
            params![day.to_string(), signed],
        )?;
    }
    // Today's desk so far: one explained on the spot.
    let morning = today.and_time(NaiveTime::from_hms_opt(8, 50, 0).unwrap_or_default());
    if morning < now {
        seed_visit(tx, ws, &categories, VISITS[5], morning)?;
    }
    Ok(())
}

fn seed_visit(
    tx: &WriteTx,
    ws: &Workstation,
    categories: &[crate::cases::categories::Category],
    t: Template,
    at: chrono::NaiveDateTime,
) -> AppResult<()> {
    let (community, name, phone, topic, handling, outcome, becomes) = t;
    let community_id = ws.communities.iter().find(|c| c.name == community).map(|c| c.id);
    let channel = if phone.is_empty() { VisitChannel::Phone } else { VisitChannel::WalkIn };
    let input = VisitInput {
        channel,
        visited_at: at.format("%Y-%m-%d %H:%M").to_string(),
        visitor_name: name.into(),
        visitor_phone: phone.into(),
        community_id,
        topic: topic.into(),
        handling,
        outcome: outcome.into(),
    };
    let id = visits::insert(tx, &input)?;
    let (Some(code), Some(community_id)) = (becomes, community_id) else { return Ok(()) };
    let Some(category) = categories.iter().find(|c| c.code == code) else { return Ok(()) };
    let case = CaseInput {
        source: if channel == VisitChannel::Phone { CaseSource::Phone } else { CaseSource::Desk },
        category_id: category.id,
        community_id,
        grid_id: None,
        address: String::new(),
        title: topic.chars().take(30).collect(),
        description: topic.into(),
        reporter_name: name.into(),
        reporter_phone: phone.into(),
        anonymous: false,
        respondent_kind: String::new(),
        respondent_name: String::new(),
        urgency: Urgency::Normal,
        reported_at: input.visited_at.clone(),
        photos: Vec::new(),
    };
    let case_id = intake::insert(tx, &case, local(tx.now())?, &[])?;
    super::cases::backdate(tx, case_id, at)?;
    visits::link_case(tx, id, case_id)
}
