-- 0001: the workstation itself, its communities, settings and the change log.
-- Timestamps are RFC 3339 text with offset (e.g. 2026-11-27T16:40:00+08:00); dates are YYYY-MM-DD.

CREATE TABLE workstation (
    id          INTEGER PRIMARY KEY CHECK (id = 1),  -- one workstation per database
    name        TEXT NOT NULL,
    street      TEXT NOT NULL,
    district    TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

CREATE TABLE community (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    code        TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
-- Two live communities may not share a name; an archived one keeps its name for history.
CREATE UNIQUE INDEX community_live_name ON community(name) WHERE archived_at IS NULL;

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

-- Every write appends here in the same transaction as the change (who, when, what, before/after).
-- The access issue turns this into the hash-chained audit trail.
CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX change_log_entity ON change_log(entity, entity_id);
