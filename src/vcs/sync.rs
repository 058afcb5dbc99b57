//! Sync: the saved project committed (with a message saying what changed), the other side's
//! work fetched and merged with Diptych's merge driver, and the result pushed. Nothing is ever
//! lost: the local version is committed before anything is merged; a network that cannot be
//! reached stops only the fetch or the push (the commit stays, the next Sync sends it); a merge
//! that keeps conflicts leaves them in the project for the window to show.

use std::path::{Path, PathBuf};

use super::git::{GitError, Repository};
use crate::model::Project;

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
    /// The last fetch could not reach the remote.
    pub offline: bool,
    /// The project's name before a rename staged in git (`git mv`).
    pub renamed_from: Option<String>,
    /// git left the project unmerged (the merge driver could not merge it per record).
    pub project_unmerged: bool,
}

/// How the fetch and merge went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pulled {
    /// The branch follows nothing: there is no one to sync with.
    NoUpstream,
    UpToDate,
    /// Their commits merged; whether the project file changed, and the merge driver's notes
    /// (choices made without a conflict, links to review).
    Merged {
        project_changed: bool,
        notes: Vec<String>,
    },
    /// The merge kept conflicts in the project (both versions); it waits to be finished.
    Conflicted,
    /// The remote could not be reached (git's words).
    Offline(String),
    /// git could not merge (git's or the merge driver's words); the local work is committed.
    Failed(String),
}

/// How the push went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pushed {
    NoUpstream,
    /// Nothing of ours was missing there.
    NothingToPush,
    Pushed(usize),
    /// Not tried: the merge is not finished.
    Waiting,
    Offline(String),
    Failed(String),
}

/// What a Sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncOutcome {
    /// The message of the commit made (none when nothing had changed).
    pub committed: Option<String>,
    /// Whether the repository was set up for Diptych's merge driver first.
    pub set_up: bool,
    pub pulled: Pulled,
    pub pushed: Pushed,
    /// The project as the working tree now has it (after a merge), when it changed.
    pub merged_project: Option<Box<Project>>,
    pub state: SyncState,
}

/// Why a Sync could not start or commit.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Git(#[from] GitError),
    #[error(transparent)]
    SetUp(#[from] super::SetupError),
    #[error("{} is outside the working tree {}", .project.display(), .top.display())]
    Outside { project: PathBuf, top: PathBuf },
    #[error("other files are in conflict ({0}); finish that merge in git first")]
    OtherConflicts(String),
    #[error("the merged project does not open: {0}")]
    Unreadable(String),
    #[error(
        "{0} merge conflict(s) are still to resolve: nothing was committed or pushed (choose a \
         version in each conflicted row, save, then Sync)"
    )]
    Unresolved(usize),
    #[error(
        "the saved project leaves out {0} change(s) the merge brought in (for example {1}): was \
         the merge undone? Nothing was committed; redo it (Ctrl+Y) and Sync, or finish the \
         merge with git if dropping them is meant"
    )]
    MergeUndone(usize, String),
    #[error(
        "git left the project unmerged and the two versions cannot be merged per record (both \
         changed its source): nothing was committed. Abort the merge (git merge --abort) and \
         redo one side's change in Diptych, or choose a version (git checkout --ours or --theirs \
         FILE, then git add FILE) and Sync"
    )]
    Unmerged,
    #[error(
        "no branch is checked out (detached HEAD): nothing was committed; check out a branch \
         (git switch main) and Sync again"
    )]
    Detached,
}

/// The project's repository and its path inside it (with `/`).
fn locate(project: &Path) -> Result<(Repository, String), SyncError> {
    let repository = Repository::containing(project)?;
    let real = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let (file, top) = (real(project), real(repository.top()));
    let relative = file
        .strip_prefix(&top)
        .map_err(|_| SyncError::Outside {
            project: file.clone(),
            top: top.clone(),
        })?
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    Ok((repository, relative))
}

/// Whether `project` is in a git working tree (git installed and the folder a repository).
pub fn in_repository(project: &Path) -> bool {
    locate(project).is_ok()
}

