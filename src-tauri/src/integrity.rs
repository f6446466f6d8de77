//! The full integrity check of every start, beside the window (the core explains the cost).

use tauri::{AppHandle, Emitter, Runtime};
use workstation_core::ErrorCode;

use crate::Shared;

/// Waits until the window has started, then checks the store; damage is sent to the window as
/// `store-damaged`, which brings up the start-up screen with the backups.
pub fn spawn_check<R: Runtime>(handle: AppHandle<R>, core: Shared) {
    std::thread::spawn(move || {
        // The first seconds belong to the start-up the user waits for.
        std::thread::sleep(std::time::Duration::from_secs(5));
        let started = std::time::Instant::now();
        match core.check_integrity() {
            Ok(()) => tracing::info!(ms = started.elapsed().as_millis() as u64, "store sound"),
            Err(e) if e.code == ErrorCode::DatabaseCorrupt => {
                if let Err(err) = handle.emit("store-damaged", &e) {
                    tracing::error!(error = %err, "the window could not be told of the damage");
                }
            }
            Err(_) => {} // logged by the core; the check runs again at the next start
        }
    });
}
