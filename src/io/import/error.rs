//! Why an article could not be imported, in words for the user.

use std::fmt::Write as _;

use super::decode::DecodeError;
use super::options::RecordChoice;
use crate::model::IdsExhausted;

/// Why an article could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {reason}")]
    Read {
        path: String,
        reason: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Decode { path: String, reason: DecodeError },
    #[error("{path}: {reason}")]
    Archive { path: String, reason: String },
    #[error(
        "{path} holds {} web pages; choose one (in the CLI with --record URL): {}",
        records.len(),
        record_list(records)
    )]
    ChooseRecord {
        path: String,
        records: Vec<RecordChoice>,
    },
    #[error("{path} has no page {url}; it holds: {}", record_list(records))]
    NoSuchRecord {
        path: String,
        url: String,
        records: Vec<RecordChoice>,
    },
    #[error(
        "{path}: the text is {size_mb} MB; plain-text articles are imported up to {limit_mb} MB"
    )]
    TooLarge {
        path: String,
        size_mb: usize,
        limit_mb: usize,
    },
    #[error("{path}: the file has no text to import (only white space)")]
    NoText { path: String },
    #[error(transparent)]
    IdsExhausted(#[from] IdsExhausted),
}

/// The pages of an archive for a message: the first 20, then how many more.
fn record_list(records: &[RecordChoice]) -> String {
    const SHOWN: usize = 20;
    let mut list = records
        .iter()
        .take(SHOWN)
        .map(|record| record.url.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if records.len() > SHOWN {
        // Writing into a String cannot fail: the ignored fmt::Result is always Ok.
        let _ = write!(list, " … and {} more", records.len() - SHOWN);
    }
    list
}
