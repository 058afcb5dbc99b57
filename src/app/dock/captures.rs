//! The capture history in the project panel: every capture of the article (the earlier ones
//! with when they were captured and replaced, and their hashes), the paragraphs a later
//! capture removed with the translations kept for them, and a button to add a new capture.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::l10n::{format_date_time, tr};
use crate::model::{Capture, Project};

/// The "Captures" section of the project panel.
pub fn captures_ui(ui: &mut Ui, project: &Project, commands: &mut Vec<Command>) {
    let count = project.capture_count();
    let stale = project.stale_count();
    if count == 1 {
        ui.weak(tr::capture_one());
    } else {
        ui.label(tr::capture_count(count));
    }
    if stale > 0 {
        ui.colored_label(
            crate::app::theme::severity_color(crate::qa::Severity::Warning),
            tr::capture_stale(stale),
        );
    }
    for (index, capture) in project.captures.iter().enumerate() {
        let latest = index + 1 == project.captures.len();
        capture_ui(ui, index + 1, capture, latest);
    }
    if count > 1 {
        let metadata = &project.metadata;
        ui.label(RichText::new(format!("{count}. {}", project.source.original.file_name)).strong());
        ui.weak(tr::capture_current_line(or_unknown(&metadata.captured)));
    }
    let add = Command::AddCapture;
    if ui.button(add.text()).on_hover_text(add.tooltip()).clicked() {
        commands.push(add);
    }
}

/// When a capture was made, or that nobody knows.
fn or_unknown(text: &str) -> String {
    if text.trim().is_empty() {
        tr::capture_unknown_time()
    } else {
        format_date_time(text)
    }
}

/// One earlier capture; the kept translations shown open for the `latest`.
fn capture_ui(ui: &mut Ui, number: usize, capture: &Capture, latest: bool) {
    ui.label(RichText::new(format!("{number}. {}", capture.original.file_name)).strong());
    ui.weak(tr::capture_earlier_line(
        or_unknown(&capture.details.captured),
        format_date_time(&capture.superseded),
    ));
    let short: String = capture.original.sha256.chars().take(16).collect();
    ui.label(
        RichText::new(format!("SHA-256 {short}…"))
            .monospace()
            .small(),
    )
    .on_hover_text(&capture.original.sha256);
    let kept: usize = capture
        .retired
        .values()
        .map(std::collections::BTreeMap::len)
        .sum();
    if kept == 0 {
        return;
    }
    egui::CollapsingHeader::new(tr::capture_kept(kept))
        .id_salt(("kept translations", number))
        .default_open(latest)
        .show(ui, |ui| {
            for paragraph in &capture.paragraphs {
                let translations: Vec<(&str, &str)> = capture
                    .retired
                    .iter()
                    .filter_map(|(language, kept)| {
                        kept.get(&paragraph.paragraph_id)
                            .map(|translation| (language.as_str(), translation.text.as_str()))
                    })
                    .collect();
                if translations.is_empty() {
                    continue;
                }
                ui.add(egui::Label::new(RichText::new(&paragraph.text).weak()).wrap());
                for (language, text) in translations {
                    ui.add(egui::Label::new(format!("{language}: {text}")).wrap());
                }
                ui.add_space(4.0);
            }
        });
}
