//! The demo's meeting history: the Rongchang elevator-quote dispute settled on site with all
//! four parties, the monthly joint meeting after it, and this month's meeting still open with
//! the actions not yet done carried onto its agenda.

use chrono::{Duration, NaiveDateTime};
use rusqlite::params;

use crate::cases::local;
use crate::context::WriteTx;
use crate::error::AppResult;
use crate::meetings::model::*;
use crate::meetings::{meeting, outcomes, parties};
use crate::workstation::Workstation;

fn party(
    tx: &WriteTx,
    kind: PartyKind,
    name: &str,
    community: i64,
    who: &str,
    phone: &str,
) -> AppResult<i64> {
    let input = PartyInput {
        kind: Some(kind),
        name: name.into(),
        community_id: Some(community),
        contact_name: who.into(),
        contact_phone: phone.into(),
    };
    Ok(parties::save_party(tx, None, &input)?.id)
}

fn at(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

struct Outcomes<'a> {
    tx: &'a WriteTx<'a>,
    meeting: i64,
}

impl Outcomes<'_> {
    fn add(
        &self,
        item: Option<i64>,
        kind: OutcomeKind,
        text: &str,
        owner: Option<i64>,
        due: Option<String>,
    ) -> AppResult<i64> {
        let input = OutcomeInput {
            meeting_id: self.meeting,
            item_id: item,
            kind,
            text: text.into(),
            owner_party_id: owner,
            owner_name: String::new(),
            due_on: due,
            update_case: false,
            new_case_category_id: None,
        };
        Ok(outcomes::add(self.tx, &input)?.id)
    }
}

fn attend(
    tx: &WriteTx,
    meeting: i64,
    side: Side,
    party: Option<i64>,
    name: &str,
    title: &str,
) -> AppResult<()> {
    let input = AttendeeInput {
        meeting_id: meeting,
        side,
        party_id: party,
        name: name.into(),
        title: title.into(),
    };
    meeting::add_attendee(tx, &input).map(|_| ())
}

fn closed(tx: &WriteTx, meeting: i64, at: NaiveDateTime) -> AppResult<()> {
    meeting::close(tx, meeting)?;
    // The minutes were closed when the meeting ended, not when the demo was made.
    tx.conn().execute(
        "UPDATE meeting SET closed_at = ?2 WHERE id = ?1",
        params![meeting, crate::cases::stamp(at)],
    )?;
    Ok(())
}

