//! The project lock in the window: read-only when another instance holds it, taken back or
//! given up when another window takes the project over, and the read-only guard on commands.
//! Also the list of timestamped backups and loading one of them.

use std::path::Path;

use super::document::{Document, Origin};
use super::{LockState, Session};
use crate::app::commands::Command;
use crate::app::describe;
use crate::app::overlays::{Modal, Overlays, ToastLevel};
use crate::io::backup::list_backups;
use crate::io::lock::{LockOutcome, ProjectLock, acquire};
use crate::io::project_file::load_project_keeping_altered;
use crate::l10n::tr;

impl Session {
    /// Whether the open project is read-only here: another instance holds its lock, or this
    /// window lost its lock and cannot take it again.
    pub fn is_read_only(&self) -> bool {
        matches!(self.lock, LockState::ReadOnly(_) | LockState::Lost(_))
    }

    /// Before saving the project as another file: takes that file's lock, so that a project
    /// another window has open is never written over. `Err` (with the reason shown) when
    /// another Diptych holds it; no lock, with a warning, when it cannot be locked at all.
    pub fn lock_for_saving_as(
        path: &Path,
        overlays: &mut Overlays,
    ) -> Result<Option<ProjectLock>, ()> {
        match acquire(path) {
            Ok(LockOutcome::Acquired(lock)) => Ok(Some(lock)),
            Ok(LockOutcome::HeldBy(holder)) => {
                overlays.toast(
                    ToastLevel::Error,
                    tr::lock_save_as_held(
                        path.display().to_string(),
                        describe::lock_holder(&holder),
                    ),
                );
                Err(())
            }
            Err(error) => {
                overlays.toast(
                    ToastLevel::Warning,
                    tr::lock_save_as_cannot_lock(path.display().to_string(), error.to_string()),
                );
                Ok(None)
            }
        }
    }

    /// Makes `lock` (just taken for the file the project now lives in) this window's lock.
    pub fn adopt_lock(&mut self, lock: ProjectLock) {
        self.lock = LockState::Held(lock);
    }

    /// Whether this window holds the open project's lock.
    pub fn holds_lock(&self) -> bool {
        matches!(self.lock, LockState::Held(_))
    }

    /// Who holds the open project's lock when it is read-only here, for people.
    pub fn read_only_holder(&self) -> Option<String> {
        match &self.lock {
            LockState::ReadOnly(holder) => Some(describe::lock_holder(holder)),
            LockState::Lost(reason) => Some(tr::lock_lost_reason(reason)),
            LockState::None | LockState::Held(_) => None,
        }
    }

