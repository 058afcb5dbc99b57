//! The concordance: every pair of the memory whose source or translation contains a word or
//! phrase, shown in context with the other side beside it. Texts are compared folded (lower
//! case the way each language writes it — Azerbaijani and Turkish `İ`/`i`, `I`/`ı` — and
//! Russian `ё` as `е`), and a hit's place is given in the original text.

use std::ops::Range;

use super::index::TranslationMemory;
use super::text::fold;

/// Which side of a pair a hit is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Source,
    Target,
}

/// A pair with the phrase in it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    pub side: Side,
    pub source: String,
    pub target: String,
    pub origin: String,
    /// Where the phrase stands in the side it was found on (byte ranges of that text).
    pub places: Vec<Range<usize>>,
}

/// `text` folded, and for each byte of the folded text the byte of `text` it comes from.
fn fold_with_places(text: &str, language: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut places = Vec::with_capacity(text.len());
    let mut buffer = [0u8; 4];
    for (at, character) in text.char_indices() {
        let piece = fold(character.encode_utf8(&mut buffer), language);
        folded.push_str(&piece);
        places.extend(std::iter::repeat_n(at, piece.len()));
    }
    places.push(text.len());
    (folded, places)
}

/// The places of `phrase` (already folded) in `text`, as byte ranges of `text`.
fn places_of(phrase: &str, text: &str, language: &str) -> Vec<Range<usize>> {
    let (folded, places) = fold_with_places(text, language);
    let finder = memchr::memmem::Finder::new(phrase.as_bytes());
    finder
        .find_iter(folded.as_bytes())
        .map(|at| places[at]..places[at + phrase.len()])
        .collect()
}

/// The pairs of `memory` with `phrase` in their source (`source_language`) or translation
/// (`target_language`), as asked by `sides`, at most `limit`.
pub fn concordance(
    memory: &TranslationMemory,
    phrase: &str,
    (source_language, target_language): (&str, &str),
    sides: &[Side],
    limit: usize,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    let phrase = phrase.trim();
    if phrase.is_empty() {
        return hits;
    }
    let in_source = fold(phrase, source_language);
    let in_target = fold(phrase, target_language);
    for segment in memory.segments() {
        for &side in sides {
            let (text, folded_phrase, language) = match side {
                Side::Source => (&segment.source, &in_source, source_language),
                Side::Target => (&segment.target, &in_target, target_language),
            };
            let places = places_of(folded_phrase, text, language);
            if !places.is_empty() {
                hits.push(Hit {
                    side,
                    source: segment.source.clone(),
                    target: segment.target.clone(),
                    origin: segment.origin.clone(),
                    places,
                });
                if hits.len() >= limit {
                    return hits;
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::index::MemorySegment;

    #[test]
    fn phrases_are_found_in_either_language_whatever_their_case() {
        let mut memory = TranslationMemory::new("az", "ru");
        for (source, target) in [
            (
                "İlham Əliyev Bakıya qayıtdı.",
                "Ильхам Алиев вернулся в Баку.",
            ),
            (
                "Polis İLHAM adlı şəxsi saxladı.",
                "Полиция задержала человека по имени Ильхам.",
            ),
            (
                "Müxalifət mitinq keçirdi.",
                "Оппозиция провела митинг, ещё один.",
            ),
        ] {
            memory.add(MemorySegment {
                source: source.to_owned(),
                target: target.to_owned(),
                origin: "test".to_owned(),
            });
        }
        let both = [Side::Source, Side::Target];
        let hits = concordance(&memory, "ilham", ("az", "ru"), &both, 10);
        assert_eq!(hits.len(), 2);
        assert_eq!(&hits[0].source[hits[0].places[0].clone()], "İlham");
        assert_eq!(&hits[1].source[hits[1].places[0].clone()], "İLHAM");
        // ё = е, on the translation side.
        let hits = concordance(&memory, "ЕЩЕ", ("az", "ru"), &both, 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].side, Side::Target);
        assert_eq!(&hits[0].target[hits[0].places[0].clone()], "ещё");
        assert!(concordance(&memory, "ilham", ("az", "ru"), &[Side::Target], 10).is_empty());
    }
}
