//! Reading and writing files: article import, the RON project format, and JSON reports.

pub mod article;
pub mod decode;
pub mod inspect;
pub mod packed;
pub mod project_file;
pub mod redecode;
pub mod translation;
pub mod web;

pub use article::{ImportError, ImportOptions, import_article_bytes, import_article_file};
pub use project_file::{LoadError, SaveError, load_project, save_project, to_ron_string};

use std::path::Path;

use crate::model::Project;

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
    let bytes = std::fs::read(path).map_err(|reason| LoadError::Read {
        path: path.display().to_string(),
        reason,
    })?;
    let is_ron = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron || project_file::looks_like_project(&bytes) {
        let project = project_file::parse_project(&path.display().to_string(), &bytes)?;
        return Ok(Opened::Project(project));
    }
    let file_name = path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    Ok(Opened::Article(import_article_bytes(
        &file_name, &bytes, options,
    )?))
}
