//! The window's chrome: the menu bar and the status bar. The menus are data ([`menus`]): each
//! item is a command whose text, tooltip and shortcut come from the command table, so the
//! menus, the palette and the keyboard table always say the same thing.

use std::fmt::Write as _;

use egui::{Button, RichText, Ui};

use super::commands::{Command, LinkOperation, shortcut_text};
use super::jobs::{JobKind, JobStatus};
use super::session::Document;
use super::settings::Settings;
use super::view::ViewState;
use super::words;
use crate::l10n::{self, Language, tr};
use crate::model::{LanguageProgress, LanguageTag};

/// What the chrome reads.
pub struct ChromeView<'a> {
    pub document: &'a Document,
    pub view: &'a ViewState,
    pub settings: &'a Settings,
    /// Who holds the project when it is read-only here.
    pub read_only: Option<String>,
    /// The shown target's progress (worked out before drawing).
    pub progress: Option<LanguageProgress>,
    /// The target language when the alignment review is shown.
    pub aligned_target: Option<LanguageTag>,
    /// The background jobs running now.
    pub jobs: Vec<JobStatus>,
    /// The system's language, if it is one of the window's (View → Language offers to follow
    /// it).
    pub system_language: Option<Language>,
}

/// An item of a menu.
#[derive(Debug, Clone, PartialEq)]
pub enum MenuItem {
    Command(Command),
    Separator,
    /// The recent files submenu.
    RecentFiles,
    /// The target languages, as radio buttons.
    TargetLanguages,
    /// A hint shown in the Align menu while there is nothing to review.
    NothingToAlign,
    /// The interface languages, each named in its own language.
    InterfaceLanguage,
}

/// The menus of the menu bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    Align,
    View,
}

impl Menu {
    /// The menu's title in the interface language.
    #[must_use]
    pub fn title(self) -> String {
        match self {
            Menu::File => tr::menu_file(),
            Menu::Edit => tr::menu_edit(),
            Menu::Align => tr::menu_align(),
            Menu::View => tr::menu_view(),
        }
    }
}

/// The menus of the menu bar, in order: their titles and items.
pub fn menus() -> Vec<(Menu, Vec<MenuItem>)> {
    use MenuItem::{
        Command as C, InterfaceLanguage, NothingToAlign, RecentFiles, Separator, TargetLanguages,
    };
    let link = |operation| C(Command::Link(operation));
    vec![
        (
            Menu::File,
            vec![
                C(Command::NewFromArticle),
                C(Command::OpenProject),
                C(Command::Save),
                C(Command::SaveAs),
                C(Command::ShowExport),
                C(Command::SyncWithGit),
                Separator,
                C(Command::ImportTranslation),
                C(Command::FillFromMemory),
                C(Command::Pretranslate),
                C(Command::ShowBackups),
                C(Command::ShowSettings),
                C(Command::AskTakeOver),
                C(Command::VerifyOriginal),
                C(Command::AddCapture),
                C(Command::ExportBag),
                RecentFiles,
                Separator,
                C(Command::Quit),
            ],
        ),
        (
            Menu::Edit,
            vec![
                C(Command::Undo),
                C(Command::Redo),
                Separator,
                C(Command::ConfirmAndNext),
                C(Command::NextRow),
                C(Command::PreviousRow),
                C(Command::NextStale),
                C(Command::NextConflict),
                Separator,
                C(Command::ShowFind),
                C(Command::ShowReplace),
                C(Command::FindNext),
                C(Command::FindPrevious),
                Separator,
                C(Command::ShowConcordance),
                C(Command::InsertMatch(1)),
                C(Command::InsertMatch(2)),
                C(Command::InsertMatch(3)),
                C(Command::InsertMatch(4)),
                C(Command::InsertMatch(5)),
                Separator,
                C(Command::AddTerm),
                C(Command::ShowGlossary),
                C(Command::ExportGlossary),
                Separator,
                C(Command::RunQa),
                C(Command::ChooseDictionaries),
                Separator,
                C(Command::ShowCommandPalette),
            ],
        ),
        (
            Menu::Align,
            vec![
                NothingToAlign,
                C(Command::ConfirmAndNext),
                link(LinkOperation::MergeSourceWithNext),
                link(LinkOperation::MergeTargetWithNext),
                link(LinkOperation::Unlink),
                link(LinkOperation::SwapWithNext),
                link(LinkOperation::ShiftTargetUp),
                link(LinkOperation::ShiftTargetDown),
                link(LinkOperation::InsertEmptyCell),
                link(LinkOperation::SplitTarget),
                link(LinkOperation::SplitSource),
                link(LinkOperation::Realign),
                Separator,
                C(Command::ToggleSentencePanel),
            ],
        ),
        (
            Menu::View,
            vec![
                TargetLanguages,
                Separator,
                C(Command::ToggleLibrary),
                C(Command::RefreshLibrary),
                Separator,
                C(Command::ToggleProjectPanel),
                C(Command::ToggleMatchesPanel),
                C(Command::ToggleTermsPanel),
                C(Command::ToggleQaPanel),
                C(Command::ToggleHistoryPanel),
                C(Command::ToggleTheme),
                C(Command::ZoomIn),
                C(Command::ZoomOut),
                C(Command::ZoomReset),
                Separator,
                InterfaceLanguage,
            ],
        ),
    ]
}

