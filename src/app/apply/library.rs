//! The library screen's commands: showing it (and bringing its index up to date in the
//! background), adding dropped articles, opening a project or a search hit — the hit's
//! paragraph is shown once the project has loaded — and taking in what the library job did.

use crate::app::DiptychApp;
use crate::app::commands::Command;
use crate::app::library::{AddResult, Jump};
use crate::app::overlays::ToastLevel;
use crate::io::ImportOptions;
use crate::l10n::tr;
use crate::library::LibraryIndex;
use crate::library::record::Field;
use crate::model::{LanguageTag, ParagraphId};

impl DiptychApp {
    pub(super) fn apply_library(&mut self, command: Command) {
        match command {
            Command::ToggleLibrary => {
                self.library.shown = !self.library.shown;
                if self.library.shown {
                    self.start_library_job(Vec::new(), false);
                }
            }
            Command::RefreshLibrary => {
                self.library.shown = true;
                self.start_library_job(Vec::new(), false);
            }
            Command::CancelLibraryJob => self.cancel_job(crate::app::jobs::JobKind::Library),
            Command::AddToLibrary { files, separate } => {
                self.library.shown = true;
                self.start_library_job(files, separate);
            }
            Command::DismissLibraryAdded => self.library.added.clear(),
            Command::DescribeLibraryProject {
                project,
                tags,
                note,
            } => self.describe_library_project(project, tags, note),
            Command::OpenLibraryProject(path) => {
                self.library.jump = None;
                self.open_from_library(&path);
            }
            Command::AddLibraryCapture { project, file } => {
                self.library.jump = None;
                if self.is_open(&project) {
                    self.library.shown = false;
                    self.start_capture_read(file);
                } else {
                    self.library.capture_after_open = Some((project.clone(), file));
                    self.open_from_library(&project);
                }
            }
            Command::OpenLibraryHit(hit) => {
                let project = hit.project.clone();
                let jump = Jump {
                    project: project.clone(),
                    hit: *hit,
                };
                if self.is_open(&project) {
                    self.library.shown = false;
                    self.jump_to(&jump);
                } else {
                    self.library.jump = Some(jump);
                    self.open_from_library(&project);
                }
            }
            _ => {}
        }
    }

    /// After a project was saved: when it is in the library and the library was indexed, the
    /// index takes in the new version (only that project is read again).
    pub(super) fn after_saving_into_library(&mut self, path: &std::path::Path) {
        let inside = self.library.folder().is_some_and(|folder| {
            crate::io::fs::canonical_file_path(path)
                .starts_with(crate::io::fs::canonical_file_path(folder))
        });
        if inside && self.library.has_index() && !self.library.busy {
            self.start_library_job(Vec::new(), false);
        }
    }

    /// Writes the open project's archival package as the new folder `path`, in the
    /// background: the project as shown (what saving would write), its originals, its
    /// translations and its metadata.
    pub(super) fn start_bag_export(&mut self, path: std::path::PathBuf) {
        let project = self.session.document.project.clone();
        let name = self.suggested_file_name();
        let text = match crate::io::project_file::to_checked_ron_string(
            &project,
            std::path::Path::new(&name),
        ) {
            Ok(text) => text,
            Err(error) => {
                self.overlays.toast(ToastLevel::Error, error.to_string());
                return;
            }
        };
        if let Err(error) = self.jobs.start_bag_export(project, name, text, path) {
            self.overlays.toast(
                ToastLevel::Error,
                tr::library_cannot_write_package(error.to_string()),
            );
        }
    }

    /// Whether the project at `path` is the one open.
    fn is_open(&self, path: &std::path::Path) -> bool {
        self.session.document.save_path().is_some_and(|open| {
            crate::io::fs::canonical_file_path(open) == crate::io::fs::canonical_file_path(path)
        })
    }

    fn open_from_library(&mut self, path: &std::path::Path) {
        if self.is_open(path) {
            self.library.shown = false;
            return;
        }
        let command = Command::OpenPath(path.to_path_buf());
        let path = path.to_path_buf();
        self.guard_unsaved(command, |app| {
            app.start_opening(&path, &ImportOptions::default());
        });
    }

