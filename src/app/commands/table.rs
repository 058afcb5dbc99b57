//! The command table: every command that needs no argument, with the text people see (menus,
//! the palette, the README's keyboard table), a tooltip and its keyboard shortcuts. A
//! command's words are the messages `cmd-…` of the catalogue (`assets/locales/*/commands.ftl`),
//! in the interface language; the README's keyboard table is written in English.

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::{Command, LinkOperation};
use crate::l10n::{Language, tr, with_language};

/// A command with its words and keys.
#[derive(Debug, Clone)]
pub struct CommandEntry {
    pub command: Command,
    /// What menus and the palette call it, in the interface language.
    pub text: fn() -> String,
    /// One sentence on what it does, shown when the pointer rests on it.
    pub tooltip: fn() -> String,
    /// The keys that run it; the first is shown beside it.
    pub shortcuts: Vec<KeyboardShortcut>,
}

const NONE: Modifiers = Modifiers::NONE;
const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};
const ALT: Modifiers = Modifiers::ALT;
const ALT_SHIFT: Modifiers = Modifiers {
    alt: true,
    shift: true,
    ..Modifiers::NONE
};

fn entry(
    command: Command,
    text: fn() -> String,
    tooltip: fn() -> String,
    keys: &[(Modifiers, Key)],
) -> CommandEntry {
    CommandEntry {
        command,
        text,
        tooltip,
        shortcuts: keys
            .iter()
            .map(|(modifiers, key)| KeyboardShortcut::new(*modifiers, *key))
            .collect(),
    }
}

fn link(operation: LinkOperation) -> Command {
    Command::Link(operation)
}

