//! The workstation's profile and the communities it serves. One workstation per database;
//! communities are archived, never deleted, so history keeps pointing at them.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::context::WriteTx;
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Community {
    pub id: i64,
    pub name: String,
    pub code: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Workstation {
    pub name: String,
    pub street: String,
    pub district: String,
    pub address: String,
    pub phone: String,
    pub is_demo: bool,
    /// Live communities first (in their order), then archived ones.
    pub communities: Vec<Community>,
    pub created_at: String,
    pub updated_at: String,
}

/// What the first-start form sends.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkstationInput {
    pub name: String,
    pub street: String,
    pub district: String,
    pub address: String,
    pub phone: String,
    pub communities: Vec<String>,
}

/// The editable profile (Settings).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkstationProfile {
    pub name: String,
    pub street: String,
    pub district: String,
    pub address: String,
    pub phone: String,
}

impl WorkstationProfile {
    fn validated(&self) -> AppResult<WorkstationProfile> {
        Ok(WorkstationProfile {
            name: validate::required("name", &self.name, 60)?,
            street: validate::required("street", &self.street, 40)?,
            district: validate::required("district", &self.district, 40)?,
            address: validate::optional("address", &self.address, 200)?,
            phone: validate::phone("phone", &self.phone)?,
        })
    }
}

pub fn exists(conn: &Connection) -> AppResult<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM workstation)", [], |r| r.get(0))?)
}

/// The workstation, or `NotSetUp` before the first-start form was completed.
pub fn get(conn: &Connection) -> AppResult<Workstation> {
    let row = conn
        .query_row(
            "SELECT name, street, district, address, phone, is_demo, created_at, updated_at
             FROM workstation WHERE id = 1",
            [],
            |r| {
                Ok(Workstation {
                    name: r.get(0)?,
                    street: r.get(1)?,
                    district: r.get(2)?,
                    address: r.get(3)?,
                    phone: r.get(4)?,
                    is_demo: r.get(5)?,
                    communities: Vec::new(),
                    created_at: r.get(6)?,
                    updated_at: r.get(7)?,
                })
            },
        )
        .optional()?;
    let mut ws = row.ok_or_else(|| {
        AppError::new(ErrorCode::NotSetUp, "the workstation has not been set up yet")
    })?;
    ws.communities = communities(conn)?;
    Ok(ws)
}

pub fn communities(conn: &Connection) -> AppResult<Vec<Community>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, code, archived_at IS NOT NULL FROM community
         ORDER BY archived_at IS NOT NULL, sort_order, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Community { id: r.get(0)?, name: r.get(1)?, code: r.get(2)?, archived: r.get(3)? })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Creates the workstation with its communities. Refused if one already exists.
pub fn create(tx: &WriteTx, input: &WorkstationInput, is_demo: bool) -> AppResult<Workstation> {
    let profile = WorkstationProfile {
        name: input.name.clone(),
        street: input.street.clone(),
        district: input.district.clone(),
        address: input.address.clone(),
        phone: input.phone.clone(),
    }
    .validated()?;
    let names = community_names(&input.communities)?;
    if exists(tx.conn())? {
        return Err(AppError::new(
            ErrorCode::Conflict,
            "a workstation already exists in this data folder",
        ));
    }
    tx.conn().execute(
        "INSERT INTO workstation (id, name, street, district, address, phone, is_demo,
                                  created_at, created_by, updated_at, updated_by)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?7, ?8)",
        params![
            profile.name,
            profile.street,
            profile.district,
            profile.address,
            profile.phone,
            is_demo,
            tx.now(),
            tx.actor()
        ],
    )?;
    tx.log("create", "workstation", Some("1".into()), None::<&()>, Some(&profile))?;
    for name in &names {
        insert_community(tx, name)?;
    }
    get(tx.conn())
}

fn community_names(raw: &[String]) -> AppResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    for n in raw {
        let n = validate::optional("communities", n, 40)?;
        if n.is_empty() {
            continue;
        }
        if names.contains(&n) {
            return Err(AppError::invalid("communities", Reason::Duplicate));
        }
        names.push(n);
    }
    if names.is_empty() {
        return Err(AppError::invalid("communities", Reason::Required));
    }
    Ok(names)
}

pub fn update_profile(tx: &WriteTx, input: &WorkstationProfile) -> AppResult<Workstation> {
    let after = input.validated()?;
    let before = get(tx.conn())?;
    tx.conn().execute(
        "UPDATE workstation SET name = ?1, street = ?2, district = ?3, address = ?4, phone = ?5,
                updated_at = ?6, updated_by = ?7 WHERE id = 1",
        params![
            after.name,
            after.street,
            after.district,
            after.address,
            after.phone,
            tx.now(),
            tx.actor()
        ],
    )?;
    let before = WorkstationProfile {
        name: before.name,
        street: before.street,
        district: before.district,
        address: before.address,
        phone: before.phone,
    };
    tx.log("update", "workstation", Some("1".into()), Some(&before), Some(&after))?;
    get(tx.conn())
}

pub fn add_community(tx: &WriteTx, name: &str) -> AppResult<Workstation> {
    let name = validate::required("name", name, 40)?;
    get(tx.conn())?; // a community belongs to a workstation that exists
    insert_community(tx, &name)?;
    get(tx.conn())
}

