//! What an action item does to a case: a case on the agenda is assigned to the action's owner
//! (or gets the action on its timeline) and its deadline moves out to the agreed day; an action
//! on an item without a case can open a new one (source: meeting).

use chrono::{Local, NaiveTime};

use super::model::{Meeting, PartyKind};
use crate::cases::model::{CaseInput, CaseSource, StepInput, Urgency};
use crate::cases::workflow::{next, CaseStatus, Step};
use crate::cases::{intake, local};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};

/// Who the action names, as the case records it.
pub(crate) struct Owner<'a> {
    pub name: &'a str,
    pub party_kind: Option<PartyKind>,
}

/// Opens a case for an action agreed at the meeting, in the meeting's community and estate.
pub(crate) fn create_case(
    tx: &WriteTx,
    meeting: &Meeting,
    category_id: i64,
    text: &str,
    owner: &Owner,
) -> AppResult<i64> {
    let input = CaseInput {
        source: CaseSource::Meeting,
        category_id,
        community_id: meeting.community_id,
        grid_id: None,
        address: meeting.estate_name.clone().unwrap_or_default(),
        // A case title is at most 80 characters; the whole text goes into the description.
        title: text.chars().take(80).collect(),
        description: format!("{}（{}）议定：{text}", meeting.title, held_on(&meeting.held_at)),
        reporter_name: String::new(),
        reporter_phone: String::new(),
        anonymous: false,
        respondent_kind: if owner.party_kind == Some(PartyKind::PropertyCompany) {
            "property".into()
        } else {
            String::new()
        },
        respondent_name: owner.name.chars().take(80).collect(),
        urgency: Urgency::Normal,
        reported_at: String::new(),
        photos: Vec::new(),
    };
    let id = intake::insert(tx, &input, Local::now().naive_local(), &[])
        .map_err(|e| rename(e, "categoryId", "newCaseCategoryId"))?;
    if let Some(estate) = meeting.estate_id {
        super::parties::set_case_estate(tx, id, Some(estate))?;
    }
    Ok(id)
}

/// The meeting's time as the description reads it: 2026年11月29日 09:00.
fn held_on(held_at: &str) -> String {
    local(held_at)
        .map_or_else(|_| held_at.to_string(), |t| t.format("%Y年%-m月%-d日 %H:%M").to_string())
}

/// An invalid-field error names the form's field, not the case intake's.
fn rename(e: AppError, from: &str, to: &str) -> AppError {
    if e.field.as_deref() == Some(from) {
        AppError::invalid(to, Reason::Invalid)
    } else {
        e
    }
}

/// Brings a case in line with an action on it: a case waiting for assignment is assigned to the
/// owner, any other open case gets the action on its timeline; then, if the agreed day is later
/// than the case's deadline, the deadline moves out to it (an extension agreed at the meeting).
/// An earlier agreed day leaves the deadline alone: the action itself turns red when missed.
/// Closed cases are left as they are.
pub(crate) fn update_case(
    tx: &WriteTx,
    case_id: i64,
    owner: &str,
    text: &str,
    due_on: &str,
) -> AppResult<()> {
    let (status, due_at): (String, String) =
        tx.conn().query_row("SELECT status, due_at FROM cases WHERE id = ?1", [case_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let status = CaseStatus::parse(&status).unwrap_or(CaseStatus::Closed);
    let note = format!("联席会议行动项：{text}（责任方：{owner}，期限：{due_on}）");
    let step = if next(status, Step::Assign, None).is_some() {
        StepInput {
            note,
            responsible_party: Some(owner.chars().take(80).collect()),
            ..StepInput::new(case_id, Step::Assign)
        }
    } else if next(status, Step::Note, None).is_some() {
        StepInput { note, ..StepInput::new(case_id, Step::Note) }
    } else {
        return Ok(());
    };
    let status_now = crate::cases::steps::apply_in(tx, &step, &[])?;
    let agreed = chrono::NaiveDate::parse_from_str(due_on, "%Y-%m-%d")
        .map_err(|_| AppError::invalid("dueOn", Reason::Invalid))?;
    let end_of_day = agreed.and_time(NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN));
    let can_extend = next(status_now, Step::Extend, None).is_some();
    if can_extend && end_of_day > local(&due_at)? {
        let extend = StepInput {
            note: format!("联席会议议定期限：{due_on}"),
            new_due_date: Some(due_on.to_string()),
            ..StepInput::new(case_id, Step::Extend)
        };
        crate::cases::steps::apply_in(tx, &extend, &[])?;
    }
    Ok(())
}
