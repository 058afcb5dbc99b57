//! A project's QA choices: the checks switched off for it, and the findings the user chose to
//! ignore. Both are saved in the project file, so an ignored finding stays ignored; an
//! ignored finding is matched by its language, check, place and message, so it comes back
//! when the text changes so that the check says something else.

use std::collections::BTreeSet;

use super::{LanguageTag, ParagraphId};

/// Where a QA finding is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingPlace {
    /// A grid translation of this source paragraph.
    Paragraph(ParagraphId),
    /// A link of an aligned translation: its source and target paragraphs.
    Link {
        source: Vec<ParagraphId>,
        target: Vec<ParagraphId>,
    },
}

/// A finding the user chose to ignore.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IgnoredFinding {
    pub language: LanguageTag,
    /// The check's id (`numbers`, `spelling`…).
    pub check: String,
    pub place: FindingPlace,
    pub message: String,
}

/// The project's QA choices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QaSettings {
    /// Ids of the checks switched off.
    pub disabled_checks: BTreeSet<String>,
    pub ignored: BTreeSet<IgnoredFinding>,
}

impl QaSettings {
    /// Whether the check `id` runs.
    pub fn is_enabled(&self, id: &str) -> bool {
        !self.disabled_checks.contains(id)
    }

    /// Whether nothing was switched off or ignored.
    pub fn is_empty(&self) -> bool {
        self.disabled_checks.is_empty() && self.ignored.is_empty()
    }
}
