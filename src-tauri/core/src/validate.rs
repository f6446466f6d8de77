//! Small input checks shared by every area. They trim, measure in characters (not bytes: a
//! Chinese name is three bytes a character) and name the field that failed.

use crate::error::{AppError, AppResult, Reason};

/// A required text: trimmed, not empty, at most `max` characters.
pub fn required(field: &str, value: &str, max: usize) -> AppResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(AppError::invalid(field, Reason::Required));
    }
    optional(field, v, max)
}

/// An optional text: trimmed, at most `max` characters (empty is allowed).
pub fn optional(field: &str, value: &str, max: usize) -> AppResult<String> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(AppError::invalid(field, Reason::TooLong));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(AppError::invalid(field, Reason::Invalid));
    }
    Ok(v.to_string())
}

/// A phone number as people write it in China: digits with optional `+`, `-`, spaces or
/// parentheses (0596-2345678, 138 0000 1234, +86 13800001234). Empty is allowed.
pub fn phone(field: &str, value: &str) -> AppResult<String> {
    let v = optional(field, value, 30)?;
    if v.is_empty() {
        return Ok(v);
    }
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let allowed = v.chars().all(|c| c.is_ascii_digit() || " +-()（）".contains(c));
    if !allowed || !(5..=20).contains(&digits) {
        return Err(AppError::invalid(field, Reason::Invalid));
    }
    Ok(v)
}

/// An optional `YYYY-MM-DD` filter date: blank is none, anything else must parse.
pub fn optional_day(field: &str, value: &Option<String>) -> AppResult<Option<chrono::NaiveDate>> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| AppError::invalid(field, Reason::Invalid))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn required_trims_and_refuses_blank() {
        assert_eq!(required("name", "  花园社区 ", 10).expect("ok"), "花园社区");
        let e = required("name", "   ", 10).expect_err("blank");
        assert_eq!(
            (e.code, e.field.as_deref(), e.reason),
            (ErrorCode::Validation, Some("name"), Some(Reason::Required))
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(required("name", "城管工作站", 5).is_ok(), "five Chinese characters fit in five");
        let e = required("name", "城管工作站站", 5).expect_err("six do not");
        assert_eq!(e.reason, Some(Reason::TooLong));
    }

    #[test]
    fn phone_accepts_common_forms_and_refuses_letters() {
        for ok in ["0596-2345678", "138 0000 1234", "+86 13800001234", ""] {
            assert!(phone("phone", ok).is_ok(), "{ok} is a phone");
        }
        for bad in ["call me", "12", "138000012345678901234"] {
            assert_eq!(phone("phone", bad).expect_err(bad).reason, Some(Reason::Invalid), "{bad}");
        }
    }
}
