//! The one error type of the core. Every failure that can reach a user carries a stable `code`
//! (the UI translates it, scripts branch on it) and an English `message` for logs and the CLI.

use serde::Serialize;
use ts_rs::TS;

/// Stable error codes. Never renumber or rename one: the UI's translations and scripts key on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ErrorCode {
    /// Input failed validation; `field` names the input and `reason` says why.
    Validation,
    /// The record asked for does not exist (or is archived where that matters).
    NotFound,
    /// The action conflicts with what is stored (e.g. a workstation already exists).
    Conflict,
    /// The data folder cannot be created or written.
    DataDirNotWritable,
    /// The database file is damaged or not a database of this app.
    DatabaseCorrupt,
    /// The database was written by a newer version of the app; it is left untouched.
    DatabaseTooNew,
    /// Another program holds the database locked for longer than the busy timeout.
    DatabaseLocked,
    /// The disk is full; the write was rolled back.
    DiskFull,
    /// The disk (or USB drive, network share) refused a write; the write was rolled back.
    DiskError,
    /// The workstation has not been set up yet.
    NotSetUp,
    /// The operator may not do this (the seam for the access issue).
    Forbidden,
    /// A file given for import/restore is not usable.
    InvalidFile,
    /// Anything else: a bug or an unexpected I/O failure.
    Internal,
    /// Nobody is signed in.
    NotSignedIn,
    /// The session is locked (idle or on demand); sign in again to go on.
    SessionLocked,
    /// Wrong login name, password or PIN (deliberately not saying which).
    BadCredentials,
    /// Too many failed sign-ins; the account waits a while.
    TooManyAttempts,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Validation => "VALIDATION",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Conflict => "CONFLICT",
            ErrorCode::DataDirNotWritable => "DATA_DIR_NOT_WRITABLE",
            ErrorCode::DatabaseCorrupt => "DATABASE_CORRUPT",
            ErrorCode::DatabaseTooNew => "DATABASE_TOO_NEW",
            ErrorCode::DatabaseLocked => "DATABASE_LOCKED",
            ErrorCode::DiskFull => "DISK_FULL",
            ErrorCode::DiskError => "DISK_ERROR",
            ErrorCode::NotSetUp => "NOT_SET_UP",
            ErrorCode::Forbidden => "FORBIDDEN",
            ErrorCode::InvalidFile => "INVALID_FILE",
            ErrorCode::Internal => "INTERNAL",
            ErrorCode::NotSignedIn => "NOT_SIGNED_IN",
            ErrorCode::SessionLocked => "SESSION_LOCKED",
            ErrorCode::BadCredentials => "BAD_CREDENTIALS",
            ErrorCode::TooManyAttempts => "TOO_MANY_ATTEMPTS",
        }
    }
}

/// Why a field was refused; the UI turns `(field, reason)` into a sentence in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Required,
    TooLong,
    Invalid,
    Duplicate,
}

/// The error that crosses every boundary: bridge, CLI, tests.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub code: ErrorCode,
    /// English, for logs and the CLI; the UI shows its own translation of `code`.
    pub message: String,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
}

pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError { code, message: message.into(), field: None, reason: None }
    }

    pub fn invalid(field: &str, reason: Reason) -> Self {
        let why = match reason {
            Reason::Required => "is required",
            Reason::TooLong => "is too long",
            Reason::Invalid => "is not valid",
            Reason::Duplicate => "is already used",
        };
        AppError {
            code: ErrorCode::Validation,
            message: format!("{field} {why}"),
            field: Some(field.to_string()),
            reason: Some(reason),
        }
    }

    pub fn not_found(what: &str) -> Self {
        AppError::new(ErrorCode::NotFound, format!("{what} not found"))
    }

    pub fn internal(message: impl Into<String>) -> Self {
        AppError::new(ErrorCode::Internal, message)
    }
}

impl From<rusqlite::Error> for AppError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode as Sq;
        let code = match e.sqlite_error_code() {
            Some(Sq::DiskFull) => ErrorCode::DiskFull,
            // A write the operating system refused (EFBIG, EIO, a drive pulled out).
            Some(Sq::SystemIoFailure) => ErrorCode::DiskError,
            Some(Sq::DatabaseBusy) | Some(Sq::DatabaseLocked) => ErrorCode::DatabaseLocked,
            Some(Sq::DatabaseCorrupt) | Some(Sq::NotADatabase) => ErrorCode::DatabaseCorrupt,
            Some(Sq::ReadOnly) | Some(Sq::CannotOpen) | Some(Sq::PermissionDenied) => {
                ErrorCode::DataDirNotWritable
            }
            _ => ErrorCode::Internal,
        };
        tracing::warn!(error = %e, code = code.as_str(), "database error");
        AppError::new(code, e.to_string())
    }
}

impl From<std::io::Error> for AppError {
    fn from(e: std::io::Error) -> Self {
        let code = match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                ErrorCode::DataDirNotWritable
            }
            std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
            _ => ErrorCode::Internal,
        };
        AppError::new(code, e.to_string())
    }
}

impl From<serde_json::Error> for AppError {
    fn from(e: serde_json::Error) -> Self {
        AppError::internal(e.to_string())
    }
}
