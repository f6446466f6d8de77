//! The audit trail: `change_log` rows, appended in the same transaction as the write they
//! describe and hash-chained. Each record's `hash` is SHA-256 over the previous record's hash
//! and its own fields, and `audit_head` holds the newest one, so an edited, deleted, reordered
//! or cut-off record breaks the chain at a record `verify` can name.
//!
//! Tamper-evident, not tamper-proof: someone who can write the file and recompute SHA-256 can
//! rewrite the whole chain. Copies kept elsewhere (backups) bound that.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{AppError, AppResult};

/// One record as the chain sees it.
struct Link {
    id: i64,
    at: String,
    actor: String,
    action: String,
    entity: String,
    entity_id: Option<String>,
    before: Option<String>,
    after: Option<String>,
}

impl Link {
    /// A JSON array: an unambiguous encoding of the fields, whatever text they hold.
    fn hash(&self, prev: &str) -> String {
        let fields = serde_json::json!([
            self.id,
            self.at,
            self.actor,
            self.action,
            self.entity,
            self.entity_id,
            self.before,
            self.after
        ]);
        let mut h = Sha256::new();
        h.update(prev.as_bytes());
        h.update(b"\n");
        h.update(fields.to_string().as_bytes());
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The chain's newest record: (id, hash); (0, "") before the first.
pub(crate) fn head(conn: &Connection) -> AppResult<(i64, String)> {
    Ok(conn
        .query_row("SELECT last_id, last_hash FROM audit_head WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?
        .unwrap_or((0, String::new())))
}

/// Appends one record after `prev` and returns the new head. The caller stores the head once
/// per transaction (`store_head`), so a thousand-row import does not rewrite it a thousand times.
#[allow(clippy::too_many_arguments)]
pub(crate) fn append(
    conn: &Connection,
    prev: &(i64, String),
    at: &str,
    actor: &str,
    action: &str,
    entity: &str,
    entity_id: Option<String>,
    before: Option<String>,
    after: Option<String>,
) -> AppResult<(i64, String)> {
    let link = Link {
        id: prev.0 + 1,
        at: at.to_string(),
        actor: actor.to_string(),
        action: action.to_string(),
        entity: entity.to_string(),
        entity_id,
        before,
        after,
    };
    let hash = link.hash(&prev.1);
    conn.prepare_cached(
        "INSERT INTO change_log
             (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        link.id,
        link.at,
        link.actor,
        link.action,
        link.entity,
        link.entity_id,
        link.before,
        link.after,
        prev.1,
        hash
    ])?;
    Ok((link.id, hash))
}

pub(crate) fn store_head(conn: &Connection, head: &(i64, String)) -> AppResult<()> {
    conn.execute(
        "INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET last_id = ?1, last_hash = ?2",
        params![head.0, head.1],
    )?;
    Ok(())
}

fn read_links(
    conn: &Connection,
    from_id: i64,
    f: &mut dyn FnMut(Link, Option<String>, Option<String>) -> AppResult<bool>,
) -> AppResult<()> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash
         FROM change_log WHERE id >= ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([from_id])?;
    while let Some(r) = rows.next()? {
        let link = Link {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            entity: r.get(4)?,
            entity_id: r.get(5)?,
            before: r.get(6)?,
            after: r.get(7)?,
        };
        if !f(link, r.get(8)?, r.get(9)?)? {
            break;
        }
    }
    Ok(())
}

/// Chains the records written before the chain existed (the migration that adds it).
pub(crate) fn chain_unhashed(conn: &Connection) -> AppResult<()> {
    let mut links = Vec::new();
    read_links(conn, 0, &mut |l, _, _| {
        links.push(l);
        Ok(true)
    })?;
    // Renumber to 1..n so the chain's rule "each id follows the previous" holds from the start.
    let mut prev = (0i64, String::new());
    conn.execute("CREATE TEMP TABLE old_log AS SELECT * FROM change_log", [])?;
    conn.execute("DELETE FROM change_log", [])?;
    for l in links {
        prev = append(
            conn,
            &prev,
            &l.at,
            &l.actor,
            &l.action,
            &l.entity,
            l.entity_id,
            l.before,
            l.after,
        )?;
    }
    conn.execute("DROP TABLE temp.old_log", [])?;
    if prev.0 > 0 {
        store_head(conn, &prev)?;
    }
    Ok(())
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditCheck {
    pub ok: bool,
    /// Records checked.
    pub records: i64,
    /// The first record that is not what the chain says it should be.
    pub first_broken: Option<i64>,
    /// English, for the CLI and logs: what is wrong at `first_broken`.
    pub problem: Option<String>,
}

/// Walks the whole chain from the first record.
pub fn verify(conn: &Connection) -> AppResult<AuditCheck> {
    let mut prev = (0i64, String::new());
    let mut broken: Option<(i64, String)> = None;
    let mut records = 0;
    read_links(conn, 0, &mut |link, prev_hash, hash| {
        records += 1;
        let id = link.id;
        let problem = if id != prev.0 + 1 {
            Some(format!("record {} is missing (the next one found is {id})", prev.0 + 1))
        } else if prev_hash.as_deref().unwrap_or("") != prev.1 {
            Some(format!("record {id} does not point at record {}", prev.0))
        } else if hash.as_deref() != Some(link.hash(&prev.1).as_str()) {
            Some(format!("record {id} was changed after it was written"))
        } else {
            None
        };
        if let Some(p) = problem {
            broken = Some((if id != prev.0 + 1 { prev.0 + 1 } else { id }, p));
            return Ok(false);
        }
        prev = (id, hash.unwrap_or_default());
        Ok(true)
    })?;
    if broken.is_none() {
        let head = head(conn)?;
        if head.0 > prev.0 {
            broken =
                Some((prev.0 + 1, format!("records {} to {} were removed", prev.0 + 1, head.0)));
        } else if head.0 != prev.0 || head.1 != prev.1 {
            broken = Some((prev.0, format!("record {} is not the chain's recorded end", prev.0)));
        }
    }
    Ok(AuditCheck {
        ok: broken.is_none(),
        records,
        first_broken: broken.as_ref().map(|b| b.0),
        problem: broken.map(|b| b.1),
    })
}

/// Filters of the administrator's audit view.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditQuery {
    /// Exact actor (an operator's login, or `os:user` for the command line).
    pub actor: Option<String>,
    pub area: Option<AuditArea>,
    /// Dates, `YYYY-MM-DD`, both ends included.
    pub from: Option<String>,
    pub to: Option<String>,
    pub page: u32,
    pub page_size: u32,
}

/// The product area a record belongs to, from the kind of record it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditArea {
    Access,
    Workstation,
    Roster,
    Duty,
}

impl AuditArea {
    const ALL: [AuditArea; 4] =
        [AuditArea::Access, AuditArea::Workstation, AuditArea::Roster, AuditArea::Duty];

