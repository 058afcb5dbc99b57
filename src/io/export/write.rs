//! Writing an export to its file safely: never a device or FIFO, never over a Diptych
//! project, an existing file only when asked (and then backed up first), always atomically.

use std::path::Path;

use crate::io::backup::{DEFAULT_BACKUPS_TO_KEEP, back_up_before_saving};
use crate::io::fs::{read_file_capped, resolve_write_target, write_atomically};
use crate::io::project_file::{is_project_text, looks_like_project};

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteExportError {
    #[error("cannot write {path}: {reason}")]
    Target {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path} already exists; choose to replace it (a backup of it is kept)")]
    Exists { path: String },
    #[error("{path} is a Diptych project; an export will not replace it. Write to another file.")]
    IsProject { path: String },
    #[error("{path} could not be backed up, so it was not overwritten: {reason}")]
    Backup {
        path: String,
        reason: std::io::Error,
    },
    #[error("cannot write {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
}

/// Writes `bytes` to `output`. An existing file is replaced only with `replace`, after a
/// timestamped backup; a project file never.
pub fn write_export_file(
    output: &Path,
    bytes: &[u8],
    replace: bool,
) -> Result<(), WriteExportError> {
    let path = || output.display().to_string();
    resolve_write_target(output).map_err(|reason| WriteExportError::Target {
        path: path(),
        reason,
    })?;
    if std::fs::symlink_metadata(output).is_ok() {
        if let Ok(bytes) = read_file_capped(output)
            && (looks_like_project(&bytes) || is_project_text(&bytes))
        {
            return Err(WriteExportError::IsProject { path: path() });
        }
        if !replace {
            return Err(WriteExportError::Exists { path: path() });
        }
    }
    back_up_before_saving(output, DEFAULT_BACKUPS_TO_KEEP).map_err(|reason| {
        WriteExportError::Backup {
            path: path(),
            reason,
        }
    })?;
    write_atomically(output, bytes).map_err(|reason| WriteExportError::Write {
        path: path(),
        reason,
    })
}
