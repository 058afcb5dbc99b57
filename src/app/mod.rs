//! The egui user interface. [`DiptychApp`] is made of parts with narrow borrows: the
//! [`Session`] (document, lock, autosave, recovery, backups), the [`ViewState`] (target,
//! selection, the screens' and the dock's state), the [`Overlays`] (modal, toasts), the
//! background jobs and the [`Preferences`]. Each frame draws from read-only views of them and
//! collects [`Command`] values, which are applied after drawing (`apply`). Nothing here
//! mutates the project except through edits. See `docs/ARCHITECTURE.md`.

mod apply;
mod chrome;
mod commands;
pub(crate) mod describe;
mod dialogs;
mod dock;
pub(crate) mod explain;
mod find_bar;
mod fonts;
mod glossary;
mod history;
mod jobs;
mod library;
pub(crate) mod link_reason;
mod matches;
pub(crate) mod merge_note;
mod overlays;
mod qa;
pub(crate) mod reports;
mod screens;
mod session;
mod settings;
pub mod theme;
mod view;
pub(crate) mod words;

use std::path::{Path, PathBuf};

pub use chrome::{Menu, MenuItem, menus};
pub use commands::{
    Command, CommandEntry, LinkOperation, command_entries, consume_shortcuts, keyboard_table,
    shortcut_label, shortcut_text,
};
pub use dialogs::{DialogOutcome, DialogPurpose, FileDialogs, ScriptedDialogs, SystemDialogs};
pub use dock::DockPanel;
pub use fonts::install_fonts;
pub use jobs::{JobKind, JobStatus};
pub use screens::{AlignmentView, Screen, VirtualRows, translation_editor_id};
pub use session::{Document, Origin};
pub use settings::{Settings, default_settings_path, load_settings, save_settings};

use crate::io::project_file::parse_project;
use crate::io::{ImportOptions, Opened, open_path_keeping_altered};
use crate::l10n::Language;
use crate::model::{LanguageTag, ParagraphId};
use overlays::{Modal, Overlays, ToastLevel};
use session::Session;
use settings::Preferences;
use view::ViewState;

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
    /// The library folder whose projects and memories the Matches panel searches.
    pub library_dir: Option<PathBuf>,
    /// The interface language asked for on the command line (`--ui-lang`), for this run only.
    pub interface_language: Option<Language>,
    /// The interface language of the system's locale, used until one is chosen in
    /// View → Language.
    pub system_language: Option<Language>,
}

impl AppConfig {
    /// The configuration of the real window.
    pub fn system() -> Self {
        Self {
            settings_path: default_settings_path(),
            dialogs: Box::new(SystemDialogs::default()),
            recovery_dir: crate::io::recovery::default_recovery_dir(),
            library_dir: crate::io::library::default_library_dir(),
            interface_language: None,
            system_language: crate::l10n::language_from_environment(),
        }
    }
}

/// The application: its parts, and the frame that draws them and applies what the user did.
pub struct DiptychApp {
    /// The open document and what keeps it safe.
    session: Session,
    /// What the window shows of it.
    view: ViewState,
    /// The modal dialog and the toasts.
    overlays: Overlays,
    /// Background work (opening files, aligning).
    jobs: jobs::Jobs,
    /// The translation memory behind the Matches panel.
    matches: matches::MatchesState,
    /// The glossary behind the Terms panel and the grid's marked terms.
    glossary: glossary::GlossaryState,
    /// The QA checks behind the QA panel, the grid's row marks and underlined misspellings.
    qa: qa::QaState,
    /// The library screen: every project of the library, and search over them.
    library: library::LibraryState,
    /// The text last selected in a label (the source of "Add term").
    label_selection: std::sync::Arc<egui::mutex::Mutex<Option<String>>>,
    /// The user's settings and where they are kept.
    preferences: Preferences,
    dialogs: Box<dyn FileDialogs>,
    /// Commands queued for the next frame (from tests, or a command that waited for a save).
    pending: Vec<Command>,
    /// The user confirmed quitting; the next close request is let through.
    quit_confirmed: bool,
    window_title: String,
    applied_zoom: Option<f32>,
    context_ready: bool,
    /// The language the window speaks: `--ui-lang`, else the one chosen in View → Language,
    /// else the system's, else English.
    interface_language: Language,
    /// The system's language, if it is one of the window's.
    system_language: Option<Language>,
}

