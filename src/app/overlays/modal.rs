//! The modal dialog: one at a time, over everything else. It reads what it shows from a
//! [`ModalContext`] and leaves every answer as a command.

use std::path::PathBuf;

use egui::{Id, Key};

use super::{Modal, palette, questions};
use crate::app::commands::Command;
use crate::app::jobs::JobStatus;
use crate::app::set_accessible_label;
use crate::l10n::tr;

/// What the dialogs read from the rest of the app.
pub struct ModalContext<'a> {
    /// The project's title, for the unsaved-changes question.
    pub project_title: &'a str,
    /// The preference shown in the backups dialog.
    pub backups_to_keep: usize,
    /// The background job a progress dialog stands for, if it is still running.
    pub job: Option<&'a JobStatus>,
    /// The glossary, for the glossary dialog.
    pub glossary: &'a crate::app::glossary::GlossaryState,
    /// The library folder in use, whether the user chose it, and the lowest match score, for
    /// the settings dialog.
    pub library: Option<&'a std::path::Path>,
    pub library_chosen: bool,
    pub match_minimum: u8,
    /// The folder of spelling dictionaries chosen (`None`: the library's and the system's).
    pub dictionaries: Option<&'a std::path::Path>,
}

/// Draws `modal` and turns its answers into commands. Only the dialog's own fields change;
/// returns whether it stays open.
pub fn modal_ui(
    ctx: &egui::Context,
    modal: &mut Modal,
    context: &ModalContext<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let title = modal.title();
    let mut keep_open = true;
    let response = egui::Modal::new(Id::unique("modal")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(6.0);
        match modal {
            Modal::UnsavedChanges { then } => {
                ui.label(tr::modal_unsaved_question(context.project_title));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr::modal_save()).clicked() {
                        commands.push(Command::SaveThen(Box::new(then.clone())));
                        keep_open = false;
                    }
                    if ui.button(tr::modal_discard()).clicked() {
                        // Only a permit: the work goes when the action really replaces it.
                        commands.push(Command::DiscardThen(Box::new(then.clone())));
                        keep_open = false;
                    }
                    if ui.button(tr::modal_cancel()).clicked() {
                        keep_open = false;
                    }
                });
            }
            Modal::PathPrompt {
                purpose,
                reason,
                text,
            } => {
                ui.label(reason.as_str());
                ui.label(
                    if matches!(purpose, crate::app::dialogs::DialogPurpose::ChooseLibrary) {
                        tr::modal_path_folder_instead()
                    } else {
                        tr::modal_path_file_instead()
                    },
                );
                let field = ui.add(
                    egui::TextEdit::singleline(text)
                        .desired_width(f32::INFINITY)
                        .hint_text(purpose.example_path()),
                );
                set_accessible_label(&field, tr::modal_path_label());
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let ok = ui
                        .add_enabled(!text.trim().is_empty(), egui::Button::new(tr::modal_ok()))
                        .clicked();
                    if (ok || entered) && !text.trim().is_empty() {
                        commands.push(Command::PathChosen {
                            purpose: purpose.clone(),
                            path: PathBuf::from(text.trim()),
                        });
                        keep_open = false;
                    }
                    if ui.button(tr::modal_cancel()).clicked() {
                        commands.push(Command::AbandonPathPrompt);
                        keep_open = false;
                    }
                });
            }
            Modal::Palette { query, highlighted } => {
                if let Some(command) = palette::palette_ui(ui, query, highlighted) {
                    commands.push(command);
                    keep_open = false;
                }
            }
            Modal::TranslationLanguage { path, text } => {
                ui.label(tr::modal_translation_into(path.display().to_string()));
                let field = ui.add(
                    egui::TextEdit::singleline(text)
                        .desired_width(120.0)
                        .hint_text("ru, az, en …"),
                );
                set_accessible_label(&field, tr::modal_translation_language_label());
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let ok = ui.button(tr::modal_import_and_align()).clicked();
                    if (ok || entered) && !text.trim().is_empty() {
                        commands.push(Command::ImportTranslationFrom {
                            path: path.clone(),
                            language: text.trim().to_owned(),
                        });
                        keep_open = false;
                    }
                    if ui.button(tr::modal_cancel()).clicked() {
                        keep_open = false;
                    }
                });
            }
            Modal::SplitParagraph {
                document,
                paragraph_id,
                text,
            } => {
                ui.label(tr::modal_split_instructions());
                let editor_id = egui::Id::unique("split_text");
                let mut view: &str = text.as_str();
                let field = ui.add(
                    egui::TextEdit::multiline(&mut view)
                        .id(editor_id)
                        .desired_width(f32::INFINITY)
                        .desired_rows(4),
                );
                set_accessible_label(&field, tr::modal_split_label());
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let cursor = egui::text_edit::TextEditState::load(ui.ctx(), editor_id)
                    .and_then(|state| state.cursor.char_range())
                    .map(|range| usize::from(range.primary.index));
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let split = ui
                        .add_enabled(
                            cursor.is_some(),
                            egui::Button::new(tr::modal_split_at_cursor()),
                        )
                        .clicked();
                    if (split || entered)
                        && let Some(at) = cursor
                    {
                        commands.push(Command::SplitParagraph {
                            document: document.clone(),
                            paragraph_id: *paragraph_id,
                            at,
                        });
                        keep_open = false;
                    }
                    if ui.button(tr::modal_cancel()).clicked() {
                        keep_open = false;
                    }
                });
            }
            Modal::ChooseArchivePage { path, records } => {
                ui.label(tr::modal_archive_question(
                    path.display().to_string(),
                    records.len(),
                ));
                ui.add_space(4.0);
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        for record in records.iter() {
                            let button = ui.button(&record.url);
                            let details = tr::modal_archive_record_details(
                                crate::l10n::format_date_time(&record.date),
                                record.size.div_ceil(1024),
                            );
                            if button.on_hover_text(details).clicked() {
                                commands.push(Command::OpenArchivePage {
                                    path: path.clone(),
                                    url: record.url.clone(),
                                });
                                keep_open = false;
                            }
                        }
                    });
                if ui.button(tr::modal_cancel()).clicked() {
                    commands.push(Command::WithdrawDiscard);
                    keep_open = false;
                }
            }
            Modal::Export(dialog) => {
                if super::export_dialog::export_ui(ui, dialog, commands) {
                    keep_open = false;
                }
            }
            Modal::Recover { offers } => {
                if questions::recover_ui(ui, offers, commands) {
                    keep_open = false;
                }
            }
            Modal::Locked { path, holder } => {
                if questions::locked_ui(ui, path, holder, commands) {
                    keep_open = false;
                }
            }
            Modal::ImportConflicts {
                path,
                language,
                conflicts,
                report,
            } => {
                if questions::import_conflicts_ui(ui, path, language, conflicts, report, commands) {
                    keep_open = false;
                }
            }
            Modal::Concordance {
                query,
                searched,
                hits,
            } => {
                if super::concordance::concordance_ui(ui, query, searched, hits, commands) {
                    keep_open = false;
                }
            }
            Modal::Term(dialog) => {
                if super::glossary::term_dialog_ui(ui, dialog, commands) {
                    keep_open = false;
                }
            }
            Modal::Glossary(dialog) => {
                if super::glossary::glossary_dialog_ui(ui, dialog, context.glossary, commands) {
                    keep_open = false;
                }
            }
            Modal::Recapture(review) => {
                if super::recapture::recapture_ui(ui, review, commands) {
                    keep_open = false;
                }
            }
            Modal::Settings => {
                if settings_ui(ui, context, commands) {
                    keep_open = false;
                }
            }
            Modal::Backups { backups } => {
                if questions::backups_ui(ui, context.backups_to_keep, backups, commands) {
                    keep_open = false;
                }
            }
            Modal::Opening { file_name } => {
                let heading = tr::modal_opening(file_name.as_str());
                ui.label(&heading);
                job_progress_ui(ui, context.job, &heading);
                if ui.button(tr::modal_cancel()).clicked() {
                    commands.push(Command::CancelOpen);
                }
            }
            Modal::Aligning { file_name } => {
                let heading = tr::modal_aligning(file_name.as_str());
                ui.label(&heading);
                job_progress_ui(ui, context.job, &heading);
                if ui.button(tr::modal_cancel()).clicked() {
                    commands.push(Command::CancelAlignment);
                }
            }
        }
    });
    // Waiting work and recovered work need an answer, not a click outside.
    if response.should_close() && !modal.needs_an_answer() {
        keep_open = false;
        match modal {
            Modal::PathPrompt { .. } => commands.push(Command::AbandonPathPrompt),
            Modal::ChooseArchivePage { .. } | Modal::UnsavedChanges { .. } => {
                commands.push(Command::WithdrawDiscard);
            }
            _ => {}
        }
    }
    keep_open
}

