//! The story's cases, each at a different stage of the workflow: the e-bikes in Huayuan's fire
//! lane (closed after a failed re-check, followed up), flying-lead charging (being persuaded), a
//! Renhe shop trading outside its door (waiting for the re-check), Rongchang's elevator quote
//! dispute (settled on site at a coordination meeting), and newer ones still open or overdue;
//! also one parked, one extended, a duplicate, one not accepted, one void and one reopened, so
//! every stage of the workflow is there to look at.
//! They go through the real intake and step code; only their times are set back afterwards.

use chrono::{Duration, Local, NaiveDateTime};
use rusqlite::{params, OptionalExtension};

use crate::cases::model::{CaseInput, CaseSource, Satisfaction, StepInput, Urgency};
use crate::cases::workflow::Step;
use crate::cases::{intake, local, stamp, steps};
use crate::context::WriteTx;
use crate::error::AppResult;
use crate::roster::people;
use crate::workstation::Workstation;

struct Story {
    days_ago: i64,
    community: &'static str,
    grid: &'static str,
    category: &'static str,
    source: CaseSource,
    title: &'static str,
    description: &'static str,
    address: &'static str,
    reporter: (&'static str, &'static str),
    respondent: (&'static str, &'static str),
    /// (step, officer or party, note)
    steps: &'static [(Step, &'static str, &'static str)],
}

