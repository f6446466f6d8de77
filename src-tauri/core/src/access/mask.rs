//! Masking of residents' personal data for roles that do not need it (on screen, in prints and
//! exports). Duty phones of the roster are public and never masked.

/// `13812345678` → `138****5678`; 7–10 characters keep two at each end; shorter
/// ones are masked whole.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.trim().chars().collect();
    let n = chars.len();
    if n == 0 {
        return String::new();
    }
    let (head, tail) = if n >= 11 {
        (3, 4)
    } else if n >= 7 {
        (2, 2)
    } else {
        (0, 0) // too short to show any of it safely
    };
    let stars = n - head - tail;
    chars[..head]
        .iter()
        .chain(std::iter::repeat_n(&'*', stars))
        .chain(chars[n - tail..].iter())
        .collect()
}

/// A reporter's name: the family name stays, the rest is masked (张三丰 → 张**).
pub fn mask_name(name: &str) -> String {
    let mut chars = name.trim().chars();
    match chars.next() {
        Some(first) => std::iter::once(first).chain(chars.map(|_| '*')).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_and_names_are_masked_without_revealing_length_tricks() {
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone(" 0596-2345678 "), "059*****5678");
        assert_eq!(mask_phone("2345678"), "23***78");
        assert_eq!(mask_phone("12345"), "*****");
        assert_eq!(mask_phone(""), "");
        assert_eq!(mask_name("张三丰"), "张**");
        assert_eq!(mask_name("王"), "王");
        assert_eq!(mask_name(""), "");
    }
}
