//! Sync from the window, with real clones of a bare repository: the status bar shows the
//! repository's state, a click saves, commits, merges the other translator's work and pushes
//! in the background, and the merged work arrives in the window as one undoable step.

use diptych::io::load_project;
use diptych::model::{ParagraphId, TranslationStatus};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::common::{harness_with, ru, settle};
use crate::git_common::{git_installed, git_ok, save_change, sync, team, translatable, translate};

#[test]
fn sync_in_the_window_commits_brings_the_others_work_and_can_be_undone() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["nigar", "pavel"]);
    let (nigar, pavel) = (&clones[0], &clones[1]);
    for clone in &clones {
        git_ok(clone, &["config", "user.name", "Translator"]);
        git_ok(clone, &["config", "user.email", "t@example.org"]);
    }
    let path = nigar.join("metro.diptych.ron");
    let rows = translatable(&load_project(&path).unwrap());
    save_change(pavel, |_| {
        translate(
            rows[0],
            &ru(),
            "Тбилисское метро поднимает цены",
            TranslationStatus::Translated,
        )
    });
    assert!(sync(pavel).status.success());

    let mut harness = harness_with(&path, Vec::new());
    settle(&mut harness);
    harness.run_steps(2);
    settle(&mut harness);
    // Opening fetched: Pavel's commit is one to pull.
    harness.get_by_label_contains("⎇ main ↑0 ↓1");
    crate::common::translate(&mut harness, ParagraphId(rows[1]), "Проезд подорожает.");
    assert!(harness.state().document().is_dirty());
    harness.get_by_label_contains("⎇ main").click();
    harness.run_steps(3);
    settle(&mut harness);
    harness.run_steps(3);
    settle(&mut harness);
    let project = &harness.state().document().project;
    assert_eq!(
        project.translation(ParagraphId(rows[0]), &ru()).text,
        "Тбилисское метро поднимает цены"
    );
    assert_eq!(
        project.translation(ParagraphId(rows[1]), &ru()).text,
        "Проезд подорожает."
    );
    assert!(
        !harness.state().document().is_dirty(),
        "the window holds what the file holds"
    );
    assert_eq!(*project, load_project(&path).unwrap());
    harness.get_by_label_contains("Sync: committed: ru: 1 drafted");
    harness.get_by_label_contains("⎇ main ↑0 ↓0");
    let log = git_ok(nigar, &["log", "--format=%s", "-3"]);
    assert!(log.contains("ru: 1 drafted"), "{log}");
    // Pavel gets Nigar's row with his next Sync.
    assert!(sync(pavel).status.success());
    let pavels = load_project(&pavel.join("metro.diptych.ron")).unwrap();
    assert_eq!(
        pavels.translation(ParagraphId(rows[1]), &ru()).text,
        "Проезд подорожает."
    );
    // The others' work came in as one step: undone, the window is as before the Sync.
    harness.state_mut().send(diptych::app::Command::Undo);
    harness.run_steps(3);
    let project = &harness.state().document().project;
    assert_eq!(project.translation(ParagraphId(rows[0]), &ru()).text, "");
    assert_eq!(
        project.translation(ParagraphId(rows[1]), &ru()).text,
        "Проезд подорожает."
    );
    assert!(harness.state().document().is_dirty());
}

#[test]
fn the_history_panel_lists_a_rows_versions_and_restores_one() {
    if !git_installed() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let clones = team(root.path(), &["desk"]);
    let desk = &clones[0];
    let path = desk.join("metro.diptych.ron");
    let row = translatable(&load_project(&path).unwrap())[1];
    for (text, status, message) in [
        (
            "Проезд подорожает.",
            TranslationStatus::Draft,
            "first draft",
        ),
        (
            "Проезд подорожает с января.",
            TranslationStatus::Translated,
            "with the date",
        ),
    ] {
        save_change(desk, |_| translate(row, &ru(), text, status));
        git_ok(desk, &["commit", "-qam", message]);
    }
    let mut harness = harness_with(&path, Vec::new());
    settle(&mut harness);
    harness
        .state_mut()
        .send(diptych::app::Command::SelectRow(ParagraphId(row)));
    harness.run_steps(2);
    crate::common::press(
        &mut harness,
        egui::Modifiers::ALT | egui::Modifiers::SHIFT,
        egui::Key::H,
    );
    settle(&mut harness);
    harness.run_steps(3);
    harness.get_by_label("3 commit(s) of the project");
    harness.get_by_label_contains("Translator · with the date");
    harness.get_by_label_contains("Translator · first draft");
    // The newest version is the row's own: nothing to restore there.
    assert!(
        harness
            .get_by_label("Restore version 1")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Restore version 2").click();
    harness.run_steps(3);
    let project = &harness.state().document().project;
    let restored = project.translation(ParagraphId(row), &ru());
    assert_eq!(restored.text, "Проезд подорожает.");
    assert_eq!(restored.status, TranslationStatus::Draft);
    harness.state_mut().send(diptych::app::Command::Undo);
    harness.run_steps(3);
    assert_eq!(
        harness
            .state()
            .document()
            .project
            .translation(ParagraphId(row), &ru())
            .text,
        "Проезд подорожает с января."
    );
}
