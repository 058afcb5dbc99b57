//! The glossary behind the Terms panel and the grid's underlined terms: read in the background
//! from the library's `glossary/` folder for the project's source language and the shown
//! target, with each entry's file remembered (terms in the file Diptych keeps can be edited
//! and deleted; others come from files the user brought). Term places are worked out before
//! drawing and cached per paragraph, so the grid and the panel only read them.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::mutex::Mutex;

use crate::io::glossary_file::own_glossary_path;
use crate::io::import::glossary::GlossaryEntry;
use crate::l10n::tr;
use crate::memory::sources::load_glossary_files;
use crate::memory::terms::{FoundTerm, Glossary};
use crate::model::{LanguageTag, ParagraphId, Project};

/// A glossary read by a background job.
pub struct LoadedGlossary {
    glossary: Glossary,
    /// The file of each entry (an index into `files`).
    file_of: Vec<usize>,
    files: Vec<PathBuf>,
    /// The file Diptych keeps this pair's terms in.
    own: Option<PathBuf>,
    skipped: Vec<String>,
}

/// Reads the `from` → `to` glossaries of `library` (done on a job's thread).
pub fn load_glossary(
    library: Option<&Path>,
    from: &LanguageTag,
    to: &LanguageTag,
) -> LoadedGlossary {
    let (read, skipped) = load_glossary_files(library, &[], from, to);
    let mut entries: Vec<crate::io::import::glossary::GlossaryEntry> = Vec::new();
    let mut file_of = Vec::new();
    let mut files = Vec::new();
    // A pair in two files (or twice in one, whatever its case) is shown once, from the
    // first file (Diptych's own sorts first); files that add nothing are not counted.
    let key = |entry: &crate::io::import::glossary::GlossaryEntry| {
        (
            entry.source.to_lowercase(),
            entry.target.to_lowercase(),
            entry.forbidden,
        )
    };
    let mut seen = std::collections::HashSet::new();
    for (path, read) in read {
        let index = files.len();
        let mut added = 0;
        for entry in read {
            if seen.insert(key(&entry)) {
                entries.push(entry);
                file_of.push(index);
                added += 1;
            }
        }
        if added > 0 {
            files.push(path);
        }
    }
    LoadedGlossary {
        glossary: Glossary::new(entries, from.primary(), to.primary()),
        file_of,
        files,
        own: library.map(|library| own_glossary_path(library, from.as_str(), to.as_str())),
        skipped,
    }
}

/// What an export of the glossary needs: its entries, their files, and the languages.
pub type ExportInputs = (Vec<GlossaryEntry>, Vec<PathBuf>, (LanguageTag, LanguageTag));

/// One glossary entry as the Terms panel shows it for the selected row.
#[derive(Debug, Clone, PartialEq)]
pub struct RowEntry {
    pub entry: GlossaryEntry,
    /// The file's name.
    pub file: String,
    /// In the file Diptych keeps (so it can be edited and deleted here).
    pub editable: bool,
    /// The row's translation uses this target term.
    pub used: bool,
}

/// A source term found in the selected row, with its entries.
#[derive(Debug, Clone, PartialEq)]
pub struct RowTerm {
    /// The words as the row's source has them.
    pub found_as: String,
    pub entries: Vec<RowEntry>,
}

/// Where the glossary's read is, for the words that say so.
#[derive(Debug, Clone, Default, PartialEq)]
enum Summary {
    #[default]
    Nothing,
    Reading,
    NotRead,
    Stopped,
    Read {
        pairs: usize,
        files: usize,
        skipped: Vec<String>,
    },
}

/// The glossary and what the grid and the panel show of it.
#[derive(Default)]
pub struct GlossaryState {
    library: Option<PathBuf>,
    pair: Option<(LanguageTag, LanguageTag)>,
    pub loading: bool,
    loaded: Option<LoadedGlossary>,
    /// What the glossary holds.
    summary: Summary,
    /// Term places per paragraph, for the source text they were found in.
    places: HashMap<ParagraphId, (String, Vec<FoundTerm>)>,
    /// The terms of the selected row, and what they were worked out for.
    pub row_terms: Vec<RowTerm>,
    row_query: Option<(ParagraphId, String, String)>,
    /// The languages whose read the user stopped.
    stopped: Option<(LanguageTag, LanguageTag)>,
}

