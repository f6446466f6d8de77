//! Workstation-wide settings as key/value rows. Each area owns its keys; this module owns the
//! generic storage and the UI language.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::context::WriteTx;
use crate::error::AppResult;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub enum Language {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en-US")]
    EnUs,
}

impl Language {
    pub fn as_str(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
            Language::EnUs => "en-US",
        }
    }

    fn parse(s: &str) -> Option<Language> {
        match s {
            "zh-CN" => Some(Language::ZhCn),
            "en-US" => Some(Language::EnUs),
            _ => None,
        }
    }
}

pub fn get(conn: &Connection, key: &str) -> AppResult<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set(tx: &WriteTx, key: &str, value: &str) -> AppResult<()> {
    let before = get(tx.conn(), key)?;
    if before.as_deref() == Some(value) {
        return Ok(());
    }
    tx.conn().execute(
        "INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (key) DO UPDATE SET value = ?2, updated_at = ?3, updated_by = ?4",
        params![key, value, tx.now(), tx.actor()],
    )?;
    tx.log("update", "setting", Some(key.to_string()), before.as_ref(), Some(&value))?;
    Ok(())
}

/// The UI language; Simplified Chinese until someone picks another.
pub fn language(conn: &Connection) -> AppResult<Language> {
    Ok(get(conn, "ui.language")?.and_then(|v| Language::parse(&v)).unwrap_or_default())
}

pub fn set_language(tx: &WriteTx, language: Language) -> AppResult<Language> {
    set(tx, "ui.language", language.as_str())?;
    Ok(language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{Actor, Session, Store};

    #[test]
    fn language_defaults_to_chinese_and_is_remembered() {
        let store = Store::open_in_memory().expect("store");
        let s = Session::new(&store, Actor::new("t"));
        assert_eq!(s.read(language).expect("read"), Language::ZhCn);
        s.write(|tx| set_language(tx, Language::EnUs)).expect("set");
        assert_eq!(s.read(language).expect("read"), Language::EnUs);
        let logged: i64 = s
            .read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM change_log WHERE entity='setting'",
                    [],
                    |r| r.get(0),
                )?)
            })
            .expect("count");
        assert_eq!(logged, 1, "the change is logged once");
        s.write(|tx| set_language(tx, Language::EnUs)).expect("same again");
        let logged_again: i64 = s
            .read(|c| Ok(c.query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))?))
            .expect("count");
        assert_eq!(logged_again, 1, "setting the same value again is not a change");
    }
}
