//! Coordination-meeting commands: one-line adapters to `workstation_core::meetings`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::meetings::model::{
    ActionQuery, Attendee, AttendeeInput, Estate, EstateInput, ItemInput, Meeting, MeetingDetail,
    MeetingInput, Outcome, OutcomeInput, Party, PartyInput, PullCasesInput,
};
use workstation_core::meetings::{export, meeting, outcomes, parties};
use workstation_core::AppResult;

use crate::commands::with_session;
use crate::Shared;

#[tauri::command]
pub async fn list_parties(app: State<'_, Shared>) -> AppResult<Vec<Party>> {
    with_session(&app, |s| s.read(parties::list_parties)).await
}

#[tauri::command]
pub async fn list_estates(app: State<'_, Shared>) -> AppResult<Vec<Estate>> {
    with_session(&app, |s| s.read(parties::list_estates)).await
}

#[tauri::command]
pub async fn save_party(
    app: State<'_, Shared>,
    id: Option<i64>,
    input: PartyInput,
) -> AppResult<Party> {
    with_session(&app, move |s| s.write(|tx| parties::save_party(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_party(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| parties::archive(tx, "party", id))).await
}

#[tauri::command]
pub async fn save_estate(
    app: State<'_, Shared>,
    id: Option<i64>,
    input: EstateInput,
) -> AppResult<Estate> {
    with_session(&app, move |s| s.write(|tx| parties::save_estate(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_estate(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| parties::archive(tx, "estate", id))).await
}

#[tauri::command]
pub async fn list_meetings(app: State<'_, Shared>) -> AppResult<Vec<Meeting>> {
    with_session(&app, |s| s.read(|c| meeting::list(c, s.caller()))).await
}

#[tauri::command]
pub async fn get_meeting(app: State<'_, Shared>, id: i64) -> AppResult<MeetingDetail> {
    with_session(&app, move |s| s.read(|c| meeting::detail(c, s.caller(), id))).await
}

#[tauri::command]
pub async fn create_meeting(app: State<'_, Shared>, input: MeetingInput) -> AppResult<Meeting> {
    with_session(&app, move |s| s.write(|tx| meeting::create(tx, &input))).await
}

#[tauri::command]
pub async fn add_attendee(app: State<'_, Shared>, input: AttendeeInput) -> AppResult<Attendee> {
    with_session(&app, move |s| s.write(|tx| meeting::add_attendee(tx, &input))).await
}

#[tauri::command]
pub async fn remove_attendee(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| meeting::remove_attendee(tx, id))).await
}

#[tauri::command]
pub async fn add_agenda_item(app: State<'_, Shared>, input: ItemInput) -> AppResult<i64> {
    with_session(&app, move |s| s.write(|tx| meeting::add_item(tx, &input))).await
}

#[tauri::command]
pub async fn pull_cases(app: State<'_, Shared>, input: PullCasesInput) -> AppResult<usize> {
    with_session(&app, move |s| s.write(|tx| meeting::pull_cases(tx, &input))).await
}

#[tauri::command]
pub async fn set_item_notes(app: State<'_, Shared>, item_id: i64, notes: String) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| meeting::set_notes(tx, item_id, &notes))).await
}

#[tauri::command]
pub async fn add_outcome(app: State<'_, Shared>, input: OutcomeInput) -> AppResult<Outcome> {
    with_session(&app, move |s| outcomes::add_as(s, &input)).await
}

#[tauri::command]
pub async fn amend_meeting(app: State<'_, Shared>, input: OutcomeInput) -> AppResult<Outcome> {
    with_session(&app, move |s| s.write(|tx| outcomes::amend(tx, &input))).await
}

#[tauri::command]
pub async fn close_meeting(app: State<'_, Shared>, id: i64) -> AppResult<Meeting> {
    with_session(&app, move |s| s.write(|tx| meeting::close(tx, id))).await
}

#[tauri::command]
pub async fn list_actions(app: State<'_, Shared>, query: ActionQuery) -> AppResult<Vec<Outcome>> {
    with_session(&app, move |s| s.read(|c| outcomes::actions(c, s.caller(), &query))).await
}

#[tauri::command]
pub async fn mark_action_done(app: State<'_, Shared>, id: i64, note: String) -> AppResult<Outcome> {
    with_session(&app, move |s| outcomes::mark_done_as(s, id, &note)).await
}

#[tauri::command]
pub async fn export_minutes(
    app: State<'_, Shared>,
    path: PathBuf,
    from: String,
    to: String,
) -> AppResult<u32> {
    with_session(&app, move |s| export::minutes_file(s, &path, &from, &to)).await
}

#[tauri::command]
pub async fn export_actions(app: State<'_, Shared>, path: PathBuf) -> AppResult<u32> {
    with_session(&app, move |s| export::actions_file(s, &path)).await
}

#[tauri::command]
pub async fn set_case_estate(
    app: State<'_, Shared>,
    case_id: i64,
    estate_id: Option<i64>,
) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| parties::set_case_estate(tx, case_id, estate_id)))
        .await
}
