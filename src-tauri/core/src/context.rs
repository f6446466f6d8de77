//! The one place every command goes through: the store, the operator doing the work, and the
//! transaction that carries each write together with its change-log entry.
//! Which commands a caller may run is decided before a session exists (`App::authorize`, from
//! `access::commands`); what a session may reach (an officer's own duties, a property manager's
//! communities) is read from its `Caller`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, Transaction};
use serde::Serialize;

use crate::access::audit;
use crate::access::roles::{allows, OperatorRole, Perm};
use crate::db;
use crate::error::{AppError, AppResult, ErrorCode};

/// The name written to the audit trail: an operator's login in the window, `os:<user>` for
/// the command line (which runs as the OS user who owns the data folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub name: String,
}

impl Actor {
    pub fn new(name: impl Into<String>) -> Self {
        Actor { name: name.into() }
    }

    /// The operating-system user running this process. Programs started by other programs (a
    /// launcher, WebDriver) may have no USER; the home folder's name is the next best witness.
    pub fn os_user() -> Self {
        let from_env = ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()));
        let from_home = || {
            dirs::home_dir().and_then(|h| h.file_name().map(|n| n.to_string_lossy().into_owned()))
        };
        let name = from_env.or_else(from_home).unwrap_or_else(|| "unknown".to_string());
        Actor { name: format!("os:{name}") }
    }
}

/// Who a session works for and what they may reach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub actor: Actor,
    pub role: OperatorRole,
    /// The operator's account; `None` for the command line and tests.
    pub operator_id: Option<i64>,
    /// The roster person the operator is (an officer marks their own attendance).
    pub person_id: Option<i64>,
    /// Communities the operator is limited to; empty means the whole workstation.
    pub communities: Vec<i64>,
}

impl Caller {
    /// The command line and tests: the owner of the data folder, with every right.
    pub fn system(actor: Actor) -> Caller {
        Caller {
            actor,
            role: OperatorRole::Admin,
            operator_id: None,
            person_id: None,
            communities: Vec::new(),
        }
    }

    pub fn may(&self, perm: Perm) -> bool {
        allows(self.role, perm)
    }

    pub fn require(&self, perm: Perm) -> AppResult<()> {
        if self.may(perm) {
            Ok(())
        } else {
            Err(AppError::new(ErrorCode::Forbidden, format!("{:?} may not {perm:?}", self.role)))
        }
    }
}

/// One open database. A single connection behind a mutex: the desk has one writer, and
/// SQLite serialises writers anyway; reads are short.
pub struct Store {
    conn: Mutex<Connection>,
    dir: Option<PathBuf>,
}

impl Store {
    pub fn open(dir: &Path) -> AppResult<Store> {
        Ok(Store { conn: Mutex::new(db::open(dir)?), dir: Some(dir.to_path_buf()) })
    }

    pub fn open_in_memory() -> AppResult<Store> {
        Ok(Store { conn: Mutex::new(db::open_in_memory()?), dir: None })
    }

    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// A digest of every row (see `health::fingerprint`), for tests that prove nothing changed.
    pub fn fingerprint(&self) -> AppResult<String> {
        crate::health::fingerprint(&*self.lock()?)
    }

    pub(crate) fn lock(&self) -> AppResult<MutexGuard<'_, Connection>> {
        // A panic while holding the lock leaves SQLite consistent (the transaction rolls back),
        // so a poisoned mutex is safe to take over.
        Ok(self.conn.lock().unwrap_or_else(|p| p.into_inner()))
    }
}

/// A store used by one operator.
pub struct Session<'s> {
    store: &'s Store,
    caller: Caller,
}

impl<'s> Session<'s> {
    /// A session of the system caller (command line, tests): every right.
    pub fn new(store: &'s Store, actor: Actor) -> Self {
        Session { store, caller: Caller::system(actor) }
    }

    pub fn for_caller(store: &'s Store, caller: Caller) -> Self {
        Session { store, caller }
    }

    pub fn actor(&self) -> &Actor {
        &self.caller.actor
    }

    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    pub fn store(&self) -> &Store {
        self.store
    }

    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> AppResult<T>) -> AppResult<T> {
        let conn = self.store.lock()?;
        f(&conn)
    }

    /// Runs `f` in one immediate transaction; commits only if `f` succeeds, so a refused or
    /// failed write changes nothing.
    pub fn write<T>(&self, f: impl FnOnce(&WriteTx) -> AppResult<T>) -> AppResult<T> {
        let mut conn = self.store.lock()?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let w = WriteTx::new(tx, &self.caller.actor);
        let out = f(&w)?;
        w.commit()?;
        Ok(out)
    }
}

