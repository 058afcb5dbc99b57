//! Things drawn over the grid: modal dialogs (unsaved changes, path entry when no file dialog
//! is available, the command palette) and toast messages.

use std::path::PathBuf;

use egui::{Align2, Color32, Id, Key, RichText};

use super::command::{Command, command_entries};
use super::dialogs::DialogPurpose;
use super::{DiptychApp, set_accessible_label};
use crate::io::backup::Backup;
use crate::io::web::RecordChoice;
use crate::model::{DocumentRef, ParagraphId};

/// A dialog that blocks the rest of the window until answered.
#[derive(Debug, Clone)]
pub enum Modal {
    /// The project has unsaved changes and `then` would lose them.
    UnsavedChanges { then: Command },
    /// No file dialog could be shown; ask for a path in a text field.
    PathPrompt {
        purpose: DialogPurpose,
        reason: String,
        text: String,
    },
    /// Search and run any command.
    Palette { query: String, highlighted: usize },
    /// Ask which language the picked translation is in.
    TranslationLanguage { path: PathBuf, text: String },
    /// A translation is being imported and aligned in the background.
    Aligning { file_name: String },
    /// A file is being read and imported in the background.
    Opening { file_name: String },
    /// A web archive holds several pages: choose the one to import.
    ChooseArchivePage {
        path: PathBuf,
        records: Vec<RecordChoice>,
    },
    /// Another instance holds the project's lock: it is open read-only.
    Locked {
        path: PathBuf,
        holder: crate::io::lock::LockInfo,
    },
    /// Unsaved work was found in recovery files: restore one or discard them.
    Recover {
        offers: Vec<super::autosave::RecoveryOffer>,
    },
    /// The project's backups, newest first, to open one of them.
    Backups { backups: Vec<Backup> },
    /// Choose where to split a paragraph: the cursor marks the place.
    SplitParagraph {
        document: DocumentRef,
        paragraph_id: ParagraphId,
        text: String,
    },
}

impl Modal {
    pub fn path_prompt(purpose: DialogPurpose, reason: String) -> Self {
        let text = match &purpose {
            DialogPurpose::SaveProject { suggested_name } => std::env::current_dir().map_or_else(
                |_| suggested_name.clone(),
                |dir| dir.join(suggested_name).display().to_string(),
            ),
            DialogPurpose::OpenArticle
            | DialogPurpose::OpenProject
            | DialogPurpose::ImportTranslation => String::new(),
        };
        Self::PathPrompt {
            purpose,
            reason,
            text,
        }
    }

    /// Asks for the translation's language, suggesting the current target if it has no
    /// aligned translation yet.
    pub fn translation_language(app: &DiptychApp, path: PathBuf) -> Self {
        let project = &app.document.project;
        let suggestion = app
            .target
            .as_ref()
            .filter(|target| !project.aligned.contains_key(*target))
            .map(|target| target.as_str().to_owned())
            .unwrap_or_default();
        Self::TranslationLanguage {
            path,
            text: suggestion,
        }
    }

    pub fn palette() -> Self {
        Self::Palette {
            query: String::new(),
            highlighted: 0,
        }
    }

