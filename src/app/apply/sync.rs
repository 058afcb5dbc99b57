//! Sync in the window: the project is saved first (Sync commits what is saved), git runs in
//! the background, and what the others did comes into the window as one undoable step — on
//! top of anything typed meanwhile, merged per record like any merge. A merge that kept
//! conflicts shows the first one.

use std::path::PathBuf;

use crate::app::DiptychApp;
use crate::app::commands::Command;
use crate::app::dock::DockPanel;
use crate::app::history::HistoryRequest;
use crate::app::jobs::JobKind;
use crate::app::jobs::StartError;
use crate::app::overlays::ToastLevel;
use crate::l10n::tr;
use crate::model::{Edit, Project, merge_projects};
use crate::vcs::{Pulled, SyncOutcome};

impl DiptychApp {
    /// Syncs the project: saved first when it has unsaved changes (or has never been saved).
    pub(super) fn sync(&mut self) {
        let Some(path) = self.session.document.save_path().cloned() else {
            self.pending
                .push(Command::SaveThen(Box::new(Command::SyncWithGit)));
            return;
        };
        if self.session.is_read_only() {
            self.overlays.toast(ToastLevel::Error, tr::sync_read_only());
            return;
        }
        if self.session.document.is_dirty() {
            self.pending
                .push(Command::SaveThen(Box::new(Command::SyncWithGit)));
            return;
        }
        let saved = self.session.document.project.clone();
        match self.jobs.start_sync(path, saved) {
            Ok(()) => {}
            Err(StartError::Busy) => self.overlays.toast(ToastLevel::Info, tr::sync_running()),
            Err(error) => self
                .overlays
                .toast(ToastLevel::Error, tr::sync_not_started(error.to_string())),
        }
    }

    /// Reads the history the History panel shows, when it is open and what it shows is not
    /// what is asked (another row or target, or the file changed).
    pub(in crate::app) fn prepare_history(&mut self) {
        if !self.view.dock.is_open(DockPanel::History) {
            return;
        }
        let Some(path) = self.session.document.save_path().cloned() else {
            return;
        };
        let request = HistoryRequest {
            path,
            row: self.view.selected.zip(self.view.target.clone()),
        };
        let history = &mut self.view.dock.history;
        if !history.needs(&request) || self.jobs.is_running(JobKind::History) {
            return;
        }
        if history.asked.as_ref().map(|asked| &asked.path) != Some(&request.path) {
            history.log = None;
        }
        history.row = None;
        if self.jobs.start_history(request.clone()).is_ok() {
            self.view.dock.history.asking(request);
        }
    }

    /// The history read for `request`.
    pub(super) fn history_read(
        &mut self,
        request: &HistoryRequest,
        log: Result<Vec<crate::vcs::CommitInfo>, String>,
        row: Option<Result<Vec<crate::vcs::RowChange>, String>>,
    ) {
        self.view.dock.history.read(request, log, row);
    }

    /// Reads, in the background, where the project's repository stands (for the status bar).
    pub(super) fn refresh_git_state(&mut self) {
        self.read_git_state(false);
    }

    /// Reads the repository's state; with `fetch`, after fetching what the others pushed.
    fn read_git_state(&mut self, fetch: bool) {
        self.view.dock.history.outdated = true;
        match self.session.document.save_path().cloned() {
            Some(path) => {
                // One at a time; a Sync tells the state itself when it ends.
                if self.jobs.start_git_state(path, fetch).is_ok() && fetch {
                    self.view.git_fetched = Some(std::time::Instant::now());
                }
            }
            None => self.view.git = None,
        }
    }

    /// Every few minutes, for a project in a repository with a remote, fetches what the
    /// others pushed so that the status bar's "behind" is current.
    pub(in crate::app) fn fetch_now_and_then(&mut self, ctx: &egui::Context) {
        const EVERY: std::time::Duration = std::time::Duration::from_mins(5);
        let Some(git) = &self.view.git else {
            return;
        };
        if git.upstream.is_none() || self.jobs.is_running(JobKind::Sync) {
            return;
        }
        let due = self
            .view
            .git_fetched
            .is_none_or(|fetched| fetched.elapsed() >= EVERY);
        if due {
            self.read_git_state(true);
        }
        ctx.request_repaint_after(EVERY);
    }

    /// The state read for `path`, if it is still the open project's.
    pub(super) fn git_state_read(&mut self, path: &PathBuf, state: Option<crate::vcs::SyncState>) {
        // A Sync running now tells the state itself when it ends.
        if self.session.document.save_path() == Some(path) && !self.jobs.is_running(JobKind::Sync) {
            self.view.git = state;
        }
    }

    /// A Sync ended: what it did is said, and the merged project (if the others changed it)
    /// comes into the window.
    pub(super) fn synced(
        &mut self,
        path: &PathBuf,
        saved: &Project,
        result: Result<Box<SyncOutcome>, String>,
    ) {
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(error) => {
                self.overlays
                    .toast(ToastLevel::Error, tr::sync_failed(error));
                self.refresh_git_state();
                return;
            }
        };
        if self.session.document.save_path() != Some(path) {
            // Another project was opened meanwhile; its own Sync will bring the merge in.
            self.overlays.toast(
                ToastLevel::Info,
                tr::sync_other_project(path.display().to_string()),
            );
            return;
        }
        self.view.git = Some(outcome.state.clone());
        let (text, failure) = crate::app::describe::sync_outcome(&outcome);
        let offline = matches!(outcome.pulled, Pulled::Offline(_))
            || matches!(outcome.pushed, crate::vcs::Pushed::Offline(_));
        let level = if failure.is_some() || offline {
            ToastLevel::Warning
        } else {
            ToastLevel::Info
        };
        self.overlays
            .toast(level, tr::sync_outcome(text.replace('\n', "; ")));
        if let Some(merged) = outcome.merged_project {
            self.bring_in_merged(saved, *merged);
        }
        if outcome.pulled == Pulled::Conflicted {
            self.next_conflict();
        }
    }

    /// Puts the merged project in the window as one undoable step. When nothing was typed
    /// since the Sync started it is what the file holds (saved); otherwise what was typed is
    /// merged onto it and stays unsaved.
    fn bring_in_merged(&mut self, saved: &Project, merged: Project) {
        let unchanged = self.session.document.project == *saved;
        let replacement = if unchanged {
            merged
        } else {
            match merge_projects(saved, &self.session.document.project, &merged) {
                Ok(outcome) => outcome.project,
                Err(refusal) => {
                    self.overlays.toast(
                        ToastLevel::Error,
                        tr::sync_merge_refused(refusal.to_string()),
                    );
                    return;
                }
            }
        };
        if replacement == self.session.document.project {
            return;
        }
        self.editing()
            .edit_alone(Edit::ReplaceProject(Box::new(replacement)));
        if unchanged {
            self.session.document.history.mark_saved();
        }
        self.view.keep_target_valid(&self.session.document.project);
    }
}
