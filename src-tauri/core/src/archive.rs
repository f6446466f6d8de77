//! Archiving: the one way a record leaves the lists. The row stays, with `archived_at` set, so
//! history and old cases keep pointing at it.

use rusqlite::{params, OptionalExtension};

use crate::context::WriteTx;
use crate::error::{AppError, AppResult};

/// The tables whose rows can be archived, with the entity name used in the change log.
#[derive(Debug, Clone, Copy)]
pub enum Archivable {
    Grid,
    Role,
    Person,
    Assignment,
    DutyRule,
    DutyOverride,
    DutyLeave,
}

impl Archivable {
    fn table(self) -> &'static str {
        match self {
            Archivable::Grid => "grid",
            Archivable::Role => "grid_role",
            Archivable::Person => "person",
            Archivable::Assignment => "assignment",
            Archivable::DutyRule => "duty_rule",
            Archivable::DutyOverride => "duty_override",
            Archivable::DutyLeave => "duty_leave",
        }
    }
}

/// Archives one live row; `NotFound` if it does not exist or is archived already.
pub fn archive(tx: &WriteTx, what: Archivable, id: i64) -> AppResult<()> {
    let table = what.table();
    let live: Option<i64> = tx
        .conn()
        .query_row(
            &format!("SELECT id FROM {table} WHERE id = ?1 AND archived_at IS NULL"),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    if live.is_none() {
        return Err(AppError::not_found(table));
    }
    tx.conn().execute(
        &format!(
            "UPDATE {table} SET archived_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3"
        ),
        params![tx.now(), tx.actor(), id],
    )?;
    tx.log("archive", table, Some(id.to_string()), None::<&()>, None::<&()>)?;
    Ok(())
}
