//! The library's index in memory: one segment per project (its entry, texts and postings),
//! sharing one dictionary of terms. A project saved again replaces only its own segment, so
//! the index follows the library incrementally; a query looks up its terms in every segment
//! (a hash lookup each), which stays within milliseconds at ten thousand projects.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::catalogue::Entry;
use super::record::{Field, Record};
use crate::io::fs::FileStamp;

/// One searchable text of a segment.
#[derive(Debug, Clone)]
pub struct SegmentText {
    pub paragraph_id: Option<u32>,
    pub lang: String,
    pub field: Field,
    pub text: String,
    /// Its terms (dictionary ids) in order: `Segment::terms[start..end]`.
    pub start: u32,
    pub end: u32,
}

impl SegmentText {
    pub fn length(&self) -> u32 {
        self.end - self.start
    }
}

/// One project in the index.
#[derive(Debug, Clone)]
pub struct Segment {
    pub entry: Entry,
    /// The project file as it was when indexed.
    pub stamp: FileStamp,
    pub texts: Vec<SegmentText>,
    /// Every text's terms, one after the other.
    pub terms: Vec<u32>,
    /// Per term: the texts holding it, in order, with how often.
    pub postings: HashMap<u32, Vec<(u32, u16)>>,
}

/// The dictionary of terms every segment's ids point into.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    ids: HashMap<String, u32>,
    languages: BTreeSet<String>,
}

impl Dictionary {
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(term.to_owned(), id);
        if let Some((language, _)) = term.split_once('\u{1f}')
            && !self.languages.contains(language)
        {
            self.languages.insert(language.to_owned());
        }
        id
    }

    /// The id of `term`, when some text has it.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// The terms of `language` (their stems) with their ids.
    pub fn terms_of<'a>(&'a self, language: &'a str) -> impl Iterator<Item = (&'a str, u32)> {
        self.ids.iter().filter_map(move |(term, &id)| {
            term.split_once('\u{1f}')
                .filter(|(own, _)| *own == language)
                .map(|(_, stem)| (stem, id))
        })
    }

    /// The languages of the terms seen.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

/// The library in memory: every project's entry and texts, and the projects that could not
/// be read.
#[derive(Debug, Clone)]
pub struct LibraryIndex {
    /// The library folder.
    pub folder: PathBuf,
    pub(super) dictionary: Dictionary,
    pub(super) segments: BTreeMap<PathBuf, Segment>,
    /// Project files that could not be read, with why.
    pub(super) unreadable: BTreeMap<PathBuf, String>,
}

impl LibraryIndex {
    /// An empty index of the library at `folder`.
    pub fn new(folder: PathBuf) -> Self {
        Self {
            folder,
            dictionary: Dictionary::default(),
            segments: BTreeMap::new(),
            unreadable: BTreeMap::new(),
        }
    }

    /// Adds (or replaces) the segment of a project from its record.
    pub fn insert(&mut self, record: Record, stamp: FileStamp) {
        let local: Vec<u32> = record
            .vocabulary
            .iter()
            .map(|term| self.dictionary.intern(term))
            .collect();
        let mut texts = Vec::with_capacity(record.texts.len());
        let mut terms = Vec::new();
        let mut postings: HashMap<u32, Vec<(u32, u16)>> = HashMap::new();
        for (index, text) in (0u32..).zip(record.texts) {
            let start = u32::try_from(terms.len()).unwrap_or(u32::MAX);
            let mut counts: HashMap<u32, u16> = HashMap::new();
            for term in text.terms {
                let id = local[term as usize];
                terms.push(id);
                let count = counts.entry(id).or_insert(0);
                *count = count.saturating_add(1);
            }
            for (id, count) in counts {
                postings.entry(id).or_default().push((index, count));
            }
            texts.push(SegmentText {
                paragraph_id: text.paragraph_id,
                lang: text.lang,
                field: text.field,
                text: text.text,
                start,
                end: u32::try_from(terms.len()).unwrap_or(u32::MAX),
            });
        }
        for list in postings.values_mut() {
            list.sort_unstable();
        }
        let path = stamp.path.clone();
        self.unreadable.remove(&path);
        self.segments.insert(
            path,
            Segment {
                entry: record.entry,
                stamp,
                texts,
                terms,
                postings,
            },
        );
    }

    /// Forgets the project at `path`.
    pub fn remove(&mut self, path: &Path) {
        self.segments.remove(path);
        self.unreadable.remove(path);
    }

    /// Notes that the project at `path` could not be read.
    pub fn mark_unreadable(&mut self, path: PathBuf, reason: String) {
        self.segments.remove(&path);
        self.unreadable.insert(path, reason);
    }

    /// Every project's entry, in path order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.segments.values().map(|segment| &segment.entry)
    }

    /// The entry of the project at `path`.
    pub fn entry(&self, path: &Path) -> Option<&Entry> {
        self.segments.get(path).map(|segment| &segment.entry)
    }

    /// The project files that could not be read, with why.
    pub fn unreadable(&self) -> impl Iterator<Item = (&Path, &str)> {
        self.unreadable
            .iter()
            .map(|(path, reason)| (path.as_path(), reason.as_str()))
    }

    /// How many projects are indexed.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// How many texts are indexed.
    pub fn text_count(&self) -> usize {
        self.segments
            .values()
            .map(|segment| segment.texts.len())
            .sum()
    }

    /// The projects indexed and the stamps they were indexed at.
    pub fn stamps(&self) -> impl Iterator<Item = &FileStamp> {
        self.segments.values().map(|segment| &segment.stamp)
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    pub(super) fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.segments.values()
    }
}
