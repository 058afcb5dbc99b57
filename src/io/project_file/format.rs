//! The on-disk records of the project format, for the current version (7), and how a project
//! becomes them. Reading them back (with every check) is in `check`; older versions live in
//! `migrate`.

use serde::{Deserialize, Serialize};

use super::CURRENT_VERSION;
use super::conflicts::{MetadataConflictV7, TranslationConflictV7, conflict_records};
use crate::io::packed::pack_bytes;
use crate::model::{
    FindingPlace, LanguageTag, LinkState, Original, ParagraphId, ParagraphKind, Project,
    SourceFormat, TextEncoding, TranslationStatus,
};

/// Only the version, read first to decide how to read the rest.
#[derive(Debug, Deserialize)]
pub(super) struct VersionProbe {
    pub(super) version: u32,
}

/// Version 7: version 6 plus the merge conflicts — translations and metadata fields two merged
/// versions changed differently, with base, ours and theirs. Version 6 was version 5 plus the capture history — the earlier captures of the article
/// (each original byte for byte with its details), their paragraphs, the translations of
/// paragraphs a later capture removed — and the translations a recapture made stale.
/// Version 5 was version 4 plus the project's tags and note; version 4 was version 3 plus
/// the project's QA choices.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProjectFileV7 {
    pub(super) version: u32,
    pub(super) metadata: MetadataV5,
    pub(super) source_language: LanguageTag,
    pub(super) targets: Vec<LanguageTag>,
    pub(super) paragraphs: Vec<ParagraphV1>,
    pub(super) translations: Vec<TranslationV1>,
    /// The translations a later capture made stale, with the source text they follow.
    pub(super) stale_translations: Vec<StaleTranslationV6>,
    /// Translations a merge found changed differently on two sides.
    pub(super) translation_conflicts: Vec<TranslationConflictV7>,
    /// Metadata fields a merge found changed differently on two sides.
    pub(super) metadata_conflicts: Vec<MetadataConflictV7>,
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

/// A translation a later capture made stale.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StaleTranslationV6 {
    pub(super) lang: LanguageTag,
    pub(super) id: u32,
    /// The source text the translation follows (the paragraph as an earlier capture had it).
    pub(super) source: String,
}

/// An earlier capture: its details and its original (as the source original's record).
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaptureV6 {
    pub(super) number: u32,
    /// When it stopped being the current capture.
    pub(super) superseded: String,
    pub(super) title: String,
    pub(super) url: String,
    pub(super) published: String,
    pub(super) modified: String,
    pub(super) captured: String,
    pub(super) capture_tool: String,
    pub(super) file_name: String,
    pub(super) format: SourceFormat,
    pub(super) encoding: TextEncoding,
    pub(super) sha256: String,
    pub(super) text: String,
    pub(super) bytes: Option<String>,
    pub(super) record: String,
}

impl CaptureV6 {
    /// The capture's original, as checked and loaded like the source's.
    pub(super) fn original(&self) -> OriginalV3 {
        OriginalV3 {
            file_name: self.file_name.clone(),
            format: self.format,
            encoding: self.encoding,
            sha256: self.sha256.clone(),
            text: self.text.clone(),
            bytes: self.bytes.clone(),
            record: self.record.clone(),
        }
    }
}

/// A paragraph of an earlier capture.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaptureParagraphV6 {
    pub(super) capture: u32,
    pub(super) id: u32,
    pub(super) kind: ParagraphKind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: String,
}

/// A translation kept in the history with an earlier capture's paragraph.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaptureTranslationV6 {
    pub(super) capture: u32,
    pub(super) lang: LanguageTag,
    pub(super) id: u32,
    pub(super) status: TranslationStatus,
    pub(super) text: String,
    pub(super) note: String,
    pub(super) stale_source: Option<String>,
}

/// Where an ignored finding is: a grid row (its source paragraph) or an alignment link.
#[derive(Debug, Serialize, Deserialize)]
pub(super) enum FindingPlaceV4 {
    Paragraph(u32),
    Link { source: Vec<u32>, target: Vec<u32> },
}

