//! A big load into an (almost) empty register (`demo --cases N`) drops the secondary indexes of
//! `cases` and `case_event` first and builds each once at the end: one sorted pass instead of a
//! random B-tree insert per row and index, which grows slower with the store.
//!
//! The dropped indexes' SQL is kept in `setting` in the same transaction as the drop, so a load
//! that fails or is killed half-way leaves the list of what to rebuild: the next open of the store
//! (`db::open`) builds them before anything reads it. Unique constraints are never dropped.

use rusqlite::Connection;

use crate::context::{Session, WriteTx};
use crate::error::AppResult;
use crate::settings;

const KEY: &str = "deferred_indexes";

/// Drops the indexes and remembers them; returns how many.
pub(crate) fn drop_for_load(tx: &WriteTx) -> AppResult<usize> {
    let conn = tx.conn();
    let indexes: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master
             WHERE type = 'index' AND tbl_name IN ('cases', 'case_event') AND sql IS NOT NULL
               AND sql NOT LIKE 'CREATE UNIQUE%'",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    if indexes.is_empty() {
        return Ok(0);
    }
    let mut pending: Vec<String> = match settings::get(conn, KEY)? {
        Some(json) => serde_json::from_str(&json)?,
        None => Vec::new(),
    };
    for (name, sql) in &indexes {
        pending.push(sql.clone());
        conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    settings::set(tx, KEY, &serde_json::to_string(&pending)?)?;
    Ok(indexes.len())
}

/// Builds whatever a load left to build, in one transaction; nothing to do is the usual case.
pub fn rebuild(conn: &Connection) -> AppResult<()> {
    let Some(json) = settings::get(conn, KEY)? else {
        return Ok(());
    };
    let pending: Vec<String> = serde_json::from_str(&json)?;
    let tx = conn.unchecked_transaction()?;
    build(&tx, &pending)?;
    tx.commit()?;
    tracing::info!(count = pending.len(), "built the indexes a bulk load had deferred");
    Ok(())
}

fn build(conn: &Connection, pending: &[String]) -> AppResult<()> {
    for sql in pending {
        // An index a killed rebuild already made (it commits with the rest, so rarely) is kept.
        let sql = sql.replacen("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1);
        conn.execute_batch(&sql)?;
    }
    conn.execute("DELETE FROM setting WHERE key = ?1", [KEY])?;
    Ok(())
}

/// Whether adding `adding` cases to a register of `existing` is worth dropping its indexes for.
fn worth_it(adding: usize, existing: i64) -> bool {
    const WORTH_IT: usize = 50_000;
    adding >= WORTH_IT && existing < adding as i64
}

/// The same inside one write transaction (`import cases`): drop, load, build, and the
/// transaction commits or rolls back all three, so nothing is left to rebuild after a failure.
pub(crate) fn within<T>(
    tx: &WriteTx,
    adding: usize,
    load: impl FnOnce() -> AppResult<T>,
) -> AppResult<T> {
    let existing: i64 = tx.conn().query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
    if !worth_it(adding, existing) {
        return load();
    }
    drop_for_load(tx)?;
    let out = load()?;
    let json = settings::get(tx.conn(), KEY)?.unwrap_or_else(|| "[]".into());
    build(tx.conn(), &serde_json::from_str::<Vec<String>>(&json)?)?;
    Ok(out)
}

/// Runs `load` with the indexes dropped when it adds more cases than the register holds, then
/// builds them, whether the load succeeded or not.
pub(crate) fn around<T>(
    s: &Session,
    adding: u32,
    load: impl FnOnce() -> AppResult<T>,
) -> AppResult<T> {
    let existing: i64 =
        s.read(|c| Ok(c.query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?))?;
    if !worth_it(adding as usize, existing) {
        return load();
    }
    s.write(drop_for_load)?;
    let out = load();
    let built = s.read(rebuild);
    let out = out?;
    built?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{Actor, Store};

    fn indexes(s: &Session) -> Vec<(String, String)> {
        s.read(|c| {
            Ok(c.prepare(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index'
                 AND tbl_name IN ('cases', 'case_event') AND sql IS NOT NULL ORDER BY name",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?)
        })
        .expect("indexes")
    }

    #[test]
    fn dropped_indexes_come_back_as_they_were_even_after_a_stop_half_way() {
        let dir = tempfile::tempdir().expect("dir");
        let before = {
            let store = Store::open(dir.path()).expect("store");
            let s = Session::new(&store, Actor::new("测试"));
            let before = indexes(&s);
            assert!(before.len() > 5, "the register has its list indexes: {before:?}");
            let dropped = s.write(drop_for_load).expect("drop");
            assert_eq!(dropped, before.len());
            assert!(indexes(&s).is_empty());
            // A load stops here (killed): nothing builds them in this process.
            before
        };
        // The next open builds them before anything reads, and forgets the list.
        let store = Store::open(dir.path()).expect("reopen");
        let s = Session::new(&store, Actor::new("测试"));
        assert_eq!(indexes(&s), before);
        assert_eq!(s.read(|c| settings::get(c, KEY)).expect("setting"), None);
        // The number stays unique throughout: its constraint is never dropped.
        s.write(drop_for_load).expect("drop again");
        let unique: i64 = s
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'cases' AND type = 'index'
                     AND name LIKE 'sqlite_autoindex%'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .expect("autoindex");
        assert_eq!(unique, 1);
        s.read(rebuild).expect("rebuild");
        assert_eq!(indexes(&s), before);
    }

    #[test]
    fn an_import_drops_and_builds_inside_its_transaction_and_a_failure_keeps_them() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("store");
        let s = Session::new(&store, Actor::new("测试"));
        let before = indexes(&s);
        let unique = before.iter().filter(|(_, sql)| sql.starts_with("CREATE UNIQUE")).count();
        assert!(before.len() > unique + 5, "the register has its list indexes: {before:?}");
        // Too few rows: the load runs with the indexes in place.
        let during = s.write(|tx| within(tx, 10, || Ok(indexes_in(tx)))).expect("small");
        assert_eq!(during, before.len());
        // A big first register: gone during the load, back (and nothing pending) after it.
        let during = s.write(|tx| within(tx, 100_000, || Ok(indexes_in(tx)))).expect("big");
        assert_eq!(during, unique);
        assert_eq!(indexes(&s), before);
        assert_eq!(s.read(|c| settings::get(c, KEY)).expect("setting"), None);
        // A refused load rolls the drop back with it.
        let failed = s.write(|tx| {
            within(tx, 100_000, || -> AppResult<()> {
                Err(crate::error::AppError::new(crate::error::ErrorCode::Validation, "row 7"))
            })
        });
        assert!(failed.is_err());
        assert_eq!(indexes(&s), before);
        assert_eq!(s.read(|c| settings::get(c, KEY)).expect("setting"), None);
    }

    fn indexes_in(tx: &WriteTx) -> usize {
        let n: i64 = tx
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index'
                 AND tbl_name IN ('cases', 'case_event') AND sql IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .expect("count");
        n as usize
    }
}
