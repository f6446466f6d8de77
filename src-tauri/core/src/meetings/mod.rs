//! Coordination meetings (联席会议): the four parties of an estate go through its cases and
//! leave with decisions and action items. See model.rs for the records, meetings.rs for the
//! meeting's life (open → closed, frozen), outcomes.rs for decisions, actions and amendments,
//! case_link.rs for what an action does to a case.

mod case_link;

pub mod export;
pub mod meeting;
pub mod model;
pub mod outcomes;
pub mod parties;

#[cfg(test)]
mod case_link_tests;
#[cfg(test)]
mod tests;
