//! Provenance: the original file's identity in the project panel (format, page of an archive,
//! encoding with an override, size, SHA-256, integrity). The actions behind it (reading the
//! original again in another encoding, rechecking the stored hashes) are commands.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::set_accessible_label;
use crate::model::{ParagraphKind, SourceFormat, TextEncoding};

/// The "Original" section of the project panel.
pub fn provenance_ui(ui: &mut Ui, view: &DockView<'_>, commands: &mut Vec<Command>) {
    let document = view.document;
    let charset = view.charset_decision;
    let original = &document.project.source.original;
    egui::Grid::new("original").num_columns(2).show(ui, |ui| {
        ui.label("File");
        ui.label(&original.file_name);
        ui.end_row();
        ui.label("Format");
        ui.label(original.format.label());
        ui.end_row();
        if !original.record.is_empty() {
            ui.label("Page");
            ui.label(&original.record);
            ui.end_row();
        }
        let label = ui.label("Encoding");
        let mut chosen = original.encoding;
        let combo = egui::ComboBox::from_id_salt("encoding_override")
            .selected_text(original.encoding.label())
            .show_ui(ui, |ui| {
                let mut choices = TextEncoding::CHOICES.to_vec();
                if !choices.contains(&original.encoding) {
                    choices.push(original.encoding);
                }
                for choice in choices {
                    ui.selectable_value(&mut chosen, choice, choice.label());
                }
            });
        let response = combo.response.labelled_by(label.id);
        set_accessible_label(&response, "Encoding");
        response.on_hover_text(
            "Read the original again in another encoding if the text looks garbled \
             (Ctrl+Z goes back)",
        );
        if chosen != original.encoding {
            commands.push(Command::ReDecodeSource(chosen));
        }
        ui.end_row();
        if let Some(decision) = charset {
            ui.label("Decided by");
            ui.add(egui::Label::new(decision).wrap());
            ui.end_row();
        }
        ui.label("Size");
        ui.label(format!("{} bytes", document.original_size));
        ui.end_row();
        ui.label("SHA-256");
        ui.label(RichText::new(&original.sha256).monospace().small());
        ui.end_row();
        ui.label("Integrity");
        if document.original_intact {
            ui.label("kept byte for byte");
        } else {
            ui.colored_label(ui.visuals().error_fg_color, "does not match its hash");
        }
        ui.end_row();
    });
    let verify = Command::VerifyOriginal;
    if ui
        .button(verify.text())
        .on_hover_text(verify.tooltip())
        .clicked()
    {
        commands.push(Command::VerifyOriginal);
    }
    ui.add_space(6.0);
    let mut counts = [0usize; ParagraphKind::ALL.len()];
    for paragraph in document.project.paragraphs() {
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
    if original.format != SourceFormat::Text {
        ui.weak(
            "Everything the page held (menus, comments, scripts) stays in the stored \
             original; `diptych export-original` writes it back byte for byte.",
        );
    }
}
