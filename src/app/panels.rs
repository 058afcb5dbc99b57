//! The menu bar and the status bar.

use egui::{Button, Ui};

use super::DiptychApp;
use super::command::{Command, LinkOperation, shortcut_text};

fn command_button(
    ui: &mut Ui,
    label: &str,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let shortcut = shortcut_text(ui.ctx(), &command);
    let button = Button::new(label).shortcut_text(shortcut);
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command);
        ui.close();
    }
}

/// File, Edit and View menus.
pub fn menu_bar_ui(ui: &mut Ui, app: &DiptychApp, commands: &mut Vec<Command>) {
    egui::Panel::top("menu_bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                command_button(
                    ui,
                    "New from article…",
                    Command::NewFromArticle,
                    true,
                    commands,
                );
                command_button(ui, "Open project…", Command::OpenProject, true, commands);
                command_button(ui, "Save", Command::Save, true, commands);
                command_button(ui, "Save as…", Command::SaveAs, true, commands);
                ui.separator();
                command_button(
                    ui,
                    "Import translation and align…",
                    Command::ImportTranslation,
                    true,
                    commands,
                );
                command_button(
                    ui,
                    "Revert to backup…",
                    Command::ShowBackups,
                    app.document.save_path().is_some(),
                    commands,
                );
                if app.is_read_only() {
                    command_button(
                        ui,
                        "Take over the project…",
                        Command::AskTakeOver,
                        true,
                        commands,
                    );
                }
                command_button(
                    ui,
                    "Verify stored original",
                    Command::VerifyOriginal,
                    true,
                    commands,
                );
                ui.menu_button("Recent files", |ui| {
                    if app.settings.recent_files.is_empty() {
                        ui.weak("No recent files");
                    }
                    for path in &app.settings.recent_files {
                        let label = path.display().to_string();
                        if ui.button(label).clicked() {
                            commands.push(Command::OpenPath(path.clone()));
                            ui.close();
                        }
                    }
                    ui.separator();
                    command_button(
                        ui,
                        "Clear recent files",
                        Command::ClearRecentFiles,
                        !app.settings.recent_files.is_empty(),
                        commands,
                    );
                });
                ui.separator();
                command_button(ui, "Quit", Command::Quit, true, commands);
            });
            ui.menu_button("Edit", |ui| {
                let history = &app.document.history;
                command_button(ui, "Undo", Command::Undo, history.can_undo(), commands);
                command_button(ui, "Redo", Command::Redo, history.can_redo(), commands);
                ui.separator();
                command_button(
                    ui,
                    "Mark translated and go to next row",
                    Command::ConfirmAndNext,
                    app.selected.is_some(),
                    commands,
                );
                command_button(ui, "Next row", Command::NextRow, true, commands);
                command_button(ui, "Previous row", Command::PreviousRow, true, commands);
                ui.separator();
                command_button(
                    ui,
                    "Command palette…",
                    Command::ShowCommandPalette,
                    true,
                    commands,
                );
            });
            ui.menu_button("Align", |ui| {
                let aligned = app.aligned_target().is_some() && app.alignment.selected.is_some();
                if app.aligned_target().is_none() {
                    ui.weak("Import a translation to align it (File menu).");
                    ui.separator();
                }
                command_button(
                    ui,
                    "Confirm link and go to next",
                    Command::ConfirmAndNext,
                    aligned,
                    commands,
                );
                for (label, operation) in [
                    ("Merge source with next", LinkOperation::MergeSourceWithNext),
                    ("Merge target with next", LinkOperation::MergeTargetWithNext),
                    ("Unlink", LinkOperation::Unlink),
                    ("Swap targets with next", LinkOperation::SwapWithNext),
                    ("Shift target column up", LinkOperation::ShiftTargetUp),
                    ("Shift target column down", LinkOperation::ShiftTargetDown),
                    ("Insert empty target cell", LinkOperation::InsertEmptyCell),
                    (
                        "Split target paragraph at cursor…",
                        LinkOperation::SplitTarget,
                    ),
                    (
                        "Split source paragraph at cursor…",
                        LinkOperation::SplitSource,
                    ),
                    ("Re-align selected links", LinkOperation::Realign),
                ] {
                    command_button(ui, label, Command::Link(operation), aligned, commands);
                }
                ui.separator();
                let sentences = if app.alignment.show_sentences {
                    "Hide sentences of the link"
                } else {
                    "Show sentences of the link"
                };
                command_button(
                    ui,
                    sentences,
                    Command::ToggleSentencePanel,
                    aligned,
                    commands,
                );
            });
            ui.menu_button("View", |ui| {
                ui.label("Target language");
                for language in &app.document.project.targets {
                    let selected = app.target.as_ref() == Some(language);
                    let label = format!("{} ({})", language.display_name(), language);
                    if ui.radio(selected, label).clicked() {
                        commands.push(Command::SetTargetLanguage(language.clone()));
                        ui.close();
                    }
                }
                ui.separator();
                let panel = if app.show_project_panel {
                    "Hide project panel"
                } else {
                    "Show project panel"
                };
                command_button(ui, panel, Command::ToggleProjectPanel, true, commands);
                let theme = if app.settings.dark_mode {
                    "Light theme"
                } else {
                    "Dark theme"
                };
                command_button(ui, theme, Command::ToggleTheme, true, commands);
                command_button(ui, "Zoom in", Command::ZoomIn, true, commands);
                command_button(ui, "Zoom out", Command::ZoomOut, true, commands);
                command_button(ui, "Reset zoom", Command::ZoomReset, true, commands);
            });
            ui.separator();
            ui.label("Target:");
            for language in &app.document.project.targets {
                let selected = app.target.as_ref() == Some(language);
                if ui
                    .selectable_label(selected, language.as_str())
                    .on_hover_text(language.display_name())
                    .clicked()
                {
                    commands.push(Command::SetTargetLanguage(language.clone()));
                }
            }
        });
    });
}

