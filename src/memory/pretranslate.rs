//! Pre-translation: a project's empty translations filled from a memory, each with its best
//! match at or above a minimum score, as drafts for the translator to confirm. Numbers are
//! carried over where the match differs only in them; a match whose numbers cannot be carried
//! is not used; a fuzzy fill gets a note naming its match; a translation is never replaced.
//! The command line and the window both fill through here.

use std::fmt::Write as _;

use super::index::TranslationMemory;
use crate::model::{Edit, LanguageTag, Project, TranslationStatus};

/// What a pre-translation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PretranslateReport {
    /// Rows filled (exact or fuzzy).
    pub filled: usize,
    /// Of those, from identical sources.
    pub exact: usize,
    /// Empty rows with no match at the minimum.
    pub without: usize,
    /// Empty rows whose best match has other numbers that could not be carried over.
    pub numbers_differ: usize,
}

impl PretranslateReport {
    /// The counts in words.
    pub fn describe(&self, language: &LanguageTag, minimum: u8) -> String {
        let mut text = format!(
            "{language}: {} empty translation(s) filled as drafts ({} exact, {} fuzzy at {minimum}% \
             or more, each with a note naming its match), {} without a match",
            self.filled,
            self.exact,
            self.filled - self.exact,
            self.without
        );
        if self.numbers_differ > 0 {
            // Writing to a String cannot fail.
            let _ = write!(
                text,
                "; {} left empty: their best match has other numbers, which could not be carried \
                 into its translation safely",
                self.numbers_differ
            );
        }
        text
    }
}

/// The edit that fills `project`'s empty `language` translations from `memory` (`None` when
/// nothing is filled), and the report. `stop` is asked between rows.
pub fn pretranslate(
    project: &Project,
    memory: &mut TranslationMemory,
    language: &LanguageTag,
    minimum: u8,
    stop: &dyn Fn() -> bool,
) -> (Option<Edit>, PretranslateReport) {
    let mut report = PretranslateReport::default();
    let mut edits = Vec::new();
    for paragraph in project.translatable_paragraphs() {
        if stop() {
            return (None, PretranslateReport::default());
        }
        let paragraph_id = paragraph.paragraph_id;
        if !project
            .translation(paragraph_id, language)
            .text
            .trim()
            .is_empty()
        {
            continue;
        }
        let Some(best) = memory
            .search(&paragraph.text, minimum, 1)
            .into_iter()
            .next()
        else {
            report.without += 1;
            continue;
        };
        if best.numbers_differ {
            report.numbers_differ += 1;
            continue;
        }
        report.filled += 1;
        if best.score == 100 {
            report.exact += 1;
        } else {
            edits.push(Edit::SetTranslationNote {
                paragraph_id,
                language: language.clone(),
                note: format!(
                    "Pre-translated from a {}% match ({}): «{}»",
                    best.score, best.origin, best.source
                ),
            });
        }
        edits.push(Edit::SetTranslationText {
            paragraph_id,
            language: language.clone(),
            text: best.target_with_numbers.unwrap_or(best.target),
        });
        edits.push(Edit::SetTranslationStatus {
            paragraph_id,
            language: language.clone(),
            status: TranslationStatus::Draft,
        });
    }
    ((!edits.is_empty()).then_some(Edit::Batch(edits)), report)
}
