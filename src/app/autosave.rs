//! Autosave and crash recovery in the window. While the project has unsaved changes, it is
//! written to its recovery file after a few seconds without edits and right after a row is
//! confirmed; when there is nothing unsaved any more (saved, undone to the saved state,
//! discarded) the recovery file is removed. Opening a project (or starting with the example)
//! looks for a recovery file and offers to restore it, showing what differs.

use std::path::PathBuf;

use egui::Ui;

use super::DiptychApp;
use super::command::Command;
use super::document::{Document, Origin};
use super::overlays::{Modal, ToastLevel};
use crate::io::recovery::{
    Recovery, describe_differences, read_recovery, recovery_path_for_project,
    recovery_path_for_unsaved, remove_recovery, write_recovery,
};

/// Seconds without an edit after which unsaved changes are written to the recovery file.
pub const AUTOSAVE_IDLE_SECONDS: f64 = 3.0;

/// What autosave has seen and written.
#[derive(Debug, Default)]
pub struct AutosaveState {
    seen_revision: u64,
    changed_at: f64,
    written_revision: Option<u64>,
    /// Write at the next opportunity (a row was just confirmed).
    pub write_now: bool,
    /// The recovery file written for the current document, if any.
    written_path: Option<PathBuf>,
    error_shown: bool,
}

/// Where the current document's recovery file goes: (file, saved project path, source).
fn recovery_target(
    document: &Document,
    recovery_dir: Option<&PathBuf>,
) -> Option<(PathBuf, Option<PathBuf>, String)> {
    match &document.origin {
        Origin::ProjectFile(path) => Some((
            recovery_path_for_project(path),
            Some(path.clone()),
            String::new(),
        )),
        Origin::ImportedArticle(article) => {
            let absolute = std::fs::canonicalize(article).unwrap_or_else(|_| article.clone());
            let source = absolute.display().to_string();
            Some((
                recovery_path_for_unsaved(recovery_dir?, &source),
                None,
                source,
            ))
        }
        Origin::Example => Some((
            recovery_path_for_unsaved(recovery_dir?, "example"),
            None,
            "example".to_owned(),
        )),
    }
}

impl DiptychApp {
    /// Called once per frame after commands were applied.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|input| input.time);
        let revision = self.document.history.revision();
        if revision != self.autosave.seen_revision {
            self.autosave.seen_revision = revision;
            self.autosave.changed_at = now;
        }
        if !self.document.is_dirty() {
            self.autosave.write_now = false;
            self.remove_written_recovery();
            return;
        }
        if self.is_read_only() || self.autosave.written_revision == Some(revision) {
            return;
        }
        let idle = now - self.autosave.changed_at;
        if !self.autosave.write_now && idle < AUTOSAVE_IDLE_SECONDS {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                AUTOSAVE_IDLE_SECONDS - idle + 0.05,
            ));
            return;
        }
        self.autosave.write_now = false;
        self.autosave.written_revision = Some(revision);
        let Some((path, project_path, source)) =
            recovery_target(&self.document, self.recovery_dir.as_ref())
        else {
            return;
        };
        match write_recovery(
            &path,
            &self.document.project,
            project_path.as_deref(),
            &source,
        ) {
            Ok(()) => {
                self.autosave.written_path = Some(path);
                self.autosave.error_shown = false;
            }
            Err(error) => {
                if !self.autosave.error_shown {
                    self.autosave.error_shown = true;
                    self.toast(
                        ToastLevel::Warning,
                        format!("Unsaved changes could not be written to a recovery file: {error}"),
                    );
                }
            }
        }
    }

    /// Removes the recovery file written for the current document (nothing is unsaved).
    pub(super) fn remove_written_recovery(&mut self) {
        if let Some(path) = self.autosave.written_path.take()
            && let Err(error) = remove_recovery(&path)
        {
            self.toast(
                ToastLevel::Warning,
                format!(
                    "Cannot remove the recovery file {}: {error}",
                    path.display()
                ),
            );
        }
    }

    /// After a document was opened: if it has a recovery file that differs from it, ask.
    pub(super) fn offer_recovery(&mut self) {
        self.autosave = AutosaveState::default();
        if self.is_read_only() {
            // The recovery file beside it belongs to the window that holds the lock.
            return;
        }
        let Some((path, _, _)) = recovery_target(&self.document, self.recovery_dir.as_ref()) else {
            return;
        };
        if !path.is_file() {
            return;
        }
        match read_recovery(&path) {
            Ok(recovery) => {
                let differences =
                    describe_differences(&self.document.project, &recovery.project, 6);
                if differences.is_empty() {
                    // Nothing that is not already in the file: the recovery file is stale.
                    let _ = remove_recovery(&path);
                } else {
                    self.modal = Some(Modal::Recover {
                        path,
                        recovery: Box::new(recovery),
                        differences,
                    });
                }
            }
            Err(error) => self.toast(
                ToastLevel::Warning,
                format!(
                    "A recovery file exists but cannot be read ({error}); it was left in place."
                ),
            ),
        }
    }

    pub(super) fn restore_recovery(&mut self, path: &std::path::Path) {
        let recovery = match read_recovery(path) {
            Ok(recovery) => recovery,
            Err(error) => {
                self.toast(ToastLevel::Error, format!("Cannot restore: {error}"));
                return;
            }
        };
        let origin = self.document.origin.clone();
        let mut document = Document::new(recovery.project, origin);
        document.history.mark_unsaved();
        self.document = document;
        self.after_document_replaced();
        // The file stays until the restored work is saved (or discarded).
        self.autosave.written_path = Some(path.to_path_buf());
        self.toast(
            ToastLevel::Info,
            format!(
                "Restored the unsaved work from {}. Save to keep it.",
                if recovery.written.is_empty() {
                    "the recovery file"
                } else {
                    &recovery.written
                }
            ),
        );
    }

    pub(super) fn discard_recovery(&mut self, path: &std::path::Path) {
        if let Err(error) = remove_recovery(path) {
            self.toast(
                ToastLevel::Warning,
                format!(
                    "Cannot remove the recovery file {}: {error}",
                    path.display()
                ),
            );
        }
    }
}

/// The recovery question; returns whether it should close.
pub fn recover_ui(
    ui: &mut Ui,
    path: &std::path::Path,
    recovery: &Recovery,
    differences: &[String],
    commands: &mut Vec<Command>,
) -> bool {
    ui.label(format!(
        "Diptych was closed with unsaved work{}. Written {} to {}.",
        recovery
            .project_path
            .as_ref()
            .map(|project| format!(" in {}", project.display()))
            .unwrap_or_default(),
        if recovery.written.is_empty() {
            "earlier"
        } else {
            &recovery.written
        },
        path.display()
    ));
    ui.add_space(4.0);
    ui.label("Compared with what is open now:");
    for line in differences {
        ui.monospace(line);
    }
    ui.add_space(8.0);
    let mut close = false;
    ui.horizontal(|ui| {
        if ui.button("Restore").clicked() {
            commands.push(Command::RestoreRecovery(path.to_path_buf()));
            close = true;
        }
        if ui.button("Discard recovered work").clicked() {
            commands.push(Command::DiscardRecovery(path.to_path_buf()));
            close = true;
        }
    });
    close
}
