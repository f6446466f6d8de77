//! The parties of the "linkage alliance" (property companies, owners' and residents'
//! committees) and the estates (小区) they manage or represent.

use rusqlite::{params, Connection, OptionalExtension, Row};

use super::model::{Estate, EstateInput, Party, PartyInput, PartyKind};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, Reason};
use crate::validate;

const PARTY_COLUMNS: &str =
    "id, kind, name, community_id, contact_name, contact_phone, archived_at IS NOT NULL";

fn party_from_row(r: &Row) -> rusqlite::Result<Party> {
    Ok(Party {
        id: r.get(0)?,
        kind: PartyKind::parse(&r.get::<_, String>(1)?).unwrap_or(PartyKind::Other),
        name: r.get(2)?,
        community_id: r.get(3)?,
        contact_name: r.get(4)?,
        contact_phone: r.get(5)?,
        archived: r.get(6)?,
    })
}

pub fn list_parties(conn: &Connection) -> AppResult<Vec<Party>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PARTY_COLUMNS} FROM party WHERE archived_at IS NULL ORDER BY kind, name"
    ))?;
    let rows = stmt.query_map([], party_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get_party(conn: &Connection, id: i64) -> AppResult<Party> {
    conn.query_row(
        &format!("SELECT {PARTY_COLUMNS} FROM party WHERE id = ?1"),
        [id],
        party_from_row,
    )
    .optional()?
    .ok_or_else(|| AppError::not_found("party"))
}

fn live(conn: &Connection, table: &str, id: i64) -> AppResult<bool> {
    Ok(conn.query_row(
        &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1 AND archived_at IS NULL)"),
        [id],
        |r| r.get(0),
    )?)
}

fn community_ok(conn: &Connection, id: i64, field: &str) -> AppResult<()> {
    if live(conn, "community", id)? {
        Ok(())
    } else {
        Err(AppError::invalid(field, Reason::Invalid))
    }
}

/// Creates (`id` None) or updates a party; a live party of the same kind and name is refused.
pub fn save_party(tx: &WriteTx, id: Option<i64>, input: &PartyInput) -> AppResult<Party> {
    let conn = tx.conn();
    let kind = input.kind.ok_or_else(|| AppError::invalid("kind", Reason::Required))?;
    let name = validate::required("name", &input.name, 60)?;
    let contact_name = validate::optional("contactName", &input.contact_name, 30)?;
    let contact_phone = validate::phone("contactPhone", &input.contact_phone)?;
    if let Some(c) = input.community_id {
        community_ok(conn, c, "communityId")?;
    }
    let clash: Option<i64> = conn
        .query_row(
            "SELECT id FROM party WHERE kind = ?1 AND name = ?2 AND archived_at IS NULL
               AND id IS NOT ?3",
            params![kind.as_str(), name, id],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(AppError::invalid("name", Reason::Duplicate));
    }
    let id = match id {
        None => {
            conn.execute(
                "INSERT INTO party (kind, name, community_id, contact_name, contact_phone,
                     created_at, created_by, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7)",
                params![
                    kind.as_str(),
                    name,
                    input.community_id,
                    contact_name,
                    contact_phone,
                    tx.now(),
                    tx.actor()
                ],
            )?;
            conn.last_insert_rowid()
        }
        Some(id) => {
            if !live(conn, "party", id)? {
                return Err(AppError::not_found("party"));
            }
            conn.execute(
                "UPDATE party SET kind = ?2, name = ?3, community_id = ?4, contact_name = ?5,
                     contact_phone = ?6, updated_at = ?7, updated_by = ?8 WHERE id = ?1",
                params![
                    id,
                    kind.as_str(),
                    name,
                    input.community_id,
                    contact_name,
                    contact_phone,
                    tx.now(),
                    tx.actor()
                ],
            )?;
            id
        }
    };
    let party = get_party(conn, id)?;
    tx.log("save", "party", Some(id.to_string()), None::<&()>, Some(&party.name))?;
    Ok(party)
}

const ESTATE_COLUMNS: &str = "e.id, e.name, e.community_id, m.name, e.address, e.property_party_id,
    p.name, e.owners_party_id, o.name, e.archived_at IS NOT NULL";
const ESTATE_JOINS: &str = "FROM estate e JOIN community m ON m.id = e.community_id
    LEFT JOIN party p ON p.id = e.property_party_id LEFT JOIN party o ON o.id = e.owners_party_id";

fn estate_from_row(r: &Row) -> rusqlite::Result<Estate> {
    Ok(Estate {
        id: r.get(0)?,
        name: r.get(1)?,
        community_id: r.get(2)?,
        community_name: r.get(3)?,
        address: r.get(4)?,
        property_party_id: r.get(5)?,
        property_party_name: r.get(6)?,
        owners_party_id: r.get(7)?,
        owners_party_name: r.get(8)?,
        archived: r.get(9)?,
    })
}

