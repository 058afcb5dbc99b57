//! The git jobs: Sync (commit, merge with the driver, push) and reading where the project's
//! repository stands for the status bar. git runs as its own process; these threads wait for
//! it so that the window never does.

use std::path::PathBuf;

use super::{JobKind, JobOutput, Jobs, StartError};
use crate::l10n::tr;
use crate::model::Project;

impl Jobs {
    /// Starts a Sync of the project saved at `path` (`saved` is what was saved).
    pub fn start_sync(&mut self, path: PathBuf, saved: Project) -> Result<(), StartError> {
        let lost_path = path.clone();
        let lost_saved = saved.clone();
        self.start(
            JobKind::Sync,
            path.clone(),
            tr::job_syncing(),
            Box::new(move || JobOutput::Synced {
                path: lost_path.clone(),
                saved: Box::new(lost_saved.clone()),
                result: Err(tr::job_sync_lost()),
            }),
            move |progress| {
                progress.report(None, tr::job_sync_progress());
                let result = std::env::current_exe()
                    .map_err(|error| tr::job_no_program(error.to_string()))
                    .and_then(|program| {
                        crate::vcs::sync(&path, &saved, &program)
                            .map(Box::new)
                            .map_err(|error| crate::app::explain::sync_error(&error))
                    });
                JobOutput::Synced {
                    path,
                    saved: Box::new(saved),
                    result,
                }
            },
        )
    }

    /// Starts reading where the repository of the project at `path` stands, after fetching
    /// from its remote when `fetch` (so that "behind" is current).
    pub fn start_git_state(&mut self, path: PathBuf, fetch: bool) -> Result<(), StartError> {
        let lost_path = path.clone();
        self.start(
            JobKind::GitState,
            path.clone(),
            tr::job_git_state(),
            Box::new(move || JobOutput::GitState {
                path: lost_path.clone(),
                state: None,
            }),
            move |_| {
                let state = if fetch {
                    crate::vcs::fetched_state(&path).ok()
                } else {
                    crate::vcs::sync_state(&path).ok()
                };
                JobOutput::GitState { path, state }
            },
        )
    }

    /// Starts reading the project's commits (the latest 500) and the asked row's changes.
    pub fn start_history(
        &mut self,
        request: crate::app::history::HistoryRequest,
    ) -> Result<(), StartError> {
        const LIMIT: usize = 500;
        let lost = request.clone();
        self.start(
            JobKind::History,
            request.path.clone(),
            tr::job_history(),
            Box::new(move || JobOutput::HistoryRead {
                request: lost.clone(),
                log: Err(tr::job_history_lost()),
                row: None,
            }),
            move |_| {
                let log = crate::vcs::project_log(&request.path, LIMIT)
                    .map_err(|error| error.to_string());
                let row = request.row.as_ref().map(|(paragraph_id, language)| {
                    crate::vcs::row_history(&request.path, *paragraph_id, language, LIMIT)
                        .map_err(|error| error.to_string())
                });
                JobOutput::HistoryRead { request, log, row }
            },
        )
    }
}
