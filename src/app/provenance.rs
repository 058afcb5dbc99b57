//! Provenance: the original file's identity in the project panel (format, page of an archive,
//! encoding with an override, size, SHA-256, integrity), and the actions behind it: reading the
//! original again in another encoding, rechecking the stored hashes, importing one page of a
//! web archive.

use std::fmt::Write as _;
use std::path::Path;

use egui::{RichText, Ui};

use super::command::Command;
use super::overlays::ToastLevel;
use super::{DiptychApp, set_accessible_label};
use crate::io::ImportOptions;
use crate::io::project_file::verify_project_file;
use crate::io::redecode::redecode_edit;
use crate::model::{ParagraphKind, SourceFormat, TextEncoding};

/// The "Original" section of the project panel.
pub fn provenance_ui(
    ui: &mut Ui,
    app: &DiptychApp,
    charset: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let original = &app.document.project.source.original;
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
    if ui
        .button("Verify stored original")
        .on_hover_text("Recheck the SHA-256 of the originals kept in the project file")
        .clicked()
    {
        commands.push(Command::VerifyOriginal);
    }
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
    if original.format != SourceFormat::Text {
        ui.weak(
            "Everything the page held (menus, comments, scripts) stays in the stored \
             original; `diptych export-original` writes it back byte for byte.",
        );
    }
}

impl DiptychApp {
    pub(super) fn redecode_source(&mut self, encoding: TextEncoding) {
        self.document.history.close_group();
        match redecode_edit(&self.document.project, encoding) {
            Ok((edit, dropped)) => {
                self.edit(edit, None);
                self.document.history.close_group();
                self.after_links_changed();
                // Every row's text changed: measure the rows again.
                self.grid.reset();
                let mut message = format!(
                    "Read the original again as {}: {} paragraphs.",
                    encoding.label(),
                    self.document.project.paragraphs().len()
                );
                if dropped > 0 {
                    let _ = write!(
                        message,
                        " {dropped} translations of paragraphs that no longer exist were \
                         removed (Ctrl+Z brings them back)."
                    );
                }
                self.toast(ToastLevel::Info, message);
            }
            Err(error) => self.toast(
                ToastLevel::Error,
                format!("Cannot read the original as {}: {error}", encoding.label()),
            ),
        }
    }

    /// Rechecks the saved file's stored originals (or, for an unsaved project, the ones in
    /// memory) and says plainly whether they are intact.
    pub(super) fn verify_original(&mut self) {
        let saved = self
            .document
            .save_path()
            .filter(|_| !self.document.is_dirty())
            .cloned();
        if let Some(path) = saved {
            match verify_project_file(&path) {
                Ok(checks) => {
                    let altered: Vec<String> = checks
                        .iter()
                        .filter(|check| !check.is_intact())
                        .map(|check| format!("{} ({})", check.what, check.file_name))
                        .collect();
                    if altered.is_empty() {
                        self.toast(
                            ToastLevel::Info,
                            format!(
                                "{}: all {} stored original(s) match their SHA-256.",
                                path.display(),
                                checks.len()
                            ),
                        );
                    } else {
                        self.toast(
                            ToastLevel::Error,
                            format!(
                                "{}: the stored original was ALTERED since import: {}",
                                path.display(),
                                altered.join(", ")
                            ),
                        );
                    }
                }
                Err(error) => self.toast(ToastLevel::Error, format!("Cannot verify: {error}")),
            }
            return;
        }
        let project = &self.document.project;
        let mut altered: Vec<String> = Vec::new();
        if !project.source.original.is_intact() {
            altered.push(format!("source ({})", project.source.original.file_name));
        }
        for (language, aligned) in &project.aligned {
            if !aligned.original.is_intact() {
                altered.push(format!(
                    "aligned {language} ({})",
                    aligned.original.file_name
                ));
            }
        }
        if altered.is_empty() {
            self.toast(
                ToastLevel::Info,
                format!(
                    "The original ({}, sha256 {}) matches its SHA-256.",
                    project.source.original.file_name,
                    &project.source.original.sha256[..12.min(project.source.original.sha256.len())]
                ),
            );
        } else {
            self.toast(
                ToastLevel::Error,
                format!("ALTERED originals: {}", altered.join(", ")),
            );
        }
    }

    pub(super) fn open_archive_page(&mut self, path: &Path, url: &str) {
        let options = ImportOptions {
            record: Some(url.to_owned()),
            ..ImportOptions::default()
        };
        self.open_now_with(path, &options);
    }
}
