-- Counting a filtered case list (the list's total, Today's panels) read every matching row to
-- test archived_at. Live-only (partial) indexes that hold the filter columns answer those counts
-- from the index alone; the open-by-due index serves the red and yellow lists in deadline order.
-- No ANALYZE anywhere: with statistics the planner sent FTS5's own lookups into full scans
-- (a 100k-case generation went from 10 s to minutes); the default plans are the tested ones.

DROP INDEX cases_status_due;
CREATE INDEX cases_status_due ON cases(status, due_at, yellow_at) WHERE archived_at IS NULL;

DROP INDEX cases_community;
CREATE INDEX cases_community ON cases(community_id, status, registered_at) WHERE archived_at IS NULL;

CREATE INDEX cases_live ON cases(registered_at) WHERE archived_at IS NULL;

CREATE INDEX cases_open_by_due ON cases(due_at, yellow_at)
    WHERE archived_at IS NULL AND status IN ('registered', 'assigned', 'persuading', 'rectified');
