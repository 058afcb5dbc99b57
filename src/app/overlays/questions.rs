//! The questions about keeping work safe: another window holds the project's lock, the
//! project's backups, unsaved work found in recovery files, translations an import would
//! replace. Each returns whether it should
//! close; the answers are commands.

use std::path::Path;

use egui::Ui;

use crate::app::commands::Command;
use crate::app::session::RecoveryOffer;
use crate::app::set_accessible_label;
use crate::io::backup::Backup;
use crate::io::import::xliff_update::Conflict;
use crate::io::lock::LockInfo;
use crate::model::LanguageTag;

/// The backups dialog; returns whether it should close.
pub fn backups_ui(
    ui: &mut Ui,
    backups_to_keep: usize,
    backups: &[Backup],
    commands: &mut Vec<Command>,
) -> bool {
    let mut close = false;
    if backups.is_empty() {
        ui.label("This project has no backups yet. One is kept each time the project is saved over an earlier version.");
    } else {
        ui.label("Each save keeps the version it replaces. Open one to look at it; saving it makes it the current version (the current file is backed up first).");
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .show(ui, |ui| {
                egui::Grid::new("backups")
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for backup in backups {
                            ui.label(format!("{} UTC", backup.saved_at));
                            ui.weak(format!("{} KB", backup.size.div_ceil(1024)));
                            let open = ui.button("Open");
                            set_accessible_label(&open, format!("Open backup {}", backup.saved_at));
                            if open.clicked() {
                                commands.push(Command::OpenBackup(backup.path.clone()));
                                close = true;
                            }
                            ui.end_row();
                        }
                    });
            });
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label("Backups to keep per project:");
        let mut keep = backups_to_keep;
        let field = ui
            .add(egui::DragValue::new(&mut keep).range(0..=1000))
            .labelled_by(label.id);
        set_accessible_label(&field, "Backups to keep");
        if keep != backups_to_keep {
            commands.push(Command::SetBackupsToKeep(keep));
        }
    });
    if ui.button("Close").clicked() {
        close = true;
    }
    close
}

/// The notice that another instance holds the lock; returns whether it should close.
pub fn locked_ui(ui: &mut Ui, path: &Path, holder: &LockInfo, commands: &mut Vec<Command>) -> bool {
    ui.label(format!(
        "{} is open in another Diptych: {}.",
        path.display(),
        holder.describe()
    ));
    ui.label(format!(
        "Its lock file is {}.",
        crate::io::lock::lock_path_for(path).display()
    ));
    ui.label(
        "It is open here read-only: you can read it, copy from it and save a copy under \
         another name (File → Save as), but not change it.",
    );
    ui.add_space(4.0);
    ui.label(
        "If you are sure that other window is gone (closed on another computer, or left by a \
         crash), you can take the project over. If it is in fact still open, the two windows \
         will overwrite each other's work.",
    );
    ui.add_space(8.0);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("Keep it open read-only").clicked() {
            close = true;
        }
        if ui.button("Take over").clicked() {
            commands.push(Command::TakeOverLock);
            close = true;
        }
        if ui.button("Close it").clicked() {
            commands.push(Command::CloseReadOnly);
            close = true;
        }
    });
    close
}

/// The recovery question, one entry per recovery file; returns whether it should close.
pub fn recover_ui(
    ui: &mut Ui,
    offers: &mut Vec<RecoveryOffer>,
    commands: &mut Vec<Command>,
) -> bool {
    if offers.len() > 1 {
        ui.label(format!(
            "{} windows left unsaved work. Restore one of them (the others stay offered until \
             discarded) or discard them.",
            offers.len()
        ));
        ui.add_space(4.0);
    }
    let mut close = false;
    let mut discarded = None;
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for (index, offer) in offers.iter().enumerate() {
                if index > 0 {
                    ui.separator();
                }
                ui.label(format!(
                    "Diptych was closed with unsaved work{}. Written {} to {}.",
                    offer
                        .recovery
                        .project_path
                        .as_ref()
                        .map(|project| format!(" in {}", project.display()))
                        .unwrap_or_default(),
                    if offer.recovery.written.is_empty() {
                        "earlier"
                    } else {
                        &offer.recovery.written
                    },
                    offer.path.display()
                ));
                ui.add_space(4.0);
                ui.label("Compared with what is open now:");
                for line in &offer.differences {
                    ui.monospace(line);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let (restore, discard) = if offers.len() > 1 {
                        (
                            format!("Restore #{}", index + 1),
                            format!("Discard #{}", index + 1),
                        )
                    } else {
                        ("Restore".to_owned(), "Discard recovered work".to_owned())
                    };
                    if ui.button(restore).clicked() {
                        commands.push(Command::RestoreRecovery(offer.path.clone()));
                        close = true;
                    }
                    if ui.button(discard).clicked() {
                        commands.push(Command::DiscardRecovery(offer.path.clone()));
                        discarded = Some(index);
                    }
                });
            }
        });
    if let Some(index) = discarded {
        offers.remove(index);
    }
    close || offers.is_empty()
}

/// The width of each text column of the conflicts table.
const TEXT_COLUMN: f32 = 300.0;

/// What to do with translations an imported file gives differently; returns whether the
/// dialog should close.
pub fn import_conflicts_ui(
    ui: &mut Ui,
    path: &Path,
    language: &LanguageTag,
    conflicts: &[(usize, Conflict)],
    report: &str,
    commands: &mut Vec<Command>,
) -> bool {
    // A steady width, so that the buttons stay where they first appeared.
    ui.set_width(TEXT_COLUMN * 2.0 + 80.0);
    ui.label(report);
    ui.add_space(4.0);
    ui.label(format!(
        "{} translation(s) in {} differ from the ones here. They were left as they are; \
         replacing them is one more undo step.",
        conflicts.len(),
        path.display()
    ));
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            egui::Grid::new("import conflicts")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.strong("Row");
                    ui.strong("Here");
                    ui.strong("In the file");
                    ui.end_row();
                    for (row, conflict) in conflicts {
                        ui.label(row.to_string());
                        for text in [&conflict.here, &conflict.text] {
                            ui.add_sized(
                                [TEXT_COLUMN, 0.0],
                                egui::Label::new(text.as_str()).wrap(),
                            );
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(6.0);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("Keep the translations here").clicked() {
            close = true;
        }
        if ui.button("Replace them with the file's").clicked() {
            commands.push(Command::ReplaceImportConflicts {
                language: language.clone(),
                conflicts: conflicts
                    .iter()
                    .map(|(_, conflict)| conflict.clone())
                    .collect(),
            });
            close = true;
        }
    });
    close
}
