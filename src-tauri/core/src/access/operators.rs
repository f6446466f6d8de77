//! Operator accounts: who may sign in at the shared desk PC, in which role, reaching what.
//! Passwords and PINs are kept as argon2id hashes only; no function here returns or logs them.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::roles::{perms_of, OperatorRole, Perm};
use crate::context::WriteTx;
use crate::error::{AppError, AppResult, ErrorCode, Reason};
use crate::validate;

/// An account as the UI and the audit trail see it: never with its hashes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Operator {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub role: OperatorRole,
    pub has_pin: bool,
    pub person_id: Option<i64>,
    /// Communities the operator is limited to; empty: the whole workstation.
    pub community_ids: Vec<i64>,
    pub archived: bool,
    pub created_at: String,
}

impl Operator {
    pub fn perms(&self) -> Vec<Perm> {
        perms_of(self.role)
    }
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OperatorInput {
    pub login: String,
    pub display_name: String,
    pub role: Option<OperatorRole>,
    /// Required when creating; on update, a new password resets it and empty keeps it.
    pub password: String,
    /// `None` keeps the PIN, empty removes it, 4–6 digits set it.
    pub pin: Option<String>,
    pub person_id: Option<i64>,
    pub community_ids: Vec<i64>,
}

/// The first administrator, created on the first start.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FirstAdminInput {
    pub login: String,
    pub display_name: String,
    pub password: String,
}

const SELECT: &str = "SELECT o.id, o.login, o.display_name, o.role, o.pin_hash IS NOT NULL,
        o.person_id, o.archived_at IS NOT NULL, o.created_at,
        (SELECT group_concat(community_id) FROM operator_reach r WHERE r.operator_id = o.id)
     FROM operator o";

fn from_row(r: &Row) -> rusqlite::Result<Operator> {
    let role: String = r.get(3)?;
    let reach: Option<String> = r.get(8)?;
    let mut community_ids: Vec<i64> =
        reach.unwrap_or_default().split(',').filter_map(|s| s.parse().ok()).collect();
    community_ids.sort_unstable();
    Ok(Operator {
        id: r.get(0)?,
        login: r.get(1)?,
        display_name: r.get(2)?,
        role: OperatorRole::parse(&role).unwrap_or(OperatorRole::Viewer),
        has_pin: r.get(4)?,
        person_id: r.get(5)?,
        community_ids,
        archived: r.get(6)?,
        created_at: r.get(7)?,
    })
}

pub fn list(conn: &Connection) -> AppResult<Vec<Operator>> {
    let mut stmt = conn.prepare(&format!("{SELECT} ORDER BY o.archived_at IS NOT NULL, o.id"))?;
    let rows = stmt.query_map([], from_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn get(conn: &Connection, id: i64) -> AppResult<Operator> {
    conn.query_row(&format!("{SELECT} WHERE o.id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| AppError::not_found("operator"))
}

pub fn any_exists(conn: &Connection) -> AppResult<bool> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM operator)", [], |r| r.get(0))?)
}

/// The secrets of a live account, for signing in.
pub(crate) struct Secrets {
    pub id: i64,
    pub password_hash: String,
    pub pin_hash: Option<String>,
    pub failed_logins: i64,
    pub locked_until: Option<String>,
}

pub(crate) fn secrets(conn: &Connection, login: &str) -> AppResult<Option<Secrets>> {
    Ok(conn
        .query_row(
            "SELECT id, password_hash, pin_hash, failed_logins, locked_until FROM operator
             WHERE login = ?1 COLLATE NOCASE AND archived_at IS NULL",
            [login.trim()],
            |r| {
                Ok(Secrets {
                    id: r.get(0)?,
                    password_hash: r.get(1)?,
                    pin_hash: r.get(2)?,
                    failed_logins: r.get(3)?,
                    locked_until: r.get(4)?,
                })
            },
        )
        .optional()?)
}

pub(crate) fn hash_secret(secret: &str) -> AppResult<String> {
    Argon2::default()
        .hash_password(secret.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(format!("password hashing failed: {e}")))
}

pub(crate) fn verify_secret(secret: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|h| Argon2::default().verify_password(secret.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

fn login(value: &str) -> AppResult<String> {
    let v = validate::required("login", value, 32)?;
    if v.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(AppError::invalid("login", Reason::Invalid));
    }
    Ok(v)
}

/// At least 8 characters, not the login itself: a shared desk PC's accounts guard residents' data.
pub(crate) fn password(value: &str, login: &str) -> AppResult<String> {
    if value.is_empty() {
        return Err(AppError::invalid("password", Reason::Required));
    }
    if value.chars().count() > 128 {
        return Err(AppError::invalid("password", Reason::TooLong));
    }
    if value.chars().count() < 8 || value.eq_ignore_ascii_case(login) {
        return Err(AppError::invalid("password", Reason::Invalid));
    }
    Ok(value.to_string())
}

fn pin(value: &str) -> AppResult<String> {
    let v = value.trim();
    if !(4..=6).contains(&v.len()) || !v.chars().all(|c| c.is_ascii_digit()) {
        return Err(AppError::invalid("pin", Reason::Invalid));
    }
    Ok(v.to_string())
}

fn check_login_free(conn: &Connection, login: &str, except: Option<i64>) -> AppResult<()> {
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM operator WHERE login = ?1 COLLATE NOCASE
             AND archived_at IS NULL AND id IS NOT ?2)",
        params![login, except],
        |r| r.get(0),
    )?;
    if taken {
        return Err(AppError::invalid("login", Reason::Duplicate));
    }
    Ok(())
}

fn check_reach(conn: &Connection, role: OperatorRole, ids: &[i64]) -> AppResult<()> {
    if role == OperatorRole::PropertyManager && ids.is_empty() {
        // Without a reach a property manager would see the whole workstation's cases.
        return Err(AppError::invalid("communityIds", Reason::Required));
    }
    for id in ids {
        let live: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM community WHERE id = ?1 AND archived_at IS NULL)",
            [id],
            |r| r.get(0),
        )?;
        if !live {
            return Err(AppError::invalid("communityIds", Reason::Invalid));
        }
    }
    Ok(())
}

