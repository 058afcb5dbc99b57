//! Reading and writing files: article import, the RON project format, and JSON reports.
//!
//! Layers, each importing only those below it (no two submodules import each other):
//! - [`fs`]: safe file access, the size cap, times, process liveness; imports no other io module;
//! - [`packed`], [`lock`], [`backup`]: built on `fs`; [`project_file`] on `fs` and `packed`;
//!   [`recovery`] on `fs`, `lock` and `project_file`;
//! - [`import`]: format dispatch over the readers `import::text` and `import::web`;
//!   [`redecode`], [`translation`] and [`inspect`] build on it;
//! - [`terminal`]: escaping text for a terminal, on its own; [`binary`]: the byte layout of
//!   caches, on its own.

pub mod backup;
pub mod binary;
pub mod dictionaries;
pub mod export;
pub mod fs;
pub mod glossary_file;
pub mod import;
pub mod inspect;
pub mod library;
pub mod lock;
pub mod packed;
pub mod project_file;
pub mod recapture;
pub mod recovery;
pub mod redecode;
pub mod terminal;
pub mod translation;

pub use import::{
    ImportError, ImportOptions, RecordChoice, import_article_bytes, import_article_bytes_noting,
    import_article_file,
};
pub use project_file::{LoadError, SaveError, load_project, save_project, to_ron_string};

use std::path::Path;

use crate::model::Project;

/// Saves a project after copying the file it replaces (if any) into the backups folder beside
/// it, keeping the newest `keep` backups. When the backup cannot be made, nothing is saved.
pub fn save_project_with_backup(
    project: &Project,
    path: &Path,
    keep: usize,
) -> Result<Option<std::path::PathBuf>, SaveError> {
    let backup = backup::back_up_before_saving(path, keep).map_err(|reason| SaveError::Write {
        path: path.display().to_string(),
        reason: std::io::Error::other(format!(
            "the previous version could not be backed up ({reason}), so nothing was saved"
        )),
    })?;
    save_project(project, path)?;
    Ok(backup)
}

pub use fs::{MAX_FILE_BYTES, read_file_capped};

/// What opening a path produced.
#[derive(Debug)]
pub enum Opened {
    /// A Diptych project file.
    Project(Project),
    /// An article that was imported into a new, unsaved project.
    Article(Project),
}

/// Why a path could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Import(#[from] ImportError),
}

/// Opens a project file, or imports an article, deciding by content (and the `.ron` suffix).
pub fn open_path(path: &Path, options: &ImportOptions) -> Result<Opened, OpenError> {
    open_path_with(path, options, false).map(|found| found.opened)
}

/// What opening a path gave, with what the user should be told about it.
#[derive(Debug)]
pub struct OpenedWithNotes {
    pub opened: Opened,
    /// Stored originals found altered (a project opened anyway): shown as errors.
    pub altered: Vec<String>,
    /// How an imported article was read (see [`import::web::import_web_noting`]): shown as warnings.
    pub notes: Vec<import::web::ImportNote>,
}

/// Like [`open_path`], with notes on how an article was read.
pub fn open_path_noting(
    path: &Path,
    options: &ImportOptions,
) -> Result<OpenedWithNotes, OpenError> {
    open_path_with(path, options, false)
}

/// Like [`open_path`], but a project whose stored original no longer matches its SHA-256 is
/// opened anyway; what was found altered is returned to be shown plainly.
pub fn open_path_keeping_altered(
    path: &Path,
    options: &ImportOptions,
) -> Result<OpenedWithNotes, OpenError> {
    open_path_with(path, options, true)
}

fn open_path_with(
    path: &Path,
    options: &ImportOptions,
    keep_altered: bool,
) -> Result<OpenedWithNotes, OpenError> {
    let bytes = read_file_capped(path).map_err(|reason| LoadError::Read {
        path: path.display().to_string(),
        reason,
    })?;
    let is_ron = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron || project_file::looks_like_project(&bytes) {
        let display = path.display().to_string();
        let (project, altered) = if keep_altered {
            project_file::parse_project_keeping_altered(&display, &bytes)?
        } else {
            (project_file::parse_project(&display, &bytes)?, Vec::new())
        };
        return Ok(OpenedWithNotes {
            opened: Opened::Project(project),
            altered,
            notes: Vec::new(),
        });
    }
    let file_name = fs::file_name_or_path(path);
    let (project, notes) = import_article_bytes_noting(&file_name, &bytes, options)?;
    Ok(OpenedWithNotes {
        opened: Opened::Article(project),
        altered: Vec::new(),
        notes,
    })
}
