//! Commands that change the project or move around in it: translations, statuses, notes,
//! kinds, metadata, target languages, undo and redo, rows, and reading the original again.
//! They need the document, the view and the overlays, and nothing else.

use crate::app::commands::Command;
use crate::app::overlays::{Overlays, ToastLevel};
use crate::app::session::Document;
use crate::app::view::ViewState;
use crate::app::words;
use crate::l10n::tr;
use crate::model::{Edit, EditGroup, LanguageTag, TextEncoding, TranslationStatus};

/// The parts of the app that editing commands work on.
pub struct EditContext<'a> {
    pub document: &'a mut Document,
    pub view: &'a mut ViewState,
    pub overlays: &'a mut Overlays,
}

impl EditContext<'_> {
    /// Applies an edit as (part of) one undo step; a refused edit is shown.
    pub fn edit(&mut self, edit: Edit, group: Option<EditGroup>) {
        if let Err(error) = self.document.apply(edit, group) {
            self.overlays
                .toast(ToastLevel::Error, tr::edit_refused(error.to_string()));
        }
    }

    /// Applies `edit` as an undo step of its own; a refused edit is shown.
    pub fn edit_alone(&mut self, edit: Edit) {
        self.document.history.close_group();
        self.edit(edit, None);
        self.document.history.close_group();
    }

    /// Selects the grid's row of paragraph `id` and scrolls to it (a match or a finding
    /// shown); the typing group ends.
    pub fn show_row(&mut self, id: crate::model::ParagraphId) {
        if let Some(index) = self.document.project.paragraph_index(id) {
            self.document.history.close_group();
            self.view.selected = Some(id);
            self.view.grid.scroll_to = Some(index);
        }
    }

    /// Applies one editing command; returns it back when it is not one of these.
    pub fn apply(&mut self, command: Command) -> Option<Command> {
        match command {
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::EndTyping => self.document.history.close_group(),
            Command::SetTargetLanguage(language) => {
                if self.document.project.targets.contains(&language) {
                    self.view.show_target(language);
                    self.document.history.close_group();
                }
            }
            Command::SetMetadata { field, value } => {
                self.edit(
                    Edit::SetMetadata { field, value },
                    Some(EditGroup::Metadata(field)),
                );
            }
            Command::AddTarget(raw) => self.add_target(&raw),
            Command::RemoveTarget(language) => {
                self.document.history.close_group();
                self.edit(
                    Edit::RemoveTarget {
                        language: language.clone(),
                    },
                    None,
                );
                self.overlays.toast(
                    ToastLevel::Info,
                    tr::edit_target_removed(words::language_name(&language)),
                );
            }
            Command::SelectRow(paragraph_id) => {
                if self.view.selected != Some(paragraph_id) {
                    self.document.history.close_group();
                }
                self.view.selected = Some(paragraph_id);
            }
            Command::NextRow | Command::PreviousRow => {
                let forward = command == Command::NextRow;
                let project = &self.document.project;
                match self.view.aligned_target(project) {
                    Some(language) => self.view.move_link_selection(project, &language, forward),
                    None => self.move_selection(forward),
                }
            }
            Command::ConfirmAndNext => self.confirm_and_next(),
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
            } => {
                // Marking a stale translation done says it fits the new source.
                let stale = status.is_done()
                    && self
                        .document
                        .project
                        .translation(paragraph_id, &language)
                        .is_stale();
                let mut edits = vec![Edit::SetTranslationStatus {
                    paragraph_id,
                    language: language.clone(),
                    status,
                }];
                if stale {
                    edits.push(Edit::SetTranslationStale {
                        paragraph_id,
                        language,
                        stale_source: None,
                    });
                }
                self.edit_alone(Edit::Batch(edits));
            }
            Command::ResolveConflict {
                paragraph_id,
                language,
                resolution,
            } => {
                let project = &self.document.project;
                if let Some(edit) = crate::model::resolve_translation_conflict(
                    project,
                    paragraph_id,
                    &language,
                    resolution,
                ) {
                    self.edit_alone(edit);
                }
            }
            Command::RestoreTranslation {
                paragraph_id,
                language,
                version,
            } => self.edit_alone(Edit::Batch(vec![
                Edit::SetTranslationText {
                    paragraph_id,
                    language: language.clone(),
                    text: version.text,
                },
                Edit::SetTranslationStatus {
                    paragraph_id,
                    language: language.clone(),
                    status: version.status,
                },
                Edit::SetTranslationNote {
                    paragraph_id,
                    language,
                    note: version.note,
                },
            ])),
            Command::ResolveMetadataConflict { field, resolution } => {
                let project = &self.document.project;
                if let Some(edit) =
                    crate::model::resolve_metadata_conflict(project, field, resolution)
                {
                    self.edit_alone(edit);
                }
            }
            Command::KeepStaleTranslation {
                paragraph_id,
                language,
            } => self.edit_alone(Edit::SetTranslationStale {
                paragraph_id,
                language,
                stale_source: None,
            }),
            Command::SetKind { paragraph_id, kind } => {
                self.edit(Edit::SetKind { paragraph_id, kind }, None);
            }
            Command::ReDecodeSource(encoding) => self.redecode_source(encoding),
            other => return Some(other),
        }
        None
    }

    fn add_target(&mut self, raw: &str) {
        match LanguageTag::parse(raw) {
            Ok(language) => {
                let edit = Edit::AddTarget {
                    language: language.clone(),
                    position: self.document.project.targets.len(),
                    translations: std::collections::BTreeMap::new(),
                    aligned: None,
                };
                self.document.history.close_group();
                if self.document.apply(edit, None).is_ok() {
                    self.view.dock.new_target_text.clear();
                    self.view.target = Some(language);
                    self.view.grid.reset();
                } else if language == self.document.project.source.language {
                    self.overlays.toast(
                        ToastLevel::Error,
                        tr::edit_is_source_language(language.as_str()),
                    );
                } else {
                    self.overlays.toast(
                        ToastLevel::Error,
                        tr::edit_already_target(language.as_str()),
                    );
                }
            }
            Err(error) => self.overlays.toast(ToastLevel::Error, error.to_string()),
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let result = if undo {
            self.document.undo()
        } else {
            self.document.redo()
        };
        match result {
            Ok(true) => {
                self.view.after_links_changed(&self.document.project);
                if let Some(selected) = self.view.selected {
                    self.view.focus_request =
                        Some(crate::app::view::FocusRequest::at_end(selected));
                }
            }
            Ok(false) => {}
            Err(error) => self
                .overlays
                .toast(ToastLevel::Error, tr::edit_undo_failed(error.to_string())),
        }
    }

    fn move_selection(&mut self, forward: bool) {
        let document = &mut *self.document;
        if self.view.move_selection(&document.project, forward) {
            document.history.close_group();
        }
    }

    /// Marks the selected row translated (or confirms the selected link) and moves on.
    fn confirm_and_next(&mut self) {
        if let Some(language) = self.view.aligned_target(&self.document.project) {
            if let Some(index) = self.view.alignment.selected
                && let Some(aligned) = self.document.project.aligned.get(&language)
                && let Some(edit) =
                    crate::model::link_ops::confirm(&aligned.links, &language, index)
            {
                self.document.history.close_group();
                self.edit(edit, None);
            }
            self.view
                .move_link_selection(&self.document.project, &language, true);
            return;
        }
        let (Some(paragraph_id), Some(language)) = (self.view.selected, self.view.target.clone())
        else {
            return;
        };
        let is_translatable = self
            .document
            .project
            .paragraph(paragraph_id)
            .is_some_and(|paragraph| paragraph.kind.is_translatable());
        if is_translatable {
            let translation = self.document.project.translation(paragraph_id, &language);
            let mut edits = Vec::new();
            if !translation.status.is_done() {
                edits.push(Edit::SetTranslationStatus {
                    paragraph_id,
                    language: language.clone(),
                    status: TranslationStatus::Translated,
                });
            }
            // Confirming a stale translation says it fits the new source.
            if translation.is_stale() {
                edits.push(Edit::SetTranslationStale {
                    paragraph_id,
                    language,
                    stale_source: None,
                });
            }
            if !edits.is_empty() {
                self.document.history.close_group();
                self.edit(Edit::Batch(edits), None);
            }
        }
        self.move_selection(true);
    }

    /// Reads the stored original again in another encoding, as one undoable edit.
    fn redecode_source(&mut self, encoding: TextEncoding) {
        self.document.history.close_group();
        match crate::io::redecode::redecode_edit(&self.document.project, encoding) {
            Ok((edit, dropped)) => {
                self.edit(edit, None);
                self.document.history.close_group();
                self.view.after_links_changed(&self.document.project);
                // Every row's text changed: measure the rows again.
                self.view.grid.reset();
                let mut message =
                    tr::edit_redecoded(encoding.label(), self.document.project.paragraphs().len());
                if dropped > 0 {
                    message.push(' ');
                    message.push_str(&tr::edit_redecoded_dropped(dropped));
                }
                self.overlays.toast(ToastLevel::Info, message);
            }
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::edit_redecode_failed(encoding.label(), error.to_string()),
            ),
        }
    }
}
