//! Smoke tests of the shell over Tauri's mock runtime: the bridge carries real commands to a
//! real SQLite store in a temp folder and serialises errors as `{ code, message }`.

use std::sync::Arc;

use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;
use workstation_core::access::commands::COMMANDS;
use workstation_core::access::roles::{allows, OperatorRole, Perm};
use workstation_core::{demo, Actor, App};

pub(crate) fn invoke(
    webview: &tauri::WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    body: Value,
) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: tauri::ipc::CallbackFn(0),
        error: tauri::ipc::CallbackFn(1),
        // On Linux an http://tauri.localhost origin counts as remote; tauri://localhost is local.
        url: "tauri://localhost".parse().expect("url"),
        body: tauri::ipc::InvokeBody::Json(body),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(webview, request).map(|b| b.deserialize::<Value>().expect("json"))
}

#[test]
fn commands_reach_the_store_and_errors_keep_their_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let core = Arc::new(App::open(dir.path(), Actor::new("os:测试")));
    let app = crate::build_app(mock_builder(), core)
        .build(mock_context(noop_assets()))
        .expect("app builds");
    let webview =
        WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");

    let status = invoke(&webview, "app_status", json!({})).expect("status");
    assert_eq!(status["state"], "needs_admin", "no account exists yet");
    assert_eq!(status["language"], "zh-CN");

    let err = invoke(&webview, "create_workstation", json!({ "input": {
        "name": "", "street": "碧湖街道", "district": "芗城区", "address": "", "phone": "", "communities": ["花园社区"]
    }}))
    .expect_err("an empty name is refused");
    assert_eq!(err["code"], "VALIDATION");
    assert_eq!(err["field"], "name");
    assert_eq!(err["reason"], "required");

    let ws = invoke(&webview, "create_demo_workstation", json!({})).expect("demo");
    assert_eq!(ws["communities"][0]["name"], "花园社区");
    assert_eq!(ws["isDemo"], true);

    let roster = invoke(
        &webview,
        "get_roster",
        json!({ "query": {
            "communityId": null, "text": "韩怡", "roleId": null, "party": ""
        }}),
    )
    .expect("roster");
    assert_eq!(roster["communities"][0]["grids"][0]["forces"][0]["name"], "韩怡莉");
    let counts = invoke(&webview, "get_roster_counts", json!({})).expect("counts");
    assert!(counts["grids"].as_u64() > Some(0) && counts["members"].as_u64() > Some(0), "{counts}");

    let err = invoke(
        &webview,
        "create_grid",
        json!({ "input": {
            "communityId": 1, "name": "花园一网格", "code": "", "area": ""
        }}),
    )
    .expect_err("a second grid of the same name is refused");
    assert_eq!(
        (err["code"].as_str(), err["reason"].as_str()),
        (Some("VALIDATION"), Some("duplicate"))
    );

    let lang = invoke(&webview, "set_language", json!({ "language": "en-US" })).expect("lang");
    assert_eq!(lang, "en-US");
    let status = invoke(&webview, "app_status", json!({})).expect("status");
    assert_eq!(
        (status["state"].as_str(), status["language"].as_str()),
        (Some("ready"), Some("en-US"))
    );
}

/// The commands registered with the bridge, read from `generate_handler!` in lib.rs, so the
/// table in the core and the bridge cannot drift apart.
pub(crate) fn bridge_commands() -> Vec<String> {
    let src = include_str!("lib.rs");
    let start = src.find("generate_handler![").expect("handler list");
    let end = start + src[start..].find("]").expect("end of list");
    src[start..end]
        .lines()
        .filter_map(|l| l.trim().trim_end_matches(',').rsplit("::").next().map(str::to_string))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .collect()
}

fn code_of(r: &Result<Value, Value>) -> Option<String> {
    r.as_ref().err().and_then(|e| e["code"].as_str()).map(str::to_string)
}

#[test]
fn every_command_is_decided_for_every_role_and_the_bridge_enforces_it() {
    let mut bridge = bridge_commands();
    bridge.sort();
    let mut table: Vec<String> = COMMANDS.iter().map(|(n, _)| n.to_string()).collect();
    table.sort();
    assert_eq!(bridge, table, "every bridge command has exactly one permission decision");
    assert!(bridge.len() > 60, "the list was read: {}", bridge.len());

    let dir = tempfile::tempdir().expect("tempdir");
    demo::create(&App::open(dir.path(), Actor::new("os:t")).session().expect("s")).expect("demo");
    let core = Arc::new(App::open_window(dir.path()));
    let app = crate::build_app(mock_builder(), Arc::clone(&core))
        .build(mock_context(noop_assets()))
        .expect("app builds");
    let webview =
        WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");

    for (cmd, perm) in COMMANDS {
        if *perm != Perm::Public && *cmd != "open_data_folder" {
            let r = invoke(&webview, cmd, json!({}));
            assert_eq!(code_of(&r).as_deref(), Some("NOT_SIGNED_IN"), "{cmd} before signing in");
        }
    }
    let accounts = [
        (OperatorRole::Admin, "admin"),
        (OperatorRole::Desk, "qiantai"),
        (OperatorRole::Officer, "weizy"),
        (OperatorRole::PropertyManager, "wuye-huayuan"),
        (OperatorRole::Viewer, "huiyi"),
    ];
    let sign_in = |login: &str| {
        invoke(
            &webview,
            "sign_in",
            json!({ "input": { "login": login, "secret": demo::DEMO_PASSWORD } }),
        )
        .expect("signed in");
    };
    for (role, login) in accounts {
        sign_in(login);
        for (cmd, perm) in COMMANDS {
            let allowed = allows(role, *perm);
            if *cmd == "open_data_folder" && allowed {
                // Running it would open a file manager; the decision is what is tested here.
                core.authorize(cmd).expect("allowed");
                continue;
            }
            // Empty arguments: an allowed command fails on them (or runs harmlessly); a refused
            // one must be stopped before its arguments are even read.
            let r = invoke(&webview, cmd, json!({}));
            let code = code_of(&r);
            if allowed {
                assert!(
                    !matches!(
                        code.as_deref(),
                        Some("FORBIDDEN" | "NOT_SIGNED_IN" | "SESSION_LOCKED")
                    ),
                    "{role:?} may {cmd}: {r:?}"
                );
            } else {
                assert_eq!(code.as_deref(), Some("FORBIDDEN"), "{role:?} may not {cmd}");
            }
            if matches!(*cmd, "sign_out" | "lock_session") {
                sign_in(login);
            }
        }
    }
}

#[test]
fn audit_verify_exits_1_naming_the_record_edited_by_hand() {
    use crate::cli::{run, AuditAction, Command};
    let dir = tempfile::tempdir().expect("tempdir");
    assert_eq!(
        run(dir.path(), Command::Demo { city: false, cases: None, visits: None, seed: 1 }),
        0
    );
    assert_eq!(run(dir.path(), Command::Audit { action: AuditAction::Verify }), 0);
    let db = workstation_core::db::db_path(dir.path());
    let conn = rusqlite::Connection::open(db).expect("open by hand");
    conn.execute("UPDATE change_log SET actor = 'someone else' WHERE id = 12", []).expect("tamper");
    drop(conn);
    assert_eq!(run(dir.path(), Command::Audit { action: AuditAction::Verify }), 1);
    let check = App::open(dir.path(), Actor::new("os:t"))
        .session()
        .expect("s")
        .read(workstation_core::access::audit::verify)
        .expect("verify");
    assert_eq!(check.first_broken, Some(12));
}
