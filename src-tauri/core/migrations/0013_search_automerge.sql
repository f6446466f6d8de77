-- FTS5 merges the segments of one level of its index once the level holds `automerge` of them
-- (default 4). At 16, each posting is rewritten on far fewer merges as the index grows: a
-- million-case `demo --cases` took 97 s with 4 and 63 s with 16. The price is more segments
-- to look in per query; measured on that store, 1-, 2- and 4-character searches took the same
-- time (4.3 / 12.4 / 14 ms median either way). Stored in each table's own config row.
INSERT INTO case_fts (case_fts, rank) VALUES ('automerge', 16);
INSERT INTO visit_fts (visit_fts, rank) VALUES ('automerge', 16);