impl DiptychApp {
    /// Creates the app around a document. The egui context is set up (fonts, theme) on the
    /// first frame.
    pub fn new(document: Document, config: AppConfig) -> Self {
        // The language before the settings are read: the one a settings file that cannot be
        // read leaves, so that its message is in it.
        crate::l10n::set_current(
            config
                .interface_language
                .or(config.system_language)
                .unwrap_or_default(),
        );
        let (preferences, settings_message) = Preferences::load(config.settings_path);
        let interface_language = config
            .interface_language
            .or(preferences.settings.ui_language)
            .or(config.system_language)
            .unwrap_or_default();
        crate::l10n::set_current(interface_language);
        let library = preferences
            .settings
            .library_dir
            .clone()
            .or(config.library_dir);
        let mut matches = matches::MatchesState::new(library.clone());
        matches.set_minimum(preferences.settings.match_minimum);
        let mut app = Self {
            session: Session::new(document, config.recovery_dir),
            view: ViewState::default(),
            overlays: Overlays::default(),
            jobs: jobs::Jobs::default(),
            matches,
            glossary: glossary::GlossaryState::new(library.clone()),
            qa: qa::QaState::new(library.clone(), preferences.settings.dictionary_dir.clone()),
            library: library::LibraryState::new(library),
            label_selection: std::sync::Arc::default(),
            preferences,
            dialogs: config.dialogs,
            pending: Vec::new(),
            quit_confirmed: false,
            window_title: String::new(),
            applied_zoom: None,
            context_ready: false,
            interface_language,
            system_language: config.system_language,
        };
        app.after_document_replaced();
        app.session.offer_recovery(&mut app.overlays);
        if let Some(message) = settings_message {
            app.overlays.toast(ToastLevel::Warning, message);
        }
        app
    }

    /// The language the window speaks.
    pub fn interface_language(&self) -> Language {
        self.interface_language
    }

