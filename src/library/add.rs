//! Adding an article to the library: it is imported, compared with every project there
//! ("already saved?"), and — when it is new, or the user wants it separately — saved as a new
//! project file in the library folder under a name no other file has (created exclusively,
//! so two adds at once never write over each other), then indexed. The command line's
//! `library add` and the window's drop onto the library screen both go through here.

use std::path::{Path, PathBuf};

use super::catalogue::Fingerprints;
use super::duplicates::{Duplicate, duplicates_of};
use super::index::LibraryIndex;
use crate::io::{ImportOptions, Opened};

/// What became of an article.
#[derive(Debug, Clone, PartialEq)]
pub enum AddOutcome {
    /// Saved as this project.
    Added { project: PathBuf, title: String },
    /// Not saved: the library has it already.
    Duplicate(Vec<Duplicate>),
}

/// Why an article was not added.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    #[error(transparent)]
    Open(#[from] crate::io::OpenError),
    #[error("{0} is already a Diptych project; copy it into the library folder instead")]
    AlreadyProject(String),
    #[error("the targets name {0}, the article's own language")]
    TargetIsSource(String),
    #[error("cannot make the library folder {path}: {reason}")]
    Folder {
        path: String,
        reason: std::io::Error,
    },
    #[error(transparent)]
    Save(#[from] crate::io::SaveError),
    #[error("cannot write {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
}

/// A project file name in `folder` for `article` that no file has: its name with
/// `.diptych.ron`, or with `-2`, `-3`… before that.
fn free_project_path(folder: &Path, article: &Path, taken: usize) -> PathBuf {
    let name = article.file_name().map_or_else(
        || "article".to_owned(),
        |name| name.to_string_lossy().into_owned(),
    );
    let name = name.trim_start_matches('.');
    let name = if name.is_empty() { "article" } else { name };
    if taken == 0 {
        folder.join(format!("{name}.diptych.ron"))
    } else {
        folder.join(format!("{name}-{}.diptych.ron", taken + 1))
    }
}

/// Holds the library's lock file (`.diptych-cache/library.lock`) while articles are added, so
/// that two adds at once (two windows, a script) each see what the other saved.
pub struct LibraryLock {
    _file: std::fs::File,
}

/// Waits for and takes the library's lock.
pub fn lock_library(folder: &Path) -> std::io::Result<LibraryLock> {
    let cache = folder.join(".diptych-cache");
    std::fs::create_dir_all(&cache)?;
    let path = cache.join("library.lock");
    if std::fs::symlink_metadata(&path).is_ok_and(|metadata| !metadata.is_file()) {
        return Err(std::io::Error::other(format!(
            "{} is not a regular file",
            path.display()
        )));
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)?;
    file.lock()?;
    Ok(LibraryLock { _file: file })
}

/// What became of each of several files added.
pub type AddResults = Vec<(PathBuf, Result<AddOutcome, AddError>)>;

/// Adds `files` to the library `index` holds: under the library's lock, with the index first
/// brought up to date (projects another add saved meanwhile are compared too), each file
/// compared with everything before it. `stop` is asked before each file.
pub fn add_articles(
    index: &mut LibraryIndex,
    files: &[PathBuf],
    options: &ImportOptions,
    separate: bool,
    stop: &mut dyn FnMut(usize, &Path) -> bool,
) -> Result<AddResults, AddError> {
    let folder = index.folder.clone();
    std::fs::create_dir_all(&folder).map_err(|reason| AddError::Folder {
        path: folder.display().to_string(),
        reason,
    })?;
    let _lock = lock_library(&folder).map_err(|reason| AddError::Folder {
        path: folder.display().to_string(),
        reason,
    })?;
    let _ = index.refresh(&mut |_, _| true);
    let mut results = Vec::new();
    for (done, file) in files.iter().enumerate() {
        if stop(done, file) {
            break;
        }
        results.push((file.clone(), add_article(index, file, options, separate)));
    }
    Ok(results)
}

/// Imports `file` into the library `index` holds (unless it is saved there already and
/// `separate` is false) and indexes the new project. The caller holds the library's lock
/// ([`add_articles`] does).
fn add_article(
    index: &mut LibraryIndex,
    file: &Path,
    options: &ImportOptions,
    separate: bool,
) -> Result<AddOutcome, AddError> {
    let project = match crate::io::open_path(file, options)? {
        Opened::Article(project) => project,
        Opened::Project(_) => return Err(AddError::AlreadyProject(file.display().to_string())),
    };
    if project.targets.contains(&project.source.language) {
        return Err(AddError::TargetIsSource(
            project.source.language.as_str().to_owned(),
        ));
    }
    let duplicates = duplicates_of(index, &Fingerprints::of(&project));
    if !duplicates.is_empty() && !separate {
        return Ok(AddOutcome::Duplicate(duplicates));
    }
    let folder = index.folder.clone();
    std::fs::create_dir_all(&folder).map_err(|reason| AddError::Folder {
        path: folder.display().to_string(),
        reason,
    })?;
    let mut taken = 0;
    let output =
        loop {
            let candidate = free_project_path(&folder, file, taken);
            let text = crate::io::project_file::to_checked_ron_string(&project, &candidate)?;
            let created = crate::io::fs::write_new_file(&candidate, text.as_bytes(), None)
                .map_err(|reason| AddError::Write {
                    path: candidate.display().to_string(),
                    reason,
                })?;
            if created {
                break candidate;
            }
            taken += 1;
        };
    // An index that cannot read the project back says so in its list of unreadable files.
    let _ = index.refresh_project(&output);
    Ok(AddOutcome::Added {
        project: output,
        title: project.metadata.title,
    })
}

/// Why a project's tags and note were not changed.
#[derive(Debug, thiserror::Error)]
pub enum DescribeError {
    #[error("cannot open {path}: {reason}")]
    Load {
        path: String,
        reason: crate::io::LoadError,
    },
    #[error("cannot lock {path}: {reason}")]
    Lock {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path} is open in another Diptych ({holder}); change its tags there")]
    Held { path: String, holder: String },
    #[error(transparent)]
    Save(#[from] crate::io::SaveError),
}

/// Sets the tags and note of the library's project at `path` (not open here): under its
/// project lock, after a backup, then indexed again. Nothing else of the project changes.
pub fn describe_project(
    index: &mut LibraryIndex,
    path: &Path,
    tags: &str,
    note: &str,
) -> Result<(), DescribeError> {
    let shown = || path.display().to_string();
    let _lock = match crate::io::lock::acquire(path).map_err(|reason| DescribeError::Lock {
        path: shown(),
        reason,
    })? {
        crate::io::lock::LockOutcome::Acquired(lock) => lock,
        crate::io::lock::LockOutcome::HeldBy(holder) => {
            return Err(DescribeError::Held {
                path: shown(),
                holder: holder.describe(),
            });
        }
    };
    let mut project = crate::io::load_project(path).map_err(|reason| DescribeError::Load {
        path: shown(),
        reason,
    })?;
    if project.metadata.tags == tags && project.metadata.note == note {
        return Ok(());
    }
    tags.clone_into(&mut project.metadata.tags);
    note.clone_into(&mut project.metadata.note);
    crate::io::save_project_with_backup(
        &project,
        path,
        crate::io::backup::DEFAULT_BACKUPS_TO_KEEP,
    )?;
    let _ = index.refresh_project(path);
    Ok(())
}