fn check_person(conn: &Connection, person_id: Option<i64>) -> AppResult<()> {
    if let Some(id) = person_id {
        let live: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1 AND archived_at IS NULL)",
            [id],
            |r| r.get(0),
        )?;
        if !live {
            return Err(AppError::invalid("personId", Reason::Invalid));
        }
    }
    Ok(())
}

fn set_reach(tx: &WriteTx, id: i64, ids: &[i64]) -> AppResult<()> {
    tx.conn().execute("DELETE FROM operator_reach WHERE operator_id = ?1", [id])?;
    for c in ids {
        tx.conn().execute(
            "INSERT OR IGNORE INTO operator_reach (operator_id, community_id) VALUES (?1, ?2)",
            [id, *c],
        )?;
    }
    Ok(())
}

pub fn create(tx: &WriteTx, input: &OperatorInput) -> AppResult<Operator> {
    let login = login(&input.login)?;
    let display_name = validate::required("displayName", &input.display_name, 40)?;
    let role = input.role.ok_or_else(|| AppError::invalid("role", Reason::Required))?;
    let password = password(&input.password, &login)?;
    let pin = input.pin.as_deref().filter(|p| !p.trim().is_empty()).map(pin).transpose()?;
    check_login_free(tx.conn(), &login, None)?;
    check_reach(tx.conn(), role, &input.community_ids)?;
    check_person(tx.conn(), input.person_id)?;
    tx.conn().execute(
        "INSERT INTO operator (login, display_name, role, password_hash, pin_hash, person_id,
             created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            login,
            display_name,
            role.as_str(),
            hash_secret(&password)?,
            pin.as_deref().map(hash_secret).transpose()?,
            input.person_id,
            tx.now()
        ],
    )?;
    let id = tx.conn().last_insert_rowid();
    set_reach(tx, id, &input.community_ids)?;
    let v = get(tx.conn(), id)?;
    tx.log("create", "operator", Some(id.to_string()), None::<&()>, Some(&v))?;
    Ok(v)
}

/// Live administrators other than `except`: the last one may not be demoted or archived.
fn other_admins(conn: &Connection, except: i64) -> AppResult<i64> {
    Ok(conn.query_row(
        "SELECT count(*) FROM operator WHERE role = 'admin' AND archived_at IS NULL AND id != ?1",
        [except],
        |r| r.get(0),
    )?)
}

fn last_admin() -> AppError {
    AppError::new(ErrorCode::Conflict, "the last administrator must stay an administrator")
}