    /// Queues a command as if the user had issued it.
    pub fn send(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// The open document.
    pub fn document(&self) -> &Document {
        &self.session.document
    }

    /// The target language shown.
    pub fn target(&self) -> Option<&LanguageTag> {
        self.view.target.as_ref()
    }

    /// The selected row of the translation grid.
    pub fn selected(&self) -> Option<ParagraphId> {
        self.view.selected
    }

    /// The alignment review's state (selection, filters, columns).
    pub fn alignment(&self) -> &AlignmentView {
        &self.view.alignment
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.preferences.settings
    }

    /// Whether the project panel is open in the dock.
    pub fn show_project_panel(&self) -> bool {
        self.view.dock.is_open(DockPanel::Project)
    }

    /// Whether the user confirmed quitting (the window may close).
    pub fn quit_confirmed(&self) -> bool {
        self.quit_confirmed
    }

    /// The screen shown in the middle of the window.
    pub fn screen(&self) -> Screen {
        self.view.screen(&self.session.document.project)
    }

    /// The target language when it has an aligned translation (the alignment review shows).
    pub fn aligned_target(&self) -> Option<LanguageTag> {
        self.view.aligned_target(&self.session.document.project)
    }

    /// Whether the open project is read-only here (another window holds it, or this window
    /// lost its lock).
    pub fn is_read_only(&self) -> bool {
        self.session.is_read_only()
    }

    /// Who holds the project when it is read-only here, for people.
    pub fn read_only_holder(&self) -> Option<String> {
        self.session.read_only_holder()
    }

    /// Whether a file is being opened in the background.
    pub fn is_opening(&self) -> bool {
        self.jobs.is_running(JobKind::Open)
    }

    /// Whether a translation is being aligned in the background.
    pub fn is_aligning(&self) -> bool {
        self.jobs.is_running(JobKind::Align)
    }

    /// Whether the library screen is shown.
    pub fn library_shown(&self) -> bool {
        self.library.shown
    }

    /// Whether background work (opening a file, aligning) is under way.
    pub fn is_busy(&self) -> bool {
        self.jobs.is_busy()
    }

    /// The find bar's matches, and the one shown.
    pub fn find_hits(&self) -> (&[crate::find::Hit], Option<usize>) {
        (self.view.find.hits(), self.view.find.current)
    }

    /// The find bar's query and filter, to change them as the user would.
    pub fn find_bar(
        &mut self,
    ) -> (
        &mut crate::find::FindQuery,
        &mut crate::find::FindFilter,
        &mut String,
    ) {
        let find = &mut self.view.find;
        (&mut find.query, &mut find.filter, &mut find.replacement)
    }

    /// The findings of the last QA check.
    pub fn qa_findings(&self) -> &[crate::qa::Finding] {
        &self.qa.findings
    }

    /// Whether the QA findings are up to date with the document (no check or dictionary
    /// read under way).
    pub fn qa_settled(&self) -> bool {
        self.qa.is_settled(self.session.document.history.revision())
    }

    /// The background jobs running now, with their progress.
    pub fn jobs(&self) -> Vec<JobStatus> {
        self.jobs.statuses()
    }

    /// The message of the last error shown to the user, if one is on screen.
    pub fn last_error(&self) -> Option<&str> {
        self.overlays.last_error()
    }

    /// The text of the last message shown (of any level), if one is on screen.
    pub fn last_message(&self) -> Option<&str> {
        self.overlays.last_message()
    }

    /// The title of the open modal dialog (unsaved changes, path entry, palette…), if any.
    pub fn modal_title(&self) -> Option<String> {
        self.overlays.modal.as_ref().map(Modal::title)
    }

    /// Shows an error message that stays until dismissed.
    pub fn show_error(&mut self, text: impl Into<String>) {
        self.overlays.toast(ToastLevel::Error, text);
    }

    /// Draws one frame and applies what the user did. Everything the window shows is drawn
    /// here; tests and benchmarks call it directly. Drawing reads the parts and collects
    /// commands; only applying them (after drawing) changes anything.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        crate::l10n::set_current(self.interface_language);
        if !self.context_ready {
            // Fonts take effect from the next pass: draw nothing until they are in place, so no
            // letter is ever drawn without a glyph.
            install_fonts(&ctx);
            ctx.options_mut(|options| options.zoom_with_keyboard = false);
            ctx.set_theme(if self.preferences.settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let (watch, seen) = glossary::SelectionWatch::new();
            ctx.add_plugin(watch);
            self.label_selection = seen;
            let waker_ctx = ctx.clone();
            self.jobs
                .set_waker(std::sync::Arc::new(move || waker_ctx.request_repaint()));
            let waker_ctx = ctx.clone();
            self.qa
                .set_waker(std::sync::Arc::new(move || waker_ctx.request_repaint()));
            self.context_ready = true;
            ctx.request_repaint();
            return;
        }
        self.sync_viewport(&ctx);
        let mut commands = std::mem::take(&mut self.pending);
        if self.overlays.modal.is_none() {
            commands.extend(consume_shortcuts(&ctx));
        }
        self.handle_dropped_files(&ctx, &mut commands);
        self.handle_close_request(&ctx, &mut commands);
        self.poll_dialogs();
        self.poll_jobs();
        self.view.keep_target_valid(&self.session.document.project);

        self.draw(ui, &ctx, &mut commands);

        for command in commands {
            self.apply_command(&ctx, command);
        }
        let now = ctx.input(|input| input.time);
        if let Some(wake_up) = self.session.autosave_tick(now, &mut self.overlays) {
            ctx.request_repaint_after(wake_up);
        }
        if self.dialogs.is_open() {
            // Look for the dialog's answer ten times a second.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        // Jobs wake the window when they report progress or finish.
    }

    /// Draws the chrome, the dock, the screen and the overlays from read-only views.
    fn draw(&mut self, ui: &mut egui::Ui, ctx: &egui::Context, commands: &mut Vec<Command>) {
        // Figures the views show are worked out (and cached) before drawing.
        let progress = self
            .view
            .target
            .as_ref()
            .map(|language| self.session.document.progress(language));
        if self.view.dock.is_open(DockPanel::Matches) {
            self.prepare_matches();
        }
        self.prepare_glossary();
        self.prepare_qa(ctx);
        self.prepare_history();
        self.fetch_now_and_then(ctx);
        self.step_concordance(ctx);
        let charset_decision = if self.view.dock.is_open(DockPanel::Project) {
            self.session.document.charset_decision()
        } else {
            None
        };
        let document = &self.session.document;
        let chrome = chrome::ChromeView {
            document,
            view: &self.view,
            settings: &self.preferences.settings,
            read_only: self.session.read_only_holder(),
            progress,
            aligned_target: self.view.aligned_target(&document.project),
            jobs: self.jobs.statuses(),
            system_language: self.system_language,
        };
        chrome::menu_bar_ui(ui, &chrome, commands);
        chrome::status_bar_ui(ui, &chrome, commands);
        let dock_view = dock::DockView {
            document,
            target: self.view.target.as_ref(),
            charset_decision,
            selected: self.view.selected,
            matches: &self.matches,
            glossary: &self.glossary,
            qa: &self.qa,
        };
        dock::dock_ui(ui, &mut self.view.dock, &dock_view, commands);
        self.view
            .find
            .refresh(&document.project, document.history.revision());
        find_bar::find_bar_ui(ui, &mut self.view.find, &document.project, commands);
        if self.library.shown {
            self.library.prepare();
            screens::library_ui(ui, &mut self.library, commands);
        } else {
            let screen = self.view.screen(&document.project);
            screens::screen_ui(
                ui,
                &screen,
                &document.project,
                &mut self.view,
                &self.glossary,
                &self.qa,
                commands,
            );
        }
        if let Some(modal) = &mut self.overlays.modal {
            let job = match modal {
                Modal::Opening { .. } => self.jobs.status(JobKind::Open),
                Modal::Aligning { .. } => self.jobs.status(JobKind::Align),
                _ => None,
            };
            let context = overlays::ModalContext {
                project_title: &document.project.metadata.title,
                backups_to_keep: self.preferences.settings.backups_to_keep,
                job: job.as_ref(),
                glossary: &self.glossary,
                library: self.matches.library(),
                library_chosen: self.preferences.settings.library_dir.is_some(),
                match_minimum: self.matches.minimum(),
                dictionaries: self.preferences.settings.dictionary_dir.as_deref(),
            };
            if !overlays::modal_ui(ctx, modal, &context, commands) {
                self.overlays.modal = None;
            }
        }
        overlays::toasts_ui(ctx, &mut self.overlays.toasts);
    }

    fn sync_viewport(&mut self, ctx: &egui::Context) {
        let document = &self.session.document;
        let dirty = if document.is_dirty() { " •" } else { "" };
        let title = format!(
            "{} — {}{dirty} — Diptych",
            document.project.metadata.title,
            document.display_name()
        );
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        let zoom = self.preferences.settings.zoom;
        if self.applied_zoom != Some(zoom) {
            ctx.set_zoom_factor(zoom);
            self.applied_zoom = Some(zoom);
        }
    }

    fn handle_dropped_files(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .filter(|path| !path.as_os_str().is_empty())
                .collect()
        });
        if self.library.shown && !dropped.is_empty() {
            // Onto the library screen: every file is added to the library.
            commands.push(Command::AddToLibrary {
                files: dropped,
                separate: false,
            });
        } else if let Some(path) = dropped.into_iter().next() {
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
                        self.session.carry_discard_permit_to(&path);
                        Command::OpenPath(path)
                    }
                    DialogPurpose::SaveProject { .. } => Command::SaveTo(path),
                    DialogPurpose::ImportTranslation => Command::AskTranslationLanguage(path),
                    DialogPurpose::FillFromMemory => Command::FillFromMemoryFile(path),
                    DialogPurpose::ChooseLibrary => Command::SetLibrary(Some(path)),
                    DialogPurpose::ChooseDictionaries => Command::SetDictionaries(Some(path)),
                    DialogPurpose::ExportGlossary { .. } => Command::ExportGlossaryTo(path),
                    DialogPurpose::ExportBag { .. } => Command::ExportBagTo(path),
                    DialogPurpose::AddCapture => Command::AddCaptureFrom(path),
                };
                self.pending.push(command);
            }
            DialogOutcome::Cancelled => {
                self.session.forget_after_save();
                self.session.withdraw_discard_permit();
            }
            DialogOutcome::Unavailable(reason) => {
                self.overlays.show(Modal::path_prompt(purpose, reason));
            }
        }
    }
}

