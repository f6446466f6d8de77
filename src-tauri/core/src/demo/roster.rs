//! The demo's 2+N roster: the officers the story names (韩怡莉, 黄慧丹, 杨清音 in Huayuan; 吴锡安,
//! 郑怡静, 罗一章 along Renhe's streets), community cadres, police, property staff, owners'
//! committee members and volunteers. One vacancy, one ended term and one missing phone are left
//! in on purpose: a real roster has them, and the gap view should have something to show.

use crate::context::WriteTx;
use crate::error::{AppError, AppResult};
use crate::roster::assignments::{self, AssignmentInput};
use crate::roster::grids::{self, GridInput};
use crate::roster::people::{self, PersonInput};
use crate::roster::roles;
use crate::workstation::Workstation;

/// (community, grid, code, area)
const GRIDS: &[(&str, &str, &str, &str)] = &[
    ("花园社区", "花园一网格", "BH-HY-01", "花园小区1—8号楼，东门至消防通道"),
    ("花园社区", "花园二网格", "BH-HY-02", "花园小区9—16号楼，新建电动车停车棚"),
    ("花园社区", "花园三网格", "BH-HY-03", "花园路沿街商铺及小区外公共停车区"),
    ("仁和社区", "仁和一网格", "BH-RH-01", "胜利西路沿街商户（1—58号）"),
    ("仁和社区", "仁和二网格", "BH-RH-02", "仁和小区A、B区"),
    ("仁和社区", "仁和三网格", "BH-RH-03", "新华南路沿街商户及农贸市场周边"),
    ("融昌社区", "融昌一网格", "BH-RC-01", "融昌花园1—6幢"),
    ("融昌社区", "融昌二网格", "BH-RC-02", "融昌花园7—12幢及地下车库"),
];

/// (name, organisation, party, phone, notes)
const PEOPLE: &[(&str, &str, &str, &str, &str)] = &[
    ("陈秀英", "花园社区居委会", "社区", "13805961021", "社区党委委员"),
    ("林志强", "花园社区居委会", "社区", "13805961022", ""),
    ("苏丽华", "花园社区居委会", "社区", "13805961023", ""),
    ("许文斌", "花园社区", "社区", "13905962031", "专职网格员"),
    ("蔡雅婷", "花园社区", "社区", "13905962032", "专职网格员"),
    ("戴明辉", "花园社区", "社区", "13905962033", "专职网格员"),
    ("韩怡莉", "漳州市城市管理局执法支队", "城管", "13606963101", "市局下沉队员"),
    ("黄慧丹", "芗城区城市管理局执法大队", "城管", "13606963102", "区局下沉队员"),
    ("杨清音", "芗城区城市管理局执法大队", "城管", "13606963103", "区局下沉队员"),
    ("周海涛", "芗城公安分局碧湖派出所", "公安", "13959604110", "社区民警"),
    ("郑建华", "鑫源物业管理有限公司", "物业", "0596-2961188", "花园小区物业经理"),
    ("王淑芬", "花园小区业主委员会", "业委会", "13860991201", "业委会主任"),
    ("李伯年", "花园小区", "志愿者", "", "退休教师，楼道宣传"),
    ("黄金水", "仁和社区居委会", "社区", "13805961041", ""),
    ("曾雪梅", "仁和社区居委会", "社区", "13805961042", ""),
    ("吴锡安", "芗城区城市管理局执法大队", "城管", "13606963201", "区局下沉队员，手里有商户台账"),
    ("郑怡静", "芗城区城市管理局执法大队", "城管", "13606963202", "区局下沉队员"),
    ("罗一章", "漳州市城市管理局执法支队", "城管", "13606963203", "市局下沉队员"),
    ("方志诚", "仁和社区", "社区", "13905962041", "专职网格员"),
    ("柯美玲", "仁和社区", "社区", "13905962042", "专职网格员"),
    ("庄国栋", "仁和社区", "社区", "13905962043", "专职网格员"),
    ("郭晓东", "芗城区市场监督管理局", "市场监管", "13959605120", ""),
    ("郑金鑫", "茶叶店（胜利西路32号）", "志愿者", "13799661532", "沿街商户代表"),
    ("谢文龙", "融昌社区居委会", "社区", "13805961061", ""),
    ("邱丽娟", "融昌社区居委会", "社区", "13805961062", ""),
    ("杜建明", "融昌社区", "社区", "13905962061", "专职网格员"),
    ("魏振宇", "芗城区城市管理局执法大队", "城管", "13606963301", "区局下沉队员"),
    ("陈志远", "融昌物业服务中心", "物业", "0596-2965520", "融昌花园物业主任"),
    ("林国华", "融昌花园业主委员会", "业委会", "13860991301", "电梯维保报价协调代表"),
    ("施永春", "芗城区消防救援大队", "消防", "13959606119", ""),
];

/// (grid, person, role, start, end, duties)
type Row =
    (&'static str, &'static str, &'static str, &'static str, Option<&'static str>, &'static str);
