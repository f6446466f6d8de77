//! The Tauri shell: parses the command line, then either runs a CLI command or opens the window.
//! Everything it does is delegated to `workstation-core`; this crate only adapts.

mod access_commands;
mod backup_commands;
mod case_commands;
mod cli;
mod commands;
mod desk_commands;
mod duty_commands;
mod integrity;
mod meeting_commands;
mod roster_commands;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use tauri::Manager;
use workstation_core::App;

/// The state every command receives: the core app behind an `Arc`, so blocking work can own it.
pub type Shared = Arc<App>;

/// Entry point of the binary: returns the process exit code.
pub fn main() -> i32 {
    prefer_software_drawing();
    let args = cli::Args::parse();
    // The CLI prints its own results; only warnings and errors go to stderr there.
    init_logging(if args.command.is_some() { "warn" } else { "info" });
    let dir = args.data_dir.clone().unwrap_or_else(workstation_core::db::default_data_dir);
    match args.command {
        Some(command) => cli::run(&dir, command),
        None => {
            run(dir);
            0
        }
    }
}

/// WebKitGTK draws through OpenGL by default; with no GPU (an old desk PC, a VM, Xvfb) that is
/// Mesa's software rasteriser, which repainted the whole window for every blink of a text caret:
/// 35 % of a core while the sign-in screen sat idle, against 2 % drawing without it. Start-up and
/// memory improve too (docs/PERFORMANCE.md). The UI runs antd with motion off (ui/src/antdTheme.json),
/// so nothing animates. A user who wants the default sets WEBKIT_DISABLE_COMPOSITING_MODE=0,
/// which WebKit reads as "enabled"; the e2e suite does (tests/e2e/harness.mjs says why).
fn prefer_software_drawing() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // Before any thread starts: nothing else reads or writes the environment yet.
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

fn init_logging(default_level: &str) {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

/// Opens the window over the store in `dir`.
pub fn run(dir: PathBuf) {
    let core = Arc::new(App::open_window(&dir));
    let reminders = Arc::clone(&core);
    let checked = Arc::clone(&core);
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            desk_commands::spawn_reminders(app.handle().clone(), reminders);
            integrity::spawn_check(app.handle().clone(), checked);
            Ok(())
        })
        // A second copy of the app focuses the first instead of opening the store twice.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.set_focus();
            }
        }));
    if let Err(e) = build_app(builder, core).run(tauri::generate_context!()) {
        tracing::error!(error = %e, "the window could not be started");
        eprintln!("error: the window could not be started: {e}");
        std::process::exit(1);
    }
}

/// Everything but the runtime-specific plugins, so tests can pass `tauri::test::mock_builder()`.
pub fn build_app<R: tauri::Runtime>(builder: tauri::Builder<R>, core: Shared) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(Arc::clone(&core))
        .invoke_handler(authorized(
            core,
            tauri::generate_handler![
                commands::app_status,
                commands::report_painted,
                access_commands::create_first_admin,
                access_commands::sign_in,
                access_commands::sign_out,
                access_commands::lock_session,
                access_commands::change_own_password,
                access_commands::set_idle_lock,
                access_commands::list_operators,
                access_commands::create_operator,
                access_commands::update_operator,
                access_commands::archive_operator,
                access_commands::list_audit,
                access_commands::verify_audit,
                commands::create_workstation,
                commands::create_demo_workstation,
                commands::get_workstation,
                commands::update_workstation,
                commands::add_community,
                commands::archive_community,
                commands::set_language,
                commands::get_stats,
                commands::open_data_folder,
                backup_commands::list_backups,
                backup_commands::backup_now,
                backup_commands::get_backup_settings,
                backup_commands::set_backup_settings,
                backup_commands::restore_backup,
                backup_commands::startup_backups,
                backup_commands::restore_at_startup,
                commands::list_saved_filters,
                commands::save_filter,
                commands::archive_saved_filter,
                roster_commands::get_roster,
                roster_commands::get_roster_counts,
                roster_commands::create_grid,
                roster_commands::update_grid,
                roster_commands::archive_grid,
                roster_commands::set_grid_map,
                roster_commands::list_roles,
                roster_commands::create_role,
                roster_commands::update_role,
                roster_commands::archive_role,
                roster_commands::search_people,
                roster_commands::get_person,
                roster_commands::create_person,
                roster_commands::update_person,
                roster_commands::archive_person,
                roster_commands::set_person_photo,
                roster_commands::create_assignment,
                roster_commands::update_assignment,
                roster_commands::archive_assignment,
                roster_commands::get_image,
                roster_commands::get_board,
                roster_commands::get_board_texts,
                roster_commands::set_board_texts,
                roster_commands::preview_roster_import,
                roster_commands::apply_roster_import,
                roster_commands::export_roster,
                duty_commands::list_duty_rules,
                duty_commands::create_duty_rule,
                duty_commands::update_duty_rule,
                duty_commands::archive_duty_rule,
                duty_commands::get_duty_schedule,
                duty_commands::check_duty_change,
                duty_commands::apply_duty_change,
                duty_commands::archive_duty_override,
                duty_commands::archive_leave,
                duty_commands::mark_attendance,
                duty_commands::list_holidays,
                duty_commands::set_holiday,
                duty_commands::remove_holiday,
                duty_commands::export_duty,
                duty_commands::duty_now,
                case_commands::list_case_categories,
                case_commands::create_case_category,
                case_commands::update_case_category,
                case_commands::archive_case_category,
                case_commands::suggest_case_duplicates,
                case_commands::create_case,
                case_commands::get_case,
                case_commands::get_case_photo,
                case_commands::open_case_document,
                case_commands::list_cases,
                case_commands::apply_case_step,
                case_commands::reveal_case_contact,
                case_commands::export_cases,
                desk_commands::today_board,
                desk_commands::list_visits,
                desk_commands::get_visit,
                desk_commands::create_visit,
                desk_commands::archive_visit,
                desk_commands::case_from_visit,
                desk_commands::reveal_visit_contact,
                desk_commands::export_visits,
                desk_commands::get_worklog,
                desk_commands::save_worklog,
                desk_commands::sign_worklog,
                desk_commands::export_worklog,
                desk_commands::get_reminders,
                desk_commands::set_reminders,
                meeting_commands::list_parties,
                meeting_commands::list_estates,
                meeting_commands::save_party,
                meeting_commands::archive_party,
                meeting_commands::save_estate,
                meeting_commands::archive_estate,
                meeting_commands::list_meetings,
                meeting_commands::get_meeting,
                meeting_commands::create_meeting,
                meeting_commands::add_attendee,
                meeting_commands::remove_attendee,
                meeting_commands::add_agenda_item,
                meeting_commands::pull_cases,
                meeting_commands::set_item_notes,
                meeting_commands::add_outcome,
                meeting_commands::amend_meeting,
                meeting_commands::close_meeting,
                meeting_commands::list_actions,
                meeting_commands::mark_action_done,
                meeting_commands::export_minutes,
                meeting_commands::export_actions,
                meeting_commands::set_case_estate,
            ],
        ))
}

/// Puts the core's permission check in front of every command, before its arguments are read:
/// a command the current operator may not run, or one nobody decided on, never starts.
fn authorized<R: tauri::Runtime>(
    core: Shared,
    handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke| match core.authorize(invoke.message.command()) {
        Ok(()) => handler(invoke),
        Err(e) => {
            tracing::warn!(command = invoke.message.command(), code = e.code.as_str(), "refused");
            invoke.resolver.reject(e);
            true
        }
    }
}

#[cfg(test)]
mod hostile_tests;
#[cfg(test)]
mod tests;
