//! The History panel: who changed the selected row's translation when (each version with its
//! commit, and "Restore" to bring it back as a new edit), and the commits that changed the
//! project (author, date, summary). Read from git in the background.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::history::HistoryState;
use crate::app::{set_accessible_label, words};
use crate::l10n::{format_date_time, tr};

/// Draws the panel on the right side of the window.
pub fn history_panel_ui(
    ui: &mut Ui,
    view: &DockView<'_>,
    history: &HistoryState,
    commands: &mut Vec<Command>,
) {
    egui::Panel::right("history_panel")
        .resizable(true)
        .default_size(340.0)
        .show(ui, |ui| {
            ui.heading(tr::history_title());
            if view.document.save_path().is_none() {
                ui.weak(tr::history_unsaved());
                return;
            }
            match &history.log {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.weak(tr::history_reading_log());
                    });
                }
                Some(Err(error)) => {
                    ui.weak(tr::history_no_history(error));
                }
                Some(Ok(commits)) => {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        row_ui(ui, view, history, commands);
                        ui.separator();
                        ui.label(RichText::new(tr::history_commit_count(commits.len())).strong());
                        for commit in commits {
                            ui.horizontal_wrapped(|ui| {
                                ui.weak(format!(
                                    "{} · {}",
                                    format_date_time(&commit.date),
                                    commit.author
                                ))
                                .on_hover_text(&commit.id);
                                ui.label(&commit.summary);
                            });
                        }
                    });
                }
            }
        });
}

/// The selected row's versions, newest first, each restorable.
fn row_ui(ui: &mut Ui, view: &DockView<'_>, history: &HistoryState, commands: &mut Vec<Command>) {
    let (Some(paragraph_id), Some(language)) = (view.selected, view.target) else {
        ui.weak(tr::history_select_row());
        return;
    };
    ui.label(
        RichText::new(tr::history_row_title(
            paragraph_id.0.to_string(),
            words::language_name(language),
        ))
        .strong(),
    );
    let Some(changes) = &history.row else {
        ui.weak(tr::history_reading());
        return;
    };
    let changes = match changes {
        Ok(changes) => changes,
        Err(error) => {
            ui.weak(error);
            return;
        }
    };
    if changes.is_empty() {
        ui.weak(tr::history_no_changes());
        return;
    }
    let current = view.document.project.translation(paragraph_id, language);
    for (index, change) in changes.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.weak(format!(
                "{} · {} · {}",
                format_date_time(&change.commit.date),
                change.commit.author,
                change.commit.summary
            ));
            let text = if change.version.text.is_empty() {
                RichText::new(tr::history_empty()).italics().weak()
            } else {
                RichText::new(&change.version.text)
            };
            ui.add(egui::Label::new(text).wrap());
            let status = words::status(change.version.status);
            ui.weak(if change.version.note.is_empty() {
                status
            } else {
                tr::history_status_note(status, &change.version.note)
            });
            let same = current.text == change.version.text
                && current.status == change.version.status
                && current.note == change.version.note;
            let restore = ui
                .add_enabled(!same, egui::Button::new(tr::history_restore()).small())
                .on_hover_text(tr::history_restore_tooltip())
                .on_disabled_hover_text(tr::history_restore_disabled());
            set_accessible_label(
                &restore,
                tr::history_restore_accessible((index + 1).to_string()),
            );
            if restore.clicked() {
                commands.push(Command::RestoreTranslation {
                    paragraph_id,
                    language: language.clone(),
                    version: change.version.clone(),
                });
            }
        });
    }
}
