//! The glossary Diptych writes: terms the user adds, edits or deletes (in the window or with
//! `diptych glossary add`) live in one TBX-Basic file per language pair in the library's
//! `glossary/` folder, `diptych.<from>-<to>.tbx`, beside any glossaries the user brought.
//! Each change reads the file anew, applies itself, and writes the file atomically after a
//! backup, so a change made elsewhere meanwhile is kept or reported, never overwritten.

use std::path::{Path, PathBuf};

use crate::io::export::{WriteExportError, glossary_tbx, write_export_file};
use crate::io::import::glossary::{GlossaryEntry, GlossaryError, read_tbx};
use crate::model::primary_language;

/// What to change in the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GlossaryChange {
    Add(GlossaryEntry),
    /// The entry as it was, and as it is to be.
    Replace {
        old: GlossaryEntry,
        new: GlossaryEntry,
    },
    Remove(GlossaryEntry),
}

/// Why a change was not made.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryFileError {
    #[error("{path}: {reason}")]
    Read { path: String, reason: String },
    #[error("“{source_term}” → “{target}” is already in the glossary")]
    Duplicate { source_term: String, target: String },
    #[error(
        "“{source_term}” → “{target}” is no longer in {path} (was it changed elsewhere?); nothing was changed"
    )]
    Missing {
        source_term: String,
        target: String,
        path: String,
    },
    #[error("a term and its translation must both have text")]
    Empty,
    #[error("{path}: {reason}")]
    Lock { path: String, reason: String },
    #[error("writing the glossary stopped unexpectedly; see the glossary for whether it changed")]
    Stopped,
    #[error(transparent)]
    Write(#[from] WriteExportError),
}

/// The file Diptych keeps the `from` → `to` terms in, in `library`.
pub fn own_glossary_path(library: &Path, from: &str, to: &str) -> PathBuf {
    crate::io::library::glossary_dir(library).join(format!(
        "diptych.{}-{}.tbx",
        primary_language(from),
        primary_language(to)
    ))
}

/// The entries of the glossary at `path` (none when there is no file yet).
pub fn read_own_glossary(
    path: &Path,
    from: &str,
    to: &str,
) -> Result<Vec<GlossaryEntry>, GlossaryFileError> {
    let read_error = |reason: String| GlossaryFileError::Read {
        path: path.display().to_string(),
        reason,
    };
    match crate::io::read_file_capped(path) {
        Ok(bytes) => {
            read_tbx(&bytes, from, to).map_err(|error: GlossaryError| read_error(error.to_string()))
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(error) => Err(read_error(error.to_string())),
    }
}

/// How long a change waits for another one to finish.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Holds the lock that makes changes to the glossary at `path` one at a time (an operating
/// system file lock on `.NAME.lock` beside it, let go when the returned file is dropped or
/// the process ends).
fn hold_change_lock(path: &Path) -> Result<std::fs::File, GlossaryFileError> {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lock_path = path.with_file_name(format!(".{name}.lock"));
    let error = |reason: String| GlossaryFileError::Lock {
        path: lock_path.display().to_string(),
        reason,
    };
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|reason| error(reason.to_string()))?;
    }
    if std::fs::symlink_metadata(&lock_path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(error("not a regular file; remove it".to_owned()));
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&lock_path)
        .map_err(|reason| error(reason.to_string()))?;
    let started = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(std::fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(error(
                    "another change to this glossary has not finished in 10 s; nothing was changed"
                        .to_owned(),
                ));
            }
            Err(std::fs::TryLockError::Error(reason)) => return Err(error(reason.to_string())),
        }
    }
}

