//! Roster commands: one-line adapters to `workstation_core::roster`.

use std::path::PathBuf;

use tauri::State;
use workstation_core::attachments::{self, ImageUpload};
use workstation_core::roster::assignments::{self, Assignment, AssignmentInput, PersonDetail};
use workstation_core::roster::board::{self, BoardTexts, WallBoard};
use workstation_core::roster::counts::{self, RosterCounts};
use workstation_core::roster::grids::{self, Grid, GridInput};
use workstation_core::roster::import::{self, ImportPreview};
use workstation_core::roster::people::{self, Person, PersonInput};
use workstation_core::roster::roles::{self, Role, RoleInput};
use workstation_core::roster::view::{self, Roster, RosterQuery};
use workstation_core::roster::{self as core_roster, sheet::SheetFormat};
use workstation_core::AppResult;

use crate::commands::{on_core, today, with_session};
use crate::Shared;

#[tauri::command]
pub async fn get_roster(app: State<'_, Shared>, query: RosterQuery) -> AppResult<Roster> {
    with_session(&app, move |s| s.read(|c| view::roster(c, &query, today()))).await
}

#[tauri::command]
pub async fn get_roster_counts(app: State<'_, Shared>) -> AppResult<RosterCounts> {
    with_session(&app, move |s| s.read(|c| counts::counts(c, today()))).await
}

#[tauri::command]
pub async fn create_grid(app: State<'_, Shared>, input: GridInput) -> AppResult<Grid> {
    with_session(&app, move |s| s.write(|tx| grids::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_grid(app: State<'_, Shared>, id: i64, input: GridInput) -> AppResult<Grid> {
    with_session(&app, move |s| s.write(|tx| grids::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_grid(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| grids::archive(tx, id))).await
}

#[tauri::command]
pub async fn set_grid_map(
    app: State<'_, Shared>,
    id: i64,
    image: Option<ImageUpload>,
) -> AppResult<Grid> {
    with_session(&app, move |s| core_roster::set_grid_map(s, id, image.as_ref())).await
}

#[tauri::command]
pub async fn list_roles(app: State<'_, Shared>) -> AppResult<Vec<Role>> {
    with_session(&app, |s| s.read(roles::list)).await
}

#[tauri::command]
pub async fn create_role(app: State<'_, Shared>, input: RoleInput) -> AppResult<Role> {
    with_session(&app, move |s| s.write(|tx| roles::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_role(app: State<'_, Shared>, id: i64, input: RoleInput) -> AppResult<Role> {
    with_session(&app, move |s| s.write(|tx| roles::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_role(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| roles::archive(tx, id))).await
}

#[tauri::command]
pub async fn search_people(app: State<'_, Shared>, text: String) -> AppResult<Vec<Person>> {
    with_session(&app, move |s| s.read(|c| people::search(c, &text, 50))).await
}

#[tauri::command]
pub async fn get_person(app: State<'_, Shared>, id: i64) -> AppResult<PersonDetail> {
    with_session(&app, move |s| s.read(|c| assignments::person_detail(c, id))).await
}

#[tauri::command]
pub async fn create_person(app: State<'_, Shared>, input: PersonInput) -> AppResult<Person> {
    with_session(&app, move |s| s.write(|tx| people::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_person(
    app: State<'_, Shared>,
    id: i64,
    input: PersonInput,
) -> AppResult<Person> {
    with_session(&app, move |s| s.write(|tx| people::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_person(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| people::archive(tx, id))).await
}

#[tauri::command]
pub async fn set_person_photo(
    app: State<'_, Shared>,
    id: i64,
    image: Option<ImageUpload>,
) -> AppResult<Person> {
    with_session(&app, move |s| core_roster::set_person_photo(s, id, image.as_ref())).await
}

#[tauri::command]
pub async fn create_assignment(
    app: State<'_, Shared>,
    input: AssignmentInput,
) -> AppResult<Assignment> {
    with_session(&app, move |s| s.write(|tx| assignments::create(tx, &input))).await
}

#[tauri::command]
pub async fn update_assignment(
    app: State<'_, Shared>,
    id: i64,
    input: AssignmentInput,
) -> AppResult<Assignment> {
    with_session(&app, move |s| s.write(|tx| assignments::update(tx, id, &input))).await
}

#[tauri::command]
pub async fn archive_assignment(app: State<'_, Shared>, id: i64) -> AppResult<()> {
    with_session(&app, move |s| s.write(|tx| assignments::archive(tx, id))).await
}

#[tauri::command]
pub async fn get_image(app: State<'_, Shared>, name: String) -> AppResult<String> {
    on_core(&app, move |a| attachments::data_url(a.dir(), &name)).await
}

#[tauri::command]
pub async fn get_board(app: State<'_, Shared>, community_id: i64) -> AppResult<WallBoard> {
    with_session(&app, move |s| s.read(|c| board::board(c, community_id, today()))).await
}

#[tauri::command]
pub async fn get_board_texts(app: State<'_, Shared>) -> AppResult<BoardTexts> {
    with_session(&app, |s| s.read(board::texts)).await
}

#[tauri::command]
pub async fn set_board_texts(app: State<'_, Shared>, texts: BoardTexts) -> AppResult<BoardTexts> {
    with_session(&app, move |s| s.write(|tx| board::set_texts(tx, &texts))).await
}

#[tauri::command]
pub async fn preview_roster_import(
    app: State<'_, Shared>,
    path: PathBuf,
) -> AppResult<ImportPreview> {
    with_session(&app, move |s| import::preview_file(s, &path, today())).await
}

#[tauri::command]
pub async fn apply_roster_import(
    app: State<'_, Shared>,
    path: PathBuf,
) -> AppResult<ImportPreview> {
    with_session(&app, move |s| import::apply_file(s, &path, today())).await
}

#[tauri::command]
pub async fn export_roster(app: State<'_, Shared>, path: PathBuf) -> AppResult<u32> {
    with_session(&app, move |s| import::export_file(s, &path, SheetFormat::from_path(&path)?)).await
}
