//! Merging translations, one (language, paragraph) at a time and field by field. The status
//! goes with the text: when both sides kept the same text, the later stage wins (a review on
//! one side and a confirmation on the other both count); when one side changed the text, its
//! status comes with it (a review of the old text does not cover the new one). Texts or notes
//! changed differently on both sides become a conflict holding base, ours and theirs.
//!
//! A translation whose paragraph a new capture removed lives in the capture history; it is
//! looked up there on the side that made the capture and put back there after merging.

use std::collections::BTreeSet;

use super::{Counts, MergeRefusal, three_way};
use crate::model::{
    LanguageTag, ParagraphId, Project, Translation, TranslationConflict, TranslationVersion,
};

/// Merges every translation of the three versions into `project` (whose source, captures and
/// targets are merged already).
pub(super) fn merge_translations(
    sides: [&Project; 3],
    project: &mut Project,
    counts: &mut Counts,
    conflicts: &mut Vec<String>,
) -> Result<(), MergeRefusal> {
    let keys: BTreeSet<(LanguageTag, ParagraphId)> = sides
        .iter()
        .flat_map(|side| {
            side.translations
                .iter()
                .flat_map(|(language, per_paragraph)| {
                    per_paragraph
                        .keys()
                        .map(move |paragraph_id| (language.clone(), *paragraph_id))
                })
        })
        .filter(|(language, _)| project.targets.contains(language))
        .collect();
    for (language, paragraph_id) in keys {
        let [base, ours, theirs] = sides.map(|side| lookup(side, &language, paragraph_id));
        let mut merged = merge_one(&base, &ours, &theirs, counts);
        mark_stale_after_recapture(sides, paragraph_id, [&base, &ours, &theirs], &mut merged);
        if let Some(side) = status_left_behind(&base, &ours, &theirs) {
            counts.notes.push(format!(
                "{language} ¶{}: {side}' status change was for the text the other side \
                 rewrote; the status follows the new text",
                paragraph_id.0
            ));
        }
        if merged.conflict.is_some() && merged.conflict != ours.conflict {
            conflicts.push(format!("{language} translation of ¶{}", paragraph_id.0));
        }
        place(project, &language, paragraph_id, merged, &base)?;
    }
    Ok(())
}

/// A side's translation of a paragraph: in its translations, or (for a paragraph its capture
/// history holds and its source no longer has) kept with the latest capture that had it.
fn lookup(side: &Project, language: &LanguageTag, paragraph_id: ParagraphId) -> Translation {
    if side.paragraph_index(paragraph_id).is_some() {
        return side.translation(paragraph_id, language).clone();
    }
    side.captures
        .iter()
        .rev()
        .find(|capture| {
            capture
                .paragraphs
                .iter()
                .any(|paragraph| paragraph.paragraph_id == paragraph_id)
        })
        .and_then(|capture| capture.retired.get(language)?.get(&paragraph_id))
        .cloned()
        .unwrap_or_default()
}

/// Puts a merged translation where its paragraph is: the source, or the capture history.
fn place(
    project: &mut Project,
    language: &LanguageTag,
    paragraph_id: ParagraphId,
    merged: Translation,
    base: &Translation,
) -> Result<(), MergeRefusal> {
    if project.paragraph_index(paragraph_id).is_some() {
        project.replace_translation(paragraph_id, language, merged);
        return Ok(());
    }
    let capture = project.captures.iter_mut().rev().find(|capture| {
        capture
            .paragraphs
            .iter()
            .any(|paragraph| paragraph.paragraph_id == paragraph_id)
    });
    match capture {
        Some(capture) => {
            let per_paragraph = capture.retired.entry(language.clone()).or_default();
            if merged.is_empty() {
                per_paragraph.remove(&paragraph_id);
            } else {
                per_paragraph.insert(paragraph_id, merged);
            }
            if per_paragraph.is_empty() {
                capture.retired.remove(language);
            }
            Ok(())
        }
        None if merged.is_empty() || merged == *base => Ok(()),
        None => Err(MergeRefusal::SourceChanged {
            what: format!(
                "the {language} translation of ¶{} was changed, but the merged article no \
                 longer has that paragraph anywhere",
                paragraph_id.0
            ),
        }),
    }
}

