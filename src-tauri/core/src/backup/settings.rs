//! How many days of automatic backups are kept, and the optional second folder.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::settings;

/// Days of automatic backups kept when no administrator has set it.
pub const DEFAULT_KEEP_DAYS: u32 = 14;
const MAX_KEEP_DAYS: u32 = 365;
const KEEP_KEY: &str = "backup.keep_days";
const SECOND_KEY: &str = "backup.second_dir";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSettings {
    /// Days of automatic backups kept (1–365).
    pub keep_days: u32,
    /// A second folder every backup is also copied to (a USB drive, a share); empty: none.
    pub second_dir: String,
}

impl BackupSettings {
    /// Where this workstation's copies go inside the second folder, if one is set.
    pub fn second_folder(&self) -> Option<PathBuf> {
        let dir = self.second_dir.trim();
        (!dir.is_empty()).then(|| Path::new(dir).join(super::SECOND_SUBDIR))
    }
}

pub fn get_settings(conn: &Connection) -> AppResult<BackupSettings> {
    Ok(BackupSettings {
        keep_days: settings::get(conn, KEEP_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(DEFAULT_KEEP_DAYS),
        second_dir: settings::get(conn, SECOND_KEY)?.unwrap_or_default(),
    })
}

/// Checks and stores the settings. A second folder must exist, be writable and lie outside the
/// data folder (a copy inside the folder it protects protects against nothing).
pub fn set_settings(
    tx: &WriteTx,
    data_dir: Option<&Path>,
    input: &BackupSettings,
) -> AppResult<BackupSettings> {
    if !(1..=MAX_KEEP_DAYS).contains(&input.keep_days) {
        return Err(AppError::invalid("keepDays", Reason::Invalid));
    }
    let second = crate::validate::optional("secondDir", &input.second_dir, 1000)?;
    if !second.is_empty() {
        check_second(&second, data_dir)?;
    }
    settings::set(tx, KEEP_KEY, &input.keep_days.to_string())?;
    settings::set(tx, SECOND_KEY, &second)?;
    get_settings(tx.conn())
}

fn check_second(second: &str, data_dir: Option<&Path>) -> AppResult<()> {
    let invalid = || AppError::invalid("secondDir", Reason::Invalid);
    let path = Path::new(second);
    if second.chars().any(char::is_control) || !path.is_absolute() || !path.is_dir() {
        return Err(invalid());
    }
    if let (Ok(folder), Some(Ok(data))) = (path.canonicalize(), data_dir.map(|d| d.canonicalize()))
    {
        if folder.starts_with(&data) {
            return Err(invalid());
        }
    }
    // Prove it is writable now rather than at tomorrow's backup.
    let target = path.join(super::SECOND_SUBDIR);
    let probe = target.join(".write-test");
    std::fs::create_dir_all(&target)
        .and_then(|()| std::fs::write(&probe, b"ok"))
        .and_then(|()| std::fs::remove_file(&probe))
        .map_err(|_| AppError::invalid("secondDir", Reason::Invalid))
}