/// An entry as the glossary keeps it: each text on one line with single spaces, without
/// control characters; both terms must have text.
pub fn tidy(entry: &GlossaryEntry) -> Result<GlossaryEntry, GlossaryFileError> {
    let one_line = |text: &str| {
        text.split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|word| !word.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let tidy = GlossaryEntry {
        source: one_line(&entry.source),
        target: one_line(&entry.target),
        note: one_line(&entry.note),
        forbidden: entry.forbidden,
    };
    if tidy.source.is_empty() || tidy.target.is_empty() {
        return Err(GlossaryFileError::Empty);
    }
    Ok(tidy)
}

/// Applies `change` to the `from` → `to` glossary Diptych keeps in `library`, and returns
/// the file and how many entries it now holds.
pub fn change_own_glossary(
    library: &Path,
    from: &str,
    to: &str,
    change: &GlossaryChange,
) -> Result<(PathBuf, usize), GlossaryFileError> {
    let path = own_glossary_path(library, from, to);
    // One change at a time, across processes: each reads what the one before wrote.
    let _lock = hold_change_lock(&path)?;
    let mut entries = read_own_glossary(&path, from, to)?;
    // Terms are recognised whatever their case, so "METRO" is "metro" here too.
    let same_pair = |one: &GlossaryEntry, other: &GlossaryEntry| {
        one.source.to_lowercase() == other.source.to_lowercase()
            && one.target.to_lowercase() == other.target.to_lowercase()
    };
    let position = |entries: &[GlossaryEntry], wanted: &GlossaryEntry| {
        entries
            .iter()
            .position(|entry| entry == wanted)
            .ok_or_else(|| GlossaryFileError::Missing {
                source_term: wanted.source.clone(),
                target: wanted.target.clone(),
                path: path.display().to_string(),
            })
    };
    match change {
        GlossaryChange::Add(entry) => {
            let entry = tidy(entry)?;
            if entries.iter().any(|existing| same_pair(existing, &entry)) {
                return Err(GlossaryFileError::Duplicate {
                    source_term: entry.source,
                    target: entry.target,
                });
            }
            entries.push(entry);
        }
        GlossaryChange::Replace { old, new } => {
            let at = position(&entries, old)?;
            let new = tidy(new)?;
            if entries
                .iter()
                .enumerate()
                .any(|(index, existing)| index != at && same_pair(existing, &new))
            {
                return Err(GlossaryFileError::Duplicate {
                    source_term: new.source,
                    target: new.target,
                });
            }
            entries[at] = new;
        }
        GlossaryChange::Remove(entry) => {
            let at = position(&entries, entry)?;
            entries.remove(at);
        }
    }
    write_own_glossary(&path, &entries, from, to)?;
    Ok((path, entries.len()))
}

/// Writes `entries` as the glossary at `path` (its folder made when missing; the file before
/// backed up).
fn write_own_glossary(
    path: &Path,
    entries: &[GlossaryEntry],
    from: &str,
    to: &str,
) -> Result<(), GlossaryFileError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|reason| {
            GlossaryFileError::Write(WriteExportError::Write {
                path: folder.display().to_string(),
                reason,
            })
        })?;
    }
    let title = format!(
        "Diptych glossary {}–{}",
        primary_language(from),
        primary_language(to)
    );
    let (text, _) = glossary_tbx(entries, from, to, &title);
    write_export_file(path, text.as_bytes(), true)?;
    Ok(())
}

/// A glossary export asked for.
pub struct GlossaryExport<'a> {
    pub output: &'a Path,
    pub entries: &'a [GlossaryEntry],
    /// From, to.
    pub languages: (&'a str, &'a str),
    /// The glossary files the entries come from (never written over).
    pub read_files: &'a [PathBuf],
    /// The library, whose glossary folder an export never goes into.
    pub library: Option<&'a Path>,
    /// Replace an existing file (after a backup).
    pub replace: bool,
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exported {
    pub pairs: usize,
    /// Characters XML cannot carry, left out.
    pub dropped: usize,
}

impl Exported {
    /// The export in words.
    pub fn describe(&self, output: &Path) -> String {
        let mut said = format!(
            "{} term pair(s) written to {} (TBX-Basic)",
            self.pairs,
            output.display()
        );
        if self.dropped > 0 {
            // Writing to a String cannot fail.
            let _ = std::fmt::Write::write_fmt(
                &mut said,
                format_args!(
                    "; {} character(s) XML cannot carry were left out",
                    self.dropped
                ),
            );
        }
        said
    }
}

/// Why a glossary export was not written.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryExportError {
    #[error("{0} is one of the glossaries being exported; write to another file")]
    OverAGlossary(String),
    #[error(
        "{0} is in the library's glossary folder, where it would become one more glossary; write it elsewhere"
    )]
    IntoGlossaryFolder(String),
    #[error("there are no glossary terms from {0} into {1} to export")]
    Empty(String, String),
    #[error(transparent)]
    Write(#[from] WriteExportError),
}

