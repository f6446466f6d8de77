//! Smoke tests of the shell over Tauri's mock runtime: the bridge carries real commands to a
//! real SQLite store in a temp folder and serialises errors as `{ code, message }`.

use std::sync::Arc;

use serde_json::{json, Value};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindowBuilder;
use workstation_core::{Actor, App};

fn invoke(
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
    let core = Arc::new(App::open(dir.path(), Actor::new("测试")));
    let app = crate::build_app(mock_builder(), core)
        .build(mock_context(noop_assets()))
        .expect("app builds");
    let webview =
        WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");

    let status = invoke(&webview, "app_status", json!({})).expect("status");
    assert_eq!(status["state"], "needs_setup");
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
