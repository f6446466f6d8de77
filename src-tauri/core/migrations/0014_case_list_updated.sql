-- The register's "recently updated first" order (cases::list::CaseSort::Updated) walks this
-- index instead of sorting every live case: a page stays a short index walk at 1M cases.
CREATE INDEX IF NOT EXISTS cases_updated ON cases(updated_at, id) WHERE archived_at IS NULL;
