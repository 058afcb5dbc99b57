//! A new capture of the article in the window: File → Add a new capture… reads the page
//! saved again, shows what changed (word by word) for review, and "Make it current" applies
//! it as one undo step; the changed row's translation is then stale — shown with the earlier
//! source against the new, counted in the status bar, reported by QA — until it is confirmed
//! or kept; Ctrl+Z brings the earlier capture back.

use diptych::app::{Command, DialogOutcome};
use diptych::model::ParagraphId;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{harness_with, press, row_with, ru, settle, translate};

const FIRST: &str = "Tbilisi metro fare to double from January\n\n\
Passengers will pay 1 lari instead of 50 tetri from 1 January, the city hall said.\n\n\
The decision was approved on Tuesday at a meeting of the city assembly.\n\n\
The fare has not changed since 2006, according to the mayor.\n";

const SECOND: &str = "Tbilisi metro fare to double from January\n\n\
Passengers will pay 1 lari instead of 50 tetri from 2 January, the city hall said.\n\n\
The decision was approved on Tuesday at a meeting of the city assembly.\n\n\
Correction: an earlier version gave the wrong date.\n";

#[test]
fn a_new_capture_is_reviewed_applied_as_one_step_and_leaves_stale_rows() {
    let folder = tempfile::tempdir().unwrap();
    let first = folder.path().join("metro.txt");
    let second = folder.path().join("metro-again.txt");
    std::fs::write(&first, FIRST).unwrap();
    std::fs::write(&second, SECOND).unwrap();
    let mut harness = harness_with(&first, vec![DialogOutcome::Picked(second.clone())]);
    settle(&mut harness);
    let passengers = row_with(&harness, "Passengers will pay");
    let mayor = row_with(&harness, "has not changed since 2006");
    translate(
        &mut harness,
        passengers,
        "С 1 января пассажиры будут платить 1 лари.",
    );
    translate(&mut harness, mayor, "Тариф не менялся с 2006 года.");

    // The menu item opens the file dialog; the capture is read and shown for review.
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness.get_by_label("Add a new capture… ").click();
    harness.run_steps(2);
    settle(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("A new capture of the article")
    );
    harness.get_by_label_contains("1 changed, 1 added, 1 removed");
    harness.get_by_label_contains("1 translation(s) will be marked stale");
    harness.get_by_label_contains("Correction: an earlier version");
    assert_eq!(harness.state().document().project.capture_count(), 1);
    harness.get_by_label("Make it current").click();
    harness.run_steps(3);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    let project = &harness.state().document().project;
    assert_eq!(project.capture_count(), 2);
    assert_eq!(project.source.original.file_name, "metro-again.txt");
    let stale = project.translation(passengers, &ru());
    assert_eq!(
        stale.stale_source.as_deref(),
        Some("Passengers will pay 1 lari instead of 50 tetri from 1 January, the city hall said.")
    );
    // The removed paragraph's translation went into the history.
    assert!(project.paragraph(mayor).is_none());
    assert_eq!(
        project.captures[0].retired[&ru()][&mayor].text,
        "Тариф не менялся с 2006 года."
    );
    assert!(harness.state().document().is_dirty());
    // The project panel lists both captures and what the removed paragraph's translation was.
    harness.state_mut().send(Command::ToggleProjectPanel);
    harness.run_steps(3);
    harness.get_by_label("2 captures; the last is current.");
    harness.get_by_label("1 translation(s) of paragraphs the next capture removed");
    harness.get_by_label("ru: Тариф не менялся с 2006 года.");
    harness.state_mut().send(Command::ToggleProjectPanel);
    harness.run_steps(2);

    // The stale row says so, the status bar counts it, QA reports it.
    harness.get_by_label(&format!("Stale {passengers}"));
    harness.get_by_label_contains("1 stale");
    press(&mut harness, Modifiers::NONE, Key::F7);
    crate::common::settle_qa(&mut harness);
    let stale_findings: Vec<_> = harness
        .state()
        .qa_findings()
        .iter()
        .filter(|finding| finding.check == "stale")
        .cloned()
        .collect();
    assert_eq!(
        stale_findings.len(),
        1,
        "{:#?}",
        harness.state().qa_findings()
    );
    assert!(stale_findings[0].message.contains("from 1 January"));
    harness.get_by_label_contains("stale (1)");

    // Alt+Shift+S goes to it; Ctrl+Enter confirms it and it is up to date again.
    harness.state_mut().send(Command::SelectRow(ParagraphId(0)));
    harness.run_steps(1);
    press(&mut harness, Modifiers::ALT | Modifiers::SHIFT, Key::S);
    assert_eq!(harness.state().selected(), Some(passengers));
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    assert!(
        !harness
            .state()
            .document()
            .project
            .translation(passengers, &ru())
            .is_stale()
    );
    // Undo: stale again; undo again: the earlier capture is current, the row as it was.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert!(
        harness
            .state()
            .document()
            .project
            .translation(passengers, &ru())
            .is_stale()
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    let project = &harness.state().document().project;
    assert_eq!(project.capture_count(), 1);
    assert_eq!(project.source.original.file_name, "metro.txt");
    assert_eq!(
        project.translation(mayor, &ru()).text,
        "Тариф не менялся с 2006 года."
    );
    assert!(!project.translation(passengers, &ru()).is_stale());
}

