//! Progress figures: how much of the translatable text is done for a target language.

use super::{LanguageTag, Paragraph, Project};
use crate::align::word_count;

/// Paragraphs and source words done (translated, reviewed or approved) out of the total, and
/// the translations a new capture made stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LanguageProgress {
    pub paragraphs_done: usize,
    pub paragraphs_total: usize,
    pub words_done: usize,
    pub words_total: usize,
    /// Translations (of any paragraph) that follow an earlier capture.
    pub stale: usize,
}

impl LanguageProgress {
    /// Share of source words done, 0.0 to 1.0.
    pub fn fraction(&self) -> f32 {
        if self.words_total == 0 {
            0.0
        } else {
            self.words_done as f32 / self.words_total as f32
        }
    }
}

/// Progress of one target language over the translatable paragraphs.
pub fn progress(project: &Project, language: &LanguageTag) -> LanguageProgress {
    progress_with(project, language, |_, paragraph| {
        word_count(&paragraph.text)
    })
}

/// Like [`progress`], with the words of the paragraph at each index supplied by the caller
/// (the app keeps them precomputed).
pub fn progress_with(
    project: &Project,
    language: &LanguageTag,
    words_of: impl Fn(usize, &Paragraph) -> usize,
) -> LanguageProgress {
    let mut result = LanguageProgress::default();
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        let translation = project.translation(paragraph.paragraph_id, language);
        if translation.is_stale() {
            result.stale += 1;
        }
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let words = words_of(index, paragraph);
        result.paragraphs_total += 1;
        result.words_total += words;
        if translation.status.is_done() {
            result.paragraphs_done += 1;
            result.words_done += words;
        }
    }
    result
}
