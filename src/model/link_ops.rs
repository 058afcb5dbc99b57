//! Alignment review operations as pure functions: each looks at the links of one aligned
//! translation and returns the [`Edit`] that performs it (a `ReplaceLinks` of a small window),
//! or `None` when the operation does not apply. No text is ever dropped: every paragraph stays
//! in exactly one link. The aligner's proposals for a whole translation or a window of links
//! (`realign`) are made here too.

mod realign;

pub use realign::{align_paragraphs, realign_range};

use super::{AlignmentLink, DocumentRef, Edit, LanguageTag, LinkState, ParagraphId};

/// Which column an operation works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Source,
    Target,
}

fn side_of(link: &AlignmentLink, side: Side) -> &Vec<ParagraphId> {
    match side {
        Side::Source => &link.source,
        Side::Target => &link.target,
    }
}

fn side_of_mut(link: &mut AlignmentLink, side: Side) -> &mut Vec<ParagraphId> {
    match side {
        Side::Source => &mut link.source,
        Side::Target => &mut link.target,
    }
}

fn replace(
    language: &LanguageTag,
    start: usize,
    removed: usize,
    links: Vec<AlignmentLink>,
) -> Edit {
    Edit::ReplaceLinks {
        language: language.clone(),
        start,
        removed,
        links,
    }
}

/// A link edited by hand: confirmed, full confidence, with the reason saying what was done.
fn edited(mut link: AlignmentLink, reason: &str) -> AlignmentLink {
    link.confidence_permille = 1000;
    link.state = LinkState::Confirmed;
    reason.clone_into(&mut link.reason);
    link.moved = false;
    link
}

fn is_empty(link: &AlignmentLink) -> bool {
    link.source.is_empty() && link.target.is_empty()
}

/// Marks link `index` as confirmed.
pub fn confirm(links: &[AlignmentLink], language: &LanguageTag, index: usize) -> Option<Edit> {
    let link = links.get(index)?;
    if link.state == LinkState::Confirmed {
        return None;
    }
    let mut confirmed = link.clone();
    confirmed.state = LinkState::Confirmed;
    Some(replace(language, index, 1, vec![confirmed]))
}

/// Splits link `index` into one link per paragraph, each with no counterpart.
pub fn unlink(links: &[AlignmentLink], language: &LanguageTag, index: usize) -> Option<Edit> {
    let link = links.get(index)?;
    if link.source.len() + link.target.len() <= 1 {
        return None;
    }
    let mut parts: Vec<AlignmentLink> = link
        .source
        .iter()
        .map(|id| AlignmentLink::manual(vec![*id], Vec::new(), "unlinked"))
        .collect();
    parts.extend(
        link.target
            .iter()
            .map(|id| AlignmentLink::manual(Vec::new(), vec![*id], "unlinked")),
    );
    Some(replace(language, index, 1, parts))
}

/// Moves the `side` paragraphs of link `index + 1` into link `index`; the next link keeps its
/// other side (and disappears if nothing is left).
pub fn merge_with_next(
    links: &[AlignmentLink],
    language: &LanguageTag,
    index: usize,
    side: Side,
) -> Option<Edit> {
    let (current, next) = (links.get(index)?, links.get(index + 1)?);
    if side_of(next, side).is_empty() {
        return None;
    }
    let mut merged = current.clone();
    side_of_mut(&mut merged, side).extend(side_of(next, side).iter().copied());
    let mut rest = next.clone();
    side_of_mut(&mut rest, side).clear();
    let mut replacement = vec![edited(merged, "merged by hand")];
    if !is_empty(&rest) {
        replacement.push(edited(rest, "merged by hand"));
    }
    Some(replace(language, index, 2, replacement))
}

/// Swaps the target paragraphs of link `index` and link `index + 1`.
pub fn swap_with_next(
    links: &[AlignmentLink],
    language: &LanguageTag,
    index: usize,
) -> Option<Edit> {
    let (current, next) = (links.get(index)?, links.get(index + 1)?);
    if current.target == next.target {
        return None;
    }
    let mut first = current.clone();
    let mut second = next.clone();
    std::mem::swap(&mut first.target, &mut second.target);
    let mut replacement = vec![
        edited(first, "swapped by hand"),
        edited(second, "swapped by hand"),
    ];
    replacement.retain(|link| !is_empty(link));
    Some(replace(language, index, 2, replacement))
}

/// Shifts the target column down from link `index`: that link's target becomes empty and every
/// target below moves one link down; the last target gets a link of its own.
pub fn shift_target_down(
    links: &[AlignmentLink],
    language: &LanguageTag,
    index: usize,
) -> Option<Edit> {
    links.get(index)?;
    let window = &links[index..];
    let mut replacement: Vec<AlignmentLink> = window.to_vec();
    let mut carried: Vec<ParagraphId> = Vec::new();
    for link in &mut replacement {
        carried = std::mem::replace(&mut link.target, carried);
    }
    if !carried.is_empty() {
        replacement.push(AlignmentLink::manual(
            Vec::new(),
            carried,
            "shifted by hand",
        ));
    }
    let replacement = replacement
        .into_iter()
        .map(|link| edited(link, "shifted by hand"))
        .filter(|link| !is_empty(link))
        .collect();
    Some(replace(language, index, window.len(), replacement))
}

