//! The library screen's state (Ctrl+L): the library's index (held by a background job while
//! it is brought up to date or articles are added), the projects' rows as last indexed, the
//! filters, sort order and search the user typed, the rows and hits worked out from them
//! before drawing, what the last drop of files did, and where to go once a project opened
//! from a search hit has loaded.

use std::path::{Path, PathBuf};

use crate::library::add::AddOutcome;
use crate::library::{Entry, Hit, LibraryIndex, Query, WorkStatus, search};

/// How many search hits the screen shows at most.
pub const MOST_HITS: usize = 200;

/// A column the projects can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    #[default]
    Title,
    Outlet,
    Language,
    Progress,
    Published,
    Captured,
    Modified,
}

/// What the user typed and chose above the table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryFilter {
    /// Words to search for in every text (empty: the table is shown).
    pub search: String,
    /// Only this language (a project's source or a target; a hit's language).
    pub lang: Option<String>,
    pub outlet: String,
    pub tag: String,
    pub status: Option<WorkStatus>,
    /// Published on or after / before (`YYYY-MM-DD` or a prefix).
    pub from: String,
    pub to: String,
    pub sort: SortColumn,
    pub descending: bool,
}

impl LibraryFilter {
    /// The search query with the filters.
    pub fn query(&self) -> Query {
        let given = |text: &str| (!text.trim().is_empty()).then(|| text.trim().to_owned());
        Query {
            text: self.search.clone(),
            lang: self.lang.clone(),
            outlet: given(&self.outlet),
            tag: given(&self.tag),
            published_from: given(&self.from),
            published_to: given(&self.to),
            status: self.status,
        }
    }
}

/// What became of one file dropped onto the library.
#[derive(Debug, Clone, PartialEq)]
pub struct AddResult {
    pub file: PathBuf,
    pub outcome: Result<AddOutcome, String>,
}

/// A project's tags and note as typed in the library screen, before they are saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Describing {
    pub project: PathBuf,
    pub title: String,
    pub tags: String,
    pub note: String,
}

/// Where to go in a project opened from a search hit, once it has loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct Jump {
    pub project: PathBuf,
    pub hit: Hit,
}

/// The library screen's state.
#[derive(Default)]
pub struct LibraryState {
    folder: Option<PathBuf>,
    /// The index, when no job holds it.
    index: Option<LibraryIndex>,
    /// The rows as last indexed (shown while a job holds the index).
    entries: Vec<Entry>,
    unreadable: Vec<(PathBuf, String)>,
    /// Whether the screen is shown instead of the project.
    pub shown: bool,
    /// Whether a job is bringing the index up to date (or adding files).
    pub busy: bool,
    pub filter: LibraryFilter,
    /// The filter the rows and hits were worked out for, and the entries' generation.
    worked_out: Option<(LibraryFilter, u64)>,
    generation: u64,
    rows: Vec<usize>,
    hits: Vec<Hit>,
    /// What the last drop of files did (shown until dismissed).
    pub added: Vec<AddResult>,
    /// The project whose tags and note are being edited, with the text typed (widget state).
    pub describing: Option<Describing>,
    pub jump: Option<Jump>,
    /// A file to add as a new capture of a project once that project is open: (project,
    /// file).
    pub capture_after_open: Option<(PathBuf, PathBuf)>,
}

impl LibraryState {
    pub fn new(folder: Option<PathBuf>) -> Self {
        Self {
            folder,
            ..Self::default()
        }
    }

    /// The library folder.
    pub fn folder(&self) -> Option<&Path> {
        self.folder.as_deref()
    }

    /// Uses another library folder from now on (indexed again when next shown).
    pub fn set_folder(&mut self, folder: Option<PathBuf>) {
        if folder != self.folder {
            self.folder = folder;
            self.index = None;
            self.entries.clear();
            self.unreadable.clear();
            self.generation += 1;
        }
    }

    /// Hands the index to a job (a new one when there is none yet).
    pub fn take_index(&mut self) -> Option<LibraryIndex> {
        let folder = self.folder.clone()?;
        Some(
            self.index
                .take()
                .filter(|index| index.is_of(&folder))
                .unwrap_or_else(|| LibraryIndex::new(folder)),
        )
    }

    /// Takes the index back from a job (none when it was stopped).
    pub fn put_index(&mut self, index: Option<LibraryIndex>) {
        self.busy = false;
        let Some(index) = index.filter(|index| self.folder().is_some_and(|own| index.is_of(own)))
        else {
            return;
        };
        self.entries = index.entries().cloned().collect();
        self.unreadable = index
            .unreadable()
            .map(|(path, reason)| (path.to_path_buf(), reason.to_owned()))
            .collect();
        self.index = Some(index);
        self.generation += 1;
    }

    /// Whether the index was ever built (or is being built).
    pub fn has_index(&self) -> bool {
        self.index.is_some()
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn unreadable(&self) -> &[(PathBuf, String)] {
        &self.unreadable
    }

    /// The rows shown, as indexes into [`Self::entries`], filtered and sorted.
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// The search hits shown.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Works out the rows and hits for the filter, when it or the entries changed.
    pub fn prepare(&mut self) {
        let key = (self.filter.clone(), self.generation);
        if self.worked_out.as_ref() == Some(&key) {
            return;
        }
        let query = self.filter.query();
        let lang = self.filter.lang.clone();
        let mut rows: Vec<usize> = (0..self.entries.len())
            .filter(|&row| {
                let entry = &self.entries[row];
                let language_ok = lang.as_ref().is_none_or(|lang| {
                    entry.source_language == *lang
                        || entry.targets.iter().any(|target| target.lang == *lang)
                        || entry.aligned.contains(lang)
                });
                language_ok && crate::library::search::entry_passes(entry, &query)
            })
            .collect();
        let entries = &self.entries;
        let progress = |entry: &Entry| {
            let (done, total) = entry.targets.iter().fold((0, 0), |(done, total), target| {
                (done + target.done, total + target.total)
            });
            if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            }
        };
        rows.sort_by(|&one, &other| {
            let (one, other) = (&entries[one], &entries[other]);
            let order = match self.filter.sort {
                SortColumn::Title => one
                    .display_title()
                    .to_lowercase()
                    .cmp(&other.display_title().to_lowercase()),
                SortColumn::Outlet => one.outlet.to_lowercase().cmp(&other.outlet.to_lowercase()),
                SortColumn::Language => one.source_language.cmp(&other.source_language),
                SortColumn::Progress => progress(one).total_cmp(&progress(other)),
                SortColumn::Published => one.published.cmp(&other.published),
                SortColumn::Captured => one.captured.cmp(&other.captured),
                SortColumn::Modified => one.modified.cmp(&other.modified),
            };
            let order = if self.filter.descending {
                order.reverse()
            } else {
                order
            };
            order.then_with(|| one.project.cmp(&other.project))
        });
        self.rows = rows;
        self.hits = match &self.index {
            Some(index) if !self.filter.search.trim().is_empty() => {
                search(index, &query, MOST_HITS)
            }
            _ => Vec::new(),
        };
        self.worked_out = Some(key);
    }
}
