//! Background work: each job runs on its own named thread, reports its progress (a fraction
//! when it can measure one, and a label) through a [`Progress`] handle, and hands back one
//! [`JobOutput`]. The window polls the runner once per frame, shows running jobs in the
//! status bar (and in the dialog that waits for them) and applies what they produced. A
//! cancelled job is forgotten at once: its thread is told to stop (it checks
//! [`Progress::is_cancelled`] where it can) and whatever it still produces is dropped.

use crate::app::commands::ExportChoice;
use crate::io::import::exchange::ExchangeFile;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};

use super::session::{Document, DocumentBasis};
use crate::io::glossary_file::GlossaryChange;
use crate::l10n::tr;
use crate::memory::index::TranslationMemory;
use crate::memory::pretranslate::PretranslateReport;
use crate::memory::sources::BuildReport;
use crate::model::{Edit, LanguageTag};

/// What a job does; at most one of each kind runs at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Reading and importing a file to open it.
    Open,
    /// Importing a translation and aligning it with the source.
    Align,
    /// Writing the translated article to a file.
    Export,
    /// Reading a translation memory to fill translations from.
    ReadMemory,
    /// Building the translation memory the Matches panel searches.
    BuildMemory,
    /// Filling empty translations from the translation memory.
    Pretranslate,
    /// Reading the glossaries the Terms panel and the grid use.
    LoadGlossary,
    /// Writing a change to the glossary Diptych keeps.
    ChangeGlossary,
    /// Writing the glossary to a TBX file.
    ExportGlossary,
    /// Bringing the library's index up to date, or adding articles to the library.
    Library,
    /// Committing, merging and pushing the project through git (not cancellable: git is
    /// left to finish what it started).
    Sync,
    /// Reading where the project's git repository stands.
    GitState,
    /// Reading the project's history (and a row's) from git.
    History,
}

impl JobKind {
    fn thread_name(self) -> &'static str {
        match self {
            Self::Open => "diptych-open",
            Self::Align => "diptych-align",
            Self::Export => "diptych-export",
            Self::ReadMemory => "diptych-memory",
            Self::BuildMemory => "diptych-tm",
            Self::Pretranslate => "diptych-pretranslate",
            Self::LoadGlossary => "diptych-glossary",
            Self::ChangeGlossary => "diptych-glossary-write",
            Self::ExportGlossary => "diptych-glossary-export",
            Self::Library => "diptych-library",
            Self::Sync => "diptych-sync",
            Self::GitState => "diptych-git-state",
            Self::History => "diptych-history",
        }
    }
}

/// What a finished job produced.
pub enum JobOutput {
    /// The library's index brought up to date (`None`: stopped) and what became of the
    /// articles added to it.
    Library {
        index: Option<Box<crate::library::LibraryIndex>>,
        added: Vec<crate::app::library::AddResult>,
        /// A project whose tags and note were set (or why they were not).
        described: Option<(PathBuf, Result<(), String>)>,
    },
    /// Empty `language` translations filled from the memory, for the document of `basis`
    /// (`None`: stopped).
    Pretranslated {
        language: LanguageTag,
        basis: DocumentBasis,
        result: Option<(Option<Edit>, PretranslateReport)>,
    },
    /// The translation memory from `from` into `to` (`None`: the build was stopped).
    MemoryBuilt {
        from: LanguageTag,
        to: LanguageTag,
        built: Option<Box<BuiltMemory>>,
    },
    /// The glossaries from `from` into `to` (`None`: the read was stopped).
    GlossaryLoaded {
        from: LanguageTag,
        to: LanguageTag,
        loaded: Option<Box<crate::app::glossary::LoadedGlossary>>,
    },
    /// A change written to the glossary Diptych keeps (its file and how many entries it has
    /// now), or why it was not.
    GlossaryChanged {
        from: LanguageTag,
        to: LanguageTag,
        change: Box<GlossaryChange>,
        result: Result<(PathBuf, usize), crate::io::glossary_file::GlossaryFileError>,
    },

