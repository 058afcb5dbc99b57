//! Things drawn over the screens: modal dialogs (unsaved changes, path entry when no file
//! dialog is available, the command palette, questions about locks, backups and recovery) and
//! toast messages. The overlays own only their widgets' state (the text typed into a field);
//! every answer leaves them as a [`Command`].

mod concordance;
mod export_dialog;
mod glossary;
mod modal;
mod palette;
mod questions;
mod recapture;
mod toasts;

use std::path::PathBuf;

pub use export_dialog::ExportDialog;
pub use glossary::{GlossaryDialog, TermDialog};
pub use modal::{ModalContext, modal_ui};
pub use recapture::RecaptureReview;
pub use toasts::toasts_ui;

use super::dialogs::DialogPurpose;
use crate::app::commands::Command;
use crate::io::RecordChoice;
use crate::io::backup::Backup;
use crate::io::import::xliff_update::Conflict;
use crate::l10n::tr;
use crate::model::{DocumentRef, LanguageTag, ParagraphId, Project};

/// What is drawn over the screens: at most one modal dialog, and the toasts.
#[derive(Default)]
pub struct Overlays {
    pub modal: Option<Modal>,
    pub toasts: Vec<Toast>,
}

impl Overlays {
    /// Shows a message in the corner.
    pub fn toast(&mut self, level: ToastLevel, text: impl Into<String>) {
        self.toasts.push(Toast::new(level, text.into()));
    }

    /// Opens a modal dialog (in place of any other).
    pub fn show(&mut self, modal: Modal) {
        self.modal = Some(modal);
    }

    /// Closes the modal if it is of the kind `is_it` recognises.
    pub fn close_if(&mut self, is_it: impl Fn(&Modal) -> bool) {
        if self.modal.as_ref().is_some_and(is_it) {
            self.modal = None;
        }
    }

    /// The text of the last message shown (of any level), if one is on screen.
    pub fn last_message(&self) -> Option<&str> {
        self.toasts.last().map(|toast| toast.text.as_str())
    }

    /// The message of the last error shown, if one is on screen.
    pub fn last_error(&self) -> Option<&str> {
        self.toasts
            .iter()
            .rev()
            .find(|toast| toast.level == ToastLevel::Error)
            .map(|toast| toast.text.as_str())
    }
}

/// A dialog that blocks the rest of the window until answered.
#[derive(Debug, Clone)]
pub enum Modal {
    /// The project has unsaved changes and `then` would lose them.
    UnsavedChanges { then: Command },
    /// No file dialog could be shown; ask for a path in a text field.
    PathPrompt {
        purpose: DialogPurpose,
        reason: String,
        text: String,
    },
    /// Search and run any command.
    Palette { query: String, highlighted: usize },
    /// Ask which language the picked translation is in.
    TranslationLanguage { path: PathBuf, text: String },
    /// A translation is being imported and aligned in the background.
    Aligning { file_name: String },
    /// A file is being read and imported in the background.
    Opening { file_name: String },
    /// A web archive holds several pages: choose the one to import.
    ChooseArchivePage {
        path: PathBuf,
        records: Vec<RecordChoice>,
    },
    /// Another instance holds the project's lock: it is open read-only.
    Locked {
        path: PathBuf,
        holder: crate::io::lock::LockInfo,
    },
    /// Unsaved work was found in recovery files: restore one or discard them.
    Recover {
        offers: Vec<crate::app::session::RecoveryOffer>,
    },
    /// The project's backups, newest first, to open one of them.
    Backups { backups: Vec<Backup> },
    /// Choose the format, language and file of an export.
    Export(Box<ExportDialog>),
    /// The concordance: the memory's pairs with a word or phrase in them.
    Concordance {
        query: String,
        /// The query the hits are for, and the hits.
        searched: String,
        hits: Vec<crate::memory::concordance::Hit>,
    },
    /// An import found translations that differ from the ones here: keep them or replace.
    ImportConflicts {
        path: PathBuf,
        language: LanguageTag,
        /// Each conflict with its row number.
        conflicts: Vec<(usize, Conflict)>,
        /// What the import did.
        report: String,
    },
    /// Choose where to split a paragraph: the cursor marks the place.
    SplitParagraph {
        document: DocumentRef,
        paragraph_id: ParagraphId,
        text: String,
    },
    /// Add a term pair to the glossary, or edit one.
    Term(Box<TermDialog>),
    /// The glossary of the shown languages: every term pair, to filter, edit and delete.
    Glossary(GlossaryDialog),
    /// The settings: the library folder and the memory's lowest score.
    Settings,
    /// A new capture of the article, compared with the current one, to make current or not.
    Recapture(Box<RecaptureReview>),
}