/// An ignored QA finding.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct IgnoredFindingV4 {
    pub(super) lang: LanguageTag,
    pub(super) check: String,
    pub(super) place: FindingPlaceV4,
    pub(super) message: String,
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

/// Version 5's metadata: version 3's plus the tags (comma-separated, as typed) and a free
/// note on the project.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetadataV5 {
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
    pub(super) tags: String,
    pub(super) note: String,
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
pub(super) fn to_file(project: &Project) -> ProjectFileV7 {
    let metadata = &project.metadata;
    let mut translations = Vec::new();
    let mut stale_translations = Vec::new();
    for (language, per_paragraph) in &project.translations {
        for (paragraph_id, translation) in per_paragraph {
            if let Some(source) = &translation.stale_source {
                stale_translations.push(StaleTranslationV6 {
                    lang: language.clone(),
                    id: paragraph_id.0,
                    source: source.clone(),
                });
            }
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
    let ids = |ids: &[ParagraphId]| ids.iter().map(|id| id.0).collect::<Vec<u32>>();
    let (captures, capture_paragraphs, capture_translations) = capture_records(project);
    let (translation_conflicts, metadata_conflicts) = conflict_records(project);
    ProjectFileV7 {
        version: CURRENT_VERSION,
        metadata: MetadataV5 {
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
            tags: metadata.tags.clone(),
            note: metadata.note.clone(),
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
        stale_translations,
        translation_conflicts,
        metadata_conflicts,
        aligned_documents,
        aligned_paragraphs,
        links,
        qa_disabled_checks: project.qa.disabled_checks.iter().cloned().collect(),
        qa_ignored: project
            .qa
            .ignored
            .iter()
            .map(|ignored| IgnoredFindingV4 {
                lang: ignored.language.clone(),
                check: ignored.check.clone(),
                place: match &ignored.place {
                    FindingPlace::Paragraph(id) => FindingPlaceV4::Paragraph(id.0),
                    FindingPlace::Link { source, target } => FindingPlaceV4::Link {
                        source: ids(source),
                        target: ids(target),
                    },
                },
                message: ignored.message.clone(),
            })
            .collect(),
        next_paragraph_id: project.next_paragraph_id,
        original: original_record(&project.source.original),
        captures,
        capture_paragraphs,
        capture_translations,
    }
}

/// The capture history's records: captures, their paragraphs, their kept translations.
fn capture_records(
    project: &Project,
) -> (
    Vec<CaptureV6>,
    Vec<CaptureParagraphV6>,
    Vec<CaptureTranslationV6>,
) {
    let mut captures = Vec::new();
    let mut paragraphs = Vec::new();
    let mut translations = Vec::new();
    for (index, capture) in project.captures.iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let original = original_record(&capture.original);
        let details = &capture.details;
        captures.push(CaptureV6 {
            number,
            superseded: capture.superseded.clone(),
            title: details.title.clone(),
            url: details.url.clone(),
            published: details.published.clone(),
            modified: details.modified.clone(),
            captured: details.captured.clone(),
            capture_tool: details.capture_tool.clone(),
            file_name: original.file_name,
            format: original.format,
            encoding: original.encoding,
            sha256: original.sha256,
            text: original.text,
            bytes: original.bytes,
            record: original.record,
        });
        paragraphs.extend(
            capture
                .paragraphs
                .iter()
                .map(|paragraph| CaptureParagraphV6 {
                    capture: number,
                    id: paragraph.paragraph_id.0,
                    kind: paragraph.kind,
                    start: paragraph.byte_range.start,
                    end: paragraph.byte_range.end,
                    text: paragraph.text.clone(),
                }),
        );
        for (language, per_paragraph) in &capture.retired {
            for (paragraph_id, translation) in per_paragraph {
                translations.push(CaptureTranslationV6 {
                    capture: number,
                    lang: language.clone(),
                    id: paragraph_id.0,
                    status: translation.status,
                    text: translation.text.clone(),
                    note: translation.note.clone(),
                    stale_source: translation.stale_source.clone(),
                });
            }
        }
    }
    (captures, paragraphs, translations)
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
