//! Reusing earlier translations: filling a project's empty translations from a translation
//! memory's exact matches (the 100 % case), and fuzzy matching over a memory (`score`, the
//! index in `index`), with text folded and stemmed per language (`text`, `stem`,
//! `azerbaijani`). The concordance and the glossary will live here too; file formats stay in
//! `io`.

pub(crate) mod azerbaijani;
pub mod cache;
pub mod concordance;
pub mod index;
pub mod pretranslate;
pub mod score;
pub mod sources;
pub mod stem;
pub mod terms;
pub mod text;

use std::fmt::Write as _;

use crate::io::import::tmx::TmxDocument;
use crate::model::{Edit, LanguageTag, Project, TranslationStatus};

/// What filling from a memory did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FillReport {
    /// Empty translations filled from an exact match.
    pub filled: usize,
    /// Paragraphs with an exact match that already had a translation (left as they were).
    pub already_translated: usize,
    /// Translatable paragraphs with no exact match.
    pub no_match: usize,
    /// Empty translations left empty because the memory translates their source text in two
    /// or more different ways (which one is right is the translator's call).
    pub ambiguous: usize,
}

impl FillReport {
    /// The counts in words, for the terminal and the window.
    pub fn describe(&self) -> String {
        let mut text = format!(
            "{} filled from exact matches (as drafts), {} already translated, {} without a match",
            self.filled, self.already_translated, self.no_match
        );
        if self.ambiguous > 0 {
            // Writing to a String cannot fail.
            write!(
                text,
                ", {} left empty because the memory translates them in different ways",
                self.ambiguous
            )
            .ok();
        }
        text
    }
}

/// Whitespace-normalised text: runs of white space are one space, none at the ends.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The edit that fills each empty `language` translation whose source text matches a unit of
/// `memory` exactly (after whitespace normalisation), as a draft for the translator to
/// confirm. `None` when nothing is filled.
pub fn fill_exact_matches(
    project: &Project,
    memory: &TmxDocument,
    language: &LanguageTag,
) -> (Option<Edit>, FillReport) {
    let source_language = project.source.language.as_str();
    // Each source text's translation, or `None` when the memory has different ones.
    let mut matches: std::collections::HashMap<String, Option<&str>> =
        std::collections::HashMap::new();
    for unit in &memory.units {
        if let (Some(source), Some(target)) = (
            unit.text_in(source_language),
            unit.text_in(language.as_str()),
        ) && !target.trim().is_empty()
        {
            matches
                .entry(normalised(source))
                .and_modify(|known| {
                    if known.is_some_and(|known| normalised(known) != normalised(target)) {
                        *known = None;
                    }
                })
                .or_insert(Some(target));
        }
    }
    let mut report = FillReport::default();
    let mut edits = Vec::new();
    for paragraph in project.translatable_paragraphs() {
        let Some(found) = matches.get(&normalised(&paragraph.text)) else {
            report.no_match += 1;
            continue;
        };
        let current = project.translation(paragraph.paragraph_id, language);
        if !current.text.trim().is_empty() {
            report.already_translated += 1;
            continue;
        }
        let Some(target) = found else {
            report.ambiguous += 1;
            continue;
        };
        report.filled += 1;
        edits.push(Edit::SetTranslationText {
            paragraph_id: paragraph.paragraph_id,
            language: language.clone(),
            text: (*target).to_owned(),
        });
        if current.status == TranslationStatus::New {
            edits.push(Edit::SetTranslationStatus {
                paragraph_id: paragraph.paragraph_id,
                language: language.clone(),
                status: TranslationStatus::Draft,
            });
        }
    }
    let edit = (!edits.is_empty()).then_some(Edit::Batch(edits));
    (edit, report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::import::tmx::read_tmx;
    use crate::model::ParagraphId;

    #[test]
    fn empty_translations_are_filled_from_exact_matches_only() {
        let mut project = crate::model::test_project();
        let ru = LanguageTag::parse("ru").unwrap();
        let memory = read_tmx(
            r#"<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>Headline   here</seg></tuv><tuv xml:lang="ru"><seg>Заголовок</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The police came</seg></tuv><tuv xml:lang="ru"><seg>Не то</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>More on JAMnews</seg></tuv><tuv xml:lang="ru"><seg>Ещё</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Headline here</seg></tuv><tuv xml:lang="ru"><seg>Заголовок </seg></tuv></tu>
</body></tmx>"#
                .as_bytes(),
        )
        .unwrap();
        let (edit, report) = fill_exact_matches(&project, &memory, &ru);
        // The headline matches (white space aside); "The police came" lacks its full stop; the
        // footer is not translated at all.
        assert_eq!(
            report,
            FillReport {
                filled: 1,
                already_translated: 0,
                no_match: 1,
                ambiguous: 0,
            }
        );
        edit.unwrap().apply(&mut project).unwrap();
        let headline = project.translation(ParagraphId(0), &ru);
        assert_eq!(headline.text, "Заголовок");
        assert_eq!(headline.status, TranslationStatus::Draft);
        // Again: nothing left to fill, and a translation is never replaced.
        let (edit, report) = fill_exact_matches(&project, &memory, &ru);
        assert!(edit.is_none());
        assert_eq!(report.already_translated, 1);
    }

    #[test]
    fn a_source_the_memory_translates_two_ways_is_left_for_the_translator() {
        let project = crate::model::test_project();
        let ru = LanguageTag::parse("ru").unwrap();
        let memory = read_tmx(
            r#"<tmx version="1.4"><header srclang="en"/><body>
<tu><tuv xml:lang="en"><seg>The police came.</seg></tuv><tuv xml:lang="ru"><seg>Пришла полиция.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The police came.</seg></tuv><tuv xml:lang="ru"><seg>Приехала полиция.</seg></tuv></tu>
</body></tmx>"#
                .as_bytes(),
        )
        .unwrap();
        let (edit, report) = fill_exact_matches(&project, &memory, &ru);
        assert!(edit.is_none());
        assert_eq!(
            (report.ambiguous, report.filled, report.no_match),
            (1, 0, 1)
        );
    }
}
