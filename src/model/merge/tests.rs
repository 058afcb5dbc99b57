use proptest::prelude::*;

use super::*;
use crate::model::{
    AlignmentLink, Edit, LinkState, ParagraphId, TranslationStatus, link_ops, test_project,
};

fn ru() -> LanguageTag {
    LanguageTag::parse("ru").unwrap()
}

fn az() -> LanguageTag {
    LanguageTag::parse("az").unwrap()
}

fn text(id: u32, language: &LanguageTag, text: &str) -> Edit {
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(id),
        language: language.clone(),
        text: text.into(),
    }
}

fn status(id: u32, language: &LanguageTag, status: TranslationStatus) -> Edit {
    Edit::SetTranslationStatus {
        paragraph_id: ParagraphId(id),
        language: language.clone(),
        status,
    }
}

fn note(id: u32, language: &LanguageTag, note: &str) -> Edit {
    Edit::SetTranslationNote {
        paragraph_id: ParagraphId(id),
        language: language.clone(),
        note: note.into(),
    }
}

fn with(project: &Project, edits: Vec<Edit>) -> Project {
    let mut project = project.clone();
    for edit in edits {
        edit.apply(&mut project).unwrap();
    }
    project
}

fn merged(base: &Project, ours: &Project, theirs: &Project) -> MergeOutcome {
    merge_projects(base, ours, theirs).unwrap()
}

#[test]
fn edits_to_neighbouring_rows_and_languages_both_arrive() {
    let base = with(&test_project(), vec![text(0, &ru(), "Заголовок")]);
    let ours = with(
        &base,
        vec![text(1, &ru(), "Пришла полиция."), text(0, &az(), "Başlıq")],
    );
    let theirs = with(
        &base,
        vec![
            text(0, &ru(), "Заголовок здесь"),
            text(1, &az(), "Polis gəldi."),
        ],
    );
    let outcome = merged(&base, &ours, &theirs);
    let project = &outcome.project;
    assert_eq!(
        project.translation(ParagraphId(0), &ru()).text,
        "Заголовок здесь"
    );
    assert_eq!(
        project.translation(ParagraphId(1), &ru()).text,
        "Пришла полиция."
    );
    assert_eq!(project.translation(ParagraphId(0), &az()).text, "Başlıq");
    assert_eq!(
        project.translation(ParagraphId(1), &az()).text,
        "Polis gəldi."
    );
    assert!(outcome.report.conflicts.is_empty());
    assert_eq!(
        (outcome.report.from_ours, outcome.report.from_theirs),
        (2, 2)
    );
    assert_eq!(project.conflict_count(), 0);
}

#[test]
fn the_same_text_changed_two_ways_keeps_base_ours_and_theirs() {
    let base = with(&test_project(), vec![text(1, &ru(), "Пришла полиция.")]);
    let ours = with(
        &base,
        vec![
            text(1, &ru(), "Приехала полиция."),
            note(1, &ru(), "проверить"),
        ],
    );
    let theirs = with(
        &base,
        vec![
            text(1, &ru(), "Прибыла полиция."),
            status(1, &ru(), TranslationStatus::Translated),
        ],
    );
    let outcome = merged(&base, &ours, &theirs);
    let translation = outcome.project.translation(ParagraphId(1), &ru());
    assert_eq!(translation.text, "Приехала полиция.");
    assert_eq!(translation.note, "проверить", "the note merged cleanly");
    let conflict = translation.conflict.as_deref().unwrap();
    assert_eq!(conflict.base.text, "Пришла полиция.");
    assert_eq!(conflict.ours.text, "Приехала полиция.");
    assert_eq!(conflict.theirs.text, "Прибыла полиция.");
    assert_eq!(conflict.theirs.status, TranslationStatus::Translated);
    assert!(conflict.text_conflicts() && !conflict.note_conflicts());
    assert_eq!(outcome.report.conflicts, ["ru translation of ¶1"]);
    // The same change on both sides is no conflict.
    let again = merged(&base, &ours, &ours);
    assert_eq!(again.project, ours);
    assert!(again.report.conflicts.is_empty());
}

