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

/// Residents' data is for the data folder's owner only: folders 0700, files 0600 on Unix
/// (other systems keep their own per-user defaults). A file that does not exist is skipped.
pub fn owner_only(path: &Path) -> AppResult<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(path) {
            Ok(meta) => {
                let mode = if meta.is_dir() { 0o700 } else { 0o600 };
                if meta.permissions().mode() & 0o777 != mode {
                    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates `dir` (and its parents) if needed, owner-only.
pub fn private_dir(dir: &Path) -> AppResult<()> {
    std::fs::create_dir_all(dir)?;
    owner_only(dir)
}
