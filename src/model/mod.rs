//! The in-memory project model: the source article, its paragraphs, the translations, and the
//! edits and history that change them. Nothing here knows about egui or about files on disk.

mod alignment;
mod capture;
mod conflict;
mod edit;
mod encoding;
mod history;
mod language;
pub mod link_ops;
mod merge;
mod pairs;
mod project;
mod qa_settings;
mod review;
mod stats;

pub use alignment::{
    AlignedTranslation, AlignmentLink, AlignmentSummary, DocumentRef, LOW_CONFIDENCE_PERMILLE,
    LinkState,
};
pub use capture::{
    Capture, CaptureDetails, CaptureState, IncomingCapture, ParagraphChange, ParagraphChangeKind,
    RecaptureError, RecapturePlan, RecaptureReport, SOURCE_CHANGED_REASON, SOURCE_REMOVED_REASON,
    TranslationMap, plan_recapture,
};
pub use conflict::{
    MetadataConflict, Resolution, TranslationConflict, TranslationVersion, conflicted_translations,
    resolve_metadata_conflict, resolve_translation_conflict,
};
pub use edit::{Edit, EditError, MetadataField, SourceReplacement};
pub use encoding::{SourceFormat, TextEncoding, WebEncoding};
pub use history::{EditGroup, History};
pub use language::{LanguageTag, LanguageTagError, primary_language};
pub use merge::{MergeOutcome, MergeRefusal, MergeReport, merge_projects};
pub use pairs::{PairOrigin, TranslationPair, sentence_split, translation_pairs};
pub use project::{
    IdsExhausted, MAX_PARAGRAPH_ID_COUNTER, Metadata, Original, Paragraph, ParagraphId,
    ParagraphKind, Project, SourceDocument, SourceRevision, Translation, TranslationStatus,
    allocate_paragraph_ids, sha256_hex,
};
pub use qa_settings::{FindingPlace, IgnoredFinding, QaSettings};
pub use review::{LinkFilter, SentencePair, sentence_pairs};
pub use stats::{LanguageProgress, progress, progress_with};

/// A small project for unit tests: an English article with ru and az targets.
#[cfg(test)]
pub(crate) fn test_project() -> Project {
    let text = "Headline here\n\nThe police came.\n\nMore on JAMnews\n";
    let paragraphs = vec![
        Paragraph {
            paragraph_id: ParagraphId(0),
            kind: ParagraphKind::Headline,
            text: "Headline here".into(),
            byte_range: 0..13,
        },
        Paragraph {
            paragraph_id: ParagraphId(1),
            kind: ParagraphKind::Body,
            text: "The police came.".into(),
            byte_range: 15..31,
        },
        Paragraph {
            paragraph_id: ParagraphId(2),
            kind: ParagraphKind::Footer,
            text: "More on JAMnews".into(),
            byte_range: 33..48,
        },
    ];
    let source = SourceDocument {
        language: LanguageTag::builtin("en"),
        original: Original::new("test.txt".into(), TextEncoding::Utf8, text.into()),
        paragraphs,
    };
    let targets = ["ru", "az"]
        .iter()
        .filter_map(|tag| LanguageTag::parse(tag).ok())
        .collect();
    Project::new(
        Metadata {
            title: "Headline here".into(),
            ..Metadata::default()
        },
        source,
        targets,
    )
}
