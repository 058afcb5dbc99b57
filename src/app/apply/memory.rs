//! Importing translations from another tool's file, read by a background job: an XLIFF file
//! exported from this project updates it by paragraph id; a TMX memory fills empty
//! translations from exact matches. Either way the result is one undoable edit on the
//! document it was asked for, with a report.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::edit::EditContext;
use crate::app::jobs::{ExchangeFile, JobKind, Jobs, MemoryJobError};
use crate::app::overlays::{Overlays, ToastLevel};
use crate::app::session::DocumentBasis;
use crate::io::import::tmx::{TmxDocument, read_tmx};
use crate::io::import::xliff::{XliffDocument, read_xliff};
use crate::io::import::xliff_update::{LanguageChoice, xliff_update};
use crate::memory::fill_exact_matches;

/// Starts reading the memory at `path`.
pub fn start_reading(
    path: PathBuf,
    basis: DocumentBasis,
    jobs: &mut Jobs,
    overlays: &mut Overlays,
) {
    if jobs.is_running(JobKind::ReadMemory) {
        overlays.toast(
            ToastLevel::Info,
            "A memory is still being read; wait for it or cancel it first.",
        );
        return;
    }
    let thread_path = path.clone();
    let started = jobs.start_memory(path, basis, move |_| {
        let shown = || thread_path.display().to_string();
        let bytes =
            crate::io::read_file_capped(&thread_path).map_err(|reason| MemoryJobError::Read {
                path: shown(),
                reason,
            })?;
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).into_owned();
        if head.contains("<xliff") {
            read_xliff(&bytes)
                .map(ExchangeFile::Xliff)
                .map_err(|reason| MemoryJobError::Xliff {
                    path: shown(),
                    reason,
                })
        } else {
            read_tmx(&bytes)
                .map(ExchangeFile::Memory)
                .map_err(|reason| MemoryJobError::Tmx {
                    path: shown(),
                    reason,
                })
        }
    });
    if let Err(error) = started {
        overlays.toast(ToastLevel::Error, format!("cannot start reading: {error}"));
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
            format!(
                "{} was not used: the project changed (or became read-only) while it was read. \
                 Fill from it again.",
                path.display()
            ),
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
            "{language}: {} filled, {} already translated, {} without a match",
            report.filled, report.already_translated, report.no_match
        ));
    }
    if !edits.is_empty() {
        editing.document.history.close_group();
        editing.edit(crate::model::Edit::Batch(edits), None);
        editing.document.history.close_group();
        editing.view.grid.reset();
    }
    editing.overlays.toast(
        ToastLevel::Info,
        format!(
            "{} ({} units): {}.{}",
            path.display(),
            memory.units.len(),
            lines.join("; "),
            if filled > 0 {
                " Filled translations are drafts; Ctrl+Z takes them all back."
            } else {
                ""
            }
        ),
    );
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
    let mut message = format!("{} ({language}): {}.", path.display(), report.describe());
    if report.conflicts > 0 {
        message.push_str(
            " Conflicts are translations that differ from ones already here; they were left as \
             they are.",
        );
    }
    if document.dropped_markup > 0 {
        // Writing to a String cannot fail.
        write!(
            message,
            " {} inline element(s) were dropped; their text was kept.",
            document.dropped_markup
        )
        .ok();
    }
    if report.updated > 0 {
        message.push_str(" Ctrl+Z takes the whole import back.");
    }
    let level = if report.conflicts > 0 {
        ToastLevel::Warning
    } else {
        ToastLevel::Info
    };
    editing.overlays.toast(level, message);
}
