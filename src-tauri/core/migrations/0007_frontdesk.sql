-- The front desk: the visit log (接待记录) and the signed work log (工作日志) of each day.

CREATE TABLE visit (
    id              INTEGER PRIMARY KEY,
    -- RFC 3339, local offset (as every stored instant).
    visited_at      TEXT NOT NULL,
    -- walk_in | phone
    channel         TEXT NOT NULL,
    visitor_name    TEXT NOT NULL DEFAULT '',
    visitor_phone   TEXT NOT NULL DEFAULT '',
    community_id    INTEGER REFERENCES community(id),
    topic           TEXT NOT NULL,
    -- on_spot | passed_on | on_behalf | told_path | explained
    handling        TEXT NOT NULL,
    outcome         TEXT NOT NULL DEFAULT '',
    case_id         INTEGER REFERENCES cases(id),
    recorded_by     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    archived_at     TEXT,
    archive_reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX visit_at ON visit(visited_at);
CREATE INDEX visit_case ON visit(case_id) WHERE case_id IS NOT NULL;

-- Same tokens as case_fts (unigrams and bigrams), so one- and two-character queries work.
CREATE VIRTUAL TABLE visit_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'unicode61');

CREATE TABLE worklog (
    -- YYYY-MM-DD, the workstation's local day.
    day         TEXT PRIMARY KEY,
    -- The handoff summary's JSON as it stood when last saved or signed.
    summary     TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    signed_by   TEXT,
    signed_at   TEXT
);
