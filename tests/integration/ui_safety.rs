//! Keeping work safe in the window: timestamped backups on every save, listed by "Revert to
//! backup…", and opened in place of the project.

use crate::common::{harness_with, harness_with_recovery, hold_lock, press};
use diptych::app::Command;
use diptych::io::backup::list_backups;
use diptych::model::MetadataField;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;

fn example_copy(directory: &std::path::Path) -> std::path::PathBuf {
    let path = directory.join("metro.diptych.ron");
    std::fs::write(&path, diptych::app::EXAMPLE_PROJECT).unwrap();
    path
}

#[test]
fn each_save_keeps_the_previous_version_and_a_backup_can_be_reopened() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    for author in ["Nino Beridze", "Rauf Hacılı"] {
        harness.state_mut().send(Command::SetMetadata {
            field: MetadataField::Author,
            value: author.into(),
        });
        harness.run_steps(2);
        press(&mut harness, Modifiers::COMMAND, Key::S);
        assert!(!harness.state().document().is_dirty());
    }
    let backups = list_backups(&path);
    assert_eq!(backups.len(), 2);
    // The newest backup is the version the second save replaced.
    let newest = std::fs::read_to_string(&backups[0].path).unwrap();
    assert!(newest.contains("author: \"Nino Beridze\""));
    let oldest = std::fs::read_to_string(&backups[1].path).unwrap();
    assert_eq!(oldest, diptych::app::EXAMPLE_PROJECT);

    harness.state_mut().send(Command::ShowBackups);
    harness.run_steps(3);
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Revert to backup")
    );
    harness
        .get_by_label(&format!(
            "Open backup {}",
            diptych::l10n::format_date_time_seconds(&backups[1].saved_at)
        ))
        .click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.document().project.metadata.author, "");
    assert!(app.document().is_dirty());
    assert_eq!(app.document().save_path(), Some(&path));
    // Saving it makes it current, and the replaced version becomes a backup in turn.
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        diptych::app::EXAMPLE_PROJECT
    );
    let backups = list_backups(&path);
    assert_eq!(backups.len(), 3);
    assert!(
        std::fs::read_to_string(&backups[0].path)
            .unwrap()
            .contains("Rauf Hacılı")
    );
}

/// The one recovery file written for `project` (by this test's window).
fn recovery_file(project: &std::path::Path) -> Option<std::path::PathBuf> {
    let files = diptych::io::recovery::recovery_files_for_project(project);
    assert!(files.len() <= 1, "{files:?}");
    files.into_iter().next()
}

fn ru() -> diptych::model::LanguageTag {
    diptych::model::LanguageTag::parse("ru").unwrap()
}

#[test]
fn a_confirmed_row_survives_a_crash_and_is_restored_on_the_next_start() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness
        .state_mut()
        .send(Command::SelectRow(diptych::model::ParagraphId(5)));
    harness.state_mut().send(Command::SetTranslationText {
        paragraph_id: diptych::model::ParagraphId(5),
        language: ru(),
        text: "По данным мэрии, транспортная компания потеряла 120 миллионов лари.".into(),
    });
    harness.state_mut().send(Command::ConfirmAndNext);
    harness.run_steps(1);
    // Written at once, before any idle time passed.
    let recovery = recovery_file(&path).expect("a recovery file");
    let written = std::fs::read_to_string(&recovery).unwrap();
    assert!(written.starts_with("// Diptych recovery file\n"));
    assert!(written.contains("120 миллионов лари"));
    // The window "crashes": dropped without saving.
    drop(harness);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        diptych::app::EXAMPLE_PROJECT
    );

    let mut harness = harness_with(&path, Vec::new());
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    assert!(
        harness
            .query_by_label("1 Russian translation differs")
            .is_some()
    );
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    let app = harness.state();
    assert!(app.document().is_dirty());
    let translation = app
        .document()
        .project
        .translation(diptych::model::ParagraphId(5), &ru());
    assert!(translation.text.contains("120 миллионов"));
    assert_eq!(
        translation.status,
        diptych::model::TranslationStatus::Translated
    );
    press(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(!recovery.exists(), "a clean save removes the recovery file");
    assert_eq!(recovery_file(&path), None);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("120 миллионов лари")
    );
}

