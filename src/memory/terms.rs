//! Recognising glossary terms in text whatever their inflection: a term matches where the
//! stems of its words stand, in order, among the stems of the text (ru "президент" in
//! "президентом", az "prezident" in "prezidentlə", a multi-word term with an inflected
//! head). The same tolerance checks that a translation uses an expected target term, and
//! that it uses no forbidden one.

use super::score::Analyser;
use crate::io::import::glossary::GlossaryEntry;

/// A glossary ready to recognise its terms.
pub struct Glossary {
    entries: Vec<GlossaryEntry>,
    source: Analyser,
    target: Analyser,
    source_stems: Vec<Vec<u32>>,
    target_stems: Vec<Vec<u32>>,
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

/// Whether `needle` stands, contiguous and in order, in `haystack`.
fn contains(haystack: &[u32], needle: &[u32]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

impl Glossary {
    /// The glossary of `entries` from `from` into `to`.
    pub fn new(entries: Vec<GlossaryEntry>, from: &str, to: &str) -> Self {
        let mut source = Analyser::new(from);
        let mut target = Analyser::new(to);
        let source_stems = entries
            .iter()
            .map(|entry| source.stems(&entry.source))
            .collect();
        let target_stems = entries
            .iter()
            .map(|entry| target.stems(&entry.target))
            .collect();
        Self {
            entries,
            source,
            target,
            source_stems,
            target_stems,
        }
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
        let mut uses: Vec<TermUse> = Vec::new();
        for (index, entry) in self.entries.iter().enumerate() {
            if !contains(&text_stems, &self.source_stems[index]) {
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
            let in_translation = contains(&translated_stems, &self.target_stems[index]);
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
    fn azerbaijani_targets_are_matched_in_their_inflected_forms() {
        let mut glossary = Glossary::new(vec![entry("president", "prezident", false)], "en", "az");
        let uses = glossary.check("The president spoke.", "Prezidentin çıxışı oldu.");
        assert!(uses[0].used);
    }
}
