//! Text as the memory compares it: tokens (words, numbers, punctuation) in a folded form —
//! composed (NFC, so that `ё` typed as `е` + U+0308 is `ё`), lower case the way the language
//! writes it (Azerbaijani and Turkish `İ`→`i`, `I`→`ı`), Russian `ё` as `е`, typographic
//! quotes and dashes as one mark each.

use crate::align::letters::is_letter;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization as _;
use unicode_segmentation::UnicodeSegmentation as _;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punctuation,
}

/// A token: its kind and folded text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    pub kind: TokenKind,
    pub text: String,
}

/// Whether the language lower-cases `I` to dotless `ı` (and `İ` to `i`).
fn is_turkic(language: &str) -> bool {
    matches!(language, "az" | "tr" | "crh" | "gag" | "kk" | "tk")
}

/// `text` folded for comparing in `language` (its primary subtag): lower case, Turkic `I`
/// rules where they apply, `ё` as `е`.
pub fn fold(text: &str, language: &str) -> String {
    let turkic = is_turkic(language);
    let mut folded = String::with_capacity(text.len());
    // Text that is composed already (nearly all of it) is folded without composing it anew.
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        for character in text.chars() {
            fold_char(character, turkic, &mut folded);
        }
    } else {
        for character in text.nfc() {
            fold_char(character, turkic, &mut folded);
        }
    }
    folded
}

/// One composed character folded onto `folded`.
fn fold_char(character: char, turkic: bool, folded: &mut String) {
    if character.is_ascii() && !(turkic && character == 'I') {
        folded.push(character.to_ascii_lowercase());
        return;
    }
    match character {
        'I' if turkic => folded.push('ı'),
        'İ' => folded.push('i'),
        'ё' | 'Ё' => folded.push('е'),
        '«' | '»' | '“' | '”' | '„' | '‟' | '"' => folded.push('"'),
        '‘' | '’' | '‚' | '‛' => folded.push('\''),
        '–' | '—' | '―' => folded.push('-'),
        other => folded.extend(other.to_lowercase()),
    }
}

/// The tokens of `text` in `language`: words and numbers as Unicode word boundaries give
/// them (`1,5` and `40 000` stay one number each only when written without a space), and
/// every other non-space mark as punctuation.
pub fn tokens(text: &str, language: &str) -> Vec<Token> {
    let folded = fold(text, language);
    let mut tokens = Vec::new();
    for piece in folded.split_word_bounds() {
        if piece.trim().is_empty() {
            continue;
        }
        let kind = if piece.chars().any(is_letter) {
            TokenKind::Word
        } else if piece.chars().any(|character| character.is_ascii_digit()) {
            TokenKind::Number
        } else {
            TokenKind::Punctuation
        };
        tokens.push(Token {
            kind,
            text: piece.to_owned(),
        });
    }
    tokens
}

/// `text` folded one character at a time, and for each byte of the folded text the byte of
/// `text` it comes from (with `text.len()` after the last).
pub fn fold_with_places(text: &str, language: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut places = Vec::with_capacity(text.len() + 1);
    let mut buffer = [0u8; 4];
    for (at, character) in text.char_indices() {
        let piece = fold(character.encode_utf8(&mut buffer), language);
        folded.push_str(&piece);
        places.extend(std::iter::repeat_n(at, piece.len()));
    }
    places.push(text.len());
    (folded, places)
}

/// The words of `text` in `language`, folded, each with the byte range of `text` it stands
/// in (numbers and marks are left out).
pub fn word_spans(text: &str, language: &str) -> Vec<(Range<usize>, String)> {
    let (folded, places) = fold_with_places(text, language);
    folded
        .split_word_bound_indices()
        .filter(|(_, piece)| piece.chars().any(is_letter))
        .map(|(at, piece)| (places[at]..places[at + piece.len()], piece.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_and_turkish_fold_their_own_i_and_russian_its_yo() {
        assert_eq!(fold("İLHAM Əliyev IŞIQ", "az"), "ilham əliyev ışıq");
        assert_eq!(fold("Ilham", "en"), "ilham");
        assert_eq!(fold("Ёлка «Звезда»", "ru"), "елка \"звезда\"");
        // Decomposed letters fold as their composed forms.
        assert_eq!(fold("Е\u{308}лка", "ru"), "елка");
        assert_eq!(fold("I\u{307}lham", "az"), "ilham");
    }

    #[test]
    fn word_spans_point_into_the_original_text() {
        let text = "«İLHAM» Əliyev, 15 yaşında.";
        let spans = word_spans(text, "az");
        let words: Vec<(&str, &str)> = spans
            .iter()
            .map(|(range, folded)| (&text[range.clone()], folded.as_str()))
            .collect();
        assert_eq!(
            words,
            vec![
                ("İLHAM", "ilham"),
                ("Əliyev", "əliyev"),
                ("yaşında", "yaşında")
            ]
        );
    }

    #[test]
    fn words_numbers_and_marks_are_told_apart() {
        let kinds: Vec<(TokenKind, String)> =
            tokens("Police detained 15 people at 15:00, report says.", "en")
                .into_iter()
                .map(|token| (token.kind, token.text))
                .collect();
        assert_eq!(kinds[0], (TokenKind::Word, "police".to_owned()));
        assert!(kinds.contains(&(TokenKind::Number, "15".to_owned())));
        assert!(kinds.contains(&(TokenKind::Punctuation, ",".to_owned())));
        assert_eq!(kinds.last().unwrap().1, ".");
    }
}
