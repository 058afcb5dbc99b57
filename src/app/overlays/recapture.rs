//! The review of a new capture before it becomes current: the figures (unchanged, changed,
//! added, removed paragraphs; translations that will be stale or kept in the history) and
//! every change, a changed paragraph word by word. "Make it current" applies it as one undo
//! step; "Cancel" leaves the project as it is.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::session::DocumentBasis;
use crate::app::theme;
use crate::model::{ParagraphChange, ParagraphChangeKind, RecapturePlan};

/// A new capture read and compared, waiting for the user's answer.
#[derive(Debug, Clone)]
pub struct RecaptureReview {
    /// The new capture's file name.
    pub file_name: String,
    pub plan: RecapturePlan,
    /// The document and revision the plan was worked out from: it applies to them only.
    pub basis: DocumentBasis,
    pub revision: u64,
    /// Show paragraphs that are not article text (navigation, teasers …) too.
    pub show_other: bool,
}

/// Draws the review; returns whether it should close.
pub fn recapture_ui(
    ui: &mut Ui,
    review: &mut RecaptureReview,
    commands: &mut Vec<Command>,
) -> bool {
    ui.set_width(720.0);
    let report = &review.plan.report;
    ui.label(format!(
        "{}: {} article paragraph(s) unchanged, {} changed, {} added, {} removed ({} of them \
         moved).",
        review.file_name,
        report.unchanged,
        report.changed,
        report.added,
        report.removed,
        report.moved
    ));
    ui.label(format!(
        "{} translation(s) will be marked stale (kept, to be checked against the new text); \
         {} of removed paragraphs will be kept in the capture history.",
        report.stale, report.retired
    ));
    if report.restored > 0 {
        ui.label(format!(
            "{} translation(s) will come back from the history to paragraphs that return.",
            report.restored
        ));
    }
    if report.looks_unrelated() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!(
                "⚠ Only {} of the {} article paragraphs of the current capture are in this \
                 file: it looks like another article.",
                report.kept_paragraphs, report.current_article_paragraphs
            ),
        );
    }
    if let Some((before, after)) = &report.address_changed {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("The address changes from {before} to {after}."),
        );
    }
    if report.links_to_review > 0 {
        ui.label(format!(
            "{} alignment link(s) will need review again.",
            report.links_to_review
        ));
    }
    let others = report.other_paragraphs_changed;
    if others > 0 {
        ui.checkbox(
            &mut review.show_other,
            format!("Show the {others} change(s) outside the article text"),
        );
    }
    ui.separator();
    let show_other = review.show_other;
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let mut shown = 0;
            for change in &review.plan.report.paragraphs {
                let interesting = change.change != ParagraphChangeKind::Unchanged
                    || change.moved
                    || change.kind_before.is_some();
                let article = change.is_translatable() || change.kind_before.is_some();
                if interesting && (article || show_other) {
                    change_ui(ui, change);
                    shown += 1;
                }
            }
            if shown == 0 {
                ui.weak("No article paragraph changed: only the capture itself is new.");
            }
        });
    ui.separator();
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .button("Make it current")
            .on_hover_text("Keep the current capture in the history and make this one current (Ctrl+Z undoes it)")
            .clicked()
        {
            // Applying takes the review out of the dialog, which closes it.
            commands.push(Command::ApplyCapture);
        }
        if ui.button("Cancel").clicked() {
            close = true;
        }
    });
    close
}

/// One paragraph's change: what happened, its id, and its text (word by word when edited).
fn change_ui(ui: &mut Ui, change: &ParagraphChange) {
    let id = change
        .new_id
        .or(change.old_id)
        .map_or_else(String::new, |id| format!("¶{id}"));
    let what = match change.change {
        ParagraphChangeKind::Unchanged if change.moved => "moved",
        ParagraphChangeKind::Unchanged => "kind changed",
        ParagraphChangeKind::Changed if change.moved => "changed and moved",
        other => other.as_str(),
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(what).strong());
        match change.kind_before {
            Some(before) => ui.weak(format!("{id} · {before} → {}", change.kind)),
            None => ui.weak(format!("{id} · {}", change.kind)),
        };
        if !change.translations.is_empty() {
            let languages: Vec<&str> = change
                .translations
                .iter()
                .map(crate::model::LanguageTag::as_str)
                .collect();
            let note = match change.change {
                ParagraphChangeKind::Removed => "translations kept in the history",
                ParagraphChangeKind::Added => "translations back from the history",
                _ => "translations become stale",
            };
            ui.weak(format!("{note}: {}", languages.join(", ")));
        }
    });
    match change.change {
        ParagraphChangeKind::Changed => {
            ui.add(egui::Label::new(theme::word_diff_text(ui, &change.diff)).wrap());
        }
        ParagraphChangeKind::Removed => {
            let pieces = [crate::align::revision::DiffPiece {
                kind: crate::align::revision::DiffPieceKind::Removed,
                text: change.old_text.clone(),
            }];
            ui.add(egui::Label::new(theme::word_diff_text(ui, &pieces)).wrap());
        }
        ParagraphChangeKind::Added => {
            let pieces = [crate::align::revision::DiffPiece {
                kind: crate::align::revision::DiffPieceKind::Added,
                text: change.new_text.clone(),
            }];
            ui.add(egui::Label::new(theme::word_diff_text(ui, &pieces)).wrap());
        }
        ParagraphChangeKind::Unchanged => {
            ui.add(egui::Label::new(&change.new_text).wrap());
        }
    }
    ui.add_space(6.0);
}
