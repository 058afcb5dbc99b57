//! UI tests of the alignment review view, through `egui_kittest`.

use diptych::app::{Command, DialogOutcome, DiptychApp};
use diptych::io::load_project;
use diptych::model::LinkFilter;
use diptych::model::{LanguageTag, LinkState};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common::{fixture, harness_with, press, ru};

fn links(harness: &Harness<'_, DiptychApp>) -> Vec<(usize, usize, LinkState)> {
    harness.state().document().project.aligned[&ru()]
        .links
        .iter()
        .map(|link| (link.source.len(), link.target.len(), link.state))
        .collect()
}

/// Imports the Russian translation through the menu command, the dialog and the language
/// question, and waits for the background alignment.
fn import_russian(harness: &mut Harness<'_, DiptychApp>) {
    import_as(harness, "ru");
}

fn import_as(harness: &mut Harness<'_, DiptychApp>, language: &str) {
    press(harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::O);
    harness.run_steps(2);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Language of the translation")
    );
    // The current target (ru) is suggested; type it anew all the same.
    harness.get_by_label("Translation language").focus();
    harness.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    harness
        .get_by_label("Translation language")
        .type_text(language);
    harness.run_steps(1);
    assert!(harness.state().last_error().is_none());
    harness.get_by_label("Import and align").click();
    for _ in 0..200 {
        harness.run_steps(1);
        if !harness.state().is_aligning() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run_steps(3);
    assert!(
        harness.state().last_error().is_none(),
        "{:?}",
        harness.state().last_error()
    );
}

#[test]
fn import_review_with_the_keyboard_undo_and_save() {
    let directory = tempfile::tempdir().unwrap();
    let article = fixture("en-tbilisi-metro.txt");
    let mut harness = harness_with(
        &article,
        vec![DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt"))],
    );
    // The article's default targets are ru and az; ru is shown first.
    import_russian(&mut harness);
    let app = harness.state();
    assert_eq!(app.aligned_target(), Some(ru()));
    assert_eq!(app.modal_title().as_deref(), None);
    assert_eq!(links(&harness).len(), 12);
    // The rows show both texts.
    harness.get_by_label_contains("Проезд в тбилисском метро");
    harness.get_by_label_contains("Tbilisi metro fare to double");

    // Ctrl+Enter confirms the first link and moves on.
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert_eq!(links(&harness)[0].2, LinkState::Confirmed);
    assert_eq!(harness.state().alignment().selected, Some(1));

    // Link 7 is the 2:1 merge: unlink it, then undo.
    harness.state_mut().send(Command::SelectLink {
        index: 6,
        extend: false,
    });
    harness.run_steps(2);
    assert_eq!(links(&harness)[6].0, 2);
    press(&mut harness, Modifiers::ALT, Key::U);
    assert_eq!(links(&harness).len(), 14);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(links(&harness).len(), 12);
    assert_eq!((links(&harness)[6].0, links(&harness)[6].1), (2, 1));

    // Merge the next link's source into link 8 (the dropped paragraph's row) and shift.
    harness.state_mut().send(Command::SelectLink {
        index: 7,
        extend: false,
    });
    harness.run_steps(1);
    press(
        &mut harness,
        Modifiers::ALT | Modifiers::SHIFT,
        Key::ArrowDown,
    );
    let shifted = links(&harness);
    assert_eq!(shifted.len(), 13, "{shifted:?}");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(links(&harness).len(), 12);

    // Filters: only the links that are not 1:1 (the merge and the omission).
    harness.get_by_label("not 1:1").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().alignment().filters,
        vec![LinkFilter::NotOneToOne]
    );
    assert!(
        harness
            .query_by_label_contains("Tbilisi metro fare to double")
            .is_none()
    );
    harness.get_by_label_contains("Travel cards bought before");

    // Save and reload: the confirmation is kept.
    let path = directory.path().join("aligned.ron");
    harness.state_mut().send(Command::SaveTo(path.clone()));
    harness.run_steps(2);
    let saved = load_project(&path).unwrap();
    assert_eq!(saved.aligned[&ru()].links[0].state, LinkState::Confirmed);
    assert_eq!(saved, harness.state().document().project);
}

