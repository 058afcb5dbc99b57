//! Team work through git, with no server of Diptych's own: the system's `git` carries the
//! projects (its credential helpers and ssh agent are its business; Diptych never sees a
//! password). `git` runs it; `setup` makes a repository merge project files with Diptych's
//! merge driver (`diptych merge-driver`, which merges per record through
//! [`crate::model::merge_projects`]).

mod git;
mod setup;

pub use git::{GitError, Repository};
pub use setup::{GITATTRIBUTES_LINE, SetupError, SetupReport, driver_command, set_up};
