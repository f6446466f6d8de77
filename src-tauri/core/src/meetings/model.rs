//! The types of coordination meetings that cross the bridge.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cases::workflow::CaseStatus;

macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $word:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($word => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

word_enum!(
    /// Who a party is in the "linkage alliance".
    PartyKind { PropertyCompany => "property_company", OwnersCommittee => "owners_committee",
        ResidentsCommittee => "residents_committee", Other => "other" }
);

word_enum!(
    /// The side an attendee sits on; urban management is the workstation itself.
    Side { Urban => "urban", ResidentsCommittee => "residents_committee",
        OwnersCommittee => "owners_committee", PropertyCompany => "property_company",
        Other => "other" }
);

word_enum!(
    /// A monthly joint meeting, or an ad-hoc coordination on site.
    MeetingKind { Monthly => "monthly", Onsite => "onsite" }
);

word_enum!(
    /// Information noted, a decision (决策结果), or an action item: who does what by when.
    OutcomeKind { Info => "info", Decision => "decision", Action => "action" }
);

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    pub id: i64,
    pub kind: PartyKind,
    pub name: String,
    pub community_id: Option<i64>,
    pub contact_name: String,
    pub contact_phone: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartyInput {
    pub kind: Option<PartyKind>,
    pub name: String,
    pub community_id: Option<i64>,
    pub contact_name: String,
    pub contact_phone: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Estate {
    pub id: i64,
    pub name: String,
    pub community_id: i64,
    pub community_name: String,
    pub address: String,
    pub property_party_id: Option<i64>,
    pub property_party_name: Option<String>,
    pub owners_party_id: Option<i64>,
    pub owners_party_name: Option<String>,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EstateInput {
    pub name: String,
    pub community_id: i64,
    pub address: String,
    pub property_party_id: Option<i64>,
    pub owners_party_id: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingInput {
    pub kind: MeetingKind,
    pub title: String,
    /// `YYYY-MM-DD HH:MM` or RFC 3339.
    pub held_at: String,
    pub place: String,
    pub community_id: i64,
    pub estate_id: Option<i64>,
    pub chair: String,
    pub recorder: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub id: i64,
    pub kind: MeetingKind,
    pub title: String,
    pub held_at: String,
    pub place: String,
    pub community_id: i64,
    pub community_name: String,
    pub estate_id: Option<i64>,
    pub estate_name: Option<String>,
    pub chair: String,
    pub recorder: String,
    pub closed_at: Option<String>,
    pub closed_by: Option<String>,
    pub open_actions: i64,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendeeInput {
    pub meeting_id: i64,
    pub side: Side,
    pub party_id: Option<i64>,
    pub name: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    pub id: i64,
    pub side: Side,
    pub party_id: Option<i64>,
    pub party_name: Option<String>,
    pub name: String,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemInput {
    pub meeting_id: i64,
    pub title: String,
    pub case_id: Option<i64>,
}

/// Which cases to pull onto the agenda: the open cases of one estate and/or in some statuses
/// (within the meeting's community), and cases picked one by one.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PullCasesInput {
    pub meeting_id: i64,
    pub estate_id: Option<i64>,
    /// Open statuses only; empty: any open status (when an estate is given).
    #[serde(default)]
    pub statuses: Vec<CaseStatus>,
    pub case_ids: Vec<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    pub id: i64,
    pub position: i64,
    pub title: String,
    pub case_id: Option<i64>,
    pub case_number: Option<String>,
    pub case_status: Option<String>,
    pub carried_from: Option<i64>,
    pub notes: String,
    pub outcomes: Vec<Outcome>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeInput {
    pub meeting_id: i64,
    pub item_id: Option<i64>,
    pub kind: OutcomeKind,
    pub text: String,
    /// Action items: the party that does it, and/or a person's name.
    pub owner_party_id: Option<i64>,
    pub owner_name: String,
    /// Action items: `YYYY-MM-DD`.
    pub due_on: Option<String>,
    /// Action items on an item with a case: assign the case to the owner party (or note it)
    /// and move its deadline out to the due day when that is later.
    pub update_case: bool,
    /// Action items on an item without a case: open a new case of this category for the
    /// action (source: meeting), assigned to the owner with the due day as its deadline.
    #[serde(default)]
    pub new_case_category_id: Option<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub id: i64,
    pub meeting_id: i64,
    pub item_id: Option<i64>,
    pub kind: OutcomeKind,
    pub text: String,
    pub owner_party_id: Option<i64>,
    pub owner_party_name: Option<String>,
    pub owner_name: String,
    pub due_on: Option<String>,
    pub case_id: Option<i64>,
    pub case_number: Option<String>,
    pub amendment: bool,
    pub done_at: Option<String>,
    pub done_by: Option<String>,
    pub done_note: String,
    pub created_at: String,
    pub created_by: String,
    /// Open and past its due day.
    pub overdue: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub attendees: Vec<Attendee>,
    pub items: Vec<AgendaItem>,
    /// Outcomes not tied to an agenda item (amendments to the whole meeting among them).
    pub general: Vec<Outcome>,
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionQuery {
    /// Open ones only (the default view), or done ones too.
    pub include_done: bool,
    pub owner_party_id: Option<i64>,
    pub community_id: Option<i64>,
}