pub(super) fn seed(tx: &WriteTx, ws: &Workstation) -> AppResult<()> {
    let Some(rongchang) = ws.communities.iter().find(|c| c.name == "融昌社区") else {
        return Ok(());
    };
    let rc = rongchang.id;
    let now = local(tx.now())?;
    let day = |d: i64| (now.date() + Duration::days(d)).to_string();
    let wuye =
        party(tx, PartyKind::PropertyCompany, "融昌物业服务中心", rc, "郑建平", "0596-2671180")?;
    let yewei =
        party(tx, PartyKind::OwnersCommittee, "融昌花园业主委员会", rc, "林国华", "13860991301")?;
    let juwei = party(
        tx,
        PartyKind::ResidentsCommittee,
        "融昌社区居民委员会",
        rc,
        "黄淑贞",
        "0596-2671001",
    )?;
    let estate = EstateInput {
        name: "融昌花园".into(),
        community_id: rc,
        address: "融昌花园1—6幢".into(),
        property_party_id: Some(wuye),
        owners_party_id: Some(yewei),
    };
    let estate = parties::save_estate(tx, None, &estate)?.id;
    let case: Option<i64> = tx
        .conn()
        .query_row(
            "SELECT id FROM cases WHERE title = '融昌花园电梯维保报价纠纷'",
            [],
            |r| r.get(0),
        )
        .ok();
    if let Some(c) = case {
        parties::set_case_estate(tx, c, Some(estate))?;
    }
    let four = |tx: &WriteTx, m: i64| -> AppResult<()> {
        attend(tx, m, Side::Urban, None, "魏振宇", "社区城管工作站执法队员")?;
        attend(tx, m, Side::ResidentsCommittee, Some(juwei), "黄淑贞", "居委会主任")?;
        attend(tx, m, Side::OwnersCommittee, Some(yewei), "林国华", "业委会主任")?;
        attend(tx, m, Side::PropertyCompany, Some(wuye), "郑建平", "物业项目经理")
    };

    // 1. On site, twelve days ago: the elevator quote.
    let held = now - Duration::days(12);
    let onsite = meeting::create(
        tx,
        &MeetingInput {
            kind: MeetingKind::Onsite,
            title: "融昌花园电梯维保报价现场协调会".into(),
            held_at: at(held),
            place: "融昌花园3幢架空层".into(),
            community_id: rc,
            estate_id: Some(estate),
            chair: "魏振宇".into(),
            recorder: "黄淑贞".into(),
        },
    )?
    .id;
    four(tx, onsite)?;
    let title = "融昌花园电梯维保报价纠纷".to_string();
    let item = meeting::add_item(tx, &ItemInput { meeting_id: onsite, title, case_id: case })?;
    meeting::set_notes(
        tx,
        item,
        "业委会认为报价偏高且不透明；物业说明报价构成，同意公开三家维保单位报价，由业主代表核对。",
    )?;
    let o = Outcomes { tx, meeting: onsite };
    o.add(Some(item), OutcomeKind::Info, "物业已收到三家维保单位报价。", None, None)?;
    o.add(
        Some(item),
        OutcomeKind::Decision,
        "三家报价在小区公告栏公示七天，业委会组织业主代表核对后在月度联席会议上确定维保单位。",
        None,
        None,
    )?;
    let posted = o.add(
        Some(item),
        OutcomeKind::Action,
        "在各幢公告栏公示三家维保报价明细",
        Some(wuye),
        Some(day(-9)),
    )?;
    let checked = o.add(
        Some(item),
        OutcomeKind::Action,
        "组织业主代表核对报价并形成书面意见",
        Some(yewei),
        Some(day(-6)),
    )?;
    closed(tx, onsite, held + Duration::hours(2))?;
    outcomes::mark_done(tx, posted, "已在1—6幢公告栏张贴，附照片")?;
    outcomes::mark_done(tx, checked, "业主代表12人签字确认")?;

    // 2. The monthly joint meeting, five days ago: the unit chosen, two new actions.
    let held = now - Duration::days(5);
    let monthly = meeting::create(
        tx,
        &MeetingInput {
            kind: MeetingKind::Monthly,
            title: "融昌社区月度联席会议".into(),
            held_at: at(held),
            place: "融昌社区居委会会议室".into(),
            community_id: rc,
            estate_id: None,
            chair: "黄淑贞".into(),
            recorder: "魏振宇".into(),
        },
    )?
    .id;
    four(tx, monthly)?;
    let lift = meeting::add_item(
        tx,
        &ItemInput {
            meeting_id: monthly, title: "融昌花园电梯维保单位确定".into(), case_id: case
        },
    )?;
    let exits = meeting::add_item(
        tx,
        &ItemInput {
            meeting_id: monthly, title: "1幢消防通道堆放杂物".into(), case_id: None
        },
    )?;
    let o = Outcomes { tx, meeting: monthly };
    o.add(
        Some(lift),
        OutcomeKind::Decision,
        "确定报价最低的闽南电梯公司为维保单位，合同期一年，费用按月公示。",
        None,
        None,
    )?;
    o.add(
        Some(lift),
        OutcomeKind::Action,
        "每季度在公告栏公示电梯维保记录和费用",
        Some(wuye),
        Some(day(25)),
    )?;
    o.add(
        Some(exits),
        OutcomeKind::Action,
        "清理1幢消防通道杂物并张贴禁止堆放提示",
        Some(wuye),
        Some(day(-2)),
    )?;
    o.add(
        Some(exits),
        OutcomeKind::Action,
        "入户提醒1幢住户不在通道堆放物品",
        Some(juwei),
        Some(day(10)),
    )?;
    closed(tx, monthly, held + Duration::hours(2))?;

    // 3. This month's meeting, today: open, the three open actions first on its agenda.
    let today = meeting::create(
        tx,
        &MeetingInput {
            kind: MeetingKind::Monthly,
            title: "融昌社区联席会议（本月）".into(),
            held_at: at(now - Duration::minutes(30)),
            place: "融昌社区居委会会议室".into(),
            community_id: rc,
            estate_id: Some(estate),
            chair: "黄淑贞".into(),
            recorder: "魏振宇".into(),
        },
    )?
    .id;
    four(tx, today)?;
    Ok(())
}
