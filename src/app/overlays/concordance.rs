//! The concordance dialog (Ctrl+K): a field for a word or phrase, and the memory's pairs that
//! hold it, with the place marked and the other side beside it. Typing asks for a new search
//! (a command); the hits are found when it is applied.

use egui::Ui;
use egui::text::LayoutJob;

use crate::app::commands::Command;
use crate::app::set_accessible_label;
use crate::app::theme;
use crate::l10n::tr;
use crate::memory::concordance::{Hit, Side};

/// Draws the dialog; returns whether it should close.
pub fn concordance_ui(
    ui: &mut Ui,
    query: &mut String,
    searched: &str,
    hits: &[Hit],
    commands: &mut Vec<Command>,
) -> bool {
    ui.set_width(640.0);
    let field = ui.add(
        egui::TextEdit::singleline(query)
            .hint_text(tr::concordance_hint())
            .desired_width(f32::INFINITY),
    );
    set_accessible_label(&field, tr::concordance_search());
    if !field.has_focus() && query.is_empty() {
        field.request_focus();
    }
    if query.trim() != searched {
        commands.push(Command::SearchConcordance(query.trim().to_owned()));
    }
    ui.add_space(4.0);
    if query.trim() != searched && !query.trim().is_empty() {
        ui.weak(if hits.is_empty() {
            tr::concordance_searching()
        } else {
            tr::concordance_searching_count(hits.len())
        });
    } else if !searched.is_empty() {
        ui.weak(tr::concordance_found(hits.len(), searched));
    }
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for hit in hits {
                let (found, other) = match hit.side {
                    Side::Source => (&hit.source, &hit.target),
                    Side::Target => (&hit.target, &hit.source),
                };
                ui.label(marked(ui, found, hit));
                ui.label(other.as_str());
                if hit.date.is_empty() {
                    ui.weak(&hit.origin);
                } else {
                    ui.weak(format!(
                        "{} · {}",
                        hit.origin,
                        crate::l10n::format_date(&hit.date)
                    ));
                }
                ui.separator();
            }
        });
    ui.button(tr::concordance_close()).clicked()
}

/// `text` with the hit's places marked.
fn marked(ui: &Ui, text: &str, hit: &Hit) -> LayoutJob {
    let mut pieces = Vec::new();
    let mut last = 0;
    for range in &hit.places {
        if range.start < last || range.end > text.len() {
            continue;
        }
        pieces.push((&text[last..range.start], false));
        pieces.push((&text[range.clone()], true));
        last = range.end;
    }
    pieces.push((&text[last..], false));
    theme::marked_text(ui, pieces)
}
