//! The jobs that read the library: building the translation memory (from its cache when it
//! is up to date), pre-translating from it, and reading and changing the glossary. Each
//! reports its progress and is checked for cancellation where the work allows.

use std::path::PathBuf;

use super::{BuiltMemory, JobKind, JobOutput, Jobs, StartError};
use crate::app::session::DocumentBasis;
use crate::app::words;
use crate::io::glossary_file::{GlossaryChange, change_own_glossary};
use crate::l10n::tr;
use crate::memory::sources::MemoryStep;

/// A step of building a memory in the interface language.
fn memory_step(step: MemoryStep<'_>) -> String {
    match step {
        MemoryStep::LookingForCache => tr::report_memory_looking_for_cache(),
        MemoryStep::Reading(path) => tr::report_memory_reading(path.display().to_string()),
        MemoryStep::Units { file, read, total } => tr::report_memory_units(file, read, total),
        MemoryStep::WritingCache => tr::report_memory_writing_cache(),
        MemoryStep::Indexed => tr::report_memory_indexed(),
    }
}
use crate::memory::pretranslate::pretranslate;
use crate::memory::sources::{MemorySources, add_project};
use crate::model::{LanguageTag, Project};

impl Jobs {
    /// Starts writing the archival package of `project` (saved as `name`, whose file would
    /// hold `text`) as the new folder `path`.
    pub fn start_bag_export(
        &mut self,
        project: Project,
        name: String,
        text: String,
        path: PathBuf,
    ) -> Result<(), StartError> {
        let lost_path = path.clone();
        self.start(
            JobKind::Export,
            path.clone(),
            tr::library_job_package(path.display().to_string()),
            Box::new(move || JobOutput::BagExported {
                path: lost_path.clone(),
                result: Err(tr::library_job_package_lost()),
            }),
            move |_| {
                let date = crate::io::fs::utc_display(std::time::SystemTime::now());
                let date = date.get(..10).unwrap_or(&date).to_owned();
                let result = crate::io::export::bag::export_bag(
                    &project,
                    (&name, text.as_bytes()),
                    &path,
                    &date,
                )
                .map_err(|error| error.to_string());
                JobOutput::BagExported { path, result }
            },
        )
    }

    /// Starts reading `path` as a new capture of the article of the document of `basis`,
    /// translated into `targets`.
    pub fn start_capture_read(
        &mut self,
        path: PathBuf,
        basis: DocumentBasis,
        targets: Vec<LanguageTag>,
    ) -> Result<(), StartError> {
        let lost_path = path.clone();
        self.start(
            JobKind::Open,
            path.clone(),
            tr::library_job_capture(path.display().to_string()),
            Box::new(move || JobOutput::CaptureRead {
                path: lost_path.clone(),
                basis,
                result: Err(tr::library_job_capture_lost()),
            }),
            move |_| {
                let result = crate::io::recapture::read_capture(&path, &targets, None)
                    .map(Box::new)
                    .map_err(|error| error.to_string());
                JobOutput::CaptureRead {
                    path,
                    basis,
                    result,
                }
            },
        )
    }