fn insert_community(tx: &WriteTx, name: &str) -> AppResult<i64> {
    let taken: bool = tx.conn().query_row(
        "SELECT EXISTS (SELECT 1 FROM community WHERE name = ?1 AND archived_at IS NULL)",
        [name],
        |r| r.get(0),
    )?;
    if taken {
        return Err(AppError::invalid("name", Reason::Duplicate));
    }
    tx.conn().execute(
        "INSERT INTO community (name, sort_order, created_at, created_by, updated_at, updated_by)
         VALUES (?1, (SELECT coalesce(max(sort_order), 0) + 1 FROM community), ?2, ?3, ?2, ?3)",
        params![name, tx.now(), tx.actor()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "community", Some(id.to_string()), None::<&()>, Some(&name))?;
    Ok(id)
}

/// Archives a community; it stays in the database and in history.
pub fn archive_community(tx: &WriteTx, id: i64) -> AppResult<Workstation> {
    let live: Option<String> = tx
        .conn()
        .query_row("SELECT name FROM community WHERE id = ?1 AND archived_at IS NULL", [id], |r| {
            r.get(0)
        })
        .optional()?;
    let name = live.ok_or_else(|| AppError::not_found("community"))?;
    let remaining: i64 = tx.conn().query_row(
        "SELECT count(*) FROM community WHERE archived_at IS NULL AND id != ?1",
        [id],
        |r| r.get(0),
    )?;
    if remaining == 0 {
        // A workstation with no community has nothing to serve; keep at least one.
        return Err(AppError::new(ErrorCode::Conflict, "the last community cannot be archived"));
    }
    tx.conn().execute(
        "UPDATE community SET archived_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3",
        params![tx.now(), tx.actor(), id],
    )?;
    tx.log("archive", "community", Some(id.to_string()), Some(&name), None::<&()>)?;
    get(tx.conn())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{Actor, Session, Store};

    fn input() -> WorkstationInput {
        WorkstationInput {
            name: "碧湖街道城管社区工作站".into(),
            street: "碧湖街道".into(),
            district: "芗城区".into(),
            address: "".into(),
            phone: "0596-2345678".into(),
            communities: vec!["花园社区".into(), " 仁和社区 ".into(), "".into()],
        }
    }

    fn count(s: &Session, table: &str) -> i64 {
        s.read(|c| Ok(c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?))
            .expect("count")
    }

    #[test]
    fn create_stores_profile_communities_and_who() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("前台小李"));
        let ws = s.write(|tx| create(tx, &input(), false)).expect("create");
        let names: Vec<_> = ws.communities.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["花园社区", "仁和社区"], "trimmed, blanks dropped, order kept");
        let by: String = s
            .read(|c| Ok(c.query_row("SELECT created_by FROM workstation", [], |r| r.get(0))?))
            .expect("by");
        assert_eq!(by, "前台小李");
        assert_eq!(count(&s, "change_log"), 3, "one entry per written record");
    }

    #[test]
    fn refused_create_changes_nothing() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        let mut bad = input();
        bad.communities = vec!["花园社区".into(), "花园社区".into()];
        let e = s.write(|tx| create(tx, &bad, false)).expect_err("duplicate community");
        assert_eq!((e.field.as_deref(), e.reason), (Some("communities"), Some(Reason::Duplicate)));
        bad = input();
        bad.name = " ".into();
        assert_eq!(
            s.write(|tx| create(tx, &bad, false)).expect_err("no name").field.as_deref(),
            Some("name")
        );
        assert_eq!(count(&s, "workstation") + count(&s, "community") + count(&s, "change_log"), 0);
    }

    #[test]
    fn second_workstation_is_a_conflict() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        s.write(|tx| create(tx, &input(), false)).expect("first");
        let e = s.write(|tx| create(tx, &input(), false)).expect_err("second");
        assert_eq!(e.code, ErrorCode::Conflict);
        assert_eq!(count(&s, "community"), 2, "the refused create added no community");
    }

    #[test]
    fn archive_keeps_the_record_and_the_last_one() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        let ws = s.write(|tx| create(tx, &input(), false)).expect("create");
        let first = ws.communities[0].id;
        let ws = s.write(|tx| archive_community(tx, first)).expect("archive");
        assert!(
            ws.communities.iter().any(|c| c.id == first && c.archived),
            "still there, archived"
        );
        let last = ws.communities[0].id;
        let e = s.write(|tx| archive_community(tx, last)).expect_err("last one");
        assert_eq!(e.code, ErrorCode::Conflict);
        // An archived name can be used again by a new live community.
        let ws = s.write(|tx| add_community(tx, "花园社区")).expect("re-add");
        assert_eq!(ws.communities.iter().filter(|c| c.name == "花园社区").count(), 2);
    }

    #[test]
    fn update_logs_before_and_after() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        s.write(|tx| create(tx, &input(), false)).expect("create");
        let mut p = WorkstationProfile {
            name: "花园社区城管工作站".into(),
            street: "碧湖街道".into(),
            district: "芗城区".into(),
            ..Default::default()
        };
        let ws = s.write(|tx| update_profile(tx, &p)).expect("update");
        assert_eq!(ws.name, "花园社区城管工作站");
        let (before, after): (String, String) = s
            .read(|c| {
                Ok(c.query_row(
                    "SELECT before_json, after_json FROM change_log WHERE action='update'",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?)
            })
            .expect("log");
        assert!(before.contains("碧湖街道城管社区工作站") && after.contains("花园社区城管工作站"));
        p.phone = "not a phone".into();
        assert_eq!(
            s.write(|tx| update_profile(tx, &p)).expect_err("bad phone").field.as_deref(),
            Some("phone")
        );
    }
}
