-- 0002: the "2+N" grid roster: grids of each community, the role dictionary, people and their
-- assignments (a person in a grid in a role for a term). Archived, never deleted.

CREATE TABLE grid (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community(id),
    name         TEXT NOT NULL,
    code         TEXT NOT NULL DEFAULT '',
    area         TEXT NOT NULL DEFAULT '',   -- streets, buildings
    map_image    TEXT,                       -- file name under <data dir>/attachments
    sort_order   INTEGER NOT NULL DEFAULT 0,
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE UNIQUE INDEX grid_live_name ON grid(community_id, name) WHERE archived_at IS NULL;

CREATE TABLE grid_role (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    is_core     INTEGER NOT NULL DEFAULT 0 CHECK (is_core IN (0, 1)),  -- one of the "2"
    sort_order  INTEGER NOT NULL DEFAULT 0,
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE UNIQUE INDEX grid_role_live_name ON grid_role(name) WHERE archived_at IS NULL;

CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    party        TEXT NOT NULL DEFAULT '',   -- the side they come from: 城管, 社区, 物业, 公安...
    phone        TEXT NOT NULL DEFAULT '',   -- a public duty phone, shown on the wall board
    photo        TEXT,                       -- file name under <data dir>/attachments
    notes        TEXT NOT NULL DEFAULT '',
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE INDEX person_name ON person(name);

CREATE TABLE assignment (
    id          INTEGER PRIMARY KEY,
    grid_id     INTEGER NOT NULL REFERENCES grid(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    role_id     INTEGER NOT NULL REFERENCES grid_role(id),
    start_date  TEXT NOT NULL,               -- YYYY-MM-DD
    end_date    TEXT,                        -- YYYY-MM-DD, inclusive; NULL = open-ended
    duties      TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX assignment_grid ON assignment(grid_id) WHERE archived_at IS NULL;
CREATE INDEX assignment_person ON assignment(person_id);

-- The role dictionary ships with the usual Chinese defaults; 网格长 and 专职网格员 are the "2".
INSERT INTO grid_role (name, is_core, sort_order, created_at, created_by, updated_at, updated_by)
SELECT column1, column2, column3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'system'
FROM (VALUES
    ('网格长', 1, 1), ('专职网格员', 1, 2), ('城管队员', 0, 3), ('社区民警', 0, 4),
    ('物业', 0, 5), ('业委会', 0, 6), ('居委会', 0, 7), ('市场监管', 0, 8), ('消防', 0, 9),
    ('志愿者', 0, 10), ('党员', 0, 11), ('楼栋长', 0, 12)
);
