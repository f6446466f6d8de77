//! Access commands: signing in and out, locking, accounts and the audit trail.

use tauri::State;
use workstation_core::access::audit::{self, AuditCheck, AuditPage, AuditQuery};
use workstation_core::access::auth::SignInInput;
use workstation_core::access::operators::{
    self, FirstAdminInput, Operator, OperatorInput, PasswordChange,
};
use workstation_core::app::set_idle_lock_minutes;
use workstation_core::{AppResult, AppStatus};

use crate::commands::{on_core, with_session};
use crate::Shared;

#[tauri::command]
pub async fn create_first_admin(
    app: State<'_, Shared>,
    input: FirstAdminInput,
) -> AppResult<AppStatus> {
    on_core(&app, move |a| a.create_first_admin(&input)).await
}

#[tauri::command]
pub async fn sign_in(app: State<'_, Shared>, input: SignInInput) -> AppResult<AppStatus> {
    on_core(&app, move |a| a.sign_in(&input)).await
}

#[tauri::command]
pub async fn sign_out(app: State<'_, Shared>) -> AppResult<AppStatus> {
    on_core(&app, |a| a.sign_out()).await
}

#[tauri::command]
pub async fn lock_session(app: State<'_, Shared>) -> AppResult<AppStatus> {
    on_core(&app, |a| a.lock()).await
}

#[tauri::command]
pub async fn change_own_password(app: State<'_, Shared>, change: PasswordChange) -> AppResult<()> {
    with_session(&app, move |s| operators::change_password_by(s, &change)).await
}

#[tauri::command]
pub async fn set_idle_lock(app: State<'_, Shared>, minutes: u32) -> AppResult<u32> {
    with_session(&app, move |s| s.write(|tx| set_idle_lock_minutes(tx, minutes))).await
}

#[tauri::command]
pub async fn list_operators(app: State<'_, Shared>) -> AppResult<Vec<Operator>> {
    with_session(&app, |s| s.read(operators::list)).await
}

#[tauri::command]
pub async fn create_operator(app: State<'_, Shared>, input: OperatorInput) -> AppResult<Operator> {
    with_session(&app, move |s| s.write(|tx| operators::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_operator(
    app: State<'_, Shared>,
    id: i64,
    input: OperatorInput,
) -> AppResult<Operator> {
    on_core(&app, move |a| a.update_operator(id, &input)).await
}

#[tauri::command]
pub async fn archive_operator(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| operators::archive_by(s, id)).await
}

#[tauri::command]
pub async fn list_audit(app: State<'_, Shared>, query: AuditQuery) -> AppResult<AuditPage> {
    with_session(&app, move |s| s.read(|c| audit::list(c, &query))).await
}

#[tauri::command]
pub async fn verify_audit(app: State<'_, Shared>) -> AppResult<AuditCheck> {
    with_session(&app, |s| s.read(audit::verify)).await
}