    /// A new capture of the article read (or why it could not be), for the document of
    /// `basis`.
    CaptureRead {
        path: PathBuf,
        basis: crate::app::session::DocumentBasis,
        result: Result<Box<crate::model::IncomingCapture>, String>,
    },
    /// A Sync of the project at `path`, which was `saved` when it started (or why it failed).
    Synced {
        path: PathBuf,
        saved: Box<crate::model::Project>,
        result: Result<Box<crate::vcs::SyncOutcome>, String>,
    },
    /// Where the repository of the project at `path` stands (`None`: not in one).
    GitState {
        path: PathBuf,
        state: Option<crate::vcs::SyncState>,
    },
    /// The project's commits and a row's changes, read for `request`.
    HistoryRead {
        request: crate::app::history::HistoryRequest,
        log: Result<Vec<crate::vcs::CommitInfo>, String>,
        row: Option<Result<Vec<crate::vcs::RowChange>, String>>,
    },
    /// The archival package written (or why it was not).
    BagExported {
        path: PathBuf,
        result: Result<crate::io::export::bag::BagReport, String>,
    },
    /// The glossary written to `path` as TBX (or why it was not).
    GlossaryExported {
        path: PathBuf,
        result: Result<crate::io::glossary_file::Exported, String>,
    },
    /// A file read and imported (or why it could not be).
    Opened {
        path: PathBuf,
        result: anyhow::Result<Box<Document>>,
    },
    /// The edit that adds an aligned translation (or why there is none), and the document it
    /// was worked out from.
    Aligned {
        language: LanguageTag,
        basis: DocumentBasis,
        result: Result<Edit, AlignJobError>,
    },
    /// A file of translations read from `path`, for the document it was asked for.
    MemoryRead {
        path: PathBuf,
        basis: DocumentBasis,
        result: Result<ExchangeFile, MemoryJobError>,
    },
    /// The export asked for (its file among the choices), and what to tell the user about it
    /// (or why it was not written).
    Exported {
        choice: Box<ExportChoice>,
        result: Result<Vec<crate::io::export::ExportNote>, ExportJobError>,
    },
}

/// A memory built in the background: the memory, what the build found, and the memory's
/// texts folded for the concordance (folding a large memory takes seconds, so not in the
/// window's thread either).
pub struct BuiltMemory {
    pub memory: TranslationMemory,
    pub report: BuildReport,
    pub folded: crate::memory::concordance::FoldedMemory,
}

