//! Team work through git, with no server of Diptych's own: the system's `git` carries the
//! projects (its credential helpers and ssh agent are its business; Diptych never sees a
//! password). `git` runs it; `setup` makes a repository merge project files with Diptych's
//! merge driver (`diptych merge-driver`, which merges per record through
//! [`crate::model::merge_projects`]); `state` reads where the repository stands; `sync`
//! commits the saved project with a message from `message`, merges the others' work and
//! pushes, `finish` checking that a merge being finished keeps what it brought in; `history`
//! reads the file's commits and a row's versions.
//!
//! The system `git` rather than a Rust git library (git2, gix): the team's repositories,
//! remotes, credential helpers, ssh keys and hooks are already set up for it; it runs the merge
//! driver that `.gitattributes` names, as it will for anyone merging on the command line; and
//! it costs no build time (libgit2 with TLS and ssh is a large C build on two cores).

mod describe;
mod finish;
mod git;
mod history;
mod message;
mod setup;
mod state;
mod sync;

pub use describe::first_line;
pub use git::{GitError, Repository};
pub use history::{CommitInfo, RowChange, project_log, row_history};
pub use message::change_summary;
pub use setup::{GITATTRIBUTES_LINE, SetupError, SetupReport, set_up};
pub use state::{SyncState, fetched_state, sync_state};
pub use sync::{Pulled, Pushed, SyncError, SyncOutcome, sync};
