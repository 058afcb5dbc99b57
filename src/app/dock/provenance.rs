//! Provenance: the original file's identity in the project panel (format, page of an archive,
//! encoding with an override, size, SHA-256, integrity). The actions behind it (reading the
//! original again in another encoding, rechecking the stored hashes) are commands.

use egui::{RichText, Ui};

use super::DockView;
use crate::app::commands::Command;
use crate::app::session::CharsetDecision;
use crate::app::{set_accessible_label, words};
use crate::io::import::web::CharsetSource;
use crate::l10n::tr;
use crate::model::{ParagraphKind, SourceFormat, TextEncoding};

/// An encoding's name, with the words of "with BOM" in the interface language.
fn encoding_name(encoding: TextEncoding) -> String {
    match encoding {
        TextEncoding::Utf8Bom => tr::provenance_encoding_with_bom("UTF-8"),
        TextEncoding::Utf16LeBom => tr::provenance_encoding_with_bom("UTF-16LE"),
        TextEncoding::Utf16BeBom => tr::provenance_encoding_with_bom("UTF-16BE"),
        other => other.label().to_owned(),
    }
}

/// Why the encoding was chosen, in the interface language.
fn charset_source(source: CharsetSource) -> String {
    match source {
        CharsetSource::ByteOrderMark => tr::provenance_charset_bom(),
        CharsetSource::Transport => tr::provenance_charset_transport(),
        CharsetSource::Meta => tr::provenance_charset_meta(),
        CharsetSource::Detected => tr::provenance_charset_detected(),
        CharsetSource::Utf8Despite => tr::provenance_charset_utf8_despite(),
        CharsetSource::DetectedDespite(declared) => {
            tr::provenance_charset_detected_despite(declared.name())
        }
        CharsetSource::Override => tr::provenance_charset_override(),
    }
}

/// How the charset was decided: "windows-1251 (detected: …)", and the user's choice.
pub(crate) fn charset_words((reading, chosen): CharsetDecision) -> String {
    let mut read = tr::provenance_charset_reading(
        encoding_name(reading.encoding),
        charset_source(reading.source),
    );
    if reading.had_errors {
        read = tr::provenance_charset_with_errors(read);
    }
    match chosen {
        None => read,
        Some(chosen) => tr::provenance_charset_chosen(encoding_name(chosen), read),
    }
}

/// The "Original" section of the project panel.
pub fn provenance_ui(ui: &mut Ui, view: &DockView<'_>, commands: &mut Vec<Command>) {
    let document = view.document;
    let charset = view.charset_decision;
    let original = &document.project.source.original;
    egui::Grid::new("original").num_columns(2).show(ui, |ui| {
        ui.label(tr::provenance_file());
        ui.label(&original.file_name);
        ui.end_row();
        ui.label(tr::provenance_format());
        ui.label(words::source_format(original.format));
        ui.end_row();
        if !original.record.is_empty() {
            ui.label(tr::provenance_page());
            ui.label(&original.record);
            ui.end_row();
        }
        let label = ui.label(tr::provenance_encoding());
        let mut chosen = original.encoding;
        let combo = egui::ComboBox::from_id_salt("encoding_override")
            .selected_text(encoding_name(original.encoding))
            .show_ui(ui, |ui| {
                let mut choices = TextEncoding::CHOICES.to_vec();
                if !choices.contains(&original.encoding) {
                    choices.push(original.encoding);
                }
                for choice in choices {
                    ui.selectable_value(&mut chosen, choice, encoding_name(choice));
                }
            });
        let response = combo.response.labelled_by(label.id);
        set_accessible_label(&response, tr::provenance_encoding());
        response.on_hover_text(tr::provenance_encoding_tooltip());
        if chosen != original.encoding {
            commands.push(Command::ReDecodeSource(chosen));
        }
        ui.end_row();
        if let Some(decision) = charset {
            ui.label(tr::provenance_decided_by());
            ui.add(egui::Label::new(charset_words(decision)).wrap());
            ui.end_row();
        }
        ui.label(tr::provenance_size());
        ui.label(tr::provenance_bytes(document.original_size));
        ui.end_row();
        ui.label("SHA-256");
        ui.label(RichText::new(&original.sha256).monospace().small());
        ui.end_row();
        ui.label(tr::provenance_integrity());
        if document.original_intact {
            ui.label(tr::provenance_intact());
        } else {
            ui.colored_label(ui.visuals().error_fg_color, tr::provenance_not_intact());
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
        .map(|(kind, count)| tr::provenance_kind_count(count, words::paragraph_kind(*kind)))
        .collect();
    ui.weak(tr::provenance_paragraphs(summary.join(", ")));
    if original.format != SourceFormat::Text {
        ui.weak(tr::provenance_page_kept());
    }
}
