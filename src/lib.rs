//! Diptych: a workbench for keeping, cleaning, aligning and translating news articles offline.
//!
//! - [`model`]: the project, its paragraphs and translations, edits and undo history;
//! - [`io`]: article import, the RON project format, reports;
//! - [`align`]: segmentation (and alignment) algorithms;
//! - [`app`]: the egui user interface;
//! - [`cli`]: the command-line commands.

pub mod align;
pub mod app;
pub mod cli;
pub mod io;
pub mod model;
