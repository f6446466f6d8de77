//! Front-desk commands: one-line adapters to `workstation_core::frontdesk`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::cases::model::CaseInput;
use workstation_core::frontdesk::model::{
    TodayBoard, Visit, VisitContact, VisitInput, VisitPage, VisitQuery, Worklog, WorklogInput,
};
use workstation_core::frontdesk::reminders::{self, ReminderSettings};
use workstation_core::frontdesk::{export, handoff, today, visits};
use workstation_core::AppResult;

use crate::commands::with_session;
use crate::Shared;

#[tauri::command]
pub async fn today_board(app: State<'_, Shared>) -> AppResult<TodayBoard> {
    with_session(&app, |s| today::board(s, crate::commands::today())).await
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

#[tauri::command]
pub async fn get_reminders(app: State<'_, Shared>) -> AppResult<ReminderSettings> {
    with_session(&app, reminders::settings).await
}

#[tauri::command]
pub async fn set_reminders(
    app: State<'_, Shared>,
    input: ReminderSettings,
) -> AppResult<ReminderSettings> {
    with_session(&app, move |s| reminders::set_settings(s, &input)).await
}

/// Every minute, shows what became due as desktop notifications. It asks only while someone is
/// signed in and the window is not locked (a notification names a case), and a failed check or
/// a desktop without a notification service only costs a log line.
pub fn spawn_reminders<R: tauri::Runtime>(handle: tauri::AppHandle<R>, core: Shared) {
    use tauri_plugin_notification::NotificationExt;
    std::thread::spawn(move || {
        let mut since = chrono::Local::now().naive_local() - chrono::Duration::minutes(1);
        loop {
            std::thread::sleep(std::time::Duration::from_secs(60));
            let now = chrono::Local::now().naive_local();
            let Ok(session) = core.session() else {
                since = now; // nothing piles up while nobody is signed in
                continue;
            };
            match reminders::due(&session, since, now) {
                Ok(list) => {
                    for r in list {
                        let shown =
                            handle.notification().builder().title(&r.title).body(&r.body).show();
                        if let Err(e) = shown {
                            tracing::warn!(error = %e, "a reminder could not be shown");
                        }
                    }
                }
                Err(e) => tracing::warn!(error = %e, "reminders could not be checked"),
            }
            since = now;
        }
    });
}
