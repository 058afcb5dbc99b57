//! The on-disk records of the project format, per version, and their conversion to and from
//! the in-memory model. Version 1 (no aligned translations) is read and migrated; version 2
//! is read and written.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::CURRENT_VERSION;
use crate::model::{
    AlignedTranslation, AlignmentLink, LanguageTag, LinkState, Metadata, Original, Paragraph,
    ParagraphId, ParagraphKind, Project, SourceDocument, TextEncoding, Translation,
    TranslationStatus,
};

/// Only the version, read first to decide how to read the rest.
#[derive(Debug, Deserialize)]
pub(super) struct VersionProbe {
    pub(super) version: u32,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV1 {
    version: u32,
    metadata: MetadataV1,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    next_paragraph_id: u32,
    original: OriginalV1,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetadataV1 {
    title: String,
    description: String,
    outlet: String,
    url: String,
    author: String,
    published: String,
    captured: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ParagraphV1 {
    id: u32,
    kind: ParagraphKind,
    start: usize,
    end: usize,
    text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TranslationV1 {
    lang: LanguageTag,
    id: u32,
    status: TranslationStatus,
    text: String,
    note: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OriginalV1 {
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
}

/// Version 2: version 1 plus aligned translations, as flat lists (one record per line).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV2 {
    version: u32,
    metadata: MetadataV1,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    /// The imported translations, verbatim: one per aligned target language.
    aligned_documents: Vec<AlignedDocumentV2>,
    /// Their paragraphs, in document order per language.
    aligned_paragraphs: Vec<AlignedParagraphV2>,
    /// The links between source and aligned paragraphs, in order per language.
    links: Vec<LinkV2>,
    next_paragraph_id: u32,
    original: OriginalV1,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AlignedDocumentV2 {
    lang: LanguageTag,
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AlignedParagraphV2 {
    lang: LanguageTag,
    id: u32,
    kind: ParagraphKind,
    start: usize,
    end: usize,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum LinkStateV2 {
    Proposed,
    Confirmed,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkV2 {
    lang: LanguageTag,
    source: Vec<u32>,
    target: Vec<u32>,
    confidence: u16,
    state: LinkStateV2,
    moved: bool,
    reason: String,
}

/// Version 1 files hold no aligned translations; everything else carries over unchanged.
pub(super) fn migrate_v1(file: ProjectFileV1) -> ProjectFileV2 {
    ProjectFileV2 {
        version: 2,
        metadata: file.metadata,
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        aligned_documents: Vec::new(),
        aligned_paragraphs: Vec::new(),
        links: Vec::new(),
        next_paragraph_id: file.next_paragraph_id,
        original: file.original,
    }
}

/// The current on-disk form of a project.
pub(super) fn to_file(project: &Project) -> ProjectFileV2 {
    let metadata = &project.metadata;
    let mut translations = Vec::new();
    for (language, per_paragraph) in &project.translations {
        for (paragraph_id, translation) in per_paragraph {
            translations.push(TranslationV1 {
                lang: language.clone(),
                id: paragraph_id.0,
                status: translation.status,
                text: translation.text.clone(),
                note: translation.note.clone(),
            });
        }
    }
    let mut aligned_documents = Vec::new();
    let mut aligned_paragraphs = Vec::new();
    let mut links = Vec::new();
    for (language, aligned) in &project.aligned {
        aligned_documents.push(AlignedDocumentV2 {
            lang: language.clone(),
            file_name: aligned.original.file_name.clone(),
            encoding: aligned.original.encoding,
            sha256: aligned.original.sha256.clone(),
            text: aligned.original.text.clone(),
        });
        aligned_paragraphs.extend(
            aligned
                .paragraphs
                .iter()
                .map(|paragraph| AlignedParagraphV2 {
                    lang: language.clone(),
                    id: paragraph.paragraph_id.0,
                    kind: paragraph.kind,
                    start: paragraph.byte_range.start,
                    end: paragraph.byte_range.end,
                    text: paragraph.text.clone(),
                }),
        );
        links.extend(aligned.links.iter().map(|link| LinkV2 {
            lang: language.clone(),
            source: link.source.iter().map(|id| id.0).collect(),
            target: link.target.iter().map(|id| id.0).collect(),
            confidence: link.confidence_permille,
            state: match link.state {
                LinkState::Proposed => LinkStateV2::Proposed,
                LinkState::Confirmed => LinkStateV2::Confirmed,
            },
            moved: link.moved,
            reason: link.reason.clone(),
        }));
    }
    ProjectFileV2 {
        version: CURRENT_VERSION,
        metadata: MetadataV1 {
            title: metadata.title.clone(),
            description: metadata.description.clone(),
            outlet: metadata.outlet.clone(),
            url: metadata.url.clone(),
            author: metadata.author.clone(),
            published: metadata.published.clone(),
            captured: metadata.captured.clone(),
        },
        source_language: project.source.language.clone(),
        targets: project.targets.clone(),
        paragraphs: project
            .paragraphs()
            .iter()
            .map(|paragraph| ParagraphV1 {
                id: paragraph.paragraph_id.0,
                kind: paragraph.kind,
                start: paragraph.byte_range.start,
                end: paragraph.byte_range.end,
                text: paragraph.text.clone(),
            })
            .collect(),
        translations,
        aligned_documents,
        aligned_paragraphs,
        links,
        next_paragraph_id: project.next_paragraph_id,
        original: OriginalV1 {
            file_name: project.source.original.file_name.clone(),
            encoding: project.source.original.encoding,
            sha256: project.source.original.sha256.clone(),
            text: project.source.original.text.clone(),
        },
    }
}

/// Checks a version-2 file and builds the project; the error says what is inconsistent.
pub(super) fn from_file(file: ProjectFileV2) -> Result<Project, String> {
    let record = file.original;
    let original = checked_original(
        record.file_name,
        record.encoding,
        record.text,
        record.sha256,
        "the original text",
    )?;
    let mut seen_ids = HashSet::new();
    let mut paragraphs = Vec::with_capacity(file.paragraphs.len());
    for paragraph in file.paragraphs {
        paragraphs.push(checked_paragraph(
            (
                paragraph.id,
                paragraph.kind,
                paragraph.start,
                paragraph.end,
                paragraph.text,
            ),
            &original.text,
            &mut seen_ids,
            file.next_paragraph_id,
            ("paragraph", "the original text"),
        )?);
    }
    let source_ids = seen_ids.clone();
    let mut targets = Vec::new();
    for target in file.targets {
        if target == file.source_language {
            return Err(format!("{target} is both the source and a target language"));
        }
        if targets.contains(&target) {
            return Err(format!("target language {target} is listed twice"));
        }
        targets.push(target);
    }
    let mut translations: BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>> =
        BTreeMap::new();
    for record in file.translations {
        if !targets.contains(&record.lang) {
            return Err(format!(
                "a translation into {} exists but {} is not a target language",
                record.lang, record.lang
            ));
        }
        if !source_ids.contains(&record.id) {
            return Err(format!(
                "a {} translation refers to paragraph {}, which does not exist",
                record.lang, record.id
            ));
        }
        let translation = Translation {
            text: record.text,
            status: record.status,
            note: record.note,
        };
        if translation.is_empty() {
            continue;
        }
        let previous = translations
            .entry(record.lang.clone())
            .or_default()
            .insert(ParagraphId(record.id), translation);
        if previous.is_some() {
            return Err(format!(
                "paragraph {} has two {} translations",
                record.id, record.lang
            ));
        }
    }
    let aligned = aligned_from_file(
        file.aligned_documents,
        file.aligned_paragraphs,
        file.links,
        &targets,
        &source_ids,
        &mut seen_ids,
        file.next_paragraph_id,
    )?;
    Ok(Project {
        metadata: Metadata {
            title: file.metadata.title,
            description: file.metadata.description,
            outlet: file.metadata.outlet,
            url: file.metadata.url,
            author: file.metadata.author,
            published: file.metadata.published,
            captured: file.metadata.captured,
        },
        source: SourceDocument {
            language: file.source_language,
            original,
            paragraphs,
        },
        targets,
        translations,
        aligned,
        next_paragraph_id: file.next_paragraph_id,
    })
}

/// An original from its record, refused when the text no longer matches the hash.
fn checked_original(
    file_name: String,
    encoding: TextEncoding,
    text: String,
    sha256: String,
    what: &str,
) -> Result<Original, String> {
    let original = Original {
        file_name,
        encoding,
        text,
        sha256,
    };
    if original.is_intact() {
        Ok(original)
    } else {
        Err(format!(
            "{what} does not match its SHA-256 (it was altered)"
        ))
    }
}

/// A paragraph from its record (id, kind, start, end, text): its id must be new and below the
/// counter, its byte range inside `original_text`. `names` are how errors name the paragraph
/// and its document.
fn checked_paragraph(
    (id, kind, start, end, text): (u32, ParagraphKind, usize, usize, String),
    original_text: &str,
    seen_ids: &mut HashSet<u32>,
    next_paragraph_id: u32,
    names: (&str, &str),
) -> Result<Paragraph, String> {
    if !seen_ids.insert(id) {
        return Err(format!("paragraph id {id} appears twice"));
    }
    if id >= next_paragraph_id {
        return Err(format!(
            "paragraph id {id} is not below next_paragraph_id {next_paragraph_id}"
        ));
    }
    if start > end || original_text.get(start..end).is_none() {
        let (paragraph, document) = names;
        return Err(format!(
            "{paragraph} {id} has byte range {start}..{end} outside {document}"
        ));
    }
    Ok(Paragraph {
        paragraph_id: ParagraphId(id),
        kind,
        text,
        byte_range: start..end,
    })
}

fn aligned_from_file(
    documents: Vec<AlignedDocumentV2>,
    paragraphs: Vec<AlignedParagraphV2>,
    links: Vec<LinkV2>,
    targets: &[LanguageTag],
    source_ids: &HashSet<u32>,
    seen_ids: &mut HashSet<u32>,
    next_paragraph_id: u32,
) -> Result<BTreeMap<LanguageTag, AlignedTranslation>, String> {
    let mut aligned: BTreeMap<LanguageTag, AlignedTranslation> = BTreeMap::new();
    for document in documents {
        if !targets.contains(&document.lang) {
            return Err(format!(
                "an aligned {} translation exists but {} is not a target",
                document.lang, document.lang
            ));
        }
        let original = checked_original(
            document.file_name,
            document.encoding,
            document.text,
            document.sha256,
            &format!("the aligned {} original", document.lang),
        )?;
        let entry = AlignedTranslation {
            original,
            paragraphs: Vec::new(),
            links: Vec::new(),
        };
        if aligned.insert(document.lang.clone(), entry).is_some() {
            return Err(format!("two aligned {} translations", document.lang));
        }
    }
    let mut owner: HashMap<u32, LanguageTag> = HashMap::new();
    for paragraph in paragraphs {
        let Some(translation) = aligned.get_mut(&paragraph.lang) else {
            return Err(format!(
                "aligned paragraph {} belongs to {}, which has no aligned document",
                paragraph.id, paragraph.lang
            ));
        };
        owner.insert(paragraph.id, paragraph.lang.clone());
        let checked = checked_paragraph(
            (
                paragraph.id,
                paragraph.kind,
                paragraph.start,
                paragraph.end,
                paragraph.text,
            ),
            &translation.original.text,
            seen_ids,
            next_paragraph_id,
            ("aligned paragraph", "its original"),
        )?;
        translation.paragraphs.push(checked);
    }
    let mut linked: HashSet<(LanguageTag, u32)> = HashSet::new();
    for link in links {
        let Some(translation) = aligned.get_mut(&link.lang) else {
            return Err(format!(
                "a link belongs to {}, which has no aligned document",
                link.lang
            ));
        };
        for id in &link.source {
            if !source_ids.contains(id) {
                return Err(format!(
                    "a {} link names source paragraph {id}, which does not exist",
                    link.lang
                ));
            }
        }
        for id in &link.target {
            if owner.get(id) != Some(&link.lang) {
                return Err(format!(
                    "a {} link names paragraph {id}, which is not a {} paragraph",
                    link.lang, link.lang
                ));
            }
        }
        for id in link.source.iter().chain(&link.target) {
            if !linked.insert((link.lang.clone(), *id)) {
                return Err(format!("paragraph {id} is in two {} links", link.lang));
            }
        }
        if link.confidence > 1000 {
            return Err(format!(
                "a {} link has confidence {} (at most 1000)",
                link.lang, link.confidence
            ));
        }
        translation.links.push(AlignmentLink {
            source: link.source.into_iter().map(ParagraphId).collect(),
            target: link.target.into_iter().map(ParagraphId).collect(),
            confidence_permille: link.confidence,
            reason: link.reason,
            state: match link.state {
                LinkStateV2::Proposed => LinkState::Proposed,
                LinkStateV2::Confirmed => LinkState::Confirmed,
            },
            moved: link.moved,
        });
    }
    Ok(aligned)
}
