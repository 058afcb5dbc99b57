//! Importing translations from another tool's file, read by a background job: an XLIFF file
//! exported from this project updates it by paragraph id; a TMX memory fills empty
//! translations from exact matches. Either way the result is one undoable edit on the
//! document it was asked for, with a report.

use std::path::{Path, PathBuf};

use super::edit::EditContext;
use crate::app::jobs::{JobKind, Jobs, MemoryJobError};
use crate::app::overlays::{Modal, Overlays, ToastLevel};
use crate::app::session::DocumentBasis;
use crate::io::import::exchange::{ExchangeFile, read_exchange_file};
use crate::io::import::tmx::TmxDocument;
use crate::io::import::xliff::XliffDocument;
use crate::io::import::xliff_update::{Conflict, LanguageChoice, xliff_update};
use crate::l10n::tr;
use crate::memory::fill_exact_matches;
use crate::model::{Edit, LanguageTag};

/// Starts reading the memory at `path`.
pub fn start_reading(
    path: PathBuf,
    basis: DocumentBasis,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    if jobs.is_running(JobKind::ReadMemory) {
        overlays.toast(ToastLevel::Info, tr::memory_still_reading());
        return;
    }
    let thread_path = path.clone();
    let started = jobs.start_memory(path, basis, move |_| {
        read_exchange_file(&thread_path).map_err(MemoryJobError::from)
    });
    if let Err(error) = started {
        overlays.toast(
            ToastLevel::Error,
            tr::memory_start_failed(error.to_string()),
        );
    }
}

/// Uses a memory a background job read, if it still fits the document (`still_fits`: the
/// same document, unchanged source, not read-only).
pub fn finished(
    editing: &mut EditContext<'_>,
    path: &Path,
    still_fits: bool,
    result: Result<ExchangeFile, MemoryJobError>,
) {
    match result {
        Err(error) => editing.overlays.toast(ToastLevel::Error, error.to_string()),
        Ok(_) if !still_fits => editing.overlays.toast(
            ToastLevel::Warning,
            tr::memory_not_used(path.display().to_string()),
        ),
        Ok(ExchangeFile::Memory(memory)) => fill(editing, path, &memory),
        Ok(ExchangeFile::Xliff(document)) => update(editing, path, &document),
    }
}

/// Fills every target's empty translations from `memory`'s exact matches, as one undo step.
fn fill(editing: &mut EditContext<'_>, path: &Path, memory: &TmxDocument) {
    let project = &editing.document.project;
    let mut edits = Vec::new();
    let mut lines = Vec::new();
    let mut filled = 0;
    for language in &project.targets {
        let (edit, report) = fill_exact_matches(project, memory, language);
        edits.extend(edit);
        filled += report.filled;
        lines.push(format!(
            "{language}: {}",
            crate::app::reports::fill(&report)
        ));
    }
    if !edits.is_empty() {
        editing.document.history.close_group();
        editing.edit(crate::model::Edit::Batch(edits), None);
        editing.document.history.close_group();
        editing.view.grid.reset();
    }
    let (path, units, lines) = (
        path.display().to_string(),
        memory.units.len(),
        lines.join("; "),
    );
    let message = if filled > 0 {
        tr::memory_filled_drafts(path, units, lines)
    } else {
        tr::memory_filled(path, units, lines)
    };
    editing.overlays.toast(ToastLevel::Info, message);
}

/// Brings an XLIFF file's translations, statuses and notes in, as one undo step; translations
/// that differ from non-empty ones here are reported as conflicts and left alone.
fn update(editing: &mut EditContext<'_>, path: &Path, document: &XliffDocument) {
    let choice = LanguageChoice {
        required: None,
        fallback: editing.view.target.as_ref(),
    };
    let (edit, report, language) =
        match xliff_update(&editing.document.project, document, choice, false) {
            Ok(result) => result,
            Err(error) => {
                editing
                    .overlays
                    .toast(ToastLevel::Error, format!("{}: {error}", path.display()));
                return;
            }
        };
    if let Some(edit) = edit {
        editing.document.history.close_group();
        editing.edit(edit, None);
        editing.document.history.close_group();
        editing.view.grid.reset();
    }
    let mut message = format!(
        "{} ({language}): {}.",
        path.display(),
        crate::app::describe::xliff_report(&report)
    );
    if document.dropped_markup > 0 {
        message.push(' ');
        message.push_str(&tr::memory_dropped_markup(document.dropped_markup));
    }
    if report.updated > 0 {
        message.push(' ');
        message.push_str(&tr::memory_import_undo());
    }
    if report.conflicts > 0 && editing.overlays.modal.is_none() {
        // The translator decides: keep the translations here, or take the file's.
        let project = &editing.document.project;
        let conflicts = report
            .conflicting
            .iter()
            .map(|conflict| {
                let row = project
                    .paragraph_index(conflict.paragraph_id)
                    .map_or(0, |index| index + 1);
                (row, conflict.clone())
            })
            .collect();
        editing.overlays.show(Modal::ImportConflicts {
            path: path.to_path_buf(),
            language,
            conflicts,
            report: message,
        });
        return;
    }
    let level = if report.conflicts > 0 {
        ToastLevel::Warning
    } else {
        ToastLevel::Info
    };
    editing.overlays.toast(level, message);
}

/// Takes the file's version of the conflicts the translator chose to replace, as one undo
/// step; one whose translation here changed since the dialog showed it is left alone.
pub fn replace_conflicts(
    editing: &mut EditContext<'_>,
    language: &LanguageTag,
    conflicts: &[Conflict],
) {
    let project = &editing.document.project;
    let edits: Vec<Edit> = conflicts
        .iter()
        .filter_map(|conflict| conflict.replacement(project, language))
        .collect();
    let changed_since = conflicts.len() - edits.len();
    let replaced = edits.len();
    if !edits.is_empty() {
        editing.document.history.close_group();
        editing.edit(Edit::Batch(edits), None);
        editing.document.history.close_group();
        editing.view.grid.reset();
    }
    let mut message = tr::memory_replaced(replaced);
    if changed_since > 0 {
        message.push(' ');
        message.push_str(&tr::memory_changed_since(changed_since));
    }
    if replaced > 0 {
        message.push(' ');
        message.push_str(&tr::memory_replaced_undo());
    }
    editing.overlays.toast(ToastLevel::Info, message);
}
