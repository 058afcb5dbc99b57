//! The egui user interface. It reads the model and emits [`Command`] values; commands are
//! applied after drawing, in [`DiptychApp::apply_command`]. Nothing here mutates the project
//! except through edits.

mod actions;
mod align_actions;
mod alignment_view;
mod autosave;
mod command;
mod dialogs;
mod document;
mod fonts;
mod grid;
mod opening;
mod overlays;
mod panels;
mod project_panel;
mod provenance;
mod safety;
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
use crate::io::{ImportOptions, Opened, open_path_keeping_altered};
use crate::model::{Edit, LanguageTag, ParagraphId};
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
    open_document_with(path, &ImportOptions::default())
}

/// [`open_document`] with import choices (such as the page of a web archive).
pub fn open_document_with(path: &Path, options: &ImportOptions) -> anyhow::Result<Document> {
    let found = open_path_keeping_altered(path, options)?;
    let mut document = match found.opened {
        Opened::Project(project) => Document::new(project, Origin::ProjectFile(path.to_path_buf())),
        Opened::Article(project) => {
            Document::new(project, Origin::ImportedArticle(path.to_path_buf()))
        }
    };
    document.altered = found.altered;
    document.import_notes = found.notes;
    Ok(document)
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
    /// Where recovery files of never-saved projects go; `None` writes none (saved projects'
    /// recovery files always go beside them).
    pub recovery_dir: Option<PathBuf>,
}

impl AppConfig {
    /// The configuration of the real window.
    pub fn system() -> Self {
        Self {
            settings_path: default_settings_path(),
            dialogs: Box::new(SystemDialogs::default()),
            recovery_dir: crate::io::recovery::default_recovery_dir(),
        }
    }
}

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

/// The application state.
pub struct DiptychApp {
    pub document: Document,
    /// The target language shown in the grid.
    pub target: Option<LanguageTag>,
    pub selected: Option<ParagraphId>,
    pub settings: Settings,
    settings_path: Option<PathBuf>,
    dialogs: Box<dyn FileDialogs>,
    recovery_dir: Option<PathBuf>,
    autosave: autosave::AutosaveState,
    /// The lock on the open project file, or who holds it (then the project is read-only).
    lock: LockState,
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
    /// The action the user answered "Discard" for (see `opening.rs`).
    discard_permit: Option<Command>,
    /// A file being opened on another thread.
    opening: Option<opening::PendingOpen>,
    /// This window's name in its recovery files (see `io::recovery`).
    recovery_session: String,
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
            discard_permit: None,
            opening: None,
            recovery_session: crate::io::recovery::new_session_id(),
            target: None,
            selected: None,
            settings,
            settings_path: config.settings_path,
            dialogs: config.dialogs,
            recovery_dir: config.recovery_dir,
            autosave: autosave::AutosaveState::default(),
            lock: LockState::None,
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
        app.offer_recovery();
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
    /// The text of the last message shown (of any level), if one is on screen.
    pub fn last_message(&self) -> Option<&str> {
        self.toasts.last().map(|toast| toast.text.as_str())
    }
    /// Whether a modal dialog (unsaved changes, path entry, palette) is open.
    pub fn modal_title(&self) -> Option<&'static str> {
        self.modal.as_ref().map(Modal::title)
    }
    /// Shows an error message that stays until dismissed.
    pub fn show_error(&mut self, text: impl Into<String>) {
        self.toast(ToastLevel::Error, text);
    }
    fn toast(&mut self, level: ToastLevel, text: impl Into<String>) {
        self.toasts.push(Toast::new(level, text.into()));
    }
    fn after_document_replaced(&mut self) {
        self.lock_document();
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
        for note in std::mem::take(&mut self.document.import_notes) {
            self.toast(ToastLevel::Warning, format!("Note on the import: {note}"));
        }
        if !self.document.altered.is_empty() {
            let findings = self.document.altered.join("; ");
            self.toast(
                ToastLevel::Error,
                format!(
                    "ALTERED: {findings}. The project is open so that no work is lost, but \
                     its stored original is no longer what was imported."
                ),
            );
            self.show_project_panel = true;
        }
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
        self.poll_opening();
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
        self.autosave_tick(&ctx);
        if self.dialogs.is_open() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
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
            DialogOutcome::Picked(path) => {
                let command = match purpose {
                    DialogPurpose::OpenArticle | DialogPurpose::OpenProject => {
                        self.carry_discard_permit_to(&path);
                        Command::OpenPath(path)
                    }
                    DialogPurpose::SaveProject { .. } => Command::SaveTo(path),
                    DialogPurpose::ImportTranslation => Command::AskTranslationLanguage(path),
                };
                self.pending.push(command);
            }
            DialogOutcome::Cancelled => {
                self.after_save = None;
                self.withdraw_discard_permit();
            }
            DialogOutcome::Unavailable(reason) => {
                self.modal = Some(Modal::path_prompt(purpose, reason));
            }
        }
    }
}

impl eframe::App for DiptychApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}

/// The document the window starts with: `file` (a project or an article), or the example
/// project. A file that cannot be opened gives the example and the reason, to be shown in the
/// window (a message on the terminal alone is lost when Diptych is started from a file
/// manager).
pub fn startup_document(file: Option<&Path>) -> anyhow::Result<(Document, Option<String>)> {
    match file {
        None => Ok((example_document()?, None)),
        Some(path) => match open_document(path) {
            Ok(document) => Ok((document, None)),
            Err(error) => {
                let message = format!("Cannot open {}: {error:#}", path.display());
                Ok((example_document()?, Some(message)))
            }
        },
    }
}

/// Opens the window with `file` (a project or an article), or the example project.
pub fn run_window(file: Option<&Path>) -> anyhow::Result<()> {
    let (document, startup_error) = startup_document(file)?;
    if let Some(message) = &startup_error {
        eprintln!(
            "diptych: {}",
            crate::io::terminal::escape_to_one_line(message)
        );
    }
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
            let mut app = DiptychApp::new(document, AppConfig::system());
            if let Some(message) = startup_error {
                app.show_error(message);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}
