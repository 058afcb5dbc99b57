//! The article in a target language, as blocks in source order: what every export format is
//! written from.

use super::{ExportError, ExportOptions, Untranslated, deliverable_text};
use crate::model::{LanguageTag, ParagraphKind, Project};

/// One paragraph of the translated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleBlock {
    pub kind: ParagraphKind,
    pub text: String,
    /// The source text, kept because the paragraph has no translation (`--allow-incomplete`).
    pub is_source: bool,
}

/// The article in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatedArticle {
    pub language: LanguageTag,
    pub source_language: LanguageTag,
    /// The translated headline (or the project's title when the article has none).
    pub title: String,
    /// Translatable paragraphs in source order, the headline included; excluded kinds (junk,
    /// teasers, footers, duplicates) are left out.
    pub blocks: Vec<ArticleBlock>,
}

/// How much of a source paragraph the refusal quotes.
const EXCERPT_CHARS: usize = 48;

fn excerpt(text: &str) -> String {
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        excerpt.push('…');
    }
    excerpt
}

/// The article of `project` in `options.language`. Refuses, listing them, when paragraphs have
/// no translation, unless `options.allow_incomplete` (then their source text is kept).
pub fn translated_article(
    project: &Project,
    options: &ExportOptions,
) -> Result<TranslatedArticle, ExportError> {
    let language = &options.language;
    super::check_target(project, language)?;
    let mut blocks = Vec::new();
    let mut missing = Vec::new();
    for (index, paragraph) in project.paragraphs().iter().enumerate() {
        if !paragraph.kind.is_translatable() {
            continue;
        }
        let translation = project.translation(paragraph.paragraph_id, language);
        let text = deliverable_text(&translation.text);
        if text.trim().is_empty() {
            missing.push(Untranslated {
                row: index + 1,
                paragraph_id: paragraph.paragraph_id,
                excerpt: excerpt(&paragraph.text),
            });
            blocks.push(ArticleBlock {
                kind: paragraph.kind,
                text: deliverable_text(paragraph.text.trim()),
                is_source: true,
            });
        } else {
            blocks.push(ArticleBlock {
                kind: paragraph.kind,
                text: text.trim().to_owned(),
                is_source: false,
            });
        }
    }
    if blocks.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    if !missing.is_empty() && !options.allow_incomplete {
        return Err(ExportError::Untranslated {
            language: language.clone(),
            missing,
        });
    }
    let title = blocks
        .iter()
        .find(|block| block.kind == ParagraphKind::Headline)
        .map_or_else(
            || deliverable_text(&project.metadata.title),
            |block| block.text.clone(),
        );
    Ok(TranslatedArticle {
        language: language.clone(),
        source_language: project.source.language.clone(),
        title,
        blocks,
    })
}