    pub fn title(&self) -> &'static str {
        match self {
            Self::UnsavedChanges { .. } => "Unsaved changes",
            Self::PathPrompt { purpose, .. } => purpose.title(),
            Self::Palette { .. } => "Command palette",
            Self::TranslationLanguage { .. } => "Language of the translation",
            Self::Aligning { .. } => "Aligning",
            Self::Opening { .. } => "Opening",
            Self::SplitParagraph { .. } => "Split paragraph",
            Self::ChooseArchivePage { .. } => "Choose a page of the web archive",
            Self::Backups { .. } => "Revert to backup",
            Self::Recover { .. } => "Restore unsaved work?",
            Self::Locked { .. } => "Open in another window",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastLevel {
    Info,
    Warning,
    Error,
}

/// A short message in the corner. Errors stay until dismissed; others fade after a while.
#[derive(Debug, Clone)]
pub struct Toast {
    pub level: ToastLevel,
    pub text: String,
    shown_at: Option<f64>,
}

impl Toast {
    pub fn new(level: ToastLevel, text: String) -> Self {
        Self {
            level,
            text,
            shown_at: None,
        }
    }
}

/// Draws the open modal, if any, and turns its answers into commands.
pub fn modal_ui(ctx: &egui::Context, app: &mut DiptychApp, commands: &mut Vec<Command>) {
    let Some(mut modal) = app.modal.take() else {
        return;
    };
    let title = modal.title();
    let mut keep_open = true;
    let response = egui::Modal::new(Id::unique("modal")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(title);
        ui.add_space(6.0);
        match &mut modal {
            Modal::UnsavedChanges { then } => {
                ui.label(format!(
                    "“{}” has changes that are not saved. Save them first?",
                    app.document.project.metadata.title
                ));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        app.after_save = Some(then.clone());
                        commands.push(Command::Save);
                        keep_open = false;
                    }
                    if ui.button("Discard").clicked() {
                        // Only a permit: the work goes when the action really replaces it.
                        app.discard_permit = Some(then.clone());
                        commands.push(then.clone());
                        keep_open = false;
                    }
                    if ui.button("Cancel").clicked() {
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
                ui.label("Type the file's full path instead:");
                let field = ui.add(
                    egui::TextEdit::singleline(text)
                        .desired_width(f32::INFINITY)
                        .hint_text("/home/me/articles/story.txt"),
                );
                set_accessible_label(&field, "Path");
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let ok = ui
                        .add_enabled(!text.trim().is_empty(), egui::Button::new("OK"))
                        .clicked();
                    if (ok || entered) && !text.trim().is_empty() {
                        let path = PathBuf::from(text.trim());
                        app.carry_discard_permit_to(&path);
                        commands.push(match purpose {
                            DialogPurpose::SaveProject { .. } => Command::SaveTo(path),
                            DialogPurpose::ImportTranslation => {
                                Command::AskTranslationLanguage(path)
                            }
                            DialogPurpose::OpenArticle | DialogPurpose::OpenProject => {
                                Command::OpenPath(path)
                            }
                        });
                        keep_open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        app.after_save = None;
                        app.withdraw_discard_permit();
                        keep_open = false;
                    }
                });
            }
            Modal::Palette { query, highlighted } => {
                if let Some(command) = palette_ui(ui, query, highlighted) {
                    commands.push(command);
                    keep_open = false;
                }
            }
            Modal::TranslationLanguage { path, text } => {
                ui.label(format!("{} is the translation into:", path.display()));
                let field = ui.add(
                    egui::TextEdit::singleline(text)
                        .desired_width(120.0)
                        .hint_text("ru, az, en …"),
                );
                set_accessible_label(&field, "Translation language");
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let ok = ui.button("Import and align").clicked();
                    if (ok || entered) && !text.trim().is_empty() {
                        commands.push(Command::ImportTranslationFrom {
                            path: path.clone(),
                            language: text.trim().to_owned(),
                        });
                        keep_open = false;
                    }
                    if ui.button("Cancel").clicked() {
                        keep_open = false;
                    }
                });
            }
            Modal::SplitParagraph {
                document,
                paragraph_id,
                text,
            } => {
                ui.label("Put the cursor where the paragraph should be split, then press Enter.");
                let editor_id = egui::Id::unique("split_text");
                let mut view: &str = text.as_str();
                let field = ui.add(
                    egui::TextEdit::multiline(&mut view)
                        .id(editor_id)
                        .desired_width(f32::INFINITY)
                        .desired_rows(4),
                );
                set_accessible_label(&field, "Paragraph to split");
                if ui.memory(|memory| memory.focused().is_none()) {
                    field.request_focus();
                }
                let cursor = egui::text_edit::TextEditState::load(ui.ctx(), editor_id)
                    .and_then(|state| state.cursor.char_range())
                    .map(|range| usize::from(range.primary.index));
                let entered = ui.input(|input| input.key_pressed(Key::Enter));
                ui.horizontal(|ui| {
                    let split = ui
                        .add_enabled(cursor.is_some(), egui::Button::new("Split at cursor"))
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
                    if ui.button("Cancel").clicked() {
                        keep_open = false;
                    }
                });
            }
            Modal::ChooseArchivePage { path, records } => {
                ui.label(format!(
                    "{} holds {} web pages. Which one is the article?",
                    path.display(),
                    records.len()
                ));
                ui.add_space(4.0);
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        for record in records.iter() {
                            let button = ui.button(&record.url);
                            let details = format!(
                                "captured {}, {} KB",
                                record.date,
                                record.size.div_ceil(1024)
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
                if ui.button("Cancel").clicked() {
                    app.withdraw_discard_permit();
                    keep_open = false;
                }
            }
            Modal::Recover { offers } => {
                if super::autosave::recover_ui(ui, offers, commands) {
                    keep_open = false;
                }
            }
            Modal::Locked { path, holder } => {
                if super::safety::locked_ui(ui, path, holder, commands) {
                    keep_open = false;
                }
            }
            Modal::Backups { backups } => {
                if super::safety::backups_ui(ui, app, backups, commands) {
                    keep_open = false;
                }
            }
            Modal::Opening { file_name } => {
                ui.label(format!("Opening {file_name}…"));
                ui.add(
                    egui::ProgressBar::new(0.0)
                        .animate(true)
                        .desired_width(300.0),
                );
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CancelOpen);
                }
                ui.ctx().request_repaint();
            }
            Modal::Aligning { file_name } => {
                ui.label(format!("Importing and aligning {file_name}…"));
                ui.add(
                    egui::ProgressBar::new(0.0)
                        .animate(true)
                        .desired_width(300.0),
                );
                ui.ctx().request_repaint();
            }
        }
    });
    // Waiting work and recovered work need an answer, not a click outside.
    if response.should_close()
        && !matches!(
            modal,
            Modal::Aligning { .. } | Modal::Opening { .. } | Modal::Recover { .. }
        )
    {
        keep_open = false;
        if matches!(modal, Modal::PathPrompt { .. }) {
            app.after_save = None;
        }
        if matches!(
            modal,
            Modal::PathPrompt { .. }
                | Modal::ChooseArchivePage { .. }
                | Modal::UnsavedChanges { .. }
        ) {
            app.withdraw_discard_permit();
        }
    }
    if keep_open {
        app.modal = Some(modal);
    }
}

