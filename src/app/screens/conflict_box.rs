//! Merge conflicts in the window: under a conflicted translation, both versions (and the base
//! they started from) with a choice — ours, theirs, or the row as edited; in the project panel,
//! the same for a metadata field. A choice is one edit, undone like any other.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::{set_accessible_label, theme, words};
use crate::l10n::tr;
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

/// Which version of a conflicted translation a line shows.
#[derive(Clone, Copy)]
enum Side {
    Ours,
    Theirs,
}

fn version_line(ui: &mut Ui, side: Side, version: &TranslationVersion, with_note: bool) {
    ui.horizontal_wrapped(|ui| {
        let status = words::status(version.status);
        let title = match side {
            Side::Ours => tr::conflict_ours_status(status),
            Side::Theirs => tr::conflict_theirs_status(status),
        };
        ui.label(RichText::new(title).strong());
        let text = if version.text.is_empty() {
            RichText::new(tr::conflict_empty()).italics().weak()
        } else {
            RichText::new(&version.text)
        };
        ui.add(egui::Label::new(text).wrap());
    });
    if with_note {
        ui.horizontal_wrapped(|ui| {
            ui.weak(match side {
                Side::Ours => tr::conflict_ours_note(),
                Side::Theirs => tr::conflict_theirs_note(),
            });
            ui.add(
                egui::Label::new(if version.note.is_empty() {
                    tr::conflict_no_note()
                } else {
                    version.note.clone()
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
                tr::conflict_title(),
            )
            .on_hover_text(tr::conflict_tooltip(if conflict.base.text.is_empty() {
                tr::conflict_empty()
            } else {
                conflict.base.text.clone()
            }));
        let name = tr::conflict_accessible(paragraph_id.to_string());
        title.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        version_line(ui, Side::Ours, &conflict.ours, notes);
        version_line(ui, Side::Theirs, &conflict.theirs, notes);
        resolution_buttons(ui, &paragraph_id.to_string(), commands, |resolution| {
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
            (Resolution::Ours, tr::conflict_ours_hint()),
            (Resolution::Theirs, tr::conflict_theirs_hint()),
            (Resolution::AsEdited, tr::conflict_as_edited_hint()),
        ] {
            let label = words::resolution(resolution);
            let button = ui.small_button(&label).on_hover_text(hint);
            set_accessible_label(&button, tr::conflict_resolution_accessible(label, name));
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
            tr::conflict_metadata_title(words::metadata_field(field)),
        );
        for (side, value) in [
            (tr::conflict_ours(), &conflict.ours),
            (tr::conflict_theirs(), &conflict.theirs),
            (tr::conflict_base(), &conflict.base),
        ] {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(side).strong());
                ui.add(
                    egui::Label::new(if value.is_empty() {
                        tr::conflict_empty()
                    } else {
                        value.clone()
                    })
                    .wrap(),
                );
            });
        }
        resolution_buttons(ui, &words::metadata_field(field), commands, |resolution| {
            Command::ResolveMetadataConflict { field, resolution }
        });
    });
}
