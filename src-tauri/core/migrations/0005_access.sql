-- Operators (accounts at the shared desk PC), what each may reach, and the audit hash chain.
CREATE TABLE operator (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL
                  CHECK (role IN ('admin', 'desk', 'officer', 'property_manager', 'viewer')),
    -- argon2id PHC strings; the clear text is never stored or logged.
    password_hash TEXT NOT NULL,
    pin_hash      TEXT,
    -- The roster person this operator is (an officer's own duties and grids).
    person_id     INTEGER REFERENCES person(id),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL,
    archived_at   TEXT
);
CREATE UNIQUE INDEX operator_login ON operator(login COLLATE NOCASE) WHERE archived_at IS NULL;

-- A role's reach is data: the communities (later also estates) an operator is limited to.
CREATE TABLE operator_reach (
    operator_id   INTEGER NOT NULL REFERENCES operator(id),
    community_id  INTEGER NOT NULL REFERENCES community(id),
    PRIMARY KEY (operator_id, community_id)
) WITHOUT ROWID;

-- Each audit record carries the hash of the one before it and its own; see access/audit.rs.
ALTER TABLE change_log ADD COLUMN prev_hash TEXT;
ALTER TABLE change_log ADD COLUMN hash TEXT;
CREATE INDEX change_log_at ON change_log(at);
CREATE INDEX change_log_actor ON change_log(actor, at);

-- The newest record of the chain, so cutting records off its end is detected too.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
