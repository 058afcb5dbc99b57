//! Links proposed by the aligner ([`crate::align`]): aligning a whole translation with the
//! source, and re-aligning a window of links. Pure functions of the project, like the other
//! link operations; the new links are `Proposed`.

use crate::align::{AlignOptions, Link, align_texts};
use crate::model::{
    AlignedTranslation, AlignmentLink, Edit, LanguageTag, LinkState, Paragraph, ParagraphId,
    Project,
};

/// Aligns the translatable paragraphs of the source with those of `aligned`.
pub fn align_paragraphs(
    project: &Project,
    aligned: &AlignedTranslation,
    language: &LanguageTag,
    options: &AlignOptions,
) -> Vec<AlignmentLink> {
    let source: Vec<&Paragraph> = project.translatable_paragraphs().collect();
    let target: Vec<&Paragraph> = aligned
        .paragraphs
        .iter()
        .filter(|paragraph| paragraph.kind.is_translatable())
        .collect();
    let source_texts: Vec<String> = source
        .iter()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    let target_texts: Vec<String> = target
        .iter()
        .map(|paragraph| paragraph.text.clone())
        .collect();
    let links = align_texts(
        &source_texts,
        project.source.language.primary(),
        &target_texts,
        language.primary(),
        options,
    );
    links
        .into_iter()
        .map(|link| to_alignment_link(&link, &source, &target))
        .collect()
}

/// Re-aligns links `low..=high` of `language`: their paragraphs are aligned afresh and the
/// links replaced. Returns `None` when there is nothing to re-align.
pub fn realign_range(
    project: &Project,
    language: &LanguageTag,
    low: usize,
    high: usize,
) -> Option<Edit> {
    let aligned = project.aligned.get(language)?;
    let window = aligned.links.get(low..=high)?;
    // In document order, whatever order earlier hand edits left the links in.
    let mut source_ids: Vec<_> = window
        .iter()
        .flat_map(|link| link.source.iter().copied())
        .collect();
    let source_position: std::collections::HashMap<ParagraphId, usize> = project
        .paragraphs()
        .iter()
        .enumerate()
        .map(|(position, paragraph)| (paragraph.paragraph_id, position))
        .collect();
    source_ids.sort_by_key(|id| source_position.get(id).copied());
    let mut target_ids: Vec<_> = window
        .iter()
        .flat_map(|link| link.target.iter().copied())
        .collect();
    let target_position: std::collections::HashMap<ParagraphId, usize> = aligned
        .paragraphs
        .iter()
        .enumerate()
        .map(|(position, paragraph)| (paragraph.paragraph_id, position))
        .collect();
    target_ids.sort_by_key(|id| target_position.get(id).copied());
    let source: Vec<&Paragraph> = source_ids
        .iter()
        .filter_map(|id| project.paragraph(*id))
        .collect();
    let target: Vec<&Paragraph> = target_ids
        .iter()
        .filter_map(|id| aligned.paragraph(*id))
        .collect();
    let texts = |paragraphs: &[&Paragraph]| -> Vec<String> {
        paragraphs
            .iter()
            .map(|paragraph| paragraph.text.clone())
            .collect()
    };
    let links = align_texts(
        &texts(&source),
        project.source.language.primary(),
        &texts(&target),
        language.primary(),
        &AlignOptions::default(),
    );
    let replacement = links
        .iter()
        .map(|link| to_alignment_link(link, &source, &target))
        .collect();
    Some(Edit::ReplaceLinks {
        language: language.clone(),
        start: low,
        removed: window.len(),
        links: replacement,
    })
}

fn to_alignment_link(link: &Link, source: &[&Paragraph], target: &[&Paragraph]) -> AlignmentLink {
    AlignmentLink {
        source: link
            .source
            .iter()
            .map(|index| source[*index].paragraph_id)
            .collect(),
        target: link
            .target
            .iter()
            .map(|index| target[*index].paragraph_id)
            .collect(),
        confidence_permille: (link.confidence * 1000.0).round() as u16,
        reason: link.reason.clone(),
        state: LinkState::Proposed,
        moved: link.moved,
    }
}
