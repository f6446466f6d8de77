//! What the window and the CLI hold: the data folder and the store opened in it, or the reason
//! it could not be opened. Opening never panics; a broken store becomes a status the UI explains.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, OnceLock};

use serde::Serialize;
use ts_rs::TS;

use crate::access::auth::{self, SignInInput};
use crate::access::commands::perm_of;
use crate::access::operators::{self, FirstAdminInput, Operator};
use crate::access::roles::{OperatorRole, Perm};
use crate::context::{Actor, Caller, Session, Store};
use crate::error::{AppError, AppResult, ErrorCode};
use crate::settings::{self, Language};
use crate::{db, workstation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StartupState {
    /// A workstation exists; show the main layout (after signing in).
    Ready,
    /// No account exists yet: create the administrator first.
    NeedsAdmin,
    /// The store is fine but empty: show the first-start choice (new or demo).
    NeedsSetup,
    /// The store could not be opened; `error` says why. Nothing was written.
    Failed,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub state: StartupState,
    pub error: Option<AppError>,
    pub data_dir: String,
    pub db_path: String,
    pub version: String,
    pub language: Language,
    /// The signed-in operator, if any (also while locked, so the lock screen can name them).
    pub session: Option<SessionInfo>,
    /// Minutes without input before the window locks itself; 0: never.
    pub idle_lock_minutes: u32,
    /// A demo workstation: the login screen shows its accounts.
    pub is_demo: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionInfo {
    pub operator: Operator,
    pub perms: Vec<Perm>,
    pub locked: bool,
}

/// Who is signed in to the window.
#[derive(Debug, Clone)]
struct SignedIn {
    operator: Operator,
    caller: Caller,
    locked: bool,
}

enum Mode {
    /// The command line and tests: the OS user who owns the data folder, with every right.
    System(Caller),
    /// The window: whoever has signed in.
    Window(Mutex<Option<SignedIn>>),
}

pub struct App {
    dir: PathBuf,
    /// Set once the store opened; a restore at start-up can set it later.
    store: OnceLock<Store>,
    /// Why the store could not be opened, while it is not.
    failure: Mutex<Option<AppError>>,
    /// Set when the background integrity check found the open store damaged: from then on
    /// every command is refused with it and the start-up screen offers a backup.
    damaged: Mutex<Option<AppError>>,
    mode: Mode,
}

/// Idle minutes before the window locks, when no administrator has set it.
const DEFAULT_IDLE_LOCK_MINUTES: u32 = 10;

impl App {
    /// Opens the store in `dir` for the command line: `actor` acts with every right.
    /// A failure is kept, not raised, so the caller can explain it.
    pub fn open(dir: &Path, actor: Actor) -> App {
        App::with(dir, open_store(dir), Mode::System(Caller::system(actor)))
    }

    /// Opens the store in `dir` for the window: nobody is signed in yet. The first start of a
    /// day checks the store and writes the day's automatic backup. A damaged store fails here
    /// (the start-up screen offers a backup); any other backup failure is logged, never fatal:
    /// the desk must be able to work, and Settings lists the backups.
    pub fn open_window(dir: &Path) -> App {
        let store = open_store(dir).and_then(|s| match crate::backup::daily(&s, dir) {
            Ok(done) => {
                if let Some(f) = done.written {
                    tracing::info!(file = %f.display(), "daily backup written");
                }
                if let Some(e) = done.second_error {
                    tracing::error!(error = %e, "daily backup not copied to the second folder");
                }
                Ok(s)
            }
            Err(e) if e.code == ErrorCode::DatabaseCorrupt => {
                tracing::error!(error = %e, "the store is damaged");
                Err(e)
            }
            Err(e) => {
                tracing::error!(error = %e, "daily backup failed");
                Ok(s)
            }
        });
        App::with(dir, store, Mode::Window(Mutex::new(None)))
    }

    fn with(dir: &Path, store: Result<Store, AppError>, mode: Mode) -> App {
        let (cell, failure) = (OnceLock::new(), Mutex::new(None));
        match store {
            Ok(s) => {
                let _ = cell.set(s);
            }
            Err(e) => *failure.lock().unwrap_or_else(|p| p.into_inner()) = Some(e),
        }
        App { dir: dir.to_path_buf(), store: cell, failure, damaged: Mutex::new(None), mode }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn signed_in(&self) -> Option<MutexGuard<'_, Option<SignedIn>>> {
        match &self.mode {
            Mode::System(_) => None,
            // A panic while holding it cannot leave the session half-changed: take it over.
            Mode::Window(m) => Some(m.lock().unwrap_or_else(|p| p.into_inner())),
        }
    }

    /// The current caller, refusing when nobody is signed in or the session is locked.
    fn caller(&self) -> AppResult<Caller> {
        match &self.mode {
            Mode::System(c) => Ok(c.clone()),
            Mode::Window(_) => match self.signed_in().as_deref().and_then(Option::as_ref) {
                None => Err(AppError::new(ErrorCode::NotSignedIn, "nobody is signed in")),
                Some(s) if s.locked => {
                    Err(AppError::new(ErrorCode::SessionLocked, "the session is locked"))
                }
                Some(s) => Ok(s.caller.clone()),
            },
        }
    }

    /// Decides whether the current caller may run the bridge command `command`. Every command
    /// of the bridge passes here before its arguments are read; one without a decision in
    /// `access::commands` is refused.
    pub fn authorize(&self, command: &str) -> AppResult<()> {
        let perm = perm_of(command).ok_or_else(|| {
            AppError::new(ErrorCode::Forbidden, format!("no permission decision for {command}"))
        })?;
        if perm == Perm::Public {
            return Ok(());
        }
        self.caller()?.require(perm)
    }

    /// A session for the current operator; every command starts here.
    pub fn session(&self) -> AppResult<Session<'_>> {
        Ok(Session::for_caller(self.store()?, self.caller()?))
    }

    fn begin(&self, operator: Operator) {
        if let Some(mut s) = self.signed_in() {
            let caller = auth::caller_of(&operator);
            *s = Some(SignedIn { operator, caller, locked: false });
        }
    }

    /// Signs in with a password or PIN; signing in as someone else switches the operator.
    pub fn sign_in(&self, input: &SignInInput) -> AppResult<AppStatus> {
        let operator = auth::sign_in(self.store()?, input)?;
        self.begin(operator);
        Ok(self.status())
    }

    /// Creates the first administrator and signs them in.
    pub fn create_first_admin(&self, input: &FirstAdminInput) -> AppResult<AppStatus> {
        let store = self.store()?;
        let system = Session::new(store, Actor::new(input.login.trim()));
        let operator = system.write(|tx| operators::create_first_admin(tx, input))?;
        self.begin(operator);
        Ok(self.status())
    }

    /// Locks the window; the same operator (or another) signs in to go on.
    pub fn lock(&self) -> AppResult<AppStatus> {
        let caller = self.caller()?;
        auth::record(self.store()?, &caller, "lock")?;
        if let Some(Some(s)) = self.signed_in().as_deref_mut() {
            s.locked = true;
        }
        Ok(self.status())
    }

    pub fn sign_out(&self) -> AppResult<AppStatus> {
        let caller = self.caller()?;
        auth::record(self.store()?, &caller, "sign_out")?;
        if let Some(mut s) = self.signed_in() {
            *s = None;
        }
        Ok(self.status())
    }

    /// Changes an account and applies the change to the signed-in operator at once.
    pub fn update_operator(
        &self,
        id: i64,
        input: &operators::OperatorInput,
    ) -> AppResult<Operator> {
        let op = self.session()?.write(|tx| operators::update(tx, id, input))?;
        self.refresh_operator()?;
        Ok(op)
    }

    /// Re-reads the signed-in operator after an administrator changed accounts, so a new role
    /// or reach applies at once and an archived account is signed out.
    pub fn refresh_operator(&self) -> AppResult<()> {
        let store = self.store()?;
        if let Some(mut guard) = self.signed_in() {
            if let Some(current) = guard.as_ref() {
                let fresh = store.lock().and_then(|c| operators::get(&c, current.operator.id))?;
                *guard = (!fresh.archived).then(|| SignedIn {
                    caller: auth::caller_of(&fresh),
                    operator: fresh,
                    locked: current.locked,
                });
            }
        }
        Ok(())
    }

    /// The open store, or the reason it could not be opened.
    pub fn store(&self) -> AppResult<&Store> {
        if let Some(e) = self.damaged.lock().unwrap_or_else(|p| p.into_inner()).clone() {
            return Err(e);
        }
        self.store.get().ok_or_else(|| {
            let failure = self.failure.lock().unwrap_or_else(|p| p.into_inner());
            failure.clone().unwrap_or_else(|| AppError::internal("the store is not open"))
        })
    }

    pub fn status(&self) -> AppStatus {
        let read = self.store().and_then(|s| s.lock()).and_then(|c| {
            Ok((
                operators::any_exists(&c)?,
                workstation::exists(&c)?,
                settings::language(&c)?,
                idle_lock_minutes(&c)?,
                workstation::exists(&c)? && workstation::get(&c)?.is_demo,
            ))
        });
        let (state, error, language, idle, is_demo) = match read {
            Ok((false, _, lang, idle, demo)) => (StartupState::NeedsAdmin, None, lang, idle, demo),
            Ok((true, true, lang, idle, demo)) => (StartupState::Ready, None, lang, idle, demo),
            Ok((true, false, lang, idle, demo)) => {
                (StartupState::NeedsSetup, None, lang, idle, demo)
            }
            Err(e) => (StartupState::Failed, Some(e), Language::default(), 0, false),
        };
        let session = match &self.mode {
            Mode::System(c) => Some(SessionInfo {
                operator: Operator {
                    id: 0,
                    login: c.actor.name.clone(),
                    display_name: c.actor.name.clone(),
                    role: OperatorRole::Admin,
                    has_pin: false,
                    person_id: None,
                    community_ids: Vec::new(),
                    archived: false,
                    created_at: String::new(),
                },
                perms: Perm::ALL.to_vec(),
                locked: false,
            }),
            Mode::Window(_) => {
                self.signed_in().as_deref().and_then(Option::as_ref).map(|s| SessionInfo {
                    perms: s.operator.perms(),
                    operator: s.operator.clone(),
                    locked: s.locked,
                })
            }
        };
        AppStatus {
            state,
            error,
            data_dir: self.dir.display().to_string(),
            db_path: db::db_path(&self.dir).display().to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            language,
            session,
            idle_lock_minutes: idle,
            is_demo,
        }
    }
}

fn open_store(dir: &Path) -> Result<Store, AppError> {
    let store = Store::open(dir);
    if let Err(e) = &store {
        tracing::error!(code = e.code.as_str(), error = %e, dir = %dir.display(), "store not opened");
    }
    store
}

pub fn idle_lock_minutes(conn: &rusqlite::Connection) -> AppResult<u32> {
    Ok(settings::get(conn, "session.idle_lock_minutes")?
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_IDLE_LOCK_MINUTES))
}

