//! The QA checks behind the QA panel, the grid's row marks and the translation editor's
//! underlined misspellings. The whole project is checked on a thread of its own a moment
//! after the last change (so typing is never held up, and a large project is checked while
//! the user goes on), and the row being edited is checked at once. Spellers are read in the
//! background too, one per language, from the dictionaries `spell::load` finds.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::l10n::tr;
use crate::memory::terms::Glossary;
use crate::model::{LanguageTag, ParagraphId, Project};
use crate::qa::name_table::NameTable;
use crate::qa::{
    Finding, Place, QaResources, Severity, check_project_with, check_row, misspelt_words,
};
use crate::spell::Speller;
use crate::spell::load::{SpellerSource, SpellingSources, load_speller};

/// Where a speller's words came from, in the interface language.
fn speller_source(source: &SpellerSource) -> String {
    match source {
        SpellerSource::Dictionary(path) => path.display().to_string(),
        SpellerSource::Library { projects } => tr::spelling_source_library(*projects),
        SpellerSource::Personal { words } => tr::spelling_source_personal(*words),
        SpellerSource::Project { words } => tr::spelling_source_project(*words),
    }
}

/// How long after the last change the whole project is checked again, in seconds.
const SETTLE_SECONDS: f64 = 0.4;

/// How often, at most, a speller that knows only the project's own words learns them again
/// while the project changes, in seconds.
const OWN_WORDS_REFRESH_SECONDS: f64 = 10.0;

/// The words the user told the speller to let pass (per primary language, folded).
pub type AcceptedWords = BTreeSet<(String, String)>;

/// Where a translation's misspelt words are, for the text they were found in.
#[derive(Debug, Clone, Default)]
pub struct Misspelt {
    pub text: String,
    pub ranges: Vec<Range<usize>>,
}

/// What one check of the project found.
struct QaRun {
    findings: Vec<Finding>,
    misspelt: HashMap<(ParagraphId, LanguageTag), Misspelt>,
    name_tables: BTreeMap<LanguageTag, Arc<NameTable>>,
}

/// What reading a speller gave: the speller and where its words come from (or none), with
/// the dictionaries passed over; or why it could not be read.
type SpellerRead = Result<(Option<(Speller, Vec<SpellerSource>)>, Vec<String>), String>;

/// A speller being read, or read.
enum SpellerSlot {
    Loading,
    /// Read: the speller, where its words came from, and the dictionaries passed over.
    Ready(Arc<Speller>, Vec<SpellerSource>, Vec<String>),
    /// No usable dictionary: the dictionaries passed over, and why (the library's words).
    NoDictionary(Vec<String>),
    /// The dictionary could not be read: the library's reason.
    Missing(String),
    /// The reading stopped before saying anything.
    Stopped,
    /// No thread could be started to read it: the system's reason.
    NotStarted(String),
}

impl SpellerSlot {
    /// Whether the speller knows the project's own words, or nothing: with neither a
    /// dictionary nor the library's articles, it is read again as the project grows.
    fn learns_from_project(&self) -> bool {
        match self {
            Self::NoDictionary(_) => true,
            Self::Ready(_, sources, _) => sources
                .iter()
                .any(|source| matches!(source, SpellerSource::Project { .. })),
            Self::Loading | Self::Missing(_) | Self::Stopped | Self::NotStarted(_) => false,
        }
    }
}

