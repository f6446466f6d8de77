//! Every command of the bridge and the permission it needs. The bridge refuses a command that
//! is not listed here, and a test calls every bridge command as every role against this table,
//! so a new command cannot ship without a permission decision.

use super::roles::Perm;

pub const COMMANDS: &[(&str, Perm)] = &[
    // Start-up and the session.
    ("app_status", Perm::Public),
    // Start-up timing only; writes nothing (see the shell's commands::report_painted).
    ("report_painted", Perm::Public),
    ("create_first_admin", Perm::Public),
    ("sign_in", Perm::Public),
    // Only while the store cannot be opened (checked in the core): nobody can sign in then.
    ("startup_backups", Perm::Public),
    ("restore_at_startup", Perm::Public),
    ("sign_out", Perm::Signed),
    ("lock_session", Perm::Signed),
    ("change_own_password", Perm::Signed),
    ("set_language", Perm::Signed),
    ("get_workstation", Perm::Signed),
    // Workstation settings and administration.
    ("create_workstation", Perm::Admin),
    ("create_demo_workstation", Perm::Admin),
    ("update_workstation", Perm::Admin),
    ("add_community", Perm::Admin),
    ("archive_community", Perm::Admin),
    ("get_stats", Perm::Admin),
    ("open_data_folder", Perm::Admin),
    ("list_backups", Perm::Admin),
    ("backup_now", Perm::Admin),
    ("get_backup_settings", Perm::Admin),
    ("set_backup_settings", Perm::Admin),
    ("restore_backup", Perm::Admin),
    ("set_idle_lock", Perm::Admin),
    ("list_operators", Perm::Admin),
    ("create_operator", Perm::Admin),
    ("update_operator", Perm::Admin),
    ("archive_operator", Perm::Admin),
    ("list_audit", Perm::Admin),
    ("verify_audit", Perm::Admin),
    ("set_board_texts", Perm::Admin),
    ("set_holiday", Perm::Admin),
    ("remove_holiday", Perm::Admin),
    // Roster.
    ("get_roster", Perm::RosterView),
    ("get_roster_counts", Perm::RosterView),
    ("list_roles", Perm::RosterView),
    ("search_people", Perm::RosterView),
    ("get_person", Perm::RosterView),
    ("get_image", Perm::RosterView),
    ("get_board", Perm::RosterView),
    ("get_board_texts", Perm::RosterView),
    ("export_roster", Perm::RosterView),
    ("create_grid", Perm::RosterEdit),
    ("update_grid", Perm::RosterEdit),
    ("archive_grid", Perm::RosterEdit),
    ("set_grid_map", Perm::RosterEdit),
    ("create_role", Perm::RosterEdit),
    ("update_role", Perm::RosterEdit),
    ("archive_role", Perm::RosterEdit),
    ("create_person", Perm::RosterEdit),
    ("update_person", Perm::RosterEdit),
    ("archive_person", Perm::RosterEdit),
    ("set_person_photo", Perm::RosterEdit),
    ("create_assignment", Perm::RosterEdit),
    ("update_assignment", Perm::RosterEdit),
    ("archive_assignment", Perm::RosterEdit),
    ("preview_roster_import", Perm::RosterEdit),
    ("apply_roster_import", Perm::RosterEdit),
    // Duty.
    ("list_duty_rules", Perm::DutyView),
    ("get_duty_schedule", Perm::DutyView),
    ("export_duty", Perm::DutyView),
    ("duty_now", Perm::DutyView),
    ("list_holidays", Perm::DutyView),
    ("create_duty_rule", Perm::DutyEdit),
    ("update_duty_rule", Perm::DutyEdit),
    ("archive_duty_rule", Perm::DutyEdit),
    ("check_duty_change", Perm::DutyEdit),
    ("apply_duty_change", Perm::DutyEdit),
    ("archive_duty_override", Perm::DutyEdit),
    ("archive_leave", Perm::DutyEdit),
    ("mark_attendance", Perm::DutyAttend),
    // Cases. Reach (a property manager's communities, an officer's cases) is checked in the core.
    ("list_case_categories", Perm::CaseView),
    ("get_case", Perm::CaseView),
    ("get_case_photo", Perm::CaseView),
    ("open_case_document", Perm::CaseView),
    ("list_cases", Perm::CaseView),
    ("export_cases", Perm::CaseView),
    ("suggest_case_duplicates", Perm::CaseIntake),
    ("create_case", Perm::CaseIntake),
    ("apply_case_step", Perm::CaseWork),
    ("reveal_case_contact", Perm::PersonalData),
    ("create_case_category", Perm::Admin),
    ("update_case_category", Perm::Admin),
    ("archive_case_category", Perm::Admin),
    // The front desk. Today shows visits only to roles that may read them (checked in the core).
    ("today_board", Perm::CaseView),
    ("list_visits", Perm::VisitView),
    ("get_visit", Perm::VisitView),
    ("create_visit", Perm::VisitLog),
    ("archive_visit", Perm::VisitLog),
    ("case_from_visit", Perm::CaseIntake),
    ("reveal_visit_contact", Perm::PersonalData),
    ("export_visits", Perm::VisitView),
    ("get_worklog", Perm::VisitView),
    ("save_worklog", Perm::WorklogSign),
    ("sign_worklog", Perm::WorklogSign),
    ("export_worklog", Perm::VisitView),
    ("get_reminders", Perm::Signed),
    // Each operator's own saved list filters (scoped to the caller in the core).
    ("list_saved_filters", Perm::Signed),
    ("save_filter", Perm::Signed),
    ("archive_saved_filter", Perm::Signed),
    ("set_reminders", Perm::Admin),
    // Coordination meetings. Reach (a property manager's communities) is checked in the core.
    ("list_parties", Perm::MeetingView),
    ("list_estates", Perm::MeetingView),
    ("list_meetings", Perm::MeetingView),
    ("get_meeting", Perm::MeetingView),
    ("list_actions", Perm::MeetingView),
    ("export_minutes", Perm::MeetingView),
    ("export_actions", Perm::MeetingView),
    ("save_party", Perm::MeetingRun),
    ("archive_party", Perm::MeetingRun),
    ("save_estate", Perm::MeetingRun),
    ("archive_estate", Perm::MeetingRun),
    ("create_meeting", Perm::MeetingRun),
    ("add_attendee", Perm::MeetingRun),
    ("remove_attendee", Perm::MeetingRun),
    ("add_agenda_item", Perm::MeetingRun),
    ("pull_cases", Perm::MeetingRun),
    ("set_item_notes", Perm::MeetingRun),
    ("add_outcome", Perm::MeetingRun),
    ("amend_meeting", Perm::MeetingRun),
    ("close_meeting", Perm::MeetingRun),
    ("set_case_estate", Perm::MeetingRun),
    ("mark_action_done", Perm::ActionDone),
];

/// The permission `command` needs, or `None` when nobody decided (the bridge then refuses it).
pub fn perm_of(command: &str) -> Option<Perm> {
    COMMANDS.iter().find(|(name, _)| *name == command).map(|(_, p)| *p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_command_is_listed_once() {
        let mut names: Vec<_> = COMMANDS.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a command listed twice");
        assert_eq!(perm_of("get_roster"), Some(Perm::RosterView));
        assert_eq!(perm_of("drop_everything"), None);
    }
}