pub fn update(tx: &WriteTx, id: i64, input: &OperatorInput) -> AppResult<Operator> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("operator"));
    }
    let login = login(&input.login)?;
    let display_name = validate::required("displayName", &input.display_name, 40)?;
    let role = input.role.ok_or_else(|| AppError::invalid("role", Reason::Required))?;
    if before.role == OperatorRole::Admin
        && role != OperatorRole::Admin
        && other_admins(tx.conn(), id)? == 0
    {
        return Err(last_admin());
    }
    let new_password =
        (!input.password.is_empty()).then(|| password(&input.password, &login)).transpose()?;
    let new_pin = match input.pin.as_deref() {
        None => None,
        Some(p) if p.trim().is_empty() => Some(None),
        Some(p) => Some(Some(pin(p)?)),
    };
    check_login_free(tx.conn(), &login, Some(id))?;
    check_reach(tx.conn(), role, &input.community_ids)?;
    check_person(tx.conn(), input.person_id)?;
    tx.conn().execute(
        "UPDATE operator SET login = ?1, display_name = ?2, role = ?3, person_id = ?4 WHERE id = ?5",
        params![login, display_name, role.as_str(), input.person_id, id],
    )?;
    if let Some(p) = new_password {
        set_password_hash(tx, id, &hash_secret(&p)?)?;
    }
    if let Some(p) = new_pin {
        let hash = p.as_deref().map(hash_secret).transpose()?;
        tx.conn().execute("UPDATE operator SET pin_hash = ?1 WHERE id = ?2", params![hash, id])?;
    }
    set_reach(tx, id, &input.community_ids)?;
    let after = get(tx.conn(), id)?;
    tx.log("update", "operator", Some(id.to_string()), Some(&before), Some(&after))?;
    Ok(after)
}

/// A new password also lifts a sign-in lockout: the administrator has vouched for the person.
fn set_password_hash(tx: &WriteTx, id: i64, hash: &str) -> AppResult<()> {
    tx.conn().execute(
        "UPDATE operator SET password_hash = ?1, failed_logins = 0, locked_until = NULL
         WHERE id = ?2",
        params![hash, id],
    )?;
    Ok(())
}

pub fn archive(tx: &WriteTx, id: i64, by: Option<i64>) -> AppResult<()> {
    let before = get(tx.conn(), id)?;
    if before.archived {
        return Err(AppError::not_found("operator"));
    }
    if by == Some(id) {
        return Err(AppError::new(ErrorCode::Conflict, "an operator cannot archive themselves"));
    }
    if before.role == OperatorRole::Admin && other_admins(tx.conn(), id)? == 0 {
        return Err(last_admin());
    }
    tx.conn()
        .execute("UPDATE operator SET archived_at = ?1 WHERE id = ?2", params![tx.now(), id])?;
    tx.log("archive", "operator", Some(id.to_string()), Some(&before), None::<&()>)?;
    Ok(())
}

/// The first administrator; refused once any account exists.
pub fn create_first_admin(tx: &WriteTx, input: &FirstAdminInput) -> AppResult<Operator> {
    if any_exists(tx.conn())? {
        return Err(AppError::new(ErrorCode::Conflict, "the administrator already exists"));
    }
    create(
        tx,
        &OperatorInput {
            login: input.login.clone(),
            display_name: input.display_name.clone(),
            role: Some(OperatorRole::Admin),
            password: input.password.clone(),
            ..Default::default()
        },
    )
}

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PasswordChange {
    pub current: String,
    pub new_password: String,
}

/// An operator changes their own password, proving the current one.
pub fn change_own_password(tx: &WriteTx, id: i64, change: &PasswordChange) -> AppResult<()> {
    let op = get(tx.conn(), id)?;
    let hash: String =
        tx.conn()
            .query_row("SELECT password_hash FROM operator WHERE id = ?1", [id], |r| r.get(0))?;
    if !verify_secret(&change.current, &hash) {
        return Err(AppError::invalid("current", Reason::Invalid));
    }
    let new = password(&change.new_password, &op.login)
        .map_err(|e| AppError { field: Some("newPassword".into()), ..e })?;
    set_password_hash(tx, id, &hash_secret(&new)?)?;
    tx.log("update", "operator", Some(id.to_string()), None::<&()>, Some(&"password changed"))?;
    Ok(())
}

/// The caller changes their own password.
pub fn change_password_by(s: &crate::Session, change: &PasswordChange) -> AppResult<()> {
    let id = s.caller().operator_id.ok_or_else(|| {
        AppError::new(ErrorCode::Conflict, "the command line has no account password")
    })?;
    s.write(|tx| change_own_password(tx, id, change))
}

/// The caller archives an account (never their own).
pub fn archive_by(s: &crate::Session, id: i64) -> AppResult<()> {
    let by = s.caller().operator_id;
    s.write(|tx| archive(tx, id, by))
}
