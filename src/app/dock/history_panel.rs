//! The History panel: who changed the selected row's translation when (each version with its
//! commit, and "Restore" to bring it back as a new edit), and the commits that changed the
//! project (author, date, summary). Read from git in the background.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::history::HistoryState;
use crate::app::set_accessible_label;

/// "2026-12-02T09:15:00+04:00" → "2026-12-02 09:15".
fn short_date(date: &str) -> String {
    date.get(..16).unwrap_or(date).replacen('T', " ", 1)
}

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
            ui.heading("History");
            if view.document.save_path().is_none() {
                ui.weak("Save the project in a git working tree to see its history.");
                return;
            }
            match &history.log {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.weak("Reading the history from git…");
                    });
                }
                Some(Err(error)) => {
                    ui.weak(format!("No history: {error}"));
                }
                Some(Ok(commits)) => {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        row_ui(ui, view, history, commands);
                        ui.separator();
                        ui.label(
                            RichText::new(format!("{} commit(s) of the project", commits.len()))
                                .strong(),
                        );
                        for commit in commits {
                            ui.horizontal_wrapped(|ui| {
                                ui.weak(format!(
                                    "{} · {}",
                                    short_date(&commit.date),
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
        ui.weak("Select a row to see who changed its translation when.");
        return;
    };
    ui.label(
        RichText::new(format!(
            "¶{} in {}",
            paragraph_id.0,
            language.display_name()
        ))
        .strong(),
    );
    let Some(changes) = &history.row else {
        ui.weak("Reading…");
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
        ui.weak("No commit has changed this translation.");
        return;
    }
    let current = view.document.project.translation(paragraph_id, language);
    for (index, change) in changes.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.weak(format!(
                "{} · {} · {}",
                short_date(&change.commit.date),
                change.commit.author,
                change.commit.summary
            ));
            let text = if change.version.text.is_empty() {
                RichText::new("(empty)").italics().weak()
            } else {
                RichText::new(&change.version.text)
            };
            ui.add(egui::Label::new(text).wrap());
            let mut details = change.version.status.as_str().to_owned();
            if !change.version.note.is_empty() {
                details.push_str(" · note: ");
                details.push_str(&change.version.note);
            }
            ui.weak(details);
            let same = current.text == change.version.text
                && current.status == change.version.status
                && current.note == change.version.note;
            let restore = ui
                .add_enabled(!same, egui::Button::new("Restore").small())
                .on_hover_text("Make this version the row's translation again (one undo step)")
                .on_disabled_hover_text("The row holds this version now");
            set_accessible_label(&restore, format!("Restore version {}", index + 1));
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
