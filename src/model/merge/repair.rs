//! After merging, the alignment links are made whole again: a link naming a paragraph the
//! merged project no longer has (a new capture removed it on the other side) loses that
//! paragraph and is proposed again; a paragraph that was linked in some version but is in no
//! link now (two re-links of the same paragraphs clashed) gets a link of its own, proposed, so
//! the review shows it rather than letting it fall out of the alignment.

use std::collections::HashSet;

use super::Counts;
use crate::model::{AlignmentLink, LanguageTag, LinkState, ParagraphId, Project};

/// Repairs the links of every aligned translation of `project`, whose versions were `sides`.
pub(super) fn repair_links(project: &mut Project, sides: [&Project; 3], counts: &mut Counts) {
    let source: HashSet<ParagraphId> = project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.paragraph_id)
        .collect();
    let source_order: Vec<ParagraphId> = project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.paragraph_id)
        .collect();
    let languages: Vec<LanguageTag> = project.aligned.keys().cloned().collect();
    for language in languages {
        let Some(aligned) = project.aligned.get_mut(&language) else {
            continue;
        };
        let target: HashSet<ParagraphId> = aligned
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.paragraph_id)
            .collect();
        let target_order: Vec<ParagraphId> = aligned
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.paragraph_id)
            .collect();
        // Paragraphs that are gone.
        let mut kept = Vec::with_capacity(aligned.links.len());
        for mut link in std::mem::take(&mut aligned.links) {
            let before = (link.source.len(), link.target.len());
            link.source.retain(|id| source.contains(id));
            link.target.retain(|id| target.contains(id));
            if (link.source.len(), link.target.len()) != before {
                counts.notes.push(format!(
                    "{language}: a link lost a paragraph the merged article no longer has; it is proposed again"
                ));
                link.state = LinkState::Proposed;
                "a paragraph of this link was removed by a merge".clone_into(&mut link.reason);
            }
            if !link.source.is_empty() || !link.target.is_empty() {
                kept.push(link);
            }
        }
        aligned.links = kept;
        // Paragraphs that fell out of every link.
        let linked: HashSet<ParagraphId> = aligned
            .links
            .iter()
            .flat_map(|link| link.source.iter().chain(&link.target).copied())
            .collect();
        let ever_linked: HashSet<ParagraphId> = sides
            .iter()
            .filter_map(|side| side.aligned.get(&language))
            .flat_map(|aligned| aligned.links.iter())
            .flat_map(|link| link.source.iter().chain(&link.target).copied())
            .collect();
        for (order, is_source) in [(&source_order, true), (&target_order, false)] {
            for (index, id) in order.iter().enumerate() {
                if linked.contains(id) || !ever_linked.contains(id) {
                    continue;
                }
                counts.notes.push(format!(
                    "{language}: ¶{} was left in no link by the merge; it has one of its own, proposed",
                    id.0
                ));
                let lonely = AlignmentLink {
                    source: if is_source { vec![*id] } else { Vec::new() },
                    target: if is_source { Vec::new() } else { vec![*id] },
                    confidence_permille: 0,
                    reason: "left without a counterpart by a merge".to_owned(),
                    state: LinkState::Proposed,
                    moved: false,
                };
                // After the last link that holds an earlier paragraph of the same side.
                let earlier: HashSet<ParagraphId> = order[..index].iter().copied().collect();
                let at = aligned
                    .links
                    .iter()
                    .rposition(|link| {
                        let side = if is_source {
                            &link.source
                        } else {
                            &link.target
                        };
                        side.iter().any(|id| earlier.contains(id))
                    })
                    .map_or(0, |position| position + 1);
                aligned.links.insert(at, lonely);
            }
        }
    }
}
