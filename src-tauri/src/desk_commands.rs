//! Front-desk commands: one-line adapters to `workstation_core::frontdesk`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::cases::model::CaseInput;
use workstation_core::frontdesk::model::{
    TodayBoard, Visit, VisitContact, VisitInput, VisitPage, VisitQuery, Worklog, WorklogInput,
};
use workstation_core::frontdesk::{export, handoff, today, visits};
use workstation_core::AppResult;

use crate::commands::with_session;
use crate::Shared;

fn today_date() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub async fn today_board(app: State<'_, Shared>) -> AppResult<TodayBoard> {
    with_session(&app, |s| today::board(s, today_date())).await
}

#[tauri::command]
pub async fn list_visits(app: State<'_, Shared>, query: VisitQuery) -> AppResult<VisitPage> {
    with_session(&app, move |s| visits::list(s, &query)).await
}

#[tauri::command]
pub async fn get_visit(app: State<'_, Shared>, id: i64) -> AppResult<Visit> {
    with_session(&app, move |s| visits::get(s, id)).await
}

#[tauri::command]
pub async fn create_visit(app: State<'_, Shared>, input: VisitInput) -> AppResult<i64> {
    with_session(&app, move |s| visits::create(s, &input)).await
}

#[tauri::command]
pub async fn archive_visit(app: State<'_, Shared>, id: i64, reason: String) -> AppResult<()> {
    with_session(&app, move |s| visits::archive(s, id, &reason)).await
}

#[tauri::command]
pub async fn case_from_visit(
    app: State<'_, Shared>,
    visit_id: i64,
    input: CaseInput,
) -> AppResult<i64> {
    with_session(&app, move |s| visits::to_case(s, visit_id, &input)).await
}

#[tauri::command]
pub async fn reveal_visit_contact(app: State<'_, Shared>, id: i64) -> AppResult<VisitContact> {
    with_session(&app, move |s| visits::reveal_contact(s, id)).await
}

#[tauri::command]
pub async fn export_visits(
    app: State<'_, Shared>,
    path: PathBuf,
    from: String,
    to: String,
    full_contacts: bool,
) -> AppResult<u32> {
    with_session(&app, move |s| export::visits_file(s, &path, &from, &to, full_contacts)).await
}

#[tauri::command]
pub async fn get_worklog(app: State<'_, Shared>, day: String) -> AppResult<Worklog> {
    with_session(&app, move |s| handoff::get(s, &day)).await
}

#[tauri::command]
pub async fn save_worklog(app: State<'_, Shared>, input: WorklogInput) -> AppResult<Worklog> {
    with_session(&app, move |s| handoff::save(s, &input)).await
}

#[tauri::command]
pub async fn sign_worklog(app: State<'_, Shared>, input: WorklogInput) -> AppResult<Worklog> {
    with_session(&app, move |s| handoff::sign(s, &input)).await
}

#[tauri::command]
pub async fn export_worklog(
    app: State<'_, Shared>,
    path: PathBuf,
    from: String,
    to: String,
) -> AppResult<u32> {
    with_session(&app, move |s| export::worklog_file(s, &path, &from, &to)).await
}