impl eframe::App for DiptychApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }
}

/// Why the file given on the command line could not be opened: its path and the reason.
pub struct StartupError {
    pub path: PathBuf,
    pub reason: String,
}

/// The document the window starts with: `file` (a project or an article), or the example
/// project. A file that cannot be opened gives the example and the reason, to be shown in the
/// window (a message on the terminal alone is lost when Diptych is started from a file
/// manager).
pub fn startup_document(file: Option<&Path>) -> anyhow::Result<(Document, Option<StartupError>)> {
    match file {
        None => Ok((example_document()?, None)),
        Some(path) => match open_document(path) {
            Ok(document) => Ok((document, None)),
            Err(error) => Ok((
                example_document()?,
                Some(StartupError {
                    path: path.to_path_buf(),
                    reason: format!("{error:#}"),
                }),
            )),
        },
    }
}

/// Opens the window with `file` (a project or an article), or the example project, speaking
/// `language` if one is given (`--ui-lang`), else the one chosen in the settings or the
/// system's.
pub fn run_window(file: Option<&Path>, language: Option<Language>) -> anyhow::Result<()> {
    let (document, startup_error) = startup_document(file)?;
    if let Some(error) = &startup_error {
        // The terminal hears English, as from every command.
        eprintln!(
            "diptych: {}",
            crate::io::terminal::escape_to_one_line(&format!(
                "Cannot open {}: {}",
                error.path.display(),
                error.reason
            ))
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
            let mut config = AppConfig::system();
            config.interface_language = language;
            let mut app = DiptychApp::new(document, config);
            if let Some(error) = startup_error {
                app.show_error(crate::l10n::tr::app_cannot_open(
                    error.path.display().to_string(),
                    error.reason,
                ));
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}