impl Session<'_> {
    /// Runs `work` with a page cache of `mib` MiB, then puts the store's own size back, whatever
    /// `work` returned. For bulk writes: with SQLite's default 2 MB, a transaction that grows ten
    /// indexes spills dirty pages to the WAL and reads them back again and again.
    pub fn with_cache<T>(&self, mib: i64, work: impl FnOnce() -> AppResult<T>) -> AppResult<T> {
        let before: i64 = self.read(|c| Ok(c.query_row("PRAGMA cache_size", [], |r| r.get(0))?))?;
        self.read(|c| Ok(c.pragma_update(None, "cache_size", -mib * 1024)?))?;
        let out = work();
        self.read(|c| Ok(c.pragma_update(None, "cache_size", before)?))?;
        out
    }

    /// Runs a bulk load with a rollback journal instead of the WAL, then goes back to the WAL.
    /// In WAL mode every new page is written twice (to the WAL, then by the checkpoint into the
    /// file); a rollback journal keeps only the old content of pages that existed before, so
    /// pages appended by the load are written once. Each transaction stays atomic and durable
    /// (`synchronous=FULL`). SQLite only leaves the WAL when no other connection has the file
    /// open; if it cannot (the app is running), the load simply runs in WAL mode.
    ///
    /// For generated data only (`demo --cases`), not a user's import: going back to the WAL
    /// creates its two side files again, and on a full disk that fails and leaves the store
    /// unreadable until space is freed (tests/disk_full.rs caught it); in WAL mode a full disk
    /// only refuses the write.
    pub fn with_rollback_journal<T>(&self, work: impl FnOnce() -> AppResult<T>) -> AppResult<T> {
        let mode = |m: &str| {
            self.read(|c| {
                Ok(c.query_row(&format!("PRAGMA journal_mode = {m}"), [], |r| {
                    r.get::<_, String>(0)
                })?)
            })
        };
        let switched =
            mode("TRUNCATE").map(|m| m.eq_ignore_ascii_case("truncate")).unwrap_or(false);
        let out = work();
        if switched {
            // A store left in rollback mode is not stuck: `db::open` sets WAL at every open.
            // The load's own error, if any, is the one to report.
            match (mode("WAL"), &out) {
                (Err(e), Ok(_)) => return Err(e),
                (Err(e), Err(_)) => tracing::warn!(error = %e, "could not go back to the WAL"),
                _ => {}
            }
        }
        out
    }

    /// Runs `f` exactly like `write`, then rolls everything back: a preview of a write.
    pub fn dry_run<T>(&self, f: impl FnOnce(&WriteTx) -> AppResult<T>) -> AppResult<T> {
        let mut conn = self.store.lock()?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let w = WriteTx::new(tx, &self.caller.actor);
        f(&w) // dropping the transaction rolls it back
    }
}

/// An open write transaction that knows who writes and when.
pub struct WriteTx<'c> {
    tx: Transaction<'c>,
    actor: &'c Actor,
    now: String,
    /// The audit chain's head as this transaction moves it; read on the first record.
    chain: RefCell<Option<(i64, String)>>,
}

impl<'c> WriteTx<'c> {
    fn new(tx: Transaction<'c>, actor: &'c Actor) -> Self {
        WriteTx { tx, actor, now: now(), chain: RefCell::new(None) }
    }

    /// Stores the chain's new head, then commits: the records and their head land together.
    fn commit(self) -> AppResult<()> {
        if let Some(head) = self.chain.borrow().as_ref() {
            audit::store_head(&self.tx, head)?;
        }
        self.tx.commit()?;
        Ok(())
    }
}

impl WriteTx<'_> {
    pub fn conn(&self) -> &Connection {
        &self.tx
    }

    pub fn actor(&self) -> &str {
        &self.actor.name
    }

    /// The moment of this transaction, the same for every row it touches.
    pub fn now(&self) -> &str {
        &self.now
    }

    /// Appends the audit record for one change: what, which record, before and after.
    pub fn log<B: Serialize, A: Serialize>(
        &self,
        action: &str,
        entity: &str,
        entity_id: Option<String>,
        before: Option<&B>,
        after: Option<&A>,
    ) -> AppResult<()> {
        let before = before.map(serde_json::to_string).transpose()?;
        let after = after.map(serde_json::to_string).transpose()?;
        let mut chain = self.chain.borrow_mut();
        let prev = match chain.take() {
            Some(head) => head,
            None => audit::head(&self.tx)?,
        };
        let actor = &self.actor.name;
        let next = audit::append(
            &self.tx, &prev, &self.now, actor, action, entity, entity_id, before, after,
        )?;
        *chain = Some(next);
        Ok(())
    }
}

/// Now, as stored: RFC 3339 with the local offset, to the second.
pub fn now() -> String {
    stamp(chrono::Local::now())
}

/// An instant as stored.
pub fn stamp(at: chrono::DateTime<chrono::Local>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::workstation::{self, WorkstationInput};

    #[test]
    fn a_full_disk_rolls_the_write_back_and_the_store_keeps_working() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        let pages: i64 =
            s.read(|c| Ok(c.query_row("PRAGMA page_count", [], |r| r.get(0))?)).expect("pages");
        // SQLite answers SQLITE_FULL once max_page_count is reached: the same path as a full disk.
        s.read(|c| Ok(c.pragma_update(None, "max_page_count", pages)?)).expect("cap");
        let input = WorkstationInput {
            name: "站".into(),
            street: "街".into(),
            district: "区".into(),
            communities: (0..400).map(|i| format!("第{i}社区{}", "很长的名字".repeat(6))).collect(),
            ..Default::default()
        };
        let e = s.write(|tx| workstation::create(tx, &input, false)).expect_err("no room");
        assert_eq!(e.code, ErrorCode::DiskFull);
        assert!(!s.read(workstation::exists).expect("exists"), "nothing half-written");
        s.read(|c| Ok(c.pragma_update(None, "max_page_count", 1_000_000)?)).expect("room again");
        s.write(|tx| workstation::create(tx, &input, false)).expect("works once space is back");
    }

    #[test]
    fn a_bulk_load_leaves_the_store_in_wal_mode_whatever_it_returned() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::open(dir.path()).expect("store");
        let s = Session::new(&store, Actor::new("t"));
        let mode =
            || s.read(|c| Ok(c.query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))?));
        let inside = s.with_rollback_journal(mode).expect("ran");
        assert_eq!(inside, "truncate", "the load itself runs with a rollback journal");
        assert_eq!(mode().expect("mode"), "wal");
        let failed: AppResult<()> =
            s.with_rollback_journal(|| Err(crate::error::AppError::internal("boom")));
        assert!(failed.is_err());
        assert_eq!(mode().expect("mode"), "wal", "back to the WAL after a failed load too");
    }
}