/// Whether a menu command is shown at all (taking a project over only while it is read-only).
fn is_shown(view: &ChromeView<'_>, command: &Command) -> bool {
    match command {
        Command::AskTakeOver => view.read_only.is_some(),
        _ => true,
    }
}

/// Whether a menu command can be chosen now.
fn is_enabled(view: &ChromeView<'_>, menu: Menu, command: &Command) -> bool {
    let link_selected = view.aligned_target.is_some() && view.view.alignment.selected.is_some();
    match command {
        Command::ShowBackups => view.document.save_path().is_some(),
        Command::Undo => view.document.history.can_undo(),
        Command::Redo => view.document.history.can_redo(),
        Command::ClearRecentFiles => !view.settings.recent_files.is_empty(),
        Command::ConfirmAndNext if menu == Menu::Align => link_selected,
        Command::ConfirmAndNext => view.view.selected.is_some(),
        Command::Link(_) | Command::ToggleSentencePanel => link_selected,
        _ => true,
    }
}

fn command_button(ui: &mut Ui, command: Command, enabled: bool, commands: &mut Vec<Command>) {
    let shortcut = shortcut_text(&command);
    let button = Button::new(command.text()).shortcut_text(shortcut);
    if ui
        .add_enabled(enabled, button)
        .on_hover_text(command.tooltip())
        .clicked()
    {
        commands.push(command);
        ui.close();
    }
}

fn menu_item_ui(
    ui: &mut Ui,
    view: &ChromeView<'_>,
    menu: Menu,
    item: &MenuItem,
    commands: &mut Vec<Command>,
) {
    match item {
        MenuItem::Command(command) => {
            if is_shown(view, command) {
                let enabled = is_enabled(view, menu, command);
                command_button(ui, command.clone(), enabled, commands);
            }
        }
        MenuItem::Separator => {
            ui.separator();
        }
        MenuItem::RecentFiles => {
            ui.menu_button(tr::menu_recent_files(), |ui| {
                if view.settings.recent_files.is_empty() {
                    ui.weak(tr::menu_no_recent_files());
                }
                for path in &view.settings.recent_files {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenPath(path.clone()));
                        ui.close();
                    }
                }
                ui.separator();
                let clear = Command::ClearRecentFiles;
                let enabled = is_enabled(view, menu, &clear);
                command_button(ui, clear, enabled, commands);
            });
        }
        MenuItem::TargetLanguages => {
            ui.label(tr::menu_target_language());
            for language in &view.document.project.targets {
                let selected = view.view.target.as_ref() == Some(language);
                let label = tr::menu_target_language_item(
                    words::language_name(language),
                    language.as_str(),
                );
                if ui.radio(selected, label).clicked() {
                    commands.push(Command::SetTargetLanguage(language.clone()));
                    ui.close();
                }
            }
        }
        MenuItem::NothingToAlign => {
            if view.aligned_target.is_none() {
                ui.weak(tr::menu_nothing_to_align());
                ui.separator();
            }
        }
        MenuItem::InterfaceLanguage => {
            ui.menu_button(tr::menu_interface_language(), |ui| {
                let following = view.settings.ui_language.is_none();
                let system = view.system_language.unwrap_or_default();
                let item = ui
                    .radio(following, tr::menu_system_language(system.native_name()))
                    .on_hover_text(tr::menu_system_language_tooltip());
                if item.clicked() {
                    commands.push(Command::SetInterfaceLanguage(None));
                    ui.close();
                }
                ui.separator();
                for language in Language::ALL {
                    let selected = !following && l10n::current() == language;
                    let item = ui
                        .radio(selected, language.native_name())
                        .on_hover_text(tr::menu_interface_language_tooltip());
                    if item.clicked() {
                        commands.push(Command::SetInterfaceLanguage(Some(language)));
                        ui.close();
                    }
                }
            });
        }
    }
}

