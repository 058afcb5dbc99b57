//! Paragraph ids given out on both sides of a merge. Both sides number new paragraphs (a split,
//! an imported translation, a new capture) from the same counter, so the same id can name two
//! different paragraphs; their new ids are moved past ours before anything is compared.

use std::collections::BTreeMap;

use crate::model::{FindingPlace, IgnoredFinding, ParagraphId, Project};

/// `theirs` with the ids it gave out since `base` moved past the ones `ours` gave out, or
/// unchanged when only one side gave out ids. Returns the project and how many ids moved.
pub(super) fn renumbered(base: &Project, ours: &Project, theirs: &Project) -> (Project, usize) {
    let first_new = base.next_paragraph_id;
    if ours.next_paragraph_id <= first_new || theirs.next_paragraph_id <= first_new {
        return (theirs.clone(), 0);
    }
    let shift = ours.next_paragraph_id - first_new;
    let map = |id: ParagraphId| {
        if id.0 >= first_new {
            ParagraphId(id.0.saturating_add(shift))
        } else {
            id
        }
    };
    let mut project = theirs.clone();
    let mut moved = 0;
    for paragraph in &mut project.source.paragraphs {
        if paragraph.paragraph_id.0 >= first_new {
            moved += 1;
        }
        paragraph.paragraph_id = map(paragraph.paragraph_id);
    }
    for per_paragraph in project.translations.values_mut() {
        *per_paragraph = remap_keys(std::mem::take(per_paragraph), map);
    }
    for aligned in project.aligned.values_mut() {
        for paragraph in &mut aligned.paragraphs {
            if paragraph.paragraph_id.0 >= first_new {
                moved += 1;
            }
            paragraph.paragraph_id = map(paragraph.paragraph_id);
        }
        for link in &mut aligned.links {
            for id in link.source.iter_mut().chain(link.target.iter_mut()) {
                *id = map(*id);
            }
        }
    }
    for capture in &mut project.captures {
        for paragraph in &mut capture.paragraphs {
            paragraph.paragraph_id = map(paragraph.paragraph_id);
        }
        for per_paragraph in capture.retired.values_mut() {
            *per_paragraph = remap_keys(std::mem::take(per_paragraph), map);
        }
    }
    project.qa.ignored = std::mem::take(&mut project.qa.ignored)
        .into_iter()
        .map(|ignored| IgnoredFinding {
            place: match ignored.place {
                FindingPlace::Paragraph(id) => FindingPlace::Paragraph(map(id)),
                FindingPlace::Link { source, target } => FindingPlace::Link {
                    source: source.into_iter().map(map).collect(),
                    target: target.into_iter().map(map).collect(),
                },
            },
            ..ignored
        })
        .collect();
    project.next_paragraph_id = project.next_paragraph_id.saturating_add(shift);
    (project, moved)
}

fn remap_keys<T>(
    map: BTreeMap<ParagraphId, T>,
    rename: impl Fn(ParagraphId) -> ParagraphId,
) -> BTreeMap<ParagraphId, T> {
    map.into_iter()
        .map(|(id, value)| (rename(id), value))
        .collect()
}
