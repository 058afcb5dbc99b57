//! Diptych: a workbench for keeping, cleaning, aligning and translating news articles offline.
//!
//! The layers, each using only those before it (see `docs/ARCHITECTURE.md`):
//!
//! - [`align`]: segmentation and alignment algorithms, pure functions on text;
//! - [`model`]: the project, its paragraphs, translations and alignments, edits and undo
//!   history (no egui, no files);
//! - [`io`]: files: article import, exports, the RON project format, locks, backups, recovery;
//! - [`memory`]: reusing earlier translations (translation memory matches);
//! - [`vcs`]: team work through git (the system's `git`, Diptych's merge driver);
//! - [`app`]: the egui user interface;
//! - [`cli`]: the command-line commands.

pub mod align;
pub mod app;
pub mod cli;
pub mod find;
pub mod io;
pub mod l10n;
pub mod library;
pub mod memory;
pub mod model;
pub mod qa;
pub mod spell;
pub mod vcs;

/// The allocator of every program built on this library: the checks, the aligner and the
/// importers make and drop many small strings on several threads, which mimalloc serves
/// faster than the system's allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
