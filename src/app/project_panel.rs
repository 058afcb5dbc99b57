//! The project panel: article metadata (editable), the original file's identity, and the
//! target languages (add, remove, choose).

use egui::{RichText, TextEdit, Ui};

use super::command::Command;
use super::{DiptychApp, set_accessible_label};
use crate::model::{MetadataField, ParagraphKind};

/// Draws the panel on the right side of the window.
pub fn project_panel_ui(ui: &mut Ui, app: &mut DiptychApp, commands: &mut Vec<Command>) {
    egui::Panel::right("project_panel")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading("Article");
                metadata_ui(ui, app, commands);
                ui.separator();
                ui.heading("Target languages");
                targets_ui(ui, app, commands);
                ui.separator();
                ui.heading("Original");
                original_ui(ui, app);
            });
        });
}

fn metadata_ui(ui: &mut Ui, app: &DiptychApp, commands: &mut Vec<Command>) {
    let metadata = &app.document.project.metadata;
    egui::Grid::new("metadata")
        .num_columns(2)
        .striped(false)
        .show(ui, |ui| {
            for field in MetadataField::ALL {
                let label = ui.label(field.label());
                let mut value = field.get(metadata).clone();
                let editor = if field == MetadataField::Description {
                    TextEdit::multiline(&mut value).desired_rows(3)
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

fn targets_ui(ui: &mut Ui, app: &mut DiptychApp, commands: &mut Vec<Command>) {
    let project = &app.document.project;
    ui.label(format!(
        "Source: {} ({})",
        project.source.language.display_name(),
        project.source.language
    ));
    for language in &project.targets {
        ui.horizontal(|ui| {
            let selected = app.target.as_ref() == Some(language);
            if ui
                .selectable_label(
                    selected,
                    format!("{} ({language})", language.display_name()),
                )
                .clicked()
            {
                commands.push(Command::SetTargetLanguage(language.clone()));
            }
            let count = project
                .translations
                .get(language)
                .map_or(0, std::collections::BTreeMap::len);
            ui.weak(format!("{count} edited"));
            let remove = ui.small_button("Remove");
            set_accessible_label(&remove, format!("Remove {language}"));
            if remove
                .on_hover_text(
                    "Remove this language and its translations (Ctrl+Z brings them back)",
                )
                .clicked()
            {
                commands.push(Command::RemoveTarget(language.clone()));
            }
        });
    }
    ui.horizontal(|ui| {
        let field = ui.add(
            TextEdit::singleline(&mut app.new_target_text)
                .desired_width(90.0)
                .hint_text("e.g. de, tr"),
        );
        set_accessible_label(&field, "New target language");
        let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if (ui.button("Add language").clicked() || entered)
            && !app.new_target_text.trim().is_empty()
        {
            commands.push(Command::AddTarget(app.new_target_text.trim().to_owned()));
        }
    });
}

fn original_ui(ui: &mut Ui, app: &DiptychApp) {
    let original = &app.document.project.source.original;
    egui::Grid::new("original").num_columns(2).show(ui, |ui| {
        ui.label("File");
        ui.label(&original.file_name);
        ui.end_row();
        ui.label("Encoding");
        ui.label(original.encoding.label());
        ui.end_row();
        ui.label("Size");
        ui.label(format!("{} bytes", app.document.original_size));
        ui.end_row();
        ui.label("SHA-256");
        ui.label(RichText::new(&original.sha256).monospace().small());
        ui.end_row();
        ui.label("Integrity");
        if app.document.original_intact {
            ui.label("kept byte for byte");
        } else {
            ui.colored_label(ui.visuals().error_fg_color, "does not match its hash");
        }
        ui.end_row();
    });
    ui.add_space(6.0);
    let mut counts = [0usize; ParagraphKind::ALL.len()];
    for paragraph in app.document.project.paragraphs() {
        if let Some(index) = ParagraphKind::ALL
            .iter()
            .position(|kind| *kind == paragraph.kind)
        {
            counts[index] += 1;
        }
    }
    let summary: Vec<String> = ParagraphKind::ALL
        .iter()
        .zip(counts)
        .filter(|(_, count)| *count > 0)
        .map(|(kind, count)| format!("{count} {kind}"))
        .collect();
    ui.weak(format!("Paragraphs: {}", summary.join(", ")));
}