/// The menu bar: the menus, then the target language buttons.
pub fn menu_bar_ui(ui: &mut Ui, view: &ChromeView<'_>, commands: &mut Vec<Command>) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            for (menu, items) in menus() {
                ui.menu_button(menu.title(), |ui| {
                    for item in &items {
                        menu_item_ui(ui, view, menu, item, commands);
                    }
                });
            }
            ui.separator();
            ui.label(tr::menu_bar_target());
            for language in &view.document.project.targets {
                let selected = view.view.target.as_ref() == Some(language);
                if ui
                    .selectable_label(selected, language.as_str())
                    .on_hover_text(words::language_name(language))
                    .clicked()
                {
                    commands.push(Command::SetTargetLanguage(language.clone()));
                }
            }
        });
    });
}

/// The status bar: file name, unsaved marker, progress, languages and background jobs.
pub fn status_bar_ui(ui: &mut Ui, view: &ChromeView<'_>, commands: &mut Vec<Command>) {
    let document = view.document;
    let target = view.view.target.as_ref();
    let source_language = &document.project.source.language;
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(document.display_name());
            if let Some(holder) = &view.read_only {
                ui.colored_label(ui.visuals().warn_fg_color, tr::status_read_only())
                    .on_hover_text(tr::status_read_only_tooltip(holder));
            } else if document.is_dirty() {
                ui.colored_label(ui.visuals().warn_fg_color, tr::status_unsaved())
                    .on_hover_text(tr::status_unsaved_tooltip());
            } else {
                ui.weak(tr::status_saved());
            }
            if let Some(git) = &view.view.git {
                git_indicator_ui(ui, git, commands);
            }
            ui.separator();
            jobs_ui(ui, &view.jobs, commands);
            let alignment = view
                .aligned_target
                .as_ref()
                .and_then(|language| document.project.aligned.get(language))
                .map(crate::model::AlignedTranslation::summary);
            if let (Some(summary), Some(language)) = (alignment, target) {
                ui.label(tr::status_links(
                    summary.confirmed,
                    summary.links,
                    summary.low_confidence,
                ));
                let share = if summary.links == 0 {
                    0.0
                } else {
                    summary.confirmed as f32 / summary.links as f32
                };
                ui.add(
                    egui::ProgressBar::new(share)
                        .desired_width(120.0)
                        .text(crate::l10n::format_percent(f64::from(share))),
                );
                ui.separator();
                ui.label(tr::status_aligned_pair(
                    source_language.as_str(),
                    words::language_name(language),
                ));
                return;
            }
            match (target, view.progress) {
                (Some(language), Some(figures)) => {
                    ui.label(tr::status_progress(
                        figures.paragraphs_done,
                        figures.paragraphs_total,
                        figures.words_done,
                        figures.words_total,
                    ));
                    ui.add(
                        egui::ProgressBar::new(figures.fraction())
                            .desired_width(120.0)
                            .text(crate::l10n::format_percent(f64::from(figures.fraction()))),
                    );
                    let stale = figures.stale;
                    if stale > 0 {
                        let label = ui
                            .link(tr::status_stale(stale))
                            .on_hover_text(tr::status_stale_tooltip());
                        if label.clicked() {
                            commands.push(Command::NextStale);
                        }
                    }
                    // Every language's: the project cannot be synced while any is left.
                    let conflicts = view.document.project.conflict_count();
                    if conflicts > 0 {
                        let label = ui
                            .link(RichText::new(tr::status_conflicts(conflicts)).color(
                                crate::app::theme::severity_color(crate::qa::Severity::Error),
                            ))
                            .on_hover_text(tr::status_conflicts_tooltip());
                        if label.clicked() {
                            commands.push(Command::NextConflict);
                        }
                    }
                    ui.separator();
                    ui.label(tr::status_language_pair(
                        source_language.as_str(),
                        words::language_name(language),
                    ));
                }
                _ => {
                    ui.label(tr::status_no_target(source_language.as_str()));
                }
            }
        });
    });
}