/// 0 turns the idle lock off; at most a working day.
pub fn set_idle_lock_minutes(tx: &crate::context::WriteTx, minutes: u32) -> AppResult<u32> {
    if minutes > 8 * 60 {
        return Err(AppError::invalid("idleLockMinutes", crate::error::Reason::Invalid));
    }
    settings::set(tx, "session.idle_lock_minutes", &minutes.to_string())?;
    Ok(minutes)
}

mod backups;
mod integrity;
pub use backups::BackupDone;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn a_store_locked_by_another_program_fails_with_locked_and_is_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        drop(App::open(dir.path(), Actor::new("t")));
        let other = rusqlite::Connection::open(db::db_path(dir.path())).expect("other");
        other
            .execute_batch(
                "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE held(x);",
            )
            .expect("another program holds the file");
        let st = App::open_window(dir.path()).status();
        assert_eq!(st.state, StartupState::Failed);
        assert_eq!(st.error.map(|e| e.code), Some(ErrorCode::DatabaseLocked));
        other.execute_batch("ROLLBACK").expect("let go");
        drop(other);
        assert_ne!(App::open_window(dir.path()).status().state, StartupState::Failed);
    }

    #[test]
    fn empty_folder_needs_setup_and_junk_fails_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let app = App::open_window(dir.path());
        let st = app.status();
        assert_eq!(st.state, StartupState::NeedsAdmin, "the administrator comes first");
        assert_eq!(st.language, Language::ZhCn);
        assert!(st.session.is_none());
        let admin = FirstAdminInput {
            login: "admin".into(),
            display_name: "站长".into(),
            password: "a-good-password".into(),
        };
        let st = app.create_first_admin(&admin).expect("admin");
        assert_eq!(st.state, StartupState::NeedsSetup);
        assert_eq!(st.session.map(|s| s.operator.login), Some("admin".into()), "signed in");
        assert_eq!(app.create_first_admin(&admin).err().map(|e| e.code), Some(ErrorCode::Conflict));

        let bad = tempfile::tempdir().expect("tempdir");
        std::fs::write(db::db_path(bad.path()), b"garbage".repeat(1000)).expect("junk");
        let app = App::open(bad.path(), Actor::new("t"));
        let st = app.status();
        assert_eq!(st.state, StartupState::Failed);
        assert_eq!(st.error.map(|e| e.code), Some(ErrorCode::DatabaseCorrupt));
        assert_eq!(
            app.session().err().map(|e| e.code),
            Some(ErrorCode::DatabaseCorrupt),
            "commands refuse too"
        );
    }
}
