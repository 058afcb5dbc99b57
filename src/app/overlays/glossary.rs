//! The glossary's dialogs: adding or editing one term pair (Ctrl+T offers the text selected
//! in the source and in the translation), and the whole glossary for the shown languages,
//! filterable, with the terms of the file Diptych keeps editable and deletable (a deletion
//! asks once more). Terms from files the user brought are shown with their file, read-only.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::glossary::GlossaryState;
use crate::app::set_accessible_label;
use crate::app::words;
use crate::io::glossary_file::GlossaryChange;
use crate::io::import::glossary::GlossaryEntry;
use crate::l10n::tr;
use crate::memory::text::fold;
use crate::model::LanguageTag;

/// The Add/Edit term dialog's fields.
#[derive(Debug, Clone, PartialEq)]
pub struct TermDialog {
    pub from: LanguageTag,
    pub to: LanguageTag,
    /// The entry edited (`None`: a new one).
    pub editing: Option<GlossaryEntry>,
    pub source: String,
    pub target: String,
    pub note: String,
    pub forbidden: bool,
}

/// Draws the term dialog; returns whether it should close.
pub fn term_dialog_ui(ui: &mut Ui, dialog: &mut TermDialog, commands: &mut Vec<Command>) -> bool {
    ui.set_width(460.0);
    egui::Grid::new("term_fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            ui.label(tr::glossary_term_label(words::language_name(&dialog.from)));
            let source = ui.add(
                egui::TextEdit::singleline(&mut dialog.source)
                    .desired_width(320.0)
                    .hint_text(tr::glossary_term_hint()),
            );
            set_accessible_label(&source, tr::glossary_source_term());
            if dialog.source.is_empty() && !source.has_focus() && dialog.editing.is_none() {
                source.request_focus();
            }
            ui.end_row();
            ui.label(tr::glossary_translation_label(words::language_name(
                &dialog.to,
            )));
            let target =
                ui.add(egui::TextEdit::singleline(&mut dialog.target).desired_width(320.0));
            set_accessible_label(&target, tr::glossary_target_term());
            ui.end_row();
            ui.label(tr::glossary_note());
            let note = ui.add(
                egui::TextEdit::singleline(&mut dialog.note)
                    .desired_width(320.0)
                    .hint_text(tr::glossary_note_hint()),
            );
            set_accessible_label(&note, tr::glossary_term_note());
            ui.end_row();
        });
    ui.checkbox(&mut dialog.forbidden, tr::glossary_forbidden());
    ui.weak(tr::glossary_inflected_forms());
    ui.add_space(6.0);
    let ready = !dialog.source.trim().is_empty() && !dialog.target.trim().is_empty();
    let mut close = false;
    ui.horizontal(|ui| {
        let label = if dialog.editing.is_some() {
            tr::glossary_save()
        } else {
            tr::glossary_add()
        };
        if ui.add_enabled(ready, egui::Button::new(label)).clicked()
            || (ready && ui.input(|input| input.key_pressed(egui::Key::Enter)))
        {
            let new = GlossaryEntry {
                source: dialog.source.clone(),
                target: dialog.target.clone(),
                note: dialog.note.clone(),
                forbidden: dialog.forbidden,
            };
            let change = match &dialog.editing {
                Some(old) => GlossaryChange::Replace {
                    old: old.clone(),
                    new,
                },
                None => GlossaryChange::Add(new),
            };
            commands.push(Command::SaveTerm {
                from: dialog.from.clone(),
                to: dialog.to.clone(),
                change: Box::new(change),
            });
            close = true;
        }
        if ui.button(tr::glossary_cancel()).clicked() {
            close = true;
        }
    });
    close
}

/// The glossary dialog's state: its filter, and the entry asked to be deleted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlossaryDialog {
    pub filter: String,
    pub deleting: Option<GlossaryEntry>,
}

/// Draws the glossary dialog; returns whether it should close.
pub fn glossary_dialog_ui(
    ui: &mut Ui,
    dialog: &mut GlossaryDialog,
    glossary: &GlossaryState,
    commands: &mut Vec<Command>,
) -> bool {
    ui.set_width(720.0);
    let Some((from, to)) = glossary.pair().cloned() else {
        ui.label(tr::glossary_choose_target());
        return ui.button(tr::glossary_close()).clicked();
    };
    ui.weak(glossary.summary());
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut dialog.filter)
                .hint_text(tr::glossary_filter_hint())
                .desired_width(360.0),
        );
        set_accessible_label(&field, tr::glossary_filter());
        let add = tr::glossary_add_term(crate::app::commands::shortcut_text(&Command::AddTerm));
        if ui.button(add).clicked() {
            commands.push(Command::AddTerm);
        }
        if ui
            .button(tr::glossary_export_tbx())
            .on_hover_text(tr::glossary_export_tbx_tooltip())
            .clicked()
        {
            commands.push(Command::ExportGlossary);
        }
    });
    let wanted = fold(dialog.filter.trim(), from.primary());
    let entries = glossary.all_entries();
    let shown: Vec<_> = entries
        .iter()
        .filter(|(entry, _, _)| {
            wanted.is_empty()
                || fold(&entry.source, from.primary()).contains(&wanted)
                || fold(&entry.target, to.primary())
                    .contains(&fold(dialog.filter.trim(), to.primary()))
                || fold(&entry.note, to.primary()).contains(&wanted)
        })
        .collect();
    ui.weak(tr::glossary_shown(shown.len(), entries.len()));
    ui.separator();
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            egui::Grid::new("glossary_entries")
                .num_columns(5)
                .striped(true)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(words::language_name(&from));
                    ui.strong(words::language_name(&to));
                    ui.strong(tr::glossary_note());
                    ui.strong(tr::glossary_file());
                    ui.label("");
                    ui.end_row();
                    for (entry, file, editable) in shown {
                        ui.label(&entry.source);
                        if entry.forbidden {
                            ui.label(
                                RichText::new(format!("✗ {}", entry.target))
                                    .strikethrough()
                                    .color(ui.visuals().error_fg_color),
                            )
                            .on_hover_text(tr::glossary_forbidden());
                        } else {
                            ui.label(&entry.target);
                        }
                        ui.label(&entry.note);
                        ui.weak(file);
                        if *editable {
                            ui.horizontal(|ui| {
                                if dialog.deleting.as_ref() == Some(*entry) {
                                    if ui.button(tr::glossary_really_delete()).clicked() {
                                        commands.push(Command::SaveTerm {
                                            from: from.clone(),
                                            to: to.clone(),
                                            change: Box::new(GlossaryChange::Remove(
                                                (*entry).clone(),
                                            )),
                                        });
                                        dialog.deleting = None;
                                    }
                                    if ui.button(tr::glossary_keep()).clicked() {
                                        dialog.deleting = None;
                                    }
                                } else {
                                    let pair = format!("{} → {}", entry.source, entry.target);
                                    let edit = ui.small_button(tr::glossary_edit());
                                    set_accessible_label(&edit, tr::glossary_edit_pair(&pair));
                                    if edit.clicked() {
                                        commands
                                            .push(Command::EditTerm(Box::new((*entry).clone())));
                                    }
                                    let delete = ui.small_button(tr::glossary_delete());
                                    set_accessible_label(&delete, tr::glossary_delete_pair(&pair));
                                    if delete.clicked() {
                                        dialog.deleting = Some((*entry).clone());
                                    }
                                }
                            });
                        } else {
                            ui.weak(tr::glossary_read_only())
                                .on_hover_text(tr::glossary_read_only_tooltip());
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(6.0);
    ui.button(tr::glossary_close()).clicked()
}
