//! Hostile input at the bridge: every command is fed malformed and random arguments (wrong
//! types, huge strings, control characters, SQL and FTS syntax, invalid dates and ids, paths
//! out of the data folder). Each call must answer (no panic), a refusal must carry a known error
//! code (or be the bridge's own "invalid args" refusal before the core runs), and a refused call
//! must leave every row as it was.
//!
//! The argument shapes are learnt from the bridge itself: calling with `{}` names the missing
//! argument, and serde names each missing field and the type it expected, so a new command is
//! covered without a hand-written template. `HOSTILE_ROUNDS` (default 1) adds rounds of random
//! values: `make fuzz ROUNDS=50` is the long run.

use std::sync::Arc;

use serde_json::{json, Map, Value};
use tauri::test::{mock_builder, mock_context, noop_assets};
use tauri::WebviewWindowBuilder;
use workstation_core::access::commands::COMMANDS;
use workstation_core::{demo, Actor, App};

use crate::tests::invoke;

type Webview = tauri::WebviewWindow<tauri::test::MockRuntime>;

/// Commands that hand a file to the desktop (a file manager, a document viewer): their refusal
/// of bad input is covered, their success would open windows on the test machine.
const LAUNCHERS: &[&str] = &["open_data_folder", "open_case_document"];

/// Commands that record a refusal on purpose: a failed sign-in counts towards the lockout.
const RECORDS_REFUSALS: &[&str] = &["sign_in", "change_own_password"];

const CODES: &[&str] = &[
    "VALIDATION",
    "NOT_FOUND",
    "CONFLICT",
    "DATA_DIR_NOT_WRITABLE",
    "DATABASE_CORRUPT",
    "DATABASE_TOO_NEW",
    "DATABASE_LOCKED",
    "DISK_FULL",
    "DISK_ERROR",
    "NOT_SET_UP",
    "FORBIDDEN",
    "INVALID_FILE",
    "NOT_SIGNED_IN",
    "SESSION_LOCKED",
    "BAD_CREDENTIALS",
    "TOO_MANY_ATTEMPTS",
];

/// A small reproducible generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A random string from hostile alphabets: CJK, controls, quotes, FTS operators, emoji.
    fn string(&mut self) -> String {
        const PARTS: &[&str] = &[
            "占",
            "道",
            "经营",
            "a",
            "Z",
            "9",
            "\0",
            "\u{7}",
            "\r\n",
            "\"",
            "'",
            "*",
            "^",
            "(",
            ")",
            "NEAR",
            "OR",
            "AND",
            "NOT",
            ":",
            "-",
            "%",
            "_",
            "\\",
            "/",
            "..",
            "🙂",
            "\u{202e}",
            "\u{fffd}",
            " ",
            "\t",
            "<script>",
            ";",
            "--",
            "2026-02-30",
            "T25:61",
        ];
        let len = [0, 1, 2, 5, 40, 3000][self.below(6)];
        (0..len).map(|_| PARTS[self.below(PARTS.len())]).collect()
    }

    fn value(&mut self) -> Value {
        match self.below(8) {
            0 => json!(self.string()),
            1 => json!(self.next() as i64),
            2 => json!(-(self.below(1000) as i64)),
            3 => json!(self.below(2) == 1),
            4 => Value::Null,
            5 => json!([self.string(), self.below(100)]),
            6 => json!({ self.string(): self.string() }),
            _ => json!((self.next() % 10_000) as f64 / 7.0),
        }
    }
}

/// The values every argument is tried with, whatever its type.
fn fixed_hostile() -> Vec<Value> {
    vec![
        json!(""),
        json!("   "),
        json!("占".repeat(100_000)),
        json!("\u{0}\u{7}\u{1b}[2J控制字符\r\n"),
        json!("'; DROP TABLE cases; --"),
        json!("\" OR 1=1 --"),
        json!("NEAR(占道 经营) OR * ^ \"unterminated"),
        json!("2026-02-30"),
        json!("9999-99-99T99:99:99+99:99"),
        json!("../../../../etc/passwd"),
        json!("🙂".repeat(5000)),
        json!(-1),
        json!(0),
        json!(i64::MAX),
        json!(i64::MIN),
        json!(1e308),
        json!(3.5),
        json!(true),
        Value::Null,
        json!([]),
        json!([null, "x", -1]),
        json!({ "__proto__": { "admin": true } }),
    ]
}

/// A value of the type serde said it expected, to get past the deserializer to the core.
fn placeholder(expected: &str, message: &str) -> Value {
    if message.contains("unknown variant") {
        // "... expected `zh-CN` or `en-US`" / "... expected one of `a`, `b`": take the first.
        let first = expected.split('`').nth(1).unwrap_or_default();
        return json!(first);
    }
    let e = expected.to_ascii_lowercase();
    if e.contains("tagged enum") {
        json!({})
    } else if e.contains("string") || e.contains("char") {
        json!("")
    } else if e.starts_with('i') || e.starts_with('u') || e.contains("integer") {
        json!(1)
    } else if e.starts_with('f') {
        json!(1.0)
    } else if e.contains("bool") {
        json!(false)
    } else if e.contains("sequence") || e.contains("array") || e.contains("tuple") {
        json!([])
    } else if e.contains("enum") || e.contains("variant") {
        json!("?") // the next refusal names the variants
    } else {
        json!({})
    }
}

