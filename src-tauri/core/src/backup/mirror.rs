//! Plain file copies for what is not a live database: a finished backup file and attachments.

use std::path::Path;

use crate::error::AppResult;

/// Copies `from` to `to` through a temporary name and fsync, so `to` is whole or absent.
pub(super) fn copy_file(from: &Path, to: &Path) -> AppResult<()> {
    let tmp = to.with_extension("partial");
    let result = (|| -> AppResult<()> {
        std::fs::copy(from, &tmp)?;
        std::fs::File::open(&tmp)?.sync_all()?;
        std::fs::rename(&tmp, to)?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp); // best effort: only our own partial file
    }
    result
}

/// Copies each attachment of `from` that `to` lacks. Attachments never change once written
/// (names are unique), so a file already there with the same size is the same file.
/// Returns how many were copied.
pub(super) fn attachments(from: &Path, to: &Path) -> AppResult<usize> {
    if !from.is_dir() {
        return Ok(0);
    }
    crate::files::private_dir(to)?;
    let mut copied = 0;
    for entry in std::fs::read_dir(from)?.flatten() {
        let meta = entry.metadata()?;
        if !meta.is_file() {
            continue;
        }
        let target = to.join(entry.file_name());
        if std::fs::metadata(&target).is_ok_and(|m| m.len() == meta.len()) {
            continue;
        }
        copy_file(&entry.path(), &target)?;
        copied += 1;
    }
    Ok(copied)
}