const ASSIGNMENTS: &[Row] = &[
    ("花园一网格", "陈秀英", "网格长", "2022-05-01", None, "统筹网格治理，召集联席会议"),
    ("花园一网格", "许文斌", "专职网格员", "2022-05-01", None, "日常巡查，收集居民诉求"),
    ("花园一网格", "韩怡莉", "城管队员", "2022-05-18", None, "每周三、周日下沉，消防通道劝导"),
    ("花园一网格", "周海涛", "社区民警", "2022-05-01", None, "治安巡逻，配合整治"),
    ("花园一网格", "郑建华", "物业", "2022-05-01", None, "落实整改，维护停车秩序"),
    ("花园一网格", "王淑芬", "业委会", "2022-05-01", None, "业主意见收集"),
    ("花园二网格", "林志强", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("花园二网格", "蔡雅婷", "专职网格员", "2022-05-01", None, "电动车停放巡查"),
    ("花园二网格", "黄慧丹", "城管队员", "2022-05-18", None, "每周三、周日下沉，飞线充电劝导"),
    ("花园二网格", "郑建华", "物业", "2022-05-01", None, "电动车充电桩维护"),
    ("花园二网格", "李伯年", "志愿者", "2022-06-01", None, "楼道宣传、防诈提醒"),
    ("花园三网格", "苏丽华", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("花园三网格", "戴明辉", "专职网格员", "2022-05-01", None, "沿街巡查"),
    ("花园三网格", "杨清音", "城管队员", "2022-05-18", None, "每周三、周日下沉，沿街秩序"),
    ("花园三网格", "周海涛", "社区民警", "2022-05-01", None, "停车区监控巡查"),
    ("仁和一网格", "黄金水", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("仁和一网格", "方志诚", "专职网格员", "2022-05-01", None, "沿街商户走访"),
    ("仁和一网格", "吴锡安", "城管队员", "2022-05-18", None, "门前三包督导，商户台账"),
    ("仁和一网格", "郭晓东", "市场监管", "2022-06-01", None, "食品经营检查"),
    ("仁和一网格", "郑金鑫", "志愿者", "2022-07-01", None, "商户自治"),
    ("仁和二网格", "曾雪梅", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("仁和二网格", "柯美玲", "专职网格员", "2022-05-01", None, "日常巡查"),
    ("仁和二网格", "郑怡静", "城管队员", "2022-05-18", None, "每周三、周日下沉"),
    ("仁和三网格", "黄金水", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("仁和三网格", "庄国栋", "专职网格员", "2022-05-01", None, "农贸市场周边巡查"),
    ("仁和三网格", "罗一章", "城管队员", "2022-05-18", None, "店外经营、占道整治"),
    (
        "仁和三网格",
        "郭晓东",
        "市场监管",
        "2022-06-01",
        Some("2026-06-30"),
        "农贸市场检查（已调岗）",
    ),
    ("融昌一网格", "谢文龙", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("融昌一网格", "杜建明", "专职网格员", "2022-05-01", None, "日常巡查"),
    ("融昌一网格", "魏振宇", "城管队员", "2022-05-18", None, "每周三、周日下沉"),
    ("融昌一网格", "陈志远", "物业", "2022-05-01", None, "电梯维保协调"),
    ("融昌一网格", "林国华", "业委会", "2022-05-01", None, "电梯维保报价协调"),
    ("融昌一网格", "施永春", "消防", "2022-08-01", None, "消防通道检查"),
    // 融昌二网格's full-time grid worker left in October: a vacancy the roster must show.
    ("融昌二网格", "邱丽娟", "网格长", "2022-05-01", None, "统筹网格治理"),
    ("融昌二网格", "魏振宇", "城管队员", "2022-05-18", None, "每周三、周日下沉"),
    ("融昌二网格", "陈志远", "物业", "2022-05-01", None, "地下车库秩序"),
];

pub fn seed(tx: &WriteTx, ws: &Workstation) -> AppResult<()> {
    let missing = |what: &str| AppError::internal(format!("demo data refers to unknown {what}"));
    let mut grid_ids = Vec::new();
    for (community, name, code, area) in GRIDS {
        let c = ws
            .communities
            .iter()
            .find(|c| c.name == *community)
            .ok_or_else(|| missing(community))?;
        let input = GridInput {
            community_id: c.id,
            name: name.to_string(),
            code: code.to_string(),
            area: area.to_string(),
        };
        grid_ids.push((*name, grids::create(tx, &input)?.id));
    }
    let mut person_ids = Vec::new();
    for (name, organisation, party, phone, notes) in PEOPLE {
        let input = PersonInput {
            name: name.to_string(),
            organisation: organisation.to_string(),
            party: party.to_string(),
            phone: phone.to_string(),
            notes: notes.to_string(),
        };
        person_ids.push((*name, people::create(tx, &input)?.id));
    }
    let id_of = |list: &[(&str, i64)], name: &str| {
        list.iter().find(|(n, _)| *n == name).map(|(_, id)| *id).ok_or_else(|| missing(name))
    };
    for (grid, person, role, start, end, duties) in ASSIGNMENTS {
        let role = roles::find(tx.conn(), role)?.ok_or_else(|| missing(role))?;
        let input = AssignmentInput {
            grid_id: id_of(&grid_ids, grid)?,
            person_id: id_of(&person_ids, person)?,
            role_id: role.id,
            start_date: start.to_string(),
            end_date: end.map(str::to_string),
            duties: duties.to_string(),
        };
        assignments::create(tx, &input)?;
    }
    Ok(())
}
