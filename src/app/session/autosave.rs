//! Autosave and crash recovery in the window. While the project has unsaved changes, it is
//! written to its recovery file after a few seconds without edits and right after a row is
//! confirmed; when there is nothing unsaved any more (saved, undone to the saved state,
//! discarded) the recovery file is removed. Opening a project (or starting with the example)
//! looks for a recovery file and offers to restore it, showing what differs.

use std::path::PathBuf;
use std::time::Duration;

use super::Session;
use super::document::{Document, Origin};
use crate::app::describe;
use crate::app::overlays::{Modal, Overlays, ToastLevel};
use crate::io::recovery::{
    Recovery, read_recovery, recovery_differences, recovery_files_for_project,
    recovery_files_for_unsaved, recovery_path_for_project, recovery_path_for_unsaved,
    remove_recovery, write_recovery,
};
use crate::l10n::tr;

/// Seconds without an edit after which unsaved changes are written to the recovery file.
pub const AUTOSAVE_IDLE_SECONDS: f64 = 3.0;

/// How often a window checks that it still holds its project's lock.
const LOCK_CHECK_SECONDS: f64 = 2.0;

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
    /// A recovery file the current document was restored from (removed with ours).
    adopted: Option<PathBuf>,
    /// When the project lock was last confirmed (another window may take the project over).
    lock_checked_at: f64,
    error_shown: bool,
}

/// Where a document's recovery files live.
enum RecoveryPlace {
    /// Beside the saved project file.
    Project(PathBuf),
    /// In the recovery folder, named after what the unsaved project was made from (the
    /// article's absolute path, or "example").
    Unsaved { dir: PathBuf, source: String },
}

fn recovery_place(document: &Document, recovery_dir: Option<&PathBuf>) -> Option<RecoveryPlace> {
    let source = match &document.origin {
        Origin::ProjectFile(path) => return Some(RecoveryPlace::Project(path.clone())),
        Origin::ImportedArticle(article) => std::fs::canonicalize(article)
            .unwrap_or_else(|_| article.clone())
            .display()
            .to_string(),
        Origin::Example => "example".to_owned(),
    };
    Some(RecoveryPlace::Unsaved {
        dir: recovery_dir?.clone(),
        source,
    })
}

/// Where this window writes the current document's recovery file: (file, saved project path,
/// source).
fn recovery_target(
    document: &Document,
    recovery_dir: Option<&PathBuf>,
    session: &str,
) -> Option<(PathBuf, Option<PathBuf>, String)> {
    Some(match recovery_place(document, recovery_dir)? {
        RecoveryPlace::Project(path) => (
            recovery_path_for_project(&path, session),
            Some(path),
            String::new(),
        ),
        RecoveryPlace::Unsaved { dir, source } => (
            recovery_path_for_unsaved(&dir, &source, session),
            None,
            source,
        ),
    })
}

/// The recovery files left for the current document by any window.
fn recovery_files_of(document: &Document, recovery_dir: Option<&PathBuf>) -> Vec<PathBuf> {
    match recovery_place(document, recovery_dir) {
        Some(RecoveryPlace::Project(path)) => recovery_files_for_project(&path),
        Some(RecoveryPlace::Unsaved { dir, source }) => recovery_files_for_unsaved(&dir, &source),
        None => Vec::new(),
    }
}

/// A recovery file offered to the user, with what it would change.
#[derive(Debug, Clone)]
pub struct RecoveryOffer {
    pub path: PathBuf,
    pub recovery: Box<Recovery>,
    pub differences: Vec<String>,
}

