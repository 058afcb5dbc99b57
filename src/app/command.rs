//! Commands: everything the user can do, as data. Menus, keyboard shortcuts, the command
//! palette and the grid all emit [`Command`] values; the app applies them after drawing.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::alignment_view::LinkFilter;
use crate::model::{
    DocumentRef, LanguageTag, MetadataField, ParagraphId, ParagraphKind, TextEncoding,
    TranslationStatus,
};

/// Something the user asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    NewFromArticle,
    OpenProject,
    /// Open a project or import an article from a known path (recent file, drop, dialog).
    OpenPath(PathBuf),
    Save,
    SaveAs,
    SaveTo(PathBuf),
    ClearRecentFiles,
    Quit,
    Undo,
    Redo,
    SetTargetLanguage(LanguageTag),
    ToggleTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ShowCommandPalette,
    ToggleProjectPanel,
    SetMetadata {
        field: MetadataField,
        value: String,
    },
    /// Add a target language typed by the user (validated when applied).
    AddTarget(String),
    RemoveTarget(LanguageTag),
    SelectRow(ParagraphId),
    NextRow,
    PreviousRow,
    /// Mark the selected row translated and move to the next translatable row.
    ConfirmAndNext,
    SetTranslationText {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        text: String,
    },
    SetTranslationNote {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        note: String,
    },
    SetStatus {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        status: TranslationStatus,
    },
    SetKind {
        paragraph_id: ParagraphId,
        kind: ParagraphKind,
    },
    /// Typing in a cell ended (focus left it): the next keystroke starts a new undo step.
    EndTyping,
    /// Pick a translation of the source to import and align.
    ImportTranslation,
    /// Ask which language the translation at `path` is in.
    AskTranslationLanguage(PathBuf),
    /// Import `path` as the translation into `language` and align it (in the background).
    ImportTranslationFrom {
        path: PathBuf,
        language: String,
    },
    /// Select link `index`; with `extend`, select the range from the previous selection.
    SelectLink {
        index: usize,
        extend: bool,
    },
    ToggleLinkFilter(LinkFilter),
    /// Open the split dialog for a paragraph.
    AskSplit {
        document: DocumentRef,
        paragraph_id: ParagraphId,
    },
    /// Split a paragraph before character `at` of its text.
    SplitParagraph {
        document: DocumentRef,
        paragraph_id: ParagraphId,
        at: usize,
    },
    /// Show or hide the sentence alignment of the selected link.
    ToggleSentencePanel,
    /// Show or hide another aligned language as an extra column.
    ToggleAlignedColumn(LanguageTag),
    /// An alignment review operation on the selected link (or range, for re-align).
    Link(LinkOperation),
    /// Read the stored original again in another character encoding.
    ReDecodeSource(TextEncoding),
    /// Recheck the SHA-256 of the stored originals (of the saved file when there is one).
    VerifyOriginal,
    /// Import one page of a web archive (chosen from the list it holds).
    OpenArchivePage {
        path: PathBuf,
        url: String,
    },
    /// List the project's timestamped backups.
    ShowBackups,
    /// Open a backup in place of the project (unsaved until the user saves it).
    OpenBackup(PathBuf),
    /// How many backups to keep per project.
    SetBackupsToKeep(usize),
    /// Replace the document with the unsaved work in a recovery file.
    RestoreRecovery(PathBuf),
    /// Delete a recovery file without restoring it.
    DiscardRecovery(PathBuf),
    /// Close a project that is open read-only (another instance holds it): show the example.
    CloseReadOnly,
    /// Show who holds the project's lock, with the choice to take it over.
    AskTakeOver,
    /// Take the project's lock from a holder the user says is gone.
    TakeOverLock,
    /// Stop waiting for a file being opened in the background.
    CancelOpen,
}

impl Command {
    /// Whether the command changes the project (refused while it is open read-only).
    pub fn changes_project(&self) -> bool {
        matches!(
            self,
            Self::Undo
                | Self::Redo
                | Self::Save
                | Self::SetMetadata { .. }
                | Self::AddTarget(_)
                | Self::RemoveTarget(_)
                | Self::ConfirmAndNext
                | Self::SetTranslationText { .. }
                | Self::SetTranslationNote { .. }
                | Self::SetStatus { .. }
                | Self::SetKind { .. }
                | Self::ImportTranslation
                | Self::AskTranslationLanguage(_)
                | Self::ImportTranslationFrom { .. }
                | Self::AskSplit { .. }
                | Self::SplitParagraph { .. }
                | Self::Link(_)
                | Self::ReDecodeSource(_)
                | Self::RestoreRecovery(_)
                | Self::DiscardRecovery(_)
        )
    }
}

/// Alignment review operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOperation {
    Unlink,
    MergeSourceWithNext,
    MergeTargetWithNext,
    SwapWithNext,
    ShiftTargetUp,
    ShiftTargetDown,
    InsertEmptyCell,
    Realign,
    /// Open the split dialog for the first target (or source) paragraph of the link.
    SplitTarget,
    SplitSource,
}

/// A command that needs no argument, with its name and shortcuts, for menus and the palette.
#[derive(Debug, Clone)]
pub struct CommandEntry {
    pub command: Command,
    pub name: &'static str,
    pub shortcuts: Vec<KeyboardShortcut>,
}

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