    /// Starts the library job: the index brought up to date, then `files` added.
    fn start_library_job(&mut self, files: Vec<std::path::PathBuf>, separate: bool) {
        if self.library.busy {
            if !files.is_empty() {
                self.overlays
                    .toast(ToastLevel::Warning, tr::library_busy_indexing());
            }
            return;
        }
        let Some(index) = self.library.take_index() else {
            self.overlays
                .toast(ToastLevel::Warning, tr::library_no_folder_toast());
            return;
        };
        match self.jobs.start_library_job(index, files, separate) {
            Ok(()) => self.library.busy = true,
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::library_cannot_index(error.to_string()),
            ),
        }
    }

    /// Sets a library project's tags and note: as edits of the document when it is the
    /// project open here (saved with it), else in its file, in the background.
    fn describe_library_project(
        &mut self,
        project: std::path::PathBuf,
        tags: String,
        note: String,
    ) {
        use crate::model::{Edit, MetadataField};
        if self.is_open(&project) {
            let mut editing = self.editing();
            for (field, value) in [(MetadataField::Tags, tags), (MetadataField::Note, note)] {
                if *field.get(&editing.document.project.metadata) != value {
                    editing.edit_alone(Edit::SetMetadata { field, value });
                }
            }
            self.overlays
                .toast(ToastLevel::Info, tr::library_described_open());
            return;
        }
        if self.library.busy {
            self.overlays
                .toast(ToastLevel::Warning, tr::library_busy_describing());
            return;
        }
        let Some(index) = self.library.take_index() else {
            return;
        };
        match self
            .jobs
            .start_library_describe(index, project, (tags, note))
        {
            Ok(()) => self.library.busy = true,
            Err(error) => self.overlays.toast(
                ToastLevel::Error,
                tr::library_cannot_describe(error.to_string()),
            ),
        }
    }

    /// Takes the index back from the library job, with what became of the files added and
    /// of a project's tags and note.
    pub(super) fn library_job_done(
        &mut self,
        index: Option<Box<LibraryIndex>>,
        added: Vec<AddResult>,
        described: Option<(std::path::PathBuf, Result<(), String>)>,
    ) {
        self.library.put_index(index.map(|index| *index));
        match described {
            Some((path, Ok(()))) => self.overlays.toast(
                ToastLevel::Info,
                tr::library_described(path.display().to_string()),
            ),
            Some((_, Err(error))) => self.overlays.toast(ToastLevel::Error, error),
            None => {}
        }
        if !added.is_empty() {
            let count = |wanted: fn(&AddResult) -> bool| added.iter().filter(|r| wanted(r)).count();
            let new = count(|result| {
                matches!(
                    result.outcome,
                    Ok(crate::library::add::AddOutcome::Added { .. })
                )
            });
            let failed = count(|result| result.outcome.is_err());
            let saved = added.len() - new - failed;
            self.overlays.toast(
                if failed > 0 {
                    ToastLevel::Warning
                } else {
                    ToastLevel::Info
                },
                tr::library_added_toast(new, saved, failed),
            );
            self.library.added = added;
        }
    }

    /// Shows the paragraph of a search hit in the open project, if the project is the hit's.
    pub(super) fn take_library_jump(&mut self) {
        if let Some((project, file)) = self.library.capture_after_open.take()
            && self.is_open(&project)
        {
            self.start_capture_read(file);
        }
        let Some(jump) = self.library.jump.take() else {
            return;
        };
        if self.is_open(&jump.project) {
            self.library.shown = false;
            self.jump_to(&jump);
        }
    }

    fn jump_to(&mut self, jump: &Jump) {
        let hit = &jump.hit;
        let project = &self.session.document.project;
        let language = LanguageTag::parse(&hit.lang).ok();
        match hit.field {
            Field::Metadata | Field::Source | Field::Translation => {
                if hit.field == Field::Translation
                    && let Some(language) = language.filter(|lang| project.targets.contains(lang))
                {
                    self.view.show_target(language);
                }
                let row = hit.paragraph_id.map(ParagraphId).or_else(|| {
                    project
                        .translatable_paragraphs()
                        .next()
                        .map(|paragraph| paragraph.paragraph_id)
                });
                if let Some(row) = row {
                    // The grid shows the source; an aligned target would show the review.
                    if self.view.aligned_target(project).is_some()
                        && let Some(first) = project
                            .targets
                            .iter()
                            .find(|target| !project.aligned.contains_key(*target))
                    {
                        self.view.show_target(first.clone());
                    }
                    self.editing().show_row(row);
                }
            }
            Field::Aligned => {
                let Some(language) = language.filter(|lang| project.aligned.contains_key(lang))
                else {
                    return;
                };
                if self.view.target.as_ref() != Some(&language) {
                    self.view.show_target(language.clone());
                }
                let project = &self.session.document.project;
                let index = hit.paragraph_id.and_then(|id| {
                    project
                        .aligned
                        .get(&language)?
                        .links
                        .iter()
                        .position(|link| link.target.contains(&ParagraphId(id)))
                });
                if let Some(index) = index {
                    self.view.select_link(project, index);
                }
            }
        }
    }
}
