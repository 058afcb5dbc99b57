//! The project file versions this build reads but no longer writes, and their migration to
//! the current version: version 1 (no aligned translations), version 2 (no container format,
//! stored original bytes or provenance fields), version 3 (no QA choices), version 4 (no
//! tags or note), version 5 (no capture history) and version 6 (no merge conflicts). Migration never
//! invents data: new fields start empty or as "plain text", which is what those versions could
//! hold (before version 4 no check could be switched off and no finding ignored).

use serde::{Deserialize, Serialize};

use super::format::{
    AlignedDocumentV3, AlignedParagraphV2, CaptureParagraphV6, CaptureTranslationV6, CaptureV6,
    IgnoredFindingV4, LinkV2, MetadataV3, MetadataV5, OriginalV3, ParagraphV1, ProjectFileV7,
    StaleTranslationV6, TranslationV1,
};
use crate::model::{LanguageTag, SourceFormat, TextEncoding};

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
pub(super) struct OriginalV1 {
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AlignedDocumentV2 {
    lang: LanguageTag,
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
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

/// Version 3: version 2 plus the container format and stored bytes of originals that cannot
/// be rebuilt from their text (web pages, archives), and provenance metadata.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV3 {
    version: u32,
    metadata: MetadataV3,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    aligned_documents: Vec<AlignedDocumentV3>,
    aligned_paragraphs: Vec<AlignedParagraphV2>,
    links: Vec<LinkV2>,
    next_paragraph_id: u32,
    original: OriginalV3,
}

/// Version 3 files hold no QA choices: nothing was switched off or ignored.
pub(super) fn migrate_v3(file: ProjectFileV3) -> ProjectFileV4 {
    ProjectFileV4 {
        version: 4,
        metadata: file.metadata,
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        aligned_documents: file.aligned_documents,
        aligned_paragraphs: file.aligned_paragraphs,
        links: file.links,
        qa_disabled_checks: Vec::new(),
        qa_ignored: Vec::new(),
        next_paragraph_id: file.next_paragraph_id,
        original: file.original,
    }
}

/// Version 4: version 3 plus the project's QA choices (checks switched off, findings
/// ignored).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV4 {
    version: u32,
    metadata: MetadataV3,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    aligned_documents: Vec<AlignedDocumentV3>,
    aligned_paragraphs: Vec<AlignedParagraphV2>,
    links: Vec<LinkV2>,
    qa_disabled_checks: Vec<String>,
    qa_ignored: Vec<IgnoredFindingV4>,
    next_paragraph_id: u32,
    original: OriginalV3,
}

/// Version 4 files have no tags or note: they start empty (no version-4 build could keep any).
pub(super) fn migrate_v4(file: ProjectFileV4) -> ProjectFileV5 {
    let metadata = file.metadata;
    ProjectFileV5 {
        version: 5,
        metadata: MetadataV5 {
            title: metadata.title,
            description: metadata.description,
            outlet: metadata.outlet,
            url: metadata.url,
            author: metadata.author,
            published: metadata.published,
            modified: metadata.modified,
            captured: metadata.captured,
            capture_tool: metadata.capture_tool,
            direction: metadata.direction,
            tags: String::new(),
            note: String::new(),
        },
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        aligned_documents: file.aligned_documents,
        aligned_paragraphs: file.aligned_paragraphs,
        links: file.links,
        qa_disabled_checks: file.qa_disabled_checks,
        qa_ignored: file.qa_ignored,
        next_paragraph_id: file.next_paragraph_id,
        original: file.original,
    }
}

/// Version 5: version 4 plus the project's tags and note in the metadata (for the library).
/// Version 4 was version 3 plus the project's QA choices (checks switched off, findings
/// ignored).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV5 {
    version: u32,
    metadata: MetadataV5,
    source_language: LanguageTag,
    targets: Vec<LanguageTag>,
    paragraphs: Vec<ParagraphV1>,
    translations: Vec<TranslationV1>,
    /// The imported translations, verbatim: one per aligned target language.
    aligned_documents: Vec<AlignedDocumentV3>,
    /// Their paragraphs, in document order per language.
    aligned_paragraphs: Vec<AlignedParagraphV2>,
    /// The links between source and aligned paragraphs, in order per language.
    links: Vec<LinkV2>,
    /// The ids of the QA checks switched off for this project.
    qa_disabled_checks: Vec<String>,
    /// The QA findings the user chose to ignore, one per line.
    qa_ignored: Vec<IgnoredFindingV4>,
    next_paragraph_id: u32,
    original: OriginalV3,
}

