-- Coordination meetings (联席会议): the parties of an estate, meetings with attendees by party,
-- agenda items (cases pulled in, open actions carried over), and outcomes: information,
-- decisions and action items. A closed meeting is frozen; later corrections are amendments.

CREATE TABLE party (
    id            INTEGER PRIMARY KEY,
    -- property_company | owners_committee | residents_committee | other
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    community_id  INTEGER REFERENCES community(id),
    contact_name  TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    archived_at   TEXT
);
CREATE UNIQUE INDEX party_name ON party(kind, name) WHERE archived_at IS NULL;

CREATE TABLE estate (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    community_id      INTEGER NOT NULL REFERENCES community(id),
    address           TEXT NOT NULL DEFAULT '',
    property_party_id INTEGER REFERENCES party(id),
    owners_party_id   INTEGER REFERENCES party(id),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    archived_at       TEXT
);
CREATE UNIQUE INDEX estate_name ON estate(community_id, name) WHERE archived_at IS NULL;

-- The estate a case concerns (optional).
ALTER TABLE cases ADD COLUMN estate_id INTEGER REFERENCES estate(id);
CREATE INDEX cases_estate ON cases(estate_id) WHERE estate_id IS NOT NULL;

CREATE TABLE meeting (
    id            INTEGER PRIMARY KEY,
    -- monthly | onsite
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    held_at       TEXT NOT NULL,
    place         TEXT NOT NULL DEFAULT '',
    community_id  INTEGER NOT NULL REFERENCES community(id),
    estate_id     INTEGER REFERENCES estate(id),
    chair         TEXT NOT NULL DEFAULT '',
    recorder      TEXT NOT NULL DEFAULT '',
    closed_at     TEXT,
    closed_by     TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    archived_at   TEXT
);
CREATE INDEX meeting_held ON meeting(community_id, held_at);

CREATE TABLE meeting_attendee (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    -- urban | residents_committee | owners_committee | property_company | other
    side        TEXT NOT NULL,
    party_id    INTEGER REFERENCES party(id),
    name        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX meeting_attendee_meeting ON meeting_attendee(meeting_id);

CREATE TABLE agenda_item (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting(id),
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL,
    case_id      INTEGER REFERENCES cases(id),
    -- An open action of an earlier meeting, put first on this agenda.
    carried_from INTEGER REFERENCES meeting_outcome(id),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    archived_at  TEXT
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE meeting_outcome (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER NOT NULL REFERENCES meeting(id),
    item_id        INTEGER REFERENCES agenda_item(id),
    -- info | decision | action
    kind           TEXT NOT NULL,
    text           TEXT NOT NULL,
    owner_party_id INTEGER REFERENCES party(id),
    owner_name     TEXT NOT NULL DEFAULT '',
    due_on         TEXT,
    case_id        INTEGER REFERENCES cases(id),
    -- 1: added after the meeting closed, as a visible correction.
    amendment      INTEGER NOT NULL DEFAULT 0,
    done_at        TEXT,
    done_by        TEXT,
    done_note      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
);
CREATE INDEX meeting_outcome_meeting ON meeting_outcome(meeting_id);
CREATE INDEX meeting_outcome_open ON meeting_outcome(due_on) WHERE kind = 'action' AND done_at IS NULL;
