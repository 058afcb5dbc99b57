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
use crate::l10n::tr;
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
        ui.label(tr::question_backups_none());
    } else {
        ui.label(tr::question_backups_explanation());
        ui.add_space(4.0);
        egui::ScrollArea::vertical()
            .max_height(300.0)
            .show(ui, |ui| {
                egui::Grid::new("backups")
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for backup in backups {
                            let saved_at = crate::l10n::format_date_time_seconds(&backup.saved_at);
                            ui.label(tr::question_backup_saved_at(&saved_at));
                            ui.weak(tr::question_backup_size(backup.size.div_ceil(1024)));
                            let open = ui.button(tr::question_backup_open());
                            set_accessible_label(&open, tr::question_backup_open_label(&saved_at));
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
        let label = ui.label(tr::question_backups_to_keep());
        let mut keep = backups_to_keep;
        let field = ui
            .add(egui::DragValue::new(&mut keep).range(0..=1000))
            .labelled_by(label.id);
        set_accessible_label(&field, tr::question_backups_to_keep_label());
        if keep != backups_to_keep {
            commands.push(Command::SetBackupsToKeep(keep));
        }
    });
    if ui.button(tr::modal_close()).clicked() {
        close = true;
    }
    close
}

/// The notice that another instance holds the lock; returns whether it should close.
pub fn locked_ui(ui: &mut Ui, path: &Path, holder: &LockInfo, commands: &mut Vec<Command>) -> bool {
    ui.label(tr::question_locked_by(
        path.display().to_string(),
        crate::app::describe::lock_holder(holder),
    ));
    ui.label(tr::question_locked_file(
        crate::io::lock::lock_path_for(path).display().to_string(),
    ));
    ui.label(tr::question_locked_read_only());
    ui.add_space(4.0);
    ui.label(tr::question_locked_take_over_warning());
    ui.add_space(8.0);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button(tr::question_locked_keep()).clicked() {
            close = true;
        }
        if ui.button(tr::question_locked_take_over()).clicked() {
            commands.push(Command::TakeOverLock);
            close = true;
        }
        if ui.button(tr::question_locked_close()).clicked() {
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
        ui.label(tr::question_recover_several(offers.len()));
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
                ui.label(recovery_summary(offer));
                ui.add_space(4.0);
                ui.label(tr::question_recover_compared());
                for line in &offer.differences {
                    ui.monospace(line);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let (restore, discard) = if offers.len() > 1 {
                        (
                            tr::question_recover_restore_numbered(index + 1),
                            tr::question_recover_discard_numbered(index + 1),
                        )
                    } else {
                        (
                            tr::question_recover_restore(),
                            tr::question_recover_discard(),
                        )
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

/// What a recovery file holds: the window that left it, when and where it was written.
fn recovery_summary(offer: &RecoveryOffer) -> String {
    let closed = match &offer.recovery.project_path {
        Some(project) => tr::question_recover_closed_in(project.display().to_string()),
        None => tr::question_recover_closed(),
    };
    let file = offer.path.display().to_string();
    let written = if offer.recovery.written.is_empty() {
        tr::question_recover_written_earlier(file)
    } else {
        tr::question_recover_written(&offer.recovery.written, file)
    };
    format!("{closed} {written}")
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
    ui.label(tr::question_conflicts_differ(
        conflicts.len(),
        path.display().to_string(),
    ));
    ui.add_space(4.0);
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            egui::Grid::new("import conflicts")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.strong(tr::question_conflicts_row());
                    ui.strong(tr::question_conflicts_here());
                    ui.strong(tr::question_conflicts_in_file());
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
        if ui.button(tr::question_conflicts_keep()).clicked() {
            close = true;
        }
        if ui.button(tr::question_conflicts_replace()).clicked() {
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
