//! The translation memory behind the Matches panel: built in the background from the library
//! (and the open project's folder) for the project's source language and the shown target,
//! fed the project's own rows as they are confirmed, and searched for the selected row. The
//! matches are worked out before drawing, so the panel only reads them.

use std::path::PathBuf;

use crate::l10n::tr;
use crate::memory::concordance::Scan;
use crate::memory::index::{Match, MemorySegment, TranslationMemory};
use crate::memory::sources::{MemorySources, add_project};
use crate::model::{LanguageTag, ParagraphId, Project};

/// The lowest score the panel shows unless the settings say otherwise, and how many matches.
pub const MINIMUM_SCORE: u8 = 50;
pub const SHOWN: usize = 5;

/// Where the memory's build is, for the words that say so.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Summary {
    #[default]
    Nothing,
    Building,
    NotBuilt,
    Stopped,
    Built {
        segments: usize,
        projects: usize,
        memories: usize,
        unreadable: usize,
    },
}

/// The memory and what the panel shows.
#[derive(Default)]
pub struct MatchesState {
    /// The library folder searched.
    library: Option<PathBuf>,
    /// The lowest score shown (0: [`MINIMUM_SCORE`]).
    minimum: u8,
    memory: Option<TranslationMemory>,
    /// The languages the memory (built or being built) is for.
    pair: Option<(LanguageTag, LanguageTag)>,
    pub building: bool,
    /// What the memory holds.
    summary: Summary,
    /// The matches for `query`.
    pub found: Vec<Match>,
    query: Option<(ParagraphId, LanguageTag, String)>,
    /// The memory's texts folded for the concordance (made when it is first used).
    folded: Option<crate::memory::concordance::FoldedMemory>,
    /// The languages whose build the user stopped: not started again by itself.
    stopped: Option<(LanguageTag, LanguageTag)>,
    /// Files the build could not read, with why.
    pub skipped: Vec<String>,
    /// The concordance search under way (or done).
    concordance: Option<Scan>,
}

impl MatchesState {
    /// Nothing built yet; memories come from `library`.
    pub fn new(library: Option<PathBuf>) -> Self {
        Self {
            library,
            ..Self::default()
        }
    }

    /// Forgets the memory; the library and the minimum stay.
    pub fn reset(&mut self) {
        let minimum = self.minimum;
        *self = Self::new(self.library.take());
        self.minimum = minimum;
    }

    /// The user stopped the build: the memory is forgotten and not built again by itself
    /// until asked ([`Self::build_again`]).
    pub fn stop(&mut self) {
        let stopped = self.pair.take();
        self.reset();
        self.summary = Summary::Stopped;
        self.stopped = stopped;
    }

    /// What the memory holds, in words of the interface language.
    pub fn summary(&self) -> String {
        match self.summary {
            Summary::Nothing => String::new(),
            Summary::Building => tr::matches_summary_building(),
            Summary::NotBuilt => tr::matches_summary_not_built(),
            Summary::Stopped => tr::matches_summary_stopped(),
            Summary::Built {
                segments,
                projects,
                memories,
                unreadable: 0,
            } => tr::matches_summary(segments, projects, memories),
            Summary::Built {
                segments,
                projects,
                memories,
                unreadable,
            } => tr::matches_summary_unreadable(segments, projects, memories, unreadable),
        }
    }

    /// Whether the user stopped the build for these languages.
    pub fn was_stopped(&self) -> bool {
        self.stopped.is_some()
    }

    /// Builds the memory again (after a stop, or to take in files changed since).
    pub fn build_again(&mut self) {
        self.reset();
    }

    /// The library folder searched.
    pub fn library(&self) -> Option<&std::path::Path> {
        self.library.as_deref()
    }

    /// Searches another library from now on (the memory is built again).
    pub fn set_library(&mut self, library: Option<PathBuf>) {
        self.library = library;
        self.reset();
    }

    /// Shows matches of `minimum` % or more from now on.
    pub fn set_minimum(&mut self, minimum: u8) {
        self.minimum = minimum.clamp(1, 100);
        self.query = None;
    }

    /// The lowest score shown.
    pub fn minimum(&self) -> u8 {
        if self.minimum == 0 {
            MINIMUM_SCORE
        } else {
            self.minimum
        }
    }

    /// The memory sources for a project at `project_folder`: the library and the project's
    /// own folder.
    pub fn sources(&self, project_folder: Option<PathBuf>) -> MemorySources {
        MemorySources {
            library: self.library.clone(),
            tmx: Vec::new(),
            folders: project_folder.into_iter().collect(),
        }
    }

    /// Whether a memory for `from` → `to` should be built now.
    pub fn needs_building(&self, from: &LanguageTag, to: &LanguageTag) -> bool {
        let stopped = self
            .stopped
            .as_ref()
            .is_some_and(|(have_from, have_to)| have_from == from && have_to == to);
        !self.building
            && !stopped
            && self
                .pair
                .as_ref()
                .is_none_or(|(have_from, have_to)| have_from != from || have_to != to)
    }