/// Every argument-free command. The order matters for shortcuts: more specific modifier
/// combinations come first, because egui matches extra Shift/Alt loosely.
pub fn command_entries() -> Vec<CommandEntry> {
    use Command as C;
    use LinkOperation as L;
    vec![
        entry(
            C::SaveAs,
            tr::cmd_save_as,
            tr::cmd_save_as_tooltip,
            &[(CTRL_SHIFT, Key::S)],
        ),
        entry(
            C::Save,
            tr::cmd_save,
            tr::cmd_save_tooltip,
            &[(CTRL, Key::S)],
        ),
        entry(
            C::NewFromArticle,
            tr::cmd_new_from_article,
            tr::cmd_new_from_article_tooltip,
            &[(CTRL, Key::N)],
        ),
        entry(
            C::ShowExport,
            tr::cmd_show_export,
            tr::cmd_show_export_tooltip,
            &[(CTRL, Key::E)],
        ),
        entry(
            C::ImportTranslation,
            tr::cmd_import_translation,
            tr::cmd_import_translation_tooltip,
            &[(CTRL_SHIFT, Key::O)],
        ),
        entry(
            C::FillFromMemory,
            tr::cmd_fill_from_memory,
            tr::cmd_fill_from_memory_tooltip,
            &[],
        ),
        entry(
            C::ShowBackups,
            tr::cmd_show_backups,
            tr::cmd_show_backups_tooltip,
            &[],
        ),
        entry(
            C::AskTakeOver,
            tr::cmd_ask_take_over,
            tr::cmd_ask_take_over_tooltip,
            &[],
        ),
        entry(
            C::VerifyOriginal,
            tr::cmd_verify_original,
            tr::cmd_verify_original_tooltip,
            &[],
        ),
        entry(
            C::OpenProject,
            tr::cmd_open_project,
            tr::cmd_open_project_tooltip,
            &[(CTRL, Key::O)],
        ),
        entry(
            C::Quit,
            tr::cmd_quit,
            tr::cmd_quit_tooltip,
            &[(CTRL, Key::Q)],
        ),
        entry(
            C::Redo,
            tr::cmd_redo,
            tr::cmd_redo_tooltip,
            &[(CTRL_SHIFT, Key::Z), (CTRL, Key::Y)],
        ),
        entry(
            C::Undo,
            tr::cmd_undo,
            tr::cmd_undo_tooltip,
            &[(CTRL, Key::Z)],
        ),
        entry(
            C::ShowCommandPalette,
            tr::cmd_show_command_palette,
            tr::cmd_show_command_palette_tooltip,
            &[(CTRL_SHIFT, Key::P), (NONE, Key::F1)],
        ),
        entry(
            C::ZoomIn,
            tr::cmd_zoom_in,
            tr::cmd_zoom_in_tooltip,
            &[(CTRL, Key::Equals), (CTRL, Key::Plus)],
        ),
        entry(
            C::ZoomOut,
            tr::cmd_zoom_out,
            tr::cmd_zoom_out_tooltip,
            &[(CTRL, Key::Minus)],
        ),
        entry(
            C::ZoomReset,
            tr::cmd_zoom_reset,
            tr::cmd_zoom_reset_tooltip,
            &[(CTRL, Key::Num0)],
        ),
        entry(
            C::ToggleProjectPanel,
            tr::cmd_toggle_project_panel,
            tr::cmd_toggle_project_panel_tooltip,
            &[(CTRL, Key::I)],
        ),
        entry(
            C::ToggleMatchesPanel,
            tr::cmd_toggle_matches_panel,
            tr::cmd_toggle_matches_panel_tooltip,
            &[(CTRL, Key::M)],
        ),
        entry(
            C::ShowReplace,
            tr::cmd_show_replace,
            tr::cmd_show_replace_tooltip,
            &[(CTRL, Key::H)],
        ),
        entry(
            C::ShowFind,
            tr::cmd_show_find,
            tr::cmd_show_find_tooltip,
            &[(CTRL, Key::F)],
        ),
        entry(
            C::FindPrevious,
            tr::cmd_find_previous,
            tr::cmd_find_previous_tooltip,
            &[(Modifiers::SHIFT, Key::F3)],
        ),
        entry(
            C::FindNext,
            tr::cmd_find_next,
            tr::cmd_find_next_tooltip,
            &[(NONE, Key::F3)],
        ),
        entry(
            C::AddCapture,
            tr::cmd_add_capture,
            tr::cmd_add_capture_tooltip,
            &[],
        ),
        entry(
            C::NextStale,
            tr::cmd_next_stale,
            tr::cmd_next_stale_tooltip,
            &[(ALT_SHIFT, Key::S)],
        ),
        entry(
            C::SyncWithGit,
            tr::cmd_sync_with_git,
            tr::cmd_sync_with_git_tooltip,
            &[(ALT_SHIFT, Key::G)],
        ),
        entry(
            C::ToggleHistoryPanel,
            tr::cmd_toggle_history_panel,
            tr::cmd_toggle_history_panel_tooltip,
            &[(ALT_SHIFT, Key::H)],
        ),
        entry(
            C::NextConflict,
            tr::cmd_next_conflict,
            tr::cmd_next_conflict_tooltip,
            &[(ALT_SHIFT, Key::C)],
        ),
        entry(
            C::ExportBag,
            tr::cmd_export_bag,
            tr::cmd_export_bag_tooltip,
            &[],
        ),
        entry(
            C::ToggleLibrary,
            tr::cmd_toggle_library,
            tr::cmd_toggle_library_tooltip,
            &[(CTRL, Key::L)],
        ),
        entry(
            C::RefreshLibrary,
            tr::cmd_refresh_library,
            tr::cmd_refresh_library_tooltip,
            &[],
        ),
        entry(
            C::ToggleQaPanel,
            tr::cmd_toggle_qa_panel,
            tr::cmd_toggle_qa_panel_tooltip,
            &[(NONE, Key::F7)],
        ),
        entry(
            C::RunQa,
            tr::cmd_run_qa,
            tr::cmd_run_qa_tooltip,
            &[(Modifiers::SHIFT, Key::F7)],
        ),
        entry(
            C::ChooseDictionaries,
            tr::cmd_choose_dictionaries,
            tr::cmd_choose_dictionaries_tooltip,
            &[],
        ),
        entry(
            C::ShowSettings,
            tr::cmd_show_settings,
            tr::cmd_show_settings_tooltip,
            &[(CTRL, Key::Comma)],
        ),
        entry(
            C::ToggleTermsPanel,
            tr::cmd_toggle_terms_panel,
            tr::cmd_toggle_terms_panel_tooltip,
            &[(CTRL_SHIFT, Key::T)],
        ),
        entry(
            C::AddTerm,
            tr::cmd_add_term,
            tr::cmd_add_term_tooltip,
            &[(CTRL, Key::T)],
        ),
        entry(
            C::ShowGlossary,
            tr::cmd_show_glossary,
            tr::cmd_show_glossary_tooltip,
            &[],
        ),
        entry(
            C::ExportGlossary,
            tr::cmd_export_glossary,
            tr::cmd_export_glossary_tooltip,
            &[],
        ),
        entry(
            C::Pretranslate,
            tr::cmd_pretranslate,
            tr::cmd_pretranslate_tooltip,
            &[],
        ),
        entry(
            C::ShowConcordance,
            tr::cmd_show_concordance,
            tr::cmd_show_concordance_tooltip,
            &[(CTRL, Key::K)],
        ),
        entry(
            C::InsertMatch(1),
            tr::cmd_insert_match_1,
            tr::cmd_insert_match_1_tooltip,
            &[(CTRL, Key::Num1)],
        ),
        entry(
            C::InsertMatch(2),
            tr::cmd_insert_match_2,
            tr::cmd_insert_match_2_tooltip,
            &[(CTRL, Key::Num2)],
        ),
        entry(
            C::InsertMatch(3),
            tr::cmd_insert_match_3,
            tr::cmd_insert_match_3_tooltip,
            &[(CTRL, Key::Num3)],
        ),
        entry(
            C::InsertMatch(4),
            tr::cmd_insert_match_4,
            tr::cmd_insert_match_4_tooltip,
            &[(CTRL, Key::Num4)],
        ),
        entry(
            C::InsertMatch(5),
            tr::cmd_insert_match_5,
            tr::cmd_insert_match_5_tooltip,
            &[(CTRL, Key::Num5)],
        ),
        entry(
            C::ToggleTheme,
            tr::cmd_toggle_theme,
            tr::cmd_toggle_theme_tooltip,
            &[],
        ),
        entry(
            C::ConfirmAndNext,
            tr::cmd_confirm_and_next,
            tr::cmd_confirm_and_next_tooltip,
            &[(CTRL, Key::Enter)],
        ),
        entry(
            link(L::ShiftTargetUp),
            tr::cmd_link_shift_target_up,
            tr::cmd_link_shift_target_up_tooltip,
            &[(ALT_SHIFT, Key::ArrowUp)],
        ),
        entry(
            link(L::ShiftTargetDown),
            tr::cmd_link_shift_target_down,
            tr::cmd_link_shift_target_down_tooltip,
            &[(ALT_SHIFT, Key::ArrowDown)],
        ),
        entry(
            link(L::SplitSource),
            tr::cmd_link_split_source,
            tr::cmd_link_split_source_tooltip,
            &[(ALT_SHIFT, Key::P)],
        ),
        entry(
            link(L::SplitTarget),
            tr::cmd_link_split_target,
            tr::cmd_link_split_target_tooltip,
            &[(ALT, Key::P)],
        ),
        entry(
            link(L::MergeTargetWithNext),
            tr::cmd_link_merge_target_with_next,
            tr::cmd_link_merge_target_with_next_tooltip,
            &[(ALT_SHIFT, Key::M)],
        ),
        entry(
            link(L::MergeSourceWithNext),
            tr::cmd_link_merge_source_with_next,
            tr::cmd_link_merge_source_with_next_tooltip,
            &[(ALT, Key::M)],
        ),
        entry(
            link(L::Unlink),
            tr::cmd_link_unlink,
            tr::cmd_link_unlink_tooltip,
            &[(ALT, Key::U)],
        ),
        entry(
            link(L::SwapWithNext),
            tr::cmd_link_swap_with_next,
            tr::cmd_link_swap_with_next_tooltip,
            &[(ALT, Key::S)],
        ),
        entry(
            link(L::InsertEmptyCell),
            tr::cmd_link_insert_empty_cell,
            tr::cmd_link_insert_empty_cell_tooltip,
            &[(ALT, Key::E)],
        ),
        entry(
            C::ToggleSentencePanel,
            tr::cmd_toggle_sentence_panel,
            tr::cmd_toggle_sentence_panel_tooltip,
            &[(ALT, Key::L)],
        ),
        entry(
            link(L::Realign),
            tr::cmd_link_realign,
            tr::cmd_link_realign_tooltip,
            &[(ALT, Key::R)],
        ),
        entry(
            C::NextRow,
            tr::cmd_next_row,
            tr::cmd_next_row_tooltip,
            &[(ALT, Key::ArrowDown)],
        ),
        entry(
            C::PreviousRow,
            tr::cmd_previous_row,
            tr::cmd_previous_row_tooltip,
            &[(ALT, Key::ArrowUp)],
        ),
        entry(
            C::ClearRecentFiles,
            tr::cmd_clear_recent_files,
            tr::cmd_clear_recent_files_tooltip,
            &[],
        ),
    ]
}

