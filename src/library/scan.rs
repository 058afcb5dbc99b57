//! Bringing the index up to date with the library folder: projects unchanged since they were
//! indexed are kept, changed or new ones are read from their cached record when it is still
//! theirs and otherwise from the project file (on every core, the record then cached), and
//! projects gone are forgotten, their records removed. A missing, stale or damaged record is
//! never trusted: the project is read again.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::index::LibraryIndex;
use super::record::{self, Record, RecordMiss};
use crate::io::fs::FileStamp;

/// What a refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Projects already indexed and unchanged.
    pub unchanged: usize,
    /// Projects taken from their cached records.
    pub from_cache: usize,
    /// Projects read from their files (new, changed, or with no usable record).
    pub read: usize,
    /// Projects no longer there.
    pub removed: usize,
    /// Project files that could not be read, with why.
    pub unreadable: Vec<(PathBuf, String)>,
    /// Records that could not be written (the next start reads those projects again).
    pub cache_errors: Vec<String>,
}

/// What reading one project gave.
enum Outcome {
    Record(Box<Record>, FileStamp, bool),
    Unreadable(PathBuf, String),
}

/// The record of the project `stamp` describes: the cached one when still its own, else read
/// from the file (and cached; an error writing it is returned beside).
fn record_of(library: &Path, stamp: FileStamp) -> (Outcome, Option<String>) {
    match record::read_record(library, &stamp) {
        Ok(record) => return (Outcome::Record(Box::new(record), stamp, true), None),
        Err(RecordMiss::Missing | RecordMiss::Stale | RecordMiss::Damaged(_)) => {}
    }
    let path = stamp.path.clone();
    let project = match crate::io::load_project(&path) {
        Ok(project) => project,
        Err(error) => return (Outcome::Unreadable(path, error.to_string()), None),
    };
    let modified = std::fs::metadata(&path)
        .and_then(|metadata| metadata.modified())
        .map(crate::io::fs::utc_display)
        .unwrap_or_default();
    let record = Record::of(&project, path.clone(), modified);
    let written = record::write_record(library, &record, &stamp)
        .err()
        .map(|error| format!("{}: {error}", record::record_path(library, &path).display()));
    (Outcome::Record(Box::new(record), stamp, false), written)
}

impl LibraryIndex {
    /// Brings the index up to date with the library folder, telling `progress` how many of
    /// how many projects are indexed (`0, 0` while the folder is looked through; `None` when
    /// it says stop; the index then keeps what was done).
    pub fn refresh(
        &mut self,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Option<RefreshReport> {
        if !progress(0, 0) {
            return None;
        }
        let files = crate::io::library::project_files(&self.folder);
        let mut report = RefreshReport::default();
        let present: std::collections::BTreeSet<&PathBuf> = files.iter().collect();
        let gone: Vec<PathBuf> = self
            .known_paths()
            .into_iter()
            .filter(|path| !present.contains(path))
            .collect();
        report.removed = gone.len();
        for path in gone {
            self.remove(&path);
        }
        let mut changed = Vec::new();
        for path in &files {
            let stamp = FileStamp::of(path.clone());
            if self.is_current(path, &stamp) {
                report.unchanged += 1;
            } else {
                changed.push(stamp);
            }
        }
        let total = changed.len();
        let stop = AtomicBool::new(false);
        let mut leftover: Vec<FileStamp> = Vec::new();
        let workers = std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .clamp(1, 8)
            .min(total.max(1));
        let library = self.folder.clone();
        let (sender, receiver) = std::sync::mpsc::channel();
        let mut stopped = false;
        std::thread::scope(|scope| {
            for worker in 0..workers {
                let sender = sender.clone();
                let mine: Vec<FileStamp> = changed
                    .iter()
                    .skip(worker)
                    .step_by(workers)
                    .cloned()
                    .collect();
                let (library, stop) = (&library, &stop);
                let kept = mine.clone();
                let spawned = std::thread::Builder::new()
                    .name(format!("diptych-index-{worker}"))
                    .spawn_scoped(scope, move || {
                        for stamp in mine {
                            if stop.load(Ordering::Relaxed) {
                                return;
                            }
                            if sender.send(record_of(library, stamp)).is_err() {
                                return;
                            }
                        }
                    });
                if spawned.is_err() {
                    // No thread to be had: this share is read here, after the others.
                    leftover.extend(kept);
                }
            }
            for stamp in std::mem::take(&mut leftover) {
                if sender.send(record_of(&library, stamp)).is_err() {
                    break;
                }
            }
            drop(sender);
            let mut taken = 0;
            while let Ok((outcome, cache_error)) = receiver.recv() {
                taken += 1;
                if let Some(error) = cache_error {
                    report.cache_errors.push(error);
                }
                match outcome {
                    Outcome::Record(record, stamp, cached) => {
                        if cached {
                            report.from_cache += 1;
                        } else {
                            report.read += 1;
                        }
                        self.insert(*record, stamp);
                    }
                    Outcome::Unreadable(path, reason) => {
                        report.unreadable.push((path.clone(), reason.clone()));
                        self.mark_unreadable(path, reason);
                    }
                }
                if (taken % 16 == 0 || taken == total) && !stopped && !progress(taken, total) {
                    stopped = true;
                    stop.store(true, Ordering::Relaxed);
                }
            }
        });
        if stopped {
            return None;
        }
        if report.read + report.from_cache > 0 {
            self.compact();
        }
        remove_orphan_records(&self.folder, &files);
        Some(report)
    }

    /// Reads the project at `path` again (after it was saved), whatever its stamp says.
    pub fn refresh_project(&mut self, path: &Path) -> Result<(), String> {
        let stamp = FileStamp::of(path.to_path_buf());
        let (outcome, cache_error) = record_of(&self.folder, stamp);
        match outcome {
            Outcome::Record(record, stamp, _) => {
                self.insert(*record, stamp);
                cache_error.map_or(Ok(()), Err)
            }
            Outcome::Unreadable(path, reason) => {
                self.mark_unreadable(path, reason.clone());
                Err(reason)
            }
        }
    }
}

/// Removes cached records whose projects are gone (only files named as records are touched).
fn remove_orphan_records(library: &Path, files: &[PathBuf]) {
    let folder = record::record_folder(library);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return;
    };
    let kept: std::collections::HashSet<PathBuf> = files
        .iter()
        .map(|path| record::record_path(library, path))
        .collect();
    for entry in entries.flatten() {
        let path = entry.path();
        let is_record = entry
            .file_name()
            .to_str()
            .is_some_and(record::is_record_name);
        if is_record && !kept.contains(&path) && entry.file_type().is_ok_and(|kind| kind.is_file())
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}