const fn shortcut(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

/// Every argument-free command. The order matters for shortcuts: more specific modifier
/// combinations come first, because egui matches extra Shift/Alt loosely.
pub fn command_entries() -> Vec<CommandEntry> {
    vec![
        CommandEntry {
            command: Command::SaveAs,
            name: "Save as…",
            shortcuts: vec![shortcut(CTRL_SHIFT, Key::S)],
        },
        CommandEntry {
            command: Command::Save,
            name: "Save",
            shortcuts: vec![shortcut(CTRL, Key::S)],
        },
        CommandEntry {
            command: Command::NewFromArticle,
            name: "New from article…",
            shortcuts: vec![shortcut(CTRL, Key::N)],
        },
        CommandEntry {
            command: Command::ImportTranslation,
            name: "Import translation and align…",
            shortcuts: vec![shortcut(CTRL_SHIFT, Key::O)],
        },
        CommandEntry {
            command: Command::ShowBackups,
            name: "Revert to backup…",
            shortcuts: Vec::new(),
        },
        CommandEntry {
            command: Command::AskTakeOver,
            name: "Take over the project (read-only here)…",
            shortcuts: Vec::new(),
        },
        CommandEntry {
            command: Command::VerifyOriginal,
            name: "Verify stored original",
            shortcuts: Vec::new(),
        },
        CommandEntry {
            command: Command::OpenProject,
            name: "Open project…",
            shortcuts: vec![shortcut(CTRL, Key::O)],
        },
        CommandEntry {
            command: Command::Quit,
            name: "Quit",
            shortcuts: vec![shortcut(CTRL, Key::Q)],
        },
        CommandEntry {
            command: Command::Redo,
            name: "Redo",
            shortcuts: vec![shortcut(CTRL_SHIFT, Key::Z), shortcut(CTRL, Key::Y)],
        },
        CommandEntry {
            command: Command::Undo,
            name: "Undo",
            shortcuts: vec![shortcut(CTRL, Key::Z)],
        },
        CommandEntry {
            command: Command::ShowCommandPalette,
            name: "Command palette…",
            shortcuts: vec![
                shortcut(CTRL_SHIFT, Key::P),
                shortcut(Modifiers::NONE, Key::F1),
            ],
        },
        CommandEntry {
            command: Command::ZoomIn,
            name: "Zoom in",
            shortcuts: vec![shortcut(CTRL, Key::Equals), shortcut(CTRL, Key::Plus)],
        },
        CommandEntry {
            command: Command::ZoomOut,
            name: "Zoom out",
            shortcuts: vec![shortcut(CTRL, Key::Minus)],
        },
        CommandEntry {
            command: Command::ZoomReset,
            name: "Reset zoom",
            shortcuts: vec![shortcut(CTRL, Key::Num0)],
        },
        CommandEntry {
            command: Command::ToggleProjectPanel,
            name: "Show/hide project panel (metadata, languages)",
            shortcuts: vec![shortcut(CTRL, Key::I)],
        },
        CommandEntry {
            command: Command::ToggleTheme,
            name: "Toggle light/dark theme",
            shortcuts: vec![],
        },
        CommandEntry {
            command: Command::ConfirmAndNext,
            name: "Mark translated (or confirm link) and go to next row",
            shortcuts: vec![shortcut(CTRL, Key::Enter)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::ShiftTargetUp),
            name: "Shift target column up from this link",
            shortcuts: vec![shortcut(ALT_SHIFT, Key::ArrowUp)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::ShiftTargetDown),
            name: "Shift target column down from this link",
            shortcuts: vec![shortcut(ALT_SHIFT, Key::ArrowDown)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::SplitSource),
            name: "Split the link's source paragraph at the cursor…",
            shortcuts: vec![shortcut(ALT_SHIFT, Key::P)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::SplitTarget),
            name: "Split the link's target paragraph at the cursor…",
            shortcuts: vec![shortcut(ALT, Key::P)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::MergeTargetWithNext),
            name: "Merge target with next link",
            shortcuts: vec![shortcut(ALT_SHIFT, Key::M)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::MergeSourceWithNext),
            name: "Merge source with next link",
            shortcuts: vec![shortcut(ALT, Key::M)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::Unlink),
            name: "Unlink",
            shortcuts: vec![shortcut(ALT, Key::U)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::SwapWithNext),
            name: "Swap targets with next link",
            shortcuts: vec![shortcut(ALT, Key::S)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::InsertEmptyCell),
            name: "Insert empty target cell",
            shortcuts: vec![shortcut(ALT, Key::E)],
        },
        CommandEntry {
            command: Command::ToggleSentencePanel,
            name: "Show/hide the sentences of the selected link",
            shortcuts: vec![shortcut(ALT, Key::L)],
        },
        CommandEntry {
            command: Command::Link(LinkOperation::Realign),
            name: "Re-align selected links",
            shortcuts: vec![shortcut(ALT, Key::R)],
        },
        CommandEntry {
            command: Command::NextRow,
            name: "Next row",
            shortcuts: vec![shortcut(ALT, Key::ArrowDown)],
        },
        CommandEntry {
            command: Command::PreviousRow,
            name: "Previous row",
            shortcuts: vec![shortcut(ALT, Key::ArrowUp)],
        },
        CommandEntry {
            command: Command::ClearRecentFiles,
            name: "Clear recent files",
            shortcuts: vec![],
        },
    ]
}

/// The shortcut text shown beside a command in menus ("Ctrl+S").
pub fn shortcut_text(ctx: &egui::Context, command: &Command) -> String {
    command_entries()
        .into_iter()
        .find(|entry| entry.command == *command)
        .and_then(|entry| {
            entry
                .shortcuts
                .first()
                .map(|first| ctx.format_shortcut(first))
        })
        .unwrap_or_default()
}

/// Takes this frame's shortcut key presses out of the input, before any widget sees them,
/// and returns the commands they stand for.
pub fn consume_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let entries = command_entries();
    ctx.input_mut(|input| {
        let mut commands = Vec::new();
        for entry in &entries {
            for shortcut in &entry.shortcuts {
                while input.consume_shortcut(shortcut) {
                    commands.push(entry.command.clone());
                }
            }
        }
        commands
    })
}
