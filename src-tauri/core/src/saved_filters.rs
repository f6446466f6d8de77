//! Saved filters: an operator's named list filters, per area (the case register, the visit
//! log). The filter state is the window's own (a JSON object the core only checks for shape and
//! size), so adding a filter to a list needs no change here. Each operator sees only theirs.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::access::roles::Perm;
use crate::context::Session;
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

const AREAS: [&str; 2] = ["cases", "visits"];
/// One operator's filters in one area: enough for a desk's habits, few enough to pick from.
const MAX_PER_AREA: i64 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFilter {
    pub id: i64,
    pub area: String,
    pub name: String,
    /// JSON object, as saved.
    pub filters: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedFilterInput {
    pub area: String,
    pub name: String,
    pub filters: String,
}

fn area(a: &str) -> AppResult<&str> {
    AREAS
        .iter()
        .find(|x| **x == a)
        .copied()
        .ok_or_else(|| AppError::invalid("area", Reason::Invalid))
}

pub fn list(s: &Session, area_name: &str) -> AppResult<Vec<SavedFilter>> {
    s.caller().require(Perm::Signed)?;
    let a = area(area_name)?;
    let me = s.caller().operator_id;
    s.read(|c| {
        let mut st = c.prepare(
            "SELECT id, area, name, filters FROM saved_filter
             WHERE coalesce(operator_id, 0) = coalesce(?1, 0) AND area = ?2 AND archived_at IS NULL
             ORDER BY name",
        )?;
        let rows = st
            .query_map(params![me, a], |r| {
                Ok(SavedFilter {
                    id: r.get(0)?,
                    area: r.get(1)?,
                    name: r.get(2)?,
                    filters: r.get(3)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    })
}

/// Saves under a name; a filter of the same name is replaced.
pub fn save(s: &Session, input: &SavedFilterInput) -> AppResult<SavedFilter> {
    s.caller().require(Perm::Signed)?;
    let a = area(&input.area)?;
    let name = validate::required("name", &input.name, 40)?;
    if input.filters.len() > 4000 {
        return Err(AppError::invalid("filters", Reason::TooLong));
    }
    let parsed: serde_json::Value = serde_json::from_str(&input.filters)
        .map_err(|_| AppError::invalid("filters", Reason::Invalid))?;
    if !parsed.is_object() {
        return Err(AppError::invalid("filters", Reason::Invalid));
    }
    let me = s.caller().operator_id;
    s.write(|tx| {
        let c = tx.conn();
        c.execute(
            "UPDATE saved_filter SET archived_at = ?4 WHERE coalesce(operator_id, 0) = coalesce(?1, 0)
                 AND area = ?2 AND name = ?3 AND archived_at IS NULL",
            params![me, a, name, tx.now()],
        )?;
        let count: i64 = c.query_row(
            "SELECT count(*) FROM saved_filter WHERE coalesce(operator_id, 0) = coalesce(?1, 0)
                 AND area = ?2 AND archived_at IS NULL",
            params![me, a],
            |r| r.get(0),
        )?;
        if count >= MAX_PER_AREA {
            return Err(AppError::new(
                ErrorCode::Conflict,
                format!("at most {MAX_PER_AREA} saved filters per list; delete one first"),
            ));
        }
        c.execute(
            "INSERT INTO saved_filter (operator_id, area, name, filters, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![me, a, name, parsed.to_string(), tx.now()],
        )?;
        let id = c.last_insert_rowid();
        tx.log("create", "saved_filter", Some(id.to_string()), None::<&()>, Some(&name))?;
        Ok(SavedFilter { id, area: a.to_string(), name: name.clone(), filters: parsed.to_string() })
    })
}

/// Removes one of the caller's own filters from their list (kept, archived).
pub fn archive(s: &Session, id: i64) -> AppResult<()> {
    s.caller().require(Perm::Signed)?;
    let me = s.caller().operator_id;
    s.write(|tx| {
        let n = tx.conn().execute(
            "UPDATE saved_filter SET archived_at = ?3
             WHERE id = ?1 AND coalesce(operator_id, 0) = coalesce(?2, 0) AND archived_at IS NULL",
            params![id, me, tx.now()],
        )?;
        if n == 0 {
            return Err(AppError::not_found("saved filter"));
        }
        tx.log("archive", "saved_filter", Some(id.to_string()), None::<&()>, None::<&()>)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::auth::caller_of;
    use crate::access::operators;
    use crate::context::{Actor, Store};

    #[test]
    fn each_operator_keeps_their_own_named_filters() {
        let store = Store::open_in_memory().expect("store");
        let system = Session::new(&store, Actor::new("t"));
        crate::demo::create(&system).expect("demo");
        let of = |login: &str| {
            let op = system
                .read(operators::list)
                .expect("ops")
                .into_iter()
                .find(|o| o.login == login)
                .expect("op");
            Session::for_caller(&store, caller_of(&op))
        };
        let (desk, officer) = (of("qiantai"), of("weizy"));
        let input = |name: &str, filters: &str| SavedFilterInput {
            area: "cases".into(),
            name: name.into(),
            filters: filters.into(),
        };
        let saved =
            save(&desk, &input("花园超期", r#"{"light":"red","communityId":1}"#)).expect("save");
        save(&desk, &input("花园超期", r#"{"light":"yellow"}"#)).expect("replace");
        let mine = list(&desk, "cases").expect("list");
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].filters, r#"{"light":"yellow"}"#);
        assert!(list(&officer, "cases").expect("officer").is_empty(), "not someone else's");
        assert!(archive(&officer, mine[0].id).is_err(), "nor theirs to delete");

        for (bad, field) in [
            (input("x", "[1,2]"), "filters"),
            (input("x", "not json"), "filters"),
            (input("  ", "{}"), "name"),
            (SavedFilterInput { area: "roster".into(), ..input("x", "{}") }, "area"),
        ] {
            assert_eq!(save(&desk, &bad).expect_err("refused").field.as_deref(), Some(field));
        }
        archive(&desk, mine[0].id).expect("archive");
        assert!(list(&desk, "cases").expect("empty").is_empty());
        assert_ne!(saved.id, mine[0].id, "a replaced filter is a new record; the old one is kept");
    }
}
