//! Background work seen from the app: starting the jobs that open a file, align a
//! translation or build the translation memory, cancelling them, and applying what they
//! produce once per frame (each result checked against the document it was computed from).

use std::path::Path;

use super::{export, glossary, matches, memory};
use crate::app::DiptychApp;
use crate::app::commands::Command;
use crate::app::jobs::{AlignJobError, JobKind, JobOutput, StartError};
use crate::app::overlays::{Modal, ToastLevel};
use crate::app::session::{Document, Origin};
use crate::app::words;
use crate::io::ImportOptions;
use crate::l10n::tr;
use crate::model::LanguageTag;

impl DiptychApp {
    /// Before drawing the Matches panel: the memory it needs (built in the background) and
    /// the matches for the selected row.
    pub(in crate::app) fn prepare_matches(&mut self) {
        matches::ensure_memory(
            &self.session.document,
            self.view.target.as_ref(),
            &mut self.matches,
            &mut self.jobs,
            &mut self.overlays,
        );
        if let Some(target) = &self.view.target {
            self.matches
                .refresh(&self.session.document.project, self.view.selected, target);
        }
    }

    /// Before drawing, while the concordance is open: its search goes on over the next
    /// pairs (a large memory is searched over a few frames, so typing stays smooth), and
    /// the dialog shows the hits so far.
    pub(in crate::app) fn step_concordance(&mut self, ctx: &egui::Context) {
        /// Pairs looked at per frame: about 8 ms of a 2-core machine's time.
        const PAIRS_PER_FRAME: usize = 150_000;
        let (Some(target), Some(Modal::Concordance { searched, hits, .. })) =
            (&self.view.target, &mut self.overlays.modal)
        else {
            return;
        };
        let from = &self.session.document.project.source.language;
        let Some((scan, done)) = self.matches.step_concordance(from, target, PAIRS_PER_FRAME)
        else {
            return;
        };
        hits.clone_from(&scan.hits);
        if done {
            searched.clone_from(&scan.phrase);
        } else {
            ctx.request_repaint();
        }
    }

    /// Before drawing: the glossary (read in the background) and the term places of the
    /// paragraphs and of the selected row.
    pub(in crate::app) fn prepare_glossary(&mut self) {
        glossary::ensure_glossary(
            &self.session.document,
            self.view.target.as_ref(),
            &mut self.glossary,
            &mut self.jobs,
            &mut self.overlays,
        );
        let project = &self.session.document.project;
        let selected = match (self.view.selected, &self.view.target) {
            (Some(id), Some(target)) => Some((id, project.translation(id, target).text.as_str())),
            _ => None,
        };
        self.glossary.refresh(project, selected);
    }

    /// Starts filling the shown target's empty rows from the memory.
    pub(super) fn start_pretranslate(&mut self) {
        let Some(language) = self.view.target.clone() else {
            return;
        };
        let document = &self.session.document;
        let folder = match &document.origin {
            Origin::ProjectFile(path) => path.parent().map(Path::to_path_buf),
            Origin::ImportedArticle(_) | Origin::Example => None,
        };
        let started = self.jobs.start_pretranslate(
            self.matches.sources(folder),
            document.project.clone(),
            language,
            self.session.basis(),
        );
        if let Err(error) = started {
            self.overlays.toast(
                ToastLevel::Error,
                tr::job_pretranslate_not_started(start_error_reason(&error)),
            );
        }
    }

    /// Starts reading and importing `path` in the background.
    pub(super) fn start_opening(&mut self, path: &Path, options: &ImportOptions) {
        if self.jobs.is_running(JobKind::Open) {
            self.overlays.toast(ToastLevel::Info, tr::job_open_busy());
            return;
        }
        let thread_path = path.to_path_buf();
        let thread_options = options.clone();
        let label = tr::job_opening(path.display().to_string());
        let started = self
            .jobs
            .start_open(path.to_path_buf(), label, move |progress| {
                if progress.is_cancelled() {
                    // Cancelled before it began: the file is not even read.
                    return Err(anyhow::anyhow!("cancelled"));
                }
                let document = crate::app::open_document_with(&thread_path, &thread_options);
                progress.report(Some(1.0), tr::job_opened_progress());
                document
            });
        match started {
            Ok(()) => self.overlays.show(Modal::Opening {
                file_name: path.display().to_string(),
            }),
            Err(error) => {
                self.session.withdraw_discard_permit();
                self.overlays.toast(
                    ToastLevel::Error,
                    tr::job_open_not_started(start_error_reason(&error)),
                );
            }
        }
    }

