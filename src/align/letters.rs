//! Letters told and lowered quickly for the scripts Diptych's articles are written in (Latin
//! with its accents, Cyrillic, Azerbaijani ə ğ ş ı), with the standard library's answer for
//! every other character. The checks run these on every character of every paragraph, and
//! the standard library's tables for anything beyond ASCII are searched each time.
//!
//! Every function here gives exactly the standard library's answer (a test compares them on
//! every character).

/// Whether `c` is alphabetic (as [`char::is_alphabetic`]).
#[must_use]
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        // ASCII letters; Latin-1 letters (not × and ÷), Latin Extended-A and -B; Cyrillic
        // letters (not ҂ and the combining marks after it).
        0x41..=0x5A
        | 0x61..=0x7A
        | 0xC0..=0xD6
        | 0xD8..=0xF6
        | 0xF8..=0x24F
        | 0x400..=0x481
        | 0x48A..=0x52F => true,
        0..=0x7F => false,
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is alphanumeric (as [`char::is_alphanumeric`]).
#[must_use]
pub fn is_letter_or_digit(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// `c` in lower case when that is one character the quick tables know (None: ask
/// [`char::to_lowercase`]).
fn lower_letter(c: char) -> Option<char> {
    let code = u32::from(c);
    let lowered = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => code + 0x20,
        // Lower case already, or no letter: and Azerbaijani ğ, ş, ı, ə.
        0..=0x40
        | 0x5B..=0xBF
        | 0xD7
        | 0xDF..=0xFF
        | 0x430..=0x45F
        | 0x11F
        | 0x15F
        | 0x131
        | 0x259 => code,
        0x400..=0x40F => code + 0x50,
        // Azerbaijani Ğ, Ş, Ə.
        0x11E | 0x15E => code + 1,
        0x18F => 0x259,
        _ => return None,
    };
    char::from_u32(lowered)
}

/// `word` in lower case (as [`str::to_lowercase`]).
#[must_use]
pub fn lowercase(word: &str) -> String {
    let mut lowered = String::with_capacity(word.len());
    for c in word.chars() {
        match lower_letter(c) {
            Some(lower) => lowered.push(lower),
            // Letters that lower to more than one, and Σ, whose lower case depends on
            // where it stands.
            None => return word.to_lowercase(),
        }
    }
    lowered
}

/// The letters of `word` each in lower case (as [`char::to_lowercase`] gives them, one by
/// one).
#[must_use]
pub fn lowercase_chars(word: &str) -> Vec<char> {
    let mut lowered = Vec::with_capacity(word.len());
    for c in word.chars() {
        match lower_letter(c) {
            Some(lower) => lowered.push(lower),
            None => lowered.extend(c.to_lowercase()),
        }
    }
    lowered
}

/// `word` in lower case with Azerbaijani and Turkish İ as a plain i (İran: iran), not the i
/// and the combining dot [`str::to_lowercase`] gives it.
#[must_use]
pub fn fold_case(word: &str) -> String {
    let mut lowered = String::with_capacity(word.len());
    for c in word.chars() {
        match lower_letter(c) {
            Some(lower) => lowered.push(lower),
            None if c == 'İ' => lowered.push('i'),
            None => return word.replace('İ', "i").to_lowercase(),
        }
    }
    lowered
}

/// Whether `a` and `b` are the same in lower case, without making either.
#[must_use]
pub fn same_in_lower_case(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut left, mut right) = (a.chars(), b.chars());
    loop {
        match (left.next(), right.next()) {
            (None, None) => return true,
            (Some(one), Some(other)) => match (lower_letter(one), lower_letter(other)) {
                (Some(one), Some(other)) if one == other => {}
                (Some(_), Some(_)) => return false,
                _ => return lowercase(a) == lowercase(b),
            },
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_is_told_as_the_standard_library_tells_it() {
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
            let mut expected = c.to_lowercase();
            if let Some(lower) = lower_letter(c) {
                assert_eq!(Some(lower), expected.next(), "{c:?}");
                assert_eq!(expected.next(), None, "{c:?}");
            }
        }
    }

    #[test]
    fn words_are_lowered_as_the_standard_library_lowers_them() {
        for word in [
            "Hacılı",
            "ГАДЖИЛЫ",
            "Ёлка",
            "ƏLİYEV",
            "ΟΔΟΣ",
            "Straße",
            "ÇAĞDAŞ",
            "",
            "NATO-nun",
            "İran",
        ] {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
            assert_eq!(fold_case(word), word.replace('İ', "i").to_lowercase());
            let each: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
            assert_eq!(lowercase_chars(word), each);
        }
        assert_eq!(fold_case("İRANDA"), "iranda");
        assert!(same_in_lower_case("Və", "VƏ"));
        assert!(!same_in_lower_case("в", "во"));
    }
}
