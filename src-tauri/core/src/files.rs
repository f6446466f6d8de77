//! Writing files users take away (exports, backups' side files): whole or not at all.

use std::path::Path;

use crate::error::AppResult;

/// Writes to a temporary name beside `path`, then renames it into place, so a failed or
/// interrupted write never leaves a half file under the name the user chose.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> AppResult<()> {
    let tmp = path.with_extension("partial");
    if let Err(e) = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp); // only our own temporary file
        return Err(e.into());
    }
    Ok(())
}