    /// Starts bringing the library's `index` up to date, then adding `files` to it (each
    /// compared with the library first; saved already and not `separate`: not added).
    pub fn start_library_job(
        &mut self,
        mut index: crate::library::LibraryIndex,
        files: Vec<PathBuf>,
        separate: bool,
    ) -> Result<(), StartError> {
        let label = if files.is_empty() {
            tr::library_job_indexing()
        } else {
            tr::library_job_adding(files.len())
        };
        self.start(
            JobKind::Library,
            index.folder.clone(),
            label,
            Box::new(|| JobOutput::Library {
                index: None,
                added: Vec::new(),
                described: None,
            }),
            move |progress| {
                let share = if files.is_empty() { 1.0 } else { 0.5 };
                let mut report = |taken: usize, total: usize| {
                    let (fraction, label) = if total == 0 {
                        (0.0, tr::report_library_looking_through())
                    } else {
                        (
                            taken as f32 / total as f32,
                            tr::report_library_indexing(taken, total),
                        )
                    };
                    progress.report(Some(fraction * share), &label);
                    !progress.is_cancelled()
                };
                if index.refresh(&mut report).is_none() {
                    return JobOutput::Library {
                        index: None,
                        added: Vec::new(),
                        described: None,
                    };
                }
                let total = files.len();
                let added = if files.is_empty() {
                    Vec::new()
                } else {
                    let results = crate::library::add::add_articles(
                        &mut index,
                        &files,
                        &crate::io::ImportOptions::default(),
                        separate,
                        &mut |done, file| {
                            progress.report(
                                Some(0.5 + 0.5 * done as f32 / total.max(1) as f32),
                                tr::library_job_adding_file(file.display().to_string()),
                            );
                            progress.is_cancelled()
                        },
                    );
                    match results {
                        Ok(results) => results
                            .into_iter()
                            .map(|(file, outcome)| crate::app::library::AddResult {
                                file,
                                outcome: outcome.map_err(|error| error.to_string()),
                            })
                            .collect(),
                        Err(error) => files
                            .into_iter()
                            .map(|file| crate::app::library::AddResult {
                                file,
                                outcome: Err(error.to_string()),
                            })
                            .collect(),
                    }
                };
                JobOutput::Library {
                    index: Some(Box::new(index)),
                    added,
                    described: None,
                }
            },
        )
    }

    /// Starts setting the tags and note of the library's project at `project` (not open in
    /// this window), the index then taking in the new version.
    pub fn start_library_describe(
        &mut self,
        mut index: crate::library::LibraryIndex,
        project: PathBuf,
        (tags, note): (String, String),
    ) -> Result<(), StartError> {
        let lost = project.clone();
        self.start(
            JobKind::Library,
            project.clone(),
            tr::library_job_describe(project.display().to_string()),
            Box::new(move || JobOutput::Library {
                index: None,
                added: Vec::new(),
                described: Some((lost.clone(), Err(tr::library_job_stopped()))),
            }),
            move |_| {
                let result =
                    crate::library::add::describe_project(&mut index, &project, &tags, &note)
                        .map_err(|error| error.to_string());
                JobOutput::Library {
                    index: Some(Box::new(index)),
                    added: Vec::new(),
                    described: Some((project, result)),
                }
            },
        )
    }

