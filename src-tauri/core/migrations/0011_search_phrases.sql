-- Search tokens in a new order (characters and words, then each run's pairs in a row), so a
-- query of three or more Chinese characters is an exact FTS5 phrase instead of pairs ANDed and
-- checked one by one. The tables are made again empty; db::after_migration fills them from
-- the rows (the tokenising is in Rust: cases::search::index_tokens).
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'unicode61');
DROP TABLE visit_fts;
CREATE VIRTUAL TABLE visit_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'unicode61');
