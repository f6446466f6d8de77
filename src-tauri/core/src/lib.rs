//! The Community Workstation core: domain rules and the SQLite store, with no Tauri dependency.
//! The window (src-tauri), the CLI and the tests all go through this crate.

pub mod access;
pub mod app;
pub mod archive;
pub mod attachments;
pub mod backup;
pub mod bindings;
pub mod cases;
pub mod context;
pub mod db;
pub mod demo;
pub mod duty;
pub mod error;
pub mod files;
pub mod frontdesk;
pub mod health;
pub mod meetings;
pub mod roster;
pub mod saved_filters;
pub mod settings;
pub mod table;
pub mod validate;
pub mod workstation;

pub use app::{App, AppStatus};
pub use context::{Actor, Caller, Session, Store};
pub use error::{AppError, AppResult, ErrorCode};
