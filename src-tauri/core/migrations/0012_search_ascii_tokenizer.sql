-- The search tables' tokenizer becomes 'ascii': the tokens are made in Rust
-- (cases::search::index_tokens) and only need splitting at the spaces between them. unicode61
-- looked up every character's Unicode category and folded it again, a tenth of a 100k-case
-- import. ascii keeps every non-ASCII character as part of a token, which the stored tokens
-- (Chinese characters, pairs, lower-cased words, the run separator) already are. The tables
-- are made again empty; db::after_migration fills them from the rows.
DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
DROP TABLE visit_fts;
CREATE VIRTUAL TABLE visit_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
