//! Recognising glossary terms in text whatever their inflection: a term matches where the
//! stems of its words stand, in order, among the stems of the text (ru "президент" in
//! "президентом", az "prezident" in "prezidentlə", a multi-word term with an inflected
//! head). The same tolerance checks that a translation uses an expected target term, and
//! that it uses no forbidden one.

use std::collections::HashMap;
use std::ops::Range;

use super::score::Analyser;
use super::text::word_spans;
use crate::io::import::glossary::GlossaryEntry;

/// A glossary ready to recognise its terms.
pub struct Glossary {
    entries: Vec<GlossaryEntry>,
    source: Analyser,
    target: Analyser,
    source_stems: Vec<Vec<u32>>,
    target_stems: Vec<Vec<u32>>,
    /// The entries whose source term's first stem starts so ([`stem_key`]).
    by_first_stem: HashMap<String, Vec<usize>>,
}

/// Where a source term stands in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundTerm {
    /// The byte range of the text the term's words cover.
    pub range: Range<usize>,
    /// The glossary entries of that source term (indexes into [`Glossary::entries`]).
    pub entries: Vec<usize>,
}

/// What the glossary says about one source term found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TermUse {
    /// The source term as the glossary has it.
    pub term: String,
    /// Its expected translations.
    pub expected: Vec<String>,
    /// Whether the translation uses one of them.
    pub used: bool,
    /// Forbidden translations the translation uses.
    pub forbidden_used: Vec<String>,
}

/// How many letters of a stem a near stem must share: Snowball sometimes stems two forms of
/// a word two ways (метрополитен, метрополитене).
const STEM_KEY: usize = 5;

/// The start of a stem that near stems share (the whole stem when it is short).
fn stem_key(stem: &str) -> String {
    stem.chars().take(STEM_KEY).collect()
}

/// Whether two stems are one word's: the same, or (both at least [`STEM_KEY`] letters) one
/// the other with at most two more letters.
fn same_stem(one: &str, other: &str) -> bool {
    if one == other {
        return true;
    }
    let (short, long) = if one.len() <= other.len() {
        (one, other)
    } else {
        (other, one)
    };
    short.chars().count() >= STEM_KEY
        && long.starts_with(short)
        && long.chars().count() - short.chars().count() <= 2
}

/// Whether `needle` stands, contiguous and in order, in `haystack` (stems compared by
/// `same`).
fn contains(haystack: &[u32], needle: &[u32], same: impl Fn(u32, u32) -> bool) -> bool {
    !needle.is_empty()
        && haystack.windows(needle.len()).any(|window| {
            window
                .iter()
                .zip(needle)
                .all(|(one, other)| same(*one, *other))
        })
}

