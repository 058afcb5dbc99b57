//! The translation editor's right-click menu for misspelt words: for the word at the cursor
//! first, then the row's other misspelt words, the speller's suggestions (a click puts one in
//! the word's place, as one undo step), "Add to dictionary" (the personal word list in the
//! library) and "Ignore" (until Diptych closes). Suggestions are worked out once per word
//! and kept while the menu is open.

use egui::{Id, Response, Ui};

use crate::app::commands::Command;
use crate::app::qa::QaState;
use crate::l10n::tr;
use crate::model::{LanguageTag, ParagraphId};

/// At most this many misspelt words are offered in the menu.
const MAX_WORDS: usize = 8;

/// The byte offset of the editor's cursor in `text`, when it has one.
fn cursor_byte(ui_ctx: &egui::Context, editor_id: Id, text: &str) -> Option<usize> {
    let state = egui::text_edit::TextEditState::load(ui_ctx, editor_id)?;
    let chars = state.cursor.char_range()?.primary.index;
    Some(
        text.char_indices()
            .nth(chars.into())
            .map_or(text.len(), |(byte, _)| byte),
    )
}

/// The speller's suggestions for `word`, kept in egui's memory for as long as it lives.
fn suggestions(ui: &Ui, qa: &QaState, language: &LanguageTag, word: &str) -> Vec<String> {
    let id = Id::unique(("spelling-suggestions", language.as_str(), word));
    if let Some(found) = ui.data(|data| data.get_temp::<Vec<String>>(id)) {
        return found;
    }
    let found = qa
        .speller(language)
        .map(|speller| speller.suggestions(word))
        .unwrap_or_default();
    ui.data_mut(|data| data.insert_temp(id, found.clone()));
    found
}

/// Adds the menu to the editor's response.
pub fn spelling_menu(
    response: &Response,
    editor_id: Id,
    (paragraph_id, language): (ParagraphId, &LanguageTag),
    text: &str,
    qa: &QaState,
    commands: &mut Vec<Command>,
) {
    let misspelt = qa.misspelt(paragraph_id, language, text);
    if misspelt.is_empty() {
        return;
    }
    response.context_menu(|ui| {
        let cursor = cursor_byte(ui.ctx(), editor_id, text);
        let mut ranges: Vec<&std::ops::Range<usize>> = misspelt.iter().collect();
        // The word at the cursor first.
        ranges.sort_by_key(|range| !cursor.is_some_and(|at| range.start <= at && at <= range.end));
        for range in ranges.into_iter().take(MAX_WORDS) {
            let Some(word) = text.get(range.clone()) else {
                continue;
            };
            ui.menu_button(tr::spelling_word(word), |ui| {
                let found = suggestions(ui, qa, language, word);
                if found.is_empty() {
                    ui.weak(tr::spelling_no_suggestions());
                }
                for suggestion in found {
                    if ui.button(&suggestion).clicked() {
                        commands.push(Command::ReplaceWord {
                            paragraph_id,
                            language: language.clone(),
                            range: (range.start, range.end),
                            with: suggestion,
                        });
                        ui.close();
                    }
                }
                ui.separator();
                if ui
                    .button(tr::spelling_add_to_dictionary())
                    .on_hover_text(tr::spelling_add_to_dictionary_tooltip())
                    .clicked()
                {
                    commands.push(Command::AddToDictionary {
                        language: language.clone(),
                        word: word.to_owned(),
                    });
                    ui.close();
                }
                if ui
                    .button(tr::spelling_ignore())
                    .on_hover_text(tr::spelling_ignore_tooltip())
                    .clicked()
                {
                    commands.push(Command::IgnoreWord {
                        language: language.clone(),
                        word: word.to_owned(),
                    });
                    ui.close();
                }
            });
        }
    });
}
