//! An aligned translation's links brought to a new capture of the source.

use std::collections::{HashMap, HashSet};

use super::super::{AlignedTranslation, AlignmentLink, LinkState, ParagraphId};
use super::{SOURCE_CHANGED_REASON, SOURCE_REMOVED_REASON};

/// Brings an aligned translation's links to the new source: removed paragraphs leave their
/// links, links of changed paragraphs go back to "proposed", new article paragraphs get a
/// link of their own (unlinked), and the links are put in the new source order. Returns
/// how many links were set back to "proposed".
pub(super) fn relink(
    translation: &mut AlignedTranslation,
    new_position: &HashMap<ParagraphId, usize>,
    changed: &HashSet<ParagraphId>,
    added: &[(usize, ParagraphId)],
) -> usize {
    let mut to_review = 0;
    let mut keyed: Vec<((usize, usize), AlignmentLink)> = Vec::new();
    let mut last_key = 0_usize;
    for (sequence, mut link) in std::mem::take(&mut translation.links)
        .into_iter()
        .enumerate()
    {
        let before = link.source.len();
        link.source.retain(|id| new_position.contains_key(id));
        if link.source.is_empty() && link.target.is_empty() {
            continue;
        }
        let reason = if link.source.len() < before {
            Some(SOURCE_REMOVED_REASON)
        } else if link.source.iter().any(|id| changed.contains(id)) {
            Some(SOURCE_CHANGED_REASON)
        } else {
            None
        };
        if let Some(reason) = reason {
            if link.state == LinkState::Confirmed || link.reason != reason {
                to_review += 1;
            }
            link.state = LinkState::Proposed;
            reason.clone_into(&mut link.reason);
        }
        if let Some(first) = link
            .source
            .iter()
            .filter_map(|id| new_position.get(id))
            .min()
        {
            last_key = *first;
        }
        keyed.push(((last_key, sequence), link));
    }
    to_review += added.len();
    for (index, id) in added {
        keyed.push((
            (*index, usize::MAX),
            AlignmentLink {
                source: vec![*id],
                target: Vec::new(),
                confidence_permille: 0,
                reason: "new in this capture".to_owned(),
                state: LinkState::Proposed,
                moved: false,
            },
        ));
    }
    keyed.sort_by_key(|(key, _)| *key);
    translation.links = keyed.into_iter().map(|(_, link)| link).collect();
    to_review
}
