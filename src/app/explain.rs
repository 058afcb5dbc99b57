//! The library's refusals in the interface language: why an export was not made or not
//! written (and notes on one that was), why a file did not open, why a Sync stopped. The
//! library says the same in English for the command line (with its flags); the window names
//! its own choices instead. Causes from outside Diptych (the system's, git's) stay as they
//! were said.

use crate::io::LoadError;
use crate::io::export::{ExportError, ExportNote, Untranslated, WriteExportError};
use crate::io::import::ImportError;
use crate::io::import::decode::DecodeError;
use crate::io::import::web::{FallbackSource, ImportNote};
use crate::l10n::tr;
use crate::vcs::{GitError, SyncError};

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
            tr::explain_cannot_write(path.as_str(), io_reason(reason))
        }
        WriteExportError::Exists { path } => tr::explain_exists(path.as_str()),
        WriteExportError::IsProject { path } => tr::explain_is_project(path.as_str()),
        WriteExportError::Backup { path, reason } => {
            tr::explain_backup_failed(path.as_str(), io_reason(reason))
        }
    }
}

/// Why the system refused a file: the common reasons in the interface language, the rest as
/// the system says them.
#[must_use]
pub fn io_reason(error: &std::io::Error) -> String {
    use crate::io::fs::{NotRegularFile, SpecialKind};
    use std::io::ErrorKind;
    if let Some(refused) = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<NotRegularFile>())
    {
        let kind = match refused.kind {
            SpecialKind::Fifo => tr::explain_kind_fifo(),
            SpecialKind::Socket => tr::explain_kind_socket(),
            SpecialKind::Device => tr::explain_kind_device(),
            SpecialKind::Folder => tr::explain_kind_folder(),
            SpecialKind::Other => tr::explain_kind_other(),
        };
        return match &refused.reached {
            None => tr::explain_not_regular(kind),
            Some(reached) => tr::explain_not_regular_reached(reached.display().to_string(), kind),
        };
    }
    match error.kind() {
        ErrorKind::NotFound => tr::explain_io_not_found(),
        ErrorKind::PermissionDenied => tr::explain_io_permission_denied(),
        ErrorKind::IsADirectory => tr::explain_not_regular(tr::explain_kind_folder()),
        ErrorKind::StorageFull => tr::explain_io_storage_full(),
        ErrorKind::ReadOnlyFilesystem => tr::explain_io_read_only(),
        _ => error.to_string(),
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

/// A note on how an imported page was read.
#[must_use]
pub fn import_note(note: &ImportNote) -> String {
    match note {
        ImportNote::Encoding(reading) => {
            tr::explain_note_encoding(super::dock::charset_words((*reading, None)))
        }
        ImportNote::Fallback { words, source } => tr::explain_note_fallback(
            *words,
            match source {
                FallbackSource::Noscript => tr::explain_source_noscript(),
                FallbackSource::JsonLd => tr::explain_source_json_ld(),
            },
        ),
        ImportNote::FewWords { words, kilobytes } => tr::explain_note_few_words(*words, *kilobytes),
    }
}

/// Why a file could not be opened: the library's errors in the interface language, others
/// (and their causes) as they are.
#[must_use]
pub fn open_error(error: &anyhow::Error) -> String {
    use crate::io::OpenError;
    match error.downcast_ref::<OpenError>() {
        Some(OpenError::Load(error)) => load_error(error),
        Some(OpenError::Import(error)) => import_error(error),
        None => error
            .downcast_ref::<ImportError>()
            .map_or_else(|| format!("{error:#}"), import_error),
    }
}

fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Read { path, reason } => {
            tr::explain_cannot_read(path.as_str(), io_reason(reason))
        }
        LoadError::NotText { path, offset } => tr::explain_not_text(path.as_str(), *offset),
        LoadError::Syntax {
            path,
            line,
            column,
            message,
        } => tr::explain_syntax(
            path.as_str(),
            line.to_string(),
            column.to_string(),
            message.as_str(),
        ),
        LoadError::NewerVersion { path, found } => tr::explain_newer_version(
            path.as_str(),
            found.to_string(),
            crate::io::project_file::CURRENT_VERSION.to_string(),
        ),
        LoadError::UnknownVersion { path, found } => {
            tr::explain_unknown_version(path.as_str(), found.to_string())
        }
        LoadError::Invalid { path, problem } => {
            tr::explain_inconsistent(path.as_str(), problem.to_string())
        }
    }
}

fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Read { path, reason } => {
            tr::explain_cannot_read(path.as_str(), io_reason(reason))
        }
        ImportError::Decode { path, reason } => {
            tr::explain_with_path(path.as_str(), decode_error(reason))
        }
        ImportError::TooLarge {
            path,
            size_mb,
            limit_mb,
        } => tr::explain_too_large(path.as_str(), *size_mb, *limit_mb),
        ImportError::NoText { path } => tr::explain_no_text(path.as_str()),
        ImportError::NoSuchRecord { path, url, .. } => {
            tr::explain_no_such_record(path.as_str(), url.as_str())
        }
        // The archive's own words, the pages to choose from, running out of ids.
        other => other.to_string(),
    }
}

fn decode_error(error: &DecodeError) -> String {
    match error {
        DecodeError::Empty => tr::explain_empty_file(),
        DecodeError::Binary(_) => tr::explain_binary(),
        DecodeError::UnsupportedEncoding { detected } => {
            tr::explain_unsupported_encoding(*detected)
        }
        DecodeError::NotReproducible { encoding } => tr::explain_not_reproducible(*encoding),
        DecodeError::InvalidUtf16 => tr::explain_invalid_utf16(),
    }
}

/// Why a Sync could not start or commit.
#[must_use]
pub fn sync_error(error: &SyncError) -> String {
    match error {
        SyncError::Git(error) => git_error(error),
        SyncError::OtherConflicts(files) => tr::explain_sync_other_conflicts(files.as_str()),
        SyncError::Unreadable(reason) => tr::explain_sync_unreadable(reason.as_str()),
        SyncError::Unresolved(count) => tr::explain_sync_unresolved(*count),
        SyncError::MergeUndone(count, example) => {
            tr::explain_sync_merge_undone(*count, example.as_str())
        }
        SyncError::Unmerged => tr::explain_sync_unmerged(),
        SyncError::OtherUnresolved(project) => tr::explain_sync_other_unresolved(project.as_str()),
        SyncError::Detached => tr::explain_sync_detached(),
        // Setting the clone up: git's and the file system's words.
        SyncError::SetUp(error) => error.to_string(),
    }
}

fn git_error(error: &GitError) -> String {
    match error {
        GitError::NotInstalled(reason) => tr::explain_git_not_installed(reason.to_string()),
        GitError::NotARepository(path) => {
            tr::explain_git_not_a_repository(path.display().to_string())
        }
        GitError::NoSuchFile(path) => tr::explain_git_no_such_file(path.display().to_string()),
        GitError::Outside { project, top } => {
            tr::explain_git_outside(project.display().to_string(), top.display().to_string())
        }
        GitError::Failed { command, message } => {
            tr::explain_git_failed(command.as_str(), message.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Language, with_language};

    #[test]
    fn a_file_that_does_not_open_is_explained_in_the_interface_language() {
        let directory = tempfile::tempdir().unwrap();
        let binary = directory.path().join("page.txt");
        std::fs::write(&binary, b"text\0\0\0\x01\x02 more").unwrap();
        let error = crate::io::open_path(&binary, &crate::io::ImportOptions::default())
            .err()
            .map(anyhow::Error::from)
            .unwrap();
        let english = with_language(Language::English, || open_error(&error));
        assert!(english.contains("binary file"), "{english}");
        let russian = with_language(Language::Russian, || open_error(&error));
        assert!(russian.contains("двоичный файл"), "{russian}");
        assert!(russian.contains("page.txt"), "{russian}");
        let missing = crate::io::open_path(
            &directory.path().join("gone.diptych.ron"),
            &crate::io::ImportOptions::default(),
        )
        .err()
        .map(anyhow::Error::from)
        .unwrap();
        let azerbaijani = with_language(Language::Azerbaijani, || open_error(&missing));
        assert!(
            azerbaijani.starts_with("oxumaq mümkün olmadı"),
            "{azerbaijani}"
        );
        assert!(
            azerbaijani.ends_with("belə fayl və ya qovluq yoxdur"),
            "{azerbaijani}"
        );
        let folder = crate::io::open_path(directory.path(), &crate::io::ImportOptions::default())
            .err()
            .map(anyhow::Error::from)
            .unwrap();
        let russian = with_language(Language::Russian, || open_error(&folder));
        assert!(
            russian.contains("это папка; Diptych читает и записывает только обычные файлы"),
            "{russian}"
        );
        let english = with_language(Language::English, || open_error(&folder));
        assert!(
            english.contains("it is a folder; Diptych reads and writes only regular files"),
            "{english}"
        );
    }

    #[test]
    fn a_sync_that_stops_is_explained_in_the_interface_language() {
        let error = SyncError::Git(GitError::NotARepository("/tmp/news".into()));
        let russian = with_language(Language::Russian, || sync_error(&error));
        assert!(
            russian.starts_with("/tmp/news не находится в рабочей копии git"),
            "{russian}"
        );
        assert_eq!(
            with_language(Language::English, || sync_error(&SyncError::Unresolved(2))),
            SyncError::Unresolved(2).to_string()
        );
    }
}