#[test]
fn a_status_moves_to_the_later_stage_only_over_the_same_text() {
    let base = with(
        &test_project(),
        vec![
            text(1, &ru(), "Пришла полиция."),
            status(1, &ru(), TranslationStatus::Draft),
        ],
    );
    let reviewed = with(&base, vec![status(1, &ru(), TranslationStatus::Reviewed)]);
    let translated = with(&base, vec![status(1, &ru(), TranslationStatus::Translated)]);
    let outcome = merged(&base, &translated, &reviewed);
    assert_eq!(
        outcome.project.translation(ParagraphId(1), &ru()).status,
        TranslationStatus::Reviewed
    );
    // Theirs reviewed the old text while ours rewrote it: the review does not cover it.
    let rewritten = with(&base, vec![text(1, &ru(), "Приехала полиция.")]);
    let outcome = merged(&base, &rewritten, &reviewed);
    let translation = outcome.project.translation(ParagraphId(1), &ru());
    assert_eq!(translation.text, "Приехала полиция.");
    assert_eq!(translation.status, TranslationStatus::Draft);
    assert!(translation.conflict.is_none());
    assert_eq!(
        outcome.report.notes,
        [
            "ru ¶1: theirs' status change was for the text the other side rewrote; the status follows the new text"
        ]
    );
    let outcome = merged(&base, &reviewed, &rewritten);
    assert_eq!(
        outcome.project.translation(ParagraphId(1), &ru()).status,
        TranslationStatus::Draft
    );
}

#[test]
fn metadata_merges_per_field_and_tags_as_a_set() {
    let field = |field, value: &str| Edit::SetMetadata {
        field,
        value: value.into(),
    };
    let base = with(
        &test_project(),
        vec![field(MetadataField::Tags, "metro, Tbilisi")],
    );
    let ours = with(
        &base,
        vec![
            field(MetadataField::Author, "Nino"),
            field(MetadataField::Tags, "metro, Tbilisi, fares"),
            field(MetadataField::Title, "Ours"),
        ],
    );
    let theirs = with(
        &base,
        vec![
            field(MetadataField::Outlet, "JAMnews"),
            field(MetadataField::Tags, "Tbilisi, transport"),
            field(MetadataField::Title, "Theirs"),
        ],
    );
    let outcome = merged(&base, &ours, &theirs);
    let metadata = &outcome.project.metadata;
    assert_eq!(
        (metadata.author.as_str(), metadata.outlet.as_str()),
        ("Nino", "JAMnews")
    );
    assert_eq!(metadata.tags, "Tbilisi, fares, transport");
    // Tags are told apart without case: the same tag in two spellings is one tag.
    assert_eq!(
        merge_tags("metro", "metro, Georgia", "georgia, Metro"),
        "metro, Georgia"
    );
    assert_eq!(metadata.title, "Ours");
    let conflict = &outcome.project.metadata_conflicts[&MetadataField::Title];
    assert_eq!(
        (conflict.base.as_str(), conflict.theirs.as_str()),
        ("Headline here", "Theirs")
    );
    assert_eq!(outcome.report.conflicts, ["metadata: Title"]);
}