impl Modal {
    pub fn path_prompt(purpose: DialogPurpose, reason: String) -> Self {
        let text = match &purpose {
            DialogPurpose::SaveProject { suggested_name } => std::env::current_dir().map_or_else(
                |_| suggested_name.clone(),
                |dir| dir.join(suggested_name).display().to_string(),
            ),
            DialogPurpose::OpenArticle
            | DialogPurpose::OpenProject
            | DialogPurpose::ImportTranslation
            | DialogPurpose::FillFromMemory
            | DialogPurpose::AddCapture
            | DialogPurpose::ChooseLibrary
            | DialogPurpose::ChooseDictionaries => String::new(),
            DialogPurpose::ExportGlossary { suggested_name }
            | DialogPurpose::ExportBag { suggested_name } => std::env::current_dir().map_or_else(
                |_| suggested_name.clone(),
                |dir| dir.join(suggested_name).display().to_string(),
            ),
        };
        Self::PathPrompt {
            purpose,
            reason,
            text,
        }
    }

    /// Asks for the translation's language, suggesting the current target if it has no
    /// aligned translation yet.
    pub fn translation_language(
        project: &Project,
        target: Option<&LanguageTag>,
        path: PathBuf,
    ) -> Self {
        let suggestion = target
            .filter(|target| !project.aligned.contains_key(*target))
            .map(|target| target.as_str().to_owned())
            .unwrap_or_default();
        Self::TranslationLanguage {
            path,
            text: suggestion,
        }
    }

    pub fn palette() -> Self {
        Self::Palette {
            query: String::new(),
            highlighted: 0,
        }
    }

    /// Whether it waits for background work or for an answer that must be given (not a
    /// click outside it).
    pub fn needs_an_answer(&self) -> bool {
        matches!(
            self,
            Self::Aligning { .. }
                | Self::Opening { .. }
                | Self::Recover { .. }
                | Self::ImportConflicts { .. }
        )
    }

    pub fn title(&self) -> String {
        match self {
            Self::UnsavedChanges { .. } => tr::modal_title_unsaved(),
            Self::PathPrompt { purpose, .. } => purpose.title(),
            Self::Palette { .. } => tr::modal_title_palette(),
            Self::TranslationLanguage { .. } => tr::modal_title_translation_language(),
            Self::Aligning { .. } => tr::modal_title_aligning(),
            Self::Opening { .. } => tr::modal_title_opening(),
            Self::SplitParagraph { .. } => tr::modal_title_split(),
            Self::ChooseArchivePage { .. } => tr::modal_title_archive_page(),
            Self::Backups { .. } => tr::modal_title_backups(),
            Self::Export(_) => tr::modal_title_export(),
            Self::ImportConflicts { .. } => tr::modal_title_import_conflicts(),
            Self::Concordance { .. } => tr::modal_title_concordance(),
            Self::Recover { .. } => tr::modal_title_recover(),
            Self::Locked { .. } => tr::modal_title_locked(),
            Self::Term(dialog) if dialog.editing.is_some() => tr::modal_title_edit_term(),
            Self::Term(_) => tr::modal_title_add_term(),
            Self::Glossary(_) => tr::modal_title_glossary(),
            Self::Settings => tr::modal_title_settings(),
            Self::Recapture(_) => tr::modal_title_recapture(),
        }
    }
}

/// How serious a toast is: errors stay until dismissed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastLevel {
    Info,
    Warning,
    Error,
}

/// A short message in the corner. Errors stay until dismissed; others fade after a while.
#[derive(Debug, Clone)]
pub struct Toast {
    pub level: ToastLevel,
    pub text: String,
    shown_at: Option<f64>,
}

impl Toast {
    pub fn new(level: ToastLevel, text: String) -> Self {
        Self {
            level,
            text,
            shown_at: None,
        }
    }
}
