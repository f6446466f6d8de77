//! Duty commands: one-line adapters to `workstation_core::duty`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::duty::attendance::{self, Attendance};
use workstation_core::duty::changes::{self, DutyChange};
use workstation_core::duty::rules::{self, DutyRuleInput, DutyRuleView};
use workstation_core::duty::schedule::Holiday;
use workstation_core::duty::view::{self, DutyNow, DutySchedule, ProblemView};
use workstation_core::duty::{self, calendar, parse_date};
use workstation_core::AppResult;

use crate::commands::with_session;
use crate::Shared;

#[tauri::command]
pub async fn list_duty_rules(app: State<'_, Shared>) -> AppResult<Vec<DutyRuleView>> {
    with_session(&app, |s| s.read(rules::list)).await
}

#[tauri::command]
pub async fn create_duty_rule(
    app: State<'_, Shared>,
    input: DutyRuleInput,
) -> AppResult<DutyRuleView> {
    with_session(&app, move |s| s.write(|tx| rules::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_duty_rule(
    app: State<'_, Shared>,
    id: i64,
    input: DutyRuleInput,
) -> AppResult<DutyRuleView> {
    with_session(&app, move |s| s.write(|tx| rules::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_duty_rule(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| rules::archive(tx, id))).await
}

#[tauri::command]
pub async fn get_duty_schedule(
    app: State<'_, Shared>,
    from: String,
    to: String,
    community_id: Option<i64>,
    person_id: Option<i64>,
) -> AppResult<DutySchedule> {
    with_session(&app, move |s| {
        let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
        s.read(|c| view::schedule(c, from, to, community_id, person_id))
    })
    .await
}

#[tauri::command]
pub async fn check_duty_change(
    app: State<'_, Shared>,
    change: DutyChange,
) -> AppResult<Vec<ProblemView>> {
    with_session(&app, move |s| changes::check(s, &change)).await
}

#[tauri::command]
pub async fn apply_duty_change(app: State<'_, Shared>, change: DutyChange) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| changes::apply(tx, &change))).await
}

#[tauri::command]
pub async fn archive_duty_override(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| changes::archive_override(tx, id))).await
}

#[tauri::command]
pub async fn archive_leave(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| changes::archive_leave(tx, id))).await
}

#[tauri::command]
pub async fn mark_attendance(app: State<'_, Shared>, input: Attendance) -> AppResult<Attendance> {
    with_session(&app, move |s| attendance::mark_by(s, &input)).await
}

#[tauri::command]
pub async fn list_holidays(app: State<'_, Shared>, year: i32) -> AppResult<Vec<Holiday>> {
    with_session(&app, move |s| s.read(|c| calendar::year(c, year))).await
}

#[tauri::command]
pub async fn set_holiday(app: State<'_, Shared>, holiday: Holiday) -> AppResult<Vec<Holiday>> {
    with_session(&app, move |s| s.write(|tx| calendar::set(tx, &holiday))).await
}

#[tauri::command]
pub async fn remove_holiday(app: State<'_, Shared>, date: String) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| calendar::remove(tx, &date))).await
}

#[tauri::command]
pub async fn export_duty(
    app: State<'_, Shared>,
    path: PathBuf,
    from: String,
    to: String,
    person_id: Option<i64>,
) -> AppResult<u32> {
    with_session(&app, move |s| {
        let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
        duty::export_file(s, &path, from, to, person_id)
    })
    .await
}

#[tauri::command]
pub async fn duty_now(app: State<'_, Shared>) -> AppResult<DutyNow> {
    with_session(&app, |s| s.read(|c| view::now(c, chrono::Local::now().naive_local()))).await
}