/// Whether every character of `query` appears in `name` in order (case-insensitive).
fn fuzzy_match(name: &str, query: &str) -> bool {
    let name = name.to_lowercase();
    let mut rest = name.chars();
    query
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|wanted| rest.any(|c| c == wanted))
}

fn palette_ui(ui: &mut egui::Ui, query: &mut String, highlighted: &mut usize) -> Option<Command> {
    let field = ui.add(
        egui::TextEdit::singleline(query)
            .desired_width(f32::INFINITY)
            .hint_text("Type a command…"),
    );
    set_accessible_label(&field, "Command");
    field.request_focus();
    let matches: Vec<_> = command_entries()
        .into_iter()
        .filter(|entry| {
            entry.command != Command::ShowCommandPalette && fuzzy_match(entry.name, query)
        })
        .collect();
    if field.changed() {
        *highlighted = 0;
    }
    let (down, up, enter) = ui.input_mut(|input| {
        (
            input.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            input.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
            input.consume_key(egui::Modifiers::NONE, Key::Enter),
        )
    });
    if down {
        *highlighted = (*highlighted + 1).min(matches.len().saturating_sub(1));
    }
    if up {
        *highlighted = highlighted.saturating_sub(1);
    }
    let mut chosen = None;
    if enter && let Some(entry) = matches.get(*highlighted) {
        chosen = Some(entry.command.clone());
    }
    ui.add_space(4.0);
    if matches.is_empty() {
        ui.weak("No command matches.");
    }
    for (index, entry) in matches.iter().enumerate() {
        let shortcut = entry
            .shortcuts
            .first()
            .map(|shortcut| ui.ctx().format_shortcut(shortcut))
            .unwrap_or_default();
        let button = egui::Button::selectable(index == *highlighted, entry.name)
            .shortcut_text(shortcut)
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(button).clicked() {
            chosen = Some(entry.command.clone());
        }
    }
    chosen
}

/// Only the newest few messages stay on screen, so that they never bury the grid.
const TOASTS_SHOWN: usize = 4;

/// Draws the toasts in the bottom-right corner and drops the expired ones.
pub fn toasts_ui(ctx: &egui::Context, toasts: &mut Vec<Toast>) {
    if toasts.is_empty() {
        return;
    }
    if toasts.len() > TOASTS_SHOWN {
        toasts.drain(..toasts.len() - TOASTS_SHOWN);
    }
    let now = ctx.input(|input| input.time);
    toasts.retain(|toast| {
        let lifetime = match toast.level {
            ToastLevel::Info => 4.0,
            ToastLevel::Warning => 10.0,
            ToastLevel::Error => f64::INFINITY,
        };
        toast.shown_at.is_none_or(|shown| now - shown < lifetime)
    });
    let mut dismissed = None;
    egui::Area::new(Id::unique("toasts"))
        .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -36.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            for (index, toast) in toasts.iter_mut().enumerate() {
                toast.shown_at.get_or_insert(now);
                let (fill, icon) = match toast.level {
                    ToastLevel::Info => (ui.visuals().extreme_bg_color, "ℹ"),
                    ToastLevel::Warning => (Color32::from_rgb(120, 90, 10), "⚠"),
                    ToastLevel::Error => (Color32::from_rgb(150, 30, 30), "⚠"),
                };
                let text_color = if toast.level == ToastLevel::Info {
                    ui.visuals().text_color()
                } else {
                    Color32::WHITE
                };
                egui::Frame::popup(ui.style()).fill(fill).show(ui, |ui| {
                    ui.set_max_width(460.0);
                    ui.horizontal_top(|ui| {
                        if toast.level == ToastLevel::Error && ui.small_button("✕").clicked() {
                            dismissed = Some(index);
                        }
                        // Long messages wrap inside the box instead of running off the window.
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("{icon} {}", toast.text)).color(text_color),
                            )
                            .wrap(),
                        );
                    });
                });
            }
        });
    if let Some(index) = dismissed {
        toasts.remove(index);
    }
    ctx.request_repaint_after(std::time::Duration::from_millis(500));
}

#[cfg(test)]
mod tests {
    use super::fuzzy_match;

    #[test]
    fn palette_matching_is_an_ordered_subsequence() {
        assert!(fuzzy_match("Save as…", "sva"));
        assert!(fuzzy_match("Mark translated and go to next row", "next"));
        assert!(!fuzzy_match("Save", "sz"));
        assert!(fuzzy_match("Undo", ""));
    }
}
