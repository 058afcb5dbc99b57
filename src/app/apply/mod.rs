//! Applying commands, after drawing and never during. [`DiptychApp::apply_command`] refuses
//! changes to a read-only project, hands editing commands to [`EditContext`] (the document,
//! the view, the overlays) and alignment review commands to its review half, and itself runs
//! the commands whose work crosses the app's parts: opening and saving files, replacing the
//! document, the lock, recovery, backups, background jobs and the window's preferences.
//!
//! Opening a file runs as a background job while a modal shows progress (with Cancel). The
//! user's "Discard" in the unsaved-changes dialog is a *permit* for the one action it
//! answered: it is carried through that action's file dialog or archive page chooser, and the
//! unsaved work (and its recovery file) is only let go once a new document actually replaces
//! it. Cancelling anywhere, or an error, leaves the work exactly as it was.

mod align;
mod background;
mod capture;
mod edit;
mod export;
mod find;
mod glossary;
mod library;
mod matches;
mod memory;
mod qa;
mod sync;

use std::path::Path;

pub use edit::EditContext;

use super::DiptychApp;
use super::commands::Command;
use super::dialogs::DialogPurpose;
use super::dock::DockPanel;
use super::jobs::JobKind;
use super::overlays::{Modal, ToastLevel};
use super::session::{Document, Origin};
use crate::io::ImportOptions;

