//! Filling translations from a translation memory: the file is read by a background job; its
//! exact matches become one undoable edit on the document it was asked for, with a report.

use std::path::{Path, PathBuf};

use super::edit::EditContext;
use crate::app::jobs::{JobKind, Jobs, MemoryJobError};
use crate::app::overlays::{Overlays, ToastLevel};
use crate::app::session::DocumentBasis;
use crate::io::import::tmx::{TmxDocument, read_tmx};
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
        read_tmx(&bytes).map_err(|reason| MemoryJobError::Tmx {
            path: shown(),
            reason,
        })
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
    result: Result<TmxDocument, MemoryJobError>,
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
        Ok(memory) => fill(editing, path, &memory),
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
