-- 0003: the duty schedule. Only inputs are stored (rules, rotation pools, overrides, leave,
-- holidays, attendance); the schedule itself is always computed from them.

CREATE TABLE duty_rule (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER REFERENCES community(id),  -- NULL = the whole workstation
    name          TEXT NOT NULL,
    weekdays      TEXT NOT NULL,                     -- ISO weekdays, comma separated: "3,7"
    start_time    TEXT NOT NULL,                     -- HH:MM
    end_time      TEXT NOT NULL,
    per_slot      INTEGER NOT NULL CHECK (per_slot >= 1),
    start_date    TEXT NOT NULL,
    end_date      TEXT,
    skip_holidays INTEGER NOT NULL DEFAULT 1 CHECK (skip_holidays IN (0, 1)),
    archived_at   TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);

-- The rotation pool in order. Replaced as a whole when a rule is edited (the change log keeps
-- the old order).
CREATE TABLE duty_rule_member (
    rule_id   INTEGER NOT NULL REFERENCES duty_rule(id),
    position  INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (rule_id, position)
);

CREATE TABLE duty_override (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('add', 'remove', 'replace')),
    date           TEXT NOT NULL,
    rule_id        INTEGER REFERENCES duty_rule(id),
    community_id   INTEGER REFERENCES community(id),
    start_time     TEXT NOT NULL DEFAULT '',
    end_time       TEXT NOT NULL DEFAULT '',
    person_id      INTEGER NOT NULL REFERENCES person(id),
    replacement_id INTEGER REFERENCES person(id),
    swap_id        INTEGER,                           -- the two halves of a swap share it
    reason         TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX duty_override_date ON duty_override(date) WHERE archived_at IS NULL;

CREATE TABLE duty_leave (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    from_date   TEXT NOT NULL,
    to_date     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    CHECK (to_date >= from_date)
);

-- The working calendar: public holidays and make-up working days (调休). Shipped rows are
-- written by the migration's caller (duty::holidays::shipped), then edited in Settings.
CREATE TABLE holiday (
    date        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name        TEXT NOT NULL,
    archived_at TEXT,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);

-- One row per person per duty (rule shift or ad-hoc shift of a date): arrival, departure, no-show.
CREATE TABLE duty_attendance (
    id          INTEGER PRIMARY KEY,
    date        TEXT NOT NULL,
    rule_key    INTEGER NOT NULL,                    -- the rule id, or 0 for an ad-hoc duty
    person_id   INTEGER NOT NULL REFERENCES person(id),
    arrived_at  TEXT,                                -- HH:MM
    left_at     TEXT,
    no_show     INTEGER NOT NULL DEFAULT 0 CHECK (no_show IN (0, 1)),
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    UNIQUE (date, rule_key, person_id)
);
