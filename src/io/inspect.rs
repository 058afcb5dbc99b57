//! Machine-readable and human-readable reports about a project (`diptych inspect`, `stats`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::align::{sentences, word_count};
use crate::model::{LinkState, Original, Project, SourceFormat, progress};

#[derive(Serialize)]
struct InspectJson<'a> {
    title: &'a str,
    description: &'a str,
    outlet: &'a str,
    url: &'a str,
    author: &'a str,
    published: &'a str,
    modified: &'a str,
    captured: &'a str,
    capture_tool: &'a str,
    direction: &'a str,
    /// The project's tags, one string each.
    tags: Vec<String>,
    note: &'a str,
    source_lang: &'a str,
    targets: Vec<&'a str>,
    original: OriginalJson<'a>,
    /// How the encoding of a web original was decided (null for plain text).
    charset: Option<String>,
    paragraphs: Vec<ParagraphJson<'a>>,
    alignments: BTreeMap<&'a str, AlignmentJson<'a>>,
    /// The earlier captures, oldest first (the current one is `original`).
    captures: Vec<CaptureJson<'a>>,
    /// Translations a later capture made stale.
    stale_translations: usize,
}

#[derive(Serialize)]
struct AlignmentJson<'a> {
    original: OriginalJson<'a>,
    paragraphs: Vec<AlignedParagraphJson<'a>>,
    links: Vec<LinkJson<'a>>,
}

#[derive(Serialize)]
struct AlignedParagraphJson<'a> {
    id: u32,
    kind: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct LinkJson<'a> {
    source: Vec<u32>,
    target: Vec<u32>,
    confidence: f32,
    state: &'a str,
    moved: bool,
    reason: &'a str,
}

#[derive(Serialize)]
struct OriginalJson<'a> {
    file_name: &'a str,
    format: &'a str,
    encoding: &'a str,
    sha256: &'a str,
    bytes: usize,
}

impl<'a> OriginalJson<'a> {
    fn of(original: &'a Original) -> Self {
        Self {
            file_name: &original.file_name,
            format: match original.format {
                SourceFormat::Text => "text",
                SourceFormat::Html => "html",
                SourceFormat::Mhtml => "mhtml",
                SourceFormat::Warc => "warc",
                SourceFormat::WarcGz => "warc.gz",
            },
            encoding: original.encoding.label(),
            sha256: &original.sha256,
            bytes: original.bytes().len(),
        }
    }
}

#[derive(Serialize)]
struct ParagraphJson<'a> {
    id: u32,
    kind: &'a str,
    translatable: bool,
    text: &'a str,
    byte_range: [usize; 2],
    words: usize,
    sentences: usize,
    translations: BTreeMap<&'a str, TranslationJson<'a>>,
}

#[derive(Serialize)]
struct TranslationJson<'a> {
    text: &'a str,
    status: &'a str,
    note: &'a str,
    /// A later capture changed the paragraph: the translation follows this earlier source
    /// text (null when up to date).
    stale_source: Option<&'a str>,
}

/// An earlier capture of the article.
#[derive(Serialize)]
struct CaptureJson<'a> {
    number: usize,
    superseded: &'a str,
    title: &'a str,
    url: &'a str,
    captured: &'a str,
    capture_tool: &'a str,
    original: OriginalJson<'a>,
    paragraphs: usize,
    /// Translations of paragraphs the next capture removed, kept here: language → count.
    kept_translations: BTreeMap<&'a str, usize>,
}

