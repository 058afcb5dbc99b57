use proptest::prelude::*;

use super::*;
use crate::model::test_project;

fn language_strategy() -> impl Strategy<Value = LanguageTag> {
    prop_oneof![Just("ru"), Just("az"), Just("de"), Just("en")]
        .prop_map(|tag| LanguageTag::parse(tag).unwrap())
}

fn status_strategy() -> impl Strategy<Value = TranslationStatus> {
    prop::sample::select(TranslationStatus::ALL.to_vec())
}

fn leaf_edit_strategy() -> impl Strategy<Value = Edit> {
    let paragraph = (0u32..4).prop_map(ParagraphId);
    let text = prop_oneof![Just(String::new()), "[a-zəığşА-я ]{0,12}"];
    prop_oneof![
        (paragraph.clone(), language_strategy(), text.clone()).prop_map(
            |(paragraph_id, language, text)| Edit::SetTranslationText {
                paragraph_id,
                language,
                text
            }
        ),
        (paragraph.clone(), language_strategy(), status_strategy()).prop_map(
            |(paragraph_id, language, status)| Edit::SetTranslationStatus {
                paragraph_id,
                language,
                status
            }
        ),
        (paragraph.clone(), language_strategy(), text.clone()).prop_map(
            |(paragraph_id, language, note)| Edit::SetTranslationNote {
                paragraph_id,
                language,
                note
            }
        ),
        (paragraph, prop::sample::select(ParagraphKind::ALL.to_vec()))
            .prop_map(|(paragraph_id, kind)| Edit::SetKind { paragraph_id, kind }),
        (prop::sample::select(MetadataField::ALL.to_vec()), text)
            .prop_map(|(field, value)| Edit::SetMetadata { field, value }),
        (language_strategy(), 0usize..4).prop_map(|(language, position)| Edit::AddTarget {
            language,
            position,
            translations: BTreeMap::new(),
            aligned: None,
        }),
        language_strategy().prop_map(|language| Edit::RemoveTarget { language }),
    ]
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    leaf_edit_strategy().prop_recursive(2, 12, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(Edit::Batch)
    })
}

proptest! {
    #[test]
    fn applying_an_edit_then_its_inverse_restores_the_project(
        setup in prop::collection::vec(edit_strategy(), 0..6),
        edit in edit_strategy(),
    ) {
        let mut project = test_project();
        for step in setup {
            let _ = step.apply(&mut project);
        }
        let before = project.clone();
        if let Ok(inverse) = edit.clone().apply(&mut project) {
            let redo = inverse.apply(&mut project).unwrap();
            prop_assert_eq!(&project, &before);
            // The inverse of the inverse re-does the edit.
            let mut again = before.clone();
            edit.apply(&mut again).unwrap();
            redo.apply(&mut project).unwrap();
            prop_assert_eq!(project, again);
        } else {
            prop_assert_eq!(project, before);
        }
    }

    #[test]
    fn folded_edits_equal_applying_both(
        first in edit_strategy(),
        second in edit_strategy(),
    ) {
        let mut project = test_project();
        let mut stepwise = project.clone();
        let first_ok = first.clone().apply(&mut stepwise).is_ok();
        let second_ok = second.clone().apply(&mut stepwise).is_ok();
        if first_ok && second_ok && let Some(folded) = first.fold(second) {
            folded.apply(&mut project).unwrap();
            prop_assert_eq!(project, stepwise);
        }
    }
}

#[test]
fn edits_on_unknown_paragraphs_or_languages_fail_without_change() {
    let mut project = test_project();
    let before = project.clone();
    let bad = Edit::Batch(vec![
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: LanguageTag::parse("ru").unwrap(),
            text: "ok".into(),
        },
        Edit::SetTranslationText {
            paragraph_id: ParagraphId(1),
            language: LanguageTag::parse("de").unwrap(),
            text: "nein".into(),
        },
    ]);
    assert!(matches!(
        bad.apply(&mut project),
        Err(EditError::NotATarget(_))
    ));
    assert_eq!(project, before);
    let missing = Edit::SetKind {
        paragraph_id: ParagraphId(99),
        kind: ParagraphKind::Body,
    };
    assert_eq!(
        missing.apply(&mut project),
        Err(EditError::NoSuchParagraph(ParagraphId(99)))
    );
}

#[test]
fn removing_a_target_and_undoing_keeps_its_translations() {
    let mut project = test_project();
    let ru = LanguageTag::parse("ru").unwrap();
    Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: ru.clone(),
        text: "Пришла полиция.".into(),
    }
    .apply(&mut project)
    .unwrap();
    let before = project.clone();
    let inverse = Edit::RemoveTarget {
        language: ru.clone(),
    }
    .apply(&mut project)
    .unwrap();
    assert!(!project.targets.contains(&ru));
    assert_eq!(project.translation(ParagraphId(1), &ru).text, "");
    inverse.apply(&mut project).unwrap();
    assert_eq!(project, before);
}

#[test]
fn the_source_revision_moves_with_every_change_to_source_paragraphs_and_only_then() {
    let mut project = test_project();
    let start = project.source_revision();
    let ru = LanguageTag::parse("ru").unwrap();
    let inverse = Edit::SetTranslationText {
        paragraph_id: ParagraphId(1),
        language: ru,
        text: "Пришла полиция.".into(),
    }
    .apply(&mut project)
    .unwrap();
    inverse.apply(&mut project).unwrap();
    assert_eq!(
        project.source_revision(),
        start,
        "translations are not the source"
    );

    // Replacing one source paragraph by another keeps the list's place in memory and its
    // length (what the window once watched), yet changes the text: the revision moves.
    let mut changed = project.paragraphs()[1].clone();
    changed.text = "The police came back later that night.".into();
    let before = project.clone();
    let undo = Edit::ReplaceParagraphs {
        document: DocumentRef::Source,
        start: 1,
        removed: 1,
        paragraphs: vec![changed],
        next_paragraph_id: project.next_paragraph_id,
    }
    .apply(&mut project)
    .unwrap();
    let after_change = project.source_revision();
    assert_ne!(after_change, start);
    assert_eq!(project.paragraphs().len(), before.paragraphs().len());
    undo.apply(&mut project).unwrap();
    assert_ne!(
        project.source_revision(),
        after_change,
        "the undo changes it back"
    );
    // The counter is not content: the project equals what it was before.
    assert_eq!(project, before);
}
