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

/// How far below the library folder projects are looked for.
const MAX_DEPTH: usize = 4;

/// The project files (`*.diptych.ron`) in `library` and its folders (symlinked ones too, a
/// few levels deep), sorted and each once; a missing library has none.
pub fn project_files(library: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    collect(library, 0, &mut found);
    found.sort();
    found.dedup_by(|one, other| {
        crate::io::fs::canonical_file_path(one) == crate::io::fs::canonical_file_path(other)
    });
    found
}

fn collect(folder: &Path, depth: usize, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        // Symlinked folders are followed too; the depth limit ends any loop.
        let Ok(kind) = std::fs::metadata(&path).map(|metadata| metadata.file_type()) else {
            continue;
        };
        if kind.is_dir() && depth < MAX_DEPTH {
            collect(&path, depth + 1, found);
        } else if kind.is_file()
            && path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.ends_with(".diptych.ron") && !name.starts_with('.'))
        {
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
