//! Merge conflicts in the window: a project a merge left with two versions of a translation and
//! of a metadata field opens with the row showing ours, both versions under it, the count in
//! the status bar and the QA check; "Take theirs" resolves it as one undo step, Alt+Shift+C
//! goes to the next conflict, and saving keeps what is still unresolved.

use diptych::app::Command;
use diptych::io::{load_project, save_project};
use diptych::model::{
    Edit, MetadataField, ParagraphId, Project, TranslationStatus, merge_projects,
};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

use crate::common::{fixture, harness_with, press, ru, settle};

fn translated(project: &Project, id: ParagraphId, text: &str, title: &str) -> Project {
    let mut project = project.clone();
    for edit in [
        Edit::SetTranslationText {
            paragraph_id: id,
            language: ru(),
            text: text.into(),
        },
        Edit::SetTranslationStatus {
            paragraph_id: id,
            language: ru(),
            status: TranslationStatus::Translated,
        },
        Edit::SetMetadata {
            field: MetadataField::Title,
            value: title.into(),
        },
    ] {
        edit.apply(&mut project).unwrap();
    }
    project
}

#[test]
fn a_conflicted_row_shows_both_versions_and_resolves_as_one_step() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("metro.diptych.ron");
    let base = diptych::io::import_article_file(
        &fixture("en-tbilisi-metro.txt"),
        &diptych::io::ImportOptions::default(),
    )
    .unwrap();
    let row = base.translatable_paragraphs().nth(1).unwrap().paragraph_id;
    let ours = translated(
        &base,
        row,
        "С января проезд подорожает.",
        "Metro fares double",
    );
    let theirs = translated(
        &base,
        row,
        "Проезд подорожает с 1 января.",
        "Tbilisi metro fares to double",
    );
    let merged = merge_projects(&base, &ours, &theirs).unwrap();
    assert_eq!(merged.report.conflicts.len(), 2);
    save_project(&merged.project, &path).unwrap();

    let mut harness = harness_with(&path, Vec::new());
    settle(&mut harness);
    harness.get_by_label(&format!("Conflict {row}"));
    harness.get_by_label_contains("Проезд подорожает с 1 января.");
    harness.get_by_label("⚠ 2 conflicts");
    // Alt+Shift+C selects the conflicted row.
    press(&mut harness, Modifiers::ALT | Modifiers::SHIFT, Key::C);
    assert_eq!(harness.state().selected(), Some(row));
    harness.get_by_label(&format!("Take theirs {row}")).click();
    harness.run_steps(3);
    let project = &harness.state().document().project;
    assert_eq!(
        project.translation(row, &ru()).text,
        "Проезд подорожает с 1 января."
    );
    assert!(project.translation(row, &ru()).conflict.is_none());
    assert!(harness.query_by_label(&format!("Conflict {row}")).is_none());
    harness.get_by_label("⚠ 1 conflict");
    // One undo step brings the conflict back with ours shown.
    harness.state_mut().send(Command::Undo);
    harness.run_steps(3);
    let project = &harness.state().document().project;
    assert_eq!(
        project.translation(row, &ru()).text,
        "С января проезд подорожает."
    );
    assert!(project.translation(row, &ru()).conflict.is_some());
    harness.state_mut().send(Command::Redo);
    harness.run_steps(3);
    // With no row left, the next conflict is the title's, in the project panel.
    press(&mut harness, Modifiers::ALT | Modifiers::SHIFT, Key::C);
    harness.get_by_label("⚠ Title: two versions from a merge");
    // Saving keeps the unresolved title conflict in the file.
    harness.state_mut().send(Command::Save);
    settle(&mut harness);
    harness.get_by_label_contains("with 1 merge conflict(s) still to choose");
    let saved = load_project(&path).unwrap();
    assert_eq!(saved.conflict_count(), 1);
    assert_eq!(
        saved.metadata_conflicts[&MetadataField::Title].theirs,
        "Tbilisi metro fares to double"
    );
    harness.get_by_label("Take theirs Title").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().document().project.metadata.title,
        "Tbilisi metro fares to double"
    );
    assert_eq!(harness.state().document().project.conflict_count(), 0);
    harness.run_steps(2);
    assert!(harness.query_by_label("⚠ 1 conflict").is_none());
}
