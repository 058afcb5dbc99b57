//! Keeping work safe in the window: the project lock (read-only when another instance holds
//! it), the list of timestamped backups and opening one of them.

use std::path::Path;

use egui::Ui;

use super::command::Command;
use super::document::{Document, Origin};
use super::overlays::{Modal, ToastLevel};
use super::{DiptychApp, LockState, set_accessible_label};
use crate::io::backup::{Backup, list_backups};
use crate::io::lock::{LockInfo, LockOutcome, ProjectLock, acquire};
use crate::io::project_file::load_project_keeping_altered;

/// The backups dialog; returns whether it should close.
pub fn backups_ui(
    ui: &mut Ui,
    app: &DiptychApp,
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
        let mut keep = app.settings.backups_to_keep;
        let field = ui
            .add(egui::DragValue::new(&mut keep).range(0..=1000))
            .labelled_by(label.id);
        set_accessible_label(&field, "Backups to keep");
        if keep != app.settings.backups_to_keep {
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

impl DiptychApp {
    /// Whether the open project is read-only here: another instance holds its lock, or this
    /// window lost its lock and cannot take it again.
    pub fn is_read_only(&self) -> bool {
        matches!(self.lock, LockState::ReadOnly(_) | LockState::Lost(_))
    }

    /// Before saving the project as another file: takes that file's lock, so that a project
    /// another window has open is never written over. `Err` (with the reason shown) when
    /// another Diptych holds it; no lock, with a warning, when it cannot be locked at all.
    pub(super) fn lock_for_saving_as(&mut self, path: &Path) -> Result<Option<ProjectLock>, ()> {
        match acquire(path) {
            Ok(LockOutcome::Acquired(lock)) => Ok(Some(lock)),
            Ok(LockOutcome::HeldBy(holder)) => {
                self.toast(
                    ToastLevel::Error,
                    format!(
                        "Not saved: {} is open in another Diptych ({}). Choose another name.",
                        path.display(),
                        holder.describe()
                    ),
                );
                Err(())
            }
            Err(error) => {
                self.toast(
                    ToastLevel::Warning,
                    format!(
                        "Cannot lock {} ({error}); saving all the same.",
                        path.display()
                    ),
                );
                Ok(None)
            }
        }
    }

    /// Makes `lock` (just taken for the file the project now lives in) this window's lock.
    pub(super) fn adopt_lock(&mut self, lock: ProjectLock) {
        self.lock = LockState::Held(lock);
    }

    /// Whether this window holds the open project's lock.
    pub(super) fn holds_lock(&self) -> bool {
        matches!(self.lock, LockState::Held(_))
    }

    /// Who holds the open project's lock when it is read-only here, for people.
    pub fn read_only_holder(&self) -> Option<String> {
        match &self.lock {
            LockState::ReadOnly(holder) => Some(holder.describe()),
            LockState::Lost(reason) => Some(format!("its lock cannot be taken again: {reason}")),
            LockState::None | LockState::Held(_) => None,
        }
    }

    /// Makes sure this window still holds the lock it took: another window may have taken the
    /// project over (its lock file was replaced). If so, the lock is taken back when nobody
    /// holds it now, and otherwise the project becomes read-only here. Returns whether this
    /// window may still write the project.
    pub(super) fn confirm_lock(&mut self) -> bool {
        match &self.lock {
            LockState::Held(lock) if lock.is_current() => return true,
            LockState::Held(_) | LockState::Lost(_) => {}
            LockState::None => return true,
            LockState::ReadOnly(_) => return false,
        }
        let Origin::ProjectFile(path) = self.document.origin.clone() else {
            self.lock = LockState::None;
            return true;
        };
        let was_lost = matches!(self.lock, LockState::Lost(_));
        self.lock = LockState::None;
        match acquire(&path) {
            Ok(LockOutcome::Acquired(lock)) => {
                self.lock = LockState::Held(lock);
                if was_lost {
                    self.toast(
                        ToastLevel::Info,
                        format!(
                            "{} is locked again; it can be changed here.",
                            path.display()
                        ),
                    );
                }
                true
            }
            Ok(LockOutcome::HeldBy(holder)) => {
                self.toast(
                    ToastLevel::Error,
                    format!(
                        "{} was taken over by another Diptych ({}). It is read-only here now: \
                         save your changes under another name (File → Save as).",
                        path.display(),
                        holder.describe()
                    ),
                );
                self.lock = LockState::ReadOnly(holder);
                self.close_recovery_question();
                false
            }
            Err(error) => {
                if !was_lost {
                    self.toast(
                        ToastLevel::Error,
                        format!(
                            "This window's lock on {} was removed and cannot be taken again \
                             ({error}). The project is read-only here until it can be (tried \
                             every few seconds); Save as works meanwhile.",
                            path.display()
                        ),
                    );
                }
                self.lock = LockState::Lost(error.to_string());
                self.close_recovery_question();
                false
            }
        }
    }

    /// Recovery files belong to the window that holds the lock: a question about them is
    /// withdrawn when this window stops holding it.
    fn close_recovery_question(&mut self) {
        if matches!(self.modal, Some(Modal::Recover { .. })) {
            self.modal = None;
        }
    }

    /// Takes the lock of the open project file (releasing any other), or notes who holds it.
    pub(super) fn lock_document(&mut self) {
        let Origin::ProjectFile(path) = self.document.origin.clone() else {
            self.lock = LockState::None;
            return;
        };
        if let LockState::Held(lock) = &self.lock
            && lock.path() == crate::io::lock::lock_path_for(&path)
        {
            return;
        }
        // Release the previous project's lock before taking the next one.
        self.lock = LockState::None;
        match acquire(&path) {
            Ok(LockOutcome::Acquired(lock)) => self.lock = LockState::Held(lock),
            Ok(LockOutcome::HeldBy(holder)) => {
                self.modal = Some(Modal::Locked {
                    path,
                    holder: holder.clone(),
                });
                self.lock = LockState::ReadOnly(holder);
            }
            Err(error) => self.toast(
                ToastLevel::Warning,
                format!(
                    "Cannot lock {} ({error}); another Diptych could change it at the same time.",
                    path.display()
                ),
            ),
        }
    }

    /// Shows who holds the open project's lock, with the choice to take it over.
    pub(super) fn ask_take_over(&mut self) {
        if let (Origin::ProjectFile(path), LockState::ReadOnly(holder)) =
            (&self.document.origin, &self.lock)
        {
            self.modal = Some(Modal::Locked {
                path: path.clone(),
                holder: holder.clone(),
            });
        } else if matches!(self.lock, LockState::Lost(_)) {
            self.confirm_lock();
        } else {
            self.toast(
                ToastLevel::Info,
                "This window can already change the project.",
            );
        }
    }

    /// Takes the open project's lock from the holder the user says is gone; the project
    /// becomes writable here.
    pub(super) fn take_over_lock(&mut self) {
        let (Origin::ProjectFile(path), LockState::ReadOnly(holder)) =
            (self.document.origin.clone(), &self.lock)
        else {
            return;
        };
        match crate::io::lock::take_over(&path, holder) {
            Ok(LockOutcome::Acquired(lock)) => {
                self.lock = LockState::Held(lock);
                self.toast(
                    ToastLevel::Warning,
                    format!("Took over {}; it can be changed here now.", path.display()),
                );
                // Its recovery file is ours now too.
                self.offer_recovery();
            }
            Ok(LockOutcome::HeldBy(holder)) => {
                self.toast(
                    ToastLevel::Error,
                    format!(
                        "Not taken over: the lock changed hands meanwhile ({}).",
                        holder.describe()
                    ),
                );
                self.lock = LockState::ReadOnly(holder);
            }
            Err(error) => self.toast(
                ToastLevel::Error,
                format!("Cannot take over {}: {error}", path.display()),
            ),
        }
    }

    /// Refuses a change while read-only; returns whether the command may run.
    pub(super) fn allowed_while_read_only(&mut self, command: &Command) -> bool {
        let Some(holder) = self.read_only_holder() else {
            return true;
        };
        if !command.changes_project() {
            return true;
        }
        if matches!(command, Command::Save) {
            // Always answered, however often it is pressed.
            self.toast(
                ToastLevel::Warning,
                format!(
                    "Not saved: this project is read-only here ({holder}). Save as another \
                     file, or take it over (File → Take over the project)."
                ),
            );
            return false;
        }
        let message = format!(
            "Read-only ({holder}). Save as another file to work on a copy, or take it over (File → Take over the project)."
        );
        if self.last_message() != Some(message.as_str()) {
            self.toast(ToastLevel::Warning, message);
        }
        false
    }

    pub(super) fn show_backups(&mut self) {
        let Some(path) = self.document.save_path().cloned() else {
            self.toast(
                ToastLevel::Info,
                "This project has not been saved yet, so it has no backups.",
            );
            return;
        };
        self.modal = Some(Modal::Backups {
            backups: list_backups(&path),
        });
    }

    /// Replaces the document with a backup of it; the result is unsaved and saves to the
    /// project's own path.
    pub(super) fn open_backup(&mut self, backup: &Path) {
        let Some(project_path) = self.document.save_path().cloned() else {
            return;
        };
        match load_project_keeping_altered(backup) {
            Ok((project, altered)) => {
                let mut document =
                    Document::new(project, Origin::ProjectFile(project_path.clone()));
                document.altered = altered;
                document.history.mark_unsaved();
                self.replace_document(document);
                self.toast(
                    ToastLevel::Info,
                    format!(
                        "Opened the backup {}. Save to make it the current version of {} \
                         (the current file is backed up first).",
                        backup.display(),
                        project_path.display()
                    ),
                );
            }
            Err(error) => {
                self.withdraw_discard_permit();
                self.toast(
                    ToastLevel::Error,
                    format!("Cannot open the backup: {error}"),
                );
            }
        }
    }
}