const STORIES: &[Story] = &[
    Story {
        days_ago: 20,
        community: "花园社区",
        grid: "花园一网格",
        category: "0601",
        source: CaseSource::GridWorker,
        title: "花园小区3幢楼道电动车堵塞消防通道",
        description: "3幢一楼楼道及单元门口长期停放电动车五六辆，堵塞消防通道，居民多次反映。",
        address: "花园小区3幢1单元",
        reporter: ("陈秀英", "13906961234"),
        respondent: ("resident", "3幢住户"),
        steps: &[
            (Step::Assign, "韩怡莉", "请周三下沉时上门劝导"),
            (Step::Persuade, "", "逐户上门劝导，发放消防安全告知书，住户承诺三日内挪走"),
            (Step::ReportRectified, "", "网格员反馈车辆已挪走"),
            (Step::RecheckFail, "", "复查时仍有两辆电动车停放，退回继续劝导"),
            (Step::Persuade, "", "联系物业在楼下划设电动车停放区"),
            (Step::ReportRectified, "", "停放区启用，楼道已清空"),
            (Step::RecheckPass, "", "复查通过，消防通道畅通"),
            (Step::FollowUp, "", "电话回访，居民表示满意"),
        ],
    },
    Story {
        days_ago: 6,
        community: "花园社区",
        grid: "花园二网格",
        category: "0602",
        source: CaseSource::Desk,
        title: "花园小区7幢飞线充电",
        description: "7幢4楼住户从窗口拉电线到楼下给电动车充电，存在火灾隐患。",
        address: "花园小区7幢",
        reporter: ("林建国", "13850961122"),
        respondent: ("resident", "7幢402住户"),
        steps: &[
            (Step::Assign, "黄慧丹", ""),
            (Step::Persuade, "", "上门劝导，告知飞线充电危害，住户同意改用充电桩"),
        ],
    },
    Story {
        days_ago: 4,
        community: "仁和社区",
        grid: "仁和一网格",
        category: "0502",
        source: CaseSource::Patrol,
        title: "胜利西路32号茶叶店出店经营",
        description: "店主在门前人行道摆放货架和茶桌，占道经营，影响行人通行。",
        address: "胜利西路32号",
        reporter: ("", ""),
        respondent: ("shop", "胜利西路32号茶叶店"),
        steps: &[
            (Step::Assign, "吴锡安", ""),
            (Step::Persuade, "", "宣传门前三包责任，店主当场收回部分货架"),
            (Step::ReportRectified, "", "店主反馈已全部收回店内"),
        ],
    },
    Story {
        days_ago: 15,
        community: "融昌社区",
        grid: "融昌一网格",
        category: "0605",
        source: CaseSource::Meeting,
        title: "融昌花园电梯维保报价纠纷",
        description:
            "业主对物业提出的电梯维保报价有异议，业委会要求公开报价明细，双方多次协商未果。",
        address: "融昌花园1—6幢",
        reporter: ("林国华", "13860991301"),
        respondent: ("property", "融昌物业服务中心"),
        steps: &[
            (Step::Assign, "魏振宇", ""),
            (Step::Persuade, "", "组织物业、业委会、居委会现场协调，物业同意公开三家报价"),
            (Step::ReportRectified, "", "联席会议上确定维保单位和报价，双方签字确认"),
            (Step::RecheckPass, "", "协调结果已落实"),
        ],
    },
    Story {
        days_ago: 0,
        community: "仁和社区",
        grid: "仁和二网格",
        category: "0603",
        source: CaseSource::Phone,
        title: "仁和小区B区12幢破墙装修",
        description: "住户装修拆除承重墙，楼上住户来电反映墙体出现裂缝。",
        address: "仁和小区B区12幢",
        reporter: ("曾丽华", "13959961288"),
        respondent: ("resident", "12幢201住户"),
        steps: &[],
    },
    Story {
        days_ago: 5,
        community: "花园社区",
        grid: "花园三网格",
        category: "0604",
        source: CaseSource::Hotline,
        title: "花园路沿街商铺门前垃圾堆放",
        description: "12345热线转来：花园路15—21号商铺门前堆放纸箱垃圾，未落实门前三包。",
        address: "花园路15—21号",
        reporter: ("王女士", "13799960021"),
        respondent: ("shop", "花园路15—21号商户"),
        steps: &[(Step::Assign, "杨清音", "")],
    },
    Story {
        days_ago: 3,
        community: "融昌社区",
        grid: "融昌二网格",
        category: "0606",
        source: CaseSource::Desk,
        title: "融昌花园地下车库夜间施工噪声",
        description: "地下车库夜间十一点后仍在施工，噪声扰民。",
        address: "融昌花园地下车库",
        reporter: ("杜女士", "13600961177"),
        respondent: ("unit", "车库改造施工队"),
        steps: &[(Step::Refer, "", "属生态环境部门职责，已转区生态环境局")],
    },
    Story {
        days_ago: 12,
        community: "花园社区",
        grid: "花园一网格",
        category: "0101",
        source: CaseSource::Patrol,
        title: "花园小区5幢顶楼违章搭建阳光房",
        description: "5幢顶楼住户在露台搭建阳光房约20平方米，邻居担心影响楼顶防水和消防。",
        address: "花园小区5幢顶楼",
        reporter: ("", ""),
        respondent: ("resident", "5幢601住户"),
        steps: &[
            (Step::Assign, "韩怡莉", ""),
            (Step::Persuade, "", "上门告知违建认定标准，住户称已向规划部门补办手续"),
            (Step::Park, "", "等待规划部门对补办申请的答复，暂时挂账，答复后恢复办理"),
        ],
    },
    Story {
        days_ago: 6,
        community: "仁和社区",
        grid: "仁和一网格",
        category: "0104",
        source: CaseSource::GridWorker,
        title: "仁和小区A区地下室通道堆放旧家具",
        description: "A区地下室通道堆放旧家具、纸箱，涉及多户，影响通行和消防安全。",
        address: "仁和小区A区地下室",
        reporter: ("许金水", "13505961876"),
        respondent: ("property", "仁和物业"),
        steps: &[
            (Step::Assign, "吴锡安", ""),
            (Step::Extend, "", "涉及十余户，需物业统一通知后集中清运，延期一周"),
        ],
    },
    Story {
        days_ago: 19,
        community: "花园社区",
        grid: "花园一网格",
        category: "0601",
        source: CaseSource::Phone,
        title: "3幢楼道电动车多，消防通道走不通",
        description: "居民来电反映3幢楼道停满电动车。",
        address: "花园小区3幢",
        reporter: ("蔡美玲", "13615961420"),
        respondent: ("resident", ""),
        // The same problem as the fire-lane case above: linked to it, not handled twice.
        steps: &[(
            Step::MarkDuplicate,
            "花园小区3幢楼道电动车堵塞消防通道",
            "与3幢消防通道案件为同一问题，并案办理",
        )],
    },
    Story {
        days_ago: 9,
        community: "融昌社区",
        grid: "融昌一网格",
        category: "0607",
        source: CaseSource::Desk,
        title: "邻居家狗夜间吠叫",
        description: "居民反映楼下邻居养狗，夜间吠叫影响休息，要求城管处理。",
        address: "融昌花园2幢",
        reporter: ("方雅婷", "13799961538"),
        respondent: ("resident", "2幢住户"),
        steps: &[(
            Step::NotAccept,
            "",
            "属邻里纠纷，不在城管职责内；已告知可向社区人民调解委员会申请调解",
        )],
    },
    Story {
        days_ago: 8,
        community: "仁和社区",
        grid: "仁和二网格",
        category: "0104",
        source: CaseSource::Desk,
        title: "（误录）仁和小区B区垃圾",
        description: "前台登记时选错社区，已在正确社区重新登记。",
        address: "仁和小区B区",
        reporter: ("", ""),
        respondent: ("", ""),
        steps: &[(Step::Void, "", "登记时选错社区，已重新登记，本件作废")],
    },
    Story {
        days_ago: 14,
        community: "仁和社区",
        grid: "仁和一网格",
        category: "0203",
        source: CaseSource::Patrol,
        title: "胜利西路18号门前占道广告牌",
        description: "店铺在人行道上摆放落地广告牌两块。",
        address: "胜利西路18号",
        reporter: ("", ""),
        respondent: ("shop", "胜利西路18号眼镜店"),
        steps: &[
            (Step::Assign, "吴锡安", ""),
            (Step::Persuade, "", "劝导店主将广告牌收回店内"),
            (Step::ReportRectified, "", "广告牌已收回"),
            (Step::RecheckPass, "", "复查通过"),
            (Step::Reopen, "", "巡查发现广告牌又摆到人行道上，重新办理"),
        ],
    },
];

