//! The egui user interface. It reads the model and emits [`Command`] values; commands are
//! applied after drawing, in [`DiptychApp::apply_command`]. Nothing here mutates the project
//! except through edits.

mod alignment_view;
mod command;
mod dialogs;
mod document;
mod fonts;
mod grid;
mod overlays;
mod panels;
mod project_panel;
mod settings;
mod virtual_rows;

use std::path::{Path, PathBuf};

pub use alignment_view::{AlignmentView, LinkFilter};
pub use command::{Command, CommandEntry, LinkOperation, command_entries, consume_shortcuts};
pub use dialogs::{DialogOutcome, DialogPurpose, FileDialogs, ScriptedDialogs, SystemDialogs};
pub use document::{Document, Origin};
pub use fonts::install_fonts;
pub use grid::translation_editor_id;
pub use settings::{Settings, default_settings_path, load_settings, save_settings};
pub use virtual_rows::VirtualRows;

use crate::io::project_file::parse_project;
use crate::io::{ImportOptions, Opened, open_path, save_project};
use crate::model::{Edit, EditGroup, LanguageTag, ParagraphId, TranslationStatus};
use overlays::{Modal, Toast, ToastLevel};

/// The example project shown when Diptych starts without a file.
pub const EXAMPLE_PROJECT: &str = include_str!("../../projects/tbilisi-metro-fares.diptych.ron");

/// Loads the built-in example project.
pub fn example_document() -> anyhow::Result<Document> {
    let project = parse_project("example project", EXAMPLE_PROJECT.as_bytes())?;
    Ok(Document::new(project, Origin::Example))
}

/// Loads a document from a path: a project file, or an article imported into a new project.
pub fn open_document(path: &Path) -> anyhow::Result<Document> {
    Ok(match open_path(path, &ImportOptions::default())? {
        Opened::Project(project) => Document::new(project, Origin::ProjectFile(path.to_path_buf())),
        Opened::Article(project) => {
            Document::new(project, Origin::ImportedArticle(path.to_path_buf()))
        }
    })
}

/// Names a widget for screen readers (and for UI tests that find widgets by label).
pub(crate) fn set_accessible_label(response: &egui::Response, label: impl Into<String>) {
    let label = label.into();
    response
        .ctx
        .accesskit_node_builder(response.id, |node| node.set_label(label));
}

/// Where settings are kept; `None` keeps them in memory only (tests).
pub struct AppConfig {
    pub settings_path: Option<PathBuf>,
    pub dialogs: Box<dyn FileDialogs>,
}

impl AppConfig {
    /// The configuration of the real window.
    pub fn system() -> Self {
        Self {
            settings_path: default_settings_path(),
            dialogs: Box::new(SystemDialogs::default()),
        }
    }
}

/// The application state.
pub struct DiptychApp {
    pub document: Document,
    /// The target language shown in the grid.
    pub target: Option<LanguageTag>,
    pub selected: Option<ParagraphId>,
    pub settings: Settings,
    settings_path: Option<PathBuf>,
    dialogs: Box<dyn FileDialogs>,
    grid: VirtualRows,
    focus_request: Option<ParagraphId>,
    pending: Vec<Command>,
    modal: Option<Modal>,
    toasts: Vec<Toast>,
    /// Run after a successful save (a command that waited for "Save" in the unsaved dialog).
    after_save: Option<Command>,
    /// The user confirmed quitting; the next close request is let through.
    pub quit_confirmed: bool,
    window_title: String,
    applied_zoom: Option<f32>,
    context_ready: bool,
    pub show_project_panel: bool,
    /// The alignment review view (shown when the target has an aligned translation).
    pub alignment: AlignmentView,
    /// A translation being imported and aligned on another thread, and its language.
    pending_alignment: Option<(std::sync::mpsc::Receiver<Result<Edit, String>>, LanguageTag)>,
    /// The text of the "new target language" field in the project panel.
    new_target_text: String,
}

impl DiptychApp {
    /// Creates the app around a document. The egui context is set up (fonts, theme) on the
    /// first frame.
    pub fn new(document: Document, config: AppConfig) -> Self {
        let (settings, settings_message) = match &config.settings_path {
            Some(path) => load_settings(path),
            None => (Settings::default(), None),
        };
        let mut app = Self {
            context_ready: false,
            show_project_panel: false,
            alignment: AlignmentView::default(),
            pending_alignment: None,
            new_target_text: String::new(),
            target: None,
            selected: None,
            settings,
            settings_path: config.settings_path,
            dialogs: config.dialogs,
            grid: VirtualRows::default(),
            focus_request: None,
            pending: Vec::new(),
            modal: None,
            toasts: Vec::new(),
            after_save: None,
            quit_confirmed: false,
            window_title: String::new(),
            applied_zoom: None,
            document,
        };
        app.after_document_replaced();
        if let Some(message) = settings_message {
            app.toast(ToastLevel::Warning, message);
        }
        app
    }

