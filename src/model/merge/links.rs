//! Merging the alignment links of one aligned translation, when both sides kept the same
//! translated document. A link is known by the paragraphs it joins: a link both sides kept
//! merges field by field (state, confidence, reason); one side's new links are taken, and a
//! link one side replaced (a merge, a split, a re-link) goes. Where both sides re-linked the
//! same paragraphs differently, ours is kept, proposed again, with theirs in its reason (and
//! a note says so).

use std::collections::{HashMap, HashSet};

use super::{Counts, three_way};
use crate::model::{AlignmentLink, LinkState, ParagraphId};

type LinkKey = (Vec<ParagraphId>, Vec<ParagraphId>);

fn key(link: &AlignmentLink) -> LinkKey {
    (link.source.clone(), link.target.clone())
}

fn describe(ids: &[ParagraphId]) -> String {
    if ids.is_empty() {
        return "nothing".to_owned();
    }
    let names: Vec<String> = ids.iter().map(|id| format!("¶{}", id.0)).collect();
    names.join("+")
}

/// The merged links: each paragraph in at most one link, in ours' order with theirs' new
/// links placed after the link that precedes them in theirs. Conflicts are counted.
pub(super) fn merge_links(
    base: &[AlignmentLink],
    ours: &[AlignmentLink],
    theirs: &[AlignmentLink],
    counts: &mut Counts,
) -> (Vec<AlignmentLink>, Vec<String>) {
    let base_by_key: HashMap<LinkKey, &AlignmentLink> =
        base.iter().map(|link| (key(link), link)).collect();
    let theirs_by_key: HashMap<LinkKey, &AlignmentLink> =
        theirs.iter().map(|link| (key(link), link)).collect();
    let ours_keys: HashSet<LinkKey> = ours.iter().map(key).collect();
    let mut merged: Vec<(AlignmentLink, bool)> = Vec::new();
    for link in ours {
        let link_key = key(link);
        match (base_by_key.get(&link_key), theirs_by_key.get(&link_key)) {
            (Some(base_link), Some(their_link)) => {
                merged.push((merge_fields(base_link, link, their_link, counts), false));
            }
            // Both added the same link.
            (None, Some(their_link)) => {
                let mut link = link.clone();
                link.state = link.state.max_with(their_link.state);
                merged.push((link, false));
            }
            // Theirs replaced it: it goes (a re-link outweighs a confirmation).
            (Some(base_link), None) => {
                if *base_link != link {
                    counts.notes.push(format!(
                        "the link {} – {} changed on our side was replaced on theirs",
                        describe(&link.source),
                        describe(&link.target)
                    ));
                }
                counts.theirs += 1;
            }
            (None, None) => {
                counts.ours += 1;
                merged.push((link.clone(), true));
            }
        }
    }
    // Theirs' new links, each after the link before it in theirs.
    let mut additions: Vec<(Option<LinkKey>, AlignmentLink)> = Vec::new();
    let mut previous: Option<LinkKey> = None;
    for link in theirs {
        let link_key = key(link);
        if !ours_keys.contains(&link_key) {
            if base_by_key.contains_key(&link_key) {
                // Ours replaced it.
                if base_by_key.get(&link_key).is_some_and(|base| *base != link) {
                    counts.notes.push(format!(
                        "the link {} – {} changed on their side was replaced on ours",
                        describe(&link.source),
                        describe(&link.target)
                    ));
                }
                counts.ours += 1;
            } else {
                counts.theirs += 1;
                additions.push((previous.clone(), link.clone()));
            }
        }
        previous = Some(link_key);
    }
    let mut used: HashSet<ParagraphId> = merged
        .iter()
        .flat_map(|(link, _)| link.source.iter().chain(&link.target).copied())
        .collect();
    let mut conflicts = Vec::new();
    let mut last_inserted: HashMap<Option<LinkKey>, usize> = HashMap::new();
    for (after, link) in additions {
        let clashes: Vec<usize> = merged
            .iter()
            .enumerate()
            .filter(|(_, (kept, _))| {
                kept.source
                    .iter()
                    .chain(&kept.target)
                    .any(|id| link.source.contains(id) || link.target.contains(id))
            })
            .map(|(index, _)| index)
            .collect();
        if link
            .source
            .iter()
            .chain(&link.target)
            .any(|id| used.contains(id))
        {
            let description = format!(
                "theirs linked {} with {}",
                describe(&link.source),
                describe(&link.target)
            );
            for index in clashes {
                let (kept, _) = &mut merged[index];
                kept.state = LinkState::Proposed;
                if !kept.reason.contains(&description) {
                    kept.reason = if kept.reason.is_empty() {
                        format!("merge conflict: {description}")
                    } else {
                        format!("{}; merge conflict: {description}", kept.reason)
                    };
                }
            }
            let mut involved = link.source.clone();
            involved.extend(&link.target);
            conflicts.push(format!(
                "ours and theirs linked {} differently ({description}); ours is kept, proposed",
                describe(&involved)
            ));
            continue;
        }
        used.extend(link.source.iter().chain(&link.target).copied());
        let anchor = after
            .as_ref()
            .and_then(|after| merged.iter().position(|(kept, _)| key(kept) == *after));
        let start = anchor.map_or(0, |index| index + 1);
        let at = last_inserted
            .get(&after)
            .map_or(start, |last| (*last + 1).max(start));
        merged.insert(at.min(merged.len()), (link, true));
        last_inserted.insert(after, at.min(merged.len() - 1));
    }
    (
        merged.into_iter().map(|(link, _)| link).collect(),
        conflicts,
    )
}

/// A link both sides kept: each field three ways, ours where both changed it (and confirmed
/// when either confirmed it).
fn merge_fields(
    base: &AlignmentLink,
    ours: &AlignmentLink,
    theirs: &AlignmentLink,
    counts: &mut Counts,
) -> AlignmentLink {
    if ours == theirs || theirs == base {
        if ours != base {
            counts.ours += 1;
        }
        return ours.clone();
    }
    if ours == base {
        counts.theirs += 1;
        return theirs.clone();
    }
    counts.ours += 1;
    counts.theirs += 1;
    // A new capture that changed the link's source paragraph outweighs a confirmation of
    // the old text on the other side.
    let recaptured = [ours, theirs].into_iter().find(|side| {
        side.reason != base.reason && side.reason.contains(crate::model::SOURCE_CHANGED_REASON)
    });
    if let Some(side) = recaptured {
        return AlignmentLink {
            state: LinkState::Proposed,
            ..side.clone()
        };
    }
    AlignmentLink {
        source: ours.source.clone(),
        target: ours.target.clone(),
        confidence_permille: *three_way(
            &base.confidence_permille,
            &ours.confidence_permille,
            &theirs.confidence_permille,
        )
        .unwrap_or(&ours.confidence_permille),
        reason: three_way(&base.reason, &ours.reason, &theirs.reason)
            .unwrap_or(&ours.reason)
            .clone(),
        state: *three_way(&base.state, &ours.state, &theirs.state).unwrap_or(&ours.state),
        moved: *three_way(&base.moved, &ours.moved, &theirs.moved).unwrap_or(&ours.moved),
    }
}

trait Confirmed {
    fn max_with(self, other: Self) -> Self;
}

impl Confirmed for LinkState {
    fn max_with(self, other: Self) -> Self {
        if self == LinkState::Confirmed || other == LinkState::Confirmed {
            LinkState::Confirmed
        } else {
            LinkState::Proposed
        }
    }
}
