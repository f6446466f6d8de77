//! Backups: Settings' list, "back up now" and restore, and the start-up screen's restore.

use tauri::State;
use workstation_core::app::BackupDone;
use workstation_core::backup::{BackupInfo, BackupSettings, RestoreOutcome};
use workstation_core::AppResult;

use crate::commands::on_core;
use crate::Shared;

#[tauri::command]
pub async fn list_backups(app: State<'_, Shared>) -> AppResult<Vec<BackupInfo>> {
    on_core(&app, |a| a.list_backups()).await
}

#[tauri::command]
pub async fn backup_now(app: State<'_, Shared>) -> AppResult<BackupDone> {
    on_core(&app, |a| a.backup_now()).await
}

#[tauri::command]
pub async fn get_backup_settings(app: State<'_, Shared>) -> AppResult<BackupSettings> {
    on_core(&app, |a| a.backup_settings()).await
}

#[tauri::command]
pub async fn set_backup_settings(
    app: State<'_, Shared>,
    input: BackupSettings,
) -> AppResult<BackupSettings> {
    on_core(&app, move |a| a.set_backup_settings(&input)).await
}

#[tauri::command]
pub async fn restore_backup(app: State<'_, Shared>, path: String) -> AppResult<RestoreOutcome> {
    on_core(&app, move |a| a.restore_backup(&path)).await
}

#[tauri::command]
pub async fn startup_backups(app: State<'_, Shared>) -> AppResult<Vec<BackupInfo>> {
    on_core(&app, |a| a.startup_backups()).await
}

#[tauri::command]
pub async fn restore_at_startup(app: State<'_, Shared>, path: String) -> AppResult<RestoreOutcome> {
    on_core(&app, move |a| a.restore_at_startup(&path)).await
}