#[test]
fn realign_a_range_after_breaking_it() {
    let mut harness = harness_with(
        &fixture("en-tbilisi-metro.txt"),
        vec![DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt"))],
    );
    import_russian(&mut harness);
    let original = links(&harness);
    // Break links 3..5 by swapping, then select them with shift and re-align.
    harness.state_mut().send(Command::SelectLink {
        index: 2,
        extend: false,
    });
    harness.run_steps(1);
    press(&mut harness, Modifiers::ALT, Key::S);
    assert_ne!(
        harness.state().document().project.aligned[&ru()].links[2].target,
        harness.state().document().project.aligned[&ru()].links[2].source
    );
    harness.state_mut().send(Command::SelectLink {
        index: 2,
        extend: false,
    });
    harness.state_mut().send(Command::SelectLink {
        index: 3,
        extend: true,
    });
    harness.run_steps(1);
    press(&mut harness, Modifiers::ALT, Key::R);
    let realigned: Vec<(usize, usize)> = links(&harness).iter().map(|(s, t, _)| (*s, *t)).collect();
    let expected: Vec<(usize, usize)> = original.iter().map(|(s, t, _)| (*s, *t)).collect();
    assert_eq!(realigned, expected);
    let project = &harness.state().document().project;
    let aligned = &project.aligned[&ru()];
    // Link 3 pairs the third source paragraph with the third Russian one again.
    let source_text = &project.paragraph(aligned.links[2].source[0]).unwrap().text;
    let target_text = &aligned.paragraph(aligned.links[2].target[0]).unwrap().text;
    assert!(
        source_text.starts_with("Tbilisi City Hall"),
        "{source_text}"
    );
    assert!(target_text.starts_with("Мэрия Тбилиси"), "{target_text}");
}

#[test]
fn three_languages_side_by_side() {
    let mut harness = harness_with(
        &fixture("en-tbilisi-metro.txt"),
        vec![
            DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt")),
            DialogOutcome::Picked(fixture("az-tbilisi-metro.txt")),
        ],
    );
    import_as(&mut harness, "ru");
    import_as(&mut harness, "az");
    let app = harness.state();
    assert_eq!(app.aligned_target().unwrap().as_str(), "az");
    let az = LanguageTag::parse("az").unwrap();
    // The Azerbaijani translation splits "The decision was approved …" in two.
    let shapes: Vec<(usize, usize)> = app.document().project.aligned[&az]
        .links
        .iter()
        .map(|link| (link.source.len(), link.target.len()))
        .collect();
    assert_eq!(shapes[3], (1, 2));
    // Review ru with az as the third column.
    // The target buttons in the menu bar.
    let target_button = |language: &'static str| {
        egui_kittest::kittest::By::new()
            .label(language)
            .role(egui::accesskit::Role::Button)
    };
    harness
        .query_all(target_button("ru"))
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().aligned_target(), Some(ru()));
    assert!(
        harness
            .query_by_label_contains("Tbilisi metrosunda gediş haqqı")
            .is_none()
    );
    let column_checkbox = egui_kittest::kittest::By::new()
        .label("az")
        .role(egui::accesskit::Role::CheckBox);
    harness.query_all(column_checkbox).next().unwrap().click();
    harness.run_steps(3);
    assert_eq!(harness.state().alignment().extra_columns, vec![az.clone()]);
    harness.get_by_label_contains("Проезд в тбилисском метро");
    harness.get_by_label_contains("Tbilisi metrosunda gediş haqqı");
    harness.get_by_label_contains("Cənab Kaladzenin sözlərinə görə");

    // Review az with ru beside it: the Russian paragraph that covers two source paragraphs
    // is shown once, and the second row says it continues from above.
    harness
        .query_all(target_button("az"))
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    harness.state_mut().send(Command::ToggleAlignedColumn(ru()));
    harness.run_steps(3);
    let merged = harness
        .query_all(egui_kittest::kittest::By::new().label_contains("В мэрии говорят, что деньги"))
        .count();
    assert_eq!(merged, 1);
    harness.get_by_label_contains("continued from the row above");
}

#[test]
fn split_a_target_paragraph_at_the_cursor() {
    let mut harness = harness_with(
        &fixture("en-tbilisi-metro.txt"),
        vec![DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt"))],
    );
    import_russian(&mut harness);
    // Link 7 joins two English paragraphs to one Russian paragraph; split the Russian one.
    harness.state_mut().send(Command::SelectLink {
        index: 6,
        extend: false,
    });
    harness.run_steps(1);
    press(&mut harness, Modifiers::ALT, Key::P);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Split paragraph")
    );
    // Move the cursor to the start of "Чиновники обещают…" (the last sentence).
    harness.get_by_label("Paragraph to split").focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::End);
    harness.run_steps(1);
    let last_sentence = "Чиновники обещают, что льготы для студентов, пенсионеров и людей с инвалидностью сохранятся.";
    for _ in 0..last_sentence.chars().count() {
        harness.key_press(Key::ArrowLeft);
    }
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    let project = &harness.state().document().project;
    let aligned = &project.aligned[&ru()];
    let link = &aligned.links[6];
    assert_eq!((link.source.len(), link.target.len()), (2, 2));
    assert_eq!(
        aligned.paragraph(link.target[1]).unwrap().text,
        last_sentence
    );
    // Now the link can be taken apart 1:1 by hand: unlink, or undo the split.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let aligned = &harness.state().document().project.aligned[&ru()];
    assert_eq!(aligned.links[6].target.len(), 1);
}

