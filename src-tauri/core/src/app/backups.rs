//! Backups as the window offers them: list, back up now, restore, and the restore offered on
//! the start-up screen when the store could not be opened.

use std::path::{Path, PathBuf};

use super::App;
use crate::access::roles::Perm;
use crate::backup::{self, BackupInfo, BackupSettings, RestoreOutcome};
use crate::context::Store;
use crate::error::{AppError, AppResult, ErrorCode};

/// A manual backup and, if the copy to the second folder failed, why.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDone {
    pub backup: BackupInfo,
    pub second_error: Option<AppError>,
}

impl App {
    fn admin_store(&self) -> AppResult<&Store> {
        self.session()?.caller().require(Perm::Admin)?;
        self.store()
    }

    fn second_folder(&self, store: &Store) -> AppResult<Option<PathBuf>> {
        Ok(backup::get_settings(&*store.lock()?)?.second_folder())
    }

    /// Every backup of the data folder and the second folder, newest first.
    pub fn list_backups(&self) -> AppResult<Vec<BackupInfo>> {
        let store = self.admin_store()?;
        backup::list(&self.dir, self.second_folder(store)?.as_deref())
    }

    pub fn backup_now(&self) -> AppResult<BackupDone> {
        let (backup, second_error) = backup::manual(self.admin_store()?, &self.dir)?;
        Ok(BackupDone { backup, second_error })
    }

    pub fn backup_settings(&self) -> AppResult<BackupSettings> {
        backup::get_settings(&*self.admin_store()?.lock()?)
    }

    pub fn set_backup_settings(&self, input: &BackupSettings) -> AppResult<BackupSettings> {
        self.admin_store()?;
        self.session()?.write(|tx| backup::set_settings(tx, Some(&self.dir), input))
    }

    /// Restores one of the listed backups into the open store, records who did it in the
    /// restored data's log, and signs the window out: the accounts may differ now.
    pub fn restore_backup(&self, path: &str) -> AppResult<RestoreOutcome> {
        let file = listed(&self.list_backups()?, path)?;
        let session = self.session()?;
        let done = backup::restore_into(session.store(), &file)?;
        session.write(|tx| {
            tx.log("restore", "database", None, None::<&()>, Some(&done.restored.file_name))
        })?;
        if let Some(mut s) = self.signed_in() {
            *s = None;
        }
        Ok(done)
    }

    /// The backups the start-up screen offers when the store could not be opened (only then:
    /// nobody can sign in to a store that does not open, and otherwise Settings does this).
    pub fn startup_backups(&self) -> AppResult<Vec<BackupInfo>> {
        if self.store.get().is_some() && !self.is_damaged() {
            return Err(AppError::new(ErrorCode::Conflict, "the store is open; use Settings"));
        }
        backup::list(&self.dir, None)
    }

    /// Restores a listed backup when the store could not be opened, then opens it.
    pub fn restore_at_startup(&self, path: &str) -> AppResult<RestoreOutcome> {
        let file = listed(&self.startup_backups()?, path)?;
        if let Some(store) = self.store.get() {
            // Damaged after it opened: restore into the open store (the damaged data is kept
            // beside it), then let commands through again.
            let done = backup::restore_into(store, &file)?;
            self.clear_damaged();
            return Ok(done);
        }
        let done = backup::restore(&self.dir, &file)?;
        let store = Store::open(&self.dir)?;
        if self.store.set(store).is_ok() {
            *self.failure.lock().unwrap_or_else(|p| p.into_inner()) = None;
        }
        Ok(done)
    }
}

/// Only a file the app listed may be restored through the window (never any path it is sent).
fn listed(backups: &[BackupInfo], path: &str) -> AppResult<PathBuf> {
    backups
        .iter()
        .find(|b| b.path == path)
        .map(|b| Path::new(&b.path).to_path_buf())
        .ok_or_else(|| AppError::not_found("backup"))
}
