//! The Terms panel: the glossary's terms found in the selected row's source (in any
//! inflected form), each with its expected translations — a click puts one into the
//! translation at the cursor — whether the translation uses it, forbidden translations
//! struck through, notes and files; terms of the glossary Diptych keeps can be edited.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::{Command, shortcut_text};
use crate::app::set_accessible_label;
use crate::l10n::tr;

/// Draws the panel on the right side of the window.
pub fn terms_panel_ui(ui: &mut Ui, view: &DockView<'_>, commands: &mut Vec<Command>) {
    let glossary = view.glossary;
    egui::Panel::right("terms_panel")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            ui.heading(tr::terms_heading());
            ui.weak(glossary.summary());
            ui.horizontal(|ui| {
                let add = tr::glossary_add_term(shortcut_text(&Command::AddTerm));
                if ui.button(add).clicked() {
                    commands.push(Command::AddTerm);
                }
                if ui.button(tr::terms_glossary()).clicked() {
                    commands.push(Command::ShowGlossary);
                }
            });
            ui.separator();
            if view.target.is_none() {
                ui.label(tr::terms_choose_target());
                return;
            }
            if view.selected.is_none() {
                ui.label(tr::terms_select_row());
                return;
            }
            if glossary.loading {
                ui.spinner();
                return;
            }
            if glossary.row_terms.is_empty() {
                ui.label(tr::terms_none());
                return;
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for term in &glossary.row_terms {
                    ui.strong(&term.found_as);
                    for found in &term.entries {
                        let entry = &found.entry;
                        ui.horizontal_wrapped(|ui| {
                            if entry.forbidden {
                                let mark = RichText::new(format!("✗ {}", entry.target))
                                    .strikethrough()
                                    .color(ui.visuals().error_fg_color);
                                ui.label(mark).on_hover_text(tr::terms_forbidden());
                                if found.used {
                                    ui.colored_label(
                                        ui.visuals().error_fg_color,
                                        tr::terms_forbidden_used(),
                                    );
                                }
                            } else {
                                let button = ui
                                    .button(&entry.target)
                                    .on_hover_text(tr::terms_insert_tooltip());
                                set_accessible_label(
                                    &button,
                                    tr::terms_insert_label(&entry.target),
                                );
                                if button.clicked() {
                                    commands.push(Command::InsertTerm(entry.target.clone()));
                                }
                                if found.used {
                                    ui.label(tr::terms_used());
                                } else {
                                    ui.weak(tr::terms_not_used());
                                }
                            }
                            if found.editable {
                                let edit = ui.small_button(tr::glossary_edit());
                                set_accessible_label(
                                    &edit,
                                    tr::terms_edit_label(&entry.source, &entry.target),
                                );
                                if edit.clicked() {
                                    commands.push(Command::EditTerm(Box::new(entry.clone())));
                                }
                            }
                        });
                        if !entry.note.is_empty() {
                            ui.weak(&entry.note);
                        }
                        ui.weak(format!("{} · {}", entry.source, found.file));
                    }
                    ui.separator();
                }
            });
        });
}
