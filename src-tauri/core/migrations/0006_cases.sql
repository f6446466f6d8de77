-- The case register: categories (two levels, codes are data), cases, their timeline and
-- attachments, and the search index (see cases/search.rs for why it is tokenised in Rust).
CREATE TABLE case_category (
    id               INTEGER PRIMARY KEY,
    parent_id        INTEGER REFERENCES case_category(id),
    code             TEXT NOT NULL,
    name             TEXT NOT NULL,
    -- Only second-level categories carry a time limit.
    limit_unit       TEXT CHECK (limit_unit IN ('hours', 'days')),
    limit_value      INTEGER,
    filing_criteria  TEXT NOT NULL DEFAULT '',
    closing_criteria TEXT NOT NULL DEFAULT '',
    sort_order       INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    archived_at      TEXT
);
CREATE UNIQUE INDEX case_category_code ON case_category(code) WHERE archived_at IS NULL;

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    source            TEXT NOT NULL
                      CHECK (source IN ('desk', 'phone', 'patrol', 'grid_worker', 'hotline', 'meeting')),
    category_id       INTEGER NOT NULL REFERENCES case_category(id),
    community_id      INTEGER NOT NULL REFERENCES community(id),
    grid_id           INTEGER REFERENCES grid(id),
    address           TEXT NOT NULL DEFAULT '',
    title             TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    reporter_name     TEXT NOT NULL DEFAULT '',
    reporter_phone    TEXT NOT NULL DEFAULT '',
    anonymous         INTEGER NOT NULL DEFAULT 0,
    respondent_kind   TEXT NOT NULL DEFAULT ''
                      CHECK (respondent_kind IN ('', 'resident', 'shop', 'property', 'unit')),
    respondent_name   TEXT NOT NULL DEFAULT '',
    urgency           TEXT NOT NULL DEFAULT 'normal'
                      CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
    status            TEXT NOT NULL,
    parked_from       TEXT,
    assignee_id       INTEGER REFERENCES person(id),
    responsible_party TEXT NOT NULL DEFAULT '',
    -- When the problem was seen or reported (may be before it was registered).
    reported_at       TEXT NOT NULL,
    registered_at     TEXT NOT NULL,
    -- Traffic light as two moments: yellow from 80 % of the working time, red after due.
    yellow_at         TEXT NOT NULL,
    due_at            TEXT NOT NULL,
    parked_at         TEXT,
    paused_minutes    INTEGER NOT NULL DEFAULT 0,
    extensions        INTEGER NOT NULL DEFAULT 0,
    reworks           INTEGER NOT NULL DEFAULT 0,
    reopens           INTEGER NOT NULL DEFAULT 0,
    closed_at         TEXT,
    duplicate_of      INTEGER REFERENCES cases(id),
    referred_to       TEXT NOT NULL DEFAULT '',
    satisfaction      TEXT CHECK (satisfaction IN ('satisfied', 'basically', 'dissatisfied')),
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    archived_at       TEXT
);
CREATE INDEX cases_registered ON cases(registered_at);
CREATE INDEX cases_status_due ON cases(status, due_at);
CREATE INDEX cases_community ON cases(community_id, registered_at);
CREATE INDEX cases_category ON cases(category_id, registered_at);
CREATE INDEX cases_grid ON cases(grid_id, registered_at);
CREATE INDEX cases_assignee ON cases(assignee_id, registered_at);
CREATE INDEX cases_address ON cases(address) WHERE address != '';
CREATE INDEX cases_duplicate_of ON cases(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- The last case number given out per year (2026-000123): numbering costs one row, not a scan.
CREATE TABLE case_counter (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE case_event (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    step          TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    promised_date TEXT,
    data_json     TEXT
);
CREATE INDEX case_event_case ON case_event(case_id, id);

CREATE TABLE case_attachment (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    event_id      INTEGER REFERENCES case_event(id),
    stage         TEXT NOT NULL CHECK (stage IN ('before', 'during', 'after', 'document')),
    file          TEXT NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX case_attachment_case ON case_attachment(case_id);

CREATE VIRTUAL TABLE case_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'unicode61');