/// The state of the checks.
#[derive(Default)]
pub struct QaState {
    sources: SpellingSources,
    spellers: BTreeMap<LanguageTag, SpellerSlot>,
    speller_results: Vec<(LanguageTag, Receiver<SpellerRead>)>,
    /// The project's revision, and the time, each speller was last read for.
    spellers_read: BTreeMap<LanguageTag, (u64, f64)>,
    /// Words added to the personal list or ignored in this session.
    pub accepted: AcceptedWords,
    /// The findings of the last check, and the revision it checked.
    pub findings: Vec<Finding>,
    checked: Option<u64>,
    /// The misspelt words of each grid translation.
    misspelt: HashMap<(ParagraphId, LanguageTag), Misspelt>,
    /// How the project writes its names, as the last whole check learned it.
    name_tables: BTreeMap<LanguageTag, Arc<NameTable>>,
    /// The worst finding of each grid row, per language.
    marks: HashMap<(ParagraphId, LanguageTag), Severity>,
    /// The revision last seen, and when it was first seen.
    seen: Option<(u64, f64)>,
    running: Option<(u64, Receiver<QaRun>, Arc<AtomicBool>)>,
    /// The inputs changed (a speller arrived, a word was accepted): check again.
    stale: bool,
    /// Wakes the window when a check or a speller is ready.
    waker: Option<crate::app::jobs::Waker>,
    /// Words being written to a personal word list, with the list's name.
    word_list_writes: Vec<(Receiver<std::io::Result<bool>>, String)>,
}

impl QaState {
    pub fn new(library: Option<PathBuf>, dictionaries: Option<PathBuf>) -> Self {
        Self {
            sources: SpellingSources {
                folder: dictionaries,
                library,
                checked: None,
            },
            ..Self::default()
        }
    }

    /// Uses another library or dictionary folder: spellers are read again.
    pub fn set_sources(&mut self, library: Option<PathBuf>, dictionaries: Option<PathBuf>) {
        self.sources = SpellingSources {
            folder: dictionaries,
            library,
            checked: self.sources.checked.take(),
        };
        self.spellers.clear();
        self.speller_results.clear();
        self.spellers_read.clear();
        self.stale = true;
    }

    /// Wakes the window through `waker` when background work is done.
    pub fn set_waker(&mut self, waker: crate::app::jobs::Waker) {
        self.waker = Some(waker);
    }

    /// Follows a word being written to a personal word list.
    pub fn watch_word_list(&mut self, receiver: Receiver<std::io::Result<bool>>, list: String) {
        self.word_list_writes.push((receiver, list));
    }

    /// What came of words written to personal word lists: the failures, in words.
    pub fn word_list_failures(&mut self) -> Vec<String> {
        let mut failures = Vec::new();
        self.word_list_writes
            .retain(|(receiver, list)| match receiver.try_recv() {
                Err(TryRecvError::Empty) => true,
                Err(TryRecvError::Disconnected) => {
                    failures.push(tr::spelling_word_list_stopped(list));
                    false
                }
                Ok(Ok(_)) => false,
                Ok(Err(error)) => {
                    failures.push(tr::spelling_word_list_failed(list, error.to_string()));
                    false
                }
            });
        failures
    }

    /// Checks the whole project at the next frame, whatever changed.
    pub fn check_now(&mut self) {
        self.stale = true;
        self.seen = None;
    }

    /// The file of the project being checked (`None` until it is saved): the spellers learn
    /// its words from the project itself, not from its copy in the library.
    pub fn set_checked_file(&mut self, file: Option<&std::path::Path>) {
        if self.sources.checked.as_deref() != file {
            self.sources.checked = file.map(std::path::Path::to_path_buf);
        }
    }

    /// Forgets everything found (another document was opened), and the spellers, which know
    /// the words of the document they were read for.
    pub fn reset(&mut self) {
        if let Some((_, _, cancel)) = self.running.take() {
            cancel.store(true, Ordering::Relaxed);
        }
        self.spellers.clear();
        self.speller_results.clear();
        self.spellers_read.clear();
        self.findings.clear();
        self.misspelt.clear();
        self.marks.clear();
        self.checked = None;
        self.seen = None;
    }

    /// The personal word list of `language`, when there is a library.
    pub fn personal_list(&self, language: &LanguageTag) -> Option<PathBuf> {
        self.sources.personal_list(language)
    }

    /// Whether a check is under way.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the findings are those of `revision` with every speller read and no write to a
    /// word list pending (nothing more will change until something else does).
    pub fn is_settled(&self, revision: u64) -> bool {
        self.running.is_none()
            && self.speller_results.is_empty()
            && self.word_list_writes.is_empty()
            && !self.stale
            && self.checked == Some(revision)
    }

