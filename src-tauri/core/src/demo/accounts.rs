//! The demo's operator accounts, one per role, so a visitor can try what each one sees. They
//! share one password that the login screen of a demo workstation shows; a real workstation
//! never gets them.

use crate::access::operators::{self, OperatorInput};
use crate::access::roles::OperatorRole;
use crate::context::WriteTx;
use crate::error::AppResult;
use crate::roster::people;
use crate::workstation::Workstation;

/// The password of every demo account (shown on a demo workstation's login screen).
pub const DEMO_PASSWORD: &str = "demo1234";

/// (login, display name, role, roster person, communities reached)
type Account =
    (&'static str, &'static str, OperatorRole, Option<&'static str>, &'static [&'static str]);

const ACCOUNTS: &[Account] = &[
    ("admin", "站长 陈立新", OperatorRole::Admin, None, &[]),
    ("qiantai", "前台 林晓燕", OperatorRole::Desk, None, &[]),
    ("weizy", "魏振宇", OperatorRole::Officer, Some("魏振宇"), &[]),
    ("wuye-huayuan", "花园社区物业 郑经理", OperatorRole::PropertyManager, None, &["花园社区"]),
    ("huiyi", "会议大屏", OperatorRole::Viewer, None, &[]),
];

/// Adds the demo accounts whose login is still free (the window's first start has already
/// made the visitor's own administrator).
pub(super) fn seed(tx: &WriteTx, ws: &Workstation) -> AppResult<()> {
    let taken: Vec<String> =
        operators::list(tx.conn())?.into_iter().map(|o| o.login.to_lowercase()).collect();
    for (login, name, role, person, communities) in ACCOUNTS {
        if taken.contains(&login.to_string()) {
            continue;
        }
        let person_id = match person {
            Some(n) => people::by_name(tx.conn(), n)?.first().map(|p| p.id),
            None => None,
        };
        let community_ids = ws
            .communities
            .iter()
            .filter(|c| communities.contains(&c.name.as_str()))
            .map(|c| c.id)
            .collect();
        operators::create(
            tx,
            &OperatorInput {
                login: login.to_string(),
                display_name: name.to_string(),
                role: Some(*role),
                password: DEMO_PASSWORD.to_string(),
                pin: None,
                person_id,
                community_ids,
            },
        )?;
    }
    Ok(())
}
