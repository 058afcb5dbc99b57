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

fn aligned_fixture_project() -> Project {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let options = crate::io::ImportOptions::default();
    let mut project =
        crate::io::import_article_file(&root.join("en-tbilisi-metro.txt"), &options).unwrap();
    for (language, file) in [
        ("ru", "ru-tbilisi-metro.txt"),
        ("az", "az-tbilisi-metro.txt"),
    ] {
        let language = LanguageTag::parse(language).unwrap();
        crate::io::translation::import_translation(&project, &root.join(file), &language)
            .unwrap()
            .apply(&mut project)
            .unwrap();
    }
    project
}

#[test]
fn splitting_a_target_paragraph_keeps_its_text_and_its_link() {
    let mut project = aligned_fixture_project();
    let before = project.clone();
    let aligned = &project.aligned[&ru()];
    let merged = aligned
        .links
        .iter()
        .find(|link| link.source.len() == 2)
        .unwrap()
        .clone();
    let paragraph = aligned.paragraph(merged.target[0]).unwrap().clone();
    let at = paragraph.text.chars().count()
        - paragraph
            .text
            .split("Чиновники")
            .nth(1)
            .unwrap()
            .chars()
            .count()
        - "Чиновники".chars().count();
    let edit = split_paragraph(
        &project,
        &DocumentRef::Aligned(ru()),
        paragraph.paragraph_id,
        at,
    )
    .unwrap();
    let inverse = edit.apply(&mut project).unwrap();
    let aligned = &project.aligned[&ru()];
    let link = aligned
        .links
        .iter()
        .find(|link| link.source == merged.source)
        .unwrap();
    assert_eq!(link.target.len(), 2);
    let first = aligned.paragraph(link.target[0]).unwrap();
    let second = aligned.paragraph(link.target[1]).unwrap();
    assert!(first.text.ends_with("каждую неделю."), "{}", first.text);
    assert!(
        second.text.starts_with("Чиновники обещают"),
        "{}",
        second.text
    );
    for part in [first, second] {
        let slice = &aligned.original.text[part.byte_range.clone()];
        assert_eq!(
            slice.split_whitespace().collect::<Vec<_>>().join(" "),
            part.text
        );
    }
    // The project still saves and loads.
    let text = crate::io::to_ron_string(&project).unwrap();
    assert_eq!(
        crate::io::project_file::parse_project("s.ron", text.as_bytes()).unwrap(),
        project
    );
    inverse.apply(&mut project).unwrap();
    assert_eq!(project, before);
}

#[test]
fn splitting_a_source_paragraph_updates_every_language() {
    let mut project = aligned_fixture_project();
    let paragraph = project
        .paragraphs()
        .iter()
        .find(|paragraph| paragraph.text.starts_with("The decision was approved"))
        .unwrap()
        .clone();
    let at = paragraph.text.find("Mr. Kaladze").unwrap();
    let edit = split_paragraph(&project, &DocumentRef::Source, paragraph.paragraph_id, at).unwrap();
    edit.apply(&mut project).unwrap();
    let new_id = ParagraphId(project.next_paragraph_id - 1);
    assert_eq!(
        project.paragraph(new_id).unwrap().text,
        "Mr. Kaladze said the fare had not changed since 2006."
    );
    for language in ["ru", "az"] {
        let aligned = &project.aligned[&LanguageTag::parse(language).unwrap()];
        let link = aligned
            .links
            .iter()
            .find(|link| link.source.contains(&new_id))
            .unwrap();
        assert_eq!(
            link.source,
            vec![paragraph.paragraph_id, new_id],
            "{language}"
        );
    }
    // Nothing to split at the very start or end.
    assert!(split_paragraph(&project, &DocumentRef::Source, paragraph.paragraph_id, 0).is_none());
}
