//! The archive library: every project in the library folder in one place. `catalogue` says
//! what each project is (its row: title, outlet, languages and progress, dates, tags) and
//! what identifies its article (canonical address, original bytes, text); `record` is what is
//! kept of a project to search it, cached per project; `index` holds the records in memory,
//! one segment per project; `scan` brings the index up to date with the folder; `search`
//! finds texts in every language, ranked; `duplicates` tells whether an article is saved
//! already, and `add` saves an article into the library when it is not. No egui here; files are read through `io`.

pub mod add;
pub mod catalogue;
pub mod duplicates;
pub mod index;
pub mod record;
pub mod scan;
pub mod search;
#[cfg(test)]
mod tests;

pub use catalogue::{Entry, Fingerprints, TargetProgress, WorkStatus, canonical_url};
pub use duplicates::{Duplicate, Sameness, duplicates_of};
pub use index::LibraryIndex;
pub use scan::RefreshReport;
pub use search::{Hit, Query, search};
