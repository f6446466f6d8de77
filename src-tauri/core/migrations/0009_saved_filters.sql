-- Saved filters: each operator's named list filters ("my overdue Huayuan cases"), kept per area.

CREATE TABLE saved_filter (
    id           INTEGER PRIMARY KEY,
    -- NULL for the command line's system operator.
    operator_id  INTEGER REFERENCES operator(id),
    -- cases | visits
    area         TEXT NOT NULL,
    name         TEXT NOT NULL,
    -- The list's filter state as the window keeps it (a JSON object).
    filters      TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    archived_at  TEXT
);
CREATE UNIQUE INDEX saved_filter_name ON saved_filter(coalesce(operator_id, 0), area, name)
    WHERE archived_at IS NULL;