impl DiptychApp {
    /// The parts editing commands work on.
    fn editing(&mut self) -> EditContext<'_> {
        EditContext {
            document: &mut self.session.document,
            view: &mut self.view,
            overlays: &mut self.overlays,
        }
    }

    /// Applies one command. Called after drawing, never during.
    pub fn apply_command(&mut self, ctx: &egui::Context, command: Command) {
        if !self
            .session
            .allowed_while_read_only(&command, &mut self.overlays)
        {
            return;
        }
        if matches!(command, Command::ConfirmAndNext) {
            // A confirmed row is written to the recovery file right away.
            self.session.write_recovery_soon();
        }
        let confirming = matches!(command, Command::ConfirmAndNext)
            .then(|| (self.view.selected, self.view.target.clone()));
        let mut editing = self.editing();
        let remaining = editing
            .apply(command)
            .and_then(|command| editing.apply_review(command));
        if let Some((row, target)) = confirming {
            matches::remember_confirmed(
                &self.session.document,
                row,
                target.as_ref(),
                &mut self.matches,
            );
        }
        let Some(command) = remaining else {
            return;
        };
        match command {
            Command::NewFromArticle => {
                self.guard_unsaved(command, |app| app.open_dialog(DialogPurpose::OpenArticle));
            }
            Command::OpenProject => {
                self.guard_unsaved(command, |app| app.open_dialog(DialogPurpose::OpenProject));
            }
            Command::OpenPath(ref path) => {
                let path = path.clone();
                self.guard_unsaved(command, |app| {
                    app.start_opening(&path, &ImportOptions::default());
                });
            }
            Command::OpenArchivePage { ref path, ref url } => {
                let options = ImportOptions {
                    record: Some(url.clone()),
                    ..ImportOptions::default()
                };
                let path = path.clone();
                self.guard_unsaved(command, |app| app.start_opening(&path, &options));
            }
            Command::OpenBackup(ref path) => {
                let path = path.clone();
                self.guard_unsaved(command, |app| app.open_backup(&path));
            }
            Command::Save => match self.session.document.save_path().cloned() {
                Some(path) => self.save_to(&path),
                None => self.apply_command(ctx, Command::SaveAs),
            },
            Command::SaveAs => {
                let suggested_name = self.suggested_file_name();
                self.open_dialog(DialogPurpose::SaveProject { suggested_name });
            }
            Command::SaveTo(path) => self.save_to(&path),
            Command::SaveThen(then) => {
                self.session.run_after_save(*then);
                self.apply_command(ctx, Command::Save);
            }
            Command::DiscardThen(then) => {
                // Only a permit: the work goes when the action really replaces it.
                self.session.permit_discard_for((*then).clone());
                self.apply_command(ctx, *then);
            }
            Command::PathChosen { purpose, path } => {
                self.session.carry_discard_permit_to(&path);
                let next = match purpose {
                    DialogPurpose::SaveProject { .. } => Command::SaveTo(path),
                    DialogPurpose::ImportTranslation => Command::AskTranslationLanguage(path),
                    DialogPurpose::FillFromMemory => Command::FillFromMemoryFile(path),
                    DialogPurpose::ChooseLibrary => Command::SetLibrary(Some(path)),
                    DialogPurpose::ChooseDictionaries => Command::SetDictionaries(Some(path)),
                    DialogPurpose::ExportGlossary { .. } => Command::ExportGlossaryTo(path),
                    DialogPurpose::ExportBag { .. } => Command::ExportBagTo(path),
                    DialogPurpose::AddCapture => Command::AddCaptureFrom(path),
                    DialogPurpose::OpenArticle | DialogPurpose::OpenProject => {
                        Command::OpenPath(path)
                    }
                };
                self.apply_command(ctx, next);
            }
            Command::AbandonPathPrompt => {
                self.session.forget_after_save();
                self.session.withdraw_discard_permit();
            }
            Command::WithdrawDiscard => self.session.withdraw_discard_permit(),
            Command::Quit => {
                self.guard_unsaved(command, |app| {
                    // Unsaved work the user chose to discard goes with the window.
                    app.session.remove_written_recovery(&mut app.overlays);
                    app.quit_confirmed = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                });
            }
            Command::ImportTranslation => self.open_dialog(DialogPurpose::ImportTranslation),
            Command::AskTranslationLanguage(path) => {
                let modal = Modal::translation_language(
                    &self.session.document.project,
                    self.view.target.as_ref(),
                    path,
                );
                self.overlays.show(modal);
            }
            Command::ImportTranslationFrom { path, language } => {
                self.start_alignment(&path, &language);
            }
            Command::CancelOpen => self.cancel_job(JobKind::Open),
            Command::CancelAlignment => self.cancel_job(JobKind::Align),
            Command::VerifyOriginal => self.session.verify_original(&mut self.overlays),
            Command::ShowBackups => self.session.show_backups(&mut self.overlays),
            Command::TakeOverLock => self.session.take_over_lock(&mut self.overlays),
            Command::AskTakeOver => self.session.ask_take_over(&mut self.overlays),
            Command::CloseReadOnly => match super::example_document() {
                Ok(document) => self.replace_document(document),
                Err(error) => self.overlays.toast(ToastLevel::Error, format!("{error:#}")),
            },
            Command::RestoreRecovery(path) => {
                if let Some(message) = self.session.restore_recovery(&path, &mut self.overlays) {
                    self.after_document_replaced();
                    self.overlays.toast(ToastLevel::Info, message);
                }
            }
            Command::DiscardRecovery(path) => {
                super::session::Session::discard_recovery(&path, &mut self.overlays);
            }
            Command::ClearRecentFiles => {
                self.preferences.settings.recent_files.clear();
                self.preferences.persist(&mut self.overlays);
            }
            Command::SetBackupsToKeep(keep) => {
                self.preferences.settings.backups_to_keep = keep;
                self.preferences.persist(&mut self.overlays);
            }
            Command::SetInterfaceLanguage(chosen) => {
                let language = chosen.or(self.system_language).unwrap_or_default();
                self.interface_language = language;
                crate::l10n::set_current(language);
                self.preferences.settings.ui_language = chosen;
                self.preferences.persist(&mut self.overlays);
            }
            Command::ToggleTheme => {
                let settings = &mut self.preferences.settings;
                settings.dark_mode = !settings.dark_mode;
                ctx.set_theme(if settings.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
                self.preferences.persist(&mut self.overlays);
            }
            Command::ZoomIn => self.set_zoom(self.preferences.settings.zoom + 0.1),
            Command::ZoomOut => self.set_zoom(self.preferences.settings.zoom - 0.1),
            Command::ZoomReset => self.set_zoom(1.0),
            Command::ShowCommandPalette => self.overlays.show(Modal::palette()),
            Command::ToggleProjectPanel => self.view.dock.toggle(DockPanel::Project),
            Command::ToggleMatchesPanel => self.view.dock.toggle(DockPanel::Matches),
            Command::CancelBuildingMemory => self.cancel_job(JobKind::BuildMemory),
            Command::BuildMemoryAgain => self.matches.build_again(),
            Command::Pretranslate => self.start_pretranslate(),
            Command::CancelPretranslate => self.cancel_job(JobKind::Pretranslate),
            Command::ShowConcordance => {
                self.overlays.show(Modal::Concordance {
                    query: String::new(),
                    searched: String::new(),
                    hits: Vec::new(),
                });
                self.prepare_matches();
            }
            Command::SearchConcordance(query) => self.matches.start_concordance(&query),
            Command::ShowSettings => self.overlays.show(Modal::Settings),
            Command::ChooseLibrary => self.open_dialog(DialogPurpose::ChooseLibrary),
            Command::SetLibrary(path) => self.set_library(path),
            Command::SetMatchMinimum(minimum) => {
                self.matches.set_minimum(minimum);
                self.preferences.settings.match_minimum = self.matches.minimum();
                self.preferences.persist(&mut self.overlays);
            }
            Command::ToggleTermsPanel => self.view.dock.toggle(DockPanel::Terms),
            Command::AddTerm => {
                let selection = self.label_selection.lock().take();
                glossary::open_add_term(
                    ctx,
                    &self.session.document,
                    self.view.selected,
                    self.view.target.as_ref(),
                    selection,
                    &mut self.overlays,
                );
            }
            Command::ShowGlossary => {
                self.overlays.show(Modal::Glossary(
                    crate::app::overlays::GlossaryDialog::default(),
                ));
            }
            Command::EditTerm(entry) => {
                glossary::open_edit_term(*entry, &self.glossary, &mut self.overlays);
            }
            Command::SaveTerm { from, to, change } => glossary::start_change(
                from,
                to,
                *change,
                &self.glossary,
                &mut self.jobs,
                &mut self.overlays,
            ),
            Command::ExportBag => {
                let name = self.suggested_file_name();
                let stem = name
                    .strip_suffix(".diptych.ron")
                    .or_else(|| name.strip_suffix(".ron"))
                    .unwrap_or(&name);
                let suggested_name = format!("{stem}-bag");
                self.open_dialog(DialogPurpose::ExportBag { suggested_name });
            }
            Command::ExportBagTo(path) => self.start_bag_export(path),
            Command::AddCapture => self.open_dialog(DialogPurpose::AddCapture),
            Command::AddCaptureFrom(path) => self.start_capture_read(path),
            Command::ApplyCapture => self.apply_capture(),
            Command::NextStale => self.next_stale(),
            Command::NextConflict => self.next_conflict(),
            Command::SyncWithGit => self.sync(),
            Command::ToggleHistoryPanel => self.view.dock.toggle(DockPanel::History),
            Command::ExportGlossary => {
                if let Some((from, to)) = self.glossary.pair() {
                    let suggested_name =
                        format!("glossary.{}-{}.tbx", from.primary(), to.primary());
                    self.open_dialog(DialogPurpose::ExportGlossary { suggested_name });
                }
            }
            Command::ExportGlossaryTo(path) => {
                glossary::start_export(path, &self.glossary, &mut self.jobs, &mut self.overlays);
            }
            Command::CancelGlossaryJobs => {
                self.cancel_job(JobKind::LoadGlossary);
                self.cancel_job(JobKind::ChangeGlossary);
                self.cancel_job(JobKind::ExportGlossary);
            }
            Command::InsertTerm(term) => {
                if let Some(insert) = glossary::insertion(
                    ctx,
                    &self.session.document,
                    self.view.selected,
                    self.view.target.as_ref(),
                    &term,
                ) {
                    for command in insert {
                        self.apply_command(ctx, command);
                    }
                }
            }
            Command::InsertMatch(number) => {
                if let Some(insert) = matches::insertion(
                    number,
                    self.view.selected,
                    self.view.target.as_ref(),
                    &self.matches,
                    &mut self.overlays,
                ) {
                    self.apply_command(ctx, insert);
                }
            }
            Command::ShowExport => export::show_export(
                &self.session.document,
                self.view.target.as_ref(),
                &self.preferences,
                &mut self.overlays,
            ),
            Command::Export(choice) => export::start_export(
                &self.session.document,
                choice,
                &mut self.jobs,
                &mut self.preferences,
                &mut self.overlays,
            ),
            Command::CancelExport => self.cancel_job(JobKind::Export),
            Command::FillFromMemory => self.open_dialog(DialogPurpose::FillFromMemory),
            Command::CancelReadingMemory => self.cancel_job(JobKind::ReadMemory),
            Command::FillFromMemoryFile(path) => {
                memory::start_reading(
                    path,
                    self.session.basis(),
                    &mut self.jobs,
                    &mut self.overlays,
                );
            }
            Command::ShowFind
            | Command::ShowReplace
            | Command::FindNext
            | Command::FindPrevious
            | Command::ReplaceCurrent
            | Command::ReplaceAll
            | Command::CloseFind => self.apply_find(&command),
            Command::ToggleLibrary
            | Command::RefreshLibrary
            | Command::CancelLibraryJob
            | Command::AddToLibrary { .. }
            | Command::DismissLibraryAdded
            | Command::DescribeLibraryProject { .. }
            | Command::OpenLibraryProject(_)
            | Command::AddLibraryCapture { .. }
            | Command::OpenLibraryHit(_) => self.apply_library(command),
            Command::ToggleQaPanel
            | Command::RunQa
            | Command::GoToFinding { .. }
            | Command::IgnoreFinding(_)
            | Command::UnignoreFinding(_)
            | Command::ShowIgnoredFindings
            | Command::SetCheckEnabled { .. }
            | Command::ReplaceWord { .. }
            | Command::AddToDictionary { .. }
            | Command::IgnoreWord { .. }
            | Command::ChooseDictionaries
            | Command::SetDictionaries(_) => self.apply_qa(command),
            Command::ReplaceImportConflicts {
                language,
                conflicts,
            } => {
                memory::replace_conflicts(&mut self.editing(), &language, &conflicts);
            }
            // Editing and review commands were applied above.
            other @ (Command::Undo
            | Command::Redo
            | Command::SetTargetLanguage(_)
            | Command::SetMetadata { .. }
            | Command::AddTarget(_)
            | Command::RemoveTarget(_)
            | Command::SelectRow(_)
            | Command::NextRow
            | Command::PreviousRow
            | Command::ConfirmAndNext
            | Command::SetTranslationText { .. }
            | Command::SetTranslationNote { .. }
            | Command::SetStatus { .. }
            | Command::KeepStaleTranslation { .. }
            | Command::ResolveConflict { .. }
            | Command::ResolveMetadataConflict { .. }
            | Command::RestoreTranslation { .. }
            | Command::SetKind { .. }
            | Command::EndTyping
            | Command::SelectLink { .. }
            | Command::ToggleLinkFilter(_)
            | Command::AskSplit { .. }
            | Command::SplitParagraph { .. }
            | Command::ToggleSentencePanel
            | Command::ToggleAlignedColumn(_)
            | Command::Link(_)
            | Command::ReDecodeSource(_)) => {
                debug_assert!(false, "{other:?} reached the file commands");
            }
        }
    }

    /// Runs `command` now, or asks about unsaved changes first. A "Discard" answer lets the
    /// command run without forgetting the work: that happens only when a new document takes
    /// its place (see [`Self::replace_document`]).
    fn guard_unsaved(&mut self, command: Command, run: impl FnOnce(&mut Self)) {
        if !self.session.document.is_dirty() || self.session.discard_permitted(&command) {
            run(self);
        } else {
            self.session.withdraw_discard_permit();
            self.overlays.show(Modal::UnsavedChanges { then: command });
        }
    }

    fn open_dialog(&mut self, purpose: DialogPurpose) {
        if !self.dialogs.is_open() {
            self.dialogs.request(purpose);
        }
    }

    /// Uses `path` as the library folder from now on (`None`: the default one): remembered
    /// in the settings, and the memory and the glossary read from it anew.
    fn set_library(&mut self, path: Option<std::path::PathBuf>) {
        if let Some(path) = &path
            && (path.is_file() || !path.is_absolute())
        {
            self.overlays.toast(
                ToastLevel::Error,
                crate::l10n::tr::app_library_not_a_folder(path.display().to_string()),
            );
            return;
        }
        let missing = path.as_ref().is_some_and(|path| !path.exists());
        self.preferences.settings.library_dir.clone_from(&path);
        self.preferences.persist(&mut self.overlays);
        let library = path.or_else(crate::io::library::default_library_dir);
        self.matches.set_library(library.clone());
        self.glossary.set_library(library.clone());
        self.qa.set_sources(
            library.clone(),
            self.preferences.settings.dictionary_dir.clone(),
        );
        self.library.set_folder(library.clone());
        let (level, message) = match library {
            Some(library) if missing => (
                ToastLevel::Warning,
                crate::l10n::tr::app_library_set_missing(library.display().to_string()),
            ),
            Some(library) => (
                ToastLevel::Info,
                crate::l10n::tr::app_library_set(library.display().to_string()),
            ),
            None => (ToastLevel::Warning, crate::l10n::tr::app_library_none()),
        };
        self.overlays.toast(level, message);
    }

    fn set_zoom(&mut self, zoom: f32) {
        self.preferences.settings.zoom = (zoom * 10.0).round().clamp(5.0, 30.0) / 10.0;
        self.preferences.persist(&mut self.overlays);
    }

    fn suggested_file_name(&self) -> String {
        let file_name = |path: &Path| {
            path.file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        match &self.session.document.origin {
            Origin::ProjectFile(path) => file_name(path),
            Origin::ImportedArticle(path) => {
                file_name(&crate::io::project_file::default_project_path(path))
            }
            Origin::Example => "example.diptych.ron".to_owned(),
        }
    }

    fn save_to(&mut self, path: &Path) {
        if let Some(next) = self
            .session
            .save_to(path, &mut self.preferences, &mut self.overlays)
        {
            self.pending.push(next);
        }
        if !self.session.document.is_dirty() {
            self.after_saving_into_library(path);
            self.refresh_git_state();
        }
    }

    /// Puts a new document in place of the current one (opened, imported, a backup, the
    /// example).
    pub(super) fn replace_document(&mut self, document: Document) {
        self.session.replace_document(document, &mut self.overlays);
        self.after_document_replaced();
    }

    /// Brings the rest of the window in line with a new document: its lock, the view, and
    /// what the user must be told about how it was read.
    pub(super) fn after_document_replaced(&mut self) {
        if let Some(subject) = self.jobs.cancel(JobKind::Align) {
            // It aligns a translation with the document that was just replaced.
            self.overlays
                .close_if(|modal| matches!(modal, Modal::Aligning { .. }));
            self.overlays.toast(
                ToastLevel::Info,
                crate::l10n::tr::app_alignment_stopped(subject.display().to_string()),
            );
        }
        self.session.lock_document(&mut self.overlays);
        self.view.reset_for(&self.session.document.project);
        self.view.git = None;
        // Fetched on the first frame that finds the project in a repository.
        self.view.git_fetched = None;
        self.refresh_git_state();
        self.qa.reset();
        self.library.shown = false;
        self.take_library_jump();
        let document = &mut self.session.document;
        for note in std::mem::take(&mut document.import_notes) {
            self.overlays.toast(
                ToastLevel::Warning,
                crate::l10n::tr::app_import_note(crate::app::explain::import_note(&note)),
            );
        }
        if !document.altered.is_empty() {
            let findings = document.altered.join("; ");
            self.overlays.toast(
                ToastLevel::Error,
                crate::l10n::tr::app_original_altered(findings),
            );
            self.view.dock.open(DockPanel::Project);
        }
    }

    fn open_backup(&mut self, backup: &Path) {
        match self.session.load_backup(backup, &mut self.overlays) {
            Some((document, message)) => {
                self.replace_document(document);
                self.overlays.toast(ToastLevel::Info, message);
            }
            None => self.session.withdraw_discard_permit(),
        }
    }
}