impl GlossaryState {
    pub fn new(library: Option<PathBuf>) -> Self {
        Self {
            library,
            ..Self::default()
        }
    }

    /// The library folder whose glossaries are read.
    pub fn library(&self) -> Option<&Path> {
        self.library.as_deref()
    }

    /// Reads from another library from now on.
    pub fn set_library(&mut self, library: Option<PathBuf>) {
        *self = Self::new(library);
    }

    /// Forgets the glossary so that it is read again (after a change).
    pub fn reset(&mut self) {
        *self = Self::new(self.library.take());
    }

    /// The user stopped reading the glossary: it is not read again by itself for these
    /// languages (a change to it, or another target language, reads it).
    pub fn stop(&mut self) {
        let stopped = self.pair.take();
        self.reset();
        self.summary = Summary::Stopped;
        self.stopped = stopped;
    }

    /// Whether the glossary for `from` → `to` should be read now.
    pub fn needs_loading(&self, from: &LanguageTag, to: &LanguageTag) -> bool {
        let stopped = self
            .stopped
            .as_ref()
            .is_some_and(|(have_from, have_to)| have_from == from && have_to == to);
        !self.loading
            && !stopped
            && self
                .pair
                .as_ref()
                .is_none_or(|(have_from, have_to)| have_from != from || have_to != to)
    }

    /// A read for `from` → `to` started.
    pub fn loading_for(&mut self, from: LanguageTag, to: LanguageTag) {
        let library = self.library.take();
        *self = Self {
            library,
            pair: Some((from, to)),
            loading: true,
            summary: Summary::Reading,
            ..Self::default()
        };
    }

    /// A read ended (`None`: stopped).
    pub fn loaded(&mut self, from: &LanguageTag, to: &LanguageTag, loaded: Option<LoadedGlossary>) {
        if self.pair.as_ref() != Some(&(from.clone(), to.clone())) {
            return;
        }
        self.loading = false;
        let Some(loaded) = loaded else {
            self.pair = None;
            self.summary = Summary::NotRead;
            return;
        };
        self.summary = Summary::Read {
            pairs: loaded.glossary.len(),
            files: loaded.files.len(),
            skipped: loaded.skipped.clone(),
        };
        self.loaded = Some(loaded);
        self.places.clear();
        self.row_query = None;
    }

    /// What the glossary holds, in words of the interface language.
    pub fn summary(&self) -> String {
        match &self.summary {
            Summary::Nothing => String::new(),
            Summary::Reading => tr::glossary_summary_reading(),
            Summary::NotRead => tr::glossary_summary_not_read(),
            Summary::Stopped => tr::glossary_summary_stopped(),
            Summary::Read {
                pairs,
                files,
                skipped,
            } if skipped.is_empty() => tr::glossary_summary(*pairs, *files),
            Summary::Read {
                pairs,
                files,
                skipped,
            } => tr::glossary_summary_unreadable(*pairs, *files, skipped.join("; ")),
        }
    }

    /// The languages of the glossary read (or being read).
    pub fn pair(&self) -> Option<&(LanguageTag, LanguageTag)> {
        self.pair.as_ref()
    }