/// Why a file of translations was not read.
#[derive(Debug, thiserror::Error)]
pub enum MemoryJobError {
    #[error(transparent)]
    Exchange(#[from] crate::io::import::exchange::ExchangeError),
    #[error("{}", tr::job_memory_lost())]
    Stopped,
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportJobError {
    #[error(transparent)]
    Export(#[from] crate::io::export::ExportError),
    #[error(transparent)]
    Write(#[from] crate::io::export::WriteExportError),
    #[error("{}", tr::job_export_lost())]
    Stopped,
}

/// Why importing and aligning a translation gave nothing.
#[derive(Debug, thiserror::Error)]
pub enum AlignJobError {
    #[error(transparent)]
    Import(#[from] crate::io::ImportError),
    #[error("{}", tr::job_align_lost())]
    Stopped,
}

/// How far a running job is, for the status bar and progress dialogs.
#[derive(Debug, Clone, PartialEq)]
pub struct JobStatus {
    pub kind: JobKind,
    /// Done so far, from 0 to 1; `None` while the job cannot tell.
    pub fraction: Option<f32>,
    /// What it is doing now ("Aligning 42 paragraphs…").
    pub label: String,
}

/// Wakes the window up (from a job's thread) so that it looks at the job again.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

#[derive(Default)]
struct Shared {
    fraction: Mutex<Option<f32>>,
    label: Mutex<String>,
    cancelled: Arc<AtomicBool>,
    waker: Option<Waker>,
}

impl Shared {
    fn wake(&self) {
        if let Some(waker) = &self.waker {
            waker();
        }
    }
}

/// The job's side of its progress: where it reports, and where it learns it was cancelled.
#[derive(Clone)]
pub struct Progress {
    shared: Arc<Shared>,
}

impl Progress {
    /// Reports how far the job is (`None`: it cannot tell) and what it is doing.
    pub fn report(&self, fraction: Option<f32>, label: impl Into<String>) {
        *self
            .shared
            .fraction
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = fraction.map(|value| value.clamp(0.0, 1.0));
        *self
            .shared
            .label
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = label.into();
        self.shared.wake();
    }

    /// Whether the user cancelled the job: it may stop early (its result is dropped anyway).
    pub fn is_cancelled(&self) -> bool {
        self.shared.cancelled.load(Ordering::Relaxed)
    }

    /// The flag that is raised when the job is cancelled, for work that checks it as it goes
    /// (the aligner's stop flag).
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.shared.cancelled)
    }
}

struct Job {
    kind: JobKind,
    /// The file the job works on.
    subject: PathBuf,
    shared: Arc<Shared>,
    receiver: Receiver<JobOutput>,
    /// What to report if the thread ends without an output (it panicked).
    lost: Box<dyn Fn() -> JobOutput>,
}

/// The jobs running now.
#[derive(Default)]
pub struct Jobs {
    running: Vec<Job>,
    /// Called from a job's thread when it reports progress or finishes (the window then draws
    /// a frame); without one, the window has to look by itself.
    waker: Option<Waker>,
}

/// Why a job could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{}", tr::job_busy())]
    Busy,
    #[error("{}", tr::job_no_thread(.0.to_string()))]
    Thread(#[from] std::io::Error),
}

impl Jobs {
    /// Sets what wakes the window when a job has news.
    pub fn set_waker(&mut self, waker: Waker) {
        self.waker = Some(waker);
    }

    /// Starts opening `path` with `work`.
    pub fn start_open(
        &mut self,
        path: PathBuf,
        label: impl Into<String>,
        work: impl FnOnce(&Progress) -> anyhow::Result<Document> + Send + 'static,
    ) -> Result<(), StartError> {
        let lost_path = path.clone();
        self.start(
            JobKind::Open,
            path.clone(),
            label.into(),
            Box::new(move || JobOutput::Opened {
                path: lost_path.clone(),
                result: Err(anyhow::anyhow!(tr::job_open_lost())),
            }),
            move |progress| JobOutput::Opened {
                result: work(progress).map(Box::new),
                path,
            },
        )
    }

    /// Starts importing a translation into `language` and aligning it with `work`.
    pub fn start_align(
        &mut self,
        language: LanguageTag,
        basis: DocumentBasis,
        subject: PathBuf,
        label: impl Into<String>,
        work: impl FnOnce(&Progress) -> Result<Edit, AlignJobError> + Send + 'static,
    ) -> Result<(), StartError> {
        let lost_language = language.clone();
        self.start(
            JobKind::Align,
            subject,
            label.into(),
            Box::new(move || JobOutput::Aligned {
                language: lost_language.clone(),
                basis,
                result: Err(AlignJobError::Stopped),
            }),
            move |progress| JobOutput::Aligned {
                result: work(progress),
                language,
                basis,
            },
        )
    }

    /// Starts reading the translation memory at `path` for the document of `basis`.
    pub fn start_memory(
        &mut self,
        path: PathBuf,
        basis: DocumentBasis,
        work: impl FnOnce(&Progress) -> Result<ExchangeFile, MemoryJobError> + Send + 'static,
    ) -> Result<(), StartError> {
        let lost_path = path.clone();
        let label = tr::job_reading(path.display().to_string());
        self.start(
            JobKind::ReadMemory,
            path.clone(),
            label,
            Box::new(move || JobOutput::MemoryRead {
                path: lost_path.clone(),
                basis,
                result: Err(MemoryJobError::Stopped),
            }),
            move |progress| JobOutput::MemoryRead {
                result: work(progress),
                path,
                basis,
            },
        )
    }

    /// Starts writing an export to `path` with `work`.
    pub fn start_export(
        &mut self,
        choice: ExportChoice,
        label: impl Into<String>,
        work: impl FnOnce(&Progress) -> Result<Vec<crate::io::export::ExportNote>, ExportJobError>
        + Send
        + 'static,
    ) -> Result<(), StartError> {
        let lost_choice = choice.clone();
        self.start(
            JobKind::Export,
            choice.path.clone(),
            label.into(),
            Box::new(move || JobOutput::Exported {
                choice: Box::new(lost_choice.clone()),
                result: Err(ExportJobError::Stopped),
            }),
            move |progress| JobOutput::Exported {
                result: work(progress),
                choice: Box::new(choice),
            },
        )
    }

    pub(super) fn start(
        &mut self,
        kind: JobKind,
        subject: PathBuf,
        label: String,
        lost: Box<dyn Fn() -> JobOutput>,
        work: impl FnOnce(&Progress) -> JobOutput + Send + 'static,
    ) -> Result<(), StartError> {
        if self.is_running(kind) {
            return Err(StartError::Busy);
        }
        let shared = Arc::new(Shared {
            label: Mutex::new(label),
            waker: self.waker.clone(),
            ..Shared::default()
        });
        let progress = Progress {
            shared: Arc::clone(&shared),
        };
        let finished = Arc::clone(&shared);
        let (sender, receiver) = std::sync::mpsc::channel();
        // The job speaks the window's language in what it reports.
        crate::l10n::spawn_named(kind.thread_name(), move || {
            let output = work(&progress);
            // The receiver is gone only when the job was cancelled: nobody wants the
            // output any more, so it is dropped with the failed send.
            sender.send(output).ok();
            finished.wake();
        })?;
        self.running.push(Job {
            kind,
            subject,
            shared,
            receiver,
            lost,
        });
        Ok(())
    }

    /// Whether a job of `kind` is running.
    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.iter().any(|job| job.kind == kind)
    }

    /// Whether any job is running.
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// Where the job of `kind` is, if one runs.
    pub fn status(&self, kind: JobKind) -> Option<JobStatus> {
        self.running
            .iter()
            .find(|job| job.kind == kind)
            .map(Self::status_of)
    }

    /// Where every running job is, oldest first.
    pub fn statuses(&self) -> Vec<JobStatus> {
        self.running.iter().map(Self::status_of).collect()
    }

    fn status_of(job: &Job) -> JobStatus {
        JobStatus {
            kind: job.kind,
            fraction: *job
                .shared
                .fraction
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
            label: job
                .shared
                .label
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone(),
        }
    }

    /// Cancels the job of `kind`: it is forgotten now and what it produces is dropped.
    /// Returns the file it worked on, if one was running.
    pub fn cancel(&mut self, kind: JobKind) -> Option<PathBuf> {
        let position = self.running.iter().position(|job| job.kind == kind)?;
        let job = self.running.remove(position);
        job.shared.cancelled.store(true, Ordering::Relaxed);
        Some(job.subject)
    }

    /// Takes the outputs of the jobs that finished since the last call.
    pub fn poll(&mut self) -> Vec<JobOutput> {
        let mut outputs = Vec::new();
        self.running.retain(|job| match job.receiver.try_recv() {
            Ok(output) => {
                outputs.push(output);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                outputs.push((job.lost)());
                false
            }
        });
        outputs
    }
}

mod git_jobs;
mod library_jobs;
#[cfg(test)]
mod tests;
