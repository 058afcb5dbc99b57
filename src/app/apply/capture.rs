//! A new capture of the article in the window: picked, read in the background, compared with
//! the current capture and shown for review ([`Modal::Recapture`]); made current as one undo
//! step; and the stale translations it leaves visited one after another.

use std::path::{Path, PathBuf};

use super::super::DiptychApp;
use crate::app::overlays::{Modal, RecaptureReview, ToastLevel};
use crate::app::session::DocumentBasis;
use crate::app::words;
use crate::l10n::tr;
use crate::model::IncomingCapture;

impl DiptychApp {
    /// Starts reading `path` as a new capture of the open project's article.
    pub(super) fn start_capture_read(&mut self, path: PathBuf) {
        let basis = self.session.basis();
        let targets = self.session.document.project.targets.clone();
        let file_name = crate::io::fs::file_name_or_path(&path);
        match self.jobs.start_capture_read(path, basis, targets) {
            Ok(()) => self.overlays.show(Modal::Opening { file_name }),
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::capture_cannot_read(error.to_string()),
            ),
        }
    }

    /// A new capture was read: compare it with the current one and show the review.
    pub(super) fn capture_read(
        &mut self,
        path: &Path,
        basis: DocumentBasis,
        result: Result<Box<IncomingCapture>, String>,
    ) {
        self.overlays
            .close_if(|modal| matches!(modal, Modal::Opening { .. }));
        let incoming = match result {
            Ok(incoming) => incoming,
            Err(error) => {
                self.overlays.toast(
                    ToastLevel::Error,
                    tr::capture_not_added(path.display().to_string(), error),
                );
                return;
            }
        };
        if basis != self.session.basis() {
            self.overlays.toast(
                ToastLevel::Warning,
                tr::capture_not_compared(path.display().to_string()),
            );
            return;
        }
        let now = crate::io::fs::utc_iso(std::time::SystemTime::now());
        match crate::model::plan_recapture(&self.session.document.project, *incoming, &now) {
            Ok(plan) => {
                let file_name = crate::io::fs::file_name_or_path(path);
                self.overlays
                    .show(Modal::Recapture(Box::new(RecaptureReview {
                        file_name,
                        plan,
                        basis,
                        revision: self.session.document.history.revision(),
                        show_other: false,
                    })));
            }
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::capture_not_added(path.display().to_string(), error.to_string()),
            ),
        }
    }

    /// Makes the reviewed capture current, as one undo step, if the project is still as it
    /// was compared.
    pub(super) fn apply_capture(&mut self) {
        let Some(Modal::Recapture(review)) = self.overlays.modal.take() else {
            return;
        };
        if review.basis != self.session.basis()
            || review.revision != self.session.document.history.revision()
        {
            self.overlays
                .toast(ToastLevel::Warning, tr::capture_not_applied());
            return;
        }
        let report = review.plan.report;
        let mut editing = self.editing();
        editing.edit_alone(review.plan.edit);
        let captures = self.session.document.project.capture_count();
        self.overlays.toast(
            ToastLevel::Info,
            tr::capture_applied(
                captures.to_string(),
                report.changed,
                report.added,
                report.removed,
                report.stale,
            ),
        );
    }

    /// Selects the next row (after the selected one, wrapping) whose translation into the
    /// shown language is stale.
    pub(super) fn next_stale(&mut self) {
        let Some(language) = self.view.target.clone() else {
            self.overlays
                .toast(ToastLevel::Info, tr::capture_choose_target());
            return;
        };
        if !self.show_next_row(&language, crate::model::Translation::is_stale) {
            self.overlays.toast(
                ToastLevel::Info,
                tr::capture_no_stale(words::language_name(&language)),
            );
        }
    }

    /// Selects the next row a merge left with two versions: in the shown language, else in
    /// the first language that has one (shown instead); with none left but a metadata field's,
    /// the project panel is opened where that is resolved.
    pub(super) fn next_conflict(&mut self) {
        let conflicted = |translation: &crate::model::Translation| translation.conflict.is_some();
        if let Some(language) = self.view.target.clone()
            && self.show_next_row(&language, conflicted)
        {
            return;
        }
        let project = &self.session.document.project;
        if let Some((language, _)) = crate::model::conflicted_translations(project).first() {
            let language = language.clone();
            self.view.show_target(language.clone());
            self.show_next_row(&language, conflicted);
        } else if let Some(field) = project.metadata_conflicts.keys().next() {
            let label = words::metadata_field(*field);
            self.view.dock.open(crate::app::dock::DockPanel::Project);
            self.overlays
                .toast(ToastLevel::Info, tr::capture_field_conflict(label));
        } else {
            self.overlays
                .toast(ToastLevel::Info, tr::capture_no_conflict());
        }
    }

    /// Selects and focuses the next row after the selected one (wrapping) whose translation
    /// into `language` passes `wanted`; false when there is none.
    fn show_next_row(
        &mut self,
        language: &crate::model::LanguageTag,
        wanted: impl Fn(&crate::model::Translation) -> bool,
    ) -> bool {
        let project = &self.session.document.project;
        let paragraphs = project.paragraphs();
        let start = self
            .view
            .selected
            .and_then(|id| project.paragraph_index(id))
            .map_or(0, |index| index + 1);
        let found = (0..paragraphs.len())
            .map(|offset| (start + offset) % paragraphs.len())
            .find(|index| wanted(project.translation(paragraphs[*index].paragraph_id, language)));
        let Some(index) = found else {
            return false;
        };
        let paragraph_id = paragraphs[index].paragraph_id;
        self.editing().show_row(paragraph_id);
        self.view.focus_request = Some(crate::app::view::FocusRequest::at_end(paragraph_id));
        true
    }
}
