//! Importing articles: plain-text and Markdown dumps here (decoding, splitting into paragraphs
//! with byte ranges, classifying them); web pages and archives are handed to [`super::web`].
//! Either way the [`Project`] keeps the original verbatim.

mod classify;
mod split;
mod synthetic;

use std::fmt::Write as _;
use std::path::Path;

pub use classify::{Classification, classify, junk_description};
pub use split::{RawParagraph, clean_whitespace, split_lines, split_paragraphs};
pub use synthetic::synthetic_article;

use super::decode::{DecodeError, decode_as, decode_text};
use super::web::{RecordChoice, import_web_noting, sniff_format};
use crate::model::{
    LanguageTag, Metadata, Original, Paragraph, ParagraphId, Project, SourceDocument, SourceFormat,
    TextEncoding,
};

/// The largest plain-text article imported (about 20,000 pages of text).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Choices made when importing an article.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The article's language; detected from the text when `None`.
    pub source_language: Option<LanguageTag>,
    /// Target languages; the other two of en/ru/az when `None`.
    pub targets: Option<Vec<LanguageTag>>,
    /// The character encoding to use instead of the detected one.
    pub encoding: Option<TextEncoding>,
    /// Which page of a web archive to import (its target URL); needed when it holds several.
    pub record: Option<String>,
}

/// Why an article could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Decode { path: String, reason: DecodeError },
    #[error("{path}: {reason}")]
    Archive { path: String, reason: String },
    #[error(
        "{path} holds {} web pages; choose one (in the CLI with --record URL): {}",
        records.len(),
        record_list(records)
    )]
    ChooseRecord {
        path: String,
        records: Vec<RecordChoice>,
    },
    #[error("{path} has no page {url}; it holds: {}", record_list(records))]
    NoSuchRecord {
        path: String,
        url: String,
        records: Vec<RecordChoice>,
    },
    #[error(
        "{path}: the text is {size_mb} MB; plain-text articles are imported up to {limit_mb} MB"
    )]
    TooLarge {
        path: String,
        size_mb: usize,
        limit_mb: usize,
    },
    #[error("{path}: the file has no text to import (only white space)")]
    NoText { path: String },
    #[error(transparent)]
    IdsExhausted(#[from] crate::model::IdsExhausted),
}

/// The pages of an archive for a message: the first 20, then how many more.
fn record_list(records: &[RecordChoice]) -> String {
    const SHOWN: usize = 20;
    let mut list = records
        .iter()
        .take(SHOWN)
        .map(|record| record.url.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if records.len() > SHOWN {
        let _ = write!(list, " … and {} more", records.len() - SHOWN);
    }
    list
}

/// Reads and imports an article file.
pub fn import_article_file(path: &Path, options: &ImportOptions) -> Result<Project, ImportError> {
    let bytes = crate::io::read_file_capped(path).map_err(|reason| ImportError::Read {
        path: path.display().to_string(),
        reason,
    })?;
    let file_name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    import_article_bytes(&file_name, &bytes, options)
}

/// Imports an article from its bytes. The format (plain text, HTML, MHTML, WARC) is recognised
/// from the content; `file_name` decides Markdown handling and is recorded.
pub fn import_article_bytes(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Project, ImportError> {
    import_article_bytes_noting(file_name, bytes, options).map(|(project, _)| project)
}

/// [`import_article_bytes`], with notes for the user on how the file was read (see
/// [`crate::io::web::import_web_noting`]).
pub fn import_article_bytes_noting(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<(Project, Vec<String>), ImportError> {
    let format = sniff_format(bytes);
    if let Some(url) = &options.record
        && !matches!(format, SourceFormat::Warc | SourceFormat::WarcGz)
    {
        return Err(ImportError::Archive {
            path: file_name.to_owned(),
            reason: format!(
                "the page {url} was asked for, but this is {}, not a WARC web archive: it \
                 holds one article and has no pages to choose from",
                format.label()
            ),
        });
    }
    if format != SourceFormat::Text {
        return import_web_noting(file_name, bytes, format, options);
    }
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
        .find(|paragraph| paragraph.kind == crate::model::ParagraphKind::Headline)
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
    Ok((Project::new(metadata, source, targets), Vec::new()))
}

fn tag(code: &'static str) -> LanguageTag {
    LanguageTag::builtin(code)
}

/// Guesses en, ru or az from the letters used.
pub fn detect_language(text: &str) -> LanguageTag {
    let mut cyrillic = 0usize;
    let mut latin = 0usize;
    let mut azerbaijani = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyrillic += 1;
        } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
            latin += 1;
            if matches!(c, 'ə' | 'Ə' | 'ğ' | 'Ğ' | 'ı' | 'İ' | 'ş' | 'Ş') {
                azerbaijani += 1;
            }
        }
    }
    if cyrillic > latin {
        tag("ru")
    } else if latin > 0 && azerbaijani * 100 >= latin {
        tag("az")
    } else {
        tag("en")
    }
}

/// The other two of en, ru and az.
pub fn default_targets(source: &LanguageTag) -> Vec<LanguageTag> {
    ["en", "ru", "az"]
        .iter()
        .filter(|code| **code != source.primary())
        .map(|code| tag(code))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_three_languages() {
        assert_eq!(
            detect_language("The police came to the square.").as_str(),
            "en"
        );
        assert_eq!(detect_language("Полиция пришла на площадь.").as_str(), "ru");
        assert_eq!(
            detect_language("Polis meydana gəldi, iştirakçılar saxlanıldı.").as_str(),
            "az"
        );
    }

    #[test]
    fn empty_pages_and_files_are_refused_clearly() {
        let options = ImportOptions::default();
        assert!(matches!(
            import_article_bytes("a.html", b"<!DOCTYPE html><html></html>", &options),
            Err(ImportError::NoText { .. })
        ));
        assert!(matches!(
            import_article_bytes("a.txt", b" \n\n \n", &options),
            Err(ImportError::NoText { .. })
        ));
    }
}
