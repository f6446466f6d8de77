//! The demo workstation, built from the news story: Bihu Street's workstation serving the
//! Huayuan, Renhe and Rongchang communities. Each area adds its demo records in a submodule.

mod accounts;
mod cases;
pub mod city;
mod duty;
mod meetings;
mod roster;
mod visits;

pub use accounts::DEMO_PASSWORD;
pub use city::{create_city, CityOptions, CitySummary};

use crate::context::{Session, WriteTx};
use crate::error::{AppError, AppResult, ErrorCode};
use crate::workstation::{self, Workstation, WorkstationInput};

/// What `demo` did, so the CLI can say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoOutcome {
    Created,
    AlreadyThere,
}

/// Creates the demo in an empty store. Refuses a store that holds a real workstation: the demo
/// must never mix invented records into real residents' data.
pub fn create(session: &Session) -> AppResult<(DemoOutcome, Workstation)> {
    session.write(|tx| {
        if workstation::exists(tx.conn())? {
            let ws = workstation::get(tx.conn())?;
            if ws.is_demo {
                return Ok((DemoOutcome::AlreadyThere, ws));
            }
            return Err(AppError::new(
                ErrorCode::Conflict,
                "this data folder holds a real workstation; the demo is only created in an empty folder",
            ));
        }
        let ws = seed(tx)?;
        Ok((DemoOutcome::Created, ws))
    })
}

fn seed(tx: &WriteTx) -> AppResult<Workstation> {
    let input = WorkstationInput {
        name: "碧湖街道城管社区工作站".into(),
        street: "碧湖街道".into(),
        district: "芗城区".into(),
        address: "福建省漳州市芗城区碧湖街道便民服务中心一楼".into(),
        phone: "0596-2023318".into(),
        communities: vec!["花园社区".into(), "仁和社区".into(), "融昌社区".into()],
    };
    let ws = workstation::create(tx, &input, true)?;
    roster::seed(tx, &ws)?;
    duty::seed(tx, &ws, chrono::Local::now().date_naive())?;
    cases::seed(tx, &ws)?;
    visits::seed(tx, &ws)?;
    meetings::seed(tx, &ws)?;
    accounts::seed(tx, &ws)?;
    Ok(ws)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{Actor, Store};
    use crate::roster::view::{self, GapKind, RosterQuery};

    #[test]
    fn demo_is_created_once_and_never_over_a_real_workstation() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        let (o, ws) = create(&s).expect("demo");
        assert_eq!(o, DemoOutcome::Created);
        assert!(ws.is_demo);
        let names: Vec<_> = ws.communities.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["花园社区", "仁和社区", "融昌社区"]);
        assert_eq!(create(&s).expect("again").0, DemoOutcome::AlreadyThere);

        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        let roster = s.read(|c| view::roster(c, &RosterQuery::default(), today)).expect("roster");
        let grids: usize = roster.communities.iter().map(|c| c.grids.len()).sum();
        assert_eq!(grids, 8, "every demo community has grids");
        let gaps: Vec<_> = roster
            .communities
            .iter()
            .flat_map(|c| &c.grids)
            .flat_map(|g| g.gaps.iter().map(move |x| (g.grid.name.as_str(), x.kind)))
            .collect();
        assert_eq!(
            gaps,
            [
                ("花园二网格", GapKind::NoPhone),
                ("仁和三网格", GapKind::TermEnded),
                ("融昌二网格", GapKind::MissingCoreRole)
            ],
            "the demo's deliberate gaps, and no others"
        );

        // The story's duty: Wednesdays and Sundays, three communities, a swap and a leave.
        let today = chrono::Local::now().date_naive();
        let month = s
            .read(|c| {
                crate::duty::view::schedule(
                    c,
                    today - chrono::Days::new(42),
                    today + chrono::Days::new(60),
                    None,
                    None,
                )
            })
            .expect("duty");
        assert!(month.shifts.len() > 30, "weeks of Wednesday/Sunday duty: {}", month.shifts.len());
        assert!(month.shifts.iter().all(|x| {
            let wd = chrono::Datelike::weekday(
                &chrono::NaiveDate::parse_from_str(&x.date, "%Y-%m-%d").expect("date"),
            );
            matches!(wd, chrono::Weekday::Wed | chrono::Weekday::Sun)
        }));
        assert_eq!(month.leaves.len(), 1, "黄慧丹's training leave");
        assert_eq!(month.overrides.len(), 2, "one swap is two replaces");
        assert!(month
            .shifts
            .iter()
            .flat_map(|x| &x.people)
            .any(|p| p.attendance.as_ref().is_some_and(|a| a.no_show)));

        let real = Store::open_in_memory().expect("store");
        let r = Session::new(&real, Actor::new("t"));
        let input = WorkstationInput {
            name: "某站".into(),
            street: "某街道".into(),
            district: "某区".into(),
            communities: vec!["某社区".into()],
            ..Default::default()
        };
        r.write(|tx| workstation::create(tx, &input, false)).expect("real");
        assert_eq!(create(&r).expect_err("refused").code, ErrorCode::Conflict);
        assert_eq!(r.read(workstation::get).expect("get").name, "某站", "real data untouched");
    }
}