    /// Starts importing the translation at `path` and aligning it, in the background.
    pub(super) fn start_alignment(&mut self, path: &Path, raw_language: &str) {
        let language = match LanguageTag::parse(raw_language) {
            Ok(language) => language,
            Err(error) => {
                self.overlays.toast(ToastLevel::Error, error.to_string());
                return;
            }
        };
        let project = &self.session.document.project;
        if language == project.source.language {
            self.overlays.toast(
                ToastLevel::Error,
                tr::edit_is_source_language(language.as_str()),
            );
            return;
        }
        let project = project.clone();
        let file_name = crate::io::fs::file_name_or_path(path);
        let thread_path = path.to_path_buf();
        let thread_language = language.clone();
        let reading_name = file_name.clone();
        let started = self.jobs.start_align(
            language,
            self.session.basis(),
            path.to_path_buf(),
            tr::job_aligning_file(&file_name),
            move |progress| {
                use crate::io::translation::{TranslationStage, import_translation_reporting};
                let options = crate::align::AlignOptions {
                    stop: Some(progress.cancel_flag()),
                    ..crate::align::AlignOptions::default()
                };
                let edit = import_translation_reporting(
                    &project,
                    &thread_path,
                    &thread_language,
                    &options,
                    &mut |stage| match stage {
                        TranslationStage::Reading => {
                            progress.report(Some(0.0), tr::job_reading(&reading_name));
                        }
                        // Reading and cleaning is the short part; aligning takes the rest.
                        TranslationStage::Aligning { source, target } => {
                            progress.report(Some(0.2), tr::job_aligning_progress(source, target));
                        }
                    },
                )
                .map_err(AlignJobError::Import);
                progress.report(Some(1.0), tr::job_aligned_progress());
                edit
            },
        );
        match started {
            Ok(()) => self.overlays.show(Modal::Aligning { file_name }),
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::job_align_not_started(start_error_reason(&error)),
            ),
        }
    }

    /// Stops waiting for a background job; the document stays as it is.
    pub(super) fn cancel_job(&mut self, kind: JobKind) {
        let Some(subject) = self.jobs.cancel(kind) else {
            return;
        };
        match kind {
            JobKind::Open => {
                self.overlays
                    .close_if(|modal| matches!(modal, Modal::Opening { .. }));
                self.session.withdraw_discard_permit();
                self.overlays.toast(
                    ToastLevel::Info,
                    tr::job_open_stopped(subject.display().to_string()),
                );
            }
            JobKind::LoadGlossary => self.glossary.stop(),
            JobKind::Sync | JobKind::GitState | JobKind::History => {}
            JobKind::Library => {
                // The index went with the job: it is built again (from the cached records)
                // the next time the library is shown.
                self.library.put_index(None);
                self.overlays
                    .toast(ToastLevel::Info, tr::job_library_stopped());
            }
            JobKind::ExportGlossary => self.overlays.toast(
                ToastLevel::Info,
                tr::job_glossary_export_stopped(subject.display().to_string()),
            ),
            JobKind::ChangeGlossary => self
                .overlays
                .toast(ToastLevel::Info, tr::job_glossary_change_stopped()),
            JobKind::Pretranslate => self
                .overlays
                .toast(ToastLevel::Info, tr::job_pretranslate_stopped()),
            JobKind::BuildMemory => {
                self.matches.stop();
                self.overlays
                    .toast(ToastLevel::Info, tr::job_memory_build_stopped());
            }
            JobKind::ReadMemory => self.overlays.toast(
                ToastLevel::Info,
                tr::job_memory_read_stopped(subject.display().to_string()),
            ),
            JobKind::Export => self.overlays.toast(
                ToastLevel::Info,
                tr::job_export_stopped(subject.display().to_string()),
            ),
            JobKind::Align => {
                self.overlays
                    .close_if(|modal| matches!(modal, Modal::Aligning { .. }));
                self.overlays.toast(
                    ToastLevel::Info,
                    tr::job_align_stopped(subject.display().to_string()),
                );
            }
        }
    }

    /// Applies what finished background jobs produced.
    pub(in crate::app) fn poll_jobs(&mut self) {
        for output in self.jobs.poll() {
            match output {
                JobOutput::Library {
                    index,
                    added,
                    described,
                } => self.library_job_done(index, added, described),
                JobOutput::CaptureRead {
                    path,
                    basis,
                    result,
                } => self.capture_read(&path, basis, result),
                JobOutput::Synced {
                    path,
                    saved,
                    result,
                } => self.synced(&path, &saved, result),
                JobOutput::GitState { path, state } => self.git_state_read(&path, state),
                JobOutput::HistoryRead { request, log, row } => {
                    self.history_read(&request, log, row);
                }
                JobOutput::BagExported { path, result } => match result {
                    Ok(report) => self
                        .overlays
                        .toast(ToastLevel::Info, crate::app::reports::bag(&report)),
                    Err(error) => self.overlays.toast(
                        ToastLevel::Error,
                        tr::job_bag_failed(path.display().to_string(), error),
                    ),
                },
                JobOutput::Pretranslated {
                    language,
                    basis,
                    result,
                } => {
                    let fits = basis == self.session.basis() && !self.session.is_read_only();
                    let mut editing = self.editing();
                    matches::pretranslated(&mut editing, &language, fits, result);
                }
                JobOutput::GlossaryLoaded { from, to, loaded } => {
                    glossary::glossary_loaded(&from, &to, loaded, &mut self.glossary);
                }
                JobOutput::GlossaryChanged {
                    from,
                    to,
                    change,
                    result,
                } => {
                    glossary::changed(
                        (from, to),
                        *change,
                        result,
                        &mut self.glossary,
                        &mut self.overlays,
                    );
                }
                JobOutput::GlossaryExported { path, result } => match result {
                    Ok(exported) => self.overlays.toast(
                        ToastLevel::Info,
                        crate::app::reports::glossary_exported(&exported, &path),
                    ),
                    Err(error) => self.overlays.toast(ToastLevel::Error, error),
                },
                JobOutput::MemoryBuilt { from, to, built } => matches::memory_built(
                    &self.session.document,
                    &from,
                    &to,
                    built,
                    &mut self.matches,
                ),
                JobOutput::MemoryRead {
                    path,
                    basis,
                    result,
                } => {
                    let current = self.session.basis();
                    let read_only = self.session.is_read_only();
                    let mut editing = self.editing();
                    let still_fits = basis == current && !read_only;
                    memory::finished(&mut editing, &path, still_fits, result);
                }
                JobOutput::Exported { choice, result } => {
                    export::export_finished(
                        &self.session.document,
                        *choice,
                        result,
                        &mut self.overlays,
                    );
                }
                JobOutput::Opened { path, result } => {
                    self.overlays
                        .close_if(|modal| matches!(modal, Modal::Opening { .. }));
                    self.opening_finished(&path, result);
                }
                JobOutput::Aligned {
                    language,
                    basis,
                    result,
                } => {
                    self.overlays
                        .close_if(|modal| matches!(modal, Modal::Aligning { .. }));
                    if let Some(holder) = self.session.read_only_holder() {
                        // The window lost the project while it ran: it may not change it.
                        self.overlays.toast(
                            ToastLevel::Warning,
                            tr::job_alignment_read_only(words::language_name(&language), holder),
                        );
                    } else if basis == self.session.basis() {
                        let mut editing = self.editing();
                        editing.alignment_finished(&language, result);
                    } else {
                        // Worked out from another document, or from source paragraphs or
                        // target languages that have changed since: it no longer fits.
                        self.overlays.toast(
                            ToastLevel::Warning,
                            tr::job_alignment_dropped(words::language_name(&language)),
                        );
                    }
                }
            }
        }
    }

    pub(super) fn opening_finished(&mut self, path: &Path, result: anyhow::Result<Box<Document>>) {
        match result {
            Ok(document)
                if self.session.document.is_dirty()
                    && !self
                        .session
                        .discard_permitted(&Command::OpenPath(path.to_path_buf())) =>
            {
                // The "Discard" this opening ran under was withdrawn meanwhile (the user
                // cancelled another question): the unsaved work stays.
                drop(document);
                self.overlays.toast(
                    ToastLevel::Info,
                    tr::job_not_opened_unsaved(path.display().to_string()),
                );
            }
            Ok(document) => self.opened(path, *document),
            Err(error) => {
                if let Some(crate::io::OpenError::Import(crate::io::ImportError::ChooseRecord {
                    records,
                    ..
                })) = error.downcast_ref::<crate::io::OpenError>()
                {
                    // The permit, if any, stays for the page the user picks.
                    self.overlays.show(Modal::ChooseArchivePage {
                        path: path.to_path_buf(),
                        records: records.clone(),
                    });
                } else {
                    self.session.withdraw_discard_permit();
                    // The error and its causes, as the library words them.
                    let message = crate::app::explain::open_error(&error);
                    self.overlays.toast(ToastLevel::Error, message);
                }
            }
        }
    }

    /// Puts a newly opened document in place of the current one.
    pub(super) fn opened(&mut self, path: &Path, document: Document) {
        let imported = matches!(document.origin, Origin::ImportedArticle(_));
        self.replace_document(document);
        self.session.offer_recovery(&mut self.overlays);
        if !imported {
            self.preferences.settings.remember(path);
            self.preferences.persist(&mut self.overlays);
        }
        let message = if imported {
            tr::job_imported(
                path.display().to_string(),
                self.session.document.project.paragraphs().len(),
            )
        } else {
            tr::job_opened(path.display().to_string())
        };
        self.overlays.toast(ToastLevel::Info, message);
    }
}

/// Why a job could not start, for the message that says so.
fn start_error_reason(error: &StartError) -> String {
    match error {
        StartError::Thread(reason) => reason.to_string(),
        StartError::Busy => error.to_string(),
    }
}
