//! The case workflow as a state machine: which step may follow which. Pure: the store asks
//! `next` before writing anything, so an illegal step is refused whatever the UI offers.
//!
//! register → assign → persuade (repeatable, each with a promised date) → rectification
//! reported → re-check (pass closes; fail sends it back as rework) → closed → follow-up.
//! Beside the main line: not accepted, referred elsewhere, duplicate, void (ends), park and
//! resume (the clock pauses), extend (new deadline), reopen (a closed case goes back).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// 已登记: taken in, nobody on it yet.
    Registered,
    /// 已派遣: an officer and/or a responsible party has it.
    Assigned,
    /// 劝导中: persuaded at least once, waiting for the promised rectification.
    Persuading,
    /// 待复查: the rectification is reported, a re-check is due.
    Rectified,
    /// 挂账: paused; the clock stops until it resumes.
    Parked,
    /// 已结案: re-checked and closed (a follow-up may still be recorded).
    Closed,
    /// 不予受理.
    NotAccepted,
    /// 已转办: referred to another body.
    Referred,
    /// 重复件: the same problem as another case.
    Duplicate,
    /// 已作废.
    Void,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 10] = [
        CaseStatus::Registered,
        CaseStatus::Assigned,
        CaseStatus::Persuading,
        CaseStatus::Rectified,
        CaseStatus::Parked,
        CaseStatus::Closed,
        CaseStatus::NotAccepted,
        CaseStatus::Referred,
        CaseStatus::Duplicate,
        CaseStatus::Void,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Registered => "registered",
            CaseStatus::Assigned => "assigned",
            CaseStatus::Persuading => "persuading",
            CaseStatus::Rectified => "rectified",
            CaseStatus::Parked => "parked",
            CaseStatus::Closed => "closed",
            CaseStatus::NotAccepted => "not_accepted",
            CaseStatus::Referred => "referred",
            CaseStatus::Duplicate => "duplicate",
            CaseStatus::Void => "void",
        }
    }

    pub fn parse(s: &str) -> Option<CaseStatus> {
        CaseStatus::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Still being worked on: its deadline runs (unless parked) and it counts as open.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            CaseStatus::Registered
                | CaseStatus::Assigned
                | CaseStatus::Persuading
                | CaseStatus::Rectified
                | CaseStatus::Parked
        )
    }
}

/// One step of the workflow, as the timeline records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Register,
    Assign,
    Persuade,
    ReportRectified,
    RecheckPass,
    RecheckFail,
    FollowUp,
    NotAccept,
    Refer,
    MarkDuplicate,
    Void,
    Park,
    Resume,
    Extend,
    Reopen,
    /// A note or photos added without changing anything else.
    Note,
}