/// Writes `export.entries` (each pair once) as one TBX-Basic file: never over a glossary
/// they come from, nor into the library's glossary folder (the export would become one more
/// glossary there, and every term would count twice).
pub fn export_glossary(export: &GlossaryExport<'_>) -> Result<Exported, GlossaryExportError> {
    let output = export.output;
    let shown = || output.display().to_string();
    let canonical = crate::io::fs::canonical_file_path;
    if export
        .read_files
        .iter()
        .any(|file| canonical(file) == canonical(output))
    {
        return Err(GlossaryExportError::OverAGlossary(shown()));
    }
    if let Some(library) = export.library {
        let folder = crate::io::library::glossary_dir(library);
        let parent = output
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if folder.is_dir()
            && std::fs::canonicalize(parent).ok() == std::fs::canonicalize(&folder).ok()
        {
            return Err(GlossaryExportError::IntoGlossaryFolder(shown()));
        }
    }
    let mut entries: Vec<GlossaryEntry> = Vec::new();
    for entry in export.entries {
        if !entries.contains(entry) {
            entries.push(entry.clone());
        }
    }
    let (from, to) = export.languages;
    if entries.is_empty() {
        return Err(GlossaryExportError::Empty(from.to_owned(), to.to_owned()));
    }
    let title = format!(
        "Glossary {}–{}",
        primary_language(from),
        primary_language(to)
    );
    let (text, dropped) = glossary_tbx(&entries, from, to, &title);
    write_export_file(output, text.as_bytes(), export.replace)?;
    Ok(Exported {
        pairs: entries.len(),
        dropped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(source: &str, target: &str) -> GlossaryEntry {
        GlossaryEntry {
            source: source.to_owned(),
            target: target.to_owned(),
            ..GlossaryEntry::default()
        }
    }

    #[test]
    fn terms_are_added_edited_and_removed_with_a_backup_each_time() {
        let library = tempfile::tempdir().unwrap();
        let library = library.path();
        let (path, count) = change_own_glossary(
            library,
            "en-GB",
            "ru",
            &GlossaryChange::Add(entry(
                "  unauthorized   rally ",
                "несанкционированный митинг",
            )),
        )
        .unwrap();
        assert_eq!(count, 1);
        assert!(path.ends_with("glossary/diptych.en-ru.tbx"));
        let duplicate = change_own_glossary(
            library,
            "en",
            "ru",
            &GlossaryChange::Add(entry("unauthorized rally", "несанкционированный митинг")),
        );
        assert!(matches!(
            duplicate,
            Err(GlossaryFileError::Duplicate { .. })
        ));
        let mut forbidden = entry("unauthorized rally", "незаконный митинг");
        forbidden.forbidden = true;
        change_own_glossary(library, "en", "ru", &GlossaryChange::Add(forbidden.clone())).unwrap();
        let mut noted = forbidden.clone();
        noted.note = "the court's word, not ours".to_owned();
        change_own_glossary(
            library,
            "en",
            "ru",
            &GlossaryChange::Replace {
                old: forbidden.clone(),
                new: noted.clone(),
            },
        )
        .unwrap();
        // The old entry is gone, so removing it again is reported, not ignored.
        let stale = change_own_glossary(library, "en", "ru", &GlossaryChange::Remove(forbidden));
        assert!(matches!(stale, Err(GlossaryFileError::Missing { .. })));
        let entries = read_own_glossary(&path, "en", "ru").unwrap();
        assert_eq!(
            entries,
            vec![
                entry("unauthorized rally", "несанкционированный митинг"),
                noted.clone()
            ]
        );
        change_own_glossary(library, "en", "ru", &GlossaryChange::Remove(noted)).unwrap();
        assert_eq!(read_own_glossary(&path, "en", "ru").unwrap().len(), 1);
        let backups = crate::io::backup::list_backups(&path);
        assert!(backups.len() >= 3, "{backups:?}");
        assert!(matches!(
            change_own_glossary(library, "en", "ru", &GlossaryChange::Add(entry(" ", "x"))),
            Err(GlossaryFileError::Empty)
        ));
    }

    #[test]
    fn changes_made_at_once_are_all_kept() {
        let library = tempfile::tempdir().unwrap();
        let library = library.path().to_path_buf();
        let threads: Vec<_> = (0..12)
            .map(|number| {
                let library = library.clone();
                std::thread::Builder::new()
                    .name(format!("glossary-change-{number}"))
                    .spawn(move || {
                        change_own_glossary(
                            &library,
                            "en",
                            "az",
                            &GlossaryChange::Add(entry(&format!("term {number}"), "termin")),
                        )
                        .unwrap();
                    })
                    .unwrap()
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        let path = own_glossary_path(&library, "en", "az");
        assert_eq!(read_own_glossary(&path, "en", "az").unwrap().len(), 12);
    }

    #[test]
    fn a_broken_glossary_file_is_reported_and_left_alone() {
        let library = tempfile::tempdir().unwrap();
        let path = own_glossary_path(library.path(), "en", "az");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, "<tbx><text><body><conceptEntry>").unwrap();
        let error = change_own_glossary(
            library.path(),
            "en",
            "az",
            &GlossaryChange::Add(entry("president", "prezident")),
        )
        .unwrap_err();
        assert!(matches!(error, GlossaryFileError::Read { .. }), "{error}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "<tbx><text><body><conceptEntry>"
        );
    }
}
