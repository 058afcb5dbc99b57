//! The Matches panel: the translation memory's best matches for the selected row — score,
//! the match's source with the words that differ from this row's source marked, its
//! translation, and where it comes from — each insertable with Ctrl+1…Ctrl+5.

use egui::Ui;
use egui::text::LayoutJob;

use super::DockView;
use crate::app::commands::Command;
use crate::app::theme;
use crate::l10n::tr;
use crate::memory::text::fold;

/// Draws the panel on the right side of the window.
pub fn matches_panel_ui(ui: &mut Ui, view: &DockView<'_>, commands: &mut Vec<Command>) {
    let project = &view.document.project;
    let language = project.source.language.primary().to_owned();
    let current = view
        .selected
        .and_then(|id| project.paragraph(id))
        .map(|paragraph| paragraph.text.as_str());
    egui::Panel::right("matches_panel")
        .resizable(true)
        .default_size(360.0)
        .show(ui, |ui| {
            ui.heading(tr::matches_heading());
            let summary = ui.weak(view.matches.summary());
            if !view.matches.skipped.is_empty() {
                summary.on_hover_text(view.matches.skipped.join("\n"));
            }
            if view.matches.was_stopped() && ui.button(tr::matches_build()).clicked() {
                commands.push(Command::BuildMemoryAgain);
            }
            ui.separator();
            let Some(current) = current else {
                ui.label(tr::matches_select_row());
                return;
            };
            if view.matches.building {
                ui.spinner();
                return;
            }
            if view.matches.found.is_empty() {
                ui.label(tr::matches_none(view.matches.minimum()));
                return;
            }
            let words: Vec<String> = current
                .split_whitespace()
                .map(|word| fold(word.trim_matches(|c: char| !c.is_alphanumeric()), &language))
                .collect();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (index, found) in view.matches.found.iter().enumerate() {
                    let number = index + 1;
                    ui.horizontal(|ui| {
                        ui.strong(tr::matches_score(found.score));
                        if ui
                            .button(tr::matches_insert(number.to_string()))
                            .on_hover_text(tr::matches_insert_tooltip())
                            .clicked()
                        {
                            commands.push(Command::InsertMatch(number));
                        }
                    });
                    ui.label(marked_differences(ui, &found.source, &words, &language));
                    ui.label(
                        found
                            .target_with_numbers
                            .as_deref()
                            .unwrap_or(&found.target),
                    );
                    if found.numbers_differ {
                        ui.colored_label(ui.visuals().warn_fg_color, tr::matches_numbers_differ());
                    }
                    let scores = (found.scores.words, found.scores.all);
                    ui.weak(if found.date.is_empty() {
                        tr::matches_details(&found.origin, scores.0, scores.1)
                    } else {
                        tr::matches_details_dated(
                            &found.origin,
                            crate::l10n::format_date(&found.date),
                            scores.0,
                            scores.1,
                        )
                    });
                    ui.separator();
                }
            });
        });
}

/// `source` with the words that are not in the row's source (`words`, folded) marked.
fn marked_differences(ui: &Ui, source: &str, words: &[String], language: &str) -> LayoutJob {
    let pieces = source
        .split_whitespace()
        .enumerate()
        .flat_map(|(index, word)| {
            let folded = fold(word.trim_matches(|c: char| !c.is_alphanumeric()), language);
            let separator = (index > 0).then_some((" ", false));
            separator
                .into_iter()
                .chain(std::iter::once((word, !words.contains(&folded))))
        });
    theme::marked_text(ui, pieces)
}