impl Session {
    /// Called once per frame after commands were applied, with the frame's time in seconds.
    /// Returns how soon the window should wake up again (even when idle) for the next lock
    /// check or recovery write.
    pub fn autosave_tick(&mut self, now: f64, overlays: &mut Overlays) -> Option<Duration> {
        let mut wake_up = None;
        if now - self.autosave.lock_checked_at >= LOCK_CHECK_SECONDS {
            self.autosave.lock_checked_at = now;
            self.confirm_lock(overlays);
        }
        if self.holds_lock() {
            // Keep checking while idle too.
            wake_up = Some(Duration::from_secs_f64(LOCK_CHECK_SECONDS));
        }
        let revision = self.document.history.revision();
        if revision != self.autosave.seen_revision {
            self.autosave.seen_revision = revision;
            self.autosave.changed_at = now;
        }
        if !self.document.is_dirty() {
            self.autosave.write_now = false;
            self.remove_written_recovery(overlays);
            return wake_up;
        }
        if self.is_read_only() || self.autosave.written_revision == Some(revision) {
            return wake_up;
        }
        let idle = now - self.autosave.changed_at;
        if !self.autosave.write_now && idle < AUTOSAVE_IDLE_SECONDS {
            let write_at = Duration::from_secs_f64(AUTOSAVE_IDLE_SECONDS - idle + 0.05);
            return Some(wake_up.map_or(write_at, |lock_check| lock_check.min(write_at)));
        }
        self.autosave.write_now = false;
        self.autosave.written_revision = Some(revision);
        let Some((path, project_path, source)) = recovery_target(
            &self.document,
            self.recovery_dir.as_ref(),
            &self.recovery_name,
        ) else {
            return wake_up;
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
                // The restored file's work is in ours now.
                if let Some(adopted) = self.autosave.adopted.take()
                    && Some(&adopted) != self.autosave.written_path.as_ref()
                    && let Err(error) = remove_recovery(&adopted)
                {
                    overlays.toast(
                        ToastLevel::Warning,
                        tr::recovery_cannot_remove(
                            adopted.display().to_string(),
                            error.to_string(),
                        ),
                    );
                }
            }
            Err(error) => {
                if !self.autosave.error_shown {
                    self.autosave.error_shown = true;
                    overlays.toast(
                        ToastLevel::Warning,
                        tr::autosave_cannot_write(error.to_string()),
                    );
                }
            }
        }
        wake_up
    }

    /// Removes the recovery files of the current document's unsaved work (nothing is unsaved
    /// any more): the one this window wrote and the one it restored from.
    pub fn remove_written_recovery(&mut self, overlays: &mut Overlays) {
        let paths: Vec<PathBuf> = [
            self.autosave.written_path.take(),
            self.autosave.adopted.take(),
        ]
        .into_iter()
        .flatten()
        .collect();
        for path in paths {
            if let Err(error) = remove_recovery(&path) {
                overlays.toast(
                    ToastLevel::Warning,
                    tr::recovery_cannot_remove(path.display().to_string(), error.to_string()),
                );
            }
        }
    }

    /// After a document was opened: every recovery file left for it (by this or another
    /// window that crashed) that differs from it is offered; one identical to it is removed.
    /// Files another running window is writing are left to that window.
    pub fn offer_recovery(&mut self, overlays: &mut Overlays) {
        self.autosave = AutosaveState::default();
        if self.is_read_only() {
            // The recovery files beside it belong to the window that holds the lock.
            return;
        }
        let mut offers = Vec::new();
        for path in recovery_files_of(&self.document, self.recovery_dir.as_ref()) {
            match read_recovery(&path) {
                Ok(recovery) if recovery.is_of_a_live_window() => {}
                Ok(recovery) => {
                    let differences: Vec<String> =
                        recovery_differences(&self.document.project, &recovery.project, 6)
                            .iter()
                            .map(describe::recovery_difference)
                            .collect();
                    if differences.is_empty() {
                        // Nothing that is not already in the file: the recovery file is stale.
                        // One that cannot be removed is only looked at again next time.
                        if let Err(error) = remove_recovery(&path) {
                            overlays.toast(
                                ToastLevel::Warning,
                                tr::recovery_cannot_remove_stale(
                                    path.display().to_string(),
                                    error.to_string(),
                                ),
                            );
                        }
                    } else {
                        offers.push(RecoveryOffer {
                            path,
                            recovery: Box::new(recovery),
                            differences,
                        });
                    }
                }
                Err(error) => overlays.toast(
                    ToastLevel::Warning,
                    tr::recovery_unreadable(error.to_string()),
                ),
            }
        }
        if !offers.is_empty() {
            overlays.show(Modal::Recover { offers });
        }
    }

    /// Puts the unsaved work of a recovery file in place of the document. Returns what to
    /// tell the user once the rest of the window has caught up with the new document, or
    /// `None` (with the reason shown) when the file cannot be read.
    pub fn restore_recovery(
        &mut self,
        path: &std::path::Path,
        overlays: &mut Overlays,
    ) -> Option<String> {
        let recovery = match read_recovery(path) {
            Ok(recovery) => recovery,
            Err(error) => {
                overlays.toast(
                    ToastLevel::Error,
                    tr::recovery_cannot_restore(error.to_string()),
                );
                return None;
            }
        };
        let origin = self.document.origin.clone();
        let mut document = Document::new(recovery.project, origin);
        document.history.mark_unsaved();
        self.set_document(document);
        // The file stays until this window's own recovery file holds the restored work
        // (written at once) or the work is saved or discarded.
        let own = self.autosave.written_path.take();
        self.autosave = AutosaveState {
            written_path: own,
            adopted: Some(path.to_path_buf()),
            write_now: true,
            ..AutosaveState::default()
        };
        Some(if recovery.written.is_empty() {
            tr::recovery_restored()
        } else {
            tr::recovery_restored_written(&recovery.written)
        })
    }

    pub fn discard_recovery(path: &std::path::Path, overlays: &mut Overlays) {
        if let Err(error) = remove_recovery(path) {
            overlays.toast(
                ToastLevel::Warning,
                tr::recovery_cannot_remove(path.display().to_string(), error.to_string()),
            );
        }
    }
}