impl Glossary {
    /// The glossary of `entries` from `from` into `to`.
    pub fn new(entries: Vec<GlossaryEntry>, from: &str, to: &str) -> Self {
        let mut source = Analyser::new(from);
        let mut target = Analyser::new(to);
        let source_stems: Vec<Vec<u32>> = entries
            .iter()
            .map(|entry| source.stems(&entry.source))
            .collect();
        let target_stems = entries
            .iter()
            .map(|entry| target.stems(&entry.target))
            .collect();
        let mut by_first_stem: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, stems) in source_stems.iter().enumerate() {
            if let Some(&first) = stems.first() {
                by_first_stem
                    .entry(stem_key(source.stem_text(first)))
                    .or_default()
                    .push(index);
            }
        }
        Self {
            entries,
            source,
            target,
            source_stems,
            target_stems,
            by_first_stem,
        }
    }

    /// The glossary's entries, in the order given.
    pub fn entries(&self) -> &[GlossaryEntry] {
        &self.entries
    }

    /// Where the glossary's source terms stand in `text`, in the order of the text (a term
    /// inside a longer one is found too), each place once with all its entries.
    pub fn find(&mut self, text: &str) -> Vec<FoundTerm> {
        let language = self.source.language().to_owned();
        let spans = word_spans(text, &language);
        let stems: Vec<u32> = spans
            .iter()
            .map(|(_, word)| self.source.stem_id(word))
            .collect();
        let mut found: Vec<FoundTerm> = Vec::new();
        let analyser = &self.source;
        let same = |one: u32, other: u32| {
            one == other || same_stem(analyser.stem_text(one), analyser.stem_text(other))
        };
        for (start, stem) in stems.iter().enumerate() {
            let Some(candidates) = self.by_first_stem.get(&stem_key(analyser.stem_text(*stem)))
            else {
                continue;
            };
            for &entry in candidates {
                let term = &self.source_stems[entry];
                let end = start + term.len();
                let Some(window) = stems.get(start..end) else {
                    continue;
                };
                if !window
                    .iter()
                    .zip(term)
                    .all(|(one, other)| same(*one, *other))
                {
                    continue;
                }
                let range = spans[start].0.start..spans[end - 1].0.end;
                match found.iter_mut().find(|place| place.range == range) {
                    Some(place) => place.entries.push(entry),
                    None => found.push(FoundTerm {
                        range,
                        entries: vec![entry],
                    }),
                }
            }
        }
        found.sort_by_key(|place| (place.range.start, std::cmp::Reverse(place.range.end)));
        found
    }

    /// Whether `translation` uses the target term of entry `index` (in any inflected form).
    pub fn target_used(&mut self, index: usize, translation: &str) -> bool {
        let stems = self.target.stems(translation);
        let analyser = &self.target;
        let same = |one: u32, other: u32| {
            one == other || same_stem(analyser.stem_text(one), analyser.stem_text(other))
        };
        self.target_stems
            .get(index)
            .is_some_and(|term| contains(&stems, term, same))
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The terms of `source_text`, and how `translation` (empty: not translated) treats them.
    pub fn check(&mut self, source_text: &str, translation: &str) -> Vec<TermUse> {
        let text_stems = self.source.stems(source_text);
        let translated_stems = self.target.stems(translation);
        let (source, target) = (&self.source, &self.target);
        let same_source = |one: u32, other: u32| {
            one == other || same_stem(source.stem_text(one), source.stem_text(other))
        };
        let same_target = |one: u32, other: u32| {
            one == other || same_stem(target.stem_text(one), target.stem_text(other))
        };
        let mut uses: Vec<TermUse> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            if !contains(&text_stems, &self.source_stems[index], same_source) {
                continue;
            }
            let position = uses
                .iter()
                .position(|found| found.term == entry.source)
                .unwrap_or_else(|| {
                    uses.push(TermUse {
                        term: entry.source.clone(),
                        expected: Vec::new(),
                        used: false,
                        forbidden_used: Vec::new(),
                    });
                    uses.len() - 1
                });
            let in_translation =
                contains(&translated_stems, &self.target_stems[index], same_target);
            let found = &mut uses[position];
            if entry.forbidden {
                if in_translation {
                    found.forbidden_used.push(entry.target.clone());
                }
            } else {
                if !found.expected.contains(&entry.target) {
                    found.expected.push(entry.target.clone());
                }
                found.used |= in_translation;
            }
        }
        uses
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(source: &str, target: &str, forbidden: bool) -> GlossaryEntry {
        GlossaryEntry {
            source: source.to_owned(),
            target: target.to_owned(),
            note: String::new(),
            forbidden,
        }
    }

    #[test]
    fn inflected_terms_are_recognised_in_the_source_and_the_translation() {
        let mut glossary = Glossary::new(
            vec![
                entry("president", "президент", false),
                entry(
                    "National Council of Democratic Forces",
                    "Национальный совет демократических сил",
                    false,
                ),
                entry("Musavat party", "партия «Мусават»", false),
                entry("Musavat party", "Мусаватская партия", true),
            ],
            "en",
            "ru",
        );
        let uses = glossary.check(
            "The presidents met the National Council of Democratic Forces.",
            "Президенты встретились с Национальным советом демократических сил.",
        );
        assert_eq!(uses.len(), 2);
        assert!(uses.iter().all(|found| found.used), "{uses:?}");
        let uses = glossary.check(
            "The Musavat party said so.",
            "Мусаватская партия так заявила.",
        );
        assert_eq!(uses[0].term, "Musavat party");
        assert!(!uses[0].used);
        assert_eq!(
            uses[0].forbidden_used,
            vec!["Мусаватская партия".to_owned()]
        );
        assert!(glossary.check("Nothing here.", "").is_empty());
    }

    #[test]
    fn found_terms_point_at_their_inflected_words() {
        let mut glossary = Glossary::new(
            vec![
                entry("prezident", "президент", false),
                entry("Müsavat partiyası", "партия «Мусават»", false),
                entry("partiya", "партия", false),
                entry("Müsavat partiyası", "Мусаватская партия", true),
            ],
            "az",
            "ru",
        );
        let text = "Prezidentlə görüşdən sonra MÜSAVAT PARTİYASININ sədri danışdı.";
        let found = glossary.find(text);
        let places: Vec<&str> = found
            .iter()
            .map(|place| &text[place.range.clone()])
            .collect();
        assert_eq!(
            places,
            vec!["Prezidentlə", "MÜSAVAT PARTİYASININ", "PARTİYASININ"]
        );
        assert_eq!(found[1].entries, vec![1, 3]);
        assert!(glossary.target_used(0, "Встреча с президентом"));
        assert!(!glossary.target_used(1, "Мусаватская партия"));
        assert!(glossary.find("").is_empty());
    }

    #[test]
    fn forms_snowball_stems_two_ways_are_one_term() {
        let mut glossary = Glossary::new(vec![entry("metro", "метрополитен", false)], "en", "ru");
        assert!(glossary.target_used(0, "Проезд в метрополитене подорожает."));
        assert!(!glossary.target_used(0, "Проезд в метро подорожает."));
    }

    #[test]
    fn azerbaijani_targets_are_matched_in_their_inflected_forms() {
        let mut glossary = Glossary::new(vec![entry("president", "prezident", false)], "en", "az");
        let uses = glossary.check("The president spoke.", "Prezidentin çıxışı oldu.");
        assert!(uses[0].used);
    }
}