    /// What spelling uses for each language, in words.
    pub fn spelling_summary(&self) -> Vec<(LanguageTag, String)> {
        self.spellers
            .iter()
            .map(|(language, slot)| {
                let text = match slot {
                    SpellerSlot::Loading => tr::spelling_reading(),
                    SpellerSlot::Ready(_, sources, passed_over) => {
                        let used: Vec<String> = sources.iter().map(speller_source).collect();
                        std::iter::once(used.join(", "))
                            .chain(passed_over.iter().cloned())
                            .collect::<Vec<_>>()
                            .join("; ")
                    }
                    SpellerSlot::NoDictionary(passed_over) => {
                        std::iter::once(tr::spelling_no_dictionary(language.primary()))
                            .chain(passed_over.iter().cloned())
                            .collect::<Vec<_>>()
                            .join("; ")
                    }
                    SpellerSlot::Missing(reason) => reason.clone(),
                    SpellerSlot::Stopped => tr::spelling_reading_stopped(),
                    SpellerSlot::NotStarted(error) => tr::spelling_cannot_read(error),
                };
                (language.clone(), text)
            })
            .collect()
    }

    /// The speller of `language`, once read.
    pub fn speller(&self, language: &LanguageTag) -> Option<&Arc<Speller>> {
        match self.spellers.get(language) {
            Some(SpellerSlot::Ready(speller, _, _)) => Some(speller),
            _ => None,
        }
    }

    /// The worst finding of a grid row in `language`.
    pub fn mark(&self, paragraph_id: ParagraphId, language: &LanguageTag) -> Option<Severity> {
        self.marks.get(&(paragraph_id, language.clone())).copied()
    }

    /// The misspelt words of a grid translation, when they were found in `text`.
    pub fn misspelt(
        &self,
        paragraph_id: ParagraphId,
        language: &LanguageTag,
        text: &str,
    ) -> &[Range<usize>] {
        match self.misspelt.get(&(paragraph_id, language.clone())) {
            Some(found) if found.text == text => &found.ranges,
            _ => &[],
        }
    }

    /// Accepts a word from now on (added to the dictionary, or ignored).
    pub fn accept(&mut self, language: &LanguageTag, word: &str) {
        let folded = crate::memory::text::fold(word, language.primary());
        self.accepted
            .insert((language.primary().to_owned(), folded.clone()));
        // The underlines go at once; the findings with the next check.
        for ((_, tag), found) in &mut self.misspelt {
            if tag.primary() == language.primary() {
                let text = &found.text;
                found.ranges.retain(|range| {
                    crate::memory::text::fold(&text[range.clone()], tag.primary()) != folded
                });
            }
        }
        self.stale = true;
    }

