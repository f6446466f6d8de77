//! The city's coordination meetings over the past year: each community's four parties meet
//! quarterly (about one community in four monthly, some also on site at their estate). Each
//! meeting reviews the actions still open (most of them done by then), takes up one of the
//! community's open cases and one estate topic, and closes with a decision and actions.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{params, OptionalExtension};

use super::agenda::{CASE_NOTES, DONE_NOTES, TOPICS};
use super::plan::CommunityPlan;
use crate::cases::stamp;
use crate::cases::synthetic::Rng;
use crate::context::WriteTx;
use crate::error::AppResult;
use crate::meetings::model::*;
use crate::meetings::{meeting, outcomes, parties};
use crate::workstation::Community;

#[derive(Clone, Copy)]
enum Kind {
    Monthly,
    Quarterly,
    Onsite,
}

/// The community's meetings of the past year, oldest first (the carrying-over of open actions
/// follows the order they are created in).
fn schedule(p: &CommunityPlan, today: NaiveDate, rng: &mut Rng) -> Vec<(NaiveDateTime, Kind)> {
    let at = |days: usize, h: u32, m: u32| {
        (today - Duration::days(days as i64))
            .and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default())
    };
    let mut list = Vec::new();
    if p.monthly {
        list.extend((0..12).map(|k| (at(30 * k + 1 + rng.below(10), 15, 0), Kind::Monthly)));
    } else {
        list.extend((0..4).map(|k| (at(91 * k + 1 + rng.below(20), 15, 0), Kind::Quarterly)));
    }
    if p.onsite {
        list.push((at(1 + rng.below(300), 10, 0), Kind::Onsite));
    }
    list.sort_by_key(|(t, _)| *t);
    list
}

fn title(p: &CommunityPlan, t: NaiveDateTime, kind: Kind, topic: &str) -> String {
    match kind {
        Kind::Monthly => format!("{}{}年{}月联席会议", p.name, t.year(), t.month()),
        Kind::Quarterly => {
            format!("{}{}年第{}季度联席会议", p.name, t.year(), t.month().div_ceil(3))
        }
        Kind::Onsite => format!("{}{}现场协调会", p.estate, topic),
    }
}

fn party(tx: &WriteTx, kind: PartyKind, name: String, c: i64, who: &str) -> AppResult<i64> {
    let input = PartyInput {
        kind: Some(kind),
        name,
        community_id: Some(c),
        contact_name: who.into(),
        contact_phone: String::new(),
    };
    Ok(parties::save_party(tx, None, &input)?.id)
}

