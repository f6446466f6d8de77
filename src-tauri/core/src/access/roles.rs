//! Operator roles and what each may do. The matrix is here, in the core, and nowhere else: the
//! bridge asks `allows` for every command, and the UI only hides what it would be refused anyway.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{AppError, AppResult, Reason};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OperatorRole {
    /// Everything: settings, accounts, restore, the audit trail.
    Admin,
    /// The front desk: visits, intake, roster and duty viewing, printing, arrivals.
    Desk,
    /// Cases assigned or in their grids, their duty attendance.
    Officer,
    /// Reads the cases of the estates or communities they are linked to; records meeting outcomes.
    PropertyManager,
    /// Read-only, e.g. the meeting screen.
    Viewer,
}

impl OperatorRole {
    pub const ALL: [OperatorRole; 5] = [
        OperatorRole::Admin,
        OperatorRole::Desk,
        OperatorRole::Officer,
        OperatorRole::PropertyManager,
        OperatorRole::Viewer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OperatorRole::Admin => "admin",
            OperatorRole::Desk => "desk",
            OperatorRole::Officer => "officer",
            OperatorRole::PropertyManager => "property_manager",
            OperatorRole::Viewer => "viewer",
        }
    }

    pub fn parse(s: &str) -> AppResult<OperatorRole> {
        OperatorRole::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| AppError::invalid("role", Reason::Invalid))
    }
}

/// What a command needs. Each bridge command names exactly one (see `commands::COMMANDS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Perm {
    /// Before anyone signs in: the start-up status, signing in, the first administrator.
    Public,
    /// Any signed-in operator, for their own session, password and language.
    Signed,
    /// Workstation settings, communities, holidays, accounts, the audit trail.
    Admin,
    RosterView,
    RosterEdit,
    DutyView,
    DutyEdit,
    /// Marking arrivals, departures and no-shows.
    DutyAttend,
    /// Residents' phone numbers and reporters' identities in full (cases and visits).
    PersonalData,
    /// Reading cases (a property manager only within their reach).
    CaseView,
    /// Taking in a new case.
    CaseIntake,
    /// Moving a case through its workflow (an officer only on their own or their grids' cases).
    CaseWork,
    /// Reading the visit log and the work log.
    VisitView,
    /// Logging visits at the desk and making cases of them.
    VisitLog,
    /// Saving and signing off the day's work log.
    WorklogSign,
    /// Reading meetings, minutes and action items (a property manager within their reach).
    MeetingView,
    /// Holding meetings: parties and estates, attendees, agenda, outcomes, closing, amendments.
    MeetingRun,
    /// Marking an action item done.
    ActionDone,
}

impl Perm {
    pub const ALL: [Perm; 18] = [
        Perm::Public,
        Perm::Signed,
        Perm::Admin,
        Perm::RosterView,
        Perm::RosterEdit,
        Perm::DutyView,
        Perm::DutyEdit,
        Perm::DutyAttend,
        Perm::PersonalData,
        Perm::CaseView,
        Perm::CaseIntake,
        Perm::CaseWork,
        Perm::VisitView,
        Perm::VisitLog,
        Perm::WorklogSign,
        Perm::MeetingView,
        Perm::MeetingRun,
        Perm::ActionDone,
    ];
}

/// The permission matrix.
pub fn allows(role: OperatorRole, perm: Perm) -> bool {
    use OperatorRole::*;
    match perm {
        Perm::Public | Perm::Signed => true,
        Perm::Admin | Perm::RosterEdit | Perm::DutyEdit => role == Admin,
        // A property manager sees their estates' cases and nothing of the workstation's staff.
        Perm::RosterView | Perm::DutyView => role != PropertyManager,
        Perm::DutyAttend => matches!(role, Admin | Desk | Officer),
        Perm::PersonalData => matches!(role, Admin | Desk | Officer),
        Perm::CaseView => true,
        Perm::CaseIntake | Perm::CaseWork => matches!(role, Admin | Desk | Officer),
        // Visits name residents and what they came about: staff only, not the meeting screen.
        Perm::VisitView | Perm::VisitLog => matches!(role, Admin | Desk | Officer),
        Perm::WorklogSign => matches!(role, Admin | Desk),
        // Property managers sit at the meetings: they read the minutes and report their
        // company's actions done; the workstation's staff hold the meeting.
        Perm::MeetingView => true,
        Perm::ActionDone => role != Viewer,
        Perm::MeetingRun => matches!(role, Admin | Desk | Officer),
    }
}

/// Everything `role` may do, for the UI to shape its navigation.
pub fn perms_of(role: OperatorRole) -> Vec<Perm> {
    Perm::ALL.into_iter().filter(|p| allows(role, *p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_the_matrix_keeps_its_promises() {
        for r in OperatorRole::ALL {
            assert_eq!(OperatorRole::parse(r.as_str()).expect("parse"), r);
            assert!(allows(r, Perm::Public) && allows(r, Perm::Signed));
        }
        assert!(OperatorRole::parse("root").is_err());
        assert!(Perm::ALL.iter().all(|p| allows(OperatorRole::Admin, *p)), "admin does everything");
        let pm = perms_of(OperatorRole::PropertyManager);
        assert_eq!(
            pm,
            vec![Perm::Public, Perm::Signed, Perm::CaseView, Perm::MeetingView, Perm::ActionDone],
            "a property manager reads cases and meetings (within reach), reports actions done, \
             and sees nothing of the staff's data"
        );
        let viewer = perms_of(OperatorRole::Viewer);
        assert!(viewer.contains(&Perm::DutyView) && !viewer.contains(&Perm::DutyAttend));
        assert!(!allows(OperatorRole::Viewer, Perm::PersonalData));
        assert!(!allows(OperatorRole::Desk, Perm::RosterEdit));
        assert!(allows(OperatorRole::Desk, Perm::DutyAttend));
    }
}