/// The project as JSON: title, source language and every paragraph with its translations.
pub fn inspect_json(project: &Project) -> String {
    let metadata = &project.metadata;
    let paragraphs = project
        .paragraphs()
        .iter()
        .map(|paragraph| ParagraphJson {
            id: paragraph.paragraph_id.0,
            kind: paragraph.kind.as_str(),
            translatable: paragraph.kind.is_translatable(),
            text: &paragraph.text,
            byte_range: [paragraph.byte_range.start, paragraph.byte_range.end],
            words: word_count(&paragraph.text),
            sentences: sentences(&paragraph.text).len(),
            translations: project
                .targets
                .iter()
                .map(|language| {
                    let translation = project.translation(paragraph.paragraph_id, language);
                    (
                        language.as_str(),
                        TranslationJson {
                            text: &translation.text,
                            status: translation.status.as_str(),
                            note: &translation.note,
                            stale_source: translation.stale_source.as_deref(),
                        },
                    )
                })
                .collect(),
        })
        .collect();
    let report = InspectJson {
        title: &metadata.title,
        description: &metadata.description,
        outlet: &metadata.outlet,
        url: &metadata.url,
        author: &metadata.author,
        published: &metadata.published,
        modified: &metadata.modified,
        captured: &metadata.captured,
        capture_tool: &metadata.capture_tool,
        tags: metadata.tag_list(),
        note: &metadata.note,
        direction: &metadata.direction,
        source_lang: project.source.language.as_str(),
        targets: project
            .targets
            .iter()
            .map(crate::model::LanguageTag::as_str)
            .collect(),
        original: OriginalJson::of(&project.source.original),
        charset: super::import::web::charset_decision(&project.source.original),
        paragraphs,
        alignments: project
            .aligned
            .iter()
            .map(|(language, aligned)| {
                let json = AlignmentJson {
                    original: OriginalJson::of(&aligned.original),
                    paragraphs: aligned
                        .paragraphs
                        .iter()
                        .map(|paragraph| AlignedParagraphJson {
                            id: paragraph.paragraph_id.0,
                            kind: paragraph.kind.as_str(),
                            text: &paragraph.text,
                        })
                        .collect(),
                    links: aligned
                        .links
                        .iter()
                        .map(|link| LinkJson {
                            source: link.source.iter().map(|id| id.0).collect(),
                            target: link.target.iter().map(|id| id.0).collect(),
                            confidence: link.confidence(),
                            state: match link.state {
                                LinkState::Proposed => "proposed",
                                LinkState::Confirmed => "confirmed",
                            },
                            moved: link.moved,
                            reason: &link.reason,
                        })
                        .collect(),
                };
                (language.as_str(), json)
            })
            .collect(),
        captures: project
            .captures
            .iter()
            .enumerate()
            .map(|(index, capture)| CaptureJson {
                number: index + 1,
                superseded: &capture.superseded,
                title: &capture.details.title,
                url: &capture.details.url,
                captured: &capture.details.captured,
                capture_tool: &capture.details.capture_tool,
                original: OriginalJson::of(&capture.original),
                paragraphs: capture.paragraphs.len(),
                kept_translations: capture
                    .retired
                    .iter()
                    .map(|(language, kept)| (language.as_str(), kept.len()))
                    .collect(),
            })
            .collect(),
        stale_translations: project.stale_count(),
    };
    // Serialising plain strings and numbers into a String cannot fail.
    crate::io::terminal::json_for_terminal(
        &serde_json::to_string_pretty(&report).unwrap_or_default(),
    )
}

/// A readable outline: metadata and one line per paragraph.
pub fn inspect_text(project: &Project) -> String {
    let mut out = String::new();
    let metadata = &project.metadata;
    for field in crate::model::MetadataField::ALL {
        let value = field.get(metadata);
        if !value.is_empty() || field == crate::model::MetadataField::Title {
            // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
            let _ = writeln!(out, "{:<16}{value}", format!("{}:", field.label()));
        }
    }
    let original = &project.source.original;
    let _ = writeln!(
        out,
        "Source:         {} ({}, {}, {}, {} bytes, sha256 {})",
        original.file_name,
        project.source.language,
        original.format,
        original.encoding.label(),
        original.bytes().len(),
        original.sha256
    );
    if let Some(decision) = super::import::web::charset_decision(original) {
        let _ = writeln!(out, "Charset:        {decision}");
    }
    let targets: Vec<&str> = project
        .targets
        .iter()
        .map(crate::model::LanguageTag::as_str)
        .collect();
    let _ = writeln!(out, "Targets:        {}", targets.join(", "));
    for (index, capture) in project.captures.iter().enumerate() {
        let _ = writeln!(
            out,
            "Capture {}:      {} (captured {}, superseded {}, sha256 {})",
            index + 1,
            capture.original.file_name,
            if capture.details.captured.is_empty() {
                "?"
            } else {
                &capture.details.captured
            },
            capture.superseded,
            capture.original.sha256
        );
    }
    let stale = project.stale_count();
    if stale > 0 {
        let _ = writeln!(
            out,
            "Stale:          {stale} translation(s) follow an earlier capture"
        );
    }
    let _ = writeln!(out);
    for paragraph in project.paragraphs() {
        let _ = writeln!(
            out,
            "{:>5}  {:<9}  {}",
            paragraph.paragraph_id,
            paragraph.kind.as_str(),
            paragraph.text
        );
    }
    out
}

/// Per-language progress and per-kind counts.
pub fn stats_text(project: &Project) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
    let _ = writeln!(out, "{}", project.metadata.title);
    let mut per_kind: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for paragraph in project.paragraphs() {
        let entry = per_kind.entry(paragraph.kind.as_str()).or_default();
        entry.0 += 1;
        entry.1 += sentences(&paragraph.text).len();
        entry.2 += word_count(&paragraph.text);
    }
    let _ = writeln!(out, "Paragraphs by kind:");
    for (kind, (count, sentence_count, words)) in &per_kind {
        let _ = writeln!(
            out,
            "  {kind:<10} {count:>6} paragraphs {sentence_count:>7} sentences {words:>8} words"
        );
    }
    let _ = writeln!(out, "Progress ({} source):", project.source.language);
    for language in &project.targets {
        let figures = progress(project, language);
        let _ = writeln!(
            out,
            "  {:<6} {:>6}/{} paragraphs  {:>8}/{} words  {:>5.1}%",
            language.as_str(),
            figures.paragraphs_done,
            figures.paragraphs_total,
            figures.words_done,
            figures.words_total,
            figures.fraction() * 100.0
        );
    }
    out
}
