//! The command table: every command that needs no argument, with the text people see (menus,
//! the palette, the README's keyboard table), a tooltip and its keyboard shortcuts. This is
//! the one place where a command's words are written; a translated interface will replace
//! them here.

use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::{Command, LinkOperation};

/// A command with its words and keys.
#[derive(Debug, Clone)]
pub struct CommandEntry {
    pub command: Command,
    /// What menus and the palette call it.
    pub text: &'static str,
    /// One sentence on what it does, shown when the pointer rests on it.
    pub tooltip: &'static str,
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
    text: &'static str,
    tooltip: &'static str,
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
            "Save as…",
            "Save the project under a new name",
            &[(CTRL_SHIFT, Key::S)],
        ),
        entry(
            C::Save,
            "Save",
            "Save the project (the file it replaces is backed up first)",
            &[(CTRL, Key::S)],
        ),
        entry(
            C::NewFromArticle,
            "New from article…",
            "Import an article (text, saved page, MHTML, WARC) into a new project",
            &[(CTRL, Key::N)],
        ),
        entry(
            C::ShowExport,
            "Export…",
            "Write the translated article as a text, Markdown or HTML file",
            &[(CTRL, Key::E)],
        ),
        entry(
            C::ImportTranslation,
            "Import translation and align…",
            "Import an existing translation of this article and align its paragraphs with the source",
            &[(CTRL_SHIFT, Key::O)],
        ),
        entry(
            C::FillFromMemory,
            "Import translations (XLIFF or TMX)…",
            "Bring back an XLIFF file exported from this project, or fill empty translations from a TMX memory's exact matches (one undo step)",
            &[],
        ),
        entry(
            C::ShowBackups,
            "Revert to backup…",
            "List the project's timestamped backups and open one",
            &[],
        ),
        entry(
            C::AskTakeOver,
            "Take over the project…",
            "This project is read-only here: see who holds it, and take it over if that window is gone",
            &[],
        ),
        entry(
            C::VerifyOriginal,
            "Verify stored original",
            "Recheck the SHA-256 of the originals kept in the project file",
            &[],
        ),
        entry(
            C::OpenProject,
            "Open project…",
            "Open a Diptych project file",
            &[(CTRL, Key::O)],
        ),
        entry(
            C::Quit,
            "Quit",
            "Close the window (unsaved changes are asked about first)",
            &[(CTRL, Key::Q)],
        ),
        entry(
            C::Redo,
            "Redo",
            "Do again what was undone",
            &[(CTRL_SHIFT, Key::Z), (CTRL, Key::Y)],
        ),
        entry(
            C::Undo,
            "Undo",
            "Take back the last change (typing in one cell is one step)",
            &[(CTRL, Key::Z)],
        ),
        entry(
            C::ShowCommandPalette,
            "Command palette…",
            "Find any command by typing part of its name",
            &[(CTRL_SHIFT, Key::P), (NONE, Key::F1)],
        ),
        entry(
            C::ZoomIn,
            "Zoom in",
            "Make everything larger",
            &[(CTRL, Key::Equals), (CTRL, Key::Plus)],
        ),
        entry(
            C::ZoomOut,
            "Zoom out",
            "Make everything smaller",
            &[(CTRL, Key::Minus)],
        ),
        entry(
            C::ZoomReset,
            "Reset zoom",
            "Back to the normal size",
            &[(CTRL, Key::Num0)],
        ),
        entry(
            C::ToggleProjectPanel,
            "Show/hide project panel",
            "The article's metadata, its target languages and its original file",
            &[(CTRL, Key::I)],
        ),
        entry(
            C::ToggleMatchesPanel,
            "Show/hide matches",
            "Translation memory matches for the selected row, from the library's projects and memories",
            &[(CTRL, Key::M)],
        ),
        entry(
            C::ShowReplace,
            "Replace…",
            "Find a word or expression and replace it in the translations",
            &[(CTRL, Key::H)],
        ),
        entry(
            C::ShowFind,
            "Find…",
            "Find a word, a phrase, an expression or a name in any script, in the source and the translations",
            &[(CTRL, Key::F)],
        ),
        entry(
            C::FindPrevious,
            "Find previous",
            "Show the previous match of the find bar",
            &[(Modifiers::SHIFT, Key::F3)],
        ),
        entry(
            C::FindNext,
            "Find next",
            "Show the next match of the find bar",
            &[(NONE, Key::F3)],
        ),
        entry(
            C::AddCapture,
            "Add a new capture…",
            "Compare the article saved again (a new capture) with this one, paragraph by paragraph and word by word, and make it current: unchanged translations stay, changed ones are marked stale",
            &[],
        ),
        entry(
            C::NextStale,
            "Next stale translation",
            "Go to the next row whose source a new capture changed after it was translated",
            &[(ALT_SHIFT, Key::S)],
        ),
        entry(
            C::SyncWithGit,
            "Sync with git",
            "Save and commit the project, merge the others' work paragraph by paragraph, and push (the project's folder must be a git working tree)",
            &[(ALT_SHIFT, Key::G)],
        ),
        entry(
            C::ToggleHistoryPanel,
            "Show/hide history",
            "The project's history in git: its commits, and who changed the selected row's translation when",
            &[(ALT_SHIFT, Key::H)],
        ),
        entry(
            C::NextConflict,
            "Next merge conflict",
            "Go to the next row a merge left with two versions (ours and theirs) to choose from",
            &[(ALT_SHIFT, Key::C)],
        ),
        entry(
            C::ExportBag,
            "Export archival package…",
            "Write the original, the project, the translations and the metadata as a BagIt package (a new folder)",
            &[],
        ),
        entry(
            C::ToggleLibrary,
            "Library",
            "Show every project of the library, search them all, or go back to the project",
            &[(CTRL, Key::L)],
        ),
        entry(
            C::RefreshLibrary,
            "Refresh the library",
            "Look through the library folder again for new, changed and removed projects",
            &[],
        ),
        entry(
            C::ToggleQaPanel,
            "Show/hide quality checks",
            "The QA findings: figures, names, punctuation, spelling… in every translation and alignment",
            &[(NONE, Key::F7)],
        ),
        entry(
            C::RunQa,
            "Check quality now",
            "Run every QA check on the whole project again and show the findings",
            &[(Modifiers::SHIFT, Key::F7)],
        ),
        entry(
            C::ChooseDictionaries,
            "Spelling dictionaries folder…",
            "Choose a folder of Hunspell dictionaries (.aff and .dic) to use before the system's",
            &[],
        ),
        entry(
            C::ShowSettings,
            "Settings…",
            "The library folder (projects, memories, glossaries) and the lowest match score",
            &[(CTRL, Key::Comma)],
        ),
        entry(
            C::ToggleTermsPanel,
            "Show/hide terms",
            "The glossary's terms in the selected row, their expected translations, and whether the translation uses them",
            &[(CTRL_SHIFT, Key::T)],
        ),
        entry(
            C::AddTerm,
            "Add term…",
            "Add a term pair to the glossary: select it in the source and in the translation first",
            &[(CTRL, Key::T)],
        ),
        entry(
            C::ShowGlossary,
            "Glossary…",
            "Every term pair of the shown languages, to look up, edit or delete",
            &[],
        ),
        entry(
            C::ExportGlossary,
            "Export glossary as TBX…",
            "Write every term pair of the shown languages to one TBX-Basic file",
            &[],
        ),
        entry(
            C::Pretranslate,
            "Pre-translate from the memory",
            "Fill the empty rows of the shown language from identical sources in the library's projects and memories, as drafts (nothing is replaced)",
            &[],
        ),
        entry(
            C::ShowConcordance,
            "Concordance…",
            "Search the translation memory for a word or phrase in either language",
            &[(CTRL, Key::K)],
        ),
        entry(
            C::InsertMatch(1),
            "Insert match 1",
            "Put the best match's translation into the selected row",
            &[(CTRL, Key::Num1)],
        ),
        entry(
            C::InsertMatch(2),
            "Insert match 2",
            "Put the second match's translation into the selected row",
            &[(CTRL, Key::Num2)],
        ),
        entry(
            C::InsertMatch(3),
            "Insert match 3",
            "Put the third match's translation into the selected row",
            &[(CTRL, Key::Num3)],
        ),
        entry(
            C::InsertMatch(4),
            "Insert match 4",
            "Put the fourth match's translation into the selected row",
            &[(CTRL, Key::Num4)],
        ),
        entry(
            C::InsertMatch(5),
            "Insert match 5",
            "Put the fifth match's translation into the selected row",
            &[(CTRL, Key::Num5)],
        ),
        entry(
            C::ToggleTheme,
            "Toggle light/dark theme",
            "Switch between the light and the dark theme",
            &[],
        ),
        entry(
            C::ConfirmAndNext,
            "Mark translated (or confirm link) and go to next row",
            "Mark the row translated (in the alignment review: confirm the link) and move on",
            &[(CTRL, Key::Enter)],
        ),
        entry(
            link(L::ShiftTargetUp),
            "Shift target column up from this link",
            "Move every target paragraph from this link on up by one link",
            &[(ALT_SHIFT, Key::ArrowUp)],
        ),
        entry(
            link(L::ShiftTargetDown),
            "Shift target column down from this link",
            "Move every target paragraph from this link on down by one link",
            &[(ALT_SHIFT, Key::ArrowDown)],
        ),
        entry(
            link(L::SplitSource),
            "Split the link's source paragraph at the cursor…",
            "Split the first source paragraph of the link in two",
            &[(ALT_SHIFT, Key::P)],
        ),
        entry(
            link(L::SplitTarget),
            "Split the link's target paragraph at the cursor…",
            "Split the first target paragraph of the link in two",
            &[(ALT, Key::P)],
        ),
        entry(
            link(L::MergeTargetWithNext),
            "Merge target with next link",
            "Join the next link's target paragraphs to this link",
            &[(ALT_SHIFT, Key::M)],
        ),
        entry(
            link(L::MergeSourceWithNext),
            "Merge source with next link",
            "Join the next link's source paragraphs to this link",
            &[(ALT, Key::M)],
        ),
        entry(
            link(L::Unlink),
            "Unlink",
            "Give every paragraph of the link a link of its own",
            &[(ALT, Key::U)],
        ),
        entry(
            link(L::SwapWithNext),
            "Swap targets with next link",
            "Exchange this link's target paragraphs with the next link's",
            &[(ALT, Key::S)],
        ),
        entry(
            link(L::InsertEmptyCell),
            "Insert empty target cell",
            "Push the target column down by one from this link, leaving this link's target empty",
            &[(ALT, Key::E)],
        ),
        entry(
            C::ToggleSentencePanel,
            "Show/hide the sentences of the selected link",
            "The sentence alignment inside the selected link, under the rows",
            &[(ALT, Key::L)],
        ),
        entry(
            link(L::Realign),
            "Re-align selected links",
            "Align the selected range of links again automatically",
            &[(ALT, Key::R)],
        ),
        entry(
            C::NextRow,
            "Next row",
            "Go to the next translatable row (or the next link)",
            &[(ALT, Key::ArrowDown)],
        ),
        entry(
            C::PreviousRow,
            "Previous row",
            "Go to the previous translatable row (or link)",
            &[(ALT, Key::ArrowUp)],
        ),
        entry(
            C::ClearRecentFiles,
            "Clear recent files",
            "Forget the list of recently opened projects",
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
    pub fn text(&self) -> &'static str {
        entry_for(self).map_or("", |entry| entry.text)
    }

    /// What the command does, in one sentence.
    pub fn tooltip(&self) -> &'static str {
        entry_for(self).map_or("", |entry| entry.tooltip)
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
/// command with a shortcut, in the table's order, keys as on Linux and Windows.
pub fn keyboard_table() -> String {
    let mut table = String::from("| command | keys |\n| --- | --- |\n");
    for entry in command_entries() {
        if entry.shortcuts.is_empty() {
            continue;
        }
        let keys: Vec<String> = entry.shortcuts.iter().map(shortcut_label).collect();
        table.push_str("| ");
        table.push_str(entry.text);
        table.push_str(" | ");
        table.push_str(&keys.join(" or "));
        table.push_str(" |\n");
    }
    table
}
