//! The case register's types as they cross the bridge.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::deadline::Light;
use super::workflow::{CaseStatus, Step};
use crate::attachments::ImageUpload;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CaseSource {
    /// 前台接待.
    Desk,
    Phone,
    /// 巡查发现.
    Patrol,
    /// 网格员上报.
    GridWorker,
    /// 12345 热线.
    Hotline,
    /// 联席会议.
    Meeting,
}

impl CaseSource {
    pub const ALL: [CaseSource; 6] = [
        CaseSource::Desk,
        CaseSource::Phone,
        CaseSource::Patrol,
        CaseSource::GridWorker,
        CaseSource::Hotline,
        CaseSource::Meeting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CaseSource::Desk => "desk",
            CaseSource::Phone => "phone",
            CaseSource::Patrol => "patrol",
            CaseSource::GridWorker => "grid_worker",
            CaseSource::Hotline => "hotline",
            CaseSource::Meeting => "meeting",
        }
    }

    pub fn parse(s: &str) -> Option<CaseSource> {
        CaseSource::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    Normal,
    Urgent,
    VeryUrgent,
}

impl Urgency {
    pub fn as_str(self) -> &'static str {
        match self {
            Urgency::Normal => "normal",
            Urgency::Urgent => "urgent",
            Urgency::VeryUrgent => "very_urgent",
        }
    }

    pub fn parse(s: &str) -> Urgency {
        match s {
            "urgent" => Urgency::Urgent,
            "very_urgent" => Urgency::VeryUrgent,
            _ => Urgency::Normal,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Satisfaction {
    Satisfied,
    Basically,
    Dissatisfied,
}

impl Satisfaction {
    pub fn as_str(self) -> &'static str {
        match self {
            Satisfaction::Satisfied => "satisfied",
            Satisfaction::Basically => "basically",
            Satisfaction::Dissatisfied => "dissatisfied",
        }
    }

    pub fn parse(s: &str) -> Option<Satisfaction> {
        [Satisfaction::Satisfied, Satisfaction::Basically, Satisfaction::Dissatisfied]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// What intake asks for; only source, category, community and title are required.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseInput {
    pub source: CaseSource,
    pub category_id: i64,
    pub community_id: i64,
    pub grid_id: Option<i64>,
    pub address: String,
    pub title: String,
    pub description: String,
    pub reporter_name: String,
    pub reporter_phone: String,
    pub anonymous: bool,
    /// '', resident, shop, property, unit.
    pub respondent_kind: String,
    pub respondent_name: String,
    pub urgency: Urgency,
    /// When it was seen or reported (RFC 3339 or `YYYY-MM-DD HH:MM`); empty: now.
    pub reported_at: String,
    pub photos: Vec<ImageUpload>,
}

/// One workflow step with what it needs (see `steps::apply` for which fields each step takes).
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepInput {
    pub case_id: i64,
    pub step: Step,
    pub note: String,
    pub assignee_id: Option<i64>,
    pub responsible_party: Option<String>,
    /// Persuade: the promised rectification date, `YYYY-MM-DD`.
    pub promised_date: Option<String>,
    /// Extend: the new deadline's date, `YYYY-MM-DD` (due at the end of that working day).
    pub new_due_date: Option<String>,
    pub referred_to: Option<String>,
    pub duplicate_of: Option<i64>,
    pub satisfaction: Option<Satisfaction>,
    pub photos: Vec<ImageUpload>,
    /// Documents (PDF, Word, Excel, text) attached to this step.
    #[serde(default)]
    pub documents: Vec<ImageUpload>,
}

impl StepInput {
    /// A step with only its case and kind; callers fill in what that step needs.
    pub fn new(case_id: i64, step: Step) -> Self {
        StepInput {
            case_id,
            step,
            note: String::new(),
            assignee_id: None,
            responsible_party: None,
            promised_date: None,
            new_due_date: None,
            referred_to: None,
            duplicate_of: None,
            satisfaction: None,
            photos: Vec::new(),
            documents: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Case {
    pub id: i64,
    pub number: String,
    pub source: CaseSource,
    pub category_id: i64,
    pub category_name: String,
    pub community_id: i64,
    pub community_name: String,
    pub grid_id: Option<i64>,
    pub grid_name: Option<String>,
    pub address: String,
    pub title: String,
    pub description: String,
    /// Masked (张**, 138****5678) for roles without access to personal data.
    pub reporter_name: String,
    pub reporter_phone: String,
    pub anonymous: bool,
    pub respondent_kind: String,
    pub respondent_name: String,
    pub urgency: Urgency,
    pub status: CaseStatus,
    pub assignee_id: Option<i64>,
    pub assignee_name: Option<String>,
    pub responsible_party: String,
    pub reported_at: String,
    pub registered_at: String,
    pub due_at: String,
    /// None for a case that is no longer open.
    pub light: Option<Light>,
    pub parked_at: Option<String>,
    pub extensions: i64,
    pub reworks: i64,
    pub reopens: i64,
    pub closed_at: Option<String>,
    pub duplicate_of: Option<i64>,
    pub referred_to: String,
    pub satisfaction: Option<Satisfaction>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseEvent {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub step: Step,
    pub from_status: Option<CaseStatus>,
    pub to_status: CaseStatus,
    pub note: String,
    pub promised_date: Option<String>,
    /// Attachment file names of this step (photos), for `get_case_photo`.
    pub photos: Vec<String>,
    pub documents: Vec<CaseDocument>,
}

/// A document of a step: the stored name (for `open_case_document`) and the name it came with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDocument {
    pub file: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetail {
    pub case: Case,
    pub timeline: Vec<CaseEvent>,
    /// Cases marked as duplicates of this one (the other side of `duplicateOf`).
    pub duplicates: Vec<CaseLink>,
    /// The steps the workflow allows now, for the buttons.
    pub next_steps: Vec<Step>,
    /// The estate (小区) the case concerns, so its coordination meeting can pull it in.
    pub estate_id: Option<i64>,
    pub estate_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseLink {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub status: CaseStatus,
}
