-- 0004: indexes the roster screen asks for on every keystroke: the party filter's list and a
-- community's grids.
CREATE INDEX person_party ON person(party) WHERE archived_at IS NULL;
CREATE INDEX grid_community ON grid(community_id, sort_order) WHERE archived_at IS NULL;