#[test]
fn idle_changes_are_written_after_a_few_seconds_and_removed_when_nothing_is_unsaved() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let mut harness = harness_with(&path, Vec::new());
    harness.state_mut().send(Command::SetMetadata {
        field: MetadataField::Author,
        value: "Nino Beridze".into(),
    });
    harness.run_steps(4); // one second of simulated time
    assert_eq!(recovery_file(&path), None);
    harness.run_steps(12); // three more seconds without an edit
    let recovery = recovery_file(&path).expect("a recovery file");
    assert!(
        std::fs::read_to_string(&recovery)
            .unwrap()
            .contains("Nino Beridze")
    );
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    harness.run_steps(1);
    assert!(!harness.state().document().is_dirty());
    assert!(
        !recovery.exists(),
        "back at the saved state: nothing to recover"
    );

    // Recovered work can also be thrown away.
    harness.state_mut().send(Command::SetMetadata {
        field: MetadataField::Author,
        value: "Rauf Hacılı".into(),
    });
    harness.run_steps(16);
    let recovery = recovery_file(&path).expect("a recovery file");
    drop(harness);
    let mut harness = harness_with(&path, Vec::new());
    harness.get_by_label("Discard recovered work").click();
    harness.run_steps(2);
    assert!(!recovery.exists());
    assert_eq!(harness.state().document().project.metadata.author, "");
}

#[test]
fn an_unsaved_import_is_recovered_from_the_state_folder() {
    let directory = tempfile::tempdir().unwrap();
    let state = directory.path().join("state");
    let article = crate::common::fixture("en-tbilisi-metro.txt");
    let mut harness = harness_with_recovery(&article, Vec::new(), Some(state.clone()));
    harness.state_mut().send(Command::SetMetadata {
        field: MetadataField::Author,
        value: "Nino Beridze".into(),
    });
    harness.run_steps(16);
    let files: Vec<_> = std::fs::read_dir(&state).unwrap().collect();
    assert_eq!(files.len(), 1);
    drop(harness);
    let mut harness = harness_with_recovery(&article, Vec::new(), Some(state.clone()));
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Restore unsaved work?")
    );
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().document().project.metadata.author,
        "Nino Beridze"
    );
}

#[test]
fn a_project_locked_by_another_live_instance_opens_read_only_and_a_stale_lock_is_taken_over() {
    let directory = tempfile::tempdir().unwrap();
    let path = example_copy(directory.path());
    let lock = directory.path().join(".metro.diptych.ron.lock");
    // Another instance holds the lock (its file lock, taken here as that process would) and
    // says it is process 1 on this host.
    let host = diptych::io::lock::this_host();
    let other_instance = hold_lock(
        &lock,
        &format!("Diptych project lock\npid: 1\nhost: {host}\nsince: 2026-11-24T09-00-00.000Z\n"),
    );
    let mut harness = harness_with(&path, Vec::new());
    assert_eq!(
        harness.state().modal_title().as_deref(),
        Some("Open in another window")
    );
    assert!(harness.state().is_read_only());
    harness.get_by_label("Keep it open read-only").click();
    harness.run_steps(2);
    harness.state_mut().send(Command::SetMetadata {
        field: MetadataField::Author,
        value: "Nino Beridze".into(),
    });
    harness.run_steps(16);
    let app = harness.state();
    assert_eq!(app.document().project.metadata.author, "");
    assert!(
        app.last_message()
            .unwrap()
            .starts_with("Read-only (process 1")
    );
    assert_eq!(recovery_file(&path), None);
    drop(harness);
    // The other instance's lock is untouched.
    assert!(std::fs::read_to_string(&lock).unwrap().contains("pid: 1\n"));
    // It ends (its file lock goes with it), leaving the file behind.
    drop(other_instance);

    // A lock left by a process that is gone is taken over.
    std::fs::write(
        &lock,
        format!("Diptych project lock\npid: 4294967290\nhost: {host}\nsince: x\n"),
    )
    .unwrap();
    let harness = harness_with(&path, Vec::new());
    assert!(!harness.state().is_read_only());
    assert_eq!(harness.state().modal_title().as_deref(), None);
    let text = std::fs::read_to_string(&lock).unwrap();
    assert!(
        text.contains(&format!("pid: {}\n", std::process::id())),
        "{text}"
    );
    drop(harness);
    assert!(!lock.exists(), "closing releases the lock");
}