    /// Starts reading the spellers of the project's languages not read yet, and again those
    /// that know only the project's own words when it changed (at most every
    /// [`OWN_WORDS_REFRESH_SECONDS`]); takes in those that are read.
    fn step_spellers(&mut self, project: &Project, revision: u64, now: f64) {
        let mut arrived = false;
        self.speller_results.retain(|(language, receiver)| {
            let slot = match receiver.try_recv() {
                Err(TryRecvError::Empty) => return true,
                Err(TryRecvError::Disconnected) => SpellerSlot::Stopped,
                Ok(Ok((Some((speller, sources)), passed_over))) => {
                    SpellerSlot::Ready(Arc::new(speller), sources, passed_over)
                }
                Ok(Ok((None, passed_over))) => SpellerSlot::NoDictionary(passed_over),
                Ok(Err(reason)) => SpellerSlot::Missing(reason),
            };
            self.spellers.insert(language.clone(), slot);
            arrived = true;
            false
        });
        if arrived {
            self.stale = true;
        }
        // The source language's dictionary tells the names check common words from names.
        let mut languages = crate::qa::checked_languages(project, &[]);
        languages.push(project.source.language.clone());
        let wanted: Vec<LanguageTag> = languages
            .into_iter()
            .filter(|language| match self.spellers.get(language) {
                None => true,
                Some(slot) => {
                    slot.learns_from_project()
                        && !self
                            .speller_results
                            .iter()
                            .any(|(read, _)| read == language)
                        && self.spellers_read.get(language).is_some_and(
                            |&(read_revision, read_at)| {
                                read_revision != revision
                                    && now - read_at >= OWN_WORDS_REFRESH_SECONDS
                            },
                        )
                }
            })
            .collect();
        if wanted.is_empty() {
            return;
        }
        // The project as it is now, for the threads to count its words in.
        let shared = Arc::new(project.clone());
        for language in wanted {
            let (sender, receiver) = channel();
            let sources = self.sources.clone();
            let wanted = language.clone();
            let project = Arc::clone(&shared);
            let waker = self.waker.clone();
            let started = std::thread::Builder::new()
                .name("diptych-speller".to_owned())
                .spawn(move || {
                    let own = || crate::spell::learned::own_words(&project, wanted.primary());
                    let loaded =
                        load_speller(&sources, &wanted, own).map(|(found, passed_over)| {
                            (
                                found.map(|loaded| (loaded.speller, loaded.sources)),
                                passed_over,
                            )
                        });
                    let _ = sender.send(loaded);
                    if let Some(waker) = waker {
                        waker();
                    }
                });
            self.spellers_read.insert(language.clone(), (revision, now));
            match started {
                Ok(_) => {
                    self.speller_results.push((language.clone(), receiver));
                    self.spellers
                        .entry(language)
                        .or_insert(SpellerSlot::Loading);
                }
                Err(error) => {
                    self.spellers
                        .entry(language)
                        .or_insert(SpellerSlot::NotStarted(error.to_string()));
                }
            }
        }
    }

