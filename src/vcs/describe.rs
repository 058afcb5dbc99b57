//! A Sync's outcome in words, for the command line and the window alike.

use super::{Pulled, Pushed, SyncOutcome};

impl SyncOutcome {
    /// What the Sync did, in words (the CLI's output, the window's message), and a one-line
    /// failure when it left something to do (conflicts to resolve, a merge or push that failed).
    pub fn describe(&self) -> (String, Option<String>) {
        let outcome = self;
        let mut lines = Vec::new();
        if outcome.set_up {
            lines.push("set this clone up to merge projects per record (git-setup)".to_owned());
        }
        match &outcome.committed {
            Some(message) => lines.push(format!("committed: {message}")),
            None => lines.push("nothing new to commit".to_owned()),
        }
        let mut failure = None;
        match &outcome.pulled {
            Pulled::NoUpstream => lines.push(if outcome.state.branch.is_empty() {
                "no branch is checked out (detached HEAD): the work is committed here, nothing \
                 pulled or pushed"
                    .to_owned()
            } else {
                format!(
                    "the branch {} has no remote to sync with (git remote add origin URL): the \
                     work is committed here",
                    outcome.state.branch
                )
            }),
            Pulled::UpToDate => lines.push("up to date with the others".to_owned()),
            Pulled::Merged {
                project_changed,
                notes,
            } => {
                lines.push(if *project_changed {
                    "merged the others' work into the project".to_owned()
                } else {
                    "merged the others' commits (the project was not changed by them)".to_owned()
                });
                lines.extend(notes.iter().map(|note| format!("note: {note}")));
            }
            Pulled::Conflicted => {
                let conflicts = outcome
                    .merged_project
                    .as_ref()
                    .map_or(0, |project| project.conflict_count());
                lines.push(format!(
                    "merged, keeping {conflicts} conflict(s) with both versions: choose in the \
                 window, save, and Sync again to finish the merge"
                ));
                failure = Some(format!("{conflicts} merge conflict(s) to resolve"));
            }
            Pulled::Offline(message) => lines.push(format!(
                "offline: the remote could not be reached ({}); the work is committed here and \
             goes out with the next Sync",
                first_line(message)
            )),
            Pulled::Failed(message) => {
                lines.push(format!("git could not merge: {}", first_line(message)));
                failure =
                    Some("the merge did not go through; the local work is committed".to_owned());
            }
        }
        match &outcome.pushed {
            Pushed::Pushed(count) => lines.push(format!("pushed {count} commit(s)")),
            Pushed::Offline(message) => {
                lines.push(format!("not pushed (offline: {})", first_line(message)));
            }
            Pushed::Failed(message) => {
                lines.push(format!("not pushed: {}", first_line(message)));
                failure.get_or_insert_with(|| "the push failed".to_owned());
            }
            Pushed::NoUpstream | Pushed::NothingToPush | Pushed::Waiting => {}
        }
        (lines.join("\n"), failure)
    }
}

/// The first line of git's message that says something, for one-line reports.
pub fn first_line(message: &str) -> &str {
    message
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or(message)
        .trim()
}
