//! Opening files without freezing the window, and keeping unsaved work until it is really
//! replaced.
//!
//! Reading and importing a file runs on another thread while a modal shows progress (with
//! Cancel), so drawing and autosave go on whatever the file is. The user's "Discard" in the
//! unsaved-changes dialog is a *permit* for the one action it answered: it is carried through
//! that action's file dialog or archive page chooser, and the unsaved work (and its recovery
//! file) is only let go once a new document actually replaces it. Cancelling anywhere, or an
//! error, leaves the work exactly as it was: still unsaved, still in its recovery file.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError};

use super::DiptychApp;
use super::command::Command;
use super::document::{Document, Origin};
use super::overlays::{Modal, ToastLevel};
use crate::io::ImportOptions;

/// A file being read and imported on another thread.
pub(super) struct PendingOpen {
    path: PathBuf,
    receiver: Receiver<anyhow::Result<Document>>,
}

impl DiptychApp {
    /// Whether the user's "Discard" answered `command` (or the step it led to).
    pub(super) fn discard_permitted(&self, command: &Command) -> bool {
        match (&self.discard_permit, command) {
            (Some(permit), _) if permit == command => true,
            // The page chooser of a web archive continues the opening of that archive.
            (Some(Command::OpenPath(permitted)), Command::OpenArchivePage { path, .. }) => {
                permitted == path
            }
            _ => false,
        }
    }

    /// A file dialog (or the path prompt) picked `path` for an opening the user may have
    /// answered "Discard" for: the permit moves on to opening that path.
    pub(super) fn carry_discard_permit_to(&mut self, path: &Path) {
        if matches!(
            self.discard_permit,
            Some(Command::NewFromArticle | Command::OpenProject)
        ) {
            self.discard_permit = Some(Command::OpenPath(path.to_path_buf()));
        }
    }

    /// The action a "Discard" answered will not happen (cancelled, or it failed).
    pub(super) fn withdraw_discard_permit(&mut self) {
        self.discard_permit = None;
    }

    /// Whether a file is being opened in the background.
    pub fn is_opening(&self) -> bool {
        self.opening.is_some()
    }

    /// Whether background work (opening a file, aligning) is under way.
    pub fn is_busy(&self) -> bool {
        self.is_opening() || self.is_aligning()
    }

    /// Starts reading and importing `path` on another thread.
    pub(super) fn start_opening(&mut self, path: &Path, options: &ImportOptions) {
        if self.opening.is_some() {
            self.toast(
                ToastLevel::Info,
                "Another file is still being opened; wait for it or cancel it first.",
            );
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let thread_path = path.to_path_buf();
        let thread_options = options.clone();
        let spawned = std::thread::Builder::new()
            .name("open".into())
            .spawn(move || {
                let _ = sender.send(super::open_document_with(&thread_path, &thread_options));
            });
        match spawned {
            Ok(_) => {
                self.opening = Some(PendingOpen {
                    path: path.to_path_buf(),
                    receiver,
                });
                self.modal = Some(Modal::Opening {
                    file_name: path.display().to_string(),
                });
            }
            Err(error) => {
                self.withdraw_discard_permit();
                self.toast(ToastLevel::Error, format!("cannot start opening: {error}"));
            }
        }
    }

    /// Stops waiting for the file being opened; the open document stays as it is.
    pub(super) fn cancel_opening(&mut self) {
        if let Some(pending) = self.stop_waiting() {
            self.withdraw_discard_permit();
            self.toast(
                ToastLevel::Info,
                format!("Stopped opening {}.", pending.path.display()),
            );
        }
    }

    /// Takes the result of the background opening, once it has arrived.
    pub(super) fn poll_opening(&mut self) {
        let Some(pending) = &self.opening else {
            return;
        };
        let result = match pending.receiver.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(anyhow::anyhow!("opening stopped unexpectedly")),
        };
        let path = pending.path.clone();
        self.stop_waiting();
        match result {
            Ok(document)
                if self.document.is_dirty()
                    && !self.discard_permitted(&Command::OpenPath(path.clone())) =>
            {
                // The "Discard" this opening ran under was withdrawn meanwhile (the user
                // cancelled another question): the unsaved work stays.
                drop(document);
                self.toast(
                    ToastLevel::Info,
                    format!(
                        "{} was not opened: the unsaved changes here were kept.",
                        path.display()
                    ),
                );
            }
            Ok(document) => self.opened(&path, document),
            Err(error) => {
                if let Some(crate::io::OpenError::Import(crate::io::ImportError::ChooseRecord {
                    records,
                    ..
                })) = error.downcast_ref::<crate::io::OpenError>()
                {
                    // The permit, if any, stays for the page the user picks.
                    self.modal = Some(Modal::ChooseArchivePage {
                        path,
                        records: records.clone(),
                    });
                } else {
                    self.withdraw_discard_permit();
                    self.toast(ToastLevel::Error, format!("{error:#}"));
                }
            }
        }
    }

    /// Forgets the opening under way and its progress dialog.
    fn stop_waiting(&mut self) -> Option<PendingOpen> {
        if matches!(self.modal, Some(Modal::Opening { .. })) {
            self.modal = None;
        }
        self.opening.take()
    }

    /// Puts a newly opened document in place of the current one.
    fn opened(&mut self, path: &Path, document: Document) {
        let imported = matches!(document.origin, Origin::ImportedArticle(_));
        self.replace_document(document);
        self.offer_recovery();
        if !imported {
            self.settings.remember(path);
            self.persist_settings();
        }
        let message = if imported {
            format!(
                "Imported {} ({} paragraphs). Save to create the project file.",
                path.display(),
                self.document.project.paragraphs().len()
            )
        } else {
            format!("Opened {}", path.display())
        };
        self.toast(ToastLevel::Info, message);
    }

    /// Replaces the document by another (opened, imported, a backup). Unsaved work in the
    /// current one was either saved or discarded by the user for this very action, so its
    /// recovery file goes now, and not before.
    pub(super) fn replace_document(&mut self, document: Document) {
        self.remove_written_recovery();
        self.withdraw_discard_permit();
        self.document = document;
        self.after_document_replaced();
    }
}
