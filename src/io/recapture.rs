//! A new capture of a project's article, read from a file: imported like any article (in the
//! project's source language, as detected), dated — the page's own capture date, else the
//! file's modification time — and compared with the current capture
//! ([`crate::model::plan_recapture`]).

use std::path::Path;
use std::time::SystemTime;

use crate::model::{IncomingCapture, LanguageTag, Project, RecaptureError, RecapturePlan};

use super::ImportOptions;
use super::import::ImportError;

/// Why a file could not be made the project's new capture.
#[derive(Debug, thiserror::Error)]
pub enum RecaptureFileError {
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("{path}: {reason}")]
    Refused {
        path: String,
        reason: RecaptureError,
    },
    #[error("{path} is a Diptych project, not a capture of an article")]
    ProjectFile { path: String },
}

/// Reads `path` as a new capture of an article translated into `targets`, in `language`
/// (detected when `None`). A Diptych project file is refused.
pub fn read_capture(
    path: &Path,
    targets: &[LanguageTag],
    language: Option<&LanguageTag>,
) -> Result<IncomingCapture, RecaptureFileError> {
    let bytes = super::fs::read_file_capped(path).map_err(|reason| ImportError::Read {
        path: path.display().to_string(),
        reason,
    })?;
    if super::project_file::looks_like_project(&bytes) {
        return Err(RecaptureFileError::ProjectFile {
            path: path.display().to_string(),
        });
    }
    let options = ImportOptions {
        targets: Some(targets.to_vec()),
        source_language: language.cloned(),
        ..ImportOptions::default()
    };
    let file_name = super::fs::file_name_or_path(path);
    let mut imported = super::import_article_bytes(&file_name, &bytes, &options)?;
    if imported.metadata.captured.trim().is_empty() {
        let modified = std::fs::metadata(path)
            .and_then(|metadata| metadata.modified())
            .unwrap_or_else(|_| SystemTime::now());
        imported.metadata.captured = super::fs::utc_iso(modified);
    }
    Ok(IncomingCapture {
        metadata: imported.metadata,
        source: imported.source,
    })
}

/// Reads `path` and plans making it `project`'s current capture (nothing is changed yet).
/// The file's language is detected (a capture in another language is refused) unless
/// `language` gives it.
pub fn plan_recapture_file(
    path: &Path,
    project: &Project,
    language: Option<&LanguageTag>,
) -> Result<RecapturePlan, RecaptureFileError> {
    let incoming = read_capture(path, &project.targets, language)?;
    let now = super::fs::utc_iso(SystemTime::now());
    crate::model::plan_recapture(project, incoming, &now).map_err(|reason| {
        RecaptureFileError::Refused {
            path: path.display().to_string(),
            reason,
        }
    })
}