#[test]
fn sentences_of_the_selected_link_on_demand() {
    let mut harness = harness_with(
        &fixture("en-tbilisi-metro.txt"),
        vec![DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt"))],
    );
    import_russian(&mut harness);
    harness.state_mut().send(Command::SelectLink {
        index: 3,
        extend: false,
    });
    harness.run_steps(1);
    assert!(
        harness
            .query_by_label("Mr. Kaladze said the fare had not changed since 2006.")
            .is_none()
    );
    press(&mut harness, Modifiers::ALT, Key::L);
    harness.get_by_label("Sentences of link 4");
    harness.get_by_label("Mr. Kaladze said the fare had not changed since 2006.");
    harness.get_by_label("По словам г-на Каладзе, тариф не менялся с 2006 года.");
}

#[test]
fn clicking_a_paragraph_selects_its_link() {
    let mut harness = harness_with(
        &fixture("en-tbilisi-metro.txt"),
        vec![DialogOutcome::Picked(fixture("ru-tbilisi-metro.txt"))],
    );
    import_russian(&mut harness);
    harness
        .get_by_label_contains("По данным мэрии, в прошлом году")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().alignment().selected, Some(4));
    harness
        .get_by_label_contains("Dozens of people gathered")
        .click_modifiers(Modifiers::SHIFT);
    harness.run_steps(2);
    assert_eq!(harness.state().alignment().selected_range(), Some((4, 9)));
}

#[test]
fn a_running_alignment_shows_its_progress_and_can_be_cancelled() {
    let directory = tempfile::tempdir().unwrap();
    // Long enough that aligning it takes a while, so it is still running when cancelled.
    let translation = directory.path().join("long-translation.txt");
    std::fs::write(
        &translation,
        diptych::io::import::text::synthetic_article(4000),
    )
    .unwrap();
    let mut harness = harness_with(&fixture("en-tbilisi-metro.txt"), Vec::new());
    harness.state_mut().send(Command::ImportTranslationFrom {
        path: translation,
        language: "ru".to_owned(),
    });
    harness.run_steps(3);
    assert!(harness.state().is_aligning());
    assert_eq!(harness.state().modal_title().as_deref(), Some("Aligning"));
    // Reading the file is quick; aligning it is the long part, and the job says so.
    let mut status = harness.state().jobs();
    for _ in 0..500 {
        if status.len() == 1 && status[0].label.starts_with("Aligning") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
        status = harness.state().jobs();
    }
    assert_eq!(status.len(), 1);
    assert!(
        status[0].label.starts_with("Aligning 13 × "),
        "{:?}",
        status[0]
    );
    assert_eq!(status[0].fraction, Some(0.2));
    harness.run_steps(2);
    // The dialog and the status bar both show it.
    assert_eq!(harness.get_all_by_label(&status[0].label).count(), 2);
    harness.get_by_label("Importing and aligning long-translation.txt…");

    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(!harness.state().is_busy());
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert!(
        harness
            .state()
            .last_message()
            .unwrap()
            .starts_with("Stopped aligning")
    );
    // Whatever the cancelled job still produces is dropped.
    std::thread::sleep(std::time::Duration::from_millis(200));
    harness.run_steps(3);
    assert!(harness.state().document().project.aligned.is_empty());
    assert!(!harness.state().document().history.can_undo());
}

/// A project file (nothing unsaved) and a long translation of it, in `directory`.
fn project_and_long_translation(
    directory: &std::path::Path,
) -> (std::path::PathBuf, std::path::PathBuf) {
    let project = directory.join("metro.diptych.ron");
    std::fs::write(
        &project,
        include_str!("../../projects/tbilisi-metro-fares.diptych.ron"),
    )
    .unwrap();
    let translation = directory.join("long-translation.txt");
    std::fs::write(
        &translation,
        diptych::io::import::text::synthetic_article(4000),
    )
    .unwrap();
    (project, translation)
}