/// The table's entry for `command`, if it is an argument-free command.
pub fn entry_for(command: &Command) -> Option<CommandEntry> {
    command_entries()
        .into_iter()
        .find(|entry| entry.command == *command)
}

impl Command {
    /// What menus and the palette call the command (empty for commands with arguments, which
    /// are not offered by name).
    pub fn text(&self) -> String {
        entry_for(self)
            .map(|entry| (entry.text)())
            .unwrap_or_default()
    }

    /// What the command does, in one sentence.
    pub fn tooltip(&self) -> String {
        entry_for(self)
            .map(|entry| (entry.tooltip)())
            .unwrap_or_default()
    }

    /// The keys that run the command.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        entry_for(self)
            .map(|entry| entry.shortcuts)
            .unwrap_or_default()
    }
}

/// How a shortcut is written for people ("Ctrl+Shift+S", "Alt+Up", "Ctrl+="): the same in
/// menus, the palette and the README.
pub fn shortcut_label(shortcut: &KeyboardShortcut) -> String {
    let modifiers = ModifierNames::NAMES.format(&shortcut.modifiers, false);
    let key = match shortcut.logical_key {
        // Names read better than ⏶ and −, and are what people type in a README.
        Key::ArrowUp | Key::ArrowDown | Key::ArrowLeft | Key::ArrowRight => {
            shortcut.logical_key.name()
        }
        Key::Minus => "-",
        other => other.symbol_or_name(),
    };
    if modifiers.is_empty() {
        key.to_owned()
    } else {
        format!("{modifiers}+{key}")
    }
}

