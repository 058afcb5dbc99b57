//! Reading the records of a project file back into a project. Every record is checked
//! against the others first (ids unique and below the counter, byte ranges inside their
//! original, links naming existing paragraphs, originals matching their SHA-256) and nothing
//! is filled in; what is wrong is a [`ProjectProblem`].

use std::collections::{BTreeMap, HashMap, HashSet};

use super::format::{
    AlignedDocumentV3, AlignedParagraphV2, FindingPlaceV4, IgnoredFindingV4, LinkStateV2, LinkV2,
    OriginalV3, ProjectFileV7,
};
use super::problem::ProjectProblem;
use crate::io::packed::unpack_bytes;
use crate::model::{
    AlignedTranslation, AlignmentLink, FindingPlace, IgnoredFinding, LanguageTag, LinkState,
    Metadata, Original, Paragraph, ParagraphId, ParagraphKind, Project, QaSettings, SourceDocument,
    SourceFormat, Translation,
};

/// Checks a file and builds the project; the error says what is inconsistent. With
/// `altered: Some(..)`, an original that no longer matches its hash is loaded anyway (so the
/// work around it is not locked away) and described there instead of failing.
pub(super) fn from_file(
    file: ProjectFileV7,
    altered: &mut Option<Vec<String>>,
) -> Result<Project, ProjectProblem> {
    if file.next_paragraph_id > crate::model::MAX_PARAGRAPH_ID_COUNTER {
        return Err(ProjectProblem::CounterTooLarge {
            next: file.next_paragraph_id,
        });
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
            return Err(ProjectProblem::SourceIsTarget { language: target });
        }
        if targets.contains(&target) {
            return Err(ProjectProblem::TargetTwice { language: target });
        }
        targets.push(target);
    }
    let mut translations: BTreeMap<LanguageTag, BTreeMap<ParagraphId, Translation>> =
        BTreeMap::new();
    for record in file.translations {
        if !targets.contains(&record.lang) {
            return Err(ProjectProblem::TranslationNotTarget {
                language: record.lang,
            });
        }
        if !source_ids.contains(&record.id) {
            return Err(ProjectProblem::TranslationOfMissing {
                language: record.lang,
                id: record.id,
            });
        }
        let translation = Translation {
            text: record.text,
            status: record.status,
            note: record.note,
            stale_source: None,
            conflict: None,
        };
        if translation.is_empty() {
            continue;
        }
        let previous = translations
            .entry(record.lang.clone())
            .or_default()
            .insert(ParagraphId(record.id), translation);
        if previous.is_some() {
            return Err(ProjectProblem::TwoTranslations {
                id: record.id,
                language: record.lang,
            });
        }
    }
    for stale in file.stale_translations {
        let Some(translation) = translations
            .get_mut(&stale.lang)
            .and_then(|per_paragraph| per_paragraph.get_mut(&ParagraphId(stale.id)))
            .filter(|translation| translation.stale_source.is_none())
        else {
            return Err(ProjectProblem::StaleWithoutTranslation {
                language: stale.lang,
                id: stale.id,
            });
        };
        translation.stale_source = Some(stale.source);
    }
    let metadata_conflicts = super::conflicts::conflicts_from_file(
        (file.translation_conflicts, file.metadata_conflicts),
        &targets,
        |id| source_ids.contains(&id),
        &mut translations,
    )?;
    let captures = super::captures::captures_from_file(
        (
            file.captures,
            file.capture_paragraphs,
            file.capture_translations,
        ),
        file.next_paragraph_id,
        altered,
    )?;
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
            tags: file.metadata.tags,
            note: file.metadata.note,
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
        qa: qa_settings(file.qa_disabled_checks, file.qa_ignored),
        captures,
        metadata_conflicts,
    })
}

