//! The on-disk records of the project format, per version, and their conversion to and from
//! the in-memory model, for the current version (3). Older versions live in `migrate`.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::CURRENT_VERSION;
use crate::io::packed::{pack_bytes, unpack_bytes};
use crate::model::{
    AlignedTranslation, AlignmentLink, LanguageTag, LinkState, Metadata, Original, Paragraph,
    ParagraphId, ParagraphKind, Project, SourceDocument, SourceFormat, TextEncoding, Translation,
    TranslationStatus,
};

/// Only the version, read first to decide how to read the rest.
#[derive(Debug, Deserialize)]
pub(super) struct VersionProbe {
    pub(super) version: u32,
}

/// Version 3: version 2 plus the container format and stored bytes of originals that cannot
/// be rebuilt from their text (web pages, archives), and provenance metadata.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV3 {
    pub(super) version: u32,
    pub(super) metadata: MetadataV3,
    pub(super) source_language: LanguageTag,
    pub(super) targets: Vec<LanguageTag>,
    pub(super) paragraphs: Vec<ParagraphV1>,
    pub(super) translations: Vec<TranslationV1>,
    /// The imported translations, verbatim: one per aligned target language.
    pub(super) aligned_documents: Vec<AlignedDocumentV3>,
    /// Their paragraphs, in document order per language.
    pub(super) aligned_paragraphs: Vec<AlignedParagraphV2>,
    /// The links between source and aligned paragraphs, in order per language.
    pub(super) links: Vec<LinkV2>,
    pub(super) next_paragraph_id: u32,
    pub(super) original: OriginalV3,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetadataV3 {
    pub(super) title: String,
    pub(super) description: String,
    pub(super) outlet: String,
    pub(super) url: String,
    pub(super) author: String,
    pub(super) published: String,
    pub(super) modified: String,
    pub(super) captured: String,
    pub(super) capture_tool: String,
    pub(super) direction: String,
}

