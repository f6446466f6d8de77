//! Full-text search that finds Chinese queries of one and two characters. FTS5's trigram
//! tokenizer cannot (its shortest match is three characters), so the text is tokenised here:
//! every Chinese character and every pair of neighbouring characters becomes a token, Latin
//! letters and digits become lower-case words, and the tokens are stored space-separated in a
//! contentless FTS5 table whose `ascii` tokenizer simply splits on the spaces (migration 12).
//!
//! The stored order is: characters and words first, then each run's pairs one after another,
//! runs closed by a separator token. So the pairs of a run sit at neighbouring positions and a
//! longer query is an FTS5 *phrase* of its pairs: "消防通道" → "消防 防通 通道" matches exactly
//! the texts holding those four characters in a row, without reading the text back (an
//! earlier design ANDed the pairs and checked each candidate with `instr`, which cost a 1M-case
//! store 36 ms per query). A query becomes: one character → its unigram; two → their bigram;
//! longer → the phrase of its pairs; words → prefix matches. Tokens are always quoted, so FTS
//! syntax in a query (quotes, `*`, `-`, `NEAR`) is just text.

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[derive(Debug, PartialEq, Eq)]
enum Run {
    Cjk(Vec<char>),
    Word(String),
}

/// Splits text into runs of Chinese characters and runs of letters/digits; the rest separates.
fn runs(text: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let mut cjk: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush = |cjk: &mut Vec<char>, word: &mut String, out: &mut Vec<Run>| {
        if !cjk.is_empty() {
            out.push(Run::Cjk(std::mem::take(cjk)));
        }
        if !word.is_empty() {
            out.push(Run::Word(std::mem::take(word)));
        }
    };
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                flush(&mut Vec::new(), &mut word, &mut out);
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            if !cjk.is_empty() {
                flush(&mut cjk, &mut String::new(), &mut out);
            }
            word.extend(c.to_lowercase());
        } else {
            flush(&mut cjk, &mut word, &mut out);
        }
    }
    flush(&mut cjk, &mut word, &mut out);
    out
}

/// Closes a run's pairs: a private-use character, which the tokenizer keeps as a token and a
/// query can never produce (`runs` treats it as a separator), so no phrase spans two runs.
const RUN_END: char = '\u{E000}';

/// The tokens stored for `text`: characters and words, then the pairs of each run in order.
pub fn index_tokens(text: &str) -> String {
    // Written straight into two strings, not a Vec of small Strings: a million-case generation
    // spent a sixth of its time here allocating one String per character.
    let mut tokens = String::with_capacity(text.len() * 3);
    let mut pairs = String::with_capacity(text.len() * 3);
    for run in runs(text) {
        match run {
            Run::Cjk(chars) => {
                for c in &chars {
                    space(&mut tokens).push(*c);
                }
                if chars.len() > 1 {
                    for w in chars.windows(2) {
                        space(&mut pairs).extend([w[0], w[1]]);
                    }
                    space(&mut pairs).push(RUN_END);
                }
            }
            Run::Word(w) => space(&mut tokens).push_str(&w),
        }
    }
    if !pairs.is_empty() {
        space(&mut tokens).push_str(&pairs);
    }
    tokens
}

/// Separates the next token from the ones before it.
fn space(out: &mut String) -> &mut String {
    if !out.is_empty() {
        out.push(' ');
    }
    out
}

/// The two search tables; the name is never user text.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Table {
    Cases,
    Visits,
}

/// Stores many rows' tokens with one statement. FTS5 writes its pending terms out at every
/// statement savepoint, and SQLite opens one for each INSERT into a virtual table: one row per
/// statement made a 100k-case generation spend a third of its time flushing and merging tiny
/// segments. Rows go in as one JSON array, read back by `json_each`.
pub(crate) fn insert_tokens(
    conn: &rusqlite::Connection,
    table: Table,
    rows: &[(i64, String)],
) -> crate::error::AppResult<()> {
    let mut batch = TokenBatch::with_capacity(rows.iter().map(|r| r.1.len() + 24).sum());
    for (id, tokens) in rows {
        batch.push(*id, "", &quoted(tokens));
    }
    batch.insert(conn, table)
}

/// `text` as a JSON string literal, quotes included: what `TokenBatch::push` takes. A bulk
/// writer calls it on the thread that makes the rows, so the writing thread only appends.
pub(crate) fn quoted(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

/// The JSON array `insert_tokens` sends, written row by row.
pub(crate) struct TokenBatch {
    json: String,
}

impl TokenBatch {
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        let mut json = String::with_capacity(bytes + 2);
        json.push('[');
        TokenBatch { json }
    }

    /// One row: the tokens of `lead` (plain words, such as a case number's), then `quoted`
    /// (tokens as made by `quoted`).
    pub(crate) fn push(&mut self, id: i64, lead: &str, quoted: &str) {
        use std::fmt::Write;
        if self.json.len() > 1 {
            self.json.push(',');
        }
        let _ = write!(self.json, "[{id},");
        if lead.is_empty() {
            self.json.push_str(quoted);
        } else {
            let lead = self::quoted(lead);
            self.json.push_str(&lead[..lead.len() - 1]); // open: the row's tokens follow
            self.json.push(' ');
            self.json.push_str(quoted.strip_prefix('"').unwrap_or(quoted));
        }
        self.json.push(']');
    }

    pub(crate) fn insert(
        mut self,
        conn: &rusqlite::Connection,
        table: Table,
    ) -> crate::error::AppResult<()> {
        if self.json.len() == 1 {
            return Ok(());
        }
        self.json.push(']');
        let name = match table {
            Table::Cases => "case_fts",
            Table::Visits => "visit_fts",
        };
        conn.execute(
            &format!(
                "INSERT INTO {name} (rowid, tokens)
                 SELECT value ->> 0, value ->> 1 FROM json_each(?1)"
            ),
            [self.json],
        )?;
        Ok(())
    }
}

