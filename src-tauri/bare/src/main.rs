//! A bare Tauri 2 window from the app's own dependency versions: an empty page, no store, one
//! command that answers the page's first call. `tests/bench/startup.mjs` times it and measures
//! its memory beside the app's, so the app's figures can be read against Tauri's floor.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

#[tauri::command]
fn first_data() -> String {
    "第一条数据".into()
}

/// The same line the app prints when its first data is on screen.
#[tauri::command]
fn report_painted() {
    if std::env::var_os("CW_REPORT_PAINT").is_some() {
        println!("first data painted");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![first_data, report_painted])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("bare window: {e}");
            std::process::exit(1);
        });
}
