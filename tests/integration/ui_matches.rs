//! The Matches panel in the window: the memory is built in the background from the library,
//! the selected row's matches are shown with their scores, Ctrl+1 inserts the best one as
//! one undo step.

use diptych::app::Command;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with_library, press, settle};

const EXAMPLE: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

#[test]
fn the_best_match_goes_in_with_ctrl_1_as_one_undo_step() {
    let library = tempfile::tempdir().unwrap();
    std::fs::write(library.path().join("metro.diptych.ron"), EXAMPLE).unwrap();
    // The same English article, freshly imported: nothing translated.
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    press(&mut harness, Modifiers::COMMAND, Key::M);
    settle(&mut harness);
    harness.get_by_label_contains("segment(s) from 1 project(s)");
    let project = &harness.state().document().project;
    let headline = project
        .translatable_paragraphs()
        .next()
        .unwrap()
        .paragraph_id;
    harness.state_mut().send(Command::SelectRow(headline));
    harness.run_steps(3);
    harness.get_by_label("100%");
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let text = |harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>| {
        harness
            .state()
            .document()
            .project
            .translation(headline, &ru)
            .text
            .clone()
    };
    assert!(text(&harness).is_empty());
    press(&mut harness, Modifiers::COMMAND, Key::Num1);
    assert_eq!(
        text(&harness),
        "Проезд в тбилисском метро подорожает вдвое с января"
    );
    let status = |harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>| {
        harness
            .state()
            .document()
            .project
            .translation(headline, &ru)
            .status
    };
    assert_eq!(status(&harness), diptych::model::TranslationStatus::Draft);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(text(&harness).is_empty());
    assert_eq!(status(&harness), diptych::model::TranslationStatus::New);
}

#[test]
fn the_concordance_finds_a_phrase_typed_in_either_language() {
    let library = tempfile::tempdir().unwrap();
    std::fs::write(library.path().join("metro.diptych.ron"), EXAMPLE).unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    press(&mut harness, Modifiers::COMMAND, Key::K);
    settle(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Concordance")
    );
    harness.get_by_label("Concordance search").click();
    harness.run_steps(1);
    harness
        .get_by_label("Concordance search")
        .type_text("МЭРИИ");
    harness.run_steps(4);
    harness.get_by_label_contains("1 pair(s) with «МЭРИИ»");
    harness.get_by_label_contains("сообщили в мэрии");
}

#[test]
fn pre_translating_in_the_window_fills_empty_rows_as_one_undo_step() {
    let library = tempfile::tempdir().unwrap();
    std::fs::write(library.path().join("metro.diptych.ron"), EXAMPLE).unwrap();
    let mut harness = harness_with_library(&fixture("en-tbilisi-metro.txt"), library.path());
    harness.state_mut().send(Command::Pretranslate);
    settle(&mut harness);
    let message = harness.state().last_message().unwrap().to_owned();
    assert!(
        message.contains("ru: 4 empty translation(s) filled as drafts (4 exact"),
        "{message}"
    );
    let ru = diptych::model::LanguageTag::parse("ru").unwrap();
    let filled = |harness: &egui_kittest::Harness<'_, diptych::app::DiptychApp>| {
        let project = &harness.state().document().project;
        project
            .translatable_paragraphs()
            .filter(|paragraph| {
                !project
                    .translation(paragraph.paragraph_id, &ru)
                    .text
                    .is_empty()
            })
            .count()
    };
    assert_eq!(filled(&harness), 4);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(filled(&harness), 0);
}