#[test]
fn an_alignment_is_dropped_when_its_project_is_replaced_while_it_runs() {
    let directory = tempfile::tempdir().unwrap();
    let (project, translation) = project_and_long_translation(directory.path());
    let mut harness = harness_with(&project, Vec::new());
    assert!(!harness.state().document().is_dirty());
    harness.state_mut().send(Command::ImportTranslationFrom {
        path: translation,
        language: "de".to_owned(),
    });
    harness.run_steps(2);
    assert!(harness.state().is_aligning());
    // Another document takes its place (nothing unsaved: no question).
    harness
        .state_mut()
        .send(Command::OpenPath(fixture("az-tbilisi-metro.txt")));
    crate::common::settle(&mut harness);
    assert!(!harness.state().is_aligning());
    let document = harness.state().document();
    assert!(document.project.aligned.is_empty());
    assert!(
        document
            .project
            .metadata
            .title
            .contains("Tbilisi metrosunda")
    );
}

#[test]
fn an_alignment_is_dropped_when_the_source_paragraphs_change_while_it_runs() {
    let directory = tempfile::tempdir().unwrap();
    let (project, _) = project_and_long_translation(directory.path());
    let short = directory.path().join("short-translation.txt");
    std::fs::write(&short, diptych::io::import::text::synthetic_article(30)).unwrap();
    let mut harness = harness_with(&project, Vec::new());
    let first = harness.state().document().project.paragraphs()[1].paragraph_id;
    // In the same frame: the alignment starts from the project as it is, then a source
    // paragraph is split, so the paragraphs it aligned with are no longer all there.
    harness.state_mut().send(Command::ImportTranslationFrom {
        path: short,
        language: "de".to_owned(),
    });
    harness.state_mut().send(Command::SplitParagraph {
        document: diptych::model::DocumentRef::Source,
        paragraph_id: first,
        at: 5,
    });
    crate::common::settle(&mut harness);
    let state = harness.state();
    assert!(state.document().project.aligned.is_empty());
    assert!(
        state
            .last_message()
            .unwrap()
            .contains("was dropped: the project changed"),
        "{:?}",
        state.last_message()
    );
    // The project saves and reads back: no link points at a missing paragraph.
    let copy = directory.path().join("copy.diptych.ron");
    harness.state_mut().send(Command::SaveTo(copy.clone()));
    harness.run_steps(2);
    assert!(
        load_project(&copy).is_ok(),
        "{:?}",
        harness.state().last_error()
    );
}

#[test]
fn an_alignment_is_dropped_when_the_target_languages_change_while_it_runs() {
    let directory = tempfile::tempdir().unwrap();
    let (project, _) = project_and_long_translation(directory.path());
    let short = directory.path().join("short-translation.txt");
    std::fs::write(&short, diptych::io::import::text::synthetic_article(30)).unwrap();
    let mut harness = harness_with(&project, Vec::new());
    // The alignment would add "de" as a target; "de" is added by hand in the same frame.
    harness.state_mut().send(Command::ImportTranslationFrom {
        path: short,
        language: "de".to_owned(),
    });
    harness
        .state_mut()
        .send(Command::AddTarget("de".to_owned()));
    crate::common::settle(&mut harness);
    let state = harness.state();
    assert!(state.document().project.aligned.is_empty());
    assert!(state.last_error().is_none(), "{:?}", state.last_error());
    assert!(
        state
            .last_message()
            .unwrap()
            .contains("was dropped: the project changed"),
        "{:?}",
        state.last_message()
    );
}

#[test]
fn an_alignment_is_not_applied_in_a_window_that_lost_its_project_while_it_ran() {
    let directory = tempfile::tempdir().unwrap();
    let (project, translation) = project_and_long_translation(directory.path());
    let mut first = harness_with(&project, Vec::new());
    first.state_mut().send(Command::ImportTranslationFrom {
        path: translation,
        language: "de".to_owned(),
    });
    first.run_steps(1);
    assert!(first.state().is_aligning());
    // Another window takes the project over; the first learns it when it next checks.
    let mut second = harness_with(&project, Vec::new());
    assert!(second.state().is_read_only());
    second.state_mut().send(Command::TakeOverLock);
    second.run_steps(2);
    assert!(!second.state().is_read_only());
    first.state_mut().send(Command::Save);
    first.run_steps(1);
    assert!(first.state().is_read_only());
    crate::common::settle(&mut first);
    let state = first.state();
    assert!(state.document().project.aligned.is_empty());
    assert!(!state.document().is_dirty());
    assert!(
        state
            .last_message()
            .unwrap()
            .contains("was not applied: the project is read-only here"),
        "{:?}",
        state.last_message()
    );
}
