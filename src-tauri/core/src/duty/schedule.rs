//! The final duty schedule (值班表) as a pure function, after GoAlert / Grafana OnCall: final
//! schedule = rules + rotation + leave + overrides. No database here: the store loads the inputs,
//! `compute` gives the shifts, `problems` and `balance` judge them. Dates are `YYYY-MM-DD`, times
//! `HH:MM`; the store validates them, and whatever slips through never panics here.
//!
//! The product's behaviour:
//! 1. **Duty days.** A rule's duty days are the dates in `[start_date, end_date]` whose ISO weekday
//!    (1 = Monday .. 7 = Sunday) is in `weekdays`, minus public holidays (kind `Holiday`) when
//!    `skip_holidays`. Make-up working days (调休上班, kind `Workday`) add no duty day and remove
//!    none: they only matter for case deadlines. A rule whose dates do not parse has no duty day.
//! 2. **Rotation.** Duty days are numbered from `start_date`: k = 0, 1, 2... Day k's crew is
//!    `members[(k * per_slot + i) % len]` for `i < min(per_slot, len)`: distinct people, and when
//!    `per_slot > len` everyone serves and the shift shows a gap. k always counts from
//!    `start_date`, so any sub-range gives the same crews as a larger range. A member listed twice
//!    counts once (the first time).
//! 3. **Leave.** A crew member on leave that day is covered by the next member in rotation order
//!    after the crew (wrapping) who is neither on leave nor already on the shift: `Covering`, with
//!    `covers` = the one on leave. Nobody free: the slot stays empty (a gap). The rotation does not
//!    shift: the next duty day's crew is what it would have been.
//! 4. **Overrides**, after rotation and leave, in id order. An override with `rule_id` targets that
//!    rule's shift on its date; when the rule has no shift that day (not a duty day, a skipped
//!    holiday, outside its dates) it targets an ad-hoc duty with the rule's community and times
//!    (with the override's own when the rule is unknown). Without `rule_id` it targets the ad-hoc
//!    duty (date, community, start, end). `Add` puts the person on the target, creating an ad-hoc
//!    shift if needed (`Added`; nothing if already there). `Remove` takes the person off.
//!    `Replace` puts `replacement_id` in the person's place (`Replacing`, `covers` = the person);
//!    a replacement already on the shift stays as is and the person just leaves; a Replace without
//!    replacement acts as a Remove. A Remove or Replace whose person is not on the target does
//!    nothing and is reported. A swap is two Replaces (A→B on day 1, B→A on day 2).
//! 5. **No silent double-booking.** Overrides are obeyed even when they put someone on leave or on
//!    two overlapping shifts; `problems` reports every such case. Rotation and cover never put a
//!    person on leave on a shift (two rules sharing members may still overlap: reported too).
//!
//! Output: rule shifts exist on every duty day, even empty (`needed` = `per_slot`); ad-hoc shifts
//! (`needed` 0) exist while someone is on them. Sorted by date, start time, rule id, ad-hoc last.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    pub id: i64,
    /// `None`: the whole workstation.
    pub community_id: Option<i64>,
    /// ISO weekdays, 1 = Monday .. 7 = Sunday; `[3, 7]` is Wednesday and Sunday.
    pub weekdays: Vec<u8>,
    pub start_time: String,
    /// Same day, after `start_time`.
    pub end_time: String,
    /// How many officers each duty day.
    pub per_slot: u32,
    /// Person ids in rotation order.
    pub members: Vec<i64>,
    /// Rotation position 0 is the first duty day on or after this date.
    pub start_date: String,
    /// Inclusive.
    pub end_date: Option<String>,
    pub skip_holidays: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OverrideKind {
    Add,
    Remove,
    Replace,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Override {
    pub id: i64,
    pub kind: OverrideKind,
    pub date: String,
    /// The rule whose shift it changes; `None` for an ad-hoc duty.
    pub rule_id: Option<i64>,
    /// Ad-hoc duties only, like the times.
    pub community_id: Option<i64>,
    pub start_time: String,
    pub end_time: String,
    /// Add: who is added; Remove: who is taken off; Replace: who is replaced.
    pub person_id: i64,
    /// Replace: who takes over.
    pub replacement_id: Option<i64>,
}

/// Leave of a person, both dates inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Leave {
    pub id: i64,
    pub person_id: i64,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// 法定节假日 (and the days of its block).
    Holiday,
    /// 调休上班日: a weekend day worked to make up for a holiday block.
    Workday,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Holiday {
    pub date: String,
    pub kind: DayKind,
    pub name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Rotation,
    /// Took the turn of someone on leave.
    Covering,
    Added,
    Replacing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OnDuty {
    pub person_id: i64,
    pub source: Source,
    /// The person on leave (`Covering`) or replaced (`Replacing`).
    pub covers: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Shift {
    pub date: String,
    /// `None`: an ad-hoc duty.
    pub rule_id: Option<i64>,
    pub community_id: Option<i64>,
    pub start_time: String,
    pub end_time: String,
    /// `per_slot` for rule shifts, 0 for ad-hoc ones.
    pub needed: u32,
    pub people: Vec<OnDuty>,
    /// The holiday's name when the date is a public holiday (a rule that works holidays, ad-hoc).
    pub holiday: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub rules: &'a [Rule],
    pub overrides: &'a [Override],
    pub leaves: &'a [Leave],
    pub holidays: &'a [Holiday],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case", rename_all_fields = "camelCase")]
pub enum Problem {
    /// A rule shift with fewer people than it needs.
    Gap { date: String, rule_id: Option<i64>, community_id: Option<i64>, needed: u32, have: u32 },
    /// The same person on shifts of one date whose windows overlap: (rule id, start time) of each.
    DoubleBooked { date: String, person_id: i64, shifts: Vec<(Option<i64>, String)> },
    /// Someone on a shift while on leave (only an override can do that).
    OnLeave { date: String, person_id: i64, rule_id: Option<i64> },
    /// A Remove or Replace whose person was not on the shift, or an override whose date is invalid.
    OverrideUnused { override_id: i64, date: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Balance {
    pub person_id: i64,
    /// Duty days: dates with at least one shift (two shifts on one date count once).
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BalanceReport {
    /// Every rule member and everyone on a shift, by count (highest first), then id.
    pub per_person: Vec<Balance>,
    pub min: u32,
    pub max: u32,
    pub spread: u32,
}

/// Shifts whose date lies in `[from, to]`, sorted by date, start time, rule id (ad-hoc last).
pub fn compute(input: &Input, from: NaiveDate, to: NaiveDate) -> Vec<Shift> {
    let overrides: Vec<&Override> = input.overrides.iter().collect();
    build(input, &Calendar::new(input), &overrides, from, to).shifts
}

/// Gaps, double bookings and people on leave in `shifts`; then overrides that changed nothing,
/// judged from `input` alone for every override it holds (pass those of the range shown).
/// Sorted by date.
pub fn problems(input: &Input, shifts: &[Shift]) -> Vec<Problem> {
    let cal = Calendar::new(input);
    let mut out = Vec::new();
    let mut by_person: BTreeMap<(&str, i64), Vec<usize>> = BTreeMap::new();
    for (i, s) in shifts.iter().enumerate() {
        let have = u32::try_from(s.people.len()).unwrap_or(u32::MAX);
        if have < s.needed {
            let (date, rule_id, community_id) = (s.date.clone(), s.rule_id, s.community_id);
            out.push(Problem::Gap { date, rule_id, community_id, needed: s.needed, have });
        }
        let day = parse_date(&s.date);
        for p in &s.people {
            by_person.entry((&s.date, p.person_id)).or_default().push(i);
            if day.is_some_and(|d| cal.on_leave(p.person_id, d)) {
                let (date, rule_id) = (s.date.clone(), s.rule_id);
                out.push(Problem::OnLeave { date, person_id: p.person_id, rule_id });
            }
        }
    }
    for ((date, person_id), idx) in by_person {
        let win = |i: usize| window(&shifts[i].start_time, &shifts[i].end_time);
        let clashing: Vec<(Option<i64>, String)> = (0..idx.len())
            .filter(|&a| (0..idx.len()).any(|b| a != b && overlap(win(idx[a]), win(idx[b]))))
            .map(|a| (shifts[idx[a]].rule_id, shifts[idx[a]].start_time.clone()))
            .collect();
        if !clashing.is_empty() {
            out.push(Problem::DoubleBooked { date: date.to_owned(), person_id, shifts: clashing });
        }
    }
    out.extend(unused_overrides(input, &cal));
    out.sort_by(|a, b| a.date().cmp(b.date()));
    out
}

/// Duty days per person over `shifts`, with every member of `input`'s rules (0 if idle).
pub fn balance(input: &Input, shifts: &[Shift]) -> BalanceReport {
    let mut days: BTreeMap<i64, HashSet<&str>> = BTreeMap::new();
    for id in input.rules.iter().flat_map(|r| &r.members) {
        days.entry(*id).or_default();
    }
    for s in shifts {
        for p in &s.people {
            days.entry(p.person_id).or_default().insert(&s.date);
        }
    }
    let mut per_person: Vec<Balance> = days
        .into_iter()
        .map(|(person_id, d)| Balance { person_id, count: u32::try_from(d.len()).unwrap_or(0) })
        .collect();
    per_person.sort_by(|a, b| b.count.cmp(&a.count).then(a.person_id.cmp(&b.person_id)));
    let min = per_person.iter().map(|b| b.count).min().unwrap_or(0);
    let max = per_person.iter().map(|b| b.count).max().unwrap_or(0);
    BalanceReport { per_person, min, max, spread: max - min }
}

impl Problem {
    pub fn date(&self) -> &str {
        match self {
            Problem::Gap { date, .. }
            | Problem::DoubleBooked { date, .. }
            | Problem::OnLeave { date, .. }
            | Problem::OverrideUnused { date, .. } => date,
        }
    }
}

/// Which shift of a date an override targets.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    Rule(i64),
    /// Community, start, end.
    AdHoc(Option<i64>, String, String),
}

struct Built {
    shifts: Vec<Shift>,
    /// Ids of overrides that changed nothing (see `Problem::OverrideUnused`).
    unused: Vec<i64>,
}

fn build(
    input: &Input,
    cal: &Calendar,
    overrides: &[&Override],
    from: NaiveDate,
    to: NaiveDate,
) -> Built {
    let blank = |d| Shift { date: format_date(d), holiday: cal.holiday(d), ..Shift::default() };
    let mut map: BTreeMap<(NaiveDate, Slot), Shift> = BTreeMap::new();
    let mut rules: HashMap<i64, &Rule> = HashMap::new();
    for rule in input.rules {
        if rules.contains_key(&rule.id) {
            continue;
        }
        rules.insert(rule.id, rule);
        for (d, people) in rule_crews(rule, cal, from, to) {
            let (start_time, end_time) = (rule.start_time.clone(), rule.end_time.clone());
            let (rule_id, community_id, needed) = (Some(rule.id), rule.community_id, rule.per_slot);
            let shift =
                Shift { rule_id, community_id, start_time, end_time, needed, people, ..blank(d) };
            map.insert((d, Slot::Rule(rule.id)), shift);
        }
    }
    let mut ordered = overrides.to_vec();
    ordered.sort_by_key(|o| o.id);
    let mut unused = Vec::new();
    for o in ordered {
        let Some(d) = parse_date(&o.date) else {
            unused.push(o.id);
            continue;
        };
        if d < from || d > to {
            continue;
        }
        let slot = match o.rule_id.map(|id| (id, rules.get(&id))) {
            Some((id, _)) if map.contains_key(&(d, Slot::Rule(id))) => Slot::Rule(id),
            Some((_, Some(r))) => {
                Slot::AdHoc(r.community_id, r.start_time.clone(), r.end_time.clone())
            }
            _ => Slot::AdHoc(o.community_id, o.start_time.clone(), o.end_time.clone()),
        };
        if let (OverrideKind::Add, Slot::AdHoc(community_id, start, end)) = (o.kind, &slot) {
            let (start_time, end_time) = (start.clone(), end.clone());
            let shift = Shift { community_id: *community_id, start_time, end_time, ..blank(d) };
            map.entry((d, slot.clone())).or_insert(shift);
        }
        let shift = map.get_mut(&(d, slot));
        if !shift.is_some_and(|s| apply(o, &mut s.people)) {
            unused.push(o.id);
        }
    }
    let mut shifts: Vec<Shift> =
        map.into_values().filter(|s| s.rule_id.is_some() || !s.people.is_empty()).collect();
    shifts.sort_by_cached_key(|s| {
        let start = window(&s.start_time, &s.end_time).0;
        let texts = (s.start_time.clone(), s.end_time.clone());
        (s.date.clone(), start, s.rule_id.is_none(), s.rule_id, s.community_id, texts)
    });
    Built { shifts, unused }
}

/// Applies one override to a shift's people; false when it had nothing to act on.
fn apply(o: &Override, people: &mut Vec<OnDuty>) -> bool {
    let at = people.iter().position(|p| p.person_id == o.person_id);
    match (o.kind, at, o.replacement_id) {
        (OverrideKind::Add, None, _) => {
            people.push(OnDuty { person_id: o.person_id, source: Source::Added, covers: None });
        }
        (OverrideKind::Add, Some(_), _) => {}
        (_, None, _) => return false,
        (OverrideKind::Replace, Some(_), Some(r)) if r == o.person_id => {}
        (OverrideKind::Replace, Some(i), Some(r)) if !people.iter().any(|p| p.person_id == r) => {
            people[i] =
                OnDuty { person_id: r, source: Source::Replacing, covers: Some(o.person_id) };
        }
        (_, Some(i), _) => {
            people.remove(i);
        }
    }
    true
}

/// The overrides that changed nothing, each judged by replaying its own date.
fn unused_overrides(input: &Input, cal: &Calendar) -> Vec<Problem> {
    let mut by_date: BTreeMap<NaiveDate, Vec<&Override>> = BTreeMap::new();
    let mut unused = HashSet::new();
    for o in input.overrides {
        match parse_date(&o.date) {
            Some(d) => by_date.entry(d).or_default().push(o),
            None => _ = unused.insert(o.id),
        }
    }
    for (d, list) in &by_date {
        unused.extend(build(input, cal, list, *d, *d).unused);
    }
    let unused = input.overrides.iter().filter(|o| unused.contains(&o.id));
    unused.map(|o| Problem::OverrideUnused { override_id: o.id, date: o.date.clone() }).collect()
}

/// The crews (after leave) of a rule's duty days in `[from, to]`.
fn rule_crews(
    rule: &Rule,
    cal: &Calendar,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<(NaiveDate, Vec<OnDuty>)> {
    let mask: [bool; 7] =
        std::array::from_fn(|i| rule.weekdays.iter().any(|w| usize::from(*w) == i + 1));
    let Some(start) = parse_date(&rule.start_date) else { return Vec::new() };
    let end = match rule.end_date.as_deref().map(parse_date) {
        None => to,
        Some(Some(e)) => e.min(to),
        Some(None) => return Vec::new(),
    };
    let first = start.max(from);
    if first > end || !mask.contains(&true) {
        return Vec::new();
    }
    let on_weekday = |d: &NaiveDate| mask[weekday(*d)];
    let is_duty =
        |d: &NaiveDate| on_weekday(d) && !(rule.skip_holidays && cal.holidays.contains_key(d));
    // k of `first` = duty days in [start, first): whole weeks, a tail, minus skipped holidays.
    let span = u64::try_from((first - start).num_days()).unwrap_or(0);
    let per_week = mask.iter().filter(|m| **m).count() as u64;
    let tail = (0..span % 7).filter(|i| mask[(weekday(start) + *i as usize) % 7]).count() as u64;
    let skipped = if rule.skip_holidays {
        cal.holidays.keys().filter(|d| **d >= start && **d < first && on_weekday(d)).count() as u64
    } else {
        0
    };
    let k0 = (span / 7 * per_week + tail).saturating_sub(skipped);
    let mut seen = HashSet::new();
    let members: Vec<i64> = rule.members.iter().copied().filter(|m| seen.insert(*m)).collect();
    let days = first.iter_days().take_while(|d| *d <= end).filter(is_duty);
    (k0..)
        .zip(days)
        .map(|(k, d)| (d, crew(&members, rule.per_slot, k, |p| cal.on_leave(p, d))))
        .collect()
}

/// Day k's crew (rule 2) with leave covered (rule 3).
fn crew(members: &[i64], per_slot: u32, k: u64, on_leave: impl Fn(i64) -> bool) -> Vec<OnDuty> {
    let len = members.len() as u64;
    if len == 0 {
        return Vec::new();
    }
    let base = (k % len) * (u64::from(per_slot) % len) % len;
    let at = |i: u64| members[((base + i) % len) as usize];
    let n = u64::from(per_slot).min(len);
    let mut free = (n..len).map(at).filter(|p| !on_leave(*p));
    let mut people = Vec::new();
    for p in (0..n).map(at) {
        if !on_leave(p) {
            people.push(OnDuty { person_id: p, source: Source::Rotation, covers: None });
        } else if let Some(c) = free.next() {
            people.push(OnDuty { person_id: c, source: Source::Covering, covers: Some(p) });
        }
    }
    people
}

/// Holidays (kind `Holiday` only) and leave, indexed by date and person.
struct Calendar<'a> {
    holidays: HashMap<NaiveDate, &'a str>,
    leaves: HashMap<i64, Vec<(NaiveDate, NaiveDate)>>,
}

impl<'a> Calendar<'a> {
    fn new(input: &Input<'a>) -> Self {
        let mut holidays = HashMap::new();
        for h in input.holidays.iter().filter(|h| h.kind == DayKind::Holiday) {
            if let Some(d) = parse_date(&h.date) {
                holidays.entry(d).or_insert(h.name.as_str());
            }
        }
        let mut leaves: HashMap<i64, Vec<_>> = HashMap::new();
        for l in input.leaves {
            if let (Some(a), Some(b)) = (parse_date(&l.from), parse_date(&l.to)) {
                leaves.entry(l.person_id).or_default().push((a, b));
            }
        }
        Calendar { holidays, leaves }
    }

    fn holiday(&self, d: NaiveDate) -> Option<String> {
        self.holidays.get(&d).map(|n| (*n).to_owned())
    }

    fn on_leave(&self, person: i64, d: NaiveDate) -> bool {
        self.leaves.get(&person).is_some_and(|v| v.iter().any(|(a, b)| *a <= d && d <= *b))
    }
}

fn weekday(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn format_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A window in minutes of the day. One that does not parse or is empty counts as the whole day,
/// so a bad time can never hide a double booking.
fn window(start: &str, end: &str) -> (u32, u32) {
    let minutes = |s: &str| {
        let s = s.trim();
        NaiveTime::parse_from_str(s, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
            .ok()
            .map(|t| t.hour() * 60 + t.minute())
    };
    match (minutes(start), minutes(end)) {
        (Some(s), Some(e)) if e > s => (s, e),
        _ => (0, 24 * 60),
    }
}

fn overlap(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