/// Fills an empty search table from `select`, a query of (id, text) rows, in batches (a
/// migration that changed the tokens).
pub(crate) fn reindex_all(
    conn: &rusqlite::Connection,
    table: Table,
    select: &str,
) -> crate::error::AppResult<()> {
    let mut read = conn.prepare(select)?;
    let mut rows = read.query([])?;
    let mut batch = Vec::with_capacity(5_000);
    while let Some(row) = rows.next()? {
        let text: String = row.get(1)?;
        batch.push((row.get::<_, i64>(0)?, index_tokens(&text)));
        if batch.len() == 5_000 {
            insert_tokens(conn, table, &batch)?;
            batch.clear();
        }
    }
    insert_tokens(conn, table, &batch)
}

/// A parsed query: the FTS5 MATCH expression, exact as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub fts: String,
}

fn quote(token: &str) -> String {
    format!("\"{}\"", token.replace('"', "\"\""))
}

/// `None` when the query holds nothing searchable (only punctuation or spaces).
pub fn parse(query: &str) -> Option<Query> {
    let mut terms = Vec::new();
    for run in runs(query) {
        match run {
            Run::Cjk(chars) if chars.len() <= 2 => {
                terms.push(quote(&chars.iter().collect::<String>()));
            }
            Run::Cjk(chars) => {
                // Inside one quoted string the spaces split the pairs into a phrase.
                let pairs: Vec<String> = chars.windows(2).map(|w| w.iter().collect()).collect();
                terms.push(quote(&pairs.join(" ")));
            }
            Run::Word(w) => terms.push(format!("{}*", quote(&w))),
        }
    }
    terms.dedup();
    (!terms.is_empty()).then(|| Query { fts: terms.join(" AND ") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_indexed_as_characters_and_pairs_and_words_whole() {
        assert_eq!(index_tokens("花园社区"), "花 园 社 区 花园 园社 社区 \u{E000}");
        assert_eq!(index_tokens("3栋 Elevator维保!"), "3 栋 elevator 维 保 维保 \u{E000}");
        assert_eq!(index_tokens("  ,,, "), "");
    }

    #[test]
    fn queries_of_every_length_and_hostile_syntax_stay_plain_text() {
        assert_eq!(parse("消").map(|q| q.fts), Some("\"消\"".into()));
        assert_eq!(parse("消防").map(|q| q.fts), Some("\"消防\"".into()));
        let q = parse("消防通道").expect("q");
        assert_eq!(q.fts, "\"消防 防通 通道\"");
        assert_eq!(parse("消防通道\u{E000}"), Some(q), "the run separator is not searchable");
        assert_eq!(parse("3栋 ab").map(|q| q.fts), Some("\"3\"* AND \"栋\" AND \"ab\"*".into()));
        for hostile in ["\"", "*", "-", "NEAR(a b)", "a\" OR \"b", "'; DROP TABLE cases; --"] {
            let q = parse(hostile);
            if let Some(q) = q {
                assert!(q.fts.split(" AND ").all(|t| t.starts_with('"')), "{hostile} → {}", q.fts);
            }
        }
        assert_eq!(parse("！？。、 ,.;"), None, "only punctuation");
    }

    #[test]
    fn a_token_batch_stores_each_row_with_its_lead_words_first() {
        let conn = crate::db::open_in_memory().expect("store");
        let automerge: i64 = conn
            .query_row("SELECT v FROM case_fts_config WHERE k = 'automerge'", [], |r| r.get(0))
            .expect("migration 13 set it");
        assert_eq!(automerge, 16);
        let mut batch = TokenBatch::with_capacity(64);
        batch.push(7, &index_tokens("2026-000007"), &quoted(&index_tokens("消防通道")));
        batch.push(8, "", &quoted(&index_tokens("电梯 \"维保\"")));
        batch.insert(&conn, Table::Cases).expect("insert");
        TokenBatch::with_capacity(0).insert(&conn, Table::Cases).expect("an empty batch is fine");
        let found = |q: &str| -> Vec<i64> {
            let q = parse(q).expect("query").fts;
            let mut stmt =
                conn.prepare("SELECT rowid FROM case_fts WHERE case_fts MATCH ?1").expect("sql");
            stmt.query_map([q], |r| r.get(0)).expect("q").collect::<Result<_, _>>().expect("rows")
        };
        assert_eq!(found("消防通道"), vec![7]);
        assert_eq!(found("000007"), vec![7], "the lead words are the row's");
        assert_eq!(found("维保"), vec![8]);
        assert!(found("2026 电梯").is_empty(), "rows keep their own tokens");
    }
}
