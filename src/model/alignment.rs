//! Aligned translations: an existing translation imported as its own document (kept verbatim,
//! cleaned and classified like the source) and the links between its paragraphs and the
//! source's. Every review operation replaces a window of links, so one edit shape serves all.

use super::{Original, Paragraph, ParagraphId};

/// Links below this confidence (in thousandths) are flagged for review.
pub const LOW_CONFIDENCE_PERMILLE: u16 = 600;

/// Which document of a project a paragraph belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DocumentRef {
    Source,
    Aligned(super::LanguageTag),
}

/// Whether a person has checked a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LinkState {
    /// Proposed by the aligner, not yet reviewed.
    #[default]
    Proposed,
    /// Confirmed by a person.
    Confirmed,
}

/// A link between source and target paragraphs; either side may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignmentLink {
    pub source: Vec<ParagraphId>,
    pub target: Vec<ParagraphId>,
    /// Confidence in thousandths (0–1000), so projects compare and save exactly.
    pub confidence_permille: u16,
    /// Why the aligner linked them: "length ratio 1.9", "numbers differ: 15:00 vs 16:00".
    pub reason: String,
    pub state: LinkState,
    /// The link crosses the order of its neighbours (a moved paragraph).
    pub moved: bool,
}

impl AlignmentLink {
    pub fn confidence(&self) -> f32 {
        f32::from(self.confidence_permille) / 1000.0
    }

    /// Links of one source paragraph to one target paragraph.
    pub fn is_one_to_one(&self) -> bool {
        self.source.len() == 1 && self.target.len() == 1
    }

    /// A link made by hand: confirmed, full confidence.
    pub fn manual(source: Vec<ParagraphId>, target: Vec<ParagraphId>, reason: &str) -> Self {
        Self {
            source,
            target,
            confidence_permille: 1000,
            reason: reason.to_owned(),
            state: LinkState::Confirmed,
            moved: false,
        }
    }
}

/// An imported translation and its alignment with the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlignedTranslation {
    pub original: Original,
    /// The translation's paragraphs (ids from the project's counter, never shared with the
    /// source's).
    pub paragraphs: Vec<Paragraph>,
    /// Links in source order; every translatable paragraph of both sides is in exactly one.
    pub links: Vec<AlignmentLink>,
}

impl AlignedTranslation {
    pub fn paragraph(&self, paragraph_id: ParagraphId) -> Option<&Paragraph> {
        // Ids are consecutive from the first paragraph's, so the offset is usually the index.
        let guess = self.paragraphs.first().and_then(|first| {
            let offset = paragraph_id.0.checked_sub(first.paragraph_id.0)?;
            self.paragraphs.get(offset as usize)
        });
        guess
            .filter(|paragraph| paragraph.paragraph_id == paragraph_id)
            .or_else(|| {
                self.paragraphs
                    .iter()
                    .find(|paragraph| paragraph.paragraph_id == paragraph_id)
            })
    }

    /// Counts for the status bar and filters: links, confirmed, low confidence, not 1:1, moved.
    pub fn summary(&self) -> AlignmentSummary {
        let mut summary = AlignmentSummary {
            links: self.links.len(),
            ..AlignmentSummary::default()
        };
        for link in &self.links {
            if link.state == LinkState::Confirmed {
                summary.confirmed += 1;
            }
            if link.confidence_permille < LOW_CONFIDENCE_PERMILLE {
                summary.low_confidence += 1;
            }
            if !link.is_one_to_one() {
                summary.not_one_to_one += 1;
            }
            if link.moved {
                summary.moved += 1;
            }
        }
        summary
    }
}

/// Counts of links by review category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlignmentSummary {
    pub links: usize,
    pub confirmed: usize,
    pub low_confidence: usize,
    pub not_one_to_one: usize,
    pub moved: usize,
}