#[test]
fn qa_choices_and_targets_merge_as_sets() {
    let de = LanguageTag::parse("de").unwrap();
    let mut ours = test_project();
    ours.qa.disabled_checks.insert("spelling".into());
    let theirs = with(
        &test_project(),
        vec![
            Edit::AddTarget {
                language: de.clone(),
                position: 2,
                translations: BTreeMap::new(),
                aligned: None,
            },
            Edit::RemoveTarget { language: az() },
        ],
    );
    let outcome = merged(&test_project(), &ours, &theirs);
    assert_eq!(outcome.project.targets, [ru(), de.clone()]);
    assert!(outcome.project.qa.disabled_checks.contains("spelling"));
    // A language removed on one side stays when the other translated in it.
    let translated = with(&test_project(), vec![text(1, &az(), "Polis gəldi.")]);
    let outcome = merged(&test_project(), &translated, &theirs);
    assert_eq!(outcome.project.targets, [ru(), az(), de]);
    assert_eq!(
        outcome.project.translation(ParagraphId(1), &az()).text,
        "Polis gəldi."
    );
    assert_eq!(outcome.report.notes.len(), 1);
}

#[test]
fn both_sides_changing_the_source_differently_is_refused() {
    let kind = |kind| Edit::SetKind {
        paragraph_id: ParagraphId(2),
        kind,
    };
    let ours = with(
        &test_project(),
        vec![kind(crate::model::ParagraphKind::Body)],
    );
    let theirs = with(
        &test_project(),
        vec![kind(crate::model::ParagraphKind::Junk)],
    );
    assert!(matches!(
        merge_projects(&test_project(), &ours, &theirs),
        Err(MergeRefusal::SourceChanged { .. })
    ));
    // Different paragraphs' kinds merge.
    let other = with(
        &test_project(),
        vec![Edit::SetKind {
            paragraph_id: ParagraphId(0),
            kind: crate::model::ParagraphKind::Lead,
        }],
    );
    let outcome = merged(&test_project(), &ours, &other);
    let kinds: Vec<_> = outcome
        .project
        .paragraphs()
        .iter()
        .map(|paragraph| paragraph.kind)
        .collect();
    assert_eq!(
        kinds,
        [
            crate::model::ParagraphKind::Lead,
            crate::model::ParagraphKind::Body,
            crate::model::ParagraphKind::Body
        ]
    );
}

fn imported(project: &Project, language: &str, file: &str) -> Project {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut project = project.clone();
    crate::io::translation::import_translation(
        &project,
        &root.join(file),
        &LanguageTag::parse(language).unwrap(),
    )
    .unwrap()
    .apply(&mut project)
    .unwrap();
    project
}

fn english_article() -> Project {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    crate::io::import_article_file(
        &root.join("en-tbilisi-metro.txt"),
        &crate::io::ImportOptions::default(),
    )
    .unwrap()
}

#[test]
fn paragraph_ids_given_out_on_both_sides_do_not_collide() {
    let base = english_article();
    let ours = imported(&base, "ru", "ru-tbilisi-metro.txt");
    let theirs = imported(&base, "az", "az-tbilisi-metro.txt");
    let outcome = merged(&base, &ours, &theirs);
    let project = &outcome.project;
    assert!(outcome.report.renumbered > 0);
    assert_eq!(project.aligned[&ru()], ours.aligned[&ru()]);
    let their_az = &theirs.aligned[&az()];
    let our_az = &project.aligned[&az()];
    assert_eq!(our_az.paragraphs.len(), their_az.paragraphs.len());
    assert_eq!(our_az.paragraphs[0].text, their_az.paragraphs[0].text);
    let mut every_id: Vec<u32> = project
        .aligned
        .values()
        .flat_map(|aligned| {
            aligned
                .paragraphs
                .iter()
                .map(|paragraph| paragraph.paragraph_id.0)
        })
        .chain(
            project
                .paragraphs()
                .iter()
                .map(|paragraph| paragraph.paragraph_id.0),
        )
        .collect();
    let count = every_id.len();
    every_id.sort_unstable();
    every_id.dedup();
    assert_eq!(
        every_id.len(),
        count,
        "every paragraph keeps an id of its own"
    );
    assert!(every_id.iter().all(|id| *id < project.next_paragraph_id));
    let text = crate::io::to_ron_string(project).unwrap();
    assert_eq!(
        crate::io::project_file::parse_project("merged", text.as_bytes()).unwrap(),
        *project
    );
}