/// Where the repository of `project` stands (no network: ahead/behind as last fetched).
pub fn sync_state(project: &Path) -> Result<SyncState, SyncError> {
    let (repository, relative) = locate(project)?;
    state_of(&repository, &relative)
}

/// Where the repository of `project` stands after fetching from its upstream's remote, so that
/// "behind" counts what the others pushed since; offline, the state says so.
pub fn fetched_state(project: &Path) -> Result<SyncState, SyncError> {
    let (repository, relative) = locate(project)?;
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

fn state_of(repository: &Repository, relative: &str) -> Result<SyncState, SyncError> {
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
            }
        }
    }
    state.merging = repository
        .run(["rev-parse", "-q", "--verify", "MERGE_HEAD"])
        .is_ok();
    Ok(state)
}

/// Whether git's message says the remote could not be reached.
fn unreachable(message: &str) -> bool {
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

/// The project version at `revision` (`None` when it has no such file or it does not read).
fn version_at(repository: &Repository, revision: &str, relative: &str) -> Option<Project> {
    repository
        .run(["show", &format!("{revision}:{relative}")])
        .ok()
        .and_then(|text| crate::io::project_file::parse_project(revision, text.as_bytes()).ok())
}

/// What the merge in progress makes of the project: the merge of our and their commit's
/// versions over their common ancestor's, as the driver made it. `None` when a version is
/// missing (nothing to check against); an error when the versions cannot be merged per record
/// (git left the file unmerged: a side has to be chosen).
fn merge_in_progress(
    repository: &Repository,
    relative: &str,
    unmerged: bool,
) -> Result<Option<Project>, SyncError> {
    let (Some(ours), Some(theirs)) = (
        version_at(repository, "HEAD", relative),
        version_at(repository, "MERGE_HEAD", relative),
    ) else {
        return Ok(None);
    };
    let ancestor = repository
        .run(["merge-base", "HEAD", "MERGE_HEAD"])
        .ok()
        .and_then(|base| version_at(repository, base.trim(), relative));
    let Some(ancestor) = ancestor else {
        return Ok(None);
    };
    match crate::model::merge_projects(&ancestor, &ours, &theirs) {
        Ok(outcome) => Ok(Some(outcome.project)),
        // Until a version is chosen and staged (git add), there is nothing to finish.
        Err(_) if unmerged => Err(SyncError::Unmerged),
        Err(_) => Ok(None),
    }
}

/// Finishing a merge: the saved project must keep what the merge brought in. `merged_base`
/// is the staged merge result (conflicts and all); the saved project may resolve its
/// conflicts and change anything further, but going back to our version before the merge
/// (an undo of the merge in the window) would drop the others' work in a merge commit.
fn check_merge_kept(
    repository: &Repository,
    relative: &str,
    merged: &Project,
    saved: &Project,
) -> Result<(), SyncError> {
    let Some(ours_before) = repository
        .run(["show", &format!("HEAD:{relative}")])
        .ok()
        .and_then(|text| crate::io::project_file::parse_project("HEAD", text.as_bytes()).ok())
    else {
        return Ok(());
    };
    let without_conflicts = |project: &Project| {
        let mut project = project.clone();
        for per_paragraph in project.translations.values_mut() {
            for translation in per_paragraph.values_mut() {
                translation.conflict = None;
            }
            per_paragraph.retain(|_, translation| !translation.is_empty());
        }
        project
            .translations
            .retain(|_, per_paragraph| !per_paragraph.is_empty());
        project.metadata_conflicts.clear();
        project
    };
    let brought = without_conflicts(merged);
    // What the merge brought, applied again onto the saved project: anything that comes
    // back was dropped.
    let Ok(again) = crate::model::merge_projects(&ours_before, saved, &brought) else {
        return Ok(());
    };
    let again = without_conflicts(&again.project);
    if again == *saved {
        return Ok(());
    }
    let mut dropped = Vec::new();
    for (language, per_paragraph) in &again.translations {
        for (paragraph_id, translation) in per_paragraph {
            if saved.translation(*paragraph_id, language) != translation {
                dropped.push(format!("the {language} translation of ¶{}", paragraph_id.0));
            }
        }
    }
    for (language, per_paragraph) in &saved.translations {
        for paragraph_id in per_paragraph.keys() {
            if again.translation(*paragraph_id, language).is_empty() {
                dropped.push(format!("the {language} translation of ¶{}", paragraph_id.0));
            }
        }
    }
    if dropped.is_empty() {
        dropped.push("the metadata, links or paragraphs".to_owned());
    }
    Err(SyncError::MergeUndone(dropped.len(), dropped[0].clone()))
}

/// Why the merge driver refused, from what git passed on of its words.
fn driver_refusal(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix("diptych: "))
        .map_or_else(|| git_complaint(message), str::to_owned)
}

