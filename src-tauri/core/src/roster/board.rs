//! The wall board (公示栏): one community's 2+N roster with the workstation's responsibilities,
//! process and service promise (editable texts with Chinese defaults).

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::view::{self, CommunityRoster, RosterQuery};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult};
use crate::workstation::{self, Workstation};
use crate::{settings, validate};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardTexts {
    pub responsibilities: String,
    pub process: String,
    pub promise: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WallBoard {
    pub workstation: Workstation,
    pub community: CommunityRoster,
    pub texts: BoardTexts,
}

const DEFAULT_RESPONSIBILITIES: &str = "宣传城市管理法律法规；收集、登记居民反映的城市管理问题；\
劝导、制止并协调处置占用消防通道、私搭乱建、店外经营、乱堆物料、飞线充电等问题；\
组织物业、业委会、居委会召开联席会议；整改后复查并回访居民。";
const DEFAULT_PROCESS: &str = "受理登记 → 派遣处置 → 劝导整改 → 整改复查 → 办结回访";
const DEFAULT_PROMISE: &str = "热情接待、限时办结、件件有回音；服务零距离，城管在身边。";

fn text(conn: &Connection, key: &str, default: &str) -> AppResult<String> {
    Ok(settings::get(conn, key)?.unwrap_or_else(|| default.to_string()))
}

pub fn texts(conn: &Connection) -> AppResult<BoardTexts> {
    Ok(BoardTexts {
        responsibilities: text(conn, "board.responsibilities", DEFAULT_RESPONSIBILITIES)?,
        process: text(conn, "board.process", DEFAULT_PROCESS)?,
        promise: text(conn, "board.promise", DEFAULT_PROMISE)?,
    })
}

pub fn set_texts(tx: &WriteTx, input: &BoardTexts) -> AppResult<BoardTexts> {
    let v = BoardTexts {
        responsibilities: validate::optional("responsibilities", &input.responsibilities, 1000)?,
        process: validate::optional("process", &input.process, 500)?,
        promise: validate::optional("promise", &input.promise, 500)?,
    };
    settings::set(tx, "board.responsibilities", &v.responsibilities)?;
    settings::set(tx, "board.process", &v.process)?;
    settings::set(tx, "board.promise", &v.promise)?;
    texts(tx.conn())
}

/// The board of one community: its current members only (ended terms are not posted).
pub fn board(conn: &Connection, community_id: i64, today: NaiveDate) -> AppResult<WallBoard> {
    let q = RosterQuery { community_id: Some(community_id), ..Default::default() };
    let mut roster = view::roster(conn, &q, today)?;
    let mut community = roster.communities.pop().ok_or_else(|| AppError::not_found("community"))?;
    for g in &mut community.grids {
        g.core.retain(|m| !m.ended);
        g.forces.retain(|m| !m.ended);
    }
    Ok(WallBoard { workstation: workstation::get(conn)?, community, texts: texts(conn)? })
}
