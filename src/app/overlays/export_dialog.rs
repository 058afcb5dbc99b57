//! The export dialog: format, target language, what to do with untranslated paragraphs, and
//! where to write. The file name follows the format and language until the user edits it.

use std::path::{Path, PathBuf};

use crate::app::commands::{Command, ExportChoice};
use crate::app::set_accessible_label;
use crate::app::words;
use crate::io::export::{ExportFormat, default_export_path};
use crate::l10n::tr;
use crate::model::LanguageTag;

/// The dialog's fields.
#[derive(Debug, Clone)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is one independent checkbox (or the state of the path field) of the dialog"
)]
pub struct ExportDialog {
    pub format: ExportFormat,
    pub language: LanguageTag,
    /// A second language for a review copy.
    pub also: Option<LanguageTag>,
    pub targets: Vec<LanguageTag>,
    pub allow_incomplete: bool,
    pub include_drafts: bool,
    pub sentences: bool,
    pub replace: bool,
    pub path: String,
    /// Where the project is (or would be) saved: default paths are made beside it.
    project_path: PathBuf,
    /// The user typed a path of their own: format and language changes leave it alone.
    path_edited: bool,
    /// Why the last try with these choices was not written.
    pub error: Option<String>,
}

impl ExportDialog {
    /// A dialog for a project at `project_path` (its own file, or where it would be saved),
    /// starting from the last choices.
    pub fn new(
        project_path: PathBuf,
        targets: Vec<LanguageTag>,
        language: LanguageTag,
        format: ExportFormat,
        allow_incomplete: bool,
    ) -> Self {
        let mut dialog = Self {
            format,
            language,
            also: None,
            targets,
            allow_incomplete,
            include_drafts: false,
            sentences: false,
            replace: false,
            path: String::new(),
            project_path,
            path_edited: false,
            error: None,
        };
        dialog.suggest_path();
        dialog
    }

    /// The dialog again after an export with `choice` failed: the same choices, its file kept
    /// as it was, and the reason.
    pub fn reopened(
        project_path: PathBuf,
        targets: Vec<LanguageTag>,
        choice: ExportChoice,
        error: String,
    ) -> Self {
        let mut dialog = Self::new(
            project_path,
            targets,
            choice.language.clone(),
            choice.format,
            choice.allow_incomplete,
        );
        dialog.also = choice.also;
        dialog.include_drafts = choice.include_drafts;
        dialog.sentences = choice.sentences;
        dialog.replace = choice.replace;
        dialog.suggest_path();
        let path = choice.path.display().to_string();
        // A path the user typed stays theirs; a suggested one keeps following the choices.
        dialog.path_edited = path != dialog.path;
        dialog.path = path;
        dialog.error = Some(error);
        dialog
    }

    fn suggest_path(&mut self) {
        if !self.path_edited {
            let mut languages = vec![self.language.clone()];
            if let Some(also) = self.choice().also {
                languages.push(also);
            }
            self.path = default_export_path(&self.project_path, &languages, self.format)
                .display()
                .to_string();
        }
    }

    fn choice(&self) -> ExportChoice {
        ExportChoice {
            format: self.format,
            language: self.language.clone(),
            also: self.also.clone().filter(|also| {
                matches!(
                    self.format,
                    ExportFormat::BilingualHtml | ExportFormat::BilingualDocx
                ) && *also != self.language
            }),
            allow_incomplete: self.allow_incomplete,
            include_drafts: self.include_drafts,
            sentences: self.sentences,
            replace: self.replace,
            path: PathBuf::from(self.path.trim()),
        }
    }
}

/// How a format is offered.
fn format_label(format: ExportFormat) -> String {
    match format {
        ExportFormat::Txt => tr::export_format_txt(),
        ExportFormat::Md => tr::export_format_md(),
        ExportFormat::Html => tr::export_format_html(),
        ExportFormat::BilingualHtml => tr::export_format_review_html(),
        ExportFormat::Tmx => tr::export_format_tmx(),
        ExportFormat::Xliff => tr::export_format_xliff(),
        ExportFormat::Xliff12 => tr::export_format_xliff12(),
        ExportFormat::Docx => tr::export_format_docx(),
        ExportFormat::BilingualDocx => tr::export_format_review_docx(),
    }
}

/// How a target language is offered: its name and its tag.
fn language_label(language: &LanguageTag) -> String {
    format!("{} ({language})", words::language_name(language))
}

/// Draws the dialog; returns whether it should close.
pub fn export_ui(
    ui: &mut egui::Ui,
    dialog: &mut ExportDialog,
    commands: &mut Vec<Command>,
) -> bool {
    let mut changed = false;
    if let Some(error) = &dialog.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
        ui.add_space(4.0);
    }
    ui.label(tr::export_format());
    ui.horizontal_wrapped(|ui| {
        for format in ExportFormat::ALL {
            changed |= ui
                .radio_value(&mut dialog.format, format, format_label(format))
                .changed();
        }
    });
    ui.add_space(4.0);
    ui.label(tr::export_language());
    ui.horizontal_wrapped(|ui| {
        for language in dialog.targets.clone() {
            let label = language_label(&language);
            changed |= ui
                .radio_value(&mut dialog.language, language, label)
                .changed();
        }
    });
    if matches!(
        dialog.format,
        ExportFormat::BilingualHtml | ExportFormat::BilingualDocx
    ) && dialog.targets.len() > 1
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr::export_also_show());
            ui.radio_value(&mut dialog.also, None, tr::export_no_other_language());
            for language in dialog.targets.clone() {
                if language != dialog.language {
                    let label = language_label(&language);
                    ui.radio_value(&mut dialog.also, Some(language), label);
                }
            }
        });
    }
    if changed {
        dialog.suggest_path();
    }
    ui.add_space(4.0);
    match dialog.format {
        ExportFormat::Txt | ExportFormat::Md | ExportFormat::Html | ExportFormat::Docx => {
            ui.checkbox(&mut dialog.allow_incomplete, tr::export_allow_incomplete());
        }
        ExportFormat::Tmx => {
            ui.checkbox(&mut dialog.include_drafts, tr::export_include_drafts());
            ui.checkbox(&mut dialog.sentences, tr::export_sentences());
        }
        ExportFormat::BilingualHtml
        | ExportFormat::BilingualDocx
        | ExportFormat::Xliff
        | ExportFormat::Xliff12 => {}
    }
    ui.checkbox(&mut dialog.replace, tr::export_replace());
    ui.add_space(4.0);
    ui.label(tr::export_write_to());
    let field = ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(f32::INFINITY));
    set_accessible_label(&field, tr::export_path());
    if field.changed() {
        dialog.path_edited = true;
    }
    let mut close = false;
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let ready =
            !dialog.path.trim().is_empty() && Path::new(dialog.path.trim()) != Path::new("");
        if ui
            .add_enabled(ready, egui::Button::new(tr::export_to_file()))
            .clicked()
        {
            commands.push(Command::Export(dialog.choice()));
            close = true;
        }
        if ui.button(tr::export_cancel()).clicked() {
            close = true;
        }
    });
    close
}
