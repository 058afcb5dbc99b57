//! The library: a folder of projects, by default `$XDG_DATA_HOME/diptych/library/`
//! (`~/.local/share/diptych/library/`). Translation memories the user adds live in its `tm/`
//! folder and glossaries in `glossary/`; indexes Diptych builds are caches beside them.

use std::path::{Path, PathBuf};

/// The library folder when none is named: `$XDG_DATA_HOME/diptych/library` or
/// `~/.local/share/diptych/library` (`None` without a home).
pub fn default_library_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local").join("share"))
        })?;
    Some(base.join("diptych").join("library"))
}

/// The folder of translation memories in `library`.
pub fn memory_dir(library: &Path) -> PathBuf {
    library.join("tm")
}

/// The folder of glossaries in `library`.
pub fn glossary_dir(library: &Path) -> PathBuf {
    library.join("glossary")
}

/// What adding a file to a library folder did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// Copied there as this file.
    Copied(PathBuf),
    /// The same file was there already.
    AlreadyThere(PathBuf),
}

/// Why a file was not added to a library folder.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{0} has no file name")]
    NoName(String),
    #[error("cannot write {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
    #[error("{0} already holds another file of that name; rename the file first")]
    NameTaken(String),
}

/// Copies `file` (already checked by the caller; at most `limit` bytes) into `folder` of the
/// library under its own name, making the folder when missing: never over a different file of
/// that name, and only once.
pub fn add_file(folder: &Path, file: &Path, limit: u64) -> Result<Added, AddError> {
    let read = |path: &Path| crate::io::fs::read_file_limited(path, limit, "library files");
    let bytes = read(file).map_err(|reason| AddError::Read {
        path: file.display().to_string(),
        reason,
    })?;
    let name = file
        .file_name()
        .ok_or_else(|| AddError::NoName(file.display().to_string()))?;
    let destination = folder.join(name);
    if destination.exists() {
        if read(&destination).is_ok_and(|existing| existing == bytes) {
            return Ok(Added::AlreadyThere(destination));
        }
        return Err(AddError::NameTaken(destination.display().to_string()));
    }
    let write_error = |reason| AddError::Write {
        path: destination.display().to_string(),
        reason,
    };
    std::fs::create_dir_all(folder).map_err(write_error)?;
    crate::io::fs::write_atomically(&destination, &bytes).map_err(|reason| AddError::Write {
        path: destination.display().to_string(),
        reason,
    })?;
    Ok(Added::Copied(destination))
}

/// How far below the library folder projects are looked for.
const MAX_DEPTH: usize = 4;

/// The project files (`*.diptych.ron`) in `library` and its folders (symlinked ones too, a
/// few levels deep), sorted and each once; a missing library has none.
pub fn project_files(library: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders_seen = std::collections::HashSet::new();
    collect(library, 0, &mut folders_seen, &mut found);
    found.sort();
    // A file reached by several paths (symlinked folders) counts once, under its first path.
    let mut files_seen = std::collections::HashSet::new();
    found.retain(|path| files_seen.insert(crate::io::fs::canonical_file_path(path)));
    found
}

/// Looks for project files in `folder` and the folders below it. Symlinked folders are
/// followed, each real folder once (a loop ends there); hidden folders (`.diptych-cache`,
/// `.git`, a sync tool's old versions) are not projects' places.
fn collect(
    folder: &Path,
    depth: usize,
    folders_seen: &mut std::collections::HashSet<PathBuf>,
    found: &mut Vec<PathBuf>,
) {
    let real = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf());
    if !folders_seen.insert(real) {
        return;
    }
    // An archival package (BagIt) holds a copy of a project, frozen: not one to work on.
    if depth > 0 && folder.join("bagit.txt").is_file() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = std::fs::metadata(&path).map(|metadata| metadata.file_type()) else {
            continue;
        };
        if kind.is_dir() && depth < MAX_DEPTH {
            collect(&path, depth + 1, folders_seen, found);
        } else if kind.is_file() && name.ends_with(".diptych.ron") {
            found.push(path);
        }
    }
}

/// The TMX files in `folder` (not below it), sorted.
pub fn memory_files(folder: &Path) -> Vec<PathBuf> {
    files_with(folder, &["tmx"])
}

/// The glossaries (TBX, TSV, CSV) in `folder` (not below it), sorted.
pub fn glossary_files(folder: &Path) -> Vec<PathBuf> {
    files_with(folder, &["tbx", "tsv", "csv", "txt"])
}

/// The files in `folder` (not below it) with one of `extensions`, sorted.
fn files_with(folder: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.is_file()
                && path.extension().is_some_and(|extension| {
                    extensions
                        .iter()
                        .any(|wanted| extension.eq_ignore_ascii_case(wanted))
                })
        })
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_added_once_and_never_over_another_of_its_name() {
        let folder = tempfile::tempdir().unwrap();
        let source = folder.path().join("news.en-ru.tsv");
        std::fs::write(&source, "fare\tтариф\n").unwrap();
        let library = folder.path().join("library/glossary");
        let added = add_file(&library, &source, 1024).unwrap();
        assert_eq!(added, Added::Copied(library.join("news.en-ru.tsv")));
        assert_eq!(
            add_file(&library, &source, 1024).unwrap(),
            Added::AlreadyThere(library.join("news.en-ru.tsv"))
        );
        std::fs::write(&source, "fare\tстоимость проезда\n").unwrap();
        assert!(matches!(
            add_file(&library, &source, 1024),
            Err(AddError::NameTaken(_))
        ));
        assert_eq!(
            std::fs::read_to_string(library.join("news.en-ru.tsv")).unwrap(),
            "fare\tтариф\n"
        );
        assert!(matches!(
            add_file(&library, &source, 4),
            Err(AddError::Read { .. })
        ));
    }
}
