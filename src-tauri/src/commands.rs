//! Tauri commands: one-line adapters from the bridge to the core. Each runs its database work
//! on a blocking thread (never the main thread) through `with_session`, the one place that
//! knows the current operator.

use tauri::State;
use workstation_core::health::{self, Stats};
use workstation_core::saved_filters::{self, SavedFilter, SavedFilterInput};
use workstation_core::settings::{self, Language};
use workstation_core::workstation::{self, Workstation, WorkstationInput, WorkstationProfile};
use workstation_core::{demo, App, AppError, AppResult, AppStatus, Session};

use crate::Shared;

/// Runs `f` on a blocking thread, so SQLite never runs on the main (window) thread.
pub(crate) async fn on_core<T: Send + 'static>(
    app: &State<'_, Shared>,
    f: impl FnOnce(&App) -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    let app = Shared::clone(app);
    tauri::async_runtime::spawn_blocking(move || f(&app))
        .await
        .map_err(|e| AppError::internal(format!("background task failed: {e}")))?
}

/// Runs `f` with a session of the current operator (the permission seam lives in `Session`).
pub(crate) async fn with_session<T: Send + 'static>(
    app: &State<'_, Shared>,
    f: impl FnOnce(&Session) -> AppResult<T> + Send + 'static,
) -> AppResult<T> {
    on_core(app, move |a| f(&a.session()?)).await
}

/// Today on this PC's clock: the day gaps, terms and duties are judged against.
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub async fn app_status(app: State<'_, Shared>) -> AppResult<AppStatus> {
    on_core(&app, |a| Ok(a.status())).await
}

/// The page says its first data is on screen. Only for measuring start-up (`tests/bench/
/// startup.mjs` sets CW_REPORT_PAINT): the line on stdout is the moment the harness times.
#[tauri::command]
pub async fn report_painted() -> AppResult<()> {
    if std::env::var_os("CW_REPORT_PAINT").is_some() {
        println!("first data painted");
    }
    Ok(())
}

#[tauri::command]
pub async fn create_workstation(
    app: State<'_, Shared>,
    input: WorkstationInput,
) -> AppResult<Workstation> {
    with_session(&app, move |s| s.write(|tx| workstation::create(tx, &input, false))).await
}

#[tauri::command]
pub async fn create_demo_workstation(app: State<'_, Shared>) -> AppResult<Workstation> {
    with_session(&app, |s| demo::create(s).map(|(_, ws)| ws)).await
}

#[tauri::command]
pub async fn get_workstation(app: State<'_, Shared>) -> AppResult<Workstation> {
    with_session(&app, |s| s.read(workstation::get)).await
}

#[tauri::command]
pub async fn update_workstation(
    app: State<'_, Shared>,
    input: WorkstationProfile,
) -> AppResult<Workstation> {
    with_session(&app, move |s| s.write(|tx| workstation::update_profile(tx, &input))).await
}

#[tauri::command]
pub async fn add_community(app: State<'_, Shared>, name: String) -> AppResult<Workstation> {
    with_session(&app, move |s| s.write(|tx| workstation::add_community(tx, &name))).await
}

#[tauri::command]
pub async fn archive_community(app: State<'_, Shared>, id: i64) -> AppResult<Workstation> {
    with_session(&app, move |s| s.write(|tx| workstation::archive_community(tx, id))).await
}

#[tauri::command]
pub async fn set_language(app: State<'_, Shared>, language: Language) -> AppResult<Language> {
    with_session(&app, move |s| s.write(|tx| settings::set_language(tx, language))).await
}

#[tauri::command]
pub async fn get_stats(app: State<'_, Shared>) -> AppResult<Stats> {
    with_session(&app, |s| s.read(health::stats)).await
}

#[tauri::command]
pub async fn open_data_folder(app: State<'_, Shared>) -> AppResult<()> {
    let dir = app.dir().to_path_buf();
    tauri_plugin_opener::open_path(&dir, None::<&str>)
        .map_err(|e| AppError::internal(format!("could not open {}: {e}", dir.display())))
}

#[tauri::command]
pub async fn list_saved_filters(
    app: State<'_, Shared>,
    area: String,
) -> AppResult<Vec<SavedFilter>> {
    with_session(&app, move |s| saved_filters::list(s, &area)).await
}

#[tauri::command]
pub async fn save_filter(
    app: State<'_, Shared>,
    input: SavedFilterInput,
) -> AppResult<SavedFilter> {
    with_session(&app, move |s| saved_filters::save(s, &input)).await
}

#[tauri::command]
pub async fn archive_saved_filter(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| saved_filters::archive(s, id)).await
}
