//! Keeping work safe in the window: timestamped backups on every save, listed by "Revert to
//! backup…", and opened in place of the project.
#![allow(clippy::unwrap_used)]

mod common;

use common::{harness_with, press};
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
        assert!(!harness.state().document.is_dirty());
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
    assert_eq!(harness.state().modal_title(), Some("Revert to backup"));
    harness
        .get_by_label(&format!("Open backup {}", backups[1].saved_at))
        .click();
    harness.run_steps(3);
    let app = harness.state();
    assert_eq!(app.document.project.metadata.author, "");
    assert!(app.document.is_dirty());
    assert_eq!(app.document.save_path(), Some(&path));
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