    /// Makes sure this window still holds the lock it took: another window may have taken the
    /// project over (its lock file was replaced). If so, the lock is taken back when nobody
    /// holds it now, and otherwise the project becomes read-only here. Returns whether this
    /// window may still write the project.
    pub fn confirm_lock(&mut self, overlays: &mut Overlays) -> bool {
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
                    overlays.toast(
                        ToastLevel::Info,
                        tr::lock_locked_again(path.display().to_string()),
                    );
                }
                true
            }
            Ok(LockOutcome::HeldBy(holder)) => {
                overlays.toast(
                    ToastLevel::Error,
                    tr::lock_taken_over_by_other(
                        path.display().to_string(),
                        describe::lock_holder(&holder),
                    ),
                );
                self.lock = LockState::ReadOnly(holder);
                Self::close_recovery_question(overlays);
                false
            }
            Err(error) => {
                if !was_lost {
                    overlays.toast(
                        ToastLevel::Error,
                        tr::lock_removed(path.display().to_string(), error.to_string()),
                    );
                }
                self.lock = LockState::Lost(error.to_string());
                Self::close_recovery_question(overlays);
                false
            }
        }
    }

    /// Recovery files belong to the window that holds the lock: a question about them is
    /// withdrawn when this window stops holding it.
    fn close_recovery_question(overlays: &mut Overlays) {
        overlays.close_if(|modal| matches!(modal, Modal::Recover { .. }));
    }

    /// Takes the lock of the open project file (releasing any other), or notes who holds it.
    pub fn lock_document(&mut self, overlays: &mut Overlays) {
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
                overlays.show(Modal::Locked {
                    path,
                    holder: holder.clone(),
                });
                self.lock = LockState::ReadOnly(holder);
            }
            Err(error) => overlays.toast(
                ToastLevel::Warning,
                tr::lock_cannot_lock(path.display().to_string(), error.to_string()),
            ),
        }
    }

    /// Shows who holds the open project's lock, with the choice to take it over.
    pub fn ask_take_over(&mut self, overlays: &mut Overlays) {
        if let (Origin::ProjectFile(path), LockState::ReadOnly(holder)) =
            (&self.document.origin, &self.lock)
        {
            overlays.show(Modal::Locked {
                path: path.clone(),
                holder: holder.clone(),
            });
        } else if matches!(self.lock, LockState::Lost(_)) {
            self.confirm_lock(overlays);
        } else {
            overlays.toast(ToastLevel::Info, tr::lock_already_writable());
        }
    }

    /// Takes the open project's lock from the holder the user says is gone; the project
    /// becomes writable here.
    pub fn take_over_lock(&mut self, overlays: &mut Overlays) {
        let (Origin::ProjectFile(path), LockState::ReadOnly(holder)) =
            (self.document.origin.clone(), &self.lock)
        else {
            return;
        };
        match crate::io::lock::take_over(&path, holder) {
            Ok(LockOutcome::Acquired(lock)) => {
                self.lock = LockState::Held(lock);
                overlays.toast(
                    ToastLevel::Warning,
                    tr::lock_took_over(path.display().to_string()),
                );
                // Its recovery file is ours now too.
                self.offer_recovery(overlays);
            }
            Ok(LockOutcome::HeldBy(holder)) => {
                overlays.toast(
                    ToastLevel::Error,
                    tr::lock_not_taken_over(describe::lock_holder(&holder)),
                );
                self.lock = LockState::ReadOnly(holder);
            }
            Err(error) => overlays.toast(
                ToastLevel::Error,
                tr::lock_cannot_take_over(path.display().to_string(), error.to_string()),
            ),
        }
    }

    /// Refuses a change while read-only; returns whether the command may run.
    pub fn allowed_while_read_only(&mut self, command: &Command, overlays: &mut Overlays) -> bool {
        let Some(holder) = self.read_only_holder() else {
            return true;
        };
        if !command.changes_project() {
            return true;
        }
        if matches!(command, Command::Save | Command::SaveThen(_)) {
            // Always answered, however often it is pressed.
            overlays.toast(ToastLevel::Warning, tr::lock_read_only_not_saved(&holder));
            return false;
        }
        let message = tr::lock_read_only_refused(holder);
        if overlays.last_message() != Some(message.as_str()) {
            overlays.toast(ToastLevel::Warning, message);
        }
        false
    }

    pub fn show_backups(&mut self, overlays: &mut Overlays) {
        let Some(path) = self.document.save_path().cloned() else {
            overlays.toast(ToastLevel::Info, tr::session_backups_none_unsaved());
            return;
        };
        overlays.show(Modal::Backups {
            backups: list_backups(&path),
        });
    }

    /// Loads a backup of the project as an unsaved document that saves to the project's own
    /// path (the caller puts it in place of the current one), with what to tell the user. `None`, with the reason shown,
    /// when it cannot be read.
    pub fn load_backup(
        &self,
        backup: &Path,
        overlays: &mut Overlays,
    ) -> Option<(Document, String)> {
        let project_path = self.document.save_path()?.clone();
        match load_project_keeping_altered(backup) {
            Ok((project, altered)) => {
                let mut document =
                    Document::new(project, Origin::ProjectFile(project_path.clone()));
                document.altered = altered;
                document.history.mark_unsaved();
                let message = tr::session_backup_opened(
                    backup.display().to_string(),
                    project_path.display().to_string(),
                );
                Some((document, message))
            }
            Err(error) => {
                overlays.toast(
                    ToastLevel::Error,
                    tr::session_backup_cannot_open(error.to_string()),
                );
                None
            }
        }
    }
}