    /// Queues a command as if the user had issued it.
    pub fn send(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// The message of the last error shown to the user, if one is on screen.
    pub fn last_error(&self) -> Option<&str> {
        self.toasts
            .iter()
            .rev()
            .find(|toast| toast.level == ToastLevel::Error)
            .map(|toast| toast.text.as_str())
    }

    /// Whether a modal dialog (unsaved changes, path entry, palette) is open.
    pub fn modal_title(&self) -> Option<&'static str> {
        self.modal.as_ref().map(Modal::title)
    }

    fn toast(&mut self, level: ToastLevel, text: impl Into<String>) {
        self.toasts.push(Toast::new(level, text.into()));
    }

    fn after_document_replaced(&mut self) {
        self.target = self.document.project.targets.first().cloned();
        self.selected = self
            .document
            .project
            .translatable_paragraphs()
            .next()
            .map(|paragraph| paragraph.paragraph_id);
        self.grid.reset();
        self.alignment = AlignmentView::default();
        self.focus_request = None;
        self.grid.scroll_to = Some(0);
    }

    /// Draws one frame and applies what the user did. Everything the window shows is drawn
    /// here; tests and benchmarks call it directly.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.context_ready {
            // Fonts take effect from the next pass: draw nothing until they are in place, so no
            // letter is ever drawn without a glyph.
            install_fonts(&ctx);
            ctx.options_mut(|options| options.zoom_with_keyboard = false);
            ctx.set_theme(if self.settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.context_ready = true;
            ctx.request_repaint();
            return;
        }
        self.sync_viewport(&ctx);
        let mut commands = std::mem::take(&mut self.pending);
        if self.modal.is_none() {
            commands.extend(consume_shortcuts(&ctx));
        }
        Self::handle_dropped_files(&ctx, &mut commands);
        self.handle_close_request(&ctx, &mut commands);
        self.poll_dialogs();

