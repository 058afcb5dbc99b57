//! The review of a new capture before it becomes current: the figures (unchanged, changed,
//! added, removed paragraphs; translations that will be stale or kept in the history) and
//! every change, a changed paragraph word by word. "Make it current" applies it as one undo
//! step; "Cancel" leaves the project as it is.

use egui::{RichText, Ui};

use crate::app::commands::Command;
use crate::app::session::DocumentBasis;
use crate::app::{theme, words};
use crate::l10n::tr;
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
    ui.label(tr::capture_review_summary(
        &review.file_name,
        report.unchanged,
        report.changed,
        report.added,
        report.removed,
        report.moved,
    ));
    ui.label(tr::capture_review_stale(report.stale, report.retired));
    if report.restored > 0 {
        ui.label(tr::capture_review_restored(report.restored));
    }
    if report.looks_unrelated() {
        ui.colored_label(
            ui.visuals().error_fg_color,
            tr::capture_review_unrelated(report.kept_paragraphs, report.current_article_paragraphs),
        );
    }
    if let Some((before, after)) = &report.address_changed {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            tr::capture_review_address(before, after),
        );
    }
    if report.links_to_review > 0 {
        ui.label(tr::capture_review_links(report.links_to_review));
    }
    let others = report.other_paragraphs_changed;
    if others > 0 {
        ui.checkbox(
            &mut review.show_other,
            tr::capture_review_show_other(others),
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
                ui.weak(tr::capture_review_nothing());
            }
        });
    ui.separator();
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .button(tr::capture_make_current())
            .on_hover_text(tr::capture_make_current_tooltip())
            .clicked()
        {
            // Applying takes the review out of the dialog, which closes it.
            commands.push(Command::ApplyCapture);
        }
        if ui.button(tr::capture_cancel()).clicked() {
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
        ParagraphChangeKind::Unchanged if change.moved => tr::capture_change_moved(),
        ParagraphChangeKind::Unchanged => tr::capture_change_kind(),
        ParagraphChangeKind::Changed if change.moved => tr::capture_change_changed_moved(),
        ParagraphChangeKind::Changed => tr::capture_change_changed(),
        ParagraphChangeKind::Added => tr::capture_change_added(),
        ParagraphChangeKind::Removed => tr::capture_change_removed(),
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(what).strong());
        match change.kind_before {
            Some(before) => ui.weak(format!(
                "{id} · {} → {}",
                words::paragraph_kind(before),
                words::paragraph_kind(change.kind)
            )),
            None => ui.weak(format!("{id} · {}", words::paragraph_kind(change.kind))),
        };
        if !change.translations.is_empty() {
            let languages = change
                .translations
                .iter()
                .map(crate::model::LanguageTag::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            ui.weak(match change.change {
                ParagraphChangeKind::Removed => tr::capture_translations_kept(languages),
                ParagraphChangeKind::Added => tr::capture_translations_back(languages),
                _ => tr::capture_translations_stale(languages),
            });
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
