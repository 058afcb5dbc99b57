//! The web reader: saved web pages and web archives (HTML, SingleFile, MHTML, WARC, WARC.gz;
//! the import dispatcher tells which from the bytes, with [`looks_like_warc`] and
//! [`looks_like_mhtml`] from here). It finds the HTML in its container, decodes it, reads its
//! metadata and extracts the article into paragraphs. The whole input file is kept byte for
//! byte in the project. Nothing is fetched and no script runs: the page is only parsed.

mod bounded;
mod charset;
mod container;
mod extract;
mod fallback;
mod metadata;

pub use bounded::{Overrun, parse_bounded};
pub use charset::{CharsetReading, CharsetSource, DecodedHtml, decode_html};
pub use container::{
    HtmlPayload, MhtmlError, WarcContents, WarcError, WarcRecord, gunzip_warc, looks_like_mhtml,
    looks_like_warc, warc_contents,
};
pub use extract::{Block, extract_blocks};
pub use fallback::FallbackSource;
use fallback::{FEW_WORDS, article_words, fallback_article};
pub use metadata::{PageMetadata, collapse, page_metadata};

use super::error::ImportError;
use super::language::{default_targets, detect_language};
use super::options::ImportOptions;
pub use super::options::RecordChoice;
use crate::model::{
    LanguageTag, Metadata, Original, Paragraph, ParagraphId, ParagraphKind, Project,
    SourceDocument, SourceFormat,
};

/// The largest HTML page imported (the HTML itself, not the archive around it).
pub const MAX_PAGE_BYTES: usize = 64 * 1024 * 1024;
/// How deeply elements may nest. The HTML parser's cost grows with the square of the depth,
/// and real pages stay far below this.
pub const MAX_NESTING: usize = 10_000;

/// An upper estimate of how deeply a page's elements nest, from its tags alone. Tags that the
/// parser closes implicitly (`p`, `li`, `td` …) and void elements are not counted, so ordinary
/// pages with unclosed paragraphs are not mistaken for deep ones.
pub fn nesting_depth(html: &str) -> usize {
    const NOT_COUNTED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
        "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "!doctype",
    ];
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut at = 0;
    while let Some(offset) = memchr_lt(&bytes[at..]) {
        at += offset + 1;
        let rest = &html[at..];
        if rest.starts_with("!--") {
            at += rest.find("-->").map_or(rest.len(), |end| end + 3);
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name: String = rest[name_start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .take(16)
            .flat_map(char::to_lowercase)
            .collect();
        if name.is_empty() || NOT_COUNTED.contains(&name.as_str()) {
            continue;
        }
        let tag_end = rest.find('>').unwrap_or(rest.len());
        if closing {
            depth = depth.saturating_sub(1);
        } else if !rest[..tag_end].ends_with('/') {
            depth += 1;
            deepest = deepest.max(depth);
            if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
                // Raw text: skip to the closing tag.
                let closing_tag = format!("</{name}");
                let lower_end = rest
                    .get(tag_end..)
                    .and_then(|body| find_ascii_case_insensitive(body, &closing_tag))
                    .map_or(rest.len(), |found| tag_end + found);
                at += lower_end;
            }
        }
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&byte| byte == b'<')
}

