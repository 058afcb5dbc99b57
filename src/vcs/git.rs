//! Running the system `git` in a working tree: arguments passed as they are (never through a
//! shell), output read as text, failures with git's own message. Git is never asked anything
//! interactively: a prompt for a password fails instead of hanging a background job.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why a git command failed.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("git is not installed (or not on PATH): {0}")]
    NotInstalled(std::io::Error),
    #[error(
        "{} is not in a git working tree (clone the team's repository, or git init there, then \
         diptych git-setup)",
        .0.display()
    )]
    NotARepository(PathBuf),
    #[error("{} does not exist", .0.display())]
    NoSuchFile(PathBuf),
    #[error("{} is outside the working tree {}", .project.display(), .top.display())]
    Outside { project: PathBuf, top: PathBuf },
    #[error("git {command} failed: {message}")]
    Failed { command: String, message: String },
}

/// A git working tree, by its top folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repository {
    top: PathBuf,
}

impl Repository {
    /// The working tree `path` (a file or folder) is in.
    pub fn containing(path: &Path) -> Result<Self, GitError> {
        let folder = if path.is_dir() {
            path.to_path_buf()
        } else {
            path.parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        };
        let output = git_command(&folder)
            .args(["rev-parse", "--show-toplevel"])
            .output()
            .map_err(GitError::NotInstalled)?;
        if !output.status.success() {
            return Err(GitError::NotARepository(
                std::fs::canonicalize(&folder).unwrap_or(folder),
            ));
        }
        let top = String::from_utf8_lossy(&output.stdout)
            .trim_end()
            .to_owned();
        Ok(Self {
            top: PathBuf::from(top),
        })
    }

    /// The working tree a file is in, and the file's path inside it (with `/`), both with
    /// symbolic links resolved.
    pub fn locate(file: &Path) -> Result<(Self, String), GitError> {
        let repository = Self::containing(file)?;
        let real = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let (file, top) = (real(file), real(repository.top()));
        let relative = file
            .strip_prefix(&top)
            .map_err(|_| GitError::Outside {
                project: file.clone(),
                top: top.clone(),
            })?
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        Ok((repository, relative))
    }

    /// The top folder of the working tree.
    pub fn top(&self) -> &Path {
        &self.top
    }

    /// Runs `git ARGS` in the working tree and returns its standard output.
    pub fn run<I, S>(&self, args: I) -> Result<String, GitError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let args: Vec<std::ffi::OsString> = args
            .into_iter()
            .map(|arg| arg.as_ref().to_owned())
            .collect();
        let output = git_command(&self.top)
            .args(&args)
            .output()
            .map_err(GitError::NotInstalled)?;
        if output.status.success() {
            return Ok(String::from_utf8_lossy(&output.stdout).into_owned());
        }
        let mut message = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        if message.is_empty() {
            String::from_utf8_lossy(&output.stdout)
                .trim()
                .clone_into(&mut message);
        }
        Err(GitError::Failed {
            command: args
                .first()
                .map(|arg| arg.to_string_lossy().into_owned())
                .unwrap_or_default(),
            message,
        })
    }
}

/// `git -C folder` that never prompts.
fn git_command(folder: &Path) -> Command {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(folder)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_ASKPASS", "")
        .env("SSH_ASKPASS", "")
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    // ssh asks on the terminal, which a window has not got: fail instead of waiting.
    if std::env::var_os("GIT_SSH_COMMAND").is_none() && std::env::var_os("GIT_SSH").is_none() {
        command.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
    }
    command
}