    /// A build for `from` → `to` started.
    pub fn building_for(&mut self, from: LanguageTag, to: LanguageTag) {
        self.building = true;
        self.pair = Some((from, to));
        self.memory = None;
        self.folded = None;
        self.found.clear();
        self.query = None;
        self.summary = Summary::Building;
    }

    /// A build ended (`built` is `None` when it was stopped); the open project's finished rows
    /// join the memory.
    pub fn built(
        &mut self,
        from: &LanguageTag,
        to: &LanguageTag,
        built: Option<crate::app::jobs::BuiltMemory>,
        project: &Project,
    ) {
        if self.pair.as_ref() != Some(&(from.clone(), to.clone())) {
            return;
        }
        self.building = false;
        let Some(crate::app::jobs::BuiltMemory {
            mut memory,
            report,
            folded,
        }) = built
        else {
            self.pair = None;
            self.summary = Summary::NotBuilt;
            return;
        };
        add_project(&mut memory, project, to, &crate::memory::sources::today());
        self.skipped.clone_from(&report.skipped);
        self.summary = Summary::Built {
            segments: memory.len(),
            projects: report.projects,
            memories: report.memories,
            unreadable: report.skipped.len(),
        };
        self.memory = Some(memory);
        self.folded = Some(folded);
        self.query = None;
    }

    /// A row confirmed in the project joins the memory.
    pub fn add_confirmed(&mut self, source: &str, target: &str, origin: &str) {
        if let Some(memory) = &mut self.memory {
            memory.add(MemorySegment {
                source: source.to_owned(),
                target: target.to_owned(),
                origin: origin.to_owned(),
                date: crate::memory::sources::today(),
            });
            self.query = None;
        }
    }

    /// Works out the matches for the selected row, when it changed.
    pub fn refresh(
        &mut self,
        project: &Project,
        selected: Option<ParagraphId>,
        target: &LanguageTag,
    ) {
        let Some(memory) = &mut self.memory else {
            return;
        };
        let Some(paragraph) = selected.and_then(|id| project.paragraph(id)) else {
            self.found.clear();
            self.query = None;
            return;
        };
        // Called every frame the panel is open: compared in place, copied only when new.
        let unchanged = self.query.as_ref().is_some_and(|(id, language, text)| {
            *id == paragraph.paragraph_id && language == target && *text == paragraph.text
        });
        if unchanged {
            return;
        }
        let query = (
            paragraph.paragraph_id,
            target.clone(),
            paragraph.text.clone(),
        );
        let minimum = if self.minimum == 0 {
            MINIMUM_SCORE
        } else {
            self.minimum
        };
        let mut found = memory.search(&paragraph.text, minimum, SHOWN + 1);
        // The row's own translation, when it is in the memory, is no match for itself.
        let own = &project.translation(paragraph.paragraph_id, target).text;
        found.retain(|candidate| !(candidate.score == 100 && &candidate.target == own));
        found.truncate(SHOWN);
        self.found = found;
        self.query = Some(query);
    }

    /// Asks for the memory's pairs with `phrase` in either language (the first hundred): the
    /// search goes on over the next frames ([`Self::step_concordance`]).
    pub fn start_concordance(&mut self, phrase: &str) {
        if self
            .concordance
            .as_ref()
            .is_none_or(|scan| scan.phrase != phrase)
        {
            self.concordance = Some(Scan::new(phrase, 100));
        }
    }

    /// Goes on with the concordance search over at most `pairs` more pairs; returns its
    /// phrase, its hits so far and whether it is done (`None` while there is no memory to
    /// search yet, or no search).
    pub fn step_concordance(
        &mut self,
        from: &LanguageTag,
        to: &LanguageTag,
        pairs: usize,
    ) -> Option<(&Scan, bool)> {
        use crate::memory::concordance::{FoldedMemory, Side};
        let memory = self.memory.as_ref()?;
        let scan = self.concordance.as_mut()?;
        let folded = self
            .folded
            .get_or_insert_with(|| FoldedMemory::new(memory, (from.primary(), to.primary())));
        folded.catch_up(memory);
        let done = folded.scan(memory, &[Side::Source, Side::Target], scan, pairs);
        Some((scan, done))
    }

    /// The text match `number` (from 1) would insert.
    pub fn insertion(&self, number: usize) -> Option<&str> {
        let found = self.found.get(number.checked_sub(1)?)?;
        Some(
            found
                .target_with_numbers
                .as_deref()
                .unwrap_or(&found.target),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stopped_build_is_not_started_again_by_itself() {
        let (en, ru, az) = (
            LanguageTag::parse("en").unwrap(),
            LanguageTag::parse("ru").unwrap(),
            LanguageTag::parse("az").unwrap(),
        );
        let mut matches = MatchesState::new(None);
        assert!(matches.needs_building(&en, &ru));
        matches.building_for(en.clone(), ru.clone());
        assert!(!matches.needs_building(&en, &ru));
        matches.stop();
        assert!(matches.was_stopped());
        assert!(!matches.needs_building(&en, &ru), "not again by itself");
        assert!(
            matches.needs_building(&en, &az),
            "another language is another memory"
        );
        matches.build_again();
        assert!(matches.needs_building(&en, &ru));
    }
}
