//! Applying commands: each [`Command`] becomes edits, file operations, view changes or a
//! dialog. Called after drawing, never during.

use std::path::Path;

use super::DiptychApp;
use super::alignment_view::{self, AlignmentView};
use super::command::Command;
use super::dialogs::DialogPurpose;
use super::document::Origin;
use super::overlays::{Modal, ToastLevel};
use super::settings::save_settings;
use crate::io::save_project_with_backup;
use crate::model::{Edit, EditGroup, LanguageTag, TranslationStatus};

impl DiptychApp {
    pub(super) fn open_dialog(&mut self, purpose: DialogPurpose) {
        if !self.dialogs.is_open() {
            self.dialogs.request(purpose);
        }
    }
    /// Runs `command` now, or asks about unsaved changes first. A "Discard" answer lets the
    /// command run without forgetting the work: that happens only when a new document takes
    /// its place (see `opening.rs`).
    pub(super) fn guard_unsaved(&mut self, command: Command, run: impl FnOnce(&mut Self)) {
        if !self.document.is_dirty() || self.discard_permitted(&command) {
            run(self);
        } else {
            self.withdraw_discard_permit();
            self.modal = Some(Modal::UnsavedChanges { then: command });
        }
    }
    /// Applies one command. Called after drawing, never during.
    pub fn apply_command(&mut self, ctx: &egui::Context, command: Command) {
        if !self.allowed_while_read_only(&command) {
            return;
        }
        if matches!(command, Command::ConfirmAndNext) {
            // A confirmed row is written to the recovery file right away.
            self.autosave.write_now = true;
        }
        match command {
            Command::NewFromArticle => {
                self.guard_unsaved(command, |app| app.open_dialog(DialogPurpose::OpenArticle));
            }
            Command::OpenProject => {
                self.guard_unsaved(command, |app| app.open_dialog(DialogPurpose::OpenProject));
            }
            Command::OpenPath(ref path) => {
                let path = path.clone();
                self.guard_unsaved(command, |app| app.open_now(&path));
            }
            Command::Save => match self.document.save_path().cloned() {
                Some(path) => self.save_to(&path),
                None => self.apply_command(ctx, Command::SaveAs),
            },
            Command::SaveAs => {
                let suggested_name = self.suggested_file_name();
                self.open_dialog(DialogPurpose::SaveProject { suggested_name });
            }
            Command::SaveTo(path) => self.save_to(&path),
            Command::ClearRecentFiles => {
                self.settings.recent_files.clear();
                self.persist_settings();
            }
            Command::Quit => {
                self.guard_unsaved(command, |app| {
                    // Unsaved work the user chose to discard goes with the window.
                    app.remove_written_recovery();
                    app.quit_confirmed = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                });
            }
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::SetTargetLanguage(language) => {
                if self.document.project.targets.contains(&language) {
                    self.target = Some(language);
                    self.grid.reset();
                    self.alignment = AlignmentView::default();
                    self.document.history.close_group();
                }
            }
            Command::ToggleTheme => {
                self.settings.dark_mode = !self.settings.dark_mode;
                ctx.set_theme(if self.settings.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
                self.persist_settings();
            }
            Command::ZoomIn => self.set_zoom(self.settings.zoom + 0.1),
            Command::ZoomOut => self.set_zoom(self.settings.zoom - 0.1),
            Command::ZoomReset => self.set_zoom(1.0),
            Command::ShowCommandPalette => self.modal = Some(Modal::palette()),
            Command::ToggleProjectPanel => self.show_project_panel = !self.show_project_panel,
            Command::SetMetadata { field, value } => {
                self.edit(
                    Edit::SetMetadata { field, value },
                    Some(EditGroup::Metadata(field)),
                );
            }
            Command::AddTarget(raw) => match LanguageTag::parse(&raw) {
                Ok(language) => {
                    let edit = Edit::AddTarget {
                        language: language.clone(),
                        position: self.document.project.targets.len(),
                        translations: std::collections::BTreeMap::new(),
                        aligned: None,
                    };
                    self.document.history.close_group();
                    if self.document.apply(edit, None).is_ok() {
                        self.new_target_text.clear();
                        self.target = Some(language);
                        self.grid.reset();
                    } else if language == self.document.project.source.language {
                        self.toast(
                            ToastLevel::Error,
                            format!("{language} is the source language"),
                        );
                    } else {
                        self.toast(ToastLevel::Error, format!("{language} is already a target"));
                    }
                }
                Err(error) => self.toast(ToastLevel::Error, error.to_string()),
            },
            Command::RemoveTarget(language) => {
                self.document.history.close_group();
                self.edit(
                    Edit::RemoveTarget {
                        language: language.clone(),
                    },
                    None,
                );
                self.toast(
                    ToastLevel::Info,
                    format!(
                        "Removed {}; Ctrl+Z brings it back.",
                        language.display_name()
                    ),
                );
            }
            Command::SelectRow(paragraph_id) => {
                if self.selected != Some(paragraph_id) {
                    self.document.history.close_group();
                }
                self.selected = Some(paragraph_id);
            }
            Command::NextRow | Command::PreviousRow => {
                let forward = command == Command::NextRow;
                match self.aligned_target() {
                    Some(language) => self.move_link_selection(&language, forward),
                    None => self.move_selection(forward),
                }
            }
            Command::ConfirmAndNext => match self.aligned_target() {
                Some(language) => {
                    if let Some(index) = self.alignment.selected
                        && let Some(aligned) = self.document.project.aligned.get(&language)
                        && let Some(edit) =
                            crate::model::link_ops::confirm(&aligned.links, &language, index)
                    {
                        self.document.history.close_group();
                        self.edit(edit, None);
                    }
                    self.move_link_selection(&language, true);
                }
                None => self.confirm_and_next(),
            },
            Command::ImportTranslation => self.open_dialog(DialogPurpose::ImportTranslation),
            Command::AskTranslationLanguage(path) => {
                self.modal = Some(Modal::translation_language(self, path));
            }
            Command::ImportTranslationFrom { path, language } => {
                self.start_alignment(path, &language);
            }
            Command::SelectLink { index, extend } => {
                if extend {
                    self.alignment.range_anchor =
                        self.alignment.range_anchor.or(self.alignment.selected);
                    self.alignment.selected = Some(index);
                } else {
                    self.select_link(index);
                }
            }
            Command::ToggleLinkFilter(filter) => {
                if let Some(position) = self
                    .alignment
                    .filters
                    .iter()
                    .position(|active| *active == filter)
                {
                    self.alignment.filters.remove(position);
                } else {
                    self.alignment.filters.push(filter);
                }
                self.alignment.rows.reset();
            }
            Command::Link(operation) => self.link_operation(operation),
            Command::ReDecodeSource(encoding) => self.redecode_source(encoding),
            Command::VerifyOriginal => self.verify_original(),
            Command::ShowBackups => self.show_backups(),
            Command::CancelOpen => self.cancel_opening(),
            Command::TakeOverLock => self.take_over_lock(),
            Command::AskTakeOver => self.ask_take_over(),
            Command::CloseReadOnly => match super::example_document() {
                Ok(document) => self.replace_document(document),
                Err(error) => self.toast(ToastLevel::Error, format!("{error:#}")),
            },
            Command::RestoreRecovery(ref path) => self.restore_recovery(path),
            Command::DiscardRecovery(ref path) => self.discard_recovery(path),
            Command::OpenBackup(ref path) => {
                let path = path.clone();
                self.guard_unsaved(command, |app| app.open_backup(&path));
            }
            Command::SetBackupsToKeep(keep) => {
                self.settings.backups_to_keep = keep;
                self.persist_settings();
            }
            Command::OpenArchivePage { ref path, ref url } => {
                let (path, url) = (path.clone(), url.clone());
                self.guard_unsaved(command, |app| app.open_archive_page(&path, &url));
            }
            Command::ToggleSentencePanel => {
                self.alignment.show_sentences = !self.alignment.show_sentences;
            }
            Command::AskSplit {
                document,
                paragraph_id,
            } => self.ask_split(document, paragraph_id),
            Command::SplitParagraph {
                document,
                paragraph_id,
                at,
            } => self.split(&document, paragraph_id, at),
            Command::ToggleAlignedColumn(language) => {
                let columns = &mut self.alignment.extra_columns;
                if let Some(position) = columns.iter().position(|shown| *shown == language) {
                    columns.remove(position);
                } else if columns.len() + 2 < alignment_view::MAX_COLUMNS {
                    columns.push(language);
                }
                self.alignment.rows.reset();
            }
            Command::SetTranslationText {
                paragraph_id,
                language,
                text,
            } => {
                let mut edits = Vec::new();
                let current = self.document.project.translation(paragraph_id, &language);
                if current.status == TranslationStatus::New && !text.is_empty() {
                    edits.push(Edit::SetTranslationStatus {
                        paragraph_id,
                        language: language.clone(),
                        status: TranslationStatus::Draft,
                    });
                }
                edits.push(Edit::SetTranslationText {
                    paragraph_id,
                    language: language.clone(),
                    text,
                });
                let group = EditGroup::TranslationText(paragraph_id, language);
                self.edit(Edit::Batch(edits), Some(group));
            }
            Command::SetTranslationNote {
                paragraph_id,
                language,
                note,
            } => {
                let group = EditGroup::TranslationNote(paragraph_id, language.clone());
                let edit = Edit::SetTranslationNote {
                    paragraph_id,
                    language,
                    note,
                };
                self.edit(edit, Some(group));
            }
            Command::SetStatus {
                paragraph_id,
                language,
                status,
            } => self.edit(
                Edit::SetTranslationStatus {
                    paragraph_id,
                    language,
                    status,
                },
                None,
            ),
            Command::SetKind { paragraph_id, kind } => {
                self.edit(Edit::SetKind { paragraph_id, kind }, None);
            }
            Command::EndTyping => self.document.history.close_group(),
        }
    }
    pub(super) fn edit(&mut self, edit: Edit, group: Option<EditGroup>) {
        if let Err(error) = self.document.apply(edit, group) {
            self.toast(
                ToastLevel::Error,
                format!("Could not change the project: {error}"),
            );
        }
    }
    pub(super) fn undo_redo(&mut self, undo: bool) {
        let result = if undo {
            self.document.undo()
        } else {
            self.document.redo()
        };
        match result {
            Ok(true) => {
                self.after_links_changed();
                if let Some(selected) = self.selected {
                    self.focus_request = Some(selected);
                }
            }
            Ok(false) => {}
            Err(error) => self.toast(ToastLevel::Error, format!("Cannot undo/redo: {error}")),
        }
    }
    pub(super) fn set_zoom(&mut self, zoom: f32) {
        self.settings.zoom = (zoom * 10.0).round().clamp(5.0, 30.0) / 10.0;
        self.persist_settings();
    }
    pub(super) fn suggested_file_name(&self) -> String {
        match &self.document.origin {
            Origin::ProjectFile(path) => path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Origin::ImportedArticle(path) => crate::io::project_file::default_project_path(path)
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Origin::Example => "example.diptych.ron".to_owned(),
        }
    }
    pub(super) fn open_now(&mut self, path: &Path) {
        self.open_now_with(path, &crate::io::ImportOptions::default());
    }
    pub(super) fn open_now_with(&mut self, path: &Path, options: &crate::io::ImportOptions) {
        self.start_opening(path, options);
    }
    pub(super) fn save_to(&mut self, path: &Path) {
        let real = crate::io::fs::canonical_file_path;
        let own_file = self
            .document
            .save_path()
            .is_some_and(|current| real(current) == real(path));
        if own_file && self.is_read_only() {
            self.toast(
                ToastLevel::Error,
                "This project is open read-only (another Diptych holds it); save a copy under another name.",
            );
            self.after_save = None;
            return;
        }
        // Its own file: the lock must still be this window's (`confirm_lock` says why not).
        // Another file: that file's lock is taken first.
        let new_lock = if own_file {
            if !self.confirm_lock() {
                self.after_save = None;
                return;
            }
            None
        } else {
            let Ok(lock) = self.lock_for_saving_as(path) else {
                self.after_save = None;
                return;
            };
            lock
        };
        match save_project_with_backup(&self.document.project, path, self.settings.backups_to_keep)
        {
            Ok(_) => {
                self.document.history.mark_saved();
                self.document.origin = Origin::ProjectFile(path.to_path_buf());
                if let Some(lock) = new_lock {
                    self.adopt_lock(lock);
                }
                self.lock_document();
                self.settings.remember(path);
                self.persist_settings();
                self.toast(ToastLevel::Info, format!("Saved {}", path.display()));
                if let Some(next) = self.after_save.take() {
                    self.pending.push(next);
                }
            }
            Err(error) => {
                self.after_save = None;
                self.toast(ToastLevel::Error, error.to_string());
            }
        }
    }
    pub(super) fn persist_settings(&mut self) {
        if let Some(path) = self.settings_path.clone()
            && let Err(error) = save_settings(&path, &self.settings)
        {
            self.toast(
                ToastLevel::Warning,
                format!("Cannot save settings to {}: {error}", path.display()),
            );
        }
    }
    /// Index of the next (or previous) translatable paragraph after the selected one.
    pub(super) fn neighbour_row(&self, forward: bool) -> Option<usize> {
        let paragraphs = self.document.project.paragraphs();
        let current = self
            .selected
            .and_then(|id| self.document.project.paragraph_index(id));
        let translatable = |index: &usize| paragraphs[*index].kind.is_translatable();
        match (current, forward) {
            (Some(index), true) => (index + 1..paragraphs.len()).find(translatable),
            (Some(index), false) => (0..index).rev().find(translatable),
            (None, _) => (0..paragraphs.len()).find(translatable),
        }
    }
    pub(super) fn move_selection(&mut self, forward: bool) {
        if let Some(index) = self.neighbour_row(forward) {
            let paragraph_id = self.document.project.paragraphs()[index].paragraph_id;
            self.document.history.close_group();
            self.selected = Some(paragraph_id);
            self.focus_request = Some(paragraph_id);
            self.grid.scroll_to = Some(index);
        }
    }
    pub(super) fn confirm_and_next(&mut self) {
        let (Some(paragraph_id), Some(language)) = (self.selected, self.target.clone()) else {
            return;
        };
        let is_translatable = self
            .document
            .project
            .paragraph(paragraph_id)
            .is_some_and(|paragraph| paragraph.kind.is_translatable());
        if is_translatable {
            let status = self
                .document
                .project
                .translation(paragraph_id, &language)
                .status;
            if !status.is_done() {
                self.document.history.close_group();
                self.edit(
                    Edit::SetTranslationStatus {
                        paragraph_id,
                        language,
                        status: TranslationStatus::Translated,
                    },
                    None,
                );
            }
        }
        self.move_selection(true);
    }
}