/// The shortcut text shown beside a command in menus and the palette ("Ctrl+S").
pub fn shortcut_text(command: &Command) -> String {
    command
        .shortcuts()
        .first()
        .map(shortcut_label)
        .unwrap_or_default()
}

/// Takes this frame's shortcut key presses out of the input, before any widget sees them,
/// and returns the commands they stand for.
pub fn consume_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let entries = command_entries();
    ctx.input_mut(|input| {
        let mut commands = Vec::new();
        // Alt+letter shortcuts: the letter also arrives as typed text, which must not land
        // in the field being edited.
        let mut letters: Vec<String> = Vec::new();
        for entry in &entries {
            for shortcut in &entry.shortcuts {
                while input.consume_shortcut(shortcut) {
                    commands.push(entry.command.clone());
                    if shortcut.modifiers.alt
                        && !shortcut.modifiers.command
                        && !shortcut.modifiers.ctrl
                    {
                        letters.push(shortcut.logical_key.name().to_lowercase());
                    }
                }
            }
        }
        if !letters.is_empty() {
            input.events.retain(|event| {
                !matches!(event, egui::Event::Text(text) if letters.contains(&text.to_lowercase()))
            });
        }
        commands
    })
}

/// The keyboard table of the README (Markdown), written from the command table: every
/// command with a shortcut, in the table's order, keys as on Linux and Windows, in English.
pub fn keyboard_table() -> String {
    with_language(Language::English, english_keyboard_table)
}

fn english_keyboard_table() -> String {
    let mut table = String::from("| command | keys |\n| --- | --- |\n");
    for entry in command_entries() {
        if entry.shortcuts.is_empty() {
            continue;
        }
        let keys: Vec<String> = entry.shortcuts.iter().map(shortcut_label).collect();
        table.push_str("| ");
        table.push_str(&(entry.text)());
        table.push_str(" | ");
        table.push_str(&keys.join(" or "));
        table.push_str(" |\n");
    }
    table
}