    /// Works out the term places of every paragraph whose source changed, and the selected
    /// row's terms (`translation`: its text in the shown target).
    pub fn refresh(&mut self, project: &Project, selected: Option<(ParagraphId, &str)>) {
        let Some(loaded) = &mut self.loaded else {
            return;
        };
        for paragraph in project.paragraphs() {
            if !paragraph.kind.is_translatable() {
                continue;
            }
            let stale = self
                .places
                .get(&paragraph.paragraph_id)
                .is_none_or(|(text, _)| *text != paragraph.text);
            if stale {
                let found = loaded.glossary.find(&paragraph.text);
                self.places
                    .insert(paragraph.paragraph_id, (paragraph.text.clone(), found));
            }
        }
        let Some((paragraph_id, translation)) = selected else {
            self.row_terms.clear();
            self.row_query = None;
            return;
        };
        let Some(paragraph) = project.paragraph(paragraph_id) else {
            return;
        };
        let unchanged = self.row_query.as_ref().is_some_and(|(id, source, target)| {
            *id == paragraph_id && *source == paragraph.text && target == translation
        });
        if unchanged {
            return;
        }
        let mut terms: Vec<RowTerm> = Vec::new();
        if let Some((_, found)) = self.places.get(&paragraph_id) {
            for place in found {
                let found_as = paragraph
                    .text
                    .get(place.range.clone())
                    .unwrap_or("")
                    .to_owned();
                let entries = place
                    .entries
                    .iter()
                    .filter_map(|&index| {
                        let entry = loaded.glossary.entries().get(index)?.clone();
                        let file = loaded
                            .file_of
                            .get(index)
                            .and_then(|&file| loaded.files.get(file))?;
                        Some(RowEntry {
                            used: loaded.glossary.target_used(index, translation),
                            editable: loaded.own.as_ref() == Some(file),
                            file: file.file_name().map_or_else(String::new, |name| {
                                name.to_string_lossy().into_owned()
                            }),
                            entry,
                        })
                    })
                    .collect();
                terms.push(RowTerm { found_as, entries });
            }
        }
        self.row_terms = terms;
        self.row_query = Some((paragraph_id, paragraph.text.clone(), translation.to_owned()));
    }

    /// The term places in a paragraph's source (none until worked out).
    pub fn places(&self, paragraph_id: ParagraphId) -> &[FoundTerm] {
        self.places
            .get(&paragraph_id)
            .map_or(&[], |(_, found)| found.as_slice())
    }

    /// Entry `index` of the glossary.
    pub fn entry(&self, index: usize) -> Option<&GlossaryEntry> {
        self.loaded.as_ref()?.glossary.entries().get(index)
    }

    /// What an export of the glossary needs: every entry, the files they come from, and the
    /// languages (`None` until it is read).
    pub fn export_inputs(&self) -> Option<ExportInputs> {
        let loaded = self.loaded.as_ref()?;
        Some((
            loaded.glossary.entries().to_vec(),
            loaded.files.clone(),
            self.pair.clone()?,
        ))
    }

    /// Every entry, with its file's name and whether it can be edited here.
    pub fn all_entries(&self) -> Vec<(&GlossaryEntry, String, bool)> {
        let Some(loaded) = &self.loaded else {
            return Vec::new();
        };
        loaded
            .glossary
            .entries()
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                let file = loaded.files.get(*loaded.file_of.get(index)?)?;
                Some((
                    entry,
                    file.file_name()
                        .map_or_else(String::new, |name| name.to_string_lossy().into_owned()),
                    loaded.own.as_ref() == Some(file),
                ))
            })
            .collect()
    }
}

/// The text of the last label selection the user made (egui reports it only at the end of a
/// frame, to the platform): kept by an egui plugin so that "Add term" can offer it as the
/// source term.
#[derive(Default)]
pub struct SelectionWatch {
    last: Arc<Mutex<Option<String>>>,
}

impl SelectionWatch {
    /// The plugin, and a handle to what it saw.
    pub fn new() -> (Self, Arc<Mutex<Option<String>>>) {
        let watch = Self::default();
        let seen = Arc::clone(&watch.last);
        (watch, seen)
    }
}

impl egui::Plugin for SelectionWatch {
    fn debug_name(&self) -> &'static str {
        "diptych-selection-watch"
    }

    fn output_hook(&mut self, _ctx: &egui::Context, output: &mut egui::FullOutput) {
        // Text fields report their selections too: "Add term" offers the text only when a
        // source paragraph holds it.
        for command in &output.platform_output.commands {
            if let egui::OutputCommand::TextSelectionSettled(text) = command {
                *self.last.lock() = Some(text.clone());
            }
        }
    }
}