/// Sets the case's times back: registered a quarter of an hour after it was reported, each
/// step some hours after the one before, never later than now.
pub(super) fn backdate(tx: &WriteTx, id: i64, reported: NaiveDateTime) -> AppResult<()> {
    let registered = reported + Duration::minutes(15);
    let now = Local::now().naive_local();
    let events: Vec<i64> = {
        let mut stmt =
            tx.conn().prepare("SELECT id FROM case_event WHERE case_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([id], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?;
        rows
    };
    let gap = ((now - registered).num_minutes() / (events.len() as i64 + 1)).clamp(1, 26 * 60);
    let mut last = registered;
    for (i, e) in events.iter().enumerate() {
        last = (registered + Duration::minutes(gap * i as i64)).min(now);
        tx.conn()
            .execute("UPDATE case_event SET at = ?1 WHERE id = ?2", params![stamp(last), e])?;
    }
    tx.conn().execute(
        "UPDATE cases SET registered_at = ?1, updated_at = ?2,
             closed_at = CASE WHEN closed_at IS NULL THEN NULL ELSE ?2 END WHERE id = ?3",
        params![stamp(registered), stamp(last), id],
    )?;
    Ok(())
}

pub(super) fn seed(tx: &WriteTx, ws: &Workstation) -> AppResult<()> {
    let categories = crate::cases::categories::list(tx.conn())?;
    let now = local(tx.now())?;
    for story in STORIES {
        let community = ws.communities.iter().find(|c| c.name == story.community);
        let Some(community) = community else { continue };
        let grid = crate::roster::grids::find(tx.conn(), community.id, story.grid)?;
        let category = categories.iter().find(|c| c.code == story.category);
        let Some(category) = category else { continue };
        let reported = now - Duration::days(story.days_ago) - Duration::hours(2);
        let input = CaseInput {
            source: story.source,
            category_id: category.id,
            community_id: community.id,
            grid_id: grid.map(|g| g.id),
            address: story.address.into(),
            title: story.title.into(),
            description: story.description.into(),
            reporter_name: story.reporter.0.into(),
            reporter_phone: story.reporter.1.into(),
            anonymous: story.reporter.0.is_empty(),
            respondent_kind: story.respondent.0.into(),
            respondent_name: story.respondent.1.into(),
            urgency: Urgency::Normal,
            reported_at: reported.format("%Y-%m-%d %H:%M").to_string(),
            photos: Vec::new(),
        };
        let id = intake::insert(tx, &input, now, &[])?;
        for (step, who, note) in story.steps {
            let assignee = if *step == Step::Assign && !who.is_empty() {
                people::by_name(tx.conn(), who)?.first().map(|p| p.id)
            } else {
                None
            };
            // A duplicate names the case it repeats by title in the "who" column.
            let duplicate_of = if *step == Step::MarkDuplicate {
                tx.conn()
                    .query_row("SELECT id FROM cases WHERE title = ?1", [who], |r| r.get(0))
                    .optional()?
            } else {
                None
            };
            let input = StepInput {
                note: note.to_string(),
                assignee_id: assignee,
                duplicate_of,
                new_due_date: (*step == Step::Extend)
                    .then(|| (now.date() + Duration::days(7)).to_string()),
                promised_date: (*step == Step::Persuade)
                    .then(|| (now.date() + Duration::days(3)).to_string()),
                referred_to: (*step == Step::Refer).then(|| "芗城区生态环境局".to_string()),
                satisfaction: (*step == Step::FollowUp).then_some(Satisfaction::Satisfied),
                ..StepInput::new(id, *step)
            };
            steps::apply_in(tx, &input, &[])?;
        }
        backdate(tx, id, reported)?;
    }
    Ok(())
}
