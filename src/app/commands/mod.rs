//! Commands: everything the user can do, as data. Menus, keyboard shortcuts, the command
//! palette, the screens and the dialogs all emit [`Command`] values; the app applies them
//! after drawing (see `app/apply`). The [`table`] gives each argument-free command its text,
//! tooltip and shortcuts: menus, the palette and the README's keyboard table read them there.

mod table;

use std::path::PathBuf;

pub use table::{
    CommandEntry, command_entries, consume_shortcuts, keyboard_table, shortcut_label, shortcut_text,
};

use crate::app::dialogs::DialogPurpose;
use crate::io::export::ExportFormat;
use crate::model::{
    DocumentRef, FindingPlace, IgnoredFinding, LanguageTag, LinkFilter, MetadataField, ParagraphId,
    ParagraphKind, Resolution, TextEncoding, TranslationStatus,
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
    /// Speak this language in the window from now on (and remember it); `None`: follow the
    /// system's language again.
    SetInterfaceLanguage(Option<crate::l10n::Language>),
    ToggleTheme,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ShowCommandPalette,
    ToggleProjectPanel,
    /// Show or hide the translation memory's matches for the selected row.
    ToggleMatchesPanel,
    /// Put match `n` (from 1) of the Matches panel into the selected row's translation.
    InsertMatch(usize),
    /// Stop building the translation memory.
    CancelBuildingMemory,
    /// Build the translation memory again (after it was stopped).
    BuildMemoryAgain,
    /// Fill the shown target's empty rows from identical sources in the memory (drafts).
    Pretranslate,
    /// Stop pre-translating.
    CancelPretranslate,
    /// Open the concordance (search the memory for a word or phrase).
    ShowConcordance,
    /// Search the memory for this word or phrase (the concordance's field changed).
    SearchConcordance(String),
    /// Show the settings (library folder, lowest match score).
    ShowSettings,
    /// Pick the library folder with a dialog.
    ChooseLibrary,
    /// Use this library folder (`None`: the default one).
    SetLibrary(Option<PathBuf>),
    /// Show memory matches of this score or more.
    SetMatchMinimum(u8),
    /// Show or hide the glossary terms of the selected row.
    ToggleTermsPanel,
    /// Add a term pair to the glossary (offering the text selected in the source and the
    /// translation).
    AddTerm,
    /// Show the whole glossary of the shown languages.
    ShowGlossary,
    /// Edit a term pair of the glossary Diptych keeps.
    EditTerm(Box<crate::io::import::glossary::GlossaryEntry>),
    /// Write a change to the glossary Diptych keeps (in the background).
    SaveTerm {
        from: LanguageTag,
        to: LanguageTag,
        change: Box<crate::io::glossary_file::GlossaryChange>,
    },
    /// Put a target term into the selected row's translation at the cursor.
    InsertTerm(String),
    /// Stop reading or writing the glossary.
    CancelGlossaryJobs,
    /// Choose a file to write the shown languages' glossary to, as TBX.
    ExportGlossary,
    /// Write the shown languages' glossary to this file, as TBX (in the background).
    ExportGlossaryTo(PathBuf),
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
    /// Stop waiting for a translation being imported and aligned in the background.
    CancelAlignment,
    /// The answer "Save" to the unsaved-changes question: save, then run the command.
    SaveThen(Box<Command>),
    /// The answer "Discard" to the unsaved-changes question: run the command, letting the
    /// unsaved work go once a new document really replaces it.
    DiscardThen(Box<Command>),
    /// A path typed into the path prompt (when no file dialog could be shown).
    PathChosen {
        purpose: DialogPurpose,
        path: PathBuf,
    },
    /// The path prompt was cancelled: what it was for will not happen.
    AbandonPathPrompt,
    /// A question on the way to an action the user answered "Discard" for was cancelled.
    WithdrawDiscard,
    /// Open the export dialog.
    ShowExport,
    /// Write the translated article to a file (in the background).
    Export(ExportChoice),
    /// Stop waiting for an export being written.
    CancelExport,
    /// Pick a translation memory to fill empty translations from.
    FillFromMemory,
    /// Fill empty translations from the exact matches of the memory at this path.
    FillFromMemoryFile(PathBuf),
    /// Stop reading a translation memory.
    CancelReadingMemory,
    /// Take the file's version of the translations an import found in conflict (each only
    /// if the translation here is still the one it was found against), as one undo step.
    ReplaceImportConflicts {
        language: LanguageTag,
        conflicts: Vec<crate::io::import::xliff_update::Conflict>,
    },
    /// Open the find bar (with the replace field when `ShowReplace`).
    ShowFind,
    ShowReplace,
    /// Show the next (or previous) match of the find bar.
    FindNext,
    FindPrevious,
    /// Replace the match shown and go to the next one.
    ReplaceCurrent,
    /// Replace every match in the translations, as one undo step.
    ReplaceAll,
    CloseFind,
    /// Show the library screen, or go back to the project.
    ToggleLibrary,
    /// Bring the library's index up to date with its folder.
    RefreshLibrary,
    /// Stop indexing the library or adding files to it.
    CancelLibraryJob,
    /// Import these articles into the library (those saved there already only when
    /// `separate`).
    AddToLibrary {
        files: Vec<PathBuf>,
        separate: bool,
    },
    /// Forget what the last drop onto the library did.
    DismissLibraryAdded,
    /// Set the tags and note of a project of the library.
    DescribeLibraryProject {
        project: PathBuf,
        tags: String,
        note: String,
    },
    /// Open a project of the library.
    OpenLibraryProject(PathBuf),
    /// Open a project of the library and add `file` as a new capture of its article (shown
    /// for review first).
    AddLibraryCapture {
        project: PathBuf,
        file: PathBuf,
    },
    /// Open the project of a search hit and show its paragraph.
    OpenLibraryHit(Box<crate::library::Hit>),
    /// Choose a new folder for the project's archival package (BagIt).
    ExportBag,
    /// Write the project's archival package as this new folder (in the background).
    ExportBagTo(PathBuf),
    /// Pick a new capture of the article (the page saved again) to compare and make current.
    AddCapture,
    /// Read this file as a new capture of the article (in the background), then show what
    /// changed.
    AddCaptureFrom(PathBuf),
    /// Make the reviewed new capture the current one (one undo step).
    ApplyCapture,
    /// The stale translation is right for the new source as it is: it is up to date again.
    KeepStaleTranslation {
        paragraph_id: ParagraphId,
        language: LanguageTag,
    },
    /// Go to the next translation a new capture made stale.
    NextStale,
    /// Choose a version for a translation a merge left with two.
    ResolveConflict {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        resolution: Resolution,
    },
    /// Choose a version for a metadata field a merge left with two.
    ResolveMetadataConflict {
        field: MetadataField,
        resolution: Resolution,
    },
    /// Go to the next translation a merge left with two versions.
    NextConflict,
    /// Commit the saved project, merge the others' work (per record) and push, through git.
    SyncWithGit,
    /// Show or hide the History panel (the project's commits, the selected row's changes).
    ToggleHistoryPanel,
    /// Make an earlier version of a row's translation current again (one undo step).
    RestoreTranslation {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        version: crate::model::TranslationVersion,
    },
    /// Show or hide the QA panel (the findings of the checks).
    ToggleQaPanel,
    /// Check the whole project now.
    RunQa,
    /// Show where a finding is: its row in the grid, or its link in the alignment review.
    GoToFinding {
        language: LanguageTag,
        place: FindingPlace,
    },
    /// Ignore a finding from now on (kept in the project file).
    IgnoreFinding(Box<IgnoredFinding>),
    /// Report an ignored finding again.
    UnignoreFinding(Box<IgnoredFinding>),
    /// Report every ignored finding again.
    ShowIgnoredFindings,
    /// Switch a check on or off for this project.
    SetCheckEnabled {
        check: String,
        enabled: bool,
    },
    /// Replace the misspelt word at `range` (bytes) of a translation with `with`.
    ReplaceWord {
        paragraph_id: ParagraphId,
        language: LanguageTag,
        range: (usize, usize),
        with: String,
    },
    /// Add a word to the personal word list of a language (in the library).
    AddToDictionary {
        language: LanguageTag,
        word: String,
    },
    /// Let a word pass until Diptych closes.
    IgnoreWord {
        language: LanguageTag,
        word: String,
    },
    /// Pick the folder of spelling dictionaries with a dialog.
    ChooseDictionaries,
    /// Use this folder of spelling dictionaries (`None`: the library's and the system's).
    SetDictionaries(Option<PathBuf>),
}