/// The source original. `bytes` holds the original bytes (gzip, then base64) when they cannot
/// be rebuilt from `text`; `sha256` is the hash of the original bytes either way.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OriginalV3 {
    pub(super) file_name: String,
    pub(super) format: SourceFormat,
    pub(super) encoding: TextEncoding,
    pub(super) sha256: String,
    pub(super) text: String,
    pub(super) bytes: Option<String>,
    /// The page of a web archive the text was taken from (empty otherwise).
    pub(super) record: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ParagraphV1 {
    pub(super) id: u32,
    pub(super) kind: ParagraphKind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TranslationV1 {
    pub(super) lang: LanguageTag,
    pub(super) id: u32,
    pub(super) status: TranslationStatus,
    pub(super) text: String,
    pub(super) note: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AlignedDocumentV3 {
    pub(super) lang: LanguageTag,
    pub(super) file_name: String,
    pub(super) format: SourceFormat,
    pub(super) encoding: TextEncoding,
    pub(super) sha256: String,
    pub(super) text: String,
    pub(super) bytes: Option<String>,
    /// The page of a web archive the text was taken from (empty otherwise).
    pub(super) record: String,
}

impl AlignedDocumentV3 {
    /// An aligned document's record: its language and the fields of its original, on one line.
    pub(super) fn new(lang: LanguageTag, original: OriginalV3) -> Self {
        Self {
            lang,
            file_name: original.file_name,
            format: original.format,
            encoding: original.encoding,
            sha256: original.sha256,
            text: original.text,
            bytes: original.bytes,
            record: original.record,
        }
    }

    /// The language and the original, as checked and loaded like the source's.
    pub(super) fn into_parts(self) -> (LanguageTag, OriginalV3) {
        let original = OriginalV3 {
            file_name: self.file_name,
            format: self.format,
            encoding: self.encoding,
            sha256: self.sha256,
            text: self.text,
            bytes: self.bytes,
            record: self.record,
        };
        (self.lang, original)
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AlignedParagraphV2 {
    pub(super) lang: LanguageTag,
    pub(super) id: u32,
    pub(super) kind: ParagraphKind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum LinkStateV2 {
    Proposed,
    Confirmed,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct LinkV2 {
    pub(super) lang: LanguageTag,
    pub(super) source: Vec<u32>,
    pub(super) target: Vec<u32>,
    pub(super) confidence: u16,
    pub(super) state: LinkStateV2,
    pub(super) moved: bool,
    pub(super) reason: String,
}

/// The current on-disk form of a project.
pub(super) fn to_file(project: &Project) -> ProjectFileV3 {
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
        aligned_documents.push(AlignedDocumentV3::new(
            language.clone(),
            original_record(&aligned.original),
        ));
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
    ProjectFileV3 {
        version: CURRENT_VERSION,
        metadata: MetadataV3 {
            title: metadata.title.clone(),
            description: metadata.description.clone(),
            outlet: metadata.outlet.clone(),
            url: metadata.url.clone(),
            author: metadata.author.clone(),
            published: metadata.published.clone(),
            modified: metadata.modified.clone(),
            captured: metadata.captured.clone(),
            capture_tool: metadata.capture_tool.clone(),
            direction: metadata.direction.clone(),
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
        original: original_record(&project.source.original),
    }
}

/// The record of an original: its bytes are stored only when the text cannot rebuild them.
fn original_record(original: &Original) -> OriginalV3 {
    OriginalV3 {
        file_name: original.file_name.clone(),
        format: original.format,
        encoding: original.encoding,
        sha256: original.sha256.clone(),
        text: original.text.clone(),
        bytes: original.stored_bytes.as_deref().map(pack_bytes),
        record: original.record.clone(),
    }
}

/// Checks a version-2 file and builds the project; the error says what is inconsistent.
/// Checks a file and builds the project; the error says what is inconsistent. With
/// `altered: Some(..)`, an original that no longer matches its hash is loaded anyway (so the
/// work around it is not locked away) and described there instead of failing.
pub(super) fn from_file(
    file: ProjectFileV3,
    altered: &mut Option<Vec<String>>,
) -> Result<Project, String> {
    if file.next_paragraph_id > crate::model::MAX_PARAGRAPH_ID_COUNTER {
        return Err(format!(
            "next_paragraph_id {} is impossibly large (at most {} paragraph ids are ever given)",
            file.next_paragraph_id,
            crate::model::MAX_PARAGRAPH_ID_COUNTER
        ));
    }
    let original = checked_original(file.original, "the original", altered)?;
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
        altered,
        (file.aligned_documents, file.aligned_paragraphs, file.links),
        &targets,
        &source_ids,
        &mut seen_ids,
        file.next_paragraph_id,
    )?;
    Ok(Project {
        source_revision: crate::model::SourceRevision::default(),
        metadata: Metadata {
            title: file.metadata.title,
            description: file.metadata.description,
            outlet: file.metadata.outlet,
            url: file.metadata.url,
            author: file.metadata.author,
            published: file.metadata.published,
            modified: file.metadata.modified,
            captured: file.metadata.captured,
            capture_tool: file.metadata.capture_tool,
            direction: file.metadata.direction,
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

/// The result of rechecking one stored original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OriginalCheck {
    /// "source" or "aligned ru translation".
    pub what: String,
    pub file_name: String,
    pub format: SourceFormat,
    pub expected_sha256: String,
    /// The hash of the bytes as stored now (`None` when they cannot even be unpacked).
    pub actual_sha256: Option<String>,
    pub size: usize,
}

impl OriginalCheck {
    pub fn is_intact(&self) -> bool {
        self.actual_sha256.as_deref() == Some(self.expected_sha256.as_str())
    }
}

/// Rechecks every original of a file.
pub(super) fn original_checks(file: ProjectFileV3) -> Vec<OriginalCheck> {
    let mut records = vec![("source".to_owned(), file.original)];
    records.extend(file.aligned_documents.into_iter().map(|document| {
        let (lang, original) = document.into_parts();
        (format!("aligned {lang} translation"), original)
    }));
    records
        .into_iter()
        .map(|(what, record)| {
            let bytes = match &record.bytes {
                Some(packed) => unpack_bytes(packed).ok(),
                None => Some(record.encoding.encode(&record.text)),
            };
            OriginalCheck {
                what,
                file_name: record.file_name,
                format: record.format,
                actual_sha256: bytes.as_deref().map(crate::model::sha256_hex),
                size: bytes.map_or(0, |bytes| bytes.len()),
                expected_sha256: record.sha256,
            }
        })
        .collect()
}

/// An original from its record, refused when its text or bytes no longer match the hash
/// (unless `altered` collects such findings).
fn checked_original(
    record: OriginalV3,
    what: &str,
    altered: &mut Option<Vec<String>>,
) -> Result<Original, String> {
    // Bytes that cannot even be unpacked are always an error: loading them as empty and saving
    // again would destroy what is left of them.
    let stored_bytes: Option<std::sync::Arc<[u8]>> = match &record.bytes {
        Some(packed) => Some(
            unpack_bytes(packed)
                .map_err(|problem| format!("{what}: the stored bytes are damaged ({problem})"))?
                .into(),
        ),
        None if record.format == SourceFormat::Text => None,
        None => {
            return Err(format!(
                "{what} is a {} but its bytes are missing",
                record.format
            ));
        }
    };
    let original = Original {
        file_name: record.file_name,
        format: record.format,
        encoding: record.encoding,
        text: record.text,
        sha256: record.sha256,
        stored_bytes,
        record: record.record,
    };
    if original.is_intact() {
        return Ok(original);
    }
    let message = format!(
        "{what} ({}) does not match its SHA-256 (it was altered)",
        original.file_name
    );
    match altered.as_mut() {
        Some(found) => {
            found.push(message);
            Ok(original)
        }
        None => Err(message),
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

/// The aligned translations from their records: (documents, paragraphs, links).
type AlignedRecords = (Vec<AlignedDocumentV3>, Vec<AlignedParagraphV2>, Vec<LinkV2>);

fn aligned_from_file(
    altered: &mut Option<Vec<String>>,
    (documents, paragraphs, links): AlignedRecords,
    targets: &[LanguageTag],
    source_ids: &HashSet<u32>,
    seen_ids: &mut HashSet<u32>,
    next_paragraph_id: u32,
) -> Result<BTreeMap<LanguageTag, AlignedTranslation>, String> {
    let mut aligned: BTreeMap<LanguageTag, AlignedTranslation> = BTreeMap::new();
    for document in documents {
        if !targets.contains(&document.lang) {
            let lang = &document.lang;
            return Err(format!(
                "an aligned {lang} translation exists but {lang} is not a target"
            ));
        }
        let (lang, record) = document.into_parts();
        let original = checked_original(record, &format!("the aligned {lang} original"), altered)?;
        let entry = AlignedTranslation {
            original,
            paragraphs: Vec::new(),
            links: Vec::new(),
        };
        if aligned.insert(lang.clone(), entry).is_some() {
            return Err(format!("two aligned {lang} translations"));
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
