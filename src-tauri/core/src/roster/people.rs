//! People who serve in grids: name, organisation, the party (side) they come from, a public duty
//! phone, a photo for the wall board, notes. One person can serve several grids.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::archive::{self, Archivable};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult};
use crate::validate;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub party: String,
    pub phone: String,
    pub photo: Option<String>,
    pub notes: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    pub name: String,
    pub organisation: String,
    pub party: String,
    pub phone: String,
    pub notes: String,
}

const COLUMNS: &str = "id, name, organisation, party, phone, photo, notes, archived_at IS NOT NULL";

fn from_row(r: &Row) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        organisation: r.get(2)?,
        party: r.get(3)?,
        phone: r.get(4)?,
        photo: r.get(5)?,
        notes: r.get(6)?,
        archived: r.get(7)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> AppResult<Person> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM person WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("person"))
}

/// Live people whose name, phone or organisation contains `text` (all when empty), by name.
pub fn search(conn: &Connection, text: &str, limit: u32) -> AppResult<Vec<Person>> {
    // SQLite refuses a LIKE pattern over 50,000 bytes; nobody types a name that long.
    let text = crate::validate::optional("text", text, 100)?;
    let pattern = format!("%{}%", like_escape(&text));
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM person WHERE archived_at IS NULL
           AND (name LIKE ?1 ESCAPE '\\' OR phone LIKE ?1 ESCAPE '\\'
                OR organisation LIKE ?1 ESCAPE '\\')
         ORDER BY name, id LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![pattern, limit], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Live people with exactly this name (namesakes included), oldest first.
pub fn by_name(conn: &Connection, name: &str) -> AppResult<Vec<Person>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM person WHERE name = ?1 AND archived_at IS NULL ORDER BY id"
    ))?;
    let rows = stmt.query_map([name], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Escapes LIKE's wildcards so a search for "50%" finds "50%", not everything.
pub fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

pub fn validated(input: &PersonInput) -> AppResult<PersonInput> {
    Ok(PersonInput {
        name: validate::required("name", &input.name, 30)?,
        organisation: validate::optional("organisation", &input.organisation, 60)?,
        party: validate::optional("party", &input.party, 20)?,
        phone: validate::phone("phone", &input.phone)?,
        notes: validate::optional("notes", &input.notes, 500)?,
    })
}

pub fn create(tx: &WriteTx, input: &PersonInput) -> AppResult<Person> {
    let v = validated(input)?;
    tx.conn().execute(
        "INSERT INTO person (name, organisation, party, phone, notes,
                             created_at, created_by, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7)",
        params![v.name, v.organisation, v.party, v.phone, v.notes, tx.now(), tx.actor()],
    )?;
    let id = tx.conn().last_insert_rowid();
    tx.log("create", "person", Some(id.to_string()), None::<&()>, Some(&v))?;
    get(tx.conn(), id)
}

pub fn update(tx: &WriteTx, id: i64, input: &PersonInput) -> AppResult<Person> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("person"));
    }
    let v = validated(input)?;
    tx.conn().execute(
        "UPDATE person SET name = ?1, organisation = ?2, party = ?3, phone = ?4, notes = ?5,
                updated_at = ?6, updated_by = ?7 WHERE id = ?8",
        params![v.name, v.organisation, v.party, v.phone, v.notes, tx.now(), tx.actor(), id],
    )?;
    tx.log("update", "person", Some(id.to_string()), Some(&before), Some(&v))?;
    get(tx.conn(), id)
}

pub fn set_photo(tx: &WriteTx, id: i64, photo: Option<&str>) -> AppResult<Person> {
    let before = get(tx.conn(), id)?;
    tx.conn().execute(
        "UPDATE person SET photo = ?1, updated_at = ?2, updated_by = ?3 WHERE id = ?4",
        params![photo, tx.now(), tx.actor(), id],
    )?;
    tx.log("update", "person", Some(id.to_string()), Some(&before.photo), Some(&photo))?;
    get(tx.conn(), id)
}

/// Archives a person and ends their place in every grid (their assignments are archived too).
pub fn archive(tx: &WriteTx, id: i64) -> AppResult<()> {
    archive::archive(tx, Archivable::Person, id)?;
    let ids: Vec<i64> = {
        let mut stmt = tx
            .conn()
            .prepare("SELECT id FROM assignment WHERE person_id = ?1 AND archived_at IS NULL")?;
        let rows = stmt.query_map([id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    for a in ids {
        archive::archive(tx, Archivable::Assignment, a)?;
    }
    Ok(())
}
