//! Signing in at the shared desk PC: password or PIN, failures counted per account and
//! written to the audit trail, and a growing lockout after repeated failures.

use chrono::{DateTime, Duration, Local};
use rusqlite::params;
use serde::Deserialize;
use ts_rs::TS;

use super::operators::{self, Operator};
use crate::context::{Actor, Caller, Session, Store};
use crate::error::{AppError, AppResult, ErrorCode};

/// Failures allowed before the account waits; each further failure doubles the wait.
const FREE_ATTEMPTS: i64 = 5;
const FIRST_WAIT_SECS: i64 = 30;
const MAX_WAIT_SECS: i64 = 15 * 60;

#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignInInput {
    pub login: String,
    /// The password, or the account's PIN for a quick switch at the desk.
    pub secret: String,
}

pub fn caller_of(op: &Operator) -> Caller {
    Caller {
        actor: Actor::new(op.login.clone()),
        role: op.role,
        operator_id: Some(op.id),
        person_id: op.person_id,
        communities: op.community_ids.clone(),
    }
}

fn wait_after(failures: i64) -> Option<Duration> {
    (failures >= FREE_ATTEMPTS).then(|| {
        let doublings = (failures - FREE_ATTEMPTS).min(10) as u32;
        Duration::seconds((FIRST_WAIT_SECS << doublings).min(MAX_WAIT_SECS))
    })
}

/// Checks the secret and returns the signed-in operator. An unknown login and a wrong secret
/// get the same answer, so the login screen does not tell which accounts exist.
pub fn sign_in(store: &Store, input: &SignInInput) -> AppResult<Operator> {
    // A login is at most 32 characters; anything longer cannot match and is cut before it
    // reaches the audit trail, so a pasted essay never lands there.
    let login: String = input.login.trim().chars().take(40).collect();
    let bad = || AppError::new(ErrorCode::BadCredentials, "wrong login name or password");
    // The audit records of sign-in name the login that was tried, never the secret.
    let session = Session::new(store, Actor::new(if login.is_empty() { "?" } else { &login }));
    let Some(account) = session.read(|c| operators::secrets(c, &login))? else {
        session.write(|tx| {
            tx.log("sign_in_failed", "session", None, None::<&()>, Some(&"unknown login"))
        })?;
        return Err(bad());
    };
    let now = Local::now();
    if let Some(until) =
        account.locked_until.as_deref().and_then(|u| DateTime::parse_from_rfc3339(u).ok())
    {
        if until > now {
            let secs = (until.with_timezone(&Local) - now).num_seconds().max(1);
            return Err(AppError::new(
                ErrorCode::TooManyAttempts,
                format!("too many failed sign-ins; try again in {secs} s"),
            ));
        }
    }
    let by_password = operators::verify_secret(&input.secret, &account.password_hash);
    let by_pin = !by_password
        && account
            .pin_hash
            .as_deref()
            .is_some_and(|h| operators::verify_secret(input.secret.trim(), h));
    if !(by_password || by_pin) {
        let failures = account.failed_logins + 1;
        let until = wait_after(failures).map(|d| crate::context::stamp(now + d));
        session.write(|tx| {
            tx.conn().execute(
                "UPDATE operator SET failed_logins = ?1, locked_until = ?2 WHERE id = ?3",
                params![failures, until, account.id],
            )?;
            tx.log(
                "sign_in_failed",
                "session",
                Some(account.id.to_string()),
                None::<&()>,
                Some(&failures),
            )
        })?;
        return Err(bad());
    }
    session.write(|tx| {
        tx.conn().execute(
            "UPDATE operator SET failed_logins = 0, locked_until = NULL WHERE id = ?1",
            [account.id],
        )?;
        let how = if by_pin { "pin" } else { "password" };
        tx.log("sign_in", "session", Some(account.id.to_string()), None::<&()>, Some(&how))
    })?;
    session.read(|c| operators::get(c, account.id))
}

/// Records a sign-out or a lock in the trail.
pub fn record(store: &Store, caller: &Caller, action: &str) -> AppResult<()> {
    let id = caller.operator_id.map(|i| i.to_string());
    Session::for_caller(store, caller.clone())
        .write(|tx| tx.log(action, "session", id, None::<&()>, None::<&()>))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_after_five_failures_and_is_capped() {
        assert_eq!(wait_after(4), None);
        assert_eq!(wait_after(5), Some(Duration::seconds(30)));
        assert_eq!(wait_after(6), Some(Duration::seconds(60)));
        assert_eq!(wait_after(40), Some(Duration::seconds(MAX_WAIT_SECS)));
    }
}