    /// Called every frame before drawing: takes in a finished check, checks the edited row at
    /// once, and starts checking the whole project once changes have settled. Returns how
    /// long to wait before starting it, when it waits for changes to settle (finished work
    /// wakes the window itself).
    pub fn step(
        &mut self,
        project: &Project,
        revision: u64,
        now: f64,
        edited: Option<(ParagraphId, &LanguageTag)>,
        glossary: Option<(Vec<crate::io::import::glossary::GlossaryEntry>, LanguageTag)>,
    ) -> Option<f64> {
        self.step_spellers(project, revision, now);
        if let Some((run_revision, receiver, _)) = &self.running {
            match receiver.try_recv() {
                Ok(run) => {
                    let run_revision = *run_revision;
                    self.running = None;
                    self.take_run(run, run_revision);
                }
                Err(TryRecvError::Disconnected) => self.running = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        let first_seen = match self.seen {
            Some((seen, at)) if seen == revision => at,
            _ => {
                self.seen = Some((revision, now));
                if let Some((paragraph_id, language)) = edited {
                    self.recheck_row(project, paragraph_id, language);
                }
                now
            }
        };
        let current = self.checked == Some(revision) && !self.stale;
        if current || self.running.is_some() {
            return None;
        }
        let waited = now - first_seen;
        if self.checked.is_some() && waited < SETTLE_SECONDS && !self.stale {
            return Some(SETTLE_SECONDS - waited);
        }
        self.start_run(project.clone(), revision, glossary);
        None
    }

    fn resources(&self) -> QaResources {
        let mut resources = QaResources::default();
        for (language, slot) in &self.spellers {
            if let SpellerSlot::Ready(speller, _, _) = slot {
                resources.spellers.insert(language.clone(), speller.clone());
            }
        }
        resources.accepted.clone_from(&self.accepted);
        resources.name_tables.clone_from(&self.name_tables);
        resources
    }

    fn start_run(
        &mut self,
        project: Project,
        revision: u64,
        glossary: Option<(Vec<crate::io::import::glossary::GlossaryEntry>, LanguageTag)>,
    ) {
        self.stale = false;
        let mut resources = self.resources();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = cancel.clone();
        let (sender, receiver) = channel();
        let waker = self.waker.clone();
        let started = std::thread::Builder::new()
            .name("diptych-qa".to_owned())
            .spawn(move || {
                if let Some((entries, language)) = glossary {
                    let from = project.source.language.primary().to_owned();
                    let glossary = Glossary::new(entries, &from, language.primary());
                    resources.glossaries.insert(language, glossary);
                }
                let findings = check_project_with(&project, &[], &mut resources);
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let misspelt = misspelt_in_grid(&project, &resources);
                let _ = sender.send(QaRun {
                    findings,
                    misspelt,
                    name_tables: resources.name_tables,
                });
                if let Some(waker) = waker {
                    waker();
                }
            });
        if started.is_ok() {
            self.running = Some((revision, receiver, cancel));
        } else {
            // No thread could be started: the findings stay as they are until the next change.
            self.checked = Some(revision);
        }
    }

    fn take_run(&mut self, run: QaRun, revision: u64) {
        self.findings = run.findings;
        self.misspelt = run.misspelt;
        self.name_tables = run.name_tables;
        self.checked = Some(revision);
        self.marks.clear();
        for finding in &self.findings {
            if let Place::Paragraph(id) = finding.place {
                let mark = self
                    .marks
                    .entry((id, finding.language.clone()))
                    .or_insert(finding.severity);
                *mark = (*mark).max(finding.severity);
            }
        }
    }

    /// Checks one grid row now (it is being edited): its findings and underlines are
    /// replaced, the rest waits for the whole check.
    fn recheck_row(
        &mut self,
        project: &Project,
        paragraph_id: ParagraphId,
        language: &LanguageTag,
    ) {
        let mut resources = self.resources();
        let fresh = check_row(project, paragraph_id, language, &mut resources);
        let place = Place::Paragraph(paragraph_id);
        self.findings.retain(|finding| {
            !(finding.place == place
                && finding.language == *language
                && finding.check != "consistency")
        });
        let mark = fresh.iter().map(|finding| finding.severity).max();
        self.findings.extend(fresh);
        match mark {
            Some(mark) => {
                self.marks.insert((paragraph_id, language.clone()), mark);
            }
            None => {
                self.marks.remove(&(paragraph_id, language.clone()));
            }
        }
        let text = &project.translation(paragraph_id, language).text;
        let ranges = if project.qa.is_enabled("spelling") {
            misspelt_ranges(project, paragraph_id, language, &resources)
        } else {
            Vec::new()
        };
        self.misspelt.insert(
            (paragraph_id, language.clone()),
            Misspelt {
                text: text.clone(),
                ranges,
            },
        );
    }
}

/// The misspelt words of the `language` translation of a grid row, as QA reports them.
fn misspelt_ranges(
    project: &Project,
    paragraph_id: ParagraphId,
    language: &LanguageTag,
    resources: &QaResources,
) -> Vec<Range<usize>> {
    let (Some(speller), Some(paragraph)) =
        (resources.speller(language), project.paragraph(paragraph_id))
    else {
        return Vec::new();
    };
    let text = &project.translation(paragraph_id, language).text;
    misspelt_words(
        speller,
        (&paragraph.text, text),
        (project.source.language.primary(), language.primary()),
        &resources.accepted,
    )
    .into_iter()
    .map(|found| found.range)
    .collect()
}

/// The misspelt words of every grid translation with a speller.
fn misspelt_in_grid(
    project: &Project,
    resources: &QaResources,
) -> HashMap<(ParagraphId, LanguageTag), Misspelt> {
    let mut found = HashMap::new();
    if !project.qa.is_enabled("spelling") {
        return found;
    }
    for language in &project.targets {
        if resources.speller(language).is_none() {
            continue;
        }
        for paragraph in project.translatable_paragraphs() {
            let text = &project.translation(paragraph.paragraph_id, language).text;
            if text.trim().is_empty() {
                continue;
            }
            let ranges = misspelt_ranges(project, paragraph.paragraph_id, language, resources);
            if !ranges.is_empty() {
                found.insert(
                    (paragraph.paragraph_id, language.clone()),
                    Misspelt {
                        text: text.clone(),
                        ranges,
                    },
                );
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edit;

    #[test]
    fn the_edited_row_is_checked_at_once_with_what_the_last_whole_check_learned() {
        let (mut project, ru) = crate::qa::tests::project_with_rows(&crate::qa::tests::OSCE_PAIRS);
        let mut qa = QaState::new(None, None);
        // The first whole check, waited for.
        let mut now = 0.0;
        for _ in 0..500 {
            qa.step(&project, 1, now, None, None);
            if qa.is_settled(1) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            now += 0.01;
        }
        assert!(qa.is_settled(1));
        assert!(!qa.findings.iter().any(|finding| finding.check == "names"));
        // The OSCE dropped from a row as it is typed: no time passes, so no whole check
        // runs, and the row's own check knows how this project writes it.
        let row = ParagraphId(12);
        Edit::SetTranslationText {
            paragraph_id: row,
            language: ru.clone(),
            text: "Правительство Китая обещало доступ.".to_owned(),
        }
        .apply(&mut project)
        .unwrap();
        qa.step(&project, 2, now, Some((row, &ru)), None);
        let names: Vec<&Finding> = qa
            .findings
            .iter()
            .filter(|finding| finding.check == "names")
            .collect();
        assert_eq!(names.len(), 1, "{:#?}", qa.findings);
        assert_eq!(names[0].place, Place::Paragraph(row));
        assert!(names[0].message.contains("OSCE"), "{names:?}");
    }

    /// Steps the checks until they settle at `revision`, time passing.
    fn settle(qa: &mut QaState, project: &Project, revision: u64, now: &mut f64) {
        for _ in 0..6000 {
            qa.step(project, revision, *now, None, None);
            if qa.is_settled(revision) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            *now += 0.01;
        }
        panic!("the checks did not settle");
    }

    #[test]
    fn a_speller_that_knows_only_the_project_s_words_learns_them_again_as_it_grows() {
        let (mut project, _) = crate::qa::tests::project_with_rows(&crate::qa::tests::OSCE_PAIRS);
        let az = LanguageTag::parse("az").unwrap();
        assert!(project.targets.contains(&az));
        let mut qa = QaState::new(None, None);
        let mut now = 0.0;
        settle(&mut qa, &project, 1, &mut now);
        // No dictionary, no library, no Azerbaijani words yet.
        assert!(matches!(
            qa.spellers.get(&az),
            Some(SpellerSlot::NoDictionary(_))
        ));
        // Azerbaijani translations are written: a word twice, and once with two letters
        // swapped.
        let rows: Vec<ParagraphId> = project
            .translatable_paragraphs()
            .map(|paragraph| paragraph.paragraph_id)
            .take(3)
            .collect();
        let texts = [
            "Hökumət planı açıqladı.",
            "Hökumət sözçüsü danışdı.",
            "Rəsmilər höukmət adından danışdı.",
        ];
        for (row, text) in rows.iter().zip(texts) {
            Edit::SetTranslationText {
                paragraph_id: *row,
                language: az.clone(),
                text: text.to_owned(),
            }
            .apply(&mut project)
            .unwrap();
        }
        let misspelt = |qa: &QaState| {
            qa.findings
                .iter()
                .filter(|finding| finding.check == "spelling" && finding.language == az)
                .count()
        };
        // Soon after it was read, the speller is not read again.
        qa.spellers_read.insert(az.clone(), (1, now));
        settle(&mut qa, &project, 2, &mut now);
        assert_eq!(misspelt(&qa), 0, "{:#?}", qa.findings);
        // Once the time has passed, it learns the project's words, and finds the slip.
        now += OWN_WORDS_REFRESH_SECONDS;
        settle(&mut qa, &project, 3, &mut now);
        assert!(matches!(
            qa.spellers.get(&az),
            Some(SpellerSlot::Ready(_, sources, _))
                if matches!(sources.as_slice(), [SpellerSource::Project { words: 2 }])
        ));
        let found: Vec<&Finding> = qa
            .findings
            .iter()
            .filter(|finding| finding.check == "spelling" && finding.language == az)
            .collect();
        assert_eq!(found.len(), 1, "{:#?}", qa.findings);
        assert_eq!(found[0].place, Place::Paragraph(rows[2]));
        assert!(found[0].message.contains("höukmət"), "{found:?}");
    }
}
