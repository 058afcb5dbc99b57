//! The library's refusals and notes on an export in the interface language: why an export was
//! not made or not written, and what the user should know about one that was. The library
//! says the same in English for the command line (with its flags); the window names its own
//! choices instead.

use crate::io::export::{ExportError, ExportNote, Untranslated, WriteExportError};
use crate::l10n::tr;

use super::jobs::ExportJobError;
use super::words;

/// Why an export did not happen.
#[must_use]
pub fn export_job_error(error: &ExportJobError) -> String {
    match error {
        ExportJobError::Export(error) => export_error(error),
        ExportJobError::Write(error) => write_error(error),
        ExportJobError::Stopped => error.to_string(),
    }
}

fn export_error(error: &ExportError) -> String {
    match error {
        ExportError::NotATarget { language, targets } => {
            tr::explain_not_a_target(words::language_name(language), targets.as_str())
        }
        ExportError::Untranslated { language, missing } => tr::explain_untranslated(
            missing.len(),
            words::language_name(language),
            untranslated_list(missing),
        ),
        ExportError::NothingToExport => tr::explain_nothing_to_export(),
        ExportError::EmptyMemory => tr::explain_empty_memory(),
        // The DOCX writer's own words.
        ExportError::Docx(error) => error.to_string(),
    }
}

fn untranslated_list(missing: &[Untranslated]) -> String {
    const SHOWN: usize = 12;
    let mut list: Vec<String> = missing
        .iter()
        .take(SHOWN)
        .map(|paragraph| {
            tr::explain_untranslated_row(paragraph.row.to_string(), paragraph.excerpt.as_str())
        })
        .collect();
    if missing.len() > SHOWN {
        list.push(tr::explain_untranslated_more(missing.len() - SHOWN));
    }
    list.join(", ")
}

fn write_error(error: &WriteExportError) -> String {
    match error {
        WriteExportError::Target { path, reason } | WriteExportError::Write { path, reason } => {
            tr::explain_cannot_write(path.as_str(), reason.to_string())
        }
        WriteExportError::Exists { path } => tr::explain_exists(path.as_str()),
        WriteExportError::IsProject { path } => tr::explain_is_project(path.as_str()),
        WriteExportError::Backup { path, reason } => {
            tr::explain_backup_failed(path.as_str(), reason.to_string())
        }
    }
}

/// A note on an export that was written.
#[must_use]
pub fn export_note(note: &ExportNote) -> String {
    match note {
        ExportNote::SourceKept { count, language } => {
            tr::explain_source_kept(*count, words::language_name(language))
        }
        ExportNote::Stale { count, language } => {
            tr::explain_stale(*count, words::language_name(language))
        }
        ExportNote::Conflicts { count, language } => {
            tr::explain_conflicts(*count, words::language_name(language))
        }
        ExportNote::Dropped { count } => tr::explain_dropped(*count),
    }
}