/// What the export dialog was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is one independent choice of the export dialog"
)]
pub struct ExportChoice {
    pub format: ExportFormat,
    pub language: LanguageTag,
    /// A second language beside the first (review copies only).
    pub also: Option<LanguageTag>,
    /// Keep the source text of untranslated paragraphs instead of refusing.
    pub allow_incomplete: bool,
    /// Translation memories: take drafts too.
    pub include_drafts: bool,
    /// Translation memories: sentence pairs instead of paragraph pairs.
    pub sentences: bool,
    /// Replace the file if it exists (a backup of it is kept).
    pub replace: bool,
    pub path: PathBuf,
}

impl Command {
    /// Whether the command changes the project (refused while it is open read-only). Every
    /// command is listed, so a new one must say which it is.
    pub fn changes_project(&self) -> bool {
        match self {
            Self::Undo
            | Self::Redo
            | Self::Save
            | Self::SaveThen(_)
            | Self::SetMetadata { .. }
            | Self::AddTarget(_)
            | Self::RemoveTarget(_)
            | Self::ConfirmAndNext
            | Self::InsertMatch(_)
            | Self::InsertTerm(_)
            | Self::Pretranslate
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
            | Self::FillFromMemory
            | Self::FillFromMemoryFile(_)
            | Self::ReplaceImportConflicts { .. }
            | Self::IgnoreFinding(_)
            | Self::UnignoreFinding(_)
            | Self::ShowIgnoredFindings
            | Self::SetCheckEnabled { .. }
            | Self::ReplaceWord { .. }
            | Self::ReplaceCurrent
            | Self::ReplaceAll
            | Self::AddCaptureFrom(_)
            | Self::ApplyCapture
            | Self::KeepStaleTranslation { .. }
            | Self::ResolveConflict { .. }
            | Self::ResolveMetadataConflict { .. }
            | Self::RestoreTranslation { .. } => true,
            Self::DiscardThen(then) => then.changes_project(),
            Self::PathChosen { purpose, .. } => matches!(
                purpose,
                DialogPurpose::ImportTranslation
                    | DialogPurpose::FillFromMemory
                    | DialogPurpose::AddCapture
            ),
            Self::NewFromArticle
            | Self::ToggleLibrary
            | Self::RefreshLibrary
            | Self::CancelLibraryJob
            | Self::AddToLibrary { .. }
            | Self::DismissLibraryAdded
            | Self::DescribeLibraryProject { .. }
            | Self::OpenLibraryProject(_)
            | Self::AddLibraryCapture { .. }
            | Self::OpenLibraryHit(_)
            | Self::OpenProject
            | Self::OpenPath(_)
            | Self::SaveAs
            | Self::SaveTo(_)
            | Self::ClearRecentFiles
            | Self::Quit
            | Self::SetTargetLanguage(_)
            | Self::SetInterfaceLanguage(_)
            | Self::ToggleTheme
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::ShowCommandPalette
            | Self::ToggleProjectPanel
            | Self::SelectRow(_)
            | Self::NextRow
            | Self::PreviousRow
            | Self::EndTyping
            | Self::SelectLink { .. }
            | Self::ToggleLinkFilter(_)
            | Self::ToggleSentencePanel
            | Self::ToggleAlignedColumn(_)
            | Self::VerifyOriginal
            | Self::OpenArchivePage { .. }
            | Self::ShowBackups
            | Self::OpenBackup(_)
            | Self::SetBackupsToKeep(_)
            | Self::CloseReadOnly
            | Self::AskTakeOver
            | Self::TakeOverLock
            | Self::CancelOpen
            | Self::CancelAlignment
            | Self::AbandonPathPrompt
            | Self::WithdrawDiscard
            | Self::ShowExport
            | Self::Export(_)
            | Self::CancelExport
            | Self::CancelReadingMemory
            | Self::ToggleMatchesPanel
            | Self::CancelBuildingMemory
            | Self::BuildMemoryAgain
            | Self::ShowConcordance
            | Self::SearchConcordance(_)
            | Self::ToggleTermsPanel
            | Self::ShowSettings
            | Self::ChooseLibrary
            | Self::SetLibrary(_)
            | Self::SetMatchMinimum(_)
            | Self::AddTerm
            | Self::ShowGlossary
            | Self::EditTerm(_)
            | Self::SaveTerm { .. }
            | Self::CancelGlossaryJobs
            | Self::ExportGlossary
            | Self::ExportGlossaryTo(_)
            | Self::ExportBag
            | Self::ExportBagTo(_)
            | Self::AddCapture
            | Self::NextStale
            | Self::NextConflict
            | Self::SyncWithGit
            | Self::ToggleHistoryPanel
            | Self::CancelPretranslate
            | Self::ShowFind
            | Self::ShowReplace
            | Self::FindNext
            | Self::FindPrevious
            | Self::CloseFind
            | Self::ToggleQaPanel
            | Self::RunQa
            | Self::GoToFinding { .. }
            | Self::AddToDictionary { .. }
            | Self::IgnoreWord { .. }
            | Self::ChooseDictionaries
            | Self::SetDictionaries(_) => false,
        }
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
