use super::*;
use crate::model::{AlignedTranslation, Original, Project, TextEncoding, test_project};

fn ids(values: &[u32]) -> Vec<ParagraphId> {
    values.iter().copied().map(ParagraphId).collect()
}

fn link(source: &[u32], target: &[u32]) -> AlignmentLink {
    AlignmentLink {
        source: ids(source),
        target: ids(target),
        confidence_permille: 700,
        reason: "length ratio 1.0".into(),
        state: LinkState::Proposed,
        moved: false,
    }
}

fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

fn project_with(links: Vec<AlignmentLink>) -> Project {
    let mut project = test_project();
    project.aligned.insert(
        ru(),
        AlignedTranslation {
            original: Original::new("ru.txt".into(), TextEncoding::Utf8, "x".into()),
            paragraphs: Vec::new(),
            links,
        },
    );
    project
}

fn shape(project: &Project) -> Vec<(Vec<u32>, Vec<u32>)> {
    project.aligned[&ru()]
        .links
        .iter()
        .map(|link| {
            (
                link.source.iter().map(|id| id.0).collect(),
                link.target.iter().map(|id| id.0).collect(),
            )
        })
        .collect()
}

/// Applies the edit, checks the shape, and checks that its inverse restores the project.
fn check(links: Vec<AlignmentLink>, edit: Option<Edit>, expected: &[(&[u32], &[u32])]) {
    let mut project = project_with(links);
    let before = project.clone();
    let inverse = edit
        .expect("the operation applies")
        .apply(&mut project)
        .unwrap();
    let expected: Vec<(Vec<u32>, Vec<u32>)> = expected
        .iter()
        .map(|(source, target)| (source.to_vec(), target.to_vec()))
        .collect();
    assert_eq!(shape(&project), expected);
    inverse.apply(&mut project).unwrap();
    assert_eq!(project, before);
}

fn sample() -> Vec<AlignmentLink> {
    vec![
        link(&[0], &[10]),
        link(&[1], &[11]),
        link(&[2], &[12]),
        link(&[3], &[]),
    ]
}

#[test]
fn confirm_marks_only_that_link() {
    let links = sample();
    let mut project = project_with(links.clone());
    confirm(&links, &ru(), 1)
        .unwrap()
        .apply(&mut project)
        .unwrap();
    let states: Vec<LinkState> = project.aligned[&ru()]
        .links
        .iter()
        .map(|link| link.state)
        .collect();
    assert_eq!(
        states,
        vec![
            LinkState::Proposed,
            LinkState::Confirmed,
            LinkState::Proposed,
            LinkState::Proposed
        ]
    );
    assert!(confirm(&project.aligned[&ru()].links, &ru(), 1).is_none());
}

#[test]
fn unlink_gives_every_paragraph_its_own_link() {
    let links = vec![link(&[0, 1], &[10]), link(&[2], &[11])];
    check(
        links.clone(),
        unlink(&links, &ru(), 0),
        &[(&[0], &[]), (&[1], &[]), (&[], &[10]), (&[2], &[11])],
    );
    assert!(unlink(&[link(&[3], &[])], &ru(), 0).is_none());
}

#[test]
fn merge_with_next_per_side() {
    let links = sample();
    check(
        links.clone(),
        merge_with_next(&links, &ru(), 0, Side::Source),
        &[(&[0, 1], &[10]), (&[], &[11]), (&[2], &[12]), (&[3], &[])],
    );
    check(
        links.clone(),
        merge_with_next(&links, &ru(), 1, Side::Target),
        &[(&[0], &[10]), (&[1], &[11, 12]), (&[2], &[]), (&[3], &[])],
    );
    // Nothing to take from an empty side; nothing after the last link.
    assert!(merge_with_next(&links, &ru(), 2, Side::Target).is_none());
    assert!(merge_with_next(&links, &ru(), 3, Side::Source).is_none());
}

#[test]
fn swap_and_shifts_keep_every_paragraph() {
    let links = sample();
    check(
        links.clone(),
        swap_with_next(&links, &ru(), 0),
        &[(&[0], &[11]), (&[1], &[10]), (&[2], &[12]), (&[3], &[])],
    );
    check(
        links.clone(),
        shift_target_down(&links, &ru(), 1),
        &[(&[0], &[10]), (&[1], &[]), (&[2], &[11]), (&[3], &[12])],
    );
    check(
        links.clone(),
        shift_target_up(&links, &ru(), 1),
        &[(&[0], &[10, 11]), (&[1], &[12]), (&[2], &[]), (&[3], &[])],
    );
    check(
        links.clone(),
        insert_empty_cell(&links, &ru(), 2),
        &[
            (&[0], &[10]),
            (&[1], &[11]),
            (&[2], &[]),
            (&[], &[12]),
            (&[3], &[]),
        ],
    );
    assert!(shift_target_up(&links, &ru(), 0).is_none());
}
