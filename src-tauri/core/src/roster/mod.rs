//! The "2+N" grid roster: grids of each community, the role dictionary (which roles are the
//! "2" core ones is data), people, and assignments of a person to a grid in a role for a term.
//! Everything is archived, never deleted; every write is logged.

pub mod assignments;
pub mod board;
pub mod counts;
pub mod grids;
pub mod import;
pub mod people;
pub mod roles;
pub mod sheet;
pub mod view;

use chrono::NaiveDate;

use crate::attachments::{self, ImageUpload};
use crate::context::Session;
use crate::error::{AppError, AppResult, Reason};

/// Parses a stored or entered date (`YYYY-MM-DD`).
pub fn parse_date(field: &str, value: &str) -> AppResult<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid(field, Reason::Invalid))
}
/// The data folder of a session's store; pictures live beside the database.
fn data_dir(session: &Session) -> AppResult<std::path::PathBuf> {
    session
        .store()
        .dir()
        .map(std::path::Path::to_path_buf)
        .ok_or_else(|| AppError::internal("an in-memory store has no folder for pictures"))
}

/// Stores the picture, then points the person at it (or clears the photo with `None`).
pub fn set_person_photo(
    session: &Session,
    id: i64,
    image: Option<&ImageUpload>,
) -> AppResult<people::Person> {
    let name = match image {
        Some(img) => Some(attachments::save(&data_dir(session)?, &format!("person-{id}"), img)?),
        None => None,
    };
    session.write(|tx| people::set_photo(tx, id, name.as_deref()))
}

/// Stores the map picture, then points the grid at it (or clears it with `None`).
pub fn set_grid_map(
    session: &Session,
    id: i64,
    image: Option<&ImageUpload>,
) -> AppResult<grids::Grid> {
    let name = match image {
        Some(img) => Some(attachments::save(&data_dir(session)?, &format!("grid-{id}"), img)?),
        None => None,
    };
    session.write(|tx| grids::set_map_image(tx, id, name.as_deref()))
}

#[cfg(test)]
mod import_tests;
#[cfg(test)]
mod tests;
