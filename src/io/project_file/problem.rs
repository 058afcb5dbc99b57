//! What can be inconsistent in a project file, in words for the user (after "the project is
//! inconsistent: ").

use std::ops::Range;

use crate::io::packed::UnpackError;
use crate::model::{LanguageTag, MAX_PARAGRAPH_ID_COUNTER, SourceFormat};

/// Why the records of a project file do not make a project.
#[derive(Debug, thiserror::Error)]
pub enum ProjectProblem {
    #[error(
        "next_paragraph_id {next} is impossibly large (at most {MAX_PARAGRAPH_ID_COUNTER} \
         paragraph ids are ever given)"
    )]
    CounterTooLarge { next: u32 },
    #[error("{language} is both the source and a target language")]
    SourceIsTarget { language: LanguageTag },
    #[error("target language {language} is listed twice")]
    TargetTwice { language: LanguageTag },
    #[error("a translation into {language} exists but {language} is not a target language")]
    TranslationNotTarget { language: LanguageTag },
    #[error("a {language} translation refers to paragraph {id}, which does not exist")]
    TranslationOfMissing { language: LanguageTag, id: u32 },
    #[error("paragraph {id} has two {language} translations")]
    TwoTranslations { id: u32, language: LanguageTag },
    /// `what` names the original: "the original", "the aligned ru original".
    #[error("{what}: the stored bytes are damaged ({problem})")]
    DamagedBytes { what: String, problem: UnpackError },
    #[error("{what} is a {format} but its bytes are missing")]
    MissingBytes { what: String, format: SourceFormat },
    #[error("{what} ({file_name}) does not match its SHA-256 (it was altered)")]
    Altered { what: String, file_name: String },
    #[error("paragraph id {id} appears twice")]
    IdTwice { id: u32 },
    #[error("paragraph id {id} is not below next_paragraph_id {next}")]
    IdNotBelowCounter { id: u32, next: u32 },
    /// `paragraph` and `document` name them: "aligned paragraph", "its original".
    #[error("{paragraph} {id} has byte range {}..{} outside {document}", range.start, range.end)]
    RangeOutside {
        paragraph: &'static str,
        id: u32,
        range: Range<usize>,
        document: &'static str,
    },
    #[error("an aligned {language} translation exists but {language} is not a target")]
    AlignedNotTarget { language: LanguageTag },
    #[error("two aligned {language} translations")]
    TwoAligned { language: LanguageTag },
    #[error("aligned paragraph {id} belongs to {language}, which has no aligned document")]
    ParagraphWithoutDocument { id: u32, language: LanguageTag },
    #[error("a link belongs to {language}, which has no aligned document")]
    LinkWithoutDocument { language: LanguageTag },
    #[error("a {language} link names source paragraph {id}, which does not exist")]
    LinkToMissingSource { language: LanguageTag, id: u32 },
    #[error("a {language} link names paragraph {id}, which is not a {language} paragraph")]
    LinkToForeign { language: LanguageTag, id: u32 },
    #[error("paragraph {id} is in two {language} links")]
    TwoLinks { id: u32, language: LanguageTag },
    #[error("a {language} link has confidence {confidence} (at most 1000)")]
    ConfidenceTooHigh {
        language: LanguageTag,
        confidence: u16,
    },
    #[error("a stale {language} translation of paragraph {id} is listed, but no such translation")]
    StaleWithoutTranslation { language: LanguageTag, id: u32 },
    #[error("the earlier captures are numbered {found} where {expected} was expected")]
    CaptureNumber { found: u32, expected: u32 },
    #[error("{what} names capture {capture}, which does not exist")]
    NoSuchCapture { what: &'static str, capture: u32 },
    #[error("capture {capture}: paragraph id {id} appears twice")]
    CaptureIdTwice { capture: u32, id: u32 },
    #[error(
        "capture {capture}: a kept {language} translation refers to paragraph {id}, which the capture does not have"
    )]
    CaptureTranslationOfMissing {
        capture: u32,
        language: LanguageTag,
        id: u32,
    },
    #[error("{what} has two merge conflicts")]
    TwoConflicts { what: String },
}