        if self
            .target
            .as_ref()
            .is_none_or(|target| !self.document.project.targets.contains(target))
        {
            self.target = self.document.project.targets.first().cloned();
        }
        panels::menu_bar_ui(ui, self, &mut commands);
        panels::status_bar_ui(ui, self);
        if self.show_project_panel {
            project_panel::project_panel_ui(ui, self, &mut commands);
        }
        self.poll_alignment();
        let aligned_target = self.aligned_target();
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(language) = &aligned_target {
                alignment_view::alignment_ui(
                    ui,
                    &mut self.alignment,
                    &self.document.project,
                    language,
                    &mut commands,
                );
            } else {
                let view = grid::GridView {
                    project: &self.document.project,
                    target: self.target.as_ref(),
                    selected: self.selected,
                };
                grid::grid_ui(
                    ui,
                    &mut self.grid,
                    &view,
                    &mut self.focus_request,
                    &mut commands,
                );
            }
        });
        overlays::modal_ui(&ctx, self, &mut commands);
        overlays::toasts_ui(&ctx, &mut self.toasts);

        for command in commands {
            self.apply_command(&ctx, command);
        }
        if self.dialogs.is_open() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }

    /// The target language when it has an aligned translation (the alignment view is shown).
    pub fn aligned_target(&self) -> Option<LanguageTag> {
        self.target
            .as_ref()
            .filter(|target| self.document.project.aligned.contains_key(*target))
            .cloned()
    }

    /// Whether a translation is being aligned in the background.
    pub fn is_aligning(&self) -> bool {
        self.pending_alignment.is_some()
    }

    fn poll_alignment(&mut self) {
        let Some((receiver, language)) = &self.pending_alignment else {
            return;
        };
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err("the alignment stopped unexpectedly".to_owned())
            }
        };
        let language = language.clone();
        self.pending_alignment = None;
        self.modal = None;
        match result {
            Ok(edit) => {
                self.document.history.close_group();
                self.edit(edit, None);
                self.target = Some(language.clone());
                self.alignment = AlignmentView::default();
                self.alignment.selected = Some(0);
                if let Some(aligned) = self.document.project.aligned.get(&language) {
                    let summary = aligned.summary(alignment_view::LOW_CONFIDENCE_PERMILLE);
                    self.toast(
                        ToastLevel::Info,
                        format!(
                            "Aligned {} links: {} not 1:1, {} moved, {} low confidence.",
                            summary.links,
                            summary.not_one_to_one,
                            summary.moved,
                            summary.low_confidence
                        ),
                    );
                }
            }
            Err(error) => self.toast(ToastLevel::Error, error),
        }
    }

    fn start_alignment(&mut self, path: PathBuf, raw_language: &str) {
        let language = match LanguageTag::parse(raw_language) {
            Ok(language) => language,
            Err(error) => {
                self.toast(ToastLevel::Error, error.to_string());
                return;
            }
        };
        if language == self.document.project.source.language {
            self.toast(
                ToastLevel::Error,
                format!("{language} is the source language"),
            );
            return;
        }
        let project = self.document.project.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        let thread_language = language.clone();
        let file_name = path.file_name().map_or_else(
            || path.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        let spawned = std::thread::Builder::new()
            .name("align".into())
            .spawn(move || {
                let result =
                    crate::io::translation::import_translation(&project, &path, &thread_language)
                        .map_err(|error| error.to_string());
                let _ = sender.send(result);
            });
        match spawned {
            Ok(_) => {
                self.pending_alignment = Some((receiver, language));
                self.modal = Some(Modal::Aligning { file_name });
            }
            Err(error) => self.toast(ToastLevel::Error, format!("cannot start aligning: {error}")),
        }
    }

    fn select_link(&mut self, index: usize) {
        self.alignment.selected = Some(index);
        self.alignment.range_anchor = None;
        if let Some(language) = self.aligned_target()
            && let Some(aligned) = self.document.project.aligned.get(&language)
        {
            let visible = self.alignment.visible_links(aligned);
            self.alignment.rows.scroll_to = visible.iter().position(|link| *link == index);
        }
    }

    /// Moves the link selection to the next (or previous) visible link.
    fn move_link_selection(&mut self, language: &LanguageTag, forward: bool) {
        let Some(aligned) = self.document.project.aligned.get(language) else {
            return;
        };
        let visible = self.alignment.visible_links(aligned);
        let next = match (self.alignment.selected, forward) {
            (Some(current), true) => visible.iter().copied().find(|index| *index > current),
            (Some(current), false) => visible.iter().rev().copied().find(|index| *index < current),
            (None, _) => visible.first().copied(),
        };
        if let Some(index) = next {
            self.select_link(index);
        }
    }

    fn link_operation(&mut self, operation: LinkOperation) {
        use crate::model::link_ops::{self, Side};
        let (Some(language), Some(index)) = (self.aligned_target(), self.alignment.selected) else {
            return;
        };
        let project = &self.document.project;
        let Some(links) = project.aligned.get(&language).map(|aligned| &aligned.links) else {
            return;
        };
        let edit = match operation {
            LinkOperation::Unlink => link_ops::unlink(links, &language, index),
            LinkOperation::MergeSourceWithNext => {
                link_ops::merge_with_next(links, &language, index, Side::Source)
            }
            LinkOperation::MergeTargetWithNext => {
                link_ops::merge_with_next(links, &language, index, Side::Target)
            }
            LinkOperation::SwapWithNext => link_ops::swap_with_next(links, &language, index),
            LinkOperation::ShiftTargetUp => link_ops::shift_target_up(links, &language, index),
            LinkOperation::ShiftTargetDown => link_ops::shift_target_down(links, &language, index),
            LinkOperation::InsertEmptyCell => link_ops::insert_empty_cell(links, &language, index),
            LinkOperation::Realign => {
                let (low, high) = self.alignment.selected_range().unwrap_or((index, index));
                crate::io::translation::realign_range(project, &language, low, high)
            }
        };
        let Some(edit) = edit else {
            self.toast(
                ToastLevel::Info,
                "That operation does not apply to this link.",
            );
            return;
        };
        self.document.history.close_group();
        self.edit(edit, None);
        self.after_links_changed();
    }

    /// Keeps the link selection valid after the links changed.
    fn after_links_changed(&mut self) {
        self.alignment.rows.reset();
        self.alignment.range_anchor = None;
        let count = self
            .aligned_target()
            .and_then(|language| {
                self.document
                    .project
                    .aligned
                    .get(&language)
                    .map(|aligned| aligned.links.len())
            })
            .unwrap_or(0);
        self.alignment.selected = match (self.alignment.selected, count) {
            (_, 0) | (None, _) => None,
            (Some(index), count) => Some(index.min(count - 1)),
        };
    }

    fn sync_viewport(&mut self, ctx: &egui::Context) {
        let dirty = if self.document.is_dirty() { " •" } else { "" };
        let title = format!(
            "{} — {}{dirty} — Diptych",
            self.document.project.metadata.title,
            self.document.display_name()
        );
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        if self.applied_zoom != Some(self.settings.zoom) {
            ctx.set_zoom_factor(self.settings.zoom);
            self.applied_zoom = Some(self.settings.zoom);
        }
    }

    fn handle_dropped_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            commands.push(Command::OpenPath(path));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.input(|input| input.viewport().close_requested()) && !self.quit_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(Command::Quit);
        }
    }

    fn poll_dialogs(&mut self) {
        let Some((purpose, outcome)) = self.dialogs.poll() else {
            return;
        };
        match outcome {
            DialogOutcome::Picked(path) => self.pending.push(match purpose {
                DialogPurpose::OpenArticle | DialogPurpose::OpenProject => Command::OpenPath(path),
                DialogPurpose::SaveProject { .. } => Command::SaveTo(path),
                DialogPurpose::ImportTranslation => Command::AskTranslationLanguage(path),
            }),
            DialogOutcome::Cancelled => self.after_save = None,
            DialogOutcome::Unavailable(reason) => {
                self.modal = Some(Modal::path_prompt(purpose, reason));
            }
        }
    }

    fn open_dialog(&mut self, purpose: DialogPurpose) {
        if !self.dialogs.is_open() {
            self.dialogs.request(purpose);
        }
    }

    /// Runs `command` now, or asks about unsaved changes first.
    fn guard_unsaved(&mut self, command: Command, run: impl FnOnce(&mut Self)) {
        if self.document.is_dirty() {
            self.modal = Some(Modal::UnsavedChanges { then: command });
        } else {
            run(self);
        }
    }

    /// Applies one command. Called after drawing, never during.
    pub fn apply_command(&mut self, ctx: &egui::Context, command: Command) {
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

    fn edit(&mut self, edit: Edit, group: Option<EditGroup>) {
        if let Err(error) = self.document.apply(edit, group) {
            self.toast(
                ToastLevel::Error,
                format!("Could not change the project: {error}"),
            );
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
                self.after_links_changed();
                if let Some(selected) = self.selected {
                    self.focus_request = Some(selected);
                }
            }
            Ok(false) => {}
            Err(error) => self.toast(ToastLevel::Error, format!("Cannot undo/redo: {error}")),
        }
    }

    fn set_zoom(&mut self, zoom: f32) {
        self.settings.zoom = (zoom * 10.0).round().clamp(5.0, 30.0) / 10.0;
        self.persist_settings();
    }

    fn suggested_file_name(&self) -> String {
        match &self.document.origin {
            Origin::ProjectFile(path) => path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Origin::ImportedArticle(path) => crate::cli::default_project_path(path)
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Origin::Example => "example.diptych.ron".to_owned(),
        }
    }

    fn open_now(&mut self, path: &Path) {
        match open_document(path) {
            Ok(document) => {
                let imported = matches!(document.origin, Origin::ImportedArticle(_));
                self.document = document;
                self.after_document_replaced();
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
            Err(error) => self.toast(ToastLevel::Error, format!("{error:#}")),
        }
    }

    fn save_to(&mut self, path: &Path) {
        match save_project(&self.document.project, path) {
            Ok(()) => {
                self.document.history.mark_saved();
                self.document.origin = Origin::ProjectFile(path.to_path_buf());
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

    fn persist_settings(&mut self) {
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
    fn neighbour_row(&self, forward: bool) -> Option<usize> {
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

    fn move_selection(&mut self, forward: bool) {
        if let Some(index) = self.neighbour_row(forward) {
            let paragraph_id = self.document.project.paragraphs()[index].paragraph_id;
            self.document.history.close_group();
            self.selected = Some(paragraph_id);
            self.focus_request = Some(paragraph_id);
            self.grid.scroll_to = Some(index);
        }
    }

    fn confirm_and_next(&mut self) {
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

impl eframe::App for DiptychApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}

/// Opens the window with `file` (a project or an article), or the example project.
pub fn run_window(file: Option<&Path>) -> anyhow::Result<()> {
    let document = match file {
        Some(path) => open_document(path)?,
        None => example_document()?,
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Diptych")
            .with_app_id("diptych")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Diptych",
        options,
        Box::new(move |creation| {
            creation.egui_ctx.request_repaint();
            Ok(Box::new(DiptychApp::new(document, AppConfig::system())))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}
