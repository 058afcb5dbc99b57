//! The command palette: every command of the table, found by typing part of its name in the
//! interface language, or in English (which people who learnt Diptych in English still type).

use egui::Key;

use crate::app::commands::{Command, CommandEntry, command_entries, shortcut_label};
use crate::app::set_accessible_label;
use crate::l10n::{self, Language, tr};

/// How well a command matches `query`: by its name in the interface language first, then by
/// its English name.
fn entry_rank(entry: &CommandEntry, query: &str) -> Option<u8> {
    let name = (entry.text)();
    match_rank(&name, query).or_else(|| {
        (l10n::current() != Language::English)
            .then(|| l10n::with_language(Language::English, entry.text))
            .and_then(|english| match_rank(&english, query))
            .map(|rank| rank + 3)
    })
}

/// `text` folded for matching as the interface language writes it (Azerbaijani `İ` is `i`
/// and `I` is `ı`; `ё` is `е`), the way find and search fold.
fn folded(text: &str) -> String {
    crate::memory::text::fold(text, crate::l10n::current().code())
}

/// How well `name` matches `query`: 0 when a word of it starts with the query as typed, 1
/// when it holds the query elsewhere, 2 when it holds every character in order, `None` when it
/// does not match (without regard to case, or to `ё` and `е`). Better matches are listed
/// first.
fn match_rank(name: &str, query: &str) -> Option<u8> {
    let query = folded(query.trim());
    let name_folded = folded(name);
    let word_start = name_folded.match_indices(query.as_str()).any(|(at, _)| {
        name_folded[..at]
            .chars()
            .last()
            .is_none_or(|before| !before.is_alphanumeric())
    });
    if word_start {
        return Some(0);
    }
    if name_folded.contains(&query) {
        return Some(1);
    }
    fuzzy_match(name, &query).then_some(2)
}

/// Whether every character of `query` appears in `name` in order (folded as [`folded`]).
fn fuzzy_match(name: &str, query: &str) -> bool {
    let name = folded(name);
    let mut rest = name.chars();
    folded(query)
        .chars()
        .filter(|c| !c.is_whitespace())
        .all(|wanted| rest.any(|c| c == wanted))
}

/// The interface languages, offered by the palette only (the View menu has them as a
/// submenu): "Interface language: Русский", and following the system's again.
fn language_entries() -> Vec<CommandEntry> {
    let entry = |command: Command, text: fn() -> String| CommandEntry {
        command,
        text,
        tooltip: tr::menu_interface_language_tooltip,
        shortcuts: Vec::new(),
    };
    vec![
        entry(Command::SetInterfaceLanguage(None), || {
            tr::palette_interface_language(tr::palette_system_language())
        }),
        entry(
            Command::SetInterfaceLanguage(Some(Language::English)),
            || tr::palette_interface_language(Language::English.native_name()),
        ),
        entry(
            Command::SetInterfaceLanguage(Some(Language::Russian)),
            || tr::palette_interface_language(Language::Russian.native_name()),
        ),
        entry(
            Command::SetInterfaceLanguage(Some(Language::Azerbaijani)),
            || tr::palette_interface_language(Language::Azerbaijani.native_name()),
        ),
    ]
}

/// Draws the palette; returns the command chosen (by click or Enter).
pub fn palette_ui(
    ui: &mut egui::Ui,
    query: &mut String,
    highlighted: &mut usize,
) -> Option<Command> {
    let field = ui.add(
        egui::TextEdit::singleline(query)
            .desired_width(f32::INFINITY)
            .hint_text(tr::palette_hint()),
    );
    set_accessible_label(&field, tr::palette_field());
    field.request_focus();
    let mut ranked: Vec<_> = command_entries()
        .into_iter()
        .chain(language_entries())
        // The palette does not offer itself: it is already open.
        .filter(|entry| entry.command != Command::ShowCommandPalette)
        .filter_map(|entry| entry_rank(&entry, query).map(|rank| (rank, entry)))
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    let matches: Vec<_> = ranked.into_iter().map(|(_, entry)| entry).collect();
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
        ui.weak(tr::palette_no_match());
    }
    for (index, entry) in matches.iter().enumerate() {
        let shortcut = entry
            .shortcuts
            .first()
            .map(shortcut_label)
            .unwrap_or_default();
        let button = egui::Button::selectable(index == *highlighted, (entry.text)())
            .shortcut_text(shortcut)
            .min_size(egui::vec2(ui.available_width(), 0.0));
        if ui.add(button).clicked() {
            chosen = Some(entry.command.clone());
        }
    }
    chosen
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
        assert_eq!(
            super::match_rank("Toggle light/dark theme", "theme"),
            Some(0)
        );
        assert_eq!(
            super::match_rank("Pre-translate from the memory", "theme"),
            Some(2)
        );
        assert_eq!(super::match_rank("Mark translated", "rans"), Some(1));
    }

    #[test]
    fn azerbaijani_capitals_and_russian_yo_fold_as_people_type_them() {
        use crate::l10n::{Language, with_language};
        with_language(Language::Azerbaijani, || {
            assert_eq!(super::match_rank("Kitabxana", "KİTABXANA"), Some(0));
            assert_eq!(super::match_rank("Çıxış", "ÇIXIŞ"), Some(0));
            assert_eq!(super::match_rank("Tarixçə paneli", "PANELİ"), Some(0));
        });
        with_language(Language::Russian, || {
            assert_eq!(super::match_rank("Светлая/тёмная тема", "темная"), Some(0));
            assert_eq!(super::match_rank("Светлая/тёмная тема", "ТЁМНАЯ"), Some(0));
        });
    }
}