fn find_ascii_case_insensitive(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// How a page of an archive is offered to the user.
fn record_choice(record: &WarcRecord) -> RecordChoice {
    RecordChoice {
        url: record.url.clone(),
        date: record.date.clone(),
        size: record.stored_size(),
    }
}

fn archive_error(path: &str, reason: impl std::fmt::Display) -> ImportError {
    ImportError::Archive {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

fn read_warc(file_name: &str, bytes: &[u8]) -> Result<WarcContents, ImportError> {
    let (data, complete) = if bytes.starts_with(&[0x1f, 0x8b]) {
        gunzip_warc(bytes).map_err(|reason| archive_error(file_name, reason))?
    } else {
        (bytes.to_vec(), true)
    };
    let mut contents = warc_contents(data);
    contents.truncated |= !complete;
    if contents.records.is_empty() {
        let reason = if contents.truncated {
            "the web archive is truncated or damaged and no complete HTML page was found in it"
        } else {
            "the web archive holds no HTML page (no text/html response or resource record)"
        };
        return Err(archive_error(file_name, reason));
    }
    Ok(contents)
}

/// The HTML page of a web file and what its container says about it.
fn html_payload(
    file_name: &str,
    bytes: &[u8],
    format: SourceFormat,
    options: &ImportOptions,
) -> Result<HtmlPayload, ImportError> {
    match format {
        SourceFormat::Mhtml => container::mhtml_payload(bytes)
            .map_err(|reason| archive_error(file_name, format!("cannot read the MHTML: {reason}"))),
        SourceFormat::Warc | SourceFormat::WarcGz => {
            let contents = read_warc(file_name, bytes)?;
            let choices = || contents.records.iter().map(record_choice).collect();
            let record = match &options.record {
                Some(url) => contents
                    .records
                    .iter()
                    .find(|record| &record.url == url)
                    .ok_or_else(|| ImportError::NoSuchRecord {
                        path: file_name.to_owned(),
                        url: url.clone(),
                        records: choices(),
                    })?,
                None if contents.records.len() == 1 => &contents.records[0],
                None => {
                    return Err(ImportError::ChooseRecord {
                        path: file_name.to_owned(),
                        records: choices(),
                    });
                }
            };
            contents
                .payload(record, MAX_PAGE_BYTES)
                .map_err(|reason| archive_error(file_name, reason))
        }
        SourceFormat::Html | SourceFormat::Text => Ok(HtmlPayload {
            bytes: bytes.to_vec(),
            ..HtmlPayload::default()
        }),
    }
}

/// The decoded page, its metadata and its paragraphs.
#[derive(Debug, Clone)]
pub struct ExtractedPage {
    pub decoded: DecodedHtml,
    pub metadata: PageMetadata,
    pub blocks: Vec<Block>,
    pub payload_url: String,
    pub captured: String,
    pub capture_tool: String,
    /// What the user should know about how the page was read (a charset declaration that did
    /// not fit, a fallback source of the article, almost nothing found).
    pub notes: Vec<ImportNote>,
}

/// Something the user should know about how a page was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNote {
    /// The charset declaration did not fit the bytes, or some bytes are not valid in it.
    Encoding(CharsetReading),
    /// The visible page holds almost no article: it was taken from `source` instead.
    Fallback {
        words: usize,
        source: FallbackSource,
    },
    /// Only `words` words of article text in a page of `kilobytes` KB.
    FewWords { words: usize, kilobytes: usize },
}

impl ImportNote {
    /// The note in English, as the command line says it.
    pub fn describe(&self) -> String {
        match self {
            Self::Encoding(reading) => format!("encoding: {}", reading.decision()),
            Self::Fallback { words, source } => format!(
                "the visible page holds almost no article text; the article ({words} words) was \
                 taken from {}",
                source.describe()
            ),
            Self::FewWords { words, kilobytes } => format!(
                "only {words} words of article text were found in a {kilobytes} KB page (it may \
                 be loaded by scripts, which Diptych never runs); the whole page is kept as the \
                 original"
            ),
        }
    }
}

/// Finds, decodes and extracts the page of a web file.
pub fn extract_page(
    file_name: &str,
    bytes: &[u8],
    format: SourceFormat,
    options: &ImportOptions,
) -> Result<ExtractedPage, ImportError> {
    let payload = html_payload(file_name, bytes, format, options)?;
    if payload.bytes.len() > MAX_PAGE_BYTES {
        return Err(archive_error(
            file_name,
            format!(
                "the web page is {} MB; pages over {} MB are not imported",
                payload.bytes.len() / (1024 * 1024),
                MAX_PAGE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let decoded = decode_html(
        &payload.bytes,
        payload.transport_charset.as_deref(),
        options.encoding,
    );
    let depth = nesting_depth(&decoded.text);
    if depth > MAX_NESTING {
        return Err(archive_error(
            file_name,
            format!(
                "the page nests elements about {depth} deep (a real page stays under a few \
                 hundred), so it was not imported"
            ),
        ));
    }
    let document = bounded::parse_bounded(&decoded.text).map_err(|overrun| {
        archive_error(file_name, format!("the page was not imported: {overrun}"))
    })?;
    let metadata = page_metadata(&document, &decoded.text);
    let mut blocks = extract_blocks(&document, &metadata.title);
    let mut notes = Vec::new();
    if decoded.had_errors
        || matches!(
            decoded.source,
            CharsetSource::DetectedDespite(_) | CharsetSource::Utf8Despite
        )
    {
        notes.push(ImportNote::Encoding(decoded.reading()));
    }
    if article_words(&blocks) < FEW_WORDS {
        if let Some((fallback, source)) = fallback_article(&document, &metadata, &blocks) {
            notes.push(ImportNote::Fallback {
                words: article_words(&fallback),
                source,
            });
            blocks = fallback;
        } else if decoded.text.len() > 20 * 1024 {
            notes.push(ImportNote::FewWords {
                words: article_words(&blocks),
                kilobytes: decoded.text.len() / 1024,
            });
        }
    }
    mark_lead(&mut blocks, &metadata.description);
    Ok(ExtractedPage {
        decoded,
        metadata,
        blocks,
        payload_url: payload.url,
        captured: payload.captured,
        capture_tool: payload.capture_tool,
        notes,
    })
}

/// The first body paragraph is the lead when the page's description says the same.
fn mark_lead(blocks: &mut [Block], description: &str) {
    if blocks.iter().any(|block| block.kind == ParagraphKind::Lead) {
        return;
    }
    let key = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .take(60)
            .collect()
    };
    let description = key(description);
    if description.chars().count() < 20 {
        return;
    }
    if let Some(first) = blocks
        .iter_mut()
        .find(|block| block.kind == ParagraphKind::Body)
        && key(&first.text) == description
    {
        first.kind = ParagraphKind::Lead;
    }
}

/// How the encoding of a stored web original is decided, worked out again from its stored
/// bytes (the decision depends on nothing else): e.g. "windows-1251 (detected: the page
/// declares UTF-8, but its bytes are not valid UTF-8)". `None` for plain text.
pub fn charset_decision(original: &crate::model::Original) -> Option<String> {
    let (reading, chosen) = charset_reading(original)?;
    Some(match chosen {
        None => reading.decision(),
        Some(chosen) => format!(
            "{} (chosen by the user; read by itself the page gives {})",
            chosen.label(),
            reading.decision()
        ),
    })
}

/// How the page's charset is decided when it is read by itself, and the encoding the user
/// chose instead, if they chose another; `None` for plain text.
pub fn charset_reading(
    original: &crate::model::Original,
) -> Option<(CharsetReading, Option<crate::model::TextEncoding>)> {
    if original.format == SourceFormat::Text {
        return None;
    }
    let options = ImportOptions {
        record: (!original.record.is_empty()).then(|| original.record.clone()),
        ..ImportOptions::default()
    };
    let payload = html_payload(
        &original.file_name,
        &original.bytes(),
        original.format,
        &options,
    )
    .ok()?;
    let decoded = decode_html(&payload.bytes, payload.transport_charset.as_deref(), None);
    let chosen = (decoded.encoding != original.encoding).then_some(original.encoding);
    Some((decoded.reading(), chosen))
}

/// Imports a web page or archive into a project.
pub fn import_web(
    file_name: &str,
    bytes: &[u8],
    format: SourceFormat,
    options: &ImportOptions,
) -> Result<Project, ImportError> {
    import_web_noting(file_name, bytes, format, options).map(|(project, _)| project)
}

/// [`import_web`], with what the user should be told about how the page was read: a charset
/// declaration that did not fit, an article found only in `<noscript>` or JSON-LD, almost no
/// text found.
pub fn import_web_noting(
    file_name: &str,
    bytes: &[u8],
    format: SourceFormat,
    options: &ImportOptions,
) -> Result<(Project, Vec<ImportNote>), ImportError> {
    let mut page = extract_page(file_name, bytes, format, options)?;
    let notes = std::mem::take(&mut page.notes);
    let record = if matches!(format, SourceFormat::Warc | SourceFormat::WarcGz) {
        page.payload_url.clone()
    } else {
        String::new()
    };
    if !page.blocks.iter().any(|block| block.kind.is_translatable()) {
        return Err(ImportError::NoText {
            path: file_name.to_owned(),
        });
    }
    let mut text = String::new();
    let mut paragraphs = Vec::with_capacity(page.blocks.len());
    for (index, block) in page.blocks.into_iter().enumerate() {
        if index > 0 {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&block.text);
        paragraphs.push(Paragraph {
            paragraph_id: ParagraphId(index as u32),
            kind: block.kind,
            byte_range: start..text.len(),
            text: block.text,
        });
    }
    text.push('\n');
    let declared = page.metadata.lang.trim().replace('_', "-");
    let source_language = options.source_language.clone().unwrap_or_else(|| {
        LanguageTag::parse(&declared)
            .or_else(|_| LanguageTag::parse(declared.split('-').next().unwrap_or_default()))
            .unwrap_or_else(|_| detect_language(&text))
    });
    let targets = options
        .targets
        .clone()
        .unwrap_or_else(|| default_targets(&source_language));
    let found = page.metadata;
    let first = |values: [&str; 3]| {
        values
            .into_iter()
            .find(|value| !value.is_empty())
            .unwrap_or_default()
            .to_owned()
    };
    let metadata = Metadata {
        title: found.title,
        description: found.description,
        outlet: found.site_name,
        url: first([&found.canonical, &found.saved_url, &page.payload_url]),
        author: found.byline,
        published: found.published,
        modified: found.modified,
        captured: first([&found.saved_date, &page.captured, ""]),
        capture_tool: first([&found.saved_by, &page.capture_tool, ""]),
        direction: found.dir,
        ..Metadata::default()
    };
    let source = SourceDocument {
        language: source_language,
        original: Original {
            record,
            ..Original::with_bytes(
                file_name.to_owned(),
                format,
                page.decoded.encoding,
                text,
                bytes.to_vec(),
            )
        },
        paragraphs,
    };
    Ok((Project::new(metadata, source, targets), notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_counts_real_nesting_only() {
        assert_eq!(
            nesting_depth("<html><body><div><p>a<p>b</div></body></html>"),
            3
        );
        assert_eq!(
            nesting_depth("<div><!-- <div><div> --><script>if (a<b) { '<div>' }</script></div>"),
            2
        );
        assert_eq!(nesting_depth(&"<li>x".repeat(1000)), 0);
        assert_eq!(nesting_depth(&"<span>".repeat(1000)), 1000);
        assert_eq!(nesting_depth("<div/><br><img src=x><DIV></div>"), 1);
    }

    #[test]
    fn absurdly_deep_pages_are_refused_quickly_and_clearly() {
        let page = format!(
            "<html><body>{}deep{}</body></html>",
            "<div>".repeat(MAX_NESTING + 10),
            "</div>".repeat(MAX_NESTING + 10)
        );
        let started = std::time::Instant::now();
        let error = import_web(
            "deep.html",
            page.as_bytes(),
            SourceFormat::Html,
            &ImportOptions::default(),
        )
        .unwrap_err();
        assert!(error.to_string().contains("nests elements"), "{error}");
        assert!(started.elapsed().as_secs() < 5);
    }
}
