//! Importing articles: the format is recognised from the content and the bytes handed to its
//! reader, [`text`] (plain text and Markdown) or [`web`] (saved web pages and web archives).
//! What readers share lives beside them: the [`options`] the user chose, the [`error`]s,
//! [`language`] detection and text [`decode`]-ing. Readers use those, never this dispatcher
//! or each other. Either way the [`Project`] keeps the original verbatim.

pub mod decode;
pub mod error;
pub mod exchange;
pub mod glossary;
pub mod language;
pub mod options;
pub mod text;
pub mod tmx;
pub mod web;
pub mod xliff;
pub mod xliff_update;
pub(in crate::io) mod xml;

use std::io::Read as _;
use std::path::Path;

pub use error::ImportError;
pub use language::{default_targets, detect_language};
pub use options::{ImportOptions, RecordChoice};

use crate::model::{Project, SourceFormat};

/// Reads and imports an article file.
pub fn import_article_file(path: &Path, options: &ImportOptions) -> Result<Project, ImportError> {
    let bytes = super::fs::read_file_capped(path).map_err(|reason| ImportError::Read {
        path: path.display().to_string(),
        reason,
    })?;
    let file_name = crate::io::fs::file_name_or_path(path);
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
/// [`web::import_web_noting`]).
pub fn import_article_bytes_noting(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<(Project, Vec<web::ImportNote>), ImportError> {
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
        return web::import_web_noting(file_name, bytes, format, options);
    }
    Ok((text::import_text(file_name, bytes, options)?, Vec::new()))
}

/// Recognises the container from the content (the file name is not consulted).
pub fn sniff_format(bytes: &[u8]) -> SourceFormat {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut head = [0u8; 5];
        let mut decoder = flate2::read::GzDecoder::new(bytes);
        if decoder.read_exact(&mut head).is_ok() && web::looks_like_warc(&head) {
            return SourceFormat::WarcGz;
        }
        return SourceFormat::Text;
    }
    if web::looks_like_warc(bytes) {
        return SourceFormat::Warc;
    }
    if web::looks_like_mhtml(bytes) {
        return SourceFormat::Mhtml;
    }
    if looks_like_html(bytes) {
        return SourceFormat::Html;
    }
    SourceFormat::Text
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let (text, _) = encoding_rs::Encoding::for_bom(head).map_or_else(
        || (String::from_utf8_lossy(head).into_owned(), 0),
        |(encoding, bom)| {
            (
                encoding
                    .decode_without_bom_handling(&head[bom..])
                    .0
                    .into_owned(),
                bom,
            )
        },
    );
    let lower = text.trim_start().to_ascii_lowercase();
    let starts = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
    ];
    if starts.iter().any(|start| lower.starts_with(start)) {
        return true;
    }
    // A leading comment (SingleFile, "saved from url") or XML declaration before the page.
    (lower.starts_with("<!--") || lower.starts_with("<?xml"))
        && (lower.contains("<html") || lower.contains("<!doctype html"))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn formats_are_recognised_from_the_content() {
        assert_eq!(sniff_format(b"  <!DOCTYPE html><html>"), SourceFormat::Html);
        assert_eq!(
            sniff_format(b"<!-- saved from url=(0014)about:internet -->\n<html>"),
            SourceFormat::Html
        );
        assert_eq!(
            sniff_format(b"WARC/1.0\r\nWARC-Type: warcinfo"),
            SourceFormat::Warc
        );
        assert_eq!(
            sniff_format(
                b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b"
            ),
            SourceFormat::Mhtml
        );
        assert_eq!(
            sniff_format("Заголовок\n\nТекст <b>".as_bytes()),
            SourceFormat::Text
        );
        assert_eq!(sniff_format(&[0x1f, 0x8b, 0, 0]), SourceFormat::Text);
    }
}