pub fn list_estates(conn: &Connection) -> AppResult<Vec<Estate>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {ESTATE_COLUMNS} {ESTATE_JOINS} WHERE e.archived_at IS NULL ORDER BY m.name, e.name"
    ))?;
    let rows = stmt.query_map([], estate_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get_estate(conn: &Connection, id: i64) -> AppResult<Estate> {
    conn.query_row(
        &format!("SELECT {ESTATE_COLUMNS} {ESTATE_JOINS} WHERE e.id = ?1"),
        [id],
        estate_from_row,
    )
    .optional()?
    .ok_or_else(|| AppError::not_found("estate"))
}

fn party_of_kind(
    conn: &Connection,
    id: Option<i64>,
    kind: PartyKind,
    field: &str,
) -> AppResult<()> {
    if let Some(id) = id {
        let p = get_party(conn, id).map_err(|_| AppError::invalid(field, Reason::Invalid))?;
        if p.archived || p.kind != kind {
            return Err(AppError::invalid(field, Reason::Invalid));
        }
    }
    Ok(())
}

/// Creates (`id` None) or updates an estate; names are unique within a community.
pub fn save_estate(tx: &WriteTx, id: Option<i64>, input: &EstateInput) -> AppResult<Estate> {
    let conn = tx.conn();
    let name = validate::required("name", &input.name, 60)?;
    let address = validate::optional("address", &input.address, 120)?;
    community_ok(conn, input.community_id, "communityId")?;
    party_of_kind(conn, input.property_party_id, PartyKind::PropertyCompany, "propertyPartyId")?;
    party_of_kind(conn, input.owners_party_id, PartyKind::OwnersCommittee, "ownersPartyId")?;
    let clash: Option<i64> = conn
        .query_row(
            "SELECT id FROM estate WHERE community_id = ?1 AND name = ?2 AND archived_at IS NULL
               AND id IS NOT ?3",
            params![input.community_id, name, id],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(AppError::invalid("name", Reason::Duplicate));
    }
    let args = params![
        name,
        input.community_id,
        address,
        input.property_party_id,
        input.owners_party_id,
        tx.now(),
        tx.actor(),
        id
    ];
    let id = match id {
        None => {
            conn.execute(
                "INSERT INTO estate (name, community_id, address, property_party_id,
                     owners_party_id, created_at, created_by, updated_at, updated_by)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6, ?7 WHERE ?8 IS NULL",
                args,
            )?;
            conn.last_insert_rowid()
        }
        Some(id) => {
            if !live(conn, "estate", id)? {
                return Err(AppError::not_found("estate"));
            }
            conn.execute(
                "UPDATE estate SET name = ?1, community_id = ?2, address = ?3,
                     property_party_id = ?4, owners_party_id = ?5, updated_at = ?6,
                     updated_by = ?7 WHERE id = ?8",
                args,
            )?;
            id
        }
    };
    let estate = get_estate(conn, id)?;
    tx.log("save", "estate", Some(id.to_string()), None::<&()>, Some(&estate.name))?;
    Ok(estate)
}

/// Archives a party or an estate: it leaves the lists; meetings and cases keep pointing at it.
pub fn archive(tx: &WriteTx, table: &'static str, id: i64) -> AppResult<()> {
    if !live(tx.conn(), table, id)? {
        return Err(AppError::not_found(table));
    }
    tx.conn().execute(
        &format!(
            "UPDATE {table} SET archived_at = ?2, updated_at = ?2, updated_by = ?3 WHERE id = ?1"
        ),
        params![id, tx.now(), tx.actor()],
    )?;
    tx.log("archive", table, Some(id.to_string()), None::<&()>, None::<&()>)?;
    Ok(())
}

/// Names the estate a case concerns (None: none), so the estate's meeting can pull it in.
/// The estate must lie in the case's community.
pub fn set_case_estate(tx: &WriteTx, case_id: i64, estate_id: Option<i64>) -> AppResult<()> {
    let community: i64 = tx
        .conn()
        .query_row("SELECT community_id FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| AppError::not_found("case"))?;
    if let Some(e) = estate_id {
        let estate =
            get_estate(tx.conn(), e).map_err(|_| AppError::invalid("estateId", Reason::Invalid))?;
        if estate.archived || estate.community_id != community {
            return Err(AppError::invalid("estateId", Reason::Invalid));
        }
    }
    tx.conn()
        .execute("UPDATE cases SET estate_id = ?2 WHERE id = ?1", params![case_id, estate_id])?;
    tx.log("set_estate", "case", Some(case_id.to_string()), None::<&()>, Some(&estate_id))
}