/// What git said went wrong: its `error:` and `fatal:` lines (not the merge driver's report),
/// or its last line.
fn git_complaint(message: &str) -> String {
    let complaints: Vec<&str> = message
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("error:") || line.starts_with("fatal:"))
        .collect();
    if complaints.is_empty() {
        message
            .lines()
            .rev()
            .find(|line| !line.trim().is_empty())
            .unwrap_or(message)
            .trim()
            .to_owned()
    } else {
        complaints.join(" ")
    }
}

/// Whether `.gitattributes` names the merge driver but is untracked or changed.
fn attributes_uncommitted(repository: &Repository) -> bool {
    let text = std::fs::read_to_string(repository.top().join(".gitattributes")).unwrap_or_default();
    text.contains(super::GITATTRIBUTES_LINE)
        && repository
            .run(["status", "--porcelain", "--", ".gitattributes"])
            .is_ok_and(|status| !status.trim().is_empty())
}

/// The remote to sync a branch that follows nothing with: `origin`, or the only remote.
fn default_remote(repository: &Repository) -> Option<String> {
    let remotes = repository.run(["remote"]).ok()?;
    let remotes: Vec<&str> = remotes.lines().filter(|line| !line.is_empty()).collect();
    if remotes.contains(&"origin") {
        Some("origin".to_owned())
    } else if remotes.len() == 1 {
        Some(remotes[0].to_owned())
    } else {
        None
    }
}

/// Merges `tracking` (fetched) into the branch with the merge driver.
fn merge_from(
    repository: &Repository,
    relative: &str,
    path: &Path,
    tracking: &str,
    (head_before, file_before): (&Option<String>, &Option<Vec<u8>>),
) -> Result<Pulled, SyncError> {
    Ok(
        match repository.run(["merge", "--no-edit", "-q", tracking]) {
            Ok(_) if repository.run(["rev-parse", "HEAD"]).ok() == *head_before => Pulled::UpToDate,
            // The others committed conflicts they had not resolved: they are shown here, and
            // nothing goes out until they are resolved.
            Ok(_)
                if crate::io::load_project(path)
                    .is_ok_and(|merged| merged.conflict_count() > 0) =>
            {
                Pulled::Conflicted
            }
            Ok(said) => Pulled::Merged {
                project_changed: std::fs::read(path).ok() != *file_before,
                // The merge driver's notes (what it chose without a conflict).
                notes: said
                    .lines()
                    .filter_map(|line| line.trim().strip_prefix("note: "))
                    .map(str::to_owned)
                    .collect(),
            },
            Err(GitError::Failed { message, .. }) => {
                let now = state_of(repository, relative)?;
                if now.merging
                    && crate::io::load_project(path).is_ok_and(|merged| merged.conflict_count() > 0)
                {
                    // The merged project, conflicts and all, is staged: git holds it (not only
                    // the working tree), and finishing the merge compares with it.
                    repository.run(["add", "--", relative])?;
                    Pulled::Conflicted
                } else if !now.other_conflicts.is_empty() {
                    Pulled::Failed(format!(
                        "other files are in conflict ({}); finish that merge in git",
                        now.other_conflicts.join(", ")
                    ))
                } else if now.project_unmerged && now.other_conflicts.is_empty() {
                    // The driver refused (both sides changed the source …): nothing is left
                    // half-merged; the local commit stays, and the reason is said.
                    let _ = repository.run(["merge", "--abort"]);
                    Pulled::Failed(format!(
                        "{}; the merge was called off and the local work stays committed here",
                        driver_refusal(&message)
                    ))
                } else {
                    Pulled::Failed(git_complaint(&message))
                }
            }
            Err(error) => return Err(error.into()),
        },
    )
}

