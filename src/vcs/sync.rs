//! Sync: the saved project committed (with a message saying what changed), the other side's
//! work fetched and merged with Diptych's merge driver, and the result pushed. Nothing is ever
//! lost: the local version is committed before anything is merged; a network that cannot be
//! reached stops only the fetch or the push (the commit stays, the next Sync sends it); a merge
//! that keeps conflicts leaves them in the project for the window to show.

use std::path::Path;

use super::finish::{check_merge_kept, merge_in_progress, project_at};
use super::git::{GitError, Repository};
use super::state::{SyncState, state_of, unreachable};
use crate::model::Project;

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
        "{0} (another project of this working tree) has merge conflicts still to resolve: \
         nothing was committed; open it in Diptych, choose, save, then Sync"
    )]
    OtherUnresolved(String),
    #[error(
        "no branch is checked out (detached HEAD): nothing was committed; check out a branch \
         (git switch main) and Sync again"
    )]
    Detached,
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

/// The other project files with uncommitted changes that can go with this Sync, each with
/// what changed; one that holds unresolved conflicts stops the Sync, one that does not read
/// is left out (git keeps it as it is).
fn other_projects(
    repository: &Repository,
    state: &SyncState,
) -> Result<Vec<(String, String)>, SyncError> {
    let mut others = Vec::new();
    for path in &state.other_projects {
        let Ok(project) = crate::io::load_project(&repository.top().join(path)) else {
            continue;
        };
        if project.conflict_count() > 0 {
            return Err(SyncError::OtherUnresolved(path.clone()));
        }
        let before = project_at(repository, "HEAD", path);
        others.push((
            path.clone(),
            super::change_summary(before.as_ref(), &project),
        ));
    }
    Ok(others)
}

/// Commits the saved `project` at `path` (already on disk), merges the upstream's work and
/// pushes. `program` is the diptych executable, for setting up the merge driver when the
/// repository has not been.
pub fn sync(path: &Path, project: &Project, program: &Path) -> Result<SyncOutcome, SyncError> {
    let (repository, relative) = Repository::locate(path)?;
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
    // The other projects of the working tree changed meanwhile (a library's, whose tags were
    // edited from the library screen) go in the same commit, each said in the message.
    let others = other_projects(&repository, &state)?;
    paths.extend(others.iter().map(|(path, _)| path.clone()));
    if state.project_changed || state.merging || attributes_to_commit || !others.is_empty() {
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
            project_at(
                &repository,
                "HEAD",
                state.renamed_from.as_deref().unwrap_or(&relative),
            )
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
        let summary = if others.is_empty() {
            summary
        } else {
            let mut parts = Vec::new();
            if state.project_changed || state.merging {
                parts.push(summary);
            }
            parts.extend(others.iter().map(|(path, said)| format!("{path}: {said}")));
            parts.join("; ")
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