/// The progress of the job a dialog waits for: its fraction when it reports one, and its label
/// when that says more than the dialog's `heading`.
fn job_progress_ui(ui: &mut egui::Ui, job: Option<&JobStatus>, heading: &str) {
    let fraction = job.and_then(|job| job.fraction);
    let bar = egui::ProgressBar::new(fraction.unwrap_or(0.0)).desired_width(300.0);
    ui.add(if let Some(fraction) = fraction {
        bar.text(crate::l10n::format_percent(f64::from(fraction)))
    } else {
        bar.animate(true)
    });
    if let Some(job) = job
        && !job.label.is_empty()
        && !heading.starts_with(job.label.as_str())
    {
        ui.weak(&job.label);
    }
}

/// The settings dialog: the library folder (chosen with a folder dialog, or the default) and
/// the lowest score the Matches panel shows; each change applies at once. Returns whether it
/// should close.
fn settings_ui(ui: &mut egui::Ui, context: &ModalContext<'_>, commands: &mut Vec<Command>) -> bool {
    ui.strong(tr::settings_library_heading());
    ui.label(tr::settings_library_explanation());
    match context.library {
        Some(library) => ui.monospace(library.display().to_string()),
        None => ui.weak(tr::settings_library_none()),
    };
    if !context.library_chosen {
        ui.weak(tr::settings_library_default());
    }
    ui.horizontal(|ui| {
        if ui.button(tr::settings_choose()).clicked() {
            commands.push(Command::ChooseLibrary);
        }
        if context.library_chosen && ui.button(tr::settings_use_default()).clicked() {
            commands.push(Command::SetLibrary(None));
        }
    });
    ui.add_space(8.0);
    ui.strong(tr::settings_memory_heading());
    let mut minimum = context.match_minimum;
    let slider = ui.add(
        egui::Slider::new(&mut minimum, 30..=100)
            .suffix(crate::l10n::format_percent(0.0).trim_start_matches('0'))
            .text(tr::settings_match_minimum()),
    );
    set_accessible_label(&slider, tr::settings_match_minimum_label());
    if minimum != context.match_minimum {
        commands.push(Command::SetMatchMinimum(minimum));
    }
    ui.add_space(8.0);
    ui.strong(tr::settings_dictionaries_heading());
    ui.label(tr::settings_dictionaries_explanation());
    match context.dictionaries {
        Some(folder) => ui.monospace(folder.display().to_string()),
        None => ui.weak(tr::settings_dictionaries_none()),
    };
    ui.horizontal(|ui| {
        if ui.button(tr::settings_choose_dictionaries()).clicked() {
            commands.push(Command::ChooseDictionaries);
        }
        if context.dictionaries.is_some() && ui.button(tr::settings_use_no_folder()).clicked() {
            commands.push(Command::SetDictionaries(None));
        }
    });
    ui.add_space(8.0);
    ui.button(tr::modal_close()).clicked()
}
