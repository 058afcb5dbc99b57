//! The plain-text reader: text and Markdown dumps are decoded, split into paragraphs with
//! their byte ranges in the original, and the paragraphs classified (headline, lead, body,
//! furniture). The decoded text is the original kept in the project.

mod classify;
mod split;
mod synthetic;

use std::path::Path;

pub use classify::{Classification, classify, junk_description};
pub use split::{RawParagraph, clean_whitespace, split_lines, split_paragraphs};
pub use synthetic::synthetic_article;

use super::decode::{decode_as, decode_text};
use super::error::ImportError;
use super::language::{default_targets, detect_language};
use super::options::ImportOptions;
use crate::model::{
    Metadata, Original, Paragraph, ParagraphId, ParagraphKind, Project, SourceDocument,
};

/// The largest plain-text article imported (about 20,000 pages of text).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Imports a plain-text (or, by its `file_name`, Markdown) article from its bytes.
pub fn import_text(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Project, ImportError> {
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(ImportError::TooLarge {
            path: file_name.to_owned(),
            size_mb: bytes.len().div_ceil(1024 * 1024),
            limit_mb: MAX_TEXT_BYTES / (1024 * 1024),
        });
    }
    let decode_error = |reason| ImportError::Decode {
        path: file_name.to_owned(),
        reason,
    };
    let (text, encoding) = match options.encoding {
        Some(encoding) => (decode_as(bytes, encoding).map_err(decode_error)?, encoding),
        None => decode_text(bytes).map_err(decode_error)?,
    };
    let markdown = Path::new(file_name).extension().is_some_and(|extension| {
        extension.eq_ignore_ascii_case("md") || extension.eq_ignore_ascii_case("markdown")
    });
    let raw = split_paragraphs(&text, markdown);
    if raw.is_empty() {
        return Err(ImportError::NoText {
            path: file_name.to_owned(),
        });
    }
    let classification = classify(&raw);
    let paragraphs: Vec<Paragraph> = raw
        .into_iter()
        .zip(&classification.kinds)
        .enumerate()
        .map(|(index, (paragraph, kind))| Paragraph {
            paragraph_id: ParagraphId(index as u32),
            kind: *kind,
            text: paragraph.text,
            byte_range: paragraph.byte_range,
        })
        .collect();
    let source_language = options
        .source_language
        .clone()
        .unwrap_or_else(|| detect_language(&text));
    let targets = options
        .targets
        .clone()
        .unwrap_or_else(|| default_targets(&source_language));
    let title = paragraphs
        .iter()
        .find(|paragraph| paragraph.kind == ParagraphKind::Headline)
        .map(|paragraph| paragraph.text.clone())
        .unwrap_or_default();
    let metadata = Metadata {
        title,
        description: classification.description.unwrap_or_default(),
        outlet: classification.outlet.unwrap_or_default(),
        ..Metadata::default()
    };
    let source = SourceDocument {
        language: source_language,
        original: Original::new(file_name.to_owned(), encoding, text),
        paragraphs,
    };
    Ok(Project::new(metadata, source, targets))
}
