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
}

/// A text holding a term: the segment's slot and the text's index in it.
pub type Posting = (u32, u32);

/// The dictionary of terms every segment's ids point into.
#[derive(Debug, Default, Clone)]
pub struct Dictionary {
    ids: HashMap<String, u32>,
    languages: BTreeSet<String>,
    /// Azerbaijani stems in order, for the loose matching of its stems.
    azerbaijani: BTreeMap<String, u32>,
}

impl Dictionary {
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(term.to_owned(), id);
        if let Some((language, stem)) = term.split_once('\u{1f}') {
            if !self.languages.contains(language) {
                self.languages.insert(language.to_owned());
            }
            if language == "az" {
                self.azerbaijani.insert(stem.to_owned(), id);
            }
        }
        id
    }

    /// The id of `term`, when some text has it.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    /// The Azerbaijani stems that start with `start`, with their ids.
    pub fn azerbaijani_from<'a>(&'a self, start: &'a str) -> impl Iterator<Item = (&'a str, u32)> {
        self.azerbaijani
            .range::<str, _>((std::ops::Bound::Included(start), std::ops::Bound::Unbounded))
            .take_while(move |(stem, _)| stem.starts_with(start))
            .map(|(stem, &id)| (stem.as_str(), id))
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

/// The library in memory: every project's entry and texts, one posting list per term over
/// all of them, and the projects that could not be read. A project is a segment in a slot;
/// replacing it takes its postings out and puts the new ones in.
#[derive(Debug, Clone)]
pub struct LibraryIndex {
    /// The library folder.
    pub folder: PathBuf,
    pub(super) dictionary: Dictionary,
    slots: Vec<Option<Segment>>,
    free: Vec<u32>,
    by_path: BTreeMap<PathBuf, u32>,
    /// Per term, the texts holding it (in no particular order).
    postings: HashMap<u32, Vec<Posting>>,
    text_count: usize,
    total_length: u64,
    /// Project files that could not be read, with why.
    pub(super) unreadable: BTreeMap<PathBuf, String>,
}

impl LibraryIndex {
    /// An empty index of the library at `folder` (its canonical path when it exists, so that
    /// every spelling of the folder finds the same records).
    pub fn new(folder: PathBuf) -> Self {
        let folder = std::fs::canonicalize(&folder).unwrap_or(folder);
        Self {
            folder,
            dictionary: Dictionary::default(),
            slots: Vec::new(),
            free: Vec::new(),
            by_path: BTreeMap::new(),
            postings: HashMap::new(),
            text_count: 0,
            total_length: 0,
            unreadable: BTreeMap::new(),
        }
    }

    /// Whether this is the index of the library at `folder`, however spelled.
    pub fn is_of(&self, folder: &Path) -> bool {
        std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_path_buf()) == self.folder
    }

    /// Adds (or replaces) the segment of a project from its record.
    pub fn insert(&mut self, record: Record, stamp: FileStamp) {
        let path = stamp.path.clone();
        self.remove(&path);
        let local: Vec<u32> = record
            .vocabulary
            .iter()
            .map(|term| self.dictionary.intern(term))
            .collect();
        let slot = self.free.pop().unwrap_or_else(|| {
            self.slots.push(None);
            u32::try_from(self.slots.len() - 1).unwrap_or(u32::MAX)
        });
        let mut texts = Vec::with_capacity(record.texts.len());
        let mut terms = Vec::new();
        let mut seen_in_text: Vec<u32> = Vec::new();
        for (index, text) in (0u32..).zip(record.texts) {
            let start = u32::try_from(terms.len()).unwrap_or(u32::MAX);
            seen_in_text.clear();
            for term in text.terms {
                let id = local[term as usize];
                terms.push(id);
                seen_in_text.push(id);
            }
            seen_in_text.sort_unstable();
            seen_in_text.dedup();
            for &id in &seen_in_text {
                self.postings.entry(id).or_default().push((slot, index));
            }
            let end = u32::try_from(terms.len()).unwrap_or(u32::MAX);
            self.total_length += u64::from(end - start);
            texts.push(SegmentText {
                paragraph_id: text.paragraph_id,
                lang: text.lang,
                field: text.field,
                text: text.text,
                start,
                end,
            });
        }
        terms.shrink_to_fit();
        self.text_count += texts.len();
        self.unreadable.remove(&path);
        self.by_path.insert(path, slot);
        self.slots[slot as usize] = Some(Segment {
            entry: record.entry,
            stamp,
            texts,
            terms,
        });
    }

    /// Gives back the room posting lists grew into (after many projects were added).
    pub fn compact(&mut self) {
        for list in self.postings.values_mut() {
            list.shrink_to_fit();
        }
    }

    /// Forgets the project at `path`.
    pub fn remove(&mut self, path: &Path) {
        self.unreadable.remove(path);
        let Some(slot) = self.by_path.remove(path) else {
            return;
        };
        let Some(segment) = self.slots.get_mut(slot as usize).and_then(Option::take) else {
            return;
        };
        // Its distinct terms are where its postings are.
        let mut distinct = segment.terms.clone();
        distinct.sort_unstable();
        distinct.dedup();
        for id in &distinct {
            if let Some(list) = self.postings.get_mut(id) {
                list.retain(|&(own, _)| own != slot);
                if list.is_empty() {
                    self.postings.remove(id);
                }
            }
        }
        self.text_count -= segment.texts.len();
        self.total_length -= segment
            .texts
            .iter()
            .map(|text| u64::from(text.length()))
            .sum::<u64>();
        self.free.push(slot);
    }

    /// Notes that the project at `path` could not be read.
    pub fn mark_unreadable(&mut self, path: PathBuf, reason: String) {
        self.remove(&path);
        self.unreadable.insert(path, reason);
    }

    /// Every project's entry, in path order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.segments().map(|segment| &segment.entry)
    }

    /// The entry of the project at `path`.
    pub fn entry(&self, path: &Path) -> Option<&Entry> {
        self.segment(path).map(|segment| &segment.entry)
    }

    /// The segment of the project at `path`.
    pub fn segment(&self, path: &Path) -> Option<&Segment> {
        let slot = *self.by_path.get(path)?;
        self.slot(slot)
    }

    /// The segment in `slot`.
    pub fn slot(&self, slot: u32) -> Option<&Segment> {
        self.slots.get(slot as usize).and_then(Option::as_ref)
    }

    /// How many slots there are (the highest slot number plus one).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The project files that could not be read, with why.
    pub fn unreadable(&self) -> impl Iterator<Item = (&Path, &str)> {
        self.unreadable
            .iter()
            .map(|(path, reason)| (path.as_path(), reason.as_str()))
    }

    /// How many projects are indexed.
    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    /// How many texts are indexed.
    pub fn text_count(&self) -> usize {
        self.text_count
    }

    /// How many terms all texts hold together.
    pub fn total_length(&self) -> u64 {
        self.total_length
    }

    /// The texts holding term `id`.
    pub fn postings(&self, id: u32) -> &[Posting] {
        self.postings.get(&id).map_or(&[], Vec::as_slice)
    }

    pub fn dictionary(&self) -> &Dictionary {
        &self.dictionary
    }

    /// Every segment, in path order.
    pub fn segments(&self) -> impl Iterator<Item = &Segment> {
        self.by_path.values().filter_map(|&slot| self.slot(slot))
    }

    /// Whether the project at `path` is indexed as `stamp` describes it.
    pub fn is_current(&self, path: &Path, stamp: &FileStamp) -> bool {
        self.segment(path)
            .is_some_and(|segment| segment.stamp == *stamp)
    }

    /// The paths of the projects indexed or found unreadable.
    pub fn known_paths(&self) -> Vec<PathBuf> {
        self.by_path
            .keys()
            .chain(self.unreadable.keys())
            .cloned()
            .collect()
    }
}