    /// Starts building the memory from `from` into `to` out of `sources`.
    pub fn start_memory_build(
        &mut self,
        sources: MemorySources,
        from: LanguageTag,
        to: LanguageTag,
    ) -> Result<(), StartError> {
        let label = tr::library_job_memory(from.as_str(), to.as_str());
        let subject = sources.library.clone().unwrap_or_default();
        let (lost_from, lost_to) = (from.clone(), to.clone());
        self.start(
            JobKind::BuildMemory,
            subject,
            label,
            Box::new(move || JobOutput::MemoryBuilt {
                from: lost_from.clone(),
                to: lost_to.clone(),
                built: None,
            }),
            move |progress| {
                let mut report = |fraction: f32, step: MemoryStep<'_>| {
                    progress.report(Some(fraction), memory_step(step));
                    !progress.is_cancelled()
                };
                let built =
                    crate::memory::cache::build_memory_cached(&sources, &from, &to, &mut report)
                        .map(|(memory, report, _)| {
                            progress.report(Some(1.0), tr::library_job_concordance());
                            let folded = crate::memory::concordance::FoldedMemory::new(
                                &memory,
                                (from.primary(), to.primary()),
                            );
                            Box::new(BuiltMemory {
                                memory,
                                report,
                                folded,
                            })
                        });
                JobOutput::MemoryBuilt { from, to, built }
            },
        )
    }

    /// Starts filling `project`'s empty `language` translations from the memory `sources`
    /// hold (and the project's own finished rows) with identical sources.
    pub fn start_pretranslate(
        &mut self,
        sources: MemorySources,
        project: Project,
        language: LanguageTag,
        basis: DocumentBasis,
    ) -> Result<(), StartError> {
        let label = tr::library_job_pretranslate(words::language_name(&language));
        let subject = sources.library.clone().unwrap_or_default();
        let lost_language = language.clone();
        self.start(
            JobKind::Pretranslate,
            subject,
            label,
            Box::new(move || JobOutput::Pretranslated {
                language: lost_language.clone(),
                basis,
                result: None,
            }),
            move |progress| {
                let mut report = |fraction: f32, step: MemoryStep<'_>| {
                    progress.report(Some(fraction / 2.0), memory_step(step));
                    !progress.is_cancelled()
                };
                let Some((mut memory, _, _)) = crate::memory::cache::build_memory_cached(
                    &sources,
                    &project.source.language,
                    &language,
                    &mut report,
                ) else {
                    return JobOutput::Pretranslated {
                        result: None,
                        language,
                        basis,
                    };
                };
                add_project(
                    &mut memory,
                    &project,
                    &language,
                    &crate::memory::sources::today(),
                );
                progress.report(Some(0.5), tr::library_job_empty_rows());
                let stop = || progress.is_cancelled();
                let result = pretranslate(&project, &mut memory, &language, 100, &stop);
                JobOutput::Pretranslated {
                    result: (!progress.is_cancelled()).then_some(result),
                    language,
                    basis,
                }
            },
        )
    }

    /// Starts reading the `from` → `to` glossaries of `library`.
    pub fn start_glossary_load(
        &mut self,
        library: Option<PathBuf>,
        from: LanguageTag,
        to: LanguageTag,
    ) -> Result<(), StartError> {
        let label = tr::library_job_glossaries(from.as_str(), to.as_str());
        let (lost_from, lost_to) = (from.clone(), to.clone());
        self.start(
            JobKind::LoadGlossary,
            library.clone().unwrap_or_default(),
            label,
            Box::new(move || JobOutput::GlossaryLoaded {
                from: lost_from.clone(),
                to: lost_to.clone(),
                loaded: None,
            }),
            move |_| {
                let loaded = crate::app::glossary::load_glossary(library.as_deref(), &from, &to);
                JobOutput::GlossaryLoaded {
                    from,
                    to,
                    loaded: Some(Box::new(loaded)),
                }
            },
        )
    }

    /// Starts writing `change` to the `from` → `to` glossary Diptych keeps in `library`.
    pub fn start_glossary_change(
        &mut self,
        library: PathBuf,
        from: LanguageTag,
        to: LanguageTag,
        change: GlossaryChange,
    ) -> Result<(), StartError> {
        let lost = (from.clone(), to.clone(), change.clone());
        self.start(
            JobKind::ChangeGlossary,
            library.clone(),
            tr::library_job_glossary_write(),
            Box::new(move || JobOutput::GlossaryChanged {
                from: lost.0.clone(),
                to: lost.1.clone(),
                change: Box::new(lost.2.clone()),
                result: Err(crate::io::glossary_file::GlossaryFileError::Stopped),
            }),
            move |_| JobOutput::GlossaryChanged {
                result: change_own_glossary(&library, from.as_str(), to.as_str(), &change),
                from,
                to,
                change: Box::new(change),
            },
        )
    }

    /// Starts writing `entries` (from `from` into `to`, read from `read_files`) to `path` as
    /// TBX-Basic.
    pub fn start_glossary_export(
        &mut self,
        path: PathBuf,
        entries: Vec<crate::io::import::glossary::GlossaryEntry>,
        (from, to): (LanguageTag, LanguageTag),
        read_files: Vec<PathBuf>,
        library: Option<PathBuf>,
    ) -> Result<(), StartError> {
        let lost_path = path.clone();
        self.start(
            JobKind::ExportGlossary,
            path.clone(),
            tr::library_job_glossary_export(path.display().to_string()),
            Box::new(move || JobOutput::GlossaryExported {
                path: lost_path.clone(),
                result: Err(tr::library_job_glossary_export_lost()),
            }),
            move |_| {
                let result = crate::io::glossary_file::export_glossary(
                    &crate::io::glossary_file::GlossaryExport {
                        output: &path,
                        entries: &entries,
                        languages: (from.as_str(), to.as_str()),
                        read_files: &read_files,
                        library: library.as_deref(),
                        replace: true,
                    },
                )
                .map_err(|error| error.to_string());
                JobOutput::GlossaryExported { path, result }
            },
        )
    }
}
