//! The front desk: Today (工作台), the visit log (接待记录), and the end-of-day handoff that
//! becomes the work log (工作日志). `today` composes the case list's queries with the day's
//! visits; `handoff` counts a day from the records; `export` writes the two record books;
//! `reminders` says what became due for a desktop notification.

pub mod export;
pub mod handoff;
pub mod model;
pub mod reminders;
pub mod synthetic;
pub mod today;
pub mod visits;

#[cfg(test)]
mod tests;