/// Commits the saved `project` at `path` (already on disk), merges the upstream's work and
/// pushes. `program` is the diptych executable, for setting up the merge driver when the
/// repository has not been.
pub fn sync(path: &Path, project: &Project, program: &Path) -> Result<SyncOutcome, SyncError> {
    let (repository, relative) = locate(path)?;
    let configured = repository
        .run(["config", "--get", "merge.diptych.driver"])
        .is_ok();
    let attributes =
        std::fs::read_to_string(repository.top().join(".gitattributes")).unwrap_or_default();
    let mut set_up = false;
    let mut paths = vec![relative.clone()];
    if !configured || !attributes.contains(super::GITATTRIBUTES_LINE) {
        let report = super::set_up(repository.top(), program)?;
        set_up = true;
        if report.attributes_added {
            paths.push(".gitattributes".to_owned());
        }
    }
    let state = state_of(&repository, &relative)?;
    if !state.other_conflicts.is_empty() {
        return Err(SyncError::OtherConflicts(state.other_conflicts.join(", ")));
    }
    if state.branch.is_empty() {
        return Err(SyncError::Detached);
    }
    // Conflicts are resolved here, never sent to the others.
    let unresolved = project.conflict_count();
    if unresolved > 0 {
        return Err(SyncError::Unresolved(unresolved));
    }
    // A `.gitattributes` that sends projects to the driver but is not committed (git-setup
    // wrote it) goes with the project, so that every clone merges per record.
    if !paths.iter().any(|path| path == ".gitattributes") && attributes_uncommitted(&repository) {
        paths.push(".gitattributes".to_owned());
    }
    // The local version first: committed before anything is merged.
    let mut committed = None;
    // A rename staged with `git mv` is committed whole (the old name's removal with it).
    if let Some(old) = &state.renamed_from {
        paths.push(old.clone());
    }
    let attributes_to_commit = paths.iter().any(|path| path == ".gitattributes");
    if state.project_changed || state.merging || attributes_to_commit {
        // Finishing a merge, the version to compare with is what the merge itself makes of
        // the three versions git holds (worked out again here, whatever was staged since), so
        // that the message says what was resolved and nothing the merge brought is dropped.
        let before = if state.merging {
            let merged = merge_in_progress(&repository, &relative, state.project_unmerged)?;
            if let Some(merged) = &merged {
                check_merge_kept(&repository, &relative, merged, project)?;
            }
            merged
        } else {
            let committed_version = match &state.renamed_from {
                Some(old) => format!("HEAD:{old}"),
                None => format!("HEAD:{relative}"),
            };
            repository
                .run(["show", committed_version.as_str()])
                .ok()
                .and_then(|text| {
                    crate::io::project_file::parse_project("HEAD", text.as_bytes()).ok()
                })
        };
        let summary = super::change_summary(before.as_ref(), project);
        let summary = if summary == super::message::NOTHING_CHANGED && attributes_to_commit {
            "Merge project files per record (.gitattributes)".to_owned()
        } else {
            summary
        };
        let summary = match &state.renamed_from {
            Some(old) if summary == super::message::NOTHING_CHANGED => {
                format!("Rename {old} to {relative}")
            }
            Some(old) => format!("Rename {old} to {relative}; {summary}"),
            None => summary,
        };
        let message = if state.merging {
            format!(
                "Merge {}: {summary}",
                state.upstream.as_deref().unwrap_or("their work")
            )
        } else {
            summary
        };
        // (The old name of a rename is gone from the folder: only the commit names it.)
        let mut add = vec!["add".to_owned(), "--".to_owned()];
        add.extend(
            paths
                .iter()
                .filter(|path| Some(*path) != state.renamed_from.as_ref())
                .cloned(),
        );
        repository.run(&add)?;
        let mut commit = vec![
            "commit".to_owned(),
            "-q".to_owned(),
            "-m".to_owned(),
            message.clone(),
        ];
        if !state.merging {
            commit.push("--".to_owned());
            commit.extend(paths.iter().cloned());
        }
        repository.run(&commit)?;
        committed = Some(message);
    }
    // What to sync with: the branch's upstream, or (a branch that follows nothing yet) the
    // branch of the same name on `origin`, or on the only remote.
    let target = match &state.upstream {
        Some(upstream) => upstream
            .split_once('/')
            .map(|(remote, branch)| (remote.to_owned(), branch.to_owned())),
        None => default_remote(&repository)
            .filter(|_| !state.branch.is_empty())
            .map(|remote| (remote, state.branch.clone())),
    };
    let Some((remote, branch)) = target else {
        return Ok(SyncOutcome {
            committed,
            set_up,
            pulled: Pulled::NoUpstream,
            pushed: Pushed::NoUpstream,
            merged_project: None,
            state: state_of(&repository, &relative)?,
        });
    };
    let tracking = format!("refs/remotes/{remote}/{branch}");
    let file_before = std::fs::read(path).ok();
    let head_before = repository.run(["rev-parse", "HEAD"]).ok();
    let mut remote_has_branch = false;
    let pulled = match repository.run(["fetch", "-q", &remote]) {
        Err(GitError::Failed { message, .. }) if unreachable(&message) => Pulled::Offline(message),
        Err(error) => return Err(error.into()),
        Ok(_) => {
            remote_has_branch = repository
                .run(["rev-parse", "-q", "--verify", tracking.as_str()])
                .is_ok();
            if remote_has_branch {
                merge_from(
                    &repository,
                    &relative,
                    path,
                    &tracking,
                    (&head_before, &file_before),
                )?
            } else {
                // A new branch (or an empty repository): nothing to merge; the push makes it.
                Pulled::UpToDate
            }
        }
    };
    let merged_project = match &pulled {
        Pulled::Merged {
            project_changed: true,
            ..
        }
        | Pulled::Conflicted => Some(Box::new(
            crate::io::load_project(path)
                .map_err(|error| SyncError::Unreadable(error.to_string()))?,
        )),
        _ => None,
    };
    let now = state_of(&repository, &relative)?;
    let to_push = if remote_has_branch {
        repository
            .run(["rev-list", "--count", &format!("{tracking}..HEAD")])
            .ok()
            .and_then(|count| count.trim().parse::<usize>().ok())
            .unwrap_or(now.ahead)
    } else {
        repository
            .run(["rev-list", "--count", "HEAD"])
            .ok()
            .and_then(|count| count.trim().parse::<usize>().ok())
            .unwrap_or(0)
    };
    let pushed = if matches!(pulled, Pulled::Conflicted | Pulled::Failed(_)) || now.merging {
        Pushed::Waiting
    } else if matches!(pulled, Pulled::Offline(_)) {
        Pushed::Offline("the remote could not be reached".to_owned())
    } else if to_push == 0 {
        Pushed::NothingToPush
    } else {
        let mut push = vec!["push", "-q"];
        if state.upstream.is_none() {
            // The branch follows what it was pushed to from now on.
            push.push("-u");
        }
        let refspec = format!("HEAD:refs/heads/{branch}");
        push.push(remote.as_str());
        push.push(refspec.as_str());
        match repository.run(push) {
            Ok(_) => Pushed::Pushed(to_push),
            Err(GitError::Failed { message, .. }) if unreachable(&message) => {
                Pushed::Offline(message)
            }
            Err(GitError::Failed { message, .. }) => Pushed::Failed(message),
            Err(error) => return Err(error.into()),
        }
    };
    Ok(SyncOutcome {
        committed,
        set_up,
        pulled,
        pushed,
        merged_project,
        state: state_of(&repository, &relative)?,
    })
}
