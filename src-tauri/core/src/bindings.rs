//! The TypeScript bindings of every type that crosses the bridge, generated from these Rust types
//! into `ui/src/api/bindings.ts`. The test below fails when the committed file is stale;
//! `make bindings` (UPDATE_BINDINGS=1) rewrites it.

use ts_rs::{Config, TS};

use crate::access::audit::{AuditArea, AuditCheck, AuditPage, AuditQuery, AuditRecord};
use crate::access::auth::SignInInput;
use crate::access::operators::{FirstAdminInput, Operator, OperatorInput, PasswordChange};
use crate::access::roles::{OperatorRole, Perm};
use crate::app::{AppStatus, BackupDone, SessionInfo, StartupState};
use crate::attachments::ImageUpload;
use crate::backup::{BackupInfo, BackupKind, BackupLocation, BackupSettings, RestoreOutcome};
use crate::cases::categories::{Category, CategoryInput};
use crate::cases::deadline::{Light, Limit};
use crate::cases::list::{CasePage, CaseQuery, CaseSort};
use crate::cases::model::{
    Case, CaseDetail, CaseDocument, CaseEvent, CaseInput, CaseLink, CaseSource, Satisfaction,
    StepInput, Urgency,
};
use crate::cases::read::Contact;
use crate::cases::workflow::{CaseStatus, Step};
use crate::duty::attendance::Attendance;
use crate::duty::changes::{DutyChange, LeaveInput, OverrideInput, SwapInput};
use crate::duty::rules::{DutyRuleInput, DutyRuleView};
use crate::duty::schedule::{
    DayKind, Holiday, Leave, Override, OverrideKind, Problem, Rule, Source,
};
use crate::duty::view::{
    BalanceView, DutyNow, DutyPerson, DutySchedule, LeaveView, OverrideView, ProblemView, ShiftView,
};
use crate::error::{AppError, ErrorCode, Reason};
use crate::frontdesk::model::{
    DaySummary, DutyLine, Handling, HandlingCount, TodayBoard, Visit, VisitChannel, VisitContact,
    VisitInput, VisitPage, VisitQuery, Worklog, WorklogInput,
};
use crate::frontdesk::reminders::ReminderSettings;
use crate::health::Stats;
use crate::meetings::model::{
    ActionQuery, AgendaItem, Attendee, AttendeeInput, Estate, EstateInput, ItemInput, Meeting,
    MeetingDetail, MeetingInput, MeetingKind, Outcome, OutcomeInput, OutcomeKind, Party,
    PartyInput, PartyKind, PullCasesInput, Side,
};
use crate::roster::assignments::{Assignment, AssignmentInput, PersonAssignment, PersonDetail};
use crate::roster::board::{BoardTexts, WallBoard};
use crate::roster::counts::RosterCounts;
use crate::roster::grids::{Grid, GridInput};
use crate::roster::import::{ImportPreview, ImportRejected, ImportRow, RejectReason};
use crate::roster::people::{Person, PersonInput};
use crate::roster::roles::{Role, RoleInput};
use crate::roster::view::{
    CommunityRoster, Gap, GapKind, GridRoster, Roster, RosterMember, RosterQuery,
};
use crate::saved_filters::{SavedFilter, SavedFilterInput};
use crate::settings::Language;
use crate::workstation::{Community, Workstation, WorkstationInput, WorkstationProfile};