/// Version 6: version 5 plus the capture history — the earlier captures of the article
/// (each original byte for byte with its details), their paragraphs, the translations of
/// paragraphs a later capture removed — and the translations a recapture made stale.
/// Version 5 was version 4 plus the project's tags and note; version 4 was version 3 plus
/// the project's QA choices.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV6 {
    pub(super) version: u32,
    pub(super) metadata: MetadataV5,
    pub(super) source_language: LanguageTag,
    pub(super) targets: Vec<LanguageTag>,
    pub(super) paragraphs: Vec<ParagraphV1>,
    pub(super) translations: Vec<TranslationV1>,
    /// The translations a later capture made stale, with the source text they follow.
    pub(super) stale_translations: Vec<StaleTranslationV6>,
    /// The imported translations, verbatim: one per aligned target language.
    pub(super) aligned_documents: Vec<AlignedDocumentV3>,
    /// Their paragraphs, in document order per language.
    pub(super) aligned_paragraphs: Vec<AlignedParagraphV2>,
    /// The links between source and aligned paragraphs, in order per language.
    pub(super) links: Vec<LinkV2>,
    /// The ids of the QA checks switched off for this project.
    pub(super) qa_disabled_checks: Vec<String>,
    /// The QA findings the user chose to ignore, one per line.
    pub(super) qa_ignored: Vec<IgnoredFindingV4>,
    pub(super) next_paragraph_id: u32,
    pub(super) original: OriginalV3,
    /// The earlier captures, oldest first, numbered from 1.
    pub(super) captures: Vec<CaptureV6>,
    /// Their paragraphs, in document order per capture.
    pub(super) capture_paragraphs: Vec<CaptureParagraphV6>,
    /// Translations of paragraphs the next capture removed, per capture.
    pub(super) capture_translations: Vec<CaptureTranslationV6>,
}

/// Version 6 files hold no merge conflicts.
pub(super) fn migrate_v6(file: ProjectFileV6) -> ProjectFileV7 {
    ProjectFileV7 {
        version: 7,
        metadata: file.metadata,
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        stale_translations: file.stale_translations,
        translation_conflicts: Vec::new(),
        metadata_conflicts: Vec::new(),
        aligned_documents: file.aligned_documents,
        aligned_paragraphs: file.aligned_paragraphs,
        links: file.links,
        qa_disabled_checks: file.qa_disabled_checks,
        qa_ignored: file.qa_ignored,
        next_paragraph_id: file.next_paragraph_id,
        original: file.original,
        captures: file.captures,
        capture_paragraphs: file.capture_paragraphs,
        capture_translations: file.capture_translations,
    }
}

/// Version 5 files hold one capture (the current one) and no stale translation: the history
/// starts empty, as no version-5 build could keep one.
pub(super) fn migrate_v5(file: ProjectFileV5) -> ProjectFileV6 {
    ProjectFileV6 {
        version: 6,
        metadata: file.metadata,
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        stale_translations: Vec::new(),
        aligned_documents: file.aligned_documents,
        aligned_paragraphs: file.aligned_paragraphs,
        links: file.links,
        qa_disabled_checks: file.qa_disabled_checks,
        qa_ignored: file.qa_ignored,
        next_paragraph_id: file.next_paragraph_id,
        original: file.original,
        captures: Vec::new(),
        capture_paragraphs: Vec::new(),
        capture_translations: Vec::new(),
    }
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

/// Version 2 files hold plain-text originals only (their bytes are rebuilt from the text) and
/// the seven metadata fields of version 1; the provenance fields start empty.
pub(super) fn migrate_v2(file: ProjectFileV2) -> ProjectFileV3 {
    let metadata = file.metadata;
    ProjectFileV3 {
        version: 3,
        metadata: MetadataV3 {
            title: metadata.title,
            description: metadata.description,
            outlet: metadata.outlet,
            url: metadata.url,
            author: metadata.author,
            published: metadata.published,
            modified: String::new(),
            captured: metadata.captured,
            capture_tool: String::new(),
            direction: String::new(),
        },
        source_language: file.source_language,
        targets: file.targets,
        paragraphs: file.paragraphs,
        translations: file.translations,
        aligned_documents: file
            .aligned_documents
            .into_iter()
            .map(|document| {
                AlignedDocumentV3::new(
                    document.lang,
                    plain_text(
                        document.file_name,
                        document.encoding,
                        document.sha256,
                        document.text,
                    ),
                )
            })
            .collect(),
        aligned_paragraphs: file.aligned_paragraphs,
        links: file.links,
        next_paragraph_id: file.next_paragraph_id,
        original: plain_text(
            file.original.file_name,
            file.original.encoding,
            file.original.sha256,
            file.original.text,
        ),
    }
}

/// A version-3 original record for what versions 1 and 2 could hold: plain text whose bytes
/// are rebuilt from it.
fn plain_text(
    file_name: String,
    encoding: TextEncoding,
    sha256: String,
    text: String,
) -> OriginalV3 {
    OriginalV3 {
        file_name,
        format: SourceFormat::Text,
        encoding,
        sha256,
        text,
        bytes: None,
        record: String::new(),
    }
}