impl Step {
    pub const ALL: [Step; 16] = [
        Step::Register,
        Step::Assign,
        Step::Persuade,
        Step::ReportRectified,
        Step::RecheckPass,
        Step::RecheckFail,
        Step::FollowUp,
        Step::NotAccept,
        Step::Refer,
        Step::MarkDuplicate,
        Step::Void,
        Step::Park,
        Step::Resume,
        Step::Extend,
        Step::Reopen,
        Step::Note,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Register => "register",
            Step::Assign => "assign",
            Step::Persuade => "persuade",
            Step::ReportRectified => "report_rectified",
            Step::RecheckPass => "recheck_pass",
            Step::RecheckFail => "recheck_fail",
            Step::FollowUp => "follow_up",
            Step::NotAccept => "not_accept",
            Step::Refer => "refer",
            Step::MarkDuplicate => "mark_duplicate",
            Step::Void => "void",
            Step::Park => "park",
            Step::Resume => "resume",
            Step::Extend => "extend",
            Step::Reopen => "reopen",
            Step::Note => "note",
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The status after `step` from `from`, or `None` when the step is not allowed there.
/// `parked_from` is the status a parked case returns to on `Resume`.
pub fn next(from: CaseStatus, step: Step, parked_from: Option<CaseStatus>) -> Option<CaseStatus> {
    use CaseStatus as S;
    let working = matches!(from, S::Assigned | S::Persuading | S::Rectified);
    match step {
        // A case is registered once, by creating it.
        Step::Register => None,
        Step::Assign => {
            matches!(from, S::Registered | S::Assigned | S::Persuading).then_some(S::Assigned)
        }
        Step::Persuade => matches!(from, S::Assigned | S::Persuading).then_some(S::Persuading),
        Step::ReportRectified => {
            matches!(from, S::Assigned | S::Persuading).then_some(S::Rectified)
        }
        Step::RecheckPass => (from == S::Rectified).then_some(S::Closed),
        // Rework: back to persuasion, and counted.
        Step::RecheckFail => (from == S::Rectified).then_some(S::Persuading),
        Step::FollowUp => (from == S::Closed).then_some(S::Closed),
        Step::NotAccept => (from == S::Registered).then_some(S::NotAccepted),
        Step::Refer => matches!(from, S::Registered | S::Assigned).then_some(S::Referred),
        Step::MarkDuplicate => matches!(from, S::Registered | S::Assigned).then_some(S::Duplicate),
        Step::Void => (from.is_open() && from != S::Parked).then_some(S::Void),
        Step::Park => (from == S::Registered || working).then_some(S::Parked),
        Step::Resume => (from == S::Parked).then(|| parked_from.unwrap_or(S::Assigned)),
        Step::Extend => (from.is_open() && from != S::Parked).then_some(from),
        Step::Reopen => (from == S::Closed).then_some(S::Assigned),
        Step::Note => Some(from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CaseStatus as S;

    /// Every (status, step) pair and its expected outcome: the whole table, so a change to the
    /// rules shows up here as a deliberate edit.
    #[test]
    fn every_allowed_and_every_refused_transition() {
        let allowed: &[(S, Step, S)] = &[
            (S::Registered, Step::Assign, S::Assigned),
            (S::Assigned, Step::Assign, S::Assigned),
            (S::Persuading, Step::Assign, S::Assigned),
            (S::Assigned, Step::Persuade, S::Persuading),
            (S::Persuading, Step::Persuade, S::Persuading),
            (S::Assigned, Step::ReportRectified, S::Rectified),
            (S::Persuading, Step::ReportRectified, S::Rectified),
            (S::Rectified, Step::RecheckPass, S::Closed),
            (S::Rectified, Step::RecheckFail, S::Persuading),
            (S::Closed, Step::FollowUp, S::Closed),
            (S::Registered, Step::NotAccept, S::NotAccepted),
            (S::Registered, Step::Refer, S::Referred),
            (S::Assigned, Step::Refer, S::Referred),
            (S::Registered, Step::MarkDuplicate, S::Duplicate),
            (S::Assigned, Step::MarkDuplicate, S::Duplicate),
            (S::Registered, Step::Void, S::Void),
            (S::Assigned, Step::Void, S::Void),
            (S::Persuading, Step::Void, S::Void),
            (S::Rectified, Step::Void, S::Void),
            (S::Registered, Step::Park, S::Parked),
            (S::Assigned, Step::Park, S::Parked),
            (S::Persuading, Step::Park, S::Parked),
            (S::Rectified, Step::Park, S::Parked),
            (S::Parked, Step::Resume, S::Persuading), // with parked_from = Persuading below
            (S::Registered, Step::Extend, S::Registered),
            (S::Assigned, Step::Extend, S::Assigned),
            (S::Persuading, Step::Extend, S::Persuading),
            (S::Rectified, Step::Extend, S::Rectified),
            (S::Closed, Step::Reopen, S::Assigned),
        ];
        for from in S::ALL {
            for step in Step::ALL {
                let got = next(from, step, Some(S::Persuading));
                if step == Step::Note {
                    assert_eq!(got, Some(from), "a note never moves a case");
                    continue;
                }
                let want = allowed.iter().find(|(f, s, _)| *f == from && *s == step).map(|t| t.2);
                assert_eq!(got, want, "{from:?} --{step:?}-->");
            }
        }
    }

    #[test]
    fn names_round_trip_and_open_states_are_the_working_ones() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        let open: Vec<_> = S::ALL.into_iter().filter(|s| s.is_open()).collect();
        assert_eq!(open, [S::Registered, S::Assigned, S::Persuading, S::Rectified, S::Parked]);
        assert_eq!(next(S::Parked, Step::Resume, None), Some(S::Assigned), "a safe default");
    }
}