pub fn typescript() -> String {
    // Counts and ids fit in a JS number; bigint would make every id awkward in the UI.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        ErrorCode::decl(&cfg),
        Reason::decl(&cfg),
        AppError::decl(&cfg),
        Language::decl(&cfg),
        StartupState::decl(&cfg),
        OperatorRole::decl(&cfg),
        Perm::decl(&cfg),
        Operator::decl(&cfg),
        SessionInfo::decl(&cfg),
        AppStatus::decl(&cfg),
        OperatorInput::decl(&cfg),
        FirstAdminInput::decl(&cfg),
        SignInInput::decl(&cfg),
        PasswordChange::decl(&cfg),
        AuditArea::decl(&cfg),
        AuditQuery::decl(&cfg),
        AuditRecord::decl(&cfg),
        AuditPage::decl(&cfg),
        AuditCheck::decl(&cfg),
        Limit::decl(&cfg),
        Light::decl(&cfg),
        Category::decl(&cfg),
        CategoryInput::decl(&cfg),
        CaseStatus::decl(&cfg),
        Step::decl(&cfg),
        CaseSource::decl(&cfg),
        Urgency::decl(&cfg),
        Satisfaction::decl(&cfg),
        CaseInput::decl(&cfg),
        StepInput::decl(&cfg),
        Case::decl(&cfg),
        CaseDocument::decl(&cfg),
        CaseEvent::decl(&cfg),
        CaseLink::decl(&cfg),
        CaseDetail::decl(&cfg),
        Contact::decl(&cfg),
        CaseSort::decl(&cfg),
        CaseQuery::decl(&cfg),
        CasePage::decl(&cfg),
        Community::decl(&cfg),
        Workstation::decl(&cfg),
        WorkstationInput::decl(&cfg),
        WorkstationProfile::decl(&cfg),
        Stats::decl(&cfg),
        Grid::decl(&cfg),
        GridInput::decl(&cfg),
        Role::decl(&cfg),
        RoleInput::decl(&cfg),
        Person::decl(&cfg),
        PersonInput::decl(&cfg),
        Assignment::decl(&cfg),
        AssignmentInput::decl(&cfg),
        RosterQuery::decl(&cfg),
        RosterMember::decl(&cfg),
        GapKind::decl(&cfg),
        Gap::decl(&cfg),
        GridRoster::decl(&cfg),
        CommunityRoster::decl(&cfg),
        Roster::decl(&cfg),
        RosterCounts::decl(&cfg),
        PersonAssignment::decl(&cfg),
        PersonDetail::decl(&cfg),
        ImageUpload::decl(&cfg),
        BoardTexts::decl(&cfg),
        WallBoard::decl(&cfg),
        RejectReason::decl(&cfg),
        ImportRow::decl(&cfg),
        ImportRejected::decl(&cfg),
        ImportPreview::decl(&cfg),
        Rule::decl(&cfg),
        OverrideKind::decl(&cfg),
        Override::decl(&cfg),
        Leave::decl(&cfg),
        DayKind::decl(&cfg),
        Holiday::decl(&cfg),
        Source::decl(&cfg),
        Problem::decl(&cfg),
        DutyRuleInput::decl(&cfg),
        DutyRuleView::decl(&cfg),
        OverrideInput::decl(&cfg),
        SwapInput::decl(&cfg),
        LeaveInput::decl(&cfg),
        DutyChange::decl(&cfg),
        Attendance::decl(&cfg),
        DutyPerson::decl(&cfg),
        ShiftView::decl(&cfg),
        ProblemView::decl(&cfg),
        BalanceView::decl(&cfg),
        LeaveView::decl(&cfg),
        OverrideView::decl(&cfg),
        DutySchedule::decl(&cfg),
        DutyNow::decl(&cfg),
        Handling::decl(&cfg),
        VisitChannel::decl(&cfg),
        VisitInput::decl(&cfg),
        Visit::decl(&cfg),
        VisitQuery::decl(&cfg),
        VisitPage::decl(&cfg),
        VisitContact::decl(&cfg),
        TodayBoard::decl(&cfg),
        HandlingCount::decl(&cfg),
        DutyLine::decl(&cfg),
        DaySummary::decl(&cfg),
        Worklog::decl(&cfg),
        WorklogInput::decl(&cfg),
        ReminderSettings::decl(&cfg),
        SavedFilter::decl(&cfg),
        BackupKind::decl(&cfg),
        BackupLocation::decl(&cfg),
        BackupInfo::decl(&cfg),
        BackupDone::decl(&cfg),
        BackupSettings::decl(&cfg),
        RestoreOutcome::decl(&cfg),
        PartyKind::decl(&cfg),
        Side::decl(&cfg),
        MeetingKind::decl(&cfg),
        OutcomeKind::decl(&cfg),
        Party::decl(&cfg),
        PartyInput::decl(&cfg),
        Estate::decl(&cfg),
        EstateInput::decl(&cfg),
        MeetingInput::decl(&cfg),
        Meeting::decl(&cfg),
        AttendeeInput::decl(&cfg),
        Attendee::decl(&cfg),
        ItemInput::decl(&cfg),
        PullCasesInput::decl(&cfg),
        AgendaItem::decl(&cfg),
        OutcomeInput::decl(&cfg),
        Outcome::decl(&cfg),
        MeetingDetail::decl(&cfg),
        ActionQuery::decl(&cfg),
        SavedFilterInput::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_bindings_are_fresh() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/api/bindings.ts");
        let fresh = super::typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).expect("write bindings");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "ui/src/api/bindings.ts is stale: run `make bindings` and commit the result"
        );
    }
}
