//! Pictures and documents kept beside the database (members' photos, grid maps, case photos
//! and papers): `<data dir>/attachments/`, named by content hash. Pictures are PNG, JPEG or WebP
//! up to 5 MB; the database keeps the file name.

use std::path::Path;

use base64::Engine;
use serde::Deserialize;
use ts_rs::TS;

use crate::error::{AppError, AppResult, ErrorCode, Reason};

pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A picture as the window sends it.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImageUpload {
    pub file_name: String,
    /// The file's bytes, base64 (standard alphabet, no data: prefix).
    pub data_base64: String,
}

fn kind(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("png", "image/png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("jpg", "image/jpeg"))
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(("webp", "image/webp"))
    } else {
        None
    }
}

/// Checks and stores the picture under its content hash (`<prefix>-<sha256>.<ext>`); returns
/// the stored file name. The same picture uploaded twice is stored once, and a name never
/// points at different bytes, so a stored name can be trusted for as long as the file exists.
pub fn save(dir: &Path, prefix: &str, upload: &ImageUpload) -> AppResult<String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(upload.data_base64.trim())
        .map_err(|_| AppError::invalid("image", Reason::Invalid))?;
    if bytes.len() > MAX_BYTES {
        return Err(AppError::invalid("image", Reason::TooLong));
    }
    let (ext, _) = kind(&bytes).ok_or_else(|| AppError::invalid("image", Reason::Invalid))?;
    store_by_hash(dir, prefix, ext, &bytes)
}

/// Writes `bytes` as `attachments/<prefix>-<sha256>.<ext>` unless that file is already there.
fn store_by_hash(dir: &Path, prefix: &str, ext: &str, bytes: &[u8]) -> AppResult<String> {
    use sha2::{Digest, Sha256};
    let hash: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    let name = format!("{prefix}-{hash}.{ext}");
    let folder = dir.join("attachments");
    crate::files::private_dir(&folder)?;
    let path = folder.join(&name);
    if !path.exists() {
        crate::files::write_atomic(&path, bytes)?;
        crate::files::owner_only(&path)?;
    }
    Ok(name)
}

/// Documents (a notice served, a signed rectification letter, a quote) up to 20 MB.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// The document's kind from its first bytes and its name: PDF, Word, Excel, plain text or a picture.
fn document_ext(bytes: &[u8], file_name: &str) -> Option<&'static str> {
    let ext = Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if bytes.starts_with(b"%PDF-") {
        return Some("pdf");
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return ["docx", "xlsx"].into_iter().find(|e| *e == ext);
    }
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return ["doc", "xls"].into_iter().find(|e| *e == ext);
    }
    if let Some((e, _)) = kind(bytes) {
        return Some(e);
    }
    (ext == "txt" && std::str::from_utf8(bytes).is_ok()).then_some("txt")
}

/// Stores a document under its content hash (`doc-<sha256>.<ext>`): the same file attached
/// twice is stored once, and a name never points at different bytes.
pub fn save_document(dir: &Path, upload: &ImageUpload) -> AppResult<String> {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(upload.data_base64.trim())
        .map_err(|_| AppError::invalid("document", Reason::Invalid))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(AppError::invalid("document", Reason::TooLong));
    }
    let ext = document_ext(&bytes, &upload.file_name)
        .ok_or_else(|| AppError::invalid("document", Reason::Invalid))?;
    store_by_hash(dir, "doc", ext, &bytes)
}

/// The stored picture as a `data:` URL the window can show and print without file access.
pub fn data_url(dir: &Path, name: &str) -> AppResult<String> {
    // Names come from `save`; refuse anything that could walk out of the folder.
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(AppError::invalid("name", Reason::Invalid));
    }
    let bytes = std::fs::read(dir.join("attachments").join(name)).map_err(|e| {
        AppError::new(ErrorCode::NotFound, format!("attachment {name} cannot be read: {e}"))
    })?;
    let (_, mime) = kind(&bytes).ok_or_else(|| AppError::invalid("name", Reason::Invalid))?;
    Ok(format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

    fn upload(bytes: &[u8]) -> ImageUpload {
        ImageUpload {
            file_name: "照片.png".into(),
            data_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }

    #[test]
    fn pictures_are_stored_and_read_back_others_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let a = save(dir.path(), "person-1", &upload(PNG)).expect("png");
        let b = save(dir.path(), "person-1", &upload(PNG)).expect("again");
        assert_eq!(a, b, "the same picture is stored once, under its content hash");
        assert!(a.starts_with("person-1-") && a.ends_with(".png") && a.len() == 9 + 64 + 4, "{a}");
        let mut other = PNG.to_vec();
        other.push(0);
        let c = save(dir.path(), "person-1", &upload(&other)).expect("other");
        assert_ne!(a, c, "different bytes get a different name");
        let files = std::fs::read_dir(dir.path().join("attachments")).expect("folder").count();
        assert_eq!(files, 2, "two pictures, two files");
        assert!(data_url(dir.path(), &a).expect("read").starts_with("data:image/png;base64,"));
        let e = save(dir.path(), "p", &upload(b"%PDF-1.4 not a picture")).expect_err("pdf");
        assert_eq!(e.reason, Some(Reason::Invalid));
        assert!(data_url(dir.path(), "../workstation.sqlite3").is_err(), "no path walking");
    }
}
