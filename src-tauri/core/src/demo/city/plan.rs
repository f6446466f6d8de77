//! The city's cast, decided before anything is written: community names, how many grids and
//! officers each has, who chairs what. A pure function of the seed, so the roster (written
//! first) and the meetings (written after the cases) name the same people.

use std::collections::HashSet;

use crate::cases::synthetic::Rng;

/// The story's communities come first, so the demo accounts (a property manager of 花园社区,
/// the officer 魏振宇 of 融昌社区) find what they point at.
const STORY: &[(&str, &[&str])] =
    &[("花园", &["韩怡莉", "黄慧丹"]), ("仁和", &["吴锡安", "郑怡静"]), ("融昌", &["魏振宇"])];

/// Words that Chinese community names are made of (places, virtues, plants, old streets).
const WORDS: &[&str] = &[
    "胜利",
    "新华",
    "东方",
    "红旗",
    "建设",
    "和平",
    "幸福",
    "光明",
    "团结",
    "解放",
    "人民",
    "中山",
    "文化",
    "朝阳",
    "长安",
    "青年",
    "金山",
    "碧湖",
    "东湖",
    "南湖",
    "滨江",
    "江滨",
    "瑞京",
    "元光",
    "延安",
    "大同",
    "钱坂",
    "丹霞",
    "芝山",
    "九龙",
    "龙文",
    "蓝田",
    "石亭",
    "浦头",
    "天宝",
    "东铺",
    "新桥",
    "古塘",
    "旧桥",
    "北桥",
    "凤凰",
    "金峰",
    "碧水",
    "桂园",
    "梅园",
    "荔园",
    "榕园",
    "松柏",
    "翠苑",
    "锦绣",
    "华侨",
    "东山",
    "西街",
    "南山",
    "北斗",
    "通北",
    "巷口",
    "步文",
    "浦南",
    "石码",
    "紫泥",
    "角美",
    "朝阳门",
    "育才",
    "振兴",
    "兴业",
    "安康",
    "康乐",
    "永安",
    "平安",
    "丰乐",
    "洪坑",
];
/// A word alone, or with a direction as old towns split a grown community (新华南社区).
const SIDES: &[&str] = &["", "东", "西", "南", "北", "中"];
const DISTRICTS: &[&str] = &["芗城区", "龙文区", "长泰区", "龙海区"];
const ESTATES: &[&str] = &["小区", "花园", "新村", "家园", "苑"];
const COMPANIES: &[&str] = &["鑫源", "万家", "嘉和", "闽南", "恒信", "佳美", "华庭", "安居"];

pub(crate) const SURNAMES: &[&str] = &[
    "陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "曾", "方", "谢", "郭",
    "洪", "邱", "周", "叶", "苏", "庄", "罗", "高", "柯", "卢", "江", "戴", "魏", "施", "杜", "沈",
];
const GIVEN: &[&str] = &[
    "秀", "英", "建", "国", "志", "强", "丽", "华", "文", "斌", "雅", "婷", "明", "辉", "美", "玲",
    "振", "宇", "金", "水", "雪", "梅", "清", "音", "锡", "安", "怡", "静", "海", "涛", "春", "生",
    "淑", "芬", "伟", "东", "嘉", "惠", "荣", "福", "晓", "燕", "永", "红", "少", "鹏", "丹", "琴",
];

/// One community of the city and the people who recur in its records.
pub(crate) struct CommunityPlan {
    pub name: String,
    /// The name without 社区, for grids (胜利一网格) and parties.
    pub stem: String,
    pub district: &'static str,
    pub grids: usize,
    pub officers: Vec<String>,
    /// A community with one officer shares duty with its partner: see `duty.rs`.
    pub partner: Option<usize>,
    pub director: String,
    pub police: String,
    pub property_manager: String,
    pub owners_chair: String,
    pub estate: String,
    pub company: String,
    /// About one in four communities meets monthly; the others quarterly.
    pub monthly: bool,
    /// About one in six also had an on-site coordination at its estate.
    pub onsite: bool,
}

pub(crate) fn person(rng: &mut Rng) -> String {
    let given = if rng.below(5) == 0 { 1 } else { 2 };
    let mut name = rng.pick(SURNAMES).to_string();
    for _ in 0..given {
        let part = *rng.pick(GIVEN);
        name.push_str(part);
    }
    name
}

/// The story's ratio: 473 officers for 245 communities, rounded.
pub(crate) fn officer_count(communities: usize) -> usize {
    (communities * 473 + 122) / 245
}

/// The most communities `plan` can name.
pub(crate) fn max_communities() -> usize {
    WORDS.len() * SIDES.len()
}

fn stems(n: usize, rng: &mut Rng) -> Vec<String> {
    let mut all: Vec<String> =
        WORDS.iter().flat_map(|w| SIDES.iter().map(move |s| format!("{w}{s}"))).collect();
    // Fisher–Yates, so every seed gives its own city but the same seed the same one.
    for i in (1..all.len()).rev() {
        all.swap(i, rng.below(i + 1));
    }
    let mut seen = HashSet::new();
    STORY
        .iter()
        .map(|(stem, _)| stem.to_string())
        .chain(all)
        .filter(|s| seen.insert(s.clone()))
        .take(n)
        .collect()
}

/// Officers per community: two each, except that the city has fewer than two per community.
/// The shortfall is made up by communities with one officer, in pairs that share duty; when
/// the shortfall is odd, the first community gets a third officer to keep the pairs whole.
fn officers_per_community(n: usize) -> Vec<usize> {
    let short = (2 * n).saturating_sub(officer_count(n));
    let lone = short.div_ceil(2) * 2;
    let mut counts = vec![2; n];
    if lone > short {
        counts[0] = 3;
    }
    for c in counts.iter_mut().rev().take(lone) {
        *c = 1;
    }
    counts
}

pub(crate) fn plan(n: usize, seed: u64) -> Vec<CommunityPlan> {
    let mut rng = Rng(seed.max(1) ^ 0x00C1_7E5E_ED00);
    let stems = stems(n, &mut rng);
    let counts = officers_per_community(n);
    let lone: Vec<usize> = (0..n).filter(|&i| counts[i] == 1).collect();
    stems
        .into_iter()
        .enumerate()
        .map(|(i, stem)| {
            let story = STORY.get(i).map_or(&[][..], |s| s.1);
            let officers = (0..counts[i])
                .map(|j| story.get(j).map_or_else(|| person(&mut rng), |s| s.to_string()))
                .collect();
            let partner = lone.iter().position(|&c| c == i).map(|k| lone[k ^ 1]);
            CommunityPlan {
                name: format!("{stem}社区"),
                district: DISTRICTS[i * DISTRICTS.len() / n.max(1)],
                grids: 2 + rng.below(3),
                officers,
                partner,
                director: person(&mut rng),
                police: person(&mut rng),
                property_manager: person(&mut rng),
                owners_chair: person(&mut rng),
                estate: format!("{stem}{}", rng.pick(ESTATES)),
                company: rng.pick(COMPANIES).to_string(),
                monthly: rng.below(4) == 0,
                onsite: rng.below(6) == 0,
                stem,
            }
        })
        .collect()
}
