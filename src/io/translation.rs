//! Importing an existing translation of the project's source: the file is cleaned and
//! classified like the source, its paragraphs are numbered from the project's counter, and its
//! translatable paragraphs are aligned with the source's (by
//! [`crate::model::link_ops::align_paragraphs`]). The result is one undoable edit.

use std::path::Path;

use super::import::{ImportError, ImportOptions, import_article_file};
use crate::align::AlignOptions;
use crate::model::link_ops::align_paragraphs;
use crate::model::{AlignedTranslation, Edit, LanguageTag, ParagraphId, Project};

/// What importing a translation is doing, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationStage {
    /// Reading, cleaning and classifying the file.
    Reading,
    /// Aligning `source` translatable paragraphs with `target` ones.
    Aligning { source: usize, target: usize },
}

/// Imports `path` as the translation into `language` and aligns it with the source. Returns
/// the edit that adds it (and adds `language` as a target if it is not one yet).
pub fn import_translation(
    project: &Project,
    path: &Path,
    language: &LanguageTag,
) -> Result<Edit, ImportError> {
    import_translation_reporting(
        project,
        path,
        language,
        &AlignOptions::default(),
        &mut |_| {},
    )
}

/// [`import_translation`] with alignment `options` (which may carry a stop flag), telling
/// `stage` what it is doing as it goes.
pub fn import_translation_reporting(
    project: &Project,
    path: &Path,
    language: &LanguageTag,
    align_options: &AlignOptions,
    stage: &mut dyn FnMut(TranslationStage),
) -> Result<Edit, ImportError> {
    stage(TranslationStage::Reading);
    let options = ImportOptions {
        source_language: Some(language.clone()),
        targets: Some(Vec::new()),
        ..ImportOptions::default()
    };
    let imported = import_article_file(path, &options)?;
    let mut paragraphs = imported.source.paragraphs;
    let (first_id, next_id) =
        crate::model::allocate_paragraph_ids(project.next_paragraph_id, paragraphs.len())?;
    for (paragraph, id) in paragraphs.iter_mut().zip(first_id..) {
        paragraph.paragraph_id = ParagraphId(id);
    }
    let mut aligned = AlignedTranslation {
        original: imported.source.original,
        paragraphs,
        links: Vec::new(),
    };
    let translatable = |paragraphs: &[crate::model::Paragraph]| {
        paragraphs
            .iter()
            .filter(|paragraph| paragraph.kind.is_translatable())
            .count()
    };
    stage(TranslationStage::Aligning {
        source: translatable(project.paragraphs()),
        target: translatable(&aligned.paragraphs),
    });
    aligned.links = align_paragraphs(project, &aligned, language, align_options);
    let mut edits = Vec::new();
    if !project.targets.contains(language) {
        edits.push(Edit::AddTarget {
            language: language.clone(),
            position: project.targets.len(),
            translations: std::collections::BTreeMap::new(),
            aligned: None,
        });
    }
    edits.push(Edit::SetAligned {
        language: language.clone(),
        aligned: Some(Box::new(aligned)),
        next_paragraph_id: next_id,
    });
    Ok(Edit::Batch(edits))
}