    /// The `entity` values of the area. New record kinds land in `Workstation` until listed.
    fn entities(self) -> &'static [&'static str] {
        match self {
            AuditArea::Access => &["operator", "session"],
            AuditArea::Roster => &["grid", "grid_role", "person", "assignment"],
            AuditArea::Duty => {
                &["duty_rule", "duty_override", "duty_leave", "duty_attendance", "holiday"]
            }
            AuditArea::Workstation => &[],
        }
    }

    fn of(entity: &str) -> AuditArea {
        AuditArea::ALL
            .into_iter()
            .find(|a| a.entities().contains(&entity))
            .unwrap_or(AuditArea::Workstation)
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub area: AuditArea,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditPage {
    pub records: Vec<AuditRecord>,
    pub total: i64,
    /// Everyone who appears in the trail, for the filter.
    pub actors: Vec<String>,
}

/// The newest records first, filtered.
pub fn list(conn: &Connection, q: &AuditQuery) -> AppResult<AuditPage> {
    let day = |field: &str, v: &Option<String>| -> AppResult<Option<String>> {
        v.as_deref()
            .filter(|s| !s.trim().is_empty())
            .map(|s| {
                chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .map_err(|_| AppError::invalid(field, crate::error::Reason::Invalid))
            })
            .transpose()
    };
    let from = day("from", &q.from)?;
    // `at` is RFC 3339; every instant of the day sorts before the next day's date.
    let to = day("to", &q.to)?
        .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
        .and_then(|d| d.succ_opt())
        .map(|d| d.format("%Y-%m-%d").to_string());
    let entities: Option<Vec<String>> = q.area.map(|a| match a {
        AuditArea::Workstation => Vec::new(),
        a => a.entities().iter().map(|e| e.to_string()).collect(),
    });
    let not_listed: Vec<String> =
        AuditArea::ALL.iter().flat_map(|a| a.entities().iter().map(|e| e.to_string())).collect();

    let mut sql = String::from(" FROM change_log WHERE 1=1");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    let mut push = |sql: &mut String, clause: &str, v: String| {
        args.push(v.into());
        sql.push_str(&clause.replace('?', &format!("?{}", args.len())));
    };
    if let Some(a) = q.actor.as_deref().filter(|a| !a.trim().is_empty()) {
        push(&mut sql, " AND actor = ?", a.trim().to_string());
    }
    if let Some(f) = from {
        push(&mut sql, " AND at >= ?", f);
    }
    if let Some(t) = to {
        push(&mut sql, " AND at < ?", t);
    }
    match (q.area, entities) {
        (Some(AuditArea::Workstation), _) => {
            sql.push_str(" AND entity NOT IN (");
            for (i, e) in not_listed.into_iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                push(&mut sql, "?", e);
            }
            sql.push(')');
        }
        (Some(_), Some(list)) => {
            sql.push_str(" AND entity IN (");
            for (i, e) in list.into_iter().enumerate() {
                if i > 0 {
                    sql.push(',');
                }
                push(&mut sql, "?", e);
            }
            sql.push(')');
        }
        _ => {}
    }
    let total: i64 = conn.query_row(
        &format!("SELECT count(*){sql}"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let size = q.page_size.clamp(1, 200) as i64;
    let offset = q.page as i64 * size;
    let mut stmt = conn.prepare(&format!(
        "SELECT id, at, actor, action, entity, entity_id, before_json, after_json{sql}
         ORDER BY id DESC LIMIT {size} OFFSET {offset}"
    ))?;
    let records = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            let entity: String = r.get(4)?;
            Ok(AuditRecord {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                area: AuditArea::of(&entity),
                entity,
                entity_id: r.get(5)?,
                before_json: r.get(6)?,
                after_json: r.get(7)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let actors = conn
        .prepare("SELECT DISTINCT actor FROM change_log ORDER BY actor")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok(AuditPage { records, total, actors })
}
