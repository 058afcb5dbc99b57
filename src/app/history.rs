//! The History panel's state: the project's commits and the selected row's changes as last
//! read from git (in the background), and what to read next. It is read again when the row or
//! target changes, and after the project is saved or synced.

use std::path::PathBuf;

use crate::model::{LanguageTag, ParagraphId};
use crate::vcs::{CommitInfo, RowChange};

/// A row: its paragraph and the translation's language.
pub type RowKey = (ParagraphId, LanguageTag);

/// What the panel asks of git: the file, and the row whose changes to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRequest {
    pub path: PathBuf,
    pub row: Option<RowKey>,
}

/// What was read.
#[derive(Debug, Clone, Default)]
pub struct HistoryState {
    /// The request the shown history answers (or is being read for).
    pub asked: Option<HistoryRequest>,
    /// The file's commits, newest first (or why they could not be read).
    pub log: Option<Result<Vec<CommitInfo>, String>>,
    /// The row's changes, newest first.
    pub row: Option<Result<Vec<RowChange>, String>>,
    /// Set when the file changed (saved, synced): read again.
    pub outdated: bool,
}

impl HistoryState {
    /// Whether `request` needs reading (another file or row, or the file changed).
    pub fn needs(&self, request: &HistoryRequest) -> bool {
        self.outdated || self.asked.as_ref() != Some(request)
    }

    /// A read was started for `request`.
    pub fn asking(&mut self, request: HistoryRequest) {
        self.asked = Some(request);
        self.outdated = false;
    }

    /// A read ended: kept if it answers what is asked now.
    pub fn read(
        &mut self,
        request: &HistoryRequest,
        log: Result<Vec<CommitInfo>, String>,
        row: Option<Result<Vec<RowChange>, String>>,
    ) {
        if self.asked.as_ref() == Some(request) {
            self.log = Some(log);
            self.row = row;
        }
    }
}
