//! Every integration test in one binary (on a two-core machine each test binary costs a link
//! step): the window driven through `egui_kittest`, the command line run as a real process,
//! imports of articles and archives, crash safety, and the layers of the source.
#![expect(
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "tests stop at the first surprise, and print what they measured"
)]

mod archives;
mod cli_common;
mod common;

mod bad_input;
mod cli;
mod cli_eval;
mod cli_export;
mod cli_git;
mod cli_glossary;
mod cli_history;
mod cli_library;
mod cli_qa;
mod cli_recapture;
mod cli_safety;
mod cli_sync;
mod cli_sync_mixed;
mod cli_tm;
#[cfg(unix)]
mod crash_safety;
mod git_common;
mod import;
mod l10n_catalogue;
mod layers;
mod ui;
mod ui_align;
mod ui_commands;
mod ui_conflicts;
mod ui_export;
mod ui_find;
mod ui_git;
mod ui_glossary;
mod ui_l10n;
mod ui_library;
mod ui_matches;
mod ui_qa;
mod ui_recapture;
mod ui_safety;
mod ui_unsaved;
mod ui_web;
mod web;