/// Learns a body the bridge accepts (as far as deserializing goes) for `cmd`, and the paths of
/// every argument and field found on the way.
fn learn_shape(webview: &Webview, cmd: &str) -> (Value, Vec<Vec<String>>) {
    let mut body = json!({});
    let mut paths: Vec<Vec<String>> = Vec::new();
    for _ in 0..120 {
        let Err(Value::String(message)) = invoke(webview, cmd, body.clone()) else { break };
        if std::env::var("HOSTILE_DEBUG").is_ok() {
            eprintln!("{cmd}: {body} -> {message}");
        }
        if let Some(key) = between(&message, "missing required key ", None) {
            body[key.as_str()] = Value::Null;
            paths.push(vec![key]);
            continue;
        }
        // "invalid args `input` for command `x`: missing field `name`" or a type error.
        let Some(arg) = between(&message, "invalid args `", Some('`')) else { break };
        let last = paths.last().cloned().unwrap_or_else(|| vec![arg.clone()]);
        if let Some(field) = between(&message, "missing field `", Some('`')) {
            // A missing field belongs to the innermost object being filled in.
            let mut parent = last.clone();
            while !parent.is_empty() && !at(&body, &parent).is_some_and(Value::is_object) {
                parent.pop();
            }
            if parent.is_empty() {
                parent = vec![arg];
            }
            let mut path = parent;
            path.push(field);
            set(&mut body, &path, Value::Null);
            paths.push(path);
        } else if let Some(expected) = message.rsplit("expected ").next() {
            let value = placeholder(expected, &message);
            if at(&body, &last) == Some(&value) {
                break; // no progress: leave the shape as it is
            }
            set(&mut body, &last, value);
        } else {
            break;
        }
    }
    (body, paths)
}

fn between(text: &str, after: &str, until: Option<char>) -> Option<String> {
    let rest = text.split(after).nth(1)?;
    let end = until.map_or_else(
        || rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len()),
        |c| rest.find(c).unwrap_or(rest.len()),
    );
    Some(rest[..end].to_string())
}

fn at<'v>(body: &'v Value, path: &[String]) -> Option<&'v Value> {
    path.iter().try_fold(body, |v, k| v.get(k.as_str()))
}

fn set(body: &mut Value, path: &[String], value: Value) {
    let mut v = body;
    for k in &path[..path.len() - 1] {
        if !v.is_object() {
            *v = Value::Object(Map::new());
        }
        v = v.as_object_mut().expect("object").entry(k.clone()).or_insert(json!({}));
    }
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    v.as_object_mut().expect("object").insert(path[path.len() - 1].clone(), value);
}

#[test]
fn every_command_survives_hostile_arguments_without_changing_a_row_it_refused() {
    let rounds: usize =
        std::env::var("HOSTILE_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(1);
    let dir = tempfile::tempdir().expect("tempdir");
    let core = Arc::new(App::open(dir.path(), Actor::new("os:fuzz")));
    demo::create(&core.session().expect("session")).expect("demo");
    let app = crate::build_app(mock_builder(), Arc::clone(&core))
        .build(mock_context(noop_assets()))
        .expect("app builds");
    let webview =
        WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    let print = || core.store().expect("store").fingerprint().expect("print");

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut calls, mut refused, mut reached_core) = (0usize, 0usize, 0usize);
    let mut before;
    let mut never_reached = Vec::new();
    let only = std::env::var("HOSTILE_ONLY").unwrap_or_default();
    for (cmd, _) in COMMANDS {
        if !only.is_empty() && !only.split(',').any(|c| c == *cmd) {
            continue;
        }
        let reached_before = reached_core;
        if LAUNCHERS.contains(cmd) {
            continue;
        }
        let (shape, paths) = learn_shape(&webview, cmd);
        before = print(); // learning may have run the command with harmless values
        let mut values: Vec<Value> = fixed_hostile();
        for _ in 0..rounds.saturating_sub(1) * 8 {
            values.push(rng.value());
        }
        let mut bodies =
            vec![shape.clone(), json!({}), json!([1, 2]), json!({ "input": "x", "query": 5 })];
        for path in &paths {
            for v in &values {
                let mut b = shape.clone();
                set(&mut b, path, v.clone());
                bodies.push(b);
            }
        }
        for body in bodies {
            calls += 1;
            let answer = invoke(&webview, cmd, body.clone());
            let shown = |b: &Value| {
                let t = b.to_string();
                t.chars().take(200).collect::<String>()
            };
            match &answer {
                Ok(_) => {
                    reached_core += 1;
                    before = print(); // a valid call may write; later refusals compare to this
                    continue;
                }
                Err(Value::String(m)) => {
                    // The bridge refused the arguments before the command ran: nothing to compare.
                    assert!(
                        m.starts_with("invalid args") || m.contains("missing required key"),
                        "{cmd}: an unexplained refusal {m} for {}",
                        shown(&body)
                    );
                    refused += 1;
                    continue;
                }
                Err(e) => {
                    reached_core += 1;
                    let code = e["code"].as_str().unwrap_or_default();
                    assert!(CODES.contains(&code), "{cmd}: code {e} for {}", shown(&body));
                }
            }
            refused += 1;
            if RECORDS_REFUSALS.contains(cmd) {
                before = print();
                continue;
            }
            let after = print();
            assert_eq!(after, before, "{cmd} changed rows although it refused {}", shown(&body));
        }
        if reached_core == reached_before {
            never_reached.push(*cmd);
        }
    }
    println!("hostile calls: {calls}, refused: {refused}, reached the core: {reached_core}");
    // Wrong types stop at the deserializer; every command must still have been reached with
    // values of the right type, or the learnt shapes would test nothing.
    assert_eq!(never_reached, Vec::<&str>::new(), "commands the fuzzer never got into");
}
