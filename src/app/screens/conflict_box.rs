//! Merge conflicts in the window: under a conflicted translation, both versions (and the base
//! they started from) with a choice — ours, theirs, or the row as edited; in the project panel,
//! the same for a metadata field. A choice is one edit, undone like any other.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::{set_accessible_label, theme};
use crate::model::{
    LanguageTag, MetadataConflict, MetadataField, ParagraphId, Project, Resolution,
    TranslationVersion,
};

/// Extra height a row's conflict box takes, for the grid's estimate before drawing.
pub fn estimated_height(
    project: &Project,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    font_height: f32,
    lines: impl Fn(&str) -> f32,
) -> f32 {
    project
        .translation(paragraph_id, language)
        .conflict
        .as_deref()
        .map_or(0.0, |conflict| {
            (lines(&conflict.ours.text) + lines(&conflict.theirs.text) + 1.0) * font_height + 90.0
        })
}

fn version_line(ui: &mut Ui, side: &str, version: &TranslationVersion, with_note: bool) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{side} ({})", version.status)).strong());
        let text = if version.text.is_empty() {
            RichText::new("(empty)").italics().weak()
        } else {
            RichText::new(&version.text)
        };
        ui.add(egui::Label::new(text).wrap());
    });
    if with_note {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("{side}'s note:"));
            ui.add(
                egui::Label::new(if version.note.is_empty() {
                    "(none)"
                } else {
                    version.note.as_str()
                })
                .wrap(),
            );
        });
    }
}

/// The conflict box of a translation, if it has a conflict.
pub fn conflict_ui(
    ui: &mut Ui,
    project: &Project,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    commands: &mut Vec<Command>,
) {
    let Some(conflict) = project
        .translation(paragraph_id, language)
        .conflict
        .as_deref()
    else {
        return;
    };
    let notes = conflict.note_conflicts();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let title = ui
            .colored_label(
                theme::severity_color(crate::qa::Severity::Error),
                "⚠ Merge conflict: two versions of this translation",
            )
            .on_hover_text(format!(
                "Two people changed it differently. The row shows ours until you choose.\n\
                 Base (before both): {}",
                if conflict.base.text.is_empty() {
                    "(empty)"
                } else {
                    conflict.base.text.as_str()
                }
            ));
        let name = format!("Conflict {paragraph_id}");
        title.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        version_line(ui, "Ours", &conflict.ours, notes);
        version_line(ui, "Theirs", &conflict.theirs, notes);
        resolution_buttons(ui, &format!("{paragraph_id}"), commands, |resolution| {
            Command::ResolveConflict {
                paragraph_id,
                language: language.clone(),
                resolution,
            }
        });
    });
}

fn resolution_buttons(
    ui: &mut Ui,
    name: &str,
    commands: &mut Vec<Command>,
    command: impl Fn(Resolution) -> Command,
) {
    ui.horizontal(|ui| {
        for (resolution, hint) in [
            (Resolution::Ours, "Keep our version of what conflicts"),
            (Resolution::Theirs, "Take their version of what conflicts"),
            (
                Resolution::AsEdited,
                "Keep what the field holds now (ours, or what you typed since)",
            ),
        ] {
            let button = ui.small_button(resolution.label()).on_hover_text(hint);
            set_accessible_label(&button, format!("{} {name}", resolution.label()));
            if button.clicked() {
                commands.push(command(resolution));
            }
        }
    });
}

/// The metadata fields a merge left with two versions, each with its choice.
pub fn metadata_conflicts_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    for (field, conflict) in &project.metadata_conflicts {
        metadata_conflict_ui(ui, *field, conflict, commands);
    }
}

fn metadata_conflict_ui(
    ui: &mut Ui,
    field: MetadataField,
    conflict: &MetadataConflict,
    commands: &mut Vec<Command>,
) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.colored_label(
            theme::severity_color(crate::qa::Severity::Error),
            format!("⚠ {}: two versions from a merge", field.label()),
        );
        for (side, value) in [
            ("Ours", &conflict.ours),
            ("Theirs", &conflict.theirs),
            ("Base", &conflict.base),
        ] {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(side).strong());
                ui.add(
                    egui::Label::new(if value.is_empty() {
                        "(empty)"
                    } else {
                        value.as_str()
                    })
                    .wrap(),
                );
            });
        }
        resolution_buttons(ui, field.label(), commands, |resolution| {
            Command::ResolveMetadataConflict { field, resolution }
        });
    });
}