/// The project's QA choices. Ignored findings may name paragraphs that are gone (they then
/// match nothing); a check name this build does not know is kept for the build that does.
fn qa_settings(disabled: Vec<String>, ignored: Vec<IgnoredFindingV4>) -> QaSettings {
    let ids = |ids: Vec<u32>| ids.into_iter().map(ParagraphId).collect::<Vec<_>>();
    QaSettings {
        disabled_checks: disabled.into_iter().collect(),
        ignored: ignored
            .into_iter()
            .map(|record| IgnoredFinding {
                language: record.lang,
                check: record.check,
                place: match record.place {
                    FindingPlaceV4::Paragraph(id) => FindingPlace::Paragraph(ParagraphId(id)),
                    FindingPlaceV4::Link { source, target } => FindingPlace::Link {
                        source: ids(source),
                        target: ids(target),
                    },
                },
                message: record.message,
            })
            .collect(),
    }
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
pub(super) fn original_checks(file: ProjectFileV7) -> Vec<OriginalCheck> {
    let mut records = vec![("source".to_owned(), file.original)];
    records.extend(file.aligned_documents.into_iter().map(|document| {
        let (lang, original) = document.into_parts();
        (format!("aligned {lang} translation"), original)
    }));
    records.extend(file.captures.iter().map(|capture| {
        (
            format!(
                "capture {} (superseded {})",
                capture.number, capture.superseded
            ),
            capture.original(),
        )
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
pub(super) fn checked_original(
    record: OriginalV3,
    what: &str,
    altered: &mut Option<Vec<String>>,
) -> Result<Original, ProjectProblem> {
    // Bytes that cannot even be unpacked are always an error: loading them as empty and saving
    // again would destroy what is left of them.
    let stored_bytes: Option<std::sync::Arc<[u8]>> = match &record.bytes {
        Some(packed) => Some(
            unpack_bytes(packed)
                .map_err(|problem| ProjectProblem::DamagedBytes {
                    what: what.to_owned(),
                    problem,
                })?
                .into(),
        ),
        None if record.format == SourceFormat::Text => None,
        None => {
            return Err(ProjectProblem::MissingBytes {
                what: what.to_owned(),
                format: record.format,
            });
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
    let problem = ProjectProblem::Altered {
        what: what.to_owned(),
        file_name: original.file_name.clone(),
    };
    match altered.as_mut() {
        Some(found) => {
            found.push(problem.to_string());
            Ok(original)
        }
        None => Err(problem),
    }
}

/// A paragraph from its record (id, kind, start, end, text): its id must be new and below the
/// counter, its byte range inside `original_text`. `names` are how errors name the paragraph
/// and its document.
pub(super) fn checked_paragraph(
    (id, kind, start, end, text): (u32, ParagraphKind, usize, usize, String),
    original_text: &str,
    seen_ids: &mut HashSet<u32>,
    next_paragraph_id: u32,
    names: (&'static str, &'static str),
) -> Result<Paragraph, ProjectProblem> {
    if !seen_ids.insert(id) {
        return Err(ProjectProblem::IdTwice { id });
    }
    if id >= next_paragraph_id {
        return Err(ProjectProblem::IdNotBelowCounter {
            id,
            next: next_paragraph_id,
        });
    }
    if start > end || original_text.get(start..end).is_none() {
        let (paragraph, document) = names;
        return Err(ProjectProblem::RangeOutside {
            paragraph,
            id,
            range: start..end,
            document,
        });
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
) -> Result<BTreeMap<LanguageTag, AlignedTranslation>, ProjectProblem> {
    let mut aligned: BTreeMap<LanguageTag, AlignedTranslation> = BTreeMap::new();
    for document in documents {
        if !targets.contains(&document.lang) {
            return Err(ProjectProblem::AlignedNotTarget {
                language: document.lang,
            });
        }
        let (lang, record) = document.into_parts();
        let original = checked_original(record, &format!("the aligned {lang} original"), altered)?;
        let entry = AlignedTranslation {
            original,
            paragraphs: Vec::new(),
            links: Vec::new(),
        };
        if aligned.insert(lang.clone(), entry).is_some() {
            return Err(ProjectProblem::TwoAligned { language: lang });
        }
    }
    let mut owner: HashMap<u32, LanguageTag> = HashMap::new();
    for paragraph in paragraphs {
        let Some(translation) = aligned.get_mut(&paragraph.lang) else {
            return Err(ProjectProblem::ParagraphWithoutDocument {
                id: paragraph.id,
                language: paragraph.lang,
            });
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
            return Err(ProjectProblem::LinkWithoutDocument {
                language: link.lang,
            });
        };
        for id in &link.source {
            if !source_ids.contains(id) {
                return Err(ProjectProblem::LinkToMissingSource {
                    language: link.lang,
                    id: *id,
                });
            }
        }
        for id in &link.target {
            if owner.get(id) != Some(&link.lang) {
                return Err(ProjectProblem::LinkToForeign {
                    language: link.lang,
                    id: *id,
                });
            }
        }
        for id in link.source.iter().chain(&link.target) {
            if !linked.insert((link.lang.clone(), *id)) {
                return Err(ProjectProblem::TwoLinks {
                    id: *id,
                    language: link.lang,
                });
            }
        }
        if link.confidence > 1000 {
            return Err(ProjectProblem::ConfidenceTooHigh {
                language: link.lang,
                confidence: link.confidence,
            });
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
