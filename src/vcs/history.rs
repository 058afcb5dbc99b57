//! A project's history in git: the commits that changed its file, and for one row, who
//! changed its translation when (like `git log -L`, but per record). Every version of the file
//! is read through one `git cat-file --batch` process, and only the row's own line is parsed,
//! so a long history of a large project stays quick.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use super::git::{GitError, Repository};
use crate::model::{LanguageTag, ParagraphId, TranslationVersion};

/// A commit that changed the project file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitInfo {
    pub id: String,
    pub short_id: String,
    pub author: String,
    /// ISO 8601 with the author's offset.
    pub date: String,
    pub summary: String,
    /// The file's path at that commit (it may have been renamed since).
    pub path: String,
}

/// A version of a row's translation and the commit that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowChange {
    pub commit: CommitInfo,
    pub version: TranslationVersion,
}

/// The project's repository and the file's path in it (the file must exist).
fn locate(project: &Path) -> Result<(Repository, String), GitError> {
    if !project.is_file() {
        return Err(GitError::NoSuchFile(project.to_path_buf()));
    }
    Repository::locate(project)
}

/// The commits that changed the project file, newest first (at most `limit`).
pub fn project_log(project: &Path, limit: usize) -> Result<Vec<CommitInfo>, GitError> {
    let (repository, relative) = locate(project)?;
    log_of(&repository, &relative, limit)
}

/// The commits of the file, newest first: every one under its present name (merges included:
/// that is where conflicts are resolved), then the older ones under earlier names (git's
/// `--follow`, which leaves merges out, finds those).
fn log_of(
    repository: &Repository,
    relative: &str,
    limit: usize,
) -> Result<Vec<CommitInfo>, GitError> {
    let mut commits = run_log(repository, relative, limit, false)?;
    let known: std::collections::HashSet<String> =
        commits.iter().map(|commit| commit.id.clone()).collect();
    let earlier: Vec<CommitInfo> = run_log(repository, relative, limit, true)?
        .into_iter()
        .filter(|commit| !known.contains(&commit.id) && commit.path != relative)
        .collect();
    commits.extend(earlier);
    commits.truncate(limit);
    Ok(commits)
}

fn run_log(
    repository: &Repository,
    relative: &str,
    limit: usize,
    follow: bool,
) -> Result<Vec<CommitInfo>, GitError> {
    let limit = format!("-n{limit}");
    let mut args = vec!["log"];
    if follow {
        args.extend(["--follow", "--name-only"]);
    } else {
        // Every commit that touched the file, also on a side branch whose change a merge
        // then left out (that is where lost work would hide).
        args.push("--full-history");
    }
    args.extend([
        limit.as_str(),
        "--format=%x1e%H%x1f%h%x1f%an%x1f%aI%x1f%s",
        "--",
        relative,
    ]);
    let output = match repository.run(args) {
        Ok(output) => output,
        // A repository without commits has no history yet.
        Err(GitError::Failed { message, .. }) if message.contains("does not have any commits") => {
            return Ok(Vec::new());
        }
        Err(error) => return Err(error),
    };
    Ok(output
        .split('\u{1e}')
        .filter_map(|record| {
            let (header, names) = record.split_once('\n').unwrap_or((record, ""));
            let mut fields = header.split('\u{1f}');
            Some(CommitInfo {
                id: fields.next().filter(|id| !id.is_empty())?.to_owned(),
                short_id: fields.next()?.to_owned(),
                author: fields.next()?.to_owned(),
                date: fields.next()?.to_owned(),
                summary: fields.next()?.trim_end().to_owned(),
                path: names
                    .lines()
                    .rev()
                    .find(|line| !line.trim().is_empty())
                    .map_or_else(|| relative.to_owned(), str::to_owned),
            })
        })
        .collect())
}

/// Who changed the `language` translation of `paragraph_id` when: each commit (newest first,
/// among the latest `limit` commits of the file) whose version of it differs from the version
/// before, with that version.
pub fn row_history(
    project: &Path,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    limit: usize,
) -> Result<Vec<RowChange>, GitError> {
    let (repository, relative) = locate(project)?;
    let commits = log_of(&repository, &relative, limit)?;
    // Each version is read, its row taken and the text let go: a long history of a large
    // project never sits in memory whole.
    let row: Vec<Option<TranslationVersion>> = file_versions(&repository, &commits, |text| {
        crate::io::project_file::translation_in_text(text, language, paragraph_id.0)
            .unwrap_or_default()
    })?;
    let mut changes = Vec::new();
    for (index, commit) in commits.iter().enumerate() {
        let Some(version) = &row[index] else {
            continue;
        };
        let older = row.get(index + 1).cloned().flatten();
        let introduced = older.is_none() && *version != TranslationVersion::default();
        if introduced || older.as_ref().is_some_and(|older| older != version) {
            changes.push(RowChange {
                commit: commit.clone(),
                version: version.clone(),
            });
        }
    }
    Ok(changes)
}

/// What `take` makes of the file's text at each commit (`None` where it was not there or is
/// not text), read through one `git cat-file --batch`.
fn file_versions<T>(
    repository: &Repository,
    commits: &[CommitInfo],
    take: impl Fn(&str) -> T,
) -> Result<Vec<Option<T>>, GitError> {
    if commits.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(repository.top())
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(GitError::NotInstalled)?;
    let mut requests = String::new();
    for commit in commits {
        requests.push_str(&commit.id);
        requests.push(':');
        requests.push_str(&commit.path);
        requests.push('\n');
    }
    let mut stdin = child.stdin.take();
    // Written from another thread, so that a full pipe on either side cannot block both.
    let writer = std::thread::Builder::new()
        .name("diptych-git-history".into())
        .spawn(move || {
            if let Some(stdin) = stdin.as_mut() {
                let _ = stdin.write_all(requests.as_bytes());
            }
        })
        .map_err(GitError::NotInstalled)?;
    let failed = |message: &str| GitError::Failed {
        command: "cat-file".into(),
        message: message.to_owned(),
    };
    let stdout = child.stdout.take().ok_or_else(|| failed("no output"))?;
    let mut reader = BufReader::new(stdout);
    let mut versions = Vec::with_capacity(commits.len());
    for _ in commits {
        let mut header = String::new();
        if reader
            .read_line(&mut header)
            .map_err(GitError::NotInstalled)?
            == 0
        {
            return Err(failed("the output ended early"));
        }
        // "<oid> blob <size>", or "<request> missing".
        let mut parts = header.split_whitespace();
        let (_, kind, size) = (parts.next(), parts.next(), parts.next());
        let Some(size) = size
            .and_then(|size| size.parse::<usize>().ok())
            .filter(|_| kind == Some("blob"))
        else {
            versions.push(None);
            continue;
        };
        let mut content = vec![0; size + 1];
        reader
            .read_exact(&mut content)
            .map_err(GitError::NotInstalled)?;
        content.pop();
        versions.push(String::from_utf8(content).ok().map(|text| take(&text)));
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(versions)
}