/// Shifts the target column up from link `index`: that link's target joins the link above,
/// every target below moves one link up, and the last link's target becomes empty.
pub fn shift_target_up(
    links: &[AlignmentLink],
    language: &LanguageTag,
    index: usize,
) -> Option<Edit> {
    if index == 0 || index >= links.len() {
        return None;
    }
    let window = &links[index - 1..];
    let mut replacement: Vec<AlignmentLink> = window.to_vec();
    let first_target = std::mem::take(&mut replacement[1].target);
    replacement[0].target.extend(first_target);
    for position in 1..replacement.len() {
        let next = replacement
            .get_mut(position + 1)
            .map(|link| std::mem::take(&mut link.target))
            .unwrap_or_default();
        replacement[position].target = next;
    }
    let replacement = replacement
        .into_iter()
        .map(|link| edited(link, "shifted by hand"))
        .filter(|link| !is_empty(link))
        .collect();
    Some(replace(language, index - 1, window.len(), replacement))
}

/// Inserts an empty target cell at link `index`: its target moves into a new link of its own
/// just below, leaving the rest of the column in place.
pub fn insert_empty_cell(
    links: &[AlignmentLink],
    language: &LanguageTag,
    index: usize,
) -> Option<Edit> {
    let link = links.get(index)?;
    if link.target.is_empty() || link.source.is_empty() {
        return None;
    }
    let mut emptied = link.clone();
    let moved_target = std::mem::take(&mut emptied.target);
    Some(replace(
        language,
        index,
        1,
        vec![
            edited(emptied, "empty cell inserted by hand"),
            AlignmentLink::manual(Vec::new(), moved_target, "empty cell inserted by hand"),
        ],
    ))
}

/// Splits paragraph `paragraph_id` of `document` before character `at` of its cleaned text.
/// The first part keeps the id (and its translations), the second gets a new id and joins
/// the first in every link that holds it. `None` when either part would be empty (or, in a
/// project that has used up its paragraph ids, always: check [`super::allocate_paragraph_ids`]).
pub fn split_paragraph(
    project: &super::Project,
    document: &DocumentRef,
    paragraph_id: ParagraphId,
    at: usize,
) -> Option<Edit> {
    let (paragraphs, original) = match document {
        DocumentRef::Source => (&project.source.paragraphs, &project.source.original.text),
        DocumentRef::Aligned(language) => {
            let aligned = project.aligned.get(language)?;
            (&aligned.paragraphs, &aligned.original.text)
        }
    };
    let index = paragraphs
        .iter()
        .position(|paragraph| paragraph.paragraph_id == paragraph_id)?;
    let paragraph = &paragraphs[index];
    let cut = paragraph
        .text
        .char_indices()
        .nth(at)
        .map(|(byte, _)| byte)?;
    let (first_text, second_text) = (
        paragraph.text[..cut].trim_end(),
        paragraph.text[cut..].trim_start(),
    );
    if first_text.is_empty() || second_text.is_empty() {
        return None;
    }
    // The cleaned text is the original with white space collapsed: find the same place in the
    // original by counting the characters that are not white space.
    let slice = original.get(paragraph.byte_range.clone())?;
    let kept = first_text.chars().filter(|c| !c.is_whitespace()).count();
    let mut seen = 0;
    let mut first_end = slice.len();
    for (byte, character) in slice.char_indices() {
        if !character.is_whitespace() {
            seen += 1;
            if seen == kept {
                first_end = byte + character.len_utf8();
                break;
            }
        }
    }
    let second_start = slice[first_end..]
        .char_indices()
        .find(|(_, character)| !character.is_whitespace())
        .map_or(slice.len(), |(byte, _)| first_end + byte);
    let base = paragraph.byte_range.start;
    let (new_id, next_paragraph_id) =
        super::allocate_paragraph_ids(project.next_paragraph_id, 1).ok()?;
    let new_id = ParagraphId(new_id);
    let first = super::Paragraph {
        text: first_text.to_owned(),
        byte_range: base..base + first_end,
        ..paragraph.clone()
    };
    let second = super::Paragraph {
        paragraph_id: new_id,
        kind: paragraph.kind,
        text: second_text.to_owned(),
        byte_range: base + second_start..paragraph.byte_range.end,
    };
    let mut edits = vec![Edit::ReplaceParagraphs {
        document: document.clone(),
        start: index,
        removed: 1,
        paragraphs: vec![first, second],
        next_paragraph_id,
    }];
    for (language, aligned) in &project.aligned {
        let side = match document {
            DocumentRef::Source => Side::Source,
            DocumentRef::Aligned(owner) if owner == language => Side::Target,
            DocumentRef::Aligned(_) => continue,
        };
        let Some((link_index, link)) = aligned
            .links
            .iter()
            .enumerate()
            .find(|(_, link)| side_of(link, side).contains(&paragraph_id))
        else {
            continue;
        };
        let mut updated = link.clone();
        let members = side_of_mut(&mut updated, side);
        let position = members
            .iter()
            .position(|id| *id == paragraph_id)
            .unwrap_or(members.len());
        members.insert(position + 1, new_id);
        edits.push(replace(
            language,
            link_index,
            1,
            vec![edited(updated, "paragraph split by hand")],
        ));
    }
    Some(Edit::Batch(edits))
}

#[cfg(test)]
mod tests;
