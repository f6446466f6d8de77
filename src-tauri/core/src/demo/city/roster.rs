//! The city's 2+N roster: each community's grids with their two core members (网格长 and
//! 专职网格员), its officers, community police, property staff, owners' committee, and some
//! volunteers and building leads. About one grid in forty has lost its full-time grid worker:
//! a real city's roster has vacancies, and the gap view should have some to show.

use super::plan::{person, CommunityPlan};
use crate::cases::synthetic::Rng;
use crate::context::WriteTx;
use crate::error::{AppError, AppResult};
use crate::roster::assignments::{self, AssignmentInput};
use crate::roster::grids::{self, GridInput};
use crate::roster::people::{self, PersonInput};
use crate::roster::roles;
use crate::workstation::Community;

const NUMBERS: &[&str] = &["一", "二", "三", "四"];
const ROADS: &[&str] =
    &["胜利西路", "新华南路", "延安北路", "钱坂路", "元光路", "大同路", "瑞京路", "丹霞路"];
const OFFICER_DUTIES: &str = "每周三、周日下沉，劝导整改";
const VOLUNTEER_NOTES: &[&str] = &["退休教师，楼道宣传", "党员志愿者，文明劝导", "沿街商户代表"];

fn mobile(rng: &mut Rng, prefix: &str) -> String {
    format!("{prefix}{:08}", rng.below(100_000_000))
}

/// Writes the people of one role and their assignments; keeps the role ids looked up once.
struct Writer<'a> {
    tx: &'a WriteTx<'a>,
    roles: Vec<(&'static str, i64)>,
    start: String,
}

impl Writer<'_> {
    fn person(
        &self,
        name: &str,
        organisation: &str,
        party: &str,
        phone: String,
        notes: &str,
    ) -> AppResult<i64> {
        let input = PersonInput {
            name: name.into(),
            organisation: organisation.into(),
            party: party.into(),
            phone,
            notes: notes.into(),
        };
        Ok(people::create(self.tx, &input)?.id)
    }

    /// Someone the plan does not name: a generated name and mobile number.
    fn someone(
        &self,
        rng: &mut Rng,
        org: &str,
        party: &str,
        prefix: &str,
        notes: &str,
    ) -> AppResult<i64> {
        let name = person(rng);
        let phone = mobile(rng, prefix);
        self.person(&name, org, party, phone, notes)
    }

    fn assign(&self, grid: i64, person: i64, role: &str, duties: &str) -> AppResult<()> {
        let role_id = self
            .roles
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, id)| *id)
            .ok_or_else(|| AppError::internal(format!("the role dictionary has no {role}")))?;
        let input = AssignmentInput {
            grid_id: grid,
            person_id: person,
            role_id,
            start_date: self.start.clone(),
            end_date: None,
            duties: duties.into(),
        };
        assignments::create(self.tx, &input).map(|_| ())
    }
}

/// Writes every community's roster; returns each community's officers (person ids, in plan
/// order) for the duty rules.
pub(super) fn write(
    tx: &WriteTx,
    communities: &[Community],
    plan: &[CommunityPlan],
    seed: u64,
) -> AppResult<Vec<Vec<i64>>> {
    let mut rng = Rng(seed.max(1) ^ 0x0000_0505_7E12);
    let mut roles = Vec::new();
    for name in
        ["网格长", "专职网格员", "城管队员", "社区民警", "物业", "业委会", "志愿者", "楼栋长"]
    {
        let role = roles::find(tx.conn(), name)?
            .ok_or_else(|| AppError::internal(format!("the role dictionary has no {name}")))?;
        roles.push((name, role.id));
    }
    let mut w = Writer { tx, roles, start: String::new() };
    let mut officers_of = Vec::new();
    for (i, (c, p)) in communities.iter().zip(plan).enumerate() {
        w.start = format!("{}-{:02}-01", 2021 + rng.below(3), 1 + rng.below(12));
        let committee = format!("{}居委会", p.name);
        let mut officers = Vec::new();
        for name in &p.officers {
            let city = rng.below(3) == 0;
            let (org, notes) = if city {
                ("漳州市城市管理局执法支队".to_string(), "市局下沉队员")
            } else {
                (format!("{}城市管理局执法大队", p.district), "区局下沉队员")
            };
            officers.push(w.person(name, &org, "城管", mobile(&mut rng, "136"), notes)?);
        }
        let police_org = format!("{}公安分局{}警务室", p.district, p.stem);
        let police =
            w.person(&p.police, &police_org, "公安", mobile(&mut rng, "139"), "社区民警")?;
        let company = format!("{}物业{}项目部", p.company, p.estate);
        let phone = format!("0596-2{:06}", rng.below(1_000_000));
        let manager = w.person(&p.property_manager, &company, "物业", phone, "物业项目经理")?;
        let owners_org = format!("{}业主委员会", p.estate);
        let phone = mobile(&mut rng, "138");
        let chair = w.person(&p.owners_chair, &owners_org, "业委会", phone, "业委会主任")?;
        let phone = mobile(&mut rng, "137");
        let director = w.person(&p.director, &committee, "社区", phone, "居委会主任")?;

        let mut grid_ids = Vec::new();
        for g in 0..p.grids {
            let grid_name = format!("{}{}网格", p.stem, NUMBERS[g % NUMBERS.len()]);
            let area = match g {
                0 => format!("{}1—{}幢", p.estate, 6 + rng.below(10)),
                1 => format!("{}地下车库及周边", p.estate),
                _ => format!("{}沿街商铺（{}—{}号）", rng.pick(ROADS), 1 + g * 40, 40 + g * 40),
            };
            let input = GridInput {
                community_id: c.id,
                name: grid_name,
                code: format!("C{:03}-{:02}", i + 1, g + 1),
                area,
            };
            let grid = grids::create(tx, &input)?.id;
            grid_ids.push(grid);
            let leader = if g == 0 {
                director
            } else {
                w.someone(&mut rng, &committee, "社区", "137", "")?
            };
            w.assign(grid, leader, "网格长", "统筹网格治理，召集联席会议")?;
            if rng.below(40) != 0 {
                let worker = w.someone(&mut rng, &p.name, "社区", "139", "专职网格员")?;
                w.assign(grid, worker, "专职网格员", "日常巡查，收集居民诉求")?;
            }
            w.assign(grid, officers[g % officers.len()], "城管队员", OFFICER_DUTIES)?;
            w.assign(grid, police, "社区民警", "治安巡逻，配合整治")?;
            if g < 2 {
                w.assign(grid, manager, "物业", "落实整改，维护停车秩序")?;
            }
            if g == 0 {
                w.assign(grid, chair, "业委会", "收集业主意见")?;
            }
            if rng.below(2) == 0 {
                let notes = *rng.pick(VOLUNTEER_NOTES);
                let v = w.someone(&mut rng, &p.estate, "志愿者", "135", notes)?;
                w.assign(grid, v, "志愿者", "楼道宣传、防诈提醒")?;
            }
            if rng.below(4) == 0 {
                let lead = w.someone(&mut rng, &p.estate, "社区", "135", "")?;
                w.assign(grid, lead, "楼栋长", "楼栋巡查，邻里调解")?;
            }
        }
        // A third officer of a two-grid community still belongs on a grid of the wall board.
        for (j, officer) in officers.iter().enumerate().skip(p.grids) {
            w.assign(grid_ids[j % grid_ids.len()], *officer, "城管队员", OFFICER_DUTIES)?;
        }
        officers_of.push(officers);
    }
    Ok(officers_of)
}