/// Where the project's repository stands — branch, commits to push (↑) and to pull (↓, as
/// last fetched), uncommitted changes (●), a merge to finish — a click syncs.
fn git_indicator_ui(ui: &mut Ui, git: &crate::vcs::SyncState, commands: &mut Vec<Command>) {
    ui.separator();
    let branch = if git.branch.is_empty() {
        tr::git_detached()
    } else {
        git.branch.clone()
    };
    let mut text = format!("⎇ {branch}");
    if git.upstream.is_some() {
        let _ = write!(text, " ↑{} ↓{}", git.ahead, git.behind);
    }
    if git.project_changed {
        text.push_str(" ●");
    }
    if git.merging {
        text.push(' ');
        text.push_str(&tr::git_merging());
    }
    if git.offline {
        text.push(' ');
        text.push_str(&tr::git_offline());
    }
    let mut hover = vec![tr::git_tooltip_working_tree()];
    hover.push(
        git.upstream
            .as_deref()
            .map_or_else(tr::git_tooltip_no_upstream, |upstream| {
                tr::git_tooltip_upstream(git.ahead, upstream, git.behind)
            }),
    );
    if git.project_changed {
        hover.push(tr::git_tooltip_uncommitted());
    }
    if git.merging {
        hover.push(tr::git_tooltip_merging());
    }
    if git.offline {
        hover.push(tr::git_tooltip_offline());
    }
    hover.push(tr::git_tooltip_click());
    let hover = hover.join("\n");
    if ui.link(text).on_hover_text(hover).clicked() {
        commands.push(Command::SyncWithGit);
    }
}

/// Running background jobs: label, progress and a cancel button each.
fn jobs_ui(ui: &mut Ui, jobs: &[JobStatus], commands: &mut Vec<Command>) {
    for job in jobs {
        let cancel = match job.kind {
            JobKind::Open => Command::CancelOpen,
            JobKind::Align => Command::CancelAlignment,
            JobKind::Export => Command::CancelExport,
            JobKind::ReadMemory => Command::CancelReadingMemory,
            JobKind::BuildMemory => Command::CancelBuildingMemory,
            JobKind::Pretranslate => Command::CancelPretranslate,
            JobKind::LoadGlossary | JobKind::ChangeGlossary | JobKind::ExportGlossary => {
                Command::CancelGlossaryJobs
            }
            JobKind::Library => Command::CancelLibraryJob,
            // git finishes what it started: a half-done merge is worse than a wait.
            JobKind::Sync | JobKind::GitState | JobKind::History => {
                ui.spinner();
                ui.label(&job.label);
                continue;
            }
        };
        // The button first, so that it stays in place while the label changes.
        if ui
            .small_button("✕")
            .on_hover_text(tr::status_cancel_job())
            .clicked()
        {
            commands.push(cancel);
        }
        let bar = egui::ProgressBar::new(job.fraction.unwrap_or(0.0)).desired_width(80.0);
        ui.add(if let Some(fraction) = job.fraction {
            bar.text(crate::l10n::format_percent(f64::from(fraction)))
        } else {
            bar.animate(true)
        });
        ui.label(&job.label);
        ui.separator();
    }
}