#[test]
fn keep_the_translation_and_the_same_file_refused() {
    let folder = tempfile::tempdir().unwrap();
    let first = folder.path().join("metro.txt");
    let second = folder.path().join("metro-again.txt");
    std::fs::write(&first, FIRST).unwrap();
    std::fs::write(&second, SECOND).unwrap();
    let mut harness = harness_with(&first, Vec::new());
    settle(&mut harness);
    let passengers = row_with(&harness, "Passengers will pay");
    translate(
        &mut harness,
        passengers,
        "С 1 января пассажиры будут платить 1 лари.",
    );
    // The same file as the current capture is refused with the reason.
    harness
        .state_mut()
        .send(Command::AddCaptureFrom(first.clone()));
    harness.run_steps(2);
    settle(&mut harness);
    assert_eq!(harness.state().modal_title().as_deref(), None);
    assert!(
        harness
            .state()
            .last_message()
            .is_some_and(|message| message.contains("current capture already")),
        "{:?}",
        harness.state().last_message()
    );
    harness.state_mut().send(Command::AddCaptureFrom(second));
    harness.run_steps(2);
    settle(&mut harness);
    harness.get_by_label("Make it current").click();
    harness.run_steps(3);
    harness
        .get_by_label(&format!("Keep translation {passengers}"))
        .click();
    harness.run_steps(3);
    let translation = harness
        .state()
        .document()
        .project
        .translation(passengers, &ru())
        .clone();
    assert!(!translation.is_stale());
    assert_eq!(
        translation.text,
        "С 1 января пассажиры будут платить 1 лари."
    );
}

#[test]
fn a_dropped_file_the_library_knows_is_added_as_a_new_capture() {
    use diptych::io::{ImportOptions, import_article_file, save_project};
    let library = tempfile::tempdir().unwrap();
    let first = library.path().join("metro.txt");
    std::fs::write(&first, FIRST).unwrap();
    let project = library.path().join("metro.diptych.ron");
    save_project(
        &import_article_file(&first, &ImportOptions::default()).unwrap(),
        &project,
    )
    .unwrap();
    std::fs::remove_file(&first).unwrap();
    // The page saved again with one date corrected: nearly the same text.
    let again = tempfile::tempdir().unwrap();
    let second = again.path().join("metro-corrected.txt");
    std::fs::write(&second, FIRST.replace("from 1 January", "from 2 January")).unwrap();
    let mut harness = crate::common::harness_with_library(&project, library.path());
    settle(&mut harness);
    harness.state_mut().send(Command::AddToLibrary {
        files: vec![second.clone()],
        separate: false,
    });
    harness.run_steps(2);
    settle(&mut harness);
    harness.run_steps(2);
    harness.get_by_label("Add as a new capture").click();
    harness.run_steps(2);
    settle(&mut harness);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("A new capture of the article")
    );
    harness.get_by_label_contains("1 changed, 0 added, 0 removed");
    harness.get_by_label("Make it current").click();
    harness.run_steps(3);
    let document = harness.state().document();
    assert_eq!(document.project.capture_count(), 2);
    assert_eq!(
        document.project.source.original.file_name,
        "metro-corrected.txt"
    );
}
