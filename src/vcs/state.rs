//! Where a project's repository stands: its branch and upstream, commits ahead and behind,
//! whether the project has changes, is unmerged or renamed, whether a merge is in progress;
//! read from `git status --porcelain=v2 -z`, after a fetch when asked.

use std::path::Path;

use super::git::{GitError, Repository};
use super::sync::SyncError;

/// Where the project's repository stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts git reports about the working tree, not a state machine"
)]
pub struct SyncState {
    /// The branch checked out (empty when detached).
    pub branch: String,
    /// The branch it follows (`origin/main`), if any.
    pub upstream: Option<String>,
    /// Commits here that the upstream has not got, and the other way round (as last fetched).
    pub ahead: usize,
    pub behind: usize,
    /// The project file differs from the last commit (or is not committed yet).
    pub project_changed: bool,
    /// A merge is in progress (conflicts to resolve, then Sync again to finish it).
    pub merging: bool,
    /// Files other than the project that git has in conflict.
    pub other_conflicts: Vec<String>,
    /// Other project files of the working tree with changes not committed (the library's,
    /// when the library is the working tree).
    pub other_projects: Vec<String>,
    /// The last fetch could not reach the remote.
    pub offline: bool,
    /// The project's name before a rename staged in git (`git mv`).
    pub renamed_from: Option<String>,
    /// git left the project unmerged (the merge driver could not merge it per record).
    pub project_unmerged: bool,
}

/// Where the repository of `project` stands (no network: ahead/behind as last fetched).
pub fn sync_state(project: &Path) -> Result<SyncState, SyncError> {
    let (repository, relative) = Repository::locate(project)?;
    state_of(&repository, &relative)
}

/// Where the repository of `project` stands after fetching from its upstream's remote, so that
/// "behind" counts what the others pushed since; offline, the state says so.
pub fn fetched_state(project: &Path) -> Result<SyncState, SyncError> {
    let (repository, relative) = Repository::locate(project)?;
    let state = state_of(&repository, &relative)?;
    let Some((remote, _)) = state
        .upstream
        .as_deref()
        .and_then(|upstream| upstream.split_once('/'))
    else {
        return Ok(state);
    };
    match repository.run(["fetch", "-q", remote]) {
        Ok(_) => state_of(&repository, &relative),
        Err(GitError::Failed { message, .. }) if unreachable(&message) => Ok(SyncState {
            offline: true,
            ..state
        }),
        Err(error) => Err(error.into()),
    }
}

pub(super) fn state_of(repository: &Repository, relative: &str) -> Result<SyncState, SyncError> {
    // NUL-separated, so that no path is quoted or cut at a space.
    let status = repository.run([
        "status",
        "--porcelain=v2",
        "--branch",
        "--untracked-files=all",
        "-z",
    ])?;
    let mut state = SyncState::default();
    let mut entries = status.split('\0');
    while let Some(entry) = entries.next() {
        if let Some(head) = entry.strip_prefix("# branch.head ") {
            state.branch = if head == "(detached)" {
                String::new()
            } else {
                head.to_owned()
            };
        } else if let Some(upstream) = entry.strip_prefix("# branch.upstream ") {
            state.upstream = Some(upstream.to_owned());
        } else if let Some(counts) = entry.strip_prefix("# branch.ab ") {
            let mut numbers = counts.split_whitespace().map(|count| {
                count
                    .trim_start_matches(['+', '-'])
                    .parse::<usize>()
                    .unwrap_or(0)
            });
            state.ahead = numbers.next().unwrap_or(0);
            state.behind = numbers.next().unwrap_or(0);
        } else if !entry.starts_with('#') && !entry.is_empty() {
            // The fields before the path: ordinary 8, renamed 9 (then the old path as the
            // next entry), unmerged 10, untracked and ignored 1.
            let fields = match entry.as_bytes().first() {
                Some(b'1') => 8,
                Some(b'2') => 9,
                Some(b'u') => 10,
                _ => 1,
            };
            let path = entry
                .splitn(fields + 1, ' ')
                .nth(fields)
                .unwrap_or_default();
            let renamed_from = if entry.starts_with('2') {
                entries.next()
            } else {
                None
            };
            if path == relative {
                state.project_changed = true;
                state.project_unmerged = entry.starts_with('u');
                state.renamed_from = renamed_from.map(str::to_owned);
            } else if entry.starts_with('u') {
                state.other_conflicts.push(path.to_owned());
            } else if path.ends_with(".diptych.ron")
                && !entry.starts_with('!')
                // Not Diptych's own backups and caches (hidden folders and files).
                && !path.split('/').any(|part| part.starts_with('.'))
            {
                state.other_projects.push(path.to_owned());
            }
        }
    }
    state.merging = repository
        .run(["rev-parse", "-q", "--verify", "MERGE_HEAD"])
        .is_ok();
    Ok(state)
}

/// Whether git's message says the remote could not be reached.
pub(super) fn unreachable(message: &str) -> bool {
    let message = message.to_lowercase();
    [
        "could not resolve host",
        "could not read from remote",
        "unable to access",
        "connection refused",
        "connection timed out",
        "network is unreachable",
        "no route to host",
        "does not appear to be a git repository",
        "could not resolve hostname",
    ]
    .iter()
    .any(|sign| message.contains(sign))
}
