//! Translations kept in the capture history, found again: a paragraph a later capture removed
//! that comes back in a newer one gets back the translations it had — as they were when it
//! comes back word for word, marked stale (following its earlier text) when it comes back
//! edited.

use super::super::{LanguageTag, Translation};
use super::Capture;
use crate::align::revision::{normalized, similarity};

/// A paragraph that comes back edited is taken for the removed one when this share of its
/// words is the same (as for a paragraph moved and edited).
const EDITED_RETURN: f32 = 0.6;

/// A removed paragraph that kept translations: its text (as it was and as compared) and them.
struct KeptParagraph {
    text: String,
    normalized: String,
    translations: Vec<(LanguageTag, Translation)>,
}

/// The paragraphs of the capture history that kept translations, newest capture first (each
/// capture's in document order), gathered once for all the paragraphs a new capture adds.
pub(super) struct KeptTranslations {
    paragraphs: Vec<KeptParagraph>,
}

impl KeptTranslations {
    pub(super) fn of(captures: &[Capture]) -> Self {
        let mut paragraphs = Vec::new();
        for capture in captures.iter().rev() {
            for paragraph in &capture.paragraphs {
                let translations: Vec<(LanguageTag, Translation)> = capture
                    .retired
                    .iter()
                    .filter_map(|(language, translations)| {
                        translations
                            .get(&paragraph.paragraph_id)
                            .map(|translation| (language.clone(), translation.clone()))
                    })
                    .collect();
                if !translations.is_empty() {
                    paragraphs.push(KeptParagraph {
                        text: paragraph.text.clone(),
                        normalized: normalized(&paragraph.text),
                        translations,
                    });
                }
            }
        }
        Self { paragraphs }
    }

    /// The translations kept for a removed paragraph whose text was `text` (or, failing that,
    /// nearly `text`), from the newest capture that kept any; those of a nearly equal
    /// paragraph come back stale, following the text they were made for.
    pub(super) fn for_text(&self, text: &str) -> Vec<(LanguageTag, Translation)> {
        let wanted = normalized(text);
        if let Some(same) = self
            .paragraphs
            .iter()
            .find(|paragraph| paragraph.normalized == wanted)
        {
            return same.translations.clone();
        }
        let mut nearest: Option<(f32, &KeptParagraph)> = None;
        for paragraph in &self.paragraphs {
            let alike = similarity(&paragraph.text, text);
            if alike >= EDITED_RETURN && nearest.is_none_or(|(best, _)| alike > best) {
                nearest = Some((alike, paragraph));
            }
        }
        nearest.map_or_else(Vec::new, |(_, paragraph)| {
            paragraph
                .translations
                .iter()
                .map(|(language, translation)| {
                    let mut translation = translation.clone();
                    if translation.stale_source.is_none() {
                        translation.stale_source = Some(paragraph.text.clone());
                    }
                    (language.clone(), translation)
                })
                .collect()
        })
    }
}
