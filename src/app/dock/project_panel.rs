//! The project panel: article metadata and provenance (editable), the target languages (add,
//! remove, choose), and the original file's identity (see `provenance`).

use egui::{TextEdit, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::{set_accessible_label, words};
use crate::l10n::tr;
use crate::model::{LanguageTag, MetadataField, Project};

/// Draws the panel on the right side of the window. `new_target_text` is the text of its
/// "new target language" field.
pub fn project_panel_ui(
    ui: &mut Ui,
    view: &DockView<'_>,
    new_target_text: &mut String,
    commands: &mut Vec<Command>,
) {
    let project = &view.document.project;
    egui::Panel::right("project_panel")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading(tr::project_article());
                crate::app::screens::conflict_box::metadata_conflicts_ui(ui, project, commands);
                metadata_ui(ui, project, commands);
                ui.separator();
                ui.heading(tr::project_targets());
                targets_ui(ui, project, view.target, new_target_text, commands);
                ui.separator();
                ui.heading(tr::project_original());
                super::provenance::provenance_ui(ui, view, commands);
                ui.separator();
                ui.heading(tr::project_captures());
                super::captures::captures_ui(ui, project, commands);
            });
        });
}

fn metadata_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    let metadata = &project.metadata;
    egui::Grid::new("metadata")
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            for field in MetadataField::ALL {
                let label = ui.label(words::metadata_field(field));
                let mut value = field.get(metadata).clone();
                let editor = if field == MetadataField::Description {
                    TextEdit::multiline(&mut value).desired_rows(3)
                } else if field == MetadataField::Note {
                    // One line to start with; it grows as the note does.
                    TextEdit::multiline(&mut value).desired_rows(1)
                } else {
                    TextEdit::singleline(&mut value)
                };
                let response = ui
                    .add(editor.desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if response.changed() {
                    commands.push(Command::SetMetadata { field, value });
                }
                if response.lost_focus() {
                    commands.push(Command::EndTyping);
                }
                ui.end_row();
            }
        });
}

fn targets_ui(
    ui: &mut Ui,
    project: &Project,
    target: Option<&LanguageTag>,
    new_target_text: &mut String,
    commands: &mut Vec<Command>,
) {
    ui.label(tr::project_source(
        words::language_name(&project.source.language),
        project.source.language.as_str(),
    ));
    for language in &project.targets {
        ui.horizontal(|ui| {
            let selected = target == Some(language);
            if ui
                .selectable_label(
                    selected,
                    format!("{} ({})", words::language_name(language), language.as_str()),
                )
                .clicked()
            {
                commands.push(Command::SetTargetLanguage(language.clone()));
            }
            let count = project
                .translations
                .get(language)
                .map_or(0, std::collections::BTreeMap::len);
            ui.weak(tr::project_edited_count(count));
            let remove = ui.small_button(tr::project_remove());
            set_accessible_label(&remove, tr::project_remove_accessible(language.as_str()));
            if remove.on_hover_text(tr::project_remove_tooltip()).clicked() {
                commands.push(Command::RemoveTarget(language.clone()));
            }
        });
    }
    ui.horizontal(|ui| {
        let field = ui.add(
            TextEdit::singleline(new_target_text)
                .desired_width(90.0)
                .hint_text(tr::project_new_target_hint()),
        );
        set_accessible_label(&field, tr::project_new_target_accessible());
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if (ui.button(tr::project_add_language()).clicked() || entered)
            && !new_target_text.trim().is_empty()
        {
            commands.push(Command::AddTarget(new_target_text.trim().to_owned()));
        }
    });
}
