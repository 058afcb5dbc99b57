//! The concordance: every pair of the memory whose source or translation contains a word or
//! phrase, shown in context with the other side beside it. Texts are compared folded (lower
//! case the way each language writes it — Azerbaijani and Turkish `İ`/`i`, `I`/`ı` — and
//! Russian `ё` as `е`), and a hit's place is given in the original text.

use std::ops::Range;

use super::index::TranslationMemory;
use super::text::{fold, fold_with_places};

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
    /// When the pair was made (`YYYY-MM-DD`), when known.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Where the phrase stands in the side it was found on (byte ranges of that text).
    pub places: Vec<Range<usize>>,
}

/// Whether a phrase found at byte `at` of `folded` starts a word there (or does not start
/// with a letter or digit itself): "растет" is in "цены растет", not in "вырастет".
fn starts_a_word(folded: &str, at: usize, phrase: &str) -> bool {
    !phrase.starts_with(char::is_alphanumeric)
        || folded[..at]
            .chars()
            .next_back()
            .is_none_or(|before| !before.is_alphanumeric())
}

/// The places of `phrase` (already folded) in `text`, as byte ranges of `text`.
fn places_of(phrase: &str, text: &str, language: &str) -> Vec<Range<usize>> {
    let (folded, places) = fold_with_places(text, language);
    let finder = memchr::memmem::Finder::new(phrase.as_bytes());
    finder
        .find_iter(folded.as_bytes())
        .filter(|&at| starts_a_word(&folded, at, phrase))
        .map(|at| places[at]..places[at + phrase.len()])
        .collect()
}

/// The folded texts of a memory's pairs, kept so that each search is only a scan for the
/// phrase (folding a large memory anew for every key typed would be far slower).
pub struct FoldedMemory {
    languages: (String, String),
    folded: Vec<(String, String)>,
}

impl FoldedMemory {
    /// The folded texts of `memory`'s pairs, in `source_language` and `target_language`.
    pub fn new(
        memory: &TranslationMemory,
        (source_language, target_language): (&str, &str),
    ) -> Self {
        let mut folded = Self {
            languages: (source_language.to_owned(), target_language.to_owned()),
            folded: Vec::with_capacity(memory.len()),
        };
        folded.catch_up(memory);
        folded
    }

    /// Folds the pairs added to `memory` since.
    pub fn catch_up(&mut self, memory: &TranslationMemory) {
        for segment in &memory.segments()[self.folded.len().min(memory.len())..] {
            self.folded.push((
                fold(&segment.source, &self.languages.0),
                fold(&segment.target, &self.languages.1),
            ));
        }
    }

    /// The pairs of `memory` with `phrase` on the `sides` asked, at most `limit`.
    pub fn search(
        &self,
        memory: &TranslationMemory,
        phrase: &str,
        sides: &[Side],
        limit: usize,
    ) -> Vec<Hit> {
        let mut scan = Scan::new(phrase, limit);
        self.scan(memory, sides, &mut scan, usize::MAX);
        scan.hits
    }

    /// Goes on with `scan` over at most `pairs` more pairs of `memory` (a search spread over
    /// frames keeps the window responsive on a large memory); returns whether it is done.
    pub fn scan(
        &self,
        memory: &TranslationMemory,
        sides: &[Side],
        scan: &mut Scan,
        pairs: usize,
    ) -> bool {
        let phrase = scan.phrase.trim();
        if phrase.is_empty() {
            scan.next = memory.len();
            return true;
        }
        let (source_language, target_language) = (&self.languages.0, &self.languages.1);
        let in_source = fold(phrase, source_language);
        let in_target = fold(phrase, target_language);
        let source_finder = memchr::memmem::Finder::new(in_source.as_bytes());
        let target_finder = memchr::memmem::Finder::new(in_target.as_bytes());
        let end = memory
            .len()
            .min(self.folded.len())
            .min(scan.next.saturating_add(pairs));
        for index in scan.next..end {
            let segment = &memory.segments()[index];
            let (source, target) = &self.folded[index];
            scan.next = index + 1;
            for &side in sides {
                let (folded, finder, text, folded_phrase, language) = match side {
                    Side::Source => (
                        source,
                        &source_finder,
                        &segment.source,
                        &in_source,
                        source_language,
                    ),
                    Side::Target => (
                        target,
                        &target_finder,
                        &segment.target,
                        &in_target,
                        target_language,
                    ),
                };
                if !finder
                    .find_iter(folded.as_bytes())
                    .any(|at| starts_a_word(folded, at, folded_phrase))
                {
                    continue;
                }
                scan.hits.push(Hit {
                    side,
                    source: segment.source.clone(),
                    target: segment.target.clone(),
                    origin: segment.origin.clone(),
                    date: segment.date.clone(),
                    places: places_of(folded_phrase, text, language),
                });
                if scan.hits.len() >= scan.limit {
                    scan.next = memory.len();
                    return true;
                }
            }
        }
        scan.next >= memory.len().min(self.folded.len())
    }
}

/// A concordance search under way: the phrase, how far it got, and what it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
    pub phrase: String,
    /// The next pair to look at.
    pub next: usize,
    pub hits: Vec<Hit>,
    limit: usize,
}

impl Scan {
    /// A search for `phrase` that stops at `limit` hits.
    pub fn new(phrase: &str, limit: usize) -> Self {
        Self {
            phrase: phrase.to_owned(),
            next: 0,
            hits: Vec::new(),
            limit,
        }
    }
}

/// The pairs of `memory` with `phrase` in their source (`source_language`) or translation
/// (`target_language`), as asked by `sides`, at most `limit`.
pub fn concordance(
    memory: &TranslationMemory,
    phrase: &str,
    languages: (&str, &str),
    sides: &[Side],
    limit: usize,
) -> Vec<Hit> {
    FoldedMemory::new(memory, languages).search(memory, phrase, sides, limit)
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
                date: String::new(),
            });
        }
        let both = [Side::Source, Side::Target];
        let hits = concordance(&memory, "ilham", ("az", "ru"), &both, 10);
        assert_eq!(hits.len(), 2);
        assert_eq!(&hits[0].source[hits[0].places[0].clone()], "İlham");
        assert_eq!(&hits[1].source[hits[1].places[0].clone()], "İLHAM");
        // A word's start, not its inside: "ещё" is in "ещё один", "ЩЁ" in nothing.
        assert!(concordance(&memory, "щё", ("az", "ru"), &both, 10).is_empty());
        // ё = е, on the translation side.
        let hits = concordance(&memory, "ЕЩЕ", ("az", "ru"), &both, 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].side, Side::Target);
        assert_eq!(&hits[0].target[hits[0].places[0].clone()], "ещё");
        assert!(concordance(&memory, "ilham", ("az", "ru"), &[Side::Target], 10).is_empty());
        // A search spread over several steps finds what one pass finds.
        let folded = FoldedMemory::new(&memory, ("az", "ru"));
        let mut scan = Scan::new("ilham", 10);
        let mut steps = 0;
        while !folded.scan(&memory, &both, &mut scan, 1) {
            steps += 1;
        }
        assert_eq!(steps, 2);
        assert_eq!(
            scan.hits,
            concordance(&memory, "ilham", ("az", "ru"), &both, 10)
        );
    }
}