#[test]
fn links_confirmed_on_one_side_and_relinked_on_the_other_merge() {
    let base = imported(&english_article(), "ru", "ru-tbilisi-metro.txt");
    let links = &base.aligned[&ru()].links;
    let first = links.iter().position(AlignmentLink::is_one_to_one).unwrap();
    let later = links
        .iter()
        .rposition(|link| link.is_one_to_one() && link.state == LinkState::Proposed)
        .unwrap();
    assert!(later > first + 1);
    let confirm = link_ops::confirm(&base.aligned[&ru()].links, &ru(), later).unwrap();
    let ours = with(&base, vec![confirm]);
    let unlink = link_ops::unlink(&base.aligned[&ru()].links, &ru(), first).unwrap();
    let theirs = with(&base, vec![unlink]);
    let outcome = merged(&base, &ours, &theirs);
    assert!(outcome.report.conflicts.is_empty());
    let merged_links = &outcome.project.aligned[&ru()].links;
    assert_eq!(merged_links.len(), theirs.aligned[&ru()].links.len());
    let confirmed = &ours.aligned[&ru()].links[later];
    assert!(merged_links.iter().any(|link| link == confirmed));
    let unlinked: Vec<_> = theirs.aligned[&ru()]
        .links
        .iter()
        .filter(|link| link.source.is_empty() || link.target.is_empty())
        .collect();
    assert!(unlinked.iter().all(|link| merged_links.contains(link)));
}

#[test]
fn links_relinked_both_ways_keep_ours_proposed_for_review() {
    let base = imported(&english_article(), "ru", "ru-tbilisi-metro.txt");
    let links = &base.aligned[&ru()].links;
    let index = links
        .iter()
        .position(|link| link.is_one_to_one() && link.state == LinkState::Proposed)
        .unwrap();
    let ours = with(
        &base,
        vec![link_ops::merge_with_next(links, &ru(), index, link_ops::Side::Source).unwrap()],
    );
    let theirs = with(&base, vec![link_ops::unlink(links, &ru(), index).unwrap()]);
    let outcome = merged(&base, &ours, &theirs);
    assert!(outcome.report.conflicts.is_empty());
    // Theirs unlinked the pair into two lonely paragraphs; each clashes with ours' merge.
    assert_eq!(outcome.report.notes.len(), 2, "{:?}", outcome.report.notes);
    assert!(outcome.report.notes.iter().all(|note| note.starts_with("to review in the ru alignment: ours and theirs linked ¶")));
    let merged_links = &outcome.project.aligned[&ru()].links;
    let kept = merged_links
        .iter()
        .find(|link| link.reason.contains("merge conflict: theirs linked"))
        .unwrap();
    assert_eq!(kept.state, LinkState::Proposed);
    // Still a partition: no paragraph in two links, and the file loads.
    let text = crate::io::to_ron_string(&outcome.project).unwrap();
    assert!(crate::io::project_file::parse_project("merged", text.as_bytes()).is_ok());
}

fn translation_edit() -> impl Strategy<Value = Edit> {
    let language =
        prop_oneof![Just("ru"), Just("az")].prop_map(|tag| LanguageTag::parse(tag).unwrap());
    let words = prop_oneof![Just(String::new()), "[a-zəığşа-я ]{1,10}"];
    prop_oneof![
        (0u32..3, language.clone(), words.clone())
            .prop_map(|(id, language, value)| text(id, &language, &value)),
        (
            0u32..3,
            language.clone(),
            prop::sample::select(TranslationStatus::ALL.to_vec())
        )
            .prop_map(|(id, language, value)| status(id, &language, value)),
        (0u32..3, language, words.clone())
            .prop_map(|(id, language, value)| note(id, &language, &value)),
        (prop::sample::select(MetadataField::ALL.to_vec()), words)
            .prop_map(|(field, value)| Edit::SetMetadata { field, value }),
    ]
}

