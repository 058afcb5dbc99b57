//! The session: the open document and everything that keeps it safe — the project lock,
//! autosave and recovery files, backups, saving, and the user's "Discard" permit. It draws
//! nothing; what it has to tell the user goes to the [`Overlays`] it is handed.

mod autosave;
mod document;
mod lock;
mod verify;

use std::path::{Path, PathBuf};

pub use autosave::RecoveryOffer;
pub use document::{CharsetDecision, Document, Origin};

use crate::app::commands::Command;
use crate::app::overlays::{Overlays, ToastLevel};
use crate::app::settings::Preferences;
use crate::io::save_project_with_backup;
use crate::l10n::tr;
use autosave::AutosaveState;

/// Whether this window holds the open project's lock.
#[derive(Debug)]
enum LockState {
    /// No project file is open (an imported article, the example), or it cannot be locked.
    None,
    Held(crate::io::lock::ProjectLock),
    /// Another instance holds it: the project is open read-only.
    ReadOnly(crate::io::lock::LockInfo),
    /// This window held it, lost it (its lock file was removed or replaced) and could not take
    /// it again (the reason): read-only until it can, retried every few seconds.
    Lost(String),
}

/// The open document and its safety net.
pub struct Session {
    pub document: Document,
    /// The lock on the open project file, or who holds it (then the project is read-only).
    lock: LockState,
    autosave: AutosaveState,
    /// Where recovery files of never-saved projects go (`None`: none are written).
    recovery_dir: Option<PathBuf>,
    /// This window's name in its recovery files (see `io::recovery`).
    recovery_name: String,
    /// The action the user answered "Discard" for: it may replace the unsaved work.
    discard_permit: Option<Command>,
    /// Run after a successful save (a command that waited for "Save" in the unsaved dialog).
    after_save: Option<Command>,
    /// Counts the documents this session has held (each replacement is a new one).
    generation: u64,
}

/// What a result worked out in the background from the document was based on: it applies
/// only to the same document, with the same source paragraphs, paragraph id counter and target
/// languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocumentBasis {
    generation: u64,
    source_revision: u64,
    next_paragraph_id: u32,
    /// A fingerprint of the target languages (a result may add one).
    targets: u64,
}

impl Session {
    pub fn new(document: Document, recovery_dir: Option<PathBuf>) -> Self {
        Self {
            document,
            lock: LockState::None,
            autosave: AutosaveState::default(),
            recovery_dir,
            recovery_name: crate::io::recovery::new_session_id(),
            discard_permit: None,
            after_save: None,
            generation: 0,
        }
    }

    /// What the document is now, for work started from it in the background.
    pub fn basis(&self) -> DocumentBasis {
        let project = &self.document.project;
        let mut targets = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&project.targets, &mut targets);
        DocumentBasis {
            generation: self.generation,
            source_revision: project.source_revision(),
            next_paragraph_id: project.next_paragraph_id,
            targets: std::hash::Hasher::finish(&targets),
        }
    }

    /// Puts `document` in place of the current one without a word about unsaved work (the
    /// callers have dealt with it).
    fn set_document(&mut self, document: Document) {
        self.document = document;
        self.generation += 1;
    }

    /// Writes the recovery file at the next opportunity (a row was just confirmed).
    pub fn write_recovery_soon(&mut self) {
        self.autosave.write_now = true;
    }

    /// Whether the user's "Discard" answered `command` (or the step it led to).
    pub fn discard_permitted(&self, command: &Command) -> bool {
        match (&self.discard_permit, command) {
            (Some(permit), _) if permit == command => true,
            // The page chooser of a web archive continues the opening of that archive.
            (Some(Command::OpenPath(permitted)), Command::OpenArchivePage { path, .. }) => {
                permitted == path
            }
            _ => false,
        }
    }

    /// The user answered "Discard" for `command`: it may replace the unsaved work.
    pub fn permit_discard_for(&mut self, command: Command) {
        self.discard_permit = Some(command);
    }

    /// A file dialog (or the path prompt) picked `path` for an opening the user may have
    /// answered "Discard" for: the permit moves on to opening that path.
    pub fn carry_discard_permit_to(&mut self, path: &Path) {
        if matches!(
            self.discard_permit,
            Some(Command::NewFromArticle | Command::OpenProject)
        ) {
            self.discard_permit = Some(Command::OpenPath(path.to_path_buf()));
        }
    }

    /// The action a "Discard" answered will not happen (cancelled, or it failed).
    pub fn withdraw_discard_permit(&mut self) {
        self.discard_permit = None;
    }

    /// Runs `command` after the next successful save.
    pub fn run_after_save(&mut self, command: Command) {
        self.after_save = Some(command);
    }

    /// The save that a command waited for will not happen.
    pub fn forget_after_save(&mut self) {
        self.after_save = None;
    }

    /// Puts `document` in place of the current one. Unsaved work in the current one was
    /// either saved or discarded by the user for this very action, so its recovery file goes
    /// now, and not before.
    pub fn replace_document(&mut self, document: Document, overlays: &mut Overlays) {
        self.remove_written_recovery(overlays);
        self.withdraw_discard_permit();
        self.set_document(document);
    }

    /// Saves the project to `path` (its own file, or another: "Save as"), keeping a backup of
    /// what it replaces. Returns the command that waited for this save, once it succeeded.
    pub fn save_to(
        &mut self,
        path: &Path,
        preferences: &mut Preferences,
        overlays: &mut Overlays,
    ) -> Option<Command> {
        let real = crate::io::fs::canonical_file_path;
        let own_file = self
            .document
            .save_path()
            .is_some_and(|current| real(current) == real(path));
        if own_file && self.is_read_only() {
            overlays.toast(ToastLevel::Error, tr::session_read_only_save_copy());
            self.after_save = None;
            return None;
        }
        // Its own file: the lock must still be this window's (`confirm_lock` says why not).
        // Another file: that file's lock is taken first.
        let new_lock = if own_file {
            if !self.confirm_lock(overlays) {
                self.after_save = None;
                return None;
            }
            None
        } else {
            let Ok(lock) = Self::lock_for_saving_as(path, overlays) else {
                self.after_save = None;
                return None;
            };
            lock
        };
        let keep = preferences.settings.backups_to_keep;
        match save_project_with_backup(&self.document.project, path, keep) {
            Ok(_) => {
                self.document.history.mark_saved();
                self.document.origin = Origin::ProjectFile(path.to_path_buf());
                if let Some(lock) = new_lock {
                    self.adopt_lock(lock);
                }
                self.lock_document(overlays);
                preferences.settings.remember(path);
                preferences.persist(overlays);
                let conflicts = self.document.project.conflict_count();
                if conflicts == 0 {
                    overlays.toast(
                        ToastLevel::Info,
                        tr::session_saved(path.display().to_string()),
                    );
                } else {
                    overlays.toast(
                        ToastLevel::Warning,
                        tr::session_saved_with_conflicts(path.display().to_string(), conflicts),
                    );
                }
                self.after_save.take()
            }
            Err(error) => {
                self.after_save = None;
                overlays.toast(ToastLevel::Error, error.to_string());
                None
            }
        }
    }
}