fn version(translation: &Translation) -> TranslationVersion {
    TranslationVersion {
        text: translation.text.clone(),
        status: translation.status,
        note: translation.note.clone(),
    }
}

/// A translation one side made while the other side's new capture changed its paragraph
/// follows the earlier text: it is marked stale with that text, as a recapture of the
/// translated version would have marked it.
fn mark_stale_after_recapture(
    [base_side, ours_side, theirs_side]: [&Project; 3],
    paragraph_id: ParagraphId,
    [base, ours, theirs]: [&Translation; 3],
    merged: &mut Translation,
) {
    if merged.stale_source.is_some() || merged.text.trim().is_empty() {
        return;
    }
    let text = |side: &Project| {
        side.paragraph(paragraph_id)
            .map(|paragraph| paragraph.text.clone())
    };
    let (before, mine, yours) = (text(base_side), text(ours_side), text(theirs_side));
    let Some(before) = before else {
        return;
    };
    let ours_recaptured = mine.as_ref() != Some(&before) && yours.as_ref() == Some(&before);
    let theirs_recaptured = yours.as_ref() != Some(&before) && mine.as_ref() == Some(&before);
    let from_theirs = merged.text == theirs.text && theirs.text != base.text;
    let from_ours = merged.text == ours.text && ours.text != base.text;
    if (ours_recaptured && from_theirs) || (theirs_recaptured && from_ours) {
        merged.stale_source = Some(before);
    }
}

/// Which side's status change gives way because the other side rewrote the text ("ours" or
/// "theirs"), if one does.
fn status_left_behind(
    base: &Translation,
    ours: &Translation,
    theirs: &Translation,
) -> Option<&'static str> {
    let ours_rewrote = ours.text != base.text;
    let theirs_rewrote = theirs.text != base.text;
    if ours_rewrote
        && !theirs_rewrote
        && theirs.status != base.status
        && theirs.status != ours.status
    {
        Some("theirs")
    } else if theirs_rewrote
        && !ours_rewrote
        && ours.status != base.status
        && ours.status != theirs.status
    {
        Some("ours")
    } else {
        None
    }
}

/// One translation, field by field (see the module's rules).
fn merge_one(
    base: &Translation,
    ours: &Translation,
    theirs: &Translation,
    counts: &mut Counts,
) -> Translation {
    match (ours != base, theirs != base) {
        (true, false) => counts.ours += 1,
        (false, true) => counts.theirs += 1,
        (true, true) => {
            counts.ours += 1;
            if ours != theirs {
                counts.theirs += 1;
            }
        }
        (false, false) => {}
    }
    let text = three_way(&base.text, &ours.text, &theirs.text);
    let note = three_way(&base.note, &ours.note, &theirs.note);
    let text_from_theirs = ours.text == base.text && theirs.text != base.text;
    let status = if ours.text == theirs.text {
        three_way(&base.status, &ours.status, &theirs.status)
            .copied()
            .unwrap_or(ours.status.max(theirs.status))
    } else if text.is_some() && text_from_theirs {
        theirs.status
    } else {
        ours.status
    };
    let stale_source = three_way(&base.stale_source, &ours.stale_source, &theirs.stale_source)
        .unwrap_or(if text_from_theirs {
            &theirs.stale_source
        } else {
            &ours.stale_source
        })
        .clone();
    let earlier_conflict = three_way(&base.conflict, &ours.conflict, &theirs.conflict)
        .unwrap_or(&ours.conflict)
        .clone();
    let conflict = if text.is_none() || note.is_none() {
        Some(Box::new(TranslationConflict {
            base: version(base),
            ours: version(ours),
            theirs: version(theirs),
        }))
    } else {
        earlier_conflict
    };
    Translation {
        text: text.unwrap_or(&ours.text).clone(),
        status,
        note: note.unwrap_or(&ours.note).clone(),
        stale_source,
        conflict,
    }
}
