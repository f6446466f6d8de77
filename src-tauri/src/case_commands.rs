//! Case register commands: one-line adapters to `workstation_core::cases`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::cases::categories::{self, Category, CategoryInput};
use workstation_core::cases::list::{self, CasePage, CaseQuery};
use workstation_core::cases::model::{CaseDetail, CaseInput, CaseLink, StepInput};
use workstation_core::cases::read::{self, Contact};
use workstation_core::cases::workflow::CaseStatus;
use workstation_core::cases::{export, intake, steps};
use workstation_core::AppResult;

use crate::commands::with_session;
use crate::Shared;

#[tauri::command]
pub async fn list_case_categories(app: State<'_, Shared>) -> AppResult<Vec<Category>> {
    with_session(&app, |s| s.read(categories::list)).await
}

#[tauri::command]
pub async fn create_case_category(
    app: State<'_, Shared>,
    input: CategoryInput,
) -> AppResult<Category> {
    with_session(&app, move |s| s.write(|tx| categories::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_case_category(
    app: State<'_, Shared>,
    id: i64,
    input: CategoryInput,
) -> AppResult<Category> {
    with_session(&app, move |s| s.write(|tx| categories::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_case_category(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| categories::archive(tx, id))).await
}

#[tauri::command]
pub async fn suggest_case_duplicates(
    app: State<'_, Shared>,
    input: CaseInput,
) -> AppResult<Vec<CaseLink>> {
    with_session(&app, move |s| s.read(|c| intake::duplicates(c, &input))).await
}

#[tauri::command]
pub async fn create_case(app: State<'_, Shared>, input: CaseInput) -> AppResult<i64> {
    with_session(&app, move |s| intake::create(s, &input)).await
}

#[tauri::command]
pub async fn get_case(app: State<'_, Shared>, id: i64) -> AppResult<CaseDetail> {
    with_session(&app, move |s| read::get(s, id)).await
}

#[tauri::command]
pub async fn get_case_photo(
    app: State<'_, Shared>,
    case_id: i64,
    name: String,
) -> AppResult<String> {
    with_session(&app, move |s| read::photo(s, case_id, &name)).await
}

/// Opens a case's document with the desktop's program for its kind (a PDF reader, Word...).
#[tauri::command]
pub async fn open_case_document(
    app: State<'_, Shared>,
    case_id: i64,
    name: String,
) -> AppResult<()> {
    let path = with_session(&app, move |s| read::document_path(s, case_id, &name)).await?;
    tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| {
        workstation_core::AppError::internal(format!("could not open {}: {e}", path.display()))
    })
}

#[tauri::command]
pub async fn list_cases(app: State<'_, Shared>, query: CaseQuery) -> AppResult<CasePage> {
    with_session(&app, move |s| list::list(s, &query)).await
}

#[tauri::command]
pub async fn apply_case_step(app: State<'_, Shared>, input: StepInput) -> AppResult<CaseStatus> {
    with_session(&app, move |s| steps::apply(s, &input)).await
}

#[tauri::command]
pub async fn reveal_case_contact(app: State<'_, Shared>, id: i64) -> AppResult<Contact> {
    with_session(&app, move |s| read::reveal_contact(s, id)).await
}

#[tauri::command]
pub async fn export_cases(
    app: State<'_, Shared>,
    path: PathBuf,
    from: String,
    to: String,
    full_contacts: bool,
) -> AppResult<u32> {
    with_session(&app, move |s| export::export_path(s, &path, &from, &to, full_contacts)).await
}