/// File name, unsaved marker, progress and language.
pub fn status_bar_ui(ui: &mut Ui, app: &mut DiptychApp) {
    let target = app.target.clone();
    let progress = target
        .as_ref()
        .map(|language| app.document.progress(language));
    let dirty = app.document.is_dirty();
    let read_only = app.read_only_holder();
    let name = app.document.display_name();
    let source_language = app.document.project.source.language.clone();
    egui::Panel::bottom("status_bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(&name);
            if let Some(holder) = &read_only {
                ui.colored_label(ui.visuals().warn_fg_color, "⚠ read-only")
                    .on_hover_text(format!(
                        "This project cannot be changed here ({holder}): changes and Save are \
                         refused. Save as another file, or File → Take over the project."
                    ));
            } else if dirty {
                ui.colored_label(ui.visuals().warn_fg_color, "● unsaved")
                    .on_hover_text("The project has changes that are not saved");
            } else {
                ui.weak("saved");
            }
            ui.separator();
            let alignment = app
                .aligned_target()
                .and_then(|language| app.document.project.aligned.get(&language))
                .map(crate::model::AlignedTranslation::summary);
            if let (Some(summary), Some(language)) = (alignment, &target) {
                ui.label(format!(
                    "{}/{} links confirmed · {} low confidence",
                    summary.confirmed, summary.links, summary.low_confidence
                ));
                let share = if summary.links == 0 {
                    0.0
                } else {
                    summary.confirmed as f32 / summary.links as f32
                };
                ui.add(
                    egui::ProgressBar::new(share)
                        .desired_width(120.0)
                        .show_percentage(),
                );
                ui.separator();
                ui.label(format!(
                    "{} ↔ {} (aligned translation)",
                    source_language,
                    language.display_name()
                ));
                return;
            }
            match (&target, progress) {
                (Some(language), Some(figures)) => {
                    ui.label(format!(
                        "{}/{} paragraphs · {}/{} words translated",
                        figures.paragraphs_done,
                        figures.paragraphs_total,
                        figures.words_done,
                        figures.words_total
                    ));
                    ui.add(
                        egui::ProgressBar::new(figures.fraction())
                            .desired_width(120.0)
                            .show_percentage(),
                    );
                    ui.separator();
                    ui.label(format!("{} → {}", source_language, language.display_name()));
                }
                _ => {
                    ui.label(format!("{source_language} → no target language"));
                }
            }
        });
    });
}
