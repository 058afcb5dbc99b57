//! `diptych git-setup`: a repository learns to merge project files with Diptych's merge
//! driver. `.gitattributes` (committed, so every clone has it) gets the line naming the driver;
//! the repository's own config (which git never copies between clones) gets the command.

use std::path::Path;

use super::git::{GitError, Repository};

/// The `.gitattributes` line that sends project files to the driver.
pub const GITATTRIBUTES_LINE: &str = "*.diptych.ron merge=diptych";

/// Diptych's own files beside a project, which are never part of the team's work: the lock,
/// recovery files, backups and caches. They go to the clone's `info/exclude` (not committed).
pub const EXCLUDED: [&str; 4] = [
    ".*.diptych.ron.lock",
    ".*.recovery.*.ron",
    ".diptych-backups/",
    ".diptych-cache/",
];

/// What `set_up` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupReport {
    pub repository: std::path::PathBuf,
    /// Whether the `.gitattributes` line was added (false: it was there already).
    pub attributes_added: bool,
    /// The driver command now in the repository's config.
    pub driver: String,
    /// The command that was configured before, when it was a different one.
    pub replaced: Option<String>,
    /// The patterns added to the clone's `info/exclude`.
    pub excluded: Vec<&'static str>,
}

/// Why setting up failed.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error("cannot write {path}: {reason}")]
    Write {
        path: String,
        reason: std::io::Error,
    },
}

/// The driver command line for git (run by git through the shell): the program quoted for
/// the shell, then git's placeholders.
pub fn driver_command(program: &Path) -> String {
    let program = program.to_string_lossy().replace('\'', r"'\''");
    format!("'{program}' merge-driver %O %A %B --marker-size %L --path %P")
}

/// Sets up the repository that `folder` is in to merge projects with `program` (the diptych
/// executable).
pub fn set_up(folder: &Path, program: &Path) -> Result<SetupReport, SetupError> {
    let repository = Repository::containing(folder)?;
    let attributes = repository.top().join(".gitattributes");
    let existing = match std::fs::read(&attributes) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(reason) => {
            return Err(SetupError::Write {
                path: attributes.display().to_string(),
                reason,
            });
        }
    };
    let present = existing.lines().any(|line| {
        let mut words = line.split_whitespace();
        words.next() == Some("*.diptych.ron") && words.any(|word| word == "merge=diptych")
    });
    if !present {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(GITATTRIBUTES_LINE);
        text.push('\n');
        crate::io::fs::write_atomically(&attributes, text.as_bytes()).map_err(|reason| {
            SetupError::Write {
                path: attributes.display().to_string(),
                reason,
            }
        })?;
    }
    let driver = driver_command(program);
    let before = repository
        .run(["config", "--local", "--get", "merge.diptych.driver"])
        .ok()
        .map(|value| value.trim_end().to_owned());
    repository.run([
        "config",
        "--local",
        "merge.diptych.name",
        "Diptych projects, merged per paragraph",
    ])?;
    repository.run(["config", "--local", "merge.diptych.driver", driver.as_str()])?;
    let excluded = exclude_own_files(&repository)?;
    Ok(SetupReport {
        excluded,
        repository: repository.top().to_path_buf(),
        attributes_added: !present,
        replaced: before.filter(|before| *before != driver),
        driver,
    })
}

/// Adds the patterns of Diptych's own files to the clone's `info/exclude`, returning those
/// that were not there.
fn exclude_own_files(repository: &Repository) -> Result<Vec<&'static str>, SetupError> {
    let relative = repository.run(["rev-parse", "--git-path", "info/exclude"])?;
    let path = repository.top().join(relative.trim_end());
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let missing: Vec<&'static str> = EXCLUDED
        .iter()
        .copied()
        .filter(|pattern| !existing.lines().any(|line| line.trim() == *pattern))
        .collect();
    if missing.is_empty() {
        return Ok(missing);
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# Diptych's locks, recovery files, backups and caches\n");
    for pattern in &missing {
        text.push_str(pattern);
        text.push('\n');
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|reason| SetupError::Write {
            path: folder.display().to_string(),
            reason,
        })?;
    }
    crate::io::fs::write_atomically(&path, text.as_bytes()).map_err(|reason| {
        SetupError::Write {
            path: path.display().to_string(),
            reason,
        }
    })?;
    Ok(missing)
}