proptest! {
    /// A change made on one side only comes through whole, on either side, and the same change
    /// made on both sides merges to itself.
    #[test]
    fn one_sided_changes_come_through_unchanged(
        before in prop::collection::vec(translation_edit(), 0..6),
        edits in prop::collection::vec(translation_edit(), 0..10),
    ) {
        let base = with(&test_project(), before);
        let changed = with(&base, edits);
        for (ours, theirs) in [(&changed, &base), (&base, &changed), (&changed, &changed)] {
            let outcome = merged(&base, ours, theirs);
            prop_assert_eq!(&outcome.project, &changed);
            prop_assert!(outcome.report.conflicts.is_empty());
        }
    }

    /// Changes to different rows never conflict and all arrive.
    #[test]
    fn changes_to_different_rows_all_arrive(
        ours_edits in prop::collection::vec((0u32..2, "[a-zа-я]{1,8}"), 1..5),
        theirs_edits in prop::collection::vec((2u32..3, "[a-zə]{1,8}"), 1..5),
    ) {
        let base = test_project();
        let ours = with(&base, ours_edits.iter().map(|(id, value)| text(*id, &ru(), value)).collect());
        let theirs = with(&base, theirs_edits.iter().map(|(id, value)| text(*id, &ru(), value)).collect());
        let outcome = merged(&base, &ours, &theirs);
        prop_assert!(outcome.report.conflicts.is_empty());
        for id in 0..2 {
            prop_assert_eq!(outcome.project.translation(ParagraphId(id), &ru()), ours.translation(ParagraphId(id), &ru()));
        }
        prop_assert_eq!(outcome.project.translation(ParagraphId(2), &ru()), theirs.translation(ParagraphId(2), &ru()));
    }
}

#[test]
fn a_paragraph_two_relinks_left_out_keeps_a_link_of_its_own() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let base = crate::io::load_project(&root.join("v3-tbilisi-metro-aligned.diptych.ron")).unwrap();
    let ids = |values: &[u32]| values.iter().copied().map(ParagraphId).collect::<Vec<_>>();
    let relinked = |from: &Project, replace: Option<&[u32]>, link: (&[u32], &[u32])| {
        let mut project = from.clone();
        let links = &mut project.aligned.get_mut(&ru()).unwrap().links;
        if let Some(source) = replace {
            links.retain(|kept| kept.source != ids(source));
        }
        links.push(crate::model::AlignmentLink::manual(
            ids(link.0),
            ids(link.1),
            "by hand",
        ));
        project
    };
    // Ours links the teaser ¶6 with the unlinked ¶22; theirs links ¶10 (alone) with ¶22.
    let ours = relinked(&base, None, (&[6], &[22]));
    let theirs = relinked(&base, Some(&[10]), (&[10], &[22]));
    let outcome = merged(&base, &ours, &theirs);
    let links = &outcome.project.aligned[&ru()].links;
    let ten: Vec<_> = links
        .iter()
        .filter(|link| link.source.contains(&ParagraphId(10)))
        .collect();
    assert_eq!(ten.len(), 1, "{links:#?}");
    assert_eq!(ten[0].state, LinkState::Proposed);
    assert!(
        outcome
            .report
            .notes
            .iter()
            .any(|note| note.contains("¶10 was left in no link")),
        "{:?}",
        outcome.report.notes
    );
    // Every paragraph linked in some version is in exactly one link.
    let mut seen = std::collections::HashSet::new();
    for id in links
        .iter()
        .flat_map(|link| link.source.iter().chain(&link.target))
    {
        assert!(seen.insert(*id), "¶{} twice", id.0);
    }
    let text = crate::io::to_ron_string(&outcome.project).unwrap();
    assert!(crate::io::project_file::parse_project("merged", text.as_bytes()).is_ok());
}
