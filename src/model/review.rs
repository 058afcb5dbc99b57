//! Reviewing an alignment: which links a filter lets through, and the sentence alignment
//! inside one link (worked out on demand, for the link being looked at).

use crate::model::{
    AlignedTranslation, AlignmentLink, LOW_CONFIDENCE_PERMILLE, LanguageTag, LinkState, Project,
};

/// Which links to show in the review (a link is shown when it matches any active filter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkFilter {
    Unconfirmed,
    LowConfidence,
    NotOneToOne,
    Moved,
}

impl LinkFilter {
    pub const ALL: [Self; 4] = [
        Self::Unconfirmed,
        Self::LowConfidence,
        Self::NotOneToOne,
        Self::Moved,
    ];

    /// Whether `link` is one this filter looks for.
    pub fn matches(self, link: &AlignmentLink) -> bool {
        match self {
            Self::Unconfirmed => link.state != LinkState::Confirmed,
            Self::LowConfidence => link.confidence_permille < LOW_CONFIDENCE_PERMILLE,
            Self::NotOneToOne => !link.is_one_to_one(),
            Self::Moved => link.moved,
        }
    }
}

/// Aligned sentences of a link: source text, target text, confidence.
pub type SentencePair = (String, String, f32);

/// Aligns the sentences inside one link (on demand: only for the selected link).
pub fn sentence_pairs(
    project: &Project,
    aligned: &AlignedTranslation,
    language: &LanguageTag,
    link: &AlignmentLink,
) -> Vec<SentencePair> {
    let collect = |texts: Vec<&str>| -> Vec<String> {
        texts
            .into_iter()
            .flat_map(crate::align::sentences)
            .map(str::to_owned)
            .collect()
    };
    let source = collect(
        link.source
            .iter()
            .filter_map(|id| project.paragraph(*id))
            .map(|p| p.text.as_str())
            .collect(),
    );
    let target = collect(
        link.target
            .iter()
            .filter_map(|id| aligned.paragraph(*id))
            .map(|p| p.text.as_str())
            .collect(),
    );
    let options = crate::align::AlignOptions {
        find_moves: false,
        costs: crate::align::CostModel::SENTENCES,
        ..crate::align::AlignOptions::default()
    };
    crate::align::align_texts(
        &source,
        project.source.language.primary(),
        &target,
        language.primary(),
        &options,
    )
    .into_iter()
    .map(|sentence_link| {
        let join = |indexes: &[usize], texts: &[String]| {
            indexes
                .iter()
                .map(|index| texts[*index].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        (
            join(&sentence_link.source, &source),
            join(&sentence_link.target, &target),
            sentence_link.confidence,
        )
    })
    .collect()
}
