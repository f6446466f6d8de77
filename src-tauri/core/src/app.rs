//! What the window and the CLI hold: the data folder and the store opened in it, or the reason
//! it could not be opened. Opening never panics; a broken store becomes a status the UI explains.

use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use crate::context::{Actor, Session, Store};
use crate::error::{AppError, AppResult};
use crate::settings::{self, Language};
use crate::{db, workstation};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StartupState {
    /// A workstation exists; show the main layout.
    Ready,
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
    pub operator: String,
}

pub struct App {
    dir: PathBuf,
    store: Result<Store, AppError>,
    actor: Actor,
}

impl App {
    /// Opens the store in `dir`. A failure is kept, not raised, so the window can explain it.
    pub fn open(dir: &Path, actor: Actor) -> App {
        let store = Store::open(dir);
        if let Err(e) = &store {
            tracing::error!(code = e.code.as_str(), error = %e, dir = %dir.display(), "store not opened");
        }
        App { dir: dir.to_path_buf(), store, actor }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A session for the current operator; every command starts here.
    pub fn session(&self) -> AppResult<Session<'_>> {
        Ok(Session::new(self.store()?, self.actor.clone()))
    }

    /// The open store, or the reason it could not be opened.
    pub fn store(&self) -> AppResult<&Store> {
        self.store.as_ref().map_err(Clone::clone)
    }

    pub fn status(&self) -> AppStatus {
        let (state, error, language) = match self
            .session()
            .and_then(|s| s.read(|c| Ok((workstation::exists(c)?, settings::language(c)?))))
        {
            Ok((true, lang)) => (StartupState::Ready, None, lang),
            Ok((false, lang)) => (StartupState::NeedsSetup, None, lang),
            Err(e) => (StartupState::Failed, Some(e), Language::default()),
        };
        AppStatus {
            state,
            error,
            data_dir: self.dir.display().to_string(),
            db_path: db::db_path(&self.dir).display().to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            language,
            operator: self.actor.name.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn empty_folder_needs_setup_and_junk_fails_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let app = App::open(dir.path(), Actor::new("t"));
        let st = app.status();
        assert_eq!(st.state, StartupState::NeedsSetup);
        assert_eq!(st.language, Language::ZhCn);

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
