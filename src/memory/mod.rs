//! Reusing earlier translations. Today: filling a project's empty translations from a
//! translation memory's exact matches (the 100 % case). Fuzzy matching, the concordance and the
//! glossary will live here too; file formats stay in `io`.

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
    let mut matches: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
    for unit in &memory.units {
        if let (Some(source), Some(target)) = (
            unit.text_in(source_language),
            unit.text_in(language.as_str()),
        ) && !target.trim().is_empty()
        {
            // The first unit for a source text wins, as in the file's order.
            matches.entry(normalised(source)).or_insert(target);
        }
    }
    let mut report = FillReport::default();
    let mut edits = Vec::new();
    for paragraph in project.translatable_paragraphs() {
        let Some(target) = matches.get(&normalised(&paragraph.text)) else {
            report.no_match += 1;
            continue;
        };
        let current = project.translation(paragraph.paragraph_id, language);
        if !current.text.trim().is_empty() {
            report.already_translated += 1;
            continue;
        }
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
                no_match: 1
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
}