/// Writes the parties, estates and meetings; returns how many meetings.
pub(super) fn write(
    tx: &WriteTx,
    communities: &[Community],
    plan: &[CommunityPlan],
    today: NaiveDate,
    seed: u64,
) -> AppResult<usize> {
    let mut rng = Rng(seed.max(1) ^ 0x0000_3EE7_1265);
    let mut count = 0;
    for (c, p) in communities.iter().zip(plan) {
        let company = format!("{}物业{}项目部", p.company, p.estate);
        let wuye = party(tx, PartyKind::PropertyCompany, company, c.id, &p.property_manager)?;
        let owners = format!("{}业主委员会", p.estate);
        let yewei = party(tx, PartyKind::OwnersCommittee, owners, c.id, &p.owners_chair)?;
        let residents = format!("{}居民委员会", p.name);
        let juwei = party(tx, PartyKind::ResidentsCommittee, residents, c.id, &p.director)?;
        let owner_of = [wuye, yewei, juwei];
        let estate = EstateInput {
            name: p.estate.clone(),
            community_id: c.id,
            address: format!("{}1—{}幢", p.estate, 6 + rng.below(10)),
            property_party_id: Some(wuye),
            owners_party_id: Some(yewei),
        };
        let estate = parties::save_estate(tx, None, &estate)?.id;

        for (held, kind) in schedule(p, today, &mut rng) {
            let topic = *rng.pick(TOPICS);
            let place = match kind {
                Kind::Onsite => format!("{}{}幢架空层", p.estate, 1 + rng.below(6)),
                _ => format!("{}居委会会议室", p.name),
            };
            let input = MeetingInput {
                kind: if matches!(kind, Kind::Onsite) {
                    MeetingKind::Onsite
                } else {
                    MeetingKind::Monthly
                },
                title: title(p, held, kind, topic.0),
                held_at: held.format("%Y-%m-%d %H:%M").to_string(),
                place,
                community_id: c.id,
                estate_id: Some(estate),
                chair: p.director.clone(),
                recorder: p.officers[0].clone(),
            };
            let m = meeting::create(tx, &input)?.id;
            count += 1;
            let attend = |side, party, name: &str, title: &str| {
                let input = AttendeeInput {
                    meeting_id: m,
                    side,
                    party_id: party,
                    name: name.into(),
                    title: title.into(),
                };
                meeting::add_attendee(tx, &input).map(|_| ())
            };
            attend(Side::Urban, None, &p.officers[0], "社区城管工作站执法队员")?;
            attend(Side::ResidentsCommittee, Some(juwei), &p.director, "居委会主任")?;
            attend(Side::OwnersCommittee, Some(yewei), &p.owners_chair, "业委会主任")?;
            attend(Side::PropertyCompany, Some(wuye), &p.property_manager, "物业项目经理")?;

            review_carried(tx, m, held, &mut rng)?;
            let due = Some((held.date() + Duration::days(14)).to_string());
            let outcome = |item, kind, text: &str, owner: Option<i64>, due: Option<String>| {
                let input = OutcomeInput {
                    meeting_id: m,
                    item_id: Some(item),
                    kind,
                    text: text.into(),
                    owner_party_id: owner,
                    owner_name: String::new(),
                    due_on: due,
                    update_case: false,
                    new_case_category_id: None,
                };
                outcomes::add(tx, &input).map(|_| ())
            };
            if let Some(case) = open_case(tx, c.id, held)? {
                let item = meeting::add_item(
                    tx,
                    &ItemInput { meeting_id: m, title: String::new(), case_id: Some(case) },
                )?;
                let note = *rng.pick(CASE_NOTES);
                meeting::set_notes(tx, item, note)?;
                let decision = "由物业配合城管队员一周内督促当事人整改，整改后由网格员复查。";
                outcome(item, OutcomeKind::Decision, decision, None, None)?;
                let owner = Some(*rng.pick(&owner_of));
                outcome(item, OutcomeKind::Action, "督促当事人整改并反馈结果", owner, due.clone())?;
            }
            let (title, notes, decision, action, owner) = topic;
            let item = meeting::add_item(
                tx,
                &ItemInput { meeting_id: m, title: title.into(), case_id: None },
            )?;
            meeting::set_notes(tx, item, notes)?;
            outcome(item, OutcomeKind::Decision, decision, None, None)?;
            outcome(item, OutcomeKind::Action, action, Some(owner_of[owner]), due)?;

            meeting::close(tx, m)?;
            // The minutes were closed when the meeting ended, not when the demo was made.
            tx.conn().execute(
                "UPDATE meeting SET closed_at = ?2 WHERE id = ?1",
                params![m, stamp(held + Duration::hours(2))],
            )?;
        }
    }
    Ok(count)
}

/// Most actions carried onto this meeting's agenda were done by then; a few stay open and come
/// back next time.
fn review_carried(tx: &WriteTx, m: i64, held: NaiveDateTime, rng: &mut Rng) -> AppResult<()> {
    let carried: Vec<i64> = tx
        .conn()
        .prepare_cached(
            "SELECT carried_from FROM agenda_item WHERE meeting_id = ?1 AND carried_from IS NOT NULL",
        )?
        .query_map([m], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for action in carried {
        if rng.below(4) == 0 {
            continue;
        }
        let note = *rng.pick(DONE_NOTES);
        outcomes::mark_done(tx, action, note)?;
        tx.conn().execute(
            "UPDATE meeting_outcome SET done_at = ?2 WHERE id = ?1",
            params![action, stamp(held)],
        )?;
    }
    Ok(())
}

/// The community's newest case still open when the meeting was held, if any.
fn open_case(tx: &WriteTx, community: i64, held: NaiveDateTime) -> AppResult<Option<i64>> {
    Ok(tx
        .conn()
        .prepare_cached(
            "SELECT id FROM cases WHERE community_id = ?1 AND registered_at <= ?2
               AND status NOT IN ('closed', 'void', 'referred', 'not_accepted', 'duplicate')
             ORDER BY registered_at DESC LIMIT 1",
        )?
        .query_row(params![community, stamp(held)], |r| r.get(0))
        .optional()?)
}
